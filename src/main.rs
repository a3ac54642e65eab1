fn main() {
    #[cfg(target_arch = "wasm32")]
    alliance_explorer::ui::start();
}

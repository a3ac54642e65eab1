//! The `open` build (`?open`): the explorer without a corpus compiled in, over a corpus
//! the user opens in the browser (`ui::open`).
fn main() {
    #[cfg(target_arch = "wasm32")]
    alliance_explorer::ui::open::start();
}

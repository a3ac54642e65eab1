//! The `open` build (`?open`): the explorer without a corpus compiled in, over a corpus
//! the user opens in the browser (`ui::open`).
fn main() {
    #[cfg(target_arch = "wasm32")]
    alliance_explorer::ui::open::start();
}

/// The downloads of the opened corpus, with the exporter module's contract (its crate's
/// documentation): the page's boot script calls it as it calls the exporter's.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn download(hash: &str, format: &str, today: &str) -> Result<String, wasm_bindgen::JsValue> {
    alliance_explorer::save::download(alliance_explorer::data::export_data(), hash, format, today)
}

//! Saving a file the page made: a download (a Blob, its object URL and a clicked
//! `<a download>`). Shared by the downloads' module (`crates/exporter`, which includes
//! this file) and the `open` build, which makes its downloads and its one file itself.

use explorer_core::export::{make, Data};
use wasm_bindgen::{JsCast, JsValue};

/// How long a file's object URL lives: the browser reads the Blob after the click
/// returns, so it is revoked later, not at once.
const REVOKE_AFTER_MS: u32 = 60_000;

/// An `Error` for the page, in words.
fn error(e: &str) -> JsValue {
    js_sys::Error::new(e).into()
}

/// Saves `text` as a file named `name`, of media type `mime`.
pub fn save(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let blob = gloo_file::Blob::new_with_options(text, Some(mime));
    let url = gloo_file::ObjectUrl::from(blob);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| error("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    // In the document while it is clicked, as some browsers require.
    let body = document.body().ok_or_else(|| error("no body"))?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    gloo_timers::callback::Timeout::new(REVOKE_AFTER_MS, move || drop(url)).forget();
    Ok(())
}

/// The downloads' contract with the page (`crates/exporter`'s documentation): makes the
/// file of `format` for the view and filter in `hash` from `data`, saves it, and
/// returns its name.
pub fn download(data: Data, hash: &str, format: &str, today: &str) -> Result<String, JsValue> {
    let href = web_sys::window()
        .ok_or_else(|| error("no window"))?
        .location()
        .href()?;
    let page = href.split('#').next().unwrap_or("");
    let file = make(data, hash, format, today, page).map_err(|e| error(&e))?;
    save(&file.name, file.mime, &file.text)?;
    Ok(file.name)
}

//! The window and document, and a callback before the next repaint: the few browser
//! helpers the views use (as `leptos_dom`'s, whose crate the explorer does not need).

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, UnwrapThrowExt};

thread_local! {
    static WINDOW: web_sys::Window = web_sys::window().unwrap_throw();
    static DOCUMENT: web_sys::Document = window().document().unwrap_throw();
}

/// The window, asked of JavaScript once.
pub fn window() -> web_sys::Window {
    WINDOW.with(Clone::clone)
}

/// The document, asked of JavaScript once.
pub fn document() -> web_sys::Document {
    DOCUMENT.with(Clone::clone)
}

/// Runs `cb` before the next repaint.
pub fn request_animation_frame(cb: impl FnOnce() + 'static) {
    let cb = Closure::once_into_js(cb);
    let _ = window().request_animation_frame(cb.unchecked_ref());
}

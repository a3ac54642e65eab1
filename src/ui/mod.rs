//! The views, as Leptos components. They read the shared [`state::AppState`] from
//! context and draw; all logic is in `explorer-core`. Views never import each other:
//! they meet only in the app state and the URL.

mod alliance_map;
mod app;
mod claims;
mod common;
mod facets;
mod frame;
pub mod language;
mod lessons;
#[cfg(feature = "open")]
pub mod open;
mod panel;
pub mod panic;
mod share;
mod sources;
mod state;
pub mod strings;
mod theme;
mod timeline;

pub use app::mount;

/// Installs the panic hook, mounts the explorer on `<body>` and removes the static
/// first paint of `index.html` (the header and "Loading the explorer…").
pub fn start() {
    strings::set_lang(language::at_start());
    panic::install();
    theme::restore();
    if let Some(body) = leptos::prelude::document().body() {
        std::mem::forget(mount(body));
    }
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}

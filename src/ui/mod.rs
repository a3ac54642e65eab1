//! The views, kept in step with the state by Leptos's reactive graph. They read the
//! shared [`state::AppState`] and draw; all logic is in `explorer-core`. Views never
//! import each other: they meet only in the app state.

mod alliance_map;
mod app;
mod claims;
mod common;
mod dom;
mod facets;
mod frame;
mod html;
mod lessons;
mod panel;
pub mod panic;
mod share;
mod sources;
mod state;
mod strings;
mod sync;
mod theme;
mod timeline;

pub use app::mount;

/// Installs the panic hook, mounts the explorer on `<body>` and removes the static
/// first paint of `index.html` (the header and "Loading the explorer…").
pub fn start() {
    panic::install();
    theme::restore();
    if let Some(body) = dom::document().body() {
        std::mem::forget(mount(body));
    }
    if let Some(boot) = dom::document().get_element_by_id("boot") {
        boot.remove();
    }
}

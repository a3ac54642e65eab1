//! The Leptos views. They read the shared [`state::AppState`] and draw; all logic is in
//! `explorer-core`. Views never import each other: they meet only in the app state.

mod alliance_map;
mod app;
mod claims;
mod common;
mod filters;
pub mod panic;
mod sources;
mod state;
mod timeline;

pub use app::App;

/// Installs the panic hook and mounts the explorer on `<body>`.
pub fn start() {
    panic::install();
    leptos::mount::mount_to_body(App);
}

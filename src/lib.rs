//! Alliance Explorer: the compiled corpus and, in the browser, the views.
//! The logic lives in `explorer-core`; the views here only read state and draw.

pub mod data;
pub mod reactive;
#[cfg(all(target_arch = "wasm32", feature = "open"))]
pub mod save;
#[cfg(all(target_arch = "wasm32", feature = "open"))]
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(not(feature = "open"))]
pub use data::CORPUS;

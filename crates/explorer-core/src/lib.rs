//! The core of Alliance Explorer: the corpus model, dates, vocabularies, the filter and
//! its URL form, the interface languages, and text search. It knows nothing of the
//! browser, so `cargo test` exercises all of it natively.

pub mod claims;
pub mod date;
#[cfg(feature = "export")]
pub mod export;
pub mod facets;
pub mod filter;
pub mod labels;
pub mod lanes;
pub mod lang;
pub mod map;
pub mod matrix;
pub mod model;
pub mod owned;
pub mod pace;
pub mod pack;
pub mod reader;
pub mod search;
pub mod selection;
pub mod small_sort;
pub mod synthetic;
pub mod text;
pub mod theme;
pub mod ticks;
pub mod time_scale;
pub mod timeline;
pub mod url;
pub mod vocab;

#[cfg(test)]
mod fixture;

pub use date::Date;
pub use filter::{Facet, Filter, Kind, Matches};
pub use lang::Lang;
pub use model::*;
pub use theme::Theme;
pub use url::{MapView, Notice, Route, UrlState};

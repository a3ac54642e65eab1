//! The corpus the explorer shows, its actors' places on the map, and the one place the
//! views get them from: the corpus compiled from `seeds/` by `build.rs` (with its
//! places), or, in the `open` build, the corpus a user opened in the browser (packed into
//! the same tables with `explorer_core::pack::pack`, its places from `mapgen`), set once
//! before the views are drawn. The views do not know the difference.

#[cfg(not(feature = "open"))]
include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
#[cfg(not(feature = "open"))]
include!(concat!(env!("OUT_DIR"), "/map.rs"));

use explorer_core::map::MapLayouts;
use explorer_core::Corpus;

/// A corpus opened in the browser, as the views and the downloads read it.
#[cfg(feature = "open")]
pub struct Opened {
    pub corpus: &'static Corpus,
    pub map: &'static MapLayouts,
    /// Each entity's `[longitude, latitude]`, for the downloads (the tables leave them out).
    pub coords: &'static [Option<[f64; 2]>],
    /// Whether it is the one file the page was saved as (its files are in the page), not
    /// files kept in this browser.
    pub in_file: bool,
}

#[cfg(feature = "open")]
static OPENED: std::sync::OnceLock<Opened> = std::sync::OnceLock::new();

/// The corpus opened in the browser (the `open` build, once it is set).
#[cfg(feature = "open")]
fn opened_corpus() -> &'static Opened {
    OPENED.get().expect("a corpus is opened before the views")
}

/// The corpus the explorer shows.
pub fn corpus() -> &'static Corpus {
    #[cfg(not(feature = "open"))]
    return &CORPUS;
    #[cfg(feature = "open")]
    opened_corpus().corpus
}

/// Where each of the corpus's entities sits on the map, in its geographic and network
/// layouts (computed by `mapgen::actors`, at build time or when the corpus is opened; one
/// spot per entity, indexed by `EntityId::index()`).
pub fn map() -> &'static MapLayouts {
    #[cfg(not(feature = "open"))]
    return &MAP;
    #[cfg(feature = "open")]
    opened_corpus().map
}

/// Whether the explorer shows a corpus opened in the browser (the `open` build).
pub fn opened() -> bool {
    cfg!(feature = "open")
}

/// Whether the page is the one file an opened corpus was saved as (the `open` build).
pub fn in_file() -> bool {
    #[cfg(feature = "open")]
    return OPENED.get().is_some_and(|o| o.in_file);
    #[cfg(not(feature = "open"))]
    false
}

/// What the downloads are made from: the corpus shown, its coordinates and its network.
#[cfg(feature = "open")]
pub fn export_data() -> explorer_core::export::Data<'static> {
    let o = opened_corpus();
    explorer_core::export::Data {
        corpus: o.corpus,
        coords: o.coords,
        network: &o.map.net,
    }
}

/// Shows a corpus opened in the browser (the `open` build): once, before the views are
/// drawn; a page shows one corpus, so a second call changes nothing.
#[cfg(feature = "open")]
pub fn set(opened: Opened) {
    let _ = OPENED.set(opened);
}

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

#[cfg(feature = "open")]
static OPENED: std::sync::OnceLock<(&'static Corpus, &'static MapLayouts)> =
    std::sync::OnceLock::new();

/// The corpus the explorer shows.
pub fn corpus() -> &'static Corpus {
    #[cfg(not(feature = "open"))]
    return &CORPUS;
    #[cfg(feature = "open")]
    OPENED.get().expect("a corpus is opened before the views").0
}

/// Where each of the corpus's entities sits on the map, in its geographic and network
/// layouts (computed by `mapgen::actors`, at build time or when the corpus is opened; one
/// spot per entity, indexed by `EntityId::index()`).
pub fn map() -> &'static MapLayouts {
    #[cfg(not(feature = "open"))]
    return &MAP;
    #[cfg(feature = "open")]
    OPENED.get().expect("a corpus is opened before the views").1
}

/// Whether the explorer shows a corpus opened in the browser (the `open` build).
pub fn opened() -> bool {
    cfg!(feature = "open")
}

/// Shows `corpus` with its places (the `open` build): once, before the views are drawn;
/// a page shows one corpus, so a second call changes nothing.
#[cfg(feature = "open")]
pub fn set(corpus: &'static Corpus, map: &'static MapLayouts) {
    let _ = OPENED.set((corpus, map));
}

//! The corpus compiled from `seeds/` by `build.rs`, its actors' places on the map, and
//! the one place the views get them from.

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
include!(concat!(env!("OUT_DIR"), "/map.rs"));

/// The corpus the explorer shows. Today it is always the one compiled in; a corpus
/// compiled in the browser (packed into the same tables with
/// `explorer_core::pack::pack`) would be returned from here, and the views would not
/// know the difference.
pub fn corpus() -> &'static Corpus {
    &CORPUS
}

/// Where each of the corpus's entities sits on the map, in its geographic and network
/// layouts (computed at build time by `mapgen::actors`; one spot per entity, indexed by
/// `EntityId::index()`).
pub fn map() -> &'static explorer_core::map::MapLayouts {
    &MAP
}

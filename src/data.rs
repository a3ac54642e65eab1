//! The corpus compiled from `seeds/` by `build.rs`, and the one place the views get the
//! corpus from.

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));

/// The corpus the explorer shows. Today it is always the one compiled in; a corpus
/// compiled in the browser (packed into the same tables with
/// `explorer_core::pack::pack`) would be returned from here, and the views would not
/// know the difference.
pub fn corpus() -> &'static Corpus {
    &CORPUS
}

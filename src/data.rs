//! The corpus compiled from `seeds/` by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));

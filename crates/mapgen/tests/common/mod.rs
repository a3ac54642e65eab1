//! What the mapgen tests share: the base map built from the atlas and the real corpus,
//! each made once per test binary (the base map takes about a second to build).

use std::path::Path;
use std::sync::OnceLock;

use explorer_core::owned::Corpus;
use mapgen::{build_base_map, BaseMap, WORLD_ATLAS_50M};

/// The base map built from the atlas, as the build has it.
pub fn base() -> &'static BaseMap {
    static BASE: OnceLock<BaseMap> = OnceLock::new();
    BASE.get_or_init(|| build_base_map(WORLD_ATLAS_50M).expect("the base map builds"))
}

/// The real corpus, `seeds/` compiled.
pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        match corpus_compiler::compile_dir(&seeds) {
            Ok(compiled) => compiled.corpus,
            Err(diags) => panic!("seeds/ does not compile: {diags:?}"),
        }
    })
}

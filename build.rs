//! Compiles the annotated corpus (`seeds/`, or `CORPUS_DIR`) into Rust tables, and lays
//! out its actors on the alliance map (both layouts, as integer tables). A bad
//! annotation stops the build with the file, the item and what is wrong; an actor the
//! map cannot place stops it naming the entity.
//!
//! `crates/exporter/build.rs` includes this file and calls [`write_tables`] for the same
//! tables in its own `OUT_DIR`.

use std::path::{Path, PathBuf};

fn main() {
    write_tables(Path::new("seeds"));
}

/// Writes `corpus.rs` and `map.rs` into `OUT_DIR` for the corpus in `CORPUS_DIR`, or in
/// `default_dir` (relative to the package being built) when it is not set, and returns
/// the compiled corpus. Exits the build with the problems when there are any.
pub fn write_tables(default_dir: &Path) -> corpus_compiler::Compiled {
    let dir = std::env::var_os("CORPUS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| default_dir.to_path_buf());
    println!("cargo:rerun-if-env-changed=CORPUS_DIR");
    println!("cargo:rerun-if-changed={}", dir.display());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let compiled = match corpus_compiler::compile_dir(&dir) {
        Ok(compiled) => compiled,
        Err(diags) => {
            eprintln!("\n{}", corpus_compiler::report(&diags));
            std::process::exit(1);
        }
    };
    for input in &compiled.inputs {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    std::fs::write(
        out_dir.join("corpus.rs"),
        corpus_compiler::codegen::rust_source(&compiled),
    )
    .expect("write corpus.rs");

    // The map: one spot per entity of the packed corpus, whose entities are
    // `compiled.corpus.entities` in order (`pack` keeps it), in the frame of the outline
    // file that scripts/post-build.sh writes with the same base map.
    let base = mapgen::build_base_map(mapgen::WORLD_ATLAS_50M).expect("the base map builds");
    // The `open` build places a corpus opened in the browser in the same outlines: the
    // outline file that scripts/post-build.sh writes, compiled in.
    if std::env::var_os("CARGO_FEATURE_OPEN").is_some() {
        std::fs::write(out_dir.join("countries.svg"), mapgen::outline_file(&base))
            .expect("write countries.svg");
    }
    match mapgen::actors::map_layouts(&compiled.corpus, &base) {
        Ok(tables) => std::fs::write(out_dir.join("map.rs"), mapgen::actors::rust_source(&tables))
            .expect("write map.rs"),
        Err(errors) => {
            eprintln!("\nthe map has {} problem(s):", errors.len());
            for e in &errors {
                eprintln!("  - {e}");
            }
            std::process::exit(1);
        }
    }
    compiled
}

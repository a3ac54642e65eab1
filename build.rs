//! Compiles the annotated corpus (`seeds/`, or `CORPUS_DIR`) into Rust tables. A bad
//! annotation stops the build with the file, the item and what is wrong.

use std::path::PathBuf;

fn main() {
    let dir = std::env::var_os("CORPUS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("seeds"));
    println!("cargo:rerun-if-env-changed=CORPUS_DIR");
    println!("cargo:rerun-if-changed={}", dir.display());
    match corpus_compiler::compile_dir(&dir) {
        Ok(compiled) => {
            for input in &compiled.inputs {
                println!("cargo:rerun-if-changed={}", input.display());
            }
            let out =
                PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("corpus.rs");
            std::fs::write(&out, corpus_compiler::codegen::rust_source(&compiled))
                .expect("write corpus.rs");
        }
        Err(diags) => {
            eprintln!("\n{}", corpus_compiler::report(&diags));
            std::process::exit(1);
        }
    }
}

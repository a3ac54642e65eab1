//! Compiles the annotated corpus: reads `seeds/`, checks every annotation and quote
//! (failing with the file, the item and the problem), and writes Rust tables for the
//! explorer and JSON for people to download.

pub mod codegen;
pub mod compile;
pub mod coverage;
pub mod export;
pub mod import;
pub mod names;
pub mod page;
pub mod quote;
pub mod source;
pub mod synth;

pub use compile::{compile, compile_dir, compile_files, Compiled, Diagnostic};

/// Formats diagnostics one per line, for the build log.
pub fn report(diags: &[Diagnostic]) -> String {
    let mut s = format!("the corpus has {} problem(s):\n", diags.len());
    for d in diags {
        s += &format!("  - {d}\n");
    }
    s
}

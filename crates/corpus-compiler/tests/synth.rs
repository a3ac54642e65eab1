//! `corpus synth`: the folder written for `k` copies of the real corpus compiles to
//! exactly `synthetic::scale` of it.

use corpus_compiler::compile_dir;
use corpus_compiler::synth::write_scaled;
use explorer_core::owned::Corpus;
use explorer_core::synthetic::scale;
use std::fmt::Debug;
use std::path::{Path, PathBuf};

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

/// The first difference between two corpora, table by table and row by row (the owned
/// corpus has no `PartialEq`; its `Debug` form shows every field).
fn difference(got: &Corpus, want: &Corpus) -> Option<String> {
    fn rows<T: Debug>(table: &str, got: &[T], want: &[T]) -> Option<String> {
        if got.len() != want.len() {
            return Some(format!("{table}: {} rows, want {}", got.len(), want.len()));
        }
        let (row, (g, w)) = got
            .iter()
            .map(|r| format!("{r:?}"))
            .zip(want.iter().map(|r| format!("{r:?}")))
            .enumerate()
            .find(|(_, (g, w))| g != w)?;
        // From a little before the first difference, not the whole row (a document's
        // row holds its text).
        let at = g.bytes().zip(w.bytes()).take_while(|(a, b)| a == b).count();
        let from = |s: &str| {
            let start = (0..=at.saturating_sub(80))
                .rev()
                .find(|&i| s.is_char_boundary(i))
                .unwrap_or(0);
            s[start..].chars().take(240).collect::<String>()
        };
        Some(format!(
            "{table} row {row} differs:\n  …{}\nwant\n  …{}",
            from(&g),
            from(&w)
        ))
    }
    rows("meta", &[&got.meta], &[&want.meta])
        .or_else(|| rows("documents", &got.documents, &want.documents))
        .or_else(|| rows("entities", &got.entities, &want.entities))
        .or_else(|| rows("events", &got.events, &want.events))
        .or_else(|| rows("relations", &got.relations, &want.relations))
        .or_else(|| rows("claims", &got.claims, &want.claims))
        .or_else(|| rows("comparisons", &got.comparisons, &want.comparisons))
        .or_else(|| rows("periods", &got.periods, &want.periods))
        .or_else(|| rows("lessons", &got.lessons, &want.lessons))
}

/// A fresh folder under the system's temporary one.
fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("corpus-synth-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn the_written_folder_compiles_to_the_scaled_corpus() {
    let real = compile_dir(&seeds()).expect("the seeds compile").corpus;
    for k in [1, 3] {
        let out = temp(&format!("k{k}"));
        let written = write_scaled(&seeds(), &real, k, &out).expect("the corpus is written");
        let compiled = compile_dir(&out).unwrap_or_else(|d| panic!("k = {k}: {d:?}"));
        let want = scale(&real, k);
        if let Some(diff) = difference(&compiled, &want) {
            panic!("k = {k}: {diff}");
        }
        // The texts, the annotation files and the ignore list, nothing else.
        let texts = want.documents.len();
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), written);
        assert!(written > texts + 1, "k = {k}: {written} files");
        assert!(out.join("names-ignore.txt").exists());
        std::fs::remove_dir_all(&out).unwrap();
    }
    // The check can fail: one copy is not three.
    assert!(difference(&scale(&real, 1), &scale(&real, 3)).is_some());
    let mut moved = scale(&real, 1);
    moved.claims[0].evidence[0].start += 1;
    assert!(difference(&moved, &real).is_some_and(|d| d.starts_with("claims")));
}

#[test]
fn a_folder_that_is_not_empty_is_refused() {
    let real = compile_dir(&seeds()).expect("the seeds compile").corpus;
    let out = temp("full");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("left-over.txt"), "from another corpus").unwrap();
    let err = write_scaled(&seeds(), &real, 2, &out).unwrap_err();
    assert!(err[0].contains("is not empty"), "{err:?}");
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1);
    std::fs::remove_dir_all(&out).unwrap();
}

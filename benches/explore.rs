//! The filter and every facet count in one pass (`facets::explore`), on the real corpus
//! and on synthetic corpora 10× and 100× its size (`synthetic::scale`: same shape).
//! Run with `cargo bench --bench explore` (also part of `make bench`); figures are in
//! docs/speed.md. Budget: ≤ 2 ms on the real corpus, ≤ 50 ms at 100×.

use explorer_core::facets::{explore, Subject};
use explorer_core::search::SearchIndex;
use explorer_core::{ClaimType, Filter, Kind, RelationStatus};
use std::path::Path;
use std::time::Instant;

fn time(label: &str, runs: u32, mut f: impl FnMut()) -> f64 {
    f();
    let t = Instant::now();
    for _ in 0..runs {
        f();
    }
    let micros = t.elapsed().as_secs_f64() * 1e6 / runs as f64;
    println!("{label:60} {micros:>10.1} µs");
    micros
}

fn main() {
    let compiled = corpus_compiler::compile_dir(Path::new("seeds")).expect("the corpus compiles");
    for k in [1usize, 10, 100] {
        let owned = explorer_core::synthetic::scale(&compiled.corpus, k);
        let corpus = explorer_core::pack::pack(&owned);
        println!(
            "-- ×{k}: {} documents, {} entities, {} events, {} relations, {} claims",
            corpus.document_ids().len(),
            corpus.entity_ids().len(),
            corpus.event_ids().len(),
            corpus.relation_ids().len(),
            corpus.claim_ids().len()
        );
        let runs = if k == 100 { 5 } else { 50 };
        time(
            "index: fold the texts and gather the facets (once)",
            runs.min(5),
            || {
                let index = SearchIndex::new(corpus);
                std::hint::black_box(index.folded());
                std::hint::black_box(index.facts());
            },
        );
        let index = SearchIndex::new(corpus);
        let japan = corpus.entity_by_id("japan").expect("japan");
        let filters = [
            ("no filter", Filter::default()),
            (
                "q=\"japan\"",
                Filter {
                    q: "japan".into(),
                    ..Default::default()
                },
            ),
            (
                "actor=japan",
                Filter {
                    actors: vec![japan],
                    ..Default::default()
                },
            ),
            (
                "kind=claim.prediction&status=asserted",
                Filter {
                    kinds: vec![Kind::Claim(ClaimType::Prediction)],
                    statuses: vec![RelationStatus::Asserted],
                    ..Default::default()
                },
            ),
            (
                "actor=japan&q=\"north korea troops\"",
                Filter {
                    actors: vec![japan],
                    q: "north korea troops".into(),
                    ..Default::default()
                },
            ),
        ];
        for (label, f) in &filters {
            for subject in [Subject::Claims, Subject::Events] {
                time(
                    &format!("explore {label}, counting {subject:?}"),
                    runs,
                    || {
                        std::hint::black_box(explore(f, &index, subject));
                    },
                );
            }
        }
    }
}

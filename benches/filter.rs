//! Time to fold the corpus, apply a filter and compute highlights on the real corpus
//! (native release build; the browser runs the same code as wasm, about 2-3x slower).
//! Run with `cargo bench --bench filter`; figures are in docs/speed.md.

use alliance_explorer::CORPUS;
use explorer_core::search::SearchIndex;
use explorer_core::text::Query;
use explorer_core::Filter;
use std::time::Instant;

fn time(label: &str, runs: u32, mut f: impl FnMut()) {
    f();
    let t = Instant::now();
    for _ in 0..runs {
        f();
    }
    let micros = t.elapsed().as_secs_f64() * 1e6 / runs as f64;
    println!("{label:52} {micros:>9.1} µs");
}

fn main() {
    time(
        "SearchIndex: fold the whole corpus (first search)",
        20,
        || {
            std::hint::black_box(SearchIndex::new(&CORPUS).folded());
        },
    );
    let index = SearchIndex::new(&CORPUS);
    for q in ["", "a", "japan", "north korea troops", "beşer"] {
        let f = Filter {
            q: q.into(),
            ..Default::default()
        };
        time(&format!("Filter::apply_with q={q:?}"), 200, || {
            std::hint::black_box(f.apply_with(&index));
        });
    }
    let japan = CORPUS.entity_by_id("japan").unwrap();
    let f = Filter {
        actors: vec![japan],
        q: "missile".into(),
        ..Default::default()
    };
    time("Filter::apply_with actor=japan q=\"missile\"", 200, || {
        std::hint::black_box(f.apply_with(&index));
    });
    let q = Query::new("korea");
    time("highlights of \"korea\" in every claim quote", 50, || {
        for c in CORPUS.claim_ids() {
            for e in CORPUS.claim(c).evidence {
                std::hint::black_box(q.highlights(CORPUS.quote(e)));
            }
        }
    });
}

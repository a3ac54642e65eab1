//! Times the actors' layouts (`mapgen::actors`: `map_layouts`, and `geo_layout` and
//! `net_layout` on their own) on the real corpus (`seeds/`) and on synthetic corpora 10×
//! and 100× its size (`explorer_core::synthetic::scale`: copies side by side, same
//! coords): `cargo bench -p mapgen --bench actors`. The base map is built once, outside
//! the timings. Prints timings only; it asserts nothing about them.
//!
//! The copies share their coords, so 100× asks the geographic frame for far more spots
//! than fit 14 units apart (the western edge alone holds 58 outside spots and each copy
//! has 5 there): the geo layout then fails, and the bench prints its errors rather than
//! stopping. A failing search scans rings out to the frame's diagonal, so that run is slow.

use std::path::Path;
use std::time::{Duration, Instant};

use explorer_core::owned::Corpus;
use mapgen::actors::{geo_layout, map_layouts, net_layout, LayoutTable, MapError};
use mapgen::BaseMap;

/// Runs `f` `runs` times; the median time and the last result.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let out = std::hint::black_box(f());
        times.push(t.elapsed());
        last = Some(out);
    }
    times.sort_unstable();
    (times[times.len() / 2], last.expect("at least one run"))
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1e3)
}

/// What a layout gave: its drawn spots and box, or its errors (how many, the first few).
fn outcome(r: &Result<LayoutTable, Vec<MapError>>) -> String {
    match r {
        Ok(t) => format!(
            "ok: {} drawn in {}×{}",
            t.spots.iter().filter(|s| s.is_drawn()).count(),
            t.width,
            t.height
        ),
        Err(errors) => {
            let first: Vec<String> = errors.iter().take(2).map(ToString::to_string).collect();
            format!("{} errors, first: {}", errors.len(), first.join("; "))
        }
    }
}

struct Row {
    name: String,
    entities: usize,
    relations: usize,
    runs: usize,
    geo: Duration,
    net: Duration,
    both: Duration,
}

fn bench(name: &str, corpus: &Corpus, base: &BaseMap, runs: usize) -> Row {
    let (geo, g) = median(runs, || geo_layout(corpus, base));
    let (net, n) = median(runs, || net_layout(corpus));
    let (both, m) = median(runs, || map_layouts(corpus, base));
    println!("{name}: geo {}", outcome(&g));
    println!("{name}: net {}", outcome(&n));
    match &m {
        Ok(t) => println!(
            "{name}: map_layouts ok, {} steps, {} ticks",
            t.steps.len(),
            t.ticks.len()
        ),
        Err(errors) => println!("{name}: map_layouts {} errors", errors.len()),
    }
    Row {
        name: name.to_string(),
        entities: corpus.entities.len(),
        relations: corpus.relations.len(),
        runs,
        geo,
        net,
        both,
    }
}

fn main() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let compiled = match corpus_compiler::compile_dir(&seeds) {
        Ok(c) => c,
        Err(diags) => panic!("seeds/ does not compile: {diags:?}"),
    };
    let t = Instant::now();
    let base = mapgen::build_base_map(mapgen::WORLD_ATLAS_50M).expect("the base map builds");
    println!(
        "base map: {} countries, built once in {} ms (not timed below)",
        base.countries.len(),
        ms(t.elapsed())
    );

    let mut rows = Vec::new();
    for (k, runs) in [(1usize, 21usize), (10, 7), (100, 1)] {
        let corpus = explorer_core::synthetic::scale(&compiled.corpus, k);
        rows.push(bench(&format!("{k}×"), &corpus, &base, runs));
    }

    println!();
    println!(
        "{:<7} {:>9} {:>10} {:>5} {:>11} {:>9} {:>16}",
        "corpus", "entities", "relations", "runs", "geo ms", "net ms", "map_layouts ms"
    );
    for r in &rows {
        println!(
            "{:<7} {:>9} {:>10} {:>5} {:>11} {:>9} {:>16}",
            r.name,
            r.entities,
            r.relations,
            r.runs,
            ms(r.geo),
            ms(r.net),
            ms(r.both)
        );
    }
    println!("(median of the runs; 100× is one run: its geo layout fails, see above)");
}

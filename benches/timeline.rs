//! One redraw of the timeline's geometry (the scale for the window, the ticks, the lanes
//! and labels of every dated event) on the real corpus and on synthetic corpora 10× and
//! 100× its size, at the opening window and after a zoom step. Run with
//! `cargo bench --bench timeline` (also part of `make bench`); figures in docs/speed.md.

use explorer_core::lanes::LaneRules;
use explorer_core::ticks::{ticks, LabelWidth, TickLabel};
use explorer_core::timeline::{layout, scale, window_dates};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

fn time(label: &str, runs: u32, mut f: impl FnMut()) {
    f();
    let t = Instant::now();
    for _ in 0..runs {
        f();
    }
    let micros = t.elapsed().as_secs_f64() * 1e6 / runs as f64;
    println!("{label:60} {micros:>10.1} µs");
}

/// 7 px a character, as the view measures its labels.
struct Font;

impl LabelWidth for Font {
    fn width(&self, label: &TickLabel) -> i32 {
        match label {
            TickLabel::Year { .. } => 28,
            TickLabel::Quarter { .. } => 49,
            TickLabel::Month { .. } => 56,
            TickLabel::Day { .. } => 42,
        }
    }
}

fn main() {
    let compiled = corpus_compiler::compile_dir(Path::new("seeds")).expect("the corpus compiles");
    for k in [1usize, 10, 100] {
        let owned = explorer_core::synthetic::scale(&compiled.corpus, k);
        let c = explorer_core::pack::pack(&owned);
        let events: Vec<_> = c
            .event_ids()
            .filter(|&e| c.event(e).date.is_some())
            .collect();
        println!("-- ×{k}: {} dated events", events.len());
        let width = 1200;
        let runs = if k == 100 { 20 } else { 200 };
        let opening = scale(c, width, None).expect("dated events");
        let zoomed = window_dates(&opening.zoom_in());
        for (name, tw) in [
            ("opening window", None),
            ("after one zoom step", Some(zoomed)),
        ] {
            time(&format!("scale + ticks + lanes, {name}"), runs, || {
                let s = scale(c, width, black_box(tw)).expect("a scale");
                black_box(ticks(&s, &Font));
                let rules = LaneRules {
                    max_lanes: 8,
                    wrap: 35,
                    ..LaneRules::default()
                };
                black_box(layout(
                    c,
                    &events,
                    &s,
                    &|e| c.event(e).kind as u16,
                    &|e| c.event(e).title.chars().count() as i32 * 7,
                    rules,
                ));
            });
        }
    }
}

//! Time of the timeline and map geometry on inputs the size of the real corpus (about
//! 30 events, 150 map points, 250 ties) and on 10× and 100× synthetic inputs of the same
//! shape (native release build; the browser runs the same code as wasm, about 2-3x
//! slower).
//! Run with `cargo bench -p explorer-core --bench timeline`.

use explorer_core::date::{day_number, Date};
use explorer_core::labels::{place_labels, LabelPoint, Rect};
use explorer_core::lanes::{pack, pack_groups, LaneItem, LaneRules};
use explorer_core::map::{bends, curve, nearest, Dir};
use explorer_core::ticks::{ticks, LabelWidth, TickLabel};
use explorer_core::time_scale::{drawn_span, initial_window, Span, TimeScale};
use std::hint::black_box;
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

/// A tiny xorshift: the same synthetic inputs on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// `n` events shaped like the corpus's: one in six spread over 1991–2022 (mostly years),
/// the rest in 2024-01..2025-03, by month or by day, a few intervals.
fn events(n: usize, rng: &mut Rng) -> Vec<Span> {
    (0..n)
        .map(|i| {
            if i % 6 == 0 {
                let y = 1991 + rng.below(32) as i16;
                drawn_span(Date::year(y), None)
            } else {
                let m = rng.below(15) as u8;
                let (y, m) = (2024 + i16::from(m / 12), m % 12 + 1);
                match rng.below(4) {
                    0 => drawn_span(Date::month(y, m), None),
                    1 => drawn_span(Date::month(y, m), Some(Date::month(2025, 3))),
                    _ => drawn_span(Date::day(y, m, 1 + rng.below(28) as u8), None),
                }
            }
        })
        .collect()
}

/// 7 px a character of an English rendering.
struct Font;

impl LabelWidth for Font {
    fn width(&self, label: &TickLabel) -> i32 {
        match label {
            TickLabel::Year { .. } => 28,
            TickLabel::Quarter { .. } => 14,
            TickLabel::Month { .. } => 21,
            TickLabel::Day { .. } => 42,
        }
    }
}

fn main() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let base = TimeScale::new(day_number(1991, 1, 1), day_number(2025, 12, 31), 1000);
    for (scale_name, n_events, n_points, n_ties) in [
        ("×1", 30, 150, 250),
        ("×10", 300, 1500, 2500),
        ("×100", 3000, 15000, 25000),
    ] {
        println!("-- {scale_name}: {n_events} events, {n_points} map points, {n_ties} ties");
        let mut shuffled = events(n_events, &mut rng);
        time("initial_window, events in random order", 200, || {
            black_box(initial_window(black_box(&shuffled)));
        });
        // The app hands events over in timeline order (insertion sorts then have
        // little to do), so the rest runs on sorted events.
        shuffled.sort_by_key(|sp| (sp.first, sp.last_exclusive));
        let spans = shuffled;
        time("initial_window", 200, || {
            black_box(initial_window(black_box(&spans)));
        });
        let (a, b) = initial_window(&spans).unwrap();
        let s = base.with_window(a, b);
        time("zoom + pan + extent of every event", 200, || {
            let z = black_box(s).zoom(1.1, 400).pan(-30);
            for sp in &spans {
                black_box(sp.extent(&z));
            }
        });
        if n_events == 30 {
            for (name, w) in [
                ("ticks: whole span (overview)", base),
                ("ticks: initial window", s),
                (
                    "ticks: two weeks",
                    s.with_window(day_number(2024, 6, 1), day_number(2024, 6, 14)),
                ),
            ] {
                time(name, 2000, || {
                    black_box(ticks(black_box(&w), &Font));
                });
            }
        }
        let items: Vec<LaneItem> = spans
            .iter()
            .enumerate()
            .map(|(i, sp)| {
                let (x0, x1) = sp.extent(&s);
                let r = if sp.point { 5 } else { 0 };
                LaneItem {
                    x0: x0 - r,
                    x1: x1 + r,
                    label: 60 + (i as i32 * 37) % 140,
                    group: (i % 4) as u16,
                }
            })
            .collect();
        let rules = LaneRules {
            right: 1000,
            ..LaneRules::default()
        };
        time("pack: one band, 6 lanes", 200, || {
            black_box(pack(black_box(&items), &rules));
        });
        time("pack_groups: 4 bands, 6 lanes each", 200, || {
            black_box(pack_groups(black_box(&items), &rules));
        });
        // The same map area, ever denser; then an area growing with the points, at the
        // density of the ×1 map.
        let grow = ((n_points / 150) as f64).sqrt();
        let mut areas = vec![(1000, 600)];
        if grow > 1.0 {
            areas.push(((1000.0 * grow) as i32, (600.0 * grow) as i32));
        }
        for (w, h) in areas {
            let bounds = Rect { x: 0, y: 0, w, h };
            let points: Vec<LabelPoint> = (0..n_points)
                .map(|_| LabelPoint {
                    x: rng.below(w as u64) as i32,
                    y: rng.below(h as u64) as i32,
                    r: 4,
                    w: 30 + rng.below(90) as i32,
                    h: 14,
                })
                .collect();
            let order: Vec<usize> = (0..n_points).collect();
            let runs = if n_points > 10_000 { 20 } else { 200 };
            let placed = place_labels(&points, &order, bounds, 2)
                .iter()
                .flatten()
                .count();
            time(
                &format!("place_labels in {w}×{h} ({placed} placed)"),
                runs,
                || {
                    black_box(place_labels(black_box(&points), &order, bounds, 2));
                },
            );
        }
        map_ties_and_keys(&mut rng, n_points, n_ties);
    }
}

/// The map's per-frame work on ties (their bends and curves) and an arrow key press
/// (`nearest`), over `n_points` actors in a 1000 × 600 map and `n_ties` ties between
/// them, a quarter of them at five hubs (like Russia, North Korea, Japan, the US, China)
/// so that many pairs have parallel ties.
fn map_ties_and_keys(rng: &mut Rng, n_points: usize, n_ties: usize) {
    let points: Vec<(i32, i32)> = (0..n_points)
        .map(|_| (rng.below(1000) as i32, rng.below(600) as i32))
        .collect();
    let n = n_points as u64;
    let pairs: Vec<(u16, u16)> = (0..n_ties)
        .map(|_| {
            let a = if rng.below(4) == 0 {
                rng.below(5)
            } else {
                rng.below(n)
            };
            let b = if rng.below(2) == 0 {
                rng.below(5)
            } else {
                rng.below(n)
            };
            (a as u16, b as u16)
        })
        .collect();
    let runs = if n_ties > 10_000 { 20 } else { 200 };
    time("bends of every tie", runs, || {
        black_box(bends(black_box(&pairs)));
    });
    let k = bends(&pairs);
    time("bends + curve of every tie", runs, || {
        let k = bends(black_box(&pairs));
        for (&(a, b), &bend) in pairs.iter().zip(&k) {
            let (pa, pb) = (points[usize::from(a)], points[usize::from(b)]);
            black_box(curve(pa, pb, bend, 18, 6, 9));
        }
    });
    black_box(k);
    let from = n_points / 2;
    time(
        "nearest: one arrow key press (4 directions)",
        runs * 10,
        || {
            for dir in [Dir::Left, Dir::Right, Dir::Up, Dir::Down] {
                black_box(nearest(black_box(&points), from, dir));
            }
        },
    );
}

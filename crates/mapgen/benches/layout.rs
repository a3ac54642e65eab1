//! Times `layout_network` on synthetic graphs the size of the articles' actor network
//! (~150 nodes, ~250 edges) and 10× and 100× that: `cargo bench -p mapgen --bench layout`.
//! Prints timings only; it asserts nothing about them.

use std::time::Instant;

use mapgen::layout_network;

/// A random graph: a spanning tree over 90 % of the nodes (so most are connected), more
/// random edges up to `m`, the last 10 % isolated; weights 1–3.
fn graph(n: usize, m: usize, seed: u64) -> Vec<(usize, usize, f64)> {
    let mut s = seed;
    let mut next = |k: usize| {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((s >> 33) % k as u64) as usize
    };
    let connected = n * 9 / 10;
    let mut edges = Vec::with_capacity(m);
    for v in 1..connected {
        edges.push((next(v), v, 1.0 + next(3) as f64));
    }
    while edges.len() < m {
        edges.push((next(connected), next(connected), 1.0 + next(3) as f64));
    }
    edges
}

fn main() {
    for (factor, runs) in [(1usize, 10u32), (10, 3), (100, 1)] {
        let (n, m) = (150 * factor, 250 * factor);
        let edges = graph(n, m, 17);
        let scale = (factor as f64).sqrt();
        let (w, h) = ((1000.0 * scale) as i32, (700.0 * scale) as i32);
        let t0 = Instant::now();
        let mut pos = Vec::new();
        for run in 0..runs {
            pos = layout_network(n, &edges, u64::from(run), w, h, 24);
        }
        let each = t0.elapsed() / runs;
        println!(
            "layout_network: {n} nodes, {m} edges, box {w}×{h}, gap 24: {each:?} per run ({runs} runs), {} positions",
            pos.len()
        );
    }
}

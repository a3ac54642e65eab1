//! Deterministic layout of the actor network: stress majorization per connected component,
//! components and isolated nodes packed into the box, then a guaranteed minimum gap.
//!
//! No crate on crates.io fitted: the force-directed ones found (`fdg-sim`, `force_graph`)
//! simulate forces frame by frame for interactive drawing, with no seed, no minimum gap and
//! no packing of components, and `forceatlas2` is AGPL-licensed. Stress majorization
//! (Gansner, Koren and North, "Graph drawing by stress majorization", 2004) is short to
//! write, deterministic given its start, and lays out small graphs well; for large
//! components it switches to sparse stress with pivots (Ortmann, Klimenta and Brandes,
//! "A sparse stress model", 2016) so that memory and time stay near-linear.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// Components up to this many nodes use full stress (all pairs); larger ones sparse stress.
const FULL_STRESS_LIMIT: usize = 1500;
/// Pivots for sparse stress.
const PIVOTS: usize = 120;
/// Most stress iterations per component.
const MAX_ITERATIONS: usize = 300;
/// Stop when no node moves further than this (in edge lengths) in an iteration.
const CONVERGED: f64 = 1e-3;
/// Space left between packed components, in edge lengths.
const COMPONENT_GAP: f64 = 1.0;

/// Lays out a graph of `n_nodes` nodes in the box `0..=width` × `0..=height`.
///
/// `edges` are `(a, b, weight)`: a heavier edge is drawn shorter (its ideal length is the
/// mean weight divided by its weight, kept within 0.5–2 edge lengths; a weight that is not
/// a positive number counts as the mean). Self-loops are ignored; repeated edges count once,
/// with their largest weight.
///
/// The result is deterministic: the same input and `seed` give the same output (a seeded
/// generator makes the starting positions, and nothing depends on hash order). Every node
/// lies at least `margin = min(min_gap, width / 4, height / 4)` inside the box, and no two
/// nodes are closer than `min_gap` (Euclidean, on the returned integers). Connected
/// components are laid out one by one, then packed side by side, largest first, in rows
/// shaped to the box; isolated nodes are set out as a small grid among them.
///
/// # Panics
///
/// If an edge names a node `>= n_nodes`, or if the box (less its margin) cannot hold
/// `n_nodes` points `min_gap` apart.
pub fn layout_network(
    n_nodes: usize,
    edges: &[(usize, usize, f64)],
    seed: u64,
    width: i32,
    height: i32,
    min_gap: i32,
) -> Vec<(i32, i32)> {
    if n_nodes == 0 {
        return Vec::new();
    }
    let min_gap = min_gap.max(0);
    let margin = min_gap.min(width / 4).min(height / 4).max(0);
    let adjacency = build_adjacency(n_nodes, edges);
    let components = components(&adjacency);

    // Lay out each component in edge-length units; isolated nodes form one grid block.
    let mut blocks: Vec<Block> = Vec::new();
    let mut isolated: Vec<usize> = Vec::new();
    for (k, comp) in components.iter().enumerate() {
        if comp.len() == 1 {
            isolated.push(comp[0]);
            continue;
        }
        let mut rng = SplitMix64::new(seed ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let pos = stress_layout(comp, &adjacency, &mut rng);
        blocks.push(Block::new(comp.clone(), pos, true));
    }
    let mut points = pack(blocks, &isolated, n_nodes, width, height, margin);
    spread(&mut points, width, height, margin, min_gap);
    settle(&points, width, height, margin, min_gap)
}

/// Neighbour lists with ideal lengths, sorted by neighbour.
fn build_adjacency(n: usize, edges: &[(usize, usize, f64)]) -> Vec<Vec<(usize, f64)>> {
    let good = |w: f64| w.is_finite() && w > 0.0;
    let (sum, count) = edges
        .iter()
        .filter(|e| e.0 != e.1 && good(e.2))
        .fold((0.0, 0usize), |(s, c), e| (s + e.2, c + 1));
    let mean = if count > 0 { sum / count as f64 } else { 1.0 };
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    for &(a, b, w) in edges {
        assert!(
            a < n && b < n,
            "edge ({a}, {b}) names a node beyond {n} nodes"
        );
        if a == b {
            continue;
        }
        let w = if good(w) { w } else { mean };
        let len = (mean / w).clamp(0.5, 2.0);
        adjacency[a].push((b, len));
        adjacency[b].push((a, len));
    }
    for list in &mut adjacency {
        list.sort_by(|x, y| x.0.cmp(&y.0).then(x.1.total_cmp(&y.1)));
        list.dedup_by_key(|e| e.0); // keeps the first, i.e. the shortest, of each neighbour
    }
    adjacency
}

/// Connected components, each sorted, largest first (ties: smallest first node).
fn components(adjacency: &[Vec<(usize, f64)>]) -> Vec<Vec<usize>> {
    let n = adjacency.len();
    let mut seen = vec![false; n];
    let mut out = Vec::new();
    for start in 0..n {
        if seen[start] {
            continue;
        }
        seen[start] = true;
        let mut comp = vec![start];
        let mut i = 0;
        while i < comp.len() {
            for &(v, _) in &adjacency[comp[i]] {
                if !seen[v] {
                    seen[v] = true;
                    comp.push(v);
                }
            }
            i += 1;
        }
        comp.sort_unstable();
        out.push(comp);
    }
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    out
}

/// Shortest path lengths from `source` within a component (`local` maps node to index).
fn dijkstra(
    source: usize,
    comp: &[usize],
    local: &[usize],
    adjacency: &[Vec<(usize, f64)>],
) -> Vec<f64> {
    #[derive(PartialEq)]
    struct Item(f64, usize);
    impl Eq for Item {}
    impl PartialOrd for Item {
        fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
            Some(self.cmp(other))
        }
    }
    impl Ord for Item {
        fn cmp(&self, other: &Self) -> Ordering {
            other.0.total_cmp(&self.0).then(other.1.cmp(&self.1))
        }
    }
    let mut dist = vec![f64::INFINITY; comp.len()];
    let mut heap = BinaryHeap::new();
    dist[source] = 0.0;
    heap.push(Item(0.0, source));
    while let Some(Item(d, u)) = heap.pop() {
        if d > dist[u] {
            continue;
        }
        for &(v, len) in &adjacency[comp[u]] {
            let v = local[v];
            let nd = d + len;
            if nd < dist[v] {
                dist[v] = nd;
                heap.push(Item(nd, v));
            }
        }
    }
    dist
}

/// A stress term of node `i`: towards `j` at ideal distance `d` with weight `w`.
struct Term {
    j: usize,
    d: f64,
    w: f64,
}

/// Stress majorization of one connected component (at least two nodes); positions in
/// edge-length units, in the component's order.
fn stress_layout(
    comp: &[usize],
    adjacency: &[Vec<(usize, f64)>],
    rng: &mut SplitMix64,
) -> Vec<(f64, f64)> {
    let n = comp.len();
    let mut local = vec![usize::MAX; adjacency.len()];
    for (i, &v) in comp.iter().enumerate() {
        local[v] = i;
    }
    let terms = if n <= FULL_STRESS_LIMIT {
        full_terms(comp, &local, adjacency)
    } else {
        sparse_terms(comp, &local, adjacency, rng)
    };
    let side = (n as f64).sqrt() * 2.0;
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|_| (rng.next_f64() * side, rng.next_f64() * side))
        .collect();
    for _ in 0..MAX_ITERATIONS {
        let mut moved: f64 = 0.0;
        for i in 0..n {
            let (xi, yi) = pos[i];
            let (mut sx, mut sy, mut sw) = (0.0, 0.0, 0.0);
            for t in &terms[i] {
                let (xj, yj) = pos[t.j];
                let (dx, dy) = (xi - xj, yi - yj);
                let dist = (dx * dx + dy * dy).sqrt();
                let (ux, uy) = if dist > 1e-9 {
                    (dx / dist, dy / dist)
                } else {
                    // Coincident: push apart in a fixed direction depending on the pair.
                    let a = (i * 7 + t.j * 13) as f64;
                    (a.cos(), a.sin())
                };
                sx += t.w * (xj + t.d * ux);
                sy += t.w * (yj + t.d * uy);
                sw += t.w;
            }
            if sw > 0.0 {
                let new = (sx / sw, sy / sw);
                moved = moved.max((new.0 - xi).abs().max((new.1 - yi).abs()));
                pos[i] = new;
            }
        }
        if moved < CONVERGED {
            break;
        }
    }
    pos
}

/// All pairs, weight d⁻².
fn full_terms(comp: &[usize], local: &[usize], adjacency: &[Vec<(usize, f64)>]) -> Vec<Vec<Term>> {
    (0..comp.len())
        .map(|i| {
            let dist = dijkstra(i, comp, local, adjacency);
            dist.iter()
                .enumerate()
                .filter(|&(j, d)| j != i && d.is_finite() && *d > 0.0)
                .map(|(j, &d)| Term {
                    j,
                    d,
                    w: 1.0 / (d * d),
                })
                .collect()
        })
        .collect()
}

/// Sparse stress: every node keeps its graph neighbours (weight d⁻²) and all pivots, each
/// pivot weighted by the number of nodes it stands for (its region, nodes nearer to it than
/// to any other pivot) over d².
fn sparse_terms(
    comp: &[usize],
    local: &[usize],
    adjacency: &[Vec<(usize, f64)>],
    rng: &mut SplitMix64,
) -> Vec<Vec<Term>> {
    let n = comp.len();
    // Max–min pivots from a seeded start.
    let mut pivots = vec![(rng.next_u64() % n as u64) as usize];
    let mut dists: Vec<Vec<f64>> = vec![dijkstra(pivots[0], comp, local, adjacency)];
    let mut nearest: Vec<f64> = dists[0].clone();
    while pivots.len() < PIVOTS.min(n) {
        let next = (0..n)
            .max_by(|&a, &b| nearest[a].total_cmp(&nearest[b]).then(b.cmp(&a)))
            .expect("non-empty");
        let d = dijkstra(next, comp, local, adjacency);
        for (m, &x) in nearest.iter_mut().zip(&d) {
            *m = m.min(x);
        }
        pivots.push(next);
        dists.push(d);
    }
    let mut region = vec![0usize; pivots.len()];
    (0..n).for_each(|v| {
        let p = (0..pivots.len())
            .min_by(|&a, &b| dists[a][v].total_cmp(&dists[b][v]).then(a.cmp(&b)))
            .expect("pivots");
        region[p] += 1;
    });
    (0..n)
        .map(|i| {
            let mut terms: Vec<Term> = adjacency[comp[i]]
                .iter()
                .map(|&(v, len)| Term {
                    j: local[v],
                    d: len,
                    w: 1.0 / (len * len),
                })
                .collect();
            for (k, &p) in pivots.iter().enumerate() {
                let d = dists[k][i];
                if p != i && d.is_finite() && d > 0.0 {
                    terms.push(Term {
                        j: p,
                        d,
                        w: region[k] as f64 / (d * d),
                    });
                }
            }
            terms
        })
        .collect()
}

/// Nodes and their positions, relative to the block's top-left corner once normalised.
struct Block {
    nodes: Vec<usize>,
    pos: Vec<(f64, f64)>,
    w: f64,
    h: f64,
}

impl Block {
    fn new(nodes: Vec<usize>, mut pos: Vec<(f64, f64)>, may_rotate: bool) -> Block {
        let (x0, y0, x1, y1) = pos.iter().fold(
            (
                f64::INFINITY,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::NEG_INFINITY,
            ),
            |(a, b, c, d), &(x, y)| (a.min(x), b.min(y), c.max(x), d.max(y)),
        );
        // Lay a component out wider than tall, as the box usually is.
        let rotate = may_rotate && (y1 - y0) > (x1 - x0);
        for p in &mut pos {
            *p = if rotate {
                (p.1 - y0, p.0 - x0)
            } else {
                (p.0 - x0, p.1 - y0)
            };
        }
        let (w, h) = if rotate {
            (y1 - y0, x1 - x0)
        } else {
            (x1 - x0, y1 - y0)
        };
        Block { nodes, pos, w, h }
    }
}

/// Shelf packing: blocks of the given sizes left to right in rows no wider than
/// `row_width`; returns each block's offset and the total width and height.
fn shelf(sizes: &[(f64, f64)], row_width: f64) -> (Vec<(f64, f64)>, f64, f64) {
    let (mut x, mut y, mut row_h) = (0.0, 0.0, 0.0f64);
    let (mut total_w, mut total_h) = (0.0f64, 0.0f64);
    let mut offsets = Vec::with_capacity(sizes.len());
    for &(w, h) in sizes {
        if x > 0.0 && x + w > row_width + 1e-9 {
            x = 0.0;
            y += row_h + COMPONENT_GAP;
            row_h = 0.0;
        }
        offsets.push((x, y));
        total_w = total_w.max(x + w);
        total_h = total_h.max(y + h);
        row_h = row_h.max(h);
        x += w + COMPONENT_GAP;
    }
    (offsets, total_w, total_h)
}

/// Packs the components (largest first) and a grid block of the isolated nodes in rows,
/// trying several row widths and grid shapes and keeping the one that lets the drawing be
/// largest in the box; then scales it to fill the box less its margin, centred.
fn pack(
    blocks: Vec<Block>,
    isolated: &[usize],
    n: usize,
    width: i32,
    height: i32,
    margin: i32,
) -> Vec<(f64, f64)> {
    let (bw, bh) = (
        f64::from((width - 2 * margin).max(0)),
        f64::from((height - 2 * margin).max(0)),
    );
    let aspect = if bh > 0.0 { (bw / bh).max(0.05) } else { 1.0 };
    let k = isolated.len();
    let mut grid_columns: Vec<usize> = if k == 0 {
        vec![0]
    } else {
        let square = ((k as f64 * aspect).sqrt().ceil() as usize).max(1);
        [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, square, k]
            .into_iter()
            .filter(|&c| c <= k)
            .collect()
    };
    grid_columns.sort_unstable();
    grid_columns.dedup();

    // (scale, grid columns, row width), the first best kept.
    let mut best: Option<(f64, usize, f64)> = None;
    let mut sizes: Vec<(f64, f64)> = blocks.iter().map(|b| (b.w, b.h)).collect();
    for &cols in &grid_columns {
        sizes.truncate(blocks.len());
        if cols > 0 {
            let rows = k.div_ceil(cols);
            sizes.push(((cols - 1) as f64, (rows - 1) as f64));
        }
        let widest = sizes.iter().map(|s| s.0).fold(0.0, f64::max);
        let sum: f64 = sizes.iter().map(|s| s.0 + COMPONENT_GAP).sum();
        let area: f64 = sizes
            .iter()
            .map(|s| (s.0 + COMPONENT_GAP) * (s.1 + COMPONENT_GAP))
            .sum();
        let mut widths: Vec<f64> = (0..=16)
            .map(|i| widest + (sum - widest).max(0.0) * f64::from(i) / 16.0)
            .collect();
        widths.push((area * aspect).sqrt().max(widest));
        for row_width in widths {
            let (_, tw, th) = shelf(&sizes, row_width);
            let scale = fit_scale(tw, th, bw, bh);
            if best.is_none_or(|(s, _, _)| scale > s + 1e-9) {
                best = Some((scale, cols, row_width));
            }
        }
    }
    let (_, cols, row_width) = best.expect("at least one candidate");

    let mut all = blocks;
    if cols > 0 {
        let pos = (0..k)
            .map(|i| ((i % cols) as f64, (i / cols) as f64))
            .collect();
        all.push(Block::new(isolated.to_vec(), pos, false));
    }
    let sizes: Vec<(f64, f64)> = all.iter().map(|b| (b.w, b.h)).collect();
    let (offsets, total_w, total_h) = shelf(&sizes, row_width);
    let scale = fit_scale(total_w, total_h, bw, bh);
    let scale = if scale.is_finite() { scale } else { 0.0 };
    let off_x = f64::from(margin) + (bw - total_w * scale) / 2.0;
    let off_y = f64::from(margin) + (bh - total_h * scale) / 2.0;
    let mut placed: Vec<(f64, f64)> = vec![(0.0, 0.0); n];
    for (b, &(ox, oy)) in all.iter().zip(&offsets) {
        for (&v, &(px, py)) in b.nodes.iter().zip(&b.pos) {
            placed[v] = (off_x + (ox + px) * scale, off_y + (oy + py) * scale);
        }
    }
    placed
}

/// The scale at which a drawing `tw` × `th` fits `bw` × `bh` (infinite for a point).
fn fit_scale(tw: f64, th: f64, bw: f64, bh: f64) -> f64 {
    let sx = if tw > 0.0 { bw / tw } else { f64::INFINITY };
    let sy = if th > 0.0 { bh / th } else { f64::INFINITY };
    sx.min(sy)
}

/// Pushes apart nodes closer than a little more than `min_gap`, a few rounds, kept in the
/// box; most layouts need nothing more than this before [`settle`].
fn spread(points: &mut [(f64, f64)], width: i32, height: i32, margin: i32, min_gap: i32) {
    if min_gap == 0 || points.len() < 2 {
        return;
    }
    let target = f64::from(min_gap) * 1.1;
    let (lo_x, hi_x) = (f64::from(margin), f64::from(width - margin));
    let (lo_y, hi_y) = (f64::from(margin), f64::from(height - margin));
    for _ in 0..50 {
        let grid = Grid::new(points, target, width, height);
        let mut shift = vec![(0.0, 0.0); points.len()];
        let mut any = false;
        for i in 0..points.len() {
            for j in grid.near(points[i], target) {
                if j <= i {
                    continue;
                }
                let (dx, dy) = (points[j].0 - points[i].0, points[j].1 - points[i].1);
                let d = (dx * dx + dy * dy).sqrt();
                if d >= target {
                    continue;
                }
                any = true;
                let (ux, uy) = if d > 1e-9 {
                    (dx / d, dy / d)
                } else {
                    let a = (i * 7 + j * 13) as f64;
                    (a.cos(), a.sin())
                };
                let push = (target - d) / 2.0;
                shift[i].0 -= ux * push;
                shift[i].1 -= uy * push;
                shift[j].0 += ux * push;
                shift[j].1 += uy * push;
            }
        }
        if !any {
            return;
        }
        for (p, s) in points.iter_mut().zip(&shift) {
            p.0 = (p.0 + s.0).clamp(lo_x, hi_x);
            p.1 = (p.1 + s.1).clamp(lo_y, hi_y);
        }
    }
}

/// Rounds to integers and makes the gap certain: nodes are taken in index order, each at
/// its rounded place if no node already placed is within `min_gap`, else at the nearest
/// free place found on growing rings around it. If some node finds no place that way (a
/// crowded box), all are put on a lattice instead ([`lattice`]).
fn settle(
    points: &[(f64, f64)],
    width: i32,
    height: i32,
    margin: i32,
    min_gap: i32,
) -> Vec<(i32, i32)> {
    let (lo_x, hi_x, lo_y, hi_y) = (margin, width - margin, margin, height - margin);
    let clamp = |x: f64, y: f64| {
        (
            (x.round() as i32).clamp(lo_x, hi_x.max(lo_x)),
            (y.round() as i32).clamp(lo_y, hi_y.max(lo_y)),
        )
    };
    let cell = min_gap.max(1);
    let cols = (width / cell + 1).max(1) as usize;
    let rows = (height / cell + 1).max(1) as usize;
    let mut cells: Vec<Vec<(i32, i32)>> = vec![Vec::new(); cols * rows];
    let gap2 = i64::from(min_gap) * i64::from(min_gap);
    let free = |cells: &Vec<Vec<(i32, i32)>>, p: (i32, i32)| -> bool {
        if min_gap == 0 {
            return true;
        }
        let (cx, cy) = ((p.0 / cell) as i64, (p.1 / cell) as i64);
        for gy in cy - 1..=cy + 1 {
            for gx in cx - 1..=cx + 1 {
                if gx < 0 || gy < 0 || gx as usize >= cols || gy as usize >= rows {
                    continue;
                }
                for q in &cells[gy as usize * cols + gx as usize] {
                    let (dx, dy) = (i64::from(q.0 - p.0), i64::from(q.1 - p.1));
                    if dx * dx + dy * dy < gap2 {
                        return false;
                    }
                }
            }
        }
        true
    };
    let inside = |p: (i32, i32)| (lo_x..=hi_x).contains(&p.0) && (lo_y..=hi_y).contains(&p.1);
    let mut out = Vec::with_capacity(points.len());
    for &(x, y) in points {
        let mut spot = Some(clamp(x, y)).filter(|&p| free(&cells, p));
        // Rings of radius k·gap/2 around the wanted place, 8k directions each.
        let step = (f64::from(min_gap) / 2.0).max(1.0);
        let mut k = 1;
        while spot.is_none() && k <= 12 {
            let r = step * f64::from(k);
            let m = 8 * k;
            spot = (0..m)
                .map(|a| {
                    let t = std::f64::consts::TAU * f64::from(a) / f64::from(m);
                    (
                        (x + r * t.cos()).round() as i32,
                        (y + r * t.sin()).round() as i32,
                    )
                })
                .find(|&p| inside(p) && free(&cells, p));
            k += 1;
        }
        let Some(p) = spot else {
            return lattice(points, width, height, margin, min_gap);
        };
        cells[(p.1 / cell) as usize * cols + (p.0 / cell) as usize].push(p);
        out.push(p);
    }
    out
}

/// Puts every node on the nearest free point of a triangular lattice whose points are at
/// least `min_gap` apart (rows `min_gap` apart along, every other row shifted by half),
/// nodes taken in index order.
fn lattice(
    points: &[(f64, f64)],
    width: i32,
    height: i32,
    margin: i32,
    min_gap: i32,
) -> Vec<(i32, i32)> {
    let g = min_gap.max(1);
    let shift = g / 2;
    let row_step = (f64::from(g * g - shift * shift)).sqrt().ceil() as i32;
    let (lo_x, hi_x, lo_y, hi_y) = (margin, width - margin, margin, height - margin);
    let row_step = row_step.max(1);
    let rows = if hi_y >= lo_y {
        ((hi_y - lo_y) / row_step + 1) as usize
    } else {
        0
    };
    let row_shift = |r: usize| if r % 2 == 1 { shift } else { 0 };
    let cols_in = |r: usize| {
        let start = lo_x + row_shift(r);
        if hi_x >= start {
            ((hi_x - start) / g + 1) as usize
        } else {
            0
        }
    };
    let capacity: usize = (0..rows).map(cols_in).sum();
    assert!(
        capacity >= points.len(),
        "a {width}×{height} box with margin {margin} cannot hold {} nodes {min_gap} apart",
        points.len()
    );
    let site = |r: usize, c: usize| {
        (
            lo_x + row_shift(r) + c as i32 * g,
            lo_y + r as i32 * row_step,
        )
    };
    let mut taken: Vec<Vec<bool>> = (0..rows).map(|r| vec![false; cols_in(r)]).collect();
    let mut out = Vec::with_capacity(points.len());
    for &(x, y) in points {
        let r0 = ((y - f64::from(lo_y)) / f64::from(row_step)).round() as i64;
        let r0 = r0.clamp(0, rows as i64 - 1);
        // The nearest free site: search square rings of lattice indices outwards; once one
        // is found at ring k, rings up to 1.7k + 2 can still hold a nearer one.
        let mut best: Option<((usize, usize), f64)> = None;
        let mut limit = i64::MAX;
        let mut k: i64 = 0;
        while k <= limit {
            for dr in -k..=k {
                let r = r0 + dr;
                if r < 0 || r >= rows as i64 {
                    continue;
                }
                let r = r as usize;
                let n_cols = taken[r].len() as i64;
                if n_cols == 0 {
                    continue;
                }
                let c0 = ((x - f64::from(lo_x + row_shift(r))) / f64::from(g)).round() as i64;
                let c0 = c0.clamp(0, n_cols - 1);
                let on_edge = dr.abs() == k;
                let mut c = c0 - k;
                while c <= c0 + k {
                    if (0..n_cols).contains(&c) && !taken[r][c as usize] {
                        let (sx, sy) = site(r, c as usize);
                        let d = (f64::from(sx) - x).powi(2) + (f64::from(sy) - y).powi(2);
                        if best.is_none_or(|(_, bd)| d < bd) {
                            best = Some(((r, c as usize), d));
                        }
                    }
                    // Inside rows only the two ends of the ring are new.
                    c += if on_edge || c == c0 + k { 1 } else { 2 * k };
                }
            }
            if best.is_some() && limit == i64::MAX {
                limit = (k as f64 * 1.7).ceil() as i64 + 2;
            }
            if k > (rows as i64) + (capacity as i64) {
                break;
            }
            k += 1;
        }
        let ((r, c), _) = best.expect("capacity was checked");
        taken[r][c] = true;
        out.push(site(r, c));
    }
    out
}

/// A bucket grid over the box for finding near points.
struct Grid {
    cell: f64,
    cols: usize,
    rows: usize,
    buckets: Vec<Vec<usize>>,
}

impl Grid {
    fn new(points: &[(f64, f64)], cell: f64, width: i32, height: i32) -> Grid {
        let cell = cell.max(1.0);
        let cols = (f64::from(width.max(1)) / cell).ceil() as usize + 1;
        let rows = (f64::from(height.max(1)) / cell).ceil() as usize + 1;
        let mut buckets = vec![Vec::new(); cols * rows];
        for (i, &(x, y)) in points.iter().enumerate() {
            let (c, r) = Self::index(x, y, cell, cols, rows);
            buckets[r * cols + c].push(i);
        }
        Grid {
            cell,
            cols,
            rows,
            buckets,
        }
    }

    fn index(x: f64, y: f64, cell: f64, cols: usize, rows: usize) -> (usize, usize) {
        let c = ((x / cell).floor().max(0.0) as usize).min(cols - 1);
        let r = ((y / cell).floor().max(0.0) as usize).min(rows - 1);
        (c, r)
    }

    /// Indices of points in the cells within `radius` of `p` (a superset of the near ones).
    fn near(&self, p: (f64, f64), radius: f64) -> Vec<usize> {
        let reach = (radius / self.cell).ceil() as i64;
        let (c, r) = Self::index(p.0, p.1, self.cell, self.cols, self.rows);
        let mut out = Vec::new();
        for dr in -reach..=reach {
            for dc in -reach..=reach {
                let (cc, rr) = (c as i64 + dc, r as i64 + dr);
                if cc < 0 || rr < 0 || cc as usize >= self.cols || rr as usize >= self.rows {
                    continue;
                }
                out.extend(&self.buckets[rr as usize * self.cols + cc as usize]);
            }
        }
        out
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny seeded generator, so that the layout
/// depends on nothing but its input.
struct SplitMix64(u64);

impl SplitMix64 {
    fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

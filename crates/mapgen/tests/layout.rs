//! The network layout: deterministic, inside the box, never closer than the gap.

use mapgen::layout_network;

/// A small generator for test graphs (not the layout's own).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// `n` nodes, `m` random edges with weights 1–3, and some nodes left isolated.
fn random_graph(n: usize, m: usize, seed: u64) -> Vec<(usize, usize, f64)> {
    let mut g = Lcg(seed);
    (0..m)
        .map(|_| {
            let a = g.next(n * 9 / 10);
            let b = g.next(n * 9 / 10);
            (a, b, 1.0 + g.next(3) as f64)
        })
        .collect()
}

fn path(n: usize) -> Vec<(usize, usize, f64)> {
    (1..n).map(|i| (i - 1, i, 1.0)).collect()
}

struct Case {
    name: &'static str,
    n: usize,
    edges: Vec<(usize, usize, f64)>,
    width: i32,
    height: i32,
    gap: i32,
}

fn cases() -> Vec<Case> {
    let mut disconnected = path(6);
    disconnected.extend([(6, 7, 1.0), (7, 8, 1.0), (8, 6, 1.0)]); // a triangle
    disconnected.extend([(9, 10, 2.0)]); // a pair; 11..15 isolated
    let star: Vec<_> = (1..30).map(|i| (0, i, 1.0)).collect();
    let mut two_cliques = Vec::new();
    for a in 0..8 {
        for b in a + 1..8 {
            two_cliques.push((a, b, 1.0));
            two_cliques.push((a + 8, b + 8, 1.0));
        }
    }
    two_cliques.push((0, 8, 0.2));
    vec![
        Case {
            name: "single node",
            n: 1,
            edges: vec![],
            width: 300,
            height: 200,
            gap: 20,
        },
        Case {
            name: "only isolated",
            n: 12,
            edges: vec![],
            width: 400,
            height: 300,
            gap: 30,
        },
        Case {
            name: "path",
            n: 20,
            edges: path(20),
            width: 600,
            height: 400,
            gap: 24,
        },
        Case {
            name: "star",
            n: 30,
            edges: star,
            width: 500,
            height: 500,
            gap: 30,
        },
        Case {
            name: "two cliques",
            n: 16,
            edges: two_cliques,
            width: 800,
            height: 500,
            gap: 40,
        },
        Case {
            name: "disconnected",
            n: 16,
            edges: disconnected,
            width: 800,
            height: 500,
            gap: 40,
        },
        Case {
            name: "article-sized",
            n: 150,
            edges: random_graph(150, 250, 7),
            width: 1000,
            height: 700,
            gap: 28,
        },
        Case {
            name: "crowded box",
            n: 100,
            edges: random_graph(100, 300, 3),
            width: 300,
            height: 300,
            gap: 25,
        },
        Case {
            name: "self-loops and repeats",
            n: 5,
            edges: vec![
                (0, 0, 1.0),
                (0, 1, 1.0),
                (1, 0, 5.0),
                (1, 2, f64::NAN),
                (3, 4, -1.0),
            ],
            width: 400,
            height: 300,
            gap: 30,
        },
    ]
}

#[test]
fn same_input_same_layout_and_the_seed_matters() {
    for c in cases() {
        let a = layout_network(c.n, &c.edges, 42, c.width, c.height, c.gap);
        let b = layout_network(c.n, &c.edges, 42, c.width, c.height, c.gap);
        assert_eq!(a, b, "{}", c.name);
        assert_eq!(a.len(), c.n, "{}", c.name);
    }
    let c = &cases()[6];
    let a = layout_network(c.n, &c.edges, 1, c.width, c.height, c.gap);
    let b = layout_network(c.n, &c.edges, 2, c.width, c.height, c.gap);
    assert_ne!(a, b, "another seed starts elsewhere");
}

#[test]
fn inside_the_box_with_a_margin_and_never_closer_than_the_gap() {
    for c in cases() {
        let pos = layout_network(c.n, &c.edges, 9, c.width, c.height, c.gap);
        let margin = c.gap.min(c.width / 4).min(c.height / 4);
        for (i, &(x, y)) in pos.iter().enumerate() {
            assert!(
                (margin..=c.width - margin).contains(&x)
                    && (margin..=c.height - margin).contains(&y),
                "{}: node {i} at ({x}, {y}) outside the box less margin {margin}",
                c.name
            );
        }
        for i in 0..pos.len() {
            for j in i + 1..pos.len() {
                let (dx, dy) = (
                    i64::from(pos[i].0 - pos[j].0),
                    i64::from(pos[i].1 - pos[j].1),
                );
                assert!(
                    dx * dx + dy * dy >= i64::from(c.gap) * i64::from(c.gap),
                    "{}: nodes {i} and {j} only {:.1} apart",
                    c.name,
                    ((dx * dx + dy * dy) as f64).sqrt()
                );
            }
        }
    }
}

#[test]
fn the_layout_uses_the_box_and_does_not_pile_up() {
    for c in cases().into_iter().filter(|c| c.n >= 12) {
        let pos = layout_network(c.n, &c.edges, 5, c.width, c.height, c.gap);
        let (x0, x1) = (
            pos.iter().map(|p| p.0).min().unwrap(),
            pos.iter().map(|p| p.0).max().unwrap(),
        );
        let (y0, y1) = (
            pos.iter().map(|p| p.1).min().unwrap(),
            pos.iter().map(|p| p.1).max().unwrap(),
        );
        // Spread over at least half the box one way and a fifth the other.
        let (fw, fh) = (
            f64::from(x1 - x0) / f64::from(c.width),
            f64::from(y1 - y0) / f64::from(c.height),
        );
        assert!(
            fw.max(fh) >= 0.5 && fw.min(fh) >= 0.2,
            "{}: spread {fw:.2} × {fh:.2}",
            c.name
        );
        // No quadrant holds nearly everything.
        let (mx, my) = ((x0 + x1) / 2, (y0 + y1) / 2);
        let mut quadrants = [0usize; 4];
        for &(x, y) in &pos {
            quadrants[usize::from(x > mx) + 2 * usize::from(y > my)] += 1;
        }
        assert!(
            quadrants.iter().all(|&q| q < c.n * 9 / 10),
            "{}: {quadrants:?}",
            c.name
        );
    }
}

#[test]
fn connected_nodes_lie_closer_than_unconnected_ones() {
    // The path's neighbours must be nearer than its ends are to each other, and the two
    // cliques must separate: mean distance within a clique below that across.
    let c = &cases()[2];
    let pos = layout_network(c.n, &c.edges, 3, c.width, c.height, c.gap);
    let dist = |a: usize, b: usize| {
        let (dx, dy) = (
            f64::from(pos[a].0 - pos[b].0),
            f64::from(pos[a].1 - pos[b].1),
        );
        (dx * dx + dy * dy).sqrt()
    };
    let longest_step = (1..c.n).map(|i| dist(i - 1, i)).fold(0.0, f64::max);
    assert!(longest_step * 3.0 < dist(0, c.n - 1), "path folded up");

    let c = &cases()[4];
    let pos = layout_network(c.n, &c.edges, 3, c.width, c.height, c.gap);
    let dist = |a: usize, b: usize| {
        let (dx, dy) = (
            f64::from(pos[a].0 - pos[b].0),
            f64::from(pos[a].1 - pos[b].1),
        );
        (dx * dx + dy * dy).sqrt()
    };
    let (mut within, mut across) = (0.0, 0.0);
    for a in 0..8 {
        for b in 0..8 {
            within += dist(a, b) + dist(a + 8, b + 8);
            across += dist(a, b + 8);
        }
    }
    assert!(
        within / 2.0 < across * 0.8,
        "cliques mixed: {within} vs {across}"
    );
}

#[test]
fn components_are_placed_apart_not_on_top_of_each_other() {
    let c = &cases()[5];
    let pos = layout_network(c.n, &c.edges, 11, c.width, c.height, c.gap);
    let bbox = |nodes: std::ops::Range<usize>| {
        let xs: Vec<i32> = nodes.clone().map(|i| pos[i].0).collect();
        let ys: Vec<i32> = nodes.map(|i| pos[i].1).collect();
        (
            *xs.iter().min().unwrap(),
            *ys.iter().min().unwrap(),
            *xs.iter().max().unwrap(),
            *ys.iter().max().unwrap(),
        )
    };
    let boxes = [bbox(0..6), bbox(6..9), bbox(9..11), bbox(11..16)];
    for i in 0..boxes.len() {
        for j in i + 1..boxes.len() {
            let (a, b) = (boxes[i], boxes[j]);
            let overlap = a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3;
            assert!(!overlap, "components {i} and {j} overlap: {a:?} {b:?}");
        }
    }
}

#[test]
#[should_panic(expected = "cannot hold")]
fn an_impossible_box_is_refused() {
    layout_network(100, &[], 1, 100, 100, 30);
}

#[test]
#[should_panic(expected = "names a node beyond")]
fn an_edge_to_a_missing_node_is_refused() {
    layout_network(3, &[(0, 3, 1.0)], 1, 100, 100, 10);
}

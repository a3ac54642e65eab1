//! Draws a few layouts for a look: `cargo run -p mapgen --example layout_demo [OUT.svg]`.

use mapgen::layout_network;

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/layout-check.svg".into());
    // An article-sized random graph with isolated nodes, and a disconnected small one.
    let mut s = 7u64;
    let mut next = |k: usize| {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((s >> 33) % k as u64) as usize
    };
    let mut big = Vec::new();
    for v in 1..135 {
        big.push((next(v), v, 1.0 + next(3) as f64));
    }
    while big.len() < 250 {
        big.push((next(135), next(135), 1.0 + next(3) as f64));
    }
    let mut small: Vec<(usize, usize, f64)> = (1..6).map(|i| (i - 1, i, 1.0)).collect();
    small.extend([(6, 7, 1.0), (7, 8, 1.0), (8, 6, 1.0), (9, 10, 2.0)]);
    let mut svg = String::from(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1000\" height=\"1220\" viewBox=\"0 0 1000 1220\">\n<rect width=\"1000\" height=\"1220\" fill=\"#fff\"/>\n",
    );
    for (dy, n, edges, h) in [(0, 150, &big, 700), (720, 16, &small, 500)] {
        let pos = layout_network(n, edges, 1, 1000, h, 28);
        svg.push_str(&format!(
            "<g transform=\"translate(0 {dy})\"><rect width=\"1000\" height=\"{h}\" fill=\"none\" stroke=\"#999\"/>\n"
        ));
        for &(a, b, _) in edges.iter() {
            svg.push_str(&format!(
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#888\"/>\n",
                pos[a].0, pos[a].1, pos[b].0, pos[b].1
            ));
        }
        for (i, &(x, y)) in pos.iter().enumerate() {
            svg.push_str(&format!(
                "<circle cx=\"{x}\" cy=\"{y}\" r=\"8\" fill=\"#c33\"/><text x=\"{x}\" y=\"{}\" font-size=\"8\" text-anchor=\"middle\" fill=\"#fff\">{i}</text>\n",
                y + 3
            ));
        }
        svg.push_str("</g>\n");
    }
    svg.push_str("</svg>\n");
    std::fs::write(&out, svg).expect("write");
    println!("wrote {out}");
}

//! Renders the base map for a look: `cargo run -p mapgen --example render [OUT_DIR]`.
//!
//! Writes `OUT_DIR/countries.svgfrag` (the file the page would fetch) and
//! `OUT_DIR/mapgen-check.svg` (a whole SVG with the outlines and red dots at the capitals
//! of the states in `seeds/entities.toml`, blue dots at other places), and prints sizes.

use std::io::Write;
use std::path::PathBuf;

use mapgen::{build_base_map_with, svg_document, BuildOptions, Frame, SvgOptions};

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(bytes).unwrap();
    }
    out.len()
}

fn main() {
    let out_dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "/tmp".into()));
    let source = std::env::var("MAPGEN_SOURCE").ok();
    let text = match &source {
        Some(p) => std::fs::read_to_string(p).expect("read source"),
        None => mapgen::WORLD_ATLAS_50M.to_string(),
    };
    let mut opts = BuildOptions::default();
    if let Ok(t) = std::env::var("MAPGEN_TOLERANCE") {
        opts.tolerance = t.parse().unwrap();
    }
    if let Ok(t) = std::env::var("MAPGEN_MIN_AREA") {
        opts.min_ring_area = t.parse().unwrap();
    }
    let frame: Frame = opts.frame.clone();
    let t0 = std::time::Instant::now();
    let map = build_base_map_with(&text, &opts).expect("build");
    let built = t0.elapsed();

    let svg_opts = SvgOptions::default();
    let fragment = mapgen::svg_fragment(&map, &svg_opts);
    let named = mapgen::svg_fragment(
        &map,
        &SvgOptions {
            names: true,
            ..SvgOptions::default()
        },
    );
    let bare = mapgen::svg_fragment(
        &map,
        &SvgOptions {
            ids: false,
            ..SvgOptions::default()
        },
    );
    std::fs::create_dir_all(&out_dir).unwrap();
    std::fs::write(out_dir.join("countries.svgfrag"), &fragment).unwrap();
    println!(
        "{} countries, viewBox 0 0 {} {}, built in {:?}",
        map.countries.len(),
        map.width,
        map.height,
        built
    );
    for (label, f) in [("ids", &fragment), ("ids+names", &named), ("bare", &bare)] {
        println!(
            "fragment ({label}): {} bytes raw, {} bytes brotli -q 11",
            f.len(),
            brotli_len(f.as_bytes())
        );
    }

    let seeds = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds/entities.toml"),
    )
    .expect("seeds/entities.toml");
    let doc: toml::Table = seeds.parse().expect("toml");
    let mut dots = String::new();
    for e in doc["entity"].as_array().unwrap() {
        let Some(c) = e.get("coords").and_then(|c| c.as_array()) else {
            continue;
        };
        let (lon, lat) = (c[0].as_float().unwrap(), c[1].as_float().unwrap());
        let kind = e["kind"].as_str().unwrap();
        let name = e["name"].as_str().unwrap();
        let a = frame.project(lon, lat);
        let (x, y) = a.point();
        let class = if kind == "state" { "cap" } else { "place" };
        dots.push_str(&format!(
            "<circle class=\"{class}\" cx=\"{x}\" cy=\"{y}\" r=\"{}\"><title>{}</title></circle>\n",
            if kind == "state" { 4.0 } else { 2.5 },
            mapgen::escape(name)
        ));
        if kind == "state" {
            dots.push_str(&format!(
                "<text x=\"{}\" y=\"{}\">{}</text>\n",
                x + 5,
                y - 4,
                mapgen::escape(name)
            ));
        }
        if let mapgen::Anchor::Outside { angle_deg, .. } = a {
            println!("outside: {name} at ({x},{y}) pointing {angle_deg}°");
        }
    }
    let style = ".land{fill:#e8e2d0;stroke:#7a705a;stroke-width:0.5;stroke-linejoin:round}\
        .cap{fill:#d00}.place{fill:#06c}text{font:9px sans-serif;fill:#300}\
        svg{background:#cfe3f3}";
    let doc = svg_document(
        &map,
        &SvgOptions {
            names: true,
            ..SvgOptions::default()
        },
        style,
        &dots,
    );
    std::fs::write(out_dir.join("mapgen-check.svg"), doc).unwrap();
}

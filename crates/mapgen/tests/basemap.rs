//! The base map against the project's own entity list and the size budget.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

use mapgen::{
    build_base_map, country_area, country_contains, parse_path, svg_fragment, Anchor, BaseMap,
    Country, Frame, SvgOptions, WORLD_ATLAS_50M,
};
use serde::Deserialize;

/// The size budget of the outline file, compressed with `brotli -q 11`.
const BUDGET_BROTLI: usize = 20 * 1024;

#[derive(Debug, Deserialize)]
struct Seeds {
    entity: Vec<Entity>,
}

#[derive(Debug, Deserialize)]
struct Entity {
    id: String,
    kind: String,
    name: String,
    coords: Option<[f64; 2]>,
}

fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds/entities.toml");
        let text = std::fs::read_to_string(&path).expect("seeds/entities.toml");
        toml::from_str(&text).expect("entities.toml parses")
    })
}

fn map() -> &'static BaseMap {
    static MAP: OnceLock<BaseMap> = OnceLock::new();
    MAP.get_or_init(|| build_base_map(WORLD_ATLAS_50M).expect("base map builds"))
}

fn entity(id: &str) -> &'static Entity {
    seeds()
        .entity
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no entity {id} in seeds/entities.toml"))
}

fn country(name: &str) -> &'static Country {
    map()
        .countries
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no country named {name:?} on the base map"))
}

/// The seeds' state names that world-atlas spells differently, and historical states
/// located at a capital inside a present-day country.
const NAME_DIFFERS: &[(&str, &str)] = &[
    ("United States", "United States of America"),
    ("Soviet Union", "Russia"),
];

fn world_atlas_name(state: &str) -> &str {
    NAME_DIFFERS
        .iter()
        .find(|(ours, _)| *ours == state)
        .map_or(state, |(_, theirs)| theirs)
}

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(bytes).unwrap();
    }
    out.len()
}

#[test]
fn every_state_capital_lies_in_its_own_country_or_outside_the_frame() {
    let frame = Frame::alliance();
    let states: Vec<&Entity> = seeds()
        .entity
        .iter()
        .filter(|e| e.kind == "state")
        .collect();
    assert!(
        states.len() >= 10,
        "only {} states in the seeds",
        states.len()
    );
    let mut failures = Vec::new();
    for state in states {
        let [lon, lat] = state
            .coords
            .unwrap_or_else(|| panic!("state {} has no coords", state.id));
        let country = country(world_atlas_name(&state.name));
        let inside_box = (frame.lon_min..=frame.lon_max).contains(&lon)
            && (frame.lat_min..=frame.lat_max).contains(&lat);
        match frame.project(lon, lat) {
            Anchor::Inside { x, y } => {
                if !inside_box {
                    failures.push(format!("{}: Inside but not in the frame", state.name));
                } else if !country_contains(country, f64::from(x), f64::from(y)) {
                    failures.push(format!(
                        "{}: capital ({lon}, {lat}) -> ({x}, {y}) is not inside {}'s outline",
                        state.name, country.name
                    ));
                }
                for other in &map().countries {
                    if other.name != country.name
                        && country_contains(other, f64::from(x), f64::from(y))
                    {
                        failures.push(format!(
                            "{}: capital also inside {}",
                            state.name, other.name
                        ));
                    }
                }
            }
            Anchor::Outside { .. } => {
                if inside_box {
                    failures.push(format!("{}: Outside but in the frame", state.name));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn places_the_articles_name_are_inside_the_frame_and_washington_and_hawaii_are_not() {
    let frame = Frame::alliance();
    // (entity id, the country its point must fall in, or None for a sea or region)
    let inside: &[(&str, Option<&str>)] = &[
        ("ukraine", Some("Ukraine")),
        ("russia", Some("Russia")),
        ("china", Some("China")),
        ("north-korea", Some("North Korea")),
        ("south-korea", Some("South Korea")),
        ("japan", Some("Japan")),
        ("australia", Some("Australia")),
        ("india", Some("India")),
        ("indonesia", Some("Indonesia")),
        ("nato", Some("Belgium")),
        ("kursk", Some("Russia")),
        ("taiwan", Some("Taiwan")),
        ("kuril-islands", None),
        ("northern-territories", None),
        ("sea-of-japan", None),
        ("east-china-sea", None),
        ("south-china-sea", None),
        ("taiwan-strait", None),
        ("senkaku-islands", None),
        ("indian-ocean", None),
    ];
    let mut failures = Vec::new();
    for &(id, in_country) in inside {
        let e = entity(id);
        let [lon, lat] = e.coords.expect("coords");
        match frame.project(lon, lat) {
            Anchor::Inside { x, y } => {
                if let Some(name) = in_country {
                    if !country_contains(country(name), f64::from(x), f64::from(y)) {
                        failures.push(format!("{id} at ({x}, {y}) is not inside {name}"));
                    }
                }
            }
            a => failures.push(format!("{id} should be inside the frame: {a:?}")),
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");

    // Washington (across the Atlantic, west of Europe) and Hawaii (across the Pacific,
    // east of Japan): the nearest edge and an arrow pointing off the map.
    let outside: &[(&str, i32, i32)] = &[
        ("united-states", 0, 180),
        ("us-indo-pacific-command", frame.width, 0),
    ];
    for &(id, edge_x, angle) in outside {
        let [lon, lat] = entity(id).coords.expect("coords");
        match frame.project(lon, lat) {
            Anchor::Outside { x, y, angle_deg } => {
                assert_eq!((x, angle_deg), (edge_x, angle), "{id}");
                assert!((0..=frame.height).contains(&y), "{id}: y {y}");
            }
            a => panic!("{id} should be outside: {a:?}"),
        }
    }
}

#[test]
fn outline_file_fits_the_brotli_budget() {
    for opts in [
        SvgOptions::default(),
        SvgOptions {
            names: true,
            ..SvgOptions::default()
        },
    ] {
        let fragment = svg_fragment(map(), &opts);
        let compressed = brotli_len(fragment.as_bytes());
        println!(
            "outline file {opts:?}: {} bytes raw, {compressed} bytes brotli -q 11",
            fragment.len()
        );
        assert!(
            compressed <= BUDGET_BROTLI,
            "{compressed} bytes > {BUDGET_BROTLI}"
        );
    }
    // The file the build writes: its own style, then one bare path per country.
    let file = mapgen::outline_file(map());
    let compressed = brotli_len(file.as_bytes());
    println!(
        "data/countries.svg: {} bytes raw, {compressed} bytes brotli -q 11",
        file.len()
    );
    assert!(
        compressed <= BUDGET_BROTLI,
        "{compressed} bytes > {BUDGET_BROTLI}"
    );
    assert!(file.contains("<style>") && file.contains("prefers-color-scheme:dark"));
    assert_eq!(file.matches("<path d=\"M").count(), map().countries.len());
}

#[test]
fn building_twice_gives_the_same_bytes() {
    let again = build_base_map(WORLD_ATLAS_50M).unwrap();
    let opts = SvgOptions::default();
    assert_eq!(svg_fragment(map(), &opts), svg_fragment(&again, &opts));
    assert_eq!(map(), &again);
}

#[test]
fn fragment_is_paths_with_a_class_and_no_inline_style() {
    let fragment = svg_fragment(map(), &SvgOptions::default());
    assert!(
        !fragment.contains("style"),
        "no inline styles under the CSP"
    );
    let lines: Vec<&str> = fragment.lines().collect();
    assert_eq!(lines.len(), map().countries.len());
    for line in lines {
        assert!(line.starts_with("<path class=\"land\" "), "{line:.60}");
        assert!(line.ends_with("\"/>"), "{line:.60}");
    }
    assert!(
        fragment.contains("data-id=\"392\""),
        "Japan carries its ISO code"
    );
}

#[test]
fn every_outline_stays_inside_the_viewbox_and_parses() {
    let m = map();
    for c in &m.countries {
        let rings = parse_path(&c.d).unwrap_or_else(|e| panic!("{}: {e}", c.name));
        assert!(!rings.is_empty(), "{} has no rings", c.name);
        for ring in rings {
            assert!(ring.len() >= 3, "{}: ring of {} points", c.name, ring.len());
            for (x, y) in ring {
                assert!(
                    (0..=m.width).contains(&x) && (0..=m.height).contains(&y),
                    "{}: ({x}, {y}) outside 0 0 {} {}",
                    c.name,
                    m.width,
                    m.height
                );
            }
        }
        assert!(
            c.d.chars()
                .all(|ch| "Mmlz -".contains(ch) || ch.is_ascii_digit()),
            "{}: unexpected command in {:.40}",
            c.name,
            c.d
        );
    }
}

#[test]
fn shared_borders_stay_shared_after_simplification() {
    // Neighbours whose outlines must share many vertices (their common border, simplified
    // once). Simplifying each country on its own would leave almost none in common.
    let pairs = [
        ("North Korea", "South Korea", 4),
        ("North Korea", "China", 8),
        ("Russia", "China", 20),
        ("Russia", "Ukraine", 10),
        ("Russia", "Kazakhstan", 20),
        ("China", "India", 10),
    ];
    let vertices = |name: &str| -> BTreeSet<(i32, i32)> {
        parse_path(&country(name).d)
            .unwrap()
            .into_iter()
            .flatten()
            .collect()
    };
    for (a, b, at_least) in pairs {
        let shared = vertices(a).intersection(&vertices(b)).count();
        assert!(shared >= at_least, "{a}/{b}: {shared} shared vertices");
    }
}

/// Even–odd point in rings (a point exactly on an edge may count either way).
fn in_rings(rings: &[Vec<(i32, i32)>], x: f64, y: f64) -> bool {
    let mut inside = false;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            let (ax, ay, bx, by) = (
                f64::from(a.0),
                f64::from(a.1),
                f64::from(b.0),
                f64::from(b.1),
            );
            if (ay > y) != (by > y) && x < ax + (y - ay) * (bx - ax) / (by - ay) {
                inside = !inside;
            }
        }
    }
    inside
}

#[test]
fn neighbours_do_not_overlap_along_their_border() {
    // Sample a fine grid (off the integer lattice, so off most edges) where two neighbours'
    // boxes meet: no point may be in both. Simplifying each country on its own, instead of
    // each shared arc once, fails this (checked by hand: Ukraine/Russia overlapped).
    let pairs = [
        ("North Korea", "South Korea"),
        ("North Korea", "China"),
        ("Ukraine", "Russia"),
        ("Ukraine", "Belarus"),
        ("China", "India"),
        ("China", "Mongolia"),
        ("Thailand", "Cambodia"),
    ];
    for (a, b) in pairs {
        let ra = parse_path(&country(a).d).unwrap();
        let rb = parse_path(&country(b).d).unwrap();
        let bbox = |r: &[Vec<(i32, i32)>]| {
            r.iter().flatten().fold(
                (i32::MAX, i32::MAX, i32::MIN, i32::MIN),
                |(x0, y0, x1, y1), &(x, y)| (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
            )
        };
        let (a0, b0) = (bbox(&ra), bbox(&rb));
        let (x0, y0, x1, y1) = (
            a0.0.max(b0.0),
            a0.1.max(b0.1),
            a0.2.min(b0.2),
            a0.3.min(b0.3),
        );
        let (mut both, mut samples) = (0, 0);
        let mut y = f64::from(y0) + 0.13;
        while y < f64::from(y1) {
            let mut x = f64::from(x0) + 0.29;
            while x < f64::from(x1) {
                samples += 1;
                if in_rings(&ra, x, y) && in_rings(&rb, x, y) {
                    both += 1;
                }
                x += 0.5;
            }
            y += 0.5;
        }
        assert!(samples > 50, "{a}/{b}: only {samples} samples");
        assert_eq!(both, 0, "{a}/{b}: {both} of {samples} points lie in both");
    }
}

#[test]
fn the_islands_round_japan_are_there() {
    let frame = Frame::alliance();
    let rings_in = |name: &str, lon: (f64, f64), lat: (f64, f64)| -> usize {
        let (x0, y0) = frame.project_f64(lon.0, lat.1).unwrap();
        let (x1, y1) = frame.project_f64(lon.1, lat.0).unwrap();
        parse_path(&country(name).d)
            .unwrap()
            .iter()
            .filter(|ring| {
                ring.iter().all(|&(x, y)| {
                    (x0..=x1).contains(&f64::from(x)) && (y0..=y1).contains(&f64::from(y))
                })
            })
            .count()
    };
    // Honshu, Hokkaido, Kyushu and Shikoku at least.
    assert!(rings_in("Japan", (128.0, 146.0), (30.0, 46.0)) >= 4);
    // The Kuril Islands between Hokkaido and Kamchatka (Natural Earth draws them as part
    // of the feature "Russia").
    assert!(rings_in("Russia", (145.0, 157.0), (43.0, 51.0)) >= 3);
    // Taiwan and Sakhalin are there, and are not specks.
    assert!(country_area(country("Taiwan")) > 20.0);
    assert!(
        rings_in("Russia", (141.0, 145.5), (45.8, 54.5)) >= 1,
        "Sakhalin"
    );
}

#[test]
fn countries_outside_the_frame_are_left_out_and_russia_is_whole() {
    let names: BTreeSet<&str> = map().countries.iter().map(|c| c.name.as_str()).collect();
    for absent in ["Brazil", "Canada", "Mexico", "Antarctica"] {
        assert!(!names.contains(absent), "{absent} should not be on the map");
    }
    // Russia crosses the antimeridian: unwrapped, it is not a band across the map, and it
    // is the largest country in the frame.
    let russia = country_area(country("Russia"));
    let largest = map().countries.iter().map(country_area).fold(0.0, f64::max);
    assert_eq!(russia, largest);
    let frame_area = f64::from(map().width) * f64::from(map().height);
    assert!(
        russia < frame_area / 4.0,
        "Russia covers {russia} of {frame_area}"
    );
}

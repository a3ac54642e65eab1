//! The base map read back from the outline file (`BaseMap::from_outline_file`, what the
//! browser has) against the one built from the atlas (what the build has): the same map as
//! far as the actors' placement reads it, so the same tables; and `actors::leak`.
//!
//! The base map takes about a second to build, so it is built once per test binary, as is
//! the corpus.

mod common;

use std::sync::OnceLock;

use common::{base as built, corpus};
use mapgen::actors::{leak, map_layouts, LayoutTable, MapTables};
use mapgen::{outline_file, svg_document, BaseMap, SvgOptions};

/// The base map read back from the outline file of [`built`] (as `mapgen outlines`
/// writes it to `data/countries.svg`).
fn read_back() -> &'static BaseMap {
    static BASE: OnceLock<BaseMap> = OnceLock::new();
    BASE.get_or_init(|| {
        BaseMap::from_outline_file(&outline_file(built())).expect("the outline file reads back")
    })
}

#[test]
fn the_outline_file_reads_back_as_the_built_base_map() {
    let map = built();
    let all = SvgOptions {
        class: "land".into(),
        ids: true,
        names: true,
    };
    // (what, the text, whether it carries the ids and names)
    let cases = [
        ("the outline file", outline_file(map), false),
        (
            "a document with data-id and data-name",
            svg_document(
                map,
                &all,
                "path{fill:#ccc}",
                "<circle cx=\"1\" cy=\"2\" r=\"3\"/>\n",
            ),
            true,
        ),
        (
            "the outline file with CRLF line ends and a declaration",
            format!(
                "<?xml version=\"1.0\"?>\r\n<!-- countries -->\r\n{}",
                outline_file(map).replace('\n', "\r\n")
            ),
            false,
        ),
    ];
    for (what, text, named) in cases {
        let back = BaseMap::from_outline_file(&text).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(
            (back.width, back.height),
            (map.width, map.height),
            "{what}: viewBox"
        );
        assert_eq!(
            back.countries.len(),
            map.countries.len(),
            "{what}: country count"
        );
        for (k, (b, m)) in back.countries.iter().zip(&map.countries).enumerate() {
            assert_eq!(b.d, m.d, "{what}: country {k} ({} {})'s d", m.id, m.name);
            if named {
                assert_eq!((&b.id, &b.name), (&m.id, &m.name), "{what}: country {k}");
            } else {
                // The outline file carries neither; placement does not read them.
                assert_eq!((b.id.as_str(), b.name.as_str()), ("", ""), "{what}: {k}");
            }
        }
        if named {
            assert_eq!(&back, map, "{what}: the whole map");
        }
    }
}

/// The fields of a layout table, one line a spot where two tables differ (for a readable
/// failure).
fn first_difference(a: &LayoutTable, b: &LayoutTable) -> Option<String> {
    if (a.width, a.height) != (b.width, b.height) {
        return Some(format!(
            "box {}×{} vs {}×{}",
            a.width, a.height, b.width, b.height
        ));
    }
    a.spots
        .iter()
        .zip(&b.spots)
        .position(|(x, y)| x != y)
        .map(|i| format!("spot {i}: {:?} vs {:?}", a.spots[i], b.spots[i]))
}

#[test]
fn placement_over_the_read_back_map_equals_placement_over_the_built_one() {
    let real = corpus();
    // (what, corpus): the real one, and ten copies of it side by side (ten times the
    // spots, so states search far inside their countries' outlines).
    let cases = [
        ("the real corpus", real.clone()),
        (
            "10× the real corpus",
            explorer_core::synthetic::scale(real, 10),
        ),
    ];
    for (what, c) in cases {
        let from_built = map_layouts(&c, built());
        let from_file = map_layouts(&c, read_back());
        if let (Ok(a), Ok(b)) = (&from_built, &from_file) {
            for (layout, x, y) in [("geo", &a.geo, &b.geo), ("net", &a.net, &b.net)] {
                assert_eq!(first_difference(x, y), None, "{what}: {layout}");
            }
        }
        assert_eq!(from_file, from_built, "{what}");
        assert!(from_built.is_ok(), "{what} lays out: {from_built:?}");
    }
}

#[test]
fn leak_gives_map_layouts_equal_to_the_tables() {
    let tables: MapTables = map_layouts(corpus(), read_back()).expect("the real corpus lays out");
    assert!(!tables.geo.spots.is_empty() && !tables.from.is_empty());
    let map = leak(tables.clone());
    for (what, layout, table) in [
        ("geo", &map.geo, &tables.geo),
        ("net", &map.net, &tables.net),
    ] {
        assert_eq!(
            (layout.width, layout.height),
            (table.width, table.height),
            "{what}"
        );
        assert_eq!(layout.spots, &table.spots[..], "{what}: spots");
        for i in 0..table.spots.len() {
            assert_eq!(layout.spot(i), table.spots[i], "{what}: spot {i}");
        }
    }
    assert_eq!(map.steps, &tables.steps[..], "steps");
    assert_eq!(map.ticks, &tables.ticks[..], "ticks");
    assert_eq!(map.from, &tables.from[..], "from");
}

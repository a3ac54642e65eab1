//! The actors' layouts (`mapgen::actors`) on the real corpus (`seeds/`, compiled by
//! `corpus-compiler`) and on edited copies of it: states inside their countries, the
//! gaps, determinism, persons and groups, outside spots, bad input, the slider.
//!
//! The base map takes about a second to build, so it is built once per test binary, as
//! are the corpus and its tables.

mod common;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use common::{base, corpus};
use explorer_core::map::{Placed, Spot};
use explorer_core::owned::{Corpus, Entity};
use explorer_core::vocab::EntityKind;
use mapgen::actors::{
    geo_layout, map_layouts, net_layout, rust_source, LayoutTable, MapError, MapTables, EDGE_INSET,
    GEO_GAP, NET_BOX_NODES, NET_GAP, NET_HEIGHT, NET_WIDTH, STATE_SEARCH_GAPS,
};
use mapgen::{country_contains, project, Anchor};

// ---- Shared inputs ------------------------------------------------------------------

fn tables() -> &'static MapTables {
    static TABLES: OnceLock<MapTables> = OnceLock::new();
    TABLES.get_or_init(|| map_layouts(corpus(), base()).expect("the real corpus lays out"))
}

fn index(c: &Corpus, id: &str) -> usize {
    c.entities
        .iter()
        .position(|e| e.id == id)
        .unwrap_or_else(|| panic!("no entity {id} in the corpus"))
}

fn geo(id: &str) -> Spot {
    tables().geo.spots[index(corpus(), id)]
}

/// Whether a spot is drawn at a point of its own (what the gap applies to).
fn own_point(s: &Spot) -> bool {
    matches!(s.how, Placed::Point | Placed::Group | Placed::Outside)
}

fn dist2(a: &Spot, b: &Spot) -> i64 {
    let (dx, dy) = (
        i64::from(a.x) - i64::from(b.x),
        i64::from(a.y) - i64::from(b.y),
    );
    dx * dx + dy * dy
}

fn dist_to(s: &Spot, (x, y): (f64, f64)) -> f64 {
    (f64::from(s.x) - x).hypot(f64::from(s.y) - y)
}

/// The pairs of `spots` (filtered by `keep`) closer than `gap`, with their ids.
fn too_close(
    c: &Corpus,
    spots: &[Spot],
    keep: impl Fn(&Spot) -> bool,
    gap: i32,
) -> Vec<(String, String, f64)> {
    let drawn: Vec<usize> = (0..spots.len()).filter(|&i| keep(&spots[i])).collect();
    let gap2 = i64::from(gap) * i64::from(gap);
    let mut out = Vec::new();
    for (k, &i) in drawn.iter().enumerate() {
        for &j in &drawn[k + 1..] {
            let d2 = dist2(&spots[i], &spots[j]);
            if d2 < gap2 {
                out.push((
                    c.entities[i].id.clone(),
                    c.entities[j].id.clone(),
                    (d2 as f64).sqrt(),
                ));
            }
        }
    }
    out
}

/// The ids named by a list of errors, sorted.
fn named(errors: &[MapError]) -> Vec<String> {
    let mut ids: Vec<String> = errors.iter().map(|e| e.entity.clone()).collect();
    ids.sort();
    ids
}

// ---- States inside their countries ----------------------------------------------------

/// Every state of the corpus and the base-map country (ISO 3166-1 numeric id, Natural
/// Earth name) its spot must lie in; `None` for a state whose capital is outside the frame
/// (drawn `Outside`, at the edge, so not in any outline: exempt). The Soviet Union is
/// located at Moscow, so it belongs inside Russia.
const STATES: &[(&str, Option<(&str, &str)>)] = &[
    ("russia", Some(("643", "Russia"))),
    ("north-korea", Some(("408", "North Korea"))),
    ("japan", Some(("392", "Japan"))),
    ("south-korea", Some(("410", "South Korea"))),
    ("united-states", None), // Washington is west of the frame's 12°W.
    ("china", Some(("156", "China"))),
    ("ukraine", Some(("804", "Ukraine"))),
    ("australia", Some(("036", "Australia"))),
    ("india", Some(("356", "India"))),
    ("indonesia", Some(("360", "Indonesia"))),
    ("new-zealand", Some(("554", "New Zealand"))),
    ("soviet-union", Some(("643", "Russia"))),
    ("germany", Some(("276", "Germany"))),
];

#[test]
fn the_state_table_lists_exactly_the_corpus_states() {
    let mut ours: Vec<&str> = STATES.iter().map(|s| s.0).collect();
    let mut corpus_states: Vec<&str> = corpus()
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::State)
        .map(|e| e.id.as_str())
        .collect();
    ours.sort_unstable();
    corpus_states.sort_unstable();
    assert_eq!(
        ours, corpus_states,
        "a state was added to or removed from seeds/: update STATES"
    );
}

#[test]
fn every_state_drawn_as_a_point_lies_inside_its_own_country() {
    for &(id, country) in STATES {
        let s = geo(id);
        let Some((iso, name)) = country else {
            assert_eq!(
                s.how,
                Placed::Outside,
                "{id} is listed as outside the frame"
            );
            continue;
        };
        assert_eq!(s.how, Placed::Point, "{id}: {s:?}");
        let c = base()
            .countries
            .iter()
            .find(|c| c.id == iso)
            .unwrap_or_else(|| panic!("no country {iso} on the base map"));
        assert_eq!(c.name, name, "{id}: ISO {iso} is {}", c.name);
        assert!(
            country_contains(c, f64::from(s.x), f64::from(s.y)),
            "{id} at ({}, {}) is not inside {name}",
            s.x,
            s.y
        );
    }
}

#[test]
fn states_sit_at_their_capital_or_within_the_search_radius_of_it() {
    // A state takes its capital's point when free; else the first free point inside its
    // own country, at most STATE_SEARCH_GAPS gaps away (there is room in every country
    // here). Russia comes first, so it has Moscow; the Soviet Union, also at Moscow, moves.
    let c = corpus();
    for &(id, country) in STATES {
        let Some([lon, lat]) = c.entities[index(c, id)].coords else {
            panic!("{id} has no coords");
        };
        let Anchor::Inside { x, y } = project(lon, lat) else {
            assert!(country.is_none(), "{id}'s capital is outside the frame");
            continue;
        };
        let d = dist_to(&geo(id), (f64::from(x), f64::from(y)));
        assert!(
            d <= f64::from(STATE_SEARCH_GAPS * GEO_GAP),
            "{id} is {d:.1} from its capital"
        );
    }
    let (ru, su) = (geo("russia"), geo("soviet-union"));
    let Anchor::Inside { x, y } = project(37.62, 55.75) else {
        panic!("Moscow is on the map")
    };
    assert_eq!(
        (i32::from(ru.x), i32::from(ru.y)),
        (x, y),
        "Russia at Moscow"
    );
    assert_ne!(
        (su.x, su.y),
        (ru.x, ru.y),
        "the Soviet Union moved off Moscow"
    );
}

// ---- Gaps ---------------------------------------------------------------------------

#[test]
fn no_two_own_point_geo_spots_are_closer_than_the_gap() {
    let t = tables();
    let close = too_close(corpus(), &t.geo.spots, own_point, GEO_GAP);
    assert!(close.is_empty(), "closer than {GEO_GAP}: {close:?}");
    // And the test is not vacuous: many spots, and some of them as close as allowed.
    let own = t.geo.spots.iter().filter(|s| own_point(s)).count();
    assert!(own > 50, "only {own} spots of their own");
    let near = too_close(corpus(), &t.geo.spots, own_point, GEO_GAP + 1);
    assert!(
        !near.is_empty(),
        "no pair at exactly the gap: the check proves little"
    );
}

#[test]
fn every_geo_spot_lies_in_the_frame() {
    let t = tables();
    assert_eq!((t.geo.width, t.geo.height), (1000, 842));
    assert_eq!((base().width, base().height), (1000, 842));
    for (e, s) in corpus().entities.iter().zip(&t.geo.spots) {
        if s.is_drawn() {
            assert!(
                (0..=t.geo.width).contains(&s.x) && (0..=t.geo.height).contains(&s.y),
                "{} at ({}, {})",
                e.id,
                s.x,
                s.y
            );
        } else {
            assert_eq!(*s, Spot::ABSENT, "{}", e.id);
        }
    }
}

/// `layout_network` promises "no two nodes closer than `min_gap` (Euclidean, on the
/// returned integers)": its last step (`settle`, or the `lattice` fallback) checks the
/// gap on the rounded integers, so the gap is exact, with no allowance for rounding.
fn assert_net_gap(c: &Corpus, net: &LayoutTable) {
    let close = too_close(c, &net.spots, |s| s.how == Placed::Point, NET_GAP);
    assert!(close.is_empty(), "closer than {NET_GAP}: {close:?}");
    // Every node lies at least the margin (min(gap, w/4, h/4)) inside the box.
    let margin = NET_GAP
        .min(i32::from(net.width) / 4)
        .min(i32::from(net.height) / 4);
    for (e, s) in c.entities.iter().zip(&net.spots) {
        if s.how == Placed::Point {
            let (x, y) = (i32::from(s.x), i32::from(s.y));
            assert!(
                (margin..=i32::from(net.width) - margin).contains(&x)
                    && (margin..=i32::from(net.height) - margin).contains(&y),
                "{} at ({x}, {y}) in {}×{}",
                e.id,
                net.width,
                net.height
            );
        }
    }
}

#[test]
fn no_two_network_nodes_are_closer_than_the_gap() {
    assert_net_gap(corpus(), &tables().net);
}

#[test]
fn a_larger_network_gets_a_grown_box_and_keeps_the_gap() {
    let big = explorer_core::synthetic::scale(corpus(), 10);
    let net = net_layout(&big).expect("10× lays out");
    let nodes = net.spots.iter().filter(|s| s.how == Placed::Point).count();
    assert!(nodes > NET_BOX_NODES, "{nodes} nodes do not grow the box");
    let grow = (nodes as f64 / NET_BOX_NODES as f64).sqrt();
    assert_eq!(
        (i32::from(net.width), i32::from(net.height)),
        (
            (f64::from(NET_WIDTH) * grow).ceil() as i32,
            (f64::from(NET_HEIGHT) * grow).ceil() as i32
        )
    );
    assert_net_gap(&big, &net);
}

#[test]
fn the_network_has_exactly_the_relation_endpoints_as_points() {
    let c = corpus();
    let t = tables();
    assert!(
        !c.entities.is_empty() && !c.relations.is_empty(),
        "an empty corpus"
    );
    let nodes = t
        .net
        .spots
        .iter()
        .filter(|s| s.how == Placed::Point)
        .count();
    assert!(nodes <= NET_BOX_NODES, "the real corpus fits the base box");
    assert_eq!(
        (i32::from(t.net.width), i32::from(t.net.height)),
        (NET_WIDTH, NET_HEIGHT)
    );
    for (i, (e, s)) in c.entities.iter().zip(&t.net.spots).enumerate() {
        let endpoint = c.relations.iter().any(|r| r.source == i || r.target == i);
        let want = if endpoint {
            Placed::Point
        } else {
            Placed::Absent
        };
        assert_eq!(s.how, want, "{} in the network", e.id);
        assert_eq!(s.angle, 0, "{}", e.id);
    }
}

#[test]
fn without_relations_the_network_is_empty_in_the_base_box() {
    let mut c = corpus().clone();
    c.relations.clear();
    let net = net_layout(&c).expect("no relations lay out");
    assert_eq!(
        (i32::from(net.width), i32::from(net.height)),
        (NET_WIDTH, NET_HEIGHT)
    );
    assert!(net.spots.iter().all(|s| *s == Spot::ABSENT));
    assert_eq!(net.spots.len(), c.entities.len());
}

// ---- Determinism --------------------------------------------------------------------

#[test]
fn the_layout_is_deterministic() {
    let again = map_layouts(&corpus().clone(), base()).expect("lays out again");
    assert_eq!(&again, tables());
    let (a, b) = (rust_source(tables()), rust_source(&again));
    assert_eq!(
        a.as_bytes(),
        b.as_bytes(),
        "rust_source differs between runs"
    );
    // One table per entity in each layout, and the source carries both viewBoxes.
    let n = corpus().entities.len();
    assert_eq!((again.geo.spots.len(), again.net.spots.len()), (n, n));
    assert!(a.contains("pub static MAP: ::explorer_core::map::MapLayouts"));
    assert!(a.contains("geo: Layout { width: 1000, height: 842, spots: &["));
    assert!(a.contains("net: Layout { width: 1000, height: 700, spots: &["));
}

// ---- Persons ------------------------------------------------------------------------

/// Persons and the state each is drawn with (`None`: absent), with the rule that picks it.
const PERSONS: &[(&str, Option<&str>)] = &[
    ("vladimir-putin", Some("russia")),      // leader_of
    ("kim-jong-un", Some("north-korea")),    // leader_of
    ("donald-trump", Some("united-states")), // leader_of; the US is outside
    ("shigeru-ishiba", Some("japan")),       // leader_of
    ("yoon-suk-yeol", Some("south-korea")),  // leader_of
    ("shinzo-abe", Some("japan")),           // no ties: Tokyo is within 100 km
    ("ben-sando", Some("united-states")),    // no ties: Washington is within 100 km
    // Moscow is both Russia's and the Soviet Union's capital: a tie, the first (Russia).
    ("andrei-belousov", Some("russia")),
    ("samuel-paparo", None),     // Hawaii: no ties, no capital within 100 km
    ("mehmet-enes-beser", None), // no coords, no ties
];

#[test]
fn persons_sit_with_their_state_or_are_absent() {
    let c = corpus();
    let t = tables();
    for (id, state) in PERSONS {
        let s = geo(id);
        match state {
            Some(st) => {
                let at = geo(st);
                assert_eq!(s.how, Placed::WithState, "{id}");
                assert_eq!((s.x, s.y, s.angle), (at.x, at.y, 0), "{id} with {st}");
            }
            None => assert_eq!(s, Spot::ABSENT, "{id}"),
        }
    }
    // Every person, in the table or not: never a point of its own.
    for (i, e) in c.entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let s = t.geo.spots[i];
        match s.how {
            Placed::Absent => assert_eq!(s, Spot::ABSENT, "{}", e.id),
            Placed::WithState => {
                let with = (0..c.entities.len()).find(|&j| {
                    c.entities[j].kind == EntityKind::State
                        && own_point(&t.geo.spots[j])
                        && (t.geo.spots[j].x, t.geo.spots[j].y) == (s.x, s.y)
                });
                assert!(with.is_some(), "{} is at no state's spot", e.id);
                if let Some(l) = e.leader_of {
                    assert_eq!(with, Some(l), "{} is not with the state it leads", e.id);
                }
            }
            other => panic!("{} is drawn {other:?}", e.id),
        }
    }
}

#[test]
fn persons_in_ties_are_network_nodes_of_their_own() {
    let t = tables();
    let (putin, russia) = (
        t.net.spots[index(corpus(), "vladimir-putin")],
        t.net.spots[index(corpus(), "russia")],
    );
    assert_eq!(putin.how, Placed::Point);
    assert_ne!((putin.x, putin.y), (russia.x, russia.y));
}

// ---- Groups -------------------------------------------------------------------------

/// The centroid the module's doc puts a group beside: its drawn members' spots, members
/// at an edge counted only when none is inside the map.
fn centroid(spots: &[Spot], group: &Entity) -> (f64, f64) {
    let placed: Vec<Spot> = group
        .members
        .iter()
        .map(|&m| spots[m])
        .filter(Spot::is_drawn)
        .collect();
    let inside: Vec<Spot> = placed
        .iter()
        .copied()
        .filter(|s| s.how != Placed::Outside)
        .collect();
    let counted = if inside.is_empty() { placed } else { inside };
    assert!(!counted.is_empty(), "{} has no drawn member", group.id);
    let k = counted.len() as f64;
    (
        counted.iter().map(|s| f64::from(s.x)).sum::<f64>() / k,
        counted.iter().map(|s| f64::from(s.y)).sum::<f64>() / k,
    )
}

#[test]
fn groups_without_coords_sit_beside_the_centroid_of_their_members() {
    let c = corpus();
    let t = tables();
    let mut groups = 0;
    for (i, e) in c.entities.iter().enumerate() {
        if e.coords.is_some() || e.kind == EntityKind::Person {
            continue;
        }
        let s = t.geo.spots[i];
        // With no members, it goes beside the actors it is tied to (or is absent).
        let mut e = e.clone();
        if e.members.is_empty() {
            for r in &c.relations {
                let other = match (r.source == i, r.target == i) {
                    (true, false) => r.target,
                    (false, true) => r.source,
                    _ => continue,
                };
                if !e.members.contains(&other) {
                    e.members.push(other);
                }
            }
        }
        if e.members.is_empty() {
            assert_eq!(s, Spot::ABSENT, "{}: no coords, no members, no ties", e.id);
            continue;
        }
        let e = &e;
        groups += 1;
        assert_eq!((s.how, s.angle), (Placed::Group, 0), "{}", e.id);
        // The nearest free point to the centroid; on a map this sparse there is one
        // within two gaps (the first ring search step is a quarter gap).
        let at = centroid(&t.geo.spots, e);
        let d = dist_to(&s, at);
        assert!(
            d <= f64::from(2 * GEO_GAP),
            "{} is {d:.1} from its members' centroid {at:?}",
            e.id
        );
    }
    assert!(groups >= 5, "only {groups} groups");
}

#[test]
fn groups_with_members_at_the_edge_sit_by_the_members_on_the_map() {
    // (group, the member it must sit by): the South Korea–US alliance by Seoul, not
    // halfway to the Atlantic; a group of the US alone by the US's edge spot.
    let cases = [
        ("kr-us-alliance", "south-korea"),
        ("us-nuclear-umbrella", "united-states"),
        ("g7", "japan"),
    ];
    for (group, by) in cases {
        let (g, m) = (geo(group), geo(by));
        assert_eq!(g.how, Placed::Group, "{group}");
        let d = (dist2(&g, &m) as f64).sqrt();
        assert!(
            d >= f64::from(GEO_GAP) && d <= f64::from(2 * GEO_GAP),
            "{group} is {d:.1} from {by}"
        );
    }
    // The US–Japan–South Korea trilateral: between Tokyo and Seoul, the US ignored.
    let (g, jp, kr) = (
        geo("us-japan-south-korea-trilateral"),
        geo("japan"),
        geo("south-korea"),
    );
    assert!(
        (kr.x..=jp.x).contains(&g.x),
        "{g:?} not between {kr:?} and {jp:?}"
    );
}

#[test]
fn groups_of_groups_sit_beside_their_member_groups() {
    let mut c = corpus().clone();
    let (a, b) = (index(&c, "ru-kp-alliance"), index(&c, "kr-us-alliance"));
    let mut bloc = c.entities[a].clone();
    bloc.id = "test-bloc".into();
    bloc.members = vec![a, b];
    c.entities.push(bloc);
    // And two groups that are members of each other, one also of Japan: the one with a
    // placed member goes first, the other follows it.
    let (g7, japan) = (index(&c, "g7"), index(&c, "japan"));
    let mut circle = c.entities[g7].clone();
    circle.id = "test-circle".into();
    circle.members = vec![g7];
    c.entities.push(circle);
    let circle = c.entities.len() - 1;
    c.entities[g7].members = vec![japan, circle];

    let t = geo_layout(&c, base()).expect("lays out");
    let bloc = index(&c, "test-bloc");
    let s = t.spots[bloc];
    assert_eq!(s.how, Placed::Group);
    let d = dist_to(&s, centroid(&t.spots, &c.entities[bloc]));
    assert!(
        d <= f64::from(2 * GEO_GAP),
        "the bloc is {d:.1} from its groups"
    );
    // G7 goes first, with Japan alone (the circle is not placed yet); the circle then
    // goes beside the G7.
    for (id, by) in [("g7", "japan"), ("test-circle", "g7")] {
        let (g, m) = (t.spots[index(&c, id)], t.spots[index(&c, by)]);
        assert_eq!(g.how, Placed::Group, "{id}");
        let d = (dist2(&g, &m) as f64).sqrt();
        assert!(d <= f64::from(2 * GEO_GAP), "{id} is {d:.1} from {by}");
    }
    let close = too_close(&c, &t.spots, own_point, GEO_GAP);
    assert!(close.is_empty(), "{close:?}");
}

// ---- Outside the frame --------------------------------------------------------------

#[test]
fn the_united_states_is_outside_at_the_western_edge_pointing_west() {
    // Washington (77°W) is 65° west of the frame's western edge (12°W) and 103° east of
    // its eastern one (180°), so it is reached across the Atlantic: the western edge,
    // moved EDGE_INSET into the map, the arrow pointing west. The map's angles are
    // counter-clockwise from east (0 east, 90 north), so west is 180, in both the map's
    // and SVG's convention.
    let us = geo("united-states");
    let Anchor::Outside { x: 0, y, angle_deg } = project(-77.04, 38.90) else {
        panic!("Washington is beyond the western edge")
    };
    assert_eq!(angle_deg, 180);
    assert_eq!(us.how, Placed::Outside);
    // It is the first entity to want that edge, so it has its point exactly.
    assert_eq!(
        (i32::from(us.x), i32::from(us.y), us.angle),
        (EDGE_INSET, y, 180)
    );
}

#[test]
fn outside_spots_are_inset_at_their_edge_with_the_mirrored_angle() {
    let c = corpus();
    let t = tables();
    let (w, h) = (i32::from(t.geo.width), i32::from(t.geo.height));
    let mut seen = BTreeMap::new();
    for (e, s) in c.entities.iter().zip(&t.geo.spots) {
        if s.how != Placed::Outside {
            continue;
        }
        let [lon, lat] = e.coords.expect("an outside spot has coords");
        let Anchor::Outside { x, y, angle_deg } = project(lon, lat) else {
            panic!("{} is outside but projects inside", e.id)
        };
        // SVG's angle (90 south) mirrored to the map's (90 north).
        assert_eq!(
            i32::from(s.angle),
            (360 - angle_deg).rem_euclid(360),
            "{}",
            e.id
        );
        let (sx, sy) = (i32::from(s.x), i32::from(s.y));
        if x <= 0 || x >= w {
            // Along the west or east edge: x is inset, y slides.
            assert_eq!(
                sx,
                if x <= 0 { EDGE_INSET } else { w - EDGE_INSET },
                "{}",
                e.id
            );
            assert!((EDGE_INSET..=h - EDGE_INSET).contains(&sy), "{}", e.id);
        } else {
            assert_eq!(
                sy,
                if y <= 0 { EDGE_INSET } else { h - EDGE_INSET },
                "{}",
                e.id
            );
        }
        *seen.entry((sx, s.angle)).or_insert(0) += 1;
    }
    // Washington's five (west, 180) and Hawaii's command (east, 0).
    assert_eq!(seen.get(&(EDGE_INSET, 180)), Some(&5), "{seen:?}");
    assert_eq!(seen.get(&(w - EDGE_INSET, 0)), Some(&1), "{seen:?}");
    let hawaii = geo("us-indo-pacific-command");
    assert_eq!((hawaii.how, hawaii.angle), (Placed::Outside, 0));
}

#[test]
fn a_full_edge_fails_naming_the_entities_that_do_not_fit() {
    // An outside spot only slides along its edge: the western edge, 16..=826 tall, holds
    // at most (826 - 16) / 14 + 1 = 58 spots 14 apart. Washington has 5; add more.
    let with_copies = |k: usize| {
        let mut c = corpus().clone();
        let dc = c.entities[index(&c, "washington-dc")].clone();
        for n in 0..k {
            c.entities.push(Entity {
                id: format!("test-dc-{n}"),
                ..dc.clone()
            });
        }
        c
    };
    let c = with_copies(20);
    let t = geo_layout(&c, base()).expect("25 fit on the western edge");
    let west: Vec<&Spot> = t
        .spots
        .iter()
        .filter(|s| s.how == Placed::Outside && i32::from(s.x) == EDGE_INSET)
        .collect();
    assert_eq!(west.len(), 25);
    assert!(too_close(&c, &t.spots, own_point, GEO_GAP).is_empty());

    let c = with_copies(70);
    let errors = geo_layout(&c, base()).expect_err("75 do not fit");
    let capacity = (i32::from(t.height) - 2 * EDGE_INSET) / GEO_GAP + 1;
    assert!(errors.len() >= 75 - capacity as usize, "{}", errors.len());
    for e in &errors {
        assert!(e.entity.starts_with("test-dc-"), "{e}");
        assert!(e.problem.contains("too full"), "{e}");
    }
}

// ---- Bad input ----------------------------------------------------------------------

#[test]
fn coords_that_are_not_a_longitude_and_latitude_fail_naming_the_entity() {
    // (coords, whether they are accepted); the entity is a place, so nothing else depends
    // on it and the only error is its own.
    let cases: &[([f64; 2], bool)] = &[
        ([500.0, 0.0], false),
        ([-180.5, 0.0], false),
        ([0.0, 95.0], false),
        ([0.0, -90.1], false),
        ([f64::NAN, 0.0], false),
        ([0.0, f64::INFINITY], false),
        ([180.0, 0.0], true),
        ([-180.0, 0.0], true), // the same meridian, on the eastern edge
        ([0.0, 90.0], true),   // the pole: outside, at the northern edge
        ([0.0, -90.0], true),
    ];
    for &(coords, ok) in cases {
        let mut c = corpus().clone();
        let i = index(&c, "kursk");
        c.entities[i].coords = Some(coords);
        match map_layouts(&c, base()) {
            Ok(t) => {
                assert!(ok, "{coords:?} accepted");
                assert!(t.geo.spots[i].is_drawn(), "{coords:?}");
            }
            Err(errors) => {
                assert!(!ok, "{coords:?} rejected: {errors:?}");
                assert_eq!(named(&errors), ["kursk"], "{coords:?}");
                assert!(errors[0].problem.contains("coords"), "{}", errors[0]);
                assert!(errors[0].to_string().contains("`kursk`"), "{}", errors[0]);
            }
        }
    }
}

#[test]
fn a_group_with_no_drawn_member_fails_naming_it() {
    type Edit = fn(&mut Corpus);
    // (what is changed, the groups that must be named)
    let cases: &[(&str, Edit, &[&str])] = &[
        (
            "the US loses its coords and its ties: the umbrella of the US alone has nothing drawn",
            |c| {
                let us = index(c, "united-states");
                c.entities[us].coords = None;
                c.relations.retain(|r| r.source != us && r.target != us);
            },
            &["us-nuclear-umbrella"],
        ),
        (
            "a member with neither coords, members nor ties (a weapon)",
            |c| {
                let g = index(c, "ru-kp-alliance");
                c.entities[g].members = vec![index(c, "thaad")];
            },
            &["ru-kp-alliance"],
        ),
        (
            "a member that is an absent person",
            |c| {
                let g = index(c, "us-nuclear-umbrella");
                c.entities[g].members = vec![index(c, "samuel-paparo")];
            },
            &["us-nuclear-umbrella"],
        ),
        (
            "a group whose only member is such a group: both",
            |c| {
                let (g7, kr_us) = (index(c, "g7"), index(c, "kr-us-alliance"));
                c.entities[g7].members = vec![index(c, "thaad")];
                c.entities[kr_us].members = vec![g7];
            },
            &["g7", "kr-us-alliance"],
        ),
    ];
    for (what, edit, want) in cases {
        let mut c = corpus().clone();
        edit(&mut c);
        let errors = map_layouts(&c, base()).expect_err(what);
        assert_eq!(named(&errors), *want, "{what}: {errors:?}");
        for e in &errors {
            assert!(e.problem.contains("none of its members"), "{what}: {e}");
        }
    }
}

// ---- The slider ---------------------------------------------------------------------

#[test]
fn the_slider_steps_increase_without_gaps_and_the_ticks_mark_events() {
    let c = corpus();
    let t = tables();
    assert!(!t.steps.is_empty());
    for w in t.steps.windows(2) {
        assert!(
            w[0].first_day() < w[1].first_day(),
            "{:?} then {:?}",
            w[0],
            w[1]
        );
        // Years, then months: each step starts the day after the one before ends.
        assert_eq!(
            w[0].last_day() + 1,
            w[1].first_day(),
            "{:?} {:?}",
            w[0],
            w[1]
        );
    }
    let dates: Vec<i32> = c
        .events
        .iter()
        .filter_map(|e| e.date)
        .map(|d| d.first_day())
        .collect();
    assert!(!dates.is_empty());
    assert!(!t.ticks.is_empty());
    assert!(t.ticks.windows(2).all(|w| w[0] < w[1]), "{:?}", t.ticks);
    let has_event = |i: usize| {
        let s = t.steps[i];
        dates
            .iter()
            .any(|&d| (s.first_day()..=s.last_day()).contains(&d))
    };
    for &k in &t.ticks {
        assert!(
            (k as usize) < t.steps.len(),
            "tick {k} of {} steps",
            t.steps.len()
        );
        assert!(
            has_event(k as usize),
            "tick {k} ({:?}) has no event",
            t.steps[k as usize]
        );
    }
    // Every dated event lies in some step, and that step is ticked.
    for &d in &dates {
        let i = t
            .steps
            .iter()
            .position(|s| (s.first_day()..=s.last_day()).contains(&d))
            .unwrap_or_else(|| panic!("day {d} is in no step"));
        assert!(
            t.ticks.contains(&(i as u16)),
            "step {i} has an event, no tick"
        );
    }
}

// ---- Near a corner ------------------------------------------------------------------

/// A place beyond the western edge whose edge point lies within EDGE_INSET of the top
/// or bottom (here y = 6), or beyond the southern edge near a corner ([-10, -60]:
/// x = 10), is drawn at its edge: both coordinates are moved into the map, so it starts
/// inside the range it slides along (it once failed as "the map is too full").
#[test]
fn an_outside_place_near_a_corner_is_drawn() {
    for coords in [[-40.0, 81.5], [-10.0, -60.0]] {
        let mut c = corpus().clone();
        let i = index(&c, "kursk");
        c.entities[i].coords = Some(coords);
        let t = geo_layout(&c, base());
        assert!(t.is_ok(), "{coords:?}: {:?}", t.err());
    }
}

#[test]
fn undated_ties_are_drawn_from_when_their_article_was_written() {
    let c = corpus();
    let t = tables();
    assert_eq!(t.from.len(), c.relations.len());
    let doc = |id: &str| c.documents.iter().position(|d| d.id == id).unwrap();
    let (impact, bluebook) = (
        doc("impact-moscow-pyongyang"),
        doc("japan-bluebook-concerns"),
    );
    let mut seen = (0, 0, 0);
    for (r, from) in c.relations.iter().zip(&t.from) {
        let docs: Vec<usize> = r.evidence.iter().map(|e| e.doc).collect();
        if r.from.is_some() {
            assert_eq!(*from, r.from, "{}: its own from", r.id);
        } else if r.status == explorer_core::vocab::RelationStatus::Historical {
            assert_eq!(*from, None, "{}: historical, about the past", r.id);
            seen.0 += 1;
        } else if docs.iter().all(|&d| d == impact) {
            // The latest date this article reports is the treaty of June 2024.
            assert_eq!(*from, Some(explorer_core::Date::month(2024, 6)), "{}", r.id);
            seen.1 += 1;
        } else if docs.iter().all(|&d| d == bluebook) {
            // The Bluebook is published in 2025.
            assert_eq!(*from, Some(explorer_core::Date::year(2025)), "{}", r.id);
            seen.2 += 1;
        }
    }
    assert!(seen.0 > 0 && seen.1 > 0 && seen.2 > 0, "{seen:?}");
}

#[test]
fn actors_tied_only_to_each_other_without_places_are_left_off_the_map() {
    // Two bodies with no coords and no members, tied only to each other (as in a corpus
    // about a town): nothing to place them beside, so neither is drawn, and no error.
    let mut c = corpus().clone();
    let (a, b) = (index(&c, "thaad"), index(&c, "quad"));
    c.relations.retain(|r| ![r.source, r.target].contains(&b));
    let mut tie = c.relations[0].clone();
    (tie.source, tie.target) = (a, b);
    c.relations.push(tie);
    let t = map_layouts(&c, base()).expect("no error");
    assert_eq!(
        (t.geo.spots[a], t.geo.spots[b]),
        (Spot::ABSENT, Spot::ABSENT)
    );
    assert!(
        t.net.spots[a].is_drawn() && t.net.spots[b].is_drawn(),
        "in the network"
    );
}

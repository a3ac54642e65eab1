//! Where each actor of a corpus sits on the alliance map, in both of its layouts, as the
//! build bakes them (`explorer_core::map::MapLayouts`): `build.rs` calls [`map_layouts`]
//! on the compiled corpus and writes [`rust_source`] to `$OUT_DIR/map.rs`. The views read
//! one [`Spot`] per entity, in the corpus's entity order (`EntityId::index()`).
//!
//! The same placement runs in the browser for a corpus opened at run time (this module
//! needs no feature of the crate): [`map_layouts`] over the base map read back from the
//! outline file ([`BaseMap::from_outline_file`]), which gives the same tables as the
//! build's base map, then [`leak`] for the views' `MapLayouts`.
//!
//! # The geographic layout ([`geo_layout`])
//!
//! Its viewBox is the base map's (the frame of [`Frame::alliance`], 1000 × 842), the same
//! as the outline file's, so the spots and the outlines align. Each entity becomes:
//!
//! - **a person** → [`Placed::WithState`] at the x, y of its state, which is, first found:
//!   its `leader_of`; else the state it shares the most relations with (ties: the first
//!   in entity order); else the state whose capital (`coords`) lies within
//!   [`PERSON_NEAR_CAPITAL_KM`] of the person's own `coords` (the nearest; ties: the first).
//!   With none of these, or when that state is not drawn, the person is
//!   [`Placed::Absent`]. Persons never take a point of their own.
//! - **anything else with `coords`** (`[lon, lat]`: a state's capital, the seat of an
//!   organisation, alliance, arrangement or state body, a place, a force's base, …),
//!   projected with [`Frame::project`]: inside the frame → [`Placed::Point`]; outside it
//!   (the United States, Hawaii) → [`Placed::Outside`] at the nearest point of the edge,
//!   moved [`EDGE_INSET`] units into the map so a marker and its arrow show, with
//!   `angle` the direction of the real place in whole degrees, **0 east, 90 north**
//!   (counter-clockwise, `explorer_core::map::Placed::Outside`'s convention; it is
//!   [`Anchor::Outside`]'s SVG angle mirrored, so a view rotates an east-pointing arrow
//!   by `-angle`).
//! - **no `coords` but `members`** → [`Placed::Group`], beside its members: near the
//!   centroid of its drawn members (persons count at their state's x, y; members drawn
//!   at an edge count only when no member is inside the map, so the South Korea–US
//!   alliance sits by Seoul, not halfway to the Atlantic; groups of groups are placed
//!   after their member groups).
//! - **neither, but ties** → [`Placed::Group`] beside the actors it is tied to, by the
//!   same rule (an arrangement the texts name without saying who is in it still has its
//!   ties drawn); when none of those is drawn either, [`Placed::Absent`], not an error.
//! - **neither, and no ties** → [`Placed::Absent`].
//!
//! No two spots drawn at a point of their own ([`Placed::Point`], [`Placed::Group`],
//! [`Placed::Outside`]) are closer than [`GEO_GAP`]. They are placed one at a time, in a
//! fixed order: the states first, then every other entity with coords, each in entity
//! order, then the groups. Each takes the point it wants if nothing placed is within the
//! gap; else the first free point on rings of radius `k · GEO_GAP / 4` around it
//! (`k = 1, 2, …`; `8k` points a ring, starting east and turning clockwise on screen). A
//! state searches inside its own country's outline first (for up to
//! [`STATE_SEARCH_GAPS`] gaps), so it never leaves its country while there is room in
//! it; an outside spot slides along its edge instead (south or east first, then the
//! other way). All of it is integer-exact and deterministic: the same corpus gives the
//! same table.
//!
//! # The network layout ([`net_layout`])
//!
//! Nodes are the entities that are an endpoint of at least one relation (persons as
//! nodes of their own), edges the relations: each pair once, weighted by how many
//! relations join it (a heavier edge is drawn shorter). [`layout_network`] places them
//! with the fixed seed [`NET_SEED`] in a [`NET_WIDTH`] × [`NET_HEIGHT`] box with a
//! minimum gap of [`NET_GAP`]; a graph of more than [`NET_BOX_NODES`] nodes gets a box
//! grown by `√(nodes / NET_BOX_NODES)` each way, so it always fits. Nodes are
//! [`Placed::Point`]; every other entity is [`Placed::Absent`]. No relations: an empty
//! layout of the base size.
//!
//! # Bad input
//!
//! The build fails, naming the entity, when a group (`members`, no `coords`) has no
//! member that is drawn (give it `coords`, or members with coords), when `coords` are not
//! a longitude in −180..=180 and a latitude in −90..=90, or when the frame is too full to
//! hold a spot the gap away from all others.

use std::collections::BTreeMap;
use std::fmt;

use explorer_core::map::{
    attested_from, steps_and_ticks, written_by, Layout, MapLayouts, Placed, Spot,
};
use explorer_core::owned::Corpus;
use explorer_core::vocab::EntityKind;
use explorer_core::vocab::RelationStatus;
use explorer_core::Date;
use geo::{Distance, Haversine, Point, Polygon};

use crate::basemap::{country_rings, rings_contain, BaseMap};
use crate::frame::{Anchor, Frame};
use crate::layout::layout_network;

/// The least distance between two spots of the geographic layout drawn at a point of
/// their own (viewBox units; the frame is 1000 wide).
pub const GEO_GAP: i32 = 14;
/// How far into the map an outside spot sits from the edge it points through.
pub const EDGE_INSET: i32 = 16;
/// How far a state looks for a free spot inside its own country, in gaps, before it
/// looks anywhere.
pub const STATE_SEARCH_GAPS: i32 = 10;
/// A person without `leader_of` or ties to a state goes with the state whose capital is
/// at most this far from the person's `coords` (great-circle kilometres).
pub const PERSON_NEAR_CAPITAL_KM: f64 = 100.0;
/// The network layout's base box width.
pub const NET_WIDTH: i32 = 1000;
/// The network layout's base box height.
pub const NET_HEIGHT: i32 = 700;
/// The least distance between two nodes of the network layout.
pub const NET_GAP: i32 = 100;
/// The most nodes the base box holds; more grow it (see the module's doc).
pub const NET_BOX_NODES: usize = 45;
/// The seed of the network layout: a fixed seed, a fixed picture.
pub const NET_SEED: u64 = 20_240_619;

/// One layout as the build computes it, before it is written out as a static table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutTable {
    /// ViewBox width.
    pub width: i16,
    /// ViewBox height.
    pub height: i16,
    /// One spot per entity, in the corpus's entity order.
    pub spots: Vec<Spot>,
}

/// Both layouts of the map, as [`rust_source`] writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapTables {
    /// The geographic layout.
    pub geo: LayoutTable,
    /// The network layout.
    pub net: LayoutTable,
    /// The "as of" slider's steps and ticks
    /// (`explorer_core::map::steps_and_ticks`).
    pub steps: Vec<Date>,
    /// The steps at which an event is dated.
    pub ticks: Vec<u16>,
    /// From when the slider draws each relation (`explorer_core::map::attested_from`).
    pub from: Vec<Option<Date>>,
}

/// Why the map cannot be laid out: the entity (its id; empty for the whole corpus) and
/// what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapError {
    /// The entity's id, or empty.
    pub entity: String,
    /// What is wrong, and what to do about it.
    pub problem: String,
}

impl fmt::Display for MapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entity.is_empty() {
            write!(f, "the map: {}", self.problem)
        } else {
            write!(f, "the map, entity `{}`: {}", self.entity, self.problem)
        }
    }
}

/// Both layouts of the corpus; every problem found, if any.
pub fn map_layouts(corpus: &Corpus, base: &BaseMap) -> Result<MapTables, Vec<MapError>> {
    match (geo_layout(corpus, base), net_layout(corpus)) {
        (Ok(geo), Ok(net)) => {
            let spans: Vec<_> = corpus.relations.iter().map(|r| (r.from, r.to)).collect();
            let events: Vec<_> = corpus.events.iter().map(|e| e.date).collect();
            let (steps, ticks) = steps_and_ticks(&spans, &events);
            Ok(MapTables {
                geo,
                net,
                steps,
                ticks,
                from: relations_from(corpus),
            })
        }
        (geo, net) => Err(geo
            .err()
            .unwrap_or_default()
            .into_iter()
            .chain(net.err().unwrap_or_default())
            .collect()),
    }
}

/// The tables as the views read them (`explorer_core::map::MapLayouts`, of `'static`
/// slices), for a corpus laid out at run time (in the browser: [`map_layouts`] over
/// [`BaseMap::from_outline_file`]) rather than compiled in by [`rust_source`].
///
/// The tables' vectors are leaked, not freed: call it once per corpus opened, as their
/// size is what the compiled-in tables would take (about 16 bytes an entity and 6 a
/// relation).
pub fn leak(t: MapTables) -> MapLayouts {
    fn leak<T>(v: Vec<T>) -> &'static [T] {
        // Boxed first, so no spare capacity is leaked with it.
        Box::leak(v.into_boxed_slice())
    }
    fn layout(l: LayoutTable) -> Layout {
        Layout {
            width: l.width,
            height: l.height,
            spots: leak(l.spots),
        }
    }
    MapLayouts {
        geo: layout(t.geo),
        net: layout(t.net),
        steps: leak(t.steps),
        ticks: leak(t.ticks),
        from: leak(t.from),
    }
}

/// What an entity asks for on the geographic map, before the gap is enforced.
#[derive(Debug, Clone, Copy)]
enum Want {
    /// Its own point inside the frame.
    Point(i32, i32),
    /// At the edge (already moved inside), sliding along it; the map's angle.
    Outside(i32, i32, i16, Slide),
    /// Beside its members.
    Group,
    /// With this entity (its state), if any.
    Person(Option<usize>),
    /// Not drawn.
    Absent,
}

/// Which way an outside spot slides along its edge.
#[derive(Debug, Clone, Copy)]
enum Slide {
    /// Along the west or east edge.
    Vertical,
    /// Along the north or south edge.
    Horizontal,
}

/// The geographic layout (see the module's doc for the rules).
pub fn geo_layout(corpus: &Corpus, base: &BaseMap) -> Result<LayoutTable, Vec<MapError>> {
    let frame = Frame::alliance();
    let (w, h) = (frame.width, frame.height);
    if (base.width, base.height) != (w, h) {
        return Err(vec![MapError {
            entity: String::new(),
            problem: format!(
                "the base map is {}×{}, not the alliance frame's {w}×{h}",
                base.width, base.height
            ),
        }]);
    }
    let ents = &corpus.entities;
    let n = ents.len();
    let mut errors = Vec::new();
    let ties = ties(corpus);
    // What each group goes beside: its members; an actor with neither coords nor
    // members that is tied to others goes beside the actors it is tied to.
    let beside: Vec<Vec<usize>> = (0..n)
        .map(|i| {
            let e = &ents[i];
            if !e.members.is_empty() || e.coords.is_some() || e.kind == EntityKind::Person {
                e.members.clone()
            } else {
                ties[i].keys().copied().collect()
            }
        })
        .collect();

    let want: Vec<Want> = (0..n)
        .map(|i| {
            let e = &ents[i];
            if e.kind == EntityKind::Person {
                return Want::Person(person_state(corpus, i, &ties));
            }
            let Some([lon, lat]) = e.coords else {
                return if beside[i].is_empty() {
                    Want::Absent
                } else {
                    Want::Group
                };
            };
            if !((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat)) {
                errors.push(MapError {
                    entity: e.id.clone(),
                    problem: format!(
                        "coords [{lon}, {lat}] are not [longitude, latitude] \
                         (−180..=180, −90..=90)"
                    ),
                });
                return Want::Absent;
            }
            match frame.project(lon, lat) {
                Anchor::Inside { x, y } => Want::Point(x, y),
                Anchor::Outside { x, y, angle_deg } => {
                    // Into the map on both axes: a point near a corner is moved off the
                    // other edge too, so it starts inside the range it slides along.
                    let inset = |v: i32, max: i32| v.clamp(EDGE_INSET, max - EDGE_INSET);
                    let slide = if x <= 0 || x >= w {
                        Slide::Vertical
                    } else {
                        Slide::Horizontal
                    };
                    // SVG's angle (90 south) mirrored to the map's (90 north).
                    let angle = (360 - angle_deg).rem_euclid(360) as i16;
                    Want::Outside(inset(x, w), inset(y, h), angle, slide)
                }
            }
        })
        .collect();

    // Whether each entity ends up drawn (the least fixpoint: a group is drawn when one of
    // its members is, a person when its state is).
    let mut drawn: Vec<bool> = want
        .iter()
        .map(|w| matches!(w, Want::Point(..) | Want::Outside(..)))
        .collect();
    loop {
        let mut changed = false;
        for i in 0..n {
            if drawn[i] {
                continue;
            }
            let now = match want[i] {
                Want::Person(Some(s)) => drawn[s],
                Want::Group => beside[i].iter().any(|&m| drawn[m]),
                _ => false,
            };
            if now {
                drawn[i] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for i in 0..n {
        // (Only for members the annotation names: an actor that goes beside the ones
        // it is tied to, none of them placed, is simply not on the geographic map.)
        if matches!(want[i], Want::Group) && !drawn[i] && !ents[i].members.is_empty() {
            let members: Vec<&str> = beside[i].iter().map(|&m| ents[m].id.as_str()).collect();
            errors.push(MapError {
                entity: ents[i].id.clone(),
                problem: format!(
                    "it has no coords and none of its members ({}) is drawn on the map: \
                     give it coords, or give a member coords",
                    members.join(", ")
                ),
            });
        }
    }

    let shapes: Vec<Vec<Polygon<f64>>> = base.countries.iter().map(country_rings).collect();
    let in_frame = |p: (i32, i32)| (0..=w).contains(&p.0) && (0..=h).contains(&p.1);
    let diagonal = f64::from(w).hypot(f64::from(h));
    let mut occupied = Occupied::new(w, h, GEO_GAP);
    let mut spots: Vec<Option<Spot>> = vec![None; n];
    let spot = |(x, y): (i32, i32), how: Placed, angle: i16| Spot {
        x: x as i16,
        y: y as i16,
        how,
        angle,
    };
    let full = |id: &str, near: (i32, i32)| MapError {
        entity: id.to_string(),
        problem: format!(
            "no free spot {GEO_GAP} units from every other near ({}, {}): the map is too full",
            near.0, near.1
        ),
    };

    // States first, then everything else with coords, each in entity order.
    let mut own: Vec<usize> = (0..n)
        .filter(|&i| matches!(want[i], Want::Point(..) | Want::Outside(..)))
        .collect();
    own.sort_by_key(|&i| (ents[i].kind != EntityKind::State, i));
    for i in own {
        let placed = match want[i] {
            Want::Point(x, y) => {
                let country = (ents[i].kind == EntityKind::State)
                    .then(|| {
                        shapes
                            .iter()
                            .position(|s| rings_contain(s, f64::from(x), f64::from(y)))
                    })
                    .flatten();
                let in_country = |p: (i32, i32)| {
                    in_frame(p)
                        && country.is_none_or(|c| {
                            rings_contain(&shapes[c], f64::from(p.0), f64::from(p.1))
                        })
                };
                let limit = f64::from(STATE_SEARCH_GAPS * GEO_GAP);
                nearest_free(&occupied, (x, y), limit, in_country)
                    .or_else(|| nearest_free(&occupied, (x, y), diagonal, in_frame))
                    .map(|p| spot(p, Placed::Point, 0))
            }
            Want::Outside(x, y, angle, slide) => {
                slide_free(&occupied, (x, y), slide, (EDGE_INSET, w - EDGE_INSET, h))
                    .map(|p| spot(p, Placed::Outside, angle))
            }
            _ => unreachable!("only points and outside spots"),
        };
        match placed {
            Some(s) => {
                occupied.take((i32::from(s.x), i32::from(s.y)));
                spots[i] = Some(s);
            }
            None => {
                let near = match want[i] {
                    Want::Point(x, y) | Want::Outside(x, y, ..) => (x, y),
                    _ => (0, 0),
                };
                errors.push(full(&ents[i].id, near));
            }
        }
    }

    // Then persons and groups, in rounds: each as soon as what it goes with is placed.
    let mut pending: Vec<usize> = (0..n)
        .filter(|&i| drawn[i] && spots[i].is_none())
        .filter(|&i| matches!(want[i], Want::Person(_) | Want::Group))
        .collect();
    let late = (&want[..], &beside[..], corpus, diagonal);
    while !pending.is_empty() {
        let mut waiting = Vec::new();
        let mut progress = false;
        for &i in &pending {
            let ready = match want[i] {
                Want::Person(Some(s)) => spots[s].is_some(),
                Want::Group => beside[i].iter().all(|&m| !drawn[m] || spots[m].is_some()),
                _ => false,
            };
            if !ready {
                waiting.push(i);
                continue;
            }
            progress = true;
            errors.extend(place_late(i, late, &mut spots, &mut occupied).err());
        }
        if !progress {
            // Groups that are members of each other: the first goes with the members it
            // has placed.
            let Some(at) = waiting.iter().position(|&i| {
                matches!(want[i], Want::Group) && beside[i].iter().any(|&m| spots[m].is_some())
            }) else {
                break;
            };
            let i = waiting.remove(at);
            errors.extend(place_late(i, late, &mut spots, &mut occupied).err());
        }
        pending = waiting;
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(LayoutTable {
        width: w as i16,
        height: h as i16,
        spots: spots
            .into_iter()
            .map(|s| s.unwrap_or(Spot::ABSENT))
            .collect(),
    })
}

/// Places a person (at its state) or a group (beside the centroid of its placed members).
/// `late`: what each entity wants, what each group goes beside, the corpus, and the
/// frame's diagonal (how far a free spot may be searched for).
fn place_late(
    i: usize,
    (want, beside, corpus, diagonal): (&[Want], &[Vec<usize>], &Corpus, f64),
    spots: &mut [Option<Spot>],
    occupied: &mut Occupied,
) -> Result<(), MapError> {
    let e = &corpus.entities[i];
    match want[i] {
        Want::Person(Some(s)) => {
            if let Some(st) = spots[s] {
                spots[i] = Some(Spot {
                    how: Placed::WithState,
                    angle: 0,
                    ..st
                });
            }
            Ok(())
        }
        Want::Group => {
            let placed: Vec<Spot> = beside[i].iter().filter_map(|&m| spots[m]).collect();
            // Members on the map count; those at an edge only when no member is on it.
            let on_map = |s: &&Spot| s.how != Placed::Outside;
            let counted: Vec<&Spot> = if placed.iter().any(|s| on_map(&s)) {
                placed.iter().filter(on_map).collect()
            } else {
                placed.iter().collect()
            };
            let at: Vec<(i32, i32)> = counted
                .iter()
                .map(|s| (i32::from(s.x), i32::from(s.y)))
                .collect();
            let k = at.len().max(1) as f64;
            let cx = (at.iter().map(|p| f64::from(p.0)).sum::<f64>() / k).round() as i32;
            let cy = (at.iter().map(|p| f64::from(p.1)).sum::<f64>() / k).round() as i32;
            let (w, h) = (occupied.width, occupied.height);
            let in_frame = |p: (i32, i32)| (0..=w).contains(&p.0) && (0..=h).contains(&p.1);
            match nearest_free(occupied, (cx, cy), diagonal, in_frame) {
                Some(p) => {
                    occupied.take(p);
                    spots[i] = Some(Spot {
                        x: p.0 as i16,
                        y: p.1 as i16,
                        how: Placed::Group,
                        angle: 0,
                    });
                    Ok(())
                }
                None => Err(MapError {
                    entity: e.id.clone(),
                    problem: format!(
                        "no free spot {GEO_GAP} units from every other near ({cx}, {cy}): \
                         the map is too full"
                    ),
                }),
            }
        }
        _ => Ok(()),
    }
}

/// From when the "as of" slider draws each relation: its `from`, or for an undated tie
/// the date its earliest source was written by (its publication date, or the latest
/// date it reports in its events and ties).
pub fn relations_from(corpus: &Corpus) -> Vec<Option<Date>> {
    let mut reported: Vec<Vec<Date>> = vec![Vec::new(); corpus.documents.len()];
    for e in &corpus.events {
        for ev in &e.evidence {
            reported[ev.doc].extend(e.date.iter().chain(&e.end));
        }
    }
    for r in &corpus.relations {
        for ev in &r.evidence {
            reported[ev.doc].extend(r.from.iter().chain(&r.to));
        }
    }
    let written: Vec<Option<Date>> = corpus
        .documents
        .iter()
        .zip(&reported)
        .map(|(d, dates)| written_by(d.published, dates))
        .collect();
    corpus
        .relations
        .iter()
        .map(|r| {
            let sources: Vec<Option<Date>> = r.evidence.iter().map(|e| written[e.doc]).collect();
            attested_from(r.from, r.status == RelationStatus::Historical, &sources)
        })
        .collect()
}

/// For each entity, how many relations tie it to each other entity.
fn ties(corpus: &Corpus) -> Vec<BTreeMap<usize, u32>> {
    let mut ties = vec![BTreeMap::new(); corpus.entities.len()];
    for r in &corpus.relations {
        if r.source != r.target {
            *ties[r.source].entry(r.target).or_insert(0) += 1;
            *ties[r.target].entry(r.source).or_insert(0) += 1;
        }
    }
    ties
}

/// The state a person is drawn with (see the module's doc for the rule).
fn person_state(corpus: &Corpus, i: usize, ties: &[BTreeMap<usize, u32>]) -> Option<usize> {
    let ents = &corpus.entities;
    if let Some(s) = ents[i].leader_of {
        return Some(s);
    }
    let mut best: Option<(usize, u32)> = None;
    for (&j, &count) in &ties[i] {
        if ents[j].kind == EntityKind::State && best.is_none_or(|(_, c)| count > c) {
            best = Some((j, count));
        }
    }
    if let Some((j, _)) = best {
        return Some(j);
    }
    let [lon, lat] = ents[i].coords?;
    let here = Point::new(lon, lat);
    let mut nearest: Option<(usize, f64)> = None;
    for (j, e) in ents.iter().enumerate() {
        let (EntityKind::State, Some([slon, slat])) = (e.kind, e.coords) else {
            continue;
        };
        let km = Haversine.distance(here, Point::new(slon, slat)) / 1000.0;
        if km <= PERSON_NEAR_CAPITAL_KM && nearest.is_none_or(|(_, d)| km < d) {
            nearest = Some((j, km));
        }
    }
    nearest.map(|(j, _)| j)
}

/// The spots taken so far, in buckets of the gap's size.
struct Occupied {
    width: i32,
    height: i32,
    gap: i32,
    cols: i32,
    rows: i32,
    cells: Vec<Vec<(i32, i32)>>,
}

impl Occupied {
    fn new(width: i32, height: i32, gap: i32) -> Occupied {
        let gap = gap.max(1);
        let (cols, rows) = (width / gap + 1, height / gap + 1);
        Occupied {
            width,
            height,
            gap,
            cols,
            rows,
            cells: vec![Vec::new(); (cols * rows) as usize],
        }
    }

    fn cell(&self, p: (i32, i32)) -> (i32, i32) {
        (
            (p.0 / self.gap).clamp(0, self.cols - 1),
            (p.1 / self.gap).clamp(0, self.rows - 1),
        )
    }

    /// Whether nothing taken lies closer than the gap to `p` (a point in the frame).
    fn is_free(&self, p: (i32, i32)) -> bool {
        let (cx, cy) = self.cell(p);
        let gap2 = i64::from(self.gap) * i64::from(self.gap);
        for gy in (cy - 1).max(0)..=(cy + 1).min(self.rows - 1) {
            for gx in (cx - 1).max(0)..=(cx + 1).min(self.cols - 1) {
                for q in &self.cells[(gy * self.cols + gx) as usize] {
                    let (dx, dy) = (i64::from(q.0 - p.0), i64::from(q.1 - p.1));
                    if dx * dx + dy * dy < gap2 {
                        return false;
                    }
                }
            }
        }
        true
    }

    fn take(&mut self, p: (i32, i32)) {
        let (cx, cy) = self.cell(p);
        self.cells[(cy * self.cols + cx) as usize].push(p);
    }
}

/// `want` if it is free and `ok`, else the first free and `ok` point on rings of radius
/// `k · gap / 4` around it, `8k` points a ring from east clockwise, up to `max_radius`.
fn nearest_free(
    occupied: &Occupied,
    want: (i32, i32),
    max_radius: f64,
    ok: impl Fn((i32, i32)) -> bool,
) -> Option<(i32, i32)> {
    if ok(want) && occupied.is_free(want) {
        return Some(want);
    }
    let step = f64::from(occupied.gap) / 4.0;
    let (x, y) = (f64::from(want.0), f64::from(want.1));
    let mut k = 1u32;
    while step * f64::from(k) <= max_radius {
        let r = step * f64::from(k);
        let m = 8 * k;
        for a in 0..m {
            let t = std::f64::consts::TAU * f64::from(a) / f64::from(m);
            let p = (
                (x + r * t.cos()).round() as i32,
                (y + r * t.sin()).round() as i32,
            );
            if ok(p) && occupied.is_free(p) {
                return Some(p);
            }
        }
        k += 1;
    }
    None
}

/// `want` if it is free, else the nearest free point along its edge, in steps of a
/// quarter gap, south (or east) first; `lo..=hi` along a horizontal edge, `lo..=tall -
/// lo` along a vertical one.
fn slide_free(
    occupied: &Occupied,
    want: (i32, i32),
    slide: Slide,
    (lo, hi, tall): (i32, i32, i32),
) -> Option<(i32, i32)> {
    let (lo, hi) = match slide {
        Slide::Vertical => (lo, tall - lo),
        Slide::Horizontal => (lo, hi),
    };
    let step = f64::from(occupied.gap) / 4.0;
    let at = |d: i32| match slide {
        Slide::Vertical => (want.0, want.1 + d),
        Slide::Horizontal => (want.0 + d, want.1),
    };
    let along = |p: (i32, i32)| match slide {
        Slide::Vertical => p.1,
        Slide::Horizontal => p.0,
    };
    let mut j = 0u32;
    loop {
        let d = (step * f64::from(j)).round() as i32;
        let (a, b) = (at(d), at(-d));
        let (a_in, b_in) = ((lo..=hi).contains(&along(a)), (lo..=hi).contains(&along(b)));
        if !a_in && !b_in {
            return None;
        }
        if a_in && occupied.is_free(a) {
            return Some(a);
        }
        if b_in && occupied.is_free(b) {
            return Some(b);
        }
        j += 1;
    }
}

/// The network layout (see the module's doc for the rules).
pub fn net_layout(corpus: &Corpus) -> Result<LayoutTable, Vec<MapError>> {
    let n = corpus.entities.len();
    let mut endpoint = vec![false; n];
    for r in &corpus.relations {
        endpoint[r.source] = true;
        endpoint[r.target] = true;
    }
    let nodes: Vec<usize> = (0..n).filter(|&i| endpoint[i]).collect();
    let mut node_of = vec![usize::MAX; n];
    for (k, &i) in nodes.iter().enumerate() {
        node_of[i] = k;
    }
    let mut pairs: BTreeMap<(usize, usize), u32> = BTreeMap::new();
    for r in &corpus.relations {
        let (a, b) = (node_of[r.source], node_of[r.target]);
        if a != b {
            *pairs.entry((a.min(b), a.max(b))).or_insert(0) += 1;
        }
    }
    let edges: Vec<(usize, usize, f64)> = pairs
        .into_iter()
        .map(|((a, b), count)| (a, b, f64::from(count)))
        .collect();
    let grow = (nodes.len() as f64 / NET_BOX_NODES as f64).sqrt().max(1.0);
    let (w, h) = (
        (f64::from(NET_WIDTH) * grow).ceil() as i64,
        (f64::from(NET_HEIGHT) * grow).ceil() as i64,
    );
    if w > i64::from(i16::MAX) {
        return Err(vec![MapError {
            entity: String::new(),
            problem: format!(
                "{} actors in ties need a network box {w}×{h}, beyond the table's 16-bit \
                 coordinates",
                nodes.len()
            ),
        }]);
    }
    let (w, h) = (w as i32, h as i32);
    let xy = layout_network(nodes.len(), &edges, NET_SEED, w, h, NET_GAP);
    let mut spots = vec![Spot::ABSENT; n];
    for (&i, &(x, y)) in nodes.iter().zip(&xy) {
        spots[i] = Spot {
            x: x as i16,
            y: y as i16,
            how: Placed::Point,
            angle: 0,
        };
    }
    Ok(LayoutTable {
        width: w as i16,
        height: h as i16,
        spots,
    })
}

/// Rust source defining `pub static MAP: explorer_core::map::MapLayouts`, for
/// `include!` in the app (`src/data.rs`).
///
/// Each spot is one short call: `A` absent, `p(x,y)` a point, `g(x,y)` a group,
/// `w(x,y)` with its state, `o(x,y,angle)` outside; the helpers are `const fn`s local
/// to the static's initialiser, so the table is built at compile time and costs the
/// download its bytes only (8 per spot, before compression).
pub fn rust_source(t: &MapTables) -> String {
    let mut s = String::from(
        "// @generated by mapgen (build.rs) from the corpus; do not edit.\n\
         // One spot per entity, in EntityId order: A absent, p point, g group,\n\
         // w with its state, o outside (x, y, angle).\n\
         pub static MAP: ::explorer_core::map::MapLayouts = {\n\
         use ::explorer_core::map::{Layout, MapLayouts, Placed, Spot};\n\
         use ::explorer_core::Date;\n\
         #[allow(dead_code)]\n\
         const A: Spot = Spot::ABSENT;\n\
         #[allow(dead_code)]\n\
         const fn s(x: i16, y: i16, how: Placed, angle: i16) -> Spot {\n\
         Spot { x, y, how, angle }\n}\n\
         #[allow(dead_code)]\n\
         const fn p(x: i16, y: i16) -> Spot {\n s(x, y, Placed::Point, 0)\n}\n\
         #[allow(dead_code)]\n\
         const fn g(x: i16, y: i16) -> Spot {\n s(x, y, Placed::Group, 0)\n}\n\
         #[allow(dead_code)]\n\
         const fn w(x: i16, y: i16) -> Spot {\n s(x, y, Placed::WithState, 0)\n}\n\
         #[allow(dead_code)]\n\
         const fn o(x: i16, y: i16, angle: i16) -> Spot {\n s(x, y, Placed::Outside, angle)\n}\n\
         MapLayouts {\n",
    );
    for (name, l) in [("geo", &t.geo), ("net", &t.net)] {
        s += &format!(
            "{name}: Layout {{ width: {}, height: {}, spots: &[",
            l.width, l.height
        );
        for (k, spot) in l.spots.iter().enumerate() {
            if k % 12 == 0 {
                s.push('\n');
            }
            let (x, y) = (spot.x, spot.y);
            s += &match spot.how {
                Placed::Absent => "A".to_string(),
                Placed::Point => format!("p({x},{y})"),
                Placed::Group => format!("g({x},{y})"),
                Placed::WithState => format!("w({x},{y})"),
                Placed::Outside => format!("o({x},{y},{})", spot.angle),
            };
            s.push(',');
        }
        s += "\n] },\n";
    }
    s += "steps: &[";
    for d in &t.steps {
        s += &format!(
            "Date {{ year: {}, month: {}, day: {} }},",
            d.year, d.month, d.day
        );
    }
    s += "],\nticks: &";
    s += &format!("{:?}", t.ticks);
    s += ",\nfrom: &[";
    for d in &t.from {
        s += &match d {
            Some(d) => format!(
                "Some(Date {{ year: {}, month: {}, day: {} }}),",
                d.year, d.month, d.day
            ),
            None => "None,".to_string(),
        };
    }
    s += "],\n}\n};\n";
    s
}

//! Map: the actors and the ties that pass the filter, on the geographic map or as a
//! network (`layout`), as of a date (`asof`) or over all dates, with a legend whose
//! entries toggle the relation types, and the same ties as a table. Positions are baked
//! at build time (`data::map()`); the country outlines are a static file of the build
//! (`data/countries.svg`) that the browser loads, as an SVG image, when the map opens.
//!
//! What is drawn is derived in memos from the URL state (the ties in force, their
//! actors, the bends of parallel ties, the labels; all computed by
//! `explorer_core::map` and `labels`) and from the component's own viewport (zoom and
//! pan, not part of a link). Actors and ties are keyed, so an actor keeps its element,
//! and focus, as the map zooms, the date moves or the filter changes.

mod chart;
mod table;

use super::common::{pressed, CountLine, TableToggle};
use super::state::{use_app, AppState};
use super::strings;
use super::strings::Say;
use crate::data::{corpus, map};
use explorer_core::map::{
    busiest_first, edges, force, frame_box, gather, relation_ends, step_of, Edge, Force, Gathered,
    Layout, Placed, TieEnds, Viewport,
};
use explorer_core::url::MapView;
use explorer_core::{Date, EntityId, Facet, Kind, RelationId, RelationStatus, RelationType};
use leptos::prelude::*;

/// The share of tie ends the geographic framing holds: the cluster where most ties
/// meet fills the view (the network's framing holds them all).
const NEAR: f64 = 0.6;

/// The chart's width, in its own units, before it has one to measure (not yet drawn, or
/// in a hidden frame).
const UNMEASURED: i32 = 800;

/// The palette class of each relation type (`.k0`–`.k12`), kin types sharing a colour.
const TYPE_COLOUR: [u8; 20] = [
    0, 0, 1, 2, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10, 10, 11, 9, 12, 12, 5,
];

/// A drawn tie: the relation, the entity indices of the nodes at its two ends, and
/// whether it has ended by the date shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Tie {
    r: RelationId,
    a: u16,
    b: u16,
    ended: bool,
}

/// How an actor's node is drawn (its class).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Shape {
    State,
    Place,
    Org,
    Group,
    Outside,
}

impl Shape {
    fn class(self) -> &'static str {
        match self {
            Shape::State => "node state",
            Shape::Place => "node place",
            Shape::Org => "node org",
            Shape::Group => "node group",
            Shape::Outside => "node outside",
        }
    }
}

/// A drawn actor, as keyed in the chart: its entity index, its shape and, at the edge,
/// the angle of its arrow (both fixed by the layout).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct NodeKey {
    e: u16,
    shape: Shape,
    angle: i16,
}

/// The actors of the ties drawn: each node's key (in the entities' order, as drawn) and
/// what it gathers (its tie count, the persons drawn with it; in the order the ties
/// reach them) with its name, the node of each entity index, and the order in which
/// their labels are placed (the busiest first).
#[derive(Clone, Debug, Default, PartialEq)]
struct Graph {
    keys: Vec<NodeKey>,
    nodes: Vec<Gathered>,
    names: Vec<String>,
    slot: Vec<u16>,
    order: Vec<usize>,
}

/// What the map draws for the URL's filter, layout and date: the ties and their actors.
/// One memo, so that a change reaches the marks by as few paths as possible (Leptos
/// marks every path from a changed signal to each subscriber).
#[derive(Clone, Debug, Default, PartialEq)]
struct Drawn {
    net: bool,
    /// One edge per relation (`every=1`), not one per pair of actors.
    every: bool,
    /// The ties drawn, in the filter's order.
    ties: Vec<Tie>,
    /// Their actors.
    graph: Graph,
    /// The edges (one per pair, or one per tie); the chart draws them, and the actors
    /// (`graph.keys`), a few a frame, in the order they were first drawn
    /// (`step_toward`).
    marks: Vec<Edge>,
}

impl Graph {
    /// What is gathered at entity `e`'s node, if it has one.
    fn node(&self, e: u16) -> Option<&Gathered> {
        let i = *self.slot.get(usize::from(e))?;
        self.nodes.get(usize::from(i))
    }
}

/// What the map's parts share: the URL's layout and date, what they derive, and the
/// component's own state (the viewport, not part of a link).
#[derive(Clone, Copy)]
struct MapCtx {
    state: AppState,
    net: Memo<bool>,
    asof: Memo<Option<Date>>,
    drawn: Memo<Drawn>,
    /// The chart's width in its own units, as last measured (0: not yet).
    width: RwSignal<i32>,
    /// The box the view frames: around the actors the filter draws at any date, the far
    /// few left out (drawn at the chart's edge).
    frame: Memo<Frame>,
    /// The zoom and pan chosen (none: the framing), with the framing it was chosen in;
    /// kept while the framing and the chart's size stay.
    vp: RwSignal<Option<(Frame, Viewport)>>,
    /// The viewport drawn: the one chosen, if it is for this framing and width, else the
    /// framing: the box around the actors the filter draws at any date.
    view: Memo<Viewport>,
    /// The actors gliding to their places in the other layout.
    moving: RwSignal<bool>,
}

impl MapCtx {
    /// One step in (`1`), out (`-1`), or back to the framing (`0`).
    fn zoom(self, dir: i8) {
        let v = self.view.get_untracked();
        match dir {
            1 => self.set_view(v.zoom_in()),
            -1 => self.set_view(v.zoom_out()),
            _ => self.vp.set(None),
        }
    }

    /// The view zoomed or panned to `v`.
    fn set_view(self, v: Viewport) {
        self.vp.set(Some((self.frame.get_untracked(), v)));
    }

    /// Switches the layout: the actors first glide to their new places (unless the
    /// reader asks for reduced motion), and the view is the whole map again.
    fn set_layout(self, to: MapView) {
        if self.state.url.with_untracked(|u| u.layout == to) {
            return;
        }
        let still = window()
            .match_media("(prefers-reduced-motion: reduce)")
            .ok()
            .flatten()
            .is_some_and(|q| q.matches());
        if !still {
            self.moving.set(true);
            let moving = self.moving;
            gloo_timers::callback::Timeout::new(520, move || {
                moving.try_set(false);
            })
            .forget();
        }
        self.vp.set(None);
        self.state.update(false, |u| u.layout = to);
    }
}

fn layout(net: bool) -> &'static Layout {
    if net {
        &map().net
    } else {
        &map().geo
    }
}

/// The steps of the "as of" slider and of Play (baked at build time).
fn steps() -> &'static [Date] {
    map().steps
}

/// The ties drawn for what passes the filter, the date and the layout.
fn drawn_ties(relations: &[RelationId], asof: Option<Date>, l: &Layout) -> Vec<Tie> {
    let c = corpus();
    relations
        .iter()
        .filter_map(|&r| {
            let rel = c.relation(r);
            let from = map().from.get(r.index()).copied().flatten();
            let ended = match asof.map(|d| force(from, rel.to, d)) {
                Some(Force::NotYet) => return None,
                Some(Force::Ended) => true,
                _ => false,
            };
            let (a, b) = relation_ends(c, l, r)?;
            Some(Tie { r, a, b, ended })
        })
        .collect()
}

/// The actors at the ends of the ties.
fn graph_of(ties: &[Tie], l: &Layout) -> Graph {
    let c = corpus();
    let ends: Vec<[(u16, u16); 2]> = ties
        .iter()
        .map(|t| {
            let rel = c.relation(t.r);
            [(t.a, rel.source.0), (t.b, rel.target.0)]
        })
        .collect();
    let (nodes, slot) = gather(&ends, c.entity_ids().len());
    let key = |n: &Gathered| {
        let spot = l.spot(usize::from(n.at));
        let shape = match (spot.how, c.entity(EntityId(n.at)).kind) {
            (Placed::Outside, _) => Shape::Outside,
            (Placed::Group, _) => Shape::Group,
            (_, explorer_core::EntityKind::State | explorer_core::EntityKind::Person) => {
                Shape::State
            }
            (_, explorer_core::EntityKind::Place) => Shape::Place,
            _ => Shape::Org,
        };
        NodeKey {
            e: n.at,
            shape,
            angle: spot.angle,
        }
    };
    // In the entities' order (the chart keeps the order it drew them in).
    let keys = slot
        .iter()
        .filter_map(|&i| nodes.get(usize::from(i)))
        .map(key)
        .collect();
    let names = nodes.iter().map(|n| node_name(key(n), n)).collect();
    let counts: Vec<u16> = nodes.iter().map(|n| n.ties).collect();
    Graph {
        keys,
        nodes,
        names,
        slot,
        order: busiest_first(&counts),
    }
}

/// The edges of the ties: one per pair of actors, or one per tie (`every`).
fn edges_of(ties: &[Tie], every: bool) -> Vec<Edge> {
    let c = corpus();
    let ends: Vec<TieEnds> = ties
        .iter()
        .map(|t| {
            let rel = c.relation(t.r);
            TieEnds {
                id: t.r.0,
                a: t.a,
                b: t.b,
                kind: rel.kind as u8,
                status: rel.status as u8,
                ended: t.ended,
            }
        })
        .collect();
    edges(&ends, every)
}

/// A box of a layout: `(x0, y0, x1, y1)`.
type Frame = (i32, i32, i32, i32);

/// The box the map frames for the relations that pass the filter, at any date: around
/// their actors, weighed by their ties; on the map, around the cluster where most of
/// them meet (the far ones are drawn at the frame's edge, as those beyond the map's
/// edge are); with room for labels.
fn framing(relations: &[RelationId], net: bool) -> Frame {
    let (c, l) = (corpus(), layout(net));
    let (w, h) = (i32::from(l.width), i32::from(l.height));
    let points: Vec<(i32, i32)> = relations
        .iter()
        .filter_map(|&r| relation_ends(c, l, r))
        .flat_map(|(a, b)| [a, b])
        .map(|n| l.spot(usize::from(n)))
        .filter(|s| s.how != Placed::Outside)
        .map(|s| (i32::from(s.x), i32::from(s.y)))
        .collect();
    let share = if net { 1.0 } else { NEAR };
    frame_box(&points, share, w / 20, (w / 4, h / 4), (w, h)).unwrap_or((0, 0, w, h))
}

/// "North Korea, State, with Kim Jong Un, 12 relations".
fn node_name(k: NodeKey, n: &Gathered) -> String {
    let c = corpus();
    let ent = c.entity(EntityId(k.e));
    let mut name = [strings::name(EntityId(k.e)), ", ", ent.kind.say()].concat();
    for (i, &p) in n.with.iter().enumerate() {
        name.push_str(if i == 0 { strings::w().map_with } else { ", " });
        name.push_str(strings::name(EntityId(p)));
    }
    if k.shape == Shape::Outside {
        name.push_str(strings::w().map_outside);
    }
    name.push_str(", ");
    name.push_str(&strings::count(
        usize::from(n.ties),
        strings::Noun::Relation,
    ));
    name
}

/// The whole `#/map` view.
#[component]
pub fn AllianceMap() -> impl IntoView {
    let state = use_app();
    let net = Memo::new(move |_| state.url.with(|u| u.layout == MapView::Network));
    let asof = Memo::new(move |_| state.url.with(|u| u.asof));
    // The URL read once here, not through `net` and `asof`: each path from the URL to
    // the marks is one more walk over them when anything in the URL changes.
    let drawn = Memo::new(move |_| {
        let (net, asof, every) = state
            .url
            .with(|u| (u.layout == MapView::Network, u.asof, u.every));
        let l = layout(net);
        let ties = state
            .explore
            .with(|e| drawn_ties(&e.matches.relations, asof, l));
        let graph = graph_of(&ties, l);
        let marks = edges_of(&ties, every);
        Drawn {
            net,
            every,
            ties,
            graph,
            marks,
        }
    });
    // The framing follows the filter and the layout, not the date: Play does not move it.
    let frame = Memo::new(move |_| {
        let net = net.get();
        state.explore.with(|e| framing(&e.matches.relations, net))
    });
    let width = RwSignal::new(0);
    let vp = RwSignal::new(None::<(Frame, Viewport)>);
    let view = Memo::new(move |_| {
        let l = layout(net.get());
        let w = match width.get() {
            w if w > 0 => w,
            _ => UNMEASURED,
        };
        let (lw, lh) = (i32::from(l.width), i32::from(l.height));
        let f = frame.get();
        let (x0, y0, x1, y1) = f;
        // As tall as the box needs at this width, between 300 px and the whole layout's
        // height at this width (at most 5/8 of the width, so that it fits a screen).
        let most = (w * lh / lw.max(1)).min(w * 5 / 8).max(320);
        let h = (w * (y1 - y0) / (x1 - x0).max(1)).clamp(300.min(most), most);
        let whole = Viewport::new(lw, lh, w, h);
        vp.get()
            .filter(|(g, v)| *g == f && v.same_frame(&whole))
            .map_or_else(|| whole.framed(x0, y0, x1, y1), |(_, v)| v)
    });
    let m = MapCtx {
        state,
        net,
        asof,
        drawn,
        width,
        frame,
        vp,
        view,
        moving: RwSignal::new(false),
    };
    let table = state.ui.map_table;
    view! {
        <section aria-labelledby="map-h" class="map">
            <h2 id="map-h">{strings::w().map_heading}</h2>
            <CountLine/>
            <Tools m=m/>
            <AsOf m=m/>
            {move || {
                if table.get() {
                    view! {
                        <div id="map-table">
                            <table::TieTable m=m limit=true/>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <chart::Chart m=m/>
                        <table::PrintTable m=m/>
                    }
                    .into_any()
                }
            }}
            <Legend/>
        </section>
    }
}

/// The toolbar: the layouts, zoom, the table.
#[component]
fn Tools(m: MapCtx) -> impl IntoView {
    let state = m.state;
    let table = state.ui.map_table;
    view! {
        <div class="tl-tools" role="toolbar" aria-label=strings::w().map_tools>
            <button
                type="button"
                aria-pressed=move || pressed(!m.net.get())
                on:click=move |_| m.set_layout(MapView::Geo)
            >
                {strings::w().map_geo}
            </button>
            <button
                type="button"
                aria-pressed=move || pressed(m.net.get())
                on:click=move |_| m.set_layout(MapView::Network)
            >
                {strings::w().map_net}
            </button>
            <button type="button" aria-label=strings::w().zoom_in on:click=move |_| m.zoom(1)>
                "+"
            </button>
            <button type="button" aria-label=strings::w().zoom_out on:click=move |_| m.zoom(-1)>
                "−"
            </button>
            <button type="button" on:click=move |_| m.zoom(0)>
                {strings::w().zoom_reset}
            </button>
            <button
                type="button"
                aria-pressed=move || pressed(state.url.with(|u| u.every))
                on:click=move |_| state.update(false, |u| u.every = !u.every)
            >
                {strings::w().map_every}
            </button>
            <TableToggle on=table/>
        </div>
    }
}

/// Play's clock, for as long as the view is shown.
type Clock = StoredValue<Option<gloo_timers::callback::Interval>, LocalStorage>;

/// As of: a slider over the steps, its last position meaning every date (its ticks mark
/// the steps at which an event is dated); what is in force then; one step back or
/// forward, Play, every date.
#[component]
fn AsOf(m: MapCtx) -> impl IntoView {
    let state = m.state;
    let n = steps().len();
    let clock: Clock = StoredValue::new_local(None);
    let playing = RwSignal::new(false);
    on_cleanup(move || {
        clock.try_update_value(|c| c.take());
    });
    let stop = move || {
        if clock.try_update_value(|c| c.take()).flatten().is_some() {
            playing.set(false);
        }
    };
    // The slider to step `i` (one past the last: every date); Play stops.
    let set_step = move |i: usize| {
        stop();
        state.update(true, |u| u.asof = steps().get(i).copied());
    };
    let at = move || step_of(steps(), m.asof.get());
    let play = move || {
        if playing.get_untracked() {
            return stop();
        }
        if step_of(steps(), m.asof.get_untracked()) >= n {
            set_step(0);
        }
        let timer = gloo_timers::callback::Interval::new(800, move || {
            let i = step_of(steps(), m.asof.get_untracked()) + 1;
            if i >= n {
                stop();
            } else {
                state.update(true, |u| u.asof = steps().get(i).copied());
            }
        });
        clock.set_value(Some(timer));
        playing.set(true);
    };
    let line = move || {
        let asof = m.asof.get();
        m.drawn.with(|d| {
            let t = &d.ties;
            let ended = t.iter().filter(|t| t.ended).count();
            match asof {
                None => strings::w().all_dates.to_string(),
                Some(d) => (strings::w().asof_line)(&strings::date(d), t.len() - ended, ended),
            }
        })
    };
    view! {
        <div class="asof">
            <label for="asof">{strings::w().asof}</label>
            <input
                type="range"
                id="asof"
                min="0"
                step="1"
                list="asof-ticks"
                max=n
                prop:value=move || at().to_string()
                on:input=move |ev| set_step(event_target_value(&ev).parse().unwrap_or(n))
            />
            <datalist id="asof-ticks">
                {map().ticks.iter().map(|&i| view! { <option value=i></option> }).collect_view()}
            </datalist>
            <output id="asof-out" for="asof">
                {move || line()}
            </output>
            <button
                type="button"
                aria-label=strings::w().step_back
                on:click=move |_| set_step(at().saturating_sub(1))
            >
                "◀"
            </button>
            <button type="button" id="map-play" on:click=move |_| play()>
                {move || if playing.get() { strings::w().pause } else { strings::w().play }}
            </button>
            <button
                type="button"
                aria-label=strings::w().step_forward
                on:click=move |_| set_step((at() + 1).min(n))
            >
                "▶"
            </button>
            <button type="button" on:click=move |_| set_step(n)>
                {strings::w().all_dates}
            </button>
        </div>
    }
}

/// The legend: each relation type a toggle of the filter with its line and its count,
/// then what the line styles say.
#[component]
fn Legend() -> impl IntoView {
    view! {
        <div class="map-legend">
            <h3>{strings::w().map_legend}</h3>
            <ul class="legend-types">
                {RelationType::ALL.iter().map(|&t| view! { <LegendType t=t/> }).collect_view()}
            </ul>
            <ul class="legend-status">
                {RelationStatus::ALL
                    .iter()
                    .map(|&s| {
                        view! {
                            <li>
                                <span aria-hidden="true" class=["swatch s-", s.id()].concat()></span>
                                {s.say()}
                            </li>
                        }
                    })
                    .collect_view()}
                <li class="ended-key">{strings::w().map_ended}</li>
                <li class="ended-key">{strings::w().map_undated}</li>
            </ul>
        </div>
    }
}

/// One relation type in the legend: a toggle of its facet, and how many ties of it pass
/// the rest of the filter.
#[component]
fn LegendType(t: RelationType) -> impl IntoView {
    let state = use_app();
    let facet = Facet::Kind(Kind::Relation(t));
    let on = super::common::has_facet(facet);
    let n = move || state.explore.with(|e| e.counts.of(facet));
    view! {
        <li class=["row k", &TYPE_COLOUR[t as usize].to_string()].concat() class:zero=move || n() == 0>
            <button
                type="button"
                aria-pressed=move || pressed(on.get())
                on:click=move |_| state.toggle(facet)
            >
                <span class="swatch" aria-hidden="true"></span>
                {t.say()}
            </button>
            <span class="n">{move || n()}</span>
        </li>
    }
}

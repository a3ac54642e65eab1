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
use crate::data::{corpus, map};
use explorer_core::map::{
    bends, busiest_first, force, gather, keep_order, step_of, Force, Gathered, Layout, Placed,
    Viewport,
};
use explorer_core::url::MapView;
use explorer_core::{Date, EntityId, Facet, Kind, RelationId, RelationStatus, RelationType};
use leptos::prelude::*;

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
/// reach them) with its name, the node of each entity index, the order in which their
/// labels are placed (the busiest first), and how far each tie bends (in tie order).
#[derive(Clone, Debug, Default, PartialEq)]
struct Graph {
    keys: Vec<NodeKey>,
    nodes: Vec<Gathered>,
    names: Vec<String>,
    slot: Vec<u16>,
    order: Vec<usize>,
    bends: Vec<i8>,
}

/// What the map draws for the URL's filter, layout and date: the ties and their actors.
/// One memo, so that a change reaches the marks by as few paths as possible (Leptos
/// marks every path from a changed signal to each subscriber).
#[derive(Clone, Debug, Default, PartialEq)]
struct Drawn {
    net: bool,
    /// The ties drawn, in the filter's order.
    ties: Vec<Tie>,
    /// Their actors, and the bends of parallel ties.
    graph: Graph,
    /// The ties with their bends and the actors, each in the order they were first
    /// drawn, the new ones last (`keep_order`): the chart's keyed lists then only remove
    /// and append (Leptos's keyed diff moves in the page every element after one
    /// inserted before it; a moved actor loses focus).
    marks: Vec<(Tie, i8)>,
    actors: Vec<NodeKey>,
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
    /// The zoom and pan chosen (none: the whole map), kept while it fits the frame.
    vp: RwSignal<Option<Viewport>>,
    /// The viewport drawn: the one chosen, if it is for this layout and width, else the
    /// whole map fitted.
    view: Memo<Viewport>,
    /// The actors gliding to their places in the other layout.
    moving: RwSignal<bool>,
}

impl MapCtx {
    /// One step in (`1`), out (`-1`), or back to the whole map (`0`).
    fn zoom(self, dir: i8) {
        let v = self.view.get_untracked();
        self.vp.set(match dir {
            1 => Some(v.zoom_in()),
            -1 => Some(v.zoom_out()),
            _ => None,
        });
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

/// The node an entity is drawn at (its own index, or its state's for a person drawn
/// with it), if it is drawn in this layout.
fn anchor(e: EntityId, l: &Layout) -> Option<u16> {
    match l.spot(e.index()).how {
        Placed::Absent => None,
        Placed::WithState => corpus()
            .entity(e)
            .leader_of
            .filter(|st| l.spot(st.index()).is_drawn())
            .map(|st| st.0),
        _ => Some(e.0),
    }
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
            Some(Tie {
                r,
                a: anchor(rel.source, l)?,
                b: anchor(rel.target, l)?,
                ended,
            })
        })
        .collect()
}

/// The actors at the ends of the ties and the bends of parallel ties.
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
    let pairs: Vec<(u16, u16)> = ties.iter().map(|t| (t.a, t.b)).collect();
    let counts: Vec<u16> = nodes.iter().map(|n| n.ties).collect();
    Graph {
        keys,
        nodes,
        names,
        slot,
        order: busiest_first(&counts),
        bends: bends(&pairs),
    }
}

/// "North Korea, State, with Kim Jong Un, 12 relations".
fn node_name(k: NodeKey, n: &Gathered) -> String {
    let c = corpus();
    let ent = c.entity(EntityId(k.e));
    let mut name = [ent.name, ", ", ent.kind.label()].concat();
    for (i, &p) in n.with.iter().enumerate() {
        name.push_str(if i == 0 { strings::MAP_WITH } else { ", " });
        name.push_str(c.entity(EntityId(p)).name);
    }
    if k.shape == Shape::Outside {
        name.push_str(strings::MAP_OUTSIDE);
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
    let drawn = Memo::new(move |prev: Option<&Drawn>| {
        let (net, asof) = state.url.with(|u| (u.layout == MapView::Network, u.asof));
        let l = layout(net);
        let ties = state
            .explore
            .with(|e| drawn_ties(&e.matches.relations, asof, l));
        let graph = graph_of(&ties, l);
        let next: Vec<(Tie, i8)> = ties
            .iter()
            .copied()
            .zip(graph.bends.iter().copied())
            .collect();
        let n = corpus().relation_ids().len();
        let marks = keep_order(prev.map_or(&[], |p| &p.marks), &next, n, |t| t.0.r.index());
        let n = graph.slot.len();
        let actors = keep_order(prev.map_or(&[], |p| &p.actors), &graph.keys, n, |k| {
            usize::from(k.e)
        });
        Drawn {
            net,
            ties,
            graph,
            marks,
            actors,
        }
    });
    let width = RwSignal::new(0);
    let vp = RwSignal::new(None::<Viewport>);
    let view = Memo::new(move |_| {
        let l = layout(net.get());
        let w = match width.get() {
            w if w > 0 => w,
            _ => 800,
        };
        let (lw, lh) = (i32::from(l.width), i32::from(l.height));
        let fit = Viewport::new(lw, lh, w, (w * lh / lw.max(1)).max(320));
        vp.get().filter(|v| v.same_frame(&fit)).unwrap_or(fit)
    });
    let m = MapCtx {
        state,
        net,
        asof,
        drawn,
        width,
        vp,
        view,
        moving: RwSignal::new(false),
    };
    let table = state.ui.map_table;
    view! {
        <section aria-labelledby="map-h" class="map">
            <h2 id="map-h">{strings::MAP_HEADING}</h2>
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
        <div class="tl-tools" role="toolbar" aria-label=strings::MAP_TOOLS>
            <button
                type="button"
                aria-pressed=move || pressed(!m.net.get())
                on:click=move |_| m.set_layout(MapView::Geo)
            >
                {strings::MAP_GEO}
            </button>
            <button
                type="button"
                aria-pressed=move || pressed(m.net.get())
                on:click=move |_| m.set_layout(MapView::Network)
            >
                {strings::MAP_NET}
            </button>
            <button type="button" aria-label=strings::ZOOM_IN on:click=move |_| m.zoom(1)>
                "+"
            </button>
            <button type="button" aria-label=strings::ZOOM_OUT on:click=move |_| m.zoom(-1)>
                "−"
            </button>
            <button type="button" on:click=move |_| m.zoom(0)>
                {strings::ZOOM_RESET}
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
                None => strings::ALL_DATES.to_string(),
                Some(d) => strings::asof_line(&d.label(), t.len() - ended, ended),
            }
        })
    };
    view! {
        <div class="asof">
            <label for="asof">{strings::ASOF}</label>
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
                aria-label=strings::STEP_BACK
                on:click=move |_| set_step(at().saturating_sub(1))
            >
                "◀"
            </button>
            <button type="button" id="map-play" on:click=move |_| play()>
                {move || if playing.get() { strings::PAUSE } else { strings::PLAY }}
            </button>
            <button
                type="button"
                aria-label=strings::STEP_FORWARD
                on:click=move |_| set_step((at() + 1).min(n))
            >
                "▶"
            </button>
            <button type="button" on:click=move |_| set_step(n)>
                {strings::ALL_DATES}
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
            <h3>{strings::MAP_LEGEND}</h3>
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
                                {s.label()}
                            </li>
                        }
                    })
                    .collect_view()}
                <li class="ended-key">{strings::MAP_ENDED}</li>
                <li class="ended-key">{strings::MAP_UNDATED}</li>
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
                {t.label()}
            </button>
            <span class="n">{move || n()}</span>
        </li>
    }
}

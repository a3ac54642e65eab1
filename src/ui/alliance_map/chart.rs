//! The map's picture: the outlines, the ties (curved apart, coloured and dashed by type
//! and status, arrows for directed ones, ended ones faded) and the actors (each a
//! button with a 26 px target, its label placed where it overlaps nothing). Pointer,
//! wheel and keys zoom and pan the component's viewport; Tab reaches one actor (a
//! roving tabindex), the arrows go to the nearest actor that way, Enter opens it.

use super::{layout, MapCtx, NodeKey, Shape, TYPE_COLOUR, UNMEASURED};
use crate::data::corpus;
use crate::ui::common::{from_chart, to_chart};
use crate::ui::state::focus_element;
use crate::ui::strings;
use crate::ui::strings::Say;
use explorer_core::labels::{place_labels, LabelPoint, Rect};
use explorer_core::map::{
    curve, nearest, pin_to_edge, step_toward, Dir, Edge, Shown, Viewport, ZOOM_STEP,
};
use explorer_core::selection::Item;
use explorer_core::text::columns;
use explorer_core::{EntityId, RelationId, RelationStatus, RelationType};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Node radius, label height and the gap between parallel ties, in px.
const R: i32 = 6;
const LABEL_H: i32 = 14;
const SPREAD: i32 = 16;
/// Width of one character of a label (12 px system font).
const CHAR: i32 = 7;
/// How far a pointer moves before a press becomes a drag, in px.
const SLOP: i32 = 4;
/// How far an arrow key pans the map, in px.
const PAN: i32 = 60;
/// How far inside the chart's edge an actor beyond it is drawn, in px.
const INSET: i32 = 14;
/// How many edges and actors a frame adds (or draws again with a new value), and removes,
/// as the marks change: a frame's work stays small however many the filter adds, takes
/// away or changes (a mark costs about 0.1–0.2 ms to draw in a release build; the real
/// corpus's 22 actors and 39 pairs come in two frames; twice these took a 10× facet
/// toggle 31–35 ms of work, these 20–26).
const EDGE_STEP: (usize, usize) = (32, 128);
const ACTOR_STEP: (usize, usize) = (16, 64);

/// Where an actor is drawn: its point on screen, its label's offset from it, and its
/// name (what a mark of it needs, in one signal each: [`fan_out`]).
#[derive(Clone, Debug, Default, PartialEq)]
struct Place {
    x: i32,
    y: i32,
    label: Option<(i32, i32)>,
    name: String,
}

/// What the marks share: the map's context and element; where each drawn actor is
/// (indexed by entity), and the same per entity, so that a mark follows only its own
/// actors (a signal each, set only when that actor moved: see [`fan_out`]); the actor
/// Tab reaches, the one last focused and the one whose ties stand out (as selectors, so
/// that a change touches only the marks it concerns); and whether the actors are being
/// drawn again.
#[derive(Clone, Copy)]
struct Marks {
    m: MapCtx,
    chart: NodeRef<leptos::html::Div>,
    redraw: StoredValue<bool>,
    places: Memo<Vec<Place>>,
    place: StoredValue<Vec<RwSignal<Place>>>,
    tab: StoredValue<Selector<Option<u16>>>,
    focus: RwSignal<Option<u16>>,
    hl: RwSignal<Option<u16>>,
    lit: StoredValue<Selector<Option<u16>>>,
    /// Which edges (by relation) and actors (by entity) are on their way out, drawn
    /// hidden until a frame removes them (a signal each, as the places).
    edge_going: StoredValue<Vec<RwSignal<bool>>>,
    actor_going: StoredValue<Vec<RwSignal<bool>>>,
}

impl Marks {
    /// Entity `e`'s place, as it changes.
    fn place(&self, e: u16) -> RwSignal<Place> {
        self.place.with_value(|p| p[usize::from(e)])
    }

    /// Whether edge `r` (a relation's index) or actor `e` is on its way out.
    fn edge_gone(&self, r: u16) -> bool {
        self.edge_going
            .with_value(|g| g.get(usize::from(r)).is_some_and(|g| g.get()))
    }

    fn actor_gone(&self, e: u16) -> bool {
        self.actor_going
            .with_value(|g| g.get(usize::from(e)).is_some_and(|g| g.get()))
    }
}

/// `n` signals that follow `list` item by item (an item it lacks is the default), each
/// set only when its own item changed, by an effect that lives as long as the view (as
/// Leptos's `Selector` does for one boolean per key). A change then reaches only the
/// marks whose item changed. Read through a memo each, every mark would be checked again
/// on every change, once for each path from the address to the list: Leptos's reactive
/// graph marks what may have changed path by path, and the map's places depend on the
/// address by several (through the filter, the layout, the framing, the viewport).
fn fan_out<T>(n: usize, list: Memo<Vec<T>>) -> StoredValue<Vec<RwSignal<T>>>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let signals = StoredValue::new(
        (0..n)
            .map(|_| RwSignal::new(T::default()))
            .collect::<Vec<_>>(),
    );
    let effect = RenderEffect::new(move |_| {
        list.with(|items| {
            signals.with_value(|s| {
                for (i, sig) in s.iter().enumerate() {
                    let item = items.get(i);
                    if sig.with_untracked(|v| Some(v) != item) {
                        sig.set(item.cloned().unwrap_or_default());
                    }
                }
            });
        });
    });
    on_cleanup(move || drop(effect));
    signals
}

/// The pointers down on the map (id, x, y), the viewport a gesture started from with
/// its point and a pinch's first distance, and whether it has moved.
#[derive(Default)]
struct Gesture {
    down: Vec<(i32, i32, i32)>,
    start: Option<(Viewport, i32, i32, i32)>,
    moved: bool,
}

/// The outlines' address: the build's file, or what the page names in `<body
/// data-outlines>` (the single-file build's data: URL).
fn outlines() -> String {
    document()
        .body()
        .and_then(|b| b.get_attribute("data-outlines"))
        .unwrap_or_else(|| "data/countries.svg".to_string())
}

/// The chart, its outlines and its marks, and the line that says when the outlines
/// could not be loaded.
#[component]
pub(super) fn Chart(m: MapCtx) -> impl IntoView {
    let state = m.state;
    let el = NodeRef::<leptos::html::Div>::new();
    // The chart's width, measured at once when it is first drawn (the marks wait for it,
    // so that they are drawn once, at their width), then before the frame
    // after the window's width changes or the panel opens or closes (when the panel has
    // taken its place: measuring at once would lay out the page an extra time).
    Effect::new(move |drawn: Option<bool>| {
        let w = state.ui.width.get();
        state.sel.track();
        let Some(div) = el.get() else {
            return false;
        };
        // (The frame may come after the view has closed: `try_`.)
        // (A chart with no width, in a hidden frame, is drawn at the unmeasured width.)
        let measure = move || {
            let units = match to_chart(div.client_width(), w) {
                u if u > 0 => u,
                _ => UNMEASURED,
            };
            if m.width.try_get_untracked().is_some_and(|u| u != units) {
                m.width.set(units);
            }
        };
        if drawn == Some(true) {
            request_animation_frame(measure);
        } else {
            measure();
        }
        true
    });
    // Where the actors are drawn, and their labels, placed so that none overlaps
    // another or a node, the busiest first.
    let places = Memo::new(move |_| {
        let v = m.view.get();
        let (sw, sh) = v.screen();
        m.drawn.with(|d| {
            let (g, l) = (&d.graph, layout(d.net));
            let mut out = vec![Place::default(); g.slot.len()];
            // An actor beyond the map's edge, or outside the view, is drawn at the
            // chart's edge, where its ties lead.
            let mut at: Vec<(i32, i32)> = g
                .nodes
                .iter()
                .map(|n| {
                    let s = l.spot(usize::from(n.at));
                    v.to_screen(i32::from(s.x), i32::from(s.y))
                })
                .collect();
            pin_to_edge(&mut at, (INSET, INSET, sw - INSET, sh - INSET), 2 * INSET);
            let points: Vec<LabelPoint> = g
                .nodes
                .iter()
                .zip(at)
                .map(|(n, (x, y))| {
                    // A wide character (kana, kanji) takes two columns.
                    let name = strings::name(EntityId(n.at));
                    LabelPoint {
                        x,
                        y,
                        r: R + 1,
                        w: columns(name) as i32 * CHAR,
                        h: LABEL_H,
                    }
                })
                .collect();
            let bounds = Rect {
                x: 0,
                y: 0,
                w: sw,
                h: sh,
            };
            let placed = place_labels(&points, &g.order, bounds, 3);
            for (((pt, n), pl), name) in points.iter().zip(&g.nodes).zip(placed).zip(&g.names) {
                out[usize::from(n.at)] = Place {
                    x: pt.x,
                    y: pt.y,
                    label: pl.map(|pl| (pl.rect.x - pt.x, pl.rect.y - pt.y + LABEL_H - 3)),
                    name: name.clone(),
                };
            }
            out
        })
    });
    let place = fan_out(corpus().entity_ids().len(), places);
    let focus = RwSignal::new(None::<u16>);
    // Tab reaches the actor last focused, while it is drawn, else the first.
    let tab = move || {
        m.drawn.with(|d| {
            focus
                .get()
                .filter(|&e| d.graph.node(e).is_some())
                .or_else(|| d.graph.keys.first().map(|k| k.e))
        })
    };
    let hl = RwSignal::new(None);
    // The marks shown, a step closer to those drawn at each change and at each frame
    // after it until they arrive (the real corpus's in two); all at once while the page
    // is printed (the picture on paper is whole).
    let frame = RwSignal::new(0u32);
    let printing = m.state.ui.printing;
    let budget = move |step: (usize, usize)| {
        if printing.get() {
            (usize::MAX, usize::MAX)
        } else {
            step
        }
    };
    let edges = Memo::new(move |prev: Option<&Shown<(Edge, bool)>>| {
        frame.track();
        let measured = m.width.get() != 0;
        m.drawn.with(|dr| {
            let next: Vec<(Edge, bool)> = if measured {
                dr.marks.iter().map(|e| (e.clone(), dr.every)).collect()
            } else {
                Vec::new()
            };
            let n = corpus().relation_ids().len();
            let prev = prev.map_or(&[][..], |p| &p.items);
            step_toward(prev, &next, n, |e| usize::from(e.0.id), budget(EDGE_STEP))
        })
    });
    let actors = Memo::new(move |prev: Option<&Shown<NodeKey>>| {
        frame.track();
        let measured = m.width.get() != 0;
        m.drawn.with(|dr| {
            let next = if measured { &dr.graph.keys[..] } else { &[] };
            let n = corpus().entity_ids().len();
            let prev = prev.map_or(&[][..], |p| &p.items);
            step_toward(prev, next, n, |k| usize::from(k.e), budget(ACTOR_STEP))
        })
    });
    let busy = Memo::new(move |_| !edges.with(|s| s.done) || !actors.with(|s| s.done));
    // The next step at the next frame, until the marks have arrived (after each step:
    // the steps change what is shown, not always whether all has arrived).
    Effect::new(move |_| {
        let more = !edges.with(|s| s.done) | !actors.with(|s| s.done);
        if more {
            request_animation_frame(move || {
                frame.try_update(|f| *f = f.wrapping_add(1));
            });
        }
    });
    let edge_going = Memo::new(move |_| edges.with(|s| s.going.clone()));
    let actor_going = Memo::new(move |_| actors.with(|s| s.going.clone()));
    // A mark with focus that goes is hidden first, and a hidden element loses focus:
    // the map takes it, as it does when a mark with focus is removed (`keep_focus`).
    Effect::new(move |_| {
        edge_going.track();
        actor_going.track();
        let inside = document()
            .active_element()
            .and_then(|a| a.closest("#map-marks").ok().flatten())
            .is_some();
        if inside {
            request_animation_frame(move || {
                let lost = document().active_element().is_none_or(|a| {
                    document().body().is_some_and(|b| a == *b)
                        || a.closest(".gone").ok().flatten().is_some()
                });
                if let (true, Some(div)) = (lost, el.try_get_untracked().flatten()) {
                    let _ = div.focus();
                }
            });
        }
    });
    let d = Marks {
        m,
        chart: el,
        redraw: StoredValue::new(false),
        places,
        place,
        tab: StoredValue::new(Selector::new(tab)),
        focus,
        hl,
        lit: StoredValue::new(Selector::new(move || hl.get())),
        edge_going: fan_out(corpus().relation_ids().len(), edge_going),
        actor_going: fan_out(corpus().entity_ids().len(), actor_going),
    };
    let failed = RwSignal::new(false);
    let land = outlines();
    let geo = layout(false);
    let screen = move || m.view.with(|v| v.screen());
    let gesture = StoredValue::new(Gesture::default());
    // A point of the chart in its own units.
    let point = move |cx: i32, cy: i32| {
        let w = state.ui.width.get_untracked();
        el.get_untracked().map(|div| {
            let r = div.get_bounding_client_rect();
            (
                to_chart(cx - r.left() as i32, w),
                to_chart(cy - r.top() as i32, w),
            )
        })
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        let Some((x, y)) = point(ev.client_x(), ev.client_y()) else {
            return;
        };
        if ev.delta_y() == 0.0 {
            return;
        }
        ev.prevent_default();
        let f = if ev.delta_y() < 0.0 {
            ZOOM_STEP
        } else {
            1.0 / ZOOM_STEP
        };
        m.set_view(m.view.get_untracked().zoom(f, x, y));
    };
    let on_down = move |ev: web_sys::PointerEvent| {
        let (id, at) = (ev.pointer_id(), point(ev.client_x(), ev.client_y()));
        let (Some((x, y)), 0) = (at, ev.button()) else {
            return;
        };
        let vp = m.view.get_untracked();
        gesture.update_value(|g| {
            g.down.retain(|p| p.0 != id);
            g.down.push((id, x, y));
            g.start = Some((vp, x, y, 0));
            if g.down.len() == 1 {
                g.moved = false;
            }
        });
    };
    // Drag to pan (once past the slop, so a click stays a click), pinch with two
    // fingers to zoom.
    let on_move = move |ev: web_sys::PointerEvent| {
        let (id, at) = (ev.pointer_id(), point(ev.client_x(), ev.client_y()));
        let Some((x, y)) = at else {
            return;
        };
        let next = gesture
            .try_update_value(|g| {
                let (start, x0, y0, d0) = g.start?;
                let p = g.down.iter_mut().find(|p| p.0 == id)?;
                (p.1, p.2) = (x, y);
                if let [a, b] = g.down[..] {
                    let dist = ((a.1 - b.1).abs() + (a.2 - b.2).abs()).max(1);
                    if d0 == 0 {
                        g.start = Some((start, x0, y0, dist));
                        return None;
                    }
                    g.moved = true;
                    let f = f64::from(dist) / f64::from(d0);
                    Some(start.zoom(f, (a.1 + b.1) / 2, (a.2 + b.2) / 2))
                } else {
                    if !g.moved && (x - x0).abs() + (y - y0).abs() < SLOP {
                        return None;
                    }
                    g.moved = true;
                    Some(start.pan(x - x0, y - y0))
                }
            })
            .flatten();
        if let (Some(vp), Some(div)) = (next, el.get_untracked()) {
            let _ = div.set_pointer_capture(id);
            m.set_view(vp);
        }
    };
    let on_up = move |ev: web_sys::PointerEvent| {
        let id = ev.pointer_id();
        let vp = m.view.get_untracked();
        gesture.update_value(|g| {
            g.down.retain(|p| p.0 != id);
            // A finger left of a pinch drags on from where it is.
            g.start = g.down.first().map(|&(_, x, y)| (vp, x, y, 0));
        });
    };
    // `+` and `−` zoom (on the map and on an actor); the arrows pan when the map itself
    // has focus (an actor takes them first).
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.default_prevented() {
            return;
        }
        let pan = |dx: i32, dy: i32| m.set_view(m.view.get_untracked().pan(dx, dy));
        match ev.key().as_str() {
            "+" | "=" => m.zoom(1),
            "-" | "_" => m.zoom(-1),
            "ArrowLeft" => pan(PAN, 0),
            "ArrowRight" => pan(-PAN, 0),
            "ArrowUp" => pan(0, PAN),
            "ArrowDown" => pan(0, -PAN),
            _ => return,
        }
        ev.prevent_default();
    };
    view! {
        <div
            id="map-chart"
            class="map-chart"
            tabindex="0"
            aria-label=strings::w().map_chart
            role="group"
            node_ref=el
            on:wheel=on_wheel
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:keydown=on_key
        >
            <svg
                id="map-svg"
                class="map-svg"
                class:net=move || m.net.get()
                class:moving=move || m.moving.get()
                viewBox=move || {
                    let (w, h) = screen();
                    format!("0 0 {w} {h}")
                }
                height=move || from_chart(screen().1, state.ui.width.get())
            >
                // The arrowhead of a directed tie, in the tie's own colour.
                <defs>
                    <marker
                        id="arrow"
                        viewBox="0 0 10 10"
                        refX="8"
                        refY="5"
                        markerWidth="7"
                        markerHeight="7"
                        orient="auto"
                    >
                        <path d="M0 0L10 5L0 10z" fill="context-stroke"></path>
                    </marker>
                </defs>
                // The outlines in the geographic layout's units, scaled by the viewport
                // as a whole (integers only: the scale in thousandths).
                <g
                    id="map-land"
                    hidden=move || m.net.get()
                    transform=move || {
                        let (tx, ty, s) = m.view.with(|v| v.svg_transform());
                        format!("translate({tx} {ty}) scale({s}) scale(.001)")
                    }
                >
                    <image
                        aria-hidden="true"
                        width=geo.width
                        height=geo.height
                        href=land.clone()
                    ></image>
                </g>
                <g
                    id="map-marks"
                    class:focusing=move || d.hl.get().is_some()
                    aria-busy=move || busy.get().then_some("true")
                >
                    // Keyed by the edge and the mode: a pair of one tie is drawn again as
                    // that tie.
                    <For
                        each=move || edges.with(|s| s.items.clone())
                        key=|e| e.clone()
                        let((e, every))
                    >
                        <EdgeMark e=e every=every d=d/>
                    </For>
                    <g>
                        <For
                            each=move || {
                                d.redraw.set_value(true);
                                queue_microtask(move || {
                                    d.redraw.try_set_value(false);
                                });
                                actors.with(|s| s.items.clone())
                            }
                            key=|k| *k
                            let(k)
                        >
                            <Node k=k d=d/>
                        </For>
                    </g>
                </g>
            </svg>
            // An SVG image fires no error event in Chromium; the same file as a hidden
            // HTML image does (loaded once, from the cache).
            <img id="map-img" hidden alt="" src=land on:error=move |_| failed.set(true)/>
        </div>
        <p id="map-msg" class="map-msg" role="status">
            {move || if failed.get() { strings::w().map_failed } else { "" }}
        </p>
    }
}

/// "Russia → North Korea: Alliance, asserted, from June 2024".
fn tie_name(r: RelationId, ended: bool) -> String {
    let c = corpus();
    let rel = c.relation(r);
    let span = match (rel.from, rel.to) {
        (Some(a), None) => strings::since(a),
        (a, b) => strings::span(a, b),
    };
    [
        strings::name(rel.source),
        if rel.directed { " → " } else { " – " },
        strings::name(rel.target),
        ": ",
        rel.kind.say(),
        ", ",
        rel.status.say(),
        if span.is_empty() { "" } else { ", " },
        &span,
        if ended {
            strings::w().map_ended_name
        } else {
            ""
        },
    ]
    .concat()
}

/// What an edge stands for: one relation, or every relation between two actors.
fn edge_item(e: &Edge, every: bool) -> Item {
    if every {
        Item::Relation(RelationId(e.id))
    } else {
        Item::pair(EntityId(e.a), EntityId(e.b)).unwrap_or(Item::Actor(EntityId(e.a)))
    }
}

/// The element id of an edge: `edge-r5` (a relation), `edge-q3-9` (a pair).
fn edge_id(item: Item) -> String {
    ["edge-", &item.code()].concat()
}

/// "Russia – North Korea: 25 relations: 8 Alliance, …" (a pair), or the tie's name.
fn edge_name(e: &Edge, every: bool) -> String {
    if every {
        return tie_name(RelationId(e.id), e.ended);
    }
    let kinds: Vec<(&str, u16)> = e
        .kinds
        .iter()
        .filter_map(|&(k, n)| Some((RelationType::ALL.get(usize::from(k))?.say(), n)))
        .collect();
    (strings::w().pair_name)(
        strings::name(EntityId(e.a)),
        strings::name(EntityId(e.b)),
        usize::from(e.n),
        &kinds,
        e.ended,
    )
}

/// One edge, a button that opens its panel: a pair's (as wide as it has ties, with
/// their number at its middle, coloured by its most frequent type) or one tie's (bent
/// apart from its parallels, with an arrow when directed). It stands out while one of
/// its actors is hovered or focused; the arrows go on to its actor that way.
#[component]
fn EdgeMark(e: Edge, every: bool, d: Marks) -> impl IntoView {
    let item = edge_item(&e, every);
    let kind = RelationType::ALL
        .get(usize::from(e.dominant()))
        .copied()
        .unwrap_or(RelationType::ALL[0]);
    let status = e
        .status
        .and_then(|s| RelationStatus::ALL.get(usize::from(s)))
        .map_or("", |s| s.id());
    let width = match e.n {
        0 | 1 => "",
        2..=3 => " w2",
        4..=7 => " w3",
        8..=15 => " w4",
        _ => " w5",
    };
    let class = [
        "edge k",
        &TYPE_COLOUR[kind as usize].to_string(),
        if status.is_empty() { "" } else { " s-" },
        status,
        width,
        if e.ended { " ended" } else { "" },
    ]
    .concat();
    let name = edge_name(&e, every);
    let label = name.clone();
    let directed = every && corpus().relation(RelationId(e.id)).directed;
    let (a, b, bend, n, id) = (e.a, e.b, e.bend, e.n, e.id);
    let (pa, pb) = (d.place(a), d.place(b));
    let ends = move || (pa.with(|p| (p.x, p.y)), pb.with(|p| (p.x, p.y)));
    let state = d.m.state;
    // The arrows go to the actor at the end that lies that way; Enter and Space open it.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let Some(key) = mark_key(&ev) else {
            return;
        };
        ev.prevent_default();
        let MarkKey::Move(dir) = key else {
            return state.select_from(item, &ev);
        };
        let ((ax, ay), (bx, by)) = ends();
        let towards_b = match dir {
            Dir::Left => bx < ax,
            Dir::Right => bx > ax,
            Dir::Up => by < ay,
            Dir::Down => by > ay,
        };
        let to = if towards_b { b } else { a };
        d.focus.set(Some(to));
        if let Some(el) = document().get_element_by_id(&node_id(to)) {
            focus_element(el);
        }
    };
    view! {
        <path
            id=edge_id(item)
            class=class
            class:hl=move || d.lit.with_value(|l| l.selected(&Some(a)) || l.selected(&Some(b)))
            class:gone=move || d.edge_gone(id)
            marker-end=directed.then_some("url(#arrow)")
            d=move || {
                let (from, to) = ends();
                let k = curve(from, to, bend, SPREAD, R + 1, R + 3);
                format!("M{} {}Q{} {} {} {}", k.x0, k.y0, k.cx, k.cy, k.x1, k.y1)
            }
            role="button"
            tabindex="-1"
            aria-label=label
            on:click=move |ev| state.select_from(item, &ev)
            on:keydown=on_key
        >
            <title>{name}</title>
        </path>
        {(n > 1)
            .then(|| {
                view! {
                    <text
                        class="edge-n"
                        aria-hidden="true"
                        transform=move || {
                            let ((ax, ay), (bx, by)) = ends();
                            format!("translate({} {})", (ax + bx) / 2, (ay + by) / 2 + 4)
                        }
                    >
                        {n}
                    </text>
                }
            })}
    }
}

/// What a key does on a mark: move that way, or open the mark (Enter, Space).
enum MarkKey {
    Move(Dir),
    Open,
}

/// The key of a keydown on a mark, if a mark acts on it.
fn mark_key(ev: &web_sys::KeyboardEvent) -> Option<MarkKey> {
    Some(match ev.key().as_str() {
        "ArrowLeft" => MarkKey::Move(Dir::Left),
        "ArrowRight" => MarkKey::Move(Dir::Right),
        "ArrowUp" => MarkKey::Move(Dir::Up),
        "ArrowDown" => MarkKey::Move(Dir::Down),
        "Enter" | " " => MarkKey::Open,
        _ => return None,
    })
}

/// The element id of an actor's mark.
fn node_id(e: u16) -> String {
    ["node-", &e.to_string()].concat()
}

/// An actor lost focus as the actors were drawn again: moved among the others, it takes
/// focus back; gone, the map takes it.
fn keep_focus(ev: &web_sys::FocusEvent, chart: NodeRef<leptos::html::Div>) {
    let Some(el) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    // After the drawing, when the element is back in its new place.
    queue_microtask(move || {
        let lost = document()
            .active_element()
            .is_none_or(|a| document().body().is_some_and(|b| a == *b));
        if !lost {
            return;
        }
        if el.is_connected() {
            focus_element(el);
        } else if let Some(div) = chart.try_get_untracked().flatten() {
            let _ = div.focus();
        }
    });
}

/// One actor: its mark (a circle for a state or a person, a diamond for a place, a
/// square for an organisation at its seat, a dashed square for a group, an arrow at the
/// edge for one outside the frame) and its label where one fits; a button that opens
/// its panel.
#[component]
fn Node(k: NodeKey, d: Marks) -> impl IntoView {
    let (e, m) = (k.e, d.m);
    let state = m.state;
    let label = strings::name(EntityId(e));
    let place = d.place(e);
    let selected =
        move |s: StoredValue<Selector<Option<u16>>>| s.with_value(|s| s.selected(&Some(e)));
    // The arrows go to the nearest actor that way, Enter and Space open this one.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let Some(key) = mark_key(&ev) else {
            return;
        };
        ev.prevent_default();
        let MarkKey::Move(dir) = key else {
            return state.select_from(Item::Actor(EntityId(e)), &ev);
        };
        // The nearest actor tied to this one that way: its edge takes focus (the arrow
        // again goes on to the actor); with none that way, the nearest actor.
        let to = m.drawn.with_untracked(|drawn| {
            let g = &drawn.graph;
            let at = |n: u16| {
                d.places
                    .with_untracked(|p| p.get(usize::from(n)).map_or((0, 0), |p| (p.x, p.y)))
            };
            let here = at(e);
            let tied: Vec<(u16, Item)> = drawn
                .marks
                .iter()
                .filter_map(|x| {
                    let other = if x.a == e {
                        x.b
                    } else if x.b == e {
                        x.a
                    } else {
                        return None;
                    };
                    Some((other, edge_item(x, drawn.every)))
                })
                .collect();
            let mut points = vec![here];
            points.extend(tied.iter().map(|t| at(t.0)));
            if let Some(i) = nearest(&points, 0, dir) {
                return Some((edge_id(tied[i - 1].1), None));
            }
            let points: Vec<(i32, i32)> = g.nodes.iter().map(|n| at(n.at)).collect();
            let from = usize::from(*g.slot.get(usize::from(e))?);
            let to = g.nodes.get(nearest(&points, from, dir)?)?.at;
            Some((node_id(to), Some(to)))
        });
        if let Some((id, actor)) = to {
            if let Some(el) = document().get_element_by_id(&id) {
                if let Some(a) = actor {
                    d.focus.set(Some(a));
                }
                focus_element(el);
            }
        }
    };
    // A circle is a square with round corners.
    let (o, w, round) = match k.shape {
        Shape::State | Shape::Outside => (-R, 2 * R, R),
        Shape::Place => (-4, 8, 0),
        _ => (-R, 2 * R, 0),
    };
    view! {
        <g
            id=node_id(e)
            class=k.shape.class()
            class:gone=move || d.actor_gone(e)
            transform=move || place.with(|p| format!("translate({} {})", p.x, p.y))
            role="button"
            tabindex=move || if selected(d.tab) { "0" } else { "-1" }
            aria-label=move || place.with(|p| p.name.clone())
            on:click=move |ev| state.select_from(Item::Actor(EntityId(e)), &ev)
            on:keydown=on_key
            on:focus=move |_| {
                d.focus.set(Some(e));
                d.hl.set(Some(e));
            }
            on:blur=move |ev| {
                d.hl.set(None);
                if d.redraw.try_get_value().unwrap_or(false) {
                    keep_focus(&ev, d.chart);
                }
            }
            on:pointerenter=move |_| d.hl.set(Some(e))
            on:pointerleave=move |_| d.hl.set(None)
        >
            <title>{move || place.with(|p| p.name.clone())}</title>
            // The marker's target: a 26 px square, so a finger can hit it (WCAG 2.2
            // target size; in a dense cluster the topmost wins, and zooming parts them).
            <rect class="hit" x="-13" y="-13" width="26" height="26"></rect>
            <rect x=o y=o width=w height=w rx=round></rect>
            {(k.shape == Shape::Outside)
                .then(|| {
                    view! {
                        <path
                            class="arrow"
                            d="M9 -5L18 0L9 5z"
                            transform=format!("rotate({})", -k.angle)
                        ></path>
                    }
                })}
            {move || {
                place
                    .with(|p| p.label)
                    .map(|(x, y)| view! { <text class="label" x=x y=y>{label}</text> })
            }}
        </g>
    }
}

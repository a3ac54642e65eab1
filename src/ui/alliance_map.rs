//! Map: the actors and the ties that pass the filter, on the geographic map or as a
//! network (`layout`), as of a date (`asof`) or over all dates, with a legend whose
//! entries toggle the relation types, and the same ties as a table. Positions are baked
//! at build time (`data::map()`); the country outlines are a static file of the build
//! (`data/countries.svg`) that the browser loads, as an SVG image, when the map first
//! opens. This writes the SVG and turns pointer, wheel and keys into pan, zoom and
//! focus; the geometry is `explorer_core::map`.

use super::common;
use super::common::digits as num;
use super::dom::*;
use super::html::Html;
use super::state::{focus_element, AppState};
use super::strings;
use crate::data::{corpus, map};
use explorer_core::labels::{place_labels, LabelPoint, Rect};
use explorer_core::map::{
    bends, curve, force, nearest, Dir, Force, Layout, Placed, Viewport, ZOOM_STEP,
};
use explorer_core::selection::Item;
use explorer_core::url::MapView;
use explorer_core::{
    Date, EntityId, EntityKind, Facet, Kind, Matches, RelationId, RelationStatus, RelationType,
};
use reactive_graph::prelude::*;
use wasm_bindgen::JsCast;

/// Node radius, label height and the gap between parallel ties, in px.
const R: i32 = 6;
const LABEL_H: i32 = 14;
const SPREAD: i32 = 16;
/// Width of one character of a label (12 px system font).
const CHAR: i32 = 7;

/// The palette class of each relation type (`.k0`–`.k12`), kin types sharing a colour.
const TYPE_COLOUR: [u8; 20] = [
    0, 0, 1, 2, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10, 10, 11, 9, 12, 12, 5,
];

/// A drawn tie: the relation, its two node keys (entity indices), and whether it has
/// ended by the date shown.
type Tie = (RelationId, usize, usize, bool);

fn layout(net: bool) -> &'static Layout {
    if net {
        &map().net
    } else {
        &map().geo
    }
}

fn is_net(state: AppState) -> bool {
    state.url.with_untracked(|u| u.layout == MapView::Network)
}

/// The steps of the "as of" slider and of Play (baked at build time).
fn steps() -> &'static [Date] {
    map().steps
}

/// The slider's position for `asof`: its step, or one past the last for all dates.
fn step_of(asof: Option<Date>) -> usize {
    let s = steps();
    asof.map_or(s.len(), |d| {
        s.iter()
            .rposition(|x| x.first_day() <= d.first_day())
            .unwrap_or(0)
    })
}

fn button(h: &mut Html, tool: &str, label: &str, name: &str, pressed: &str) {
    h.el(
        "button",
        &[
            ("type", "button"),
            ("data-map", tool),
            (if name.is_empty() { "" } else { "aria-label" }, name),
            (
                if pressed.is_empty() {
                    ""
                } else {
                    "aria-pressed"
                },
                pressed,
            ),
        ],
        label,
    );
}

fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// The view's frame: heading, count, tools, the "as of" slider, the chart (or the
/// table), the legend; `draw` fills in the chart, `sync.rs` the legend's counts.
pub fn html(state: AppState) -> String {
    let net = is_net(state);
    let table = state.ui.with_untracked(|ui| ui.map_table);
    let mut h = Html::default();
    h.open("section", &[("aria-labelledby", "map-h"), ("class", "map")])
        .el("h2", &[("id", "map-h")], strings::MAP_HEADING)
        .counts()
        .open(
            "div",
            &[
                ("class", "tl-tools"),
                ("role", "toolbar"),
                ("aria-label", strings::MAP_TOOLS),
            ],
        );
    button(&mut h, "geo", strings::MAP_GEO, "", pressed(!net));
    button(&mut h, "net", strings::MAP_NET, "", pressed(net));
    button(&mut h, "in", "+", strings::ZOOM_IN, "");
    button(&mut h, "out", "−", strings::ZOOM_OUT, "");
    button(&mut h, "reset", strings::ZOOM_RESET, "", "");
    button(&mut h, "table", strings::TABLE, "", pressed(table));
    h.close("div");
    // As of: a slider over the steps, its last position meaning every date; its ticks
    // mark the steps at which an event is dated.
    h.open("div", &[("class", "asof")])
        .open("label", &[("for", "asof")])
        .text(strings::ASOF)
        .close("label");
    h.raw("<input type=\"range\" id=\"asof\" min=\"0\" step=\"1\" list=\"asof-ticks\" max=\"");
    h.num(steps().len() as i32);
    h.raw("\" value=\"");
    h.num(step_of(state.url.with_untracked(|u| u.asof)) as i32);
    h.raw("\"><datalist id=\"asof-ticks\">");
    for &i in map().ticks {
        h.raw("<option value=\"");
        h.num(i32::from(i));
        h.raw("\">");
    }
    h.close("datalist")
        .el("output", &[("id", "asof-out"), ("for", "asof")], "");
    button(&mut h, "prev", "◀", strings::STEP_BACK, "");
    h.el(
        "button",
        &[("type", "button"), ("data-map", "play"), ("id", "map-play")],
        strings::PLAY,
    );
    button(&mut h, "next", "▶", strings::STEP_FORWARD, "");
    button(&mut h, "all", strings::ALL_DATES, "", "");
    h.close("div");
    if table {
        h.el("div", &[("id", "map-table")], "");
    } else {
        let geo = layout(false);
        h.open(
            "div",
            &[
                ("id", "map-chart"),
                ("class", "map-chart"),
                ("tabindex", "0"),
                ("aria-label", strings::MAP_CHART),
                ("role", "group"),
            ],
        );
        // The outlines' address: the build's file, or what the page names in `<body
        // data-outlines>` (the single-file build's data: URL).
        let land = document()
            .body()
            .and_then(|b| b.get_attribute("data-outlines"));
        let land = land.as_deref().unwrap_or("data/countries.svg");
        // The arrowhead of a directed tie, in the tie's own colour; the outlines as an
        // image in the geographic layout's units, moved with it by `draw_now`.
        h.raw(
            "<svg id=\"map-svg\" class=\"map-svg\"><defs><marker id=\"arrow\" \
             viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"7\" \
             markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" \
             fill=\"context-stroke\"/></marker></defs><g id=\"map-land\">\
             <image aria-hidden=\"true\" width=\"",
        );
        h.num(i32::from(geo.width));
        h.raw("\" height=\"");
        h.num(i32::from(geo.height));
        h.raw("\"").attrs(&[("href", land)]);
        // An SVG image inserted as markup fires no load or error event in Chromium; the
        // same file as a hidden HTML image does (loaded once, from the cache).
        h.raw("</image></g><g id=\"map-marks\"></g></svg><img id=\"map-img\" hidden alt=\"\"")
            .attrs(&[("src", land)]);
        h.close("div").el(
            "p",
            &[("id", "map-msg"), ("class", "map-msg"), ("role", "status")],
            "",
        );
    }
    legend(&mut h);
    if !table {
        h.el("div", &[("id", "map-print"), ("class", "print-only")], "");
    }
    h.close("section");
    h.done()
}

/// The outlines could not be loaded: the message under the map says so.
pub fn land_failed() {
    if let Some(p) = document().get_element_by_id("map-msg") {
        p.set_text_content(Some(strings::MAP_FAILED));
    }
}

/// The legend: each relation type a toggle of the filter with its line and its count
/// (kept by `sync.rs`), then what the line styles say.
fn legend(h: &mut Html) {
    h.open("div", &[("class", "map-legend")])
        .el("h3", &[], strings::MAP_LEGEND)
        .open("ul", &[("class", "legend-types")]);
    for &t in RelationType::ALL {
        h.raw("<li class=\"row k");
        h.num(i32::from(TYPE_COLOUR[t as usize]));
        h.raw("\">");
        h.open(
            "button",
            &[
                ("type", "button"),
                ("data-facet", &Facet::Kind(Kind::Relation(t)).code()),
                ("aria-pressed", "false"),
            ],
        )
        .el("span", &[("class", "swatch"), ("aria-hidden", "true")], "")
        .text(t.label())
        .close("button")
        .el("span", &[("class", "n")], "")
        .close("li");
    }
    h.close("ul").open("ul", &[("class", "legend-status")]);
    for &s in RelationStatus::ALL {
        h.raw("<li><span aria-hidden=\"true\" class=\"swatch s-");
        h.raw(s.id());
        h.raw("\"></span>");
        h.text(s.label()).close("li");
    }
    h.el("li", &[("class", "ended-key")], strings::MAP_ENDED)
        .el("li", &[("class", "ended-key")], strings::MAP_UNDATED)
        .close("ul")
        .close("div");
}

/// The node an entity is drawn at (its own index, or its state's for a person drawn
/// with it), if it is drawn in this layout.
fn anchor(e: EntityId, l: &Layout) -> Option<usize> {
    match l.spot(e.index()).how {
        Placed::Absent => None,
        Placed::WithState => corpus()
            .entity(e)
            .leader_of
            .filter(|st| l.spot(st.index()).is_drawn())
            .map(|st| st.index()),
        _ => Some(e.index()),
    }
}

/// The ties drawn for the filter and the date.
fn drawn_ties(m: &Matches, asof: Option<Date>, l: &Layout) -> Vec<Tie> {
    let c = corpus();
    m.relations
        .iter()
        .filter_map(|&r| {
            let rel = c.relation(r);
            let from = map().from.get(r.index()).copied().flatten();
            let ended = match asof.map(|d| force(from, rel.to, d)) {
                Some(Force::NotYet) => return None,
                Some(Force::Ended) => true,
                _ => false,
            };
            Some((r, anchor(rel.source, l)?, anchor(rel.target, l)?, ended))
        })
        .collect()
}

/// The viewport for the layout and the chart's size: the one zoomed and panned to, if
/// it was for this size, else the whole map fitted.
fn viewport(state: AppState, net: bool) -> Viewport {
    let l = layout(net);
    let w = document()
        .get_element_by_id("map-chart")
        .map_or(0, |e| common::to_chart(e.client_width()));
    let w = if w > 0 { w } else { 800 };
    let (lw, lh) = (i32::from(l.width), i32::from(l.height));
    let fit = Viewport::new(lw, lh, w, (w * lh / lw.max(1)).max(320));
    state
        .with_map(|m| m.vp)
        .filter(|v| v.same_frame(&fit))
        .unwrap_or(fit)
}

/// Draws the chart (or the table) for the filter, the date and the layout; the effect
/// in `app.rs` calls it when any of them changes. Switching between the layouts, the
/// actors first glide to their new places (unless the reader asks for reduced motion),
/// then everything is drawn there.
pub fn draw(state: AppState, m: &Matches) {
    let net = is_net(state);
    let svg = document().get_element_by_id("map-svg");
    let moving = svg.as_ref().is_some_and(|s| {
        s.class_list().contains("net") != net
            && !window()
                .match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
                .is_some_and(|q| q.matches())
    });
    let nodes = document().query_selector_all("#map-marks .node").ok();
    let (Some(svg), Some(nodes), true) = (svg, nodes, moving) else {
        return draw_now(state, m);
    };
    let (l, vp) = (layout(net), viewport(state, net));
    let _ = svg.class_list().add_1("moving");
    for i in 0..nodes.length() {
        let Some(g) = nodes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let to =
            g.get_attribute("data-sel")
                .and_then(|code| match Item::from_code(&code, corpus()) {
                    Some(Item::Actor(e)) => anchor(e, l),
                    _ => None,
                });
        match to {
            Some(k) => {
                let s = l.spot(k);
                let (x, y) = vp.to_screen(i32::from(s.x), i32::from(s.y));
                let mut t = Html::default();
                t.raw("translate(");
                t.num(x).raw(" ");
                t.num(y).raw(")");
                // A changed transform attribute glides by the stylesheet's transition.
                let _ = g.set_attribute("transform", &t.done());
            }
            None => {
                let _ = g.set_attribute("hidden", "");
            }
        }
    }
    gloo_timers::callback::Timeout::new(520, move || {
        if let Some(svg) = document().get_element_by_id("map-svg") {
            let _ = svg.class_list().remove_1("moving");
        }
        if let Some(e) = state.explored() {
            draw_now(state, &e.matches);
        }
    })
    .forget();
}

/// One drawn actor: its entity, its point on screen, how many ties it has, and the
/// persons drawn with it.
struct Node {
    e: usize,
    x: i32,
    y: i32,
    ties: u16,
    with: Vec<EntityId>,
}

fn draw_now(state: AppState, m: &Matches) {
    let (asof, net) = state
        .url
        .with_untracked(|u| (u.asof, u.layout == MapView::Network));
    let l = layout(net);
    let ties = drawn_ties(m, asof, l);
    asof_line(asof, &ties);
    let sort = state.ui.with_untracked(|ui| ui.map_sort);
    if let Some(t) = document().get_element_by_id("map-table") {
        t.set_inner_html(&table(&ties, sort));
        return;
    }
    // On paper, the ties drawn as a table under the picture.
    if let Some(t) = document().get_element_by_id("map-print") {
        t.set_inner_html(&table(&ties, sort));
    }
    let (Some(svg), Some(marks)) = (
        document().get_element_by_id("map-svg"),
        document().get_element_by_id("map-marks"),
    ) else {
        return;
    };
    let c = corpus();
    let vp = viewport(state, net);
    let (sw, sh) = vp.screen();
    let mut h = Html::default();
    h.raw("0 0 ");
    h.num(sw).raw(" ");
    h.num(sh);
    let _ = svg.set_attribute("viewBox", &h.done());
    let mut h = Html::default();
    h.num(common::from_chart(sh));
    let _ = svg.set_attribute("height", &h.done());
    let _ = svg.class_list().toggle_with_force("net", net);
    for (sel, on) in [("[data-map=geo]", !net), ("[data-map=net]", net)] {
        if let Some(b) = document().query_selector(sel).ok().flatten() {
            let _ = b.set_attribute("aria-pressed", pressed(on));
        }
    }
    // The outlines, scaled by the viewport as a whole (integers only: the scale in
    // thousandths, then a thousandth).
    if let Some(g) = document().get_element_by_id("map-land") {
        let (tx, ty, s) = vp.svg_transform();
        let mut h = Html::default();
        h.raw("translate(");
        h.num(tx).raw(" ");
        h.num(ty).raw(") scale(");
        h.num(s).raw(") scale(.001)");
        let _ = g.set_attribute("transform", &h.done());
        let _ = g.toggle_attribute_with_force("hidden", net);
    }
    // The nodes: every actor at an end of a drawn tie.
    let mut nodes: Vec<Node> = Vec::new();
    let mut key_of = vec![usize::MAX; c.entity_ids().len()];
    for &(r, a, b, _) in &ties {
        let rel = c.relation(r);
        for (k, e) in [(a, rel.source), (b, rel.target)] {
            if key_of[k] == usize::MAX {
                let s = l.spot(k);
                let (x, y) = vp.to_screen(i32::from(s.x), i32::from(s.y));
                key_of[k] = nodes.len();
                nodes.push(Node {
                    e: k,
                    x,
                    y,
                    ties: 0,
                    with: Vec::new(),
                });
            }
            let n = &mut nodes[key_of[k]];
            n.ties += 1;
            if e.index() != k && !n.with.contains(&e) {
                n.with.push(e);
            }
        }
    }
    // The ties, under the nodes; parallel ones curve apart.
    let pairs: Vec<(u16, u16)> = ties
        .iter()
        .map(|&(_, a, b, _)| (a as u16, b as u16))
        .collect();
    let bend = bends(&pairs);
    let mut h = Html::default();
    for (i, &(r, a, b, ended)) in ties.iter().enumerate() {
        let rel = c.relation(r);
        let (na, nb) = (&nodes[key_of[a]], &nodes[key_of[b]]);
        let k = curve((na.x, na.y), (nb.x, nb.y), bend[i], SPREAD, R + 1, R + 3);
        h.raw("<path class=\"edge k");
        h.num(i32::from(TYPE_COLOUR[rel.kind as usize]));
        h.raw(" s-");
        h.raw(rel.status.id());
        if ended {
            h.raw(" ended");
        }
        if rel.directed {
            h.raw("\" marker-end=\"url(#arrow)");
        }
        h.raw("\" d=\"M");
        for (j, v) in [k.x0, k.y0, k.cx, k.cy, k.x1, k.y1].into_iter().enumerate() {
            h.raw(["", " ", "Q", " ", " ", " "][j]);
            h.num(v);
        }
        h.raw("\" data-ends=\"");
        h.num(key_of[a] as i32).raw(" ");
        h.num(key_of[b] as i32).raw("\"");
        let name = tie_name(r, ended);
        h.attrs(&[
            ("data-sel", &Item::Relation(r).code()),
            ("role", "button"),
            ("aria-label", &name),
        ]);
        h.el("title", &[], &name).close("path");
    }
    // The nodes and their labels, placed so that none overlaps another or a node.
    let points: Vec<LabelPoint> = nodes
        .iter()
        .map(|n| LabelPoint {
            x: n.x,
            y: n.y,
            r: R + 1,
            w: c.entity(EntityId(n.e as u16)).name.chars().count() as i32 * CHAR,
            h: LABEL_H,
        })
        .collect();
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    explorer_core::small_sort::sort_by_key(&mut order, |&i| u16::MAX - nodes[i].ties);
    let labels = place_labels(
        &points,
        &order,
        Rect {
            x: 0,
            y: 0,
            w: sw,
            h: sh,
        },
        3,
    );
    let focus = state.with_map(|m| m.focus);
    let focus_key = nodes.iter().position(|n| n.e == focus).unwrap_or(0);
    for (i, n) in nodes.iter().enumerate() {
        node(&mut h, n, l, i, i == focus_key, labels[i].map(|p| p.rect));
    }
    marks.set_inner_html(&h.done());
    state.update_map(|m| m.points = nodes.iter().map(|n| (n.x, n.y)).collect());
}

/// One actor: its mark (a circle for a state or a person, a diamond for a place, a
/// square for an organisation at its seat, a dashed square for a group, an arrow at the
/// edge for one outside the frame) and its label where one fits; a button that opens
/// its panel.
fn node(h: &mut Html, n: &Node, l: &Layout, key: usize, tab: bool, label: Option<Rect>) {
    let c = corpus();
    let e = EntityId(n.e as u16);
    let ent = c.entity(e);
    let spot = l.spot(n.e);
    let mut name = [ent.name, ", ", ent.kind.label()].concat();
    for (i, &p) in n.with.iter().enumerate() {
        name.push_str(if i == 0 { strings::MAP_WITH } else { ", " });
        name.push_str(c.entity(p).name);
    }
    if spot.how == Placed::Outside {
        name.push_str(strings::MAP_OUTSIDE);
    }
    name.push_str(", ");
    name.push_str(&strings::count(
        usize::from(n.ties),
        strings::Noun::Relation,
    ));
    let class = match (spot.how, ent.kind) {
        (Placed::Outside, _) => "outside",
        (Placed::Group, _) => "group",
        (_, EntityKind::State | EntityKind::Person) => "state",
        (_, EntityKind::Place) => "place",
        _ => "org",
    };
    h.raw("<g class=\"node ");
    h.raw(class);
    h.raw("\" transform=\"translate(");
    h.num(n.x).raw(" ");
    h.num(n.y).raw(")\" data-node=\"");
    h.num(key as i32).raw("\"");
    h.attrs(&[
        ("data-sel", &Item::Actor(e).code()),
        ("role", "button"),
        ("tabindex", if tab { "0" } else { "-1" }),
        ("aria-label", &name),
    ])
    .el("title", &[], &name);
    // The marker's target: a 26 px square, so a finger can hit it (WCAG 2.2 target size;
    // in a dense cluster the topmost wins, and zooming parts them).
    h.raw("<rect class=\"hit\" x=\"-13\" y=\"-13\" width=\"26\" height=\"26\"/>");
    match class {
        "place" => h.shape(
            "rect",
            "",
            &[("x", -4), ("y", -4), ("width", 8), ("height", 8)],
        ),
        "org" | "group" => h.shape(
            "rect",
            "",
            &[("x", -R), ("y", -R), ("width", 2 * R), ("height", 2 * R)],
        ),
        _ => h.shape("circle", "", &[("r", R)]),
    };
    if spot.how == Placed::Outside {
        h.raw("<path class=\"arrow\" d=\"M9 -5L18 0L9 5z\" transform=\"rotate(");
        h.num(-i32::from(spot.angle)).raw(")\"/>");
    }
    if let Some(r) = label {
        h.svg_text("label", r.x - n.x, r.y - n.y + LABEL_H - 3, ent.name);
    }
    h.close("g");
}

/// "Russia → North Korea: Alliance, asserted, from June 2024".
fn tie_name(r: RelationId, ended: bool) -> String {
    let c = corpus();
    let rel = c.relation(r);
    let span = match (rel.from, rel.to) {
        (Some(a), None) => strings::since(a),
        (a, b) => strings::span(a, b),
    };
    let mut s = [
        c.entity(rel.source).name,
        if rel.directed { " → " } else { " – " },
        c.entity(rel.target).name,
        ": ",
        rel.kind.label(),
        ", ",
        rel.status.label(),
        if span.is_empty() { "" } else { ", " },
        &span,
    ]
    .concat();
    if ended {
        s.push_str(strings::MAP_ENDED_NAME);
    }
    s
}

/// The line beside the slider (the date and how many of the ties drawn are in force),
/// and the slider at the date's step.
fn asof_line(asof: Option<Date>, ties: &[Tie]) {
    let ended = ties.iter().filter(|t| t.3).count();
    let text = match asof {
        None => strings::ALL_DATES.to_string(),
        Some(d) => strings::asof_line(&d.label(), ties.len() - ended, ended),
    };
    if let Some(o) = document().get_element_by_id("asof-out") {
        o.set_text_content(Some(&text));
    }
    if let Some(s) = document()
        .get_element_by_id("asof")
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let mut v = Html::default();
        v.num(step_of(asof) as i32);
        s.set_value(&v.done());
    }
}

/// The ties drawn, as a table sortable by each column (7: the corpus's order).
fn table(ties: &[Tie], sort: u8) -> String {
    let c = corpus();
    let cell = |r: RelationId, col: u8| -> String {
        let rel = c.relation(r);
        match col {
            0 => c.entity(rel.source).name.to_string(),
            1 => rel.kind.label().to_string(),
            2 => c.entity(rel.target).name.to_string(),
            3 => rel.status.label().to_string(),
            4 => rel.from.map(|d| d.label()).unwrap_or_default(),
            5 => rel.to.map(|d| d.label()).unwrap_or_default(),
            _ => {
                let mut docs: Vec<&str> =
                    rel.evidence.iter().map(|e| c.document(e.doc).id).collect();
                docs.dedup();
                docs.join(", ")
            }
        }
    };
    let mut rows: Vec<RelationId> = ties.iter().map(|t| t.0).collect();
    match sort {
        4 | 5 => explorer_core::small_sort::sort_by_key(&mut rows, |&r| {
            let rel = c.relation(r);
            let d = if sort == 4 { rel.from } else { rel.to };
            d.map_or(i32::MAX, |d| d.first_day())
        }),
        0..=3 | 6 => explorer_core::small_sort::sort_by(&mut rows, |&a, &b| {
            cell(a, sort).cmp(&cell(b, sort))
        }),
        _ => {}
    }
    let mut h = Html::default();
    h.table_head(
        strings::MAP_TABLE_CAPTION,
        &strings::MAP_COLUMNS,
        7,
        sort,
        "map-sort",
    );
    for r in rows {
        h.open("tr", &[]);
        for col in 0..7u8 {
            h.open("td", &[]);
            if col == 1 {
                h.el(
                    "button",
                    &[
                        ("type", "button"),
                        ("class", "link"),
                        ("data-sel", &Item::Relation(r).code()),
                    ],
                    &cell(r, col),
                );
            } else {
                h.text(&cell(r, col));
            }
            h.close("td");
        }
        h.close("tr");
    }
    h.close("tbody").close("table");
    h.done()
}

/// A new zoom and pan (none: the whole map), drawn at once.
fn set_vp(state: AppState, vp: Option<Viewport>) {
    state.update_map(|m| m.vp = vp);
    state.set_ui(|ui| ui.map_rev = ui.map_rev.wrapping_add(1));
}

/// The toolbar and the slider's buttons.
pub fn on_tool(state: AppState, tool: &str) {
    let vp = viewport(state, is_net(state));
    let n = steps().len();
    let i = step_of(state.url.with_untracked(|u| u.asof));
    match tool {
        "geo" | "net" => {
            state.update_map(|m| m.vp = None);
            state.update(false, |u| {
                u.layout = if tool == "net" {
                    MapView::Network
                } else {
                    MapView::Geo
                }
            });
        }
        "in" => set_vp(state, Some(vp.zoom_in())),
        "out" => set_vp(state, Some(vp.zoom_out())),
        "reset" => set_vp(state, None),
        "table" => state.set_ui(|ui| ui.map_table = !ui.map_table),
        "prev" => set_step(state, i.saturating_sub(1)),
        "next" => set_step(state, (i + 1).min(n)),
        "all" => set_step(state, n),
        "play" => {
            if state.with_map(|m| m.play.is_some()) {
                stop(state);
            } else {
                play(state);
            }
        }
        _ => {}
    }
}

/// The slider to step `i` (one past the last: every date); Play stops.
fn set_step(state: AppState, i: usize) {
    stop(state);
    state.update(true, |u| u.asof = steps().get(i).copied());
}

/// Play: one step every 0.8 s from the slider's position (from the start when it shows
/// every date) to the last step, then stops.
fn play(state: AppState) {
    let n = steps().len();
    if step_of(state.url.with_untracked(|u| u.asof)) >= n {
        set_step(state, 0);
    }
    let timer = gloo_timers::callback::Interval::new(800, move || {
        let i = step_of(state.url.with_untracked(|u| u.asof)) + 1;
        if i >= n {
            stop(state);
        } else {
            state.update(true, |u| u.asof = steps().get(i).copied());
        }
    });
    state.update_map(|m| m.play = Some(timer));
    play_label(strings::PAUSE);
}

/// Stops Play (dropping the timer cancels it).
pub fn stop(state: AppState) {
    if state.update_map(|m| m.play.take()).flatten().is_some() {
        play_label(strings::PLAY);
    }
}

fn play_label(label: &str) {
    if let Some(b) = document().get_element_by_id("map-play") {
        b.set_text_content(Some(label));
    }
}

/// The slider moved.
pub fn on_slider(state: AppState, value: &str) {
    set_step(state, num(value));
}

/// A column of the table was chosen to sort by.
pub fn on_sort(state: AppState, col: &str) {
    state.set_ui(|ui| ui.map_sort = num(col) as u8);
}

/// The chart and the point (`cx`, `cy`) in it, when `target` is inside the chart.
fn in_chart(target: Option<web_sys::EventTarget>, cx: i32, cy: i32) -> Option<(i32, i32)> {
    let el = target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("#map-chart")
        .ok()??;
    let r = el.get_bounding_client_rect();
    Some((
        common::to_chart(cx - r.left() as i32),
        common::to_chart(cy - r.top() as i32),
    ))
}

/// The wheel over the map zooms at the pointer.
pub fn on_wheel(state: AppState, ev: &web_sys::WheelEvent) {
    let Some((x, y)) = in_chart(ev.target(), ev.client_x(), ev.client_y()) else {
        return;
    };
    ev.prevent_default();
    let f = if ev.delta_y() < 0.0 {
        ZOOM_STEP
    } else {
        1.0 / ZOOM_STEP
    };
    set_vp(state, Some(viewport(state, is_net(state)).zoom(f, x, y)));
}

/// Drag to pan, pinch with two fingers to zoom; hovering an actor highlights its ties.
pub fn on_pointer(state: AppState, ev: &web_sys::PointerEvent) {
    let kind = ev.type_();
    if kind == "pointerover" {
        return highlight(ev.target());
    }
    let id = ev.pointer_id();
    let at = in_chart(ev.target(), ev.client_x(), ev.client_y());
    match (kind.as_str(), at) {
        ("pointerdown", Some((x, y))) if ev.button() == 0 => {
            let vp = viewport(state, is_net(state));
            state.update_map(|m| {
                m.drag.push((id, x, y));
                m.start = Some((vp, x, y, 0));
            });
        }
        ("pointermove", Some((x, y))) => {
            let Some(next) = state.update_map(|m| {
                let (start, x0, y0, d0) = m.start?;
                if let Some(p) = m.drag.iter_mut().find(|p| p.0 == id) {
                    (p.1, p.2) = (x, y);
                }
                if let [a, b] = m.drag[..] {
                    let dist = ((a.1 - b.1).abs() + (a.2 - b.2).abs()).max(1);
                    if d0 == 0 {
                        m.start = Some((start, x0, y0, dist));
                        return None;
                    }
                    let f = f64::from(dist) / f64::from(d0);
                    Some(start.zoom(f, (a.1 + b.1) / 2, (a.2 + b.2) / 2))
                } else {
                    Some(start.pan(x - x0, y - y0))
                }
            }) else {
                return;
            };
            if let (Some(vp), Some(el)) = (next, document().get_element_by_id("map-chart")) {
                let _ = el.set_pointer_capture(id);
                set_vp(state, Some(vp));
            }
        }
        ("pointerup" | "pointercancel", _) => {
            state.update_map(|m| {
                m.drag.retain(|p| p.0 != id);
                if m.drag.is_empty() {
                    m.start = None;
                }
            });
        }
        _ => {}
    }
}

/// An actor hovered or focused: its ties stand out and the rest dim; elsewhere, all
/// ties are drawn alike.
pub fn highlight(target: Option<web_sys::EventTarget>) {
    let Some(marks) = document().get_element_by_id("map-marks") else {
        return;
    };
    let key = target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("#map-marks .node").ok().flatten())
        .and_then(|n| n.get_attribute("data-node"));
    let _ = marks
        .class_list()
        .toggle_with_force("focusing", key.is_some());
    let Ok(edges) = marks.query_selector_all(".edge") else {
        return;
    };
    for i in 0..edges.length() {
        if let Some(e) = edges
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let on = key.as_ref().is_some_and(|k| {
                e.get_attribute("data-ends")
                    .is_some_and(|ends| ends.split(' ').any(|x| x == k))
            });
            let _ = e.class_list().toggle_with_force("hl", on);
        }
    }
}

/// Keys on the map: the arrows go to the nearest actor that way (or pan, on the map
/// itself), + and − zoom. True when handled.
pub fn on_key(state: AppState, ev: &web_sys::KeyboardEvent, target: &web_sys::Element) -> bool {
    if target.closest("#map-chart").ok().flatten().is_none() {
        return false;
    }
    let key = ev.key();
    let dir = match key.as_str() {
        "ArrowLeft" => Dir::Left,
        "ArrowRight" => Dir::Right,
        "ArrowUp" => Dir::Up,
        "ArrowDown" => Dir::Down,
        "+" | "=" => {
            on_tool(state, "in");
            return true;
        }
        "-" | "_" => {
            on_tool(state, "out");
            return true;
        }
        _ => return false,
    };
    ev.prevent_default();
    let Some(from) = target.get_attribute("data-node") else {
        // On the map itself: pan.
        let (dx, dy) = match dir {
            Dir::Left => (60, 0),
            Dir::Right => (-60, 0),
            Dir::Up => (0, 60),
            Dir::Down => (0, -60),
        };
        set_vp(state, Some(viewport(state, is_net(state)).pan(dx, dy)));
        return true;
    };
    let to = state.with_map(|m| nearest(&m.points, num(&from), dir));
    let sel = to.map(|to| {
        let mut s = Html::default();
        s.raw("#map-marks [data-node=\"");
        s.num(to as i32).raw("\"]");
        s.done()
    });
    if let Some(el) = sel.and_then(|s| document().query_selector(&s).ok().flatten()) {
        let _ = target.set_attribute("tabindex", "-1");
        let _ = el.set_attribute("tabindex", "0");
        if let Some(Item::Actor(e)) = el
            .get_attribute("data-sel")
            .and_then(|s| Item::from_code(&s, corpus()))
        {
            state.update_map(|m| m.focus = e.index());
        }
        focus_element(el);
    }
    true
}

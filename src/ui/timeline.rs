//! Timeline: every dated event that passes the filter on a zoomable, pannable SVG axis,
//! drawn honest about precision (a day is a point, a month or a year a bar across it),
//! with an overview strip of the whole span whose brush sets the date range; the
//! events the texts only order (or do not date) in a separate list; a table of the same
//! events. The geometry is `explorer_core::timeline`; this draws it and turns pointer,
//! wheel and keys into changes of the window (`tw`) and the range (`from`, `to`).

use super::common;
use super::dom::*;
use super::html::Html;
use super::state::{search_index, AppState};
use super::strings;
use crate::data::corpus;
use explorer_core::lanes::LaneRules;
use explorer_core::selection::Item;
use explorer_core::text::Query;
use explorer_core::ticks::{ticks, LabelWidth, TickLabel};
use explorer_core::time_scale::TimeScale;
use explorer_core::timeline::{layout, scale, span_of, window_dates, POINT_R};
use explorer_core::{Date, EntityKind, EventId, Matches};
use reactive_graph::prelude::*;
use wasm_bindgen::JsCast;

/// Height of a lane, of the axis, and of the overview strip, in px.
const LANE: i32 = 26;
const AXIS: i32 = 40;
const OVERVIEW: i32 = 44;
/// Width of one character of a label, for fitting labels (the stylesheet draws them at
/// 12 px in the system font: about 6.5 px a character).
const CHAR: i32 = 7;

/// Every event in timeline order: the dated ones drawn on the axis by `draw`, the rest
/// listed below it; and the table of all of them. Hidden items are hidden by `sync.rs`.
pub fn html(q: &Query, state: AppState) -> String {
    let c = corpus();
    let order = search_index().timeline_order();
    let mut ids: Vec<EventId> = c.event_ids().collect();
    explorer_core::small_sort::sort_by_key(&mut ids, |e| order[e.index()]);
    let (table, group, sort) = state
        .ui
        .with_untracked(|ui| (ui.tl_table, ui.tl_group, ui.tl_sort));
    let mut h = Html::default();
    h.open(
        "section",
        &[("aria-labelledby", "timeline-h"), ("class", "timeline")],
    )
    .el(
        "h2",
        &[("id", "timeline-h")],
        strings::view_name(explorer_core::View::Timeline),
    )
    .counts()
    .open(
        "div",
        &[
            ("class", "tl-tools"),
            ("role", "toolbar"),
            ("aria-label", strings::TL_TOOLS),
        ],
    )
    .el(
        "button",
        &[
            ("type", "button"),
            ("data-tl", "in"),
            ("aria-label", strings::ZOOM_IN),
        ],
        "+",
    )
    .el(
        "button",
        &[
            ("type", "button"),
            ("data-tl", "out"),
            ("aria-label", strings::ZOOM_OUT),
        ],
        "−",
    )
    .el(
        "button",
        &[("type", "button"), ("data-tl", "reset")],
        strings::ZOOM_RESET,
    )
    .open("label", &[])
    .text(strings::LANES_BY)
    .open("select", &[("id", "tl-group")]);
    for (i, label) in strings::LANE_GROUPS.iter().enumerate() {
        let v = i.to_string();
        let sel = if usize::from(group) == i {
            "selected"
        } else {
            ""
        };
        h.el("option", &[("value", &v), (sel, "")], label);
    }
    h.close("select")
        .close("label")
        .el(
            "button",
            &[
                ("type", "button"),
                ("data-tl", "table"),
                ("aria-pressed", if table { "true" } else { "false" }),
            ],
            strings::TABLE,
        )
        .el(
            "button",
            &[("type", "button"), ("data-clear", "2"), ("hidden", "")],
            strings::CLEAR_DATES,
        )
        .close("div");
    if !table {
        h.el(
            "div",
            &[
                ("id", "tl-chart"),
                ("class", "tl-chart"),
                ("tabindex", "0"),
                ("aria-label", strings::TL_CHART),
                ("role", "group"),
            ],
            "",
        )
        .el(
            "p",
            &[
                ("id", "tl-focus"),
                ("class", "tl-focus"),
                ("aria-hidden", "true"),
            ],
            "",
        )
        .el(
            "div",
            &[("id", "tl-overview"), ("class", "tl-overview")],
            "",
        )
        .el(
            "p",
            &[
                ("id", "tl-announce"),
                ("class", "sr-only"),
                ("aria-live", "polite"),
            ],
            "",
        )
        .open("p", &[("class", "tl-legend")])
        .el("span", &[("class", "key-point")], strings::TL_POINT)
        .el("span", &[("class", "key-bar")], strings::TL_BAR)
        .el("span", &[("class", "key-reported")], strings::REPORTED)
        .el("span", &[("class", "key-contested")], strings::CONTESTED)
        .close("p");
        undated(&mut h, &ids, q);
        // On paper, the events as a dated list (the table, which the chart stands for).
        h.open("div", &[("class", "print-only")]);
    }
    events_table(&mut h, &ids, if table { sort } else { 0 }, q);
    if !table {
        h.close("div");
    }
    h.close("section");
    h.done()
}

/// The events with no date, in the order the texts give them (never at a date made up).
fn undated(h: &mut Html, ids: &[EventId], q: &Query) {
    let c = corpus();
    let list: Vec<EventId> = ids
        .iter()
        .copied()
        .filter(|&e| c.event(e).date.is_none())
        .collect();
    if list.is_empty() {
        return;
    }
    h.open(
        "section",
        &[("class", "undated"), ("aria-labelledby", "undated-h")],
    )
    .el("h3", &[("id", "undated-h")], strings::UNDATED_BAND)
    .open("ol", &[("class", "items events")]);
    for e in list {
        let ev = c.event(e);
        let item = Item::Event(e);
        h.open(
            "li",
            &[("class", "item event"), ("data-item", &item.code())],
        )
        .open("h4", &[])
        .open_item(item, "title", ev.title, q)
        .close("h4")
        .event_meta(e)
        .about(ev.actors)
        .close("li");
    }
    h.close("ol").close("section");
}

fn kind_class(k: usize) -> String {
    ["k", &k.to_string()].concat()
}

/// The same events as a table, in time order or sorted by a column.
fn events_table(h: &mut Html, ids: &[EventId], sort: u8, q: &Query) {
    let c = corpus();
    let mut rows: Vec<EventId> = ids.to_vec();
    match sort {
        1 => explorer_core::small_sort::sort_by(&mut rows, |a, b| {
            c.event(*a).title.cmp(c.event(*b).title)
        }),
        2 => explorer_core::small_sort::sort_by_key(&mut rows, |e| c.event(*e).kind),
        _ => {}
    }
    h.table_head(
        strings::TL_TABLE_CAPTION,
        &strings::TL_COLUMNS,
        3,
        sort,
        "tl-sort",
    );
    for e in rows {
        let ev = c.event(e);
        let item = Item::Event(e);
        let date = strings::span(ev.date, ev.end);
        let when = if date.is_empty() {
            strings::UNDATED.to_string()
        } else {
            [
                date.as_str(),
                " (",
                strings::precision(ev.date.map(|d| d.precision())),
                ")",
            ]
            .concat()
        };
        h.open("tr", &[("data-item", &item.code())])
            .el("td", &[], &when)
            .open("td", &[])
            .open_item(item, "title", ev.title, q)
            .close("td")
            .el("td", &[], ev.kind.label())
            .open("td", &[])
            .actors(ev.actors)
            .close("td")
            .close("tr");
    }
    h.close("tbody").close("table");
}

/// Tick labels in words, and how wide they are drawn.
struct Font;

/// A tick's label; months and days say their year on the first tick and at January (the
/// window always shows which year it is in).
fn tick_text(l: &TickLabel, with_year: bool) -> String {
    let month = |m: u8| strings::MONTHS_SHORT[usize::from(m.max(1)) - 1];
    match *l {
        TickLabel::Year { year } => year.to_string(),
        TickLabel::Quarter { year, quarter } => {
            ["Q", &quarter.to_string(), " ", &year.to_string()].concat()
        }
        TickLabel::Month { year, month: m } if with_year || m == 1 => {
            [month(m), " ", &year.to_string()].concat()
        }
        TickLabel::Month { month: m, .. } => month(m).to_string(),
        TickLabel::Day {
            year,
            day,
            month: m,
        } if with_year || (m == 1 && day == 1) => {
            [&day.to_string(), " ", month(m), " ", &year.to_string()].concat()
        }
        TickLabel::Day { day, month: m, .. } => [&day.to_string(), " ", month(m)].concat(),
    }
}

impl LabelWidth for Font {
    fn width(&self, label: &TickLabel) -> i32 {
        tick_text(label, true).chars().count() as i32 * CHAR
    }
}

/// The lane group of an event: its kind, the kind of its first actor, or one band.
fn group_of(e: EventId, by: u8) -> u16 {
    let ev = corpus().event(e);
    match by {
        0 => ev.kind as u16,
        1 => ev
            .actors
            .first()
            .map_or(5, |&a| match corpus().entity(a).kind {
                EntityKind::State => 0,
                EntityKind::Organisation
                | EntityKind::Alliance
                | EntityKind::Arrangement
                | EntityKind::StateBody => 1,
                EntityKind::Person => 2,
                EntityKind::Place => 3,
                _ => 4,
            }),
        _ => 0,
    }
}

fn group_name(g: u16, by: u8) -> &'static str {
    match by {
        0 => explorer_core::EventKind::ALL
            .get(usize::from(g))
            .map_or("", |k| k.label()),
        1 => strings::ACTOR_GROUPS
            .get(usize::from(g))
            .copied()
            .unwrap_or(strings::NO_ACTOR),
        _ => "",
    }
}

/// The scale the chart shows now: the window in the link, or the one it opens on.
pub fn current_scale(state: AppState, width: i32) -> Option<TimeScale> {
    scale(corpus(), width, state.url.with_untracked(|u| u.tw))
}

fn chart_width() -> i32 {
    document()
        .get_element_by_id("tl-chart")
        .map(|e| common::to_chart(e.client_width()))
        .filter(|&w| w > 0)
        .unwrap_or(800)
}

/// Draws the chart and the overview strip for the window, the filter and the lanes'
/// grouping (an effect calls it when any of them changes).
pub fn draw(state: AppState, tw: Option<(Date, Date)>, m: &Matches) {
    let (Some(chart), Some(overview)) = (
        document().get_element_by_id("tl-chart"),
        document().get_element_by_id("tl-overview"),
    ) else {
        return;
    };
    let width = chart_width();
    let Some(s) = scale(corpus(), width, tw) else {
        return;
    };
    let c = corpus();
    let by = state.ui.with_untracked(|ui| ui.tl_group);
    let shown: Vec<EventId> = m
        .events
        .iter()
        .copied()
        .filter(|&e| c.event(e).date.is_some())
        .collect();
    let rules = LaneRules {
        max_lanes: 8,
        ..LaneRules::default()
    };
    let l = layout(
        c,
        &shown,
        &s,
        &|e| group_of(e, by),
        &|t| t.chars().count() as i32 * CHAR,
        rules,
    );
    let (unit, marks) = ticks(&s, &Font);
    let height = AXIS + i32::from(l.lanes.max(1)) * LANE + 8;
    let mut h = Html::default();
    let (wa, wb) = window_dates(&s);
    let label = [strings::TL_CHART, ": ", &wa.label(), " – ", &wb.label()].concat();
    let vb = ["0 0 ", &width.to_string(), " ", &height.to_string()].concat();
    h.open(
        "svg",
        &[
            ("class", "tl"),
            ("viewBox", &vb),
            ("role", "group"),
            ("aria-label", &label),
        ],
    );
    periods(&mut h, &s, height);
    // Lane bands for the groups, labelled at the left.
    if by < 2 {
        for (g, &(first, lanes)) in l.bands.iter().enumerate() {
            if lanes == 0 {
                continue;
            }
            let y = AXIS + i32::from(first) * LANE;
            let class = if g % 2 == 0 { "band" } else { "band odd" };
            h.shape(
                "rect",
                class,
                &[
                    ("x", 0),
                    ("y", y),
                    ("width", width),
                    ("height", i32::from(lanes) * LANE),
                ],
            )
            .svg_text("band-label", 4, y + 10, group_name(g as u16, by));
        }
    }
    // The axis: ticks and their labels.
    for (i, t) in marks.iter().enumerate() {
        h.shape(
            "line",
            if t.major { "tick major" } else { "tick" },
            &[("x1", t.x), ("x2", t.x), ("y1", 0), ("y2", height)],
        )
        .svg_text("tick-label", t.x + 3, 14, &tick_text(&t.label, i == 0));
    }
    // The events: in time order, so Tab and the arrows go through them in that order.
    let contested = |e: EventId| {
        search_index()
            .linked(Item::Event(e))
            .iter()
            .any(|i| matches!(i, Item::Comparison(_)))
    };
    for (i, mk) in l.marks.iter().enumerate() {
        let ev = c.event(mk.event);
        let item = Item::Event(mk.event);
        let y = AXIS + i32::from(mk.lane) * LANE + 12;
        let when = strings::span(ev.date, ev.end);
        let prec = strings::precision(ev.date.map(|d| d.precision()));
        let hot = contested(mk.event);
        let mut name = [when.as_str(), ", ", prec, ": ", ev.title].concat();
        if ev.reported {
            name.push_str(strings::NAME_REPORTED);
        }
        if hot {
            name.push_str(strings::NAME_CONTESTED);
        }
        let class = [
            "ev ",
            &kind_class(ev.kind as usize),
            if ev.reported { " reported" } else { "" },
            if hot { " contested" } else { "" },
        ]
        .concat();
        h.open(
            "g",
            &[
                ("class", &class),
                ("tabindex", "0"),
                ("role", "button"),
                ("data-sel", &item.code()),
                ("data-ev", &i.to_string()),
                ("aria-label", &name),
            ],
        )
        .el("title", &[], &name);
        // The mark's target: its lane's full 26 px over the mark and its label, at least
        // 24 px wide, so a finger can hit it (WCAG 2.2 target size, with room for the
        // chart being drawn a little smaller than its viewBox).
        let right = (mk.x1 + 4 + mk.label).max(mk.x0 + 24);
        h.shape(
            "rect",
            "hit",
            &[
                ("x", mk.x0.min(right - 24)),
                ("y", y - 6),
                ("width", right - mk.x0.min(right - 24)),
                ("height", LANE),
            ],
        );
        if mk.point {
            h.shape(
                "circle",
                "",
                &[("cx", (mk.x0 + mk.x1) / 2), ("cy", y + 7), ("r", POINT_R)],
            );
        } else {
            h.shape(
                "rect",
                "",
                &[
                    ("x", mk.x0),
                    ("y", y + 2),
                    ("width", (mk.x1 - mk.x0).max(3)),
                    ("height", 10),
                    ("rx", 2),
                ],
            );
        }
        // A contested date gets a small flag after its mark (drawn, so that the visible
        // text stays the title the accessible name carries).
        let mut lx = mk.x1 + 4;
        if hot {
            let d = [
                "M",
                &lx.to_string(),
                " ",
                &(y + 13).to_string(),
                "v-12l7 3-7 3",
            ]
            .concat();
            h.open("path", &[("class", "flag"), ("d", &d)])
                .close("path");
            lx += 9;
        }
        if mk.label > 0 {
            let room = ((mk.label / CHAR) as usize).saturating_sub(usize::from(hot));
            let text = explorer_core::text::shorten(ev.title, room);
            h.svg_text("ev-label", lx, y + 11, &text);
        }
        h.close("g");
    }
    h.close("svg");
    chart.set_inner_html(&h.done());
    overview.set_inner_html(&overview_svg(state, &s, width));
    if let Some(a) = document().get_element_by_id("tl-announce") {
        a.set_text_content(Some(
            &[
                &wa.label(),
                " – ",
                &wb.label(),
                ", ",
                strings::unit_name(unit),
            ]
            .concat(),
        ));
    }
}

/// The named periods as labelled background bands behind the events; an end the texts
/// do not bound runs to the edge of the data without an edge line.
fn periods(h: &mut Html, s: &TimeScale, height: i32) {
    let c = corpus();
    let (lo, hi) = s.bounds();
    for p in c.period_ids() {
        let period = c.period(p);
        let a = period.from.map_or(lo as i32, |d| d.first_day());
        let b = period.to.map_or(hi as i32, |d| d.last_day() + 1);
        let (x0, x1) = (s.x(a).max(-2), s.x(b).min(s.width() + 2));
        if x1 <= 0 || x0 >= s.width() {
            continue;
        }
        let item = Item::Period(p);
        let span = strings::span(period.from, period.to);
        let name = [strings::item_kind(item), ": ", period.name, ", ", &span].concat();
        h.open(
            "g",
            &[
                ("class", "period"),
                ("tabindex", "0"),
                ("role", "button"),
                ("data-sel", &item.code()),
                ("aria-label", &name),
            ],
        )
        .el("title", &[], &name)
        .shape(
            "rect",
            "",
            &[
                ("x", x0),
                ("y", 18),
                ("width", (x1 - x0).max(1)),
                ("height", height),
            ],
        );
        for (x, bounded) in [(x0, period.from.is_some()), (x1, period.to.is_some())] {
            if bounded {
                h.shape(
                    "line",
                    "edge",
                    &[("x1", x), ("x2", x), ("y1", 18), ("y2", height)],
                );
            }
        }
        h.svg_text("period-label", x0.max(0) + 4, 28, period.name)
            .close("g");
    }
}

/// The whole span: every event as a tick, the window shown above as a frame, and the
/// date range of the filter as the brush with its handles.
fn overview_svg(state: AppState, s: &TimeScale, width: i32) -> String {
    let c = corpus();
    let o = s.overview(width);
    let mut h = Html::default();
    let vb = ["0 0 ", &width.to_string(), " ", &OVERVIEW.to_string()].concat();
    h.open(
        "svg",
        &[
            ("class", "tl-over"),
            ("viewBox", &vb),
            ("role", "img"),
            ("aria-label", strings::TL_OVERVIEW),
        ],
    );
    let (_, years) = ticks(&o, &Font);
    for t in &years {
        h.svg_text("tick-label", t.x + 2, 42, &tick_text(&t.label, true))
            .shape(
                "line",
                "tick",
                &[("x1", t.x), ("x2", t.x), ("y1", 0), ("y2", 30)],
            );
    }
    for e in c.event_ids() {
        if let Some(sp) = span_of(c, e) {
            let (a, b) = sp.extent(&o);
            h.shape(
                "rect",
                "o-ev",
                &[
                    ("x", a),
                    ("y", 10),
                    ("width", (b - a).max(2)),
                    ("height", 12),
                ],
            );
        }
    }
    let (x0, x1) = (o.x_at(s.start()), o.x_at(s.end()));
    h.shape(
        "rect",
        "o-window",
        &[
            ("x", x0),
            ("y", 2),
            ("width", (x1 - x0).max(2)),
            ("height", 28),
        ],
    );
    let range = state.url.with_untracked(|u| (u.filter.from, u.filter.to));
    if range.0.is_some() || range.1.is_some() {
        let (lo, hi) = o.bounds();
        let a = range.0.map_or(lo as i32, |d| d.first_day());
        let b = range.1.map_or(hi as i32, |d| d.last_day() + 1);
        let (bx0, bx1) = (o.x(a).max(0), o.x(b).min(width));
        h.shape(
            "rect",
            "o-brush",
            &[
                ("x", bx0),
                ("y", 0),
                ("width", (bx1 - bx0).max(2)),
                ("height", 32),
            ],
        );
        for x in [bx0, bx1] {
            h.shape(
                "rect",
                "o-handle",
                &[("x", x - 3), ("y", 0), ("width", 6), ("height", 32)],
            );
        }
    }
    h.close("svg");
    h.done()
}

/// Zooms (factor > 1 zooms in) or pans the chart's window and records it in the link
/// (replacing the history entry: a zoom is not a step Back should undo one by one).
fn set_window(state: AppState, change: impl FnOnce(TimeScale, i32) -> TimeScale) {
    let width = chart_width();
    if let Some(s) = current_scale(state, width) {
        let next = change(s, width);
        state.update(true, |u| u.tw = Some(window_dates(&next)));
    }
}

/// The toolbar: zoom in and out, reset, the table, the sort of its columns.
pub fn on_tool(state: AppState, tool: &str) {
    match tool {
        "in" => set_window(state, |s, _| s.zoom_in()),
        "out" => set_window(state, |s, _| s.zoom_out()),
        "reset" => state.update(true, |u| u.tw = None),
        "table" => state.set_ui(|ui| ui.tl_table = !ui.tl_table),
        _ => {}
    }
}

/// Where a pointer event is across an element, in px from its left edge.
fn x_in(el: &web_sys::Element, client_x: i32) -> i32 {
    common::to_chart(client_x - el.get_bounding_client_rect().left() as i32)
}

/// A pointer or wheel on the chart or the overview: zoom at the pointer, drag to pan,
/// pinch with two fingers, double-click to zoom in; on the overview, drag to set the
/// date range (a handle moves one end; a click moves the window there).
pub fn on_pointer(state: AppState, ev: &web_sys::PointerEvent) {
    let kind = ev.type_();
    let target = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let chart = target
        .as_ref()
        .and_then(|t| t.closest("#tl-chart").ok().flatten());
    let over = target
        .as_ref()
        .and_then(|t| t.closest("#tl-overview").ok().flatten());
    let width = chart_width();
    match kind.as_str() {
        "pointerdown" => {
            if let Some(el) = chart.as_ref().or(over.as_ref()) {
                if ev.button() != 0 {
                    return;
                }
                let x = x_in(el, ev.client_x());
                let start = current_scale(state, width).map(|s| (s, x));
                state.update_tl(|t| {
                    t.drag.push((ev.pointer_id(), x, over.is_some()));
                    t.start = start;
                });
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
        }
        "pointermove" => {
            let pointers = state.with_tl(|t| t.drag.clone());
            let Some(&(_, _, on_over)) = pointers.first() else {
                return;
            };
            let Some(el) =
                document().get_element_by_id(if on_over { "tl-overview" } else { "tl-chart" })
            else {
                return;
            };
            let x = x_in(&el, ev.client_x());
            let Some((start, x0)) = state.with_tl(|t| t.start) else {
                return;
            };
            if on_over {
                // The brush is drawn as the pointer moves; the filter changes on release.
                brush_preview(x0, x);
            } else if pointers.len() == 2 {
                // Pinch: the distance between the fingers scales the window.
                let mut pinch = (1, 1, 0);
                state.update_tl(|t| {
                    if let Some(p) = t.drag.iter_mut().find(|p| p.0 == ev.pointer_id()) {
                        p.1 = x;
                    }
                    let d = &t.drag;
                    let dist = (d[0].1 - d[1].1).abs().max(1);
                    let d0 = *t.pinch.get_or_insert(dist);
                    pinch = (dist, d0, (d[0].1 + d[1].1) / 2);
                });
                let (d, d0, mid) = pinch;
                let next = start.zoom(f64::from(d) / f64::from(d0), mid);
                state.update(true, |u| u.tw = Some(window_dates(&next)));
            } else {
                let next = start.pan(x - x0);
                state.update(true, |u| u.tw = Some(window_dates(&next)));
            }
        }
        "pointerup" | "pointercancel" => {
            let pointers = state.with_tl(|t| t.drag.clone());
            state.update_tl(|t| {
                t.drag.retain(|p| p.0 != ev.pointer_id());
                t.pinch = None;
            });
            let Some(&(_, _, true)) = pointers.first() else {
                return;
            };
            let (Some(el), Some((start, x0))) = (
                document().get_element_by_id("tl-overview"),
                state.with_tl(|t| t.start),
            ) else {
                return;
            };
            let x = x_in(&el, ev.client_x());
            let o = start.overview(width);
            if (x - x0).abs() < 4 {
                // A click: the window moves there.
                let next = start.centred_on(o.day_at(x));
                state.update(true, |u| u.tw = Some(window_dates(&next)));
            } else {
                let (from, to) = explorer_core::timeline::brush_range(&o, x0, x);
                state.update_filter(|f| {
                    f.from = Some(from);
                    f.to = Some(to);
                });
            }
        }
        _ => {}
    }
}

/// The brush as the pointer drags it, before the filter changes.
fn brush_preview(x0: i32, x: i32) {
    if let Some(b) = document()
        .query_selector("#tl-overview .o-brush")
        .ok()
        .flatten()
        .or_else(|| {
            let svg = document()
                .query_selector("#tl-overview svg")
                .ok()
                .flatten()?;
            let r = document()
                .create_element_ns(Some("http://www.w3.org/2000/svg"), "rect")
                .ok()?;
            let _ = r.set_attribute("class", "o-brush");
            let _ = r.set_attribute("y", "0");
            let _ = r.set_attribute("height", "32");
            let _ = svg.append_child(&r);
            Some(r)
        })
    {
        let (a, b2) = (x0.min(x), x0.max(x));
        let _ = b.set_attribute("x", &a.to_string());
        let _ = b.set_attribute("width", &(b2 - a).max(2).to_string());
    }
}

/// The wheel over the chart zooms at the pointer (a trackpad's pinch arrives as a wheel
/// with Ctrl); a sideways wheel pans.
pub fn on_wheel(state: AppState, ev: &web_sys::WheelEvent) {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("#tl-chart").ok().flatten())
    else {
        return;
    };
    ev.prevent_default();
    let x = x_in(&el, ev.client_x());
    let (dx, dy) = (ev.delta_x(), ev.delta_y());
    if dx.abs() > dy.abs() {
        set_window(state, |s, _| s.pan(-(dx as i32)));
    } else {
        // One step per notch, whatever the device reports (no `powf` in the download).
        let step = explorer_core::time_scale::ZOOM_STEP;
        let factor = if dy < 0.0 { step } else { 1.0 / step };
        set_window(state, |s, _| s.zoom(factor, x));
    }
}

/// A double click on the chart zooms in there.
pub fn on_dblclick(state: AppState, ev: &web_sys::MouseEvent) {
    if let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("#tl-chart").ok().flatten())
    {
        let x = x_in(&el, ev.client_x());
        set_window(state, |s, _| {
            s.zoom(explorer_core::time_scale::ZOOM_STEP * 1.5, x)
        });
    }
}

/// Focus moving: a mark or a period of the chart shows its whole name under the chart
/// (for the eye; a screen reader already hears it), anything else clears it.
pub fn on_focus(ev: &web_sys::Event) {
    let Some(line) = document().get_element_by_id("tl-focus") else {
        return;
    };
    let name = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .filter(|t| t.has_attribute("data-sel") && t.closest("#tl-chart").ok().flatten().is_some())
        .and_then(|t| t.get_attribute("aria-label"));
    line.set_text_content(name.as_deref());
}

/// Keys in the chart: + and − zoom, the arrows pan (or, on an event, go to the next or
/// previous event in time), Home and End go to the start and the end (Enter on a mark is
/// the page's, as on every element acting as a button). True when handled.
pub fn on_key(state: AppState, ev: &web_sys::KeyboardEvent, target: &web_sys::Element) -> bool {
    if target.closest("#tl-chart").ok().flatten().is_none() {
        return false;
    }
    let key = ev.key();
    let on_event = target.get_attribute("data-ev");
    match (key.as_str(), on_event) {
        ("+" | "=", _) => set_window(state, |s, _| s.zoom_in()),
        ("-" | "_", _) => set_window(state, |s, _| s.zoom_out()),
        ("ArrowRight" | "ArrowLeft", Some(i)) => {
            let i = super::common::digits(&i) as i32;
            let next = if key == "ArrowRight" { i + 1 } else { i - 1 };
            let sel = ["#tl-chart [data-ev=\"", &next.to_string(), "\"]"].concat();
            if let Some(el) = document().query_selector(&sel).ok().flatten() {
                super::state::focus_element(el);
            }
        }
        ("ArrowRight", None) => set_window(state, |s, w| s.pan(-w / 5)),
        ("ArrowLeft", None) => set_window(state, |s, w| s.pan(w / 5)),
        ("Home", _) => set_window(state, |s, _| s.centred_on(s.bounds().0)),
        ("End", _) => set_window(state, |s, _| s.centred_on(s.bounds().1)),
        _ => return false,
    }
    ev.prevent_default();
    true
}

//! Timeline: every dated event that passes the filter on a zoomable, pannable SVG axis,
//! drawn honest about precision (a day is a point, a month or a year a bar across it),
//! with an overview strip of the whole span whose brush sets the date range; the
//! events the texts only order (or do not date) in a separate list; a table of the same
//! events. The geometry is `explorer_core::timeline` (in memos); this draws it and turns
//! pointer, wheel and keys into changes of the window (`tw`) and the range (`from`,
//! `to`). Marks are keyed by event, so a focused mark keeps its focus while the chart
//! zooms, pans or filters around it.

use super::common::{
    constrains, to_chart, About, Actors, CountLine, EventMeta, OpenItem, SortTable, TableToggle,
};
use super::state::{focus_element, search_index, use_app, AppState};
use super::strings::Say;
use super::strings::{self, Noun};
use crate::data::corpus;
use explorer_core::filter::{Filter, Group};
use explorer_core::lanes::LaneRules;
use explorer_core::selection::Item;
use explorer_core::ticks::{ticks, LabelWidth, Tick, TickLabel, Unit};
use explorer_core::time_scale::{TimeScale, ZOOM_STEP};
use explorer_core::timeline::{
    brush_range, in_window, layout, overview_path, span_of, window_dates, Layout, Mark, POINT_R,
};
use explorer_core::{EntityKind, EventId, PeriodId, View};
use leptos::html::Div;
use leptos::prelude::*;
use leptos::svg::G;

/// Height of a lane, of the axis, and of the overview strip, in chart units.
const LANE: i32 = 26;
const AXIS: i32 = 40;
const OVERVIEW: i32 = 44;
/// Width of one character of a label, for fitting labels (the stylesheet draws them at
/// 12 px in the system font: about 6.5 px a character).
const CHAR: i32 = 7;
/// Width of the contested flag before a label, in px.
const FLAG: i32 = 9;
/// Width of one character of a contested event's label (bold).
const CHAR_BOLD: i32 = 8;
/// Rows of the table drawn at first; a button shows the rest.
const ROWS: usize = 200;
/// Undated events listed at first; a button shows the rest.
const UNDATED: usize = 25;

/// The layout of the window, and where each event's mark is in it.
#[derive(Clone, Default, PartialEq)]
struct Lay {
    l: Layout,
    /// Each event's place in `l.marks`, plus one (0: not drawn).
    at: Vec<u32>,
}

impl Lay {
    fn new(l: Layout) -> Self {
        let mut at = vec![0; corpus().event_ids().len()];
        for (i, m) in l.marks.iter().enumerate() {
            at[m.event.index()] = i as u32 + 1;
        }
        Lay { l, at }
    }

    /// The mark of an event and its place in time order among the marks drawn.
    fn get(&self, e: EventId) -> Option<(usize, Mark)> {
        let i = (*self.at.get(e.index())? as usize).checked_sub(1)?;
        Some((i, self.l.marks[i]))
    }
}

/// What a drag, a pinch or a brush started with (the component's own, not the link's).
#[derive(Default)]
struct Gesture {
    /// Pointers down on the chart, and their x.
    down: Vec<(i32, i32)>,
    /// The window and the x where the drag (or the pinch) started.
    start: Option<(TimeScale, i32)>,
    /// The distance between the fingers when the pinch started.
    pinch: Option<i32>,
    /// Whether the pointer has moved far enough to be a drag (not a click).
    dragging: bool,
    /// On the overview: where the drag started, on which strip.
    over: Option<(i32, TimeScale)>,
}

/// The chart's state and what is derived from it, shared by its parts.
#[derive(Clone, Copy)]
struct Tl {
    state: AppState,
    /// The chart's width in its own units (measured; see `common::to_chart`).
    width: RwSignal<i32>,
    scale: Memo<Option<TimeScale>>,
    ticks: Memo<Option<(Unit, Vec<Tick>)>>,
    /// The dated events that pass the filter, in time order.
    dated: Memo<Vec<EventId>>,
    lay: Memo<Lay>,
    /// The mark or period with focus, and its name (shown under the chart).
    focus: RwSignal<Option<(Item, String)>>,
    /// The overview's brush while it is dragged.
    preview: RwSignal<Option<(i32, i32)>>,
    chart: NodeRef<Div>,
    over: NodeRef<Div>,
    /// Each event's mark, while it is drawn (to give it focus).
    marks: StoredValue<Vec<Option<NodeRef<G>>>, LocalStorage>,
    gesture: StoredValue<Gesture, LocalStorage>,
}

impl Tl {
    fn new(state: AppState) -> Self {
        let c = corpus();
        let width = RwSignal::new(800);
        let scale = Memo::new(move |_| {
            let tw = state.url.with(|u| u.tw);
            explorer_core::timeline::scale(c, width.get(), tw)
        });
        let ticks = Memo::new(move |_| scale.get().map(|s| ticks(&s, &Font)));
        let dated = Memo::new(move |_| {
            state.explore.with(|e| {
                let m = &e.matches.events;
                m.iter()
                    .copied()
                    .filter(|&e| c.event(e).date.is_some())
                    .collect::<Vec<_>>()
            })
        });
        let group = state.ui.tl_group;
        let lay = Memo::new(move |_| {
            let by = group.get();
            // A label that does not fit on one line may take two, within its lane.
            let rules = LaneRules {
                max_lanes: 8,
                wrap: 5 * CHAR,
                ..LaneRules::default()
            };
            let Some(s) = scale.get() else {
                return Lay::default();
            };
            dated.with(|d| Lay::new(layout(c, d, &s, &|e| group_of(e, by), &label_width, rules)))
        });
        Tl {
            state,
            width,
            scale,
            ticks,
            dated,
            lay,
            focus: RwSignal::new(None),
            preview: RwSignal::new(None),
            chart: NodeRef::new(),
            over: NodeRef::new(),
            marks: StoredValue::new_local(vec![None; c.event_ids().len()]),
            gesture: StoredValue::new_local(Gesture::default()),
        }
    }

    /// Zooms or pans the window and records it in the link (replacing the history
    /// entry: a zoom is not a step Back should undo one by one).
    /// (One function for every change, not one copy per closure.)
    fn set_window(self, change: &dyn Fn(TimeScale) -> TimeScale) {
        if let Some(s) = self.scale.get_untracked() {
            self.show(change(s));
        }
    }

    fn show(self, next: TimeScale) {
        self.state
            .update(true, |u| u.tw = Some(window_dates(&next)));
    }

    /// Where a pointer is across an element, in chart units from its left edge.
    fn x_in(self, el: &web_sys::Element, client_x: i32) -> i32 {
        let px = client_x - el.get_bounding_client_rect().left() as i32;
        to_chart(px, self.state.ui.width.get_untracked())
    }

    /// After a key moved the window: when the element with focus left it (a mark or a
    /// period out of view), focus goes to the chart, where the keys go on working.
    fn keep_focus(self) {
        let was = document().active_element();
        let chart = self.chart.get_untracked();
        request_animation_frame(move || {
            if let (Some(was), Some(chart)) = (was, chart) {
                // Gone (a mark), or hidden (a period).
                let gone = !was.is_connected() || was.get_attribute("display").is_some();
                if gone && chart.is_connected() {
                    let _ = chart.focus();
                }
            }
        });
    }

    /// A mark or period that goes (out of the window, or filtered out) no longer has
    /// its name under the chart.
    fn forget_focus(self, item: Item) {
        if self.focus.try_with_untracked(|f| f.as_ref().map(|f| f.0)) == Some(Some(item)) {
            self.focus.try_set(None);
        }
    }

    /// Gives focus to an event's mark, now if it is drawn, else once it is.
    fn focus_mark(self, e: EventId) {
        // Its element, once drawn and shown.
        let el = move || {
            let r = self
                .marks
                .try_with_value(|m| m.get(e.index()).copied().flatten());
            let el = r.flatten().and_then(|r| r.try_get_untracked().flatten())?;
            (!el.has_attribute("display")).then_some(el)
        };
        match el() {
            Some(el) => focus_element(el.into()),
            None => request_animation_frame(move || {
                if let Some(el) = el() {
                    focus_element(el.into());
                }
            }),
        }
    }

    /// Focus to the next or previous event in time that passes the filter, the window
    /// moved to it when it is out of view.
    fn walk(self, e: EventId, forward: bool) {
        let next = self.dated.with_untracked(|d| {
            let i = d.iter().position(|&x| x == e)?;
            let j = if forward { i + 1 } else { i.checked_sub(1)? };
            d.get(j).copied()
        });
        let Some(next) = next else {
            return;
        };
        if self.lay.with_untracked(|l| l.get(next).is_none()) {
            if let Some(sp) = span_of(corpus(), next) {
                self.set_window(&|s| s.centred_on(f64::from(sp.middle())));
            }
        }
        self.focus_mark(next);
    }

    /// Keys on a mark: Enter or Space opens it, the arrows go to the next or previous
    /// event in time, `+` and `−` zoom about it (so it stays in view). The rest go on
    /// to the chart.
    fn mark_key(self, e: EventId, ev: &web_sys::KeyboardEvent) {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let at = move |s: &TimeScale| {
            let m = self.lay.with_untracked(|l| l.get(e));
            m.map_or(s.width() / 2, |(_, m)| (m.x0 + m.x1) / 2)
        };
        match ev.key().as_str() {
            "Enter" | " " => self.state.select_from(Item::Event(e), ev),
            "ArrowRight" => self.walk(e, true),
            "ArrowLeft" => self.walk(e, false),
            "+" | "=" => self.set_window(&|s| s.zoom(ZOOM_STEP, at(&s))),
            "-" | "_" => self.set_window(&|s| s.zoom(1.0 / ZOOM_STEP, at(&s))),
            _ => return,
        }
        ev.prevent_default();
    }

    /// Keys in the chart: `+` and `−` zoom, the arrows pan, Home and End go to the
    /// start and the end of the data.
    fn chart_key(self, ev: &web_sys::KeyboardEvent) {
        if ev.default_prevented() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        match ev.key().as_str() {
            "+" | "=" => self.set_window(&TimeScale::zoom_in),
            "-" | "_" => self.set_window(&TimeScale::zoom_out),
            "ArrowRight" => self.set_window(&|s| s.pan(-s.width() / 5)),
            "ArrowLeft" => self.set_window(&|s| s.pan(s.width() / 5)),
            "Home" => self.set_window(&|s| s.centred_on(s.bounds().0)),
            "End" => self.set_window(&|s| s.centred_on(s.bounds().1)),
            _ => return,
        }
        ev.prevent_default();
        self.keep_focus();
    }

    /// The wheel zooms at the pointer (a trackpad's pinch arrives as a wheel with
    /// Ctrl); a sideways wheel pans.
    fn wheel(self, ev: &web_sys::WheelEvent) {
        let Some(el) = self.chart.get_untracked() else {
            return;
        };
        let (dx, dy) = (ev.delta_x(), ev.delta_y());
        if dx == 0.0 && dy == 0.0 {
            return;
        }
        ev.prevent_default();
        if dx.abs() > dy.abs() {
            self.set_window(&|s| s.pan(-(dx as i32)));
        } else {
            // One step per notch, whatever the device reports.
            let x = self.x_in(&el, ev.client_x());
            let factor = if dy < 0.0 { ZOOM_STEP } else { 1.0 / ZOOM_STEP };
            self.set_window(&|s| s.zoom(factor, x));
        }
    }

    /// A double click zooms in there.
    fn dblclick(self, ev: &web_sys::MouseEvent) {
        if let Some(el) = self.chart.get_untracked() {
            let x = self.x_in(&el, ev.client_x());
            self.set_window(&|s| s.zoom(ZOOM_STEP * 1.5, x));
        }
    }

    fn down(self, ev: &web_sys::PointerEvent) {
        let Some(el) = self.chart.get_untracked() else {
            return;
        };
        if ev.button() != 0 {
            return;
        }
        let x = self.x_in(&el, ev.client_x());
        let s = self.scale.get_untracked();
        self.gesture.update_value(|g| {
            g.down.push((ev.pointer_id(), x));
            g.start = s.map(|s| (s, x));
            g.pinch = None;
        });
    }

    /// Drag to pan; two fingers pinch (their distance scales the window). The pointer
    /// is captured once it has moved, so a click on a mark stays a click.
    fn moved(self, ev: &web_sys::PointerEvent) {
        let Some(el) = self.chart.get_untracked() else {
            return;
        };
        let id = ev.pointer_id();
        if ev.buttons() == 0 {
            self.gesture.update_value(|g| g.down.retain(|p| p.0 != id));
            return;
        }
        let x = self.x_in(&el, ev.client_x());
        let next = self.gesture.try_update_value(|g| {
            g.down.iter_mut().find(|p| p.0 == id)?.1 = x;
            let (start, x0) = g.start?;
            if let [(_, a), (_, b)] = g.down[..] {
                let dist = (a - b).abs().max(1);
                let d0 = *g.pinch.get_or_insert(dist);
                return Some(start.zoom(f64::from(dist) / f64::from(d0), (a + b) / 2));
            }
            if !g.dragging && (x - x0).abs() < 3 {
                return None;
            }
            g.dragging = true;
            Some(start.pan(x - x0))
        });
        if let Some(next) = next.flatten() {
            let _ = el.set_pointer_capture(id);
            self.show(next);
        }
    }

    fn up(self, ev: &web_sys::PointerEvent) {
        let id = ev.pointer_id();
        let s = self.scale.get_untracked();
        self.gesture.update_value(|g| {
            g.down.retain(|p| p.0 != id);
            g.pinch = None;
            // A finger left down goes on panning from the window as it is now.
            g.start = g.down.first().and_then(|&(_, x)| s.map(|s| (s, x)));
            g.dragging &= !g.down.is_empty();
        });
    }

    /// On the overview: a drag sets the date range (drawn as it goes, applied on
    /// release); a click moves the window there.
    fn over_down(self, ev: &web_sys::PointerEvent) {
        let (Some(el), Some(s)) = (self.over.get_untracked(), self.scale.get_untracked()) else {
            return;
        };
        if ev.button() != 0 {
            return;
        }
        let x = self.x_in(&el, ev.client_x());
        self.gesture
            .update_value(|g| g.over = Some((x, s.overview(s.width()))));
        let _ = el.set_pointer_capture(ev.pointer_id());
    }

    fn over_moved(self, ev: &web_sys::PointerEvent) {
        let Some(el) = self.over.get_untracked() else {
            return;
        };
        if let Some((x0, _)) = self.gesture.with_value(|g| g.over) {
            let x = self.x_in(&el, ev.client_x());
            if (x - x0).abs() >= 4 {
                self.preview.set(Some((x0.min(x), x0.max(x))));
            }
        }
    }

    fn over_up(self, ev: &web_sys::PointerEvent, apply: bool) {
        let over = self.gesture.try_update_value(|g| g.over.take()).flatten();
        self.preview.set(None);
        let (Some((x0, o)), Some(el)) = (over, self.over.get_untracked()) else {
            return;
        };
        if !apply {
            return;
        }
        let x = self.x_in(&el, ev.client_x());
        if (x - x0).abs() < 4 {
            self.set_window(&|s| s.centred_on(o.day_at(x)));
        } else {
            let (from, to) = brush_range(&o, x0, x);
            self.state.update_filter(|f| {
                f.from = Some(from);
                f.to = Some(to);
            });
        }
    }
}

/// The whole `#/timeline` view: the heading and count, the tools, then the chart, its
/// overview and legend, the undated events and (on paper) the table; or the table.
#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_app();
    let tl = Tl::new(state);
    let (table, group) = (state.ui.tl_table, state.ui.tl_group);
    let chosen = group.get_untracked();
    view! {
        <section aria-labelledby="timeline-h" class="timeline">
            <h2 id="timeline-h">{strings::view_name(View::Timeline)}</h2>
            <CountLine/>
            <div class="tl-tools" role="toolbar" aria-label=strings::w().tl_tools>
                <button
                    type="button"
                    data-tl="in"
                    aria-label=strings::w().zoom_in
                    on:click=move |_| tl.set_window(&TimeScale::zoom_in)
                >
                    "+"
                </button>
                <button
                    type="button"
                    data-tl="out"
                    aria-label=strings::w().zoom_out
                    on:click=move |_| tl.set_window(&TimeScale::zoom_out)
                >
                    "−"
                </button>
                <button type="button" on:click=move |_| state.update(true, |u| u.tw = None)>
                    {strings::w().zoom_reset}
                </button>
                <label>
                    {strings::w().lanes_by}
                    <select
                        id="tl-group"
                        prop:value=move || group.get().to_string()
                        on:change=move |ev| group.set(event_target_value(&ev).parse().unwrap_or(0))
                    >
                        {strings::w().lane_groups
                            .iter()
                            .enumerate()
                            .map(|(i, label)| {
                                view! {
                                    <option value=i.to_string() selected=i == usize::from(chosen)>
                                        {*label}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <TableToggle on=table/>
                <button
                    type="button"
                    hidden=move || !state.filter.with(|f| constrains(f, Group::Date))
                    on:click=move |_| state.update_filter(|f| *f = f.cleared(Group::Date))
                >
                    {strings::w().clear_dates}
                </button>
            </div>
            {move || {
                if table.get() {
                    view! { <EventsTable sorted=true/> }.into_any()
                } else {
                    view! {
                        <Chart tl=tl/>
                        <p class="tl-legend">
                            <span class="key-point">{strings::w().tl_point}</span>
                            <span class="key-bar">{strings::w().tl_bar}</span>
                            <span class="key-reported">{strings::w().reported}</span>
                            <span class="key-contested">{strings::w().contested}</span>
                        </p>
                        <Undated/>
                        <PrintTable/>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// The chart, the focused mark's whole name, the overview, and what the window is in
/// words for a screen reader.
#[component]
fn Chart(tl: Tl) -> impl IntoView {
    let state = tl.state;
    // Measured again when the window's width changes and when the panel opens or
    // closes: in the next frame, after the layout has followed (measuring at once would
    // force a layout of the whole page of its own, before the panel is even drawn).
    Effect::new(move |_| {
        state.ui.width.track();
        state.sel.track();
        if let Some(el) = tl.chart.get() {
            request_animation_frame(move || {
                let w = to_chart(el.client_width(), state.ui.width.get_untracked());
                if w > 0 && tl.width.try_get_untracked().is_some_and(|old| old != w) {
                    tl.width.try_set(w);
                }
            });
        }
    });
    let drawn = Memo::new(move |_| tl.scale.with(Option::is_some));
    let group = state.ui.tl_group;
    let bands = Memo::new(move |_| tl.lay.with(|l| l.l.bands.clone()));
    // The window in words: "1 June 2024 – 31 December 2024".
    let window = move || {
        tl.scale.get().map(|s| {
            let (a, b) = window_dates(&s);
            strings::span(Some(a), Some(b))
        })
    };
    // A mark for every dated event in the window, passing the filter or not, hidden
    // while it does not: a facet toggle shows and hides marks instead of drawing them
    // again.
    let marks = Memo::new(move |_| {
        let c = corpus();
        let s = tl.scale.get()?;
        let ordered = in_time_order().iter().copied();
        Some(ordered.filter(|&e| in_window(c, e, &s)).collect::<Vec<_>>())
    });
    view! {
        <div
            id="tl-chart"
            class="tl-chart"
            tabindex="0"
            aria-label=strings::w().tl_chart
            role="group"
            node_ref=tl.chart
            on:keydown=move |ev| tl.chart_key(&ev)
            on:wheel=move |ev| tl.wheel(&ev)
            on:dblclick=move |ev| tl.dblclick(&ev)
            on:pointerdown=move |ev| tl.down(&ev)
            on:pointermove=move |ev| tl.moved(&ev)
            on:pointerup=move |ev| tl.up(&ev)
            on:pointercancel=move |ev| tl.up(&ev)
        >
            {move || {
                drawn.get()
                    .then(|| {
                        view! {
                            <svg
                                class="tl"
                                viewBox=move || {
                                    let lanes = tl.lay.with(|l| l.l.lanes.max(1));
                                    view_box(tl.width.get(), AXIS + i32::from(lanes) * LANE + 14)
                                }
                                role="group"
                                aria-label=move || window().map(|w| [strings::w().tl_chart, ": ", &w].concat())
                            >
                                {corpus()
                                    .period_ids()
                                    .map(|p| view! { <PeriodBand tl=tl id=p/> })
                                    .collect_view()}
                                // Lane bands for the groups, labelled at the left.
                                {move || {
                                    let by = group.get();
                                    bands.with(|b| {
                                        b.iter()
                                            .enumerate()
                                            .filter(|(_, b)| by < 2 && b.1 > 0)
                                            .map(|(g, &(first, lanes))| {
                                                let y = AXIS + i32::from(first) * LANE;
                                                let class = if g % 2 == 0 { "band" } else { "band odd" };
                                                view! {
                                                    <rect class=class x="0" y=y width="100%" height=i32::from(lanes) * LANE/>
                                                    <text class="band-label" x="4" y=y + 10>{group_name(g, by)}</text>
                                                }
                                            })
                                            .collect_view()
                                    })
                                    .into_any()
                                }}
                                // The axis, down the whole chart whatever its height.
                                {move || {
                                    tl.ticks.with(|t| {
                                        let ticks = t.as_ref().map_or(&[][..], |t| &t.1);
                                        ticks
                                            .iter()
                                            .enumerate()
                                            .map(|(i, t)| {
                                                let class = if t.major { "tick major" } else { "tick" };
                                                tick(class, t.x, "100%", "14", tick_text(&t.label, i == 0))
                                            })
                                            .collect_view()
                                    })
                                    .into_any()
                                }}
                                // In time order, so Tab and the arrows go through them in that order.
                                <For each=move || marks.get().unwrap_or_default() key=|e| *e let(e)>
                                    <EventMark tl=tl id=e/>
                                </For>
                            </svg>
                        }
                        .into_any()
                    })
            }}
        </div>
        <p id="tl-focus" class="tl-focus" aria-hidden="true">
            {move || tl.focus.with(|f| f.as_ref().map(|f| f.1.clone()))}
        </p>
        <div
            id="tl-overview"
            class="tl-overview"
            node_ref=tl.over
            on:pointerdown=move |ev| tl.over_down(&ev)
            on:pointermove=move |ev| tl.over_moved(&ev)
            on:pointerup=move |ev| tl.over_up(&ev, true)
            on:pointercancel=move |ev| tl.over_up(&ev, false)
        >
            {move || drawn.get().then(|| view! { <Overview tl=tl/> }.into_any())}
        </div>
        <p id="tl-announce" class="sr-only" aria-live="polite">
            {move || {
                let unit = tl.ticks.with(|t| t.as_ref().map(|t| t.0))?;
                Some([window()?.as_str(), ", ", (strings::w().unit_name)(unit)].concat())
            }}
        </p>
    }
}

/// Tick labels in words, and how wide they are drawn.
struct Font;

impl LabelWidth for Font {
    fn width(&self, label: &TickLabel) -> i32 {
        explorer_core::text::columns(&tick_text(label, true)) as i32 * CHAR
    }
}

/// How wide a label is drawn.
/// The width an event's label needs: its title, after the contested flag if it has one.
fn label_width(e: EventId) -> i32 {
    let (flag, char) = if contested(e) {
        (FLAG, CHAR_BOLD)
    } else {
        (0, CHAR)
    };
    corpus().event(e).title.chars().count() as i32 * char + flag
}

/// An event's label as drawn in its room: one line (shortened if it must be) and an empty
/// second, or two lines, the first ending in a space so the label reads as its title.
fn label_lines(title: &str, at: MarkAt, hot: bool) -> (String, String) {
    let (flag, char) = if hot { (FLAG, CHAR_BOLD) } else { (0, CHAR) };
    let chars = ((at.room - flag) / char).max(0) as usize;
    if at.two {
        let (mut first, second) = explorer_core::text::two_lines(title, chars);
        first.push(' ');
        (first, second)
    } else {
        (explorer_core::text::shorten(title, chars), String::new())
    }
}

/// Where an event's mark is: its left edge, width, lane, the label's room (per line when
/// on two lines), and whether it is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct MarkAt {
    x: i32,
    w: i32,
    lane: u16,
    room: i32,
    two: bool,
    drawn: bool,
}

/// A tick's label; months and days say their year on the first tick and at January (the
/// window always shows which year it is in).
fn tick_text(l: &TickLabel, with_year: bool) -> String {
    (strings::w().tick)(l, with_year)
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

fn group_name(g: usize, by: u8) -> &'static str {
    match by {
        0 => explorer_core::EventKind::ALL.get(g).map_or("", |k| k.say()),
        _ => strings::w()
            .actor_groups
            .get(g)
            .copied()
            .unwrap_or(strings::w().no_actor),
    }
}

/// Every dated event in time order (the order of the filter's matches), worked out once.
fn in_time_order() -> &'static [EventId] {
    static ORDER: std::sync::OnceLock<Vec<EventId>> = std::sync::OnceLock::new();
    ORDER.get_or_init(|| {
        let c = corpus();
        let order = search_index().timeline_order();
        let mut v: Vec<EventId> = c
            .event_ids()
            .filter(|&e| c.event(e).date.is_some())
            .collect();
        explorer_core::small_sort::sort_by_key(&mut v, |e| order[e.index()]);
        v
    })
}

/// Whether the sources differ about an event (it shares a quote with a comparison),
/// worked out once for every event.
fn contested(e: EventId) -> bool {
    static HOT: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    HOT.get_or_init(|| {
        corpus()
            .event_ids()
            .map(|e| {
                let linked = search_index().linked(Item::Event(e));
                linked.iter().any(|i| matches!(i, Item::Comparison(_)))
            })
            .collect()
    })[e.index()]
}

/// Enter or Space on an element acting as a button opens what it stands for.
fn open_on_key(state: AppState, item: Item, ev: &web_sys::KeyboardEvent) {
    if matches!(ev.key().as_str(), "Enter" | " ") {
        ev.prevent_default();
        state.select_from(item, ev);
    }
}

/// Where a period is drawn across the window, if it is in view.
fn period_x(p: PeriodId, s: &TimeScale) -> Option<(i32, i32)> {
    let period = corpus().period(p);
    let (lo, hi) = s.bounds();
    let a = period.from.map_or(lo as i32, |d| d.first_day());
    let b = period.to.map_or(hi as i32, |d| d.last_day() + 1);
    let (x0, x1) = (s.x(a).max(-2), s.x(b).min(s.width() + 2));
    (x1 > 0 && x0 < s.width()).then_some((x0, x1))
}

/// One named period, as a labelled background band behind the events; an end the texts
/// do not bound runs to the edge of the data without an edge line. There are few
/// periods, so each is drawn once (not a keyed list): out of the window it is not drawn
/// (`display="none"`, so it cannot have focus either) and keeps its place.
#[component]
fn PeriodBand(tl: Tl, id: PeriodId) -> impl IntoView {
    let period = corpus().period(id);
    let item = Item::Period(id);
    let span = strings::span(period.from, period.to);
    let name = [strings::item_kind(item), ": ", period.name, ", ", &span].concat();
    // Whether it is in the window, and where.
    let x = Memo::new(move |prev: Option<&(i32, i32, bool)>| {
        match tl.scale.with(|s| s.and_then(|s| period_x(id, &s))) {
            Some((x0, x1)) => (x0, x1, true),
            None => prev.map_or((0, 0, false), |&(x0, x1, _)| (x0, x1, false)),
        }
    });
    // The line at a bounded end (`to`: the right one).
    let edge = move |to: bool| {
        view! {
            <line
                class="edge"
                x1=move || if to { x.get().1 } else { x.get().0 }
                x2=move || if to { x.get().1 } else { x.get().0 }
                y1="18"
                y2="100%"
            />
        }
    };
    let title = name.clone();
    let focused = name.clone();
    view! {
        <g
            class="period"
            display=move || {
                let out = !x.get().2;
                if out {
                    tl.forget_focus(item);
                }
                out.then_some("none")
            }
            tabindex="0"
            role="button"
            data-sel=item.code()
            aria-label=name
            on:click=move |ev| tl.state.select_from(item, &ev)
            on:keydown=move |ev| open_on_key(tl.state, item, &ev)
            on:focus=move |_| tl.focus.set(Some((item, focused.clone())))
            on:blur=move |_| tl.focus.set(None)
        >
            <title>{title}</title>
            <rect x=move || x.get().0 y="18" width=move || x.with(|x| (x.1 - x.0).max(1)) height="100%"/>
            {period.from.is_some().then(|| edge(false))}
            {period.to.is_some().then(|| edge(true))}
            <text class="period-label" x=move || x.get().0.max(0) + 4 y="28">
                {period.name}
            </text>
        </g>
    }
}

/// A tick of an axis: its line from the top down to `y2`, its label at `y`.
fn tick(class: &'static str, x: i32, y2: &'static str, y: &'static str, label: String) -> AnyView {
    view! {
        <line class=class x1=x x2=x y1="0" y2=y2/>
        <text class="tick-label" x=x + 3 y=y>{label}</text>
    }
    .into_any()
}

/// An event's accessible name: its date, how precisely it is known, its title.
fn event_name(e: EventId, hot: bool) -> String {
    let ev = corpus().event(e);
    let when = strings::span(ev.date, ev.end);
    let prec = (strings::w().precision)(ev.date.map(|d| d.precision()));
    let mut name = [when.as_str(), ", ", prec, ": ", ev.title].concat();
    if ev.reported {
        name.push_str(strings::w().name_reported);
    }
    if hot {
        name.push_str(strings::w().name_contested);
    }
    name
}

/// One event's mark: a point for a day, a bar across a month, a year or a span; dashed
/// when the date is a report's; a flag when the sources differ; its title beside it as
/// far as its lane allows. Drawn at its place (`transform`), so that a pan moves it
/// with one attribute.
#[component]
fn EventMark(tl: Tl, id: EventId) -> impl IntoView {
    let ev = corpus().event(id);
    let item = Item::Event(id);
    let hot = contested(id);
    let name = event_name(id, hot);
    let point = span_of(corpus(), id).is_some_and(|s| s.point);
    // The label starts after the contested flag.
    let flag_w = if hot { FLAG } else { 0 };
    // Where the mark is and whether it is drawn: one memo, so that a change elsewhere in
    // the layout leaves this mark alone. A mark hidden (its event does not pass the
    // filter) or about to go (it left the window) keeps its place.
    let at = Memo::new(
        move |prev: Option<&MarkAt>| match tl.lay.with(|l| l.get(id)) {
            Some((_, m)) => MarkAt {
                x: m.x0,
                w: m.x1 - m.x0,
                lane: m.lane,
                room: m.label,
                two: m.two,
                drawn: true,
            },
            None => MarkAt {
                drawn: false,
                ..prev.copied().unwrap_or_default()
            },
        },
    );
    let w = move || at.get().w;
    let labelled = Memo::new(move |_| at.get().room > 0);
    let node = NodeRef::<G>::new();
    // A mark drawn again for the same event takes its place (a removed mark's ref reads
    // as nothing: its owner is gone).
    tl.marks.update_value(|m| m[id.index()] = Some(node));
    on_cleanup(move || {
        tl.forget_focus(item);
    });
    let class = [
        "ev k",
        &(ev.kind as u8).to_string(),
        if ev.reported { " reported" } else { "" },
        if hot { " contested" } else { "" },
    ]
    .concat();
    let flag = hot.then(|| {
        view! { <path class="flag" d=move || ["M", &(w() + 4).to_string(), " 13v-12l7 3-7 3"].concat()/> }
        .into_any()
    });
    let (title, focused) = (name.clone(), name.clone());
    view! {
        <g
            class=class
            tabindex="0"
            role="button"
            data-sel=item.code()
            data-ev=move || at.get().drawn.then(|| id.index().to_string())
            display=move || {
                let hidden = !at.get().drawn;
                if hidden {
                    tl.forget_focus(item);
                }
                hidden.then_some("none")
            }
            aria-label=name
            transform=move || {
                let MarkAt { x, lane, .. } = at.get();
                ["translate(", &x.to_string(), " ", &(AXIS + i32::from(lane) * LANE + 12).to_string(), ")"].concat()
            }
            node_ref=node
            on:click=move |ev| tl.state.select_from(item, &ev)
            on:keydown=move |ev| tl.mark_key(id, &ev)
            on:focus=move |_| tl.focus.set(Some((item, focused.clone())))
            on:blur=move |_| tl.focus.set(None)
        >
            <title>{title}</title>
            // The mark's target: its lane's full height over the mark and its label, at
            // least 24 px wide, so a finger can hit it (WCAG 2.2 target size).
            <rect class="hit" y="-6" width=move || { let a = at.get(); (a.w + 4 + a.room).max(24) } height=LANE/>
            // A point is a disc (a square with its corners rounded off), a bar a bar.
            <rect
                x=move || if point { w() / 2 - POINT_R } else { 0 }
                y="2"
                width=move || if point { 2 * POINT_R } else { w().max(3) }
                height="10"
                rx=if point { POINT_R } else { 2 }
            />
            {flag}
            // Drawn again only when it comes or goes (a drawn element loses and gets
            // back every attribute), moved and shortened in place.
            {move || {
                labelled.get().then(|| {
                    view! {
                        <text class="ev-label" lang=strings::text_lang() x=move || w() + 4 + flag_w y=move || if at.get().two { "10" } else { "11" }>
                            // Text set in place as the mark moves (a view here would be
                            // drawn again each time); the second line is empty on one line.
                            {move || label_lines(ev.title, at.get(), hot).0}
                            <tspan x=move || w() + 4 + flag_w dy="12">
                                {move || {
                                    let a = at.get();
                                    if a.two { label_lines(ev.title, a, hot).1 } else { String::new() }
                                }}
                            </tspan>
                        </text>
                    }
                    .into_any()
                })
            }}
        </g>
    }
}

/// The whole span: every event as a tick, the window shown above as a frame, and the
/// date range of the filter as the brush with its handles.
#[component]
fn Overview(tl: Tl) -> impl IntoView {
    let state = tl.state;
    let o = Memo::new(move |_| tl.scale.get().map(|s| s.overview(s.width())));
    // The window's edges on the strip.
    let window = move || {
        let (s, o) = (tl.scale.get()?, o.get()?);
        Some((o.x_at(s.start()), o.x_at(s.end())))
    };
    view! {
        <svg
            class="tl-over"
            viewBox=move || view_box(tl.width.get(), OVERVIEW)
            role="img"
            aria-label=strings::w().tl_overview
        >
            {move || {
                o.get()
                    .map(|o| {
                        let (_, years) = ticks(&o, &Font);
                        view! {
                            {years
                                .iter()
                                .map(|t| tick("tick", t.x, "30", "42", tick_text(&t.label, true)))
                                .collect_view()}
                            // Every event's tick: one path, not an element each.
                            <path class="o-ev" d=overview_path(corpus(), &o, 10, 12)/>
                        }
                        .into_any()
                    })
            }}
            <rect
                class="o-window"
                x=move || window().map_or(0, |w| w.0)
                y="2"
                width=move || window().map_or(0, |w| (w.1 - w.0).max(2))
                height="28"
            />
            {move || {
                let ((x0, x1), handles) = match tl.preview.get() {
                    Some(p) => (p, false),
                    None => {
                        let (from, to) = state.filter.with(|f| (f.from, f.to));
                        let o = o.get().filter(|_| from.is_some() || to.is_some())?;
                        let (lo, hi) = o.bounds();
                        let a = from.map_or(lo as i32, |d| d.first_day());
                        let b = to.map_or(hi as i32, |d| d.last_day() + 1);
                        ((o.x(a).max(0), o.x(b).min(o.width())), true)
                    }
                };
                Some(
                    view! {
                        <rect class="o-brush" x=x0 y="0" width=(x1 - x0).max(2) height="32"/>
                        {handles
                            .then(|| {
                                view! {
                                    <rect class="o-handle" x=x0 - 3 y="0" width="6" height="32"/>
                                    <rect class="o-handle" x=x1 - 3 y="0" width="6" height="32"/>
                                }
                            })}
                    }
                    .into_any(),
                )
            }}
        </svg>
    }
}

/// An SVG's `viewBox` for a width and a height.
fn view_box(w: i32, h: i32) -> String {
    ["0 0 ", &w.to_string(), " ", &h.to_string()].concat()
}

/// The events with no date, in the order the texts give them (never at a date made up):
/// the first [`UNDATED`] of them, and a button for the rest. "Show all" holds for the
/// filter it was asked under; under another the list starts again at its first rows, so
/// a facet toggle draws at most that many.
#[component]
fn Undated() -> impl IntoView {
    let state = use_app();
    let c = corpus();
    let any = c.event_ids().any(|e| c.event(e).date.is_none());
    let list = Memo::new(move |_| {
        state.explore.with(|e| {
            let m = &e.matches.events;
            m.iter()
                .copied()
                .filter(|&e| c.event(e).date.is_none())
                .collect::<Vec<_>>()
        })
    });
    let asked = RwSignal::new(None::<Filter>);
    let all = move || state.filter.with(|f| asked.with(|a| a.as_ref() == Some(f)));
    let shown = move || {
        let n = if all() { usize::MAX } else { UNDATED };
        list.with(|l| l.iter().take(n).copied().collect::<Vec<_>>())
    };
    let ol = NodeRef::<leptos::html::Ol>::new();
    // "Show all" gives focus to the first row it adds (once drawn).
    let show_all = Callback::new(move |()| {
        asked.set(Some(state.filter.get_untracked()));
        request_animation_frame(move || {
            let button = ol
                .get_untracked()
                .and_then(|ol| ol.children().item(UNDATED as u32))
                .and_then(|li| li.query_selector("button").ok().flatten());
            if let Some(b) = button {
                focus_element(b);
            }
        });
    });
    any.then(|| {
        view! {
            <section class="undated" aria-labelledby="undated-h">
                <h3 id="undated-h">{strings::w().undated_band}</h3>
                <ol class="items events" node_ref=ol>
                    <For each=shown key=|e| *e let(e)>
                        <UndatedEvent id=e/>
                    </For>
                </ol>
                {move || {
                    let n = list.with(Vec::len);
                    (!all() && n > UNDATED).then(|| view! { <ShowAll n=n on_click=show_all/> }.into_any())
                }}
            </section>
        }
    })
}

/// "Show all N events", under a list drawn a page at a time.
#[component]
fn ShowAll(n: usize, on_click: Callback<()>) -> impl IntoView {
    view! {
        <p>
            <button type="button" class="link" on:click=move |_| on_click.run(())>
                {(strings::w().show_all)(n, Noun::Event)}
            </button>
        </p>
    }
}

#[component]
fn UndatedEvent(id: EventId) -> impl IntoView {
    let ev = corpus().event(id);
    view! {
        <li class="item event">
            <h4>
                <OpenItem item=Item::Event(id) class="title" label=ev.title/>
            </h4>
            <EventMeta id=id/>
            <About ids=ev.actors/>
        </li>
    }
}

/// On paper, the events as a dated list (the table, which the chart stands for), drawn
/// only for printing.
#[component]
fn PrintTable() -> impl IntoView {
    let printing = use_app().ui.printing;
    view! {
        <div class="print-only">
            {move || printing.get().then(|| view! { <EventsTable sorted=false/> }.into_any())}
        </div>
    }
}

/// The events that pass the filter as a table, in time order or sorted by a column
/// (`sorted`); on screen the first rows, and a button for the rest.
#[component]
fn EventsTable(sorted: bool) -> impl IntoView {
    let state = use_app();
    let sort: Signal<u8> = if sorted {
        state.ui.tl_sort.into()
    } else {
        Signal::stored(0)
    };
    let rows = Memo::new(move |_| {
        let c = corpus();
        let by = sort.get();
        let mut rows = state.explore.with(|e| e.matches.events.clone());
        match by {
            1 => explorer_core::small_sort::sort_by(&mut rows, |a, b| {
                c.event(*a).title.cmp(c.event(*b).title)
            }),
            2 => explorer_core::small_sort::sort_by_key(&mut rows, |e| c.event(*e).kind),
            _ => {}
        }
        rows
    });
    let limit = RwSignal::new(if sorted { ROWS } else { usize::MAX });
    let shown = move || rows.with(|r| r.iter().take(limit.get()).copied().collect::<Vec<_>>());
    // "Show all" gives focus to the first row it adds.
    let first_new = StoredValue::new_local(None::<EventId>);
    let show_all = Callback::new(move |()| {
        first_new.set_value(rows.with_untracked(|r| r.get(ROWS).copied()));
        limit.set(usize::MAX);
    });
    view! {
        <SortTable
            caption=strings::w().tl_table_caption
            heads=&strings::w().tl_columns
            sortable=if sorted { 3 } else { 0 }
            sort=sort
            on_sort=Callback::new(move |i| state.ui.tl_sort.set(i))
        >
            <For each=shown key=|e| *e let(e)>
                <EventRow id=e first_new=first_new/>
            </For>
        </SortTable>
        {move || {
            let n = rows.with(Vec::len);
            (n > limit.get()).then(|| view! { <ShowAll n=n on_click=show_all/> }.into_any())
        }}
    }
}

#[component]
fn EventRow(id: EventId, first_new: StoredValue<Option<EventId>, LocalStorage>) -> impl IntoView {
    let ev = corpus().event(id);
    let date = strings::span(ev.date, ev.end);
    let when = if date.is_empty() {
        strings::w().undated.to_string()
    } else {
        let precision = (strings::w().precision)(ev.date.map(|d| d.precision()));
        [date.as_str(), " (", precision, ")"].concat()
    };
    let row = NodeRef::<leptos::html::Tr>::new();
    if first_new.get_value() == Some(id) {
        first_new.set_value(None);
        request_animation_frame(move || {
            let button = row
                .get_untracked()
                .and_then(|r| r.query_selector("button").ok().flatten());
            if let Some(b) = button {
                focus_element(b);
            }
        });
    }
    view! {
        <tr node_ref=row>
            <td>{when}</td>
            <td>
                <OpenItem item=Item::Event(id) class="title" label=ev.title/>
            </td>
            <td>{ev.kind.say()}</td>
            <td>
                <Actors ids=ev.actors/>
            </td>
        </tr>
    }
}

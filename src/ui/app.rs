//! The explorer's skeleton: the frame, the filter panel, the routed view and the detail
//! panel, each drawn as markup into its own element when what it shows changes; the one
//! click handler and the keys every view uses; and the effects that talk to the DOM.
//!
//! Views are functions from state to markup (`html.rs` says why); views never import
//! each other, they meet here and in the app state.

use super::dom::*;
use super::state::AppState;
use super::strings;
use super::{
    alliance_map, claims, common, facets, frame, lessons, panel, share, sources, sync, timeline,
};
use crate::data::corpus;
use explorer_core::claims::{ClaimGroup, ClaimSort};
use explorer_core::filter::Group;
use explorer_core::selection::{Item, Passage};
use explorer_core::{Date, Facet, Route, UrlState};
use reactive_graph::effect::Effect;
use reactive_graph::owner::{on_cleanup, Owner};
use reactive_graph::prelude::*;
use wasm_bindgen::JsCast;

/// The page's static skeleton: the parts the views draw into.
const SKELETON: [&str; 3] = [
    "<div id=\"app\"><a class=\"skip\" href=\"#main\" data-skip=\"1\">",
    strings::SKIP,
    "</a><div id=\"frame\"></div><div id=\"chips\" class=\"chips\"></div>\
<div id=\"notices\" class=\"notices\" role=\"status\" aria-live=\"polite\"></div>\
<p id=\"print-head\" class=\"print-only\"></p><div id=\"lesson\"></div>\
<div class=\"layout\"><div id=\"filters\"></div><main id=\"main\" tabindex=\"-1\"></main>\
<div id=\"detail\" class=\"detail\"></div></div>\
<p id=\"announce\" class=\"sr-only\" aria-live=\"polite\"></p></div>",
];

/// Mounts the explorer in `parent`: the skeleton as markup (a `view!` tree of it cost
/// the download 5 KB, docs/size.md), then the state, the listeners and the one effect
/// that draws. Dropping the handle ends the effects and listeners.
pub fn mount(parent: web_sys::HtmlElement) -> impl Sized {
    // Effects run as wasm-bindgen-futures tasks (an error only says it was already set).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let _ = parent.insert_adjacent_html("afterbegin", &SKELETON.concat());
    let owner = Owner::new();
    owner.with(|| {
        let state = AppState::from_location();
        listen(state);
        render(state);
    });
    owner
}

/// What each part of the page was last drawn for: a part is drawn again only when what
/// it shows changed.
#[derive(Clone, PartialEq, Default)]
struct Drawn {
    frame: Option<bool>,
    chips: Option<explorer_core::Filter>,
    notices: Option<Vec<explorer_core::Notice>>,
    lesson: Option<Option<(explorer_core::LessonId, u16)>>,
    /// Where the reader's passage was last brought into view.
    passage: Option<(Route, Option<Passage>)>,
    /// What the actor facet's box last asked for.
    find: Option<(String, bool)>,
    main: Option<(Route, String, u64, Option<explorer_core::Filter>)>,
    detail: Option<(Option<Item>, String)>,
    /// The search words the search box was last given.
    query: Option<String>,
    chart: Option<ChartKey>,
    map: Option<MapKey>,
}

/// The map is drawn again for another layout, date, viewport, table sort, width (of the
/// window, or as the panel opens and closes) or filter.
type MapKey = (
    explorer_core::url::MapView,
    Option<Date>,
    (u32, u8, bool),
    i32,
    bool,
    explorer_core::Filter,
);

/// The timeline's chart is drawn again for another window, grouping, width (of the
/// window, or of the chart as the panel opens and closes) or filter.
type ChartKey = (Option<(Date, Date)>, u8, i32, bool, explorer_core::Filter);

fn set_html(id: &str, html: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.set_inner_html(html);
    }
}

/// The one effect that draws the page: each part whose inputs changed, then the
/// timeline's chart, then `sync` brings every drawn part in step with the state. One
/// effect, so that the order is always draw, then sync.
fn render(state: AppState) {
    Effect::new_sync(move |prev: Option<Drawn>| {
        let prev = prev.unwrap_or_default();
        let mut now = prev.clone();
        let u = state.url.get();
        let route = u.route;
        let q = u.filter.q.clone();
        // The words marked in the view and the panel: while the user types, those they
        // were drawn with, until the pause (`AppState::typing`).
        let marks = match &prev.main {
            Some((r, m, ..)) if *r == route && state.typing() => m.clone(),
            _ => q.clone(),
        };
        let query = explorer_core::text::Query::new(&marks);
        let ui = state.ui.get();
        let e = state.explore(&u);
        now.frame = Some(u.embed);
        if prev.frame != now.frame {
            set_html(
                "frame",
                &if u.embed {
                    share::embed_header()
                } else {
                    frame::header()
                },
            );
            if prev.frame.is_none() {
                set_html("filters", &facets::html());
            }
            if let Some(body) = document().body() {
                let _ = body.class_list().toggle_with_force("embed", u.embed);
            }
        }
        now.chips = Some(u.filter.clone());
        if prev.chips != now.chips {
            set_html("chips", &frame::chips(&u.filter));
        }
        now.notices = Some(ui.notices.clone());
        if prev.notices != now.notices {
            set_html(
                "notices",
                &frame::notices(now.notices.as_deref().unwrap_or_default()),
            );
        }
        now.lesson = Some(u.lesson);
        if prev.lesson != now.lesson {
            set_html(
                "lesson",
                &u.lesson
                    .map(|(l, n)| lessons::bar_html(l, n))
                    .unwrap_or_default(),
            );
        }
        // The view: again for another route, other search words, the timeline's table
        // or sort, the reader's legend or passage; the map and the reader also draw what
        // passes the filter.
        let (table, sort, legend) = (ui.tl_table, ui.tl_sort, ui.legend);
        let hl = u.hl.map_or(0, |p| p.start ^ p.end.rotate_left(16));
        let view_key = u64::from(table)
            | u64::from(sort) << 1
            | u64::from(ui.map_table) << 4
            | u64::from(ui.cl_table) << 5
            | (u.group as u64) << 8
            | (u.sort as u64) << 11
            | u64::from(legend) << 12
            | u64::from(hl) << 20;
        let needs_matches = matches!(route, Route::Source(_));
        now.main = Some((
            route,
            marks.clone(),
            view_key,
            needs_matches.then(|| u.filter.clone()),
        ));
        if prev.main != now.main {
            let html = match route {
                Route::Timeline => timeline::html(&query, state),
                Route::Map => alliance_map::html(state),
                Route::Claims => claims::html(&query, &u, ui.cl_table),
                Route::Sources => sources::list_html(&query),
                Route::Lessons => lessons::list_html(),
                Route::Source(doc) => {
                    let text = corpus().document(doc).text;
                    let target = u.hl.and_then(|p| p.bytes_in(text));
                    sources::reader_html(doc, &e.matches, target, legend, &query)
                }
            };
            set_html("main", &html);
            now.chart = None;
            now.map = None;
        }
        now.detail = Some((u.sel, marks));
        if prev.detail != now.detail {
            set_html(
                "detail",
                &u.sel
                    .map(|item| panel::html(item, &query))
                    .unwrap_or_default(),
            );
            // The panel takes focus as it opens on another item, unless a lesson's step
            // opened it: focus stays on the lesson's bar, so the arrows go on through it.
            let other = prev.detail.as_ref().is_none_or(|(sel, _)| *sel != u.sel);
            if u.sel.is_some() && other && (prev.lesson.is_none() || prev.lesson == now.lesson) {
                request_animation_frame(|| focus("panel-h"));
            }
        }
        // The search box shows the query when it changes.
        now.query = Some(q.clone());
        let q_changed = prev.query != now.query;
        if let Some(input) = document()
            .get_element_by_id("q")
            .filter(|_| q_changed)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            if input.value() != q {
                input.set_value(&q);
            }
        }
        // The reader scrolls to its passage and gives it focus.
        now.passage = Some((route, u.hl));
        if u.hl.is_some() && (prev.passage != now.passage || prev.main != now.main) {
            request_animation_frame(|| {
                if let Some(el) = document()
                    .query_selector(".fulltext .target")
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    el.scroll_into_view_with_bool(false);
                    let _ = el.focus();
                }
            });
        }
        // The actor facet shows what its box asks for.
        now.find = Some((ui.find.clone(), ui.all_actors));
        if prev.find != now.find {
            facets::show_actors(&ui.find, ui.all_actors);
        }
        if route == Route::Timeline && !table {
            now.chart = Some((
                u.tw,
                ui.tl_group,
                ui.tl_width,
                u.sel.is_some(),
                u.filter.clone(),
            ));
            if prev.chart != now.chart {
                timeline::draw(state, u.tw, &e.matches);
            }
        }
        if route == Route::Map {
            now.map = Some((
                u.layout,
                u.asof,
                (ui.map_rev, ui.map_sort, ui.map_table),
                ui.tl_width,
                u.sel.is_some(),
                u.filter.clone(),
            ));
            if prev.map != now.map {
                alliance_map::draw(state, &e.matches);
            }
        } else {
            now.map = None;
            alliance_map::stop(state);
        }
        sync::sync(&u, &e, ui.drawer, route);
        if u.embed {
            share::sync(&u);
        }
        share::print_head();
        now
    });
}

/// The map's outlines failed to load.
fn land(ev: &web_sys::Event) {
    let on_land = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|t| t.id() == "map-img");
    if on_land {
        alliance_map::land_failed();
    }
}

thread_local! {
    /// The page's listeners, while the explorer is mounted (a thread-local rather than a
    /// `StoredValue`, see `state.rs`'s `KeepHandle`).
    static LISTENERS: std::cell::RefCell<Option<Box<dyn std::any::Any>>> = const { std::cell::RefCell::new(None) };
}

/// The page's listeners, one per kind of event for the whole page (gloo-events): every
/// change of address (a link, Back, Forward, an edited hash) fires popstate; clicks,
/// typing, changed fields and keys reach the handlers below. They live as long as the
/// explorer is mounted.
fn listen(state: AppState) {
    use gloo_events::{EventListener, EventListenerOptions};
    let doc = document();
    // Keys and clicks may cancel what the browser would do (`/`, the skip link).
    let active = EventListenerOptions::enable_prevent_default;
    let capture = EventListenerOptions::run_in_capture_phase;

    let listeners = [
        EventListener::new(&window(), "popstate", move |_| state.sync_from_location()),
        EventListener::new_with_options(&window(), "keydown", active(), move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() {
                on_key(state, ev)
            }
        }),
        EventListener::new_with_options(&doc, "click", active(), move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::MouseEvent>() {
                on_click(state, ev)
            }
        }),
        EventListener::new(&doc, "input", move |ev| on_input(state, ev)),
        EventListener::new(&doc, "change", move |ev| on_change(state, ev)),
        // The timeline's chart and overview: the wheel must be able to keep the page
        // from scrolling while it zooms.
        EventListener::new_with_options(&doc, "wheel", active(), move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::WheelEvent>() {
                timeline::on_wheel(state, ev);
                alliance_map::on_wheel(state, ev);
            }
        }),
        EventListener::new(&doc, "dblclick", move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::MouseEvent>() {
                timeline::on_dblclick(state, ev)
            }
        }),
        // The map's outlines failed to load (this does not bubble: caught on the way
        // down).
        EventListener::new_with_options(&doc, "error", capture(), land),
        // A focused mark's full title under the chart (its label may be cut short).
        EventListener::new(&doc, "focusin", |ev| {
            timeline::on_focus(ev);
            alliance_map::highlight(ev.target());
        }),
        EventListener::new(&window(), "resize", move |_| {
            let w = window()
                .inner_width()
                .ok()
                .and_then(|w| w.as_f64())
                .unwrap_or(0.0) as i32;
            state.set_ui(|ui| ui.tl_width = w)
        }),
    ];
    let pointers = [
        "pointerdown",
        "pointermove",
        "pointerup",
        "pointercancel",
        "pointerover",
    ]
    .map(|kind| {
        EventListener::new(&doc, kind, move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::PointerEvent>() {
                timeline::on_pointer(state, ev);
                alliance_map::on_pointer(state, ev);
            }
        })
    });
    let listeners = (listeners, pointers);
    LISTENERS.set(Some(Box::new(listeners)));
    on_cleanup(|| LISTENERS.set(None));
}

/// The element an event happened on, or its nearest ancestor matching `selector`.
fn closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Every button of every view says what it does in `data-` attributes; this acts on
/// them.
fn on_click(state: AppState, ev: &web_sys::MouseEvent) {
    let Some(el) = closest(
        ev,
        "[data-facet],[data-sel],[data-items],[data-passage],[data-close],[data-clear],[data-clear-all],[data-drawer],[data-skip],[data-legend],[data-more],[data-dismiss],[data-tl],[data-tl-sort],[data-map],[data-map-sort],[data-cl],[data-lesson],[data-embed],[data-dialog-close]",
    ) else {
        return;
    };
    let attr = |name: &str| el.get_attribute(name);
    let c = corpus();
    if let Some(code) = attr("data-facet") {
        if let Some(facet) = Facet::from_code(&code, c) {
            let remove = attr("data-remove").is_some();
            state.update_filter(|f| {
                if remove {
                    *f = f.without(facet)
                } else {
                    f.toggle(facet)
                }
            });
        }
    } else if el.has_attribute("data-sel") || el.has_attribute("data-items") {
        if let Some(item) = item_of(&el) {
            state.select(item, Some(el.clone()));
        }
    } else if let Some(p) = attr("data-passage") {
        // "Show in the article": the reader at the passage, keeping the filter (the
        // link's own href, without the filter, serves "open in a new tab").
        let (doc, passage) = p.split_once(':').unwrap_or_default();
        if let (Some(doc), Some(passage)) = (c.document_by_id(doc), Passage::from_param(passage)) {
            if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
                ev.prevent_default();
                state.update(false, |u| {
                    u.route = Route::Source(doc);
                    u.hl = Some(passage);
                    u.sel = None;
                });
            }
        }
    } else if attr("data-close").is_some() {
        state.close_panel();
    } else if let Some(g) = attr("data-clear") {
        if let Some(&group) = Group::ALL.iter().find(|g2| (**g2 as u8).to_string() == g) {
            state.update_filter(|f| *f = f.cleared(group));
        }
    } else if attr("data-clear-all").is_some() {
        state.update_filter(|f| *f = Default::default());
    } else if let Some(open) = attr("data-drawer") {
        state.set_ui(|ui| ui.drawer = open == "1");
        if open == "1" {
            request_animation_frame(|| focus("facets-h"));
        } else {
            focus("filters-button");
        }
    } else if let Some(bit) = attr("data-legend") {
        let bit = common::digits(&bit) as u8;
        state.set_ui(|ui| ui.legend ^= bit);
    } else if attr("data-more").is_some() {
        state.set_ui(|ui| ui.all_actors = !ui.all_actors);
    } else if let Some(tool) = attr("data-tl") {
        timeline::on_tool(state, &tool);
    } else if let Some(what) = attr("data-lesson") {
        lesson_step(state, &what);
    } else if attr("data-embed").is_some() {
        state.url.with_untracked(share::open_dialog);
    } else if attr("data-dialog-close").is_some() {
        share::close_dialog();
    } else if attr("data-cl").is_some() {
        state.set_ui(|ui| ui.cl_table = !ui.cl_table);
    } else if let Some(tool) = attr("data-map") {
        alliance_map::on_tool(state, &tool);
    } else if let Some(col) = attr("data-map-sort") {
        alliance_map::on_sort(state, &col);
    } else if let Some(col) = attr("data-tl-sort") {
        let col = common::digits(&col) as u8;
        state.set_ui(|ui| ui.tl_sort = col);
    } else if attr("data-dismiss").is_some() {
        state.set_ui(|ui| ui.notices = Vec::new());
    } else if attr("data-skip").is_some() {
        // The hash holds the view state, so the skip link moves focus itself.
        ev.prevent_default();
        focus("main");
    }
}

/// Typing: the search box, and the actor facet's box.
fn on_input(state: AppState, ev: &web_sys::Event) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    match input.id().as_str() {
        "q" => state.type_query(input.value()),
        "find-actor" => state.set_ui(|ui| ui.find = input.value()),
        "asof" => alliance_map::on_slider(state, &input.value()),
        _ => {}
    }
}

/// The date fields, applied when left or on Enter; a value that is no date says so and
/// changes nothing.
fn on_change(state: AppState, ev: &web_sys::Event) {
    if let Some(select) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        let v = select.value();
        match select.id().as_str() {
            "tl-group" => {
                let g = common::digits(&v) as u8;
                state.set_ui(|ui| ui.tl_group = g);
            }
            "cl-group" => {
                let g = ClaimGroup::from_id(&v).unwrap_or_default();
                state.update(false, |u| u.group = g);
            }
            "theme" => super::theme::choose(&v),
            "cl-sort" => {
                let o = ClaimSort::from_id(&v).unwrap_or_default();
                state.update(false, |u| u.sort = o);
            }
            _ => {}
        }
        return;
    }
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let id = input.id();
    let from = match id.as_str() {
        "from" => true,
        "to" => false,
        _ => return,
    };
    let v = input.value();
    let v = v.trim();
    let parsed = if v.is_empty() {
        Ok(None)
    } else {
        Date::parse(v).map(Some)
    };
    if let Some(err) = document().get_element_by_id("date-error") {
        let _ = err.toggle_attribute_with_force("hidden", parsed.is_ok());
    }
    let _ = input.set_attribute(
        "aria-invalid",
        if parsed.is_ok() { "false" } else { "true" },
    );
    if let Ok(d) = parsed {
        state.update_filter(|f| if from { f.from = d } else { f.to = d });
    }
}

fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        super::state::focus_element(el);
    }
}

/// What an element opens: its `data-sel` item, or a highlighted passage's first item
/// (the others share its quote and are listed in the panel, "Shares quotes with").
fn item_of(el: &web_sys::Element) -> Option<Item> {
    let codes = el
        .get_attribute("data-sel")
        .or_else(|| el.get_attribute("data-items"))?;
    codes.split(' ').find_map(|s| Item::from_code(s, corpus()))
}

/// `/` goes to the search box; Escape closes the panel, then the drawer; Enter and Space
/// activate the highlighted passages of the reader (spans acting as buttons).
fn on_key(state: AppState, ev: &web_sys::KeyboardEvent) {
    let key = ev.key();
    let target = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let typing = target
        .as_ref()
        .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
    if let Some(t) = &target {
        if timeline::on_key(state, ev, t) || alliance_map::on_key(state, ev, t) {
            return;
        }
    }
    // In a lesson, the arrows go from step to step, unless focus is in a field or a
    // region that scrolls sideways (the charts took theirs above).
    let free = target.as_ref().is_none_or(|t| {
        t.closest(".matrix-wrap,.table-wrap")
            .ok()
            .flatten()
            .is_none()
    });
    if free && !typing {
        if let Some(what) = match key.as_str() {
            "ArrowLeft" => Some("prev"),
            "ArrowRight" => Some("next"),
            _ => None,
        } {
            if state.url.with_untracked(|u| u.lesson.is_some()) {
                ev.prevent_default();
                lesson_step(state, what);
                return;
            }
        }
    }
    match key.as_str() {
        "/" if !typing => {
            ev.prevent_default();
            focus("q");
        }
        "Escape" => {
            if state.sel().is_some() {
                state.close_panel();
            } else if state.ui.with_untracked(|ui| ui.drawer) {
                state.set_ui(|ui| ui.drawer = false);
                focus("filters-button");
            }
        }
        "Enter" | " " => {
            // Elements acting as buttons (the reader's passages, the timeline's marks
            // and periods) open what they stand for, as a click does.
            if let Some(t) = target.filter(|t| {
                t.tag_name() != "BUTTON" && t.get_attribute("role").as_deref() == Some("button")
            }) {
                if let Some(item) = item_of(&t) {
                    ev.prevent_default();
                    state.select(item, Some(t));
                }
            }
        }
        _ => {}
    }
}

/// Previous, Next or the end of the lesson being followed: the step's own view (the
/// embed setting kept), focus on the bar so the arrows go on working.
fn lesson_step(state: AppState, what: &str) {
    let Some((l, n)) = state.url.with_untracked(|u| u.lesson) else {
        return;
    };
    let embed = state.url.with_untracked(|u| u.embed);
    state.update(false, |u| match what {
        "end" => u.lesson = None,
        _ => {
            let to = if what == "next" {
                n + 1
            } else {
                n.saturating_sub(1)
            };
            *u = UrlState {
                embed,
                ..explorer_core::url::step_state(corpus(), l, to)
            };
        }
    });
    if what != "end" {
        request_animation_frame(|| focus("lesson-bar"));
    }
}

//! The one app state, provided at the root. The URL hash is the source of truth for
//! what is shown; everything else is derived from it. Effects here only talk to the
//! outside world: the address bar and the search box.

use super::dom::*;
use crate::data::corpus;
use explorer_core::facets::{explore, Explore, Subject};
use explorer_core::search::SearchIndex;
use explorer_core::selection::Item;
use explorer_core::{Filter, Notice, Route, UrlState};
use gloo_timers::callback::Timeout;
use reactive_graph::prelude::*;
use reactive_graph::signal::RwSignal;
use wasm_bindgen::JsCast;

/// How long typing may pause before the next keystroke starts a new history entry.
const TYPING_PAUSE_MS: u32 = 600;

/// The interface's own state, not part of a link: the filter drawer on narrow screens,
/// the kinds of passage the reader's legend shows (bits of `explorer_core::reader`),
/// what is typed in the actor facet's box and whether it shows every actor, and the
/// timeline's table, lane grouping (event kind, actor, none), table sort and width.
/// One signal for all of it: each distinct signal type costs the download its code.
#[derive(Clone, PartialEq)]
pub struct Ui {
    pub drawer: bool,
    pub legend: u8,
    pub find: String,
    pub all_actors: bool,
    pub tl_table: bool,
    pub tl_group: u8,
    pub tl_sort: u8,
    pub tl_width: i32,
    pub map_table: bool,
    pub map_sort: u8,
    /// The claims as a dense table instead of cards.
    pub cl_table: bool,
    /// Bumped when the map's viewport changes (held in `AppState::map`), to redraw it.
    pub map_rev: u32,
    /// What could not be used of the link last read (one signal fewer than a signal of
    /// their own: each signal type costs the download its code).
    pub notices: Vec<Notice>,
}

/// Shared state: the URL state, the notices from reading it, and what is derived.
#[derive(Clone, Copy)]
pub struct AppState {
    pub url: RwSignal<UrlState>,
    pub ui: RwSignal<Ui>,
    /// What the handlers keep between events (see [`Keep`]).
    keep: KeepHandle,
}

thread_local! {
    static KEEP: std::cell::RefCell<Keep> = std::cell::RefCell::new(Keep::default());
}

/// The handle of [`Keep`], a thread-local rather than a `StoredValue`: Leptos's local
/// storage wraps values in `SendWrapper`, whose thread checks cost the download 4.7 KB
/// (`docs/size.md`), and nothing else of the explorer needs it.
#[derive(Clone, Copy)]
struct KeepHandle;

impl KeepHandle {
    fn with_value<R>(&self, f: impl FnOnce(&Keep) -> R) -> R {
        KEEP.with_borrow(f)
    }

    fn update_value<R>(&self, f: impl FnOnce(&mut Keep) -> R) -> R {
        KEEP.with_borrow_mut(f)
    }
}

/// What the handlers keep between events, in one stored value (each distinct stored type
/// costs the download its code): while the user is typing, the timer after which the
/// next keystroke starts a new history entry; the element that opened the panel, to
/// give focus back when it closes; the timeline's and the map's gestures.
#[derive(Default)]
struct Keep {
    typing: Option<Timeout>,
    opener: Option<web_sys::Element>,
    tl: TlState,
    map: MapState,
    /// What passes the filter and the facet counts for the view's items, with the view's
    /// subject and the filter they were counted for (counted again only when either
    /// changes; kept here rather than in a memo, which cost the download 1 KB a type).
    explore: Option<(Subject, Filter, std::rc::Rc<Explore>)>,
}

/// The timeline's pointers down on its chart or overview (id, x, on the overview), the
/// scale and x a drag started from, the distance a pinch started at.
#[derive(Default)]
pub struct TlState {
    pub drag: Vec<(i32, i32, bool)>,
    pub start: Option<(explorer_core::time_scale::TimeScale, i32)>,
    pub pinch: Option<i32>,
}

/// The map's state that is not part of a link: the zoom and pan (none: the whole map), the pointers
/// down on it (id, x, y), the viewport and point a drag started from with a pinch's
/// first distance, the drawn actors' points on screen (for the arrow keys), the actor
/// that takes focus when Tab enters the map, and Play's clock.
#[derive(Default)]
pub struct MapState {
    pub vp: Option<explorer_core::map::Viewport>,
    pub drag: Vec<(i32, i32, i32)>,
    pub start: Option<(explorer_core::map::Viewport, i32, i32, i32)>,
    pub points: Vec<(i32, i32)>,
    pub focus: usize,
    pub play: Option<gloo_timers::callback::Interval>,
}

/// What the current view counts.
pub fn subject(route: Route) -> Subject {
    match route {
        Route::Timeline => Subject::Events,
        Route::Map => Subject::Relations,
        Route::Claims => Subject::Claims,
        Route::Sources | Route::Source(_) | Route::Lessons => Subject::Documents,
    }
}

impl AppState {
    /// What passes `u`'s filter, and the counts for its view's items: counted once for
    /// each view subject and filter.
    pub fn explore(&self, u: &UrlState) -> std::rc::Rc<Explore> {
        let s = subject(u.route);
        let kept = self.keep.with_value(|k| {
            k.explore
                .as_ref()
                .filter(|(ks, kf, _)| *ks == s && *kf == u.filter)
                .map(|(_, _, e)| e.clone())
        });
        kept.unwrap_or_else(|| {
            let e = std::rc::Rc::new(explore(&u.filter, search_index(), s));
            self.keep
                .update_value(|k| k.explore = Some((s, u.filter.clone(), e.clone())));
            e
        })
    }

    /// The last counted [`Self::explore`], for handlers that draw again outside the
    /// render effect.
    pub fn explored(&self) -> Option<std::rc::Rc<Explore>> {
        self.keep
            .with_value(|k| k.explore.as_ref().map(|(_, _, e)| e.clone()))
    }

    /// State read from the current location's hash.
    pub fn from_location() -> Self {
        let (url, notices) = UrlState::from_hash(&current_hash(), corpus());
        let url = RwSignal::new(url);
        AppState {
            url,
            ui: RwSignal::new(Ui {
                drawer: false,
                legend: 0b1111,
                find: String::new(),
                all_actors: false,
                tl_table: false,
                tl_group: 0,
                tl_sort: 0,
                tl_width: 0,
                map_table: false,
                map_sort: 7,
                cl_table: false,
                map_rev: 0,
                notices,
            }),
            keep: {
                KEEP.set(Keep::default());
                KeepHandle
            },
        }
    }

    /// Reads the map's state.
    pub fn with_map<R>(&self, f: impl FnOnce(&MapState) -> R) -> R {
        self.keep.with_value(|k| f(&k.map))
    }

    /// Changes the map's state.
    pub fn update_map<R>(&self, f: impl FnOnce(&mut MapState) -> R) -> Option<R> {
        Some(self.keep.update_value(|k| f(&mut k.map)))
    }

    /// Reads the timeline's gestures.
    pub fn with_tl<R>(&self, f: impl FnOnce(&TlState) -> R) -> R {
        self.keep.with_value(|k| f(&k.tl))
    }

    /// Changes the timeline's gestures.
    pub fn update_tl(&self, f: impl FnOnce(&mut TlState)) {
        self.keep.update_value(|k| f(&mut k.tl))
    }

    /// The item the panel shows.
    pub fn sel(&self) -> Option<Item> {
        self.url.with_untracked(|u| u.sel)
    }

    /// Re-reads the hash after the user navigated (a link, Back or Forward).
    pub fn sync_from_location(&self) {
        // Navigating ends the typing: the marks follow at once.
        self.keep.update_value(|k| k.typing = None);
        let (url, notices) = UrlState::from_hash(&current_hash(), corpus());
        if self.url.with_untracked(|u| *u != url) {
            self.url.set(url);
        }
        self.set_ui(|ui| ui.notices = notices);
    }

    /// Changes the state and records it in the address: a new history entry, or the
    /// current one replaced.
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut UrlState)) {
        let mut change = Some(change);
        self.update_url(replace, &mut |u| {
            if let Some(f) = change.take() {
                f(u)
            }
        });
    }

    /// [`AppState::update`]'s body, once in the download instead of once per caller.
    #[inline(never)]
    fn update_url(&self, replace: bool, change: &mut dyn FnMut(&mut UrlState)) {
        self.url.update(|u| {
            change(u);
            u.filter = std::mem::take(&mut u.filter).normalize();
        });
        write_hash(&self.url.with_untracked(|u| u.to_hash(corpus())), replace);
    }

    /// Changes the interface's own state ([`Ui`]).
    pub fn set_ui(&self, change: impl FnOnce(&mut Ui)) {
        let mut change = Some(change);
        self.update_ui(&mut |ui| {
            if let Some(f) = change.take() {
                f(ui)
            }
        });
    }

    /// [`AppState::set_ui`]'s body, once in the download instead of once per caller.
    #[inline(never)]
    fn update_ui(&self, change: &mut dyn FnMut(&mut Ui)) {
        self.ui.update(|ui| change(ui));
    }

    /// Changes the filter; Back undoes it.
    pub fn update_filter(&self, change: impl FnOnce(&mut Filter)) {
        self.update(false, |u| change(&mut u.filter));
    }

    /// The search box changed: the first keystroke after a pause adds a history entry,
    /// the rest of the burst replace it, so Back returns to the state before the search.
    pub fn type_query(&self, q: String) {
        let replace = self.typing();
        self.update(replace, |u| u.filter.q = q);
        let (keep, url) = (self.keep, self.url);
        let timer = Timeout::new(TYPING_PAUSE_MS, move || {
            keep.update_value(|k| k.typing = None);
            // The pause: the view marks the search words now (see `typing`).
            url.update(|_| {});
        });
        // Replacing the old timer drops (cancels) it.
        self.keep.update_value(|k| k.typing = Some(timer));
    }

    /// Whether the user is typing in the search box (no pause yet). The filter applies
    /// at every keystroke; the marks of the search words in a view's markup wait for the
    /// pause, since drawing the markup again at each keystroke cost the claims 27 ms.
    pub fn typing(&self) -> bool {
        self.keep.with_value(|k| k.typing.is_some())
    }

    /// Opens the detail panel on an item; focus comes back to `opener` when it closes.
    pub fn select(&self, item: Item, opener: Option<web_sys::Element>) {
        self.keep.update_value(|k| k.opener = opener);
        self.update(false, |u| u.sel = Some(item));
    }

    /// Closes the detail panel and gives focus back to what opened it.
    /// (Or, when a redraw replaced it, to the same item's mark or button in the view.)
    pub fn close_panel(&self) {
        let code = self.sel().map(|i| i.code());
        self.update(false, |u| u.sel = None);
        let opener = self.keep.with_value(|k| k.opener.clone());
        // After the redraw the closing causes (the effects run before a timer does).
        Timeout::new(0, move || {
            let target = opener
                .filter(|e| e.is_connected())
                .or_else(|| {
                    let sel = ["#main [data-sel=\"", &code?, "\"]"].concat();
                    document().query_selector(&sel).ok().flatten()
                })
                .or_else(|| document().get_element_by_id("main"));
            if let Some(el) = target {
                focus_element(el);
            }
        })
        .forget();
    }
}

/// Focuses an element, HTML or SVG (both have `focus()`; `HtmlElement` is only the
/// binding used to call it).
pub fn focus_element(el: web_sys::Element) {
    let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
}

/// The search index, folded on the first search and kept for the session.
pub fn search_index() -> &'static SearchIndex<'static> {
    static INDEX: std::sync::OnceLock<SearchIndex<'static>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(corpus()))
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn write_hash(hash: &str, replace: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if current_hash() == hash {
        return;
    }
    if let Ok(history) = window.history() {
        let result = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        };
        if result.is_ok() {
            return;
        }
    }
    // Some embedding contexts refuse the History API; the hash still works.
    let _ = window.location().set_hash(hash);
}

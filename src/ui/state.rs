//! The one app state, provided in context at the root. The URL hash is the source of
//! truth for what is shown; what is derived from it (the route, the selection, what
//! passes the filter and the facet counts, the search words to mark) is a `Memo` that
//! calls the core. What belongs to the session and not to a link (the drawer, the
//! tables, the reader's legend, the notices) is a signal of its own. Effects only talk
//! to the outside world: the address bar and focus.

use crate::data::corpus;
use explorer_core::facets::{explore, Explore, Subject};
use explorer_core::search::SearchIndex;
use explorer_core::selection::Item;
use explorer_core::{Filter, Lang, Notice, Route, UrlState};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// How long typing may pause before the next keystroke starts a new history entry, and
/// before the views mark the search words.
const TYPING_PAUSE_MS: u32 = 600;

/// The interface's own state, not part of a link: one signal each, so that a view
/// reading one is not drawn again when another changes.
#[derive(Clone, Copy)]
pub struct Ui {
    /// The filter drawer on narrow screens.
    pub drawer: RwSignal<bool>,
    /// The kinds of passage the reader's legend shows (bits of `explorer_core::reader`).
    pub legend: RwSignal<u8>,
    /// What is typed in the actor facet's box, and whether it shows every actor.
    pub find: RwSignal<String>,
    pub all_actors: RwSignal<bool>,
    /// The timeline: its table, lane grouping (event kind, actor, none), table sort.
    pub tl_table: RwSignal<bool>,
    pub tl_group: RwSignal<u8>,
    pub tl_sort: RwSignal<u8>,
    /// The map: its table and the table's sort (column, descending in bit 3).
    pub map_table: RwSignal<bool>,
    pub map_sort: RwSignal<u8>,
    /// The claims as a dense table instead of cards.
    pub cl_table: RwSignal<bool>,
    /// What could not be used of the link last read.
    pub notices: RwSignal<Vec<Notice>>,
    /// The window's inner width in CSS pixels, kept by a resize listener.
    pub width: RwSignal<i32>,
    /// The language the interface speaks: a link's `lang=`, else the reader's own.
    pub lang: RwSignal<Lang>,
    /// A newer build is installed and waits for the reader's say (scripts/boot.js).
    pub update: RwSignal<bool>,
    /// Between the browser's `beforeprint` and `afterprint` (set by the app's listeners).
    pub print_event: RwSignal<bool>,
    /// The page is printed, or laid out for print: long lists are drawn whole and the
    /// tables that stand for the charts on paper are built.
    pub printing: Memo<bool>,
}

/// Shared state: the URL state, the interface's own state, and what is derived.
#[derive(Clone, Copy)]
pub struct AppState {
    pub url: RwSignal<UrlState>,
    pub ui: Ui,
    /// The current route.
    pub route: Memo<Route>,
    /// The item the detail panel shows.
    pub sel: Memo<Option<Item>>,
    /// The filter.
    pub filter: Memo<Filter>,
    /// What passes the filter, and the counts for the current view's items.
    pub explore: Memo<Arc<Explore>>,
    /// The search words the views mark: the query, except while the user is typing
    /// (until the pause), when they stay what they were.
    pub marks: Memo<String>,
    /// Whether the user is typing in the search box (no pause yet).
    typing: RwSignal<bool>,
    /// The timer that ends the typing, and the element that opened the panel (to give
    /// focus back when it closes).
    keep: StoredValue<Keep, LocalStorage>,
}

#[derive(Default)]
struct Keep {
    typing: Option<gloo_timers::callback::Timeout>,
    opener: Option<web_sys::Element>,
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

/// The app state in context (provided by [`super::app::App`]).
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// State read from the current location's hash.
    pub fn from_location() -> Self {
        let (url, notices) = UrlState::from_hash(&current_hash(), corpus());
        let lang = url.lang.unwrap_or_else(super::language::preferred);
        let url = RwSignal::new(url);
        let print_event = RwSignal::new(false);
        let print_media = leptos_use_media_query::use_media_query("print");
        let ui = Ui {
            drawer: RwSignal::new(false),
            legend: RwSignal::new(0b1111),
            find: RwSignal::new(String::new()),
            all_actors: RwSignal::new(false),
            tl_table: RwSignal::new(false),
            tl_group: RwSignal::new(0),
            tl_sort: RwSignal::new(0),
            map_table: RwSignal::new(false),
            map_sort: RwSignal::new(7),
            cl_table: RwSignal::new(false),
            notices: RwSignal::new(notices),
            width: RwSignal::new(window_width()),
            lang: RwSignal::new(lang),
            update: RwSignal::new(super::frame::update_waiting()),
            print_event,
            printing: Memo::new(move |_| print_event.get() || print_media.get()),
        };
        let route = Memo::new(move |_| url.with(|u| u.route));
        let sel = Memo::new(move |_| url.with(|u| u.sel));
        let filter = Memo::new(move |_| url.with(|u| u.filter.clone()));
        let subject = Memo::new(move |_| subject(route.get()));
        // Counted again only when the filter or the view's subject changes.
        let explore = Memo::new_with_compare(
            move |_| {
                let s = subject.get();
                Arc::new(filter.with(|f| explore(f, search_index(), s)))
            },
            |_, _| true,
        );
        let typing = RwSignal::new(false);
        let marks =
            crate::reactive::held(move || typing.get(), move || filter.with(|f| f.q.clone()));
        AppState {
            url,
            ui,
            route,
            sel,
            filter,
            explore,
            marks,
            typing,
            keep: StoredValue::new_local(Keep::default()),
        }
    }

    /// Re-reads the hash after the user navigated (a link, Back or Forward).
    pub fn sync_from_location(&self) {
        // Navigating ends the typing: the marks follow at once.
        self.end_typing();
        let (url, notices) = UrlState::from_hash(&current_hash(), corpus());
        // A link that names a language switches to it; one that names none keeps the
        // language in force.
        if let Some(l) = url.lang.filter(|&l| l != self.ui.lang.get_untracked()) {
            self.ui.lang.set(l);
        }
        // Colours a link asks for hold for the visit; a link without keeps those in force.
        if let Some(t) = url.theme {
            super::theme::follow(t);
        }
        if self.url.with_untracked(|u| *u != url) {
            self.url.set(url);
        }
        self.ui.notices.set(notices);
    }

    fn end_typing(&self) {
        self.keep.update_value(|k| k.typing = None);
        if self.typing.get_untracked() {
            self.typing.set(false);
        }
    }

    /// Changes the state and records it in the address: a new history entry, or the
    /// current one replaced.
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut UrlState)) {
        self.url.update(|u| {
            change(u);
            u.filter = std::mem::take(&mut u.filter).normalize();
        });
        write_hash(&self.url.with_untracked(|u| u.to_hash(corpus())), replace);
    }

    /// Changes the filter; Back undoes it.
    pub fn update_filter(&self, change: impl FnOnce(&mut Filter)) {
        self.update(false, |u| change(&mut u.filter));
    }

    /// Toggles a facet of the filter.
    pub fn toggle(&self, facet: explorer_core::Facet) {
        self.update_filter(|f| f.toggle(facet));
    }

    /// The search box changed: the first keystroke after a pause adds a history entry,
    /// the rest of the burst replace it, so Back returns to the state before the search.
    pub fn type_query(&self, q: String) {
        let replace = self.typing.get_untracked();
        if !replace {
            self.typing.set(true);
        }
        self.update(replace, |u| u.filter.q = q);
        let this = *self;
        let timer = gloo_timers::callback::Timeout::new(TYPING_PAUSE_MS, move || {
            this.keep.update_value(|k| k.typing = None);
            // The pause: the views mark the search words now.
            this.typing.set(false);
        });
        // Replacing the old timer drops (cancels) it.
        self.keep.update_value(|k| k.typing = Some(timer));
    }

    /// Opens the detail panel on an item; focus comes back to `opener` when it closes.
    pub fn select(&self, item: Item, opener: Option<web_sys::Element>) {
        self.keep.update_value(|k| k.opener = opener);
        self.update(false, |u| u.sel = Some(item));
    }

    /// Opens the detail panel on an item from the element an event happened on.
    pub fn select_from(&self, item: Item, ev: &web_sys::Event) {
        let opener = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        self.select(item, opener);
    }

    /// Closes the detail panel and gives focus back to what opened it, or to the view.
    pub fn close_panel(&self) {
        self.update(false, |u| u.sel = None);
        let opener = self.keep.try_update_value(|k| k.opener.take()).flatten();
        // After the closing is drawn (the effects run before a timer does).
        gloo_timers::callback::Timeout::new(0, move || {
            let target = opener
                .filter(|e| e.is_connected())
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

/// Focuses the element with this id, if there is one.
pub fn focus_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        focus_element(el);
    }
}

/// The search index, folded on the first search and kept for the session.
pub fn search_index() -> &'static SearchIndex<'static> {
    static INDEX: std::sync::OnceLock<SearchIndex<'static>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(corpus()))
}

/// The window's inner width in CSS pixels.
pub fn window_width() -> i32 {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0) as i32
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

fn write_hash(hash: &str, replace: bool) {
    let window = window();
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

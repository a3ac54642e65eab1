//! The one app state, provided at the root. The URL hash is the source of truth for
//! what is shown; everything else is derived from it. Effects here only talk to the
//! outside world: the address bar and the search box.

use crate::data::corpus;
use explorer_core::facets::{explore, Explore, Subject};
use explorer_core::search::SearchIndex;
use explorer_core::selection::Item;
use explorer_core::text::Query;
use explorer_core::{Filter, Notice, Route, UrlState};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How long typing may pause before the next keystroke starts a new history entry.
const TYPING_PAUSE_MS: u32 = 600;

/// Shared state: the URL state, the notices from reading it, and what is derived.
#[derive(Clone, Copy)]
pub struct AppState {
    pub url: RwSignal<UrlState>,
    pub notices: RwSignal<Vec<Notice>>,
    pub route: Memo<Route>,
    pub filter: Memo<Filter>,
    /// The search words, for highlighting.
    pub query: Memo<Query>,
    /// What passes the filter, and the facet counts for the current view's items.
    pub explore: Memo<Explore>,
    /// The item the detail panel shows.
    pub sel: Memo<Option<Item>>,
    /// The filter drawer on narrow screens (not part of a link).
    pub drawer: RwSignal<bool>,
    /// The kinds of passage the reader's legend shows (bits of `explorer_core::reader`).
    pub legend: RwSignal<u8>,
    /// What is typed in the actor facet's box, and whether it shows every actor.
    pub find: RwSignal<String>,
    pub all_actors: RwSignal<bool>,
    /// The timeline: the table instead of the chart; the lanes' grouping (event kind,
    /// actor, none); the table's sort column; the width it was drawn at.
    pub tl_table: RwSignal<bool>,
    pub tl_group: RwSignal<u8>,
    pub tl_sort: RwSignal<u8>,
    pub tl_width: RwSignal<i32>,
    /// Pointers down on the chart or the overview (id, x, on the overview), the scale
    /// and x a drag started from, the distance a pinch started at.
    pub tl_drag: StoredValue<Vec<(i32, i32, bool)>, LocalStorage>,
    pub tl_start: StoredValue<Option<(explorer_core::time_scale::TimeScale, i32)>, LocalStorage>,
    pub tl_pinch: StoredValue<Option<i32>, LocalStorage>,
    /// Set while the user is typing: the next keystroke replaces the history entry.
    typing: StoredValue<Option<Timeout>, LocalStorage>,
    /// The element that opened the panel, to give focus back when it closes.
    opener: StoredValue<Option<web_sys::Element>, LocalStorage>,
}

/// What the current view counts.
pub fn subject(route: Route) -> Subject {
    match route {
        Route::Timeline => Subject::Events,
        Route::Map => Subject::Relations,
        Route::Claims => Subject::Claims,
        Route::Sources | Route::Source(_) => Subject::Documents,
    }
}

impl AppState {
    /// State read from the current location's hash.
    pub fn from_location() -> Self {
        let (url, notices) = UrlState::from_hash(&current_hash(), corpus());
        let url = RwSignal::new(url);
        let route = Memo::new(move |_| url.with(|u| u.route));
        let filter = Memo::new(move |_| url.with(|u| u.filter.clone()));
        let query = Memo::new(move |_| filter.with(|f| Query::new(&f.q)));
        let explore = Memo::new(move |_| {
            let s = subject(route.get());
            filter.with(|f| explore(f, search_index(), s))
        });
        let sel = Memo::new(move |_| url.with(|u| u.sel));
        AppState {
            url,
            notices: RwSignal::new(notices),
            route,
            filter,
            query,
            explore,
            sel,
            drawer: RwSignal::new(false),
            legend: RwSignal::new(0b1111),
            find: RwSignal::new(String::new()),
            all_actors: RwSignal::new(false),
            tl_table: RwSignal::new(false),
            tl_group: RwSignal::new(0),
            tl_sort: RwSignal::new(0),
            tl_width: RwSignal::new(0),
            tl_drag: StoredValue::new_local(Vec::new()),
            tl_start: StoredValue::new_local(None),
            tl_pinch: StoredValue::new_local(None),
            typing: StoredValue::new_local(None),
            opener: StoredValue::new_local(None),
        }
    }

    /// Re-reads the hash after the user navigated (a link, Back or Forward).
    pub fn sync_from_location(&self) {
        let (url, notices) = UrlState::from_hash(&current_hash(), corpus());
        if self.url.with_untracked(|u| *u != url) {
            self.url.set(url);
        }
        self.notices.set(notices);
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

    /// The search box changed: the first keystroke after a pause adds a history entry,
    /// the rest of the burst replace it, so Back returns to the state before the search.
    pub fn type_query(&self, q: String) {
        let replace = self.typing.with_value(|t| t.is_some());
        self.update(replace, |u| u.filter.q = q);
        let typing = self.typing;
        let timer = Timeout::new(TYPING_PAUSE_MS, move || typing.set_value(None));
        // Replacing the old timer drops (cancels) it.
        self.typing.set_value(Some(timer));
    }

    /// Opens the detail panel on an item; focus comes back to `opener` when it closes.
    pub fn select(&self, item: Item, opener: Option<web_sys::Element>) {
        self.opener.set_value(opener);
        self.update(false, |u| u.sel = Some(item));
    }

    /// Closes the detail panel and gives focus back to what opened it.
    pub fn close_panel(&self) {
        self.update(false, |u| u.sel = None);
        let opener = self.opener.with_value(|o| o.clone());
        let target = opener
            .filter(|e| e.is_connected())
            .or_else(|| document().get_element_by_id("main"));
        if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }
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

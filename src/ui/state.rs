//! The one app state, provided at the root. The URL hash is the source of truth for
//! what is shown; everything else is derived from it.

use crate::data::corpus;
use explorer_core::search::SearchIndex;
use explorer_core::text::Query;
use explorer_core::{Filter, Matches, Notice, Route, UrlState};
use leptos::prelude::*;

/// Shared state: the URL state, the notices from reading it, and what passes the filter.
#[derive(Clone, Copy)]
pub struct AppState {
    pub url: RwSignal<UrlState>,
    pub notices: RwSignal<Vec<Notice>>,
    pub route: Memo<Route>,
    pub filter: Memo<Filter>,
    /// The search words, for highlighting.
    pub query: Memo<Query>,
    pub matches: Memo<Matches>,
}

impl AppState {
    /// State read from the current location's hash.
    pub fn from_location() -> Self {
        let (url, notices) = UrlState::from_hash(&current_hash(), corpus());
        let url = RwSignal::new(url);
        let route = Memo::new(move |_| url.with(|u| u.route));
        let filter = Memo::new(move |_| url.with(|u| u.filter.clone()));
        let query = Memo::new(move |_| filter.with(|f| Query::new(&f.q)));
        let matches = Memo::new(move |_| filter.with(|f| f.apply_with(search_index())));
        AppState {
            url,
            notices: RwSignal::new(notices),
            route,
            filter,
            query,
            matches,
        }
    }

    /// The state provided at the root. (`expect_context` would format the type name
    /// with `Debug`, pulling Unicode escaping into the download.)
    pub fn get() -> Self {
        use_context::<AppState>().expect("AppState is provided by App")
    }

    /// Re-reads the hash after the user navigated (a link, Back or Forward).
    pub fn sync_from_location(&self) {
        let (url, notices) = UrlState::from_hash(&current_hash(), corpus());
        if self.url.with_untracked(|u| *u != url) {
            show_query(&url.filter.q);
            self.url.set(url);
        }
        self.notices.set(notices);
    }

    /// Changes the filter and records it in the address: typing replaces the current
    /// history entry, other changes add one so Back undoes them.
    pub fn update_filter(&self, replace: bool, change: impl FnOnce(&mut Filter)) {
        self.url.update(|u| {
            change(&mut u.filter);
            u.filter = std::mem::take(&mut u.filter).normalize();
            show_query(&u.filter.q);
        });
        write_hash(&self.url.with_untracked(|u| u.to_hash(corpus())), replace);
    }

    /// The hash of the current state shown on another route.
    pub fn href(&self, route: Route) -> String {
        self.url
            .with(|u| UrlState { route, ..u.clone() }.to_hash(corpus()))
    }
}

/// The search index, folded on the first search and kept for the session.
fn search_index() -> &'static SearchIndex<'static> {
    static INDEX: std::sync::OnceLock<SearchIndex<'static>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(corpus()))
}

/// Puts the query in the search box when it changed other than by typing (a link, Back,
/// a removed chip). Cheaper in the download than a reactive `prop:value`.
fn show_query(q: &str) {
    use wasm_bindgen::JsCast;
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("q"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        if input.value() != q {
            input.set_value(q);
        }
    }
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

//! The page frame: title, navigation, search box, notices, and the routed view.

use super::alliance_map::AllianceMap;
use super::claims::Claims;
use super::filters::ActiveFilters;
use super::sources::{SourceText, Sources};
use super::state::AppState;
use super::timeline::Timeline;
use crate::data::corpus;
use explorer_core::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The explorer.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::from_location();
    provide_context(state);
    // Every change of address (a link, Back, Forward, an edited hash) fires popstate.
    let listener = window_event_listener(leptos::ev::popstate, move |_| state.sync_from_location());
    on_cleanup(move || listener.remove());
    let embed = move || state.url.with(|u| u.embed);
    let meta = corpus().meta();

    view! {
        <a class="skip" href="#main" on:click=move |ev| {
            ev.prevent_default();
            // The hash holds the view state, so the skip link moves focus itself.
            if let Some(main) = document().get_element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = main.focus();
            }
        }>"Skip to content"</a>
        {move || (!embed()).then(|| view! {
            <header class="top">
                <h1>{meta.title}</h1>
                <p class="tagline">{meta.tagline}</p>
                <Nav/>
                <SearchBox/>
                <ActiveFilters/>
            </header>
        })}
        <Notices/>
        <main id="main" tabindex="-1">
            {move || match state.route.get() {
                Route::Timeline => view! { <Timeline/> }.into_any(),
                Route::Map => view! { <AllianceMap/> }.into_any(),
                Route::Claims => view! { <Claims/> }.into_any(),
                Route::Sources => view! { <Sources/> }.into_any(),
                Route::Source(doc) => view! { <SourceText doc=doc/> }.into_any(),
            }}
        </main>
    }
    .into_any()
}

/// Links to the four views, keeping the filter.
#[component]
fn Nav() -> impl IntoView {
    let state = AppState::get();
    let link = move |route: Route, label: &'static str| {
        let current = move || {
            let r = state.route.get();
            r == route || (route == Route::Sources && matches!(r, Route::Source(_)))
        };
        view! {
            <li>
                <a href=move || state.href(route) aria-current=move || current().then_some("page")>{label}</a>
            </li>
        }
    };
    view! {
        <nav aria-label="Views">
            <ul>
                {link(Route::Timeline, "Timeline")}
                {link(Route::Map, "Map")}
                {link(Route::Claims, "Claims")}
                {link(Route::Sources, "Sources")}
            </ul>
        </nav>
    }
    .into_any()
}

/// Free-text search over every view.
#[component]
fn SearchBox() -> impl IntoView {
    let state = AppState::get();
    view! {
        <div class="search" role="search">
            <label for="q">"Search"</label>
            <input
                id="q"
                type="search"
                placeholder="Actor, place, word…"
                autocomplete="off"
                value=state.filter.with_untracked(|f| f.q.clone())
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    state.update_filter(true, |f| f.q = q);
                }
            />
        </div>
    }
    .into_any()
}

/// What was dropped from a malformed link, said plainly and dismissible.
#[component]
fn Notices() -> impl IntoView {
    let state = AppState::get();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                let notices = state.notices.get();
                (!notices.is_empty()).then(|| view! {
                <div class="notice">
                    <p>"Parts of this link could not be used, so the explorer shows the rest:"</p>
                    <ul>
                        {notices.into_iter().map(|n| view! { <li>{n.0}</li> }).collect_view()}
                    </ul>
                    <button type="button" on:click=move |_| state.notices.set(Vec::new())>"Dismiss"</button>
                </div>
            })}}
        </div>
    }
    .into_any()
}

//! The page frame: the header (title, the views' navigation, the search box, the
//! "Filters" button and the menu of downloads, embed and colours: one row on a wide
//! screen, three short ones on a phone), the active filters as removable chips, and
//! what was dropped from a malformed link. The corpus's tagline is on the Sources page.

use super::common::{href_to, pressed};
use super::share;
use super::state::{focus_element, focus_id, search_index, use_app};
use super::strings::{self, facet_label, remove_filter, view_name};
use crate::data::corpus;
use explorer_core::{Facet, Filter, Route, View};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The header of the full explorer (an embedded page has `share::EmbedHeader`).
#[component]
pub fn Header() -> impl IntoView {
    let lessons = corpus().lesson_ids().len() > 0;
    let links = [
        (Route::Timeline, view_name(View::Timeline)),
        (Route::Map, view_name(View::Map)),
        (Route::Claims, view_name(View::Claims)),
        (Route::Sources, view_name(View::Sources)),
    ];
    view! {
        <header class="top">
            <h1>{strings::corpus_title()}</h1>
            <nav aria-label=strings::w().views>
                <ul>
                    {links
                        .into_iter()
                        .map(|(route, label)| view! { <RouteLink route=route label=label/> })
                        .collect_view()}
                    {lessons.then(|| view! { <RouteLink route=Route::Lessons label=strings::w().lessons/> })}
                </ul>
            </nav>
            <div class="search" role="search">
                <label for="q">{strings::w().search}</label>
                <SearchBox/>
                <FiltersButton/>
            </div>
            <share::Tools/>
            {opened_note()}
        </header>
    }
}

/// In the `open` build, where the corpus shown comes from and the way back to the
/// explorer's own (nothing in the normal build).
#[cfg(feature = "open")]
fn opened_note() -> impl IntoView {
    view! { <Opened/> }
}

#[cfg(not(feature = "open"))]
fn opened_note() -> impl IntoView {}

/// Where the corpus shown comes from, a way to save it as one file, and the way back to
/// the explorer's own corpus (the files kept in the browser are forgotten). Nothing in
/// the one file it was saved as.
#[cfg(feature = "open")]
#[component]
fn Opened() -> impl IntoView {
    let said = RwSignal::new(String::new());
    let close = move |_| {
        wasm_bindgen_futures::spawn_local(async {
            crate::store::clear().await;
            // Back to the explorer beside it, or, on its own, to asking for a corpus.
            let _ = if super::open::on_its_own() {
                window().location().reload()
            } else {
                window().location().assign("./")
            };
        });
    };
    let save = move |_| {
        said.set(strings::w().open.saving.to_string());
        wasm_bindgen_futures::spawn_local(async move {
            said.try_set(match super::open::save_one_file().await {
                Ok(name) => [strings::w().open.saved, &name].concat(),
                Err(e) => [strings::w().open.save_failed, &e].concat(),
            });
        });
    };
    (!crate::data::in_file()).then(|| {
        view! {
            <p class="opened">
                {strings::w().open.kept_note}
                " "
                <button type="button" title=strings::w().open.save_hint on:click=save>
                    {strings::w().open.save}
                </button>
                " "
                <button type="button" on:click=close>
                    {strings::w().open.close}
                </button>
                " "
                <span role="status">{move || said.get()}</span>
            </p>
        }
    })
}

/// A view in the navigation: its link carries the current state (filter, selection) to
/// the view, and the current view's link says so.
#[component]
fn RouteLink(route: Route, label: &'static str) -> impl IntoView {
    let state = use_app();
    let href = href_to(route);
    let here = Memo::new(move |_| {
        let now = state.route.get();
        now == route || (route == Route::Sources && matches!(now, Route::Source(_)))
    });
    view! {
        <li>
            <a href=href aria-current=move || here.get().then_some("page")>{label}</a>
        </li>
    }
}

/// The search box: each keystroke filters; its value follows the query of the address
/// (Back, a link) and is left alone while it already says the same, so typing is never
/// overwritten.
#[component]
fn SearchBox() -> impl IntoView {
    let state = use_app();
    let input = NodeRef::<html::Input>::new();
    let q = Memo::new(move |_| state.filter.with(|f| f.q.clone()));
    Effect::new(move |_| {
        let q = q.get();
        if let Some(el) = input.get() {
            if el.value() != q {
                el.set_value(&q);
            }
        }
    });
    view! {
        <input
            id="q"
            type="search"
            placeholder=strings::w().search_hint
            autocomplete="off"
            aria-keyshortcuts="/"
            prop:value=q.get_untracked()
            node_ref=input
            // The search reads every text folded, which is done once, when first needed:
            // on focus, so that it is ready before the first key.
            on:focus=move |_| {
                search_index().folded();
            }
            on:input=move |ev| state.type_query(event_target_value(&ev))
        />
    }
}

/// The "Filters" button: opens the filter drawer on narrow screens (the stylesheet
/// hides it on wide ones), and moves focus into it.
#[component]
fn FiltersButton() -> impl IntoView {
    let drawer = use_app().ui.drawer;
    let toggle = move |_| {
        let open = !drawer.get_untracked();
        drawer.set(open);
        if open {
            request_animation_frame(|| focus_id("facets-h"));
        }
    };
    view! {
        <button
            type="button"
            id="filters-button"
            class="filters-button"
            aria-controls="facets"
            aria-expanded=move || pressed(drawer.get())
            on:click=toggle
        >
            {strings::w().filters}
        </button>
    }
}

/// "Filtered by: actor: Japan ✕, from June 2024 ✕ … Clear all", or nothing.
#[component]
pub fn Chips() -> impl IntoView {
    let state = use_app();
    let chips = Memo::new(move |_| {
        state.filter.with(|f| {
            f.facets()
                .into_iter()
                .map(|facet| (facet, facet_label(facet, f)))
                .collect::<Vec<_>>()
        })
    });
    let any = Memo::new(move |_| chips.with(|c| !c.is_empty()));
    view! {
        {move || {
            any.get()
                .then(|| {
                    view! {
                        <div class="active-filters" role="group" aria-label=strings::w().active_filters>
                            <span>{strings::w().filtered_by}</span>
                            <For
                                each=move || chips.get()
                                key=|(facet, label)| (facet.code(), label.clone())
                                children=move |(facet, label)| view! { <Chip facet=facet label=label/> }
                            />
                            <button
                                type="button"
                                on:click=move |_| {
                                    state.update_filter(|f| *f = Filter::default());
                                    refocus(None);
                                }
                            >
                                {strings::w().clear_all}
                            </button>
                        </div>
                    }
                    .into_any()
                })
        }}
    }
}

/// One constraint of the filter, removed by a click.
#[component]
fn Chip(facet: Facet, label: String) -> impl IntoView {
    let state = use_app();
    let name = remove_filter(&label);
    view! {
        <button
            type="button"
            class="chip"
            aria-label=name
            on:click=move |ev| {
                let next = ev
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|t| t.next_element_sibling());
                state.update_filter(|f| *f = f.without(facet));
                refocus(next);
            }
        >
            {label}
            <span aria-hidden="true">" ✕"</span>
        </button>
    }
}

/// After a chip is removed, focus goes to what followed it (the next chip or "Clear
/// all"), or to the view when no chip is left.
fn refocus(next: Option<web_sys::Element>) {
    request_animation_frame(move || match next.filter(|e| e.is_connected()) {
        Some(el) => focus_element(el),
        None => focus_id("main"),
    });
}

/// What was dropped from a malformed link, said plainly and dismissible.
#[component]
pub fn Notices() -> impl IntoView {
    let notices = use_app().ui.notices;
    let any = Memo::new(move |_| notices.with(|n| !n.is_empty()));
    view! {
        {move || {
            any.get()
                .then(|| {
                    view! {
                        <div class="notice">
                            <p>{strings::w().notice_head}</p>
                            <ul>
                                {move || {
                                    notices
                                        .with(|n| {
                                            n.iter()
                                                .map(|n| view! { <li>{(strings::w().notice)(n)}</li> })
                                                .collect_view()
                                        })
                                }}
                            </ul>
                            <button type="button" on:click=move |_| notices.set(Vec::new())>
                                {strings::w().dismiss}
                            </button>
                        </div>
                    }
                    .into_any()
                })
        }}
    }
}

/// Whether the boot script has found a newer build installed and waiting
/// (`globalThis.aeUpdate`; it also fires `alliance-explorer:update` on the window when it
/// finds one later).
pub fn update_waiting() -> bool {
    js_sys::Reflect::get(&window(), &"aeUpdate".into()).is_ok_and(|v| v.is_truthy())
}

/// "A newer version is ready", with the button that moves every open tab to it: shown
/// only when the reader can take it, never taken for them. The button's click is the
/// boot script's (`data-update`): it tells the waiting service worker to take over, and
/// each tab reloads when it has.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let update = use_app().ui.update;
    view! {
        <Show when=move || update.get()>
            <div class="notice update">
                <p>{strings::w().update_ready}</p>
                <button type="button" data-update="1">
                    {strings::w().update_reload}
                </button>
            </div>
        </Show>
    }
}

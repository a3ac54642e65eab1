//! The explorer's root component: the frame (or an embed's header), the chips and the
//! notices, a lesson's bar, the filter panel, the routed view and the detail panel; the
//! keys every view shares and the window's listeners. Views never import each other:
//! they meet here, in the app state in context and in the URL.

use super::common::count_words;
use super::state::{focus_id, use_app, window_width, AppState};
use super::strings;
use super::{alliance_map, claims, facets, frame, lessons, panel, share, sources, timeline};
use explorer_core::Route;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts the explorer in `parent`. Dropping the handle unmounts it and ends its effects
/// and listeners.
pub fn mount(parent: web_sys::HtmlElement) -> impl Sized {
    leptos::mount::mount_to(parent, App)
}

/// The whole explorer.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::from_location();
    provide_context(state);
    listen(state);
    outside(state);
    let drawer = state.ui.drawer;
    // The open drawer covers the view on a phone: what is behind it is out of reach (no
    // focus, no clicks, not read) until it closes.
    let narrow = leptos_use_media_query::use_media_query("(max-width: 899px)");
    let covered = move || drawer.get() && narrow.get();
    let embed = Memo::new(move |_| state.url.with(|u| u.embed));
    let lesson = Memo::new(move |_| state.url.with(|u| u.lesson));
    let lang = state.ui.lang;
    // Every word comes from the language in force: a change of language draws the
    // explorer again in the new one (the state is in the URL and the signals above).
    move || {
        strings::set_lang(lang.get());
        view! {
        <div id="app">
            <a
                class="skip"
                href="#main"
                on:click=move |ev| {
                    // The hash holds the view state, so the skip link moves focus itself.
                    ev.prevent_default();
                    focus_id("main");
                }
            >
                {strings::w().skip}
            </a>
            <div id="frame">
                {move || {
                    if embed.get() {
                        view! { <share::EmbedHeader/> }.into_any()
                    } else {
                        view! { <frame::Header/> }.into_any()
                    }
                }}
            </div>
            <div id="chips" class="chips">
                <frame::Chips/>
            </div>
            <div id="notices" class="notices" role="status" aria-live="polite">
                <frame::UpdateNotice/>
                <frame::Notices/>
            </div>
            <share::PrintHead/>
            <div id="lesson">
                {move || lesson.get().map(|(l, n)| view! { <lessons::LessonBar lesson=l step=n/> })}
            </div>
            <div class="layout">
                <div id="filters">
                    <facets::FilterPanel/>
                </div>
                <main id="main" tabindex="-1" inert=covered>
                    <Routed/>
                </main>
                <div id="detail" class="detail">
                    <panel::Panel/>
                </div>
            </div>
            <p id="announce" class="sr-only" aria-live="polite">{count_words()}</p>
        </div>
        }
    }
}

/// The view the route names, drawn again only when the route changes.
#[component]
fn Routed() -> impl IntoView {
    let state = use_app();
    move || match state.route.get() {
        Route::Timeline => view! { <timeline::Timeline/> }.into_any(),
        Route::Map => view! { <alliance_map::AllianceMap/> }.into_any(),
        Route::Claims => view! { <claims::Claims/> }.into_any(),
        Route::Sources => view! { <sources::SourceList/> }.into_any(),
        Route::Lessons => view! { <lessons::LessonList/> }.into_any(),
        Route::Source(doc) => view! { <sources::Reader doc=doc/> }.into_any(),
    }
}

/// The effects that talk to the page outside the explorer's own elements: the body's
/// `embed` class, the root's `lang`, and the page's title and description in that
/// language (the corpus's Japanese ones under Japanese when it gives them, else its
/// own, as the build wrote them into the page).
fn outside(state: AppState) {
    Effect::new(move |_| {
        let lang = state.ui.lang.get();
        let doc = document();
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.id());
        }
        let meta = crate::data::corpus().meta();
        doc.set_title(meta.title_in(lang));
        if let Ok(Some(description)) = doc.query_selector("meta[name=description]") {
            let _ = description.set_attribute("content", meta.description_in(lang));
        }
    });
    Effect::new(move |_| {
        let embed = state.url.with(|u| u.embed);
        if let Some(body) = document().body() {
            let _ = body.class_list().toggle_with_force("embed", embed);
        }
    });
}

/// The window's listeners, for as long as the explorer is mounted: every change of
/// address (a link, Back, Forward, an edited hash) fires popstate; the keys every view
/// shares; the window's width; printing; a newer build waiting.
fn listen(state: AppState) {
    let handles = [
        window_event_listener(ev::popstate, move |_| state.sync_from_location()),
        window_event_listener(ev::keydown, move |ev| on_key(state, &ev)),
        window_event_listener(ev::resize, move |_| state.ui.width.set(window_width())),
        window_event_listener(ev::beforeprint, move |_| state.ui.print_event.set(true)),
        window_event_listener(ev::afterprint, move |_| state.ui.print_event.set(false)),
        // A newer build installed while the explorer was open (scripts/boot.js).
        window_event_listener_untyped("alliance-explorer:update", move |_| {
            state.ui.update.set(true)
        }),
    ];
    on_cleanup(move || handles.into_iter().for_each(|h| h.remove()));
}

/// `/` goes to the search box; Escape closes the panel, then the drawer; in a lesson, the
/// arrows go from step to step. A view that acts on a key itself (a chart's arrows, `+`
/// and `−`) prevents its default, and then nothing happens here.
fn on_key(state: AppState, ev: &web_sys::KeyboardEvent) {
    if ev.default_prevented() {
        return;
    }
    let key = ev.key();
    let target = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let typing = target
        .as_ref()
        .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
    // In a lesson, the arrows go from step to step, unless focus is in a field or a
    // region that scrolls sideways.
    let free = target.as_ref().is_none_or(|t| {
        t.closest(".matrix-wrap,.table-wrap")
            .ok()
            .flatten()
            .is_none()
    });
    if free && !typing && state.url.with_untracked(|u| u.lesson.is_some()) {
        let step = match key.as_str() {
            "ArrowLeft" => Some(lessons::Step::Prev),
            "ArrowRight" => Some(lessons::Step::Next),
            _ => None,
        };
        if let Some(step) = step {
            ev.prevent_default();
            lessons::go(state, step);
            return;
        }
    }
    match key.as_str() {
        "/" if !typing => {
            ev.prevent_default();
            focus_id("q");
        }
        "Escape" => {
            if state.sel.get_untracked().is_some() {
                state.close_panel();
            } else if state.ui.drawer.get_untracked() {
                state.ui.drawer.set(false);
                focus_id("filters-button");
            }
        }
        _ => {}
    }
}

//! Small pieces several views draw: highlighted text, quotes with their source, actor
//! names, counts.

use super::state::AppState;
use super::strings::{count, none_in_corpus, showing, Noun};
use crate::data::corpus;
use explorer_core::text::segments;
use explorer_core::{EntityId, Evidence, Route};
use leptos::prelude::*;

/// Text with the current search words marked.
#[component]
pub fn Highlighted(text: &'static str) -> impl IntoView {
    let state = AppState::get();
    move || {
        segments(text, &state.query.with(|q| q.highlights(text)))
            .into_iter()
            .map(|(piece, hit)| {
                if hit {
                    view! { <mark>{piece}</mark> }.into_any()
                } else {
                    piece.into_any()
                }
            })
            .collect_view()
    }
}

/// The quotes an item rests on, each with a link to its source.
#[component]
pub fn Quotes(evidence: &'static [Evidence]) -> impl IntoView {
    let state = AppState::get();
    view! {
        <ul class="quotes">
            {evidence
                .iter()
                .map(|e| {
                    let doc = corpus().document(e.doc);
                    let quote = corpus().quote(e);
                    let at = e.doc;
                    view! {
                        <li>
                            <blockquote>"“"<Highlighted text=quote/>"”"</blockquote>
                            <a class="cite" href=move || state.href(Route::Source(at))>{doc.title}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// An actor's name as a toggle that selects (or deselects) the actor in every view.
#[component]
pub fn ActorLink(actor: EntityId) -> impl IntoView {
    let state = AppState::get();
    view! {
        <button
            type="button"
            class="actor"
            aria-pressed=move || if state.filter.with(|f| f.actors.contains(&actor)) { "true" } else { "false" }
            title="Show only what involves this actor (again to undo)"
            on:click=move |_| state.update_filter(false, |f| f.toggle_actor(actor))
        >
            {corpus().entity(actor).name}
        </button>
    }
    .into_any()
}

/// Several actors' names as toggles, comma-separated.
#[component]
pub fn ActorLinks(actors: &'static [EntityId]) -> impl IntoView {
    actors
        .iter()
        .enumerate()
        .map(|(i, &a)| view! { {(i > 0).then_some(", ")} <ActorLink actor=a/> })
        .collect_view()
}

/// "Showing 3 of 40 events", announced to screen readers; "No events in this corpus"
/// when there are none at all.
#[component]
pub fn Count(shown: Signal<usize>, total: usize, noun: Noun) -> impl IntoView {
    view! {
        <p class="count" aria-live="polite">
            {move || match (total, shown.get()) {
                (0, _) => none_in_corpus(noun),
                (t, s) if s == t => count(t, noun),
                (t, s) => showing(s, t, noun),
            }}
        </p>
    }
    .into_any()
}

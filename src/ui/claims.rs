//! Claims: each claim with its type, who asserts it and its quote; then the
//! comparisons between sources.

use super::common::{ActorLinks, Count, Highlighted, Quotes};
use super::state::AppState;
use super::strings::{none_in_corpus, Noun};
use crate::data::corpus;
use explorer_core::{ClaimId, ComparisonId};
use leptos::prelude::*;

/// The claims and comparisons that pass the filter.
#[component]
pub fn Claims() -> impl IntoView {
    let state = AppState::get();
    let shown = Signal::derive(move || state.matches.with(|m| m.claims.len()));
    view! {
        <section aria-labelledby="claims-h">
            <h2 id="claims-h">"Claims"</h2>
            <Count shown=shown total=corpus().claim_ids().len() noun=Noun::Claim/>
            <ul class="items claims">
                {move || state.matches.with(|m| m.claims.clone()).into_iter().map(|id| view! { <ClaimItem id=id/> }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="comparisons-h">
            <h2 id="comparisons-h">"Where sources compare"</h2>
            {(corpus().comparison_ids().len() == 0).then(|| view! { <p class="count">{none_in_corpus(Noun::Comparison)}</p> })}
            <ul class="items comparisons">
                {move || state.matches.with(|m| m.comparisons.clone()).into_iter().map(|id| view! { <ComparisonItem id=id/> }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

#[component]
fn ClaimItem(id: ClaimId) -> impl IntoView {
    let c = corpus().claim(id);
    let doc = c.evidence.first().map(|e| e.doc).unwrap_or_default();
    let by = match c.by_label {
        Some(label) => format!("{label} ({})", c.by.label(corpus(), doc)),
        None => c.by.label(corpus(), doc).to_string(),
    };
    view! {
        <li class="item claim">
            <p class="meta">
                <span class=format!("badge claim-{}", c.kind.id())>{c.kind.label()}</span>
                " asserted by "
                <span class="by">{by}</span>
            </p>
            <p class="claim-text"><Highlighted text=c.text/></p>
            {(!c.actors.is_empty()).then(|| view! { <p class="meta">"About: " <ActorLinks actors=c.actors/></p> })}
            <Quotes evidence=c.evidence/>
        </li>
    }
    .into_any()
}

#[component]
fn ComparisonItem(id: ComparisonId) -> impl IntoView {
    let c = corpus().comparison(id);
    view! {
        <li class="item comparison">
            <h3><Highlighted text=c.topic/> " " <span class=format!("badge verdict-{}", c.verdict.id())>{c.verdict.label()}</span></h3>
            <p>{c.summary}</p>
            <ul class="sides">
                {corpus().sides(id).map(|s| view! {
                    <li>
                        <p class="side-label">{s.label}</p>
                        <Quotes evidence=s.evidence/>
                    </li>
                }).collect_view()}
            </ul>
        </li>
    }
    .into_any()
}

//! Map: the relations between actors, grouped by actor.

use super::common::{ActorLink, Count, Highlighted, Quotes};
use super::state::AppState;
use super::strings::Noun;
use crate::data::corpus;
use explorer_core::lists::relations_by_actor;
use explorer_core::{EntityId, RelationId};
use leptos::prelude::*;

/// Every actor with ties that pass the filter, and those ties.
#[component]
pub fn AllianceMap() -> impl IntoView {
    let state = AppState::get();
    // A plain closure, not a Memo: it only changes when the matches do.
    let groups = move || {
        state
            .matches
            .with(|m| relations_by_actor(corpus(), &m.relations))
    };
    let shown = Signal::derive(move || state.matches.with(|m| m.relations.len()));
    view! {
        <section aria-labelledby="map-h">
            <h2 id="map-h">"Alliance map"</h2>
            <Count shown=shown total=corpus().relation_ids().len() noun=Noun::Relation/>
            {move || groups().into_iter().map(|group| view! { <ActorGroup actor=group.0 relations=group.1/> }).collect_view()}
        </section>
    }
    .into_any()
}

#[component]
fn ActorGroup(actor: EntityId, relations: Vec<RelationId>) -> impl IntoView {
    let ent = corpus().entity(actor);
    view! {
        <section class="group" aria-labelledby=format!("actor-{}", ent.id)>
            <h3 id=format!("actor-{}", ent.id)>
                <ActorLink actor=actor/>
                <span class="kind">{ent.kind.label()}</span>
            </h3>
            <ul class="items relations">
                {relations.into_iter().map(|r| view! { <RelationItem id=r/> }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

#[component]
fn RelationItem(id: RelationId) -> impl IntoView {
    let r = corpus().relation(id);
    let arrow = if r.directed { "→" } else { "↔" };
    let span = match (r.from, r.to) {
        (Some(a), Some(b)) => format!(", {} – {}", a.label(), b.label()),
        (Some(a), None) => format!(", from {}", a.label()),
        (None, Some(b)) => format!(", until {}", b.label()),
        (None, None) => String::new(),
    };
    view! {
        <li class="item relation">
            <p>
                <strong>{corpus().entity(r.source).name}</strong>
                {format!(" {arrow} ")}
                <span class=format!("badge rel-{}", r.kind.id())>{r.kind.label()}</span>
                {format!(" {arrow} ")}
                <strong>{corpus().entity(r.target).name}</strong>
                <span class="meta">{format!(" ({}{span})", r.status.label().to_ascii_lowercase())}</span>
            </p>
            <p><Highlighted text=r.summary/></p>
            <details>
                <summary>"Quotes"</summary>
                <Quotes evidence=r.evidence/>
            </details>
        </li>
    }
    .into_any()
}

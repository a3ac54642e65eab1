//! Map: the relations between actors, grouped by actor.

use super::common::{ActorLink, Count, Highlighted, Quotes};
use super::state::AppState;
use crate::data::CORPUS;
use explorer_core::lists::relations_by_actor;
use explorer_core::EntityId;
use leptos::prelude::*;

/// Every actor with ties that pass the filter, and those ties.
#[component]
pub fn AllianceMap() -> impl IntoView {
    let state = expect_context::<AppState>();
    let groups = Memo::new(move |_| {
        state
            .matches
            .with(|m| relations_by_actor(&CORPUS, &m.relations))
    });
    let shown = Signal::derive(move || state.matches.with(|m| m.relations.len()));
    view! {
        <section aria-labelledby="map-h">
            <h2 id="map-h">"Alliance map"</h2>
            <Count shown=shown total=CORPUS.relations.len() noun="relations"/>
            {move || groups.get().into_iter().map(|group| view! { <ActorGroup actor=group.0.index() relations=group.1/> }).collect_view()}
        </section>
    }
    .into_any()
}

#[component]
fn ActorGroup(actor: usize, relations: Vec<usize>) -> impl IntoView {
    let ent = &CORPUS.entities[actor];
    view! {
        <section class="group" aria-labelledby=format!("actor-{}", ent.id)>
            <h3 id=format!("actor-{}", ent.id)>
                <ActorLink actor=EntityId(actor as u16)/>
                <span class="kind">{ent.kind.label()}</span>
            </h3>
            <ul class="items relations">
                {relations.into_iter().map(|r| view! { <RelationItem index=r/> }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

#[component]
fn RelationItem(index: usize) -> impl IntoView {
    let r = &CORPUS.relations[index];
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
                <strong>{CORPUS.entity(r.source).name}</strong>
                {format!(" {arrow} ")}
                <span class=format!("badge rel-{}", r.kind.id())>{r.kind.label()}</span>
                {format!(" {arrow} ")}
                <strong>{CORPUS.entity(r.target).name}</strong>
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

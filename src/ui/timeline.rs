//! Timeline: every event in date order, with its date precision and quotes.

use super::common::{ActorLinks, Count, Highlighted, Quotes};
use super::state::AppState;
use super::strings::{count, Noun};
use crate::data::corpus;
use explorer_core::date::Precision;
use explorer_core::{Event, EventId};
use leptos::prelude::*;

/// The events that pass the filter, oldest first.
#[component]
pub fn Timeline() -> impl IntoView {
    let state = AppState::get();
    let shown = Signal::derive(move || state.matches.with(|m| m.events.len()));
    view! {
        <section aria-labelledby="timeline-h">
            <h2 id="timeline-h">"Timeline"</h2>
            <Count shown=shown total=corpus().event_ids().len() noun=Noun::Event/>
            <ol class="items events">
                {move || state.matches.with(|m| m.events.clone()).into_iter().map(|id| view! { <EventItem id=id/> }).collect_view()}
            </ol>
        </section>
    }
    .into_any()
}

/// The date as shown, and how precisely it is known (or what it follows).
fn when(e: &Event) -> (String, String) {
    let date = match (e.date, e.end) {
        (Some(d), Some(end)) if end != d => format!("{} – {}", d.label(), end.label()),
        (Some(d), _) => d.label(),
        (None, _) => "undated".to_string(),
    };
    let precision = match e.date.map(|d| d.precision()) {
        Some(Precision::Year) => "known to the year".to_string(),
        Some(Precision::Month) => "known to the month".to_string(),
        Some(Precision::Day) => "known to the day".to_string(),
        None => match e.after.first() {
            Some(&a) => format!("after: {}", corpus().event(a).title),
            None => "date not given".to_string(),
        },
    };
    (date, precision)
}

#[component]
fn EventItem(id: EventId) -> impl IntoView {
    let e = corpus().event(id);
    let (when, precision) = when(&e);
    view! {
        <li class="item event" id=format!("event-{}", e.id)>
            <p class="when">
                <time>{when}</time>
                <span class="precision">{precision}</span>
                {e.reported.then(|| view! { <span class="badge">"date of report"</span> })}
            </p>
            <h3><Highlighted text=e.title/></h3>
            <p class="meta">
                <span class="badge">{e.kind.label()}</span>
                " "
                <ActorLinks actors=e.actors/>
            </p>
            <details>
                <summary>{count(e.evidence.len(), Noun::Quote)}</summary>
                <Quotes evidence=e.evidence/>
            </details>
        </li>
    }
    .into_any()
}

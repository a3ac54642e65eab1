//! Timeline: every event in date order, with its date precision and quotes.

use super::common::{ActorLinks, Count, Highlighted, Quotes};
use super::state::AppState;
use crate::data::CORPUS;
use explorer_core::date::Precision;
use leptos::prelude::*;

/// The events that pass the filter, oldest first.
#[component]
pub fn Timeline() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = Signal::derive(move || state.matches.with(|m| m.events.len()));
    view! {
        <section aria-labelledby="timeline-h">
            <h2 id="timeline-h">"Timeline"</h2>
            <Count shown=shown total=CORPUS.events.len() noun="events"/>
            <ol class="items events">
                {move || state.matches.with(|m| m.events.clone()).into_iter().map(|i| view! { <EventItem index=i/> }).collect_view()}
            </ol>
        </section>
    }
    .into_any()
}

#[component]
fn EventItem(index: usize) -> impl IntoView {
    let e = &CORPUS.events[index];
    let when = match (e.date, e.end) {
        (Some(d), Some(end)) if end != d => format!("{} – {}", d.label(), end.label()),
        (Some(d), _) => d.label(),
        (None, _) => "undated".to_string(),
    };
    let precision = match e.date.map(|d| d.precision()) {
        Some(Precision::Year) => "known to the year",
        Some(Precision::Month) => "known to the month",
        Some(Precision::Day) => "known to the day",
        None => match e.after.first() {
            Some(a) => {
                let before = &CORPUS.events[a.index()];
                return view! { <EventBody index=index when="undated".into() precision=format!("after: {}", before.title)/> }.into_any();
            }
            None => "date not given",
        },
    };
    view! { <EventBody index=index when=when precision=precision.to_string()/> }.into_any()
}

#[component]
fn EventBody(index: usize, when: String, precision: String) -> impl IntoView {
    let e = &CORPUS.events[index];
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
                <summary>{format!("{} quote{}", e.evidence.len(), if e.evidence.len() == 1 { "" } else { "s" })}</summary>
                <Quotes evidence=e.evidence/>
            </details>
        </li>
    }
    .into_any()
}

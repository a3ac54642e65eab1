//! Sources: the documents, and each document's full text.

use super::common::{Count, Highlighted};
use super::state::AppState;
use super::strings::{none_on_article, Noun};
use crate::data::corpus;
use explorer_core::{DocId, Route};
use leptos::prelude::*;

/// The documents that pass the filter.
#[component]
pub fn Sources() -> impl IntoView {
    let state = AppState::get();
    let shown = Signal::derive(move || state.matches.with(|m| m.documents.len()));
    view! {
        <section aria-labelledby="sources-h">
            <h2 id="sources-h">"Sources"</h2>
            <Count shown=shown total=corpus().document_ids().len() noun=Noun::Source/>
            <ul class="items documents">
                {move || state.matches.with(|m| m.documents.clone()).into_iter().map(|d| view! { <DocumentItem doc=d/> }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

/// Author, outlet and date, as the text gives them.
fn byline(doc: DocId) -> String {
    let d = corpus().document(doc);
    [
        d.author.map(|a| format!("By {a}")),
        d.outlet.map(str::to_string),
        d.published.map(|p| p.label()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}

#[component]
fn DocumentItem(doc: DocId) -> impl IntoView {
    let state = AppState::get();
    let d = corpus().document(doc);
    view! {
        <li class="item document">
            <h3><a href=move || state.href(Route::Source(doc))><Highlighted text=d.title/></a></h3>
            <p class="meta">{byline(doc)} <span class="file">{d.file}</span></p>
            <p>{d.summary}</p>
        </li>
    }
    .into_any()
}

/// One document in full, as published, with its reading notes.
#[component]
pub fn SourceText(doc: DocId) -> impl IntoView {
    let state = AppState::get();
    let d = corpus().document(doc);
    view! {
        <article class="source" aria-labelledby="source-h">
            <p><a href=move || state.href(Route::Sources)>"← All sources"</a></p>
            <h2 id="source-h">{d.title}</h2>
            <p class="meta">{byline(doc)} <span class="file">{d.file}</span></p>
            {(!d.title_printed).then(|| view! { <p class="meta">"The text prints no headline; this title describes it."</p> })}
            <div class="fulltext">
                {d.text.lines().map(|line| view! { <p><Highlighted text=line/></p> }).collect_view()}
            </div>
            <section aria-labelledby="notes-h">
                <h3 id="notes-h">"Reading notes"</h3>
                {(corpus().notes_of(doc).len() == 0).then(|| view! { <p class="count">{none_on_article(Noun::Note)}</p> })}
                <ul class="items notes">
                    {corpus().notes_of(doc).map(|n| corpus().note(n)).map(|n| view! {
                        <li class="item note">
                            <span class="badge">{n.kind.label()}</span>
                            " "
                            {n.text}
                            {n.evidence.iter().map(|e| view! { <blockquote>"“"{corpus().quote(e)}"”"</blockquote> }).collect_view()}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        </article>
    }
    .into_any()
}

//! The one detail panel: whatever item is selected (`sel` in the URL), from any view.
//! A side panel on wide screens, a dialog over the page on phones.

use super::common::{
    item_title, pressed, About, ActorToggle, Badge, ClaimMeta, ComparisonBody, EventMeta, Marked,
    OpenItem, Quotes, RelationMeta,
};
use super::state::{focus_id, search_index, use_app};
use super::strings::{self, item_kind, Noun};
use crate::data::corpus;
use explorer_core::selection::Item;
use explorer_core::{EntityId, RelationType};
use leptos::prelude::*;

/// The detail panel for the selected item, or nothing. Its heading takes focus when it
/// opens on another item, unless a lesson's step opened it: focus stays on the lesson's
/// bar, so that the arrows go on through the lesson.
#[component]
pub fn Panel() -> impl IntoView {
    let state = use_app();
    let phone = leptos_use_media_query::use_media_query("(max-width: 899px)");
    let opened = Memo::new(move |_| state.url.with(|u| (u.sel, u.lesson)));
    Effect::new(move |prev: Option<_>| {
        let (sel, lesson) = opened.get();
        let other = prev.is_none_or(|(s, _)| s != sel);
        let by_lesson = prev.is_some_and(|(_, l)| l != lesson);
        if sel.is_some() && other && !by_lesson {
            request_animation_frame(|| focus_id("panel-h"));
        }
        (sel, lesson)
    });
    move || {
        state.sel.get().map(|item| {
            view! {
                <aside
                    id="panel"
                    class="panel"
                    role="dialog"
                    aria-modal=move || pressed(phone.get())
                    aria-labelledby="panel-h"
                >
                    <div class="panel-head">
                        <span class="kind">{item_kind(item)}</span>
                        <button type="button" class="close" on:click=move |_| state.close_panel()>
                            {strings::CLOSE}
                        </button>
                    </div>
                    <h2 id="panel-h" tabindex="-1">
                        <Marked text=item_title(item)/>
                    </h2>
                    {body(item)}
                    <Linked item=item/>
                </aside>
            }
        })
    }
}

/// What the item is and the quotes it rests on.
fn body(item: Item) -> AnyView {
    let c = corpus();
    match item {
        Item::Event(id) => {
            let e = c.event(id);
            view! {
                <EventMeta id=id/>
                <About ids=e.actors/>
                {e.place.map(|p| view! { <p class="meta"><ActorToggle id=p/></p> })}
                <Quotes evidence=e.evidence/>
            }
            .into_any()
        }
        Item::Relation(id) => view! {
            <RelationMeta id=id/>
            <Quotes evidence=c.relation(id).evidence/>
        }
        .into_any(),
        Item::Claim(id) => {
            let cl = c.claim(id);
            view! {
                <ClaimMeta id=id/>
                <About ids=cl.actors/>
                <Quotes evidence=cl.evidence/>
            }
            .into_any()
        }
        Item::Comparison(id) => view! { <ComparisonBody id=id/> }.into_any(),
        Item::Note(n) => {
            let note = c.note(n);
            let doc = c.document(c.note_document(n));
            view! {
                <p class="meta">
                    <Badge label=note.kind.label() class=["note-", note.kind.id()].concat()/>
                    " "
                    {doc.title}
                </p>
                <Quotes evidence=note.evidence/>
            }
            .into_any()
        }
        Item::Actor(a) => view! { <ActorBody id=a/> }.into_any(),
        Item::Period(p) => {
            let period = c.period(p);
            let span = match (period.from, period.to) {
                (Some(from), None) => strings::since(from),
                (from, to) => strings::span(from, to),
            };
            view! {
                <p class="meta">{span}</p>
                {(!period.summary.is_empty()).then(|| view! { <p>{period.summary}</p> })}
                <Quotes evidence=period.evidence/>
            }
            .into_any()
        }
    }
}

/// The items that share the item's quotes.
#[component]
fn Linked(item: Item) -> impl IntoView {
    let others = search_index().linked(item);
    (!others.is_empty()).then(|| {
        view! {
            <h3>{strings::SHARES_QUOTES}</h3>
            <ul class="linked">
                {others
                    .into_iter()
                    .map(|o| {
                        view! {
                            <li>
                                <span class="kind">{item_kind(o)}</span>
                                " "
                                <OpenItem item=o class="link" label=item_title(o)/>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// An actor: what it is, its other spellings, its ties grouped by type, its events.
#[component]
fn ActorBody(id: EntityId) -> impl IntoView {
    let c = corpus();
    let ent = c.entity(id);
    let aliases: Vec<&str> = c.names(id).skip(1).collect();
    let ties: Vec<_> = c
        .relation_ids()
        .filter(|&r| {
            let rel = c.relation(r);
            rel.source == id || rel.target == id
        })
        .collect();
    let by_type: Vec<(RelationType, Vec<_>)> = RelationType::ALL
        .iter()
        .map(|&t| {
            let of: Vec<_> = ties
                .iter()
                .copied()
                .filter(|&r| c.relation(r).kind == t)
                .collect();
            (t, of)
        })
        .filter(|(_, of)| !of.is_empty())
        .collect();
    let events: Vec<_> = c
        .event_ids()
        .filter(|&e| {
            let ev = c.event(e);
            ev.actors.contains(&id) || ev.place == Some(id)
        })
        .collect();
    view! {
        <p class="meta">{ent.kind.label()} " · " <ActorToggle id=id/></p>
        {(!ent.description.is_empty()).then(|| view! { <p>{ent.description}</p> })}
        {(!aliases.is_empty())
            .then(|| {
                view! {
                    <p class="meta">{[strings::ALIASES, ": ", &aliases.join(", ")].concat()}</p>
                }
            })}
        {(!ties.is_empty())
            .then(|| {
                view! {
                    <h3>{strings::count(ties.len(), Noun::Relation)}</h3>
                    <ul class="ties">
                        {by_type
                            .into_iter()
                            .map(|(t, of)| {
                                view! {
                                    <li>
                                        <Badge label=t.label() class=["rel-", t.id()].concat()/>
                                        <ul>
                                            {of
                                                .into_iter()
                                                .map(|r| {
                                                    view! {
                                                        <li>
                                                            <OpenItem
                                                                item=Item::Relation(r)
                                                                class="link"
                                                                label=c.relation(r).summary
                                                            />
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
        {(!events.is_empty())
            .then(|| {
                view! {
                    <h3>{strings::count(events.len(), Noun::Event)}</h3>
                    <ul>
                        {events
                            .into_iter()
                            .map(|e| {
                                view! {
                                    <li>
                                        <OpenItem item=Item::Event(e) class="link" label=c.event(e).title/>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
    }
}

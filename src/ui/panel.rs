//! The one detail panel: whatever item is selected (`sel` in the URL), from any view.
//! A side panel on wide screens, a dialog over the page on phones.

use super::common::{
    item_title, pressed, About, ActorToggle, Badge, ClaimMeta, ComparisonBody, EventMeta, Marked,
    OpenItem, Quotes, RelationMeta,
};
use super::state::{focus_id, search_index, use_app};
use super::strings::Say;
use super::strings::{self, item_kind, Noun};
use crate::data::{corpus, map};
use explorer_core::selection::Item;
use explorer_core::url::MapView;
use explorer_core::{EntityId, RelationId, RelationType};
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
                            {strings::w().close}
                        </button>
                    </div>
                    // An actor goes by its name in the interface's language; anything
                    // else by the corpus's words.
                    <h2
                        id="panel-h"
                        tabindex="-1"
                        lang=match item {
                            Item::Actor(_) | Item::Pair(..) => None,
                            _ => Some(strings::text_lang()),
                        }
                    >
                        {match item {
                            Item::Pair(a, b) => {
                                strings::pair_title(strings::name(a), strings::name(b)).into_any()
                            }
                            _ => view! { <Marked text=item_title(item)/> }.into_any(),
                        }}
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
                    <Badge label=note.kind.say() class=["note-", note.kind.id()].concat()/>
                    " "
                    <span lang=strings::text_lang()>{doc.title}</span>
                </p>
                <Quotes evidence=note.evidence/>
            }
            .into_any()
        }
        Item::Actor(a) => view! { <ActorBody id=a/> }.into_any(),
        Item::Pair(a, b) => view! { <PairBody a=a b=b/> }.into_any(),
        Item::Period(p) => {
            let period = c.period(p);
            let span = match (period.from, period.to) {
                (Some(from), None) => strings::since(from),
                (from, to) => strings::span(from, to),
            };
            view! {
                <p class="meta">{span}</p>
                {(!period.summary.is_empty()).then(|| view! { <p lang=strings::text_lang()>{period.summary}</p> })}
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
            <h3>{strings::w().shares_quotes}</h3>
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
    // The other spellings the texts use; under a Japanese heading, the name first.
    let heading = strings::name(id);
    let aliases: Vec<&str> = std::iter::once(ent.name)
        .filter(|&n| n != heading)
        .chain(ent.aliases.iter().map(|&a| c.str(a)))
        .collect();
    let ties: Vec<_> = c
        .relation_ids()
        .filter(|&r| {
            let rel = c.relation(r);
            rel.source == id || rel.target == id
        })
        .collect();
    let events: Vec<_> = c
        .event_ids()
        .filter(|&e| {
            let ev = c.event(e);
            ev.actors.contains(&id) || ev.place == Some(id)
        })
        .collect();
    view! {
        <p class="meta">{ent.kind.say()} " · " <ActorToggle id=id/></p>
        {(!ent.description.is_empty()).then(|| view! { <p lang=strings::text_lang()>{ent.description}</p> })}
        {(!aliases.is_empty())
            .then(|| {
                view! {
                    <p class="meta">{[strings::w().aliases, ": ", &aliases.join(", ")].concat()}</p>
                }
            })}
        {(!ties.is_empty())
            .then(|| {
                view! {
                    <h3>{strings::count(ties.len(), Noun::Relation)}</h3>
                    <TiesByType ties=ties quotes=false/>
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

/// Ties grouped by type, each a link to its own panel; with `quotes`, each with its
/// facts line and its quotes too.
#[component]
fn TiesByType(ties: Vec<RelationId>, quotes: bool) -> impl IntoView {
    let c = corpus();
    view! {
        <ul class=if quotes { "ties pair" } else { "ties" }>
            {RelationType::ALL
                .iter()
                .filter_map(|&t| {
                    let of: Vec<RelationId> = ties
                        .iter()
                        .copied()
                        .filter(|&r| c.relation(r).kind == t)
                        .collect();
                    (!of.is_empty())
                        .then(|| {
                            view! {
                                <li>
                                    <Badge label=t.say() class=["rel-", t.id()].concat()/>
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
                                                        {quotes
                                                            .then(|| {
                                                                view! {
                                                                    <RelationMeta id=r/>
                                                                    <Quotes evidence=c.relation(r).evidence/>
                                                                }
                                                            })}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </li>
                            }
                        })
                })
                .collect_view()}
        </ul>
    }
}

/// Two actors' ties, as the map joins them in one edge: those that pass the filter (an
/// end counts at the actor the map draws it with, as a person with their state), by
/// type, each with its status, dates and quotes; and how many more the filter hides.
#[component]
fn PairBody(a: EntityId, b: EntityId) -> impl IntoView {
    let state = use_app();
    let c = corpus();
    let net = state.url.with_untracked(|u| u.layout == MapView::Network);
    let l = if net { &map().net } else { &map().geo };
    let pair = (Some((a.0, b.0)), Some((b.0, a.0)));
    let between: Vec<RelationId> = c
        .relation_ids()
        .filter(|&r| {
            let ends = explorer_core::map::relation_ends(c, l, r);
            ends == pair.0 || ends == pair.1
        })
        .collect();
    let total = between.len();
    let shown: Vec<RelationId> = state.explore.with_untracked(|e| {
        between
            .into_iter()
            .filter(|&r| e.matches.has_relation(r))
            .collect()
    });
    let hidden = total - shown.len();
    view! {
        <p class="meta">
            {strings::count(shown.len(), Noun::Relation)}
            {(hidden > 0).then(|| [" · ", &(strings::w().pair_hidden)(hidden)].concat())}
        </p>
        <TiesByType ties=shown quotes=true/>
    }
}

//! The one detail panel: whatever item is selected (`sel` in the URL), from any view.
//! A side panel on wide screens, a dialog over the page on phones.

use super::common::item_title;
use super::dom::window;
use super::html::Html;
use super::state::search_index;
use super::strings::{self, item_kind, Noun};
use crate::data::corpus;
use explorer_core::selection::Item;
use explorer_core::text::Query;
use explorer_core::{EntityId, RelationType};

/// The panel for an item: a side panel on wide screens, a dialog on phones.
pub fn html(item: Item, q: &Query) -> String {
    let phone = window()
        .match_media("(max-width: 899px)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let mut h = Html::default();
    h.open(
        "aside",
        &[
            ("id", "panel"),
            ("class", "panel"),
            ("role", "dialog"),
            ("aria-modal", if phone { "true" } else { "false" }),
            ("aria-labelledby", "panel-h"),
        ],
    )
    .open("div", &[("class", "panel-head")])
    .el("span", &[("class", "kind")], item_kind(item))
    .el(
        "button",
        &[("type", "button"), ("class", "close"), ("data-close", "1")],
        strings::CLOSE,
    )
    .close("div");
    body(&mut h, item, q);
    h.close("aside");
    h.done()
}

/// What the item is, its quotes, and the items sharing them.
fn body(h: &mut Html, item: Item, q: &Query) {
    let c = corpus();
    h.open("h2", &[("id", "panel-h"), ("tabindex", "-1")])
        .marked(item_title(item), q)
        .close("h2");
    match item {
        Item::Event(id) => {
            let e = c.event(id);
            h.event_meta(id).about(e.actors);
            if let Some(p) = e.place {
                h.open("p", &[("class", "meta")]).actor(p).close("p");
            }
            h.quotes(e.evidence, q);
        }
        Item::Relation(id) => {
            h.relation_meta(id).quotes(c.relation(id).evidence, q);
        }
        Item::Claim(id) => {
            let cl = c.claim(id);
            h.claim_meta(id).about(cl.actors).quotes(cl.evidence, q);
        }
        Item::Comparison(id) => {
            h.comparison_body(id, q);
        }
        Item::Note(n) => {
            let note = c.note(n);
            let doc = c.document(c.note_document(n));
            h.open("p", &[("class", "meta")])
                .badge(note.kind.label(), &["note-", note.kind.id()].concat())
                .text(" ")
                .text(doc.title)
                .close("p")
                .quotes(note.evidence, q);
        }
        Item::Actor(a) => actor(h, a, q),
        Item::Period(p) => {
            let period = c.period(p);
            let mut span = strings::span(period.from, period.to);
            if period.from.is_some() && period.to.is_none() {
                span = strings::since(period.from.unwrap_or(explorer_core::Date::year(0)));
            }
            h.open("p", &[("class", "meta")]).text(&span).close("p");
            if !period.summary.is_empty() {
                h.el("p", &[], period.summary);
            }
            h.quotes(period.evidence, q);
        }
    }
    let others = search_index().linked(item);
    if !others.is_empty() {
        h.el("h3", &[], strings::SHARES_QUOTES)
            .open("ul", &[("class", "linked")]);
        for o in others {
            h.open("li", &[])
                .el("span", &[("class", "kind")], item_kind(o))
                .text(" ")
                .open_item(o, "link", item_title(o), q)
                .close("li");
        }
        h.close("ul");
    }
}

/// An actor: what it is, its other spellings, its ties grouped by type, its events.
fn actor(h: &mut Html, a: EntityId, q: &Query) {
    let c = corpus();
    let ent = c.entity(a);
    h.open("p", &[("class", "meta")])
        .text(ent.kind.label())
        .text(" · ")
        .actor(a)
        .close("p");
    if !ent.description.is_empty() {
        h.el("p", &[], ent.description);
    }
    let aliases: Vec<&str> = c.names(a).skip(1).collect();
    if !aliases.is_empty() {
        h.el(
            "p",
            &[("class", "meta")],
            &[strings::ALIASES, ": ", &aliases.join(", ")].concat(),
        );
    }
    let ties: Vec<_> = c
        .relation_ids()
        .filter(|&r| {
            let rel = c.relation(r);
            rel.source == a || rel.target == a
        })
        .collect();
    if !ties.is_empty() {
        h.el("h3", &[], &strings::count(ties.len(), Noun::Relation))
            .open("ul", &[("class", "ties")]);
        for &t in RelationType::ALL {
            let of: Vec<_> = ties
                .iter()
                .copied()
                .filter(|&r| c.relation(r).kind == t)
                .collect();
            if of.is_empty() {
                continue;
            }
            h.open("li", &[])
                .badge(t.label(), &["rel-", t.id()].concat())
                .open("ul", &[]);
            for r in of {
                h.open("li", &[])
                    .open_item(Item::Relation(r), "link", c.relation(r).summary, q)
                    .close("li");
            }
            h.close("ul").close("li");
        }
        h.close("ul");
    }
    let events: Vec<_> = c
        .event_ids()
        .filter(|&e| {
            let ev = c.event(e);
            ev.actors.contains(&a) || ev.place == Some(a)
        })
        .collect();
    if !events.is_empty() {
        h.el("h3", &[], &strings::count(events.len(), Noun::Event))
            .open("ul", &[]);
        for e in events {
            h.open("li", &[])
                .open_item(Item::Event(e), "link", c.event(e).title, q)
                .close("li");
        }
        h.close("ul");
    }
}

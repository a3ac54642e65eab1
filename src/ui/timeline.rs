//! Timeline: every event in timeline order, with its date precision and quotes. Drawn
//! once (again only when the search words change, for the marks); the filter shows or
//! hides each event.

use super::html::Html;
use super::state::search_index;
use super::strings::{self, count, Noun};
use crate::data::corpus;
use explorer_core::selection::Item;
use explorer_core::text::Query;
use explorer_core::EventId;

/// Every event, oldest first; those the filter leaves out are hidden (by `sync.rs`).
pub fn html(q: &Query) -> String {
    let order = search_index().timeline_order();
    let mut ids: Vec<EventId> = corpus().event_ids().collect();
    explorer_core::small_sort::sort_by_key(&mut ids, |e| order[e.index()]);
    let mut h = Html::default();
    h.open("section", &[("aria-labelledby", "timeline-h")])
        .el(
            "h2",
            &[("id", "timeline-h")],
            strings::view_name(explorer_core::View::Timeline),
        )
        .counts()
        .open("ol", &[("class", "items events")]);
    for id in ids {
        event(&mut h, id, q);
    }
    h.close("ol").close("section");
    h.done()
}

fn event(h: &mut Html, id: EventId, q: &Query) {
    let c = corpus();
    let e = c.event(id);
    let date = strings::span(e.date, e.end);
    let date = if date.is_empty() {
        strings::UNDATED.to_string()
    } else {
        date
    };
    let precision = match (e.date, e.after.first()) {
        (None, Some(&a)) => strings::after(c.event(a).title),
        (d, _) => strings::precision(d.map(|d| d.precision())).to_string(),
    };
    let anchor = ["event-", e.id].concat();
    let item = Item::Event(id);
    h.open(
        "li",
        &[
            ("class", "item event"),
            ("id", &anchor),
            ("data-item", &item.code()),
        ],
    )
    .open("p", &[("class", "when")])
    .el("time", &[], &date)
    .text(" ")
    .el("span", &[("class", "precision")], &precision);
    if e.reported {
        h.text(" ").badge(strings::REPORTED, "");
    }
    h.close("p")
        .open("h3", &[])
        .open_item(item, "title", e.title, q)
        .close("h3")
        .open("p", &[("class", "meta")])
        .badge(e.kind.label(), "")
        .text(" ")
        .actors(e.actors)
        .close("p")
        .open("details", &[])
        .el("summary", &[], &count(e.evidence.len(), Noun::Quote))
        .quotes(e.evidence, q)
        .close("details")
        .close("li");
}

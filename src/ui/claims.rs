//! Claims: each claim with its type, who asserts it and its quote; then the
//! comparisons between sources. Drawn once (again when the search words change); the
//! filter shows or hides each.

use super::html::Html;
use super::strings::{self, none_in_corpus, Noun};
use crate::data::corpus;
use explorer_core::selection::Item;
use explorer_core::text::Query;
use explorer_core::{ClaimId, ComparisonId};

/// The claims and comparisons; those the filter leaves out are hidden (by `sync.rs`).
pub fn html(q: &Query) -> String {
    let c = corpus();
    let mut h = Html::default();
    h.open("section", &[("aria-labelledby", "claims-h")])
        .el(
            "h2",
            &[("id", "claims-h")],
            strings::view_name(explorer_core::View::Claims),
        )
        .counts()
        .open("ul", &[("class", "items claims")]);
    for id in c.claim_ids() {
        claim(&mut h, id, q);
    }
    h.close("ul")
        .close("section")
        .open("section", &[("aria-labelledby", "comparisons-h")])
        .el("h2", &[("id", "comparisons-h")], strings::COMPARISONS);
    if c.comparison_ids().len() == 0 {
        h.el(
            "p",
            &[("class", "count")],
            &none_in_corpus(Noun::Comparison),
        );
    }
    h.open("ul", &[("class", "items comparisons")]);
    for id in c.comparison_ids() {
        comparison(&mut h, id, q);
    }
    h.close("ul").close("section");
    h.done()
}

fn claim(h: &mut Html, id: ClaimId, q: &Query) {
    let c = corpus().claim(id);
    let item = Item::Claim(id);
    h.open(
        "li",
        &[("class", "item claim"), ("data-item", &item.code())],
    )
    .claim_meta(id)
    .open("p", &[("class", "claim-text")])
    .open_item(item, "title", c.text, q)
    .close("p")
    .about(c.actors)
    .quotes(c.evidence, q)
    .close("li");
}

fn comparison(h: &mut Html, id: ComparisonId, q: &Query) {
    let item = Item::Comparison(id);
    h.open(
        "li",
        &[("class", "item comparison"), ("data-item", &item.code())],
    )
    .open("h3", &[])
    .open_item(item, "title", corpus().comparison(id).topic, q)
    .close("h3")
    .comparison_body(id, q)
    .close("li");
}

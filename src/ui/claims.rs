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
        .counts();
    how_to_read(&mut h);
    h.open("ul", &[("class", "items claims")]);
    for id in c.claim_ids() {
        claim(&mut h, id, q);
    }
    h.close("ul").close("section");
    if c.comparison_ids().len() > 0 {
        matrix(&mut h);
    }
    h.open("section", &[("aria-labelledby", "comparisons-h")])
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

/// "How to read this", for the class: what each claim type, each kind of asserter, each
/// verdict and each matrix cell means.
fn how_to_read(h: &mut Html) {
    h.open("details", &[("class", "how")])
        .el("summary", &[], strings::HOW_TO_READ)
        .open("div", &[("class", "how-body")]);
    for (title, words) in [
        (strings::HOW_TYPES, &strings::HOW_CLAIM_TYPES[..]),
        (strings::HOW_BY, &strings::HOW_ASSERTERS[..]),
        (strings::HOW_VERDICTS, &strings::HOW_VERDICT_WORDS[..]),
        (strings::HOW_CELLS, &strings::HOW_CELL_WORDS[..]),
    ] {
        h.open("section", &[]).el("h3", &[], title).open("dl", &[]);
        for (term, meaning) in words {
            h.el("dt", &[], term).el("dd", &[], meaning);
        }
        h.close("dl").close("section");
    }
    h.close("div").close("details");
}

/// The claim × source matrix: a row per comparison, a column per source in the corpus's
/// order, each cell where that source stands (`explorer_core::matrix`), in a symbol and
/// a word; a cell that is not silent opens the comparison in the panel. Rows the filter
/// leaves out are hidden like the comparisons.
fn matrix(h: &mut Html) {
    let c = corpus();
    h.open("section", &[("aria-labelledby", "matrix-h")])
        .el("h2", &[("id", "matrix-h")], strings::MATRIX_HEADING)
        .open(
            "div",
            &[
                ("class", "matrix-wrap"),
                ("tabindex", "0"),
                ("aria-labelledby", "matrix-h"),
            ],
        )
        .open("table", &[("class", "matrix")])
        .el("caption", &[], strings::MATRIX_CAPTION)
        .open("thead", &[])
        .open("tr", &[])
        .el("th", &[("scope", "col")], strings::MATRIX_POINT);
    for d in c.document_ids() {
        h.el("th", &[("scope", "col")], c.document(d).title);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for m in c.comparison_ids() {
        let code = Item::Comparison(m).code();
        h.open("tr", &[("data-item", &code)])
            .el("th", &[("scope", "row")], c.comparison(m).topic);
        for (_, e) in explorer_core::matrix::row(c, m) {
            let (mark, word) = strings::cell_words(e.cell);
            let class = ["cell c-", word].concat();
            h.open("td", &[("class", &class)]);
            if e.cell == explorer_core::matrix::Cell::Silent {
                h.raw("<span aria-hidden=\"true\">")
                    .text(mark)
                    .raw("</span> ")
                    .text(word);
            } else {
                h.open(
                    "button",
                    &[("type", "button"), ("class", "link"), ("data-sel", &code)],
                )
                .raw("<span aria-hidden=\"true\">")
                .text(mark)
                .raw("</span> ")
                .text(word)
                .close("button");
            }
            h.close("td");
        }
        h.close("tr");
    }
    h.close("tbody")
        .close("table")
        .close("div")
        .close("section");
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

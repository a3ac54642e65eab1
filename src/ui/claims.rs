//! Claims: the claim cards (or a dense table) in the groups and order the link asks
//! for, with a toggle for only the contested points; the claim × source matrix; then
//! each comparison with the sources side by side. Drawn once (again when the search
//! words, the grouping, the order or the table toggle change); the filter shows or
//! hides each card, row and group.

use super::html::Html;
use super::state::search_index;
use super::strings::{self, none_in_corpus, Noun};
use crate::data::corpus;
use explorer_core::claims::{arrange, concerns, notes_over, ClaimGroup, ClaimSort, GroupKey};
use explorer_core::matrix::Cell;
use explorer_core::selection::Item;
use explorer_core::text::Query;
use explorer_core::{ClaimId, ComparisonId, Facet, UrlState};

/// The claims and comparisons; those the filter leaves out are hidden (by `sync.rs`).
pub fn html(q: &Query, u: &UrlState, table: bool) -> String {
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
    tools(&mut h, u, table);
    let groups = arrange(search_index(), u.group, u.sort);
    if table {
        h.table_head(strings::CL_TABLE_CAPTION, &strings::CL_COLUMNS, 0, 0, "")
            .close("tbody");
    }
    for (key, ids) in &groups {
        let label = group_label(*key);
        if table {
            h.open("tbody", &[("data-group", "1")]);
            if !label.is_empty() {
                h.raw("<tr><th colspan=\"5\" scope=\"rowgroup\">")
                    .text(label)
                    .raw("</th></tr>");
            }
            for &id in ids {
                row(&mut h, id, q);
            }
            h.close("tbody");
        } else {
            h.open("section", &[("class", "cl-group"), ("data-group", "1")]);
            if !label.is_empty() {
                h.el("h3", &[], label);
            }
            h.open("ul", &[("class", "items claims")]);
            for &id in ids {
                claim(&mut h, id, q, u.sort == ClaimSort::Date);
            }
            h.close("ul").close("section");
        }
    }
    if table {
        h.close("table");
    }
    h.close("section");
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

/// Grouping, order, "Only contested points" (a facet of the global filter, with its
/// count) and the table toggle.
fn tools(h: &mut Html, u: &UrlState, table: bool) {
    h.open(
        "div",
        &[
            ("class", "tl-tools"),
            ("role", "group"),
            ("aria-label", strings::CL_TOOLS),
        ],
    );
    for (id, label, ids, words, on) in [
        (
            "cl-group",
            strings::GROUP_BY,
            &ClaimGroup::ALL.map(ClaimGroup::id)[..],
            &strings::CL_GROUPS[..],
            u.group.id(),
        ),
        (
            "cl-sort",
            strings::ORDER,
            &ClaimSort::ALL.map(ClaimSort::id)[..],
            &strings::CL_SORTS[..],
            u.sort.id(),
        ),
    ] {
        h.open("label", &[])
            .text(label)
            .open("select", &[("id", id)]);
        for (v, word) in ids.iter().zip(words) {
            let sel = if *v == on { "selected" } else { "" };
            h.el("option", &[("value", v), (sel, "")], word);
        }
        h.close("select").close("label");
    }
    if corpus().comparison_ids().len() > 0 {
        h.open("span", &[("class", "row")])
            .el(
                "button",
                &[
                    ("type", "button"),
                    ("data-facet", &Facet::Contested.code()),
                    ("aria-pressed", "false"),
                ],
                strings::CONTESTED_ONLY,
            )
            .el("span", &[("class", "n")], "")
            .close("span");
    }
    h.el(
        "button",
        &[
            ("type", "button"),
            ("data-cl", "table"),
            ("aria-pressed", if table { "true" } else { "false" }),
        ],
        strings::TABLE,
    )
    .close("div");
}

/// A group's heading (none when the claims are not grouped).
fn group_label(key: GroupKey) -> &'static str {
    let c = corpus();
    match key {
        GroupKey::All => "",
        GroupKey::Comparison(m) => c.comparison(m).topic,
        GroupKey::NotCompared => strings::NOT_COMPARED,
        GroupKey::Actor(a) => c.entity(a).name,
        GroupKey::NoActor => strings::NO_ACTOR,
        GroupKey::Source(d) => c.document(d).title,
        GroupKey::Type(t) => t.label(),
    }
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

/// A claim card: its type, who asserts it, the claim, its actors, its quotes, and a
/// marker for each reading note on its passage (opening the note); with the date
/// order, the date it concerns.
fn claim(h: &mut Html, id: ClaimId, q: &Query, dated: bool) {
    let c = corpus().claim(id);
    let item = Item::Claim(id);
    h.open(
        "li",
        &[("class", "item claim"), ("data-item", &item.code())],
    )
    .claim_meta(id);
    if dated {
        if let Some(d) = concerns(search_index(), id) {
            h.open("p", &[("class", "meta")])
                .text(strings::CONCERNS)
                .el("time", &[], &d.label())
                .close("p");
        }
    }
    h.open("p", &[("class", "claim-text")])
        .open_item(item, "title", c.text, q)
        .close("p")
        .about(c.actors)
        .quotes(c.evidence, q);
    for n in notes_over(corpus(), c.evidence) {
        let kind = corpus().note(n).kind;
        h.open(
            "button",
            &[
                ("type", "button"),
                ("class", "note-flag"),
                ("data-sel", &Item::Note(n).code()),
            ],
        )
        .raw("<span aria-hidden=\"true\">⚑ </span>")
        .text(strings::NOTE_FLAG)
        .text(kind.label())
        .close("button")
        .el(
            "p",
            &[("class", "print-only note-text")],
            corpus().note(n).text,
        );
    }
    h.close("li");
}

/// A claim as a row of the dense table.
fn row(h: &mut Html, id: ClaimId, q: &Query) {
    let c = corpus();
    let cl = c.claim(id);
    let item = Item::Claim(id);
    let when = concerns(search_index(), id).map(|d| d.label());
    let doc = cl.evidence.first().map(|e| c.document(e.doc).title);
    h.open("tr", &[("data-item", &item.code())])
        .open("td", &[])
        .open_item(item, "link", cl.text, q)
        .close("td")
        .open("td", &[])
        .badge(cl.kind.label(), &["claim-", cl.kind.id()].concat())
        .close("td")
        .el("td", &[], &super::common::asserter(id))
        .el("td", &[], doc.unwrap_or_default())
        .el("td", &[], when.as_deref().unwrap_or_default())
        .close("tr");
}

/// A comparison: its verdict and what is at stake in one line, then the sources side by
/// side, each with where it stands and its quotes; the silent ones named together.
fn comparison(h: &mut Html, id: ComparisonId, q: &Query) {
    let c = corpus();
    let item = Item::Comparison(id);
    let m = c.comparison(id);
    h.open(
        "li",
        &[("class", "item comparison"), ("data-item", &item.code())],
    )
    .open("h3", &[])
    .open_item(item, "title", m.topic, q)
    .close("h3")
    .open("p", &[("class", "meta")])
    .badge(m.verdict.label(), &["verdict-", m.verdict.id()].concat())
    .text(" ")
    .text(m.summary)
    .close("p")
    .open("div", &[("class", "sbs")]);
    let mut silent: Vec<&str> = Vec::new();
    let sides: Vec<_> = c.sides(id).collect();
    for (d, e) in explorer_core::matrix::row(c, id) {
        if e.cell == Cell::Silent {
            silent.push(c.document(d).title);
            continue;
        }
        let (mark, word) = strings::cell_words(e.cell);
        let class = ["sbs-col c-", word].concat();
        h.open("div", &[("class", &class)])
            .el("p", &[("class", "sbs-src")], c.document(d).title)
            .open("p", &[("class", "cell")])
            .raw("<span aria-hidden=\"true\">")
            .text(mark)
            .raw("</span> ")
            .text(word)
            .close("p");
        for i in explorer_core::matrix::sides_of(c, id, d) {
            h.el("p", &[("class", "side-label")], sides[i].label)
                .quotes(sides[i].evidence, q);
        }
        h.close("div");
    }
    if !silent.is_empty() {
        let (mark, word) = strings::cell_words(Cell::Silent);
        h.open("div", &[("class", "sbs-col c-silent")])
            .open("p", &[("class", "cell")])
            .raw("<span aria-hidden=\"true\">")
            .text(mark)
            .raw("</span> ")
            .text(word)
            .close("p")
            .el("p", &[], &silent.join(", "))
            .close("div");
    }
    h.close("div").close("li");
}

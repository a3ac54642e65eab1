//! Sources: the documents, and the reader: one article as published, every annotated
//! passage highlighted by the kind of item it supports, reading notes beside their
//! passages, and the passage a link points to (`hl`) scrolled to and marked.

use super::html::Html;
use super::strings::{self, none_on_article, Noun};
use super::sync::shown;
use crate::data::corpus;
use explorer_core::reader::{layout, Layout};
use explorer_core::selection::Item;
use explorer_core::text::Query;
use explorer_core::{DocId, Matches, Route};

/// The documents, each shown or hidden by the filter (by `sync.rs`).
pub fn list_html(q: &Query) -> String {
    let c = corpus();
    let mut h = Html::default();
    h.open("section", &[("aria-labelledby", "sources-h")])
        .el(
            "h2",
            &[("id", "sources-h")],
            strings::view_name(explorer_core::View::Sources),
        )
        .counts()
        .open("ul", &[("class", "items documents")]);
    for doc in c.document_ids() {
        let d = c.document(doc);
        let path = Route::Source(doc).path(c);
        let href = ["#", &path].concat();
        let code = doc.0.to_string();
        h.open("li", &[("class", "item document"), ("data-doc", &code)])
            .open("h3", &[])
            .open("a", &[("href", &href), ("data-route", &path)])
            .marked(d.title, q)
            .close("a")
            .close("h3")
            .open("p", &[("class", "meta")])
            .text(&byline(doc))
            .text(" ")
            .el("span", &[("class", "file")], d.file)
            .close("p")
            .el("p", &[], d.summary)
            .close("li");
    }
    h.close("ul").close("section");
    h.done()
}

/// Author, outlet and date, as the text gives them.
fn byline(doc: DocId) -> String {
    let d = corpus().document(doc);
    let mut parts: Vec<String> = Vec::new();
    if let Some(a) = d.author {
        parts.push(["By ", a].concat());
    }
    parts.extend(d.outlet.map(str::to_string));
    parts.extend(d.published.map(|p| p.label()));
    parts.join(" · ")
}

/// One article in full, as published: the passages the filter leaves in highlighted,
/// the kinds the legend shows (`visible`, bits of `explorer_core::reader`) coloured.
pub fn reader_html(
    doc: DocId,
    matches: &Matches,
    target: Option<(usize, usize)>,
    visible: u8,
    q: &Query,
) -> String {
    let c = corpus();
    let d = c.document(doc);
    let l = layout(c, doc, &|i| shown(matches, i), target);
    let mut h = Html::default();
    h.open(
        "article",
        &[("class", "source"), ("aria-labelledby", "source-h")],
    )
    .open("p", &[])
    .el(
        "a",
        &[("href", "#/sources"), ("data-route", "/sources")],
        strings::ALL_SOURCES,
    )
    .close("p")
    .el("h2", &[("id", "source-h")], d.title)
    .open("p", &[("class", "meta")])
    .text(&byline(doc))
    .text(" ")
    .el("span", &[("class", "file")], d.file)
    .close("p");
    if !d.title_printed {
        h.el("p", &[("class", "meta")], strings::NO_HEADLINE);
    }
    h.open(
        "div",
        &[
            ("class", "legend"),
            ("role", "group"),
            ("aria-label", strings::LEGEND),
        ],
    );
    for (i, label) in strings::MARK_KINDS.iter().enumerate() {
        let bit = 1u8 << i;
        let class = ["key k", &bit.to_string()].concat();
        h.el(
            "button",
            &[
                ("type", "button"),
                ("class", &class),
                ("data-legend", &bit.to_string()),
                (
                    "aria-pressed",
                    if visible & bit != 0 { "true" } else { "false" },
                ),
            ],
            label,
        );
    }
    h.close("div").open("div", &[("class", "fulltext")]);
    draw(&mut h, &l, d.text, visible, doc, q);
    h.close("div");
    if c.notes_of(doc).len() == 0 {
        h.el("p", &[("class", "count")], &none_on_article(Noun::Note));
    }
    h.close("article");
    h.done()
}

/// The tooltip of a passage: what it supports.
fn tip(items: &[Item]) -> String {
    let mut s = strings::supports(items.len());
    for &i in items {
        s.push_str("\n• ");
        s.push_str(strings::item_kind(i));
        s.push_str(": ");
        s.push_str(super::common::item_title(i));
    }
    s
}

/// The article's paragraphs, each followed by the notes whose passages start in it.
fn draw(h: &mut Html, l: &Layout, text: &str, visible: u8, doc: DocId, q: &Query) {
    let notes: Vec<_> = corpus().notes_of(doc).collect();
    for p in 0..l.paragraphs.len() {
        let pieces = l.pieces_of(p);
        let first = l.paragraphs[p].start as usize;
        let debris = pieces.iter().all(|x| x.debris);
        h.open(
            "p",
            &[
                ("class", if debris { "debris-par" } else { "" }),
                (if debris { "data-label" } else { "" }, strings::DEBRIS),
            ],
        );
        let mut marks: Vec<u16> = Vec::new();
        for (k, piece) in pieces.iter().enumerate() {
            let i = first + k;
            for &n in l.notes_at(i) {
                marks.push(n);
                let code = Item::Note(notes[n as usize - 1]).code();
                h.el(
                    "button",
                    &[
                        ("type", "button"),
                        ("class", "note-mark"),
                        ("data-sel", &code),
                    ],
                    &["[", &n.to_string(), "]"].concat(),
                );
            }
            let words = explorer_core::text::slice(text, piece.start as usize..piece.end as usize);
            let items = l.items_at(i);
            let kinds = piece.kinds & visible;
            let class = [
                if items.is_empty() || kinds == 0 {
                    "q"
                } else {
                    "p m"
                },
                &if kinds == 0 {
                    String::new()
                } else {
                    kinds.to_string()
                },
                if piece.target { " target" } else { "" },
                if piece.debris { " debris" } else { "" },
            ]
            .concat();
            // A few letters between two passages' ends are coloured but are no target of
            // their own (too small to hit; the passages around them are).
            if items.is_empty() || words.chars().count() < 5 {
                h.open("span", &[("class", &class)]);
            } else {
                let codes: Vec<String> = items.iter().map(|it| it.code()).collect();
                let n = items.len().to_string();
                h.open(
                    "span",
                    &[
                        ("class", &class),
                        ("role", "button"),
                        ("tabindex", "0"),
                        ("data-items", &codes.join(" ")),
                        (if items.len() > 1 { "data-n" } else { "" }, &n),
                        ("title", &tip(items)),
                    ],
                );
            }
            h.marked(words, q).close("span");
        }
        h.close("p");
        for n in marks {
            let note = corpus().note(notes[n as usize - 1]);
            h.open("aside", &[("class", "note")])
                .el(
                    "span",
                    &[("class", "note-n")],
                    &["[", &n.to_string(), "]"].concat(),
                )
                .text(" ")
                .badge(note.kind.label(), "")
                .text(" ")
                .text(note.text)
                .close("aside");
        }
    }
}

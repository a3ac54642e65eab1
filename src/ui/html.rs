//! Markup for the views' content, written as text and set as `innerHTML`.
//!
//! Why: every distinct `view!` tree costs the download its own generic code (a list
//! item of each kind, a panel body of each kind, a facet row: kilobytes each), while
//! one builder of escaped text costs almost nothing and is as fast to draw. What the
//! markup does is said in `data-` attributes, acted on by the one click handler in
//! `app.rs`, and the state it shows (pressed toggles, shown items, counts) is kept in
//! step by the effects in `sync.rs`. Only corpus text and the interface's words go in,
//! always escaped; nothing a user typed is written as markup.

use super::strings;
use crate::data::corpus;
use explorer_core::selection::{Item, Passage};
use explorer_core::text::{segments, Query};
use explorer_core::{EntityId, Evidence, Facet, Route};

/// Markup being written.
#[derive(Default)]
pub struct Html(pub String);

impl Html {
    /// Opens an element: `<tag a="v" …>`; attributes with an empty name are skipped.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.raw("<");
        self.raw(tag);
        self.attrs(attrs)
    }

    /// The rest of a start tag, after `<tag` and whatever was written by hand:
    /// ` a="v" …>`; attributes with an empty name are skipped.
    pub fn attrs(&mut self, attrs: &[(&str, &str)]) -> &mut Self {
        for (k, v) in attrs {
            if k.is_empty() {
                continue;
            }
            self.raw(" ");
            self.raw(k);
            self.raw("=\"");
            escape(&mut self.0, v, true);
            self.raw("\"");
        }
        self.raw(">");
        self
    }

    /// Markup written as is (one call, not inlined: each inlined `push_str` costs the
    /// download its own copy of the growing code).
    #[inline(never)]
    pub fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// Closes an element.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.raw("</");
        self.raw(tag);
        self.raw(">");
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, s: &str) -> &mut Self {
        escape(&mut self.0, s, false);
        self
    }

    /// An element holding only text: `<tag attrs>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Text with the search words marked.
    pub fn marked(&mut self, s: &str, q: &Query) -> &mut Self {
        for (piece, hit) in segments(s, &q.highlights(s)) {
            if hit {
                self.raw("<mark>");
                escape(&mut self.0, piece, false);
                self.raw("</mark>");
            } else {
                escape(&mut self.0, piece, false);
            }
        }
        self
    }

    /// A badge: `<span class="badge {class}">label</span>`.
    pub fn badge(&mut self, label: &str, class: &str) -> &mut Self {
        let class = ["badge ", class].concat();
        self.el("span", &[("class", &class)], label)
    }

    /// A button that opens the detail panel on an item, its label marked.
    pub fn open_item(&mut self, item: Item, class: &str, label: &str, q: &Query) -> &mut Self {
        let sel = item.code();
        self.open(
            "button",
            &[("type", "button"), ("class", class), ("data-sel", &sel)],
        )
        .marked(label, q)
        .close("button")
    }

    /// An actor's name as a toggle of the actor facet (`aria-pressed` is kept in step
    /// by `sync.rs`).
    pub fn actor(&mut self, a: EntityId) -> &mut Self {
        let code = Facet::Actor(a).code();
        self.el(
            "button",
            &[
                ("type", "button"),
                ("class", "actor"),
                ("data-facet", &code),
                ("aria-pressed", "false"),
            ],
            corpus().entity(a).name,
        )
    }

    /// Actors' names as toggles, comma-separated.
    pub fn actors(&mut self, actors: &[EntityId]) -> &mut Self {
        for (i, &a) in actors.iter().enumerate() {
            if i > 0 {
                self.text(", ");
            }
            self.actor(a);
        }
        self
    }

    /// The quotes an item rests on, each with its source and a link to the passage in
    /// the article (the link keeps the current filter: see `data-passage` in `app.rs`).
    pub fn quotes(&mut self, evidence: &[Evidence], q: &Query) -> &mut Self {
        self.open("ul", &[("class", "quotes")]);
        for e in evidence {
            let c = corpus();
            let p = Passage::of(c, e);
            let route = Route::Source(e.doc).path(c);
            let href = ["#", &route, "?hl=", &p.to_param()].concat();
            let data = [c.document(e.doc).id, ":", &p.to_param()].concat();
            self.open("li", &[])
                .open("blockquote", &[])
                .text("“")
                .marked(c.quote(e), q)
                .text("”")
                .close("blockquote")
                .open("span", &[("class", "cite")])
                .text(c.document(e.doc).title)
                .text(" · ")
                .el(
                    "a",
                    &[("href", &href), ("data-passage", &data)],
                    strings::SHOW_IN_ARTICLE,
                )
                .close("span")
                .close("li");
        }
        self.close("ul")
    }

    /// A number, written without `fmt`'s machinery.
    pub fn num(&mut self, n: i32) -> &mut Self {
        if n < 0 {
            self.raw("-");
        }
        let mut digits = [0u8; 10];
        let mut i = digits.len();
        let mut v = n.unsigned_abs();
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        for &d in &digits[i..] {
            self.0.push(char::from(d));
        }
        self
    }

    /// A table's start: its caption and its column heads, the first `sortable` of them
    /// buttons (`data-{attr}="i"`) that sort it, the one at `sort` marked ascending;
    /// then the body is open for the rows.
    pub fn table_head(
        &mut self,
        caption: &str,
        heads: &[&str],
        sortable: usize,
        sort: u8,
        attr: &str,
    ) -> &mut Self {
        self.open("table", &[("class", "tl-table")])
            .el("caption", &[], caption)
            .open("thead", &[])
            .open("tr", &[]);
        for (i, head) in heads.iter().enumerate() {
            self.raw("<th scope=\"col\"");
            if i < sortable {
                self.raw(if usize::from(sort) == i {
                    " aria-sort=\"ascending\"><button type=\"button\" data-"
                } else {
                    " aria-sort=\"none\"><button type=\"button\" data-"
                });
                self.raw(attr);
                self.raw("=\"");
                self.num(i as i32).0.push_str("\">");
                self.text(head).close("button");
            } else {
                self.raw(">");
                self.text(head);
            }
            self.close("th");
        }
        self.close("tr").close("thead").open("tbody", &[])
    }

    /// An SVG shape with numeric attributes: `<tag class="…" n0="v0" …/>`.
    pub fn shape(&mut self, tag: &str, class: &str, attrs: &[(&str, i32)]) -> &mut Self {
        self.raw("<");
        self.raw(tag);
        if !class.is_empty() {
            self.raw(" class=\"");
            self.raw(class);
            self.raw("\"");
        }
        for &(k, v) in attrs {
            self.raw(" ");
            self.raw(k);
            self.raw("=\"");
            self.num(v);
            self.raw("\"");
        }
        self.raw("/>");
        self
    }

    /// SVG text at (x, y).
    pub fn svg_text(&mut self, class: &str, x: i32, y: i32, text: &str) -> &mut Self {
        self.raw("<text class=\"");
        self.raw(class);
        self.raw("\" x=\"");
        self.num(x);
        self.raw("\" y=\"");
        self.num(y);
        self.raw("\">");
        self.text(text);
        self.raw("</text>");
        self
    }

    /// The view's count line and its no-results line, filled in by `sync.rs`.
    pub fn counts(&mut self) -> &mut Self {
        self.el("p", &[("class", "count"), ("data-count", "1")], "")
            .el(
                "p",
                &[
                    ("class", "no-results"),
                    ("data-noresults", "1"),
                    ("hidden", ""),
                ],
                "",
            )
    }

    /// What an event is: its kind, its date and how precisely it is known.
    pub fn event_meta(&mut self, id: explorer_core::EventId) -> &mut Self {
        let e = corpus().event(id);
        let when = strings::span(e.date, e.end);
        let precision = match (e.date, e.after.first()) {
            (None, Some(&a)) => strings::after(corpus().event(a).title),
            (d, _) => strings::precision(d.map(|d| d.precision())).to_string(),
        };
        let kind = ["k", &(e.kind as u8).to_string()].concat();
        self.open("p", &[("class", "meta")])
            .badge(e.kind.label(), &kind);
        if !when.is_empty() {
            self.text(" ").el("time", &[], &when);
        }
        self.text(" · ").text(&precision);
        if e.reported {
            self.text(" · ").badge(strings::REPORTED, "");
        }
        self.close("p")
    }

    /// What a tie is: its ends, type, status and span.
    pub fn relation_meta(&mut self, id: explorer_core::RelationId) -> &mut Self {
        let r = corpus().relation(id);
        let arrow = if r.directed { " → " } else { " ↔ " };
        let span = match (r.from, r.to) {
            (Some(a), None) => strings::since(a),
            (a, b) => strings::span(a, b),
        };
        self.open("p", &[("class", "meta")])
            .actor(r.source)
            .text(arrow)
            .badge(r.kind.label(), &["rel-", r.kind.id()].concat())
            .text(arrow)
            .actor(r.target)
            .text(" ")
            .badge(r.status.label(), &["status-", r.status.id()].concat())
            .text(" ")
            .text(&span)
            .close("p")
    }

    /// What a claim is and who asserts it (a named asserter as a toggle).
    pub fn claim_meta(&mut self, id: explorer_core::ClaimId) -> &mut Self {
        let cl = corpus().claim(id);
        let by = cl.by.kind();
        self.open("p", &[("class", "meta")])
            .badge(cl.kind.label(), &["claim-", cl.kind.id()].concat())
            .text(" ")
            .el(
                "span",
                &[("class", "by")],
                &strings::asserted_by(&super::common::asserter(id)),
            )
            .text(" ")
            .badge(by.label(), &["by-", by.id()].concat());
        if let explorer_core::Asserter::Entity(e) = cl.by {
            self.text(" ").actor(e);
        }
        self.close("p")
    }

    /// "About: Russia, Japan", when there are actors.
    pub fn about(&mut self, actors: &[EntityId]) -> &mut Self {
        if !actors.is_empty() {
            self.open("p", &[("class", "meta")])
                .text(strings::ABOUT)
                .actors(actors)
                .close("p");
        }
        self
    }

    /// A comparison: its verdict, what differs, and each side with its quotes.
    pub fn comparison_body(&mut self, id: explorer_core::ComparisonId, q: &Query) -> &mut Self {
        let m = corpus().comparison(id);
        self.open("p", &[("class", "meta")])
            .badge(m.verdict.label(), &["verdict-", m.verdict.id()].concat())
            .text(" ")
            .text(m.summary)
            .close("p")
            .open("ul", &[("class", "sides")]);
        for s in corpus().sides(id) {
            self.open("li", &[])
                .el("p", &[("class", "side-label")], s.label)
                .quotes(s.evidence, q)
                .close("li");
        }
        self.close("ul")
    }

    /// The markup written.
    pub fn done(self) -> String {
        self.0
    }
}

/// Appends `s` escaped for HTML text (and, with `attr`, for a quoted attribute value).
fn escape(out: &mut String, s: &str, attr: bool) {
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

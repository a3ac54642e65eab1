//! The page frame as markup: the header (title, navigation, search, the "Filters"
//! button), the active-filter chips and the notices. Links and toggles are kept in step
//! by `sync.rs`; clicks reach `app.rs` through `data-` attributes.

use super::html::Html;
use super::strings::{self, facet_label, notice, remove_filter, view_name};
use crate::data::corpus;
use explorer_core::{Filter, Notice, Route, View};

/// The header, drawn once (again only when `embed` changes).
pub fn header() -> String {
    let meta = corpus().meta();
    let mut h = Html::default();
    h.open("header", &[("class", "top")])
        .el("h1", &[], meta.title)
        .el("p", &[("class", "tagline")], meta.tagline)
        .open("nav", &[("aria-label", strings::VIEWS)])
        .open("ul", &[]);
    for (route, view) in [
        (Route::Timeline, View::Timeline),
        (Route::Map, View::Map),
        (Route::Claims, View::Claims),
        (Route::Sources, View::Sources),
    ] {
        let path = route.path(corpus());
        let href = ["#", &path].concat();
        h.open("li", &[])
            .el(
                "a",
                &[("href", &href), ("data-route", &path), ("data-nav", "1")],
                view_name(view),
            )
            .close("li");
    }
    if corpus().lesson_ids().len() > 0 {
        h.open("li", &[])
            .el(
                "a",
                &[
                    ("href", "#/lessons"),
                    ("data-route", "/lessons"),
                    ("data-nav", "1"),
                ],
                strings::LESSONS,
            )
            .close("li");
    }
    h.close("ul")
        .close("nav")
        .open("div", &[("class", "search"), ("role", "search")])
        .el("label", &[("for", "q")], strings::SEARCH)
        .open(
            "input",
            &[
                ("id", "q"),
                ("type", "search"),
                ("placeholder", strings::SEARCH_HINT),
                ("autocomplete", "off"),
                ("aria-keyshortcuts", "/"),
            ],
        )
        .el(
            "button",
            &[
                ("type", "button"),
                ("id", "filters-button"),
                ("class", "filters-button"),
                ("aria-controls", "facets"),
                ("aria-expanded", "false"),
                ("data-drawer", "1"),
            ],
            strings::FILTERS,
        )
        .close("div");
    super::share::tools_html(&mut h);
    h.close("header");
    h.done()
}

/// "Filtered by: actor: Japan ✕, from June 2024 ✕ … Clear all", or nothing.
pub fn chips(f: &Filter) -> String {
    if f.is_empty() {
        return String::new();
    }
    let mut h = Html::default();
    h.open(
        "div",
        &[
            ("class", "active-filters"),
            ("role", "group"),
            ("aria-label", strings::ACTIVE_FILTERS),
        ],
    )
    .el("span", &[], strings::FILTERED_BY);
    for facet in f.facets() {
        let label = facet_label(facet, f);
        h.open(
            "button",
            &[
                ("type", "button"),
                ("class", "chip"),
                ("aria-label", &remove_filter(&label)),
                ("data-facet", &facet.code()),
                ("data-remove", "1"),
            ],
        )
        .text(&label)
        .el("span", &[("aria-hidden", "true")], " ✕")
        .close("button");
    }
    h.el(
        "button",
        &[("type", "button"), ("data-clear-all", "1")],
        strings::CLEAR_ALL,
    )
    .close("div");
    h.done()
}

/// What was dropped from a malformed link, said plainly and dismissible.
pub fn notices(notices: &[Notice]) -> String {
    if notices.is_empty() {
        return String::new();
    }
    let mut h = Html::default();
    h.open("div", &[("class", "notice")])
        .el("p", &[], strings::NOTICE_HEAD)
        .open("ul", &[]);
    for n in notices {
        h.el("li", &[], &notice(n));
    }
    h.close("ul")
        .el(
            "button",
            &[("type", "button"), ("data-dismiss", "1")],
            strings::DISMISS,
        )
        .close("div");
    h.done()
}

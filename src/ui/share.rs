//! Taking what the user sees elsewhere: the Download menu (the files are made by the
//! exporter, a second wasm module the page loads only when asked, so its code is no part
//! of the first load), the Embed dialog with an `<iframe>` snippet of the current state,
//! and the compact header of an embedded page. Three small things are done by the boot
//! script (`public/boot.js`) instead, because in Rust their promises and callbacks cost
//! the first load 2.3 KB (docs/size.md): loading the exporter and calling it when a
//! Download button is pressed, copying the snippet, and, inside an iframe, posting the
//! page's height to its parent (`{ type: "alliance-explorer:height", height }`). Their
//! words are written here, into `data-` attributes, so they stay in `strings.rs`.

use super::dom::*;
use super::html::Html;
use super::strings;
use crate::data::corpus;
use explorer_core::{Route, UrlState, View};
use wasm_bindgen::JsCast;

/// The Download menu and the Embed button, in the header of every view, and the Embed
/// dialog they share the header with.
pub fn tools_html(h: &mut Html) {
    h.open("div", &[("class", "share")])
        .open("details", &[("class", "menu")])
        .el("summary", &[], strings::DOWNLOAD)
        .open(
            "div",
            &[
                ("class", "menu-list"),
                ("role", "group"),
                ("aria-label", strings::DOWNLOAD),
            ],
        )
        .el("p", &[("class", "meta")], strings::DOWNLOAD_HINT);
    for (format, label) in strings::FORMATS {
        h.el(
            "button",
            &[("type", "button"), ("data-export", format)],
            label,
        );
    }
    h.el(
        "p",
        &[
            ("id", "dl-status"),
            ("role", "status"),
            ("data-making", strings::MAKING),
            ("data-saved", strings::SAVED),
            ("data-failed", strings::NOT_SAVED),
        ],
        "",
    )
    .close("div")
    .close("details")
    .el(
        "button",
        &[
            ("type", "button"),
            ("data-embed", "1"),
            ("aria-haspopup", "dialog"),
        ],
        strings::EMBED,
    )
    .open("label", &[("class", "theme")])
    .text(strings::THEME)
    .open("select", &[("id", "theme")]);
    let now = super::theme::current();
    for (id, label) in strings::THEMES {
        let sel = if id == now { "selected" } else { "" };
        h.el("option", &[("value", id), (sel, "")], label);
    }
    h.close("select")
        .close("label")
        .close("div")
        .open(
            "dialog",
            &[("id", "embed-dialog"), ("aria-labelledby", "embed-h")],
        )
        .el("h2", &[("id", "embed-h")], strings::EMBED_TITLE)
        .el("p", &[], strings::EMBED_HELP)
        .el("label", &[("for", "embed-code")], strings::EMBED_CODE)
        .el(
            "textarea",
            &[("id", "embed-code"), ("readonly", ""), ("rows", "5")],
            "",
        )
        .open("div", &[("class", "tl-tools")])
        .el(
            "button",
            &[("type", "button"), ("data-copy", "1")],
            strings::COPY,
        )
        .el(
            "button",
            &[("type", "button"), ("data-dialog-close", "1")],
            strings::CLOSE,
        )
        .close("div")
        .el(
            "p",
            &[
                ("id", "copy-status"),
                ("role", "status"),
                ("data-copied", strings::COPIED),
                ("data-by-hand", strings::COPY_BY_HAND),
            ],
            "",
        )
        .close("dialog");
}

/// The header of an embedded page: the corpus's title, the view's name and a way to the
/// full explorer at the same state, in a new tab (its address is kept by `sync`).
pub fn embed_header() -> String {
    let mut h = Html::default();
    h.open("header", &[("class", "top embed-top")])
        .open("p", &[("class", "embed-title")])
        .el("strong", &[], corpus().meta().title)
        .text(" · ")
        .el("span", &[("id", "embed-view")], "")
        .close("p")
        .el(
            "a",
            &[
                ("id", "full-link"),
                ("href", "#"),
                ("target", "_blank"),
                ("rel", "noopener"),
            ],
            strings::OPEN_FULL,
        )
        .close("header");
    h.done()
}

/// The name of the view a route shows.
pub fn route_name(route: Route) -> &'static str {
    match route {
        Route::Timeline => strings::view_name(View::Timeline),
        Route::Map => strings::view_name(View::Map),
        Route::Claims => strings::view_name(View::Claims),
        Route::Sources | Route::Source(_) => strings::view_name(View::Sources),
        Route::Lessons => strings::LESSONS,
    }
}

/// The line at the top of a printed page: where it came from, to find it again (the
/// address `AppState::update` has just written; set only when it changed).
pub fn print_head() {
    if let Some(el) = document().get_element_by_id("print-head") {
        let line = [
            strings::PRINTED_FROM,
            &window().location().href().unwrap_or_default(),
        ]
        .concat();
        if el.text_content().as_deref() != Some(line.as_str()) {
            el.set_text_content(Some(&line));
        }
    }
}

/// Keeps the embedded header in step: the view's name, and the full explorer's link to
/// the same state without `embed`.
pub fn sync(u: &UrlState) {
    let doc = document();
    if let Some(el) = doc.get_element_by_id("embed-view") {
        el.set_text_content(Some(route_name(u.route)));
    }
    if let Some(el) = doc.get_element_by_id("full-link") {
        let full = UrlState {
            embed: false,
            ..u.clone()
        };
        let _ = el.set_attribute("href", &full.to_hash(corpus()));
    }
}

/// The page's address without its hash.
fn base() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// A height that suits each view in a host page, in CSS pixels.
fn height(route: Route) -> &'static str {
    match route {
        Route::Timeline | Route::Map => "760",
        Route::Claims | Route::Source(_) => "900",
        Route::Sources | Route::Lessons => "640",
    }
}

/// The `<iframe>` that shows exactly `u` (view and filter) in another page.
pub fn snippet(u: &UrlState) -> String {
    let route = u.route;
    let src = [
        base(),
        UrlState {
            embed: true,
            ..u.clone()
        }
        .to_hash(corpus()),
    ]
    .concat();
    let title = [corpus().meta().title, ": ", route_name(route)].concat();
    let mut h = Html::default();
    h.open(
        "iframe",
        &[
            ("src", &src),
            ("title", &title),
            ("width", "100%"),
            ("height", height(route)),
            ("loading", "lazy"),
        ],
    )
    .close("iframe");
    h.done()
}

fn by_id<T: JsCast>(id: &str) -> Option<T> {
    document().get_element_by_id(id)?.dyn_into::<T>().ok()
}

/// Opens the Embed dialog with the snippet for what the user sees, selected.
pub fn open_dialog(u: &UrlState) {
    let (Some(dialog), Some(code)) = (
        by_id::<web_sys::HtmlDialogElement>("embed-dialog"),
        by_id::<web_sys::HtmlTextAreaElement>("embed-code"),
    ) else {
        return;
    };
    code.set_value(&snippet(u));
    set_status("copy-status", "");
    let _ = dialog.show_modal();
    let _ = code.focus();
    code.select();
}

pub fn close_dialog() {
    if let Some(dialog) = by_id::<web_sys::HtmlDialogElement>("embed-dialog") {
        dialog.close();
    }
}

fn set_status(id: &str, text: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.set_text_content(Some(text));
    }
}

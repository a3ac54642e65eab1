//! Guided lessons: the list at `#/lessons`, and the bar above whatever view a lesson's
//! step shows (`lesson=…&step=…`), with its text, the question for the class, and
//! Previous and Next (buttons, or the arrow keys unless a field has focus).

use super::html::Html;
use super::strings;
use crate::data::corpus;
use explorer_core::url::step_state;
use explorer_core::LessonId;
/// The lessons, each with its summary, its number of steps and a link to its first step.
pub fn list_html() -> String {
    let c = corpus();
    let mut h = Html::default();
    h.open("section", &[("aria-labelledby", "lessons-h")])
        .el("h2", &[("id", "lessons-h")], strings::LESSONS)
        .el("p", &[("class", "count")], strings::LESSONS_INTRO)
        .open("ul", &[("class", "items lessons")]);
    for l in c.lesson_ids() {
        let lesson = c.lesson(l);
        let href = step_state(c, l, 1).to_hash(c);
        h.open("li", &[("class", "item")])
            .open("h3", &[])
            .el("a", &[("href", &href)], lesson.title)
            .close("h3")
            .el("p", &[("class", "meta")], &strings::steps(c.steps(l).len()))
            .el("p", &[], lesson.summary)
            .close("li");
    }
    h.close("ul").close("section");
    h.done()
}

/// The bar of a lesson's step: where the class is, what to look at, the question, and
/// the way on.
pub fn bar_html(l: LessonId, n: u16) -> String {
    let c = corpus();
    let lesson = c.lesson(l);
    let count = c.steps(l).len();
    let i = usize::from(n.max(1)) - 1;
    let Some(step) = c.steps(l).nth(i) else {
        return String::new();
    };
    let mut h = Html::default();
    h.open(
        "section",
        &[
            ("id", "lesson-bar"),
            ("class", "lesson"),
            ("aria-labelledby", "lesson-h"),
            ("tabindex", "-1"),
        ],
    )
    .open("p", &[("class", "lesson-head")])
    .el("span", &[("id", "lesson-h")], lesson.title)
    .text(" · ")
    .el(
        "span",
        &[("class", "lesson-n"), ("aria-live", "polite")],
        &strings::step_of(i + 1, count),
    )
    .close("p");
    h.el("p", &[("class", "lesson-text")], step.text)
        .open("p", &[("class", "lesson-q")])
        .el("strong", &[], strings::QUESTION)
        .text(step.question)
        .close("p");
    if !step.quotes.is_empty() {
        h.quotes(step.quotes, &explorer_core::text::Query::new(""));
    }
    h.open(
        "div",
        &[
            ("class", "tl-tools"),
            ("role", "group"),
            ("aria-label", strings::LESSON_TOOLS),
        ],
    );
    for (what, label, off, key) in [
        ("prev", strings::PREVIOUS, i == 0, "ArrowLeft"),
        ("next", strings::NEXT, i + 1 >= count, "ArrowRight"),
    ] {
        h.el(
            "button",
            &[
                ("type", "button"),
                ("data-lesson", what),
                ("aria-keyshortcuts", key),
                (if off { "disabled" } else { "" }, ""),
            ],
            label,
        );
    }
    h.el(
        "button",
        &[("type", "button"), ("data-lesson", "end")],
        strings::END_LESSON,
    )
    .close("div")
    .close("section");
    h.done()
}

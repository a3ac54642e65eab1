//! Guided lessons: the list at `#/lessons`, and the bar above whatever view a lesson's
//! step shows (`lesson=…&step=…`), with its text, the question for the class, and
//! Previous and Next (buttons, or the arrow keys unless a field has focus: `app.rs`).

use super::common::Quotes;
use super::state::{focus_id, use_app, AppState};
use super::strings;
use crate::data::corpus;
use explorer_core::url::step_state;
use explorer_core::{LessonId, UrlState};
use leptos::html;
use leptos::prelude::*;
use std::cell::Cell;

/// Where the lesson's buttons and arrows go.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Prev,
    Next,
    End,
}

thread_local! {
    /// Set by a step: the next step's bar takes focus as it is drawn, so that the arrows
    /// (and Tab) go on from it.
    static FOCUS_BAR: Cell<bool> = const { Cell::new(false) };
}

/// Goes to the previous or next step of the lesson being followed (the step's own view,
/// the embed setting and the language kept), or ends it. Nothing happens before the first step or after
/// the last.
pub fn go(state: AppState, step: Step) {
    let Some((l, n)) = state.url.with_untracked(|u| u.lesson) else {
        return;
    };
    let count = corpus().steps(l).len();
    let to = match step {
        Step::End => {
            state.update(false, |u| u.lesson = None);
            // The bar goes away: focus goes on from the view.
            focus_id("main");
            return;
        }
        Step::Prev if n > 1 => n - 1,
        Step::Next if usize::from(n) < count => n + 1,
        _ => return,
    };
    let (embed, lang) = state.url.with_untracked(|u| (u.embed, u.lang));
    FOCUS_BAR.set(true);
    state.update(false, |u| {
        *u = UrlState {
            embed,
            lang,
            ..step_state(corpus(), l, to)
        }
    });
}

/// The lessons, each with its summary, its number of steps and a link to its first step.
#[component]
pub fn LessonList() -> impl IntoView {
    let c = corpus();
    let lessons = c
        .lesson_ids()
        .map(|l| {
            let lesson = c.lesson(l);
            view! {
                <li class="item">
                    <h3>
                        <a href=step_state(c, l, 1).to_hash(c) lang=strings::text_lang()>{lesson.title}</a>
                    </h3>
                    <p class="meta">{(strings::w().steps)(c.steps(l).len())}</p>
                    <p lang=strings::text_lang()>{lesson.summary}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="lessons-h">
            <h2 id="lessons-h">{strings::w().lessons}</h2>
            <p class="count">{strings::w().lessons_intro}</p>
            <ul class="items lessons">{lessons}</ul>
        </section>
    }
}

/// The bar of a lesson's step: where the class is, what to look at, the question, and
/// the way on. Drawn for each step; after Previous or Next it takes focus.
#[component]
pub fn LessonBar(lesson: LessonId, step: u16) -> impl IntoView {
    let state = use_app();
    let c = corpus();
    let count = c.steps(lesson).len();
    let i = usize::from(step.max(1)) - 1;
    let st = c.steps(lesson).nth(i)?;
    let bar = NodeRef::<html::Section>::new();
    Effect::new(move |_| {
        if let Some(el) = bar.get() {
            if FOCUS_BAR.replace(false) {
                let _ = el.focus();
            }
        }
    });
    Some(view! {
        <section
            id="lesson-bar"
            class="lesson"
            aria-labelledby="lesson-h"
            tabindex="-1"
            node_ref=bar
        >
            <p class="lesson-head">
                <span id="lesson-h" lang=strings::text_lang()>{c.lesson(lesson).title}</span>
                " · "
                <span class="lesson-n" aria-live="polite">{(strings::w().step_of)(i + 1, count)}</span>
            </p>
            <p class="lesson-text" lang=strings::text_lang()>{st.text}</p>
            <p class="lesson-q">
                <strong>{strings::w().question}</strong>
                <span lang=strings::text_lang()>{st.question}</span>
            </p>
            {(!st.quotes.is_empty()).then(|| view! { <Quotes evidence=st.quotes/> })}
            <div class="tl-tools" role="group" aria-label=strings::w().lesson_tools>
                <button
                    type="button"
                    aria-keyshortcuts="ArrowLeft"
                    disabled={i == 0}
                    on:click=move |_| go(state, Step::Prev)
                >
                    {strings::w().previous}
                </button>
                <button
                    type="button"
                    aria-keyshortcuts="ArrowRight"
                    disabled={i + 1 >= count}
                    on:click=move |_| go(state, Step::Next)
                >
                    {strings::w().next}
                </button>
                <button type="button" on:click=move |_| go(state, Step::End)>
                    {strings::w().end_lesson}
                </button>
            </div>
        </section>
    })
}

//! PLACEHOLDER (being rewritten): the lessons' list and a step's bar.
use super::state::AppState;
use explorer_core::LessonId;
use leptos::prelude::*;
/// Where the lesson's arrows go.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Prev,
    Next,
    End,
}
/// Goes to the previous or next step of the lesson being followed, or ends it.
pub fn go(_state: AppState, _step: Step) {}
#[component]
pub fn LessonList() -> impl IntoView {
    view! { <section><h2>"Lessons"</h2></section> }
}
#[component]
pub fn LessonBar(lesson: LessonId, step: u16) -> impl IntoView {
    let _ = (lesson, step);
}

//! PLACEHOLDER (being rewritten): the timeline.
use leptos::prelude::*;
#[component]
pub fn Timeline() -> impl IntoView {
    view! { <section><h2>"Timeline"</h2></section> }
}

//! PLACEHOLDER (being rewritten): the alliance map.
use leptos::prelude::*;
#[component]
pub fn AllianceMap() -> impl IntoView {
    view! { <section><h2>"Alliance map"</h2></section> }
}

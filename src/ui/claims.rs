//! PLACEHOLDER (being rewritten): the claims.
use leptos::prelude::*;
#[component]
pub fn Claims() -> impl IntoView {
    view! { <section><h2>"Claims"</h2></section> }
}

//! PLACEHOLDER (being rewritten): the header, the chips, the notices.
use leptos::prelude::*;
#[component]
pub fn Header() -> impl IntoView {
    view! { <header class="top"><h1>"…"</h1><input id="q" type="search"/></header> }
}
#[component]
pub fn Chips() -> impl IntoView {}
#[component]
pub fn Notices() -> impl IntoView {}

//! PLACEHOLDER (being rewritten): the Download menu, the Embed dialog, the embed's header, the print head.
use leptos::prelude::*;
#[component]
pub fn EmbedHeader() -> impl IntoView {}
#[component]
pub fn PrintHead() -> impl IntoView {
    view! { <p id="print-head" class="print-only"></p> }
}

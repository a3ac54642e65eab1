//! PLACEHOLDER (being rewritten): the detail panel.
use leptos::prelude::*;
#[component]
pub fn Panel() -> impl IntoView {}

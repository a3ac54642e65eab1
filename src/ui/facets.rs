//! PLACEHOLDER (being rewritten): the filter panel.
use leptos::prelude::*;
#[component]
pub fn FilterPanel() -> impl IntoView {}

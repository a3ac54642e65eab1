//! PLACEHOLDER (being rewritten): the sources' list and the reader.
use explorer_core::DocId;
use leptos::prelude::*;
#[component]
pub fn SourceList() -> impl IntoView {
    view! { <section><h2>"Sources"</h2></section> }
}
#[component]
pub fn Reader(doc: DocId) -> impl IntoView {
    let _ = doc;
    view! { <section><h2>"Reader"</h2></section> }
}

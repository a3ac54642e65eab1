//! The filter in force, said in words, each constraint removable: a link can carry a
//! filter the search box does not show.

use super::state::AppState;
use crate::data::corpus;
use leptos::prelude::*;

/// "Filtered by: actor: Japan ✕, from June 2024 ✕ … Clear all".
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let state = AppState::get();
    // One closure draws the whole bar, or nothing when there is no filter.
    move || {
        let f = state.filter.get();
        (!f.is_empty()).then(|| {
            let chips = f
                .facets()
                .into_iter()
                .map(|facet| {
                    let label = facet.label(&f, corpus());
                    let remove = format!("Remove filter {label}");
                    view! {
                        <button
                            type="button"
                            class="chip"
                            aria-label=remove
                            on:click=move |_| state.update_filter(false, |f| *f = f.without(facet))
                        >
                            {label}
                            <span aria-hidden="true">" ✕"</span>
                        </button>
                    }
                })
                .collect_view();
            view! {
                <div class="active-filters" role="group" aria-label="Active filters">
                    <span>"Filtered by:"</span>
                    {chips}
                    <button type="button" on:click=move |_| state.update_filter(false, |f| *f = Default::default())>
                        "Clear all"
                    </button>
                </div>
            }
        })
    }
}

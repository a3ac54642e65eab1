//! The filter in force, said in words, each constraint removable: a link can carry a
//! filter the search box does not show.

use super::state::AppState;
use crate::data::CORPUS;
use leptos::prelude::*;

/// "Filtered by: actor: Japan ✕, from June 2024 ✕ … Clear all".
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let state = AppState::get();
    view! {
        <div
            class="active-filters"
            role="group"
            aria-label="Active filters"
            hidden=move || state.filter.with(|f| f.is_empty())
        >
            <span>"Filtered by:"</span>
            {move || {
                state.filter.with(|f| {
                    f.facets()
                        .into_iter()
                        .map(|facet| {
                            let label = facet.label(f, &CORPUS);
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
                        .collect_view()
                })
            }}
            <button type="button" on:click=move |_| state.update_filter(false, |f| *f = Default::default())>
                "Clear all"
            </button>
        </div>
    }
    .into_any()
}

//! The ties drawn, as a table sortable by each column (`state.ui.map_sort`: the column,
//! descending in bit 3; 7 is the filter's order). Rows are keyed by relation; on screen
//! a long table shows its first rows and a button for the next ones. On paper the same
//! table follows the picture.

use super::{MapCtx, Tie};
use crate::data::corpus;
use crate::reactive::shown;
use crate::ui::state::{focus_element, AppState};
use crate::ui::strings;
use crate::ui::strings::Say;
use explorer_core::selection::Item;
use explorer_core::RelationId;
use leptos::prelude::*;

/// Rows shown at first, and added by each "Show more".
const PAGE: usize = 200;

/// The ties' relations sorted by `key`, ascending or descending, ties kept in order.
fn sort_by<K: Ord>(ties: &[Tie], desc: bool, key: impl Fn(RelationId) -> K) -> Vec<RelationId> {
    let mut keyed: Vec<(K, RelationId)> = ties.iter().map(|t| (key(t.r), t.r)).collect();
    explorer_core::small_sort::sort_by(&mut keyed, |a, b| {
        if desc {
            b.0.cmp(&a.0)
        } else {
            a.0.cmp(&b.0)
        }
    });
    keyed.into_iter().map(|(_, r)| r).collect()
}

/// The sources of a tie, by their ids.
fn sources(r: RelationId) -> String {
    let c = corpus();
    let mut docs: Vec<&str> = c
        .relation(r)
        .evidence
        .iter()
        .map(|e| c.document(e.doc).id)
        .collect();
    docs.dedup();
    docs.join(", ")
}

/// The rows in the order `sort` asks for.
fn sorted(ties: &[Tie], sort: u8) -> Vec<RelationId> {
    let c = corpus();
    let desc = sort & 8 != 0;
    let name = strings::name;
    match sort & 7 {
        0 => sort_by(ties, desc, |r| name(c.relation(r).source)),
        1 => sort_by(ties, desc, |r| c.relation(r).kind.say()),
        2 => sort_by(ties, desc, |r| name(c.relation(r).target)),
        3 => sort_by(ties, desc, |r| c.relation(r).status.say()),
        col @ (4 | 5) => sort_by(ties, desc, |r| {
            let rel = c.relation(r);
            let d = if col == 4 { rel.from } else { rel.to };
            d.map_or(i32::MAX, |d| d.first_day())
        }),
        6 => sort_by(ties, desc, sources),
        _ => ties.iter().map(|t| t.r).collect(),
    }
}

/// The table of the ties drawn: on screen (`limit`) its first rows and a button for
/// more, on paper all of them.
#[component]
pub(super) fn TieTable(m: MapCtx, limit: bool) -> impl IntoView {
    let state = m.state;
    let sort = state.ui.map_sort;
    let rows = Memo::new(move |_| {
        let s = sort.get();
        m.drawn.with(|d| sorted(&d.ties, s))
    });
    // Pages of rows asked for so far.
    let pages = RwSignal::new(1);
    let drawn = move || rows.with(|r| shown(r.len(), pages.get(), PAGE));
    let visible = move || {
        let n = if limit { drawn() } else { usize::MAX };
        rows.with(|r| r.iter().take(n).copied().collect::<Vec<_>>())
    };
    let more = move || limit && rows.with(|r| r.len()) > drawn();
    let body = NodeRef::<leptos::html::Tbody>::new();
    // The next rows; when they are the last, the button goes and focus goes to the
    // first of them (once drawn).
    let show_more = move |_| {
        let first = untrack(drawn);
        pages.update(|p| *p += 1);
        if !more() {
            request_animation_frame(move || {
                let button = body
                    .try_get_untracked()
                    .flatten()
                    .and_then(|b| b.children().item(first as u32))
                    .and_then(|row| row.query_selector("button").ok().flatten());
                if let Some(b) = button {
                    focus_element(b);
                }
            });
        }
    };
    view! {
        <table class="tl-table">
            <caption>{strings::w().map_table_caption}</caption>
            <thead>
                <tr>
                    {strings::w().map_columns
                        .iter()
                        .enumerate()
                        .map(|(i, &head)| view! { <SortHead i=i as u8 head=head/> })
                        .collect_view()}
                </tr>
            </thead>
            <tbody node_ref=body>
                <For each=visible key=|r| *r let(r)>
                    <TieRow r=r state=state/>
                </For>
            </tbody>
        </table>
        {move || {
            more()
                .then(|| {
                    view! {
                        <button type="button" class="link" on:click=show_more>
                            {strings::w().show_more_rows}
                        </button>
                    }
                })
        }}
    }
}

/// A column's head, a button that sorts by it (again: the other way).
#[component]
fn SortHead(i: u8, head: &'static str) -> impl IntoView {
    let sort = crate::ui::state::use_app().ui.map_sort;
    view! {
        <th
            scope="col"
            aria-sort=move || match sort.get() {
                s if s == i => "ascending",
                s if s == i | 8 => "descending",
                _ => "none",
            }
        >
            <button type="button" on:click=move |_| sort.update(|s| *s = if *s == i { i | 8 } else { i })>
                {head}
            </button>
        </th>
    }
}

/// One tie: its ends, type (a button that opens it), status, span and sources.
#[component]
fn TieRow(r: RelationId, state: AppState) -> impl IntoView {
    let c = corpus();
    let rel = c.relation(r);
    let date = |d: Option<explorer_core::Date>| d.map(strings::date).unwrap_or_default();
    view! {
        <tr>
            <td>{strings::name(rel.source)}</td>
            <td>
                <button
                    type="button"
                    class="link"
                    on:click=move |ev| state.select_from(Item::Relation(r), &ev)
                >
                    {rel.kind.say()}
                </button>
            </td>
            <td>{strings::name(rel.target)}</td>
            <td>{rel.status.say()}</td>
            <td>{date(rel.from)}</td>
            <td>{date(rel.to)}</td>
            <td>{sources(r)}</td>
        </tr>
    }
}

/// On paper, the ties drawn as a table under the picture; built only while printing,
/// so the screen does not pay for it.
#[component]
pub(super) fn PrintTable(m: MapCtx) -> impl IntoView {
    let print = m.state.ui.printing;
    view! {
        <div id="map-print" class="print-only">
            {move || print.get().then(|| view! { <TieTable m=m limit=false/> }.into_any())}
        </div>
    }
}

//! Claims: the claim cards (or a dense table) in the groups and order the link asks
//! for, with a toggle for only the contested points; the claim × source matrix; then
//! each comparison with the sources side by side.
//!
//! The arrangement (groups and order) is a memo of the grouping and the order alone; the
//! filter picks the cards of it that are drawn, keyed by claim, so a facet toggle only
//! adds and removes cards. A long list is drawn a page at a time ("Show more").

use super::common::{
    asserter, paced, pressed, About, Badge, ClaimMeta, CountLine, OpenItem, Quotes, TableToggle,
};
use super::state::{search_index, use_app, AppState};
use super::strings::Say;
use super::strings::{self, none_in_corpus, Noun};
use crate::data::corpus;
use explorer_core::claims::{arrange, concerns, notes_over, ClaimGroup, ClaimSort, GroupKey};
use explorer_core::matrix::Cell;
use explorer_core::selection::Item;
use explorer_core::{ClaimId, ComparisonId, Facet, Filter};
use leptos::either::Either;
use leptos::prelude::*;

/// How many cards (or rows) a page of the claims holds: the first page, and each "Show
/// more". Twenty cards are about six screens, and a facet toggle or a keystroke that
/// replaces them all builds them within a frame's budget (forty took 19–39 ms, a
/// hundred 39 ms, at 1× and 10×).
const CARDS: usize = 20;

/// The most a page of the matrix or the comparisons holds.
const PAGE: usize = 100;

/// A page of the matrix: as many rows as make about this many cells. A page of the
/// comparisons: as many as make this many columns, counting a column per source (the
/// most a comparison side by side can have). With ten times the sources a row and a card
/// grow tenfold, and their pages shrink to match (38 comparisons and 5 sources: all on
/// the first page).
const MATRIX_CELLS: usize = 500;
const COMPARISON_COLUMNS: usize = 250;

/// What the matrix and the comparisons, below the first screen, add in a frame (in cells
/// and columns as above, at least two items): a facet toggle that brings back the whole
/// page of both builds a frame's worth in its own task, the rest in the next frames. On
/// the real corpus (5 sources) 10 rows and 4 comparisons a frame.
const MATRIX_CELLS_A_FRAME: usize = 60;
const COMPARISON_COLUMNS_A_FRAME: usize = 20;

/// A page of rows or cards for `units` each, at least 10 and at most [`PAGE`].
fn page_of(units: usize, per_item: usize) -> usize {
    (units / per_item.max(1)).clamp(10, PAGE)
}

/// How much of a long list is drawn: a page at first, a page more at each "Show more".
/// What was asked holds for the filter and the arrangement (`key`) it was asked under;
/// another starts again at the first page, so a facet toggle draws at most a page of each
/// list. Printing draws everything (`Ui::printing`).
#[derive(Clone, Copy)]
struct Pages {
    state: AppState,
    page: usize,
    key: Signal<u32>,
    more: RwSignal<Option<(Filter, u32, usize)>>,
}

impl Pages {
    fn new(page: usize, key: Signal<u32>) -> Self {
        Pages {
            state: use_app(),
            page,
            key,
            more: RwSignal::new(None),
        }
    }

    /// How many items are drawn now.
    fn limit(&self) -> usize {
        if self.state.ui.printing.get() {
            return usize::MAX;
        }
        let key = self.key.get();
        self.more.with(|m| match m {
            Some((f, k, n)) if *k == key && self.state.filter.with(|x| x == f) => *n,
            _ => self.page,
        })
    }

    /// Draws `n` items from now on (for the current filter and arrangement).
    fn ask(&self, n: usize) {
        let f = self.state.filter.get_untracked();
        self.more.set(Some((f, self.key.get_untracked(), n)));
    }
}

/// "Show more", while some of the list is not drawn.
#[component]
fn MoreButton(pages: Pages, rest: Memo<usize>) -> impl IntoView {
    view! {
        <button
            type="button"
            class="more"
            hidden=move || rest.get() == 0
            on:click=move |_| {
                let n = untrack(|| pages.limit());
                pages.ask(n.saturating_add(pages.page));
            }
        >
            {move || (strings::w().show_more)(rest.get(), pages.page)}
        </button>
    }
}

/// The claims drawn: the arrangement's groups, each with its claims that pass the
/// filter, as many in all as the pages allow (a claim in two groups counts twice); `rest`
/// is how many more pass. A group shows while one of its claims is drawn.
#[derive(Clone, Default, PartialEq)]
struct Drawn {
    groups: Vec<(GroupKey, Vec<ClaimId>)>,
    rest: usize,
}

impl Drawn {
    fn keys(&self) -> Vec<GroupKey> {
        self.groups.iter().map(|g| g.0).collect()
    }

    fn of(&self, key: GroupKey) -> Vec<ClaimId> {
        self.groups
            .iter()
            .find(|g| g.0 == key)
            .map(|g| g.1.clone())
            .unwrap_or_default()
    }
}

/// A group's key for a keyed list (`GroupKey` has no `Hash`).
fn code(key: GroupKey) -> u32 {
    let (kind, n) = match key {
        GroupKey::All => (0, 0),
        GroupKey::NotCompared => (1, 0),
        GroupKey::NoActor => (2, 0),
        GroupKey::Comparison(m) => (3, u32::from(m.0)),
        GroupKey::Actor(a) => (4, u32::from(a.0)),
        GroupKey::Source(d) => (5, u32::from(d.0)),
        GroupKey::Type(t) => (6, t as u32),
    };
    kind << 16 | n
}

/// The Claims view.
#[component]
pub fn Claims() -> impl IntoView {
    let state = use_app();
    let group = Memo::new(move |_| state.url.with(|u| u.group));
    let sort = Memo::new(move |_| state.url.with(|u| u.sort));
    let dated = Memo::new(move |_| sort.get() == ClaimSort::Date);
    // Arranged again only for another grouping or order.
    let arranged = Memo::new(move |_| arrange(search_index(), group.get(), sort.get()));
    let pages = Pages::new(
        CARDS,
        Signal::derive(move || (group.get() as u32) << 8 | sort.get() as u32),
    );
    let drawn = Memo::new(move |_| {
        let limit = pages.limit();
        let e = state.explore.get();
        let mut d = Drawn::default();
        let mut left = limit;
        arranged.with(|groups| {
            for (key, ids) in groups {
                let mut shown = Vec::new();
                for &id in ids.iter().filter(|&&id| e.matches.has_claim(id)) {
                    if left > 0 {
                        shown.push(id);
                        left -= 1;
                    } else {
                        d.rest += 1;
                    }
                }
                if !shown.is_empty() {
                    d.groups.push((*key, shown));
                }
            }
        });
        d
    });
    let rest = Memo::new(move |_| drawn.with(|d| d.rest));
    let passing = passing_comparisons();
    let table = state.ui.cl_table;
    let compared = corpus().comparison_ids().len() > 0;
    view! {
        <section aria-labelledby="claims-h">
            <h2 id="claims-h">{strings::view_name(explorer_core::View::Claims)}</h2>
            <CountLine/>
            <HowToRead/>
            <Tools group sort/>
            {move || {
                if table.get() {
                    Either::Left(view! { <ClaimTable drawn/> })
                } else {
                    Either::Right(view! { <ClaimCards drawn dated/> })
                }
            }}
            <MoreButton pages rest/>
        </section>
        {compared.then(|| view! { <Matrix passing/> })}
        <Comparisons passing/>
    }
}

/// Grouping, order, "Only contested points" (a facet of the global filter, with its
/// count) and the table toggle. The selects are drawn once: their value follows the link.
#[component]
fn Tools(group: Memo<ClaimGroup>, sort: Memo<ClaimSort>) -> impl IntoView {
    let state = use_app();
    let table = state.ui.cl_table;
    // The options' first selection; the selects' `value` follows the link from then on.
    let (g0, s0) = (group.get_untracked(), sort.get_untracked());
    let groups = ClaimGroup::ALL
        .iter()
        .zip(strings::w().cl_groups)
        .map(|(&g, word)| view! { <option value=g.id() selected={g == g0}>{word}</option> })
        .collect_view();
    let sorts = ClaimSort::ALL
        .iter()
        .zip(strings::w().cl_sorts)
        .map(|(&s, word)| view! { <option value=s.id() selected={s == s0}>{word}</option> })
        .collect_view();
    let contested = corpus().comparison_ids().len() > 0;
    view! {
        <div class="tl-tools" role="group" aria-label=strings::w().cl_tools>
            <label>
                {strings::w().group_by}
                <select
                    id="cl-group"
                    prop:value=move || group.get().id()
                    on:change:target=move |ev| {
                        let g = ClaimGroup::from_id(&ev.target().value()).unwrap_or_default();
                        state.update(false, |u| u.group = g);
                    }
                >
                    {groups}
                </select>
            </label>
            <label>
                {strings::w().order}
                <select
                    id="cl-sort"
                    prop:value=move || sort.get().id()
                    on:change:target=move |ev| {
                        let s = ClaimSort::from_id(&ev.target().value()).unwrap_or_default();
                        state.update(false, |u| u.sort = s);
                    }
                >
                    {sorts}
                </select>
            </label>
            {contested.then(|| view! { <ContestedToggle/> })}
            <TableToggle on=table/>
        </div>
    }
}

/// "Only contested points", a toggle of the filter's facet, with its count.
#[component]
fn ContestedToggle() -> impl IntoView {
    let state = use_app();
    let facet = Facet::Contested;
    let on = super::common::has_facet(facet);
    let n = Memo::new(move |_| state.explore.with(|e| e.counts.of(facet)));
    view! {
        <span class="row" class:zero=move || n.get() == 0>
            <button
                type="button"
                aria-pressed=move || pressed(on.get())
                on:click=move |_| state.toggle(facet)
            >
                {strings::w().contested_only}
            </button>
            <span class="n">{move || n.get()}</span>
        </span>
    }
}

/// A group's heading (none when the claims are not grouped).
fn group_label(key: GroupKey) -> &'static str {
    let c = corpus();
    match key {
        GroupKey::All => "",
        GroupKey::Comparison(m) => c.comparison(m).topic,
        GroupKey::NotCompared => strings::w().not_compared,
        GroupKey::Actor(a) => strings::name(a),
        GroupKey::NoActor => strings::w().no_actor,
        GroupKey::Source(d) => c.document(d).title,
        GroupKey::Type(t) => t.say(),
    }
}

/// "How to read this", for the class: what each claim type, each kind of asserter, each
/// verdict and each matrix cell means.
#[component]
fn HowToRead() -> impl IntoView {
    let parts = [
        (strings::w().how_types, &strings::w().how_claim_types[..]),
        (strings::w().how_by, &strings::w().how_asserters[..]),
        (
            strings::w().how_verdicts,
            &strings::w().how_verdict_words[..],
        ),
        (strings::w().how_cells, &strings::w().how_cell_words[..]),
    ];
    view! {
        <details class="how">
            <summary>{strings::w().how_to_read}</summary>
            <div class="how-body">
                {parts
                    .into_iter()
                    .map(|(title, words)| {
                        view! {
                            <section>
                                <h3>{title}</h3>
                                <dl>
                                    {words
                                        .iter()
                                        .map(|&(term, meaning)| view! { <dt>{term}</dt> <dd>{meaning}</dd> })
                                        .collect_view()}
                                </dl>
                            </section>
                        }
                    })
                    .collect_view()}
            </div>
        </details>
    }
}

/// The cards, group after group; a group shows while one of its claims is drawn.
#[component]
fn ClaimCards(drawn: Memo<Drawn>, dated: Memo<bool>) -> impl IntoView {
    view! {
        <For each=move || drawn.with(Drawn::keys) key=|k| code(*k) let(group)>
            <CardGroup group drawn dated/>
        </For>
    }
}

#[component]
fn CardGroup(group: GroupKey, drawn: Memo<Drawn>, dated: Memo<bool>) -> impl IntoView {
    let label = group_label(group);
    view! {
        <section class="cl-group">
            {(!label.is_empty()).then(|| view! { <h3>{label}</h3> })}
            <ul class="items claims">
                <For each=move || drawn.with(|d| d.of(group)) key=|id| *id let(id)>
                    <ClaimCard id dated/>
                </For>
            </ul>
        </section>
    }
}

/// A claim card: its type, who asserts it, the claim, its actors, its quotes, and a
/// marker for each reading note on its passage (opening the note); with the date
/// order, the date it concerns.
#[component]
fn ClaimCard(id: ClaimId, dated: Memo<bool>) -> impl IntoView {
    let state = use_app();
    let c = corpus();
    let cl = c.claim(id);
    let when = move || {
        dated
            .get()
            .then(|| concerns(search_index(), id))
            .flatten()
            .map(|d| view! { <p class="meta">{strings::w().concerns} <time>{strings::date(d)}</time></p> })
    };
    let notes = notes_over(c, cl.evidence)
        .into_iter()
        .map(|n| {
            let note = c.note(n);
            view! {
                <button
                    type="button"
                    class="note-flag"
                    on:click=move |ev| state.select_from(Item::Note(n), &ev)
                >
                    <span aria-hidden="true">"⚑ "</span>
                    {strings::w().note_flag}
                    {note.kind.say()}
                </button>
                <p class="print-only note-text" lang=strings::text_lang()>{note.text}</p>
            }
        })
        .collect_view();
    view! {
        <li class="item claim">
            <ClaimMeta id/>
            {when}
            <p class="claim-text">
                <OpenItem item=Item::Claim(id) class="title" label=cl.text/>
            </p>
            <About ids=cl.actors/>
            <Quotes evidence=cl.evidence/>
            {notes}
        </li>
    }
}

/// The claims as a dense table, a body per group.
#[component]
fn ClaimTable(drawn: Memo<Drawn>) -> impl IntoView {
    view! {
        <table class="tl-table">
            <caption>{strings::w().cl_table_caption}</caption>
            <thead>
                <tr>
                    {strings::w().cl_columns.map(|head| view! { <th scope="col">{head}</th> })}
                </tr>
            </thead>
            <For each=move || drawn.with(Drawn::keys) key=|k| code(*k) let(group)>
                <RowGroup group drawn/>
            </For>
        </table>
    }
}

#[component]
fn RowGroup(group: GroupKey, drawn: Memo<Drawn>) -> impl IntoView {
    let label = group_label(group);
    view! {
        <tbody>
            {(!label.is_empty())
                .then(|| {
                    view! {
                        <tr>
                            <th colspan="5" scope="rowgroup">{label}</th>
                        </tr>
                    }
                })}
            <For each=move || drawn.with(|d| d.of(group)) key=|id| *id let(id)>
                <ClaimRow id/>
            </For>
        </tbody>
    }
}

/// A claim as a row of the dense table.
#[component]
fn ClaimRow(id: ClaimId) -> impl IntoView {
    let c = corpus();
    let cl = c.claim(id);
    let when = concerns(search_index(), id).map(strings::date);
    let doc = cl.evidence.first().map(|e| c.document(e.doc).title);
    view! {
        <tr>
            <td>
                <OpenItem item=Item::Claim(id) class="link" label=cl.text/>
            </td>
            <td>
                <Badge label=cl.kind.say() class=["claim-", cl.kind.id()].concat()/>
            </td>
            <td>{asserter(id)}</td>
            <td>{doc}</td>
            <td>{when}</td>
        </tr>
    }
}

/// A cell's symbol (hidden from screen readers) and word.
fn cell_text(cell: Cell) -> impl IntoView {
    let (mark, word) = (strings::cell_mark(cell).0, (strings::w().cell_word)(cell));
    view! { <span aria-hidden="true">{mark}</span> " " {word} }
}

/// The comparisons that pass the filter, in corpus order.
fn passing_comparisons() -> Memo<Vec<ComparisonId>> {
    let state = use_app();
    Memo::new(move |_| {
        let e = state.explore.get();
        corpus()
            .comparison_ids()
            .filter(|&m| e.matches.has_comparison(m))
            .collect()
    })
}

/// The first page(s) of `passing` that `pages` draws, and how many more pass.
fn paged(passing: Memo<Vec<ComparisonId>>, pages: Pages) -> (Memo<Vec<ComparisonId>>, Memo<usize>) {
    let shown = Memo::new(move |_| {
        let n = pages.limit();
        passing.with(|all| all.iter().copied().take(n).collect())
    });
    let rest = Memo::new(move |_| {
        let n = pages.limit();
        passing.with(|all| all.len().saturating_sub(n))
    });
    (shown, rest)
}

/// The claim × source matrix: a row per comparison, a column per source in the corpus's
/// order, each cell where that source stands (`explorer_core::matrix`), in a symbol and
/// a word; a cell that is not silent opens the comparison in the panel. The rows are
/// the comparisons that pass the filter, keyed.
#[component]
fn Matrix(passing: Memo<Vec<ComparisonId>>) -> impl IntoView {
    let c = corpus();
    let pages = Pages::new(
        page_of(MATRIX_CELLS, c.document_ids().len() + 1),
        Signal::stored(0),
    );
    let (rows, rest) = paged(passing, pages);
    let (rows, busy) = paced(
        rows,
        c.comparison_ids().len(),
        |m| m.index(),
        (MATRIX_CELLS_A_FRAME / (c.document_ids().len() + 1)).max(2),
    );
    view! {
        <section aria-labelledby="matrix-h">
            <h2 id="matrix-h">{strings::w().matrix_heading}</h2>
            <div class="matrix-wrap" tabindex="0" aria-labelledby="matrix-h">
                <table class="matrix">
                    <caption>{strings::w().matrix_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{strings::w().matrix_point}</th>
                            {c
                                .document_ids()
                                .map(|d| view! { <th scope="col">{c.document(d).title}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody aria-busy=move || busy.get().then_some("true")>
                        <For each=move || rows.get() key=|m| *m let(m)>
                            <MatrixRow m/>
                        </For>
                    </tbody>
                </table>
            </div>
            <MoreButton pages rest/>
        </section>
    }
}

#[component]
fn MatrixRow(m: ComparisonId) -> impl IntoView {
    let state = use_app();
    let c = corpus();
    let cells = explorer_core::matrix::row(c, m)
        .map(|(_, e)| {
            let class = ["cell c-", strings::cell_mark(e.cell).1].concat();
            let inner = if e.cell == Cell::Silent {
                Either::Left(cell_text(e.cell))
            } else {
                Either::Right(view! {
                    <button
                        type="button"
                        class="link"
                        on:click=move |ev| state.select_from(Item::Comparison(m), &ev)
                    >
                        {cell_text(e.cell)}
                    </button>
                })
            };
            view! { <td class=class>{inner}</td> }
        })
        .collect_view();
    view! {
        <tr>
            <th scope="row">{c.comparison(m).topic}</th>
            {cells}
        </tr>
    }
}

/// Each comparison that passes the filter, with the sources side by side.
#[component]
fn Comparisons(passing: Memo<Vec<ComparisonId>>) -> impl IntoView {
    let pages = Pages::new(
        page_of(COMPARISON_COLUMNS, corpus().document_ids().len()),
        Signal::stored(0),
    );
    let (shown, rest) = paged(passing, pages);
    let c = corpus();
    let (shown, busy) = paced(
        shown,
        c.comparison_ids().len(),
        |m| m.index(),
        (COMPARISON_COLUMNS_A_FRAME / c.document_ids().len().max(1)).max(2),
    );
    let none = c.comparison_ids().len() == 0;
    view! {
        <section aria-labelledby="comparisons-h">
            <h2 id="comparisons-h">{strings::w().comparisons}</h2>
            {none.then(|| view! { <p class="count">{none_in_corpus(Noun::Comparison)}</p> })}
            <ul class="items comparisons" aria-busy=move || busy.get().then_some("true")>
                <For each=move || shown.get() key=|m| *m let(m)>
                    <ComparisonCard m/>
                </For>
            </ul>
            <MoreButton pages rest/>
        </section>
    }
}

/// A comparison: its verdict and what is at stake in one line, then the sources side by
/// side, each with where it stands and its quotes; the silent ones named together.
#[component]
fn ComparisonCard(m: ComparisonId) -> impl IntoView {
    let c = corpus();
    let cmp = c.comparison(m);
    let sides: Vec<_> = c.sides(m).collect();
    let mut silent: Vec<&str> = Vec::new();
    let mut cols = Vec::new();
    for (d, e) in explorer_core::matrix::row(c, m) {
        if e.cell == Cell::Silent {
            silent.push(c.document(d).title);
            continue;
        }
        let class = ["sbs-col c-", strings::cell_mark(e.cell).1].concat();
        let quoted = explorer_core::matrix::sides_of(c, m, d)
            .map(|i| {
                view! {
                    <p class="side-label">{sides[i].label}</p>
                    <Quotes evidence=sides[i].evidence/>
                }
            })
            .collect_view();
        cols.push(view! {
            <div class=class>
                <p class="sbs-src">{c.document(d).title}</p>
                <p class="cell">{cell_text(e.cell)}</p>
                {quoted}
            </div>
        });
    }
    let silent = (!silent.is_empty()).then(|| {
        view! {
            <div class="sbs-col c-silent">
                <p class="cell">{cell_text(Cell::Silent)}</p>
                <p>{silent.join(", ")}</p>
            </div>
        }
    });
    view! {
        <li class="item comparison">
            <h3>
                <OpenItem item=Item::Comparison(m) class="title" label=cmp.topic/>
            </h3>
            <p class="meta">
                <Badge label=cmp.verdict.say() class=["verdict-", cmp.verdict.id()].concat()/>
                " "
                <span lang=strings::text_lang()>{cmp.summary}</span>
            </p>
            <div class="sbs">{cols} {silent}</div>
        </li>
    }
}

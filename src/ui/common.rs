//! Small pieces every view uses, as components: text with the search words marked, a
//! badge, a button that opens an item in the panel, an actor's name as a toggle of the
//! actor facet, the quotes an item rests on, the count and no-results lines, the facts
//! line of an event, a tie and a claim, a sortable table head; and the words of item
//! titles, asserters and counts.

use super::state::{search_index, subject, use_app};
use super::strings::Say;
use super::strings::{self, count, none_in_corpus, showing, Noun};
use crate::data::corpus;
use explorer_core::model::Asserter;
use explorer_core::selection::{Item, Passage};
use explorer_core::text::{segments, Query};
use explorer_core::{ClaimId, EntityId, Evidence, Facet, Filter, Route};
use leptos::either::Either;
use leptos::prelude::*;

/// What an item is called in lists of items (a pair, which no list shows, by its first
/// actor; its panel's heading names both).
pub fn item_title(item: Item) -> &'static str {
    let c = corpus();
    match item {
        Item::Event(e) => c.event(e).title,
        Item::Relation(r) => c.relation(r).summary,
        Item::Claim(x) => c.claim(x).text,
        Item::Comparison(x) => c.comparison(x).topic,
        Item::Note(n) => c.note(n).text,
        Item::Actor(a) => strings::name(a),
        Item::Period(p) => c.period(p).name,
        Item::Pair(a, _) => strings::name(a),
    }
}

/// Who asserts a claim, in words: "Analysts (an unnamed source)".
pub fn asserter(id: ClaimId) -> String {
    let c = corpus();
    let cl = c.claim(id);
    let doc = cl.evidence.first().map(|e| e.doc).unwrap_or_default();
    let w = strings::w();
    let who = match cl.by {
        Asserter::Author => {
            let d = c.document(doc);
            d.author.or(d.outlet).unwrap_or(w.unsigned)
        }
        Asserter::Unnamed => w.unnamed,
        Asserter::Survey => w.survey,
        Asserter::Entity(e) => strings::name(e),
    };
    match cl.by_label {
        Some(label) => [label, w.open_paren, who, w.close_paren].concat(),
        None => who.to_string(),
    }
}

/// The words of a count: "Showing 3 of 40 events", "40 events", or "No events in this
/// corpus" when there are none at all.
pub fn count_text(total: usize, shown: usize, noun: Noun) -> String {
    match (total, shown) {
        (0, _) => none_in_corpus(noun),
        (t, s) if s == t => count(t, noun),
        (t, s) => showing(s, t, noun),
    }
}

/// What a route's view counts.
pub fn noun(route: Route) -> Noun {
    match route {
        Route::Timeline => Noun::Event,
        Route::Map => Noun::Relation,
        Route::Claims => Noun::Claim,
        Route::Sources | Route::Source(_) | Route::Lessons => Noun::Source,
    }
}

/// The current view's count in words (empty on the lessons' list, which counts
/// nothing): the count line and the live region say the same.
pub fn count_words() -> Signal<String> {
    let state = use_app();
    Signal::derive(move || {
        let route = state.route.get();
        if route == Route::Lessons {
            return String::new();
        }
        let e = state.explore.get();
        count_text(
            e.counts.total as usize,
            e.counts.shown as usize,
            noun(route),
        )
    })
}

/// The view's count line, and when the filter leaves nothing of the view, a line that
/// says so and offers to remove the constraint that would bring back the most.
#[component]
pub fn CountLine() -> impl IntoView {
    let state = use_app();
    let words = count_words();
    let empty = Memo::new(move |_| {
        let e = state.explore.get();
        e.counts.shown == 0 && e.counts.total > 0
    });
    view! {
        <p class="count">{words}</p>
        <p class="no-results" hidden=move || !empty.get()>
            {move || empty.get().then(|| view! { <NoResults/> })}
        </p>
    }
}

/// What to remove to see something again.
#[component]
fn NoResults() -> impl IntoView {
    let state = use_app();
    move || {
        let route = state.route.get();
        let noun = noun(route);
        let f = state.filter.get();
        match explorer_core::facets::loosen(&f, search_index(), subject(route)) {
            Some((facet, n)) => {
                let label =
                    (strings::w().no_match_remove)(noun, &strings::facet_label(facet, &f), n);
                Either::Left(view! {
                    <button
                        type="button"
                        class="link"
                        on:click=move |_| state.update_filter(|f| *f = f.without(facet))
                    >
                        {label}
                    </button>
                })
            }
            None => Either::Right((strings::w().no_match)(noun)),
        }
    }
}

/// Text with the current search words marked (they wait for a pause in typing).
#[component]
pub fn Marked(text: &'static str) -> impl IntoView {
    let state = use_app();
    move || {
        let q = Query::new(&state.marks.get());
        segments(text, &q.highlights(text))
            .into_iter()
            .map(|(piece, hit)| {
                if hit {
                    Either::Left(view! { <mark>{piece}</mark> })
                } else {
                    Either::Right(piece)
                }
            })
            .collect_view()
    }
}

/// A badge: `<span class="badge {class}">label</span>`.
#[component]
pub fn Badge(label: &'static str, #[prop(into)] class: String) -> impl IntoView {
    view! { <span class=["badge ", &class].concat()>{label}</span> }
}

/// A button that opens the detail panel on an item, its label marked.
#[component]
pub fn OpenItem(item: Item, class: &'static str, label: &'static str) -> impl IntoView {
    let state = use_app();
    view! {
        <button type="button" class=class lang=strings::text_lang() on:click=move |ev| state.select_from(item, &ev)>
            <Marked text=label/>
        </button>
    }
}

/// A boolean as an ARIA state's value ("true" or "false").
pub fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// The "Table" toggle a view shows to swap its chart or cards for a table.
#[component]
pub fn TableToggle(on: RwSignal<bool>) -> impl IntoView {
    view! {
        <button
            type="button"
            aria-pressed=move || pressed(on.get())
            on:click=move |_| on.update(|t| *t = !*t)
        >
            {strings::w().table}
        </button>
    }
}

/// The address of `route` keeping the rest of the current state (the filter, the panel),
/// without a passage.
pub fn href_to(route: Route) -> impl Fn() -> String + Copy {
    let state = use_app();
    move || {
        state.url.with(|u| {
            explorer_core::UrlState {
                route,
                hl: None,
                ..u.clone()
            }
            .to_hash(corpus())
        })
    }
}

/// Whether a facet is in the filter, as a signal.
pub fn has_facet(facet: Facet) -> Memo<bool> {
    let state = use_app();
    Memo::new(move |_| state.filter.with(|f| f.has(facet)))
}

/// An actor's name as a toggle of the actor facet.
#[component]
pub fn ActorToggle(id: EntityId) -> impl IntoView {
    let state = use_app();
    let facet = Facet::Actor(id);
    let on = has_facet(facet);
    view! {
        <button
            type="button"
            class="actor"
            aria-pressed=move || pressed(on.get())
            on:click=move |_| state.toggle(facet)
        >
            {strings::name(id)}
        </button>
    }
}

/// Actors' names as toggles, comma-separated.
#[component]
pub fn Actors(ids: &'static [EntityId]) -> impl IntoView {
    ids.iter()
        .enumerate()
        .map(|(i, &a)| {
            view! {
                {(i > 0).then_some(", ")}
                <ActorToggle id=a/>
            }
        })
        .collect_view()
}

/// "About: Russia, Japan", when there are actors.
#[component]
pub fn About(ids: &'static [EntityId]) -> impl IntoView {
    (!ids.is_empty()).then(|| {
        view! {
            <p class="meta">{strings::w().about} <Actors ids=ids/></p>
        }
    })
}

/// The quotes an item rests on, each with its source and a link to the passage in the
/// article: the link's address is the passage alone (for a new tab); a plain click
/// opens the reader there keeping the filter.
#[component]
pub fn Quotes(evidence: &'static [Evidence]) -> impl IntoView {
    view! {
        <ul class="quotes">
            {evidence.iter().map(|e| view! { <Quote e=*e/> }).collect_view()}
        </ul>
    }
}

#[component]
fn Quote(e: Evidence) -> impl IntoView {
    let state = use_app();
    let c = corpus();
    let p = Passage::of(c, &e);
    let href = ["#", &Route::Source(e.doc).path(c), "?hl=", &p.to_param()].concat();
    let doc = e.doc;
    let open = move |ev: web_sys::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
            return;
        }
        ev.prevent_default();
        state.update(false, |u| {
            u.route = Route::Source(doc);
            u.hl = Some(p);
            u.sel = None;
        });
    };
    view! {
        <li>
            <blockquote lang=strings::text_lang()>"“" <Marked text=c.quote(&e)/> "”"</blockquote>
            <span class="cite">
                <span lang=strings::text_lang()>{c.document(e.doc).title}</span> " · "
                <a href=href on:click=open>{strings::w().show_in_article}</a>
            </span>
        </li>
    }
}

/// What an event is: its kind, its date and how precisely it is known.
#[component]
pub fn EventMeta(id: explorer_core::EventId) -> impl IntoView {
    let c = corpus();
    let e = c.event(id);
    let when = strings::span(e.date, e.end);
    let precision = match (e.date, e.after.first()) {
        (None, Some(&a)) => (strings::w().after)(c.event(a).title),
        (d, _) => (strings::w().precision)(d.map(|d| d.precision())).to_string(),
    };
    view! {
        <p class="meta">
            <Badge label=e.kind.say() class=["k", &(e.kind as u8).to_string()].concat()/>
            {(!when.is_empty()).then(|| view! { " " <time>{when}</time> })}
            " · " {precision}
            {e.reported.then(|| view! { " · " <Badge label=strings::w().reported class=""/> })}
        </p>
    }
}

/// What a tie is: its ends, type, status and span.
#[component]
pub fn RelationMeta(id: explorer_core::RelationId) -> impl IntoView {
    let r = corpus().relation(id);
    let arrow = if r.directed { " → " } else { " ↔ " };
    let span = match (r.from, r.to) {
        (Some(a), None) => strings::since(a),
        (a, b) => strings::span(a, b),
    };
    view! {
        <p class="meta">
            <ActorToggle id=r.source/> {arrow}
            <Badge label=r.kind.say() class=["rel-", r.kind.id()].concat()/> {arrow}
            <ActorToggle id=r.target/> " "
            <Badge label=r.status.say() class=["status-", r.status.id()].concat()/> " "
            {span}
        </p>
    }
}

/// What a claim is and who asserts it (a named asserter as a toggle).
#[component]
pub fn ClaimMeta(id: ClaimId) -> impl IntoView {
    let cl = corpus().claim(id);
    let by = cl.by.kind();
    let named = match cl.by {
        explorer_core::Asserter::Entity(e) => Some(e),
        _ => None,
    };
    view! {
        <p class="meta">
            <Badge label=cl.kind.say() class=["claim-", cl.kind.id()].concat()/> " "
            <span class="by">{(strings::w().asserted_by)(&asserter(id))}</span> " "
            <Badge label=by.say() class=["by-", by.id()].concat()/>
            {named.map(|e| view! { " " <ActorToggle id=e/> })}
        </p>
    }
}

/// A comparison: its verdict, what differs, and each side with its quotes.
#[component]
pub fn ComparisonBody(id: explorer_core::ComparisonId) -> impl IntoView {
    let m = corpus().comparison(id);
    view! {
        <p class="meta">
            <Badge label=m.verdict.say() class=["verdict-", m.verdict.id()].concat()/> " "
            <span lang=strings::text_lang()>{m.summary}</span>
        </p>
        <ul class="sides">
            {corpus()
                .sides(id)
                .map(|s| {
                    view! {
                        <li>
                            <p class="side-label">{s.label}</p>
                            <Quotes evidence=s.evidence/>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A table's start: its caption and its column heads, the first `sortable` of them
/// buttons that sort it (the one at `sort` marked ascending). The rows are the
/// children, in the table's body.
#[component]
pub fn SortTable(
    caption: &'static str,
    heads: &'static [&'static str],
    sortable: usize,
    #[prop(into)] sort: Signal<u8>,
    on_sort: Callback<u8>,
    children: Children,
) -> impl IntoView {
    view! {
        <table class="tl-table">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    {heads
                        .iter()
                        .enumerate()
                        .map(|(i, head)| {
                            if i < sortable {
                                let i = i as u8;
                                Either::Left(view! {
                                    <th
                                        scope="col"
                                        aria-sort=move || {
                                            if sort.get() == i { "ascending" } else { "none" }
                                        }
                                    >
                                        <button type="button" on:click=move |_| on_sort.run(i)>
                                            {*head}
                                        </button>
                                    </th>
                                })
                            } else {
                                Either::Right(view! { <th scope="col">{*head}</th> })
                            }
                        })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>{children()}</tbody>
        </table>
    }
}

/// On a projector's width (1800 px and more, where the stylesheet sets all text 1.25
/// times larger) the charts are laid out for 4/5 of their width and shown 5/4 larger
/// through their `viewBox`, so their labels grow with the rest of the text.
pub fn projector(width: i32) -> bool {
    width >= 1800
}

/// CSS pixels as a chart's own units (see [`projector`]).
pub fn to_chart(px: i32, width: i32) -> i32 {
    if projector(width) {
        px * 4 / 5
    } else {
        px
    }
}

/// A chart's units as CSS pixels.
pub fn from_chart(units: i32, width: i32) -> i32 {
    if projector(width) {
        units * 5 / 4
    } else {
        units
    }
}

/// Whether the filter without `group`'s constraints differs (its "Clear" shows).
pub fn constrains(f: &Filter, group: explorer_core::filter::Group) -> bool {
    f.cleared(group) != *f
}

/// `list` drawn a few new items a frame (`step`), in its own order: what stays and what
/// goes changes at once, the items it gains arrive over the next frames
/// (`explorer_core::pace`), all at once while the page is printed. Items are matched by
/// `index` (below `n`). Also whether some are still to come (for `aria-busy`).
pub fn paced<T>(
    list: Memo<Vec<T>>,
    n: usize,
    index: fn(&T) -> usize,
    step: usize,
) -> (Memo<Vec<T>>, Memo<bool>)
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let printing = use_app().ui.printing;
    let frame = RwSignal::new(0u32);
    let steps = Memo::new(move |prev: Option<&(Vec<T>, bool)>| {
        frame.track();
        let add = if printing.get() { usize::MAX } else { step };
        let prev = prev.map_or(&[][..], |p| &p.0);
        list.with(|next| explorer_core::pace::step_in_order(prev, next, n, index, add))
    });
    // The next step at the next frame, until the list has arrived (after each step: a
    // step changes what is drawn, not always whether all has arrived).
    Effect::new(move |_| {
        if !steps.with(|s| s.1) {
            request_animation_frame(move || {
                frame.try_update(|f| *f = f.wrapping_add(1));
            });
        }
    });
    (
        Memo::new(move |_| steps.with(|s| s.0.clone())),
        Memo::new(move |_| !steps.with(|s| s.1)),
    )
}

//! Sources: the documents, and the reader: one article as published, every annotated
//! passage highlighted by the kind of item it supports, reading notes beside their
//! passages, and the passage a link points to (`hl`) scrolled to and focused.

use super::common::{href_to, item_title, pressed, Badge, CountLine, Marked};
use super::state::use_app;
use super::strings::Say;
use super::strings::{self, none_on_article, Noun};
use crate::data::corpus;
use explorer_core::reader::{layout, Layout};
use explorer_core::selection::Item;
use explorer_core::{DocId, Matches, NoteId, Route};
use leptos::html;
use leptos::prelude::*;
use leptos::tachys::html::node_ref::NodeRefContainer;
use std::sync::Arc;

/// Whether this page is the single file (`<body data-outlines>` holds its outlines).
fn single_file() -> bool {
    document()
        .body()
        .is_some_and(|b| b.has_attribute("data-outlines"))
}

/// The documents that pass the filter, each with its byline and summary.
#[component]
pub fn SourceList() -> impl IntoView {
    let state = use_app();
    let shown = Memo::new(move |_| {
        let e = state.explore.get();
        corpus()
            .document_ids()
            .filter(|&d| e.matches.has_document(d))
            .collect::<Vec<_>>()
    });
    view! {
        <section aria-labelledby="sources-h">
            <h2 id="sources-h">{strings::view_name(explorer_core::View::Sources)}</h2>
            <p class="tagline">{corpus().meta().tagline_in(strings::lang())}</p>
            // The explorer over a corpus of one's own: the `open` build, in this browser.
            // (Not in the single file, whose page cannot load another build, nor in an embed.)
            {(!crate::data::opened() && !single_file() && !state.url.with_untracked(|u| u.embed))
                .then(|| {
                    view! {
                        <p class="open-own">
                            <a href="?open">{strings::w().open_link}</a>
                            {strings::w().open_link_note}
                        </p>
                    }
                })}
            <CountLine/>
            <ul class="items documents">
                <For each=move || shown.get() key=|d| *d let(doc)>
                    <Document doc/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn Document(doc: DocId) -> impl IntoView {
    let d = corpus().document(doc);
    view! {
        <li class="item document">
            <h3 lang=strings::text_lang()>
                <a href=href_to(Route::Source(doc))>
                    <Marked text=d.title/>
                </a>
            </h3>
            <Byline doc/>
            <p lang=strings::text_lang()>{d.summary}</p>
        </li>
    }
}

/// Author, outlet and date, as the text gives them, and the file.
#[component]
fn Byline(doc: DocId) -> impl IntoView {
    let d = corpus().document(doc);
    let mut parts: Vec<String> = Vec::new();
    if let Some(a) = d.author {
        parts.push([strings::w().by, a].concat());
    }
    parts.extend(d.outlet.map(str::to_string));
    parts.extend(d.published.map(strings::date));
    view! {
        <p class="meta">
            {parts.join(" · ")} " " <span class="file">{d.file}</span>
        </p>
    }
}

/// Whether an item passes the filter (the reader highlights only those).
fn shown(m: &Matches, item: Item) -> bool {
    match item {
        Item::Event(x) => m.has_event(x),
        Item::Relation(x) => m.has_relation(x),
        Item::Claim(x) => m.has_claim(x),
        Item::Comparison(x) => m.has_comparison(x),
        Item::Note(_) | Item::Actor(_) | Item::Period(_) | Item::Pair(..) => true,
    }
}

/// One article in full, as published: the passages the filter leaves in highlighted,
/// the kinds the legend shows coloured, the linked passage (`hl`) marked, brought into
/// view and focused once each time the link points to another passage.
#[component]
pub fn Reader(doc: DocId) -> impl IntoView {
    let state = use_app();
    let c = corpus();
    let d = c.document(doc);
    let hl = Memo::new(move |_| state.url.with(|u| u.hl));
    // Laid out again when the passages shown or the target change; the same layout is
    // not drawn again.
    let laid = Memo::new(move |_| {
        let target = hl.get().and_then(|p| p.bytes_in(d.text));
        let e = state.explore.get();
        Arc::new(layout(c, doc, &|i| shown(&e.matches, i), target))
    });
    // The first piece of the target, when the passage is new: the effect below brings
    // it into view and focuses it (a redraw for the filter does not).
    let target = NodeRef::<html::Span>::new();
    let brought = StoredValue::new(None);
    Effect::new(move |_| {
        if let Some(el) = target.get() {
            // After whatever else this change draws and focuses (a lesson's bar).
            request_animation_frame(move || {
                el.scroll_into_view_with_bool(false);
                // In a lesson, focus stays on the step's bar, so its arrows go on.
                let bar = document()
                    .active_element()
                    .is_some_and(|a| a.id() == "lesson-bar");
                if !bar {
                    let _ = el.focus();
                }
            });
        }
    });
    let text = move || {
        let now = hl.get_untracked();
        let fresh = now.is_some() && brought.get_value() != now;
        brought.set_value(now);
        laid.with(|l| fulltext(l, doc, fresh.then_some(target)))
    };
    let no_notes = c.notes_of(doc).len() == 0;
    view! {
        <article class="source" aria-labelledby="source-h">
            <p>
                <a href=href_to(Route::Sources)>{strings::w().all_sources}</a>
            </p>
            <h2 id="source-h" lang=strings::text_lang()>{d.title}</h2>
            <Byline doc/>
            {(!d.title_printed).then(|| view! { <p class="meta">{strings::w().no_headline}</p> })}
            <Legend/>
            <div class="fulltext" lang=strings::text_lang()>{text}</div>
            {no_notes.then(|| view! { <p class="count">{none_on_article(Noun::Note)}</p> })}
        </article>
    }
}

/// The legend: a toggle for each kind of passage (the bits of `explorer_core::reader`),
/// drawn once.
#[component]
fn Legend() -> impl IntoView {
    let legend = use_app().ui.legend;
    view! {
        <div class="legend" role="group" aria-label=strings::w().legend>
            {strings::w().mark_kinds
                .iter()
                .enumerate()
                .map(|(i, &label)| {
                    let bit = 1u8 << i;
                    view! {
                        <button
                            type="button"
                            class=["key k", &bit.to_string()].concat()
                            aria-pressed=move || pressed(legend.get() & bit != 0)
                            on:click=move |_| legend.update(|l| *l ^= bit)
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Fills a node reference only when there is one: the target's first piece.
#[derive(Clone, Copy)]
struct TargetRef(Option<NodeRef<html::Span>>);

impl NodeRefContainer<html::Span> for TargetRef {
    fn load(self, el: &web_sys::Element) {
        if let Some(r) = self.0 {
            r.load(el);
        }
    }
}

/// The article's paragraphs, each followed by the notes whose markers are in it.
fn fulltext(l: &Layout, doc: DocId, mut target: Option<NodeRef<html::Span>>) -> impl IntoView {
    let c = corpus();
    let text = c.document(doc).text;
    let notes: Vec<NoteId> = c.notes_of(doc).collect();
    (0..l.paragraphs.len())
        .map(|p| {
            let pieces = l.pieces_of(p);
            let first = l.paragraphs[p].start as usize;
            let debris = pieces.iter().all(|x| x.debris);
            let mut marks: Vec<(u16, NoteId)> = Vec::new();
            let spans = pieces
                .iter()
                .enumerate()
                .map(|(k, piece)| {
                    let i = first + k;
                    let markers = l
                        .notes_at(i)
                        .iter()
                        .map(|&n| {
                            let note = notes[usize::from(n) - 1];
                            marks.push((n, note));
                            view! { <NoteMark n note/> }
                        })
                        .collect_view();
                    let words =
                        explorer_core::text::slice(text, piece.start as usize..piece.end as usize);
                    let node = TargetRef(if piece.target { target.take() } else { None });
                    let items = l.items_at(i);
                    view! {
                        {markers}
                        <Passage
                            words
                            kinds=piece.kinds
                            item=items.first().copied()
                            tip=(!items.is_empty()).then(|| tip(items))
                            n=items.len()
                            target=piece.target
                            debris=piece.debris
                            node
                        />
                    }
                })
                .collect_view();
            let asides = marks
                .into_iter()
                .map(|(n, note)| {
                    let note = c.note(note);
                    view! {
                        <aside class="note">
                            <span class="note-n">"[" {n} "]"</span> " "
                            <Badge label=note.kind.say() class=""/> " "
                            <span lang=strings::text_lang()>{note.text}</span>
                        </aside>
                    }
                })
                .collect_view();
            view! {
                <p
                    class=debris.then_some("debris-par")
                    data-label=debris.then_some(strings::w().debris)
                >
                    {spans}
                </p>
                {asides}
            }
        })
        .collect_view()
}

/// A reading note's marker in the text, opening the note.
#[component]
fn NoteMark(n: u16, note: NoteId) -> impl IntoView {
    let state = use_app();
    view! {
        <button
            type="button"
            class="note-mark"
            on:click=move |ev| state.select_from(Item::Note(note), &ev)
        >
            "[" {n} "]"
        </button>
    }
}

/// The tooltip of a passage: what it supports.
fn tip(items: &[Item]) -> String {
    let mut s = (strings::w().supports)(items.len());
    for &i in items {
        s.push_str("\n• ");
        s.push_str(strings::item_kind(i));
        s.push_str(": ");
        s.push_str(item_title(i));
    }
    s
}

/// A piece's classes: highlighted by the kinds the legend shows (`kinds` already masked
/// by it), the target, page debris.
fn piece_class(kinds: u8, target: bool, debris: bool) -> String {
    let mut class = if kinds == 0 {
        String::from("q")
    } else {
        ["p m", &kinds.to_string()].concat()
    };
    if target {
        class.push_str(" target");
    }
    if debris {
        class.push_str(" debris");
    }
    class
}

/// A piece of a paragraph. One that supports items is highlighted by their kinds (as
/// far as the legend shows them) and, unless it is only a few letters between two
/// passages' ends, acts as a button opening the first of them (the others share its
/// quote and are listed in the panel).
#[component]
fn Passage(
    words: &'static str,
    kinds: u8,
    item: Option<Item>,
    tip: Option<String>,
    n: usize,
    target: bool,
    debris: bool,
    node: TargetRef,
) -> impl IntoView {
    let state = use_app();
    let legend = state.ui.legend;
    // Plain text does not follow the legend.
    let class = move || {
        let shown = if kinds == 0 { 0 } else { kinds & legend.get() };
        piece_class(shown, target, debris)
    };
    match item.filter(|_| words.chars().count() >= 5) {
        Some(item) => {
            let open = move |ev: &web_sys::Event| state.select_from(item, ev);
            leptos::either::Either::Left(view! {
                <span
                    class=class
                    role="button"
                    tabindex="0"
                    title=tip
                    data-n={(n > 1).then(|| n.to_string())}
                    node_ref=node
                    on:click=move |ev| open(&ev)
                    on:keydown=move |ev| {
                        if matches!(ev.key().as_str(), "Enter" | " ") {
                            ev.prevent_default();
                            open(&ev);
                        }
                    }
                >
                    <Marked text=words/>
                </span>
            })
        }
        // The target is focusable even where the filter leaves no item over it.
        None => leptos::either::Either::Right(view! {
            <span class=class tabindex={target.then_some("-1")} node_ref=node>
                <Marked text=words/>
            </span>
        }),
    }
}

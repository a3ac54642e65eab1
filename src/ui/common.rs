//! Small pieces every view uses: item titles and asserters in words, the count line and
//! the no-results line, the numbers in attributes.

use super::html::Html;
use super::state::{search_index, subject};
use super::strings::{self, count, none_in_corpus, showing, Noun};
use crate::data::corpus;
use explorer_core::selection::Item;
use explorer_core::{ClaimId, Filter, Route};

/// The number written in a `data-` attribute or a form value (digits only; anything
/// else counts as a digit's offset, never a panic): one parser for every view, without
/// `str::parse`'s error machinery.
pub fn digits(s: &str) -> usize {
    s.bytes()
        .fold(0usize, |n, b| n * 10 + usize::from(b.wrapping_sub(b'0')))
}

/// What an item is called in lists of items.
pub fn item_title(item: Item) -> &'static str {
    let c = corpus();
    match item {
        Item::Event(e) => c.event(e).title,
        Item::Relation(r) => c.relation(r).summary,
        Item::Claim(x) => c.claim(x).text,
        Item::Comparison(x) => c.comparison(x).topic,
        Item::Note(n) => c.note(n).text,
        Item::Actor(a) => c.entity(a).name,
        Item::Period(p) => c.period(p).name,
    }
}

/// Who asserts a claim, in words: "Analysts (an unnamed source)".
pub fn asserter(id: ClaimId) -> String {
    let c = corpus();
    let cl = c.claim(id);
    let doc = cl.evidence.first().map(|e| e.doc).unwrap_or_default();
    match cl.by_label {
        Some(label) => [label, " (", cl.by.label(c, doc), ")"].concat(),
        None => cl.by.label(c, doc).to_string(),
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

/// When the filter leaves nothing of the view: says so, and offers to remove the
/// constraint that would bring back the most.
pub fn no_results(f: &Filter, route: Route, noun: Noun) -> String {
    let mut h = Html::default();
    match explorer_core::facets::loosen(f, search_index(), subject(route)) {
        Some((facet, n)) => {
            h.el(
                "button",
                &[
                    ("type", "button"),
                    ("class", "link"),
                    ("data-facet", &facet.code()),
                    ("data-remove", "1"),
                ],
                &strings::no_match_remove(noun, &strings::facet_label(facet, f), n),
            );
        }
        None => {
            h.text(&strings::no_match(noun));
        }
    }
    h.done()
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

/// On a projector's width (1800 px and more, where the stylesheet sets all text 1.25
/// times larger) the charts are laid out for 4/5 of their width and shown 5/4 larger
/// through their `viewBox`, so their labels grow with the rest of the text.
fn projector() -> bool {
    super::dom::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 1800.0)
}

/// CSS pixels as a chart's own units (see [`projector`]).
pub fn to_chart(px: i32) -> i32 {
    if projector() {
        px * 4 / 5
    } else {
        px
    }
}

/// A chart's units as CSS pixels.
pub fn from_chart(units: i32) -> i32 {
    if projector() {
        units * 5 / 4
    } else {
        units
    }
}

//! The interface's own words, in one place and in every language it speaks: English
//! ([`en`]) and Japanese ([`ja`]), each a [`Words`] table. A word missing from one table
//! is a missing field, so the build fails. Views ask for words here; the corpus's words
//! come from the corpus (in the language it was written in), and the vocabularies'
//! labels from `explorer-core`'s `vocab`, through [`Say`].
//!
//! The language in force is set once per drawing of the explorer ([`set_lang`]): the app
//! draws itself again when it changes, so a view reads its words without tracking them.

mod en;
mod ja;

use explorer_core::date::Precision;
use explorer_core::filter::{Group, Kind};
use explorer_core::matrix::Cell;
use explorer_core::selection::Item;
use explorer_core::ticks::{TickLabel, Unit};
use explorer_core::url::Notice;
use explorer_core::vocab::{
    AsserterKind, ClaimType, EntityKind, EventKind, NoteKind, RelationStatus, RelationType, Verdict,
};
use explorer_core::{Date, EntityId, Facet, Filter, Lang, View};
use std::cell::Cell as Slot;

/// Things the interface counts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Event,
    Relation,
    Claim,
    Comparison,
    Source,
    Note,
    Actor,
}

/// A pair's name: the two actors, the number of ties, the types' labels with their
/// counts (the most first), whether the pair has ended by the date shown.
pub type PairName = fn(&str, &str, usize, &[(&str, u16)], bool) -> String;

/// Every word of the interface in one language: fixed words, lists of words in the
/// order of their enums, and the sentences that take numbers or names.
pub struct Words {
    // The frame.
    pub skip: &'static str,
    pub views: &'static str,
    pub search: &'static str,
    pub search_hint: &'static str,
    pub filtered_by: &'static str,
    pub clear_all: &'static str,
    pub clear: &'static str,
    pub filters: &'static str,
    pub close: &'static str,
    pub dismiss: &'static str,
    pub notice_head: &'static str,
    pub find_actor: &'static str,
    pub show_fewer: &'static str,
    pub date_hint: &'static str,
    pub not_a_date: &'static str,
    pub show_in_article: &'static str,
    pub shares_quotes: &'static str,
    pub aliases: &'static str,
    pub about: &'static str,
    pub all_sources: &'static str,
    pub no_headline: &'static str,
    pub legend: &'static str,
    pub debris: &'static str,
    pub reported: &'static str,
    pub undated: &'static str,
    pub comparisons: &'static str,
    pub map_heading: &'static str,
    pub active_filters: &'static str,
    /// The button under a long table that shows its next rows.
    pub show_more_rows: &'static str,
    /// Before the author's name in a byline.
    pub by: &'static str,
    /// The actor facet's sub-groups.
    pub actor_groups: [&'static str; 5],
    /// "From", "To" beside the date fields.
    pub from: &'static str,
    pub to: &'static str,
    /// The reader's legend: the kinds of passage.
    pub mark_kinds: [&'static str; 4],
    /// Who asserts a claim when the corpus names nobody: the article with neither author
    /// nor outlet, an unnamed source, a survey without a source; and the brackets around
    /// them after the text's own words ("Analysts (an unnamed source)").
    pub unsigned: &'static str,
    pub unnamed: &'static str,
    pub survey: &'static str,
    pub open_paren: &'static str,
    pub close_paren: &'static str,
    /// The language switch, its note that the sources keep their own language.
    pub language: &'static str,
    pub language_note: &'static str,

    // The timeline.
    pub tl_tools: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_reset: &'static str,
    pub lanes_by: &'static str,
    pub lane_groups: [&'static str; 3],
    pub table: &'static str,
    pub clear_dates: &'static str,
    pub tl_chart: &'static str,
    pub tl_overview: &'static str,
    pub tl_point: &'static str,
    pub tl_bar: &'static str,
    pub contested: &'static str,
    pub undated_band: &'static str,
    pub tl_table_caption: &'static str,
    pub tl_columns: [&'static str; 4],
    pub no_actor: &'static str,
    pub name_reported: &'static str,
    pub name_contested: &'static str,

    // How to read the claims (the vocabulary of seeds/README.md, for a class).
    pub how_to_read: &'static str,
    pub how_types: &'static str,
    pub how_claim_types: [(&'static str, &'static str); 6],
    pub how_by: &'static str,
    pub how_asserters: [(&'static str, &'static str); 4],
    pub how_verdicts: &'static str,
    pub how_verdict_words: [(&'static str, &'static str); 3],
    pub how_cells: &'static str,
    pub how_cell_words: [(&'static str, &'static str); 6],

    // Downloads, embedding, colours, print.
    pub download: &'static str,
    /// The header's menu: the downloads, the embed snippet, the colours, the language.
    pub menu: &'static str,
    pub download_hint: &'static str,
    /// The exporter's formats, in the order of [`FORMAT_IDS`].
    pub formats: [&'static str; 7],
    pub making: &'static str,
    pub saved: &'static str,
    pub not_saved: &'static str,
    pub embed: &'static str,
    pub theme: &'static str,
    /// The themes, in the order of [`THEME_IDS`].
    pub themes: [&'static str; 3],
    pub embed_title: &'static str,
    pub embed_help: &'static str,
    pub embed_code: &'static str,
    /// The Embed dialog's choice of the frame's colours (`theme=` in its address).
    pub embed_theme: &'static str,
    /// A newer build is installed, and the button that reloads every tab into it.
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    /// Its choices, in the order of [`THEME_IDS`]: the visitor's own first.
    pub embed_themes: [&'static str; 3],
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    pub printed_from: &'static str,
    pub open_full: &'static str,

    // The lessons.
    pub lessons: &'static str,
    pub lessons_intro: &'static str,
    pub question: &'static str,
    pub lesson_tools: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub end_lesson: &'static str,

    // The claims and the matrix.
    pub cl_tools: &'static str,
    pub group_by: &'static str,
    pub order: &'static str,
    /// The groupings, in the order of `ClaimGroup::ALL`.
    pub cl_groups: [&'static str; 5],
    /// The orders, in the order of `ClaimSort::ALL`.
    pub cl_sorts: [&'static str; 2],
    pub contested_only: &'static str,
    pub contested_label: &'static str,
    pub not_compared: &'static str,
    pub note_flag: &'static str,
    pub concerns: &'static str,
    pub cl_table_caption: &'static str,
    pub cl_columns: [&'static str; 5],
    pub matrix_heading: &'static str,
    pub matrix_caption: &'static str,
    pub matrix_point: &'static str,

    // The map.
    pub map_tools: &'static str,
    pub map_geo: &'static str,
    pub map_net: &'static str,
    pub map_chart: &'static str,
    pub asof: &'static str,
    pub step_back: &'static str,
    pub step_forward: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub all_dates: &'static str,
    pub map_legend: &'static str,
    pub map_ended: &'static str,
    pub map_undated: &'static str,
    pub map_ended_name: &'static str,
    /// The map's switch between one edge per pair of actors and one per relation.
    pub map_every: &'static str,
    pub map_with: &'static str,
    pub map_outside: &'static str,
    pub map_failed: &'static str,
    pub map_table_caption: &'static str,
    pub map_columns: [&'static str; 7],

    // The error page shown on a panic.
    pub panic_title: &'static str,
    pub panic_text: &'static str,
    pub panic_reload: &'static str,
    pub panic_afresh: &'static str,

    // Opening a corpus of one's own (`?open`, the `open` build).
    pub open_link: &'static str,
    pub open_link_note: &'static str,
    #[cfg(feature = "open")]
    pub open: &'static Open,

    // Sentences.
    /// A noun with a number: "1 claim", "215 claims".
    pub count: fn(usize, Noun) -> String,
    /// "Showing 3 of 215 claims".
    pub showing: fn(usize, usize, Noun) -> String,
    /// "No comparisons in this corpus".
    pub none_in_corpus: fn(Noun) -> String,
    /// "No reading notes on this article".
    pub none_on_article: fn(Noun) -> String,
    /// "No claims match: remove “source: Bluebook” (would show 12)".
    pub no_match_remove: fn(Noun, &str, u32) -> String,
    /// "No claims match these filters."
    pub no_match: fn(Noun) -> String,
    /// "Show all 97 actors".
    pub show_all: fn(usize, Noun) -> String,
    /// "Show 100 more (115 not shown yet)": the rest, the page.
    pub show_more: fn(usize, usize) -> String,
    /// A view's name, in the navigation.
    pub view_name: fn(View) -> &'static str,
    /// The facet groups' headings.
    pub group_title: fn(Group) -> &'static str,
    /// A constraint in words, given the names it needs: "actor: Japan".
    pub facet_label: fn(Facet, &Filter, &str) -> String,
    /// "Remove filter actor: Japan".
    pub remove_filter: fn(&str) -> String,
    /// A notice about a part of a link, in words.
    pub notice: fn(&Notice) -> String,
    /// What kind of item the panel shows.
    pub item_kind: fn(Item) -> &'static str,
    /// How precisely a date is known.
    pub precision: fn(Option<Precision>) -> &'static str,
    /// "after: Treaty signed".
    pub after: fn(&str) -> String,
    /// A span of two dates already in words, "June 2024 – February 2025", or an end
    /// alone, "until February 2025", or a start alone, "from June 2024".
    pub span: fn(Option<&str>, Option<&str>) -> String,
    /// "asserted by Ben Sando (author)".
    pub asserted_by: fn(&str) -> String,
    /// The tooltip of a highlighted passage: "Supports 2 items".
    pub supports: fn(usize) -> String,
    /// "9 steps".
    pub steps: fn(usize) -> String,
    /// "Step 3 of 9".
    pub step_of: fn(usize, usize) -> String,
    /// A matrix cell's word.
    pub cell_word: fn(Cell) -> &'static str,
    /// "Russia – North Korea: 25 relations: 8 Alliance, 5 Military cooperation".
    pub pair_name: PairName,
    /// A pair's panel when the filter hides some of its ties.
    pub pair_hidden: fn(usize) -> String,
    /// "June 2024: 23 in force, 4 ended".
    pub asof_line: fn(&str, usize, usize) -> String,
    /// What the axis is counted in, for the announcement after a zoom.
    pub unit_name: fn(Unit) -> &'static str,
    /// A tick's label; months and days with their year when asked.
    pub tick: fn(&TickLabel, bool) -> String,
}

/// The words of the `open` build only (none of them in the first load).
#[cfg(feature = "open")]
pub struct Open {
    pub title: &'static str,
    pub intro: &'static str,
    pub folder: &'static str,
    pub files: &'static str,
    pub drop: &'static str,
    pub back: &'static str,
    pub checking: &'static str,
    pub none: &'static str,
    pub one_json: &'static str,
    /// Opens a corpus.json without what it points to and does not hold.
    pub without: &'static str,
    pub copy: &'static str,
    pub copy_all: &'static str,
    pub copied: &'static str,
    pub not_copied: &'static str,
    pub not_kept: &'static str,
    pub kept_note: &'static str,
    pub close: &'static str,
    /// Saves the corpus shown as one HTML file that opens it from disk.
    pub save: &'static str,
    pub save_hint: &'static str,
    pub saving: &'static str,
    /// Followed by the file's name.
    pub saved: &'static str,
    /// Followed by why.
    pub save_failed: &'static str,
    /// The map's outlines could not be read (a broken build).
    pub no_outlines: &'static str,
    /// "2 files checked: the corpus has 3 problems and was not opened. …"
    pub problems: fn(usize, usize) -> String,
    /// "This file is an excerpt: 3 parts of it point to what it does not hold, …"
    pub left_out: fn(usize) -> String,
    /// "Reading 12 files…"
    pub reading: fn(usize) -> String,
}

/// The exporter's formats (ids as in `crates/exporter`), in the order of
/// [`Words::formats`].
pub const FORMAT_IDS: [&str; 7] = [
    "json",
    "events-csv",
    "relations-csv",
    "claims-csv",
    "timelinejs",
    "annotations",
    "graphml",
];

/// The themes (as `data-theme` takes them; "" follows the system), in the order of
/// [`Words::themes`].
pub const THEME_IDS: [&str; 3] = ["", "light", "dark"];

/// A matrix cell's symbol, shown beside its word and hidden from screen readers, and its
/// class name (the same in every language).
pub fn cell_mark(cell: Cell) -> (&'static str, &'static str) {
    match cell {
        Cell::Silent => ("—", "silent"),
        Cell::Asserts => ("●", "asserts"),
        Cell::Agrees => ("✓", "agrees"),
        Cell::Differs => ("≠", "differs"),
        Cell::Conflicts => ("✗", "conflicts"),
        Cell::SelfContradicts => ("⇄", "contradicts"),
    }
}

thread_local! {
    static LANG: Slot<Lang> = const { Slot::new(Lang::En) };
}

/// The language the interface speaks now.
pub fn lang() -> Lang {
    LANG.with(Slot::get)
}

/// Sets the language the interface speaks from now on (the app then draws itself again).
pub fn set_lang(l: Lang) {
    LANG.with(|s| s.set(l));
}

/// The words of a language.
pub fn words_of(l: Lang) -> &'static Words {
    match l {
        Lang::En => &en::EN,
        Lang::Ja => &ja::JA,
    }
}

/// The words of the language in force.
pub fn w() -> &'static Words {
    words_of(lang())
}

/// An entity's name in the language in force: its Japanese name under Japanese when the
/// corpus gives one, else its name. (The corpus's other words stay as written.)
pub fn name(e: EntityId) -> &'static str {
    crate::data::corpus().entity(e).name_in(lang())
}

/// The corpus's title in the language in force (its Japanese title under Japanese when
/// it gives one).
pub fn corpus_title() -> &'static str {
    crate::data::corpus().meta().title_in(lang())
}

pub use explorer_core::text::grouped as num;

/// The language the corpus's own words are written in (its `language`), for the `lang`
/// of the elements that show them: a screen reader reads an English claim in English
/// inside the Japanese interface, and the reverse.
pub fn text_lang() -> &'static str {
    crate::data::corpus().meta().language
}

/// A date in words, as precise as it is known: "June 2024", "2024年6月".
pub fn date(d: Date) -> String {
    d.label_in(lang())
}

/// A date or a span: "June 2024", "June 2024 – February 2025", "until February 2025".
pub fn span(from: Option<Date>, to: Option<Date>) -> String {
    match (from, to) {
        (Some(a), Some(b)) if a != b => (w().span)(Some(&date(a)), Some(&date(b))),
        (Some(a), _) => date(a),
        (None, Some(b)) => (w().span)(None, Some(&date(b))),
        (None, None) => String::new(),
    }
}

/// "from June 2024", for a tie with a start only.
pub fn since(d: Date) -> String {
    (w().span)(Some(&date(d)), None)
}

/// A constraint in words: "actor: Japan", "from June 2024".
pub fn facet_label(facet: Facet, f: &Filter) -> String {
    let c = crate::data::corpus();
    let name = match facet {
        Facet::Actor(a) => name(a).to_string(),
        Facet::From => f.from.map(date).unwrap_or_default(),
        Facet::To => f.to.map(date).unwrap_or_default(),
        Facet::Source(d) => c.document(d).title.to_string(),
        _ => String::new(),
    };
    (w().facet_label)(facet, f, &name)
}

/// A label of a vocabulary, or of the filter's kinds, in the language in force.
pub trait Say {
    fn say(self) -> &'static str;
}

macro_rules! say {
    ($($t:ty),+) => {$(
        impl Say for $t {
            fn say(self) -> &'static str {
                self.label_in(lang())
            }
        }
    )+};
}

say!(
    EntityKind,
    EventKind,
    RelationType,
    RelationStatus,
    ClaimType,
    Verdict,
    AsserterKind,
    NoteKind
);

impl Say for Kind {
    fn say(self) -> &'static str {
        match self {
            Kind::Event(k) => k.say(),
            Kind::Relation(k) => k.say(),
            Kind::Claim(k) => k.say(),
        }
    }
}

// Shorthands for the sentences the views use most.

/// "1 claim", "215 claims".
pub fn count(n: usize, noun: Noun) -> String {
    (w().count)(n, noun)
}

/// "Showing 3 of 215 claims".
pub fn showing(shown: usize, total: usize, noun: Noun) -> String {
    (w().showing)(shown, total, noun)
}

/// "No comparisons in this corpus".
pub fn none_in_corpus(noun: Noun) -> String {
    (w().none_in_corpus)(noun)
}

/// "No reading notes on this article".
pub fn none_on_article(noun: Noun) -> String {
    (w().none_on_article)(noun)
}

/// A view's name, in the navigation.
pub fn view_name(v: View) -> &'static str {
    (w().view_name)(v)
}

/// The facet groups' headings.
pub fn group_title(g: Group) -> &'static str {
    (w().group_title)(g)
}

/// "Remove filter actor: Japan".
pub fn remove_filter(label: &str) -> String {
    (w().remove_filter)(label)
}

/// What kind of item the panel shows.
pub fn item_kind(item: Item) -> &'static str {
    (w().item_kind)(item)
}

/// A pair's panel: the heading "Russia – North Korea".
pub fn pair_title(a: &str, b: &str) -> String {
    [a, " – ", b].concat()
}

//! The interface's own words, in one place (a Japanese interface is planned). Views ask
//! for words here; the corpus's words come from the corpus, and the vocabularies'
//! labels (kinds, types, statuses) from `explorer-core`'s `vocab`.

use crate::data::corpus;
use explorer_core::date::Precision;
use explorer_core::url::{Notice, Param};
use explorer_core::{Date, Facet, Filter, Kind, View};

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

impl Noun {
    /// The singular and plural forms.
    fn forms(self) -> (&'static str, &'static str) {
        match self {
            Noun::Event => ("event", "events"),
            Noun::Relation => ("relation", "relations"),
            Noun::Claim => ("claim", "claims"),
            Noun::Comparison => ("comparison", "comparisons"),
            Noun::Source => ("source", "sources"),
            Noun::Note => ("reading note", "reading notes"),
            Noun::Actor => ("actor", "actors"),
        }
    }

    fn of(self, n: usize) -> &'static str {
        let (one, many) = self.forms();
        if n == 1 {
            one
        } else {
            many
        }
    }
}

/// "1 claim", "215 claims".
pub fn count(n: usize, noun: Noun) -> String {
    format!("{n} {}", noun.of(n))
}

/// "Showing 3 of 215 claims" (the total decides the noun's number).
pub fn showing(shown: usize, total: usize, noun: Noun) -> String {
    format!("Showing {shown} of {total} {}", noun.of(total))
}

/// "No comparisons in this corpus".
pub fn none_in_corpus(noun: Noun) -> String {
    format!("No {} in this corpus", noun.forms().1)
}

/// "No reading notes on this article".
pub fn none_on_article(noun: Noun) -> String {
    format!("No {} on this article", noun.forms().1)
}

/// "No claims match: remove “source: Bluebook” (would show 12)".
pub fn no_match_remove(noun: Noun, facet: &str, n: u32) -> String {
    format!(
        "No {} match: remove “{facet}” (would show {n})",
        noun.forms().1
    )
}

/// "No claims match these filters."
pub fn no_match(noun: Noun) -> String {
    format!("No {} match these filters.", noun.forms().1)
}

/// A view's name, in the navigation.
pub fn view_name(v: View) -> &'static str {
    match v {
        View::Timeline => "Timeline",
        View::Map => "Map",
        View::Claims => "Claims",
        View::Sources => "Sources",
    }
}

pub const SKIP: &str = "Skip to content";
pub const VIEWS: &str = "Views";
pub const SEARCH: &str = "Search";
pub const SEARCH_HINT: &str = "Actor, place, word…";
pub const FILTERED_BY: &str = "Filtered by:";
pub const CLEAR_ALL: &str = "Clear all";
pub const CLEAR: &str = "Clear";
pub const FILTERS: &str = "Filters";
pub const CLOSE: &str = "Close";
pub const DISMISS: &str = "Dismiss";
pub const NOTICE_HEAD: &str =
    "Parts of this link could not be used, so the explorer shows the rest:";
pub const FIND_ACTOR: &str = "Find an actor";
pub const SHOW_FEWER: &str = "Show fewer";
pub const DATE_HINT: &str = "YYYY, YYYY-MM or YYYY-MM-DD";
pub const NOT_A_DATE: &str = "Not a date: write YYYY, YYYY-MM or YYYY-MM-DD";
pub const SHOW_IN_ARTICLE: &str = "Show in the article";
pub const SHARES_QUOTES: &str = "Shares quotes with";
pub const ALIASES: &str = "Also written";
pub const ABOUT: &str = "About: ";
pub const ALL_SOURCES: &str = "← All sources";
pub const NO_HEADLINE: &str = "The text prints no headline; this title describes it.";
pub const LEGEND: &str = "Highlighted passages";
pub const DEBRIS: &str = "page debris";
pub const REPORTED: &str = "date of report";
pub const UNDATED: &str = "undated";
pub const COMPARISONS: &str = "Where sources compare";
pub const MAP_HEADING: &str = "Alliance map";
pub const ACTIVE_FILTERS: &str = "Active filters";

/// "Show all 97 actors".
pub fn show_all(n: usize, noun: Noun) -> String {
    format!("Show all {}", count(n, noun))
}

/// The button under a long table that shows its next rows.
pub const SHOW_MORE: &str = "Show more";

/// The button under a long list of claims: "Show 100 more (115 not shown yet)".
pub fn show_more(rest: usize, page: usize) -> String {
    format!("Show {} more ({rest} not shown yet)", rest.min(page))
}

/// Before the author's name in a byline.
pub const BY: &str = "By ";

/// The facet groups' headings.
pub fn group_title(g: explorer_core::filter::Group) -> &'static str {
    use explorer_core::filter::Group::*;
    match g {
        Text => "Text",
        Actor => "Actors",
        Date => "Dates",
        Source => "Sources",
        EventKind => "Event kinds",
        RelationType => "Relation types",
        Status => "Relation status",
        ClaimType => "Claim types",
        By => "Asserted by",
        Contested => "Contested points",
    }
}

/// The actor facet's sub-groups.
pub const ACTOR_GROUPS: [&str; 5] = [
    "States",
    "Organisations and alliances",
    "People",
    "Places",
    "Others",
];

/// "From", "To" beside the date fields.
pub const FROM: &str = "From";
pub const TO: &str = "To";

/// A constraint in words: "actor: Japan", "from June 2024".
pub fn facet_label(facet: Facet, f: &Filter) -> String {
    let c = corpus();
    let date = |d: Option<Date>| d.map(|d| d.label()).unwrap_or_default();
    match facet {
        Facet::Text => format!("text “{}”", f.q),
        Facet::Actor(a) => format!("actor: {}", c.entity(a).name),
        Facet::From => format!("from {}", date(f.from)),
        Facet::To => format!("to {}", date(f.to)),
        Facet::Source(d) => format!("source: {}", c.document(d).title),
        Facet::Kind(Kind::Event(k)) => format!("events: {}", k.label()),
        Facet::Kind(Kind::Relation(k)) => format!("relations: {}", k.label()),
        Facet::Kind(Kind::Claim(k)) => format!("claims: {}", k.label()),
        Facet::Status(s) => format!("status: {}", s.label()),
        Facet::By(b) => format!("asserted by: {}", b.label()),
        Facet::Contested => CONTESTED_LABEL.to_string(),
    }
}

/// "Remove filter actor: Japan".
pub fn remove_filter(label: &str) -> String {
    format!("Remove filter {label}")
}

/// A notice about a part of a link, in words.
pub fn notice(n: &Notice) -> String {
    let what = |p: Param| match p {
        Param::Actor => "actor",
        Param::Source => "source",
        Param::Kind => "kind",
        Param::Status => "status",
        Param::By => "asserted-by kind",
    };
    match n {
        Notice::BadText(s) => format!("“{s}” is not valid text and was ignored"),
        Notice::Repeated(k) => format!("“{k}” was given twice; the last one is used"),
        Notice::Unknown(p, v) => format!("unknown {} “{v}” was ignored", what(*p)),
        Notice::BadDate(k, v) => {
            format!("{k}=“{v}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD) and was ignored")
        }
        Notice::BadFlag(k, v) => format!("{k}=“{v}” is not 1 or 0 and was ignored"),
        Notice::BadChoice(k, v) => format!("{k}=“{v}” is not a choice here and was ignored"),
        Notice::UnknownSetting(k) => format!("unknown setting “{k}” was ignored"),
        Notice::Backwards(a, b) => {
            format!("the date range {a} to {b} ends before it starts and was ignored")
        }
        Notice::NoSource(id) => format!("there is no source “{id}”; showing all sources"),
        Notice::NoPage(p) => format!("there is no page “/{p}”; showing the start page"),
        Notice::NoItem(s) => format!("there is nothing called “{s}” to show in detail"),
        Notice::BadPassage(s) => {
            format!("“{s}” is not a passage of this article; showing it from the top")
        }
        Notice::BadWindow(s) => {
            format!("tw=“{s}” is not a window of two dates (first..last); showing the usual one")
        }
        Notice::BadLayout(s) => {
            format!("layout=“{s}” is neither geo nor network; showing the geographic map")
        }
        Notice::NoLesson(s) => format!("there is no lesson “{s}”; showing the view without it"),
        Notice::BadStep(s) => {
            format!("step “{s}” is not a step of the lesson in this link; showing the view without the lesson")
        }
    }
}

/// What kind of item the panel shows.
pub fn item_kind(item: explorer_core::selection::Item) -> &'static str {
    use explorer_core::selection::Item::*;
    match item {
        Event(_) => "Event",
        Relation(_) => "Relation",
        Claim(_) => "Claim",
        Comparison(_) => "Comparison",
        Note(_) => "Reading note",
        Actor(_) => "Actor",
        Period(_) => "Period",
        Pair(..) => "Ties between two actors",
    }
}

/// How precisely a date is known.
pub fn precision(p: Option<Precision>) -> &'static str {
    match p {
        Some(Precision::Year) => "known to the year",
        Some(Precision::Month) => "known to the month",
        Some(Precision::Day) => "known to the day",
        None => "date not given",
    }
}

/// "after: Treaty signed".
pub fn after(title: &str) -> String {
    format!("after: {title}")
}

/// A date or a span: "June 2024", "June 2024 – February 2025".
pub fn span(from: Option<Date>, to: Option<Date>) -> String {
    match (from, to) {
        (Some(a), Some(b)) if a != b => format!("{} – {}", a.label(), b.label()),
        (Some(a), _) => a.label(),
        (None, Some(b)) => format!("until {}", b.label()),
        (None, None) => String::new(),
    }
}

/// "from June 2024" for a tie with a start only.
pub fn since(d: Date) -> String {
    format!("from {}", d.label())
}

/// "asserted by Ben Sando (author)".
pub fn asserted_by(who: &str) -> String {
    format!("asserted by {who}")
}

/// The tooltip of a highlighted passage: "Supports 2 items: Claim: …".
pub fn supports(n: usize) -> String {
    format!("Supports {n} {}", if n == 1 { "item" } else { "items" })
}

/// The legend's kinds of passage.
pub const MARK_KINDS: [&str; 4] = ["Events", "Relations", "Claims", "Reading notes"];

// The timeline.
pub const TL_TOOLS: &str = "Timeline controls";
pub const ZOOM_IN: &str = "Zoom in";
pub const ZOOM_OUT: &str = "Zoom out";
pub const ZOOM_RESET: &str = "Reset view";
pub const LANES_BY: &str = "Lanes by ";
pub const LANE_GROUPS: [&str; 3] = ["event kind", "actor", "none"];
pub const TABLE: &str = "Table";
pub const CLEAR_DATES: &str = "Clear dates";
pub const TL_CHART: &str = "Events on a time axis";
pub const TL_OVERVIEW: &str =
    "The whole span, with the window shown above; drag across it to set the date range";
pub const TL_POINT: &str = "known to the day";
pub const TL_BAR: &str = "known to the month or year, or a span";
pub const CONTESTED: &str = "reported differently by the sources";
pub const UNDATED_BAND: &str = "Undated: in the order the texts give, at no date";
pub const TL_TABLE_CAPTION: &str = "The events in time order (sort by a column)";
pub const TL_COLUMNS: [&str; 4] = ["Date", "Event", "Kind", "Actors"];
pub const NO_ACTOR: &str = "No actor";
pub const NAME_REPORTED: &str = " (the date of a report)";
pub const NAME_CONTESTED: &str = " (the sources differ)";
pub const MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

// How to read the claims (the vocabulary of seeds/README.md, for a class).
pub const HOW_TO_READ: &str = "How to read this";
pub const HOW_TYPES: &str = "What kind of claim";
pub const HOW_CLAIM_TYPES: [(&str, &str); 6] = [
    (
        "Fact",
        "something the text states as having happened or being so, which could be checked",
    ),
    (
        "Statistic",
        "a number: troops, missiles, money, a share of people; look for who counted it",
    ),
    (
        "Prediction",
        "what the text expects to happen; it is not yet a fact",
    ),
    (
        "Assessment",
        "a judgement of what something means, causes or is worth",
    ),
    ("Opinion", "a view held or reported, not offered as fact"),
    ("Recommendation", "what someone should do"),
];
pub const HOW_BY: &str = "Who asserts it";
pub const HOW_ASSERTERS: [(&str, &str); 4] = [
    (
        "The author",
        "the article's writer, or the outlet when it is unsigned",
    ),
    (
        "A named person or body",
        "someone the text names: a minister, a ministry, an admiral",
    ),
    (
        "An unnamed source",
        "“analysts”, “reports”, “estimates”: ask who they are",
    ),
    (
        "An unattributed survey",
        "a poll or survey the text gives no source for",
    ),
];
pub const HOW_VERDICTS: &str = "Where sources compare";
pub const HOW_VERDICT_WORDS: [(&str, &str); 3] = [
    ("Agree", "the sources say the same thing, perhaps in other words or with more or less detail"),
    ("Differ", "they give different details, figures, names or emphases, but these could all be true at once"),
    ("Conflict", "they cannot all be right, or they recommend opposite courses"),
];
pub const HOW_CELLS: &str = "In the matrix";
pub const HOW_CELL_WORDS: [(&str, &str); 6] = [
    (
        "asserts",
        "this source states the point the others are compared with",
    ),
    ("agrees", "it says the same"),
    (
        "differs",
        "it gives other details or emphasis; both could be true",
    ),
    (
        "conflicts",
        "both cannot be right, or it recommends the opposite",
    ),
    ("contradicts itself", "its own passages are at odds"),
    ("silent", "it does not take up the point"),
];

// Downloads and embedding.
pub const DOWNLOAD: &str = "Download";
/// The header's menu: the downloads, the embed snippet and the colours.
pub const MENU: &str = "Menu";
pub const DOWNLOAD_HINT: &str = "What passes the filter, as a file:";
/// The exporter's formats (ids as in `crates/exporter`) and their names in the menu.
pub const FORMATS: [(&str, &str); 7] = [
    ("json", "Everything shown (JSON)"),
    ("events-csv", "Events (CSV)"),
    ("relations-csv", "Ties (CSV)"),
    ("claims-csv", "Claims (CSV)"),
    ("timelinejs", "Events for TimelineJS (JSON)"),
    ("annotations", "Quotes as Web Annotations (JSON-LD)"),
    ("graphml", "The network (GraphML)"),
];
pub const MAKING: &str = "Making the file…";
pub const SAVED: &str = "Saved ";
pub const NOT_SAVED: &str = "The file could not be made here.";
pub const EMBED: &str = "Embed";
pub const THEME: &str = "Colours";
/// The themes (ids as `data-theme` takes them; "" follows the system) and their names.
pub const THEMES: [(&str, &str); 3] = [("", "As the system"), ("light", "Light"), ("dark", "Dark")];
pub const EMBED_TITLE: &str = "Embed this view";
pub const EMBED_HELP: &str = "Paste this into a web page to show this view, with this filter, in a frame. The README shows the few lines that let the frame size itself.";
pub const EMBED_CODE: &str = "The code to paste";
pub const COPY: &str = "Copy";
pub const COPIED: &str = "Copied.";
pub const COPY_BY_HAND: &str = "The code is selected: press Ctrl+C (⌘C) to copy it.";
pub const PRINTED_FROM: &str = "Printed from ";
pub const OPEN_FULL: &str = "Open the full explorer ↗";

// The lessons.
pub const LESSONS: &str = "Lessons";
pub const LESSONS_INTRO: &str =
    "Guided tours through the sources, a step at a time, each with a question for the class.";
pub const QUESTION: &str = "Question: ";
pub const LESSON_TOOLS: &str = "Lesson steps";
pub const PREVIOUS: &str = "← Previous";
pub const NEXT: &str = "Next →";
pub const END_LESSON: &str = "End the lesson";

/// "9 steps".
pub fn steps(n: usize) -> String {
    format!("{n} {}", if n == 1 { "step" } else { "steps" })
}

/// "Step 3 of 9".
pub fn step_of(i: usize, n: usize) -> String {
    format!("Step {i} of {n}")
}

// The claim cards.
pub const CL_TOOLS: &str = "Claim controls";
pub const GROUP_BY: &str = "Group by ";
pub const ORDER: &str = "Order ";
/// The groupings, in the order of `ClaimGroup::ALL`.
pub const CL_GROUPS: [&str; 5] = ["nothing", "point compared", "actor", "source", "claim type"];
/// The orders, in the order of `ClaimSort::ALL`.
pub const CL_SORTS: [&str; 2] = ["as the sources run", "by the date it concerns"];
pub const CONTESTED_ONLY: &str = "Only contested points";
pub const CONTESTED_LABEL: &str = "only contested points";
pub const NOT_COMPARED: &str = "Not compared between sources";
pub const NOTE_FLAG: &str = "Reading note: ";
pub const CONCERNS: &str = "Concerns ";
pub const CL_TABLE_CAPTION: &str = "The claims, grouped and ordered as chosen above";
pub const CL_COLUMNS: [&str; 5] = ["Claim", "Type", "Asserted by", "Source", "Concerns"];

// The claim × source matrix.
pub const MATRIX_HEADING: &str = "Claim × source matrix";
pub const MATRIX_CAPTION: &str =
    "Where each source stands on each point the sources compare; a cell opens the comparison";
pub const MATRIX_POINT: &str = "Point";

/// A matrix cell's symbol (shown beside the word, hidden from screen readers) and word.
pub fn cell_words(cell: explorer_core::matrix::Cell) -> (&'static str, &'static str) {
    use explorer_core::matrix::Cell;
    match cell {
        Cell::Silent => ("—", "silent"),
        Cell::Asserts => ("●", "asserts"),
        Cell::Agrees => ("✓", "agrees"),
        Cell::Differs => ("≠", "differs"),
        Cell::Conflicts => ("✗", "conflicts"),
        Cell::SelfContradicts => ("⇄", "contradicts itself"),
    }
}

// The map.
pub const MAP_TOOLS: &str = "Map controls";
pub const MAP_GEO: &str = "Geography";
pub const MAP_NET: &str = "Network";
pub const MAP_CHART: &str = "Actors and their ties";
pub const ASOF: &str = "As of ";
pub const STEP_BACK: &str = "One step back";
pub const STEP_FORWARD: &str = "One step forward";
pub const PLAY: &str = "Play";
pub const PAUSE: &str = "Pause";
pub const ALL_DATES: &str = "All dates";
pub const MAP_LEGEND: &str = "Ties";
pub const MAP_ENDED: &str = "ended by the date: faded";
pub const MAP_UNDATED: &str = "undated ties: drawn from the latest date their article reports";
pub const MAP_ENDED_NAME: &str = " (ended by the date shown)";
/// The map's switch between one edge per pair of actors and one per relation.
pub const MAP_EVERY: &str = "Show every relation";

/// "Russia – North Korea: 25 relations: 8 Alliance, 5 Military cooperation" (a pair's
/// edge); `kinds` are the types' labels with their counts, the most first.
pub fn pair_name(a: &str, b: &str, n: usize, kinds: &[(&str, u16)], ended: bool) -> String {
    let mut s = [a, " – ", b, ": ", &count(n, Noun::Relation)].concat();
    for (i, (label, k)) in kinds.iter().enumerate() {
        s.push_str(if i == 0 { ": " } else { ", " });
        if n > 1 {
            s.push_str(&k.to_string());
            s.push(' ');
        }
        s.push_str(label);
    }
    if ended {
        s.push_str(MAP_ENDED_NAME);
    }
    s
}

/// A pair's panel: the heading "Russia – North Korea".
pub fn pair_title(a: &str, b: &str) -> String {
    [a, " – ", b].concat()
}

/// A pair's panel when the filter hides some of its ties.
pub fn pair_hidden(n: usize) -> String {
    [
        &count(n, Noun::Relation),
        " more between them do not pass the filter",
    ]
    .concat()
}
pub const MAP_WITH: &str = ", with ";
pub const MAP_OUTSIDE: &str = ", beyond the map's edge (the arrow points to it)";
pub const MAP_FAILED: &str =
    "The country outlines could not be loaded; the actors and their ties are drawn without them.";
pub const MAP_TABLE_CAPTION: &str = "The ties shown (sort by a column)";
pub const MAP_COLUMNS: [&str; 7] = ["From", "Type", "To", "Status", "Since", "Until", "Sources"];

/// "June 2024: 23 ties in force, 4 ended".
pub fn asof_line(date: &str, in_force: usize, ended: usize) -> String {
    format!("{date}: {in_force} in force, {ended} ended")
}

/// What the axis is counted in, for the announcement after a zoom.
pub fn unit_name(u: explorer_core::ticks::Unit) -> &'static str {
    use explorer_core::ticks::Unit;
    match u {
        Unit::Years(n) if n >= 10 => "by decade",
        Unit::Years(1) => "by year",
        Unit::Years(_) => "by years",
        Unit::Quarter => "by quarter",
        Unit::Month => "by month",
        Unit::Days(1) => "by day",
        Unit::Days(_) => "by days",
    }
}

// ---- Opening a corpus of one's own (`?open`, the `open` build) ----------------------

/// The Sources page's link to the `open` build.
pub const OPEN_LINK: &str = "Open your own corpus…";
pub const OPEN_LINK_NOTE: &str =
    " Your articles and annotations, checked and explored here, in this browser.";
#[cfg(feature = "open")]
pub const OPEN_TITLE: &str = "Open your own corpus";
#[cfg(feature = "open")]
pub const OPEN_INTRO: &str = "Choose the folder that holds your articles (.txt) and annotations (.toml), in the format of the explorer's own seeds, or choose or drop the files, or one corpus.json that an explorer wrote. They are checked as strictly as a build checks them, and stay in this browser: nothing is uploaded.";
#[cfg(feature = "open")]
pub const OPEN_FOLDER: &str = "Choose a folder";
#[cfg(feature = "open")]
pub const OPEN_FILES: &str = "Choose files";
#[cfg(feature = "open")]
pub const OPEN_DROP: &str = "…or drop the files here";
#[cfg(feature = "open")]
pub const OPEN_BACK: &str = "Back to the explorer";
#[cfg(feature = "open")]
pub const OPEN_CHECKING: &str = "Checking the files…";
#[cfg(feature = "open")]
pub const OPEN_NONE: &str =
    "No article (.txt), annotation (.toml) or corpus.json file was among them.";
#[cfg(feature = "open")]
pub const OPEN_ONE_JSON: &str =
    "Choose one corpus.json at a time (or the articles and annotations, without it).";
/// Opens a corpus.json without what it points to and does not hold.
#[cfg(feature = "open")]
pub const OPEN_WITHOUT: &str = "Open it without them";
#[cfg(feature = "open")]
pub const OPEN_COPY: &str = "Copy";
#[cfg(feature = "open")]
pub const OPEN_COPY_ALL: &str = "Copy every problem";
#[cfg(feature = "open")]
pub const OPEN_COPIED: &str = "Copied.";
#[cfg(feature = "open")]
pub const OPEN_NOT_COPIED: &str = "Could not copy: select the text and copy it by hand.";
#[cfg(feature = "open")]
pub const OPEN_NOT_KEPT: &str =
    "This browser does not let the explorer keep the files: the corpus is open for this visit only.";
#[cfg(feature = "open")]
pub const OPEN_KEPT_NOTE: &str = "Opened in this browser, not uploaded.";
#[cfg(feature = "open")]
pub const OPEN_CLOSE: &str = "Close this corpus";
/// Saves the corpus shown as one HTML file that opens it from disk.
#[cfg(feature = "open")]
pub const OPEN_SAVE: &str = "Save as one file";
#[cfg(feature = "open")]
pub const OPEN_SAVE_HINT: &str =
    "One HTML file that opens this corpus from disk, with no network: to hand to a class.";
#[cfg(feature = "open")]
pub const OPEN_SAVING: &str = "Making the file…";
/// Followed by the file's name.
#[cfg(feature = "open")]
pub const OPEN_SAVED: &str = "Saved as ";
/// Followed by why.
#[cfg(feature = "open")]
pub const OPEN_SAVE_FAILED: &str = "Could not make the file: ";
/// The map's outlines could not be read (a broken build).
#[cfg(feature = "open")]
pub const OPEN_NO_OUTLINES: &str = "the map's outlines of this build cannot be read";

/// "The corpus has 3 problems and was not opened. Mend them and choose the files again."
#[cfg(feature = "open")]
pub fn open_problems(n: usize, files: usize) -> String {
    let p = if n == 1 { "problem" } else { "problems" };
    let f = if files == 1 { "file" } else { "files" };
    format!("{files} {f} checked: the corpus has {n} {p} and was not opened. Mend them and choose the files again.")
}

/// "This file is an excerpt: 3 parts of it point to what it does not hold, and would be
/// left out."
#[cfg(feature = "open")]
pub fn open_left_out(n: usize) -> String {
    let p = if n == 1 {
        "part of it points"
    } else {
        "parts of it point"
    };
    format!("This file is an excerpt: {n} {p} to what it does not hold, and would be left out.")
}

/// "Opening 12 files…"
#[cfg(feature = "open")]
pub fn open_reading(files: usize) -> String {
    let f = if files == 1 { "file" } else { "files" };
    format!("Reading {files} {f}…")
}

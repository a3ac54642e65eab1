//! The interface's words in English.

use super::{num, Noun, Words};
use explorer_core::date::Precision;
use explorer_core::filter::Group;
use explorer_core::matrix::Cell;
use explorer_core::selection::Item;
use explorer_core::ticks::{TickLabel, Unit};
use explorer_core::url::{Notice, Param};
use explorer_core::{Facet, Filter, Kind, View};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

pub static EN: Words = Words {
    skip: "Skip to content",
    views: "Views",
    search: "Search",
    search_hint: "Actor, place, word…",
    filtered_by: "Filtered by:",
    clear_all: "Clear all",
    clear: "Clear",
    filters: "Filters",
    close: "Close",
    dismiss: "Dismiss",
    notice_head: "Parts of this link could not be used, so the explorer shows the rest:",
    find_actor: "Find an actor",
    show_fewer: "Show fewer",
    date_hint: "YYYY, YYYY-MM or YYYY-MM-DD",
    not_a_date: "Not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
    show_in_article: "Show in the article",
    shares_quotes: "Shares quotes with",
    aliases: "Also written",
    about: "About: ",
    all_sources: "← All sources",
    no_headline: "The text prints no headline; this title describes it.",
    legend: "Highlighted passages",
    debris: "page debris",
    reported: "date of report",
    undated: "undated",
    comparisons: "Where sources compare",
    map_heading: "Alliance map",
    active_filters: "Active filters",
    show_more_rows: "Show more",
    by: "By ",
    actor_groups: [
    "States",
    "Organisations and alliances",
    "People",
    "Places",
    "Others",
],
    from: "From",
    to: "To",
    mark_kinds: ["Events", "Relations", "Claims", "Reading notes"],
    unsigned: "the unsigned article",
    unnamed: "an unnamed source",
    survey: "an unattributed survey",
    open_paren: " (",
    close_paren: ")",
    language: "Language",
    language_note: "The articles, quotes, claims and summaries are shown in the language they were written or annotated in.",
    tl_tools: "Timeline controls",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_reset: "Reset view",
    lanes_by: "Lanes by ",
    lane_groups: ["event kind", "actor", "none"],
    table: "Table",
    clear_dates: "Clear dates",
    tl_chart: "Events on a time axis",
    tl_overview: "The whole span, with the window shown above; drag across it to set the date range",
    tl_point: "known to the day",
    tl_bar: "known to the month or year, or a span",
    contested: "reported differently by the sources",
    undated_band: "Undated: in the order the texts give, at no date",
    tl_table_caption: "The events in time order (sort by a column)",
    tl_columns: ["Date", "Event", "Kind", "Actors"],
    no_actor: "No actor",
    name_reported: " (the date of a report)",
    name_contested: " (the sources differ)",
    how_to_read: "How to read this",
    how_types: "What kind of claim",
    how_claim_types: [
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
],
    how_by: "Who asserts it",
    how_asserters: [
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
],
    how_verdicts: "Where sources compare",
    how_verdict_words: [
    ("Agree", "the sources say the same thing, perhaps in other words or with more or less detail"),
    ("Differ", "they give different details, figures, names or emphases, but these could all be true at once"),
    ("Conflict", "they cannot all be right, or they recommend opposite courses"),
],
    how_cells: "In the matrix",
    how_cell_words: [
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
],
    download: "Download",
    menu: "Menu",
    download_hint: "What passes the filter, as a file:",
    formats: ["Everything shown (JSON)", "Events (CSV)", "Ties (CSV)", "Claims (CSV)", "Events for TimelineJS (JSON)", "Quotes as Web Annotations (JSON-LD)", "The network (GraphML)"],
    making: "Making the file…",
    saved: "Saved ",
    not_saved: "The file could not be made here.",
    embed: "Embed",
    theme: "Colours",
    themes: ["As the system", "Light", "Dark"],
    embed_title: "Embed this view",
    embed_help: "Paste this into a web page to show this view, with this filter, in a frame. The README shows the few lines that let the frame size itself.",
    embed_code: "The code to paste",
    embed_theme: "Frame colours",
    update_ready: "A newer version of the explorer is ready. Your view is kept when you reload.",
    update_reload: "Reload to update",
    embed_themes: ["As the visitor chose", "Light", "Dark"],
    copy: "Copy",
    copied: "Copied.",
    copy_by_hand: "The code is selected: press Ctrl+C (⌘C) to copy it.",
    printed_from: "Printed from ",
    open_full: "Open the full explorer ↗",
    lessons: "Lessons",
    lessons_intro: "Guided tours through the sources, a step at a time, each with a question for the class.",
    question: "Question: ",
    lesson_tools: "Lesson steps",
    previous: "← Previous",
    next: "Next →",
    end_lesson: "End the lesson",
    cl_tools: "Claim controls",
    group_by: "Group by ",
    order: "Order ",
    cl_groups: ["nothing", "point compared", "actor", "source", "claim type"],
    cl_sorts: ["as the sources run", "by the date it concerns"],
    contested_only: "Only contested points",
    contested_label: "only contested points",
    not_compared: "Not compared between sources",
    note_flag: "Reading note: ",
    concerns: "Concerns ",
    cl_table_caption: "The claims, grouped and ordered as chosen above",
    cl_columns: ["Claim", "Type", "Asserted by", "Source", "Concerns"],
    matrix_heading: "Claim × source matrix",
    matrix_caption: "Where each source stands on each point the sources compare; a cell opens the comparison",
    matrix_point: "Point",
    map_tools: "Map controls",
    map_geo: "Geography",
    map_net: "Network",
    map_chart: "Actors and their ties",
    asof: "As of ",
    step_back: "One step back",
    step_forward: "One step forward",
    play: "Play",
    pause: "Pause",
    all_dates: "All dates",
    map_legend: "Ties",
    map_ended: "ended by the date: faded",
    map_undated: "undated ties: drawn from the latest date their article reports",
    map_ended_name: " (ended by the date shown)",
    map_every: "Show every relation",
    map_with: ", with ",
    map_outside: ", beyond the map's edge (the arrow points to it)",
    map_failed: "The country outlines could not be loaded; the actors and their ties are drawn without them.",
    map_table_caption: "The ties shown (sort by a column)",
    map_columns: ["From", "Type", "To", "Status", "Since", "Until", "Sources"],
    panic_title: "Something went wrong",
    panic_text: "The explorer hit an unexpected error and stopped. Reloading starts it again with what you were looking at; starting afresh drops this link's settings.",
    panic_reload: "Reload the explorer",
    panic_afresh: "Start afresh",
    open_link: "Open your own corpus…",
    open_link_note: " Your articles and annotations, checked and explored here, in this browser.",
    #[cfg(feature = "open")]
    open: &OPEN,
    count,
    showing,
    none_in_corpus: |noun| format!("No {} in this corpus", plural(noun)),
    none_on_article: |noun| format!("No {} on this article", plural(noun)),
    no_match_remove: |noun, facet, n| {
        format!("No {} match: remove “{facet}” (would show {})", plural(noun), num(n as usize))
    },
    no_match: |noun| format!("No {} match these filters.", plural(noun)),
    show_all: |n, noun| format!("Show all {}", count(n, noun)),
    show_more: |rest, page| format!("Show {} more ({} not shown yet)", num(rest.min(page)), num(rest)),
    view_name,
    group_title,
    facet_label,
    remove_filter: |label| format!("Remove filter {label}"),
    notice,
    item_kind,
    precision,
    after: |title| format!("after: {title}"),
    span,
    asserted_by: |who| format!("asserted by {who}"),
    supports: |n| format!("Supports {n} {}", if one(n) { "item" } else { "items" }),
    steps: |n| format!("{n} {}", if one(n) { "step" } else { "steps" }),
    step_of: |i, n| format!("Step {i} of {n}"),
    cell_word,
    pair_name,
    pair_hidden: |n| [&count(n, Noun::Relation), " more between them do not pass the filter"].concat(),
    asof_line: |date, in_force, ended| format!("{date}: {in_force} in force, {ended} ended"),
    unit_name,
    tick,
};

#[cfg(feature = "open")]
static OPEN: super::Open = super::Open {
    title: "Open your own corpus",
    intro: "Choose the folder that holds your articles (.txt) and annotations (.toml), in the format of the explorer's own seeds, or choose or drop the files, or one corpus.json that an explorer wrote. They are checked as strictly as a build checks them, and stay in this browser: nothing is uploaded.",
    folder: "Choose a folder",
    files: "Choose files",
    drop: "…or drop the files here",
    back: "Back to the explorer",
    checking: "Checking the files…",
    none: "No article (.txt), annotation (.toml) or corpus.json file was among them.",
    one_json: "Choose one corpus.json at a time (or the articles and annotations, without it).",
    without: "Open it without them",
    copy: "Copy",
    copy_all: "Copy every problem",
    copied: "Copied.",
    not_copied: "Could not copy: select the text and copy it by hand.",
    not_kept: "This browser does not let the explorer keep the files: the corpus is open for this visit only.",
    kept_note: "Opened in this browser, not uploaded.",
    close: "Close this corpus",
    save: "Save as one file",
    save_hint: "One HTML file that opens this corpus from disk, with no network: to hand to a class.",
    saving: "Making the file…",
    saved: "Saved as ",
    save_failed: "Could not make the file: ",
    no_outlines: "the map's outlines of this build cannot be read",
    problems: |n, files| {
        let p = if one(n) { "problem" } else { "problems" };
        let f = if one(files) { "file" } else { "files" };
        format!("{files} {f} checked: the corpus has {n} {p} and was not opened. Mend them and choose the files again.")
    },
    left_out: |n| {
        let p = if one(n) { "part of it points" } else { "parts of it point" };
        format!("This file is an excerpt: {n} {p} to what it does not hold, and would be left out.")
    },
    reading: |files| format!("Reading {files} {}…", if one(files) { "file" } else { "files" }),
};

/// Whether `n` takes the singular: CLDR's plural rules for English (intl_pluralrules).
fn one(n: usize) -> bool {
    thread_local! {
        static RULES: Option<PluralRules> =
            PluralRules::create(unic_langid::langid!("en"), PluralRuleType::CARDINAL).ok();
    }
    RULES.with(|r| match r {
        Some(r) => matches!(r.select(n), Ok(PluralCategory::ONE)),
        None => n == 1,
    })
}

/// A noun's singular and plural.
fn forms(noun: Noun) -> (&'static str, &'static str) {
    match noun {
        Noun::Event => ("event", "events"),
        Noun::Relation => ("relation", "relations"),
        Noun::Claim => ("claim", "claims"),
        Noun::Comparison => ("comparison", "comparisons"),
        Noun::Source => ("source", "sources"),
        Noun::Note => ("reading note", "reading notes"),
        Noun::Actor => ("actor", "actors"),
    }
}

fn plural(noun: Noun) -> &'static str {
    forms(noun).1
}

fn count(n: usize, noun: Noun) -> String {
    let (a, b) = forms(noun);
    format!("{} {}", num(n), if one(n) { a } else { b })
}

/// "Showing 3 of 215 claims" (the total decides the noun's number).
fn showing(shown: usize, total: usize, noun: Noun) -> String {
    let (a, b) = forms(noun);
    let noun = if one(total) { a } else { b };
    format!("Showing {} of {} {noun}", num(shown), num(total))
}

fn view_name(v: View) -> &'static str {
    v.label()
}

fn group_title(g: Group) -> &'static str {
    use Group::*;
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

/// "actor: Japan", "from June 2024"; `name` is the actor's or source's name or the date
/// in words.
fn facet_label(facet: Facet, f: &Filter, name: &str) -> String {
    match facet {
        Facet::Text => format!("text “{}”", f.q),
        Facet::Actor(_) => format!("actor: {name}"),
        Facet::From => format!("from {name}"),
        Facet::To => format!("to {name}"),
        Facet::Source(_) => format!("source: {name}"),
        Facet::Kind(Kind::Event(k)) => format!("events: {}", k.label()),
        Facet::Kind(Kind::Relation(k)) => format!("relations: {}", k.label()),
        Facet::Kind(Kind::Claim(k)) => format!("claims: {}", k.label()),
        Facet::Status(s) => format!("status: {}", s.label()),
        Facet::By(b) => format!("asserted by: {}", b.label()),
        Facet::Contested => EN.contested_label.to_string(),
    }
}

fn notice(n: &Notice) -> String {
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
        Notice::BadLang(s) => {
            format!(
                "lang=“{s}” is no language of this explorer (en, ja); showing it in the usual one"
            )
        }
        Notice::BadTheme(s) => {
            format!("theme=“{s}” is neither light nor dark; showing the usual colours")
        }
    }
}

fn item_kind(item: Item) -> &'static str {
    use Item::*;
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

fn precision(p: Option<Precision>) -> &'static str {
    match p {
        Some(Precision::Year) => "known to the year",
        Some(Precision::Month) => "known to the month",
        Some(Precision::Day) => "known to the day",
        None => "date not given",
    }
}

fn span(from: Option<&str>, to: Option<&str>) -> String {
    match (from, to) {
        (Some(a), Some(b)) => [a, " – ", b].concat(),
        (Some(a), None) => ["from ", a].concat(),
        (None, Some(b)) => ["until ", b].concat(),
        (None, None) => String::new(),
    }
}

fn cell_word(cell: Cell) -> &'static str {
    match cell {
        Cell::Silent => "silent",
        Cell::Asserts => "asserts",
        Cell::Agrees => "agrees",
        Cell::Differs => "differs",
        Cell::Conflicts => "conflicts",
        Cell::SelfContradicts => "contradicts itself",
    }
}

/// "Russia – North Korea: 25 relations: 8 Alliance, 5 Military cooperation"; `kinds` are
/// the types' labels with their counts, the most first.
fn pair_name(a: &str, b: &str, n: usize, kinds: &[(&str, u16)], ended: bool) -> String {
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
        s.push_str(EN.map_ended_name);
    }
    s
}

fn unit_name(u: Unit) -> &'static str {
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

const MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "2024", "Q3 2024", "Jun 2024" or "Jun", "19 Jun 2024" or "19 Jun".
fn tick(l: &TickLabel, with_year: bool) -> String {
    let month = |m: u8| MONTHS_SHORT[usize::from(m.max(1)) - 1];
    match *l {
        TickLabel::Year { year } => year.to_string(),
        TickLabel::Quarter { year, quarter } => {
            ["Q", &quarter.to_string(), " ", &year.to_string()].concat()
        }
        TickLabel::Month { year, month: m } if with_year || m == 1 => {
            [month(m), " ", &year.to_string()].concat()
        }
        TickLabel::Month { month: m, .. } => month(m).to_string(),
        TickLabel::Day {
            year,
            day,
            month: m,
        } if with_year || (m == 1 && day == 1) => {
            [&day.to_string(), " ", month(m), " ", &year.to_string()].concat()
        }
        TickLabel::Day { day, month: m, .. } => [&day.to_string(), " ", month(m)].concat(),
    }
}

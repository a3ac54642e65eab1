//! The whole view state in the URL hash: `#/<route>?q=…&actor=…&from=…&…`.
//!
//! [`UrlState::to_hash`] leaves out every default and writes the parameters in this
//! order, which stays stable so that links compare and read alike: `q`, `actor`,
//! `from`, `to`, `source`, `kind`, `status`, `by`, `contested`, `sel`, `hl`, `tw`,
//! `asof`, `layout`, `every`, `group`, `sort`, `lesson`, `step`, `lang`, `theme`, `embed`.
//! Reading accepts them in any order.
//!
//! Parsing never fails: whatever cannot be understood is dropped and reported as a
//! [`Notice`], and the rest of the state still applies.

use crate::claims::{ClaimGroup, ClaimSort};
use crate::date::Date;
use crate::filter::{Facet, Filter, Kind};
use crate::lang::Lang;
use crate::model::*;
use crate::selection::{parse_number, Item, Passage};
use crate::theme::Theme;

/// Which view is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Route {
    #[default]
    Timeline,
    Map,
    Claims,
    Sources,
    /// One document's full text.
    Source(DocId),
    /// The guided lessons.
    Lessons,
}

impl Route {
    /// The route of one of the four views.
    pub fn of(view: View) -> Route {
        match view {
            View::Timeline => Route::Timeline,
            View::Map => Route::Map,
            View::Claims => Route::Claims,
            View::Sources => Route::Sources,
        }
    }

    /// The path part of the hash.
    pub fn path(self, c: &Corpus) -> String {
        match self {
            Route::Timeline => "/timeline".into(),
            Route::Map => "/map".into(),
            Route::Claims => "/claims".into(),
            Route::Sources => "/sources".into(),
            Route::Lessons => "/lessons".into(),
            Route::Source(d) => format!("/sources/{}", c.document(d).id),
        }
    }
}

/// Which layout the map draws its actors in (`layout=geo` or `layout=network`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MapView {
    /// On the geographic map; the default, left out of links.
    #[default]
    Geo,
    /// As a network of actors and ties.
    Network,
}

impl MapView {
    /// Both layouts, the default first.
    pub const ALL: [MapView; 2] = [MapView::Geo, MapView::Network];

    /// The value of `layout` in a link.
    pub fn id(self) -> &'static str {
        match self {
            MapView::Geo => "geo",
            MapView::Network => "network",
        }
    }

    /// The layout a `layout` value names.
    pub fn from_id(id: &str) -> Option<MapView> {
        MapView::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// Everything a link reproduces.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub route: Route,
    pub filter: Filter,
    /// The item the detail panel shows.
    pub sel: Option<Item>,
    /// The passage the Sources reader scrolls to and marks (only with a source route).
    pub hl: Option<Passage>,
    /// The timeline's window: its first and last date.
    pub tw: Option<(Date, Date)>,
    /// The map's "as of" date.
    pub asof: Option<Date>,
    /// The map's layout.
    pub layout: MapView,
    /// The map draws every relation one by one (`every=1`), not one edge per pair.
    pub every: bool,
    /// What the claim cards are grouped by.
    pub group: ClaimGroup,
    /// The order of the claim cards.
    pub sort: ClaimSort,
    /// The lesson being followed and its step, counted from 1 (`lesson=…&step=…`).
    pub lesson: Option<(LessonId, u16)>,
    /// The interface language a link asks for; None: the reader's own choice or their
    /// browser's.
    pub lang: Option<Lang>,
    /// The colours a link asks for; None: the reader's own choice or their system's.
    pub theme: Option<Theme>,
    /// Shown without the surrounding chrome, for an iframe.
    pub embed: bool,
}

/// A list parameter whose values name things in the corpus or a vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    Actor,
    Source,
    Kind,
    Status,
    By,
}

/// Something in a URL that was not understood and was dropped; the interface says it
/// in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A part that is not valid percent-encoded UTF-8.
    BadText(String),
    /// A parameter given twice (the last one is used).
    Repeated(String),
    /// A value of a list parameter that names nothing.
    Unknown(Param, String),
    /// A date parameter (its name, its value) that is not a date.
    BadDate(String, String),
    /// `embed`, `contested` or `every` neither 1 nor 0.
    BadFlag(String, String),
    /// `group` or `sort` (its name, its value) naming no choice.
    BadChoice(String, String),
    /// A parameter the explorer does not know.
    UnknownSetting(String),
    /// A date range that ends before it starts (both dropped).
    Backwards(Date, Date),
    /// A source route naming no document.
    NoSource(String),
    /// A route that is no view.
    NoPage(String),
    /// `sel` naming nothing.
    NoItem(String),
    /// `hl` that is no passage of the article shown (or given without one).
    BadPassage(String),
    /// `tw` that is no window of two dates, the first not after the second.
    BadWindow(String),
    /// `layout` that is neither `geo` nor `network`.
    BadLayout(String),
    /// `lesson` naming no lesson (its step is dropped with it).
    NoLesson(String),
    /// `step` that is no step of the lesson (or given without one); the lesson is
    /// dropped with it.
    BadStep(String),
    /// `lang` naming no language of the interface.
    BadLang(String),
    /// `theme` neither `light` nor `dark`.
    BadTheme(String),
}

/// Whether a byte is written as `%XX` in a query value: controls, non-ASCII (as UTF-8
/// bytes), and what would split the query or the hash.
fn escaped(b: u8) -> bool {
    !(0x21..0x7f).contains(&b) || b"\"#%&+,<=>?`{}".contains(&b)
}

fn encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if escaped(b) {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        } else {
            out.push(char::from(b));
        }
    }
    out
}

/// `%XX` and `+` (a space) undone; `None` when the bytes are not UTF-8. A `%` not
/// followed by two hex digits stays as it is, as browsers leave it.
fn unescape(s: &str) -> Option<String> {
    let hex = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    };
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let pair = bytes
            .get(i + 1)
            .and_then(|&x| hex(x))
            .zip(bytes.get(i + 2).and_then(|&y| hex(y)));
        match (b, pair) {
            (b'%', Some((hi, lo))) => {
                out.push(hi << 4 | lo);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The values a hash's query gives `key`, decoded, in order (those that do not decode
/// left out): what the page reads before it has its state (the language and colours
/// of its first paint), read as `UrlState` reads them, where the last good value wins.
pub fn values_of(hash: &str, key: &str) -> Vec<String> {
    let query = hash.split_once('?').map_or("", |(_, q)| q);
    query
        .split('&')
        .filter_map(|pair| {
            let (k, raw) = pair.split_once('=').unwrap_or((pair, ""));
            (unescape(k)? == key).then(|| unescape(raw)).flatten()
        })
        .collect()
}

fn decode(s: &str, notices: &mut Vec<Notice>) -> Option<String> {
    let v = unescape(s);
    if v.is_none() {
        notices.push(Notice::BadText(s.to_string()));
    }
    v
}

impl UrlState {
    /// The hash for this state, starting with `#`. Defaults are left out.
    pub fn to_hash(&self, c: &Corpus) -> String {
        let f = &self.filter;
        let mut params: Vec<String> = Vec::new();
        let mut param = |key: &str, values: &mut dyn Iterator<Item = String>| {
            let v: Vec<String> = values.map(|s| encode(&s)).collect();
            if !v.is_empty() {
                params.push([key, "=", &v.join(",")].concat());
            }
        };
        param("q", &mut (!f.q.is_empty()).then(|| f.q.clone()).into_iter());
        param(
            "actor",
            &mut f.actors.iter().map(|&a| c.entity(a).id.to_string()),
        );
        param("from", &mut f.from.map(|d| d.to_string()).into_iter());
        param("to", &mut f.to.map(|d| d.to_string()).into_iter());
        param(
            "source",
            &mut f.sources.iter().map(|&d| c.document(d).id.to_string()),
        );
        param("kind", &mut f.kinds.iter().map(|k| k.id()));
        param("status", &mut f.statuses.iter().map(|s| s.id().to_string()));
        param("by", &mut f.by.iter().map(|b| b.id().to_string()));
        param(
            "contested",
            &mut f.contested.then(|| "1".to_string()).into_iter(),
        );
        param("sel", &mut self.sel.map(|i| i.to_param(c)).into_iter());
        param("hl", &mut self.hl.map(|p| p.to_param()).into_iter());
        param(
            "tw",
            &mut self
                .tw
                .map(|(a, b)| [a.to_string(), "..".into(), b.to_string()].concat())
                .into_iter(),
        );
        param("asof", &mut self.asof.map(|d| d.to_string()).into_iter());
        param(
            "layout",
            &mut (self.layout != MapView::default())
                .then(|| self.layout.id().to_string())
                .into_iter(),
        );
        param(
            "every",
            &mut self.every.then(|| "1".to_string()).into_iter(),
        );
        param(
            "group",
            &mut (self.group != ClaimGroup::default())
                .then(|| self.group.id().to_string())
                .into_iter(),
        );
        param(
            "sort",
            &mut (self.sort != ClaimSort::default())
                .then(|| self.sort.id().to_string())
                .into_iter(),
        );
        if let Some((l, n)) = self.lesson {
            param("lesson", &mut std::iter::once(c.lesson(l).id.to_string()));
            param("step", &mut std::iter::once(n.to_string()));
        }
        param(
            "lang",
            &mut self.lang.map(|l| l.id().to_string()).into_iter(),
        );
        param(
            "theme",
            &mut self.theme.map(|t| t.id().to_string()).into_iter(),
        );
        param(
            "embed",
            &mut self.embed.then(|| "1".to_string()).into_iter(),
        );
        let mut hash = ["#", &self.route.path(c)].concat();
        if !params.is_empty() {
            hash.push('?');
            hash.push_str(&params.join("&"));
        }
        hash
    }

    /// Reads a hash (with or without the leading `#`). Never fails: what is not
    /// understood is dropped with a notice.
    pub fn from_hash(hash: &str, c: &Corpus) -> (UrlState, Vec<Notice>) {
        let mut notices = Vec::new();
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let mut state = UrlState {
            route: parse_route(path, c, &mut notices),
            ..Default::default()
        };
        let mut seen: Vec<String> = Vec::new();
        let mut hl: Option<String> = None;
        let (mut lesson, mut step): (Option<String>, Option<String>) = (None, None);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(key) = decode(key, &mut notices) else {
                continue;
            };
            if seen.contains(&key) {
                notices.push(Notice::Repeated(key.clone()));
            }
            seen.push(key.clone());
            let Some(value) = decode(raw, &mut notices) else {
                continue;
            };
            let f = &mut state.filter;
            match key.as_str() {
                "q" => f.q = value.trim().to_string(),
                "actor" => list(f, &value, Param::Actor, c, &mut notices),
                "source" => list(f, &value, Param::Source, c, &mut notices),
                "kind" => list(f, &value, Param::Kind, c, &mut notices),
                "status" => list(f, &value, Param::Status, c, &mut notices),
                "by" => list(f, &value, Param::By, c, &mut notices),
                "from" => f.from = date(&value, "from", &mut notices),
                "to" => f.to = date(&value, "to", &mut notices),
                "asof" => state.asof = date(&value, "asof", &mut notices),
                "sel" => match Item::from_param(value.trim(), c) {
                    Some(item) => state.sel = Some(item),
                    None => notices.push(Notice::NoItem(value)),
                },
                "hl" => hl = Some(value),
                "lesson" => lesson = Some(value),
                "step" => step = Some(value),
                "tw" => match window(value.trim()) {
                    Some(w) => state.tw = Some(w),
                    None => notices.push(Notice::BadWindow(value)),
                },
                "lang" => match Lang::from_id(&value) {
                    Some(l) => state.lang = Some(l),
                    None => notices.push(Notice::BadLang(value)),
                },
                "theme" => match Theme::from_id(&value) {
                    Some(t) => state.theme = Some(t),
                    None => notices.push(Notice::BadTheme(value)),
                },
                "layout" => match MapView::from_id(value.trim()) {
                    Some(v) => state.layout = v,
                    None => notices.push(Notice::BadLayout(value)),
                },
                "group" => match ClaimGroup::from_id(value.trim()) {
                    Some(g) => state.group = g,
                    None => notices.push(Notice::BadChoice(key, value)),
                },
                "sort" => match ClaimSort::from_id(value.trim()) {
                    Some(o) => state.sort = o,
                    None => notices.push(Notice::BadChoice(key, value)),
                },
                "embed" | "contested" | "every" => {
                    let on = match value.as_str() {
                        "" | "1" | "true" => true,
                        "0" | "false" => false,
                        _ => {
                            notices.push(Notice::BadFlag(key, value));
                            continue;
                        }
                    };
                    match key.as_str() {
                        "embed" => state.embed = on,
                        "every" => state.every = on,
                        _ => f.contested = on,
                    }
                }
                _ => notices.push(Notice::UnknownSetting(key)),
            }
        }
        if let Some(value) = hl {
            // A passage is only meaningful inside the article it is in.
            let fits = |p: Passage| match state.route {
                Route::Source(d) => p.bytes_in(c.document(d).text).is_some(),
                _ => false,
            };
            match Passage::from_param(value.trim()).filter(|&p| fits(p)) {
                Some(p) => state.hl = Some(p),
                None => notices.push(Notice::BadPassage(value)),
            }
        }
        // A step is only meaningful in its lesson; a lesson without a step opens at 1.
        match (lesson, step) {
            (None, None) => {}
            (None, Some(n)) => notices.push(Notice::BadStep(n)),
            (Some(id), n) => match c.lesson_by_id(id.trim()) {
                None => notices.push(Notice::NoLesson(id)),
                Some(l) => {
                    let count = c.steps(l).len();
                    let at = n
                        .as_deref()
                        .map_or(Some(1), |n| parse_number::<u16>(n.trim()));
                    match at.filter(|&k| k >= 1 && usize::from(k) <= count) {
                        Some(k) => state.lesson = Some((l, k)),
                        None => notices.push(Notice::BadStep(n.unwrap_or_default())),
                    }
                }
            },
        }
        if let (Some(a), Some(b)) = (state.filter.from, state.filter.to) {
            if b.last_day() < a.first_day() {
                notices.push(Notice::Backwards(a, b));
                state.filter.from = None;
                state.filter.to = None;
            }
        }
        state.filter = state.filter.normalize();
        (state, notices)
    }
}

fn parse_route(path: &str, c: &Corpus, notices: &mut Vec<Notice>) -> Route {
    let path = path.trim_matches('/');
    match path.split('/').collect::<Vec<_>>().as_slice() {
        [""] => Route::of(c.meta().default_view),
        ["timeline"] => Route::Timeline,
        ["map"] => Route::Map,
        ["claims"] => Route::Claims,
        ["sources"] => Route::Sources,
        ["lessons"] => Route::Lessons,
        ["sources", id] => {
            let id = unescape(id).unwrap_or_default();
            match c.document_by_id(&id) {
                Some(d) => Route::Source(d),
                None => {
                    notices.push(Notice::NoSource(id));
                    Route::Sources
                }
            }
        }
        _ => {
            notices.push(Notice::NoPage(path.to_string()));
            Route::of(c.meta().default_view)
        }
    }
}

/// A list parameter's values into the filter (replacing what an earlier one gave), each
/// value that names nothing dropped with a notice.
fn list(f: &mut Filter, value: &str, what: Param, c: &Corpus, notices: &mut Vec<Notice>) {
    match what {
        Param::Actor => f.actors.clear(),
        Param::Source => f.sources.clear(),
        Param::Kind => f.kinds.clear(),
        Param::Status => f.statuses.clear(),
        Param::By => f.by.clear(),
    }
    for s in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let facet = match what {
            Param::Actor => c.entity_by_id(s).map(Facet::Actor),
            Param::Source => c.document_by_id(s).map(Facet::Source),
            Param::Kind => Kind::from_id(s).map(Facet::Kind),
            Param::Status => RelationStatus::from_id(s).map(Facet::Status),
            Param::By => AsserterKind::from_id(s).map(Facet::By),
        };
        match facet {
            Some(facet) if !f.has(facet) => f.toggle(facet),
            Some(_) => {}
            None => notices.push(Notice::Unknown(what, s.to_string())),
        }
    }
}

/// The state a lesson's step shows: the step's own view with `lesson` and `step` set, so
/// that Next and Previous are one call each. `step` counts from 1 and is clamped to the
/// lesson's steps; a lesson without steps (which the compiler refuses) shows the
/// default view.
pub fn step_state(c: &Corpus, lesson: LessonId, step: u16) -> UrlState {
    let count = c.steps(lesson).len().min(usize::from(u16::MAX)) as u16;
    let n = step.clamp(1, count.max(1));
    match c.steps(lesson).nth(usize::from(n) - 1) {
        Some(st) => UrlState {
            lesson: Some((lesson, n)),
            ..UrlState::from_hash(st.view, c).0
        },
        None => UrlState::default(),
    }
}

/// `first..last`, two dates, the first not after the second.
fn window(value: &str) -> Option<(Date, Date)> {
    let (a, b) = value.split_once("..")?;
    let (a, b) = (Date::parse(a).ok()?, Date::parse(b).ok()?);
    (a.first_day() <= b.last_day()).then_some((a, b))
}

fn date(value: &str, what: &str, notices: &mut Vec<Notice>) -> Option<Date> {
    match Date::parse(value.trim()) {
        Ok(d) => Some(d),
        Err(_) => {
            notices.push(Notice::BadDate(what.to_string(), value.to_string()));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn values_of_reads_a_key_as_the_state_does() {
        // (hash, key, values in order)
        let cases: &[(&str, &str, &[&str])] = &[
            ("#/map", "lang", &[]),
            ("#/map?lang=ja", "lang", &["ja"]),
            ("#/map?lang=xx&q=a&lang=ja", "lang", &["xx", "ja"]),
            ("#/?the%6De=dark&theme=light", "theme", &["dark", "light"]),
            ("#/?theme=%E3%81%82", "theme", &["あ"]),
            ("#/?theme=%FF&theme", "theme", &[""]),
            ("#/?language=ja", "lang", &[]),
        ];
        for (hash, key, want) in cases {
            assert_eq!(values_of(hash, key), *want, "{hash} {key}");
        }
    }

    use super::*;
    use crate::fixture::CORPUS;
    use proptest::prelude::*;

    #[test]
    fn reads_a_full_hash() {
        let (s, n) = UrlState::from_hash(
            "#/sources/beta?q=Be%C5%9Fer%20treaty&actor=japan,russia&from=2024-06&to=2025&source=alpha&kind=claim.prediction,event.treaty&status=predicted,asserted&by=survey&contested=1&sel=claim:respond&hl=24-58&tw=2024-01..2025-03-15&asof=2024-10-01&layout=network&every=1&group=actor&sort=date&step=2&lesson=treaty-story&embed=1&theme=dark&lang=ja",
            &CORPUS,
        );
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s.route, Route::Source(DocId(1)));
        assert_eq!(s.filter.q, "Beşer treaty");
        assert_eq!(s.filter.actors, vec![EntityId(0), EntityId(2)]);
        assert_eq!(s.filter.from, Some(Date::month(2024, 6)));
        assert_eq!(s.filter.to, Some(Date::year(2025)));
        assert_eq!(s.filter.sources, vec![DocId(0)]);
        assert_eq!(
            s.filter.kinds,
            vec![
                Kind::Event(EventKind::Treaty),
                Kind::Claim(ClaimType::Prediction)
            ]
        );
        assert_eq!(
            s.filter.statuses,
            vec![RelationStatus::Asserted, RelationStatus::Predicted]
        );
        assert_eq!(s.filter.by, vec![AsserterKind::Survey]);
        assert_eq!(s.sel, Some(Item::Claim(ClaimId(1))));
        assert_eq!(s.hl, Some(Passage { start: 24, end: 58 }));
        assert_eq!(s.tw, Some((Date::month(2024, 1), Date::day(2025, 3, 15))));
        assert_eq!(s.asof, Some(Date::day(2024, 10, 1)));
        assert_eq!(s.layout, MapView::Network);
        assert!(s.every);
        assert!(s.filter.contested);
        assert_eq!((s.group, s.sort), (ClaimGroup::Actor, ClaimSort::Date));
        assert_eq!(s.lesson, Some((LessonId(0), 2)));
        assert_eq!(s.lang, Some(Lang::Ja));
        assert_eq!(s.theme, Some(Theme::Dark));
        assert!(s.embed);
        // Written back in the documented order, the same link.
        assert_eq!(
            s.to_hash(&CORPUS),
            "#/sources/beta?q=Be%C5%9Fer%20treaty&actor=russia,japan&from=2024-06&to=2025&source=alpha&kind=event.treaty,claim.prediction&status=asserted,predicted&by=survey&contested=1&sel=claim:respond&hl=24-58&tw=2024-01..2025-03-15&asof=2024-10-01&layout=network&every=1&group=actor&sort=date&lesson=treaty-story&step=2&lang=ja&theme=dark&embed=1"
        );
    }

    /// `lesson` and `step`: a table of links and what is read from them, each written back
    /// with the lesson before its step, just before `embed`.
    #[test]
    fn lessons_and_steps_are_read_and_written_back() {
        let cases = [
            (
                "#/map?lesson=treaty-story&step=2",
                (0, 2),
                "#/map?lesson=treaty-story&step=2",
            ),
            (
                "#/map?step=3&lesson=treaty-story",
                (0, 3),
                "#/map?lesson=treaty-story&step=3",
            ),
            ("#/map?lesson=japan", (1, 1), "#/map?lesson=japan&step=1"),
            (
                "#/map?lesson=%20japan&step=%201",
                (1, 1),
                "#/map?lesson=japan&step=1",
            ),
            (
                "#/map?lesson=japan&step=01",
                (1, 1),
                "#/map?lesson=japan&step=1",
            ),
            (
                "#/map?embed=1&step=1&lesson=japan&layout=network",
                (1, 1),
                "#/map?layout=network&lesson=japan&step=1&embed=1",
            ),
        ];
        for (hash, (lesson, step), back) in cases {
            let (s, n) = UrlState::from_hash(hash, &CORPUS);
            assert_eq!(
                (s.lesson, n),
                (Some((LessonId(lesson), step)), vec![]),
                "{hash}"
            );
            assert_eq!(s.to_hash(&CORPUS), back, "{hash}");
        }
        assert_eq!(UrlState::from_hash("#/map", &CORPUS).0.lesson, None);
    }

    /// An unknown lesson, or a step that is not one of its lesson's, drops the lesson
    /// with a notice; the rest of the link applies.
    #[test]
    fn unknown_lessons_and_steps_out_of_range_are_dropped_with_a_notice() {
        let cases = [
            (
                "#/map?lesson=nothing&step=1&q=x",
                Notice::NoLesson("nothing".into()),
            ),
            ("#/map?lesson=&q=x", Notice::NoLesson("".into())),
            ("#/map?lesson=Japan&q=x", Notice::NoLesson("Japan".into())),
            ("#/map?lesson=japan&step=2&q=x", Notice::BadStep("2".into())),
            (
                "#/map?lesson=treaty-story&step=4&q=x",
                Notice::BadStep("4".into()),
            ),
            ("#/map?lesson=japan&step=0&q=x", Notice::BadStep("0".into())),
            (
                "#/map?lesson=japan&step=-1&q=x",
                Notice::BadStep("-1".into()),
            ),
            (
                "#/map?lesson=japan&step=one&q=x",
                Notice::BadStep("one".into()),
            ),
            ("#/map?lesson=japan&step=&q=x", Notice::BadStep("".into())),
            (
                "#/map?lesson=japan&step=65537&q=x",
                Notice::BadStep("65537".into()),
            ),
            ("#/map?step=1&q=x", Notice::BadStep("1".into())),
        ];
        for (hash, notice) in cases {
            let (s, n) = UrlState::from_hash(hash, &CORPUS);
            assert_eq!(n, [notice], "{hash}");
            assert_eq!(
                (s.lesson, s.route, s.filter.q.as_str()),
                (None, Route::Map, "x"),
                "{hash}"
            );
        }
        // Given twice, the last lesson is used, as for every parameter.
        let (s, n) = UrlState::from_hash("#/map?lesson=japan&lesson=treaty-story&step=3", &CORPUS);
        assert_eq!(s.lesson, Some((LessonId(0), 3)));
        assert_eq!(n, [Notice::Repeated("lesson".into())]);
    }

    /// `step_state`: a table of (lesson, step) → the link it shows; every one reads back
    /// as itself, and a step beyond either end is clamped.
    #[test]
    fn a_step_shows_its_view_within_its_lesson() {
        let cases = [
            (
                0,
                1,
                "#/timeline?from=2024&sel=event:treaty&lesson=treaty-story&step=1",
            ),
            (
                0,
                2,
                "#/map?asof=2025&layout=network&lesson=treaty-story&step=2",
            ),
            (0, 3, "#/sources/beta?hl=24-59&lesson=treaty-story&step=3"),
            (
                0,
                0,
                "#/timeline?from=2024&sel=event:treaty&lesson=treaty-story&step=1",
            ),
            (0, 9, "#/sources/beta?hl=24-59&lesson=treaty-story&step=3"),
            (
                1,
                1,
                "#/claims?actor=japan&sel=claim:respond&lesson=japan&step=1",
            ),
            (
                1,
                u16::MAX,
                "#/claims?actor=japan&sel=claim:respond&lesson=japan&step=1",
            ),
        ];
        for (lesson, step, want) in cases {
            let s = step_state(&CORPUS, LessonId(lesson), step);
            assert_eq!(s.to_hash(&CORPUS), want, "{lesson} {step}");
            assert_eq!(UrlState::from_hash(want, &CORPUS), (s, vec![]), "{want}");
        }
        // The step's own view, read as any link is, with only the lesson added.
        let view = CORPUS.steps(LessonId(0)).nth(1).unwrap().view;
        let s = step_state(&CORPUS, LessonId(0), 2);
        let (own, _) = UrlState::from_hash(view, &CORPUS);
        assert_eq!(
            UrlState {
                lesson: None,
                ..s.clone()
            },
            own
        );
        assert_eq!(
            (s.route, s.asof, s.layout),
            (Route::Map, Some(Date::year(2025)), MapView::Network)
        );
    }

    #[test]
    fn layout_is_written_only_when_not_geo() {
        // Table: hash → layout, the hash it is written back as.
        let cases = [
            ("#/map", MapView::Geo, "#/map"),
            ("#/map?layout=geo", MapView::Geo, "#/map"),
            (
                "#/map?layout=network",
                MapView::Network,
                "#/map?layout=network",
            ),
            (
                "#/map?layout=%20network",
                MapView::Network,
                "#/map?layout=network",
            ),
            (
                "#/map?embed=1&layout=network&asof=2024",
                MapView::Network,
                "#/map?asof=2024&layout=network&embed=1",
            ),
        ];
        for (hash, layout, back) in cases {
            let (s, n) = UrlState::from_hash(hash, &CORPUS);
            assert_eq!((s.layout, n), (layout, vec![]), "{hash}");
            assert_eq!(s.to_hash(&CORPUS), back, "{hash}");
        }
        for v in MapView::ALL {
            assert_eq!(MapView::from_id(v.id()), Some(v));
        }
        assert_eq!(MapView::from_id("Network"), None);
    }

    /// `lang`: a table of links and the language read from them, each written back after
    /// the lesson and before `embed`.
    #[test]
    fn lang_is_read_and_written_back() {
        let cases = [
            ("#/map", None, "#/map"),
            ("#/map?lang=en", Some(Lang::En), "#/map?lang=en"),
            ("#/map?lang=ja", Some(Lang::Ja), "#/map?lang=ja"),
            ("#/map?lang=%20JA%20", Some(Lang::Ja), "#/map?lang=ja"),
            (
                "#/map?embed=1&lang=ja&lesson=japan&layout=network",
                Some(Lang::Ja),
                "#/map?layout=network&lesson=japan&step=1&lang=ja&embed=1",
            ),
        ];
        for (hash, lang, back) in cases {
            let (s, n) = UrlState::from_hash(hash, &CORPUS);
            assert_eq!((s.lang, n), (lang, vec![]), "{hash}");
            assert_eq!(s.to_hash(&CORPUS), back, "{hash}");
            assert_eq!(UrlState::from_hash(back, &CORPUS).0, s, "{back}");
        }
    }

    /// A `lang` naming no language is dropped with a notice, and one given twice is
    /// reported as any parameter is, the last one used.
    #[test]
    fn bad_or_repeated_lang_gives_a_notice() {
        // Table: hash → the language read, the notices.
        let cases = [
            (
                "#/map?lang=xx&q=x",
                None,
                vec![Notice::BadLang("xx".into())],
            ),
            ("#/map?lang=&q=x", None, vec![Notice::BadLang("".into())]),
            (
                "#/map?lang=ja-JP&q=x",
                None,
                vec![Notice::BadLang("ja-JP".into())],
            ),
            (
                "#/map?lang=en&lang=ja&q=x",
                Some(Lang::Ja),
                vec![Notice::Repeated("lang".into())],
            ),
        ];
        for (hash, lang, notices) in cases {
            let (s, n) = UrlState::from_hash(hash, &CORPUS);
            assert_eq!((s.lang, n), (lang, notices), "{hash}");
            assert_eq!((s.route, s.filter.q.as_str()), (Route::Map, "x"), "{hash}");
        }
    }

    /// `theme`: a table of links and the colours read from them (a bad value dropped with
    /// a notice), each written back after `lang` and before `embed`.
    #[test]
    fn theme_is_read_and_written_back() {
        // Table: hash → the theme read, the notices, the hash written back.
        let cases = [
            ("#/map", None, vec![], "#/map"),
            (
                "#/map?theme=dark",
                Some(Theme::Dark),
                vec![],
                "#/map?theme=dark",
            ),
            (
                "#/map?theme=LIGHT",
                Some(Theme::Light),
                vec![],
                "#/map?theme=light",
            ),
            (
                "#/claims?embed=1&theme=dark&lang=ja",
                Some(Theme::Dark),
                vec![],
                "#/claims?lang=ja&theme=dark&embed=1",
            ),
            (
                "#/map?theme=system",
                None,
                vec![Notice::BadTheme("system".into())],
                "#/map",
            ),
            (
                "#/map?theme=",
                None,
                vec![Notice::BadTheme("".into())],
                "#/map",
            ),
            (
                "#/map?theme=light&theme=dark",
                Some(Theme::Dark),
                vec![Notice::Repeated("theme".into())],
                "#/map?theme=dark",
            ),
        ];
        for (hash, theme, notices, back) in cases {
            let (s, n) = UrlState::from_hash(hash, &CORPUS);
            assert_eq!((s.theme, n), (theme, notices), "{hash}");
            assert_eq!(s.to_hash(&CORPUS), back, "{hash}");
        }
    }

    #[test]
    fn values_are_escaped_and_unescaped_like_a_browser_does() {
        let cases = [
            ("Beşer", "Be%C5%9Fer"),
            ("a b&c=d", "a%20b%26c%3Dd"),
            ("north-korea", "north-korea"),
            ("\"#%+,<>?`{}", "%22%23%25%2B%2C%3C%3E%3F%60%7B%7D"),
        ];
        for (raw, escaped) in cases {
            assert_eq!(encode(raw), escaped);
            assert_eq!(unescape(escaped).as_deref(), Some(raw));
        }
        assert_eq!(unescape("a+b").as_deref(), Some("a b"));
        assert_eq!(unescape("100%").as_deref(), Some("100%"), "a lone % stays");
        assert_eq!(unescape("%zz").as_deref(), Some("%zz"));
        assert_eq!(unescape("%FF"), None, "not UTF-8");
    }

    #[test]
    fn empty_hash_is_the_corpus_default_view() {
        for h in ["", "#", "#/", "#/timeline"] {
            assert_eq!(
                UrlState::from_hash(h, &CORPUS),
                (UrlState::default(), vec![])
            );
        }
        assert_eq!(UrlState::default().to_hash(&CORPUS), "#/timeline");
    }

    #[test]
    fn each_route_is_read_and_written_back() {
        // Table: hash → route (every route is written as it is read).
        let cases = [
            ("#/timeline", Route::Timeline),
            ("#/map", Route::Map),
            ("#/claims", Route::Claims),
            ("#/sources", Route::Sources),
            ("#/lessons", Route::Lessons),
            ("#/sources/beta", Route::Source(DocId(1))),
        ];
        for (hash, route) in cases {
            let (s, n) = UrlState::from_hash(hash, &CORPUS);
            assert_eq!((s.route, n), (route, vec![]), "{hash}");
            assert_eq!(s.to_hash(&CORPUS), hash);
        }
    }

    #[test]
    fn malformed_parts_are_dropped_with_a_notice_and_the_rest_kept() {
        let (s, n) = UrlState::from_hash(
            "#/nowhere?actor=japan,atlantis&from=2024-13&kind=event.party&zoom=3&q=%FF&to=2025",
            &CORPUS,
        );
        assert_eq!(s.route, Route::Timeline);
        assert_eq!(s.filter.actors, vec![EntityId(2)]);
        assert_eq!(s.filter.from, None);
        assert_eq!(s.filter.to, Some(Date::year(2025)));
        assert!(s.filter.kinds.is_empty());
        assert_eq!(
            n,
            [
                Notice::NoPage("nowhere".into()),
                Notice::Unknown(Param::Actor, "atlantis".into()),
                Notice::BadDate("from".into(), "2024-13".into()),
                Notice::Unknown(Param::Kind, "event.party".into()),
                Notice::UnknownSetting("zoom".into()),
                Notice::BadText("%FF".into()),
            ]
        );
        let (s, n) = UrlState::from_hash("#/sources/missing", &CORPUS);
        assert_eq!((s.route, n.len()), (Route::Sources, 1));
        let (s, n) = UrlState::from_hash("#/claims?from=2025&to=2024", &CORPUS);
        assert_eq!((s.route, s.filter.from, n.len()), (Route::Claims, None, 1));
    }

    /// `tw`, `sel`, `hl`, `status`, `by` and `layout`: table of bad values, each dropped with its notice
    /// while the rest of the link applies.
    #[test]
    fn bad_selections_and_passages_fall_back_with_a_notice() {
        let cases: [(&str, Notice); 19] = [
            (
                "#/claims?tw=2025..2024&q=x",
                Notice::BadWindow("2025..2024".into()),
            ),
            ("#/claims?tw=2024&q=x", Notice::BadWindow("2024".into())),
            (
                "#/claims?tw=2024-13..2025&q=x",
                Notice::BadWindow("2024-13..2025".into()),
            ),
            ("#/claims?tw=..&q=x", Notice::BadWindow("..".into())),
            (
                "#/claims?sel=claim:nothing&q=x",
                Notice::NoItem("claim:nothing".into()),
            ),
            ("#/claims?sel=banana&q=x", Notice::NoItem("banana".into())),
            (
                "#/sources/beta?hl=50-900&q=x",
                Notice::BadPassage("50-900".into()),
            ),
            (
                "#/sources/beta?hl=9-3&q=x",
                Notice::BadPassage("9-3".into()),
            ),
            (
                "#/sources/beta?hl=abc&q=x",
                Notice::BadPassage("abc".into()),
            ),
            ("#/claims?hl=1-5&q=x", Notice::BadPassage("1-5".into())),
            (
                "#/map?status=rumoured&q=x",
                Notice::Unknown(Param::Status, "rumoured".into()),
            ),
            (
                "#/map?by=aliens&q=x",
                Notice::Unknown(Param::By, "aliens".into()),
            ),
            ("#/map?layout=map&q=x", Notice::BadLayout("map".into())),
            (
                "#/map?layout=Network&q=x",
                Notice::BadLayout("Network".into()),
            ),
            ("#/map?layout&q=x", Notice::BadLayout("".into())),
            (
                "#/claims?group=colour&q=x",
                Notice::BadChoice("group".into(), "colour".into()),
            ),
            (
                "#/claims?sort=size&q=x",
                Notice::BadChoice("sort".into(), "size".into()),
            ),
            (
                "#/claims?contested=yes&q=x",
                Notice::BadFlag("contested".into(), "yes".into()),
            ),
            (
                "#/map?every=all&q=x",
                Notice::BadFlag("every".into(), "all".into()),
            ),
        ];
        for (hash, notice) in cases {
            let (s, n) = UrlState::from_hash(hash, &CORPUS);
            assert_eq!(n, [notice], "{hash}");
            assert_eq!(
                (s.sel, s.hl, s.layout, s.filter.q.as_str()),
                (None, None, MapView::Geo, "x"),
                "{hash}"
            );
        }
        // The last character of beta ends at code point 59.
        let (s, n) = UrlState::from_hash("#/sources/beta?hl=24-59", &CORPUS);
        assert!(n.is_empty() && s.hl.is_some());
    }

    fn arb_state() -> impl Strategy<Value = UrlState> {
        let route = prop_oneof![
            Just(Route::Timeline),
            Just(Route::Map),
            Just(Route::Claims),
            Just(Route::Sources),
            Just(Route::Lessons),
            (0u16..2).prop_map(|d| Route::Source(DocId(d))),
        ];
        let date = prop_oneof![
            (1900i16..2100).prop_map(Date::year),
            (1900i16..2100, 1u8..=12).prop_map(|(y, m)| Date::month(y, m)),
            (1900i16..2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::day(y, m, d)),
        ];
        let kinds: Vec<Kind> = Kind::all().collect();
        let lessons: Vec<(LessonId, u16)> = CORPUS
            .lesson_ids()
            .flat_map(|l| (1..=CORPUS.steps(l).len() as u16).map(move |n| (l, n)))
            .collect();
        let items = prop_oneof![
            (0u16..4).prop_map(|i| Item::Event(EventId(i))),
            (0u16..2).prop_map(|i| Item::Relation(RelationId(i))),
            (0u16..2).prop_map(|i| Item::Claim(ClaimId(i))),
            (0u16..2).prop_map(|i| Item::Comparison(ComparisonId(i))),
            Just(Item::Note(NoteId(0))),
            (0u16..4).prop_map(|i| Item::Actor(EntityId(i))),
            (0u16..2, 2u16..4).prop_map(|(a, b)| Item::Pair(EntityId(a), EntityId(b))),
        ];
        let filter = (
            ".{0,12}",
            prop::collection::vec(0u16..4, 0..4),
            prop::option::of(date.clone()),
            prop::option::of(date.clone()),
            prop::collection::vec(0u16..2, 0..3),
            prop::collection::vec(prop::sample::select(kinds), 0..4),
            prop::collection::vec(prop::sample::select(RelationStatus::ALL.to_vec()), 0..3),
            prop::collection::vec(prop::sample::select(AsserterKind::ALL.to_vec()), 0..3),
            any::<bool>(),
        )
            .prop_map(
                |(q, actors, from, to, sources, kinds, statuses, by, contested)| {
                    let (from, to) = match (from, to) {
                        (Some(a), Some(b)) if b.last_day() < a.first_day() => (Some(b), Some(a)),
                        x => x,
                    };
                    Filter {
                        q: q.trim().to_string(),
                        actors: actors.into_iter().map(EntityId).collect(),
                        from,
                        to,
                        sources: sources.into_iter().map(DocId).collect(),
                        kinds,
                        statuses,
                        by,
                        contested,
                    }
                    .normalize()
                },
            );
        (
            route,
            filter,
            prop::option::of(items),
            prop::option::of((0u32..50, 1u32..10)),
            prop::option::of((date.clone(), date.clone())),
            prop::option::of(date),
            (prop::sample::select(MapView::ALL.to_vec()), any::<bool>()),
            prop::sample::select(ClaimGroup::ALL.to_vec()),
            prop::sample::select(ClaimSort::ALL.to_vec()),
            prop::option::of(prop::sample::select(lessons)),
            (
                prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
                prop::option::of(prop::sample::select(Theme::ALL.to_vec())),
            ),
            any::<bool>(),
        )
            .prop_map(
                |(
                    route,
                    filter,
                    sel,
                    hl,
                    tw,
                    asof,
                    (layout, every),
                    group,
                    sort,
                    lesson,
                    (lang, theme),
                    embed,
                )| {
                    let tw = tw.map(|(a, b): (Date, Date)| {
                        if b.last_day() < a.first_day() {
                            (b, a)
                        } else {
                            (a, b)
                        }
                    });
                    // A passage only with a source route, and inside its article.
                    let hl = match (route, hl) {
                        (Route::Source(_), Some((start, len))) => Some(Passage {
                            start,
                            end: start + len,
                        }),
                        _ => None,
                    };
                    UrlState {
                        route,
                        filter,
                        sel,
                        hl,
                        tw,
                        asof,
                        layout,
                        every,
                        group,
                        sort,
                        lesson,
                        lang,
                        theme,
                        embed,
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn every_state_round_trips_through_its_hash(state in arb_state()) {
            let hash = state.to_hash(&CORPUS);
            let (back, notices) = UrlState::from_hash(&hash, &CORPUS);
            prop_assert!(notices.is_empty(), "{hash}: {notices:?}");
            prop_assert_eq!(back, state);
        }

        #[test]
        fn any_string_as_hash_never_panics(hash in any::<String>()) {
            let (state, _) = UrlState::from_hash(&hash, &CORPUS);
            // Whatever was read can be written and read back.
            let again = UrlState::from_hash(&state.to_hash(&CORPUS), &CORPUS);
            prop_assert_eq!(again.0, state);
        }

        #[test]
        fn url_like_strings_never_panic(hash in "#?/?(timeline|map|claims|lessons|sources(/[a-z%0-9]{0,6})?)?\\?([a-z]{1,6}=[a-z0-9,.%&=+:-]{0,12}&?){0,5}") {
            let _ = UrlState::from_hash(&hash, &CORPUS);
        }
    }
}

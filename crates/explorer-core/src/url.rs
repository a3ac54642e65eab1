//! The whole view state in the URL hash: `#/<route>?q=…&actor=…&from=…&to=…&source=…&kind=…&asof=…&embed=1`.
//!
//! Parsing never fails: whatever cannot be understood is dropped and reported as a
//! [`Notice`], and the rest of the state still applies.

use crate::date::Date;
use crate::filter::{Filter, Kind};
use crate::model::*;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};

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
            Route::Source(d) => format!("/sources/{}", c.document(d).id),
        }
    }
}

/// Everything a link reproduces.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub route: Route,
    pub filter: Filter,
    /// The map's "as of" date.
    pub asof: Option<Date>,
    /// Shown without the surrounding chrome, for an iframe.
    pub embed: bool,
}

/// Something in a URL that was not understood and was dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice(pub String);

/// Characters escaped in a query value: controls, and what would split the query.
const VALUE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b',')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

fn encode(s: &str) -> String {
    utf8_percent_encode(s, VALUE).to_string()
}

fn decode(s: &str, notices: &mut Vec<Notice>) -> Option<String> {
    match percent_decode_str(&s.replace('+', " ")).decode_utf8() {
        Ok(v) => Some(v.into_owned()),
        Err(_) => {
            notices.push(Notice(format!("“{s}” is not valid text and was ignored")));
            None
        }
    }
}

impl UrlState {
    /// The hash for this state, starting with `#`. Defaults are left out.
    pub fn to_hash(&self, c: &Corpus) -> String {
        let f = &self.filter;
        let mut params: Vec<String> = Vec::new();
        if !f.q.is_empty() {
            params.push(format!("q={}", encode(&f.q)));
        }
        let list = |v: Vec<String>| v.iter().map(|s| encode(s)).collect::<Vec<_>>().join(",");
        if !f.actors.is_empty() {
            params.push(format!(
                "actor={}",
                list(
                    f.actors
                        .iter()
                        .map(|&a| c.entity(a).id.to_string())
                        .collect()
                )
            ));
        }
        if let Some(d) = f.from {
            params.push(format!("from={d}"));
        }
        if let Some(d) = f.to {
            params.push(format!("to={d}"));
        }
        if !f.sources.is_empty() {
            params.push(format!(
                "source={}",
                list(
                    f.sources
                        .iter()
                        .map(|&d| c.document(d).id.to_string())
                        .collect()
                )
            ));
        }
        if !f.kinds.is_empty() {
            params.push(format!(
                "kind={}",
                list(f.kinds.iter().map(|k| k.id()).collect())
            ));
        }
        if let Some(d) = self.asof {
            params.push(format!("asof={d}"));
        }
        if self.embed {
            params.push("embed=1".into());
        }
        let mut hash = format!("#{}", self.route.path(c));
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
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(key) = decode(key, &mut notices) else {
                continue;
            };
            if seen.contains(&key) {
                notices.push(Notice(format!(
                    "“{key}” was given twice; the last one is used"
                )));
            }
            seen.push(key.clone());
            let Some(value) = decode(raw, &mut notices) else {
                continue;
            };
            let f = &mut state.filter;
            match key.as_str() {
                "q" => f.q = value.trim().to_string(),
                "actor" => f.actors = ids(&value, "actor", |s| c.entity_by_id(s), &mut notices),
                "source" => {
                    f.sources = ids(&value, "source", |s| c.document_by_id(s), &mut notices)
                }
                "kind" => f.kinds = ids(&value, "kind", Kind::from_id, &mut notices),
                "from" => f.from = date(&value, "from", &mut notices),
                "to" => f.to = date(&value, "to", &mut notices),
                "asof" => state.asof = date(&value, "asof", &mut notices),
                "embed" => match value.as_str() {
                    "" | "1" | "true" => state.embed = true,
                    "0" | "false" => state.embed = false,
                    _ => notices.push(Notice(format!(
                        "embed=“{value}” is not 1 or 0 and was ignored"
                    ))),
                },
                _ => notices.push(Notice(format!("unknown setting “{key}” was ignored"))),
            }
        }
        if let (Some(a), Some(b)) = (state.filter.from, state.filter.to) {
            if b.last_day() < a.first_day() {
                notices.push(Notice(format!(
                    "the date range {a} to {b} ends before it starts and was ignored"
                )));
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
        ["sources", id] => {
            let id = percent_decode_str(id).decode_utf8_lossy();
            match c.document_by_id(&id) {
                Some(d) => Route::Source(d),
                None => {
                    notices.push(Notice(format!(
                        "there is no source “{id}”; showing all sources"
                    )));
                    Route::Sources
                }
            }
        }
        _ => {
            notices.push(Notice(format!(
                "there is no page “/{path}”; showing the timeline"
            )));
            Route::Timeline
        }
    }
}

fn ids<T>(
    value: &str,
    what: &str,
    find: impl Fn(&str) -> Option<T>,
    notices: &mut Vec<Notice>,
) -> Vec<T> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .filter_map(|s| {
            let found = find(s);
            if found.is_none() {
                notices.push(Notice(format!("unknown {what} “{s}” was ignored")));
            }
            found
        })
        .collect()
}

fn date(value: &str, what: &str, notices: &mut Vec<Notice>) -> Option<Date> {
    match Date::parse(value.trim()) {
        Ok(d) => Some(d),
        Err(_) => {
            notices.push(Notice(format!(
                "{what}=“{value}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD) and was ignored"
            )));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::CORPUS;
    use proptest::prelude::*;

    #[test]
    fn reads_a_full_hash() {
        let (s, n) = UrlState::from_hash(
            "#/sources/beta?q=Be%C5%9Fer%20treaty&actor=japan,russia&from=2024-06&to=2025&source=alpha&kind=claim.prediction,event.treaty&asof=2024-10-01&embed=1",
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
        assert_eq!(s.asof, Some(Date::day(2024, 10, 1)));
        assert!(s.embed);
    }

    #[test]
    fn empty_hash_is_the_default_timeline() {
        for h in ["", "#", "#/", "#/timeline"] {
            assert_eq!(
                UrlState::from_hash(h, &CORPUS),
                (UrlState::default(), vec![])
            );
        }
        assert_eq!(UrlState::default().to_hash(&CORPUS), "#/timeline");
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
        assert_eq!(n.len(), 6, "{n:?}");
        let (s, n) = UrlState::from_hash("#/sources/missing", &CORPUS);
        assert_eq!((s.route, n.len()), (Route::Sources, 1));
        let (s, n) = UrlState::from_hash("#/claims?from=2025&to=2024", &CORPUS);
        assert_eq!((s.route, s.filter.from, n.len()), (Route::Claims, None, 1));
    }

    fn arb_state() -> impl Strategy<Value = UrlState> {
        let route = prop_oneof![
            Just(Route::Timeline),
            Just(Route::Map),
            Just(Route::Claims),
            Just(Route::Sources),
            (0u16..2).prop_map(|d| Route::Source(DocId(d))),
        ];
        let date = prop_oneof![
            (1900i16..2100).prop_map(Date::year),
            (1900i16..2100, 1u8..=12).prop_map(|(y, m)| Date::month(y, m)),
            (1900i16..2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::day(y, m, d)),
        ];
        let kinds: Vec<Kind> = Kind::all().collect();
        (
            route,
            ".{0,12}",
            prop::collection::vec(0u16..4, 0..4),
            prop::option::of(date.clone()),
            prop::option::of(date.clone()),
            prop::collection::vec(0u16..2, 0..3),
            prop::collection::vec(prop::sample::select(kinds), 0..4),
            prop::option::of(date),
            any::<bool>(),
        )
            .prop_map(
                |(route, q, actors, from, to, sources, kinds, asof, embed)| {
                    let (from, to) = match (from, to) {
                        (Some(a), Some(b)) if b.last_day() < a.first_day() => (Some(b), Some(a)),
                        x => x,
                    };
                    UrlState {
                        route,
                        filter: Filter {
                            q: q.trim().to_string(),
                            actors: actors.into_iter().map(EntityId).collect(),
                            from,
                            to,
                            sources: sources.into_iter().map(DocId).collect(),
                            kinds,
                        }
                        .normalize(),
                        asof,
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
        fn url_like_strings_never_panic(hash in "#?/?(timeline|map|claims|sources(/[a-z%0-9]{0,6})?)?\\?([a-z]{1,6}=[a-z0-9,.%&=+-]{0,12}&?){0,5}") {
            let _ = UrlState::from_hash(&hash, &CORPUS);
        }
    }
}

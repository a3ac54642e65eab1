//! The filter every view shares, and what passes it.
//!
//! Semantics, in words a reader can check:
//! - Within a facet the selected values are alternatives (any of these actors, any of
//!   these sources); across facets they all apply.
//! - Actors, sources and the text apply to every kind of item directly. The text
//!   matches when every word occurs in the item's own words, its quotes or the names
//!   of its actors.
//! - A kind facet (event kinds, relation types and statuses, claim types, who asserts a
//!   claim) narrows its own items by their kind, and every other item through the items
//!   it shares a quote with: with "relation type: troop deployment" selected, the claims
//!   view shows the claims quoting a passage that a troop-deployment tie rests on. A
//!   document passes when an item quoted from it does.
//! - The date range narrows events (undated events are hidden by it) and relations
//!   (a tie with no end runs on); claims and comparisons by the dated events and ties
//!   they share a quote with (with none, a range hides them); documents not at all.
//! - "Only contested points" keeps the comparisons whose sources differ or conflict, and
//!   every other item through the quotes it shares with them (the claims inside a
//!   contested comparison, the events and ties those passages report).

use crate::date::Date;
use crate::model::*;
use crate::search::{Dating, Facts, SearchIndex};
use crate::small_sort::{sort_by_key, sort_dedup};
use crate::text::{contains_word, Query};

/// A kind of item a user can select: an event kind, a relation type or a claim type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Event(EventKind),
    Relation(RelationType),
    Claim(ClaimType),
}

impl Kind {
    /// Every kind, events first.
    pub fn all() -> impl Iterator<Item = Kind> {
        EventKind::ALL
            .iter()
            .map(|&k| Kind::Event(k))
            .chain(RelationType::ALL.iter().map(|&k| Kind::Relation(k)))
            .chain(ClaimType::ALL.iter().map(|&k| Kind::Claim(k)))
    }

    /// The URL form: `event.treaty`, `relation.mutual-defence`, `claim.prediction`.
    pub fn id(self) -> String {
        let (cat, id) = match self {
            Kind::Event(k) => ("event.", k.id()),
            Kind::Relation(k) => ("relation.", k.id()),
            Kind::Claim(k) => ("claim.", k.id()),
        };
        [cat, id].concat()
    }

    /// Parses the URL form.
    pub fn from_id(s: &str) -> Option<Kind> {
        let (cat, k) = s.split_once('.')?;
        match cat {
            "event" => EventKind::from_id(k).map(Kind::Event),
            "relation" => RelationType::from_id(k).map(Kind::Relation),
            "claim" => ClaimType::from_id(k).map(Kind::Claim),
            _ => None,
        }
    }

    /// The label for people.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Event(k) => k.label(),
            Kind::Relation(k) => k.label(),
            Kind::Claim(k) => k.label(),
        }
    }
}

/// The filter state shared by every view. Lists are kept sorted and without repeats, so
/// equal filters compare equal and have one URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub q: String,
    pub actors: Vec<EntityId>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub sources: Vec<DocId>,
    pub kinds: Vec<Kind>,
    pub statuses: Vec<RelationStatus>,
    pub by: Vec<AsserterKind>,
    /// Only the contested points: comparisons that differ or conflict, and what shares
    /// their quotes.
    pub contested: bool,
}

/// One constraint of a filter, as a user sees and removes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Text,
    Actor(EntityId),
    From,
    To,
    Source(DocId),
    Kind(Kind),
    Status(RelationStatus),
    By(AsserterKind),
    Contested,
}

impl Facet {
    /// A short code for the page's elements (`data-facet`): `a3` actor 3, `s1` source 1,
    /// `kevent.treaty`, `tpredicted` status, `bsurvey` asserter kind, `q`, `f`, `u`, `x`
    /// (only contested points).
    pub fn code(self) -> String {
        let (tag, rest) = match self {
            Facet::Text => ("q", String::new()),
            Facet::From => ("f", String::new()),
            Facet::To => ("u", String::new()),
            Facet::Contested => ("x", String::new()),
            Facet::Actor(a) => ("a", a.0.to_string()),
            Facet::Source(d) => ("s", d.0.to_string()),
            Facet::Kind(k) => ("k", k.id()),
            Facet::Status(s) => ("t", s.id().to_string()),
            Facet::By(b) => ("b", b.id().to_string()),
        };
        [tag, &rest].concat()
    }

    /// Reads [`Facet::code`]; `None` for anything else or an id the corpus lacks.
    pub fn from_code(s: &str, c: &Corpus) -> Option<Facet> {
        let num = |r: &str| -> Option<u16> {
            (!r.is_empty() && r.len() <= 5 && r.bytes().all(|b| b.is_ascii_digit()))
                .then(|| r.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')))
                .and_then(|n| u16::try_from(n).ok())
        };
        let tag = s.get(..1)?;
        let rest = s.get(1..)?;
        Some(match tag {
            "q" if rest.is_empty() => Facet::Text,
            "f" if rest.is_empty() => Facet::From,
            "u" if rest.is_empty() => Facet::To,
            "x" if rest.is_empty() => Facet::Contested,
            "a" => Facet::Actor(EntityId(num(rest)?)).filter_in(c.entity_ids().len())?,
            "s" => Facet::Source(DocId(num(rest)?)).filter_in(c.document_ids().len())?,
            "k" => Facet::Kind(Kind::from_id(rest)?),
            "t" => Facet::Status(RelationStatus::from_id(rest)?),
            "b" => Facet::By(AsserterKind::from_id(rest)?),
            _ => return None,
        })
    }

    fn filter_in(self, n: usize) -> Option<Facet> {
        let i = match self {
            Facet::Actor(a) => a.index(),
            Facet::Source(d) => d.index(),
            _ => 0,
        };
        (i < n).then_some(self)
    }
}

/// The facets a filter constrains an item through; an item passes a filter when it
/// passes every group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Text,
    Actor,
    Date,
    Source,
    EventKind,
    RelationType,
    Status,
    ClaimType,
    By,
    Contested,
}

impl Group {
    /// Every group.
    pub const ALL: [Group; 10] = [
        Group::Text,
        Group::Actor,
        Group::Date,
        Group::Source,
        Group::EventKind,
        Group::RelationType,
        Group::Status,
        Group::ClaimType,
        Group::By,
        Group::Contested,
    ];

    /// The bit of the group in a pass mask.
    pub const fn bit(self) -> u16 {
        1 << self as u16
    }

    /// The groups whose values are vocabulary codes, in the order of [`Facts::masks`].
    pub const MASKED: [Group; 6] = [
        Group::EventKind,
        Group::RelationType,
        Group::Status,
        Group::ClaimType,
        Group::By,
        Group::Contested,
    ];
}

/// A pass mask with every group's bit set.
pub const ALL_GROUPS: u16 = (1 << 10) - 1;

/// What passes a filter, in display order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    pub events: Vec<EventId>,
    pub relations: Vec<RelationId>,
    pub claims: Vec<ClaimId>,
    pub documents: Vec<DocId>,
    pub comparisons: Vec<ComparisonId>,
}

impl Matches {
    /// Whether an event passed (the lists are sorted by id except events, which are in
    /// timeline order, so events are looked up by scanning).
    pub fn has_event(&self, e: EventId) -> bool {
        self.events.contains(&e)
    }

    /// Whether a relation passed.
    pub fn has_relation(&self, r: RelationId) -> bool {
        self.relations.binary_search(&r).is_ok()
    }

    /// Whether a claim passed.
    pub fn has_claim(&self, c: ClaimId) -> bool {
        self.claims.binary_search(&c).is_ok()
    }

    /// Whether a comparison passed.
    pub fn has_comparison(&self, c: ComparisonId) -> bool {
        self.comparisons.binary_search(&c).is_ok()
    }

    /// Whether a document passed.
    pub fn has_document(&self, d: DocId) -> bool {
        self.documents.binary_search(&d).is_ok()
    }
}

/// A filter turned into what checking an item needs: vocabulary selections as bit
/// masks, the date range as day numbers, the query split into folded words.
pub(crate) struct Prepared<'f> {
    pub filter: &'f Filter,
    pub query: Query,
    pub masks: [u32; 6],
    pub first: i32,
    pub last: i32,
}

/// The bit of a vocabulary value in a mask.
pub(crate) fn bit(i: usize) -> u32 {
    1 << i
}

impl<'f> Prepared<'f> {
    pub(crate) fn new(filter: &'f Filter) -> Self {
        let mut masks = [0u32; 6];
        masks[5] = u32::from(filter.contested);
        for k in &filter.kinds {
            match *k {
                Kind::Event(k) => masks[0] |= bit(k as usize),
                Kind::Relation(k) => masks[1] |= bit(k as usize),
                Kind::Claim(k) => masks[3] |= bit(k as usize),
            }
        }
        for s in &filter.statuses {
            masks[2] |= bit(*s as usize);
        }
        for b in &filter.by {
            masks[4] |= bit(*b as usize);
        }
        Prepared {
            filter,
            query: Query::new(&filter.q),
            masks,
            first: filter.from.map_or(i32::MIN, |d| d.first_day()),
            last: filter.to.map_or(i32::MAX, |d| d.last_day()),
        }
    }

    fn has_range(&self) -> bool {
        self.filter.from.is_some() || self.filter.to.is_some()
    }

    /// The groups an item passes, as a mask of [`Group::bit`]s.
    pub(crate) fn passes(&self, facts: &Facts, folded: &str) -> u16 {
        let f = self.filter;
        let mut m = 0;
        if self.query.is_empty() || self.query.matches_folded(folded) {
            m |= Group::Text.bit();
        }
        if f.actors.is_empty() || facts.actors.iter().any(|a| f.actors.contains(a)) {
            m |= Group::Actor.bit();
        }
        let overlaps = |&(a, b): &(i32, i32)| b >= self.first && a <= self.last;
        let dated = match &facts.dating {
            Dating::Free => true,
            Dating::Undated => !self.has_range(),
            Dating::Span(a, b) => overlaps(&(*a, *b)),
            Dating::Via(spans) => !self.has_range() || spans.iter().any(overlaps),
        };
        if dated {
            m |= Group::Date.bit();
        }
        if f.sources.is_empty() || facts.sources.iter().any(|d| f.sources.contains(d)) {
            m |= Group::Source.bit();
        }
        for (i, g) in Group::MASKED.iter().enumerate() {
            if self.masks[i] == 0 || facts.masks[i] & self.masks[i] != 0 {
                m |= g.bit();
            }
        }
        m
    }
}

impl Filter {
    /// Sorts and de-duplicates the lists, so the filter has one canonical form.
    pub fn normalize(mut self) -> Self {
        sort_dedup(&mut self.actors);
        sort_dedup(&mut self.sources);
        sort_dedup(&mut self.kinds);
        sort_dedup(&mut self.statuses);
        sort_dedup(&mut self.by);
        self
    }

    /// The constraints in force, in the order of the URL.
    pub fn facets(&self) -> Vec<Facet> {
        let mut out = Vec::new();
        if !self.q.is_empty() {
            out.push(Facet::Text);
        }
        out.extend(self.actors.iter().map(|&a| Facet::Actor(a)));
        out.extend(self.from.map(|_| Facet::From));
        out.extend(self.to.map(|_| Facet::To));
        out.extend(self.sources.iter().map(|&d| Facet::Source(d)));
        out.extend(self.kinds.iter().map(|&k| Facet::Kind(k)));
        out.extend(self.statuses.iter().map(|&s| Facet::Status(s)));
        out.extend(self.by.iter().map(|&b| Facet::By(b)));
        if self.contested {
            out.push(Facet::Contested);
        }
        out
    }

    /// The filter without one constraint.
    pub fn without(&self, facet: Facet) -> Filter {
        let mut f = self.clone();
        match facet {
            Facet::Text => f.q.clear(),
            Facet::Actor(a) => f.actors.retain(|&x| x != a),
            Facet::From => f.from = None,
            Facet::To => f.to = None,
            Facet::Source(d) => f.sources.retain(|&x| x != d),
            Facet::Kind(k) => f.kinds.retain(|&x| x != k),
            Facet::Status(s) => f.statuses.retain(|&x| x != s),
            Facet::By(b) => f.by.retain(|&x| x != b),
            Facet::Contested => f.contested = false,
        }
        f
    }

    /// Adds a constraint, or removes it when it is already there (text and dates are set,
    /// not toggled, so they are left alone).
    pub fn toggle(&mut self, facet: Facet) {
        fn flip<T: PartialEq + Ord>(v: &mut Vec<T>, x: T) {
            match v.iter().position(|y| *y == x) {
                Some(i) => {
                    v.remove(i);
                }
                None => {
                    v.push(x);
                    sort_dedup(v);
                }
            }
        }
        match facet {
            Facet::Actor(a) => flip(&mut self.actors, a),
            Facet::Source(d) => flip(&mut self.sources, d),
            Facet::Kind(k) => flip(&mut self.kinds, k),
            Facet::Status(s) => flip(&mut self.statuses, s),
            Facet::By(b) => flip(&mut self.by, b),
            Facet::Contested => self.contested = !self.contested,
            Facet::Text | Facet::From | Facet::To => {}
        }
    }

    /// Selects an actor, or deselects it when it is already selected.
    pub fn toggle_actor(&mut self, a: EntityId) {
        self.toggle(Facet::Actor(a));
    }

    /// Whether a value is selected.
    pub fn has(&self, facet: Facet) -> bool {
        match facet {
            Facet::Text => !self.q.is_empty(),
            Facet::Actor(a) => self.actors.contains(&a),
            Facet::From => self.from.is_some(),
            Facet::To => self.to.is_some(),
            Facet::Source(d) => self.sources.contains(&d),
            Facet::Kind(k) => self.kinds.contains(&k),
            Facet::Status(s) => self.statuses.contains(&s),
            Facet::By(b) => self.by.contains(&b),
            Facet::Contested => self.contested,
        }
    }

    /// The filter with every value of one group cleared.
    pub fn cleared(&self, group: Group) -> Filter {
        let mut f = self.clone();
        match group {
            Group::Text => f.q.clear(),
            Group::Actor => f.actors.clear(),
            Group::Date => (f.from, f.to) = (None, None),
            Group::Source => f.sources.clear(),
            Group::EventKind => f.kinds.retain(|k| !matches!(k, Kind::Event(_))),
            Group::RelationType => f.kinds.retain(|k| !matches!(k, Kind::Relation(_))),
            Group::Status => f.statuses.clear(),
            Group::ClaimType => f.kinds.retain(|k| !matches!(k, Kind::Claim(_))),
            Group::By => f.by.clear(),
            Group::Contested => f.contested = false,
        }
        f
    }

    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Everything in the corpus that passes the filter. Events come in timeline order,
    /// everything else in corpus order.
    pub fn apply(&self, c: &Corpus) -> Matches {
        self.apply_with(&SearchIndex::new(c))
    }

    /// [`Filter::apply`] with an index kept between calls, so the corpus is folded and
    /// its facets gathered once rather than on every keystroke.
    pub fn apply_with(&self, index: &SearchIndex) -> Matches {
        crate::facets::explore(self, index, crate::facets::Subject::Claims).matches
    }
}

/// True when a text names the entity (by name or alias, as a whole word).
pub fn mentions(c: &Corpus, text: &str, e: EntityId) -> bool {
    c.names(e).any(|n| contains_word(text, n))
}

/// Each event's position on the timeline: by first day, but never before an event the
/// text says it follows (undated events sit just after their latest predecessor, or
/// last when nothing orders them); ties by corpus order.
pub fn timeline_order(c: &Corpus) -> Vec<usize> {
    fn key(c: &Corpus, e: EventId, depth: usize) -> (i32, usize) {
        let ev = c.event(e);
        let own = ev.date.map(|d| (d.first_day(), 0));
        let after = if depth < 16 {
            ev.after
                .iter()
                .map(|&a| {
                    let (day, d) = key(c, a, depth + 1);
                    (day, d + 1)
                })
                .max()
        } else {
            None
        };
        match (own, after) {
            (Some(o), Some(a)) => o.max(a),
            (Some(k), None) | (None, Some(k)) => k,
            (None, None) => (i32::MAX, 0),
        }
    }
    let n = c.event_ids().len();
    let keys: Vec<(i32, usize)> = c.event_ids().map(|e| key(c, e, 0)).collect();
    let mut idx: Vec<usize> = (0..n).collect();
    sort_by_key(&mut idx, |&i| (keys[i], i));
    let mut order = vec![0; n];
    for (pos, i) in idx.into_iter().enumerate() {
        order[i] = pos;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::CORPUS;

    fn ids(c: &Corpus, m: &Matches) -> Vec<&'static str> {
        m.events.iter().map(|&e| c.event(e).id).collect()
    }

    #[test]
    fn empty_filter_passes_everything_in_date_order() {
        let m = Filter::default().apply(&CORPUS);
        assert_eq!(
            ids(&CORPUS, &m),
            vec!["dissolution", "treaty", "ratified", "deployment"]
        );
        assert_eq!(m.claims.len(), CORPUS.claim_ids().len());
        assert_eq!(m.documents.len(), 2);
    }

    #[test]
    fn actor_narrows_every_list() {
        let f = Filter {
            actors: vec![EntityId(2)],
            ..Default::default()
        }; // japan
        let m = f.apply(&CORPUS);
        assert!(m.events.is_empty());
        assert_eq!(m.relations, vec![RelationId(1)]);
        assert_eq!(m.claims, vec![ClaimId(1)]);
        assert_eq!(m.documents, vec![DocId(1)]);
    }

    #[test]
    fn date_range_overlaps_month_precision() {
        let f = Filter {
            from: Some(Date::day(2024, 6, 30)),
            to: Some(Date::year(2024)),
            ..Default::default()
        };
        let m = f.apply(&CORPUS);
        assert_eq!(ids(&CORPUS, &m), vec!["treaty"]);
        assert_eq!(m.claims, vec![ClaimId(0)], "\"signed\" quotes the treaty");
        assert_eq!(m.documents.len(), 2, "documents have no date");
        let f = Filter {
            to: Some(Date::year(1991)),
            ..Default::default()
        };
        let m = f.apply(&CORPUS);
        assert_eq!(ids(&CORPUS, &m), vec!["dissolution"]);
        assert!(
            m.claims.is_empty(),
            "claims follow the dated items they share quotes with: none reach back to 1991"
        );
        assert_eq!(
            m.relations,
            vec![RelationId(1)],
            "a tie from June 2024 does not reach back to 1991; an undated one does"
        );
    }

    #[test]
    fn query_is_case_and_accent_insensitive_and_searches_quotes() {
        let f = Filter {
            q: "PYONGYANG".into(),
            ..Default::default()
        };
        assert_eq!(ids(&CORPUS, &f.apply(&CORPUS)), vec!["treaty"]);
        let f = Filter {
            q: "beser".into(),
            ..Default::default()
        };
        assert_eq!(f.apply(&CORPUS).documents, vec![DocId(1)]);
    }

    #[test]
    fn source_narrows_every_list() {
        let f = Filter {
            sources: vec![DocId(1)],
            ..Default::default()
        };
        let m = f.apply(&CORPUS);
        assert_eq!(ids(&CORPUS, &m), vec!["treaty"]);
        assert_eq!(m.documents, vec![DocId(1)]);
    }

    /// Kind facets narrow their own items by kind and the others through shared quotes.
    #[test]
    fn kind_facets_narrow_their_own_items_and_the_others_through_shared_quotes() {
        // (filter, events shown, relations shown, claims shown)
        type Case = (
            Filter,
            &'static [&'static str],
            &'static [u16],
            &'static [u16],
        );
        let cases: [Case; 5] = [
            // claim type: the prediction claim; no event or relation shares its quote
            (
                Filter {
                    kinds: vec![Kind::Claim(ClaimType::Prediction)],
                    ..Default::default()
                },
                &[],
                &[],
                &[1],
            ),
            // claim type: fact; the treaty event and the mutual-defence tie quote the
            // same sentence as the "signed" fact
            (
                Filter {
                    kinds: vec![Kind::Claim(ClaimType::Fact)],
                    ..Default::default()
                },
                &["treaty"],
                &[0],
                &[0],
            ),
            // event kind: treaty events; the treaty's quotes are shared by the fact and
            // by both ties
            (
                Filter {
                    kinds: vec![Kind::Event(EventKind::Treaty)],
                    ..Default::default()
                },
                &["treaty", "ratified"],
                &[0, 1],
                &[0],
            ),
            // relation status: both ties are asserted
            (
                Filter {
                    statuses: vec![RelationStatus::Asserted],
                    ..Default::default()
                },
                &["treaty"],
                &[0, 1],
                &[0],
            ),
            // asserted by an unnamed source: nobody here
            (
                Filter {
                    by: vec![AsserterKind::Unnamed],
                    ..Default::default()
                },
                &[],
                &[],
                &[],
            ),
        ];
        for (f, events, relations, claims) in cases {
            let m = f.apply(&CORPUS);
            assert_eq!(ids(&CORPUS, &m), events, "{f:?}");
            let r: Vec<u16> = m.relations.iter().map(|r| r.0).collect();
            assert_eq!(r, relations, "{f:?}");
            let cl: Vec<u16> = m.claims.iter().map(|c| c.0).collect();
            assert_eq!(cl, claims, "{f:?}");
        }
    }

    /// "Only contested points": the comparison whose sides differ, and what shares its
    /// quotes (the `respond` prediction, the japan-fears tie, the treaty event quoted in
    /// beta's "fears the treaty"); the agreeing comparison is left out.
    #[test]
    fn contested_keeps_the_contested_comparisons_and_what_shares_their_quotes() {
        let f = Filter {
            contested: true,
            ..Default::default()
        };
        let m = f.apply(&CORPUS);
        assert_eq!(m.comparisons, vec![ComparisonId(1)]);
        assert_eq!(m.claims, vec![ClaimId(1)]);
        assert_eq!(m.relations, vec![RelationId(1)]);
        assert_eq!(ids(&CORPUS, &m), vec!["treaty"]);
        assert_eq!(m.documents, vec![DocId(1)]);
        assert!(f.has(Facet::Contested));
        assert_eq!(f.facets(), vec![Facet::Contested]);
        assert!(f.without(Facet::Contested).is_empty());
        assert!(f.cleared(Group::Contested).is_empty());
    }

    #[test]
    fn facets_list_remove_and_toggle_each_constraint() {
        let f = Filter {
            q: "treaty".into(),
            actors: vec![EntityId(0), EntityId(2)],
            to: Some(Date::year(2025)),
            kinds: vec![Kind::Claim(ClaimType::Prediction)],
            statuses: vec![RelationStatus::Predicted],
            by: vec![AsserterKind::Survey],
            ..Default::default()
        };
        assert_eq!(
            f.facets(),
            [
                Facet::Text,
                Facet::Actor(EntityId(0)),
                Facet::Actor(EntityId(2)),
                Facet::To,
                Facet::Kind(Kind::Claim(ClaimType::Prediction)),
                Facet::Status(RelationStatus::Predicted),
                Facet::By(AsserterKind::Survey),
            ]
        );
        let mut g = f.clone();
        for facet in f.facets() {
            assert!(g.has(facet));
            g = g.without(facet);
            assert!(!g.has(facet));
        }
        assert!(g.is_empty());
        let mut t = Filter::default();
        for facet in f.facets().into_iter().skip(1) {
            t.toggle(facet);
        }
        t.to = f.to;
        t.q = f.q.clone();
        assert_eq!(t, f);
        t.toggle(Facet::By(AsserterKind::Survey));
        assert!(t.by.is_empty());
        assert!(f.cleared(Group::Actor).actors.is_empty());
        assert!(f.cleared(Group::ClaimType).kinds.is_empty());
        assert_eq!(f.cleared(Group::Date).to, None);
    }

    #[test]
    fn facet_codes_round_trip_and_reject_the_rest() {
        let c: &Corpus = &CORPUS;
        let mut all = vec![Facet::Text, Facet::From, Facet::To, Facet::Contested];
        all.extend(c.entity_ids().map(Facet::Actor));
        all.extend(c.document_ids().map(Facet::Source));
        all.extend(Kind::all().map(Facet::Kind));
        all.extend(RelationStatus::ALL.iter().map(|&s| Facet::Status(s)));
        all.extend(AsserterKind::ALL.iter().map(|&b| Facet::By(b)));
        for f in all {
            assert_eq!(Facet::from_code(&f.code(), c), Some(f), "{}", f.code());
        }
        for bad in [
            "",
            "a",
            "a9",
            "a-1",
            "a99999999",
            "s2",
            "kclaim.rumour",
            "tx",
            "qq",
            "z1",
            "x1",
            "é",
        ] {
            assert_eq!(Facet::from_code(bad, c), None, "{bad}");
        }
    }

    #[test]
    fn toggling_an_actor_adds_then_removes_it() {
        let mut f = Filter::default();
        f.toggle_actor(EntityId(2));
        f.toggle_actor(EntityId(0));
        assert_eq!(f.actors, vec![EntityId(0), EntityId(2)]);
        f.toggle_actor(EntityId(2));
        assert_eq!(f.actors, vec![EntityId(0)]);
    }

    /// Events with neither a date nor `after`: the timeline's undated band.
    fn undated() -> &'static Corpus {
        let ev = |id: &str, date: Option<Date>, after: Vec<usize>| crate::owned::Event {
            id: id.to_string(),
            title: id.to_string(),
            kind: EventKind::Other,
            date,
            end: None,
            actors: vec![],
            place: None,
            reported: false,
            after,
            evidence: vec![],
        };
        crate::pack::pack(&crate::owned::Corpus {
            events: vec![
                ev("undated", None, vec![]),
                ev("late", Some(Date::year(2024)), vec![]),
                ev("after-undated", None, vec![0]),
                ev("early", Some(Date::year(1991)), vec![]),
                ev("after-late", None, vec![1]),
                ev("cycle-a", None, vec![6]),
                ev("cycle-b", None, vec![5]),
            ],
            ..Default::default()
        })
    }

    #[test]
    fn undated_events_come_last_and_never_panic() {
        let c = undated();
        let m = Filter::default().apply(c);
        let got = ids(c, &m);
        assert_eq!(&got[..3], ["early", "late", "after-late"], "{got:?}");
        // The rest have no date to go by: after every dated event, in an order that
        // still keeps `after` (the cycle, which the texts never give, just stops).
        assert_eq!(got.len(), 7);
        let pos = |id| got.iter().position(|&g| g == id).unwrap();
        assert!(pos("undated") < pos("after-undated"));
        // A date range hides what has no date.
        let f = Filter {
            from: Some(Date::year(1990)),
            ..Default::default()
        };
        assert_eq!(ids(c, &f.apply(c)), ["early", "late"]);
    }

    #[test]
    fn kind_ids_round_trip() {
        for k in Kind::all() {
            assert_eq!(Kind::from_id(&k.id()), Some(k));
        }
        assert_eq!(Kind::from_id("event"), None);
        assert_eq!(Kind::from_id("claim.rumour"), None);
    }
}

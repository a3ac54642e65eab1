//! The filter every view shares, and what passes it.
//!
//! Semantics: within a facet the selected values are alternatives (any actor, any
//! source, any kind); across facets they all apply. Items with no known date (claims,
//! undated relations) are not narrowed by the date range; undated events are hidden by
//! it. The text query matches when every word occurs in the item's own text, its
//! quotes or the names of its actors.

use crate::date::Date;
use crate::model::*;
use crate::search::{Folded, SearchIndex};
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
        match self {
            Kind::Event(k) => format!("event.{}", k.id()),
            Kind::Relation(k) => format!("relation.{}", k.id()),
            Kind::Claim(k) => format!("claim.{}", k.id()),
        }
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
}

impl Facet {
    /// Says the constraint in words: "actor: Japan", "from June 2024".
    pub fn label(self, f: &Filter, c: &Corpus) -> String {
        match self {
            Facet::Text => format!("text “{}”", f.q),
            Facet::Actor(a) => format!("actor: {}", c.entity(a).name),
            Facet::From => format!("from {}", f.from.map(|d| d.label()).unwrap_or_default()),
            Facet::To => format!("to {}", f.to.map(|d| d.label()).unwrap_or_default()),
            Facet::Source(d) => format!("source: {}", c.document(d).title),
            Facet::Kind(Kind::Event(k)) => format!("events: {}", k.label()),
            Facet::Kind(Kind::Relation(k)) => format!("relations: {}", k.label()),
            Facet::Kind(Kind::Claim(k)) => format!("claims: {}", k.label()),
        }
    }
}

/// What passes a filter, in display order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    pub events: Vec<EventId>,
    pub relations: Vec<RelationId>,
    pub claims: Vec<ClaimId>,
    pub documents: Vec<DocId>,
    pub comparisons: Vec<ComparisonId>,
}

impl Filter {
    /// Sorts and de-duplicates the lists, so the filter has one canonical form.
    pub fn normalize(mut self) -> Self {
        sort_dedup(&mut self.actors);
        sort_dedup(&mut self.sources);
        sort_dedup(&mut self.kinds);
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
        }
        f
    }

    /// Selects an actor, or deselects it when it is already selected.
    pub fn toggle_actor(&mut self, a: EntityId) {
        if self.actors.contains(&a) {
            self.actors.retain(|&x| x != a);
        } else {
            self.actors.push(a);
            sort_dedup(&mut self.actors);
        }
    }

    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Everything in the corpus that passes the filter. Events come in date order.
    pub fn apply(&self, c: &Corpus) -> Matches {
        self.apply_with(&SearchIndex::new(c))
    }

    /// [`Filter::apply`] with an index kept between calls, so the text of the corpus is
    /// folded once rather than on every keystroke.
    pub fn apply_with(&self, index: &SearchIndex) -> Matches {
        let c = index.corpus();
        let q = Query::new(&self.q);
        let text = |hay: fn(&Folded) -> &Vec<String>, i: usize| {
            q.is_empty() || q.matches_folded(&hay(index.folded())[i])
        };
        let mut events: Vec<EventId> = c
            .event_ids()
            .filter(|&e| self.event_passes(&c.event(e)) && text(|f| &f.events, e.index()))
            .collect();
        let order = index.timeline_order();
        sort_by_key(&mut events, |e| order[e.index()]);
        Matches {
            events,
            relations: c
                .relation_ids()
                .filter(|&r| {
                    self.relation_passes(&c.relation(r)) && text(|f| &f.relations, r.index())
                })
                .collect(),
            claims: c
                .claim_ids()
                .filter(|&cl| self.claim_passes(&c.claim(cl)) && text(|f| &f.claims, cl.index()))
                .collect(),
            documents: c
                .document_ids()
                .filter(|&d| self.document_passes(c, d) && text(|f| &f.documents, d.index()))
                .collect(),
            comparisons: c
                .comparison_ids()
                .filter(|&cm| self.comparison_passes(c, cm) && text(|f| &f.comparisons, cm.index()))
                .collect(),
        }
    }

    fn kind_passes(&self, k: Kind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&k)
    }

    fn actors_pass(&self, involved: impl IntoIterator<Item = EntityId>) -> bool {
        self.actors.is_empty() || involved.into_iter().any(|a| self.actors.contains(&a))
    }

    fn sources_pass(&self, evidence: &[Evidence]) -> bool {
        self.sources.is_empty() || evidence.iter().any(|e| self.sources.contains(&e.doc))
    }

    /// Whether a span of days overlaps the selected range.
    fn span_passes(&self, first: i32, last: i32) -> bool {
        self.from.is_none_or(|f| last >= f.first_day())
            && self.to.is_none_or(|t| first <= t.last_day())
    }

    fn has_range(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// Whether an event passes every facet but the text.
    pub fn event_passes(&self, e: &Event) -> bool {
        let dated = match e.date {
            Some(d) => self.span_passes(d.first_day(), e.end.unwrap_or(d).last_day()),
            None => !self.has_range(),
        };
        dated
            && self.kind_passes(Kind::Event(e.kind))
            && self.actors_pass(e.actors.iter().copied().chain(e.place))
            && self.sources_pass(e.evidence)
    }

    /// Whether a relation passes every facet but the text.
    pub fn relation_passes(&self, r: &Relation) -> bool {
        let first = r.from.map_or(i32::MIN, |d| d.first_day());
        let last = r.to.map_or(i32::MAX, |d| d.last_day());
        self.span_passes(first, last)
            && self.kind_passes(Kind::Relation(r.kind))
            && self.actors_pass([r.source, r.target])
            && self.sources_pass(r.evidence)
    }

    /// Whether a claim passes every facet but the text.
    pub fn claim_passes(&self, cl: &Claim) -> bool {
        let by = match cl.by {
            Asserter::Entity(e) => Some(e),
            _ => None,
        };
        self.kind_passes(Kind::Claim(cl.kind))
            && self.actors_pass(cl.actors.iter().copied().chain(by))
            && self.sources_pass(cl.evidence)
    }

    /// Whether a document passes every facet but the text: it is a selected source and
    /// mentions a selected actor.
    pub fn document_passes(&self, c: &Corpus, d: DocId) -> bool {
        let text = c.document(d).text;
        (self.sources.is_empty() || self.sources.contains(&d))
            && (self.actors.is_empty() || self.actors.iter().any(|&a| mentions(c, text, a)))
    }

    /// Whether a comparison passes every facet but the text: one of its sides cites a
    /// selected source, and one of its quotes names a selected actor.
    pub fn comparison_passes(&self, c: &Corpus, cm: ComparisonId) -> bool {
        (self.sources.is_empty() || c.sides(cm).any(|s| self.sources_pass(s.evidence)))
            && (self.actors.is_empty()
                || c.sides(cm)
                    .flat_map(|s| s.evidence)
                    .any(|ev| self.actors.iter().any(|&a| mentions(c, c.quote(ev), a))))
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
        assert_eq!(ids(&CORPUS, &f.apply(&CORPUS)), vec!["treaty"]);
        let f = Filter {
            to: Some(Date::year(1991)),
            ..Default::default()
        };
        assert_eq!(ids(&CORPUS, &f.apply(&CORPUS)), vec!["dissolution"]);
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
    fn source_and_kind_narrow() {
        let f = Filter {
            sources: vec![DocId(1)],
            ..Default::default()
        };
        let m = f.apply(&CORPUS);
        assert_eq!(ids(&CORPUS, &m), vec!["treaty"]);
        assert_eq!(m.documents, vec![DocId(1)]);
        let f = Filter {
            kinds: vec![Kind::Claim(ClaimType::Prediction)],
            ..Default::default()
        };
        let m = f.apply(&CORPUS);
        assert!(m.events.is_empty() && m.relations.is_empty());
        assert_eq!(m.claims, vec![ClaimId(1)]);
    }

    #[test]
    fn facets_list_and_remove_each_constraint() {
        let f = Filter {
            q: "treaty".into(),
            actors: vec![EntityId(0), EntityId(2)],
            to: Some(Date::year(2025)),
            kinds: vec![Kind::Claim(ClaimType::Prediction)],
            ..Default::default()
        };
        let labels: Vec<String> = f.facets().iter().map(|x| x.label(&f, &CORPUS)).collect();
        assert_eq!(
            labels,
            [
                "text “treaty”",
                "actor: Russia",
                "actor: Japan",
                "to 2025",
                "claims: Prediction"
            ]
        );
        let mut g = f.clone();
        for facet in f.facets() {
            g = g.without(facet);
        }
        assert!(g.is_empty());
        assert_eq!(
            f.without(Facet::Actor(EntityId(0))).actors,
            vec![EntityId(2)]
        );
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

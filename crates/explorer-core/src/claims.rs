//! How the Claims view arranges its cards: in groups (by the point the sources compare,
//! by actor, by source or by claim type) and in an order (as the sources run, or by the
//! date a claim concerns), and which reading notes flag a claim's passage.
//!
//! Every claim is placed once per group it belongs to (a claim about two actors is in
//! both actors' groups); the view draws the arrangement once and the filter hides cards.

use crate::date::Date;
use crate::model::*;
use crate::search::SearchIndex;
use crate::selection::Item;
use crate::small_sort::sort_by_key;

/// What the claim cards are grouped by (`group=` in the URL; none is the default).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClaimGroup {
    /// One list.
    #[default]
    None,
    /// By the comparison whose quotes a claim shares (the point the sources compare).
    Comparison,
    /// By each actor a claim is about.
    Actor,
    /// By the source quoted.
    Source,
    /// By claim type.
    Type,
}

/// The order of the claims inside each group (`sort=` in the URL).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClaimSort {
    /// As the sources run: source by source, each in the order of its text.
    #[default]
    Source,
    /// By the earliest date of the events and ties a claim shares quotes with; claims
    /// that concern no date last, in source order.
    Date,
}

impl ClaimGroup {
    /// Every grouping, the default first.
    pub const ALL: [ClaimGroup; 5] = [
        ClaimGroup::None,
        ClaimGroup::Comparison,
        ClaimGroup::Actor,
        ClaimGroup::Source,
        ClaimGroup::Type,
    ];

    /// The value in a link.
    pub fn id(self) -> &'static str {
        match self {
            ClaimGroup::None => "none",
            ClaimGroup::Comparison => "comparison",
            ClaimGroup::Actor => "actor",
            ClaimGroup::Source => "source",
            ClaimGroup::Type => "type",
        }
    }

    /// The grouping a link's value names.
    pub fn from_id(id: &str) -> Option<ClaimGroup> {
        ClaimGroup::ALL.into_iter().find(|g| g.id() == id)
    }
}

impl ClaimSort {
    /// Both orders, the default first.
    pub const ALL: [ClaimSort; 2] = [ClaimSort::Source, ClaimSort::Date];

    /// The value in a link.
    pub fn id(self) -> &'static str {
        match self {
            ClaimSort::Source => "source",
            ClaimSort::Date => "date",
        }
    }

    /// The order a link's value names.
    pub fn from_id(id: &str) -> Option<ClaimSort> {
        ClaimSort::ALL.into_iter().find(|g| g.id() == id)
    }
}

/// The heading of a group of claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupKey {
    /// Every claim, ungrouped.
    All,
    Comparison(ComparisonId),
    /// Claims that share no quote with a comparison.
    NotCompared,
    Actor(EntityId),
    /// Claims about no actor.
    NoActor,
    Source(DocId),
    Type(ClaimType),
}

/// The claims of the corpus in groups, each group in `sort` order; groups in corpus
/// order (comparisons, sources, types), actors the most claimed first; the catch-all
/// groups (not compared, no actor) last. Empty groups are left out.
pub fn arrange(
    index: &SearchIndex,
    group: ClaimGroup,
    sort: ClaimSort,
) -> Vec<(GroupKey, Vec<ClaimId>)> {
    let c = index.corpus();
    let mut claims: Vec<ClaimId> = c.claim_ids().collect();
    let by_source = |x: &ClaimId| {
        let e = c.claim(*x).evidence.first();
        (
            e.map_or(u16::MAX, |e| e.doc.0),
            e.map_or(0, |e| e.start),
            x.0,
        )
    };
    match sort {
        ClaimSort::Source => sort_by_key(&mut claims, by_source),
        ClaimSort::Date => {
            let days: Vec<i32> = c
                .claim_ids()
                .map(|x| concerns(index, x).map_or(i32::MAX, |d| d.first_day()))
                .collect();
            sort_by_key(&mut claims, |x| (days[x.index()], by_source(x)))
        }
    }
    let mut groups: Vec<(GroupKey, Vec<ClaimId>)> = Vec::new();
    let mut put = |key: GroupKey, x: ClaimId| match groups.iter_mut().find(|g| g.0 == key) {
        Some(g) => g.1.push(x),
        None => groups.push((key, vec![x])),
    };
    for &x in &claims {
        let cl = c.claim(x);
        match group {
            ClaimGroup::None => put(GroupKey::All, x),
            ClaimGroup::Source => {
                let mut docs: Vec<DocId> = cl.evidence.iter().map(|e| e.doc).collect();
                crate::small_sort::sort_dedup(&mut docs);
                for d in docs {
                    put(GroupKey::Source(d), x);
                }
            }
            ClaimGroup::Type => put(GroupKey::Type(cl.kind), x),
            ClaimGroup::Actor => {
                for &a in cl.actors {
                    put(GroupKey::Actor(a), x);
                }
                if cl.actors.is_empty() {
                    put(GroupKey::NoActor, x);
                }
            }
            ClaimGroup::Comparison => {
                let mut any = false;
                for item in index.linked(Item::Claim(x)) {
                    if let Item::Comparison(m) = item {
                        put(GroupKey::Comparison(m), x);
                        any = true;
                    }
                }
                if !any {
                    put(GroupKey::NotCompared, x);
                }
            }
        }
    }
    let rank = |k: &GroupKey| -> (u8, u32) {
        match *k {
            GroupKey::All => (0, 0),
            GroupKey::Comparison(m) => (0, m.0.into()),
            GroupKey::Source(d) => (0, d.0.into()),
            GroupKey::Type(t) => (0, t as u32),
            GroupKey::Actor(_) => (0, 0),
            GroupKey::NotCompared | GroupKey::NoActor => (1, 0),
        }
    };
    // Actors: the most claimed first (ties by id); the rest by their corpus order.
    sort_by_key(&mut groups, |(k, v)| {
        let (last, n) = rank(k);
        let size = match k {
            GroupKey::Actor(a) => (u32::MAX - v.len() as u32, u32::from(a.0)),
            _ => (0, 0),
        };
        (last, size, n)
    });
    groups
}

/// The date a claim concerns: the earliest date of the events (their date) and ties
/// (their start) it shares a quote with, at its own precision; `None` when it shares
/// none that is dated.
pub fn concerns(index: &SearchIndex, x: ClaimId) -> Option<Date> {
    let c = index.corpus();
    index
        .linked(Item::Claim(x))
        .into_iter()
        .filter_map(|item| match item {
            Item::Event(e) => c.event(e).date,
            Item::Relation(r) => c.relation(r).from,
            _ => None,
        })
        .min_by_key(|d| d.first_day())
}

/// The reading notes whose passages overlap any of these quotes (a note flagging an
/// unattributed figure, a hedge, page debris in the passage a claim rests on), each
/// once, in corpus order.
pub fn notes_over(c: &Corpus, evidence: &[Evidence]) -> Vec<NoteId> {
    let mut out = Vec::new();
    for e in evidence {
        for n in c.notes_of(e.doc) {
            let over = c
                .note(n)
                .evidence
                .iter()
                .any(|q| q.doc == e.doc && q.start < e.end() && e.start < q.end());
            if over && !out.contains(&n) {
                out.push(n);
            }
        }
    }
    sort_by_key(&mut out, |n| n.0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::CORPUS;

    fn ids(groups: &[(GroupKey, Vec<ClaimId>)]) -> Vec<(GroupKey, Vec<&'static str>)> {
        groups
            .iter()
            .map(|(k, v)| (*k, v.iter().map(|&x| CORPUS.claim(x).id).collect()))
            .collect()
    }

    #[test]
    fn ids_round_trip() {
        for g in ClaimGroup::ALL {
            assert_eq!(ClaimGroup::from_id(g.id()), Some(g));
        }
        for s in ClaimSort::ALL {
            assert_eq!(ClaimSort::from_id(s.id()), Some(s));
        }
        assert_eq!(ClaimGroup::from_id("colour"), None);
        assert_eq!(ClaimSort::from_id(""), None);
    }

    /// The fixture's claims: `signed` (fact, alpha, about russia and north korea, quoting
    /// the treaty sentence the comparison `treaty-status` compares; dated through the
    /// treaty to June 2024) and `respond` (prediction, beta, about japan, in the
    /// comparison `japan-response`; no date).
    #[test]
    fn groups_and_orders_on_a_table_of_cases() {
        let index = SearchIndex::new(*CORPUS);
        let (pact, response) = (ComparisonId(0), ComparisonId(1));
        type Case = (ClaimGroup, ClaimSort, Vec<(GroupKey, Vec<&'static str>)>);
        let cases: Vec<Case> = vec![
            (
                ClaimGroup::None,
                ClaimSort::Source,
                vec![(GroupKey::All, vec!["signed", "respond"])],
            ),
            (
                ClaimGroup::None,
                ClaimSort::Date,
                vec![(GroupKey::All, vec!["signed", "respond"])],
            ),
            (
                ClaimGroup::Source,
                ClaimSort::Source,
                vec![
                    (GroupKey::Source(DocId(0)), vec!["signed"]),
                    (GroupKey::Source(DocId(1)), vec!["respond"]),
                ],
            ),
            (
                ClaimGroup::Type,
                ClaimSort::Source,
                vec![
                    (GroupKey::Type(ClaimType::Fact), vec!["signed"]),
                    (GroupKey::Type(ClaimType::Prediction), vec!["respond"]),
                ],
            ),
            (
                ClaimGroup::Comparison,
                ClaimSort::Source,
                vec![
                    (GroupKey::Comparison(pact), vec!["signed"]),
                    (GroupKey::Comparison(response), vec!["respond"]),
                ],
            ),
        ];
        for (group, sort, want) in cases {
            assert_eq!(
                ids(&arrange(&index, group, sort)),
                want,
                "{group:?} {sort:?}"
            );
        }
    }

    #[test]
    fn a_claim_about_two_actors_is_in_both_groups_the_most_claimed_first() {
        let index = SearchIndex::new(*CORPUS);
        let got = arrange(&index, ClaimGroup::Actor, ClaimSort::Source);
        let placed: usize = got.iter().map(|g| g.1.len()).sum();
        let expected: usize = CORPUS
            .claim_ids()
            .map(|x| CORPUS.claim(x).actors.len().max(1))
            .sum();
        assert_eq!(placed, expected);
        for w in got.windows(2) {
            if let (GroupKey::Actor(_), GroupKey::Actor(_)) = (w[0].0, w[1].0) {
                assert!(w[0].1.len() >= w[1].1.len());
            }
        }
    }

    #[test]
    fn a_claim_concerns_the_earliest_date_it_shares_a_quote_with() {
        let index = SearchIndex::new(*CORPUS);
        // `signed` quotes the treaty sentence (the treaty, June 2024; the mutual-defence
        // tie from June 2024); `respond` shares its quote with nothing dated.
        assert_eq!(concerns(&index, ClaimId(0)), Some(Date::month(2024, 6)));
        assert_eq!(concerns(&index, ClaimId(1)), None);
    }

    #[test]
    fn notes_over_finds_the_notes_on_a_passage() {
        let c: &Corpus = &CORPUS;
        for x in c.claim_ids() {
            let ev = c.claim(x).evidence;
            for n in notes_over(c, ev) {
                let note = c.note(n);
                assert!(note.evidence.iter().any(|q| ev
                    .iter()
                    .any(|e| e.doc == q.doc && q.start < e.end() && e.start < q.end())));
            }
        }
        assert!(notes_over(c, &[]).is_empty());
        // The hedge on "Japan will respond, Beşer predicts" flags the `respond` claim.
        assert_eq!(notes_over(c, c.claim(ClaimId(1)).evidence), vec![NoteId(0)]);
        assert_eq!(notes_over(c, c.claim(ClaimId(0)).evidence), vec![]);
    }
}

//! What passes the filter and, in the same pass, how many items each facet value would
//! give: the counts beside every facet value.
//!
//! The rule (Datasette's): a value's count is how many items of the view would match if
//! that value were added to its facet, all the other facets as they are. For a facet
//! with nothing selected that is the matches having the value; for a facet with values
//! selected (alternatives, so adding one widens) it is the current matches plus the
//! items that fail only this facet and have the value. A selected value counts the
//! current matches that have it.

use crate::filter::{Facet, Filter, Group, Kind, Matches, Prepared, ALL_GROUPS};
use crate::model::*;
use crate::search::{Facts, Folded, SearchIndex};
use crate::small_sort::sort_by_key;

/// Which items a view shows, and so what its counts count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Subject {
    Events,
    Relations,
    #[default]
    Claims,
    Documents,
}

/// Per facet value: the matches that have it, and the items that fail only its facet
/// and have it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Tally {
    within: Vec<u32>,
    extra: Vec<u32>,
}

impl Tally {
    fn new(n: usize) -> Self {
        Tally {
            within: vec![0; n],
            extra: vec![0; n],
        }
    }

    fn add(&mut self, i: usize, passes_all: bool) {
        if passes_all {
            self.within[i] += 1;
        } else {
            self.extra[i] += 1;
        }
    }
}

/// The counts beside every facet value, for one view's items.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// How many of the view's items match now.
    pub shown: u32,
    /// How many of the view's items there are.
    pub total: u32,
    actors: Tally,
    sources: Tally,
    /// Event kinds, relation types, statuses, claim types, asserter kinds, contested.
    masked: [Tally; 6],
    /// Whether each group has values selected, and which values.
    selected: [bool; 10],
    selected_values: Vec<Facet>,
}

impl Counts {
    /// The count beside a facet value (text and dates have none: 0).
    pub fn of(&self, facet: Facet) -> u32 {
        let (group, tally, i) = match facet {
            Facet::Actor(a) => (Group::Actor, &self.actors, a.index()),
            Facet::Source(d) => (Group::Source, &self.sources, d.index()),
            Facet::Kind(Kind::Event(k)) => (Group::EventKind, &self.masked[0], k as usize),
            Facet::Kind(Kind::Relation(k)) => (Group::RelationType, &self.masked[1], k as usize),
            Facet::Status(s) => (Group::Status, &self.masked[2], s as usize),
            Facet::Kind(Kind::Claim(k)) => (Group::ClaimType, &self.masked[3], k as usize),
            Facet::By(b) => (Group::By, &self.masked[4], b as usize),
            Facet::Contested => (Group::Contested, &self.masked[5], 0),
            Facet::Text | Facet::From | Facet::To => return 0,
        };
        let within = tally.within.get(i).copied().unwrap_or(0);
        let extra = tally.extra.get(i).copied().unwrap_or(0);
        if self.selected[group as usize] && !self.is_selected(facet) {
            self.shown + extra
        } else {
            within
        }
    }

    fn is_selected(&self, facet: Facet) -> bool {
        self.selected_values.contains(&facet)
    }
}

/// The filter's matches and its counts for one view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Explore {
    pub matches: Matches,
    pub counts: Counts,
}

/// Everything that passes `filter`, and the counts for `subject`'s items, in one pass
/// over the corpus.
pub fn explore(filter: &Filter, index: &SearchIndex, subject: Subject) -> Explore {
    let c = index.corpus();
    let p = Prepared::new(filter);
    let facts = index.facts();
    // The folded texts only when there are words to look for: folding every text is the
    // costliest part of the index, and a filter without words never reads them.
    let folded = (!p.query.is_empty()).then(|| index.folded());
    let selected = selected_groups(filter);
    let mut counts = Counts {
        actors: Tally::new(c.entity_ids().len()),
        sources: Tally::new(c.document_ids().len()),
        masked: [
            Tally::new(EventKind::ALL.len()),
            Tally::new(RelationType::ALL.len()),
            Tally::new(RelationStatus::ALL.len()),
            Tally::new(ClaimType::ALL.len()),
            Tally::new(AsserterKind::ALL.len()),
            Tally::new(1),
        ],
        selected,
        selected_values: filter.facets(),
        ..Default::default()
    };
    // One table: the rows that pass every group, and (for the view's own table) the
    // tallies.
    let mut table = |rows: &[Facts], texts: Option<&[String]>, tally: bool| -> Vec<u16> {
        let mut out = Vec::new();
        for (i, facts) in rows.iter().enumerate() {
            let text = texts.and_then(|t| t.get(i)).map_or("", String::as_str);
            let m = p.passes(facts, text);
            if m == ALL_GROUPS {
                out.push(i as u16);
            }
            if tally {
                counts.total += 1;
                tally_row(&mut counts, facts, m);
            }
        }
        if tally {
            counts.shown = out.len() as u32;
        }
        out
    };
    let texts = |f: fn(&Folded) -> &[String]| folded.map(f);
    let mut events = table(
        &facts.events,
        texts(|f| &f.events),
        subject == Subject::Events,
    );
    let relations = table(
        &facts.relations,
        texts(|f| &f.relations),
        subject == Subject::Relations,
    );
    let claims = table(
        &facts.claims,
        texts(|f| &f.claims),
        subject == Subject::Claims,
    );
    let documents = table(
        &facts.documents,
        texts(|f| &f.documents),
        subject == Subject::Documents,
    );
    let comparisons = table(&facts.comparisons, texts(|f| &f.comparisons), false);
    let order = index.timeline_order();
    sort_by_key(&mut events, |&e| order[e as usize]);
    Explore {
        matches: Matches {
            events: events.into_iter().map(EventId).collect(),
            relations: relations.into_iter().map(RelationId).collect(),
            claims: claims.into_iter().map(ClaimId).collect(),
            documents: documents.into_iter().map(DocId).collect(),
            comparisons: comparisons.into_iter().map(ComparisonId).collect(),
        },
        counts,
    }
}

fn selected_groups(f: &Filter) -> [bool; 10] {
    let mut s = [false; 10];
    for facet in f.facets() {
        let g = match facet {
            Facet::Text => Group::Text,
            Facet::Actor(_) => Group::Actor,
            Facet::From | Facet::To => Group::Date,
            Facet::Source(_) => Group::Source,
            Facet::Kind(Kind::Event(_)) => Group::EventKind,
            Facet::Kind(Kind::Relation(_)) => Group::RelationType,
            Facet::Status(_) => Group::Status,
            Facet::Kind(Kind::Claim(_)) => Group::ClaimType,
            Facet::By(_) => Group::By,
            Facet::Contested => Group::Contested,
        };
        s[g as usize] = true;
    }
    s
}

/// Adds a row to the tallies of the groups it counts in: every group when it passes
/// them all, the one group it fails otherwise (a row failing two groups counts nowhere).
fn tally_row(counts: &mut Counts, facts: &Facts, pass: u16) {
    let failed = ALL_GROUPS & !pass;
    let all = failed == 0;
    if !all && failed.count_ones() != 1 {
        return;
    }
    let counts_in = |g: Group| all || failed == g.bit();
    if counts_in(Group::Actor) {
        for a in &facts.actors {
            counts.actors.add(a.index(), all);
        }
    }
    if counts_in(Group::Source) {
        for d in &facts.sources {
            counts.sources.add(d.index(), all);
        }
    }
    for (k, g) in Group::MASKED.iter().enumerate() {
        if counts_in(*g) {
            let mut bits = facts.masks[k];
            while bits != 0 {
                let i = bits.trailing_zeros() as usize;
                counts.masked[k].add(i, all);
                bits &= bits - 1;
            }
        }
    }
}

/// When nothing matches: the constraint whose removal would show the most of the
/// view's items, and how many it would show (`None` when no single removal helps).
pub fn loosen(filter: &Filter, index: &SearchIndex, subject: Subject) -> Option<(Facet, u32)> {
    filter
        .facets()
        .into_iter()
        .map(|facet| {
            let n = explore(&filter.without(facet), index, subject).counts.shown;
            (facet, n)
        })
        .filter(|&(_, n)| n > 0)
        .fold(None, |best: Option<(Facet, u32)>, (f, n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((f, n)),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::CORPUS;
    use crate::Date;

    fn shown(f: &Filter, subject: Subject) -> u32 {
        explore(f, &SearchIndex::new(*CORPUS), subject).counts.shown
    }

    /// The texts are folded only once there are words to look for; what passes is the
    /// same either way.
    #[test]
    fn texts_are_folded_only_for_a_query() {
        let cases: [(&str, bool); 4] = [("", false), ("  ", false), ("japan", true), ("\"", false)];
        for (q, folds) in cases {
            let index = SearchIndex::new(*CORPUS);
            let f = Filter {
                q: q.into(),
                ..Default::default()
            };
            let e = explore(&f, &index, Subject::Events);
            assert_eq!(index.is_folded(), folds, "q={q:?}");
            let warm = SearchIndex::new(*CORPUS);
            warm.folded();
            assert_eq!(explore(&f, &warm, Subject::Events), e, "q={q:?}");
        }
    }

    /// Every value the facets offer for the fixture.
    fn values() -> Vec<Facet> {
        let mut v: Vec<Facet> = CORPUS.entity_ids().map(Facet::Actor).collect();
        v.extend(CORPUS.document_ids().map(Facet::Source));
        v.extend(Kind::all().map(Facet::Kind));
        v.extend(RelationStatus::ALL.iter().map(|&s| Facet::Status(s)));
        v.extend(AsserterKind::ALL.iter().map(|&b| Facet::By(b)));
        v.push(Facet::Contested);
        v
    }

    /// The rule, checked value by value against applying the filter: a value's count is
    /// the number of matches once it is added (for a selected value, the matches that
    /// have it: those left when it is the only value of its facet).
    #[test]
    fn every_count_is_the_number_of_matches_after_adding_its_value() {
        let filters = [
            Filter::default(),
            Filter {
                actors: vec![EntityId(2)],
                ..Default::default()
            },
            Filter {
                actors: vec![EntityId(0)],
                sources: vec![DocId(0)],
                ..Default::default()
            },
            Filter {
                kinds: vec![Kind::Claim(ClaimType::Fact)],
                statuses: vec![RelationStatus::Asserted],
                ..Default::default()
            },
            Filter {
                q: "treaty".into(),
                to: Some(Date::year(2024)),
                ..Default::default()
            },
            Filter {
                contested: true,
                ..Default::default()
            },
            Filter {
                contested: true,
                kinds: vec![Kind::Claim(ClaimType::Prediction)],
                actors: vec![EntityId(2)],
                ..Default::default()
            },
            Filter {
                q: "japan".into(),
                by: vec![AsserterKind::Author],
                actors: vec![EntityId(1), EntityId(3)],
                ..Default::default()
            },
        ];
        let subjects = [
            Subject::Events,
            Subject::Relations,
            Subject::Claims,
            Subject::Documents,
        ];
        let index = SearchIndex::new(*CORPUS);
        for f in &filters {
            for &subject in &subjects {
                let counts = explore(f, &index, subject).counts;
                assert_eq!(counts.shown, shown(f, subject));
                for value in values() {
                    let expected = if f.has(value) {
                        // The matches that have this value.
                        let mut only = f.clone();
                        for other in f.facets() {
                            if same_group(other, value) && other != value {
                                only = only.without(other);
                            }
                        }
                        shown(&only, subject)
                    } else {
                        let mut added = f.clone();
                        added.toggle(value);
                        shown(&added, subject)
                    };
                    assert_eq!(
                        counts.of(value),
                        expected,
                        "{value:?} under {f:?} counting {subject:?}"
                    );
                }
            }
        }
    }

    fn same_group(a: Facet, b: Facet) -> bool {
        selected_groups(&with(a)) == selected_groups(&with(b))
    }

    fn with(facet: Facet) -> Filter {
        let mut f = Filter::default();
        f.toggle(facet);
        f
    }

    #[test]
    fn loosening_names_the_most_restrictive_constraint() {
        let index = SearchIndex::new(*CORPUS);
        // Japan's claims come from beta only: with alpha selected, none match.
        let f = Filter {
            actors: vec![EntityId(2)],
            sources: vec![DocId(0)],
            ..Default::default()
        };
        assert_eq!(explore(&f, &index, Subject::Claims).counts.shown, 0);
        let (facet, n) = loosen(&f, &index, Subject::Claims).expect("a removal helps");
        assert_eq!(
            facet,
            Facet::Actor(EntityId(2)),
            "dropping Japan shows alpha's claim"
        );
        assert_eq!(n, 1);
        assert_eq!(loosen(&Filter::default(), &index, Subject::Claims), None);
    }

    #[test]
    fn totals_count_the_view_s_own_items() {
        let index = SearchIndex::new(*CORPUS);
        let f = Filter::default();
        let t = |s| explore(&f, &index, s).counts.total;
        assert_eq!(
            (
                t(Subject::Events),
                t(Subject::Relations),
                t(Subject::Claims),
                t(Subject::Documents)
            ),
            (4, 2, 2, 2)
        );
    }
}

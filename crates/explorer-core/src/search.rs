//! The search index: each item's searchable text (its own words, its quotes, the names
//! and aliases of its actors) folded once, on the first search, so typing only scans.

use crate::filter::timeline_order;
use crate::model::*;
use crate::text::fold;
use std::sync::OnceLock;

/// Folded searchable text of every item, by table and position.
#[derive(Debug, Default)]
pub struct Folded {
    pub events: Vec<String>,
    pub relations: Vec<String>,
    pub claims: Vec<String>,
    pub documents: Vec<String>,
    pub comparisons: Vec<String>,
}

/// What filtering needs beyond the corpus, computed when first needed and kept.
#[derive(Debug)]
pub struct SearchIndex<'c> {
    corpus: &'c Corpus,
    folded: OnceLock<Folded>,
    order: OnceLock<Vec<usize>>,
}

impl<'c> SearchIndex<'c> {
    /// An index over `corpus`; nothing is computed yet.
    pub fn new(corpus: &'c Corpus) -> Self {
        SearchIndex {
            corpus,
            folded: OnceLock::new(),
            order: OnceLock::new(),
        }
    }

    /// The corpus indexed.
    pub fn corpus(&self) -> &'c Corpus {
        self.corpus
    }

    /// The folded texts, built on first use.
    pub fn folded(&self) -> &Folded {
        self.folded.get_or_init(|| fold_corpus(self.corpus))
    }

    /// Each event's position on the timeline (see [`timeline_order`]).
    pub fn timeline_order(&self) -> &[usize] {
        self.order.get_or_init(|| timeline_order(self.corpus))
    }
}

fn fold_corpus(c: &Corpus) -> Folded {
    let quotes =
        |t: &mut Vec<&'static str>, ev: &[Evidence]| t.extend(ev.iter().map(|e| c.quote(e)));
    let names = |t: &mut Vec<&'static str>, actors: &mut dyn Iterator<Item = EntityId>| {
        for a in actors {
            t.extend(c.names(a));
        }
    };
    let hay = |t: Vec<&str>| fold(&t.join("\n"));
    Folded {
        events: c
            .event_ids()
            .map(|id| {
                let e = c.event(id);
                let mut t = vec![e.title, e.kind.label()];
                quotes(&mut t, e.evidence);
                names(&mut t, &mut e.actors.iter().copied().chain(e.place));
                hay(t)
            })
            .collect(),
        relations: c
            .relation_ids()
            .map(|id| {
                let r = c.relation(id);
                let mut t = vec![r.summary, r.kind.label(), r.status.label()];
                quotes(&mut t, r.evidence);
                names(&mut t, &mut [r.source, r.target].into_iter());
                hay(t)
            })
            .collect(),
        claims: c
            .claim_ids()
            .map(|id| {
                let cl = c.claim(id);
                let mut t = vec![cl.text, cl.kind.label(), cl.by_label.unwrap_or("")];
                quotes(&mut t, cl.evidence);
                let by = match cl.by {
                    Asserter::Entity(e) => Some(e),
                    _ => None,
                };
                names(&mut t, &mut cl.actors.iter().copied().chain(by));
                hay(t)
            })
            .collect(),
        documents: c
            .document_ids()
            .map(|id| {
                let d = c.document(id);
                hay(vec![
                    d.title,
                    d.text,
                    d.author.unwrap_or(""),
                    d.outlet.unwrap_or(""),
                ])
            })
            .collect(),
        comparisons: c
            .comparison_ids()
            .map(|id| {
                let cm = c.comparison(id);
                let mut t = vec![cm.topic, cm.summary];
                for s in c.sides(id) {
                    t.push(s.label);
                    quotes(&mut t, s.evidence);
                }
                hay(t)
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::CORPUS;

    #[test]
    fn folds_each_item_once_with_quotes_and_actor_aliases() {
        let index = SearchIndex::new(*CORPUS);
        let f = index.folded();
        assert_eq!(f.events.len(), CORPUS.event_ids().len());
        assert!(f.events[0].contains("treaty signed"));
        assert!(f.events[0].contains("pyongyang"), "alias of an actor");
        assert!(f.documents[1].contains("beser"), "accent folded");
        assert!(std::ptr::eq(index.folded(), f), "built once");
    }
}

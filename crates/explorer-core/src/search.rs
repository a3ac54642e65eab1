//! The index the filter reads: each item's searchable text (its own words, its quotes,
//! the names and aliases of its actors, and the Japanese names of its actors and of
//! the entities its quotes name) folded once, and each item's facts for the
//! facets (actors, sources, dating, kinds of its own and of the items it shares a quote
//! with), gathered once, so a filter change only scans.

use crate::filter::{bit, timeline_order};
use crate::model::*;
use crate::selection::Item;
use crate::small_sort::{sort_by_key, sort_dedup};
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

/// How the date range narrows an item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Dating {
    /// Not narrowed: the item has no date of its own and quotes nothing dated (a
    /// document).
    #[default]
    Free,
    /// Hidden by any range: an event the texts give no date.
    Undated,
    /// Passes a range it overlaps: first and last day (open ends as `i32::MIN/MAX`).
    Span(i32, i32),
    /// Passes a range that one of these overlaps: the spans of the dated events and ties
    /// it shares a quote with (a claim, a comparison); none: hidden by any range.
    Via(Vec<(i32, i32)>),
}

/// What the facets look at in one item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// Its actors, sorted.
    pub actors: Vec<EntityId>,
    /// The documents it quotes, sorted.
    pub sources: Vec<DocId>,
    pub dating: Dating,
    /// Event kinds, relation types, relation statuses, claim types and asserter kinds,
    /// as bits of each vocabulary: its own, and those of the items it shares a quote
    /// with, and whether it is or shares a quote with a contested comparison (the order
    /// of [`crate::filter::Group::MASKED`]).
    pub masks: [u32; 6],
}

/// The facts of every item, by table and position.
#[derive(Debug, Default)]
pub struct AllFacts {
    pub events: Vec<Facts>,
    pub relations: Vec<Facts>,
    pub claims: Vec<Facts>,
    pub documents: Vec<Facts>,
    pub comparisons: Vec<Facts>,
}

/// One quote and the item it belongs to, for finding shared quotes.
#[derive(Clone, Copy, Debug)]
struct Span {
    start: u32,
    end: u32,
    owner: Item,
}

/// What filtering needs beyond the corpus, computed when first needed and kept.
#[derive(Debug)]
pub struct SearchIndex<'c> {
    corpus: &'c Corpus,
    folded: OnceLock<Folded>,
    order: OnceLock<Vec<usize>>,
    spans: OnceLock<Vec<Vec<Span>>>,
    named: OnceLock<Named>,
    facts: OnceLock<AllFacts>,
}

/// Where each document names an entity (see [`mentions_by_document`]).
type Named = Vec<Vec<(u32, u32, EntityId)>>;

impl<'c> SearchIndex<'c> {
    /// An index over `corpus`; nothing is computed yet.
    pub fn new(corpus: &'c Corpus) -> Self {
        SearchIndex {
            corpus,
            folded: OnceLock::new(),
            order: OnceLock::new(),
            spans: OnceLock::new(),
            named: OnceLock::new(),
            facts: OnceLock::new(),
        }
    }

    /// The corpus indexed.
    pub fn corpus(&self) -> &'c Corpus {
        self.corpus
    }

    /// The folded texts, built on first use.
    pub fn folded(&self) -> &Folded {
        self.folded.get_or_init(|| {
            // The Japanese names stand in for the English words of the quotes: only a
            // corpus that gives them needs the mentions here.
            let c = self.corpus;
            let ja = c.entities.name_ja.iter().any(|s| s.0 != 0);
            fold_corpus(c, ja.then(|| self.named()))
        })
    }

    /// Whether the texts have been folded (a filter without words does not fold them).
    pub fn is_folded(&self) -> bool {
        self.folded.get().is_some()
    }

    /// Each event's position on the timeline (see [`timeline_order`]).
    pub fn timeline_order(&self) -> &[usize] {
        self.order.get_or_init(|| timeline_order(self.corpus))
    }

    /// Every item's facts for the facets, gathered on first use.
    pub fn facts(&self) -> &AllFacts {
        self.facts
            .get_or_init(|| gather_facts(self.corpus, self.spans(), self.named()))
    }

    /// Where each document names an entity, found on first use.
    fn named(&self) -> &Named {
        self.named.get_or_init(|| mentions_by_document(self.corpus))
    }

    /// Every quote of every event, relation, claim and comparison side, by document,
    /// sorted by start.
    fn spans(&self) -> &[Vec<Span>] {
        self.spans.get_or_init(|| gather_spans(self.corpus))
    }

    /// The other items that share a quote with `item` (their quotes overlap in the same
    /// document), in table order, each once.
    pub fn linked(&self, item: Item) -> Vec<Item> {
        let mut out = Vec::new();
        for e in item.evidence(self.corpus) {
            for s in &self.spans()[e.doc.index()] {
                if s.owner != item && s.start < e.end() && e.start < s.end {
                    out.push(s.owner);
                }
            }
        }
        sort_dedup(&mut out);
        out
    }
}

fn gather_spans(c: &Corpus) -> Vec<Vec<Span>> {
    let mut by_doc: Vec<Vec<Span>> = vec![Vec::new(); c.document_ids().len()];
    let mut add = |owner: Item, ev: &[Evidence]| {
        for e in ev {
            by_doc[e.doc.index()].push(Span {
                start: e.start,
                end: e.end(),
                owner,
            });
        }
    };
    for e in c.event_ids() {
        add(Item::Event(e), c.event(e).evidence);
    }
    for r in c.relation_ids() {
        add(Item::Relation(r), c.relation(r).evidence);
    }
    for x in c.claim_ids() {
        add(Item::Claim(x), c.claim(x).evidence);
    }
    for x in c.comparison_ids() {
        for side in c.sides(x) {
            add(Item::Comparison(x), side.evidence);
        }
    }
    // A document holds a few hundred quotes at most, so a small sort suffices.
    for spans in &mut by_doc {
        sort_by_key(spans, |s| s.start);
    }
    by_doc
}

/// An item's own vocabulary bits (the order of [`Facts::masks`]).
fn own_masks(c: &Corpus, item: Item) -> [u32; 6] {
    let mut m = [0; 6];
    match item {
        Item::Event(e) => m[0] = bit(c.event(e).kind as usize),
        Item::Relation(r) => {
            let rel = c.relation(r);
            m[1] = bit(rel.kind as usize);
            m[2] = bit(rel.status as usize);
        }
        Item::Claim(x) => {
            let cl = c.claim(x);
            m[3] = bit(cl.kind as usize);
            m[4] = bit(cl.by.kind() as usize);
        }
        Item::Comparison(x) => {
            m[5] = u32::from(c.comparison(x).verdict != Verdict::Agree);
        }
        _ => {}
    }
    m
}

/// Which masks an item of this kind takes from its own values (the others come from
/// the items it shares quotes with).
fn own_slots(item: Item) -> [bool; 6] {
    match item {
        Item::Event(_) => [true, false, false, false, false, false],
        Item::Relation(_) => [false, true, true, false, false, false],
        Item::Claim(_) => [false, false, false, true, true, false],
        Item::Comparison(_) => [false, false, false, false, false, true],
        _ => [false; 6],
    }
}

/// Where each document names an entity: `(start, end, entity)` in bytes of its text, in
/// text order. One pass over each text (words looked up by the first word of each name),
/// where asking `mentions` for every entity would read every text once per entity.
///
/// The pass reads bytes, not characters: a word is a run of ASCII letters and digits and
/// non-ASCII characters, and every byte of a non-ASCII character is ≥ 0x80 in UTF-8, so a
/// word's bounds are the same either way (and decoding characters was most of the time a
/// first render spends on this at ten times the corpus). A character of an unspaced
/// script ([`crate::text::unspaced`], told by its first byte) is a word of its own, and a
/// name may start at any of them and end before any of them: unspaced Japanese names
/// its actors without a space either side.
pub fn mentions_by_document(c: &Corpus) -> Named {
    let table = NameTable::new(c);
    c.document_ids()
        .map(|d| table.scan(c.document(d).text))
        .collect()
}

/// Every name of every entity ([`Corpus::names`]) in buckets by a hash of its first word
/// (FNV-1a: a hash table without the std hasher's code in the download), twice as many
/// buckets as names, so that a word start looks at about one name however large the
/// corpus. A name that several entities share (a common alias) is compared once.
///
/// A scan reads bytes, not characters: a word is a run of ASCII letters and digits and
/// non-ASCII characters, and every byte of a non-ASCII character is ≥ 0x80 in UTF-8, so a
/// word's bounds are the same either way (and decoding characters was most of the time a
/// first render spends on this at ten times the corpus).
struct NameTable {
    buckets: usize,
    by_first: Vec<Vec<NameEntry>>,
}

/// A name's first word, the name, whether it ends in an unspaced character (then it
/// needs no boundary after it), and the entities it names.
type NameEntry = (&'static [u8], &'static [u8], bool, Vec<EntityId>);

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The length of the punctuation character `s` starts with, or 0: U+00A0–U+00BF and
/// U+2000–U+207F (the no-break space, guillemets, dashes, curly quotes, the ellipsis)
/// part words as ASCII punctuation does, so “Japan” and North Korea’s name their actors
/// ([`crate::text::contains_word`] agrees).
fn punct_len(s: &[u8]) -> usize {
    match s {
        [0xC2, 0xA0..=0xBF, ..] => 2,
        [0xE2, 0x80..=0x81, _, ..] => 3,
        _ => 0,
    }
}

/// Whether a word goes on at the start of `s`.
fn word_at(s: &[u8]) -> bool {
    s.first().is_some_and(|&b| is_word(b)) && punct_len(s) == 0
}

/// The length of the unspaced character `s` starts with ([`crate::text::unspaced`], told
/// by its first byte), or 0.
fn unspaced_len(s: &[u8]) -> usize {
    match s {
        [0xE3..=0xE9, ..] => 3,
        [0xF0, 0xA0..=0xBF, ..] => 4,
        _ => 0,
    }
}

/// The first word of `s`: its first character when that is unspaced or punctuation
/// beyond ASCII (a name may start with a curly quote), else the run of word bytes up to
/// the first unspaced character.
fn first_word(s: &[u8]) -> usize {
    match unspaced_len(s).max(punct_len(s)) {
        0 => (0..s.len())
            .find(|&i| !word_at(&s[i..]) || unspaced_len(&s[i..]) > 0)
            .unwrap_or(s.len()),
        n => n.min(s.len()),
    }
}

/// Whether the character before byte `i` of `text` goes on a word (a letter or digit,
/// not unspaced, not punctuation).
fn word_before(text: &[u8], i: usize) -> bool {
    // Back over the continuation bytes to where that character starts.
    let Some(start) = (0..i).rev().find(|&j| !(0x80..0xC0).contains(&text[j])) else {
        return false;
    };
    word_at(&text[start..]) && unspaced_len(&text[start..]) == 0
}

impl NameTable {
    fn new(c: &Corpus) -> Self {
        let names: usize = c.entity_ids().map(|e| c.names(e).count()).sum();
        let mut t = NameTable {
            buckets: (names * 2).next_power_of_two(),
            by_first: Vec::new(),
        };
        t.by_first = vec![Vec::new(); t.buckets];
        for e in c.entity_ids() {
            for name in c.names(e) {
                let open_end = name.chars().next_back().is_some_and(crate::text::unspaced);
                let name = name.as_bytes();
                let first = &name[..first_word(name)];
                let at = t.bucket(first);
                let b = &mut t.by_first[at];
                match b.iter_mut().find(|n| n.1 == name) {
                    Some(n) => n.3.push(e),
                    None => b.push((first, name, open_end, vec![e])),
                }
            }
        }
        t
    }

    fn bucket(&self, w: &[u8]) -> usize {
        let h = w.iter().fold(0x811c_9dc5_u32, |h, &b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
        h as usize & (self.buckets - 1)
    }

    /// Where `text` names an entity: `(start, end, entity)` in bytes, in text order.
    fn scan(&self, text: &str) -> Vec<(u32, u32, EntityId)> {
        let text = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            let punct = punct_len(&text[i..]);
            // A name that starts with punctuation (“no limits” …) must follow no letter.
            if punct > 0 && word_before(text, i) {
                i += punct;
                continue;
            }
            if punct == 0 && !word_at(&text[i..]) {
                i += 1;
                continue;
            }
            // A word (or a punctuation character a name may start with) starts at `i`.
            let rest = &text[i..];
            let len = first_word(rest).max(1);
            let w = &rest[..len];
            for (first, name, open_end, es) in &self.by_first[self.bucket(w)] {
                if *first != w || !rest.starts_with(name) {
                    continue;
                }
                let after = &rest[name.len()..];
                let apart = *open_end || !word_at(after) || unspaced_len(after) > 0;
                if apart {
                    let end = (i + name.len()) as u32;
                    out.extend(es.iter().map(|&e| (i as u32, end, e)));
                }
            }
            i += len;
        }
        out
    }
}

/// The entities named inside spans of documents (document, start, end), each once, in
/// id order (a mark per entity rather than a sort: a long text may name thousands).
fn named_in(c: &Corpus, named: &Named, spans: &[(DocId, u32, u32)]) -> Vec<EntityId> {
    let mut seen = vec![false; c.entity_ids().len()];
    mark_named(&mut seen, named, spans);
    c.entity_ids().filter(|e| seen[e.index()]).collect()
}

/// Marks the entities named inside spans of documents.
fn mark_named(seen: &mut [bool], named: &Named, spans: &[(DocId, u32, u32)]) {
    for &(d, from, to) in spans {
        // The mentions are in text order: from the first that starts inside the span.
        let all = &named[d.index()];
        let first = all.partition_point(|&(a, _, _)| a < from);
        for &(_, b, e) in all[first..].iter().take_while(|&&(a, _, _)| a < to) {
            if b <= to {
                seen[e.index()] = true;
            }
        }
    }
}

/// The spans of a list of quotes, as [`named_in`] takes them.
fn quote_spans(ev: &[Evidence]) -> Vec<(DocId, u32, u32)> {
    ev.iter().map(|q| (q.doc, q.start, q.end())).collect()
}

fn gather_facts(c: &Corpus, spans: &[Vec<Span>], named: &Named) -> AllFacts {
    let named_in = |spans: &[(DocId, u32, u32)]| named_in(c, named, spans);
    let sources = |ev: &[Evidence]| {
        let mut d: Vec<DocId> = ev.iter().map(|e| e.doc).collect();
        sort_dedup(&mut d);
        d
    };
    let span = |from: Option<crate::Date>, to: Option<crate::Date>| {
        Dating::Span(
            from.map_or(i32::MIN, |d| d.first_day()),
            to.map_or(i32::MAX, |d| d.last_day()),
        )
    };
    let mut f = AllFacts {
        events: c
            .event_ids()
            .map(|id| {
                let e = c.event(id);
                let mut actors: Vec<EntityId> = e.actors.iter().copied().chain(e.place).collect();
                sort_dedup(&mut actors);
                Facts {
                    actors,
                    sources: sources(e.evidence),
                    dating: match e.date {
                        Some(d) => span(Some(d), Some(e.end.unwrap_or(d))),
                        None => Dating::Undated,
                    },
                    masks: own_masks(c, Item::Event(id)),
                }
            })
            .collect(),
        relations: c
            .relation_ids()
            .map(|id| {
                let r = c.relation(id);
                let mut actors = vec![r.source, r.target];
                sort_dedup(&mut actors);
                Facts {
                    actors,
                    sources: sources(r.evidence),
                    dating: span(r.from, r.to),
                    masks: own_masks(c, Item::Relation(id)),
                }
            })
            .collect(),
        claims: c
            .claim_ids()
            .map(|id| {
                let cl = c.claim(id);
                let by = match cl.by {
                    Asserter::Entity(e) => Some(e),
                    _ => None,
                };
                let mut actors: Vec<EntityId> = cl.actors.iter().copied().chain(by).collect();
                sort_dedup(&mut actors);
                Facts {
                    actors,
                    sources: sources(cl.evidence),
                    dating: Dating::Via(Vec::new()),
                    masks: own_masks(c, Item::Claim(id)),
                }
            })
            .collect(),
        documents: c
            .document_ids()
            .map(|d| Facts {
                actors: named_in(&[(d, 0, u32::MAX)]),
                sources: vec![d],
                ..Default::default()
            })
            .collect(),
        comparisons: c
            .comparison_ids()
            .map(|id| {
                let ev: Vec<Evidence> = c
                    .sides(id)
                    .flat_map(|s| s.evidence.iter().copied())
                    .collect();
                Facts {
                    actors: named_in(&quote_spans(&ev)),
                    sources: sources(&ev),
                    dating: Dating::Via(Vec::new()),
                    masks: own_masks(c, Item::Comparison(id)),
                }
            })
            .collect(),
    };
    // Kinds travel along shared quotes: each item takes the kinds of the items whose
    // quotes overlap its own (of another table; its own table's kind is its own), and a
    // document the kinds of everything quoted from it.
    for (doc, spans) in spans.iter().enumerate() {
        // Each quote's own bits once (reading an item's record for each overlapping
        // pair was a third of the time at ten times the corpus).
        let owns: Vec<[u32; 6]> = spans.iter().map(|s| own_masks(c, s.owner)).collect();
        for (i, a) in spans.iter().enumerate() {
            let own = owns[i];
            let fd = &mut f.documents[doc].masks;
            for k in 0..6 {
                fd[k] |= own[k];
            }
            for (j, b) in spans.iter().enumerate().skip(i + 1) {
                if b.start >= a.end {
                    break;
                }
                if b.owner == a.owner {
                    continue;
                }
                let theirs = owns[j];
                let (da, db) = (dated(&f, a.owner), dated(&f, b.owner));
                if let Some(fa) = facts_mut(&mut f, a.owner) {
                    take(fa, &theirs, own_slots(a.owner));
                    if let (Dating::Via(v), Some(d)) = (&mut fa.dating, db) {
                        v.push(d);
                    }
                }
                if let Some(fb) = facts_mut(&mut f, b.owner) {
                    take(fb, &own, own_slots(b.owner));
                    if let (Dating::Via(v), Some(d)) = (&mut fb.dating, da) {
                        v.push(d);
                    }
                }
            }
        }
    }
    f
}

/// The days an event or tie is dated to, when it is (a tie with no date at all is
/// timeless and dates nothing through its quotes).
fn dated(f: &AllFacts, item: Item) -> Option<(i32, i32)> {
    let d = match item {
        Item::Event(e) => &f.events[e.index()].dating,
        Item::Relation(r) => &f.relations[r.index()].dating,
        _ => return None,
    };
    match *d {
        Dating::Span(i32::MIN, i32::MAX) => None,
        Dating::Span(a, b) => Some((a, b)),
        _ => None,
    }
}

fn take(facts: &mut Facts, masks: &[u32; 6], own: [bool; 6]) {
    for k in 0..6 {
        if !own[k] {
            facts.masks[k] |= masks[k];
        }
    }
}

fn facts_mut(f: &mut AllFacts, item: Item) -> Option<&mut Facts> {
    match item {
        Item::Event(e) => f.events.get_mut(e.index()),
        Item::Relation(r) => f.relations.get_mut(r.index()),
        Item::Claim(x) => f.claims.get_mut(x.index()),
        Item::Comparison(x) => f.comparisons.get_mut(x.index()),
        _ => None,
    }
}

/// Every item's searchable text, folded. With `named` (a corpus that gives Japanese
/// names), the Japanese names of the entities the item's own words and its quotes name
/// (a document's: its text) are part of it, so that a Japanese name finds what the
/// English words of the texts find.
fn fold_corpus(c: &Corpus, named: Option<&Named>) -> Folded {
    let table = named.map(|_| NameTable::new(c));
    // `t` holds the item's own words, then from `own` on its quotes (from `spans`).
    let japanese = |t: &mut Vec<&'static str>, own: usize, spans: &[(DocId, u32, u32)]| {
        let (Some(named), Some(table)) = (named, &table) else {
            return;
        };
        let mut seen = vec![false; c.entity_ids().len()];
        for text in &t[..own] {
            for (_, _, e) in table.scan(text) {
                seen[e.index()] = true;
            }
        }
        mark_named(&mut seen, named, spans);
        let ja = c.entity_ids().filter(|e| seen[e.index()]);
        t.extend(ja.filter_map(|e| c.entity(e).name_ja));
    };
    let quotes = |t: &mut Vec<&'static str>, ev: &[Evidence]| {
        let own = t.len();
        t.extend(ev.iter().map(|e| c.quote(e)));
        japanese(t, own, &quote_spans(ev));
    };
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
                let mut t = vec![d.title, d.author.unwrap_or(""), d.outlet.unwrap_or("")];
                let own = t.len();
                t.push(d.text);
                japanese(&mut t, own, &[(id, 0, u32::MAX)]);
                hay(t)
            })
            .collect(),
        comparisons: c
            .comparison_ids()
            .map(|id| {
                let cm = c.comparison(id);
                let mut t = vec![cm.topic, cm.summary];
                let ev: Vec<Evidence> = c
                    .sides(id)
                    .flat_map(|s| {
                        t.push(s.label);
                        s.evidence.iter().copied()
                    })
                    .collect();
                quotes(&mut t, &ev);
                hay(t)
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::CORPUS;
    use crate::Date;

    #[test]
    fn items_take_the_kinds_of_the_items_they_share_a_quote_with() {
        let index = SearchIndex::new(*CORPUS);
        let f = index.facts();
        // The treaty event shares its first quote with the mutual-defence tie and the
        // "signed" claim, its second with the japan-fears tie.
        let treaty = &f.events[0];
        assert_eq!(treaty.masks[0], bit(EventKind::Treaty as usize));
        assert_eq!(
            treaty.masks[1],
            bit(RelationType::MutualDefence as usize)
                | bit(RelationType::ThreatPerception as usize)
        );
        assert_eq!(treaty.masks[3], bit(ClaimType::Fact as usize));
        // An event's own table does not travel: "ratified" shares nothing.
        assert_eq!(
            f.events[2].masks,
            [bit(EventKind::Treaty as usize), 0, 0, 0, 0, 0]
        );
        assert_eq!(
            treaty.dating,
            Dating::Span(
                Date::month(2024, 6).first_day(),
                Date::month(2024, 6).last_day()
            )
        );
        assert_eq!(f.events[2].dating, Dating::Undated);
        // "signed" shares its quote with the treaty (June 2024) and the mutual-defence
        // tie (from June 2024, open end); "respond" with nothing dated.
        let june = Date::month(2024, 6);
        assert_eq!(
            f.claims[0].dating,
            Dating::Via(vec![
                (june.first_day(), june.last_day()),
                (june.first_day(), i32::MAX)
            ])
        );
        assert_eq!(f.claims[1].dating, Dating::Via(vec![]));
        assert_eq!(f.documents[0].dating, Dating::Free);
        assert_eq!(f.documents[1].actors, vec![EntityId(2)], "beta names Japan");
        assert_eq!(
            index.linked(Item::Claim(ClaimId(0))),
            vec![
                Item::Event(EventId(0)),
                Item::Relation(RelationId(0)),
                Item::Comparison(ComparisonId(0))
            ]
        );
        assert!(index.linked(Item::Event(EventId(2))).is_empty());
    }

    /// The one-pass scan finds exactly what asking `mentions` entity by entity finds.
    #[test]
    fn mentions_by_document_agree_with_mentions() {
        let c: &Corpus = &CORPUS;
        let found = mentions_by_document(c);
        for d in c.document_ids() {
            let text = c.document(d).text;
            for e in c.entity_ids() {
                let scanned = found[d.index()].iter().any(|&(_, _, x)| x == e);
                assert_eq!(
                    scanned,
                    crate::filter::mentions(c, text, e),
                    "{e:?} in {d:?}"
                );
            }
            for &(a, b, e) in &found[d.index()] {
                assert!(c.names(e).any(|n| &text[a as usize..b as usize] == n));
            }
        }
    }

    /// Curly quotes, dashes and the ellipsis part words in the scan as in `mentions`.
    #[test]
    fn punctuation_beyond_ascii_parts_names() {
        let entity = |id: &str, name: &str| crate::owned::Entity::state(id, name, &[]);
        let text = "North Korea’s troops; “Japan” and Russia—Ukraine… «France» Japanese, \
                    the “no limits” partnership, x“no limits” partnership";
        let c = crate::pack::pack(&crate::owned::Corpus {
            documents: vec![crate::owned::Document {
                id: "d".into(),
                text: text.into(),
                ..Default::default()
            }],
            entities: vec![
                entity("nk", "North Korea"),
                entity("jp", "Japan"),
                entity("ru", "Russia"),
                entity("ua", "Ukraine"),
                entity("fr", "France"),
                entity("nl", "“no limits” partnership"),
            ],
            ..Default::default()
        });
        let found: Vec<&str> = mentions_by_document(c)[0]
            .iter()
            .map(|&(a, b, _)| &text[a as usize..b as usize])
            .collect();
        // A name may start with a curly quote, after no letter (not in x“no limits”).
        assert_eq!(
            found,
            [
                "North Korea",
                "Japan",
                "Russia",
                "Ukraine",
                "France",
                "“no limits” partnership"
            ]
        );
        for e in c.entity_ids() {
            assert!(crate::filter::mentions(c, text, e), "{}", c.entity(e).name);
        }
    }

    /// In unspaced Japanese a name is found inside a run of kanji and kana, and a Latin
    /// name beside one; the scan still agrees with `mentions`.
    #[test]
    fn mentions_in_unspaced_text_agree_with_mentions() {
        let entity = crate::owned::Entity::state;
        let text = "日本政府は、ロシアとの協議でNATOに触れた。G7サミットの前に𠮟責もあった。訪日団はAPECs会合へ。";
        let c = crate::pack::pack(&crate::owned::Corpus {
            documents: vec![crate::owned::Document {
                id: "ja".into(),
                text: text.into(),
                ..Default::default()
            }],
            entities: vec![
                entity("japan", "日本", &["日本政府"]),
                entity("russia", "ロシア", &[]),
                entity("nato", "NATO", &[]),
                entity("g7", "G7サミット", &["G7"]),
                entity("rebuke", "𠮟責", &[]),
                entity("apec", "APEC", &[]),
                entity("korea", "韓国", &[]),
            ],
            ..Default::default()
        });
        let found = mentions_by_document(c);
        let named: Vec<&str> = found[0]
            .iter()
            .map(|&(a, b, _)| &text[a as usize..b as usize])
            .collect();
        assert_eq!(
            named,
            [
                "日本",
                "日本政府",
                "ロシア",
                "NATO",
                "G7サミット",
                "G7",
                "𠮟責"
            ]
        );
        for e in c.entity_ids() {
            let scanned = found[0].iter().any(|&(_, _, x)| x == e);
            assert_eq!(scanned, crate::filter::mentions(c, text, e), "{e:?}");
        }
    }

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

    #[test]
    fn a_japanese_name_finds_the_items_that_name_its_entity() {
        // The fixture with Japanese names, North Korea also written "the North", and a
        // claim whose own words name Russia (by an alias) though Russia is not its actor.
        let mut o = crate::fixture::owned();
        for (e, ja) in o
            .entities
            .iter_mut()
            .zip(["ロシア", "北朝鮮", "日本", "ソ連"])
        {
            e.name_ja = Some(ja.to_string());
        }
        o.entities[1].aliases.push("the North".into());
        o.claims[1].text = "Japan will respond to Moscow".into();
        let c = crate::pack::pack(&o);
        let index = SearchIndex::new(c);
        let ids = |q: &str| {
            let m = crate::Filter {
                q: q.into(),
                ..Default::default()
            }
            .apply_with(&index);
            let mut events: Vec<&str> = m.events.iter().map(|&e| c.event(e).id).collect();
            events.sort();
            let ids = |v: Vec<&'static str>| v.join(" ");
            [
                ids(events),
                ids(m.relations.iter().map(|&r| c.relation(r).id).collect()),
                ids(m.claims.iter().map(|&x| c.claim(x).id).collect()),
                ids(m.comparisons.iter().map(|&x| c.comparison(x).id).collect()),
                ids(m.documents.iter().map(|&d| c.document(d).id).collect()),
            ]
        };
        // Table: query → events, relations, claims, comparisons, documents. An actor's
        // Japanese name finds its items; a quote, an item's own words or a document that
        // name an entity (by any of its names) find it too.
        let cases = [
            (
                "北朝鮮",
                [
                    "deployment treaty", // an actor; "the North" in the quote
                    "mutual-defence japan-fears",
                    "signed",
                    "treaty-status", // its quote names North Korea
                    "alpha",
                ],
            ),
            (
                "ロシア",
                [
                    "deployment ratified treaty",
                    "mutual-defence",
                    "signed respond", // "to Moscow"
                    "treaty-status",
                    "alpha",
                ],
            ),
            (
                "日本",
                [
                    "", // the treaty's quote from beta is "fears the treaty"
                    "japan-fears",
                    "respond",
                    "japan-response",
                    "beta",
                ],
            ),
            ("ソ連", ["dissolution", "", "", "", "alpha"]),
        ];
        for (q, want) in cases {
            assert_eq!(ids(q), want.map(str::to_string), "{q}");
        }
        // Without Japanese names, nothing is found by one.
        let plain = SearchIndex::new(*CORPUS);
        let m = crate::Filter {
            q: "北朝鮮".into(),
            ..Default::default()
        }
        .apply_with(&plain);
        assert_eq!(m, crate::Matches::default());
        assert!(!plain.folded().documents[0].contains("北朝鮮"));
    }
}

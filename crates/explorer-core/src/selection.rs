//! What the detail panel shows (`sel`) and which passage the Sources reader marks
//! (`hl`), read from and written to the URL.

use crate::model::*;

/// Anything the detail panel can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    Event(EventId),
    Relation(RelationId),
    Claim(ClaimId),
    Comparison(ComparisonId),
    Note(NoteId),
    Actor(EntityId),
    Period(PeriodId),
    /// The ties between two actors (the map's edge between them), the smaller entity
    /// row first ([`Item::pair`]).
    Pair(EntityId, EntityId),
}

impl Item {
    /// The pair of two actors, in either order; `None` for an actor with itself.
    pub fn pair(a: EntityId, b: EntityId) -> Option<Item> {
        (a != b).then(|| Item::Pair(a.min(b), a.max(b)))
    }

    /// The URL form: `claim:<id>`, `event:<id>`, `relation:<id>`, `comparison:<id>`,
    /// `actor:<entity-id>`, `pair:<entity-id>~<entity-id>`, `note:<document-id>.<n>`
    /// (the n-th note of that document, from 1).
    pub fn to_param(self, c: &Corpus) -> String {
        match self {
            Item::Event(e) => format!("event:{}", c.event(e).id),
            Item::Relation(r) => format!("relation:{}", c.relation(r).id),
            Item::Claim(x) => format!("claim:{}", c.claim(x).id),
            Item::Comparison(x) => format!("comparison:{}", c.comparison(x).id),
            Item::Actor(e) => format!("actor:{}", c.entity(e).id),
            Item::Period(p) => format!("period:{}", c.period(p).id),
            Item::Pair(a, b) => format!("pair:{}~{}", c.entity(a).id, c.entity(b).id),
            Item::Note(n) => {
                let doc = c.note_document(n);
                let nth = c.notes_of(doc).position(|m| m == n).unwrap_or(0) + 1;
                format!("note:{}.{nth}", c.document(doc).id)
            }
        }
    }

    /// Reads the URL form; `None` when it names nothing in the corpus.
    pub fn from_param(s: &str, c: &Corpus) -> Option<Item> {
        let (kind, id) = s.split_once(':')?;
        match kind {
            "event" => c
                .event_ids()
                .find(|&e| c.event(e).id == id)
                .map(Item::Event),
            "relation" => c
                .relation_ids()
                .find(|&r| c.relation(r).id == id)
                .map(Item::Relation),
            "claim" => c
                .claim_ids()
                .find(|&x| c.claim(x).id == id)
                .map(Item::Claim),
            "comparison" => c
                .comparison_ids()
                .find(|&x| c.comparison(x).id == id)
                .map(Item::Comparison),
            "actor" => c.entity_by_id(id).map(Item::Actor),
            "pair" => {
                let (a, b) = id.split_once('~')?;
                Item::pair(c.entity_by_id(a)?, c.entity_by_id(b)?)
            }
            "period" => c
                .period_ids()
                .find(|&p| c.period(p).id == id)
                .map(Item::Period),
            "note" => {
                let (doc, nth) = id.rsplit_once('.')?;
                let nth: usize = parse_number(nth)?;
                c.notes_of(c.document_by_id(doc)?)
                    .nth(nth.checked_sub(1)?)
                    .map(Item::Note)
            }
            _ => None,
        }
    }

    /// A short code for the page's elements (`data-item`, `data-sel`): a letter and the
    /// item's row, `e3`, `r5`, `c12`, `m2` (comparison), `n4` (note), `a7` (actor), `q3-9`
    /// (a pair: both rows). Unlike
    /// the URL form it changes when the corpus does, so it never goes in a link.
    pub fn code(self) -> String {
        let (tag, n) = match self {
            Item::Event(x) => ('e', x.0),
            Item::Relation(x) => ('r', x.0),
            Item::Claim(x) => ('c', x.0),
            Item::Comparison(x) => ('m', x.0),
            Item::Note(x) => ('n', x.0),
            Item::Actor(x) => ('a', x.0),
            Item::Period(x) => ('p', x.0),
            Item::Pair(a, b) => return format!("q{}-{}", a.0, b.0),
        };
        let mut s = String::with_capacity(6);
        s.push(tag);
        s.push_str(&n.to_string());
        s
    }

    /// Reads [`Item::code`]; `None` for anything else or a row the corpus lacks.
    pub fn from_code(s: &str, c: &Corpus) -> Option<Item> {
        let tag = s.get(..1)?;
        let entity = |n: &str| {
            let n: u16 = parse_number(n)?;
            (usize::from(n) < c.entity_ids().len()).then_some(EntityId(n))
        };
        if tag == "q" {
            let (a, b) = s.get(1..)?.split_once('-')?;
            return Item::pair(entity(a)?, entity(b)?);
        }
        let n: u16 = parse_number(s.get(1..)?)?;
        let fits = |len: usize| usize::from(n) < len;
        match tag {
            "e" if fits(c.event_ids().len()) => Some(Item::Event(EventId(n))),
            "r" if fits(c.relation_ids().len()) => Some(Item::Relation(RelationId(n))),
            "c" if fits(c.claim_ids().len()) => Some(Item::Claim(ClaimId(n))),
            "m" if fits(c.comparison_ids().len()) => Some(Item::Comparison(ComparisonId(n))),
            "n" if fits(c.notes.kind.len()) => Some(Item::Note(NoteId(n))),
            "a" if fits(c.entity_ids().len()) => Some(Item::Actor(EntityId(n))),
            "p" if fits(c.period_ids().len()) => Some(Item::Period(PeriodId(n))),
            _ => None,
        }
    }

    /// The quotes the item rests on (an actor's or a pair's own quotes are none: its
    /// panel lists its ties, each with its quotes, instead).
    pub fn evidence(self, c: &Corpus) -> Vec<Evidence> {
        match self {
            Item::Event(e) => c.event(e).evidence.to_vec(),
            Item::Relation(r) => c.relation(r).evidence.to_vec(),
            Item::Claim(x) => c.claim(x).evidence.to_vec(),
            Item::Note(n) => c.note(n).evidence.to_vec(),
            Item::Comparison(x) => c
                .sides(x)
                .flat_map(|s| s.evidence.iter().copied())
                .collect(),
            Item::Period(p) => c.period(p).evidence.to_vec(),
            Item::Actor(_) | Item::Pair(..) => Vec::new(),
        }
    }
}

/// A passage of a document to mark in the reader: code-point offsets, as in
/// `corpus.json` and the W3C TextPositionSelector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passage {
    pub start: u32,
    pub end: u32,
}

impl Passage {
    /// The URL form `start-end`.
    pub fn to_param(self) -> String {
        format!("{}-{}", self.start, self.end)
    }

    /// Reads `start-end`; `None` unless both are numbers and start < end.
    pub fn from_param(s: &str) -> Option<Passage> {
        let (a, b) = s.split_once('-')?;
        let (start, end) = (parse_number(a)?, parse_number(b)?);
        (start < end).then_some(Passage { start, end })
    }

    /// The passage of a quote, in code points of its document.
    pub fn of(c: &Corpus, e: &Evidence) -> Passage {
        let text = c.document(e.doc).text;
        let cp = |byte: u32| crate::text::slice(text, 0..byte as usize).chars().count() as u32;
        Passage {
            start: cp(e.start),
            end: cp(e.end()),
        }
    }

    /// The passage as byte offsets into `text`, when it lies inside it.
    pub fn bytes_in(self, text: &str) -> Option<(usize, usize)> {
        if self.end <= self.start {
            return None;
        }
        let mut at = text.char_indices().map(|(i, _)| i).chain([text.len()]);
        let start = at.nth(self.start as usize)?;
        let end = at.nth((self.end - self.start - 1) as usize)?;
        Some((start, end))
    }
}

/// A decimal number of digits only (no sign, no spaces), without `str::parse`.
pub(crate) fn parse_number<T: TryFrom<u64>>(s: &str) -> Option<T> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    T::try_from(n).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::CORPUS;

    #[test]
    fn every_item_round_trips_through_its_url_form() {
        let c: &Corpus = &CORPUS;
        let mut items: Vec<Item> = Vec::new();
        items.extend(c.event_ids().map(Item::Event));
        items.extend(c.relation_ids().map(Item::Relation));
        items.extend(c.claim_ids().map(Item::Claim));
        items.extend(c.comparison_ids().map(Item::Comparison));
        items.extend(c.entity_ids().map(Item::Actor));
        items.extend(c.period_ids().map(Item::Period));
        items.push(Item::Note(NoteId(0)));
        items.push(Item::Pair(EntityId(0), EntityId(2)));
        for item in items {
            let p = item.to_param(c);
            assert_eq!(Item::from_param(&p, c), Some(item), "{p}");
        }
        assert_eq!(Item::Note(NoteId(0)).to_param(c), "note:beta.1");
        for item in [
            Item::Event(EventId(3)),
            Item::Note(NoteId(0)),
            Item::Actor(EntityId(2)),
            Item::Pair(EntityId(0), EntityId(3)),
        ] {
            assert_eq!(Item::from_code(&item.code(), c), Some(item));
        }
        // A pair reads in either order, as the same pair.
        let names = (c.entity(EntityId(0)).id, c.entity(EntityId(3)).id);
        let back = format!("pair:{}~{}", names.1, names.0);
        assert_eq!(
            Item::from_param(&back, c),
            Some(Item::Pair(EntityId(0), EntityId(3)))
        );
        for bad in [
            "", "e", "e4", "x1", "c-1", "c99999", "a1.5", "q1", "q1-1", "q1-999",
        ] {
            assert_eq!(Item::from_code(bad, c), None, "{bad}");
        }
        assert_eq!(Item::Claim(ClaimId(1)).to_param(c), "claim:respond");
    }

    #[test]
    fn unknown_or_malformed_items_are_none() {
        let c: &Corpus = &CORPUS;
        for bad in [
            "",
            "claim",
            "claim:",
            "claim:nothing",
            "rumour:signed",
            "note:beta.0",
            "note:beta.2",
            "pair:",
            "pair:nobody~nobody",
            "note:beta",
            "note:beta.x",
            "note:gamma.1",
            "actor:atlantis",
            "event:treaty:extra",
        ] {
            assert_eq!(Item::from_param(bad, c), None, "{bad}");
        }
    }

    #[test]
    fn passages_parse_print_and_convert_to_bytes() {
        let cases = [
            ("0-5", Some((0, 5))),
            ("24-59", Some((24, 59))),
            ("5-5", None),
            ("9-2", None),
            ("-3", None),
            ("3-", None),
            ("a-b", None),
            ("1-2-3", None),
            ("99999999999-1", None),
        ];
        for (s, want) in cases {
            let got = Passage::from_param(s).map(|p| (p.start, p.end));
            assert_eq!(got, want, "{s}");
            if let Some(p) = Passage::from_param(s) {
                assert_eq!(p.to_param(), s);
            }
        }
        let text = "Beşer predicts.";
        let p = Passage { start: 0, end: 5 };
        assert_eq!(p.bytes_in(text).map(|(a, b)| &text[a..b]), Some("Beşer"));
        let p = Passage { start: 6, end: 15 };
        assert_eq!(
            p.bytes_in(text).map(|(a, b)| &text[a..b]),
            Some("predicts.")
        );
        assert_eq!(Passage { start: 6, end: 16 }.bytes_in(text), None);
        let c: &Corpus = &CORPUS;
        let e = c.note(NoteId(0)).evidence[0];
        let p = Passage::of(c, &e);
        let beta = c.document(DocId(1)).text;
        assert_eq!(p.bytes_in(beta), Some((e.start as usize, e.end() as usize)));
    }
}

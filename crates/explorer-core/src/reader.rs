//! The Sources reader's layout of one article: its paragraphs as published, each cut
//! into pieces so that every piece has one constant set of annotated items over it.
//! The view only draws the pieces (a highlight per kind, stacked where passages
//! overlap, debris set apart, the linked passage emphasised, note markers); all of the
//! cutting is here.
//!
//! Rules:
//! - Paragraphs are the text split at `\n`; lines that are empty or only ASCII white
//!   space are dropped. Pieces never cross a line break, so a passage over one is cut
//!   into both paragraphs.
//! - The annotated passages are the evidence in this document of every event, relation
//!   and claim for which `shown` is true, and of every reading note of the document
//!   (notes always count). Comparison sides are not marked.
//! - A paragraph is cut at every passage boundary and at the target's; adjacent pieces
//!   with the same items, debris flag and target flag are merged again.
//! - A boundary that is not on a character boundary of the text is ignored (no piece
//!   can then cut a character in two): a passage with such an end covers only the
//!   pieces wholly inside it.
//! - A note's marker goes on the first piece its earliest passage in the document
//!   covers (where that passage starts, or the next paragraph's start when it starts on
//!   a line break).

use crate::model::*;
use crate::selection::Item;
use crate::small_sort::sort_dedup;
use std::ops::Range;

/// A piece supports an event (a bit of [`Piece::kinds`]).
pub const EVENT: u8 = 1;
/// A piece supports a relation (a bit of [`Piece::kinds`]).
pub const RELATION: u8 = 2;
/// A piece supports a claim (a bit of [`Piece::kinds`]).
pub const CLAIM: u8 = 4;
/// A piece is under a reading note (a bit of [`Piece::kinds`]).
pub const NOTE: u8 = 8;

/// A run of a paragraph with one constant set of covering items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Where the piece starts, in UTF-8 bytes of the document text.
    pub start: u32,
    /// Where the piece ends (exclusive), in UTF-8 bytes of the document text.
    pub end: u32,
    /// The kinds of item over it: [`EVENT`], [`RELATION`], [`CLAIM`], [`NOTE`] bits
    /// (0 when no item covers it).
    pub kinds: u8,
    /// The covering items, a run of [`Layout::items`] (see [`Layout::items_at`]).
    pub items: Range<u32>,
    /// True inside the evidence of a [`NoteKind::Debris`] note: page furniture.
    pub debris: bool,
    /// True inside the target passage (the one a link points to).
    pub target: bool,
    /// The numbers (from 1 within the document) of the notes whose marker goes here, a
    /// run of [`Layout::note_marks`] (see [`Layout::notes_at`]).
    pub notes: Range<u32>,
}

/// One article laid out for the reader.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    /// Each paragraph, as a run of [`Layout::pieces`].
    pub paragraphs: Vec<Range<u32>>,
    /// Every piece of every paragraph, in text order.
    pub pieces: Vec<Piece>,
    /// The covering items of every piece, piece after piece; within a piece without
    /// repeats, events, relations, claims and notes, each by id.
    pub items: Vec<Item>,
    /// Note numbers (from 1 within the document), piece after piece, in order.
    pub note_marks: Vec<u16>,
}

impl Layout {
    /// The items covering piece `piece`.
    pub fn items_at(&self, piece: usize) -> &[Item] {
        self.pieces
            .get(piece)
            .and_then(|p| self.items.get(p.items.start as usize..p.items.end as usize))
            .unwrap_or(&[])
    }

    /// The numbers of the notes whose marker goes on piece `piece`.
    pub fn notes_at(&self, piece: usize) -> &[u16] {
        self.pieces
            .get(piece)
            .and_then(|p| {
                self.note_marks
                    .get(p.notes.start as usize..p.notes.end as usize)
            })
            .unwrap_or(&[])
    }

    /// The pieces of paragraph `paragraph`.
    pub fn pieces_of(&self, paragraph: usize) -> &[Piece] {
        self.paragraphs
            .get(paragraph)
            .and_then(|r| self.pieces.get(r.start as usize..r.end as usize))
            .unwrap_or(&[])
    }
}

/// An annotated passage: a byte span and the item it supports.
#[derive(Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
    item: Item,
    debris: bool,
}

/// The kind bit of an item (0 for items the reader does not mark).
fn kind_bit(item: Item) -> u8 {
    match item {
        Item::Event(_) => EVENT,
        Item::Relation(_) => RELATION,
        Item::Claim(_) => CLAIM,
        Item::Note(_) => NOTE,
        Item::Comparison(_) | Item::Actor(_) | Item::Period(_) | Item::Pair(..) => 0,
    }
}

/// Lays out document `doc`: its paragraphs cut into pieces by the passages of the items
/// `shown` accepts (and of all its reading notes), with the byte range `target` (the
/// linked passage) marked.
pub fn layout(
    c: &Corpus,
    doc: DocId,
    shown: &dyn Fn(Item) -> bool,
    target: Option<(usize, usize)>,
) -> Layout {
    let text = c.document(doc).text;
    let len = text.len() as u32;

    // The passages, item after item in the order of `Item`, so that the items over a
    // piece come out in that order and repeats of one item are adjacent.
    let mut spans: Vec<Span> = Vec::new();
    let mut add = |item: Item, evidence: &[Evidence], debris: bool, always: bool| {
        let mut here = evidence.iter().filter(|e| e.doc == doc).peekable();
        if here.peek().is_none() || !(always || shown(item)) {
            return;
        }
        for e in here {
            let (start, end) = (e.start.min(len), e.end().min(len));
            if start < end {
                spans.push(Span {
                    start,
                    end,
                    item,
                    debris,
                });
            }
        }
    };
    for e in c.event_ids() {
        add(Item::Event(e), c.event(e).evidence, false, false);
    }
    for r in c.relation_ids() {
        add(Item::Relation(r), c.relation(r).evidence, false, false);
    }
    for x in c.claim_ids() {
        add(Item::Claim(x), c.claim(x).evidence, false, false);
    }
    for n in c.notes_of(doc) {
        let note = c.note(n);
        add(
            Item::Note(n),
            note.evidence,
            note.kind == NoteKind::Debris,
            true,
        );
    }

    // Every place a piece may have to end, sorted.
    let target = target
        .map(|(a, b)| (a.min(len as usize) as u32, b.min(len as usize) as u32))
        .filter(|(a, b)| a < b);
    let mut cuts: Vec<u32> = Vec::with_capacity(spans.len() * 2 + 2);
    for s in &spans {
        cuts.extend([s.start, s.end]);
    }
    cuts.extend(target.iter().flat_map(|&(a, b)| [a, b]));
    cuts.retain(|&p| text.is_char_boundary(p as usize));
    sort_dedup(&mut cuts);

    let mut out = Layout::default();
    let bytes = text.as_bytes();
    let line_ends = bytes.iter().enumerate().filter(|(_, &b)| b == b'\n');
    let line_ends = line_ends.map(|(i, _)| i).chain([bytes.len()]);
    let (mut line_start, mut next_cut) = (0u32, 0usize);
    for line_end in line_ends {
        let (ps, pe) = (line_start, line_end as u32);
        line_start = pe + 1;
        if bytes
            .get(ps as usize..pe as usize)
            .is_none_or(|line| line.iter().all(u8::is_ascii_whitespace))
        {
            continue;
        }
        let first = out.pieces.len() as u32;
        while cuts.get(next_cut).is_some_and(|&p| p <= ps) {
            next_cut += 1;
        }
        let mut at = ps;
        while at < pe {
            let end = match cuts.get(next_cut) {
                Some(&p) if p < pe => {
                    next_cut += 1;
                    p
                }
                _ => pe,
            };
            push_piece(&mut out, first, &spans, target, at, end);
            at = end;
        }
        out.paragraphs.push(first..out.pieces.len() as u32);
    }

    mark_notes(&mut out, c, doc);
    out
}

/// Appends the piece `start..end` of the paragraph whose pieces begin at `first`, or
/// extends the paragraph's last piece when it has the same items and flags.
fn push_piece(
    out: &mut Layout,
    first: u32,
    spans: &[Span],
    target: Option<(u32, u32)>,
    start: u32,
    end: u32,
) {
    let from = out.items.len();
    let (mut kinds, mut debris) = (0u8, false);
    for s in spans.iter().filter(|s| s.start <= start && end <= s.end) {
        if out.items.len() == from || out.items.last() != Some(&s.item) {
            out.items.push(s.item);
        }
        kinds |= kind_bit(s.item);
        debris |= s.debris;
    }
    let target = target.is_some_and(|(a, b)| a <= start && end <= b);
    if out.pieces.len() as u32 > first {
        if let Some(last) = out.pieces.last_mut() {
            let same = last.debris == debris
                && last.target == target
                && out
                    .items
                    .get(last.items.start as usize..last.items.end as usize)
                    == out.items.get(from..);
            if same {
                last.end = end;
                out.items.truncate(from);
                return;
            }
        }
    }
    let marks = out.note_marks.len() as u32;
    out.pieces.push(Piece {
        start,
        end,
        kinds,
        items: from as u32..out.items.len() as u32,
        debris,
        target,
        notes: marks..marks,
    });
}

/// Fills in the note markers: each note of `doc` goes on the first piece its earliest
/// passage in the document covers.
fn mark_notes(out: &mut Layout, c: &Corpus, doc: DocId) {
    let mut home: Vec<(usize, u16)> = Vec::new();
    for (i, n) in c.notes_of(doc).enumerate() {
        let earliest = c
            .note(n)
            .evidence
            .iter()
            .filter(|e| e.doc == doc && e.len > 0)
            .min_by_key(|e| e.start);
        let Some(e) = earliest else { continue };
        let piece = out
            .pieces
            .iter()
            .position(|p| p.end > e.start && p.start < e.end());
        if let Some(piece) = piece {
            home.push((piece, i as u16 + 1));
        }
    }
    for (i, piece) in out.pieces.iter_mut().enumerate() {
        let from = out.note_marks.len() as u32;
        out.note_marks
            .extend(home.iter().filter(|h| h.0 == i).map(|h| h.1));
        piece.notes = from..out.note_marks.len() as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::owned;
    use crate::pack::pack;
    use crate::vocab::*;

    fn s(v: &str) -> String {
        v.to_string()
    }

    /// The byte span of the `nth` (from 1) occurrence of `quote` in `text`.
    fn find(text: &str, quote: &str, nth: usize) -> (usize, usize) {
        let start = text
            .match_indices(quote)
            .nth(nth - 1)
            .unwrap_or_else(|| panic!("{quote:?} not in text"))
            .0;
        (start, start + quote.len())
    }

    /// What the tests annotate: an item kind and its quotes (document index, quote,
    /// occurrence).
    enum Ann<'a> {
        Event(&'a [(usize, &'a str, usize)]),
        Relation(&'a [(usize, &'a str, usize)]),
        Claim(&'a [(usize, &'a str, usize)]),
        Note(NoteKind, &'a [(usize, &'a str, usize)]),
    }

    /// A corpus of the given texts with the given annotations (notes go on the
    /// document of their first quote).
    fn corpus(texts: &[&str], anns: &[Ann]) -> &'static Corpus {
        let ev = |quotes: &[(usize, &str, usize)]| -> Vec<owned::Evidence> {
            quotes
                .iter()
                .map(|&(doc, q, nth)| {
                    let (start, end) = find(texts[doc], q, nth);
                    owned::Evidence { doc, start, end }
                })
                .collect()
        };
        let mut c = owned::Corpus {
            documents: texts
                .iter()
                .enumerate()
                .map(|(i, t)| owned::Document {
                    id: format!("d{i}"),
                    file: format!("d{i}.txt"),
                    title: format!("D{i}"),
                    text: s(t),
                    ..Default::default()
                })
                .collect(),
            entities: vec![owned::Entity::state("x", "X", &[])],
            ..Default::default()
        };
        for (i, a) in anns.iter().enumerate() {
            let id = format!("i{i}");
            match a {
                Ann::Event(q) => c.events.push(owned::Event {
                    id,
                    title: s("t"),
                    kind: EventKind::Other,
                    date: None,
                    end: None,
                    actors: vec![0],
                    place: None,
                    reported: false,
                    after: vec![],
                    evidence: ev(q),
                }),
                Ann::Relation(q) => c.relations.push(owned::Relation {
                    id,
                    kind: RelationType::ALL[0],
                    source: 0,
                    target: 0,
                    directed: false,
                    status: RelationStatus::ALL[0],
                    from: None,
                    to: None,
                    summary: String::new(),
                    evidence: ev(q),
                }),
                Ann::Claim(q) => c.claims.push(owned::Claim {
                    id,
                    kind: ClaimType::ALL[0],
                    text: s("c"),
                    by: owned::By::Author,
                    by_label: None,
                    actors: vec![],
                    evidence: ev(q),
                }),
                Ann::Note(kind, q) => c.documents[q[0].0].notes.push(owned::Note {
                    kind: *kind,
                    text: s("n"),
                    evidence: ev(q),
                }),
            }
        }
        pack(&c)
    }

    /// A piece as the tests read it: its text, its items in short form (`e0`, `r1`,
    /// `c0`, `n2`: kind and id), `D` when debris, `T` when the target, and its notes'
    /// markers (`#1`).
    fn show(c: &Corpus, doc: DocId, l: &Layout) -> Vec<Vec<String>> {
        let text = c.document(doc).text;
        l.paragraphs
            .iter()
            .map(|r| {
                (r.start as usize..r.end as usize)
                    .map(|i| {
                        let p = &l.pieces[i];
                        let mut out = crate::text::slice(text, p.start as usize..p.end as usize)
                            .replace(' ', "_");
                        for item in l.items_at(i) {
                            let (k, n) = match *item {
                                Item::Event(x) => ('e', x.0),
                                Item::Relation(x) => ('r', x.0),
                                Item::Claim(x) => ('c', x.0),
                                Item::Note(x) => ('n', x.0),
                                _ => ('?', 0),
                            };
                            out.push_str(&format!(" {k}{n}"));
                        }
                        if p.debris {
                            out.push_str(" D");
                        }
                        if p.target {
                            out.push_str(" T");
                        }
                        for m in l.notes_at(i) {
                            out.push_str(&format!(" #{m}"));
                        }
                        out
                    })
                    .collect()
            })
            .collect()
    }

    /// Checks what must hold of any layout: the pieces of each paragraph cover its
    /// line exactly, in order, none empty, none across a line break; kinds agree with
    /// the items; runs are in order and in range.
    fn check_invariants(text: &str, l: &Layout) {
        let lines: Vec<(usize, usize)> = {
            let mut at = 0;
            text.split('\n')
                .map(|line| {
                    let r = (at, at + line.len());
                    at += line.len() + 1;
                    r
                })
                .filter(|&(a, b)| {
                    !text[a..b]
                        .trim_matches(|c: char| c.is_ascii_whitespace())
                        .is_empty()
                })
                .collect()
        };
        assert_eq!(l.paragraphs.len(), lines.len(), "one paragraph per line");
        let mut next_piece = 0u32;
        let (mut next_item, mut next_mark) = (0u32, 0u32);
        for (r, &(a, b)) in l.paragraphs.iter().zip(&lines) {
            assert_eq!(r.start, next_piece, "paragraphs are consecutive runs");
            assert!(r.start < r.end, "no empty paragraph");
            next_piece = r.end;
            let mut at = a as u32;
            for i in r.start..r.end {
                let p = &l.pieces[i as usize];
                assert_eq!(p.start, at, "pieces are contiguous");
                assert!(p.start < p.end, "no empty piece");
                assert!(text.is_char_boundary(p.end as usize));
                at = p.end;
                assert_eq!(p.items.start, next_item);
                assert_eq!(p.notes.start, next_mark);
                next_item = p.items.end;
                next_mark = p.notes.end;
                let items = l.items_at(i as usize);
                let kinds = items.iter().fold(0, |k, &it| k | kind_bit(it));
                assert_eq!(p.kinds, kinds, "kinds are the items' kinds");
                let mut sorted = items.to_vec();
                sorted.sort();
                sorted.dedup();
                assert_eq!(sorted, items, "items in order, without repeats");
                assert!(!p.debris || p.kinds & NOTE != 0, "debris is a note");
            }
            assert_eq!(at, b as u32, "pieces cover the line");
        }
        assert_eq!(next_piece as usize, l.pieces.len());
        assert_eq!(next_item as usize, l.items.len());
        assert_eq!(next_mark as usize, l.note_marks.len());
        for w in l.pieces.windows(2) {
            let same = w[0].end == w[1].start
                && w[0].debris == w[1].debris
                && w[0].target == w[1].target
                && l.items[w[0].items.start as usize..w[0].items.end as usize]
                    == l.items[w[1].items.start as usize..w[1].items.end as usize];
            assert!(!same, "equal neighbours are merged");
        }
    }

    /// A filter, as `layout` takes it.
    type Shown<'a> = &'a dyn Fn(Item) -> bool;

    /// The pieces of one paragraph, as [`show`] writes them.
    type Line<'a> = &'a [&'a str];

    type Case<'a> = (
        &'a str,
        &'a [&'a str],
        &'a [Ann<'a>],
        Option<(&'a str, usize)>,
        &'a [&'a [&'a str]],
    );

    #[test]
    fn pieces_carry_the_items_over_them() {
        use Ann::*;
        let all: &[Case] = &[
            (
                "no annotations: each line one unmarked piece, empty lines dropped",
                &["Title\n\nFirst para.\n  \nSecond."],
                &[],
                None,
                &[&["Title"], &["First_para."], &["Second."]],
            ),
            (
                "one event in the middle",
                &["Russia and Korea signed."],
                &[Event(&[(0, "Korea", 1)])],
                None,
                &[&["Russia_and_", "Korea e0", "_signed."]],
            ),
            (
                "overlapping event and claim",
                &["abcdefgh"],
                &[Event(&[(0, "abcde", 1)]), Claim(&[(0, "defgh", 1)])],
                None,
                &[&["abc e0", "de e0 c0", "fgh c0"]],
            ),
            (
                "nested relation in a claim, the whole text",
                &["one two three"],
                &[
                    Claim(&[(0, "one two three", 1)]),
                    Relation(&[(0, "two", 1)]),
                ],
                None,
                &[&["one_ c0", "two r0 c0", "_three c0"]],
            ),
            (
                "the same span for two items, and one item quoted twice overlapping",
                &["aaa bbb"],
                &[
                    Event(&[(0, "aaa", 1)]),
                    Event(&[(0, "aaa", 1), (0, "aa b", 1)]),
                ],
                None,
                &[&["aaa e0 e1", "_b e1", "bb"]],
            ),
            (
                "one item's adjacent quotes merge into one piece",
                &["abcdef"],
                &[Event(&[(0, "abc", 1), (0, "def", 1)])],
                None,
                &[&["abcdef e0"]],
            ),
            (
                "a passage across a line break is cut into both paragraphs",
                &["one two\nthree four"],
                &[Claim(&[(0, "two\nthree", 1)])],
                None,
                &[&["one_", "two c0"], &["three c0", "_four"]],
            ),
            (
                "debris over two lines and an empty one; its marker where it starts",
                &["Text.\nShare\n\n0\nMore text."],
                &[Note(NoteKind::Debris, &[(0, "Share\n\n0", 1)])],
                None,
                &[&["Text."], &["Share n0 D #1"], &["0 n0 D"], &["More_text."]],
            ),
            (
                "a note that is not debris; markers at the earliest passage",
                &["Alpha beta gamma."],
                &[
                    Note(NoteKind::Hedge, &[(0, "gamma", 1), (0, "Alpha", 1)]),
                    Note(NoteKind::Typo, &[(0, "beta", 1)]),
                ],
                None,
                &[&["Alpha n0 #1", "_", "beta n1 #2", "_", "gamma n0", "."]],
            ),
            (
                "two markers on one piece, in order",
                &["Alpha beta."],
                &[
                    Note(NoteKind::Hedge, &[(0, "Alpha", 1)]),
                    Note(NoteKind::Typo, &[(0, "Alpha beta", 1)]),
                ],
                None,
                &[&["Alpha n0 n1 #1 #2", "_beta n1", "."]],
            ),
            (
                "a note starting on a line break marks the next paragraph",
                &["ab\ncd"],
                &[Note(NoteKind::Hedge, &[(0, "\ncd", 1)])],
                None,
                &[&["ab"], &["cd n0 #1"]],
            ),
            (
                "the target cuts pieces, inside and across items",
                &["one two three"],
                &[Event(&[(0, "two", 1)])],
                Some(("ne two t", 1)),
                &[&["o", "ne_ T", "two e0 T", "_t T", "hree"]],
            ),
            (
                "the target equal to a passage",
                &["one two"],
                &[Claim(&[(0, "two", 1)])],
                Some(("two", 1)),
                &[&["one_", "two c0 T"]],
            ),
            (
                "evidence in another document is ignored",
                &["same text", "same text"],
                &[
                    Event(&[(1, "text", 1)]),
                    Claim(&[(0, "same", 1), (1, "same", 1)]),
                ],
                None,
                &[&["same c0", "_text"]],
            ),
            (
                "a quote from the second occurrence; non-ASCII text",
                &["Beşer: Beşer’s view"],
                &[Claim(&[(0, "Beşer", 2)])],
                None,
                &[&["Beşer:_", "Beşer c0", "’s_view"]],
            ),
            (
                "every kind at once, in the order events, relations, claims, notes",
                &["xyz"],
                &[
                    Note(NoteKind::Hedge, &[(0, "xyz", 1)]),
                    Claim(&[(0, "xyz", 1)]),
                    Relation(&[(0, "xyz", 1)]),
                    Event(&[(0, "xyz", 1)]),
                ],
                None,
                &[&["xyz e0 r0 c0 n0 #1"]],
            ),
        ];
        for (name, texts, anns, target, want) in all {
            let c = corpus(texts, anns);
            let text = c.document(DocId(0)).text;
            let target = target.map(|(q, nth)| find(text, q, nth));
            let l = layout(c, DocId(0), &|_| true, target);
            check_invariants(text, &l);
            let got = show(c, DocId(0), &l);
            let want: Vec<Vec<String>> = want
                .iter()
                .map(|p| p.iter().map(|s| s.to_string()).collect())
                .collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn kinds_are_bits_of_the_items() {
        let c = corpus(
            &["abcdef"],
            &[
                Ann::Event(&[(0, "abcd", 1)]),
                Ann::Relation(&[(0, "bcd", 1)]),
                Ann::Claim(&[(0, "cd", 1)]),
                Ann::Note(NoteKind::Caption, &[(0, "d", 1)]),
            ],
        );
        let l = layout(c, DocId(0), &|_| true, None);
        let kinds: Vec<u8> = l.pieces.iter().map(|p| p.kinds).collect();
        assert_eq!(
            kinds,
            [
                EVENT,
                EVENT | RELATION,
                EVENT | RELATION | CLAIM,
                EVENT | RELATION | CLAIM | NOTE,
                0
            ]
        );
        assert!(l.pieces.iter().all(|p| !p.debris && !p.target));
    }

    #[test]
    fn shown_narrows_highlights_but_notes_always_count() {
        let c = corpus(
            &["one two three"],
            &[
                Ann::Event(&[(0, "one", 1)]),
                Ann::Claim(&[(0, "two", 1)]),
                Ann::Note(NoteKind::Hedge, &[(0, "three", 1)]),
            ],
        );
        let cases: [(&str, Shown, Line); 4] = [
            (
                "all",
                &|_| true,
                &["one e0", "_", "two c0", "_", "three n0 #1"],
            ),
            ("none", &|_| false, &["one_two_", "three n0 #1"]),
            (
                "events only",
                &|i| matches!(i, Item::Event(_)),
                &["one e0", "_two_", "three n0 #1"],
            ),
            (
                "not the claim",
                &|i| i != Item::Claim(ClaimId(0)),
                &["one e0", "_two_", "three n0 #1"],
            ),
        ];
        for (name, shown, want) in cases {
            let l = layout(c, DocId(0), shown, None);
            check_invariants(c.document(DocId(0)).text, &l);
            assert_eq!(show(c, DocId(0), &l), [want.to_vec()], "{name}");
        }
    }

    #[test]
    fn shown_is_asked_only_about_items_quoted_here() {
        let c = corpus(
            &["aa", "bb"],
            &[Ann::Event(&[(0, "aa", 1)]), Ann::Event(&[(1, "bb", 1)])],
        );
        let asked = std::cell::RefCell::new(Vec::new());
        let shown = |i: Item| {
            asked.borrow_mut().push(i);
            true
        };
        layout(c, DocId(1), &shown, None);
        assert_eq!(*asked.borrow(), [Item::Event(EventId(1))]);
    }

    #[test]
    fn out_of_range_targets_and_spans_are_clamped_or_ignored() {
        let c = corpus(&["Beşer said"], &[Ann::Claim(&[(0, "said", 1)])]);
        let text = c.document(DocId(0)).text;
        let cases: [(Option<(usize, usize)>, Line); 5] = [
            (None, &["Beşer_", "said c0"]),
            (Some((6, 2)), &["Beşer_", "said c0"]),
            (Some((7, 7)), &["Beşer_", "said c0"]),
            (Some((7, 99)), &["Beşer_", "said c0 T"]),
            // Byte 3 is inside "ş": that cut is ignored, so the target covers no
            // whole piece and marks nothing.
            (Some((3, 5)), &["Beşer_", "said c0"]),
        ];
        for (target, want) in cases {
            let l = layout(c, DocId(0), &|_| true, target);
            check_invariants(text, &l);
            assert_eq!(show(c, DocId(0), &l), [want.to_vec()], "{target:?}");
        }
    }

    #[test]
    fn the_fixture_corpus_lays_out() {
        let c: &Corpus = &crate::fixture::CORPUS;
        for d in c.document_ids() {
            check_invariants(c.document(d).text, &layout(c, d, &|_| true, None));
        }
        let l = layout(c, DocId(1), &|_| true, None);
        assert_eq!(
            show(c, DocId(1), &l),
            [[
                "Japan_ r1",
                "fears_the_treaty e0 r1",
                "._",
                "Japan_will_respond,_Beşer_predicts c1 n0 #1",
                "."
            ]
            .map(String::from)
            .to_vec()]
        );
    }

    /// A real article's shape: headline, caption and credit repeated as page debris,
    /// furniture over several lines at the end.
    #[test]
    fn a_real_article_with_its_debris() {
        let text = include_str!("../../../seeds/002_02fa7c9caa555c49.txt");
        let c = corpus(
            &[text],
            &[
                Ann::Claim(&[(0, "Japan and South Korea Sound Alarm over Putin-Kim", 1)]),
                Ann::Note(
                    NoteKind::Debris,
                    &[
                        (0, "division of 2,000 troops to Ukraine to fight Russia.", 2),
                        (0, "Image by yandex.com", 2),
                    ],
                ),
                Ann::Note(NoteKind::Debris, &[(0, "Total\n0\nShares", 1)]),
            ],
        );
        let l = layout(c, DocId(0), &|_| true, None);
        check_invariants(text, &l);
        let debris: Vec<String> = l
            .pieces
            .iter()
            .filter(|p| p.debris)
            .map(|p| text[p.start as usize..p.end as usize].to_string())
            .collect();
        let want = [
            "division of 2,000 troops to Ukraine to fight Russia.",
            "Image by yandex.com",
            "Total",
            "0",
            "Shares",
        ];
        assert_eq!(debris, want);
        assert_eq!(l.note_marks, [1, 2]);
        assert_eq!(l.pieces[0].kinds, CLAIM, "the headline");
    }

    /// A tiny xorshift: the same random cases on every run.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    #[test]
    fn random_spans_keep_the_invariants() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let alphabet = ['a', 'b', ' ', '\n', 'ş', '’'];
        for round in 0..300 {
            let text: String = (0..1 + rng.below(60))
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            // A span between two character boundaries, empty one time in a few.
            let span = |rng: &mut Rng| {
                let a = rng.below(bounds.len());
                let b = rng.below(bounds.len());
                (bounds[a.min(b)], bounds[a.max(b)])
            };
            let mut o = owned::Corpus {
                documents: vec![owned::Document {
                    id: s("d"),
                    text: text.clone(),
                    ..Default::default()
                }],
                ..Default::default()
            };
            let mut spans: Vec<(usize, usize, Item, bool)> = Vec::new();
            for i in 0..rng.below(8) {
                let (start, end) = span(&mut rng);
                if start >= end {
                    continue;
                }
                let kind = [NoteKind::Debris, NoteKind::Hedge][rng.below(2)];
                let n = o.documents[0].notes.len();
                o.documents[0].notes.push(owned::Note {
                    kind,
                    text: format!("n{i}"),
                    evidence: vec![owned::Evidence { doc: 0, start, end }],
                });
                spans.push((
                    start,
                    end,
                    Item::Note(NoteId(n as u16)),
                    kind == NoteKind::Debris,
                ));
            }
            for i in 0..rng.below(8) {
                let evidence: Vec<owned::Evidence> = (0..1 + rng.below(3))
                    .map(|_| span(&mut rng))
                    .filter(|&(a, b)| a < b)
                    .map(|(start, end)| owned::Evidence { doc: 0, start, end })
                    .collect();
                for e in &evidence {
                    spans.push((
                        e.start,
                        e.end,
                        Item::Claim(ClaimId(o.claims.len() as u16)),
                        false,
                    ));
                }
                o.claims.push(owned::Claim {
                    id: format!("c{i}"),
                    kind: ClaimType::ALL[0],
                    text: s("c"),
                    by: owned::By::Author,
                    by_label: None,
                    actors: vec![],
                    evidence,
                });
            }
            let target = (rng.below(3) > 0).then(|| span(&mut rng));
            let c = pack(&o);
            let l = layout(c, DocId(0), &|_| true, target);
            check_invariants(&text, &l);
            // Every byte of every piece: its items are exactly the spans over it.
            for (i, p) in l.pieces.iter().enumerate() {
                for byte in p.start..p.end {
                    let byte = byte as usize;
                    let mut want: Vec<Item> = spans
                        .iter()
                        .filter(|s| s.0 <= byte && byte < s.1)
                        .map(|s| s.2)
                        .collect();
                    want.sort();
                    want.dedup();
                    assert_eq!(l.items_at(i), want, "round {round}: {text:?} at {byte}");
                    let debris = spans.iter().any(|s| s.3 && s.0 <= byte && byte < s.1);
                    assert_eq!(p.debris, debris, "round {round}");
                    let t = target.is_some_and(|(a, b)| a <= byte && byte < b);
                    assert_eq!(p.target, t, "round {round}");
                }
            }
            // Every note whose passage is in some paragraph has exactly one marker, on
            // a piece it covers.
            let mut marks: Vec<u16> = l.note_marks.clone();
            marks.sort();
            let covered: Vec<u16> = (0..o.documents[0].notes.len())
                .filter(|&n| {
                    let e = o.documents[0].notes[n].evidence[0];
                    l.pieces
                        .iter()
                        .any(|p| (p.start as usize) < e.end && e.start < p.end as usize)
                })
                .map(|n| n as u16 + 1)
                .collect();
            assert_eq!(marks, covered, "round {round}");
            for i in 0..l.pieces.len() {
                for &m in l.notes_at(i) {
                    assert!(l.items_at(i).contains(&Item::Note(NoteId(m - 1))));
                }
            }
        }
    }
}

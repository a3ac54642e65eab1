//! The claim × source matrix: one row per comparison, one column per document, and in
//! each cell what that source does with the comparison's point: it asserts it, agrees,
//! differs, conflicts, contradicts itself, or is silent.
//!
//! The rules, so that every side of a comparison shows in exactly one cell:
//!
//! - A side belongs to the document of its **first quote**. (A side may quote two
//!   documents, e.g. one spelling shared by two articles; it is still shown once, in
//!   the column of the first.)
//! - A document with no side is **silent**.
//! - A document **contradicts itself** when it has two or more sides and either every
//!   side of the comparison is its own and one of them differs or conflicts (the
//!   comparisons written to show a text at odds with itself), or one of its sides
//!   conflicts and another does not (it stands on both sides of the conflict). A
//!   document that only agrees with itself does not.
//! - Otherwise the cell is the strongest of the document's positions: asserts, then
//!   conflicts, differs, agrees.
//!
//! ```
//! use explorer_core::matrix::{cell, Cell};
//! # use explorer_core::{owned, pack::pack, vocab::*};
//! # let doc = |id: &str| owned::Document { id: id.into(), text: "a text".into(), ..Default::default() };
//! # let side = |doc, position| owned::Side { label: String::new(), position,
//! #     evidence: vec![owned::Evidence { doc, start: 0, end: 1 }] };
//! # let corpus = pack(&owned::Corpus {
//! #     documents: vec![doc("a"), doc("b"), doc("c")],
//! #     comparisons: vec![owned::Comparison { id: "k".into(), topic: String::new(),
//! #         verdict: Verdict::Conflict, summary: String::new(),
//! #         sides: vec![side(0, Position::Asserts), side(1, Position::Conflicts)] }],
//! #     ..Default::default() });
//! let k = corpus.comparison_ids().next().unwrap();
//! let a = corpus.document_by_id("a").unwrap();
//! let c = corpus.document_by_id("c").unwrap();
//! assert_eq!(cell(corpus, k, a).cell, Cell::Asserts);
//! assert_eq!(cell(corpus, k, a).side, Some(0));
//! assert_eq!(cell(corpus, k, c).cell, Cell::Silent);
//! ```

use crate::model::{ComparisonId, Corpus, DocId, Position, Side};

/// What one source does with a comparison's point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cell {
    /// No side of the comparison is the document's.
    Silent,
    /// It states the point the other sides are compared with.
    Asserts,
    /// It says the same, perhaps in other words or detail.
    Agrees,
    /// It gives other details or emphasis; both could be true.
    Differs,
    /// Both cannot be right, or it recommends the opposite course.
    Conflicts,
    /// Its own sides are at odds (see the module's rules).
    SelfContradicts,
}

impl From<Position> for Cell {
    fn from(p: Position) -> Cell {
        match p {
            Position::Asserts => Cell::Asserts,
            Position::Agrees => Cell::Agrees,
            Position::Differs => Cell::Differs,
            Position::Conflicts => Cell::Conflicts,
        }
    }
}

/// A cell of the matrix and the side it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub cell: Cell,
    /// The side the cell shows, by its index among the comparison's sides in the order
    /// written: the side whose position the cell is, or for a self-contradiction the
    /// document's first side that conflicts (else differs). `None` when silent. Every
    /// side of the document is in [`sides_of`].
    pub side: Option<usize>,
}

impl Entry {
    const SILENT: Entry = Entry {
        cell: Cell::Silent,
        side: None,
    };
}

/// The document a side belongs to: the one its first quote is from.
pub fn side_document(side: &Side) -> Option<DocId> {
    side.evidence.first().map(|e| e.doc)
}

/// The sides of comparison `c` that belong to document `d`, by their index among the
/// comparison's sides.
pub fn sides_of(
    corpus: &Corpus,
    c: ComparisonId,
    d: DocId,
) -> impl Iterator<Item = usize> + Clone + '_ {
    corpus
        .sides(c)
        .enumerate()
        .filter(move |(_, s)| side_document(s) == Some(d))
        .map(|(i, _)| i)
}

/// The cell of comparison `c` in document `d`'s column.
pub fn cell(corpus: &Corpus, c: ComparisonId, d: DocId) -> Entry {
    decide(corpus.sides(c).map(|s| (side_document(&s), s.position)), d)
}

/// A comparison's row: every document's cell, in corpus order.
pub fn row(corpus: &Corpus, c: ComparisonId) -> impl Iterator<Item = (DocId, Entry)> + '_ {
    corpus.document_ids().map(move |d| (d, cell(corpus, c, d)))
}

/// The cell of document `d`, given each side's document and position in order.
fn decide<I>(sides: I, d: DocId) -> Entry
where
    I: Iterator<Item = (Option<DocId>, Position)> + Clone,
{
    let own = sides
        .clone()
        .enumerate()
        .filter(move |(_, (doc, _))| *doc == Some(d))
        .map(|(i, (_, p))| (i, p));
    let first = |p: Position| own.clone().find(|&(_, q)| q == p).map(|(i, _)| i);
    let count = own.clone().count();
    if count == 0 {
        return Entry::SILENT;
    }
    let against = first(Position::Conflicts).or(first(Position::Differs));
    let alone = sides.clone().all(|(doc, _)| doc == Some(d));
    let both_sides =
        first(Position::Conflicts).is_some() && own.clone().any(|(_, p)| p != Position::Conflicts);
    if count >= 2 && (alone && against.is_some() || both_sides) {
        return Entry {
            cell: Cell::SelfContradicts,
            side: against,
        };
    }
    use Position::*;
    [Asserts, Conflicts, Differs, Agrees]
        .into_iter()
        .find_map(|p| {
            first(p).map(|i| Entry {
                cell: p.into(),
                side: Some(i),
            })
        })
        .unwrap_or(Entry::SILENT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::CORPUS;
    use crate::model::{ComparisonId, Evidence};
    use Cell::*;

    /// Sides written as document and position letter (`a`sserts, a`g`rees, `d`iffers,
    /// `c`onflicts); document `9` stands for a side with no quote.
    fn sides(spec: &str) -> Vec<(Option<DocId>, Position)> {
        spec.split_whitespace()
            .map(|s| {
                let (doc, p) = s.split_at(1);
                let doc = doc.parse::<u16>().ok().filter(|&n| n != 9).map(DocId);
                let p = match p {
                    "a" => Position::Asserts,
                    "g" => Position::Agrees,
                    "d" => Position::Differs,
                    "c" => Position::Conflicts,
                    other => panic!("no position {other:?}"),
                };
                (doc, p)
            })
            .collect()
    }

    #[test]
    fn cells_follow_the_rules() {
        let cases: &[(&str, u16, Cell, Option<usize>)] = &[
            // Each position is its own cell; a document with no side is silent.
            ("0a 1g 2d 3c", 0, Asserts, Some(0)),
            ("0a 1g 2d 3c", 1, Agrees, Some(1)),
            ("0a 1g 2d 3c", 2, Differs, Some(2)),
            ("0a 1g 2d 3c", 3, Conflicts, Some(3)),
            ("0a 1g 2d 3c", 4, Silent, None),
            // The asserting side need not come first.
            ("0d 1a", 1, Asserts, Some(1)),
            // Every side from one document: at odds with itself, unless it only agrees.
            ("0a 0c", 0, SelfContradicts, Some(1)),
            ("0a 0c", 1, Silent, None),
            ("0a 0d", 0, SelfContradicts, Some(1)),
            ("0a 0d 0c", 0, SelfContradicts, Some(2)),
            ("0a 0g", 0, Asserts, Some(0)),
            // One side alone is never a contradiction.
            ("0a", 0, Asserts, Some(0)),
            // On both sides of a conflict, among other documents.
            ("1a 0g 0c", 0, SelfContradicts, Some(2)),
            ("1a 0g 0c", 1, Asserts, Some(0)),
            ("0a 0c 1g", 0, SelfContradicts, Some(1)),
            ("1a 0d 0c", 0, SelfContradicts, Some(2)),
            // Two sides that are not at odds: the strongest position shows.
            ("0a 0d 1d", 0, Asserts, Some(0)),
            ("0a 1g 1d", 1, Differs, Some(2)),
            ("0a 1d 1g", 1, Differs, Some(1)),
            ("0a 1g 1g", 1, Agrees, Some(1)),
            ("0a 1c 1c", 1, Conflicts, Some(1)),
            // A side without a quote belongs to no document.
            ("9a 0g", 0, Agrees, Some(1)),
            ("9a 0g 0c", 0, SelfContradicts, Some(2)),
        ];
        for &(spec, doc, want, side) in cases {
            let got = decide(sides(spec).into_iter(), DocId(doc));
            assert_eq!(got, Entry { cell: want, side }, "{spec:?}, document {doc}");
        }
    }

    #[test]
    fn a_side_belongs_to_the_document_of_its_first_quote() {
        const fn ev(doc: u16) -> Evidence {
            Evidence {
                start: 0,
                len: 1,
                doc: DocId(doc),
            }
        }
        static BOTH: [Evidence; 2] = [ev(1), ev(0)];
        let side = |evidence| Side {
            label: "",
            position: Position::Differs,
            evidence,
        };
        assert_eq!(side_document(&side(&BOTH)), Some(DocId(1)));
        assert_eq!(side_document(&side(&BOTH[1..])), Some(DocId(0)));
        assert_eq!(side_document(&side(&[])), None);
    }

    #[test]
    fn the_fixture_rows() {
        let k = ComparisonId(0);
        let got: Vec<(u16, Entry)> = row(*CORPUS, k).map(|(d, e)| (d.0, e)).collect();
        let entry = |cell, side| Entry { cell, side };
        assert_eq!(
            got,
            [(0, entry(Asserts, Some(0))), (1, entry(Agrees, Some(1)))]
        );
        assert_eq!(sides_of(*CORPUS, k, DocId(1)).collect::<Vec<_>>(), [1]);
        assert_eq!(sides_of(*CORPUS, k, DocId(2)).count(), 0);
    }
}

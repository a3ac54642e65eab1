//! The compiled corpus as compact tables, and a typed API over them.
//!
//! The build writes the corpus as struct-of-arrays of small integers: every string in
//! one deduplicated string table addressed by [`StrId`], every item a row across
//! columns (`u8` vocabulary codes, `u16` ids, dates as four bytes), every list (aliases,
//! actors, evidence) a run of a shared array, stored as offsets: row `i`'s run is
//! `offsets[i]..offsets[i + 1]`, so an offsets column has one entry more than its table
//! has rows. Such tables compress far better than structs of pointers, and need no
//! parsing or decoding at start-up. Every column is a `&'static` slice, so a corpus
//! compiled at run time can fill the same tables with leaked vectors
//! ([`crate::pack`]); the views never know where the corpus came from.
//!
//! Accessors return small by-value records ([`Event`], [`Claim`], …) whose fields are
//! `&'static str`, ids and slices, so code reads the corpus as plain data.

use crate::date::Date;
use crate::lang::Lang;
use crate::text::slice;
pub use crate::vocab::{
    AsserterKind, ClaimType, EntityKind, EventKind, NoteKind, Position, RelationStatus,
    RelationType, Verdict, View,
};
use std::ops::Range;

macro_rules! index_id {
    ($(#[$doc:meta])* $name:ident($int:ty)) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub $int);

        impl $name {
            /// The position in its table.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index_id!(
    /// A document, by its row in [`Corpus::documents`].
    DocId(u16)
);
index_id!(
    /// An entity, by its row in [`Corpus::entities`].
    EntityId(u16)
);
index_id!(
    /// An event, by its row in [`Corpus::events`].
    EventId(u16)
);
index_id!(
    /// A relation, by its row in [`Corpus::relations`].
    RelationId(u16)
);
index_id!(
    /// A claim, by its row in [`Corpus::claims`].
    ClaimId(u16)
);
index_id!(
    /// A comparison, by its row in [`Corpus::comparisons`].
    ComparisonId(u16)
);
index_id!(
    /// A named period, by its row in [`Corpus::periods`].
    PeriodId(u16)
);
index_id!(
    /// A guided lesson, by its row in [`Corpus::lessons`].
    LessonId(u16)
);
index_id!(
    /// A reading note, by its row in [`Corpus::notes`].
    NoteId(u16)
);
index_id!(
    /// A string in the string table; `StrId(0)` is the empty string, which optional
    /// strings use for "none".
    StrId(u32)
);

/// An exact quote: a span of a document's text, in UTF-8 byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub start: u32,
    pub len: u16,
    pub doc: DocId,
}

impl Evidence {
    /// Where the quote ends, in UTF-8 bytes.
    pub fn end(&self) -> u32 {
        self.start + u32::from(self.len)
    }
}

/// A column with one string per row, stored one after another in the string table, so
/// that row `i` is `StrId(first + i)` and the column needs no array of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Strs(pub u32);

impl Strs {
    /// The string of row `i`.
    pub fn at(self, i: usize) -> StrId {
        StrId(self.0 + i as u32)
    }
}

/// Who asserts a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asserter {
    /// The author of the document the quote is from (or the unsigned outlet).
    Author,
    /// An unnamed source: analysts, reports, estimates.
    Unnamed,
    /// An unattributed survey or poll.
    Survey,
    /// A named person or body.
    Entity(EntityId),
}

/// What the corpus calls itself (see [`Meta`]).
#[derive(Debug)]
pub struct MetaTable {
    pub title: StrId,
    pub tagline: StrId,
    pub description: StrId,
    pub language: StrId,
    pub default_view: View,
    /// The title, tagline and description in Japanese (`StrId(0)`: none given).
    pub title_ja: StrId,
    pub tagline_ja: StrId,
    pub description_ja: StrId,
}

/// The documents' columns.
#[derive(Debug)]
pub struct DocumentTable {
    pub id: Strs,
    pub file: Strs,
    pub title: Strs,
    pub title_printed: &'static [bool],
    pub author: &'static [StrId],
    pub outlet: &'static [StrId],
    pub published: &'static [Option<Date>],
    pub summary: Strs,
    pub text: Strs,
    /// Offsets of each document's run of rows in [`Corpus::notes`].
    pub notes: &'static [u32],
}

/// The reading notes' columns.
#[derive(Debug)]
pub struct NoteTable {
    pub kind: &'static [NoteKind],
    pub text: Strs,
    /// Offsets of each note's run in [`Corpus::evidence`].
    pub evidence: &'static [u32],
}

/// The entities' columns.
#[derive(Debug)]
pub struct EntityTable {
    pub id: Strs,
    pub kind: &'static [EntityKind],
    pub name: Strs,
    /// The name in Japanese (`StrId(0)`: none given).
    pub name_ja: &'static [StrId],
    /// Offsets of each entity's run in [`Corpus::string_refs`].
    pub aliases: &'static [u32],
    pub description: Strs,
    /// Offsets of each entity's run in [`Corpus::entity_refs`].
    pub members: &'static [u32],
    pub leader_of: &'static [Option<EntityId>],
}

/// The events' columns.
#[derive(Debug)]
pub struct EventTable {
    pub id: Strs,
    pub title: Strs,
    pub kind: &'static [EventKind],
    pub date: &'static [Option<Date>],
    pub end: &'static [Option<Date>],
    /// Offsets of each event's run in [`Corpus::entity_refs`].
    pub actors: &'static [u32],
    pub place: &'static [Option<EntityId>],
    pub reported: &'static [bool],
    /// Offsets of each event's run in [`Corpus::event_refs`].
    pub after: &'static [u32],
    /// Offsets of each event's run in [`Corpus::evidence`].
    pub evidence: &'static [u32],
}

/// The relations' columns.
#[derive(Debug)]
pub struct RelationTable {
    pub id: Strs,
    pub kind: &'static [RelationType],
    pub source: &'static [EntityId],
    pub target: &'static [EntityId],
    pub directed: &'static [bool],
    pub status: &'static [RelationStatus],
    pub from: &'static [Option<Date>],
    pub to: &'static [Option<Date>],
    pub summary: Strs,
    pub evidence: &'static [u32],
}

/// The claims' columns.
#[derive(Debug)]
pub struct ClaimTable {
    pub id: Strs,
    pub kind: &'static [ClaimType],
    pub text: Strs,
    pub by: &'static [Asserter],
    pub by_label: &'static [StrId],
    pub actors: &'static [u32],
    pub evidence: &'static [u32],
}

/// The comparisons' columns.
#[derive(Debug)]
pub struct ComparisonTable {
    pub id: Strs,
    pub topic: Strs,
    pub verdict: &'static [Verdict],
    pub summary: Strs,
    /// Offsets of each comparison's run of rows in [`Corpus::sides`].
    pub sides: &'static [u32],
}

/// The comparison sides' columns.
#[derive(Debug)]
pub struct SideTable {
    pub label: Strs,
    /// Where each side stands (a `u8` code per row).
    pub position: &'static [Position],
    pub evidence: &'static [u32],
}

/// The named periods' columns.
#[derive(Debug)]
pub struct PeriodTable {
    pub id: Strs,
    pub name: Strs,
    pub from: &'static [Option<Date>],
    pub to: &'static [Option<Date>],
    pub summary: Strs,
    /// Offsets of each period's run in [`Corpus::evidence`].
    pub evidence: &'static [u32],
}

/// The lessons' columns.
#[derive(Debug)]
pub struct LessonTable {
    pub id: Strs,
    pub title: Strs,
    pub summary: Strs,
    /// Offsets of each lesson's run of rows in [`Corpus::steps`].
    pub steps: &'static [u32],
}

/// The lesson steps' columns.
#[derive(Debug)]
pub struct StepTable {
    pub view: Strs,
    pub text: Strs,
    pub question: Strs,
    /// Offsets of each step's run in [`Corpus::evidence`].
    pub quotes: &'static [u32],
}

/// The whole compiled corpus.
#[derive(Debug)]
pub struct Corpus {
    pub meta: MetaTable,
    /// Every string, concatenated.
    pub strings: &'static str,
    /// Offsets of the strings in [`Corpus::strings`] (one more than there are strings).
    pub string_ends: &'static [u32],
    /// Every quote of every item, item after item.
    pub evidence: &'static [Evidence],
    /// Entity lists (actors, members), item after item.
    pub entity_refs: &'static [EntityId],
    /// Event lists (`after`), item after item.
    pub event_refs: &'static [EventId],
    /// String lists (aliases), item after item.
    pub string_refs: &'static [StrId],
    pub documents: DocumentTable,
    pub notes: NoteTable,
    pub entities: EntityTable,
    pub events: EventTable,
    pub relations: RelationTable,
    pub claims: ClaimTable,
    pub comparisons: ComparisonTable,
    pub sides: SideTable,
    pub periods: PeriodTable,
    pub lessons: LessonTable,
    pub steps: StepTable,
}

/// What the corpus calls itself: the page's title, tagline and description.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meta {
    pub title: &'static str,
    pub tagline: &'static str,
    pub description: &'static str,
    pub language: &'static str,
    pub default_view: View,
    pub title_ja: Option<&'static str>,
    pub tagline_ja: Option<&'static str>,
    pub description_ja: Option<&'static str>,
}

impl Meta {
    /// The title in a language of the interface: the Japanese one under Japanese when
    /// the corpus gives one, else the title.
    pub fn title_in(&self, lang: Lang) -> &'static str {
        in_lang(lang, self.title, self.title_ja)
    }

    /// The tagline in a language of the interface (see [`Meta::title_in`]).
    pub fn tagline_in(&self, lang: Lang) -> &'static str {
        in_lang(lang, self.tagline, self.tagline_ja)
    }

    /// The description in a language of the interface (see [`Meta::title_in`]).
    pub fn description_in(&self, lang: Lang) -> &'static str {
        in_lang(lang, self.description, self.description_ja)
    }
}

/// `ja` under Japanese when there is one, else `own` (the corpus's own words).
fn in_lang(lang: Lang, own: &'static str, ja: Option<&'static str>) -> &'static str {
    match (lang, ja) {
        (Lang::Ja, Some(ja)) => ja,
        _ => own,
    }
}

/// One article, its full text and where its reading notes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Document {
    pub id: &'static str,
    pub file: &'static str,
    pub title: &'static str,
    pub title_printed: bool,
    pub author: Option<&'static str>,
    pub outlet: Option<&'static str>,
    pub published: Option<Date>,
    pub summary: &'static str,
    pub text: &'static str,
}

/// A reading note: something a teacher would point out in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    pub kind: NoteKind,
    pub text: &'static str,
    pub evidence: &'static [Evidence],
}

/// An actor or thing the articles name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entity {
    pub id: &'static str,
    pub kind: EntityKind,
    pub name: &'static str,
    /// The name in Japanese, if the corpus gives one.
    pub name_ja: Option<&'static str>,
    pub aliases: &'static [StrId],
    pub description: &'static str,
    pub members: &'static [EntityId],
    pub leader_of: Option<EntityId>,
}

impl Entity {
    /// The name in a language of the interface: the Japanese name under Japanese when
    /// the corpus gives one, else the name.
    pub fn name_in(&self, lang: Lang) -> &'static str {
        in_lang(lang, self.name, self.name_ja)
    }
}

/// Something that happened (or was reported) at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    pub id: &'static str,
    pub title: &'static str,
    pub kind: EventKind,
    pub date: Option<Date>,
    pub end: Option<Date>,
    pub actors: &'static [EntityId],
    pub place: Option<EntityId>,
    pub reported: bool,
    pub after: &'static [EventId],
    pub evidence: &'static [Evidence],
}

/// A typed tie between two actors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Relation {
    pub id: &'static str,
    pub kind: RelationType,
    pub source: EntityId,
    pub target: EntityId,
    pub directed: bool,
    pub status: RelationStatus,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub summary: &'static str,
    pub evidence: &'static [Evidence],
}

/// A notable statement in an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claim {
    pub id: &'static str,
    pub kind: ClaimType,
    pub text: &'static str,
    pub by: Asserter,
    pub by_label: Option<&'static str>,
    pub actors: &'static [EntityId],
    pub evidence: &'static [Evidence],
}

/// One source's position in a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Side {
    pub label: &'static str,
    pub position: Position,
    pub evidence: &'static [Evidence],
}

/// A topic on which sources agree, differ or conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub id: &'static str,
    pub topic: &'static str,
    pub verdict: Verdict,
    pub summary: &'static str,
}

/// A stretch of time the texts name: an open end (`None`) means the texts do not bound
/// it on that side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub id: &'static str,
    pub name: &'static str,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub summary: &'static str,
    pub evidence: &'static [Evidence],
}

/// A guided lesson: a title and a summary for the list of lessons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lesson {
    pub id: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
}

/// One step of a lesson. `view` is a link's hash (`#/claims?sel=…`), which
/// [`crate::url::step_state`] reads when the step opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub view: &'static str,
    pub text: &'static str,
    pub question: &'static str,
    pub quotes: &'static [Evidence],
}

/// The rows of item `i` in a shared array, given where every item's run starts (and,
/// last, where the final run ends).
fn run(offsets: &[u32], i: usize) -> Range<usize> {
    offsets[i] as usize..offsets[i + 1] as usize
}

/// The ids `0..n` of a table with `n` rows.
fn ids<T>(n: usize, id: fn(u16) -> T) -> impl ExactSizeIterator<Item = T> + Clone {
    (0..n as u16).map(id)
}

impl Corpus {
    /// A string of the string table.
    pub fn str(&self, s: StrId) -> &'static str {
        let strings: &'static str = self.strings;
        slice(strings, run(self.string_ends, s.index()))
    }

    fn opt_str(&self, s: StrId) -> Option<&'static str> {
        (s.0 != 0).then(|| self.str(s))
    }

    /// What the corpus calls itself.
    pub fn meta(&self) -> Meta {
        let m = &self.meta;
        Meta {
            title: self.str(m.title),
            tagline: self.str(m.tagline),
            description: self.str(m.description),
            language: self.str(m.language),
            default_view: m.default_view,
            title_ja: self.opt_str(m.title_ja),
            tagline_ja: self.opt_str(m.tagline_ja),
            description_ja: self.opt_str(m.description_ja),
        }
    }

    /// Every document id, in corpus order.
    pub fn document_ids(&self) -> impl ExactSizeIterator<Item = DocId> + Clone {
        ids(self.documents.title_printed.len(), DocId)
    }

    /// Every entity id, in corpus order.
    pub fn entity_ids(&self) -> impl ExactSizeIterator<Item = EntityId> + Clone {
        ids(self.entities.kind.len(), EntityId)
    }

    /// Every event id, in corpus order.
    pub fn event_ids(&self) -> impl ExactSizeIterator<Item = EventId> + Clone {
        ids(self.events.kind.len(), EventId)
    }

    /// Every relation id, in corpus order.
    pub fn relation_ids(&self) -> impl ExactSizeIterator<Item = RelationId> + Clone {
        ids(self.relations.kind.len(), RelationId)
    }

    /// Every claim id, in corpus order.
    pub fn claim_ids(&self) -> impl ExactSizeIterator<Item = ClaimId> + Clone {
        ids(self.claims.kind.len(), ClaimId)
    }

    /// Every comparison id, in corpus order.
    pub fn comparison_ids(&self) -> impl ExactSizeIterator<Item = ComparisonId> + Clone {
        ids(self.comparisons.verdict.len(), ComparisonId)
    }

    /// Every named period id, in corpus order.
    pub fn period_ids(&self) -> impl ExactSizeIterator<Item = PeriodId> + Clone {
        ids(self.periods.from.len(), PeriodId)
    }

    /// Every lesson id, in corpus order.
    pub fn lesson_ids(&self) -> impl ExactSizeIterator<Item = LessonId> + Clone {
        ids(self.lessons.steps.len().saturating_sub(1), LessonId)
    }

    /// A document.
    pub fn document(&self, d: DocId) -> Document {
        let (t, i) = (&self.documents, d.index());
        Document {
            id: self.str(t.id.at(i)),
            file: self.str(t.file.at(i)),
            title: self.str(t.title.at(i)),
            title_printed: t.title_printed[i],
            author: self.opt_str(t.author[i]),
            outlet: self.opt_str(t.outlet[i]),
            published: t.published[i],
            summary: self.str(t.summary.at(i)),
            text: self.str(t.text.at(i)),
        }
    }

    /// A document's reading notes, in the order written.
    pub fn notes_of(&self, d: DocId) -> impl ExactSizeIterator<Item = NoteId> + Clone {
        let r = run(self.documents.notes, d.index());
        (r.start as u16..r.end as u16).map(NoteId)
    }

    /// A reading note.
    pub fn note(&self, n: NoteId) -> Note {
        let (t, i) = (&self.notes, n.index());
        Note {
            kind: t.kind[i],
            text: self.str(t.text.at(i)),
            evidence: &self.evidence[run(t.evidence, i)],
        }
    }

    /// The document a note is on.
    pub fn note_document(&self, n: NoteId) -> DocId {
        let ends = &self.documents.notes[1..];
        let at = ends.iter().position(|&end| u32::from(n.0) < end);
        DocId(at.unwrap_or(0) as u16)
    }

    /// An entity.
    pub fn entity(&self, e: EntityId) -> Entity {
        let (t, i) = (&self.entities, e.index());
        Entity {
            id: self.str(t.id.at(i)),
            kind: t.kind[i],
            name: self.str(t.name.at(i)),
            name_ja: self.opt_str(t.name_ja[i]),
            aliases: &self.string_refs[run(t.aliases, i)],
            description: self.str(t.description.at(i)),
            members: &self.entity_refs[run(t.members, i)],
            leader_of: t.leader_of[i],
        }
    }

    /// An entity's name, its aliases (every spelling the texts use), then its Japanese
    /// name if it has one: every name search and the mention scan know it by.
    pub fn names(&self, e: EntityId) -> impl Iterator<Item = &'static str> + '_ {
        let ent = self.entity(e);
        std::iter::once(ent.name)
            .chain(ent.aliases.iter().map(|&s| self.str(s)))
            .chain(ent.name_ja)
    }

    /// An event.
    pub fn event(&self, e: EventId) -> Event {
        let (t, i) = (&self.events, e.index());
        Event {
            id: self.str(t.id.at(i)),
            title: self.str(t.title.at(i)),
            kind: t.kind[i],
            date: t.date[i],
            end: t.end[i],
            actors: &self.entity_refs[run(t.actors, i)],
            place: t.place[i],
            reported: t.reported[i],
            after: &self.event_refs[run(t.after, i)],
            evidence: &self.evidence[run(t.evidence, i)],
        }
    }

    /// A relation.
    pub fn relation(&self, r: RelationId) -> Relation {
        let (t, i) = (&self.relations, r.index());
        Relation {
            id: self.str(t.id.at(i)),
            kind: t.kind[i],
            source: t.source[i],
            target: t.target[i],
            directed: t.directed[i],
            status: t.status[i],
            from: t.from[i],
            to: t.to[i],
            summary: self.str(t.summary.at(i)),
            evidence: &self.evidence[run(t.evidence, i)],
        }
    }

    /// A claim.
    pub fn claim(&self, c: ClaimId) -> Claim {
        let (t, i) = (&self.claims, c.index());
        Claim {
            id: self.str(t.id.at(i)),
            kind: t.kind[i],
            text: self.str(t.text.at(i)),
            by: t.by[i],
            by_label: self.opt_str(t.by_label[i]),
            actors: &self.entity_refs[run(t.actors, i)],
            evidence: &self.evidence[run(t.evidence, i)],
        }
    }

    /// A comparison.
    pub fn comparison(&self, c: ComparisonId) -> Comparison {
        let (t, i) = (&self.comparisons, c.index());
        Comparison {
            id: self.str(t.id.at(i)),
            topic: self.str(t.topic.at(i)),
            verdict: t.verdict[i],
            summary: self.str(t.summary.at(i)),
        }
    }

    /// A comparison's sides, in the order written.
    pub fn sides(&self, c: ComparisonId) -> impl ExactSizeIterator<Item = Side> + Clone + '_ {
        run(self.comparisons.sides, c.index()).map(move |i| Side {
            label: self.str(self.sides.label.at(i)),
            position: self.sides.position[i],
            evidence: &self.evidence[run(self.sides.evidence, i)],
        })
    }

    /// A named period.
    pub fn period(&self, p: PeriodId) -> Period {
        let (t, i) = (&self.periods, p.index());
        Period {
            id: self.str(t.id.at(i)),
            name: self.str(t.name.at(i)),
            from: t.from[i],
            to: t.to[i],
            summary: self.str(t.summary.at(i)),
            evidence: &self.evidence[run(t.evidence, i)],
        }
    }

    /// A lesson.
    pub fn lesson(&self, l: LessonId) -> Lesson {
        let (t, i) = (&self.lessons, l.index());
        Lesson {
            id: self.str(t.id.at(i)),
            title: self.str(t.title.at(i)),
            summary: self.str(t.summary.at(i)),
        }
    }

    /// A lesson's steps, in order (step `n` of a link is the `n - 1`-th).
    pub fn steps(&self, l: LessonId) -> impl ExactSizeIterator<Item = Step> + Clone + '_ {
        run(self.lessons.steps, l.index()).map(move |i| {
            let t = &self.steps;
            Step {
                view: self.str(t.view.at(i)),
                text: self.str(t.text.at(i)),
                question: self.str(t.question.at(i)),
                quotes: &self.evidence[run(t.quotes, i)],
            }
        })
    }

    /// Finds a lesson by its string id.
    pub fn lesson_by_id(&self, id: &str) -> Option<LessonId> {
        self.lesson_ids()
            .find(|&l| self.str(self.lessons.id.at(l.index())) == id)
    }

    /// The exact words a piece of evidence cites.
    pub fn quote(&self, e: &Evidence) -> &'static str {
        slice(
            self.document(e.doc).text,
            e.start as usize..e.end() as usize,
        )
    }

    /// Finds a document by its string id.
    pub fn document_by_id(&self, id: &str) -> Option<DocId> {
        self.document_ids()
            .find(|&d| self.str(self.documents.id.at(d.index())) == id)
    }

    /// Finds an entity by its string id.
    pub fn entity_by_id(&self, id: &str) -> Option<EntityId> {
        self.entity_ids()
            .find(|&e| self.str(self.entities.id.at(e.index())) == id)
    }
}

impl Asserter {
    /// The kind of asserter, for the facet.
    pub fn kind(self) -> AsserterKind {
        match self {
            Asserter::Author => AsserterKind::Author,
            Asserter::Unnamed => AsserterKind::Unnamed,
            Asserter::Survey => AsserterKind::Survey,
            Asserter::Entity(_) => AsserterKind::Named,
        }
    }

    /// Who asserts a claim, in words, given the document it is quoted from.
    pub fn label(&self, corpus: &Corpus, doc: DocId) -> &'static str {
        match self {
            Asserter::Author => {
                let d = corpus.document(doc);
                d.author.or(d.outlet).unwrap_or("the unsigned article")
            }
            Asserter::Unnamed => "an unnamed source",
            Asserter::Survey => "an unattributed survey",
            Asserter::Entity(e) => corpus.entity(*e).name,
        }
    }
}

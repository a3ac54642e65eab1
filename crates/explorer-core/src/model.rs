//! The compiled corpus: `&'static` tables generated at build time, addressed by small
//! index newtypes. Nothing here is parsed at run time.

use crate::date::Date;
pub use crate::vocab::{
    ClaimType, EntityKind, EventKind, NoteKind, RelationStatus, RelationType, Verdict,
};

macro_rules! index_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u16);

        impl $name {
            /// The position in its table.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index_id!(
    /// A document, by its position in [`Corpus::documents`].
    DocId
);
index_id!(
    /// An entity, by its position in [`Corpus::entities`].
    EntityId
);
index_id!(
    /// An event, by its position in [`Corpus::events`].
    EventId
);

/// An exact quote: a span of a document's text, in UTF-8 byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub doc: DocId,
    pub start: u32,
    pub end: u32,
}

/// One article, its full text and the reading notes on it.
#[derive(Debug)]
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
    pub notes: &'static [Note],
}

/// A reading note: something a teacher would point out in a text.
#[derive(Debug)]
pub struct Note {
    pub kind: NoteKind,
    pub text: &'static str,
    pub evidence: &'static [Evidence],
}

/// An actor or thing the articles name.
#[derive(Debug)]
pub struct Entity {
    pub id: &'static str,
    pub kind: EntityKind,
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub description: &'static str,
    /// Longitude and latitude.
    pub coords: Option<(f32, f32)>,
    pub members: &'static [EntityId],
    pub leader_of: Option<EntityId>,
}

/// Something that happened (or was reported) at a date.
#[derive(Debug)]
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
#[derive(Debug)]
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

/// A notable statement in an article.
#[derive(Debug)]
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
#[derive(Debug)]
pub struct Side {
    pub label: &'static str,
    pub evidence: &'static [Evidence],
}

/// A topic on which sources agree, differ or conflict.
#[derive(Debug)]
pub struct Comparison {
    pub id: &'static str,
    pub topic: &'static str,
    pub verdict: Verdict,
    pub summary: &'static str,
    pub sides: &'static [Side],
}

/// The whole compiled corpus.
#[derive(Debug)]
pub struct Corpus {
    pub documents: &'static [Document],
    pub entities: &'static [Entity],
    pub events: &'static [Event],
    pub relations: &'static [Relation],
    pub claims: &'static [Claim],
    pub comparisons: &'static [Comparison],
}

impl Corpus {
    /// The document an id names.
    pub fn document(&self, id: DocId) -> &'static Document {
        &self.documents[id.index()]
    }

    /// The entity an id names.
    pub fn entity(&self, id: EntityId) -> &'static Entity {
        &self.entities[id.index()]
    }

    /// The exact words a piece of evidence cites.
    pub fn quote(&self, e: &Evidence) -> &'static str {
        &self.document(e.doc).text[e.start as usize..e.end as usize]
    }

    /// Finds a document by its string id.
    pub fn document_by_id(&self, id: &str) -> Option<DocId> {
        self.documents
            .iter()
            .position(|d| d.id == id)
            .map(|i| DocId(i as u16))
    }

    /// Finds an entity by its string id.
    pub fn entity_by_id(&self, id: &str) -> Option<EntityId> {
        self.entities
            .iter()
            .position(|e| e.id == id)
            .map(|i| EntityId(i as u16))
    }
}

impl Asserter {
    /// Who asserts a claim, in words, given the document it is quoted from.
    pub fn label(&self, corpus: &Corpus, doc: DocId) -> String {
        match self {
            Asserter::Author => corpus
                .document(doc)
                .author
                .or(corpus.document(doc).outlet)
                .unwrap_or("the unsigned article")
                .to_string(),
            Asserter::Unnamed => "an unnamed source".to_string(),
            Asserter::Survey => "an unattributed survey".to_string(),
            Asserter::Entity(e) => corpus.entity(*e).name.to_string(),
        }
    }
}

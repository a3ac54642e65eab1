//! The corpus as owned, resolved items: what the compiler produces after checking the
//! annotations, before [`crate::pack`] turns it into the compact tables the explorer
//! reads. References between items are plain indices into the lists here.

use crate::date::Date;
use crate::vocab::*;

/// A resolved quote: a document (its index) and a byte span of its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence {
    pub doc: usize,
    pub start: usize,
    pub end: usize,
}

/// A reading note on a document.
#[derive(Debug, Clone)]
pub struct Note {
    pub kind: NoteKind,
    pub text: String,
    pub evidence: Vec<Evidence>,
}

/// One article with its full text.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub id: String,
    pub file: String,
    pub title: String,
    pub title_printed: bool,
    pub author: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    pub summary: String,
    pub text: String,
    pub notes: Vec<Note>,
}

/// An actor or thing the articles name.
#[derive(Debug, Clone)]
pub struct Entity {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    /// The name in Japanese, for the interface in Japanese.
    pub name_ja: Option<String>,
    pub aliases: Vec<String>,
    pub description: String,
    /// Longitude and latitude, for the map (outside context, see `seeds/entities.toml`).
    pub coords: Option<[f64; 2]>,
    pub members: Vec<usize>,
    pub leader_of: Option<usize>,
}

#[cfg(test)]
impl Entity {
    /// A state with this id, name and aliases and nothing else, for tests.
    pub(crate) fn state(id: &str, name: &str, aliases: &[&str]) -> Self {
        Entity {
            id: id.into(),
            kind: crate::vocab::EntityKind::State,
            name: name.into(),
            name_ja: None,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            description: String::new(),
            coords: None,
            members: vec![],
            leader_of: None,
        }
    }
}

/// Something that happened, or was reported, at a date.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub kind: EventKind,
    pub date: Option<Date>,
    pub end: Option<Date>,
    pub actors: Vec<usize>,
    pub place: Option<usize>,
    pub reported: bool,
    pub after: Vec<usize>,
    pub evidence: Vec<Evidence>,
}

/// A typed tie between two actors.
#[derive(Debug, Clone)]
pub struct Relation {
    pub id: String,
    pub kind: RelationType,
    pub source: usize,
    pub target: usize,
    pub directed: bool,
    pub status: RelationStatus,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub summary: String,
    pub evidence: Vec<Evidence>,
}

/// Who asserts a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Author,
    Unnamed,
    Survey,
    Entity(usize),
}

/// A notable statement in an article.
#[derive(Debug, Clone)]
pub struct Claim {
    pub id: String,
    pub kind: ClaimType,
    pub text: String,
    pub by: By,
    pub by_label: Option<String>,
    pub actors: Vec<usize>,
    pub evidence: Vec<Evidence>,
}

/// One source's position in a comparison.
#[derive(Debug, Clone)]
pub struct Side {
    pub label: String,
    pub position: Position,
    pub evidence: Vec<Evidence>,
}

/// A topic on which sources agree, differ or conflict.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub id: String,
    pub topic: String,
    pub verdict: Verdict,
    pub summary: String,
    pub sides: Vec<Side>,
}

/// A stretch of time the texts name and bound with a date on at least one side.
#[derive(Debug, Clone)]
pub struct Period {
    pub id: String,
    /// The period as the texts name it.
    pub name: String,
    /// Where the texts start it; `None`: they give no start.
    pub from: Option<Date>,
    /// Where the texts end it; `None`: they give no end.
    pub to: Option<Date>,
    pub summary: String,
    pub evidence: Vec<Evidence>,
}

/// A guided lesson: steps through the explorer, in order.
#[derive(Debug, Clone)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub steps: Vec<Step>,
}

/// One step of a lesson: a view to open, what to look at there, and a question.
#[derive(Debug, Clone)]
pub struct Step {
    /// The view as a link's hash (`#/timeline?from=1991&sel=event:…`), checked by the
    /// compiler to parse without notices.
    pub view: String,
    pub text: String,
    pub question: String,
    /// Quotes the step's text relies on (may be none).
    pub quotes: Vec<Evidence>,
}

/// What the corpus calls itself: the page's title, tagline and description.
#[derive(Debug, Clone)]
pub struct Meta {
    pub title: String,
    pub tagline: String,
    pub description: String,
    /// A BCP 47 language tag, for `<html lang>`.
    pub language: String,
    /// The view an address without a route opens.
    pub default_view: View,
    /// The title, tagline and description in Japanese, for the interface in Japanese.
    pub title_ja: Option<String>,
    pub tagline_ja: Option<String>,
    pub description_ja: Option<String>,
}

impl Default for Meta {
    fn default() -> Self {
        Meta {
            title: "Explorer".into(),
            tagline: String::new(),
            description: String::new(),
            language: "en".into(),
            default_view: View::Timeline,
            title_ja: None,
            tagline_ja: None,
            description_ja: None,
        }
    }
}

/// The whole corpus, checked and resolved.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub meta: Meta,
    pub documents: Vec<Document>,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
    pub relations: Vec<Relation>,
    pub claims: Vec<Claim>,
    pub comparisons: Vec<Comparison>,
    pub periods: Vec<Period>,
    pub lessons: Vec<Lesson>,
}

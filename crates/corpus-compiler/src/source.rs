//! The annotation files as people write them (see `seeds/README.md`).

use serde::Deserialize;

/// One annotation file: any of the tables, in any number.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct File {
    #[serde(default)]
    pub corpus: Option<CorpusMeta>,
    #[serde(default)]
    pub document: Vec<Document>,
    #[serde(default)]
    pub entity: Vec<Entity>,
    #[serde(default)]
    pub event: Vec<Event>,
    #[serde(default)]
    pub relation: Vec<Relation>,
    #[serde(default)]
    pub claim: Vec<Claim>,
    #[serde(default)]
    pub comparison: Vec<Comparison>,
    #[serde(default)]
    pub period: Vec<Period>,
    #[serde(default)]
    pub lesson: Vec<Lesson>,
}

/// `[corpus]`: what the corpus calls itself. Exactly one file has it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorpusMeta {
    pub title: String,
    pub tagline: String,
    pub description: String,
    pub language: String,
    pub default_view: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub doc: String,
    pub quote: String,
    #[serde(default)]
    pub occurrence: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub file: String,
    pub title: String,
    #[serde(default)]
    pub title_printed: bool,
    pub author: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub note: Vec<Note>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub kind: String,
    pub text: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub id: String,
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub description: String,
    pub coords: Option<[f64; 2]>,
    #[serde(default)]
    pub members: Vec<String>,
    pub leader_of: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub date: Option<String>,
    pub end: Option<String>,
    #[serde(default)]
    pub actors: Vec<String>,
    pub place: Option<String>,
    #[serde(default)]
    pub reported: bool,
    #[serde(default)]
    pub after: Vec<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub source: String,
    pub target: String,
    #[serde(default)]
    pub directed: bool,
    pub status: String,
    pub from: Option<String>,
    pub to: Option<String>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub text: String,
    pub by: String,
    pub by_label: Option<String>,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub id: String,
    pub topic: String,
    pub verdict: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub side: Vec<Side>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Side {
    pub label: String,
    /// Required; optional here so that a missing one is reported with its comparison.
    pub position: Option<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// `[[period]]`: a stretch of time the texts name and bound with a date.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub id: String,
    pub name: String,
    pub from: Option<String>,
    pub to: Option<String>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// `[[lesson]]`: a guided walk through the explorer, one step after another.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub step: Vec<Step>,
}

/// `[[lesson.step]]`. The fields are required; optional here so that a missing one is
/// reported with its lesson and step.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub view: Option<String>,
    pub text: Option<String>,
    pub question: Option<String>,
    #[serde(default)]
    pub quotes: Vec<Evidence>,
}

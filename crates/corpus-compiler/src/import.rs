//! A `corpus.json` (`docs/corpus-json.md`: the build's `data/corpus.json`, or the
//! explorer's JSON download) read back into the files it compiles from, so that the
//! compiler checks it as strictly as a folder: the annotations as one `corpus.toml` (its
//! tables in the JSON's order) and each document's text under its file name. A quote is
//! written as its exact words, with the occurrence its `start` points at; where the
//! offsets and the words disagree, the words are searched, and the compiler says where
//! they are missing. What is not the schema (a wrong type, a missing field, an unknown
//! one) is one problem naming the JSON file, its line and column.
//!
//! The explorer's download is an excerpt (what passes its filter, the rest whole), so it
//! may point past itself: an event that follows one it does not hold, a lesson whose
//! step shows an item it does not hold. Those hints and lessons are left out, each with
//! a warning naming it, and the user is asked before the corpus opens.

use crate::compile::{is_input, Diagnostic, MAX_FILE_BYTES};
use crate::source;
use serde::Deserialize;
use std::collections::HashMap;

/// Whether a file is read as a corpus.json (by its name).
pub fn is_json(name: &str) -> bool {
    name.ends_with(".json")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Json {
    corpus: source::CorpusMeta,
    documents: Vec<Document>,
    entities: Vec<source::Entity>,
    events: Vec<Event>,
    relations: Vec<Relation>,
    claims: Vec<Claim>,
    comparisons: Vec<Comparison>,
    periods: Vec<Period>,
    lessons: Vec<Lesson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Evidence {
    document: String,
    exact: String,
    start: usize,
    #[allow(dead_code)] // the words' length says it
    end: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    id: String,
    file: String,
    title: String,
    title_printed: bool,
    author: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    summary: String,
    text: String,
    notes: Vec<Note>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Note {
    kind: String,
    text: String,
    evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Event {
    id: String,
    title: String,
    kind: String,
    date: Option<String>,
    end: Option<String>,
    actors: Vec<String>,
    place: Option<String>,
    reported: bool,
    after: Vec<String>,
    evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Relation {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    /// Written by the export (from the type); not read back.
    #[allow(dead_code)]
    cameo: Option<serde::de::IgnoredAny>,
    source: String,
    target: String,
    directed: bool,
    status: String,
    from: Option<String>,
    to: Option<String>,
    summary: String,
    evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Claim {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    text: String,
    by: String,
    by_label: Option<String>,
    actors: Vec<String>,
    evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Comparison {
    id: String,
    topic: String,
    verdict: String,
    summary: String,
    sides: Vec<Side>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Side {
    label: String,
    position: String,
    evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Period {
    id: String,
    name: String,
    from: Option<String>,
    to: Option<String>,
    summary: String,
    evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Lesson {
    id: String,
    title: String,
    summary: String,
    steps: Vec<Step>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Step {
    view: String,
    text: String,
    question: String,
    quotes: Vec<Evidence>,
}

/// A corpus.json as the files it compiles from.
#[derive(Debug)]
pub struct Imported {
    /// What [`crate::compile_files`] takes: they compile without a problem.
    pub files: Vec<(String, Vec<u8>)>,
    /// What was left out because it points past the file (an excerpt): warnings.
    pub left_out: Vec<Diagnostic>,
}

/// The files a corpus.json compiles from, checked by the compiler, with what was left
/// out; or its problems. `name` is the JSON file's, for messages.
pub fn files(name: &str, bytes: &[u8]) -> Result<Imported, Vec<Diagnostic>> {
    let (mut file, texts) = parse(name, bytes)?;
    let mut left_out = Vec::new();
    // Order hints to events the file does not hold.
    let events: std::collections::HashSet<String> =
        file.event.iter().map(|e| e.id.clone()).collect();
    for e in &mut file.event {
        let (kept, gone): (Vec<String>, Vec<String>) =
            e.after.drain(..).partition(|a| events.contains(a));
        e.after = kept;
        for a in gone {
            left_out.push(Diagnostic {
                file: name.to_string(),
                item: format!("event `{}`", e.id),
                message: format!("follows `{a}`, which this file does not hold: left out"),
            });
        }
    }
    let to_files = |file: &source::File| -> Result<Vec<(String, Vec<u8>)>, Vec<Diagnostic>> {
        let toml = toml::to_string(file).map_err(|e| {
            vec![Diagnostic {
                file: name.to_string(),
                item: String::new(),
                message: format!("cannot be written as annotations: {e}"),
            }]
        })?;
        let mut out = vec![("corpus.toml".to_string(), toml.into_bytes())];
        out.extend(texts.iter().cloned());
        Ok(out)
    };
    let files = to_files(&file)?;
    let problems = match crate::compile_files(&files, "") {
        Ok(_) => return Ok(Imported { files, left_out }),
        Err(problems) => problems,
    };
    // Lessons whose steps show what the file does not hold: left out, if nothing else
    // is wrong.
    let lesson = |d: &Diagnostic| -> Option<String> {
        let rest = d.item.strip_prefix("lesson `")?;
        Some(rest[..rest.find('`')?].to_string())
    };
    if problems.iter().any(|d| lesson(d).is_none()) {
        return Err(problems);
    }
    let gone: std::collections::HashSet<String> = problems.iter().filter_map(lesson).collect();
    file.lesson.retain(|l| !gone.contains(&l.id));
    left_out.extend(problems.into_iter().map(|d| Diagnostic {
        file: name.to_string(),
        message: format!("{}: the lesson is left out", d.message),
        ..d
    }));
    let files = to_files(&file)?;
    crate::compile_files(&files, "")?;
    Ok(Imported { files, left_out })
}

/// The annotations and texts of a corpus.json, or its problems.
#[allow(clippy::type_complexity)]
fn parse(
    name: &str,
    bytes: &[u8],
) -> Result<(source::File, Vec<(String, Vec<u8>)>), Vec<Diagnostic>> {
    let problem = |item: String, message: String| Diagnostic {
        file: name.to_string(),
        item,
        message,
    };
    // The articles and annotations it holds may each be as large as a file may be.
    let most = 4 * MAX_FILE_BYTES;
    if bytes.len() > most {
        return Err(vec![problem(
            String::new(),
            format!(
                "too large to be a corpus ({} bytes; at most {most})",
                bytes.len()
            ),
        )]);
    }
    let json: Json = serde_json::from_slice(bytes).map_err(|e| {
        vec![problem(
            String::new(),
            format!("not a corpus.json as docs/corpus-json.md describes it: {e}"),
        )]
    })?;
    let texts: HashMap<String, String> = json
        .documents
        .iter()
        .map(|d| (d.id.clone(), d.text.clone()))
        .collect();
    let quotes = |v: Vec<Evidence>| -> Vec<source::Evidence> {
        v.into_iter()
            .map(|e| {
                let occurrence = texts.get(e.document.as_str()).and_then(|text| {
                    let at = text.char_indices().nth(e.start).map(|(i, _)| i)?;
                    let nth = text
                        .match_indices(e.exact.as_str())
                        .position(|(i, _)| i == at)?;
                    (nth > 0).then_some(nth + 1)
                });
                source::Evidence {
                    doc: e.document,
                    quote: e.exact,
                    occurrence,
                }
            })
            .collect()
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut document = Vec::new();
    for d in json.documents {
        if !is_input(&d.file) || !d.file.ends_with(".txt") || d.file.contains(['/', '\\']) {
            problems.push(problem(
                format!("document `{}`", d.id),
                format!("file `{}` is not a plain `.txt` file name", d.file),
            ));
        }
        out.push((d.file.clone(), d.text.into_bytes()));
        document.push(source::Document {
            id: d.id,
            file: d.file,
            title: d.title,
            title_printed: d.title_printed,
            author: d.author,
            outlet: d.outlet,
            published: d.published,
            summary: d.summary,
            note: d
                .notes
                .into_iter()
                .map(|n| source::Note {
                    kind: n.kind,
                    text: n.text,
                    evidence: quotes(n.evidence),
                })
                .collect(),
        });
    }
    let file = source::File {
        corpus: Some(json.corpus),
        document,
        entity: json.entities,
        event: json
            .events
            .into_iter()
            .map(|e| source::Event {
                id: e.id,
                title: e.title,
                kind: e.kind,
                date: e.date,
                end: e.end,
                actors: e.actors,
                place: e.place,
                reported: e.reported,
                after: e.after,
                evidence: quotes(e.evidence),
            })
            .collect(),
        relation: json
            .relations
            .into_iter()
            .map(|r| source::Relation {
                id: r.id,
                kind: r.kind,
                source: r.source,
                target: r.target,
                directed: r.directed,
                status: r.status,
                from: r.from,
                to: r.to,
                summary: r.summary,
                evidence: quotes(r.evidence),
            })
            .collect(),
        claim: json
            .claims
            .into_iter()
            .map(|c| source::Claim {
                id: c.id,
                kind: c.kind,
                text: c.text,
                by: c.by,
                by_label: c.by_label,
                actors: c.actors,
                evidence: quotes(c.evidence),
            })
            .collect(),
        comparison: json
            .comparisons
            .into_iter()
            .map(|c| source::Comparison {
                id: c.id,
                topic: c.topic,
                verdict: c.verdict,
                summary: c.summary,
                side: c
                    .sides
                    .into_iter()
                    .map(|s| source::Side {
                        label: s.label,
                        position: Some(s.position),
                        evidence: quotes(s.evidence),
                    })
                    .collect(),
            })
            .collect(),
        period: json
            .periods
            .into_iter()
            .map(|p| source::Period {
                id: p.id,
                name: p.name,
                from: p.from,
                to: p.to,
                summary: p.summary,
                evidence: quotes(p.evidence),
            })
            .collect(),
        lesson: json
            .lessons
            .into_iter()
            .map(|l| source::Lesson {
                id: l.id,
                title: l.title,
                summary: l.summary,
                step: l
                    .steps
                    .into_iter()
                    .map(|s| source::Step {
                        view: Some(s.view),
                        text: Some(s.text),
                        question: Some(s.question),
                        quotes: quotes(s.quotes),
                    })
                    .collect(),
            })
            .collect(),
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok((file, out))
}

//! Writes a corpus back as the files it compiles from, for the k× synthetic corpus of
//! `make bench`: `corpus synth SEEDS K OUT` writes [`synthetic::scale`] of the seeds (`K`
//! copies side by side) as a folder that [`crate::compile_dir`], and so the build with
//! `CORPUS_DIR=OUT`, reads back into exactly that corpus.
//!
//! Each table goes in one file (`documents.toml` holds the documents and their reading
//! notes, `entities.toml` the entities, …): the compiler reads a table's items file by
//! file in name order, so one file per table keeps them in the corpus's order. A quote
//! is written as the exact text of its span, with `occurrence` when the same words come
//! earlier in its document. The texts are written under their documents' file names,
//! and the seeds' name-check ignore list is copied when they have one.

use crate::source;
use explorer_core::owned::*;
use explorer_core::synthetic;
use explorer_core::Date;
use std::path::Path;

/// `k` copies of `real`, the corpus compiled from `seeds` ([`synthetic::scale`]), written
/// into `out`, which must be empty or not exist yet, with the seeds' ignore list.
/// Returns how many files it wrote.
pub fn write_scaled(
    seeds: &Path,
    real: &Corpus,
    k: usize,
    out: &Path,
) -> Result<usize, Vec<String>> {
    let files = files(&synthetic::scale(real, k))?;
    let ignore = crate::names::IGNORE_FILE;
    let ignore_list = match std::fs::read_to_string(seeds.join(ignore)) {
        Ok(list) => Some((ignore.to_string(), list)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(vec![format!("{}: {e}", seeds.join(ignore).display())]),
    };
    write_dir(out, files.into_iter().chain(ignore_list))
}

/// Writes `files` (name, content) into `out`, refusing a folder that already holds
/// anything: a text left over from another corpus would be read as one of its own.
fn write_dir(
    out: &Path,
    files: impl Iterator<Item = (String, String)>,
) -> Result<usize, Vec<String>> {
    let shown = out.display();
    let fail = |what: String| vec![what];
    if let Ok(mut entries) = std::fs::read_dir(out) {
        if entries.next().is_some() {
            return Err(fail(format!(
                "{shown} is not empty: remove it or name a new folder"
            )));
        }
    }
    std::fs::create_dir_all(out).map_err(|e| fail(format!("cannot create {shown}: {e}")))?;
    let mut n = 0;
    for (name, content) in files {
        std::fs::write(out.join(&name), content)
            .map_err(|e| fail(format!("cannot write {shown}/{name}: {e}")))?;
        n += 1;
    }
    Ok(n)
}

/// The folder that compiles to `c`: the annotation files, then the texts, each as (file
/// name, content). Fails with every item that would not read back as itself.
pub fn files(c: &Corpus) -> Result<Vec<(String, String)>, Vec<String>> {
    let mut w = Writer {
        c,
        problems: Vec::new(),
    };
    let mut out = Vec::new();
    let meta = source::File {
        corpus: Some(source::CorpusMeta {
            title: c.meta.title.clone(),
            tagline: c.meta.tagline.clone(),
            description: c.meta.description.clone(),
            language: c.meta.language.clone(),
            default_view: c.meta.default_view.id().to_string(),
            title_ja: c.meta.title_ja.clone(),
            tagline_ja: c.meta.tagline_ja.clone(),
            description_ja: c.meta.description_ja.clone(),
        }),
        ..Default::default()
    };
    let tables = [
        ("corpus.toml", meta),
        ("documents.toml", w.documents()),
        ("entities.toml", w.entities()),
        ("events.toml", w.events()),
        ("relations.toml", w.relations()),
        ("claims.toml", w.claims()),
        ("comparisons.toml", w.comparisons()),
        ("periods.toml", w.periods()),
        ("lessons.toml", w.lessons()),
    ];
    for (name, file) in tables {
        match toml::to_string(&file) {
            Ok(s) if s.is_empty() => {}
            Ok(s) => out.push((name.to_string(), format!("{HEADER}\n{s}"))),
            Err(e) => w.problems.push(format!("{name}: cannot write TOML: {e}")),
        }
    }
    for d in &c.documents {
        let plain = !d.file.contains(['/', '\\'])
            && !d.file.starts_with('.')
            && d.file.ends_with(".txt")
            && d.file != crate::names::IGNORE_FILE;
        if !plain {
            w.problems.push(format!(
                "document `{}`: file `{}` is not a plain `.txt` name in the corpus folder",
                d.id, d.file
            ));
        }
        out.push((d.file.clone(), d.text.clone()));
    }
    if w.problems.is_empty() {
        Ok(out)
    } else {
        Err(w.problems)
    }
}

const HEADER: &str = "# Written by `corpus synth` (crates/corpus-compiler/src/synth.rs); \
                      change the corpus it was written from, not this file.";

/// Turns owned items back into their source shapes, collecting what cannot be.
struct Writer<'a> {
    c: &'a Corpus,
    problems: Vec<String>,
}

fn date(d: Option<Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

impl Writer<'_> {
    fn entity(&self, i: usize) -> String {
        self.c.entities[i].id.clone()
    }

    fn entities_of(&self, v: &[usize]) -> Vec<String> {
        v.iter().map(|&i| self.entity(i)).collect()
    }

    /// Quotes as the exact words of their spans, with the occurrence that finds each
    /// span again (`quote::locate` counts matches that do not overlap).
    fn evidence(&mut self, item: &str, ev: &[Evidence]) -> Vec<source::Evidence> {
        let c = self.c;
        let mut out = Vec::new();
        for (n, e) in ev.iter().enumerate() {
            let d = &c.documents[e.doc];
            let found = d.text.get(e.start..e.end).and_then(|quote| {
                let nth = d
                    .text
                    .match_indices(quote)
                    .position(|(i, _)| i == e.start)?;
                Some((quote, nth))
            });
            match found {
                Some((quote, nth)) if !quote.trim().is_empty() => out.push(source::Evidence {
                    doc: d.id.clone(),
                    quote: quote.to_string(),
                    occurrence: (nth > 0).then_some(nth + 1),
                }),
                _ => self.problems.push(format!(
                    "{item}: quote {}, bytes {}..{} of `{}`, is not text that a quote and its occurrence find again",
                    n + 1,
                    e.start,
                    e.end,
                    d.id
                )),
            }
        }
        out
    }

    fn documents(&mut self) -> source::File {
        let c = self.c;
        let document = c
            .documents
            .iter()
            .map(|d| source::Document {
                id: d.id.clone(),
                file: d.file.clone(),
                title: d.title.clone(),
                title_printed: d.title_printed,
                author: d.author.clone(),
                outlet: d.outlet.clone(),
                published: date(d.published),
                summary: d.summary.clone(),
                note: d
                    .notes
                    .iter()
                    .enumerate()
                    .map(|(n, note)| source::Note {
                        kind: note.kind.id().to_string(),
                        text: note.text.clone(),
                        evidence: self.evidence(
                            &format!("document `{}` note {}", d.id, n + 1),
                            &note.evidence,
                        ),
                    })
                    .collect(),
            })
            .collect();
        source::File {
            document,
            ..Default::default()
        }
    }

    fn entities(&mut self) -> source::File {
        let c = self.c;
        let entity = c
            .entities
            .iter()
            .map(|e| source::Entity {
                id: e.id.clone(),
                kind: e.kind.id().to_string(),
                name: e.name.clone(),
                name_ja: e.name_ja.clone(),
                aliases: e.aliases.clone(),
                description: e.description.clone(),
                coords: e.coords,
                members: self.entities_of(&e.members),
                leader_of: e.leader_of.map(|l| self.entity(l)),
            })
            .collect();
        source::File {
            entity,
            ..Default::default()
        }
    }

    fn events(&mut self) -> source::File {
        let c = self.c;
        let event = c
            .events
            .iter()
            .map(|e| source::Event {
                id: e.id.clone(),
                title: e.title.clone(),
                kind: e.kind.id().to_string(),
                date: date(e.date),
                end: date(e.end),
                actors: self.entities_of(&e.actors),
                place: e.place.map(|p| self.entity(p)),
                reported: e.reported,
                after: e.after.iter().map(|&a| c.events[a].id.clone()).collect(),
                evidence: self.evidence(&format!("event `{}`", e.id), &e.evidence),
            })
            .collect();
        source::File {
            event,
            ..Default::default()
        }
    }

    fn relations(&mut self) -> source::File {
        let c = self.c;
        let relation = c
            .relations
            .iter()
            .map(|r| source::Relation {
                id: r.id.clone(),
                kind: r.kind.id().to_string(),
                source: self.entity(r.source),
                target: self.entity(r.target),
                directed: r.directed,
                status: r.status.id().to_string(),
                from: date(r.from),
                to: date(r.to),
                summary: r.summary.clone(),
                evidence: self.evidence(&format!("relation `{}`", r.id), &r.evidence),
            })
            .collect();
        source::File {
            relation,
            ..Default::default()
        }
    }

    fn claims(&mut self) -> source::File {
        let c = self.c;
        let claim = c
            .claims
            .iter()
            .map(|cl| {
                let item = format!("claim `{}`", cl.id);
                let by = match cl.by {
                    By::Author => "author".to_string(),
                    By::Unnamed => "unnamed".to_string(),
                    By::Survey => "survey".to_string(),
                    By::Entity(e) => {
                        let id = self.entity(e);
                        // The compiler reads these words as kinds of asserter first.
                        if ["author", "unnamed", "survey"].contains(&id.as_str()) {
                            self.problems.push(format!(
                                "{item}: by the entity `{id}`, whose id reads as a kind of asserter"
                            ));
                        }
                        id
                    }
                };
                source::Claim {
                    id: cl.id.clone(),
                    kind: cl.kind.id().to_string(),
                    text: cl.text.clone(),
                    by,
                    by_label: cl.by_label.clone(),
                    actors: self.entities_of(&cl.actors),
                    evidence: self.evidence(&item, &cl.evidence),
                }
            })
            .collect();
        source::File {
            claim,
            ..Default::default()
        }
    }

    fn comparisons(&mut self) -> source::File {
        let c = self.c;
        let comparison = c
            .comparisons
            .iter()
            .map(|m| source::Comparison {
                id: m.id.clone(),
                topic: m.topic.clone(),
                verdict: m.verdict.id().to_string(),
                summary: m.summary.clone(),
                side: m
                    .sides
                    .iter()
                    .enumerate()
                    .map(|(n, s)| source::Side {
                        label: s.label.clone(),
                        position: Some(s.position.id().to_string()),
                        evidence: self.evidence(
                            &format!("comparison `{}` side {}", m.id, n + 1),
                            &s.evidence,
                        ),
                    })
                    .collect(),
            })
            .collect();
        source::File {
            comparison,
            ..Default::default()
        }
    }

    fn periods(&mut self) -> source::File {
        let c = self.c;
        let period = c
            .periods
            .iter()
            .map(|p| source::Period {
                id: p.id.clone(),
                name: p.name.clone(),
                from: date(p.from),
                to: date(p.to),
                summary: p.summary.clone(),
                evidence: self.evidence(&format!("period `{}`", p.id), &p.evidence),
            })
            .collect();
        source::File {
            period,
            ..Default::default()
        }
    }

    fn lessons(&mut self) -> source::File {
        let c = self.c;
        let lesson = c
            .lessons
            .iter()
            .map(|l| source::Lesson {
                id: l.id.clone(),
                title: l.title.clone(),
                summary: l.summary.clone(),
                step: l
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(n, st)| source::Step {
                        view: Some(st.view.clone()),
                        text: Some(st.text.clone()),
                        question: Some(st.question.clone()),
                        quotes: self
                            .evidence(&format!("lesson `{}` step {}", l.id, n + 1), &st.quotes),
                    })
                    .collect(),
            })
            .collect();
        source::File {
            lesson,
            ..Default::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    const TEXT: &str = "Moscow and Pyongyang met. Moscow and Pyongyang signed. aaaa";

    const SOURCE: &str = r#"
[corpus]
title = "T"
tagline = "One text"
description = "A fixture."
language = "en"
default_view = "claims"

[[document]]
id = "doc"
file = "a.txt"
title = "A"

[[entity]]
id = "russia"
kind = "state"
name = "Russia"
aliases = ["Moscow"]

[[claim]]
id = "signed"
type = "fact"
text = "They signed."
by = "russia"
evidence = [{ doc = "doc", quote = "Moscow and Pyongyang", occurrence = 2 }]
"#;

    fn compile(files: &[(String, String)]) -> Corpus {
        let (toml, texts): (Vec<_>, Vec<_>) = files.iter().partition(|(n, _)| n.ends_with(".toml"));
        let toml: Vec<(&str, &str)> = toml.iter().map(|(n, s)| (n.as_str(), s.as_str())).collect();
        let texts: Vec<(String, (PathBuf, String))> = texts
            .iter()
            .map(|(n, s)| (n.clone(), (PathBuf::from(n), s.clone())))
            .collect();
        crate::compile(&toml, &texts, "mem")
            .unwrap_or_else(|d| panic!("{d:?}"))
            .corpus
    }

    fn fixture() -> Corpus {
        compile(&[
            ("a.toml".into(), SOURCE.into()),
            ("a.txt".into(), TEXT.into()),
        ])
    }

    #[test]
    fn a_repeated_quote_keeps_its_occurrence() {
        let c = fixture();
        let files = files(&c).unwrap();
        let claims = &files.iter().find(|(n, _)| n == "claims.toml").unwrap().1;
        assert!(claims.contains("occurrence = 2"), "{claims}");
        assert!(claims.contains("by = \"russia\""), "{claims}");
        let again = compile(&files);
        assert_eq!(again.claims[0].evidence, c.claims[0].evidence);
        assert_eq!(format!("{again:?}"), format!("{c:?}"));
    }

    /// A span that starts inside an earlier match of its own words (`aa` at the second
    /// `a` of `aaaa`) is no occurrence the compiler counts, so it cannot be written.
    #[test]
    fn a_span_no_occurrence_finds_is_refused() {
        let mut c = fixture();
        let start = TEXT.find("aaaa").unwrap() + 1;
        c.claims[0].evidence[0] = Evidence {
            doc: 0,
            start,
            end: start + 2,
        };
        let problems = files(&c).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("claim `signed`: quote 1"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_file_outside_the_folder_is_refused() {
        let mut c = fixture();
        c.documents[0].file = "../a.txt".into();
        let problems = files(&c).unwrap_err();
        assert!(
            problems[0].contains("not a plain `.txt` name"),
            "{problems:?}"
        );
    }
}

//! Reads a corpus folder, checks every annotation and resolves it into [`Compiled`].

use crate::quote;
use crate::source;
use explorer_core::vocab::*;
use explorer_core::Date;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// What is wrong, and where: the file, the item and the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub item: String,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.item.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.item, self.message)
        }
    }
}

pub use explorer_core::owned::*;

/// The checked corpus, every reference resolved to an index, and the files it was read
/// from. It reads as the corpus it holds.
#[derive(Debug, Default)]
pub struct Compiled {
    pub corpus: Corpus,
    /// Every file read, for build-script change tracking.
    pub inputs: Vec<PathBuf>,
}

impl std::ops::Deref for Compiled {
    type Target = Corpus;
    fn deref(&self) -> &Corpus {
        &self.corpus
    }
}

/// The largest file a corpus may hold: an article or an annotation file past this is
/// refused with a message (a browser gives whatever file it is handed).
pub const MAX_FILE_BYTES: usize = 8 << 20;

/// Reads and checks the corpus in `dir`. Returns every problem found, not just the first.
/// The files are read, then checked as [`compile_files`] checks files in memory.
pub fn compile_dir(dir: &Path) -> Result<Compiled, Vec<Diagnostic>> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        vec![Diagnostic {
            file: dir.display().to_string(),
            item: String::new(),
            message: format!("cannot read the corpus folder: {e}"),
        }]
    })?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut files = Vec::new();
    let mut inputs = Vec::new();
    let mut diags = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !is_input(&name) {
            continue;
        }
        inputs.push(path.clone());
        match std::fs::read(&path) {
            Ok(bytes) => files.push((name, bytes)),
            Err(e) => diags.push(Diagnostic {
                file: display_path(dir, &name),
                item: String::new(),
                message: format!("cannot read: {e}"),
            }),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let mut compiled = compile_files(&files, &dir.display().to_string())?;
    compiled.inputs = inputs;
    Ok(compiled)
}

/// Whether a file of a corpus folder is read: an article (`.txt`) or an annotation file
/// (`.toml`), not the name check's list of words to ignore.
pub fn is_input(name: &str) -> bool {
    (name.ends_with(".txt") || name.ends_with(".toml")) && name != crate::names::IGNORE_FILE
}

/// Checks a corpus given as files in memory, (name, bytes), as a browser hands them
/// over: the articles (`.txt`) and annotation files (`.toml`) among them (others are
/// left out, as [`compile_dir`] leaves them). `dir` names their folder in messages. A
/// file over [`MAX_FILE_BYTES`] or not UTF-8 text is refused with a message naming it;
/// nothing panics. The same files give the same result as [`compile_dir`] on a folder
/// holding them.
pub fn compile_files(files: &[(String, Vec<u8>)], dir: &str) -> Result<Compiled, Vec<Diagnostic>> {
    let dir = dir.trim_end_matches('/');
    let shown = |name: &str| {
        if dir.is_empty() {
            name.to_string()
        } else {
            format!("{dir}/{name}")
        }
    };
    let mut sorted: Vec<&(String, Vec<u8>)> = files.iter().filter(|(n, _)| is_input(n)).collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut texts: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
    let mut tomls: Vec<(String, String)> = Vec::new();
    let mut diags = Vec::new();
    for (name, bytes) in sorted {
        let fail = |message: String| Diagnostic {
            file: shown(name),
            item: String::new(),
            message,
        };
        if bytes.len() > MAX_FILE_BYTES {
            diags.push(fail(format!(
                "too large to be an article or an annotation file ({} bytes; at most {})",
                bytes.len(),
                MAX_FILE_BYTES
            )));
            continue;
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t.to_string(),
            Err(e) => {
                diags.push(fail(format!(
                    "cannot read: not UTF-8 text (the byte at {} is not)",
                    e.valid_up_to()
                )));
                continue;
            }
        };
        if name.ends_with(".txt") {
            texts.insert(name.clone(), (PathBuf::from(shown(name)), text));
        } else {
            tomls.push((shown(name), text));
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let annotations: Vec<(&str, &str)> = tomls
        .iter()
        .map(|(n, s)| (n.as_str(), s.as_str()))
        .collect();
    let texts: Vec<(String, (PathBuf, String))> = texts.into_iter().collect();
    compile(&annotations, &texts, dir)
}

fn display_path(dir: &Path, name: &str) -> String {
    let d = dir.display().to_string();
    let d = d.trim_end_matches('/');
    if name.is_empty() {
        d.to_string()
    } else {
        format!("{d}/{name}")
    }
}

/// Checks and resolves annotation files (name, TOML source) against the texts
/// (file name, (path, content)). `dir` prefixes text file names in messages.
pub fn compile(
    files: &[(&str, &str)],
    texts: &[(String, (PathBuf, String))],
    dir: &str,
) -> Result<Compiled, Vec<Diagnostic>> {
    let mut cx = Checker { diags: Vec::new() };
    let mut parsed: Vec<(&str, source::File)> = Vec::new();
    for (name, src) in files {
        match toml::from_str::<source::File>(src) {
            Ok(f) => parsed.push((name, f)),
            Err(e) => cx.err(
                name,
                "",
                format!("not valid annotation TOML: {}", e.to_string().trim_end()),
            ),
        }
    }

    // What the corpus calls itself: one `[corpus]` table in one file.
    let mut out = Corpus::default();
    let metas: Vec<(&str, &source::CorpusMeta)> = parsed
        .iter()
        .filter_map(|(file, f)| f.corpus.as_ref().map(|m| (*file, m)))
        .collect();
    match metas.as_slice() {
        [] => cx.err(
            dir,
            "",
            "no file has a [corpus] table (title, tagline, description, language, default_view)"
                .into(),
        ),
        [(file, m)] => {
            let item = "[corpus]";
            for (field, value) in [
                ("title", &m.title),
                ("tagline", &m.tagline),
                ("description", &m.description),
            ] {
                if value.trim().is_empty() {
                    cx.err(file, item, format!("{field} is empty"));
                }
            }
            for (field, value) in [
                ("title_ja", &m.title_ja),
                ("tagline_ja", &m.tagline_ja),
                ("description_ja", &m.description_ja),
            ] {
                if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                    cx.err(
                        file,
                        item,
                        format!("{field} is empty: give it, or leave the line out"),
                    );
                }
            }
            let lang_ok = {
                let mut parts = m.language.split('-');
                let primary = parts.next().unwrap_or("");
                (2..=3).contains(&primary.len())
                    && primary.bytes().all(|b| b.is_ascii_lowercase())
                    && parts.all(|p| {
                        (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric())
                    })
            };
            if !lang_ok {
                cx.err(
                    file,
                    item,
                    format!(
                        "language `{}` is not a language tag such as `en` or `ja`",
                        m.language
                    ),
                );
            }
            let view = cx.vocab(
                file,
                item,
                "default_view",
                &m.default_view,
                View::from_id,
                View::ids,
            );
            out.meta = Meta {
                title: m.title.trim().to_string(),
                tagline: m.tagline.trim().to_string(),
                description: m.description.trim().to_string(),
                language: m.language.clone(),
                default_view: view.unwrap_or(View::Timeline),
                title_ja: trimmed(&m.title_ja),
                tagline_ja: trimmed(&m.tagline_ja),
                description_ja: trimmed(&m.description_ja),
            };
        }
        more => {
            for (file, _) in more {
                cx.err(
                    file,
                    "[corpus]",
                    "more than one file has a [corpus] table".into(),
                );
            }
        }
    }

    // Documents first: everything else cites them.
    let mut doc_ids: HashMap<String, usize> = HashMap::new();
    let mut text_used: HashSet<&str> = HashSet::new();
    for (file, f) in &parsed {
        for d in &f.document {
            let item = format!("document `{}`", d.id);
            if !cx.fresh_id(file, &item, &d.id, doc_ids.contains_key(&d.id)) {
                continue;
            }
            let Some((_, (_, text))) = texts.iter().find(|(n, _)| n == &d.file) else {
                cx.err(file, &item, format!("file `{}` is not in {dir}", d.file));
                continue;
            };
            if !text_used.insert(d.file.as_str()) {
                cx.err(
                    file,
                    &item,
                    format!("file `{}` is already described by another document", d.file),
                );
            }
            if d.title_printed && !text.contains(d.title.as_str()) {
                cx.err(
                    file,
                    &item,
                    "title_printed = true but the title does not occur in the text".into(),
                );
            }
            let published = cx.date(file, &item, "published", d.published.as_deref());
            doc_ids.insert(d.id.clone(), out.documents.len());
            out.documents.push(Document {
                id: d.id.clone(),
                file: d.file.clone(),
                title: d.title.clone(),
                title_printed: d.title_printed,
                author: d.author.clone(),
                outlet: d.outlet.clone(),
                published,
                summary: d.summary.clone(),
                text: text.clone(),
                notes: Vec::new(),
            });
        }
    }
    for (name, _) in texts {
        if !text_used.contains(name.as_str()) {
            cx.err(
                &format!("{dir}/{name}"),
                "",
                "no [[document]] describes this text".into(),
            );
        }
    }

    // Entities.
    let mut entity_ids: HashMap<String, usize> = HashMap::new();
    // A Japanese name is optional, but once one entity has one, every entity needs one
    // (else the interface in Japanese would mix its languages).
    let any_ja = parsed.iter().any(|(_, f)| {
        f.entity
            .iter()
            .any(|e| e.name_ja.as_deref().is_some_and(|n| !n.trim().is_empty()))
    });
    for (file, f) in &parsed {
        for e in &f.entity {
            let item = format!("entity `{}`", e.id);
            if !cx.fresh_id(file, &item, &e.id, entity_ids.contains_key(&e.id)) {
                continue;
            }
            let kind = cx.vocab(
                file,
                &item,
                "kind",
                &e.kind,
                EntityKind::from_id,
                EntityKind::ids,
            );
            if let Some([lon, lat]) = e.coords {
                if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
                    cx.err(
                        file,
                        &item,
                        format!("coords [{lon}, {lat}] are not [longitude, latitude]"),
                    );
                }
            }
            match e.name_ja.as_deref().map(str::trim) {
                Some("") => cx.err(
                    file,
                    &item,
                    "name_ja is empty: give the Japanese name, or leave the line out".into(),
                ),
                None if any_ja => cx.err(
                    file,
                    &item,
                    "has no Japanese name (name_ja), which every entity needs once one has it"
                        .into(),
                ),
                _ => {}
            }
            let mentioned = std::iter::once(&e.name).chain(&e.aliases).any(|n| {
                let n = n.to_lowercase();
                out.documents
                    .iter()
                    .any(|d| d.text.to_lowercase().contains(&n))
            });
            if !mentioned && !out.documents.is_empty() {
                cx.err(
                    file,
                    &item,
                    "neither its name nor any alias is mentioned in any document".into(),
                );
            }
            entity_ids.insert(e.id.clone(), out.entities.len());
            out.entities.push(Entity {
                id: e.id.clone(),
                kind: kind.unwrap_or(EntityKind::State),
                name: e.name.clone(),
                name_ja: trimmed(&e.name_ja),
                aliases: e.aliases.clone(),
                description: e.description.clone(),
                coords: e.coords,
                members: Vec::new(),
                leader_of: None,
            });
        }
    }
    for (file, f) in &parsed {
        for e in &f.entity {
            let Some(&i) = entity_ids.get(&e.id) else {
                continue;
            };
            let item = format!("entity `{}`", e.id);
            out.entities[i].members = e
                .members
                .iter()
                .filter_map(|m| cx.entity(file, &item, "members", m, &entity_ids))
                .collect();
            out.entities[i].leader_of = e
                .leader_of
                .as_ref()
                .and_then(|m| cx.entity(file, &item, "leader_of", m, &entity_ids));
        }
    }

    // Reading notes, now that every document is known.
    for (file, f) in &parsed {
        for d in &f.document {
            let Some(&di) = doc_ids.get(&d.id) else {
                continue;
            };
            for (n, note) in d.note.iter().enumerate() {
                let item = format!("document `{}` note {}", d.id, n + 1);
                let kind = cx.vocab(
                    file,
                    &item,
                    "kind",
                    &note.kind,
                    NoteKind::from_id,
                    NoteKind::ids,
                );
                let evidence = cx.evidence(file, &item, &note.evidence, &doc_ids, &out.documents);
                if let Some(kind) = kind {
                    out.documents[di].notes.push(Note {
                        kind,
                        text: note.text.clone(),
                        evidence,
                    });
                }
            }
        }
    }

    // Events: ids first, so `after` may point forward.
    let mut event_ids: HashMap<String, usize> = HashMap::new();
    let mut event_src = Vec::new();
    for (file, f) in &parsed {
        for e in &f.event {
            let item = format!("event `{}`", e.id);
            if !cx.fresh_id(file, &item, &e.id, event_ids.contains_key(&e.id)) {
                continue;
            }
            event_ids.insert(e.id.clone(), event_src.len());
            event_src.push((*file, e));
        }
    }
    for (file, e) in &event_src {
        let item = format!("event `{}`", e.id);
        let kind = cx.vocab(
            file,
            &item,
            "kind",
            &e.kind,
            EventKind::from_id,
            EventKind::ids,
        );
        let date = cx.date(file, &item, "date", e.date.as_deref());
        let end = cx.date(file, &item, "end", e.end.as_deref());
        if let (Some(d), Some(x)) = (date, end) {
            if x.last_day() < d.first_day() {
                cx.err(file, &item, format!("end {x} is before date {d}"));
            }
        }
        // An event with neither `date` nor `after` is undated: the timeline shows it in
        // its undated band, after every dated event, never at an invented date.
        let after: Vec<usize> = e
            .after
            .iter()
            .filter_map(|a| match event_ids.get(a) {
                Some(&i) => Some(i),
                None => {
                    cx.err(file, &item, format!("after: no event has the id `{a}`"));
                    None
                }
            })
            .collect();
        let evidence = cx.evidence(file, &item, &e.evidence, &doc_ids, &out.documents);
        out.events.push(Event {
            id: e.id.clone(),
            title: e.title.clone(),
            kind: kind.unwrap_or(EventKind::Other),
            date,
            end,
            actors: e
                .actors
                .iter()
                .filter_map(|a| cx.entity(file, &item, "actors", a, &entity_ids))
                .collect(),
            place: e
                .place
                .as_ref()
                .and_then(|p| cx.entity(file, &item, "place", p, &entity_ids)),
            reported: e.reported,
            after,
            evidence,
        });
    }
    for (file, e) in &event_src {
        let item = format!("event `{}`", e.id);
        let this = &out.events[event_ids[&e.id]];
        for &a in &this.after {
            let before = &out.events[a];
            if a == event_ids[&e.id] {
                cx.err(file, &item, "lists itself in `after`".into());
            } else if let (Some(d), Some(b)) = (this.date, before.date) {
                if d.last_day() < b.first_day() {
                    cx.err(
                        file,
                        &item,
                        format!("is dated {d} but comes after `{}`, dated {b}", before.id),
                    );
                }
            }
        }
    }

    // Relations.
    let mut seen = HashSet::new();
    for (file, f) in &parsed {
        for r in &f.relation {
            let item = format!("relation `{}`", r.id);
            if !cx.fresh_id(file, &item, &r.id, !seen.insert(r.id.clone())) {
                continue;
            }
            let kind = cx.vocab(
                file,
                &item,
                "type",
                &r.kind,
                RelationType::from_id,
                RelationType::ids,
            );
            let status = cx.vocab(
                file,
                &item,
                "status",
                &r.status,
                RelationStatus::from_id,
                RelationStatus::ids,
            );
            let source = cx.entity(file, &item, "source", &r.source, &entity_ids);
            let target = cx.entity(file, &item, "target", &r.target, &entity_ids);
            if source.is_some() && source == target {
                cx.err(file, &item, "source and target are the same actor".into());
            }
            let from = cx.date(file, &item, "from", r.from.as_deref());
            let to = cx.date(file, &item, "to", r.to.as_deref());
            if let (Some(a), Some(b)) = (from, to) {
                if b.last_day() < a.first_day() {
                    cx.err(file, &item, format!("to {b} is before from {a}"));
                }
            }
            let evidence = cx.evidence(file, &item, &r.evidence, &doc_ids, &out.documents);
            if let (Some(kind), Some(status), Some(source), Some(target)) =
                (kind, status, source, target)
            {
                out.relations.push(Relation {
                    id: r.id.clone(),
                    kind,
                    source,
                    target,
                    directed: r.directed,
                    status,
                    from,
                    to,
                    summary: r.summary.clone(),
                    evidence,
                });
            }
        }
    }

    // Claims.
    let mut seen = HashSet::new();
    for (file, f) in &parsed {
        for c in &f.claim {
            let item = format!("claim `{}`", c.id);
            if !cx.fresh_id(file, &item, &c.id, !seen.insert(c.id.clone())) {
                continue;
            }
            let kind = cx.vocab(
                file,
                &item,
                "type",
                &c.kind,
                ClaimType::from_id,
                ClaimType::ids,
            );
            let by = match c.by.as_str() {
                "author" => Some(By::Author),
                "unnamed" => Some(By::Unnamed),
                "survey" => Some(By::Survey),
                other => cx
                    .entity(
                        file,
                        &item,
                        "by (author, unnamed, survey or an entity id)",
                        other,
                        &entity_ids,
                    )
                    .map(By::Entity),
            };
            let evidence = cx.evidence(file, &item, &c.evidence, &doc_ids, &out.documents);
            let actors = c
                .actors
                .iter()
                .filter_map(|a| cx.entity(file, &item, "actors", a, &entity_ids))
                .collect();
            if let (Some(kind), Some(by)) = (kind, by) {
                out.claims.push(Claim {
                    id: c.id.clone(),
                    kind,
                    text: c.text.clone(),
                    by,
                    by_label: c.by_label.clone(),
                    actors,
                    evidence,
                });
            }
        }
    }

    // Comparisons.
    let mut seen = HashSet::new();
    for (file, f) in &parsed {
        for c in &f.comparison {
            let item = format!("comparison `{}`", c.id);
            if !cx.fresh_id(file, &item, &c.id, !seen.insert(c.id.clone())) {
                continue;
            }
            let verdict = cx.vocab(
                file,
                &item,
                "verdict",
                &c.verdict,
                Verdict::from_id,
                Verdict::ids,
            );
            if c.side.len() < 2 {
                cx.err(
                    file,
                    &item,
                    format!(
                        "has {} side(s); a comparison needs at least two",
                        c.side.len()
                    ),
                );
            }
            let mut sides = Vec::new();
            let mut positions = Vec::new();
            for (i, s) in c.side.iter().enumerate() {
                let side = format!("{item} side {}", i + 1);
                let position = match &s.position {
                    Some(p) => {
                        cx.vocab(file, &side, "position", p, Position::from_id, Position::ids)
                    }
                    None => {
                        cx.err(
                            file,
                            &side,
                            format!("has no position: give one of {}", Position::ids()),
                        );
                        None
                    }
                };
                positions.extend(position);
                sides.push(Side {
                    label: s.label.clone(),
                    position: position.unwrap_or(Position::Agrees),
                    evidence: cx.evidence(file, &side, &s.evidence, &doc_ids, &out.documents),
                });
            }
            // The positions must fit the verdict; only checked once every side has one,
            // so that one mistake is not reported twice.
            if let (Some(verdict), true) = (verdict, positions.len() == c.side.len()) {
                for why in position_mismatches(verdict, &positions) {
                    cx.err(file, &item, why);
                }
            }
            if let Some(verdict) = verdict {
                out.comparisons.push(Comparison {
                    id: c.id.clone(),
                    topic: c.topic.clone(),
                    verdict,
                    summary: c.summary.clone(),
                    sides,
                });
            }
        }
    }

    // Named periods: bounded by a date on at least one side; an open end is a side the
    // texts do not bound.
    let mut seen = HashSet::new();
    for (file, f) in &parsed {
        for p in &f.period {
            let item = format!("period `{}`", p.id);
            if !cx.fresh_id(file, &item, &p.id, !seen.insert(p.id.clone())) {
                continue;
            }
            if p.name.trim().is_empty() {
                cx.err(file, &item, "name is empty".into());
            }
            if p.from.is_none() && p.to.is_none() {
                cx.err(
                    file,
                    &item,
                    "has neither from nor to: give the date the texts bound it by on at least one side"
                        .into(),
                );
            }
            let from = cx.date(file, &item, "from", p.from.as_deref());
            let to = cx.date(file, &item, "to", p.to.as_deref());
            if let (Some(a), Some(b)) = (from, to) {
                if b.last_day() < a.first_day() {
                    cx.err(file, &item, format!("to {b} is before from {a}"));
                }
            }
            let evidence = cx.evidence(file, &item, &p.evidence, &doc_ids, &out.documents);
            out.periods.push(Period {
                id: p.id.clone(),
                name: p.name.clone(),
                from,
                to,
                summary: p.summary.clone(),
                evidence,
            });
        }
    }

    // The compact tables address items with 16-bit ids.
    let tables = [
        ("documents", out.documents.len()),
        ("entities", out.entities.len()),
        ("events", out.events.len()),
        ("relations", out.relations.len()),
        ("claims", out.claims.len()),
        ("comparisons", out.comparisons.len()),
        ("periods", out.periods.len()),
        (
            "reading notes",
            out.documents.iter().map(|d| d.notes.len()).sum(),
        ),
    ];
    let mut tables_fit = true;
    for (what, n) in tables {
        if n > usize::from(u16::MAX) {
            tables_fit = false;
            cx.err(
                dir,
                "",
                format!("{n} {what}: a corpus holds at most {} of each", u16::MAX),
            );
        }
    }

    // Lessons, last: a step's view may name any item above, so it is read against the
    // corpus compiled so far, packed as the explorer reads it (only when the tables
    // fit, and only when there are lessons).
    let any_lessons = parsed.iter().any(|(_, f)| !f.lesson.is_empty());
    let packed = (any_lessons && tables_fit).then(|| explorer_core::pack::pack(&out));
    let mut seen = HashSet::new();
    for (file, f) in &parsed {
        for l in &f.lesson {
            let item = format!("lesson `{}`", l.id);
            if !cx.fresh_id(file, &item, &l.id, !seen.insert(l.id.clone())) {
                continue;
            }
            if l.title.trim().is_empty() {
                cx.err(file, &item, "title is empty".into());
            }
            match l.step.len() {
                0 => cx.err(
                    file,
                    &item,
                    "has no steps: a lesson needs at least one [[lesson.step]]".into(),
                ),
                n if n > usize::from(u16::MAX) => cx.err(
                    file,
                    &item,
                    format!("has {n} steps; a lesson holds at most {}", u16::MAX),
                ),
                _ => {}
            }
            let mut steps = Vec::new();
            for (n, st) in l.step.iter().enumerate() {
                let item = format!("{item} step {}", n + 1);
                let view = cx.required(
                    file,
                    &item,
                    "view",
                    &st.view,
                    "give the view as a link's hash, e.g. `#/timeline?from=1991`",
                );
                let text = cx.required(file, &item, "text", &st.text, "say what to look at");
                let question = cx.required(
                    file,
                    &item,
                    "question",
                    &st.question,
                    "ask the class about what the step shows",
                );
                if let (false, Some(c)) = (view.is_empty(), packed) {
                    for why in view_problems(&view, c) {
                        cx.err(file, &item, format!("view `{view}`: {why}"));
                    }
                }
                let quotes = cx.quotes(file, &item, "quote", &st.quotes, &doc_ids, &out.documents);
                steps.push(Step {
                    view,
                    text,
                    question,
                    quotes,
                });
            }
            out.lessons.push(Lesson {
                id: l.id.clone(),
                title: l.title.trim().to_string(),
                summary: l.summary.trim().to_string(),
                steps,
            });
        }
    }
    if out.lessons.len() > usize::from(u16::MAX) {
        cx.err(
            dir,
            "",
            format!(
                "{} lessons: a corpus holds at most {}",
                out.lessons.len(),
                u16::MAX
            ),
        );
    }

    if cx.diags.is_empty() {
        Ok(Compiled {
            corpus: out,
            inputs: Vec::new(),
        })
    } else {
        Err(cx.diags)
    }
}

/// An optional text, trimmed; blank is none (and reported where it is read).
fn trimmed(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// What is wrong with a comparison's positions (its sides' in order) for its verdict:
/// exactly one side asserts the point; an agreement has only sides that assert or
/// agree; a conflict has a side that conflicts; a difference has a side that differs and
/// none that conflicts.
fn position_mismatches(verdict: Verdict, positions: &[Position]) -> Vec<String> {
    let numbers = |p: Position| -> Vec<String> {
        let at = positions.iter().enumerate().filter(|(_, &q)| q == p);
        at.map(|(i, _)| (i + 1).to_string()).collect()
    };
    let sides = |n: &[String]| match n {
        [one] => format!("side {one} is"),
        more => format!("sides {} are", more.join(", ")),
    };
    let mut out = Vec::new();
    match numbers(Position::Asserts).as_slice() {
        [_] => {}
        [] => out.push(
            "no side has position `asserts`: exactly one side states the point the others are compared with"
                .to_string(),
        ),
        more => out.push(format!(
            "{} `asserts`: exactly one side states the point the others are compared with",
            sides(more)
        )),
    }
    let (differs, conflicts) = (numbers(Position::Differs), numbers(Position::Conflicts));
    match verdict {
        Verdict::Agree => {
            for (n, p) in [(&differs, "differs"), (&conflicts, "conflicts")] {
                if !n.is_empty() {
                    out.push(format!(
                        "verdict is `agree` but {} `{p}`: an agreement has only `asserts` and `agrees` sides",
                        sides(n)
                    ));
                }
            }
        }
        Verdict::Conflict => {
            if conflicts.is_empty() {
                out.push("verdict is `conflict` but no side has position `conflicts`".into());
            }
        }
        Verdict::Differ => {
            if differs.is_empty() {
                out.push("verdict is `differ` but no side has position `differs`".into());
            }
            if !conflicts.is_empty() {
                out.push(format!(
                    "verdict is `differ` but {} `conflicts`: a difference has no side that conflicts",
                    sides(&conflicts)
                ));
            }
        }
    }
    out
}

/// The parameters a step's view may not carry: the explorer adds the lesson and the step
/// itself, whether the page is embedded is the page's choice, not the lesson's, and the
/// language and colours are the reader's.
const NOT_IN_A_STEP: [&str; 5] = ["lesson", "step", "embed", "lang", "theme"];

/// What is wrong with a lesson step's view: not a hash, a parameter a step may not
/// carry, or anything [`UrlState::from_hash`] drops with a notice.
fn view_problems(view: &str, c: &explorer_core::Corpus) -> Vec<String> {
    let Some(rest) = view.strip_prefix("#/") else {
        return vec!["not a link's hash: it starts with `#/`, e.g. `#/claims?sel=…`".into()];
    };
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut out = Vec::new();
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let key = pair.split_once('=').map_or(pair, |(k, _)| k);
        if NOT_IN_A_STEP.contains(&key) {
            out.push(format!(
                "`{key}` does not belong in a step's view: the explorer adds the lesson and step, the page decides on embedding, and the reader on the language and colours"
            ));
        } else {
            kept.push(pair);
        }
    }
    let hash = format!("#/{path}?{}", kept.join("&"));
    let (_, notices) = explorer_core::UrlState::from_hash(&hash, c);
    out.extend(notices.iter().map(notice_words));
    out
}

/// A URL notice in the words of a build diagnostic.
fn notice_words(n: &explorer_core::Notice) -> String {
    use explorer_core::url::Param;
    use explorer_core::Notice::*;
    match n {
        BadText(s) => format!("`{s}` is not valid percent-encoded UTF-8"),
        Repeated(k) => format!("`{k}` is given twice"),
        Unknown(p, v) => {
            let param = match p {
                Param::Actor => "actor: no entity has the id",
                Param::Source => "source: no document has the id",
                Param::Kind => "kind: no item kind is",
                Param::Status => "status: no relation status is",
                Param::By => "by: no kind of asserter is",
            };
            format!("{param} `{v}`")
        }
        BadDate(k, v) => format!("{k}: `{v}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        BadFlag(k, v) => format!("{k}: `{v}` is not 1 or 0"),
        UnknownSetting(k) => format!("`{k}` is not a parameter of the explorer"),
        Backwards(a, b) => format!("the date range {a} to {b} ends before it starts"),
        NoSource(id) => format!("#/sources/{id}: no document has the id `{id}`"),
        NoPage(p) => format!("`/{p}` is not a view (timeline, map, claims, sources)"),
        NoItem(s) => format!("sel: nothing is called `{s}`"),
        BadPassage(s) => {
            format!("hl: `{s}` is not a passage of the article shown (a #/sources/<document> view)")
        }
        BadWindow(s) => format!("tw: `{s}` is not a window of two dates (first..last)"),
        BadLayout(s) => format!("layout: `{s}` is neither geo nor network"),
        BadChoice(k, v) => format!("{k}: `{v}` is not one of its choices"),
        NoLesson(s) => format!("lesson: no lesson has the id `{s}`"),
        BadStep(s) => format!("step: `{s}` is no step of the lesson"),
        BadLang(s) => format!("lang: `{s}` is not a language of the interface (en, ja)"),
        BadTheme(s) => format!("theme: `{s}` is neither light nor dark"),
    }
}

struct Checker {
    diags: Vec<Diagnostic>,
}

impl Checker {
    fn err(&mut self, file: &str, item: &str, message: String) {
        self.diags.push(Diagnostic {
            file: file.to_string(),
            item: item.to_string(),
            message,
        });
    }

    /// Checks an id's form and that it is not `taken`; false when it cannot be used.
    fn fresh_id(&mut self, file: &str, item: &str, id: &str, taken: bool) -> bool {
        self.check_id(file, item, id);
        if taken {
            let kind = item.split(' ').next().unwrap_or("item");
            self.err(
                file,
                item,
                format!("this id is already used by another {kind}"),
            );
        }
        !taken
    }

    fn check_id(&mut self, file: &str, item: &str, id: &str) {
        let ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-');
        if !ok {
            self.err(
                file,
                item,
                "ids use only lower-case letters, digits and `-`".into(),
            );
        }
    }

    fn vocab<T>(
        &mut self,
        file: &str,
        item: &str,
        field: &str,
        value: &str,
        parse: fn(&str) -> Option<T>,
        ids: fn() -> String,
    ) -> Option<T> {
        let v = parse(value);
        if v.is_none() {
            self.err(
                file,
                item,
                format!("{field} `{value}` is not one of: {}", ids()),
            );
        }
        v
    }

    fn date(&mut self, file: &str, item: &str, field: &str, value: Option<&str>) -> Option<Date> {
        match Date::parse(value?) {
            Ok(d) => Some(d),
            Err(e) => {
                self.err(file, item, format!("{field}: {e}"));
                None
            }
        }
    }

    fn entity(
        &mut self,
        file: &str,
        item: &str,
        field: &str,
        id: &str,
        ids: &HashMap<String, usize>,
    ) -> Option<usize> {
        let found = ids.get(id).copied();
        if found.is_none() {
            self.err(file, item, format!("{field}: no entity has the id `{id}`"));
        }
        found
    }

    /// A field that must be given and not be blank; `how` says what to write.
    fn required(
        &mut self,
        file: &str,
        item: &str,
        field: &str,
        value: &Option<String>,
        how: &str,
    ) -> String {
        match value.as_deref().map(str::trim) {
            Some(v) if !v.is_empty() => v.to_string(),
            _ => {
                self.err(file, item, format!("has no {field}: {how}"));
                String::new()
            }
        }
    }

    /// An item's evidence: at least one quote, each found verbatim.
    fn evidence(
        &mut self,
        file: &str,
        item: &str,
        evidence: &[source::Evidence],
        doc_ids: &HashMap<String, usize>,
        docs: &[Document],
    ) -> Vec<Evidence> {
        if evidence.is_empty() {
            self.err(
                file,
                item,
                "has no evidence: cite at least one exact quote".into(),
            );
        }
        self.quotes(file, item, "evidence", evidence, doc_ids, docs)
    }

    /// Quotes, each found verbatim in its document; a failure names the quote as
    /// `label n` and explains a near miss.
    fn quotes(
        &mut self,
        file: &str,
        item: &str,
        label: &str,
        evidence: &[source::Evidence],
        doc_ids: &HashMap<String, usize>,
        docs: &[Document],
    ) -> Vec<Evidence> {
        let mut out = Vec::new();
        for (n, e) in evidence.iter().enumerate() {
            let Some(&doc) = doc_ids.get(&e.doc) else {
                self.err(
                    file,
                    item,
                    format!("{label} {}: no document has the id `{}`", n + 1, e.doc),
                );
                continue;
            };
            match quote::locate(&docs[doc].text, &e.quote, e.occurrence.unwrap_or(1)) {
                // The compact tables keep a quote's length in 16 bits.
                Ok((start, end)) if end - start > usize::from(u16::MAX) => self.err(
                    file,
                    item,
                    format!(
                        "{label} {}: the quote is {} bytes long; keep quotes under {} bytes",
                        n + 1,
                        end - start,
                        u16::MAX
                    ),
                ),
                Ok((start, end)) => out.push(Evidence { doc, start, end }),
                Err(why) => self.err(
                    file,
                    item,
                    format!(
                        "{label} {}: quote «{}» in `{}` ({}): {why}",
                        n + 1,
                        e.quote,
                        e.doc,
                        docs[doc].file
                    ),
                ),
            }
        }
        out
    }
}

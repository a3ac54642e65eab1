//! The compiled corpus as JSON, for people to download (`data/corpus.json`). The schema
//! is documented in `docs/corpus-json.md`.

use crate::compile::*;
use serde_json::{json, Value};

/// The whole corpus as a JSON value. Evidence offsets are in Unicode code points, as
/// the W3C TextPositionSelector defines them.
pub fn corpus_json(c: &Compiled) -> Value {
    let ev = |v: &[Evidence]| -> Value {
        v.iter()
            .map(|e| {
                let d = &c.documents[e.doc];
                json!({
                    "document": d.id,
                    "exact": &d.text[e.start..e.end],
                    "start": d.text[..e.start].chars().count(),
                    "end": d.text[..e.end].chars().count(),
                })
            })
            .collect()
    };
    let ent = |i: usize| c.entities[i].id.clone();
    let ents = |v: &[usize]| -> Vec<String> { v.iter().map(|&i| ent(i)).collect() };
    let date = |d: Option<explorer_core::Date>| d.map(|d| d.to_string());
    json!({
        "corpus": {
            "title": c.meta.title,
            "tagline": c.meta.tagline,
            "description": c.meta.description,
            "language": c.meta.language,
            "default_view": c.meta.default_view.id(),
            "title_ja": c.meta.title_ja,
            "tagline_ja": c.meta.tagline_ja,
            "description_ja": c.meta.description_ja,
        },
        "documents": c.documents.iter().map(|d| json!({
            "id": d.id,
            "file": d.file,
            "title": d.title,
            "title_printed": d.title_printed,
            "author": d.author,
            "outlet": d.outlet,
            "published": date(d.published),
            "summary": d.summary,
            "text": d.text,
            "notes": d.notes.iter().map(|n| json!({
                "kind": n.kind.id(),
                "text": n.text,
                "evidence": ev(&n.evidence),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "entities": c.entities.iter().map(|e| json!({
            "id": e.id,
            "kind": e.kind.id(),
            "name": e.name,
            "name_ja": e.name_ja,
            "aliases": e.aliases,
            "description": e.description,
            "coords": e.coords,
            "members": ents(&e.members),
            "leader_of": e.leader_of.map(ent),
        })).collect::<Vec<_>>(),
        "events": c.events.iter().map(|e| json!({
            "id": e.id,
            "title": e.title,
            "kind": e.kind.id(),
            "date": date(e.date),
            "end": date(e.end),
            "actors": ents(&e.actors),
            "place": e.place.map(ent),
            "reported": e.reported,
            "after": e.after.iter().map(|&i| c.events[i].id.clone()).collect::<Vec<_>>(),
            "evidence": ev(&e.evidence),
        })).collect::<Vec<_>>(),
        "relations": c.relations.iter().map(|r| json!({
            "id": r.id,
            "type": r.kind.id(),
            "cameo": r.kind.cameo_root(),
            "source": ent(r.source),
            "target": ent(r.target),
            "directed": r.directed,
            "status": r.status.id(),
            "from": date(r.from),
            "to": date(r.to),
            "summary": r.summary,
            "evidence": ev(&r.evidence),
        })).collect::<Vec<_>>(),
        "claims": c.claims.iter().map(|cl| json!({
            "id": cl.id,
            "type": cl.kind.id(),
            "text": cl.text,
            "by": match cl.by {
                By::Author => "author".to_string(),
                By::Unnamed => "unnamed".to_string(),
                By::Survey => "survey".to_string(),
                By::Entity(e) => ent(e),
            },
            "by_label": cl.by_label,
            "actors": ents(&cl.actors),
            "evidence": ev(&cl.evidence),
        })).collect::<Vec<_>>(),
        "comparisons": c.comparisons.iter().map(|cm| json!({
            "id": cm.id,
            "topic": cm.topic,
            "verdict": cm.verdict.id(),
            "summary": cm.summary,
            "sides": cm.sides.iter().map(|s| json!({
                "label": s.label,
                "position": s.position.id(),
                "evidence": ev(&s.evidence),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "periods": c.periods.iter().map(|p| json!({
            "id": p.id,
            "name": p.name,
            "from": date(p.from),
            "to": date(p.to),
            "summary": p.summary,
            "evidence": ev(&p.evidence),
        })).collect::<Vec<_>>(),
        "lessons": c.lessons.iter().map(|l| json!({
            "id": l.id,
            "title": l.title,
            "summary": l.summary,
            "steps": l.steps.iter().map(|st| json!({
                "view": st.view,
                "text": st.text,
                "question": st.question,
                "quotes": ev(&st.quotes),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

//! The corpus.json schema (`docs/corpus-json.md`) restricted to what passes the filter.
//!
//! What passes: the documents (each with all its reading notes), events, relations,
//! claims and comparisons of [`Matches`]. Kept whole, as the vocabulary the items refer
//! to: the corpus's description, the entities, the named periods and the lessons. So
//! with an empty filter the file is the corpus.json that `corpus export` writes, byte
//! for byte: the same keys in the same (alphabetical) order, numbers and escapes as
//! serde_json writes them.

use super::{chars_before, in_corpus_order, Json};
use crate::filter::Matches;
use crate::model::*;
use crate::Date;

/// The corpus.json of what passes. `coords` holds each entity's `[longitude, latitude]`,
/// indexed like the entities (the packed tables leave them out).
pub fn corpus_json(c: &Corpus, m: &Matches, coords: &[Option<[f64; 2]>]) -> String {
    let mut j = Json::default();
    j.obj();

    j.key("claims").arr();
    for id in in_corpus_order(c.claim_ids(), &m.claims) {
        let cl = c.claim(id);
        j.obj().key("actors");
        entities(&mut j, c, cl.actors);
        j.key("by");
        match cl.by {
            Asserter::Author => j.str("author"),
            Asserter::Unnamed => j.str("unnamed"),
            Asserter::Survey => j.str("survey"),
            Asserter::Entity(e) => j.str(c.entity(e).id),
        };
        j.key("by_label").opt_str(cl.by_label);
        evidence(&mut j, c, cl.evidence);
        j.key("id").str(cl.id);
        j.key("text").str(cl.text);
        j.key("type").str(cl.kind.id());
        j.end();
    }
    j.end_arr();

    j.key("comparisons").arr();
    for id in in_corpus_order(c.comparison_ids(), &m.comparisons) {
        let cm = c.comparison(id);
        j.obj().key("id").str(cm.id);
        j.key("sides").arr();
        for s in c.sides(id) {
            j.obj();
            evidence(&mut j, c, s.evidence);
            j.key("label").str(s.label);
            j.key("position").str(s.position.id());
            j.end();
        }
        j.end_arr();
        j.key("summary").str(cm.summary);
        j.key("topic").str(cm.topic);
        j.key("verdict").str(cm.verdict.id());
        j.end();
    }
    j.end_arr();

    let meta = c.meta();
    j.key("corpus").obj();
    j.key("default_view").str(meta.default_view.id());
    j.key("description").str(meta.description);
    j.key("description_ja").opt_str(meta.description_ja);
    j.key("language").str(meta.language);
    j.key("tagline").str(meta.tagline);
    j.key("tagline_ja").opt_str(meta.tagline_ja);
    j.key("title").str(meta.title);
    j.key("title_ja").opt_str(meta.title_ja);
    j.end();

    j.key("documents").arr();
    for id in in_corpus_order(c.document_ids(), &m.documents) {
        let d = c.document(id);
        j.obj().key("author").opt_str(d.author);
        j.key("file").str(d.file);
        j.key("id").str(d.id);
        j.key("notes").arr();
        for n in c.notes_of(id) {
            let n = c.note(n);
            j.obj();
            evidence(&mut j, c, n.evidence);
            j.key("kind").str(n.kind.id());
            j.key("text").str(n.text);
            j.end();
        }
        j.end_arr();
        j.key("outlet").opt_str(d.outlet);
        date(j.key("published"), d.published);
        j.key("summary").str(d.summary);
        j.key("text").str(d.text);
        j.key("title").str(d.title);
        j.key("title_printed").bool(d.title_printed);
        j.end();
    }
    j.end_arr();

    j.key("entities").arr();
    for id in c.entity_ids() {
        let e = c.entity(id);
        j.obj().key("aliases").arr();
        for &a in e.aliases {
            j.str(c.str(a));
        }
        j.end_arr();
        j.key("coords");
        match coords.get(id.index()).copied().flatten() {
            Some([lon, lat]) => j.arr().float(lon).float(lat).end_arr(),
            None => j.null(),
        };
        j.key("description").str(e.description);
        j.key("id").str(e.id);
        j.key("kind").str(e.kind.id());
        j.key("leader_of")
            .opt_str(e.leader_of.map(|l| c.entity(l).id));
        j.key("members");
        entities(&mut j, c, e.members);
        j.key("name").str(e.name);
        j.key("name_ja").opt_str(e.name_ja);
        j.end();
    }
    j.end_arr();

    j.key("events").arr();
    for id in in_corpus_order(c.event_ids(), &m.events) {
        let ev = c.event(id);
        j.obj().key("actors");
        entities(&mut j, c, ev.actors);
        j.key("after").arr();
        for &a in ev.after {
            j.str(c.event(a).id);
        }
        j.end_arr();
        date(j.key("date"), ev.date);
        date(j.key("end"), ev.end);
        evidence(&mut j, c, ev.evidence);
        j.key("id").str(ev.id);
        j.key("kind").str(ev.kind.id());
        j.key("place").opt_str(ev.place.map(|p| c.entity(p).id));
        j.key("reported").bool(ev.reported);
        j.key("title").str(ev.title);
        j.end();
    }
    j.end_arr();

    j.key("lessons").arr();
    for id in c.lesson_ids() {
        let l = c.lesson(id);
        j.obj().key("id").str(l.id);
        j.key("steps").arr();
        for st in c.steps(id) {
            j.obj().key("question").str(st.question);
            j.key("quotes");
            quotes(&mut j, c, st.quotes);
            j.key("text").str(st.text);
            j.key("view").str(st.view);
            j.end();
        }
        j.end_arr();
        j.key("summary").str(l.summary);
        j.key("title").str(l.title);
        j.end();
    }
    j.end_arr();

    j.key("periods").arr();
    for id in c.period_ids() {
        let p = c.period(id);
        j.obj();
        evidence(&mut j, c, p.evidence);
        date(j.key("from"), p.from);
        j.key("id").str(p.id);
        j.key("name").str(p.name);
        j.key("summary").str(p.summary);
        date(j.key("to"), p.to);
        j.end();
    }
    j.end_arr();

    j.key("relations").arr();
    for id in in_corpus_order(c.relation_ids(), &m.relations) {
        let r = c.relation(id);
        j.obj().key("cameo").opt_str(r.kind.cameo_root());
        j.key("directed").bool(r.directed);
        evidence(&mut j, c, r.evidence);
        date(j.key("from"), r.from);
        j.key("id").str(r.id);
        j.key("source").str(c.entity(r.source).id);
        j.key("status").str(r.status.id());
        j.key("summary").str(r.summary);
        j.key("target").str(c.entity(r.target).id);
        date(j.key("to"), r.to);
        j.key("type").str(r.kind.id());
        j.end();
    }
    j.end_arr();

    j.end();
    j.done()
}

/// Entity ids.
fn entities(j: &mut Json, c: &Corpus, ids: &[EntityId]) {
    j.arr();
    for &e in ids {
        j.str(c.entity(e).id);
    }
    j.end_arr();
}

/// `"evidence": [...]`.
fn evidence(j: &mut Json, c: &Corpus, ev: &[Evidence]) {
    j.key("evidence");
    quotes(j, c, ev);
}

/// Quotes as `{document, end, exact, start}`, offsets in code points.
fn quotes(j: &mut Json, c: &Corpus, ev: &[Evidence]) {
    j.arr();
    for e in ev {
        let d = c.document(e.doc);
        let start = chars_before(d.text, e.start as usize);
        let exact = c.quote(e);
        j.obj().key("document").str(d.id);
        j.key("end").int((start + exact.chars().count()) as i64);
        j.key("exact").str(exact);
        j.key("start").int(start as i64);
        j.end();
    }
    j.end_arr();
}

/// A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `null`.
fn date(j: &mut Json, d: Option<Date>) {
    j.opt_str(d.map(|d| d.to_string()).as_deref());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::{Filter, Kind};
    use crate::fixture::CORPUS;
    use serde_json::Value;

    fn ids(v: &Value, key: &str) -> Vec<String> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn what_passes_and_what_is_kept_whole() {
        let c: &Corpus = &CORPUS;
        let japan = c.entity_by_id("japan").unwrap();
        let table: [(Filter, [&[&str]; 5]); 3] = [
            (
                Filter::default(),
                [
                    &["alpha", "beta"],
                    &["treaty", "deployment", "ratified", "dissolution"],
                    &["mutual-defence", "japan-fears"],
                    &["signed", "respond"],
                    &["treaty-status", "japan-response"],
                ],
            ),
            (
                Filter {
                    actors: vec![japan],
                    ..Default::default()
                },
                [
                    &["beta"],
                    &[],
                    &["japan-fears"],
                    &["respond"],
                    &["japan-response"],
                ],
            ),
            (
                Filter {
                    kinds: vec![Kind::Event(EventKind::Treaty)],
                    ..Default::default()
                },
                // The relation and the comparisons through the quotes they share.
                [
                    &["alpha", "beta"],
                    &["treaty", "ratified"],
                    &["mutual-defence", "japan-fears"],
                    &["signed"],
                    &["treaty-status", "japan-response"],
                ],
            ),
        ];
        for (f, [docs, events, relations, claims, comparisons]) in table {
            let m = f.apply(c);
            let out = corpus_json(c, &m, &[None, Some([129.5, 40.0]), None, None]);
            let v: Value = serde_json::from_str(&out).unwrap();
            assert_eq!(ids(&v, "documents"), docs, "{f:?}");
            assert_eq!(ids(&v, "events"), events, "{f:?}: corpus order");
            assert_eq!(ids(&v, "relations"), relations, "{f:?}");
            assert_eq!(ids(&v, "claims"), claims, "{f:?}");
            assert_eq!(ids(&v, "comparisons"), comparisons, "{f:?}");
            assert_eq!(ids(&v, "entities").len(), 4, "entities whole");
            assert_eq!(ids(&v, "periods").len(), 2, "periods whole");
            assert_eq!(ids(&v, "lessons").len(), 2, "lessons whole");
            assert_eq!(v["entities"][1]["coords"], serde_json::json!([129.5, 40.0]));
            assert_eq!(v["entities"][0]["coords"], Value::Null);
            // Keys in serde_json's (sorted) order: re-serialised, the text is the same.
            assert_eq!(serde_json::to_string(&v).unwrap(), out);
        }
    }

    #[test]
    fn fields_as_corpus_json_writes_them() {
        let c: &Corpus = &CORPUS;
        let m = Filter::default().apply(c);
        let v: Value = serde_json::from_str(&corpus_json(c, &m, &[None; 4])).unwrap();
        let beta = &v["documents"][1];
        assert_eq!(beta["author"], "Mehmet Enes Beşer");
        assert_eq!(beta["outlet"], Value::Null);
        assert_eq!(beta["published"], "2025");
        assert_eq!(beta["notes"][0]["kind"], "hedge");
        let note = &beta["notes"][0]["evidence"][0];
        // "Japan will respond, Beşer predicts": the ş is two bytes but one position.
        assert_eq!(
            (note["start"].as_u64(), note["end"].as_u64()),
            (Some(24), Some(58))
        );
        assert_eq!(note["exact"], "Japan will respond, Beşer predicts");
        let ratified = &v["events"][2];
        assert_eq!(ratified["date"], Value::Null);
        assert_eq!(ratified["after"], serde_json::json!(["treaty"]));
        let deployment = &v["events"][1];
        assert_eq!(
            (&deployment["date"], &deployment["reported"]),
            (&Value::from("2025-02"), &Value::Bool(true))
        );
        let fears = &v["relations"][1];
        assert_eq!(fears["cameo"], "11");
        assert_eq!(fears["directed"], true);
        assert_eq!(
            (&fears["source"], &fears["target"]),
            (&Value::from("japan"), &Value::from("north-korea"))
        );
        assert_eq!(v["claims"][0]["by"], "author");
        assert_eq!(v["comparisons"][1]["sides"][1]["position"], "differs");
        assert_eq!(
            v["lessons"][0]["steps"][0]["quotes"][0]["document"],
            "alpha"
        );
        assert_eq!(v["periods"][0]["to"], Value::Null);
    }
}

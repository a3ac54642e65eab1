//! The annotations that pass the filter as W3C Web Annotations
//! (<https://www.w3.org/TR/annotation-model/>): one `AnnotationCollection` in JSON-LD,
//! its first (and only) page holding the items.
//!
//! An annotation per item that passes (event, relation, claim, comparison) and per
//! reading note on a document that passes. Its `id` is the explorer's link to the item
//! (its panel open), its bodies say what the item is (`describing`, or `commenting` for
//! a note) and its kind (`classifying`, as the filter's kind id: `event.treaty`), and it
//! has a target per quote: `source` is the explorer's reader of the document
//! (`#/sources/<id>`, which shows the text the positions count in, the text of
//! corpus.json), with a `TextQuoteSelector` (`exact`, and up to 32 characters of
//! `prefix` and `suffix`) and a `TextPositionSelector` (`start`, `end` in Unicode code
//! points) that select the same words.

use super::{char_span, in_corpus_order, Json};
use crate::filter::Matches;
use crate::model::*;
use crate::selection::Item;
use crate::text::slice;
use crate::url::{Route, UrlState};

/// How many characters of context the quote selectors carry on each side.
pub const CONTEXT: usize = 32;

/// The collection. `page` is the explorer's address without its hash (ids and sources
/// are links into it; empty, they are relative), `view` the hash of the view exported
/// (the collection's own id).
pub fn collection(c: &Corpus, m: &Matches, page: &str, view: &str) -> String {
    let meta = c.meta();
    let items = annotations(c, m);
    let mut j = Json::default();
    j.obj();
    j.key("@context").str("http://www.w3.org/ns/anno.jsonld");
    j.key("id").str(&[page, view].concat());
    j.key("type").str("AnnotationCollection");
    j.key("label")
        .str(&[meta.title, ": annotations of the texts"].concat());
    j.key("total").int(items.len() as i64);
    j.key("first").obj();
    j.key("type").str("AnnotationPage");
    j.key("startIndex").int(0);
    j.key("items").arr();
    for a in &items {
        annotation(&mut j, c, a, page, meta.language);
    }
    j.end_arr().end();
    j.end();
    j.done()
}

/// One annotation before it is written.
struct Note {
    item: Item,
    route: Route,
    motivation: &'static str,
    text: String,
    kind: String,
    evidence: Vec<Evidence>,
}

/// The annotations of what passes: events in timeline order, then relations, claims,
/// comparisons and the reading notes, in corpus order.
fn annotations(c: &Corpus, m: &Matches) -> Vec<Note> {
    let mut out = Vec::new();
    let mut push = |item, route, motivation, text: String, kind: String, ev: &[Evidence]| {
        out.push(Note {
            item,
            route,
            motivation,
            text,
            kind,
            evidence: ev.to_vec(),
        })
    };
    for &id in &m.events {
        let e = c.event(id);
        let text = match e.date {
            Some(d) => [e.title, " (", &d.label(), ")"].concat(),
            None => e.title.to_string(),
        };
        let kind = ["event.", e.kind.id()].concat();
        push(
            Item::Event(id),
            Route::Timeline,
            "describing",
            text,
            kind,
            e.evidence,
        );
    }
    for id in in_corpus_order(c.relation_ids(), &m.relations) {
        let r = c.relation(id);
        let text = [
            c.entity(r.source).name,
            if r.directed { " → " } else { " — " },
            c.entity(r.target).name,
            ": ",
            r.summary,
        ]
        .concat();
        let kind = ["relation.", r.kind.id()].concat();
        push(
            Item::Relation(id),
            Route::Map,
            "describing",
            text,
            kind,
            r.evidence,
        );
    }
    for id in in_corpus_order(c.claim_ids(), &m.claims) {
        let cl = c.claim(id);
        let kind = ["claim.", cl.kind.id()].concat();
        let text = cl.text.to_string();
        push(
            Item::Claim(id),
            Route::Claims,
            "describing",
            text,
            kind,
            cl.evidence,
        );
    }
    for id in in_corpus_order(c.comparison_ids(), &m.comparisons) {
        let cm = c.comparison(id);
        let mut text = cm.topic.to_string();
        if !cm.summary.is_empty() {
            text = [&text, " — ", cm.summary].concat();
        }
        for s in c.sides(id) {
            text = [&text, "\n", s.position.label(), ": ", s.label].concat();
        }
        let ev: Vec<Evidence> = c
            .sides(id)
            .flat_map(|s| s.evidence.iter().copied())
            .collect();
        let kind = ["comparison.", cm.verdict.id()].concat();
        push(
            Item::Comparison(id),
            Route::Claims,
            "describing",
            text,
            kind,
            &ev,
        );
    }
    for d in in_corpus_order(c.document_ids(), &m.documents) {
        for n in c.notes_of(d) {
            let note = c.note(n);
            let kind = ["note.", note.kind.id()].concat();
            let text = note.text.to_string();
            push(
                Item::Note(n),
                Route::Source(d),
                "commenting",
                text,
                kind,
                note.evidence,
            );
        }
    }
    out
}

fn link(c: &Corpus, page: &str, route: Route, sel: Option<Item>) -> String {
    let state = UrlState {
        route,
        sel,
        ..Default::default()
    };
    [page, &state.to_hash(c)].concat()
}

fn annotation(j: &mut Json, c: &Corpus, a: &Note, page: &str, language: &str) {
    j.obj();
    j.key("id").str(&link(c, page, a.route, Some(a.item)));
    j.key("type").str("Annotation");
    j.key("motivation").str(a.motivation);
    j.key("body").arr();
    for (purpose, value) in [(a.motivation, a.text.as_str()), ("classifying", &a.kind)] {
        j.obj().key("type").str("TextualBody");
        j.key("purpose").str(purpose);
        j.key("value").str(value);
        j.key("format").str("text/plain");
        if !language.is_empty() {
            j.key("language").str(language);
        }
        j.end();
    }
    j.end_arr();
    j.key("target").arr();
    for e in &a.evidence {
        let text = c.document(e.doc).text;
        let (start, end) = char_span(c, e);
        let before = slice(text, 0..e.start as usize);
        let after = slice(text, e.end() as usize..text.len());
        let skip = before.chars().count().saturating_sub(CONTEXT);
        let prefix: String = before.chars().skip(skip).collect();
        let suffix: String = after.chars().take(CONTEXT).collect();
        j.obj();
        j.key("source")
            .str(&link(c, page, Route::Source(e.doc), None));
        j.key("selector").arr();
        j.obj().key("type").str("TextQuoteSelector");
        j.key("exact").str(c.quote(e));
        if !prefix.is_empty() {
            j.key("prefix").str(&prefix);
        }
        if !suffix.is_empty() {
            j.key("suffix").str(&suffix);
        }
        j.end();
        j.obj().key("type").str("TextPositionSelector");
        j.key("start").int(start as i64);
        j.key("end").int(end as i64);
        j.end();
        j.end_arr();
        j.end();
    }
    j.end_arr();
    j.end();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;
    use crate::fixture::CORPUS;
    use serde_json::Value;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn collect(v: &Value) -> Vec<Value> {
        v["first"]["items"].as_array().unwrap().clone()
    }

    #[test]
    fn every_selector_finds_its_quote_where_it_says() {
        let c: &Corpus = &CORPUS;
        let japan = c.entity_by_id("japan").unwrap();
        for f in [
            Filter::default(),
            Filter {
                actors: vec![japan],
                ..Default::default()
            },
        ] {
            let m = f.apply(c);
            let v: Value = serde_json::from_str(&collection(c, &m, "", "#/claims")).unwrap();
            let items = collect(&v);
            let notes: usize = m.documents.iter().map(|&d| c.notes_of(d).len()).sum();
            let want =
                m.events.len() + m.relations.len() + m.claims.len() + m.comparisons.len() + notes;
            assert_eq!(items.len(), want, "{f:?}");
            assert_eq!(v["total"].as_u64(), Some(want as u64));
            let mut targets = 0;
            for a in &items {
                assert_eq!(a["type"], "Annotation");
                assert!(a["id"].as_str().unwrap().starts_with("#/"));
                for t in a["target"].as_array().unwrap() {
                    targets += 1;
                    let source = t["source"].as_str().unwrap();
                    let doc = source.strip_prefix("#/sources/").unwrap();
                    let text = chars(c.document(c.document_by_id(doc).unwrap()).text);
                    let [quote, pos] = &t["selector"].as_array().unwrap()[..] else {
                        panic!("two selectors")
                    };
                    assert_eq!(quote["type"], "TextQuoteSelector");
                    assert_eq!(pos["type"], "TextPositionSelector");
                    let (start, end) = (
                        pos["start"].as_u64().unwrap() as usize,
                        pos["end"].as_u64().unwrap() as usize,
                    );
                    let exact = chars(quote["exact"].as_str().unwrap());
                    assert_eq!(text[start..end], exact[..]);
                    let prefix = chars(quote["prefix"].as_str().unwrap_or(""));
                    let suffix = chars(quote["suffix"].as_str().unwrap_or(""));
                    assert_eq!(text[start - prefix.len()..start], prefix[..]);
                    assert_eq!(text[end..end + suffix.len()], suffix[..]);
                    assert!(prefix.len() == CONTEXT || prefix.len() == start);
                    assert!(suffix.len() == CONTEXT || end + suffix.len() == text.len());
                }
            }
            assert!(targets >= want);
        }
    }

    #[test]
    fn ids_bodies_and_sources_are_links_into_the_explorer() {
        let c: &Corpus = &CORPUS;
        let m = Filter::default().apply(c);
        let page = "https://example.org/explorer/";
        let v: Value = serde_json::from_str(&collection(c, &m, page, "#/map")).unwrap();
        assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
        assert_eq!(v["type"], "AnnotationCollection");
        assert_eq!(v["id"], "https://example.org/explorer/#/map");
        let items = collect(&v);
        let ids: Vec<&str> = items.iter().map(|a| a["id"].as_str().unwrap()).collect();
        let table = [
            (
                0,
                "https://example.org/explorer/#/timeline?sel=event:dissolution",
            ),
            (
                4,
                "https://example.org/explorer/#/map?sel=relation:mutual-defence",
            ),
            (6, "https://example.org/explorer/#/claims?sel=claim:signed"),
            (
                8,
                "https://example.org/explorer/#/claims?sel=comparison:treaty-status",
            ),
            (
                10,
                "https://example.org/explorer/#/sources/beta?sel=note:beta.1",
            ),
        ];
        for (i, id) in table {
            assert_eq!(ids[i], id);
        }
        let note = &items[10];
        assert_eq!(note["motivation"], "commenting");
        assert_eq!(note["body"][0]["value"], "a prediction");
        assert_eq!(note["body"][1]["purpose"], "classifying");
        assert_eq!(note["body"][1]["value"], "note.hedge");
        assert_eq!(
            note["target"][0]["source"],
            "https://example.org/explorer/#/sources/beta"
        );
        assert_eq!(
            items[0]["body"][0]["value"],
            "Soviet Union dissolved (1991)"
        );
        assert_eq!(
            items[5]["body"][0]["value"],
            "Japan → North Korea: Japan fears the treaty"
        );
        let sides = items[9]["body"][0]["value"].as_str().unwrap();
        assert_eq!(
            sides,
            "What will Japan do? — fear against a response\nAsserts: fears\nDiffers: responds"
        );
        assert_eq!(
            items[9]["target"].as_array().unwrap().len(),
            2,
            "a target per side's quote"
        );
    }
}

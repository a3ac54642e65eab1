//! Every download of the real corpus, as the page asks for it, checked against the
//! corpus compiler's own output: the JSON is `corpus export`'s byte for byte when
//! nothing is filtered and its restriction otherwise; the CSV tables round-trip through
//! the csv crate; the TimelineJS dates are the corpus's; every Web Annotation selector
//! finds its quote where it says; the GraphML is well-formed, with one edge per
//! relation that passes and the map's network coordinates.

use explorer_core::{Corpus, Matches, UrlState};
use exporter::{data, make};
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::LazyLock;

/// The views exported: every kind of facet, and nothing filtered.
const HASHES: [&str; 8] = [
    "",
    "#/timeline?actor=japan",
    "#/timeline?from=2024-06&to=2025",
    "#/map?kind=relation.troop-deployment&layout=network",
    "#/map?status=predicted,speculative",
    "#/claims?contested=1",
    "#/claims?q=kursk&by=unnamed,survey",
    "#/sources?source=sando-eaf",
];

const TODAY: &str = "2026-12-04";

/// `corpus export`'s JSON of the corpus compiled in (the same `CORPUS_DIR` as the build).
static COMPILER_JSON: LazyLock<String> = LazyLock::new(|| {
    let dir = std::env::var_os("CORPUS_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds"),
        PathBuf::from,
    );
    let compiled = corpus_compiler::compile_dir(&dir).expect("the corpus compiles");
    serde_json::to_string(&corpus_compiler::export::corpus_json(&compiled)).unwrap()
});

static COMPILER: LazyLock<Value> = LazyLock::new(|| serde_json::from_str(&COMPILER_JSON).unwrap());

fn corpus() -> &'static Corpus {
    data::corpus()
}

fn matches(hash: &str) -> Matches {
    let (state, notices) = UrlState::from_hash(hash, corpus());
    assert!(notices.is_empty(), "{hash}: {notices:?}");
    state.filter.apply(corpus())
}

fn file(hash: &str, format: &str) -> String {
    make(hash, format, TODAY, "https://example.org/explorer/")
        .unwrap()
        .text
}

/// Each document's text as characters, by id.
fn texts() -> HashMap<String, Vec<char>> {
    COMPILER["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let id = d["id"].as_str().unwrap().to_string();
            (id, d["text"].as_str().unwrap().chars().collect())
        })
        .collect()
}

#[test]
fn json_unfiltered_is_the_compilers_export_byte_for_byte() {
    let ours = file("", "json");
    assert_eq!(ours.len(), COMPILER_JSON.len());
    assert!(ours == *COMPILER_JSON, "the texts differ");
}

#[test]
fn json_filtered_is_the_compilers_export_restricted_to_what_passes() {
    let c = corpus();
    for hash in HASHES {
        let m = matches(hash);
        let keep: [(&str, Vec<&str>); 5] = [
            (
                "documents",
                m.documents.iter().map(|&d| c.document(d).id).collect(),
            ),
            ("events", m.events.iter().map(|&e| c.event(e).id).collect()),
            (
                "relations",
                m.relations.iter().map(|&r| c.relation(r).id).collect(),
            ),
            ("claims", m.claims.iter().map(|&x| c.claim(x).id).collect()),
            (
                "comparisons",
                m.comparisons.iter().map(|&x| c.comparison(x).id).collect(),
            ),
        ];
        let mut want = COMPILER.clone();
        for (key, ids) in &keep {
            want[*key]
                .as_array_mut()
                .unwrap()
                .retain(|x| ids.contains(&x["id"].as_str().unwrap()));
            assert_eq!(
                want[*key].as_array().unwrap().len(),
                ids.len(),
                "{hash} {key}"
            );
        }
        let ours: Value = serde_json::from_str(&file(hash, "json")).unwrap();
        assert!(ours == want, "{hash}: not the compiler's export restricted");
        if !hash.is_empty() {
            assert!(ours != *COMPILER, "{hash} filters something");
        }
    }
}

#[test]
fn csv_tables_round_trip_with_a_row_per_item_that_passes() {
    let c = corpus();
    for hash in HASHES {
        let m = matches(hash);
        let tables = [
            (
                "events-csv",
                m.events.iter().map(|&e| c.event(e).id).collect::<Vec<_>>(),
            ),
            (
                "relations-csv",
                m.relations.iter().map(|&r| c.relation(r).id).collect(),
            ),
            (
                "claims-csv",
                m.claims.iter().map(|&x| c.claim(x).id).collect(),
            ),
        ];
        for (format, ids) in tables {
            let text = file(hash, format);
            let mut r = csv::ReaderBuilder::new()
                .flexible(false)
                .from_reader(text.as_bytes());
            let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
            assert_eq!(header[0], "id");
            let mut got = Vec::new();
            for rec in r.records() {
                let rec = rec.unwrap();
                assert_eq!(rec.len(), header.len());
                got.push(rec[0].to_string());
            }
            let mut sorted_got = got.clone();
            let mut sorted_ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
            sorted_got.sort();
            sorted_ids.sort();
            assert_eq!(sorted_got, sorted_ids, "{hash} {format}");
            // Written again by the csv crate, the records are the same text.
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(vec![]);
            let mut r = csv::Reader::from_reader(text.as_bytes());
            w.write_record(r.headers().unwrap()).unwrap();
            for rec in r.records() {
                w.write_record(&rec.unwrap()).unwrap();
            }
            let again = String::from_utf8(w.into_inner().unwrap()).unwrap();
            // After the byte-order mark, which the csv crate reads past and never writes.
            let text = text
                .strip_prefix('\u{feff}')
                .unwrap_or_else(|| panic!("{hash} {format}: no byte-order mark"));
            assert_eq!(
                again, text,
                "{hash} {format}: written as the csv crate writes"
            );
        }
    }
}

#[test]
fn timelinejs_has_the_required_fields_and_the_corpus_dates() {
    let events: HashMap<&str, &Value> = COMPILER["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["id"].as_str().unwrap(), e))
        .collect();
    for hash in HASHES {
        let m = matches(hash);
        let dated = m
            .events
            .iter()
            .filter(|&&e| corpus().event(e).date.is_some())
            .count();
        let v: Value = serde_json::from_str(&file(hash, "timelinejs")).unwrap();
        let slides = v["events"].as_array().expect("`events` is required");
        assert_eq!(slides.len(), dated, "{hash}");
        for s in slides {
            let e = events[s["unique_id"].as_str().unwrap()];
            for (key, field) in [("start_date", "date"), ("end_date", "end")] {
                let written = match &s[key] {
                    Value::Null => {
                        assert_ne!(key, "start_date", "`start_date` is required");
                        Value::Null
                    }
                    d => {
                        let year = d["year"].as_i64().expect("`year` is a required number");
                        let mut iso = format!("{year:04}");
                        for part in ["month", "day"] {
                            if let Some(n) = d[part].as_u64() {
                                iso += &format!("-{n:02}");
                            }
                        }
                        Value::from(iso)
                    }
                };
                assert_eq!(written, e[field], "{hash} {}", e["id"]);
            }
            assert_eq!(s["text"]["headline"], e["title"]);
        }
    }
}

#[test]
fn every_annotation_selector_finds_its_quote_at_its_position() {
    let texts = texts();
    let c = corpus();
    for hash in HASHES {
        let m = matches(hash);
        let notes: usize = m.documents.iter().map(|&d| c.notes_of(d).len()).sum();
        let v: Value = serde_json::from_str(&file(hash, "annotations")).unwrap();
        assert_eq!(v["type"], "AnnotationCollection");
        let items = v["first"]["items"].as_array().unwrap();
        let want =
            m.events.len() + m.relations.len() + m.claims.len() + m.comparisons.len() + notes;
        assert_eq!(items.len(), want, "{hash}");
        for a in items {
            let targets = a["target"].as_array().unwrap();
            assert!(!targets.is_empty());
            for t in targets {
                let source = t["source"].as_str().unwrap();
                let doc = source
                    .strip_prefix("https://example.org/explorer/#/sources/")
                    .unwrap();
                let text = &texts[doc];
                let sel = t["selector"].as_array().unwrap();
                let quote = sel
                    .iter()
                    .find(|s| s["type"] == "TextQuoteSelector")
                    .unwrap();
                let pos = sel
                    .iter()
                    .find(|s| s["type"] == "TextPositionSelector")
                    .unwrap();
                let start = pos["start"].as_u64().unwrap() as usize;
                let end = pos["end"].as_u64().unwrap() as usize;
                let chars =
                    |k: &str| -> Vec<char> { quote[k].as_str().unwrap_or("").chars().collect() };
                let (exact, prefix, suffix) = (chars("exact"), chars("prefix"), chars("suffix"));
                assert!(!exact.is_empty());
                assert_eq!(text[start..end], exact[..], "{}", a["id"]);
                assert_eq!(text[start - prefix.len()..start], prefix[..]);
                assert_eq!(text[end..end + suffix.len()], suffix[..]);
            }
        }
    }
}

#[test]
fn graphml_is_well_formed_with_an_edge_per_relation_that_passes() {
    let c = corpus();
    let net = &data::map().net;
    for hash in HASHES {
        let m = matches(hash);
        let text = file(hash, "graphml");
        let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
        let edges: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("edge"))
            .collect();
        assert_eq!(edges.len(), m.relations.len(), "{hash}");
        let mut ids: Vec<&str> = edges.iter().map(|e| e.attribute("id").unwrap()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), edges.len(), "one edge per relation");
        let nodes: HashMap<&str, roxmltree::Node> = doc
            .descendants()
            .filter(|n| n.has_tag_name("node"))
            .map(|n| (n.attribute("id").unwrap(), n))
            .collect();
        for e in &edges {
            let r = c
                .relation_ids()
                .find(|&r| c.relation(r).id == e.attribute("id").unwrap())
                .unwrap();
            assert!(m.has_relation(r));
            let rel = c.relation(r);
            for (end, ent) in [("source", rel.source), ("target", rel.target)] {
                let id = e.attribute(end).unwrap();
                assert_eq!(id, c.entity(ent).id);
                let node = nodes[id];
                let data = |k: &str| {
                    node.children()
                        .find(|d| d.attribute("key") == Some(k))
                        .and_then(|d| d.text())
                        .unwrap()
                };
                let spot = net.spot(ent.index());
                assert!(spot.is_drawn(), "{id} is in the network layout");
                assert_eq!(data("x"), spot.x.to_string());
                assert_eq!(data("y"), spot.y.to_string());
                assert_eq!(data("kind"), c.entity(ent).kind.id());
            }
        }
    }
}

//! A corpus.json read back (`import::files`) compiles to the corpus it was exported from,
//! the explorer's filtered JSON download compiles to what passed, and what is not a
//! corpus.json gets one message naming the file, never a panic.

use corpus_compiler::export::corpus_json;
use corpus_compiler::{compile_dir, compile_files, import};
use explorer_core::export::{make, Data};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn a_corpus_json_compiles_back_to_the_corpus_it_was_exported_from() {
    for dir in [
        "seeds",
        "tests/fixtures/other-corpus",
        "tests/fixtures/tiny-corpus",
    ] {
        let built = compile_dir(&root().join(dir)).unwrap_or_else(|d| panic!("{dir}: {d:#?}"));
        let json = corpus_json(&built).to_string();
        let imported = import::files("corpus.json", json.as_bytes())
            .unwrap_or_else(|d| panic!("{dir}: {d:#?}"));
        assert!(
            imported.left_out.is_empty(),
            "{dir}: {:#?}",
            imported.left_out
        );
        let back = compile_files(&imported.files, "").unwrap_or_else(|d| panic!("{dir}: {d:#?}"));
        assert_eq!(corpus_json(&back).to_string(), json, "{dir}");
    }
}

#[test]
fn the_explorers_filtered_download_compiles_to_what_passed() {
    let built = compile_dir(&root().join("seeds")).unwrap();
    let corpus = explorer_core::pack::pack(&built.corpus);
    let coords: Vec<_> = built.entities.iter().map(|e| e.coords).collect();
    let net = explorer_core::map::Layout {
        width: 100,
        height: 100,
        spots: &[],
    };
    let data = Data {
        corpus,
        coords: &coords,
        network: &net,
    };
    for hash in [
        "#/claims",
        "#/claims?actor=japan",
        "#/timeline?from=2024",
        "#/map?rel=military-cooperation",
    ] {
        let file = make(data, hash, "json", "2026-12-07", "").unwrap();
        let want: serde_json::Value = serde_json::from_str(&file.text).unwrap();
        let imported = import::files("download.json", file.text.as_bytes())
            .unwrap_or_else(|d| panic!("{hash}: {d:#?}"));
        let back = compile_files(&imported.files, "").unwrap_or_else(|d| panic!("{hash}: {d:#?}"));
        let got = corpus_json(&back);
        // What points past the excerpt is left out, each named; the whole is not.
        if hash == "#/claims" {
            assert_eq!(imported.left_out.len(), 0, "{hash}");
        }
        for d in &imported.left_out {
            assert_eq!(d.file, "download.json");
            assert!(d.message.ends_with("left out"), "{d}");
        }
        for table in ["documents", "events", "relations", "claims", "comparisons"] {
            assert_eq!(
                got[table].as_array().map(Vec::len),
                want[table].as_array().map(Vec::len),
                "{hash}: {table}"
            );
        }
    }
}

#[test]
fn what_is_not_a_corpus_json_is_one_message_naming_the_file() {
    let seed = corpus_json(&compile_dir(&root().join("seeds")).unwrap());
    let with = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = seed.clone();
        f(&mut v);
        v.to_string().into_bytes()
    };
    // Deep nesting in place of a field's value.
    let nest = |field: &str| {
        let s = seed.to_string();
        let key = format!("\"{field}\":");
        let at = s.find(&key).unwrap() + key.len();
        let end = at + s[at..].find(',').unwrap();
        [
            &s[..at],
            &"[".repeat(100_000),
            &"]".repeat(100_000),
            &s[end..],
        ]
        .concat()
    };
    // Where the schema takes any value (a relation's `cameo`), it is read and left.
    let start = std::time::Instant::now();
    assert!(import::files("mine.json", nest("cameo").as_bytes()).is_ok());
    assert!(start.elapsed().as_secs() < 5, "took {:?}", start.elapsed());
    let deep = nest("by");
    let table: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "EOF while parsing"),
        (
            "binary bytes",
            vec![0xff, 0xfe, 0x00, 0x81],
            "expected value",
        ),
        ("an array", b"[1, 2]".to_vec(), "invalid type"),
        ("deep nesting", deep.into_bytes(), "invalid type: sequence"),
        (
            "a wrong type",
            with(&|v| v["events"][0]["date"] = 2024.into()),
            "invalid type: integer `2024`, expected a string",
        ),
        (
            "a missing field",
            with(&|v| {
                v["claims"][0].as_object_mut().unwrap().remove("by");
            }),
            "missing field `by`",
        ),
        (
            "an unknown field",
            with(&|v| v["corpus"]["colour"] = "red".into()),
            "unknown field `colour`",
        ),
        (
            "a path for a file",
            with(&|v| v["documents"][0]["file"] = "../secret.txt".into()),
            "is not a plain `.txt` file name",
        ),
        (
            "too large",
            vec![b' '; 4 * corpus_compiler::compile::MAX_FILE_BYTES + 1],
            "too large to be a corpus",
        ),
    ];
    for (what, bytes, says) in table {
        let start = std::time::Instant::now();
        let Err(d) = import::files("mine.json", &bytes) else {
            panic!("{what}: imported");
        };
        assert!(
            start.elapsed().as_secs() < 5,
            "{what}: took {:?}",
            start.elapsed()
        );
        assert_eq!(d.len(), 1, "{what}: {d:#?}");
        assert_eq!(d[0].file, "mine.json", "{what}");
        assert!(d[0].message.contains(says), "{what}: {}", d[0].message);
    }
}

#[test]
fn a_quote_the_json_moved_is_reported_by_the_compiler_with_its_item() {
    let mut v = corpus_json(&compile_dir(&root().join("tests/fixtures/other-corpus")).unwrap());
    let exact = v["claims"][0]["evidence"][0]["exact"]
        .as_str()
        .unwrap()
        .to_string();
    v["claims"][0]["evidence"][0]["exact"] = format!("{exact} and more").into();
    let d = import::files("corpus.json", v.to_string().as_bytes()).unwrap_err();
    assert_eq!(d.len(), 1, "{d:#?}");
    assert!(d[0].item.starts_with("claim"), "{d:#?}");
}

#[test]
fn japanese_names_and_titles_come_back_and_may_be_absent() {
    let built = compile_dir(&root().join("seeds")).unwrap();
    let json = corpus_json(&built);
    assert_eq!(json["entities"][1]["name_ja"], "北朝鮮");
    assert_eq!(json["corpus"]["title_ja"], "同盟エクスプローラー");
    let back = |v: &serde_json::Value| {
        let imported = import::files("corpus.json", v.to_string().as_bytes())
            .unwrap_or_else(|d| panic!("{d:#?}"));
        compile_files(&imported.files, "").unwrap_or_else(|d| panic!("{d:#?}"))
    };
    let c = back(&json);
    assert_eq!(c.entities[1].name_ja.as_deref(), Some("北朝鮮"));
    assert_eq!(c.meta.title_ja, built.meta.title_ja);
    assert_eq!(c.meta.tagline_ja, built.meta.tagline_ja);
    assert_eq!(c.meta.description_ja, built.meta.description_ja);
    // A file written before the fields existed (no keys) or without them (null) reads
    // as a corpus without Japanese names.
    for drop in [true, false] {
        let mut v = json.clone();
        for e in v["entities"].as_array_mut().unwrap() {
            let e = e.as_object_mut().unwrap();
            if drop {
                e.remove("name_ja");
            } else {
                e.insert("name_ja".into(), serde_json::Value::Null);
            }
        }
        let meta = v["corpus"].as_object_mut().unwrap();
        for key in ["title_ja", "tagline_ja", "description_ja"] {
            if drop {
                meta.remove(key);
            } else {
                meta.insert(key.into(), serde_json::Value::Null);
            }
        }
        let c = back(&v);
        assert!(c.entities.iter().all(|e| e.name_ja.is_none()), "{drop}");
        assert_eq!(c.meta.title_ja, None, "{drop}");
    }
    // Once one entity has a Japanese name, one without is a problem here too.
    let mut v = json.clone();
    v["entities"][0]["name_ja"] = serde_json::Value::Null;
    let d = import::files("corpus.json", v.to_string().as_bytes()).unwrap_err();
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].item, "entity `russia`");
    assert!(d[0].message.contains("has no Japanese name"), "{}", d[0]);
}

//! The seed corpus in Japanese: every entity has its Japanese name, the corpus its
//! Japanese title, and searching an actor's Japanese name finds what searching its
//! English name finds, but for the differences named here and why.

use corpus_compiler::compile_dir;
use explorer_core::search::SearchIndex;
use explorer_core::{Filter, Lang, Matches};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn seeds() -> &'static explorer_core::Corpus {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let built = compile_dir(&dir).unwrap_or_else(|d| panic!("{d:#?}"));
    explorer_core::pack::pack(&built.corpus)
}

#[test]
fn every_seed_entity_and_the_corpus_have_a_japanese_name() {
    let c = seeds();
    let mut seen = BTreeSet::new();
    for id in c.entity_ids() {
        let e = c.entity(id);
        let ja = e
            .name_ja
            .unwrap_or_else(|| panic!("{} has no name_ja", e.id));
        assert!(seen.insert(ja), "two entities are called {ja}");
        assert_eq!(e.name_in(Lang::Ja), ja);
        assert_eq!(e.name_in(Lang::En), e.name);
    }
    let named = |id: &str| c.entity(c.entity_by_id(id).unwrap()).name_ja;
    for (id, ja) in [
        ("north-korea", "北朝鮮"),
        ("russia", "ロシア"),
        ("japan", "日本"),
        ("kim-jong-un", "金正恩"),
        ("shigeru-ishiba", "石破茂"),
        ("vladimir-putin", "ウラジーミル・プーチン"),
        ("foip", "自由で開かれたインド太平洋"),
        ("nato", "北大西洋条約機構（NATO）"),
    ] {
        assert_eq!(named(id), Some(ja), "{id}");
    }
    let m = c.meta();
    assert_eq!(m.title_in(Lang::Ja), "同盟エクスプローラー");
    assert_eq!(m.title_in(Lang::En), "Alliance Explorer");
    assert!(m.tagline_ja.is_some() && m.description_ja.is_some());
}

/// Every item a search finds, as `table:id`.
fn found(c: &explorer_core::Corpus, m: &Matches) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    out.extend(m.events.iter().map(|&e| format!("event:{}", c.event(e).id)));
    out.extend(
        m.relations
            .iter()
            .map(|&r| format!("relation:{}", c.relation(r).id)),
    );
    out.extend(m.claims.iter().map(|&x| format!("claim:{}", c.claim(x).id)));
    out.extend(
        m.comparisons
            .iter()
            .map(|&x| format!("comparison:{}", c.comparison(x).id)),
    );
    out.extend(
        m.documents
            .iter()
            .map(|&d| format!("document:{}", c.document(d).id)),
    );
    out
}

#[test]
fn searching_north_korea_in_japanese_finds_what_searching_it_in_english_finds() {
    let c = seeds();
    let index = SearchIndex::new(c);
    let search = |q: &str| {
        Filter {
            q: q.into(),
            ..Default::default()
        }
        .apply_with(&index)
    };
    let (en, ja) = (search("North Korea"), search("北朝鮮"));
    let (en_items, ja_items) = (found(c, &en), found(c, &ja));
    assert!(en_items.len() > 100, "{}", en_items.len());
    // The timeline shows the same events.
    let events = |m: &Matches| -> BTreeSet<_> { m.events.iter().copied().collect() };
    assert_eq!(events(&en), events(&ja));
    // What differs, and why. "North Korea" is two words, each found anywhere in an
    // item's text; 北朝鮮 is North Korea's Japanese name (and part of those of the
    // North Korean troops, the alliance and the axis), found on the items whose actors,
    // own words or quotes name those entities by any of their names.
    let only_en = [
        // "north" in "Northeast Asia", "korea" in "South Korea": not about North Korea.
        "claim:san-rec-trust-seoul",
    ];
    let only_ja = [
        // Their quotes name North Korea as "Pyongyang" (and the "Moscow-Pyongyang
        // alliance"), never in the words "north" and "korea".
        "comparison:foip-and-the-alliance",
        "comparison:japan-us-alignment",
    ];
    let diff = |a: &BTreeSet<String>, b: &BTreeSet<String>| -> Vec<String> {
        a.difference(b).cloned().collect()
    };
    assert_eq!(diff(&en_items, &ja_items), only_en);
    assert_eq!(diff(&ja_items, &en_items), only_ja);
}

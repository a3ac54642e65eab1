//! A corpus written in Japanese (`tests/fixtures/ja-corpus`): it compiles, the
//! compiler's reports read it, and the explorer's search finds a word inside unspaced
//! text, whatever its width or kana, and nothing that is not there.

use corpus_compiler::{compile_dir, coverage, names};
use explorer_core::search::{mentions_by_document, SearchIndex};
use explorer_core::{Corpus, Filter, Matches};
use std::path::Path;
use std::sync::LazyLock;

static CORPUS: LazyLock<&'static Corpus> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ja-corpus");
    let compiled = compile_dir(&dir).unwrap_or_else(|d| panic!("{}", corpus_compiler::report(&d)));
    explorer_core::pack::pack(&compiled.corpus)
});

/// What a search for `q` finds: the ids of the events, relations, claims and documents.
fn found(q: &str) -> [Vec<&'static str>; 4] {
    let c: &Corpus = &CORPUS;
    let m: Matches = Filter {
        q: q.into(),
        ..Default::default()
    }
    .apply_with(&SearchIndex::new(c));
    [
        m.events.iter().map(|&e| c.event(e).id).collect(),
        m.relations.iter().map(|&r| c.relation(r).id).collect(),
        m.claims.iter().map(|&x| c.claim(x).id).collect(),
        m.documents.iter().map(|&d| c.document(d).id).collect(),
    ]
}

#[test]
fn the_japanese_fixture_compiles_as_japanese() {
    let c: &Corpus = &CORPUS;
    assert_eq!(c.meta().language, "ja");
    assert_eq!(c.meta().title, "日露関係エクスプローラー（テスト用）");
    assert_eq!(c.document_ids().len(), 2);
    assert_eq!(c.event_ids().len(), 4);
    assert_eq!(c.claim_ids().len(), 1);
}

#[test]
fn a_word_inside_unspaced_text_is_found() {
    // 漁獲量 sits mid-sentence: サケとマスの漁獲量を毎年の協議で決める.
    assert_eq!(
        found("漁獲量"),
        [vec!["agreement-signed"], vec![], vec![], vec!["agreement"]]
    );
    // 共同調査 too, in the claim's quote: 資源保護のための共同調査が来年以降に.
    assert_eq!(
        found("共同調査"),
        [vec![], vec![], vec!["joint-survey"], vec!["agreement"]]
    );
    // Two words, each inside a sentence: both must be in the item.
    assert_eq!(found("署名 漁獲量")[0], ["agreement-signed"]);
    assert_eq!(found("署名、発効")[0], Vec::<&str>::new());
    // The query is a substring of the text, not of a word list: a word that spans
    // two "words" of a sentence (の漁) is found as well.
    assert_eq!(found("マスの漁")[0], ["agreement-signed"]);
}

#[test]
fn a_word_not_in_the_corpus_is_not_found() {
    let none: [Vec<&str>; 4] = Default::default();
    for q in ["石油", "漁獲高", "モスクワ", "2025年", "漁獲量 石油"] {
        assert_eq!(found(q), none, "{q}");
    }
}

#[test]
fn hiragana_finds_katakana_and_widths_fold() {
    let visit = found("エネルギー");
    assert_eq!(visit[0], ["minister-visit"]);
    assert_eq!(visit[3], ["visit"]);
    // The same word in hiragana, in half-width katakana (its voiced mark apart) and in
    // katakana: the same items.
    for q in ["えねるぎー", "ｴﾈﾙｷﾞｰ", "エネルギー"] {
        assert_eq!(found(q), visit, "{q}");
    }
    // A place's name in hiragana finds what names it in katakana.
    assert_eq!(found("うらじおすとく")[0], ["agreement-signed"]);
    // The text writes ２０２３年 in full width and 2024年 in ASCII: either form finds
    // either.
    for q in ["2023年", "２０２３年"] {
        assert_eq!(found(q)[0], ["minister-visit"], "{q}");
    }
    for q in ["2024年6月", "２０２４年６月"] {
        assert_eq!(found(q)[0], ["agreement-in-force"], "{q}");
    }
}

#[test]
fn actors_are_named_inside_unspaced_text() {
    let c: &Corpus = &CORPUS;
    let found = mentions_by_document(c);
    let names = |d: usize| -> Vec<&str> {
        let mut v: Vec<&str> = found[d].iter().map(|&(_, _, e)| c.entity(e).id).collect();
        v.sort();
        v.dedup();
        v
    };
    assert_eq!(names(0), ["japan", "russia", "sakhalin"]);
    assert_eq!(
        names(1),
        ["fishery-agreement", "japan", "russia", "vladivostok"]
    );
    // サハリン is named only in the visit's unspaced text (サハリン沖の): the actor
    // facet finds that article by it.
    let index = SearchIndex::new(c);
    let by = Filter {
        actors: vec![c
            .entity_ids()
            .find(|&e| c.entity(e).id == "sakhalin")
            .unwrap()],
        ..Default::default()
    }
    .apply_with(&index);
    assert_eq!(by.documents.len(), 1, "the visit names Sakhalin");
}

#[test]
fn the_compilers_reports_read_japanese() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ja-corpus");
    let compiled = compile_dir(&dir).unwrap();
    // Sentences end at 。 with no space after it; a heading is left out.
    for dc in coverage::coverage(&compiled) {
        let text = &compiled.documents[dc.doc].text;
        assert_eq!(dc.sentences.len(), 6, "{}", compiled.documents[dc.doc].id);
        for s in &dc.sentences {
            assert!(
                text[s.start..s.end].ends_with('。'),
                "{}",
                &text[s.start..s.end]
            );
        }
        assert!(dc.covered() > 0);
    }
    // No capitals, so no names to check, and none fails.
    let report = names::check(&compiled, &names::IgnoreList::default());
    assert!(report.passes());
}

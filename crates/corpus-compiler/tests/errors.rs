//! Each kind of bad annotation fails with the file, the item and what is wrong.

use corpus_compiler::{compile, compile_dir, Diagnostic};
use std::path::PathBuf;

const TEXT: &str =
    "Japan’s “no limits” view — in June 2024, Moscow and Pyongyang signed a treaty.\nLeave a Reply";

const GOOD: &str = r#"
[corpus]
title = "Test Explorer"
tagline = "One sentence"
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

[[entity]]
id = "north-korea"
kind = "state"
name = "North Korea"
aliases = ["Pyongyang"]

[[event]]
id = "treaty"
title = "Treaty signed"
kind = "treaty"
date = "2024-06"
actors = ["russia", "north-korea"]
evidence = [{ doc = "doc", quote = "in June 2024, Moscow and Pyongyang signed a treaty" }]
"#;

fn texts() -> Vec<(String, (PathBuf, String))> {
    vec![(
        "a.txt".to_string(),
        (PathBuf::from("fixture/a.txt"), TEXT.to_string()),
    )]
}

/// Compiles the good file plus `extra`, expecting failure; returns the diagnostics.
fn fails(extra: &str) -> Vec<Diagnostic> {
    let src = format!("{GOOD}\n{extra}");
    match compile(&[("fixture/ann.toml", &src)], &texts(), "fixture") {
        Ok(_) => panic!("expected a failure for:\n{extra}"),
        Err(d) => d,
    }
}

fn assert_one(diags: &[Diagnostic], item: &str, fragment: &str) {
    assert!(
        diags.iter().any(|d| d.file == "fixture/ann.toml"
            && d.item == item
            && d.message.contains(fragment)),
        "no diagnostic for {item} containing {fragment:?}; got:\n{diags:#?}"
    );
}

#[test]
fn the_good_fixture_compiles_with_offsets_computed() {
    let c = compile(&[("fixture/ann.toml", GOOD)], &texts(), "fixture").expect("good fixture");
    let e = &c.events[0].evidence[0];
    assert_eq!(
        &TEXT[e.start..e.end],
        "in June 2024, Moscow and Pyongyang signed a treaty"
    );
}

#[test]
fn duplicate_ids() {
    let d = fails("[[event]]\nid = \"treaty\"\ntitle = \"x\"\nkind = \"treaty\"\ndate = \"2024\"\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]");
    assert_one(&d, "event `treaty`", "already used");
}

#[test]
fn unresolved_references() {
    let d = fails("[[relation]]\nid = \"r\"\ntype = \"alliance\"\nsource = \"russia\"\ntarget = \"atlantis\"\nstatus = \"asserted\"\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]");
    assert_one(&d, "relation `r`", "no entity has the id `atlantis`");
    let d = fails("[[claim]]\nid = \"c\"\ntype = \"fact\"\ntext = \"x\"\nby = \"author\"\nevidence = [{ doc = \"nodoc\", quote = \"signed a treaty\" }]");
    assert_one(&d, "claim `c`", "no document has the id `nodoc`");
    let d = fails("[[event]]\nid = \"later\"\ntitle = \"x\"\nkind = \"other\"\nafter = [\"never\"]\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]");
    assert_one(&d, "event `later`", "no event has the id `never`");
}

#[test]
fn invalid_dates_and_order() {
    let d = fails("[[event]]\nid = \"e\"\ntitle = \"x\"\nkind = \"other\"\ndate = \"2024-02-30\"\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]");
    assert_one(&d, "event `e`", "day 30 does not exist");
    let d = fails("[[event]]\nid = \"e\"\ntitle = \"x\"\nkind = \"other\"\ndate = \"2024-06\"\nend = \"2023\"\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]");
    assert_one(&d, "event `e`", "is before date");
    let d = fails("[[event]]\nid = \"e\"\ntitle = \"x\"\nkind = \"other\"\ndate = \"2020\"\nafter = [\"treaty\"]\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]");
    assert_one(&d, "event `e`", "comes after `treaty`");
}

#[test]
fn undated_events_compile_and_keep_every_other_check() {
    let undated = "[[event]]\nid = \"e\"\ntitle = \"x\"\nkind = \"other\"\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]";
    let src = format!("{GOOD}\n{undated}");
    let c = compile(&[("fixture/ann.toml", &src)], &texts(), "fixture")
        .expect("an undated event is allowed");
    let e = c.events.iter().find(|e| e.id == "e").unwrap();
    assert!(e.date.is_none() && e.after.is_empty());
    // Undated, yet still checked: its kind, its evidence, its actors.
    let d =
        fails("[[event]]\nid = \"e\"\ntitle = \"x\"\nkind = \"rumour\"\nactors = [\"atlantis\"]");
    assert_one(&d, "event `e`", "kind `rumour`");
    assert_one(&d, "event `e`", "has no evidence");
    assert_one(&d, "event `e`", "no entity has the id `atlantis`");
}

#[test]
fn quotes_not_found_explain_the_near_miss() {
    let d = fails("[[claim]]\nid = \"c\"\ntype = \"fact\"\ntext = \"x\"\nby = \"author\"\nevidence = [{ doc = \"doc\", quote = \"Japan's\" }]");
    assert_one(&d, "claim `c`", "apostrophes");
    assert_one(&d, "claim `c`", "line 1, column 1");
    let d = fails("[[claim]]\nid = \"c\"\ntype = \"fact\"\ntext = \"x\"\nby = \"author\"\nevidence = [{ doc = \"doc\", quote = \"\\\"no limits\\\" view - in\" }]");
    assert_one(&d, "claim `c`", "quotation marks");
    assert_one(&d, "claim `c`", "dashes");
    let d = fails("[[claim]]\nid = \"c\"\ntype = \"fact\"\ntext = \"x\"\nby = \"author\"\nevidence = [{ doc = \"doc\", quote = \"Moscow and Pyongyang signed a pact\" }]");
    assert_one(&d, "claim `c`", "then the text reads «treaty");
}

#[test]
fn items_need_evidence() {
    let d = fails("[[claim]]\nid = \"c\"\ntype = \"fact\"\ntext = \"x\"\nby = \"author\"");
    assert_one(&d, "claim `c`", "has no evidence");
}

#[test]
fn vocabularies_are_enforced() {
    let d = fails("[[claim]]\nid = \"c\"\ntype = \"rumour\"\ntext = \"x\"\nby = \"author\"\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]");
    assert_one(
        &d,
        "claim `c`",
        "type `rumour` is not one of: fact, statistic",
    );
    let d = fails("[[relation]]\nid = \"r\"\ntype = \"friendship\"\nsource = \"russia\"\ntarget = \"north-korea\"\nstatus = \"asserted\"\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]");
    assert_one(&d, "relation `r`", "type `friendship`");
}

#[test]
fn relations_and_comparisons_have_shape() {
    let d = fails("[[relation]]\nid = \"r\"\ntype = \"alliance\"\nsource = \"russia\"\ntarget = \"russia\"\nstatus = \"asserted\"\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]");
    assert_one(&d, "relation `r`", "same actor");
    let d = fails("[[comparison]]\nid = \"k\"\ntopic = \"t\"\nverdict = \"agree\"\n[[comparison.side]]\nlabel = \"one\"\nposition = \"asserts\"\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]");
    assert_one(&d, "comparison `k`", "needs at least two");
}

/// A comparison `k` with the verdict and one side per position, each quoting the text.
fn comparison(verdict: &str, positions: &[&str]) -> String {
    let mut s = format!("[[comparison]]\nid = \"k\"\ntopic = \"t\"\nverdict = \"{verdict}\"\n");
    for (i, p) in positions.iter().enumerate() {
        let position = match *p {
            "" => String::new(),
            p => format!("position = \"{p}\"\n"),
        };
        s += &format!("[[comparison.side]]\nlabel = \"side {i}\"\n{position}evidence = [{{ doc = \"doc\", quote = \"signed a treaty\" }}]\n");
    }
    s
}

#[test]
fn positions_that_fit_the_verdict_compile_and_are_exported() {
    for (verdict, positions) in [
        ("agree", &["asserts", "agrees", "agrees"][..]),
        ("differ", &["agrees", "asserts", "differs"][..]),
        ("conflict", &["asserts", "differs", "conflicts"][..]),
        ("conflict", &["asserts", "conflicts"][..]),
    ] {
        let src = format!("{GOOD}\n{}", comparison(verdict, positions));
        let c = compile(&[("fixture/ann.toml", &src)], &texts(), "fixture")
            .unwrap_or_else(|d| panic!("{verdict} {positions:?}: {d:#?}"));
        let got: Vec<&str> = c.comparisons[0]
            .sides
            .iter()
            .map(|s| s.position.id())
            .collect();
        assert_eq!(got, positions);
        let json = corpus_compiler::export::corpus_json(&c);
        assert_eq!(json["comparisons"][0]["sides"][1]["position"], positions[1]);
    }
}

#[test]
fn every_side_has_a_known_position() {
    let d = fails(&comparison("agree", &["asserts", "endorses"]));
    assert_one(
        &d,
        "comparison `k` side 2",
        "position `endorses` is not one of: asserts, agrees, differs, conflicts",
    );
    let d = fails(&comparison("agree", &["asserts", ""]));
    assert_one(
        &d,
        "comparison `k` side 2",
        "has no position: give one of asserts, agrees, differs, conflicts",
    );
    // "Silent" is what a source with no side is; it is never written.
    let d = fails(&comparison("differ", &["asserts", "silent", "differs"]));
    assert_one(
        &d,
        "comparison `k` side 2",
        "position `silent` is not one of",
    );
    // An unknown position is not reported again as a broken rule.
    assert!(d.iter().all(|x| x.item != "comparison `k`"), "{d:#?}");
}

#[test]
fn one_side_asserts_the_point() {
    let d = fails(&comparison("agree", &["asserts", "agrees", "asserts"]));
    assert_one(
        &d,
        "comparison `k`",
        "sides 1, 3 are `asserts`: exactly one side states the point",
    );
    let d = fails(&comparison("agree", &["agrees", "agrees"]));
    assert_one(&d, "comparison `k`", "no side has position `asserts`");
}

#[test]
fn positions_fit_the_verdict() {
    let d = fails(&comparison("agree", &["asserts", "agrees", "conflicts"]));
    assert_one(
        &d,
        "comparison `k`",
        "verdict is `agree` but side 3 is `conflicts`: an agreement has only `asserts` and `agrees` sides",
    );
    let d = fails(&comparison("agree", &["asserts", "differs"]));
    assert_one(
        &d,
        "comparison `k`",
        "verdict is `agree` but side 2 is `differs`",
    );
    let d = fails(&comparison("conflict", &["asserts", "differs", "agrees"]));
    assert_one(
        &d,
        "comparison `k`",
        "verdict is `conflict` but no side has position `conflicts`",
    );
    let d = fails(&comparison("differ", &["asserts", "agrees"]));
    assert_one(
        &d,
        "comparison `k`",
        "verdict is `differ` but no side has position `differs`",
    );
    let d = fails(&comparison("differ", &["asserts", "differs", "conflicts"]));
    assert_one(
        &d,
        "comparison `k`",
        "verdict is `differ` but side 3 is `conflicts`",
    );
}

#[test]
fn a_broken_rule_names_the_file_and_the_comparison() {
    let dir = std::env::temp_dir().join(format!("corpus-positions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), TEXT).unwrap();
    std::fs::write(dir.join("ann.toml"), GOOD).unwrap();
    std::fs::write(
        dir.join("comparisons.toml"),
        comparison("agree", &["asserts", "conflicts"]),
    )
    .unwrap();
    let d = compile_dir(&dir).unwrap_err();
    let shown = corpus_compiler::report(&d);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        shown.contains(
            "comparisons.toml: comparison `k`: verdict is `agree` but side 2 is `conflicts`"
        ),
        "{shown}"
    );
}

/// A period with the given extra lines (dates, summary) and one quote.
fn period(id: &str, lines: &str, quote: &str) -> String {
    format!("[[period]]\nid = \"{id}\"\nname = \"the treaty months\"\n{lines}\nevidence = [{{ doc = \"doc\", quote = \"{quote}\" }}]\n")
}

#[test]
fn periods_compile_with_open_ends() {
    let src = format!(
        "{GOOD}\n{}\n{}",
        period(
            "since",
            "from = \"2024-06\"\nsummary = \"From the treaty on.\"",
            "in June 2024"
        ),
        period("until", "to = \"2024-06-19\"", "signed a treaty"),
    );
    let c = compile(&[("fixture/ann.toml", &src)], &texts(), "fixture").expect("good periods");
    let [since, until] = &c.periods[..] else {
        panic!("two periods expected, got {}", c.periods.len());
    };
    let date = |s: &str| explorer_core::Date::parse(s).ok();
    assert_eq!((since.from, since.to), (date("2024-06"), None));
    assert_eq!((until.from, until.to), (None, date("2024-06-19")));
    assert_eq!(since.summary, "From the treaty on.");
    let e = &until.evidence[0];
    assert_eq!(&TEXT[e.start..e.end], "signed a treaty");
    let json = corpus_compiler::export::corpus_json(&c);
    assert_eq!(json["periods"][0]["from"], "2024-06");
    assert_eq!(json["periods"][0]["to"], serde_json::Value::Null);
    assert_eq!(
        json["periods"][1]["evidence"][0]["exact"],
        "signed a treaty"
    );
}

#[test]
fn bad_periods_name_the_file_and_the_period() {
    let d = fails(&period("p", "summary = \"no dates\"", "signed a treaty"));
    assert_one(&d, "period `p`", "has neither from nor to");
    let d = fails(&period(
        "p",
        "from = \"2024-06\"\nto = \"2023\"",
        "signed a treaty",
    ));
    assert_one(&d, "period `p`", "to 2023 is before from 2024-06");
    let d = fails(&period("p", "from = \"2024-06\"", "signed a pact"));
    assert_one(
        &d,
        "period `p`",
        "evidence 1: quote «signed a pact» in `doc`",
    );
    let d = fails(&period("p", "from = \"2024-13\"", "signed a treaty"));
    assert_one(
        &d,
        "period `p`",
        "from: `2024-13` is not a date: month 13 does not exist",
    );
    let twice = format!(
        "{}\n{}",
        period("p", "from = \"2024\"", "signed a treaty"),
        period("p", "to = \"2025\"", "in June 2024")
    );
    let d = fails(&twice);
    assert_one(
        &d,
        "period `p`",
        "this id is already used by another period",
    );
    let d = fails(&period("Cold War", "to = \"1991\"", "signed a treaty"));
    assert_one(&d, "period `Cold War`", "lower-case");
    let d = fails("[[period]]\nid = \"p\"\nname = \" \"\nfrom = \"2024\"");
    assert_one(&d, "period `p`", "name is empty");
    assert_one(&d, "period `p`", "has no evidence");
}

#[test]
fn ids_are_well_formed() {
    let d = fails("[[entity]]\nid = \"Japan Land\"\nkind = \"state\"\nname = \"Japan\"");
    assert_one(&d, "entity `Japan Land`", "lower-case");
}

#[test]
fn entities_must_be_mentioned() {
    let d = fails("[[entity]]\nid = \"atlantis\"\nkind = \"place\"\nname = \"Atlantis\"");
    assert_one(
        &d,
        "entity `atlantis`",
        "neither its name nor any alias is mentioned",
    );
}

#[test]
fn malformed_toml_names_the_file_and_line() {
    let d = fails("[[claim]]\nid = \"c\"\ntype = fact");
    assert_one(&d, "", "not valid annotation TOML");
    assert!(d[0].message.contains("line"), "{}", d[0].message);
    let d = fails("[[claim]]\nid = \"c\"\ntype = \"fact\"\ntext = \"x\"\nby = \"author\"\nsource = \"typo field\"\nevidence = [{ doc = \"doc\", quote = \"signed a treaty\" }]");
    assert_one(&d, "", "unknown field `source`");
}

#[test]
fn documents_and_texts_must_pair_up() {
    let src = "[[document]]\nid = \"doc\"\nfile = \"missing.txt\"\ntitle = \"A\"";
    let d = compile(&[("fixture/ann.toml", src)], &texts(), "fixture").unwrap_err();
    assert_one(&d, "document `doc`", "file `missing.txt` is not in fixture");
    assert!(
        d.iter()
            .any(|x| x.file == "fixture/a.txt" && x.message.contains("no [[document]]")),
        "{d:#?}"
    );
    let src = "[[document]]\nid = \"doc\"\nfile = \"a.txt\"\ntitle = \"Not in the text\"\ntitle_printed = true";
    let d = compile(&[("fixture/ann.toml", src)], &texts(), "fixture").unwrap_err();
    assert_one(&d, "document `doc`", "title does not occur");
}

#[test]
fn a_broken_corpus_folder_fails_with_file_and_item() {
    let dir = std::env::temp_dir().join(format!("corpus-broken-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), TEXT).unwrap();
    std::fs::write(
        dir.join("ann.toml"),
        GOOD.replace("signed a treaty\" }", "signed a pact\" }"),
    )
    .unwrap();
    let d = compile_dir(&dir).unwrap_err();
    let shown = corpus_compiler::report(&d);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(shown.contains("ann.toml: event `treaty`: evidence 1: quote «in June 2024, Moscow and Pyongyang signed a pact»"), "{shown}");
}

#[test]
fn a_bad_period_in_its_own_file_is_reported_with_that_file() {
    let dir = std::env::temp_dir().join(format!("corpus-periods-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), TEXT).unwrap();
    std::fs::write(dir.join("ann.toml"), GOOD).unwrap();
    std::fs::write(
        dir.join("periods.toml"),
        period(
            "p",
            "to = \"2024-05\"\nfrom = \"2024-07\"",
            "signed a treaty",
        ),
    )
    .unwrap();
    let d = compile_dir(&dir).unwrap_err();
    let shown = corpus_compiler::report(&d);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        shown.contains("periods.toml: period `p`: to 2024-05 is before from 2024-07"),
        "{shown}"
    );
}

#[test]
fn quotes_longer_than_the_tables_hold_are_refused() {
    let long = "word ".repeat(14_000); // 70,000 bytes, one quote of all of it
    let texts = vec![(
        "big.txt".to_string(),
        (PathBuf::from("fixture/big.txt"), long.clone()),
    )];
    let src = format!(
        "[corpus]\ntitle = \"T\"\ntagline = \"T\"\ndescription = \"T\"\nlanguage = \"en\"\ndefault_view = \"map\"\n[[document]]\nid = \"big\"\nfile = \"big.txt\"\ntitle = \"Big\"\n\n[[document.note]]\nkind = \"hedge\"\ntext = \"all of it\"\nevidence = [{{ doc = \"big\", quote = \"{}\" }}]\n",
        long.trim_end()
    );
    let d = compile(&[("fixture/ann.toml", &src)], &texts, "fixture").unwrap_err();
    assert_one(&d, "document `big` note 1", "keep quotes under 65535 bytes");
}

#[test]
fn the_corpus_must_name_itself_once() {
    let c = compile(&[("fixture/ann.toml", GOOD)], &texts(), "fixture").expect("good fixture");
    assert_eq!(c.meta.title, "Test Explorer");
    assert_eq!(c.meta.default_view, explorer_core::View::Claims);
    let without = GOOD.replace("[corpus]", "[unused]");
    let d = compile(&[("fixture/ann.toml", &without)], &texts(), "fixture").unwrap_err();
    assert!(d
        .iter()
        .any(|d| d.message.contains("not valid annotation TOML")));
    let without = GOOD
        .split("[[document]]")
        .nth(1)
        .map(|rest| format!("[[document]]{rest}"))
        .unwrap();
    let d = compile(&[("fixture/ann.toml", &without)], &texts(), "fixture").unwrap_err();
    assert!(
        d.iter()
            .any(|d| d.file == "fixture" && d.message.contains("no file has a [corpus] table")),
        "{d:?}"
    );
    let twice = [("fixture/ann.toml", GOOD), ("fixture/more.toml", "[corpus]\ntitle = \"x\"\ntagline = \"x\"\ndescription = \"x\"\nlanguage = \"en\"\ndefault_view = \"map\"\n")];
    let d = compile(&twice, &texts(), "fixture").unwrap_err();
    assert_one(&d, "[corpus]", "more than one file");
    let bad = GOOD
        .replace("language = \"en\"", "language = \"English\"")
        .replace("default_view = \"claims\"", "default_view = \"home\"")
        .replace("tagline = \"One sentence\"", "tagline = \" \"");
    let d = compile(&[("fixture/ann.toml", &bad)], &texts(), "fixture").unwrap_err();
    assert_one(&d, "[corpus]", "is not a language tag");
    assert_one(
        &d,
        "[corpus]",
        "default_view `home` is not one of: timeline, map, claims, sources",
    );
    assert_one(&d, "[corpus]", "tagline is empty");
}

/// A lesson `l` with the given steps, each `(view, extra lines)`; every step has a text
/// and a question unless its extra lines say otherwise.
fn lesson(id: &str, steps: &[(&str, &str)]) -> String {
    let mut s = format!(
        "[[lesson]]\nid = \"{id}\"\ntitle = \"The treaty\"\nsummary = \"One step at a time.\"\n"
    );
    for (view, extra) in steps {
        s += "[[lesson.step]]\n";
        if !view.is_empty() {
            s += &format!("view = \"{view}\"\n");
        }
        if !extra.contains("text") {
            s += "text = \"Look at the treaty.\"\n";
        }
        if !extra.contains("question") {
            s += "question = \"Who signed it?\"\n";
        }
        s += extra;
        s += "\n";
    }
    s
}

#[test]
fn lessons_compile_with_their_quotes_located_and_are_exported() {
    let src = format!(
        "{GOOD}\n{}",
        lesson(
            "l",
            &[
                (
                    "#/timeline?from=2024&to=2024-06&tw=2024-01..2024-12&sel=event:treaty",
                    "quotes = [{ doc = \"doc\", quote = \"signed a treaty\" }]"
                ),
                ("#/claims?actor=russia,north-korea&kind=event.treaty", ""),
                ("#/sources/doc?hl=29-78", ""),
                ("#/map?asof=2024-06&layout=network&source=doc", ""),
            ]
        )
    );
    let c = compile(&[("fixture/ann.toml", &src)], &texts(), "fixture")
        .unwrap_or_else(|d| panic!("{d:#?}"));
    let [l] = &c.lessons[..] else {
        panic!("one lesson expected, got {}", c.lessons.len());
    };
    assert_eq!((l.id.as_str(), l.title.as_str()), ("l", "The treaty"));
    assert_eq!(l.steps.len(), 4);
    let st = &l.steps[0];
    assert_eq!(
        st.view,
        "#/timeline?from=2024&to=2024-06&tw=2024-01..2024-12&sel=event:treaty"
    );
    assert_eq!(
        (st.text.as_str(), st.question.as_str()),
        ("Look at the treaty.", "Who signed it?")
    );
    let q = &st.quotes[0];
    assert_eq!(&TEXT[q.start..q.end], "signed a treaty");
    assert!(l.steps[1].quotes.is_empty());
    let json = corpus_compiler::export::corpus_json(&c);
    assert_eq!(
        json["lessons"][0]["steps"][0]["quotes"][0]["exact"],
        "signed a treaty"
    );
    assert_eq!(
        json["lessons"][0]["steps"][2]["view"],
        "#/sources/doc?hl=29-78"
    );
    // And the packed tables, as the explorer reads them.
    let packed = explorer_core::pack::pack(&c);
    let id = packed.lesson_by_id("l").unwrap();
    let s = explorer_core::url::step_state(packed, id, 3);
    assert_eq!(s.to_hash(packed), "#/sources/doc?hl=29-78&lesson=l&step=3");
}

#[test]
fn a_corpus_without_lessons_has_none() {
    let c = compile(&[("fixture/ann.toml", GOOD)], &texts(), "fixture").expect("good fixture");
    assert!(c.lessons.is_empty());
    let json = corpus_compiler::export::corpus_json(&c);
    assert_eq!(json["lessons"], serde_json::json!([]));
    for dir in ["tiny-corpus", "other-corpus"] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures")
            .join(dir);
        let c = compile_dir(&path).unwrap_or_else(|d| panic!("{dir}: {d:#?}"));
        assert!(c.lessons.is_empty(), "{dir}");
    }
}

#[test]
fn a_step_view_must_parse_without_notices() {
    let cases = [
        (
            "timeline?from=2024",
            "not a link's hash: it starts with `#/`",
        ),
        ("#/nowhere?from=2024", "`/nowhere` is not a view"),
        ("#/timeline?from=2024-13", "from: `2024-13` is not a date"),
        (
            "#/timeline?from=2025&to=2024",
            "the date range 2025 to 2024 ends before it starts",
        ),
        (
            "#/timeline?zoom=2",
            "`zoom` is not a parameter of the explorer",
        ),
        (
            "#/timeline?tw=2025..2024",
            "tw: `2025..2024` is not a window of two dates",
        ),
        (
            "#/map?layout=globe",
            "layout: `globe` is neither geo nor network",
        ),
        (
            "#/claims?kind=claim.rumour",
            "kind: no item kind is `claim.rumour`",
        ),
        ("#/claims?q=a&q=b", "`q` is given twice"),
        (
            "#/claims?hl=1-5",
            "hl: `1-5` is not a passage of the article shown",
        ),
        ("#/sources/doc?hl=1-500", "hl: `1-500` is not a passage"),
    ];
    for (view, why) in cases {
        let d = fails(&lesson("l", &[("#/claims", ""), (view, "")]));
        assert_one(&d, "lesson `l` step 2", &format!("view `{view}`: {why}"));
        assert_eq!(d.len(), 1, "{view}: {d:#?}");
    }
}

#[test]
fn a_step_view_names_only_what_exists() {
    let cases = [
        (
            "#/timeline?sel=event:signing",
            "sel: nothing is called `event:signing`",
        ),
        (
            "#/claims?sel=claim:treaty",
            "sel: nothing is called `claim:treaty`",
        ),
        (
            "#/claims?sel=note:doc.1",
            "sel: nothing is called `note:doc.1`",
        ),
        (
            "#/map?actor=russia,atlantis",
            "actor: no entity has the id `atlantis`",
        ),
        (
            "#/claims?source=nodoc",
            "source: no document has the id `nodoc`",
        ),
        (
            "#/sources/nodoc",
            "#/sources/nodoc: no document has the id `nodoc`",
        ),
    ];
    for (view, why) in cases {
        let d = fails(&lesson("l", &[(view, "")]));
        assert_one(&d, "lesson `l` step 1", &format!("view `{view}`: {why}"));
    }
}

#[test]
fn a_step_view_carries_no_lesson_step_embed_or_theme() {
    let view = "#/map?lesson=l&step=2&embed=1&asof=2024&theme=dark";
    let d = fails(&lesson("l", &[(view, "")]));
    for key in ["lesson", "step", "embed", "theme"] {
        assert_one(
            &d,
            "lesson `l` step 1",
            &format!("view `{view}`: `{key}` does not belong in a step's view"),
        );
    }
    assert_eq!(d.len(), 4, "each reported once: {d:#?}");
}

#[test]
fn a_step_quote_must_be_verbatim_and_near_misses_are_explained() {
    let d = fails(&lesson(
        "l",
        &[(
            "#/claims",
            "quotes = [{ doc = \"doc\", quote = \"Japan's\" }]",
        )],
    ));
    assert_one(
        &d,
        "lesson `l` step 1",
        "quote 1: quote «Japan's» in `doc` (a.txt)",
    );
    assert_one(&d, "lesson `l` step 1", "apostrophes");
    let d = fails(&lesson(
        "l",
        &[
            ("#/claims", ""),
            (
                "#/claims",
                "quotes = [{ doc = \"doc\", quote = \"signed a treaty\" }, { doc = \"doc\", quote = \"Moscow and Pyongyang signed a pact\" }]",
            ),
        ],
    ));
    assert_one(
        &d,
        "lesson `l` step 2",
        "quote 2: quote «Moscow and Pyongyang signed a pact»",
    );
    assert_one(&d, "lesson `l` step 2", "then the text reads «treaty");
    let d = fails(&lesson(
        "l",
        &[(
            "#/claims",
            "quotes = [{ doc = \"nodoc\", quote = \"signed a treaty\" }]",
        )],
    ));
    assert_one(
        &d,
        "lesson `l` step 1",
        "quote 1: no document has the id `nodoc`",
    );
}

#[test]
fn lessons_have_unique_ids_a_title_and_steps() {
    let twice = format!(
        "{}\n{}",
        lesson("l", &[("#/claims", "")]),
        lesson("l", &[("#/map", "")])
    );
    let d = fails(&twice);
    assert_one(
        &d,
        "lesson `l`",
        "this id is already used by another lesson",
    );
    let d = fails(&lesson("l", &[]));
    assert_one(
        &d,
        "lesson `l`",
        "has no steps: a lesson needs at least one [[lesson.step]]",
    );
    let d = fails(&lesson("Lesson One", &[("#/claims", "")]));
    assert_one(&d, "lesson `Lesson One`", "lower-case");
    let d = fails(&lesson("l", &[("#/claims", "")]).replace("The treaty", " "));
    assert_one(&d, "lesson `l`", "title is empty");
    let d = fails("[[lesson]]\nid = \"l\"\ntitle = \"T\"\n[[lesson.step]]\nview = \"#/claims\"\ntext = \"x\"\nquestion = \"y\"\nhint = \"z\"");
    assert_one(&d, "", "unknown field `hint`");
}

#[test]
fn every_step_has_a_view_a_text_and_a_question() {
    let d = fails(&lesson(
        "l",
        &[
            ("#/claims", ""),
            ("#/claims", "text = \"  \""),
            ("#/claims", "question = \"\""),
            ("", ""),
        ],
    ));
    // A blank text is as missing as none; the extra lines above stand in for each.
    let d2 = fails(&lesson(
        "l",
        &[("#/claims", "# no text"), ("#/claims", "# no question")],
    ));
    assert_one(&d, "lesson `l` step 2", "has no text: say what to look at");
    assert_one(&d, "lesson `l` step 3", "has no question: ask the class");
    assert_one(
        &d,
        "lesson `l` step 4",
        "has no view: give the view as a link's hash",
    );
    assert_one(&d2, "lesson `l` step 1", "has no text");
    assert_one(&d2, "lesson `l` step 2", "has no question");
    assert_eq!(d.len() + d2.len(), 5, "{d:#?} {d2:#?}");
}

#[test]
fn a_bad_step_in_lessons_toml_names_the_file_the_lesson_and_the_step() {
    let dir = std::env::temp_dir().join(format!("corpus-lessons-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), TEXT).unwrap();
    std::fs::write(dir.join("ann.toml"), GOOD).unwrap();
    std::fs::write(
        dir.join("lessons.toml"),
        lesson(
            "l",
            &[("#/claims", ""), ("#/timeline?sel=event:signing", "")],
        ),
    )
    .unwrap();
    let d = compile_dir(&dir).unwrap_err();
    let shown = corpus_compiler::report(&d);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        shown.contains("lessons.toml: lesson `l` step 2: view `#/timeline?sel=event:signing`: sel: nothing is called `event:signing`"),
        "{shown}"
    );
}

#[test]
fn japanese_names_are_optional_but_all_or_none() {
    let compiles = |src: &str| compile(&[("fixture/ann.toml", src)], &texts(), "fixture");
    let ru = "name = \"Russia\"\n";
    let kp = "name = \"North Korea\"\n";
    // Table: (Russia's name_ja line, North Korea's, the diagnostic expected, on which entity).
    /// The item and a fragment of the one diagnostic expected.
    type Expected = Option<(&'static str, &'static str)>;
    let cases: [(&str, &str, Expected); 6] = [
        ("", "", None),
        ("name_ja = \"ロシア\"\n", "name_ja = \" 北朝鮮 \"\n", None),
        (
            "name_ja = \"ロシア\"\n",
            "",
            Some((
                "entity `north-korea`",
                "has no Japanese name (name_ja), which every entity needs once one has it",
            )),
        ),
        (
            "",
            "name_ja = \"北朝鮮\"\n",
            Some(("entity `russia`", "has no Japanese name (name_ja)")),
        ),
        (
            "name_ja = \"  \"\n",
            "name_ja = \"北朝鮮\"\n",
            Some(("entity `russia`", "name_ja is empty")),
        ),
        (
            "name_ja = \"\"\n",
            "",
            Some(("entity `russia`", "name_ja is empty")),
        ),
    ];
    for (ru_ja, kp_ja, want) in cases {
        let src = GOOD
            .replace(ru, &format!("{ru}{ru_ja}"))
            .replace(kp, &format!("{kp}{kp_ja}"));
        match (compiles(&src), want) {
            (Ok(c), None) => {
                let names: Vec<Option<&str>> =
                    c.entities.iter().map(|e| e.name_ja.as_deref()).collect();
                let given = !ru_ja.is_empty();
                let expected = if given {
                    vec![Some("ロシア"), Some("北朝鮮")] // trimmed
                } else {
                    vec![None, None]
                };
                assert_eq!(names, expected, "{ru_ja:?} {kp_ja:?}");
            }
            (Err(d), Some((item, fragment))) => {
                assert_one(&d, item, fragment);
                assert_eq!(d.len(), 1, "only that problem: {d:#?}");
            }
            (got, want) => panic!("{ru_ja:?} {kp_ja:?}: got {:?}, want {want:?}", got.err()),
        }
    }
}

#[test]
fn the_corpus_may_name_itself_in_japanese() {
    let with = |lines: &str| {
        GOOD.replace(
            "default_view = \"claims\"\n",
            &format!("default_view = \"claims\"\n{lines}"),
        )
    };
    let c = compile(
        &[(
            "fixture/ann.toml",
            &with("title_ja = \"テスト\"\ntagline_ja = \" 一文 \"\n"),
        )],
        &texts(),
        "fixture",
    )
    .expect("Japanese title and tagline");
    assert_eq!(
        (
            c.meta.title_ja.as_deref(),
            c.meta.tagline_ja.as_deref(),
            c.meta.description_ja.as_deref()
        ),
        (Some("テスト"), Some("一文"), None)
    );
    let c = compile(&[("fixture/ann.toml", GOOD)], &texts(), "fixture").expect("good fixture");
    assert_eq!(c.meta.title_ja, None);
    for field in ["title_ja", "tagline_ja", "description_ja"] {
        let d = compile(
            &[("fixture/ann.toml", &with(&format!("{field} = \" \"\n")))],
            &texts(),
            "fixture",
        )
        .unwrap_err();
        assert_one(&d, "[corpus]", &format!("{field} is empty"));
    }
    let d = compile(
        &[("fixture/ann.toml", &with("name_ja = \"テスト\"\n"))],
        &texts(),
        "fixture",
    )
    .unwrap_err();
    assert!(
        d.iter()
            .any(|d| d.message.contains("unknown field `name_ja`")),
        "{d:?}"
    );
}

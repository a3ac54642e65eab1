//! The lesson parser under hostile and valid input (issue 13), over the one-sentence
//! corpus in tests/fixtures/tiny-corpus so that each case compiles in well under a
//! millisecond:
//! - any lessons file, however malformed (any text in every field, unknown documents,
//!   views that are no links), is either compiled or refused with diagnostics that name
//!   the lessons file and the item, and never panics; what it compiles has views that
//!   read without a notice and quotes that are the text's own words;
//! - every valid lesson round-trips: ids, titles, steps, views, texts, questions and
//!   quotes come out as they went in.
//!
//! `make test` runs 64 cases per property; `make fuzz` sets PROPTEST_CASES=10000.

use corpus_compiler::compile::compile;
use corpus_compiler::source::{Evidence, File, Lesson, Step};
use explorer_core::UrlState;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/tiny-corpus")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(fixture().join(name)).expect("the tiny corpus is readable")
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(64);
    ProptestConfig::with_cases(cases)
}

/// The views a step of the tiny corpus may open, each known to read without a notice.
const VIEWS: [&str; 9] = [
    "#/timeline",
    "#/timeline?sel=event:treaty&tw=2024..2025",
    "#/map?actor=russia",
    "#/map?asof=2024-06&layout=network",
    "#/claims?sel=claim:fear",
    "#/claims?q=treaty&contested=1",
    "#/sources",
    "#/sources/tiny?hl=0-6",
    "#/lessons",
];

/// The text's words in runs that occur once in it: valid quotes.
fn quotes(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for i in 0..words.len() {
        for j in i + 1..=words.len().min(i + 6) {
            let q = words[i..j].join(" ");
            if text.matches(q.as_str()).count() == 1 {
                out.push(q);
            }
        }
    }
    out
}

/// Compiles the tiny corpus with `lessons` as a second annotation file.
fn with_lessons(
    lessons: &str,
) -> Result<corpus_compiler::compile::Compiled, Vec<corpus_compiler::compile::Diagnostic>> {
    let tiny = read("tiny.toml");
    let text = read("001_tiny.txt");
    let texts = vec![(
        "001_tiny.txt".to_string(),
        (fixture().join("001_tiny.txt"), text),
    )];
    compile(
        &[("tiny.toml", tiny.as_str()), ("lessons.toml", lessons)],
        &texts,
        "tiny-corpus",
    )
}

fn step(
    view: Option<String>,
    text: Option<String>,
    question: Option<String>,
    quotes: Vec<Evidence>,
) -> Step {
    Step {
        view,
        text,
        question,
        quotes,
    }
}

/// Lessons with anything in any field.
fn arb_hostile() -> impl Strategy<Value = Vec<Lesson>> {
    let text = read("001_tiny.txt");
    let good_quotes = quotes(&text);
    let field = prop_oneof![
        3 => any::<String>().prop_map(Some),
        1 => Just(None),
        1 => Just(Some("   ".to_string())),
    ];
    let view = prop_oneof![
        2 => any::<String>().prop_map(Some),
        2 => prop::sample::select(VIEWS.to_vec()).prop_map(|v| Some(v.to_string())),
        1 => "#?/?(timeline|map|claims|sources(/[a-z]{0,5})?)?\\?([a-z]{1,6}=[a-z0-9:,.%-]{0,12}&?){0,4}".prop_map(Some),
        1 => Just(None),
    ];
    let evidence = (
        prop_oneof![3 => Just("tiny".to_string()), 1 => any::<String>()],
        prop_oneof![2 => prop::sample::select(good_quotes), 1 => any::<String>()],
        prop::option::of(0usize..4),
    )
        .prop_map(|(doc, quote, occurrence)| Evidence {
            doc,
            quote,
            occurrence,
        });
    let a_step = (
        view,
        field.clone(),
        field,
        prop::collection::vec(evidence, 0..3),
    )
        .prop_map(|(v, t, q, e)| step(v, t, q, e));
    let lesson = (
        prop_oneof![3 => "[a-z][a-z0-9-]{0,8}", 1 => any::<String>()],
        any::<String>(),
        any::<String>(),
        prop::collection::vec(a_step, 0..4),
    )
        .prop_map(|(id, title, summary, step)| Lesson {
            id,
            title,
            summary,
            step,
        });
    prop::collection::vec(lesson, 0..3)
}

/// Lessons a teacher could have written: every field filled, every view and quote good.
fn arb_valid() -> impl Strategy<Value = Vec<Lesson>> {
    let text = read("001_tiny.txt");
    let words = "[A-Za-z][A-Za-z0-9 ,.?’“”é-]{0,40}[A-Za-z?.]";
    let a_step = (
        prop::sample::select(VIEWS.to_vec()),
        words,
        words,
        prop::collection::vec(prop::sample::select(quotes(&text)), 0..3),
    )
        .prop_map(|(v, t, q, qs)| {
            step(
                Some(v.to_string()),
                Some(t),
                Some(q),
                qs.into_iter()
                    .map(|quote| Evidence {
                        doc: "tiny".into(),
                        quote,
                        occurrence: None,
                    })
                    .collect(),
            )
        });
    let lesson = (
        words,
        "[A-Za-z .,]{0,30}",
        prop::collection::vec(a_step, 1..6),
    );
    prop::collection::vec(lesson, 1..4).prop_map(|ls| {
        ls.into_iter()
            .enumerate()
            .map(|(i, (title, summary, step))| Lesson {
                id: format!("lesson-{i}"),
                title,
                summary,
                step,
            })
            .collect()
    })
}

/// A lesson as compared: id, title, summary, and each step's view, text, question and
/// quoted words.
type LessonRow = (
    String,
    String,
    String,
    Vec<(String, String, String, Vec<String>)>,
);

fn toml_of(lessons: Vec<Lesson>) -> String {
    toml::to_string(&File {
        lesson: lessons,
        ..Default::default()
    })
    .expect("lessons serialise")
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_lessons_file_is_compiled_or_refused_by_name(lessons in arb_hostile()) {
        let src = toml_of(lessons);
        match with_lessons(&src) {
            Ok(compiled) => {
                let packed = explorer_core::pack::pack(&compiled.corpus);
                let text = &compiled.corpus.documents[0].text;
                for l in &compiled.corpus.lessons {
                    for s in &l.steps {
                        let (_, notices) = UrlState::from_hash(&s.view, packed);
                        prop_assert!(notices.is_empty(), "{}: {notices:?}", s.view);
                        prop_assert!(!s.text.is_empty() && !s.question.is_empty());
                        for q in &s.quotes {
                            prop_assert!(q.start < q.end && text.get(q.start..q.end).is_some());
                        }
                    }
                }
            }
            Err(diags) => {
                prop_assert!(!diags.is_empty());
                for d in &diags {
                    prop_assert_eq!(d.file.as_str(), "lessons.toml", "{}", d);
                    prop_assert!(d.item.is_empty() || d.item.starts_with("lesson"), "{}", d);
                    prop_assert!(!d.message.is_empty());
                }
            }
        }
    }

    #[test]
    fn any_text_as_lessons_file_never_panics(src in any::<String>()) {
        if let Err(diags) = with_lessons(&src) {
            prop_assert!(diags.iter().all(|d| d.file == "lessons.toml"), "{diags:?}");
        }
    }

    #[test]
    fn every_valid_lesson_round_trips(lessons in arb_valid()) {
        let want: Vec<LessonRow> = lessons
            .iter()
            .map(|l| {
                (
                    l.id.clone(),
                    l.title.trim().to_string(),
                    l.summary.trim().to_string(),
                    l.step
                        .iter()
                        .map(|s| {
                            (
                                s.view.clone().unwrap(),
                                s.text.clone().unwrap().trim().to_string(),
                                s.question.clone().unwrap().trim().to_string(),
                                s.quotes.iter().map(|e| e.quote.clone()).collect(),
                            )
                        })
                        .collect(),
                )
            })
            .collect();
        let src = toml_of(lessons);
        let compiled = match with_lessons(&src) {
            Ok(c) => c,
            Err(diags) => return Err(TestCaseError::fail(format!("{src}\n{diags:#?}"))),
        };
        let text = &compiled.corpus.documents[0].text;
        let got: Vec<_> = compiled
            .corpus
            .lessons
            .iter()
            .map(|l| {
                (
                    l.id.clone(),
                    l.title.clone(),
                    l.summary.clone(),
                    l.steps
                        .iter()
                        .map(|s| {
                            (
                                s.view.clone(),
                                s.text.clone(),
                                s.question.clone(),
                                s.quotes.iter().map(|e| text[e.start..e.end].to_string()).collect(),
                            )
                        })
                        .collect(),
                )
            })
            .collect();
        prop_assert_eq!(got, want);
    }
}

//! A tiny corpus for unit tests, independent of the real one, packed into tables the
//! way the build packs the real one.

use crate::date::Date;
use crate::model::*;
use crate::owned::{self, By};
use std::sync::LazyLock;

const ALPHA: &str = "Russia and North Korea signed a treaty in Pyongyang in June 2024. The treaty was later ratified. The Soviet Union dissolved in 1991. Troops from the North deployed to Kursk in February 2025.";
const BETA: &str = "Japan fears the treaty. Japan will respond, Beşer predicts.";

fn ev(doc: usize, start: usize, end: usize) -> owned::Evidence {
    owned::Evidence { doc, start, end }
}

fn s(v: &str) -> String {
    v.to_string()
}

fn entity(id: &str, name: &str, aliases: &[&str]) -> owned::Entity {
    owned::Entity {
        id: s(id),
        kind: EntityKind::State,
        name: s(name),
        name_ja: None,
        aliases: aliases.iter().map(|a| s(a)).collect(),
        description: String::new(),
        coords: None,
        members: vec![],
        leader_of: None,
    }
}

#[allow(clippy::too_many_arguments)]
fn event(
    id: &str,
    title: &str,
    kind: EventKind,
    date: Option<Date>,
    actors: Vec<usize>,
    reported: bool,
    after: Vec<usize>,
    evidence: Vec<owned::Evidence>,
) -> owned::Event {
    owned::Event {
        id: s(id),
        title: s(title),
        kind,
        date,
        end: None,
        actors,
        place: None,
        reported,
        after,
        evidence,
    }
}

/// The owned form of the test corpus.
pub fn owned() -> owned::Corpus {
    owned::Corpus {
        meta: owned::Meta::default(),
        documents: vec![
            owned::Document {
                id: s("alpha"),
                file: s("alpha.txt"),
                title: s("Alpha"),
                outlet: Some(s("Alpha Times")),
                text: s(ALPHA),
                ..Default::default()
            },
            owned::Document {
                id: s("beta"),
                file: s("beta.txt"),
                title: s("Beta"),
                author: Some(s("Mehmet Enes Beşer")),
                published: Some(Date::year(2025)),
                text: s(BETA),
                notes: vec![owned::Note {
                    kind: NoteKind::Hedge,
                    text: s("a prediction"),
                    evidence: vec![ev(1, 24, 59)],
                }],
                ..Default::default()
            },
        ],
        entities: vec![
            entity("russia", "Russia", &["Moscow"]),
            entity("north-korea", "North Korea", &["Pyongyang"]),
            entity("japan", "Japan", &["Tokyo"]),
            entity("soviet-union", "Soviet Union", &[]),
        ],
        events: vec![
            event(
                "treaty",
                "Treaty signed",
                EventKind::Treaty,
                Some(Date::month(2024, 6)),
                vec![0, 1],
                false,
                vec![],
                vec![ev(0, 0, 64), ev(1, 6, 22)],
            ),
            event(
                "deployment",
                "Troops deployed",
                EventKind::Deployment,
                Some(Date::month(2025, 2)),
                vec![0],
                true,
                vec![],
                vec![ev(0, 133, 189)],
            ),
            event(
                "ratified",
                "Treaty ratified",
                EventKind::Treaty,
                None,
                vec![0],
                false,
                vec![0],
                vec![ev(0, 66, 95)],
            ),
            event(
                "dissolution",
                "Soviet Union dissolved",
                EventKind::Domestic,
                Some(Date::year(1991)),
                vec![3],
                false,
                vec![],
                vec![ev(0, 97, 131)],
            ),
        ],
        relations: vec![
            owned::Relation {
                id: s("mutual-defence"),
                kind: RelationType::MutualDefence,
                source: 0,
                target: 1,
                directed: false,
                status: RelationStatus::Asserted,
                from: Some(Date::month(2024, 6)),
                to: None,
                summary: s("Mutual defence"),
                evidence: vec![ev(0, 0, 64)],
            },
            owned::Relation {
                id: s("japan-fears"),
                kind: RelationType::ThreatPerception,
                source: 2,
                target: 1,
                directed: true,
                status: RelationStatus::Asserted,
                from: None,
                to: None,
                summary: s("Japan fears the treaty"),
                evidence: vec![ev(1, 0, 22)],
            },
        ],
        claims: vec![
            owned::Claim {
                id: s("signed"),
                kind: ClaimType::Fact,
                text: s("They signed a treaty"),
                by: By::Author,
                by_label: None,
                actors: vec![0, 1],
                evidence: vec![ev(0, 0, 64)],
            },
            owned::Claim {
                id: s("respond"),
                kind: ClaimType::Prediction,
                text: s("Japan will respond"),
                by: By::Author,
                by_label: None,
                actors: vec![2],
                evidence: vec![ev(1, 24, 59)],
            },
        ],
        comparisons: vec![
            owned::Comparison {
                id: s("treaty-status"),
                topic: s("Is there a treaty?"),
                verdict: Verdict::Agree,
                summary: String::new(),
                sides: vec![
                    owned::Side {
                        label: s("signed"),
                        position: Position::Asserts,
                        evidence: vec![ev(0, 0, 64)],
                    },
                    owned::Side {
                        label: s("feared"),
                        position: Position::Agrees,
                        evidence: vec![ev(1, 6, 22)],
                    },
                ],
            },
            owned::Comparison {
                id: s("japan-response"),
                topic: s("What will Japan do?"),
                verdict: Verdict::Differ,
                summary: s("fear against a response"),
                sides: vec![
                    owned::Side {
                        label: s("fears"),
                        position: Position::Asserts,
                        evidence: vec![ev(1, 0, 22)],
                    },
                    owned::Side {
                        label: s("responds"),
                        position: Position::Differs,
                        evidence: vec![ev(1, 24, 59)],
                    },
                ],
            },
        ],
        periods: vec![
            owned::Period {
                id: s("post-soviet"),
                name: s("after the Soviet Union"),
                from: Some(Date::year(1991)),
                to: None,
                summary: String::new(),
                evidence: vec![ev(0, 97, 131)],
            },
            owned::Period {
                id: s("treaty-years"),
                name: s("the treaty years"),
                from: Some(Date::month(2024, 6)),
                to: Some(Date::month(2025, 2)),
                summary: s("From the treaty to the deployment"),
                evidence: vec![ev(0, 0, 64), ev(0, 133, 189)],
            },
        ],
        lessons: vec![
            owned::Lesson {
                id: s("treaty-story"),
                title: s("The treaty"),
                summary: s("From the treaty to Japan's answer"),
                steps: vec![
                    step(
                        "#/timeline?from=2024&sel=event:treaty",
                        "The treaty",
                        vec![ev(0, 0, 64)],
                    ),
                    step("#/map?asof=2025&layout=network", "The ties", vec![]),
                    step("#/sources/beta?hl=24-59", "Japan's answer", vec![]),
                ],
            },
            owned::Lesson {
                id: s("japan"),
                title: s("Japan"),
                summary: String::new(),
                steps: vec![step(
                    "#/claims?actor=japan&sel=claim:respond",
                    "Japan will respond",
                    vec![ev(1, 24, 59)],
                )],
            },
        ],
    }
}

fn step(view: &str, text: &str, quotes: Vec<owned::Evidence>) -> owned::Step {
    owned::Step {
        view: s(view),
        text: s(text),
        question: format!("{text}?"),
        quotes,
    }
}

/// The test corpus as packed tables.
pub static CORPUS: LazyLock<&'static Corpus> = LazyLock::new(|| crate::pack::pack(&owned()));

#[test]
fn fixture_quotes_are_where_they_say() {
    let q = |doc, start, end: u32| {
        CORPUS.quote(&Evidence {
            doc: DocId(doc),
            start,
            len: (end - start) as u16,
        })
    };
    assert_eq!(q(1, 24, 59), "Japan will respond, Beşer predicts");
    assert_eq!(
        q(0, 133, 189),
        "Troops from the North deployed to Kursk in February 2025"
    );
}

#[test]
fn packed_tables_read_back_as_written() {
    let o = owned();
    assert_eq!(CORPUS.document_ids().len(), 2);
    let beta = CORPUS.document(DocId(1));
    assert_eq!(
        (beta.id, beta.author, beta.outlet, beta.text),
        ("beta", Some("Mehmet Enes Beşer"), None, BETA)
    );
    assert_eq!(CORPUS.document(DocId(0)).outlet, Some("Alpha Times"));
    assert_eq!(CORPUS.notes_of(DocId(0)).len(), 0);
    let notes: Vec<NoteId> = CORPUS.notes_of(DocId(1)).collect();
    assert_eq!(notes, vec![NoteId(0)]);
    assert_eq!(CORPUS.note(NoteId(0)).text, "a prediction");
    assert_eq!(CORPUS.note_document(NoteId(0)), DocId(1));
    let names: Vec<&str> = CORPUS.names(EntityId(0)).collect();
    assert_eq!(names, ["Russia", "Moscow"]);
    for (i, e) in o.events.iter().enumerate() {
        let got = CORPUS.event(EventId(i as u16));
        assert_eq!((got.id, got.title, got.date), (&*e.id, &*e.title, e.date));
        assert_eq!(got.actors.len(), e.actors.len());
        assert_eq!(got.after.len(), e.after.len());
        assert_eq!(got.evidence.len(), e.evidence.len());
    }
    assert_eq!(
        CORPUS.event(EventId(2)).after,
        &[EventId(0)],
        "lists are runs of the shared arrays"
    );
    let sides: Vec<(&str, Position)> = CORPUS
        .sides(ComparisonId(0))
        .map(|s| (s.label, s.position))
        .collect();
    assert_eq!(
        sides,
        [("signed", Position::Asserts), ("feared", Position::Agrees)]
    );
    assert_eq!(CORPUS.claim(ClaimId(1)).by_label, None);
    assert_eq!(CORPUS.period_ids().len(), o.periods.len());
    for (i, p) in o.periods.iter().enumerate() {
        let got = CORPUS.period(PeriodId(i as u16));
        assert_eq!(
            (got.id, got.name, got.from, got.to, got.summary),
            (&*p.id, &*p.name, p.from, p.to, &*p.summary)
        );
        assert_eq!(got.evidence.len(), p.evidence.len());
    }
    let years = CORPUS.period(PeriodId(1));
    let quotes: Vec<&str> = years.evidence.iter().map(|e| CORPUS.quote(e)).collect();
    assert_eq!(
        quotes,
        [
            "Russia and North Korea signed a treaty in Pyongyang in June 2024",
            "Troops from the North deployed to Kursk in February 2025"
        ]
    );
    assert_eq!(
        CORPUS.quote(&CORPUS.period(PeriodId(0)).evidence[0]),
        "The Soviet Union dissolved in 1991"
    );
    assert_eq!(CORPUS.lesson_ids().len(), o.lessons.len());
    for (i, l) in o.lessons.iter().enumerate() {
        let id = LessonId(i as u16);
        let got = CORPUS.lesson(id);
        assert_eq!(
            (got.id, got.title, got.summary),
            (&*l.id, &*l.title, &*l.summary)
        );
        assert_eq!(CORPUS.lesson_by_id(&l.id), Some(id));
        let steps: Vec<Step> = CORPUS.steps(id).collect();
        assert_eq!(steps.len(), l.steps.len());
        for (got, st) in steps.iter().zip(&l.steps) {
            assert_eq!(
                (got.view, got.text, got.question, got.quotes.len()),
                (&*st.view, &*st.text, &*st.question, st.quotes.len())
            );
        }
    }
    let first = CORPUS.steps(LessonId(0)).next().unwrap();
    assert_eq!(
        CORPUS.quote(&first.quotes[0]),
        "Russia and North Korea signed a treaty in Pyongyang in June 2024"
    );
    assert_eq!(
        CORPUS.steps(LessonId(1)).next().unwrap().question,
        "Japan will respond?"
    );
    assert_eq!(CORPUS.lesson_by_id("nothing"), None);
    assert_eq!(CORPUS.document_by_id("beta"), Some(DocId(1)));
    assert_eq!(CORPUS.entity_by_id("japan"), Some(EntityId(2)));
    assert_eq!(CORPUS.entity_by_id("atlantis"), None);
}

#[test]
fn aliases_and_optional_strings_reuse_equal_strings() {
    let count = |o: &owned::Corpus| crate::pack::pack(o).string_ends.len();
    let before = count(&owned());
    let mut o = owned();
    o.entities[0].aliases.push(s("Japan")); // already an entity's name
    o.claims[0].by_label = Some(s("Beta")); // already a document's title
    assert_eq!(count(&o), before);
    o.entities[0].aliases.push(s("the Kremlin"));
    assert_eq!(count(&o), before + 1);
}

#[test]
fn japanese_names_and_titles_read_back_and_stand_in_under_japanese() {
    use crate::Lang;
    let mut o = owned();
    o.entities[1].name_ja = Some(s("北朝鮮"));
    o.meta.title_ja = Some(s("テスト"));
    o.meta.description_ja = Some(s("説明"));
    let c = crate::pack::pack(&o);
    let kp = c.entity(EntityId(1));
    assert_eq!(kp.name_ja, Some("北朝鮮"));
    assert_eq!(
        (kp.name_in(Lang::En), kp.name_in(Lang::Ja)),
        ("North Korea", "北朝鮮")
    );
    let names: Vec<&str> = c.names(EntityId(1)).collect();
    assert_eq!(
        names,
        ["North Korea", "Pyongyang", "北朝鮮"],
        "the name, aliases, then Japanese"
    );
    // Without a Japanese name, the name stands in.
    let ru = c.entity(EntityId(0));
    assert_eq!((ru.name_ja, ru.name_in(Lang::Ja)), (None, "Russia"));
    assert_eq!(c.names(EntityId(0)).count(), 2);
    let m = c.meta();
    assert_eq!(
        (
            m.title_in(Lang::Ja),
            m.tagline_in(Lang::Ja),
            m.description_in(Lang::Ja)
        ),
        ("テスト", "", "説明"),
        "a tagline without a Japanese one stays the tagline"
    );
    assert_eq!(m.title_in(Lang::En), "Explorer");
    assert_eq!(CORPUS.meta().title_ja, None);
}

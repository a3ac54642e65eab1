//! A tiny corpus for unit tests, independent of the real one.

use crate::date::Date;
use crate::model::*;

const fn ev(doc: u16, start: u32, end: u32) -> Evidence {
    Evidence {
        doc: DocId(doc),
        start,
        end,
    }
}

pub static CORPUS: Corpus = Corpus {
    documents: &[
        Document {
            id: "alpha",
            file: "alpha.txt",
            title: "Alpha",
            title_printed: false,
            author: None,
            outlet: Some("Alpha Times"),
            published: None,
            summary: "",
            text: "Russia and North Korea signed a treaty in Pyongyang in June 2024. The treaty was later ratified. The Soviet Union dissolved in 1991. Troops from the North deployed to Kursk in February 2025.",
            notes: &[],
        },
        Document {
            id: "beta",
            file: "beta.txt",
            title: "Beta",
            title_printed: false,
            author: Some("Mehmet Enes Beşer"),
            outlet: None,
            published: Some(Date::year(2025)),
            summary: "",
            text: "Japan fears the treaty. Japan will respond, Beşer predicts.",
            notes: &[Note { kind: NoteKind::Hedge, text: "a prediction", evidence: &[ev(1, 24, 59)] }],
        },
    ],
    entities: &[
        Entity { id: "russia", kind: EntityKind::State, name: "Russia", aliases: &["Moscow"], description: "", coords: Some((37.6, 55.8)), members: &[], leader_of: None },
        Entity { id: "north-korea", kind: EntityKind::State, name: "North Korea", aliases: &["Pyongyang"], description: "", coords: Some((125.8, 39.0)), members: &[], leader_of: None },
        Entity { id: "japan", kind: EntityKind::State, name: "Japan", aliases: &["Tokyo"], description: "", coords: Some((139.7, 35.7)), members: &[], leader_of: None },
        Entity { id: "soviet-union", kind: EntityKind::State, name: "Soviet Union", aliases: &[], description: "", coords: None, members: &[], leader_of: None },
    ],
    events: &[
        Event { id: "treaty", title: "Treaty signed", kind: EventKind::Treaty, date: Some(Date::month(2024, 6)), end: None, actors: &[EntityId(0), EntityId(1)], place: None, reported: false, after: &[], evidence: &[ev(0, 0, 64), ev(1, 6, 22)] },
        Event { id: "deployment", title: "Troops deployed", kind: EventKind::Deployment, date: Some(Date::month(2025, 2)), end: None, actors: &[EntityId(0)], place: None, reported: true, after: &[], evidence: &[ev(0, 133, 189)] },
        Event { id: "ratified", title: "Treaty ratified", kind: EventKind::Treaty, date: None, end: None, actors: &[EntityId(0)], place: None, reported: false, after: &[EventId(0)], evidence: &[ev(0, 66, 95)] },
        Event { id: "dissolution", title: "Soviet Union dissolved", kind: EventKind::Domestic, date: Some(Date::year(1991)), end: None, actors: &[EntityId(3)], place: None, reported: false, after: &[], evidence: &[ev(0, 97, 131)] },
    ],
    relations: &[
        Relation { id: "mutual-defence", kind: RelationType::MutualDefence, source: EntityId(0), target: EntityId(1), directed: false, status: RelationStatus::Asserted, from: Some(Date::month(2024, 6)), to: None, summary: "Mutual defence", evidence: &[ev(0, 0, 64)] },
        Relation { id: "japan-fears", kind: RelationType::ThreatPerception, source: EntityId(2), target: EntityId(1), directed: true, status: RelationStatus::Asserted, from: None, to: None, summary: "Japan fears the treaty", evidence: &[ev(1, 0, 22)] },
    ],
    claims: &[
        Claim { id: "signed", kind: ClaimType::Fact, text: "They signed a treaty", by: Asserter::Author, by_label: None, actors: &[EntityId(0), EntityId(1)], evidence: &[ev(0, 0, 64)] },
        Claim { id: "respond", kind: ClaimType::Prediction, text: "Japan will respond", by: Asserter::Author, by_label: None, actors: &[EntityId(2)], evidence: &[ev(1, 24, 59)] },
    ],
    comparisons: &[Comparison {
        id: "treaty-status",
        topic: "Is there a treaty?",
        verdict: Verdict::Agree,
        summary: "",
        sides: &[Side { label: "signed", evidence: &[ev(0, 0, 64)] }, Side { label: "feared", evidence: &[ev(1, 6, 22)] }],
    }],
};

#[test]
fn fixture_quotes_are_where_they_say() {
    assert_eq!(
        CORPUS.quote(&ev(1, 24, 59)),
        "Japan will respond, Beşer predicts"
    );
    assert_eq!(
        CORPUS.quote(&ev(0, 133, 189)),
        "Troops from the North deployed to Kursk in February 2025"
    );
}

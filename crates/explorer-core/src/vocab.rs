//! The controlled vocabularies of the annotation format. Each variant has a stable
//! id (used in annotation files and URLs) and a label for people, in English and in
//! Japanese.

/// Defines a vocabulary enum with its ids and labels, and lookups both ways. Each variant
/// is written `Variant = "id": "English label" / "日本語ラベル"`.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $id:literal : $label:literal / $ja:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order of the vocabulary.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id used in annotation files and URLs.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// The English label, as exports and the search index use it.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The label shown to people in a language of the interface.
            pub fn label_in(self, lang: crate::Lang) -> &'static str {
                match lang {
                    crate::Lang::En => self.label(),
                    crate::Lang::Ja => match self { $($name::$variant => $ja),+ },
                }
            }

            /// Looks a value up by its id. (A search of `ALL` rather than a `match` on
            /// strings: a fraction of the code in the download.)
            pub fn from_id(id: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.id() == id)
            }

            /// The ids, for error messages.
            pub fn ids() -> String {
                [$($id),+].join(", ")
            }

            /// The variant's name in Rust, for generated code.
            pub fn rust_name(self) -> &'static str {
                match self { $($name::$variant => stringify!($variant)),+ }
            }
        }
    };
}

vocabulary! {
    /// What an entity is.
    EntityKind {
        State = "state": "State" / "国家",
        Organisation = "organisation": "Organisation" / "組織",
        Alliance = "alliance": "Alliance" / "同盟",
        Person = "person": "Person" / "人物",
        Place = "place": "Place" / "場所",
        Treaty = "treaty": "Treaty" / "条約",
        Strategy = "strategy": "Strategy" / "戦略",
        Document = "document": "Document" / "文書",
        Weapon = "weapon": "Weapon system" / "兵器システム",
        Force = "force": "Armed force" / "軍・部隊",
        StateBody = "state-body": "State body" / "国家機関",
        Arrangement = "arrangement": "Arrangement" / "取り決め",
        Conflict = "conflict": "Conflict" / "紛争",
    }
}

vocabulary! {
    /// What kind of event happened.
    EventKind {
        Treaty = "treaty": "Treaty" / "条約",
        Summit = "summit": "Summit" / "首脳会談",
        Visit = "visit": "Visit" / "訪問",
        Deployment = "deployment": "Deployment" / "派遣",
        Combat = "combat": "Combat" / "戦闘",
        MissileTest = "missile-test": "Missile test" / "ミサイル発射",
        Exercise = "exercise": "Exercise" / "演習",
        TechnologyTransfer = "technology-transfer": "Technology transfer" / "技術移転",
        Policy = "policy": "Policy" / "政策",
        Statement = "statement": "Statement" / "声明",
        Domestic = "domestic": "Domestic politics" / "内政",
        Sanctions = "sanctions": "Sanctions" / "制裁",
        Other = "other": "Other" / "その他",
    }
}

vocabulary! {
    /// The type of a tie between two actors.
    RelationType {
        Alliance = "alliance": "Alliance" / "同盟",
        MutualDefence = "mutual-defence": "Mutual defence" / "相互防衛",
        StrategicPartnership = "strategic-partnership": "Strategic partnership" / "戦略的パートナーシップ",
        MilitaryCooperation = "military-cooperation": "Military cooperation" / "軍事協力",
        TroopDeployment = "troop-deployment": "Troop deployment" / "部隊派遣",
        ArmsTransfer = "arms-transfer": "Arms transfer" / "武器移転",
        TechnologyTransfer = "technology-transfer": "Technology transfer" / "技術移転",
        EconomicCooperation = "economic-cooperation": "Economic cooperation" / "経済協力",
        SecurityPartnership = "security-partnership": "Security partnership" / "安全保障協力",
        TrilateralCooperation = "trilateral-cooperation": "Trilateral cooperation" / "三か国協力",
        DiplomaticEngagement = "diplomatic-engagement": "Diplomatic engagement" / "外交的関与",
        Sanctions = "sanctions": "Sanctions" / "制裁",
        TerritorialDispute = "territorial-dispute": "Territorial dispute" / "領土紛争",
        ThreatPerception = "threat-perception": "Concern / threat" / "懸念・脅威",
        Deterrence = "deterrence": "Deterrence" / "抑止",
        ArmedConflict = "armed-conflict": "Armed conflict" / "武力紛争",
        Rivalry = "rivalry": "Rivalry" / "対立",
        NuclearUmbrella = "nuclear-umbrella": "Nuclear umbrella" / "核の傘",
        MissileDefence = "missile-defence": "Missile defence" / "ミサイル防衛",
        FavourableStance = "favourable-stance": "Favourable stance" / "好意的姿勢",
    }
}

impl RelationType {
    /// The CAMEO root code the type falls under, where one fits.
    pub fn cameo_root(self) -> Option<&'static str> {
        use RelationType::*;
        Some(match self {
            Alliance | MutualDefence | StrategicPartnership | FavourableStance => "05",
            MilitaryCooperation
            | EconomicCooperation
            | SecurityPartnership
            | TrilateralCooperation => "06",
            TroopDeployment | ArmsTransfer | TechnologyTransfer | NuclearUmbrella => "07",
            DiplomaticEngagement => "04",
            Sanctions => "16",
            ThreatPerception | Rivalry => "11",
            Deterrence | MissileDefence => "15",
            ArmedConflict => "19",
            TerritorialDispute => return None,
        })
    }
}

vocabulary! {
    /// How firmly a text holds a relation.
    RelationStatus {
        Asserted = "asserted": "Asserted" / "断定",
        Speculative = "speculative": "Speculative" / "推測",
        Predicted = "predicted": "Predicted" / "予測",
        Recommended = "recommended": "Recommended" / "提言",
        Historical = "historical": "Historical" / "歴史的",
    }
}

vocabulary! {
    /// What kind of statement a claim is.
    ClaimType {
        Fact = "fact": "Fact" / "事実",
        Statistic = "statistic": "Statistic" / "統計",
        Prediction = "prediction": "Prediction" / "予測",
        Assessment = "assessment": "Assessment" / "評価",
        Opinion = "opinion": "Opinion" / "意見",
        Recommendation = "recommendation": "Recommendation" / "提言",
    }
}

vocabulary! {
    /// How sources compare on a topic.
    Verdict {
        Agree = "agree": "Agree" / "一致",
        Differ = "differ": "Differ" / "相違",
        Conflict = "conflict": "Conflict" / "対立",
    }
}

vocabulary! {
    /// Where one side of a comparison stands against the point the comparison is
    /// about: the side that states it, or how another side compares with it. A source
    /// with no side is silent, which is never written.
    Position {
        Asserts = "asserts": "Asserts" / "主張",
        Agrees = "agrees": "Agrees" / "一致",
        Differs = "differs": "Differs" / "相違",
        Conflicts = "conflicts": "Conflicts" / "対立",
    }
}

vocabulary! {
    /// Who asserts a claim, by kind: the facet "asserted by".
    AsserterKind {
        Author = "author": "The article’s author" / "記事の筆者",
        Named = "named": "A named person or body" / "名前の明示された人物・機関",
        Unnamed = "unnamed": "An unnamed source" / "匿名の情報源",
        Survey = "survey": "An unattributed survey" / "出典不明の調査",
    }
}

vocabulary! {
    /// The explorer's views, as a corpus names its default one.
    View {
        Timeline = "timeline": "Timeline" / "年表",
        Map = "map": "Map" / "地図",
        Claims = "claims": "Claims" / "主張",
        Sources = "sources": "Sources" / "資料",
    }
}

vocabulary! {
    /// What a reading note points out.
    NoteKind {
        DateCue = "date-cue": "Date cue" / "日付の手がかり",
        UnattributedStatistic = "unattributed-statistic": "Unattributed statistic" / "出典のない統計",
        UnsourcedClaim = "unsourced-claim": "Unsourced claim" / "出典のない主張",
        Hedge = "hedge": "Hedged language" / "断定を避けた表現",
        Debris = "debris": "Page debris" / "ページの残骸",
        Caption = "caption": "Caption" / "キャプション",
        Typo = "typo": "Typo" / "誤字",
        Garbled = "garbled": "Garbled text" / "文字化け",
        ArgumentShift = "argument-shift": "Shift of argument" / "論点の転換",
        Attribution = "attribution": "Attribution" / "帰属",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for k in RelationType::ALL {
            assert_eq!(RelationType::from_id(k.id()), Some(*k));
        }
        for k in EventKind::ALL {
            assert_eq!(EventKind::from_id(k.id()), Some(*k));
        }
        for k in EntityKind::ALL {
            assert_eq!(EntityKind::from_id(k.id()), Some(*k));
        }
        assert_eq!(
            EntityKind::from_id("state-body"),
            Some(EntityKind::StateBody)
        );
        assert_eq!(ClaimType::from_id("rumour"), None);
        for p in Position::ALL {
            assert_eq!(Position::from_id(p.id()), Some(*p));
        }
        assert_eq!(Position::ids(), "asserts, agrees, differs, conflicts");
        assert_eq!(Position::from_id("silent"), None);
    }

    #[test]
    fn every_variant_has_a_japanese_label() {
        use crate::Lang;
        // Every variant of every vocabulary: a Japanese label with no ASCII letter in
        // it, and the English one the same as `label`.
        macro_rules! check {
            ($($v:ident),+) => {$(
                for k in $v::ALL {
                    let ja = k.label_in(Lang::Ja);
                    assert!(
                        !ja.is_empty() && !ja.bytes().any(|b| b.is_ascii_alphabetic()),
                        "{}: {ja:?}",
                        k.id()
                    );
                    assert_eq!(k.label_in(Lang::En), k.label());
                }
            )+};
        }
        check!(
            EntityKind,
            EventKind,
            RelationType,
            RelationStatus,
            ClaimType,
            Verdict,
            Position,
            AsserterKind,
            View,
            NoteKind
        );
        // A few by hand, against a slip in the order of the table.
        let cases = [
            (EntityKind::Force.label_in(Lang::Ja), "軍・部隊"),
            (RelationType::NuclearUmbrella.label_in(Lang::Ja), "核の傘"),
            (Verdict::Conflict.label_in(Lang::Ja), "対立"),
            (AsserterKind::Survey.label_in(Lang::Ja), "出典不明の調査"),
            (NoteKind::Attribution.label_in(Lang::Ja), "帰属"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn cameo_codes_are_two_digit_roots() {
        for k in RelationType::ALL {
            if let Some(c) = k.cameo_root() {
                assert!(c.len() == 2 && c.bytes().all(|b| b.is_ascii_digit()), "{c}");
            }
        }
        assert_eq!(RelationType::Sanctions.cameo_root(), Some("16"));
    }
}

//! The controlled vocabularies of the annotation format. Each variant has a stable
//! id (used in annotation files and URLs) and a label for people.

/// Defines a vocabulary enum with its ids and labels, and lookups both ways.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $id:literal : $label:literal),+ $(,)? }) => {
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

            /// The label shown to people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
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
        State = "state": "State",
        Organisation = "organisation": "Organisation",
        Alliance = "alliance": "Alliance",
        Person = "person": "Person",
        Place = "place": "Place",
        Treaty = "treaty": "Treaty",
        Strategy = "strategy": "Strategy",
        Document = "document": "Document",
        Weapon = "weapon": "Weapon system",
        Force = "force": "Armed force",
        StateBody = "state-body": "State body",
        Arrangement = "arrangement": "Arrangement",
        Conflict = "conflict": "Conflict",
    }
}

vocabulary! {
    /// What kind of event happened.
    EventKind {
        Treaty = "treaty": "Treaty",
        Summit = "summit": "Summit",
        Visit = "visit": "Visit",
        Deployment = "deployment": "Deployment",
        Combat = "combat": "Combat",
        MissileTest = "missile-test": "Missile test",
        Exercise = "exercise": "Exercise",
        TechnologyTransfer = "technology-transfer": "Technology transfer",
        Policy = "policy": "Policy",
        Statement = "statement": "Statement",
        Domestic = "domestic": "Domestic politics",
        Sanctions = "sanctions": "Sanctions",
        Other = "other": "Other",
    }
}

vocabulary! {
    /// The type of a tie between two actors.
    RelationType {
        Alliance = "alliance": "Alliance",
        MutualDefence = "mutual-defence": "Mutual defence",
        StrategicPartnership = "strategic-partnership": "Strategic partnership",
        MilitaryCooperation = "military-cooperation": "Military cooperation",
        TroopDeployment = "troop-deployment": "Troop deployment",
        ArmsTransfer = "arms-transfer": "Arms transfer",
        TechnologyTransfer = "technology-transfer": "Technology transfer",
        EconomicCooperation = "economic-cooperation": "Economic cooperation",
        SecurityPartnership = "security-partnership": "Security partnership",
        TrilateralCooperation = "trilateral-cooperation": "Trilateral cooperation",
        DiplomaticEngagement = "diplomatic-engagement": "Diplomatic engagement",
        Sanctions = "sanctions": "Sanctions",
        TerritorialDispute = "territorial-dispute": "Territorial dispute",
        ThreatPerception = "threat-perception": "Concern / threat",
        Deterrence = "deterrence": "Deterrence",
        ArmedConflict = "armed-conflict": "Armed conflict",
        Rivalry = "rivalry": "Rivalry",
        NuclearUmbrella = "nuclear-umbrella": "Nuclear umbrella",
        MissileDefence = "missile-defence": "Missile defence",
        FavourableStance = "favourable-stance": "Favourable stance",
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
        Asserted = "asserted": "Asserted",
        Speculative = "speculative": "Speculative",
        Predicted = "predicted": "Predicted",
        Recommended = "recommended": "Recommended",
        Historical = "historical": "Historical",
    }
}

vocabulary! {
    /// What kind of statement a claim is.
    ClaimType {
        Fact = "fact": "Fact",
        Statistic = "statistic": "Statistic",
        Prediction = "prediction": "Prediction",
        Assessment = "assessment": "Assessment",
        Opinion = "opinion": "Opinion",
        Recommendation = "recommendation": "Recommendation",
    }
}

vocabulary! {
    /// How sources compare on a topic.
    Verdict {
        Agree = "agree": "Agree",
        Differ = "differ": "Differ",
        Conflict = "conflict": "Conflict",
    }
}

vocabulary! {
    /// Where one side of a comparison stands against the point the comparison is
    /// about: the side that states it, or how another side compares with it. A source
    /// with no side is silent, which is never written.
    Position {
        Asserts = "asserts": "Asserts",
        Agrees = "agrees": "Agrees",
        Differs = "differs": "Differs",
        Conflicts = "conflicts": "Conflicts",
    }
}

vocabulary! {
    /// Who asserts a claim, by kind: the facet "asserted by".
    AsserterKind {
        Author = "author": "The article’s author",
        Named = "named": "A named person or body",
        Unnamed = "unnamed": "An unnamed source",
        Survey = "survey": "An unattributed survey",
    }
}

vocabulary! {
    /// The explorer's views, as a corpus names its default one.
    View {
        Timeline = "timeline": "Timeline",
        Map = "map": "Map",
        Claims = "claims": "Claims",
        Sources = "sources": "Sources",
    }
}

vocabulary! {
    /// What a reading note points out.
    NoteKind {
        DateCue = "date-cue": "Date cue",
        UnattributedStatistic = "unattributed-statistic": "Unattributed statistic",
        UnsourcedClaim = "unsourced-claim": "Unsourced claim",
        Hedge = "hedge": "Hedged language",
        Debris = "debris": "Page debris",
        Caption = "caption": "Caption",
        Typo = "typo": "Typo",
        Garbled = "garbled": "Garbled text",
        ArgumentShift = "argument-shift": "Shift of argument",
        Attribution = "attribution": "Attribution",
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
    fn cameo_codes_are_two_digit_roots() {
        for k in RelationType::ALL {
            if let Some(c) = k.cameo_root() {
                assert!(c.len() == 2 && c.bytes().all(|b| b.is_ascii_digit()), "{c}");
            }
        }
        assert_eq!(RelationType::Sanctions.cameo_root(), Some("16"));
    }
}

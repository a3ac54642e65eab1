//! The interface's own words, in one place (a Japanese interface is planned). Views ask
//! for words here; the corpus's words come from the corpus.

/// Things the interface counts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Event,
    Relation,
    Claim,
    Comparison,
    Source,
    Quote,
    Note,
}

impl Noun {
    /// The singular and plural forms.
    fn forms(self) -> (&'static str, &'static str) {
        match self {
            Noun::Event => ("event", "events"),
            Noun::Relation => ("relation", "relations"),
            Noun::Claim => ("claim", "claims"),
            Noun::Comparison => ("comparison", "comparisons"),
            Noun::Source => ("source", "sources"),
            Noun::Quote => ("quote", "quotes"),
            Noun::Note => ("reading note", "reading notes"),
        }
    }

    fn of(self, n: usize) -> &'static str {
        let (one, many) = self.forms();
        if n == 1 {
            one
        } else {
            many
        }
    }
}

/// "1 claim", "215 claims".
pub fn count(n: usize, noun: Noun) -> String {
    format!("{n} {}", noun.of(n))
}

/// "Showing 3 of 215 claims" (the total decides the noun's number).
pub fn showing(shown: usize, total: usize, noun: Noun) -> String {
    format!("Showing {shown} of {total} {}", noun.of(total))
}

/// "No comparisons in this corpus".
pub fn none_in_corpus(noun: Noun) -> String {
    format!("No {} in this corpus", noun.forms().1)
}

/// "No reading notes on this article".
pub fn none_on_article(noun: Noun) -> String {
    format!("No {} on this article", noun.forms().1)
}

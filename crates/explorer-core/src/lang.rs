//! The languages of the interface: English and Japanese.
//!
//! A link may ask for one (`lang=ja`); otherwise the reader's own choice applies, or
//! failing that the first of their browser's languages the explorer speaks.

/// A language the interface is shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English; the default, and the language of exports and the search index.
    #[default]
    En,
    /// Japanese.
    Ja,
}

impl Lang {
    /// Both languages, the default first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The value of `lang` in a link and of `<html lang>`.
    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The language an id names, ignoring case and surrounding spaces.
    pub fn from_id(id: &str) -> Option<Lang> {
        let id = id.trim();
        Lang::ALL
            .into_iter()
            .find(|l| l.id().eq_ignore_ascii_case(id))
    }

    /// The language's name in itself, for the switch between them.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
        }
    }

    /// The first of a browser's language tags (`navigator.languages`, such as `ja-JP`)
    /// whose primary subtag is a language of the interface; English when none is.
    pub fn from_tags<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(|t| Lang::from_id(t.trim().split(['-', '_']).next().unwrap_or("")))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names() {
        // Table: language → id, name.
        let cases = [(Lang::En, "en", "English"), (Lang::Ja, "ja", "日本語")];
        for (lang, id, name) in cases {
            assert_eq!((lang.id(), lang.name()), (id, name));
            assert_eq!(Lang::from_id(id), Some(lang));
        }
        assert_eq!(Lang::default(), Lang::En);
        assert_eq!(Lang::ALL.len(), cases.len());
    }

    #[test]
    fn from_id_reads_exact_ids_only() {
        // Table: value → the language it names.
        let cases = [
            ("en", Some(Lang::En)),
            ("ja", Some(Lang::Ja)),
            (" ja ", Some(Lang::Ja)),
            ("JA", Some(Lang::Ja)),
            ("En", Some(Lang::En)),
            ("", None),
            ("jp", None),
            ("ja-JP", None),
            ("english", None),
            ("日本語", None),
        ];
        for (id, lang) in cases {
            assert_eq!(Lang::from_id(id), lang, "{id:?}");
        }
    }

    #[test]
    fn from_tags_takes_the_first_tag_spoken() {
        // Table: navigator.languages → the language chosen.
        let cases: [(&[&str], Lang); 12] = [
            (&[], Lang::En),
            (&["ja"], Lang::Ja),
            (&["ja-JP"], Lang::Ja),
            (&["JA-jp"], Lang::Ja),
            (&["ja-JP", "en-US"], Lang::Ja),
            (&["en-GB", "ja"], Lang::En),
            (&["fr-FR", "ja-JP", "en"], Lang::Ja),
            (&["fr-FR", "de"], Lang::En),
            (&["fr", "en-GB"], Lang::En),
            (&["", "ja"], Lang::Ja),
            (&["jav", "jam-JM", "ja"], Lang::Ja),
            (&["zh-Hant-JP", "x-ja"], Lang::En),
        ];
        for (tags, lang) in cases {
            assert_eq!(Lang::from_tags(tags.iter().copied()), lang, "{tags:?}");
        }
    }
}

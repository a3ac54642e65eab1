//! The colours a link may ask for (`theme=dark`): a host page that is dark, say, wants
//! the explorer it embeds dark whatever its visitor chose. Without `theme`, the reader's
//! own choice applies, else their system's.

/// A colour theme a link can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    /// Both themes.
    pub const ALL: [Theme; 2] = [Theme::Light, Theme::Dark];

    /// The value of `theme` in a link and of the page's `data-theme`.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme an id names, ignoring case and surrounding spaces.
    pub fn from_id(id: &str) -> Option<Theme> {
        let id = id.trim();
        Theme::ALL
            .into_iter()
            .find(|t| t.id().eq_ignore_ascii_case(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back() {
        // Table: text in a link → the theme it names.
        let cases = [
            ("light", Some(Theme::Light)),
            ("dark", Some(Theme::Dark)),
            (" DARK ", Some(Theme::Dark)),
            ("Light", Some(Theme::Light)),
            ("", None),
            ("system", None),
            ("darker", None),
        ];
        for (text, want) in cases {
            assert_eq!(Theme::from_id(text), want, "{text:?}");
        }
        for t in Theme::ALL {
            assert_eq!(Theme::from_id(t.id()), Some(t));
        }
    }
}

//! Fills the page shell (`index.html`) with what the corpus calls itself, so that the
//! first paint, the tab title and the description name this corpus's topic and no
//! other. Trunk may have minified the shell, dropping the quotes around an attribute
//! value; every value is written back quoted and escaped.

use explorer_core::owned::Meta;

/// `html` with `%TITLE%`, `%TAGLINE%`, `%DESCRIPTION%` and `%LANG%` replaced.
pub fn fill_page(html: &str, meta: &Meta) -> String {
    let mut out = html.to_string();
    for (key, value) in [
        ("%TITLE%", &meta.title),
        ("%TAGLINE%", &meta.tagline),
        ("%DESCRIPTION%", &meta.description),
        ("%LANG%", &meta.language),
    ] {
        let attr = format!("\"{}\"", escape(value, true));
        out = out
            .replace(&format!("\"{key}\""), &attr)
            .replace(&format!("={key}"), &format!("={attr}"))
            .replace(key, &escape(value, false));
    }
    out
}

fn escape(s: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_core::View;

    fn meta() -> Meta {
        Meta {
            title: "Rivers & <Towns>".into(),
            tagline: "Who \"cleans\" the river".into(),
            description: "A test corpus".into(),
            language: "fr".into(),
            default_view: View::Claims,
        }
    }

    #[test]
    fn fills_quoted_unquoted_and_text_placeholders() {
        let cases = [
            (
                r#"<html lang="%LANG%"><title>%TITLE%</title>"#,
                r#"<html lang="fr"><title>Rivers &amp; &lt;Towns&gt;</title>"#,
            ),
            (
                "<html lang=%LANG%><meta content=%DESCRIPTION% name=description>",
                r#"<html lang="fr"><meta content="A test corpus" name=description>"#,
            ),
            (
                r#"<p class="tagline">%TAGLINE%</p><meta content="%TAGLINE%">"#,
                r#"<p class="tagline">Who "cleans" the river</p><meta content="Who &quot;cleans&quot; the river">"#,
            ),
        ];
        for (shell, want) in cases {
            assert_eq!(fill_page(shell, &meta()), want);
        }
    }

    #[test]
    fn the_shell_in_the_repo_has_every_placeholder() {
        let shell =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../index.html"))
                .expect("index.html");
        for key in ["%TITLE%", "%TAGLINE%", "%DESCRIPTION%", "%LANG%"] {
            assert!(shell.contains(key), "index.html lacks {key}");
        }
        let filled = fill_page(&shell, &meta());
        for key in ["%TITLE%", "%TAGLINE%", "%DESCRIPTION%", "%LANG%"] {
            assert!(!filled.contains(key), "{key} left in the page");
        }
        assert!(filled.contains("Rivers &amp; &lt;Towns&gt;"));
    }
}

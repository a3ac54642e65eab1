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

/// Where the `open` build's one-file page (`open/one-file.html`, written by
/// `scripts/single-file.mjs`) takes the files of the corpus it is saved with: the text of
/// its `<script type="application/json" id="ae-corpus">`.
pub const FILES_MARK: &str = "%FILES%";

/// The one-file page's first paint before it is filled (`scripts/single-file.mjs`; its
/// style sheet hides it).
pub const UNFILLED_BOOT: &str = "<div id=\"boot\" class=\"unfilled\">";

/// A corpus's files as the compiler takes them: its folder's name and each file's name
/// and bytes.
pub type Files = (String, Vec<(String, Vec<u8>)>);

/// The one file of a corpus: `page` (the `open` build's one-file page) with its
/// placeholders filled from `meta` and the corpus's `files` (the articles and annotation
/// files among them) in place of [`FILES_MARK`], as JSON that cannot end its script
/// element. Fails, in words, when `page` has no place for the files.
pub fn one_file(page: &str, meta: &Meta, files: &Files) -> Result<String, String> {
    let (dir, files) = files;
    let kept: Vec<(&str, std::borrow::Cow<str>)> = files
        .iter()
        .filter(|(name, _)| crate::compile::is_input(name))
        .map(|(name, bytes)| (name.as_str(), String::from_utf8_lossy(bytes)))
        .collect();
    let json = serde_json::to_string(&(dir, kept)).map_err(|e| e.to_string())?;
    // `<` only occurs in JSON's strings, where `\u003c` says the same: no `</script` or
    // `<!--` can end the element early.
    let json = json.replace('<', "\\u003c");
    // The first paint, hidden while it said `%TITLE%`, shown.
    let filled = fill_page(page, meta).replacen(UNFILLED_BOOT, "<div id=\"boot\">", 1);
    match filled.matches(FILES_MARK).count() {
        1 => Ok(filled.replacen(FILES_MARK, &json, 1)),
        _ => Err("this build's one-file page has no single place for the corpus's files".into()),
    }
}

/// The files a one file holds (the text of its `<script id="ae-corpus">`), as
/// [`one_file`] wrote them. Fails, in words, on anything else.
pub fn files_of(json: &str) -> Result<Files, String> {
    let (dir, files): (String, Vec<(String, String)>) = serde_json::from_str(json)
        .map_err(|e| format!("the corpus in this page cannot be read: {e}"))?;
    Ok((
        dir,
        files
            .into_iter()
            .map(|(n, t)| (n, t.into_bytes()))
            .collect(),
    ))
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
            ..Meta::default()
        }
    }

    #[test]
    fn a_one_file_holds_the_corpus_files_and_gives_them_back() {
        let page = r#"<html lang="%LANG%"><title>%TITLE%</title><div id="boot" class="unfilled"><h1>%TITLE%</h1></div><script type="application/json" id="ae-corpus">%FILES%</script><script>x</script>"#;
        let files: Files = (
            "rivers".into(),
            vec![
                (
                    "a.txt".into(),
                    b"Title\n\nSay </script><!-- and %TITLE%".to_vec(),
                ),
                (
                    "corpus.toml".into(),
                    "[corpus]\ntitle = \"\u{e9}\"".as_bytes().to_vec(),
                ),
                ("notes.md".into(), b"not an input".to_vec()),
            ],
        );
        let html = one_file(page, &meta(), &files).unwrap();
        assert!(
            html.starts_with(r#"<html lang="fr"><title>Rivers &amp; &lt;Towns&gt;</title><div id="boot"><h1>Rivers"#),
            "{html}"
        );
        let start = html.find(r#"id="ae-corpus">"#).unwrap() + r#"id="ae-corpus">"#.len();
        let end = start + html[start..].find("</script>").unwrap();
        assert!(
            html[end..].starts_with("</script><script>x</script>"),
            "the element ends where it should"
        );
        let back = files_of(&html[start..end]).unwrap();
        let want: Files = (files.0.clone(), files.1[..2].to_vec());
        assert_eq!(back, want);
    }

    #[test]
    fn a_page_without_its_place_or_a_payload_of_another_shape_is_refused() {
        for page in ["<html></html>", "%FILES% %FILES%"] {
            assert!(
                one_file(page, &meta(), &(String::new(), vec![])).is_err(),
                "{page}"
            );
        }
        for json in ["", "{}", r#"["d", [["a.txt", 3]]]"#, "[1, []]"] {
            let e = files_of(json).unwrap_err();
            assert!(
                e.starts_with("the corpus in this page cannot be read"),
                "{json}: {e}"
            );
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

//! Finding a quote in its document, and explaining a near miss.

/// Finds the `occurrence`-th (1-based) verbatim occurrence of `quote` in `text` and
/// returns its byte span, or a message saying why not and, for a near miss, where the
/// text differs.
pub fn locate(text: &str, quote: &str, occurrence: usize) -> Result<(usize, usize), String> {
    if quote.trim().is_empty() {
        return Err("the quote is empty".into());
    }
    let found: Vec<usize> = text.match_indices(quote).map(|(i, _)| i).collect();
    if let Some(&start) = found.get(occurrence.saturating_sub(1)) {
        return Ok((start, start + quote.len()));
    }
    if !found.is_empty() {
        return Err(format!(
            "the quote occurs {} time(s), so occurrence = {occurrence} does not exist",
            found.len()
        ));
    }
    Err(explain_miss(text, quote))
}

/// Line and column (1-based, in characters) of a byte offset.
pub fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Which family of difference a character falls into, once normalised.
fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        c if c.is_whitespace() => ' ',
        c if is_wide_ascii(c) => fold(char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)),
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// A full-width form of an ASCII character (Ａ, ２, ，).
fn is_wide_ascii(c: char) -> bool {
    ('\u{FF01}'..='\u{FF5E}').contains(&c)
}

/// The text folded for comparison, with the byte offset in the original of each folded
/// character (runs of white space fold to one space).
fn folded(s: &str) -> (Vec<char>, Vec<usize>) {
    let mut chars = Vec::new();
    let mut offsets = Vec::new();
    for (i, c) in s.char_indices() {
        let f = fold(c);
        if f == ' ' && chars.last() == Some(&' ') {
            continue;
        }
        chars.push(f);
        offsets.push(i);
    }
    (chars, offsets)
}

fn find_chars(hay: &[char], needle: &[char]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn explain_miss(text: &str, quote: &str) -> String {
    let (ft, offs) = folded(text);
    let (fq, _) = folded(quote.trim());
    if let Some(pos) = find_chars(&ft, &fq) {
        let start = offs[pos];
        let end = offs.get(pos + fq.len()).copied().unwrap_or(text.len());
        let actual = text[start..end].trim_end();
        let (line, col) = line_col(text, start);
        return format!(
            "not found verbatim, but nearly at line {line}, column {col}, which reads\n      «{actual}»\n    the quote differs in {}",
            differences(quote, actual).join(", ")
        );
    }
    // Report how far the quote matches before it departs from the text.
    let mut best: Option<(usize, usize)> = None; // (folded chars matched, position)
    for len in (8..=fq.len()).rev().step_by(4) {
        if let Some(pos) = find_chars(&ft, &fq[..len]) {
            best = Some((len, pos));
            break;
        }
    }
    match best {
        Some((len, pos)) => {
            let (line, col) = line_col(text, offs[pos]);
            let after_q: String = fq[len..].iter().take(40).collect();
            let after_t: String = ft[pos + len..].iter().take(40).collect();
            format!(
                "not found in the document; its first {len} characters match at line {line}, column {col}, then the text reads «{after_t}…» where the quote has «{after_q}…»"
            )
        }
        None => "not found in the document, not even approximately".into(),
    }
}

/// Names the kinds of difference between a quote and the text it nearly matches.
fn differences(quote: &str, actual: &str) -> Vec<&'static str> {
    let q: Vec<char> = quote.chars().collect();
    let a: Vec<char> = actual.chars().collect();
    let mut out = Vec::new();
    let mut note = |s| {
        if !out.contains(&s) {
            out.push(s)
        }
    };
    let cls = |c: char| fold(c);
    let qs: String = q.iter().map(|&c| cls(c)).collect();
    let as_: String = a.iter().map(|&c| cls(c)).collect();
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if squash(&qs) == squash(&as_) && qs != as_ {
        note("spacing (the text has other white space)");
    }
    let qa: Vec<char> = q.iter().copied().filter(|c| !c.is_whitespace()).collect();
    let aa: Vec<char> = a.iter().copied().filter(|c| !c.is_whitespace()).collect();
    for (x, y) in qa.iter().zip(aa.iter()) {
        if x == y {
            continue;
        }
        match (fold(*x), fold(*y)) {
            ('\'', '\'') => {
                note("apostrophes (the text has ’ where the quote has ' or the reverse)")
            }
            ('"', '"') => note("quotation marks (curly “ ” vs straight \")"),
            ('-', '-') => note("dashes (hyphen, en dash or em dash)"),
            (fx, fy) if fx == fy && (is_wide_ascii(*x) || is_wide_ascii(*y)) => {
                note("full-width and half-width forms (２ vs 2, ， vs ,)")
            }
            (fx, fy) if fx == fy => note("letter case"),
            _ => note("other characters"),
        }
    }
    if out.is_empty() {
        out.push("white space at the ends");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Japan’s “no limits” view — or so it seems.\nSecond  line here.";

    #[test]
    fn finds_exact_quotes_and_occurrences() {
        assert_eq!(locate("a b a b", "a b", 1), Ok((0, 3)));
        assert_eq!(locate("a b a b", "a b", 2), Ok((4, 7)));
        assert!(locate("a b a b", "a b", 3)
            .unwrap_err()
            .contains("occurs 2 time"));
    }

    #[test]
    fn explains_straight_apostrophe() {
        let e = locate(TEXT, "Japan's", 1).unwrap_err();
        assert!(e.contains("apostrophes"), "{e}");
        assert!(e.contains("line 1, column 1"), "{e}");
    }

    #[test]
    fn explains_quotes_dashes_spacing_case() {
        assert!(locate(TEXT, "\"no limits\"", 1)
            .unwrap_err()
            .contains("quotation marks"));
        assert!(locate(TEXT, "view - or", 1).unwrap_err().contains("dashes"));
        let e = locate(TEXT, "Second line", 1).unwrap_err();
        assert!(e.contains("spacing") && e.contains("line 2"), "{e}");
        assert!(locate(TEXT, "second  line", 1)
            .unwrap_err()
            .contains("letter case"));
    }

    #[test]
    fn explains_full_width_forms_in_japanese() {
        let text = "両国は２０２４年６月に協定を結んだ。";
        let e = locate(text, "両国は2024年6月に協定", 1).unwrap_err();
        assert!(
            e.contains("full-width") && e.contains("line 1, column 1"),
            "{e}"
        );
        assert_eq!(locate(text, "協定を結んだ", 1), Ok((33, 51)));
    }

    #[test]
    fn says_where_a_wrong_quote_departs() {
        let e = locate(TEXT, "Japan’s “no limits” stance on things", 1).unwrap_err();
        assert!(e.contains("first") && e.contains("stance"), "{e}");
        assert!(locate(TEXT, "Completely absent words", 1)
            .unwrap_err()
            .contains("not even"));
    }
}

//! How much of each article the annotations cover: the share of article-body sentences
//! that carry a date, a number, a named actor or a claim and overlap at least one quote.

use crate::compile::*;
use explorer_core::date::MONTHS;
use explorer_core::text::{contains_word, unspaced};
use explorer_core::NoteKind;

/// One sentence of an article body.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Carries a date, a number, a named actor or a claim.
    pub eligible: bool,
    /// Overlaps at least one quote.
    pub covered: bool,
}

/// Coverage of one document.
#[derive(Debug)]
pub struct DocCoverage {
    pub doc: usize,
    pub sentences: Vec<Sentence>,
}

impl DocCoverage {
    /// Eligible sentences.
    pub fn eligible(&self) -> usize {
        self.sentences.iter().filter(|s| s.eligible).count()
    }

    /// Eligible sentences that are covered.
    pub fn covered(&self) -> usize {
        self.sentences
            .iter()
            .filter(|s| s.eligible && s.covered)
            .count()
    }

    /// Covered share of eligible sentences, in percent.
    pub fn percent(&self) -> f64 {
        if self.eligible() == 0 {
            100.0
        } else {
            100.0 * self.covered() as f64 / self.eligible() as f64
        }
    }
}

/// Coverage of every document.
pub fn coverage(c: &Compiled) -> Vec<DocCoverage> {
    (0..c.documents.len()).map(|d| doc_coverage(c, d)).collect()
}

fn doc_coverage(c: &Compiled, d: usize) -> DocCoverage {
    let doc = &c.documents[d];
    let text = doc.text.as_str();
    let debris: Vec<(usize, usize)> = doc
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::Debris)
        .flat_map(|n| n.evidence.iter())
        .filter(|e| e.doc == d)
        .map(|e| extend_to_line(text, e.start, e.end))
        .collect();
    let mut quotes: Vec<(usize, usize)> = Vec::new();
    let mut claims: Vec<(usize, usize)> = Vec::new();
    let add = |ev: &[Evidence], into: &mut Vec<(usize, usize)>| {
        into.extend(ev.iter().filter(|e| e.doc == d).map(|e| (e.start, e.end)));
    };
    for e in &c.events {
        add(&e.evidence, &mut quotes);
    }
    for r in &c.relations {
        add(&r.evidence, &mut quotes);
    }
    for cl in &c.claims {
        add(&cl.evidence, &mut quotes);
        add(&cl.evidence, &mut claims);
    }
    for cm in &c.comparisons {
        for s in &cm.sides {
            add(&s.evidence, &mut quotes);
        }
    }
    for p in &c.periods {
        add(&p.evidence, &mut quotes);
    }
    for doc in &c.documents {
        for n in doc.notes.iter().filter(|n| n.kind != NoteKind::Debris) {
            add(&n.evidence, &mut quotes);
        }
    }
    let names: Vec<&str> = c
        .entities
        .iter()
        .flat_map(|e| std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)))
        .collect();
    let overlaps =
        |spans: &[(usize, usize)], s: usize, e: usize| spans.iter().any(|&(a, b)| a < e && s < b);
    let sentences = sentences(text)
        .into_iter()
        .filter(|&(s, e)| !overlaps(&debris, s, e))
        .map(|(s, e)| {
            let t = &text[s..e];
            let eligible = t
                .chars()
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
                || MONTHS.iter().any(|m| contains_word(t, m))
                || names.iter().any(|n| contains_word(t, n))
                || overlaps(&claims, s, e);
            Sentence {
                start: s,
                end: e,
                eligible,
                covered: overlaps(&quotes, s, e),
            }
        })
        .collect();
    DocCoverage { doc: d, sentences }
}

/// A debris quote that starts a line stands for the whole line (a teaser, a caption).
fn extend_to_line(text: &str, start: usize, end: usize) -> (usize, usize) {
    let at_line_start = start == 0 || text.as_bytes()[start - 1] == b'\n';
    if at_line_start {
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        (start, line_end.max(end))
    } else {
        (start, end)
    }
}

/// Splits a text into body sentences (byte spans), leaving out headings: short lines
/// that do not end like a sentence.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        if is_body_line(body) {
            split_line(body, line_start, &mut out);
        }
        line_start += line.len();
    }
    out
}

/// Whether a line (trailing white space trimmed) is body text rather than a heading: it
/// ends like a sentence or is long. Empty lines are neither.
pub fn is_body_line(body: &str) -> bool {
    let words = words(body);
    let ends_like_sentence = body.ends_with(['.', '!', '?', '”', '"', ':', ')'])
        || body.ends_with(['。', '！', '？', '」', '』', '）']);
    words > 0 && (ends_like_sentence || words >= 15)
}

/// How many words a piece of text has: those between spaces, and for text written
/// without spaces (Japanese) one for every two of its characters, at least one.
fn words(s: &str) -> usize {
    let spaced = s.split_whitespace().count();
    let unspaced = s.chars().filter(|&c| unspaced(c)).count();
    if unspaced == 0 {
        spaced
    } else {
        spaced + (unspaced / 2).max(1)
    }
}

fn split_line(line: &str, offset: usize, out: &mut Vec<(usize, usize)>) {
    let bytes = line.as_bytes();
    let mut start = 0;
    for (i, c) in line.char_indices() {
        if i < start {
            continue;
        }
        if matches!(c, '。' | '！' | '？') {
            // A Japanese sentence ends at its full stop, no space after it, with the
            // closing brackets that follow.
            let close = line[i + c.len_utf8()..]
                .find(|ch| !matches!(ch, '」' | '』' | '）'))
                .unwrap_or(line.len() - i - c.len_utf8());
            let end = i + c.len_utf8() + close;
            push_sentence(line, offset, start, end, out);
            start = end;
            continue;
        }
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = line[i + 1..].chars().next();
        let after_space = line[i + 1..].trim_start().chars().next();
        let is_end = next.is_none_or(char::is_whitespace)
            && after_space
                .is_none_or(|n| n.is_uppercase() || n.is_ascii_digit() || n == '“' || n == '"');
        let word_before = line[..i]
            .rsplit(|ch: char| ch.is_whitespace())
            .next()
            .unwrap_or("");
        let abbreviation = c == '.'
            && (word_before.chars().count() == 1 && word_before.chars().all(char::is_uppercase)
                || ["U.S", "Dr", "Mr", "Mrs", "Ms", "St", "e.g", "i.e", "vs"]
                    .contains(&word_before));
        if is_end && !abbreviation {
            push_sentence(line, offset, start, i + 1, out);
            start = i + 1;
        }
    }
    push_sentence(line, offset, start, bytes.len(), out);
}

fn push_sentence(
    line: &str,
    offset: usize,
    start: usize,
    end: usize,
    out: &mut Vec<(usize, usize)>,
) {
    let piece = &line[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if words(trimmed) >= 3 {
        out.push((offset + start + lead, offset + start + lead + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_and_skips_headings() {
        let text = "A Heading Here\nThe U.S. and N. Korea met in 2024. Then they parted ways! Are we done now?\nShort line\n";
        let s: Vec<&str> = sentences(text).iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(
            s,
            vec![
                "The U.S. and N. Korea met in 2024.",
                "Then they parted ways!",
                "Are we done now?"
            ]
        );
    }

    #[test]
    fn splits_japanese_sentences_without_spaces() {
        let text = "日露首脳会談\n両国の首脳は東京で会談した。「協定に署名する」と述べた。外相も同席した！はい。\n";
        let s: Vec<&str> = sentences(text).iter().map(|&(a, b)| &text[a..b]).collect();
        // The heading is left out, and so is a sentence of one word.
        assert_eq!(
            s,
            vec![
                "両国の首脳は東京で会談した。",
                "「協定に署名する」と述べた。",
                "外相も同席した！"
            ]
        );
    }
}

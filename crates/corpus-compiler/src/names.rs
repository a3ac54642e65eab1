//! The name check: every capitalised name in every article resolves to an entity name or
//! alias, or is on the committed ignore list (`seeds/names-ignore.txt`).
//!
//! Extraction is deliberately simple. A *name* is a run of capitalised words on one line,
//! separated by single spaces or joined by hyphens (`Indo-Pacific`, `Russia-North Korea`,
//! `South Korea–US`), which may hold the lower-case connectors `of`, `the`, `and`, `for`
//! and `on` between two capitalised words (`Sea of Japan`, `Free and Open Indo-Pacific`).
//! All-caps acronyms (`NATO`, `ASEV`), initials (`U.S.`, `N. Korea`) and words with an
//! apostrophe count as words; a possessive (`Japan’s`, `United States’`) ends a name.
//! Leading function words (`The`, `In`, `By`, …) are dropped.
//!
//! Resolution tiles each name from the left with the longest entity name, alias or
//! ignore entry that the text spells at that point (ASCII case aside). A match may run on
//! into lower-case words (`Aegis-equipped destroyers`) and an alias written `the …` needs
//! the `the` before it in the text (`the South`). What no match covers must be a function
//! word, or a common word that is capitalised only because it starts a sentence, a heading
//! or a label (`Analysis Table`, `Source:`): a word the texts also write in lower case.
//! Anything else is an unresolved name and fails the check.
//!
//! Japanese has no capitals, so only the Latin names in a Japanese text are candidates;
//! kanji and kana are words apart from the Latin letters beside them (`NATOの`), and a
//! spelling needs no boundary against them.

use crate::compile::Compiled;
use crate::coverage::is_body_line;
use explorer_core::text::unspaced;
use std::collections::HashSet;

/// The ignore list's file name inside the corpus folder. The compiler skips it.
pub const IGNORE_FILE: &str = "names-ignore.txt";

/// Lower-case words that may join two capitalised words inside a name.
const CONNECTORS: &[&str] = &["of", "the", "and", "for", "on"];

/// Words that are never a name on their own, in any case.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "for", "on", "in", "at", "by", "to", "with", "from", "as",
    "this", "that", "these", "those",
];

/// Abbreviations whose full stop belongs to the word and does not end a sentence.
const ABBREVIATIONS: &[&str] = &["Dr", "Mr", "Mrs", "Ms", "St", "Jr"];

/// One word of a text, with what the name check needs to know about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    /// End of the word, possessive ending included.
    pub end: usize,
    /// End of the word without its possessive ending.
    pub stem_end: usize,
    /// The first letter is a capital (or the word is an acronym).
    pub capital: bool,
    /// Joined to the word before by a hyphen or dash, with no space.
    pub joined: bool,
    /// Ends in a possessive (`’s`, `'s`, or `’` after an `s`).
    pub possessive: bool,
    /// Capitalised by position: the first word of a sentence, or a word of a heading or
    /// of a short label before a colon.
    pub initial: bool,
}

/// A candidate name: consecutive words of a text (byte span, possessive left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub words: Vec<Word>,
}

impl Run {
    pub fn start(&self) -> usize {
        self.words[0].start
    }

    /// End of the name, without the possessive ending of its last word.
    pub fn name_end(&self) -> usize {
        self.words[self.words.len() - 1].stem_end
    }
}

/// Splits a text into words.
pub fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        // Kanji and kana are words apart from Latin letters beside them (NATOの).
        let script = unspaced(c);
        let mut j = i + 1;
        loop {
            match at(j) {
                Some(c) if c.is_alphanumeric() && unspaced(c) == script => j += 1,
                // n'êtes, Japan’s; U.S, Booking.com
                Some('\'' | '’' | '.') if at(j + 1).is_some_and(char::is_alphanumeric) => j += 2,
                _ => break,
            }
        }
        let end_of = |j: usize| chars.get(j).map_or(text.len(), |&(b, _)| b);
        let mut end = end_of(j);
        let body = &text[start..end];
        // A full stop that belongs to the word: initials (N., U.S.) and abbreviations.
        if at(j) == Some('.') {
            let initials = body
                .split('.')
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
            if initials || ABBREVIATIONS.contains(&body) {
                j += 1;
                end = end_of(j);
            }
        }
        let mut stem_end = end;
        let mut possessive = false;
        for suffix in ["’s", "'s"] {
            if text[start..end].ends_with(suffix) && end - suffix.len() > start {
                stem_end = end - suffix.len();
                possessive = true;
            }
        }
        if !possessive
            && matches!(at(j), Some('’' | '\''))
            && text[start..end].ends_with('s')
            && !at(j + 1).is_some_and(char::is_alphanumeric)
        {
            // United States’ vision
            possessive = true;
            j += 1;
            end = end_of(j);
        }
        let gap = out.last().map_or("", |w| &text[w.end..start]);
        let joined = !out.is_empty() && matches!(gap, "-" | "‐" | "‑" | "–");
        out.push(Word {
            start,
            end,
            stem_end,
            capital: c.is_uppercase(),
            joined,
            possessive,
            initial: false,
        });
        i = j;
    }
    mark_initial(text, &mut out);
    out
}

/// Marks the words capitalised by position: sentence starts, headings, labels.
fn mark_initial(text: &str, words: &mut [Word]) {
    let mut line_start = 0;
    let mut k = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let first = k;
        while k < words.len() && words[k].start < line_end {
            k += 1;
        }
        let heading = !is_body_line(line.trim_end());
        let mut sentence_start = true;
        for n in first..k {
            let w = words[n];
            if heading {
                words[n].initial = true;
                continue;
            }
            if sentence_start {
                words[n].initial = true;
                // A short label before a colon ("Source:", "- NATO Engagement:") is a heading.
                let mut label = None;
                for m in n..k.min(n + 5) {
                    let rest = &text[words[m].end..];
                    if rest.starts_with(':') {
                        label = Some(m);
                    }
                    if rest.starts_with([':', '.', '!', '?', ',', ';']) {
                        break;
                    }
                }
                if let Some(m) = label {
                    for w in &mut words[n..=m] {
                        w.initial = true;
                    }
                }
            }
            let after = text[w.end..line_end].trim_start_matches(['’', '”', '"', ')']);
            let word = &text[w.start..w.end];
            let abbreviation = word.ends_with('.');
            sentence_start = !abbreviation
                && (after.starts_with(['.', '!', '?', ':'])
                    && after[1..].starts_with(char::is_whitespace));
        }
        line_start = line_end;
    }
}

/// The candidate names of a text, in order.
pub fn runs(text: &str) -> Vec<Run> {
    let words = words(text);
    let mut out = Vec::new();
    let mut run: Vec<Word> = Vec::new();
    let flush = |run: &mut Vec<Word>, out: &mut Vec<Run>| {
        // Leading function words ("The", "In", "By") start sentences, not names.
        let lead = run
            .iter()
            .take_while(|w| is_function_word(&text[w.start..w.stem_end]))
            .count();
        run.drain(..lead);
        if !run.is_empty() {
            out.push(Run {
                words: std::mem::take(run),
            });
        }
        run.clear();
    };
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let continues = run
            .last()
            .is_some_and(|p: &Word| !p.possessive && (w.joined || &text[p.end..w.start] == " "));
        if !continues {
            flush(&mut run, &mut out);
        }
        if w.capital {
            run.push(w);
        } else if continues && w.joined {
            run.push(w); // President-elect, Jong-un, Aegis-equipped
        } else if continues && CONNECTORS.contains(&&text[w.start..w.end]) {
            // Connectors join only when a capitalised word follows: "Sea of Japan".
            let mut j = i;
            while j < words.len()
                && CONNECTORS.contains(&&text[words[j].start..words[j].end])
                && &text[words[j - 1].end..words[j].start] == " "
            {
                j += 1;
            }
            let next_joins = j < words.len()
                && words[j].capital
                && &text[words[j - 1].end..words[j].start] == " ";
            if next_joins {
                run.extend_from_slice(&words[i..j]);
                i = j;
                continue;
            }
            flush(&mut run, &mut out);
        } else {
            flush(&mut run, &mut out);
        }
        i += 1;
    }
    flush(&mut run, &mut out);
    out
}

/// The candidate names of a text as strings (possessives left out): what the unit tests
/// and the report show.
pub fn names(text: &str) -> Vec<&str> {
    runs(text)
        .iter()
        .map(|r| &text[r.start()..r.name_end()])
        .collect()
}

fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
}

/// A crude stem, so that "Navigating" is known from "navigate" and "Aspect" from
/// "aspects".
fn stem(w: &str) -> &str {
    for suffix in ["ing", "es", "ed", "s", "e", "d"] {
        if w.len() > suffix.len() + 2 && w.ends_with(suffix) {
            return &w[..w.len() - suffix.len()];
        }
    }
    w
}

/// Whether a lower-cased word is in the lower-case vocabulary: as it is, by its stem, or
/// as the adjective of an adverb ("Traditionally" from "traditional", "Economically"
/// from "economic").
pub fn is_common(lower: &HashSet<String>, w: &str) -> bool {
    let adjective = |cut: &str| {
        w.strip_suffix(cut)
            .is_some_and(|a| a.len() > 2 && lower.contains(a))
    };
    lower.contains(w) || lower.contains(stem(w)) || adjective("ly") || adjective("ally")
}

/// The lower-case vocabulary of some texts: every word that starts with a small letter,
/// and its stem.
pub fn lower_case_words<'a>(texts: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
    let mut out = HashSet::new();
    for text in texts {
        for w in words(text) {
            let s = &text[w.start..w.stem_end];
            if s.starts_with(|c: char| c.is_lowercase()) {
                out.insert(stem(s).to_string());
                out.insert(s.to_string());
            }
        }
    }
    out
}

/// What a name or a part of one resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Entity(usize),
    Ignored(usize),
}

/// A spelling the resolver knows: an entity name or alias, or an ignore entry.
#[derive(Debug, Clone)]
pub struct Known {
    pub spelling: String,
    pub target: Target,
}

/// One mention found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// `None`: unresolved.
    pub target: Option<Target>,
}

/// The spellings of the entities and ignore entries, longest first.
pub fn known(c: &Compiled, ignore: &IgnoreList) -> Vec<Known> {
    let mut out: Vec<Known> = Vec::new();
    for (i, e) in c.entities.iter().enumerate() {
        for s in std::iter::once(&e.name).chain(&e.aliases) {
            out.push(Known {
                spelling: s.clone(),
                target: Target::Entity(i),
            });
        }
    }
    for (i, e) in ignore.entries.iter().enumerate() {
        out.push(Known {
            spelling: e.text.clone(),
            target: Target::Ignored(i),
        });
    }
    out.sort_by_key(|k| std::cmp::Reverse(k.spelling.len()));
    out
}

/// Where `spelling` matches the text at `pos` (ASCII case aside, ending at a word
/// boundary), the end of the match. A spelling `the …` needs the `the ` before `pos`.
fn match_at(text: &str, pos: usize, spelling: &str) -> Option<usize> {
    let body = match spelling.get(..4) {
        Some(the) if the.eq_ignore_ascii_case("the ") => {
            let before = &text.as_bytes()[..pos];
            let ok = before.len() >= 4 && before[before.len() - 4..].eq_ignore_ascii_case(b"the ");
            if !ok {
                return None;
            }
            &spelling[4..]
        }
        _ => spelling,
    };
    let end = pos + body.len();
    let here = text.as_bytes().get(pos..end)?;
    if !here.eq_ignore_ascii_case(body.as_bytes()) || !text.is_char_boundary(end) {
        return None;
    }
    // No letter may follow, but in unspaced Japanese a name stands against the next word.
    let next = text[end..].chars().next();
    let last = body.chars().next_back().is_some_and(unspaced);
    (last || !next.is_some_and(|c| c.is_alphanumeric() && !unspaced(c))).then_some(end)
}

/// Resolves every candidate name of `text` against the known spellings. `common` says
/// whether a word capitalised by position is a common word.
pub fn mentions(text: &str, known: &[Known], common: &dyn Fn(&str) -> bool) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for run in runs(text) {
        let ws = &run.words;
        // A spelling may run on over the next name ("Leave a Reply").
        let covered = out.last().map_or(0, |m| m.end);
        let mut i = ws.iter().take_while(|w| w.start < covered).count();
        let mut open: Option<Mention> = None;
        while i < ws.len() {
            let w = ws[i];
            let hit = known
                .iter()
                .find_map(|k| match_at(text, w.start, &k.spelling).map(|end| (end, k.target)));
            let word = &text[w.start..w.stem_end];
            if hit.is_none() && !w.capital && w.joined {
                // The lower-case part of a hyphenated word goes with the word before it.
                if let Some(m) = &mut open {
                    m.end = w.stem_end;
                }
                i += 1;
                continue;
            }
            let skip = hit.is_none()
                && (is_function_word(word)
                    || !w.capital
                    || w.initial && common(&word.to_lowercase()));
            if hit.is_some() || skip {
                out.extend(open.take());
            }
            match hit {
                Some((end, target)) => {
                    out.push(Mention {
                        start: w.start,
                        end,
                        target: Some(target),
                    });
                    while i < ws.len() && ws[i].start < end {
                        i += 1;
                    }
                    continue;
                }
                None if skip => {}
                None => match &mut open {
                    Some(m) => m.end = w.stem_end,
                    None => {
                        open = Some(Mention {
                            start: w.start,
                            end: w.stem_end,
                            target: None,
                        })
                    }
                },
            }
            i += 1;
        }
        out.extend(open.take());
    }
    out
}

/// One entry of the ignore list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IgnoreEntry {
    pub text: String,
    /// 1-based line in the file.
    pub line: usize,
    /// The comment that justifies it: on its line, or the block of comment lines above.
    pub reason: String,
}

/// The committed ignore list.
#[derive(Debug, Clone, Default)]
pub struct IgnoreList {
    pub entries: Vec<IgnoreEntry>,
}

/// Parses the ignore list: one entry per line, `#` comments. An entry is justified by a
/// comment on its line or by the comment lines directly above its block.
pub fn parse_ignore(src: &str) -> Result<IgnoreList, Vec<String>> {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    let mut block_reason = String::new();
    let mut in_entries = false;
    for (n, line) in src.lines().enumerate() {
        let (entry, comment) = match line.split_once('#') {
            Some((e, c)) => (e.trim(), c.trim()),
            None => (line.trim(), ""),
        };
        if entry.is_empty() {
            if line.trim().is_empty() {
                block_reason.clear();
                in_entries = false;
            } else if !comment.is_empty() {
                if in_entries {
                    block_reason.clear();
                    in_entries = false;
                }
                if !block_reason.is_empty() {
                    block_reason.push(' ');
                }
                block_reason.push_str(comment);
            }
            continue;
        }
        in_entries = true;
        let reason = if comment.is_empty() {
            block_reason.clone()
        } else {
            comment.to_string()
        };
        if reason.is_empty() {
            errors.push(format!(
                "{IGNORE_FILE}:{}: `{entry}` has no comment saying why it is ignored",
                n + 1
            ));
        }
        if entries.iter().any(|e: &IgnoreEntry| e.text == entry) {
            errors.push(format!(
                "{IGNORE_FILE}:{}: `{entry}` is listed twice",
                n + 1
            ));
        }
        entries.push(IgnoreEntry {
            text: entry.to_string(),
            line: n + 1,
            reason,
        });
    }
    if errors.is_empty() {
        Ok(IgnoreList { entries })
    } else {
        Err(errors)
    }
}

/// The name check's figures for one document.
#[derive(Debug)]
pub struct DocNames {
    pub doc: usize,
    /// Every mention found: resolved to an entity, or unresolved.
    pub mentions: usize,
    /// Mentions that resolve to an entity name or alias.
    pub resolved: usize,
    /// Names covered by the ignore list (not counted as mentions).
    pub ignored: usize,
    /// Unresolved names, with their byte offset in the text.
    pub unresolved: Vec<(String, usize)>,
    /// Every mention and ignored name, in text order.
    pub all: Vec<Mention>,
}

/// The name check over a compiled corpus.
#[derive(Debug)]
pub struct NameReport {
    pub docs: Vec<DocNames>,
    /// Ignore entries no text needs: they should go.
    pub unused: Vec<IgnoreEntry>,
}

impl NameReport {
    /// True when every name resolves and every ignore entry is needed.
    pub fn passes(&self) -> bool {
        self.unused.is_empty() && self.docs.iter().all(|d| d.unresolved.is_empty())
    }
}

/// Runs the name check on every document.
pub fn check(c: &Compiled, ignore: &IgnoreList) -> NameReport {
    let known = known(c, ignore);
    let lower = lower_case_words(c.documents.iter().map(|d| d.text.as_str()));
    let common = |w: &str| is_common(&lower, w);
    let mut used = vec![false; ignore.entries.len()];
    let docs = c
        .documents
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            let all = mentions(&doc.text, &known, &common);
            let mut dn = DocNames {
                doc: d,
                mentions: 0,
                resolved: 0,
                ignored: 0,
                unresolved: Vec::new(),
                all: Vec::new(),
            };
            for m in &all {
                match m.target {
                    Some(Target::Entity(_)) => {
                        dn.mentions += 1;
                        dn.resolved += 1;
                    }
                    Some(Target::Ignored(i)) => {
                        dn.ignored += 1;
                        used[i] = true;
                    }
                    None => {
                        dn.mentions += 1;
                        dn.unresolved
                            .push((doc.text[m.start..m.end].to_string(), m.start));
                    }
                }
            }
            dn.all = all;
            dn
        })
        .collect();
    let unused = ignore
        .entries
        .iter()
        .zip(&used)
        .filter(|(_, &u)| !u)
        .map(|(e, _)| e.clone())
        .collect();
    NameReport { docs, unused }
}

/// Reads the ignore list beside the corpus (an absent file is an empty list).
pub fn read_ignore(dir: &std::path::Path) -> Result<IgnoreList, Vec<String>> {
    match std::fs::read_to_string(dir.join(IGNORE_FILE)) {
        Ok(src) => parse_ignore(&src),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(IgnoreList::default()),
        Err(e) => Err(vec![format!("{IGNORE_FILE}: {e}")]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_runs_of_capitalised_words() {
        let cases: &[(&str, &[&str])] = &[
            (
                "North Korean leader Kim Jong Un convened in Pyongyang.",
                &["North Korean", "Kim Jong Un", "Pyongyang"],
            ),
            // Sentence-initial "The" is not part of the name.
            (
                "The treaty was signed. The United States agreed.",
                &["United States"],
            ),
            // Connectors inside a name; connectors between names join too (resolution
            // splits them again).
            (
                "the Ministry of Foreign Affairs said",
                &["Ministry of Foreign Affairs"],
            ),
            (
                "Japan’s Free and Open Indo-Pacific (FOIP) strategy",
                &["Japan", "Free and Open Indo-Pacific", "FOIP"],
            ),
            ("Japan and South Korea agree", &["Japan and South Korea"]),
            // A connector with no capitalised word after it ends the name.
            ("the Sea of Japan and the sea", &["Sea of Japan"]),
            // Hyphens and dashes join; a possessive ends a name.
            (
                "the Russia-North Korea partnership and the South Korea–US alliance",
                &["Russia-North Korea", "South Korea–US"],
            ),
            ("South Korea's spy agency said", &["South Korea"]),
            (
                "cemented into the United States’ vision",
                &["United States"],
            ),
            // Lower-case parts of a hyphenated name belong to it.
            (
                "Kim Jong-un met US President-elect Donald Trump",
                &["Kim Jong-un", "US President-elect Donald Trump"],
            ),
            // Initials and acronyms.
            (
                "U.S. President Donald Trump and N. Korea",
                &["U.S. President Donald Trump and N. Korea"],
            ),
            (
                "two Aegis system-equipped vessels (ASEV) and NATO",
                &["Aegis", "ASEV", "NATO"],
            ),
            // Leading function words go; a lone one is no name.
            ("In October 2022, Japan", &["October", "Japan"]),
            ("By Mehmet Enes Beşer", &["Mehmet Enes Beşer"]),
            (
                "Booking.com\nRelated Posts",
                &["Booking.com", "Related Posts"],
            ),
            // A line break ends a name.
            (
                "Previous Article\n\nUS Supreme Court",
                &["Previous Article", "US Supreme Court"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&names(text), want, "{text}");
        }
    }

    #[test]
    fn marks_words_capitalised_by_position() {
        let text = "Analysis Table\nAnalysts said so. Japan agreed: Tokyo acts. U.S. President Trump.\n- NATO Engagement: Japan opened a mission.";
        let initial: Vec<&str> = words(text)
            .into_iter()
            .filter(|w| w.initial)
            .map(|w| &text[w.start..w.end])
            .collect();
        assert_eq!(
            initial,
            [
                "Analysis",
                "Table",
                "Analysts",
                "Japan",
                "agreed",
                "Tokyo",
                "U.S.",
                "NATO",
                "Engagement",
                "Japan"
            ]
        );
    }

    fn known_of(names: &[&str], ignored: &[&str]) -> Vec<Known> {
        let mut k: Vec<Known> = names
            .iter()
            .enumerate()
            .map(|(i, s)| Known {
                spelling: s.to_string(),
                target: Target::Entity(i),
            })
            .chain(ignored.iter().enumerate().map(|(i, s)| Known {
                spelling: s.to_string(),
                target: Target::Ignored(i),
            }))
            .collect();
        k.sort_by_key(|k| std::cmp::Reverse(k.spelling.len()));
        k
    }

    fn resolve<'a>(
        text: &'a str,
        known: &[Known],
        lower: &[&str],
    ) -> Vec<(&'a str, Option<Target>)> {
        let lower = lower_case_words([lower.join(" ").as_str()]);
        let common = |w: &str| is_common(&lower, w);
        mentions(text, known, &common)
            .into_iter()
            .map(|m| (&text[m.start..m.end], m.target))
            .collect()
    }

    #[test]
    fn latin_names_stand_apart_from_japanese_beside_them() {
        let text = "日本政府はNATOやG7サミットについてIMFの報告に触れた。";
        assert_eq!(names(text), vec!["NATO", "G7", "IMF"]);
        let k = known_of(&["NATO", "G7サミット"], &[]);
        assert_eq!(
            resolve(text, &k, &[]),
            vec![
                ("NATO", Some(Target::Entity(0))),
                ("G7サミット", Some(Target::Entity(1))),
                ("IMF", None),
            ]
        );
    }

    #[test]
    fn resolves_by_longest_spelling_and_reports_the_rest() {
        let k = known_of(
            &[
                "Japanese",
                "Takeshi Iwaya",
                "Japan",
                "South Korea",
                "the South",
                "Aegis-equipped destroyers",
                "Putin",
                "Kim",
            ],
            &["Foreign Minister"],
        );
        use Target::*;
        assert_eq!(
            resolve(
                "Japanese Foreign Minister Takeshi Iwaya met Ranjit Kumar Dhawan.",
                &k,
                &[]
            ),
            vec![
                ("Japanese", Some(Entity(0))),
                ("Foreign Minister", Some(Ignored(0))),
                ("Takeshi Iwaya", Some(Entity(1))),
                ("Ranjit Kumar Dhawan", None),
            ]
        );
        // Connectors split names again; an alias may need the "the" before it and may
        // run on into lower-case words.
        assert_eq!(
            resolve(
                "ties with the South and Japan and South Korea; ten Aegis-equipped destroyers",
                &k,
                &[]
            ),
            vec![
                ("South", Some(Entity(4))),
                ("Japan", Some(Entity(2))),
                ("South Korea", Some(Entity(3))),
                ("Aegis-equipped destroyers", Some(Entity(5))),
            ]
        );
        assert_eq!(
            resolve("the South Korea view", &k, &[]),
            vec![("South Korea", Some(Entity(3)))],
            "the longest spelling wins"
        );
        // Hyphenated pairs resolve part by part; possessives are dropped.
        assert_eq!(
            resolve("the Putin-Kim pact and Japan’s view", &k, &[]),
            vec![
                ("Putin", Some(Entity(6))),
                ("Kim", Some(Entity(7))),
                ("Japan", Some(Entity(2))),
            ]
        );
    }

    #[test]
    fn common_words_are_names_only_where_the_texts_never_write_them_small() {
        let k = known_of(&["Japan"], &[]);
        let lower = ["analysts", "table"];
        // Sentence-initial and heading words the texts write in lower case are skipped;
        // the same word inside a sentence is still a name to resolve.
        assert_eq!(
            resolve(
                "Analysis Table\nAnalysts say Japan is wary. Japan met Analysts Inc.",
                &k,
                &lower
            ),
            vec![
                ("Analysis", None),
                ("Japan", Some(Target::Entity(0))),
                ("Japan", Some(Target::Entity(0))),
                ("Analysts Inc", None),
            ]
        );
    }

    #[test]
    fn adverbs_are_known_by_their_adjective_and_spellings_run_on() {
        let k = known_of(&[], &["Leave a Reply"]);
        let lower = ["traditional", "economic", "navigate"];
        assert_eq!(
            resolve(
                "Traditionally, yes. Economically, no.\nNavigating Things\nLeave a Reply",
                &k,
                &lower
            ),
            vec![
                ("Things", None),
                ("Leave a Reply", Some(Target::Ignored(0)))
            ]
        );
    }

    #[test]
    fn the_ignore_list_needs_a_reason_for_every_entry() {
        let src = "# Months: dates are annotated as dates.\nJune\nOctober\n\nTotal   # share counter\n\nOrphan\n";
        let err = parse_ignore(src).unwrap_err();
        assert_eq!(err.len(), 1);
        assert!(err[0].contains(":7: `Orphan`"), "{err:?}");
        let ok = parse_ignore("# Months\nJune\nJune # twice\n").unwrap_err();
        assert!(ok[0].contains("listed twice"));
        let list =
            parse_ignore("# Months\nJune\n# Page furniture\nTotal\nShares  # counter\n").unwrap();
        let got: Vec<(&str, &str)> = list
            .entries
            .iter()
            .map(|e| (e.text.as_str(), e.reason.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("June", "Months"),
                ("Total", "Page furniture"),
                ("Shares", "counter")
            ]
        );
    }
}

//! Text matching for search: case- and accent-insensitive, with the byte ranges of each
//! match in the original text so views can highlight them.

/// `&s[range]`, or `""` when the range is not on character boundaries. Indexing a
/// `str` directly would link the panic message that escapes characters with `Debug`,
/// which costs the download about a kilobyte.
pub fn slice(s: &str, range: std::ops::Range<usize>) -> &str {
    s.get(range).unwrap_or("")
}

/// Every byte position where `needle` occurs in `hay`, left to right (overlapping).
/// A plain loop over bytes: `str::contains` and `match_indices` would link the standard
/// two-way searcher and its panic paths, which cost the download more than they save
/// on texts of this size.
pub fn find_all<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    // Scan for the needle's rarest byte (by English letter frequency; anything but a
    // lower-case letter counts as rare), a tight loop the compiler vectorises, and
    // compare the whole needle around each hit.
    const COMMON: &[u8] = b"etaoinshrdlcumwfgypbvkjxqz";
    let rank = |b: &u8| COMMON.iter().position(|c| c == b).unwrap_or(COMMON.len());
    let anchor = (0..n.len()).max_by_key(|&i| rank(&n[i])).unwrap_or(0);
    let mut at = anchor;
    std::iter::from_fn(move || {
        let &key = n.get(anchor)?;
        while at + n.len() - anchor <= h.len() {
            let found = at
                + h[at..=h.len() - (n.len() - anchor)]
                    .iter()
                    .position(|&b| b == key)?;
            at = found + 1;
            let start = found - anchor;
            if &h[start..start + n.len()] == n {
                return Some(start);
            }
        }
        None
    })
}

/// True when `needle` occurs in `hay`.
pub fn contains(hay: &str, needle: &str) -> bool {
    needle.is_empty() || find_all(hay, needle).next().is_some()
}

/// Folds one character for matching: lower case, accents dropped, curly quotes and
/// dashes made plain. Some characters fold to two (ß → ss).
fn fold_char(c: char, out: &mut impl FnMut(char)) {
    const FROM: &str = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";
    const TO: &str = "aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnoooooooooooooooooorrrrrrssssssssttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz";
    match c {
        'A'..='Z' => out(c.to_ascii_lowercase()),
        'a'..='z' | '0'..='9' | ' ' => out(c),
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '`' => out('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' => out('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out('-'),
        'ß' => {
            out('s');
            out('s')
        }
        c if c.is_whitespace() => out(' '),
        // The rest of ASCII (punctuation) as it is, without looking through the accented
        // letters below: it is most of what is not a letter in an English text.
        c if c.is_ascii() => out(c),
        // Other characters match as they are: the full Unicode case tables would add
        // kilobytes to the download for scripts the corpus does not use.
        c => match FROM.chars().position(|f| f == c) {
            Some(i) => out(TO.as_bytes()[i] as char),
            None => out(c),
        },
    }
}

/// The folded form of a string: what search compares.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut |f| out.push(f));
    }
    out
}

/// A search query: its folded words. An item matches when every word occurs in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    /// Splits and folds the text a user typed.
    pub fn new(q: &str) -> Self {
        let mut words: Vec<String> = fold(q)
            .split(|c: char| c.is_whitespace() || c == ',')
            .map(|w| w.trim_matches(|c: char| c == '"' || c == '\''))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        words.dedup();
        Query { words }
    }

    /// True when the query has no words (matches everything).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when every word occurs in at least one of the texts.
    pub fn matches(&self, texts: &[&str]) -> bool {
        if self.is_empty() {
            return true;
        }
        self.matches_folded(&fold(&texts.join("\n")))
    }

    /// True when every word occurs in `folded`, a text already passed through [`fold`].
    pub fn matches_folded(&self, folded: &str) -> bool {
        self.words.iter().all(|w| contains(folded, w))
    }

    /// Byte ranges in `text` where any query word of two or more characters occurs,
    /// sorted and merged. Single letters still filter but are not marked: marking every
    /// "a" helps no one and costs thousands of elements.
    pub fn highlights(&self, text: &str) -> Vec<(usize, usize)> {
        if self.is_empty() {
            return Vec::new();
        }
        // Folded characters with the byte span of the original character each came from.
        let mut folded: Vec<char> = Vec::new();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            fold_char(c, &mut |f| {
                folded.push(f);
                spans.push((i, end));
            });
        }
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for w in &self.words {
            let w: Vec<char> = w.chars().collect();
            if w.len() < 2 || w.len() > folded.len() {
                continue;
            }
            for start in 0..=folded.len() - w.len() {
                if folded[start..start + w.len()] == w[..] {
                    ranges.push((spans[start].0, spans[start + w.len() - 1].1));
                }
            }
        }
        crate::small_sort::sort_by(&mut ranges, |a, b| a.cmp(b));
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.0 <= last.1 => last.1 = last.1.max(r.1),
                _ => merged.push(r),
            }
        }
        merged
    }
}

/// Cuts `text` into pieces, marking those inside `ranges` (sorted, disjoint byte ranges)
/// as matches: what a view needs to draw highlights.
pub fn segments<'a>(text: &'a str, ranges: &[(usize, usize)]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(a, b) in ranges {
        if a > at {
            out.push((slice(text, at..a), false));
        }
        out.push((slice(text, a..b), true));
        at = b;
    }
    if at < text.len() || out.is_empty() {
        out.push((slice(text, at..text.len()), false));
    }
    out
}

/// True when `needle` occurs in `hay` with no letter or digit either side. Any
/// non-ASCII character counts as a letter (no Unicode tables needed).
pub fn contains_word(hay: &str, needle: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || !c.is_ascii();
    find_all(hay, needle).any(|i| {
        let before = slice(hay, 0..i).chars().next_back();
        let after = slice(hay, i + needle.len()..hay.len()).chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// How many columns a text takes when drawn: a wide character (CJK ideographs, kana,
/// hangul, full-width forms) takes two, any other one. The views multiply it by the
/// width of a narrow character to fit labels.
pub fn columns(s: &str) -> usize {
    s.chars().map(|c| if wide(c) { 2 } else { 1 }).sum()
}

/// Whether a character is drawn wide (East Asian Wide or Fullwidth, in broad ranges).
fn wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
}

/// `s` on two lines of at most `max` characters each, broken between words: the first
/// line as many whole words as fit (at least the first, shortened if it alone is too
/// long), the second the rest, shortened as [`shorten`] does if it is too long (empty
/// when all of `s` fits on the first).
pub fn two_lines(s: &str, max: usize) -> (String, String) {
    let mut first_end = 0;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n > max {
            break;
        }
        if c == ' ' {
            first_end = i;
        }
    }
    if s.chars().count() <= max {
        return (s.to_string(), String::new());
    }
    if first_end == 0 {
        return (shorten(s, max), String::new());
    }
    let rest = slice(s, first_end..s.len()).trim_start();
    (slice(s, 0..first_end).to_string(), shorten(rest, max))
}

/// `s` cut to at most `max` characters at a word boundary, with "…" when cut (the
/// whole words a screen reader hears in the full name, not half a word). A first word
/// longer than `max` is cut inside it rather than dropped.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let keep = max.saturating_sub(1);
    let head: String = s.chars().take(keep).collect();
    let b = head.as_bytes();
    let mut end = b.len();
    if s.chars().nth(keep).is_some_and(|c| c != ' ') {
        // Back to the last space (a word cut in two is left out).
        end = b.iter().rposition(|&c| c == b' ').unwrap_or(0);
    }
    // Then past the spaces and the punctuation before the cut.
    while end > 0 && matches!(b[end - 1], b' ' | b',' | b';' | b':') {
        end -= 1;
    }
    let mut out = if end == 0 {
        head.clone()
    } else {
        slice(&head, 0..end).to_string()
    };
    if keep == 0 {
        out.clear();
    }
    out.push('…');
    out
}

/// Text escaped for HTML, in text or in a quoted attribute value (`&`, `<`, `>`, `"`): for
/// the few places that write HTML as text for someone else to read (the embed snippet,
/// TimelineJS's fields), never for the explorer's own page.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A file name's stem for a title: its letters and digits, lower-cased, words joined by
/// `-` (other scripts' letters kept, as file systems take them), at most 60 characters;
/// `explorer` if nothing is left.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word: String = word.chars().flat_map(char::to_lowercase).collect();
        if out.chars().count() + word.chars().count() > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word);
    }
    if out.is_empty() {
        out.push_str("explorer");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_name_a_file_after_a_title() {
        let table = [
            ("Rivers & Towns", "rivers-towns"),
            ("  The 2024 Treaty: a reader ", "the-2024-treaty-a-reader"),
            ("日本の インド太平洋", "日本の-インド太平洋"),
            ("Ça: été", "ça-été"),
            ("../../etc/passwd", "etc-passwd"),
            ("", "explorer"),
            ("!!!", "explorer"),
            (
                &"word ".repeat(30),
                "word-word-word-word-word-word-word-word-word-word-word-word",
            ),
        ];
        for (title, want) in table {
            assert_eq!(slug(title), want, "{title}");
        }
    }

    #[test]
    fn two_lines_break_between_words() {
        // (text, max per line) → the two lines.
        let cases = [
            ("Short title", 20, "Short title", ""),
            (
                "Russia and North Korea sign the treaty",
                22,
                "Russia and North Korea",
                "sign the treaty",
            ),
            (
                "Russia and North Korea sign the treaty",
                21,
                "Russia and North",
                "Korea sign the treaty",
            ),
            (
                "Russia and North Korea sign the treaty",
                12,
                "Russia and",
                "North Korea…",
            ),
            ("Antidisestablishment forever", 8, "Antidis…", ""),
            ("Beşer über Öl und Gas", 11, "Beşer über", "Öl und Gas"),
        ];
        for (s, max, a, b) in cases {
            let (x, y) = two_lines(s, max);
            assert_eq!((x.as_str(), y.as_str()), (a, b), "{s} to {max}");
            assert!(x.chars().count() <= max && y.chars().count() <= max, "{s}");
        }
    }

    #[test]
    fn shortens_at_a_word_boundary() {
        let cases = [
            ("Short title", 20, "Short title"),
            ("Exactly ten", 11, "Exactly ten"),
            (
                "Russia and North Korea sign the treaty",
                20,
                "Russia and North…",
            ),
            ("Russia and North Korea", 17, "Russia and North…"),
            ("Kim, Putin and Trump", 5, "Kim…"),
            ("Antidisestablishment", 8, "Antidis…"),
            ("Beşer über Öl", 8, "Beşer…"),
            ("anything", 0, "…"),
        ];
        for (s, max, want) in cases {
            assert_eq!(shorten(s, max), want, "{s} to {max}");
            assert!(want.chars().count() <= max.max(1), "{want}");
        }
    }

    #[test]
    fn finds_every_occurrence_of_a_needle() {
        let cases: [(&str, &str, &[usize]); 6] = [
            ("abcabc", "abc", &[0, 3]),
            ("aaaa", "aa", &[0, 1, 2]),
            ("Beşer und Beşer", "Beşer", &[0, 11]),
            ("short", "longer needle", &[]),
            ("", "a", &[]),
            ("abc", "", &[]),
        ];
        for (hay, needle, want) in cases {
            assert_eq!(
                find_all(hay, needle).collect::<Vec<_>>(),
                want,
                "{hay} / {needle}"
            );
        }
        assert!(contains("north korea", "korea") && !contains("north", "korea"));
        assert!(contains("anything", ""));
    }

    #[test]
    fn folds_case_accents_quotes_and_dashes() {
        assert_eq!(
            fold("Beşer’s “No-Limits” — Ünïon"),
            "beser's \"no-limits\" - union"
        );
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn fold_table_pairs_each_accented_letter_with_its_base() {
        assert_eq!(fold("ŁódźÇaØÿ"), "lodzcaoy");
        assert_eq!(fold("ÀÉÎÕÜ"), "aeiou");
    }

    #[test]
    fn every_word_must_match_somewhere() {
        let q = Query::new("beser  KURSK");
        assert!(q.matches(&["By Mehmet Enes Beşer", "troops in Kursk"]));
        assert!(!q.matches(&["By Mehmet Enes Beşer"]));
        assert!(Query::new("   ").matches(&["anything"]));
    }

    #[test]
    fn highlights_map_back_to_original_bytes() {
        let text = "Japan’s view of Beşer and BESER";
        let q = Query::new("japan's beser");
        let hs: Vec<&str> = q
            .highlights(text)
            .iter()
            .map(|&(a, b)| &text[a..b])
            .collect();
        assert_eq!(hs, vec!["Japan’s", "Beşer", "BESER"]);
    }

    #[test]
    fn words_need_boundaries() {
        assert!(contains_word("the US said", "US"));
        assert!(!contains_word("the USSR said", "US"));
        assert!(!contains_word("Kimchi", "Kim"));
    }

    #[test]
    fn segments_alternate_plain_and_marked() {
        assert_eq!(
            segments("a Kim b", &[(2, 5)]),
            vec![("a ", false), ("Kim", true), (" b", false)]
        );
        assert_eq!(segments("Kim", &[(0, 3)]), vec![("Kim", true)]);
        assert_eq!(segments("", &[]), vec![("", false)]);
    }

    #[test]
    fn single_letters_filter_but_are_not_marked() {
        let q = Query::new("a japan");
        assert!(q.matches(&["a view of Japan"]));
        assert_eq!(q.highlights("a view of Japan"), vec![(10, 15)]);
    }

    #[test]
    fn overlapping_highlights_merge() {
        let q = Query::new("kor korea");
        assert_eq!(q.highlights("North Korea"), vec![(6, 11)]);
    }

    // Hostile input for the search normaliser: any text a user can type or a link can
    // carry. `make fuzz` runs each property 10,000 times, `make test` the default 256.
    proptest::proptest! {
        #[test]
        fn folding_is_stable_and_never_panics(s in proptest::prelude::any::<String>()) {
            let once = fold(&s);
            proptest::prop_assert_eq!(fold(&once), once.clone());
            // Each character folds to one or, like ß, two.
            proptest::prop_assert!(once.chars().count() >= s.chars().count());
        }

        #[test]
        fn highlights_are_sorted_disjoint_char_boundaries_inside_the_text(
            text in proptest::prelude::any::<String>(),
            q in proptest::prelude::any::<String>(),
        ) {
            let query = Query::new(&q);
            let ranges = query.highlights(&text);
            let mut at = 0;
            for &(a, b) in &ranges {
                proptest::prop_assert!(at <= a && a < b && b <= text.len(), "{ranges:?} in {}", text.len());
                proptest::prop_assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
                at = b;
            }
            // The pieces drawn are the text, in order, whole.
            let pieces: String = segments(&text, &ranges).into_iter().map(|(p, _)| p).collect();
            proptest::prop_assert_eq!(pieces, text);
        }

        #[test]
        fn matching_never_panics_and_an_empty_query_matches_all(
            text in proptest::prelude::any::<String>(),
            q in "[ ,\"']*",
        ) {
            proptest::prop_assert!(Query::new(&q).matches(&[&text]));
            let _ = Query::new(&text).matches(&[&q, &text]);
            let _ = contains_word(&text, &q);
            let _ = shorten(&text, q.len());
        }
    }

    #[test]
    fn columns_count_wide_characters_twice() {
        for (text, n) in [
            ("", 0),
            ("Jun 2024", 8),
            ("2024年6月", 9),
            ("北朝鮮", 6),
            ("ロシア", 6),
            ("ｶﾀｶﾅ", 4),
            ("ＡＢ", 4),
            ("〜", 2),
            ("é–", 2),
        ] {
            assert_eq!(columns(text), n, "{text}");
        }
    }
}

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
/// dashes made plain, full-width ASCII as ASCII, half-width katakana as full-width and
/// katakana as hiragana. Some characters fold to two (ß → ss).
fn fold_char(c: char, out: &mut impl FnMut(char)) {
    const FROM: &str = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";
    const TO: &str = "aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnoooooooooooooooooorrrrrrssssssssttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz";
    // U+FF61–U+FF9F, the half-width katakana and punctuation, as full-width (a lone
    // voiced mark as the spacing one; after a kana it combines, see [`voiced`]).
    const HALF: &str = "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜";
    let shifted = |by: u32| char::from_u32(u32::from(c) - by).unwrap_or(c);
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
        // The ideographic space (U+3000) too.
        c if c.is_whitespace() => out(' '),
        // The rest of ASCII (punctuation) as it is, without looking through the accented
        // letters below: it is most of what is not a letter in an English text.
        c if c.is_ascii() => out(c),
        // Full-width ASCII (Ａ, ２, ！) as the ASCII it stands for, then folded as that.
        '\u{FF01}'..='\u{FF5E}' => fold_char(shifted(0xFEE0), out),
        '\u{FF61}'..='\u{FF9F}' => {
            let i = (u32::from(c) - 0xFF61) as usize;
            fold_char(HALF.chars().nth(i).unwrap_or(c), out)
        }
        // Katakana (ァ–ヶ) as hiragana (ぁ–ゖ): ロシア and ろしあ are one word.
        '\u{30A1}'..='\u{30F6}' => out(shifted(0x60)),
        // Other characters match as they are: the full Unicode case tables would add
        // kilobytes to the download for scripts the corpus does not use.
        c if c < '\u{180}' => match FROM.chars().position(|f| f == c) {
            Some(i) => out(TO.as_bytes()[i] as char),
            None => out(c),
        },
        c => out(c),
    }
}

/// The kana a voiced sound mark makes of the folded kana before it: ﾞ (half-width) or
/// the combining ゙ voice か–と, は–ほ and う (ｶﾞ → が, ｳﾞ → ゔ), ﾟ or ゚ make ぱ–ぽ of
/// は–ほ. `None` when `mark` is no such mark or `prev` takes none.
fn voiced(prev: Option<char>, mark: char) -> Option<char> {
    let p = u32::from(prev?);
    let hv = matches!(p, 0x306F | 0x3072 | 0x3075 | 0x3078 | 0x307B);
    let to = match mark {
        '\u{FF9E}' | '\u{3099}' => match p {
            0x3046 => 0x3094,
            0x304B..=0x3061 if p % 2 == 1 => p + 1,
            0x3064 | 0x3066 | 0x3068 => p + 1,
            _ if hv => p + 1,
            _ => return None,
        },
        '\u{FF9F}' | '\u{309A}' if hv => p + 2,
        _ => return None,
    };
    char::from_u32(to)
}

/// Whether a character is one a voiced sound mark may combine into the kana before.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{FF9E}' | '\u{FF9F}' | '\u{3099}' | '\u{309A}')
}

/// The folded form of a string: what search compares.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_mark(c) {
            if let Some(v) = voiced(out.chars().next_back(), c) {
                out.pop();
                out.push(v);
                continue;
            }
        }
        fold_char(c, &mut |f| out.push(f));
    }
    out
}

/// A search query: its folded words. An item matches when every word occurs in it,
/// anywhere: inside a longer word too, so a word of unspaced Japanese text is found
/// without cutting the text into words (no segmenter, no dictionary).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    /// Splits and folds the text a user typed: words are separated by white space
    /// (the ideographic space too) and commas (、 too).
    pub fn new(q: &str) -> Self {
        let mut words: Vec<String> = fold(q)
            .split(|c: char| c.is_whitespace() || c == ',' || c == '、')
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
            if is_mark(c) {
                if let Some(v) = voiced(folded.last().copied(), c) {
                    // The mark joins the kana before it: one folded character, both spans.
                    if let (Some(f), Some(s)) = (folded.last_mut(), spans.last_mut()) {
                        *f = v;
                        s.1 = end;
                    }
                    continue;
                }
            }
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
/// non-ASCII character but punctuation counts as a letter (no Unicode tables needed),
/// except that
/// unspaced scripts ([`unspaced`]) need no boundary: a name in kanji or kana is found
/// inside a run of them (日本 in 日本政府は), and a name next to one too (NATOの).
pub fn contains_word(hay: &str, needle: &str) -> bool {
    // Punctuation beyond ASCII (U+00A0–U+00BF, U+2000–U+207F: curly quotes, dashes,
    // the ellipsis) parts words too: “Japan”, North Korea’s.
    let word = |c: char| {
        c.is_ascii_alphanumeric()
            || !(c.is_ascii() || matches!(u32::from(c), 0xA0..=0xBF | 0x2000..=0x207F))
    };
    let (Some(first), Some(last)) = (needle.chars().next(), needle.chars().next_back()) else {
        return false;
    };
    // Whether `inner`, an end of the needle, may stand next to `outer` in the text.
    let apart = |outer: Option<char>, inner: char| {
        outer.is_none_or(|o| !word(o) || unspaced(o) || unspaced(inner))
    };
    find_all(hay, needle).any(|i| {
        let before = slice(hay, 0..i).chars().next_back();
        let after = slice(hay, i + needle.len()..hay.len()).chars().next();
        apart(before, first) && apart(after, last)
    })
}

/// Whether a character belongs to a script written without spaces between words: CJK
/// punctuation, kana and ideographs (U+3000–U+9FFF, U+20000–U+3FFFF). Ranges whose UTF-8
/// form starts with a byte of its own (0xE3–0xE9; 0xF0 then 0xA0–0xBF), so a scan over
/// bytes can tell them too (`search::mentions_by_document`).
pub fn unspaced(c: char) -> bool {
    matches!(u32::from(c), 0x3000..=0x9FFF | 0x20000..=0x3FFFF)
}

/// A count with its thousands grouped, as English and Japanese both write it: "1,500",
/// "1,500件".
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
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

    /// Each rule of folding for Japanese text: (typed, folded).
    #[test]
    fn folds_width_and_kana_for_japanese() {
        let table = [
            // Full-width ASCII as ASCII, letters in lower case.
            ("２０２４年", "2024年"),
            ("ＡＰＥＣ", "apec"),
            ("ｇ７！", "g7!"),
            ("（Ａ－Ｂ）", "(a-b)"),
            // The ideographic space as a space.
            ("日本\u{3000}ロシア", "日本 ろしあ"),
            // Katakana as hiragana; the long vowel mark and the middle dot stay.
            ("ロシア", "ろしあ"),
            ("ヴァ", "ゔぁ"),
            ("ケース・バイ・ケース", "けーす・ばい・けーす"),
            // Half-width katakana as full-width (so as hiragana), the marks combined.
            ("ﾛｼｱ", "ろしあ"),
            ("ｶﾞｽ", "がす"),
            ("ﾊﾟｲﾌﾟﾗｲﾝ", "ぱいぷらいん"),
            ("ｳﾞｫ", "ゔぉ"),
            ("ｷｬﾝﾌﾟ", "きゃんぷ"),
            ("｢ﾃｽﾄ｣､｡", "「てすと」、。"),
            // A combining mark joins a kana as the half-width one does.
            ("か\u{3099}は\u{309A}", "がぱ"),
            // A mark after what takes none stays, as the spacing mark.
            ("ｱﾞ", "あ゛"),
            ("ﾞ", "゛"),
            ("ﾊﾞﾟ", "ば゜"),
            // Kanji, hiragana and the rest of Japanese punctuation as they are.
            ("条約を結んだ。", "条約を結んだ。"),
        ];
        for (typed, want) in table {
            assert_eq!(fold(typed), want, "{typed}");
            assert_eq!(fold(want), want, "{want} folds to itself");
        }
        // What the rules are for: each spelling finds the others.
        for (text, q) in [
            ("ロシアとの協定", "ろしあ"),
            ("ﾛｼｱとの協定", "ロシア"),
            ("ガス田", "ｶﾞｽ"),
            ("２０２４年", "2024"),
            ("2024年", "２０２４"),
        ] {
            assert!(Query::new(q).matches(&[text]), "{q} in {text}");
        }
    }

    #[test]
    fn a_word_is_found_inside_unspaced_text() {
        let text = "両国の首脳は東京で会談し、経済協力の協定に署名した。";
        assert!(Query::new("経済協力").matches(&[text]));
        assert!(Query::new("協定 東京").matches(&[text]));
        assert!(
            Query::new("東京、会談").matches(&[text]),
            "the Japanese comma splits"
        );
        assert!(!Query::new("大阪").matches(&[text]));
        assert!(
            !Query::new("協定 大阪").matches(&[text]),
            "every word must be there"
        );
    }

    #[test]
    fn highlights_map_back_to_original_bytes_in_japanese() {
        // (text, query, the pieces marked)
        let table: [(&str, &str, &[&str]); 6] = [
            ("両国は東京で協定に署名した", "協定", &["協定"]),
            ("ロシアとﾛｼｱ", "ろしあ", &["ロシア", "ﾛｼｱ"]),
            ("天然ｶﾞｽの輸出", "ガス", &["ｶﾞｽ"]),
            ("ﾊﾟｲﾌﾟで", "ぱいぷ", &["ﾊﾟｲﾌﾟ"]),
            ("２０２４年の協定", "2024年", &["２０２４年"]),
            // The ideographic space separates the query's words.
            (
                "日本\u{3000}ロシア",
                "日本\u{3000}ろしあ",
                &["日本", "ロシア"],
            ),
        ];
        for (text, q, want) in table {
            let hs: Vec<&str> = Query::new(q)
                .highlights(text)
                .iter()
                .map(|&(a, b)| &text[a..b])
                .collect();
            assert_eq!(hs, want, "{q} in {text}");
        }
        // A query of one kana is a single letter: it filters, unmarked.
        assert!(Query::new("が").matches(&["ｶﾞｽ"]));
        assert!(Query::new("が").highlights("ｶﾞｽ").is_empty());
    }

    #[test]
    fn unspaced_names_need_no_word_boundary() {
        // (text, name, found)
        let table = [
            ("日本政府は声明を出した", "日本", true),
            ("ロシアと北朝鮮", "北朝鮮", true),
            ("首脳はNATOの会合に", "NATO", true),
            ("NATOs", "NATO", false),
            ("G7サミットで", "G7", true),
            ("AG7サミット", "G7", false),
            ("訪日団", "日本", false),
            ("the US said", "US", true),
            ("the USSR said", "US", false),
        ];
        for (text, name, found) in table {
            assert_eq!(contains_word(text, name), found, "{name} in {text}");
        }
        assert!(unspaced('日') && unspaced('ア') && unspaced('。') && unspaced('\u{20B9F}'));
        assert!(!unspaced('A') && !unspaced('é') && !unspaced('Ａ') && !unspaced('ｱ'));
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
        // Punctuation beyond ASCII parts words; accented letters do not.
        for (text, name, found) in [
            ("North Korea’s troops", "North Korea", true),
            ("“Japan” said", "Japan", true),
            ("Japan—and Korea", "Japan", true),
            ("Japan… and", "Japan", true),
            ("«Russie»", "Russie", true),
            ("Japané", "Japan", false),
            ("Bešer", "Beš", false),
        ] {
            assert_eq!(contains_word(text, name), found, "{name} in {text}");
        }
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
            // Each character folds to one or, like ß, two; only a voiced sound mark may
            // fold to none, joined to the kana before it (ｶﾞ → が).
            let marks = s.chars().filter(|&c| is_mark(c)).count();
            proptest::prop_assert!(once.chars().count() + marks >= s.chars().count());
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

    #[test]
    fn counts_group_their_thousands() {
        for (n, want) in [
            (0, "0"),
            (7, "7"),
            (215, "215"),
            (1000, "1,000"),
            (1500, "1,500"),
            (21500, "21,500"),
            (999_999, "999,999"),
            (1_234_567, "1,234,567"),
        ] {
            assert_eq!(grouped(n), want);
        }
    }
}

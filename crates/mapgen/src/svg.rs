//! The static file the browser fetches: an SVG document of `<path>` elements (the outline
//! file), or a fragment of them; and the base map read back from it.

#[cfg(feature = "atlas")]
use std::path::Path;

use crate::basemap::{BaseMap, Country};
use crate::path::parse_path;

/// What [`svg_fragment`] writes on each `<path>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SvgOptions {
    /// The `class` of every path (the page styles it; no inline styles, for the CSP).
    pub class: String,
    /// Write `data-id="…"` (the ISO 3166-1 numeric code) where the country has one.
    pub ids: bool,
    /// Write `data-name="…"` (the Natural Earth name).
    pub names: bool,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions {
            class: "land".into(),
            ids: true,
            names: false,
        }
    }
}

/// The SVG fragment: one `<path class="land" data-id="392" d="…"/>` a line, in the base
/// map's order, to be placed inside an `<svg viewBox="0 0 {width} {height}">`.
pub fn svg_fragment(map: &BaseMap, opts: &SvgOptions) -> String {
    let mut out = String::new();
    for c in &map.countries {
        out.push_str("<path");
        if !opts.class.is_empty() {
            out.push_str(" class=\"");
            out.push_str(&escape(&opts.class));
            out.push('"');
        }
        if opts.ids && !c.id.is_empty() {
            out.push_str(" data-id=\"");
            out.push_str(&escape(&c.id));
            out.push('"');
        }
        if opts.names && !c.name.is_empty() {
            out.push_str(" data-name=\"");
            out.push_str(&escape(&c.name));
            out.push('"');
        }
        out.push_str(" d=\"");
        out.push_str(&c.d);
        out.push_str("\"/>\n");
    }
    out
}

/// Writes [`svg_fragment`] to `path`, creating its folder if needed.
#[cfg(feature = "atlas")]
pub fn write_svg_fragment(map: &BaseMap, path: &Path, opts: &SvgOptions) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, svg_fragment(map, opts))
}

/// The style of the outline file: it is shown as an image, which the page's stylesheet
/// does not reach, so it carries its own colours for light and dark (the page's
/// `--badge` and `--line`). Its strokes are thin because the map zooms the image.
pub const OUTLINE_STYLE: &str = "path{fill:#eef1f5;stroke:#c3c8d0;stroke-width:.5;\
stroke-linejoin:round}@media(prefers-color-scheme:dark){path{fill:#2a2f38;stroke:#4a505b}}";

/// The outline file of the build (`data/countries.svg`): a standalone SVG document, with
/// no XML declaration or doctype, holding its [`OUTLINE_STYLE`] and one `<path d="…"/>`
/// per country, in the base map's viewBox.
///
/// The page shows it as an SVG `<image>` in the geographic layout's units (the same
/// frame as the spots), so the outlines align with the actors and zoom with them; the
/// browser loads it from the same origin when the map first opens. It is about 13 KB
/// with `brotli -q 11`, under the 20,000 B budget that `scripts/size.sh check` and the
/// tests hold it to.
pub fn outline_file(map: &BaseMap) -> String {
    let opts = SvgOptions {
        class: String::new(),
        ids: false,
        names: false,
    };
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\">\n<style>{}</style>\n{}</svg>\n",
        map.width,
        map.height,
        OUTLINE_STYLE,
        svg_fragment(map, &opts)
    )
}

/// Writes [`outline_file`] to `path`, creating its folder if needed.
#[cfg(feature = "atlas")]
pub fn write_outline_file(map: &BaseMap, path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, outline_file(map))
}

impl BaseMap {
    /// Reads a base map back from the text of an outline file ([`outline_file`], served as
    /// `data/countries.svg`), for placing the actors where the atlas is not at hand (the
    /// browser, for a corpus opened at run time).
    ///
    /// The width and height are the `<svg>`'s `viewBox` (`0 0 {width} {height}`, whole
    /// numbers); each `<path d="…"/>` inside it is a country, in the file's order, with its
    /// `d` exactly as written. That is all [`crate::actors::map_layouts`] reads of a base
    /// map, so its tables are the same as over the map the file was written from. The
    /// outline file carries no `data-id` or `data-name`, so the countries' `id` and `name`
    /// come back empty; a file that has them ([`svg_document`] with [`SvgOptions::ids`]
    /// or [`SvgOptions::names`]) gives them back.
    ///
    /// Everything else (the `<style>`, text, comments, other elements and attributes) is
    /// skipped. An error, never a panic, says what is wrong when the text is not such a
    /// file: no `<svg>` or no `viewBox`, a `d` that is not the path data
    /// [`crate::encode_path`] writes, no country, a text cut short (no `</svg>`).
    ///
    /// ```
    /// use mapgen::{outline_file, BaseMap, Country};
    ///
    /// let square = |d: &str| Country { id: String::new(), name: String::new(), d: d.into() };
    /// let map = BaseMap { width: 1000, height: 842, countries: vec![square("M10 10l5 0 0 5-5 0z")] };
    /// assert_eq!(BaseMap::from_outline_file(&outline_file(&map)), Ok(map));
    /// assert!(BaseMap::from_outline_file("<svg><path d=\"M1 2C3 4\"/></svg>").is_err());
    /// ```
    pub fn from_outline_file(text: &str) -> Result<BaseMap, String> {
        let mut size: Option<(i32, i32)> = None;
        let mut closed = false;
        let mut countries = Vec::new();
        let mut at = 0;
        while let Some(found) = text[at..].find('<') {
            let start = at + found;
            let tail = &text[start..];
            // Markup that is no element: skipped whole.
            let skip = [
                ("<!--", "-->"),
                ("<![CDATA[", "]]>"),
                ("<?", "?>"),
                ("<!", ">"),
            ]
            .into_iter()
            .find(|(open, _)| tail.starts_with(open));
            if let Some((open, close)) = skip {
                let end = tail[open.len()..]
                    .find(close)
                    .ok_or_else(|| format!("the outline file ends inside a `{open}`"))?;
                at = start + open.len() + end + close.len();
                continue;
            }
            let tag = Tag::read(text, start)?;
            at = tag.end;
            match (tag.closing, tag.name) {
                (true, "svg") if size.is_some() => closed = true,
                (false, "svg") => {
                    if size.is_some() {
                        return Err("the outline file has a second <svg> element".into());
                    }
                    let view_box = tag
                        .attr("viewBox")
                        .ok_or("the outline file's <svg> has no viewBox")?;
                    size = Some(parse_view_box(&view_box)?);
                }
                (false, "path") => {
                    if size.is_none() || closed {
                        return Err("a <path> outside the outline file's <svg>".into());
                    }
                    let k = countries.len() + 1;
                    let d = tag
                        .attr("d")
                        .ok_or_else(|| format!("path {k} of the outline file has no d"))?;
                    match parse_path(&d) {
                        Ok(rings) if !rings.is_empty() => {}
                        Ok(_) => return Err(format!("path {k} of the outline file is empty")),
                        Err(e) => return Err(format!("path {k} of the outline file: {e}")),
                    }
                    countries.push(Country {
                        id: tag.attr("data-id").unwrap_or_default(),
                        name: tag.attr("data-name").unwrap_or_default(),
                        d,
                    });
                }
                _ => {}
            }
        }
        let Some((width, height)) = size else {
            return Err("the outline file has no <svg> element".into());
        };
        if !closed {
            return Err("the outline file ends before its </svg>: is it cut short?".into());
        }
        if countries.is_empty() {
            return Err("the outline file has no country (<path d=\"…\"/>)".into());
        }
        Ok(BaseMap {
            width,
            height,
            countries,
        })
    }
}

/// The width and height of a `viewBox="0 0 {width} {height}"`.
fn parse_view_box(v: &str) -> Result<(i32, i32), String> {
    let bad = || format!("the outline file's viewBox {v:?} is not \"0 0 width height\"");
    let nums: Vec<&str> = v
        .split(|c: char| c.is_ascii_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
        .collect();
    let [x, y, w, h] = nums[..] else {
        return Err(bad());
    };
    let int = |s: &str| s.parse::<i32>().map_err(|_| bad());
    let (x, y, w, h) = (int(x)?, int(y)?, int(w)?, int(h)?);
    if (x, y) != (0, 0) || w <= 0 || h <= 0 {
        return Err(bad());
    }
    Ok((w, h))
}

/// A start or end tag of the outline file, its attributes' values unescaped.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    attrs: Vec<(&'a str, String)>,
    /// Where the text after the tag's `>` begins.
    end: usize,
}

impl<'a> Tag<'a> {
    /// Reads the tag whose `<` is at `start`.
    fn read(text: &'a str, start: usize) -> Result<Tag<'a>, String> {
        let bytes = text.as_bytes();
        let name_end = |from: usize| {
            (from..bytes.len())
                .find(|&i| !(bytes[i].is_ascii_alphanumeric() || b":-_.".contains(&bytes[i])))
                .unwrap_or(bytes.len())
        };
        let space = |from: usize| {
            (from..bytes.len())
                .find(|&i| !bytes[i].is_ascii_whitespace())
                .unwrap_or(bytes.len())
        };
        let cut = || format!("the outline file ends inside a tag (at byte {start})");
        let closing = bytes.get(start + 1) == Some(&b'/');
        let from = start + 1 + usize::from(closing);
        let to = name_end(from);
        if to == from {
            return Err(format!("a `<` that opens no tag at byte {start}"));
        }
        let mut tag = Tag {
            name: &text[from..to],
            closing,
            attrs: Vec::new(),
            end: 0,
        };
        let mut i = to;
        loop {
            i = space(i);
            match bytes.get(i) {
                None => return Err(cut()),
                Some(b'>') => break,
                Some(b'/') if !closing && bytes.get(i + 1) == Some(&b'>') => {
                    i += 1;
                    break;
                }
                Some(_) if closing => {
                    return Err(format!("unexpected text in </{}> at byte {i}", tag.name))
                }
                Some(_) => {}
            }
            let key_end = name_end(i);
            if key_end == i {
                return Err(format!(
                    "unexpected {:?} in <{}> at byte {i}",
                    text[i..].chars().next().unwrap_or(' '),
                    tag.name
                ));
            }
            let key = &text[i..key_end];
            i = space(key_end);
            if bytes.get(i) != Some(&b'=') {
                return Err(format!("attribute {key} of <{}> has no value", tag.name));
            }
            i = space(i + 1);
            let quote = match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => q,
                None => return Err(cut()),
                Some(_) => return Err(format!("attribute {key} of <{}> is not quoted", tag.name)),
            };
            let value_end = (i + 1..bytes.len())
                .find(|&j| bytes[j] == quote)
                .ok_or_else(cut)?;
            tag.attrs.push((key, unescape(&text[i + 1..value_end])?));
            i = value_end + 1;
        }
        tag.end = i + 1;
        Ok(tag)
    }

    /// The value of the attribute `key`, if the tag has it.
    fn attr(&self, key: &str) -> Option<String> {
        self.attrs
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    }
}

/// The text of an XML attribute value: the entities [`escape`] writes, and character
/// references, replaced.
fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..]
            .find(';')
            .ok_or_else(|| format!("an `&` without `;` in {s:?}"))?;
        let entity = &rest[amp + 1..amp + semi];
        let ch = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        out.push(ch.ok_or_else(|| format!("unknown entity &{entity}; in {s:?}"))?);
        rest = &rest[amp + semi + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// A whole SVG document around the fragment (for looking at the map outside the page).
/// `extra` is inserted after the outlines, e.g. circles for places; `style` goes into a
/// `<style>` element.
pub fn svg_document(map: &BaseMap, opts: &SvgOptions, style: &str, extra: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">\n<style>{style}</style>\n{frag}{extra}</svg>\n",
        w = map.width,
        h = map.height,
        frag = svg_fragment(map, opts),
    )
}

/// Escapes text for an XML attribute value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(id: &str, name: &str, d: &str) -> Country {
        Country {
            id: id.into(),
            name: name.into(),
            d: d.into(),
        }
    }

    fn small_map() -> BaseMap {
        BaseMap {
            width: 1000,
            height: 842,
            countries: vec![
                country("392", "Japan", "M10 10l5 0 0 5-5 0zm20 0l3 0 0 3z"),
                country("", "N. Cyprus", "M100 200l-4 7 8 0z"),
                country("410", "Korea <South> & \"Co\" 'x'", "M1 1l1 0 0 1z"),
            ],
        }
    }

    #[test]
    fn what_the_writers_write_reads_back() {
        let map = small_map();
        let anonymous = BaseMap {
            countries: map
                .countries
                .iter()
                .map(|c| country("", "", &c.d))
                .collect(),
            ..map.clone()
        };
        let opts = |ids, names| SvgOptions {
            class: "land".into(),
            ids,
            names,
        };
        let only_ids = BaseMap {
            countries: map
                .countries
                .iter()
                .map(|c| country(&c.id, "", &c.d))
                .collect(),
            ..map.clone()
        };
        // (what, text, the map it reads back as)
        let cases = [
            ("the outline file", outline_file(&map), &anonymous),
            (
                "a document with ids and names",
                svg_document(&map, &opts(true, true), "", ""),
                &map,
            ),
            (
                "a document with ids",
                svg_document(&map, &opts(true, false), "a>b{}", ""),
                &only_ids,
            ),
            (
                "single quotes, spaces round =, character references",
                "<svg viewBox = '0,0,1000,842' ><g><path d='M10 10l5 0 0 5-5 0zm20 0l3 0 0 3z'/>\
                 <path d=\"M100&#32;200l-4 7 8 0z\"/><path d=\"M1 1l1&#x20;0 0 1z\"></path>\
                 </g></svg>"
                    .to_string(),
                &anonymous,
            ),
        ];
        for (what, text, want) in cases {
            assert_eq!(
                BaseMap::from_outline_file(&text).as_ref(),
                Ok(want),
                "{what}"
            );
        }
    }

    #[test]
    fn a_malformed_outline_file_is_an_error_that_says_what_is_wrong() {
        let ok_path = "<path d=\"M1 1l1 0 0 1z\"/>";
        let wrap = |inner: &str| format!("<svg viewBox=\"0 0 1000 842\">{inner}</svg>");
        // (what, text, a word the message must hold)
        let cases: Vec<(&str, String, &str)> = vec![
            ("empty text", String::new(), "no <svg>"),
            ("only whitespace", " \n\t".into(), "no <svg>"),
            (
                "not SVG at all",
                "{\"type\":\"Topology\"}".into(),
                "no <svg>",
            ),
            ("no viewBox", format!("<svg>{ok_path}</svg>"), "no viewBox"),
            (
                "a viewBox of three numbers",
                format!("<svg viewBox=\"0 0 1000\">{ok_path}</svg>"),
                "viewBox",
            ),
            (
                "a viewBox not at the origin",
                format!("<svg viewBox=\"5 0 1000 842\">{ok_path}</svg>"),
                "viewBox",
            ),
            (
                "a viewBox in fractions",
                format!("<svg viewBox=\"0 0 1000.5 842\">{ok_path}</svg>"),
                "viewBox",
            ),
            (
                "a viewBox beyond 32 bits",
                format!("<svg viewBox=\"0 0 99999999999 842\">{ok_path}</svg>"),
                "viewBox",
            ),
            (
                "a path with a curve",
                wrap("<path d=\"M1 2C3 4 5 6 7 8z\"/>"),
                "unexpected 'C'",
            ),
            (
                "a path with a letter it cannot read",
                wrap("<path d=\"M1 2l3 4x5z\"/>"),
                "unexpected 'x'",
            ),
            (
                "a path with fractions",
                wrap("<path d=\"M1.5 2l3 4z\"/>"),
                "unexpected '.'",
            ),
            (
                "a path with an odd count",
                wrap("<path d=\"M1 2l3z\"/>"),
                "odd",
            ),
            (
                "a path beyond 32 bits",
                wrap("<path d=\"M2147483647 0l1 0 0 1z\"/>"),
                "32-bit",
            ),
            (
                "a number too large",
                wrap("<path d=\"M99999999999 0l1 0z\"/>"),
                "bad number",
            ),
            ("a path without d", wrap("<path class=\"land\"/>"), "no d"),
            ("an empty d", wrap("<path d=\"\"/>"), "empty"),
            ("no path", wrap(""), "no country"),
            (
                "cut short in a path",
                "<svg viewBox=\"0 0 1000 842\"><path d=\"M1 1l1 0".to_string(),
                "ends inside a tag",
            ),
            (
                "cut short after a path",
                format!("<svg viewBox=\"0 0 1000 842\">{ok_path}\n"),
                "cut short",
            ),
            ("an unquoted attribute", wrap("<path d=M1/>"), "not quoted"),
            (
                "an unknown entity",
                wrap("<path d=\"M1&nbsp;1l1 0 0 1z\"/>"),
                "&nbsp;",
            ),
            (
                "a stray <",
                wrap("< path d=\"M1 1l1 0 0 1z\"/>"),
                "opens no tag",
            ),
            (
                "a path outside the svg",
                format!("{}{ok_path}", wrap(ok_path)),
                "outside",
            ),
            (
                "two svg elements",
                format!("{}{}", wrap(ok_path), wrap(ok_path)),
                "second <svg>",
            ),
            (
                "an unclosed comment",
                format!("<!-- {}", wrap(ok_path)),
                "<!--",
            ),
        ];
        for (what, text, word) in cases {
            match BaseMap::from_outline_file(&text) {
                Ok(map) => panic!("{what}: read as {map:?}"),
                Err(e) => assert!(e.contains(word), "{what}: {e:?} does not say {word:?}"),
            }
        }
    }

    #[test]
    fn non_ascii_text_and_every_cut_of_a_file_give_no_panic() {
        let text = svg_document(
            &BaseMap {
                countries: vec![country("1", "Côte d’Ivoire", "M1 1l1 0 0 1z")],
                ..small_map()
            },
            &SvgOptions {
                class: "land".into(),
                ids: true,
                names: true,
            },
            "",
            "<text>日本</text>",
        );
        let end = text.rfind("</svg>").expect("the document ends with </svg>") + "</svg>".len();
        for (i, _) in text.char_indices().filter(|&(i, _)| i < end) {
            // Every prefix that ends before the `</svg>` is cut short: an error.
            assert!(
                BaseMap::from_outline_file(&text[..i]).is_err(),
                "cut at {i}"
            );
        }
        let back = BaseMap::from_outline_file(&text).expect("the whole file reads");
        assert_eq!(back.countries[0].name, "Côte d’Ivoire");
    }
}

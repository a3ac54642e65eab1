//! Downloads of what passes the filter, in the field's formats: the corpus.json schema
//! ([`json`]), CSV tables of events, relations and claims ([`csv`]), TimelineJS
//! ([`timelinejs`]), W3C Web Annotation ([`annotation`]) and GraphML ([`graphml`]).
//!
//! Every writer is a plain function from the corpus and the [`Matches`] of
//! [`crate::Filter::apply`] to the file's text, written by hand (the core has no
//! dependencies), so it is tested natively and runs unchanged in the browser. The
//! explorer's first load never carries this code: the `exporter` crate compiles it into
//! a wasm module of its own that the page loads when someone downloads.
//!
//! ```
//! use explorer_core::export::{write, Export, Format};
//! # use explorer_core::{Corpus, Filter};
//! # fn demo(corpus: &Corpus, network: &explorer_core::map::Layout) {
//! let matches = Filter::default().apply(corpus);
//! let coords = vec![None; corpus.entity_ids().len()];
//! let x = Export { corpus, matches: &matches, coords: &coords, network, page: "", view: "#/timeline" };
//! let csv = write(Format::EventsCsv, &x);
//! assert!(csv.starts_with("\u{feff}id,title,kind,date,"));
//! assert_eq!(Format::EventsCsv.file_name("timeline", "2026-12-04"),
//!            "alliance-explorer-timeline-events-2026-12-04.csv");
//! # }
//! ```

pub mod annotation;
pub mod csv;
pub mod graphml;
pub mod json;
pub mod timelinejs;

use crate::filter::Matches;
use crate::map::Layout;
use crate::model::*;
use crate::url::Route;
use crate::{Date, UrlState};

/// A kind of file to download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The corpus.json schema, restricted to what passes.
    Json,
    /// The events, one row each.
    EventsCsv,
    /// The relations, one row each.
    RelationsCsv,
    /// The claims, one row each.
    ClaimsCsv,
    /// The dated events as a TimelineJS timeline.
    TimelineJs,
    /// Every quote as a W3C Web Annotation (JSON-LD).
    Annotations,
    /// The network of actors and ties.
    GraphMl,
}

impl Format {
    /// Every format, in the order a menu lists them.
    pub const ALL: [Format; 7] = [
        Format::Json,
        Format::EventsCsv,
        Format::RelationsCsv,
        Format::ClaimsCsv,
        Format::TimelineJs,
        Format::Annotations,
        Format::GraphMl,
    ];

    /// The id the page asks for it by.
    pub fn id(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::EventsCsv => "events-csv",
            Format::RelationsCsv => "relations-csv",
            Format::ClaimsCsv => "claims-csv",
            Format::TimelineJs => "timelinejs",
            Format::Annotations => "annotations",
            Format::GraphMl => "graphml",
        }
    }

    /// The format an id names.
    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json | Format::TimelineJs => "json",
            Format::EventsCsv | Format::RelationsCsv | Format::ClaimsCsv => "csv",
            Format::Annotations => "jsonld",
            Format::GraphMl => "graphml",
        }
    }

    /// The media type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Json | Format::TimelineJs => "application/json",
            Format::EventsCsv | Format::RelationsCsv | Format::ClaimsCsv => {
                "text/csv;charset=utf-8;header=present"
            }
            // The Web Annotation Protocol's media type.
            Format::Annotations => {
                "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\""
            }
            Format::GraphMl => "application/graphml+xml",
        }
    }

    /// What the file holds, for its name: the table of a CSV, the flavour of a JSON
    /// file other than the corpus schema; empty when the extension says it.
    pub fn part(self) -> &'static str {
        match self {
            Format::Json | Format::GraphMl => "",
            Format::EventsCsv => "events",
            Format::RelationsCsv => "relations",
            Format::ClaimsCsv => "claims",
            Format::TimelineJs => "timelinejs",
            Format::Annotations => "annotations",
        }
    }

    /// `alliance-explorer-<view>[-<part>]-<today>.<extension>`, e.g.
    /// `alliance-explorer-timeline-events-2026-12-04.csv`.
    pub fn file_name(self, view: &str, today: &str) -> String {
        let mut s = String::from("alliance-explorer-");
        for p in [view, self.part()] {
            if !p.is_empty() {
                s.push_str(p);
                s.push('-');
            }
        }
        [&s, today, ".", self.extension()].concat()
    }
}

/// What a download is made from.
#[derive(Clone, Copy)]
pub struct Export<'a> {
    pub corpus: &'a Corpus,
    /// What passes the filter ([`crate::Filter::apply`]).
    pub matches: &'a Matches,
    /// Each entity's `[longitude, latitude]`, indexed like the entities: corpus.json has
    /// them, the explorer's tables do not.
    pub coords: &'a [Option<[f64; 2]>],
    /// The map's network layout: GraphML's `x` and `y`.
    pub network: &'a Layout,
    /// The explorer's address without the hash (may be empty): Web Annotation ids and
    /// sources are links into it.
    pub page: &'a str,
    /// The hash of the view exported, for the annotation collection's id.
    pub view: &'a str,
}

/// The file of a format.
pub fn write(format: Format, x: &Export) -> String {
    let (c, m) = (x.corpus, x.matches);
    match format {
        Format::Json => json::corpus_json(c, m, x.coords),
        Format::EventsCsv => csv::events(c, m),
        Format::RelationsCsv => csv::relations(c, m),
        Format::ClaimsCsv => csv::claims(c, m),
        Format::TimelineJs => timelinejs::timeline(c, m),
        Format::Annotations => annotation::collection(c, m, x.page, x.view),
        Format::GraphMl => graphml::network(c, m, x.network),
    }
}

/// The explorer's data a download is made from, whatever the filter: the corpus shown,
/// its entities' coordinates and the map's network layout.
#[derive(Clone, Copy)]
pub struct Data<'a> {
    pub corpus: &'a Corpus,
    /// As [`Export::coords`].
    pub coords: &'a [Option<[f64; 2]>],
    /// As [`Export::network`].
    pub network: &'a Layout,
}

/// A file made for a download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    /// `alliance-explorer-<view>[-<part>]-<today>.<extension>`.
    pub name: String,
    /// Its media type.
    pub mime: &'static str,
    /// Its contents.
    pub text: String,
}

/// Makes the file of `format` for the view and filter in `hash` (a `location.hash`, read
/// as [`UrlState::from_hash`] reads it: what it does not understand is dropped). `today`
/// names the file (`YYYY-MM-DD`); `page`, the explorer's address without the hash, is
/// what the Web Annotations link to. Fails, in words, for an unknown format or a `today`
/// that is not a day.
pub fn make(data: Data, hash: &str, format: &str, today: &str, page: &str) -> Result<File, String> {
    let format = Format::from_id(format).ok_or_else(|| {
        let ids: Vec<&str> = Format::ALL.iter().map(|f| f.id()).collect();
        format!("unknown format `{format}`: use one of {}", ids.join(", "))
    })?;
    match Date::parse(today) {
        Ok(d) if d.day != 0 => {}
        _ => return Err(format!("today must be a day, YYYY-MM-DD, not `{today}`")),
    }
    let corpus = data.corpus;
    let (state, _notices) = UrlState::from_hash(hash, corpus);
    let matches = state.filter.apply(corpus);
    let view = state.to_hash(corpus);
    let x = Export {
        corpus,
        matches: &matches,
        coords: data.coords,
        network: data.network,
        page,
        view: &view,
    };
    Ok(File {
        name: format.file_name(view_name(state.route), today),
        mime: format.mime(),
        text: write(format, &x),
    })
}

/// The view's name in a file name.
pub fn view_name(route: Route) -> &'static str {
    match route {
        Route::Timeline => "timeline",
        Route::Map => "map",
        Route::Claims => "claims",
        Route::Sources | Route::Source(_) => "sources",
        Route::Lessons => "lessons",
    }
}

/// A compact JSON writer: it places the commas, escapes strings as serde_json does, and
/// writes nothing else, so output that follows the same key order is byte for byte
/// what serde_json writes.
#[derive(Default)]
pub struct Json {
    out: String,
    comma: bool,
}

impl Json {
    fn value(&mut self) {
        if self.comma {
            self.out.push(',');
        }
        self.comma = true;
    }

    /// Opens an object (as a value or an array element).
    pub fn obj(&mut self) -> &mut Self {
        self.value();
        self.out.push('{');
        self.comma = false;
        self
    }

    /// Closes an object.
    pub fn end(&mut self) -> &mut Self {
        self.out.push('}');
        self.comma = true;
        self
    }

    /// Opens an array.
    pub fn arr(&mut self) -> &mut Self {
        self.value();
        self.out.push('[');
        self.comma = false;
        self
    }

    /// Closes an array.
    pub fn end_arr(&mut self) -> &mut Self {
        self.out.push(']');
        self.comma = true;
        self
    }

    /// A key of the open object; its value follows.
    pub fn key(&mut self, k: &str) -> &mut Self {
        self.value();
        json_string(&mut self.out, k);
        self.out.push(':');
        self.comma = false;
        self
    }

    /// A string.
    pub fn str(&mut self, s: &str) -> &mut Self {
        self.value();
        json_string(&mut self.out, s);
        self
    }

    /// A string, or `null`.
    pub fn opt_str(&mut self, s: Option<&str>) -> &mut Self {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }

    /// An integer.
    pub fn int(&mut self, n: i64) -> &mut Self {
        self.value();
        self.out.push_str(&n.to_string());
        self
    }

    /// A number, as serde_json writes an `f64` (`40.0`, `129.5`, `1e-7`, `1e+16`; `null` for
    /// what JSON cannot hold, NaN and the infinities).
    pub fn float(&mut self, v: f64) -> &mut Self {
        if !v.is_finite() {
            return self.null();
        }
        self.value();
        // serde_json's forms: exponents below 1e-5 and from 1e16 (`1e-7`, `1e+16`).
        let s = if v.abs() >= 1e16 {
            format!("{v:e}").replacen('e', "e+", 1)
        } else if v != 0.0 && v.abs() < 1e-5 {
            format!("{v:e}")
        } else {
            v.to_string()
        };
        let whole = !s.contains(['.', 'e']);
        self.out.push_str(&s);
        if whole {
            self.out.push_str(".0");
        }
        self
    }

    /// `true` or `false`.
    pub fn bool(&mut self, b: bool) -> &mut Self {
        self.value();
        self.out.push_str(if b { "true" } else { "false" });
        self
    }

    /// `null`.
    pub fn null(&mut self) -> &mut Self {
        self.value();
        self.out.push_str("null");
        self
    }

    /// The text written.
    pub fn done(self) -> String {
        self.out
    }
}

/// `s` as a JSON string, escaped as serde_json escapes it: `"`, `\` and the control
/// characters, the common ones by their short forms; nothing else.
pub fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `s` escaped for XML text and attribute values; characters XML 1.0 does not allow are
/// left out.
pub fn xml_escape(out: &mut String, s: &str) {
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(ch),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

/// The number of characters (Unicode code points) before byte `at` of `text`: the
/// positions corpus.json and the W3C TextPositionSelector count in.
pub fn chars_before(text: &str, at: usize) -> usize {
    text.get(..at).map_or(0, |s| s.chars().count())
}

/// A quote's start and end in code points of its document's text.
pub fn char_span(c: &Corpus, e: &Evidence) -> (usize, usize) {
    let text = c.document(e.doc).text;
    let start = chars_before(text, e.start as usize);
    let len = c.quote(e).chars().count();
    (start, start + len)
}

/// Keeps the rows of a table that are in `passed` (any order), in table order.
fn in_corpus_order<T: Copy + Ord>(all: impl Iterator<Item = T>, passed: &[T]) -> Vec<T> {
    let mut sorted = passed.to_vec();
    sorted.sort_unstable();
    all.filter(|x| sorted.binary_search(x).is_ok()).collect()
}

/// The documents a list of quotes is from, each once, in the order first quoted.
fn documents_of(c: &Corpus, evidence: &[Evidence]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for e in evidence {
        let id = c.document(e.doc).id;
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_have_ids_extensions_and_names() {
        let table = [
            (
                Format::Json,
                "json",
                "alliance-explorer-timeline-2026-12-04.json",
            ),
            (
                Format::EventsCsv,
                "events-csv",
                "alliance-explorer-timeline-events-2026-12-04.csv",
            ),
            (
                Format::RelationsCsv,
                "relations-csv",
                "alliance-explorer-timeline-relations-2026-12-04.csv",
            ),
            (
                Format::ClaimsCsv,
                "claims-csv",
                "alliance-explorer-timeline-claims-2026-12-04.csv",
            ),
            (
                Format::TimelineJs,
                "timelinejs",
                "alliance-explorer-timeline-timelinejs-2026-12-04.json",
            ),
            (
                Format::Annotations,
                "annotations",
                "alliance-explorer-timeline-annotations-2026-12-04.jsonld",
            ),
            (
                Format::GraphMl,
                "graphml",
                "alliance-explorer-timeline-2026-12-04.graphml",
            ),
        ];
        assert_eq!(table.len(), Format::ALL.len());
        for (f, id, name) in table {
            assert_eq!(f.id(), id);
            assert_eq!(Format::from_id(id), Some(f));
            assert_eq!(f.file_name("timeline", "2026-12-04"), name);
        }
        assert_eq!(Format::from_id("pdf"), None);
        let mut names: Vec<String> = Format::ALL
            .iter()
            .map(|f| f.file_name("map", "2026-01-01"))
            .collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Format::ALL.len(), "every format its own name");
    }

    #[test]
    fn json_strings_are_escaped_as_serde_json_escapes_them() {
        let table = [
            ("plain", r#""plain""#),
            ("a \"quote\"", r#""a \"quote\"""#),
            ("back\\slash", r#""back\\slash""#),
            ("line\nbreak\r\ttab", r#""line\nbreak\r\ttab""#),
            ("\u{1}\u{8}\u{c}\u{1f}", r#""\u0001\b\f\u001f""#),
            (
                "Beşer – “quoted” \u{7f} \u{2028} /",
                "\"Beşer – “quoted” \u{7f} \u{2028} /\"",
            ),
        ];
        for (s, want) in table {
            let mut out = String::new();
            json_string(&mut out, s);
            assert_eq!(out, want);
            let back: String = serde_json::from_str(&out).unwrap();
            assert_eq!(back, s);
            assert_eq!(serde_json::to_string(s).unwrap(), want);
        }
    }

    #[test]
    fn numbers_and_structure_are_written_as_serde_json_writes_them() {
        let table: [(f64, &str); 11] = [
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
            (1e16, "1e+16"),
            (-1.5e-7, "-1.5e-7"),
            (40.0, "40.0"),
            (129.5, "129.5"),
            (-77.0365, "-77.0365"),
            (0.0, "0.0"),
            (139.6917, "139.6917"),
            (1e-7, "1e-7"),
            (-0.25, "-0.25"),
        ];
        for (v, want) in table {
            let mut j = Json::default();
            j.float(v);
            let got = j.done();
            assert_eq!(got, want);
            assert_eq!(serde_json::to_string(&v).unwrap(), want);
        }
        let mut j = Json::default();
        j.obj()
            .key("a")
            .arr()
            .int(1)
            .int(-2)
            .null()
            .bool(true)
            .end_arr();
        j.key("b")
            .obj()
            .key("c")
            .opt_str(None)
            .key("d")
            .str("x")
            .end();
        j.key("e").arr().end_arr().end();
        assert_eq!(
            j.done(),
            r#"{"a":[1,-2,null,true],"b":{"c":null,"d":"x"},"e":[]}"#
        );
    }

    #[test]
    fn xml_escapes_markup_and_drops_what_xml_forbids() {
        let table = [
            ("a & b", "a &amp; b"),
            (
                "<tag attr=\"v\" x='y'>",
                "&lt;tag attr=&quot;v&quot; x=&apos;y&apos;&gt;",
            ),
            ("tab\tline\n", "tab\tline\n"),
            ("bell\u{7}", "bell"),
            ("Beşer", "Beşer"),
        ];
        for (s, want) in table {
            let mut out = String::new();
            xml_escape(&mut out, s);
            assert_eq!(out, want);
        }
    }

    #[test]
    fn positions_count_code_points() {
        assert_eq!(chars_before("Beşer predicts", 0), 0);
        assert_eq!(chars_before("Beşer predicts", 6), 5);
        assert_eq!(chars_before("Beşer", 3), 0, "not on a character boundary");
    }
}

//! The events, relations and claims that pass the filter as CSV tables (RFC 4180): a
//! header row, one row per item, fields quoted when they hold a comma, a quote or a line
//! break (a quote doubled), lines ended by CRLF, UTF-8 after a byte-order mark ([`BOM`]).
//! Excel reads a CSV file without the mark in the system's legacy code page, and shows
//! "Beşer" or a curly quote as two or three wrong characters; with it, Excel reads
//! UTF-8. Parsers that know CSV skip the mark (the csv crate, Python's `utf-8-sig`,
//! LibreOffice).
//!
//! Lists of ids are joined by `;`, lists of names by `; `; the `quotes` field holds
//! each quote on a line of its own. Events come in timeline order (as the explorer
//! lists them), relations and claims in corpus order.

use super::documents_of;
use crate::filter::Matches;
use crate::model::*;
use crate::Date;

/// The byte-order mark every table starts with (U+FEFF, `EF BB BF` in UTF-8).
pub const BOM: char = '\u{FEFF}';

/// The events table's columns.
pub const EVENT_COLUMNS: [&str; 12] = [
    "id",
    "title",
    "kind",
    "date",
    "end",
    "reported",
    "actors",
    "actor_names",
    "place",
    "after",
    "documents",
    "quotes",
];

/// The relations table's columns.
pub const RELATION_COLUMNS: [&str; 14] = [
    "id",
    "type",
    "cameo",
    "source",
    "source_name",
    "target",
    "target_name",
    "directed",
    "status",
    "from",
    "to",
    "summary",
    "documents",
    "quotes",
];

/// The claims table's columns.
pub const CLAIM_COLUMNS: [&str; 9] = [
    "id",
    "type",
    "text",
    "by",
    "by_label",
    "actors",
    "actor_names",
    "documents",
    "quotes",
];

/// The events that pass, in timeline order.
pub fn events(c: &Corpus, m: &Matches) -> String {
    let mut t = Table::new(&EVENT_COLUMNS);
    for &id in &m.events {
        let e = c.event(id);
        let after: Vec<&str> = e.after.iter().map(|&a| c.event(a).id).collect();
        t.row(&[
            e.id,
            e.title,
            e.kind.id(),
            &date(e.date),
            &date(e.end),
            yes_no(e.reported),
            &ids(c, e.actors),
            &names(c, e.actors),
            e.place.map_or("", |p| c.entity(p).id),
            &after.join(";"),
            &documents_of(c, e.evidence).join(";"),
            &quotes(c, e.evidence),
        ]);
    }
    t.done()
}

/// The relations that pass, in corpus order.
pub fn relations(c: &Corpus, m: &Matches) -> String {
    let mut t = Table::new(&RELATION_COLUMNS);
    for id in super::in_corpus_order(c.relation_ids(), &m.relations) {
        let r = c.relation(id);
        let (s, g) = (c.entity(r.source), c.entity(r.target));
        t.row(&[
            r.id,
            r.kind.id(),
            r.kind.cameo_root().unwrap_or(""),
            s.id,
            s.name,
            g.id,
            g.name,
            yes_no(r.directed),
            r.status.id(),
            &date(r.from),
            &date(r.to),
            r.summary,
            &documents_of(c, r.evidence).join(";"),
            &quotes(c, r.evidence),
        ]);
    }
    t.done()
}

/// The claims that pass, in corpus order. `by` is as in corpus.json (`author`,
/// `unnamed`, `survey` or an entity id); `by_label` names who asserts it as the
/// explorer does.
pub fn claims(c: &Corpus, m: &Matches) -> String {
    let mut t = Table::new(&CLAIM_COLUMNS);
    for id in super::in_corpus_order(c.claim_ids(), &m.claims) {
        let cl = c.claim(id);
        let by = match cl.by {
            Asserter::Author => "author",
            Asserter::Unnamed => "unnamed",
            Asserter::Survey => "survey",
            Asserter::Entity(e) => c.entity(e).id,
        };
        let doc = cl.evidence.first().map_or(DocId(0), |e| e.doc);
        t.row(&[
            cl.id,
            cl.kind.id(),
            cl.text,
            by,
            cl.by_label.unwrap_or_else(|| cl.by.label(c, doc)),
            &ids(c, cl.actors),
            &names(c, cl.actors),
            &documents_of(c, cl.evidence).join(";"),
            &quotes(c, cl.evidence),
        ]);
    }
    t.done()
}

/// A CSV table being written.
struct Table {
    out: String,
}

impl Table {
    fn new(header: &[&str]) -> Table {
        let mut t = Table {
            out: String::from(BOM),
        };
        t.row(header);
        t
    }

    fn row(&mut self, fields: &[&str]) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            field(&mut self.out, f);
        }
        self.out.push_str("\r\n");
    }

    fn done(self) -> String {
        self.out
    }
}

/// One field, quoted when it must be (RFC 4180: a comma, a double quote, CR or LF).
pub fn field(out: &mut String, f: &str) {
    if f.contains([',', '"', '\r', '\n']) {
        out.push('"');
        for ch in f.chars() {
            if ch == '"' {
                out.push('"');
            }
            out.push(ch);
        }
        out.push('"');
    } else {
        out.push_str(f);
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

fn date(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn ids(c: &Corpus, es: &[EntityId]) -> String {
    let v: Vec<&str> = es.iter().map(|&e| c.entity(e).id).collect();
    v.join(";")
}

fn names(c: &Corpus, es: &[EntityId]) -> String {
    let v: Vec<&str> = es.iter().map(|&e| c.entity(e).name).collect();
    v.join("; ")
}

fn quotes(c: &Corpus, ev: &[Evidence]) -> String {
    let v: Vec<&str> = ev.iter().map(|e| c.quote(e)).collect();
    v.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;
    use crate::fixture::CORPUS;

    /// Every record of a CSV text, read by the csv crate (strict RFC 4180: headers,
    /// equal row lengths).
    fn read(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
        let mut r = ::csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .from_reader(text.as_bytes());
        let header = r.headers().unwrap().iter().map(String::from).collect();
        let rows = r
            .records()
            .map(|rec| rec.unwrap().iter().map(String::from).collect())
            .collect();
        (header, rows)
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        let table = [
            ("plain", "plain"),
            ("", ""),
            ("a, b", "\"a, b\""),
            ("say \"no\"", "\"say \"\"no\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\r", "\"cr\r\""),
            ("Beşer; “quoted”", "Beşer; “quoted”"),
        ];
        for (f, want) in table {
            let mut out = String::new();
            field(&mut out, f);
            assert_eq!(out, want);
            let mut w = ::csv::WriterBuilder::new()
                .terminator(::csv::Terminator::CRLF)
                .from_writer(vec![]);
            w.write_record([f, "x"]).unwrap();
            let theirs = String::from_utf8(w.into_inner().unwrap()).unwrap();
            // The csv crate writes an empty lone field as `""`; a field beside another
            // may be bare.
            assert_eq!(theirs, [want, ",x\r\n"].concat(), "{f:?}");
        }
    }

    #[test]
    fn tables_round_trip_through_a_csv_parser() {
        let c: &Corpus = &CORPUS;
        let japan = c.entity_by_id("japan").unwrap();
        let filters = [
            Filter::default(),
            Filter {
                actors: vec![japan],
                ..Default::default()
            },
            Filter {
                q: "nothing matches this".into(),
                ..Default::default()
            },
        ];
        for f in filters {
            let m = f.apply(c);
            // (text, columns, expected rows: each item's id and its quotes)
            let tables: [(String, &[&str], Vec<Row>); 3] = [
                (
                    events(c, &m),
                    &EVENT_COLUMNS,
                    m.events
                        .iter()
                        .map(|&e| (c.event(e).id, quotes_of(c, c.event(e).evidence)))
                        .collect(),
                ),
                (
                    relations(c, &m),
                    &RELATION_COLUMNS,
                    m.relations
                        .iter()
                        .map(|&r| (c.relation(r).id, quotes_of(c, c.relation(r).evidence)))
                        .collect(),
                ),
                (
                    claims(c, &m),
                    &CLAIM_COLUMNS,
                    m.claims
                        .iter()
                        .map(|&x| (c.claim(x).id, quotes_of(c, c.claim(x).evidence)))
                        .collect(),
                ),
            ];
            for (text, columns, want) in tables {
                assert!(text.ends_with("\r\n") && !text.contains("\r\n\r\n"));
                // The mark once, at the start, where the csv crate skips it: the first
                // header is "id", not "\u{feff}id".
                assert!(text.starts_with("\u{feff}id,"));
                assert_eq!(text.matches(BOM).count(), 1);
                let (header, rows) = read(&text);
                assert_eq!(header, columns);
                assert_eq!(rows.len(), want.len(), "{f:?}");
                let quotes_at = columns.iter().position(|&h| h == "quotes").unwrap();
                for (row, (id, quotes)) in rows.iter().zip(want) {
                    assert_eq!(row[0], id);
                    assert_eq!(row[quotes_at].split('\n').collect::<Vec<_>>(), quotes);
                }
            }
        }
    }

    /// An item's id and its quotes.
    type Row = (&'static str, Vec<&'static str>);

    fn quotes_of(c: &Corpus, ev: &[Evidence]) -> Vec<&'static str> {
        ev.iter().map(|e| c.quote(e)).collect()
    }

    #[test]
    fn rows_hold_the_items_fields() {
        let c: &Corpus = &CORPUS;
        let m = Filter::default().apply(c);
        let (_, ev) = read(&events(c, &m));
        let dissolution = ev.iter().find(|r| r[0] == "dissolution").unwrap();
        assert_eq!(
            dissolution[1..6],
            ["Soviet Union dissolved", "domestic", "1991", "", "false"]
        );
        let treaty = ev.iter().find(|r| r[0] == "treaty").unwrap();
        assert_eq!(treaty[6..8], ["russia;north-korea", "Russia; North Korea"]);
        assert_eq!(treaty[10], "alpha;beta");
        let order: Vec<&str> = ev.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(
            order,
            ["dissolution", "treaty", "ratified", "deployment"],
            "timeline order"
        );
        let (_, rel) = read(&relations(c, &m));
        assert_eq!(
            rel[1][..11],
            [
                "japan-fears",
                "threat-perception",
                "11",
                "japan",
                "Japan",
                "north-korea",
                "North Korea",
                "true",
                "asserted",
                "",
                ""
            ]
        );
        let (_, cl) = read(&claims(c, &m));
        assert_eq!(
            cl[1][..5],
            [
                "respond",
                "prediction",
                "Japan will respond",
                "author",
                "Mehmet Enes Beşer"
            ]
        );
    }
}

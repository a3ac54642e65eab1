//! The events that pass as a TimelineJS 3 timeline (its JSON format:
//! <https://timeline.knightlab.com/docs/json-format.html>), so a newsroom can reuse them.
//!
//! TimelineJS requires `events`, a list of slides; a slide requires `start_date`, a date
//! requires `year` (a number), and `month` and `day` are optional. So each date is
//! written at its real precision: a year gives only `year`, a month `year` and `month`,
//! a day all three. Events the texts do not date cannot be placed and are left out;
//! the others come in timeline order. A slide's `text` is HTML (TimelineJS renders it),
//! so every string is escaped. The title slide names the corpus; `group` is the event's
//! kind, as the explorer's lanes group them; `unique_id` is the event's id.

use super::Json;
use crate::filter::Matches;
use crate::model::*;
use crate::text::escape_html as html;
use crate::Date;

/// The dated events that pass, as TimelineJS JSON.
pub fn timeline(c: &Corpus, m: &Matches) -> String {
    let meta = c.meta();
    let mut j = Json::default();
    j.obj().key("title").obj().key("text").obj();
    j.key("headline").str(&html(meta.title));
    j.key("text").str(&html(meta.tagline));
    j.end().end();
    j.key("events").arr();
    for &id in &m.events {
        let e = c.event(id);
        let Some(start) = e.date else { continue };
        j.obj();
        date(j.key("start_date"), start, e.reported);
        if let Some(end) = e.end {
            date(j.key("end_date"), end, false);
        }
        j.key("text").obj();
        j.key("headline").str(&html(e.title));
        j.key("text").str(&slide_text(c, &e));
        j.end();
        j.key("group").str(e.kind.label());
        j.key("unique_id").str(e.id);
        j.end();
    }
    j.end_arr().end();
    j.done()
}

/// A date object at the date's precision; a reported date says so in `display_date`.
fn date(j: &mut Json, d: Date, reported: bool) {
    j.obj().key("year").int(i64::from(d.year));
    if d.month != 0 {
        j.key("month").int(i64::from(d.month));
    }
    if d.day != 0 {
        j.key("day").int(i64::from(d.day));
    }
    if reported {
        j.key("display_date")
            .str(&[&d.label(), " (the date of a report)"].concat());
    }
    j.end();
}

/// The slide's body: its actors, then each quote with the article it is from.
fn slide_text(c: &Corpus, e: &Event) -> String {
    let mut s = String::new();
    if !e.actors.is_empty() {
        let names: Vec<&str> = e.actors.iter().map(|&a| c.entity(a).name).collect();
        s.push_str("<p>");
        s.push_str(&html(&names.join(", ")));
        s.push_str("</p>");
    }
    for ev in e.evidence {
        let d = c.document(ev.doc);
        s.push_str("<blockquote>“");
        s.push_str(&html(c.quote(ev)));
        s.push_str("”<br><cite>");
        s.push_str(&html(d.title));
        if let Some(by) = d.author.or(d.outlet) {
            s.push_str(" — ");
            s.push_str(&html(by));
        }
        s.push_str("</cite></blockquote>");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;
    use crate::fixture::CORPUS;
    use serde_json::Value;

    #[test]
    fn dates_keep_their_precision_and_undated_events_are_left_out() {
        let c: &Corpus = &CORPUS;
        let m = Filter::default().apply(c);
        let v: Value = serde_json::from_str(&timeline(c, &m)).unwrap();
        let events = v["events"].as_array().unwrap();
        // (unique_id, start_date as written)
        let table = [
            ("dissolution", serde_json::json!({"year": 1991})),
            ("treaty", serde_json::json!({"year": 2024, "month": 6})),
            (
                "deployment",
                serde_json::json!({"year": 2025, "month": 2,
                    "display_date": "February 2025 (the date of a report)"}),
            ),
        ];
        assert_eq!(events.len(), table.len(), "the undated event is left out");
        for (e, (id, start)) in events.iter().zip(table) {
            assert_eq!(e["unique_id"], id);
            assert_eq!(e["start_date"], start);
        }
    }

    #[test]
    fn every_slide_has_what_timelinejs_requires_and_its_date_matches_the_corpus() {
        let c: &Corpus = &CORPUS;
        let japan = c.entity_by_id("japan").unwrap();
        let russia = c.entity_by_id("russia").unwrap();
        for f in [
            Filter::default(),
            Filter {
                actors: vec![russia],
                ..Default::default()
            },
            Filter {
                actors: vec![japan],
                ..Default::default()
            },
        ] {
            let m = f.apply(c);
            let v: Value = serde_json::from_str(&timeline(c, &m)).unwrap();
            let events = v["events"].as_array().expect("events is required");
            let want: Vec<Event> = m
                .events
                .iter()
                .map(|&e| c.event(e))
                .filter(|e| e.date.is_some())
                .collect();
            assert_eq!(events.len(), want.len(), "{f:?}");
            for (slide, e) in events.iter().zip(&want) {
                let d = e.date.unwrap();
                let start = &slide["start_date"];
                assert_eq!(start["year"].as_i64(), Some(i64::from(d.year)));
                assert_eq!(
                    start["month"].as_u64(),
                    (d.month != 0).then_some(u64::from(d.month))
                );
                assert_eq!(
                    start["day"].as_u64(),
                    (d.day != 0).then_some(u64::from(d.day))
                );
                assert_eq!(slide["text"]["headline"], e.title);
                assert!(slide["text"]["text"].is_string());
            }
        }
    }

    #[test]
    fn text_is_escaped_html() {
        assert_eq!(html("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
        let c: &Corpus = &CORPUS;
        let text = slide_text(c, &c.event(EventId(0)));
        assert!(text
            .starts_with("<p>Russia, North Korea</p><blockquote>“Russia and North Korea signed"));
        assert!(text.contains("<cite>Alpha — Alpha Times</cite>"));
    }
}

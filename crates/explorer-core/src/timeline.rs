//! The timeline's drawing, computed: the span of the data, the window it opens on, and
//! where each dated event's mark and label go in a window (lanes per group, labels that
//! do not fit shortened or hidden). The view only draws what this returns.

use crate::date::Date;
use crate::lanes::{pack_groups, LaneItem, LaneRules};
use crate::model::*;
use crate::time_scale::{drawn_span, initial_window, Span, TimeScale};

/// Radius of a point mark (an event known to the day), in px.
pub const POINT_R: i32 = 5;

/// One event as drawn: its mark from `x0` to `x1` (a point when `point`), its lane, the
/// label width it may use (0: hidden, shown on hover and focus).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub event: EventId,
    pub x0: i32,
    pub x1: i32,
    pub point: bool,
    pub lane: u16,
    pub label: i32,
    /// Its label is on two lines, each at most `label` wide.
    pub two: bool,
    /// Its mark overlaps another's (the lanes of its group ran out).
    pub crowded: bool,
}

/// The marks of a window, and the lanes of each group (`first_lane`, `lanes`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub marks: Vec<Mark>,
    pub bands: Vec<(u16, u16)>,
    pub lanes: u16,
}

/// The days an event is drawn across, when it has a date.
pub fn span_of(c: &Corpus, e: EventId) -> Option<Span> {
    let ev = c.event(e);
    ev.date.map(|d| drawn_span(d, ev.end))
}

/// First and last day of every dated event, or `None` when no event has a date.
pub fn data_span(c: &Corpus) -> Option<(i32, i32)> {
    c.event_ids()
        .filter_map(|e| span_of(c, e))
        .fold(None, |acc, s| {
            let (a, b) = (s.first, s.last_exclusive - 1);
            Some(match acc {
                None => (a, b),
                Some((x, y)) => (x.min(a), y.max(b)),
            })
        })
}

/// The scale a timeline of `width` px opens on: the window `tw` when given, else the
/// densest stretch of the corpus's events ([`initial_window`]).
pub fn scale(c: &Corpus, width: i32, tw: Option<(Date, Date)>) -> Option<TimeScale> {
    let (first, last) = data_span(c)?;
    let base = TimeScale::new(first, last, width.max(1));
    let window = match tw {
        Some((a, b)) => Some((a.first_day(), b.last_day())),
        None => {
            let spans: Vec<Span> = c.event_ids().filter_map(|e| span_of(c, e)).collect();
            initial_window(&spans)
        }
    };
    Some(match window {
        Some((a, b)) => base.with_window(a, b),
        None => base,
    })
}

/// The window of a scale as dates to the day, for `tw`.
pub fn window_dates(s: &TimeScale) -> (Date, Date) {
    let first = s.start().floor() as i32;
    let last = (s.end().ceil() as i32 - 1).max(first);
    (
        crate::time_scale::date_of_day(first),
        crate::time_scale::date_of_day(last),
    )
}

/// Marks and lanes for `events` (in timeline order; undated ones are skipped) in the
/// window of `scale`: an event wholly outside the window is left out, the rest are
/// packed into lanes per `group` so that marks and labels never collide.
pub fn layout(
    c: &Corpus,
    events: &[EventId],
    scale: &TimeScale,
    group: &dyn Fn(EventId) -> u16,
    label_width: &dyn Fn(EventId) -> i32,
    rules: LaneRules,
) -> Layout {
    let mut shown = Vec::new();
    let mut items = Vec::new();
    for &e in events {
        let Some(span) = span_of(c, e) else {
            continue;
        };
        let (mut x0, mut x1) = span.extent(scale);
        if span.point {
            (x0, x1) = (x0 - POINT_R, x1 + POINT_R);
        }
        if x1 < 0 || x0 > scale.width() {
            continue;
        }
        // A bar wider than the view is drawn to its edges.
        let (x0, x1) = (x0.max(-POINT_R), x1.min(scale.width() + POINT_R));
        items.push(LaneItem {
            x0,
            x1,
            label: label_width(e),
            group: group(e),
        });
        shown.push((e, span.point));
    }
    let rules = LaneRules {
        right: scale.width(),
        ..rules
    };
    let (slots, bands) = pack_groups(&items, &rules);
    let lanes = bands
        .iter()
        .map(|b| b.first_lane + b.lanes)
        .max()
        .unwrap_or(0);
    Layout {
        marks: shown
            .iter()
            .zip(&items)
            .zip(&slots)
            .map(|((&(event, point), item), slot)| Mark {
                event,
                x0: item.x0,
                x1: item.x1,
                point,
                lane: slot.lane,
                label: slot.label,
                two: slot.two,
                crowded: slot.crowded,
            })
            .collect(),
        bands: bands.iter().map(|b| (b.first_lane, b.lanes)).collect(),
        lanes,
    }
}

/// Whether [`layout`] keeps event `e` in the window of `scale` (when it passes the
/// filter): it has a date and its mark is not wholly outside the window.
pub fn in_window(c: &Corpus, e: EventId, scale: &TimeScale) -> bool {
    span_of(c, e).is_some_and(|span| {
        let (mut x0, mut x1) = span.extent(scale);
        if span.point {
            (x0, x1) = (x0 - POINT_R, x1 + POINT_R);
        }
        x1 >= 0 && x0 <= scale.width()
    })
}

/// The date range a drag across the overview from `x0` to `x1` (either way) selects: from
/// the month under one end to the month under the other, never past the overview's ends.
/// Months, because a pixel of the overview is weeks and a link should read as dates.
pub fn brush_range(overview: &TimeScale, x0: i32, x1: i32) -> (Date, Date) {
    let (lo, hi) = overview.bounds();
    let at = |x: i32| {
        let day = overview.day_at(x).max(lo).min(hi - 1.0).floor() as i32;
        let d = crate::time_scale::date_of_day(day);
        Date::month(d.year, d.month)
    };
    (at(x0.min(x1)), at(x0.max(x1)))
}

/// The overview strip's ticks, one per dated event, as the data of one SVG path: a
/// rectangle from `y` down `h` across the event's days on `overview`, at least 2 px
/// wide (a point too).
pub fn overview_path(c: &Corpus, overview: &TimeScale, y: i32, h: i32) -> String {
    let mut d = String::new();
    for span in c.event_ids().filter_map(|e| span_of(c, e)) {
        let (a, b) = span.extent(overview);
        d.push_str(&format!("M{a} {y}h{}v{h}H{a}z", (b - a).max(2)));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::CORPUS;

    fn chars(e: EventId) -> i32 {
        CORPUS.event(e).title.chars().count() as i32 * 7
    }

    #[test]
    fn the_overview_path_has_a_rectangle_per_dated_event_at_least_2_px_wide() {
        let (first, last) = data_span(&CORPUS).unwrap();
        let o = TimeScale::new(first, last + 1, 600).overview(600);
        let d = overview_path(&CORPUS, &o, 10, 12);
        let dated = CORPUS
            .event_ids()
            .filter(|&e| CORPUS.event(e).date.is_some())
            .count();
        let rects: Vec<&str> = d.split('M').skip(1).collect();
        assert_eq!(rects.len(), dated);
        for r in rects {
            // "x0 10h{w}v12H{x0}z"
            let (x0, rest) = r.split_once(' ').unwrap();
            let (w, back) = rest
                .strip_prefix("10h")
                .and_then(|r| r.split_once("v12H"))
                .unwrap();
            assert!(w.parse::<i32>().unwrap() >= 2, "{r}");
            assert_eq!(back, format!("{x0}z"), "{r}");
            let x0: i32 = x0.parse().unwrap();
            assert!((0..=600).contains(&x0), "{r}");
        }
    }

    #[test]
    fn in_window_keeps_what_layout_keeps() {
        let (first, last) = data_span(&CORPUS).unwrap();
        let events: Vec<EventId> = CORPUS.event_ids().collect();
        let whole = TimeScale::new(first, last + 1, 800);
        // (window, how it was made): the whole span, zoomed in at each third, panned.
        let cases = [
            whole,
            whole.zoom(8.0, 0),
            whole.zoom(8.0, 400),
            whole.zoom(8.0, 800),
            whole.zoom(20.0, 400).pan(300),
            whole.zoom(20.0, 400).pan(-300),
        ];
        for s in cases {
            let l = layout(&CORPUS, &events, &s, &|_| 0, &chars, LaneRules::default());
            let kept: Vec<EventId> = l.marks.iter().map(|m| m.event).collect();
            let inside: Vec<EventId> = events
                .iter()
                .copied()
                .filter(|&e| in_window(&CORPUS, e, &s))
                .collect();
            assert_eq!(kept, inside, "{:?}", window_dates(&s));
        }
    }

    #[test]
    fn a_brush_selects_whole_months_inside_the_data() {
        let o = TimeScale::new(
            Date::day(2024, 1, 1).first_day(),
            Date::day(2025, 12, 31).first_day() + 1,
            731,
        )
        .overview(731);
        let x = |y, m, d| o.x(Date::day(y, m, d).first_day());
        let (feb, apr) = (x(2024, 2, 10), x(2024, 4, 20));
        let month = |day: f64| {
            let d = crate::time_scale::date_of_day(day.floor() as i32);
            Date::month(d.year, d.month)
        };
        let (first, last) = (month(o.bounds().0), month(o.bounds().1 - 1.0));
        let cases = [
            ((feb, apr), (Date::month(2024, 2), Date::month(2024, 4))),
            ((apr, feb), (Date::month(2024, 2), Date::month(2024, 4))),
            ((-5000, feb), (first, Date::month(2024, 2))),
            ((apr, 5000), (Date::month(2024, 4), last)),
        ];
        for ((x0, x1), want) in cases {
            assert_eq!(brush_range(&o, x0, x1), want, "{x0}..{x1}");
        }
    }

    #[test]
    fn the_data_span_covers_every_dated_event() {
        let (a, b) = data_span(&CORPUS).unwrap();
        assert_eq!(a, Date::year(1991).first_day());
        assert_eq!(b, Date::month(2025, 2).last_day());
    }

    #[test]
    fn a_window_from_the_link_is_kept_and_written_back_to_the_day() {
        let tw = (Date::month(2024, 1), Date::month(2025, 3));
        let s = scale(&CORPUS, 1000, Some(tw)).unwrap();
        assert_eq!(s.start(), f64::from(Date::month(2024, 1).first_day()));
        let (a, b) = window_dates(&s);
        assert_eq!((a, b), (Date::day(2024, 1, 1), Date::day(2025, 3, 31)));
        // Without a window the scale opens on the dense stretch (two of the three dated
        // events, June 2024 to February 2025), not on 1991.
        let s = scale(&CORPUS, 1000, None).unwrap();
        assert!(s.start() > f64::from(Date::year(2024).first_day()));
    }

    #[test]
    fn marks_show_precision_skip_what_is_out_of_view_and_never_collide() {
        let events: Vec<EventId> = CORPUS.event_ids().collect();
        let whole = TimeScale::new(
            Date::year(1991).first_day(),
            Date::month(2025, 2).last_day(),
            800,
        );
        let l = layout(
            &CORPUS,
            &events,
            &whole,
            &|_| 0,
            &chars,
            LaneRules::default(),
        );
        // "ratified" has no date: left out.
        assert_eq!(l.marks.len(), 3);
        let by_id = |id: &str| {
            l.marks
                .iter()
                .find(|m| CORPUS.event(m.event).id == id)
                .copied()
                .unwrap()
        };
        assert!(!by_id("dissolution").point, "a year is a bar");
        assert!(by_id("dissolution").x1 - by_id("dissolution").x0 >= 1);
        assert!(!by_id("treaty").point, "a month is a bar");
        // In a window of 2025 alone, only the February deployment is drawn.
        let late = whole.with_window(Date::year(2025).first_day(), Date::year(2025).last_day());
        let l = layout(
            &CORPUS,
            &events,
            &late,
            &|_| 0,
            &chars,
            LaneRules::default(),
        );
        let ids: Vec<&str> = l.marks.iter().map(|m| CORPUS.event(m.event).id).collect();
        assert_eq!(ids, ["deployment"]);
        // Two groups: their lanes do not share rows.
        let l = layout(
            &CORPUS,
            &events,
            &whole,
            &|e| u16::from(CORPUS.event(e).kind != EventKind::Treaty),
            &chars,
            LaneRules::default(),
        );
        assert_eq!(l.bands.len(), 2);
        for m in &l.marks {
            let treaty = CORPUS.event(m.event).kind == EventKind::Treaty;
            let (first, lanes) = l.bands[usize::from(!treaty)];
            assert!(m.lane >= first && m.lane < first + lanes);
        }
        // Nothing overlaps within a lane: marks and labels.
        for a in &l.marks {
            for b in &l.marks {
                if a.event != b.event && a.lane == b.lane && !a.crowded && !b.crowded {
                    let ea = a.x1 + 4 + a.label;
                    let eb = b.x1 + 4 + b.label;
                    assert!(ea < b.x0 || eb < a.x0, "{a:?} {b:?}");
                }
            }
        }
    }
}

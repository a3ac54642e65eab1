//! The timeline's mapping between days and pixels: a visible window over the data,
//! zoomed and panned within bounds, plus how an event's date becomes a drawn extent and
//! which window the timeline opens on. Everything drawn is an integer pixel.

use crate::date::{days_in_month, Date};
use crate::small_sort::sort_by;

/// The shortest window the timeline zooms to, in days: two weeks, where day ticks fit.
pub const MIN_WINDOW: f64 = 14.0;
/// The zoom factor of one button press or key press.
pub const ZOOM_STEP: f64 = 1.5;

/// A visible window `[start, end)` in days (fractional, so zooming is smooth) drawn
/// across `width` pixels, kept inside bounds (the data span plus a margin).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    start: f64,
    end: f64,
    width: i32,
    lo: f64,
    hi: f64,
}

impl TimeScale {
    /// A scale over the data span `first..=last` (day numbers) plus a margin of 1/40 of
    /// the span (at least a week) on each side, `width` px wide, showing all of it.
    pub fn new(first: i32, last: i32, width: i32) -> Self {
        let (a, b) = (f64::from(first.min(last)), f64::from(first.max(last)) + 1.0);
        // The margin keeps the first and last marks off the very edge.
        let margin = ((b - a) / 40.0).max(7.0);
        let (lo, hi) = (a - margin, b + margin);
        TimeScale {
            start: lo,
            end: hi,
            width: width.max(1),
            lo,
            hi,
        }
    }

    /// First visible day (fractional).
    pub fn start(&self) -> f64 {
        self.start
    }

    /// End of the window (exclusive, fractional).
    pub fn end(&self) -> f64 {
        self.end
    }

    /// Width in pixels.
    pub fn width(&self) -> i32 {
        self.width
    }

    /// The bounds the window stays in, `[lo, hi)` in days.
    pub fn bounds(&self) -> (f64, f64) {
        (self.lo, self.hi)
    }

    /// Length of the window in days.
    pub fn days(&self) -> f64 {
        self.end - self.start
    }

    /// Pixels per day.
    pub fn px_per_day(&self) -> f64 {
        f64::from(self.width) / self.days()
    }

    /// The x of the start of day `day`.
    pub fn x(&self, day: i32) -> i32 {
        self.x_at(f64::from(day))
    }

    /// The x of a fractional day (e.g. `day + 0.5`, the middle of a day).
    pub fn x_at(&self, day: f64) -> i32 {
        // floor(v + 0.5) rather than round(): f64.floor is one wasm instruction.
        ((day - self.start) * self.px_per_day() + 0.5).floor() as i32
    }

    /// The (fractional) day at pixel `x`.
    pub fn day_at(&self, x: i32) -> f64 {
        self.start + f64::from(x) / self.px_per_day()
    }

    /// The window `start .. start + len`, length and position clamped to the bounds.
    fn set(mut self, start: f64, len: f64) -> Self {
        if start.is_nan() || len.is_nan() {
            return self; // e.g. centred_on(NaN): keep a usable window
        }
        // max/min rather than clamp: clamp panics when rounding leaves its bounds
        // crossed (a window as long as the bounds), or the bounds are under two weeks.
        let len = len.max(MIN_WINDOW).min(self.hi - self.lo);
        self.start = start.min(self.hi - len).max(self.lo);
        self.end = self.start + len;
        self
    }

    /// Zoomed by `factor` (> 1 zooms in) keeping the day under pixel `at_px` fixed, unless
    /// a bound or the minimum/maximum window stops it. A factor that is not > 0 is ignored.
    pub fn zoom(self, factor: f64, at_px: i32) -> Self {
        if factor.is_nan() || factor <= 0.0 {
            return self;
        }
        let day = self.day_at(at_px);
        let len = (self.days() / factor)
            .max(MIN_WINDOW)
            .min(self.hi - self.lo);
        self.set(day - f64::from(at_px) / f64::from(self.width) * len, len)
    }

    /// One zoom step in, about the centre (for buttons and keys).
    pub fn zoom_in(self) -> Self {
        self.zoom(ZOOM_STEP, self.width / 2)
    }

    /// One zoom step out, about the centre.
    pub fn zoom_out(self) -> Self {
        self.zoom(1.0 / ZOOM_STEP, self.width / 2)
    }

    /// Panned by `dx_px` as when dragging: a positive `dx_px` moves the content right,
    /// so earlier days come into view.
    pub fn pan(self, dx_px: i32) -> Self {
        let len = self.days();
        self.set(self.start - f64::from(dx_px) / self.px_per_day(), len)
    }

    /// Showing the days `first_day..=last_day` (clamped like every window).
    pub fn with_window(self, first_day: i32, last_day: i32) -> Self {
        let (a, b) = (first_day.min(last_day), first_day.max(last_day));
        self.set(f64::from(a), f64::from(b) - f64::from(a) + 1.0)
    }

    /// The same window centred on `day`.
    pub fn centred_on(self, day: f64) -> Self {
        let len = self.days();
        self.set(day - len / 2.0, len)
    }

    /// The same window drawn `width` px wide (after a resize).
    pub fn with_width(mut self, width: i32) -> Self {
        self.width = width.max(1);
        self
    }

    /// The whole bounds, `width` px wide: the overview strip. `overview.x_at(s.start())`
    /// and `overview.x_at(s.end())` are where the detail window `s` sits on it.
    pub fn overview(self, width: i32) -> Self {
        self.with_width(width).set(self.lo, self.hi - self.lo)
    }

    /// Whether zooming in would change anything (to disable the button).
    pub fn can_zoom_in(&self) -> bool {
        self.days() > MIN_WINDOW + 1e-9
    }

    /// Whether zooming out would change anything.
    pub fn can_zoom_out(&self) -> bool {
        self.days() < self.hi - self.lo - 1e-9
    }
}

/// The days an event's mark covers: `[first, last_exclusive)`; `point` when that is a
/// single day (drawn as a dot, otherwise as a bar).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// The first day covered.
    pub first: i32,
    /// The day after the last day covered.
    pub last_exclusive: i32,
    /// Whether it is a single day, drawn as a point.
    pub point: bool,
}

impl Span {
    /// The pixels the mark covers, `(x0, x1)`: a point's centre (the middle of its day)
    /// twice, a bar's two ends.
    pub fn extent(&self, s: &TimeScale) -> (i32, i32) {
        if self.point {
            let x = s.x_at(f64::from(self.first) + 0.5);
            (x, x)
        } else {
            (s.x(self.first), s.x(self.last_exclusive))
        }
    }

    /// The middle day, rounded down: where the span counts for density.
    pub fn middle(&self) -> i32 {
        self.first + (self.last_exclusive - self.first - 1) / 2
    }
}

/// How an event dated `date` (and, for an interval, ending `end`) is drawn: a day-exact
/// date is a point; a month or a year is a bar across all the days it may denote; an
/// interval is a bar from the first day `date` may denote to the last day `end` may.
pub fn drawn_span(date: Date, end: Option<Date>) -> Span {
    let (mut first, mut last) = (date.first_day(), date.last_day());
    if let Some(e) = end {
        // min/max: a reversed interval still draws the days both ends cover.
        first = first.min(e.first_day());
        last = last.max(e.last_day());
    }
    Span {
        first,
        last_exclusive: last + 1,
        point: first == last,
    }
}

/// The window the timeline opens on, as `(first_day, last_day)` inclusive, for
/// [`TimeScale::with_window`]; `None` without spans.
///
/// Rule: the shortest run of days holding the middles of ceil(60 %) of the spans (ties:
/// the latest run, the news), padded on each side by a tenth of its length and at
/// least 16 days, so a month bar whose middle is at an edge is still whole. The scale
/// then applies its minimum window and bounds. On this corpus it opens on 2024–2025
/// while the overview shows 1991 onwards.
pub fn initial_window(spans: &[Span]) -> Option<(i32, i32)> {
    if spans.is_empty() {
        return None;
    }
    let mut mids: Vec<i32> = spans.iter().map(Span::middle).collect();
    sort_by(&mut mids, i32::cmp);
    let n = mids.len();
    let k = (3 * n).div_ceil(5);
    let mut best = 0;
    for i in 1..=n - k {
        if mids[i + k - 1] - mids[i] <= mids[best + k - 1] - mids[best] {
            best = i;
        }
    }
    let (a, b) = (mids[best], mids[best + k - 1]);
    let pad = ((b - a) / 10).max(16);
    Some((a - pad, b + pad))
}

/// The calendar date of day number `day` (the inverse of [`crate::date::day_number`]).
pub fn date_of_day(day: i32) -> Date {
    // Howard Hinnant's civil_from_days.
    let z = day + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    debug_assert!(d >= 1 && d <= i32::from(days_in_month(y as i16, m as u8)));
    Date::day(y as i16, m as u8, d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::day_number;

    fn d(y: i16, m: u8, dd: u8) -> i32 {
        day_number(y, m, dd)
    }

    fn corpus_span() -> TimeScale {
        TimeScale::new(d(1991, 1, 1), d(2025, 12, 31), 1000)
    }

    #[test]
    fn date_of_day_inverts_day_number() {
        for day in d(1899, 12, 1)..d(2101, 1, 31) {
            let date = date_of_day(day);
            assert_eq!(day_number(date.year, date.month, date.day), day);
        }
        assert_eq!(date_of_day(0), Date::day(1970, 1, 1));
        assert_eq!(date_of_day(-1), Date::day(1969, 12, 31));
    }

    #[test]
    fn x_and_day_at_are_inverse_to_the_pixel() {
        let s = corpus_span().with_window(d(2024, 1, 1), d(2025, 3, 31));
        assert_eq!(s.x_at(s.start()), 0);
        assert_eq!(s.x_at(s.end()), 1000);
        for x in [0, 1, 250, 499, 999, 1000] {
            assert_eq!(s.x_at(s.day_at(x)), x);
        }
        assert!(s.x(d(2024, 6, 1)) < s.x(d(2024, 6, 2)));
    }

    #[test]
    fn new_adds_a_margin_and_shows_everything() {
        // Table: data span, width → expected bounds.
        let cases = [
            // 35 years: margin = 12784 days / 40 = 319.6.
            ((d(1991, 1, 1), d(2025, 12, 31)), 1000, 319.6),
            // One day: margin is the one-week minimum.
            ((d(2024, 6, 19), d(2024, 6, 19)), 300, 7.0),
            // Reversed arguments mean the same span.
            ((d(2025, 12, 31), d(1991, 1, 1)), 1000, 319.6),
        ];
        for ((a, b), w, margin) in cases {
            let s = TimeScale::new(a, b, w);
            let (lo, hi) = s.bounds();
            let (first, last) = (a.min(b), a.max(b));
            assert!((lo - (f64::from(first) - margin)).abs() < 1e-6, "{lo}");
            assert!((hi - (f64::from(last) + 1.0 + margin)).abs() < 1e-6, "{hi}");
            assert_eq!((s.start(), s.end()), (lo, hi));
            assert!(!s.can_zoom_out());
        }
    }

    #[test]
    fn zoom_keeps_the_day_under_the_pointer() {
        let s = corpus_span().with_window(d(2020, 1, 1), d(2024, 12, 31));
        for at in [0, 100, 500, 731, 1000] {
            for factor in [1.1, 2.0, 0.8] {
                let z = s.zoom(factor, at);
                assert!(
                    (z.day_at(at) - s.day_at(at)).abs() < 1e-6,
                    "at {at} × {factor}"
                );
                assert!((z.days() - s.days() / factor).abs() < 1e-6);
            }
        }
    }

    /// Windows as long as their bounds, and bounds shorter than the minimum window, do
    /// not panic (f64::clamp would, on bounds crossed by rounding).
    #[test]
    fn windows_at_their_limits_never_panic() {
        for (first, last) in [(7300, 7310), (7358, 7358), (0, 12_775), (-5, 5)] {
            let s = TimeScale::new(first, last, 1000);
            let (lo, hi) = s.bounds();
            for w in [
                s,
                s.zoom_out(),
                s.zoom(0.0001, 3),
                s.with_window(first - 9999, last + 9999),
            ] {
                assert!(w.start() >= lo - 1e-9 && w.end() <= hi + 1e-9, "{w:?}");
            }
            let _ = s.centred_on(f64::from(last) + 0.05).pan(-7).pan(99_999);
        }
    }

    #[test]
    fn zoom_is_clamped_to_min_max_window_and_bounds() {
        let s = corpus_span();
        let (lo, hi) = s.bounds();
        // Zooming in a lot stops at two weeks.
        let mut z = s;
        for _ in 0..100 {
            z = z.zoom_in();
        }
        assert_eq!(z.days(), MIN_WINDOW);
        assert!(!z.can_zoom_in() && z.can_zoom_out());
        // Zooming out a lot stops at the whole bounds.
        for _ in 0..100 {
            z = z.zoom_out();
        }
        assert_eq!((z.start(), z.end()), (lo, hi));
        // Zooming out near an edge shifts the window instead of leaving the bounds.
        let edge = s.with_window(d(1990, 1, 1), d(1990, 3, 1)).zoom(0.25, 0);
        assert_eq!(edge.start(), lo);
        assert!(edge.end() <= hi);
        // Bad factors and days change nothing.
        for f in [0.0, -2.0, f64::NAN] {
            assert_eq!(s.zoom(f, 10), s);
        }
        assert_eq!(s.centred_on(f64::NAN), s);
    }

    #[test]
    fn pan_moves_by_pixels_and_stops_at_the_bounds() {
        let s = corpus_span().with_window(d(2024, 1, 1), d(2024, 12, 31));
        let p = s.pan(100);
        // Dragging 100 px right shows earlier days: the day at x=100 was at x=0.
        assert!((p.day_at(100) - s.day_at(0)).abs() < 1e-6);
        assert_eq!(p.days(), s.days());
        let far = s.pan(1_000_000);
        assert_eq!(far.start(), s.bounds().0);
        let far = s.pan(-1_000_000);
        assert_eq!(far.end(), s.bounds().1);
        assert_eq!(far.days(), s.days());
    }

    #[test]
    fn with_window_is_inclusive_and_clamped() {
        let s = corpus_span();
        let w = s.with_window(d(2024, 6, 1), d(2024, 6, 30));
        assert_eq!(
            (w.start(), w.end()),
            (f64::from(d(2024, 6, 1)), f64::from(d(2024, 7, 1)))
        );
        // Shorter than two weeks: widened to two weeks.
        assert_eq!(
            s.with_window(d(2024, 6, 1), d(2024, 6, 1)).days(),
            MIN_WINDOW
        );
        // Beyond the bounds: the whole bounds.
        let all = s.with_window(d(1900, 1, 1), d(2100, 1, 1));
        assert_eq!((all.start(), all.end()), s.bounds());
        // Overview keeps the bounds whatever the window.
        let o = w.overview(300);
        assert_eq!((o.start(), o.end(), o.width()), (s.start(), s.end(), 300));
        assert_eq!(w.with_width(0).width(), 1);
        let c = w.centred_on(f64::from(d(2024, 1, 1)));
        assert!((c.start() + c.days() / 2.0 - f64::from(d(2024, 1, 1))).abs() < 1e-6);
    }

    #[test]
    fn drawn_span_follows_precision() {
        // Table: date, end → (first, last_exclusive, point).
        let cases = [
            (
                Date::day(2024, 6, 19),
                None,
                (d(2024, 6, 19), d(2024, 6, 20), true),
            ),
            (
                Date::month(2024, 6),
                None,
                (d(2024, 6, 1), d(2024, 7, 1), false),
            ),
            (
                Date::month(2024, 2),
                None,
                (d(2024, 2, 1), d(2024, 3, 1), false),
            ),
            (
                Date::year(1991),
                None,
                (d(1991, 1, 1), d(1992, 1, 1), false),
            ),
            // Intervals cover both ends' extents.
            (
                Date::month(2024, 6),
                Some(Date::month(2024, 12)),
                (d(2024, 6, 1), d(2025, 1, 1), false),
            ),
            (
                Date::year(2022),
                Some(Date::day(2024, 6, 19)),
                (d(2022, 1, 1), d(2024, 6, 20), false),
            ),
            (
                Date::day(2024, 6, 19),
                Some(Date::day(2024, 6, 19)),
                (d(2024, 6, 19), d(2024, 6, 20), true),
            ),
            // A reversed interval still covers both.
            (
                Date::month(2024, 12),
                Some(Date::month(2024, 6)),
                (d(2024, 6, 1), d(2025, 1, 1), false),
            ),
        ];
        for (date, end, (first, last_exclusive, point)) in cases {
            assert_eq!(
                drawn_span(date, end),
                Span {
                    first,
                    last_exclusive,
                    point
                },
                "{date} {end:?}"
            );
        }
    }

    #[test]
    fn span_extent_in_pixels() {
        let s = corpus_span().with_window(d(2024, 6, 1), d(2024, 6, 30));
        // 30 days on 1000 px: 33.3 px a day; a point sits in the middle of its day.
        let p = drawn_span(Date::day(2024, 6, 1), None);
        assert_eq!(p.extent(&s), (17, 17));
        let m = drawn_span(Date::month(2024, 6), None);
        assert_eq!(m.extent(&s), (0, 1000));
        assert_eq!(m.middle(), d(2024, 6, 15));
        assert_eq!(p.middle(), d(2024, 6, 1));
    }

    /// A distribution like the corpus's: five events 1991–2022, 25 in 2024-01..2025-03.
    fn corpus_like() -> Vec<Span> {
        let mut v = vec![
            drawn_span(Date::year(1991), None),
            drawn_span(Date::year(2014), None),
            drawn_span(Date::year(2016), None),
            drawn_span(Date::month(2019, 6), None),
            drawn_span(Date::month(2022, 10), None),
        ];
        // 25 events over the 15 months 2024-01..2025-03, alternately month- and day-exact.
        for i in 0..25u8 {
            let month = (u16::from(i) * 15 / 25) as u8;
            let (y, m) = (2024 + i16::from(month / 12), 1 + month % 12);
            v.push(if i % 2 == 0 {
                drawn_span(Date::month(y, m), None)
            } else {
                drawn_span(Date::day(y, m, 1 + i), None)
            });
        }
        v
    }

    #[test]
    fn initial_window_rule() {
        // Table: spans → (first_day, last_day).
        let one_day = [drawn_span(Date::day(2024, 6, 19), None)];
        // Ten day-exact events three days apart: every run of six is 15 days long.
        let even: Vec<Span> = (0..10)
            .map(|i| drawn_span(Date::day(2024, 1, 1 + 3 * i), None))
            .collect();
        // A cluster of four among six: the run of four (60 %) is the cluster.
        let cluster: Vec<Span> = [0, 100, 101, 102, 103, 500]
            .iter()
            .map(|&day| Span {
                first: day,
                last_exclusive: day + 1,
                point: true,
            })
            .collect();
        let cases: [(&[Span], (i32, i32)); 3] = [
            // One event: just the padding (the scale then widens it to two weeks at least).
            (&one_day, (d(2024, 6, 19) - 16, d(2024, 6, 19) + 16)),
            // Even spread, 6 of 10: ties go to the latest run (13 .. 28 January).
            (&even, (d(2024, 1, 13) - 16, d(2024, 1, 28) + 16)),
            (&cluster, (100 - 16, 103 + 16)),
        ];
        for (spans, expected) in cases {
            assert_eq!(initial_window(spans), Some(expected));
        }
        assert_eq!(initial_window(&[]), None);
    }

    #[test]
    fn initial_window_on_the_corpus_like_spread_reads_months() {
        let spans = corpus_like();
        let (a, b) = initial_window(&spans).unwrap();
        let s = TimeScale::new(d(1991, 1, 1), d(2025, 12, 31), 1000).with_window(a, b);
        let inside = spans
            .iter()
            .filter(|sp| (a..=b).contains(&sp.middle()))
            .count();
        assert!(inside * 5 >= spans.len() * 3, "{inside}");
        // A month is at least 50 px wide: readable, where the whole span gives 2.4 px.
        assert!(s.px_per_day() * 28.0 >= 50.0, "{}", s.px_per_day());
        assert!(date_of_day(a).year >= 2023 && date_of_day(b).year >= 2024);
    }
}

//! Axis ticks for a [`TimeScale`]: the finest calendar unit whose labels fit side by
//! side without overlapping. Labels are structured values; the view turns them into
//! words (and tells us how wide those are through [`LabelWidth`]).

use crate::date::{day_number, days_in_month};
use crate::time_scale::{date_of_day, TimeScale};

/// A label starts this many px right of its tick, inside the period it names.
pub const LABEL_PAD: i32 = 3;
/// The least space between one label's end and the next label's start, in px.
pub const LABEL_GAP: i32 = 6;

/// A calendar unit of ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Every n years, on years divisible by n (10: decades 1990, 2000, …).
    Years(u8),
    /// Quarters: January, April, July, October.
    Quarter,
    /// The first of every month.
    Month,
    /// Days 1, 1+n, 1+2n … of each month, never closer than n days to the next month.
    Days(u8),
}

/// The units tried, coarse to fine.
pub const UNITS: [Unit; 13] = [
    Unit::Years(100),
    Unit::Years(50),
    Unit::Years(20),
    Unit::Years(10),
    Unit::Years(5),
    Unit::Years(2),
    Unit::Years(1),
    Unit::Quarter,
    Unit::Month,
    Unit::Days(15),
    Unit::Days(5),
    Unit::Days(2),
    Unit::Days(1),
];

/// What a tick names, for the view to put into words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickLabel {
    /// The start of a year (also of decades and other multi-year steps).
    Year {
        /// The year.
        year: i16,
    },
    /// The start of a quarter.
    Quarter {
        /// The year.
        year: i16,
        /// The quarter, 1 to 4.
        quarter: u8,
    },
    /// The start of a month.
    Month {
        /// The year.
        year: i16,
        /// The month, 1 to 12.
        month: u8,
    },
    /// The start of a day.
    Day {
        /// The year.
        year: i16,
        /// The month, 1 to 12.
        month: u8,
        /// The day of the month, 1 to 31.
        day: u8,
    },
}

/// One tick: at the start of `day`, drawn at `x`. `major` marks the boundary of the next
/// larger period (January for quarters and months, the 1st for days, a multiple of ten
/// steps for years), where the view may print the year or month under the label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tick {
    /// The day number the tick starts.
    pub day: i32,
    /// Its x in the scale's pixels.
    pub x: i32,
    /// What it names.
    pub label: TickLabel,
    /// Whether it starts the next larger period.
    pub major: bool,
}

/// How wide the view draws a label, in px.
pub trait LabelWidth {
    /// The width of `label` as drawn.
    fn width(&self, label: &TickLabel) -> i32;
}

/// The ticks for `scale`: the finest unit whose labels fit, and its ticks left to right.
///
/// Each label occupies `[x + LABEL_PAD, x + LABEL_PAD + width)`; consecutive labels are
/// at least `LABEL_GAP` apart and every label ends inside `[0, width]` (a tick whose
/// label would run past the right edge is left out). A unit with one tick or none in
/// view fits trivially, so some unit always fits.
pub fn ticks(scale: &TimeScale, font: &dyn LabelWidth) -> (Unit, Vec<Tick>) {
    let mut best = (UNITS[0], Vec::new());
    let mut buf = Vec::new();
    // Every unit is tried (not just until the first failure): label widths come from
    // the view, so a finer unit may fit where a coarser one with longer labels does not.
    for unit in UNITS {
        if layout(unit, scale, font, &mut buf) {
            best.0 = unit;
            std::mem::swap(&mut best.1, &mut buf);
        }
    }
    best
}

/// Fills `out` with `unit`'s ticks in view; false (stopping early, so a unit far too
/// fine costs a few ticks, not thousands) as soon as two labels overlap.
pub fn layout(unit: Unit, scale: &TimeScale, font: &dyn LabelWidth, out: &mut Vec<Tick>) -> bool {
    out.clear();
    let first = scale.start().ceil() as i32;
    let start = date_of_day(first);
    let (mut y, mut m, mut d) = align(unit, i32::from(start.year), start.month);
    let mut free = i32::MIN; // where the next label may start
    loop {
        let day = day_number(y as i16, m, d);
        if f64::from(day) >= scale.end() {
            return true;
        }
        if day >= first {
            let (label, major) = label(unit, y as i16, m, d);
            let x = scale.x(day);
            let end = x + LABEL_PAD + font.width(&label);
            if end <= scale.width() {
                if x + LABEL_PAD < free {
                    return false;
                }
                free = end + LABEL_GAP;
                out.push(Tick {
                    day,
                    x,
                    label,
                    major,
                });
            }
        }
        (y, m, d) = step(unit, y, m, d);
    }
}

/// The unit's first tick at or before the first of month `m` of year `y`.
fn align(unit: Unit, y: i32, m: u8) -> (i32, u8, u8) {
    match unit {
        Unit::Years(n) => (y - y.rem_euclid(i32::from(n)), 1, 1),
        Unit::Quarter => (y, m - (m - 1) % 3, 1),
        Unit::Month | Unit::Days(_) => (y, m, 1),
    }
}

/// The unit's next tick after `y-m-d`.
fn step(unit: Unit, y: i32, m: u8, d: u8) -> (i32, u8, u8) {
    let months = |k: u8| {
        let m0 = m - 1 + k;
        (y + i32::from(m0 / 12), m0 % 12 + 1, 1)
    };
    match unit {
        Unit::Years(n) => (y + i32::from(n), 1, 1),
        Unit::Quarter => months(3),
        Unit::Month => months(1),
        Unit::Days(n) => {
            // Only if a whole step is left before the month ends: no 31st right before a 1st.
            if d + 2 * n <= days_in_month(y as i16, m) + 1 {
                (y, m, d + n)
            } else {
                months(1)
            }
        }
    }
}

/// The label of the tick at `y-m-d`, and whether it is major.
fn label(unit: Unit, year: i16, month: u8, day: u8) -> (TickLabel, bool) {
    match unit {
        Unit::Years(n) => (TickLabel::Year { year }, year % (10 * i16::from(n)) == 0),
        Unit::Quarter => (
            TickLabel::Quarter {
                year,
                quarter: (month - 1) / 3 + 1,
            },
            month == 1,
        ),
        Unit::Month => (TickLabel::Month { year, month }, month == 1),
        Unit::Days(_) => (TickLabel::Day { year, month, day }, day == 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::day_number as dn;

    /// A fixed-width font: `px` per character of an English rendering
    /// ("2024", "Q1", "Jan", "16 Jan").
    struct Fixed(i32);

    impl LabelWidth for Fixed {
        fn width(&self, label: &TickLabel) -> i32 {
            self.0
                * match label {
                    TickLabel::Year { .. } => 4,
                    TickLabel::Quarter { .. } => 2,
                    TickLabel::Month { .. } => 3,
                    TickLabel::Day { day, .. } => 5 + i32::from(*day >= 10),
                }
        }
    }

    /// Widths that vary with the value, like full month names ("September 2024").
    struct Proportional;

    impl LabelWidth for Proportional {
        fn width(&self, label: &TickLabel) -> i32 {
            const LEN: [i32; 12] = [7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8];
            match *label {
                TickLabel::Year { .. } => 30,
                TickLabel::Quarter { .. } => 52,
                TickLabel::Month { month, .. } => 6 * LEN[usize::from(month) - 1],
                TickLabel::Day { day, month, .. } => {
                    if day == 1 {
                        6 * LEN[usize::from(month) - 1] + 12
                    } else {
                        14
                    }
                }
            }
        }
    }

    fn scale(first: i32, last: i32, width: i32) -> TimeScale {
        TimeScale::new(dn(1980, 1, 1), dn(2030, 12, 31), width).with_window(first, last)
    }

    fn names(t: &[Tick]) -> Vec<TickLabel> {
        t.iter().map(|t| t.label).collect()
    }

    fn years(range: impl Iterator<Item = i16>) -> Vec<TickLabel> {
        range.map(|year| TickLabel::Year { year }).collect()
    }

    #[test]
    fn table_window_to_unit_and_labels() {
        let f = Fixed(7);
        let months: Vec<TickLabel> = (0..15)
            .map(|i| TickLabel::Month {
                year: 2024 + i / 12,
                month: (i % 12 + 1) as u8,
            })
            .collect();
        let days: Vec<TickLabel> = (1..=14)
            .map(|day| TickLabel::Day {
                year: 2024,
                month: 6,
                day,
            })
            .collect();
        // Table: (first day, last day, width) → (unit, labels).
        let cases = [
            // 37 years on 1000 px: a year is 27 px, "2024" needs 28 + 6: every two years
            // (2026 would run past the right edge).
            (
                (dn(1990, 1, 1), dn(2026, 12, 31), 1000),
                (Unit::Years(2), years((1990..=2024).step_by(2))),
            ),
            // The same on 400 px: every five years.
            (
                (dn(1990, 1, 1), dn(2026, 12, 31), 400),
                (Unit::Years(5), years((1990..=2020).step_by(5))),
            ),
            // On 150 px: decades, aligned to round years.
            (
                (dn(1990, 1, 1), dn(2026, 12, 31), 150),
                (Unit::Years(10), years((1990..=2010).step_by(10))),
            ),
            // The dense months on 1000 px: months (half-months would need 48 px per 15 days).
            (
                (dn(2024, 1, 1), dn(2025, 3, 31), 1000),
                (Unit::Month, months.clone()),
            ),
            // Two weeks: days.
            (
                (dn(2024, 6, 1), dn(2024, 6, 14), 1000),
                (Unit::Days(1), days),
            ),
        ];
        for ((a, b, w), (unit, labels)) in cases {
            let (u, t) = ticks(&scale(a, b, w), &f);
            assert_eq!((u, names(&t)), (unit, labels), "{a}..{b} at {w}");
        }
    }

    #[test]
    fn table_units_between() {
        let f = Fixed(7);
        // Table: (first, last, width) → unit.
        let cases = [
            ((dn(2024, 1, 1), dn(2025, 3, 31), 300), Unit::Quarter),
            ((dn(2024, 1, 1), dn(2024, 8, 31), 1000), Unit::Days(15)),
            ((dn(2024, 6, 1), dn(2024, 8, 31), 1000), Unit::Days(5)),
            ((dn(2024, 6, 1), dn(2024, 6, 30), 1000), Unit::Days(2)),
            ((dn(2000, 1, 1), dn(2009, 12, 31), 400), Unit::Years(1)),
        ];
        for ((a, b, w), unit) in cases {
            assert_eq!(ticks(&scale(a, b, w), &f).0, unit, "{a}..{b} at {w}");
        }
    }

    #[test]
    fn quarters_start_in_january_and_mark_the_year() {
        let (u, t) = ticks(&scale(dn(2023, 11, 1), dn(2025, 3, 31), 300), &Fixed(7));
        assert_eq!(u, Unit::Quarter);
        let got: Vec<(TickLabel, bool)> = t.iter().map(|t| (t.label, t.major)).collect();
        let q = |year, quarter| TickLabel::Quarter { year, quarter };
        assert_eq!(
            got,
            [
                (q(2024, 1), true),
                (q(2024, 2), false),
                (q(2024, 3), false),
                (q(2024, 4), false),
                (q(2025, 1), true),
            ]
        );
        assert_eq!(t[1].day, dn(2024, 4, 1));
    }

    #[test]
    fn major_ticks() {
        let f = Fixed(7);
        let (_, t) = ticks(&scale(dn(2024, 1, 1), dn(2025, 3, 31), 1000), &f);
        let majors: Vec<i32> = t.iter().filter(|t| t.major).map(|t| t.day).collect();
        assert_eq!(majors, [dn(2024, 1, 1), dn(2025, 1, 1)]);
        let (_, t) = ticks(&scale(dn(2024, 6, 20), dn(2024, 7, 10), 1000), &f);
        let majors: Vec<i32> = t.iter().filter(|t| t.major).map(|t| t.day).collect();
        assert_eq!(majors, [dn(2024, 7, 1)]);
        let (_, t) = ticks(&scale(dn(1990, 1, 1), dn(2026, 12, 31), 1000), &f);
        let majors: Vec<i32> = t.iter().filter(|t| t.major).map(|t| t.day).collect();
        assert_eq!(majors, [dn(2000, 1, 1), dn(2020, 1, 1)]);
    }

    #[test]
    fn day_steps_never_crowd_the_month_end() {
        // Every gap between Days(n) ticks is at least n days, in long and short months.
        let s = scale(dn(2023, 12, 1), dn(2024, 3, 31), 100_000);
        for n in [2u8, 5, 15] {
            let mut t = Vec::new();
            assert!(layout(Unit::Days(n), &s, &Fixed(1), &mut t));
            for w in t.windows(2) {
                let gap = w[1].day - w[0].day;
                assert!(
                    gap >= i32::from(n) && gap < 2 * i32::from(n),
                    "Days({n}): {w:?}"
                );
            }
        }
    }

    /// The invariants, on many windows and widths with both fonts.
    #[test]
    fn labels_never_overlap_and_the_unit_is_the_finest_that_fits() {
        let fonts: [&dyn LabelWidth; 3] = [&Fixed(7), &Fixed(11), &Proportional];
        let base = TimeScale::new(dn(1991, 1, 1), dn(2025, 12, 31), 1000);
        let mut checked = 0;
        for width in [40, 90, 160, 320, 555, 800, 1000, 1440, 2500] {
            for font in fonts {
                // Zoom from the whole span down to two weeks around several days.
                for at in [0, width / 3, width - 1] {
                    let mut s = base.with_width(width);
                    loop {
                        check(&s, font);
                        checked += 1;
                        if !s.can_zoom_in() {
                            break;
                        }
                        s = s.zoom(1.37, at);
                    }
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    fn check(s: &TimeScale, font: &dyn LabelWidth) {
        let (unit, t) = ticks(s, font);
        let mut free = i32::MIN;
        for tick in &t {
            assert_eq!(tick.x, s.x(tick.day));
            assert!(f64::from(tick.day) >= s.start() && f64::from(tick.day) < s.end());
            let start = tick.x + LABEL_PAD;
            let end = start + font.width(&tick.label);
            assert!(start >= free, "{unit:?} overlap at {tick:?} in {s:?}");
            assert!(tick.x >= 0 && end <= s.width(), "{tick:?} outside {s:?}");
            free = end + LABEL_GAP;
        }
        // Every finer unit than the chosen one fails.
        let at = UNITS.iter().position(|&u| u == unit).unwrap();
        let mut buf = Vec::new();
        for &finer in &UNITS[at + 1..] {
            assert!(
                !layout(finer, s, font, &mut buf),
                "{finer:?} fits too in {s:?}"
            );
        }
    }

    #[test]
    fn a_window_too_narrow_for_any_second_label_still_gives_one() {
        // 30 px: not even one decade label pair fits, but one label does.
        let (_, t) = ticks(&scale(dn(1990, 1, 1), dn(2026, 12, 31), 30), &Fixed(6));
        assert!(t.len() <= 1);
        // 5 px: nothing fits inside the width at all.
        let (_, t) = ticks(&scale(dn(1990, 1, 1), dn(2026, 12, 31), 5), &Fixed(6));
        assert!(t.is_empty());
    }
}

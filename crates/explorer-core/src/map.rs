//! The alliance map's geometry. Its fixed part is computed at build time (`build.rs`
//! with the `mapgen` crate) and compiled in as integer tables: where each actor sits on
//! the geographic map and in the network layout ([`MapLayouts`]). The rest is the pure
//! logic the view runs on those tables, all of it tested natively: which ties are in
//! force at a date ([`force`]) and the dates to play through ([`play_steps`]).

use crate::date::Date;

/// How an actor is drawn in one layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Placed {
    /// Not drawn in this layout (no place, no members, no state to go with).
    Absent = 0,
    /// At its own point: a state at its capital, an organisation at its seat, a place.
    Point = 1,
    /// An organisation or alliance with no seat, as a labelled group beside its members.
    Group = 2,
    /// A person, drawn with their state: `x`, `y` are the state's, and ties attach there.
    WithState = 3,
    /// Outside the frame: at its edge, an arrow pointing `angle` degrees (0 east,
    /// 90 north) towards where it really is.
    Outside = 4,
}

/// Where an actor sits in one layout, in that layout's viewBox units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spot {
    /// Across, from the left.
    pub x: i16,
    /// Down, from the top.
    pub y: i16,
    /// How it is drawn there.
    pub how: Placed,
    /// For `Placed::Outside`, the direction of its arrow in degrees; 0 otherwise.
    pub angle: i16,
}

impl Spot {
    /// Not drawn.
    pub const ABSENT: Spot = Spot {
        x: 0,
        y: 0,
        how: Placed::Absent,
        angle: 0,
    };

    /// Whether the actor is drawn in this layout.
    pub fn is_drawn(&self) -> bool {
        self.how != Placed::Absent
    }
}

/// One layout: its viewBox and a spot per entity, indexed like the corpus's entities.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    /// ViewBox width.
    pub width: i16,
    /// ViewBox height.
    pub height: i16,
    /// One spot per entity (`EntityId::index()`).
    pub spots: &'static [Spot],
}

impl Layout {
    /// Where entity `i` sits (absent when out of range).
    pub fn spot(&self, i: usize) -> Spot {
        self.spots.get(i).copied().unwrap_or(Spot::ABSENT)
    }
}

/// Both layouts of the map.
#[derive(Clone, Copy, Debug)]
pub struct MapLayouts {
    /// The geographic map; its viewBox is the outline file's (`data/countries.svg`).
    pub geo: Layout,
    /// The network of actors and ties.
    pub net: Layout,
}

// ---- In force at a date ------------------------------------------------------------

/// Whether a tie (a relation, a period) holds at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Force {
    /// It begins after the date.
    NotYet,
    /// It holds at some time during the date.
    InForce,
    /// It ended before the date.
    Ended,
}

/// Whether a tie from `from` to `to` holds at `at`, each date standing for all the days
/// its precision allows (a year, a month or a day).
///
/// Rule: the tie is in force at `at` when it has begun by the end of `at`'s span
/// (`from.first_day() <= at.last_day()`; no `from` counts as begun) and has not ended
/// before `at`'s span starts (no `to`, or `to.last_day() >= at.first_day()`). It is
/// [`Force::NotYet`] when `from.first_day() > at.last_day()` and [`Force::Ended`] when
/// `to.last_day() < at.first_day()`; a reversed tie that is both (the compiler rejects
/// those) is `NotYet`. So a tie "since 2024" is in force at 2024-01-01 and at 2024-06,
/// and a tie "to 1991" is in force at 1991-12 and ended at 1992.
pub fn force(from: Option<Date>, to: Option<Date>, at: Date) -> Force {
    if from.is_some_and(|f| f.first_day() > at.last_day()) {
        Force::NotYet
    } else if to.is_some_and(|t| t.last_day() < at.first_day()) {
        Force::Ended
    } else {
        Force::InForce
    }
}

// ---- Play through time --------------------------------------------------------------

/// The most calendar years [`play_steps`] steps through by month.
pub const PLAY_MONTH_YEARS: i16 = 3;

/// The dates the map steps through when it plays the corpus through time, given the
/// dated starts and ends of its ties and events (in any order): a year-precision date
/// ([`Date::year`]) for each year from the earliest date's year up to the year before
/// the switch year `S`, then a month ([`Date::month`]) for each month from January of
/// `S` to the month of the latest date (dates compared by their first day, so a latest
/// date "2025" ends the steps at 2025-01). Empty without dates.
///
/// Rule for `S`, derived from the data: the latest year such that at least half of the
/// dates lie in it or after it (the median date's year); then moved back a year at a
/// time while the year before holds at least a quarter of all the dates (a busy period
/// across a New Year is stepped by month throughout); but never earlier than
/// [`PLAY_MONTH_YEARS`] − 1 years before the latest date's year, so that evenly spread
/// dates do not turn into hundreds of month steps. On this corpus (1991, 2014, 2016,
/// 2022, most dates in 2024 and early 2025) that is every year 1991–2023, then
/// 2024-01 to the latest month.
pub fn play_steps(dates: &[Date]) -> Vec<Date> {
    let Some(first) = dates.iter().min_by_key(|d| d.first_day()) else {
        return Vec::new();
    };
    let last = dates.iter().max_by_key(|d| d.first_day()).unwrap_or(first);
    let (y0, y1) = (first.year, last.year);
    // Dates per year, y0..=y1.
    let mut per_year = vec![0usize; (i32::from(y1) - i32::from(y0) + 1) as usize];
    for d in dates {
        per_year[(i32::from(d.year) - i32::from(y0)) as usize] += 1;
    }
    let at = |y: i16| per_year[(i32::from(y) - i32::from(y0)) as usize];
    let n = dates.len();
    // The median year: the latest from which at least half of the dates lie.
    let mut s = y1;
    let mut from_s = at(s);
    while 2 * from_s < n {
        s -= 1;
        from_s += at(s);
    }
    let earliest_switch = y0.max(y1.saturating_sub(PLAY_MONTH_YEARS - 1));
    while s > earliest_switch && 4 * at(s - 1) >= n {
        s -= 1;
    }
    let s = s.max(earliest_switch);
    let last_month = if last.month == 0 { 1 } else { last.month };
    let mut steps: Vec<Date> = (y0..s).map(Date::year).collect();
    for y in s..=y1 {
        let end = if y == y1 { last_month } else { 12 };
        steps.extend((1..=end).map(|m| Date::month(y, m)));
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn force_follows_the_precision_of_both_dates() {
        let (y, m, d) = (Date::year, Date::month, Date::day);
        use Force::*;
        // Table: from, to, at → force.
        let cases = [
            // "Since 2024": in force during all of 2024, at any precision.
            (Some(y(2024)), None, m(2024, 6), InForce),
            (Some(y(2024)), None, d(2024, 1, 1), InForce),
            (Some(y(2024)), None, y(2024), InForce),
            (Some(y(2024)), None, d(2023, 12, 31), NotYet),
            (Some(y(2024)), None, y(2023), NotYet),
            // "To 1991": in force to the end of 1991.
            (None, Some(y(1991)), m(1991, 12), InForce),
            (None, Some(y(1991)), d(1991, 12, 31), InForce),
            (None, Some(y(1991)), y(1992), Ended),
            (None, Some(y(1991)), d(1992, 1, 1), Ended),
            // Months at both ends.
            (Some(m(2024, 6)), Some(m(2024, 12)), y(2024), InForce),
            (Some(m(2024, 6)), Some(m(2024, 12)), m(2024, 5), NotYet),
            (
                Some(m(2024, 6)),
                Some(m(2024, 12)),
                d(2024, 12, 31),
                InForce,
            ),
            (Some(m(2024, 6)), Some(m(2024, 12)), m(2025, 1), Ended),
            // A day-exact start is begun by the end of its month, not before its day.
            (Some(d(2024, 6, 19)), None, m(2024, 6), InForce),
            (Some(d(2024, 6, 19)), None, d(2024, 6, 18), NotYet),
            (Some(d(2024, 6, 19)), None, d(2024, 6, 19), InForce),
            // A one-day tie.
            (
                Some(d(2024, 6, 19)),
                Some(d(2024, 6, 19)),
                d(2024, 6, 20),
                Ended,
            ),
            // A leap day inside a month-exact end.
            (None, Some(m(2024, 2)), d(2024, 2, 29), InForce),
            // Undated at both ends: always.
            (None, None, y(1900), InForce),
            // A year-exact date overlapping a tie that ended within it.
            (Some(y(2022)), Some(m(2024, 6)), y(2024), InForce),
            // Reversed (the compiler rejects these): NotYet wins.
            (Some(y(2025)), Some(y(2020)), y(2022), NotYet),
        ];
        for (from, to, at, expected) in cases {
            assert_eq!(force(from, to, at), expected, "{from:?} {to:?} at {at}");
        }
    }

    fn years(a: i16, b: i16) -> Vec<Date> {
        (a..=b).map(Date::year).collect()
    }

    /// Months from `(y, m)` to `(y2, m2)`, both included.
    fn months((y, m): (i16, u8), (y2, m2): (i16, u8)) -> Vec<Date> {
        let mut v = Vec::new();
        let (mut y, mut m) = (y, m);
        while (y, m) <= (y2, m2) {
            v.push(Date::month(y, m));
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        v
    }

    /// The dates of the real corpus: seven at 1991, one each at 2014 and 2016, four at
    /// 2022-10, eighteen across 2024-06..2024-12, four in early 2025.
    fn corpus_dates() -> Vec<Date> {
        let mut v = vec![Date::year(1991); 7];
        v.extend([Date::year(2014), Date::year(2016)]);
        v.extend([Date::month(2022, 10); 4]);
        for i in 0..18u8 {
            v.push(match i % 3 {
                0 => Date::month(2024, 6 + i % 7),
                1 => Date::day(2024, 6 + i % 7, 1 + i),
                _ => Date::month(2024, 12),
            });
        }
        v.extend([Date::year(2025), Date::month(2025, 2), Date::month(2025, 2)]);
        v.push(Date::day(2025, 2, 28));
        v
    }

    #[test]
    fn play_steps_by_year_then_by_month() {
        let real = corpus_dates();
        let mut shuffled = real.clone();
        shuffled.reverse();
        shuffled.swap(3, 20);
        let cat = |a: Vec<Date>, b: Vec<Date>| [a, b].concat();
        // Four at 2000, ten in 2024, twenty in 2025: 2024 holds over a quarter.
        let across_new_year = cat(
            cat(vec![Date::year(2000); 4], vec![Date::month(2024, 3); 10]),
            vec![Date::day(2025, 3, 9); 20],
        );
        // The same with five in 2024: a year step for it.
        let quiet_year = cat(
            cat(vec![Date::year(2000); 4], vec![Date::month(2024, 3); 5]),
            vec![Date::day(2025, 3, 9); 20],
        );
        // One a year 1900..=2000: the median is 1950, but months only over three years.
        let even = years(1900, 2000);
        // Table: dates → steps.
        let cases: [(&[Date], Vec<Date>); 9] = [
            (&[], vec![]),
            (&real, cat(years(1991, 2023), months((2024, 1), (2025, 2)))),
            (
                &shuffled,
                cat(years(1991, 2023), months((2024, 1), (2025, 2))),
            ),
            (
                &across_new_year,
                cat(years(2000, 2023), months((2024, 1), (2025, 3))),
            ),
            (
                &quiet_year,
                cat(years(2000, 2024), months((2025, 1), (2025, 3))),
            ),
            (&even, cat(years(1900, 1997), months((1998, 1), (2000, 1)))),
            (&[Date::day(2024, 6, 19)], months((2024, 1), (2024, 6))),
            (&[Date::year(1991)], vec![Date::month(1991, 1)]),
            // Half the dates at each end: the later year is the median year.
            (
                &[Date::year(1991), Date::month(2024, 2)],
                cat(years(1991, 2023), months((2024, 1), (2024, 2))),
            ),
        ];
        for (dates, expected) in cases {
            assert_eq!(play_steps(dates), expected, "{dates:?}");
        }
        // Far-apart years do not overflow.
        let wide = play_steps(&[Date::year(i16::MIN), Date::year(i16::MAX)]);
        assert_eq!(wide.len(), 65_536);
        assert_eq!(wide.last(), Some(&Date::month(i16::MAX, 1)));
    }
}

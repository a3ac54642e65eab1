//! Dates with honest precision: a year, a month or a day.

use std::fmt;

use crate::lang::Lang;

/// A calendar date known to the year, the month or the day.
/// `month == 0` means "year only"; `day == 0` means "month only".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: i16,
    pub month: u8,
    pub day: u8,
}

/// How precisely a [`Date`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Date {
    /// A date known to the year.
    pub const fn year(year: i16) -> Self {
        Date {
            year,
            month: 0,
            day: 0,
        }
    }

    /// A date known to the month.
    pub const fn month(year: i16, month: u8) -> Self {
        Date {
            year,
            month,
            day: 0,
        }
    }

    /// A date known to the day.
    pub const fn day(year: i16, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates.
    pub fn parse(s: &str) -> Result<Date, String> {
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize, what: &str| -> Result<u32, String> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("`{s}` is not a date: the {what} must be {len} digits (YYYY, YYYY-MM or YYYY-MM-DD)"));
            }
            // Digits only, checked above: no `str::parse` and its error messages.
            Ok(p.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
        };
        let (year, month, day) = match parts.as_slice() {
            [y] => (num(y, 4, "year")?, 0, 0),
            [y, m] => (num(y, 4, "year")?, num(m, 2, "month")?, 0),
            [y, m, d] => (num(y, 4, "year")?, num(m, 2, "month")?, num(d, 2, "day")?),
            _ => {
                return Err(format!(
                    "`{s}` is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
                ))
            }
        };
        if parts.len() >= 2 && !(1..=12).contains(&month) {
            return Err(format!("`{s}` is not a date: month {month} does not exist"));
        }
        if parts.len() == 3 && (day == 0 || day > days_in_month(year as i16, month as u8) as u32) {
            return Err(format!(
                "`{s}` is not a date: day {day} does not exist in that month"
            ));
        }
        Ok(Date {
            year: year as i16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// How precisely the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The first day the date may denote, as a day number (see [`day_number`]).
    pub fn first_day(&self) -> i32 {
        let m = if self.month == 0 { 1 } else { self.month };
        let d = if self.day == 0 { 1 } else { self.day };
        day_number(self.year, m, d)
    }

    /// The last day the date may denote, as a day number.
    pub fn last_day(&self) -> i32 {
        let m = if self.month == 0 { 12 } else { self.month };
        let d = if self.day == 0 {
            days_in_month(self.year, m)
        } else {
            self.day
        };
        day_number(self.year, m, d)
    }

    /// Human-readable form in English that shows the precision: "2024", "June 2024",
    /// "3 June 2024".
    pub fn label(&self) -> String {
        match self.precision() {
            Precision::Year => format!("{}", self.year),
            Precision::Month => format!("{} {}", MONTHS[self.month as usize - 1], self.year),
            Precision::Day => format!(
                "{} {} {}",
                self.day,
                MONTHS[self.month as usize - 1],
                self.year
            ),
        }
    }

    /// [`Date::label`] in a language of the interface; in Japanese "2024年", "2024年6月",
    /// "2024年6月3日".
    pub fn label_in(&self, lang: Lang) -> String {
        match (lang, self.precision()) {
            (Lang::En, _) => self.label(),
            (Lang::Ja, Precision::Year) => format!("{}年", self.year),
            (Lang::Ja, Precision::Month) => format!("{}年{}月", self.year, self.month),
            (Lang::Ja, Precision::Day) => {
                format!("{}年{}月{}日", self.year, self.month, self.day)
            }
        }
    }
}

impl fmt::Display for Date {
    /// The ISO-like form used in annotations and URLs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision() {
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

/// English month names, for labels and for spotting dates in text.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 (negative before), so spans can be compared and drawn.
pub fn day_number(year: i16, month: u8, day: u8) -> i32 {
    // Howard Hinnant's days_from_civil.
    let y = i32::from(year) - i32::from(month <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i32::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i32::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(Date::parse("2024"), Ok(Date::year(2024)));
        assert_eq!(Date::parse("2024-06"), Ok(Date::month(2024, 6)));
        assert_eq!(Date::parse("2024-02-29"), Ok(Date::day(2024, 2, 29)));
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for bad in [
            "2023-02-29",
            "2024-13",
            "2024-00",
            "24",
            "2024-6",
            "2024-06-31",
            "",
            "abcd",
            "2024-06-01-02",
            "2024-1a",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn month_spans_its_whole_month() {
        let june = Date::month(2024, 6);
        assert_eq!(june.last_day() - june.first_day(), 29);
        let y = Date::year(2024);
        assert_eq!(y.last_day() - y.first_day(), 365);
        assert_eq!(day_number(1970, 1, 1), 0);
    }

    #[test]
    fn labels_show_precision() {
        assert_eq!(Date::year(1991).label(), "1991");
        assert_eq!(Date::month(2024, 6).label(), "June 2024");
        assert_eq!(Date::day(2024, 6, 19).label(), "19 June 2024");
        assert_eq!(Date::day(2024, 6, 19).to_string(), "2024-06-19");
    }

    #[test]
    fn labels_in_each_language_show_precision() {
        // Table: date → its English label, its Japanese label.
        let cases = [
            (Date::year(1991), "1991", "1991年"),
            (Date::month(2024, 6), "June 2024", "2024年6月"),
            (Date::day(2024, 6, 19), "19 June 2024", "2024年6月19日"),
            (Date::day(2025, 1, 3), "3 January 2025", "2025年1月3日"),
            (Date::month(1950, 12), "December 1950", "1950年12月"),
        ];
        for (d, en, ja) in cases {
            assert_eq!(d.label_in(Lang::En), en, "{d}");
            assert_eq!(d.label_in(Lang::En), d.label(), "{d}");
            assert_eq!(d.label_in(Lang::Ja), ja, "{d}");
        }
    }
}

//! Dates, RFC 3339 times and business days.
//!
//! The core has no clock and no time-zone database: every time carries its
//! own UTC offset, and "the interview's local date" is computed in the
//! interview's offset. Day arithmetic uses the proleptic Gregorian calendar
//! (days since 1970-01-01).

use std::fmt;

/// A calendar date (`YYYY-MM-DD`), years 1..=9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i64,
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// Every weekday, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// The three-letter name used in the log (`"sat"`).
    pub fn short_name(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][self.index()]
    }

    /// The English name (`"Saturday"`).
    pub fn long_name(self) -> &'static str {
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][self.index()]
    }

    /// Parses a three-letter name, case-insensitively.
    pub fn from_short_name(name: &str) -> Option<Weekday> {
        Weekday::ALL
            .into_iter()
            .find(|d| d.short_name().eq_ignore_ascii_case(name))
    }

    /// Monday = 0 … Sunday = 6.
    pub fn index(self) -> usize {
        self as usize
    }
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    // Howard Hinnant's algorithm.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

const MONTHS: [&str; 12] = [
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

impl Date {
    /// The date with this year, month and day, if it exists.
    pub fn from_ymd(y: i64, m: u32, d: u32) -> Option<Date> {
        if !(1..=9999).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Date {
            days: days_from_civil(y, m, d),
        })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y = digits(&b[0..4])?;
        let m = digits(&b[5..7])?;
        let d = digits(&b[8..10])?;
        Date::from_ymd(y as i64, m, d)
    }

    /// Year, month, day.
    pub fn ymd(self) -> (i64, u32, u32) {
        civil_from_days(self.days)
    }

    /// The weekday.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::ALL[(self.days + 3).rem_euclid(7) as usize]
    }

    /// This date plus `n` calendar days (negative goes back).
    pub fn add_days(self, n: i64) -> Date {
        Date {
            days: self.days.saturating_add(n),
        }
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.days - self.days
    }

    /// "Friday 20 November".
    pub fn human(self) -> String {
        let (_, m, d) = self.ymd();
        format!(
            "{} {} {}",
            self.weekday().long_name(),
            d,
            MONTHS[(m as usize).saturating_sub(1).min(11)]
        )
    }

    /// "20 November".
    pub fn day_month(self) -> String {
        let (_, m, d) = self.ymd();
        format!("{} {}", d, MONTHS[(m as usize).saturating_sub(1).min(11)])
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

fn digits(b: &[u8]) -> Option<u32> {
    let mut v: u32 = 0;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    Some(v)
}

/// An instant with the UTC offset it was written in (RFC 3339). Two
/// timestamps are equal when they are the same instant, whatever their offsets.
#[derive(Debug, Clone, Copy)]
pub struct Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z.
    utc: i64,
    /// The offset east of UTC, in minutes.
    offset_minutes: i32,
}

impl Timestamp {
    /// Parses an RFC 3339 time with an offset (`2026-11-20T15:00:00-05:00`,
    /// `…Z`, fractional seconds allowed; `t`/space as the separator allowed).
    pub fn parse(s: &str) -> Option<Timestamp> {
        let b = s.as_bytes();
        if b.len() < 20 {
            return None;
        }
        let date = Date::parse(s.get(0..10)?)?;
        if !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || b[16] != b':' {
            return None;
        }
        let hh = digits(&b[11..13])?;
        let mm = digits(&b[14..16])?;
        let ss = digits(&b[17..19])?;
        if hh > 23 || mm > 59 || ss > 60 {
            return None;
        }
        let mut i = 19;
        if b[i] == b'.' {
            i += 1;
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return None;
            }
        }
        let rest = &b[i..];
        let offset_minutes: i32 = match rest {
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let oh = digits(&[*h1, *h2])?;
                let om = digits(&[*m1, *m2])?;
                if oh > 23 || om > 59 {
                    return None;
                }
                let v = (oh * 60 + om) as i32;
                if *sign == b'-' {
                    -v
                } else {
                    v
                }
            }
            _ => return None,
        };
        let local = date.days * 86_400 + i64::from(hh * 3600 + mm * 60 + ss.min(59));
        Some(Timestamp {
            utc: local - i64::from(offset_minutes) * 60,
            offset_minutes,
        })
    }

    /// Seconds since the Unix epoch, UTC.
    pub fn utc_seconds(self) -> i64 {
        self.utc
    }

    /// The offset east of UTC in minutes.
    pub fn offset_minutes(self) -> i32 {
        self.offset_minutes
    }

    /// The same instant seen in another offset.
    pub fn with_offset(self, offset_minutes: i32) -> Timestamp {
        Timestamp {
            utc: self.utc,
            offset_minutes,
        }
    }

    /// The local date in its own offset.
    pub fn local_date(self) -> Date {
        let local = self.utc + i64::from(self.offset_minutes) * 60;
        Date {
            days: local.div_euclid(86_400),
        }
    }

    /// The local date of this instant in another offset.
    pub fn date_in(self, offset_minutes: i32) -> Date {
        self.with_offset(offset_minutes).local_date()
    }

    /// This instant plus `secs` seconds.
    pub fn plus_seconds(self, secs: i64) -> Timestamp {
        Timestamp {
            utc: self.utc.saturating_add(secs),
            offset_minutes: self.offset_minutes,
        }
    }

    /// Local "15:00" in its own offset.
    pub fn local_hm(self) -> String {
        let local = (self.utc + i64::from(self.offset_minutes) * 60).rem_euclid(86_400);
        format!("{:02}:{:02}", local / 3600, (local % 3600) / 60)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let local = self.utc + i64::from(self.offset_minutes) * 60;
        let date = Date {
            days: local.div_euclid(86_400),
        };
        let secs = local.rem_euclid(86_400);
        let o = self.offset_minutes;
        let sign = if o < 0 { '-' } else { '+' };
        let o = o.unsigned_abs();
        write!(
            f,
            "{date}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
            secs / 3600,
            (secs % 3600) / 60,
            secs % 60,
            o / 60,
            o % 60
        )
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.utc == other.utc
    }
}

impl Eq for Timestamp {}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.utc.cmp(&other.utc)
    }
}

/// Which days are weekend days (not business days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weekend {
    mask: u8,
}

impl Default for Weekend {
    fn default() -> Self {
        Weekend::from_days(&[Weekday::Sat, Weekday::Sun])
    }
}

impl Weekend {
    /// A weekend of these days. Seven weekend days would leave no business
    /// day at all; that is treated as no weekend.
    pub fn from_days(days: &[Weekday]) -> Weekend {
        let mut mask = 0u8;
        for d in days {
            mask |= 1 << d.index();
        }
        if mask == 0x7f {
            mask = 0;
        }
        Weekend { mask }
    }

    /// Whether `date` is a business day.
    pub fn is_business_day(self, date: Date) -> bool {
        self.mask & (1 << date.weekday().index()) == 0
    }

    /// The `n`th business day after `date` (`n` ≥ 1); `n = 0` gives `date`.
    pub fn nth_business_day_after(self, date: Date, n: u32) -> Date {
        let mut d = date;
        let mut left = n;
        while left > 0 {
            d = d.add_days(1);
            if self.is_business_day(d) {
                left -= 1;
            }
        }
        d
    }

    /// The first business day on or after `date`.
    pub fn on_or_after(self, date: Date) -> Date {
        let mut d = date;
        while !self.is_business_day(d) {
            d = d.add_days(1);
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn dates_round_trip_and_know_their_weekday() {
        assert_eq!(d("2026-11-20").weekday(), Weekday::Fri);
        assert_eq!(d("2026-11-24").weekday(), Weekday::Tue);
        assert_eq!(d("2000-02-29").to_string(), "2000-02-29");
        assert_eq!(d("1970-01-01").weekday(), Weekday::Thu);
        assert_eq!(d("2026-12-31").add_days(1).to_string(), "2027-01-01");
    }

    #[test]
    fn impossible_dates_are_rejected() {
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "26-01-01",
            "2026/01/01",
            "",
            "２０２６-01-01",
        ] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn times_need_an_offset() {
        assert!(Timestamp::parse("2026-11-20T15:00:00").is_none());
        assert!(Timestamp::parse("tomorrow").is_none());
        assert!(Timestamp::parse("2026-11-20T25:00:00Z").is_none());
        assert!(Timestamp::parse("2026-11-20T15:00:00+24:00").is_none());
        let t = Timestamp::parse("2026-11-20T15:00:00.123-05:00").unwrap();
        assert_eq!(t.to_string(), "2026-11-20T15:00:00-05:00");
        assert_eq!(
            Timestamp::parse("2026-11-20T20:00:00Z").unwrap(),
            t,
            "same instant"
        );
    }

    #[test]
    fn local_dates_follow_the_offset() {
        let t = Timestamp::parse("2026-11-20T23:30:00-05:00").unwrap();
        assert_eq!(t.local_date().to_string(), "2026-11-20");
        assert_eq!(t.date_in(60).to_string(), "2026-11-21");
        assert_eq!(t.date_in(-600).to_string(), "2026-11-20");
    }

    #[test]
    fn business_days_skip_the_weekend_setting() {
        let w = Weekend::default();
        // Friday + 1 business day = Monday.
        assert_eq!(
            w.nth_business_day_after(d("2026-11-20"), 1).to_string(),
            "2026-11-23"
        );
        assert_eq!(
            w.nth_business_day_after(d("2026-11-20"), 5).to_string(),
            "2026-11-27"
        );
        // A Friday–Saturday weekend: Thursday + 1 = Sunday.
        let fs = Weekend::from_days(&[Weekday::Fri, Weekday::Sat]);
        assert_eq!(
            fs.nth_business_day_after(d("2026-11-19"), 1).to_string(),
            "2026-11-22"
        );
        // Seven weekend days would loop forever: treated as none.
        let all = Weekend::from_days(&Weekday::ALL);
        assert!(all.is_business_day(d("2026-11-21")));
    }
}

//! Small helpers that phrase dates and names in advice.

use crate::calendar::Date;

/// "today", "yesterday", "2 days ago", "on Friday 20 November", "tomorrow",
/// "on Monday 30 November" — `day` seen from `today`.
pub fn relative_day(day: Date, today: Date) -> String {
    match day.days_until(today) {
        0 => "today".into(),
        1 => "yesterday".into(),
        -1 => "tomorrow".into(),
        _ => format!("on {}", day.human()),
    }
}

/// "Friday 20 November", or "today" / "tomorrow" when that is clearer.
pub fn day_name(day: Date, today: Date) -> String {
    match today.days_until(day) {
        0 => "today".into(),
        1 => "tomorrow".into(),
        _ => day.human(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_naturally() {
        let today = Date::parse("2026-11-24").unwrap();
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(relative_day(d("2026-11-23"), today), "yesterday");
        assert_eq!(
            relative_day(d("2026-11-20"), today),
            "on Friday 20 November"
        );
        assert_eq!(day_name(d("2026-11-25"), today), "tomorrow");
        assert_eq!(day_name(d("2026-12-02"), today), "Wednesday 2 December");
    }
}

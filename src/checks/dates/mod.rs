//! Dates: weekdays against their dates, durations against the dates they span, ages
//! against birth years, "N years ago" against the year named. Calendar arithmetic is jiff's.
//!
//! A date written without a year takes it from the publication date: the year that puts the
//! date closest to publication, with its neighbour also accepted (a story published in late
//! December may look ahead to "3 January"). No year written and no publication date: no
//! finding.

pub mod age;
pub mod duration;
pub mod relative;
pub mod weekday;

use jiff::civil::Date;

use crate::parse::DateParts;

/// The years a date may be in, most likely first, and whether the year was written.
pub(crate) fn candidate_years(parts: &DateParts, published: Option<Date>) -> (Vec<i32>, bool) {
    if let Some(y) = parts.year {
        return (vec![y], true);
    }
    let (Some(pub_date), Some(m), Some(d)) = (published, parts.month, parts.day) else {
        return (Vec::new(), false);
    };
    let py = i32::from(pub_date.year());
    let mut years: Vec<(i64, i32)> = [py - 1, py, py + 1]
        .into_iter()
        .filter_map(|y| {
            let date = civil(y, m, d)?;
            let days = pub_date.until(date).ok()?.get_days();
            Some((i64::from(days).abs(), y))
        })
        .collect();
    years.sort();
    (years.into_iter().take(2).map(|(_, y)| y).collect(), false)
}

/// A calendar date, if it exists.
pub(crate) fn civil(year: i32, month: u8, day: u8) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

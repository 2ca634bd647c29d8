//! Dates and times: "Saturday, October 7, 2023", "7 October", "26-28 August", "2023-10-07",
//! "10:30", "2pm", "2005 GMT". Read so that no rule counts them.

use super::calendar_words::{
    SHARE_DENOMINATORS, SLASH_DATE_BEFORE, TIME_ZONES, abbreviated, month, weekday,
};
use super::cursor::Cursor;
use super::identifiers::out_of_fraction_marker;
use super::model::{DateParts, Figure, FigureKind, Quantity};
use super::numeral::parse_numeral;
use super::quantity::quantity;
use crate::numeric::Interval;
use crate::parse::lexicon::PhraseKind;

/// A four-digit year at `k`, after an optional comma ("October 7, 2023"), and the end.
fn year_after(c: &Cursor, k: usize) -> Option<(i32, usize)> {
    let y = if c.raw(k) == "," { k + 1 } else { k };
    let raw = c.raw(y);
    let four_digits = raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit());
    (c.is_num(y) && four_digits)
        .then(|| raw.parse().ok().map(|year| (year, y + 1)))
        .flatten()
}

/// "2023-10-07", "5/17/2018", "17/5/2018", "9/11" (a date-name).
pub(super) fn numeric_date(c: &Cursor, i: usize) -> Option<(Figure, usize)> {
    let sep = c.raw(i + 1);
    if !(sep == "-" || sep == "/") || !c.glued(i + 1) || !c.is_num(i + 2) || !c.glued(i + 2) {
        return None;
    }
    let a = c.raw(i);
    let b = c.raw(i + 2);
    let has_third = c.raw(i + 3) == sep && c.glued(i + 3) && c.is_num(i + 4) && c.glued(i + 4);
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(a) || !all_digits(b) {
        return None;
    }
    let mut f = c.marker(i, if has_third { i + 5 } else { i + 3 }, FigureKind::Date);
    if has_third {
        let third = c.raw(i + 4);
        if !all_digits(third) {
            return None;
        }
        if sep == "-" && a.len() != 4 && third.len() != 4 {
            return None; // "3-4-1" is a football formation
        }
        let (y, m, d) = if a.len() == 4 {
            (a, b, third)
        } else if sep == "/" {
            (third, a, b) // US order month/day/year
        } else {
            (third, b, a)
        };
        let (y, m, d) = (
            y.parse::<i32>().ok()?,
            m.parse::<u8>().ok()?,
            d.parse::<u8>().ok()?,
        );
        let (m, d) = if m > 12 && d <= 12 { (d, m) } else { (m, d) };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let year = if y < 100 { 2000 + y } else { y };
        f.date = Some(DateParts {
            year: Some(year),
            month: Some(m),
            day: Some(d),
            weekday: None,
        });
        return Some((f, i + 5));
    }
    if let Some(end) = season(c, i, a, b) {
        let y: f64 = a.parse().ok()?;
        let mut f = c.marker(i, end, FigureKind::Year);
        f.value = Some(y);
        f.interval = Some(Interval::new(y, y + 1.0));
        return Some((f, end));
    }
    if sep == "-" && a.len() == 4 && b.len() == 2 {
        let y = a.parse::<i32>().ok()?;
        let m = b.parse::<u8>().ok()?;
        if (1000..2200).contains(&y) && (1..=12).contains(&m) && c.raw(i + 3) != "-" {
            // "2013-14" is a season; "1995-01" a month
            let season = m as i32 == (y + 1) % 100;
            if !season {
                f.date = Some(DateParts {
                    year: Some(y),
                    month: Some(m),
                    day: None,
                    weekday: None,
                });
                return Some((f, i + 3));
            }
        }
    }
    if sep == "/" {
        let x = a.parse::<u32>().ok()?;
        let y = b.parse::<u32>().ok()?;
        if x >= y {
            // "24/7", "50/50": an expression, not a fraction
            out_of_fraction_marker(&mut f);
            return Some((f, i + 3));
        }
        return month_day(c, i, x, y, f);
    }
    None
}

/// "since 9/11", "the 9/11 attacks", "on 2/27": a month and a day written with a slash,
/// where `x`/`y` at `i` has no denominator of a fraction. A fraction is of something ("3/4
/// of the vote", "1/32 inch"), or its denominator is one that shares are told in ("a 2/3
/// majority"); a slash after a word of the calendar ("on", "since") is a date unless it is
/// of something. A date after such a word, otherwise a name ("9/11" of the attacks).
fn month_day(c: &Cursor, i: usize, x: u32, y: u32, mut f: Figure) -> Option<(Figure, usize)> {
    let next = c.w(i + 3);
    // two days of a month: "the weekend of 8/9 January" (a capital: "3/4 may vote" is a share)
    if let Some(m) = month(next)
        && c.raw(i + 3).starts_with(char::is_uppercase)
        && (1..=31).contains(&x)
        && (1..=31).contains(&y)
    {
        let mut f = c.marker(i, i + 4, FigureKind::Date);
        f.date = Some(DateParts {
            year: None,
            month: Some(m),
            day: Some(x as u8),
            weekday: None,
        });
        return Some((f, i + 4));
    }
    if !(1..=12).contains(&x) || !(1..=31).contains(&y) {
        return None;
    }
    let of_something = next == "of"
        || c.lex
            .match_at(c.lower, c.toks, i + 3, |k| matches!(k, PhraseKind::Unit(_)))
            .is_some();
    if of_something {
        return None;
    }
    let before = c.prev_w(i);
    let as_of = before == "of" && i >= c.first + 2 && c.w(i - 2) == "as";
    let dated = SLASH_DATE_BEFORE.contains(&before) || as_of;
    if !dated && SHARE_DENOMINATORS.contains(&y) {
        return None;
    }
    if dated {
        f.date = Some(DateParts {
            year: None,
            month: Some(x as u8),
            day: Some(y as u8),
            weekday: None,
        });
    } else {
        out_of_fraction_marker(&mut f);
    }
    Some((f, i + 3))
}

/// A season or a financial year, "2019-20", "2020/21": a year and the next one's last two
/// digits, one period of a year's length that runs across the turn of the year (never a
/// range, a count or a month). The end of the period, if `a`/`b` at `i` make one.
fn season(c: &Cursor, i: usize, a: &str, b: &str) -> Option<usize> {
    if a.len() != 4 || b.len() != 2 || (c.raw(i + 3) == c.raw(i + 1) && c.glued(i + 3)) {
        return None;
    }
    let y: i32 = a.parse().ok()?;
    let next: i32 = b.parse().ok()?;
    ((1800..2200).contains(&y) && next == (y + 1) % 100).then_some(i + 3)
}

/// A clock time starting at `i`; returns its end.
pub(super) fn clock(c: &Cursor, i: usize) -> Option<usize> {
    let raw = c.raw(i);
    let mut j = i + 1;
    // 10:30
    if c.raw(j) == ":" && c.glued(j) && c.is_num(j + 1) && c.glued(j + 1) && c.raw(j + 1).len() == 2
    {
        j += 2;
        if c.raw(j) == ":" && c.glued(j) && c.is_num(j + 1) {
            j += 2;
        }
        // "10:30a", "10:30 a.m."; but "14:05 A blast" is the article
        let letter = matches!(c.w(j), "a" | "p") && (c.glued(j) || c.raw(j + 1) == ".");
        if matches!(c.w(j), "am" | "pm" | "a.m" | "p.m") || letter {
            j += 1;
            if c.raw(j) == "." && c.glued(j) {
                j += 1;
            }
        }
        return Some(j);
    }
    let n = parse_numeral(raw)?;
    // 2pm, 2.17pm, 10 am, 10 a.m.
    let w = c.w(j);
    let ampm = matches!(w, "am" | "pm")
        || (matches!(w, "a" | "p") && c.raw(j + 1) == "." && c.w(j + 2) == "m");
    if ampm && n.value <= 12.0 && n.value >= 0.0 {
        let decimals_ok = !raw.contains('.') || raw.split('.').nth(1).is_some_and(|d| d.len() == 2);
        if decimals_ok {
            let mut end = j + 1;
            if w == "a" || w == "p" {
                end = j + 3;
                if c.raw(end) == "." && c.glued(end) {
                    end += 1;
                }
            }
            return Some(end);
        }
    }
    // 2005 GMT, 1930 hrs
    if raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) && TIME_ZONES.contains(&w) {
        let hh = n.value as u32 / 100;
        let mm = n.value as u32 % 100;
        if hh < 24 && mm < 60 {
            return Some(j + 1);
        }
    }
    // "10.30 GMT"
    if raw.contains('.') && TIME_ZONES.contains(&w) && w != "hours" {
        return Some(j + 1);
    }
    None
}

/// Dates that start with a weekday or a month: "Saturday, October 7, 2023",
/// "Jan. 18", "March 5th", "May 2024".
pub(super) fn date_words(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    let mut j = i;
    let wd = weekday(c.w(j));
    if wd.is_some() {
        j += 1;
        if c.raw(j) == "," {
            j += 1;
        }
        // "Saturday 7 October": day-first after a weekday
        if c.is_num(j)
            && let Some(q) = quantity(c, j)
            && let Some((mut f, end)) = day_month(c, q)
        {
            f.span.start = c.toks[i].start;
            if let Some(d) = f.date.as_mut() {
                d.weekday = wd;
            }
            out.push(f);
            return Some(end);
        }
    }
    let m = month(c.w(j))?;
    let raw = c.raw(j);
    if !raw.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut k = j + 1;
    if c.raw(k) == "." && c.glued(k) && abbreviated(c.w(j)) {
        k += 1;
    }
    let mut date = DateParts {
        year: None,
        month: Some(m),
        day: None,
        weekday: wd,
    };
    if c.is_num(k) {
        let n = c.raw(k);
        let digits = n.bytes().all(|b| b.is_ascii_digit());
        if digits && n.len() <= 2 {
            let d: u8 = n.parse().ok()?;
            if !(1..=31).contains(&d) {
                return None;
            }
            date.day = Some(d);
            k += 1;
            if matches!(c.w(k), "st" | "nd" | "rd" | "th") && c.glued(k) {
                k += 1;
            }
            if let Some((year, end)) = year_after(c, k) {
                date.year = Some(year);
                k = end;
            }
        } else if digits && n.len() == 4 {
            date.year = n.parse().ok();
            k += 1;
        } else {
            return None;
        }
    } else if wd.is_none() || j == i {
        return None;
    }
    let mut f = c.marker(i, k, FigureKind::Date);
    f.date = Some(date);
    out.push(f);
    Some(k)
}

/// "7 October 2023", "4th May": a day number then a month.
pub(super) fn day_month(c: &Cursor, q: Quantity) -> Option<(Figure, usize)> {
    let d = q.numeral.value;
    let mut k = q.end;
    // a span of days: "26-28 August", "16-18 December"
    if c.is_dash(k) && c.is_num(k + 1) && c.raw(k + 1).len() <= 2 {
        let last_day: f64 = c.raw(k + 1).parse().ok()?;
        if (1.0..=31.0).contains(&last_day) && last_day > d && month(c.w(k + 2)).is_some() {
            k += 2;
        }
    }
    if matches!(c.w(k), "st" | "nd" | "rd" | "th") && c.glued(k) {
        k += 1;
    }
    if c.w(k) == "of" {
        k += 1;
    }
    let m = month(c.w(k))?;
    if !c.raw(k).chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    if q.bare_digits.is_none_or(|n| n > 2) || !(1.0..=31.0).contains(&d) {
        return None;
    }
    k += 1;
    if c.raw(k) == "." && c.glued(k) && abbreviated(c.w(k - 1)) {
        k += 1;
    }
    let mut date = DateParts {
        year: None,
        month: Some(m),
        day: Some(d as u8),
        weekday: None,
    };
    if let Some((year, end)) = year_after(c, k) {
        date.year = Some(year);
        k = end;
    }
    let mut f = c.marker(q.start, k, FigureKind::Date);
    f.date = Some(date);
    Some((f, k))
}

#[cfg(test)]
mod tests {
    use crate::parse::{DateParts, FigureKind, figures_in};

    /// The kind and date parts of the only figure in `text`.
    fn date(text: &str) -> (FigureKind, Option<DateParts>) {
        let figs = figures_in(text);
        assert_eq!(figs.len(), 1, "{text}: {figs:?}");
        (figs[0].kind, figs[0].date)
    }

    fn parts(year: Option<i32>, month: u8, day: Option<u8>, weekday: Option<u8>) -> DateParts {
        DateParts {
            year,
            month: Some(month),
            day,
            weekday,
        }
    }

    #[test]
    fn dates_led_by_a_weekday_or_month() {
        assert_eq!(
            date("on Saturday, October 7, 2023, they"),
            (
                FigureKind::Date,
                Some(parts(Some(2023), 10, Some(7), Some(5)))
            )
        );
        assert_eq!(
            date("since March 5 talks"),
            (FigureKind::Date, Some(parts(None, 3, Some(5), None)))
        );
        assert_eq!(date("in Jan 2020 the").0, FigureKind::Date);
    }

    #[test]
    fn day_month_and_numeric_dates() {
        assert_eq!(
            date("on 7 October 2023 they"),
            (FigureKind::Date, Some(parts(Some(2023), 10, Some(7), None)))
        );
        assert_eq!(
            date("on 2023-10-07 they"),
            (FigureKind::Date, Some(parts(Some(2023), 10, Some(7), None)))
        );
        assert_eq!(date("held on 26-28 August").0, FigureKind::Date);
        assert_eq!(date("a 24/7 service").0, FigureKind::Identifier);
    }

    #[test]
    fn a_slash_without_a_denominator_is_a_date_or_a_name() {
        // names of a day and dates on the wire
        assert_eq!(date("the 9/11 attacks").0, FigureKind::Identifier);
        assert_eq!(date("since 9/11 the rules changed").0, FigureKind::Date);
        assert_eq!(
            date("the vote on 2/27 was close"),
            (FigureKind::Date, Some(parts(None, 2, Some(27), None)))
        );
        assert_eq!(date("shipped after 3/4 last year").0, FigureKind::Date);
        assert_eq!(date("the 7/23 deadline passed").0, FigureKind::Identifier);
        assert_eq!(date("the fund held cash as of 3/31").0, FigureKind::Date);
        assert_eq!(
            date("the weekend of 8/9 January"),
            (FigureKind::Date, Some(parts(None, 1, Some(8), None)))
        );
        assert_eq!(date("the derby on 28/29 March").0, FigureKind::Date);
        assert_eq!(date("2/3 may vote no").0, FigureKind::Fraction);
        // fractions: of something, of a unit, or of a denominator shares are told in
        for text in [
            "she won 3/4 of the vote",
            "a 1/32 inch gap",
            "a 2/3 majority",
            "on 1/3 of the days",
            "cut by 5/8 in a year",
            "about 9/11 of the cost",
        ] {
            let kind = date(text).0;
            assert!(
                matches!(kind, FigureKind::Fraction | FigureKind::Measure),
                "{text}: {kind:?}"
            );
        }
    }

    #[test]
    fn seasons_and_financial_years_are_one_period() {
        for (text, written, year) in [
            ("the 2019-20 season was cut short", "2019-20", 2019.0),
            ("the 2020/21 budget passed", "2020/21", 2020.0),
            ("in the 1999-00 season", "1999-00", 1999.0),
            ("results for FY2023 came", "FY2023", 2023.0),
            ("a profit in FY2025.", "FY2025", 2025.0),
            ("the FY23 results", "FY23", 2023.0),
        ] {
            let figs = figures_in(text);
            assert_eq!(figs.len(), 1, "{text}: {figs:?}");
            assert_eq!(
                (&text[figs[0].span.range()], figs[0].kind, figs[0].value),
                (written, FigureKind::Year, Some(year)),
                "{text}"
            );
        }
        // a month, and two years that are no season
        assert_eq!(date("in 2019-05 sales").0, FigureKind::Date);
        assert_eq!(figures_in("from 2019-25 the plan").len(), 2);
    }

    #[test]
    fn clock_times_are_times() {
        for t in [
            "at 10:30 today",
            "at 2pm today",
            "at 2.17pm today",
            "at 2005 GMT today",
        ] {
            assert_eq!(date(t).0, FigureKind::Time, "{t}");
        }
    }
}

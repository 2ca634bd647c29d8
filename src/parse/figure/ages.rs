//! Ages the grammar reads after a quantity or around it: decades of a life ("in their 20s
//! and 30s"), bands ("aged 18 to 24", "aged 70 or older"), "30-somethings", and the age
//! suffixes ("-year-old", "years of age").

use super::cursor::Cursor;
use super::model::{Figure, FigureKind, Quantity};
use crate::numeric::Interval;
use crate::parse::token::TokenKind;

/// Words before a decade that make it a person's age: "in his 80s", "in their early 30s".
const POSSESSIVES: &[&str] = &["his", "her", "their", "my", "our", "your", "its"];

/// Whether the decade whose number starts at token `k` is an age: after a possessive ("in
/// his 80s"), with "early", "mid" or "late" between ("in their mid-30s"), or listed after
/// such a decade ("in their 20s and 30s", "in their 50s, 60s or 70s").
pub(super) fn decade_of_age(c: &Cursor, k: usize) -> bool {
    let before = c.prev_w(k);
    if POSSESSIVES.contains(&before) {
        return true;
    }
    if matches!(before, "early" | "mid" | "late") {
        return k > c.first + 1 && POSSESSIVES.contains(&c.w(k - 2));
    }
    // the decade listed before: "20s and 30s" (tokens "20", "s", "and", "30")
    matches!(before, "and" | "or" | "to" | ",")
        && k >= c.first + 3
        && c.w(k - 2) == "s"
        && c.glued(k - 2)
        && c.is_num(k - 3)
        && decade_of_age(c, k - 3)
}

/// The upper end of an age band after "aged 18" (tokens `start..end`): "aged 18 to 24",
/// "aged 18-24". Widens `age` to the band and returns the band's end (`end` when there is
/// none).
pub(super) fn age_range_end(c: &Cursor, start: usize, age: &mut Figure, end: usize) -> usize {
    let dash = c.is_dash(end) && c.glued(end + 1);
    // "aged 70 or older", "aged 65 and over", "aged 17 or younger": open bands
    let open = match (c.w(end), c.w(end + 1)) {
        ("or" | "and", "older" | "over" | "above") => Some(true),
        ("or" | "and", "younger" | "under" | "below") => Some(false),
        _ => None,
    };
    if let (Some(up), Some(n)) = (open, age.value) {
        age.span = c.span(start, end + 2);
        age.interval = Some(if up {
            Interval::new(n, f64::INFINITY)
        } else {
            Interval::new(0.0, n)
        });
        return end + 2;
    }
    let glued_after =
        c.glued(end + 2) && matches!(c.kind(end + 2), Some(TokenKind::Word | TokenKind::Number));
    if !(dash || c.w(end) == "to") || !c.is_num(end + 1) || glued_after {
        return end;
    }
    let (Some(top), Some(low)) = (c.numeral(end + 1).map(|n| n.value), age.value) else {
        return end;
    };
    // a band of whole ages that goes up
    if top <= low || top >= 130.0 || top.fract() != 0.0 {
        return end;
    }
    age.span = c.span(start, end + 2);
    age.interval = Some(Interval::new(low, top));
    end + 2
}

/// "the 30-somethings", "a 40-something": an age in the decade from the number.
pub(super) fn something_age(c: &Cursor, q: Quantity) -> Option<(Figure, usize)> {
    let j = q.end;
    let n = q.numeral.value;
    let something = c.is_dash(j)
        && c.glued(j)
        && c.glued(j + 1)
        && matches!(c.w(j + 1), "something" | "somethings");
    if !something || q.bare_digits != Some(2) || n % 10.0 != 0.0 {
        return None;
    }
    let mut f = c.make(q.start, j + 2, FigureKind::Age, q.numeral, None);
    f.interval = Some(Interval::new(n, n + 9.0));
    Some((f, j + 2))
}

/// The end of an age suffix at `j`: "-year-old", "years old", "yo", "years of age".
pub(super) fn age_suffix(c: &Cursor, j: usize) -> Option<usize> {
    let mut k = j;
    if c.is_dash(k) {
        k += 1;
    }
    let unit = c.w(k);
    if matches!(unit, "yo" | "y.o") {
        return Some(k + 1);
    }
    if !matches!(
        unit,
        "year" | "years" | "yr" | "month" | "months" | "week" | "weeks" | "day" | "days"
    ) {
        return None;
    }
    k += 1;
    if c.is_dash(k) {
        k += 1;
    }
    // "a 45-year-old", "15-year-olds"
    if matches!(c.w(k), "old" | "olds") {
        return Some(k + 1);
    }
    if c.w(k) == "of" && c.w(k + 1) == "age" {
        return Some(k + 2);
    }
    None
}

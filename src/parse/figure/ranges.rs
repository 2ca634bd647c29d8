//! Ranges: "between 10 and 15 miles", "10-15", "10 to 15", "5k-20k", "10% to 15%"; a
//! range's ends are its interval, and a scale written after the second end applies to the
//! first ("5-10m"). "from 10 to 15" stays two figures: the claims stage decides whether it
//! is a change.

use super::calendar_words::CALENDAR_BEFORE;
use super::classify::classify_single;
use super::cursor::Cursor;
use super::model::{Figure, FigureKind, Quantity};
use super::money::money_prefix_core;
use super::quantity::quantity;
use super::words::{CHANGE_WORDS, fold_multiplier};
use crate::numeric::{Interval, Numeral};

/// "between 10 and 15 miles", "between $5m and $10m".
pub(super) fn between(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    let mut a_figs = Vec::new();
    let a_end = figure_no_range(c, i + 1, &mut a_figs)?;
    if c.w(a_end) != "and" {
        return None;
    }
    let mut b_figs = Vec::new();
    let b_end = figure_no_range(c, a_end + 1, &mut b_figs)?;
    let (a, b) = (a_figs.first()?, b_figs.first()?);
    if a_figs.len() != 1 || b_figs.len() != 1 {
        return None;
    }
    // "between three and four times as many": a range of multipliers
    if a.kind == FigureKind::Count
        && b.kind == FigureKind::Multiplier
        && let (Some(lo), Some(hi)) = (a.value, b.value)
        && 0.0 < lo
        && lo < hi
    {
        let mut m = c.marker(i, b_end, FigureKind::Multiplier);
        m.interval = Some(Interval::new(lo, hi));
        out.push(m);
        return Some(b_end);
    }
    // "between 1000 and 1500 people": the counted noun after the second end makes the
    // first a count too, not a year
    let mut a = a.clone();
    if a.kind == FigureKind::Year && b.kind == FigureKind::Count && a.date.is_none() {
        a.kind = FigureKind::Count;
    }
    if !a.kind.is_quantity() && a.kind != FigureKind::Ordinal
        || !b.kind.is_quantity() && b.kind != FigureKind::Ordinal
    {
        return None;
    }
    let a = first_end(c, &a, b);
    out.push(range_of(c, i, b_end, &a, b)?);
    Some(b_end)
}

/// A figure without range-joining (for the ends of a range).
pub(super) fn figure_no_range(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    if let Some(end) = money_prefix_core(c, i, out, false) {
        return Some(end);
    }
    let q = quantity(c, i)?;
    let (f, end) = classify_single(c, q)?;
    out.push(f);
    Some(end)
}

/// A range over tokens `from..to` with ends `a` and `b`; `None` when their units differ.
pub(super) fn range_of(
    c: &Cursor,
    from: usize,
    to: usize,
    a: &Figure,
    b: &Figure,
) -> Option<Figure> {
    let (va, vb) = (a.value?, b.value?);
    let unit = b.unit.clone().or_else(|| a.unit.clone());
    if a.unit.is_some() && b.unit.is_some() && a.unit != b.unit {
        return None;
    }
    let mut f = c.marker(from, to, FigureKind::Range);
    f.unit = unit;
    // a range's lo and hi are its ends as written
    f.interval = Some(Interval::new(va.min(vb), va.max(vb)));
    Some(f)
}

/// A range after figure `f`: "10-15", "10 to 15 miles", "5k-20k", "10% to 15%".
pub(super) fn range_after(
    c: &Cursor,
    q: Quantity,
    f: &Figure,
    end: usize,
) -> Option<(Figure, usize)> {
    let multiplier = f.kind == FigureKind::Multiplier;
    // "1000-1500 people": a year-like first end is a count when the second counts things
    // (checked once the second is read); "during 1990-1995" stays years
    let year_end = f.kind == FigureKind::Year
        && q.bare_digits == Some(4)
        && f.date.is_none()
        && !CALENDAR_BEFORE.contains(&c.prev_w(q.start));
    if !(f.kind.is_quantity() || multiplier || year_end) || f.kind == FigureKind::Fraction {
        return None;
    }
    let counted;
    let f = if year_end {
        counted = Figure {
            kind: FigureKind::Count,
            ..f.clone()
        };
        &counted
    } else {
        f
    };
    let sep = c.w(end);
    let dash = c.is_dash(end);
    if !(dash || matches!(sep, "to" | "through" | "~" | "thru")) {
        return None;
    }
    if dash && is_sign(c, end) {
        return None;
    }
    let read = multiplier_range(c, q, f, end);
    if read.is_some() || multiplier {
        return read;
    }
    let before = c.prev_w(q.start);
    if CHANGE_WORDS.contains(&before) || (sep == "to" && c.prev_w(q.start) == "from") {
        return None;
    }
    // "voted 31 to 12": a tally, not a range (ranges go up)
    if sep == "to"
        && c.is_num(end + 1)
        && let Some(b) = c.numeral(end + 1)
        && b.value < q.numeral.value
    {
        return None;
    }
    // "from 10 to 15" is two figures (a change or a range: the claims stage decides)
    if q.start > c.first && c.w(q.start - 1) == "from" {
        return None;
    }
    let mut second = Vec::new();
    let b_end = figure_no_range(c, end + 1, &mut second)?;
    let b = second.into_iter().next()?;
    if !b.kind.is_quantity() && b.kind != FigureKind::Year {
        return None;
    }
    // "2013-14" is a season, not a count
    if year_end && (b.kind != FigureKind::Count || b.value <= f.value) {
        return None;
    }
    let a = first_end(c, f, &b);
    // year ranges: "2013-14", "1998-2001"
    if f.kind == FigureKind::Count
        && !year_end
        && q.bare_digits == Some(4)
        && (1000.0..=2100.0).contains(&q.numeral.value)
    {
        let mut y = c.marker(q.start, b_end, FigureKind::Year);
        y.value = f.value;
        y.interval = Some(Interval::new(q.numeral.value, q.numeral.value));
        return Some((y, b_end));
    }
    if b.kind == FigureKind::Year {
        return None;
    }
    // the wire's change before a price: "Syntex 1-3/8 to 82" (up 1-3/8 to 82) is no range;
    // "5-1/2 to six pct" is
    if f.numeral.is_some_and(|n| n.is_fraction())
        && f.value.zip(b.value).is_some_and(|(va, vb)| vb > 4.0 * va)
    {
        return None;
    }
    if a.kind != b.kind && !(a.kind == FigureKind::Count) {
        return None;
    }
    let r = range_of(c, q.start, b_end, &a, &b)?;
    Some((r, b_end))
}

/// "three to four times higher", "6-7 times as many", "three- to four-fold", "five to
/// sixfold", "2.5-3x", "2.5x to 3x": a range of multipliers, the multiplier written once for both ends (a
/// hyphen left hanging after the first: "three- to four-fold"). Only tried when "times",
/// "fold" or "x" stands within four tokens after the separator at `end`.
fn multiplier_range(c: &Cursor, q: Quantity, f: &Figure, end: usize) -> Option<(Figure, usize)> {
    if !matches!(f.kind, FigureKind::Count | FigureKind::Multiplier) || f.hedge.is_some() {
        return None;
    }
    let hanging = c.is_dash(end) && c.glued(end) && matches!(c.w(end + 1), "to" | "or");
    let sep = if hanging { end + 1 } else { end };
    let multiplier_near = (sep + 1..sep + 5).any(|k| {
        let w = c.w(k);
        w == "times" || w == "fold" || (w == "x" && c.glued(k)) || w.ends_with("fold")
    });
    if !multiplier_near {
        return None;
    }
    let mut second = Vec::new();
    let (hi, b_end) = match fold_multiplier(c.w(sep + 1)) {
        Some(v) => (v, sep + 2),
        None => {
            let b_end = figure_no_range(c, sep + 1, &mut second)?;
            let b = second.first()?;
            if b.kind != FigureKind::Multiplier {
                return None;
            }
            (b.value?, b_end)
        }
    };
    let lo = f.value?;
    if lo <= 0.0 || lo >= hi {
        return None;
    }
    let mut m = c.marker(q.start, b_end, FigureKind::Multiplier);
    m.interval = Some(Interval::new(lo, hi));
    Some((m, b_end))
}

/// The first end of a range with what it shares with the second `b`: the scale written
/// once for both ("5-10m", "between 200 and 250 million", "four to five thousand"), and
/// the thousands of a grouped second end ("$50-100,000" is 50,000 to 100,000).
pub(super) fn first_end(c: &Cursor, a: &Figure, b: &Figure) -> Figure {
    let mut a = a.clone();
    let (Some(na), Some(nb)) = (a.numeral, b.numeral) else {
        return a;
    };
    let mut scaled = na.borrow_scale(nb);
    let grouped = c.text[b.span.range()].contains(',');
    let (va, vb) = (scaled.value.abs(), nb.value.abs());
    if scaled.scale == 1.0
        && !scaled.rounded
        && grouped
        && va < 1000.0
        && va * 1000.0 <= vb
        && vb < va * 10_000.0
    {
        scaled = scaled.scaled(1e3);
    }
    // "six to eight hundred": "hundred" written once for both ends, as a scale word is
    if scaled.scale == 1.0
        && !scaled.rounded
        && scaled.value.fract() == 0.0
        && (1.0..vb / 100.0).contains(&va)
        && vb < 10_000.0
        && c.lower[b.span.range()].split(' ').any(|w| w == "hundred")
    {
        scaled = Numeral {
            value: scaled.value * 100.0,
            ..scaled
        };
    }
    a.value = Some(scaled.value);
    a.numeral = Some(scaled);
    a
}

/// Whether the dash at `i` is a minus sign, not a range's dash (see
/// `Cursor::is_spaced_minus`).
pub(super) fn is_sign(c: &Cursor, i: usize) -> bool {
    c.is_spaced_minus(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::figure::cursor::{read_at, with_cursor};

    /// The (lo, hi, unit) of the one range `between` reads at the start of `text`.
    fn between_ends(text: &str) -> Option<(f64, f64, Option<String>)> {
        with_cursor(text, |c| {
            let mut out = Vec::new();
            between(c, 0, &mut out)?;
            let f = out.first()?;
            let iv = f.interval?;
            Some((iv.lo, iv.hi, f.unit.clone()))
        })
    }

    #[test]
    fn between_reads_both_ends_and_shares_the_scale() {
        assert_eq!(
            between_ends("between 10 and 15 miles"),
            Some((10.0, 15.0, Some("mi".into())))
        );
        assert_eq!(
            between_ends("between 200 and 250 million people").map(|r| (r.0, r.1)),
            Some((2e8, 2.5e8))
        );
        // a counted noun after the second end makes both ends counts, not years
        assert_eq!(
            between_ends("between 1000 and 1500 people"),
            Some((1000.0, 1500.0, None))
        );
        assert_eq!(between_ends("between 1999 and 2005"), None);
        assert_eq!(between_ends("between the two"), None);
        assert_eq!(between_ends("between 10 and the river"), None);
    }

    #[test]
    fn a_multiplier_written_once_makes_a_range_of_multipliers() {
        for (text, written, lo, hi) in [
            (
                "costs rose three- to four-fold",
                "three- to four-fold",
                3.0,
                4.0,
            ),
            ("a 2.5-3x rise in sales", "2.5-3x", 2.5, 3.0),
            (
                "prices were three to four times higher",
                "three to four times",
                3.0,
                4.0,
            ),
            ("output grew five to sixfold", "five to sixfold", 5.0, 6.0),
            (
                "the risk is 10- to 20-fold higher",
                "10- to 20-fold",
                10.0,
                20.0,
            ),
            (
                "traffic grew two- or threefold",
                "two- or threefold",
                2.0,
                3.0,
            ),
            ("rents rose 3-4x in a decade", "3-4x", 3.0, 4.0),
            ("shares rose 2.5x to 3x", "2.5x to 3x", 2.5, 3.0),
            ("the chip is 3x-4x faster", "3x-4x", 3.0, 4.0),
        ] {
            let figs = crate::parse::figures_in(text);
            let f = figs.iter().find(|f| &text[f.span.range()] == written);
            let f = f.unwrap_or_else(|| panic!("{text}: {figs:?}"));
            assert_eq!(f.kind, FigureKind::Multiplier, "{text}");
            assert_eq!(f.interval, Some(Interval::new(lo, hi)), "{text}");
        }
        // a count before a multiplier of another size is no range of them
        let figs = crate::parse::figures_in("the three- to four-year-olds");
        assert!(figs.iter().all(|f| f.kind != FigureKind::Multiplier));
    }

    #[test]
    fn a_year_like_pair_before_counted_things_is_a_range_of_counts() {
        let read = |text: &str| {
            crate::parse::figures_in(text)
                .iter()
                .map(|f| (text[f.span.range()].to_string(), f.kind))
                .collect::<Vec<_>>()
        };
        for (text, written) in [
            ("1000-1500 people came", "1000-1500"),
            ("about 1200-1500 cars were towed", "about 1200-1500"),
            ("1800-1900 homes were flooded", "1800-1900"),
        ] {
            assert_eq!(read(text)[0], (written.into(), FigureKind::Range), "{text}");
        }
        for text in [
            "during 1990-1995 people moved",
            "in 1914-1918 soldiers died",
        ] {
            assert!(read(text).iter().all(|f| f.1 == FigureKind::Year), "{text}");
        }
    }

    #[test]
    fn the_first_end_borrows_the_scale_or_the_thousands() {
        with_cursor("5-10m", |c| {
            let a = c.make(0, 1, FigureKind::Count, c.numeral(0).unwrap(), None);
            let b = c.make(
                2,
                4,
                FigureKind::Count,
                crate::numeric::Numeral::integer(10.0).scaled(1e6),
                None,
            );
            assert_eq!(first_end(c, &a, &b).value, Some(5e6));
        });
        // "$50-100,000": a grouped second end lends its thousands
        with_cursor("50-100,000", |c| {
            let a = c.make(0, 1, FigureKind::Count, c.numeral(0).unwrap(), None);
            let b = c.make(2, 3, FigureKind::Count, c.numeral(2).unwrap(), None);
            assert_eq!(first_end(c, &a, &b).value, Some(50_000.0));
        });
    }

    #[test]
    fn ends_in_different_units_make_no_range() {
        with_cursor("5 km to 10 miles", |c| {
            let mut a = c.make(
                0,
                2,
                FigureKind::Measure,
                c.numeral(0).unwrap(),
                Some("km".into()),
            );
            let b = c.make(
                3,
                5,
                FigureKind::Measure,
                c.numeral(3).unwrap(),
                Some("mi".into()),
            );
            assert!(range_of(c, 0, 5, &a, &b).is_none());
            a.unit = None;
            let r = range_of(c, 0, 5, &a, &b).expect("a range");
            assert_eq!((r.kind, r.unit.as_deref()), (FigureKind::Range, Some("mi")));
        });
    }

    #[test]
    fn a_figure_read_as_an_end_is_not_joined_again() {
        let (figs, end) = read_at("10-15 people", "10", figure_no_range);
        assert_eq!((figs.len(), end), (1, Some(1)));
        assert_eq!(figs[0].1, FigureKind::Count);
        let (figs, _) = read_at("cost $5m-$10m", "$", figure_no_range);
        assert_eq!(figs[0].0, "$5m");
    }
}

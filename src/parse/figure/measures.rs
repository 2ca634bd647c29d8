//! Measures: a unit after a quantity ("48m", "30C", "six miles", "sq km", "3-inch", "20
//! (kg)", "5 ft 2 in", "2 degrees below zero"), and one of a unit named after "a" ("a
//! kilogram", "a mile", "a dollar").

use super::cursor::Cursor;
use super::model::{Figure, FigureKind, Quantity};
use super::money::money_after;
use super::quantity::quantity;
use super::words::ONE_OF_A_UNIT;
use crate::numeric::{Interval, Numeral};
use crate::parse::lexicon::{HedgeKind, Lexicon, PhraseKind};
use crate::parse::number_words;
use crate::parse::token::TokenKind;

/// "a kilogram", "a mile", "a dollar": one of a unit or currency named in the singular after
/// "a" or "an" at `i` (the names in `ONE_OF_A_UNIT`). Pushes the figure and returns its end.
pub(super) fn one_of_a_unit(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    if !matches!(c.w(i), "a" | "an") || !ONE_OF_A_UNIT.contains(&c.w(i + 1)) {
        return None;
    }
    // the unit of a fraction or a number before it ("a tenth of a gallon", "half a mile"), or
    // of a rate ("180 dlrs a tonne", "1p a pint", "two cts a gallon")
    if c.prev_w(i) == "of" {
        return None;
    }
    // an idiom measures nothing: "came within an inch of death", "won by a mile"
    // (`rules/labels.toml`)
    if i > c.first
        && c.lex
            .match_at(c.lower, c.toks, i - 1, |k| k == PhraseKind::Idiom)
            .is_some()
    {
        return None;
    }
    let number_before = (i.saturating_sub(3).max(c.first)..i)
        .any(|k| c.is_num(k) || number_words::word(c.w(k)).is_some());
    if number_before {
        return None;
    }
    let q = Quantity {
        end: i + 1,
        numeral: Numeral::integer(1.0),
        ..Quantity::at(i)
    };
    let (f, end) = money_after(c, q).or_else(|| unit_after(c, q))?;
    // a currency that names a thing: "a euro-enthusiast", "a euro zone member"
    let names_a_thing = (c.is_dash(end) && c.glued(end))
        || matches!(
            c.w(end),
            "zone" | "zones" | "area" | "sign" | "symbol" | "denominated" | "bloc"
        );
    if f.kind == FigureKind::Money && names_a_thing {
        return None;
    }
    out.push(f);
    Some(end)
}

/// A unit after `q`: glued symbols ("48m", "30C"), names ("miles", "sq km"), hyphenated
/// ("six-mile", "3-inch"), bracketed ("20 (kg)").
pub(super) fn unit_after(c: &Cursor, q: Quantity) -> Option<(Figure, usize)> {
    let j = q.end;
    let glued = c.glued(j);
    // units: glued symbols ("48m", "30C"), names ("miles", "sq km"), hyphenated
    // ("six-mile", "3-inch")
    // "10st" is ten stone, but "21st" an ordinal
    if glued
        && let Some(&id) = c.lex.glued_units.get(c.raw(j))
        && (c.kind(j + 1) != Some(TokenKind::Number) || !c.glued(j + 1))
        && !(c.raw(j) == "st" && super::calendar_words::ordinal_st(q.numeral.value))
    {
        return Some(measure(c, q, j + 1, id));
    }
    let mut k = j;
    if c.is_dash(k) && c.glued(k) && c.glued(k + 1) {
        k += 1;
    }
    if matches!(c.raw(k), "(" | "[" | "{" | "<") && c.glued(k + 1) {
        // "20 (kg)"
        if let Some(m) = c
            .lex
            .match_at(c.lower, c.toks, k + 1, |k| matches!(k, PhraseKind::Unit(_)))
            && let PhraseKind::Unit(id) = m.kind
        {
            let close = k + 1 + m.len;
            if matches!(c.raw(close), ")" | "]" | "}" | ">") {
                return Some(measure(c, q, close + 1, id));
            }
        }
    }
    if let Some(m) = c.lex.match_at(c.lower, c.toks, k, |kind| {
        matches!(kind, PhraseKind::Unit(_))
    }) && let PhraseKind::Unit(id) = m.kind
    {
        let end = k + m.len;
        // a unit written as a letter must not be the start of a word run: "2 in" is
        // not inches; "5 m" alone is
        let name = c.w(k);
        let short_word = matches!(
            name,
            "in" | "ft" | "min" | "sec" | "hr" | "yd" | "mi" | "st"
        );
        if !(short_word && !glued && c.kind(end) == Some(TokenKind::Word) && name == "in") {
            // "second" after a number is time only in plural or after "one"
            return Some(measure(c, q, end, id));
        }
    }
    None
}

/// Imperial measures written in two units, the larger first: its symbol, the smaller
/// unit's words, and how many of them make one of it.
const COMPOUNDS: &[(&str, &[&str], f64)] = &[
    ("ft", &["in", "inch", "inches"], 12.0),
    ("lb", &["oz", "ounce", "ounces"], 16.0),
    ("st", &["lb", "lbs", "pound", "pounds"], 14.0),
];

fn measure(c: &Cursor, q: Quantity, end: usize, unit: u16) -> (Figure, usize) {
    let u = &c.lex.units[unit as usize];
    // "5 ft 2 in", "5 feet and 2 inches": one height in feet; "7lb 15oz", "10st 1lb": one
    // weight in the larger unit
    if let Some(&(_, minors, per)) = COMPOUNDS.iter().find(|(major, ..)| *major == u.symbol) {
        let k = if c.w(end) == "and" { end + 1 } else { end };
        if let Some(minor) = quantity(c, k).filter(|x| !x.share && x.numeral.value < per)
            && minors.contains(&c.w(minor.end))
        {
            let value = q.numeral.value + minor.numeral.value / per;
            let numeral = Numeral::decimal(value, 3);
            let fig = c.make(
                q.start,
                minor.end + 1,
                FigureKind::Measure,
                numeral,
                Some(u.symbol.clone()),
            );
            return (fig, minor.end + 1);
        }
    }
    let kind = if u.dimension == "time" {
        FigureKind::Duration
    } else {
        FigureKind::Measure
    };
    // "2 degrees below zero" is minus 2
    let mut numeral = q.numeral;
    let mut end = end;
    let below_zero = c.w(end) == "below" && c.w(end + 1) == "zero";
    if below_zero && (u.dimension == "temperature" || u.symbol == "°") && numeral.value > 0.0 {
        numeral = numeral.negated();
        end += 2;
    }
    (
        c.make(q.start, end, kind, numeral, Some(u.symbol.clone())),
        end,
    )
}

/// Whether measure `f` lies on a signed scale, where a figure below zero is an ordinary
/// reading rather than the mirror of a size: a temperature whose zero is not absolute (°C,
/// °F: a unit of dimension "temperature" with an offset), or plain degrees below zero
/// ("-10 degrees" is a temperature, not an angle).
fn on_signed_scale(lex: &Lexicon, f: &Figure) -> bool {
    let (Some(unit), Some(v)) = (f.unit.as_deref(), f.value) else {
        return false;
    };
    if f.kind != FigureKind::Measure {
        return false;
    }
    (unit == "°" && v < 0.0)
        || lex
            .units
            .iter()
            .any(|u| u.symbol == unit && u.dimension == "temperature" && u.offset != 0.0)
}

/// A bound hedged on a signed scale follows the scale, not the size: "under -5C" is at most
/// -5 (colder), "above -5C" at least -5, "below 5C" may be below zero. Other hedges keep the
/// reading of `apply_hedge` ("nearly -3C" is the mirror of "nearly 3C").
pub(super) fn hedge_on_signed_scale(lex: &Lexicon, f: &mut Figure) {
    let (Some(v), Some(&kind)) = (f.value, f.hedge_kind.as_deref()) else {
        return;
    };
    if !matches!(kind, HedgeKind::AtLeast | HedgeKind::AtMost) || !on_signed_scale(lex, f) {
        return;
    }
    f.interval = Some(if kind == HedgeKind::AtMost {
        Interval::new(f64::NEG_INFINITY, v)
    } else {
        Interval::new(v, f64::INFINITY)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pounds_take_ounces_and_stones_take_pounds() {
        for (text, written, unit, value) in [
            (
                "weighed 7lb 15oz at birth",
                "7lb 15oz",
                "lb",
                7.0 + 15.0 / 16.0,
            ),
            ("a 6 lb 4 oz baby", "6 lb 4 oz", "lb", 6.25),
            (
                "he weighs 10st 1lb now",
                "10st 1lb",
                "st",
                10.0 + 1.0 / 14.0,
            ),
        ] {
            let figs = crate::parse::figures_in(text);
            let f = figs
                .iter()
                .find(|f| &text[f.span.range()] == written)
                .unwrap_or_else(|| panic!("{text}: {figs:?}"));
            assert_eq!(f.unit.as_deref(), Some(unit), "{text}");
            assert!(f.value.is_some_and(|v| (v - value).abs() < 1e-3), "{text}");
        }
        // an ordinal stays one; "St" before a name is no stone
        let ordinal = crate::parse::figures_in("in the 21st century");
        assert_eq!(ordinal[0].kind, FigureKind::Ordinal);
        let name = crate::parse::figures_in("it closed at 2.58 St Louis time");
        assert!(name.iter().all(|f| f.unit.as_deref() != Some("st")));
    }

    #[test]
    fn one_of_a_unit_named_after_a() {
        let one = |text: &str| {
            crate::parse::figure::cursor::read_at(
                text,
                text.split(' ')
                    .find(|w| matches!(*w, "a" | "an" | "A" | "An"))
                    .unwrap_or(""),
                one_of_a_unit,
            )
            .0
        };
        assert_eq!(
            one("a kilogram of rice"),
            vec![("a kilogram".into(), FigureKind::Measure, Some(1.0))]
        );
        assert_eq!(one("a mile away")[0].1, FigureKind::Measure);
        assert_eq!(one("a dollar a day")[0].1, FigureKind::Money);
        assert_eq!(one("an acre of land")[0].2, Some(1.0));
        // idioms and units of time are no figures
        assert!(one("a foot in the door").is_empty());
        assert!(one("a year ago").is_empty());
        assert!(one("a pound coin").is_empty());
        assert!(one("a euro-enthusiast").is_empty());
        assert!(one("at 180 dlrs a tonne").is_empty());
        assert!(one("put 1p a pint on beer").is_empty());
        assert!(one("a euro zone member").is_empty());
    }
}

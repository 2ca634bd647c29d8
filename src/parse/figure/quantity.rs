//! Reading a number before its kind is known: a sign, then a fraction or a cardinal
//! (`cardinal`), then what extends it: spoken decimals ("two point five"), digit fractions
//! and powers, "and a half", plural-ordinal denominators, ratios ("one in five"). Returns a
//! [`Quantity`]; the scanner decides its kind from what follows.

use super::cardinal::cardinal;
use super::cursor::Cursor;
use super::fraction::{digit_forms, fraction_words, leading_fraction, plural_denominator};
use super::model::Quantity;
use super::numeral::largest_scale;
use crate::numeric::Numeral;
use crate::parse::number_words::{self, NumWord};
use crate::parse::token::TokenKind;

/// A quantity at `i`: digits or words, fractions, signs, scales.
pub(super) fn quantity(c: &Cursor, i: usize) -> Option<Quantity> {
    // sign
    let (negative, core) = match c.w(i) {
        // "minus-5 yards", "minus-130 degrees"
        "minus" | "negative"
            if c.is_dash(i + 1) && c.glued(i + 1) && c.is_num(i + 2) && c.glued(i + 2) =>
        {
            (true, i + 2)
        }
        "minus" | "negative" if c.tok(i + 1).is_some() => (true, i + 1),
        "-" | "−" if i == c.first && c.is_num(i + 1) => (true, i + 1),
        "-" | "−"
            if c.is_num(i + 1)
                && c.glued(i + 1)
                // "F-16" is a code, not minus sixteen; "<-30" and "$-99" are negative
                && (!c.glued(i) || c.kind(i - 1) != Some(TokenKind::Word))
                && (i == c.first
                    || (!c.is_num(i - 1)
                        && number_words::word(c.w(i - 1)).is_none()
                        && c.w(i - 1) != "-")
                    // "Stoxx 50 -1.3%": spaced from the number before, glued to its own
                    || c.is_spaced_minus(i)) =>
        {
            (true, i + 1)
        }
        _ => (false, i),
    };
    let mut q = unsigned_quantity(c, core)?;
    if negative {
        q.numeral = q.numeral.negated();
        if let Some((a, b)) = q.ratio {
            q.ratio = Some((-a, b));
        }
    }
    q.start = i;
    Some(q)
}

/// A quantity without a sign at `i`.
pub(super) fn unsigned_quantity(c: &Cursor, i: usize) -> Option<Quantity> {
    let t = c.tok(i)?;
    if let Some(fraction) = leading_fraction(c, i) {
        return fraction;
    }
    let mut q = Quantity::at(i);
    let card = cardinal(c, i)?;
    let (numeral, end, ordinal) = (card.numeral, card.end, card.ordinal);
    q.numeral = numeral;
    q.end = end;
    q.ordinal = ordinal;
    if !ordinal
        && c.w(end) == "point"
        && let Some((v, digits, pend)) = point_decimals(c, end + 1)
    {
        let value = numeral.value + v;
        q.numeral = Numeral::decimal(value, digits);
        q.end = pend;
        // "two point two million"
        if let Some(NumWord::Scale(s)) = number_words::word(c.w(pend)) {
            q.numeral = q.numeral.scaled(s);
            q.end = pend + 1;
        }
        return Some(q);
    }
    let one_numeral = t.kind == TokenKind::Number && end == i + 1;
    if one_numeral {
        let raw = c.raw(i);
        if raw.bytes().all(|b| b.is_ascii_digit()) {
            q.bare_digits = Some(raw.len());
        }
    }
    if ordinal {
        return Some(q);
    }
    if one_numeral && let Some(form) = digit_forms(c, i, q) {
        return form;
    }
    if let Some(r) = and_a_fraction(c, q) {
        return Some(r);
    }
    if let Some(r) = plural_denominator(c, q) {
        return Some(r);
    }
    // "X out of Y", "X in Y", "X over Y": a ratio
    if let Some(r) = ratio(c, q) {
        return Some(r);
    }
    Some(q)
}

/// "and a half", "and three quarters" after a number, then perhaps a scale: "five and a
/// half million", "one million and a half".
fn and_a_fraction(c: &Cursor, mut q: Quantity) -> Option<Quantity> {
    if c.w(q.end) != "and" {
        return None;
    }
    let (f, fend) = fraction_words(c, q.end + 1).filter(|(f, _)| *f < 1.0)?;
    let base = q.numeral.value;
    let magnitude = largest_scale(base);
    if let Some(NumWord::Scale(s)) = number_words::word(c.w(fend)) {
        let value = if s < magnitude {
            base + f * s
        } else {
            (base + f) * s
        };
        q.numeral = Numeral::integer(value);
        q.end = fend + 1;
    } else if magnitude >= 1e3 {
        // "one million and a half": half a million
        q.numeral = Numeral::integer(base + f * magnitude);
        q.end = fend;
    } else {
        // "two and a half" is exactly 2.5
        q.numeral = Numeral::fraction(base + f);
        q.end = fend;
    }
    q.bare_digits = None;
    Some(q)
}

/// Decimals spoken after "point": "zero three" is .03, "seventy-one" .71, "nought four"
/// .04. Returns (fraction, digits, end).
pub(super) fn point_decimals(c: &Cursor, i: usize) -> Option<(f64, u32, usize)> {
    let mut digits = String::new();
    let mut j = i;
    while let Some(NumWord::Unit(u)) = number_words::word(c.w(j)) {
        digits.push(char::from(b'0' + u));
        j += 1;
    }
    if digits.is_empty() {
        let n = cardinal(c, i)?;
        let v = n.numeral.value;
        if n.ordinal || v >= 100.0 || v.fract() != 0.0 {
            return None;
        }
        digits = (v as u32).to_string();
        j = n.end;
    }
    let v: f64 = format!("0.{digits}").parse().ok()?;
    Some((v, digits.len() as u32, j))
}

/// A power at numeral `i`: "1.1^23", "1.3x10^6", "6.23x10^-4", and scientific notation
/// whose superscript was flattened ("2.48×10−5"). Returns (value, end).
pub(super) fn power(c: &Cursor, i: usize) -> Option<(f64, usize)> {
    let base = c.numeral(i)?.value;
    let mut j = i + 1;
    let mut mantissa = None;
    if matches!(c.w(j), "x" | "×") && c.glued(j) && c.raw(j + 1) == "10" && c.glued(j + 1) {
        mantissa = Some(base);
        j += 2;
    }
    let flattened = mantissa.is_some()
        && matches!(c.raw(j), "-" | "−")
        && c.glued(j)
        && c.is_num(j + 1)
        && c.glued(j + 1);
    if !flattened && (c.raw(j) != "^" || !c.glued(j)) {
        return None;
    }
    if !flattened {
        j += 1;
    }
    let mut sign = 1.0;
    while matches!(c.raw(j), "-" | "+" | "−") {
        if c.raw(j) != "+" {
            sign = -sign;
        }
        j += 1;
    }
    if !c.is_num(j) {
        return None;
    }
    let exp = sign * c.numeral(j)?.value;
    let v = match mantissa {
        Some(m) => m * 10f64.powf(exp),
        None => base.powf(exp),
    };
    v.is_finite().then_some((v, j + 1))
}

/// A ratio after quantity `q`: "one in five", "3 out of 4", "2000 over 3" (but not "over 3
/// years": a period).
pub(super) fn ratio(c: &Cursor, q: Quantity) -> Option<Quantity> {
    let link = c.w(q.end);
    if !matches!(link, "in" | "out" | "over") {
        return None;
    }
    let start = if link == "out" {
        if c.w(q.end + 1) != "of" {
            return None;
        }
        q.end + 2
    } else {
        q.end + 1
    };
    let den = cardinal(c, start)?;
    if den.ordinal {
        return None;
    }
    let (d, d_end) = (den.numeral, den.end);
    let a = q.numeral.value;
    let b = d.value;
    let year_like = c.is_num(start) && c.raw(start).len() == 4 && (1000.0..2100.0).contains(&b);
    // "X over Y" may be any division ("2000 over 3"); "in" and "out of" are parts
    if b == 0.0 || (a > b && link != "over") || a < 0.0 || year_like {
        return None;
    }
    if link == "over" {
        // "$2000 over 3 years" is a period, not a ratio
        let next = c.kind(d_end);
        if next == Some(TokenKind::Word) {
            return None;
        }
    }
    let mut r = q;
    r.numeral = Numeral::decimal(a / b, 4);
    r.ratio = Some((a, b));
    r.share = true;
    r.end = d_end;
    r.bare_digits = None;
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::figure::cursor::with_cursor;

    /// What the quantity at the start of a text reads: value, covered text, share, ratio.
    type Read = (f64, String, bool, Option<(f64, f64)>);

    fn read(text: &str) -> Option<Read> {
        with_cursor(text, |c| {
            let q = quantity(c, 0)?;
            let covered = text[c.span(0, q.end).range()].to_string();
            Some((q.numeral.value, covered, q.share, q.ratio))
        })
    }

    fn value(text: &str) -> Option<f64> {
        read(text).map(|r| (r.0 * 1e6).round() / 1e6)
    }

    #[test]
    fn signs() {
        assert_eq!(value("minus five degrees"), Some(-5.0));
        assert_eq!(value("negative 3"), Some(-3.0));
        assert_eq!(value("-4/5"), Some(-0.8));
        assert_eq!(read("-12 at dawn").map(|r| r.1), Some("-12".into()));
    }

    #[test]
    fn spoken_decimals() {
        assert_eq!(value("two point five"), Some(2.5));
        assert_eq!(value("one point zero three"), Some(1.03));
        assert_eq!(value("three point seventy-one"), Some(3.71));
    }

    #[test]
    fn fractions_and_mixed_numbers() {
        assert_eq!(
            read("3/4 of them"),
            Some((0.75, "3/4".into(), true, Some((3.0, 4.0))))
        );
        assert_eq!(value("2 1/4 miles"), Some(2.25));
        assert_eq!(value("2½ hours"), Some(2.5));
        assert_eq!(value("five and a half million"), Some(5_500_000.0));
        assert_eq!(value("one million and a half"), Some(1_500_000.0));
        assert_eq!(value("three fifths"), Some(0.6));
        assert_eq!(value("half a million"), Some(500_000.0));
        assert_eq!(read("24/7 service"), None, "not a proper fraction");
    }

    #[test]
    fn ratios_and_powers() {
        assert_eq!(
            read("one in five adults"),
            Some((0.2, "one in five".into(), true, Some((1.0, 5.0))))
        );
        assert_eq!(value("3 out of 4"), Some(0.75));
        assert_eq!(read("2000 over 3 years").map(|r| r.1), Some("2000".into()));
        assert_eq!(value("1.3x10^6"), Some(1_300_000.0));
        assert_eq!(power_of("2^10"), Some(1024.0));
    }

    fn power_of(text: &str) -> Option<f64> {
        with_cursor(text, |c| power(c, 0).map(|p| p.0))
    }

    #[test]
    fn bare_digits_are_year_candidates() {
        with_cursor("in 2004 the", |c| {
            assert_eq!(quantity(c, 1).and_then(|q| q.bare_digits), Some(4));
        });
        with_cursor("2,004 people", |c| {
            assert_eq!(quantity(c, 0).and_then(|q| q.bare_digits), None);
        });
    }

    #[test]
    fn point_decimals_read_digit_words_or_a_small_cardinal() {
        with_cursor("zero three", |c| {
            assert_eq!(point_decimals(c, 0), Some((0.03, 2, 2)));
        });
        with_cursor("seventy-one", |c| {
            assert_eq!(point_decimals(c, 0).map(|p| p.1), Some(2));
        });
    }
}

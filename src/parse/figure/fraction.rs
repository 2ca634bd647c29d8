//! Fractions: in words ("a half", "two-thirds", "three quarters", "one in five" is in
//! `quantity`), in digits ("3/4", "2 1/4"), Unicode ("½", "2½"), and plural ordinals after a
//! cardinal ("three fifths"). A fraction is a share of a whole unless a scale word follows
//! ("half a million", "three quarters of a billion").

use super::cardinal::{Cardinal, cardinal};
use super::cursor::Cursor;
use super::model::Quantity;
use super::numeral::unicode_fraction;
use super::quantity::power;
use super::words::SHARE_VERBS;
use crate::numeric::Numeral;
use crate::parse::number_words::{self, NumWord, OrdinalClass};
use crate::parse::token::TokenKind;

/// A fraction that opens a quantity at `i`: a Unicode fraction, "half" or "quarter"
/// (perhaps of a scale: "half a million"), or a fraction in words. `Some(None)` where the
/// word is a fraction word that reads as no quantity ("quarter" alone).
pub(super) fn leading_fraction(c: &Cursor, i: usize) -> Option<Option<Quantity>> {
    let w = c.w(i);
    let mut q = Quantity::at(i);
    let share = |mut q: Quantity, v: f64, decimals: u32, end: usize| {
        q.numeral = Numeral::decimal(v, decimals);
        q.share = true;
        q.end = end;
        q
    };
    let count = |mut q: Quantity, v: f64, end: usize| {
        q.numeral = Numeral::integer(v);
        q.end = end;
        Some(Some(q))
    };
    // unicode fractions: written, so exact
    if let Some(v) = unicode_fraction(c.raw(i)) {
        let mut q = share(q, v, 2, i + 1);
        q.numeral = Numeral::fraction(v);
        return Some(Some(after_fraction(c, q)));
    }
    let scale_at = |k: usize| match number_words::word(c.w(k)) {
        Some(NumWord::Scale(s)) => Some(s),
        _ => None,
    };
    // "half", "half a million", "half a dozen"
    if w == "half" {
        if c.w(i + 1) == "a" || c.w(i + 1) == "an" {
            if let Some(s) = scale_at(i + 2) {
                return count(q, 0.5 * s, i + 3);
            }
            if c.w(i + 2) == "dozen" {
                return count(q, 6.0, i + 3);
            }
        }
        if let Some(s) = scale_at(i + 1) {
            return count(q, 0.5 * s, i + 2);
        }
        return Some(Some(share(q, 0.5, 1, i + 1)));
    }
    if w == "quarter" {
        if let Some(s) = scale_at(i + 1) {
            return count(q, 0.25 * s, i + 2);
        }
        if c.w(i + 1) == "of" {
            return Some(Some(share(q, 0.25, 2, i + 1)));
        }
        return Some(None);
    }
    // word fractions: "a third", "two-thirds", "three quarters"
    if c.kind(i) == Some(TokenKind::Word)
        && let Some((v, end)) = fraction_words(c, i)
    {
        // "a third" before a noun other than "of" is an ordinal ("a third term"); before a
        // verb it is a share of a group ("a tenth have voted")
        let lone_article = matches!(w, "a" | "an");
        let next = c.w(end);
        let article_ok = !lone_article
            || next == "of"
            || SHARE_VERBS.contains(&next)
            || next.is_empty()
            || c.kind(end) == Some(TokenKind::Punct)
            || matches!(number_words::word(next), Some(NumWord::Scale(_)));
        if article_ok {
            q = share(q, v, 2, end);
            return Some(Some(after_fraction(c, q)));
        }
    }
    None
}

/// What follows a one-token numeral `q` at `i` that makes it a fraction or another number
/// form: "3/4" (`Some(None)` where the slash reads as no fraction: "24/7"), "2 1/4", "2½",
/// powers ("1.3x10^6").
pub(super) fn digit_forms(c: &Cursor, i: usize, mut q: Quantity) -> Option<Option<Quantity>> {
    let end = q.end;
    // digit fractions: "3/4", "2 1/4", "-4/5", with the fraction slash too: "1⁄32"
    if matches!(c.raw(end), "/" | "⁄")
        && c.glued(end)
        && c.is_num(end + 1)
        && c.glued(end + 1)
        && c.raw(end + 2) != "/"
    {
        let a = q.numeral.value;
        // a bid/offer quote ("6.52/54"): the scanner reads it as a range
        if quote_offer(c, i).is_some() {
            return Some(Some(q));
        }
        let Some(b) = c.numeral(end + 1).map(|n| n.value) else {
            return Some(None);
        };
        // digits in groups are amounts, not a fraction: "1,250/1,350 stg" is a price range
        if c.raw(i).contains(',') || c.raw(end + 1).contains(',') {
            return Some(None);
        }
        if b != 0.0 && a.abs() < b && a.fract() == 0.0 {
            q.numeral = Numeral::fraction(a / b);
            q.ratio = Some((a, b));
            q.share = true;
            q.end = end + 2;
            q.bare_digits = None;
            return Some(Some(after_fraction(c, q)));
        }
        return Some(None);
    }
    // a mixed number: "2 1/4", or with the wire's dash "7-1/2", "3-3/8"
    let dash = c.glued(end) && c.is_dash(end) && c.glued(end + 1);
    let at = if dash { end + 1 } else { end };
    if c.is_num(at)
        && c.raw(at + 1) == "/"
        && c.glued(at + 1)
        && c.is_num(at + 2)
        && c.glued(at + 2)
        && c.raw(at + 3) != "/"
        && !(c.glued(at + 3) && c.is_num(at + 3))
    {
        let whole = q.numeral.value;
        let (Some(a), Some(b)) = (c.numeral(at), c.numeral(at + 2)) else {
            return Some(None);
        };
        let (a, b) = (a.value, b.value);
        // with a dash, only the eighths to sixty-fourths of prices and rates: "5-10/12" is
        // no mixed number
        let denominator = !dash || matches!(b as u32, 2 | 4 | 8 | 16 | 32 | 64) && b.fract() == 0.0;
        if b != 0.0
            && a < b
            && a.fract() == 0.0
            && denominator
            && whole.fract() == 0.0
            && whole >= 0.0
        {
            q.numeral = Numeral::fraction(whole + a / b);
            q.end = at + 3;
            q.bare_digits = None;
            return Some(Some(q));
        }
    }
    // glued unicode fraction: "2½"
    if let Some(v) = unicode_fraction(c.raw(end)).filter(|_| c.glued(end)) {
        q.numeral = Numeral::fraction(q.numeral.value + v);
        q.end = end + 1;
        q.bare_digits = None;
        return Some(Some(q));
    }
    // powers: "1.1^23", "1.3x10^6", "6.23x10^-4"
    if let Some((v, e)) = power(c, i) {
        q.numeral = Numeral::decimal(v, 6);
        q.end = e;
        q.bare_digits = None;
        return Some(Some(q));
    }
    None
}

/// The offer of a wire-style bid/offer quote at numeral `i` ("6.52/54" is 6.52 bid, 6.54
/// offered; "1.8205/15" is 1.8205 and 1.8215): the digits after the slash replace the last
/// digits of the bid. Returns the offer.
pub(super) fn quote_offer(c: &Cursor, i: usize) -> Option<f64> {
    let bid = c.raw(i);
    let offer = c.raw(i + 2);
    let decimals = bid.split_once('.')?.1;
    let digits_only = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if c.raw(i + 1) != "/"
        || !c.glued(i + 1)
        || !c.glued(i + 2)
        || !digits_only(decimals)
        || !digits_only(offer)
        || offer.len() > decimals.len()
        || c.raw(i + 3) == "/"
    {
        return None;
    }
    let written = format!("{}{}", &bid[..bid.len() - offer.len()], offer);
    written.parse().ok()
}

/// A plural ordinal after a cardinal makes a fraction: "three fifths", "twenty-three
/// fifths", "three twenty-firsts", "twenty twenty fifths".
pub(super) fn plural_denominator(c: &Cursor, mut q: Quantity) -> Option<Quantity> {
    if let Some(NumWord::Ordinal {
        plural: true,
        value,
        ..
    }) = number_words::word(c.w(q.end))
        && value > 0.0
    {
        q.numeral = Numeral::decimal(q.numeral.value / value, 3);
        q.share = true;
        q.end += 1;
        q.bare_digits = None;
        return Some(after_fraction(c, q));
    }
    if let Some(NumWord::Tens(tens)) = number_words::word(c.w(q.end)) {
        let unit_at = if c.is_dash(q.end + 1) {
            q.end + 2
        } else {
            q.end + 1
        };
        if let Some(NumWord::Ordinal {
            plural: true,
            value,
            class: OrdinalClass::Unit,
        }) = number_words::word(c.w(unit_at))
        {
            let den = f64::from(tens) + value;
            q.numeral = Numeral::decimal(q.numeral.value / den, 3);
            q.share = true;
            q.end = unit_at + 1;
            q.bare_digits = None;
            return Some(after_fraction(c, q));
        }
    }
    None
}

/// A fraction word phrase at `i`: "a half", "one third", "three quarters", "a fifth",
/// "two-thirds". Returns (value, end).
pub(super) fn fraction_words(c: &Cursor, i: usize) -> Option<(f64, usize)> {
    let (num, j) = match c.w(i) {
        "a" | "an" => (1.0, i + 1),
        _ => {
            let n = cardinal(c, i)?;
            if n.ordinal {
                return None;
            }
            (n.numeral.value, n.end)
        }
    };
    let j = if c.is_dash(j) { j + 1 } else { j };
    let den_word = number_words::word(c.w(j))?;
    // a compound denominator: "one twenty-fifth", "a twenty-first"
    if matches!(den_word, NumWord::Tens(_)) && c.is_dash(j + 1) {
        let d = cardinal(c, j)?;
        let den = d.numeral.value;
        if !d.ordinal || den == 0.0 || (!d.plural && (num - 1.0).abs() > 1e-9) {
            return None;
        }
        return Some((num / den, d.end));
    }
    let (den, plural, end) = match den_word {
        NumWord::Half { plural } => (2.0, plural, j + 1),
        NumWord::Quarter { plural } => (4.0, plural, j + 1),
        NumWord::Ordinal { .. } => {
            let d = cardinal(c, j).or_else(|| {
                // plural ordinals stop the cardinal grammar: read it alone
                match number_words::word(c.w(j)) {
                    Some(NumWord::Ordinal { value, plural, .. }) => Some(Cardinal {
                        numeral: Numeral::integer(value),
                        end: j + 1,
                        ordinal: true,
                        plural,
                    }),
                    _ => None,
                }
            })?;
            if !d.ordinal {
                return None;
            }
            (d.numeral.value, d.plural, d.end)
        }
        _ => return None,
    };
    if matches!(c.w(j), "first" | "second" | "firsts") {
        return None;
    }
    if den == 0.0 || (!plural && (num - 1.0).abs() > 1e-9) {
        return None;
    }
    Some((num / den, end))
}

/// After a fraction: a scale word makes it a count ("three quarters billion",
/// "two thirds of a million").
pub(super) fn after_fraction(c: &Cursor, mut q: Quantity) -> Quantity {
    let mut j = q.end;
    if c.w(j) == "of" && matches!(c.w(j + 1), "a" | "an") {
        j += 2;
    }
    if let Some(NumWord::Scale(s)) = number_words::word(c.w(j)) {
        q.numeral = Numeral::integer(q.numeral.value * s);
        q.share = false;
        q.ratio = None;
        q.end = j + 1;
    }
    q
}

#[cfg(test)]
mod tests {
    use crate::parse::{FigureKind, figures_in};

    #[test]
    fn a_fraction_word_before_a_verb_is_a_share_of_a_group() {
        for text in [
            "A tenth have voted",
            "a third said they would leave",
            "a fifth are out of work",
            "a tenth of voters stayed home",
            "one tenth of the budget",
        ] {
            assert_eq!(figures_in(text)[0].kind, FigureKind::Fraction, "{text}");
        }
        for text in ["on the tenth day", "he won a third term"] {
            assert_eq!(figures_in(text)[0].kind, FigureKind::Ordinal, "{text}");
        }
    }
}

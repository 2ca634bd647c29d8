//! Money: a currency sign or code before the amount ("$1.5bn", "US$ 1MM", "MAUD 60"),
//! ranges of money ("$5m-$10m"), cents after dollars ("3 dollars 50 cents").

use super::cursor::Cursor;
use super::model::{Figure, FigureKind, Quantity};
use super::quantity::quantity;
use super::ranges::{first_end, is_sign, range_of};
use super::words::CHANGE_WORDS;
use crate::numeric::{Interval, Numeral};
use crate::parse::lexicon::{PhraseKind, PhraseMatch};
use crate::parse::number_words::{self, NumWord};
use crate::parse::token::TokenKind;

/// A currency sign or code before an amount: "$1.5bn", "US$ 1MM", "EUR 125", "c $ 16.4
/// million", "($99.99)".
pub(super) fn money_prefix(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    money_prefix_core(c, i, out, true)
}

/// A minus before a currency sign or code: "-£250", "−$5m" (spaced from what stands before,
/// glued to the sign). Pushes the negative amount and returns its end.
pub(super) fn signed_money_prefix(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    let minus = c.is_dash(i) || c.raw(i) == "−";
    if !minus || (i > c.first && c.glued(i)) || !c.glued(i + 1) {
        return None;
    }
    let mut inner = Vec::new();
    let end = money_prefix_core(c, i + 1, &mut inner, false)?;
    let [mut f] = <[Figure; 1]>::try_from(inner).ok()?;
    let (v, numeral, interval) = (f.value?, f.numeral?, f.interval?);
    if f.kind != FigureKind::Money || v < 0.0 {
        return None;
    }
    f.value = Some(-v);
    f.numeral = Some(numeral.negated());
    f.interval = Some(Interval::new(-interval.hi, -interval.lo));
    f.span.start = c.toks[i].start;
    out.push(f);
    Some(end)
}

/// [`money_prefix`]; `join_range`: read a second amount after a dash ("$5m-$10m"),
/// which is itself read without joining.
pub(super) fn money_prefix_core(
    c: &Cursor,
    i: usize,
    out: &mut Vec<Figure>,
    join_range: bool,
) -> Option<usize> {
    let mut million = false;
    // a longer phrase wins over its sign: "$US113 trillion", "$A82,615,680"
    let phrase = c
        .lex
        .match_at(c.lower, c.toks, i, |k| {
            matches!(k, PhraseKind::CurrencyPrefix(_))
        })
        .filter(|m| m.len > 1);
    let (currency, len) = if let Some(
        m @ PhraseMatch {
            kind: PhraseKind::CurrencyPrefix(id),
            ..
        },
    ) = phrase
    {
        (id, m.len)
    } else if let Some(&id) = c.lex.currency_symbols.get(c.raw(i)) {
        (id, 1)
    } else if let Some(id) = million_code(c, i) {
        million = true;
        (id, 1)
    } else {
        let m = c.lex.match_at(c.lower, c.toks, i, |k| {
            matches!(k, PhraseKind::CurrencyPrefix(_))
        })?;
        let PhraseKind::CurrencyPrefix(id) = m.kind else {
            return None;
        };
        // a bare code word must be upper case or glued: "USD 200", "USD115"
        (id, m.len)
    };
    let mut j = i + len;
    // "US$" read as "US" + "$": the phrase wins above; here a sign after a code
    let mut sign = false;
    if c.raw(j) == "-" && c.is_num(j + 1) {
        sign = true;
        j += 1;
    }
    let q = quantity(c, j)?;
    if q.share || q.ordinal {
        return None;
    }
    let mut numeral = if sign { q.numeral.negated() } else { q.numeral };
    if million {
        numeral = numeral.scaled(1e6);
    }
    let mut end = q.end;
    if !numeral.rounded
        && c.lex.currencies[currency as usize].subunit.is_none()
        && let Some((cents, cend)) = minor_units(c, end).filter(|_| c.w(end) == "and")
    {
        numeral = Numeral::decimal(numeral.value + cents / 100.0, 2);
        end = cend;
    }
    // "75 USD million" style is handled as a suffix; "$ 20,000.00"
    if let Some(NumWord::Scale(s)) = number_words::word(c.w(end))
        && numeral.value.abs() < 1000.0
    {
        let f = money_figure(c, i, end + 1, numeral.scaled(s), currency);
        out.push(f);
        if !join_range {
            return Some(end + 1);
        }
        return Some(money_range(c, i, end + 1, out));
    }
    // a trailing currency word repeats the sign: "$ 10 dollars"
    if let Some(m) = c.lex.match_at(c.lower, c.toks, end, |k| {
        matches!(k, PhraseKind::CurrencySuffix(_))
    }) && !matches!(c.w(end), "cents" | "cent" | "pence")
    {
        end += m.len;
    }
    let f = money_figure(c, i, end, numeral, currency);
    out.push(f);
    if !join_range {
        return Some(end);
    }
    Some(money_range(c, i, end, out))
}

/// "$5m-$10m", "$5-10m", "£5m to £10m": joins a money figure just pushed with a second
/// amount into a range. Returns the end.
pub(super) fn money_range(c: &Cursor, start: usize, end: usize, out: &mut Vec<Figure>) -> usize {
    let sep = c.w(end);
    // after a change word "A to B" may be a from-to pair ("rose $5m to $8m"); "A-B" is
    // a range ("lost $1.5bn-$2bn")
    if !(c.is_dash(end) || sep == "to")
        || (sep == "to" && CHANGE_WORDS.contains(&c.prev_w(start)))
        || (c.is_dash(end) && is_sign(c, end))
    {
        return end;
    }
    let j = end + 1;
    let mut second = Vec::new();
    let second_has_currency = c.lex.currency_symbols.contains_key(c.raw(j))
        || c.lex
            .match_at(c.lower, c.toks, j, |k| {
                matches!(k, PhraseKind::CurrencyPrefix(_))
            })
            .is_some();
    let b_end = if second_has_currency {
        match money_prefix_core(c, j, &mut second, false) {
            Some(e) => e,
            None => return end,
        }
    } else {
        let Some(q) = quantity(c, j) else {
            return end;
        };
        if q.share || q.ordinal {
            return end;
        }
        let Some(first) = out.last() else { return end };
        let mut e = q.end;
        if let Some(NumWord::Scale(_)) = number_words::word(c.w(e)) {
            e += 1;
        }
        // "£50bn - 14% higher": a percent or a unit after it is another figure
        if matches!(c.w(e), "%" | "percent" | "per" | "pc" | "pct")
            || c.lex
                .match_at(c.lower, c.toks, e, |k| matches!(k, PhraseKind::Unit(_)))
                .is_some()
        {
            return end;
        }
        // the second amount is in the first one's currency
        let mut f = first.clone();
        f.value = Some(q.numeral.value);
        f.numeral = Some(q.numeral);
        f.span = c.span(q.start, e);
        second.push(f);
        e
    };
    // "$5-10m": the first amount takes the scale written after the second
    let (Some(first), Some(b)) = (out.last(), second.first()) else {
        return end;
    };
    let a = first_end(c, first, b);
    // a second amount without a currency must go up from the first: "£808m to 8,177
    // cases" is two figures
    if !second_has_currency && a.value.zip(b.value).is_some_and(|(x, y)| x > y) {
        return end;
    }
    if let Some(r) = range_of(c, start, b_end, &a, b) {
        out.pop();
        out.push(r);
        b_end
    } else {
        end
    }
}

/// Cents after a main amount: "3 dollars 50 cents", "15 dollars and 50", "17 USD 25".
/// Returns (hundredths, end).
pub(super) fn minor_units(c: &Cursor, end: usize) -> Option<(f64, usize)> {
    let k = if c.w(end) == "and" { end + 1 } else { end };
    let q = quantity(c, k)?;
    let v = q.numeral.value;
    if q.share || q.ordinal || v.fract() != 0.0 || !(0.0..100.0).contains(&v) {
        return None;
    }
    let after = c.w(q.end);
    // "43c" only glued: "20 c" may be anything
    if matches!(after, "cents" | "cent" | "pence" | "p" | "mao") || (after == "c" && c.glued(q.end))
    {
        return Some((v, q.end + 1));
    }
    let closes = after.is_empty()
        || after == "more"
        || (c.kind(q.end) == Some(TokenKind::Punct) && !c.is_dash(q.end));
    closes.then_some((v, q.end))
}

/// A currency code with a million prefix: "MUSD", "MEUR", "MAUD".
pub(super) fn million_code(c: &Cursor, i: usize) -> Option<u16> {
    let raw = c.raw(i);
    let rest = raw.strip_prefix('M')?;
    if rest.len() != 3 || !rest.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    c.lex.currency_word(&rest.to_ascii_lowercase())
}

pub(super) fn money_figure(
    c: &Cursor,
    from: usize,
    to: usize,
    numeral: Numeral,
    currency: u16,
) -> Figure {
    let money = &c.lex.currencies[currency as usize];
    let unit = match &money.subunit {
        Some(sub) => format!("{} {}", money.code, sub),
        None => money.code.clone(),
    };
    c.make(from, to, FigureKind::Money, numeral, Some(unit))
}

/// Money named after the amount: "5 dollars", "420 million finnish markka", "10 €",
/// "50p", "3 dollars 50 cents".
pub(super) fn money_after(c: &Cursor, q: Quantity) -> Option<(Figure, usize)> {
    let j = q.end;
    let n = q.numeral;
    let w = c.w(j);
    let glued = c.glued(j);
    if let Some(read) = grand(c, q) {
        return Some(read);
    }
    // money after the amount: "5 dollars", "420 million finnish markka", "10 €", "50p"
    if let Some(&id) = c
        .lex
        .currency_symbols
        .get(c.raw(j))
        .or_else(|| c.lex.currency_symbols_after.get(c.raw(j)))
    {
        if let Some((cents, cend)) = minor_units(c, j + 1)
            .filter(|_| matches!(c.w(j + 2), "cents" | "cent") || c.w(j + 3).starts_with("cent"))
        {
            let numeral = Numeral::decimal(n.value + cents / 100.0, 2);
            return Some((money_figure(c, q.start, cend, numeral, id), cend));
        }
        if c.raw(j) != "$" || !c.is_num(j + 1) {
            return Some((money_figure(c, q.start, j + 1, n, id), j + 1));
        }
    }
    if let Some(m) = c.lex.match_at(c.lower, c.toks, j, |k| {
        matches!(k, PhraseKind::CurrencySuffix(_))
    }) && let PhraseKind::CurrencySuffix(id) = m.kind
    {
        // a letter alone ("5 p") only glued; "5 U.S. dollars" is a phrase
        let single_letter = w.len() == 1 && m.len == 1;
        if !single_letter || glued {
            let mut end = j + m.len;
            let mut numeral = n;
            // "75 USD million"
            if let Some(NumWord::Scale(s)) = number_words::word(c.w(end)) {
                numeral = n.scaled(s);
                end += 1;
            } else if c.lex.currencies[id as usize].subunit.is_none()
                && !n.rounded
                && let Some((cents, cend)) = minor_units(c, end)
            {
                numeral = Numeral::decimal(n.value + cents / 100.0, 2);
                end = cend;
            }
            return Some((money_figure(c, q.start, end, numeral, id), end));
        }
    }
    None
}

/// "10 grand": thousands of a currency the text does not name (`other`). Only before a pause
/// or a small word ("10 grand a year", "50 grand for the car"), not in a name ("14 grand
/// slams", "the Grand National").
fn grand(c: &Cursor, q: Quantity) -> Option<(Figure, usize)> {
    let j = q.end;
    if c.raw(j) != "grand" || q.share || q.ordinal || q.numeral.value >= 1000.0 {
        return None;
    }
    let next = c.w(j + 1);
    let pause = matches!(c.kind(j + 1), None | Some(TokenKind::Punct));
    let small_word = matches!(
        next,
        "a" | "for"
            | "in"
            | "to"
            | "of"
            | "on"
            | "per"
            | "each"
            | "from"
            | "and"
            | "or"
            | "but"
            | "apiece"
            | "cash"
            | "more"
            | "less"
            | "up"
            | "back"
            | "off"
            | "last"
            | "this"
            | "is"
            | "was"
            | "will"
            | "would"
            | "says"
            | "said"
    );
    if !(pause || small_word) {
        return None;
    }
    let id = c.lex.currencies.iter().position(|m| m.code == "other")? as u16;
    Some((
        money_figure(c, q.start, j + 1, q.numeral.scaled(1e3), id),
        j + 1,
    ))
}

/// Whether "pounds" at `j`, after a million, weighs a thing rather than counts money: "of"
/// and a thing after it ("pounds of flour", not "pounds of funding"), "per" after it, or a
/// word of production within 20 tokens ("capacity", "output").
pub(super) fn pounds_weigh(c: &Cursor, j: usize) -> bool {
    let next = c.w(j + 1);
    if next == "per" {
        return true;
    }
    if next == "of" {
        let thing = (j + 2..j + 5)
            .map(|k| c.w(k))
            .find(|w| !matches!(*w, "the" | "a" | "an"));
        return !thing.is_some_and(|w| MONEY_NOUNS.contains(&w));
    }
    // within a clause or two of it (bounded, so a long run of pounds stays linear)
    let from = j.saturating_sub(20).max(c.first);
    (from..(j + 20).min(c.bound)).any(|k| PRODUCTION_WORDS.contains(&c.w(k)))
}

/// Whether "pounds" at `j`, after the number that starts at `start`, is money whatever its
/// size: a sum in pounds sterling restates it in brackets right after ("fifty pounds
/// (£50)"), or a word of paying stands a few words before it ("a fine of two hundred
/// pounds", "paid 40 pounds"), and no word of weighing ("weighed 40 pounds").
pub(super) fn pounds_paid(c: &Cursor, start: usize, j: usize) -> bool {
    if c.raw(j + 1) == "(" && c.raw(j + 2).starts_with('£') {
        return true;
    }
    // "sold 40 pounds of apples", "40 pounds per sack": a weight
    if matches!(c.w(j + 1), "of" | "per") {
        return false;
    }
    let from = start.saturating_sub(4).max(c.first);
    let before = || (from..start).map(|k| c.w(k));
    before().any(|w| PAYING_WORDS.contains(&w)) && !before().any(|w| w.starts_with("weigh"))
}

/// Words of paying a few words before a number of pounds: then the pounds are money.
const PAYING_WORDS: &[&str] = &[
    "fine",
    "fined",
    "fee",
    "fees",
    "cost",
    "costs",
    "costing",
    "price",
    "priced",
    "paid",
    "pay",
    "pays",
    "paying",
    "worth",
    "salary",
    "wage",
    "wages",
    "bill",
    "charge",
    "charged",
    "spent",
    "spend",
    "raised",
    "donated",
    "donation",
    "prize",
    "reward",
    "bonus",
    "penalty",
    "compensation",
    "damages",
    "rent",
    "sold",
    "bought",
    "earned",
    "earns",
    "owed",
    "owes",
];

/// Things of money after "a million pounds of": then the pounds are money ("two million
/// pounds of public money", "of funding"), not a weight ("of wheat flour").
pub(super) const MONEY_NOUNS: &[&str] = &[
    "money",
    "funding",
    "funds",
    "investment",
    "debt",
    "debts",
    "cash",
    "aid",
    "spending",
    "savings",
    "losses",
    "profit",
    "profits",
    "revenue",
    "taxpayers",
    "public",
    "damage",
    "compensation",
    "sales",
    "assets",
    "business",
    "lottery",
    "government",
    "state",
    "tax",
];

/// Words of production near "a million pounds" that make it a weight: "capacity to 600 mln
/// pounds", "output of 140 mln pounds a year".
pub(super) const PRODUCTION_WORDS: &[&str] = &[
    "capacity",
    "production",
    "output",
    "plant",
    "plants",
    "produce",
    "produced",
    "produces",
    "producing",
    "harvest",
    "crop",
    "shipment",
    "shipments",
    "tonnes",
    "tons",
];

#[cfg(test)]
mod tests {
    #[test]
    fn pounds_paid_or_restated_in_sterling_are_money() {
        use crate::parse::FigureKind;
        let read = |text: &str| {
            let figs = crate::parse::figures_in(text);
            (figs[0].kind, figs[0].unit.clone())
        };
        let gbp = (FigureKind::Money, Some("GBP".to_string()));
        let lb = (FigureKind::Measure, Some("lb".to_string()));
        assert_eq!(read("a fine of two hundred and fifty pounds"), gbp);
        assert_eq!(read("she was paid 40 pounds for it"), gbp);
        assert_eq!(read("fifty pounds (£50) each"), gbp);
        // a weight, even where something is sold
        assert_eq!(read("the stall sold 40 pounds of apples"), lb);
        assert_eq!(read("the parcel weighed 25 pounds"), lb);
    }

    use super::*;

    #[test]
    fn the_word_lists_are_lower_case_and_unique() {
        for list in [MONEY_NOUNS, PRODUCTION_WORDS] {
            let mut seen = std::collections::HashSet::new();
            for w in list {
                assert_eq!(*w, w.to_lowercase(), "{w}");
                assert!(seen.insert(w), "{w} twice");
            }
        }
    }
    use crate::parse::figure::cursor::{read_at, with_cursor};

    /// The figures `money_prefix` reads at token `at` of `text`: (text, value, unit).
    fn prefix(text: &str, at: &str) -> Vec<(String, Option<f64>, Option<String>)> {
        with_cursor(text, |c| {
            let i = (0..c.bound).find(|&k| c.raw(k) == at).expect("the token");
            let mut out = Vec::new();
            money_prefix(c, i, &mut out);
            out.iter()
                .map(|f| (text[f.span.range()].to_string(), f.value, f.unit.clone()))
                .collect()
        })
    }

    #[test]
    fn a_sign_or_code_before_the_amount() {
        assert_eq!(
            prefix("$1.5bn", "$"),
            vec![("$1.5bn".into(), Some(1.5e9), Some("USD".into()))]
        );
        assert_eq!(prefix("US$ 1MM", "US")[0].2.as_deref(), Some("USD"));
        assert_eq!(prefix("MUSD 5 paid", "MUSD")[0].1, Some(5e6));
        assert_eq!(prefix("the dollar rose", "dollar"), vec![]);
    }

    #[test]
    fn cents_after_the_main_amount() {
        assert_eq!(prefix("$20 and 43c", "$")[0].1, Some(20.43));
        with_cursor("3 dollars 50 cents", |c| {
            assert_eq!(minor_units(c, 2), Some((50.0, 4)));
        });
        // a number that is no cents: "20 c" apart
        with_cursor("and 250 cents", |c| assert_eq!(minor_units(c, 0), None));
    }

    #[test]
    fn two_amounts_join_into_a_range_only_going_up() {
        let (figs, _) = read_at("a $5m-$10m deal", "$", money_prefix);
        assert_eq!(figs.len(), 1);
        assert_eq!(figs[0].1, FigureKind::Range);
        let (figs, _) = read_at("£808m to 8,177 cases", "£", money_prefix);
        assert_eq!((figs.len(), figs[0].1), (1, FigureKind::Money));
        let (figs, _) = read_at("£50bn - 14% higher", "£", money_prefix);
        assert_eq!(figs[0].0, "£50bn");
    }

    #[test]
    fn million_codes_are_upper_case_codes() {
        with_cursor("MUSD MEUR Mxyz MAUDS", |c| {
            assert!(million_code(c, 0).is_some());
            assert!(million_code(c, 1).is_some());
            assert!(million_code(c, 2).is_none());
            assert!(million_code(c, 3).is_none());
        });
    }

    #[test]
    fn a_minus_before_the_sign_makes_a_negative_amount() {
        let (figs, _) = read_at("stood at -£250 after fees", "-", signed_money_prefix);
        assert_eq!(
            figs,
            vec![("-£250".into(), FigureKind::Money, Some(-250.0))]
        );
        let (figs, _) = read_at("a loss of −$5m", "−", signed_money_prefix);
        assert_eq!(figs[0].2, Some(-5e6));
        // a dash glued to what stands before is no minus: "2019-£5"
        assert!(read_at("2019-£5", "-", signed_money_prefix).0.is_empty());
    }

    #[test]
    fn an_article_before_a_dollar_sign_is_no_currency() {
        assert_eq!(prefix("a $5m deal", "a"), vec![]);
        assert_eq!(prefix("A$5m", "A")[0].2.as_deref(), Some("AUD"));
    }
}

//! Classification: what follows a quantity decides its kind (score, ordinal, decade,
//! percent, money, age, measure, year or plain count), and after it a range or a hedge may
//! extend it.

use super::ages::{age_suffix, decade_of_age, something_age};
use super::calendar::day_month;
use super::calendar_words::{AMOUNT_BEFORE, CALENDAR_BEFORE, COUNT_NOUNS, month};
use super::cursor::Cursor;
use super::fraction::quote_offer;
use super::hedges::hedge_after;
use super::measures::unit_after;
use super::model::{Figure, FigureKind, Quantity};
use super::money::{million_code, money_after, money_figure, pounds_paid, pounds_weigh};
use super::ranges::range_after;
use super::words::{
    NOT_COUNT_NOUNS, SCORE_AFTER, SCORE_BEFORE, SCORE_VERBS, TIMES_COMPARATIVES, YEAR_BEFORE,
};
use crate::numeric::{Interval, Numeral};
use crate::parse::lexicon::PhraseKind;
use crate::parse::number_words::{self, NumWord};
use crate::parse::token::TokenKind;

/// Verbs after which "at N" is an age: "dies at 22", "retired at 60".
const AGE_AT_VERBS: &[&str] = &[
    "die", "dies", "died", "dying", "dead", "away", "retire", "retires", "retired", "married",
    "marries", "wed",
];

/// Classifies a quantity by what follows it; pushes the figure(s) and returns the end.
pub(super) fn classify(c: &Cursor, q: Quantity, out: &mut Vec<Figure>) -> usize {
    // scores: "4-2", "won 3-1"
    if let Some(end) = score(c, q) {
        out.push(c.marker(q.start, end, FigureKind::Score));
        return end;
    }
    if let Some((f, end)) = day_month(c, q) {
        out.push(f);
        return end;
    }
    // a bid/offer quote: "6.52/54"
    if let Some(offer) = (q.end == q.start + 1)
        .then(|| quote_offer(c, q.start))
        .flatten()
    {
        // the unit after the offer is the quote's: "6.45/55 pct", "149.05/10 yen"
        let offer_end = Quantity {
            end: q.end + 2,
            ..q
        };
        let (unit, end) =
            classify_single(c, offer_end).map_or((None, q.end + 2), |(f, end)| (f.unit, end));
        let mut f = c.marker(q.start, end, FigureKind::Range);
        f.interval = Some(Interval::new(
            q.numeral.value.min(offer),
            q.numeral.value.max(offer),
        ));
        f.unit = unit;
        out.push(f);
        return end;
    }
    let Some((mut f, mut end)) = classify_single(c, q) else {
        return q.end;
    };
    // ranges: "10-15", "10 to 15", "5k-20k", "10% to 15%"
    if let Some((r, rend)) = range_after(c, q, &f, end) {
        f = r;
        end = rend;
    }
    // hedges after: "500 or more"
    end = hedge_after(c, q.start, end, &mut f);
    if let Some(kind) = count_read_by_context(c, q, &f, end) {
        let unit = f.unit.take();
        f = c.make(q.start, end, kind, q.numeral, unit);
    }
    out.push(f);
    end
}

/// Whether a comparison starts at `k`, after "times" or "twice": "as many", "higher", "the
/// size" (`TIMES_COMPARATIVES`). "as" must lead to an adjective or adverb: "four times as a
/// player" and "twice as Ulster broke" count occasions.
pub(super) fn compares(c: &Cursor, k: usize) -> bool {
    // "two and a half times what they were": "what", a subject and a form of "be" ending
    // the clause (not "asked three times what they were doing")
    if c.w(k) == "what" {
        return c.kind(k + 1) == Some(TokenKind::Word)
            && matches!(c.w(k + 2), "was" | "were" | "is" | "are")
            && (matches!(c.kind(k + 3), None | Some(TokenKind::Punct))
                || matches!(c.w(k + 3), "in" | "last" | "before" | "a" | "when" | "then"));
    }
    if !TIMES_COMPARATIVES.contains(&c.w(k)) {
        return false;
    }
    if c.w(k) != "as" {
        return true;
    }
    let next = c.w(k + 1);
    c.kind(k + 1) == Some(TokenKind::Word)
        && c.raw(k + 1).starts_with(char::is_lowercase)
        && !matches!(
            next,
            "a" | "an"
                | "the"
                | "he"
                | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "this"
                | "that"
                | "these"
                | "those"
                | "part"
                | "well"
        )
}

/// What the words around a plain count say it is instead: an age ("dies at 22", "at
/// the age of 100", "70 or older") or the base of a rate ("per 100,000 people").
fn count_read_by_context(c: &Cursor, q: Quantity, f: &Figure, end: usize) -> Option<FigureKind> {
    if !matches!(f.kind, FigureKind::Count | FigureKind::Measure) || f.hedge.is_some() {
        return None;
    }
    let before = c.prev_w(q.start);
    if before == "per" || (before == "every" && c.prev_w(q.start - 1) == "for") {
        return Some(FigureKind::Denominator);
    }
    if f.kind != FigureKind::Count
        || q.share
        || !(1.0..=125.0).contains(&q.numeral.value)
        || q.numeral.value.fract() != 0.0
    {
        return None;
    }
    let two_before = if q.start > c.first + 1 {
        c.w(q.start - 2)
    } else {
        ""
    };
    // "at the age of 100", "by the age of 5", "a woman of 101"
    // "a woman of 101"
    let age_of = before == "of"
        && matches!(
            two_before,
            "age" | "man" | "woman" | "boy" | "girl" | "child" | "person" | "mother" | "father"
        );
    // "dies at 22", "died at 87", "passed away at 90", "dead at 45"
    let died_at = before == "at" && AGE_AT_VERBS.contains(&two_before);
    // "70 or older", "65 and over" before a pause, "18 or younger"
    let after = c.w(end);
    let next = c.w(end + 1);
    let or_older = matches!(after, "or" | "and")
        && (matches!(next, "older" | "younger")
            || (next == "over" && matches!(c.kind(end + 2), None | Some(TokenKind::Punct))));
    (age_of || died_at || or_older).then_some(FigureKind::Age)
}

/// A score: two small integers joined by a dash, in sporting context.
fn score(c: &Cursor, q: Quantity) -> Option<usize> {
    let a = q.bare_digits?;
    if a > 2 || !c.is_dash(q.end) || !c.glued(q.end) || !c.is_num(q.end + 1) || !c.glued(q.end + 1)
    {
        return None;
    }
    let b = c.raw(q.end + 1);
    if b.len() > 2 || !b.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // a suffix glued to the second number makes a range: "a 5-10m deal"
    if c.glued(q.end + 2) && c.kind(q.end + 2) == Some(TokenKind::Word) {
        return None;
    }
    let before = c.prev_w(q.start);
    let after = c.w(q.end + 2);
    let mut end = q.end + 2;
    // tennis sets: "6-4 6-3"
    while c.is_num(end) && c.is_dash(end + 1) && c.glued(end + 1) && c.raw(end).len() <= 2 {
        end += 3;
    }
    let sets = end > q.end + 2; // "6-4 6-3": tennis sets
    // a range goes up; "2-1", "27-27", "30-0" are tallies
    let descending = b.parse::<f64>().is_ok_and(|b| b <= q.numeral.value);
    let sporting = (c.first..c.bound).any(|k| SCORE_VERBS.contains(&c.w(k)));
    let context = sets
        || descending
        || sporting
        || SCORE_BEFORE.contains(&before)
        || SCORE_AFTER.contains(&after)
        || after.is_empty()
        || c.kind(q.end + 2) == Some(TokenKind::Punct);
    let plural_noun = c.kind(q.end + 2) == Some(TokenKind::Word)
        && after.ends_with('s')
        && !SCORE_AFTER.contains(&after);
    let unit_after = c
        .lex
        .match_at(c.lower, c.toks, q.end + 2, |k| {
            matches!(k, PhraseKind::Unit(_) | PhraseKind::CurrencySuffix(_))
        })
        .is_some()
        || matches!(after, "%" | "per" | "percent");
    (context && !plural_noun && !unit_after && month(after).is_none()).then_some(end)
}

/// A fraction `q` before "a" or "an" and what it takes a share of ("half a mile", "a
/// tenth of a gallon", "three-quarters of an hour", "3⁄16 of an inch"): the quantity up to
/// the article, its value exact (one of a unit is exact, as in "a mile"), for the unit
/// readers to finish.
fn fraction_of_a_unit(c: &Cursor, q: Quantity) -> Option<Quantity> {
    let k = if c.w(q.end) == "of" { q.end + 1 } else { q.end };
    if !matches!(c.w(k), "a" | "an") || q.numeral.value <= 0.0 || q.numeral.value >= 1.0 {
        return None;
    }
    Some(Quantity {
        end: k + 1,
        numeral: Numeral::fraction(q.numeral.value),
        share: false,
        ratio: None,
        ..q
    })
}

/// Reads the unit, percent, money, age or ordinal after a quantity.
pub(super) fn classify_single(c: &Cursor, q: Quantity) -> Option<(Figure, usize)> {
    let j = q.end;
    let n = q.numeral;
    if q.ordinal {
        return Some((c.make(q.start, j, FigureKind::Ordinal, n, None), j));
    }
    // a fraction of a unit is one measure: "half a mile", "a quarter of an hour"; a
    // fraction written in digits or joined by a hyphen takes its unit directly: "1/2 pct",
    // "3/8 inch", "a half-mile walk"
    let of_unit = if q.share {
        fraction_of_a_unit(c, q).or_else(|| {
            // only a half or quarters: "a sixth-minute goal" is the sixth minute
            let hyphen = c.glued(j)
                && c.is_dash(j)
                && c.glued(j + 1)
                && matches!(n.value, 0.25 | 0.5 | 0.75);
            (q.numeral.is_fraction() || hyphen).then_some(Quantity {
                numeral: Numeral::fraction(n.value),
                share: false,
                ratio: None,
                ..q
            })
        })
    } else {
        None
    };
    if let Some(of_unit) = of_unit
        && let Some(read) = percent_after(c, of_unit)
            .or_else(|| money_after(c, of_unit))
            .or_else(|| unit_after(c, of_unit))
    {
        return Some(read);
    }
    if let Some((a, b)) = q.ratio {
        let mut f = c.make(q.start, j, FigureKind::Fraction, n, None);
        f.ratio = Some(Box::new((a, b)));
        return Some((f, j));
    }
    if q.share {
        return Some((c.make(q.start, j, FigureKind::Fraction, n, None), j));
    }
    if let Some(read) = multiplier_after(c, q) {
        return Some(read);
    }
    let w = c.w(j);
    if let Some(read) = suffix_after(c, q) {
        return Some(read);
    }
    if let Some(read) = percent_after(c, q) {
        return Some(read);
    }
    if let Some(read) = money_after(c, q) {
        return Some(read);
    }
    if let Some(id) = million_code(c, j) {
        return Some((money_figure(c, q.start, j + 1, n.scaled(1e6), id), j + 1));
    }
    // ages: "45-year-old", "29 years old", "87 yo", "three months of age"
    if let Some(end) = age_suffix(c, j) {
        return Some((c.make(q.start, end, FigureKind::Age, n, None), end));
    }
    if let Some(read) = something_age(c, q) {
        return Some(read);
    }
    // "20 million pounds", "a quarter of a million pounds" are money; "25 pounds" a weight,
    // and so are "25.7 mln pounds of wheat flour", "capacity to 600 mln pounds"
    let after_a_million = n.scale >= 1e6
        || matches!(number_words::word(c.w(j.saturating_sub(1))), Some(NumWord::Scale(s)) if s >= 1e6);
    // any number of pounds is money when it is paid or restated in pounds sterling: "a
    // fine of two hundred and fifty pounds", "fifty pounds (£50)"
    let paid = || pounds_paid(c, q.start, j);
    if matches!(w, "pounds" | "pound") && ((after_a_million && !pounds_weigh(c, j)) || paid()) {
        let id = c.lex.currencies.iter().position(|c| c.code == "GBP")? as u16;
        return Some((money_figure(c, q.start, j + 1, n, id), j + 1));
    }
    if q.bare_digits == Some(4)
        && (1800.0..=2100.0).contains(&n.value)
        && matches!(w, "year" | "season" | "election" | "census" | "budget")
    {
        let mut f = c.make(q.start, j, FigureKind::Year, n, None);
        f.interval = Some(Interval::exact(n.value));
        return Some((f, j));
    }
    if let Some(read) = unit_after(c, q) {
        return Some(read);
    }
    // year: a bare four-digit number in the calendar range
    if q.bare_digits == Some(4) && (1000.0..=2100.0).contains(&n.value) && is_year(c, q) {
        let mut f = c.make(q.start, j, FigureKind::Year, n, None);
        f.interval = Some(Interval::exact(n.value));
        return Some((f, j));
    }
    // "Name, 45," is an age
    if q.bare_digits.is_some_and(|d| d <= 3)
        && q.start >= c.first + 2
        && c.raw(q.start - 1) == ","
        && c.raw(j) == ","
        && c.raw(q.start - 2)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && c.toks[q.start - 2].kind == TokenKind::Word
        && (1.0..120.0).contains(&n.value)
    {
        return Some((c.make(q.start, j, FigureKind::Age, n, None), j));
    }
    Some((c.make(q.start, j, FigureKind::Count, n, None), j))
}

/// A multiplier written after `q`: "four-fold", "10-fold", "2.5fold", "3x", "ten times
/// higher".
fn multiplier_after(c: &Cursor, q: Quantity) -> Option<(Figure, usize)> {
    let (j, n) = (q.end, q.numeral);
    let fold_at = if c.is_dash(j) && c.glued(j) { j + 1 } else { j };
    let end = if c.w(fold_at) == "fold" && c.glued(fold_at) {
        fold_at + 1
    } else if c.raw(j) == "x" && c.glued(j) && !(c.is_num(j + 1) && c.glued(j + 1)) && n.value > 0.0
    {
        // "3x", "2.5x faster": a multiplier written with a glued "x" ("2x4" is a size)
        j + 1
    } else if c.w(j) == "times" && compares(c, j + 1) && n.value > 0.0 {
        // "three times as many", "ten times higher": a multiplier, not a count of occasions
        j + 1
    } else {
        return None;
    };
    Some((c.make(q.start, end, FigureKind::Multiplier, n, None), end))
}

/// An ordinal suffix ("21st") or a decade ("1990s", "90s", "1990's") after `q`.
fn suffix_after(c: &Cursor, q: Quantity) -> Option<(Figure, usize)> {
    let j = q.end;
    let n = q.numeral;
    let w = c.w(j);
    let glued = c.glued(j);
    // ordinal suffix: "21st", decade: "1990s", "90s"
    if glued && c.kind(j) == Some(TokenKind::Word) {
        // "10st" is ten stone, not an ordinal; "3nd" a slip of one
        let ordinal = matches!(w, "nd" | "rd" | "th")
            || (w == "st" && super::calendar_words::ordinal_st(n.value));
        if ordinal && q.bare_digits.is_some() {
            return Some((c.make(q.start, j + 1, FigureKind::Ordinal, n, None), j + 1));
        }
        // ages of a group: "the over-65s", "under-18s"; of a person: "in his 80s",
        // "in their mid-30s"
        if w == "s" && q.bare_digits == Some(2) {
            let mut k = q.start;
            if k > c.first && c.is_dash(k - 1) && c.glued(k) {
                k -= 1;
            }
            let before = c.prev_w(k);
            let group = k < q.start && matches!(before, "over" | "under");
            let decade = n.value % 10.0 == 0.0 && decade_of_age(c, k);
            if group || decade {
                let start = if group { k - 1 } else { q.start };
                let mut f = c.make(start, j + 1, FigureKind::Age, n, None);
                let top = if decade { n.value + 9.0 } else { f64::INFINITY };
                f.interval = Some(Interval::new(n.value, top));
                return Some((f, j + 1));
            }
        }
        if w == "s" && q.bare_digits.is_some_and(|d| d == 4 || d == 2) && n.value % 10.0 == 0.0 {
            let mut f = c.marker(q.start, j + 1, FigureKind::Year);
            let base = if n.value < 100.0 {
                1900.0 + n.value
            } else {
                n.value
            };
            f.value = Some(base);
            f.interval = Some(Interval::new(base, base + 9.0));
            return Some((f, j + 1));
        }
    }
    if w == "'" && c.w(j + 1) == "s" && q.bare_digits == Some(4) {
        let mut f = c.marker(q.start, j + 2, FigureKind::Year);
        f.value = Some(n.value);
        f.interval = Some(Interval::new(n.value, n.value + 9.0));
        return Some((f, j + 2));
    }
    None
}

/// Percent or percentage points after `q`: "45%", "45 per cent", "3 percentage points".
fn percent_after(c: &Cursor, q: Quantity) -> Option<(Figure, usize)> {
    let j = q.end;
    let n = q.numeral;
    let w = c.w(j);
    let glued = c.glued(j);
    // percent
    if w == "%" {
        return Some((
            c.make(q.start, j + 1, FigureKind::Percent, n, Some("%".into())),
            j + 1,
        ));
    }
    if matches!(w, "percent" | "percents" | "percentage" | "pc" | "pct") && (w != "pc" || glued) {
        if c.w(j + 1) == "points" || c.w(j + 1) == "point" {
            return Some((
                c.make(
                    q.start,
                    j + 2,
                    FigureKind::PercentagePoints,
                    n,
                    Some("pp".into()),
                ),
                j + 2,
            ));
        }
        return Some((
            c.make(q.start, j + 1, FigureKind::Percent, n, Some("%".into())),
            j + 1,
        ));
    }
    if w == "per" && c.w(j + 1) == "cent" {
        return Some((
            c.make(q.start, j + 2, FigureKind::Percent, n, Some("%".into())),
            j + 2,
        ));
    }
    if matches!(w, "pp" | "ppt" | "ppts") {
        return Some((
            c.make(
                q.start,
                j + 1,
                FigureKind::PercentagePoints,
                n,
                Some("pp".into()),
            ),
            j + 1,
        ));
    }
    None
}

/// Whether a bare four-digit number is a year rather than a count.
fn is_year(c: &Cursor, q: Quantity) -> bool {
    let before = c.prev_w(q.start);
    let next = c.w(q.end);
    if matches!(before, "$" | "£" | "€") {
        return false;
    }
    // a capitalised word is a name: "the 1989 Children Act", "1000 AD"
    let lower_case =
        c.kind(q.end) == Some(TokenKind::Word) && c.raw(q.end).starts_with(char::is_lowercase);
    let count_noun = lower_case && COUNT_NOUNS.contains(&next);
    let plural =
        lower_case && next.ends_with('s') && next.len() > 3 && !NOT_COUNT_NOUNS.contains(&next);
    // "more than 1000 people", "about 1500 cars", "the storm destroyed 2000 homes": a count
    // of things; "in 2000 people voted" keeps its year, and so does the second of two
    // ("during 1990-1995 people moved")
    let pair_first = q.start.saturating_sub(2);
    let calendar = CALENDAR_BEFORE.contains(&before)
        || (q.start >= c.first + 3
            && (c.is_dash(q.start - 1) || before == "to")
            && c.raw(pair_first).len() == 4
            && c.is_num(pair_first)
            && CALENDAR_BEFORE.contains(&c.prev_w(pair_first)));
    if count_noun && !calendar {
        return false;
    }
    if plural && AMOUNT_BEFORE.contains(&before) {
        return false;
    }
    if YEAR_BEFORE.contains(&before) || month(before).is_some() || before == "'s" {
        return true;
    }
    match c.kind(q.end) {
        None | Some(TokenKind::Punct) | Some(TokenKind::Symbol) => true,
        Some(TokenKind::Number) => true,
        Some(TokenKind::Word) => {
            // Thousands are written with a comma ("2,000 people"), so a bare number of
            // the modern calendar before a word is a year ("the 1977 scripts", "2001
            // winners", "the 1989 Children Act") unless a counted noun follows.
            if (1900.0..=2030.0).contains(&q.numeral.value) {
                return true;
            }
            // "2500 metres": a plural noun after an older or later number makes a count
            !plural
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::figure::cursor::with_cursor;
    use crate::parse::figure::quantity::quantity;

    /// What `classify` pushes for the quantity at the start of `text`: (text, kind, value,
    /// unit) of each figure.
    fn classified(text: &str) -> Vec<(String, FigureKind, Option<f64>, Option<String>)> {
        with_cursor(text, |c| {
            let mut out = Vec::new();
            if let Some(q) = quantity(c, 0) {
                classify(c, q, &mut out);
            }
            out.iter()
                .map(|f| {
                    (
                        text[f.span.range()].to_string(),
                        f.kind,
                        f.value,
                        f.unit.clone(),
                    )
                })
                .collect()
        })
    }

    fn kind(text: &str) -> FigureKind {
        let figs = classified(text);
        assert_eq!(figs.len(), 1, "{text}: {figs:?}");
        figs[0].1
    }

    #[test]
    fn what_follows_decides_the_kind() {
        assert_eq!(kind("45% of voters"), FigureKind::Percent);
        assert_eq!(kind("3 percentage points"), FigureKind::PercentagePoints);
        assert_eq!(kind("10-fold rise"), FigureKind::Multiplier);
        assert_eq!(kind("45-year-old man"), FigureKind::Age);
        assert_eq!(kind("21st century"), FigureKind::Ordinal);
        assert_eq!(kind("1990s music"), FigureKind::Year);
        assert_eq!(kind("5 dollars"), FigureKind::Money);
        assert_eq!(kind("12 miles away"), FigureKind::Measure);
        assert_eq!(kind("3 days later"), FigureKind::Duration);
        assert_eq!(kind("50 people"), FigureKind::Count);
    }

    #[test]
    fn units_keep_their_symbol_and_feet_take_inches() {
        assert_eq!(classified("25C today")[0].3.as_deref(), Some("°C"));
        let ft = &classified("5 ft 2 in tall")[0];
        assert_eq!((ft.0.as_str(), ft.3.as_deref()), ("5 ft 2 in", Some("ft")));
        assert!(ft.2.is_some_and(|v| (v - 5.0 - 2.0 / 12.0).abs() < 1e-3));
        assert_eq!(classified("2 degrees below zero")[0].2, Some(-2.0));
    }

    #[test]
    fn scores_years_and_ranges() {
        assert_eq!(kind("3-1 at home"), FigureKind::Score);
        assert_eq!(kind("2004 the firm"), FigureKind::Year);
        assert_eq!(kind("2013-14 season"), FigureKind::Year);
        assert_eq!(kind("10 to 15 miles"), FigureKind::Range);
        assert_eq!(kind("6.52/54 pct"), FigureKind::Range);
    }

    #[test]
    fn decades_of_life_and_bands_are_ages() {
        let ages = |text: &str| {
            crate::parse::figures_in(text)
                .into_iter()
                .map(|f| (text[f.span.range()].to_string(), f.kind, f.interval))
                .collect::<Vec<_>>()
        };
        for (text, written, lo, hi) in [
            ("most were in their 20s and 30s.", "30s", 30.0, 39.0),
            ("those in their 50s, 60s or 70s", "70s", 70.0, 79.0),
            ("the 30-somethings moved", "30-somethings", 30.0, 39.0),
            ("voters aged 18 to 24 came", "aged 18 to 24", 18.0, 24.0),
            ("voters aged 18-24.", "aged 18-24", 18.0, 24.0),
            (
                "those aged 70 or older",
                "aged 70 or older",
                70.0,
                f64::INFINITY,
            ),
            ("those aged 17 and under", "aged 17 and under", 0.0, 17.0),
        ] {
            let found = ages(text);
            let f = found.iter().find(|f| f.0 == written);
            let f = f.unwrap_or_else(|| panic!("{text}: {found:?}"));
            assert_eq!(f.1, FigureKind::Age, "{text}");
            assert_eq!(f.2, Some(Interval::new(lo, hi)), "{text}");
        }
        // a decade listed after a year's decade is a year's; a count after an age is one
        assert_eq!(ages("in the 1980s and 90s")[1].1, FigureKind::Year);
        assert_eq!(ages("aged 18 and 3 others")[1].1, FigureKind::Count);
    }

    #[test]
    fn a_four_digit_number_before_counted_things_is_a_count() {
        for text in [
            "more than 1000 people were evacuated",
            "over 2000 homes lost power",
            "about 1500 cars were towed",
            "the storm destroyed 3000 houses",
            "a crowd of 1200 fans",
            "more than 1800 tickets were sold",
        ] {
            let figs = crate::parse::figures_in(text);
            assert_eq!(figs[0].kind, FigureKind::Count, "{text}");
        }
        for text in [
            "it was built in 1000 AD",
            "prices have risen since 1999",
            "the 1990 season was poor",
            "since 1999 people have moved away",
            "in 2000 people voted",
            "higher than 1990 levels",
            "the 2001 winners",
            "the awesome 1967 tourists",
            "profits rose 34 pct over 1985 volume",
        ] {
            let figs = crate::parse::figures_in(text);
            assert!(figs.iter().any(|f| f.kind == FigureKind::Year), "{text}");
        }
    }

    #[test]
    fn pounds_after_a_million_are_money_and_a_glued_x_multiplies() {
        let read = |text: &str| {
            let figs = crate::parse::figures_in(text);
            (figs[0].kind, figs[0].unit.clone())
        };
        let gbp = (FigureKind::Money, Some("GBP".to_string()));
        let lb = (FigureKind::Measure, Some("lb".to_string()));
        assert_eq!(read("he won a quarter of a million pounds"), gbp);
        assert_eq!(read("the club paid two million pounds"), gbp);
        assert_eq!(read("a fine of half a billion pounds"), gbp);
        assert_eq!(read("it cost 1.5 billion pounds"), gbp);
        assert_eq!(read("a quarter of a pound of butter"), lb);
        assert_eq!(read("the bull weighed 2,000 pounds"), lb);
        assert_eq!(read("the parcel weighed 25 pounds"), lb);
        assert_eq!(read("two million pounds of public money"), gbp);
        assert_eq!(read("it bought 25.7 mln pounds of wheat flour"), lb);
        assert_eq!(read("raising capacity to 600 mln pounds annually"), lb);
        assert_eq!(read("output of 192 mln pounds per year"), lb);
        assert_eq!(kind("3x faster"), FigureKind::Multiplier);
        assert_eq!(kind("2.5x the cost"), FigureKind::Multiplier);
        assert_ne!(classified("2x4 plank")[0].1, FigureKind::Multiplier);
        // a model's name: "the HP 758X series"
        assert_ne!(classified("758X series")[0].1, FigureKind::Multiplier);
    }

    #[test]
    fn a_hedge_after_is_read_with_the_figure() {
        let figs = classified("500 or more people");
        assert_eq!(figs[0].0, "500 or more");
    }

    #[test]
    fn times_before_a_comparison_is_a_multiplier() {
        assert_eq!(classified("three times as many")[0].0, "three times");
        assert_eq!(kind("10 times higher"), FigureKind::Multiplier);
        assert_eq!(kind("2.5 times the size"), FigureKind::Multiplier);
        // occasions: "three times a week"
        assert_eq!(kind("three times a week"), FigureKind::Count);
    }

    #[test]
    fn grand_is_thousands_of_money_before_a_pause_or_a_small_word() {
        assert_eq!(classified("10 grand for the car")[0].2, Some(10_000.0));
        assert_eq!(classified("10 grand.")[0].3.as_deref(), Some("other"));
        assert_eq!(kind("14 grand slams"), FigureKind::Count);
    }

    #[test]
    fn ages_of_a_group_in_the_plural() {
        assert_eq!(
            classified("15-year-olds")[0],
            ("15-year-olds".into(), FigureKind::Age, Some(15.0), None)
        );
    }
}

//! Changes between two values of one quantity, read as a pattern:
//!
//! ```text
//! [change word] [change %] ... to B ... from A          "rose 12% to $4.1bn from $3.66bn"
//! [change word] [change %] ... from A ... to B          "fell by 15%, from £2,400 to £2,040"
//! [change word] ... from A ... to B , [change word] %   "rose from 40 to 52, up 30%"
//! a % increase in X to B from A                         "a 25 pct increase in output to ..."
//! [multiplier] ... from A to B                          "doubled from 40 to 80"
//! ```
//!
//! The pair is the two values next to each other (only a date or place between them); a
//! word before "from" such as "ranging" makes it a range, not a change. The stated change
//! is a percentage or fraction that a change word governs ("rose 12%", "a 12% rise", "an
//! increase of 12%"): a percentage said in apposition ("412,000 shares, or 9.3 pct of the
//! total") is a share, and a percentage of another measure ("on a comparable-store basis")
//! or of another clause ("earnings rose 4% as sales rose 6% to ...") is not the pair's.
//! Without a change word the pair is not a change at all ("build from four to five ships
//! a year").

use super::super::{Direction, Reader, Relation};
use crate::parse::FigureKind;

/// How far (in tokens) a change word or a stated change may stand from its pair.
pub(super) const REACH: usize = 8;

/// Two values of one quantity: the old and the new, and the tokens they span.
#[derive(Debug, Clone, Copy)]
pub(super) struct Pair {
    pub(super) from: usize,
    pub(super) to: usize,
    /// The token of the first "from"/"to" of the pair.
    pub(super) first: usize,
    /// The token after the later figure of the pair.
    pub(super) end: usize,
}

/// A value a quantity may go from or to: a count, sum or measure, and a length of time
/// ("waits fell from 38 weeks to 25").
pub(super) fn is_level(r: &Reader, k: usize) -> bool {
    matches!(
        r.kind(k),
        FigureKind::Count | FigureKind::Money | FigureKind::Measure | FigureKind::Duration
    ) && r.fig(k).interval.is_some()
}

/// A level that is an amount, not a length of time: a duration before a pair is more
/// often its period ("doubled in five years, from 40 to 80") than another value.
pub(super) fn is_amount_level(r: &Reader, k: usize) -> bool {
    is_level(r, k) && r.kind(k) != FigureKind::Duration
}

/// Figures that say when or where, which may stand inside a pair: "from 1.7 billion in 1985
/// to 3.9 billion".
pub(super) fn is_time(r: &Reader, k: usize) -> bool {
    matches!(
        r.kind(k),
        FigureKind::Year | FigureKind::Date | FigureKind::Time
    )
}

/// A percentage or fraction that may state a change; "two quarters" is too often a span of
/// time ("growth two quarters ahead") to be one.
pub(super) fn is_share(r: &Reader, k: usize) -> bool {
    let quarters =
        r.kind(k) == FigureKind::Fraction && r.text[r.fig(k).span.range()].contains("quarters");
    matches!(r.kind(k), FigureKind::Percent | FigureKind::Fraction)
        && r.fig(k).interval.is_some()
        && !quarters
}

/// Whether a figure is written with a scale word or suffix ("381 mln", "$1.5bn", "3m").
fn has_scale_word(r: &Reader, k: usize) -> bool {
    let (first, last) = r.ranges[k];
    (first..last).any(|i| {
        let t = r.raw(i);
        let glued = |suffix: &str| {
            t.strip_suffix(suffix)
                .is_some_and(|s| s.ends_with(|c: char| c.is_ascii_digit()))
        };
        crate::parse::number_words::scale_suffix(t, false).is_some()
            || ["m", "M", "bn", "mn", "b", "B", "k", "K", "tn"]
                .iter()
                .any(|s| glued(s))
    })
}

/// The word before token `i` inside the sentence that starts at `start`, or "".
pub(super) fn word_before<'a>(r: &Reader<'a>, i: usize, start: usize) -> &'a str {
    if i > start { r.w(i - 1) } else { "" }
}

/// The from/to pairs of a sentence.
fn pairs(r: &Reader, figs: &[usize], start: usize) -> Vec<Pair> {
    let words = &r.lex.relations;
    let mut out: Vec<Pair> = Vec::new();
    for (t, &k) in figs.iter().enumerate() {
        if !is_level(r, k) || out.iter().any(|p| p.from == k || p.to == k) {
            continue;
        }
        let at = r.ranges[k].0;
        // "to B from A", "from A to B", and "at B, from A" after a stated change ("was
        // down 10% at 900 tonnes, from 1,000 tonnes")
        let want = match word_before(r, at, start) {
            "from" => "to",
            "to" | "at" => "from",
            _ => continue,
        };
        // "prices ranging from 31.25 to 36.10": a range; "from four to five ships"
        // is caught below by the missing change word
        if want == "to" && words.range.contains(word_before(r, at - 1, start)) {
            continue;
        }
        // a rate's denominator stands inside the pair too ("from 8.4 per 1,000 to 6.3 per
        // 1,000"): the same on both sides, or written once
        let Some(&m) = figs[t + 1..]
            .iter()
            .find(|&&m| !is_time(r, m) && r.kind(m) != FigureKind::Denominator)
        else {
            continue;
        };
        if !same_denominator(r, figs, k, m) {
            continue;
        }
        let m_at = r.ranges[m].0;
        if !is_level(r, m)
            || word_before(r, m_at, start) != want
            || m_at - r.ranges[k].1 > REACH
            || !r.comparable_loose(k, m)
        {
            continue;
        }
        // "to 250 mln dlrs from 90": the scale word is left out of one end, which cannot
        // then be read as written (the two would be far apart)
        let far_apart = match (r.fig(k).value, r.fig(m).value) {
            (Some(x), Some(y)) if x > 0.0 && y > 0.0 => x / y > 50.0 || y / x > 50.0,
            _ => false,
        };
        if far_apart && has_scale_word(r, k) != has_scale_word(r, m) {
            continue;
        }
        // only the noun, a unit or a time phrase between the two, and perhaps a comma
        // before the second ("rose 20% to £300m, from £250m"): no clause break
        // ", from £250m", and ", up from £1,210" after a stated change
        let inner_end = if r.w(m_at - 2) == "," {
            m_at - 2
        } else if want == "from"
            && m_at >= 3
            && r.w(m_at - 3) == ","
            && r.lex.relations.direction(r.w(m_at - 2)).is_some()
        {
            m_at - 3
        } else {
            m_at - 1
        };
        if (r.ranges[k].1..inner_end).any(|i| matches!(r.w(i), "," | ";" | "or" | "and")) {
            continue;
        }
        let (from, to) = if want == "to" { (k, m) } else { (m, k) };
        let end = level_end(r, figs, m);
        out.push(Pair {
            from,
            to,
            first: at - 1,
            end,
        });
    }
    super::compared::compared_pairs(r, figs, start, &mut out);
    out
}

/// Whether levels `a` and `b` are rates of one denominator ("8.4 per 1,000" and "6.3 per
/// 1,000"), or the denominator is written once or not at all.
fn same_denominator(r: &Reader, figs: &[usize], a: usize, b: usize) -> bool {
    let of = |k: usize| {
        figs.iter()
            .copied()
            .find(|&d| r.ranges[d].0 >= r.ranges[k].1 && r.ranges[d].0 <= r.ranges[k].1 + 1)
            .filter(|&d| r.kind(d) == FigureKind::Denominator)
            .and_then(|d| r.fig(d).value)
    };
    match (of(a), of(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The token after level `m` and its denominator, which is part of it: "to 6.3 per 1,000,
/// a drop of 15%".
pub(super) fn level_end(r: &Reader, figs: &[usize], m: usize) -> usize {
    figs.iter()
        .copied()
        .find(|&d| r.ranges[d].0 >= r.ranges[m].1)
        .filter(|&d| r.kind(d) == FigureKind::Denominator && r.ranges[d].0 <= r.ranges[m].1 + 1)
        .map_or(r.ranges[m].1, |d| r.ranges[d].1)
}

/// The change word that governs figure `p`: right before it ("rose 12%", "up by 12%", "an
/// increase of 12%") or right after it ("a 12% rise"). `Some(true)` for up.
pub(super) fn governed(r: &Reader, p: usize, start: usize) -> Option<bool> {
    let words = &r.lex.relations;
    let (first, last) = r.ranges[p];
    let mut i = first;
    if matches!(
        word_before(r, i, start),
        "by" | "of" | "some" | "nearly" | "almost"
    ) {
        i -= 1;
    }
    if let Some(up) = words.direction(word_before(r, i, start)) {
        // "of" only after a noun: "an increase of 43 pct", not "rose ... of 43 pct"
        let of = i < first && r.w(i) == "of";
        let noun = words.nouns_up.contains(word_before(r, i, start))
            || words.nouns_down.contains(word_before(r, i, start));
        if !of || noun {
            return Some(up);
        }
    }
    let after = r.w(last);
    if words.nouns_up.contains(after) {
        return Some(true);
    }
    if words.nouns_down.contains(after) {
        return Some(false);
    }
    None
}

/// The stated change of `pair`: a governed percentage or fraction just before the pair or
/// just after it, with nothing between but words of the same clause.
fn stated_change(r: &Reader, figs: &[usize], pair: &Pair, start: usize) -> Option<(usize, bool)> {
    let words = &r.lex.relations;
    // before: "rose 12% to ...", "fell by 20%, from ..."
    let before = figs
        .iter()
        .copied()
        // a period may stand between: "jumped 9% in twelve months to £1,450"
        .rfind(|&p| {
            r.ranges[p].1 <= pair.first && !is_time(r, p) && r.kind(p) != FigureKind::Duration
        })
        .filter(|&p| is_share(r, p) && pair.first - r.ranges[p].1 <= REACH)
        .filter(|&p| {
            let between: Vec<&str> = (r.ranges[p].1..pair.first).map(|i| r.w(i)).collect();
            // a comma may set the pair off: "fell by 15%, from £2,400 to £2,040", "soared
            // 180% in ten years, from 3,100 to 8,680"
            let commas = between.iter().filter(|w| **w == ",").count();
            (commas == 0 || (commas == 1 && between.last() == Some(&",")))
                && !between.iter().any(|w| {
                    words.qualifiers.contains(*w) || words.clause_ends.contains(*w) || *w == "or"
                })
        })
        .and_then(|p| governed(r, p, start).map(|up| (p, up)));
    if before.is_some() {
        return before;
    }
    // after: "from 40 to 52, up 30%", "to 80,013 tonnes, an increase of 31 pct": set
    // off by a comma or bracket, with only change words and determiners between; the
    // pair's noun may come first ("from 1,200 to 1,500 points, a rise of 25%")
    // the pair's noun or time may come first ("in 2024, a rise of 26%")
    let in_time = |i: usize| {
        figs.iter()
            .any(|&k| is_time(r, k) && r.ranges[k].0 <= i && i < r.ranges[k].1)
    };
    let mut end = pair.end;
    while end < pair.end + 4
        && ((r.is_word(end) && words.direction(r.w(end)).is_none()) || in_time(end))
    {
        end += 1;
    }
    figs.iter()
        .copied()
        .find(|&p| r.ranges[p].0 >= end && !is_time(r, p))
        .filter(|&p| is_share(r, p) && r.ranges[p].0 - end <= 5)
        .filter(|&p| {
            let between: Vec<&str> = (end..r.ranges[p].0).map(|i| r.w(i)).collect();
            matches!(between.first(), Some(&"," | &"(" | &"—" | &"–"))
                && between[1..].iter().all(|w| {
                    matches!(*w, "a" | "an" | "by" | "of" | "or" | "some")
                        || words.direction(w).is_some()
                })
        })
        .and_then(|p| governed(r, p, start).map(|up| (p, up)))
}

/// The change word that governs the pair itself, scanning back through its clause: "rose
/// sharply to ...", "a surge in net imports from ...". A multiplier word counts too.
fn pair_word<'a>(
    r: &Reader<'a>,
    figs: &[usize],
    pair: &Pair,
    start: usize,
) -> Option<(usize, &'a str)> {
    let words = &r.lex.relations;
    let lo = pair.first.saturating_sub(12).max(start);
    for i in (lo..pair.first).rev() {
        let w = r.w(i);
        if words.clause_ends.contains(w) {
            return None;
        }
        // another value stands before: its own clause
        if figs
            .iter()
            .any(|&k| is_amount_level(r, k) && r.ranges[k].0 <= i && i < r.ranges[k].1)
        {
            return None;
        }
        if words.direction(w).is_some() || words.multipliers.contains_key(w) {
            return Some((i, w));
        }
    }
    None
}

/// A change whose old value opens the sentence: "From 1,500 in 2010, the population grew
/// 40% to 2,100", "From 3,000 members, the club doubled to 6,000". The from-value (and a
/// time or place of its own) is set off by a comma; the clause after it holds the change
/// word, perhaps a stated change, and "to" the new value.
fn fronted(r: &Reader, figs: &[usize], start: usize, out: &mut Vec<Relation>) {
    let words = &r.lex.relations;
    let Some(&from) = figs.first() else {
        return;
    };
    if r.w(start) != "from" || r.ranges[from].0 != start + 1 || !is_level(r, from) {
        return;
    }
    // the from-value's phrase: words and times up to a comma a few tokens on
    let Some(comma) = (r.ranges[from].1..r.ranges[from].1 + 6).find(|&i| r.w(i) == ",") else {
        return;
    };
    let inside = |k: usize, a: usize, b: usize| r.ranges[k].0 >= a && r.ranges[k].0 < b;
    if figs[1..]
        .iter()
        .any(|&k| inside(k, r.ranges[from].1, comma) && !is_time(r, k))
    {
        return;
    }
    // the new value: the first level after the comma that "to" introduces
    let Some(&to) = figs[1..].iter().find(|&&k| {
        r.ranges[k].0 > comma && is_level(r, k) && word_before(r, r.ranges[k].0, start) == "to"
    }) else {
        return;
    };
    let (to_at, clause) = (r.ranges[to].0, comma + 1..r.ranges[to].0);
    if to_at - comma > 3 * REACH
        || !r.comparable_loose(from, to)
        || clause
            .clone()
            .any(|i| words.clause_ends.contains(r.w(i)) || r.w(i) == ",")
    {
        return;
    }
    let between: Vec<usize> = figs[1..]
        .iter()
        .copied()
        .filter(|&k| inside(k, comma, to_at) && !is_time(r, k))
        .collect();
    match between.as_slice() {
        [change] if is_share(r, *change) => {
            if let Some(up) = governed(r, *change, start) {
                out.push(Relation::Change {
                    from,
                    to,
                    change: *change,
                    direction: if up { Direction::Up } else { Direction::Down },
                });
            }
        }
        [] => {
            if let Some(rel) = clause
                .into_iter()
                .find_map(|i| super::multiples::multiplier(r, i, from, to))
            {
                out.push(rel);
            }
        }
        _ => {}
    }
}

/// Reads the changes of one sentence.
pub(super) fn changes(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    fronted(r, figs, r.sentence_bounds(figs[0]).0, out);
    let (start, bound) = r.sentence_bounds(figs[0]);
    // an exchange rate quoted against another currency rises when its number falls ("the
    // yen rose 0.8 pct to 153.50 from 154.67"): the direction is not the numbers'
    let inverse = (start..bound).any(|i| r.w(i) == "against");
    for pair in pairs(r, figs, start) {
        let verb = pair_word(r, figs, &pair, start).map(|(i, _)| i);
        // the multiplier word, or one a participle restates ("have halved since 2019,
        // falling from 38 weeks to 25"), or a multiplier figure ("grew fourfold")
        let word = verb.filter(|&i| r.lex.relations.multipliers.contains_key(r.w(i)));
        let word = word.or_else(|| {
            verb.and_then(|i| super::multiples::restated_by_participle(r, figs, i, start))
        });
        if let Some(rel) = word.and_then(|i| super::multiples::multiplier(r, i, pair.from, pair.to))
        {
            out.push(rel);
            continue;
        }
        if let Some(rel) = super::multiples::multiple_figure(r, figs, &pair, start) {
            out.push(rel);
            continue;
        }
        let Some((change, up)) = stated_change(r, figs, &pair, start) else {
            continue;
        };
        let direction = if inverse {
            Direction::Unknown
        } else if up {
            Direction::Up
        } else {
            Direction::Down
        };
        out.push(Relation::Change {
            from: pair.from,
            to: pair.to,
            change,
            direction,
        });
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::tests::{read, relations_in};
    use crate::claims::{Direction, Relation};

    /// The changes read in `text`, as (from, to, change) texts.
    pub(in crate::claims::relations) fn changes(text: &str) -> Vec<(String, String, String)> {
        relations_in(text, |rel, written| match rel {
            Relation::Change {
                from, to, change, ..
            } => Some((written(*from), written(*to), written(*change))),
            _ => None,
        })
    }

    /// One change, as [`changes`] gives it.
    pub(in crate::claims::relations) fn one(
        from: &str,
        to: &str,
        change: &str,
    ) -> Vec<(String, String, String)> {
        vec![(from.into(), to.into(), change.into())]
    }

    #[test]
    fn reads_a_change_after_the_pair_s_noun_and_a_new_value_said_with_at() {
        assert_eq!(
            changes("The index climbed from 1,200 to 1,500 points, a rise of 25%."),
            one("1,200", "1,500", "25%")
        );
        assert_eq!(
            changes("Membership went from 400 to 500 members last year, an increase of 25%."),
            one("400", "500", "25%")
        );
        assert_eq!(
            changes("Output was down 10% at 900 tonnes, from 1,000 tonnes."),
            one("1,000 tonnes", "900 tonnes", "10%")
        );
        assert_eq!(
            changes("Net profit was up 12 pct at 5.6 mln dlrs from 5.0 mln dlrs."),
            one("5.0 mln dlrs", "5.6 mln dlrs", "12 pct")
        );
        // no stated change: a price quoted at one level from another is no change
        assert!(changes("The shares opened at 7.80, from 7.60 on Friday.").is_empty());
    }

    #[test]
    fn a_period_may_follow_the_change_and_up_from_the_old_value() {
        assert_eq!(
            changes("Rents jumped 9% in twelve months to £1,450 a month, up from £1,210."),
            one("£1,210", "£1,450", "9%")
        );
        assert_eq!(
            changes("Fees fell 12% over two years to £880, down from £1,000."),
            one("£1,000", "£880", "12%")
        );
    }

    #[test]
    fn reads_a_change_between_rates_of_one_denominator() {
        assert_eq!(
            changes("Infections fell from 8.4 per 1,000 to 6.3 per 1,000, a drop of 15%."),
            one("8.4", "6.3", "15%")
        );
        assert_eq!(
            changes("The death rate rose 20% from 10 per 100,000 people to 12 per 100,000."),
            one("10", "12", "20%")
        );
        assert_eq!(
            changes("Crime fell from 52 per 1,000 homes to 39, a fall of 25%."),
            one("52", "39", "25%")
        );
        // rates of different denominators are no pair
        assert!(
            changes("It fell from 8.4 per 1,000 to 6.3 per 100,000, a drop of 15%.").is_empty()
        );
    }

    #[test]
    fn reads_a_change_whose_old_value_opens_the_sentence() {
        assert_eq!(
            changes("From 1,500 in 2010, the population grew 40% to 2,100 by 2020."),
            one("1,500", "2,100", "40%")
        );
        assert_eq!(
            changes("From $12m last year, the budget will fall by 25% to $9m."),
            one("$12m", "$9m", "25%")
        );
        assert_eq!(
            changes("From 800 tonnes in March, exports rose 25 pct to 1,000 tonnes in April."),
            one("800 tonnes", "1,000 tonnes", "25 pct")
        );
        let doubled = relations_in(
            "From 3,000 members in 2015, the club has doubled in size to 6,000.",
            |rel, written| match rel {
                Relation::Multiplier { from, to, .. } => Some((written(*from), written(*to))),
                _ => None,
            },
        );
        assert_eq!(doubled, vec![("3,000".to_string(), "6,000".to_string())]);
        // another clause, or no change word: no change
        assert!(
            changes("From 1,500 in 2010, the town grew; by 2020 it had risen 40% to 2,100.")
                .is_empty()
        );
        assert!(changes("From 40 staff, the firm went to 60 by 2020.").is_empty());
    }

    #[test]
    fn reads_the_change_before_the_pair_in_either_order() {
        assert_eq!(
            changes("Bookings slid 12 percent to $7.3 billion from $8 billion."),
            one("$8 billion", "$7.3 billion", "12 percent")
        );
        assert_eq!(
            changes("The grant has dropped by 15%, from £2,400 to £2,040."),
            one("£2,400", "£2,040", "15%")
        );
        assert_eq!(
            changes(
                "Refinery runs climbed by 18.4 pct to 2.31 mln barrels a day from 1,951,207 bpd."
            ),
            one("1,951,207", "2.31 mln barrels", "18.4 pct")
        );
    }

    #[test]
    fn reads_the_change_after_the_pair_and_as_a_noun() {
        assert_eq!(
            changes("Coffee exports went from 61,220 to 80,013 tonnes, an increase of 31 pct."),
            one("61,220", "80,013 tonnes", "31 pct")
        );
        assert_eq!(
            changes(
                "Growers expect a 12 pct increase in barley output to 560,000 tonnes from 500,000 tonnes."
            ),
            one("500,000 tonnes", "560,000 tonnes", "12 pct")
        );
        assert_eq!(
            changes("Revenue climbed from 40 to 52, up 30%."),
            one("40", "52", "30%")
        );
    }

    #[test]
    fn a_share_in_apposition_is_not_the_change() {
        assert!(changes(
            "The trust lifted its holding to 412,000 shares, or 9.3 pct of the total, from 377,500 or 8.5 pct."
        )
        .is_empty());
        assert!(
            changes("Claimants rose to 512,300 or 7.4 pct of the workforce from 498,900.")
                .is_empty()
        );
        assert!(changes(
            "Operating income improved to 214 mln crowns from 96 mln and made up 4.1 pct of revenue."
        )
        .is_empty());
    }

    #[test]
    fn another_quantity_or_measure_is_not_the_change() {
        assert_eq!(
            changes("Profit rose three pct as revenue grew nine pct to 872 mln dlrs from 800 mln."),
            one("800 mln", "872 mln dlrs", "nine pct")
        );
        assert!(
            changes(
                "Sales rose seven pct on a like-for-like basis to 31.2 mln dlrs from 15.6 mln dlrs."
            )
            .is_empty()
        );
        assert!(changes(
            "The board lifted its payout to 22 cts a share from 17 cts and declared a 25 pct stock dividend."
        )
        .is_empty());
    }

    #[test]
    fn ranges_are_not_changes() {
        assert!(changes("The yard plans to build from four to five ships a year, about 60 pct of its capacity.").is_empty());
        assert!(changes("The fund sold stock at prices ranging from 31.25 to 36.10 dlrs, leaving it with 3.2 pct.").is_empty());
    }

    #[test]
    fn an_exchange_rate_against_another_currency_has_no_direction() {
        let text = "The franc against the dollar rose 1.1 pct to 5.92 in May from 5.99 in April.";
        let (_, claims) = read(text);
        assert!(claims.relations.iter().any(|r| matches!(
            r,
            Relation::Change {
                direction: Direction::Unknown,
                ..
            }
        )));
    }
}

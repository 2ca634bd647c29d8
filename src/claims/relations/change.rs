//! Changes between two values of one quantity, read as a pattern:
//!
//! ```text
//! [change word] [change %] ... to B ... from A          "rose 12% to $4.1bn from $3.66bn"
//! [change word] [change %] ... from A ... to B          "fell by 20%, from £1,200 to £1,000"
//! [change word] ... from A ... to B , [change word] %   "rose from 40 to 52, up 30%"
//! a % increase in X to B from A                         "a 25 pct increase in output to ..."
//! [multiplier] ... from A to B                          "doubled from 40 to 80"
//! ```
//!
//! The pair is the two values next to each other (only a date or place between them); a
//! word before "from" such as "ranging" makes it a range, not a change. The stated change
//! is a percentage or fraction that a change word governs ("rose 12%", "a 12% rise", "an
//! increase of 12%"): a percentage said in apposition ("238,000 shares, or 14.6 pct of the
//! total") is a share, and a percentage of another measure ("on a comparable-store basis")
//! or of another clause ("earnings rose 4% as sales rose 6% to ...") is not the pair's.
//! Without a change word the pair is not a change at all ("launch from six to eight
//! satellites a year").

use super::super::{Direction, Reader, Relation};
use crate::parse::FigureKind;

/// How far (in tokens) a change word or a stated change may stand from its pair.
const REACH: usize = 8;

/// Two values of one quantity: the old and the new, and the tokens they span.
#[derive(Debug, Clone, Copy)]
struct Pair {
    from: usize,
    to: usize,
    /// The token of the first "from"/"to" of the pair.
    first: usize,
    /// The token after the later figure of the pair.
    end: usize,
}

fn is_level(r: &Reader, k: usize) -> bool {
    matches!(
        r.kind(k),
        FigureKind::Count | FigureKind::Money | FigureKind::Measure
    ) && r.fig(k).interval.is_some()
}

/// Figures that say when or where, which may stand inside a pair: "from 1.7 billion in 1985
/// to 3.9 billion".
fn is_time(r: &Reader, k: usize) -> bool {
    matches!(
        r.kind(k),
        FigureKind::Year | FigureKind::Date | FigureKind::Time
    )
}

/// A percentage or fraction that may state a change; "two quarters" is too often a span of
/// time ("growth two quarters ahead") to be one.
fn is_share(r: &Reader, k: usize) -> bool {
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
fn word_before<'a>(r: &Reader<'a>, i: usize, start: usize) -> &'a str {
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
        let want = match word_before(r, at, start) {
            "from" => "to",
            "to" => "from",
            _ => continue,
        };
        // "prices ranging from 24.00 to 27.65": a range; "from six to eight satellites"
        // is caught below by the missing change word
        if want == "to" && words.range.contains(word_before(r, at - 1, start)) {
            continue;
        }
        let Some(&m) = figs[t + 1..].iter().find(|&&m| !is_time(r, m)) else {
            continue;
        };
        let m_at = r.ranges[m].0;
        if !is_level(r, m)
            || word_before(r, m_at, start) != want
            || m_at - r.ranges[k].1 > REACH
            || !r.comparable_loose(k, m)
        {
            continue;
        }
        // "to 381 mln dlrs from 160": the scale word is left out of one end, which cannot
        // then be read as written (the two would be far apart)
        let far_apart = match (r.fig(k).value, r.fig(m).value) {
            (Some(x), Some(y)) if x > 0.0 && y > 0.0 => x / y > 50.0 || y / x > 50.0,
            _ => false,
        };
        if far_apart && has_scale_word(r, k) != has_scale_word(r, m) {
            continue;
        }
        // only the noun, a unit or a time phrase between the two, and perhaps a comma
        // before the second ("rose 35% to £450m, from £360m"): no clause break
        let inner_end = if r.w(m_at - 2) == "," {
            m_at - 2
        } else {
            m_at - 1
        };
        if (r.ranges[k].1..inner_end).any(|i| matches!(r.w(i), "," | ";" | "or" | "and")) {
            continue;
        }
        let (from, to) = if want == "to" { (k, m) } else { (m, k) };
        out.push(Pair {
            from,
            to,
            first: at - 1,
            end: r.ranges[m].1,
        });
    }
    out
}

/// The change word that governs figure `p`: right before it ("rose 12%", "up by 12%", "an
/// increase of 12%") or right after it ("a 12% rise"). `Some(true)` for up.
fn governed(r: &Reader, p: usize, start: usize) -> Option<bool> {
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
        .rfind(|&p| r.ranges[p].1 <= pair.first && !is_time(r, p))
        .filter(|&p| is_share(r, p) && pair.first - r.ranges[p].1 <= REACH)
        .filter(|&p| {
            let between: Vec<&str> = (r.ranges[p].1..pair.first).map(|i| r.w(i)).collect();
            // a comma may set the pair off: "fell by 20%, from £1,200 to £1,000", "leapt
            // 250% in a decade, from 10,250 to 25,500"
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
    // after: "from 40 to 52, up 30%", "to 251,708 tonnes, an increase of 43 pct": set
    // off by a comma or bracket, with only change words and determiners between
    figs.iter()
        .copied()
        .find(|&p| r.ranges[p].0 >= pair.end && !is_time(r, p))
        .filter(|&p| is_share(r, p) && r.ranges[p].0 - pair.end <= 5)
        .filter(|&p| {
            let between: Vec<&str> = (pair.end..r.ranges[p].0).map(|i| r.w(i)).collect();
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
fn pair_word<'a>(r: &Reader<'a>, figs: &[usize], pair: &Pair, start: usize) -> Option<&'a str> {
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
            .any(|&k| is_level(r, k) && r.ranges[k].0 <= i && i < r.ranges[k].1)
        {
            return None;
        }
        if words.direction(w).is_some() || words.multipliers.contains_key(w) {
            return Some(w);
        }
    }
    None
}

/// Reads the changes of one sentence.
pub(super) fn changes(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let (start, bound) = r.sentence_bounds(figs[0]);
    let words = &r.lex.relations;
    // an exchange rate quoted against another currency rises when its number falls ("the
    // yen rose 0.8 pct to 153.50 from 154.67"): the direction is not the numbers'
    let inverse = (start..bound).any(|i| r.w(i) == "against");
    for pair in pairs(r, figs, start) {
        let verb = pair_word(r, figs, &pair, start);
        if let Some(&factor) = verb.and_then(|w| words.multipliers.get(w)) {
            out.push(Relation::Multiplier {
                from: pair.from,
                to: pair.to,
                factor,
                word: verb.unwrap_or_default().to_string(),
            });
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
mod tests {
    use super::super::tests::read;
    use crate::claims::{Direction, Relation};

    /// The changes read in `text`, as (from, to, change) texts.
    fn changes(text: &str) -> Vec<(String, String, String)> {
        let (parsed, claims) = read(text);
        let written = |k: usize| text[parsed.figures[k].span.range()].to_string();
        claims
            .relations
            .iter()
            .filter_map(|rel| match rel {
                Relation::Change {
                    from, to, change, ..
                } => Some((written(*from), written(*to), written(*change))),
                _ => None,
            })
            .collect()
    }

    fn one(from: &str, to: &str, change: &str) -> Vec<(String, String, String)> {
        vec![(from.into(), to.into(), change.into())]
    }

    #[test]
    fn reads_the_change_before_the_pair_in_either_order() {
        assert_eq!(
            changes("Sales slipped 14 percent to $9.6 billion from $10 billion."),
            one("$10 billion", "$9.6 billion", "14 percent")
        );
        assert_eq!(
            changes("The threshold has fallen by 20%, from £1,200 to £1,000."),
            one("£1,200", "£1,000", "20%")
        );
        assert_eq!(
            changes("Output rose by 22.2 pct to 1.07 mln barrels per day from 830,492 bpd."),
            one("830,492", "1.07 mln barrels", "22.2 pct")
        );
    }

    #[test]
    fn reads_the_change_after_the_pair_and_as_a_noun() {
        assert_eq!(
            changes("Imports went from 175,901 to 251,708 tonnes, an increase of 43 pct."),
            one("175,901", "251,708 tonnes", "43 pct")
        );
        assert_eq!(
            changes(
                "They forecast a 25 pct increase in cotton output to 315,000 tonnes from 248,000 tonnes."
            ),
            one("248,000 tonnes", "315,000 tonnes", "25 pct")
        );
        assert_eq!(
            changes("Revenue climbed from 40 to 52, up 30%."),
            one("40", "52", "30%")
        );
    }

    #[test]
    fn a_share_in_apposition_is_not_the_change() {
        assert!(changes(
            "It raised its stake to 238,000 shares, or 14.6 pct of the total, from 205,000 or 12.8 pct."
        )
        .is_empty());
        assert!(
            changes("The jobless total rose to 699,800 or 9.1 pct of the workforce from 671,400.")
                .is_empty()
        );
        assert!(changes(
            "Cash flow improved to 323 mln francs from 111 mln and represented 5.7 pct of turnover."
        )
        .is_empty());
    }

    #[test]
    fn another_quantity_or_measure_is_not_the_change() {
        assert_eq!(
            changes(
                "Earnings rose four pct as sales increased six pct to 650 mln dlrs from 614 mln."
            ),
            one("614 mln", "650 mln", "six pct")
        );
        assert!(changes(
            "Sales rose five pct on a comparable-store basis to 20.7 mln dlrs from 10.4 mln dlrs."
        )
        .is_empty());
        assert!(changes(
            "It raised its dividend to 18 cts a share from 14 cts and declared a 50 pct stock dividend."
        )
        .is_empty());
    }

    #[test]
    fn ranges_are_not_changes() {
        assert!(changes("Ariane expects to launch from six to eight satellites a year, about 75 pct of the market.").is_empty());
        assert!(changes("It sold shares at prices ranging from 24.00 to 27.648 dlrs, leaving it with 4.7 pct.").is_empty());
    }

    #[test]
    fn an_exchange_rate_against_another_currency_has_no_direction() {
        let text =
            "The yen against the dollar rose 0.8 pct to 153.50 in February from 154.67 in January.";
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

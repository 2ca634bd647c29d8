//! A change told by the two levels it went between, after a colon: "Sightings have halved
//! since 2018: we logged 212 that year and 164 this summer"; "Fares rose 30% in a year:
//! £200 last June, £280 this June". Before the colon, a multiplier word or a governed
//! percentage, with no other level in the clause; after it, exactly two comparable levels
//! to the sentence's end, each with a time of its own (a year or date, "now", "this
//! summer"). A breakdown after a colon ("fell by 40,000: 25,000 men and 15,000 women")
//! names no times and is left to the totals.
//!
//! Which level is the old one: the text's order is not always the time's ("164 this summer,
//! against 212 in 2018"), so the change's own direction decides: a rise or a multiple above
//! one runs from the smaller level, a fall from the larger. A reading that only turns the
//! change round is charitable; any reading that fits the size is found.

use super::super::{Direction, Reader, Relation};
use super::change::{governed, is_level, is_share, is_time};
use super::multiples::multiplier;
use crate::parse::FigureKind;

/// How far (in tokens) the change word may stand before the colon.
const REACH: usize = 10;

/// How many tokens after a level its time may start.
const TIME_REACH: usize = 4;

/// What states the change before the colon.
enum Stated {
    /// A multiplier word, at this token.
    Multiple(usize),
    /// A percentage or fraction a change word governs, and whether it is a rise.
    Change(usize, bool),
    /// A change word at this token, and whether it is a rise: the size follows the levels.
    After(usize, bool),
}

/// Reads the change of one sentence told by its levels after a colon.
pub(super) fn levels_after_colon(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let (start, bound) = r.sentence_bounds(figs[0]);
    let Some(colon) = (start..bound).find(|&i| r.w(i) == ":") else {
        return;
    };
    let (before, after): (Vec<usize>, Vec<usize>) =
        figs.iter().partition(|&&k| r.ranges[k].0 < colon);
    // no level before the colon: "Sales of 300 units doubled:" names its own levels
    if before.iter().any(|&k| is_level(r, k) && !is_when(r, k)) {
        return;
    }
    let Some(stated) = stated(r, &before, colon, start) else {
        return;
    };
    let mut levels: Vec<usize> = after.iter().copied().filter(|&k| !is_time(r, k)).collect();
    // the size told after the levels: ", a rise of 62%"
    let stated = match stated {
        Stated::After(_, up) => {
            let Some(&change) = levels.last() else {
                return;
            };
            if levels.len() != 3 || !is_share(r, change) || governed(r, change, start).is_none() {
                return;
            }
            levels.pop();
            Stated::Change(change, up)
        }
        other => other,
    };
    let &[a, b] = levels.as_slice() else {
        return;
    };
    if !is_level(r, a) || !is_level(r, b) || !r.comparable_loose(a, b) {
        return;
    }
    let (Some(ta), Some(tb)) = (time_of(r, figs, a, bound), time_of(r, figs, b, bound)) else {
        return;
    };
    if ta == tb {
        return;
    }
    let (Some(va), Some(vb)) = (r.fig(a).value, r.fig(b).value) else {
        return;
    };
    let rises = match stated {
        Stated::Multiple(i) => r
            .lex
            .relations
            .multipliers
            .get(r.w(i))
            .is_some_and(|&f| f >= 1.0),
        Stated::Change(_, up) | Stated::After(_, up) => up,
    };
    let (from, to) = if (va <= vb) == rises { (a, b) } else { (b, a) };
    // a pair the change readers have read ("3.1 million now, against 1.6 million in 2019")
    let read = out.iter().any(|rel| match rel {
        Relation::Multiplier { from: f, to: t, .. } | Relation::Change { from: f, to: t, .. } => {
            (*f, *t) == (from, to) || (*f, *t) == (to, from)
        }
        _ => false,
    });
    if read {
        return;
    }
    match stated {
        Stated::Multiple(i) => out.extend(multiplier(r, i, from, to)),
        Stated::After(..) => {}
        Stated::Change(change, up) => out.push(Relation::Change {
            from,
            to,
            change,
            direction: if up { Direction::Up } else { Direction::Down },
        }),
    }
}

/// A figure that says when or over how long ("since 2018", "in five years"), which may
/// stand beside the stated change.
fn is_when(r: &Reader, k: usize) -> bool {
    is_time(r, k) || r.kind(k) == FigureKind::Duration
}

/// The multiplier word or governed change before the colon, in its clause.
fn stated(r: &Reader, before: &[usize], colon: usize, start: usize) -> Option<Stated> {
    let words = &r.lex.relations;
    let from = colon.saturating_sub(REACH).max(start);
    // nothing but times and the stated change before the colon
    let changes: Vec<usize> = before
        .iter()
        .copied()
        .filter(|&k| !is_when(r, k) && r.ranges[k].0 >= from)
        .collect();
    if before
        .iter()
        .any(|&k| !is_when(r, k) && r.ranges[k].0 < from)
    {
        return None;
    }
    let stated = match changes.as_slice() {
        // a multiplier word, or a change word whose size is told after the levels
        // ("have climbed sharply: 2.1 million in 2022 and 2.9 million in 2024, a rise of
        // 62%")
        [] => (from..colon).rev().find_map(|i| {
            if words.multipliers.contains_key(r.w(i)) {
                Some(Stated::Multiple(i))
            } else {
                words.direction(r.w(i)).map(|up| Stated::After(i, up))
            }
        })?,
        &[p] if is_share(r, p) => Stated::Change(p, governed(r, p, start)?),
        _ => return None,
    };
    let at = match stated {
        Stated::Multiple(i) | Stated::After(i, _) => i,
        Stated::Change(p, _) => r.ranges[p].1,
    };
    // one clause: no clause end between the change and the colon
    if (at..colon).any(|i| words.clause_ends.contains(r.w(i)) || r.w(i) == ",") {
        return None;
    }
    Some(stated)
}

/// The time a level is given for, as written in lower case: a year or date figure, or the
/// words of [`crate::claims::ClaimLexicon`]'s level times, within a few tokens after it and
/// before the next figure.
pub(super) fn time_of(r: &Reader, figs: &[usize], k: usize, bound: usize) -> Option<String> {
    let words = &r.lex.relations;
    let (lower, tokens) = (&r.parsed.lower, &r.parsed.tokens);
    let end = r.ranges[k].1;
    // a year or date, or a length of time back ("£1,150 two years ago")
    let ago = |m: usize| {
        r.kind(m) == FigureKind::Duration
            && matches!(
                r.w(r.ranges[m].1),
                "ago" | "earlier" | "before" | "previously"
            )
    };
    let next = figs
        .iter()
        .copied()
        .find(|&m| r.ranges[m].0 >= end)
        .filter(|&m| is_time(r, m) || ago(m));
    let reach = (end + TIME_REACH).min(bound);
    if let Some(m) = next
        && r.ranges[m].0 < reach
    {
        let (from, to) = (r.fig(m).span.start as usize, r.fig(m).span.end as usize);
        return Some(if ago(m) {
            format!("{} {}", &lower[from..to], r.w(r.ranges[m].1))
        } else {
            lower[from..to].to_string()
        });
    }
    // the words up to the next figure
    let stop = figs
        .iter()
        .map(|&m| r.ranges[m].0)
        .find(|&at| at >= end)
        .map_or(reach, |at| at.min(reach));
    for i in end..stop {
        let w = r.w(i);
        if matches!(w, "," | "and" | ";" | "against" | "from" | "to" | "versus") {
            return None;
        }
        if let Some((phrase, _)) = words.level_time_alone.longest_at(lower, tokens, i) {
            return Some(phrase.to_string());
        }
        if let Some((det, len)) = words.level_time_determiners.longest_at(lower, tokens, i)
            && words.level_time_nouns.contains(r.w(i + len))
        {
            return Some(format!("{det} {}", r.w(i + len)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::relations_in;
    use crate::claims::Relation;

    /// The changes and multiples read in `text`, as (from, to, what stated it).
    fn levels(text: &str) -> Vec<(String, String, String)> {
        relations_in(text, |rel, written| match rel {
            Relation::Multiplier { from, to, word, .. } => {
                Some((written(*from), written(*to), word.clone()))
            }
            Relation::Change {
                from, to, change, ..
            } => Some((written(*from), written(*to), written(*change))),
            _ => None,
        })
    }

    fn one(from: &str, to: &str, stated: &str) -> Vec<(String, String, String)> {
        vec![(from.into(), to.into(), stated.into())]
    }

    #[test]
    fn reads_a_change_told_by_its_two_timed_levels_after_a_colon() {
        assert_eq!(
            levels(
                "Sightings have halved since 2018: we logged 212 that year and 164 this summer."
            ),
            one("212", "164", "halved")
        );
        assert_eq!(
            levels("Fares rose 30% in a year: £200 last June and £280 this June."),
            one("£200", "£280", "30%")
        );
        assert_eq!(
            levels("Rainfall has nearly halved since 1990: 820mm a year then and 450mm now."),
            one("820mm", "450mm", "nearly halved")
        );
    }

    #[test]
    fn the_size_of_a_change_may_follow_its_levels() {
        assert_eq!(
            levels(
                "Passengers have climbed sharply: 2.1 million in 2022 and 2.9 million in 2024, a rise of 62%."
            ),
            one("2.1 million", "2.9 million", "62%")
        );
        assert_eq!(
            levels("Fares fell: £280 last June and £200 this June, a drop of 29%."),
            one("£280", "£200", "29%")
        );
    }

    #[test]
    fn the_change_s_direction_orders_levels_written_newest_first() {
        assert_eq!(
            levels(
                "Subscriptions doubled in five years: 3.1 million now, against 1.6 million in 2019."
            ),
            one("1.6 million", "3.1 million", "doubled")
        );
        assert_eq!(
            levels("The deficit fell 20% over the term: £40bn this year and £50bn in 2021."),
            one("£50bn", "£40bn", "20%")
        );
    }

    #[test]
    fn a_breakdown_or_levels_without_times_is_no_change() {
        for text in [
            "Output fell by 40,000 tonnes: 25,000 tonnes of wheat and 15,000 tonnes of barley.",
            "Membership doubled in two regions: 300 members in the north and 700 in the south.",
            "Prices rose 5%: the index stood at 1,050 in June.",
            "Sales doubled: 300 units in 2019, 600 in 2020 and 1,200 in 2021.",
            "Fares rose 30% in a year, the council said: £200 last June and £280 this June.",
        ] {
            assert!(levels(text).is_empty(), "{text}");
        }
    }
}

//! Percentages that split one base between answers or groups: "52% backed the plan, 31%
//! opposed it and 17% were undecided".

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// "52% backed the plan, 31% opposed it and 25% were undecided": three or more
/// percentages in one sentence, each right before a group word, joined by "," and "and",
/// with no change or comparison words around; or a list whose verb is left out after the
/// first share ("took 41% of the vote, Labour 38% and ..."); or a list that ends with the
/// share the others leave ("the remaining 7%"). Conservative: multi-answer questions and
/// shares of different bases use other words.
pub(super) fn partition(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let (start, bound) = r.sentence_bounds(figs[0]);
    let percents: Vec<usize> = figs
        .iter()
        .copied()
        .filter(|&k| r.kind(k) == FigureKind::Percent)
        .collect();
    // a list that ends with what the others leave ("the remaining 7%", "the rest, about
    // 24%") is a split whatever its hedges; so are two shares whose remainder is named
    // after them ("55% backed it and 52% opposed it, with the remainder undecided")
    let rest = closed_by_rest(r, &percents);
    let shares: Vec<usize> = if rest {
        percents
    } else {
        percents
            .into_iter()
            .filter(|&k| r.fig(k).hedge.is_none())
            .collect()
    };
    let remainder_after = shares.last().is_some_and(|&k| {
        // not "other": "60% among youths and 45% among other groups" are of two wholes
        (r.ranges[k].1..bound).any(|i| matches!(r.w(i), "remainder" | "rest" | "remaining"))
    });
    if shares.len() < if remainder_after { 2 } else { 3 } {
        return;
    }
    // two shares of two groups named before them ("among men 55% backed it and among
    // women 52%") are not one split, whatever follows
    let groups_before = shares.iter().any(|&k| {
        let at = r.ranges[k].0;
        (at.saturating_sub(3).max(start)..at)
            .any(|i| matches!(r.w(i), "among" | "in" | "for" | "at"))
    });
    if shares.len() == 2 && groups_before {
        return;
    }
    // nothing but the shares between the first and the last share
    let (first, last) = (shares[0], shares[shares.len() - 1]);
    if figs
        .iter()
        .any(|&k| k > first && k < last && !shares.contains(&k))
    {
        return;
    }
    // the preposition a left-out verb leaves after each share is no change word ("70% went
    // to patients, 20% to research")
    let gapped_prep = prepositional(r, &shares);
    let exempt: Vec<usize> = if gapped_prep {
        shares[1..].iter().map(|&k| r.ranges[k].1).collect()
    } else {
        Vec::new()
    };
    let first_prep = shares.first().map(|&k| r.ranges[k].1 + 1);
    if overlapping(r, &shares, start, bound, rest || remainder_after, |i| {
        exempt.contains(&i) || (gapped_prep && Some(i) == first_prep)
    }) {
        return;
    }
    // "20 pct of car loans, 45 pct of home loans": shares of different wholes
    let wholes: Vec<(&str, &str)> = shares
        .iter()
        .filter(|&&k| r.w(r.ranges[k].1) == "of")
        .map(|&k| (r.w(r.ranges[k].1 + 1), r.w(r.ranges[k].1 + 2)))
        .collect();
    if wholes.windows(2).any(|w| w[0] != w[1]) {
        return;
    }
    // each share opens its group with a verb: a cue word or any past tense ("52 per cent
    // backed the plan, ... 2 per cent spoiled their ballots", "41% named Brown")
    let grouped = shares.iter().all(|&k| {
        let next = r.w(r.ranges[k].1);
        r.lex.relations.partition_cues.contains(next)
            || next == "of"
            || (next.len() > 4 && next.ends_with("ed") && r.is_word(r.ranges[k].1))
    });
    let joined = shares.windows(2).all(|w| {
        r.gap(w[0], w[1])
            .iter()
            .any(|t| matches!(t, "," | "and" | ";"))
    });
    if (grouped || gapped_prep || gapped(r, &shares, bound) || rest) && joined {
        out.push(Relation::Partition { shares });
    }
}

/// Whether the sentence's words make its shares overlap or change ("rose", "compared",
/// "a year"), outside the shares themselves ("48 per cent" is no rate "per"). A list
/// closed by its remainder says it splits one whole: there only change and comparison
/// words count ("46% travel to work by car, 31% by bus or train ... and the remaining
/// 12%").
fn overlapping(
    r: &Reader,
    shares: &[usize],
    start: usize,
    bound: usize,
    closed: bool,
    exempt: impl Fn(usize) -> bool,
) -> bool {
    let words = &r.lex.relations;
    let inside = |i: usize| {
        shares
            .iter()
            .any(|&k| r.ranges[k].0 <= i && i < r.ranges[k].1)
    };
    (start..bound)
        .filter(|&i| !inside(i) && !exempt(i))
        .any(|i| {
            let (w, prev) = (r.w(i), if i > start { r.w(i - 1) } else { "" });
            // "making up the remaining 9%" is a share, not a rise; "last year" a time, not a
            // rate "a year"
            let made_up = w == "up" && matches!(prev, "make" | "makes" | "making" | "made");
            let dated = w == "year" && matches!(prev, "last" | "this" | "next" | "that");
            if made_up || dated {
                return false;
            }
            if closed {
                words.direction(w).is_some()
                    || words.comparison.contains(w)
                    || matches!(w, "than" | "each" | "both" | "also" | "respectively")
            } else {
                words.partition_overlap.contains(w)
            }
        })
}

/// "The Greens took 41% of the vote, Labour 38% and the Liberals 19%": the first share
/// names its whole and the verb is left out before the others, each after its group's
/// name (a few words) and ending its item of the list. A share with a time or place of its own ("Labour
/// 38% in 2015") is another count.
fn gapped(r: &Reader, shares: &[usize], bound: usize) -> bool {
    let Some((&first, rest)) = shares.split_first() else {
        return false;
    };
    if r.w(r.ranges[first].1) != "of" {
        return false;
    }
    rest.iter().all(|&k| {
        let (at, end) = r.ranges[k];
        let ends_item = end >= bound || matches!(r.w(end), "," | "and" | ";" | "with" | ".");
        // the group's name, a few words back to the list's "," or "and" ("Labour", "the
        // Liberals", "gas"); the sentence's change and comparison words are ruled out above
        let mut i = at;
        let mut named = 0;
        while i > 0 && !matches!(r.w(i - 1), "," | "and") {
            if !r.is_word(i - 1) || named == 5 {
                return false;
            }
            named += 1;
            i -= 1;
        }
        let named = named > 0;
        named && ends_item
    })
}

/// "58% goes on staff, 27% on buildings and 22% on research": the verb left out after the
/// first share, its preposition kept after each later one, which opens its list item.
fn prepositional(r: &Reader, shares: &[usize]) -> bool {
    let Some((&first, rest)) = shares.split_first() else {
        return false;
    };
    let end = r.ranges[first].1;
    let (verb, prep) = (r.w(end), r.w(end + 1));
    r.is_word(end)
        && verb.len() > 2
        && !r.lex.relations.partition_overlap.contains(verb)
        && r.lex.relations.direction(verb).is_none()
        && matches!(prep, "on" | "to" | "for" | "in" | "by" | "at")
        && !rest.is_empty()
        && rest.iter().all(|&k| {
            let (at, end) = r.ranges[k];
            r.w(end) == prep && at > 0 && matches!(r.w(at - 1), "," | "and")
        })
}

/// "..., with independents sharing the remaining 7%": the last share is what the others
/// leave, so the shares split one whole.
fn closed_by_rest(r: &Reader, shares: &[usize]) -> bool {
    let Some(&last) = shares.last() else {
        return false;
    };
    let at = r.ranges[last].0;
    (at.saturating_sub(2)..at).any(|i| r.lex.relations.partition_rest.contains(r.w(i)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{figures_of, one};

    fn partitions(text: &str) -> Vec<Vec<String>> {
        figures_of(text, "partition")
    }

    #[test]
    fn reads_shares_that_split_one_base() {
        assert_eq!(
            partitions("In the poll 52% backed the plan, 31% opposed it and 17% were undecided."),
            one(&["52%", "31%", "17%"])
        );
        assert_eq!(
            partitions(
                "Of those who voted, 48 per cent supported the mayor, 40 per cent chose his rival and 12 per cent spoiled their ballots."
            ),
            one(&["48 per cent", "40 per cent", "12 per cent"])
        );
        assert_eq!(
            partitions("Asked about the road, 41% said yes, 26% said no and 33% were unsure."),
            one(&["41%", "26%", "33%"])
        );
    }

    #[test]
    fn changes_shares_of_other_wholes_and_pairs_are_no_split() {
        assert!(partitions("Sales rose 12%, costs fell 3% and margins improved to 9%.").is_empty());
        assert!(
            partitions(
                "The bank holds 20 pct of car loans, 45 pct of home loans and 35 pct of card debt."
            )
            .is_empty()
        );
        assert!(partitions("In the poll 52% backed the plan and 31% opposed it.").is_empty());
    }

    #[test]
    fn reads_a_list_whose_verb_is_left_out_or_that_ends_with_the_rest() {
        assert_eq!(
            partitions("The Greens took 41% of the vote, Labour 38% and the Liberals 19%."),
            one(&["41%", "38%", "19%"])
        );
        assert_eq!(
            partitions("Android ran on 71% of the phones sold, Apple 27% and the others 2%."),
            one(&["71%", "27%", "2%"])
        );
        assert_eq!(
            partitions(
                "Wind supplied 41% of the grid's power, gas 38% and coal 12%, with solar making up the remaining 9%."
            ),
            one(&["41%", "38%", "12%", "9%"])
        );
        assert_eq!(
            partitions("Renters made up 45% of households and owners 40%, the rest 15%."),
            one(&["45%", "40%", "15%"])
        );
        // a time or place of its own, or another whole: not one split
        assert!(
            partitions("Labour took 41% of the vote in 2019, 38% in 2015 and 30% in 2010.")
                .is_empty()
        );
        assert!(
            partitions(
                "The Greens took 41% of the vote, Labour 38% of the seats and the Liberals 19%."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_list_closed_by_its_remainder_may_hedge_or_name_its_groups_at_length() {
        assert_eq!(
            partitions(
                "In the mayoral race, Helen Okafor took 41% of the vote, the independent Colm Brady 38% and Tom Rees 19%."
            ),
            one(&["41%", "38%", "19%"])
        );
        assert_eq!(
            partitions(
                "Of 2,000 commuters, 46% travel to work by car, 31% by bus or train, 17% on foot and the remaining 6% by bicycle."
            ),
            one(&["46%", "31%", "17%", "6%"])
        );
        assert_eq!(
            partitions(
                "Of its £84m budget, 58% goes on staff and 27% on drugs, with the rest — about 15% — spent on buildings."
            ),
            one(&["58%", "27%", "about 15%"])
        );
        assert_eq!(
            partitions(
                "Of the £240m budget, 58% goes on staff, 27% on buildings and 22% on research."
            ),
            one(&["58%", "27%", "22%"])
        );
        assert_eq!(
            partitions(
                "Of every pound raised, 70% went to patients, 20% to research and 10% to running costs."
            ),
            one(&["70%", "20%", "10%"])
        );
        assert_eq!(
            partitions("Wind supplied 38% of the island's power last year, solar 22% and gas 40%."),
            one(&["38%", "22%", "40%"])
        );
        assert_eq!(
            partitions(
                "Of 640 residents, 55% backed the cycle lane and 40% opposed it, with the remainder undecided."
            ),
            one(&["55%", "40%"])
        );
        // shares of two wholes, or changes: no split
        for text in [
            "Rents were 45% higher in London, 38% in Leeds and 30% in York.",
            "Among men 55% backed the plan and among women 52% backed it, the rest were unsure.",
            "Unemployment is 60% among youths and 45% among other groups.",
            "Sales rose 46% in Europe, 31% in Asia and the remaining markets grew 17%.",
            "Of 640 residents, 55% backed the lane and 40% opposed it.",
        ] {
            assert!(partitions(text).is_empty(), "{text}");
        }
    }
}

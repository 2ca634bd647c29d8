//! Percentages that split one base between answers or groups: "52% backed the plan, 31%
//! opposed it and 17% were undecided".

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// "52% backed the plan, 31% opposed it and 25% were undecided": three or more
/// percentages in one sentence, each right before a group word, joined by "," and "and",
/// with no change or comparison words around. Conservative: multi-answer questions and
/// shares of different bases use other words.
pub(super) fn partition(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let (start, bound) = r.sentence_bounds(figs[0]);
    let shares: Vec<usize> = figs
        .iter()
        .copied()
        .filter(|&k| r.kind(k) == FigureKind::Percent && r.fig(k).hedge.is_none())
        .collect();
    if shares.len() < 3 {
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
    // the words around the shares, not inside them ("48 per cent" is no rate "per")
    let inside = |i: usize| {
        shares
            .iter()
            .any(|&k| r.ranges[k].0 <= i && i < r.ranges[k].1)
    };
    if (start..bound).any(|i| !inside(i) && r.lex.relations.partition_overlap.contains(r.w(i))) {
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
    if grouped && joined {
        out.push(Relation::Partition { shares });
    }
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
}

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
    // "making up the remaining 9%" is a share, not a rise
    let made_up = |i: usize| {
        r.w(i) == "up" && i > start && matches!(r.w(i - 1), "make" | "makes" | "making" | "made")
    };
    if (start..bound)
        .any(|i| !inside(i) && !made_up(i) && r.lex.relations.partition_overlap.contains(r.w(i)))
    {
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
    if (grouped || gapped(r, &shares, bound) || closed_by_rest(r, &shares)) && joined {
        out.push(Relation::Partition { shares });
    }
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
            if !r.is_word(i - 1) || named == 3 {
                return false;
            }
            named += 1;
            i -= 1;
        }
        let named = named > 0;
        named && ends_item
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
}

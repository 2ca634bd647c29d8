//! Shares said in apposition, read as a pattern:
//!
//! ```text
//! COUNT [noun...] , [hedge] SHARE of [the ...] BASE      "38,412 people, around 6.1% of the
//!                                                         town's population of 630,000"
//! COUNT of [the] BASE [noun...] , SHARE of the total      "300 of the 1,200 requests it
//!                                                         heard, a quarter of the total"
//! ```
//!
//! The share (a percentage or fraction) restates the count as a part of the base, so the
//! three must agree. Nothing but a comma stands between the count and the share, and the
//! base is the first figure after "of", with no punctuation before it.

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

fn is_share(r: &Reader, k: usize) -> bool {
    matches!(r.kind(k), FigureKind::Percent | FigureKind::Fraction) && r.fig(k).interval.is_some()
}

/// Reads the apposed shares of one sentence.
pub(super) fn apposed_shares(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    for (t, &p) in figs.iter().enumerate() {
        if t == 0 || !is_share(r, p) || r.w(r.ranges[p].1) != "of" {
            continue;
        }
        // the count just before: "COUNT [noun...] , SHARE"
        let Some(mut count_at) = (0..t).rev().find(|&c| r.is_amount(figs[c])) else {
            continue;
        };
        // "300 of the 1,200 requests, a quarter": the count is the part, not its base
        if count_at > 0 && r.base_after_of(figs, count_at - 1) == Some(figs[count_at]) {
            count_at -= 1;
        }
        let count = figs[count_at];
        let between: Vec<&str> = (r.ranges[count].1..r.ranges[p].0).map(|i| r.w(i)).collect();
        // one comma, right before the share; only the count's own base between
        let apposed = between.len() <= 10
            && between.last() == Some(&",")
            && between.iter().filter(|w| **w == ",").count() == 1
            && figs[count_at + 1..t]
                .iter()
                .all(|&k| r.base_after_of(figs, count_at) == Some(k));
        if !apposed {
            continue;
        }
        let of = r.ranges[p].1;
        // "six countries, half of whom received two doses": a pronoun after "of" takes the
        // share back to the count before it and opens a clause; the next figure is what
        // that clause says of them, no base (pronouns are a closed class, not vocabulary)
        if matches!(
            r.w(of + 1),
            "whom" | "which" | "them" | "those" | "these" | "it" | "us" | "you"
        ) {
            continue;
        }
        // the base after "of": the next figure, no punctuation before it
        let later = figs.get(t + 1).copied().filter(|&b| {
            let at = r.ranges[b].0;
            at > of
                && at - of <= 7
                && (of + 1..at).all(|i| r.is_word(i) || matches!(r.w(i), "'s" | "’s" | "'"))
        });
        let base = match later {
            Some(b) => Some(b),
            // "a third of the total": the base is the count's own "of the BASE"
            None if (of + 1..of + 3).any(|i| r.lex.relations.whole.contains(r.w(i))) => {
                r.base_after_of(figs, count_at)
            }
            None => None,
        };
        let Some(base) = base else { continue };
        if base == count || !r.comparable_loose(count, base) || r.fig(base).value.is_none() {
            continue;
        }
        out.push(Relation::Share {
            share: p,
            base,
            count,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::relations_in;
    use crate::claims::Relation;

    /// The shares read in `text`: (share, base, count) texts.
    fn shares(text: &str) -> Vec<(String, String, String)> {
        relations_in(text, |rel, written| match rel {
            Relation::Share { share, base, count } => {
                Some((written(*share), written(*base), written(*count)))
            }
            _ => None,
        })
    }

    fn one(share: &str, base: &str, count: &str) -> Vec<(String, String, String)> {
        vec![(share.into(), base.into(), count.into())]
    }

    #[test]
    fn a_share_of_a_pronoun_opens_a_clause_and_has_no_base_after_it() {
        for text in [
            "The trial enrolled 43,661 volunteers in six countries, half of whom received two doses.",
            "The airline flies 40 jets, a quarter of which are more than 20 years old.",
            "The club signed 12 players, three-quarters of them on two-year deals.",
            "Police stopped 800 cars, 10% of which carried more than five people.",
        ] {
            assert_eq!(shares(text), vec![], "{text}");
        }
    }

    #[test]
    fn reads_a_share_set_beside_its_count() {
        assert_eq!(
            shares("Some 38,412 people signed, around 6.1% of the town's population of 630,000."),
            one("around 6.1%", "630,000", "Some 38,412")
        );
        assert_eq!(
            shares(
                "The brokers will split commissions of $45 million, about 3 percent of the $1.5 billion sale."
            ),
            one("about 3 percent", "$1.5 billion", "$45 million")
        );
        assert_eq!(
            shares("The panel granted 300 of the 1,200 requests it heard, a quarter of the total."),
            one("a quarter", "1,200", "300")
        );
    }

    #[test]
    fn a_share_of_something_else_is_not_apposed() {
        assert!(
            shares(
                "The trust lifted its holding to 412,000 shares, or 9.3 pct of the total, from 377,500."
            )
            .is_empty()
        );
        assert!(
            shares("Yen bonds totalled 4.1 billion dlrs, accounting for 22 pct of all new issues.")
                .is_empty()
        );
    }
}

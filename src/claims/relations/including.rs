//! A total and some of its parts: "120 staff, including 40 nurses and 12 doctors".

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// "120 staff, including 40 nurses and 12 doctors"; "14 people were hurt, three of whom".
pub(super) fn including(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let sentence = r.sentence_bounds(figs[0]);
    // a net sum ("a loss of 6 mln dlrs, including a 9 mln dlr loss on a sale", "a
    // 2.0 billion dlr surplus, including a 3.5 billion surplus with one partner and a 1.5
    // billion deficit with another") may include items larger than itself, of either sign;
    // asked only of a sentence with a cue, as few have one
    let mut net: Option<bool> = None;
    let mut is_net = || {
        *net.get_or_insert_with(|| {
            (sentence.0..sentence.1).any(|i| r.lex.relations.net.contains(r.w(i)))
        })
    };
    for (t, &k) in figs.iter().enumerate() {
        // the whole is a number: "several means, including ..." is not
        if !r.is_amount(k) || r.fig(k).value.is_none() {
            continue;
        }
        // "a three-for-one split, including 500,000": a ratio is no whole
        let first = r.ranges[k].0;
        if first >= 2 && r.w(first - 1) == "-" && r.w(first - 2) == "for" {
            continue;
        }
        // ", including" within a few words after the total: "36 pupils in hospital,
        // including 14"
        let bound = r.sentence_bounds(k).1;
        let from = r.ranges[k].1;
        let Some(j) = (from..(from + 7).min(bound))
            .take_while(|&i| !matches!(r.w(i), "." | ";" | ":" | "and" | "but"))
            .find(|&i| {
                r.w(i) == "," && r.any_phrase_at(i + 1, &r.lex.relations.including).is_some()
            })
            .map(|i| i + 1)
        else {
            continue;
        };
        if figs.get(t + 1).is_some_and(|&p| r.ranges[p].0 < j) {
            continue; // another figure stands between the total and the cue
        }
        let Some((cue, len)) = r.any_phrase_at(j, &r.lex.relations.including) else {
            continue;
        };
        if is_net() && r.kind(k) != FigureKind::Percent {
            continue;
        }
        let start = j + len;
        // the first part stands right after the cue; the others are joined to it by "and"
        let mut parts: Vec<usize> = Vec::new();
        for &p in &figs[t + 1..] {
            if !r.comparable(p, k) {
                // what a part's words say of it ("of whom 131 were under five years old,
                // 68 were aged five to 17 and 23 were adults"): passed over once the list
                // has begun, the next part must still come within reach of the last
                if !parts.is_empty() && r.kind(p) != FigureKind::Percent {
                    continue;
                }
                break;
            }
            // "2.10 dlrs a share, including 60 cts": cents against dollars
            if cents(r, p) != cents(r, k) {
                break;
            }
            let ok = match parts.last() {
                // right after the cue, past determiners only ("including a record 3.5
                // billion"), not inside another phrase ("including the closure of 40")
                None => (start..r.ranges[p].0).all(|i| {
                    matches!(
                        r.w(i),
                        "a" | "an"
                            | "the"
                            | "some"
                            | "about"
                            | "around"
                            | "nearly"
                            | "almost"
                            | "record"
                            | "another"
                            | "at"
                            | "least"
                    )
                }),
                Some(&prev) => {
                    let gap = r.gap(prev, p);
                    // a cue between two parts opens a nested inclusion ("..., of whom 80
                    // were adults, of whom 20 ..."): the later figure is a part of the
                    // earlier one, not of this total
                    let nested = (r.ranges[prev].1..r.ranges[p].0)
                        .any(|i| r.any_phrase_at(i, &r.lex.relations.including).is_some());
                    // "seven routes, including five direct routes, and two via
                    // Dubai": the comma closed the inclusion after one part
                    let closed = parts.len() == 1 && gap.has_pair(",", "and");
                    // a clause of another whole or a comparison ends the list: "of which
                    // 979 mln were crude, with total imports 1.66 billion"
                    let other = gap.iter().any(|w| r.lex.relations.ends_list(w));
                    !closed
                        && !other
                        && !nested
                        && gap.len() <= 6
                        && gap.iter().any(|w| matches!(w, "and" | "," | "plus"))
                }
            };
            if !ok {
                break;
            }
            parts.push(p);
        }
        if !parts.is_empty() {
            out.push(Relation::Total {
                parts,
                total: k,
                complete: false,
                cue: cue.to_string(),
            });
        }
    }
}

/// Whether a sum is written in cents ("95 cts"), which the parser leaves unconverted.
fn cents(r: &Reader, k: usize) -> bool {
    let (first, last) = r.ranges[k];
    (first..=last).any(|i| matches!(r.w(i), "ct" | "cts" | "cent" | "cents"))
}

#[cfg(test)]
mod tests {
    use super::super::tests::recorded;

    /// The inclusions read in `text`: (parts, total) texts, for the cues of this reader.
    fn inclusions(text: &str) -> Vec<Vec<String>> {
        recorded(text, "subset-of-total")
            .into_iter()
            .filter(|(_, cue)| {
                matches!(
                    cue.as_deref(),
                    Some("including" | "among them" | "of whom" | "of which")
                )
            })
            .map(|(f, _)| f)
            .collect()
    }

    fn one(figures: &[&str]) -> Vec<Vec<String>> {
        vec![figures.iter().map(|f| f.to_string()).collect()]
    }

    #[test]
    fn reads_a_total_and_some_of_its_parts() {
        assert_eq!(
            inclusions("The hospital hired 120 staff, including 40 nurses and 12 doctors."),
            one(&["40", "12", "120"])
        );
        assert_eq!(
            inclusions("Police arrested 36 people, among them 14 minors."),
            one(&["14", "36"])
        );
        assert_eq!(
            inclusions("The crash injured 52 passengers, of whom 9 were children."),
            one(&["9", "52"])
        );
    }

    #[test]
    fn a_whole_that_is_not_a_count_or_a_net_sum_is_not_read() {
        assert!(
            inclusions("The firm used several means, including dismissal of 100 workers.")
                .is_empty()
        );
        assert!(
            inclusions("It posted a loss of 6 mln dlrs, including a 9 mln dlr loss on a sale.")
                .is_empty()
        );
        assert!(
            inclusions("It paid 1.50 dlrs a share, including 95 cts from a special payout.")
                .is_empty()
        );
    }

    #[test]
    fn words_about_a_part_may_hold_figures_of_another_kind() {
        for (text, want) in [
            (
                "During the week 212 patients were admitted with measles, of whom 131 were under five years old, 68 were aged five to 17 and 23 were adults.",
                vec!["131", "68", "23", "212"],
            ),
            (
                "The charity housed 90 families, including 40 for up to six months and 25 for a year.",
                vec!["40", "25", "90"],
            ),
            (
                "The airline flies 40 jets, of which 25 are Airbus models and 20 are Boeing.",
                vec!["25", "20", "40"],
            ),
        ] {
            assert_eq!(inclusions(text), one(&want), "{text}");
        }
    }

    #[test]
    fn a_clause_of_another_whole_ends_the_list() {
        for text in [
            "Exports were 2.18 billion dlrs, of which 979 mln dlrs were crude, with total imports 1.66 billion dlrs.",
            "The region lost 900 jobs, including 300 in Leeds, while 400 were created in York.",
            "Sales reached 500 units, including 200 online, versus 450 last year.",
        ] {
            assert!(
                inclusions(text).iter().all(|parts| parts.len() <= 2),
                "{text}: {:?}",
                inclusions(text)
            );
        }
    }
}

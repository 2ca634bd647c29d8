//! A share of a base and the count it comes to: "half of the remaining 59 hostages,
//! about 40", "30 of 120, or 25%".

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// "fewer than half of the remaining 59 hostages, about 40"; "30 of 120, or 25%" (or "or a
/// quarter"); "25% of the 120 staff, or 30".
pub(super) fn shares(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    for (t, &k) in figs.iter().enumerate() {
        let f = r.fig(k);
        let share_kind = matches!(f.kind, FigureKind::Fraction | FigureKind::Percent);
        if share_kind && f.interval.is_some() {
            // share "of" base, then the count it comes to
            let Some(base) = r.base_after_of(figs, t) else {
                continue;
            };
            if !counts_a_whole(r, base) {
                continue;
            }
            // "That is 92% of the stadium's 22,500 seats": the count is the one the
            // sentence before ended on
            if let Some(count) = restated_count(r, k, base) {
                out.push(Relation::Share {
                    share: k,
                    base,
                    count,
                });
                continue;
            }
            let Some(&count) = figs.get(t + 2) else {
                continue;
            };
            let after = end_of_base(r, base, r.ranges[count].0);
            let gap: Vec<&str> = (after..r.ranges[count].0).map(|i| r.w(i)).collect();
            let apposed = !gap.is_empty()
                && gap.len() <= 3
                && matches!(gap[0], "," | "(" | "—" | "–" | "-")
                && gap[1..].iter().all(|w| {
                    matches!(
                        *w,
                        "or" | "some" | "that" | "is" | "perhaps" | "about" | "just"
                    )
                });
            if apposed && r.comparable(count, base) {
                out.push(Relation::Share {
                    share: k,
                    base,
                    count,
                });
            }
            continue;
        }
        // "30 of 120, or 25%" / "30 out of 120 (25%)"; sums too: "£84m of the £210m, or 40%"
        if matches!(f.kind, FigureKind::Count | FigureKind::Money) && f.value.is_some() {
            let Some(base) = r.base_after_of(figs, t) else {
                continue;
            };
            // "19 of the 30 days in June": days are counted too
            let days = r.kind(base) == FigureKind::Duration && f.kind == FigureKind::Count;
            if !r.comparable(base, k) && !days {
                continue;
            }
            if let Some(share) = share_before(r, figs, t) {
                out.push(Relation::Share {
                    share,
                    base,
                    count: k,
                });
                continue;
            }
            // the next figure past the base's own time ("19 of the 30 days in June — fewer
            // than half")
            let Some(&pct) = figs[t + 2..].iter().find(|&&p| {
                !matches!(
                    r.kind(p),
                    FigureKind::Year | FigureKind::Date | FigureKind::Time
                )
            }) else {
                continue;
            };
            // "or 25%", and a fraction said as the share: "or a third" (a fraction set
            // beside the count without "or" is the apposition reader's: "a quarter of the
            // total")
            let fraction = r.kind(pct) == FigureKind::Fraction && r.fig(pct).value.is_some();
            if r.kind(pct) != FigureKind::Percent && !fraction {
                // "312 of the 480 pupils who sat the exam achieved grade 4 or above, or
                // 72%": a percentage after ", or" at the end of the count's clause
                if let Some(share) = or_share_later(r, figs, t, base) {
                    out.push(Relation::Share {
                        share,
                        base,
                        count: k,
                    });
                }
                continue;
            }
            let after = end_of_base(r, base, r.ranges[pct].0);
            let gap: Vec<&str> = (after..r.ranges[pct].0).map(|i| r.w(i)).collect();
            let apposed = !gap.is_empty()
                && gap.len() <= 3
                && matches!(gap[0], "," | "(" | "—" | "–" | "-" | "or")
                && gap.iter().all(|w| {
                    matches!(
                        *w,
                        "," | "(" | "—" | "–" | "-" | "or" | "some" | "about" | "roughly" | "just"
                    )
                });
            // a fraction with "of" after it names its own whole ("a quarter of the total",
            // the apposition reader's; "half of them"): only one that stands alone restates
            // the count ("1,180 of its 3,100 nurses, just under half, had")
            let own_whole = r.w(r.ranges[pct].1) == "of";
            if apposed && (!fraction || gap.contains(&"or") || !own_whole) {
                out.push(Relation::Share {
                    share: pct,
                    base,
                    count: k,
                });
            }
        }
    }
}

/// The percentage set after ", or" at the end of the clause of a count and its base, past
/// other figures of the clause: "312 of the 480 pupils who sat GCSE maths achieved grade 4
/// or above, or 72%". Nothing between ends a clause or joins another ("and").
fn or_share_later(r: &Reader, figs: &[usize], t: usize, base: usize) -> Option<usize> {
    let from = r.ranges[base].1;
    let p = figs[t + 2..]
        .iter()
        .copied()
        .take_while(|&p| r.ranges[p].0 <= from + 14)
        .find(|&p| r.kind(p) == FigureKind::Percent)?;
    let at = r.ranges[p].0;
    let words = &r.lex.relations;
    let or_before = at >= 2 && r.w(at - 1) == "or" && r.w(at - 2) == ",";
    let clean = (from..at - 2)
        .all(|i| !words.clause_ends.contains(r.w(i)) && !matches!(r.w(i), "and" | ";" | "," | ":"));
    (or_before && clean && r.fig(p).interval.is_some()).then_some(p)
}

/// Where the base's noun phrase ends, before `until`: at the first comma, dash or bracket
/// a few words on when only words stand before it ("the 1,200 homes inspected by the
/// council — 450", "the 30 days in June — fewer than half"), else after a short noun.
fn end_of_base(r: &Reader, base: usize, until: usize) -> usize {
    let from = r.ranges[base].1;
    let mark = (from..until.min(from + 9)).find(|&i| matches!(r.w(i), "," | "(" | "—" | "–" | "-"));
    match mark {
        Some(m)
            if (from..m).all(|i| r.is_word(i) && !r.lex.relations.clause_ends.contains(r.w(i))) =>
        {
            m
        }
        _ => r.after_noun(base, 3),
    }
}

/// Whether figure `base` is a whole a share may be of: a count, or a measure or sum
/// ("two-thirds of the farm's 1,200 hectares, about 800 hectares").
fn counts_a_whole(r: &Reader, base: usize) -> bool {
    matches!(
        r.kind(base),
        FigureKind::Count | FigureKind::Measure | FigureKind::Money
    ) && r.fig(base).value.is_some()
}

/// The share a count and its base spell out after a colon, dash or bracket: "Nearly 40% of
/// the appeals succeeded: 148 out of 301"; "Just over half of the pupils (212 of 398)
/// passed". The share names no base count of its own, no change word governs it, and
/// nothing but its clause's words stands between.
fn share_before(r: &Reader, figs: &[usize], t: usize) -> Option<usize> {
    let p = *figs.get(t.checked_sub(1)?)?;
    let k = figs[t];
    if !matches!(r.kind(p), FigureKind::Percent | FigureKind::Fraction)
        || r.fig(p).interval.is_none()
        || r.base_after_of(figs, t - 1).is_some()
    {
        return None;
    }
    let (start, _) = r.sentence_bounds(p);
    if super::change::governed(r, p, start).is_some() {
        return None;
    }
    let (from, at) = (r.ranges[p].1, r.ranges[k].0);
    if at <= from || at - from > 12 || !matches!(r.w(at - 1), ":" | "—" | "–" | "(") {
        return None;
    }
    let words = &r.lex.relations;
    (from..at - 1)
        .all(|i| !words.ends_list(r.w(i)) && !matches!(r.w(i), ":" | "—" | "–" | "(" | ")"))
        .then_some(p)
}

/// The count a share restates when its sentence opens by pointing back at it ("The club
/// sold 18,450 season tickets. That is 92% of the stadium's 22,500 seats"): the last count
/// of the sentence before, of the base's kind. Only a pronoun and a verb of being stand
/// before the share (a closed class of words, not vocabulary).
fn restated_count(r: &Reader, share: usize, base: usize) -> Option<usize> {
    let (start, _) = r.sentence_bounds(share);
    let words: Vec<&str> = (start..r.ranges[share].0).map(|i| r.w(i)).collect();
    let pointing = matches!(
        words.as_slice(),
        [
            "that" | "this" | "it",
            "is" | "was" | "'s" | "’s" | "represents" | "equals"
        ] | [
            "that" | "this" | "it",
            "is" | "was",
            "about" | "roughly" | "nearly" | "almost"
        ]
    );
    if !pointing {
        return None;
    }
    let sentence = r.fig(share).sentence;
    let first = (0..share).rev().find(|&k| r.fig(k).sentence != sentence)?;
    (0..=first)
        .rev()
        .take_while(|&k| r.fig(k).sentence + 1 == sentence)
        .find(|&k| r.is_amount(k) && r.comparable(k, base))
        .filter(|&k| r.fig(k).value.is_some_and(|v| v > 0.0))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{figures_of, one};

    /// The shares read in `text`: (share, base, count) texts.
    fn shares(text: &str) -> Vec<Vec<String>> {
        figures_of(text, "share")
    }

    #[test]
    fn a_percentage_after_or_closes_the_count_s_clause() {
        assert_eq!(
            shares(
                "At the academy, 312 of the 480 pupils who sat maths achieved grade 4 or above, or 65%, against 61% last year."
            ),
            one(&["65%", "480", "312"])
        );
        // another clause between: not the count's
        assert!(
            shares("Of the pupils, 312 of the 480 passed and 40 won grade 9, or 8%.")
                .iter()
                .all(|s| s[0] != "8%")
        );
    }

    #[test]
    fn a_share_of_a_measure_comes_to_a_measure() {
        assert_eq!(
            shares("Two-thirds of the farm's 1,200 hectares, about 800 hectares, will be sown."),
            one(&["Two-thirds", "1,200 hectares", "about 800 hectares"])
        );
    }

    #[test]
    fn a_count_of_days_has_its_share() {
        assert_eq!(
            shares("Rain fell on 19 of the 30 days in June — fewer than half — the station said."),
            one(&["fewer than half", "30 days", "19"])
        );
    }

    #[test]
    fn the_base_s_noun_phrase_may_run_a_few_words_before_the_count() {
        assert_eq!(
            shares(
                "One in four of the 1,200 homes inspected by the council — 300 properties — had damp."
            ),
            one(&["One in four", "1,200", "300"])
        );
        assert_eq!(
            shares(
                "Two-thirds of the 45 schools inspected in the county this year — 30 — were rated good."
            ),
            one(&["Two-thirds", "45", "30"])
        );
        assert_eq!(
            shares("Most of the 38 patients given the drug in the trial, 27, reported relief."),
            one(&["Most", "38", "27"])
        );
        // a clause of its own before the count: no apposition
        assert!(
            shares("Half of the 300 staff were told on Monday, and 120 left.")
                .iter()
                .all(|s| s[2] != "120")
        );
    }

    #[test]
    fn reads_a_share_spelled_out_by_its_count_and_base_after_a_colon() {
        assert_eq!(
            shares("Nearly 40% of the appeals heard last year succeeded: 148 of the 301."),
            one(&["Nearly 40%", "301", "148"])
        );
        assert_eq!(
            shares("Just over half of the pupils (212 of 398) passed the test."),
            one(&["Just over half", "398", "212"])
        );
        assert_eq!(
            shares("A third of the council's homes failed the check — 1,270 of 3,800."),
            one(&["A third", "3,800", "1,270"])
        );
        // a change, or a share with its own base: other readings
        assert!(
            shares("Sales rose 40% in the year: 148 of the 301 shops reported gains.")
                .iter()
                .all(|s| s[0] != "40%")
        );
        assert!(
            shares("About 20% of the 500 staff left: 148 of 301 nurses stayed.")
                .iter()
                .all(|s| s[0] != "About 20%" || s[1] == "500")
        );
    }

    #[test]
    fn reads_a_share_of_a_base_and_the_count_it_comes_to() {
        assert_eq!(
            shares("Fewer than half of the remaining 59 hostages, about 40, are thought alive."),
            one(&["Fewer than half", "59", "about 40"])
        );
        assert_eq!(
            shares("The inspectors passed 30 of 120 sites, or 25%."),
            one(&["25%", "120", "30"])
        );
        assert_eq!(
            shares("The plant laid off 25% of the 120 staff, or 30."),
            one(&["25%", "120", "30"])
        );
    }

    #[test]
    fn a_fraction_alone_beside_a_count_of_a_base_is_its_share() {
        for (text, want) in [
            (
                "The trust said 1,180 of its 3,100 nurses, just under half, had taken up the booster.",
                ["just under half", "3,100", "1,180"],
            ),
            (
                "Inspectors failed 40 of 120 restaurants, a third, last year.",
                ["a third", "120", "40"],
            ),
            (
                "The club released 9 of its 30 players, nearly a third, in May.",
                ["nearly a third", "30", "9"],
            ),
        ] {
            assert_eq!(shares(text), one(&want), "{text}");
        }
        // a fraction of its own whole is another reading
        for text in [
            "The firm let 12 of its 40 staff go, half of them part-time.",
            "The firm let 12 of its 40 staff go, a quarter of the total.",
        ] {
            assert!(
                !shares(text).iter().any(|s| s[0] == "half"),
                "{text}: {:?}",
                shares(text)
            );
        }
    }

    #[test]
    fn a_sentence_that_points_back_restates_the_count_before_it() {
        for (text, want) in [
            (
                "The club sold 18,450 season tickets for the coming campaign. That is 82% of the stadium's 22,500 seats.",
                ["82%", "22,500", "18,450"],
            ),
            (
                "The scheme rehoused 312 families last year. This is about a third of the 940 on its waiting list.",
                ["about a third", "940", "312"],
            ),
            (
                "Volunteers planted 4,800 trees in March. It is 60% of the 8,000 the council promised.",
                ["60%", "8,000", "4,800"],
            ),
        ] {
            assert_eq!(shares(text), one(&want), "{text}");
        }
        // another subject before the share, or no count before: no restatement
        for text in [
            "The club sold 18,450 season tickets. Rivals sold 92% of their 22,500 seats.",
            "Rain fell all day. That is 92% of the 22,500 readings.",
        ] {
            assert!(shares(text).is_empty(), "{text}: {:?}", shares(text));
        }
    }

    #[test]
    fn a_sum_of_a_larger_sum_with_its_share_beside_it() {
        for (text, want) in [
            (
                "Exports accounted for £84m of the group's £210m revenue, or 40%.",
                ["40%", "£210m", "£84m"],
            ),
            (
                "The council spent $12m of its $48m budget, or a quarter, on roads.",
                ["a quarter", "$48m", "$12m"],
            ),
            (
                "Donors gave €3.5bn of the €14bn pledged (25%).",
                ["25%", "€14bn", "€3.5bn"],
            ),
        ] {
            assert_eq!(shares(text), one(&want), "{text}");
        }
        // sums in two currencies are no part of one another
        assert!(shares("It paid $12m of the £48m owed, or 25%.").is_empty());
    }

    #[test]
    fn a_count_of_a_base_with_a_fraction_as_its_share() {
        assert_eq!(
            shares("The survey found that 150 of the 600 firms, or a quarter, planned to hire."),
            one(&["a quarter", "600", "150"])
        );
        assert_eq!(
            shares("Inspectors failed 40 of 120 restaurants, or a third."),
            one(&["a third", "120", "40"])
        );
        assert_eq!(
            shares("The jury cleared 9 of the 18 defendants, or half of them."),
            one(&["half", "18", "9"])
        );
    }

    #[test]
    fn a_possessive_before_the_base_names_whose_it_is() {
        assert_eq!(
            shares("Nearly a third of the town's 9,000 residents, about 2,900 people, signed."),
            one(&["Nearly a third", "9,000", "about 2,900"])
        );
        assert_eq!(
            shares("Some 40% of the region's 2,500 farms, or 1,000, went bust."),
            one(&["Some 40%", "2,500", "1,000"])
        );
        assert_eq!(
            shares("Half of the league's 20 clubs, 10 in all, voted for it."),
            one(&["Half", "20", "10"])
        );
    }

    #[test]
    fn a_share_with_no_count_or_another_count_is_not_read() {
        assert!(shares("The plant laid off 25% of the 120 staff last year.").is_empty());
        assert!(shares("The inspectors passed 30 of 120 sites and 40% of the rest.").is_empty());
        assert!(shares("Half of the 80 members voted on 12 May.").is_empty());
    }
}

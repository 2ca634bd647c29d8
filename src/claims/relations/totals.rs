//! Parts and the total that says they are all of it: "33 hostages and five Thais, 38 in
//! all", "a total of 38: 33 Israelis and five Thais".

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// A run of parts joined by "and" / "," right before figure position `t` in `figs`.
/// Figures of another kind inside the run ("£1.1m, merging two depots £2.3m") are passed
/// over: only the comparable ones are parts.
fn parts_before(r: &Reader, figs: &[usize], t: usize) -> Vec<usize> {
    let total = figs[t];
    let mut parts: Vec<usize> = Vec::new();
    let mut next = total;
    for p in (0..t).rev() {
        let k = figs[p];
        if !r.comparable(k, total) {
            if matches!(
                r.kind(k),
                FigureKind::Count | FigureKind::Money | FigureKind::Measure | FigureKind::Percent
            ) {
                continue;
            }
            break;
        }
        let gap = r.gap(k, next);
        // "820 at Leeds, 410 at Hull and 170 at head office, said all 1,350 staff": the
        // whole named with "all" may stand a clause on
        let all = r.ranges[total].0 > 0 && r.w(r.ranges[total].0 - 1) == "all";
        let linked = if next == total {
            gap.len() <= if all { 7 } else { 5 }
                && gap.iter().any(|w| {
                    matches!(
                        w,
                        "," | "—"
                            | "–"
                            | "("
                            | ":"
                            | "-"
                            | "making"
                            | "totalling"
                            | "totaling"
                            | "for"
                            | "in"
                    )
                })
        } else {
            // "and another two", "and a further 25": the part says it adds to the one
            // before, which may stand a clause away ("lost three trains to the heat last
            // week and another two to signal failures")
            let adds = gap
                .iter()
                .last()
                .is_some_and(|w| matches!(w, "another" | "further"));
            gap.len() <= if adds { 10 } else { 6 }
                && gap.iter().any(|w| matches!(w, "and" | "," | "plus" | "&"))
        };
        let broken = gap.iter().any(|w| {
            matches!(
                w,
                "." | ";" | "but" | "while" | "whereas" | "than" | "from" | "to" | "including"
            )
        });
        // "90 units for a total of 45 mln dlrs", "9 lots totalling 1.5 mln
        // shares": with no comma between, the total measures the part's things in another
        // unit; a part of the total counts the same thing
        let unpunctuated = !gap
            .iter()
            .any(|w| matches!(w, "," | "—" | "–" | "(" | ":" | "-"));
        let other_thing = next == total
            && unpunctuated
            && match (r.counted_noun(k), r.counted_noun(total)) {
                (Some((a, _)), Some((b, _))) => a != b,
                _ => false,
            };
        // "12 mln shares at 40 dlrs a share for a total of 480 mln": a price times a
        // number, not two parts
        let priced = gap.has_pair("a", "share")
            || gap.iter().any(|w| matches!(w, "each" | "apiece" | "per"));
        let broken = broken || other_thing || priced;
        if !linked || broken {
            break;
        }
        parts.push(k);
        next = k;
    }
    parts.reverse();
    parts
}

/// Whether a change ("rose 12 points", "fell by 300") is told after its colon by the two
/// levels it went between rather than by its parts: "Scores rose 12 points: 40 in May and
/// 52 in June". Two figures whose difference agrees with the change are read so; a
/// breakdown of the change ("fell by 40,000: 25,000 men and 15,000 women") stays parts.
fn levels_of_a_change(r: &Reader, k: usize, later: &[usize]) -> bool {
    let &[a, b] = later else {
        return false;
    };
    if super::change::governed(r, k, r.sentence_bounds(k).0).is_none() {
        return false;
    }
    let (Some(change), Some(a), Some(b)) =
        (r.fig(k).allowed(), r.fig(a).allowed(), r.fig(b).allowed())
    else {
        return false;
    };
    // the distance between the two, whichever way they run
    let lo = (b.lo - a.hi).max(a.lo - b.hi).max(0.0);
    let hi = (b.hi - a.lo).max(a.hi - b.lo);
    change.overlaps(&crate::numeric::Interval::new(lo, hi))
}

/// Whether the figures after a count's colon count other things than it, as a part larger
/// than the whole shows: "Membership doubled in two regions: 300 members in the north and
/// 700 in the south". A breakdown in other words ("12 people: 7 children and 5 adults")
/// keeps each part within the whole.
fn counts_other_things(r: &Reader, total: usize, parts: &[usize]) -> bool {
    let Some((noun, _)) = r.counted_noun(total) else {
        return false;
    };
    let Some(whole) = r.fig(total).interval else {
        return false;
    };
    let other_noun = parts
        .iter()
        .any(|&p| r.counted_noun(p).is_some_and(|(n, _)| n != noun));
    let larger = parts
        .iter()
        .any(|&p| r.fig(p).interval.is_some_and(|i| i.lo > whole.hi));
    other_noun && larger
}

/// The parts a total's "made up of" opens, to the end of the list: "£87,800, made up of
/// £40,000 from the lottery fund, £25,500 from local firms and £12,300 from a walk".
/// `after` is the token after the total's noun. Each part follows a "," or "and", a few
/// words after the one before; all of them are of the total's kind.
fn parts_made_of(
    r: &Reader,
    figs: &[usize],
    t: usize,
    after: usize,
) -> Option<(Vec<usize>, String)> {
    let k = figs[t];
    // the cue after the total's noun, perhaps after a comma ("23 players comprises",
    // "£87,800, made up of")
    let (at, (cue, len)) = (r.ranges[k].1..after.max(r.ranges[k].1) + 2)
        .filter(|&i| (r.ranges[k].1..i).all(|j| r.is_word(j) || r.w(j) == ","))
        .find_map(|i| Some((i, r.any_phrase_at(i, &r.lex.relations.total_made_of)?)))?;
    let mut parts: Vec<usize> = Vec::new();
    let mut prev_end = at + len;
    for &p in &figs[t + 1..] {
        let gap: Vec<&str> = (prev_end..r.ranges[p].0).map(|i| r.w(i)).collect();
        let first = parts.is_empty();
        let joined = if first {
            gap.len() <= 2
        } else {
            gap.len() <= 8 && gap.iter().any(|w| matches!(*w, "," | "and"))
        };
        let nested = gap.iter().any(|w| matches!(*w, "including" | "of"));
        if !joined
            || nested
            || !r.comparable(p, k)
            || gap.iter().any(|w| r.lex.relations.ends_list(w))
        {
            break;
        }
        parts.push(p);
        prev_end = r.ranges[p].1;
    }
    if parts.len() < 2 {
        return None;
    }
    // what one of them is made of ("1.7 mln units, consisting of one share and one
    // warrant per unit"), or a list of other things ("439 from 16 airlines, comprising 275
    // firm orders and 164 options"): each part below the whole, their sum within a factor
    // of two of it (a slip changes a figure, not its size)
    let value = |x: usize| r.fig(x).value.unwrap_or(f64::NAN);
    let (whole, sum) = (value(k), parts.iter().map(|&p| value(p)).sum::<f64>());
    let per_unit = (prev_end..prev_end + 3).any(|i| matches!(r.w(i), "per" | "each" | "apiece"));
    let sized = parts.iter().all(|&p| value(p) < whole) && sum >= whole / 2.0 && sum <= whole * 2.0;
    (sized && !per_unit).then(|| (parts, cue.to_string()))
}

/// The colon a few words after count `t` of `figs` (its noun at `after`): a few words may
/// bound the count before it ("530 objects last year:", "412 homes in the county:"), or a
/// time or length of its own ("14 witnesses during the four-day trial:").
fn colon_after(r: &Reader, figs: &[usize], t: usize, after: usize) -> Option<usize> {
    let bound = r.sentence_bounds(figs[t]).1;
    let when = |j: usize| {
        figs[t + 1..].iter().any(|&p| {
            matches!(
                r.kind(p),
                FigureKind::Duration | FigureKind::Year | FigureKind::Date
            ) && r.ranges[p].0 <= j
                && j < r.ranges[p].1
        })
    };
    (after..(after + 7).min(bound))
        .take_while(|&j| r.w(j) == ":" || r.is_word(j) || when(j))
        .find(|&j| r.w(j) == ":")
}

/// The breakdown a colon after count `t` introduces, complete when its parts run to the
/// sentence's end: "The storm killed 12 people: 7 in Kent and 5 in Sussex".
fn colon_breakdown(r: &Reader, figs: &[usize], t: usize, colon: usize) -> Option<Relation> {
    let k = figs[t];
    let skipped = figs[t + 1..]
        .iter()
        .take_while(|&&p| r.ranges[p].0 < colon)
        .count();
    let later: Vec<usize> = figs[t + 1 + skipped..]
        .iter()
        .copied()
        .take_while(|&p| r.comparable(p, k))
        .collect();
    let joined = later.windows(2).all(|w| {
        let gap = r.gap(w[0], w[1]);
        gap.len() <= 6 && gap.iter().any(|g| matches!(g, "and" | "," | "plus"))
    });
    // the list runs to the sentence's end: a few words of the last part's own ("two
    // expert witnesses instructed by both sides")
    let to_the_end = later.last().is_some_and(|&p| {
        let bound = r.sentence_bounds(p).1;
        bound - r.ranges[p].1 <= 8
            && (r.ranges[p].1..bound)
                .all(|i| r.is_word(i) || matches!(r.w(i), "." | "," | "-" | "—"))
    });
    let first_close = later.first().is_some_and(|&p| r.ranges[p].0 <= colon + 2);
    (later.len() >= 2
        && joined
        && to_the_end
        && first_close
        && later.len() + t + 1 + skipped == figs.len()
        && !levels_of_a_change(r, k, &later)
        && !counts_other_things(r, k, &later))
    .then(|| Relation::Total {
        parts: later,
        total: k,
        complete: true,
        cue: ":".into(),
    })
}

/// "A and B, N in all"; "A, B and C, a total of N"; "a total of N: A, B and C".
pub(super) fn totals(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    for (t, &k) in figs.iter().enumerate() {
        if !r.is_amount(k) {
            continue;
        }
        let after = r.after_noun(k, 2);
        let cue_after_len = r.any_phrase_at(after, &r.lex.relations.total_after);
        let cue_after = cue_after_len.map(|(p, _)| p);
        let first = r.ranges[k].0;
        let hedge_total = r
            .fig(k)
            .hedge
            .as_deref()
            .filter(|h| matches!(*h, "a total of"))
            .map(|_| "a total of");
        let cue_before =
            hedge_total.or_else(|| r.phrase_before(first, &r.lex.relations.total_before));
        // "The storm killed 12 people: 7 in Kent and 5 in Sussex"
        if cue_after.is_none()
            && cue_before.is_none()
            && let Some(colon) = colon_after(r, figs, t, after)
        {
            out.extend(colon_breakdown(r, figs, t, colon));
            continue;
        }
        if cue_after.is_none()
            && cue_before.is_none()
            && let Some((parts, cue)) = parts_made_of(r, figs, t, after)
        {
            out.push(Relation::Total {
                parts,
                total: k,
                complete: true,
                cue,
            });
            continue;
        }
        let Some(cue) = cue_after.or(cue_before) else {
            continue;
        };
        let parts = parts_before(r, figs, t);
        if parts.len() >= 2 {
            out.push(Relation::Total {
                parts,
                total: k,
                complete: true,
                cue: cue.to_string(),
            });
            continue;
        }
        // "a total of 38: 33 Israelis and five Thais"; "£9,000 in all: £5,000 from ..."
        let opener = match cue_after_len {
            Some((_, len)) => after + len,
            None => after,
        };
        if matches!(r.w(opener), ":" | "—" | "–") {
            let later: Vec<usize> = figs[t + 1..]
                .iter()
                .copied()
                .take_while(|&p| r.comparable(p, k))
                .collect();
            if later.len() >= 2 {
                out.push(Relation::Total {
                    parts: later,
                    total: k,
                    complete: true,
                    cue: cue.to_string(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::recorded;

    /// The complete totals read in `text`: (parts, total) texts and the cue.
    fn totals(text: &str) -> Vec<(Vec<String>, Option<String>)> {
        recorded(text, "total")
    }

    fn one(figures: &[&str], cue: &str) -> Vec<(Vec<String>, Option<String>)> {
        vec![(
            figures.iter().map(|f| f.to_string()).collect(),
            Some(cue.to_string()),
        )]
    }

    #[test]
    fn reads_parts_and_the_total_that_closes_them() {
        assert_eq!(
            totals("Gunmen seized 33 Israelis and five Thais, 38 in all."),
            one(&["33", "five", "38"], "in all")
        );
        assert_eq!(
            totals("The fund gave schools £2m, clinics £3m and parks £1m, a total of £6m."),
            one(&["£2m", "£3m", "£1m", "a total of £6m"], "a total of")
        );
        assert_eq!(
            totals("The storm killed 12 people: 7 in Kent and 5 in Sussex."),
            one(&["7", "5", "12"], ":")
        );
        assert_eq!(
            totals("The club signed a total of 9 players: 4 defenders and 5 forwards."),
            one(&["4", "5", "a total of 9"], "a total of")
        );
    }

    #[test]
    fn a_colon_a_few_words_after_the_count_opens_its_breakdown() {
        assert_eq!(
            totals("The museum received 530 objects last year: 310 paintings and 220 sculptures."),
            one(&["310", "220", "530"], ":")
        );
        assert_eq!(
            totals("The storm destroyed 412 homes in the county: 250 in Harlow and 162 in Epping."),
            one(&["250", "162", "412"], ":")
        );
        assert_eq!(
            totals("The club signed 14 players over the summer: nine defenders and five forwards."),
            one(&["nine", "five", "14"], ":")
        );
        // a comma between the count and the colon: the colon opens something else
        assert!(
            totals("Sales rose to 530 mln dlrs, a record: exports 310 and imports 220.").is_empty()
        );
    }

    #[test]
    fn a_colon_after_a_cue_that_follows_the_total_opens_its_parts() {
        assert_eq!(
            totals("The appeal raised £9,000 in all: £5,000 from a concert and £4,000 from a run."),
            one(&["£5,000", "£4,000", "£9,000"], "in all")
        );
        assert_eq!(
            totals("The flood damaged 40 bridges in total: 25 in the north and 15 in the south."),
            one(&["25", "15", "40"], "in total")
        );
        assert_eq!(
            totals("The two firms employ 600 people between them: 450 at Acme and 150 at Brill."),
            one(&["450", "150", "600"], "between them")
        );
    }

    #[test]
    fn a_price_times_a_number_or_an_open_list_is_no_total() {
        assert!(
            totals("It sold 12 mln shares at 40 dlrs a share for a total of 480 mln dlrs.")
                .is_empty()
        );
        assert!(totals("Gunmen seized 33 Israelis and five Thais on Sunday.").is_empty());
        assert!(totals("Profit was 12 mln dlrs, but sales fell to 40 mln dlrs in all.").is_empty());
    }

    #[test]
    fn a_change_told_by_its_two_levels_is_no_total() {
        for text in [
            "Scores rose 12 points: 40 in May and 52 in June.",
            "Membership rose 40: 120 last year and 160 this year.",
            "The club's debt dropped 15,000: 65,000 in 2021 and 50,000 in 2022.",
            "Visitor numbers were up by 2,500: 11,000 in the spring and 13,500 in the summer.",
        ] {
            assert!(totals(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_change_broken_into_parts_is_still_a_total() {
        for (text, want) in [
            (
                "Unemployment fell by 40,000: 25,000 men and 15,000 women.",
                vec!["25,000", "15,000", "40,000"],
            ),
            // neither reading agrees: the parts are what a reader checks
            (
                "Unemployment fell by 40,000: 25,000 men and 16,000 women.",
                vec!["25,000", "16,000", "40,000"],
            ),
        ] {
            assert_eq!(totals(text), one(&want, ":"), "{text}");
        }
    }

    #[test]
    fn counts_of_other_things_after_a_colon_are_no_parts() {
        for text in [
            "Membership doubled in two regions: 300 members in the north and 700 in the south.",
            "The charity runs three shops: 1,200 volunteers in Leeds and 800 in York.",
            "The firm has four plants: 2,500 workers at Derby and 1,900 at Crewe.",
        ] {
            assert!(totals(text).is_empty(), "{text}");
        }
        // a breakdown in other words keeps each part within the whole, even when wrong
        assert_eq!(
            totals("The storm killed 12 people: 7 children and 9 adults."),
            one(&["7", "9", "12"], ":")
        );
    }

    #[test]
    fn a_part_that_adds_to_the_one_before_may_stand_a_clause_away() {
        assert_eq!(
            totals(
                "The club sold 40 tickets at the gate on Monday morning and another 25 on Tuesday, 75 in all."
            ),
            one(&["40", "25", "75"], "in all")
        );
        assert_eq!(
            totals(
                "The shelter took in 31 dogs during the big freeze in January and a further 12 last week, 43 in total."
            ),
            one(&["31", "12", "43"], "in total")
        );
        // without "another" the long gap is another clause
        assert!(
            totals("The club sold 40 tickets at the gate on Monday morning and 25 on Tuesday, 75 in all.")
                .iter()
                .all(|(f, _)| f.len() < 3)
        );
    }

    #[test]
    fn a_total_made_up_of_its_parts_names_them_all() {
        assert_eq!(
            totals(
                "The appeal has reached £87,800, made up of £40,000 from the lottery, £25,500 from local firms and £22,300 from a walk."
            ),
            one(&["£40,000", "£25,500", "£22,300", "£87,800"], "made up of")
        );
        assert_eq!(
            totals("The squad's 23 players comprises 8 defenders, 9 midfielders and 6 forwards."),
            one(&["8", "9", "6", "23"], "comprises")
        );
        for text in [
            "It sold 1,722,655 units, consisting of one share and one warrant per unit.",
            "Orders rose to 439 from 16 airlines, comprising 275 firm orders and 164 options.",
            "It placed three mln units, consisting of three mln shares and warrants for another 1.5 mln shares.",
        ] {
            assert!(totals(text).is_empty(), "{text}");
        }
        assert_eq!(
            totals(
                "The 240 seats are split between 130 for Labour, 80 for the Greens and 30 for others."
            ),
            one(&["130", "80", "30", "240"], "split between")
        );
        assert_eq!(
            totals("The board has 12 members, comprising seven directors and five trustees."),
            one(&["seven", "five", "12"], "comprising")
        );
    }

    #[test]
    fn all_of_a_count_after_its_parts_is_their_total() {
        assert_eq!(
            totals(
                "The firm employs 820 people at Leeds, 410 at Hull and 170 at head office, and said all 1,400 staff would get a rise."
            ),
            one(&["820", "410", "170", "1,400"], "all")
        );
        assert_eq!(
            totals("Police arrested 12 men and 9 women, and all 21 were charged."),
            one(&["12", "9", "21"], "all")
        );
    }

    #[test]
    fn a_colon_after_a_time_of_the_count_opens_its_breakdown() {
        assert_eq!(
            totals(
                "The jury heard from 14 witnesses during the four-day trial: six called by the prosecution, five by the defence and three experts instructed by both sides."
            ),
            one(&["six", "five", "three", "14"], ":")
        );
        assert_eq!(
            totals(
                "The club signed 11 players in 2024: four defenders, five midfielders and two strikers."
            ),
            one(&["four", "five", "two", "11"], ":")
        );
    }
}

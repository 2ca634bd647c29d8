//! Breakdowns that open with the set, read as a pattern:
//!
//! ```text
//! Of [the] SET [noun...] , PART [verb ...] (, | and) PART [verb ...] ...
//! ```
//!
//! "Of the 920 delegates, 610 were from Europe and 290 were from Asia"; "Of the 26 hurt,
//! 31 were treated at the scene". The parts are some of the set (the text does not say they
//! are all of it), so they must not exceed it. The list ends at "the rest" or at a figure
//! of another kind. A part with its percentage beside it ("20 (25%)") gives that share of
//! the set.

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// Reads the breakdown of one sentence, if it opens with its set.
pub(super) fn breakdowns(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let (start, bound) = r.sentence_bounds(figs[0]);
    if r.w(start) != "of" {
        return;
    }
    let mut i = start + 1;
    while r.lex.relations.determiners.contains(r.w(i)) && i < start + 3 {
        i += 1;
    }
    let set = figs[0];
    // "Of the 31 days in July, 17 brought rain": a set of days is counted too, but only
    // its one part's share is read (a count after it may be of anything: "12 people died")
    let days = r.kind(set) == FigureKind::Duration;
    if r.ranges[set].0 != i || !(r.is_amount(set) || days) || r.fig(set).value.is_none() {
        return;
    }
    // the set's phrase ends at a comma a few words on
    let end = r.ranges[set].1;
    // ("Of the 1,250 patients treated at the Kenmore Road clinic last year, 340 ..."), no
    // clause mark before it
    let Some(comma) = (end..(end + 10).min(bound))
        .take_while(|&j| !matches!(r.w(j), "." | ";" | ":" | "—" | "–"))
        .find(|&j| r.w(j) == ",")
    else {
        return;
    };
    if days {
        if let Some(&part) = figs.get(1)
            && r.ranges[part].0 == comma + 1
            && r.kind(part) == FigureKind::Count
            && let Some(share) = closing_share(r, figs, part, start)
        {
            out.push(Relation::Share {
                share,
                base: set,
                count: part,
            });
        }
        return;
    }
    let mut parts: Vec<usize> = Vec::new();
    let mut prev_end = comma + 1;
    for &p in &figs[1..] {
        let at = r.ranges[p].0;
        // a part's percentage beside it ("300 (25%) were women"): read below, not a part
        if !parts.is_empty() && beside(r, prev_end, p) {
            prev_end = r.ranges[p].1;
            continue;
        }
        if at < prev_end || !r.comparable(p, set) {
            break;
        }
        let between: Vec<&str> = (prev_end..at).map(|j| r.w(j)).collect();
        let first = parts.is_empty();
        // the first part right after the comma; the others after "," or "and", past a
        // verb phrase of a few words
        let joined = if first {
            between.is_empty()
        } else {
            between.len() <= 8 && between.iter().any(|w| matches!(*w, "," | "and"))
        };
        // "and the rest came from 11 other regions": the list has ended
        let ended = between.iter().any(|w| r.lex.relations.ends_list(w));
        if !joined || ended {
            break;
        }
        parts.push(p);
        prev_end = r.ranges[p].1;
    }
    // "Of the 80 candidates, 20 (25%) passed": a part's percentage right beside it is its
    // share of the set
    for &part in &parts {
        let end = r.ranges[part].1;
        let share = figs
            .iter()
            .copied()
            .find(|&k| r.ranges[k].0 > end && beside(r, end, k));
        if let Some(share) = share {
            out.push(Relation::Share {
                share,
                base: set,
                count: part,
            });
        }
    }
    // "Of the 31 days in July, 17 brought rain — fewer than half": one part, and its
    // share closing its clause
    if let &[part] = parts.as_slice()
        && let Some(share) = closing_share(r, figs, part, start)
        && !out
            .iter()
            .any(|rel| matches!(rel, Relation::Share { count, .. } if *count == part))
    {
        out.push(Relation::Share {
            share,
            base: set,
            count: part,
        });
    }
    if !parts.is_empty() {
        out.push(Relation::Total {
            parts,
            total: set,
            complete: false,
            cue: "of the".into(),
        });
    }
}

/// The share that closes a part's clause after a dash or comma: "17 brought rain —
/// fewer than half"; "20 passed, or a quarter". The share stands alone (no "of" after it
/// names another whole), no change word governs it, and it is the clause's last figure.
fn closing_share(r: &Reader, figs: &[usize], part: usize, start: usize) -> Option<usize> {
    let t = figs.iter().position(|&k| k == part)?;
    let &share = figs.get(t + 1)?;
    if !matches!(r.kind(share), FigureKind::Percent | FigureKind::Fraction)
        || r.fig(share).interval.is_none()
        || r.w(r.ranges[share].1) == "of"
        || super::change::governed(r, share, start).is_some()
    {
        return None;
    }
    let (from, mut at) = (r.ranges[part].1, r.ranges[share].0);
    if r.w(at - 1) == "or" {
        at -= 1;
    }
    if at <= from + 1 || at - from > 10 || !matches!(r.w(at - 1), "—" | "–" | ",") {
        return None;
    }
    let words = &r.lex.relations;
    let clean = (from..at - 1).all(|i| {
        let w = r.w(i);
        !words.ends_list(w) && !matches!(w, "," | "—" | "–" | ":" | "than" | "and")
    });
    // the share ends the clause: nothing but words after it before a clause mark
    let after = r.ranges[share].1;
    let last = figs.get(t + 2).is_none_or(|&k| {
        (after..r.ranges[k].0).any(|i| matches!(r.w(i), "," | ";" | "." | "—" | "–"))
    });
    (clean && last).then_some(share)
}

/// Whether figure `k` is a share set right after the part that ends at token `end`: "20
/// (25%)", "300, 25%,", "372, or about 62%," (the hedge is the share's own), "18, or a
/// fifth," (a fraction only after "or": "12, half of them" is another reading).
fn beside(r: &Reader, end: usize, k: usize) -> bool {
    let at = r.ranges[k].0;
    if at <= end || at > end + 2 || !matches!(r.w(end), "(" | ",") {
        return false;
    }
    let or = at == end + 2 && r.w(end + 1) == "or";
    if at == end + 2 && !or {
        return false;
    }
    let fraction = r.kind(k) == FigureKind::Fraction && r.fig(k).value.is_some() && or;
    (r.kind(k) == FigureKind::Percent || fraction) && r.fig(k).interval.is_some()
}

#[cfg(test)]
mod tests {
    use super::super::tests::relations_in;
    use crate::claims::Relation;

    /// The breakdowns read in `text`: (parts, total) texts.
    fn breakdowns(text: &str) -> Vec<(Vec<String>, String)> {
        relations_in(text, |rel, written| match rel {
            Relation::Total {
                parts, total, cue, ..
            } if cue == "of the" => {
                Some((parts.iter().map(|&p| written(p)).collect(), written(*total)))
            }
            _ => None,
        })
    }

    #[test]
    fn reads_the_parts_after_the_set() {
        assert_eq!(
            breakdowns("Of the 920 delegates, 610 were from Europe and 290 were from Asia."),
            vec![(vec!["610".into(), "290".into()], "920".into())]
        );
        assert_eq!(
            breakdowns("Of the 26 hurt, 31 were treated at the scene."),
            vec![(vec!["31".into()], "26".into())]
        );
        assert_eq!(
            breakdowns("Of its 300 staff, 120 work in Leeds, 90 in York and 40 abroad."),
            vec![(vec!["120".into(), "90".into(), "40".into()], "300".into())]
        );
    }

    #[test]
    fn the_set_s_phrase_may_run_several_words() {
        assert_eq!(
            breakdowns(
                "Of the 1,250 patients treated at the Kenmore Road clinic last year, 340 were under 18."
            ),
            vec![(vec!["340".into()], "1,250".into())]
        );
    }

    #[test]
    fn a_share_closing_the_one_part_s_clause_is_its_share_of_the_set() {
        let shares = |text: &str| {
            relations_in(text, |rel, written| match rel {
                Relation::Share { share, base, count } => {
                    Some([written(*share), written(*base), written(*count)])
                }
                _ => None,
            })
        };
        assert_eq!(
            shares("Of the 31 days in July, 17 brought rain — fewer than half, unusually."),
            vec![["fewer than half".to_string(), "31 days".into(), "17".into()]]
        );
        assert_eq!(
            shares("Of the 80 candidates, 20 passed the exam, or a quarter."),
            vec![["a quarter".to_string(), "80".into(), "20".into()]]
        );
        assert_eq!(
            shares("Of its 1,200 staff, 300 work from home — about 25%."),
            vec![["about 25%".to_string(), "1,200".into(), "300".into()]]
        );
        // a change, another whole, or another part: other readings
        for text in [
            "Of the 31 days in July, 17 brought rain — up 20% on last year.",
            "Of the 31 days in July, 17 brought rain — half of them in the first week.",
            "Of the 31 days in July, 17 brought rain and 9 brought sun, a third of them storms.",
        ] {
            assert!(shares(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_part_s_percentage_beside_it_is_its_share_of_the_set() {
        use super::super::tests::figures_of;
        assert_eq!(
            figures_of("Of the 80 candidates, 20 (25%) passed the exam.", "share"),
            vec![vec!["25%".to_string(), "80".into(), "20".into()]]
        );
        // "or" before the share, a hedge on it, a fraction after "or"; other topics
        for (text, want) in [
            (
                "Of the 400 homes, 100, or 25 per cent, were empty.",
                ["25 per cent", "400", "100"],
            ),
            (
                "Of the 517 patients, 372, or about 62%, recovered.",
                ["about 62%", "517", "372"],
            ),
            (
                "Of the 40 bills tabled, 12, or 30 percent, passed.",
                ["30 percent", "40", "12"],
            ),
            (
                "Of the 90 ferries in service, 18, or a fifth, were late.",
                ["a fifth", "90", "18"],
            ),
        ] {
            let want: Vec<String> = want.iter().map(|w| w.to_string()).collect();
            assert_eq!(figures_of(text, "share"), vec![want], "{text}");
        }
        // a share further off, or a fraction without "or", is not the part's
        for text in [
            "Of the 40 bills tabled, 12 passed, and 30% of voters approved.",
            "Of the 517 patients, 372 recovered within 62 days.",
            "Of the 90 ferries, 18 were late, half of them by an hour.",
        ] {
            assert!(figures_of(text, "share").is_empty(), "{text}");
        }
        assert_eq!(
            figures_of(
                "Of the 1,200 workers, 300 (25%) were women and 900 (75%) men.",
                "share"
            ),
            vec![
                vec!["25%".to_string(), "1,200".into(), "300".into()],
                vec!["75%".to_string(), "1,200".into(), "900".into()]
            ]
        );
    }

    #[test]
    fn the_rest_and_other_kinds_end_the_list() {
        assert_eq!(
            breakdowns(
                "Of the 920 delegates, 510 were from Europe, 290 were from Asia and the rest came from 11 other regions."
            ),
            vec![(vec!["510".into(), "290".into()], "920".into())]
        );
        assert_eq!(
            breakdowns("Of our 300 members, 120 were British and 90 were French."),
            vec![(vec!["120".into(), "90".into()], "300".into())]
        );
        assert!(breakdowns("Of the 1,000 people polled, 52% said yes.").is_empty());
        assert!(breakdowns("The 920 delegates, 610 of them European, arrived.").is_empty());
    }
}

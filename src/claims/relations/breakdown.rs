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
    if r.ranges[set].0 != i || !r.is_amount(set) || r.fig(set).value.is_none() {
        return;
    }
    // the set's phrase ends at a comma a few words on
    let end = r.ranges[set].1;
    let Some(comma) = (end..(end + 6).min(bound)).find(|&j| r.w(j) == ",") else {
        return;
    };
    let mut parts: Vec<usize> = Vec::new();
    let mut prev_end = comma + 1;
    for &p in &figs[1..] {
        let at = r.ranges[p].0;
        // a part's percentage beside it ("300 (25%) were women"): read below, not a part
        if !parts.is_empty()
            && r.kind(p) == FigureKind::Percent
            && at == prev_end + 1
            && matches!(r.w(prev_end), "(" | ",")
        {
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
        let ended = between
            .iter()
            .any(|w| matches!(*w, "rest" | "remainder" | "others" | ";" | "while" | "but"));
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
        let beside = figs.iter().copied().find(|&k| {
            let at = r.ranges[k].0;
            at > end
                && at <= end + 1
                && matches!(r.w(end), "(" | ",")
                && r.kind(k) == FigureKind::Percent
                && r.fig(k).interval.is_some()
        });
        if let Some(share) = beside {
            out.push(Relation::Share {
                share,
                base: set,
                count: part,
            });
        }
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
    fn a_part_s_percentage_beside_it_is_its_share_of_the_set() {
        use super::super::tests::figures_of;
        assert_eq!(
            figures_of("Of the 80 candidates, 20 (25%) passed the exam.", "share"),
            vec![vec!["25%".to_string(), "80".into(), "20".into()]]
        );
        assert_eq!(
            figures_of(
                "Of the 400 homes, 100, or 25 per cent, were empty.",
                "share"
            )
            .len(),
            0,
            "'or' between: the apposition is not read here"
        );
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

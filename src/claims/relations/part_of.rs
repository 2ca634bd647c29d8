//! A part of a whole named after "of": "24 of the 59", "three of them".

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// "24 of the 59", "three out of 10": a part no larger than its whole. "X of them" after a
/// count refers back to it.
pub(super) fn part_of(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    for (t, &k) in figs.iter().enumerate() {
        if r.kind(k) != FigureKind::Count || r.fig(k).value.is_none() {
            continue;
        }
        let j = r.ranges[k].1;
        let of = j + 1;
        if r.w(j) == "of" && matches!(r.w(of), "them" | "whom" | "which") {
            // "... 14 people were injured, three of them seriously"
            let near = |p: usize| r.ranges[k].0 - r.ranges[p].1 <= 12;
            let plural = |p: usize| r.fig(p).value.is_some_and(|v| v >= 2.0);
            if let Some(&whole) = figs[..t]
                .iter()
                .rev()
                .take_while(|&&p| near(p))
                .find(|&&p| r.comparable(p, k) && plural(p))
            {
                out.push(Relation::Total {
                    parts: vec![k],
                    total: whole,
                    complete: false,
                    cue: format!("of {}", r.w(of)),
                });
            }
            continue;
        }
        if let Some(whole) = r.base_after_of(figs, t) {
            // "12,000 of the three models": units of a few kinds, not a part of a set
            let kinds = r.fig(whole).value.is_some_and(|w| w <= 12.0)
                && r.fig(k).value.is_some_and(|v| v >= 100.0);
            if r.comparable(whole, k) && r.fig(whole).value.is_some() && !kinds {
                out.push(Relation::Total {
                    parts: vec![k],
                    total: whole,
                    complete: false,
                    cue: "of".into(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::recorded;

    /// The parts read in `text` by this reader: (part, whole) texts and the cue.
    fn parts(text: &str) -> Vec<(Vec<String>, Option<String>)> {
        recorded(text, "subset-of-total")
            .into_iter()
            .filter(|(_, cue)| cue.as_deref().is_some_and(|c| c.starts_with("of")))
            .collect()
    }

    fn one(part: &str, whole: &str, cue: &str) -> Vec<(Vec<String>, Option<String>)> {
        vec![(vec![part.into(), whole.into()], Some(cue.into()))]
    }

    #[test]
    fn reads_a_part_of_a_whole() {
        assert_eq!(
            parts("The jury found 24 of the 59 defendants guilty."),
            one("24", "59", "of")
        );
        assert_eq!(
            parts("The club won 18 of its 30 games."),
            one("18", "30", "of")
        );
        assert_eq!(
            parts("The blast injured 14 people, three of them seriously."),
            one("three", "14", "of them")
        );
    }

    #[test]
    fn a_possessive_before_the_whole_names_whose_it_is() {
        assert_eq!(
            parts("Some 300 of the factory's 450 workers were laid off."),
            one("Some 300", "450", "of")
        );
        assert_eq!(
            parts("The firm closed 12 of the region's 40 branches."),
            one("12", "40", "of")
        );
        assert_eq!(
            parts("Voters rejected 3 of the council\u{2019}s 7 proposals."),
            one("3", "7", "of")
        );
    }

    #[test]
    fn units_of_a_few_kinds_and_far_wholes_are_not_parts() {
        assert!(parts("The plant built 12,000 of the three models last year.").is_empty());
        assert!(parts("A total of 5 vans and one of the buses were sold.").is_empty());
        assert!(parts("The two sides met. Later three of them left.").is_empty());
    }
}

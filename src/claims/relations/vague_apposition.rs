//! A vague amount and the exact count set beside it in the same sentence: "a handful of
//! patients, 70 in all" and "several of my students, forty to be exact" are the same
//! quantity told twice; "dozens of jobs, 640 of them at one plant" is a part of it.
//!
//! Read from each vague amount forward: a few words of its noun phrase, a comma, dash or
//! bracket, then the next figure, and after it a word that makes it exact ("in all", "to
//! be exact") or a part ("of them").

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// The most tokens between a vague amount and the count beside it: "dozens of jobs this
/// year, 640".
const REACH: usize = 7;

pub(super) fn vague_apposition(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    for (t, &v) in figs.iter().enumerate() {
        let f = r.fig(v);
        if f.kind != FigureKind::Count || f.value.is_some() || f.hedge.is_none() {
            continue;
        }
        let Some(&p) = figs.get(t + 1) else { continue };
        let g = r.fig(p);
        if g.kind != FigureKind::Count || g.value.is_none() || g.hedge.is_some() {
            continue;
        }
        let (from, to) = (r.ranges[v].1, r.ranges[p].0);
        if to <= from || to - from > REACH || !matches!(r.w(to - 1), "," | "—" | "–" | "(" | "-")
        {
            continue;
        }
        // the noun phrase of the vague amount runs to the mark: no clause between
        if (from..to - 1).any(|i| !r.is_word(i) || r.lex.relations.clause_ends.contains(r.w(i))) {
            continue;
        }
        let mut after = r.ranges[p].1;
        if r.w(after) == "," {
            after += 1;
        }
        let words = &r.lex.relations;
        if r.any_phrase_at(after, &words.apposed_exact).is_some() {
            out.push(Relation::VagueRestated {
                vague: v,
                precise: p,
            });
        } else if let Some((cue, _)) = r.any_phrase_at(r.ranges[p].1, &words.nested) {
            out.push(Relation::Subset {
                part: p,
                set: v,
                cue: cue.to_string(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::relations::tests::{figures_of, one};

    #[test]
    fn an_exact_count_beside_a_vague_one_restates_it() {
        for (text, want) in [
            (
                "A handful of pupils, 45 in all, missed the exam.",
                ["A handful of", "45"],
            ),
            (
                "Several of our readers — thirty, to be exact — wrote in.",
                ["Several", "thirty"],
            ),
            (
                "Dozens of flights (310 altogether) were grounded.",
                ["Dozens", "310"],
            ),
        ] {
            assert_eq!(figures_of(text, "vague-restated"), one(&want), "{text}");
        }
    }

    #[test]
    fn a_count_of_them_beside_a_vague_one_is_a_part_of_it() {
        assert_eq!(
            figures_of(
                "The bank shut dozens of branches, 900 of them in Wales.",
                "subset"
            ),
            one(&["900", "dozens"])
        );
        assert!(figures_of("Dozens of people came; 900 stayed away.", "subset").is_empty());
    }
}

//! A figure its clause cues as a total ("Overall, the eight plants employ 7,200", "7,200
//! staff in all", "a combined 7,200") counts a whole, of which a figure of another sentence
//! may be one part. So a restatement that joins it to a figure not so cued is one reading
//! among two when the text gives parts (two figures or more of the same thing and event
//! besides the total: "Plant A employs 1,076 ... plant D employs 237 ... Overall, the eight
//! plants employ 7,200"): the same quantity told twice, or a part and its whole. Read
//! charitably, the restatement stands only when the part-of-whole reading does not fit
//! either: when the whole is below the part. One earlier figure alone is no breakdown: "In
//! all, protesters blocked 410 roads" after "Protesters blocked 140 roads" restates it.

use super::reader::Reader;
use super::{Claim, Relation};

impl Reader<'_> {
    /// Whether the clause of figure `k` cues it as a total ("overall", "in all", "a
    /// combined", `[totals] marks` of `rules/relations.toml`).
    fn cued_as_total(&self, k: usize) -> bool {
        let (start, bound) = self.sentence_bounds(k);
        let marks = &self.lex.relations.total_marks;
        (start..bound).any(|i| {
            marks
                .longest_at(&self.parsed.lower, &self.parsed.tokens, i)
                .is_some()
        })
    }
}

/// Drops each restatement between a figure cued as a total and one that is not, when the
/// text gives parts of it and the total can hold the other as a part (its upper bound is not
/// below the part's lower).
pub(super) fn part_of_whole_readings(r: &Reader, claims: &[Claim], relations: &mut Vec<Relation>) {
    let figures = &r.parsed.figures;
    // the figures that count the same thing with the same event as `part`, the whole aside
    let parts = |part: usize, whole: usize| {
        let like = |k: usize| {
            k != whole
                && figures[k].sentence != figures[whole].sentence
                && figures[k].kind == figures[part].kind
                && claims[k].counts == claims[part].counts
                && claims[k].event == claims[part].event
        };
        (0..figures.len()).filter(|&k| like(k)).take(2).count()
    };
    relations.retain(|rel| {
        let Relation::Restated { first, later } = *rel else {
            return true;
        };
        let (first_total, later_total) = (r.cued_as_total(first), r.cued_as_total(later));
        if first_total == later_total {
            return true;
        }
        let (whole, part) = if later_total {
            (later, first)
        } else {
            (first, later)
        };
        match (figures[whole].interval, figures[part].interval) {
            (Some(w), Some(p)) => w.hi < p.lo || parts(part, whole) < 2,
            _ => true,
        }
    });
}

#[cfg(test)]
mod tests {
    use crate::claims::relations::tests::figures_of;

    #[test]
    fn a_whole_told_after_its_parts_restates_none_of_them() {
        for text in [
            "A plant in Leeds employs 240 people. The mill employs 310 people. Overall, the group's six plants employ 3,100 people.",
            "A depot in Hull employs 420 drivers. The other one employs 380 drivers. The firm's depots employ 5,000 drivers in all.",
            "Its office in Cork employs 85 lawyers. The largest employs 300 lawyers. Altogether, the offices employ 900 lawyers.",
            "Overall, the six plants employ 3,100 people. The newest plant employs 240 people. A plant in Derby employs 600 people.",
            "A plant in Leeds employs 240 people. The mill employs 310 people. The group employs 3,100 people group-wide.",
        ] {
            assert!(figures_of(text, "restated").is_empty(), "{text}");
        }
    }

    #[test]
    fn a_whole_below_its_part_is_still_a_restatement() {
        for text in [
            "A plant in Leeds employs 200 people. The mill employs 2,400 people. Overall, the group's plants employ 310 people.",
            "The crash killed 14 people. In all, the crash killed 11 people.",
            "The east wing housed 1,200 patients. In total, the hospital housed 900 patients.",
            "Protesters blocked 140 roads in the capital. In all, protesters blocked 410 roads in the capital.",
        ] {
            assert_eq!(figures_of(text, "restated").len(), 1, "{text}");
        }
    }

    #[test]
    fn two_totals_or_two_plain_figures_are_read_as_before() {
        for text in [
            "The crash killed 14 people. The crash killed 41 people, police said.",
            "In all, the flood killed 30 people. The flood killed 33 people in all.",
        ] {
            assert_eq!(figures_of(text, "restated").len(), 1, "{text}");
        }
    }
}

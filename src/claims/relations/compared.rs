//! Pairs that set a new value against a dated old one: "£1,150 in March, compared with £980
//! a year earlier"; "2.3 million last year against 2.9 million the year before". The
//! change readers (`change.rs`) take these pairs as they take "from A to B".

use super::super::Reader;
use super::change::{Pair, REACH, is_level, is_share, is_time, level_end, word_before};
use crate::parse::FigureKind;

/// Pairs that set the new value against the old: "£1,150 a month in March, compared with
/// £980 a year earlier"; "2.3 million passengers last year against 2.9 million the year
/// before"; "at 1,240 versus 1,310". The old value follows the marker a few words on, with
/// no clause break (",", ";", "or", "and") between the two, and has a time of its own.
pub(super) fn compared_pairs(r: &Reader, figs: &[usize], start: usize, out: &mut Vec<Pair>) {
    for (t, &k) in figs.iter().enumerate() {
        if !is_level(r, k) || out.iter().any(|p| p.from == k || p.to == k) {
            continue;
        }
        let Some(&m) = figs[t + 1..]
            .iter()
            .find(|&&m| !is_time(r, m) && r.kind(m) != FigureKind::Denominator)
        else {
            continue;
        };
        let m_at = r.ranges[m].0;
        let marker = match (word_before(r, m_at, start), word_before(r, m_at - 1, start)) {
            ("against" | "versus" | "vs" | "vs.", _) => 1,
            ("with" | "to", "compared") => 2,
            _ => continue,
        };
        let inner_end = m_at - marker;
        let inner_end = if r.w(inner_end - 1) == "," {
            inner_end - 1
        } else {
            inner_end
        };
        if !is_level(r, m)
            || m_at - r.ranges[k].1 > REACH + 2
            || !r.comparable_loose(k, m)
            || out.iter().any(|p| p.from == m || p.to == m)
            || (r.ranges[k].1..inner_end).any(|i| matches!(r.w(i), "," | ";" | "or" | "and"))
        {
            continue;
        }
        // a comparison of two things ("180.8 mln dlrs compared with 147.5 mln dlrs for
        // coffee") names no time for the old value; a count beside a sum counts something
        // else ("about 18 cts a share versus one dlr")
        let bound = r.sentence_bounds(m).1;
        let counted = |x: usize| r.kind(x) == FigureKind::Count && r.counted_noun(x).is_some();
        let other_things = r.kind(k) != r.kind(m) && (counted(k) || counted(m));
        let Some(m_time) = super::levels::time_of(r, figs, m, bound) else {
            continue;
        };
        if other_things {
            continue;
        }
        // the marker sets the old value after the new, unless the times say otherwise: "45
        // in 2021 against 450 this year"
        let k_time = super::levels::time_of(r, figs, k, bound);
        let (from, to) = if later(&m_time, k_time.as_deref()) {
            (k, m)
        } else {
            (m, k)
        };
        // "rose 31.3 pct to 154,711, compared with 146,610 in April": after a comma the
        // comparison may be another than the stated change's (year on year, then month on
        // month): only a change stated after the pair is its
        let comma = r.w(m_at - marker - 1) == ",";
        let stated_before = figs.iter().any(|&p| {
            is_share(r, p)
                && r.ranges[p].1 <= r.ranges[k].0
                && r.ranges[k].0 - r.ranges[p].1 <= REACH
        });
        if comma && stated_before {
            continue;
        }
        let end = level_end(r, figs, m);
        // "at 1,240 compared with 1,310": the pair opens at its "at" or "to"
        let k_at = r.ranges[k].0;
        let first = if matches!(word_before(r, k_at, start), "at" | "to") {
            k_at - 1
        } else {
            k_at
        };
        out.push(Pair {
            from,
            to,
            first,
            end,
        });
    }
}

/// Whether time `a` is later than time `b` (the other level's, if it has one): two years
/// in order, or `a` the present ("now", "this year") and `b` not.
fn later(a: &str, b: Option<&str>) -> bool {
    let present = |t: &str| matches!(t, "now" | "today" | "currently") || t.starts_with("this ");
    let year = |t: &str| t.parse::<u32>().ok().filter(|y| (1000..3000).contains(y));
    match b {
        Some(b) => match (year(a), year(b)) {
            (Some(x), Some(y)) => x > y,
            _ => present(a) && !present(b),
        },
        None => present(a),
    }
}

#[cfg(test)]
mod tests {
    use super::super::change::tests::{changes, one};

    #[test]
    fn an_old_value_may_be_dated_by_a_length_of_time_back() {
        assert_eq!(
            changes(
                "A flat now rents for £1,380 a month versus £1,150 two years ago — a rise of 12%."
            ),
            one("£1,150", "£1,380", "12%")
        );
    }

    #[test]
    fn reads_a_new_value_set_against_a_dated_old_one() {
        assert_eq!(
            changes(
                "The rent reached £1,150 in March, compared with £980 a year earlier — an increase of 27%."
            ),
            one("£980", "£1,150", "27%")
        );
        assert_eq!(
            changes(
                "The tram carried 2.3 million people last year against 2.9 million the year before, a drop of 12%."
            ),
            one("2.9 million", "2.3 million", "12%")
        );
        assert_eq!(
            changes(
                "Burglaries were down 18% last year, at 1,240 compared with 1,310 the year before."
            ),
            one("1,310", "1,240", "18%")
        );
        // the times set the order: the old value first here
        assert_eq!(
            changes(
                "The tram carried 2.3 million people in 2023 against 2.9 million in 2024, a rise of 26%."
            ),
            one("2.3 million", "2.9 million", "26%")
        );
        for text in [
            // two things compared, not two times
            "Non-coffee exports were 180.8 mln dlrs compared with 147.5 mln dlrs for coffee, up 42 pct.",
            // after a comma, another comparison than the stated change's
            "Kit exports rose 31.3 pct to 154,711, compared with 146,610 in April.",
            // a count of something else beside a sum
            "A one pct rise would cost about 18 cts a share versus one dlr a share in 1981.",
        ] {
            assert!(changes(text).is_empty(), "{text}");
        }
    }
}

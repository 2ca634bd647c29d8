//! A total and the parts listed after it, when words stand between the total's noun and
//! the list: "received 1,146 objections to the plan: 682 by email, 391 by post and 93 at
//! meetings"; "employs 2,400 people at its three sites, with 1,850 in Leeds and 700 in
//! Hull". The list may be incomplete (no word says it is all), so the parts must only not
//! exceed the total.
//!
//! The total is the largest figure of the parts' kind in the few words before the list's
//! opener (":" or ", with"), and larger than each part: a smaller one ("three sites") is
//! another thing counted. Each figure tests the token after it before any other work.

use super::super::{Reader, Relation};

/// The most tokens between a total and the opener of its list: "1,146 objections to the
/// incinerator plan:".
const OPENER_REACH: usize = 9;
/// The most words between two parts of the list: "682 by email, 391".
const PART_GAP: usize = 6;

pub(super) fn listed_parts(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let mut openers = Openers::default();
    for (t, &k) in figs.iter().enumerate() {
        if !r.is_amount(k) || r.fig(k).value.is_none() {
            continue;
        }
        let (_, bound) = r.sentence_bounds(k);
        let from = r.ranges[k].1;
        // the opener, before the next figure or a few figures on ("three sites, with")
        let Some((opener, len)) = openers.first(r, from, (from + OPENER_REACH).min(bound)) else {
            continue;
        };
        if (from..opener).any(|i| r.lex.relations.clause_ends.contains(r.w(i))) {
            continue;
        }
        let before: Vec<usize> = figs[t..]
            .iter()
            .copied()
            .take_while(|&p| r.ranges[p].0 < opener)
            .collect();
        let parts = list_after(r, figs, opener + len, k);
        if parts.len() < 2 {
            continue;
        }
        // the total: the largest figure of the kind before the opener, if it is this one
        let largest = before
            .iter()
            .copied()
            .filter(|&p| r.comparable(p, k))
            .max_by(|&a, &b| value(r, a).total_cmp(&value(r, b)));
        if largest != Some(k) || parts.iter().any(|&p| value(r, p) >= value(r, k)) {
            continue;
        }
        let known = out
            .iter()
            .any(|rel| matches!(rel, Relation::Total { total, .. } if *total == k));
        if !known {
            out.push(Relation::Total {
                parts,
                total: k,
                complete: false,
                cue: r.w(opener).to_string(),
            });
        }
    }
}

/// The search for list openers over one clause, asked for figure after figure (so from
/// tokens further on each time): each token is matched once, however many figures' windows
/// hold it (a list of figures has a figure every other token).
#[derive(Default)]
struct Openers {
    /// Tokens from the last query's start up to here have been matched.
    read_to: usize,
    /// The opener the last search found, and its length in tokens.
    found: Option<(usize, usize)>,
}

impl Openers {
    /// The first opener at token `from` or after and before `end`, with its length;
    /// `from` never goes back between calls.
    fn first(&mut self, r: &Reader, from: usize, end: usize) -> Option<(usize, usize)> {
        if let Some((at, len)) = self.found
            && at >= from
        {
            return (at < end).then_some((at, len));
        }
        for i in from.max(self.read_to)..end {
            if let Some((_, len)) = r.any_phrase_at(i, &r.lex.relations.list_openers) {
                self.found = Some((i, len));
                self.read_to = i + 1;
                return self.found;
            }
        }
        self.found = None;
        self.read_to = self.read_to.max(end);
        None
    }
}

fn value(r: &Reader, k: usize) -> f64 {
    r.fig(k).value.unwrap_or(0.0)
}

/// The parts listed from token `start`: figures of the total's kind, the first right
/// there, the others after a comma or "and" a few words on.
fn list_after(r: &Reader, figs: &[usize], start: usize, total: usize) -> Vec<usize> {
    let mut parts = Vec::new();
    let mut prev_end = start;
    for &p in figs.iter().filter(|&&p| r.ranges[p].0 >= start) {
        if !r.comparable(p, total) {
            break;
        }
        let gap = r.ranges[p].0 - prev_end;
        let joined = if parts.is_empty() {
            gap == 0
        } else {
            gap <= PART_GAP
                && (prev_end..r.ranges[p].0).any(|i| matches!(r.w(i), "," | "and"))
                && !(prev_end..r.ranges[p].0).any(|i| r.lex.relations.ends_list(r.w(i)))
        };
        if !joined {
            break;
        }
        parts.push(p);
        prev_end = r.ranges[p].1;
    }
    parts
}

#[cfg(test)]
mod tests {
    use crate::claims::relations::tests::{figures_of, one};

    #[test]
    fn parts_listed_after_words_that_follow_the_total() {
        // after a colon the totals reader reads the breakdown as complete (`total`); this
        // reader reads the lists it leaves, as parts of the total (`subset-of-total`)
        for (text, kind, want) in [
            (
                "The museum lent 212 paintings to the touring show: 140 to Paris and 80 to Rome.",
                "total",
                vec!["140", "80", "212"],
            ),
            (
                "The charity runs 95 shops across three regions, with 60 in Wales and 41 in Devon.",
                "subset-of-total",
                vec!["60", "41", "95"],
            ),
            (
                "The agency placed 310 nurses in two counties, with 212 in Kent and 143 in Surrey.",
                "subset-of-total",
                vec!["212", "143", "310"],
            ),
            (
                "Fans bought 8,412 tickets for the final on Sunday: 5,003 online, 2,950 by phone and 601 at the gate.",
                "total",
                vec!["5,003", "2,950", "601", "8,412"],
            ),
        ] {
            assert_eq!(figures_of(text, kind), one(&want), "{text}");
        }
    }

    #[test]
    fn a_smaller_figure_before_the_list_is_no_total() {
        for text in [
            "The firm has three sites, with 1,850 staff in Leeds and 700 in Hull.",
            "Scores rose 12 points: 40 in May and 52 in June.",
        ] {
            assert!(figures_of(text, "subset-of-total").is_empty(), "{text}");
        }
    }
}

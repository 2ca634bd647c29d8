//! A change between two rates: "rose 0.2 percentage points from 4.1% to 4.3%".

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// "rose 0.2 percentage points from 4.1% to 4.3%", "rose 2% from 5% to 7%": a change
/// between two rates, stated in points or (often by mistake) in per cent.
pub(super) fn rate_changes(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let (start, _) = r.sentence_bounds(figs[0]);
    let before = |k: usize| {
        let first = r.ranges[k].0;
        if first > start { r.w(first - 1) } else { "" }
    };
    let rate = |k: usize| r.kind(k) == FigureKind::Percent && r.fig(k).value.is_some();
    let from = figs
        .iter()
        .copied()
        .find(|&k| rate(k) && before(k) == "from");
    let to = figs.iter().copied().find(|&k| rate(k) && before(k) == "to");
    let (Some(a), Some(b)) = (from, to) else {
        return;
    };
    if r.ranges[a].0.abs_diff(r.ranges[b].0) > 8 {
        return;
    }
    // the change is said as one: "rose 2%", "by 0.2 points", "a 2% rise" (a third rate
    // in a list, "from 10.6% in November and 10.9% a year ago", is another from-value)
    let stated_as_change = |k: usize| {
        let after = r.w(r.ranges[k].1);
        r.lex.relations.direction(before(k)).is_some()
            || before(k) == "by"
            || matches!(
                after,
                "rise" | "increase" | "fall" | "drop" | "decline" | "jump" | "gain" | "cut"
            )
    };
    let change = figs.iter().copied().find(|&k| {
        k != a
            && k != b
            && matches!(
                r.kind(k),
                FigureKind::PercentagePoints | FigureKind::Percent
            )
            && !matches!(before(k), "from" | "to")
            && stated_as_change(k)
            && r.ranges[k].0.abs_diff(r.ranges[a].0) <= 10
    });
    let Some(c) = change else { return };
    let lo = r.ranges[a].0.min(r.ranges[b].0).min(r.ranges[c].0);
    let hi = r.ranges[a].0.max(r.ranges[b].0).max(r.ranges[c].0);
    // "rose to 61.2 pct from 58.0 pct as traffic rose 8.1 pct": another clause
    if (lo..hi).any(|i| {
        matches!(
            r.w(i),
            "while" | "whereas" | "but" | ";" | "compared" | "as" | "and"
        )
    }) {
        return;
    }
    out.push(Relation::RateChange {
        from: a,
        to: b,
        change: c,
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{figures_of, one};

    /// The rate changes read in `text`: (from, to, change) texts.
    fn rate_changes(text: &str) -> Vec<Vec<String>> {
        figures_of(text, "rate-change")
    }

    #[test]
    fn reads_a_change_between_two_rates() {
        assert_eq!(
            rate_changes("Unemployment rose 0.2 percentage points from 4.1% to 4.3%."),
            one(&["4.1%", "4.3%", "0.2 percentage points"])
        );
        assert_eq!(
            rate_changes("The rate climbed 2% from 5% to 7% in a year."),
            one(&["5%", "7%", "2%"])
        );
        assert_eq!(
            rate_changes("Turnout fell by 3 percentage points, from 65% to 62%."),
            one(&["65%", "62%", "3 percentage points"])
        );
    }

    #[test]
    fn a_change_of_another_clause_is_not_the_rates() {
        assert!(
            rate_changes("The margin rose to 61.2 pct from 58.0 pct as traffic rose 8.1 pct.")
                .is_empty()
        );
        assert!(rate_changes("The rate went from 5% to 7% in a year.").is_empty());
    }
}

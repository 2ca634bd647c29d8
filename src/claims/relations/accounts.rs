//! Closed accounts of any counted thing or sum: a stock, the amounts that went out of it,
//! and what the text says is left ("The ward had 64 patients. Nine were discharged and two
//! died, leaving 57"; "began the year with £48,000 ... cost £19,500 ... cost £6,000,
//! leaving £25,500"; "had 1,150 cases pending. It closed 430 of them; 820 remain").
//!
//! Read from the closing figure back: only a figure the text closes in so many words
//! ("leaving", "the rest", "remain") opens an account, so a text without one costs a test
//! of the words around each figure. The account is read only where it is plain: a stock
//! the text says was held ("had", "with", "a squad of"), larger than every amount after
//! it; no word that brings something in ("bought", "joined"), no amount that is part of
//! another ("two of them"); figures of one kind and currency; at most four sentences.

use super::super::{Claim, Reader, Relation};
use crate::parse::FigureKind;

/// The most sentences an account may span, the closing one included.
const SPAN_SENTENCES: u32 = 4;
/// The most tokens between a closing word and the figure it closes: "leaving a fleet of 36".
const CLOSING_REACH: usize = 4;

/// Reads the closed accounts of a document (after the sentence readers and the links
/// across sentences, whose balances it does not repeat).
pub(in crate::claims) fn accounts(r: &Reader, claims: &[Claim], out: &mut Vec<Relation>) {
    let figures = &r.parsed.figures;
    for end in 0..figures.len() {
        if !amount(r, end) || !closes(r, end) {
            continue;
        }
        let Some((stock, flows)) = account_before(r, claims, end) else {
            continue;
        };
        let taken = out.iter().any(|rel| {
            matches!(rel, Relation::Balance { stock: s, flows: f, .. }
                if *s == stock || f.contains(&end))
        });
        if taken {
            continue;
        }
        let name = claims[stock]
            .counts
            .clone()
            .or_else(|| claims[end].counts.clone())
            .or_else(|| r.fig(end).unit.clone())
            .unwrap_or_else(|| "items".to_string());
        let mut flows = flows;
        flows.push(end);
        out.push(Relation::Balance {
            name,
            stock,
            flows,
            complete: true,
        });
    }
}

/// A count or a sum with one value, in the body.
fn amount(r: &Reader, k: usize) -> bool {
    let f = r.fig(k);
    matches!(f.kind, FigureKind::Count | FigureKind::Money)
        && f.value.is_some()
        && f.interval.is_some()
        && !f.headline
}

/// Whether the text closes an account at figure `k`: a closing word just before it
/// ("leaving 57", "so the rest, 27 players"), or right after it ("820 remain").
fn closes(r: &Reader, k: usize) -> bool {
    let (first, last) = r.ranges[k];
    let (start, bound) = r.sentence_bounds(k);
    let before = (first.saturating_sub(CLOSING_REACH).max(start)..first).any(|i| {
        r.any_phrase_at(i, &r.lex.closing_cues)
            .is_some_and(|(cue, _)| cue != "in all")
    });
    before
        || (last < bound
            && r.any_phrase_at(last, &r.lex.relations.closing_after)
                .is_some())
}

/// The stock and the outflows of the account that figure `end` closes, if the text reads
/// as one plainly.
fn account_before(r: &Reader, claims: &[Claim], end: usize) -> Option<(usize, Vec<usize>)> {
    let figures = &r.parsed.figures;
    let f = &figures[end];
    let alike = |k: usize| {
        amount(r, k) && figures[k].kind == f.kind && figures[k].unit == f.unit && k != end
    };
    // the amounts of the account: figures of its kind in its sentences, back to the last
    // closing figure (another account)
    let mut members: Vec<usize> = (0..end)
        .rev()
        .take_while(|&k| figures[k].sentence + SPAN_SENTENCES > f.sentence)
        .filter(|&k| alike(k))
        .take_while(|&k| !closes(r, k))
        .collect();
    members.reverse();
    let stock = *members.first()?;
    let flows: Vec<usize> = members[1..].to_vec();
    if flows.is_empty() || !held(r, stock) {
        return None;
    }
    let value = |k: usize| figures[k].value.unwrap_or(0.0);
    if flows
        .iter()
        .chain(std::iter::once(&end))
        .any(|&k| value(k) >= value(stock))
    {
        return None;
    }
    // two named things are two accounts: "64 patients" against "57 beds" ("820 of them"
    // names nothing)
    let named = |k: usize| {
        claims[k]
            .counts
            .as_ref()
            .filter(|c| !r.lex.relations.whole.contains(c.as_str()))
    };
    if let (Some(a), Some(b)) = (named(stock), named(end))
        && a != b
    {
        return None;
    }
    let nested = flows.iter().enumerate().any(|(n, &k)| {
        let (first, last) = r.ranges[k];
        let part_after = r.any_phrase_at(last, &r.lex.relations.nested).is_some();
        let part_before = first > 0 && r.phrase_before(first, &r.lex.relations.nested).is_some();
        // the first outflow's "of them" is of the stock: "closed 430 of them"
        (part_after && n > 0) || part_before
    });
    let (from, to) = (r.ranges[stock].1, r.ranges[end].0);
    let inflow = (from..to).any(|i| r.lex.relations.inflows.contains(r.w(i)));
    (!nested && !inflow).then_some((stock, flows))
}

/// Whether the text says the stock was held: "had 64", "with £48,000", "a squad of 31".
fn held(r: &Reader, k: usize) -> bool {
    let first = r.ranges[k].0;
    let (start, _) = r.sentence_bounds(k);
    (first.saturating_sub(2).max(start)..first)
        .any(|i| r.lex.relations.stock_before.contains(r.w(i)))
}

#[cfg(test)]
mod tests {
    use crate::claims::relations::tests::figures_of;

    fn accounts(text: &str) -> Vec<Vec<String>> {
        figures_of(text, "balance")
    }

    #[test]
    fn a_closed_account_of_any_noun_or_sum_is_read() {
        for (text, want) in [
            (
                "The shelter had 80 dogs in March. Twelve were rehomed and three were put down, leaving 65.",
                vec!["80", "Twelve", "three", "65"],
            ),
            (
                "The club began the season with £90,000 in the bank. The new stand cost £41,000 and wages took £22,000, leaving £27,000.",
                vec!["£90,000", "£41,000", "£22,000", "£27,000"],
            ),
            (
                "The library had 2,300 overdue books in May. Readers brought back 900 of them; 1,400 remain.",
                vec!["2,300", "900", "1,400"],
            ),
            (
                "The fleet had 50 buses at the start of the year. It scrapped seven and sold five, leaving a fleet of 38.",
                vec!["50", "seven", "five", "38"],
            ),
        ] {
            assert_eq!(
                accounts(text),
                vec![want.iter().map(|s| s.to_string()).collect::<Vec<_>>()],
                "{text}"
            );
        }
    }

    #[test]
    fn an_open_or_mixed_account_is_not_read() {
        for text in [
            // something came in
            "The zoo had 40 penguins. Six died and it bought ten more, leaving 44.",
            // a part of another flow
            "The ward had 64 patients. Nine were discharged, two of them to care homes, leaving 55.",
            // no stock said to be held
            "Some 64 patients were seen. Nine were discharged, leaving 55.",
            // nothing closes it
            "The ward had 64 patients. Nine were discharged and two died.",
        ] {
            assert!(accounts(text).is_empty(), "{text}");
        }
    }
}

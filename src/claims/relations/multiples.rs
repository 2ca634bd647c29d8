//! Multiples: a multiplier word between two values ("doubled from 40 to 80"), with the
//! hedge before it that bounds the ratio ("more than doubled", "nearly tripled"); the word
//! of a main clause that a participle restates ("have halved since 2019, falling from 38
//! weeks to 25"); and a multiplier figure that states the change ("grew fourfold, to
//! 12,600 from 4,200"). The change readers (`change.rs`) find the pair; these read what
//! multiple it is said to be.

use super::super::{MultiplierBound, Reader, Relation};
use super::change::{Pair, REACH, is_amount_level, is_time};
use crate::parse::FigureKind;
use crate::parse::lexicon::HedgeKind;
use crate::source::Span;

/// The multiplier word at token `i` ("doubled"), if it is one, as the relation between
/// `from` and `to`, with the hedge just before it that bounds the ratio ("more than
/// doubled", "nearly tripled").
pub(super) fn multiplier(r: &Reader, i: usize, from: usize, to: usize) -> Option<Relation> {
    let words = &r.lex.relations;
    let factor = *words.multipliers.get(r.w(i))?;
    // the hedge stands in the word's sentence, the pair's ("Costs rose by more than\n\nDoubled
    // ...")
    let start = r.sentence_bounds(from).0;
    let (lower, tokens) = (&r.parsed.lower, &r.parsed.tokens);
    let hedges = [
        (&words.multiplier_at_least, MultiplierBound::AtLeast),
        (
            &words.multiplier_nearly,
            MultiplierBound::Nearly {
                lo_factor: words.multiplier_nearly_factor,
            },
        ),
        (&words.multiplier_at_most, MultiplierBound::AtMost),
    ];
    let (bound, first) = hedges
        .into_iter()
        .filter_map(|(phrases, bound)| {
            let (_, len) = phrases.ending_before_len(lower, tokens, i, start)?;
            Some((bound, i - len))
        })
        .min_by_key(|&(_, first)| first)
        .unwrap_or((MultiplierBound::About, i));
    let span = Span::new(tokens[first].start as usize, tokens[i].end as usize);
    Some(Relation::Multiplier {
        from,
        to,
        factor,
        word: lower[span.range()].to_string(),
        bound,
        word_span: span,
    })
}

/// The multiplier word of the main clause that a participle after a comma restates:
/// "have halved since 2019, falling from 38 weeks to 25"; "more than doubled over the
/// period, rising from £310,000 to £580,000". `i` is the participle's token.
pub(super) fn restated_by_participle(
    r: &Reader,
    figs: &[usize],
    i: usize,
    start: usize,
) -> Option<usize> {
    let words = &r.lex.relations;
    if !r.w(i).ends_with("ing") || i < start + 2 || r.w(i - 1) != "," {
        return None;
    }
    let lo = i.saturating_sub(12).max(start);
    for j in (lo..i - 1).rev() {
        let w = r.w(j);
        if words.clause_ends.contains(w) || w == "," {
            return None;
        }
        if figs
            .iter()
            .any(|&k| is_amount_level(r, k) && r.ranges[k].0 <= j && j < r.ranges[k].1)
        {
            return None;
        }
        if words.multipliers.contains_key(w) {
            return Some(j);
        }
    }
    None
}

/// A multiplier figure that states the pair's change: "grew fourfold last year, to 12,600
/// from 4,200"; "a threefold rise from 40 to 120". It stands before the pair in its
/// clause, with no level between.
pub(super) fn multiple_figure(
    r: &Reader,
    figs: &[usize],
    pair: &Pair,
    start: usize,
) -> Option<Relation> {
    let words = &r.lex.relations;
    let p = figs
        .iter()
        .copied()
        // a period may stand between: "grew fourfold in five years, to 12,600 from 4,200"
        .rfind(|&p| {
            r.ranges[p].1 <= pair.first && !is_time(r, p) && r.kind(p) != FigureKind::Duration
        })
        .filter(|&p| r.kind(p) == FigureKind::Multiplier && pair.first - r.ranges[p].1 <= REACH)?;
    let factor = r.fig(p).value.filter(|&v| v > 0.0)?;
    if (r.ranges[p].1..pair.first)
        .any(|i| words.clause_ends.contains(r.w(i)) || matches!(r.w(i), ";" | "or"))
        || r.ranges[p].0 < start
    {
        return None;
    }
    let span = r.fig(p).span;
    // the figure's own hedge, as the parser read it ("more than threefold")
    let bound = match r.fig(p).hedge_kind.as_deref() {
        Some(HedgeKind::AtLeast) => MultiplierBound::AtLeast,
        Some(HedgeKind::AtMost) => MultiplierBound::AtMost,
        Some(HedgeKind::Nearly { .. }) => MultiplierBound::Nearly {
            lo_factor: words.multiplier_nearly_factor,
        },
        _ => MultiplierBound::About,
    };
    Some(Relation::Multiplier {
        from: pair.from,
        to: pair.to,
        factor,
        word: r.parsed.lower[span.range()].to_string(),
        bound,
        word_span: span,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::relations_in;
    use crate::claims::Relation;

    #[test]
    fn a_hedge_before_a_multiplier_word_bounds_it() {
        use crate::claims::MultiplierBound;
        let read = |text: &str| {
            relations_in(text, |rel, written| match rel {
                Relation::Multiplier {
                    from,
                    to,
                    word,
                    bound,
                    ..
                } => Some((written(*from), written(*to), word.clone(), *bound)),
                _ => None,
            })
        };
        let nearly = MultiplierBound::Nearly { lo_factor: 0.85 };
        for (text, from, to, word, bound) in [
            (
                "Pretax profit more than tripled, from $1.9 billion to $6.2 billion.",
                "$1.9 billion",
                "$6.2 billion",
                "more than tripled",
                MultiplierBound::AtLeast,
            ),
            (
                "Ticket sales have nearly doubled to 790 from 410.",
                "410",
                "790",
                "nearly doubled",
                nearly,
            ),
            (
                "The price of a loaf almost halved, from £1.60 to £0.85.",
                "£1.60",
                "£0.85",
                "almost halved",
                nearly,
            ),
            (
                "Enrolment less than doubled, from 300 to 520 pupils.",
                "300",
                "520",
                "less than doubled",
                MultiplierBound::AtMost,
            ),
            (
                "Exports doubled from 40 to 80 tonnes.",
                "40",
                "80 tonnes",
                "doubled",
                MultiplierBound::About,
            ),
        ] {
            assert_eq!(
                read(text),
                vec![(from.to_string(), to.to_string(), word.to_string(), bound)],
                "{text}"
            );
        }
    }

    #[test]
    fn a_participle_or_a_multiplier_figure_carries_the_multiple() {
        let multiples = |text: &str| {
            relations_in(text, |rel, written| match rel {
                Relation::Multiplier { from, to, word, .. } => {
                    Some((written(*from), written(*to), word.clone()))
                }
                _ => None,
            })
        };
        let one = |a: &str, b: &str, w: &str| vec![(a.to_string(), b.to_string(), w.to_string())];
        assert_eq!(
            multiples("Waits have halved since 2019, falling from 38 weeks to 25."),
            one("38 weeks", "25", "halved")
        );
        assert_eq!(
            multiples("The legal bill more than doubled, rising from £310,000 to £580,000."),
            one("£310,000", "£580,000", "more than doubled")
        );
        assert_eq!(
            multiples("Sales of vans grew fourfold last year, to 12,600 from 4,200."),
            one("4,200", "12,600", "fourfold")
        );
        // a multiple of another clause
        assert!(multiples("Profits doubled; sales were falling from 40 to 30.").is_empty());
    }
}

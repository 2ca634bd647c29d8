//! Hedges and vague amounts: a hedge phrase before a figure ("about", "more than") or after
//! it ("or more") turns its value into an interval; a vague phrase ("dozens", "tens of
//! thousands", "most of") stands for a figure without writing one. The phrases and their
//! intervals are data (`rules/hedges.toml`, `rules/vague.toml`).

use super::cursor::Cursor;
use super::measures::hedge_on_signed_scale;
use super::model::{Figure, FigureKind};
use super::words::OVER_MEANS_ABOUT;
use crate::numeric::Interval;
use crate::parse::lexicon::{HedgeKind, PhraseKind};
use crate::parse::number_words::{self, NumWord};
use crate::parse::token::TokenKind;

/// A hedge phrase at `i` and the figure it widens ("more than 50"): pushes the figure
/// and returns its end. `read_figure` reads the figure at a token (the scanner's
/// dispatch, without a second hedge: "more than more than 5" must not recurse).
pub(super) fn hedge_before(
    c: &Cursor,
    i: usize,
    out: &mut Vec<Figure>,
    read_figure: impl FnOnce(usize, &mut Vec<Figure>) -> Option<usize>,
) -> Option<usize> {
    let m = c.lex.match_at(c.lower, c.toks, i, |k| {
        matches!(k, PhraseKind::HedgeBefore(_))
    })?;
    if c.w(i) == "over" && over_means_about(c, i) {
        return None;
    }
    let PhraseKind::HedgeBefore(h) = m.kind else {
        return None;
    };
    let phrase = c.phrase(i, i + m.len);
    let mut inner = Vec::new();
    let end = read_figure(i + m.len, &mut inner)?;
    if let Some(first) = inner.first_mut()
        && first.span.start == c.toks[i + m.len].start
        && (first.kind.is_quantity() || first.kind == FigureKind::Multiplier)
        && first.hedge.is_none()
    {
        first.span.start = c.toks[i].start;
        hedge_figure(c, first, h, phrase);
    }
    out.extend(inner);
    Some(end)
}

/// A hedge phrase after figure `f` (which starts at token `start` and ends at `end`):
/// "500 or more". Widens `f` and returns the new end.
pub(super) fn hedge_after(c: &Cursor, start: usize, end: usize, f: &mut Figure) -> usize {
    let Some(m) = c.lex.match_at(c.lower, c.toks, end, |k| {
        matches!(k, PhraseKind::HedgeAfter(_))
    }) else {
        return end;
    };
    let PhraseKind::HedgeAfter(h) = m.kind else {
        return end;
    };
    if !f.kind.is_quantity() || f.hedge.is_some() || f.kind == FigureKind::Range {
        return end;
    }
    let phrase = c.phrase(end, end + m.len);
    let full = end + m.len;
    f.span = c.span(start, full);
    hedge_figure(c, f, h, phrase);
    full
}

/// Widens `f` by hedge `h` of the lexicon, written `phrase`: the hedge's reading
/// ([`apply_hedge`]), and on a signed scale a bound that follows the scale ("under -5C" is
/// at most -5). The one way the scanner hedges a figure.
fn hedge_figure(c: &Cursor, f: &mut Figure, h: u16, phrase: String) {
    apply_hedge(f, c.lex.hedge(h), phrase, c.lex.round_min);
    hedge_on_signed_scale(c.lex, f);
}

/// Whether "over" at `i` means "concerning": a noun such as "talks" or "row" stands
/// within the four words before it ("talks with Hamas over 59 hostages").
fn over_means_about(c: &Cursor, i: usize) -> bool {
    (i.saturating_sub(4).max(c.first)..i).any(|k| OVER_MEANS_ABOUT.contains(&c.w(k)))
}

/// Vague amounts: "dozens", "tens of thousands", "several hundred", "most of".
pub(super) fn vague(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    let m = c
        .lex
        .match_at(c.lower, c.toks, i, |k| matches!(k, PhraseKind::Vague(_)))?;
    let PhraseKind::Vague(id) = m.kind else {
        return None;
    };
    let v = &c.lex.vague[id as usize];
    let mut end = i + m.len;
    let next = c.w(end);
    if v.phrase == "scores" && next != "of" {
        return None;
    }
    if v.phrase == "most" && (next != "of" || matches!(c.prev_w(i), "the" | "at")) {
        return None;
    }
    if v.phrase == "several"
        && number_words::word(next).is_none()
        && c.kind(end) != Some(TokenKind::Word)
    {
        return None;
    }
    let (mut lo, mut hi) = (v.lo, v.hi);
    // "several hundred", "a few thousand": the vague count times the scale
    if !v.share {
        match number_words::word(next) {
            Some(NumWord::Hundred) => {
                lo *= 100.0;
                hi *= 100.0;
                end += 1;
            }
            Some(NumWord::Scale(s)) if !next.ends_with('s') => {
                lo *= s;
                hi *= s;
                end += 1;
            }
            _ => {}
        }
    }
    let mut f = c.marker(
        i,
        end,
        if v.share {
            FigureKind::Fraction
        } else {
            FigureKind::Count
        },
    );
    f.interval = Some(Interval::new(lo, hi));
    f.hedge = Some(c.phrase(i, i + m.len));
    out.push(f);
    Some(end)
}

/// Widens figure `f` by a hedge of `kind` (phrase as written); a round figure (from
/// `round_min` up) is widened more ("about 1,200").
pub(super) fn apply_hedge(f: &mut Figure, kind: HedgeKind, phrase: String, round_min: f64) {
    let Some(v) = f.value else {
        f.hedge = Some(phrase);
        return;
    };
    let base = f.interval.unwrap_or_else(|| Interval::exact(v));
    let round = f.numeral.is_some_and(|n| n.is_round(round_min));
    let share = f.kind == FigureKind::Fraction;
    // a hedge speaks of the size of a figure: "nearly -3%" is the mirror of "nearly 3%",
    // so the interval is worked out on the magnitude and mirrored back
    let negative = v < 0.0;
    let (m, base) = if negative {
        (-v, base.mirrored())
    } else {
        (v, base)
    };
    let interval = match kind {
        HedgeKind::Approximate { widen, widen_round } => {
            let pct = if round { widen_round } else { widen };
            let halo = (m * pct).max((base.hi - base.lo) / 2.0);
            // about some amount is never below none of it; about a share is never above
            // all of it, nor narrower than the share's own interval, which is already
            // kept within none and all ("about one in 40": 0 to 0.055)
            if share && m <= 1.0 {
                Interval::new(
                    (m - halo).min(base.lo).max(0.0),
                    (m + halo).max(base.hi).min(1.0),
                )
            } else {
                Interval::new((m - halo).max(0.0), m + halo)
            }
        }
        HedgeKind::Nearly { lo_factor } => Interval::new(m * lo_factor, m),
        HedgeKind::AtLeast => Interval::new(m, if share { 1.0 } else { f64::INFINITY }),
        HedgeKind::AtMost => Interval::new(0.0, m),
        HedgeKind::Exactly => Interval::exact(m),
    };
    f.interval = Some(if negative {
        interval.mirrored()
    } else {
        interval
    });
    f.hedge = Some(phrase);
    f.hedge_kind = Some(Box::new(kind));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::figure::cursor::{read_at, with_cursor};
    use crate::parse::figure::quantity::quantity;

    /// The interval of the one figure `reader` pushes at token `at` of `text`.
    fn interval_at(
        text: &str,
        at: &str,
        reader: impl FnOnce(&Cursor, usize, &mut Vec<Figure>) -> Option<usize>,
    ) -> (f64, f64) {
        with_cursor(text, |c| {
            let i = (0..c.bound).find(|&k| c.raw(k) == at).expect("the token");
            let mut out = Vec::new();
            reader(c, i, &mut out).expect("a figure");
            let iv = out[0].interval.expect("an interval");
            (iv.lo, iv.hi)
        })
    }

    /// A stand-in for the scanner: a plain count at `k`.
    fn count(c: &Cursor, k: usize, out: &mut Vec<Figure>) -> Option<usize> {
        let q = quantity(c, k)?;
        out.push(c.make(q.start, q.end, FigureKind::Count, q.numeral, None));
        Some(q.end)
    }

    #[test]
    fn a_hedge_before_widens_the_figure_the_scanner_reads() {
        let (lo, hi) = interval_at("more than 50 people", "more", |c, i, out| {
            hedge_before(c, i, out, |k, inner| count(c, k, inner))
        });
        assert_eq!((lo, hi), (50.0, f64::INFINITY));
        let (figs, end) = read_at("more than 50 people", "more", |c, i, out| {
            hedge_before(c, i, out, |k, inner| count(c, k, inner))
        });
        assert_eq!(figs[0].0, "more than 50");
        assert_eq!(end, Some(3));
        // no figure after the hedge: nothing read
        let (figs, end) = read_at("more than enough", "more", |c, i, out| {
            hedge_before(c, i, out, |k, inner| count(c, k, inner))
        });
        assert!(figs.is_empty() && end.is_none());
    }

    #[test]
    fn over_means_concerning_after_a_noun_of_dispute() {
        let (figs, _) = read_at(
            "talks with the rebels over 59 hostages",
            "over",
            |c, i, out| hedge_before(c, i, out, |k, inner| count(c, k, inner)),
        );
        assert!(figs.is_empty());
    }

    #[test]
    fn a_hedge_after_widens_upward() {
        with_cursor("500 or more people", |c| {
            let mut f = c.make(
                0,
                1,
                FigureKind::Count,
                crate::numeric::Numeral::integer(500.0),
                None,
            );
            let end = hedge_after(c, 0, 1, &mut f);
            assert_eq!(end, 3);
            assert_eq!(f.hedge.as_deref(), Some("or more"));
            assert_eq!(f.interval.map(|i| i.lo), Some(500.0));
        });
    }

    #[test]
    fn vague_amounts_stand_for_an_interval() {
        let (lo, _) = interval_at("dozens of people", "dozens", vague);
        assert_eq!(lo, 24.0);
        let (lo, hi) = interval_at("several hundred homes", "several", vague);
        assert!(lo >= 300.0 && hi > lo, "{lo} {hi}");
        // "most" needs "of"; "scores" too
        assert!(read_at("the most people", "most", vague).0.is_empty());
        assert!(
            read_at("the scores were level", "scores", vague)
                .0
                .is_empty()
        );
    }

    #[test]
    fn hedge_kinds_shape_the_interval() {
        let mut f = Figure::marker(crate::source::Span::new(0, 1), FigureKind::Count);
        f.value = Some(10.0);
        apply_hedge(&mut f, HedgeKind::AtMost, "up to".into(), 1000.0);
        assert_eq!(f.interval.map(|i| (i.lo, i.hi)), Some((0.0, 10.0)));
        apply_hedge(&mut f, HedgeKind::Exactly, "exactly".into(), 1000.0);
        assert_eq!(f.interval.map(|i| (i.lo, i.hi)), Some((10.0, 10.0)));
        // a share is at most the whole
        let mut share = Figure::marker(crate::source::Span::new(0, 1), FigureKind::Fraction);
        share.value = Some(0.5);
        apply_hedge(&mut share, HedgeKind::AtLeast, "at least".into(), 1000.0);
        assert_eq!(share.interval.map(|i| i.hi), Some(1.0));
    }
}

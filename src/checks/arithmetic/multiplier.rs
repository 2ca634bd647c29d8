//! `multiplier-mismatch`: "doubled from 40 to 120". The ratio of the values must be within
//! ±12% of the multiplier word's factor; a hedge before the word bounds it instead: "more
//! than doubled" is at least ×2, "nearly tripled" 0.85 × 3 to 3 (SEMANTICS.md, multipliers;
//! the plain word's tolerance above it, since "nearly" is used loosely).

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{severity_for, show};
use crate::claims::{MultiplierBound, Relation};
use crate::diagnostic::Finding;

/// How far a ratio may stray from the word's factor.
const TOLERANCE: f64 = 0.12;

/// The ratios of new to old value that `bound` allows for a word of `factor`, and what the
/// hedged word means. A fall ("halved", ×0.5) is bounded the other way: "more than halved"
/// leaves at most half, "nearly halved" a little more than half.
fn allowed(factor: f64, bound: MultiplierBound) -> (f64, f64, String) {
    let rises = factor >= 1.0;
    let x = show(factor);
    match bound {
        MultiplierBound::About => (
            factor * (1.0 - TOLERANCE),
            factor * (1.0 + TOLERANCE),
            format!("about ×{x}"),
        ),
        MultiplierBound::AtLeast if rises => (factor, f64::INFINITY, format!("at least ×{x}")),
        MultiplierBound::AtLeast => (0.0, factor, format!("at most ×{x}")),
        // "nearly doubled" for ×2.04 is loose, not wrong: the plain word's tolerance holds
        // on the far side
        MultiplierBound::Nearly { lo_factor } if rises => (
            factor * lo_factor,
            factor * (1.0 + TOLERANCE),
            format!("a little under ×{x}"),
        ),
        MultiplierBound::Nearly { lo_factor } => (
            factor * (1.0 - TOLERANCE),
            factor / lo_factor,
            format!("a little over ×{x}"),
        ),
        MultiplierBound::AtMost if rises => (0.0, factor, format!("at most ×{x}")),
        MultiplierBound::AtMost => (factor, f64::INFINITY, format!("at least ×{x}")),
    }
}

/// The allowed ratios in words: "1.76 to 2.24", "at least 3".
fn wanted(lo: f64, hi: f64) -> String {
    if hi.is_infinite() {
        format!("at least {}", show(lo))
    } else if lo <= 0.0 {
        format!("at most {}", show(hi))
    } else {
        format!("{} to {}", show(lo), show(hi))
    }
}

/// FC105.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let &Relation::Multiplier {
            from,
            to,
            factor,
            ref word,
            bound,
            word_span,
        } = rel
        else {
            continue;
        };
        let (Some(a), Some(b)) = (ctx.interval(from), ctx.interval(to)) else {
            continue;
        };
        if a.lo <= 0.0 || !b.hi.is_finite() {
            continue;
        }
        let (lo, hi) = (b.lo / a.hi, b.hi / a.lo);
        let (want_lo, want_hi, meant) = allowed(factor, bound);
        if hi >= want_lo && lo <= want_hi {
            continue;
        }
        let ratio = match (ctx.figure(from).value, ctx.figure(to).value) {
            (Some(x), Some(y)) if x != 0.0 => y / x,
            _ => (lo + hi) / 2.0,
        };
        let shown = show((ratio * 100.0).round() / 100.0);
        let wanted = wanted(want_lo, want_hi);
        let hedged = ctx.hedged(from) || ctx.hedged(to);
        out.push(
            ctx.report(info, severity_for(hedged), to)
                .message(format!(
                    "\"{word}\" means {meant}, but {} to {} is ×{shown}",
                    ctx.written(from),
                    ctx.written(to),
                ))
                .arithmetic(format!(
                    "{} / {} = {shown}, but \"{word}\" needs {wanted}",
                    ctx.written(to),
                    ctx.written(from),
                ))
                .label("result")
                .related(from, "from")
                .related_span(word_span, "stated multiple")
                .build(),
        );
    }
    out
}

//! `multiplier-mismatch`: "doubled from 40 to 120". The ratio of the values must be within
//! ±12% of the multiplier word's factor (SEMANTICS.md, multipliers).

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{severity_for, show};
use crate::claims::Relation;
use crate::diagnostic::Finding;

/// How far a ratio may stray from the word's factor.
const TOLERANCE: f64 = 0.12;

/// FC105.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::Multiplier {
            from,
            to,
            factor,
            word,
        } = rel
        else {
            continue;
        };
        let (Some(a), Some(b)) = (ctx.interval(*from), ctx.interval(*to)) else {
            continue;
        };
        if a.lo <= 0.0 || !b.hi.is_finite() {
            continue;
        }
        let (lo, hi) = (b.lo / a.hi, b.hi / a.lo);
        let (want_lo, want_hi) = (factor * (1.0 - TOLERANCE), factor * (1.0 + TOLERANCE));
        if hi >= want_lo && lo <= want_hi {
            continue;
        }
        let ratio = match (ctx.figure(*from).value, ctx.figure(*to).value) {
            (Some(x), Some(y)) if x != 0.0 => y / x,
            _ => (lo + hi) / 2.0,
        };
        let hedged = ctx.hedged(*from) || ctx.hedged(*to);
        out.push(
            ctx.report(info, severity_for(hedged), *to)
                .message(format!(
                    "\"{word}\" means about ×{}, but {} to {} is ×{}",
                    show(*factor),
                    ctx.written(*from),
                    ctx.written(*to),
                    show((ratio * 100.0).round() / 100.0)
                ))
                .arithmetic(format!(
                    "{} / {} = {}, but \"{word}\" needs {} to {}",
                    ctx.written(*to),
                    ctx.written(*from),
                    show((ratio * 100.0).round() / 100.0),
                    show(want_lo),
                    show(want_hi)
                ))
                .label("result")
                .related(*from, "from")
                .build(),
        );
    }
    out
}

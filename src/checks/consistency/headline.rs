//! `headline-body-conflict`: the headline says seven dead, the body five. Headlines round
//! hard ("£1bn" for "£960m" is fine): the headline figure's own rounding is its tolerance.
//! A duration is written whole in a headline ("jailed for three years" over "three and a
//! half years"), so its tolerance is a tenth of it, and at least one of its unit.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::show_interval;
use crate::claims::Relation;
use crate::diagnostic::{Finding, Severity};
use crate::numeric::Interval;
use crate::parse::FigureKind;

/// The place of the last non-zero digit of `v`: 10,000,000 for 410 million, 1 for 77.
fn last_digit_step(v: f64) -> f64 {
    let v = v.abs();
    // only whole figures round so: a decimal keeps its own rounding
    if v < 1.0 || !v.is_finite() || v.fract() != 0.0 {
        return 0.0;
    }
    let mut step = 1.0;
    while step * 10.0 <= v && ((v / (step * 10.0)).round() * step * 10.0 - v).abs() < 1e-6 * v {
        step *= 10.0;
    }
    step
}

/// FC202.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::HeadlineBody { headline, body } = rel else {
            continue;
        };
        if super::in_different_blocks(ctx, *headline, *body) {
            continue;
        }
        let (Some(mut h), Some(b)) = (ctx.interval(*headline), ctx.interval(*body)) else {
            continue;
        };
        if ctx.figure(*headline).kind == FigureKind::Duration {
            let halo = (h.hi.abs() / 10.0).max(1.0);
            h = Interval::new(h.lo - halo, h.hi + halo);
        }
        // a headline rounds at its last non-zero digit: "£410m" for £412 million
        if let Some(v) = ctx.figure(*headline).value
            && last_digit_step(v) >= 10.0
        {
            let half = last_digit_step(v) / 2.0;
            h = Interval::new(h.lo.min(v - half), h.hi.max(v + half));
        }
        if h.overlaps(&b) {
            continue;
        }
        out.push(
            ctx.report(info, Severity::Warning, *headline)
                .message(format!(
                    "the headline says {} but the story says {}",
                    ctx.written(*headline),
                    ctx.written(*body)
                ))
                .arithmetic(format!(
                    "headline {} allows {}; body {} allows {}",
                    ctx.written(*headline),
                    show_interval(h),
                    ctx.written(*body),
                    show_interval(b)
                ))
                .label("headline")
                .related(*body, "body")
                .build(),
        );
    }
    out
}

//! `rate-change-mismatch`: a change between two rates. In percentage points it must be
//! their difference; in per cent it must be the relative change. A per cent figure that is
//! the difference in points instead ("rose 2% from 5% to 7%") is the scale slip SEMANTICS.md
//! names: percentage points were meant.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::show;
use crate::claims::Relation;
use crate::diagnostic::{Finding, Severity};
use crate::numeric::Interval;
use crate::parse::FigureKind;

/// "1 point", "0.4 points".
fn points(v: f64) -> String {
    let v = (v * 100.0).round() / 100.0;
    if (v.abs() - 1.0).abs() < 1e-9 {
        format!("{} point", show(v))
    } else {
        format!("{} points", show(v))
    }
}

/// FC108.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::RateChange { from, to, change } = rel else {
            continue;
        };
        let (Some(a), Some(b), Some(c)) = (
            ctx.interval(*from),
            ctx.interval(*to),
            ctx.interval(*change),
        ) else {
            continue;
        };
        let (Some(va), Some(vb)) = (ctx.figure(*from).value, ctx.figure(*to).value) else {
            continue;
        };
        // the difference in points, either way round
        let difference = Interval::new(
            (b.lo - a.hi).abs().min((b.hi - a.lo).abs()),
            (b.hi - a.lo).abs().max((b.lo - a.hi).abs()),
        );
        let points_fit = difference.overlaps(&c);
        let in_points = ctx.figure(*change).kind == FigureKind::PercentagePoints;
        let diff = (vb - va).abs();
        if in_points {
            if points_fit {
                continue;
            }
            out.push(
                ctx.report(info, Severity::Error, *change)
                    .message(format!(
                        "{} to {} is {} points, not {}",
                        ctx.written(*from),
                        ctx.written(*to),
                        show((diff * 100.0).round() / 100.0),
                        ctx.written(*change)
                    ))
                    .arithmetic(format!(
                        "{} - {} = {} points",
                        show(vb),
                        show(va),
                        show((vb - va) * 100.0 / 100.0)
                    ))
                    .label("stated change")
                    .related(*from, "from")
                    .related(*to, "to")
                    .build(),
            );
            continue;
        }
        if a.lo <= 0.0 {
            continue;
        }
        let relative = Interval::new(
            (b.lo / a.hi - 1.0).abs() * 100.0,
            (b.hi / a.lo - 1.0).abs() * 100.0,
        );
        let relative = Interval::new(relative.lo.min(relative.hi), relative.lo.max(relative.hi));
        if relative.overlaps(&c) {
            continue;
        }
        let rel_value = ((vb / va - 1.0) * 100.0).abs();
        let (severity, message) = if points_fit {
            (
                Severity::Warning,
                format!(
                    "{} is the difference in percentage points; as a percentage change {} to {} is {}%",
                    ctx.written(*change),
                    ctx.written(*from),
                    ctx.written(*to),
                    show((rel_value * 10.0).round() / 10.0)
                ),
            )
        } else {
            (
                Severity::Error,
                format!(
                    "{} to {} is a change of {}% ({}), not {}",
                    ctx.written(*from),
                    ctx.written(*to),
                    show((rel_value * 10.0).round() / 10.0),
                    points(diff),
                    ctx.written(*change)
                ),
            )
        };
        out.push(
            ctx.report(info, severity, *change)
                .message(message)
                .arithmetic(format!(
                    "({} - {}) / {} = {}%; {} - {} = {}",
                    show(vb),
                    show(va),
                    show(va),
                    show((rel_value * 10.0).round() / 10.0),
                    show(vb),
                    show(va),
                    points(vb - va)
                ))
                .label("stated change")
                .related(*from, "from")
                .related(*to, "to")
                .build(),
        );
    }
    out
}

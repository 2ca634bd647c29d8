//! Parts and totals: a list presented as complete must add up to its total
//! (`parts-sum-mismatch`); a part must not exceed its whole (`parts-exceed-total`).

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{severity_for, show_interval};
use crate::claims::Relation;
use crate::diagnostic::Finding;
use crate::numeric::Interval;

/// A total relation of the given completeness, with its parts' interval sum, whether a
/// part is hedged, and the whole's interval.
struct TotalReading<'r> {
    parts: &'r [usize],
    total: usize,
    cue: &'r str,
    parts_sum: Interval,
    parts_hedged: bool,
    whole: Interval,
}

fn totals<'r>(ctx: &'r Context, complete: bool) -> impl Iterator<Item = TotalReading<'r>> + 'r {
    ctx.claims.relations.iter().filter_map(move |rel| {
        let Relation::Total {
            parts,
            total,
            complete: c,
            cue,
        } = rel
        else {
            return None;
        };
        if *c != complete {
            return None;
        }
        let (parts_sum, parts_hedged) = sum(ctx, parts)?;
        Some(TotalReading {
            parts,
            total: *total,
            cue,
            parts_sum,
            parts_hedged,
            whole: ctx.interval(*total)?,
        })
    })
}

/// The interval sum of the parts, and whether any part is hedged.
fn sum(ctx: &Context, parts: &[usize]) -> Option<(Interval, bool)> {
    let mut total = Interval::exact(0.0);
    let mut hedged = false;
    for &p in parts {
        total = total.add(&ctx.interval(p)?);
        hedged |= ctx.hedged(p);
    }
    Some((total, hedged))
}

fn written_sum(ctx: &Context, parts: &[usize]) -> String {
    parts
        .iter()
        .map(|&p| {
            if ctx.hedged(p) {
                ctx.written(p).to_string()
            } else {
                ctx.figure(p)
                    .value
                    .map_or_else(|| ctx.written(p).to_string(), |v| ctx.show_like(p, v))
            }
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// FC101: the parts of a total presented as complete do not add up to it.
pub fn sum_mismatch(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for TotalReading {
        parts,
        total,
        cue,
        parts_sum,
        parts_hedged,
        whole,
    } in totals(ctx, true)
    {
        if parts_sum.overlaps(&whole) {
            continue;
        }
        let exact_sum: Option<f64> = parts.iter().map(|&p| ctx.figure(p).value).sum();
        let shown_sum = match exact_sum {
            Some(v) if !parts_hedged => ctx.show_like(total, v),
            _ => show_interval(parts_sum),
        };
        let arithmetic = format!(
            "{} = {}, but the total ({}) is {}",
            written_sum(ctx, parts),
            shown_sum,
            cue,
            if ctx.hedged(total) {
                show_interval(whole)
            } else {
                ctx.number_text(total).to_string()
            }
        );
        let exact_total = exact_sum.filter(|_| !parts_hedged);
        out.push(
            ctx.report(info, severity_for(parts_hedged || ctx.hedged(total)), total)
                .message(format!(
                    "the parts add up to {shown_sum}, not to the stated total of {}",
                    ctx.number_text(total)
                ))
                .arithmetic(arithmetic)
                .label("stated total")
                .related_all(parts.iter().copied(), "part")
                .suggest(exact_total.and_then(|s| ctx.replace_value(total, s)))
                .build(),
        );
    }
    out
}

/// FC102: a part larger than the whole it is part of.
pub fn exceed_total(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for TotalReading {
        parts,
        total,
        cue,
        parts_sum,
        parts_hedged,
        whole,
    } in totals(ctx, false)
    {
        if parts_sum.lo <= whole.hi {
            continue;
        }
        let what = if parts.len() == 1 {
            "the part"
        } else {
            "the parts"
        };
        let arithmetic = if parts.len() == 1 {
            format!(
                "{} > {}: \"{}\" makes {} part of {}, and a part cannot be more than its whole",
                ctx.number_text(parts[0]),
                ctx.number_text(total),
                cue,
                ctx.number_text(parts[0]),
                ctx.number_text(total)
            )
        } else {
            let exact: Option<f64> = parts.iter().map(|&p| ctx.figure(p).value).sum();
            let shown = match exact {
                Some(v) if !parts_hedged => ctx.show_like(total, v),
                _ => show_interval(parts_sum),
            };
            format!(
                "{} = {shown}, more than the whole, {}",
                written_sum(ctx, parts),
                ctx.number_text(total)
            )
        };
        let primary = if parts.len() == 1 { parts[0] } else { total };
        let message = if parts.len() == 1 {
            format!(
                "{} is more than the whole it is part of ({})",
                ctx.written(parts[0]),
                ctx.written(total)
            )
        } else {
            format!(
                "{what} add up to more than the whole ({})",
                ctx.number_text(total)
            )
        };
        let finding = ctx
            .report(
                info,
                severity_for(parts_hedged || ctx.hedged(total)),
                primary,
            )
            .message(message)
            .arithmetic(arithmetic);
        out.push(if parts.len() == 1 {
            finding.label("part").related(total, "whole").build()
        } else {
            finding
                .label("whole")
                .related_all(parts.iter().copied(), "part")
                .build()
        });
    }
    out
}

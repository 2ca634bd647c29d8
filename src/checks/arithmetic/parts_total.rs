//! Parts and totals: a list presented as complete must add up to its total
//! (`parts-sum-mismatch`); a part must not exceed its whole (`parts-exceed-total`).

use super::severity;
use crate::claims::Relation;
use crate::diagnostic::Finding;
use crate::numeric::Interval;
use crate::rule::{Context, RuleInfo, finding, show, show_interval};

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
            ctx.figure(p)
                .value
                .map_or_else(|| ctx.written(p).to_string(), show)
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// FC101: the parts of a total presented as complete do not add up to it.
pub fn sum_mismatch(ctx: &Context, info: &'static RuleInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::Total {
            parts,
            total,
            complete: true,
            cue,
        } = rel
        else {
            continue;
        };
        let (Some((parts_sum, parts_hedged)), Some(whole)) =
            (sum(ctx, parts), ctx.interval(*total))
        else {
            continue;
        };
        if parts_sum.overlaps(&whole) {
            continue;
        }
        let exact_sum: Option<f64> = parts.iter().map(|&p| ctx.figure(p).value).sum();
        let shown_sum = if parts_hedged {
            show_interval(parts_sum)
        } else {
            exact_sum.map_or_else(|| show_interval(parts_sum), show)
        };
        let arithmetic = format!(
            "{} = {}, but the total ({}) is {}",
            written_sum(ctx, parts),
            shown_sum,
            cue,
            show_interval(whole)
        );
        let mut f = finding(
            info,
            severity(parts_hedged || ctx.hedged(*total)),
            ctx.figure(*total).span,
            format!(
                "the parts add up to {shown_sum}, not to the stated total of {}",
                ctx.written(*total)
            ),
            arithmetic,
        );
        f.related = parts.iter().map(|&p| ctx.related(p, "part")).collect();
        if !parts_hedged {
            f.suggestion = exact_sum.and_then(|s| ctx.replace_value(*total, s));
        }
        out.push(f);
    }
    out
}

/// FC102: a part larger than the whole it is part of.
pub fn exceed_total(ctx: &Context, info: &'static RuleInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::Total {
            parts,
            total,
            complete: false,
            cue,
        } = rel
        else {
            continue;
        };
        let (Some((parts_sum, parts_hedged)), Some(whole)) =
            (sum(ctx, parts), ctx.interval(*total))
        else {
            continue;
        };
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
                "{} is more than {} ({} {})",
                ctx.written(parts[0]),
                show_interval(whole),
                cue,
                ctx.written(*total)
            )
        } else {
            format!(
                "{} = {}, more than the whole, {}",
                written_sum(ctx, parts),
                show_interval(parts_sum),
                show_interval(whole)
            )
        };
        let primary = if parts.len() == 1 { parts[0] } else { *total };
        let message = if parts.len() == 1 {
            format!(
                "{} is more than the whole it is part of ({})",
                ctx.written(parts[0]),
                ctx.written(*total)
            )
        } else {
            format!(
                "{what} add up to {}, more than the whole ({})",
                show_interval(parts_sum),
                ctx.written(*total)
            )
        };
        let mut f = finding(
            info,
            severity(parts_hedged || ctx.hedged(*total)),
            ctx.figure(primary).span,
            message,
            arithmetic,
        );
        f.related = if parts.len() == 1 {
            vec![ctx.related(*total, "whole")]
        } else {
            parts.iter().map(|&p| ctx.related(p, "part")).collect()
        };
        out.push(f);
    }
    out
}

//! `subset-exceeds-set`: "8,000 people were evacuated" ... "Of those evacuated, 9,500
//! ...". A part named in a later sentence cannot be larger than the set it is part of.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{severity_for, show_interval};
use crate::claims::Relation;
use crate::diagnostic::Finding;

/// FC203.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::Subset { part, set, cue } = rel else {
            continue;
        };
        if super::in_different_blocks(ctx, *part, *set) {
            continue;
        }
        let (Some(p), Some(mut s)) = (ctx.interval(*part), ctx.interval(*set)) else {
            continue;
        };
        // a vague set ("dozens of jobs, 640 of them") is read loosely: up to twice its top
        if ctx.figure(*set).value.is_none() {
            s = crate::numeric::Interval::new(s.lo, s.hi * 2.0);
        }
        if p.lo <= s.hi {
            continue;
        }
        let hedged = ctx.hedged(*part) || ctx.hedged(*set);
        out.push(
            ctx.report(info, severity_for(hedged), *part)
                .message(format!(
                    "\"{cue}\" makes {} part of the {} stated before, but it is larger",
                    ctx.number_text(*part),
                    ctx.number_text(*set)
                ))
                .arithmetic(format!(
                    "{} > {}: a part cannot be more than its set",
                    show_interval(p),
                    show_interval(s)
                ))
                .label("part")
                .related(*set, "set")
                .build(),
        );
    }
    out
}

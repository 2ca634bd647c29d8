//! `vague-amount-conflict`: "dozens were hurt" ... "300 people were hurt". A vague word's
//! range (`rules/vague.toml`) is loose, so only a count beyond half its low end or twice its
//! high end is reported.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{show, show_interval};
use crate::claims::Relation;
use crate::diagnostic::{Finding, Severity};

/// FC205.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::VagueRestated { vague, precise } = rel else {
            continue;
        };
        if super::in_different_blocks(ctx, *vague, *precise) {
            continue;
        }
        let (Some(v), Some(p)) = (ctx.interval(*vague), ctx.interval(*precise)) else {
            continue;
        };
        let (lo, hi) = (v.lo / 2.0, v.hi * 2.0);
        if p.hi >= lo && p.lo <= hi {
            continue;
        }
        let word = ctx.figure(*vague).hedge.clone().unwrap_or_default();
        out.push(
            ctx.report(info, Severity::Warning, *vague)
                .message(format!(
                    "\"{word}\" does not fit the {} stated for the same count",
                    ctx.written(*precise)
                ))
                .arithmetic(format!(
                    "\"{word}\" means {}; even read loosely ({} to {}) it cannot be {}",
                    show_interval(v),
                    show(lo),
                    show(hi),
                    show_interval(p)
                ))
                .label("vague amount")
                .related(*precise, "count")
                .build(),
        );
    }
    out
}

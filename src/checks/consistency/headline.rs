//! `headline-body-conflict`: the headline says seven dead, the body five. Headlines round
//! hard ("£1bn" for "£960m" is fine): the headline figure's own rounding is its tolerance.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::show_interval;
use crate::claims::Relation;
use crate::diagnostic::{Finding, Severity};

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
        let (Some(h), Some(b)) = (ctx.interval(*headline), ctx.interval(*body)) else {
            continue;
        };
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

//! `headline-body-conflict`: the headline says seven dead, the body five. Headlines round
//! hard ("£1bn" for "£960m" is fine): the headline figure's own rounding is its tolerance.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::{Context, finding};
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
        let (Some(h), Some(b)) = (ctx.interval(*headline), ctx.interval(*body)) else {
            continue;
        };
        if h.overlaps(&b) {
            continue;
        }
        let mut f = finding(
            info,
            Severity::Warning,
            ctx.figure(*headline).span,
            format!(
                "the headline says {} but the story says {}",
                ctx.written(*headline),
                ctx.written(*body)
            ),
            format!(
                "headline {} allows {}; body {} allows {}",
                ctx.written(*headline),
                show_interval(h),
                ctx.written(*body),
                show_interval(b)
            ),
        );
        f.label = "headline".into();
        f.related = vec![ctx.related(*body, "body")];
        out.push(f);
    }
    out
}

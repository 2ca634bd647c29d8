//! `restated-figure-conflict`: "The crash killed 14 people" ... "the crash killed 41
//! people". Intervals that cannot overlap; a developing toll ("at least 20" ... "27") and
//! different scopes ("last year", "in Scotland") are not conflicts.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::show_interval;
use crate::claims::Relation;
use crate::diagnostic::{Finding, Severity};

/// FC201.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::Restated { first, later } = rel else {
            continue;
        };
        if super::in_different_blocks(ctx, *first, *later) {
            continue;
        }
        let (Some(a), Some(b)) = (ctx.interval(*first), ctx.interval(*later)) else {
            continue;
        };
        if a.overlaps(&b) {
            continue;
        }
        let claim_a = &ctx.claims.claims[*first];
        let claim_b = &ctx.claims.claims[*later];
        let sources = match (&claim_a.source, &claim_b.source) {
            (Some(x), Some(y)) if x != y => Some((x.clone(), y.clone())),
            _ => None,
        };
        let what = format!(
            "{} {}",
            claim_a.counts.as_deref().unwrap_or("people"),
            claim_a.event.as_deref().unwrap_or("")
        );
        let mut message = format!(
            "{} restates {} ({what}) with a value it cannot have",
            ctx.written(*later),
            ctx.written(*first)
        );
        if let Some((x, y)) = &sources {
            message.push_str(&format!(
                "; the figures come from different sources ({x}, {y})"
            ));
        }
        out.push(
            ctx.report(
                info,
                if sources.is_some() {
                    Severity::Info
                } else {
                    Severity::Warning
                },
                *later,
            )
            .message(message)
            .arithmetic(format!(
                "{} allows {}, {} allows {}: no value fits both",
                ctx.written(*first),
                show_interval(a),
                ctx.written(*later),
                show_interval(b)
            ))
            .label("restated")
            .related(*first, "first stated")
            .build(),
        );
    }
    out
}

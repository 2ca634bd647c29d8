//! `numeral-word-mismatch`: "five (6)". A number in words and the numeral beside it must
//! be equal.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{format_like, show};
use crate::claims::Relation;
use crate::diagnostic::{Finding, Severity, Suggestion};

/// FC106.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::SideBySide { word, numeral } = rel else {
            continue;
        };
        let (Some(w), Some(n)) = (ctx.figure(*word).value, ctx.figure(*numeral).value) else {
            continue;
        };
        if (w - n).abs() < 1e-9 {
            continue;
        }
        out.push(
            ctx.report(info, Severity::Error, *numeral)
                .message(format!(
                    "\"{}\" is {}, but the numeral beside it says {}",
                    ctx.raw(*word),
                    show(w),
                    show(n)
                ))
                .arithmetic(format!(
                    "{} = {}, not {}",
                    ctx.written(*word),
                    show(w),
                    show(n)
                ))
                .label("numeral")
                .related(*word, "in words")
                .suggest(Some(Suggestion {
                    span: ctx.figure(*numeral).span,
                    replacement: format_like(w, ctx.written(*numeral).contains(',')),
                }))
                .build(),
        );
    }
    out
}

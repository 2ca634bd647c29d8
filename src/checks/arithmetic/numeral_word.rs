//! `numeral-word-mismatch`: "five (6)". A number in words and the numeral beside it must
//! be equal.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::{Context, finding};
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
        let mut f = finding(
            info,
            Severity::Error,
            ctx.figure(*numeral).span,
            format!(
                "\"{}\" is {}, but the numeral beside it says {}",
                ctx.written(*word),
                show(w),
                show(n)
            ),
            format!("{} = {}, not {}", ctx.written(*word), show(w), show(n)),
        );
        f.label = "numeral".into();
        f.related = vec![ctx.related(*word, "in words")];
        f.suggestion = Some(Suggestion {
            span: ctx.figure(*numeral).span,
            replacement: format_like(w, ctx.written(*numeral).contains(',')),
        });
        out.push(f);
    }
    out
}

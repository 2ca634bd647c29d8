//! `relative-date-mismatch`: "in 2015, 10 years ago" in a story of 2025 is right; "in
//! 2015, 15 years ago" is not. Needs the publication date; a year either way is allowed
//! (the exact dates are rarely given).

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::claims::Relation;
use crate::diagnostic::{Finding, Severity};

/// FC304.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(published) = ctx.published else {
        return out;
    };
    let now = i32::from(published.year());
    for rel in &ctx.claims.relations {
        let Relation::YearsAgo { duration, year } = rel else {
            continue;
        };
        let (Some(ago), Some(y)) = (ctx.figure(*duration).interval, ctx.figure(*year).value) else {
            continue;
        };
        let y = y as i32;
        let implied = f64::from(now - y);
        if implied >= ago.lo - 1.0 && implied <= ago.hi + 1.0 {
            continue;
        }
        out.push(
            ctx.report(
                info,
                if ctx.hedged(*duration) {
                    Severity::Warning
                } else {
                    Severity::Error
                },
                *duration,
            )
            .message(format!(
                "{y} is {} years before publication ({now}), not {}",
                now - y,
                ctx.written(*duration)
            ))
            .arithmetic(format!("{now} - {y} = {}", now - y))
            .label("years ago")
            .related(*year, "year")
            .build(),
        );
    }
    out
}

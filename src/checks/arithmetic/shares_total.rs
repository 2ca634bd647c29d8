//! `shares-exceed-whole`: percentages that split one base add up to more than 100%.
//! Each whole-number share may be off by half a point from rounding, so the sum may exceed
//! 100 by half a point per share before anything is wrong.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{severity_for, show};
use crate::claims::Relation;
use crate::diagnostic::Finding;

/// FC107.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::Partition { shares } = rel else {
            continue;
        };
        let values: Option<Vec<f64>> = shares.iter().map(|&k| ctx.figure(k).value).collect();
        let Some(values) = values else { continue };
        let lo: f64 = shares
            .iter()
            .filter_map(|&k| ctx.interval(k))
            .map(|i| i.lo)
            .sum();
        if lo <= 100.0 {
            continue;
        }
        let total: f64 = values.iter().sum();
        let written: Vec<String> = values.iter().map(|v| format!("{}%", show(*v))).collect();
        let Some((&last, others)) = shares.split_last() else {
            continue;
        };
        out.push(
            ctx.report(info, severity_for(false), last)
                .message(format!(
                    "these shares of one whole add up to {}%, more than 100%",
                    show(total)
                ))
                .arithmetic(format!(
                    "{} = {}%; rounding allows at most 100% + {} × 0.5 points",
                    written.join(" + "),
                    show(total),
                    shares.len()
                ))
                .label("share")
                .related_all(others.iter().copied(), "share")
                .build(),
        );
    }
    out
}

//! `share-count-mismatch`: "fewer than half of the 59, about 40"; "30 of 120, or 40%".
//! The count over the base must fall inside the share's interval (a percent's rounding and
//! truncation, a fraction word's ±0.03, a hedge's bound).

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{severity_for, show, show_interval};
use crate::claims::Relation;
use crate::diagnostic::Finding;
use crate::numeric::Interval;
use crate::parse::FigureKind;

/// FC103.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::Share { share, base, count } = rel else {
            continue;
        };
        let (Some(s), Some(b), Some(c)) = (
            ctx.interval(*share),
            ctx.interval(*base),
            ctx.interval(*count),
        ) else {
            continue;
        };
        if b.lo <= 0.0 {
            continue;
        }
        let percent = ctx.figure(*share).kind == FigureKind::Percent;
        let scale = if percent { 100.0 } else { 1.0 };
        // count / base over the intervals: lowest count over highest base, and back
        let implied = Interval::new(c.lo / b.hi * scale, c.hi / b.lo * scale);
        if implied.overlaps(&s) {
            continue;
        }
        let hedged = ctx.hedged(*share) || ctx.hedged(*base) || ctx.hedged(*count);
        let exact = match (ctx.figure(*count).value, ctx.figure(*base).value) {
            (Some(cv), Some(bv)) if bv != 0.0 => Some(cv / bv * scale),
            _ => None,
        };
        // shares are shown as percentages: "68%" reads better than 0.678
        let pct = |v: f64| if percent { v } else { v * 100.0 };
        let as_pct = |i: Interval| Interval::new(pct(i.lo), pct(i.hi));
        let implied_text = match exact {
            Some(v) => format!("{}%", show(pct(v).round())),
            None => format!("{}%", show_interval(as_pct(implied).rounded())),
        };
        let spread = if (c.hi - c.lo).abs() > 1e-9 || (b.hi - b.lo).abs() > 1e-9 {
            format!(
                " ({} / {} = {}%)",
                show_interval(c),
                show_interval(b),
                show_interval(as_pct(implied).rounded())
            )
        } else {
            String::new()
        };
        let arithmetic = format!(
            "{} / {} = {implied_text}{spread}, but \"{}\" allows {}%",
            ctx.figure(*count)
                .value
                .map_or_else(|| show_interval(c), show),
            ctx.figure(*base)
                .value
                .map_or_else(|| show_interval(b), show),
            ctx.raw(*share),
            show_interval(as_pct(s).rounded())
        );
        out.push(
            ctx.report(info, severity_for(hedged), *count)
                .message(format!(
                    "{} of {} is {implied_text}, but the text says {}",
                    ctx.written(*count),
                    ctx.written(*base),
                    ctx.written(*share)
                ))
                .arithmetic(arithmetic)
                .label("count")
                .related(*share, "share")
                .related(*base, "base")
                .build(),
        );
    }
    out
}

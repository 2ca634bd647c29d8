//! `share-count-mismatch`: "fewer than half of the 59, about 40"; "30 of 120, or 40%".
//! The count over the base must fall inside the share's interval (a percent's rounding and
//! truncation, a fraction word's ±0.03, a hedge's bound).

use super::severity;
use crate::claims::Relation;
use crate::diagnostic::Finding;
use crate::numeric::Interval;
use crate::parse::FigureKind;
use crate::rule::{Context, RuleInfo, finding, show, show_interval};

/// FC103.
pub fn check(ctx: &Context, info: &'static RuleInfo) -> Vec<Finding> {
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
        let unit = if percent { "%" } else { "" };
        let implied_text = exact.map_or_else(
            || show_interval(implied),
            |v| format!("{}{unit}", show((v * 1000.0).round() / 1000.0)),
        );
        let arithmetic = format!(
            "{} / {} = {}, but \"{}\" allows {}{unit}",
            show_interval(c),
            show_interval(b),
            implied_text,
            ctx.written(*share),
            show_interval(s)
        );
        let mut f = finding(
            info,
            severity(hedged),
            ctx.figure(*count).span,
            format!(
                "{} of {} is {}, which is not {}",
                ctx.written(*count),
                ctx.written(*base),
                implied_text,
                ctx.written(*share)
            ),
            arithmetic,
        );
        f.related = vec![ctx.related(*share, "share"), ctx.related(*base, "base")];
        out.push(f);
    }
    out
}

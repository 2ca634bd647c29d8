//! `percent-change-mismatch`: "rose 12% from 40 to 52". The change the two values imply,
//! over their rounding intervals, must meet the stated percentage's interval.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{severity_for, show, show_interval};
use crate::claims::{Direction, Relation};
use crate::diagnostic::Finding;
use crate::numeric::Interval;

/// FC104.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::Change {
            from,
            to,
            change,
            direction,
        } = rel
        else {
            continue;
        };
        let (Some(a), Some(b), Some(p)) = (
            ctx.interval(*from),
            ctx.interval(*to),
            ctx.interval(*change),
        ) else {
            continue;
        };
        if a.lo <= 0.0 || !a.hi.is_finite() || !b.hi.is_finite() {
            continue;
        }
        // (B - A) / A = B/A - 1 is increasing in B and decreasing in A
        let implied = Interval::new((b.lo / a.hi - 1.0) * 100.0, (b.hi / a.lo - 1.0) * 100.0);
        let stated = match direction {
            Direction::Down => Interval::new(-p.hi, -p.lo),
            _ => p,
        };
        let fits = implied.overlaps(&stated)
            || (*direction == Direction::Unknown && implied.overlaps(&Interval::new(-p.hi, -p.lo)));
        if fits {
            continue;
        }
        let hedged = ctx.hedged(*from) || ctx.hedged(*to) || ctx.hedged(*change);
        let exact = match (ctx.figure(*from).value, ctx.figure(*to).value) {
            (Some(x), Some(y)) if x != 0.0 => Some((y / x - 1.0) * 100.0),
            _ => None,
        };
        let implied_text = exact.map_or_else(
            || format!("{}%", show_interval(implied.rounded())),
            |v| format!("{}%", show((v * 10.0).round() / 10.0)),
        );
        // "a 25% fall" reads better than "-25%" beside a stated fall
        let described = match exact {
            Some(v) if v < 0.0 => format!("a {}% fall", show((-v * 10.0).round() / 10.0)),
            Some(v) => format!("a {}% rise", show((v * 10.0).round() / 10.0)),
            None => implied_text.clone(),
        };
        let arithmetic = format!(
            "({} - {}) / {} = {}, but the text says {}",
            ctx.written(*to),
            ctx.written(*from),
            ctx.written(*from),
            implied_text,
            ctx.written(*change)
        );
        out.push(
            ctx.report(info, severity_for(hedged), *change)
                .message(format!(
                    "{} to {} is {described}, not {}",
                    ctx.number_text(*from),
                    ctx.number_text(*to),
                    ctx.written(*change)
                ))
                .arithmetic(arithmetic)
                .label("stated change")
                .related(*from, "from")
                .related(*to, "to")
                .build(),
        );
    }
    out
}

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
        // a change said as a fraction ("a drop of a third") is a share of one
        let p = if ctx.figure(*change).kind == crate::parse::FigureKind::Fraction {
            Interval::new(p.lo * 100.0, p.hi * 100.0)
        } else {
            p
        };
        // the two ends of a pair are written to one precision: "from £3,200 to £3,000" is
        // read to the nearest £50 at both ends, not £3,000 as any round thousand
        let (a, b) = pair_precision(ctx, *from, *to, a, b);
        // (B - A) / A = B/A - 1 is increasing in B and decreasing in A
        let implied = Interval::new((b.lo / a.hi - 1.0) * 100.0, (b.hi / a.lo - 1.0) * 100.0);
        let stated = match direction {
            Direction::Down => Interval::new(-p.hi, -p.lo),
            _ => p,
        };
        let meets = |i: &Interval, slack: f64| {
            let widen = |x: Interval| Interval::new(x.lo - slack, x.hi + slack);
            i.overlaps(&widen(stated))
                || (*direction == Direction::Unknown
                    && i.overlaps(&widen(Interval::new(-p.hi, -p.lo))))
        };
        // a change stated beside two ends written out in full ("from £1,200 to £1,000",
        // "from 80,000 to 60,000") was worked out from them as written: the ends are read
        // exactly, the change within its rounding and a point either way
        let as_written = worked_out(ctx, *from, *to).map(|v| Interval::new(v, v));
        let fits = meets(&implied, 0.0) && as_written.is_none_or(|v| meets(&v, 1.0));
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

/// The two ends of a from/to pair read to the finer of their two precisions, when neither is
/// hedged: in "from $20 billion to $18.4 billion" the round figure is read as 19.5 to
/// 20.5 billion, not as any round twenty billion. Only a round figure (no decimals written) is read
/// finer, and never finer than a tenth of its own rounding.
fn pair_precision(
    ctx: &Context,
    from: usize,
    to: usize,
    a: Interval,
    b: Interval,
) -> (Interval, Interval) {
    let (Some(va), Some(vb)) = (ctx.figure(from).value, ctx.figure(to).value) else {
        return (a, b);
    };
    if ctx.hedged(from) || ctx.hedged(to) {
        return (a, b);
    }
    let fine = ((a.hi - a.lo) / 2.0).min((b.hi - b.lo) / 2.0);
    let narrow = |k: usize, v: f64, i: Interval| {
        let round = !ctx.number_text(k).contains('.');
        let half = fine.max((i.hi - i.lo) / 20.0);
        if round && i.lo <= v - half && v + half <= i.hi {
            Interval::new(v - half, v + half)
        } else {
            i
        }
    };
    (narrow(from, va, a), narrow(to, vb, b))
}

/// The change from `from` to `to` in per cent, when both are written out in full, digit for
/// digit ("£1,200", "80,000 tonnes": the digits are the value, no decimals, no scale word)
/// and neither is hedged.
fn worked_out(ctx: &Context, from: usize, to: usize) -> Option<f64> {
    let in_full = |k: usize| {
        let value = ctx.figure(k).value?;
        let digits: String = ctx
            .number_text(k)
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let full = !ctx.hedged(k)
            && !ctx.number_text(k).contains('.')
            && digits.len() <= 15
            && digits.parse::<f64>().ok() == Some(value);
        full.then_some(value)
    };
    let (x, y) = (in_full(from)?, in_full(to)?);
    (x > 0.0).then(|| (y / x - 1.0) * 100.0)
}

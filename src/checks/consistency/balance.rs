//! `balance`: stock and flow of one thing counted. More cannot have left or remain than
//! there were (251 taken cannot leave 300 remaining); where the text closes the account
//! ("leaving", "the rest") the flows must add up to the stock. An open account is normal
//! (earlier releases need not be mentioned again): at most an info note of what it leaves
//! unaccounted.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{severity_for, show, show_interval};
use crate::claims::Relation;
use crate::diagnostic::{Finding, Severity};
use crate::numeric::Interval;

/// FC204.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::Balance {
            name,
            stock,
            flows,
            complete,
        } = rel
        else {
            continue;
        };
        let Some(s) = ctx.interval(*stock) else {
            continue;
        };
        let mut sum = Interval::exact(0.0);
        let mut terms = Vec::new();
        for &k in flows {
            let Some(i) = ctx.interval(k) else { continue };
            sum = sum.add(&i);
            let event = ctx.claims.claims[k].event.clone().unwrap_or_default();
            terms.push(format!("{} {event}", ctx.written(k)));
        }
        let stock_event = ctx.claims.claims[*stock].event.clone().unwrap_or_default();
        let equation = format!(
            "{} {stock_event} ≥ {}",
            ctx.written(*stock),
            terms.join(" + ")
        );
        let hedged = flows.iter().any(|&k| ctx.hedged(k)) || ctx.hedged(*stock);
        let (severity, message, arithmetic) = if sum.lo > s.hi {
            (
                severity_for(hedged),
                format!(
                    "more {name} are accounted for ({}) than the {} {stock_event}",
                    show_interval(sum),
                    ctx.written(*stock)
                ),
                format!(
                    "{equation} fails: {} > {}",
                    show_interval(sum),
                    show_interval(s)
                ),
            )
        } else if *complete && !sum.overlaps(&s) {
            (
                severity_for(hedged),
                format!(
                    "the account of {name} is closed, but its parts ({}) do not add up to the {} {stock_event}",
                    show_interval(sum),
                    ctx.written(*stock)
                ),
                format!(
                    "{} = {}, not {}",
                    terms.join(" + "),
                    show_interval(sum),
                    show_interval(s)
                ),
            )
        } else if !*complete && s.lo > sum.hi {
            let (Some(sv), Some(total)) = (
                ctx.figure(*stock).value,
                flows
                    .iter()
                    .map(|&k| ctx.figure(k).value)
                    .sum::<Option<f64>>(),
            ) else {
                continue;
            };
            (
                Severity::Info,
                format!(
                    "{} of the {} {stock_event} are not accounted for in this text",
                    show(sv - total),
                    ctx.written(*stock)
                ),
                format!(
                    "{} - ({}) = {}",
                    show(sv),
                    terms.join(" + "),
                    show(sv - total)
                ),
            )
        } else {
            continue;
        };
        let primary = if severity == Severity::Info {
            *stock
        } else {
            *flows.last().unwrap_or(stock)
        };
        let mut finding = ctx
            .report(info, severity, primary)
            .message(message)
            .arithmetic(arithmetic)
            .label(if severity == Severity::Info {
                "stock"
            } else {
                "flow"
            });
        for k in std::iter::once(*stock).chain(flows.iter().copied()) {
            if k != primary {
                finding = finding.related(k, if k == *stock { "stock" } else { "flow" });
            }
        }
        out.push(finding.build());
    }
    out
}

//! `age-mismatch`: "born in 1970, the 62-year-old" in a story of 2025. The age is taken at
//! the year the sentence places it ("was shot in 1997"), else at publication; the birthday
//! is unknown, so two ages fit each pair of years.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::claims::Relation;
use crate::diagnostic::{Finding, Severity};

/// FC303.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        let Relation::BirthAge { age, birth, event } = rel else {
            continue;
        };
        let birth_fig = ctx.figure(*birth);
        let born = birth_fig
            .date
            .and_then(|d| d.year)
            .or_else(|| birth_fig.value.map(|v| v as i32));
        let at = match event {
            // a year, or a date with its year ("in July 2022")
            Some(e) => {
                let f = ctx.figure(*e);
                f.date
                    .and_then(|d| d.year)
                    .or_else(|| f.value.map(|v| v as i32))
            }
            None => ctx.published.map(|d| i32::from(d.year())),
        };
        let (Some(born), Some(at), Some(stated)) = (born, at, ctx.figure(*age).value) else {
            continue;
        };
        let stated = stated as i32;
        let (young, old) = (at - born - 1, at - born);
        if stated == young || stated == old || old < 0 {
            continue;
        }
        // charitable: "Born in 1950, the 74-year-old mayor was first elected in 1988"
        // gives the age at publication, not at the other clause's year
        let at_publication = ctx.published.map(|d| i32::from(d.year()) - born);
        if event.is_some() && at_publication.is_some_and(|a| stated == a || stated == a - 1) {
            continue;
        }
        let when = if event.is_some() {
            "in"
        } else {
            "at publication,"
        };
        let mut finding = ctx
            .report(info, Severity::Error, *age)
            .message(format!(
                "someone born in {born} was {young} or {old} {when} {at}, not {stated}"
            ))
            .arithmetic(format!(
                "{at} - {born} = {old} (or {young} before the birthday), but the text says {stated}"
            ))
            .label("stated age")
            .related(*birth, "birth");
        if let Some(e) = event {
            finding = finding.related(*e, "year of the event");
        }
        out.push(finding.build());
    }
    out
}

//! The whole pipeline on one document: parse, read the claims, run the selected checks, and
//! the figure records the `figures` ledger renders.
//!
//! This is the one module that knows every stage; the stages themselves know only the ones
//! before them.

use crate::claims::{self, Claim, Claims};
use crate::config::Config;
use crate::diagnostic::Finding;
use crate::parse::{self, Block, BlockKind, Figure, Parsed};
use crate::report::{BlockRecord, DateRecord, FigureLedger, FigureRecord, Num, SpanRecord};
use crate::source::{Document, LineIndex};

/// The result of checking one document: its figures, their claims and the findings.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Report {
    pub parsed: Parsed,
    pub claims: Claims,
    pub findings: Vec<Finding>,
}

/// Reads one document without checking it: its figures and what they count (the
/// `figures` ledger needs no more).
pub fn read(doc: &Document, config: &Config) -> (Parsed, Claims) {
    let parsed = parse::parse(doc, &config.lexicon);
    let claims = claims::analyse(&doc.text, &parsed, &config.claims);
    (parsed, claims)
}

/// Checks one document: parse, read the claims, run the selected checks.
pub fn check(doc: &Document, config: &Config) -> Report {
    let (parsed, claims) = read(doc, config);
    // the input's own date wins over the configured one
    let published = match &doc.date {
        Some(d) => d.parse::<jiff::civil::Date>().ok(),
        None => config.date,
    };
    let ctx = crate::checks::Context {
        text: &doc.text,
        parsed: &parsed,
        claims: &claims,
        published,
        lexicon: &config.lexicon,
    };
    let mut findings = crate::checks::run(&ctx, &config.selection);
    findings.retain(|f| {
        !doc.suppressions
            .iter()
            .any(|s| s.covers(f.span.start, f.code, f.name))
    });
    Report {
        parsed,
        claims,
        findings,
    }
}

/// The figure ledger of one document: every figure with what it counts, as the `figures`
/// command writes it.
pub fn ledger(doc: &Document, config: &Config) -> FigureLedger {
    let (parsed, claims) = read(doc, config);
    let index = LineIndex::new(&doc.original);
    let records = parsed
        .figures
        .iter()
        .zip(&claims.claims)
        .map(|(f, claim)| {
            let block = parsed
                .sentences
                .get(f.sentence as usize)
                .and_then(|s| s.block);
            figure_record(&doc.original, &index, f, Some(claim), block)
        })
        .collect();
    FigureLedger {
        id: doc.id.clone(),
        records,
        relations: claims.relations.iter().map(|r| r.record()).collect(),
        published: doc
            .date
            .clone()
            .or_else(|| config.date.map(|d| d.to_string())),
    }
}

/// The record of a figure found in `text`, with what the claims stage says it counts and
/// what happened to it.
fn figure_record(
    text: &str,
    index: &LineIndex,
    f: &Figure,
    claim: Option<&Claim>,
    block: Option<Block>,
) -> FigureRecord {
    let span = SpanRecord::new(text, index, f.span);
    FigureRecord {
        text: span.text.clone(),
        span,
        value: f.value.map(Num),
        lo: f.interval.and_then(|i| i.lo_bound()).map(Num),
        hi: f.interval.and_then(|i| i.hi_bound()).map(Num),
        kind: f.kind.as_str(),
        unit: f.unit.clone(),
        counts: claim.and_then(|c| c.counts.clone()),
        event: claim.and_then(|c| c.event.clone()),
        hedge: f.hedge.clone(),
        ratio: f.ratio.as_deref().map(|&(a, b)| [Num(a), Num(b)]),
        date: f.date.map(|d| DateRecord {
            year: d.year,
            month: d.month,
            day: d.day,
            weekday: d.weekday,
        }),
        sentence: f.sentence,
        headline: f.headline,
        capped: claim.is_some_and(|c| c.capped),
        block: block.map(|b| BlockRecord {
            id: b.id,
            kind: match b.kind {
                BlockKind::Row => "row",
                BlockKind::Item => "item",
                BlockKind::Entry => "entry",
            },
        }),
    }
}

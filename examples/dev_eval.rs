//! Recall on errors written by others: scores `../shared/corpora/errors/dev-cases.jsonl`
//! exactly as its README says. A bad case is caught when one error-or-warning finding's span
//! or related spans overlap at least one anchor of every anchor group; a clean case is a false
//! alarm when it gets any warning or error (`info` is allowed). A case's `date` is passed as
//! the publication date, as `--date` would.
//!
//! ```text
//! cargo run --profile dev-opt --example dev_eval -- [--gate MIN_RECALL MAX_FALSE_ALARMS] [--quiet]
//!     [--cases PATH]
//! ```
//! `--cases`: score another set in the same format instead, its path relative to the
//! repository (`tests/errors/heldout-cases.jsonl`: pairs written for us by someone who had not
//! read the code, to measure recall on phrasings the checks were not built on).
//! Prints recall and false alarms per family (the id's first word) and per source, then the
//! misses and false alarms with the findings they got. `--gate 0.5 1`: exit 1 when recall is
//! below 0.5 or more than one clean case alarms. `FIGCHECK_SHARED` names the shared folder
//! (default `../shared`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use figcheck::config::Config;
use figcheck::diagnostic::{Finding, Severity};
use figcheck::source::{Document, Span};
use serde::Deserialize;

/// One line of the corpus.
#[derive(Deserialize)]
struct Case {
    id: String,
    text: String,
    /// Anchor groups: exact substrings of `text`; empty for a clean case.
    flag: Vec<Vec<String>>,
    date: Option<String>,
    source: String,
}

/// Tallies of one family or source.
#[derive(Default)]
struct Tally {
    bad: usize,
    caught: usize,
    clean: usize,
    alarms: usize,
}

impl Tally {
    fn add(&mut self, is_bad: bool, ok: bool) {
        if is_bad {
            self.bad += 1;
            self.caught += usize::from(ok);
        } else {
            self.clean += 1;
            self.alarms += usize::from(!ok);
        }
    }
}

/// Every byte span where `anchor` occurs in `text`.
fn occurrences(text: &str, anchor: &str) -> Vec<Span> {
    if anchor.is_empty() {
        return Vec::new();
    }
    text.match_indices(anchor)
        .map(|(at, m)| Span::new(at, at + m.len()))
        .collect()
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Whether `finding` touches at least one anchor of every group.
fn catches(finding: &Finding, groups: &[Vec<Span>]) -> bool {
    let spans: Vec<Span> = std::iter::once(finding.span)
        .chain(finding.related.iter().map(|r| r.span))
        .collect();
    groups.iter().all(|group| {
        group
            .iter()
            .any(|anchor| spans.iter().any(|s| overlaps(*s, *anchor)))
    })
}

fn family(id: &str) -> &str {
    id.split('-').next().unwrap_or(id)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quiet = args.iter().any(|a| a == "--quiet");
    let gate = args.iter().position(|a| a == "--gate").and_then(|p| {
        let recall = args.get(p + 1)?.parse::<f64>().ok()?;
        let alarms = args.get(p + 2)?.parse::<usize>().ok()?;
        Some((recall, alarms))
    });
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("FIGCHECK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared"));
    // `--cases PATH`: another set in the same format (ours, in the repository: it must exist)
    let own = args
        .iter()
        .position(|a| a == "--cases")
        .and_then(|p| args.get(p + 1));
    let path = own.map_or_else(
        || shared.join("corpora/errors/dev-cases.jsonl"),
        |p| root.join(p),
    );
    let Ok(content) = std::fs::read_to_string(&path) else {
        if own.is_some() {
            eprintln!("dev eval: cannot read {}", path.display());
            std::process::exit(1);
        }
        println!("dev eval: skipped, {} not found", path.display());
        return;
    };
    let config = Config::default();
    let mut by_family: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_source: BTreeMap<String, Tally> = BTreeMap::new();
    let mut total = Tally::default();
    let mut misses = Vec::new();
    let mut false_alarms = Vec::new();
    for (n, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Case = match serde_json::from_str(line) {
            Ok(case) => case,
            Err(e) => {
                println!("dev eval: line {} unreadable: {e}", n + 1);
                std::process::exit(2);
            }
        };
        let mut doc = Document::from_text(&case.id, &case.text);
        doc.date = case.date.clone();
        let report = figcheck::check(&doc, &config);
        let alarms: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.severity > Severity::Info)
            .collect();
        let is_bad = !case.flag.is_empty();
        let ok = if is_bad {
            let groups: Vec<Vec<Span>> = case
                .flag
                .iter()
                .map(|g| g.iter().flat_map(|a| occurrences(&case.text, a)).collect())
                .collect();
            alarms.iter().any(|f| catches(f, &groups))
        } else {
            alarms.is_empty()
        };
        by_family
            .entry(family(&case.id).to_string())
            .or_default()
            .add(is_bad, ok);
        by_source
            .entry(case.source.clone())
            .or_default()
            .add(is_bad, ok);
        total.add(is_bad, ok);
        if !ok {
            let described: Vec<String> = alarms
                .iter()
                .map(|f| {
                    format!(
                        "{} {} at {:?}: {}",
                        f.code,
                        f.name,
                        &case.text[f.span.range()],
                        f.arithmetic
                    )
                })
                .collect();
            let entry = (
                case.id.clone(),
                case.text.clone(),
                case.flag.clone(),
                described,
            );
            if is_bad {
                misses.push(entry);
            } else {
                false_alarms.push(entry);
            }
        }
    }
    let row = |name: &str, t: &Tally| {
        println!(
            "  {name:<16} caught {:>2}/{:<2}  false alarms {:>2}/{:<2}",
            t.caught, t.bad, t.alarms, t.clean
        );
    };
    println!("by family:");
    for (name, t) in &by_family {
        row(name, t);
    }
    println!("by source:");
    for (name, t) in &by_source {
        row(name, t);
    }
    if !quiet {
        for (title, list) in [("misses", &misses), ("false alarms", &false_alarms)] {
            println!("{title}:");
            for (id, text, flag, described) in list {
                println!("  {id}: {}", text.replace('\n', " / "));
                if !flag.is_empty() {
                    println!("    anchors: {flag:?}");
                }
                for d in described {
                    println!("    got {d}");
                }
            }
        }
    }
    let recall = total.caught as f64 / total.bad.max(1) as f64;
    println!(
        "dev set: recall {}/{} ({:.1}%), false alarms {}/{} clean cases",
        total.caught,
        total.bad,
        recall * 100.0,
        total.alarms,
        total.clean
    );
    if let Some((min_recall, max_alarms)) = gate {
        if recall + 1e-9 < min_recall || total.alarms > max_alarms {
            println!(
                "GATE FAILED: recall {recall:.3} (at least {min_recall}), false alarms {} (at most {max_alarms})",
                total.alarms
            );
            std::process::exit(1);
        }
        println!("gate passed: recall at least {min_recall}, at most {max_alarms} false alarms");
    }
}

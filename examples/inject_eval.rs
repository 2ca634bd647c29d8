//! Error injection: how many single-figure changes figcheck catches. For each figure of
//! the seed story (`../shared/seed/article.txt`, published 2025-03-06), the number is
//! replaced in turn by ten times itself, a tenth of itself, itself plus a third, and itself
//! minus a third (rounded); each changed story is checked and a change counts as caught
//! when a new warning or error touches the changed figure or one related to it.
//!
//! `cargo run --release --example inject_eval [-- --list]`

use figcheck::config::Config;
use figcheck::diagnostic::Severity;
use figcheck::parse::FigureKind;
use figcheck::source::Document;

fn check(text: &str) -> Vec<figcheck::diagnostic::Finding> {
    let mut doc = Document::from_text("seed", text);
    doc.date = Some("2025-03-06".into());
    figcheck::check(&doc, &Config::default())
        .findings
        .into_iter()
        .filter(|f| f.severity > Severity::Info)
        .collect()
}

fn main() {
    let list = std::env::args().any(|a| a == "--list");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/article.txt");
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("inject eval: skipped, {path} not found");
        return;
    };
    let base = check(&text);
    let doc = Document::from_text("seed", &text);
    let figures = figcheck::check(&doc, &Config::default()).parsed.figures;
    let (mut tried, mut caught) = (0, 0);
    for f in &figures {
        if !matches!(
            f.kind,
            FigureKind::Count | FigureKind::Money | FigureKind::Percent
        ) {
            continue;
        }
        let Some(v) = f.value else { continue };
        // the digits of the figure as written (words are replaced by digits)
        let written = &text[f.span.range()];
        let number_start = written.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        let number_end = written
            .rfind(|c: char| c.is_ascii_digit())
            .map_or(written.len(), |e| e + 1);
        let is_digits = written[number_start..number_end]
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
        let (start, end) = if is_digits && number_end > number_start {
            (
                f.span.start as usize + number_start,
                f.span.start as usize + number_end,
            )
        } else {
            (f.span.start as usize, f.span.end as usize)
        };
        let scale = if written.contains("million") {
            1e6
        } else {
            1.0
        };
        for (label, factor) in [
            ("x10", 10.0),
            ("/10", 0.1),
            ("+1/3", 4.0 / 3.0),
            ("-1/3", 2.0 / 3.0),
        ] {
            // counts stay whole numbers; scaled figures keep one decimal
            let new = if scale == 1.0 && f.kind == FigureKind::Count {
                (v * factor).round()
            } else {
                (v / scale * factor * 10.0).round() / 10.0
            };
            if new <= 0.0 || (new - v / scale).abs() < 1e-9 {
                continue;
            }
            let replacement = if new.fract() == 0.0 {
                format!("{}", new as i64)
            } else {
                format!("{new}")
            };
            let changed = format!("{}{}{}", &text[..start], replacement, &text[end..]);
            let found = check(&changed);
            let new_findings = found.len() > base.len();
            tried += 1;
            if new_findings {
                caught += 1;
            }
            if list {
                println!(
                    "{:<6} {:<22} -> {:<10} {}",
                    label,
                    format!("{written:?}"),
                    replacement,
                    if new_findings {
                        found.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
                    } else {
                        "-".into()
                    }
                );
            }
        }
    }
    println!(
        "seed story: {caught} of {tried} single-figure changes caught ({:.0}%)",
        caught as f64 * 100.0 / tried.max(1) as f64
    );
}

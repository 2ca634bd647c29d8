//! False alarms on real news: runs `check` over a news corpus of `../shared/corpora/news/`
//! (each story once: exact duplicates are skipped), prints every warning and error with its
//! sentence, and the count per 100 articles.
//!
//! ```text
//! cargo run --profile dev-opt --example news_eval -- [--corpus bbc|reuters|PATH]
//!     [--gate MAX_PER_100] [--quiet]
//! ```
//! `--corpus`: `bbc` (the default, `bbc-news-2225.jsonl`), `reuters`
//! (`reuters-21578-10k.jsonl`) or the path of any JSONL corpus; `FIGCHECK_SHARED` names the
//! shared folder (default `../shared`).
//! `--gate`: exit 1 if warnings and errors per 100 articles exceed the given number.
//! The corpora are their owners' copyright, for research use: nothing of them is stored here.

use std::collections::HashSet;
use std::path::PathBuf;

use figcheck::config::Config;
use figcheck::diagnostic::Severity;
use figcheck::source::{LineIndex, read_jsonl};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quiet = args.iter().any(|a| a == "--quiet");
    let gate = args
        .iter()
        .position(|a| a == "--gate")
        .and_then(|p| args.get(p + 1))
        .and_then(|s| s.parse::<f64>().ok());
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("FIGCHECK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared"));
    let corpus = args
        .iter()
        .position(|a| a == "--corpus")
        .and_then(|p| args.get(p + 1))
        .map_or("bbc", String::as_str);
    let path = match corpus {
        "bbc" => shared.join("corpora/news/bbc-news-2225.jsonl"),
        "reuters" => shared.join("corpora/news/reuters-21578-10k.jsonl"),
        other => PathBuf::from(other),
    };
    // the weekday tally below is about the BBC's undated stories only
    let is_bbc = corpus == "bbc";
    let Ok(content) = std::fs::read_to_string(&path) else {
        println!("news eval: skipped, {} not found", path.display());
        return;
    };
    let docs = read_jsonl(&path.display().to_string(), &content).expect("corpus parses");
    let config = Config::default();
    let mut seen = HashSet::new();
    let (mut articles, mut alarms, mut infos, mut bytes) = (0usize, 0usize, 0usize, 0usize);
    // weekday-and-date mentions: the corpus has no publication dates, so they are checked
    // here against the calendars of 2004 and 2005, the years its stories come from
    let (mut weekdays, mut weekdays_fit) = (0usize, 0usize);
    let mut checking = std::time::Duration::ZERO;
    for doc in &docs {
        if !seen.insert(doc.text.trim().to_string()) {
            continue;
        }
        articles += 1;
        bytes += doc.text.len();
        let started = std::time::Instant::now();
        let report = figcheck::check(doc, &config);
        checking += started.elapsed();
        for f in &report.parsed.figures {
            let Some(d) = f.date else { continue };
            let (Some(wd), Some(m), Some(day)) = (d.weekday, d.month, d.day) else {
                continue;
            };
            weekdays += 1;
            let fits = [2004i16, 2005].iter().any(|&y| {
                jiff::civil::Date::new(y, m as i8, day as i8)
                    .is_ok_and(|date| date.weekday().to_monday_zero_offset() as u8 == wd)
            });
            if fits {
                weekdays_fit += 1;
            } else if !quiet && is_bbc {
                println!(
                    "{}: weekday and date fit neither 2004 nor 2005: {}",
                    doc.id,
                    &doc.original[f.span.range()]
                );
            }
        }
        let index = LineIndex::new(&doc.original);
        for f in &report.findings {
            if f.severity == Severity::Info {
                infos += 1;
                continue;
            }
            alarms += 1;
            if !quiet {
                let pos = index.position(&doc.original, f.span.start);
                let sentence = report
                    .parsed
                    .sentences
                    .iter()
                    .find(|s| {
                        s.span.start <= f.span.start
                            && f.span.start < s.span.end.max(s.span.start + 1)
                    })
                    .map(|s| doc.original[s.span.range()].replace('\n', " "))
                    .unwrap_or_default();
                println!(
                    "{}:{}:{} {} {} {}: {}\n    {}\n    | {}",
                    doc.id,
                    pos.line,
                    pos.column,
                    f.severity.as_str(),
                    f.code,
                    f.name,
                    f.message,
                    f.arithmetic,
                    sentence
                );
            }
        }
    }
    let secs = checking.as_secs_f64();
    let per_100 = alarms as f64 * 100.0 / articles.max(1) as f64;
    println!(
        "{articles} distinct articles: {alarms} warnings or errors ({per_100:.2} per 100 articles), {infos} infos; check ran at {:.1} MB/s",
        bytes as f64 / secs / 1e6
    );
    if is_bbc {
        println!(
            "{weekdays} weekday-and-date mentions, {weekdays_fit} of them right for 2004 or 2005"
        );
    }
    if let Some(max) = gate {
        if per_100 > max + 1e-9 {
            println!("GATE FAILED: {per_100:.2} per 100 articles, more than {max}");
            std::process::exit(1);
        }
        println!("gate passed: at most {max} per 100 articles");
    }
}

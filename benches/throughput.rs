//! Throughput of the figure parser and of the whole check on the news corpus
//! (`../shared/corpora/news/`), in bytes per second, and linearity: one 1 MB document
//! against one 10 MB document, for the parser and for the whole check.
//!
//! `cargo bench --bench throughput`. Skips with a message where the corpus is absent.

use std::path::PathBuf;

use criterion::{Criterion, Throughput};
use figcheck::parse::lexicon::Lexicon;
use figcheck::parse::parse;
use figcheck::source::{Document, read_jsonl};

/// The allocator of the `figcheck` binary (src/main.rs), so that this measures what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus() -> Option<Vec<Document>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("FIGCHECK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared"));
    let path = shared.join("corpora/news/bbc-news-2225.jsonl");
    let text = std::fs::read_to_string(&path).ok()?;
    read_jsonl(&path.display().to_string(), &text).ok()
}

fn main() {
    let Some(docs) = corpus() else {
        println!("throughput bench: skipped, the news corpus is not beside the checkout");
        return;
    };
    let lex = Lexicon::builtin();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut c = Criterion::default().configure_from_args();

    let mut group = c.benchmark_group("figures");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("news corpus, article by article", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| parse(d, lex).figures.len())
                .sum::<usize>()
        })
    });
    group.bench_function("check: news corpus, article by article", |b| {
        let config = figcheck::config::Config::default();
        b.iter(|| {
            docs.iter()
                .map(|d| figcheck::check(d, &config).findings.len())
                .sum::<usize>()
        })
    });
    group.finish();

    // Linearity: the same prose as one document of about 1 MB and of about 10 MB.
    let all: String = docs
        .iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut big = String::new();
    while big.len() < 10 * 1024 * 1024 {
        big.push_str(&all);
        big.push_str("\n\n");
    }
    let cut = |n: usize| {
        let mut end = n.min(big.len());
        while !big.is_char_boundary(end) {
            end -= 1;
        }
        big[..end].to_string()
    };
    let config = figcheck::config::Config::default();
    let mut group = c.benchmark_group("linearity");
    group.sample_size(10);
    for (name, size) in [
        ("1 MB document", 1024 * 1024),
        ("10 MB document", 10 * 1024 * 1024),
    ] {
        let doc = Document::from_text("big.txt", &cut(size));
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        group.bench_function(format!("figures, {name}"), |b| {
            b.iter(|| parse(&doc, lex).figures.len())
        });
        // the whole check, document-level links included: must stay linear too
        group.bench_function(format!("check, {name}"), |b| {
            b.iter(|| figcheck::check(&doc, &config).findings.len())
        });
    }
    group.finish();
    c.final_summary();
}

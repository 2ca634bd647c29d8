//! Parses the news corpus N times (default 20): a target for profilers.
//! `cargo run --release --example profile_parse -- 20`
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    // the corpora beside the repository, or where FIGCHECK_SHARED says (a worktree)
    let shared = std::env::var("FIGCHECK_SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared").to_string());
    let path = &format!("{shared}/corpora/news/bbc-news-2225.jsonl");
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("profile_parse: corpus not found at {path}");
        return;
    };
    let docs = figcheck::source::read_jsonl(path, &text).expect("corpus parses");
    let lex = figcheck::parse::lexicon::Lexicon::builtin();
    let mut figures = 0;
    let start = std::time::Instant::now();
    for _ in 0..n {
        for d in &docs {
            figures += figcheck::parse::parse(d, lex).figures.len();
        }
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum::<usize>() * n;
    let secs = start.elapsed().as_secs_f64();
    println!("{figures} figures, {:.1} MB/s", bytes as f64 / secs / 1e6);
    if std::env::args().any(|a| a == "--only-parse") {
        return;
    }
    // stage by stage
    let start = std::time::Instant::now();
    let mut tokens = 0;
    for _ in 0..n {
        for d in &docs {
            tokens += figcheck::parse::token::tokenize(&d.text).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "tokenize: {tokens} tokens, {:.1} MB/s",
        bytes as f64 / secs / 1e6
    );
    let toks: Vec<_> = docs
        .iter()
        .map(|d| figcheck::parse::token::tokenize(&d.text))
        .collect();
    let start = std::time::Instant::now();
    let mut sentences = 0;
    for _ in 0..n {
        for (d, t) in docs.iter().zip(&toks) {
            sentences +=
                figcheck::parse::sentence::split(&d.text, &d.original, t, false, d.title).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "sentences: {sentences}, {:.1} MB/s",
        bytes as f64 / secs / 1e6
    );
    let start = std::time::Instant::now();
    let mut len = 0;
    for _ in 0..n {
        for d in &docs {
            len += d.text.to_ascii_lowercase().len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("lowercase: {len}, {:.1} MB/s", bytes as f64 / secs / 1e6);
}

//! Every check's own examples in `rules/checks.toml`: each `fail` text raises it, each
//! `pass` text does not.

use figcheck::checks::catalogue;
use figcheck::config::Config;
use figcheck::source::Document;

/// An example text; one that opens with front matter is read as Markdown (for its date).
fn doc(text: &str) -> Document {
    if text.starts_with("---\n") {
        Document::from_markdown("example.md", text)
    } else {
        Document::from_text("example", text)
    }
}

#[test]
fn rule_examples_pass_and_fail_as_documented() {
    let config = Config::default();
    let mut problems = Vec::new();
    for info in catalogue() {
        for text in &info.fail {
            let report = figcheck::check(&doc(text), &config);
            // firing means a warning or an error: an info note is not an alarm
            let loud = |f: &&figcheck::diagnostic::Finding| {
                f.code == info.code && f.severity > figcheck::diagnostic::Severity::Info
            };
            if !report.findings.iter().any(|f| loud(&f)) {
                problems.push(format!("{} should fire on: {text}", info.code));
            }
        }
        for text in &info.pass {
            let report = figcheck::check(&doc(text), &config);
            if let Some(f) = report
                .findings
                .iter()
                .find(|f| f.code == info.code && f.severity > figcheck::diagnostic::Severity::Info)
            {
                problems.push(format!(
                    "{} should not fire on: {text} ({})",
                    info.code, f.arithmetic
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

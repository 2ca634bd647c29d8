//! The checks on fixtures of our own writing: `tests/fixtures/<family>/<CODE>-fail.*` and
//! `-pass.*`. A file holds several cases: paragraphs of one document, or, where cases must
//! not see each other (the document-level checks), documents separated by a `====` line.
//! Every failing case raises the check named by the file (as a warning or error), no
//! passing case raises a warning or error. Human and JSON output are snapshotted.

use figcheck::config::Config;
use figcheck::diagnostic::{Finding, Severity};
use figcheck::report::{self, FileFindings};
use figcheck::source::{Document, InputFormat};

const SEPARATOR: &str = "\n====\n";

struct Case {
    id: String,
    doc: Document,
    findings: Vec<Finding>,
}

/// The cases of a fixture file and how many of them there are.
fn run(path: &std::path::Path) -> (String, Vec<Case>, usize) {
    let text = std::fs::read_to_string(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let family = path
        .parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .to_string();
    let id = format!("tests/fixtures/{family}/{name}");
    let format = InputFormat::from_path(&id);
    let config = Config::default();
    let check = |id: String, text: &str| {
        let doc = Document::from_format(&id, text, format);
        let findings = figcheck::check(&doc, &config).findings;
        Case { id, doc, findings }
    };
    if text.contains(SEPARATOR) {
        let cases: Vec<Case> = text
            .split(SEPARATOR)
            .enumerate()
            .map(|(n, part)| check(format!("{id}#{}", n + 1), part))
            .collect();
        let count = cases.len();
        (name, cases, count)
    } else {
        let case = check(id, &text);
        let count = case
            .doc
            .text
            .split("\n\n")
            .filter(|p| p.chars().any(char::is_alphanumeric))
            .count();
        (name, vec![case], count)
    }
}

fn loud(f: &Finding) -> bool {
    f.severity > Severity::Info
}

#[test]
fn fixtures_raise_exactly_their_check() {
    let mut problems = Vec::new();
    for path in fixtures() {
        let (name, cases, count) = run(&path);
        let code = name.split('-').next().unwrap();
        let hits = cases
            .iter()
            .flat_map(|c| &c.findings)
            .filter(|f| f.code == code && loud(f))
            .count();
        if name.contains("-fail") {
            if hits != count || count < 3 {
                problems.push(format!(
                    "{name}: {hits} findings of {code} for {count} failing cases"
                ));
            }
        } else if let Some(f) = cases.iter().flat_map(|c| &c.findings).find(|f| loud(f)) {
            problems.push(format!("{name}: unexpected {} {}", f.code, f.arithmetic));
        } else if count < 3 {
            problems.push(format!("{name}: needs at least three passing cases"));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

fn fixtures() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for family in std::fs::read_dir(&root).unwrap() {
        let family = family.unwrap().path();
        if family.is_dir() {
            for f in std::fs::read_dir(&family).unwrap() {
                out.push(f.unwrap().path());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn fixture_reports_as_users_see_them() {
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::glob!("fixtures/*/*.{txt,md}", |path| {
            let (_, cases, _) = run(path);
            let files: Vec<FileFindings> = cases
                .iter()
                .map(|c| FileFindings { id: c.id.clone(), text: &c.doc.original, findings: c.findings.clone() })
                .collect();
            let human: String = files.iter().map(|f| report::human::findings(f, false)).collect();
            let json = report::json::findings(&files);
            insta::assert_snapshot!(format!("{human}---- json ----\n{json}"));
        });
    });
}

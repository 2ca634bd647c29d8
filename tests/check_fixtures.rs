//! The checks on fixtures of our own writing (`tests/fixtures/<family>/<CODE>-fail.txt`
//! and `-pass.txt`, one case a paragraph): every failing paragraph raises the check named by
//! the file, no passing paragraph raises anything. Human and JSON output are snapshotted.

use figcheck::config::Config;
use figcheck::report::{self, FileFindings};
use figcheck::source::Document;

fn run(path: &std::path::Path) -> (String, String, Document, Vec<figcheck::diagnostic::Finding>) {
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
    let doc = Document::from_format(&id, &text, figcheck::source::InputFormat::from_path(&id));
    let findings = figcheck::check(&doc, &Config::default()).findings;
    (name, id, doc, findings)
}

#[test]
fn fixtures_raise_exactly_their_check() {
    let mut problems = Vec::new();
    for entry in glob_fixtures() {
        let (name, _, doc, findings) = run(&entry);
        let code = name.split('-').next().unwrap();
        let cases = doc
            .text
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .count();
        if name.contains("-fail") {
            let hits = findings.iter().filter(|f| f.code == code).count();
            if hits != cases || cases < 3 {
                problems.push(format!(
                    "{name}: {hits} findings of {code} for {cases} failing cases"
                ));
            }
        } else if let Some(f) = findings.first() {
            problems.push(format!("{name}: unexpected {} {}", f.code, f.arithmetic));
        } else if cases < 3 {
            problems.push(format!("{name}: needs at least three passing cases"));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

fn glob_fixtures() -> Vec<std::path::PathBuf> {
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
            let (_, id, doc, findings) = run(path);
            let file = FileFindings { id, text: &doc.original, findings };
            let human = report::human::findings(&file, false);
            let json = report::json::findings(std::slice::from_ref(&file));
            insta::assert_snapshot!(format!("{human}---- json ----\n{json}"));
        });
    });
}

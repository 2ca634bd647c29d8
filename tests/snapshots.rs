//! Snapshots of what a user sees: the figure ledger of each sample article, as
//! `figcheck figures` prints it. Stored in the top-level `snapshots/` folder.

use figcheck::report::{self, FigureLedger, FigureRecord};
use figcheck::source::{Document, InputFormat, LineIndex};

fn ledger(path: &std::path::Path) -> FigureLedger {
    let text = std::fs::read_to_string(path).unwrap();
    let name = format!(
        "examples/articles/{}",
        path.file_name().unwrap().to_string_lossy()
    );
    let doc = Document::from_format(&name, &text, InputFormat::from_path(&name));
    let (parsed, claims) = figcheck::read(&doc, &figcheck::config::Config::default());
    let index = LineIndex::new(&doc.original);
    FigureLedger {
        id: doc.id.clone(),
        records: parsed
            .figures
            .iter()
            .zip(&claims.claims)
            .map(|(f, claim)| FigureRecord::new(&doc.original, &index, f, Some(claim)))
            .collect::<Vec<_>>(),
        relations: claims.relations.iter().map(|r| r.record()).collect(),
    }
}

#[test]
fn figure_ledgers_of_the_sample_articles() {
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::glob!("../examples/articles", "*.*", |path| {
            insta::assert_snapshot!(report::human::figures(&ledger(path)));
        });
    });
}

/// What `figcheck check` says of each sample article: the council story has three slips
/// written in on purpose; the others must stay clean (a finding there is a false alarm).
#[test]
fn check_reports_of_the_sample_articles() {
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::glob!("../examples/articles", "*.*", |path| {
            let text = std::fs::read_to_string(path).unwrap();
            let name = format!("examples/articles/{}", path.file_name().unwrap().to_string_lossy());
            let doc = Document::from_format(&name, &text, InputFormat::from_path(&name));
            let findings = figcheck::check(&doc, &figcheck::config::Config::default()).findings;
            let file = report::FileFindings { id: name, text: &doc.original, findings };
            insta::assert_snapshot!(report::human::findings(&file, false));
        });
    });
}

//! The founding story (`../shared/seed/article.txt`, or `$FIGCHECK_SHARED/seed/article.txt`):
//! every figure it states is read, with the right kind, value and hedge, and changing one
//! figure is caught. Where the shared folder is missing these tests are compiled as ignored
//! with that reason (see `build.rs`); under `CI=true` they run and fail instead.

use figcheck::parse::lexicon::Lexicon;
use figcheck::parse::{FigureKind, parse};
use figcheck::source::Document;

fn seed() -> String {
    let shared = std::env::var_os("FIGCHECK_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let path = shared.join("seed/article.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the seed story {}: {e}; put the shared folder beside the checkout or set FIGCHECK_SHARED",
            path.display()
        )
    })
}

#[test]
#[cfg_attr(
    figcheck_shared_missing,
    ignore = "needs the shared corpora (../shared or FIGCHECK_SHARED): not found at build time; after adding them, touch build.rs"
)]
fn the_seed_figures_are_all_read() {
    let text = seed();
    let doc = Document::from_text("article.txt", &text);
    let parsed = parse(&doc, Lexicon::builtin());
    let find = |t: &str| {
        parsed
            .figures
            .iter()
            .find(|f| &text[f.span.range()] == t)
            .unwrap_or_else(|| panic!("no figure {t:?}"))
    };
    let killed = find("around 1,200");
    assert_eq!(
        (killed.kind, killed.value),
        (FigureKind::Count, Some(1200.0))
    );
    assert!(killed.interval.unwrap().contains(1100.0));
    assert_eq!(find("251").value, Some(251.0));
    assert_eq!(find("2.3 million").value, Some(2_300_000.0));
    assert_eq!(find("33").value, Some(33.0));
    assert_eq!(find("five").value, Some(5.0));
    assert_eq!(find("about 2,000").hedge.as_deref(), Some("about"));
    let half = find("fewer than half");
    assert_eq!(half.kind, FigureKind::Fraction);
    assert_eq!(half.interval.unwrap().hi, 0.5);
    assert_eq!(find("59").value, Some(59.0));
    assert_eq!(find("four").value, Some(4.0));
    assert_eq!(find("tens of thousands").kind, FigureKind::Count);
    let date = find("October 7, 2023").date.unwrap();
    assert_eq!(
        (date.year, date.month, date.day),
        (Some(2023), Some(10), Some(7))
    );
    assert_eq!(find("January 18").kind, FigureKind::Date);
    assert_eq!(find("March 5").kind, FigureKind::Date);
    // nothing in the story is a year, score, phone number or identifier
    assert!(parsed.figures.iter().all(|f| !matches!(
        f.kind,
        FigureKind::Score | FigureKind::Phone | FigureKind::Identifier | FigureKind::Year
    )));
}

/// The seed with `from` replaced by `to`; fails if the seed no longer holds `from`.
fn changed(text: &str, from: &str, to: &str) -> String {
    let changed = text.replace(from, to);
    assert_ne!(
        changed, text,
        "the seed no longer holds {from:?}, which this test changes"
    );
    changed
}

fn check_seed(text: &str) -> Vec<figcheck::diagnostic::Finding> {
    let mut doc = Document::from_text("article.txt", text);
    doc.date = Some("2025-03-06".into());
    figcheck::check(&doc, &figcheck::config::Config::default()).findings
}

#[test]
#[cfg_attr(
    figcheck_shared_missing,
    ignore = "needs the shared corpora (../shared or FIGCHECK_SHARED): not found at build time; after adding them, touch build.rs"
)]
fn the_seed_is_clean() {
    let text = seed();
    let loud: Vec<_> = check_seed(&text)
        .into_iter()
        .filter(|f| f.severity > figcheck::diagnostic::Severity::Info)
        .collect();
    assert!(loud.is_empty(), "{loud:#?}");
}

#[test]
#[cfg_attr(
    figcheck_shared_missing,
    ignore = "needs the shared corpora (../shared or FIGCHECK_SHARED): not found at build time; after adding them, touch build.rs"
)]
fn a_wrong_total_in_the_seed_is_caught() {
    let text = seed();
    let changed = changed(
        &text,
        "33 Israeli hostages and five Thais",
        "33 Israeli hostages and five Thais, 41 people in all,",
    );
    let findings = check_seed(&changed);
    let f = findings
        .iter()
        .find(|f| f.name == "parts-sum-mismatch")
        .expect("the wrong total is flagged");
    assert_eq!(&changed[f.span.range()], "41");
    let related: Vec<&str> = f.related.iter().map(|r| &changed[r.span.range()]).collect();
    assert_eq!(related, ["33", "five"]);
    assert_eq!(f.arithmetic, "33 + 5 = 38, but the total (in all) is 41");
}

#[test]
#[cfg_attr(
    figcheck_shared_missing,
    ignore = "needs the shared corpora (../shared or FIGCHECK_SHARED): not found at build time; after adding them, touch build.rs"
)]
fn a_share_that_cannot_be_fewer_than_half_is_caught() {
    let text = seed();
    let changed = changed(
        &text,
        "the remaining 59 hostages are likely",
        "the remaining 59 hostages, about 40, are likely",
    );
    let findings = check_seed(&changed);
    let f = findings
        .iter()
        .find(|f| f.name == "share-count-mismatch")
        .expect("the share is flagged");
    assert_eq!(&changed[f.span.range()], "about 40");
    let related: Vec<&str> = f.related.iter().map(|r| &changed[r.span.range()]).collect();
    assert_eq!(related, ["fewer than half", "59"]);
}

#[test]
#[cfg_attr(
    figcheck_shared_missing,
    ignore = "needs the shared corpora (../shared or FIGCHECK_SHARED): not found at build time; after adding them, touch build.rs"
)]
fn a_wrong_weekday_in_the_seed_is_caught() {
    let text = seed();
    let changed = changed(&text, "on October 7, 2023", "on Friday, October 7, 2023");
    let findings = check_seed(&changed);
    let f = findings
        .iter()
        .find(|f| f.name == "weekday-date-mismatch")
        .expect("the weekday is flagged");
    assert_eq!(&changed[f.span.range()], "Friday, October 7, 2023");
    assert_eq!(f.message, "2023-10-07 is a Saturday, not a Friday");
    assert_eq!(f.suggestion.as_ref().unwrap().replacement, "Saturday");
    // the right weekday raises nothing
    let right = text.replace("on October 7, 2023", "on Saturday, October 7, 2023");
    assert!(
        check_seed(&right)
            .iter()
            .all(|f| f.name != "weekday-date-mismatch")
    );
}

#[test]
#[cfg_attr(
    figcheck_shared_missing,
    ignore = "needs the shared corpora (../shared or FIGCHECK_SHARED): not found at build time; after adding them, touch build.rs"
)]
fn more_remaining_than_taken_is_caught() {
    let text = seed();
    let changed = changed(
        &text,
        "the remaining 59 hostages",
        "the remaining 300 hostages",
    );
    let findings = check_seed(&changed);
    let f = findings
        .iter()
        .find(|f| f.name == "balance" && f.severity == figcheck::diagnostic::Severity::Error)
        .expect("the impossible balance is flagged");
    assert_eq!(&changed[f.span.range()], "300");
    let related: Vec<&str> = f.related.iter().map(|r| &changed[r.span.range()]).collect();
    assert!(related.contains(&"251"), "{related:?}");
}

#[test]
#[cfg_attr(
    figcheck_shared_missing,
    ignore = "needs the shared corpora (../shared or FIGCHECK_SHARED): not found at build time; after adding them, touch build.rs"
)]
fn a_later_death_toll_far_from_the_first_is_caught() {
    let text = seed();
    let changed = format!("{text}\nThe attack killed 3,000 people.");
    let findings = check_seed(&changed);
    let f = findings
        .iter()
        .find(|f| f.name == "restated-figure-conflict")
        .expect("the conflicting toll is flagged");
    assert_eq!(&changed[f.span.range()], "3,000");
    assert_eq!(&changed[f.related[0].span.range()], "around 1,200");
}

#[test]
#[cfg_attr(
    figcheck_shared_missing,
    ignore = "needs the shared corpora (../shared or FIGCHECK_SHARED): not found at build time; after adding them, touch build.rs"
)]
fn the_seed_account_is_open_so_at_most_a_note() {
    let text = seed();
    let notes: Vec<_> = check_seed(&text)
        .into_iter()
        .filter(|f| f.name == "balance")
        .collect();
    assert!(
        notes
            .iter()
            .all(|f| f.severity == figcheck::diagnostic::Severity::Info)
    );
    assert!(
        notes
            .iter()
            .any(|f| f.message.starts_with("154 of the 251 taken"))
    );
}

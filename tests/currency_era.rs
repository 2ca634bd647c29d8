//! The plausible exchange-rate bands of `rules/currencies.toml` are of their era
//! (`bands_from_year`): a story of 1987 quoting roubles at $1.50 is not judged by today's
//! rouble, while a scale slip in a story of today still is, and so is one with no date that
//! writes no year before the bands' era.

use figcheck::config::Config;
use figcheck::diagnostic::Severity;
use figcheck::source::Document;

fn alarms(text: &str, date: Option<&str>) -> Vec<&'static str> {
    let mut doc = Document::from_text("story.txt", text);
    doc.date = date.map(str::to_string);
    figcheck::check(&doc, &Config::default())
        .findings
        .into_iter()
        .filter(|f| f.severity > Severity::Info)
        .map(|f| f.code)
        .collect()
}

const ROUBLES: &str = "The plan costs 30 billion roubles (45 billion dollars) over five years.";

#[test]
fn an_old_story_is_not_judged_by_todays_rates() {
    assert!(alarms(ROUBLES, Some("1987-04-02")).is_empty());
}

#[test]
fn a_story_of_the_bands_era_is() {
    assert_eq!(alarms(ROUBLES, Some("2024-04-02")), ["FC402"]);
    assert_eq!(alarms(ROUBLES, None), ["FC402"]);
}

/// With no publication date, the latest year a story writes is its era: a story of 1987
/// is not judged by today's rates; one that writes no year, or a year of the bands' era, is.
#[test]
fn an_undated_story_is_of_the_latest_year_it_writes() {
    let old = "In 1987 the plan cost 30 billion roubles (45 billion dollars) over five years.";
    assert!(alarms(old, None).is_empty());
    let wire = "MOSCOW, March 2 - The 1986 plan: 27.5 billion roubles (41.25 billion dollars).";
    assert!(alarms(wire, None).is_empty());
    let today = "Since 1987 the plan has cost 30 billion roubles (45 billion dollars); in 2024 \
                 it grew.";
    assert_eq!(alarms(today, None), ["FC402"]);
    assert_eq!(alarms(old, Some("2024-04-02")), ["FC402"]);
}

#[test]
fn an_old_story_still_gets_a_scale_slip_between_its_own_pairs() {
    let text = "The mill cost 20 million francs (11 million dollars). The dam cost 40 million \
                francs (22 million dollars). The road cost 10 million francs (5.5 billion dollars).";
    assert!(alarms(text, Some("1987-04-02")).contains(&"FC402"));
}

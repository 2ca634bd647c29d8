//! The word lists the scanner reads: months and weekdays, and the words around a number
//! that decide its kind (identifiers, scores, years, metres, time zones, changes).

use crate::parse::number_words;

pub(super) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub(super) fn month(word: &str) -> Option<u8> {
    if let Some(i) = MONTHS.iter().position(|m| *m == word) {
        return Some(i as u8 + 1);
    }
    if word == "sept" {
        return Some(9);
    }
    MONTH_ABBREVIATIONS
        .iter()
        .position(|m| !m.is_empty() && *m == word)
        .map(|i| i as u8 + 1)
}

pub(super) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month abbreviations, "" where the full name is short ("may").
pub(super) const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

pub(super) fn weekday(word: &str) -> Option<u8> {
    WEEKDAYS.iter().position(|d| *d == word).map(|i| i as u8)
}

/// Words after which a number names a thing rather than counts it.
pub(super) const IDENT_BEFORE: &[&str] = &[
    "no",
    "number",
    "nos",
    "nr",
    "version",
    "v",
    "section",
    "article",
    "chapter",
    "page",
    "pages",
    "pp",
    "room",
    "flight",
    "route",
    "channel",
    "clause",
    "paragraph",
    "item",
    "level",
    "windows",
    "xbox",
    "iphone",
    "playstation",
    "ps",
    "radio",
    "formula",
    "apollo",
    "row",
    "seat",
    "gate",
    "platform",
    "junction",
    "exit",
    "highway",
    "interstate",
    "track",
    "episode",
    "act",
    "scene",
    "bus",
    "line",
    "category",
    "type",
    "class",
    "model",
    "series",
    "mark",
    "office",
    "box",
    "motorway",
    "rule",
    "division",
    "league",
    "figure",
    "table",
    "tier",
    "band",
    "zone",
    "ward",
    "district",
    "unit",
    "block",
    "floor",
    "lane",
    "suite",
    "apartment",
    "bbc",
    "call",
    "dial",
    "tel",
    "phone",
    "fax",
    "opus",
    "op",
    "psalm",
    // makers before a model number: "Boeing 737", "Airbus 320", "Galaxy 21"
    "boeing",
    "airbus",
    "embraer",
    "bombardier",
    "cessna",
    "tupolev",
    "antonov",
    "ilyushin",
    "sukhoi",
    "mig",
    "lockheed",
    "learjet",
    "galaxy",
    "pixel",
    "porsche",
    "peugeot",
    "covid",
    "sars",
    "proposition",
    "prop",
    "verse",
    "amendment",
    "resolution",
    "directive",
    "regulation",
    "bill",
    "stage",
    "pier",
    "terminal",
    "berth",
    "lot",
    "sector",
    "year",
];

/// Nouns after which "over" means "concerning", not "more than": "talks over 59
/// hostages", "a row over 2,000 job cuts".
pub(super) const OVER_MEANS_ABOUT: &[&str] = &[
    "talks",
    "talk",
    "row",
    "rows",
    "dispute",
    "disputes",
    "fight",
    "battle",
    "concern",
    "concerns",
    "fears",
    "fear",
    "worries",
    "deal",
    "clash",
    "clashes",
    "protest",
    "protests",
    "anger",
    "outrage",
    "fury",
    "questions",
    "standoff",
    "negotiations",
    "war",
    "feud",
    "split",
    "rift",
    "criticism",
    "controversy",
    "agreement",
    "tension",
    "tensions",
    "argument",
    "arguments",
    "wrangle",
    "legal",
    "case",
    "lawsuit",
    "probe",
    "inquiry",
    "investigation",
    "sued",
    "suing",
    "charged",
    "fined",
    "arrested",
    "jailed",
];

/// Words before a "4-2" that make it a score.
pub(super) const SCORE_BEFORE: &[&str] = &[
    "won",
    "win",
    "beat",
    "beating",
    "lost",
    "lose",
    "losing",
    "drew",
    "draw",
    "led",
    "lead",
    "leading",
    "trailed",
    "trailing",
    "trail",
    "score",
    "scored",
    "scoreline",
    "thrashed",
    "defeated",
    "edged",
    "by",
    "victory",
    "defeat",
    "a",
    "at",
    "the",
    "it",
    "was",
    "finished",
    "ended",
    "end",
    "ending",
    "fought",
    "record",
    "series",
    "beaten",
    "passed",
    "voted",
    "vote",
    "margin",
    "odds",
    "favourite",
    "favorite",
    "thumped",
    "routed",
    "crushed",
    "hammered",
    "downed",
    "overcame",
    "losses",
];

/// Verbs anywhere in the sentence that make an "a-b" of small numbers a score.
pub(super) const SCORE_VERBS: &[&str] = &[
    "beat",
    "beats",
    "beaten",
    "won",
    "wins",
    "lost",
    "loses",
    "drew",
    "thrashed",
    "defeated",
    "edged",
    "scored",
    "scores",
    "victory",
    "defeat",
    "win",
    "trounced",
    "hammered",
    "routed",
    "overcame",
    "draw",
    "set",
    "sets",
    "tie-break",
    "tiebreak",
    "match",
    "final",
    "semi-final",
    "quarter-final",
    "game",
    "fixture",
    "league",
    "cup",
    "goal",
    "goals",
    "try",
    "tries",
];

/// Words after a "4-2" that make it a score.
pub(super) const SCORE_AFTER: &[&str] = &[
    "win",
    "victory",
    "defeat",
    "loss",
    "lead",
    "draw",
    "scoreline",
    "home",
    "away",
    "thrashing",
    "drubbing",
    "success",
    "triumph",
    "reverse",
    "aggregate",
    "deficit",
    "margin",
    "result",
    "final",
    "in",
    "at",
    "against",
    "over",
    "with",
    "and",
    "to",
    "after",
    "before",
    "on",
    "for",
    "thanks",
    "but",
    "as",
    "when",
    "while",
    "favourite",
    "favorite",
    "shot",
    "outsider",
    "vote",
    "majority",
    "by",
    "win.",
    "rout",
];

/// Words the scanner itself may start a figure with: number words, months, weekdays and
/// a few of its own ("between", "aged", "http").
pub(super) fn starter_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut set: rustc_hash::FxHashSet<&'static str> = number_words::all_words().collect();
        set.extend(MONTHS);
        set.extend(MONTH_ABBREVIATIONS.iter().filter(|a| !a.is_empty()));
        set.extend(WEEKDAYS);
        set.extend([
            "sept", "between", "aged", "age", "a", "an", "minus", "negative", "http", "https",
            "www", "ftp",
        ]);
        set
    })
}

/// Words before a year-like number that make it a year.
pub(super) const YEAR_BEFORE: &[&str] = &[
    "in",
    "since",
    "by",
    "of",
    "from",
    "until",
    "till",
    "to",
    "before",
    "after",
    "during",
    "early",
    "late",
    "mid",
    "year",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "end",
    "start",
    "beginning",
    "between",
    "and",
    "through",
    "circa",
    "c",
    "throughout",
    "for",
    "season",
    "decade",
    "fiscal",
    "financial",
    "class",
    "than",
    "around",
    "about",
    "within",
    "at",
    "on",
    "into",
    "past",
    "whole",
    "entire",
    "calendar",
    "budget",
    "election",
];

/// Lower-case words that, after a year-like number, still leave it a year.
pub(super) const NOT_COUNT_NOUNS: &[&str] = &[
    "as",
    "is",
    "was",
    "has",
    "his",
    "its",
    "this",
    "plus",
    "thus",
    "us",
    "yes",
    "less",
    "unless",
    "versus",
    "whereas",
    "always",
    "perhaps",
    "series",
    "campaigns",
    "accounts",
    "results",
    "figures",
    "elections",
    "olympics",
    "games",
    "awards",
    "finals",
    "levels",
    "prices",
    "rates",
    "sales",
    "profits",
    "earnings",
    "forecasts",
    "plans",
    "budgets",
    "brits",
    "oscars",
    "grammys",
    "baftas",
    "emmys",
    "championships",
    "nominations",
    "rankings",
    "ratings",
    "standards",
    "reports",
];

/// Words after a glued "m" that make it metres, not millions.
pub(super) const METRE_CUES: &[&str] = &[
    "victory",
    "win",
    "best",
    "mark",
    "jump",
    "leap",
    "throw",
    "personal",
    "clocking",
    "tall",
    "high",
    "long",
    "deep",
    "wide",
    "hurdles",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "relay",
    "race",
    "sprint",
    "final",
    "finals",
    "title",
    "record",
    "run",
    "dash",
    "above",
    "below",
    "away",
    "metres",
    "indoor",
    "outdoor",
    "heat",
    "heats",
    "semi",
    "semis",
    "world",
    "gold",
    "silver",
    "bronze",
    "champion",
    "event",
    "hurdler",
    "runner",
    "swim",
    "steeplechase",
    "from",
];

/// Time-zone words after a clock time.
pub(super) const TIME_ZONES: &[&str] = &[
    "gmt", "bst", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "et", "pt", "ct", "cst", "cdt",
    "mst", "mdt", "hrs", "hours", "ist", "jst", "aest",
];

/// Verbs of change before "A to B": then it is a change, not a range.
pub(super) const CHANGE_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rising",
    "risen",
    "fell",
    "fall",
    "falling",
    "fallen",
    "increased",
    "increase",
    "decreased",
    "decrease",
    "grew",
    "grow",
    "growing",
    "grown",
    "up",
    "down",
    "cut",
    "cuts",
    "raised",
    "raise",
    "jumped",
    "jump",
    "slipped",
    "slip",
    "climbed",
    "climb",
    "dropped",
    "drop",
    "declined",
    "decline",
    "from",
    "by",
    "soared",
    "surged",
    "plunged",
    "slumped",
    "slid",
    "gained",
    "lost",
    "improved",
    "boosted",
    "lifted",
    "reduced",
    "lowered",
    "widened",
    "narrowed",
    "doubled",
    "tripled",
    "halved",
    "shrank",
    "expanded",
    "changed",
    "moved",
    "went",
    "going",
    "edged",
    "eased",
    "leapt",
    "leaped",
    "tumbled",
    "sank",
    "spiked",
    "rallied",
    "recovered",
    "revised",
    "downgraded",
    "upgraded",
    "inched",
    "crept",
    "dipped",
    "accelerated",
    "slowed",
    "swung",
    "returned",
    "trimmed",
];

/// The value of a multiplier word: "twofold" is 2, "tenfold" 10, "hundredfold" 100.
pub(super) fn fold_multiplier(word: &str) -> Option<f64> {
    let stem = word.strip_suffix("fold")?;
    match number_words::word(stem)? {
        number_words::NumWord::Unit(u) if u >= 2 => Some(f64::from(u)),
        number_words::NumWord::Teen(v) | number_words::NumWord::Tens(v) => Some(f64::from(v)),
        number_words::NumWord::Hundred => Some(100.0),
        number_words::NumWord::Scale(s) if !stem.ends_with('s') => Some(s),
        _ => None,
    }
}

/// Every multiplier word [`fold_multiplier`] reads.
pub(super) fn fold_words() -> impl Iterator<Item = String> {
    number_words::all_words()
        .map(|w| format!("{w}fold"))
        .filter(|w| fold_multiplier(w).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_by_name_and_abbreviation() {
        assert_eq!(month("january"), Some(1));
        assert_eq!(month("sept"), Some(9));
        assert_eq!(month("sep"), Some(9));
        assert_eq!(month("dec"), Some(12));
        assert_eq!(month("may"), Some(5));
        // the empty slot of "may"'s abbreviation matches nothing
        assert_eq!(month(""), None);
        assert_eq!(month("mayday"), None);
    }

    #[test]
    fn multiplier_words() {
        assert_eq!(fold_multiplier("threefold"), Some(3.0));
        assert_eq!(fold_multiplier("tenfold"), Some(10.0));
        assert_eq!(fold_multiplier("twentyfold"), Some(20.0));
        assert_eq!(fold_multiplier("hundredfold"), Some(100.0));
        assert_eq!(fold_multiplier("onefold"), None);
        assert_eq!(fold_multiplier("manifold"), None);
        assert!(fold_words().any(|w| w == "sixfold"));
    }

    #[test]
    fn weekdays_count_from_monday() {
        assert_eq!(weekday("monday"), Some(0));
        assert_eq!(weekday("sunday"), Some(6));
        assert_eq!(weekday("mon"), None);
    }

    #[test]
    fn starters_cover_number_words_months_and_the_scanners_own() {
        let s = starter_words();
        for w in [
            "twenty", "dozen", "october", "oct", "friday", "between", "minus", "www",
        ] {
            assert!(s.contains(w), "{w}");
        }
        assert!(!s.contains("") && !s.contains("the"));
    }

    #[test]
    fn the_lists_are_lower_case_and_unique() {
        for list in [
            IDENT_BEFORE,
            OVER_MEANS_ABOUT,
            SCORE_BEFORE,
            SCORE_VERBS,
            SCORE_AFTER,
            YEAR_BEFORE,
            NOT_COUNT_NOUNS,
            METRE_CUES,
            CHANGE_WORDS,
        ] {
            let mut seen = std::collections::HashSet::new();
            for w in list {
                assert_eq!(*w, w.to_lowercase(), "{w}");
                assert!(seen.insert(w), "{w} twice");
            }
        }
    }
}

//! The word lists the scanner reads: the words around a number that decide its kind
//! (identifiers, scores, years, changes) and the multiplier words. Calendar words are in
//! `calendar_words`, the cues of metres in `metres`.

use super::calendar_words::{MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS};
use crate::parse::number_words;

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
            "www", "ftp", "twice", "thrice",
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

/// Verbs after "a" and a fraction word that make it a share of a group, not an ordinal: "a
/// tenth have voted", "a third said", "a fifth are" ("a third term" stays an ordinal).
pub(super) const SHARE_VERBS: &[&str] = &[
    "have", "has", "had", "are", "is", "were", "was", "will", "would", "could", "can", "may",
    "might", "must", "should", "do", "did", "does", "say", "said", "says", "think", "thought",
    "want", "wanted", "support", "oppose", "voted", "agree", "agreed", "believe", "feel", "plan",
    "expect", "still", "now", "never", "also", "already",
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

/// Words after "times" that make a number a multiplier, not a count of occasions: "three
/// times as many", "ten times higher", "four times the size" (but "three times a week").
pub(super) const TIMES_COMPARATIVES: &[&str] = &[
    "as", "more", "higher", "larger", "bigger", "greater", "faster", "lower", "smaller", "fewer",
    "less", "longer", "cheaper", "stronger", "richer", "wider", "heavier", "louder", "deeper",
    "taller", "worse", "better", "the",
];

/// The value of a multiplier adverb before a comparison: "twice as many", "thrice the size".
pub(super) fn multiplier_adverb(word: &str) -> Option<f64> {
    match word {
        "twice" => Some(2.0),
        "thrice" => Some(3.0),
        _ => None,
    }
}

/// Units and currencies named in the singular after "a" or "an" that stand for one of them:
/// "a kilogram of rice", "a mile away", "a dollar a day". Only names that are not also
/// common words or idioms ("a foot in the door", "a yard", "a pound", "a real problem",
/// "a mark"), and no units of time ("$5m a year" is a rate, not a duration).
pub(super) const ONE_OF_A_UNIT: &[&str] = &[
    "mile",
    "kilometre",
    "kilometer",
    "metre",
    "meter",
    "centimetre",
    "centimeter",
    "millimetre",
    "millimeter",
    "kilogram",
    "kilo",
    "gram",
    "tonne",
    "litre",
    "liter",
    "gallon",
    "pint",
    "ounce",
    "inch",
    "acre",
    "hectare",
    "dollar",
    "euro",
    "cent",
    "penny",
    "yen",
    "rupee",
    "yuan",
    "peso",
    "rouble",
    "ruble",
    "dinar",
    "riyal",
    "shekel",
    "lira",
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
        use super::super::calendar_words::{
            AMOUNT_BEFORE, CALENDAR_BEFORE, COUNT_NOUNS, SLASH_DATE_BEFORE, TIME_ZONES,
        };
        // the scanner's word lists, here and in calendar_words.rs
        for list in [
            TIME_ZONES,
            COUNT_NOUNS,
            CALENDAR_BEFORE,
            AMOUNT_BEFORE,
            SLASH_DATE_BEFORE,
            IDENT_BEFORE,
            OVER_MEANS_ABOUT,
            SCORE_BEFORE,
            SCORE_VERBS,
            SCORE_AFTER,
            YEAR_BEFORE,
            NOT_COUNT_NOUNS,
            SHARE_VERBS,
            CHANGE_WORDS,
            TIMES_COMPARATIVES,
            ONE_OF_A_UNIT,
        ] {
            let mut seen = std::collections::HashSet::new();
            for w in list {
                assert_eq!(*w, w.to_lowercase(), "{w}");
                assert!(seen.insert(w), "{w} twice");
            }
        }
    }

    #[test]
    fn multiplier_adverbs() {
        assert_eq!(multiplier_adverb("twice"), Some(2.0));
        assert_eq!(multiplier_adverb("thrice"), Some(3.0));
        assert_eq!(multiplier_adverb("once"), None);
        assert!(starter_words().contains("twice"));
    }
}

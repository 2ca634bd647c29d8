//! Figures: every number-like expression in a sentence, what kind it is, its value as
//! written and the interval it stands for.
//!
//! The scanner walks a sentence's tokens and at each position tries, in this order (the
//! order matters: a longer or more specific reading must win):
//! 1. links and e-mail addresses are skipped whole;
//! 2. a hedge phrase ("more than", "about") followed by a figure, which it widens;
//! 3. `between A and B` ranges;
//! 4. vague amounts ("dozens", "tens of thousands", "most of");
//! 5. dates that start with a weekday or month ("Saturday, October 7, 2023");
//! 6. a currency sign or code before an amount ("$1.5bn", "US$ 1MM", "EUR 125");
//! 7. a quantity (digits, words, fractions) and then what follows it decides its kind:
//!    date, time, score, identifier, percent, money, age, measure, ordinal, range, year,
//!    or a plain count.

use serde::Serialize;

use super::number_words::{self, NumWord, OrdinalClass};
use super::sentence::Sentence;
use super::token::{Gap, Token, TokenKind};
use crate::lexicon::{HedgeKind, Lexicon, PhraseKind};
use crate::numeric::{Interval, Numeral};
use crate::source::Span;

/// What a figure is. Dates, years, times, scores, phone numbers and identifiers are
/// classified so that no rule ever counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Count,
    Percent,
    PercentagePoints,
    Money,
    Measure,
    Duration,
    Ordinal,
    Fraction,
    Range,
    Date,
    Year,
    Time,
    Age,
    Score,
    Phone,
    Identifier,
}

impl FigureKind {
    /// The name used in the output contract.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Percent => "percent",
            FigureKind::PercentagePoints => "percentage_points",
            FigureKind::Money => "money",
            FigureKind::Measure => "measure",
            FigureKind::Duration => "duration",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Fraction => "fraction",
            FigureKind::Range => "range",
            FigureKind::Date => "date",
            FigureKind::Year => "year",
            FigureKind::Time => "time",
            FigureKind::Age => "age",
            FigureKind::Score => "score",
            FigureKind::Phone => "phone",
            FigureKind::Identifier => "identifier",
        }
    }

    /// Whether rules may treat it as a quantity (dates, scores, identifiers are not).
    pub fn is_quantity(self) -> bool {
        !matches!(
            self,
            FigureKind::Date
                | FigureKind::Year
                | FigureKind::Time
                | FigureKind::Score
                | FigureKind::Phone
                | FigureKind::Identifier
                | FigureKind::Ordinal
        )
    }
}

/// A calendar date as written; missing parts are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateParts {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// 0 = Monday ... 6 = Sunday, when a weekday is written with the date.
    pub weekday: Option<u8>,
}

/// One figure found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub span: Span,
    pub kind: FigureKind,
    /// The value as written, in the figure's own unit, scale words applied: 45 for "45%",
    /// 2300000 for "2.3 million". `None` for vague amounts, ranges and dates.
    pub value: Option<f64>,
    /// The interval the text allows, from rounding and hedges. `None` where it is not a
    /// quantity (dates, identifiers).
    pub interval: Option<Interval>,
    /// Currency code, unit symbol, "%" or "pp".
    pub unit: Option<String>,
    /// The hedge or vague phrase, lower case ("about", "more than", "dozens").
    pub hedge: Option<String>,
    /// How the hedge reads, when there is one (`None` for vague amounts).
    pub hedge_kind: Option<HedgeKind>,
    /// How the number was written (precision), when it was one number.
    pub numeral: Option<Numeral>,
    /// Numerator and denominator of a ratio ("one in five", "3/4").
    pub ratio: Option<(f64, f64)>,
    /// Calendar parts of a date.
    pub date: Option<DateParts>,
    /// Index of the sentence it is in.
    pub sentence: u32,
    /// Whether it stands in the headline.
    pub headline: bool,
}

/// A number read from the text before its kind is known.
#[derive(Debug, Clone, Copy)]
struct Quantity {
    start: usize,
    end: usize,
    numeral: Numeral,
    /// A share of a whole ("half", "3/4", "two-thirds").
    share: bool,
    ratio: Option<(f64, f64)>,
    ordinal: bool,
    /// A bare run of digits (no separators, decimals, words or scale): a year candidate.
    bare_digits: Option<usize>,
}

const MONTHS: [&str; 12] = [
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

fn month(word: &str) -> Option<u8> {
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

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month abbreviations, "" where the full name is short ("may").
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn weekday(word: &str) -> Option<u8> {
    WEEKDAYS.iter().position(|d| *d == word).map(|i| i as u8)
}

/// Words after which a number names a thing rather than counts it.
const IDENT_BEFORE: &[&str] = &[
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
const OVER_MEANS_ABOUT: &[&str] = &[
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
const SCORE_BEFORE: &[&str] = &[
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
    "won",
    "losses",
];

/// Verbs anywhere in the sentence that make an "a-b" of small numbers a score.
const SCORE_VERBS: &[&str] = &[
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
const SCORE_AFTER: &[&str] = &[
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
    "drubbing",
    "rout",
];

/// Words the scanner itself may start a figure with: number words, months, weekdays and
/// a few of its own ("between", "aged", "http").
fn starter_words() -> &'static rustc_hash::FxHashSet<&'static str> {
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
const YEAR_BEFORE: &[&str] = &[
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
const NOT_COUNT_NOUNS: &[&str] = &[
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
    "its",
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
const METRE_CUES: &[&str] = &[
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
const TIME_ZONES: &[&str] = &[
    "gmt", "bst", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "et", "pt", "ct", "cst", "cdt",
    "mst", "mdt", "hrs", "hours", "ist", "jst", "aest",
];

/// Verbs of change before "A to B": then it is a change, not a range.
const CHANGE_WORDS: &[&str] = &[
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
    "rising",
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

struct Scanner<'a> {
    text: &'a str,
    lower: &'a str,
    toks: &'a [Token],
    lex: &'a Lexicon,
    /// First token of the current sentence.
    first: usize,
    /// One past the last token of the current sentence.
    bound: usize,
    /// For each token, the index of the first token at or after it that is a numeral, a
    /// number word or a currency sign: most phrases need one close by.
    next_number: &'a [u32],
    /// Word class bits per token (`NUMBER_WORD`, `STARTER`).
    class: &'a [u8],
    /// Whether the sentence is (part of) the headline.
    headline: bool,
}

/// The absolute tolerance of a share written as a fraction ("half" is 0.47 to 0.53).
const FRACTION_HALO: f64 = 0.03;

/// How far after a hedge, date or currency word the number may stand (in tokens).
const NUMBER_REACH: usize = 8;

/// What a word token may do, from one look-up per word ([`word_classes`]).
const NUMBER_WORD: u8 = 1;
/// A word a figure may start with: number word, month, weekday, lexicon phrase start.
const STARTER: u8 = 2;

/// Classifies every distinct word the scanner cares about, for one look-up per token.
fn word_classes(lex: &Lexicon) -> rustc_hash::FxHashMap<String, u8> {
    let mut map: rustc_hash::FxHashMap<String, u8> = rustc_hash::FxHashMap::default();
    for w in number_words::all_words() {
        *map.entry(w.to_string()).or_default() |= NUMBER_WORD | STARTER;
    }
    for w in starter_words() {
        *map.entry((*w).to_string()).or_default() |= STARTER;
    }
    // only phrases that can open a figure; units, currency words and "or more" follow one
    let opens = |k: PhraseKind| {
        matches!(
            k,
            PhraseKind::HedgeBefore(_) | PhraseKind::Vague(_) | PhraseKind::CurrencyPrefix(_)
        )
    };
    for w in lex.phrase_starts(opens) {
        *map.entry(w.to_string()).or_default() |= STARTER;
    }
    map
}

/// A cheap fingerprint of a word (length, first and last byte) for a bit table that rules
/// out most words before they are hashed.
fn fingerprint(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = (
        b.first().copied().unwrap_or(0),
        b.last().copied().unwrap_or(0),
    );
    (b.len().min(31) << 10) | ((first as usize & 31) << 5) | (last as usize & 31)
}

/// The word classes and the fingerprint table of their keys.
type WordClasses = (rustc_hash::FxHashMap<String, u8>, Vec<u64>);

fn word_classes_with_filter(lex: &Lexicon) -> WordClasses {
    let map = word_classes(lex);
    let mut bits = vec![0u64; (1 << 15) / 64];
    for k in map.keys() {
        let f = fingerprint(k);
        bits[f / 64] |= 1 << (f % 64);
    }
    (map, bits)
}

/// Per token: its word class bits, and the index of the first number-like token at or after
/// it (a numeral, number word or currency sign).
fn token_classes(lower: &str, tokens: &[Token], lex: &Lexicon) -> (Vec<u8>, Vec<u32>) {
    let (classes, filter) = lex
        .derived_word_classes
        .get_or_init(|| word_classes_with_filter(lex));
    let mut class = vec![0u8; tokens.len()];
    let mut next = vec![u32::MAX; tokens.len()];
    let mut last = u32::MAX;
    for (i, t) in tokens.iter().enumerate().rev() {
        let text = t.text(lower);
        let numberish = match t.kind {
            TokenKind::Number => true,
            TokenKind::Word => {
                let f = fingerprint(text);
                let c = if text.len() <= 16 && filter[f / 64] & (1 << (f % 64)) != 0 {
                    classes.get(text).copied().unwrap_or(0)
                } else {
                    0
                };
                class[i] = c;
                c & NUMBER_WORD != 0
            }
            TokenKind::Symbol | TokenKind::Punct => {
                let currency = lex.currency_symbols.contains_key(text);
                let fraction = unicode_fraction(text).is_some();
                let starts = currency
                    || fraction
                    || matches!(text, "-" | "–" | "—" | "‒" | "−" | "@")
                    || lex.starts_phrase(text) && !matches!(text, "," | "." | "(" | ")");
                if starts {
                    class[i] = STARTER;
                }
                currency || fraction
            }
        };
        if numberish {
            last = i as u32;
        }
        next[i] = last;
    }
    (class, next)
}

/// Finds the figures of one document.
pub fn extract(
    text: &str,
    lower: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    lex: &Lexicon,
) -> Vec<Figure> {
    let mut figures = Vec::new();
    let (class, next_number) = token_classes(lower, tokens, lex);
    for (n, s) in sentences.iter().enumerate() {
        let scanner = Scanner {
            text,
            lower,
            toks: tokens,
            lex,
            first: s.first as usize,
            bound: s.last as usize,
            next_number: &next_number,
            class: &class,
            headline: s.headline,
        };
        let mut i = scanner.first;
        let start = figures.len();
        while i < scanner.bound {
            match scanner.figure_at(i, &mut figures) {
                Some(next) if next > i => i = next,
                _ => i += 1,
            }
        }
        for f in &mut figures[start..] {
            f.sentence = n as u32;
            f.headline = s.headline;
        }
    }
    figures
}

impl<'a> Scanner<'a> {
    // ---- token access -------------------------------------------------------------

    fn tok(&self, i: usize) -> Option<&'a Token> {
        if i < self.bound {
            self.toks.get(i)
        } else {
            None
        }
    }

    /// Lower-case text of token `i`, "" past the sentence.
    fn w(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| t.text(self.lower))
    }

    /// Text of token `i` as written.
    fn raw(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| t.text(self.text))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tok(i).map(|t| t.kind)
    }

    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.gap == Gap::None)
    }

    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    fn prev_w(&self, i: usize) -> &'a str {
        if i > self.first { self.w(i - 1) } else { "" }
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(
            self.toks[from].start as usize,
            self.toks[to - 1].end as usize,
        )
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.raw(i), "-" | "–" | "—" | "‒")
    }

    // ---- numbers --------------------------------------------------------------------

    /// A numeral token: its value and precision, or `None` if it is not one number
    /// (dotted IP addresses and versions).
    fn numeral(&self, i: usize) -> Option<Numeral> {
        parse_numeral(self.raw(i))
    }

    /// A cardinal in digits and/or words starting at `i`, as (value numeral, end, ordinal,
    /// plural ordinal).
    fn cardinal(&self, i: usize) -> Option<(Numeral, usize, bool, bool)> {
        #[derive(PartialEq, Clone, Copy)]
        enum Last {
            None,
            Unit,
            Teen,
            Tens,
            /// a numeral below 100 or a tens-unit pair: complete below a hundred
            Below100,
            Hundred,
            /// a numeral of 100 or more
            Complete,
            Scale,
        }
        let mut total = 0.0f64;
        let mut group = 0.0f64;
        let mut last = Last::None;
        let mut last_scale = f64::INFINITY;
        let mut j = i;
        let mut best: Option<(Numeral, usize, bool, bool)> = None;
        let mut before_and: Option<(Numeral, usize, bool, bool)> = None;
        let mut after_and = false;
        let mut first_numeral: Option<Numeral> = None;
        let mut only_numeral = true;
        let mut glued_scale: Option<f64> = None;
        let mut words = 0;
        // "a hundred", "a million", "a dozen"
        if matches!(self.w(j), "a" | "an" | "one")
            && matches!(
                number_words::word(self.w(j + 1)),
                Some(NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen)
            )
            && self.w(j) != "one"
        {
            group = 1.0;
            last = Last::Unit;
            j += 1;
            only_numeral = false;
        }
        while let Some(t) = self.tok(j) {
            // connectors inside a number
            if last != Last::None {
                let w = self.w(j);
                if (w == "and" || w == "&")
                    && matches!(last, Last::Hundred | Last::Scale)
                    && self.starts_small_number(j + 1)
                    && !self.proper_fraction_at(j + 1)
                {
                    before_and = best;
                    after_and = true;
                    j += 1;
                    continue;
                }
                if self.is_dash(j)
                    && last == Last::Tens
                    && matches!(
                        number_words::word(self.w(j + 1)),
                        Some(
                            NumWord::Unit(1..)
                                | NumWord::Ordinal {
                                    class: OrdinalClass::Unit,
                                    ..
                                }
                        )
                    )
                {
                    j += 1;
                    continue;
                }
                if w == "," && last == Last::Scale && self.starts_small_number(j + 1) {
                    j += 1;
                    continue;
                }
            }
            let mut ordinal = false;
            let mut plural = false;
            let mut stop_after = false;
            if t.kind == TokenKind::Number {
                let Some(n) = self.numeral(j) else { break };
                let v = n.value;
                let integral = v.fract() == 0.0 && !n.rounded;
                let ok = match last {
                    Last::None => true,
                    Last::Scale => integral && v < last_scale && v < 1000.0,
                    Last::Hundred => integral && v < 100.0 && after_and,
                    _ => false,
                };
                if !ok {
                    break;
                }
                if last == Last::None {
                    first_numeral = Some(n);
                } else {
                    only_numeral = false;
                }
                group += v;
                last = if (last == Last::None && !integral) || v >= 100.0 {
                    Last::Complete
                } else {
                    Last::Below100
                };
                // glued scale suffix: "3m", "1.5bn", "10k"
                if let Some(s) = self.tok(j + 1).filter(|t| {
                    t.gap == Gap::None && t.kind == TokenKind::Word && last != Last::Scale
                }) {
                    let suffix = s.text(self.text);
                    if let Some(scale) = number_words::scale_suffix(suffix, true) {
                        let metres = suffix == "m" && METRE_CUES.contains(&self.w(j + 2));
                        let unit_clash = self.lex.glued_units.contains_key(suffix)
                            && suffix != "m"
                            && suffix != "M";
                        let more_digits = self.is_num(j + 2) && self.glued(j + 2);
                        if !metres
                            && !unit_clash
                            && !more_digits
                            && first_numeral.is_some()
                            && total == 0.0
                        {
                            glued_scale = Some(scale);
                            total += group * scale;
                            j += 2;
                            best = Some((
                                self.card_numeral(total, first_numeral, glued_scale, only_numeral),
                                j,
                                false,
                                false,
                            ));
                            break;
                        }
                    }
                }
            } else if t.kind == TokenKind::Word {
                let w = self.w(j);
                // spaced scale abbreviations after a numeral: "10 bln", "2.33 k"
                if last != Last::None
                    && last != Last::Scale
                    && only_numeral
                    && total == 0.0
                    && number_words::word(w).is_none()
                    && t.gap == Gap::Space
                {
                    if let Some(scale) = number_words::scale_suffix(self.raw(j), false) {
                        if w != "m" && w != "mm" {
                            glued_scale = Some(scale);
                            total += group * scale;
                            j += 1;
                            best = Some((
                                self.card_numeral(total, first_numeral, glued_scale, only_numeral),
                                j,
                                false,
                                false,
                            ));
                            break;
                        }
                    }
                }
                let Some(nw) = number_words::word(w) else {
                    break;
                };
                only_numeral = false;
                match nw {
                    NumWord::Unit(u) => {
                        let ok = match last {
                            Last::None | Last::Hundred | Last::Scale => true,
                            Last::Tens => u > 0,
                            _ => false,
                        };
                        if !ok {
                            break;
                        }
                        group += u as f64;
                        last = if last == Last::Tens {
                            Last::Below100
                        } else {
                            Last::Unit
                        };
                    }
                    NumWord::Teen(v) | NumWord::Tens(v) => {
                        if !matches!(last, Last::None | Last::Hundred | Last::Scale) {
                            break;
                        }
                        group += v as f64;
                        last = if matches!(nw, NumWord::Teen(_)) {
                            Last::Teen
                        } else {
                            Last::Tens
                        };
                    }
                    NumWord::Hundred => {
                        let ok = match last {
                            Last::Unit | Last::Teen | Last::Tens | Last::Below100 => {
                                group > 0.0 && group < 100.0
                            }
                            Last::Complete => group > 0.0,
                            _ => false,
                        };
                        if !ok {
                            if after_and {
                                best = before_and;
                            }
                            break;
                        }
                        if w == "hundreds" && self.w(j + 1) == "of" {
                            break;
                        }
                        group *= 100.0;
                        last = Last::Hundred;
                    }
                    NumWord::Scale(s) => {
                        if !(group > 0.0 && s < last_scale) || last == Last::Scale {
                            if after_and {
                                best = before_and;
                            }
                            break;
                        }
                        if w.ends_with('s') && self.w(j + 1) == "of" {
                            break; // "thousands of": vague
                        }
                        total += group * s;
                        group = 0.0;
                        last_scale = s;
                        last = Last::Scale;
                    }
                    NumWord::Dozen => {
                        if group <= 0.0 || last == Last::Scale {
                            break;
                        }
                        group *= 12.0;
                        stop_after = true;
                    }
                    NumWord::Ordinal {
                        value,
                        class,
                        plural: pl,
                    } => {
                        if pl {
                            break; // plural ordinals are fraction denominators
                        }
                        let ok = match class {
                            OrdinalClass::Unit => {
                                matches!(last, Last::None | Last::Hundred | Last::Scale)
                                    || (last == Last::Tens && value > 0.0)
                            }
                            OrdinalClass::Teen | OrdinalClass::Tens => {
                                matches!(last, Last::None | Last::Hundred | Last::Scale)
                            }
                            OrdinalClass::Hundred => {
                                matches!(last, Last::None)
                                    || (group > 0.0 && group < 100.0 && last != Last::Scale)
                            }
                            OrdinalClass::Scale => {
                                last == Last::None || (group > 0.0 && value < last_scale)
                            }
                        };
                        if !ok {
                            break;
                        }
                        match class {
                            OrdinalClass::Hundred | OrdinalClass::Scale if group > 0.0 => {
                                total += group * value;
                                group = 0.0;
                            }
                            _ => group += value,
                        }
                        ordinal = true;
                        plural = pl;
                        stop_after = true;
                    }
                    NumWord::Half { .. } | NumWord::Quarter { .. } => break,
                }
                words += 1;
            } else {
                break;
            }
            j += 1;
            after_and =
                after_and && matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Below100);
            let value = total + group;
            best = Some((
                self.card_numeral(
                    value,
                    first_numeral,
                    glued_scale,
                    only_numeral && words == 0,
                ),
                j,
                ordinal,
                plural,
            ));
            if stop_after {
                break;
            }
        }
        best
    }

    /// The numeral of a finished cardinal: the written numeral (with its precision) when it
    /// was one number, else an integer.
    fn card_numeral(
        &self,
        value: f64,
        first: Option<Numeral>,
        scale: Option<f64>,
        only_numeral: bool,
    ) -> Numeral {
        match (first, scale) {
            (Some(n), Some(s)) if only_numeral || (n.value * s - value).abs() < 1e-9 => n.scaled(s),
            (Some(n), None) if only_numeral => n,
            _ => {
                // words: "two million" is as rounded as "2 million"
                let n = Numeral::integer(value);
                if value.fract() != 0.0 {
                    Numeral {
                        rounded: true,
                        last_digit: -2,
                        ..n
                    }
                } else {
                    n
                }
            }
        }
    }

    /// Whether a proper fraction in words starts at `i` ("a half", "three quarters",
    /// "fifty-four hundredths"). A bounded look-ahead: the cardinal grammar asks this at
    /// every "and", so it must not recurse into the grammar itself.
    fn proper_fraction_at(&self, i: usize) -> bool {
        let mut numerator = 0.0;
        let mut j = i;
        if matches!(self.w(j), "a" | "an") {
            numerator = 1.0;
            j += 1;
        } else {
            for _ in 0..3 {
                match number_words::word(self.w(j)) {
                    Some(NumWord::Unit(u)) => numerator += f64::from(u),
                    Some(NumWord::Teen(t) | NumWord::Tens(t)) => numerator += f64::from(t),
                    _ if self.is_dash(j) => {}
                    _ => break,
                }
                j += 1;
            }
        }
        let denominator = match number_words::word(self.w(j)) {
            Some(NumWord::Half { .. }) => 2.0,
            Some(NumWord::Quarter { .. }) => 4.0,
            Some(NumWord::Ordinal { value, .. }) if value > 2.0 => value,
            _ => return false,
        };
        numerator > 0.0 && numerator < denominator
    }

    /// Whether a small number (unit, teen, tens word or a numeral below 1000) starts at `i`.
    fn starts_small_number(&self, i: usize) -> bool {
        if self.is_num(i) {
            return self
                .numeral(i)
                .is_some_and(|n| n.value < 1000.0 && n.value > 0.0 && !n.rounded);
        }
        matches!(
            number_words::word(self.w(i)),
            Some(
                NumWord::Unit(1..)
                    | NumWord::Teen(_)
                    | NumWord::Tens(_)
                    | NumWord::Ordinal {
                        class: OrdinalClass::Unit | OrdinalClass::Teen | OrdinalClass::Tens,
                        plural: false,
                        ..
                    }
            )
        )
    }

    /// A fraction word phrase at `i`: "a half", "one third", "three quarters", "a fifth",
    /// "two-thirds". Returns (value, end).
    fn fraction_words(&self, i: usize) -> Option<(f64, usize)> {
        let (num, j) = match self.w(i) {
            "a" | "an" => (1.0, i + 1),
            _ => {
                let (n, end, ordinal, _) = self.cardinal(i)?;
                if ordinal {
                    return None;
                }
                (n.value, end)
            }
        };
        let j = if self.is_dash(j) { j + 1 } else { j };
        let den_word = number_words::word(self.w(j))?;
        // a compound denominator: "one twenty-fifth", "a twenty-first"
        if matches!(den_word, NumWord::Tens(_)) && self.is_dash(j + 1) {
            let (d, end, ordinal, plural) = self.cardinal(j)?;
            if !ordinal || d.value == 0.0 || (!plural && (num - 1.0).abs() > 1e-9) {
                return None;
            }
            return Some((num / d.value, end));
        }
        let (den, plural, end) = match den_word {
            NumWord::Half { plural } => (2.0, plural, j + 1),
            NumWord::Quarter { plural } => (4.0, plural, j + 1),
            NumWord::Ordinal { .. } => {
                let (d, end, ordinal, plural) = self.cardinal(j).or_else(|| {
                    // plural ordinals stop the cardinal grammar: read it alone
                    match number_words::word(self.w(j)) {
                        Some(NumWord::Ordinal { value, plural, .. }) => {
                            Some((Numeral::integer(value), j + 1, true, plural))
                        }
                        _ => None,
                    }
                })?;
                if !ordinal {
                    return None;
                }
                (d.value, plural, end)
            }
            _ => return None,
        };
        if matches!(self.w(j), "first" | "second" | "firsts") {
            return None;
        }
        if den == 0.0 || (!plural && (num - 1.0).abs() > 1e-9) {
            return None;
        }
        Some((num / den, end))
    }

    /// A quantity at `i`: digits or words, fractions, signs, scales.
    fn quantity(&self, i: usize) -> Option<Quantity> {
        // sign
        let (negative, core) = match self.w(i) {
            "minus" | "negative" if self.tok(i + 1).is_some() => (true, i + 1),
            "-" | "−" if i == self.first && self.is_num(i + 1) => (true, i + 1),
            "-" | "−"
                if self.is_num(i + 1)
                    && self.glued(i + 1)
                    // "F-16" is a code, not minus sixteen; "<-30" and "$-99" are negative
                    && (!self.glued(i) || self.kind(i - 1) != Some(TokenKind::Word))
                    && (i == self.first
                        || (!self.is_num(i - 1)
                            && number_words::word(self.w(i - 1)).is_none()
                            && self.w(i - 1) != "-")) =>
            {
                (true, i + 1)
            }
            _ => (false, i),
        };
        let mut q = self.unsigned_quantity(core)?;
        if negative {
            q.numeral = q.numeral.negated();
            if let Some((a, b)) = q.ratio {
                q.ratio = Some((-a, b));
            }
        }
        q.start = i;
        Some(q)
    }

    fn unsigned_quantity(&self, i: usize) -> Option<Quantity> {
        let t = self.tok(i)?;
        let w = self.w(i);
        let mut q = Quantity {
            start: i,
            end: i,
            numeral: Numeral::integer(0.0),
            share: false,
            ratio: None,
            ordinal: false,
            bare_digits: None,
        };
        // unicode fractions
        if let Some(v) = unicode_fraction(self.raw(i)) {
            q.numeral = Numeral::decimal(v, 2);
            q.share = true;
            q.end = i + 1;
            return Some(self.after_fraction(q));
        }
        // "half", "half a million", "half a dozen"
        if w == "half" {
            if self.w(i + 1) == "a" || self.w(i + 1) == "an" {
                if let Some(NumWord::Scale(s)) = number_words::word(self.w(i + 2)) {
                    q.numeral = Numeral::integer(0.5 * s);
                    q.end = i + 3;
                    return Some(q);
                }
                if self.w(i + 2) == "dozen" {
                    q.numeral = Numeral::integer(6.0);
                    q.end = i + 3;
                    return Some(q);
                }
            }
            if let Some(NumWord::Scale(s)) = number_words::word(self.w(i + 1)) {
                q.numeral = Numeral::integer(0.5 * s);
                q.end = i + 2;
                return Some(q);
            }
            q.numeral = Numeral::decimal(0.5, 1);
            q.share = true;
            q.end = i + 1;
            return Some(q);
        }
        if w == "quarter" {
            if let Some(NumWord::Scale(s)) = number_words::word(self.w(i + 1)) {
                q.numeral = Numeral::integer(0.25 * s);
                q.end = i + 2;
                return Some(q);
            }
            if self.w(i + 1) == "of" {
                q.numeral = Numeral::decimal(0.25, 2);
                q.share = true;
                q.end = i + 1;
                return Some(q);
            }
            return None;
        }
        // word fractions: "a third", "two-thirds", "three quarters"
        if t.kind == TokenKind::Word {
            if let Some((v, end)) = self.fraction_words(i) {
                // "a third" before a noun other than "of" is an ordinal ("a third term")
                let lone_article = matches!(w, "a" | "an");
                let next = self.w(end);
                let article_ok = !lone_article
                    || next == "of"
                    || next.is_empty()
                    || self.kind(end) == Some(TokenKind::Punct)
                    || matches!(number_words::word(next), Some(NumWord::Scale(_)));
                if article_ok {
                    q.numeral = Numeral::decimal(v, 2);
                    q.share = true;
                    q.end = end;
                    return Some(self.after_fraction(q));
                }
            }
        }
        let (numeral, end, ordinal, _plural) = self.cardinal(i)?;
        q.numeral = numeral;
        q.end = end;
        q.ordinal = ordinal;
        if !ordinal && self.w(end) == "point" {
            if let Some((v, digits, pend)) = self.point_decimals(end + 1) {
                let value = numeral.value + v;
                q.numeral = Numeral::decimal(value, digits);
                q.end = pend;
                return Some(q);
            }
        }
        if t.kind == TokenKind::Number && end == i + 1 {
            let raw = self.raw(i);
            if raw.bytes().all(|b| b.is_ascii_digit()) {
                q.bare_digits = Some(raw.len());
            }
        }
        if ordinal {
            return Some(q);
        }
        // digit fractions: "3/4", "2 1/4", "-4/5"
        if t.kind == TokenKind::Number && end == i + 1 {
            if self.raw(end) == "/"
                && self.glued(end)
                && self.is_num(end + 1)
                && self.glued(end + 1)
                && self.raw(end + 2) != "/"
            {
                let a = q.numeral.value;
                let b = self.numeral(end + 1)?.value;
                if b != 0.0 && a.abs() < b && a.fract() == 0.0 {
                    q.numeral = Numeral::decimal(a / b, 3);
                    q.ratio = Some((a, b));
                    q.share = true;
                    q.end = end + 2;
                    q.bare_digits = None;
                    return Some(self.after_fraction(q));
                }
                return None;
            }
            if self.is_num(end)
                && self.raw(end + 1) == "/"
                && self.glued(end + 1)
                && self.is_num(end + 2)
                && self.glued(end + 2)
                && self.raw(end + 3) != "/"
            {
                let whole = q.numeral.value;
                let a = self.numeral(end)?.value;
                let b = self.numeral(end + 2)?.value;
                if b != 0.0 && a < b && whole.fract() == 0.0 && whole >= 0.0 {
                    q.numeral = Numeral::decimal(whole + a / b, 3);
                    q.end = end + 3;
                    q.bare_digits = None;
                    return Some(q);
                }
            }
            // glued unicode fraction: "2½"
            if let Some(v) = unicode_fraction(self.raw(end)).filter(|_| self.glued(end)) {
                q.numeral = Numeral::decimal(q.numeral.value + v, 2);
                q.end = end + 1;
                q.bare_digits = None;
                return Some(q);
            }
            // powers: "1.1^23", "1.3x10^6", "6.23x10^-4"
            if let Some((v, e)) = self.power(i) {
                q.numeral = Numeral::decimal(v, 6);
                q.end = e;
                q.bare_digits = None;
                return Some(q);
            }
        }
        // "and a half", "and three quarters"; then perhaps a scale: "five and a half million"
        if self.w(q.end) == "and" {
            if let Some((f, fend)) = self.fraction_words(q.end + 1).filter(|(f, _)| *f < 1.0) {
                let base = q.numeral.value;
                let magnitude = largest_scale(base);
                if let Some(NumWord::Scale(s)) = number_words::word(self.w(fend)) {
                    let value = if s < magnitude {
                        base + f * s
                    } else {
                        (base + f) * s
                    };
                    q.numeral = Numeral::integer(value);
                    q.end = fend + 1;
                } else if magnitude >= 1e3 {
                    // "one million and a half": half a million
                    q.numeral = Numeral::integer(base + f * magnitude);
                    q.end = fend;
                } else {
                    q.numeral = Numeral::decimal(base + f, 2);
                    q.end = fend;
                }
                q.bare_digits = None;
                return Some(q);
            }
        }
        // plural ordinal after a cardinal: "three fifths", "twenty-three fifths"
        if let Some(NumWord::Ordinal {
            plural: true,
            value,
            ..
        }) = number_words::word(self.w(q.end))
        {
            if value > 0.0 {
                q.numeral = Numeral::decimal(q.numeral.value / value, 3);
                q.share = true;
                q.end += 1;
                q.bare_digits = None;
                return Some(self.after_fraction(q));
            }
        }
        // "X out of Y", "X in Y", "X over Y": a ratio
        if let Some(r) = self.ratio(q) {
            return Some(r);
        }
        Some(q)
    }

    /// Decimals spoken after "point": "zero three" is .03, "seventy-one" .71, "nought four"
    /// .04. Returns (fraction, digits, end).
    fn point_decimals(&self, i: usize) -> Option<(f64, u32, usize)> {
        let mut digits = String::new();
        let mut j = i;
        while let Some(NumWord::Unit(u)) = number_words::word(self.w(j)) {
            digits.push(char::from(b'0' + u));
            j += 1;
        }
        if digits.is_empty() {
            let (n, end, ordinal, _) = self.cardinal(i)?;
            if ordinal || n.value >= 100.0 || n.value.fract() != 0.0 {
                return None;
            }
            digits = (n.value as u32).to_string();
            j = end;
        }
        let v: f64 = format!("0.{digits}").parse().ok()?;
        Some((v, digits.len() as u32, j))
    }

    /// After a fraction: a scale word makes it a count ("three quarters billion",
    /// "two thirds of a million").
    fn after_fraction(&self, mut q: Quantity) -> Quantity {
        let mut j = q.end;
        if self.w(j) == "of" && matches!(self.w(j + 1), "a" | "an") {
            j += 2;
        }
        if let Some(NumWord::Scale(s)) = number_words::word(self.w(j)) {
            q.numeral = Numeral::integer(q.numeral.value * s);
            q.share = false;
            q.ratio = None;
            q.end = j + 1;
        }
        q
    }

    fn power(&self, i: usize) -> Option<(f64, usize)> {
        let base = self.numeral(i)?.value;
        let mut j = i + 1;
        let mut mantissa = None;
        if self.w(j) == "x" && self.glued(j) && self.raw(j + 1) == "10" && self.glued(j + 1) {
            mantissa = Some(base);
            j += 2;
        }
        if self.raw(j) != "^" || !self.glued(j) {
            return None;
        }
        j += 1;
        let mut sign = 1.0;
        while matches!(self.raw(j), "-" | "+") {
            if self.raw(j) == "-" {
                sign = -sign;
            }
            j += 1;
        }
        if !self.is_num(j) {
            return None;
        }
        let exp = sign * self.numeral(j)?.value;
        let v = match mantissa {
            Some(m) => m * 10f64.powf(exp),
            None => base.powf(exp),
        };
        v.is_finite().then_some((v, j + 1))
    }

    fn ratio(&self, q: Quantity) -> Option<Quantity> {
        let link = self.w(q.end);
        if !matches!(link, "in" | "out" | "over") {
            return None;
        }
        let start = if link == "out" {
            if self.w(q.end + 1) != "of" {
                return None;
            }
            q.end + 2
        } else {
            q.end + 1
        };
        let (d, d_end, ordinal, _) = self.cardinal(start)?;
        if ordinal {
            return None;
        }
        let a = q.numeral.value;
        let b = d.value;
        let year_like =
            self.is_num(start) && self.raw(start).len() == 4 && (1000.0..2100.0).contains(&b);
        if b == 0.0 || a > b || a < 0.0 || year_like {
            return None;
        }
        if link == "over" {
            // "$2000 over 3 years" is a period, not a ratio
            let next = self.kind(d_end);
            if next == Some(TokenKind::Word) {
                return None;
            }
        }
        let mut r = q;
        r.numeral = Numeral::decimal(a / b, 4);
        r.ratio = Some((a, b));
        r.share = true;
        r.end = d_end;
        r.bare_digits = None;
        Some(r)
    }

    // ---- figures ------------------------------------------------------------------

    /// Tries to read a figure at `i`; pushes it and returns the token index after it.
    fn figure_at(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        self.figure_core(i, out, true)
    }

    /// [`Self::figure_at`], with or without reading a hedge first (a hedge is read once:
    /// "more than more than 5" must not recurse).
    fn figure_core(&self, i: usize, out: &mut Vec<Figure>, hedges: bool) -> Option<usize> {
        let t = self.tok(i)?;
        // Most words start nothing: one set look-up lets them through fast.
        match t.kind {
            TokenKind::Word if !self.may_start_figure(i) => return None,
            TokenKind::Punct | TokenKind::Symbol if self.class[i] & STARTER == 0 => return None,
            _ => {}
        }
        // 1. links and addresses
        if matches!(self.w(i), "http" | "https" | "www" | "ftp") || self.raw(i) == "@" {
            let mut j = i + 1;
            while self.tok(j).is_some_and(|t| t.gap == Gap::None) {
                j += 1;
            }
            return Some(j);
        }
        let number_near = (self.next_number[i] as usize) < (i + NUMBER_REACH).min(self.bound);
        if !number_near {
            // without a number close by only a vague amount ("dozens") can start here
            return self.vague(i, out);
        }
        if t.kind == TokenKind::Word || t.kind == TokenKind::Symbol || t.kind == TokenKind::Punct {
            // 2. hedges
            if let Some(m) = hedges
                .then(|| {
                    self.lex.match_at(self.lower, self.toks, i, |k| {
                        matches!(k, PhraseKind::HedgeBefore(_))
                    })
                })
                .flatten()
                .filter(|_| !(self.w(i) == "over" && self.over_means_about(i)))
            {
                if let PhraseKind::HedgeBefore(h) = m.kind {
                    let phrase = self.hedge_phrase(i, i + m.len);
                    let mut inner = Vec::new();
                    if let Some(end) = self.figure_core(i + m.len, &mut inner, false) {
                        if let Some(first) = inner.first_mut() {
                            if first.span.start == self.toks[i + m.len].start
                                && first.kind.is_quantity()
                                && first.hedge.is_none()
                            {
                                first.span.start = t.start;
                                self.apply_hedge(first, self.lex.hedge(h), phrase);
                            }
                        }
                        out.extend(inner);
                        return Some(end);
                    }
                }
            }
            // 3. between A and B
            if self.w(i) == "between" {
                if let Some(end) = self.between(i, out) {
                    return Some(end);
                }
            }
            // 4. vague amounts
            if let Some(end) = self.vague(i, out) {
                return Some(end);
            }
            // 5. dates led by a weekday or month
            if let Some(end) = self.date_words(i, out) {
                return Some(end);
            }
            // 6. currency before the amount
            if let Some(end) = self.money_prefix(i, out) {
                return Some(end);
            }
            // ages: "aged 45", "age 87"
            if matches!(self.w(i), "aged" | "age") && self.is_num(i + 1) {
                if let Some(q) = self.quantity(i + 1) {
                    if q.numeral.value > 0.0 && q.numeral.value < 130.0 && !q.share {
                        out.push(self.make(i, q.end, FigureKind::Age, q.numeral, None));
                        return Some(q.end);
                    }
                }
            }
            if t.kind != TokenKind::Word
                && unicode_fraction(self.raw(i)).is_none()
                && !self.is_dash(i)
            {
                return None;
            }
            if t.kind == TokenKind::Word
                && number_words::word(self.w(i)).is_none()
                && !matches!(self.w(i), "a" | "an" | "minus" | "negative")
            {
                return None;
            }
            // a lone ordinal word that is not a figure: "second" as in "a second"
            if self.w(i) == "second" && matches!(self.prev_w(i), "a" | "per" | "split" | "every") {
                return None;
            }
        }
        // 7. a quantity and what follows
        if t.kind == TokenKind::Number {
            if let Some(end) = self.non_quantity_number(i, out) {
                return Some(end);
            }
        }
        let q = self.quantity(i)?;
        if matches!(self.w(i), "a" | "an") && q.end <= i + 1 {
            return None;
        }
        // ranks ("top three", "the top 10") and names ("Five Nations", "Channel Four") are
        // not counts
        let rank = matches!(self.prev_w(i), "top" | "bottom");
        let capitalised_word = t.kind == TokenKind::Word
            && self.raw(i).starts_with(char::is_uppercase)
            && i > self.first
            && !matches!(self.raw(i - 1), "\"" | "“" | "(" | "'" | "‘");
        let name = capitalised_word
            && q.end == i + 1
            && self.kind(q.end) == Some(TokenKind::Word)
            && self.raw(q.end).starts_with(char::is_uppercase)
            || capitalised_word && self.prev_is_capitalised_name(i);
        // Title-case headlines capitalise every word: no names read there
        if rank || (name && !self.headline) {
            out.push(self.marker(i, q.end, FigureKind::Identifier));
            return Some(q.end);
        }
        // a lone "one" is usually a pronoun ("the one you mentioned")
        if q.end == i + 1 && self.w(i) == "one" && !self.one_counts(i) {
            return None;
        }
        Some(self.classify(q, out))
    }

    /// Whether word `i` can start a figure: a number word, a phrase of the lexicons (hedge,
    /// vague amount, currency), a month or weekday, or one of the few words the scanner
    /// reads itself.
    fn may_start_figure(&self, i: usize) -> bool {
        self.class[i] & STARTER != 0 || (self.w(i).len() == 4 && self.raw(i).starts_with('M'))
    }

    /// Whether "over" at `i` means "concerning": a noun such as "talks" or "row" stands
    /// within the four words before it ("talks with Hamas over 59 hostages").
    fn over_means_about(&self, i: usize) -> bool {
        (i.saturating_sub(4).max(self.first)..i).any(|k| OVER_MEANS_ABOUT.contains(&self.w(k)))
    }

    /// Whether the word before `i` is a capitalised word inside a name ("Channel Four",
    /// "Radio Five"), not the first word of the sentence.
    fn prev_is_capitalised_name(&self, i: usize) -> bool {
        i > self.first + 1
            && self.kind(i - 1) == Some(TokenKind::Word)
            && self.raw(i - 1).starts_with(char::is_uppercase)
            && !self.glued(i)
    }

    /// Whether a lone "one" counts something ("one person") rather than being a pronoun.
    fn one_counts(&self, i: usize) -> bool {
        let next = self.w(i + 1);
        if self
            .lex
            .match_at(self.lower, self.toks, i + 1, |k| {
                matches!(k, PhraseKind::Unit(_) | PhraseKind::CurrencySuffix(_))
            })
            .is_some()
        {
            return true;
        }
        let prev = self.prev_w(i);
        if matches!(
            prev,
            "the"
                | "this"
                | "that"
                | "which"
                | "no"
                | "any"
                | "every"
                | "each"
                | "some"
                | "another"
                | "last"
                | "next"
                | "only"
                | "someone"
                | "everyone"
        ) || matches!(
            next,
            "you"
                | "of"
                | "who"
                | "that"
                | "which"
                | "is"
                | "was"
                | "do"
                | "does"
                | "day"
                | "thing"
                | "another"
        ) {
            return false;
        }
        true
    }

    /// The hedge phrase as written, lower case, single-spaced.
    fn hedge_phrase(&self, from: usize, to: usize) -> String {
        let mut s = String::new();
        for k in from..to {
            if k > from && self.toks[k].gap != Gap::None {
                s.push(' ');
            }
            s.push_str(self.w(k));
        }
        s
    }

    fn apply_hedge(&self, f: &mut Figure, kind: HedgeKind, phrase: String) {
        let Some(v) = f.value else {
            f.hedge = Some(phrase);
            return;
        };
        let base = f.interval.unwrap_or_else(|| Interval::exact(v));
        let round = f.numeral.is_some_and(|n| n.is_round(self.lex.round_min));
        let share = f.kind == FigureKind::Fraction;
        let interval = match kind {
            HedgeKind::Approximate { widen, widen_round } => {
                let pct = if round { widen_round } else { widen };
                let halo = (v.abs() * pct).max((base.hi - base.lo) / 2.0);
                Interval::around(v, halo)
            }
            HedgeKind::Nearly { lo_factor } => Interval::new(v * lo_factor, v),
            HedgeKind::AtLeast => Interval::new(v, if share { 1.0 } else { f64::INFINITY }),
            HedgeKind::AtMost => Interval::new(if v >= 0.0 { 0.0 } else { f64::NEG_INFINITY }, v),
            HedgeKind::Exactly => Interval::exact(v),
        };
        f.interval = Some(interval);
        f.hedge = Some(phrase);
        f.hedge_kind = Some(kind);
    }

    /// Builds a figure over tokens `from..to`.
    fn make(
        &self,
        from: usize,
        to: usize,
        kind: FigureKind,
        numeral: Numeral,
        unit: Option<String>,
    ) -> Figure {
        let interval = match kind {
            FigureKind::Percent | FigureKind::PercentagePoints => numeral.percent_rounding(),
            // a duration is counted, not estimated: "100 days" is not a round figure
            FigureKind::Duration if !numeral.rounded => Interval::exact(numeral.value),
            FigureKind::Fraction | FigureKind::Ordinal | FigureKind::Age | FigureKind::Year => {
                if kind == FigureKind::Fraction {
                    // "half", "two-thirds", "one in five": the share ± 0.03 (SEMANTICS.md)
                    Interval::around(numeral.value, FRACTION_HALO)
                } else {
                    Interval::exact(numeral.value)
                }
            }
            _ => numeral.rounding(self.lex.round_min),
        };
        Figure {
            span: self.span(from, to),
            kind,
            value: Some(numeral.value),
            interval: Some(interval),
            unit,
            hedge: None,
            hedge_kind: None,
            numeral: Some(numeral),
            ratio: None,
            date: None,
            sentence: 0,
            headline: false,
        }
    }

    fn marker(&self, from: usize, to: usize, kind: FigureKind) -> Figure {
        Figure {
            span: self.span(from, to),
            kind,
            value: None,
            interval: None,
            unit: None,
            hedge: None,
            hedge_kind: None,
            numeral: None,
            ratio: None,
            date: None,
            sentence: 0,
            headline: false,
        }
    }

    /// Numbers that are not quantities: identifiers, phone numbers, versions, numeric
    /// dates, clock times. Returns the end if one was read.
    fn non_quantity_number(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        let raw = self.raw(i);
        // dotted runs: IP addresses, versions, "07.10.2023"
        if parse_numeral(raw).is_none() {
            out.push(self.marker(i, i + 1, FigureKind::Identifier));
            return Some(i + 1);
        }
        // glued to letters before: "i7", "MP3", "F-16", "COVID-19"
        if self.glued(i) && i > self.first {
            let prev = &self.toks[i - 1];
            let prev_raw = prev.text(self.text);
            let letters_before = prev.kind == TokenKind::Word
                && self
                    .lex
                    .match_at(self.lower, self.toks, i - 1, |k| {
                        matches!(k, PhraseKind::CurrencyPrefix(_))
                    })
                    .is_none();
            let code_dash = self.is_dash(i - 1)
                && prev.gap == Gap::None
                && i >= 2
                && i - 2 >= self.first
                && self.toks[i - 2].kind == TokenKind::Word
                && self.toks[i - 2]
                    .text(self.text)
                    .chars()
                    .any(char::is_uppercase);
            if letters_before || code_dash || prev_raw == "#" {
                let mut j = i + 1;
                while self.glued(j) && (self.kind(j) == Some(TokenKind::Word) || self.is_num(j)) {
                    j += 1;
                }
                let start = if code_dash { i - 2 } else { i - 1 };
                out.push(self.marker(start.max(self.first), j, FigureKind::Identifier));
                return Some(j);
            }
        }
        // phone numbers: "+1-222-2222-2222", "020 7946 0000" with dashes
        let plus = i > self.first
            && self.raw(i - 1) == "+"
            && self.glued(i)
            && (raw.len() >= 7
                || (self.is_dash(i + 1) && self.glued(i + 1))
                || (self.is_num(i + 1)
                    && self.tok(i + 1).is_some_and(|t| t.gap == Gap::Space)
                    && self.raw(i + 1).bytes().all(|b| b.is_ascii_digit())));
        if plus || {
            self.is_dash(i + 1)
                && self.is_num(i + 2)
                && self.is_dash(i + 3)
                && self.is_num(i + 4)
                && self.glued(i + 1)
                && self.glued(i + 3)
        } {
            let mut j = i + 1;
            while (self.is_dash(j) || self.raw(j) == "/" || self.raw(j) == ".")
                && self.glued(j)
                && self.is_num(j + 1)
                && self.glued(j + 1)
            {
                j += 2;
            }
            // "+44 20 7946 0000": groups of digits after a plus, separated by spaces
            if plus {
                while self.is_num(j)
                    && self.tok(j).is_some_and(|t| t.gap == Gap::Space)
                    && self.raw(j).bytes().all(|b| b.is_ascii_digit())
                {
                    j += 1;
                }
            }
            if j > i + 3 || plus {
                // numeric dates look like this too: 2023-10-07
                if let Some(d) = self.numeric_date(i) {
                    out.push(d.0);
                    return Some(d.1);
                }
                let start = if plus { i - 1 } else { i };
                out.push(self.marker(start, j, FigureKind::Phone));
                return Some(j);
            }
        }
        if let Some((f, end)) = self.numeric_date(i) {
            out.push(f);
            return Some(end);
        }
        // clock times: "10:30", "2pm", "2.17pm", "2005 GMT"
        if let Some(end) = self.clock(i) {
            out.push(self.marker(i, end, FigureKind::Time));
            return Some(end);
        }
        // identifiers named by the word before: "No. 10", "version 2", "Windows 10"
        let mut p = i;
        if p > self.first && self.raw(p - 1) == "." {
            p -= 1;
        }
        if p > self.first && IDENT_BEFORE.contains(&self.w(p - 1)) {
            let before = self.w(p - 1);
            let capital = self
                .raw(p - 1)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            // "year 2" is a school year; "No. 10"; but "no 5 people" is rare
            let strong = matches!(
                before,
                "no" | "nos"
                    | "nr"
                    | "version"
                    | "v"
                    | "windows"
                    | "xbox"
                    | "iphone"
                    | "playstation"
                    | "ps"
                    | "apollo"
                    | "formula"
                    | "bbc"
                    | "psalm"
                    | "opus"
                    | "op"
                    | "tel"
                    | "fax"
                    | "dial"
                    | "call"
            );
            if (strong || capital || p < i)
                && self.numeral(i).is_some_and(|n| n.value.fract() == 0.0)
            {
                out.push(self.marker(p - 1, i + 1, FigureKind::Identifier));
                return Some(i + 1);
            }
        }
        // mobile network generations: "5G", "4G" (but "10G" is ten giga)
        if self.raw(i + 1) == "G" && self.glued(i + 1) && raw.len() == 1 && !self.glued(i + 2) {
            out.push(self.marker(i, i + 2, FigureKind::Identifier));
            return Some(i + 2);
        }
        // glued letters after that are no unit, scale or suffix: "5G", "3D", "4x4"
        if let Some(next) = self
            .tok(i + 1)
            .filter(|t| t.gap == Gap::None && t.kind == TokenKind::Word)
        {
            let suffix = next.text(self.text);
            let lower = next.text(self.lower);
            let known = number_words::scale_suffix(suffix, true).is_some()
                || self.lex.glued_units.contains_key(suffix)
                || self.lex.starts_phrase(lower)
                || matches!(
                    lower,
                    "st" | "nd"
                        | "rd"
                        | "th"
                        | "s"
                        | "am"
                        | "pm"
                        | "a"
                        | "p"
                        | "x"
                        | "yo"
                        | "pc"
                        | "bps"
                )
                || self.lex.currency_symbols.contains_key(suffix);
            if !known {
                let mut j = i + 1;
                while self.glued(j)
                    && matches!(self.kind(j), Some(TokenKind::Word | TokenKind::Number))
                {
                    j += 1;
                }
                out.push(self.marker(i, j, FigureKind::Identifier));
                return Some(j);
            }
        }
        None
    }

    /// "2023-10-07", "5/17/2018", "17/5/2018", "9/11" (a date-name).
    fn numeric_date(&self, i: usize) -> Option<(Figure, usize)> {
        let sep = self.raw(i + 1);
        if !(sep == "-" || sep == "/")
            || !self.glued(i + 1)
            || !self.is_num(i + 2)
            || !self.glued(i + 2)
        {
            return None;
        }
        let a = self.raw(i);
        let b = self.raw(i + 2);
        let has_third =
            self.raw(i + 3) == sep && self.glued(i + 3) && self.is_num(i + 4) && self.glued(i + 4);
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(a) || !all_digits(b) {
            return None;
        }
        let mut f = self.marker(i, if has_third { i + 5 } else { i + 3 }, FigureKind::Date);
        if has_third {
            let c = self.raw(i + 4);
            if !all_digits(c) {
                return None;
            }
            if sep == "-" && a.len() != 4 && c.len() != 4 {
                return None; // "3-4-1" is a football formation
            }
            let (y, m, d) = if a.len() == 4 {
                (a, b, c)
            } else if sep == "/" {
                (c, a, b) // US order month/day/year
            } else {
                (c, b, a)
            };
            let (y, m, d) = (
                y.parse::<i32>().ok()?,
                m.parse::<u8>().ok()?,
                d.parse::<u8>().ok()?,
            );
            let (m, d) = if m > 12 && d <= 12 { (d, m) } else { (m, d) };
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return None;
            }
            let year = if y < 100 { 2000 + y } else { y };
            f.date = Some(DateParts {
                year: Some(year),
                month: Some(m),
                day: Some(d),
                weekday: None,
            });
            return Some((f, i + 5));
        }
        if sep == "-" && a.len() == 4 && b.len() == 2 {
            let y = a.parse::<i32>().ok()?;
            let m = b.parse::<u8>().ok()?;
            if (1000..2200).contains(&y) && (1..=12).contains(&m) && self.raw(i + 3) != "-" {
                // "2013-14" is a season; "1995-01" a month
                let season = m as i32 == (y + 1) % 100;
                if !season {
                    f.date = Some(DateParts {
                        year: Some(y),
                        month: Some(m),
                        day: None,
                        weekday: None,
                    });
                    return Some((f, i + 3));
                }
            }
        }
        if sep == "/" {
            let x = a.parse::<u32>().ok()?;
            let y = b.parse::<u32>().ok()?;
            if x >= y {
                // "24/7", "9/11", "50/50": an expression or a date-name, not a fraction
                out_of_fraction_marker(&mut f);
                return Some((f, i + 3));
            }
        }
        None
    }

    /// A clock time starting at `i`; returns its end.
    fn clock(&self, i: usize) -> Option<usize> {
        let raw = self.raw(i);
        let mut j = i + 1;
        // 10:30
        if self.raw(j) == ":"
            && self.glued(j)
            && self.is_num(j + 1)
            && self.glued(j + 1)
            && self.raw(j + 1).len() == 2
        {
            j += 2;
            if self.raw(j) == ":" && self.glued(j) && self.is_num(j + 1) {
                j += 2;
            }
            if matches!(self.w(j), "am" | "pm" | "a.m" | "p.m" | "a" | "p") {
                j += 1;
                if self.raw(j) == "." && self.glued(j) {
                    j += 1;
                }
            }
            return Some(j);
        }
        let n = parse_numeral(raw)?;
        // 2pm, 2.17pm, 10 am, 10 a.m.
        let w = self.w(j);
        let ampm = matches!(w, "am" | "pm")
            || (matches!(w, "a" | "p") && self.raw(j + 1) == "." && self.w(j + 2) == "m");
        if ampm && n.value <= 12.0 && n.value >= 0.0 {
            let decimals_ok =
                !raw.contains('.') || raw.split('.').nth(1).is_some_and(|d| d.len() == 2);
            if decimals_ok {
                let mut end = j + 1;
                if w == "a" || w == "p" {
                    end = j + 3;
                    if self.raw(end) == "." && self.glued(end) {
                        end += 1;
                    }
                }
                return Some(end);
            }
        }
        // 2005 GMT, 1930 hrs
        if raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) && TIME_ZONES.contains(&w) {
            let hh = n.value as u32 / 100;
            let mm = n.value as u32 % 100;
            if hh < 24 && mm < 60 {
                return Some(j + 1);
            }
        }
        // "10.30 GMT"
        if raw.contains('.') && TIME_ZONES.contains(&w) && w != "hours" {
            return Some(j + 1);
        }
        None
    }

    /// "between 10 and 15 miles", "between $5m and $10m".
    fn between(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        let mut a_figs = Vec::new();
        let a_end = self.figure_no_range(i + 1, &mut a_figs)?;
        if self.w(a_end) != "and" {
            return None;
        }
        let mut b_figs = Vec::new();
        let b_end = self.figure_no_range(a_end + 1, &mut b_figs)?;
        let (a, b) = (a_figs.first()?, b_figs.first()?);
        if a_figs.len() != 1 || b_figs.len() != 1 {
            return None;
        }
        if !a.kind.is_quantity() && a.kind != FigureKind::Ordinal
            || !b.kind.is_quantity() && b.kind != FigureKind::Ordinal
        {
            return None;
        }
        out.push(self.range_of(i, b_end, a, b)?);
        Some(b_end)
    }

    /// A figure without range-joining (for the ends of a range).
    fn figure_no_range(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        if let Some(end) = self.money_prefix_core(i, out, false) {
            return Some(end);
        }
        let q = self.quantity(i)?;
        let (f, end) = self.classify_single(q)?;
        out.push(f);
        Some(end)
    }

    fn range_of(&self, from: usize, to: usize, a: &Figure, b: &Figure) -> Option<Figure> {
        let (va, vb) = (a.value?, b.value?);
        let unit = b.unit.clone().or_else(|| a.unit.clone());
        if a.unit.is_some() && b.unit.is_some() && a.unit != b.unit {
            return None;
        }
        let mut f = self.marker(from, to, FigureKind::Range);
        f.unit = unit;
        // a range's lo and hi are its ends as written
        f.interval = Some(Interval::new(va.min(vb), va.max(vb)));
        Some(f)
    }

    /// Vague amounts: "dozens", "tens of thousands", "several hundred", "most of".
    fn vague(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        let m = self.lex.match_at(self.lower, self.toks, i, |k| {
            matches!(k, PhraseKind::Vague(_))
        })?;
        let PhraseKind::Vague(id) = m.kind else {
            return None;
        };
        let v = &self.lex.vague[id as usize];
        let mut end = i + m.len;
        let next = self.w(end);
        if v.phrase == "scores" && next != "of" {
            return None;
        }
        if v.phrase == "most" && (next != "of" || matches!(self.prev_w(i), "the" | "at")) {
            return None;
        }
        if v.phrase == "several"
            && number_words::word(next).is_none()
            && self.kind(end) != Some(TokenKind::Word)
        {
            return None;
        }
        let (mut lo, mut hi) = (v.lo, v.hi);
        // "several hundred", "a few thousand": the vague count times the scale
        if !v.share {
            match number_words::word(next) {
                Some(NumWord::Hundred) => {
                    lo *= 100.0;
                    hi *= 100.0;
                    end += 1;
                }
                Some(NumWord::Scale(s)) if !next.ends_with('s') => {
                    lo *= s;
                    hi *= s;
                    end += 1;
                }
                _ => {}
            }
        }
        let mut f = self.marker(
            i,
            end,
            if v.share {
                FigureKind::Fraction
            } else {
                FigureKind::Count
            },
        );
        f.interval = Some(Interval::new(lo, hi));
        f.hedge = Some(self.hedge_phrase(i, i + m.len));
        out.push(f);
        Some(end)
    }

    /// Dates that start with a weekday or a month: "Saturday, October 7, 2023",
    /// "Jan. 18", "March 5th", "May 2024".
    fn date_words(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        let mut j = i;
        let wd = weekday(self.w(j));
        if wd.is_some() {
            j += 1;
            if self.raw(j) == "," {
                j += 1;
            }
            // "Saturday 7 October": day-first after a weekday
            if self.is_num(j) {
                if let Some(q) = self.quantity(j) {
                    if let Some((mut f, end)) = self.day_month(q) {
                        f.span.start = self.toks[i].start;
                        if let Some(d) = f.date.as_mut() {
                            d.weekday = wd;
                        }
                        out.push(f);
                        return Some(end);
                    }
                }
            }
        }
        let m = month(self.w(j))?;
        let raw = self.raw(j);
        if !raw.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let mut k = j + 1;
        if self.raw(k) == "." && self.glued(k) && raw.len() <= 4 {
            k += 1;
        }
        let mut date = DateParts {
            year: None,
            month: Some(m),
            day: None,
            weekday: wd,
        };
        if self.is_num(k) {
            let n = self.raw(k);
            let digits = n.bytes().all(|b| b.is_ascii_digit());
            if digits && n.len() <= 2 {
                let d: u8 = n.parse().ok()?;
                if !(1..=31).contains(&d) {
                    return None;
                }
                date.day = Some(d);
                k += 1;
                if matches!(self.w(k), "st" | "nd" | "rd" | "th") && self.glued(k) {
                    k += 1;
                }
                let mut y = k;
                if self.raw(y) == "," {
                    y += 1;
                }
                if self.is_num(y)
                    && self.raw(y).len() == 4
                    && self.raw(y).bytes().all(|b| b.is_ascii_digit())
                {
                    date.year = self.raw(y).parse().ok();
                    k = y + 1;
                }
            } else if digits && n.len() == 4 {
                date.year = n.parse().ok();
                k += 1;
            } else {
                return None;
            }
        } else if wd.is_none() || j == i {
            return None;
        }
        let mut f = self.marker(i, k, FigureKind::Date);
        f.date = Some(date);
        out.push(f);
        Some(k)
    }

    /// "7 October 2023", "4th May": a day number then a month.
    fn day_month(&self, q: Quantity) -> Option<(Figure, usize)> {
        let d = q.numeral.value;
        let mut k = q.end;
        // a span of days: "26-28 August", "16-18 December"
        if self.is_dash(k) && self.is_num(k + 1) && self.raw(k + 1).len() <= 2 {
            let last_day: f64 = self.raw(k + 1).parse().ok()?;
            if (1.0..=31.0).contains(&last_day) && last_day > d && month(self.w(k + 2)).is_some() {
                k += 2;
            }
        }
        if matches!(self.w(k), "st" | "nd" | "rd" | "th") && self.glued(k) {
            k += 1;
        }
        if self.w(k) == "of" {
            k += 1;
        }
        let m = month(self.w(k))?;
        if !self.raw(k).chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        if q.bare_digits.is_none_or(|n| n > 2) || !(1.0..=31.0).contains(&d) {
            return None;
        }
        k += 1;
        if self.raw(k) == "." && self.glued(k) {
            k += 1;
        }
        let mut date = DateParts {
            year: None,
            month: Some(m),
            day: Some(d as u8),
            weekday: None,
        };
        let mut y = k;
        if self.raw(y) == "," {
            y += 1;
        }
        if self.is_num(y)
            && self.raw(y).len() == 4
            && self.raw(y).bytes().all(|b| b.is_ascii_digit())
        {
            date.year = self.raw(y).parse().ok();
            k = y + 1;
        }
        let mut f = self.marker(q.start, k, FigureKind::Date);
        f.date = Some(date);
        Some((f, k))
    }

    /// A currency sign or code before an amount: "$1.5bn", "US$ 1MM", "EUR 125", "c $ 16.4
    /// million", "($99.99)".
    fn money_prefix(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        self.money_prefix_core(i, out, true)
    }

    /// [`Self::money_prefix`]; `join_range`: read a second amount after a dash ("$5m-$10m"),
    /// which is itself read without joining.
    fn money_prefix_core(
        &self,
        i: usize,
        out: &mut Vec<Figure>,
        join_range: bool,
    ) -> Option<usize> {
        let mut million = false;
        let (currency, len) = if let Some(&id) = self.lex.currency_symbols.get(self.raw(i)) {
            (id, 1)
        } else if let Some(id) = self.million_code(i) {
            million = true;
            (id, 1)
        } else {
            let m = self.lex.match_at(self.lower, self.toks, i, |k| {
                matches!(k, PhraseKind::CurrencyPrefix(_))
            })?;
            let PhraseKind::CurrencyPrefix(id) = m.kind else {
                return None;
            };
            // a bare code word must be upper case or glued: "USD 200", "USD115"
            (id, m.len)
        };
        let mut j = i + len;
        // "US$" read as "US" + "$": the phrase wins above; here a sign after a code
        let mut sign = false;
        if self.raw(j) == "-" && self.is_num(j + 1) {
            sign = true;
            j += 1;
        }
        let q = self.quantity(j)?;
        if q.share || q.ordinal {
            return None;
        }
        let mut numeral = if sign { q.numeral.negated() } else { q.numeral };
        if million {
            numeral = numeral.scaled(1e6);
        }
        let mut end = q.end;
        if !numeral.rounded && self.lex.currencies[currency as usize].subunit.is_none() {
            if let Some((cents, cend)) = self.minor_units(end).filter(|_| self.w(end) == "and") {
                numeral = Numeral::decimal(numeral.value + cents / 100.0, 2);
                end = cend;
            }
        }
        // "75 USD million" style is handled as a suffix; "$ 20,000.00"
        if let Some(NumWord::Scale(s)) = number_words::word(self.w(end)) {
            if numeral.value.abs() < 1000.0 {
                let f = self.money_figure(i, end + 1, numeral.scaled(s), currency);
                out.push(f);
                if !join_range {
                    return Some(end + 1);
                }
                return Some(self.money_range(i, end + 1, out));
            }
        }
        // a trailing currency word repeats the sign: "$ 10 dollars"
        if let Some(m) = self.lex.match_at(self.lower, self.toks, end, |k| {
            matches!(k, PhraseKind::CurrencySuffix(_))
        }) {
            if !matches!(self.w(end), "cents" | "cent" | "pence") {
                end += m.len;
            }
        }
        let f = self.money_figure(i, end, numeral, currency);
        out.push(f);
        if !join_range {
            return Some(end);
        }
        Some(self.money_range(i, end, out))
    }

    /// "$5m-$10m", "$5-10m", "£5m to £10m": joins a money figure just pushed with a second
    /// amount into a range. Returns the end.
    fn money_range(&self, start: usize, end: usize, out: &mut Vec<Figure>) -> usize {
        let sep = self.w(end);
        if !(self.is_dash(end) || sep == "to") || CHANGE_WORDS.contains(&self.prev_w(start)) {
            return end;
        }
        let mut j = end + 1;
        let mut second = Vec::new();
        let b_end = if self.lex.currency_symbols.contains_key(self.raw(j))
            || self
                .lex
                .match_at(self.lower, self.toks, j, |k| {
                    matches!(k, PhraseKind::CurrencyPrefix(_))
                })
                .is_some()
        {
            match self.money_prefix_core(j, &mut second, false) {
                Some(e) => e,
                None => return end,
            }
        } else {
            let Some(q) = self.quantity(j) else {
                return end;
            };
            if q.share || q.ordinal {
                return end;
            }
            j = q.end;
            let Some(first) = out.last() else { return end };
            let mut n = q.numeral;
            let mut e = j;
            // the scale of the second end applies to the first: "$5-10m"
            let _ = &mut n;
            let mut f = first.clone();
            f.value = Some(n.value);
            if let Some(NumWord::Scale(_)) = number_words::word(self.w(e)) {
                e += 1;
            }
            f.span = self.span(q.start, e);
            second.push(f);
            e
        };
        let (Some(a), Some(b)) = (out.last(), second.first()) else {
            return end;
        };
        if let Some(r) = self.range_of(start, b_end, a, b) {
            out.pop();
            out.push(r);
            b_end
        } else {
            end
        }
    }

    /// Cents after a main amount: "3 dollars 50 cents", "15 dollars and 50", "17 USD 25".
    /// Returns (hundredths, end).
    fn minor_units(&self, end: usize) -> Option<(f64, usize)> {
        let k = if self.w(end) == "and" { end + 1 } else { end };
        let q = self.quantity(k)?;
        let v = q.numeral.value;
        if q.share || q.ordinal || v.fract() != 0.0 || !(0.0..100.0).contains(&v) {
            return None;
        }
        let after = self.w(q.end);
        if matches!(after, "cents" | "cent" | "pence" | "p" | "mao") {
            return Some((v, q.end + 1));
        }
        let closes = after.is_empty()
            || after == "more"
            || (self.kind(q.end) == Some(TokenKind::Punct) && !self.is_dash(q.end));
        closes.then_some((v, q.end))
    }

    /// A currency code with a million prefix: "MUSD", "MEUR", "MAUD".
    fn million_code(&self, i: usize) -> Option<u16> {
        let raw = self.raw(i);
        let rest = raw.strip_prefix('M')?;
        if rest.len() != 3 || !rest.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        self.lex.currency_word(&rest.to_ascii_lowercase())
    }

    fn money_figure(&self, from: usize, to: usize, numeral: Numeral, currency: u16) -> Figure {
        let c = &self.lex.currencies[currency as usize];
        let unit = match &c.subunit {
            Some(sub) => format!("{} {}", c.code, sub),
            None => c.code.clone(),
        };
        self.make(from, to, FigureKind::Money, numeral, Some(unit))
    }

    /// Classifies a quantity by what follows it; pushes the figure(s) and returns the end.
    fn classify(&self, q: Quantity, out: &mut Vec<Figure>) -> usize {
        // scores: "4-2", "won 3-1"
        if let Some(end) = self.score(q) {
            out.push(self.marker(q.start, end, FigureKind::Score));
            return end;
        }
        if let Some((f, end)) = self.day_month(q) {
            out.push(f);
            return end;
        }
        let Some((mut f, mut end)) = self.classify_single(q) else {
            return q.end;
        };
        // ranges: "10-15", "10 to 15", "5k-20k", "10% to 15%"
        if let Some((r, rend)) = self.range_after(q, &f, end) {
            f = r;
            end = rend;
        }
        // hedges after: "500 or more"
        if let Some(m) = self.lex.match_at(self.lower, self.toks, end, |k| {
            matches!(k, PhraseKind::HedgeAfter(_))
        }) {
            if let PhraseKind::HedgeAfter(h) = m.kind {
                if f.kind.is_quantity() && f.hedge.is_none() && f.kind != FigureKind::Range {
                    let phrase = self.hedge_phrase(end, end + m.len);
                    let full = end + m.len;
                    f.span = self.span(q.start, full);
                    self.apply_hedge(&mut f, self.lex.hedge(h), phrase);
                    end = full;
                }
            }
        }
        out.push(f);
        end
    }

    /// A score: two small integers joined by a dash, in sporting context.
    fn score(&self, q: Quantity) -> Option<usize> {
        let a = q.bare_digits?;
        if a > 2
            || !self.is_dash(q.end)
            || !self.glued(q.end)
            || !self.is_num(q.end + 1)
            || !self.glued(q.end + 1)
        {
            return None;
        }
        let b = self.raw(q.end + 1);
        if b.len() > 2 || !b.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let before = self.prev_w(q.start);
        let after = self.w(q.end + 2);
        let mut end = q.end + 2;
        // tennis sets: "6-4 6-3"
        while self.is_num(end)
            && self.is_dash(end + 1)
            && self.glued(end + 1)
            && self.raw(end).len() <= 2
        {
            end += 3;
        }
        let sets = end > q.end + 2; // "6-4 6-3": tennis sets
        // a range goes up; "2-1", "27-27", "30-0" are tallies
        let descending = b.parse::<f64>().is_ok_and(|b| b <= q.numeral.value);
        let sporting = (self.first..self.bound).any(|k| SCORE_VERBS.contains(&self.w(k)));
        let context = sets
            || descending
            || sporting
            || SCORE_BEFORE.contains(&before)
            || SCORE_AFTER.contains(&after)
            || after.is_empty()
            || self.kind(q.end + 2) == Some(TokenKind::Punct);
        let plural_noun = self.kind(q.end + 2) == Some(TokenKind::Word)
            && after.ends_with('s')
            && !SCORE_AFTER.contains(&after);
        let unit_after = self
            .lex
            .match_at(self.lower, self.toks, q.end + 2, |k| {
                matches!(k, PhraseKind::Unit(_) | PhraseKind::CurrencySuffix(_))
            })
            .is_some()
            || matches!(after, "%" | "per" | "percent");
        (context && !plural_noun && !unit_after && month(after).is_none()).then_some(end)
    }

    /// Reads the unit, percent, money, age or ordinal after a quantity.
    fn classify_single(&self, q: Quantity) -> Option<(Figure, usize)> {
        let j = q.end;
        let n = q.numeral;
        if q.ordinal {
            return Some((self.make(q.start, j, FigureKind::Ordinal, n, None), j));
        }
        if let Some((a, b)) = q.ratio {
            let mut f = self.make(q.start, j, FigureKind::Fraction, n, None);
            f.ratio = Some((a, b));
            return Some((f, j));
        }
        if q.share {
            return Some((self.make(q.start, j, FigureKind::Fraction, n, None), j));
        }
        let w = self.w(j);
        let glued = self.glued(j);
        // ordinal suffix: "21st", decade: "1990s", "90s"
        if glued && self.kind(j) == Some(TokenKind::Word) {
            if matches!(w, "st" | "nd" | "rd" | "th") && q.bare_digits.is_some() {
                return Some((
                    self.make(q.start, j + 1, FigureKind::Ordinal, n, None),
                    j + 1,
                ));
            }
            if w == "s" && q.bare_digits.is_some_and(|d| d == 4 || d == 2) && n.value % 10.0 == 0.0
            {
                let mut f = self.marker(q.start, j + 1, FigureKind::Year);
                let base = if n.value < 100.0 {
                    1900.0 + n.value
                } else {
                    n.value
                };
                f.value = Some(base);
                f.interval = Some(Interval::new(base, base + 9.0));
                return Some((f, j + 1));
            }
        }
        if w == "'" && self.w(j + 1) == "s" && q.bare_digits == Some(4) {
            let mut f = self.marker(q.start, j + 2, FigureKind::Year);
            f.value = Some(n.value);
            f.interval = Some(Interval::new(n.value, n.value + 9.0));
            return Some((f, j + 2));
        }
        // percent
        if w == "%" {
            return Some((
                self.make(q.start, j + 1, FigureKind::Percent, n, Some("%".into())),
                j + 1,
            ));
        }
        if matches!(w, "percent" | "percents" | "percentage" | "pc" | "pct") && (w != "pc" || glued)
        {
            if self.w(j + 1) == "points" || self.w(j + 1) == "point" {
                return Some((
                    self.make(
                        q.start,
                        j + 2,
                        FigureKind::PercentagePoints,
                        n,
                        Some("pp".into()),
                    ),
                    j + 2,
                ));
            }
            return Some((
                self.make(q.start, j + 1, FigureKind::Percent, n, Some("%".into())),
                j + 1,
            ));
        }
        if w == "per" && self.w(j + 1) == "cent" {
            return Some((
                self.make(q.start, j + 2, FigureKind::Percent, n, Some("%".into())),
                j + 2,
            ));
        }
        if matches!(w, "pp" | "ppt" | "ppts") {
            return Some((
                self.make(
                    q.start,
                    j + 1,
                    FigureKind::PercentagePoints,
                    n,
                    Some("pp".into()),
                ),
                j + 1,
            ));
        }
        // money after the amount: "5 dollars", "420 million finnish markka", "10 €", "50p"
        if let Some(&id) = self
            .lex
            .currency_symbols
            .get(self.raw(j))
            .or_else(|| self.lex.currency_symbols_after.get(self.raw(j)))
        {
            if let Some((cents, cend)) = self.minor_units(j + 1).filter(|_| {
                matches!(self.w(j + 2), "cents" | "cent") || self.w(j + 3).starts_with("cent")
            }) {
                let numeral = Numeral::decimal(n.value + cents / 100.0, 2);
                return Some((self.money_figure(q.start, cend, numeral, id), cend));
            }
            if self.raw(j) != "$" || !self.is_num(j + 1) {
                return Some((self.money_figure(q.start, j + 1, n, id), j + 1));
            }
        }
        if let Some(m) = self.lex.match_at(self.lower, self.toks, j, |k| {
            matches!(k, PhraseKind::CurrencySuffix(_))
        }) {
            if let PhraseKind::CurrencySuffix(id) = m.kind {
                let single_letter = w.len() == 1;
                if !single_letter || glued {
                    let mut end = j + m.len;
                    let mut numeral = n;
                    // "75 USD million"
                    if let Some(NumWord::Scale(s)) = number_words::word(self.w(end)) {
                        numeral = n.scaled(s);
                        end += 1;
                    } else if self.lex.currencies[id as usize].subunit.is_none() && !n.rounded {
                        if let Some((cents, cend)) = self.minor_units(end) {
                            numeral = Numeral::decimal(n.value + cents / 100.0, 2);
                            end = cend;
                        }
                    }
                    return Some((self.money_figure(q.start, end, numeral, id), end));
                }
            }
        }
        if let Some(id) = self.million_code(j) {
            return Some((self.money_figure(q.start, j + 1, n.scaled(1e6), id), j + 1));
        }
        // ages: "45-year-old", "29 years old", "87 yo", "three months of age"
        if let Some(end) = self.age_suffix(j) {
            return Some((self.make(q.start, end, FigureKind::Age, n, None), end));
        }
        // "20 million pounds" is money; "25 pounds" a weight
        if matches!(w, "pounds" | "pound") && n.rounded && n.value >= 1e5 {
            let id = self.lex.currencies.iter().position(|c| c.code == "GBP")? as u16;
            return Some((self.money_figure(q.start, j + 1, n, id), j + 1));
        }
        if q.bare_digits == Some(4)
            && (1800.0..=2100.0).contains(&n.value)
            && matches!(w, "year" | "season" | "election" | "census" | "budget")
        {
            let mut f = self.make(q.start, j, FigureKind::Year, n, None);
            f.interval = Some(Interval::exact(n.value));
            return Some((f, j));
        }
        // units: glued symbols ("48m", "30C"), names ("miles", "sq km"), hyphenated
        // ("six-mile", "3-inch")
        if glued {
            if let Some(&id) = self.lex.glued_units.get(self.raw(j)) {
                if self.kind(j + 1) != Some(TokenKind::Number) || !self.glued(j + 1) {
                    return Some(self.measure(q, j + 1, id));
                }
            }
        }
        let mut k = j;
        if self.is_dash(k) && self.glued(k) && self.glued(k + 1) {
            k += 1;
        }
        if matches!(self.raw(k), "(" | "[" | "{" | "<") && self.glued(k + 1) {
            // "20 (kg)"
            if let Some(m) = self.lex.match_at(self.lower, self.toks, k + 1, |k| {
                matches!(k, PhraseKind::Unit(_))
            }) {
                if let PhraseKind::Unit(id) = m.kind {
                    let close = k + 1 + m.len;
                    if matches!(self.raw(close), ")" | "]" | "}" | ">") {
                        return Some(self.measure(q, close + 1, id));
                    }
                }
            }
        }
        if let Some(m) = self.lex.match_at(self.lower, self.toks, k, |kind| {
            matches!(kind, PhraseKind::Unit(_))
        }) {
            if let PhraseKind::Unit(id) = m.kind {
                let end = k + m.len;
                // a unit written as a letter must not be the start of a word run: "2 in" is
                // not inches; "5 m" alone is
                let name = self.w(k);
                let short_word = matches!(
                    name,
                    "in" | "ft" | "min" | "sec" | "hr" | "yd" | "mi" | "st"
                );
                if !(short_word
                    && !glued
                    && self.kind(end) == Some(TokenKind::Word)
                    && name == "in")
                {
                    // "second" after a number is time only in plural or after "one"
                    return Some(self.measure(q, end, id));
                }
            }
        }
        // year: a bare four-digit number in the calendar range
        if q.bare_digits == Some(4) && (1000.0..=2100.0).contains(&n.value) && self.is_year(q) {
            let mut f = self.make(q.start, j, FigureKind::Year, n, None);
            f.interval = Some(Interval::exact(n.value));
            return Some((f, j));
        }
        // "Name, 45," is an age
        if q.bare_digits.is_some_and(|d| d <= 3)
            && q.start >= self.first + 2
            && self.raw(q.start - 1) == ","
            && self.raw(j) == ","
            && self
                .raw(q.start - 2)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && self.toks[q.start - 2].kind == TokenKind::Word
            && (1.0..120.0).contains(&n.value)
        {
            return Some((self.make(q.start, j, FigureKind::Age, n, None), j));
        }
        Some((self.make(q.start, j, FigureKind::Count, n, None), j))
    }

    fn measure(&self, q: Quantity, end: usize, unit: u16) -> (Figure, usize) {
        let u = &self.lex.units[unit as usize];
        // "5 ft 2 in", "5 feet and 2 inches": one height in feet
        if u.symbol == "ft" {
            let k = if self.w(end) == "and" { end + 1 } else { end };
            if let Some(inches) = self
                .quantity(k)
                .filter(|x| !x.share && x.numeral.value < 12.0)
            {
                if matches!(self.w(inches.end), "in" | "inch" | "inches") {
                    let value = q.numeral.value + inches.numeral.value / 12.0;
                    let numeral = Numeral::decimal(value, 3);
                    let fig = self.make(
                        q.start,
                        inches.end + 1,
                        FigureKind::Measure,
                        numeral,
                        Some("ft".into()),
                    );
                    return (fig, inches.end + 1);
                }
            }
        }
        let kind = if u.dimension == "time" {
            FigureKind::Duration
        } else {
            FigureKind::Measure
        };
        (
            self.make(q.start, end, kind, q.numeral, Some(u.symbol.clone())),
            end,
        )
    }

    /// The end of an age suffix at `j`: "-year-old", "years old", "yo", "years of age".
    fn age_suffix(&self, j: usize) -> Option<usize> {
        let mut k = j;
        if self.is_dash(k) {
            k += 1;
        }
        let unit = self.w(k);
        if matches!(unit, "yo" | "y.o") {
            return Some(k + 1);
        }
        if !matches!(
            unit,
            "year" | "years" | "yr" | "month" | "months" | "week" | "weeks" | "day" | "days"
        ) {
            return None;
        }
        k += 1;
        if self.is_dash(k) {
            k += 1;
        }
        if self.w(k) == "old" {
            return Some(k + 1);
        }
        if self.w(k) == "of" && self.w(k + 1) == "age" {
            return Some(k + 2);
        }
        None
    }

    /// Whether a bare four-digit number is a year rather than a count.
    fn is_year(&self, q: Quantity) -> bool {
        let before = self.prev_w(q.start);
        let next = self.w(q.end);
        if matches!(before, "$" | "£" | "€") || self.lex.hedge_kinds.is_empty() {
            return false;
        }
        if YEAR_BEFORE.contains(&before) || month(before).is_some() || before == "'s" {
            return true;
        }
        match self.kind(q.end) {
            None | Some(TokenKind::Punct) | Some(TokenKind::Symbol) => true,
            Some(TokenKind::Number) => true,
            Some(TokenKind::Word) => {
                // "2000 people": a plural noun after it makes a count
                let plural =
                    next.ends_with('s') && next.len() > 3 && !NOT_COUNT_NOUNS.contains(&next);
                let count_noun = matches!(next, "people" | "men" | "women" | "children" | "staff");
                !(plural || count_noun)
            }
        }
    }

    /// A range after figure `f`: "10-15", "10 to 15 miles", "5k-20k", "10% to 15%".
    fn range_after(&self, q: Quantity, f: &Figure, end: usize) -> Option<(Figure, usize)> {
        if !f.kind.is_quantity() || f.kind == FigureKind::Fraction {
            return None;
        }
        let sep = self.w(end);
        let dash = self.is_dash(end);
        if !(dash || matches!(sep, "to" | "through" | "~" | "thru")) {
            return None;
        }
        let before = self.prev_w(q.start);
        if CHANGE_WORDS.contains(&before) || (sep == "to" && self.prev_w(q.start) == "from") {
            return None;
        }
        // "voted 31 to 12": a tally, not a range (ranges go up)
        if sep == "to" && self.is_num(end + 1) {
            if let Some(b) = self.numeral(end + 1) {
                if b.value < q.numeral.value {
                    return None;
                }
            }
        }
        // "from 10 to 15" is two figures (a change or a range: the claims stage decides)
        if q.start > self.first && self.w(q.start - 1) == "from" {
            return None;
        }
        let mut second = Vec::new();
        let b_end = self.figure_no_range(end + 1, &mut second)?;
        let b = second.into_iter().next()?;
        if !b.kind.is_quantity() && b.kind != FigureKind::Year {
            return None;
        }
        // "5-10m": the scale of the second end may apply to the first
        let mut a = f.clone();
        if let (Some(na), Some(nb)) = (a.numeral, b.numeral) {
            if nb.rounded && !na.rounded && nb.value > na.value * 100.0 && na.value != 0.0 {
                let scale = 10f64.powi((nb.value / b_value_unscaled(nb)).log10().round() as i32);
                if scale > 1.0 {
                    a.value = Some(na.value * scale);
                    a.interval = Some(Interval::exact(na.value * scale));
                }
            }
        }
        // year ranges: "2013-14", "1998-2001"
        if f.kind == FigureKind::Count
            && q.bare_digits == Some(4)
            && (1000.0..=2100.0).contains(&q.numeral.value)
        {
            let mut y = self.marker(q.start, b_end, FigureKind::Year);
            y.value = f.value;
            y.interval = Some(Interval::new(q.numeral.value, q.numeral.value));
            return Some((y, b_end));
        }
        if b.kind == FigureKind::Year {
            return None;
        }
        if a.kind != b.kind && !(a.kind == FigureKind::Count) {
            return None;
        }
        let r = self.range_of(q.start, b_end, &a, &b)?;
        Some((r, b_end))
    }
}

/// Value of a scaled numeral before its scale (for "5-10m").
fn b_value_unscaled(n: Numeral) -> f64 {
    if n.last_digit <= 0 {
        return n.value;
    }
    // the written digits: value / 10^(scale exponent); approximate from precision
    let mut v = n.value;
    while v >= 1000.0 && (v / 1000.0).fract() == 0.0 {
        v /= 1000.0;
    }
    v
}

fn out_of_fraction_marker(f: &mut Figure) {
    f.kind = FigureKind::Identifier;
    f.date = None;
}

/// The largest scale word a value could have been written with.
fn largest_scale(v: f64) -> f64 {
    [1e12, 1e9, 1e6, 1e3]
        .into_iter()
        .find(|s| v >= *s && (v / s).fract() == 0.0)
        .unwrap_or(1.0)
}

fn unicode_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// The common case without allocation: digits, English thousands commas and at most one
/// decimal point, 15 significant digits at most ("1,200", "2.3", "45"). The value is the
/// digits as an integer over a power of ten: both exact, so the division is correctly
/// rounded, the same double `str::parse` gives.
fn parse_plain_numeral(raw: &str) -> Option<Numeral> {
    let bytes = raw.as_bytes();
    let mut mantissa: u64 = 0;
    let mut digits = 0u32;
    let mut decimals: Option<u32> = None;
    let mut since_comma: Option<u32> = None;
    let mut before_first_comma = 0u32;
    for &b in bytes {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                digits += 1;
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                } else if let Some(c) = since_comma.as_mut() {
                    *c += 1;
                } else {
                    before_first_comma += 1;
                }
            }
            b',' if decimals.is_none() => {
                // English grouping only: 1-3 digits first, then groups of exactly three
                match since_comma {
                    None if (1..=3).contains(&before_first_comma) => {}
                    Some(3) => {}
                    _ => return None,
                }
                since_comma = Some(0);
            }
            b'.' if decimals.is_none() && since_comma.is_none_or(|c| c == 3) => {
                decimals = Some(0);
            }
            _ => return None,
        }
        if digits > 15 {
            return None;
        }
    }
    if digits == 0 || since_comma.is_some_and(|c| c != 3) || decimals == Some(0) {
        return None;
    }
    let decimals = decimals.unwrap_or(0);
    let value = mantissa as f64 / crate::numeric::pow10(decimals as i32);
    Some(Numeral::decimal(value, decimals))
}

/// Parses the text of a number token: grouped thousands (English, Indian, continental or
/// space-grouped), decimals, a decimal comma, an exponent. `None` for dotted runs that are
/// not one number ("192.168.1.2").
///
/// ```
/// use figcheck::parse::figure::parse_numeral;
/// assert_eq!(parse_numeral("1,200").unwrap().value, 1200.0);
/// assert_eq!(parse_numeral("2.35").unwrap().last_digit, -2);
/// assert_eq!(parse_numeral("12,34,567.89").unwrap().value, 1234567.89);
/// assert!(parse_numeral("192.168.1.2").is_none());
/// ```
pub fn parse_numeral(raw: &str) -> Option<Numeral> {
    parse_plain_numeral(raw).or_else(|| parse_numeral_general(raw))
}

/// [`parse_numeral`] for every form, allocating: continental and Indian grouping, decimal
/// commas, space grouping, exponents.
fn parse_numeral_general(raw: &str) -> Option<Numeral> {
    let (mantissa, exponent) = match raw.find(['e', 'E']) {
        Some(p) => (&raw[..p], raw[p + 1..].parse::<i32>().ok()),
        None => (raw, None),
    };
    let cleaned: String = mantissa
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .collect();
    let dots = cleaned.matches('.').count();
    let commas = cleaned.matches(',').count();
    let normal: String = if commas > 0 && dots > 0 && cleaned.rfind(',') > cleaned.rfind('.') {
        // continental: 1.234.567,89
        cleaned.replace('.', "").replace(',', ".")
    } else if commas == 1 && dots == 0 && {
        let after = cleaned.len() - cleaned.find(',').unwrap_or(0) - 1;
        after <= 2
    } {
        // decimal comma: 5,00
        cleaned.replace(',', ".")
    } else if dots > 1 && commas == 0 {
        let parts: Vec<&str> = cleaned.split('.').collect();
        if parts[0].len() <= 3 && parts[1..].iter().all(|p| p.len() == 3) {
            cleaned.replace('.', "") // continental thousands: 1.234.567
        } else {
            return None;
        }
    } else {
        cleaned.replace(',', "")
    };
    let value: f64 = normal.parse().ok()?;
    let decimals = normal.find('.').map_or(0, |p| normal.len() - p - 1) as u32;
    let mut n = Numeral::decimal(value, decimals);
    if let Some(e) = exponent {
        n = Numeral {
            value: value * 10f64.powi(e),
            last_digit: n.last_digit + e,
            rounded: true,
        };
    }
    n.value.is_finite().then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::figures_in;

    /// (text, kind, value) of each figure in `input`.
    fn read(input: &str) -> Vec<(String, &'static str, Option<f64>)> {
        figures_in(input)
            .iter()
            .map(|f| (input[f.span.range()].to_string(), f.kind.as_str(), f.value))
            .collect()
    }

    fn one(input: &str) -> (String, &'static str, Option<f64>) {
        let figs = read(input);
        assert_eq!(figs.len(), 1, "{input}: {figs:?}");
        figs.into_iter().next().unwrap()
    }

    #[test]
    fn counts_with_scales_and_words() {
        assert_eq!(
            one("2.3 million residents"),
            ("2.3 million".into(), "count", Some(2_300_000.0))
        );
        assert_eq!(
            one("sold 3m copies"),
            ("3m".into(), "count", Some(3_000_000.0))
        );
        assert_eq!(
            one("one hundred and five"),
            ("one hundred and five".into(), "count", Some(105.0))
        );
        assert_eq!(
            one("twenty-one people"),
            ("twenty-one".into(), "count", Some(21.0))
        );
        assert_eq!(one("a dozen eggs"), ("a dozen".into(), "count", Some(12.0)));
        assert_eq!(
            one("half a million"),
            ("half a million".into(), "count", Some(500_000.0))
        );
    }

    #[test]
    fn metres_are_not_millions_in_a_race() {
        assert_eq!(one("won the 100m final").1, "measure");
        assert_eq!(one("a £40m deal").1, "money");
    }

    #[test]
    fn hedges_and_vague_amounts() {
        let f = &figures_in("more than 50 people")[0];
        assert_eq!(
            (f.interval.unwrap().lo, f.interval.unwrap().hi),
            (50.0, f64::INFINITY)
        );
        let f = &figures_in("fewer than half of them")[0];
        assert_eq!(f.kind, FigureKind::Fraction);
        assert_eq!(f.interval.unwrap().hi, 0.5);
        let f = &figures_in("dozens of people")[0];
        assert_eq!((f.value, f.interval.unwrap().lo), (None, 24.0));
        let f = &figures_in("several hundred homes")[0];
        assert_eq!(f.interval.unwrap().lo, 300.0);
        // "over" means "concerning" after "talks"
        assert_eq!(
            figures_in("talks with the rebels over 59 hostages")[0].hedge,
            None
        );
    }

    #[test]
    fn money_percent_and_units() {
        assert_eq!(one("$1.5bn"), ("$1.5bn".into(), "money", Some(1.5e9)));
        assert_eq!(figures_in("US$ 1MM")[0].unit.as_deref(), Some("USD"));
        assert_eq!(
            one("45 per cent"),
            ("45 per cent".into(), "percent", Some(45.0))
        );
        assert_eq!(one("3 percentage points").1, "percentage_points");
        assert_eq!(figures_in("25C (77F)")[1].unit.as_deref(), Some("°F"));
        assert_eq!(one("a six-mile trip").1, "measure");
        assert_eq!(one("3 dollars 50 cents").2, Some(3.5));
    }

    #[test]
    fn fractions_ratios_and_ranges() {
        assert_eq!(
            one("two-thirds of voters").2.map(|v| (v * 1000.0).round()),
            Some(667.0)
        );
        let f = &figures_in("one in five adults")[0];
        assert_eq!(f.ratio, Some((1.0, 5.0)));
        let f = &figures_in("between 10 and 15 miles")[0];
        assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Range, Some("mi")));
        let f = &figures_in("5k-20k runners")[0];
        assert_eq!(
            (f.interval.unwrap().lo, f.interval.unwrap().hi),
            (5000.0, 20000.0)
        );
        // "from A to B" stays two figures: the claims stage decides
        assert_eq!(read("rose from 40 to 52").len(), 2);
    }

    #[test]
    fn things_that_are_not_quantities() {
        assert_eq!(one("on October 7, 2023").1, "date");
        assert_eq!(one("in 2004 the firm").1, "year");
        assert_eq!(one("2000 people").1, "count");
        assert_eq!(one("kick-off at 2005 GMT").1, "time");
        assert_eq!(one("Chelsea won 3-1 at home").1, "score");
        assert_eq!(one("the 45-year-old driver").1, "age");
        assert_eq!(one("an F-16 jet").1, "identifier");
        assert_eq!(one("the 5G network").1, "identifier");
        assert_eq!(one("No. 10 said").1, "identifier");
        assert_eq!(one("call +44 20 7946 0000 now").1, "phone");
        assert_eq!(one("the top three hits").1, "identifier");
        assert_eq!(one("the 1990s").1, "year");
        assert_eq!(one("held on 26-28 August").1, "date");
    }

    #[test]
    fn the_fast_numeral_path_agrees_with_the_general_one() {
        let mut samples: Vec<String> = vec![
            "0".into(),
            "7".into(),
            "45".into(),
            "1,200".into(),
            "2.3".into(),
            ".08".into(),
            "1,234,567.89".into(),
            "123456789012345".into(),
            "0.0001".into(),
            "99.999".into(),
            "1,000,000".into(),
            "3.14159".into(),
            "20.5".into(),
            "100,000.25".into(),
        ];
        let mut x: u64 = 12345;
        for _ in 0..2000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let int = (x >> 20) % 10_000_000;
            let dec = (x >> 8) % 1000;
            samples.push(format!("{int}.{dec:03}"));
            samples.push(format!("{int}"));
            let grouped: String = {
                let d = int.to_string();
                let mut out = String::new();
                for (i, c) in d.chars().enumerate() {
                    if i > 0 && (d.len() - i).is_multiple_of(3) {
                        out.push(',');
                    }
                    out.push(c);
                }
                out
            };
            samples.push(grouped.clone());
            samples.push(format!("{grouped}.{}", dec % 10));
        }
        for s in samples {
            let fast = parse_plain_numeral(&s);
            let slow = parse_numeral_general(&s);
            assert!(fast.is_some(), "{s} should take the fast path");
            assert_eq!(fast, slow, "{s}");
        }
        for odd in [
            "1,3",
            "5,00",
            "1.234.567",
            "12,34,567",
            "1.111,11",
            "1e10",
            "1 234",
        ] {
            assert_eq!(parse_plain_numeral(odd), None, "{odd} is not plain");
        }
    }
}

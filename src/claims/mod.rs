//! Claims: what each figure counts, what happened to it, and the relations the grammar
//! states between figures.
//!
//! This stage reads local grammar with the small lexicons in `rules/events.toml` and
//! `rules/nouns.toml`, not a general tagger. For every figure it finds the noun it counts
//! ("251 hostages" → hostage; "five Thais" after "33 Israeli hostages" → hostage) and the
//! nearest event word ("killed", "taken", "remaining"). Then it reads the relations a
//! sentence states in so many words:
//!
//! - a total and its parts: "33 hostages and five Thais, 38 in all" (complete), "120 staff,
//!   including 40 nurses" (not complete), "24 of the 59";
//! - a share of a count: "fewer than half of the remaining 59 hostages, about 40";
//! - a count, its base and a percentage: "30 of 120, or 25%";
//! - a change: "rose 12% to $4.1bn from $3.66bn", "from $14.2bn to $15.8bn, an increase of
//!   11.3%"; a multiplier: "doubled from 40 to 80";
//! - a number in words with its numeral: "five (5)".
//!
//! Each relation names the figures by their index in [`crate::parse::Parsed::figures`].

mod lexicon;

pub use lexicon::ClaimLexicon;

use std::sync::LazyLock;

use phrases::Words;
use rustc_hash::FxHashMap;

use crate::parse::{Figure, FigureKind, Parsed, TokenKind};

/// What one figure counts and what happened to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Claim {
    /// The counted noun, as a lemma mapped through the synonyms ("hostage").
    pub counts: Option<String>,
    /// The event class of the nearest event word ("killed", "taken").
    pub event: Option<String>,
    /// A qualifier word before the noun ("Israeli"), or the noun that coordination replaced
    /// ("Thai" in "five Thais").
    pub qualifier: Option<String>,
    /// What bounds the quantity in time and place: the years, dates and time phrases of
    /// its sentence ("2004", "so far", "last year") and places ("in Scotland"). Two
    /// figures are the same quantity only with the same scope.
    pub scope: Vec<String>,
    /// Who says so ("police", "organisers"), when the sentence attributes it.
    pub source: Option<String>,
    /// The figure's sentence runs over [`MAX_SENTENCE_TOKENS`] and was read in clauses:
    /// relations with figures of other clauses are not seen.
    pub capped: bool,
}

/// Direction of a stated change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Unknown,
}

/// A relation between figures, as the text states it.
#[derive(Debug, Clone, PartialEq)]
pub enum Relation {
    /// Parts and their total. `complete`: the text says the parts are all of it ("in all",
    /// "a total of"); otherwise the parts must only not exceed the total ("including").
    Total {
        parts: Vec<usize>,
        total: usize,
        complete: bool,
        /// The words that said so ("in all", "including").
        cue: String,
    },
    /// `share` of `base` is `count`: a fraction or percentage of a count, and the count
    /// it comes to.
    Share {
        share: usize,
        base: usize,
        count: usize,
    },
    /// A change from `from` to `to` stated as `change` (a percentage).
    Change {
        from: usize,
        to: usize,
        change: usize,
        direction: Direction,
    },
    /// A change between two rates: "rose 0.2 percentage points from 4.1% to 4.3%".
    RateChange {
        from: usize,
        to: usize,
        change: usize,
    },
    /// A multiplier word ("doubled") between `from` and `to`.
    Multiplier {
        from: usize,
        to: usize,
        factor: f64,
        word: String,
    },
    /// A number in words and the numeral beside it: "five (5)".
    SideBySide { word: usize, numeral: usize },
    /// Percentages that split one base between answers or groups: "52% backed the plan,
    /// 31% opposed it and 25% were undecided".
    Partition { shares: Vec<usize> },
    /// A measure or sum and its conversion beside it: "13 miles (21 km)", "$1.13bn (£600m)".
    Conversion { original: usize, converted: usize },
    /// A duration and the two dates it runs between: "the 100-day siege from 1 March to
    /// 8 June 2025".
    DateSpan {
        duration: usize,
        from: usize,
        to: usize,
    },
    /// An age and a birth date or year: "born in 1970, the 55-year-old"; `event` is a year
    /// the sentence places the age at ("was shot in 1997"), if any.
    BirthAge {
        age: usize,
        birth: usize,
        event: Option<usize>,
    },
    /// "in 2015, 10 years ago": a number of years before publication and the year named.
    YearsAgo { duration: usize, year: usize },
    /// The same quantity stated twice in different sentences (same thing counted, same
    /// event, same scope): `later` restates `first`.
    Restated { first: usize, later: usize },
    /// A vague amount ("dozens") and a precise count of the same quantity.
    VagueRestated { vague: usize, precise: usize },
    /// A later part of a set stated earlier: "8,000 people were evacuated" ... "Of those
    /// evacuated, 9,500 ...".
    Subset {
        part: usize,
        set: usize,
        cue: String,
    },
    /// A headline figure and the body figure it summarises.
    HeadlineBody { headline: usize, body: usize },
    /// Stock and flows of one thing counted: "251 taken ... 38 released ... the remaining
    /// 59". `complete`: the text closes the account ("leaving", "the rest").
    Balance {
        name: String,
        stock: usize,
        flows: Vec<usize>,
        complete: bool,
    },
}

/// A relation as the output contract writes it (`figures --format json`, per file
/// `"relations"`): its kind, the figures it joins (indexes into the ledger's figures), the
/// part each plays, and the words that stated it, if any.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RelationRecord {
    pub kind: &'static str,
    pub figures: Vec<usize>,
    pub roles: Vec<&'static str>,
    pub cue: Option<String>,
}

impl Relation {
    /// This relation as a record of the output contract.
    ///
    /// ```
    /// use figcheck::claims::Relation;
    /// let r = Relation::Restated { first: 2, later: 7 };
    /// assert_eq!(r.record().kind, "restated");
    /// assert_eq!(r.record().figures, vec![2, 7]);
    /// ```
    pub fn record(&self) -> RelationRecord {
        let rec = |kind, pairs: Vec<(usize, &'static str)>, cue: Option<String>| {
            let (figures, roles) = pairs.into_iter().unzip();
            RelationRecord {
                kind,
                figures,
                roles,
                cue,
            }
        };
        match self {
            Relation::Total {
                parts,
                total,
                complete,
                cue,
            } => {
                let mut pairs: Vec<(usize, &'static str)> =
                    parts.iter().map(|&p| (p, "part")).collect();
                pairs.push((*total, "total"));
                let kind = if *complete {
                    "total"
                } else {
                    "subset-of-total"
                };
                rec(kind, pairs, Some(cue.clone()))
            }
            Relation::Share { share, base, count } => rec(
                "share",
                vec![(*share, "share"), (*base, "base"), (*count, "count")],
                None,
            ),
            Relation::Change {
                from, to, change, ..
            } => rec(
                "change",
                vec![(*from, "from"), (*to, "to"), (*change, "change")],
                None,
            ),
            Relation::RateChange { from, to, change } => rec(
                "rate-change",
                vec![(*from, "from"), (*to, "to"), (*change, "change")],
                None,
            ),
            Relation::Multiplier { from, to, word, .. } => rec(
                "multiplier",
                vec![(*from, "from"), (*to, "to")],
                Some(word.clone()),
            ),
            Relation::SideBySide { word, numeral } => rec(
                "numeral-word",
                vec![(*word, "in words"), (*numeral, "numeral")],
                None,
            ),
            Relation::Partition { shares } => rec(
                "partition",
                shares.iter().map(|&k| (k, "share")).collect(),
                None,
            ),
            Relation::Conversion {
                original,
                converted,
            } => rec(
                "conversion",
                vec![(*original, "original"), (*converted, "converted")],
                None,
            ),
            Relation::DateSpan { duration, from, to } => rec(
                "date-span",
                vec![(*duration, "duration"), (*from, "from"), (*to, "to")],
                None,
            ),
            Relation::BirthAge { age, birth, event } => {
                let mut pairs = vec![(*age, "age"), (*birth, "birth")];
                pairs.extend(event.map(|e| (e, "event")));
                rec("birth-age", pairs, None)
            }
            Relation::YearsAgo { duration, year } => rec(
                "years-ago",
                vec![(*duration, "duration"), (*year, "year")],
                None,
            ),
            Relation::Restated { first, later } => {
                rec("restated", vec![(*first, "first"), (*later, "later")], None)
            }
            Relation::VagueRestated { vague, precise } => rec(
                "vague-restated",
                vec![(*vague, "vague"), (*precise, "precise")],
                None,
            ),
            Relation::Subset { part, set, cue } => rec(
                "subset",
                vec![(*part, "part"), (*set, "set")],
                Some(cue.clone()),
            ),
            Relation::HeadlineBody { headline, body } => rec(
                "headline",
                vec![(*headline, "headline"), (*body, "body")],
                None,
            ),
            Relation::Balance {
                name, stock, flows, ..
            } => {
                let mut pairs = vec![(*stock, "stock")];
                pairs.extend(flows.iter().map(|&f| (f, "flow")));
                rec("balance", pairs, Some(name.clone()))
            }
        }
    }
}

/// The claims of a document: one [`Claim`] per figure, and the relations.
#[derive(Debug, Clone, Default)]
pub struct Claims {
    pub claims: Vec<Claim>,
    pub relations: Vec<Relation>,
    /// Token range `[first, last)` of each figure.
    pub token_ranges: Vec<(usize, usize)>,
    /// Sentences longer than [`MAX_SENTENCE_TOKENS`] (a text without sentence ends), which
    /// were read in clauses of that many tokens: relations across a clause boundary are
    /// not seen there.
    pub capped_sentences: Vec<u32>,
}

/// The most tokens read as one sentence. No sentence of prose comes near it; a text
/// without sentence ends (a list, a dump of figures) would otherwise be one sentence, and
/// the relations within a sentence are read figure against figure. Longer sentences are
/// read in clauses of this many tokens, so every text is read in linear time.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Words that may stand between a figure and the noun it counts.
const NOUN_SKIP: &[&str] = &[
    "more",
    "other",
    "new",
    "remaining",
    "additional",
    "further",
    "extra",
    "young",
    "old",
    "small",
    "large",
    "local",
    "foreign",
    "full-time",
    "part-time",
    "senior",
    "junior",
    "fewer",
    "former",
    "current",
    "existing",
    "key",
    "top",
    "leading",
    "major",
    "minor",
    "armed",
    "unarmed",
    "innocent",
    "elderly",
    "registered",
    "eligible",
    "potential",
    "individual",
    "separate",
    "different",
    "british",
    "american",
    "french",
    "german",
    "israeli",
    "palestinian",
    "us",
    "uk",
    "eu",
    "of",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "these",
    "those",
    "such",
    "all",
    "some",
];

/// Words that end a noun phrase: a figure followed by one of these counts nothing named.
const NOT_NOUNS: &[&str] = &[
    "and",
    "or",
    "but",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "as",
    "than",
    "that",
    "across",
    "within",
    "throughout",
    "between",
    "among",
    "during",
    "until",
    "via",
    "which",
    "who",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "said",
    "says",
    "a",
    "an",
    "per",
    "each",
    "a year",
    "year",
    "years",
    "this",
    "last",
    "next",
    "percent",
    "cent",
    "times",
    "so",
    "after",
    "before",
    "since",
    "into",
    "over",
    "under",
    "about",
    "around",
    "up",
    "down",
    "out",
    "off",
    "not",
    "also",
    "only",
    "just",
    "still",
    "more",
    "less",
    "million",
    "billion",
    "thousand",
    "hundred",
    "then",
    "when",
    "while",
    "if",
    "because",
    "do",
    "did",
    "does",
    "got",
    "get",
    "make",
    "made",
    "went",
    "go",
    "come",
    "came",
];

/// How a word opens a time or place phrase of a sentence's scope.
#[derive(Debug, Clone, Copy)]
enum TimeWord {
    /// With the word after it: any ("last year", "this week"), or one of these ("so far",
    /// "a year").
    Before(Option<&'static [&'static str]>),
    /// "before the offering", "after the merger": another moment.
    Moment,
    /// On its own: weekdays, "yesterday", "annually".
    Alone,
    /// "has killed tens of thousands": a running total, not one event's count.
    RunningTotal,
    /// "in Paris", "across Europe": with a capitalised name after it.
    Place,
}

/// The words that open a time or place phrase, and how.
const TIME_WORD_LIST: &[(&str, TimeWord)] = &[
    ("so", TimeWord::Before(Some(&["far"]))),
    ("to", TimeWord::Before(Some(&["date"]))),
    ("last", TimeWord::Before(None)),
    ("this", TimeWord::Before(None)),
    ("next", TimeWord::Before(None)),
    ("first", TimeWord::Before(None)),
    ("second", TimeWord::Before(None)),
    ("previous", TimeWord::Before(None)),
    ("each", TimeWord::Before(None)),
    ("every", TimeWord::Before(None)),
    ("per", TimeWord::Before(None)),
    (
        "a",
        TimeWord::Before(Some(&["year", "day", "week", "month"])),
    ),
    ("before", TimeWord::Moment),
    ("after", TimeWord::Moment),
    ("monday", TimeWord::Alone),
    ("tuesday", TimeWord::Alone),
    ("wednesday", TimeWord::Alone),
    ("thursday", TimeWord::Alone),
    ("friday", TimeWord::Alone),
    ("saturday", TimeWord::Alone),
    ("sunday", TimeWord::Alone),
    ("weekend", TimeWord::Alone),
    ("morning", TimeWord::Alone),
    ("afternoon", TimeWord::Alone),
    ("evening", TimeWord::Alone),
    ("night", TimeWord::Alone),
    ("has", TimeWord::RunningTotal),
    ("have", TimeWord::RunningTotal),
    ("yesterday", TimeWord::Alone),
    ("today", TimeWord::Alone),
    ("tonight", TimeWord::Alone),
    ("overnight", TimeWord::Alone),
    ("annually", TimeWord::Alone),
    ("later", TimeWord::Alone),
    ("initially", TimeWord::Alone),
    ("originally", TimeWord::Alone),
    ("now", TimeWord::Alone),
    ("since", TimeWord::Alone),
    ("earlier", TimeWord::Alone),
    ("previously", TimeWord::Alone),
    ("currently", TimeWord::Alone),
    ("already", TimeWord::Alone),
    ("daily", TimeWord::Alone),
    ("weekly", TimeWord::Alone),
    ("monthly", TimeWord::Alone),
    ("yearly", TimeWord::Alone),
    ("in", TimeWord::Place),
    ("across", TimeWord::Place),
    ("throughout", TimeWord::Place),
    ("outside", TimeWord::Place),
    ("inside", TimeWord::Place),
    ("from", TimeWord::Place),
];

/// [`TIME_WORD_LIST`] by word: the scope reader asks it of every word of a sentence.
static TIME_WORDS: LazyLock<FxHashMap<&'static str, TimeWord>> =
    LazyLock::new(|| TIME_WORD_LIST.iter().copied().collect());

/// [`NOUN_SKIP`] and [`NOT_NOUNS`], hashed: they are asked of every word after a figure.
static NOUN_SKIP_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(NOUN_SKIP));
static NOT_NOUN_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(NOT_NOUNS));

fn token_ranges(parsed: &Parsed) -> Vec<(usize, usize)> {
    parsed
        .figures
        .iter()
        .map(|f| {
            let first = parsed.tokens.partition_point(|t| t.start < f.span.start);
            let last = parsed.tokens.partition_point(|t| t.start < f.span.end);
            (first, last.max(first + 1).min(parsed.tokens.len()))
        })
        .collect()
}

struct Reader<'a> {
    text: &'a str,
    parsed: &'a Parsed,
    lex: &'a ClaimLexicon,
    ranges: &'a [(usize, usize)],
    /// Token range of the sentence, or of the clause of a capped sentence, of each figure.
    bounds: &'a [(usize, usize)],
}

impl<'a> Reader<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.parsed
            .tokens
            .get(i)
            .map_or("", |t| t.text(&self.parsed.lower))
    }

    fn raw(&self, i: usize) -> &'a str {
        self.parsed.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    fn is_word(&self, i: usize) -> bool {
        self.parsed
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn fig(&self, k: usize) -> &'a Figure {
        &self.parsed.figures[k]
    }

    /// Token range of the sentence holding figure `k` (of its clause, in a sentence over
    /// [`MAX_SENTENCE_TOKENS`]).
    fn sentence_bounds(&self, k: usize) -> (usize, usize) {
        self.bounds[k]
    }

    /// The noun a figure counts: the first noun after it, past adjectives; for a fraction
    /// or vague share, the noun after "of".
    fn counted_noun(&self, k: usize) -> Option<(String, Option<String>)> {
        let (_, last) = self.ranges[k];
        let (_, bound) = self.sentence_bounds(k);
        let mut j = last;
        let mut qualifier = None;
        for _ in 0..5 {
            if j >= bound || !self.is_word(j) {
                return None;
            }
            let w = self.w(j);
            let raw = self.raw(j);
            let capital = raw.chars().next().is_some_and(char::is_uppercase);
            let next_is_word = j + 1 < bound && self.is_word(j + 1);
            // a possessive names whose, not what: "6 of the region's 11 lines"
            if w.ends_with("'s") || w.ends_with("’s") {
                j += 1;
                continue;
            }
            if NOUN_SKIP_WORDS.contains(w)
                || (capital && next_is_word && !self.raw(j + 1).starts_with(char::is_uppercase))
            {
                if capital || matches!(w, "israeli" | "palestinian" | "british" | "american") {
                    qualifier = Some(raw.to_string());
                }
                j += 1;
                continue;
            }
            if NOT_NOUN_WORDS.contains(w) || self.lex.event(w).is_some() && !w.ends_with('s') {
                return None;
            }
            if w.len() < 3 {
                return None;
            }
            return Some((self.lex.lemma(w), qualifier));
        }
        None
    }

    /// The time and place words of a sentence: weekdays and time phrases ("so far",
    /// "last year") and "in <Place>". Read once per sentence.
    fn sentence_scope(&self, start: usize, bound: usize) -> Vec<String> {
        let mut scope = Vec::new();
        for i in start..bound {
            let w = self.w(i);
            let Some(rule) = TIME_WORDS.get(w) else {
                continue;
            };
            let next = self.w(i + 1);
            let time = match rule {
                TimeWord::Before(None) => Some(format!("{w} {next}")),
                TimeWord::Before(Some(nexts)) => {
                    nexts.contains(&next).then(|| format!("{w} {next}"))
                }
                TimeWord::Moment => (next == "the").then(|| format!("{w} the {}", self.w(i + 2))),
                TimeWord::Alone => Some(w.to_string()),
                TimeWord::RunningTotal => Some("so far".to_string()),
                TimeWord::Place => self
                    .raw(i + 1)
                    .starts_with(char::is_uppercase)
                    .then(|| format!("{w} {next}")),
            };
            scope.extend(time);
        }
        scope
    }

    /// Who the sentence says gives figure `k`: "police said", "according to organisers".
    fn source(&self, k: usize) -> Option<String> {
        let (start, bound) = self.sentence_bounds(k);
        for i in start..bound {
            let w = self.w(i);
            if matches!(
                w,
                "said" | "says" | "say" | "claimed" | "estimated" | "reported"
            ) && i > start
            {
                let subject = self.w(i - 1);
                if subject.len() > 2
                    && !matches!(
                        subject,
                        "has"
                            | "have"
                            | "had"
                            | "was"
                            | "were"
                            | "is"
                            | "it"
                            | "he"
                            | "she"
                            | "they"
                            | "we"
                            | "also"
                    )
                {
                    return Some(subject.to_string());
                }
            }
            if w == "according" && self.w(i + 1) == "to" {
                let mut j = i + 2;
                while matches!(self.w(j), "the" | "a" | "its" | "their") {
                    j += 1;
                }
                return Some(self.w(j).to_string());
            }
        }
        None
    }

    /// The event class of the nearest event word in the figure's clause.
    fn event(&self, k: usize) -> Option<String> {
        let (first, last) = self.ranges[k];
        let (start, bound) = self.sentence_bounds(k);
        let mut best: Option<(usize, &str)> = None;
        // before: "killed around 1,200", "the remaining 59"
        for d in 1..=4 {
            let Some(i) = first.checked_sub(d).filter(|&i| i >= start) else {
                break;
            };
            if matches!(self.raw(i), "." | ";" | ":") {
                break;
            }
            if let Some(e) = self
                .lex
                .event_at(&self.parsed.lower, &self.parsed.tokens, i)
            {
                best = Some((d, e));
                break;
            }
        }
        // after: "251 hostages being taken", "1,200 people were killed"
        for d in 0..8 {
            let i = last + d;
            if i >= bound || matches!(self.raw(i), "." | ";" | ":") {
                break;
            }
            if let Some(e) = self
                .lex
                .event_at(&self.parsed.lower, &self.parsed.tokens, i)
            {
                if best.is_none_or(|(bd, _)| d + 1 < bd) {
                    best = Some((d + 1, e));
                }
                break;
            }
        }
        if let Some((_, e)) = best {
            return Some(e.to_string());
        }
        // no event word known: a past-tense verb right before the figure names what
        // happened ("protesters blocked 140 roads"), as itself
        let verb = first
            .checked_sub(1)
            .filter(|&i| i >= start)
            .map(|i| self.w(i))?;
        (verb.len() > 4 && verb.ends_with("ed") && self.is_word(first - 1))
            .then(|| verb.to_string())
    }
}

/// Reads the claims of a parsed document.
pub fn analyse(text: &str, parsed: &Parsed, lex: &ClaimLexicon) -> Claims {
    let ranges = token_ranges(parsed);
    let (bounds, capped_sentences) = clause_bounds(parsed, &ranges);
    let reader = Reader {
        text,
        parsed,
        lex,
        ranges: &ranges,
        bounds: &bounds,
    };
    let mut claims: Vec<Claim> = Vec::with_capacity(parsed.figures.len());
    for (k, f) in parsed.figures.iter().enumerate() {
        let mut claim = Claim::default();
        if matches!(
            f.kind,
            FigureKind::Count | FigureKind::Range | FigureKind::Money | FigureKind::Measure
        ) || (f.kind == FigureKind::Fraction && f.value.is_some())
        {
            if let Some((noun, qualifier)) = reader.counted_noun(k) {
                claim.counts = Some(noun);
                claim.qualifier = qualifier;
            }
        }
        if f.kind.is_quantity() {
            claim.event = reader.event(k);
        }
        claims.push(claim);
    }
    // Coordination: "33 Israeli hostages and five Thais": the second counts what the first
    // counts, its own capitalised noun kept as the qualifier.
    for k in 1..parsed.figures.len() {
        let (prev, cur) = (&parsed.figures[k - 1], &parsed.figures[k]);
        if prev.sentence != cur.sentence || prev.kind != cur.kind {
            continue;
        }
        let joined = (ranges[k - 1].1..ranges[k].0).any(|i| reader.w(i) == "and")
            && ranges[k].0 - ranges[k - 1].1 <= 5;
        let own = ranges[k].1;
        let capital_noun = reader.raw(own).starts_with(char::is_uppercase);
        if joined && capital_noun && claims[k - 1].counts.is_some() {
            claims[k].qualifier = Some(reader.raw(own).trim_end_matches('s').to_string());
            claims[k].counts = claims[k - 1].counts.clone();
        }
        if claims[k].event.is_none() && joined {
            claims[k].event = claims[k - 1].event.clone();
        }
    }
    // A count with no noun continues the counted thing of its sentence or the one before:
    // "Pirates took 40 sailors. Since then 25 have been freed and 3 have died".
    for k in 0..parsed.figures.len() {
        let f = &parsed.figures[k];
        if claims[k].counts.is_some() || f.kind != FigureKind::Count || f.value.is_none() {
            continue;
        }
        let next = reader.w(ranges[k].1);
        if !matches!(
            next,
            "have"
                | "has"
                | "had"
                | "were"
                | "was"
                | "are"
                | "is"
                | "remain"
                | "remained"
                | "remains"
                | "still"
        ) {
            continue;
        }
        let earlier = (0..k)
            .rev()
            .take(12)
            .take_while(|&j| parsed.figures[j].sentence + 1 >= f.sentence)
            .find(|&j| parsed.figures[j].kind == FigureKind::Count && claims[j].counts.is_some());
        if let Some(j) = earlier {
            claims[k].counts = claims[j].counts.clone();
        }
    }
    // the figures of each sentence, in one pass (figures come in sentence order)
    let mut relations = Vec::new();
    let mut start = 0;
    while start < parsed.figures.len() {
        let clause = bounds[start];
        let end = bounds[start..]
            .iter()
            .position(|&b| b != clause)
            .map_or(parsed.figures.len(), |n| start + n);
        let figs: Vec<usize> = (start..end).collect();
        relations::read(&reader, &figs, &mut relations);
        start = end;
    }
    // scope and source: read once per sentence, then shared by its figures (a figure's
    // own year is not part of its scope)
    let mut k = 0;
    while k < parsed.figures.len() {
        let clause = bounds[k];
        let end = bounds[k..]
            .iter()
            .position(|&b| b != clause)
            .map_or(parsed.figures.len(), |n| k + n);
        let words = reader.sentence_scope(clause.0, clause.1);
        let source = reader.source(k);
        let dated: Vec<(usize, String)> = (k..end)
            .filter(|&j| {
                matches!(
                    parsed.figures[j].kind,
                    FigureKind::Year | FigureKind::Date | FigureKind::Time
                )
            })
            .map(|j| (j, text[parsed.figures[j].span.range()].to_lowercase()))
            .collect();
        for (j, claim) in claims.iter_mut().enumerate().take(end).skip(k) {
            let mut scope = words.clone();
            scope.extend(
                dated
                    .iter()
                    .filter(|(d, _)| *d != j)
                    .map(|(_, t)| t.clone()),
            );
            scope.sort();
            scope.dedup();
            claim.scope = scope;
            claim.source.clone_from(&source);
            claim.capped = capped_sentences
                .binary_search(&parsed.figures[j].sentence)
                .is_ok();
        }
        k = end;
    }
    document::link(&reader, &claims, &mut relations);
    Claims {
        claims,
        relations,
        token_ranges: ranges,
        capped_sentences,
    }
}

/// The token range each figure is read within: its sentence, or in a sentence over
/// [`MAX_SENTENCE_TOKENS`] the clause of that many tokens it starts in; and the sentences
/// so capped.
fn clause_bounds(parsed: &Parsed, ranges: &[(usize, usize)]) -> (Vec<(usize, usize)>, Vec<u32>) {
    let mut capped: Vec<u32> = Vec::new();
    let bounds = parsed
        .figures
        .iter()
        .zip(ranges)
        .map(|(f, &(first_token, _))| {
            let s = &parsed.sentences[f.sentence as usize];
            let (first, last) = (s.first as usize, s.last as usize);
            if last - first <= MAX_SENTENCE_TOKENS {
                return (first, last);
            }
            if capped.last() != Some(&f.sentence) {
                capped.push(f.sentence);
            }
            let clause = first_token.saturating_sub(first) / MAX_SENTENCE_TOKENS;
            let start = first + clause * MAX_SENTENCE_TOKENS;
            (start, (start + MAX_SENTENCE_TOKENS).min(last))
        })
        .collect();
    (bounds, capped)
}

mod document;
mod phrases;
mod relations;

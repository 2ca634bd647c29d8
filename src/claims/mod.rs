//! Claims: what each figure counts, what happened to it, and the relations the grammar
//! states between figures.
//!
//! This stage reads local grammar with the small lexicons in `rules/events.toml`,
//! `rules/nouns.toml` and `rules/relations.toml` (the cue words), not a general tagger. For every figure it finds the noun it counts
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

use reader::{Reader, token_ranges};

use crate::parse::{FigureKind, Parsed};
use crate::source::Span;

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
    /// The figure's sentence ran over [`MAX_SENTENCE_TOKENS`] and was cut into pieces:
    /// relations with figures of other pieces are not seen.
    pub capped: bool,
}

/// Direction of a stated change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Unknown,
}

/// How a hedge before a multiplier word bounds the ratio it states (SEMANTICS.md,
/// multipliers).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MultiplierBound {
    /// "doubled": about the factor.
    About,
    /// "more than doubled": at least the factor, a hard bound.
    AtLeast,
    /// "nearly tripled": from `lo_factor` times the factor up to it (the check allows the
    /// plain word's tolerance above: "nearly" is used loosely).
    Nearly { lo_factor: f64 },
    /// "less than doubled": at most the factor.
    AtMost,
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
        /// The word with its hedge, as written in lower case ("more than doubled").
        word: String,
        /// How the hedge bounds the ratio.
        bound: MultiplierBound,
        /// Where the word and its hedge stand.
        word_span: Span,
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
    /// A duration in years and the two bare years it runs between: "from 1991 to 2015, a
    /// span of 24 years".
    YearSpan {
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
            Relation::YearSpan { duration, from, to } => rec(
                "year-span",
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
    /// Runs of digits and commas whose grouping no number has ("4,550,00"): FC109 reports
    /// them, and the figures read inside them feed no relation.
    pub malformed: Vec<crate::source::Span>,
}

pub use crate::parse::sentence::MAX_SENTENCE_TOKENS;

/// Reads the claims of a parsed document.
pub fn analyse(text: &str, parsed: &Parsed, lex: &ClaimLexicon) -> Claims {
    let ranges = token_ranges(parsed);
    let reader = Reader {
        text,
        parsed,
        lex,
        ranges: &ranges,
    };
    let mut claims = figure_claims(&reader);
    coordinate(&reader, &mut claims);
    continue_counts(&reader, &mut claims);
    let mut relations = sentence_relations(&reader);
    read_scopes(&reader, &mut claims);
    document::link(&reader, &claims, &mut relations);
    relations::read_across(&reader, &claims, &mut relations);
    overall::part_of_whole_readings(&reader, &claims, &mut relations);
    let malformed = grouping::malformed_groupings(text);
    if !malformed.is_empty() {
        drop_malformed(parsed, &malformed, &mut relations);
    }
    Claims {
        claims,
        relations,
        token_ranges: ranges,
        malformed,
    }
}

/// Drops every relation that joins a figure read inside a malformed run of digits: "about
/// 49 pct of 4,550,00 shares" states no share of 4 or of 550.
fn drop_malformed(
    parsed: &Parsed,
    malformed: &[crate::source::Span],
    relations: &mut Vec<Relation>,
) {
    // the runs come in text order and never overlap: the one that could hold a span is the
    // last to start at or before it (a search, not a scan: a text may hold many runs)
    let inside = |k: usize| {
        let span = parsed.figures[k].span;
        let n = malformed.partition_point(|m| m.start <= span.start);
        n > 0 && span.end <= malformed[n - 1].end
    };
    relations.retain(|rel| !rel.record().figures.iter().any(|&k| inside(k)));
}

/// Figures from which the claims stage reads its per-figure and per-sentence parts on
/// every core: a megabyte of figures on one core takes most of a second; an article never
/// comes near.
const PARALLEL_FIGURES: usize = 1 << 14;
/// Sentences each parallel piece of the relation reading holds at least.
const PIECE_SENTENCES: usize = 64;

/// What each figure counts and what happened to it, read from its own words.
fn figure_claims(reader: &Reader) -> Vec<Claim> {
    let n = reader.parsed.figures.len();
    if n >= PARALLEL_FIGURES {
        use rayon::prelude::*;
        (0..n)
            .into_par_iter()
            .map(|k| figure_claim(reader, k))
            .collect()
    } else {
        (0..n).map(|k| figure_claim(reader, k)).collect()
    }
}

/// What figure `k` counts and what happened to it.
fn figure_claim(reader: &Reader, k: usize) -> Claim {
    let f = &reader.parsed.figures[k];
    let mut claim = Claim::default();
    if (matches!(
        f.kind,
        FigureKind::Count | FigureKind::Range | FigureKind::Money | FigureKind::Measure
    ) || (f.kind == FigureKind::Fraction && f.value.is_some()))
        && let Some((noun, qualifier)) = reader.counted_noun(k)
    {
        claim.counts = Some(noun);
        claim.qualifier = qualifier;
    }
    if f.kind.is_quantity() {
        claim.event = reader.event(k);
    }
    claim
}

/// Coordination: "33 Israeli hostages and five Thais": the second counts what the first
/// counts, its own capitalised noun kept as the qualifier.
fn coordinate(reader: &Reader, claims: &mut [Claim]) {
    let (parsed, ranges) = (reader.parsed, reader.ranges);
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
}

/// A count with no noun continues the counted thing of its sentence or the one before:
/// "Pirates took 40 sailors. Since then 25 have been freed and 3 have died".
fn continue_counts(reader: &Reader, claims: &mut [Claim]) {
    let (parsed, ranges) = (reader.parsed, reader.ranges);
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
}

/// The relations each sentence states, read sentence by sentence (figures come in
/// sentence order); a long document in pieces of sentences on every core, joined in order.
fn sentence_relations(reader: &Reader) -> Vec<Relation> {
    let parsed = reader.parsed;
    let groups = sentence_groups(parsed);
    let read = |groups: &[std::ops::Range<usize>]| {
        let mut relations = Vec::new();
        for g in groups {
            let figs: Vec<usize> = g.clone().collect();
            relations::read(reader, &figs, &mut relations);
        }
        relations
    };
    if parsed.figures.len() >= PARALLEL_FIGURES {
        use rayon::prelude::*;
        let pieces: Vec<Vec<Relation>> = groups.par_chunks(PIECE_SENTENCES).map(read).collect();
        pieces.concat()
    } else {
        read(&groups)
    }
}

/// The figures of each sentence (a piece of a capped one counts as a sentence), as ranges
/// of figure indices: figures come in sentence order.
fn sentence_groups(parsed: &Parsed) -> Vec<std::ops::Range<usize>> {
    let figures = &parsed.figures;
    let mut groups = Vec::new();
    let mut start = 0;
    while start < figures.len() {
        let sentence = figures[start].sentence;
        let end = figures[start..]
            .iter()
            .position(|f| f.sentence != sentence)
            .map_or(figures.len(), |n| start + n);
        groups.push(start..end);
        start = end;
    }
    groups
}

/// Scope and source: read once per sentence, then shared by its figures (a figure's
/// own year is not part of its scope).
fn read_scopes(reader: &Reader, claims: &mut [Claim]) {
    let (text, parsed) = (reader.text, reader.parsed);
    for std::ops::Range { start: k, end } in sentence_groups(parsed) {
        let (first, last) = reader.sentence_bounds(k);
        let capped = parsed.sentences[parsed.figures[k].sentence as usize].capped;
        let words = reader.sentence_scope(first, last);
        let source = reader.source(k);
        let dated: Vec<(usize, String)> = (k..end)
            .filter(|&j| {
                matches!(
                    parsed.figures[j].kind,
                    FigureKind::Year | FigureKind::Date | FigureKind::Time
                ) && !entry_stamp(parsed, j)
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
            claim.capped = capped;
        }
    }
}

/// Whether figure `k` is the time or date that opens a live-blog entry ("14:30 - ..."): it
/// dates the entry, every sentence of it alike, so it bounds none of them apart.
fn entry_stamp(parsed: &Parsed, k: usize) -> bool {
    let f = &parsed.figures[k];
    parsed.sentences.get(f.sentence as usize).is_some_and(|s| {
        s.span.start == f.span.start
            && s.block
                .is_some_and(|b| b.kind == crate::parse::BlockKind::Entry)
    })
}

mod document;
mod grouping;
mod overall;
mod phrases;
mod reader;
mod relation_file;
mod relations;
mod scope;

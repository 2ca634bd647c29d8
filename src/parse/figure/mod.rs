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
//!
//! The pieces: `quantity` reads numbers (digits, words, fractions, ratios),
//! `numeral` the text of one number token, `calendar` dates and times, `money`
//! currency-led amounts, `words` the word lists; this file holds the figure types, the
//! scan, hedges, ranges and the classification.

use serde::Serialize;

mod calendar;
mod money;
mod numeral;
mod quantity;
mod words;

pub use numeral::parse_numeral;
use numeral::{largest_scale, unicode_fraction};
use words::*;

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
        if matches!(before, "$" | "£" | "€") {
            return false;
        }
        if YEAR_BEFORE.contains(&before) || month(before).is_some() || before == "'s" {
            return true;
        }
        match self.kind(q.end) {
            None | Some(TokenKind::Punct) | Some(TokenKind::Symbol) => true,
            Some(TokenKind::Number) => true,
            Some(TokenKind::Word) => {
                // a capitalised word is a name: "the 1989 Children Act"
                let lower_case = self.raw(q.end).starts_with(char::is_lowercase);
                let count_noun = lower_case
                    && matches!(
                        next,
                        "people"
                            | "men"
                            | "women"
                            | "children"
                            | "staff"
                            | "troops"
                            | "jobs"
                            | "workers"
                            | "homes"
                            | "houses"
                            | "employees"
                            | "soldiers"
                            | "pupils"
                            | "students"
                            | "patients"
                            | "residents"
                            | "fans"
                            | "votes"
                            | "cases"
                    );
                // Thousands are written with a comma ("2,000 people"), so a bare number of
                // the modern calendar before a word is a year ("the 1977 scripts", "2001
                // winners", "the 1989 Children Act") unless a counted noun follows.
                if (1900.0..=2030.0).contains(&q.numeral.value) {
                    return !count_noun;
                }
                // "2500 metres": a plural noun after an older or later number makes a count
                let plural =
                    next.ends_with('s') && next.len() > 3 && !NOT_COUNT_NOUNS.contains(&next);
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
            let scaled = na.borrow_scale(nb);
            a.value = Some(scaled.value);
            a.numeral = Some(scaled);
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

/// A numeric "a/b" that is not a fraction ("24/7", "9/11"): an identifier.
fn out_of_fraction_marker(f: &mut Figure) {
    f.kind = FigureKind::Identifier;
    f.date = None;
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
        assert_eq!(one("a leap of 6.66m in Madrid").1, "measure");
        assert_eq!(one("the men's 1500m in Madrid").1, "measure");
        assert_eq!(one("she won the 10,000m easily").1, "measure");
        assert_eq!(one("a £40m deal").1, "money");
        assert_eq!(one("a £2.35m deal").1, "money");
        assert_eq!(one("he made 5.45m euros").1, "money");
        assert_eq!(
            one("1.4m people need care"),
            ("1.4m".into(), "count", Some(1_400_000.0))
        );
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
        let f = &figures_in("a deal worth $5-10m")[0];
        assert_eq!(
            (f.interval.unwrap().lo, f.interval.unwrap().hi),
            (5e6, 10e6)
        );
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
        assert_eq!(one("the 1977 scripts were found").1, "year");
        assert_eq!(one("the 1989 Children Act").1, "year");
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
}

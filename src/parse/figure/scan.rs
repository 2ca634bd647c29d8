//! The scan: a [`Scanner`] walks each sentence's tokens and at each position tries the
//! readings in a fixed order (see the module above); this file holds the dispatch and the
//! figure constructors the other rooms share.

use std::ops::Deref;

use super::calendar::date_words;
use super::classify::{classify, compares};
use super::cursor::Cursor;
use super::hedges::{hedge_before, vague};
use super::identifiers::{non_quantity_number, ranked, skip_link};
use super::measures::one_of_a_unit;
use super::model::{Figure, FigureKind};
use super::money::{money_prefix, signed_money_prefix};
use super::numeral::unicode_fraction;
use super::prefilter::{CANDIDATE, STARTER, VAGUE_START, token_classes};
use super::quantity::quantity;
use super::ranges::between;
use super::words::{fold_multiplier, multiplier_adverb};
use crate::numeric::Numeral;
use crate::parse::lexicon::{Lexicon, PhraseKind};
use crate::parse::number_words;
use crate::parse::sentence::Sentence;
use crate::parse::token::{Token, TokenKind};

/// The scanner of one sentence: its tokens, and what the prefilter found about them.
pub(super) struct Scanner<'a> {
    pub cur: Cursor<'a>,
    /// For each token, the index of the first token at or after it that is a numeral, a
    /// number word or a currency sign: most phrases need one close by.
    next_number: &'a [u32],
    /// Word class bits per token (`NUMBER_WORD`, `STARTER`).
    class: &'a [u8],
    /// Whether the sentence is (part of) the headline.
    pub headline: bool,
}

impl<'a> Deref for Scanner<'a> {
    type Target = Cursor<'a>;

    fn deref(&self) -> &Cursor<'a> {
        &self.cur
    }
}

/// How far after a hedge, date or currency word the number may stand (in tokens).
const NUMBER_REACH: usize = 8;

/// Tokens from which a document's sentences are scanned in parallel: a megabyte of
/// figures on one core takes most of a second; an article never comes near.
const PARALLEL_TOKENS: usize = 1 << 16;
/// Tokens each parallel piece of the scan holds at least.
const PIECE_TOKENS: usize = 1 << 14;

/// Finds the figures of one document. A long one is scanned in pieces of whole sentences
/// on every core (the scan of a sentence reads nothing outside it), joined in order.
pub fn extract(
    text: &str,
    lower: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    lex: &Lexicon,
) -> Vec<Figure> {
    let (class, next_number) = token_classes(text, lower, tokens, lex);
    let doc = DocumentScan {
        text,
        lower,
        tokens,
        lex,
        class: &class,
        next_number: &next_number,
        sentences,
    };
    let mut figures = if tokens.len() >= PARALLEL_TOKENS {
        use rayon::prelude::*;
        // every figure starts at a candidate token: room for them all at once, so a text
        // dense with figures never copies a large list as it grows; the pieces are read a
        // few per core at a time and moved in, so their own lists stay small and are reused
        let candidates = class.iter().filter(|&&c| c & CANDIDATE != 0).count();
        let mut figures = Vec::with_capacity(candidates);
        let pieces = crate::parse::sentence::pieces(sentences, PIECE_TOKENS);
        for batch in pieces.chunks(4 * rayon::current_num_threads()) {
            let read: Vec<Vec<Figure>> = batch
                .par_iter()
                .map(|range| doc.sentences_from(range.clone()))
                .collect();
            read.into_iter().for_each(|piece| figures.extend(piece));
        }
        figures
    } else {
        doc.sentences_from(0..sentences.len())
    };
    grand_in_the_document_currency(text, &mut figures);
    figures
}

/// A document as the scan reads it: its text, tokens, sentences and what the prefilter
/// found about each token.
struct DocumentScan<'a> {
    text: &'a str,
    lower: &'a str,
    tokens: &'a [Token],
    lex: &'a Lexicon,
    class: &'a [u8],
    next_number: &'a [u32],
    sentences: &'a [Sentence],
}

impl DocumentScan<'_> {
    /// The figures of the sentences in `range`, in order.
    fn sentences_from(&self, range: std::ops::Range<usize>) -> Vec<Figure> {
        let first = self
            .sentences
            .get(range.start)
            .map_or(0, |s| s.first as usize);
        let last = range
            .end
            .checked_sub(1)
            .and_then(|n| self.sentences.get(n))
            .map_or(first, |s| s.last as usize);
        // every figure starts at a candidate token: room for them all at once, so a text
        // dense with figures never copies a large list as it grows
        let candidates = self.class[first..last]
            .iter()
            .filter(|&&c| c & CANDIDATE != 0)
            .count();
        let mut figures = Vec::with_capacity(candidates);
        for n in range {
            self.sentence(n, &mut figures);
        }
        figures
    }

    /// Scans sentence `n` for figures, pushing them to `figures`.
    fn sentence(&self, n: usize, figures: &mut Vec<Figure>) {
        let s = &self.sentences[n];
        let scanner = Scanner {
            cur: Cursor {
                text: self.text,
                lower: self.lower,
                toks: self.tokens,
                lex: self.lex,
                first: s.first as usize,
                bound: s.last as usize,
            },
            next_number: self.next_number,
            class: self.class,
            headline: s.headline,
        };
        let mut i = scanner.first;
        let start = figures.len();
        while i < scanner.bound {
            // most tokens can start no figure: step over them without entering the grammar
            if self.class[i] & CANDIDATE == 0 {
                i += 1;
                continue;
            }
            match scanner.figure_at(i, figures) {
                Some(next) if next > i => i = next,
                _ => i += 1,
            }
        }
        for f in &mut figures[start..] {
            f.sentence = n as u32;
            f.headline = s.headline;
        }
    }
}

/// "10 grand" names no currency (`other`): where every other amount of the document is in
/// one currency, it is in that one ("paid 30 grand, though the dealer asked £35,000").
fn grand_in_the_document_currency(text: &str, figures: &mut [Figure]) {
    let grand = |f: &Figure| {
        f.kind == FigureKind::Money
            && f.unit.as_deref() == Some("other")
            && text[f.span.range()].ends_with("grand")
    };
    if !figures.iter().any(grand) {
        return;
    }
    let mut named: Option<&str> = None;
    for f in figures.iter().filter(|f| f.kind == FigureKind::Money) {
        // "GBP pence" is in pounds
        let Some(code) = f.unit.as_deref().and_then(|u| u.split(' ').next()) else {
            continue;
        };
        if code == "other" {
            continue;
        }
        if named.is_some_and(|n| n != code) {
            return;
        }
        named = Some(code);
    }
    let Some(code) = named.map(str::to_string) else {
        return;
    };
    for f in figures.iter_mut().filter(|f| grand(f)) {
        f.unit = Some(code.clone());
    }
}

impl Scanner<'_> {
    /// Tries to read a figure at `i`; pushes it and returns the token index after it.
    pub(super) fn figure_at(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        self.figure_core(i, out, true)
    }

    /// [`Self::figure_at`], with or without reading a hedge first (a hedge is read once:
    /// "more than more than 5" must not recurse).
    pub(super) fn figure_core(
        &self,
        i: usize,
        out: &mut Vec<Figure>,
        hedges: bool,
    ) -> Option<usize> {
        let t = self.tok(i)?;
        // Most words start nothing: one set look-up lets them through fast.
        match t.kind {
            TokenKind::Word if !self.may_start_figure(i) => return None,
            TokenKind::Punct | TokenKind::Symbol if self.class[i] & STARTER == 0 => return None,
            _ => {}
        }
        // 1. links and addresses
        if let Some(end) = skip_link(&self.cur, i) {
            return Some(end);
        }
        // multiplier words: "threefold", "tenfold"; "twice as many", "thrice the size"
        let adverb = multiplier_adverb(self.w(i)).filter(|_| compares(&self.cur, i + 1));
        if let Some(v) = fold_multiplier(self.w(i)).or(adverb) {
            let numeral = Numeral::integer(v);
            out.push(self.make(i, i + 1, FigureKind::Multiplier, numeral, None));
            return Some(i + 1);
        }
        // "a kilogram", "a mile away", "a dollar": one of a unit
        if let Some(end) = one_of_a_unit(&self.cur, i, out) {
            return Some(end);
        }
        let number_near = (self.next_number[i] as usize) < (i + NUMBER_REACH).min(self.bound);
        if !number_near {
            // without a number close by only a vague amount ("dozens") can start here
            return self.vague_at(i, out);
        }
        if matches!(
            t.kind,
            TokenKind::Word | TokenKind::Symbol | TokenKind::Punct
        ) && let Some(read) = self.led_by_word(i, t, out, hedges)
        {
            return read;
        }
        // 7. a quantity and what follows
        if t.kind == TokenKind::Number
            && let Some(end) = non_quantity_number(&self.cur, i, out)
        {
            return Some(end);
        }
        self.quantity_at(i, t, out)
    }

    /// Steps 2 to 6 for a word or sign at `i`: a hedge (when `hedges`), a range, a vague
    /// amount, a date, money or an age led by a word. `Some(read)` when the word decided
    /// the reading (`Some(None)`: it starts no figure), `None` when a quantity may start
    /// here.
    fn led_by_word(
        &self,
        i: usize,
        t: &Token,
        out: &mut Vec<Figure>,
        hedges: bool,
    ) -> Option<Option<usize>> {
        // 2. hedges
        if hedges
            && let Some(end) = hedge_before(&self.cur, i, out, |k, inner| {
                self.figure_core(k, inner, false)
            })
        {
            return Some(Some(end));
        }
        // 3. between A and B
        if self.w(i) == "between"
            && let Some(end) = between(&self.cur, i, out)
        {
            return Some(Some(end));
        }
        // 4. vague amounts
        if let Some(end) = self.vague_at(i, out) {
            return Some(Some(end));
        }
        // 5. dates led by a weekday or month
        if let Some(end) = date_words(&self.cur, i, out) {
            return Some(Some(end));
        }
        // 6. currency before the amount
        if let Some(end) = money_prefix(&self.cur, i, out) {
            return Some(Some(end));
        }
        if let Some(end) = signed_money_prefix(&self.cur, i, out) {
            return Some(Some(end));
        }
        // ages: "aged 45", "age 87"
        if matches!(self.w(i), "aged" | "age")
            && self.is_num(i + 1)
            && let Some(q) = quantity(self, i + 1)
            && q.numeral.value > 0.0
            && q.numeral.value < 130.0
            && !q.share
        {
            let mut age = self.make(i, q.end, FigureKind::Age, q.numeral, None);
            let end = super::ages::age_range_end(&self.cur, i, &mut age, q.end);
            out.push(age);
            return Some(Some(end));
        }
        if t.kind != TokenKind::Word
            && unicode_fraction(self.raw(i)).is_none()
            && !self.is_dash(i)
            && self.raw(i) != "−"
        {
            return Some(None);
        }
        if t.kind == TokenKind::Word
            && number_words::word(self.w(i)).is_none()
            && !matches!(self.w(i), "a" | "an" | "minus" | "negative")
        {
            return Some(None);
        }
        // a lone ordinal word that is not a figure: "second" as in "a second"
        if self.w(i) == "second" && matches!(self.prev_w(i), "a" | "per" | "split" | "every") {
            return Some(None);
        }
        None
    }

    /// A quantity at `i` and what it is: a rank ("top three"), a name ("Five Nations"), a
    /// pronoun ("the one you mentioned") or what follows it decides (`classify`).
    fn quantity_at(&self, i: usize, t: &Token, out: &mut Vec<Figure>) -> Option<usize> {
        let q = quantity(self, i)?;
        if matches!(self.w(i), "a" | "an") && q.end <= i + 1 {
            return None;
        }
        // "the world number two", "the No 1 seed": a place in a ranking, with its value
        if i > self.first && !q.share && ranked(&self.cur, i - 1, q.end) {
            out.push(self.make(i - 1, q.end, FigureKind::Rank, q.numeral, None));
            return Some(q.end);
        }
        // ranks ("top three", "the top 10") and names ("Five Nations", "Channel Four") are
        // not counts
        let rank = matches!(self.prev_w(i), "top" | "bottom");
        // "the top half" is a share of a list, not a place in it
        if rank && q.share {
            out.push(self.marker(i, q.end, FigureKind::Identifier));
            return Some(q.end);
        }
        let capitalised_word = t.kind == TokenKind::Word
            && self.raw(i).starts_with(char::is_uppercase)
            && i > self.first
            && !matches!(self.raw(i - 1), "\"" | "“" | "(" | "'" | "‘")
            && !self.after_dateline(i, q.ordinal)
            && !self.opens_heading(i);
        let name = capitalised_word
            && q.end == i + 1
            && self.kind(q.end) == Some(TokenKind::Word)
            && self.raw(q.end).starts_with(char::is_uppercase)
            || capitalised_word && self.prev_is_capitalised_name(i);
        // a rank keeps its value, for the ledger; no check counts it
        if rank {
            out.push(self.make(i, q.end, FigureKind::Rank, q.numeral, None));
            return Some(q.end);
        }
        // Title-case headlines capitalise every word: no names read there
        if name && !self.headline {
            out.push(self.marker(i, q.end, FigureKind::Identifier));
            return Some(q.end);
        }
        // a lone "one" is usually a pronoun ("the one you mentioned")
        if q.end == i + 1 && self.w(i) == "one" && !self.one_counts(i) {
            return None;
        }
        Some(classify(&self.cur, q, out))
    }

    /// A vague amount at `i`, asked of the lexicon only where the prefilter saw one start.
    fn vague_at(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        if self.class[i] & VAGUE_START == 0 {
            return None;
        }
        vague(&self.cur, i, out)
    }

    /// Whether word `i` can start a figure: a number word, a phrase of the lexicons (hedge,
    /// vague amount, currency), a month or weekday, or one of the few words the scanner
    /// reads itself.
    fn may_start_figure(&self, i: usize) -> bool {
        self.class[i] & STARTER != 0 || (self.w(i).len() == 4 && self.raw(i).starts_with('M'))
    }

    /// Whether the word before `i` is a capitalised word inside a name ("Channel Four",
    /// "Radio Five"), not the first word of the sentence.
    fn prev_is_capitalised_name(&self, i: usize) -> bool {
        i > self.first + 1
            && self.kind(i - 1) == Some(TokenKind::Word)
            && self.raw(i - 1).starts_with(char::is_uppercase)
            && !self.glued(i)
    }

    /// Whether word `i` follows a dateline, where a capital starts the story ("SINGAPORE:
    /// Two Singaporean sisters", "LONDON - Three Britons", "Kuala Lumpur: Two Malaysian
    /// firms"): a place in capitals, or one to three capitalised words opening the sentence,
    /// then a colon or a dash. After capitalised words the number must be a cardinal: "Rambo:
    /// First Blood" is a title. A section or sport word names no place ("Rugby: Five
    /// Nations squad named" is a heading; the words are in `rules/labels.toml`).
    fn after_dateline(&self, i: usize, ordinal: bool) -> bool {
        if i < self.first + 2
            || !matches!(self.raw(i - 1), ":" | "-" | "–" | "—")
            || self.lex.section_words.contains(self.w(i - 2))
        {
            return false;
        }
        let capitals = |k: usize| {
            let raw = self.raw(k);
            raw.len() >= 2 && raw.chars().all(|ch| ch.is_uppercase() || ch == '.')
        };
        let capitalised_word = |k: usize| {
            self.kind(k) == Some(TokenKind::Word) && self.raw(k).starts_with(char::is_uppercase)
        };
        capitals(i - 2)
            || (!ordinal && i - 1 - self.first <= 3 && (self.first..i - 1).all(capitalised_word))
    }

    /// Whether word `i` opens a heading after a section or sport label ("Rugby: Five
    /// players banned", "Business: Three Banks Merge"; the words are in
    /// `rules/labels.toml`): its capital is the heading's first letter, as at the start of
    /// a sentence, and says nothing of a name.
    fn opens_heading(&self, i: usize) -> bool {
        i >= self.first + 2
            && self.raw(i - 1) == ":"
            && self.lex.section_words.contains(self.w(i - 2))
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
}

//! The phrase matcher: phrases of any length as lower-case token texts, indexed by their
//! first word (longest first) and their last, and found in a token stream. One matcher
//! serves every phrase list: the scanner's table of hedges, vague amounts, units and
//! currencies ([`PhraseTable`]), and the claims stage's event phrases and cue lists, which
//! carry their own meaning in `K`.

use rustc_hash::FxHashMap;

use crate::parse::wordfilter::WordFilter;

use crate::parse::token::{Gap, Token, TokenKind, tokenize};

/// What a matched phrase of the scanner's table means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    /// Hedge before a figure: index into `Lexicon::hedge_kinds`.
    HedgeBefore(u16),
    /// Hedge after a figure.
    HedgeAfter(u16),
    Vague(u16),
    Unit(u16),
    CurrencyPrefix(u16),
    CurrencySuffix(u16),
    /// A name with a number in it: a market index ("FTSE 100").
    Name,
    /// A phrase in which "a" and a unit measure nothing ("within an inch of").
    Idiom,
}

/// A phrase found in a token stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch<K = PhraseKind> {
    pub kind: K,
    /// Number of tokens it covers.
    pub len: usize,
}

/// A phrase as a sequence of lower-case token texts, and whether its tokens are glued.
#[derive(Debug, Clone)]
struct Phrase<K> {
    words: Vec<String>,
    /// Whether each word is glued to the one before it in the lexicon ("km2", "km/h"):
    /// then it must be glued in the text too, so "12 ft 2 in" is not "ft2".
    glued: Vec<bool>,
    kind: K,
}

/// Phrases of any length, each with what it means (`K`), indexed by first word (longest
/// first once [`PhraseIndex::sort`] has run, then in the order added) and by last word (in
/// the order added).
#[derive(Debug, Clone)]
pub struct PhraseIndex<K> {
    phrases: Vec<Phrase<K>>,
    by_first: FxHashMap<String, Vec<u32>>,
    by_last: FxHashMap<String, Vec<u32>>,
    /// The fingerprints of the first and of the last words: the matcher is asked at most
    /// tokens of a document, and most are no phrase's first or last word.
    firsts: WordFilter,
    lasts: WordFilter,
    /// Whether some phrase opens with a sign or a number rather than a word: when none
    /// does, the matcher turns down every token that is not a word at once.
    opens_with_sign: bool,
    /// The phrases opening with each one-byte token that is no letter (",", ":", "("), by
    /// byte: readers ask at every comma of a list, and a table answers without hashing.
    by_sign: Box<[Vec<u32>; 128]>,
}

impl<K> Default for PhraseIndex<K> {
    fn default() -> Self {
        PhraseIndex {
            phrases: Vec::new(),
            by_first: FxHashMap::default(),
            by_last: FxHashMap::default(),
            firsts: WordFilter::default(),
            lasts: WordFilter::default(),
            opens_with_sign: false,
            by_sign: Box::new(std::array::from_fn(|_| Vec::new())),
        }
    }
}

/// The scanner's phrase table: hedges, vague amounts, units and currencies.
pub(super) type PhraseTable = PhraseIndex<PhraseKind>;

/// Splits a phrase into the lower-case token texts the matcher compares, and whether each
/// is glued to the one before.
fn phrase_words(phrase: &str) -> (Vec<String>, Vec<bool>) {
    let lower = phrase.to_lowercase();
    tokenize(&lower)
        .iter()
        .map(|t| (t.text(&lower).to_string(), t.gap == Gap::None))
        .unzip()
}

impl<K: Copy> PhraseIndex<K> {
    /// Indexes one phrase; false (and nothing indexed) when it has no words once
    /// tokenized.
    pub fn add(&mut self, phrase: &str, kind: K) -> bool {
        let (words, glued) = phrase_words(phrase);
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return false;
        };
        let id = self.phrases.len() as u32;
        self.firsts.insert(first.as_bytes());
        self.opens_with_sign |= !first.starts_with(char::is_alphabetic);
        self.lasts.insert(last.as_bytes());
        self.by_first.entry(first.clone()).or_default().push(id);
        if let &[b] = first.as_bytes()
            && b.is_ascii()
            && !b.is_ascii_alphabetic()
        {
            self.by_sign[b as usize].push(id);
        }
        self.by_last.entry(last.clone()).or_default().push(id);
        self.phrases.push(Phrase { words, glued, kind });
        true
    }

    /// Orders the phrases of each first word longest first (the order added among equals),
    /// so that the matcher finds the longest phrase that fits.
    pub fn sort(&mut self) {
        let phrases = &self.phrases;
        for list in self.by_first.values_mut().chain(self.by_sign.iter_mut()) {
            list.sort_by_key(|&i| std::cmp::Reverse(phrases[i as usize].words.len()));
        }
    }

    /// Whether `phrase`'s words after its first are spelled by the tokens after `i`
    /// (whose text is its first word), none of them past a paragraph break, and glued
    /// where the phrase's are.
    fn rest_spelled_at(phrase: &Phrase<K>, lower: &str, tokens: &[Token], i: usize) -> bool {
        i + phrase.words.len() <= tokens.len()
            && phrase.words.iter().enumerate().skip(1).all(|(k, w)| {
                let t = &tokens[i + k];
                t.gap < Gap::Paragraph
                    && (!phrase.glued[k] || t.gap == Gap::None)
                    && t.text(lower) == w
            })
    }

    /// The phrases that start at token `i`, longest first, whose kind `want` accepts.
    /// `lower` is the lower-cased document text (same offsets as the tokens').
    ///
    /// Inlined, so that the common answer (no phrase starts at this token: a sign, a
    /// number, a word no phrase opens with) costs the caller a few comparisons, not a call.
    #[inline]
    pub fn match_at(
        &self,
        lower: &str,
        tokens: &[Token],
        i: usize,
        want: impl Fn(K) -> bool,
    ) -> Option<PhraseMatch<K>> {
        let list = self.starting_at(lower, tokens, i)?;
        self.longest_spelled(list, lower, tokens, i, want)
    }

    /// The first phrase of `list` (longest first) spelled from token `i` whose kind `want`
    /// accepts.
    fn longest_spelled(
        &self,
        list: &[u32],
        lower: &str,
        tokens: &[Token],
        i: usize,
        want: impl Fn(K) -> bool,
    ) -> Option<PhraseMatch<K>> {
        list.iter()
            .map(|&id| &self.phrases[id as usize])
            .find(|p| want(p.kind) && Self::rest_spelled_at(p, lower, tokens, i))
            .map(|p| PhraseMatch {
                kind: p.kind,
                len: p.words.len(),
            })
    }

    /// The phrase added first of those that start at token `i`.
    pub fn first_at(&self, lower: &str, tokens: &[Token], i: usize) -> Option<PhraseMatch<K>> {
        let list = self.starting_at(lower, tokens, i)?;
        list.iter()
            .copied()
            .filter(|&id| Self::rest_spelled_at(&self.phrases[id as usize], lower, tokens, i))
            .min()
            .map(|id| {
                let p = &self.phrases[id as usize];
                PhraseMatch {
                    kind: p.kind,
                    len: p.words.len(),
                }
            })
    }

    /// The phrase added first of those whose last word is token `i - 1` and whose first is
    /// at token `from` or after.
    pub fn ending_before(
        &self,
        lower: &str,
        tokens: &[Token],
        i: usize,
        from: usize,
    ) -> Option<PhraseMatch<K>> {
        let last = tokens.get(i.checked_sub(1)?)?;
        let word = lower
            .as_bytes()
            .get(last.start as usize..last.end as usize)?;
        if !self.lasts.may_contain(word) {
            return None;
        }
        let list = self.by_last.get(last.text(lower))?;
        list.iter()
            .map(|&id| &self.phrases[id as usize])
            .find(|p| {
                i >= from + p.words.len()
                    && tokens[i - p.words.len()].text(lower) == p.words[0]
                    && Self::rest_spelled_at(p, lower, tokens, i - p.words.len())
            })
            .map(|p| PhraseMatch {
                kind: p.kind,
                len: p.words.len(),
            })
    }

    /// The phrases whose first word is token `i`'s text, ruled out by fingerprint first.
    #[inline]
    fn starting_at(&self, lower: &str, tokens: &[Token], i: usize) -> Option<&Vec<u32>> {
        let first = tokens.get(i)?;
        if first.kind != TokenKind::Word {
            if !self.opens_with_sign {
                return None;
            }
            if first.end == first.start + 1 {
                let b = *lower.as_bytes().get(first.start as usize)?;
                if b.is_ascii() && !b.is_ascii_alphabetic() {
                    let list = &self.by_sign[b as usize];
                    return (!list.is_empty()).then_some(list);
                }
            }
        }
        let word = lower
            .as_bytes()
            .get(first.start as usize..first.end as usize)?;
        if !self.firsts.may_contain(word) {
            return None;
        }
        self.by_first_word(first.text(lower))
    }

    /// The phrases whose first word is `word`: the hashed lookup, out of line.
    #[inline(never)]
    fn by_first_word(&self, word: &str) -> Option<&Vec<u32>> {
        self.by_first.get(word)
    }

    /// Whether any phrase starts with this lower-case token text.
    pub fn starts_phrase(&self, word: &str) -> bool {
        self.firsts.may_contain(word.as_bytes()) && self.by_first.contains_key(word)
    }

    /// Every lower-case token text that a phrase of a kind `want` accepts starts with.
    pub fn phrase_starts(&self, want: impl Fn(K) -> bool) -> Vec<&str> {
        self.by_first
            .iter()
            .filter(|(_, ids)| ids.iter().any(|&id| want(self.phrases[id as usize].kind)))
            .map(|(w, _)| w.as_str())
            .collect()
    }
}

impl PhraseTable {
    /// The currency a single lower-case word names as a code or word ("usd", "euros").
    pub(super) fn currency_word(&self, word: &str) -> Option<u16> {
        self.by_first.get(word)?.iter().find_map(|&id| {
            let p = &self.phrases[id as usize];
            match p.kind {
                PhraseKind::CurrencyPrefix(c) | PhraseKind::CurrencySuffix(c)
                    if p.words.len() == 1 =>
                {
                    Some(c)
                }
                _ => None,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(phrases: &[(&str, PhraseKind)]) -> PhraseTable {
        let mut table = PhraseTable::default();
        for (p, kind) in phrases {
            assert!(table.add(p, *kind));
        }
        table.sort();
        table
    }

    fn match_in(table: &PhraseTable, text: &str, i: usize) -> Option<PhraseMatch> {
        let lower = text.to_lowercase();
        table.match_at(&lower, &tokenize(&lower), i, |_| true)
    }

    #[test]
    fn the_longest_phrase_that_fits_wins() {
        let t = table(&[
            ("more", PhraseKind::HedgeBefore(0)),
            ("more than", PhraseKind::HedgeBefore(1)),
        ]);
        let m = match_in(&t, "More than 40", 0).expect("a match");
        assert_eq!((m.kind, m.len), (PhraseKind::HedgeBefore(1), 2));
        let m = match_in(&t, "more 40", 0).expect("a match");
        assert_eq!((m.kind, m.len), (PhraseKind::HedgeBefore(0), 1));
    }

    #[test]
    fn glued_words_must_be_glued_in_the_text() {
        let t = table(&[("ft2", PhraseKind::Unit(0))]);
        assert!(match_in(&t, "12 ft2", 1).is_some());
        assert!(match_in(&t, "12 ft 2 in", 1).is_none());
    }

    #[test]
    fn an_empty_phrase_is_not_indexed() {
        let mut t = PhraseTable::default();
        assert!(!t.add(" ", PhraseKind::Vague(0)));
        assert!(!t.starts_phrase(""));
    }

    #[test]
    fn the_first_added_phrase_at_or_before_a_word_is_found() {
        let mut t = PhraseIndex::default();
        for (n, p) in ["in all", "in", "in all told", "a total of", "total of"]
            .iter()
            .enumerate()
        {
            assert!(t.add(p, n));
        }
        t.sort();
        let lower = "38 in all told here, with a total of 38";
        let tokens = tokenize(lower);
        let longest = t.match_at(lower, &tokens, 1, |_| true).expect("a match");
        assert_eq!((longest.kind, longest.len), (2, 3));
        let first = t.first_at(lower, &tokens, 1).expect("a match");
        assert_eq!((first.kind, first.len), (0, 2));
        assert!(t.first_at(lower, &tokens, 0).is_none());
        // "a total of" ends before the last 38 (token 10); from its own first word only
        let before = t.ending_before(lower, &tokens, 10, 0).expect("a match");
        assert_eq!((before.kind, before.len), (3, 3));
        let cut = t.ending_before(lower, &tokens, 10, 8).expect("a match");
        assert_eq!((cut.kind, cut.len), (4, 2));
        assert!(t.ending_before(lower, &tokens, 0, 0).is_none());
    }

    #[test]
    fn a_phrase_cut_by_the_end_of_the_text_or_a_paragraph_does_not_match() {
        let mut t = PhraseIndex::default();
        assert!(t.add("of whom", ()));
        t.sort();
        for lower in ["40 of", "40 of\n\nwhom"] {
            assert!(t.match_at(lower, &tokenize(lower), 1, |_| true).is_none());
            assert!(t.first_at(lower, &tokenize(lower), 1).is_none());
        }
    }

    #[test]
    fn single_currency_words_are_found_by_word() {
        let t = table(&[
            ("euros", PhraseKind::CurrencySuffix(3)),
            ("us dollars", PhraseKind::CurrencySuffix(4)),
        ]);
        assert_eq!(t.currency_word("euros"), Some(3));
        assert_eq!(t.currency_word("us"), None);
        assert!(t.starts_phrase("us"));
        assert_eq!(
            t.phrase_starts(|k| k == PhraseKind::CurrencySuffix(4)),
            ["us"]
        );
    }
}

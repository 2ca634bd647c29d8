//! The phrase table: every phrase of the lexicons as lower-case token texts, indexed by its
//! first word, longest first, and the matcher that finds them in a token stream.

use rustc_hash::FxHashMap;

use crate::parse::token::{Gap, Token, tokenize};

/// What a matched phrase means.
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
pub struct PhraseMatch {
    pub kind: PhraseKind,
    /// Number of tokens it covers.
    pub len: usize,
}

/// A phrase as a sequence of lower-case token texts, and whether its tokens are glued.
#[derive(Debug, Clone)]
struct Phrase {
    words: Vec<String>,
    /// Whether each word is glued to the one before it in the lexicon ("km2", "km/h"):
    /// then it must be glued in the text too, so "12 ft 2 in" is not "ft2".
    glued: Vec<bool>,
    kind: PhraseKind,
}

/// The phrases of the lexicons, with an index from a phrase's first word to its phrases,
/// longest first (once [`PhraseTable::sort`] has run).
#[derive(Debug, Clone, Default)]
pub(super) struct PhraseTable {
    phrases: Vec<Phrase>,
    by_first: FxHashMap<String, Vec<u32>>,
}

/// Splits a phrase into the lower-case token texts the matcher compares, and whether each
/// is glued to the one before.
fn phrase_words(phrase: &str) -> (Vec<String>, Vec<bool>) {
    let lower = phrase.to_lowercase();
    tokenize(&lower)
        .iter()
        .map(|t| (t.text(&lower).to_string(), t.gap == Gap::None))
        .unzip()
}

impl PhraseTable {
    /// Indexes one phrase; false (and nothing indexed) when it has no words once
    /// tokenized.
    pub(super) fn add(&mut self, phrase: &str, kind: PhraseKind) -> bool {
        let (words, glued) = phrase_words(phrase);
        let Some(first) = words.first() else {
            return false;
        };
        let id = self.phrases.len() as u32;
        self.by_first.entry(first.clone()).or_default().push(id);
        self.phrases.push(Phrase { words, glued, kind });
        true
    }

    /// Orders the phrases of each first word longest first, so that the matcher finds the
    /// longest phrase that fits.
    pub(super) fn sort(&mut self) {
        for list in self.by_first.values_mut() {
            let phrases = &self.phrases;
            list.sort_by_key(|&i| std::cmp::Reverse(phrases[i as usize].words.len()));
        }
    }

    /// The phrases that start at token `i`, longest first, whose kind `want` accepts.
    /// `lower` is the lower-cased document text (same offsets as the tokens').
    pub(super) fn match_at(
        &self,
        lower: &str,
        tokens: &[Token],
        i: usize,
        want: impl Fn(PhraseKind) -> bool,
    ) -> Option<PhraseMatch> {
        let first = tokens.get(i)?;
        let list = self.by_first.get(first.text(lower))?;
        'phrases: for &id in list {
            let phrase = &self.phrases[id as usize];
            if !want(phrase.kind) {
                continue;
            }
            if i + phrase.words.len() > tokens.len() {
                continue;
            }
            for (k, w) in phrase.words.iter().enumerate().skip(1) {
                let t = &tokens[i + k];
                if t.gap >= Gap::Paragraph
                    || (phrase.glued[k] && t.gap != Gap::None)
                    || t.text(lower) != w
                {
                    continue 'phrases;
                }
            }
            return Some(PhraseMatch {
                kind: phrase.kind,
                len: phrase.words.len(),
            });
        }
        None
    }

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

    /// Whether any phrase starts with this lower-case token text.
    pub(super) fn starts_phrase(&self, word: &str) -> bool {
        self.by_first.contains_key(word)
    }

    /// Every lower-case token text that a phrase of a kind `want` accepts starts with.
    pub(super) fn phrase_starts(&self, want: impl Fn(PhraseKind) -> bool) -> Vec<&str> {
        self.by_first
            .iter()
            .filter(|(_, ids)| ids.iter().any(|&id| want(self.phrases[id as usize].kind)))
            .map(|(w, _)| w.as_str())
            .collect()
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

//! Lists of cue phrases ("a total of", "of whom", "in all"), tokenized once and found by a
//! word of theirs with the one phrase matcher ([`PhraseIndex`], the scanner's), so asking
//! "does a cue start (or end) here?" costs one hash lookup per token rather than a scan of
//! every phrase, word by word, at every token. Lists of single words ([`Words`]) are hashed
//! for the same reason: a reader asks about every token.
//!
//! Both are built once, when the lexicon is read (`rules/relations.toml`,
//! `rules/nouns.toml`), never per document.

use rustc_hash::FxHashSet;

use crate::parse::wordfilter::WordFilter;

use crate::parse::Token;
use crate::parse::lexicon::{PhraseIndex, PhraseMatch};

/// A list of lower-case words, hashed once.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    set: FxHashSet<Box<str>>,
    /// Their fingerprints: readers ask about most tokens, and most are none of the words.
    filter: WordFilter,
}

impl Words {
    /// The words of `list`, in lower case.
    pub(crate) fn new<S: AsRef<str>>(list: impl IntoIterator<Item = S>) -> Self {
        let set: FxHashSet<Box<str>> = list
            .into_iter()
            .map(|w| w.as_ref().to_lowercase().into_boxed_str())
            .collect();
        let filter = WordFilter::new(set.iter().map(|w| w.as_bytes()));
        Words { set, filter }
    }

    /// Whether `word` is one of them.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.filter.may_contain(word.as_bytes()) && self.set.contains(word)
    }
}

/// A list of lower-case cue phrases, found with the parse stage's phrase matcher
/// ([`PhraseIndex`]): each phrase means its place in the list, so that the earliest listed
/// wins where a reader asks for the first.
#[derive(Debug, Clone, Default)]
pub(crate) struct Phrases {
    index: PhraseIndex<u32>,
    /// Each phrase as written in the list (lower case), by its place.
    texts: Vec<Box<str>>,
}

impl Phrases {
    /// Indexes each phrase of `list` (in lower case) by its first and last word.
    pub(crate) fn new<S: AsRef<str>>(list: impl IntoIterator<Item = S>) -> Self {
        let mut phrases = Phrases::default();
        for phrase in list {
            let phrase = phrase.as_ref().to_lowercase();
            let n = phrases.texts.len() as u32;
            phrases.index.add(&phrase, n);
            phrases.texts.push(phrase.into_boxed_str());
        }
        phrases.index.sort();
        phrases
    }

    /// A match as the phrase's text and its length in tokens.
    fn found(&self, m: PhraseMatch<u32>) -> (&str, usize) {
        (&self.texts[m.kind as usize], m.len)
    }

    /// The longest phrase spelled by the tokens from `i` on, with its length in tokens.
    /// `lower` is the lower-cased document text (same offsets as the tokens').
    pub(crate) fn longest_at(
        &self,
        lower: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<(&str, usize)> {
        let m = self.index.match_at(lower, tokens, i, |_| true)?;
        Some(self.found(m))
    }

    /// The first phrase of the list (in its order) spelled by the tokens from `i` on.
    pub(crate) fn first_at(
        &self,
        lower: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<(&str, usize)> {
        let m = self.index.first_at(lower, tokens, i)?;
        Some(self.found(m))
    }

    /// The first phrase of the list (in its order) whose last word is just before token
    /// `i` and whose first is at token `from` or after.
    pub(crate) fn ending_before(
        &self,
        lower: &str,
        tokens: &[Token],
        i: usize,
        from: usize,
    ) -> Option<&str> {
        Some(self.ending_before_len(lower, tokens, i, from)?.0)
    }

    /// As [`Self::ending_before`], with the phrase's length in tokens.
    pub(crate) fn ending_before_len(
        &self,
        lower: &str,
        tokens: &[Token],
        i: usize,
        from: usize,
    ) -> Option<(&str, usize)> {
        let m = self.index.ending_before(lower, tokens, i, from)?;
        Some(self.found(m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::token::tokenize;

    #[test]
    fn the_longest_phrase_at_a_word_wins() {
        let list = Phrases::new(["in all", "in", "in all told"]);
        let text = "38 in all told here";
        let tokens = tokenize(text);
        assert_eq!(list.longest_at(text, &tokens, 1), Some(("in all told", 3)));
        assert_eq!(list.first_at(text, &tokens, 1), Some(("in all", 2)));
        assert_eq!(list.longest_at(text, &tokens, 0), None);
    }

    #[test]
    fn a_phrase_ending_before_a_word_is_found_in_list_order() {
        let list = Phrases::new(["a total of", "total of", "total"]);
        let text = "with a total of 38";
        let tokens = tokenize(text);
        assert_eq!(list.ending_before(text, &tokens, 4, 0), Some("a total of"));
        assert_eq!(list.ending_before(text, &tokens, 4, 2), Some("total of"));
        let text = "total of 38";
        let tokens = tokenize(text);
        assert_eq!(list.ending_before(text, &tokens, 2, 0), Some("total of"));
        assert_eq!(list.ending_before(text, &tokens, 0, 0), None);
    }

    #[test]
    fn a_phrase_cut_by_the_end_of_the_text_does_not_match() {
        let list = Phrases::new(["of whom", "among them"]);
        let text = "40 of";
        assert_eq!(list.longest_at(text, &tokenize(text), 1), None);
    }

    #[test]
    fn a_phrase_with_punctuation_matches_as_the_text_is_tokenized() {
        let list = Phrases::new(["group-wide", "year-on-year"]);
        let text = "7,200 staff group-wide, up 3% year-on-year";
        let tokens = tokenize(text);
        let at = |w: &str| {
            tokens
                .iter()
                .position(|t| t.text(text) == w)
                .expect("a token")
        };
        assert_eq!(
            list.longest_at(text, &tokens, at("group")),
            Some(("group-wide", 3))
        );
        assert_eq!(
            list.longest_at(text, &tokens, at("year")),
            Some(("year-on-year", 5))
        );
    }
}

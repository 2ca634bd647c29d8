//! Lists of cue phrases ("a total of", "of whom", "in all"), split into words once and found
//! by a word of theirs, so asking "does a cue start (or end) here?" costs one hash lookup per
//! token rather than a scan of every phrase, word by word, at every token. Lists of single
//! words ([`Words`]) are hashed for the same reason: a reader asks about every token.
//!
//! Both are built once, when the lexicon is read (`rules/relations.toml`,
//! `rules/nouns.toml`), never per document.

use rustc_hash::{FxHashMap, FxHashSet};

/// A list of lower-case words, hashed once.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words(FxHashSet<Box<str>>);

impl Words {
    /// The words of `list`, in lower case.
    pub(crate) fn new<S: AsRef<str>>(list: impl IntoIterator<Item = S>) -> Self {
        Words(
            list.into_iter()
                .map(|w| w.as_ref().to_lowercase().into_boxed_str())
                .collect(),
        )
    }

    /// Whether `word` is one of them.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

/// One phrase of a list, its words, and its place in the list (earlier wins a tie).
#[derive(Debug, Clone)]
struct Entry {
    phrase: Box<str>,
    words: Box<[Box<str>]>,
}

impl Entry {
    /// Whether the words from `i` on spell this phrase.
    fn spelled_at<'w>(&self, i: usize, word: &impl Fn(usize) -> &'w str) -> bool {
        self.words
            .iter()
            .enumerate()
            .all(|(k, w)| word(i + k) == &**w)
    }
}

/// A list of lower-case phrases, words separated by spaces.
#[derive(Debug, Clone, Default)]
pub(crate) struct Phrases {
    /// Phrases by their first word, in list order.
    by_first: FxHashMap<Box<str>, Vec<usize>>,
    /// Phrases by their last word, in list order.
    by_last: FxHashMap<Box<str>, Vec<usize>>,
    entries: Vec<Entry>,
}

impl Phrases {
    /// Splits each phrase of `list` (in lower case) into its words and indexes it by its
    /// first and last.
    pub(crate) fn new<S: AsRef<str>>(list: impl IntoIterator<Item = S>) -> Self {
        let mut phrases = Phrases::default();
        for phrase in list {
            let phrase = phrase.as_ref().to_lowercase();
            let words: Box<[Box<str>]> = phrase.split_whitespace().map(Box::from).collect();
            let n = phrases.entries.len();
            if let (Some(first), Some(last)) = (words.first(), words.last()) {
                phrases.by_first.entry(first.clone()).or_default().push(n);
                phrases.by_last.entry(last.clone()).or_default().push(n);
            }
            phrases.entries.push(Entry {
                phrase: phrase.into_boxed_str(),
                words,
            });
        }
        phrases
    }

    /// The phrases of the list (in its order) whose first word is `first`.
    fn starting_with(&self, first: &str) -> impl Iterator<Item = &Entry> {
        self.by_first
            .get(first)
            .into_iter()
            .flatten()
            .map(|&n| &self.entries[n])
    }

    /// The longest phrase spelled by the words from `i` on (`word(i)` gives the lower-case
    /// word at `i`, "" past the end), with its length in words.
    pub(crate) fn longest_at<'w>(
        &self,
        i: usize,
        word: impl Fn(usize) -> &'w str,
    ) -> Option<(&str, usize)> {
        self.starting_with(word(i))
            .filter(|e| e.spelled_at(i, &word))
            .max_by_key(|e| e.words.len())
            .map(|e| (&*e.phrase, e.words.len()))
    }

    /// The first phrase of the list (in its order) spelled by the words from `i` on.
    pub(crate) fn first_at<'w>(
        &self,
        i: usize,
        word: impl Fn(usize) -> &'w str,
    ) -> Option<(&str, usize)> {
        self.starting_with(word(i))
            .find(|e| e.spelled_at(i, &word))
            .map(|e| (&*e.phrase, e.words.len()))
    }

    /// The first phrase of the list (in its order) whose last word is just before `i`.
    pub(crate) fn ending_before<'w>(
        &self,
        i: usize,
        word: impl Fn(usize) -> &'w str,
    ) -> Option<&str> {
        let candidates = self.by_last.get(word(i.checked_sub(1)?))?;
        candidates
            .iter()
            .map(|&n| &self.entries[n])
            .find(|e| i >= e.words.len() && e.spelled_at(i - e.words.len(), &word))
            .map(|e| &*e.phrase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn the_longest_phrase_at_a_word_wins() {
        let list = Phrases::new(["in all", "in", "in all told"]);
        let text = words("38 in all told here");
        let at = |i: usize| text.get(i).copied().unwrap_or("");
        assert_eq!(list.longest_at(1, at), Some(("in all told", 3)));
        assert_eq!(list.first_at(1, at), Some(("in all", 2)));
        assert_eq!(list.longest_at(0, at), None);
    }

    #[test]
    fn a_phrase_ending_before_a_word_is_found_in_list_order() {
        let list = Phrases::new(["a total of", "total of", "total"]);
        let text = words("with a total of 38");
        let at = |i: usize| text.get(i).copied().unwrap_or("");
        assert_eq!(list.ending_before(4, at), Some("a total of"));
        let text = words("total of 38");
        let at = |i: usize| text.get(i).copied().unwrap_or("");
        assert_eq!(list.ending_before(2, at), Some("total of"));
        assert_eq!(list.ending_before(0, at), None);
    }

    #[test]
    fn a_phrase_cut_by_the_end_of_the_text_does_not_match() {
        let list = Phrases::new(["of whom", "among them"]);
        let text = words("40 of");
        let at = |i: usize| text.get(i).copied().unwrap_or("");
        assert_eq!(list.longest_at(1, at), None);
    }
}

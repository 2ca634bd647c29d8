//! A bit table over a cheap fingerprint of words (length, first and last byte) that rules
//! out most words before a set or map is hashed. Readers ask about every token of a
//! document; most tokens are ordinary words that no list holds, and this answers "not in
//! the list" for them in a few instructions. A "maybe" still needs the real look-up.

/// Fingerprints are 15 bits: five of the length (capped at 31), five of each end byte.
const BITS: usize = 1 << 15;

/// The fingerprints of a list of words.
#[derive(Debug, Clone)]
pub struct WordFilter {
    bits: Box<[u64]>,
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter {
            bits: vec![0; BITS / 64].into_boxed_slice(),
        }
    }
}

/// The fingerprint of a word's bytes.
#[inline]
fn fingerprint(b: &[u8]) -> usize {
    let (first, last) = (
        b.first().copied().unwrap_or(0),
        b.last().copied().unwrap_or(0),
    );
    (b.len().min(31) << 10) | ((first as usize & 31) << 5) | (last as usize & 31)
}

impl WordFilter {
    /// The filter of `words`.
    pub fn new<S: AsRef<[u8]>>(words: impl IntoIterator<Item = S>) -> Self {
        let mut filter = WordFilter::default();
        for w in words {
            filter.insert(w.as_ref());
        }
        filter
    }

    /// Adds a word.
    pub fn insert(&mut self, word: &[u8]) {
        let f = fingerprint(word);
        self.bits[f / 64] |= 1 << (f % 64);
    }

    /// False when `word` is surely not one of the words; true when it may be.
    #[inline]
    pub fn may_contain(&self, word: &[u8]) -> bool {
        let f = fingerprint(word);
        self.bits[f / 64] & (1 << (f % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_added_may_be_contained_and_most_others_are_not() {
        let words = ["about", "some", "nearly", "dozens", "a", "so"];
        let filter = WordFilter::new(words);
        for w in words {
            assert!(filter.may_contain(w.as_bytes()), "{w}");
        }
        let others = ["the", "of", "and", "hostages", "were", "killed", ""];
        assert!(others.iter().all(|w| !filter.may_contain(w.as_bytes())));
    }
}

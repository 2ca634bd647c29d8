//! The prefilter: one pass over a document's tokens that marks which may start a figure
//! and where the next number-like token is, so the scanner passes most words by with one
//! look-up.

use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap;

use super::numeral::unicode_fraction;
use super::words::{fold_words, starter_words};
use crate::parse::lexicon::{Lexicon, PhraseKind};
use crate::parse::number_words;
use crate::parse::token::{Token, TokenKind};
use crate::parse::wordfilter::WordFilter;

/// What a word token may do, from one look-up per word ([`word_classes`]).
pub(super) const NUMBER_WORD: u8 = 1;
/// A word a figure may start with: number word, month, weekday, lexicon phrase start.
pub(super) const STARTER: u8 = 2;
/// A token the scanner must try: a numeral, a starter word or sign, or a four-letter word
/// with a capital M (see [`token_classes`]). The scan steps over every other token without
/// calling into the grammar.
pub(super) const CANDIDATE: u8 = 4;
/// A word or sign a vague amount starts with ("dozens", "a few", "tens of thousands"):
/// the scanner asks the lexicon for one only there.
pub(super) const VAGUE_START: u8 = 8;

/// Classifies every distinct word the scanner cares about, for one look-up per token.
fn word_classes(lex: &Lexicon) -> FxHashMap<Box<[u8]>, u8> {
    let mut map: FxHashMap<Box<[u8]>, u8> = FxHashMap::default();
    let key = |w: &str| Box::<[u8]>::from(w.as_bytes());
    for w in number_words::all_words() {
        *map.entry(key(w)).or_default() |= NUMBER_WORD | STARTER;
    }
    // multiplier words stand for a number ("sixfold"): hedges reach them too
    // multiplier words count as numbers: "more than sixfold", "more than twice as many"
    for w in fold_words().chain(["twice".to_string(), "thrice".to_string()]) {
        *map.entry(key(&w)).or_default() |= NUMBER_WORD | STARTER;
    }
    for w in starter_words() {
        *map.entry(key(w)).or_default() |= STARTER;
    }
    // only phrases that can open a figure; units, currency words and "or more" follow one
    let opens = |k: PhraseKind| {
        matches!(
            k,
            PhraseKind::HedgeBefore(_) | PhraseKind::Vague(_) | PhraseKind::CurrencyPrefix(_)
        )
    };
    for w in lex.phrase_starts(opens) {
        *map.entry(key(w)).or_default() |= STARTER;
    }
    for w in lex.phrase_starts(|k| matches!(k, PhraseKind::Vague(_))) {
        *map.entry(key(w)).or_default() |= VAGUE_START;
    }
    map
}

/// The word classes, the fingerprint table of their keys, and the classes of the one-byte
/// signs (`NUMBER_WORD` here marks a currency sign).
type WordClasses = (FxHashMap<Box<[u8]>, u8>, WordFilter, [u8; 128]);

fn word_classes_with_filter(lex: &Lexicon) -> WordClasses {
    let map = word_classes(lex);
    let filter = WordFilter::new(map.keys());
    let mut signs = [0u8; 128];
    for (b, class) in signs.iter_mut().enumerate() {
        if let Some(sign) = char::from_u32(b as u32) {
            *class = sign_class(sign.encode_utf8(&mut [0; 4]), lex)
                | map.get(&[b as u8][..]).map_or(0, |c| c & VAGUE_START);
        }
    }
    (map, filter, signs)
}

/// The class of a punctuation mark or symbol: `NUMBER_WORD` for a currency sign or a
/// fraction character (number-like), `STARTER | CANDIDATE` when a figure may start there.
fn sign_class(sign: &str, lex: &Lexicon) -> u8 {
    let currency = lex.currency_symbols.contains_key(sign);
    let fraction = unicode_fraction(sign).is_some();
    let starts = currency
        || fraction
        || matches!(sign, "-" | "–" | "—" | "‒" | "−" | "@")
        || lex.starts_phrase(sign) && !matches!(sign, "," | "." | "(" | ")");
    let mut class = 0;
    if starts {
        class |= STARTER | CANDIDATE;
    }

    if currency || fraction {
        class |= NUMBER_WORD;
    }
    class
}

/// How many lexicons' word classes are kept: a run uses one or two (the built-in one and a
/// `--rules` folder's); a language server that reloads its settings makes more over time.
const CACHED_LEXICONS: usize = 4;

/// The word classes of a lexicon, derived on first use and kept per lexicon identity (a
/// lexicon's phrase tables never change once read), most recent last.
fn cached_word_classes(lex: &Lexicon) -> Arc<WordClasses> {
    static CACHE: Mutex<Vec<(u64, Arc<WordClasses>)>> = Mutex::new(Vec::new());
    let id = lex.id();
    // a poisoned lock only means another thread panicked mid-push: the list is still whole
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, classes)) = cache.iter().find(|(k, _)| *k == id) {
        return Arc::clone(classes);
    }
    let classes = Arc::new(word_classes_with_filter(lex));
    if cache.len() >= CACHED_LEXICONS {
        cache.remove(0);
    }
    cache.push((id, Arc::clone(&classes)));
    classes
}

/// Per token: its word class bits, and the index of the first number-like token at or after
/// it (a numeral, number word or currency sign). `text` is the document as written, `lower`
/// its lower-case copy (same offsets).
pub(super) fn token_classes(
    text: &str,
    lower: &str,
    tokens: &[Token],
    lex: &Lexicon,
) -> (Vec<u8>, Vec<u32>) {
    let derived = cached_word_classes(lex);
    let (classes, filter, signs) = &*derived;
    let mut class = vec![0u8; tokens.len()];
    let mut next = vec![u32::MAX; tokens.len()];
    let mut last = u32::MAX;
    // tokens as bytes: a byte slice needs no check of character boundaries
    let lower_bytes = lower.as_bytes();
    for (i, t) in tokens.iter().enumerate().rev() {
        let word = lower_bytes
            .get(t.start as usize..t.end as usize)
            .unwrap_or_default();
        let numberish = match t.kind {
            TokenKind::Number => {
                class[i] = CANDIDATE;
                true
            }
            TokenKind::Word => {
                let mut c = if word.len() <= 16 && filter.may_contain(word) {
                    classes.get(word).copied().unwrap_or(0)
                } else {
                    0
                };
                // the scanner also tries four-letter words with a capital M (its own reading)
                if c & STARTER != 0
                    || word.len() == 4 && text.as_bytes().get(t.start as usize) == Some(&b'M')
                {
                    c |= CANDIDATE;
                }
                class[i] = c;
                c & NUMBER_WORD != 0
            }
            TokenKind::Symbol | TokenKind::Punct => {
                // signs are one character: the ASCII ones from a table made with the classes
                let c = match word {
                    &[b] if b < 128 => signs[b as usize],
                    _ => {
                        sign_class(t.text(lower), lex)
                            | classes.get(word).map_or(0, |c| c & VAGUE_START)
                    }
                };
                class[i] = c & (STARTER | CANDIDATE | VAGUE_START);
                c & NUMBER_WORD != 0
            }
        };
        if numberish {
            last = i as u32;
        }
        next[i] = last;
    }
    (class, next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::token::tokenize;

    #[test]
    fn number_words_and_hedges_start_figures() {
        let text = "about five of the 12 cats";
        let toks = tokenize(text);
        let (class, next) = token_classes(text, text, &toks, Lexicon::builtin());
        assert_ne!(class[0] & STARTER, 0, "a hedge opens a figure");
        assert_ne!(class[1] & NUMBER_WORD, 0);
        assert_eq!(class[3], 0, "'the' starts nothing");
        assert_eq!(next[0], 1, "the next number after 'about' is 'five'");
        assert_eq!(next[2], 4, "then '12'");
        assert_eq!(next[5], u32::MAX);
    }

    #[test]
    fn a_lexicon_and_its_clone_share_their_classes() {
        let lex = Lexicon::builtin();
        let a = cached_word_classes(lex);
        let b = cached_word_classes(&lex.clone());
        assert!(Arc::ptr_eq(&a, &b));
    }
}

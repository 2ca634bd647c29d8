//! Sentences: token ranges that survive "U.S.", "Mr.", "Jan.", "No. 10", "2.3", initials,
//! quotes and headlines without a full stop.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::block::Block;
use super::token::{Gap, Token, TokenKind, short_lower_is};
use crate::source::Span;

/// A sentence: a range of tokens, its byte span, its paragraph and whether it is (part of)
/// the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First token index.
    pub first: u32,
    /// One past the last token index.
    pub last: u32,
    pub span: Span,
    /// 0-based paragraph number (blank lines and block ends count).
    pub paragraph: u32,
    pub headline: bool,
    /// The table row, list item or live-blog entry it stands in, if any (set by
    /// [`super::block::mark`]).
    pub block: Option<Block>,
    /// A piece of a sentence that ran over [`MAX_SENTENCE_TOKENS`] (a text without
    /// sentence ends: a list, a dump of figures), cut into pieces of that many tokens.
    pub capped: bool,
}

/// The most tokens read as one sentence. No sentence of prose comes near it; a text
/// without sentence ends would otherwise be one sentence, and the parser and the claims
/// read figures against their sentence's others. A longer sentence is cut into pieces of
/// this many tokens ([`Sentence::capped`]), so every text is read in linear time and in
/// pieces that can be read side by side.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Words that a full stop follows without ending the sentence when a capital follows:
/// titles, month and other abbreviations.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "cpl", "gov", "sen",
    "rep", "rev", "hon", "no", "nos", "nr", "nrs", "vs", "v", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "vol", "pp", "approx",
    "est", "ave", "blvd", "rd", "supt", "insp", "det", "adm", "maj", "brig", "cmdr", "mssrs",
    "messrs", "jr", "sr", "op", "ed", "eds", "dept", "univ", "assn", "bros", "max", "min", "cf",
    "e.g", "i.e", "al", "ca", "c", "rs",
];

/// Capitalised words that usually open a sentence: after "U.S." or "Inc." one of these
/// means the full stop also ended the sentence.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "it",
    "he",
    "she",
    "they",
    "we",
    "but",
    "and",
    "this",
    "that",
    "there",
    "i",
    "on",
    "at",
    "for",
    "as",
    "his",
    "her",
    "its",
    "their",
    "our",
    "after",
    "when",
    "while",
    "if",
    "some",
    "many",
    "mr",
    "mrs",
    "ms",
    "however",
    "meanwhile",
    "so",
    "yet",
    "officials",
    "last",
    "earlier",
    "later",
    "now",
    "then",
    "these",
    "those",
    "one",
    "what",
    "why",
    "how",
    "who",
    "no",
    "both",
    "analysts",
];

/// Company suffixes after which a full stop ends the sentence only before an opener.
const COMPANY_SUFFIXES: &[&str] = &["inc", "ltd", "co", "corp", "plc", "etc", "bros"];

/// A word list hashed once: the splitter asks about a word at every full stop.
type WordSet = LazyLock<FxHashSet<&'static str>>;
static TITLE_SET: WordSet = LazyLock::new(|| TITLES.iter().copied().collect());
static OPENER_SET: WordSet = LazyLock::new(|| OPENERS.iter().copied().collect());
static COMPANY_SET: WordSet = LazyLock::new(|| COMPANY_SUFFIXES.iter().copied().collect());

/// Whether the token's text is one of `words` (lower case), ignoring ASCII case. No entry
/// is longer than ten bytes, so longer words are rejected before lower-casing.
fn is_one_of(text: &str, t: &Token, words: &FxHashSet<&'static str>) -> bool {
    short_lower_is(t.text(text), |w| words.contains(w))
}

fn starts_upper_or_digit(text: &str, t: &Token) -> bool {
    t.text(text)
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn starts_lower(text: &str, t: &Token) -> bool {
    t.text(text).chars().next().is_some_and(char::is_lowercase)
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

/// Whether a full stop at token `i` ends the sentence.
fn full_stop_ends(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut next = i + 1;
    while next < tokens.len() && tokens[next].gap == Gap::None && is_closer(tokens[next].text(text))
    {
        next += 1;
    }
    let Some(after) = tokens.get(next) else {
        return true;
    };
    if after.gap == Gap::None && after.kind != TokenKind::Punct {
        return false; // "U.S" inner dot, "e.g"
    }
    if starts_lower(text, after) {
        return false;
    }
    if i == 0 || tokens[i].gap != Gap::None {
        return true;
    }
    let prev = &tokens[i - 1];
    if prev.kind != TokenKind::Word {
        return true;
    }
    let acronym = i >= 2
        && tokens[i - 2].text(text) == "."
        && prev.gap == Gap::None
        && prev.text(text).chars().count() == 1;
    let opener = || is_one_of(text, after, &OPENER_SET);
    if acronym || is_one_of(text, prev, &COMPANY_SET) {
        return opener() || after.kind == TokenKind::Punct && !is_closer(after.text(text));
    }
    if prev.text(text).chars().count() == 1 && prev.text(text).chars().all(char::is_uppercase) {
        // an initial: "J. K. Rowling"
        return !starts_upper_or_digit(text, after) || opener();
    }
    if is_one_of(text, prev, &TITLE_SET) {
        // "Downing St. It rained": an abbreviation can end a sentence too
        return opener();
    }
    true
}

/// Splits a token stream into sentences.
///
/// `soft_newlines`: single line ends inside a paragraph do not end sentences (Markdown),
/// except before a list item ("- ", "1. ", `<li>` in `original`, the input before its markup
/// was blanked, same offsets): items written without a full stop are sentences of their own.
/// In plain text a line end ends a sentence unless both sides look mid-sentence.
pub fn split(
    text: &str,
    original: &str,
    tokens: &[Token],
    soft_newlines: bool,
    title: Option<Span>,
) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut paragraph = 0u32;
    let mut first = 0usize;
    let in_title = |t: &Token| title.is_some_and(|s| t.start >= s.start && t.end <= s.end);
    let close = |first: usize, last: usize, paragraph: u32, out: &mut Vec<Sentence>| {
        let capped = last.saturating_sub(first) > MAX_SENTENCE_TOKENS;
        let mut from = first;
        while from < last {
            let to = (from + MAX_SENTENCE_TOKENS).min(last);
            let span = Span::new(tokens[from].start as usize, tokens[to - 1].end as usize);
            out.push(Sentence {
                first: from as u32,
                last: to as u32,
                span,
                paragraph,
                headline: in_title(&tokens[first]),
                block: None,
                capped,
            });
            from = to;
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if i > first {
            let prev = &tokens[i - 1];
            // most tokens follow a space inside a sentence: nothing to decide
            let past_title = title.is_none_or(|s| prev.start >= s.end);
            if t.gap <= Gap::Space && past_title && t.kind != TokenKind::Punct {
                i += 1;
                continue;
            }
            let boundary = match t.gap {
                Gap::Paragraph => true,
                Gap::Newline if !soft_newlines => {
                    let prev_text = prev.text(text);
                    let mid = prev_text
                        .chars()
                        .last()
                        .is_some_and(|c| c.is_lowercase() || c == ',' || c == '-')
                        && (starts_lower(text, t) || t.kind == TokenKind::Number);
                    !mid
                }
                Gap::Newline => opens_item(original, t.start as usize),
                _ => false,
            } || in_title(prev) != in_title(t);
            if boundary {
                close(first, i, paragraph, &mut sentences);
                if t.gap == Gap::Paragraph {
                    paragraph += 1;
                }
                first = i;
            }
        }
        if t.kind != TokenKind::Punct {
            i += 1;
            continue;
        }
        let s = t.text(text);
        if matches!(s, "." | "!" | "?" | "…") {
            let ends = s != "." || full_stop_ends(text, tokens, i);
            if ends {
                let mut end = i + 1;
                while end < tokens.len()
                    && tokens[end].gap == Gap::None
                    && (is_closer(tokens[end].text(text))
                        || matches!(tokens[end].text(text), "." | "!" | "?"))
                {
                    end += 1;
                }
                close(first, end, paragraph, &mut sentences);
                first = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    close(first, tokens.len(), paragraph, &mut sentences);
    sentences
}

/// The sentences cut into runs of whole sentences of at least `min_tokens` tokens each
/// (the last may hold fewer), as ranges of sentence indices: the pieces a long document is
/// read in side by side.
pub fn pieces(sentences: &[Sentence], min_tokens: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut tokens = 0;
    for (n, s) in sentences.iter().enumerate() {
        tokens += (s.last - s.first) as usize;
        if tokens >= min_tokens {
            out.push(start..n + 1);
            start = n + 1;
            tokens = 0;
        }
    }
    if start < sentences.len() {
        out.push(start..sentences.len());
    }
    out
}

/// Whether the line holding byte `at` of `original` opens a list item.
fn opens_item(original: &str, at: usize) -> bool {
    let start = original
        .get(..at)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |n| n + 1);
    original
        .get(start..)
        .is_some_and(|line| super::block::list_marker(line.trim_start()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::token::tokenize;

    fn sentences(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        split(text, text, &toks, false, None)
            .iter()
            .map(|s| &text[s.span.range()])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Smith met U.S. officials on Jan. 5 at No. 10 Downing St. It rained."),
            [
                "Mr. Smith met U.S. officials on Jan. 5 at No. 10 Downing St.",
                "It rained."
            ]
        );
    }

    #[test]
    fn acronyms_end_sentences_before_an_opener() {
        assert_eq!(
            sentences("He flew to the U.S. The trip cost $2.3 million."),
            ["He flew to the U.S.", "The trip cost $2.3 million."]
        );
    }

    #[test]
    fn quotes_and_initials() {
        assert_eq!(
            sentences("\"It is over.\" J. K. Rowling said 5 were hurt."),
            ["\"It is over.\"", "J. K. Rowling said 5 were hurt."]
        );
    }

    #[test]
    fn headlines_and_paragraphs() {
        let text = "Toll rises to 12\n\nThe storm killed 12 people. Rescue\nwork goes on";
        let toks = tokenize(text);
        let s = split(text, text, &toks, false, Some(Span::new(0, 16)));
        assert_eq!(s.len(), 3);
        assert!(s[0].headline && !s[1].headline);
        assert_eq!(&text[s[2].span.range()], "Rescue\nwork goes on");
        assert_eq!(s[2].paragraph, 1);
    }

    #[test]
    fn pieces_hold_whole_sentences_in_order() {
        let text = "One 1. Two 2 2. Three 3 3 3. Four.";
        let toks = tokenize(text);
        let s = split(text, text, &toks, false, None);
        assert_eq!(pieces(&s, 5), [0..2, 2..3, 3..4]);
        assert_eq!(pieces(&s, 100), vec![std::ops::Range { start: 0, end: 4 }]);
        assert!(pieces(&[], 5).is_empty());
    }

    #[test]
    fn a_runaway_sentence_is_cut_into_capped_pieces() {
        let text = "1, ".repeat(MAX_SENTENCE_TOKENS) + "2. Then 3 came.";
        let toks = tokenize(&text);
        let s = split(&text, &text, &toks, false, None);
        // 2 * MAX + 2 tokens of the first sentence: two full pieces and a short one
        assert_eq!(s.len(), 4);
        assert!(s[..3].iter().all(|p| p.capped) && !s[3].capped);
        assert_eq!(s[0].last - s[0].first, MAX_SENTENCE_TOKENS as u32);
        assert_eq!(s[1].first, s[0].last);
        assert_eq!(&text[s[2].span.range()], "2.");
        assert_eq!(&text[s[3].span.range()], "Then 3 came.");
    }
}

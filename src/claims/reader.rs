//! The claims reader: a document's tokens and figures as the claims stage reads them, and
//! what it reads of each figure (the noun it counts, the event that happened to it).

use super::ClaimLexicon;
use crate::parse::{Figure, Parsed, TokenKind};

/// Token range `[first, last)` of each figure. Figures come in text order, so the tokens
/// are walked once alongside them (a search per figure strays over the whole token list of
/// a text dense with figures); a figure that starts before the one before it is searched.
pub(super) fn token_ranges(parsed: &Parsed) -> Vec<(usize, usize)> {
    let tokens = &parsed.tokens;
    let mut at = 0;
    parsed
        .figures
        .iter()
        .map(|f| {
            let before = |i: usize, offset: u32| tokens.get(i).is_some_and(|t| t.start < offset);
            if at > 0 && !before(at - 1, f.span.start) {
                at = tokens.partition_point(|t| t.start < f.span.start);
            }
            while before(at, f.span.start) {
                at += 1;
            }
            let first = at;
            let mut last = first;
            while before(last, f.span.end) {
                last += 1;
            }
            (first, last.max(first + 1).min(tokens.len()))
        })
        .collect()
}

/// A parsed document as the claims stage reads it: tokens, figures, the lexicons, and the
/// token range of each figure.
pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) parsed: &'a Parsed,
    pub(super) lex: &'a ClaimLexicon,
    /// Token range `[first, last)` of each figure.
    pub(super) ranges: &'a [(usize, usize)],
}

impl<'a> Reader<'a> {
    pub(super) fn w(&self, i: usize) -> &'a str {
        self.parsed
            .tokens
            .get(i)
            .map_or("", |t| t.text(&self.parsed.lower))
    }

    pub(super) fn raw(&self, i: usize) -> &'a str {
        self.parsed.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.parsed
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub(super) fn fig(&self, k: usize) -> &'a Figure {
        &self.parsed.figures[k]
    }

    /// Token range of the sentence holding figure `k` (of its piece, in a sentence cut at
    /// [`MAX_SENTENCE_TOKENS`](super::MAX_SENTENCE_TOKENS)).
    pub(super) fn sentence_bounds(&self, k: usize) -> (usize, usize) {
        let s = &self.parsed.sentences[self.fig(k).sentence as usize];
        (s.first as usize, s.last as usize)
    }

    /// The noun a figure counts: the first noun after it, past adjectives; for a fraction
    /// or vague share, the noun after "of".
    pub(super) fn counted_noun(&self, k: usize) -> Option<(String, Option<String>)> {
        let (_, last) = self.ranges[k];
        let (_, bound) = self.sentence_bounds(k);
        let mut j = last;
        // a count made an adjective counts the noun it is joined to: "a 24-bed unit", "the
        // 260-home scheme"
        let glued = |i: usize| {
            self.parsed
                .tokens
                .get(i)
                .is_some_and(|t| t.gap == crate::parse::Gap::None)
        };
        // ("half-time", "one-way" and "12-strong" are words of their own)
        let many = self.fig(k).kind == crate::parse::FigureKind::Count
            && self.fig(k).value.is_some_and(|v| v >= 2.0);
        let adjective = matches!(self.w(j + 1), "strong" | "time" | "way" | "odd" | "plus");
        if many && !adjective && self.w(j) == "-" && glued(j) && glued(j + 1) && self.is_word(j + 1)
        {
            j += 1;
        }
        let mut qualifier = None;
        for _ in 0..5 {
            if j >= bound || !self.is_word(j) {
                return None;
            }
            let w = self.w(j);
            let raw = self.raw(j);
            let capital = raw.chars().next().is_some_and(char::is_uppercase);
            let next_is_word = j + 1 < bound && self.is_word(j + 1);
            // a possessive names whose, not what: "6 of the region's 11 lines"
            if w.ends_with("'s") || w.ends_with("\u{2019}s") {
                j += 1;
                continue;
            }
            if self.lex.noun_skip.contains(w)
                || (capital && next_is_word && !self.raw(j + 1).starts_with(char::is_uppercase))
            {
                if capital || matches!(w, "israeli" | "palestinian" | "british" | "american") {
                    qualifier = Some(raw.to_string());
                }
                j += 1;
                continue;
            }
            if self.lex.noun_ends.contains(w) || self.lex.event(w).is_some() && !w.ends_with('s') {
                return None;
            }
            if w.len() < 3 {
                return None;
            }
            return Some((self.lex.lemma(w), qualifier));
        }
        None
    }

    /// The event class of the nearest event word in the figure's clause.
    pub(super) fn event(&self, k: usize) -> Option<String> {
        let (first, last) = self.ranges[k];
        let (start, bound) = self.sentence_bounds(k);
        let mut best: Option<(usize, &str)> = None;
        // before: "killed around 1,200", "the remaining 59"
        for d in 1..=4 {
            let Some(i) = first.checked_sub(d).filter(|&i| i >= start) else {
                break;
            };
            if matches!(self.raw(i), "." | ";" | ":") {
                break;
            }
            if let Some(e) = self
                .lex
                .event_at(&self.parsed.lower, &self.parsed.tokens, i)
            {
                best = Some((d, e));
                break;
            }
        }
        // after: "251 hostages being taken", "1,200 people were killed"
        for d in 0..8 {
            let i = last + d;
            if i >= bound || matches!(self.raw(i), "." | ";" | ":") {
                break;
            }
            if let Some(e) = self
                .lex
                .event_at(&self.parsed.lower, &self.parsed.tokens, i)
            {
                if best.is_none_or(|(bd, _)| d + 1 < bd) {
                    best = Some((d + 1, e));
                }
                break;
            }
        }
        if let Some((_, e)) = best {
            return Some(e.to_string());
        }
        // no event word known: a past-tense verb right before the figure names what
        // happened ("protesters blocked 140 roads"), as itself
        let verb = first
            .checked_sub(1)
            .filter(|&i| i >= start)
            .map(|i| self.w(i))?;
        (verb.len() > 4 && verb.ends_with("ed") && self.is_word(first - 1))
            .then(|| verb.to_string())
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::relations::tests::read;

    /// What each figure of `text` counts, by its written text.
    fn counts(text: &str) -> Vec<(String, Option<String>)> {
        let (parsed, claims) = read(text);
        parsed
            .figures
            .iter()
            .zip(&claims.claims)
            .map(|(f, c)| (text[f.span.range()].to_string(), c.counts.clone()))
            .collect()
    }

    #[test]
    fn a_count_made_an_adjective_counts_the_noun_it_is_joined_to() {
        assert_eq!(
            counts("The trust will open a 24-bed unit."),
            vec![("24".to_string(), Some("bed".to_string()))]
        );
        assert_eq!(
            counts("Councillors backed the 260-home scheme."),
            vec![("260".to_string(), Some("home".to_string()))]
        );
        // words of their own: no count of "strong" or "way"
        assert_eq!(
            counts("A 12-strong squad left."),
            vec![("12".to_string(), None)]
        );
    }
}

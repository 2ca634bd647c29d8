//! The relations a sentence states between its figures. Each reader looks for one
//! construction in a bounded window of tokens, so the whole pass is linear in the sentence.

mod accounts;
mod apposition;
mod breakdown;
mod calendar;
mod change;
mod compared;
mod conversions;
mod headline_named;
mod including;
mod levels;
mod listed_parts;
mod multiples;
mod part_of;
mod partition;
mod rate_changes;
mod sets;
mod shares;
mod side_by_side;
mod totals;
mod vague_apposition;

use super::phrases::Phrases;
use super::{Claim, Reader, Relation};
use crate::parse::FigureKind;

/// The tokens between two figures, as [`Reader::gap`] gives them (lower case).
#[derive(Clone, Copy)]
pub(super) struct Gap<'r, 'a> {
    reader: &'r Reader<'a>,
    from: usize,
    to: usize,
}

impl<'a> Gap<'_, 'a> {
    /// How many tokens.
    fn len(&self) -> usize {
        self.to - self.from
    }

    /// The token texts in order.
    fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        (self.from..self.to).map(|i| self.reader.w(i))
    }

    /// Whether the tokens are exactly `words`.
    fn is(&self, words: &[&str]) -> bool {
        self.len() == words.len() && self.iter().zip(words).all(|(t, w)| t == *w)
    }

    /// Whether `first` is followed at once by `second` somewhere in the gap.
    fn has_pair(&self, first: &str, second: &str) -> bool {
        (self.from + 1..self.to)
            .any(|i| self.reader.w(i - 1) == first && self.reader.w(i) == second)
    }
}

impl<'a> Reader<'a> {
    /// The longest of `phrases` spelled from token `i`, with its length in tokens.
    pub(super) fn any_phrase_at<'p>(
        &self,
        i: usize,
        phrases: &'p Phrases,
    ) -> Option<(&'p str, usize)> {
        phrases.longest_at(&self.parsed.lower, &self.parsed.tokens, i)
    }

    /// The phrase of `phrases` that ends just before token `i`.
    fn phrase_before<'p>(&self, i: usize, phrases: &'p Phrases) -> Option<&'p str> {
        phrases.ending_before(&self.parsed.lower, &self.parsed.tokens, i, 0)
    }

    /// Token texts strictly between figures `a` and `b` (lower case), read in place:
    /// readers ask about the gap of every pair of neighbouring figures.
    fn gap(&self, a: usize, b: usize) -> Gap<'_, 'a> {
        Gap {
            reader: self,
            from: self.ranges[a].1,
            to: self.ranges[b].0.max(self.ranges[a].1),
        }
    }

    fn kind(&self, k: usize) -> FigureKind {
        self.fig(k).kind
    }

    /// Whether two figures measure the same sort of thing (kind and unit).
    fn comparable(&self, a: usize, b: usize) -> bool {
        let (fa, fb) = (self.fig(a), self.fig(b));
        fa.kind == fb.kind && fa.unit == fb.unit && fa.interval.is_some() && fb.interval.is_some()
    }

    /// Like [`Self::comparable`], but a bare count may borrow the unit of the other side:
    /// "from 2 million to 9 million tonnes", "from 38 weeks to 25".
    fn comparable_loose(&self, a: usize, b: usize) -> bool {
        let (fa, fb) = (self.fig(a), self.fig(b));
        self.comparable(a, b)
            || (fa.interval.is_some()
                && fb.interval.is_some()
                && (fa.kind == FigureKind::Count) != (fb.kind == FigureKind::Count)
                && [fa.kind, fb.kind].iter().all(|k| {
                    matches!(
                        k,
                        FigureKind::Count
                            | FigureKind::Money
                            | FigureKind::Measure
                            | FigureKind::Duration
                    )
                }))
    }

    fn is_amount(&self, k: usize) -> bool {
        matches!(self.kind(k), FigureKind::Count | FigureKind::Money)
            && self.fig(k).interval.is_some()
    }

    /// "24 of the 59", "three out of 10": the figure right after "of" / "out of" (and up to
    /// two determiners or adjectives) that follows figure `figs[t]`, if any.
    fn base_after_of(&self, figs: &[usize], t: usize) -> Option<usize> {
        let j = self.ranges[figs[t]].1;
        let of = if self.w(j) == "of" {
            j + 1
        } else if self.w(j) == "out" && self.w(j + 1) == "of" {
            j + 2
        } else {
            return None;
        };
        let mut b = of;
        // "of the remaining 59", and a possessive that names whose ("of the town's 9,000")
        while (self.lex.relations.base_skip.contains(self.w(b)) || self.possessive(b)) && b < of + 3
        {
            b += 1;
        }
        // a name in the possessive: "of Brayford Logistics' 1,800 staff", "of Acme Ltd's
        // 300 staff"
        let mut n = b;
        while n < b + 4 && self.is_word(n) && self.raw(n).starts_with(char::is_uppercase) {
            n += 1;
        }
        if n > b {
            if matches!(self.raw(n), "'" | "\u{2019}") {
                n += 1;
            }
            if self.possessive(n - 1) || matches!(self.raw(n - 1), "'" | "\u{2019}") {
                b = n;
            }
        }
        figs.get(t + 1).copied().filter(|&w| self.ranges[w].0 == b)
    }

    /// Whether token `i` is a possessive word ("town's", "region’s").
    fn possessive(&self, i: usize) -> bool {
        let w = self.w(i);
        self.is_word(i) && (w.ends_with("'s") || w.ends_with("\u{2019}s"))
    }

    /// Skips the noun phrase after figure `k` (up to `max` words): the index after it.
    fn after_noun(&self, k: usize, max: usize) -> usize {
        let mut j = self.ranges[k].1;
        let bound = self.sentence_bounds(k).1;
        let mut n = 0;
        while j < bound && n < max && self.is_word(j) {
            let w = self.w(j);
            if matches!(
                w,
                "and" | "or" | "in" | "of" | "including" | "among" | "were" | "was"
            ) || self.lex.relations.total_after_starts.contains(w)
            {
                break;
            }
            j += 1;
            n += 1;
        }
        j
    }
}

/// Reads the relations of one sentence whose figures are `figs` (document indices, in order).
pub(super) fn read(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    totals::totals(r, figs, out);
    including::including(r, figs, out);
    part_of::part_of(r, figs, out);
    shares::shares(r, figs, out);
    apposition::apposed_shares(r, figs, out);
    breakdown::breakdowns(r, figs, out);
    rate_changes::rate_changes(r, figs, out);
    change::changes(r, figs, out);
    levels::levels_after_colon(r, figs, out);
    side_by_side::side_by_side(r, figs, out);
    partition::partition(r, figs, out);
    conversions::conversions(r, figs, out);
    calendar::calendar(r, figs, out);
    vague_apposition::vague_apposition(r, figs, out);
    listed_parts::listed_parts(r, figs, out);
}

/// Reads the relations across sentences that name their figures by other words than the
/// links of `document.rs` (after them, so as not to repeat them): closed accounts of any
/// thing, sets named again by another noun, a headline's named percentage or sum.
pub(super) fn read_across(r: &Reader, claims: &[Claim], out: &mut Vec<Relation>) {
    accounts::accounts(r, claims, out);
    sets::sets(r, claims, out);
    headline_named::headline_named(r, claims, out);
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::claims::Claims;
    use crate::parse::Parsed;

    /// Parses and reads `text` as a plain-text document with the built-in rules.
    pub(crate) fn read(text: &str) -> (Parsed, Claims) {
        let doc = crate::source::Document::from_text("test.txt", text);
        crate::read(&doc, &crate::config::Config::default())
    }

    /// The relations read in `text` that `pick` keeps, given each figure's written text:
    /// what a reader's tests compare with the figures they expect.
    pub(crate) fn relations_in<T>(
        text: &str,
        pick: impl Fn(&crate::claims::Relation, &dyn Fn(usize) -> String) -> Option<T>,
    ) -> Vec<T> {
        let (parsed, claims) = read(text);
        let written = |k: usize| text[parsed.figures[k].span.range()].to_string();
        claims
            .relations
            .iter()
            .filter_map(|rel| pick(rel, &written))
            .collect()
    }

    /// The relations of record kind `kind` (`"share"`, `"total"`, ...) read in `text`,
    /// each as the written texts of its figures in the record's order, with its cue.
    pub(crate) fn recorded(text: &str, kind: &str) -> Vec<(Vec<String>, Option<String>)> {
        relations_in(text, |rel, written| {
            let rec = rel.record();
            (rec.kind == kind).then(|| (rec.figures.iter().map(|&k| written(k)).collect(), rec.cue))
        })
    }

    /// [`recorded`] without the cues.
    pub(crate) fn figures_of(text: &str, kind: &str) -> Vec<Vec<String>> {
        recorded(text, kind).into_iter().map(|(f, _)| f).collect()
    }

    /// One relation's figures, as [`figures_of`] gives them.
    pub(crate) fn one(figures: &[&str]) -> Vec<Vec<String>> {
        vec![figures.iter().map(|f| f.to_string()).collect()]
    }
}

//! A cursor over one sentence's tokens: the token access every reader of figures shares.
//! Past the sentence's end every accessor answers "nothing", so readers may look ahead
//! freely.

use super::model::{Figure, FigureKind};
use super::numeral::parse_numeral;
use crate::numeric::{Interval, Numeral};
use crate::parse::lexicon::Lexicon;
use crate::parse::token::{Gap, Token, TokenKind};
use crate::source::Span;

/// The tokens of one sentence, with the text they index and the lexicons to read them by.
#[derive(Clone, Copy)]
pub(super) struct Cursor<'a> {
    pub text: &'a str,
    /// The text lower-cased (ASCII only): same offsets.
    pub lower: &'a str,
    pub toks: &'a [Token],
    pub lex: &'a Lexicon,
    /// First token of the sentence.
    pub first: usize,
    /// One past the last token of the sentence.
    pub bound: usize,
}

impl<'a> Cursor<'a> {
    /// Token `i`, `None` past the sentence.
    pub fn tok(&self, i: usize) -> Option<&'a Token> {
        if i < self.bound {
            self.toks.get(i)
        } else {
            None
        }
    }

    /// Lower-case text of token `i`, "" past the sentence.
    pub fn w(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| t.text(self.lower))
    }

    /// Text of token `i` as written.
    pub fn raw(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| t.text(self.text))
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tok(i).map(|t| t.kind)
    }

    /// Whether token `i` touches the one before it.
    pub fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.gap == Gap::None)
    }

    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    /// Lower-case text of the token before `i` in the sentence, "" at its start.
    pub fn prev_w(&self, i: usize) -> &'a str {
        if i > self.first { self.w(i - 1) } else { "" }
    }

    /// The byte span of tokens `from..to` (`to` past `from`).
    pub fn span(&self, from: usize, to: usize) -> Span {
        Span::new(
            self.toks[from].start as usize,
            self.toks[to - 1].end as usize,
        )
    }

    pub fn is_dash(&self, i: usize) -> bool {
        matches!(self.raw(i), "-" | "–" | "—" | "‒")
    }

    /// A numeral token: its value and precision, or `None` if it is not one number
    /// (dotted IP addresses and versions).
    pub fn numeral(&self, i: usize) -> Option<Numeral> {
        parse_numeral(self.raw(i))
    }

    /// Whether the dash at `i` is a minus sign after a number rather than a range's dash:
    /// spaced from the number before, glued to the one after, and that one a percentage or
    /// smaller than the first ("Stoxx 50 -1.3%"; but "75 -300mm" is a range).
    pub fn is_spaced_minus(&self, i: usize) -> bool {
        if !self.is_dash(i) && self.raw(i) != "−" || self.glued(i) || !self.glued(i + 1) {
            return false;
        }
        let (Some(before), Some(after)) = (
            i.checked_sub(1)
                .and_then(|p| self.numeral(p).filter(|_| p >= self.first)),
            self.numeral(i + 1).filter(|_| self.is_num(i + 1)),
        ) else {
            return false;
        };
        matches!(self.w(i + 2), "%" | "percent" | "pct") || after.value < before.value
    }

    /// The phrase over tokens `from..to` as written, lower case, single-spaced.
    pub fn phrase(&self, from: usize, to: usize) -> String {
        let mut s = String::new();
        for k in from..to {
            if k > from && self.toks[k].gap != Gap::None {
                s.push(' ');
            }
            s.push_str(self.w(k));
        }
        s
    }
}

/// The absolute tolerance of a share written as a fraction ("half" is 0.47 to 0.53).
const FRACTION_HALO: f64 = 0.03;

/// The interval of a share written as a fraction: ± [`FRACTION_HALO`], kept within none
/// and all of the whole when the share itself is.
fn share_interval(v: f64) -> Interval {
    let lo = v - FRACTION_HALO;
    let hi = v + FRACTION_HALO;
    Interval::new(
        if v >= 0.0 { lo.max(0.0) } else { lo },
        if v <= 1.0 { hi.min(1.0) } else { hi },
    )
}

/// The figure constructors every reader shares: a figure's span is the cursor's tokens,
/// its rounding interval the lexicon's.
impl Cursor<'_> {
    /// Builds a figure over tokens `from..to`.
    pub fn make(
        &self,
        from: usize,
        to: usize,
        kind: FigureKind,
        numeral: Numeral,
        unit: Option<String>,
    ) -> Figure {
        let interval = match kind {
            FigureKind::Percent | FigureKind::PercentagePoints => numeral.percent_rounding(),
            // a duration is counted, not estimated: "100 days" is not a round figure
            FigureKind::Duration if !numeral.rounded => Interval::exact(numeral.value),
            // "per 100,000" is the base of a rate, exact by definition
            FigureKind::Fraction
            | FigureKind::Ordinal
            | FigureKind::Age
            | FigureKind::Year
            | FigureKind::Denominator => {
                if kind == FigureKind::Fraction && !numeral.is_fraction() {
                    // "half", "two-thirds", "one in five": the share ± 0.03 (SEMANTICS.md),
                    // never past none or all of it ("one in 50" is 0 to 0.05, not from
                    // -0.01); a fraction written in digits ("1/32", "3⁄16") is exact
                    share_interval(numeral.value)
                } else {
                    Interval::exact(numeral.value)
                }
            }
            _ => numeral.rounding(self.lex.round_min),
        };
        Figure {
            span: self.span(from, to),
            kind,
            value: Some(numeral.value),
            interval: Some(interval),
            unit,
            hedge: None,
            hedge_kind: None,
            numeral: Some(numeral),
            ratio: None,
            date: None,
            sentence: 0,
            headline: false,
        }
    }

    /// A figure over tokens `from..to` with no value (see [`Figure::marker`]).
    pub fn marker(&self, from: usize, to: usize, kind: FigureKind) -> Figure {
        Figure::marker(self.span(from, to), kind)
    }
}

/// Runs `f` over a cursor on the whole of `text` with the built-in lexicons (for tests of
/// the readers).
#[cfg(test)]
pub(super) fn with_cursor<R>(text: &str, f: impl FnOnce(&Cursor) -> R) -> R {
    let lower = text.to_ascii_lowercase();
    let toks = crate::parse::token::tokenize(text);
    let c = Cursor {
        text,
        lower: &lower,
        toks: &toks,
        lex: Lexicon::builtin(),
        first: 0,
        bound: toks.len(),
    };
    f(&c)
}

/// A figure as a test sees it: its text, kind and value.
#[cfg(test)]
pub(super) type ReadFigure = (String, FigureKind, Option<f64>);

/// Runs a reader over the whole of `text` at the token whose text is `at` (the first such):
/// the figures it pushed, as (text, kind, value), and the end it returned.
#[cfg(test)]
pub(super) fn read_at(
    text: &str,
    at: &str,
    reader: impl FnOnce(&Cursor, usize, &mut Vec<Figure>) -> Option<usize>,
) -> (Vec<ReadFigure>, Option<usize>) {
    with_cursor(text, |c| {
        let i = (0..c.bound).find(|&k| c.raw(k) == at).expect("the token");
        let mut out = Vec::new();
        let end = reader(c, i, &mut out);
        let figs = out
            .iter()
            .map(|f| (text[f.span.range()].to_string(), f.kind, f.value))
            .collect();
        (figs, end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::token::tokenize;

    #[test]
    fn nothing_past_the_sentence() {
        let text = "About 5 km.";
        let lower = text.to_ascii_lowercase();
        let toks = tokenize(text);
        let c = Cursor {
            text,
            lower: &lower,
            toks: &toks,
            lex: Lexicon::builtin(),
            first: 0,
            bound: 2,
        };
        assert_eq!((c.w(0), c.raw(0), c.prev_w(0)), ("about", "About", ""));
        assert!(c.is_num(1) && !c.glued(1));
        assert_eq!((c.w(2), c.tok(2).is_none()), ("", true));
        assert_eq!(c.numeral(1).map(|n| n.value), Some(5.0));
        assert_eq!(c.phrase(0, 2), "about 5");
    }

    #[test]
    fn a_share_in_words_stays_between_none_and_all() {
        for (text, lo, hi) in [
            ("one in 50 adults", 0.0, 0.05),
            ("about one in 40 homes", 0.0, 0.055),
            ("half the staff", 0.47, 0.53),
            ("99 in 100 voters", 0.96, 1.0),
        ] {
            let f = &crate::parse::figures_in(text)[0];
            let iv = f.interval.expect("an interval");
            assert!(
                (iv.lo - lo).abs() < 1e-9 && (iv.hi - hi).abs() < 1e-9,
                "{text}: {iv:?}"
            );
        }
    }
}

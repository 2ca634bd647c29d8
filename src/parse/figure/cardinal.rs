//! The cardinal grammar: a whole number in digits and/or words ("1,200", "twenty-one",
//! "one hundred and five", "4 thousand 3 hundred and 21", "2.3 million", "3m", "10 bln",
//! "twenty-first").
//!
//! It reads left to right, keeping a running `group` (below a thousand) and a `total` of
//! completed scale groups, and stops at the first token that cannot extend the number
//! ("twenty thirty" is two numbers, "one two" too). An ordinal word closes a number
//! ("twenty-first"); a plural ordinal stops it (it is a fraction's denominator: "three
//! fifths"). Fractions, signs, ratios and spoken decimals are read around it, in
//! `quantity` and `fraction`.

use super::cursor::Cursor;
use super::metres::glued_m_is_metres;
use crate::numeric::Numeral;
use crate::parse::number_words::{self, NumWord, OrdinalClass};
use crate::parse::token::{Gap, Token, TokenKind};

/// A cardinal read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Cardinal {
    /// Its value, with the precision it was written with when it was one numeral.
    pub numeral: Numeral,
    /// The token after it.
    pub end: usize,
    /// It ends in an ordinal word or is one ("twenty-first", "third").
    pub ordinal: bool,
    /// The ordinal is plural ("thirds"): never set today, as plural ordinals stop the
    /// grammar; kept so a caller reading one alone can say so.
    pub plural: bool,
}

/// The kind of the last token read: what may follow it.
#[derive(PartialEq, Clone, Copy)]
enum Last {
    None,
    Unit,
    Teen,
    Tens,
    /// a numeral below 100 or a tens-unit pair: complete below a hundred
    Below100,
    Hundred,
    /// a numeral of 100 or more
    Complete,
    Scale,
}

/// What reading one token did.
enum Step {
    /// The number ends before this token (or with it, where `best` already says so).
    Stop,
    /// The token extended the number.
    Next {
        ordinal: bool,
        plural: bool,
        /// It closes the number ("dozen", an ordinal word).
        stop_after: bool,
    },
}

/// The grammar's state while it reads.
struct Grammar<'c, 'a> {
    c: &'c Cursor<'a>,
    /// Where the number starts.
    start: usize,
    /// The token being read.
    j: usize,
    total: f64,
    group: f64,
    last: Last,
    last_scale: f64,
    /// The longest number read so far.
    best: Option<Cardinal>,
    /// The number before an "and" that may turn out not to continue it.
    before_and: Option<Cardinal>,
    after_and: bool,
    first_numeral: Option<Numeral>,
    only_numeral: bool,
    glued_scale: Option<f64>,
    words: usize,
    /// The scale words read ("million"): one, with nothing after it, is the number's scale.
    scale_words: usize,
}

/// A cardinal in digits and/or words starting at token `i`.
pub(super) fn cardinal(c: &Cursor, i: usize) -> Option<Cardinal> {
    let mut g = Grammar {
        c,
        start: i,
        j: i,
        total: 0.0,
        group: 0.0,
        last: Last::None,
        last_scale: f64::INFINITY,
        best: None,
        before_and: None,
        after_and: false,
        first_numeral: None,
        only_numeral: true,
        glued_scale: None,
        words: 0,
        scale_words: 0,
    };
    // "a hundred", "a million", "a dozen"
    if matches!(c.w(i), "a" | "an")
        && matches!(
            number_words::word(c.w(i + 1)),
            Some(NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen)
        )
    {
        g.group = 1.0;
        g.last = Last::Unit;
        g.j += 1;
        g.only_numeral = false;
    }
    while let Some(t) = c.tok(g.j) {
        if g.last != Last::None && g.connector() {
            continue;
        }
        let step = match t.kind {
            TokenKind::Number => g.numeral_token(),
            TokenKind::Word => g.word_token(t),
            _ => Step::Stop,
        };
        let Step::Next {
            ordinal,
            plural,
            stop_after,
        } = step
        else {
            break;
        };
        g.j += 1;
        g.after_and = g.after_and
            && matches!(
                g.last,
                Last::Unit | Last::Teen | Last::Tens | Last::Below100
            );
        let mut numeral = card_numeral(
            g.total + g.group,
            g.first_numeral,
            g.glued_scale,
            g.only_numeral && g.words == 0,
        );
        if g.last == Last::Scale && g.scale_words == 1 {
            numeral = with_word_scale(numeral, g.first_numeral, g.last_scale);
        }
        g.best = Some(Cardinal {
            numeral,
            end: g.j,
            ordinal,
            plural,
        });
        if stop_after {
            break;
        }
    }
    g.best
}

impl Grammar<'_, '_> {
    /// Steps over a connector inside a number ("hundred and five", "twenty-one", "a
    /// million, two hundred"); whether it did.
    fn connector(&mut self) -> bool {
        let c = self.c;
        let (j, w) = (self.j, c.w(self.j));
        if (w == "and" || w == "&")
            && matches!(self.last, Last::Hundred | Last::Scale)
            && starts_small_number(c, j + 1)
            && !proper_fraction_at(c, j + 1)
        {
            self.before_and = self.best;
            self.after_and = true;
            self.j += 1;
            return true;
        }
        let unit_follows = matches!(
            number_words::word(c.w(j + 1)),
            Some(
                NumWord::Unit(1..)
                    | NumWord::Ordinal {
                        class: OrdinalClass::Unit,
                        ..
                    }
            )
        );
        if (c.is_dash(j) && self.last == Last::Tens && unit_follows)
            // "a million, two hundred"; but "$1.25 million, 99 days" is two figures
            || (w == ","
                && self.last == Last::Scale
                && !c.is_num(j + 1)
                && starts_small_number(c, j + 1))
        {
            self.j += 1;
            return true;
        }
        false
    }

    /// Ends the number here with a scale suffix or abbreviation applied ("3m", "10 bln"),
    /// `len` tokens on.
    fn finish_scaled(&mut self, scale: f64, len: usize) -> Step {
        self.glued_scale = Some(scale);
        self.total += self.group * scale;
        self.j += len;
        let numeral = card_numeral(
            self.total,
            self.first_numeral,
            self.glued_scale,
            self.only_numeral,
        );
        self.best = Some(Cardinal {
            numeral: with_word_scale(numeral, self.first_numeral, scale),
            end: self.j,
            ordinal: false,
            plural: false,
        });
        Step::Stop
    }

    /// A numeral token: the first of the number, or a part after a scale or "hundred and".
    fn numeral_token(&mut self) -> Step {
        let c = self.c;
        let j = self.j;
        let Some(n) = c.numeral(j) else {
            return Step::Stop;
        };
        let v = n.value;
        let integral = v.fract() == 0.0 && !n.rounded;
        let ok = match self.last {
            Last::None => true,
            // after a scale word a numeral continues the number only as a scaled group
            // ("8 million 400 thousand") or after "and" ("a million and 50"): "3 million
            // 250 people" and "£5 million 30 days later" are two figures
            Last::Scale => {
                integral
                    && v < self.last_scale
                    && v < 1000.0
                    && (self.after_and || scaled_group_follows(c, j + 1, self.last_scale))
            }
            Last::Hundred => integral && v < 100.0 && self.after_and,
            _ => false,
        };
        // a numeral after a scale word with something glued to it counts something else:
        // "eight million 250ml bottles", "3 million 18-year-olds"
        let glued_after = c.tok(j + 1).is_some_and(|t| t.gap == Gap::None);
        if !ok || (self.last == Last::Scale && glued_after) {
            return Step::Stop;
        }
        if self.last == Last::None {
            self.first_numeral = Some(n);
        } else {
            self.only_numeral = false;
        }
        self.group += v;
        self.last = if (self.last == Last::None && !integral) || v >= 100.0 {
            Last::Complete
        } else {
            Last::Below100
        };
        // glued scale suffix: "3m", "1.5bn", "10k"
        if let Some(s) = c
            .tok(j + 1)
            .filter(|t| t.gap == Gap::None && t.kind == TokenKind::Word)
        {
            let suffix = s.text(c.text);
            if let Some(scale) = number_words::scale_suffix(suffix, true) {
                let metres = suffix == "m" && glued_m_is_metres(c, self.start, j);
                let unit_clash =
                    c.lex.glued_units.contains_key(suffix) && suffix != "m" && suffix != "M";
                let more_digits = c.is_num(j + 2) && c.glued(j + 2);
                if !metres
                    && !unit_clash
                    && !more_digits
                    && self.first_numeral.is_some()
                    && self.total == 0.0
                {
                    return self.finish_scaled(scale, 2);
                }
            }
        }
        Step::Next {
            ordinal: false,
            plural: false,
            stop_after: false,
        }
    }

    /// A word token: a number word, or a spaced scale abbreviation after a numeral.
    fn word_token(&mut self, t: &Token) -> Step {
        let c = self.c;
        let w = c.w(self.j);
        // spaced scale abbreviations after a numeral: "10 bln", "2.33 k"
        // and wire abbreviations after words: "one mln", "two bln"
        let wire_abbreviation = matches!(w, "mln" | "bln" | "mn" | "bn" | "tln" | "trln");
        if self.last != Last::None
            && self.last != Last::Scale
            && (self.only_numeral || wire_abbreviation)
            && self.total == 0.0
            && number_words::word(w).is_none()
            && t.gap == Gap::Space
            && let Some(scale) = number_words::scale_suffix(c.raw(self.j), false)
        {
            // "10 m" may be metres; "1,674,200.5 M" is millions
            if (w != "m" || c.raw(self.j) == "M") && w != "mm" {
                return self.finish_scaled(scale, 1);
            }
        }
        let Some(nw) = number_words::word(w) else {
            return Step::Stop;
        };
        self.only_numeral = false;
        let step = self.number_word(w, nw);
        if matches!(step, Step::Next { .. }) {
            self.words += 1;
        }
        step
    }

    /// A number word `w` read as `nw`.
    fn number_word(&mut self, w: &str, nw: NumWord) -> Step {
        let next = Step::Next {
            ordinal: false,
            plural: false,
            stop_after: false,
        };
        let last = self.last;
        match nw {
            NumWord::Unit(u) => {
                let ok = match last {
                    Last::None | Last::Hundred | Last::Scale => true,
                    Last::Tens => u > 0,
                    _ => false,
                };
                if !ok {
                    return Step::Stop;
                }
                self.group += u as f64;
                self.last = if last == Last::Tens {
                    Last::Below100
                } else {
                    Last::Unit
                };
                next
            }
            NumWord::Teen(v) | NumWord::Tens(v) => {
                if !matches!(last, Last::None | Last::Hundred | Last::Scale) {
                    return Step::Stop;
                }
                self.group += v as f64;
                self.last = if matches!(nw, NumWord::Teen(_)) {
                    Last::Teen
                } else {
                    Last::Tens
                };
                next
            }
            NumWord::Hundred => self.hundred(w),
            NumWord::Scale(s) => self.scale(w, s),
            NumWord::Dozen => {
                if self.group <= 0.0 || last == Last::Scale {
                    return Step::Stop;
                }
                self.group *= 12.0;
                Step::Next {
                    ordinal: false,
                    plural: false,
                    stop_after: true,
                }
            }
            NumWord::Ordinal {
                value,
                class,
                plural,
            } => self.ordinal(value, class, plural),
            NumWord::Half { .. } | NumWord::Quarter { .. } => Step::Stop,
        }
    }

    /// Gives up an "and" that did not continue the number ("a hundred and a half").
    fn stop_before_and(&mut self) -> Step {
        if self.after_and {
            self.best = self.before_and;
        }
        Step::Stop
    }

    fn hundred(&mut self, w: &str) -> Step {
        let ok = match self.last {
            Last::Unit | Last::Teen | Last::Tens | Last::Below100 => {
                self.group > 0.0 && self.group < 100.0
            }
            Last::Complete => self.group > 0.0,
            _ => false,
        };
        if !ok {
            return self.stop_before_and();
        }
        if w == "hundreds" && self.c.w(self.j + 1) == "of" {
            return Step::Stop;
        }
        self.group *= 100.0;
        self.last = Last::Hundred;
        Step::Next {
            ordinal: false,
            plural: false,
            stop_after: false,
        }
    }

    fn scale(&mut self, w: &str, s: f64) -> Step {
        // "three lakh crore": a lakh of crores, 10^12
        if self.last == Last::Scale && self.last_scale == 1e5 && s == 1e7 && self.group == 0.0 {
            self.total *= s;
            self.last_scale = 1e12;
            return Step::Next {
                ordinal: false,
                plural: false,
                stop_after: false,
            };
        }
        if !(self.group > 0.0 && s < self.last_scale) || self.last == Last::Scale {
            return self.stop_before_and();
        }
        if w.ends_with('s') && self.c.w(self.j + 1) == "of" {
            return Step::Stop; // "thousands of": vague
        }
        self.total += self.group * s;
        self.group = 0.0;
        self.last_scale = s;
        self.last = Last::Scale;
        self.scale_words += 1;
        Step::Next {
            ordinal: false,
            plural: false,
            stop_after: false,
        }
    }

    fn ordinal(&mut self, value: f64, class: OrdinalClass, plural: bool) -> Step {
        if plural {
            return Step::Stop; // plural ordinals are fraction denominators
        }
        let last = self.last;
        let group = self.group;
        let ok = match class {
            OrdinalClass::Unit => {
                matches!(last, Last::None | Last::Hundred | Last::Scale)
                    || (last == Last::Tens && value > 0.0)
            }
            OrdinalClass::Teen | OrdinalClass::Tens => {
                matches!(last, Last::None | Last::Hundred | Last::Scale)
            }
            OrdinalClass::Hundred => {
                matches!(last, Last::None) || (group > 0.0 && group < 100.0 && last != Last::Scale)
            }
            OrdinalClass::Scale => last == Last::None || (group > 0.0 && value < self.last_scale),
        };
        if !ok {
            return Step::Stop;
        }
        match class {
            OrdinalClass::Hundred | OrdinalClass::Scale if group > 0.0 => {
                self.total += group * value;
                self.group = 0.0;
            }
            _ => self.group += value,
        }
        Step::Next {
            ordinal: true,
            plural,
            stop_after: true,
        }
    }
}

/// Whether "hundred" or a scale word smaller than `last_scale` stands at `k` (the group
/// before it is scaled: "8 million 400 thousand", "4 thousand 3 hundred").
fn scaled_group_follows(c: &Cursor, k: usize, last_scale: f64) -> bool {
    match number_words::word(c.w(k)) {
        Some(NumWord::Hundred) => true,
        Some(NumWord::Scale(s)) => s < last_scale,
        _ => false,
    }
}

/// The numeral of a finished cardinal: the written numeral (with its precision) when it was
/// one number, else an integer.
pub(super) fn card_numeral(
    value: f64,
    first: Option<Numeral>,
    scale: Option<f64>,
    only_numeral: bool,
) -> Numeral {
    match (first, scale) {
        (Some(n), Some(s)) if only_numeral || (n.value * s - value).abs() < 1e-9 => n.scaled(s),
        (Some(n), None) if only_numeral => n,
        _ => {
            // words: "two million" is as rounded as "2 million"
            let n = Numeral::integer(value);
            if value.fract() != 0.0 {
                Numeral {
                    rounded: true,
                    last_digit: -2,
                    ..n
                }
            } else {
                n
            }
        }
    }
}

/// A number that ends in its one scale word ("250 million", "20.0 billion", "four
/// thousand") records the scale, so a range's first end can borrow it ("between 200 and
/// 250 million"); a decimal keeps the precision it was written with where that is finer
/// than its zeros say ("20.0 billion" is 19.95 to 20.05 billion, not 15 to 25).
fn with_word_scale(numeral: Numeral, first: Option<Numeral>, scale: f64) -> Numeral {
    if let Some(n) = first.filter(|n| n.rounded) {
        let written = n.scaled(scale);
        let same = (written.value - numeral.value).abs() <= 1e-9 * numeral.value.abs().max(1.0);
        let finer = written.rounding(0.0).hi - written.rounding(0.0).lo
            < numeral.rounding(0.0).hi - numeral.rounding(0.0).lo;
        if same && finer {
            return written;
        }
    }
    if numeral.scale == 1.0 {
        Numeral { scale, ..numeral }
    } else {
        numeral
    }
}

/// Whether a proper fraction in words starts at `i` ("a half", "three quarters",
/// "fifty-four hundredths"). A bounded look-ahead: the grammar asks this at every "and", so
/// it must not recurse into the grammar itself.
pub(super) fn proper_fraction_at(c: &Cursor, i: usize) -> bool {
    let mut numerator = 0.0;
    let mut j = i;
    if matches!(c.w(j), "a" | "an") {
        numerator = 1.0;
        j += 1;
    } else {
        for _ in 0..3 {
            match number_words::word(c.w(j)) {
                Some(NumWord::Unit(u)) => numerator += f64::from(u),
                Some(NumWord::Teen(t) | NumWord::Tens(t)) => numerator += f64::from(t),
                _ if c.is_dash(j) => {}
                _ => break,
            }
            j += 1;
        }
    }
    let denominator = match number_words::word(c.w(j)) {
        Some(NumWord::Half { .. }) => 2.0,
        Some(NumWord::Quarter { .. }) => 4.0,
        Some(NumWord::Ordinal { value, .. }) if value > 2.0 => value,
        _ => return false,
    };
    numerator > 0.0 && numerator < denominator
}

/// Whether a small number (unit, teen, tens word or a numeral below 1000) starts at `i`.
pub(super) fn starts_small_number(c: &Cursor, i: usize) -> bool {
    if c.is_num(i) {
        return c
            .numeral(i)
            .is_some_and(|n| n.value < 1000.0 && n.value > 0.0 && !n.rounded);
    }
    matches!(
        number_words::word(c.w(i)),
        Some(
            NumWord::Unit(1..)
                | NumWord::Teen(_)
                | NumWord::Tens(_)
                | NumWord::Ordinal {
                    class: OrdinalClass::Unit | OrdinalClass::Teen | OrdinalClass::Tens,
                    plural: false,
                    ..
                }
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lexicon::Lexicon;
    use crate::parse::token::tokenize;

    /// The cardinal at the start of `text`: (value, the text it covers, ordinal).
    fn read(text: &str) -> Option<(f64, String, bool)> {
        let lower = text.to_ascii_lowercase();
        let toks = tokenize(text);
        let c = Cursor {
            text,
            lower: &lower,
            toks: &toks,
            lex: Lexicon::builtin(),
            first: 0,
            bound: toks.len(),
        };
        let n = cardinal(&c, 0)?;
        let covered = text[c.span(0, n.end).range()].to_string();
        Some((n.numeral.value, covered, n.ordinal))
    }

    fn value(text: &str) -> Option<f64> {
        read(text).map(|r| r.0)
    }

    #[test]
    fn words_compose_below_a_thousand() {
        assert_eq!(value("twenty-one people"), Some(21.0));
        assert_eq!(value("one hundred and five"), Some(105.0));
        assert_eq!(value("nine hundred ninety-nine"), Some(999.0));
        assert_eq!(value("a hundred"), Some(100.0));
        assert_eq!(value("a dozen eggs"), Some(12.0));
        assert_eq!(value("two dozen"), Some(24.0));
    }

    #[test]
    fn scales_group_and_mix_with_digits() {
        assert_eq!(
            value("two million three hundred thousand"),
            Some(2_300_000.0)
        );
        assert_eq!(value("4 thousand 3 hundred and 21"), Some(4321.0));
        assert_eq!(value("a million, two hundred"), Some(1_000_200.0));
        assert_eq!(value("2.3 million"), Some(2_300_000.0));
        assert_eq!(value("3m copies"), Some(3_000_000.0));
        assert_eq!(value("1.5bn"), Some(1.5e9));
        assert_eq!(value("10 bln"), Some(1e10));
        // a glued suffix keeps the written precision and records the scale
        let n = crate::parse::figure::cursor::with_cursor("2.3m", |c| cardinal(c, 0));
        let n = n.map(|n| n.numeral);
        assert!(
            n.is_some_and(|n| n.scale == 1e6 && n.value == 2_300_000.0),
            "{n:?}"
        );
    }

    #[test]
    fn it_stops_where_the_number_cannot_go_on() {
        assert_eq!(read("twenty thirty").map(|r| r.1), Some("twenty".into()));
        assert_eq!(read("one two").map(|r| r.1), Some("one".into()));
        assert_eq!(read("thousands of people"), None);
        assert_eq!(read("hundreds of people"), None);
        assert_eq!(read("five and a half").map(|r| r.1), Some("five".into()));
        assert_eq!(read("three fifths").map(|r| r.1), Some("three".into()));
        assert_eq!(read("people"), None);
        // "a" alone is no number
        assert_eq!(read("a cat"), None);
    }

    #[test]
    fn ordinal_words_close_the_number() {
        assert_eq!(
            read("twenty-first century"),
            Some((21.0, "twenty-first".into(), true))
        );
        assert_eq!(read("the third"), None);
        assert_eq!(read("third time"), Some((3.0, "third".into(), true)));
        assert_eq!(
            read("one hundredth"),
            Some((100.0, "one hundredth".into(), true))
        );
    }

    #[test]
    fn numerals_of_a_numeral_are_kept_whole() {
        assert_eq!(value("1,200 killed"), Some(1200.0));
        assert_eq!(value("2.5"), Some(2.5));
        assert_eq!(card_numeral(7.0, None, None, false), Numeral::integer(7.0));
    }

    #[test]
    fn a_numeral_after_a_scale_word_joins_only_as_a_scaled_group() {
        assert_eq!(
            read("3 million 250 people").map(|r| r.1),
            Some("3 million".into())
        );
        assert_eq!(
            read("5 million 30 days").map(|r| r.1),
            Some("5 million".into())
        );
        assert_eq!(value("8 million 400 thousand"), Some(8_400_000.0));
        assert_eq!(value("2 billion 300 million"), Some(2_300_000_000.0));
        assert_eq!(value("a million and 50"), Some(1_000_050.0));
    }
}

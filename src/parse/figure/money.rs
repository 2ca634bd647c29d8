//! Money: a currency sign or code before the amount ("$1.5bn", "US$ 1MM", "MAUD 60"),
//! ranges of money ("$5m-$10m"), cents after dollars ("3 dollars 50 cents").

use super::model::{Figure, FigureKind};
use super::quantity::quantity;
use super::scan::Scanner;
use super::words::CHANGE_WORDS;
use crate::numeric::Numeral;
use crate::parse::lexicon::{PhraseKind, PhraseMatch};
use crate::parse::number_words::{self, NumWord};
use crate::parse::token::TokenKind;

impl Scanner<'_> {
    /// A currency sign or code before an amount: "$1.5bn", "US$ 1MM", "EUR 125", "c $ 16.4
    /// million", "($99.99)".
    pub(super) fn money_prefix(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        self.money_prefix_core(i, out, true)
    }

    /// [`Self::money_prefix`]; `join_range`: read a second amount after a dash ("$5m-$10m"),
    /// which is itself read without joining.
    pub(super) fn money_prefix_core(
        &self,
        i: usize,
        out: &mut Vec<Figure>,
        join_range: bool,
    ) -> Option<usize> {
        let mut million = false;
        // a longer phrase wins over its sign: "$US113 trillion", "$A82,615,680"
        let phrase = self
            .lex
            .match_at(self.lower, self.toks, i, |k| {
                matches!(k, PhraseKind::CurrencyPrefix(_))
            })
            .filter(|m| m.len > 1);
        let (currency, len) = if let Some(
            m @ PhraseMatch {
                kind: PhraseKind::CurrencyPrefix(id),
                ..
            },
        ) = phrase
        {
            (id, m.len)
        } else if let Some(&id) = self.lex.currency_symbols.get(self.raw(i)) {
            (id, 1)
        } else if let Some(id) = self.million_code(i) {
            million = true;
            (id, 1)
        } else {
            let m = self.lex.match_at(self.lower, self.toks, i, |k| {
                matches!(k, PhraseKind::CurrencyPrefix(_))
            })?;
            let PhraseKind::CurrencyPrefix(id) = m.kind else {
                return None;
            };
            // a bare code word must be upper case or glued: "USD 200", "USD115"
            (id, m.len)
        };
        let mut j = i + len;
        // "US$" read as "US" + "$": the phrase wins above; here a sign after a code
        let mut sign = false;
        if self.raw(j) == "-" && self.is_num(j + 1) {
            sign = true;
            j += 1;
        }
        let q = quantity(self, j)?;
        if q.share || q.ordinal {
            return None;
        }
        let mut numeral = if sign { q.numeral.negated() } else { q.numeral };
        if million {
            numeral = numeral.scaled(1e6);
        }
        let mut end = q.end;
        if !numeral.rounded && self.lex.currencies[currency as usize].subunit.is_none() {
            if let Some((cents, cend)) = self.minor_units(end).filter(|_| self.w(end) == "and") {
                numeral = Numeral::decimal(numeral.value + cents / 100.0, 2);
                end = cend;
            }
        }
        // "75 USD million" style is handled as a suffix; "$ 20,000.00"
        if let Some(NumWord::Scale(s)) = number_words::word(self.w(end)) {
            if numeral.value.abs() < 1000.0 {
                let f = self.money_figure(i, end + 1, numeral.scaled(s), currency);
                out.push(f);
                if !join_range {
                    return Some(end + 1);
                }
                return Some(self.money_range(i, end + 1, out));
            }
        }
        // a trailing currency word repeats the sign: "$ 10 dollars"
        if let Some(m) = self.lex.match_at(self.lower, self.toks, end, |k| {
            matches!(k, PhraseKind::CurrencySuffix(_))
        }) {
            if !matches!(self.w(end), "cents" | "cent" | "pence") {
                end += m.len;
            }
        }
        let f = self.money_figure(i, end, numeral, currency);
        out.push(f);
        if !join_range {
            return Some(end);
        }
        Some(self.money_range(i, end, out))
    }

    /// "$5m-$10m", "$5-10m", "£5m to £10m": joins a money figure just pushed with a second
    /// amount into a range. Returns the end.
    pub(super) fn money_range(&self, start: usize, end: usize, out: &mut Vec<Figure>) -> usize {
        let sep = self.w(end);
        if !(self.is_dash(end) || sep == "to")
            || CHANGE_WORDS.contains(&self.prev_w(start))
            || (self.is_dash(end) && self.is_sign(end))
        {
            return end;
        }
        let j = end + 1;
        let mut second = Vec::new();
        let second_has_currency = self.lex.currency_symbols.contains_key(self.raw(j))
            || self
                .lex
                .match_at(self.lower, self.toks, j, |k| {
                    matches!(k, PhraseKind::CurrencyPrefix(_))
                })
                .is_some();
        let b_end = if second_has_currency {
            match self.money_prefix_core(j, &mut second, false) {
                Some(e) => e,
                None => return end,
            }
        } else {
            let Some(q) = quantity(self, j) else {
                return end;
            };
            if q.share || q.ordinal {
                return end;
            }
            let Some(first) = out.last() else { return end };
            let mut e = q.end;
            if let Some(NumWord::Scale(_)) = number_words::word(self.w(e)) {
                e += 1;
            }
            // "£50bn - 14% higher": a percent or a unit after it is another figure
            if matches!(self.w(e), "%" | "percent" | "per" | "pc" | "pct")
                || self
                    .lex
                    .match_at(self.lower, self.toks, e, |k| {
                        matches!(k, PhraseKind::Unit(_))
                    })
                    .is_some()
            {
                return end;
            }
            // the second amount is in the first one's currency
            let mut f = first.clone();
            f.value = Some(q.numeral.value);
            f.numeral = Some(q.numeral);
            f.span = self.span(q.start, e);
            second.push(f);
            e
        };
        // "$5-10m": the first amount takes the scale written after the second
        let (Some(first), Some(b)) = (out.last(), second.first()) else {
            return end;
        };
        let a = self.first_end(first, b);
        // a second amount without a currency must go up from the first: "£808m to 8,177
        // cases" is two figures
        if !second_has_currency && a.value.zip(b.value).is_some_and(|(x, y)| x > y) {
            return end;
        }
        if let Some(r) = self.range_of(start, b_end, &a, b) {
            out.pop();
            out.push(r);
            b_end
        } else {
            end
        }
    }

    /// Cents after a main amount: "3 dollars 50 cents", "15 dollars and 50", "17 USD 25".
    /// Returns (hundredths, end).
    pub(super) fn minor_units(&self, end: usize) -> Option<(f64, usize)> {
        let k = if self.w(end) == "and" { end + 1 } else { end };
        let q = quantity(self, k)?;
        let v = q.numeral.value;
        if q.share || q.ordinal || v.fract() != 0.0 || !(0.0..100.0).contains(&v) {
            return None;
        }
        let after = self.w(q.end);
        // "43c" only glued: "20 c" may be anything
        if matches!(after, "cents" | "cent" | "pence" | "p" | "mao")
            || (after == "c" && self.glued(q.end))
        {
            return Some((v, q.end + 1));
        }
        let closes = after.is_empty()
            || after == "more"
            || (self.kind(q.end) == Some(TokenKind::Punct) && !self.is_dash(q.end));
        closes.then_some((v, q.end))
    }

    /// A currency code with a million prefix: "MUSD", "MEUR", "MAUD".
    pub(super) fn million_code(&self, i: usize) -> Option<u16> {
        let raw = self.raw(i);
        let rest = raw.strip_prefix('M')?;
        if rest.len() != 3 || !rest.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        self.lex.currency_word(&rest.to_ascii_lowercase())
    }

    pub(super) fn money_figure(
        &self,
        from: usize,
        to: usize,
        numeral: Numeral,
        currency: u16,
    ) -> Figure {
        let c = &self.lex.currencies[currency as usize];
        let unit = match &c.subunit {
            Some(sub) => format!("{} {}", c.code, sub),
            None => c.code.clone(),
        };
        self.make(from, to, FigureKind::Money, numeral, Some(unit))
    }
}

//! Reading a number: digits and words, fractions, ratios, powers and spoken decimals.
//! The cardinal grammar is in [`Scanner::cardinal`]; everything here returns a
//! [`Quantity`] or a numeral and leaves the kind to the scanner.

use super::*;

impl Scanner<'_> {
    /// Whether a glued "m" after the numeral at `j` (its cardinal starting at `i`) means
    /// metres rather than millions. Money is always millions ("£2.35m"); metres are read
    /// from a sporting or measuring word after it ("100m hurdles", "1.80m tall"), two
    /// decimals or grouped thousands ("a leap of 6.66m", "the 10,000m"), or a race distance
    /// after "the"/"in"/"of" ("the 1500m", "in the 400m").
    fn glued_m_is_metres(&self, i: usize, j: usize) -> bool {
        let money = i > self.first
            && (self.lex.currency_symbols.contains_key(self.raw(i - 1))
                || self.lex.currency_word(self.w(i - 1)).is_some());
        // "5.45m Euros": a currency after the suffix makes it money too
        if money || self.lex.currency_word(self.w(j + 2)).is_some() {
            return false;
        }
        if METRE_CUES.contains(&self.w(j + 2)) {
            return true;
        }
        let raw = self.raw(j);
        // two decimals, or thousands without a currency ("3,000m"): millions are written
        // "1.4m" and "10bn", not "6.66m" or "10,000m"
        if raw.split_once('.').is_some_and(|(_, d)| d.len() == 2) || raw.contains(',') {
            return true;
        }
        let distance = matches!(
            raw,
            "60" | "100"
                | "110"
                | "200"
                | "300"
                | "400"
                | "600"
                | "800"
                | "1000"
                | "1,000"
                | "1200"
                | "1,200"
                | "1500"
                | "1,500"
                | "2000"
                | "2,000"
                | "3000"
                | "3,000"
                | "5000"
                | "5,000"
                | "10,000"
                | "10000"
        );
        distance
            && matches!(
                self.prev_w(i),
                "the"
                    | "in"
                    | "of"
                    | "over"
                    | "a"
                    | "his"
                    | "her"
                    | "their"
                    | "men's"
                    | "women's"
                    | "final"
                    | "last"
                    | "first"
                    | "indoor"
                    | "world"
                    | "olympic"
                    | "through"
                    | "and"
            )
    }

    // ---- numbers --------------------------------------------------------------------

    /// A numeral token: its value and precision, or `None` if it is not one number
    /// (dotted IP addresses and versions).
    pub(super) fn numeral(&self, i: usize) -> Option<Numeral> {
        parse_numeral(self.raw(i))
    }

    /// A cardinal in digits and/or words starting at `i`, as (value numeral, end, ordinal,
    /// plural ordinal).
    pub(super) fn cardinal(&self, i: usize) -> Option<(Numeral, usize, bool, bool)> {
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
        let mut total = 0.0f64;
        let mut group = 0.0f64;
        let mut last = Last::None;
        let mut last_scale = f64::INFINITY;
        let mut j = i;
        let mut best: Option<(Numeral, usize, bool, bool)> = None;
        let mut before_and: Option<(Numeral, usize, bool, bool)> = None;
        let mut after_and = false;
        let mut first_numeral: Option<Numeral> = None;
        let mut only_numeral = true;
        let mut glued_scale: Option<f64> = None;
        let mut words = 0;
        // "a hundred", "a million", "a dozen"
        if matches!(self.w(j), "a" | "an" | "one")
            && matches!(
                number_words::word(self.w(j + 1)),
                Some(NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen)
            )
            && self.w(j) != "one"
        {
            group = 1.0;
            last = Last::Unit;
            j += 1;
            only_numeral = false;
        }
        while let Some(t) = self.tok(j) {
            // connectors inside a number
            if last != Last::None {
                let w = self.w(j);
                if (w == "and" || w == "&")
                    && matches!(last, Last::Hundred | Last::Scale)
                    && self.starts_small_number(j + 1)
                    && !self.proper_fraction_at(j + 1)
                {
                    before_and = best;
                    after_and = true;
                    j += 1;
                    continue;
                }
                if self.is_dash(j)
                    && last == Last::Tens
                    && matches!(
                        number_words::word(self.w(j + 1)),
                        Some(
                            NumWord::Unit(1..)
                                | NumWord::Ordinal {
                                    class: OrdinalClass::Unit,
                                    ..
                                }
                        )
                    )
                {
                    j += 1;
                    continue;
                }
                if w == "," && last == Last::Scale && self.starts_small_number(j + 1) {
                    j += 1;
                    continue;
                }
            }
            let mut ordinal = false;
            let mut plural = false;
            let mut stop_after = false;
            if t.kind == TokenKind::Number {
                let Some(n) = self.numeral(j) else { break };
                let v = n.value;
                let integral = v.fract() == 0.0 && !n.rounded;
                let ok = match last {
                    Last::None => true,
                    Last::Scale => integral && v < last_scale && v < 1000.0,
                    Last::Hundred => integral && v < 100.0 && after_and,
                    _ => false,
                };
                if !ok {
                    break;
                }
                if last == Last::None {
                    first_numeral = Some(n);
                } else {
                    only_numeral = false;
                }
                group += v;
                last = if (last == Last::None && !integral) || v >= 100.0 {
                    Last::Complete
                } else {
                    Last::Below100
                };
                // glued scale suffix: "3m", "1.5bn", "10k"
                if let Some(s) = self.tok(j + 1).filter(|t| {
                    t.gap == Gap::None && t.kind == TokenKind::Word && last != Last::Scale
                }) {
                    let suffix = s.text(self.text);
                    if let Some(scale) = number_words::scale_suffix(suffix, true) {
                        let metres = suffix == "m" && self.glued_m_is_metres(i, j);
                        let unit_clash = self.lex.glued_units.contains_key(suffix)
                            && suffix != "m"
                            && suffix != "M";
                        let more_digits = self.is_num(j + 2) && self.glued(j + 2);
                        if !metres
                            && !unit_clash
                            && !more_digits
                            && first_numeral.is_some()
                            && total == 0.0
                        {
                            glued_scale = Some(scale);
                            total += group * scale;
                            j += 2;
                            best = Some((
                                self.card_numeral(total, first_numeral, glued_scale, only_numeral),
                                j,
                                false,
                                false,
                            ));
                            break;
                        }
                    }
                }
            } else if t.kind == TokenKind::Word {
                let w = self.w(j);
                // spaced scale abbreviations after a numeral: "10 bln", "2.33 k"
                if last != Last::None
                    && last != Last::Scale
                    && only_numeral
                    && total == 0.0
                    && number_words::word(w).is_none()
                    && t.gap == Gap::Space
                {
                    if let Some(scale) = number_words::scale_suffix(self.raw(j), false) {
                        // "10 m" may be metres; "1,674,200.5 M" is millions
                        if (w != "m" || self.raw(j) == "M") && w != "mm" {
                            glued_scale = Some(scale);
                            total += group * scale;
                            j += 1;
                            best = Some((
                                self.card_numeral(total, first_numeral, glued_scale, only_numeral),
                                j,
                                false,
                                false,
                            ));
                            break;
                        }
                    }
                }
                let Some(nw) = number_words::word(w) else {
                    break;
                };
                only_numeral = false;
                match nw {
                    NumWord::Unit(u) => {
                        let ok = match last {
                            Last::None | Last::Hundred | Last::Scale => true,
                            Last::Tens => u > 0,
                            _ => false,
                        };
                        if !ok {
                            break;
                        }
                        group += u as f64;
                        last = if last == Last::Tens {
                            Last::Below100
                        } else {
                            Last::Unit
                        };
                    }
                    NumWord::Teen(v) | NumWord::Tens(v) => {
                        if !matches!(last, Last::None | Last::Hundred | Last::Scale) {
                            break;
                        }
                        group += v as f64;
                        last = if matches!(nw, NumWord::Teen(_)) {
                            Last::Teen
                        } else {
                            Last::Tens
                        };
                    }
                    NumWord::Hundred => {
                        let ok = match last {
                            Last::Unit | Last::Teen | Last::Tens | Last::Below100 => {
                                group > 0.0 && group < 100.0
                            }
                            Last::Complete => group > 0.0,
                            _ => false,
                        };
                        if !ok {
                            if after_and {
                                best = before_and;
                            }
                            break;
                        }
                        if w == "hundreds" && self.w(j + 1) == "of" {
                            break;
                        }
                        group *= 100.0;
                        last = Last::Hundred;
                    }
                    NumWord::Scale(s) => {
                        if !(group > 0.0 && s < last_scale) || last == Last::Scale {
                            if after_and {
                                best = before_and;
                            }
                            break;
                        }
                        if w.ends_with('s') && self.w(j + 1) == "of" {
                            break; // "thousands of": vague
                        }
                        total += group * s;
                        group = 0.0;
                        last_scale = s;
                        last = Last::Scale;
                    }
                    NumWord::Dozen => {
                        if group <= 0.0 || last == Last::Scale {
                            break;
                        }
                        group *= 12.0;
                        stop_after = true;
                    }
                    NumWord::Ordinal {
                        value,
                        class,
                        plural: pl,
                    } => {
                        if pl {
                            break; // plural ordinals are fraction denominators
                        }
                        let ok = match class {
                            OrdinalClass::Unit => {
                                matches!(last, Last::None | Last::Hundred | Last::Scale)
                                    || (last == Last::Tens && value > 0.0)
                            }
                            OrdinalClass::Teen | OrdinalClass::Tens => {
                                matches!(last, Last::None | Last::Hundred | Last::Scale)
                            }
                            OrdinalClass::Hundred => {
                                matches!(last, Last::None)
                                    || (group > 0.0 && group < 100.0 && last != Last::Scale)
                            }
                            OrdinalClass::Scale => {
                                last == Last::None || (group > 0.0 && value < last_scale)
                            }
                        };
                        if !ok {
                            break;
                        }
                        match class {
                            OrdinalClass::Hundred | OrdinalClass::Scale if group > 0.0 => {
                                total += group * value;
                                group = 0.0;
                            }
                            _ => group += value,
                        }
                        ordinal = true;
                        plural = pl;
                        stop_after = true;
                    }
                    NumWord::Half { .. } | NumWord::Quarter { .. } => break,
                }
                words += 1;
            } else {
                break;
            }
            j += 1;
            after_and =
                after_and && matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Below100);
            let value = total + group;
            best = Some((
                self.card_numeral(
                    value,
                    first_numeral,
                    glued_scale,
                    only_numeral && words == 0,
                ),
                j,
                ordinal,
                plural,
            ));
            if stop_after {
                break;
            }
        }
        best
    }

    /// The numeral of a finished cardinal: the written numeral (with its precision) when it
    /// was one number, else an integer.
    pub(super) fn card_numeral(
        &self,
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

    /// Whether a proper fraction in words starts at `i` ("a half", "three quarters",
    /// "fifty-four hundredths"). A bounded look-ahead: the cardinal grammar asks this at
    /// every "and", so it must not recurse into the grammar itself.
    pub(super) fn proper_fraction_at(&self, i: usize) -> bool {
        let mut numerator = 0.0;
        let mut j = i;
        if matches!(self.w(j), "a" | "an") {
            numerator = 1.0;
            j += 1;
        } else {
            for _ in 0..3 {
                match number_words::word(self.w(j)) {
                    Some(NumWord::Unit(u)) => numerator += f64::from(u),
                    Some(NumWord::Teen(t) | NumWord::Tens(t)) => numerator += f64::from(t),
                    _ if self.is_dash(j) => {}
                    _ => break,
                }
                j += 1;
            }
        }
        let denominator = match number_words::word(self.w(j)) {
            Some(NumWord::Half { .. }) => 2.0,
            Some(NumWord::Quarter { .. }) => 4.0,
            Some(NumWord::Ordinal { value, .. }) if value > 2.0 => value,
            _ => return false,
        };
        numerator > 0.0 && numerator < denominator
    }

    /// Whether a small number (unit, teen, tens word or a numeral below 1000) starts at `i`.
    pub(super) fn starts_small_number(&self, i: usize) -> bool {
        if self.is_num(i) {
            return self
                .numeral(i)
                .is_some_and(|n| n.value < 1000.0 && n.value > 0.0 && !n.rounded);
        }
        matches!(
            number_words::word(self.w(i)),
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

    /// A fraction word phrase at `i`: "a half", "one third", "three quarters", "a fifth",
    /// "two-thirds". Returns (value, end).
    pub(super) fn fraction_words(&self, i: usize) -> Option<(f64, usize)> {
        let (num, j) = match self.w(i) {
            "a" | "an" => (1.0, i + 1),
            _ => {
                let (n, end, ordinal, _) = self.cardinal(i)?;
                if ordinal {
                    return None;
                }
                (n.value, end)
            }
        };
        let j = if self.is_dash(j) { j + 1 } else { j };
        let den_word = number_words::word(self.w(j))?;
        // a compound denominator: "one twenty-fifth", "a twenty-first"
        if matches!(den_word, NumWord::Tens(_)) && self.is_dash(j + 1) {
            let (d, end, ordinal, plural) = self.cardinal(j)?;
            if !ordinal || d.value == 0.0 || (!plural && (num - 1.0).abs() > 1e-9) {
                return None;
            }
            return Some((num / d.value, end));
        }
        let (den, plural, end) = match den_word {
            NumWord::Half { plural } => (2.0, plural, j + 1),
            NumWord::Quarter { plural } => (4.0, plural, j + 1),
            NumWord::Ordinal { .. } => {
                let (d, end, ordinal, plural) = self.cardinal(j).or_else(|| {
                    // plural ordinals stop the cardinal grammar: read it alone
                    match number_words::word(self.w(j)) {
                        Some(NumWord::Ordinal { value, plural, .. }) => {
                            Some((Numeral::integer(value), j + 1, true, plural))
                        }
                        _ => None,
                    }
                })?;
                if !ordinal {
                    return None;
                }
                (d.value, plural, end)
            }
            _ => return None,
        };
        if matches!(self.w(j), "first" | "second" | "firsts") {
            return None;
        }
        if den == 0.0 || (!plural && (num - 1.0).abs() > 1e-9) {
            return None;
        }
        Some((num / den, end))
    }

    /// A quantity at `i`: digits or words, fractions, signs, scales.
    pub(super) fn quantity(&self, i: usize) -> Option<Quantity> {
        // sign
        let (negative, core) = match self.w(i) {
            "minus" | "negative" if self.tok(i + 1).is_some() => (true, i + 1),
            "-" | "−" if i == self.first && self.is_num(i + 1) => (true, i + 1),
            "-" | "−"
                if self.is_num(i + 1)
                    && self.glued(i + 1)
                    // "F-16" is a code, not minus sixteen; "<-30" and "$-99" are negative
                    && (!self.glued(i) || self.kind(i - 1) != Some(TokenKind::Word))
                    && (i == self.first
                        || (!self.is_num(i - 1)
                            && number_words::word(self.w(i - 1)).is_none()
                            && self.w(i - 1) != "-")) =>
            {
                (true, i + 1)
            }
            _ => (false, i),
        };
        let mut q = self.unsigned_quantity(core)?;
        if negative {
            q.numeral = q.numeral.negated();
            if let Some((a, b)) = q.ratio {
                q.ratio = Some((-a, b));
            }
        }
        q.start = i;
        Some(q)
    }

    pub(super) fn unsigned_quantity(&self, i: usize) -> Option<Quantity> {
        let t = self.tok(i)?;
        let w = self.w(i);
        let mut q = Quantity {
            start: i,
            end: i,
            numeral: Numeral::integer(0.0),
            share: false,
            ratio: None,
            ordinal: false,
            bare_digits: None,
        };
        // unicode fractions
        if let Some(v) = unicode_fraction(self.raw(i)) {
            q.numeral = Numeral::decimal(v, 2);
            q.share = true;
            q.end = i + 1;
            return Some(self.after_fraction(q));
        }
        // "half", "half a million", "half a dozen"
        if w == "half" {
            if self.w(i + 1) == "a" || self.w(i + 1) == "an" {
                if let Some(NumWord::Scale(s)) = number_words::word(self.w(i + 2)) {
                    q.numeral = Numeral::integer(0.5 * s);
                    q.end = i + 3;
                    return Some(q);
                }
                if self.w(i + 2) == "dozen" {
                    q.numeral = Numeral::integer(6.0);
                    q.end = i + 3;
                    return Some(q);
                }
            }
            if let Some(NumWord::Scale(s)) = number_words::word(self.w(i + 1)) {
                q.numeral = Numeral::integer(0.5 * s);
                q.end = i + 2;
                return Some(q);
            }
            q.numeral = Numeral::decimal(0.5, 1);
            q.share = true;
            q.end = i + 1;
            return Some(q);
        }
        if w == "quarter" {
            if let Some(NumWord::Scale(s)) = number_words::word(self.w(i + 1)) {
                q.numeral = Numeral::integer(0.25 * s);
                q.end = i + 2;
                return Some(q);
            }
            if self.w(i + 1) == "of" {
                q.numeral = Numeral::decimal(0.25, 2);
                q.share = true;
                q.end = i + 1;
                return Some(q);
            }
            return None;
        }
        // word fractions: "a third", "two-thirds", "three quarters"
        if t.kind == TokenKind::Word {
            if let Some((v, end)) = self.fraction_words(i) {
                // "a third" before a noun other than "of" is an ordinal ("a third term")
                let lone_article = matches!(w, "a" | "an");
                let next = self.w(end);
                let article_ok = !lone_article
                    || next == "of"
                    || next.is_empty()
                    || self.kind(end) == Some(TokenKind::Punct)
                    || matches!(number_words::word(next), Some(NumWord::Scale(_)));
                if article_ok {
                    q.numeral = Numeral::decimal(v, 2);
                    q.share = true;
                    q.end = end;
                    return Some(self.after_fraction(q));
                }
            }
        }
        let (numeral, end, ordinal, _plural) = self.cardinal(i)?;
        q.numeral = numeral;
        q.end = end;
        q.ordinal = ordinal;
        if !ordinal && self.w(end) == "point" {
            if let Some((v, digits, pend)) = self.point_decimals(end + 1) {
                let value = numeral.value + v;
                q.numeral = Numeral::decimal(value, digits);
                q.end = pend;
                return Some(q);
            }
        }
        if t.kind == TokenKind::Number && end == i + 1 {
            let raw = self.raw(i);
            if raw.bytes().all(|b| b.is_ascii_digit()) {
                q.bare_digits = Some(raw.len());
            }
        }
        if ordinal {
            return Some(q);
        }
        // digit fractions: "3/4", "2 1/4", "-4/5"
        if t.kind == TokenKind::Number && end == i + 1 {
            if self.raw(end) == "/"
                && self.glued(end)
                && self.is_num(end + 1)
                && self.glued(end + 1)
                && self.raw(end + 2) != "/"
            {
                let a = q.numeral.value;
                let b = self.numeral(end + 1)?.value;
                if b != 0.0 && a.abs() < b && a.fract() == 0.0 {
                    q.numeral = Numeral::decimal(a / b, 3);
                    q.ratio = Some((a, b));
                    q.share = true;
                    q.end = end + 2;
                    q.bare_digits = None;
                    return Some(self.after_fraction(q));
                }
                return None;
            }
            if self.is_num(end)
                && self.raw(end + 1) == "/"
                && self.glued(end + 1)
                && self.is_num(end + 2)
                && self.glued(end + 2)
                && self.raw(end + 3) != "/"
            {
                let whole = q.numeral.value;
                let a = self.numeral(end)?.value;
                let b = self.numeral(end + 2)?.value;
                if b != 0.0 && a < b && whole.fract() == 0.0 && whole >= 0.0 {
                    q.numeral = Numeral::decimal(whole + a / b, 3);
                    q.end = end + 3;
                    q.bare_digits = None;
                    return Some(q);
                }
            }
            // glued unicode fraction: "2½"
            if let Some(v) = unicode_fraction(self.raw(end)).filter(|_| self.glued(end)) {
                q.numeral = Numeral::decimal(q.numeral.value + v, 2);
                q.end = end + 1;
                q.bare_digits = None;
                return Some(q);
            }
            // powers: "1.1^23", "1.3x10^6", "6.23x10^-4"
            if let Some((v, e)) = self.power(i) {
                q.numeral = Numeral::decimal(v, 6);
                q.end = e;
                q.bare_digits = None;
                return Some(q);
            }
        }
        // "and a half", "and three quarters"; then perhaps a scale: "five and a half million"
        if self.w(q.end) == "and" {
            if let Some((f, fend)) = self.fraction_words(q.end + 1).filter(|(f, _)| *f < 1.0) {
                let base = q.numeral.value;
                let magnitude = largest_scale(base);
                if let Some(NumWord::Scale(s)) = number_words::word(self.w(fend)) {
                    let value = if s < magnitude {
                        base + f * s
                    } else {
                        (base + f) * s
                    };
                    q.numeral = Numeral::integer(value);
                    q.end = fend + 1;
                } else if magnitude >= 1e3 {
                    // "one million and a half": half a million
                    q.numeral = Numeral::integer(base + f * magnitude);
                    q.end = fend;
                } else {
                    q.numeral = Numeral::decimal(base + f, 2);
                    q.end = fend;
                }
                q.bare_digits = None;
                return Some(q);
            }
        }
        // plural ordinal after a cardinal: "three fifths", "twenty-three fifths"
        if let Some(NumWord::Ordinal {
            plural: true,
            value,
            ..
        }) = number_words::word(self.w(q.end))
        {
            if value > 0.0 {
                q.numeral = Numeral::decimal(q.numeral.value / value, 3);
                q.share = true;
                q.end += 1;
                q.bare_digits = None;
                return Some(self.after_fraction(q));
            }
        }
        // a compound plural denominator: "three twenty-firsts", "twenty twenty fifths"
        if let Some(NumWord::Tens(tens)) = number_words::word(self.w(q.end)) {
            let unit_at = if self.is_dash(q.end + 1) {
                q.end + 2
            } else {
                q.end + 1
            };
            if let Some(NumWord::Ordinal {
                plural: true,
                value,
                class: OrdinalClass::Unit,
            }) = number_words::word(self.w(unit_at))
            {
                let den = f64::from(tens) + value;
                q.numeral = Numeral::decimal(q.numeral.value / den, 3);
                q.share = true;
                q.end = unit_at + 1;
                q.bare_digits = None;
                return Some(self.after_fraction(q));
            }
        }
        // "X out of Y", "X in Y", "X over Y": a ratio
        if let Some(r) = self.ratio(q) {
            return Some(r);
        }
        Some(q)
    }

    /// Decimals spoken after "point": "zero three" is .03, "seventy-one" .71, "nought four"
    /// .04. Returns (fraction, digits, end).
    pub(super) fn point_decimals(&self, i: usize) -> Option<(f64, u32, usize)> {
        let mut digits = String::new();
        let mut j = i;
        while let Some(NumWord::Unit(u)) = number_words::word(self.w(j)) {
            digits.push(char::from(b'0' + u));
            j += 1;
        }
        if digits.is_empty() {
            let (n, end, ordinal, _) = self.cardinal(i)?;
            if ordinal || n.value >= 100.0 || n.value.fract() != 0.0 {
                return None;
            }
            digits = (n.value as u32).to_string();
            j = end;
        }
        let v: f64 = format!("0.{digits}").parse().ok()?;
        Some((v, digits.len() as u32, j))
    }

    /// After a fraction: a scale word makes it a count ("three quarters billion",
    /// "two thirds of a million").
    pub(super) fn after_fraction(&self, mut q: Quantity) -> Quantity {
        let mut j = q.end;
        if self.w(j) == "of" && matches!(self.w(j + 1), "a" | "an") {
            j += 2;
        }
        if let Some(NumWord::Scale(s)) = number_words::word(self.w(j)) {
            q.numeral = Numeral::integer(q.numeral.value * s);
            q.share = false;
            q.ratio = None;
            q.end = j + 1;
        }
        q
    }

    pub(super) fn power(&self, i: usize) -> Option<(f64, usize)> {
        let base = self.numeral(i)?.value;
        let mut j = i + 1;
        let mut mantissa = None;
        if self.w(j) == "x" && self.glued(j) && self.raw(j + 1) == "10" && self.glued(j + 1) {
            mantissa = Some(base);
            j += 2;
        }
        if self.raw(j) != "^" || !self.glued(j) {
            return None;
        }
        j += 1;
        let mut sign = 1.0;
        while matches!(self.raw(j), "-" | "+") {
            if self.raw(j) == "-" {
                sign = -sign;
            }
            j += 1;
        }
        if !self.is_num(j) {
            return None;
        }
        let exp = sign * self.numeral(j)?.value;
        let v = match mantissa {
            Some(m) => m * 10f64.powf(exp),
            None => base.powf(exp),
        };
        v.is_finite().then_some((v, j + 1))
    }

    pub(super) fn ratio(&self, q: Quantity) -> Option<Quantity> {
        let link = self.w(q.end);
        if !matches!(link, "in" | "out" | "over") {
            return None;
        }
        let start = if link == "out" {
            if self.w(q.end + 1) != "of" {
                return None;
            }
            q.end + 2
        } else {
            q.end + 1
        };
        let (d, d_end, ordinal, _) = self.cardinal(start)?;
        if ordinal {
            return None;
        }
        let a = q.numeral.value;
        let b = d.value;
        let year_like =
            self.is_num(start) && self.raw(start).len() == 4 && (1000.0..2100.0).contains(&b);
        // "X over Y" may be any division ("2000 over 3"); "in" and "out of" are parts
        if b == 0.0 || (a > b && link != "over") || a < 0.0 || year_like {
            return None;
        }
        if link == "over" {
            // "$2000 over 3 years" is a period, not a ratio
            let next = self.kind(d_end);
            if next == Some(TokenKind::Word) {
                return None;
            }
        }
        let mut r = q;
        r.numeral = Numeral::decimal(a / b, 4);
        r.ratio = Some((a, b));
        r.share = true;
        r.end = d_end;
        r.bare_digits = None;
        Some(r)
    }
}

//! What checks read: the text, its figures and their claims, with the helpers every check
//! uses to look at a figure and to build a finding.

use crate::claims::{Claims, Relation};
use crate::diagnostic::{Finding, Related, Severity, Suggestion};
use crate::numeric::Interval;
use crate::parse::lexicon::{HedgeKind, Lexicon};
use crate::parse::number_words::scale_suffix;
use crate::parse::{Figure, FigureKind, Parsed};
use crate::source::Span;

use super::catalogue::CheckInfo;
use super::message::{format_like, show};

/// What checks read: the text, its figures, their claims and relations.
pub struct Context<'a> {
    /// The analysed text (same offsets as the input).
    pub text: &'a str,
    pub parsed: &'a Parsed,
    pub claims: &'a Claims,
    /// The publication date, when the input or the configuration gives one.
    pub published: Option<jiff::civil::Date>,
    pub lexicon: &'a Lexicon,
}

impl Context<'_> {
    pub fn figure(&self, k: usize) -> &Figure {
        &self.parsed.figures[k]
    }

    /// The figure's text as written, as messages quote it mid-sentence: a hedge capitalised
    /// only because it opens a sentence is lowered ("Fewer than half" -> "fewer than
    /// half"); everything else is as written.
    pub fn written(&self, k: usize) -> std::borrow::Cow<'_, str> {
        let raw = self.raw(k);
        let f = self.figure(k);
        let opens_with_hedge = f.hedge.as_deref().is_some_and(|h| {
            let first = h.split(' ').next().unwrap_or(h);
            raw.get(..first.len()).is_some_and(|w| {
                w != first
                    && w.eq_ignore_ascii_case(first)
                    && w.chars().skip(1).all(|c| !c.is_uppercase())
            })
        });
        let mut chars = raw.chars();
        match chars.next() {
            Some(c) if opens_with_hedge && c.is_uppercase() => {
                std::borrow::Cow::Owned(c.to_lowercase().chain(chars).collect())
            }
            _ => std::borrow::Cow::Borrowed(raw),
        }
    }

    /// The figure's text exactly as written.
    pub fn raw(&self, k: usize) -> &str {
        &self.text[self.figure(k).span.range()]
    }

    /// The interval a figure allows (its value when no interval is known).
    pub fn interval(&self, k: usize) -> Option<Interval> {
        self.figure(k).allowed()
    }

    /// The interval of the number as written, before any hedge: "more than 7 feet" is 7
    /// here. For comparing a figure with its own restatement (a conversion).
    pub fn written_interval(&self, k: usize) -> Option<Interval> {
        let f = self.figure(k);
        match (f.hedge_kind.as_deref().copied(), f.numeral) {
            (Some(_), Some(n)) => Some(n.rounding(self.lexicon.round_min)),
            _ => self.interval(k),
        }
    }

    /// Whether a figure carries a hedge that loosens it ("about", "more than") or is a
    /// vague amount; "exactly" and "a total of" do not count.
    pub fn hedged(&self, k: usize) -> bool {
        let f = self.figure(k);
        f.hedge.is_some() && !matches!(f.hedge_kind.as_deref(), Some(HedgeKind::Exactly))
    }

    /// The figure's number as written, without its hedge: "£7.5m" for "a total of £7.5m".
    pub fn number_text(&self, k: usize) -> &str {
        let f = self.figure(k);
        let written = self.raw(k);
        match &f.hedge {
            Some(h) if f.value.is_some() => {
                let words = h.split(' ').count();
                let mut rest = written;
                for _ in 0..words {
                    rest = rest.trim_start();
                    let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
                    // a hedge such as "~" or ">" may be glued to the number
                    if rest[..end].chars().any(|c| c.is_ascii_digit()) {
                        break;
                    }
                    rest = &rest[end..];
                }
                rest.trim_start()
            }
            _ => written,
        }
    }

    /// A value written the way figure `k` writes its own: currency sign and scale word
    /// kept ("£6.5m" beside "£7.5m"), else [`show`]. The scale is the one the figure's
    /// numeral was read with, or else the one the parser's grammar gives the word written
    /// after the digits ("2.3 million"); the word is kept as written.
    pub fn show_like(&self, k: usize, value: f64) -> String {
        let text = self.number_text(k);
        let sign: String = text
            .chars()
            .take_while(|c| !c.is_ascii_digit() && !c.is_alphabetic())
            .collect();
        let plain = format!("{sign}{}", show(value));
        let Some(last) = text.rfind(|c: char| c.is_ascii_digit()) else {
            return plain;
        };
        let suffix = &text[last + 1..];
        let (word, glued) = match suffix.strip_prefix(' ') {
            // the scale word before a currency word: "700 mln dlrs"
            Some(words) => (words.split(' ').next().unwrap_or(words), false),
            None => (suffix, true),
        };
        if word.is_empty() || !word.chars().all(|c| c.is_ascii_alphabetic()) {
            return plain;
        }
        let f = self.figure(k);
        let scale = match f.numeral {
            Some(n) if n.scale > 1.0 => n.scale,
            // "5m" of a measure is metres
            _ if f.kind == FigureKind::Measure => return plain,
            _ => match scale_suffix(word, glued) {
                Some(s) => s,
                None => return plain,
            },
        };
        // the scale only where the value reads exactly with it: "£6.5m", but "560" rather
        // than "0.00056 mln" and "700,000,001" rather than "700 mln"
        let scaled = value / scale;
        let exact = ((scaled * 1e3).round() - scaled * 1e3).abs() < 1e-6;
        if scaled.abs() >= 1.0 && exact {
            format!("{sign}{}{suffix}", show(scaled))
        } else {
            plain
        }
    }

    /// The figure pairs stated side by side as conversions ("13 miles (21 km)") whose first
    /// figure is of `kind`.
    pub fn conversions(&self, kind: FigureKind) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.claims
            .relations
            .iter()
            .filter_map(move |rel| match rel {
                Relation::Conversion {
                    original,
                    converted,
                } if self.figure(*original).kind == kind => Some((*original, *converted)),
                _ => None,
            })
    }

    /// Starts a finding of `info`'s check on figure `k`, which is off. The severity is
    /// capped by the check's own (`severity = "warning"` in `rules/checks.toml`).
    pub fn report(
        &self,
        info: &'static CheckInfo,
        severity: Severity,
        k: usize,
    ) -> FindingBuilder<'_> {
        self.report_at(info, severity, self.figure(k).span)
    }

    /// Starts a finding of `info`'s check on a span that is not one figure's (a malformed
    /// number the parser could not read as one); otherwise as [`Context::report`].
    pub fn report_at(
        &self,
        info: &'static CheckInfo,
        severity: Severity,
        span: Span,
    ) -> FindingBuilder<'_> {
        let severity = match info.severity {
            Some(cap) if cap < severity => cap,
            _ => severity,
        };
        FindingBuilder {
            ctx: self,
            finding: Finding {
                code: info.code.as_str(),
                name: info.name.as_str(),
                severity,
                message: String::new(),
                arithmetic: String::new(),
                span,
                label: String::new(),
                related: Vec::new(),
                suggestion: None,
            },
        }
    }

    /// A suggestion that replaces figure `k`'s number with `value`, keeping its currency
    /// sign, scale and grouping; `None` when the figure is hedged or vague (a replacement
    /// would have to choose how to reword it).
    pub fn replace_value(&self, k: usize, value: f64) -> Option<Suggestion> {
        if self.hedged(k) || value.fract() != 0.0 {
            return None;
        }
        let f = self.figure(k);
        let number = self.number_text(k);
        let start = f.span.end as usize - number.len();
        let replacement = if number.bytes().all(|b| b.is_ascii_digit() || b == b',') {
            format_like(value, number.contains(','))
        } else if number.chars().any(|c| c.is_ascii_digit()) {
            self.show_like(k, value) // "£6.2m" -> "£5.2m"
        } else {
            return None; // a number in words: the rewording is the writer's choice
        };
        Some(Suggestion {
            span: Span::new(start, f.span.end as usize),
            replacement,
        })
    }
}

/// A finding under construction, from [`Context::report`]: every check builds its findings
/// the same way, so each finding has its message, arithmetic, label and related figures in
/// the same places.
#[must_use = "a finding is reported only once built"]
pub struct FindingBuilder<'c> {
    ctx: &'c Context<'c>,
    finding: Finding,
}

impl FindingBuilder<'_> {
    /// What is wrong, in a sentence.
    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.finding.message = message.into();
        self
    }

    /// The arithmetic that shows it: "33 + 5 = 38, but the total says 41".
    pub fn arithmetic(mut self, arithmetic: impl Into<String>) -> Self {
        self.finding.arithmetic = arithmetic.into();
        self
    }

    /// The part the reported figure plays ("stated total"), shown under it.
    pub fn label(mut self, label: &str) -> Self {
        self.finding.label = label.to_string();
        self
    }

    /// Another figure involved, and its part in the finding ("part", "from").
    pub fn related(mut self, k: usize, label: &str) -> Self {
        self.finding.related.push(Related {
            label: label.to_string(),
            span: self.ctx.figure(k).span,
        });
        self
    }

    /// Words involved that are no figure ("doubled"), and their part in the finding.
    pub fn related_span(mut self, span: Span, label: &str) -> Self {
        self.finding.related.push(Related {
            label: label.to_string(),
            span,
        });
        self
    }

    /// Several figures that play the same part ("part").
    pub fn related_all(self, ks: impl IntoIterator<Item = usize>, label: &str) -> Self {
        ks.into_iter().fold(self, |b, k| b.related(k, label))
    }

    /// A replacement that would fix it, when one value would.
    pub fn suggest(mut self, suggestion: Option<Suggestion>) -> Self {
        self.finding.suggestion = suggestion;
        self
    }

    /// The finding.
    pub fn build(self) -> Finding {
        self.finding
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimLexicon;
    use crate::source::Document;

    /// Runs `f` on the context of `text`.
    fn with_context(text: &str, f: impl FnOnce(&Context)) {
        let doc = Document::from_text("t.txt", text);
        let lexicon = Lexicon::builtin();
        let parsed = crate::parse::parse(&doc, lexicon);
        let claims = crate::claims::analyse(&doc.text, &parsed, ClaimLexicon::builtin());
        f(&Context {
            text: &doc.text,
            parsed: &parsed,
            claims: &claims,
            published: None,
            lexicon,
        });
    }

    #[test]
    fn values_are_shown_with_the_figures_own_scale_where_they_read_exactly() {
        with_context("It cost £7.5m.", |ctx| {
            assert_eq!(ctx.show_like(0, 6.5e6), "£6.5m");
            assert_eq!(ctx.show_like(0, 560.0), "£560");
        });
        with_context("The fund holds 700 mln dlrs.", |ctx| {
            assert_eq!(ctx.show_like(0, 7.25e8), "725 mln dlrs");
            assert_eq!(ctx.show_like(0, 700_000_001.0), "700,000,001");
        });
        with_context(
            "2.3 million people live there, and £1.2bn was spent.",
            |ctx| {
                assert_eq!(ctx.show_like(0, 2.5e6), "2.5 million");
                assert_eq!(ctx.show_like(1, 1.25e9), "£1.25bn");
            },
        );
    }

    #[test]
    fn findings_are_built_in_one_place_with_the_checks_severity_cap() {
        with_context("It doubled from 40 to 120.", |ctx| {
            let Some(info) = crate::checks::lookup("multiplier-mismatch") else {
                panic!("FC105 is in the catalogue");
            };
            let finding = ctx
                .report(info, Severity::Error, 1)
                .message("m")
                .arithmetic("a")
                .label("result")
                .related(0, "from")
                .build();
            assert_eq!(finding.code, "FC105");
            assert_eq!(finding.severity, Severity::Warning, "capped by checks.toml");
            assert_eq!(finding.span, ctx.figure(1).span);
            assert_eq!(
                (finding.message.as_str(), finding.label.as_str()),
                ("m", "result")
            );
            assert_eq!(finding.related[0].label, "from");
            assert_eq!(finding.related[0].span, ctx.figure(0).span);
        });
    }
}

//! What checks read: the text, its figures and their claims, with the helpers every check
//! uses to look at a figure and to build a finding.

use crate::claims::{Claims, Relation};
use crate::diagnostic::{Finding, Related, Severity, Suggestion};
use crate::lexicon::{HedgeKind, Lexicon};
use crate::numeric::Interval;
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

    /// The figure's text as written.
    pub fn written(&self, k: usize) -> &str {
        &self.text[self.figure(k).span.range()]
    }

    /// The interval a figure allows (its value when no interval is known).
    pub fn interval(&self, k: usize) -> Option<Interval> {
        let f = self.figure(k);
        f.interval.or_else(|| f.value.map(Interval::exact))
    }

    /// The interval of the number as written, before any hedge: "more than 7 feet" is 7
    /// here. For comparing a figure with its own restatement (a conversion).
    pub fn written_interval(&self, k: usize) -> Option<Interval> {
        let f = self.figure(k);
        match (f.hedge_kind, f.numeral) {
            (Some(_), Some(n)) => Some(n.rounding(self.lexicon.round_min)),
            _ => self.interval(k),
        }
    }

    /// Whether a figure carries a hedge that loosens it ("about", "more than") or is a
    /// vague amount; "exactly" and "a total of" do not count.
    pub fn hedged(&self, k: usize) -> bool {
        let f = self.figure(k);
        f.hedge.is_some() && !matches!(f.hedge_kind, Some(HedgeKind::Exactly))
    }

    /// The figure's number as written, without its hedge: "£7.5m" for "a total of £7.5m".
    pub fn number_text(&self, k: usize) -> &str {
        let f = self.figure(k);
        let written = self.written(k);
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

    /// A value written the way figure `k` writes its own: currency sign and scale suffix
    /// kept ("£6.5m" beside "£7.5m"), else [`show`].
    pub fn show_like(&self, k: usize, value: f64) -> String {
        let text = self.number_text(k);
        let sign: String = text
            .chars()
            .take_while(|c| !c.is_ascii_digit() && !c.is_alphabetic())
            .collect();
        let suffixes: [(&str, f64); 8] = [
            ("bn", 1e9),
            (" billion", 1e9),
            ("m", 1e6),
            (" million", 1e6),
            ("k", 1e3),
            (" trillion", 1e12),
            ("tn", 1e12),
            (" thousand", 1e3),
        ];
        for (suffix, scale) in suffixes {
            if text.ends_with(suffix) && text.chars().any(|c| c.is_ascii_digit()) {
                return format!("{sign}{}{suffix}", show(value / scale));
            }
        }
        format!("{sign}{}", show(value))
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

    /// A related-figure entry.
    pub fn related(&self, k: usize, label: &str) -> Related {
        Related {
            label: label.to_string(),
            span: self.figure(k).span,
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

/// A finding of `info`'s check; the message and arithmetic are the check's.
pub fn finding(
    info: &'static CheckInfo,
    severity: Severity,
    span: Span,
    message: String,
    arithmetic: String,
) -> Finding {
    let code: &'static str = info.code.as_str();
    let name: &'static str = info.name.as_str();
    let severity = match info.severity {
        Some(cap) if cap < severity => cap,
        _ => severity,
    };
    Finding {
        code,
        name,
        severity,
        message,
        arithmetic,
        span,
        label: String::new(),
        related: Vec::new(),
        suggestion: None,
    }
}

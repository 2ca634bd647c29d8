//! The rule engine: the registry of checks, their metadata from `rules/checks.toml`, the
//! context they read and the run that collects their findings.
//!
//! A check is a function from a [`Context`] to findings. Its code, name, default severity,
//! explanation and pass/fail examples are data; the registry ties each code to its function.

use serde::Deserialize;

use crate::claims::Claims;
use crate::diagnostic::{Finding, Related, Severity, Suggestion};
use crate::numeric::Interval;
use crate::parse::{Figure, Parsed};
use crate::{Error, ErrorKind, Result};

const CHECKS: &str = include_str!("../../rules/checks.toml");

/// What a check is, as `figcheck rules` and `figcheck explain` show it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RuleInfo {
    pub code: String,
    pub name: String,
    pub summary: String,
    pub why: String,
    pub fix: String,
    #[serde(default)]
    pub fail: Vec<String>,
    #[serde(default)]
    pub pass: Vec<String>,
    /// "info" to make a check quiet by default.
    #[serde(default)]
    pub severity: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckFile {
    check: Vec<RuleInfo>,
}

/// The metadata of every check, in code order.
pub fn catalogue() -> &'static [RuleInfo] {
    static CATALOGUE: std::sync::OnceLock<Vec<RuleInfo>> = std::sync::OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let mut file: CheckFile = crate::lexicon::parse_toml("rules/checks.toml", CHECKS)
            .unwrap_or_else(|e| panic!("built-in rules are valid (tested): {e}"));
        file.check.sort_by(|a, b| a.code.cmp(&b.code));
        file.check
    })
}

/// The metadata of a check by code ("FC101") or name ("parts-sum-mismatch").
pub fn lookup(code_or_name: &str) -> Option<&'static RuleInfo> {
    catalogue()
        .iter()
        .find(|r| r.code.eq_ignore_ascii_case(code_or_name) || r.name == code_or_name)
}

/// What checks read: the text, its figures, their claims and relations.
pub struct Context<'a> {
    /// The analysed text (same offsets as the input).
    pub text: &'a str,
    pub parsed: &'a Parsed,
    pub claims: &'a Claims,
    /// The publication date, when the input or the configuration gives one.
    pub published: Option<jiff::civil::Date>,
    pub lexicon: &'a crate::lexicon::Lexicon,
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
        f.hedge.is_some() && !matches!(f.hedge_kind, Some(crate::lexicon::HedgeKind::Exactly))
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
    pub fn conversions(
        &self,
        kind: crate::parse::FigureKind,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.claims
            .relations
            .iter()
            .filter_map(move |rel| match rel {
                crate::claims::Relation::Conversion {
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
            span: crate::source::Span::new(start, f.span.end as usize),
            replacement,
        })
    }
}

/// A whole number written as `figure` writes one: grouped with commas when asked.
pub fn format_like(value: f64, grouped: bool) -> String {
    let digits = format!("{}", value.abs() as u64);
    let mut out = String::new();
    if value < 0.0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if grouped && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A number for messages: whole numbers grouped, others to four significant places.
pub fn show(v: f64) -> String {
    if v.is_infinite() {
        return if v > 0.0 { "∞".into() } else { "-∞".into() };
    }
    if (v - v.round()).abs() < 1e-9 && v.abs() < 1e15 {
        return format_like(v.round(), v.abs() >= 1_000.0);
    }
    if v.abs() < 0.001 {
        return format!("{v:.2e}");
    }
    let s = format!("{v:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// A number to three significant figures, for rates: 191, 0.523, 0.00189.
pub fn show_sig(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return show(v);
    }
    let digits = 2 - v.abs().log10().floor() as i32;
    let factor = crate::numeric::pow10(digits.max(0));
    show((v * factor).round() / factor)
}

/// An interval for messages: "38", "36 to 44", "at least 50".
pub fn show_interval(i: Interval) -> String {
    if (i.hi - i.lo).abs() < 1e-9 {
        show(i.lo)
    } else if i.hi.is_infinite() {
        format!("at least {}", show(i.lo))
    } else if i.lo.is_infinite() {
        format!("at most {}", show(i.hi))
    } else {
        format!("{} to {}", show(i.lo), show(i.hi))
    }
}

/// `error` when no hedge is involved, else `warning`: a hedge could be read to save it.
pub fn severity_for(hedged: bool) -> Severity {
    if hedged {
        Severity::Warning
    } else {
        Severity::Error
    }
}

type CheckFn = fn(&Context, &'static RuleInfo) -> Vec<Finding>;

/// Which checks run.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Codes or names, or prefixes of codes ("FC1"); empty means all.
    pub select: Vec<String>,
    pub ignore: Vec<String>,
}

impl Selection {
    fn matches(list: &[String], info: &RuleInfo) -> bool {
        list.iter().any(|s| {
            info.name == *s
                || info.code.eq_ignore_ascii_case(s)
                || (!s.is_empty()
                    && info
                        .code
                        .to_ascii_uppercase()
                        .starts_with(&s.to_ascii_uppercase()))
                || s == "ALL"
        })
    }

    /// Whether the check runs.
    pub fn enabled(&self, info: &RuleInfo) -> bool {
        (self.select.is_empty() || Self::matches(&self.select, info))
            && !Self::matches(&self.ignore, info)
    }

    /// Checks that every selected or ignored name is a known check.
    pub fn validate(&self) -> Result<()> {
        for s in self.select.iter().chain(&self.ignore) {
            let known = s == "ALL"
                || catalogue().iter().any(|r| {
                    r.name == *s
                        || r.code
                            .to_ascii_uppercase()
                            .starts_with(&s.to_ascii_uppercase())
                });
            if !known {
                return Err(Error::new(ErrorKind::Config {
                    message: format!(
                        "unknown check `{s}` in --select/--ignore; `figcheck rules` lists the checks"
                    ),
                }));
            }
        }
        Ok(())
    }
}

/// The registry: each check's code and function.
fn registry() -> &'static [(&'static str, CheckFn)] {
    use crate::checks::{arithmetic, consistency, dates, units};
    &[
        ("FC101", arithmetic::parts_total::sum_mismatch),
        ("FC102", arithmetic::parts_total::exceed_total),
        ("FC103", arithmetic::share_count::check),
        ("FC104", arithmetic::percent_change::check),
        ("FC105", arithmetic::multiplier::check),
        ("FC106", arithmetic::numeral_word::check),
        ("FC107", arithmetic::shares_total::check),
        ("FC108", arithmetic::rate_change::check),
        ("FC109", arithmetic::impossible::check),
        ("FC201", consistency::restated::check),
        ("FC202", consistency::headline::check),
        ("FC203", consistency::subset::check),
        ("FC204", consistency::balance::check),
        ("FC205", consistency::vague::check),
        ("FC301", dates::weekday::check),
        ("FC302", dates::duration::check),
        ("FC303", dates::age::check),
        ("FC304", dates::relative::check),
        ("FC401", units::conversion::check),
        ("FC402", units::currency::check),
    ]
}

/// Runs the enabled checks; findings come sorted by position, then code.
pub fn run(ctx: &Context, selection: &Selection) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (code, check) in registry() {
        let Some(info) = lookup(code) else { continue };
        if !selection.enabled(info) {
            continue;
        }
        findings.extend(check(ctx, info));
    }
    findings.sort_by(|a, b| (a.span, a.code).cmp(&(b.span, b.code)));
    findings.dedup_by(|a, b| a.code == b.code && a.span == b.span);
    findings
}

/// A finding of `info`'s check; the message and arithmetic are the check's.
pub fn finding(
    info: &'static RuleInfo,
    severity: Severity,
    span: crate::source::Span,
    message: String,
    arithmetic: String,
) -> Finding {
    let code: &'static str = info.code.as_str();
    let name: &'static str = info.name.as_str();
    let severity = match info.severity.as_deref().and_then(Severity::parse) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_registered_check_has_metadata_and_back() {
        for (code, _) in registry() {
            assert!(
                lookup(code).is_some(),
                "{code} has no entry in rules/checks.toml"
            );
        }
        for info in catalogue() {
            assert!(
                registry().iter().any(|(c, _)| *c == info.code),
                "{} is not registered",
                info.code
            );
            assert!(
                info.fail.len() >= 3 && info.pass.len() >= 3,
                "{} needs examples",
                info.code
            );
        }
    }

    #[test]
    fn numbers_for_messages() {
        assert_eq!(show(38.0), "38");
        assert_eq!(show(1_234_567.0), "1,234,567");
        assert_eq!(show(0.25), "0.25");
        assert_eq!(show_interval(Interval::new(36.0, 44.0)), "36 to 44");
    }
}

//! Numbers as messages show them: grouped whole numbers, four significant places, intervals
//! in words, and the severity a hedge allows.

use crate::diagnostic::Severity;
use crate::numeric::Interval;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_for_messages() {
        assert_eq!(show(38.0), "38");
        assert_eq!(show(1_234_567.0), "1,234,567");
        assert_eq!(show(0.25), "0.25");
        assert_eq!(show_interval(Interval::new(36.0, 44.0)), "36 to 44");
    }
}

//! The registry: each check's code tied to its function, which checks a run selects, and
//! the run that collects their findings.
//!
//! A newcomer adding a check adds one line to [`registry`] (and its entry to
//! `rules/checks.toml`).

use std::sync::LazyLock;

use crate::diagnostic::Finding;
use crate::error::{Error, ErrorKind, Result};

use super::catalogue::{CheckInfo, catalogue, lookup};
use super::context::Context;

type CheckFn = fn(&Context, &'static CheckInfo) -> Vec<Finding>;

/// Which checks run.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Codes or names, or prefixes of codes ("FC1"); empty means all.
    pub select: Vec<String>,
    pub ignore: Vec<String>,
}

impl Selection {
    fn matches(list: &[String], info: &CheckInfo) -> bool {
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
    pub(crate) fn enabled(&self, info: &CheckInfo) -> bool {
        (self.select.is_empty() || Self::matches(&self.select, info))
            && !Self::matches(&self.ignore, info)
    }

    /// Checks that every selected or ignored name is a known check.
    pub fn validate(&self) -> Result<()> {
        for s in self.select.iter().chain(&self.ignore) {
            if !known(s) {
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

/// Whether `s` names checks: a code, a code prefix ("FC1"), a name, or "ALL".
pub fn known(s: &str) -> bool {
    s == "ALL"
        || catalogue().iter().any(|r| {
            r.name == *s
                || r.code
                    .to_ascii_uppercase()
                    .starts_with(&s.to_ascii_uppercase())
        })
}

/// The registry: each check's code and function.
fn registry() -> &'static [(&'static str, CheckFn)] {
    use super::{arithmetic, consistency, dates, units};
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

/// Each registered check with its metadata, looked up once rather than for every document.
static REGISTERED: LazyLock<Vec<(&'static CheckInfo, CheckFn)>> = LazyLock::new(|| {
    registry()
        .iter()
        .filter_map(|(code, check)| lookup(code).map(|info| (info, *check)))
        .collect()
});

/// Runs the enabled checks; findings come sorted by position, then code.
pub fn run(ctx: &Context, selection: &Selection) -> Vec<Finding> {
    let mut findings = Vec::new();
    for &(info, check) in REGISTERED.iter() {
        if !selection.enabled(info) {
            continue;
        }
        findings.extend(check(ctx, info));
    }
    findings.sort_by(|a, b| (a.span, a.code).cmp(&(b.span, b.code)));
    findings.dedup_by(|a, b| a.code == b.code && a.span == b.span);
    findings
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
}

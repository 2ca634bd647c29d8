//! The metadata of every check, from `rules/checks.toml`: code, name, explanation, pass and
//! fail examples and an optional severity cap. Data only; the registry ties each code
//! to its function.

use serde::Deserialize;

use crate::diagnostic::Severity;

const CHECKS: &str = include_str!("../../rules/checks.toml");

/// What a check is, as `figcheck rules` and `figcheck explain` show it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CheckInfo {
    pub code: String,
    pub name: String,
    pub summary: String,
    pub why: String,
    pub fix: String,
    #[serde(default)]
    pub fail: Vec<String>,
    #[serde(default)]
    pub pass: Vec<String>,
    /// The most severe a finding of this check may be: `info` makes a check quiet by
    /// default.
    #[serde(default)]
    pub severity: Option<Severity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckFile {
    check: Vec<CheckInfo>,
}

/// The metadata of every check, in code order.
pub fn catalogue() -> &'static [CheckInfo] {
    static CATALOGUE: std::sync::OnceLock<Vec<CheckInfo>> = std::sync::OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let mut file: CheckFile = crate::rulefile::parse_toml("rules/checks.toml", CHECKS)
            .unwrap_or_else(|e| panic!("built-in rules are valid (tested): {e}"));
        file.check.sort_by(|a, b| a.code.cmp(&b.code));
        file.check
    })
}

/// The metadata of a check by code ("FC101") or name ("parts-sum-mismatch").
pub fn lookup(code_or_name: &str) -> Option<&'static CheckInfo> {
    catalogue()
        .iter()
        .find(|r| r.code.eq_ignore_ascii_case(code_or_name) || r.name == code_or_name)
}

//! The shape of `rules/relations.toml` as it is read (one struct a section), before the
//! claims lexicon ([`super::lexicon::RelationWords`]) compiles it into word sets and phrase
//! lists.

use rustc_hash::FxHashMap;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ChangeFile {
    pub(super) up: Vec<String>,
    pub(super) down: Vec<String>,
    pub(super) nouns_up: Vec<String>,
    pub(super) nouns_down: Vec<String>,
    pub(super) range: Vec<String>,
    pub(super) qualifiers: Vec<String>,
    pub(super) clause_ends: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TotalsFile {
    pub(super) after: Vec<String>,
    pub(super) before: Vec<String>,
    /// May be left out of a user's file (one written before it existed): the built-in
    /// one stands in.
    pub(super) marks: Option<Vec<String>>,
    /// May be left out of a user's file (one written before it existed).
    pub(super) made_of: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct IncludingFile {
    pub(super) cues: Vec<String>,
    pub(super) net: Vec<String>,
    /// May be left out of a user's file (one written before it existed).
    pub(super) list_ends: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PartitionFile {
    pub(super) cues: Vec<String>,
    pub(super) overlap: Vec<String>,
    /// May be left out of a user's file (one written before it existed).
    pub(super) rest: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WordsFile {
    pub(super) determiners: Vec<String>,
    pub(super) base_skip: Vec<String>,
    pub(super) whole: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RestatementsFile {
    pub(super) subset_cues: Vec<String>,
    pub(super) comparison: Vec<String>,
    pub(super) starters: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SpansFile {
    pub(super) cues: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AccountsFile {
    pub(super) stock_before: Vec<String>,
    pub(super) closing_after: Vec<String>,
    pub(super) inflows: Vec<String>,
    pub(super) nested: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SetsFile {
    pub(super) openers: Vec<String>,
    pub(super) all: Vec<String>,
    pub(super) agent_suffixes: Vec<String>,
    pub(super) verb_suffixes: Vec<String>,
    pub(super) apposed_exact: Vec<String>,
    pub(super) list_openers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MultiplierHedgesFile {
    pub(super) at_least: Vec<String>,
    pub(super) nearly: Vec<String>,
    pub(super) at_most: Vec<String>,
    pub(super) nearly_factor: toml::Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LevelsFile {
    pub(super) alone: Vec<String>,
    pub(super) determiners: Vec<String>,
    pub(super) nouns: Vec<String>,
}

/// `rules/relations.toml`. The sections after `[change]` may be left out of a user's file
/// (one written before they existed): the built-in ones stand in.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RelationFile {
    pub(super) change: ChangeFile,
    pub(super) multipliers: FxHashMap<String, f64>,
    pub(super) multiplier_hedges: Option<MultiplierHedgesFile>,
    pub(super) levels: Option<LevelsFile>,
    pub(super) totals: Option<TotalsFile>,
    pub(super) including: Option<IncludingFile>,
    pub(super) partition: Option<PartitionFile>,
    pub(super) words: Option<WordsFile>,
    pub(super) restatements: Option<RestatementsFile>,
    pub(super) spans: Option<SpansFile>,
    pub(super) accounts: Option<AccountsFile>,
    pub(super) sets: Option<SetsFile>,
}

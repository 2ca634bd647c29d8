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

#[derive(Deserialize, Default)]
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

impl RelationFile {
    /// Whether a section or an optional list is left out (a file written before it existed).
    pub(super) fn lacks_any(&self) -> bool {
        self.totals
            .as_ref()
            .is_none_or(|t| t.marks.is_none() || t.made_of.is_none())
            || self
                .including
                .as_ref()
                .is_none_or(|i| i.list_ends.is_none())
            || self.partition.as_ref().is_none_or(|p| p.rest.is_none())
            || self.words.is_none()
            || self.restatements.is_none()
            || self.spans.is_none()
            || self.accounts.is_none()
            || self.sets.is_none()
            || self.multiplier_hedges.is_none()
            || self.levels.is_none()
    }

    /// Fills each left-out section and optional list from `builtin`.
    pub(super) fn fill_from(&mut self, builtin: RelationFile) {
        let marks = builtin.totals.as_ref().and_then(|t| t.marks.clone());
        let made_of = builtin.totals.as_ref().and_then(|t| t.made_of.clone());
        let list_ends = builtin.including.as_ref().and_then(|i| i.list_ends.clone());
        let rest = builtin.partition.as_ref().and_then(|p| p.rest.clone());
        let totals = self
            .totals
            .get_or_insert_with(|| builtin.totals.unwrap_or_default());
        totals.marks = totals.marks.take().or(marks);
        totals.made_of = totals.made_of.take().or(made_of);
        if self.including.is_none() {
            self.including = builtin.including;
        }
        if let Some(including) = self.including.as_mut() {
            including.list_ends = including.list_ends.take().or(list_ends);
        }
        if self.partition.is_none() {
            self.partition = builtin.partition;
        }
        if let Some(partition) = self.partition.as_mut() {
            partition.rest = partition.rest.take().or(rest);
        }
        self.words = self.words.take().or(builtin.words);
        self.restatements = self.restatements.take().or(builtin.restatements);
        self.spans = self.spans.take().or(builtin.spans);
        self.accounts = self.accounts.take().or(builtin.accounts);
        self.sets = self.sets.take().or(builtin.sets);
        self.multiplier_hedges = self.multiplier_hedges.take().or(builtin.multiplier_hedges);
        self.levels = self.levels.take().or(builtin.levels);
    }
}

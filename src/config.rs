//! What a run of the checks is configured with: the lexicons, the checks selected and the
//! publication date.

use crate::claims::ClaimLexicon;
use crate::lexicon::Lexicon;
use crate::rule::Selection;

/// Settings for [`crate::check`].
#[derive(Debug, Clone)]
pub struct Config {
    pub lexicon: Lexicon,
    pub claims: ClaimLexicon,
    pub selection: Selection,
    /// Publication date (`YYYY-MM-DD`) when the input does not carry one.
    pub date: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lexicon: Lexicon::builtin().clone(),
            claims: ClaimLexicon::builtin().clone(),
            selection: Selection::default(),
            date: None,
        }
    }
}

impl Config {
    /// The built-in lexicons with the rule files in `dir` replacing their namesakes.
    pub fn with_rules_dir(dir: &std::path::Path) -> crate::Result<Config> {
        Ok(Config {
            lexicon: Lexicon::with_overrides(dir)?,
            claims: ClaimLexicon::with_overrides(dir)?,
            ..Config::default()
        })
    }
}

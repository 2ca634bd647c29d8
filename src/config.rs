//! What a run of the checks is configured with: the lexicons, the checks selected and the
//! publication date.

use crate::claims::ClaimLexicon;
use crate::parse::lexicon::Lexicon;
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

/// The options of a `figcheck.toml` file, as written. Every key is optional; unknown keys
/// are an error naming the file, line and key.
///
/// ```toml
/// select = ["FC1", "FC3"]     # codes, code prefixes or names
/// ignore = ["vague-amount-conflict"]
/// fail-on = "error"           # error | warning | info
/// rules = "newsroom-rules"    # a folder of rule files, relative to this file
/// date = "2025-03-06"         # publication date of inputs that carry none
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Options {
    pub select: Option<Vec<String>>,
    pub ignore: Option<Vec<String>>,
    pub fail_on: Option<String>,
    pub rules: Option<String>,
    pub date: Option<String>,
}

/// The name of the configuration file.
pub const CONFIG_FILE: &str = "figcheck.toml";

/// The nearest `figcheck.toml` in `dir` or a folder above it.
pub fn discover(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    dir.ancestors()
        .map(|d| d.join(CONFIG_FILE))
        .find(|p| p.is_file())
}

/// Reads a `figcheck.toml`; paths in it are made relative to its folder.
pub fn load_options(path: &std::path::Path) -> crate::Result<Options> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        crate::Error::new(crate::ErrorKind::Io {
            path: name.clone(),
            message: e.to_string(),
        })
    })?;
    let text = crate::source::decode(&name, bytes)?;
    let mut options: Options = crate::rulefile::parse_toml(&name, &text)?;
    if let Some(fail_on) = &options.fail_on {
        if crate::diagnostic::Severity::parse(fail_on).is_none() {
            return Err(crate::Error::new(crate::ErrorKind::RuleFile {
                path: name,
                line: text
                    .lines()
                    .position(|l| l.trim_start().starts_with("fail-on"))
                    .map_or(1, |n| n + 1),
                key: Some("fail-on".into()),
                message: format!("`{fail_on}` is not one of error, warning, info"),
            }));
        }
    }
    if let (Some(rules), Some(dir)) = (&options.rules, path.parent()) {
        options.rules = Some(dir.join(rules).display().to_string());
    }
    Ok(options)
}

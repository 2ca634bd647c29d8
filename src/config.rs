//! What a run of the checks is configured with: the lexicons, the checks selected and the
//! publication date; and the `figcheck.toml` file that sets them.
//!
//! Settings are typed where they enter: a date is a [`jiff::civil::Date`] that exists, a
//! fail level a [`Severity`], a rule folder a folder that is there, a selected check one
//! that is known. A bad value is an error naming the value and where it came from (the
//! flag, or the file and line).

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;

use crate::checks::Selection;
use crate::claims::ClaimLexicon;
use crate::diagnostic::Severity;
use crate::error::{Error, ErrorKind, Result};
use crate::parse::lexicon::Lexicon;

/// Settings for a run of the checks (what the pipeline reads besides the document).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Config {
    pub lexicon: Lexicon,
    pub claims: ClaimLexicon,
    pub selection: Selection,
    /// Publication date when the input does not carry one.
    pub date: Option<Date>,
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
    /// The built-in lexicons with the rule files in `dir` replacing their namesakes; `dir`
    /// must be a folder.
    pub fn with_rules_dir(dir: &Path) -> Result<Config> {
        if let Some(reason) = not_a_rules_folder(dir) {
            return Err(Error::new(ErrorKind::Config {
                message: format!("rules folder {}: {reason}", dir.display()),
            }));
        }
        Ok(Config {
            lexicon: Lexicon::with_overrides(dir)?,
            claims: ClaimLexicon::with_overrides(dir)?,
            ..Config::default()
        })
    }
}

/// Why `dir` cannot be a folder of rule files, if it cannot.
fn not_a_rules_folder(dir: &Path) -> Option<&'static str> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => None,
        Ok(_) => Some("not a folder (expected a folder of rule files such as hedges.toml)"),
        Err(_) => Some("no such folder"),
    }
}

/// Checks a rule folder named on the command line: `flag` is how it was given ("--rules").
pub fn check_rules_flag(flag: &str, dir: &Path) -> Result<()> {
    match not_a_rules_folder(dir) {
        None => Ok(()),
        Some(reason) => Err(Error::new(ErrorKind::Config {
            message: format!("{flag} {}: {reason}", dir.display()),
        })),
    }
}

/// A publication date as the user writes one: `YYYY-MM-DD`, a day that exists, year 1 or
/// later. The error says what is wrong with it.
pub(crate) fn parse_date(value: &str) -> std::result::Result<Date, String> {
    if crate::source::iso_date(value).as_deref() != Some(value) {
        return Err("expected a date as YYYY-MM-DD".into());
    }
    let date: Date = value
        .parse()
        .map_err(|e: jiff::Error| format!("not a calendar date ({e})"))?;
    if date.year() < 1 {
        return Err("not a calendar date (the years start at 0001)".into());
    }
    Ok(date)
}

/// Checks a date given on the command line: `flag` is how it was given ("--date").
pub fn date_flag(flag: &str, value: &str) -> Result<Date> {
    parse_date(value).map_err(|reason| {
        Error::new(ErrorKind::Config {
            message: format!("{flag} {value}: {reason}"),
        })
    })
}

/// The options of a `figcheck.toml` file, checked. Every key is optional; unknown keys are
/// an error naming the file, line and key.
///
/// ```toml
/// select = ["FC1", "FC3"]     # codes, code prefixes or names
/// ignore = ["vague-amount-conflict"]
/// fail-on = "error"           # error | warning | info
/// rules = "newsroom-rules"    # a folder of rule files, relative to this file
/// date = "2025-03-06"         # publication date of inputs that carry none
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    pub select: Option<Vec<String>>,
    pub ignore: Option<Vec<String>>,
    /// The least severity that makes the run fail.
    pub fail_on: Option<Severity>,
    /// The rule folder, relative to the current folder (the file names it relative to its
    /// own folder).
    pub rules: Option<PathBuf>,
    pub date: Option<Date>,
}

/// `figcheck.toml` as written, each value with where it is for messages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct OptionsFile {
    select: Option<Spanned<Vec<String>>>,
    ignore: Option<Spanned<Vec<String>>>,
    fail_on: Option<Severity>,
    rules: Option<Spanned<String>>,
    date: Option<Spanned<String>>,
}

/// The name of the configuration file.
pub(crate) const CONFIG_FILE: &str = "figcheck.toml";

/// The nearest `figcheck.toml` in `dir` or a folder above it.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(CONFIG_FILE))
        .find(|p| p.is_file())
}

/// Reads and checks a `figcheck.toml`; paths in it are made relative to its folder.
pub fn load_options(path: &Path) -> Result<Options> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        Error::new(ErrorKind::Io {
            path: name.clone(),
            message: e.to_string(),
        })
    })?;
    let text = crate::source::decode(&name, bytes)?;
    let file: OptionsFile =
        crate::rulefile::parse_toml(&name, &text).map_err(|e| match e.kind() {
            ErrorKind::RuleFile {
                path,
                line,
                key,
                message,
            } => Error::new(ErrorKind::ConfigFile {
                path: path.clone(),
                line: *line,
                key: key.clone(),
                message: message.clone(),
            }),
            _ => e,
        })?;
    let bad = |at: std::ops::Range<usize>, key: &str, message: String| {
        Error::new(ErrorKind::ConfigFile {
            path: name.clone(),
            line: text[..at.start.min(text.len())].matches('\n').count() + 1,
            key: Some(key.into()),
            message,
        })
    };
    for (key, list) in [("select", &file.select), ("ignore", &file.ignore)] {
        if let Some(list) = list
            && let Some(unknown) = list
                .get_ref()
                .iter()
                .find(|s| !crate::checks::registry::known(s))
        {
            return Err(bad(
                list.span(),
                key,
                format!("unknown check `{unknown}`; `figcheck rules` lists the checks"),
            ));
        }
    }
    let date = match &file.date {
        Some(d) => Some(
            parse_date(d.get_ref())
                .map_err(|reason| bad(d.span(), "date", format!("`{}`: {reason}", d.get_ref())))?,
        ),
        None => None,
    };
    let rules = match &file.rules {
        Some(r) => {
            let folder = path.parent().unwrap_or(Path::new(".")).join(r.get_ref());
            if let Some(reason) = not_a_rules_folder(&folder) {
                return Err(bad(
                    r.span(),
                    "rules",
                    format!("`{}` ({}): {reason}", r.get_ref(), folder.display()),
                ));
            }
            Some(folder)
        }
        None => None,
    };
    Ok(Options {
        select: file.select.map(Spanned::into_inner),
        ignore: file.ignore.map(Spanned::into_inner),
        fail_on: file.fail_on,
        rules,
        date,
    })
}

//! Settings: the rule files of `--rules`, the `figcheck.toml` that governs an input, the
//! flags laid over it, and the baseline of `--baseline`.

use figcheck::checks::Selection;
use figcheck::config::{Config, Options, check_rules_flag, date_flag, discover, load_options};
use figcheck::diagnostic::Severity;
use figcheck::report::baseline::{Baseline, Known};
use figcheck::{Error, ErrorKind};

use crate::cli::{CheckArgs, FailOn};

/// The configuration of `--rules DIR` (a folder that must be there), or the built-in one.
pub(super) fn config(rules: Option<&std::path::Path>) -> Result<Config, Error> {
    match rules {
        Some(dir) => {
            check_rules_flag("--rules", dir)?;
            Config::with_rules_dir(dir)
        }
        None => Ok(Config::default()),
    }
}

/// The `figcheck.toml` that governs an input: the one given with `--config`, else the
/// nearest in the input's folder or above it (the current folder for standard input).
pub(super) fn config_path_for(args: &CheckArgs, input: &str) -> Option<std::path::PathBuf> {
    if let Some(p) = &args.config {
        return Some(p.clone());
    }
    let input = match (input, &args.input.stdin_filename) {
        ("-", Some(name)) => name.as_str(),
        (input, _) => input,
    };
    let start = if input == "-" {
        std::env::current_dir().ok()
    } else {
        let parent = std::path::Path::new(input).parent();
        let dir = match parent {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => std::path::Path::new("."),
        };
        dir.canonicalize().ok()
    };
    start.and_then(|dir| discover(&dir))
}

/// The configuration and fail level of a `figcheck.toml` (or none) with the command-line
/// flags on top: flags win over the file.
pub(super) fn settings(
    args: &CheckArgs,
    file: Option<&std::path::Path>,
) -> Result<(Config, Severity), Error> {
    let options = match file {
        Some(p) => load_options(p)?,
        None => Options::default(),
    };
    let mut config = match (&args.input.rules, &options.rules) {
        (Some(flag), _) => config(Some(flag))?,
        (None, Some(file)) => Config::with_rules_dir(file)?,
        (None, None) => Config::default(),
    };
    config.date = match &args.input.date {
        Some(flag) => Some(date_flag("--date", flag)?),
        None => options.date,
    };
    let select = if args.select.is_empty() {
        options.select.clone().unwrap_or_default()
    } else {
        args.select.clone()
    };
    let mut ignore = options.ignore.clone().unwrap_or_default();
    ignore.extend(args.ignore.iter().cloned());
    config.selection = Selection { select, ignore };
    config.selection.validate()?;
    let fail_level = match args.fail_on {
        Some(FailOn::Error) => Severity::Error,
        Some(FailOn::Warning) => Severity::Warning,
        Some(FailOn::Info) => Severity::Info,
        None => options.fail_on.unwrap_or(Severity::Warning),
    };
    Ok((config, fail_level))
}

/// Reads the baseline of `--baseline`, if one is given.
pub(super) fn read_baseline(args: &CheckArgs) -> Result<Option<Known>, Error> {
    let Some(path) = &args.baseline else {
        return Ok(None);
    };
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::new(ErrorKind::Io {
            path: name.clone(),
            message: e.to_string(),
        })
    })?;
    Ok(Some(Baseline::from_json(&name, &text)?.known()))
}

//! Orchestration: read inputs, configure, check, render, and decide the exit status.
//! The only module besides `main.rs` that touches stdout, stderr and the exit code.

use std::io::{self, IsTerminal, Read, Write};

use rayon::prelude::*;

use figcheck::config::{Config, Options, discover, load_options};
use figcheck::diagnostic::Severity;
use figcheck::report::{self, FigureLedger, FigureRecord, FileFindings, Tally};
use figcheck::rule::{Selection, catalogue, lookup};
use figcheck::source::{self, Document, InputFormat, LineIndex};
use figcheck::{Error, ErrorKind};

use crate::cli::{CheckArgs, Command, FailOn, Format, InputArgs, InputFormatArg};

/// The exit status: 0 clean, 1 findings at or above the fail level, 2 usage or input error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Success = 0,
    Findings = 1,
    Error = 2,
}

/// Runs a parsed command line.
pub fn run(command: Command) -> ExitStatus {
    match command {
        Command::Check(args) => check(&args),
        Command::Figures(args) => figures(&args),
        Command::Rules => rules(),
        Command::Explain { check } => explain(&check),
        Command::Lsp { rules } => lsp(rules.as_deref()),
    }
}

/// Reads one path (or stdin for `-`) into documents.
fn read_input(path: &str, format: Option<InputFormatArg>) -> Result<Vec<Document>, Error> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf).map_err(|e| {
            Error::new(ErrorKind::Io {
                path: "<stdin>".into(),
                message: e.to_string(),
            })
        })?;
        buf
    } else {
        std::fs::read(path).map_err(|e| {
            Error::new(ErrorKind::Io {
                path: path.to_string(),
                message: e.to_string(),
            })
        })?
    };
    let name = if path == "-" { "<stdin>" } else { path };
    let text = source::decode(name, bytes)?;
    let format = match format {
        Some(InputFormatArg::Text) => InputFormat::Text,
        Some(InputFormatArg::Markdown) => InputFormat::Markdown,
        Some(InputFormatArg::Html) => InputFormat::Html,
        Some(InputFormatArg::Jsonl) => InputFormat::Jsonl,
        None if path == "-" => InputFormat::Text,
        None => InputFormat::from_path(path),
    };
    match format {
        InputFormat::Jsonl => source::read_jsonl(name, &text),
        other => Ok(vec![Document::from_format(name, &text, other)]),
    }
}

/// Reads every input in turn and hands its documents (one, or a JSONL batch) to `each`,
/// which returns false to stop (the reader of stdout has gone). An input that cannot be read is reported and
/// skipped; the status says whether any was.
fn each_document(
    args: &InputArgs,
    mut each: impl FnMut(&str, Vec<Document>) -> bool,
) -> ExitStatus {
    let mut status = ExitStatus::Success;
    for path in expand_folders(&args.paths, &mut status) {
        match read_input(&path, args.input_format) {
            Ok(docs) => {
                if !each(&path, docs) {
                    return status;
                }
            }
            Err(e) => {
                report_error(&e);
                status = ExitStatus::Error;
            }
        }
    }
    status
}

/// Extensions of the files a folder is searched for.
const PROSE_EXTENSIONS: &[&str] = &["md", "markdown", "mdx", "txt", "html", "htm", "jsonl"];

/// The paths to read: files as given, and for each folder the prose files under it in
/// path order, skipping what `.gitignore` and hidden folders hide (the `ignore` crate,
/// as ripgrep walks).
fn expand_folders(paths: &[String], status: &mut ExitStatus) -> Vec<String> {
    let mut out = Vec::new();
    for path in paths {
        if path == "-" || !std::path::Path::new(path).is_dir() {
            out.push(path.clone());
            continue;
        }
        let mut found = Vec::new();
        for entry in ignore::WalkBuilder::new(path).build() {
            match entry {
                Ok(e) => {
                    let p = e.path();
                    let prose = p.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                        PROSE_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str())
                    });
                    if p.is_file() && prose {
                        found.push(p.display().to_string());
                    }
                }
                Err(err) => {
                    report_error(&Error::new(ErrorKind::Io {
                        path: path.clone(),
                        message: err.to_string(),
                    }));
                    *status = ExitStatus::Error;
                }
            }
        }
        found.sort();
        out.extend(found);
    }
    out
}

fn report_error(e: &Error) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "error: {e}");
}

/// Writes to stdout; false once the reader has gone (`figcheck ... | head`), which is not
/// an error.
fn emit(out: &mut impl Write, s: &str) -> bool {
    out.write_all(s.as_bytes()).is_ok()
}

fn config(args: &InputArgs) -> Result<Config, Error> {
    match &args.rules {
        Some(dir) => Config::with_rules_dir(dir),
        None => Ok(Config::default()),
    }
}

/// Whether a date is written as `YYYY-MM-DD` and nothing more.
fn valid_date(date: &str) -> bool {
    source::iso_date(date).is_some_and(|d| d == date)
}

/// The `figcheck.toml` that governs an input: the one given with `--config`, else the
/// nearest in the input's folder or above it (the current folder for standard input).
fn config_path_for(args: &CheckArgs, input: &str) -> Option<std::path::PathBuf> {
    if let Some(p) = &args.config {
        return Some(p.clone());
    }
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
fn settings(args: &CheckArgs, file: Option<&std::path::Path>) -> Result<(Config, Severity), Error> {
    let options = match file {
        Some(p) => load_options(p)?,
        None => Options::default(),
    };
    let rules_dir = args
        .input
        .rules
        .clone()
        .or_else(|| options.rules.as_ref().map(std::path::PathBuf::from));
    let mut config = match rules_dir {
        Some(dir) => Config::with_rules_dir(&dir)?,
        None => Config::default(),
    };
    if let Some(date) = args.date.as_ref().or(options.date.as_ref()) {
        if !valid_date(date) {
            return Err(Error::new(ErrorKind::Config {
                message: format!("date `{date}`: expected a date as YYYY-MM-DD"),
            }));
        }
        config.date = Some(date.clone());
    }
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
        None => options
            .fail_on
            .as_deref()
            .and_then(Severity::parse)
            .unwrap_or(Severity::Warning),
    };
    Ok((config, fail_level))
}

fn check(args: &CheckArgs) -> ExitStatus {
    // one configuration per figcheck.toml met, each read once
    let mut configs: rustc_hash::FxHashMap<Option<std::path::PathBuf>, (Config, Severity)> =
        rustc_hash::FxHashMap::default();
    let mut config_failed = false;
    // settings errors in the flags alone are reported before any input is read
    if let Err(e) = settings(args, None) {
        report_error(&e);
        return ExitStatus::Error;
    }
    let styled = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut failed = false;
    let mut tally = Tally::default();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut all: Vec<(Document, Vec<figcheck::diagnostic::Finding>)> = Vec::new();
    let status = each_document(&args.input, |path, docs| {
        let key = config_path_for(args, path);
        if !configs.contains_key(&key) {
            match settings(args, key.as_deref()) {
                Ok(s) => {
                    configs.insert(key.clone(), s);
                }
                Err(e) => {
                    report_error(&e);
                    config_failed = true;
                    return true;
                }
            }
        }
        let Some((config, fail_level)) = configs.get(&key) else {
            return true;
        };
        let fail_level = *fail_level;
        // the articles of a batch are checked in parallel, reported in order
        let checked: Vec<(Document, Vec<figcheck::diagnostic::Finding>)> = docs
            .into_par_iter()
            .map(|mut doc| {
                if doc.date.is_none() {
                    doc.date.clone_from(&config.date);
                }
                let findings = figcheck::check(&doc, config).findings;
                (doc, findings)
            })
            .collect();
        for (doc, findings) in checked {
            tally.add(&findings);
            failed |= findings.iter().any(|f| f.severity >= fail_level);
            let file = FileFindings {
                id: doc.id.clone(),
                text: &doc.original,
                findings: findings.clone(),
            };
            let alive = match args.input.format {
                Format::Human => emit(&mut out, &report::human::findings(&file, styled)),
                Format::Jsonl => emit(&mut out, &report::jsonl::findings(&file)),
                Format::Github => emit(&mut out, &report::github::findings(&file)),
                Format::Json | Format::Sarif => {
                    all.push((doc, findings));
                    true
                }
            };
            if !alive {
                return false;
            }
        }
        true
    });
    match args.input.format {
        Format::Json | Format::Sarif => {
            let files: Vec<FileFindings> = all
                .iter()
                .map(|(doc, findings)| FileFindings {
                    id: doc.id.clone(),
                    text: &doc.original,
                    findings: findings.clone(),
                })
                .collect();
            if args.input.format == Format::Json {
                emit(&mut out, &report::json::findings(&files));
            } else {
                emit(&mut out, &report::sarif::findings(&files));
            }
        }
        Format::Human => {
            emit(&mut out, &format!("{}\n", tally.summary()));
        }
        _ => {}
    }
    let _ = out.flush();
    if status == ExitStatus::Error || config_failed {
        ExitStatus::Error
    } else if failed {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    }
}

fn figures(args: &InputArgs) -> ExitStatus {
    let config = match config(args) {
        Ok(c) => c,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut ledgers = Vec::new();
    let status = each_document(args, |_, docs| {
        let ledgers_of_batch: Vec<FigureLedger> = docs
            .into_par_iter()
            .map(|doc| {
                let (parsed, claims) = figcheck::read(&doc, &config);
                let index = LineIndex::new(&doc.original);
                let records: Vec<FigureRecord> = parsed
                    .figures
                    .iter()
                    .zip(&claims.claims)
                    .map(|(f, claim)| FigureRecord::new(&doc.original, &index, f, Some(claim)))
                    .collect();
                FigureLedger {
                    id: doc.id.clone(),
                    records,
                    relations: claims.relations.iter().map(|r| r.record()).collect(),
                }
            })
            .collect();
        ledgers_of_batch
            .into_iter()
            .all(|ledger| match args.format {
                Format::Human | Format::Github | Format::Sarif => {
                    emit(&mut out, &report::human::figures(&ledger))
                }
                Format::Jsonl => emit(&mut out, &report::jsonl::figures(&ledger)),
                Format::Json => {
                    ledgers.push(ledger);
                    true
                }
            })
    });
    if args.format == Format::Json {
        emit(&mut out, &report::json::figures(&ledgers));
    }
    let _ = out.flush();
    status
}

fn rules() -> ExitStatus {
    let mut out = String::new();
    let width = catalogue().iter().map(|r| r.name.len()).max().unwrap_or(0);
    for r in catalogue() {
        out.push_str(&format!(
            "{:<6} {:<width$}  {}\n",
            r.code, r.name, r.summary
        ));
    }
    let mut stdout = io::stdout().lock();
    emit(&mut stdout, &out);
    ExitStatus::Success
}

fn explain(name: &str) -> ExitStatus {
    let Some(r) = lookup(name) else {
        report_error(&Error::new(ErrorKind::Config {
            message: format!("no check named `{name}`; `figcheck rules` lists them"),
        }));
        return ExitStatus::Error;
    };
    let mut out = format!(
        "{} {}\n\nWhat it finds\n  {}\n\nWhy it matters\n  {}\n\nFix\n  {}\n",
        r.code, r.name, r.summary, r.why, r.fix
    );
    if let Some(example) = r.fail.first() {
        out.push_str(&format!("\nExample\n  {example}\n"));
    }
    if let Some(example) = r.pass.first() {
        out.push_str(&format!("\nUse instead\n  {example}\n"));
    }
    let mut stdout = io::stdout().lock();
    emit(&mut stdout, &out);
    ExitStatus::Success
}

fn lsp(rules: Option<&std::path::Path>) -> ExitStatus {
    let config = match rules {
        Some(dir) => match Config::with_rules_dir(dir) {
            Ok(c) => c,
            Err(e) => {
                report_error(&e);
                return ExitStatus::Error;
            }
        },
        None => Config::default(),
    };
    match figcheck::lsp::run_stdio(config) {
        Ok(()) => ExitStatus::Success,
        Err(e) => {
            report_error(&Error::new(ErrorKind::Config {
                message: format!("language server: {e}"),
            }));
            ExitStatus::Error
        }
    }
}

//! Orchestration: read inputs, configure, check, render, and decide the exit status.
//! The only module besides `main.rs` that touches stdout, stderr and the exit code.

use std::io::{self, IsTerminal, Write};

use rayon::prelude::*;

use figcheck::checks::{Selection, catalogue, lookup};
use figcheck::config::{Config, Options, check_rules_flag, date_flag, discover, load_options};
use figcheck::diagnostic::Severity;
use figcheck::report::{self, FigureLedger, FileFindings, Tally};
use figcheck::source::{self, Document, InputFormat};
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

/// How one input is to be read: as the flag says, else by its extension (`-`: plain
/// text).
fn input_format(path: &str, format: Option<InputFormatArg>) -> InputFormat {
    match format {
        Some(InputFormatArg::Text) => InputFormat::Text,
        Some(InputFormatArg::Markdown) => InputFormat::Markdown,
        Some(InputFormatArg::Html) => InputFormat::Html,
        Some(InputFormatArg::Jsonl) => InputFormat::Jsonl,
        None if path == "-" => InputFormat::Text,
        None => InputFormat::from_path(path),
    }
}

/// Opens one path (or stdin for `-`), refusing what is not a file.
fn open(path: &str) -> Result<Box<dyn io::BufRead + Send>, Error> {
    if path == "-" {
        Ok(Box::new(io::BufReader::new(io::stdin())))
    } else {
        Ok(Box::new(io::BufReader::new(source::open_input(path)?)))
    }
}

/// Articles of a JSONL batch handed to the checkers at a time (checked in parallel,
/// reported in order), and the most text they may hold: a batch of any size is read in
/// steady memory.
const BATCH_RECORDS: usize = 256;
const BATCH_BYTES: usize = 32 << 20;

/// Reads every input in turn and hands its documents (one, or a JSONL batch a few
/// hundred articles at a time) to `each`, which returns false to stop (the reader of stdout
/// has gone). An input or JSONL record that cannot be read is reported and skipped; the
/// status says whether any was.
fn each_document(
    args: &InputArgs,
    mut each: impl FnMut(&str, Vec<Document>) -> bool,
) -> ExitStatus {
    let mut status = ExitStatus::Success;
    let limit = args.max_size.saturating_mul(1 << 20);
    let mut failed = |e: &Error| {
        report_error(e);
        status = ExitStatus::Error;
    };
    for path in expand_folders(&args.paths, &mut failed) {
        let name = if path == "-" {
            "<stdin>"
        } else {
            path.as_str()
        };
        let input = match open(&path) {
            Ok(input) => input,
            Err(e) => {
                failed(&e);
                continue;
            }
        };
        if input_format(&path, args.input_format) == InputFormat::Jsonl {
            // records are read on a thread of their own, a batch ahead of the checkers
            let stopped = std::thread::scope(|scope| {
                let (batches, received) = std::sync::mpsc::sync_channel(1);
                scope.spawn(move || {
                    let mut batch: Vec<Result<Document, Error>> = Vec::new();
                    let mut bytes = 0;
                    for record in source::JsonlReader::new(name, input, limit) {
                        bytes += record.as_ref().map_or(0, |d| d.original.len());
                        batch.push(record);
                        if batch.len() >= BATCH_RECORDS || bytes >= BATCH_BYTES {
                            bytes = 0;
                            if batches.send(std::mem::take(&mut batch)).is_err() {
                                return; // the checkers have stopped
                            }
                        }
                    }
                    let _ = batches.send(batch);
                });
                for batch in received {
                    let mut docs = Vec::with_capacity(batch.len());
                    for record in batch {
                        match record {
                            Ok(doc) => docs.push(doc),
                            Err(e) => failed(&e),
                        }
                    }
                    if !docs.is_empty() && !each(&path, docs) {
                        return true;
                    }
                }
                false
            });
            if stopped {
                return status;
            }
            continue;
        }
        let doc = source::read_limited(name, input, limit)
            .map(|text| Document::from_format(name, &text, input_format(&path, args.input_format)));
        match doc {
            Ok(doc) => match &doc.date_error {
                Some(e) => failed(e),
                None => {
                    if !each(&path, vec![doc]) {
                        return status;
                    }
                }
            },
            Err(e) => failed(&e),
        }
    }
    status
}

/// Extensions of the files a folder is searched for.
const PROSE_EXTENSIONS: &[&str] = &["md", "markdown", "mdx", "txt", "html", "htm", "jsonl"];

/// The paths to read: files as given, and for each folder the prose files under it in
/// path order, skipping what `.gitignore` and hidden folders hide (the `ignore` crate,
/// as ripgrep walks).
fn expand_folders(paths: &[String], failed: &mut impl FnMut(&Error)) -> Vec<String> {
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
                Err(err) => failed(&Error::new(ErrorKind::Io {
                    path: path.clone(),
                    message: err.to_string(),
                })),
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

/// Standard output, buffered. Once the reader has gone (`figcheck ... | head`) writing
/// stops, which is not an error; any other write error (`> /dev/full`) stops it too and is
/// an error (exit 2), so that `--format sarif > out.sarif` never passes without its file.
struct Sink<W: Write> {
    out: io::BufWriter<W>,
    stopped: bool,
    error: Option<io::Error>,
}

impl<W: Write> Sink<W> {
    fn new(out: W) -> Self {
        Sink {
            out: io::BufWriter::new(out),
            stopped: false,
            error: None,
        }
    }

    /// Writes `s`; false once writing has stopped.
    fn emit(&mut self, s: &str) -> bool {
        if !self.stopped {
            if let Err(e) = self.out.write_all(s.as_bytes()) {
                self.fail(e);
            }
        }
        !self.stopped
    }

    fn fail(&mut self, e: io::Error) {
        self.stopped = true;
        if e.kind() != io::ErrorKind::BrokenPipe {
            self.error = Some(e);
        }
    }

    /// Flushes; `status`, or an error status when the output could not be written.
    fn finish(mut self, status: ExitStatus) -> ExitStatus {
        if !self.stopped {
            if let Err(e) = self.out.flush() {
                self.fail(e);
            }
        }
        match self.error.take() {
            Some(e) => {
                report_error(&Error::new(ErrorKind::Config {
                    message: format!("cannot write the output: {e}"),
                }));
                ExitStatus::Error
            }
            None => status,
        }
    }
}

fn stdout_sink() -> Sink<io::StdoutLock<'static>> {
    Sink::new(io::stdout().lock())
}

/// The configuration of `--rules DIR` (a folder that must be there), or the built-in one.
fn config(rules: Option<&std::path::Path>) -> Result<Config, Error> {
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
    let mut config = match (&args.input.rules, &options.rules) {
        (Some(flag), _) => config(Some(flag))?,
        (None, Some(file)) => Config::with_rules_dir(file)?,
        (None, None) => Config::default(),
    };
    config.date = match &args.date {
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
    let mut out = stdout_sink();
    let (mut json, start) = report::json::Files::start();
    if args.input.format == Format::Json {
        out.emit(&start);
    }
    // SARIF is one log: the inputs with findings are kept for it (those without add nothing)
    let mut sarif: Vec<(Document, Vec<figcheck::diagnostic::Finding>)> = Vec::new();
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
            .map(|doc| {
                let findings = figcheck::check(&doc, config).findings;
                (doc, findings)
            })
            .collect();
        for (doc, findings) in checked {
            tally.add(&findings);
            failed |= findings.iter().any(|f| f.severity >= fail_level);
            if args.input.format == Format::Sarif {
                if !findings.is_empty() {
                    sarif.push((doc, findings));
                }
                continue;
            }
            let file = FileFindings {
                id: doc.id.clone(),
                text: &doc.original,
                findings,
            };
            let alive = match args.input.format {
                Format::Human => out.emit(&report::human::findings(&file, styled)),
                Format::Jsonl => out.emit(&report::jsonl::findings(&file)),
                Format::Github => out.emit(&report::github::findings(&file)),
                Format::Json => out.emit(&json.findings(&file)),
                Format::Sarif => true,
            };
            if !alive {
                return false;
            }
        }
        true
    });
    match args.input.format {
        Format::Json => {
            out.emit(&json.end());
        }
        Format::Sarif => {
            let files: Vec<FileFindings> = sarif
                .iter()
                .map(|(doc, findings)| FileFindings {
                    id: doc.id.clone(),
                    text: &doc.original,
                    findings: findings.clone(),
                })
                .collect();
            out.emit(&report::sarif::findings(&files));
        }
        Format::Human => {
            out.emit(&format!("{}\n", tally.summary()));
        }
        _ => {}
    }
    let status = if status == ExitStatus::Error || config_failed {
        ExitStatus::Error
    } else if failed {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    };
    out.finish(status)
}

fn figures(args: &InputArgs) -> ExitStatus {
    let config = match config(args.rules.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    let mut out = stdout_sink();
    let (mut json, start) = report::json::Files::start();
    if args.format == Format::Json {
        out.emit(&start);
    }
    let status = each_document(args, |_, docs| {
        let ledgers_of_batch: Vec<FigureLedger> = docs
            .into_par_iter()
            .map(|doc| figcheck::pipeline::ledger(&doc, &config))
            .collect();
        ledgers_of_batch
            .into_iter()
            .all(|ledger| match args.format {
                Format::Human | Format::Github | Format::Sarif => {
                    out.emit(&report::human::figures(&ledger))
                }
                Format::Jsonl => out.emit(&report::jsonl::figures(&ledger)),
                Format::Json => out.emit(&json.figures(&ledger)),
            })
    });
    if args.format == Format::Json {
        out.emit(&json.end());
    }
    out.finish(status)
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
    let mut sink = stdout_sink();
    sink.emit(&out);
    sink.finish(ExitStatus::Success)
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
    let mut sink = stdout_sink();
    sink.emit(&out);
    sink.finish(ExitStatus::Success)
}

fn lsp(rules: Option<&std::path::Path>) -> ExitStatus {
    let config = match config(rules) {
        Ok(c) => c,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    match figcheck::lsp::run_stdio(config) {
        0 => ExitStatus::Success,
        // `exit` without `shutdown`: the protocol asks for 1
        _ => ExitStatus::Findings,
    }
}

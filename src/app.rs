//! Orchestration: read inputs, configure, check, render, and decide the exit status.
//! The only module besides `main.rs` that touches stdout, stderr and the exit code.

use std::io::{self, IsTerminal, Write};

use rayon::prelude::*;

use figcheck::checks::{Selection, catalogue, lookup};
use figcheck::config::{Config, Options, check_rules_flag, date_flag, discover, load_options};
use figcheck::diagnostic::Severity;
use figcheck::report::baseline::{Baseline, Known};
use figcheck::report::{self, FigureLedger, FileFindings, Tally};
use figcheck::source::{self, Document, InputFormat};
use figcheck::{Error, ErrorKind};

use crate::cli::{
    CheckArgs, Cli, ColorChoice, Command, FailOn, FiguresArgs, FiguresFormat, Format, InputArgs,
    InputFormatArg, ListFormat,
};

/// The exit status: 0 clean, 1 findings at or above the fail level, 2 usage or input error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Success = 0,
    Findings = 1,
    Error = 2,
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitStatus {
    match cli.command {
        Command::Check(args) => check(&args, cli.color),
        Command::Figures(args) => figures(&args),
        Command::Rules { format } => rules(format),
        Command::Explain { check } => explain(&check),
        Command::Lsp { rules } => lsp(rules.as_deref()),
        Command::Completions { shell } => completions(shell),
        Command::Man => man(),
    }
}

/// Whether to colour the output. `auto` follows the conventions of no-color.org and
/// bixense.com/clicolors: NO_COLOR (set and not empty) turns colour off, CLICOLOR_FORCE or
/// FORCE_COLOR (set, not empty and not `0`) turns it on wherever the output goes,
/// CLICOLOR=0 turns it off on a terminal; otherwise a terminal is coloured.
fn colour(choice: ColorChoice, terminal: bool) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    let on = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if set("NO_COLOR") => false,
        ColorChoice::Auto if on("CLICOLOR_FORCE") || on("FORCE_COLOR") => true,
        ColorChoice::Auto if std::env::var_os("CLICOLOR").is_some_and(|v| v == "0") => false,
        ColorChoice::Auto => terminal,
    }
}

/// How one input is to be read: as the flag says, else by its extension (`-`: plain
/// text, or as the extension of `--stdin-filename` says).
fn input_format(path: &str, args: &InputArgs) -> InputFormat {
    match args.input_format {
        Some(InputFormatArg::Text) => InputFormat::Text,
        Some(InputFormatArg::Markdown) => InputFormat::Markdown,
        Some(InputFormatArg::Html) => InputFormat::Html,
        Some(InputFormatArg::Jsonl) => InputFormat::Jsonl,
        None if path == "-" => match &args.stdin_filename {
            Some(name) => InputFormat::from_path(name),
            None => InputFormat::Text,
        },
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
    watch: &Watch,
    mut each: impl FnMut(&str, Vec<Document>) -> bool,
) -> ExitStatus {
    let mut status = ExitStatus::Success;
    let limit = args.max_size.saturating_mul(1 << 20);
    let mut failed = |e: &Error| {
        report_error(e);
        watch.errors.borrow_mut().push(e.to_string());
        status = ExitStatus::Error;
    };
    let paths = expand_folders(&args.paths, &mut failed);
    watch.files.set(paths.len());
    for path in paths {
        let name = match (path.as_str(), &args.stdin_filename) {
            ("-", Some(name)) => name.as_str(),
            ("-", None) => "<stdin>",
            (path, _) => path,
        };
        let input = match open(&path) {
            Ok(input) => input,
            Err(e) => {
                failed(&e);
                continue;
            }
        };
        if input_format(&path, args) == InputFormat::Jsonl {
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
            .map(|text| Document::from_format(name, &text, input_format(&path, args)));
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

/// What a caller of [`each_document`] may watch as it runs: how many files there are to
/// read (once the folders are searched) and the inputs that could not be read.
#[derive(Default)]
struct Watch {
    files: std::cell::Cell<usize>,
    errors: std::cell::RefCell<Vec<String>>,
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
        if found.is_empty() {
            let mut stderr = io::stderr().lock();
            let _ = writeln!(
                stderr,
                "warning: {path}: no prose files found (.md, .txt, .html, .jsonl; hidden files and those .gitignore ignores are skipped)"
            );
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

/// Where the output goes: `--output FILE` (created or truncated), else standard output.
type Output = Sink<Box<dyn Write>>;

fn output_sink(file: Option<&std::path::Path>) -> Result<Output, Error> {
    match file {
        Some(path) => {
            let f = std::fs::File::create(path).map_err(|e| {
                Error::new(ErrorKind::Io {
                    path: path.display().to_string(),
                    message: e.to_string(),
                })
            })?;
            Ok(Sink::new(Box::new(f)))
        }
        None => Ok(Sink::new(Box::new(io::stdout().lock()))),
    }
}

fn stdout_sink() -> Output {
    Sink::new(Box::new(io::stdout().lock()))
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
fn read_baseline(args: &CheckArgs) -> Result<Option<Known>, Error> {
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

/// Writes `text` to `path`, mapping the error to ours.
fn write_file(path: &std::path::Path, text: &str) -> Result<(), Error> {
    std::fs::write(path, text).map_err(|e| {
        Error::new(ErrorKind::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        })
    })
}

/// Replaces the text of the file at `path` by `fixed`, when the file still holds
/// `original` (with or without a byte-order mark, which is kept).
fn fix_in_place(path: &str, original: &str, fixed: &str) -> Result<(), Error> {
    let io_error = |message: String| {
        Error::new(ErrorKind::Io {
            path: path.to_string(),
            message,
        })
    };
    let bytes = std::fs::read(path).map_err(|e| io_error(e.to_string()))?;
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let bom = bytes.starts_with(BOM) && &bytes[BOM.len()..] == original.as_bytes();
    if !bom && bytes != original.as_bytes() {
        return Err(io_error(
            "the file changed while it was checked (or is not stored as UTF-8); not fixed".into(),
        ));
    }
    let mut out = Vec::with_capacity(fixed.len() + 3);
    if bom {
        out.extend_from_slice(BOM);
    }
    out.extend_from_slice(fixed.as_bytes());
    std::fs::write(path, out).map_err(|e| io_error(e.to_string()))
}

fn warn(message: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "warning: {message}");
}

/// Counts of findings per check, for `--statistics`.
#[derive(Default)]
struct Statistics {
    counts: std::collections::BTreeMap<&'static str, (&'static str, usize)>,
}

impl Statistics {
    fn add(&mut self, findings: &[figcheck::diagnostic::Finding]) {
        for f in findings {
            self.counts.entry(f.code).or_insert((f.name, 0)).1 += 1;
        }
    }

    /// `count code name` lines, most frequent first.
    fn human(&self) -> String {
        let mut rows: Vec<_> = self.counts.iter().collect();
        rows.sort_by(|a, b| b.1.1.cmp(&a.1.1).then(a.0.cmp(b.0)));
        let width = rows.first().map_or(1, |r| r.1.1.to_string().len());
        rows.iter()
            .map(|(code, (name, n))| format!("{n:>width$}  {code}  {name}\n"))
            .collect()
    }

    /// `[{"code", "name", "count"}]`, most frequent first.
    fn json(&self) -> String {
        let mut rows: Vec<_> = self.counts.iter().collect();
        rows.sort_by(|a, b| b.1.1.cmp(&a.1.1).then(a.0.cmp(b.0)));
        let rows: Vec<serde_json::Value> = rows
            .iter()
            .map(|(code, (name, n))| serde_json::json!({"code": code, "name": name, "count": n}))
            .collect();
        let mut out = serde_json::to_string_pretty(&rows).unwrap_or_default();
        out.push('\n');
        out
    }
}

/// Progress on standard error for long batches on a terminal: "[12/340] path".
struct Progress<'a> {
    /// Files to read (set once the folders are searched).
    total: &'a std::cell::Cell<usize>,
    done: usize,
    shown: bool,
}

impl<'a> Progress<'a> {
    /// Files from which progress is shown.
    const FROM: usize = 50;

    fn new(args: &CheckArgs, total: &'a std::cell::Cell<usize>) -> Progress<'a> {
        let shown = !args.quiet
            && io::stderr().is_terminal()
            && args
                .input
                .paths
                .iter()
                .any(|p| std::path::Path::new(p).is_dir());
        Progress {
            total,
            done: 0,
            shown,
        }
    }

    fn step(&mut self, path: &str) {
        self.done += 1;
        if self.shown && self.total.get() >= Self::FROM {
            let mut stderr = io::stderr().lock();
            let _ = write!(
                stderr,
                "\r\x1b[K[{}/{}] {path}",
                self.done,
                self.total.get()
            );
        }
    }

    fn clear(&self) {
        if self.shown && self.total.get() >= Self::FROM && self.done > 0 {
            let mut stderr = io::stderr().lock();
            let _ = write!(stderr, "\r\x1b[K");
        }
    }
}

fn check(args: &CheckArgs, color: ColorChoice) -> ExitStatus {
    // one configuration per figcheck.toml met, each read once
    let mut configs: rustc_hash::FxHashMap<Option<std::path::PathBuf>, (Config, Severity)> =
        rustc_hash::FxHashMap::default();
    let mut config_failed = false;
    // settings errors in the flags alone are reported before any input is read
    if let Err(e) = settings(args, None) {
        report_error(&e);
        return ExitStatus::Error;
    }
    let mut known = match read_baseline(args) {
        Ok(k) => k,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    let mut recorded = args.write_baseline.as_ref().map(|_| Baseline::default());
    let mut out = match output_sink(args.input.output.as_deref()) {
        Ok(out) => out,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    let styled = colour(
        color,
        args.input.output.is_none() && io::stdout().is_terminal(),
    );
    let mut failed = false;
    let mut tally = Tally::default();
    let mut statistics = Statistics::default();
    let mut fixes = (0usize, 0usize); // suggestions applied, files changed
    let watch = Watch::default();
    let mut progress = Progress::new(args, &watch.files);
    // what each finding-printing format writes; --statistics and --diff write instead
    let listing = !args.statistics && !args.diff;
    let (mut json, start) = report::json::Files::start();
    if args.format == Format::Json && listing {
        out.emit(&start);
    }
    // SARIF is one log, written a result at a time; its close names the unread inputs
    let (mut sarif, sarif_start) = report::sarif::Log::start();
    if args.format == Format::Sarif && listing {
        out.emit(&sarif_start);
    }
    let mut each = |path: &str, docs: Vec<Document>| {
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
        // a whole file (not standard input, not an article of a batch) can be fixed
        let whole_file = path != "-" && input_format(path, &args.input) != InputFormat::Jsonl;
        for (doc, findings) in checked {
            let mut file = FileFindings {
                id: doc.id.clone(),
                text: &doc.original,
                findings,
            };
            if let Some(b) = &mut recorded {
                b.record(&file);
            }
            if let Some(k) = &mut known {
                k.filter(&mut file);
            }
            if args.fix || args.diff {
                let fixed = report::fix::apply(&file);
                if fixed.applied > 0 && fixed.unfixed > 0 && !args.fix_partial {
                    warn(&format!(
                        "{}: not fixed: {} finding{} no suggestion (--fix-partial fixes the others)",
                        file.id,
                        fixed.unfixed,
                        if fixed.unfixed == 1 { " has" } else { "s have" }
                    ));
                } else if fixed.applied > 0 && args.diff {
                    if !out.emit(&report::fix::unified_diff(&file.id, file.text, &fixed.text)) {
                        return false;
                    }
                } else if fixed.applied > 0 && !whole_file {
                    warn(&format!(
                        "{}: standard input and JSONL articles are not fixed in place (--diff shows the fixes)",
                        file.id
                    ));
                } else if fixed.applied > 0 {
                    match fix_in_place(path, file.text, &fixed.text) {
                        Ok(()) => {
                            fixes.0 += fixed.applied;
                            fixes.1 += 1;
                            // what was fixed is no longer a finding
                            file.findings.retain(|f| f.suggestion.is_none());
                        }
                        Err(e) => {
                            report_error(&e);
                            config_failed = true;
                        }
                    }
                }
            }
            progress.step(&file.id);
            tally.add(&file.findings);
            statistics.add(&file.findings);
            failed |= file.findings.iter().any(|f| f.severity >= fail_level);
            if !listing {
                continue;
            }
            if args.format == Format::Sarif {
                for result in sarif.findings(&file) {
                    if !out.emit(&result) {
                        return false;
                    }
                }
                continue;
            }
            let alive = match args.format {
                Format::Human => out.emit(&report::human::findings(&file, styled)),
                Format::Jsonl => report::jsonl::findings(&file).all(|piece| out.emit(&piece)),
                Format::Github => out.emit(&report::github::findings(&file)),
                Format::Json => json.findings(&file).all(|piece| out.emit(&piece)),
                Format::Sarif => true,
            };
            if !alive {
                return false;
            }
        }
        true
    };
    let status = each_document(&args.input, &watch, &mut each);
    progress.clear();
    if args.statistics {
        match args.format {
            Format::Json => out.emit(&statistics.json()),
            _ => out.emit(&statistics.human()),
        };
    }
    match args.format {
        Format::Json if listing => {
            out.emit(&json.end());
        }
        Format::Sarif if listing => {
            out.emit(&sarif.end(&watch.errors.borrow()));
        }
        Format::Human if !args.quiet && !args.diff => {
            out.emit(&format!("{}\n", tally.summary()));
        }
        _ => {}
    }
    if fixes.1 > 0 && !args.quiet {
        let mut stderr = io::stderr().lock();
        let _ = writeln!(
            stderr,
            "fixed {} finding{} in {} file{}",
            fixes.0,
            if fixes.0 == 1 { "" } else { "s" },
            fixes.1,
            if fixes.1 == 1 { "" } else { "s" }
        );
    }
    if let (Some(path), Some(b)) = (&args.write_baseline, &recorded) {
        if let Err(e) = write_file(path, &b.to_json()) {
            report_error(&e);
            config_failed = true;
        }
        // what is recorded is accepted: the run that records does not fail on it
        failed = false;
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

fn figures(args: &FiguresArgs) -> ExitStatus {
    let config = config(args.input.rules.as_deref()).and_then(|mut c| {
        c.date = match &args.input.date {
            Some(flag) => Some(date_flag("--date", flag)?),
            None => None,
        };
        Ok(c)
    });
    let config = match config {
        Ok(c) => c,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    let mut out = match output_sink(args.input.output.as_deref()) {
        Ok(out) => out,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    let (mut json, start) = report::json::Files::start();
    if args.format == FiguresFormat::Json {
        out.emit(&start);
    }
    let status = each_document(&args.input, &Watch::default(), |_, docs| {
        let ledgers_of_batch: Vec<FigureLedger> = docs
            .into_par_iter()
            .map(|doc| figcheck::pipeline::ledger(&doc, &config))
            .collect();
        ledgers_of_batch
            .into_iter()
            .all(|ledger| match args.format {
                FiguresFormat::Human => out.emit(&report::human::figures(&ledger)),
                FiguresFormat::Jsonl => {
                    report::jsonl::figures(&ledger).all(|piece| out.emit(&piece))
                }
                FiguresFormat::Json => json.figures(&ledger).all(|piece| out.emit(&piece)),
            })
    });
    if args.format == FiguresFormat::Json {
        out.emit(&json.end());
    }
    out.finish(status)
}

fn rules(format: ListFormat) -> ExitStatus {
    let out = match format {
        ListFormat::Human => {
            let mut out = String::new();
            let width = catalogue().iter().map(|r| r.name.len()).max().unwrap_or(0);
            for r in catalogue() {
                out.push_str(&format!(
                    "{:<6} {:<width$}  {}\n",
                    r.code, r.name, r.summary
                ));
            }
            out
        }
        ListFormat::Json => report::rules_json(catalogue()),
    };
    let mut sink = stdout_sink();
    sink.emit(&out);
    sink.finish(ExitStatus::Success)
}

fn completions(shell: clap_complete::Shell) -> ExitStatus {
    use clap::CommandFactory;
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "figcheck", &mut buffer);
    let mut sink = stdout_sink();
    sink.emit(&String::from_utf8_lossy(&buffer));
    sink.finish(ExitStatus::Success)
}

fn man() -> ExitStatus {
    use clap::CommandFactory;
    let mut buffer = Vec::new();
    if let Err(e) = clap_mangen::Man::new(Cli::command()).render(&mut buffer) {
        report_error(&Error::new(ErrorKind::Config {
            message: format!("cannot render the manual page: {e}"),
        }));
        return ExitStatus::Error;
    }
    let mut sink = stdout_sink();
    sink.emit(&String::from_utf8_lossy(&buffer));
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

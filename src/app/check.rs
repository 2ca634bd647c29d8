//! The `check` command: each input checked with its own settings, findings filtered by the
//! baseline, fixed in place or shown as a diff, counted, and rendered in the chosen format.

use std::io::{self, IsTerminal, Write};

use rayon::prelude::*;

use figcheck::config::Config;
use figcheck::diagnostic::{Finding, Severity};
use figcheck::report::baseline::{Baseline, Known};
use figcheck::report::{self, FileFindings, Tally};
use figcheck::source::{Document, InputFormat};
use figcheck::{Error, ErrorKind};

use super::inputs::{Watch, each_document, input_format};
use super::output::{ExitStatus, Output, colour, output_sink, report_error, warn};
use super::settings::{config_path_for, read_baseline, settings};
use crate::cli::{CheckArgs, ColorChoice, Format};

/// Runs `figcheck check`: settings errors in the flags alone are reported before any input
/// is read; then every input is checked, reported and counted, and the status says whether
/// any finding reached the fail level or anything could not be read, fixed or written.
pub(super) fn check(args: &CheckArgs, color: ColorChoice) -> ExitStatus {
    if let Err(e) = settings(args, None) {
        report_error(&e);
        return ExitStatus::Error;
    }
    let known = match read_baseline(args) {
        Ok(k) => k,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    let out = match output_sink(args.input.output.as_deref()) {
        Ok(out) => out,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    let watch = Watch::default();
    let mut run = CheckRun::new(args, color, known, out, &watch);
    let status = each_document(&args.input, &watch, |path, docs| run.batch(path, docs));
    run.finish(status, &watch)
}

/// One run of `figcheck check`: its settings, where it writes, and what it has found,
/// fixed and counted so far.
struct CheckRun<'a> {
    args: &'a CheckArgs,
    /// One configuration per figcheck.toml met, each read once.
    configs: rustc_hash::FxHashMap<Option<std::path::PathBuf>, (Config, Severity)>,
    /// The findings of `--baseline`, which are not reported again.
    known: Option<Known>,
    /// The baseline `--write-baseline` records.
    recorded: Option<Baseline>,
    out: Output,
    styled: bool,
    /// Whether findings are listed in the chosen format; --statistics and --diff write
    /// instead.
    listing: bool,
    json: report::json::Files,
    /// SARIF is one log, written a result at a time; its close names the unread inputs.
    sarif: report::sarif::Log,
    tally: Tally,
    statistics: Statistics,
    /// Suggestions applied, files changed.
    fixes: (usize, usize),
    progress: Progress<'a>,
    /// A finding reached the fail level.
    failed: bool,
    /// A configuration could not be read, or a fix or the baseline could not be written.
    errored: bool,
}

impl<'a> CheckRun<'a> {
    fn new(
        args: &'a CheckArgs,
        color: ColorChoice,
        known: Option<Known>,
        mut out: Output,
        watch: &'a Watch,
    ) -> CheckRun<'a> {
        let styled = colour(
            color,
            args.input.output.is_none() && io::stdout().is_terminal(),
        );
        let listing = !args.statistics && !args.diff;
        let (json, start) = report::json::Files::start();
        if args.format == Format::Json && listing {
            out.emit(&start);
        }
        let (sarif, sarif_start) = report::sarif::Log::start();
        if args.format == Format::Sarif && listing {
            out.emit(&sarif_start);
        }
        CheckRun {
            args,
            configs: rustc_hash::FxHashMap::default(),
            known,
            recorded: args.write_baseline.as_ref().map(|_| Baseline::default()),
            out,
            styled,
            listing,
            json,
            sarif,
            tally: Tally::default(),
            statistics: Statistics::default(),
            fixes: (0, 0),
            progress: Progress::new(args, &watch.files),
            failed: false,
            errored: false,
        }
    }

    /// Checks the documents of one input (one, or a JSONL batch) with the settings that
    /// govern it; false once the output has stopped.
    fn batch(&mut self, path: &str, docs: Vec<Document>) -> bool {
        let key = config_path_for(self.args, path);
        if !self.configs.contains_key(&key) {
            match settings(self.args, key.as_deref()) {
                Ok(s) => {
                    self.configs.insert(key.clone(), s);
                }
                Err(e) => {
                    report_error(&e);
                    self.errored = true;
                    return true;
                }
            }
        }
        let Some((config, fail_level)) = self.configs.get(&key) else {
            return true;
        };
        let fail_level = *fail_level;
        // the articles of a batch are checked in parallel, reported in order
        let checked: Vec<(Document, Vec<Finding>)> = docs
            .into_par_iter()
            .map(|doc| {
                let findings = figcheck::check(&doc, config).findings;
                (doc, findings)
            })
            .collect();
        // a whole file (not standard input, not an article of a batch) can be fixed
        let whole_file = path != "-" && input_format(path, &self.args.input) != InputFormat::Jsonl;
        checked
            .into_iter()
            .all(|(doc, findings)| self.document(path, whole_file, fail_level, doc, findings))
    }

    /// Filters, fixes, counts and renders the findings of one document; false once the
    /// output has stopped.
    fn document(
        &mut self,
        path: &str,
        whole_file: bool,
        fail_level: Severity,
        doc: Document,
        findings: Vec<Finding>,
    ) -> bool {
        let mut file = FileFindings {
            id: doc.id.clone(),
            text: &doc.original,
            findings,
        };
        if let Some(b) = &mut self.recorded {
            b.record(&file);
        }
        if let Some(k) = &mut self.known {
            k.filter(&mut file);
        }
        if (self.args.fix || self.args.diff) && !self.fix(path, whole_file, &mut file) {
            return false;
        }
        self.progress.step(&file.id);
        self.tally.add(&file.findings);
        self.statistics.add(&file.findings);
        self.failed |= file.findings.iter().any(|f| f.severity >= fail_level);
        if !self.listing {
            return true;
        }
        match self.args.format {
            Format::Sarif => {
                if file.findings.is_empty() {
                    return true;
                }
                let out = &mut self.out;
                self.sarif.findings(&file).all(|result| out.emit(&result))
            }
            Format::Human => self.out.emit(&report::human::findings(&file, self.styled)),
            Format::Jsonl => {
                let out = &mut self.out;
                report::jsonl::findings(&file).all(|piece| out.emit(&piece))
            }
            Format::Github => self.out.emit(&report::github::findings(&file)),
            Format::Json => {
                let out = &mut self.out;
                self.json.findings(&file).all(|piece| out.emit(&piece))
            }
        }
    }

    /// Applies the suggestions of `file` (`--fix`), or shows them as a diff (`--diff`); what
    /// is fixed in place is no longer a finding. False once the output has stopped.
    fn fix(&mut self, path: &str, whole_file: bool, file: &mut FileFindings) -> bool {
        let fixed = report::fix::apply(file);
        if fixed.applied > 0 && fixed.unfixed > 0 && !self.args.fix_partial {
            warn(&format!(
                "{}: not fixed: {} finding{} no suggestion (--fix-partial fixes the others)",
                file.id,
                fixed.unfixed,
                if fixed.unfixed == 1 { " has" } else { "s have" }
            ));
        } else if fixed.applied > 0 && self.args.diff {
            return self
                .out
                .emit(&report::fix::unified_diff(&file.id, file.text, &fixed.text));
        } else if fixed.applied > 0 && !whole_file {
            warn(&format!(
                "{}: standard input and JSONL articles are not fixed in place (--diff shows the fixes)",
                file.id
            ));
        } else if fixed.applied > 0 {
            match fix_in_place(path, file.text, &fixed.text) {
                Ok(()) => {
                    self.fixes.0 += fixed.applied;
                    self.fixes.1 += 1;
                    // what was fixed is no longer a finding
                    file.findings.retain(|f| f.suggestion.is_none());
                }
                Err(e) => {
                    report_error(&e);
                    self.errored = true;
                }
            }
        }
        true
    }

    /// Writes what comes after the files (statistics, the closing of a JSON object, the
    /// SARIF log, the summary), reports the fixes, writes the baseline, and gives the status.
    fn finish(mut self, status: ExitStatus, watch: &Watch) -> ExitStatus {
        self.progress.clear();
        let args = self.args;
        if args.statistics {
            match args.format {
                Format::Json => self.out.emit(&self.statistics.json()),
                _ => self.out.emit(&self.statistics.human()),
            };
        }
        match args.format {
            Format::Json if self.listing => {
                self.out.emit(&self.json.end());
            }
            Format::Sarif if self.listing => {
                self.out.emit(&self.sarif.end(&watch.errors.borrow()));
            }
            Format::Human if !args.quiet && !args.diff => {
                self.out.emit(&format!("{}\n", self.tally.summary()));
            }
            _ => {}
        }
        let (applied, files) = self.fixes;
        if files > 0 && !args.quiet {
            let mut stderr = io::stderr().lock();
            let _ = writeln!(
                stderr,
                "fixed {} finding{} in {} file{}",
                applied,
                if applied == 1 { "" } else { "s" },
                files,
                if files == 1 { "" } else { "s" }
            );
        }
        if let (Some(path), Some(b)) = (&args.write_baseline, &self.recorded) {
            if let Err(e) = write_file(path, &b.to_json()) {
                report_error(&e);
                self.errored = true;
            }
            // what is recorded is accepted: the run that records does not fail on it
            self.failed = false;
        }
        let status = if status == ExitStatus::Error || self.errored {
            ExitStatus::Error
        } else if self.failed {
            ExitStatus::Findings
        } else {
            ExitStatus::Success
        };
        self.out.finish(status)
    }
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

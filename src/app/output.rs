//! Where the output goes: colour or not, a sink over standard output or `--output`, errors
//! and warnings on standard error, and the exit status.

use std::io::{self, Write};

use figcheck::{Error, ErrorKind};

use crate::cli::ColorChoice;

/// The exit status: 0 clean, 1 findings at or above the fail level, 2 usage or input error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Success = 0,
    Findings = 1,
    Error = 2,
}

/// Reports an error on standard error.
pub(super) fn report_error(e: &Error) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "error: {e}");
}

/// Reports a warning on standard error.
pub(super) fn warn(message: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "warning: {message}");
}

/// Whether to colour the output. `auto` follows the conventions of no-color.org and
/// bixense.com/clicolors: NO_COLOR (set and not empty) turns colour off, CLICOLOR_FORCE or
/// FORCE_COLOR (set, not empty and not `0`) turns it on wherever the output goes,
/// CLICOLOR=0 turns it off on a terminal; otherwise a terminal is coloured.
pub(super) fn colour(choice: ColorChoice, terminal: bool) -> bool {
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

/// Standard output, buffered. Once the reader has gone (`figcheck ... | head`) writing
/// stops, which is not an error; any other write error (`> /dev/full`) stops it too and is
/// an error (exit 2), so that `--format sarif > out.sarif` never passes without its file.
pub(super) struct Sink<W: Write> {
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
    pub(super) fn emit(&mut self, s: &str) -> bool {
        if !self.stopped
            && let Err(e) = self.out.write_all(s.as_bytes())
        {
            self.fail(e);
        }
        !self.stopped
    }

    /// Stops writing; a broken pipe (the reader has gone) is not an error, anything else is.
    fn fail(&mut self, e: io::Error) {
        self.stopped = true;
        if e.kind() != io::ErrorKind::BrokenPipe {
            self.error = Some(e);
        }
    }

    /// Flushes; `status`, or an error status when the output could not be written.
    pub(super) fn finish(mut self, status: ExitStatus) -> ExitStatus {
        if !self.stopped
            && let Err(e) = self.out.flush()
        {
            self.fail(e);
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
pub(super) type Output = Sink<Box<dyn Write>>;

pub(super) fn output_sink(file: Option<&std::path::Path>) -> Result<Output, Error> {
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

pub(super) fn stdout_sink() -> Output {
    Sink::new(Box::new(io::stdout().lock()))
}

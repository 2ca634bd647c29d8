//! Orchestration: read inputs, parse, render, and decide the exit status.
//! The only module besides `main.rs` that touches stdout, stderr and the exit code.

use std::io::{self, Read, Write};

use figcheck::lexicon::Lexicon;
use figcheck::parse::parse;
use figcheck::report::{self, FigureLedger, FigureRecord};
use figcheck::source::{self, Document, InputFormat, LineIndex};
use figcheck::{Error, ErrorKind};

use crate::cli::{Command, Format, InputArgs, InputFormatArg};

/// The exit status: 0 clean, 1 findings, 2 usage or input error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Success = 0,
    Error = 2,
}

/// Runs a parsed command line.
pub fn run(command: Command) -> ExitStatus {
    match command {
        Command::Figures(args) => figures(&args),
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
        Some(InputFormatArg::Jsonl) => InputFormat::Jsonl,
        None if path == "-" => InputFormat::Text,
        None => InputFormat::from_path(path),
    };
    match format {
        InputFormat::Jsonl => source::read_jsonl(name, &text),
        other => Ok(vec![Document::from_format(name, &text, other)]),
    }
}

fn report_error(e: &Error) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "error: {e}");
}

/// Writes to stdout; a closed pipe (`figcheck ... | head`) is not an error.
fn emit(out: &mut impl Write, s: &str) -> bool {
    match out.write_all(s.as_bytes()) {
        Ok(()) => true,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => false,
        Err(_) => false,
    }
}

fn lexicon(args: &InputArgs) -> Result<Lexicon, Error> {
    match &args.rules {
        Some(dir) => Lexicon::with_overrides(dir),
        None => Ok(Lexicon::builtin().clone()),
    }
}

fn figures(args: &InputArgs) -> ExitStatus {
    let lex = match lexicon(args) {
        Ok(l) => l,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    let mut status = ExitStatus::Success;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut ledgers = Vec::new();
    for path in &args.paths {
        let docs = match read_input(path, args.input_format) {
            Ok(d) => d,
            Err(e) => {
                report_error(&e);
                status = ExitStatus::Error;
                continue;
            }
        };
        for doc in docs {
            let parsed = parse(&doc, &lex);
            let index = LineIndex::new(&doc.original);
            let records: Vec<FigureRecord> = parsed
                .figures
                .iter()
                .map(|f| FigureRecord::new(&doc.original, &index, f))
                .collect();
            let ledger = FigureLedger {
                id: doc.id.clone(),
                records,
            };
            let alive = match args.format {
                Format::Human => emit(&mut out, &report::human::figures(&ledger)),
                Format::Jsonl => emit(&mut out, &report::jsonl::figures(&ledger)),
                Format::Json => {
                    ledgers.push(ledger);
                    true
                }
            };
            if !alive {
                return status;
            }
        }
    }
    if args.format == Format::Json {
        emit(&mut out, &report::json::figures(&ledgers));
    }
    let _ = out.flush();
    status
}

//! The inputs: the paths of the command line (folders walked for prose files), standard
//! input, and JSONL files read a batch of articles at a time.

use std::io::{self, Write};

use figcheck::source::{self, Document, InputFormat};
use figcheck::{Error, ErrorKind};

use super::output::{ExitStatus, report_error};
use crate::cli::{InputArgs, InputFormatArg};

/// How one input is to be read: as the flag says, else by its extension (`-`: plain
/// text, or as the extension of `--stdin-filename` says).
pub(super) fn input_format(path: &str, args: &InputArgs) -> InputFormat {
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
pub(super) fn each_document(
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
            let stopped = each_batch(name, &path, input, limit, &mut failed, &mut each);
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

/// Reads the articles of a JSONL input on a thread of their own, a batch ahead of the
/// checkers, and hands each batch to `each`; a record that cannot be read goes to `failed`.
/// True when `each` has stopped.
fn each_batch(
    name: &str,
    path: &str,
    input: Box<dyn io::BufRead + Send>,
    limit: u64,
    failed: &mut impl FnMut(&Error),
    each: &mut impl FnMut(&str, Vec<Document>) -> bool,
) -> bool {
    std::thread::scope(|scope| {
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
            if !docs.is_empty() && !each(path, docs) {
                return true;
            }
        }
        false
    })
}

/// What a caller of [`each_document`] may watch as it runs: how many files there are to
/// read (once the folders are searched) and the inputs that could not be read.
#[derive(Default)]
pub(super) struct Watch {
    pub(super) files: std::cell::Cell<usize>,
    pub(super) errors: std::cell::RefCell<Vec<String>>,
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

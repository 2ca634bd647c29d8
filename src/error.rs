//! Errors of the library: one opaque [`Error`] whose [`ErrorKind`] says what went wrong,
//! with enough context (file, line, byte offset, key) for the CLI to print one clear message.

use std::fmt;

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read.
    Io { path: String, message: String },
    /// The input is not valid UTF-8; `offset` is the byte offset of the first bad byte.
    Encoding { path: String, offset: usize },
    /// A line of a JSONL batch is not a valid article record; `id` is the record's id
    /// when it could be read.
    Jsonl {
        path: String,
        line: usize,
        id: Option<String>,
        message: String,
    },
    /// An input is larger than the limit for one document (`--max-size`).
    TooLarge { path: String, limit: u64 },
    /// A publication date that is no real date (`2024-02-30`); `origin` says where it was
    /// written (front matter, a meta tag, a JSONL record).
    Date {
        path: String,
        origin: String,
        value: String,
        message: String,
    },
    /// A rule file is malformed: TOML syntax, an unknown key or a bad value.
    RuleFile {
        path: String,
        line: usize,
        key: Option<String>,
        message: String,
    },
    /// A command-line or configuration value is not valid.
    Config { message: String },
    /// A configuration file (`figcheck.toml`) is malformed or holds a bad value.
    ConfigFile {
        path: String,
        line: usize,
        key: Option<String>,
        message: String,
    },
}

/// The error type of figcheck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

impl Error {
    /// Wraps a kind.
    pub fn new(kind: ErrorKind) -> Self {
        Error { kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Io { path, message } => write!(f, "{path}: cannot read: {message}"),
            ErrorKind::Encoding { path, offset } => write!(
                f,
                "{path}: not valid UTF-8 at byte {offset}; re-save the file as UTF-8"
            ),
            ErrorKind::Jsonl {
                path,
                line,
                id,
                message,
            } => match id {
                Some(id) => write!(
                    f,
                    "{path}:{line}: record \"{id}\" skipped: {message}; each line must be a JSON object with \"id\", \"text\" and an optional \"date\" as YYYY-MM-DD"
                ),
                None => write!(
                    f,
                    "{path}:{line}: not an article record ({message}); each line must be a JSON object with \"id\" and \"text\""
                ),
            },
            ErrorKind::TooLarge { path, limit } => write!(
                f,
                "{path}: larger than the limit of {} MB for one document; raise it with --max-size",
                limit.div_ceil(1 << 20)
            ),
            ErrorKind::Date {
                path,
                origin,
                value,
                message,
            } => write!(
                f,
                "{path}: {origin} date `{value}` is not a real date ({message}); write it as YYYY-MM-DD"
            ),
            ErrorKind::RuleFile {
                path,
                line,
                key,
                message,
            } => match key {
                Some(key) => write!(
                    f,
                    "{path}:{line}: rule file error at key `{key}`: {message}"
                ),
                None => write!(f, "{path}:{line}: rule file error: {message}"),
            },
            ErrorKind::Config { message } => write!(f, "{message}"),
            ErrorKind::ConfigFile {
                path,
                line,
                key,
                message,
            } => match key {
                Some(key) => write!(f, "{path}:{line}: setting `{key}`: {message}"),
                None => write!(f, "{path}:{line}: {message}"),
            },
        }
    }
}

impl std::error::Error for Error {}

/// Result with figcheck's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

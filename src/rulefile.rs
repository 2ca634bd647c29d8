//! Reading TOML rule files: the built-in text or a user's override from a folder, parsed
//! with errors that name the file, line and key.
//!
//! The parser's lexicons, the claims stage's lexicons, the checks' settings and
//! `figcheck.toml` are all read through here, so a malformed file reads the same everywhere.

use std::path::Path;

use crate::{Error, ErrorKind, Result};

/// Parses one rule file, turning a TOML error into one naming the file, line and key.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(path: &str, content: &str) -> Result<T> {
    toml::from_str(content).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(content, s.start));
        let message = e.message().to_string();
        // "unknown field `factr`" names the key; otherwise it is the key of the line the
        // error points at ("widen = \"wide\"")
        let named = (message.starts_with("unknown field") || message.starts_with("missing field"))
            .then(|| message.split('`').nth(1).map(str::to_string))
            .flatten();
        let key = named.or_else(|| {
            let at = e.span()?.start.min(content.len());
            let line_start = content[..at].rfind('\n').map_or(0, |p| p + 1);
            let line_text = content[line_start..].lines().next().unwrap_or("");
            let key = line_text.split('=').next()?.trim();
            (!key.is_empty() && !key.starts_with('[') && line_text.contains('='))
                .then(|| key.to_string())
        });
        Error::new(ErrorKind::RuleFile {
            path: path.to_string(),
            line,
            key,
            message,
        })
    })
}

/// The 1-based line of byte offset `at` in `content`.
pub(crate) fn line_of(content: &str, at: usize) -> usize {
    let at = at.min(content.len());
    // a span may point inside a multi-byte character only if TOML is broken; count bytes
    content.as_bytes()[..at]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// An error in a value that parsed but is not allowed (a negative factor, an empty phrase),
/// naming the line the value stands on.
pub(crate) fn value_error(path: &str, content: &str, at: usize, key: &str, message: &str) -> Error {
    Error::new(ErrorKind::RuleFile {
        path: path.to_string(),
        line: line_of(content, at),
        key: Some(key.to_string()),
        message: message.to_string(),
    })
}

/// Reads `dir/name` when it exists (a user's override), else the built-in text. Returns the
/// path to name in errors and the content.
pub(crate) fn read_override(dir: &Path, name: &str, builtin: &str) -> Result<(String, String)> {
    let path = dir.join(name);
    if path.exists() {
        let bytes = std::fs::read(&path).map_err(|e| {
            Error::new(ErrorKind::Io {
                path: path.display().to_string(),
                message: e.to_string(),
            })
        })?;
        let text = crate::source::decode(&path.display().to_string(), bytes)?;
        Ok((path.display().to_string(), text))
    } else {
        Ok((format!("rules/{name}"), builtin.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_from_one() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3);
    }

    #[test]
    fn a_type_error_names_its_line_and_key() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct S {
            a: f64,
            b: f64,
        }
        let err = parse_toml::<S>("x.toml", "a = 1\nb = \"two\"\n").unwrap_err();
        match err.kind() {
            ErrorKind::RuleFile { line, key, .. } => {
                assert_eq!(*line, 2);
                assert_eq!(key.as_deref(), Some("b"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

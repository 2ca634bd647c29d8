//! What the server does with the documents it holds: the settings each is checked with
//! (the nearest `figcheck.toml`, as the CLI finds it, under the client's settings),
//! incremental edits, hovers that show how a figure is read, and code actions (the
//! suggested fix, and a comment that silences the finding on its line).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::checks::Selection;
use crate::config::{Config, date_flag, discover, load_options};
use crate::report::FigureLedger;
use crate::source::{Document, InputFormat, LineIndex, Span};

/// The settings a client gives (`initializationOptions`, or the `settings` of
/// `workspace/didChangeConfiguration`, either bare or under a `figcheck` key):
/// `{"date": "YYYY-MM-DD", "select": [...], "ignore": [...], "rules": "DIR"}`. Like the
/// CLI's flags, they win over `figcheck.toml`; `ignore` adds to the file's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientSettings {
    pub date: Option<String>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub rules: Option<PathBuf>,
}

impl ClientSettings {
    /// Reads the settings from a client's JSON; what it does not know is ignored.
    pub fn from_json(value: &Value) -> ClientSettings {
        let v = value.get("figcheck").unwrap_or(value);
        let strings = |key: &str| -> Vec<String> {
            match v.get(key) {
                Some(Value::Array(items)) => items
                    .iter()
                    .filter_map(|i| i.as_str().map(str::to_string))
                    .collect(),
                Some(Value::String(s)) => s.split(',').map(|p| p.trim().to_string()).collect(),
                _ => Vec::new(),
            }
        };
        let text = |key: &str| {
            v.get(key)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        ClientSettings {
            date: text("date"),
            select: strings("select"),
            ignore: strings("ignore"),
            rules: text("rules").map(PathBuf::from),
        }
    }
}

/// The path of a `file:` URI, percent-decoded; none for other schemes.
pub fn file_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    // file://host/path: only the local host
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = rest.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    let path = String::from_utf8(out).ok()?;
    // file:///C:/x on Windows
    let path = match path.get(1..3) {
        Some(drive) if cfg!(windows) && drive.ends_with(':') => path[1..].to_string(),
        _ => path,
    };
    Some(PathBuf::from(path))
}

/// The configurations of the documents: one per `figcheck.toml` met (or none), each
/// built once until the client's settings change.
#[derive(Debug, Default)]
pub struct Configs {
    pub settings: ClientSettings,
    cache: HashMap<Option<PathBuf>, Config>,
}

impl Configs {
    /// New settings: every configuration is built again.
    pub fn set(&mut self, settings: ClientSettings) {
        self.settings = settings;
        self.cache.clear();
    }

    /// The configuration of the document at `uri`: `base` (the server's `--rules`) under
    /// the nearest `figcheck.toml`, under the client's settings. A setting or file in error
    /// is logged through `log` and the base configuration used.
    pub fn for_uri<'a>(
        &'a mut self,
        base: &'a Config,
        uri: &str,
        log: impl Fn(&str),
    ) -> &'a Config {
        let file = file_path(uri)
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .and_then(|dir| discover(&dir));
        if !self.cache.contains_key(&file) {
            let config = match build(base, &self.settings, file.as_deref()) {
                Ok(c) => c,
                Err(e) => {
                    log(&e.to_string());
                    base.clone()
                }
            };
            self.cache.insert(file.clone(), config);
        }
        self.cache.get(&file).unwrap_or(base)
    }
}

/// `base` with the options of `file` and then the client's settings on top.
fn build(base: &Config, settings: &ClientSettings, file: Option<&Path>) -> crate::Result<Config> {
    let options = match file {
        Some(p) => load_options(p)?,
        None => crate::config::Options::default(),
    };
    let mut config = match (&settings.rules, &options.rules) {
        (Some(dir), _) => {
            crate::config::check_rules_flag("rules", dir)?;
            Config::with_rules_dir(dir)?
        }
        (None, Some(dir)) => Config::with_rules_dir(dir)?,
        (None, None) => base.clone(),
    };
    config.date = match &settings.date {
        Some(d) => Some(date_flag("date", d)?),
        None => options.date.or(base.date),
    };
    let select = if settings.select.is_empty() {
        options.select.unwrap_or_default()
    } else {
        settings.select.clone()
    };
    let mut ignore = options.ignore.unwrap_or_default();
    ignore.extend(settings.ignore.iter().cloned());
    config.selection = Selection { select, ignore };
    config.selection.validate()?;
    Ok(config)
}

/// The document the server checks for a text under `uri`.
pub fn document(uri: &str, text: &str) -> Document {
    Document::from_format(uri, text, InputFormat::from_path(uri))
}

/// The byte offset of an LSP position (0-based line, UTF-16 column) in `text`. Lines end
/// at `\n`, `\r\n` or a lone `\r`; a column past its line's end is the line's end, a line
/// past the text's end is the text's end.
pub fn offset(text: &str, line: u32, character: u32) -> usize {
    let bytes = text.as_bytes();
    let mut start = 0;
    for _ in 0..line {
        match bytes[start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
        {
            Some(p) => {
                let end = start + p;
                start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                    end + 2
                } else {
                    end + 1
                };
            }
            None => return text.len(),
        }
    }
    let line_end = bytes[start..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(text.len(), |p| start + p);
    let mut units = 0u32;
    for (i, c) in text[start..line_end].char_indices() {
        if units >= character {
            return start + i;
        }
        units += c.len_utf16() as u32;
    }
    line_end
}

/// An LSP position from JSON (`{"line", "character"}`), when it is one.
pub fn position(v: &Value) -> Option<(u32, u32)> {
    let line = u32::try_from(v.get("line")?.as_u64()?).ok()?;
    let character = u32::try_from(v.get("character")?.as_u64()?).ok()?;
    Some((line, character))
}

/// Applies one entry of `contentChanges`: a ranged edit, or (without a range) the whole
/// new text.
pub fn apply_change(text: &mut String, change: &Value) -> Result<(), String> {
    let new = change
        .get("text")
        .and_then(Value::as_str)
        .ok_or("a change without text")?;
    match change.get("range") {
        None | Some(Value::Null) => {
            *text = new.to_string();
            Ok(())
        }
        Some(range) => {
            let (Some(start), Some(end)) = (
                range.get("start").and_then(position),
                range.get("end").and_then(position),
            ) else {
                return Err("a change whose range is not two positions".into());
            };
            let from = offset(text, start.0, start.1);
            let to = offset(text, end.0, end.1);
            if from > to {
                return Err("a change whose range ends before it starts".into());
            }
            text.replace_range(from..to, new);
            Ok(())
        }
    }
}

/// An LSP range of a byte span.
fn lsp_range(text: &str, index: &LineIndex, span: Span) -> Value {
    let position = |offset: u32| {
        let p = index.position(text, offset);
        json!({"line": p.line - 1, "character": p.utf16_column - 1})
    };
    json!({"start": position(span.start), "end": position(span.end)})
}

/// Markdown telling how a figure is read.
fn reading(ledger: &FigureLedger, k: usize) -> String {
    let r = &ledger.records[k];
    let show = |v: &Option<crate::report::Num>| v.map(|n| crate::checks::message::show(n.0));
    let mut lines = vec![format!("**{}** — {}", r.text.replace('\n', " "), r.kind)];
    if let Some(v) = show(&r.value) {
        lines.push(format!("value: {v}"));
    }
    match (show(&r.lo), show(&r.hi)) {
        (Some(lo), Some(hi)) if lo != hi => lines.push(format!("reads as {lo} to {hi}")),
        (Some(lo), None) => lines.push(format!("reads as at least {lo}")),
        (None, Some(hi)) if r.value.is_some() => lines.push(format!("reads as at most {hi}")),
        _ => {}
    }
    if let Some(h) = &r.hedge {
        lines.push(format!("hedge: {h}"));
    }
    if let Some(u) = &r.unit {
        lines.push(format!("unit: {u}"));
    }
    if let Some(c) = &r.counts {
        lines.push(format!("counts: {c}"));
    }
    if let Some(e) = &r.event {
        lines.push(format!("event: {e}"));
    }
    if let Some(d) = r.date {
        let part =
            |v: Option<i64>, w: usize| v.map_or_else(|| "?".repeat(w), |n| format!("{n:0w$}"));
        lines.push(format!(
            "date: {}-{}-{}",
            part(d.year.map(i64::from), 4),
            part(d.month.map(i64::from), 2),
            part(d.day.map(i64::from), 2)
        ));
    }
    if r.capped {
        lines.push("the sentence is long and was read in clauses".into());
    }
    // the relations it takes part in: "change: from £14.5m, to £16.8m, change 9% (this: change)"
    for rel in ledger
        .relations
        .iter()
        .filter(|rel| rel.figures.contains(&k))
    {
        let members: Vec<String> = rel
            .figures
            .iter()
            .zip(&rel.roles)
            .map(|(&i, role)| {
                let text = ledger.records.get(i).map_or("?", |f| f.text.as_str());
                if i == k {
                    format!("{role} **{}**", text.replace('\n', " "))
                } else {
                    format!("{role} {}", text.replace('\n', " "))
                }
            })
            .collect();
        let cue = rel
            .cue
            .as_deref()
            .map_or(String::new(), |c| format!(" (\"{c}\")"));
        lines.push(format!("{}: {}{cue}", rel.kind, members.join(", ")));
    }
    lines.join("  \n")
}

/// The hover of the figure at a position, or null.
pub fn hover(uri: &str, text: &str, config: &Config, at: (u32, u32)) -> Value {
    let offset = offset(text, at.0, at.1) as u32;
    let ledger = crate::pipeline::ledger(&document(uri, text), config);
    let index = LineIndex::new(text);
    ledger
        .records
        .iter()
        .position(|r| r.span.start <= offset && offset <= r.span.end)
        .map_or(Value::Null, |k| {
            let r = &ledger.records[k];
            json!({
                "contents": {"kind": "markdown", "value": reading(&ledger, k)},
                "range": lsp_range(text, &index, Span::new(r.span.start as usize, r.span.end as usize)),
            })
        })
}

/// The code actions for the findings that touch a range: each suggestion as a quick fix,
/// and in Markdown and HTML a comment that silences the finding on its line.
pub fn code_actions(
    uri: &str,
    text: &str,
    config: &Config,
    from: (u32, u32),
    to: (u32, u32),
) -> Value {
    let (from, to) = (offset(text, from.0, from.1), offset(text, to.0, to.1));
    let doc = document(uri, text);
    let comments = matches!(
        InputFormat::from_path(uri),
        InputFormat::Markdown | InputFormat::Html
    );
    let index = LineIndex::new(text);
    let mut actions = Vec::new();
    for f in crate::pipeline::check(&doc, config).findings {
        let (start, end) = (f.span.start as usize, f.span.end as usize);
        if start > to || end < from {
            continue;
        }
        let diagnostic = json!({
            "range": lsp_range(text, &index, f.span),
            "code": format!("{} {}", f.code, f.name),
            "source": "figcheck",
            "message": format!("{}\n{}", f.message, f.arithmetic),
        });
        if let Some(s) = &f.suggestion {
            actions.push(json!({
                "title": format!("Write {} ({} {})", s.replacement, f.code, f.name),
                "kind": "quickfix",
                "isPreferred": true,
                "diagnostics": [diagnostic],
                "edit": {"changes": {uri: [{
                    "range": lsp_range(text, &index, s.span),
                    "newText": s.replacement,
                }]}},
            }));
        }
        if comments {
            let line_start = text[..start].rfind(['\n', '\r']).map_or(0, |p| p + 1);
            let at = Span::new(line_start, line_start);
            actions.push(json!({
                "title": format!("Disable {} for this line", f.code),
                "kind": "quickfix",
                "diagnostics": [diagnostic],
                "edit": {"changes": {uri: [{
                    "range": lsp_range(text, &index, at),
                    "newText": format!("<!-- figcheck-disable-next-line {} -->\n", f.code),
                }]}},
            }));
        }
    }
    Value::Array(actions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_utf16_columns_on_any_line_end() {
        let text = "a£b\r\nc😀d\re\nf";
        assert_eq!(offset(text, 0, 2), 3); // after "a£"
        assert_eq!(offset(text, 1, 3), 11); // after "c😀" (two units)
        assert_eq!(offset(text, 2, 0), 13);
        assert_eq!(offset(text, 3, 1), text.len());
        assert_eq!(offset(text, 0, 99), 4, "past the line's end: its end");
        assert_eq!(offset(text, 9, 0), text.len());
    }

    #[test]
    fn ranged_changes_edit_the_text() {
        let mut text = "one 2\nthree".to_string();
        let change = json!({"range": {"start": {"line": 0, "character": 4}, "end": {"line": 1, "character": 0}}, "text": "20\n"});
        apply_change(&mut text, &change).unwrap();
        assert_eq!(text, "one 20\nthree");
        apply_change(&mut text, &json!({"text": "new"})).unwrap();
        assert_eq!(text, "new");
        let backwards = json!({"range": {"start": {"line": 0, "character": 2}, "end": {"line": 0, "character": 1}}, "text": ""});
        assert!(apply_change(&mut text, &backwards).is_err());
    }

    #[test]
    fn file_uris_become_paths() {
        assert_eq!(
            file_path("file:///tmp/a%20b.md"),
            Some(PathBuf::from("/tmp/a b.md"))
        );
        assert_eq!(file_path("untitled:1"), None);
        assert_eq!(file_path("file:///bad%zz"), None);
    }

    #[test]
    fn settings_read_bare_or_under_figcheck() {
        let s = ClientSettings::from_json(
            &json!({"figcheck": {"date": "2024-03-10", "ignore": ["FC101"], "select": "FC1,FC2"}}),
        );
        assert_eq!(s.date.as_deref(), Some("2024-03-10"));
        assert_eq!(s.ignore, ["FC101"]);
        assert_eq!(s.select, ["FC1", "FC2"]);
        assert_eq!(
            ClientSettings::from_json(&json!(null)),
            ClientSettings::default()
        );
    }
}

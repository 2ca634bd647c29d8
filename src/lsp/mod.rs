//! The language server (`figcheck lsp`): editors open and edit documents, the server checks
//! each version and publishes its findings as diagnostics.
//!
//! Spans are converted to LSP positions (0-based lines, UTF-16 code units) only here, at
//! the edge. The server keeps each open document, takes edits incrementally, and checks the
//! whole text on each change: a check runs at tens of megabytes a second, so a story is
//! checked in well under a keystroke's time. Each document is checked as the CLI would
//! check it (the nearest `figcheck.toml`), under the client's settings; hovers and code
//! actions are in `features.rs`.
//!
//! The transport is our own small reader of the base protocol's framing (the `lsp-server`
//! crate ends its connection on the first malformed message); `lsp-types` gives the types.
//! No message ends the server but `exit`: a malformed one gets a JSON-RPC error or, being a
//! notification, is logged and skipped; a message over [`MAX_MESSAGE_BYTES`] is passed over
//! unread; a burst of edits checks only the last text.

mod features;

use std::collections::HashMap;
use std::io::{BufRead, Read, Write};
use std::sync::mpsc;

use lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Position, Range, ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, Uri,
};
use serde_json::{Value, json};

use crate::config::Config;
use crate::diagnostic::Severity;
use crate::source::{Document, InputFormat, LineIndex, Span};

/// The largest message read: larger ones are skipped unread (their bytes are passed over
/// in small pieces, never held), so no header can make the server allocate without bound.
pub const MAX_MESSAGE_BYTES: u64 = 64 << 20;
/// How long the server waits after an edit for the next one before checking: a burst of
/// keystrokes is checked once, at its last text.
const EDIT_PAUSE: std::time::Duration = std::time::Duration::from_millis(25);
/// The most messages taken together.
const MAX_BATCH: usize = 10_000;
/// The longest header line kept.
const MAX_HEADER_LINE: u64 = 8 * 1024;

/// JSON-RPC error codes.
const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;
const METHOD_NOT_FOUND: i64 = -32601;
const INVALID_PARAMS: i64 = -32602;
const SERVER_NOT_INITIALIZED: i64 = -32002;

/// Serves on standard input and output until `exit`; the process exit code the protocol
/// asks for: 0 after `shutdown`, 1 otherwise (also when the input ends first).
pub fn run_stdio(config: Config) -> i32 {
    let stdout = std::io::stdout();
    serve(
        std::io::BufReader::new(std::io::stdin()),
        stdout.lock(),
        &config,
    )
}

/// One framed message, or what went wrong reading it.
enum Frame {
    Body(Vec<u8>),
    /// A framing error, logged and skipped.
    Bad(String),
}

/// Reads one frame: headers up to a blank line, then `Content-Length` bytes. `None` at the
/// end of input.
fn read_frame(input: &mut impl BufRead) -> Option<Frame> {
    let mut length: Option<Result<u64, String>> = None;
    let mut line = Vec::new();
    let mut any_header = false;
    loop {
        line.clear();
        let n = input
            .by_ref()
            .take(MAX_HEADER_LINE)
            .read_until(b'\n', &mut line)
            .ok()?;
        if n == 0 {
            return any_header.then(|| Frame::Bad("the input ended inside a header".into()));
        }
        if line.last() != Some(&b'\n') && n as u64 >= MAX_HEADER_LINE {
            // an overlong header line: pass over the rest of it
            skip_line(input);
            return Some(Frame::Bad("a header line is too long".into()));
        }
        let text = String::from_utf8_lossy(&line);
        let mut text = text.trim_end_matches(['\r', '\n']);
        // after a frame whose Content-Length was too short or too long, the next header
        // follows the rest of a body on the same line: read it from where it starts, or
        // every later message would be read as headers
        if let Some(at) = text.to_ascii_lowercase().find("content-length:") {
            text = &text[at..];
        }
        if text.is_empty() {
            if !any_header {
                continue; // a stray blank line between messages
            }
            break;
        }
        any_header = true;
        if let Some((name, value)) = text.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                let value = value.trim();
                length = Some(
                    value
                        .parse::<u64>()
                        .map_err(|_| format!("Content-Length `{}` is not a number", clip(value))),
                );
            }
        } else {
            return Some(Frame::Bad(
                "a line that is no header where headers were expected".into(),
            ));
        }
    }
    match length {
        None => Some(Frame::Bad(
            "a message without a Content-Length header".into(),
        )),
        Some(Err(e)) => Some(Frame::Bad(e)),
        Some(Ok(n)) if n > MAX_MESSAGE_BYTES => {
            // pass over the body without keeping it
            let skipped = std::io::copy(&mut input.by_ref().take(n), &mut std::io::sink()).ok()?;
            if skipped < n {
                return None;
            }
            Some(Frame::Bad(format!(
                "a message of {n} bytes is over the limit of {MAX_MESSAGE_BYTES}; skipped"
            )))
        }
        Some(Ok(n)) => {
            let mut body = Vec::new();
            input.by_ref().take(n).read_to_end(&mut body).ok()?;
            if (body.len() as u64) < n {
                return None;
            }
            Some(Frame::Body(body))
        }
    }
}

fn skip_line(input: &mut impl BufRead) {
    loop {
        let Ok(available) = input.fill_buf() else {
            return;
        };
        if available.is_empty() {
            return;
        }
        match available.iter().position(|&b| b == b'\n') {
            Some(p) => {
                input.consume(p + 1);
                return;
            }
            None => {
                let len = available.len();
                input.consume(len);
            }
        }
    }
}

/// At most 120 characters of a value, for logs and error messages: never the whole payload.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(120).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

fn log(message: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "figcheck lsp: {message}");
}

/// The state of the protocol.
struct Server<'a, W: Write> {
    config: &'a Config,
    out: W,
    initialized: bool,
    shut_down: bool,
    /// The text of each open document, by URI.
    docs: HashMap<String, String>,
    /// The configuration of each document.
    configs: features::Configs,
}

impl<W: Write> Server<'_, W> {
    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        let _ = write!(self.out, "Content-Length: {}\r\n\r\n{body}", body.len());
        let _ = self.out.flush();
    }

    fn reply(&mut self, id: &Value, result: Value) {
        self.send(&json!({"jsonrpc": "2.0", "id": id, "result": result}));
    }

    fn error(&mut self, id: &Value, code: i64, message: &str) {
        self.send(
            &json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}}),
        );
    }

    /// Handles one message; `Some(code)` once the server is to exit. `check`: whether a
    /// text it carries is to be checked (false when a later message replaces it).
    fn handle(&mut self, message: Value, check: bool) -> Option<i32> {
        let Value::Object(mut fields) = message else {
            self.error(
                &Value::Null,
                INVALID_REQUEST,
                "a message must be a JSON object",
            );
            return None;
        };
        let id = fields.remove("id");
        let params = fields.remove("params").unwrap_or(Value::Null);
        let method = match fields.get("method") {
            Some(Value::String(m)) => m.clone(),
            Some(_) => {
                let id = id.unwrap_or(Value::Null);
                self.error(&id, INVALID_REQUEST, "`method` must be a string");
                return None;
            }
            // a response to a request of ours: none are sent
            None if id.is_some()
                && (fields.contains_key("result") || fields.contains_key("error")) =>
            {
                return None;
            }
            None => {
                let id = id.unwrap_or(Value::Null);
                self.error(&id, INVALID_REQUEST, "a message needs a `method`");
                return None;
            }
        };
        match id {
            Some(id) if id.is_string() || id.is_number() => {
                self.request(&id, &method, &params);
                None
            }
            Some(_) => {
                self.error(
                    &Value::Null,
                    INVALID_REQUEST,
                    "`id` must be a number or a string",
                );
                None
            }
            None => self.notification(&method, &params, check),
        }
    }

    fn request(&mut self, id: &Value, method: &str, params: &Value) {
        if self.shut_down {
            self.error(id, INVALID_REQUEST, "the server has been shut down");
            return;
        }
        match method {
            "initialize" => {
                if !params.is_object() {
                    self.error(
                        id,
                        INVALID_PARAMS,
                        "initialize needs an object of parameters",
                    );
                    return;
                }
                let capabilities = ServerCapabilities {
                    text_document_sync: Some(TextDocumentSyncCapability::Kind(
                        TextDocumentSyncKind::INCREMENTAL,
                    )),
                    hover_provider: Some(lsp_types::HoverProviderCapability::Simple(true)),
                    code_action_provider: Some(lsp_types::CodeActionProviderCapability::Simple(
                        true,
                    )),
                    ..Default::default()
                };
                if let Some(options) = params.get("initializationOptions") {
                    self.configs
                        .set(features::ClientSettings::from_json(options));
                }
                self.initialized = true;
                self.reply(
                    id,
                    json!({"capabilities": capabilities,
                           "serverInfo": {"name": "figcheck", "version": env!("CARGO_PKG_VERSION")}}),
                );
            }
            _ if !self.initialized => {
                self.error(id, SERVER_NOT_INITIALIZED, "the server is not initialized");
            }
            "shutdown" => {
                self.shut_down = true;
                self.reply(id, Value::Null);
            }
            "textDocument/hover" | "textDocument/codeAction" => {
                let uri = uri_of(params).ok().map(str::to_string);
                let at = params.get("position").and_then(features::position);
                let range = params.get("range").and_then(|r| {
                    Some((
                        features::position(r.get("start")?)?,
                        features::position(r.get("end")?)?,
                    ))
                });
                let (Some(uri), true) = (uri, at.is_some() || range.is_some()) else {
                    self.error(
                        id,
                        INVALID_PARAMS,
                        "needs textDocument.uri and a position or range",
                    );
                    return;
                };
                let Some(text) = self.docs.get(&uri).cloned() else {
                    // a document never opened: nothing to say about it
                    self.reply(id, Value::Null);
                    return;
                };
                let config = self.configs.for_uri(self.config, &uri, log).clone();
                let result = match (method, at, range) {
                    ("textDocument/hover", Some(at), _) => {
                        features::hover(&uri, &text, &config, at)
                    }
                    ("textDocument/codeAction", _, Some((from, to))) => {
                        features::code_actions(&uri, &text, &config, from, to)
                    }
                    _ => {
                        self.error(
                            id,
                            INVALID_PARAMS,
                            "a hover needs a position, a code action a range",
                        );
                        return;
                    }
                };
                self.reply(id, result);
            }
            other => {
                let message = format!("figcheck does not handle {}", clip(other));
                self.error(id, METHOD_NOT_FOUND, &message);
            }
        }
    }

    fn notification(&mut self, method: &str, params: &Value, check: bool) -> Option<i32> {
        if method == "exit" {
            return Some(if self.shut_down { 0 } else { 1 });
        }
        if !self.initialized || self.shut_down {
            return None;
        }
        let result = match method {
            "textDocument/didOpen" => text_of(params, "/textDocument/text").map(|text| {
                if let Ok(uri) = uri_of(params) {
                    self.docs.insert(uri.to_string(), text.to_string());
                }
                if check {
                    self.publish(params, text);
                }
            }),
            "textDocument/didChange" => self.change(params).map(|text| {
                if check {
                    self.publish(params, &text);
                }
            }),
            "textDocument/didClose" => uri_of(params).map(|uri| {
                let uri = uri.to_string();
                self.docs.remove(&uri);
                self.send_diagnostics(&uri, Vec::new(), None);
            }),
            "workspace/didChangeConfiguration" => {
                let settings = params.get("settings").unwrap_or(&Value::Null);
                self.configs
                    .set(features::ClientSettings::from_json(settings));
                // every open document again, under the new settings
                let mut open: Vec<(String, String)> = self
                    .docs
                    .iter()
                    .map(|(u, t)| (u.clone(), t.clone()))
                    .collect();
                open.sort();
                for (uri, text) in open {
                    self.publish(&json!({"textDocument": {"uri": uri}}), &text);
                }
                Ok(())
            }
            _ => Ok(()),
        };
        if let Err(e) = result {
            log(&format!("{method} skipped: {e}"));
        }
        None
    }

    /// Applies the `contentChanges` of a didChange to the document it names, in order; the
    /// document's new text.
    fn change(&mut self, params: &Value) -> Result<String, String> {
        let uri = uri_of(params)?;
        let changes = params
            .pointer("/contentChanges")
            .and_then(Value::as_array)
            .ok_or("no contentChanges")?;
        // a whole text for a document not opened is taken as its opening (lenient, as full
        // sync was)
        let whole = changes
            .first()
            .is_some_and(|c| c.get("range").is_none_or(Value::is_null));
        if whole && !self.docs.contains_key(uri) {
            self.docs.insert(uri.to_string(), String::new());
        }
        let text = self
            .docs
            .get_mut(uri)
            .ok_or("a ranged change to a document that is not open")?;
        for change in changes {
            features::apply_change(text, change)?;
        }
        Ok(text.clone())
    }

    fn publish(&mut self, params: &Value, text: &str) {
        let Ok(uri) = uri_of(params) else {
            log("a text without textDocument.uri skipped");
            return;
        };
        let version = params
            .pointer("/textDocument/version")
            .and_then(Value::as_i64)
            .and_then(|v| i32::try_from(v).ok());
        let config = self.configs.for_uri(self.config, uri, log);
        let diagnostics = match uri.parse::<Uri>() {
            Ok(parsed) => diagnostics(&parsed, text, config),
            // a URI no parser accepts (a space, `%zz`): its diagnostics still go back
            // under the string the client sent
            Err(_) => diagnostics_for(uri, text, config, |_| None),
        };
        let uri = uri.to_string();
        self.send_diagnostics(&uri, diagnostics, version);
    }

    fn send_diagnostics(&mut self, uri: &str, diagnostics: Vec<Diagnostic>, version: Option<i32>) {
        let mut params = json!({"uri": uri, "diagnostics": diagnostics});
        if let Some(v) = version {
            params["version"] = json!(v);
        }
        self.send(&json!({"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": params}));
    }
}

fn uri_of(params: &Value) -> Result<&str, String> {
    params
        .pointer("/textDocument/uri")
        .and_then(Value::as_str)
        .ok_or_else(|| "no textDocument.uri".to_string())
}

fn text_of<'v>(params: &'v Value, pointer: &str) -> Result<&'v str, String> {
    params
        .pointer(pointer)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("no text at {pointer}"))
}

/// The URI of a message that sets or drops a document's text (open, change, close): a
/// later such message replaces what an earlier one said.
fn text_uri(message: &Value) -> Option<&str> {
    let method = message.get("method")?.as_str()?;
    if !matches!(
        method,
        "textDocument/didOpen" | "textDocument/didChange" | "textDocument/didClose"
    ) {
        return None;
    }
    message.pointer("/params/textDocument/uri")?.as_str()
}

/// Serves the protocol on `input` and `output` until `exit` or the end of input; the exit
/// code (0 after `shutdown`, else 1). Malformed messages get a JSON-RPC error (or, being
/// notifications, are logged and skipped); none ends the server. Messages are read on a
/// thread of their own, so that a burst of edits that arrived while one text was checked
/// is taken together and only the last text of each document is checked.
pub fn serve(input: impl BufRead + Send + 'static, output: impl Write, config: &Config) -> i32 {
    let (frames, received) = mpsc::sync_channel::<Frame>(1024);
    std::thread::spawn(move || {
        let mut input = input;
        while let Some(frame) = read_frame(&mut input) {
            if frames.send(frame).is_err() {
                break;
            }
        }
    });
    let mut server = Server {
        config,
        out: output,
        initialized: false,
        shut_down: false,
        docs: HashMap::new(),
        configs: features::Configs::default(),
    };
    while let Ok(first) = received.recv() {
        let mut messages: Vec<Option<Value>> = Vec::new();
        let mut next = Some(first);
        while let Some(frame) = next.take() {
            messages.push(match frame {
                Frame::Body(body) => match serde_json::from_slice::<Value>(&body) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        server.error(&Value::Null, PARSE_ERROR, &format!("not JSON: {e}"));
                        None
                    }
                },
                Frame::Bad(why) => {
                    log(&why);
                    None
                }
            });
            // take what has arrived; after an edit, wait a moment for the next keystroke
            next = received.try_recv().ok();
            let edited = messages
                .last()
                .is_some_and(|m| m.as_ref().and_then(text_uri).is_some());
            if next.is_none() && edited && messages.len() < MAX_BATCH {
                next = received.recv_timeout(EDIT_PAUSE).ok();
            }
        }
        // the last message of the batch that sets each document's text
        let mut last: HashMap<String, usize> = HashMap::new();
        for (n, m) in messages.iter().enumerate() {
            if let Some(uri) = m.as_ref().and_then(text_uri) {
                last.insert(uri.to_string(), n);
            }
        }
        for (n, message) in messages.into_iter().enumerate() {
            let Some(message) = message else { continue };
            let check = text_uri(&message).is_none_or(|uri| last.get(uri) == Some(&n));
            if let Some(code) = server.handle(message, check) {
                return code;
            }
        }
    }
    // the input ended without `exit`
    1
}

/// An LSP range for a byte span: 0-based lines, UTF-16 columns.
fn range(text: &str, index: &LineIndex, span: Span) -> Range {
    let position = |offset: u32| {
        let p = index.position(text, offset);
        Position {
            line: p.line - 1,
            character: p.utf16_column - 1,
        }
    };
    Range {
        start: position(span.start),
        end: position(span.end),
    }
}

/// The diagnostics of one document's text.
pub fn diagnostics(uri: &Uri, text: &str, config: &Config) -> Vec<Diagnostic> {
    diagnostics_for(uri.as_str(), text, config, |range| {
        Some(Location {
            uri: uri.clone(),
            range,
        })
    })
}

/// The diagnostics of a document named `uri`; `location` places a related figure (none
/// when the URI cannot be parsed).
fn diagnostics_for(
    uri: &str,
    text: &str,
    config: &Config,
    location: impl Fn(Range) -> Option<Location>,
) -> Vec<Diagnostic> {
    let format = InputFormat::from_path(uri);
    let mut doc = Document::from_format(uri, text, format);
    if let Some(e) = doc.date_error.take() {
        log(&e.to_string());
    }
    let index = LineIndex::new(text);
    crate::pipeline::check(&doc, config)
        .findings
        .into_iter()
        .map(|f| {
            let related = f
                .related
                .iter()
                .filter_map(|r| {
                    Some(DiagnosticRelatedInformation {
                        location: location(range(text, &index, r.span))?,
                        message: r.label.clone(),
                    })
                })
                .collect::<Vec<_>>();
            Diagnostic {
                range: range(text, &index, f.span),
                severity: Some(match f.severity {
                    Severity::Error => DiagnosticSeverity::ERROR,
                    Severity::Warning => DiagnosticSeverity::WARNING,
                    Severity::Info => DiagnosticSeverity::INFORMATION,
                }),
                code: Some(NumberOrString::String(format!("{} {}", f.code, f.name))),
                source: Some("figcheck".into()),
                message: format!("{}\n{}", f.message, f.arithmetic),
                related_information: (!related.is_empty()).then_some(related),
                ..Default::default()
            }
        })
        .collect()
}

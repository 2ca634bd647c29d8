//! The language server (`figcheck lsp`): editors open and edit documents, the server checks
//! each version and publishes its findings as diagnostics.
//!
//! Spans are converted to LSP positions (0-based lines, UTF-16 code units) only here, at
//! the edge. The server keeps whole documents (full sync) and checks the whole text on each
//! change: a check runs at tens of megabytes a second, so a story is checked in well under
//! a keystroke's time.

use std::error::Error;

use lsp_server::{Connection, ErrorCode, Message, Notification, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument,
    Notification as NotificationTrait, PublishDiagnostics,
};
use lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DidChangeTextDocumentParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, Location, NumberOrString, Position,
    PublishDiagnosticsParams, Range, ServerCapabilities, TextDocumentSyncCapability,
    TextDocumentSyncKind, Uri,
};

use crate::config::Config;
use crate::diagnostic::Severity;
use crate::source::{Document, InputFormat, LineIndex, Span};

type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

/// Serves on standard input and output until the client shuts the server down.
pub fn run_stdio(config: Config) -> Result<()> {
    let (connection, io) = Connection::stdio();
    serve(&connection, &config)?;
    drop(connection);
    io.join()?;
    Ok(())
}

/// Serves on a connection: the initialize handshake, then documents until `shutdown`.
pub fn serve(connection: &Connection, config: &Config) -> Result<()> {
    let capabilities = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        ..Default::default()
    };
    connection.initialize(serde_json::to_value(capabilities)?)?;
    for message in &connection.receiver {
        match message {
            Message::Request(request) => {
                if connection.handle_shutdown(&request)? {
                    return Ok(());
                }
                connection.sender.send(Message::Response(Response::new_err(
                    request.id,
                    ErrorCode::MethodNotFound as i32,
                    format!("figcheck does not handle {}", request.method),
                )))?;
            }
            Message::Notification(note) => handle(connection, config, note)?,
            Message::Response(_) => {}
        }
    }
    Ok(())
}

fn handle(connection: &Connection, config: &Config, note: Notification) -> Result<()> {
    match note.method.as_str() {
        DidOpenTextDocument::METHOD => {
            let params: DidOpenTextDocumentParams = serde_json::from_value(note.params)?;
            let doc = params.text_document;
            publish(connection, config, doc.uri, &doc.text, Some(doc.version))
        }
        DidChangeTextDocument::METHOD => {
            let params: DidChangeTextDocumentParams = serde_json::from_value(note.params)?;
            // full sync: the last change holds the whole text
            match params.content_changes.into_iter().last() {
                Some(change) => publish(
                    connection,
                    config,
                    params.text_document.uri,
                    &change.text,
                    Some(params.text_document.version),
                ),
                None => Ok(()),
            }
        }
        DidCloseTextDocument::METHOD => {
            let params: DidCloseTextDocumentParams = serde_json::from_value(note.params)?;
            send_diagnostics(connection, params.text_document.uri, Vec::new(), None)
        }
        _ => Ok(()),
    }
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
    let format = InputFormat::from_path(uri.as_str());
    let doc = Document::from_format(uri.as_str(), text, format);
    let index = LineIndex::new(text);
    crate::pipeline::check(&doc, config)
        .findings
        .into_iter()
        .map(|f| {
            let related = f
                .related
                .iter()
                .map(|r| DiagnosticRelatedInformation {
                    location: Location {
                        uri: uri.clone(),
                        range: range(text, &index, r.span),
                    },
                    message: r.label.clone(),
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

fn publish(
    connection: &Connection,
    config: &Config,
    uri: Uri,
    text: &str,
    version: Option<i32>,
) -> Result<()> {
    let diagnostics = diagnostics(&uri, text, config);
    send_diagnostics(connection, uri, diagnostics, version)
}

fn send_diagnostics(
    connection: &Connection,
    uri: Uri,
    diagnostics: Vec<Diagnostic>,
    version: Option<i32>,
) -> Result<()> {
    let params = PublishDiagnosticsParams {
        uri,
        diagnostics,
        version,
    };
    connection
        .sender
        .send(Message::Notification(Notification::new(
            PublishDiagnostics::METHOD.to_string(),
            params,
        )))?;
    Ok(())
}

//! The language server over an in-memory connection: initialize, open a document, receive
//! its diagnostics with LSP positions, change it, shut down.

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use lsp_types::PublishDiagnosticsParams;

fn next_diagnostics(client: &Connection) -> PublishDiagnosticsParams {
    loop {
        match client
            .receiver
            .recv_timeout(std::time::Duration::from_secs(10))
            .unwrap()
        {
            Message::Notification(n) if n.method == "textDocument/publishDiagnostics" => {
                return serde_json::from_value(n.params).unwrap();
            }
            _ => {}
        }
    }
}

#[test]
fn the_server_publishes_findings_as_diagnostics() {
    let (server, client) = Connection::memory();
    let handle = std::thread::spawn(move || {
        figcheck::lsp::serve(&server, &figcheck::config::Config::default()).unwrap();
    });
    client
        .sender
        .send(Message::Request(Request::new(
            RequestId::from(1),
            "initialize".into(),
            serde_json::json!({"capabilities": {}}),
        )))
        .unwrap();
    match client.receiver.recv().unwrap() {
        Message::Response(r) => {
            assert!(r.response_result.unwrap()["capabilities"]["textDocumentSync"].is_number())
        }
        other => panic!("expected the initialize response, got {other:?}"),
    }
    client
        .sender
        .send(Message::Notification(Notification::new(
            "initialized".into(),
            serde_json::json!({}),
        )))
        .unwrap();
    let text = "Intro line.\n£10 and £5, £16 in all.";
    client
        .sender
        .send(Message::Notification(Notification::new(
            "textDocument/didOpen".into(),
            serde_json::json!({"textDocument": {
                "uri": "file:///tmp/story.md", "languageId": "markdown", "version": 1, "text": text
            }}),
        )))
        .unwrap();
    let published = next_diagnostics(&client);
    assert_eq!(published.version, Some(1));
    let d = &published.diagnostics[0];
    assert_eq!(
        d.code,
        Some(lsp_types::NumberOrString::String(
            "FC101 parts-sum-mismatch".into()
        ))
    );
    // 0-based line 1; "£10 and £5, " is 12 UTF-16 units
    assert_eq!((d.range.start.line, d.range.start.character), (1, 12));
    assert_eq!((d.range.end.line, d.range.end.character), (1, 15));
    assert_eq!(d.related_information.as_ref().unwrap().len(), 2);

    client
        .sender
        .send(Message::Notification(Notification::new(
            "textDocument/didChange".into(),
            serde_json::json!({
                "textDocument": {"uri": "file:///tmp/story.md", "version": 2},
                "contentChanges": [{"text": "Intro line.\n£10 and £5, £15 in all."}]
            }),
        )))
        .unwrap();
    let published = next_diagnostics(&client);
    assert_eq!(published.version, Some(2));
    assert!(published.diagnostics.is_empty());

    client
        .sender
        .send(Message::Request(Request::new(
            RequestId::from(2),
            "shutdown".into(),
            serde_json::Value::Null,
        )))
        .unwrap();
    client
        .sender
        .send(Message::Notification(Notification::new(
            "exit".into(),
            serde_json::Value::Null,
        )))
        .unwrap();
    handle.join().unwrap();
}

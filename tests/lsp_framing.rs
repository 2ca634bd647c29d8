//! The language server after a frame whose `Content-Length` is wrong (a number, but not
//! the length of its body): the message is lost, but the server finds the next header
//! and answers the messages after it, rather than reading every later message as
//! headers.

mod common;

use common::lsp::{message, serve};
use serde_json::{Value, json};

fn initialize() -> Vec<u8> {
    message(
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
    )
}

fn open(uri: &str) -> Vec<u8> {
    message(
        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": "1 and 2, 4 in all."}}}),
    )
}

fn end() -> Vec<u8> {
    let mut input = message(json!({"jsonrpc": "2.0", "id": 99, "method": "shutdown"}));
    input.extend(message(json!({"jsonrpc": "2.0", "method": "exit"})));
    input
}

/// The URIs the server published diagnostics for, in order.
fn published_uris(messages: &[Value]) -> Vec<&str> {
    common::lsp::published(messages)
        .into_iter()
        .filter_map(|p| p["uri"].as_str())
        .collect()
}

/// `open(uri)` framed with a `Content-Length` off by `delta` bytes.
fn misframed(uri: &str, delta: i64) -> Vec<u8> {
    let framed = open(uri);
    let split = framed.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    let body = &framed[split..];
    let length = body.len() as i64 + delta;
    let mut out = format!("Content-Length: {length}\r\n\r\n").into_bytes();
    out.extend(body);
    out
}

#[test]
fn a_short_content_length_loses_one_message_not_the_rest() {
    let mut input = initialize();
    input.extend(misframed("file:///short.md", -7));
    input.extend(open("file:///a.md"));
    input.extend(open("file:///b.md"));
    input.extend(end());
    let (code, messages) = serve(input);
    assert_eq!(code, 0, "{messages:#?}");
    // the cut body is a parse error; the messages after it are read
    assert!(messages.iter().any(|m| m["error"]["code"] == -32700));
    assert_eq!(published_uris(&messages), ["file:///a.md", "file:///b.md"]);
    assert_eq!(messages.last().unwrap()["id"], 99);
}

#[test]
fn a_long_content_length_loses_what_it_swallows_not_the_rest() {
    let mut input = initialize();
    // the body runs 20 bytes into the next frame's header
    input.extend(misframed("file:///long.md", 20));
    input.extend(open("file:///lost.md"));
    input.extend(open("file:///a.md"));
    input.extend(open("file:///b.md"));
    input.extend(end());
    let (code, messages) = serve(input);
    assert_eq!(code, 0, "{messages:#?}");
    assert_eq!(published_uris(&messages), ["file:///a.md", "file:///b.md"]);
    assert_eq!(messages.last().unwrap()["id"], 99);
}

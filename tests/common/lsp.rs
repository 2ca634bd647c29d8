//! Talking to the language server over its byte-stream transport, as an editor does.

use serde_json::Value;

/// One framed message with this body.
pub fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

/// One framed JSON-RPC message.
pub fn message(value: Value) -> Vec<u8> {
    frame(&value.to_string())
}

/// Runs the server on `input` with the default configuration; its exit code and the
/// messages it wrote, unframed.
pub fn serve(input: Vec<u8>) -> (i32, Vec<Value>) {
    let mut out = Vec::new();
    let code = figcheck::lsp::serve(
        std::io::Cursor::new(input),
        &mut out,
        &figcheck::config::Config::default(),
    );
    let mut messages = Vec::new();
    let mut rest = &out[..];
    while !rest.is_empty() {
        let text = std::str::from_utf8(rest).expect("the server writes UTF-8");
        let header_end = text.find("\r\n\r\n").expect("a header ends");
        let length: usize = text[..header_end]
            .strip_prefix("Content-Length: ")
            .and_then(|n| n.parse().ok())
            .expect("a Content-Length header");
        let body = &rest[header_end + 4..header_end + 4 + length];
        messages.push(serde_json::from_slice(body).expect("a JSON body"));
        rest = &rest[header_end + 4 + length..];
    }
    (code, messages)
}

/// The params of every diagnostics notification among `messages`, in order.
pub fn published(messages: &[Value]) -> Vec<&Value> {
    messages
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .map(|m| &m["params"])
        .collect()
}

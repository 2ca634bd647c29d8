//! The language server's features over its byte-stream transport: incremental edits,
//! hovers, code actions, the nearest figcheck.toml and the client's settings.

mod common;

use common::lsp::{message, published};
use serde_json::{Value, json};

/// Runs the server on `input`; it must exit cleanly.
fn serve(input: Vec<u8>) -> Vec<Value> {
    let (code, messages) = common::lsp::serve(input);
    assert_eq!(code, 0);
    messages
}

/// A session: initialize (with `options`), the given messages, shutdown and exit.
fn session(options: Value, messages: Vec<Value>) -> Vec<Value> {
    let mut input = message(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"capabilities": {}, "initializationOptions": options}}));
    input.extend(message(
        json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
    ));
    for m in messages {
        input.extend(message(m));
    }
    input.extend(message(
        json!({"jsonrpc": "2.0", "id": 99, "method": "shutdown"}),
    ));
    input.extend(message(json!({"jsonrpc": "2.0", "method": "exit"})));
    serve(input)
}

fn open(uri: &str, text: &str) -> Value {
    json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
}

fn codes(p: &Value) -> Vec<String> {
    p["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap()[..5].to_string())
        .collect()
}

fn reply(messages: &[Value], id: i64) -> &Value {
    messages.iter().find(|m| m["id"] == id).unwrap()
}

const SLIP: &str = "Intro line.\nPolice arrested 12 men and 9 women, a total of 23 people.\n";

#[test]
fn incremental_edits_change_the_text_checked() {
    let uri = "file:///tmp/figcheck-lsp-inc.md";
    // line 1, "Police arrested 12 men and 9 women, a total of " is 47 units: "23" follows
    let edit = json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": 1, "character": 47},
                                      "end": {"line": 1, "character": 49}}, "text": "23"}]}});
    let clean = SLIP.replace("23", "21");
    let messages = session(json!(null), vec![open(uri, &clean), edit]);
    let capabilities = &reply(&messages, 1)["result"]["capabilities"];
    assert_eq!(capabilities["textDocumentSync"], 2, "incremental");
    assert_eq!(capabilities["hoverProvider"], true);
    assert_eq!(capabilities["codeActionProvider"], true);
    // the open and the edit may be taken together (only the last text is then checked)
    let last = *published(&messages).last().unwrap();
    assert_eq!(last["version"], 2);
    assert_eq!(codes(last), ["FC101"], "{last}");
}

#[test]
fn hover_shows_how_a_figure_is_read() {
    let uri = "file:///tmp/figcheck-lsp-hover.md";
    let text = "About 1,200 people were killed.\n";
    let hover = |id: i64, character: u32| {
        json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": uri}, "position": {"line": 0, "character": character}}})
    };
    let messages = session(
        json!(null),
        vec![open(uri, text), hover(2, 7), hover(3, 20)],
    );
    let h = &reply(&messages, 2)["result"];
    let value = h["contents"]["value"].as_str().unwrap();
    assert!(value.contains("About 1,200"), "{value}");
    assert!(value.contains("value: 1,200"), "{value}");
    assert!(value.contains("reads as 1,020 to 1,380"), "{value}");
    assert!(value.contains("counts: person"), "{value}");
    assert!(value.contains("event: killed"), "{value}");
    assert_eq!(h["range"]["start"], json!({"line": 0, "character": 0}));
    assert_eq!(h["range"]["end"], json!({"line": 0, "character": 11}));
    assert!(reply(&messages, 3)["result"].is_null(), "no figure there");
}

#[test]
fn hover_names_the_relations_a_figure_takes_part_in() {
    let uri = "file:///tmp/figcheck-lsp-hover-relations.md";
    let text = "Sales rose 20% from 40 to 48 units.\n";
    let hover = json!({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": uri}, "position": {"line": 0, "character": 12}}});
    let messages = session(json!(null), vec![open(uri, text), hover]);
    let value = reply(&messages, 2)["result"]["contents"]["value"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(value.contains("change: from 40, to 48"), "{value}");
    assert!(value.contains("change **20%**"), "{value}");
}

#[test]
fn code_actions_fix_or_silence_a_finding() {
    let uri = "file:///tmp/figcheck-lsp-actions.md";
    let action = json!({"jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 1, "character": 48}, "end": {"line": 1, "character": 48}},
        "context": {"diagnostics": []}}});
    let messages = session(json!(null), vec![open(uri, SLIP), action.clone()]);
    let actions = reply(&messages, 2)["result"].as_array().unwrap();
    assert_eq!(actions.len(), 2, "{actions:?}");
    let fix = &actions[0];
    assert_eq!(fix["kind"], "quickfix");
    assert!(fix["title"].as_str().unwrap().starts_with("Write 21"));
    let edit = &fix["edit"]["changes"][uri][0];
    assert_eq!(edit["newText"], "21");
    assert_eq!(edit["range"]["start"], json!({"line": 1, "character": 47}));
    let silence = &actions[1];
    let edit = &silence["edit"]["changes"][uri][0];
    assert_eq!(
        edit["newText"],
        "<!-- figcheck-disable-next-line FC101 -->\n"
    );
    assert_eq!(edit["range"]["start"], json!({"line": 1, "character": 0}));
    // a plain-text document has no comments to silence with
    let txt = "file:///tmp/figcheck-lsp-actions.txt";
    let mut action = action.clone();
    action["params"]["textDocument"]["uri"] = json!(txt);
    let messages = session(json!(null), vec![open(txt, SLIP), action]);
    assert_eq!(reply(&messages, 2)["result"].as_array().unwrap().len(), 1);
}

#[test]
fn documents_follow_figcheck_toml_and_the_client_settings() {
    let dir = std::env::temp_dir().join(format!("figcheck-lsp-config-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("quiet")).unwrap();
    std::fs::write(dir.join("quiet/figcheck.toml"), "ignore = [\"FC101\"]\n").unwrap();
    let loud = format!("file://{}/story.md", dir.display());
    let quiet = format!("file://{}/quiet/story.md", dir.display());
    let twice = format!("{SLIP}Spending rises 9% from £14.5m to £16.8m.\n");
    let configure = |settings: Value| {
        json!({"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration",
               "params": {"settings": settings}})
    };
    let messages = session(
        json!({"ignore": ["FC104"]}),
        vec![
            open(&loud, &twice),
            open(&quiet, &twice),
            configure(json!({"figcheck": {"select": ["FC104"]}})),
        ],
    );
    let p = published(&messages);
    // initialization options: FC104 ignored; the quiet folder's file: FC101 too
    assert_eq!(codes(p[0]), ["FC101"]);
    assert!(codes(p[1]).is_empty());
    // new settings republish both: only FC104 selected, FC101 still off in the quiet folder
    let by_uri = |uri: &str| {
        p[2..]
            .iter()
            .find(|x| x["uri"] == uri)
            .map(|x| codes(x))
            .unwrap()
    };
    assert_eq!(by_uri(&loud), ["FC104"]);
    assert_eq!(by_uri(&quiet), ["FC104"]);
}

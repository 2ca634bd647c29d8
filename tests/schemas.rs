//! The JSON output validates against the schemas in docs/schema/ (the contract written down
//! in the repository), and docs/checks.md says what `figcheck rules` says.
//!
//! The validator is a small one, for the keywords those schemas use: `type`, `const`,
//! `enum`, `required`, `properties`, `additionalProperties` (true or false), `items`,
//! `minItems`, `maxItems`, `minimum`, `maximum`, `pattern` and `$ref` (to `#/$defs/NAME`
//! or `FILE#/$defs/NAME` beside it). A keyword that it does not know fails the test, so a
//! schema cannot silently say more than is checked.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

const SCHEMA_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/schema");

fn load(file: &str) -> Value {
    let path = Path::new(SCHEMA_DIR).join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

const KNOWN: &[&str] = &[
    "$schema",
    "$id",
    "$defs",
    "title",
    "description",
    "type",
    "const",
    "enum",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "pattern",
    "$ref",
];

fn type_matches(name: &str, v: &Value) -> bool {
    match name {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.is_i64() || v.is_u64(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        other => panic!("unknown type {other}"),
    }
}

/// Validates `v` against `schema` (found in `file`); errors name the JSON path.
fn validate(file: &str, schema: &Value, v: &Value, at: &str, errors: &mut Vec<String>) {
    let Some(s) = schema.as_object() else {
        panic!("{file}: schema at {at} is not an object");
    };
    for key in s.keys() {
        assert!(
            KNOWN.contains(&key.as_str()),
            "{file}: unknown keyword {key}"
        );
    }
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let (target_file, pointer) = r.split_once('#').unwrap_or((r, ""));
        let target_file = if target_file.is_empty() {
            file.to_string()
        } else {
            target_file.to_string()
        };
        let doc = load(&target_file);
        let target = doc
            .pointer(pointer)
            .unwrap_or_else(|| panic!("{file}: $ref {r} not found"));
        validate(&target_file, target, v, at, errors);
    }
    let mut fail = |m: String| errors.push(format!("{at}: {m}"));
    if let Some(t) = s.get("type") {
        let ok = match t {
            Value::String(name) => type_matches(name, v),
            Value::Array(names) => names
                .iter()
                .any(|n| type_matches(n.as_str().unwrap_or(""), v)),
            _ => panic!("{file}: bad type"),
        };
        if !ok {
            fail(format!("{v} is not of type {t}"));
            return;
        }
    }
    if let Some(c) = s.get("const")
        && c != v
    {
        fail(format!("{v} is not {c}"));
    }
    if let Some(Value::Array(options)) = s.get("enum")
        && !options.contains(v)
    {
        fail(format!("{v} is not one of {options:?}"));
    }
    if let (Some(p), Some(text)) = (s.get("pattern").and_then(Value::as_str), v.as_str())
        && !regex::Regex::new(p).unwrap().is_match(text)
    {
        fail(format!("{text:?} does not match {p}"));
    }
    if let Some(n) = v.as_f64() {
        if let Some(min) = s.get("minimum").and_then(Value::as_f64)
            && n < min
        {
            fail(format!("{n} < {min}"));
        }
        if let Some(max) = s.get("maximum").and_then(Value::as_f64)
            && n > max
        {
            fail(format!("{n} > {max}"));
        }
    }
    if let Some(items) = v.as_array() {
        if let Some(min) = s.get("minItems").and_then(Value::as_u64)
            && (items.len() as u64) < min
        {
            fail(format!("fewer than {min} items"));
        }
        if let Some(max) = s.get("maxItems").and_then(Value::as_u64)
            && items.len() as u64 > max
        {
            fail(format!("more than {max} items"));
        }
        if let Some(item_schema) = s.get("items") {
            for (n, item) in items.iter().enumerate() {
                validate(file, item_schema, item, &format!("{at}[{n}]"), errors);
            }
        }
    }
    if let Some(object) = v.as_object() {
        if let Some(Value::Array(required)) = s.get("required") {
            for key in required {
                let key = key.as_str().unwrap_or("");
                if !object.contains_key(key) {
                    errors.push(format!("{at}: missing {key}"));
                }
            }
        }
        let properties = s.get("properties").and_then(Value::as_object);
        for (key, value) in object {
            match properties.and_then(|p| p.get(key)) {
                Some(p) => validate(file, p, value, &format!("{at}.{key}"), errors),
                None => {
                    if s.get("additionalProperties") == Some(&Value::Bool(false)) {
                        errors.push(format!("{at}: unexpected {key}"));
                    }
                }
            }
        }
    }
}

fn assert_valid(file: &str, v: &Value) {
    let mut errors = Vec::new();
    validate(file, &load(file), v, "$", &mut errors);
    assert!(errors.is_empty(), "{file}:\n{}", errors.join("\n"));
}

fn figcheck(args: &[&str], stdin: &str) -> Vec<u8> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_figcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("binary runs");
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap().stdout
}

/// Text with many kinds of figure and finding: dates with weekdays, ratios, hedges,
/// suggestions and none.
const STORY: &str = "# Council cuts £6.2m\n\n\
Police arrested 12 men and 9 women, a total of 23 people on Monday, March 4, 2024.\n\
One in five residents, about 1,200 people, more than 50 families and 45% of voters \
said so. Spending rose 9% from £14.5m to £16.8m. Fewer than half of the 12 members, \
seven in all, spoke. The 5km route took 2 hours.\n";

#[test]
fn check_output_validates_against_its_schemas() {
    let args = ["check", "--format", "json", "examples/articles", "-"];
    let v: Value = serde_json::from_slice(&figcheck(&args, STORY)).unwrap();
    assert!(v["files"].as_array().unwrap().len() >= 5);
    assert_valid("check.schema.json", &v);
    let lines = figcheck(&["check", "--format", "jsonl", "-"], STORY);
    for line in String::from_utf8(lines).unwrap().lines() {
        assert_valid(
            "check-line.schema.json",
            &serde_json::from_str(line).unwrap(),
        );
    }
}

#[test]
fn figures_output_validates_against_its_schemas() {
    let args = ["figures", "--format", "json", "examples/articles", "-"];
    let v: Value = serde_json::from_slice(&figcheck(&args, STORY)).unwrap();
    // standard input comes after the sample articles
    let files = v["files"].as_array().unwrap();
    let figures = files.last().unwrap()["figures"].as_array().unwrap();
    assert!(figures.iter().any(|f| f.get("date").is_some()));
    // the live blog among the samples: its entries and items are blocks
    assert!(files.iter().any(|file| {
        file["figures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f.get("block").is_some())
    }));
    assert!(figures.iter().any(|f| f.get("ratio").is_some()));
    assert_valid("figures.schema.json", &v);
    let lines = figcheck(&["figures", "--format", "jsonl", "-"], STORY);
    for line in String::from_utf8(lines).unwrap().lines() {
        assert_valid(
            "figures-line.schema.json",
            &serde_json::from_str(line).unwrap(),
        );
    }
}

#[test]
fn rules_and_baseline_validate_against_their_schemas() {
    let v: Value = serde_json::from_slice(&figcheck(&["rules", "--format", "json"], "")).unwrap();
    assert_valid("rules.schema.json", &v);
    let file = std::env::temp_dir().join(format!("figcheck-schema-{}.json", std::process::id()));
    figcheck(
        &["check", "--write-baseline", file.to_str().unwrap(), "-"],
        STORY,
    );
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert!(!v["findings"].as_array().unwrap().is_empty());
    assert_valid("baseline.schema.json", &v);
}

#[test]
fn the_validator_rejects_what_breaks_the_contract() {
    let mut errors = Vec::new();
    let bad =
        serde_json::json!({"version": 2, "files": [{"path": "a", "findings": [{"code": "X"}]}]});
    validate(
        "check.schema.json",
        &load("check.schema.json"),
        &bad,
        "$",
        &mut errors,
    );
    assert!(errors.iter().any(|e| e.contains("$.version")), "{errors:?}");
    assert!(
        errors.iter().any(|e| e.contains("missing severity")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("does not match")),
        "{errors:?}"
    );
}

/// docs/checks.md as `figcheck rules --format json` gives it.
fn checks_md() -> String {
    let v: Value = serde_json::from_slice(&figcheck(&["rules", "--format", "json"], "")).unwrap();
    let mut out = String::from(
        "# The checks\n\n\
         Generated from `rules/checks.toml` (`figcheck rules`, `figcheck explain CODE`); \
         `UPDATE_DOCS=1 cargo test --test schemas` rewrites it.\n",
    );
    for r in v["rules"].as_array().unwrap() {
        let s = |k: &str| r[k].as_str().unwrap_or("").to_string();
        out.push_str(&format!(
            "\n## {}\n\n`{}`\n\n{}\n\n**Why it matters.** {}\n\n**Fix.** {}\n",
            s("code"),
            s("name"),
            s("summary"),
            s("why"),
            s("fix")
        ));
        for (key, title) in [("fail", "Found in"), ("pass", "Passes")] {
            let examples = r[key].as_array().cloned().unwrap_or_default();
            if !examples.is_empty() {
                out.push_str(&format!("\n{title}:\n\n"));
                for e in examples {
                    out.push_str(&format!("- {}\n", e.as_str().unwrap_or("")));
                }
            }
        }
    }
    out
}

#[test]
fn docs_checks_md_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/checks.md");
    let want = checks_md();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/checks.md is out of date: UPDATE_DOCS=1 cargo test --test schemas"
    );
}

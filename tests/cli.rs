//! The `figcheck` binary on whole inputs: formats, exit codes and bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn figcheck(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_figcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let Some(input) = stdin {
        // the binary may exit before reading its input (a usage error): ignore a closed pipe
        let _ = child.stdin.take().unwrap().write_all(input);
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

/// A fresh folder for one test, holding `files` (name, content).
fn temp_folder(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("figcheck-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (file, content) in files {
        std::fs::write(dir.join(file), content).unwrap();
    }
    dir
}

fn temp_file(name: &str, content: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("figcheck-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn figures_json_follows_the_output_contract() {
    let out = figcheck(
        &["figures", "--format", "json", "-"],
        Some("Around 1,200 people were killed.\n£1.13bn (about $1.5bn) was lost.".as_bytes()),
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    let figs = v["files"][0]["figures"].as_array().unwrap();
    let first = &figs[0];
    for key in [
        "text", "span", "value", "lo", "hi", "kind", "unit", "counts", "event", "hedge",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    assert_eq!(first["text"], "Around 1,200");
    assert_eq!(first["value"], 1200);
    assert_eq!(first["lo"], 1020);
    assert_eq!(first["kind"], "count");
    assert_eq!(first["hedge"], "around");
    let span = &first["span"];
    assert_eq!(span["start"], 0);
    assert_eq!(span["end"], 12);
    assert_eq!(span["line"], 1);
    assert_eq!(span["column"], 1);
    assert_eq!(span["end_column"], 13);
    let money = &figs[1];
    assert_eq!(money["value"], 1130000000i64);
    assert_eq!(money["unit"], "GBP");
    assert_eq!(money["span"]["line"], 2);
    // "£" is one character but two bytes: columns count characters
    assert_eq!(figs[2]["text"], "about $1.5bn");
    assert_eq!(figs[2]["span"]["column"], 10);
    assert_eq!(figs[2]["span"]["utf16_column"], 10);
    assert_eq!(figs[2]["span"]["start"], 43);
}

#[test]
fn more_than_has_no_upper_bound() {
    let out = figcheck(
        &["figures", "--format", "json", "-"],
        Some(b"more than 50 people"),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &v["files"][0]["figures"][0];
    assert_eq!(f["lo"], 50);
    assert!(f["hi"].is_null());
}

#[test]
fn jsonl_batches_write_one_line_per_article() {
    let input = b"{\"id\": \"a\", \"text\": \"Five people died.\"}\n{\"id\": \"b\", \"title\": \"Up 5%\", \"text\": \"Up 5%\\n\\nSales rose 5%.\"}\n";
    let path = temp_file("batch.jsonl", input);
    let out = figcheck(
        &["figures", "--format", "jsonl", path.to_str().unwrap()],
        None,
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["figures"][0]["value"], 5);
    assert_eq!(lines[1]["figures"][0]["headline"], true);
    assert_eq!(lines[1]["figures"][1]["headline"], false);
}

#[test]
fn invalid_utf8_names_file_and_offset() {
    let path = temp_file("bad.txt", b"12 people\xff and more");
    let out = figcheck(&["figures", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.txt"), "{err}");
    assert!(err.contains("byte 9"), "{err}");
}

#[test]
fn empty_input_gives_an_empty_result() {
    let out = figcheck(&["figures", "--format", "json", "-"], Some(b""));
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"][0]["figures"].as_array().unwrap().len(), 0);
}

#[test]
fn a_missing_file_is_reported_and_the_others_still_processed() {
    let good = temp_file("good.txt", b"Seven people were hurt.");
    let out = figcheck(
        &[
            "figures",
            "--format",
            "json",
            "/nonexistent/story.txt",
            good.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("/nonexistent/story.txt"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
    assert_eq!(v["files"][0]["figures"][0]["value"], 7);
}

#[test]
fn unterminated_markdown_is_read_as_text() {
    let path = temp_file(
        "broken.md",
        b"# Title with 3 figures\n\nSome *emphasis and `code that never closes 5\n\n<!-- comment never closed 9\n\n```\nfence never closed 11\n",
    );
    let out = figcheck(
        &["figures", "--format", "json", path.to_str().unwrap()],
        None,
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["files"][0]["figures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["value"] == 3)
    );
}

#[test]
fn malformed_rule_file_is_an_error_naming_file_line_and_key() {
    let dir = temp_folder(
        "rules",
        &[(
            "units.toml",
            "[[unit]]\nsymbol = \"km\"\ndimension = \"length\"\nfactr = 1000.0\nnames = [\"km\"]\n",
        )],
    );
    let out = figcheck(
        &["figures", "--rules", dir.to_str().unwrap(), "-"],
        Some(b"5 km"),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("units.toml:"), "{err}");
    assert!(err.contains("factr"), "{err}");
}

#[test]
fn rule_overrides_are_used() {
    let dir = temp_folder(
        "rules-ok",
        &[(
            "units.toml",
            "[[unit]]\nsymbol = \"furlong\"\ndimension = \"length\"\nfactor = 201.168\nnames = [\"furlongs\"]\n",
        )],
    );
    let out = figcheck(
        &[
            "figures",
            "--format",
            "json",
            "--rules",
            dir.to_str().unwrap(),
            "-",
        ],
        Some(b"He won by 3 furlongs."),
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"][0]["figures"][0]["unit"], "furlong");
}

#[test]
fn human_output_lists_figures() {
    let out = figcheck(&["figures", "examples/articles/earnings.txt"], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\"$4.1bn\""), "{text}");
    assert!(text.contains("unit USD"), "{text}");
}

#[test]
fn check_reports_findings_with_exit_status_one() {
    let out = figcheck(
        &["check", "-"],
        Some(b"Rebels freed 33 hostages and five Thais, 41 people in all."),
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("FC101 parts-sum-mismatch"), "{text}");
    assert!(text.contains("33 + 5 = 38"), "{text}");
    assert!(
        text.trim_end().ends_with("1 error, 0 warnings in 1 file"),
        "{text}"
    );
}

#[test]
fn check_json_follows_the_output_contract() {
    let out = figcheck(
        &["check", "--format", "json", "-"],
        Some("Prices: £10 and £5, £16 in all.".as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    let f = &v["files"][0]["findings"][0];
    assert_eq!(f["code"], "FC101");
    assert_eq!(f["name"], "parts-sum-mismatch");
    assert_eq!(f["severity"], "error");
    assert_eq!(
        f["arithmetic"],
        "£10 + £5 = £15, but the total (in all) is £16"
    );
    assert_eq!(f["span"]["text"], "£16");
    assert_eq!(f["span"]["column"], 21);
    assert_eq!(f["span"]["start"], 22); // "£" is two bytes
    assert_eq!(f["related"][0]["label"], "part");
    assert_eq!(f["related"][1]["span"]["text"], "£5");
    assert_eq!(f["suggestion"]["replacement"], "£15");
    assert_eq!(f["suggestion"]["span"]["text"], "£16");
}

#[test]
fn clean_input_exits_zero_and_fail_on_raises_the_bar() {
    let out = figcheck(&["check", "-"], Some(b"Sales rose 30% from $40m to $52m."));
    assert_eq!(out.status.code(), Some(0));
    // a warning only fails at --fail-on warning (the default), not at error
    let hedged = b"Fewer than half of the 80 delegates, some 50 people, walked out.";
    let out = figcheck(&["check", "-"], Some(hedged));
    assert_eq!(out.status.code(), Some(1));
    let out = figcheck(&["check", "--fail-on", "error", "-"], Some(hedged));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn select_and_ignore_choose_checks() {
    let input = b"They freed 33 hostages and five Thais, 41 people in all.";
    let out = figcheck(&["check", "--ignore", "FC101", "-"], Some(input));
    assert_eq!(out.status.code(), Some(0));
    let out = figcheck(
        &["check", "--select", "parts-sum-mismatch", "-"],
        Some(input),
    );
    assert_eq!(out.status.code(), Some(1));
    let out = figcheck(&["check", "--select", "FC999", "-"], Some(input));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("unknown check")
    );
}

#[test]
fn check_jsonl_batches_and_github_annotations() {
    let input =
        b"{\"id\": \"a\", \"text\": \"Five (6) people.\"}\n{\"id\": \"b\", \"text\": \"Fine.\"}\n";
    let path = temp_file("check.jsonl", input);
    let out = figcheck(
        &["check", "--format", "jsonl", path.to_str().unwrap()],
        None,
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["findings"][0]["code"], "FC106");
    assert_eq!(lines[1]["findings"].as_array().unwrap().len(), 0);
    let out = figcheck(
        &["check", "--format", "github", path.to_str().unwrap()],
        None,
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("::error file="), "{text}");
    assert!(
        text.contains("title=FC106 numeral-word-mismatch::"),
        "{text}"
    );
}

#[test]
fn rules_and_explain() {
    let out = figcheck(&["rules"], None);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("FC101") && text.contains("parts-sum-mismatch"));
    let out = figcheck(&["explain", "FC103"], None);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("share-count-mismatch") && text.contains("Why it matters"));
    let out = figcheck(&["explain", "no-such-check"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn figures_fill_counts_and_events() {
    let out = figcheck(
        &["figures", "--format", "json", "-"],
        Some(b"The attack killed around 1,200 people, and 251 hostages were taken."),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let figs = &v["files"][0]["figures"];
    assert_eq!(figs[0]["counts"], "person");
    assert_eq!(figs[0]["event"], "killed");
    assert_eq!(figs[1]["counts"], "hostage");
    assert_eq!(figs[1]["event"], "taken");
}

#[test]
fn check_sarif_is_a_sarif_log() {
    let out = figcheck(
        &["check", "--format", "sarif", "-"],
        Some("Prices: £10 and £5, £16 in all.".as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert!(run["tool"]["driver"]["rules"].as_array().unwrap().len() >= 10);
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "FC101");
    assert_eq!(result["level"], "error");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startColumn"], 21);
    assert_eq!(region["charOffset"], 20); // UTF-16 code units: "£" is one
    assert_eq!(
        result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        "£15"
    );
    assert_eq!(result["relatedLocations"].as_array().unwrap().len(), 2);
}

#[test]
fn html_input_reads_the_text_and_the_date() {
    let path = temp_file(
        "story.html",
        b"<html><head><meta property=\"article:published_time\" content=\"2025-03-06\"></head><body><h1>Vote on Friday</h1><p>The vote was held on Friday, 7 March.</p><script>var n = 41;</script></body></html>",
    );
    let out = figcheck(&["check", "--format", "json", path.to_str().unwrap()], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &v["files"][0]["findings"][0];
    // 7 March 2025 was a Friday: nothing to report; the script's 41 is not read
    assert!(f.is_null(), "{v}");
    let out = figcheck(
        &["figures", "--format", "json", path.to_str().unwrap()],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let figs = v["files"][0]["figures"].as_array().unwrap();
    assert_eq!(figs.len(), 1, "{v}");
    assert_eq!(figs[0]["kind"], "date");
}

#[test]
fn figcheck_toml_above_the_input_configures_the_run() {
    let dir = std::env::temp_dir().join(format!("figcheck-config-{}", std::process::id()));
    let sub = dir.join("stories");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(
        dir.join("figcheck.toml"),
        "ignore = [\"FC101\"]\nfail-on = \"error\"\n",
    )
    .unwrap();
    let story = sub.join("a.txt");
    std::fs::write(
        &story,
        "They freed 33 hostages and five Thais, 41 people in all. Five (6) left.",
    )
    .unwrap();
    let out = figcheck(
        &["check", "--format", "json", story.to_str().unwrap()],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<&str> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["FC106"]);
    // flags win over the file
    let out = figcheck(
        &[
            "check",
            "--select",
            "FC101",
            "--format",
            "json",
            story.to_str().unwrap(),
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["files"][0]["findings"].as_array().unwrap().len(),
        0,
        "ignore still applies"
    );
    // a bad key names the file, line and key
    std::fs::write(
        dir.join("figcheck.toml"),
        "select = [\"FC1\"]\nfail_on = \"error\"\n",
    )
    .unwrap();
    let out = figcheck(&["check", story.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("figcheck.toml:2") && err.contains("fail_on"),
        "{err}"
    );
}

#[test]
fn comments_silence_findings_in_markdown() {
    let path = temp_file(
        "quiet.md",
        b"They freed 33 hostages and five Thais, 41 people in all.\n\n<!-- figcheck-disable-next-line FC101 -->\nThey freed 33 hostages and five Thais, 41 people in all.\n\n<!-- figcheck-disable -->\nThe board has five (6) members.\n<!-- figcheck-enable -->\n\nThe board has five (6) members.\n",
    );
    let out = figcheck(&["check", "--format", "json", path.to_str().unwrap()], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let lines: Vec<(String, i64)> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["span"]["line"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(lines, [("FC101".to_string(), 1), ("FC106".to_string(), 10)]);
}

#[test]
fn a_folder_is_searched_for_prose_files() {
    let dir = temp_folder(
        "folder",
        &[
            ("a.md", "Five (6) people."),
            (
                "b.txt",
                "They freed 33 hostages and five Thais, 41 people in all.",
            ),
            ("c.rs", "fn main() { let five = 6; } // five (6)"),
        ],
    );
    let out = figcheck(&["check", "--format", "jsonl", dir.to_str().unwrap()], None);
    let text = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(
        ids[0].ends_with("a.md") && ids[1].ends_with("b.txt"),
        "{ids:?}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn each_input_follows_its_own_figcheck_toml() {
    let dir = temp_folder("per-file", &[]);
    for (sub, toml) in [
        ("quiet", "ignore = [\"FC106\"]\n"),
        ("loud", "select = [\"FC1\"]\n"),
    ] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("figcheck.toml"), toml).unwrap();
        std::fs::write(
            dir.join(sub).join("story.txt"),
            "The board has five (6) members.",
        )
        .unwrap();
    }
    let out = figcheck(
        &[
            "check",
            "--format",
            "jsonl",
            dir.join("quiet/story.txt").to_str().unwrap(),
            dir.join("loud/story.txt").to_str().unwrap(),
        ],
        None,
    );
    let counts: Vec<usize> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["findings"]
                .as_array()
                .unwrap()
                .len()
        })
        .collect();
    assert_eq!(counts, [0, 1]);
}

/// Runs `check` on a short story with `figcheck.toml` holding `config`; returns the exit
/// code and standard error.
fn check_with_config(name: &str, config: &str) -> (Option<i32>, String) {
    let dir = temp_folder(name, &[("figcheck.toml", config)]);
    let config_path = dir.join("figcheck.toml");
    let out = figcheck(
        &["check", "--config", config_path.to_str().unwrap(), "-"],
        Some(b"They freed 33 hostages and five Thais, 38 people in all."),
    );
    (out.status.code(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn impossible_dates_are_errors_naming_the_value_and_where_it_came_from() {
    for date in [
        "2024-02-30",
        "2025-13-45",
        "0000-01-01",
        "2024-3-1",
        "yesterday",
    ] {
        let out = figcheck(&["check", "--date", date, "-"], Some(b"Five (6) left."));
        assert_eq!(out.status.code(), Some(2), "--date {date}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(&format!("--date {date}")), "{err}");
        let (code, err) = check_with_config(
            "bad-date",
            &format!("select = [\"FC1\"]\ndate = \"{date}\"\n"),
        );
        assert_eq!(code, Some(2), "date = {date}");
        assert!(
            err.contains("figcheck.toml:2") && err.contains("date") && err.contains(date),
            "{err}"
        );
    }
    // a real date is accepted from either place
    let out = figcheck(&["check", "--date", "2024-02-29", "-"], Some(b"Five left."));
    assert_eq!(out.status.code(), Some(0));
    let (code, err) = check_with_config("good-date", "date = \"2024-02-29\"\n");
    assert_eq!(code, Some(0), "{err}");
}

#[test]
fn unknown_checks_and_fail_levels_in_figcheck_toml_name_the_file_and_line() {
    let (code, err) = check_with_config("unknown-check", "ignore = []\nselect = [\"FC999\"]\n");
    assert_eq!(code, Some(2));
    assert!(
        err.contains("figcheck.toml:2") && err.contains("FC999"),
        "{err}"
    );
    let (code, err) = check_with_config("bad-fail-on", "\nfail-on = \"sometimes\"\n");
    assert_eq!(code, Some(2));
    assert!(
        err.contains("figcheck.toml:2") && err.contains("fail-on") && err.contains("sometimes"),
        "{err}"
    );
    // a good fail level is accepted
    let (code, err) = check_with_config("fail-on-error", "fail-on = \"error\"\n");
    assert_eq!(code, Some(0), "{err}");
}

#[test]
fn rule_folders_that_are_not_folders_are_errors() {
    let file = temp_file("not-a-folder.toml", b"");
    for command in ["check", "figures"] {
        let out = figcheck(&[command, "--rules", "/no/such/dir", "-"], Some(b"5 km"));
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("--rules /no/such/dir") && err.contains("no such folder"),
            "{err}"
        );
        let out = figcheck(
            &[command, "--rules", file.to_str().unwrap(), "-"],
            Some(b"5 km"),
        );
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("not a folder"), "{err}");
    }
    let (code, err) = check_with_config("rules-nowhere", "rules = \"nowhere\"\n");
    assert_eq!(code, Some(2));
    assert!(
        err.contains("figcheck.toml:1") && err.contains("rules") && err.contains("nowhere"),
        "{err}"
    );
}

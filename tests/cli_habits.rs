//! The command line's everyday habits: colour, quiet and statistics, output files, standard
//! input's name, completions and the manual page, baselines, fixes and diffs.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn figcheck_env(args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_figcheck"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for var in ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "FORCE_COLOR"] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("binary runs");
    if let Some(input) = stdin {
        let _ = child.stdin.take().unwrap().write_all(input);
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn figcheck(args: &[&str], stdin: Option<&[u8]>) -> Output {
    figcheck_env(args, stdin, &[])
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh folder for one test, holding `files` (name, content).
fn temp_folder(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("figcheck-habits-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, content) in files {
        std::fs::write(dir.join(file), content).unwrap();
    }
    dir
}

const SLIP: &str = "Police arrested 12 men and 9 women, a total of 23 people.\n";
const NO_SUGGESTION: &str = "Spending rises 9% from £14.5m to £16.8m.\n";
const ESC: &str = "\u{1b}[";

#[test]
fn colour_follows_the_flag_and_the_conventions() {
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut all = vec!["check", "-"];
        all.extend_from_slice(args);
        stdout(&figcheck_env(&all, Some(SLIP.as_bytes()), env)).contains(ESC)
    };
    // a pipe is not coloured unless asked
    assert!(!run(&[], &[]));
    assert!(run(&["--color", "always"], &[]));
    assert!(run(&[], &[("CLICOLOR_FORCE", "1")]));
    assert!(run(&[], &[("FORCE_COLOR", "1")]));
    assert!(!run(&[], &[("FORCE_COLOR", "0")]));
    assert!(!run(&[], &[("FORCE_COLOR", "1"), ("NO_COLOR", "1")]));
    assert!(!run(&["--color", "never"], &[("FORCE_COLOR", "1")]));
    assert!(run(&["--color", "always"], &[("NO_COLOR", "1")]));
}

#[test]
fn quiet_drops_the_summary_and_statistics_count_per_check() {
    let out = figcheck(&["check", "-q", "-"], Some(SLIP.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("FC101"), "{text}");
    assert!(!text.contains("in 1 file"), "{text}");

    let two = format!("{SLIP}{SLIP}{NO_SUGGESTION}");
    let out = figcheck(&["check", "--statistics", "-"], Some(two.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.starts_with("2  FC101  parts-sum-mismatch\n1  FC104"),
        "{text}"
    );
    assert!(!text.contains("-->"), "{text}");
    let out = figcheck(
        &["check", "--statistics", "--format", "json", "-"],
        Some(two.as_bytes()),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["code"], "FC101");
    assert_eq!(v[0]["count"], 2);
}

#[test]
fn output_goes_to_a_file() {
    let dir = temp_folder("output", &[]);
    let file = dir.join("out.json");
    let out = figcheck(
        &[
            "check",
            "--format",
            "json",
            "-o",
            file.to_str().unwrap(),
            "-",
        ],
        Some(SLIP.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(v["files"][0]["findings"][0]["code"], "FC101");
    let bad = dir.join("no/such/folder/out.json");
    let out = figcheck(
        &["figures", "-o", bad.to_str().unwrap(), "-"],
        Some(SLIP.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn stdin_filename_names_the_input_and_finds_its_config_and_format() {
    let dir = temp_folder("stdin-name", &[("figcheck.toml", "ignore = [\"FC101\"]\n")]);
    let name = dir.join("story.md");
    let name = name.to_str().unwrap();
    let md = format!("---\ndate: 2024-03-10\n---\n\n{SLIP}");
    let out = figcheck(
        &["check", "--format", "json", "--stdin-filename", name, "-"],
        Some(md.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"][0]["path"], name);
    assert_eq!(v["files"][0]["findings"].as_array().unwrap().len(), 0);
    // the front matter is read as Markdown: its date is no figure
    let out = figcheck(
        &["figures", "--format", "json", "--stdin-filename", name, "-"],
        Some(md.as_bytes()),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let texts: Vec<&str> = v["files"][0]["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert!(!texts.iter().any(|t| t.contains("2024")), "{texts:?}");
}

#[test]
fn rules_as_json_completions_and_the_manual() {
    let out = figcheck(&["rules", "--format", "json"], None);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    let rules = v["rules"].as_array().unwrap();
    assert!(
        rules
            .iter()
            .any(|r| r["code"] == "FC101" && r["name"] == "parts-sum-mismatch")
    );
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = figcheck(&["completions", shell], None);
        assert!(out.status.success(), "{shell}");
        assert!(stdout(&out).contains("figcheck"), "{shell}");
    }
    let out = figcheck(&["man"], None);
    assert!(out.status.success());
    assert!(stdout(&out).contains(".TH figcheck 1"));
}

#[test]
fn an_empty_folder_is_a_warning_on_stderr() {
    let dir = temp_folder("empty", &[("notes.csv", "1,2,3\n")]);
    let out = figcheck(&["check", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("no prose files found"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn figures_refuses_formats_it_cannot_write_and_takes_a_date() {
    for format in ["github", "sarif"] {
        let out = figcheck(&["figures", "--format", format, "-"], Some(b"5 people"));
        assert_eq!(out.status.code(), Some(2), "{format}");
    }
    let out = figcheck(
        &["figures", "--date", "2024-03-10", "-"],
        Some(b"It opened on March 5."),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = figcheck(&["figures", "--date", "2024-02-30", "-"], Some(b"5"));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_baseline_reports_only_new_findings() {
    let a = "# Budget\n\nPolice arrested 12 men and 9 women, a total of 23 people.\n";
    let b = "Spending rises 9% from £14.5m to £16.8m.\n\nThe firm sold 120 cars in March and 95 in April, 225 in all.\n";
    let dir = temp_folder("baseline", &[("a.md", a), ("b.md", b)]);
    let baseline = dir.join("baseline.json");
    let base = baseline.to_str().unwrap();
    let folder = dir.to_str().unwrap();
    // recording accepts what is there
    let out = figcheck(&["check", "--write-baseline", base, folder], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = figcheck(&["check", "--baseline", base, folder], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("0 errors, 0 warnings"));
    // lines moving keep the old findings known; a changed figure is a new one
    let moved = format!(
        "An opening line.\n\n{}",
        b.replace("225 in all", "226 in all")
    );
    std::fs::write(dir.join("b.md"), moved).unwrap();
    std::fs::write(
        dir.join("a.md"),
        format!("# Budget\n\nMore.\n\n{}", &a[10..]),
    )
    .unwrap();
    let out = figcheck(
        &["check", "--format", "json", "--baseline", base, folder],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(String, String)> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            f["findings"].as_array().unwrap().iter().map(move |x| {
                (
                    f["path"]
                        .as_str()
                        .unwrap()
                        .rsplit('/')
                        .next()
                        .unwrap()
                        .to_string(),
                    x["span"]["text"].as_str().unwrap().to_string(),
                )
            })
        })
        .collect();
    assert_eq!(found, [("b.md".to_string(), "226".to_string())]);
    // a baseline that is not one is an error
    std::fs::write(&baseline, "{}").unwrap();
    let out = figcheck(&["check", "--baseline", base, folder], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn fix_applies_suggestions_and_diff_shows_them() {
    let dir = temp_folder(
        "fix",
        &[
            ("slip.txt", SLIP),
            ("mixed.txt", &format!("{SLIP}{NO_SUGGESTION}")),
        ],
    );
    let slip = dir.join("slip.txt");
    let mixed = dir.join("mixed.txt");
    let (slip_s, mixed_s) = (slip.to_str().unwrap(), mixed.to_str().unwrap());

    let out = figcheck(&["check", "--diff", slip_s, mixed_s], None);
    let diff = stdout(&out);
    assert!(diff.contains("-Police arrested 12 men and 9 women, a total of 23 people.\n+Police arrested 12 men and 9 women, a total of 21 people.\n"), "{diff}");
    // the mixed file has a finding without a suggestion: left out, and said so
    assert!(!diff.contains("mixed.txt"), "{diff}");
    assert!(
        stderr(&out).contains("mixed.txt: not fixed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&slip).unwrap(),
        SLIP,
        "--diff writes nothing"
    );

    let out = figcheck(&["check", "--fix", slip_s, mixed_s], None);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the mixed file still has findings"
    );
    assert_eq!(
        std::fs::read_to_string(&slip).unwrap(),
        SLIP.replace("23", "21")
    );
    assert_eq!(
        std::fs::read_to_string(&mixed).unwrap(),
        format!("{SLIP}{NO_SUGGESTION}")
    );
    let out = figcheck(&["check", "--fix", "--fix-partial", mixed_s], None);
    assert_eq!(out.status.code(), Some(1), "the 9% is still wrong");
    assert_eq!(
        std::fs::read_to_string(&mixed).unwrap(),
        format!("{}{NO_SUGGESTION}", SLIP.replace("23", "21"))
    );
    assert!(stdout(&out).contains("FC104"));
    assert!(!stdout(&out).contains("FC101"));
    // a fixed file checks clean
    let out = figcheck(&["check", slip_s], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn sarif_results_carry_rule_index_fingerprints_and_unread_inputs() {
    let missing = std::env::temp_dir().join("figcheck-habits-no-such-file.md");
    let out = figcheck(
        &["check", "--format", "sarif", "-", missing.to_str().unwrap()],
        Some(SLIP.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = &v["runs"][0];
    let result = &run["results"][0];
    let index = result["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(
        run["tool"]["driver"]["rules"][index]["id"],
        result["ruleId"]
    );
    let fp = result["partialFingerprints"]["figcheck/v1"]
        .as_str()
        .unwrap();
    assert_eq!(fp.len(), 16);
    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let note = &invocation["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert!(
        note["message"]["text"]
            .as_str()
            .unwrap()
            .contains("figcheck-habits-no-such-file.md")
    );
    // the fingerprint is the baseline's: the same finding moved down keeps it
    let moved = format!("\n\n\n{SLIP}");
    let out = figcheck(&["check", "--format", "sarif", "-"], Some(moved.as_bytes()));
    let w: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        w["runs"][0]["results"][0]["partialFingerprints"]["figcheck/v1"],
        fp
    );
    assert_eq!(w["runs"][0]["invocations"][0]["executionSuccessful"], true);
}

#[test]
fn the_ledger_names_the_publication_date_unwritten_years_come_from() {
    let md = "---\ndate: 2024-03-10\n---\n\nIt opened on March 5.\n";
    let out = figcheck(
        &["figures", "--stdin-filename", "a.md", "-"],
        Some(md.as_bytes()),
    );
    let text = stdout(&out);
    assert!(
        text.starts_with("a.md: 1 figure, published 2024-03-10\n"),
        "{text}"
    );
    let out = figcheck(
        &["figures", "--date", "2023-01-02", "-"],
        Some(b"It opened on March 5."),
    );
    assert!(stdout(&out).starts_with("<stdin>: 1 figure, published 2023-01-02\n"));
}

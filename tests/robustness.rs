//! No input makes figcheck panic, hang or grow without bound.

use figcheck::parse::lexicon::Lexicon;
use figcheck::parse::parse;
use figcheck::source::Document;

#[test]
fn hostile_strings_parse_without_panic() {
    let inputs = [
        "",
        " ",
        "\n\n\n",
        "-",
        "--5",
        "$",
        "$$$5",
        "£-",
        "5/0",
        "1/0",
        "0/0",
        "9/11",
        "1e999",
        "1e-999",
        "99999999999999999999999999999999999999",
        "1,2,3,4,5,6",
        "1..2",
        "1.2.3.4.5",
        "½½½",
        "twenty-",
        "-twenty",
        "a a a a",
        "and and",
        "hundred hundred",
        "million million",
        "one hundred and",
        "between 5 and",
        "between and 5",
        "from to",
        "5-",
        "5-6-7-8-9",
        "+",
        "+1",
        "((((5))))",
        "5%%%",
        "per cent",
        "5 per",
        "January",
        "January 99",
        "Monday,",
        "32 January 2020",
        "0:00",
        "25:99",
        "1990s's",
        "10^",
        "10^-",
        "1x10^",
        "5 ft and",
        "3 dollars and",
        "MUSD",
        "M",
        "e5",
        "5e",
        "٣",
        "五",
        "🙂 5 🙂",
        "\u{202f}5",
        "1\u{202f}",
        "5\u{0301}",
        "a third",
        "the first",
        "half a",
        "a dozen dozen",
        "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
        "nine point",
        "point five",
    ];
    let config = figcheck::config::Config::default();
    for input in inputs {
        let doc = Document::from_text("t", input);
        let _ = parse(&doc, Lexicon::builtin());
        let _ = figcheck::check(&doc, &config);
        let md = Document::from_markdown("t.md", input);
        let _ = figcheck::check(&md, &config);
        let html = format!("<p>{input}</p><script>{input}<b>{input}&amp{input}&#;<!--{input}");
        let doc = Document::from_format("t.html", &html, figcheck::source::InputFormat::Html);
        assert_eq!(doc.text.len(), html.len());
        let _ = figcheck::check(&doc, &config);
        // the same strings inside sentences that trigger the relations
        let framed = format!(
            "Of those, {input} in all. {input} (5 km) rose 5% from {input} to 12, leaving {input}. Born in {input}, the {input}-year-old"
        );
        let _ = figcheck::check(&Document::from_text("t", &framed), &config);
    }
}

#[test]
fn long_runs_of_number_words_stay_linear() {
    // A pathological run of number words must not make the grammar quadratic.
    let text = "one hundred and ".repeat(20_000) + "five";
    let start = std::time::Instant::now();
    let doc = Document::from_text("t", &text);
    let parsed = parse(&doc, Lexicon::builtin());
    assert!(!parsed.figures.is_empty());
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}

#[test]
fn a_large_input_completes() {
    // About 100 MB of prose: completes, with memory proportional to the input (the
    // token and figure vectors are linear in it).
    let paragraph = "The council said 1,250 homes, about 40% of the total, were hit by the \
                     floods on 3 March 2024, and repairs will cost £12.5m over two years.\n\n";
    let mut text = String::with_capacity(100 * 1024 * 1024 + paragraph.len());
    while text.len() < 100 * 1024 * 1024 {
        text.push_str(paragraph);
    }
    let doc = Document::from_text("big.txt", &text);
    let parsed = parse(&doc, Lexicon::builtin());
    let paragraphs = text.len() / paragraph.len();
    assert_eq!(parsed.figures.len(), paragraphs * 5);
}

mod generated {
    use figcheck::config::Config;
    use figcheck::source::{Document, InputFormat};
    use proptest::prelude::*;

    /// Pieces that reach the grammar's corners: numbers, number words, hedges, units,
    /// currency signs, dates, punctuation.
    const PIECES: &[&str] = &[
        "1",
        "12",
        "1,200",
        "2.3",
        "0",
        "-",
        "–",
        "/",
        "%",
        "$",
        "£",
        "€",
        "(",
        ")",
        ",",
        ".",
        ":",
        "and",
        "of",
        "the",
        "a",
        "half",
        "one",
        "twenty",
        "hundred",
        "million",
        "bn",
        "m",
        "k",
        "km",
        "miles",
        "C",
        "F",
        "about",
        "more than",
        "fewer than",
        "between",
        "to",
        "from",
        "in all",
        "including",
        "of those",
        "leaving",
        "remaining",
        "killed",
        "taken",
        "released",
        "rose",
        "fell",
        "doubled",
        "years ago",
        "born in",
        "year-old",
        "Monday",
        "March",
        "2024",
        "October 7, 2023",
        "dozens",
        "most",
        "per cent",
        "points",
        "\n",
        "\n\n",
        "<!--",
        "-->",
        "#",
        "*",
        "`",
        "<p>",
        "&amp;",
        "½",
        "🙂",
        "é",
    ];

    fn sentence() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
            let config = Config::default();
            for format in [InputFormat::Text, InputFormat::Markdown, InputFormat::Html] {
                let doc = Document::from_format("t", &text, format);
                prop_assert_eq!(doc.text.len(), text.len());
                let report = figcheck::check(&doc, &config);
                for f in &report.findings {
                    prop_assert!(f.span.end as usize <= text.len());
                    prop_assert!(text.is_char_boundary(f.span.start as usize));
                }
            }
        }

        #[test]
        fn grammar_pieces_never_panic(text in sentence()) {
            let config = Config::default();
            for format in [InputFormat::Text, InputFormat::Markdown] {
                let doc = Document::from_format("t", &text, format);
                let report = figcheck::check(&doc, &config);
                for f in &report.parsed.figures {
                    prop_assert!(f.span.start <= f.span.end && f.span.end as usize <= text.len());
                    prop_assert!(text.is_char_boundary(f.span.start as usize));
                    prop_assert!(text.is_char_boundary(f.span.end as usize));
                }
            }
        }
    }
}

/// The binary on edge inputs: limits, devices, bad records and dates, write errors.
mod edges {
    use std::process::{Command, Output, Stdio};

    fn figcheck(args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_figcheck"))
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("binary runs")
    }

    fn temp_file(name: &str, content: &[u8]) -> String {
        let dir = std::env::temp_dir().join(format!("figcheck-edges-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        path.display().to_string()
    }

    fn stderr(out: &Output) -> String {
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_an_error_not_a_hang() {
        let out = figcheck(&["check", "/dev/zero"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("/dev/zero: "), "{}", stderr(&out));
        assert!(stderr(&out).contains("not a regular file"));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_disk_is_an_error() {
        let path = temp_file(
            "full.txt",
            b"They freed 33 hostages and five Thais, 41 people in all.",
        );
        for format in ["human", "json", "sarif", "jsonl"] {
            let full = std::fs::File::create("/dev/full").unwrap();
            let out = Command::new(env!("CARGO_BIN_EXE_figcheck"))
                .args(["check", "--format", format, &path])
                .stdout(full)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{format}");
            assert!(stderr(&out).contains("cannot write"), "{}", stderr(&out));
        }
    }

    #[test]
    fn a_document_over_the_size_limit_is_an_error() {
        let path = temp_file("big.txt", "5 people. ".repeat(200_000).as_bytes());
        let out = figcheck(&["check", "--max-size", "1", &path]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("limit of 1 MB"), "{}", stderr(&out));
        let out = figcheck(&["check", "--max-size", "3", &path]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }

    #[test]
    fn one_bad_jsonl_record_is_an_error_and_the_rest_are_checked() {
        let mut batch = b"{\"id\": \"a\", \"text\": \"They freed 33 hostages and five Thais, 41 people in all.\"}\n".to_vec();
        batch.extend(b"not json\n{\"id\": \"c\", \"title\": \"no text\"}\n");
        batch.extend(b"{\"id\": \"d\", \"text\": \"a bad \xff byte\"}\n");
        batch.extend(b"{\"id\": \"e\", \"text\": \"x\", \"date\": \"yesterday\"}\n");
        batch.extend(b"{\"id\": \"f\", \"text\": \"1 and 2, 4 in all.\"}\n");
        let path = temp_file("bad.jsonl", &batch);
        let out = figcheck(&["check", "--format", "jsonl", &path]);
        assert_eq!(out.status.code(), Some(2));
        let stdout = String::from_utf8(out.stdout.clone()).unwrap();
        let ids: Vec<String> = stdout
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
            .collect();
        assert_eq!(ids, ["\"a\"", "\"f\""]);
        let err = stderr(&out);
        for expected in [
            ":2: ",
            ":3: record \"c\"",
            ":4: ",
            "UTF-8",
            ":5: record \"e\"",
            "yesterday",
        ] {
            assert!(err.contains(expected), "{expected} in {err}");
        }
        assert!(!err.contains("line 1 column"), "{err}");
    }

    #[test]
    fn impossible_dates_are_errors_naming_value_and_place() {
        let cases: [(&str, &[u8], &str); 4] = [
            (
                "d.md",
                b"---\ndate: 2024-02-30\n---\nFive people.\n",
                "front matter date `2024-02-30`",
            ),
            (
                "d.html",
                b"<meta name=\"date\" content=\"2025-13-45\"><p>Five.</p>",
                "`2025-13-45`",
            ),
            (
                "t.html",
                b"<time datetime=\"0000-01-01\">x</time>",
                "`0000-01-01`",
            ),
            (
                "d.jsonl",
                b"{\"id\": \"x\", \"text\": \"y\", \"date\": \"2023-02-29\"}\n",
                "\"2023-02-29\"",
            ),
        ];
        for (name, content, expected) in cases {
            let path = temp_file(name, content);
            let out = figcheck(&["check", &path, "--date", "2025-01-01"]);
            assert_eq!(out.status.code(), Some(2), "{name}");
            assert!(stderr(&out).contains(expected), "{name}: {}", stderr(&out));
        }
        // a real date is read as before
        let path = temp_file("ok.md", b"---\ndate: 2024-02-29\n---\nFive people.\n");
        assert_eq!(figcheck(&["check", &path]).status.code(), Some(0));
    }
}

/// Output that stays in proportion to the findings, not to the length of lines; the
/// sentence cap as the ledger reports it; numbers at full precision.
mod output {
    use std::process::Command;

    fn run(args: &[&str], name: &str, content: &str) -> (Option<i32>, String) {
        let dir = std::env::temp_dir().join(format!("figcheck-output-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_figcheck"))
            .args(args)
            .arg(&path)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    }

    #[test]
    fn a_long_line_is_clipped_around_each_finding() {
        let line = "Filler words here. ".repeat(5_000);
        let text =
            format!("{line}They freed 33 hostages and five Thais, 41 people in all. {line}\n");
        let (code, out) = run(&["check"], "long.txt", &text);
        assert_eq!(code, Some(1));
        assert!(out.len() < 2_000, "{} bytes of output", out.len());
        // the location is that of the text, not of the clipped excerpt
        let column = line.chars().count() + 40;
        assert!(out.contains(&format!("long.txt:1:{column}")), "{out}");
        assert!(out.contains("…"), "{out}");
        assert!(out.contains("^^ stated total"), "{out}");
    }

    #[test]
    fn lines_ended_by_carriage_returns_are_numbered() {
        let text = "Intro.\rThey freed 33 hostages and five Thais, 41 people in all.\r";
        let (_, out) = run(&["check", "--format", "json"], "cr.txt", text);
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        let span = &json["files"][0]["findings"][0]["span"];
        assert_eq!(
            (span["line"].as_u64(), span["column"].as_u64()),
            (Some(2), Some(40))
        );
        let (_, human) = run(&["check"], "cr.txt", text);
        assert!(human.contains("cr.txt:2:40"), "{human}");
    }

    #[test]
    fn a_runaway_sentence_is_read_in_clauses_and_says_so() {
        let text = "the council said 12 people and 40 families were moved ".repeat(100);
        let (_, out) = run(&["figures", "--format", "json"], "run.txt", &text);
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        let figures = json["files"][0]["figures"].as_array().unwrap();
        assert!(figures.iter().all(|f| f["capped"] == true));
        let (_, out) = run(
            &["figures", "--format", "json"],
            "short.txt",
            "12 people and 40 families.",
        );
        assert!(!out.contains("capped"));
        let (_, human) = run(&["figures"], "run.txt", &text);
        assert!(human.contains("read in clauses"));
    }

    #[test]
    fn json_numbers_keep_every_digit_and_bounds_stay_in_order() {
        let (_, out) = run(
            &["figures", "--format", "json"],
            "n.txt",
            "1234567890123.5 people and about 1234567890123.5 cars.",
        );
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        let figures = json["files"][0]["figures"].as_array().unwrap();
        assert!(out.contains("1234567890123.5"), "{out}");
        for f in figures {
            if let (Some(lo), Some(hi)) = (f["lo"].as_f64(), f["hi"].as_f64()) {
                assert!(lo <= hi, "{f}");
            }
        }
    }
}

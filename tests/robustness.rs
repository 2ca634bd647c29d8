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

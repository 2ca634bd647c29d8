//! No input makes figcheck panic, hang or grow without bound.

use figcheck::lexicon::Lexicon;
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

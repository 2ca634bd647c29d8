//! Property tests: any integer up to 10^12 written with separators, in words, or with a
//! scale word parses back to its value.

use figcheck::parse::{FigureKind, figures_in};
use proptest::prelude::*;

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// British-style words for 1..=999: "one hundred and five", "twenty-one".
fn below_thousand(n: u64) -> String {
    let mut parts = Vec::new();
    if n >= 100 {
        parts.push(format!("{} hundred", UNITS[(n / 100) as usize]));
    }
    let rest = n % 100;
    if rest > 0 {
        let words = if rest < 20 {
            UNITS[rest as usize].to_string()
        } else if rest.is_multiple_of(10) {
            TENS[(rest / 10) as usize].to_string()
        } else {
            format!(
                "{}-{}",
                TENS[(rest / 10) as usize],
                UNITS[(rest % 10) as usize]
            )
        };
        if n >= 100 {
            parts.push(format!("and {words}"));
        } else {
            parts.push(words);
        }
    }
    parts.join(" ")
}

fn words(n: u64) -> String {
    if n == 0 {
        return "zero".into();
    }
    let scales = [
        (1_000_000_000_000, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ];
    let mut rest = n;
    let mut parts = Vec::new();
    for (size, name) in scales {
        if rest >= size {
            parts.push(format!("{} {name}", below_thousand(rest / size)));
            rest %= size;
        }
    }
    if rest > 0 {
        let tail = below_thousand(rest);
        // "two thousand and five": "and" before a last group below a hundred
        if !parts.is_empty() && rest < 100 {
            parts.push(format!("and {tail}"));
        } else {
            parts.push(tail);
        }
    }
    parts.join(" ")
}

fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn single_value(text: &str) -> Option<f64> {
    let figs = figures_in(text);
    let quantities: Vec<_> = figs
        .iter()
        .filter(|f| f.kind != FigureKind::Identifier)
        .collect();
    (quantities.len() == 1)
        .then(|| quantities[0].value)
        .flatten()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn separators(n in 0u64..=1_000_000_000_000) {
        let text = format!("They counted {} votes.", grouped(n));
        prop_assert_eq!(single_value(&text), Some(n as f64), "{}", text);
    }

    #[test]
    fn words_in_full(n in 0u64..=1_000_000_000_000) {
        let text = format!("They counted {} votes.", words(n));
        prop_assert_eq!(single_value(&text), Some(n as f64), "{}", text);
    }

    #[test]
    fn scale_words(mantissa in 1u32..1000, decimals in 0u32..3, scale in 0usize..3) {
        let (word, factor) = [("million", 1e6), ("billion", 1e9), ("trillion", 1e12)][scale];
        let value = f64::from(mantissa) / 10f64.powi(decimals as i32);
        let written = format!("{:.*}", decimals as usize, value);
        let text = format!("It cost {written} {word} to build.");
        let got = single_value(&text).unwrap();
        let want = written.parse::<f64>().unwrap() * factor;
        prop_assert!((got - want).abs() <= want * 1e-12, "{} -> {}", text, got);
    }
}

#[test]
fn words_helper_writes_british_numbers() {
    assert_eq!(words(105_200), "one hundred and five thousand two hundred");
    assert_eq!(words(2_005), "two thousand and five");
}

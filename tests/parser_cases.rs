//! The parser's own corpus (`tests/numbers/figcheck-en.jsonl`, written by us): each case
//! lists every figure its input must give, with its text, kind, value, interval and unit,
//! so a reading that drifts in any of them fails here. The numbers suite
//! (`examples/numbers_suite.rs`) reports the same corpus beside the others.
//! Then property tests for the two families most often misread: ranges that write their
//! scale once, and signs.

use figcheck::parse::{Figure, FigureKind, figures_in};
use proptest::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    source: String,
    input: String,
    expected: Vec<Expected>,
}

#[derive(Deserialize, Debug)]
struct Expected {
    text: String,
    kind: String,
    value: Option<f64>,
    lo: Option<f64>,
    hi: Option<f64>,
    unit: Option<String>,
}

/// Whether two optional numbers agree (`None` is an open bound or no value).
fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
        _ => false,
    }
}

/// Whether figure `f` of `input` reads as `e` says.
fn reads_as(input: &str, f: &Figure, e: &Expected) -> bool {
    let bound = |x: Option<f64>| x.filter(|v| v.is_finite());
    input[f.span.range()] == e.text
        && f.kind.as_str() == e.kind
        && same(f.value, e.value)
        && same(bound(f.interval.map(|i| i.lo)), e.lo)
        && same(bound(f.interval.map(|i| i.hi)), e.hi)
        && f.unit == e.unit
}

/// The cases of a corpus in the exact format that read wrong, each with what was expected
/// and what was read, and the number of cases.
fn strict_failures(corpus: &str) -> (Vec<String>, usize) {
    let mut failures = Vec::new();
    let mut cases = 0;
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let case: Case = serde_json::from_str(line).expect("corpus line");
        cases += 1;
        let figures = figures_in(&case.input);
        let ok = figures.len() == case.expected.len()
            && figures
                .iter()
                .zip(&case.expected)
                .all(|(f, e)| reads_as(&case.input, f, e));
        if !ok {
            let got: Vec<_> = figures
                .iter()
                .map(|f| {
                    (
                        &case.input[f.span.range()],
                        f.kind.as_str(),
                        f.value,
                        f.interval.map(|i| (i.lo, i.hi)),
                        f.unit.clone(),
                    )
                })
                .collect();
            failures.push(format!(
                "{} {:?}\n  expected {:?}\n  got {:?}",
                case.source, case.input, case.expected, got
            ));
        }
    }
    (failures, cases)
}

#[test]
fn every_case_of_our_corpus_reads_right() {
    let (failures, cases) = strict_failures(include_str!("numbers/figcheck-en.jsonl"));
    assert!(cases >= 40, "the corpus has {cases} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Forty sentences written for issue 12's last round (`tests/numbers/figcheck-fresh-en.jsonl`:
/// other topics and phrasings of the families it fixed: ranges with a shared scale, signs,
/// multipliers, ranks, fractions of a unit, currencies, glued units, wire conventions, index
/// names, headings), their readings recorded before the fixes and checked exactly.
#[test]
fn fresh_cases_read_right() {
    // 12/40 strict when written, before the fixes (13/40 with the one expectation corrected
    // after: "Only 1/8" takes its hedge, as every hedged figure does)
    const FLOOR: usize = 39;
    let (failures, cases) = strict_failures(include_str!("numbers/figcheck-fresh-en.jsonl"));
    let passed = cases - failures.len();
    println!(
        "fresh cases: {passed}/{cases} strict\n{}",
        failures.join("\n")
    );
    assert!(cases >= 40, "the fresh set has {cases} cases");
    assert!(
        passed >= FLOOR,
        "{passed}/{cases} strict, below {FLOOR}:\n{}",
        failures.join("\n")
    );
}

/// A held-out case (`tests/numbers/figcheck-heldout-en.jsonl`): sentences written in the
/// families of the parser's known misreadings, with their expected figures recorded before
/// the parser was run on them. A figure is found when one read has its kind, its value (a
/// range: its two ends) and, where the case names one, its unit; other figures may be read
/// beside it.
#[derive(Deserialize)]
struct HeldOut {
    source: String,
    input: String,
    expected: Vec<HeldOutFigure>,
}

#[derive(Deserialize, Debug)]
struct HeldOutFigure {
    kind: String,
    value: Option<f64>,
    lo: Option<f64>,
    hi: Option<f64>,
    unit: Option<String>,
}

/// Whether `figures` hold one that reads as `e`.
fn found(figures: &[Figure], e: &HeldOutFigure) -> bool {
    figures.iter().any(|f| {
        let value_ok = if e.kind == "range" {
            same(f.interval.map(|i| i.lo), e.lo) && same(f.interval.map(|i| i.hi), e.hi)
        } else {
            same(f.value, e.value)
        };
        f.kind.as_str() == e.kind
            && value_ok
            && (e.unit.is_none() || f.unit.as_deref() == e.unit.as_deref())
    })
}

/// The share of held-out cases read right must not fall: the floor is the share reached
/// (the misses are printed, by family, with `--nocapture`).
#[test]
fn held_out_cases_hold_their_hit_rate() {
    // 39/53 (73.6%) when the set was written; 52/53 after the fixes of issue 12 (the miss:
    // "2 billion riyals" was expected as Saudi riyals, and bare riyals now name no country)
    const FLOOR: f64 = 0.98;
    let corpus = include_str!("numbers/figcheck-heldout-en.jsonl");
    let (mut cases, mut hits) = (0, 0);
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let case: HeldOut = serde_json::from_str(line).expect("held-out line");
        cases += 1;
        let figures = figures_in(&case.input);
        if case.expected.iter().all(|e| found(&figures, e)) {
            hits += 1;
        } else {
            let got: Vec<_> = figures
                .iter()
                .map(|f| {
                    (
                        f.kind.as_str(),
                        f.value,
                        f.interval.map(|i| (i.lo, i.hi)),
                        f.unit.clone(),
                    )
                })
                .collect();
            println!(
                "miss {} {:?}\n  expected {:?}\n  got {:?}",
                case.source, case.input, case.expected, got
            );
        }
    }
    let share = f64::from(hits) / f64::from(cases.max(1));
    println!("held-out cases: {hits}/{cases} ({:.1}%)", share * 100.0);
    assert!(cases >= 40, "the held-out set has {cases} cases");
    assert!(
        share + 1e-9 >= FLOOR,
        "held-out hit rate {share:.3} below {FLOOR}"
    );
}

/// The one figure of `text`, which must be a range: its ends.
fn range_ends(text: &str) -> Option<(f64, f64)> {
    let figs = figures_in(text);
    let [f] = figs.as_slice() else { return None };
    let i = f.interval?;
    (f.kind == FigureKind::Range).then_some((i.lo, i.hi))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// "between 200 and 250 million", "200 to 250 million", "200-250 million", "200–250
    /// bn": the scale written after the second number applies to both.
    #[test]
    fn a_range_shares_its_scale_word(
        a in 1u32..500,
        gap in 1u32..500,
        scale in prop::sample::select(vec![
            ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("mln", 1e6), ("bn", 1e9),
        ]),
        form in 0usize..4,
    ) {
        let b = a + gap;
        let (word, s) = scale;
        let text = match form {
            0 => format!("Officials expect between {a} and {b} {word} visitors."),
            1 => format!("Officials expect {a} to {b} {word} visitors."),
            2 => format!("Officials expect {a}-{b} {word} visitors."),
            _ => format!("Officials expect {a}–{b} {word} visitors."),
        };
        let ends = range_ends(&text);
        prop_assert_eq!(ends, Some((f64::from(a) * s, f64::from(b) * s)), "{}", text);
    }

    /// A smaller number after a spaced minus is a signed figure, not a range's end; a
    /// written minus (hyphen, Unicode minus, "minus", "minus-") makes a negative value.
    #[test]
    fn signs_are_kept(
        x in 1u32..200,
        tenths in 0u32..10,
        form in 0usize..5,
    ) {
        let v = f64::from(x) + f64::from(tenths) / 10.0;
        let written = format!("{x}.{tenths}");
        let text = match form {
            0 => format!("The index fell -{written}% on Monday."),
            1 => format!("The index fell −{written}% on Monday."),
            2 => format!("It was minus {written} degrees at dawn."),
            3 => format!("It was minus-{written} degrees at dawn."),
            _ => format!("The FTSE 100 -{written}% at noon."),
        };
        let figs = figures_in(&text);
        let signed = figs.iter().find(|f| f.value.is_some_and(|y| (y + v).abs() < 1e-9));
        prop_assert!(signed.is_some(), "{}: {:?}", text, figs);
        prop_assert!(figs.iter().all(|f| f.kind != FigureKind::Range), "{}", text);
    }
}

/// The first figure of `text`: its kind, value and interval.
fn first_reading(text: &str) -> Option<(FigureKind, f64, f64, f64)> {
    let figs = figures_in(text);
    let f = figs.first()?;
    let i = f.interval?;
    Some((f.kind, f.value?, i.lo, i.hi))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// A sign mirrors the interval: for every signed kind (percent, measure, money, count),
    /// written plain or hedged, the interval of -x is the interval of x mirrored, and it
    /// holds the value.
    #[test]
    fn the_interval_of_a_negative_figure_is_the_mirror(
        whole in 0u32..1000,
        decimals in prop::sample::select(vec!["", ".0", ".5", ".25", ".375"]),
        form in prop::sample::select(vec![
            ("{}%", FigureKind::Percent),
            ("{} km", FigureKind::Measure),
            ("£{}m", FigureKind::Money),
            ("${}", FigureKind::Money),
            ("{} people", FigureKind::Count),
            ("{} degrees Celsius", FigureKind::Measure),
        ]),
        hedge in prop::sample::select(vec![
            "", "about ", "nearly ", "more than ", "up to ", "exactly ", "some ",
        ]),
    ) {
        let x = format!("{whole}{decimals}");
        // "-0%" is 0%: a sign on zero has nothing to mirror
        prop_assume!(x.parse::<f64>().is_ok_and(|v| v != 0.0));
        let (pattern, kind) = form;
        let (plus, minus) = if pattern.starts_with(['£', '$']) {
            (pattern.replace("{}", &x), format!("-{}", pattern.replace("{}", &x)))
        } else {
            (pattern.replace("{}", &x), pattern.replace("{}", &format!("-{x}")))
        };
        // on a signed scale a bound follows the scale, not the size (tested below)
        let bound = matches!(hedge, "more than " | "up to ");
        prop_assume!(!(bound && pattern.contains("degrees")));
        let plus = format!("The figure was {hedge}{plus} on the day.");
        let minus = format!("The figure was {hedge}{minus} on the day.");
        let p = first_reading(&plus);
        let m = first_reading(&minus);
        prop_assert!(p.is_some() && m.is_some(), "{plus}: {p:?}; {minus}: {m:?}");
        let (pk, pv, plo, phi) = p.unwrap_or((kind, 0.0, 0.0, 0.0));
        let (mk, mv, mlo, mhi) = m.unwrap_or((kind, 0.0, 0.0, 0.0));
        prop_assert_eq!(pk, kind, "{}", plus);
        prop_assert_eq!(mk, kind, "{}", minus);
        prop_assert!(pv == -mv || pv == 0.0, "{minus}: {mv} against {pv}");
        let close = |a: f64, b: f64| a == b || (a - b).abs() <= 1e-9 * a.abs().max(1.0);
        prop_assert!(close(mlo, -phi) && close(mhi, -plo),
            "{minus}: [{mlo}, {mhi}] is not the mirror of {plus}: [{plo}, {phi}]");
        prop_assert!(mlo <= mv && mv <= mhi, "{minus}: {mv} outside [{mlo}, {mhi}]");
        prop_assert!(plo <= pv && pv <= phi, "{plus}: {pv} outside [{plo}, {phi}]");
    }

    /// On a signed scale (a temperature) a bound follows the scale whatever the sign: "up
    /// to x degrees Celsius" is at most x, "more than x" at least x.
    #[test]
    fn a_bound_on_a_temperature_follows_the_scale(
        whole in 1u32..60,
        negative in any::<bool>(),
        unit in prop::sample::select(vec!["C", " degrees Celsius", "F"]),
        hedge in prop::sample::select(vec!["more than ", "above ", "up to ", "below ", "under "]),
    ) {
        let x = if negative { -f64::from(whole) } else { f64::from(whole) };
        let text = format!("The water was {hedge}{x}{unit} on the day.");
        let r = first_reading(&text);
        prop_assert!(r.is_some(), "{text}");
        let (kind, v, lo, hi) = r.unwrap_or((FigureKind::Measure, 0.0, 0.0, 0.0));
        prop_assert_eq!(kind, FigureKind::Measure, "{}", text);
        prop_assert_eq!(v, x, "{}", text);
        if matches!(hedge, "more than " | "above ") {
            prop_assert!(lo == x && hi == f64::INFINITY, "{text}: [{lo}, {hi}]");
        } else {
            prop_assert!(lo == f64::NEG_INFINITY && hi == x, "{text}: [{lo}, {hi}]");
        }
    }
}

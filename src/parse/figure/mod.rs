//! Figures: every number-like expression in a sentence, what kind it is, its value as
//! written and the interval it stands for.
//!
//! The scanner walks a sentence's tokens and at each position tries, in this order (the
//! order matters: a longer or more specific reading must win):
//! 1. links and e-mail addresses are skipped whole; multiplier words ("threefold", "twice
//!    as many") and one of a unit ("a kilogram", "a dollar") are read whole;
//! 2. a hedge phrase ("more than", "about") followed by a figure, which it widens;
//! 3. `between A and B` ranges;
//! 4. vague amounts ("dozens", "tens of thousands", "most of");
//! 5. dates that start with a weekday or month ("Saturday, October 7, 2023");
//! 6. a currency sign or code before an amount ("$1.5bn", "US$ 1MM", "EUR 125");
//! 7. a quantity (digits, words, fractions) and then what follows it decides its kind:
//!    date, time, score, identifier, percent, money, age, measure, ordinal, range, year,
//!    or a plain count.
//!
//! The rooms, in the order data flows through them:
//! - `model`: the types handed on ([`Figure`], [`FigureKind`], [`DateParts`]) and the
//!   quantity read before its kind is known;
//! - `prefilter`: one pass over the tokens marking which may start a figure;
//! - `cursor`: token access over one sentence, shared by every reader;
//! - `numeral` the text of one number token, `cardinal` the number-word grammar,
//!   `fraction` fractions, `quantity` a whole number expression (sign, fraction or
//!   cardinal, spoken decimals, ratios): pure functions of the tokens;
//! - `scan`: the dispatch above and the figure constructors;
//! - `hedges` (hedges and vague amounts), `identifiers` (links, codes, phone numbers),
//!   `calendar` (dates and times), `money` (amounts with a currency before or after),
//!   `measures` (units after a quantity, "a kilogram"), `classify` (what follows a
//!   quantity) and `ranges`: the readings the scan tries;
//! - `metres` (a glued "m": metres or millions), `words` and `calendar_words`: the word
//!   lists.

mod ages;
mod calendar;
mod calendar_words;
mod cardinal;
mod classify;
mod cursor;
mod fraction;
mod hedges;
mod identifiers;
mod measures;
mod metres;
mod model;
mod money;
mod numeral;
mod prefilter;
mod quantity;
mod ranges;
mod scan;
mod words;

/// Whether a lower-case word names a month, in full or short ("march", "sept", "oct").
pub(crate) fn is_month(word: &str) -> bool {
    calendar_words::month(word).is_some()
}

/// Whether a lower-case word names a month or a weekday: the calendar words later stages
/// must not take for names or counted things.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    calendar_words::month(word).is_some() || calendar_words::weekday(word).is_some()
}

pub use model::{DateParts, Figure, FigureKind};
pub use numeral::parse_numeral;
pub use scan::extract;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::figures_in;

    /// (text, kind, value) of each figure in `input`.
    fn read(input: &str) -> Vec<(String, &'static str, Option<f64>)> {
        figures_in(input)
            .iter()
            .map(|f| (input[f.span.range()].to_string(), f.kind.as_str(), f.value))
            .collect()
    }

    fn one(input: &str) -> (String, &'static str, Option<f64>) {
        let figs = read(input);
        assert_eq!(figs.len(), 1, "{input}: {figs:?}");
        figs.into_iter().next().unwrap()
    }

    #[test]
    fn counts_with_scales_and_words() {
        assert_eq!(
            one("2.3 million residents"),
            ("2.3 million".into(), "count", Some(2_300_000.0))
        );
        assert_eq!(
            one("sold 3m copies"),
            ("3m".into(), "count", Some(3_000_000.0))
        );
        assert_eq!(
            one("one hundred and five"),
            ("one hundred and five".into(), "count", Some(105.0))
        );
        assert_eq!(
            one("twenty-one people"),
            ("twenty-one".into(), "count", Some(21.0))
        );
        assert_eq!(one("a dozen eggs"), ("a dozen".into(), "count", Some(12.0)));
        assert_eq!(
            one("half a million"),
            ("half a million".into(), "count", Some(500_000.0))
        );
    }

    #[test]
    fn metres_are_not_millions_in_a_race() {
        assert_eq!(one("won the 100m final").1, "measure");
        assert_eq!(one("a leap of 6.66m in Madrid").1, "measure");
        assert_eq!(one("the men's 1500m in Madrid").1, "measure");
        assert_eq!(one("she won the 10,000m easily").1, "measure");
        assert_eq!(one("a £40m deal").1, "money");
        assert_eq!(one("a £2.35m deal").1, "money");
        assert_eq!(one("he made 5.45m euros").1, "money");
        assert_eq!(
            one("1.4m people need care"),
            ("1.4m".into(), "count", Some(1_400_000.0))
        );
    }

    #[test]
    fn hedges_and_vague_amounts() {
        let f = &figures_in("more than 50 people")[0];
        assert_eq!(
            (f.interval.unwrap().lo, f.interval.unwrap().hi),
            (50.0, f64::INFINITY)
        );
        let f = &figures_in("fewer than half of them")[0];
        assert_eq!(f.kind, FigureKind::Fraction);
        assert_eq!(f.interval.unwrap().hi, 0.5);
        let f = &figures_in("dozens of people")[0];
        assert_eq!((f.value, f.interval.unwrap().lo), (None, 24.0));
        let f = &figures_in("several hundred homes")[0];
        assert_eq!(f.interval.unwrap().lo, 300.0);
        // "over" means "concerning" after "talks"
        assert_eq!(
            figures_in("talks with the rebels over 59 hostages")[0].hedge,
            None
        );
    }

    #[test]
    fn money_percent_and_units() {
        assert_eq!(one("$1.5bn"), ("$1.5bn".into(), "money", Some(1.5e9)));
        assert_eq!(figures_in("US$ 1MM")[0].unit.as_deref(), Some("USD"));
        assert_eq!(
            one("45 per cent"),
            ("45 per cent".into(), "percent", Some(45.0))
        );
        assert_eq!(one("3 percentage points").1, "percentage_points");
        assert_eq!(figures_in("25C (77F)")[1].unit.as_deref(), Some("°F"));
        assert_eq!(one("a six-mile trip").1, "measure");
        assert_eq!(one("3 dollars 50 cents").2, Some(3.5));
    }

    #[test]
    fn fractions_ratios_and_ranges() {
        assert_eq!(
            one("two-thirds of voters").2.map(|v| (v * 1000.0).round()),
            Some(667.0)
        );
        let f = &figures_in("one in five adults")[0];
        assert_eq!(f.ratio.as_deref(), Some(&(1.0, 5.0)));
        let f = &figures_in("between 10 and 15 miles")[0];
        assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Range, Some("mi")));
        let f = &figures_in("a deal worth $5-10m")[0];
        assert_eq!(
            (f.interval.unwrap().lo, f.interval.unwrap().hi),
            (5e6, 10e6)
        );
        let f = &figures_in("5k-20k runners")[0];
        assert_eq!(
            (f.interval.unwrap().lo, f.interval.unwrap().hi),
            (5000.0, 20000.0)
        );
        // "from A to B" stays two figures: the claims stage decides
        assert_eq!(read("rose from 40 to 52").len(), 2);
    }

    #[test]
    fn things_that_are_not_quantities() {
        assert_eq!(one("on October 7, 2023").1, "date");
        assert_eq!(one("in 2004 the firm").1, "year");
        assert_eq!(one("2000 people").1, "count");
        assert_eq!(one("the 1977 scripts were found").1, "year");
        assert_eq!(one("the 1989 Children Act").1, "year");
        assert_eq!(one("kick-off at 2005 GMT").1, "time");
        assert_eq!(one("Chelsea won 3-1 at home").1, "score");
        assert_eq!(one("the 45-year-old driver").1, "age");
        assert_eq!(one("an F-16 jet").1, "identifier");
        assert_eq!(one("the 5G network").1, "identifier");
        assert_eq!(one("No. 10 said").1, "identifier");
        assert_eq!(one("call +44 20 7946 0000 now").1, "phone");
        assert_eq!(one("the top three hits").1, "rank");
        assert_eq!(one("the 1990s").1, "year");
        assert_eq!(one("held on 26-28 August").1, "date");
    }

    #[test]
    fn names_ages_rates_and_short_years_are_not_counts() {
        for name in [
            "a Boeing 737 jet",
            "the Covid 19 rules",
            "under Section 230 rules",
        ] {
            assert_eq!(one(name).1, "identifier", "{name}");
        }
        for age in [
            "the actor dies at 22",
            "a poet who died at 91",
            "at the age of 100",
            "adults 65 or older",
            "a woman in her 70s",
            "people in their late 40s",
            "the under-25s",
        ] {
            assert_eq!(one(age).1, "age", "{age}");
        }
        // a hedged or large figure after "at" stays a count
        assert_eq!(one("the toll stood at 220 on Monday").1, "count");
        assert_eq!(read("16 per 100,000 people")[1].1, "denominator");
        assert_eq!(read("one for every 50 pupils")[1].1, "denominator");
        assert_eq!(one("since '08").2, Some(2008.0));
        // a live-blog time before "A": the article, not "a.m."
        assert_eq!(one("14:05 A blast hit").0, "14:05");
    }

    #[test]
    fn datelines_in_capitals_or_title_case_open_a_story() {
        for dateline in [
            "SINGAPORE: Two Singaporean sisters were hurt",
            "Singapore: Two Singaporean sisters were hurt",
            "Kuala Lumpur - Three Malaysian firms merged",
        ] {
            assert_eq!(one(dateline).1, "count", "{dateline}");
        }
        // a title is no dateline: "Rambo: First Blood"
        assert_eq!(one("Rambo: First Blood is out").1, "identifier");
        assert_eq!(one("the Five Nations Cup").1, "identifier");
    }

    /// (text, kind, value, lo, hi, unit) of the one figure of `input`.
    fn full(input: &str) -> (String, &'static str, Option<f64>, f64, f64, Option<String>) {
        let figs = figures_in(input);
        assert_eq!(figs.len(), 1, "{input}: {figs:?}");
        let f = &figs[0];
        let i = f.interval.expect("an interval");
        (
            input[f.span.range()].to_string(),
            f.kind.as_str(),
            f.value,
            i.lo,
            i.hi,
            f.unit.clone(),
        )
    }

    #[test]
    fn a_fraction_of_a_unit_is_one_exact_measure() {
        for (text, value, unit) in [
            ("The queue stretched for half a mile.", 0.5, "mi"),
            ("It needs a tenth of a gallon of oil.", 0.1, "gal"),
            ("He ran three-quarters of a mile.", 0.75, "mi"),
            ("The gap is 3⁄16 of an inch.", 0.1875, "in"),
            ("Add 1/2 cup of milk.", 0.5, "cup"),
            ("Rates rose by half a percent.", 0.5, "%"),
            ("It was a half-mile walk.", 0.5, "mi"),
            ("a quarter-mile sprint", 0.25, "mi"),
        ] {
            let (_, _, v, lo, hi, u) = full(text);
            assert_eq!(
                (v, lo, hi, u.as_deref()),
                (Some(value), value, value, Some(unit)),
                "{text}"
            );
        }
        let (_, kind, ..) = full("The talks lasted a quarter of an hour.");
        assert_eq!(kind, "duration");
        // a share of a set, a scale or a dozen stays what it was
        assert_eq!(one("Half of the voters stayed away.").1, "fraction");
        assert_eq!(one("half a million people").1, "count");
        assert_eq!(one("She bought half a dozen eggs.").2, Some(6.0));
        assert_eq!(one("a third of the budget").1, "fraction");
        assert_ne!(one("a sixth-minute penalty").1, "duration");
    }

    #[test]
    fn written_fractions_are_exact_and_word_fractions_loose() {
        for text in ["a 1⁄32 share", "a 1/32 share", "Only 3/4 of them came."] {
            let (_, kind, v, lo, hi, _) = full(text);
            assert_eq!((kind, Some(lo), Some(hi)), ("fraction", v, v), "{text}");
        }
        let (_, _, _, lo, hi, _) = full("two-thirds of voters");
        assert!(hi - lo > 0.05, "a fraction in words is read loosely");
        // the wire's mixed numbers: "7-1/2 pct", "45-1/4 dlrs"; a tally stays a score
        assert_eq!(full("rates of 7-1/2 pct").2, Some(7.5));
        assert_eq!(full("shares closed at 45-1/4 dlrs").2, Some(45.25));
        assert_eq!(one("Chelsea won 7-1 at home").1, "score");
        // a wire price change before the price is two figures; a range of rates is one
        assert_eq!(
            read("Syntex Corp 1-3/8 to 82 and Merck 2-7/8 to 97.").len(),
            4
        );
        assert_eq!(one("rates of 5-1/2 to six pct").1, "range");
        // amounts in groups of digits are no fraction
        assert!(
            read("Prices were 1,250/1,350 stg.")
                .iter()
                .all(|f| f.1 != "fraction")
        );
    }

    #[test]
    fn multiplier_ranges_and_mixed_multipliers() {
        for (text, lo, hi) in [
            ("Yields are three to four times higher.", 3.0, 4.0),
            ("Imports grew 6 to 7 times faster.", 6.0, 7.0),
            ("It costs four to five times as much.", 4.0, 5.0),
            (
                "There were between three and four times as many cases.",
                3.0,
                4.0,
            ),
        ] {
            let (_, kind, v, l, h, _) = full(text);
            assert_eq!((kind, v, l, h), ("multiplier", None, lo, hi), "{text}");
        }
        for (text, value) in [
            ("The tower is 2-3/4 times taller.", 2.75),
            ("The tower is 2¾ times taller.", 2.75),
            ("Rents are two and a half times what they were.", 2.5),
        ] {
            let (_, kind, v, lo, hi, _) = full(text);
            assert_eq!(
                (kind, v, lo, hi),
                ("multiplier", Some(value), value, value),
                "{text}"
            );
        }
        // occasions stay counts
        assert_eq!(one("He asked three times what they were doing.").1, "count");
        assert_eq!(read("It rained three to four times a week.")[0].1, "range");
    }

    #[test]
    fn ranks_index_names_and_headings() {
        for (text, value) in [
            ("She beat the world number two.", 2.0),
            ("He beat the world No 4 in straight sets.", 4.0),
            ("The number 5 seed withdrew.", 5.0),
            ("the No. 1 spot in the charts", 1.0),
        ] {
            let (_, kind, v, ..) = full(text);
            assert_eq!((kind, v), ("rank", Some(value)), "{text}");
        }
        // without a ranking cue "No. 10" is a name and "number 10" a plain number
        assert_eq!(one("No. 10 said the plan was sound.").1, "identifier");
        assert_eq!(one("He caught the number 10 bus home.").1, "count");
        for text in [
            "The FTSE 100 closed higher.",
            "Stoxx 50 -1.3%",
            "the S&P 500 index",
            "the Nikkei 225 average",
            "the Russell 2000 of small firms",
        ] {
            assert_eq!(read(text)[0].1, "identifier", "{text}");
        }
        assert_eq!(one("The 100 FTSE firms reported.").1, "count");
        // a section word heads a heading: its number is counted as at a sentence start
        for text in [
            "Rugby: Five players banned",
            "Football: Two clubs fined",
            "Business: Three Banks Merge",
            "Athletics: Four Britons reach final",
        ] {
            assert_eq!(one(text).1, "count", "{text}");
        }
    }

    #[test]
    fn grand_takes_the_one_currency_of_the_document_and_idioms_measure_nothing() {
        let unit = |text: &str| figures_in(text)[0].unit.clone();
        assert_eq!(
            unit("He paid 30 grand; the dealer asked £35,000.").as_deref(),
            Some("GBP")
        );
        assert_eq!(
            unit("It cost 10 grand, or $14,000.").as_deref(),
            Some("USD")
        );
        // two currencies, or none: which one is unknown
        assert_eq!(
            unit("He paid 10 grand, $14,000 or £10,000.").as_deref(),
            Some("other")
        );
        assert_eq!(unit("He paid 10 grand.").as_deref(), Some("other"));
        assert!(figures_in("The ball came within an inch of the post.").is_empty());
        assert!(figures_in("She won the race by a mile.").is_empty());
        assert_eq!(
            one("Police searched within a mile of the site.").1,
            "measure"
        );
    }

    #[test]
    fn multipliers_in_words_and_comparisons() {
        assert_eq!(one("sales grew fivefold").1, "multiplier");
        assert_eq!(one("twice as many cases").1, "multiplier");
        assert_eq!(one("four times the size of Wales").0, "four times");
        assert_eq!(one("a 12-fold increase").1, "multiplier");
        // a hedge widens a multiplier adverb too
        let f = &figures_in("more than twice as many")[0];
        assert_eq!(
            (f.kind, f.interval.map(|i| i.lo)),
            (FigureKind::Multiplier, Some(2.0))
        );
        assert!(figures_in("It happened twice.").is_empty());
        // "as" before an article, a pronoun or a name: occasions
        assert!(figures_in("after coming on twice as a replacement").is_empty());
        assert_eq!(one("he won the Cup four times as a player").1, "count");
        assert_eq!(
            one("it was breached four times as Ulster pressed").1,
            "count"
        );
    }
}

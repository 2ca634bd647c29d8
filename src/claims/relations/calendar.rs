//! Dates and durations, births and ages, "N years ago" and a year, read as patterns:
//!
//! ```text
//! DURATION ... from DATE to DATE          "the 100-day siege from 1 March to 8 June"
//! DATE ... after DURATION ... DATE         "freed on 19 May 2025, after 517 days, having
//!                                           been taken on 7 October 2023"
//! from ... YEAR to ... YEAR, a span of N years
//!                                          "from 300 in 1998 to 4,000 in 2012, a span of
//!                                           14 years"
//! born [in] YEAR ... AGE                   "born in 1970, the 55-year-old"
//! YEAR , N years ago                       "in 2015, 10 years ago"
//! N years since ... born YEAR              "180 years since ..., who was born in 1844"
//! ```

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// The figures of one sentence, and what the calendar readers ask of them.
struct Sentence<'r, 'a> {
    r: &'r Reader<'a>,
    figs: &'r [usize],
    /// The sentence's first token.
    start: usize,
}

impl Sentence<'_, '_> {
    /// The `n` words before figure `k` inside the sentence, nearest first.
    fn before(&self, k: usize, n: usize) -> Vec<&str> {
        let first = self.r.ranges[k].0;
        (1..=n)
            .filter_map(|d| first.checked_sub(d).filter(|&i| i >= self.start))
            .map(|i| self.r.w(i))
            .collect()
    }

    /// The sentence's dates with a day and a month, when there are exactly two.
    fn two_dates(&self) -> Option<(usize, usize)> {
        let mut dates = self.figs.iter().copied().filter(|&k| self.dated(k));
        match (dates.next(), dates.next(), dates.next()) {
            (Some(x), Some(y), None) => Some((x, y)),
            _ => None,
        }
    }

    /// Whether figure `k` is a date with a day and a month.
    fn dated(&self, k: usize) -> bool {
        self.r.kind(k) == FigureKind::Date
            && self
                .r
                .fig(k)
                .date
                .is_some_and(|d| d.day.is_some() && d.month.is_some())
    }
}

/// Dates with durations, births with ages, "N years ago" with a year.
pub(super) fn calendar(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let s = Sentence {
        r,
        figs,
        start: r.sentence_bounds(figs[0]).0,
    };
    date_spans(&s, out);
    year_spans(&s, out);
    births(&s, out);
    years_ago(&s, out);
    years_since(&s, out);
}

/// Durations between two dates.
fn date_spans(s: &Sentence, out: &mut Vec<Relation>) {
    let (r, figs) = (s.r, s.figs);
    for &d in figs.iter().filter(|&&k| r.kind(k) == FigureKind::Duration) {
        // the duration names the span of the pair: next to it ("the 100-day siege from 1
        // March to 8 June"), not the term of something else in another clause
        let near = |a: usize, b: usize| {
            let (lo, hi) = if r.ranges[d].1 <= r.ranges[a].0 {
                (r.ranges[d].1, r.ranges[a].0)
            } else {
                (r.ranges[b].1, r.ranges[d].0.max(r.ranges[b].1))
            };
            hi - lo <= 5
                && !(lo..hi).any(|i| {
                    matches!(
                        r.w(i),
                        "," | "and" | "as" | "is" | "was" | "will" | "be" | "ending" | "run"
                    )
                })
        };
        let pair = figs.windows(2).find(|w| {
            let (a, b) = (w[0], w[1]);
            s.dated(a)
                && s.dated(b)
                && near(a, b)
                && ((s.before(a, 1) == ["from"] && r.gap(a, b).is(&["to"]))
                    || (s.before(a, 1) == ["between"] && r.gap(a, b).is(&["and"])))
        });
        if let Some(w) = pair {
            out.push(Relation::DateSpan {
                duration: d,
                from: w[0],
                to: w[1],
            });
            continue;
        }
        // "released on January 19, 2025, after 517 days in captivity, having been taken
        // on October 7, 2023": "after" a duration, between the only two full dates of the
        // sentence, in either order
        let full: Vec<usize> = figs
            .iter()
            .copied()
            .filter(|&k| s.dated(k) && r.fig(k).date.is_some_and(|x| x.year.is_some()))
            .collect();
        if let Some((from, to)) = later_date(s, d).or_else(|| spent_between(s, d)) {
            out.push(Relation::DateSpan {
                duration: d,
                from,
                to,
            });
            continue;
        }
        if let [x, y] = full[..] {
            let after = s.before(d, 1) == ["after"];
            let between = r.ranges[x].0 < r.ranges[d].0 && r.ranges[d].0 < r.ranges[y].0;
            if after && between {
                let key = |k: usize| r.fig(k).date.map(|x| (x.year, x.month, x.day));
                let (from, to) = if key(x) <= key(y) { (x, y) } else { (y, x) };
                out.push(Relation::DateSpan {
                    duration: d,
                    from,
                    to,
                });
            }
        }
    }
}

/// "closed on 2 June 2025 and reopened 54 days later, on 17 July"; "reopened on 17 July,
/// 45 days after it closed on 2 June": a duration with "later", "after", "earlier" or
/// "before" right after it, between the sentence's only two dates (day and month), the
/// second a few words on in the same clause. In the order the word gives.
fn later_date(s: &Sentence, d: usize) -> Option<(usize, usize)> {
    let r = s.r;
    let (x, y) = s.two_dates()?;
    let (end, second) = (r.ranges[d].1, r.ranges[y].0);
    if r.ranges[x].1 > r.ranges[d].0
        || end > second
        || !matches!(
            r.w(end),
            "later" | "after" | "afterwards" | "earlier" | "before"
        )
        || second - end > 7
        || (end..second).any(|i| matches!(r.w(i), "and" | ";" | "but" | "while" | "or"))
    {
        return None;
    }
    // the word says which comes first ("54 days later, on 17 July": the second; "45 days
    // after it closed on 2 June": the first), across a year's end too ("20 December 2024
    // ... 30 days later, on 19 January"): the duration check fills in the missing year
    Some(if matches!(r.w(end), "later" | "afterwards" | "before") {
        (x, y)
    } else {
        (y, x)
    })
}

/// "remanded on 3 February 2021 and released on 17 August 2023, spent more than three years
/// behind bars": a duration spent (or served) after the sentence's only two dates, which
/// stand close together, joined by "and", "until" or "to". In the order told.
fn spent_between(s: &Sentence, d: usize) -> Option<(usize, usize)> {
    let r = s.r;
    let (x, y) = s.two_dates()?;
    let spent = s.before(d, 3).iter().any(|w| {
        matches!(
            *w,
            "spent" | "spending" | "served" | "serving" | "lasting" | "lasted"
        )
    });
    let joined = r.ranges[y].0 - r.ranges[x].1 <= 10
        && r.gap(x, y)
            .iter()
            .any(|w| matches!(w, "and" | "until" | "to" | "till"));
    if !spent || !joined || r.ranges[y].1 > r.ranges[d].0 || r.ranges[d].0 - r.ranges[y].1 > 6 {
        return None;
    }
    // "remanded on ... and released on ...": told in the order they happened
    Some((x, y))
}

/// A duration in years told as the span between the only two bare years of the sentence,
/// the first after "from" or "between", the second after "to" or "and", the duration cued
/// by a word of `rules/relations.toml` [spans]: "from 11:43 in 1991 to 11:57 in 2015, a
/// shift over a span of 24 years", "between 1985 and 1995, a period of 10 years". Without
/// the cue the duration may be anything else ("rose 40% over five years").
fn year_spans(s: &Sentence, out: &mut Vec<Relation>) {
    let r = s.r;
    let mut years = s
        .figs
        .iter()
        .copied()
        .filter(|&k| r.kind(k) == FigureKind::Year && r.fig(k).value.is_some());
    let (Some(a), Some(b), None) = (years.next(), years.next(), years.next()) else {
        return;
    };
    if r.fig(a).value >= r.fig(b).value {
        return;
    }
    let opens = s
        .before(a, 6)
        .iter()
        .any(|w| matches!(*w, "from" | "between"));
    let gap = r.gap(a, b);
    let joins = gap.len() <= 8 && gap.iter().any(|w| matches!(w, "to" | "and"));
    if !(opens && joins) {
        return;
    }
    // "a span of 24 years": a cue of `rules/relations.toml` [spans] just before it
    let cued = |d: usize| {
        let at = r.ranges[d].0;
        r.lex
            .relations
            .span_cues
            .ending_before(&r.parsed.lower, &r.parsed.tokens, at, s.start)
            .is_some()
    };
    let duration = s.figs.iter().copied().find(|&d| {
        r.kind(d) == FigureKind::Duration
            && r.fig(d).unit.as_deref() == Some("year")
            && r.ranges[d].0 > r.ranges[b].0
            && cued(d)
    });
    if let Some(d) = duration {
        out.push(Relation::YearSpan {
            duration: d,
            from: a,
            to: b,
        });
    }
}

/// Births and ages.
fn births(s: &Sentence, out: &mut Vec<Relation>) {
    let (r, figs) = (s.r, s.figs);
    let births: Vec<usize> = figs
        .iter()
        .copied()
        .filter(|&k| {
            matches!(r.kind(k), FigureKind::Year | FigureKind::Date)
                && s.before(k, 2).contains(&"born")
        })
        .collect();
    if let Some(&birth) = births.first() {
        // the year of the event: "in 2022", or a date with its year ("in July 2022")
        let dated_year = |k: usize| {
            r.kind(k) == FigureKind::Date && r.fig(k).date.is_some_and(|d| d.year.is_some())
        };
        let event = figs.iter().copied().find(|&k| {
            k != birth
                && (r.kind(k) == FigureKind::Year || dated_year(k))
                && s.before(k, 1) == ["in"]
        });
        for &age in figs.iter().filter(|&&k| r.kind(k) == FigureKind::Age) {
            out.push(Relation::BirthAge { age, birth, event });
        }
    }
}

/// "10 years ago" and a year.
fn years_ago(s: &Sentence, out: &mut Vec<Relation>) {
    let (r, figs) = (s.r, s.figs);
    for &d in figs.iter().filter(|&&k| {
        r.kind(k) == FigureKind::Duration
            && r.fig(k).unit.as_deref() == Some("year")
            && r.w(r.ranges[k].1) == "ago"
    }) {
        // the year stands beside the phrase ("in 2015, 10 years ago", "10 years ago, in
        // 2015"), not in another clause ("founded six years ago and sold in 1979")
        let ago = r.ranges[d].1;
        let year = figs.iter().copied().find(|&k| {
            if r.kind(k) != FigureKind::Year {
                return false;
            }
            let (lo, hi) = if r.ranges[k].0 > ago {
                (ago + 1, r.ranges[k].0)
            } else {
                (r.ranges[k].1, r.ranges[d].0)
            };
            hi >= lo
                && hi - lo <= 3
                && (lo..hi).all(|i| matches!(r.w(i), "," | "in" | "(" | "since" | "—" | "–"))
        });
        if let Some(year) = year {
            out.push(Relation::YearsAgo { duration: d, year });
        }
    }
}

/// "180 years since the birth of the painter, who was born in 1844": years since an event
/// the sentence dates with its only year.
fn years_since(s: &Sentence, out: &mut Vec<Relation>) {
    let (r, figs) = (s.r, s.figs);
    let years: Vec<usize> = figs
        .iter()
        .copied()
        .filter(|&k| r.kind(k) == FigureKind::Year)
        .collect();
    if let [year] = years[..] {
        for &d in figs.iter().filter(|&&k| {
            r.kind(k) == FigureKind::Duration
                && r.fig(k).unit.as_deref() == Some("year")
                && r.w(r.ranges[k].1) == "since"
                && r.ranges[k].0 < r.ranges[year].0
        }) {
            let dated_event = s
                .before(year, 2)
                .iter()
                .any(|w| matches!(*w, "born" | "founded" | "established" | "opened" | "built"));
            if dated_event {
                out.push(Relation::YearsAgo { duration: d, year });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{figures_of, one};

    #[test]
    fn an_event_dated_with_its_month_gives_the_year_of_an_age() {
        assert_eq!(
            figures_of(
                "Ellis, born in 1958, collected her degree in July 2022 at the age of 64.",
                "birth-age"
            ),
            one(&["64", "1958", "July 2022"])
        );
    }

    #[test]
    fn a_year_s_end_between_two_dates_keeps_their_order() {
        let spans = |text: &str| figures_of(text, "date-span");
        assert_eq!(
            spans(
                "The bridge closed on 20 December 2024 and reopened 30 days later, on 19 January."
            ),
            one(&["30 days", "20 December 2024", "19 January"])
        );
        assert_eq!(
            spans("It reopened on 19 January 2025, 30 days after it closed on 20 December."),
            one(&["30 days", "20 December", "19 January 2025"])
        );
    }

    #[test]
    fn reads_a_duration_spent_between_two_dates() {
        assert_eq!(
            figures_of(
                "Harlow, remanded on 3 February 2021 and released on 17 August 2023, spent more than three years in jail.",
                "date-span"
            ),
            one(&["more than three years", "3 February 2021", "17 August 2023"])
        );
        // a sentence given, not the time served
        assert!(
            figures_of(
                "Jailed on 3 May 2020 and freed on 2 June 2023, he had been given 12 years.",
                "date-span"
            )
            .is_empty()
        );
    }

    #[test]
    fn reads_a_duration_later_or_after_between_two_dates() {
        let spans = |text: &str| figures_of(text, "date-span");
        assert_eq!(
            spans("The tunnel closed on 2 June 2025 and reopened 54 days later, on 17 July."),
            one(&["54 days", "2 June 2025", "17 July"])
        );
        assert_eq!(
            spans("The museum reopened on 17 July 2024, 45 days after it closed on 2 June."),
            one(&["45 days", "2 June", "17 July 2024"])
        );
        assert_eq!(
            spans("The strike began on 3 March 2025 and ended 12 weeks later, on 26 May."),
            one(&["12 weeks", "3 March 2025", "26 May"])
        );
        // the duration counts from something else, in another clause
        assert!(
            spans("Voters went out on 4 July 2024, three days after the debate, and again on 12 December 2024.")
                .is_empty()
        );
    }

    #[test]
    fn reads_a_duration_between_two_dates() {
        assert_eq!(
            figures_of(
                "The 100-day siege ran from 1 March to 8 June 2025.",
                "date-span"
            ),
            one(&["100-day", "1 March", "8 June 2025"])
        );
        assert_eq!(
            figures_of(
                "She was freed on 19 May 2025, after 517 days in captivity, having been seized on 7 October 2023.",
                "date-span"
            ),
            one(&["517 days", "7 October 2023", "19 May 2025"])
        );
        assert_eq!(
            figures_of(
                "The 30-day strike between 2 May and 1 June 2024 closed the port.",
                "date-span"
            ),
            one(&["30-day", "2 May", "1 June 2024"])
        );
    }

    #[test]
    fn reads_a_span_of_years_between_two_bare_years() {
        assert_eq!(
            figures_of(
                "The clock moved from 11:43 in 1991 to 11:57 in 2015, a shift over a span of 24 years.",
                "year-span"
            ),
            one(&["24 years", "1991", "2015"])
        );
        assert_eq!(
            figures_of(
                "Membership grew from 300 in 1998 to 4,000 in 2012, a period of 14 years.",
                "year-span"
            ),
            one(&["14 years", "1998", "2012"])
        );
        assert_eq!(
            figures_of(
                "Between 1985 and 1995, a stretch of 10 years, the town doubled in size.",
                "year-span"
            ),
            one(&["10 years", "1985", "1995"])
        );
    }

    #[test]
    fn a_duration_without_a_span_cue_is_no_span_of_the_years() {
        // the five years are a term of the rise, not the gap between the years
        assert!(
            figures_of(
                "From 2003 to 2009 prices rose 40% over five years of growth.",
                "year-span"
            )
            .is_empty()
        );
        // three years: the span of one of them, not between them
        assert!(
            figures_of(
                "The firm, founded in 1990, was sold in 2015 after a period of three years on the market.",
                "year-span"
            )
            .is_empty()
        );
    }

    #[test]
    fn reads_births_ages_and_years_ago() {
        assert_eq!(
            figures_of("Born in 1970, the 55-year-old runs the club.", "birth-age"),
            one(&["55-year-old", "1970"])
        );
        assert_eq!(
            figures_of("The mill shut in 2015, 10 years ago.", "years-ago"),
            one(&["10 years", "2015"])
        );
        assert_eq!(
            figures_of(
                "It is 180 years since the birth of the painter, who was born in 1844.",
                "years-ago"
            ),
            one(&["180 years", "1844"])
        );
    }

    #[test]
    fn a_duration_or_year_of_another_clause_is_not_paired() {
        assert!(
            figures_of(
                "The 90-day contract will run, and the works last from 1 March to 8 June 2025.",
                "date-span"
            )
            .is_empty()
        );
        assert!(
            figures_of(
                "The firm was founded six years ago and sold in 1979.",
                "years-ago"
            )
            .is_empty()
        );
        assert!(figures_of("The 55-year-old joined the club in 1990.", "birth-age").is_empty());
    }
}

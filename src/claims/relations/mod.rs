//! The relations a sentence states between its figures. Each reader looks for one
//! construction in a bounded window of tokens, so the whole pass is linear in the sentence.

mod apposition;
mod breakdown;
mod change;

use std::sync::LazyLock;

use super::phrases::Phrases;
use super::{Reader, Relation};
use crate::parse::FigureKind;

/// Words after a total that say the parts before it are all of it: "38 in all".
const TOTAL_AFTER: &[&str] = &[
    "in all",
    "in total",
    "altogether",
    "all told",
    "between them",
];
/// Words before a total that say so: "a total of 38", "making 38".
const TOTAL_BEFORE: &[&str] = &[
    "a total of",
    "total of",
    "totalling",
    "totaling",
    "making",
    "making a total of",
    "bringing the total to",
    "for a total of",
    "totals",
    "total",
    "in all",
    "together",
];
/// Words after a total that introduce some of its parts: "120 staff, including 40 nurses".
const INCLUDING: &[&str] = &[
    "including",
    "among them",
    "of whom",
    "of which",
    "among whom",
    "incl",
];
/// Determiners and adjectives between "of" and a base count: "half of the remaining 59".
const BASE_SKIP: &[&str] = &[
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "these",
    "those",
    "all",
    "remaining",
    "estimated",
    "some",
    "an",
    "a",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "more",
    "than",
    "over",
    "the remaining",
    "total",
    "entire",
];
/// The cues above, split into words once.
static TOTAL_AFTER_CUES: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(TOTAL_AFTER));
static TOTAL_BEFORE_CUES: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(TOTAL_BEFORE));
static INCLUDING_CUES: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(INCLUDING));

impl Reader<'_> {
    /// The longest of `phrases` spelled from token `i`, with its length in tokens.
    fn any_phrase_at(&self, i: usize, phrases: &Phrases) -> Option<(&'static str, usize)> {
        phrases.longest_at(i, |j| self.w(j))
    }

    /// The phrase of `phrases` that ends just before token `i`.
    fn phrase_before(&self, i: usize, phrases: &Phrases) -> Option<&'static str> {
        phrases.ending_before(i, |j| self.w(j))
    }

    /// Token texts strictly between figures `a` and `b` (lower case).
    fn gap(&self, a: usize, b: usize) -> Vec<&str> {
        (self.ranges[a].1..self.ranges[b].0)
            .map(|i| self.w(i))
            .collect()
    }

    fn kind(&self, k: usize) -> FigureKind {
        self.fig(k).kind
    }

    /// Whether two figures measure the same sort of thing (kind and unit).
    fn comparable(&self, a: usize, b: usize) -> bool {
        let (fa, fb) = (self.fig(a), self.fig(b));
        fa.kind == fb.kind && fa.unit == fb.unit && fa.interval.is_some() && fb.interval.is_some()
    }

    /// Like [`Self::comparable`], but a bare count may borrow the unit of the other side:
    /// "from 2 million to 9 million tonnes".
    fn comparable_loose(&self, a: usize, b: usize) -> bool {
        let (fa, fb) = (self.fig(a), self.fig(b));
        self.comparable(a, b)
            || (fa.interval.is_some()
                && fb.interval.is_some()
                && (fa.kind == FigureKind::Count) != (fb.kind == FigureKind::Count)
                && [fa.kind, fb.kind].iter().all(|k| {
                    matches!(
                        k,
                        FigureKind::Count | FigureKind::Money | FigureKind::Measure
                    )
                }))
    }

    fn is_amount(&self, k: usize) -> bool {
        matches!(self.kind(k), FigureKind::Count | FigureKind::Money)
            && self.fig(k).interval.is_some()
    }

    /// "24 of the 59", "three out of 10": the figure right after "of" / "out of" (and up to
    /// two determiners or adjectives) that follows figure `figs[t]`, if any.
    fn base_after_of(&self, figs: &[usize], t: usize) -> Option<usize> {
        let j = self.ranges[figs[t]].1;
        let of = if self.w(j) == "of" {
            j + 1
        } else if self.w(j) == "out" && self.w(j + 1) == "of" {
            j + 2
        } else {
            return None;
        };
        let mut b = of;
        while BASE_SKIP.contains(&self.w(b)) && b < of + 3 {
            b += 1;
        }
        figs.get(t + 1).copied().filter(|&w| self.ranges[w].0 == b)
    }

    /// Skips the noun phrase after figure `k` (up to `max` words): the index after it.
    fn after_noun(&self, k: usize, max: usize) -> usize {
        let mut j = self.ranges[k].1;
        let bound = self.sentence_bounds(k).1;
        let mut n = 0;
        while j < bound && n < max && self.is_word(j) {
            let w = self.w(j);
            if matches!(
                w,
                "and" | "or" | "in" | "of" | "including" | "among" | "were" | "was"
            ) || TOTAL_AFTER.iter().any(|p| p.starts_with(w))
            {
                break;
            }
            j += 1;
            n += 1;
        }
        j
    }
}

/// Reads the relations of one sentence whose figures are `figs` (document indices, in order).
pub(super) fn read(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    totals(r, figs, out);
    including(r, figs, out);
    part_of(r, figs, out);
    shares(r, figs, out);
    apposition::apposed_shares(r, figs, out);
    breakdown::breakdowns(r, figs, out);
    rate_changes(r, figs, out);
    change::changes(r, figs, out);
    side_by_side(r, figs, out);
    partition(r, figs, out);
    conversions(r, figs, out);
    calendar(r, figs, out);
}

/// "13 miles (21 km)", "$1.13bn (£600m)", "$200m (£104m; 151m euros)": a measure or sum
/// followed by its conversion in brackets.
fn conversions(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    for (t, &k) in figs.iter().enumerate() {
        let f = r.fig(k);
        if !matches!(f.kind, FigureKind::Measure | FigureKind::Money) || f.unit.is_none() {
            continue;
        }
        let mut prev = k;
        let mut inside = false;
        for &c in &figs[t + 1..] {
            let gap = r.gap(prev, c);
            let opens = !inside && gap == ["("];
            let continues = inside && gap.len() == 1 && matches!(gap[0], ";" | "," | "/" | "or");
            if !(opens || continues) {
                break;
            }
            let fc = r.fig(c);
            if fc.kind == f.kind && fc.unit.is_some() && fc.unit != f.unit {
                out.push(Relation::Conversion {
                    original: k,
                    converted: c,
                });
            }
            inside = true;
            prev = c;
        }
    }
}

/// Dates with durations, births with ages, "N years ago" with a year.
fn calendar(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let (start, _) = r.sentence_bounds(figs[0]);
    let before = |k: usize, n: usize| {
        let first = r.ranges[k].0;
        (1..=n)
            .filter_map(|d| first.checked_sub(d).filter(|&i| i >= start))
            .map(|i| r.w(i))
            .collect::<Vec<_>>()
    };
    let dated = |k: usize| {
        r.kind(k) == FigureKind::Date
            && r.fig(k)
                .date
                .is_some_and(|d| d.day.is_some() && d.month.is_some())
    };
    // durations between two dates
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
            dated(a)
                && dated(b)
                && near(a, b)
                && ((before(a, 1) == ["from"] && r.gap(a, b) == ["to"])
                    || (before(a, 1) == ["between"] && r.gap(a, b) == ["and"]))
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
            .filter(|&k| dated(k) && r.fig(k).date.is_some_and(|x| x.year.is_some()))
            .collect();
        if let [x, y] = full[..] {
            let after = before(d, 1) == ["after"];
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
    // births and ages
    let births: Vec<usize> = figs
        .iter()
        .copied()
        .filter(|&k| {
            matches!(r.kind(k), FigureKind::Year | FigureKind::Date)
                && before(k, 2).contains(&"born")
        })
        .collect();
    if let Some(&birth) = births.first() {
        let event = figs
            .iter()
            .copied()
            .find(|&k| k != birth && r.kind(k) == FigureKind::Year && before(k, 1) == ["in"]);
        for &age in figs.iter().filter(|&&k| r.kind(k) == FigureKind::Age) {
            out.push(Relation::BirthAge { age, birth, event });
        }
    }
    // "10 years ago" and a year
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
    // "180 years since the birth of the painter, who was born in 1844": years since an event
    // the sentence dates with its only year
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
            let dated_event = before(year, 2)
                .iter()
                .any(|w| matches!(*w, "born" | "founded" | "established" | "opened" | "built"));
            if dated_event {
                out.push(Relation::YearsAgo { duration: d, year });
            }
        }
    }
}

/// Verbs and words that place people or things in one group of a split: "52% backed ...,
/// 31% opposed ...".
const PARTITION_CUES: &[&str] = &[
    "said",
    "say",
    "says",
    "backed",
    "supported",
    "support",
    "opposed",
    "oppose",
    "voted",
    "favoured",
    "favored",
    "preferred",
    "prefer",
    "chose",
    "were",
    "are",
    "was",
    "is",
    "had",
    "have",
    "thought",
    "think",
    "believed",
    "believe",
    "wanted",
    "want",
    "agreed",
    "agree",
    "disagreed",
    "disagree",
    "undecided",
    "against",
    "for",
    "backing",
    "opposing",
];
/// Words that make the shares overlap or change: then they need not sum to 100%.
const NOT_PARTITION: &[&str] = &[
    "more",
    "than",
    "rose",
    "fell",
    "up",
    "down",
    "by",
    "to",
    "from",
    "increase",
    "decrease",
    "rise",
    "fall",
    "growth",
    "compared",
    "versus",
    "each",
    "both",
    "also",
    "or",
    "respectively",
    "least",
    "most",
    "per",
    "annual",
    "annually",
    "year",
    "rate",
    "interest",
    "inflation",
    "share",
    "stake",
    "owns",
    "own",
    "market",
    "tax",
    "cut",
    "cuts",
    "profit",
    "profits",
    "sales",
    "revenue",
    "turnout",
    "margin",
    "points",
    "point",
];

/// "52% backed the plan, 31% opposed it and 25% were undecided": three or more
/// percentages in one sentence, each right before a group word, joined by "," and "and",
/// with no change or comparison words around. Conservative: multi-answer questions and
/// shares of different bases use other words.
fn partition(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let (start, bound) = r.sentence_bounds(figs[0]);
    let shares: Vec<usize> = figs
        .iter()
        .copied()
        .filter(|&k| r.kind(k) == FigureKind::Percent && r.fig(k).hedge.is_none())
        .collect();
    if shares.len() < 3 {
        return;
    }
    // nothing but the shares between the first and the last share
    let (first, last) = (shares[0], shares[shares.len() - 1]);
    if figs
        .iter()
        .any(|&k| k > first && k < last && !shares.contains(&k))
    {
        return;
    }
    // the words around the shares, not inside them ("48 per cent" is no rate "per")
    let inside = |i: usize| {
        shares
            .iter()
            .any(|&k| r.ranges[k].0 <= i && i < r.ranges[k].1)
    };
    if (start..bound).any(|i| !inside(i) && NOT_PARTITION.contains(&r.w(i))) {
        return;
    }
    // "20 pct of car loans, 45 pct of home loans": shares of different wholes
    let wholes: Vec<(&str, &str)> = shares
        .iter()
        .filter(|&&k| r.w(r.ranges[k].1) == "of")
        .map(|&k| (r.w(r.ranges[k].1 + 1), r.w(r.ranges[k].1 + 2)))
        .collect();
    if wholes.windows(2).any(|w| w[0] != w[1]) {
        return;
    }
    // each share opens its group with a verb: a cue word or any past tense ("52 per cent
    // backed the plan, ... 2 per cent spoiled their ballots", "41% named Brown")
    let grouped = shares.iter().all(|&k| {
        let next = r.w(r.ranges[k].1);
        PARTITION_CUES.contains(&next)
            || next == "of"
            || (next.len() > 4 && next.ends_with("ed") && r.is_word(r.ranges[k].1))
    });
    let joined = shares.windows(2).all(|w| {
        r.gap(w[0], w[1])
            .iter()
            .any(|t| matches!(*t, "," | "and" | ";"))
    });
    if grouped && joined {
        out.push(Relation::Partition { shares });
    }
}

/// A run of parts joined by "and" / "," right before figure position `t` in `figs`.
/// Figures of another kind inside the run ("£1.1m, merging two depots £2.3m") are passed
/// over: only the comparable ones are parts.
fn parts_before(r: &Reader, figs: &[usize], t: usize) -> Vec<usize> {
    let total = figs[t];
    let mut parts: Vec<usize> = Vec::new();
    let mut next = total;
    for p in (0..t).rev() {
        let k = figs[p];
        if !r.comparable(k, total) {
            if matches!(
                r.kind(k),
                FigureKind::Count | FigureKind::Money | FigureKind::Measure | FigureKind::Percent
            ) {
                continue;
            }
            break;
        }
        let gap = r.gap(k, next);
        let linked = if next == total {
            gap.len() <= 5
                && gap.iter().any(|w| {
                    matches!(
                        *w,
                        "," | "—"
                            | "–"
                            | "("
                            | ":"
                            | "-"
                            | "making"
                            | "totalling"
                            | "totaling"
                            | "for"
                            | "in"
                    )
                })
        } else {
            gap.len() <= 6 && gap.iter().any(|w| matches!(*w, "and" | "," | "plus" | "&"))
        };
        let broken = gap.iter().any(|w| {
            matches!(
                *w,
                "." | ";" | "but" | "while" | "whereas" | "than" | "from" | "to" | "including"
            )
        });
        // "90 units for a total of 45 mln dlrs", "9 lots totalling 1.5 mln
        // shares": with no comma between, the total measures the part's things in another
        // unit; a part of the total counts the same thing
        let unpunctuated = !gap
            .iter()
            .any(|w| matches!(*w, "," | "—" | "–" | "(" | ":" | "-"));
        let other_thing = next == total
            && unpunctuated
            && match (r.counted_noun(k), r.counted_noun(total)) {
                (Some((a, _)), Some((b, _))) => a != b,
                _ => false,
            };
        // "12 mln shares at 40 dlrs a share for a total of 480 mln": a price times a
        // number, not two parts
        let priced = gap.windows(2).any(|w| w == ["a", "share"])
            || gap.iter().any(|w| matches!(*w, "each" | "apiece" | "per"));
        let broken = broken || other_thing || priced;
        if !linked || broken {
            break;
        }
        parts.push(k);
        next = k;
    }
    parts.reverse();
    parts
}

/// "A and B, N in all"; "A, B and C, a total of N"; "a total of N: A, B and C".
fn totals(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    for (t, &k) in figs.iter().enumerate() {
        if !r.is_amount(k) {
            continue;
        }
        let after = r.after_noun(k, 2);
        let cue_after = r.any_phrase_at(after, &TOTAL_AFTER_CUES).map(|(p, _)| p);
        let first = r.ranges[k].0;
        let hedge_total = r
            .fig(k)
            .hedge
            .as_deref()
            .filter(|h| matches!(*h, "a total of"))
            .map(|_| "a total of");
        let cue_before = hedge_total.or_else(|| r.phrase_before(first, &TOTAL_BEFORE_CUES));
        // "The storm killed 12 people: 7 in Kent and 5 in Sussex": a colon after a count
        // introduces its breakdown, complete when the parts run to the sentence's end
        if cue_after.is_none() && cue_before.is_none() && r.w(after) == ":" {
            let later: Vec<usize> = figs[t + 1..]
                .iter()
                .copied()
                .take_while(|&p| r.comparable(p, k))
                .collect();
            let joined = later.windows(2).all(|w| {
                let gap = r.gap(w[0], w[1]);
                gap.len() <= 6 && gap.iter().any(|g| matches!(*g, "and" | "," | "plus"))
            });
            let to_the_end = later.last().is_some_and(|&p| {
                let bound = r.sentence_bounds(p).1;
                bound - r.ranges[p].1 <= 4
            });
            let first_close = later.first().is_some_and(|&p| r.ranges[p].0 <= after + 2);
            if later.len() >= 2
                && joined
                && to_the_end
                && first_close
                && later.len() + t + 1 == figs.len()
            {
                out.push(Relation::Total {
                    parts: later,
                    total: k,
                    complete: true,
                    cue: ":".into(),
                });
            }
            continue;
        }
        let Some(cue) = cue_after.or(cue_before) else {
            continue;
        };
        let parts = parts_before(r, figs, t);
        if parts.len() >= 2 {
            out.push(Relation::Total {
                parts,
                total: k,
                complete: true,
                cue: cue.to_string(),
            });
            continue;
        }
        // "a total of 38: 33 Israelis and five Thais"
        if cue_before.is_some() && matches!(r.w(after), ":" | "—" | "–") {
            let later: Vec<usize> = figs[t + 1..]
                .iter()
                .copied()
                .take_while(|&p| r.comparable(p, k))
                .collect();
            if later.len() >= 2 {
                out.push(Relation::Total {
                    parts: later,
                    total: k,
                    complete: true,
                    cue: cue.to_string(),
                });
            }
        }
    }
}

/// "120 staff, including 40 nurses and 12 doctors"; "14 people were hurt, three of whom".
fn including(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let (start, bound) = r.sentence_bounds(figs[0]);
    // a net sum ("a loss of 6 mln dlrs, including a 9 mln dlr loss on a sale", "a
    // 2.0 billion dlr surplus, including a 3.5 billion surplus with one partner and a 1.5
    // billion deficit with another") may include items larger than itself, of either sign
    let net = (start..bound).any(|i| NET_WORDS.contains(&r.w(i)));
    for (t, &k) in figs.iter().enumerate() {
        // the whole is a number: "several means, including ..." is not
        if !r.is_amount(k) || r.fig(k).value.is_none() {
            continue;
        }
        if net && r.kind(k) != FigureKind::Percent {
            continue;
        }
        // "a three-for-one split, including 500,000": a ratio is no whole
        let first = r.ranges[k].0;
        if first >= 2 && r.w(first - 1) == "-" && r.w(first - 2) == "for" {
            continue;
        }
        // ", including" within a few words after the total: "36 pupils in hospital,
        // including 14"
        let bound = r.sentence_bounds(k).1;
        let from = r.ranges[k].1;
        let Some(j) = (from..(from + 7).min(bound))
            .take_while(|&i| !matches!(r.w(i), "." | ";" | ":" | "and" | "but"))
            .find(|&i| r.w(i) == "," && r.any_phrase_at(i + 1, &INCLUDING_CUES).is_some())
            .map(|i| i + 1)
        else {
            continue;
        };
        if figs.get(t + 1).is_some_and(|&p| r.ranges[p].0 < j) {
            continue; // another figure stands between the total and the cue
        }
        let Some((cue, len)) = r.any_phrase_at(j, &INCLUDING_CUES) else {
            continue;
        };
        let start = j + len;
        // the first part stands right after the cue; the others are joined to it by "and"
        let mut parts: Vec<usize> = Vec::new();
        for &p in &figs[t + 1..] {
            if !r.comparable(p, k) {
                break;
            }
            // "2.10 dlrs a share, including 60 cts": cents against dollars
            if cents(r, p) != cents(r, k) {
                break;
            }
            let ok = match parts.last() {
                // right after the cue, past determiners only ("including a record 3.5
                // billion"), not inside another phrase ("including the closure of 40")
                None => (start..r.ranges[p].0).all(|i| {
                    matches!(
                        r.w(i),
                        "a" | "an"
                            | "the"
                            | "some"
                            | "about"
                            | "around"
                            | "nearly"
                            | "almost"
                            | "record"
                            | "another"
                            | "at"
                            | "least"
                    )
                }),
                Some(&prev) => {
                    let gap = r.gap(prev, p);
                    // a cue between two parts opens a nested inclusion ("..., of whom 80
                    // were adults, of whom 20 ..."): the later figure is a part of the
                    // earlier one, not of this total
                    let nested = (r.ranges[prev].1..r.ranges[p].0)
                        .any(|i| r.any_phrase_at(i, &INCLUDING_CUES).is_some());
                    // "seven routes, including five direct routes, and two via
                    // Dubai": the comma closed the inclusion after one part
                    let closed = parts.len() == 1 && gap.windows(2).any(|w| w == [",", "and"]);
                    !closed
                        && !nested
                        && gap.len() <= 6
                        && gap.iter().any(|w| matches!(*w, "and" | "," | "plus"))
                }
            };
            if !ok {
                break;
            }
            parts.push(p);
        }
        if !parts.is_empty() {
            out.push(Relation::Total {
                parts,
                total: k,
                complete: false,
                cue: cue.to_string(),
            });
        }
    }
}

/// Words that make a sum a net figure, whose items may be larger than it and of either sign.
const NET_WORDS: &[&str] = &[
    "loss",
    "losses",
    "deficit",
    "deficits",
    "surplus",
    "surpluses",
    "profit",
    "profits",
    "income",
    "earnings",
    "gain",
    "gains",
    "net",
    "charge",
    "charges",
];

/// Whether a sum is written in cents ("95 cts"), which the parser leaves unconverted.
fn cents(r: &Reader, k: usize) -> bool {
    let (first, last) = r.ranges[k];
    (first..=last).any(|i| matches!(r.w(i), "ct" | "cts" | "cent" | "cents"))
}

/// "24 of the 59", "three out of 10": a part no larger than its whole. "X of them" after a
/// count refers back to it.
fn part_of(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    for (t, &k) in figs.iter().enumerate() {
        if r.kind(k) != FigureKind::Count || r.fig(k).value.is_none() {
            continue;
        }
        let j = r.ranges[k].1;
        let of = j + 1;
        if r.w(j) == "of" && matches!(r.w(of), "them" | "whom" | "which") {
            // "... 14 people were injured, three of them seriously"
            let near = |p: usize| r.ranges[k].0 - r.ranges[p].1 <= 12;
            let plural = |p: usize| r.fig(p).value.is_some_and(|v| v >= 2.0);
            if let Some(&whole) = figs[..t]
                .iter()
                .rev()
                .take_while(|&&p| near(p))
                .find(|&&p| r.comparable(p, k) && plural(p))
            {
                out.push(Relation::Total {
                    parts: vec![k],
                    total: whole,
                    complete: false,
                    cue: format!("of {}", r.w(of)),
                });
            }
            continue;
        }
        if let Some(whole) = r.base_after_of(figs, t) {
            // "12,000 of the three models": units of a few kinds, not a part of a set
            let kinds = r.fig(whole).value.is_some_and(|w| w <= 12.0)
                && r.fig(k).value.is_some_and(|v| v >= 100.0);
            if r.comparable(whole, k) && r.fig(whole).value.is_some() && !kinds {
                out.push(Relation::Total {
                    parts: vec![k],
                    total: whole,
                    complete: false,
                    cue: "of".into(),
                });
            }
        }
    }
}

/// "fewer than half of the remaining 59 hostages, about 40"; "30 of 120, or 25%";
/// "25% of the 120 staff, or 30".
fn shares(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    for (t, &k) in figs.iter().enumerate() {
        let f = r.fig(k);
        let share_kind = matches!(f.kind, FigureKind::Fraction | FigureKind::Percent);
        if share_kind && f.interval.is_some() {
            // share "of" base, then the count it comes to
            let j = r.ranges[k].1;
            if r.w(j) != "of" {
                continue;
            }
            let mut b = j + 1;
            while BASE_SKIP.contains(&r.w(b)) && b < j + 4 {
                b += 1;
            }
            let Some(&base) = figs.get(t + 1).filter(|&&w| r.ranges[w].0 == b) else {
                continue;
            };
            if r.kind(base) != FigureKind::Count || r.fig(base).value.is_none() {
                continue;
            }
            let after = r.after_noun(base, 3);
            let Some(&count) = figs.get(t + 2) else {
                continue;
            };
            let gap: Vec<&str> = (after..r.ranges[count].0).map(|i| r.w(i)).collect();
            let apposed = !gap.is_empty()
                && gap.len() <= 3
                && matches!(gap[0], "," | "(" | "—" | "–" | "-")
                && gap[1..].iter().all(|w| {
                    matches!(
                        *w,
                        "or" | "some" | "that" | "is" | "perhaps" | "about" | "just"
                    )
                });
            if apposed && r.comparable(count, base) {
                out.push(Relation::Share {
                    share: k,
                    base,
                    count,
                });
            }
            continue;
        }
        // "30 of 120, or 25%" / "30 out of 120 (25%)"
        if f.kind == FigureKind::Count && f.value.is_some() {
            let Some(base) = r.base_after_of(figs, t) else {
                continue;
            };
            if !r.comparable(base, k) {
                continue;
            }
            let after = r.after_noun(base, 3);
            let Some(&pct) = figs.get(t + 2) else {
                continue;
            };
            if r.kind(pct) != FigureKind::Percent {
                continue;
            }
            let gap: Vec<&str> = (after..r.ranges[pct].0).map(|i| r.w(i)).collect();
            let apposed = !gap.is_empty()
                && gap.len() <= 3
                && matches!(gap[0], "," | "(" | "—" | "–" | "-" | "or")
                && gap.iter().all(|w| {
                    matches!(
                        *w,
                        "," | "(" | "—" | "–" | "-" | "or" | "some" | "about" | "roughly" | "just"
                    )
                });
            if apposed {
                out.push(Relation::Share {
                    share: pct,
                    base,
                    count: k,
                });
            }
        }
    }
}

/// "rose 0.2 percentage points from 4.1% to 4.3%", "rose 2% from 5% to 7%": a change
/// between two rates, stated in points or (often by mistake) in per cent.
fn rate_changes(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let (start, _) = r.sentence_bounds(figs[0]);
    let before = |k: usize| {
        let first = r.ranges[k].0;
        if first > start { r.w(first - 1) } else { "" }
    };
    let rate = |k: usize| r.kind(k) == FigureKind::Percent && r.fig(k).value.is_some();
    let from = figs
        .iter()
        .copied()
        .find(|&k| rate(k) && before(k) == "from");
    let to = figs.iter().copied().find(|&k| rate(k) && before(k) == "to");
    let (Some(a), Some(b)) = (from, to) else {
        return;
    };
    if r.ranges[a].0.abs_diff(r.ranges[b].0) > 8 {
        return;
    }
    // the change is said as one: "rose 2%", "by 0.2 points", "a 2% rise" (a third rate
    // in a list, "from 10.6% in November and 10.9% a year ago", is another from-value)
    let stated_as_change = |k: usize| {
        let after = r.w(r.ranges[k].1);
        r.lex.relations.direction(before(k)).is_some()
            || before(k) == "by"
            || matches!(
                after,
                "rise" | "increase" | "fall" | "drop" | "decline" | "jump" | "gain" | "cut"
            )
    };
    let change = figs.iter().copied().find(|&k| {
        k != a
            && k != b
            && matches!(
                r.kind(k),
                FigureKind::PercentagePoints | FigureKind::Percent
            )
            && !matches!(before(k), "from" | "to")
            && stated_as_change(k)
            && r.ranges[k].0.abs_diff(r.ranges[a].0) <= 10
    });
    let Some(c) = change else { return };
    let lo = r.ranges[a].0.min(r.ranges[b].0).min(r.ranges[c].0);
    let hi = r.ranges[a].0.max(r.ranges[b].0).max(r.ranges[c].0);
    // "rose to 61.2 pct from 58.0 pct as traffic rose 8.1 pct": another clause
    if (lo..hi).any(|i| {
        matches!(
            r.w(i),
            "while" | "whereas" | "but" | ";" | "compared" | "as" | "and"
        )
    }) {
        return;
    }
    out.push(Relation::RateChange {
        from: a,
        to: b,
        change: c,
    });
}

/// "five (5)": a number in words with a numeral in brackets right after it.
/// A wire table ("barley 12,400 (15,030), oats nil (220)") puts last year's figure in
/// brackets after this year's: there a bracket holds another value, not the same one
/// restated. The sentence is such a table when two or more of its figures are followed by
/// another figure in brackets.
fn side_by_side(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let bracketed = figs
        .windows(2)
        .filter(|p| r.gap(p[0], p[1]) == ["("] && r.w(r.ranges[p[1]].1) == ")")
        .count();
    if bracketed >= 2 {
        return;
    }
    for pair in figs.windows(2) {
        let (w, n) = (pair[0], pair[1]);
        let (fw, fnum) = (r.fig(w), r.fig(n));
        if fw.kind != FigureKind::Count || fnum.kind != FigureKind::Count {
            continue;
        }
        let word_text = &r.text[fw.span.range()];
        let num_text = &r.text[fnum.span.range()];
        let in_words = !word_text.bytes().any(|b| b.is_ascii_digit());
        let numeral = num_text.bytes().all(|b| b.is_ascii_digit() || b == b',');
        let gap = r.gap(w, n);
        let close = r.ranges[n].1;
        if in_words && numeral && gap == ["("] && r.w(close) == ")" {
            out.push(Relation::SideBySide {
                word: w,
                numeral: n,
            });
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::claims::Claims;
    use crate::parse::Parsed;

    /// Parses and reads `text` as a plain-text document with the built-in rules.
    pub(crate) fn read(text: &str) -> (Parsed, Claims) {
        let doc = crate::source::Document::from_text("test.txt", text);
        crate::read(&doc, &crate::config::Config::default())
    }

    /// The relations read in `text` that `pick` keeps, given each figure's written text:
    /// what a reader's tests compare with the figures they expect.
    pub(crate) fn relations_in<T>(
        text: &str,
        pick: impl Fn(&crate::claims::Relation, &dyn Fn(usize) -> String) -> Option<T>,
    ) -> Vec<T> {
        let (parsed, claims) = read(text);
        let written = |k: usize| text[parsed.figures[k].span.range()].to_string();
        claims
            .relations
            .iter()
            .filter_map(|rel| pick(rel, &written))
            .collect()
    }
}

//! Links across sentences: the same quantity stated again, headline against body, and the
//! stock-and-flow accounts of one thing counted.
//!
//! Figures are grouped by what they count and what happened (lemma, event class, group
//! qualifier, scope) in one hash map, so each figure is compared with the first mention of
//! its group only: linear in the document, never every figure against every other.

use rustc_hash::FxHashMap;

use super::{Claim, Reader, Relation};
use crate::parse::FigureKind;

/// What makes two figures the same quantity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    counts: String,
    event: String,
    qualifier: Option<String>,
    scope: Vec<String>,
    /// Which kind: what a unit is of ("3.1 mln tonnes of ore", "400 mln dlrs of debt").
    of: Option<String>,
    /// A count per unit of time ("hundreds of people a day"): a rate, never the same
    /// quantity as a total ("the death toll stands at 48,000").
    per_time: bool,
}

/// Whether figure `k` is counted per unit of time: "hundreds of people a day", "400 cases
/// per week", "2,000 tests daily" (within the few words after it, before any punctuation).
fn per_time(r: &Reader, k: usize) -> bool {
    let last = r.ranges[k].1;
    let bound = r.sentence_bounds(k).1.min(last + 5);
    for i in last..bound {
        if !r.is_word(i) {
            return false;
        }
        let w = r.w(i);
        if matches!(w, "daily" | "weekly" | "monthly" | "nightly" | "hourly") {
            return true;
        }
        if matches!(w, "a" | "an" | "per" | "each" | "every")
            && matches!(
                r.w(i + 1),
                "day" | "week" | "month" | "year" | "hour" | "night"
            )
        {
            return true;
        }
    }
    false
}

/// Whose quantity: the names (capitalised words) before figure `k` in its sentence, at most
/// 40 words back ("The Greens came fourth with 2,140 votes", "Acme Steel had sales
/// of ...").
fn owner(r: &Reader, k: usize) -> Vec<String> {
    let first = r.ranges[k].0;
    // a bounded look back keeps the cost linear on run-on "sentences" (tables)
    let start = r.sentence_bounds(k).0.max(first.saturating_sub(40));
    let mut names: Vec<String> = (start..first)
        .filter(|&i| {
            r.is_word(i)
                && r.raw(i).starts_with(char::is_uppercase)
                && !r.lex.relations.starters.contains(r.w(i))
                && r.w(i) != "i"
                && !crate::parse::figure::is_calendar_word(r.w(i))
        })
        .map(|i| r.w(i).to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Whose quantity when no name says it: the levels of place ("the state", "nationwide") and
/// the groups ("the placebo group") that figure `k`'s sentence names, within 40 words of
/// it (`[wholes]` of `rules/nouns.toml`).
fn wholes(r: &Reader, k: usize) -> Vec<String> {
    let (first, last) = r.ranges[k];
    let (start, bound) = r.sentence_bounds(k);
    let (start, bound) = (start.max(first.saturating_sub(40)), bound.min(last + 40));
    let mut found: Vec<String> = Vec::new();
    for i in start..bound {
        let w = r.w(i);
        if let Some(place) = r.lex.whole_places.get(w) {
            found.push(place.clone());
        } else if r.lex.whole_groups.contains(w) && i > start && r.is_word(i - 1) {
            // the word before names the group: "the vaccine arm", "the control group"
            let name = r.w(i - 1);
            if !r.lex.relations.starters.contains(name) {
                found.push(format!("{name} group"));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// Whether figures `a` and `b` may be of one whole: yes unless both sentences name wholes
/// and none in common ("the state" and "nationwide", "the vaccine arm" and "the placebo
/// arm").
fn same_whole(r: &Reader, a: usize, b: usize) -> bool {
    let (x, y) = (wholes(r, a), wholes(r, b));
    x.is_empty() || y.is_empty() || x.iter().any(|w| y.contains(w))
}

/// What a figure's unit is of: "3.1 mln tonnes of ore" → "ore", "400 mln dlrs of
/// outstanding debt" → "outstanding debt". A count's own "of" names what it counts
/// ("hundreds of people"), so the "of" must come after at least one word of a count.
fn kind_of(r: &Reader, k: usize) -> Option<String> {
    let (_, bound) = r.sentence_bounds(k);
    let count = r.fig(k).kind == crate::parse::FigureKind::Count;
    let start = r.ranges[k].1;
    for j in start..start + 3 {
        if j >= bound || !r.is_word(j) {
            return None;
        }
        if r.w(j) == "of" && !(count && j == start) {
            let mut n = j + 1;
            while matches!(r.w(n), "the" | "its" | "their" | "a" | "an") {
                n += 1;
            }
            let words: Vec<String> = (n..(n + 3).min(bound))
                .take_while(|&i| {
                    r.is_word(i) && !matches!(r.w(i), "in" | "of" | "at" | "and" | "or" | "to")
                })
                .map(|i| r.lex.lemma(r.w(i)))
                .collect();
            return (!words.is_empty()).then(|| words.join(" "));
        }
    }
    None
}

/// Whether a count is of things rather than of a currency or unit written as its noun
/// ("40 mln stg", "12 mln troy ounces" have a scale word: sums in all but name).
fn claim_is_plain(r: &Reader, k: usize) -> bool {
    let (first, last) = r.ranges[k];
    !(first..last).any(|i| crate::parse::number_words::scale_suffix(r.raw(i), false).is_some())
}

/// Events whose figures count people even when no noun follows ("the 14 dead").
const PEOPLE_EVENTS: &[&str] = &["killed", "injured", "rescued", "displaced", "arrested"];

fn key(r: &Reader, k: usize, claim: &Claim) -> Option<Key> {
    let event = claim.event.clone()?;
    // changes are not quantities of a thing: "rose to 27" restates nothing; but jobs cut
    // are a count of jobs ("to cut 1,000 jobs", "200 workers lost their jobs")
    let jobs = matches!(claim.counts.as_deref(), Some("job" | "employee"));
    if matches!(event.as_str(), "rose" | "fell") || event == "cut" && !jobs {
        return None;
    }
    let counts = claim.counts.clone().or_else(|| {
        PEOPLE_EVENTS
            .contains(&event.as_str())
            .then(|| "person".to_string())
    })?;
    Some(Key {
        counts,
        event,
        qualifier: claim.qualifier.clone(),
        scope: claim.scope.clone(),
        of: kind_of(r, k),
        per_time: per_time(r, k),
    })
}

pub(super) fn link(r: &Reader, claims: &[Claim], out: &mut Vec<Relation>) {
    let figures = &r.parsed.figures;
    // a figure is a candidate if it is a precise or hedged count (not vague): vague words
    // ("tens of thousands") are often about another event in the same story
    // and small counts ("one breach", "two breaches") are usually different things
    // a quote's short form ("4.18/22 dlrs") is no quantity of its own
    let candidate = |k: usize| {
        let f = &figures[k];
        let first = r.ranges[k].0;
        f.kind == FigureKind::Count
            && f.value.is_some_and(|v| v >= 3.0)
            && f.interval.is_some()
            && !(first > 0 && r.w(first - 1) == "/")
    };
    let vague = |k: usize| {
        let f = &figures[k];
        f.kind == FigureKind::Count
            && f.value.is_none()
            && f.interval.is_some()
            && f.hedge.is_some()
    };
    // read only for the sentences that hold a candidate: most hold none
    let mut compares: Vec<Option<bool>> = vec![None; r.parsed.sentences.len()];
    let mut compares_in = |sentence: usize| {
        *compares[sentence].get_or_insert_with(|| {
            let s = &r.parsed.sentences[sentence];
            (s.first as usize..s.last as usize).any(|i| r.lex.relations.comparison.contains(r.w(i)))
        })
    };
    // a sentence that lists several figures of one key ("27 mln stg in band one, 21 mln
    // stg in band two") counts several things of a kind: none of them is the quantity
    // keyed by figure, only the candidates that have a key: a dense vector would hold a
    // key's room for every figure of a text that is all figures
    let mut keys: FxHashMap<usize, Key> = FxHashMap::default();
    let mut per_sentence: FxHashMap<(u32, Key), usize> = FxHashMap::default();
    for (k, claim) in claims.iter().enumerate() {
        if candidate(k)
            && let Some(key) = key(r, k, claim)
        {
            *per_sentence
                .entry((figures[k].sentence, key.clone()))
                .or_default() += 1;
            keys.insert(k, key);
        }
    }
    let listed = |k: usize| {
        keys.get(&k).is_some_and(|key| {
            per_sentence
                .get(&(figures[k].sentence, key.clone()))
                .is_some_and(|&n| n > 1)
        })
    };
    let mut first: FxHashMap<Key, usize> = FxHashMap::default();
    let mut vagues: Vec<(Key, usize)> = Vec::new();
    let mut headline: FxHashMap<(String, String), usize> = FxHashMap::default();
    for (k, claim) in claims.iter().enumerate() {
        if vague(k) && !figures[k].headline {
            if let Some(key) = key(r, k, claim) {
                vagues.push((key, k));
            }
            continue;
        }
        if !candidate(k) || compares_in(figures[k].sentence as usize) {
            continue;
        }
        let Some(key) = keys.get(&k).cloned() else {
            continue;
        };
        if figures[k].headline {
            headline
                .entry((key.counts.clone(), key.event.clone()))
                .or_insert(k);
            continue;
        }
        match first.get(&key) {
            Some(&f) if figures[f].sentence != figures[k].sentence => {
                // one quantity only when whose agrees: two named owners with no name in
                // common are two quantities (Labour's votes, the Conservatives' votes);
                // sums and measures name few owners, so theirs must be the same, and so must
                // those of counts of a measure's units ("7.4 points": of which index?)
                let (a, b) = (owner(r, f), owner(r, k));
                let measure = claim
                    .counts
                    .as_deref()
                    .is_some_and(|c| r.lex.measures.contains(c));
                let agree =
                    if figures[k].kind == FigureKind::Count && claim_is_plain(r, k) && !measure {
                        a.is_empty() || b.is_empty() || a.iter().any(|n| b.contains(n))
                    } else {
                        // a price or an output told twice with no owner named is as likely two
                        // things priced ("sells for 700,000 dlrs" ... "it will sell for 150,000")
                        !a.is_empty() && a == b
                    };
                if agree && !listed(f) && !listed(k) && same_whole(r, f, k) {
                    out.push(Relation::Restated { first: f, later: k });
                }
            }
            Some(_) => {}
            None => {
                first.insert(key, k);
            }
        }
    }
    definite_descriptions(r, claims, &candidate, &listed, out);
    headline_and_vague_restatements(&first, headline, vagues, out);
    subsets(r, claims, out);
    money_headlines(r, claims, out);
    measure_headlines(r, claims, out);
    // a headline the story bears out is read as the figure that bears it out
    for rel in out.iter_mut() {
        if let Relation::HeadlineBody { headline, body } = rel
            && let Some(agreeing) = borne_out(r, claims, *headline)
        {
            *body = agreeing;
        }
    }
    balances(r, claims, out);
}

/// The first body figure that says the headline's count or sum: of the same kind and unit,
/// counting the same thing or no thing named, its interval meeting the headline's.
/// A headline summarises one of the story's figures, and a charitable reader takes it as
/// that one rather than as a conflict with another: "Spain's toll passes 10,000" over a live
/// blog that gives Germany's 872 and Spain's 10,003; "margin of 2.3 million votes" over the
/// candidates' totals and "a margin of 2,284,967".
fn borne_out(r: &Reader, claims: &[Claim], h: usize) -> Option<usize> {
    let figures = &r.parsed.figures;
    let head = &figures[h];
    let said = head.allowed()?;
    // a percentage or a duration is of some subject the figure itself does not name ("25.7%
    // rise in tax revenues" bears out no "exports rise 25%"): counts and sums only
    if !matches!(head.kind, FigureKind::Count | FigureKind::Money) {
        return None;
    }
    (0..figures.len()).find(|&k| {
        let f = &figures[k];
        !f.headline
            && f.kind == head.kind
            && f.unit == head.unit
            && (claims[k].counts.is_none() || claims[k].counts == claims[h].counts)
            && f.allowed().is_some_and(|b| b.overlaps(&said))
    })
}

/// The headline against the first body mention of the same thing and event, whatever the
/// body's scope (headlines drop qualifiers); vague amounts against the first precise count
/// of the same quantity. `first` is the first body mention of each quantity.
fn headline_and_vague_restatements(
    first: &FxHashMap<Key, usize>,
    headline: FxHashMap<(String, String), usize>,
    vagues: Vec<(Key, usize)>,
    out: &mut Vec<Relation>,
) {
    for ((counts, event), h) in headline {
        let body = first
            .iter()
            .filter(|(key, _)| {
                key.counts == counts && key.event == event && key.qualifier.is_none()
            })
            .map(|(_, &b)| b)
            .min();
        if let Some(b) = body {
            out.push(Relation::HeadlineBody {
                headline: h,
                body: b,
            });
        }
    }
    for (key, v) in vagues {
        if let Some(&p) = first.get(&key) {
            out.push(Relation::VagueRestated {
                vague: v,
                precise: p,
            });
        }
    }
}

/// "The crash killed 14 people ... the 17 victims": a count under "the" in a later sentence,
/// with no event of its own (or the same one), refers back to the first count of the same
/// thing, when the two agree on whose and when (a later time or place makes it another
/// count). Only counted things of a class in `rules/nouns.toml` (persons, jobs, hostages)
/// and plain counts: "the 50 branches", "the 10 mln shares" may be any set of them.
fn definite_descriptions(
    r: &Reader,
    claims: &[Claim],
    candidate: &dyn Fn(usize) -> bool,
    listed: &dyn Fn(usize) -> bool,
    out: &mut Vec<Relation>,
) {
    let figures = &r.parsed.figures;
    let linked: rustc_hash::FxHashSet<usize> = out
        .iter()
        .filter_map(|rel| match rel {
            Relation::Restated { later, .. } => Some(*later),
            _ => None,
        })
        .collect();
    let mut first_of: FxHashMap<&str, usize> = FxHashMap::default();
    for (k, claim) in claims.iter().enumerate() {
        if !candidate(k) || figures[k].headline || !claim_is_plain(r, k) || listed(k) {
            continue;
        }
        let Some(counts) = claim.counts.as_deref().filter(|c| r.lex.is_class(c)) else {
            continue;
        };
        let Some(&j) = first_of.get(counts) else {
            first_of.insert(counts, k);
            continue;
        };
        let at = r.ranges[k].0;
        let definite = at > 0 && r.w(at - 1) == "the" && figures[k].hedge.is_none();
        if !definite || linked.contains(&k) || figures[j].sentence == figures[k].sentence {
            continue;
        }
        let same_event = claim.event.is_none() || claim.event == claims[j].event;
        let same_time = claim.scope.is_empty() || claim.scope == claims[j].scope;
        let (a, b) = (owner(r, j), owner(r, k));
        let same_owner = a.is_empty() || b.is_empty() || a.iter().any(|n| b.contains(n));
        if same_event
            && same_time
            && same_owner
            && claim.qualifier == claims[j].qualifier
            && same_whole(r, j, k)
        {
            out.push(Relation::Restated { first: j, later: k });
        }
    }
}

/// A sum in the headline against the first sum in the body with the same currency and the
/// same event: "Beatles suits sell for $110,000" ... "have sold for $110,00".
fn money_headlines(r: &Reader, claims: &[Claim], out: &mut Vec<Relation>) {
    let figures = &r.parsed.figures;
    // a from-value is the old figure of a change ("up from £4.85"), never the headline's
    let from_value = |k: usize| {
        let first = r.ranges[k].0;
        first > 0 && r.w(first - 1) == "from"
    };
    // the event word stands just before the sum ("sells for $110,000", "sold for"): a
    // headline's other verbs ("£48m budget with 4.99% tax rise") say nothing of the sum
    let event_just_before = |k: usize| {
        let first = r.ranges[k].0;
        (first.saturating_sub(3)..first).any(|i| {
            r.lex.event_at(&r.parsed.lower, &r.parsed.tokens, i) == claims[k].event.as_deref()
        })
    };
    let money_key = |k: usize| {
        let f = &figures[k];
        (f.kind == FigureKind::Money && f.value.is_some() && !from_value(k) && event_just_before(k))
            .then(|| Some((f.unit.clone()?, claims[k].event.clone()?)))
            .flatten()
    };
    // a scale word lost in the headline: "Firm pays $620 in fine" over "$620
    // million": the same digits and currency, a thousand or million times apart
    let digits = |k: usize| {
        r.text[figures[k].span.range()]
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    for h in (0..figures.len()).filter(|&k| figures[k].headline) {
        let f = &figures[h];
        let (Some(unit), Some(v)) = (f.unit.as_ref(), f.value) else {
            continue;
        };
        if f.kind != FigureKind::Money || v <= 0.0 || money_key(h).is_some() {
            continue;
        }
        let body = (0..figures.len()).find(|&k| {
            let b = &figures[k];
            !b.headline
                && b.kind == FigureKind::Money
                && b.unit.as_ref() == Some(unit)
                && b.value.is_some_and(|bv| {
                    let ratio = bv / v;
                    [1e3, 1e6, 1e9].iter().any(|s| (ratio - s).abs() < 1e-6 * s)
                })
                && digits(k) == digits(h)
        });
        if let Some(body) = body {
            out.push(Relation::HeadlineBody { headline: h, body });
        }
    }
    let mut seen = rustc_hash::FxHashSet::default();
    for h in (0..figures.len()).filter(|&k| figures[k].headline) {
        let Some(key) = money_key(h) else { continue };
        if !seen.insert(key.clone()) {
            continue;
        }
        let body = (0..figures.len())
            .find(|&k| !figures[k].headline && money_key(k).as_ref() == Some(&key));
        if let Some(body) = body {
            out.push(Relation::HeadlineBody { headline: h, body });
        }
    }
}

/// A duration or a percentage in the headline against the first body figure of the same
/// kind, unit, event and counted thing, when the headline states the event right by it
/// ("jailed for 14 years" over "jailed for 42 years", "Sales rise 12%" over "sales rose
/// 21%"). A from-value is a change's old figure, never the headline's.
fn measure_headlines(r: &Reader, claims: &[Claim], out: &mut Vec<Relation>) {
    let figures = &r.parsed.figures;
    let event_near = |k: usize| {
        let (first, last) = r.ranges[k];
        let (start, bound) = r.sentence_bounds(k);
        let event = claims[k].event.as_deref();
        (first.saturating_sub(3).max(start)..first)
            .chain(last..(last + 2).min(bound))
            .any(|i| r.lex.event_at(&r.parsed.lower, &r.parsed.tokens, i) == event)
    };
    let measure_key = |k: usize| {
        let f = &figures[k];
        let first = r.ranges[k].0;
        let from_value = first > 0 && matches!(r.w(first - 1), "from" | "than");
        (matches!(f.kind, FigureKind::Duration | FigureKind::Percent)
            && f.value.is_some()
            && !from_value)
            .then(|| {
                Some((
                    f.kind,
                    f.unit.clone()?,
                    claims[k].event.clone()?,
                    claims[k].counts.clone(),
                ))
            })
            .flatten()
    };
    // what a headline percentage is of: the word before its event verb ("Fuel bills rise
    // 12%" → bill), past auxiliaries ("fares to fall 8%"); a percentage names no counted
    // thing of its own, and "rates increased to 2%" is no restatement of "the economy
    // grew 3.7%"
    let subject = |k: usize| -> Option<String> {
        let (first, _) = r.ranges[k];
        let (start, _) = r.sentence_bounds(k);
        let event = claims[k].event.as_deref();
        let verb = (first.saturating_sub(3).max(start)..first)
            .rev()
            .find(|&i| r.lex.event_at(&r.parsed.lower, &r.parsed.tokens, i) == event)?;
        (start..verb)
            .rev()
            .find(|&i| !SUBJECT_SKIP.contains(&r.w(i)))
            .filter(|&i| r.is_word(i))
            .map(|i| r.lex.lemma(r.w(i)))
    };
    let names_subject = |k: usize, subject: &str| {
        let (start, _) = r.sentence_bounds(k);
        (start..r.ranges[k].0).any(|i| r.is_word(i) && r.lex.lemma(r.w(i)) == subject)
    };
    let mut seen = rustc_hash::FxHashSet::default();
    for h in (0..figures.len()).filter(|&k| figures[k].headline) {
        let Some(key) = measure_key(h).filter(|_| event_near(h)) else {
            continue;
        };
        // two headline figures of one key: the headline compares, it restates nothing
        if !seen.insert(key.clone()) {
            continue;
        }
        let of = if figures[h].kind == FigureKind::Percent {
            match subject(h) {
                Some(s) => Some(s),
                None => continue,
            }
        } else {
            None
        };
        let body = (0..figures.len()).find(|&k| {
            !figures[k].headline
                && measure_key(k).as_ref() == Some(&key)
                && of.as_deref().is_none_or(|s| names_subject(k, s))
        });
        if let Some(body) = body {
            out.push(Relation::HeadlineBody { headline: h, body });
        }
    }
}

/// Words between a headline's subject and its verb ("fares to fall", "rates are set to
/// rise").
const SUBJECT_SKIP: &[&str] = &[
    "to", "will", "would", "could", "may", "might", "set", "are", "is", "was", "were", "has",
    "have", "had", "be", "been",
];

/// "8,000 people were evacuated. Of those evacuated, 9,500 ...": a figure in a sentence
/// that opens with "of those" is part of the set the earlier sentence counted.
fn subsets(r: &Reader, claims: &[Claim], out: &mut Vec<Relation>) {
    let figures = &r.parsed.figures;
    for (k, f) in figures.iter().enumerate() {
        if f.kind != FigureKind::Count || f.value.is_none() || f.headline {
            continue;
        }
        let s = &r.parsed.sentences[f.sentence as usize];
        let start = s.first as usize;
        let Some((cue, len)) =
            r.lex
                .relations
                .subset_cues
                .first_at(&r.parsed.lower, &r.parsed.tokens, start)
        else {
            continue;
        };
        let after_cue = start + len;
        if r.ranges[k].0 > after_cue + 6 {
            continue;
        }
        // what the cue names: an event ("of those evacuated"), a noun ("of the
        // evacuees"), or nothing ("of them": the last count before)
        let event = r
            .lex
            .event_at(&r.parsed.lower, &r.parsed.tokens, after_cue)
            .map(str::to_string);
        let noun = (cue == "of the").then(|| r.lex.lemma(r.w(after_cue)));
        // "of those displaced residents": the noun after the event word names the set too
        let noun_after_event = event
            .as_ref()
            .filter(|_| r.is_word(after_cue + 1))
            .map(|_| r.lex.lemma(r.w(after_cue + 1)));
        let set = (0..k)
            .rev()
            .take_while(|&j| figures[j].sentence + 3 >= f.sentence)
            .find(|&j| {
                figures[j].sentence < f.sentence
                    && figures[j].kind == FigureKind::Count
                    && figures[j].value.is_some()
                    && match (&event, &noun) {
                        (Some(e), _) => {
                            claims[j].event.as_deref() == Some(e.as_str())
                                || (noun_after_event.is_some()
                                    && claims[j].counts == noun_after_event)
                        }
                        (None, Some(n)) => claims[j].counts.as_deref() == Some(n.as_str()),
                        (None, None) => true,
                    }
            });
        if let Some(set) = set {
            out.push(Relation::Subset {
                part: k,
                set,
                cue: cue.to_string(),
            });
        }
    }
}

/// Stock and flows of one thing counted, per the invariants of `rules/balances.toml`.
fn balances(r: &Reader, claims: &[Claim], out: &mut Vec<Relation>) {
    let figures = &r.parsed.figures;
    for balance in &r.lex.balances {
        // the stock: the first count of the stock event; flows: counts of the same thing
        let Some(stock) = (0..claims.len()).find(|&k| {
            figures[k].kind == FigureKind::Count
                && figures[k].value.is_some()
                && !figures[k].headline
                && claims[k].event.as_deref() == Some(balance.stock.as_str())
                && claims[k].counts.is_some()
        }) else {
            continue;
        };
        let counts = claims[stock].counts.clone();
        // flows are told after the stock: "killed around 1,200 people, and 251 people were
        // taken" does not make the 1,200 a flow out of the 251
        let flows: Vec<usize> = (stock + 1..claims.len())
            .filter(|&k| {
                k != stock
                    && figures[k].kind == FigureKind::Count
                    && figures[k].value.is_some()
                    && !figures[k].headline
                    && claims[k].counts == counts
                    && claims[k]
                        .event
                        .as_deref()
                        .is_some_and(|e| balance.flows.iter().any(|f| f == e))
            })
            .collect();
        // one mention of each figure: restatements are not new flows
        let restated: rustc_hash::FxHashSet<usize> = out
            .iter()
            .filter_map(|rel| match rel {
                Relation::Restated { later, .. } => Some(*later),
                _ => None,
            })
            .collect();
        let flows: Vec<usize> = flows
            .into_iter()
            .filter(|k| !restated.contains(k))
            .collect();
        if flows.is_empty() {
            continue;
        }
        let complete = flows.iter().any(|&k| {
            let first = r.ranges[k].0;
            (first.saturating_sub(3)..first)
                .any(|i| r.any_phrase_at(i, &r.lex.closing_cues).is_some())
        });
        out.push(Relation::Balance {
            name: balance.name.clone(),
            stock,
            flows,
            complete,
        });
    }
}

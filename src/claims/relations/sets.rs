//! Sets counted in one sentence and named again in a later one by another noun: the doers
//! of its verb ("1,830 students applied" ... "2,120 of the applicants"; "41,250 runners
//! finished" ... "the 14,250 finishers"; "close 38 stores" ... "most of the closures, 42
//! stores"), its event ("injuring 23 people" ... "all 32 of the injured"), or its own noun
//! and verb ("1,204 participants were enrolled" ... "the 1,240 participants enrolled").
//!
//! A count with "of the SET" (or "among the SET," before it) is a part of the set; with
//! "all" before it, or "the" and the set's name after it, it is the set again. The set is
//! the nearest earlier count, at most five sentences back, that the name fits, with the
//! same time and place. Each figure tests the word after it (or the sentence's first
//! words) before any other work.

use super::super::{Claim, Reader, Relation};
use crate::parse::FigureKind;

/// The most sentences back the set may be counted.
const REACH_SENTENCES: u32 = 5;
/// The fewest letters two stems must share to name the same doing ("appl", "clos").
const STEM_MIN: usize = 4;

/// Reads the sets named again in later sentences.
pub(in crate::claims) fn sets(r: &Reader, claims: &[Claim], out: &mut Vec<Relation>) {
    let figures = &r.parsed.figures;
    for (k, f) in figures.iter().enumerate() {
        if f.kind != FigureKind::Count || f.value.is_none() || f.headline {
            continue;
        }
        let Some((name, naming, cue)) = set_name(r, k) else {
            continue;
        };
        // "the 14,250 finishers": the word after a definite count may be an adjective or a
        // verb ("the 10.6 mln outstanding shares", "the seven rose"), never an event's
        // people; and "the 10 mln shares" may be any shares: plain counts only
        let definite = naming == Naming::Definite;
        if definite && !plain(r, k) {
            continue;
        }
        let Some(set) = named_set(r, claims, k, name, !definite) else {
            continue;
        };
        // "Among the injured, 12 were children": a part in so many words, whatever a
        // link by counted thing and event made of it before
        if naming == Naming::Part {
            out.retain(|rel| !matches!(rel, Relation::Restated { later, .. } if *later == k));
        }
        let linked = out.iter().any(|rel| match rel {
            Relation::Restated { later, .. } => *later == k,
            Relation::Subset { part, .. } => *part == k,
            _ => false,
        });
        if linked {
            continue;
        }
        out.push(if naming != Naming::Part {
            Relation::Restated {
                first: set,
                later: k,
            }
        } else {
            Relation::Subset { part: k, set, cue }
        });
    }
}

/// How a count names its set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Naming {
    /// A part of it: "2,120 of the applicants", "Among the respondents, 13,150".
    Part,
    /// All of it: "all 32 of the injured".
    All,
    /// The set itself, by a definite description: "the 14,250 finishers".
    Definite,
}

/// The token that names the set figure `k` is counted in, how, and the words that said
/// so.
fn set_name(r: &Reader, k: usize) -> Option<(usize, Naming, String)> {
    let (first, last) = r.ranges[k];
    let (start, bound) = r.sentence_bounds(k);
    let words = &r.lex.relations;
    let cue = |from: usize, to: usize| (from..to).map(|i| r.w(i)).collect::<Vec<_>>().join(" ");
    // "2,120 of the applicants", "all 32 of the injured"
    if let Some((_, len)) = r.any_phrase_at(last, &words.set_openers) {
        let name = last + len;
        let naming = if first > start && words.set_all.contains(r.w(first - 1)) {
            Naming::All
        } else {
            Naming::Part
        };
        return (name < bound && r.is_word(name)).then(|| (name, naming, cue(last, name + 1)));
    }
    // "the 14,250 finishers", "of the 1,240 participants enrolled"
    if first > start && r.w(first - 1) == "the" && last < bound && r.is_word(last) {
        return Some((last, Naming::Definite, cue(first - 1, last + 1)));
    }
    // "Among the respondents, 13,150 ...", "Most of the closures, 42 stores, ..."
    let opened = (first.saturating_sub(5).max(start)..first).find_map(|i| {
        let (_, len) = r.any_phrase_at(i, &words.set_openers)?;
        let name = i + len;
        let apposed = (name + 1..first).all(|j| matches!(r.w(j), "," | "—" | "–" | "-"));
        (name < first && r.is_word(name) && apposed && name + 1 < first).then_some((i, name))
    });
    opened.map(|(i, name)| (name, Naming::Part, cue(i, name + 1)))
}

/// Whether a count is written without a scale word ("10.6 mln").
fn plain(r: &Reader, k: usize) -> bool {
    let (first, last) = r.ranges[k];
    !(first..last).any(|i| crate::parse::number_words::scale_suffix(r.raw(i), false).is_some())
}

/// The count before figure `k` that the word at token `name` names: by its counted noun,
/// its event, or the doers of its verb.
fn named_set(
    r: &Reader,
    claims: &[Claim],
    k: usize,
    name: usize,
    by_events: bool,
) -> Option<usize> {
    let figures = &r.parsed.figures;
    let f = &figures[k];
    let lemma = r.lex.lemma(r.w(name));
    let event = r
        .lex
        .event_at(&r.parsed.lower, &r.parsed.tokens, name)
        .filter(|_| by_events);
    let stem = doer_stem(r, r.w(name));
    let own_verbs: Vec<String> = verbs_of(r, k).map(|v| verb_stem(r, v)).collect();
    let set = (0..k)
        .rev()
        .take_while(|&j| figures[j].sentence + REACH_SENTENCES >= f.sentence)
        .filter(|&j| figures[j].sentence < f.sentence)
        .find(|&j| {
            let g = &figures[j];
            if g.kind != FigureKind::Count || g.value.is_none() || g.headline {
                return false;
            }
            let verbs: Vec<String> = verbs_of(r, j).map(|v| verb_stem(r, v)).collect();
            let by_doers = verbs.iter().any(|v| same_stem(&stem, v));
            let by_event = event.is_some() && claims[j].event.as_deref() == event;
            // the same noun names the same set only with the same doing
            let by_noun = claims[j].counts.as_deref() == Some(lemma.as_str())
                && verbs.iter().any(|v| own_verbs.contains(v));
            by_doers || by_event || by_noun
        })?;
    let (a, b) = (&claims[set].scope, &claims[k].scope);
    (b.is_empty() || a == b).then_some(set)
}

/// The words that may be the verb of figure `k`'s clause (no tagger says which): the word
/// just before it ("close 38 stores"), and the first word after its noun, past
/// auxiliaries, if it is a past form ("1,830 students applied", "participants were
/// enrolled"; not "10 proposed domains").
fn verbs_of<'a>(r: &Reader<'a>, k: usize) -> impl Iterator<Item = &'a str> {
    let (first, last) = r.ranges[k];
    let (start, bound) = r.sentence_bounds(k);
    let words = &r.lex.relations;
    let before = first
        .checked_sub(1)
        .filter(|&i| i >= start && r.is_word(i))
        .map(|i| r.w(i))
        .filter(|w| !words.determiners.contains(w) && !words.base_skip.contains(w));
    let mut i = last + usize::from(r.is_word(last));
    while i < bound.min(last + 4) && AUXILIARIES.contains(&r.w(i)) {
        i += 1;
    }
    let after = (i < bound && r.is_word(i) && r.w(i).ends_with("ed")).then(|| r.w(i));
    before.into_iter().chain(after).filter(|w| w.len() > 3)
}

/// Words between a count's noun and its verb: "participants were enrolled".
const AUXILIARIES: &[&str] = &["were", "was", "have", "had", "has", "been", "are", "is"];

/// A noun stripped of its doer's ending: "applicants" → "applic", "finishers" → "finish".
fn doer_stem(r: &Reader, noun: &str) -> String {
    strip(noun, &r.lex.relations.agent_suffixes)
}

/// A verb stripped of its ending: "applied" → "appl", "closed" → "clos".
fn verb_stem(r: &Reader, verb: &str) -> String {
    strip(verb, &r.lex.relations.verb_suffixes)
}

fn strip(word: &str, suffixes: &[String]) -> String {
    suffixes
        .iter()
        .find_map(|s| {
            word.strip_suffix(s.as_str())
                .filter(|rest| rest.len() >= STEM_MIN - 1)
        })
        .unwrap_or(word)
        .to_string()
}

/// Whether two stems name one doing: one begins the other, and they share at least
/// [`STEM_MIN`] letters ("applic" and "appl", "finish" and "finish").
fn same_stem(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= STEM_MIN && long.starts_with(short)
}

#[cfg(test)]
mod tests {
    use crate::claims::relations::tests::{figures_of, one};

    #[test]
    fn a_part_named_by_the_doers_or_the_event_of_an_earlier_count() {
        for (text, want) in [
            (
                "Some 640 firms tendered for the contracts. Only 90 of the tenderers were shortlisted.",
                ["Only 90", "Some 640"],
            ),
            (
                "The airline will cancel 300 flights in May. Most of the cancellations, 210 flights, are on short routes.",
                ["210", "300"],
            ),
            (
                "A storm injured 45 people in the port. Among the injured, 12 were children.",
                ["12", "45"],
            ),
        ] {
            assert_eq!(figures_of(text, "subset"), one(&want), "{text}");
        }
    }

    #[test]
    fn the_set_named_again_is_a_restatement() {
        for (text, want) in [
            (
                "A fire injured 17 workers at the mill. All 17 of the injured were treated.",
                ["17", "17"],
            ),
            (
                "In all 8,900 riders finished the sportive. The 8,900 finishers got a medal.",
                ["8,900", "8,900"],
            ),
            (
                "Overall 512 patients were recruited at six clinics. Of the 512 patients recruited, 480 stayed.",
                ["512", "512"],
            ),
        ] {
            assert!(
                figures_of(text, "restated").contains(&one(&want)[0]),
                "{text}"
            );
        }
    }

    #[test]
    fn another_set_is_not_read() {
        for text in [
            // another year
            "In 2022, 300 students applied. In 2023, 400 of the applicants were offered places.",
            // a noun with another doing
            "The firm employs 200 engineers. The 300 engineers it trained left.",
            // a noun no count named
            "Police arrested 40 people. Only 90 of the officers were armed.",
        ] {
            assert!(figures_of(text, "subset").is_empty(), "{text}");
            assert!(figures_of(text, "restated").is_empty(), "{text}");
        }
    }
}

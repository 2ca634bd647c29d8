//! A headline's percentage or sum against the body's for the same named measure: "Turnout
//! hits 77%" over "Turnout in Thursday's election was 71.3%"; "Grocer's profit falls to
//! £140m" over "pre-tax profit fell to £412 million". A headline names its measure in its
//! first words; the body figure is the first of the same kind and unit, and only when the
//! same word stands shortly before it (and, for a sum, a change of the same way).

use super::super::{Claim, Reader, Relation};
use crate::parse::FigureKind;

/// The most tokens before a headline figure that name its measure: "Grocer's profit falls
/// to".
const HEAD_WORDS: usize = 6;
/// The most tokens between the measure's name and the body's figure: "Turnout in
/// Thursday's mayoral election was 71.3%".
const BODY_REACH: usize = 10;

/// Links each headline percentage or sum of a named measure with its first body figure.
pub(in crate::claims) fn headline_named(r: &Reader, claims: &[Claim], out: &mut Vec<Relation>) {
    let figures = &r.parsed.figures;
    let level = |k: usize| {
        let f = &figures[k];
        let first = r.ranges[k].0;
        let change = match f.kind {
            // a percentage that rose or fell is the change, not the level
            FigureKind::Percent => {
                f.unit.as_deref() != Some("%")
                    || matches!(claims[k].event.as_deref(), Some("rose" | "fell"))
            }
            FigureKind::Money => false,
            _ => return false,
        };
        // a change's old value or its amount is another figure than the level
        f.value.is_some()
            && !change
            && !(first > 0 && matches!(r.w(first - 1), "from" | "by" | "than" | "of"))
    };
    for kind in [FigureKind::Percent, FigureKind::Money] {
        let heads: Vec<usize> = (0..figures.len())
            .filter(|&k| figures[k].headline && figures[k].kind == kind)
            .collect();
        // a headline of two such figures compares them
        let [h] = heads[..] else { continue };
        if !level(h)
            || out
                .iter()
                .any(|rel| matches!(rel, Relation::HeadlineBody { headline, .. } if *headline == h))
        {
            continue;
        }
        let names = measure_names(r, h);
        if names.is_empty() {
            continue;
        }
        let unit = &figures[h].unit;
        let body = (0..figures.len())
            .find(|&k| !figures[k].headline && figures[k].kind == kind && &figures[k].unit == unit);
        let Some(b) = body.filter(|&b| level(b)) else {
            continue;
        };
        // sums are many in a story: a headline's sum meets the body's only as the level a
        // change went to, both ways alike ("profit falls to £140m" ... "profit fell to")
        if kind == FigureKind::Money && !(moved(r, h).is_some() && moved(r, h) == moved(r, b)) {
            continue;
        }
        let (bstart, _) = r.sentence_bounds(b);
        let at = r.ranges[b].0;
        let named = (at.saturating_sub(BODY_REACH).max(bstart)..at)
            .any(|i| r.is_word(i) && names.contains(&r.lex.lemma(r.w(i))));
        if named {
            out.push(Relation::HeadlineBody {
                headline: h,
                body: b,
            });
        }
    }
}

/// Which way a change word just before figure `k` goes ("falls to £140m": down).
fn moved(r: &Reader, k: usize) -> Option<bool> {
    let first = r.ranges[k].0;
    let (start, _) = r.sentence_bounds(k);
    (first.saturating_sub(2).max(start)..first).find_map(|i| r.lex.relations.direction(r.w(i)))
}

/// The words a headline names figure `h`'s measure by: its first words, less determiners,
/// change words and short words ("Grocer's profit falls to" → grocer, profit).
fn measure_names(r: &Reader, h: usize) -> Vec<String> {
    let (start, _) = r.sentence_bounds(h);
    let first = r.ranges[h].0;
    if first <= start || first - start > HEAD_WORDS {
        return Vec::new();
    }
    let words = &r.lex.relations;
    (start..first)
        .filter(|&i| {
            let w = r.w(i);
            r.is_word(i)
                && w.len() > 3
                && !words.determiners.contains(w)
                && words.direction(w).is_none()
                && r.lex.event(w).is_none()
        })
        .map(|i| {
            r.lex
                .lemma(r.w(i).trim_end_matches("'s").trim_end_matches("’s"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::claims::relations::tests::{figures_of, one};

    fn headline(text: &str) -> Vec<Vec<String>> {
        let doc = crate::source::Document::from_format(
            "t.md",
            text,
            crate::source::InputFormat::Markdown,
        );
        let (parsed, claims) = crate::read(&doc, &crate::config::Config::default());
        let _ = figures_of;
        claims
            .relations
            .iter()
            .filter_map(|rel| match rel {
                crate::claims::Relation::HeadlineBody { headline, body } => Some(
                    [*headline, *body]
                        .iter()
                        .map(|&k| doc.text[parsed.figures[k].span.range()].to_string())
                        .collect(),
                ),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_named_measure_in_the_headline_meets_its_body_figure() {
        for (text, want) in [
            (
                "# Attendance reaches 96%\n\nAttendance at the county's schools was 93.4% in the spring term.\n",
                ["96%", "93.4%"],
            ),
            (
                "# Vaccine uptake at 81%\n\nUptake of the jab in care homes stood at 18% by Friday.\n",
                ["81%", "18%"],
            ),
            (
                "# Occupancy hits 64%\n\nHotel occupancy across the city was 46% in August, the tourist board said.\n",
                ["64%", "46%"],
            ),
            (
                "# Club's debt climbs to £90m\n\nThe club's debt rose to £19m at the end of June, its accounts show.\n",
                ["£90m", "£19m"],
            ),
        ] {
            assert_eq!(headline(text), one(&want), "{text}");
        }
    }

    #[test]
    fn another_measure_or_a_change_is_not_read() {
        for text in [
            "# Turnout hits 77%\n\nSupport for the mayor was 52% among those who voted.\n",
            "# Turnout hits 77%\n\nTurnout rose 4% from the last election.\n",
            "# Minimum pay rises to £9\n\nAdults must be paid at least £8 an hour; unions want pay of £10.\n",
        ] {
            assert!(headline(text).is_empty(), "{text}");
        }
    }
}

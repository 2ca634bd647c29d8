//! What bounds a figure's quantity in time and place, and who gives it: read once per
//! sentence and shared by its figures.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::reader::Reader;
use crate::parse::wordfilter::WordFilter;

/// How a word opens a time or place phrase of a sentence's scope.
#[derive(Debug, Clone, Copy)]
enum TimeWord {
    /// With the word after it: any ("last year", "this week"), or one of these ("so far",
    /// "a year").
    Before(Option<&'static [&'static str]>),
    /// "before the offering", "after the merger": another moment.
    Moment,
    /// On its own: weekdays, "yesterday", "annually".
    Alone,
    /// "has killed tens of thousands": a running total, not one event's count.
    RunningTotal,
    /// "in Paris", "across Europe": with a capitalised name after it.
    Place,
}

/// The words that open a time or place phrase, and how.
const TIME_WORD_LIST: &[(&str, TimeWord)] = &[
    ("so", TimeWord::Before(Some(&["far"]))),
    ("to", TimeWord::Before(Some(&["date"]))),
    ("last", TimeWord::Before(None)),
    ("this", TimeWord::Before(None)),
    ("next", TimeWord::Before(None)),
    ("first", TimeWord::Before(None)),
    ("second", TimeWord::Before(None)),
    ("previous", TimeWord::Before(None)),
    ("each", TimeWord::Before(None)),
    ("every", TimeWord::Before(None)),
    ("per", TimeWord::Before(None)),
    (
        "a",
        TimeWord::Before(Some(&["year", "day", "week", "month"])),
    ),
    ("before", TimeWord::Moment),
    ("after", TimeWord::Moment),
    ("monday", TimeWord::Alone),
    ("tuesday", TimeWord::Alone),
    ("wednesday", TimeWord::Alone),
    ("thursday", TimeWord::Alone),
    ("friday", TimeWord::Alone),
    ("saturday", TimeWord::Alone),
    ("sunday", TimeWord::Alone),
    ("weekend", TimeWord::Alone),
    ("morning", TimeWord::Alone),
    ("afternoon", TimeWord::Alone),
    ("evening", TimeWord::Alone),
    ("night", TimeWord::Alone),
    ("has", TimeWord::RunningTotal),
    ("have", TimeWord::RunningTotal),
    ("yesterday", TimeWord::Alone),
    ("today", TimeWord::Alone),
    ("tonight", TimeWord::Alone),
    ("overnight", TimeWord::Alone),
    ("annually", TimeWord::Alone),
    ("later", TimeWord::Alone),
    ("initially", TimeWord::Alone),
    ("originally", TimeWord::Alone),
    ("now", TimeWord::Alone),
    ("since", TimeWord::Alone),
    ("earlier", TimeWord::Alone),
    ("previously", TimeWord::Alone),
    ("currently", TimeWord::Alone),
    ("already", TimeWord::Alone),
    ("daily", TimeWord::Alone),
    ("weekly", TimeWord::Alone),
    ("monthly", TimeWord::Alone),
    ("yearly", TimeWord::Alone),
    ("in", TimeWord::Place),
    ("across", TimeWord::Place),
    ("throughout", TimeWord::Place),
    ("outside", TimeWord::Place),
    ("inside", TimeWord::Place),
    ("from", TimeWord::Place),
];

/// [`TIME_WORD_LIST`] by word: the scope reader asks it of every word of a sentence.
static TIME_WORDS: LazyLock<FxHashMap<&'static str, TimeWord>> =
    LazyLock::new(|| TIME_WORD_LIST.iter().copied().collect());

/// The fingerprints of [`TIME_WORD_LIST`]: most words are ruled out before hashing.
static TIME_WORD_FILTER: LazyLock<WordFilter> =
    LazyLock::new(|| WordFilter::new(TIME_WORD_LIST.iter().map(|(w, _)| w)));

impl Reader<'_> {
    /// The time and place words of a sentence: weekdays and time phrases ("so far",
    /// "last year") and "in <Place>". Read once per sentence.
    pub(super) fn sentence_scope(&self, start: usize, bound: usize) -> Vec<String> {
        let mut scope = Vec::new();
        for i in start..bound {
            let w = self.w(i);
            if !TIME_WORD_FILTER.may_contain(w.as_bytes()) {
                continue;
            }
            let Some(rule) = TIME_WORDS.get(w) else {
                continue;
            };
            let next = self.w(i + 1);
            let time = match rule {
                TimeWord::Before(None) => Some(format!("{w} {next}")),
                TimeWord::Before(Some(nexts)) => {
                    nexts.contains(&next).then(|| format!("{w} {next}"))
                }
                TimeWord::Moment => (next == "the").then(|| format!("{w} the {}", self.w(i + 2))),
                TimeWord::Alone => Some(w.to_string()),
                TimeWord::RunningTotal => Some("so far".to_string()),
                TimeWord::Place => self
                    .raw(i + 1)
                    .starts_with(char::is_uppercase)
                    .then(|| format!("{w} {next}")),
            };
            scope.extend(time);
        }
        scope
    }

    /// Who the sentence says gives figure `k`: "police said", "according to organisers".
    pub(super) fn source(&self, k: usize) -> Option<String> {
        let (start, bound) = self.sentence_bounds(k);
        for i in start..bound {
            let w = self.w(i);
            if matches!(
                w,
                "said" | "says" | "say" | "claimed" | "estimated" | "reported"
            ) && i > start
            {
                let subject = self.w(i - 1);
                if subject.len() > 2
                    && !matches!(
                        subject,
                        "has"
                            | "have"
                            | "had"
                            | "was"
                            | "were"
                            | "is"
                            | "it"
                            | "he"
                            | "she"
                            | "they"
                            | "we"
                            | "also"
                    )
                {
                    return Some(subject.to_string());
                }
            }
            if w == "according" && self.w(i + 1) == "to" {
                let mut j = i + 2;
                while matches!(self.w(j), "the" | "a" | "its" | "their") {
                    j += 1;
                }
                return Some(self.w(j).to_string());
            }
        }
        None
    }
}

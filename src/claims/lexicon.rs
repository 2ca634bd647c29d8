//! The claims stage's lexicons: event words (`rules/events.toml`) and noun lemmas and
//! synonyms (`rules/nouns.toml`), compiled in and overridable with `--rules DIR`.

use std::path::Path;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use super::phrases::{Phrases, Words};
use super::relation_file::RelationFile;
use crate::error::Result;
use crate::parse::Token;
use crate::parse::lexicon::PhraseIndex;
use crate::rulefile::{parse_toml, read_override, value_error};

const EVENTS: &str = include_str!("../../rules/events.toml");
const NOUNS: &str = include_str!("../../rules/nouns.toml");
const BALANCES: &str = include_str!("../../rules/balances.toml");
const RELATIONS: &str = include_str!("../../rules/relations.toml");

type WordSet = rustc_hash::FxHashSet<String>;

fn word_set(words: Vec<String>) -> WordSet {
    words.into_iter().map(|w| w.to_lowercase()).collect()
}

/// The words that state relations (`rules/relations.toml`): which way a change goes, what
/// makes a from/to pair a range, what ends a clause.
#[derive(Debug, Clone, Default)]
pub struct RelationWords {
    /// Verbs and adverbs of a rise ("rose", "up").
    pub up: WordSet,
    /// Verbs and adverbs of a fall ("fell", "down").
    pub down: WordSet,
    /// Nouns naming a rise ("increase").
    pub nouns_up: WordSet,
    /// Nouns naming a fall ("drop").
    pub nouns_down: WordSet,
    /// A word before "from A to B" that makes it a range ("ranging").
    pub range: WordSet,
    /// Words that make a stated change another measure than its pair ("basis").
    pub qualifiers: WordSet,
    /// Words that end a clause ("while", ";").
    pub clause_ends: WordSet,
    /// Multiplier words and their factors ("doubled" = 2).
    pub multipliers: FxHashMap<String, f64>,
    /// Hedges before a multiplier word that make its factor a lower bound ("more than
    /// doubled").
    pub(crate) multiplier_at_least: Phrases,
    /// Hedges that put the ratio a little short of the factor ("nearly tripled").
    pub(crate) multiplier_nearly: Phrases,
    /// Hedges that make the factor an upper bound ("less than doubled").
    pub(crate) multiplier_at_most: Phrases,
    /// Words that alone say when a level was ("now"), after a change's colon.
    pub(crate) level_time_alone: Phrases,
    /// Words that open a level's time ("this", "last"), with one of
    /// [`Self::level_time_nouns`] after them.
    pub(crate) level_time_determiners: Phrases,
    /// Nouns of a level's time ("summer", "year").
    pub(crate) level_time_nouns: Words,
    /// How far short of the factor "nearly" reaches: "nearly tripled" is 0.85 × 3 to 3 (and
    /// the plain word's tolerance above).
    pub(crate) multiplier_nearly_factor: f64,
    /// Cues after a total that close its parts ("in all").
    pub(crate) total_after: Phrases,
    /// Every beginning of a [`Self::total_after`] cue as written ("in", "all", "alt"): a
    /// noun phrase after a total ends at one.
    pub(crate) total_after_starts: Words,
    /// Cues before a total ("a total of").
    pub(crate) total_before: Phrases,
    /// Cues after a total that open all its parts ("made up of").
    pub(crate) total_made_of: Phrases,
    /// Words anywhere in a clause that make its figures totals ("overall", "in all"): a
    /// figure of another sentence may be a part of one rather than the same quantity.
    pub(crate) total_marks: Phrases,
    /// Cues after a total that open some of its parts ("including").
    pub(crate) including: Phrases,
    /// Words that make a sum a net figure ("loss").
    pub(crate) net: Words,
    /// Words between two parts of a list that end it ("rest", "with"), besides the clause
    /// ends and the comparison words: see [`Self::ends_list`].
    pub(crate) list_ends: Words,
    /// Words that place shares in groups of a split ("backed").
    pub(crate) partition_cues: Words,
    /// Words that make shares overlap or change ("rose").
    pub(crate) partition_overlap: Words,
    /// Words before a last share that make it what the others leave ("remaining").
    pub(crate) partition_rest: Words,
    /// Determiners ("the", "its").
    pub(crate) determiners: Words,
    /// Determiners and the other words between "of" and a base count ("remaining").
    pub(crate) base_skip: Words,
    /// Words that name the whole a share is of ("total").
    pub(crate) whole: Words,
    /// Openings that make a figure part of a set counted earlier ("of those").
    pub(crate) subset_cues: Phrases,
    /// Words that set a figure against another ("versus").
    pub(crate) comparison: Words,
    /// Capitalised words that open sentences without naming anyone, determiners included.
    pub(crate) starters: Words,
    /// Words just before a duration that make it the span of the sentence's years ("a span
    /// of").
    pub(crate) span_cues: Phrases,
    /// Words just before the stock of an account ("had", "with").
    pub(crate) stock_before: Words,
    /// Words right after a count that close an account ("remain").
    pub(crate) closing_after: Phrases,
    /// Words that bring something into an account ("added", "bought").
    pub(crate) inflows: Words,
    /// Words after a flow that make it part of another ("of them").
    pub(crate) nested: Phrases,
    /// Words that open a set named by a noun ("of the", "among the").
    pub(crate) set_openers: Phrases,
    /// Words before a count that make it all of a set ("all").
    pub(crate) set_all: Words,
    /// Endings of nouns that name the doers of a verb ("ants": applicants).
    pub(crate) agent_suffixes: Vec<String>,
    /// Endings of verbs ("ed": applied).
    pub(crate) verb_suffixes: Vec<String>,
    /// Words after a count in apposition that make it exactly the amount before
    /// ("to be exact").
    pub(crate) apposed_exact: Phrases,
    /// Words between a total and the parts listed after it (":", ", with").
    pub(crate) list_openers: Phrases,
}

impl RelationWords {
    /// Reads `rules/relations.toml` (or a file of its shape); `name` is for error messages.
    /// Its cue lists are split and hashed here, once.
    pub fn from_source(name: &str, text: &str) -> Result<RelationWords> {
        let mut file: RelationFile = parse_toml(name, text)?;
        // a user's file written before a section or list existed: the built-in one stands in
        if file.lacks_any() {
            file.fill_from(parse_toml("rules/relations.toml", RELATIONS)?);
        }
        let (
            Some(totals),
            Some(including),
            Some(partition),
            Some(words),
            Some(restatements),
            Some(spans),
            Some(accounts),
            Some(sets),
            Some(hedges),
            Some(levels),
        ) = (
            file.totals,
            file.including,
            file.partition,
            file.words,
            file.restatements,
            file.spans,
            file.accounts,
            file.sets,
            file.multiplier_hedges,
            file.levels,
        )
        else {
            return Err(missing_section(name));
        };
        // every beginning of an after-total cue, as the noun-phrase reader has always
        // compared them (a token is a beginning of the cue's text)
        let total_after_starts = Words::new(totals.after.iter().flat_map(|cue| {
            let cue = cue.to_lowercase();
            (1..=cue.len())
                .filter(|&n| cue.is_char_boundary(n))
                .map(|n| cue[..n].to_string())
                .collect::<Vec<_>>()
        }));
        let nearly_factor = *hedges.nearly_factor.get_ref();
        if !(nearly_factor > 0.0 && nearly_factor <= 1.0) {
            return Err(value_error(
                name,
                text,
                hedges.nearly_factor.span().start,
                "nearly_factor",
                "must be a number above 0 and at most 1",
            ));
        }
        let c = file.change;
        Ok(RelationWords {
            multiplier_at_least: Phrases::new(&hedges.at_least),
            multiplier_nearly: Phrases::new(&hedges.nearly),
            multiplier_at_most: Phrases::new(&hedges.at_most),
            multiplier_nearly_factor: nearly_factor,
            level_time_alone: Phrases::new(&levels.alone),
            level_time_determiners: Phrases::new(&levels.determiners),
            level_time_nouns: Words::new(&levels.nouns),
            total_marks: Phrases::new(totals.marks.iter().flatten()),
            total_after: Phrases::new(&totals.after),
            total_after_starts,
            total_before: Phrases::new(&totals.before),
            total_made_of: Phrases::new(totals.made_of.iter().flatten()),
            including: Phrases::new(&including.cues),
            net: Words::new(&including.net),
            list_ends: Words::new(including.list_ends.iter().flatten()),
            partition_cues: Words::new(&partition.cues),
            partition_overlap: Words::new(&partition.overlap),
            partition_rest: Words::new(partition.rest.iter().flatten()),
            determiners: Words::new(&words.determiners),
            base_skip: Words::new(words.determiners.iter().chain(&words.base_skip)),
            whole: Words::new(&words.whole),
            subset_cues: Phrases::new(&restatements.subset_cues),
            comparison: Words::new(&restatements.comparison),
            starters: Words::new(words.determiners.iter().chain(&restatements.starters)),
            span_cues: Phrases::new(&spans.cues),
            stock_before: Words::new(&accounts.stock_before),
            closing_after: Phrases::new(&accounts.closing_after),
            inflows: Words::new(&accounts.inflows),
            nested: Phrases::new(&accounts.nested),
            set_openers: Phrases::new(&sets.openers),
            set_all: Words::new(&sets.all),
            agent_suffixes: sets.agent_suffixes,
            verb_suffixes: sets.verb_suffixes,
            apposed_exact: Phrases::new(&sets.apposed_exact),
            list_openers: Phrases::new(&sets.list_openers),
            up: word_set(c.up),
            down: word_set(c.down),
            nouns_up: word_set(c.nouns_up),
            nouns_down: word_set(c.nouns_down),
            range: word_set(c.range),
            qualifiers: word_set(c.qualifiers),
            clause_ends: word_set(c.clause_ends),
            multipliers: file.multipliers,
        })
    }

    /// Whether `word`, between two parts of a list, ends it: what is left ("the rest"), a
    /// clause of another whole ("with total imports"), a clause end ("while", ";") or a
    /// comparison ("versus"). The list readers (including, breakdown, listed parts) share it.
    pub(crate) fn ends_list(&self, word: &str) -> bool {
        self.list_ends.contains(word)
            || self.clause_ends.contains(word)
            || self.comparison.contains(word)
    }

    /// Which way a change word points: `Some(true)` up, `Some(false)` down.
    pub fn direction(&self, word: &str) -> Option<bool> {
        if self.up.contains(word) || self.nouns_up.contains(word) {
            Some(true)
        } else if self.down.contains(word) || self.nouns_down.contains(word) {
            Some(false)
        } else {
            None
        }
    }
}

/// The error of a built-in file that lacks a section (never, as tested).
fn missing_section(name: &str) -> crate::Error {
    crate::Error::new(crate::ErrorKind::RuleFile {
        path: name.to_string(),
        line: 1,
        key: None,
        message: "a section of the built-in file is missing".to_string(),
    })
}

/// A stock-and-flow invariant: the stock event's count is at least the flows' sum.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Balance {
    pub name: String,
    pub stock: String,
    pub flows: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BalanceFile {
    closing: Vec<String>,
    balance: Vec<Balance>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventFile {
    events: FxHashMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NounFile {
    irregular: FxHashMap<String, String>,
    synonyms: FxHashMap<String, String>,
    /// May be left out of a user's file (one written before it existed): the built-in
    /// one stands in.
    phrase: Option<NounPhraseFile>,
    /// May be left out too: the built-in one stands in.
    wholes: Option<WholesFile>,
    /// As `phrase`.
    measures: Option<MeasureFile>,
}

/// The words that say whose a count is when no name does: places by level, groups.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct WholesFile {
    places: FxHashMap<String, String>,
    groups: Vec<String>,
}

/// Counted nouns that are units of a measure of something else ("points").
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureFile {
    nouns: Vec<String>,
}

/// The words around a counted noun.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NounPhraseFile {
    skip: Vec<String>,
    ends: Vec<String>,
}

/// Event words and noun lemmas.
#[derive(Debug, Clone)]
pub struct ClaimLexicon {
    /// One-word event words → class.
    events: FxHashMap<String, String>,
    /// Event words and phrases ("killed", "death toll", "lost their lives"), each meaning
    /// its class (an index into `event_classes`), found longest first with the phrase
    /// matcher, so that "lost their jobs" is not read as the start of "lost their lives".
    event_phrases: PhraseIndex<u16>,
    /// The classes of the event words and phrases.
    event_classes: Vec<String>,
    irregular: FxHashMap<String, String>,
    synonyms: FxHashMap<String, String>,
    /// Words that may stand between a figure and the noun it counts ("remaining").
    pub(crate) noun_skip: Words,
    /// Words that end a noun phrase: a figure before one counts nothing named ("were").
    pub(crate) noun_ends: Words,
    /// Words that name the level of a place ("state", "nationwide") → the whole they name.
    pub(crate) whole_places: FxHashMap<String, String>,
    /// Nouns that name a group by the word before them ("arm", "group").
    pub(crate) whole_groups: Words,
    /// Counted nouns that are units of a measure of something else ("point"): such a
    /// count is one quantity with another only when both name the same owner.
    pub(crate) measures: Words,
    /// Stock-and-flow invariants.
    pub balances: Vec<Balance>,
    /// Words that close an account ("leaving", "the rest").
    pub closing: Vec<String>,
    /// [`Self::closing`] for the phrase matcher, indexed once.
    pub(crate) closing_cues: Phrases,
    /// Words that state relations (`rules/relations.toml`).
    pub relations: RelationWords,
}

impl ClaimLexicon {
    /// The lexicons compiled into the binary.
    pub fn builtin() -> &'static ClaimLexicon {
        static BUILTIN: std::sync::OnceLock<ClaimLexicon> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(|| {
            ClaimLexicon::from_sources(
                ("rules/events.toml", EVENTS),
                ("rules/nouns.toml", NOUNS),
                ("rules/balances.toml", BALANCES),
            )
            .unwrap_or_else(|e| panic!("built-in rules are valid (tested): {e}"))
        })
    }

    /// The built-in lexicons with `events.toml`, `nouns.toml` or `balances.toml` in `dir`
    /// replacing theirs.
    pub fn with_overrides(dir: &Path) -> Result<ClaimLexicon> {
        let e = read_override(dir, "events.toml", EVENTS)?;
        let n = read_override(dir, "nouns.toml", NOUNS)?;
        let b = read_override(dir, "balances.toml", BALANCES)?;
        let r = read_override(dir, "relations.toml", RELATIONS)?;
        let mut lex = ClaimLexicon::from_sources((&e.0, &e.1), (&n.0, &n.1), (&b.0, &b.1))?;
        lex.relations = RelationWords::from_source(&r.0, &r.1)?;
        Ok(lex)
    }

    /// Builds the lexicons from the three files' contents; the relation words are the
    /// built-in ones.
    pub fn from_sources(
        events: (&str, &str),
        nouns: (&str, &str),
        balances: (&str, &str),
    ) -> Result<ClaimLexicon> {
        let ev: EventFile = parse_toml(events.0, events.1)?;
        let no: NounFile = parse_toml(nouns.0, nouns.1)?;
        let ba: BalanceFile = parse_toml(balances.0, balances.1)?;
        let (phrase, measures) = match (no.phrase, no.measures) {
            (Some(p), Some(m)) => (p, m),
            (p, m) => {
                let builtin = parse_toml::<NounFile>("rules/nouns.toml", NOUNS)?;
                (
                    p.or(builtin.phrase)
                        .ok_or_else(|| missing_section(nouns.0))?,
                    m.or(builtin.measures)
                        .ok_or_else(|| missing_section(nouns.0))?,
                )
            }
        };
        let wholes = match no.wholes {
            Some(w) => w,
            None => parse_toml::<NounFile>("rules/nouns.toml", NOUNS)?
                .wholes
                .unwrap_or_default(),
        };
        let mut lex = ClaimLexicon {
            whole_places: wholes.places,
            whole_groups: Words::new(&wholes.groups),
            events: FxHashMap::default(),
            event_phrases: PhraseIndex::default(),
            event_classes: Vec::new(),
            irregular: no.irregular,
            synonyms: no.synonyms,
            noun_skip: Words::new(&phrase.skip),
            noun_ends: Words::new(&phrase.ends),
            measures: Words::new(&measures.nouns),
            balances: ba.balance,
            closing_cues: Phrases::new(&ba.closing),
            closing: ba.closing,
            relations: RelationWords::from_source("rules/relations.toml", RELATIONS)?,
        };
        // phrases of two words or more, in a fixed order (by phrase, then class) so that a
        // phrase listed under two classes always reads the same (the map's order is not
        // stable): the matcher keeps the order added among phrases of one length
        let mut phrases: Vec<(String, String)> = Vec::new();
        for (class, words) in ev.events {
            for w in words {
                let w = w.to_lowercase();
                let parts: Vec<&str> = w.split_whitespace().collect();
                match parts.as_slice() {
                    [one] => {
                        lex.events.insert((*one).to_string(), class.clone());
                    }
                    [_, _, ..] => phrases.push((parts.join(" "), class.clone())),
                    [] => {}
                }
            }
        }
        phrases.sort();
        // then each single word with the class it kept, so that one lookup of a token
        // finds its phrases and itself alike (a phrase, being longer, comes first)
        let mut singles: Vec<(&String, &String)> = lex.events.iter().collect();
        singles.sort();
        let phrases: Vec<(String, String)> = phrases
            .into_iter()
            .chain(singles.into_iter().map(|(w, c)| (w.clone(), c.clone())))
            .collect();
        for (phrase, class) in phrases {
            let id = match lex.event_classes.iter().position(|c| *c == class) {
                Some(id) => id,
                None => {
                    lex.event_classes.push(class);
                    lex.event_classes.len() - 1
                }
            };
            lex.event_phrases.add(&phrase, id as u16);
        }
        lex.event_phrases.sort();
        Ok(lex)
    }

    /// The event class of a lower-case word.
    pub fn event(&self, word: &str) -> Option<&str> {
        self.events.get(word).map(String::as_str)
    }

    /// The event class of the word or phrase starting at token `i`: the longest phrase
    /// that matches wins ("lost their jobs" over "lost"), then the word alone.
    pub fn event_at(&self, lower: &str, tokens: &[Token], i: usize) -> Option<&str> {
        let m = self.event_phrases.match_at(lower, tokens, i, |_| true)?;
        Some(&self.event_classes[m.kind as usize])
    }

    /// Whether a lemma names a class of counted things that other nouns map to in
    /// `rules/nouns.toml` ("person" for victims and passengers, "job" for posts): the
    /// things a definite description ("the 17 victims") may refer back to.
    pub fn is_class(&self, lemma: &str) -> bool {
        self.synonyms.values().any(|c| c == lemma)
    }

    /// The lemma of a lower-case noun, mapped through the synonyms: "hostages" → hostage,
    /// "people" → person, "captives" → hostage.
    ///
    /// ```
    /// let lex = figcheck::claims::ClaimLexicon::builtin();
    /// assert_eq!(lex.lemma("hostages"), "hostage");
    /// assert_eq!(lex.lemma("people"), "person");
    /// assert_eq!(lex.lemma("casualties"), "casualty");
    /// ```
    pub fn lemma(&self, word: &str) -> String {
        let word = word.trim_end_matches(['\'', '’']);
        let base = if let Some(irr) = self.irregular.get(word) {
            irr.clone()
        } else if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() >= 3) {
            format!("{stem}y")
        } else if let Some(stem) = ["ches", "shes", "sses", "xes"]
            .iter()
            .find_map(|suf| word.strip_suffix(suf).map(|s| (s, &suf[..suf.len() - 2])))
        {
            format!("{}{}", stem.0, stem.1)
        } else if word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && !word.ends_with("is")
            && word.len() > 3
        {
            word[..word.len() - 1].to_string()
        } else {
            word.to_string()
        };
        self.synonyms.get(&base).cloned().unwrap_or(base)
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::relations::tests::read;

    /// The event the claims stage reads for the first figure of `text`.
    fn event_of(text: &str) -> Option<String> {
        let (_, claims) = read(text);
        claims.claims.first().and_then(|c| c.event.clone())
    }

    #[test]
    fn phrases_of_any_length_longest_first() {
        let cases = [
            (
                "Some 200 workers lost their jobs at the plant.",
                Some("cut"),
            ),
            (
                "About 1,500 staff lost their job when it closed.",
                Some("cut"),
            ),
            (
                "Some 40 people lost their lives in the flood.",
                Some("killed"),
            ),
            (
                "At least 12 climbers lost their life on the peak.",
                Some("killed"),
            ),
            ("Only one man, aged 30, lost his life.", Some("killed")),
            (
                "Some 300 families lost their homes in the fire.",
                Some("displaced"),
            ),
            ("Nearly 900 employees were laid off last week.", Some("cut")),
            ("The 60 people who died were named.", Some("killed")),
        ];
        for (text, want) in cases {
            assert_eq!(event_of(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn job_loss_is_never_killed() {
        for text in [
            "Some 200 workers lost their jobs.",
            "In all, 75 miners lost their jobs when the pit shut.",
            "A further 30 lost his job, she said.",
        ] {
            assert_ne!(event_of(text).as_deref(), Some("killed"), "{text}");
        }
    }

    #[test]
    fn counts_of_a_measure_s_units_are_one_quantity_only_with_one_owner() {
        use crate::claims::relations::tests::figures_of;
        for text in [
            "The index closed 7.4 points up. Index futures closed 13.0 points down.",
            "The benchmark closed 25 points higher. The futures contract closed 40 points higher.",
            "The team scored 48 points at home. Its rivals scored 52 points away.",
        ] {
            assert!(figures_of(text, "restated").is_empty(), "{text}");
        }
        for text in [
            "The Nikkei closed 120 points up. The Nikkei closed 210 points up, brokers said.",
            "Hang Seng futures scored 40 points. Hang Seng futures scored 55 points, dealers said.",
        ] {
            assert_eq!(figures_of(text, "restated").len(), 1, "{text}");
        }
    }

    #[test]
    fn a_phrase_cut_short_falls_back_to_its_first_word() {
        // "lost their" alone is no phrase: "lost" is read as a cut
        assert_eq!(
            event_of("The 12 teams lost their way.").as_deref(),
            Some("cut")
        );
    }

    #[test]
    fn a_rule_file_written_before_the_cue_lists_reads_with_the_built_in_ones() {
        use super::{ClaimLexicon, RELATIONS, RelationWords};
        // a user's relations.toml with only the sections it had then
        let old = RELATIONS
            .split("\n[totals]")
            .next()
            .map(|change| {
                let multipliers = RELATIONS.split("\n[multipliers]").nth(1).unwrap_or("");
                format!("{change}\n[multipliers]{multipliers}")
            })
            .unwrap_or_default();
        assert!(!old.contains("[totals]") && old.contains("doubled"));
        let words = RelationWords::from_source("old.toml", &old).expect("reads");
        let text = "38 in all";
        let tokens = crate::parse::token::tokenize(text);
        assert_eq!(
            words.total_after.longest_at(text, &tokens, 1),
            Some(("in all", 2))
        );
        assert!(words.base_skip.contains("remaining") && words.base_skip.contains("the"));
        assert!(words.starters.contains("the") && words.starters.contains("during"));
        // a nouns.toml with only its lemmas
        let nouns = "[irregular]\npeople = \"person\"\n[synonyms]\nvictim = \"person\"\n";
        let lex = ClaimLexicon::from_sources(
            ("rules/events.toml", super::EVENTS),
            ("nouns.toml", nouns),
            ("rules/balances.toml", super::BALANCES),
        )
        .expect("reads");
        assert!(lex.noun_skip.contains("remaining") && lex.noun_ends.contains("were"));
        assert!(lex.measures.contains("point"));
    }

    #[test]
    fn the_after_total_cues_end_a_noun_phrase_at_any_beginning_of_theirs() {
        let words = &super::ClaimLexicon::builtin().relations;
        for w in ["in", "altogether", "all", "between", "a", "be"] {
            assert!(words.total_after_starts.contains(w), "{w}");
        }
        assert!(!words.total_after_starts.contains("told"));
    }
}

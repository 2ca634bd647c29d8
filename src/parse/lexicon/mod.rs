//! Lexicons: the words that turn numbers into figures, kept as data in `rules/*.toml`.
//!
//! Hedges ("about", "more than"), vague amounts ("dozens"), units ("km", "miles") and
//! currencies ("$", "euros") vary by newsroom and topic, so they live in TOML files that are
//! compiled into the binary and can be overridden from a folder (`--rules DIR`): a file of
//! the same name there replaces the built-in one. A malformed file is an error naming the
//! file, line and key.
//!
//! Its rooms: this one holds what the lexicons are (hedge kinds, vague amounts, units,
//! currencies) and the questions the scanner asks them; `load` reads and checks the rule
//! files; `phrases` indexes every phrase by its first word and matches them in a token
//! stream.

mod load;
mod phrases;

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::error::Result;
use crate::parse::token::Token;
use crate::rulefile::read_override;
use phrases::PhraseTable;
pub use phrases::{PhraseIndex, PhraseKind, PhraseMatch};

const HEDGES: &str = include_str!("../../../rules/hedges.toml");
const VAGUE: &str = include_str!("../../../rules/vague.toml");
const UNITS: &str = include_str!("../../../rules/units.toml");
const CURRENCIES: &str = include_str!("../../../rules/currencies.toml");
const LABELS: &str = include_str!("../../../rules/labels.toml");

/// How a hedge turns a value into an interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HedgeKind {
    /// The rounding halo widened to ± `widen` of the value (`widen_round` on a round figure).
    Approximate { widen: f64, widen_round: f64 },
    /// `[lo_factor * v, v]`.
    Nearly { lo_factor: f64 },
    /// `[v, ∞)`.
    AtLeast,
    /// `[0, v]`.
    AtMost,
    /// `[v, v]`, no rounding halo.
    Exactly,
}

/// A vague amount: a word standing for a figure ("dozens" is 24 to 199).
#[derive(Debug, Clone, PartialEq)]
pub struct Vague {
    pub phrase: String,
    pub lo: f64,
    pub hi: f64,
    /// A share of a base (0 to 1) rather than a count.
    pub share: bool,
}

/// A unit of measure.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub symbol: String,
    pub dimension: String,
    pub factor: f64,
    pub offset: f64,
}

/// A currency as the text names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Currency {
    /// ISO code, or "$" where the text says only "dollars".
    pub code: String,
    /// "cent", "pence", "satoshi" when the amount is in hundredths.
    pub subunit: Option<String>,
    /// Plausible US dollars per unit (low, high).
    pub usd_per_unit: Option<(f64, f64)>,
}

/// All lexicons, with an index from a phrase's first word to its phrases, longest first.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Smallest whole number read as a round figure when it ends in zeros.
    pub round_min: f64,
    pub hedge_kinds: Vec<(String, HedgeKind)>,
    pub vague: Vec<Vague>,
    pub units: Vec<Unit>,
    pub currencies: Vec<Currency>,
    /// The first year the currencies' `usd_per_unit` bands hold for: a text published
    /// earlier is not judged by them (1987's roubles were worth more than a dollar).
    pub currency_bands_from_year: Option<i16>,
    /// Glued unit symbols, case-sensitive: "m", "g", "C".
    pub glued_units: FxHashMap<String, u16>,
    /// Exact currency symbols: "$", "£", "€".
    pub currency_symbols: FxHashMap<String, u16>,
    /// Currency symbols written after the amount: "¢".
    pub currency_symbols_after: FxHashMap<String, u16>,
    /// Section and sport words that head a heading before a colon, lower case ("rugby",
    /// "business"): no place, so no dateline.
    pub section_words: FxHashSet<String>,
    /// Words before "number" or "No" that make it a place in a ranking ("world").
    pub rank_before: FxHashSet<String>,
    /// Words after "number N" or "No N" that make it a place in a ranking ("seed").
    pub rank_after: FxHashSet<String>,
    phrases: PhraseTable,
    /// Identity of these phrase tables (a clone shares it: the tables are private and never
    /// change after reading), for caches that derive from them.
    id: u64,
}

/// A source of unique lexicon identities, so that tables derived from a lexicon's phrases
/// (the scanner's word classes) can be cached per lexicon without living in it.
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

impl Lexicon {
    /// The lexicons compiled into the binary.
    pub fn builtin() -> &'static Lexicon {
        static BUILTIN: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(|| {
            Lexicon::from_sources(
                ("rules/hedges.toml", HEDGES),
                ("rules/vague.toml", VAGUE),
                ("rules/units.toml", UNITS),
                ("rules/currencies.toml", CURRENCIES),
            )
            .unwrap_or_else(|e| panic!("built-in rules are valid (tested): {e}"))
        })
    }

    /// The built-in lexicons with any of `hedges.toml`, `vague.toml`, `units.toml`,
    /// `currencies.toml` or `labels.toml` in `dir` replacing its built-in namesake.
    pub fn with_overrides(dir: &Path) -> Result<Lexicon> {
        let read = |name: &str, builtin: &'static str| read_override(dir, name, builtin);
        let h = read("hedges.toml", HEDGES)?;
        let v = read("vague.toml", VAGUE)?;
        let u = read("units.toml", UNITS)?;
        let c = read("currencies.toml", CURRENCIES)?;
        let l = read("labels.toml", LABELS)?;
        Lexicon::read_all(
            [(&h.0, &h.1), (&v.0, &v.1), (&u.0, &u.1), (&c.0, &c.1)],
            (&l.0, &l.1),
        )
    }

    /// Builds the lexicons from the four rule files' contents, with the built-in
    /// `labels.toml`.
    pub fn from_sources(
        hedges: (&str, &str),
        vague: (&str, &str),
        units: (&str, &str),
        currencies: (&str, &str),
    ) -> Result<Lexicon> {
        Lexicon::read_all(
            [hedges, vague, units, currencies],
            ("rules/labels.toml", LABELS),
        )
    }

    /// Builds the lexicons from the hedges, vague, units and currencies files and the
    /// labels file, each as (name, contents).
    fn read_all(files: [(&str, &str); 4], labels: (&str, &str)) -> Result<Lexicon> {
        let [hedges, vague, units, currencies] = files;
        let mut lex = Lexicon {
            round_min: 100.0,
            hedge_kinds: Vec::new(),
            vague: Vec::new(),
            units: Vec::new(),
            currencies: Vec::new(),
            currency_bands_from_year: None,
            glued_units: FxHashMap::default(),
            currency_symbols: FxHashMap::default(),
            currency_symbols_after: FxHashMap::default(),
            section_words: FxHashSet::default(),
            rank_before: FxHashSet::default(),
            rank_after: FxHashSet::default(),
            phrases: PhraseTable::default(),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        };
        load::read(&mut lex, hedges, vague, units, currencies)?;
        load::labels(&mut lex, labels)?;
        lex.phrases.sort();
        Ok(lex)
    }

    /// The identity of these phrase tables: equal for a lexicon and its clones, different
    /// for lexicons read separately.
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// The phrases that start at token `i`, longest first, whose kind `want` accepts.
    /// `lower` is the lower-cased document text (same offsets as the tokens').
    pub fn match_at(
        &self,
        lower: &str,
        tokens: &[Token],
        i: usize,
        want: impl Fn(PhraseKind) -> bool,
    ) -> Option<PhraseMatch> {
        self.phrases.match_at(lower, tokens, i, want)
    }

    /// The currency a single lower-case word names as a code or word ("usd", "euros").
    pub fn currency_word(&self, word: &str) -> Option<u16> {
        self.phrases.currency_word(word)
    }

    /// Whether any phrase starts with this lower-case token text.
    pub fn starts_phrase(&self, word: &str) -> bool {
        self.phrases.starts_phrase(word)
    }

    /// Every lower-case token text that a phrase of a kind `want` accepts starts with.
    pub fn phrase_starts(&self, want: impl Fn(PhraseKind) -> bool) -> Vec<&str> {
        self.phrases.phrase_starts(want)
    }

    /// The hedge kind with this index.
    pub fn hedge(&self, id: u16) -> HedgeKind {
        self.hedge_kinds[id as usize].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_load() {
        let lex = Lexicon::builtin();
        assert!(lex.units.len() > 40);
        assert!(lex.vague.iter().any(|v| v.phrase == "dozens"));
    }

    #[test]
    fn a_clone_shares_its_identity_and_a_new_reading_does_not() {
        let lex = Lexicon::builtin();
        assert_eq!(lex.clone().id(), lex.id());
        let other =
            Lexicon::from_sources(("h", HEDGES), ("v", VAGUE), ("u", UNITS), ("c", CURRENCIES))
                .expect("the built-in rules");
        assert_ne!(other.id(), lex.id());
    }
}

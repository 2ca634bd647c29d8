//! Lexicons: the words that turn numbers into figures, kept as data in `rules/*.toml`.
//!
//! Hedges ("about", "more than"), vague amounts ("dozens"), units ("km", "miles") and
//! currencies ("$", "euros") vary by newsroom and topic, so they live in TOML files that are
//! compiled into the binary and can be overridden from a folder (`--rules DIR`): a file of
//! the same name there replaces the built-in one. A malformed file is an error naming the
//! file, line and key.

use std::path::Path;

use std::sync::atomic::{AtomicU64, Ordering};

use rustc_hash::FxHashMap;
use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result};
use crate::parse::token::{Gap, tokenize};
use crate::rulefile::{parse_toml, read_override, value_error};

const HEDGES: &str = include_str!("../../../rules/hedges.toml");
const VAGUE: &str = include_str!("../../../rules/vague.toml");
const UNITS: &str = include_str!("../../../rules/units.toml");
const CURRENCIES: &str = include_str!("../../../rules/currencies.toml");

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

/// What a matched phrase means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    /// Hedge before a figure: index into `Lexicon::hedge_kinds`.
    HedgeBefore(u16),
    /// Hedge after a figure.
    HedgeAfter(u16),
    Vague(u16),
    Unit(u16),
    CurrencyPrefix(u16),
    CurrencySuffix(u16),
}

/// A phrase as a sequence of lower-case token texts, and whether its tokens are glued.
#[derive(Debug, Clone)]
struct Phrase {
    words: Vec<String>,
    /// Whether each word is glued to the one before it in the lexicon ("km2", "km/h"):
    /// then it must be glued in the text too, so "12 ft 2 in" is not "ft2".
    glued: Vec<bool>,
    kind: PhraseKind,
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
    phrases: Vec<Phrase>,
    by_first: FxHashMap<String, Vec<u32>>,
    /// Identity of these phrase tables (a clone shares it: the tables are private and never
    /// change after reading), for caches that derive from them.
    id: u64,
}

/// A phrase found in a token stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub kind: PhraseKind,
    /// Number of tokens it covers.
    pub len: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HedgeSection {
    #[serde(default)]
    widen: Option<Spanned<f64>>,
    #[serde(default)]
    widen_round: Option<Spanned<f64>>,
    #[serde(default)]
    lo_factor: Option<Spanned<f64>>,
    #[serde(default)]
    phrases: Vec<Spanned<String>>,
    #[serde(default)]
    after: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rounding {
    round_min: Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HedgeFile {
    rounding: Rounding,
    approximate: HedgeSection,
    nearly: HedgeSection,
    at_least: HedgeSection,
    at_most: HedgeSection,
    exactly: HedgeSection,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VagueEntry {
    phrase: Spanned<String>,
    lo: Spanned<f64>,
    hi: Spanned<f64>,
    #[serde(default)]
    share: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VagueFile {
    vague: Vec<VagueEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitEntry {
    symbol: Spanned<String>,
    dimension: String,
    factor: Spanned<f64>,
    #[serde(default)]
    offset: Option<Spanned<f64>>,
    names: Vec<Spanned<String>>,
    #[serde(default)]
    glued: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitFile {
    unit: Vec<UnitEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrencyEntry {
    code: Spanned<String>,
    #[serde(default)]
    subunit: Option<String>,
    #[serde(default)]
    prefixes: Vec<Spanned<String>>,
    #[serde(default)]
    symbols: Vec<Spanned<String>>,
    #[serde(default)]
    symbols_after: Vec<Spanned<String>>,
    #[serde(default)]
    suffixes: Vec<Spanned<String>>,
    #[serde(default)]
    usd_per_unit: Option<Spanned<(f64, f64)>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrencyFile {
    /// The first year the `usd_per_unit` bands describe (rates drift over decades).
    #[serde(default)]
    bands_from_year: Option<i16>,
    currency: Vec<CurrencyEntry>,
}

/// One rule file being read: its name for errors and its text, to find a value's line.
#[derive(Clone, Copy)]
struct RuleFile<'s> {
    path: &'s str,
    content: &'s str,
}

impl<'s> From<(&'s str, &'s str)> for RuleFile<'s> {
    fn from((path, content): (&'s str, &'s str)) -> RuleFile<'s> {
        RuleFile { path, content }
    }
}

impl RuleFile<'_> {
    fn parse<T: serde::de::DeserializeOwned>(&self) -> Result<T> {
        parse_toml(self.path, self.content)
    }

    /// An error about a value, naming the line it stands on.
    fn error<T>(&self, at: &Spanned<T>, key: &str, message: &str) -> Error {
        value_error(self.path, self.content, at.span().start, key, message)
    }

    /// A finite number, or an error naming its line.
    fn finite(&self, v: &Spanned<f64>, key: &str) -> Result<f64> {
        let x = *v.get_ref();
        if x.is_finite() {
            Ok(x)
        } else {
            Err(self.error(v, key, "must be a finite number"))
        }
    }

    /// The id of the next entry of a table that has `len` entries: ids are 16 bits, so a
    /// table is refused beyond 65,536 entries rather than wrapping round.
    fn next_id<T>(&self, len: usize, at: &Spanned<T>, key: &str) -> Result<u16> {
        u16::try_from(len).map_err(|_| {
            self.error(
                at,
                key,
                "too many entries: a rule file holds at most 65,536 of a kind",
            )
        })
    }
}

/// Splits a phrase into the lower-case token texts the matcher compares, and whether each
/// is glued to the one before.
fn phrase_words(phrase: &str) -> (Vec<String>, Vec<bool>) {
    let lower = phrase.to_lowercase();
    tokenize(&lower)
        .iter()
        .map(|t| (t.text(&lower).to_string(), t.gap == Gap::None))
        .unzip()
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

    /// The built-in lexicons with any of `hedges.toml`, `vague.toml`, `units.toml` or
    /// `currencies.toml` in `dir` replacing its built-in namesake.
    pub fn with_overrides(dir: &Path) -> Result<Lexicon> {
        let read = |name: &str, builtin: &'static str| read_override(dir, name, builtin);
        let h = read("hedges.toml", HEDGES)?;
        let v = read("vague.toml", VAGUE)?;
        let u = read("units.toml", UNITS)?;
        let c = read("currencies.toml", CURRENCIES)?;
        Lexicon::from_sources((&h.0, &h.1), (&v.0, &v.1), (&u.0, &u.1), (&c.0, &c.1))
    }

    /// Builds the lexicons from the four rule files' contents.
    pub fn from_sources(
        hedges: (&str, &str),
        vague: (&str, &str),
        units: (&str, &str),
        currencies: (&str, &str),
    ) -> Result<Lexicon> {
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
            phrases: Vec::new(),
            by_first: FxHashMap::default(),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        };
        lex.read_hedges(RuleFile::from(hedges))?;
        lex.read_vague(RuleFile::from(vague))?;
        lex.read_units(RuleFile::from(units))?;
        lex.read_currencies(RuleFile::from(currencies))?;
        for list in lex.by_first.values_mut() {
            let phrases = &lex.phrases;
            list.sort_by_key(|&i| std::cmp::Reverse(phrases[i as usize].words.len()));
        }
        Ok(lex)
    }

    /// The identity of these phrase tables: equal for a lexicon and its clones, different
    /// for lexicons read separately.
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    fn read_hedges(&mut self, src: RuleFile) -> Result<()> {
        let file: HedgeFile = src.parse()?;
        let round_min = src.finite(&file.rounding.round_min, "round_min")?;
        if round_min < 0.0 {
            return Err(src.error(
                &file.rounding.round_min,
                "round_min",
                "must not be negative",
            ));
        }
        self.round_min = round_min;
        let number = |v: &Option<Spanned<f64>>, key: &str, default: f64| -> Result<f64> {
            v.as_ref().map_or(Ok(default), |v| src.finite(v, key))
        };
        let widen = number(&file.approximate.widen, "widen", 0.10)?;
        let widen_round = number(&file.approximate.widen_round, "widen_round", 0.15)?;
        for (v, key) in [
            (&file.approximate.widen, "widen"),
            (&file.approximate.widen_round, "widen_round"),
        ] {
            if let Some(v) = v.as_ref().filter(|v| *v.get_ref() < 0.0) {
                return Err(src.error(v, key, "must not be negative"));
            }
        }
        let lo_factor = number(&file.nearly.lo_factor, "lo_factor", 0.9)?;
        if let Some(v) = file.nearly.lo_factor.as_ref() {
            if !(0.0..=1.0).contains(&lo_factor) {
                return Err(src.error(v, "nearly.lo_factor", "must be between 0 and 1"));
            }
        }
        let sections = [
            (
                "approximate",
                HedgeKind::Approximate { widen, widen_round },
                &file.approximate,
            ),
            ("nearly", HedgeKind::Nearly { lo_factor }, &file.nearly),
            ("at_least", HedgeKind::AtLeast, &file.at_least),
            ("at_most", HedgeKind::AtMost, &file.at_most),
            ("exactly", HedgeKind::Exactly, &file.exactly),
        ];
        for (name, kind, section) in sections {
            let id = self.hedge_kinds.len() as u16;
            self.hedge_kinds.push((name.to_string(), kind));
            for p in &section.phrases {
                self.add_phrase(src, p, "phrases", PhraseKind::HedgeBefore(id))?;
            }
            for p in &section.after {
                self.add_phrase(src, p, "after", PhraseKind::HedgeAfter(id))?;
            }
        }
        Ok(())
    }

    fn read_vague(&mut self, src: RuleFile) -> Result<()> {
        let file: VagueFile = src.parse()?;
        for v in file.vague {
            let lo = src.finite(&v.lo, "lo")?;
            let hi = src.finite(&v.hi, "hi")?;
            if lo > hi {
                return Err(src.error(&v.lo, v.phrase.get_ref(), "`lo` is above `hi`"));
            }
            let id = src.next_id(self.vague.len(), &v.phrase, "phrase")?;
            self.add_phrase(src, &v.phrase, "phrase", PhraseKind::Vague(id))?;
            self.vague.push(Vague {
                phrase: v.phrase.into_inner(),
                lo,
                hi,
                share: v.share,
            });
        }
        Ok(())
    }

    fn read_units(&mut self, src: RuleFile) -> Result<()> {
        let file: UnitFile = src.parse()?;
        for u in file.unit {
            let factor = src.finite(&u.factor, "factor")?;
            if factor <= 0.0 {
                return Err(src.error(
                    &u.factor,
                    u.symbol.get_ref(),
                    "`factor` must be a positive number",
                ));
            }
            let offset = u
                .offset
                .as_ref()
                .map_or(Ok(0.0), |o| src.finite(o, "offset"))?;
            if u.symbol.get_ref().trim().is_empty() {
                return Err(src.error(&u.symbol, "symbol", "must not be empty"));
            }
            let id = src.next_id(self.units.len(), &u.symbol, "symbol")?;
            for n in &u.names {
                self.add_phrase(src, n, "names", PhraseKind::Unit(id))?;
            }
            for g in u.glued {
                if g.get_ref().is_empty() {
                    return Err(src.error(&g, "glued", "must not be empty"));
                }
                self.glued_units.insert(g.into_inner(), id);
            }
            self.units.push(Unit {
                symbol: u.symbol.into_inner(),
                dimension: u.dimension,
                factor,
                offset,
            });
        }
        Ok(())
    }

    fn read_currencies(&mut self, src: RuleFile) -> Result<()> {
        let file: CurrencyFile = src.parse()?;
        self.currency_bands_from_year = file.bands_from_year;
        for c in file.currency {
            let id = src.next_id(self.currencies.len(), &c.code, "code")?;
            if let Some(band) = &c.usd_per_unit {
                let (lo, hi) = *band.get_ref();
                if !(lo.is_finite() && hi.is_finite() && lo > 0.0 && lo <= hi) {
                    return Err(src.error(
                        band,
                        "usd_per_unit",
                        "must be two positive finite numbers, low then high",
                    ));
                }
            }
            for p in &c.prefixes {
                self.add_phrase(src, p, "prefixes", PhraseKind::CurrencyPrefix(id))?;
            }
            for s in &c.suffixes {
                self.add_phrase(src, s, "suffixes", PhraseKind::CurrencySuffix(id))?;
            }
            for (list, key) in [(&c.symbols, "symbols"), (&c.symbols_after, "symbols_after")] {
                if let Some(empty) = list.iter().find(|s| s.get_ref().is_empty()) {
                    return Err(src.error(empty, key, "must not be empty"));
                }
            }
            for s in c.symbols {
                self.currency_symbols.insert(s.into_inner(), id);
            }
            for s in c.symbols_after {
                self.currency_symbols_after.insert(s.into_inner(), id);
            }
            self.currencies.push(Currency {
                code: c.code.into_inner(),
                subunit: c.subunit,
                usd_per_unit: c.usd_per_unit.map(Spanned::into_inner),
            });
        }
        Ok(())
    }

    /// Indexes one phrase; an empty phrase (no words once tokenized) is an error naming its
    /// line.
    fn add_phrase(
        &mut self,
        src: RuleFile,
        phrase: &Spanned<String>,
        key: &str,
        kind: PhraseKind,
    ) -> Result<()> {
        let (words, glued) = phrase_words(phrase.get_ref());
        if words.is_empty() {
            return Err(src.error(phrase, key, "an empty phrase matches nothing"));
        }
        let id = self.phrases.len() as u32;
        self.by_first.entry(words[0].clone()).or_default().push(id);
        self.phrases.push(Phrase { words, glued, kind });
        Ok(())
    }

    /// The phrases that start at token `i`, longest first, whose kind `want` accepts.
    /// `lower` is the lower-cased document text (same offsets as the tokens').
    pub fn match_at(
        &self,
        lower: &str,
        tokens: &[crate::parse::token::Token],
        i: usize,
        want: impl Fn(PhraseKind) -> bool,
    ) -> Option<PhraseMatch> {
        let first = tokens.get(i)?;
        let list = self.by_first.get(first.text(lower))?;
        'phrases: for &id in list {
            let phrase = &self.phrases[id as usize];
            if !want(phrase.kind) {
                continue;
            }
            if i + phrase.words.len() > tokens.len() {
                continue;
            }
            for (k, w) in phrase.words.iter().enumerate().skip(1) {
                let t = &tokens[i + k];
                if t.gap >= Gap::Paragraph
                    || (phrase.glued[k] && t.gap != Gap::None)
                    || t.text(lower) != w
                {
                    continue 'phrases;
                }
            }
            return Some(PhraseMatch {
                kind: phrase.kind,
                len: phrase.words.len(),
            });
        }
        None
    }

    /// The currency a single lower-case word names as a code or word ("usd", "euros").
    pub fn currency_word(&self, word: &str) -> Option<u16> {
        self.by_first.get(word)?.iter().find_map(|&id| {
            let p = &self.phrases[id as usize];
            match p.kind {
                PhraseKind::CurrencyPrefix(c) | PhraseKind::CurrencySuffix(c)
                    if p.words.len() == 1 =>
                {
                    Some(c)
                }
                _ => None,
            }
        })
    }

    /// Whether any phrase starts with this lower-case token text.
    pub fn starts_phrase(&self, word: &str) -> bool {
        self.by_first.contains_key(word)
    }

    /// Every lower-case token text that a phrase of a kind `want` accepts starts with.
    pub fn phrase_starts(&self, want: impl Fn(PhraseKind) -> bool) -> Vec<&str> {
        self.by_first
            .iter()
            .filter(|(_, ids)| ids.iter().any(|&id| want(self.phrases[id as usize].kind)))
            .map(|(w, _)| w.as_str())
            .collect()
    }

    /// The hedge kind with this index.
    pub fn hedge(&self, id: u16) -> HedgeKind {
        self.hedge_kinds[id as usize].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn builtin_rules_load() {
        let lex = Lexicon::builtin();
        assert!(lex.units.len() > 40);
        assert!(lex.vague.iter().any(|v| v.phrase == "dozens"));
    }

    #[test]
    fn malformed_rule_files_name_file_line_and_key() {
        let bad = "[approximate]\nwiden = \"wide\"\n";
        let err = Lexicon::from_sources(
            ("my/hedges.toml", bad),
            ("v", VAGUE),
            ("u", UNITS),
            ("c", CURRENCIES),
        )
        .unwrap_err();
        match err.kind() {
            ErrorKind::RuleFile {
                path, line, key, ..
            } => {
                assert_eq!(path, "my/hedges.toml");
                assert_eq!(*line, 2);
                assert_eq!(key.as_deref(), Some("widen"));
            }
            other => panic!("unexpected {other:?}"),
        }
        let unknown = UNITS.replacen("factor = 0.001", "factr = 0.001", 1);
        let err = Lexicon::from_sources(
            ("h", HEDGES),
            ("v", VAGUE),
            ("my/units.toml", &unknown),
            ("c", CURRENCIES),
        )
        .unwrap_err();
        match err.kind() {
            ErrorKind::RuleFile { key, .. } => assert_eq!(key.as_deref(), Some("factr")),
            other => panic!("unexpected {other:?}"),
        }
        let broken = "[[vague]\nphrase = 1";
        assert!(
            Lexicon::from_sources(
                ("h", HEDGES),
                ("v.toml", broken),
                ("u", UNITS),
                ("c", CURRENCIES)
            )
            .is_err()
        );
    }

    /// The error of reading the built-in rules with one file replaced: (line, key, message).
    fn value_error_of(file: &str, text: &str) -> (usize, Option<String>, String) {
        let pick = |name: &str, builtin: &'static str| {
            if name == file {
                (name.to_string(), text.to_string())
            } else {
                (name.to_string(), builtin.to_string())
            }
        };
        let (h, v, u, c) = (
            pick("hedges.toml", HEDGES),
            pick("vague.toml", VAGUE),
            pick("units.toml", UNITS),
            pick("currencies.toml", CURRENCIES),
        );
        let err = Lexicon::from_sources((&h.0, &h.1), (&v.0, &v.1), (&u.0, &u.1), (&c.0, &c.1))
            .expect_err("the value is refused");
        match err.kind() {
            ErrorKind::RuleFile {
                path,
                line,
                key,
                message,
            } => {
                assert_eq!(path, file);
                (*line, key.clone(), message.clone())
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn value_errors_name_their_own_line() {
        let units =
            "[[unit]]\nsymbol = \"x\"\ndimension = \"length\"\nfactor = -2\nnames = [\"xs\"]\n";
        let (line, key, message) = value_error_of("units.toml", units);
        assert_eq!((line, key.as_deref()), (4, Some("x")), "{message}");
        let vague = "[[vague]]\nphrase = \"heaps\"\nlo = 10\nhi = 5\n";
        assert_eq!(value_error_of("vague.toml", vague).0, 3);
    }

    #[test]
    fn nan_and_infinite_bounds_are_errors() {
        for v in ["nan", "inf", "-inf"] {
            let vague = format!("[[vague]]\nphrase = \"heaps\"\nlo = 1\nhi = {v}\n");
            let (line, key, _) = value_error_of("vague.toml", &vague);
            assert_eq!((line, key.as_deref()), (4, Some("hi")));
        }
        let units =
            "[[unit]]\nsymbol = \"x\"\ndimension = \"length\"\nfactor = nan\nnames = [\"xs\"]\n";
        assert_eq!(value_error_of("units.toml", units).0, 4);
        let hedges = HEDGES.replacen("widen = 0.10", "widen = inf", 1);
        assert_eq!(
            value_error_of("hedges.toml", &hedges).1.as_deref(),
            Some("widen")
        );
    }

    #[test]
    fn a_negative_widen_is_an_error() {
        let hedges = HEDGES.replacen("widen = 0.10", "widen = -0.10", 1);
        let line = HEDGES
            .lines()
            .position(|l| l.starts_with("widen = 0.10"))
            .map(|n| n + 1);
        let (at, key, _) = value_error_of("hedges.toml", &hedges);
        assert_eq!((Some(at), key.as_deref()), (line, Some("widen")));
    }

    #[test]
    fn a_zero_or_negative_dollar_band_is_an_error() {
        for band in ["[0.0, 1.0]", "[-1.0, 2.0]", "[2.0, 1.0]", "[nan, 1.0]"] {
            let currencies = format!(
                "[[currency]]\ncode = \"XXX\"\nsuffixes = [\"xs\"]\nusd_per_unit = {band}\n"
            );
            let (line, key, _) = value_error_of("currencies.toml", &currencies);
            assert_eq!((line, key.as_deref()), (4, Some("usd_per_unit")), "{band}");
        }
    }

    #[test]
    fn empty_phrases_are_errors() {
        let vague = "[[vague]]\nphrase = \"\"\nlo = 1\nhi = 2\n";
        assert_eq!(value_error_of("vague.toml", vague).0, 2);
        let units = "[[unit]]\nsymbol = \"x\"\ndimension = \"length\"\nfactor = 1\nnames = [\"xs\", \" \"]\n";
        let (line, key, _) = value_error_of("units.toml", units);
        assert_eq!((line, key.as_deref()), (5, Some("names")));
        let currencies = "[[currency]]\ncode = \"XXX\"\nsymbols = [\"\"]\n";
        assert_eq!(value_error_of("currencies.toml", currencies).0, 3);
    }

    #[test]
    fn more_entries_than_ids_are_refused() {
        let mut vague = String::new();
        for n in 0..=u16::MAX as usize + 1 {
            vague.push_str(&format!("[[vague]]\nphrase = \"w{n}\"\nlo = 1\nhi = 2\n"));
        }
        let (line, key, message) = value_error_of("vague.toml", &vague);
        assert_eq!(line, 4 * 65_536 + 2, "{message}");
        assert_eq!(key.as_deref(), Some("phrase"));
    }
}

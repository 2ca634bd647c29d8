//! Lexicons: the words that turn numbers into figures, kept as data in `rules/*.toml`.
//!
//! Hedges ("about", "more than"), vague amounts ("dozens"), units ("km", "miles") and
//! currencies ("$", "euros") vary by newsroom and topic, so they live in TOML files that are
//! compiled into the binary and can be overridden from a folder (`--rules DIR`): a file of
//! the same name there replaces the built-in one. A malformed file is an error naming the
//! file, line and key.

use std::path::Path;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::error::{Error, ErrorKind, Result};
use crate::parse::token::{Gap, tokenize};

const HEDGES: &str = include_str!("../../rules/hedges.toml");
const VAGUE: &str = include_str!("../../rules/vague.toml");
const UNITS: &str = include_str!("../../rules/units.toml");
const CURRENCIES: &str = include_str!("../../rules/currencies.toml");

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
    /// Glued unit symbols, case-sensitive: "m", "g", "C".
    pub glued_units: FxHashMap<String, u16>,
    /// Exact currency symbols: "$", "£", "€".
    pub currency_symbols: FxHashMap<String, u16>,
    /// Currency symbols written after the amount: "¢".
    pub currency_symbols_after: FxHashMap<String, u16>,
    phrases: Vec<Phrase>,
    by_first: FxHashMap<String, Vec<u32>>,
    /// Per-word class bits and a fingerprint table that the parser derives from these
    /// lexicons once, on first use (plain data: the lexicon does not know the parser).
    pub derived_word_classes: std::sync::OnceLock<(FxHashMap<String, u8>, Vec<u64>)>,
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
    widen: Option<f64>,
    #[serde(default)]
    widen_round: Option<f64>,
    #[serde(default)]
    lo_factor: Option<f64>,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rounding {
    round_min: f64,
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
    phrase: String,
    lo: f64,
    hi: f64,
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
    symbol: String,
    dimension: String,
    factor: f64,
    #[serde(default)]
    offset: f64,
    names: Vec<String>,
    #[serde(default)]
    glued: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitFile {
    unit: Vec<UnitEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrencyEntry {
    code: String,
    #[serde(default)]
    subunit: Option<String>,
    #[serde(default)]
    prefixes: Vec<String>,
    #[serde(default)]
    symbols: Vec<String>,
    #[serde(default)]
    symbols_after: Vec<String>,
    #[serde(default)]
    suffixes: Vec<String>,
    #[serde(default)]
    usd_per_unit: Option<(f64, f64)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrencyFile {
    currency: Vec<CurrencyEntry>,
}

/// Parses one rule file, turning a TOML error into one naming the file, line and key.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(path: &str, content: &str) -> Result<T> {
    toml::from_str(content).map_err(|e| {
        let line = e
            .span()
            .map(|s| content[..s.start.min(content.len())].matches('\n').count() + 1)
            .unwrap_or(1);
        let message = e.message().to_string();
        // "unknown field `factr`" names the key; otherwise it is the key of the line the
        // error points at ("widen = \"wide\"")
        let named = (message.starts_with("unknown field") || message.starts_with("missing field"))
            .then(|| message.split('`').nth(1).map(str::to_string))
            .flatten();
        let key = named.or_else(|| {
            let at = e.span()?.start.min(content.len());
            let line_start = content[..at].rfind('\n').map_or(0, |p| p + 1);
            let line_text = content[line_start..].lines().next().unwrap_or("");
            let key = line_text.split('=').next()?.trim();
            (!key.is_empty() && !key.starts_with('[') && line_text.contains('='))
                .then(|| key.to_string())
        });
        Error::new(ErrorKind::RuleFile {
            path: path.to_string(),
            line,
            key,
            message,
        })
    })
}

fn bad_value(path: &str, key: &str, message: &str) -> Error {
    Error::new(ErrorKind::RuleFile {
        path: path.to_string(),
        line: 1,
        key: Some(key.to_string()),
        message: message.to_string(),
    })
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

/// Reads `dir/name` when it exists (a user's override), else the built-in text. Returns the
/// path to name in errors and the content.
pub(crate) fn read_override(dir: &Path, name: &str, builtin: &str) -> Result<(String, String)> {
    let path = dir.join(name);
    if path.exists() {
        let bytes = std::fs::read(&path).map_err(|e| {
            Error::new(ErrorKind::Io {
                path: path.display().to_string(),
                message: e.to_string(),
            })
        })?;
        let text = crate::source::decode(&path.display().to_string(), bytes)?;
        Ok((path.display().to_string(), text))
    } else {
        Ok((format!("rules/{name}"), builtin.to_string()))
    }
}

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
            glued_units: FxHashMap::default(),
            currency_symbols: FxHashMap::default(),
            currency_symbols_after: FxHashMap::default(),
            phrases: Vec::new(),
            by_first: FxHashMap::default(),
            derived_word_classes: std::sync::OnceLock::new(),
        };

        let file: HedgeFile = parse_toml(hedges.0, hedges.1)?;
        lex.round_min = file.rounding.round_min;
        let widen = file.approximate.widen.unwrap_or(0.10);
        let widen_round = file.approximate.widen_round.unwrap_or(0.15);
        let lo_factor = file.nearly.lo_factor.unwrap_or(0.9);
        if !(0.0..=1.0).contains(&lo_factor) {
            return Err(bad_value(
                hedges.0,
                "nearly.lo_factor",
                "must be between 0 and 1",
            ));
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
            let id = lex.hedge_kinds.len() as u16;
            lex.hedge_kinds.push((name.to_string(), kind));
            for p in &section.phrases {
                lex.add_phrase(p, PhraseKind::HedgeBefore(id));
            }
            for p in &section.after {
                lex.add_phrase(p, PhraseKind::HedgeAfter(id));
            }
        }

        let file: VagueFile = parse_toml(vague.0, vague.1)?;
        for v in file.vague {
            if v.lo > v.hi {
                return Err(bad_value(vague.0, &v.phrase, "`lo` is above `hi`"));
            }
            let id = lex.vague.len() as u16;
            lex.add_phrase(&v.phrase, PhraseKind::Vague(id));
            lex.vague.push(Vague {
                phrase: v.phrase,
                lo: v.lo,
                hi: v.hi,
                share: v.share,
            });
        }

        let file: UnitFile = parse_toml(units.0, units.1)?;
        for u in file.unit {
            if u.factor <= 0.0 || !u.factor.is_finite() {
                return Err(bad_value(
                    units.0,
                    &u.symbol,
                    "`factor` must be a positive number",
                ));
            }
            let id = lex.units.len() as u16;
            for n in &u.names {
                lex.add_phrase(n, PhraseKind::Unit(id));
            }
            for g in u.glued {
                lex.glued_units.insert(g, id);
            }
            lex.units.push(Unit {
                symbol: u.symbol,
                dimension: u.dimension,
                factor: u.factor,
                offset: u.offset,
            });
        }

        let file: CurrencyFile = parse_toml(currencies.0, currencies.1)?;
        for c in file.currency {
            let id = lex.currencies.len() as u16;
            for p in &c.prefixes {
                lex.add_phrase(p, PhraseKind::CurrencyPrefix(id));
            }
            for s in &c.suffixes {
                lex.add_phrase(s, PhraseKind::CurrencySuffix(id));
            }
            for s in c.symbols {
                lex.currency_symbols.insert(s, id);
            }
            for s in c.symbols_after {
                lex.currency_symbols_after.insert(s, id);
            }
            lex.currencies.push(Currency {
                code: c.code,
                subunit: c.subunit,
                usd_per_unit: c.usd_per_unit,
            });
        }

        for list in lex.by_first.values_mut() {
            let phrases = &lex.phrases;
            list.sort_by_key(|&i| std::cmp::Reverse(phrases[i as usize].words.len()));
        }
        Ok(lex)
    }

    fn add_phrase(&mut self, phrase: &str, kind: PhraseKind) {
        let (words, glued) = phrase_words(phrase);
        if words.is_empty() {
            return;
        }
        let id = self.phrases.len() as u32;
        self.by_first.entry(words[0].clone()).or_default().push(id);
        self.phrases.push(Phrase { words, glued, kind });
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
}

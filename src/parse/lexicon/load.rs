//! Reading the rule files: the TOML shapes of `hedges.toml`, `vague.toml`, `units.toml` and
//! `currencies.toml`, each value checked (finite, in range, not empty) with an error that
//! names its file, line and key.

use serde::Deserialize;
use toml::Spanned;

use super::{Currency, HedgeKind, Lexicon, PhraseKind, Unit, Vague};
use crate::error::{Error, Result};
use crate::rulefile::{parse_toml, value_error};

/// Reads the four rule files into `lex`, given as (name, contents).
pub(super) fn read(
    lex: &mut Lexicon,
    hedges: (&str, &str),
    vague: (&str, &str),
    units: (&str, &str),
    currencies: (&str, &str),
) -> Result<()> {
    self::hedges(lex, RuleFile::from(hedges))?;
    self::vague(lex, RuleFile::from(vague))?;
    self::units(lex, RuleFile::from(units))?;
    self::currencies(lex, RuleFile::from(currencies))
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Words {
    words: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Names {
    names: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RankCues {
    before: Vec<Spanned<String>>,
    after: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Idioms {
    phrases: Vec<Spanned<String>>,
}

/// `labels.toml`: words that label rather than count.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelFile {
    sections: Words,
    indices: Names,
    ranks: RankCues,
    idioms: Idioms,
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

/// Reads `hedges.toml`: the rounding threshold and the hedge kinds with their phrases.
fn hedges(lex: &mut Lexicon, src: RuleFile) -> Result<()> {
    let file: HedgeFile = src.parse()?;
    let round_min = src.finite(&file.rounding.round_min, "round_min")?;
    if round_min < 0.0 {
        return Err(src.error(
            &file.rounding.round_min,
            "round_min",
            "must not be negative",
        ));
    }
    lex.round_min = round_min;
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
    if let Some(v) = file.nearly.lo_factor.as_ref()
        && !(0.0..=1.0).contains(&lo_factor)
    {
        return Err(src.error(v, "nearly.lo_factor", "must be between 0 and 1"));
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
            add_phrase(lex, src, p, "phrases", PhraseKind::HedgeBefore(id))?;
        }
        for p in &section.after {
            add_phrase(lex, src, p, "after", PhraseKind::HedgeAfter(id))?;
        }
    }
    Ok(())
}

/// Reads `vague.toml`: vague amounts and the figures they stand for.
fn vague(lex: &mut Lexicon, src: RuleFile) -> Result<()> {
    let file: VagueFile = src.parse()?;
    for v in file.vague {
        let lo = src.finite(&v.lo, "lo")?;
        let hi = src.finite(&v.hi, "hi")?;
        if lo > hi {
            return Err(src.error(&v.lo, v.phrase.get_ref(), "`lo` is above `hi`"));
        }
        let id = src.next_id(lex.vague.len(), &v.phrase, "phrase")?;
        add_phrase(lex, src, &v.phrase, "phrase", PhraseKind::Vague(id))?;
        lex.vague.push(Vague {
            phrase: v.phrase.into_inner(),
            lo,
            hi,
            share: v.share,
        });
    }
    Ok(())
}

/// Reads `units.toml`: units, their factors and names.
fn units(lex: &mut Lexicon, src: RuleFile) -> Result<()> {
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
        let id = src.next_id(lex.units.len(), &u.symbol, "symbol")?;
        for n in &u.names {
            add_phrase(lex, src, n, "names", PhraseKind::Unit(id))?;
        }
        for g in u.glued {
            if g.get_ref().is_empty() {
                return Err(src.error(&g, "glued", "must not be empty"));
            }
            lex.glued_units.insert(g.into_inner(), id);
        }
        lex.units.push(Unit {
            symbol: u.symbol.into_inner(),
            dimension: u.dimension,
            factor,
            offset,
        });
    }
    Ok(())
}

/// Reads `currencies.toml`: currencies, their words and symbols, their dollar bands.
fn currencies(lex: &mut Lexicon, src: RuleFile) -> Result<()> {
    let file: CurrencyFile = src.parse()?;
    lex.currency_bands_from_year = file.bands_from_year;
    for c in file.currency {
        let id = src.next_id(lex.currencies.len(), &c.code, "code")?;
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
            add_phrase(lex, src, p, "prefixes", PhraseKind::CurrencyPrefix(id))?;
        }
        for s in &c.suffixes {
            add_phrase(lex, src, s, "suffixes", PhraseKind::CurrencySuffix(id))?;
        }
        for (list, key) in [(&c.symbols, "symbols"), (&c.symbols_after, "symbols_after")] {
            if let Some(empty) = list.iter().find(|s| s.get_ref().is_empty()) {
                return Err(src.error(empty, key, "must not be empty"));
            }
        }
        for s in c.symbols {
            lex.currency_symbols.insert(s.into_inner(), id);
        }
        for s in c.symbols_after {
            lex.currency_symbols_after.insert(s.into_inner(), id);
        }
        lex.currencies.push(Currency {
            code: c.code.into_inner(),
            subunit: c.subunit,
            usd_per_unit: c.usd_per_unit.map(Spanned::into_inner),
        });
    }
    Ok(())
}

/// Reads `labels.toml`: section words, index names, rank cues and idioms.
pub(super) fn labels(lex: &mut Lexicon, labels: (&str, &str)) -> Result<()> {
    let src = RuleFile::from(labels);
    let file: LabelFile = src.parse()?;
    let word_set = |words: Vec<Spanned<String>>, key: &str| {
        let mut set = rustc_hash::FxHashSet::default();
        for w in words {
            let lower = w.get_ref().trim().to_lowercase();
            if lower.is_empty() || lower.contains(' ') {
                return Err(src.error(&w, key, "must be one word"));
            }
            set.insert(lower);
        }
        Ok(set)
    };
    lex.section_words = word_set(file.sections.words, "words")?;
    lex.rank_before = word_set(file.ranks.before, "before")?;
    lex.rank_after = word_set(file.ranks.after, "after")?;
    for n in &file.indices.names {
        add_phrase(lex, src, n, "names", PhraseKind::Name)?;
    }
    for p in &file.idioms.phrases {
        add_phrase(lex, src, p, "phrases", PhraseKind::Idiom)?;
    }
    Ok(())
}

/// Indexes one phrase; an empty phrase (no words once tokenized) is an error naming its
/// line.
fn add_phrase(
    lex: &mut Lexicon,
    src: RuleFile,
    phrase: &Spanned<String>,
    key: &str,
    kind: PhraseKind,
) -> Result<()> {
    if lex.phrases.add(phrase.get_ref(), kind) {
        Ok(())
    } else {
        Err(src.error(phrase, key, "an empty phrase matches nothing"))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{CURRENCIES, HEDGES, UNITS, VAGUE};
    use super::*;
    use crate::ErrorKind;

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
    fn label_words_are_single_words_and_a_bad_one_names_its_line() {
        let mut lex = Lexicon::builtin().clone();
        let bad = "[sections]\nwords = [\"rugby\",\n  \"rugby union\"]\n[indices]\nnames = []\n\
                   [ranks]\nbefore = []\nafter = []\n[idioms]\nphrases = []\n";
        match labels(&mut lex, ("my/labels.toml", bad))
            .unwrap_err()
            .kind()
        {
            ErrorKind::RuleFile {
                path, line, key, ..
            } => {
                assert_eq!((path.as_str(), *line), ("my/labels.toml", 3));
                assert_eq!(key.as_deref(), Some("words"));
            }
            other => panic!("unexpected {other:?}"),
        }
        let lex = Lexicon::builtin();
        assert!(lex.section_words.contains("rugby") && lex.rank_after.contains("seed"));
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

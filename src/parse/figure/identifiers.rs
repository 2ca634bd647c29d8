//! Numbers that are not quantities: links and addresses, identifiers ("F-16", "MP3", "No.
//! 10", "5G", "24/7"), phone numbers, and the numeric dates and clock times that look like
//! them. Read so that no rule counts them.

use super::calendar::{clock, numeric_date};
use super::cursor::Cursor;
use super::model::{Figure, FigureKind};
use super::numeral::parse_numeral;
use super::words::IDENT_BEFORE;
use crate::parse::lexicon::PhraseKind;
use crate::parse::number_words;
use crate::parse::token::{Gap, TokenKind};

/// A link or e-mail address at `i` ("https://...", "www...", "@name"): the token after
/// it, so the scanner skips it whole.
pub(super) fn skip_link(c: &Cursor, i: usize) -> Option<usize> {
    if !(matches!(c.w(i), "http" | "https" | "www" | "ftp") || c.raw(i) == "@") {
        return None;
    }
    let mut j = i + 1;
    while c.tok(j).is_some_and(|t| t.gap == Gap::None) {
        j += 1;
    }
    Some(j)
}

/// Numbers that are not quantities: identifiers, phone numbers, versions, numeric
/// dates, clock times. Pushes the figure and returns the end if one was read.
pub(super) fn non_quantity_number(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    // dotted runs: IP addresses, versions, "07.10.2023"
    if parse_numeral(c.raw(i)).is_none() {
        out.push(c.marker(i, i + 1, FigureKind::Identifier));
        return Some(i + 1);
    }
    if let Some(end) = abbreviated_year(c, i, out) {
        return Some(end);
    }
    if let Some(end) = code_after_letters(c, i, out) {
        return Some(end);
    }
    if let Some(end) = phone(c, i, out) {
        return Some(end);
    }
    if let Some((f, end)) = numeric_date(c, i) {
        out.push(f);
        return Some(end);
    }
    // clock times: "10:30", "2pm", "2.17pm", "2005 GMT"
    if let Some(end) = clock(c, i) {
        out.push(c.marker(i, end, FigureKind::Time));
        return Some(end);
    }
    if let Some(end) = index_name(c, i, out) {
        return Some(end);
    }
    if let Some(end) = named_identifier(c, i, out) {
        return Some(end);
    }
    if let Some(end) = model_name(c, i, out) {
        return Some(end);
    }
    code_with_letters_after(c, i, out)
}

/// Capitalised words after a number that make it a product's model name: "the 737 Max".
const MODEL_AFTER: &[&str] = &["max"];

/// A model named by the number and a capitalised word after it: "737 Max", "the 737 MAX
/// jets" (but "737 maximum" or "737 passengers" are counts).
fn model_name(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    let next = c.tok(i + 1)?;
    let capital = next.text(c.text).starts_with(char::is_uppercase);
    if next.kind != TokenKind::Word
        || next.gap != Gap::Space
        || !capital
        || !MODEL_AFTER.contains(&c.w(i + 1))
        || !c.raw(i).bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    out.push(c.marker(i, i + 2, FigureKind::Identifier));
    Some(i + 2)
}

/// A market index named with its number ("FTSE 100", "S&P 500", "Euro Stoxx 50"; the names
/// are in `rules/labels.toml`): the number is part of the name. Only tried after a
/// capitalised word, so most numbers pass with one test.
fn index_name(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    if i == c.first
        || c.glued(i)
        || c.kind(i - 1) != Some(TokenKind::Word)
        || !c.raw(i - 1).starts_with(|ch: char| ch.is_ascii_uppercase())
    {
        return None;
    }
    // the name's first word stands at most three tokens back ("S & P 500")
    (i.saturating_sub(4).max(c.first)..i).find_map(|k| {
        let m = c
            .lex
            .match_at(c.lower, c.toks, k, |kind| kind == PhraseKind::Name)?;
        (k + m.len == i + 1).then(|| {
            out.push(c.marker(k, i + 1, FigureKind::Identifier));
            i + 1
        })
    })
}

/// Whether "number" or "No" at `p` and the number before `end` name a place in a ranking
/// ("the world number two", "world No 1", "the number 10 seed"; the cue words are in
/// `rules/labels.toml`) rather than a name ("No. 10 said").
pub(super) fn ranked(c: &Cursor, p: usize, end: usize) -> bool {
    let before = if p > c.first { c.w(p - 1) } else { "" };
    matches!(c.w(p), "number" | "no")
        && (c.lex.rank_before.contains(before) || c.lex.rank_after.contains(c.w(end)))
}

/// A year written with an apostrophe: "1918 and '19", "since '08". The century is the one
/// of a year written earlier in the sentence, else the nearest to today's.
fn abbreviated_year(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    let raw = c.raw(i);
    if i <= c.first
        || !matches!(c.raw(i - 1), "'" | "’")
        || !c.glued(i)
        || raw.len() != 2
        || !raw.bytes().all(|b| b.is_ascii_digit())
        || (c.glued(i + 1) && matches!(c.kind(i + 1), Some(TokenKind::Word | TokenKind::Number)))
        || (i - 1 > c.first && c.glued(i - 1))
    {
        return None;
    }
    // a single quote also opens a quotation ('19 people died'): read a year only after
    // a word that leads to one, or before a pause
    let before = c.prev_w(i - 1);
    let pause = !matches!(c.kind(i + 1), Some(TokenKind::Word | TokenKind::Number));
    if !(pause || YEAR_LEAD.contains(&before)) {
        return None;
    }
    let n: f64 = raw.parse().ok()?;
    let century = (c.first..i)
        .rev()
        .filter(|&k| c.is_num(k) && c.raw(k).len() == 4)
        .filter_map(|k| c.raw(k).parse::<f64>().ok())
        .find(|y| (1000.0..=2100.0).contains(y))
        .map_or(if n <= 40.0 { 2000.0 } else { 1900.0 }, |y| {
            (y / 100.0).floor() * 100.0
        });
    let mut f = c.marker(i - 1, i + 1, FigureKind::Year);
    f.value = Some(century + n);
    f.interval = Some(crate::numeric::Interval::exact(century + n));
    out.push(f);
    Some(i + 1)
}

/// A number glued to letters before it: "i7", "MP3", "F-16", "COVID-19".
fn code_after_letters(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    // glued to letters before: "i7", "MP3", "F-16", "COVID-19"
    if c.glued(i) && i > c.first {
        let prev = &c.toks[i - 1];
        let prev_raw = prev.text(c.text);
        let letters_before = prev.kind == TokenKind::Word
            && c.lex
                .match_at(c.lower, c.toks, i - 1, |k| {
                    matches!(k, PhraseKind::CurrencyPrefix(_))
                })
                .is_none();
        let code_dash = c.is_dash(i - 1)
            && prev.gap == Gap::None
            && i >= 2
            && i - 2 >= c.first
            && c.toks[i - 2].kind == TokenKind::Word
            && c.toks[i - 2].text(c.text).chars().any(char::is_uppercase);
        if letters_before
            && c.w(i - 1) == "fy"
            && !(c.glued(i + 1)
                && matches!(c.kind(i + 1), Some(TokenKind::Word | TokenKind::Number)))
            && let Some(end) = fiscal_year(c, i, out)
        {
            return Some(end);
        }
        if letters_before || code_dash || prev_raw == "#" {
            let mut j = i + 1;
            while c.glued(j) && (c.kind(j) == Some(TokenKind::Word) || c.is_num(j)) {
                j += 1;
            }
            let start = if code_dash { i - 2 } else { i - 1 };
            out.push(c.marker(start.max(c.first), j, FigureKind::Identifier));
            return Some(j);
        }
    }
    None
}

/// A financial year named by its year, "FY2023", "FY23": a year (a period), not a code.
fn fiscal_year(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    let raw = c.raw(i);
    let n: f64 = raw.parse().ok()?;
    let year = match raw.len() {
        2 => 2000.0 + n,
        4 if (1900.0..2200.0).contains(&n) => n,
        _ => return None,
    };
    let mut f = c.marker(i - 1, i + 1, FigureKind::Year);
    f.value = Some(year);
    f.interval = Some(crate::numeric::Interval::exact(year));
    out.push(f);
    Some(i + 1)
}

/// Phone numbers: "+1-222-2222-2222", "+44 20 7946 0000", "020-7946-0000" (numeric
/// dates that look like them are dates).
fn phone(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    let raw = c.raw(i);
    // phone numbers: "+1-222-2222-2222", "020 7946 0000" with dashes
    let plus = i > c.first
        && c.raw(i - 1) == "+"
        && c.glued(i)
        && (raw.len() >= 7
            || (c.is_dash(i + 1) && c.glued(i + 1))
            || (c.is_num(i + 1)
                && c.tok(i + 1).is_some_and(|t| t.gap == Gap::Space)
                && c.raw(i + 1).bytes().all(|b| b.is_ascii_digit())));
    if plus || {
        c.is_dash(i + 1)
            && c.is_num(i + 2)
            && c.is_dash(i + 3)
            && c.is_num(i + 4)
            && c.glued(i + 1)
            && c.glued(i + 3)
    } {
        let mut j = i + 1;
        while (c.is_dash(j) || c.raw(j) == "/" || c.raw(j) == ".")
            && c.glued(j)
            && c.is_num(j + 1)
            && c.glued(j + 1)
        {
            j += 2;
        }
        // "+44 20 7946 0000": groups of digits after a plus, separated by spaces
        if plus {
            while c.is_num(j)
                && c.tok(j).is_some_and(|t| t.gap == Gap::Space)
                && c.raw(j).bytes().all(|b| b.is_ascii_digit())
            {
                j += 1;
            }
        }
        if j > i + 3 || plus {
            // numeric dates look like this too: 2023-10-07
            if let Some(d) = numeric_date(c, i) {
                out.push(d.0);
                return Some(d.1);
            }
            let start = if plus { i - 1 } else { i };
            out.push(c.marker(start, j, FigureKind::Phone));
            return Some(j);
        }
    }
    None
}

/// Identifiers named by the word before: "No. 10", "version 2", "Windows 10".
fn named_identifier(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    // identifiers named by the word before: "No. 10", "version 2", "Windows 10"
    let mut p = i;
    if p > c.first && c.raw(p - 1) == "." {
        p -= 1;
    }
    if p > c.first && IDENT_BEFORE.contains(&c.w(p - 1)) {
        let before = c.w(p - 1);
        // "the world No 1", "the number 10 seed": a place in a ranking, with its value
        if ranked(c, p - 1, i + 1)
            && let Some(n) = c
                .numeral(i)
                .filter(|n| n.value.fract() == 0.0 && n.value > 0.0)
        {
            out.push(c.make(p - 1, i + 1, FigureKind::Rank, n, None));
            return Some(i + 1);
        }
        let capital = c.raw(p - 1).chars().next().is_some_and(char::is_uppercase);
        // "year 2" is a school year; "No. 10"; but "no 5 people" is rare
        let strong = matches!(
            before,
            "no" | "nos"
                | "nr"
                | "version"
                | "v"
                | "windows"
                | "xbox"
                | "iphone"
                | "playstation"
                | "ps"
                | "apollo"
                | "formula"
                | "bbc"
                | "psalm"
                | "opus"
                | "op"
                | "tel"
                | "fax"
                | "dial"
                | "call"
        );
        if (strong || capital || p < i) && c.numeral(i).is_some_and(|n| n.value.fract() == 0.0) {
            out.push(c.marker(p - 1, i + 1, FigureKind::Identifier));
            return Some(i + 1);
        }
    }
    None
}

/// Letters glued after the number that are no unit, scale or suffix: "5G", "3D", "4x4".
fn code_with_letters_after(c: &Cursor, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    let raw = c.raw(i);
    // mobile network generations: "5G", "4G" (but "10G" is ten giga)
    if c.raw(i + 1) == "G" && c.glued(i + 1) && raw.len() == 1 && !c.glued(i + 2) {
        out.push(c.marker(i, i + 2, FigureKind::Identifier));
        return Some(i + 2);
    }
    // glued letters after that are no unit, scale or suffix: "5G", "3D", "4x4"
    if let Some(next) = c
        .tok(i + 1)
        .filter(|t| t.gap == Gap::None && t.kind == TokenKind::Word)
    {
        let suffix = next.text(c.text);
        let lower = next.text(c.lower);
        let known = number_words::scale_suffix(suffix, true).is_some()
            || c.lex.glued_units.contains_key(suffix)
            || c.lex.starts_phrase(lower)
            || matches!(
                lower,
                "st" | "nd"
                    | "rd"
                    | "th"
                    | "s"
                    | "am"
                    | "pm"
                    | "a"
                    | "p"
                    | "x"
                    | "yo"
                    | "pc"
                    | "bps"
            )
            || c.lex.currency_symbols.contains_key(suffix);
        if !known {
            let mut j = i + 1;
            while c.glued(j) && matches!(c.kind(j), Some(TokenKind::Word | TokenKind::Number)) {
                j += 1;
            }
            out.push(c.marker(i, j, FigureKind::Identifier));
            return Some(j);
        }
    }
    None
}

/// Words before an abbreviated year: "1918 and '19", "since '08", "the class of '99".
const YEAR_LEAD: &[&str] = &[
    "and", "or", "to", "in", "of", "since", "from", "until", "till", "through", "summer", "spring",
    "autumn", "fall", "winter", "season", "-", "–",
];

/// A numeric "a/b" that is not a fraction ("24/7", "9/11"): an identifier.
pub(super) fn out_of_fraction_marker(f: &mut Figure) {
    f.kind = FigureKind::Identifier;
    f.date = None;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::figure::cursor::read_at;

    /// The kinds `non_quantity_number` reads at token `at` of `text`.
    fn kinds(text: &str, at: &str) -> Vec<(String, FigureKind)> {
        read_at(text, at, non_quantity_number)
            .0
            .into_iter()
            .map(|(t, k, _)| (t, k))
            .collect()
    }

    #[test]
    fn links_are_skipped_whole() {
        crate::parse::figure::cursor::with_cursor("see https://x.org/5 now", |c| {
            let end = skip_link(c, 1).expect("a link");
            assert_eq!(c.raw(end), "now");
            assert_eq!(skip_link(c, 0), None);
        });
    }

    #[test]
    fn codes_phones_and_versions_are_not_quantities() {
        assert_eq!(
            kinds("an F-16 jet", "16"),
            vec![("F-16".into(), FigureKind::Identifier)]
        );
        assert_eq!(kinds("the 5G network", "5")[0].1, FigureKind::Identifier);
        assert_eq!(
            kinds("version 10.2.1 out", "10.2.1")[0].1,
            FigureKind::Identifier
        );
        assert_eq!(
            kinds("call +44 20 7946 0000 now", "44")[0].1,
            FigureKind::Phone
        );
        assert_eq!(kinds("No. 10 said", "10")[0].0, "No. 10");
    }

    #[test]
    fn dates_times_and_short_years() {
        assert_eq!(kinds("on 2023-10-07 they", "2023")[0].1, FigureKind::Date);
        assert_eq!(kinds("at 10:30 today", "10")[0].1, FigureKind::Time);
        let (figs, _) = read_at("since '08 the", "08", non_quantity_number);
        assert_eq!(figs, vec![("'08".into(), FigureKind::Year, Some(2008.0))]);
        // a quote that opens a quotation is no year
        assert!(kinds("he said '19 people died'", "19").is_empty());
    }

    #[test]
    fn model_names_are_identifiers_and_counts_beside_them_stay() {
        assert_eq!(
            kinds("the 737 Max was grounded", "737"),
            vec![("737 Max".into(), FigureKind::Identifier)]
        );
        assert!(kinds("737 maximum", "737").is_empty());
        assert!(kinds("737 passengers", "737").is_empty());
    }

    #[test]
    fn plain_numbers_are_left_to_the_quantity_readers() {
        assert!(kinds("50 people", "50").is_empty());
        assert!(kinds("3m copies", "3").is_empty());
    }
}

//! Digit grouping that no number has: "7,2000,000", "3,410,00". A figure read inside one is
//! not a figure we are sure we read right (the parser reads "4,550,00" as 4, 550 and 00), so
//! it feeds no relation; FC109 reports the run itself. Lists ("1,2,3") and Indian grouping
//! ("1,00,000") are left alone.

use crate::source::Span;

/// Runs of digits and commas whose grouping no number has: a group after the first of
/// other than three digits, in a run that has a three-digit group too (so it is a number
/// grouped in thousands, not a list), and not Indian grouping ("12,34,567").
pub(crate) fn malformed_groupings(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // A run without a comma is one group: well formed. So only the runs around commas are
    // read, each from the start of its stretch of digits and commas (where a scan from the
    // start of the text would stand too), found with a fast search for the next comma.
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|rest| rest.find(',')) {
        let comma = from + found;
        let mut i = comma;
        while i > from && in_run(bytes, i - 1) {
            i -= 1;
        }
        while i <= comma {
            i = run_from(text, i, &mut out);
        }
        from = i;
    }
    out
}

/// Whether byte `i` belongs to a run of digits and commas: a digit, or a comma before one.
fn in_run(bytes: &[u8], i: usize) -> bool {
    bytes[i].is_ascii_digit()
        || (bytes[i] == b',' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
}

/// One step of the scan for malformed groupings at byte `i`: the run of digits and commas
/// that starts there, if one does (recorded in `out` when its grouping is wrong), and the
/// byte to go on from.
fn run_from(text: &str, mut i: usize, out: &mut Vec<Span>) -> usize {
    let bytes = text.as_bytes();
    if !bytes[i].is_ascii_digit()
        || (i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.'))
    {
        return i + 1;
    }
    let start = i;
    while i < bytes.len() && in_run(bytes, i) {
        i += 1;
    }
    let end = i;
    // a decimal part or a glued word: another kind of token
    if bytes
        .get(end)
        .is_some_and(|b| *b == b'.' && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
        || bytes.get(end).is_some_and(u8::is_ascii_alphabetic)
    {
        return end;
    }
    let groups: Vec<usize> = text[start..end].split(',').map(str::len).collect();
    if groups.len() < 2 || groups[0] > 3 {
        return end;
    }
    let later = &groups[1..];
    // one group of four after a comma is a figure with a digit too many ("61,0000"); a
    // list of numbers has short groups ("1,2,3"), a decimal comma is no English
    let thousands = later.contains(&3) || later == [4];
    let wrong = later.iter().any(|&g| g != 3);
    let indian = later.last() == Some(&3)
        && later[..later.len() - 1].iter().all(|&g| g == 2)
        && groups[0] <= 2;
    if thousands && wrong && !indian {
        out.push(Span::new(start, end));
    }
    end
}

#[cfg(test)]
mod tests {
    use super::malformed_groupings;

    #[test]
    fn finds_digit_groupings_no_number_has() {
        assert_eq!(
            malformed_groupings("The jar held 7,2000,000 grains").len(),
            1
        );
        assert_eq!(
            malformed_groupings("about 30 pct of 3,410,00 shares").len(),
            1
        );
        assert!(malformed_groupings("6,500,000,000 pennies and 1,200 more").is_empty());
        assert!(malformed_groupings("rows 1,2,3 and 10,20,30").is_empty());
        assert!(malformed_groupings("a price of 1,00,000 rupees").is_empty());
        assert!(malformed_groupings("version 2.1,3").is_empty());
        assert_eq!(malformed_groupings("A crowd of 45,0000 saw it").len(), 1);
        assert!(malformed_groupings("pages 12,13 and 4,5").is_empty());
    }

    /// The scan from the start of the text, byte by byte, that the comma search stands for.
    fn every_byte(text: &str) -> Vec<crate::source::Span> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            i = super::run_from(text, i, &mut out);
        }
        out
    }

    #[test]
    fn reading_around_commas_finds_what_a_scan_of_every_byte_finds() {
        let texts = [
            "A3,4000,000 and 7,2000,000, then ,5,00 and 12,34,567",
            "x1,2000,000 .3,410,00 4,550,00,",
            "3,410,00",
            ",,,1,000,00,0,,",
            "a 1.5,300,00 b 2,0000 c 99,999,99x 100,000.5,00",
            "",
            ",",
            "5,",
        ];
        for text in texts {
            assert_eq!(malformed_groupings(text), every_byte(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_of_digits_commas_and_words_reads_alike(text in "[0-9,. aé]{0,40}") {
            proptest::prop_assert_eq!(malformed_groupings(&text), every_byte(&text));
        }
    }
}

#[cfg(test)]
mod knock_on {
    use crate::claims::relations::tests::read;

    #[test]
    fn a_figure_inside_a_malformed_run_feeds_no_relation() {
        for text in [
            "The trust will own about 30 pct of 3,410,00 units, and members will own 70 pct.",
            "The estate covers 2,400,00 acres, including 900 acres of vineyards.",
            "Ticket sales rose 12 pct to 1,2000,000 from 980,000 last season.",
        ] {
            let (parsed, claims) = read(text);
            assert_eq!(claims.malformed.len(), 1, "{text}");
            let m = claims.malformed[0];
            for rel in &claims.relations {
                for &k in &rel.record().figures {
                    let span = parsed.figures[k].span;
                    assert!(
                        span.end <= m.start || span.start >= m.end,
                        "{text}: {rel:?}"
                    );
                }
            }
        }
    }
}

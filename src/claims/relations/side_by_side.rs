//! A number in words and its numeral: "five (5)", "5 (five)".

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// "five (5)": a number in words with a numeral in brackets right after it, or a numeral
/// with its number in words ("5 (five)").
/// A wire table ("barley 12,400 (15,030), oats nil (220)") puts last year's figure in
/// brackets after this year's: there a bracket holds another value, not the same one
/// restated. The sentence is such a table when two or more of its figures are followed by
/// another figure in brackets.
pub(super) fn side_by_side(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    // a table's rows are numerals or "nil" ("12,400 (15,030)", "oats nil (220)"): a
    // number in words restated in brackets, however many times, is no table ("fifteen
    // (15) ... and twelve (21)")
    let bracketed = figs
        .windows(2)
        .filter(|p| {
            r.gap(p[0], p[1]).is(&["("])
                && r.w(r.ranges[p[1]].1) == ")"
                && !(in_words(r, p[0]) && r.fig(p[0]).value.is_some_and(|v| v >= 1.0))
        })
        .count();
    if bracketed >= 2 {
        return;
    }
    for pair in figs.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        // counts, or sums of one currency: "two hundred and fifty pounds (£250)"
        let (fa, fb) = (r.fig(a), r.fig(b));
        let same = match (fa.kind, fb.kind) {
            (FigureKind::Count, FigureKind::Count) => true,
            (FigureKind::Money, FigureKind::Money) => fa.unit == fb.unit,
            _ => false,
        };
        if !same {
            continue;
        }
        if !r.gap(a, b).is(&["("]) || r.w(r.ranges[b].1) != ")" {
            continue;
        }
        // "five (5)", and the other way round, "5 (five)": the bracket restates the
        // number; "nil" or "none" in brackets is a wire table's empty cell
        let (word, numeral) = match (in_words(r, a), in_words(r, b)) {
            (true, false) => (a, b),
            (false, true) if r.fig(b).value.is_some_and(|v| v >= 1.0) => (b, a),
            _ => continue,
        };
        // the numeral is digits alone, or a sum with its currency sign ("£250")
        let num_text = &r.text[r.fig(numeral).span.range()];
        let digits = num_text.trim_start_matches(|c: char| !c.is_ascii_digit());
        if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit() || c == b',') {
            out.push(Relation::SideBySide { word, numeral });
        }
    }
}

/// Whether figure `k` is written in words alone ("five", "one hundred").
fn in_words(r: &Reader, k: usize) -> bool {
    !r.text[r.fig(k).span.range()]
        .bytes()
        .any(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{figures_of, one};

    fn pairs(text: &str) -> Vec<Vec<String>> {
        figures_of(text, "numeral-word")
    }

    #[test]
    fn reads_a_number_in_words_and_its_numeral() {
        assert_eq!(
            pairs("The lease runs for five (5) years."),
            one(&["five", "5"])
        );
        assert_eq!(
            pairs("The buyer shall pay twelve (12) instalments."),
            one(&["twelve", "12"])
        );
        assert_eq!(
            pairs("Seller delivers one hundred (100) crates a week."),
            one(&["one hundred", "100"])
        );
    }

    #[test]
    fn reads_a_numeral_and_its_number_in_words() {
        assert_eq!(
            pairs("The lease runs for 5 (five) years."),
            one(&["five", "5"])
        );
        assert_eq!(
            pairs("Each candidate may bring 3 (three) pages of notes."),
            one(&["three", "3"])
        );
        assert_eq!(
            pairs("The fund shall repay 12 (twelve) instalments."),
            one(&["twelve", "12"])
        );
        // an empty cell of a wire table, or a noun inside the brackets: no restatement
        assert!(pairs("Oats 220 (nil) this year.").is_empty());
        assert!(pairs("Chapter 3 (five pages) covers the method.").is_empty());
    }

    #[test]
    fn reads_pairs_in_a_list_and_sums_in_words() {
        assert_eq!(
            pairs(
                "The council approved fifteen (15) bays on Mill Lane and twelve (21) on Station Road."
            ),
            vec![
                vec!["fifteen".to_string(), "15".to_string()],
                vec!["twelve".to_string(), "21".to_string()]
            ]
        );
        assert_eq!(
            pairs("A first offence carries a fine of two hundred and fifty pounds (£520)."),
            one(&["two hundred and fifty pounds", "£520"])
        );
    }

    #[test]
    fn a_wire_table_or_a_numeral_alone_is_no_pair() {
        assert!(pairs("Barley 12,400 (15,030), oats nil (220), rye nil (45).").is_empty());
        assert!(pairs("The lease runs for five years (2020-25).").is_empty());
    }
}

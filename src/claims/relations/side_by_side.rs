//! A number in words and its numeral: "five (5)".

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// "five (5)": a number in words with a numeral in brackets right after it.
/// A wire table ("barley 12,400 (15,030), oats nil (220)") puts last year's figure in
/// brackets after this year's: there a bracket holds another value, not the same one
/// restated. The sentence is such a table when two or more of its figures are followed by
/// another figure in brackets.
pub(super) fn side_by_side(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    let bracketed = figs
        .windows(2)
        .filter(|p| r.gap(p[0], p[1]).is(&["("]) && r.w(r.ranges[p[1]].1) == ")")
        .count();
    if bracketed >= 2 {
        return;
    }
    for pair in figs.windows(2) {
        let (w, n) = (pair[0], pair[1]);
        let (fw, fnum) = (r.fig(w), r.fig(n));
        if fw.kind != FigureKind::Count || fnum.kind != FigureKind::Count {
            continue;
        }
        let word_text = &r.text[fw.span.range()];
        let num_text = &r.text[fnum.span.range()];
        let in_words = !word_text.bytes().any(|b| b.is_ascii_digit());
        let numeral = num_text.bytes().all(|b| b.is_ascii_digit() || b == b',');
        let gap = r.gap(w, n);
        let close = r.ranges[n].1;
        if in_words && numeral && gap.is(&["("]) && r.w(close) == ")" {
            out.push(Relation::SideBySide {
                word: w,
                numeral: n,
            });
        }
    }
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
    fn a_wire_table_or_a_numeral_alone_is_no_pair() {
        assert!(pairs("Barley 12,400 (15,030), oats nil (220), rye nil (45).").is_empty());
        assert!(pairs("The lease runs for 5 (five) years.").is_empty());
        assert!(pairs("The lease runs for five years (2020-25).").is_empty());
    }
}

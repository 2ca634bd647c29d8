//! Conversions beside a figure: "13 miles (21 km)", "$1.13bn (£600m)".

use super::super::{Reader, Relation};
use crate::parse::FigureKind;

/// "13 miles (21 km)", "$1.13bn (£600m)", "$200m (£104m; 151m euros)": a measure or sum
/// followed by its conversion in brackets.
pub(super) fn conversions(r: &Reader, figs: &[usize], out: &mut Vec<Relation>) {
    for (t, &k) in figs.iter().enumerate() {
        let f = r.fig(k);
        if !matches!(f.kind, FigureKind::Measure | FigureKind::Money) || f.unit.is_none() {
            continue;
        }
        let mut prev = k;
        let mut inside = false;
        for &c in &figs[t + 1..] {
            let gap = r.gap(prev, c);
            let opens = !inside && gap.is(&["("]);
            let continues =
                inside && gap.len() == 1 && gap.iter().any(|w| matches!(w, ";" | "," | "/" | "or"));
            if !(opens || continues) {
                break;
            }
            let fc = r.fig(c);
            if fc.kind == f.kind && fc.unit.is_some() && fc.unit != f.unit {
                out.push(Relation::Conversion {
                    original: k,
                    converted: c,
                });
            }
            inside = true;
            prev = c;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{figures_of, one};

    fn conversions(text: &str) -> Vec<Vec<String>> {
        figures_of(text, "conversion")
    }

    #[test]
    fn reads_a_conversion_in_brackets() {
        assert_eq!(
            conversions("The trail runs for 13 miles (21 km) along the coast."),
            one(&["13 miles", "21 km"])
        );
        assert_eq!(
            conversions("The deal is worth $1.13bn (£600m) to the firm."),
            one(&["$1.13bn", "£600m"])
        );
        assert_eq!(
            conversions("The bridge cost $200m (£104m; 151m euros) to build."),
            vec![
                vec!["$200m".to_string(), "£104m".to_string()],
                vec!["$200m".to_string(), "151m euros".to_string()],
            ]
        );
    }

    #[test]
    fn figures_not_in_brackets_or_of_one_unit_are_not_conversions() {
        assert!(conversions("The trail runs for 13 miles and then 21 km more.").is_empty());
        assert!(conversions("Tickets cost £40 (£30 for children).").is_empty());
        assert!(conversions("The loan was £600m (2004) and is now repaid.").is_empty());
    }
}

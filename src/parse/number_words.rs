//! Numbers written in words: "twenty-one", "one hundred and five", "2.3 million",
//! "4 thousand 3 hundred and 21", "a dozen", "two-thirds", "five and a half million".
//!
//! The grammar reads a cardinal left to right, keeping a running `group` (below a thousand)
//! and a `total` of completed scale groups, and stops at the first word that cannot extend
//! the number ("twenty thirty" is two numbers, "one two" too). Ordinal words close a
//! number ("twenty-first"), plural ordinals after a cardinal make a fraction ("three
//! fifths").

use rustc_hash::FxHashMap;

/// What a number word is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumWord {
    /// zero to nine
    Unit(u8),
    /// ten to nineteen
    Teen(u8),
    /// twenty, thirty, ... ninety
    Tens(u8),
    Hundred,
    /// thousand, million, billion, trillion, lakh, crore
    Scale(f64),
    Dozen,
    /// An ordinal word: its value, how it composes, and whether it is plural ("fifths").
    Ordinal {
        value: f64,
        class: OrdinalClass,
        plural: bool,
    },
    /// half, halves
    Half {
        plural: bool,
    },
    /// quarter, quarters
    Quarter {
        plural: bool,
    },
}

/// How an ordinal word composes with what comes before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrdinalClass {
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
}

/// The ordinal words: value and what they may follow in a number.
const ORDINALS: [(&str, f64, OrdinalClass); 36] = [
    ("first", 1.0, OrdinalClass::Unit),
    ("second", 2.0, OrdinalClass::Unit),
    ("third", 3.0, OrdinalClass::Unit),
    ("fourth", 4.0, OrdinalClass::Unit),
    ("fifth", 5.0, OrdinalClass::Unit),
    ("sixth", 6.0, OrdinalClass::Unit),
    ("seventh", 7.0, OrdinalClass::Unit),
    ("eighth", 8.0, OrdinalClass::Unit),
    ("ninth", 9.0, OrdinalClass::Unit),
    ("nineth", 9.0, OrdinalClass::Unit),
    ("tenth", 10.0, OrdinalClass::Teen),
    ("eleventh", 11.0, OrdinalClass::Teen),
    ("twelfth", 12.0, OrdinalClass::Teen),
    ("thirteenth", 13.0, OrdinalClass::Teen),
    ("fourteenth", 14.0, OrdinalClass::Teen),
    ("fifteenth", 15.0, OrdinalClass::Teen),
    ("sixteenth", 16.0, OrdinalClass::Teen),
    ("seventeenth", 17.0, OrdinalClass::Teen),
    ("eighteenth", 18.0, OrdinalClass::Teen),
    ("nineteenth", 19.0, OrdinalClass::Teen),
    ("twentieth", 20.0, OrdinalClass::Tens),
    ("thirtieth", 30.0, OrdinalClass::Tens),
    ("fortieth", 40.0, OrdinalClass::Tens),
    ("fiftieth", 50.0, OrdinalClass::Tens),
    ("sixtieth", 60.0, OrdinalClass::Tens),
    ("seventieth", 70.0, OrdinalClass::Tens),
    ("eightieth", 80.0, OrdinalClass::Tens),
    ("ninetieth", 90.0, OrdinalClass::Tens),
    ("hundredth", 100.0, OrdinalClass::Hundred),
    ("thousandth", 1e3, OrdinalClass::Scale),
    ("millionth", 1e6, OrdinalClass::Scale),
    ("billionth", 1e9, OrdinalClass::Scale),
    ("trillionth", 1e12, OrdinalClass::Scale),
    ("lakhth", 1e5, OrdinalClass::Scale),
    ("croreth", 1e7, OrdinalClass::Scale),
    ("zeroth", 0.0, OrdinalClass::Unit),
];

fn table() -> &'static FxHashMap<&'static str, NumWord> {
    static TABLE: std::sync::OnceLock<FxHashMap<&'static str, NumWord>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        use NumWord::*;
        let mut m = FxHashMap::default();
        let units = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ];
        for (i, w) in units.iter().enumerate() {
            m.insert(*w, Unit(i as u8));
        }
        m.insert("nought", Unit(0));
        m.insert("naught", Unit(0));
        m.insert("nil", Unit(0));
        let teens = [
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ];
        for (i, w) in teens.iter().enumerate() {
            m.insert(*w, Teen(10 + i as u8));
        }
        let tens = [
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ];
        for (i, w) in tens.iter().enumerate() {
            m.insert(*w, Tens(20 + 10 * i as u8));
        }
        m.insert("fourty", Tens(40));
        m.insert("hundred", Hundred);
        m.insert("hundreds", Hundred);
        for (w, s) in [
            ("thousand", 1e3),
            ("thousands", 1e3),
            ("million", 1e6),
            ("millions", 1e6),
            ("billion", 1e9),
            // wire style: "one mln shares", "two bln dlrs"
            ("mln", 1e6),
            ("bln", 1e9),
            ("billions", 1e9),
            ("trillion", 1e12),
            ("trillions", 1e12),
            ("lakh", 1e5),
            ("lakhs", 1e5),
            ("crore", 1e7),
            ("crores", 1e7),
        ] {
            m.insert(w, Scale(s));
        }
        for w in ["dozen", "dozens", "dz", "dzs", "doz", "dozs"] {
            m.insert(w, Dozen);
        }
        for (w, v, class) in ORDINALS {
            m.insert(
                w,
                Ordinal {
                    value: v,
                    class,
                    plural: false,
                },
            );
            // plurals: "fifths", "hundredths"; "seconds" and "firsts" are not fractions
            if !matches!(w, "first" | "second" | "zeroth") {
                let plural: &'static str = Box::leak(format!("{w}s").into_boxed_str());
                m.insert(
                    plural,
                    Ordinal {
                        value: v,
                        class,
                        plural: true,
                    },
                );
            }
        }
        m.insert(
            "firsts",
            Ordinal {
                value: 1.0,
                class: OrdinalClass::Unit,
                plural: true,
            },
        );
        m.insert("half", Half { plural: false });
        m.insert("halves", Half { plural: true });
        m.insert("quarter", Quarter { plural: false });
        m.insert("quarters", Quarter { plural: true });
        m
    })
}

/// Every number word the grammar knows.
pub fn all_words() -> impl Iterator<Item = &'static str> {
    table().keys().copied()
}

/// The number word a lower-case word is, if any.
///
/// ```
/// use figcheck::parse::number_words::{word, NumWord};
/// assert_eq!(word("twenty"), Some(NumWord::Tens(20)));
/// assert_eq!(word("table"), None);
/// ```
pub fn word(lower: &str) -> Option<NumWord> {
    table().get(lower).copied()
}

/// Scale suffixes glued to digits or written after them: "3m", "$1.5bn", "10 bln", "2.33 k".
/// `glued`: the suffix touches the digits. Case matters for single letters: "10M" and
/// "10m" are millions, "10G" giga, but "5g" is grams (see the unit lexicon).
pub fn scale_suffix(word: &str, glued: bool) -> Option<f64> {
    let lower = word.to_ascii_lowercase();
    let s = match lower.as_str() {
        "bn" | "bln" | "bil" | "billion" => 1e9,
        "mn" | "mln" | "mil" | "mill" | "million" => 1e6,
        // "US$ 1MM" is a million; "7.62mm" is millimetres
        "mm" if word == "MM" => 1e6,
        "tn" | "tln" | "tril" | "trillion" => 1e12,
        "thousand" => 1e3,
        // Indian scales: "300 Cr", "30 lkh"
        "cr" | "crs" => 1e7,
        "lkh" | "lk" | "lac" | "lacs" => 1e5,
        "k" => 1e3,
        _ => match word {
            "m" | "M" if glued => 1e6,
            "b" | "B" if glued => 1e9,
            "G" if glued => 1e9,
            "T" if glued => 1e12,
            "K" if glued => 1e3,
            "M" => 1e6,
            // "8 B people": a capital B after a numeral is a billion
            "B" => 1e9,
            "G" => 1e9,
            _ => return None,
        },
    };
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_classified() {
        assert_eq!(word("nineteen"), Some(NumWord::Teen(19)));
        assert_eq!(word("million"), Some(NumWord::Scale(1e6)));
        assert!(matches!(
            word("fifths"),
            Some(NumWord::Ordinal { plural: true, .. })
        ));
        assert!(word("seconds").is_none());
    }

    #[test]
    fn suffixes() {
        assert_eq!(scale_suffix("bn", true), Some(1e9));
        assert_eq!(scale_suffix("m", true), Some(1e6));
        assert_eq!(scale_suffix("m", false), None);
        assert_eq!(scale_suffix("k", false), Some(1e3));
    }
}

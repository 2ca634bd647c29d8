//! A glued "m" after a number: metres ("the 100m final", "a leap of 6.66m", "37m-long") or
//! millions ("£40m", "1.4m people"). The cardinal grammar asks before it reads the "m" as a
//! scale.

use super::cursor::Cursor;

/// Words after a glued "m" that make it metres, not millions.
pub(super) const METRE_CUES: &[&str] = &[
    "victory",
    "win",
    "best",
    "mark",
    "jump",
    "leap",
    "throw",
    "personal",
    "clocking",
    "tall",
    "high",
    "long",
    "deep",
    "wide",
    "hurdles",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "relay",
    "race",
    "sprint",
    "final",
    "finals",
    "title",
    "record",
    "run",
    "dash",
    "above",
    "below",
    "away",
    "metres",
    "indoor",
    "outdoor",
    "heat",
    "heats",
    "semi",
    "semis",
    "world",
    "gold",
    "silver",
    "bronze",
    "champion",
    "event",
    "hurdler",
    "runner",
    "swim",
    "steeplechase",
    "from",
];

/// Whether a glued "m" after the numeral at `j` (its cardinal starting at `i`) means
/// metres rather than millions. Money is always millions ("£2.35m"); metres are read
/// from a sporting or measuring word after it ("100m hurdles", "1.80m tall"), two
/// decimals or grouped thousands ("a leap of 6.66m", "the 10,000m"), or a race distance
/// after "the"/"in"/"of" ("the 1500m", "in the 400m").
pub(super) fn glued_m_is_metres(c: &Cursor, i: usize, j: usize) -> bool {
    let money = i > c.first
        && (c.lex.currency_symbols.contains_key(c.raw(i - 1))
            || c.lex.currency_word(c.w(i - 1)).is_some());
    // "5.45m Euros": a currency after the suffix makes it money too
    if money || c.lex.currency_word(c.w(j + 2)).is_some() {
        return false;
    }
    if METRE_CUES.contains(&c.w(j + 2)) {
        return true;
    }
    // "3m and 5cm": a smaller length unit after "and"
    if c.w(j + 2) == "and"
        && c.is_num(j + 3)
        && c.glued(j + 4)
        && matches!(c.raw(j + 4), "cm" | "mm" | "in")
    {
        return true;
    }
    // "37m-long"; "37m (121ft)": a length in feet beside it
    if c.is_dash(j + 2) && c.glued(j + 2) && METRE_CUES.contains(&c.w(j + 3)) {
        return true;
    }
    if c.raw(j + 2) == "("
        && c.is_num(j + 3)
        && matches!(
            c.w(j + 4),
            "ft" | "feet" | "foot" | "in" | "inches" | "yd" | "yards"
        )
    {
        return true;
    }
    let raw = c.raw(j);
    // two decimals, or thousands without a currency ("3,000m"): millions are written
    // "1.4m" and "10bn", not "6.66m" or "10,000m"
    if raw.split_once('.').is_some_and(|(_, d)| d.len() == 2) || raw.contains(',') {
        return true;
    }
    let distance = matches!(
        raw,
        "60" | "100"
            | "110"
            | "200"
            | "300"
            | "400"
            | "600"
            | "800"
            | "1000"
            | "1,000"
            | "1200"
            | "1,200"
            | "1500"
            | "1,500"
            | "2000"
            | "2,000"
            | "3000"
            | "3,000"
            | "5000"
            | "5,000"
            | "10,000"
            | "10000"
    );
    distance
        && matches!(
            c.prev_w(i),
            "the"
                | "in"
                | "of"
                | "over"
                | "a"
                | "his"
                | "her"
                | "their"
                | "men's"
                | "women's"
                | "final"
                | "last"
                | "first"
                | "indoor"
                | "world"
                | "olympic"
                | "through"
                | "and"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::figure::cursor::with_cursor;

    /// Whether the "m" glued to the first numeral of `text` is metres.
    fn metres(text: &str) -> bool {
        with_cursor(text, |c| {
            let j = (0..c.bound).find(|&k| c.is_num(k)).expect("a numeral");
            glued_m_is_metres(c, j, j)
        })
    }

    #[test]
    fn a_sporting_or_measuring_word_after_makes_metres() {
        assert!(metres("100m hurdles"));
        assert!(metres("a 37m-long boat"));
        assert!(metres("37m (121ft) tall"));
        assert!(metres("3m and 5cm"));
    }

    #[test]
    fn precision_and_race_distances_make_metres() {
        assert!(metres("a leap of 6.66m in Madrid"));
        assert!(metres("she won the 10,000m easily"));
        assert!(metres("the 1500m in Madrid"));
    }

    #[test]
    fn money_and_plain_counts_are_millions() {
        assert!(!metres("a £40m deal"));
        assert!(!metres("he made 5.45m euros"));
        assert!(!metres("1.4m people need care"));
        assert!(!metres("sold 3m copies"));
    }

    #[test]
    fn the_cues_are_lower_case_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for w in METRE_CUES {
            assert_eq!(*w, w.to_lowercase(), "{w}");
            assert!(seen.insert(w), "{w} twice");
        }
    }
}

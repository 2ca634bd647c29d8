//! Calendar words: months and weekdays, their abbreviations, and the time zones written after
//! a clock time; the words around a four-digit number that tell a year from a count.

/// Month names, January first.
pub(super) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether "st" after a number makes an ordinal: "21st", not "11st" or "10st" (ten stone).
pub(super) fn ordinal_st(value: f64) -> bool {
    let n = value as u64;
    n % 10 == 1 && n % 100 != 11
}

/// Whether a month word is cut short, so that a full stop glued to it is its own ("Jul.",
/// "Sept."): after "June" or "July" the full stop ends the sentence.
pub(super) fn abbreviated(month_word: &str) -> bool {
    month_word.len() <= 4 && !matches!(month_word, "may" | "june" | "july")
}

/// The month (1 to 12) a lower-case word names, in full or short ("march", "sept").
pub(super) fn month(word: &str) -> Option<u8> {
    if let Some(i) = MONTHS.iter().position(|m| *m == word) {
        return Some(i as u8 + 1);
    }
    if word == "sept" {
        return Some(9);
    }
    MONTH_ABBREVIATIONS
        .iter()
        .position(|m| !m.is_empty() && *m == word)
        .map(|i| i as u8 + 1)
}

/// Weekday names, Monday first.
pub(super) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month abbreviations, "" where the full name is short ("may").
pub(super) const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The weekday (0 for Monday) a lower-case word names in full.
pub(super) fn weekday(word: &str) -> Option<u8> {
    WEEKDAYS.iter().position(|d| *d == word).map(|i| i as u8)
}

/// Time-zone words after a clock time.
pub(super) const TIME_ZONES: &[&str] = &[
    "gmt", "bst", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "et", "pt", "ct", "cst", "cdt",
    "mst", "mdt", "hrs", "hours", "ist", "jst", "aest",
];

/// Plural nouns of people and things counted in thousands: a four-digit number before one
/// is a count ("1000 people were evacuated", "2000 homes"), unless a word of the calendar
/// stands before it ("since 1999 people have moved"). Not the names of a side or a class
/// of a year ("the 1967 tourists", "the 2001 winners", "1997 members").
pub(super) const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "men",
    "women",
    "children",
    "adults",
    "staff",
    "troops",
    "jobs",
    "workers",
    "homes",
    "houses",
    "households",
    "families",
    "buildings",
    "properties",
    "cars",
    "vehicles",
    "trucks",
    "lorries",
    "flights",
    "employees",
    "soldiers",
    "police",
    "officers",
    "pupils",
    "students",
    "teachers",
    "nurses",
    "doctors",
    "patients",
    "residents",
    "refugees",
    "migrants",
    "passengers",
    "customers",
    "protesters",
    "volunteers",
    "voters",
    "fans",
    "spectators",
    "votes",
    "cases",
    "deaths",
    "victims",
    "animals",
    "sheep",
    "cattle",
    "birds",
    "trees",
];

/// Words of the calendar before a four-digit number: after them it stays a year even before
/// a counted noun ("in 2000 people voted", "since 1999 homes have...").
pub(super) const CALENDAR_BEFORE: &[&str] = &[
    "in",
    "since",
    "by",
    "from",
    "until",
    "till",
    "before",
    "after",
    "during",
    "through",
    "throughout",
    "circa",
    "c",
    "early",
    "late",
    "mid",
];

/// Words of amount before a number: after them a four-digit number before a plural noun is
/// a count ("more than 1000 cars", "about 1500 tickets"), not a year. Not "over", which
/// also compares with a year ("rose 34 pct over 1985 volume").
pub(super) const AMOUNT_BEFORE: &[&str] = &[
    "than",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "approximately",
    "roughly",
    "least",
    "estimated",
    "another",
];

/// Words before a slash of two numbers ("on 2/27", "since 9/11") that make it a month and a
/// day rather than a share, unless "of" or a unit follows ("on 3/4 of the days").
pub(super) const SLASH_DATE_BEFORE: &[&str] = &[
    "on", "since", "after", "before", "until", "till", "post", "pre",
];

/// Denominators in which shares are told ("2/3", "5/8", "1/32"): a slash with one is a
/// fraction unless a word of the calendar stands before it.
pub(super) const SHARE_DENOMINATORS: &[u32] = &[2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 32, 64, 100];

#[cfg(test)]
mod tests {
    #[test]
    fn a_full_stop_after_a_whole_month_name_ends_the_sentence() {
        for (text, want) in [
            ("It reopened on 17 July.", "17 July"),
            ("It shut on 2 June.", "2 June"),
            ("It reopened on 17 Jul. Then it shut.", "17 Jul."),
            ("It opened on Sept. 4 last year.", "Sept. 4"),
        ] {
            let doc = crate::source::Document::from_text("t.txt", text);
            let parsed = crate::parse::parse(&doc, crate::parse::Lexicon::builtin());
            let dates: Vec<&str> = parsed
                .figures
                .iter()
                .map(|f| &text[f.span.range()])
                .collect();
            assert!(dates.contains(&want), "{text}: {dates:?}");
        }
    }

    use super::*;

    #[test]
    fn months_by_name_and_abbreviation() {
        assert_eq!(month("january"), Some(1));
        assert_eq!(month("sept"), Some(9));
        assert_eq!(month("sep"), Some(9));
        assert_eq!(month("dec"), Some(12));
        assert_eq!(month("may"), Some(5));
        // the empty slot of "may"'s abbreviation matches nothing
        assert_eq!(month(""), None);
        assert_eq!(month("mayday"), None);
    }

    #[test]
    fn weekdays_count_from_monday() {
        assert_eq!(weekday("monday"), Some(0));
        assert_eq!(weekday("sunday"), Some(6));
        assert_eq!(weekday("mon"), None);
    }
}

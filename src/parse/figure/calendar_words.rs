//! Calendar words: months and weekdays, their abbreviations, and the time zones written after
//! a clock time.

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

#[cfg(test)]
mod tests {
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

    #[test]
    fn time_zones_are_lower_case_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for w in TIME_ZONES {
            assert_eq!(*w, w.to_lowercase(), "{w}");
            assert!(seen.insert(w), "{w} twice");
        }
    }
}

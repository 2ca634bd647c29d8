//! Blocks in prose: the rows of a table written as lines ("Shr 25 cts vs 18 cts"), the
//! items of a list ("- Kenya: 12 deaths") and the entries of a live blog ("14:05 ...").
//! Figures in different blocks count different things unless the text says otherwise, so
//! the consistency checks never compare across them.

use super::sentence::Sentence;
use super::token::short_lower_is;

/// What kind of block a sentence stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// A row of a table: one of several short lines of the same shape with figures in them.
    Row,
    /// An item of a bulleted or numbered list.
    Item,
    /// An entry of a live blog or timeline: the lines from one leading time or date to the
    /// next.
    Entry,
}

/// The block a sentence stands in: its kind and an identity unique in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Block {
    pub id: u32,
    pub kind: BlockKind,
}

/// Most bytes a line of a table row may have.
const ROW_MAX_BYTES: usize = 80;
/// Fewest consecutive row lines that make a table.
const ROW_MIN_LINES: usize = 3;
/// Fewest entry starts that make a live blog.
const ENTRY_MIN: usize = 2;

/// What one line of the text opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineRole {
    Blank,
    Item,
    EntryStart,
    RowCandidate,
    Prose,
}

/// Sets the block of every sentence that starts in a row, an item or an entry.
///
/// `original` is the input before markup was blanked (same offsets): list markers ("- ",
/// "1. ", `<li>`) are read there, the rest in `text`.
pub fn mark(text: &str, original: &str, sentences: &mut [Sentence]) {
    let mut starts = Vec::new();
    let mut roles = Vec::new();
    let mut offset = 0;
    let same_offsets = original.len() == text.len();
    let mut lines: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        lines.push(line);
        starts.push(offset);
        let mut r = role(line);
        let written = if same_offsets {
            original.get(offset..offset + line.len()).unwrap_or(line)
        } else {
            line
        };
        if r != LineRole::Blank && list_marker(written.trim_start()) {
            r = LineRole::Item;
        }
        roles.push(r);
        offset += line.len() + 1;
    }
    let mut block: Vec<Option<Block>> = vec![None; roles.len()];
    let mut next_id = 0u32;
    let mut new_block = |kind| {
        next_id += 1;
        Some(Block { id: next_id, kind })
    };
    // live-blog entries: each runs until the next entry start
    if roles.iter().filter(|r| **r == LineRole::EntryStart).count() >= ENTRY_MIN {
        let mut current = None;
        for (k, r) in roles.iter().enumerate() {
            if *r == LineRole::EntryStart {
                current = new_block(BlockKind::Entry);
            }
            block[k] = current;
        }
    }
    // list items: one block per item line
    for (k, r) in roles.iter().enumerate() {
        if *r == LineRole::Item {
            block[k] = new_block(BlockKind::Item);
        }
    }
    // table rows: runs of short lines with figures, two of them of the same shape
    let mut k = 0;
    while k < roles.len() {
        let mut end = k;
        while end < roles.len() && roles[end] == LineRole::RowCandidate {
            end += 1;
        }
        if end - k >= ROW_MIN_LINES {
            let mut shapes: Vec<String> = lines[k..end].iter().map(|l| shape(l)).collect();
            shapes.sort();
            if shapes.windows(2).any(|w| w[0] == w[1]) {
                for b in &mut block[k..end] {
                    *b = new_block(BlockKind::Row);
                }
            }
        }
        k = end.max(k + 1);
    }
    for s in sentences.iter_mut() {
        let line = starts.partition_point(|&o| o <= s.span.start as usize);
        s.block = line.checked_sub(1).and_then(|l| block[l]);
    }
}

/// What a line opens, from its first characters and its length.
fn role(line: &str) -> LineRole {
    let t = line.trim();
    if t.is_empty() {
        return LineRole::Blank;
    }
    if list_marker(t) {
        return LineRole::Item;
    }
    if starts_with_time(t) || starts_with_date(t) {
        return LineRole::EntryStart;
    }
    // the shape first, the digits last: a paragraph of prose is not scanned for them
    let row_shaped = t.starts_with('|')
        || t.len() <= ROW_MAX_BYTES
            && !t.ends_with(['.', '!', '?', '"', '”', ':'])
            && t.starts_with(|c: char| c.is_alphabetic());
    if row_shaped && t.bytes().any(|b| b.is_ascii_digit()) {
        return LineRole::RowCandidate;
    }
    LineRole::Prose
}

/// Whether a line (leading space trimmed) opens a list item: "- ", "* ", "• ", "1. ",
/// "<li>".
pub(super) fn list_marker(t: &str) -> bool {
    let bytes = t.as_bytes();
    matches!(bytes.first(), Some(b'-' | b'*' | b'+')) && bytes.get(1) == Some(&b' ')
        || t.starts_with("• ")
        || t.starts_with("– ")
        || t.starts_with("<li")
        || numbered(t)
}

/// "1. ", "2) ", "10. ": a numbered list item.
fn numbered(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && matches!(t.as_bytes().get(digits), Some(b'.' | b')'))
        && t.as_bytes().get(digits + 1) == Some(&b' ')
}

/// "14:05", "2:05pm", "09.30 GMT", "2.05 p.m." at the start of a line, then a pause.
fn starts_with_time(t: &str) -> bool {
    let b = t.as_bytes();
    let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&h) || !matches!(b.get(h), Some(b':' | b'.')) {
        return false;
    }
    let m = b[h + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    if m != 2 {
        return false;
    }
    let rest = t[h + 3..].trim_start().to_ascii_lowercase();
    let rest = ["am", "pm", "a.m.", "p.m.", "gmt", "bst", "et", "cet", "utc"]
        .iter()
        .find_map(|z| rest.strip_prefix(z))
        .map_or(rest.as_str(), |r| r)
        .trim_start();
    // a pause after the time, or the entry's text straight after it
    rest.is_empty()
        || rest.starts_with([':', '-', '–', '—', '|'])
        || rest.starts_with(|c: char| c.is_alphabetic())
}

/// "March 5:", "5 March -", "Mar. 5, 2020 —", or a line that is only a date: a dated entry.
fn starts_with_date(t: &str) -> bool {
    // the first four words, without allocating: this is asked of every line
    let mut first_words = [""; 4];
    let mut n = 0;
    for (slot, w) in first_words.iter_mut().zip(t.split_whitespace()) {
        *slot = w;
        n += 1;
    }
    let words = &first_words[..n];
    // no month name is longer than "september,"
    let month = |w: &str| {
        short_lower_is(
            w.trim_end_matches([',', '.', ':']),
            crate::parse::figure::is_month,
        )
    };
    let day = |w: &str| {
        let d = w.trim_end_matches([',', '.', ':']);
        (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
    };
    let (date_words, last) = match words {
        [m, d, ..] if month(m) && day(d) => (2, *d),
        [d, m, ..] if day(d) && month(m) => (2, *m),
        _ => return false,
    };
    // an optional year after the day or month
    let mut used = date_words;
    let mut end_word = last;
    if let Some(y) = words.get(used) {
        let y = y.trim_end_matches([',', '.', ':']);
        if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) {
            end_word = words[used];
            used += 1;
        }
    }
    let pause = end_word.ends_with(':')
        || words
            .get(used)
            .is_some_and(|w| matches!(*w, "-" | "–" | "—" | "|" | ":"));
    pause || words.len() == used
}

/// The shape of a line: runs of words, numbers and other marks, one letter each ("Kenya 12
/// deaths" is "wnw").
fn shape(line: &str) -> String {
    let mut out = String::new();
    for tok in line.split_whitespace() {
        let c = if tok.starts_with(|c: char| c.is_ascii_digit() || c == '$' || c == '£') {
            'n'
        } else if tok.starts_with(char::is_alphabetic) {
            'w'
        } else {
            'p'
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::sentence::split;
    use crate::parse::token::tokenize;

    fn blocks(text: &str) -> Vec<Option<BlockKind>> {
        let toks = tokenize(text);
        let mut s = split(text, text, &toks, false, None);
        mark(text, text, &mut s);
        s.iter().map(|s| s.block.map(|b| b.kind)).collect()
    }

    #[test]
    fn rows_items_and_entries() {
        use BlockKind::*;
        assert_eq!(
            blocks(
                "Results:\nShr 25 cts vs 18 cts\nNet 1.2 mln vs 900,000\nRevs 10.5 mln vs 8.9 mln"
            ),
            [None, Some(Row), Some(Row), Some(Row)]
        );
        assert_eq!(
            blocks("- Kenya: 12 deaths\n- Peru: 40 deaths"),
            [Some(Item), Some(Item)]
        );
        assert_eq!(
            blocks(
                "14:05 GMT Kenya reports 12 deaths.\n\n15:30 Peru reports 40 deaths. More later."
            ),
            [Some(Entry), Some(Entry), Some(Entry)]
        );
        assert_eq!(
            blocks("March 5: Kenya reports 12 deaths.\nMarch 6 - Kenya reports 40 deaths."),
            [Some(Entry), Some(Entry)]
        );
        // a sentence that opens with a date is no entry
        assert_eq!(
            blocks("March 5 was the day 12 died.\nMarch 6 saw 40 more deaths."),
            [None, None]
        );
        // prose lines and a single time are no blocks
        assert_eq!(
            blocks("The storm killed 12 people.\nIt hit at 14:05 on Monday."),
            [None, None]
        );
    }

    #[test]
    fn each_row_is_its_own_block() {
        let text = "Kenya 12 deaths\nPeru 40 deaths\nChile 7 deaths";
        let toks = tokenize(text);
        let mut s = split(text, text, &toks, false, None);
        mark(text, text, &mut s);
        let ids: Vec<_> = s.iter().filter_map(|s| s.block.map(|b| b.id)).collect();
        assert_eq!(ids.len(), 3);
        assert!(ids[0] != ids[1] && ids[1] != ids[2]);
    }
}

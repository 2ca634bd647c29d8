//! Inputs: files as the user opened them, and the prose figcheck reads in them.
//!
//! A [`Document`] keeps the original bytes and a *masked* copy of the same length in which
//! everything that is not prose (Markdown code, HTML comments, link targets, front matter)
//! is blanked to spaces. Because the masked text has the same byte offsets as the original,
//! every later span points straight back into the file the user opened, with no source map
//! to keep in step. [`LineIndex`] turns byte offsets into 1-based lines and columns
//! (characters, and UTF-16 code units for editors).

mod html;
mod jsonl;
mod markdown;

pub use jsonl::{JsonlReader, read_jsonl};

use serde::Serialize;

/// A byte range in a document, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (byte offsets, end-exclusive).
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The covered range, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// How an input is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Text,
    Markdown,
    Html,
    Jsonl,
}

impl InputFormat {
    /// The format an extension implies: `.md`/`.markdown` Markdown, `.html`/`.htm` HTML,
    /// `.jsonl` JSONL, anything else plain text.
    pub fn from_path(path: &str) -> InputFormat {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") || lower.ends_with(".mdx") {
            InputFormat::Markdown
        } else if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
            InputFormat::Html
        } else if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            InputFormat::Jsonl
        } else {
            InputFormat::Text
        }
    }
}

/// One article: the text as given and the prose figcheck reads in it.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file path, or the article id in a JSONL batch.
    pub id: String,
    /// The input as given (for JSONL, the article's `text`).
    pub original: String,
    /// `original` with non-prose blanked to spaces: same length, same offsets.
    pub text: String,
    /// The headline: the Markdown H1, a JSONL `title` found at the start of the text, or a
    /// short first line standing alone. Figures in it are marked as headline figures.
    pub title: Option<Span>,
    /// Publication date as written in the input (`YYYY-MM-DD`), if any.
    pub date: Option<String>,
    /// Whether single newlines inside a paragraph are soft breaks (Markdown) rather than
    /// line ends that may close a sentence (plain text).
    pub soft_newlines: bool,
    /// Parts of the text where findings are silenced by comments
    /// (`<!-- figcheck-disable FC101 -->`, Markdown and HTML only).
    pub suppressions: Vec<Suppression>,
    /// A publication date written in the input that is no real date (front matter
    /// `date: 2024-02-30`): an error for this document. `date` is then `None`.
    pub date_error: Option<crate::Error>,
}

/// A stretch of a document where some or all checks are silenced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    pub span: Span,
    /// Codes, code prefixes or names; empty means every check.
    pub checks: Vec<String>,
}

impl Suppression {
    /// Whether a finding of `code`/`name` at byte `offset` is silenced.
    pub fn covers(&self, offset: u32, code: &str, name: &str) -> bool {
        offset >= self.span.start
            && offset < self.span.end
            && (self.checks.is_empty()
                || self.checks.iter().any(|c| {
                    c == name
                        || code
                            .to_ascii_uppercase()
                            .starts_with(&c.to_ascii_uppercase())
                }))
    }
}

/// Reads suppression comments in Markdown or HTML:
/// `<!-- figcheck-disable [CODES] -->` ... `<!-- figcheck-enable -->`, and
/// `<!-- figcheck-disable-next-line [CODES] -->` for the line after the comment.
///
/// ```
/// let text = "A.\n<!-- figcheck-disable-next-line FC101 -->\nB 1 and 2, 4 in all.\nC.";
/// let s = figcheck::source::suppressions(text);
/// assert_eq!(&text[s[0].span.range()], "B 1 and 2, 4 in all.");
/// assert_eq!(s[0].checks, ["FC101"]);
/// ```
pub fn suppressions(text: &str) -> Vec<Suppression> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Vec<String>)> = None;
    let mut at = 0;
    // the first line end at or after a position, remembered: many comments on one long
    // line would otherwise each search the rest of it (one memo per kind of search, as
    // each kind only moves forward)
    let mut line_starts = NextNewline::default();
    let mut line_ends = NextNewline::default();
    while let Some(start) = text[at..].find("<!--").map(|p| at + p) {
        let Some(end) = text[start..].find("-->").map(|p| start + p + 3) else {
            break;
        };
        let body = text[start + 4..end - 3].trim();
        let mut words = body.split_whitespace();
        let directive = words.next().unwrap_or("");
        let checks: Vec<String> = words
            .flat_map(|w| w.split(','))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        match directive {
            "figcheck-disable-next-line" => {
                let line_start = line_starts
                    .at_or_after(text, end)
                    .map_or(text.len(), |p| p + 1);
                let line_end = line_ends
                    .at_or_after(text, line_start)
                    .unwrap_or(text.len());
                out.push(Suppression {
                    span: Span::new(line_start, line_end),
                    checks,
                });
            }
            "figcheck-disable" if open.is_none() => open = Some((end, checks)),
            "figcheck-enable" => {
                if let Some((from, checks)) = open.take() {
                    out.push(Suppression {
                        span: Span::new(from, start),
                        checks,
                    });
                }
            }
            _ => {}
        }
        at = end;
    }
    if let Some((from, checks)) = open {
        out.push(Suppression {
            span: Span::new(from, text.len()),
            checks,
        });
    }
    out
}

/// The first `\n` at or after a position, remembered from the last search: linear over
/// searches from positions that only move forward.
#[derive(Default)]
struct NextNewline {
    searched_from: usize,
    found: Option<Option<usize>>,
}

impl NextNewline {
    fn at_or_after(&mut self, text: &str, from: usize) -> Option<usize> {
        if let Some(found) = self.found
            && from >= self.searched_from
            && found.is_none_or(|f| f >= from)
        {
            return found;
        }
        let found = text
            .get(from..)
            .and_then(|t| t.find('\n'))
            .map(|p| from + p);
        self.searched_from = from;
        self.found = Some(found);
        found
    }
}

impl Document {
    /// A plain-text document. The first line is the headline when it is short, has no
    /// closing full stop and stands alone (a blank line follows).
    ///
    /// ```
    /// let doc = figcheck::source::Document::from_text("story.txt", "Jobs up 5%\n\nThe firm said...");
    /// assert_eq!(doc.title.map(|s| s.end), Some(10));
    /// ```
    pub fn from_text(id: &str, text: &str) -> Document {
        let title = standalone_first_line(text);
        Document {
            id: id.to_string(),
            original: text.to_string(),
            text: text.to_string(),
            title,
            date: None,
            soft_newlines: false,
            suppressions: Vec::new(),
            date_error: None,
        }
    }

    /// A Markdown document: code, HTML comments, link targets and YAML front matter are
    /// blanked; the first H1 is the headline; front matter `date:` is read.
    pub fn from_markdown(id: &str, text: &str) -> Document {
        markdown::parse(id, text)
    }

    /// Reads `text` in `format` (JSONL is handled by [`read_jsonl`]; here it is plain text).
    pub fn from_format(id: &str, text: &str, format: InputFormat) -> Document {
        match format {
            InputFormat::Markdown => Document::from_markdown(id, text),
            InputFormat::Html => html::parse(id, text),
            _ => Document::from_text(id, text),
        }
    }
}

/// The first line as a headline: short, no full stop at its end, followed by a blank line.
fn standalone_first_line(text: &str) -> Option<Span> {
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    let end = rest.find('\n')?;
    let line = rest[..end].trim_end();
    let after = &rest[end + 1..];
    let blank_follows = after
        .trim_start_matches([' ', '\t', '\r'])
        .starts_with('\n');
    if line.is_empty()
        || line.len() > 200
        || !blank_follows
        || line.ends_with(['.', '!', '?', ':', ';', ','])
    {
        return None;
    }
    Some(Span::new(start, start + line.len()))
}

/// A position in a file: 1-based line and column (in characters), and the 1-based UTF-16
/// column that editors speaking LSP need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: u32,
    pub column: u32,
    pub utf16_column: u32,
}

/// Line starts of a text, to turn byte offsets into positions in O(log n).
///
/// A line ends at `\n`, `\r\n` or a lone `\r` (as the Language Server Protocol counts
/// them). Besides the line starts the index keeps a checkpoint every
/// [`LineIndex::CHECKPOINT`] bytes of a long line (its character and UTF-16 counts so far),
/// so a position is a binary search and a count of at most that many bytes, however long
/// the line: a one-line megabyte costs no more per span than a short story.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of each line start, and of each checkpoint within a line, in order.
    marks: Vec<Mark>,
}

/// A point the index can count from: a line start or a checkpoint inside a line.
#[derive(Debug, Clone, Copy)]
struct Mark {
    offset: u32,
    /// 0-based line.
    line: u32,
    /// Characters and UTF-16 code units from the line start to `offset`.
    chars: u32,
    utf16: u32,
}

impl LineIndex {
    /// Bytes between checkpoints of a long line.
    pub const CHECKPOINT: usize = 256;

    /// Indexes the line starts (and checkpoints of long lines) of `text`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut marks = vec![Mark {
            offset: 0,
            line: 0,
            chars: 0,
            utf16: 0,
        }];
        let (mut line, mut chars, mut utf16) = (0u32, 0u32, 0u32);
        let mut last = 0usize;
        let mut i = 0usize;
        while i < bytes.len() {
            let b = bytes[i];
            let line_end = match b {
                b'\n' => Some(i + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => Some(i + 2),
                b'\r' => Some(i + 1),
                _ => None,
            };
            if let Some(next) = line_end {
                line += 1;
                (chars, utf16) = (0, 0);
                marks.push(Mark {
                    offset: next as u32,
                    line,
                    chars,
                    utf16,
                });
                last = next;
                i = next;
                continue;
            }
            // count whole characters: a UTF-8 lead byte starts one
            let width = match b {
                0x00..=0x7f => 1,
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => 4,
            };
            if b & 0xc0 != 0x80 {
                chars += 1;
                utf16 += if width == 4 { 2 } else { 1 };
            }
            i += 1;
            if i - last >= Self::CHECKPOINT && text.is_char_boundary(i) && i < bytes.len() {
                marks.push(Mark {
                    offset: i as u32,
                    line,
                    chars,
                    utf16,
                });
                last = i;
            }
        }
        LineIndex { marks }
    }

    /// The position of byte `offset` in `text` (the text this index was built from).
    /// An offset inside a character counts as that character.
    ///
    /// ```
    /// use figcheck::source::LineIndex;
    /// let text = "a\n£5 x";
    /// let pos = LineIndex::new(text).position(text, 5);
    /// assert_eq!((pos.line, pos.column, pos.utf16_column), (2, 3, 3));
    /// let text = "a\rb";
    /// assert_eq!(LineIndex::new(text).position(text, 2).line, 2);
    /// ```
    pub fn position(&self, text: &str, offset: u32) -> Position {
        let at = self.marks.partition_point(|m| m.offset <= offset);
        let mark = self.marks[at.saturating_sub(1)];
        let from = (mark.offset as usize).min(text.len());
        let mut end = (offset as usize).min(text.len());
        while end > from && !text.is_char_boundary(end) {
            end -= 1;
        }
        let prefix = text.get(from..end).unwrap_or("");
        let column = mark.chars + prefix.chars().count() as u32 + 1;
        let utf16_column =
            mark.utf16 + prefix.chars().map(|c| c.len_utf16() as u32).sum::<u32>() + 1;
        Position {
            line: mark.line + 1,
            column,
            utf16_column,
        }
    }

    /// The 0-based line holding byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        let at = self.marks.partition_point(|m| m.offset <= offset);
        self.marks[at.saturating_sub(1)].line
    }

    /// The byte range of 0-based `line` in `text`, without its line end.
    pub fn line_range(&self, text: &str, line: u32) -> std::ops::Range<usize> {
        let first = self.marks.partition_point(|m| m.line < line);
        let start = self
            .marks
            .get(first)
            .map_or(text.len(), |m| m.offset as usize);
        let next = self.marks[first..].partition_point(|m| m.line == line) + first;
        let mut end = self
            .marks
            .get(next)
            .map_or(text.len(), |m| m.offset as usize);
        let bytes = text.as_bytes();
        if end > start && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        start.min(text.len())..end.min(text.len())
    }
}

/// The `YYYY-MM-DD` a value starts with ("2025-03-06T10:00:00Z" → "2025-03-06").
///
/// ```
/// assert_eq!(figcheck::source::iso_date("2025-03-06T10:00Z").as_deref(), Some("2025-03-06"));
/// assert_eq!(figcheck::source::iso_date("6 March 2025"), None);
/// ```
pub fn iso_date(value: &str) -> Option<String> {
    let d = value.trim().get(..10)?;
    let ok = d.bytes().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    ok.then(|| d.to_string())
}

/// Whether `value` is a real calendar date written `YYYY-MM-DD` (years 1 to 9999):
/// `2024-02-29` is, `2024-02-30`, `2025-13-45`, `0000-01-01` and `yesterday` are not.
/// The error says why.
///
/// ```
/// use figcheck::source::check_date;
/// assert!(check_date("2024-02-29").is_ok());
/// assert!(check_date("2023-02-29").is_err());
/// assert!(check_date("0000-01-01").is_err());
/// ```
pub fn check_date(value: &str) -> std::result::Result<(), String> {
    if iso_date(value).as_deref() != Some(value) {
        return Err("expected YYYY-MM-DD".to_string());
    }
    if value.starts_with("0000") {
        return Err("there is no year 0".to_string());
    }
    value
        .parse::<jiff::civil::Date>()
        .map(|_| ())
        .map_err(|_| "no such day in the calendar".to_string())
}

/// The largest document read by default (`--max-size`): far above any article, small
/// enough that a runaway input is refused rather than read until memory runs out.
pub const DEFAULT_MAX_DOCUMENT_BYTES: u64 = 256 << 20;

/// Opens a file to read as an input. Only regular files and pipes are inputs: a device
/// such as `/dev/zero` would be read forever, so it is an error.
pub fn open_input(path: &str) -> crate::Result<std::fs::File> {
    let io_error = |message: String| {
        crate::Error::new(crate::ErrorKind::Io {
            path: path.to_string(),
            message,
        })
    };
    let file = std::fs::File::open(path).map_err(|e| io_error(e.to_string()))?;
    let kind = file
        .metadata()
        .map_err(|e| io_error(e.to_string()))?
        .file_type();
    #[cfg(unix)]
    let pipe = std::os::unix::fs::FileTypeExt::is_fifo(&kind);
    #[cfg(not(unix))]
    let pipe = false;
    if kind.is_file() || pipe {
        Ok(file)
    } else if kind.is_dir() {
        Err(io_error("is a folder".to_string()))
    } else {
        Err(io_error(
            "not a regular file (a device or socket is not read)".to_string(),
        ))
    }
}

/// Reads a whole input of at most `limit` bytes as UTF-8 text; a larger input is a
/// [`crate::ErrorKind::TooLarge`] error, found without reading past the limit.
pub fn read_limited(name: &str, input: impl std::io::Read, limit: u64) -> crate::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    input
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| {
            crate::Error::new(crate::ErrorKind::Io {
                path: name.to_string(),
                message: e.to_string(),
            })
        })?;
    if bytes.len() as u64 > limit {
        return Err(crate::Error::new(crate::ErrorKind::TooLarge {
            path: name.to_string(),
            limit,
        }));
    }
    decode(name, bytes)
}

/// Blanks a byte range of a masked copy, keeping line ends so that lines and paragraphs
/// survive (Markdown and HTML).
fn blank(masked: &mut [u8], from: usize, to: usize) {
    let to = to.min(masked.len());
    for b in &mut masked[from.min(to)..to] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// A document of marked-up input (Markdown, HTML) from its masked copy. Masks copy whole
/// text runs and blank the rest, so they stay valid UTF-8; should one not, the original is
/// read rather than panic.
fn masked_document(
    id: &str,
    text: &str,
    masked: Vec<u8>,
    title: Option<Span>,
    date: Option<(&str, String)>,
) -> Document {
    let (date, date_error) = match date {
        Some((origin, value)) => match check_date(&value) {
            Ok(()) => (Some(value), None),
            Err(message) => (
                None,
                Some(crate::Error::new(crate::ErrorKind::Date {
                    path: id.to_string(),
                    origin: origin.to_string(),
                    value,
                    message,
                })),
            ),
        },
        None => (None, None),
    };
    Document {
        id: id.to_string(),
        original: text.to_string(),
        text: String::from_utf8(masked).unwrap_or_else(|_| text.to_string()),
        title,
        date,
        soft_newlines: true,
        suppressions: suppressions(text),
        date_error,
    }
}

/// Decodes bytes as UTF-8, naming the file and the first bad byte on failure.
pub fn decode(path: &str, bytes: Vec<u8>) -> crate::error::Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        crate::error::Error::new(crate::error::ErrorKind::Encoding {
            path: path.to_string(),
            offset: e.utf8_error().valid_up_to(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_and_utf16() {
        let text = "héllo\n𝔘 £3";
        let index = LineIndex::new(text);
        let p = index.position(text, text.find('£').unwrap() as u32);
        assert_eq!((p.line, p.column, p.utf16_column), (2, 3, 4));
        let p = index.position(text, 0);
        assert_eq!((p.line, p.column), (1, 1));
    }

    /// The position as counted from the start, character by character.
    fn naive(text: &str, offset: usize) -> (u32, u32, u32) {
        let (mut line, mut col, mut col16) = (1, 1, 1);
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if i + c.len_utf8() > offset {
                break;
            }
            let crlf = c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n');
            if c == '\n' || (c == '\r' && !crlf) {
                (line, col, col16) = (line + 1, 1, 1);
            } else {
                // the `\r` of a `\r\n` is a character of its line, as before the `\n`
                col += 1;
                col16 += c.len_utf16() as u32;
            }
        }
        (line, col, col16)
    }

    #[test]
    fn positions_agree_with_counting_from_the_start() {
        let piece = "ab£\r\n𝔘x\ry\n\nzé ";
        let long = "1,200 é𝔘 ".repeat(200);
        for text in [
            piece.repeat(40),
            long.clone(),
            format!("{long}\r{long}\n{piece}"),
        ] {
            let index = LineIndex::new(&text);
            for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
                let p = index.position(&text, offset as u32);
                assert_eq!(
                    (p.line, p.column, p.utf16_column),
                    naive(&text, offset),
                    "offset {offset}"
                );
            }
        }
    }

    #[test]
    fn carriage_returns_alone_end_lines() {
        let text = "one\rtwo\r\nthree\nfour";
        let index = LineIndex::new(text);
        let p = index.position(text, text.find("four").unwrap() as u32);
        assert_eq!((p.line, p.column), (4, 1));
        assert_eq!(&text[index.line_range(text, 0)], "one");
        assert_eq!(&text[index.line_range(text, 1)], "two");
        assert_eq!(&text[index.line_range(text, 2)], "three");
        assert_eq!(&text[index.line_range(text, 3)], "four");
        assert_eq!(index.line_of(5), 1);
    }

    #[test]
    fn first_line_is_a_title_only_when_it_stands_alone() {
        assert!(
            Document::from_text("a", "Headline here\n\nBody.")
                .title
                .is_some()
        );
        assert!(
            Document::from_text("a", "A lede sentence.\nMore.")
                .title
                .is_none()
        );
        assert!(Document::from_text("a", "No break\nBody").title.is_none());
        assert!(Document::from_text("a", "").title.is_none());
    }

    #[test]
    fn bad_utf8_names_the_offset() {
        let err = decode("x.txt", vec![b'a', b'b', 0xff]).unwrap_err();
        assert_eq!(
            err.kind(),
            &crate::error::ErrorKind::Encoding {
                path: "x.txt".into(),
                offset: 2
            }
        );
    }
}

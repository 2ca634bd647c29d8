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

pub use jsonl::read_jsonl;

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
                let line_start = text[end..].find('\n').map_or(text.len(), |p| end + p + 1);
                let line_end = text[line_start..]
                    .find('\n')
                    .map_or(text.len(), |p| line_start + p);
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

/// Line starts of a text, to turn byte offsets into positions in O(log lines).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0u32];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        LineIndex { starts }
    }

    /// The position of byte `offset` in `text` (the text this index was built from).
    /// An offset inside a character counts as that character.
    ///
    /// ```
    /// use figcheck::source::LineIndex;
    /// let text = "a\n£5 x";
    /// let pos = LineIndex::new(text).position(text, 5);
    /// assert_eq!((pos.line, pos.column, pos.utf16_column), (2, 3, 3));
    /// ```
    pub fn position(&self, text: &str, offset: u32) -> Position {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let line_start = self.starts[line] as usize;
        let mut end = (offset as usize).min(text.len());
        while end > line_start && !text.is_char_boundary(end) {
            end -= 1;
        }
        let prefix = &text[line_start..end];
        let column = prefix.chars().count() as u32 + 1;
        let utf16_column = prefix.chars().map(|c| c.len_utf16() as u32).sum::<u32>() + 1;
        Position {
            line: line as u32 + 1,
            column,
            utf16_column,
        }
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
    date: Option<String>,
) -> Document {
    Document {
        id: id.to_string(),
        original: text.to_string(),
        text: String::from_utf8(masked).unwrap_or_else(|_| text.to_string()),
        title,
        date,
        soft_newlines: true,
        suppressions: suppressions(text),
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

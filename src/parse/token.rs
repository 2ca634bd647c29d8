//! The lexer: text to tokens with byte spans.
//!
//! One pass over the bytes. Tokens are words (letters and inner apostrophes), numbers
//! (digits with their separators and decimals), symbols that matter to figures (currency
//! signs, `%`, `°`) and single punctuation characters. Each token remembers the whitespace
//! before it ([`Gap`]), which the figure grammar reads: "10km" (glued) is not "10 km", and a
//! blank line ends a paragraph.
//!
//! The number lexer is the one piece with judgement in it; its order of attempts matters:
//! 1. digits, then any `,` or `.` followed by more digits (so "192." stops before the dot);
//! 2. a group separator that is not valid English, Indian or continental grouping is cut at
//!    its first comma ("22,24,26" is three numbers, "1,200" one);
//! 3. space-grouped thousands ("40 000", "1 234 567") only when every group has three
//!    digits, and with an ordinary space only from 10,000 up, so "in 2004 300 people" and
//!    "3 100" stay apart;
//! 4. an exponent ("1e10", "12.32e+14") when no letter follows it.

/// Whitespace before a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gap {
    /// Glued to the previous token.
    None,
    /// Spaces or tabs.
    Space,
    /// One line end.
    Newline,
    /// A blank line (or more): a paragraph break.
    Paragraph,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// A currency sign, `%`, `°`, `~` and the like.
    Symbol,
    Punct,
}

/// A token: its kind, byte span and the whitespace before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: u32,
    pub end: u32,
    pub gap: Gap,
}

impl Token {
    /// The token's text in `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start as usize..self.end as usize]
    }
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '£'
            | '€'
            | '¥'
            | '₹'
            | '%'
            | '°'
            | 'º'
            | '~'
            | '¢'
            | '₿'
            | '₽'
            | '₩'
            | '₪'
            | '₡'
            | '₾'
            | '₭'
            | '₦'
            | '₱'
            | '₫'
            | '₴'
            | '₮'
            | '₲'
            | '₵'
            | '₸'
            | '฿'
            | '元'
            | '℃'
            | '℉'
            | '½'
            | '⅓'
            | '⅔'
            | '¼'
            | '¾'
            | '⅕'
            | '⅖'
            | '⅗'
            | '⅘'
            | '⅙'
            | '⅚'
            | '⅛'
            | '⅜'
            | '⅝'
            | '⅞'
    )
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Splits `text` into tokens.
///
/// ```
/// use figcheck::parse::token::{tokenize, TokenKind};
/// let text = "£1,200.50 on 3 May";
/// let kinds: Vec<_> = tokenize(text).iter().map(|t| t.kind).collect();
/// assert_eq!(kinds, [TokenKind::Symbol, TokenKind::Number, TokenKind::Word, TokenKind::Number, TokenKind::Word]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    let mut newlines = 0u32;
    let mut spaced = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            newlines += 1;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' || b == 0x0c || b == 0x0b {
            spaced = true;
            i += 1;
            continue;
        }
        let gap = match (newlines, spaced) {
            (0, false) => Gap::None,
            (0, true) => Gap::Space,
            (1, _) => Gap::Newline,
            _ => Gap::Paragraph,
        };
        newlines = 0;
        spaced = false;
        let start = i;
        let (kind, end) = if b.is_ascii_digit()
            || (b == b'.'
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()))
        {
            (TokenKind::Number, lex_number(text, i))
        } else if b.is_ascii_alphabetic() {
            (TokenKind::Word, lex_word(text, i))
        } else if b < 0x80 {
            let kind = if is_symbol(b as char) {
                TokenKind::Symbol
            } else {
                TokenKind::Punct
            };
            (kind, i + 1)
        } else {
            // Non-ASCII: decode one character.
            let c = text[i..].chars().next().unwrap_or('\u{fffd}');
            let len = c.len_utf8();
            if c.is_whitespace() {
                spaced = true;
                i += len;
                continue;
            }
            if c.is_alphabetic() {
                (TokenKind::Word, lex_word(text, i))
            } else if is_symbol(c) {
                (TokenKind::Symbol, i + len)
            } else {
                (TokenKind::Punct, i + len)
            }
        };
        tokens.push(Token {
            kind,
            start: start as u32,
            end: end as u32,
            gap,
        });
        i = end;
    }
    tokens
}

/// Whether `word`, lower-cased in ASCII, satisfies `test`; false for a word longer than
/// ten bytes. Short word lists are asked about tokens without allocating a lower-case copy.
pub(crate) fn short_lower_is(word: &str, test: impl FnOnce(&str) -> bool) -> bool {
    let mut lower = [0u8; 10];
    lower.get_mut(..word.len()).is_some_and(|buf| {
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        std::str::from_utf8(buf).is_ok_and(test)
    })
}

fn lex_word(text: &str, start: usize) -> usize {
    // ASCII fast path: letters, and inner apostrophes followed by a letter
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        i += ascii_letters(&bytes[i..]);
        match bytes.get(i) {
            Some(b'\'') if bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) && i > start => {
                i += 1;
            }
            Some(&b) if b >= 0x80 => break,
            _ => return i,
        }
    }
    lex_word_unicode(text, start)
}

/// The length of the run of ASCII letters that opens `bytes`, read eight bytes at a time
/// (words are most of the text, and most end within eight letters).
fn ascii_letters(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..n + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // each byte folded to lower case and to seven bits: no sum below carries into
        // the next byte
        let y = (x | 0x2020_2020_2020_2020) & LOW7;
        // high bit set where y >= b'a' (y + 0x1f reaches 0x80) and where y > b'z'
        let at_least_a = y + 0x1f1f_1f1f_1f1f_1f1f;
        let above_z = y + 0x0505_0505_0505_0505;
        // a letter: ASCII (high bit of x clear), at least 'a', at most 'z'
        let letters = at_least_a & !above_z & !x & HIGH;
        if letters == HIGH {
            n += 8;
            continue;
        }
        return n + ((!letters & HIGH).trailing_zeros() / 8) as usize;
    }
    n + bytes[n..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

fn lex_word_unicode(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if c.is_alphabetic() {
            end = start + off + c.len_utf8();
        } else if (c == '\'' || c == '’')
            && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic())
            && end == start + off
        {
            // an inner apostrophe: "don't", "Gaza's"
            continue;
        } else {
            break;
        }
    }
    end
}

fn digits_at(bytes: &[u8], i: usize) -> usize {
    bytes[i.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
}

fn lex_number(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start + digits_at(bytes, start);
    let in_list = start >= 2 && bytes[start - 1] == b',' && bytes[start - 2].is_ascii_digit();
    // 1. separators followed by digits (inside a list the number ends at its first comma:
    //    scanning on would rescan the rest of a "1,1,1,..." run at every item)
    while end < bytes.len() && (bytes[end] == b',' || bytes[end] == b'.') {
        if in_list && bytes[end] == b',' {
            break;
        }
        let n = digits_at(bytes, end + 1);
        if n == 0 {
            break;
        }
        end += 1 + n;
    }
    // 2. validate comma grouping; cut at the first comma if it is not grouping, and inside
    //    a list ("22,24,26,31") every comma separates
    let body = &text[start..end];
    if body.contains(',') && (in_list || !valid_grouping(body)) {
        end = start + body.find(',').unwrap_or(body.len());
    }
    // 3. space-grouped thousands
    let body = &text[start..end];
    if !body.contains([',', '.']) && body.len() <= 3 {
        let mut groups = 0;
        let mut cursor = end;
        let mut plain_space = false;
        while let Some(c) = text[cursor..].chars().next() {
            if !is_group_space(c) {
                break;
            }
            let after = cursor + c.len_utf8();
            if digits_at(bytes, after) != 3 {
                break;
            }
            let next = after + 3;
            // the group must end the number: no fourth digit, no separator-digit
            if bytes
                .get(next)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
            {
                break;
            }
            plain_space |= c == ' ';
            groups += 1;
            cursor = next;
        }
        if groups > 0 {
            let first = body.len();
            // An ordinary space groups only from 10,000 up: "3 100" stays two numbers.
            if !plain_space || groups >= 2 || first >= 2 {
                end = cursor;
                // decimals after a space-grouped number: "1 234 567.89"
                if bytes.get(end) == Some(&b'.') && digits_at(bytes, end + 1) > 0 {
                    end += 1 + digits_at(bytes, end + 1);
                }
            }
        }
    }
    // 4. exponent
    if end < bytes.len() && (bytes[end] == b'e' || bytes[end] == b'E') {
        let mut j = end + 1;
        if j < bytes.len() && (bytes[j] == b'+' || bytes[j] == b'-') {
            j += 1;
        }
        let n = digits_at(bytes, j);
        if n > 0 && !bytes.get(j + n).is_some_and(u8::is_ascii_alphabetic) {
            end = j + n;
        }
    }
    end
}

/// Whether a digit run with commas is a grouped number: English `1,234,567.8`, Indian
/// `12,34,567`, continental `1.234.567,89`, or a decimal comma `5,00`.
fn valid_grouping(body: &str) -> bool {
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) if !i.contains('.') && !f.contains(',') => (i, Some(f)),
        _ => (body, None),
    };
    let groups: Vec<&str> = int.split(',').collect();
    let english = groups[0].len() <= 3
        && !groups[0].is_empty()
        && groups[1..].iter().all(|g| g.len() == 3)
        && frac.is_none_or(|f| !f.contains('.'));
    let indian = groups.len() >= 3
        && groups[0].len() <= 2
        && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2)
        && groups.last().is_some_and(|g| g.len() == 3);
    // continental: dots group thousands, one comma before the decimals
    let continental = body.matches(',').count() == 1 && {
        let (int, dec) = body.split_once(',').unwrap_or((body, ""));
        let parts: Vec<&str> = int.split('.').collect();
        parts.len() >= 2
            && parts[0].len() <= 3
            && parts[1..].iter().all(|p| p.len() == 3)
            && !dec.is_empty()
    };
    let decimal_comma = groups.len() == 2 && frac.is_none() && (1..=2).contains(&groups[1].len());
    english || indian || continental || decimal_comma
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_runs_read_eight_bytes_at_a_time_as_one_by_one() {
        let byte_by_byte = |b: &[u8]| b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        let samples: [&[u8]; 9] = [
            b"",
            b"abc",
            b"abcdefgh",
            b"abcdefghijklmnop qr",
            b"Zebra@[`{ xyz",
            b"AZaz09",
            "caf\u{e9}s".as_bytes(),
            b"hostages' families",
            b"abcdefg\x80abc",
        ];
        for s in samples {
            assert_eq!(ascii_letters(s), byte_by_byte(s), "{s:?}");
        }
        // every byte value at every place of a chunk
        for place in 0..10 {
            for b in 0..=255u8 {
                let mut s = vec![b'q'; 12];
                s[place] = b;
                assert_eq!(ascii_letters(&s), byte_by_byte(&s), "{b} at {place}");
            }
        }
    }

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(texts("1,234,567 and 2.3"), ["1,234,567", "and", "2.3"]);
        assert_eq!(texts("12,34,567.89"), ["12,34,567.89"]);
        assert_eq!(texts("1.111,11"), ["1.111,11"]);
        assert_eq!(texts("5,00"), ["5,00"]);
    }

    #[test]
    fn bad_grouping_is_a_list() {
        assert_eq!(
            texts("22,24,26,31."),
            ["22", ",", "24", ",", "26", ",", "31", "."]
        );
        assert_eq!(texts("1, 234, 567"), ["1", ",", "234", ",", "567"]);
    }

    #[test]
    fn a_trailing_dot_is_not_a_decimal() {
        assert_eq!(texts("192."), ["192", "."]);
        assert_eq!(texts(".08"), [".08"]);
        assert_eq!(texts("192.168.1.2"), ["192.168.1.2"]);
    }

    #[test]
    fn space_grouping_needs_three_digit_groups() {
        assert_eq!(texts("40 000"), ["40 000"]);
        assert_eq!(texts("1 234 567"), ["1 234 567"]);
        assert_eq!(texts("40\u{202f}000"), ["40\u{202f}000"]);
        assert_eq!(texts("in 2004 300 people"), ["in", "2004", "300", "people"]);
        assert_eq!(texts("3 100"), ["3", "100"]);
        assert_eq!(texts("423 0000"), ["423", "0000"]);
    }

    #[test]
    fn exponents_and_glued_suffixes() {
        assert_eq!(texts("1e10"), ["1e10"]);
        assert_eq!(texts("12.32e+14"), ["12.32e+14"]);
        assert_eq!(texts("10km"), ["10", "km"]);
        assert_eq!(texts("£1.5bn"), ["£", "1.5", "bn"]);
        assert_eq!(texts("45-year-old"), ["45", "-", "year", "-", "old"]);
    }

    #[test]
    fn gaps_are_recorded() {
        let toks = tokenize("a b\nc\n\nd");
        let gaps: Vec<Gap> = toks.iter().map(|t| t.gap).collect();
        assert_eq!(gaps, [Gap::None, Gap::Space, Gap::Newline, Gap::Paragraph]);
    }

    #[test]
    fn words_keep_inner_apostrophes() {
        assert_eq!(
            texts("Gaza’s don't 'x'"),
            ["Gaza’s", "don't", "'", "x", "'"]
        );
    }
}

//! HTML input: text kept in place, markup blanked (same byte offsets, like Markdown).
//!
//! Tags, comments, `<script>` and `<style>` are blanked to spaces; the end of a block
//! (`</p>`, `<br>`, `</h1>`, `</li>`, ...) becomes a blank line so that paragraphs stay
//! apart; common character entities become their character, padded with spaces to keep
//! the length. The headline is the first `<h1>` (else `<title>`); the publication date is
//! read from `<time datetime>` or a `published_time` / `date` meta tag.

use super::{Document, Span, blank, iso_date, masked_document};

const BLOCKS: &[&str] = &[
    "p",
    "br",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "td",
    "th",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "table",
    "ul",
    "ol",
    "figcaption",
    "title",
];

/// The value of attribute `name` in a tag's text.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let at = lower.find(&format!("{name}="))?;
    let rest = &tag[at + name.len() + 1..];
    let quote = rest.chars().next()?;
    if quote == '"' || quote == '\'' {
        rest[1..].split(quote).next()
    } else {
        rest.split([' ', '>', '/']).next()
    }
}

fn entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" | "#39" => '\'',
        "nbsp" | "#160" => ' ',
        "pound" | "#163" => '£',
        "euro" | "#8364" => '€',
        "yen" | "#165" => '¥',
        "cent" | "#162" => '¢',
        "deg" | "#176" => '°',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "ndash" | "#8211" => '–',
        "mdash" | "#8212" => '—',
        "rsquo" | "#8217" => '’',
        "lsquo" | "#8216" => '‘',
        "ldquo" | "#8220" => '“',
        "rdquo" | "#8221" => '”',
        "hellip" | "#8230" => '…',
        _ => return None,
    })
}

/// Where `needle` (ASCII, lower case) first occurs in `haystack`, ignoring ASCII case.
fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

pub(super) fn parse(id: &str, text: &str) -> Document {
    let bytes = text.as_bytes();
    let mut masked: Vec<u8> = bytes.to_vec();
    let mut title: Option<Span> = None;
    let mut h1: Option<Span> = None;
    let mut date = None;
    let mut i = 0;
    let mut text_start: Option<(usize, &str)> = None; // inside <h1> or <title>
    // where the next `>` is (searched again only once passed); `None`: there is none
    let mut next_gt: Option<usize> = text.find('>');
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                if text[i..].starts_with("<!--") {
                    let end = text[i..].find("-->").map_or(bytes.len(), |e| i + e + 3);
                    blank(&mut masked, i, end);
                    i = end;
                    continue;
                }
                // the next `>` is searched for once and remembered, so a text of many
                // `<` and no `>` is not rescanned at every one
                if next_gt.is_some_and(|g| g <= i) {
                    next_gt = text[i..].find('>').map(|e| i + e);
                }
                let Some(close) = next_gt.map(|g| g + 1) else {
                    // an unterminated tag: the rest is text
                    i += 1;
                    continue;
                };
                let tag = &text[i..close];
                let name: String = tag
                    .trim_start_matches(['<', '/'])
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
                    .to_ascii_lowercase();
                let closing = tag.starts_with("</");
                blank(&mut masked, i, close);
                if BLOCKS.contains(&name.as_str()) && close - i >= 2 {
                    masked[i] = b'\n';
                    masked[i + 1] = b'\n';
                }
                if name == "time" && date.is_none() {
                    date = attribute(tag, "datetime")
                        .and_then(iso_date)
                        .map(|d| ("<time datetime>", d));
                }
                if name == "meta" && date.is_none() {
                    let key = attribute(tag, "property")
                        .or_else(|| attribute(tag, "name"))
                        .unwrap_or("");
                    if key.contains("published_time") || key == "date" || key.ends_with("date") {
                        date = attribute(tag, "content")
                            .and_then(iso_date)
                            .map(|d| ("<meta> publication", d));
                    }
                }
                if (name == "h1" || name == "title") && !closing {
                    text_start = Some((close, if name == "h1" { "h1" } else { "title" }));
                } else if closing
                    && (name == "h1" || name == "title")
                    && let Some((start, kind)) = text_start.take()
                {
                    let raw = &text[start..i];
                    let lead = raw.len() - raw.trim_start().len();
                    let span = Span::new(start + lead, start + raw.trim_end().len());
                    if span.end > span.start {
                        if kind == "h1" && h1.is_none() {
                            h1 = Some(span);
                        } else if kind == "title" && title.is_none() {
                            title = Some(span);
                        }
                    }
                }
                if !closing && (name == "script" || name == "style") {
                    let end = find_ignore_case(&bytes[close..], format!("</{name}").as_bytes())
                        .map_or(bytes.len(), |e| close + e);
                    blank(&mut masked, close, end);
                    i = end;
                    continue;
                }
                i = close;
            }
            b'&' => {
                // an entity is short: look for its `;` in the next few bytes only
                let end = bytes[i..]
                    .iter()
                    .take(9)
                    .position(|&b| b == b';')
                    .map(|e| i + e);
                if let Some(end) = end {
                    if let Some(c) = entity(&text[i + 1..end]) {
                        let mut buf = [0u8; 4];
                        let enc = c.encode_utf8(&mut buf).as_bytes();
                        if enc.len() <= end + 1 - i {
                            blank(&mut masked, i, end + 1);
                            masked[i..i + enc.len()].copy_from_slice(enc);
                        }
                    }
                    i = end + 1;
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    // the <title> is usually the headline with the site's name; the <h1> is better
    let headline = h1.or(title);
    masked_document(id, text, masked, headline, date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_blanked_and_text_kept_in_place() {
        let html = "<html><head><title>Toll 12</title><meta property=\"article:published_time\" content=\"2025-03-06T10:00:00Z\"><script>var x = 99;</script><style>p{width:77px}</style></head><body><h1>Storm kills 12</h1><p>The storm killed 12 people &amp; hurt &pound;5m of property.</p><!-- 55 --></body></html>";
        let doc = parse("a.html", html);
        assert_eq!(doc.text.len(), html.len());
        assert!(!doc.text.contains("99") && !doc.text.contains("77") && !doc.text.contains("55"));
        assert!(doc.text.contains("killed 12 people"));
        assert!(doc.text.contains("£"));
        assert_eq!(doc.date.as_deref(), Some("2025-03-06"));
        assert_eq!(&html[doc.title.unwrap().range()], "Storm kills 12");
    }

    #[test]
    fn broken_html_is_read_as_text() {
        let doc = parse("b.html", "<p>Five <b people & 3 <!-- never closed");
        assert!(doc.text.contains("Five"));
    }

    #[test]
    fn time_elements_give_the_date() {
        let doc = parse(
            "c.html",
            "<p>Published <time datetime=\"2024-11-05\">5 Nov</time></p>",
        );
        assert_eq!(doc.date.as_deref(), Some("2024-11-05"));
    }
}

//! Markdown input: prose kept in place, everything else blanked (same byte offsets).

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{Document, Span, blank, iso_date, masked_document};

/// The `date:` of a YAML front-matter block, as `YYYY-MM-DD`.
fn front_matter_date(block: &str) -> Option<String> {
    block.lines().find_map(|line| {
        let value = line.trim().strip_prefix("date:")?;
        iso_date(value.trim().trim_matches(['"', '\'']))
    })
}

pub(super) fn parse(id: &str, text: &str) -> Document {
    // Start from a fully blanked copy and let prose back in: only text the parser reports
    // as text (paragraphs, headings, list items, table cells, link labels) survives.
    let mut masked: Vec<u8> = text.as_bytes().to_vec();
    blank(&mut masked, 0, text.len());

    let mut date = None;
    let mut title: Option<Span> = None;
    let mut in_h1 = false;
    let mut in_metadata = false;
    let mut in_code = false;
    let mut h1_span: Option<Span> = None;

    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => {
                in_metadata = false;
                date = front_matter_date(&text[range]);
            }
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) if title.is_none() => in_h1 = true,
            Event::End(TagEnd::Heading(HeadingLevel::H1)) if in_h1 => {
                in_h1 = false;
                title = h1_span.take();
            }
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(_) if !in_metadata && !in_code => {
                masked[range.clone()].copy_from_slice(&text.as_bytes()[range.clone()]);
                if in_h1 {
                    let span = Span::new(range.start, range.end);
                    h1_span = Some(h1_span.map_or(span, |s| s.cover(span)));
                }
            }
            _ => {}
        }
    }
    masked_document(id, text, masked, title, date.map(|d| ("front matter", d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_comments_and_link_targets_are_blanked() {
        let md = "---\ndate: 2025-03-06\n---\n# Toll rises to 12\n\nSee `42 items` and [12 dead](http://x/99).\n\n```\n77\n```\n<!-- 55 -->\n";
        let doc = parse("a.md", md);
        assert_eq!(doc.text.len(), md.len());
        assert!(!doc.text.contains("42"));
        assert!(!doc.text.contains("99"));
        assert!(!doc.text.contains("77"));
        assert!(!doc.text.contains("55"));
        assert!(doc.text.contains("12 dead"));
        assert_eq!(doc.date.as_deref(), Some("2025-03-06"));
        let title = doc.title.unwrap();
        assert_eq!(&md[title.range()], "Toll rises to 12");
    }

    #[test]
    fn unterminated_constructs_are_read_as_text() {
        let md = "Some *emphasis and `code with 5 items\n\n<!-- never closed 7";
        let doc = parse("a.md", md);
        assert_eq!(doc.text.len(), md.len());
    }
}

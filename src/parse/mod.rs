//! Parsing: tokens, sentences and the figures in them.
//!
//! [`parse`] runs the whole stage over a [`Document`]: it lower-cases the text once (ASCII
//! only, so offsets stay the same), tokenizes it, splits sentences and reads the figures.

pub mod block;
pub mod figure;
pub mod lexicon;
pub mod number_words;
pub mod sentence;
pub mod token;
pub mod wordfilter;

pub use block::{Block, BlockKind};
pub use figure::{DateParts, Figure, FigureKind};
pub use sentence::Sentence;
pub use token::{Gap, Token, TokenKind};

use crate::source::Document;
use lexicon::Lexicon;

/// A parsed document: its tokens, sentences and figures.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The analysed text lower-cased (ASCII only): same offsets as the document's text.
    pub lower: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub figures: Vec<Figure>,
}

/// Parses a document with the given lexicons.
///
/// ```
/// use figcheck::{parse::{lexicon::Lexicon, parse, FigureKind}, source::Document};
/// let doc = Document::from_text("s.txt", "Around 1,200 people were killed and 251 taken.");
/// let parsed = parse(&doc, Lexicon::builtin());
/// let f = &parsed.figures[0];
/// assert_eq!(f.kind, FigureKind::Count);
/// assert_eq!(f.value, Some(1200.0));
/// assert_eq!(f.hedge.as_deref(), Some("around"));
/// ```
pub fn parse(doc: &Document, lex: &Lexicon) -> Parsed {
    let text = doc.text.as_str();
    let lower = text.to_ascii_lowercase();
    let tokens = token::tokenize(text);
    let mut sentences = sentence::split(text, &doc.original, &tokens, doc.soft_newlines, doc.title);
    block::mark(text, &doc.original, &mut sentences);
    let figures = figure::extract(text, &lower, &tokens, &sentences, lex);
    Parsed {
        lower,
        tokens,
        sentences,
        figures,
    }
}

/// The figures of a piece of text, with the built-in lexicons.
///
/// ```
/// let figs = figcheck::parse::figures_in("up 12% to $4.1bn");
/// assert_eq!(figs.len(), 2);
/// assert_eq!(figs[1].value, Some(4.1e9));
/// ```
pub fn figures_in(text: &str) -> Vec<Figure> {
    let doc = Document::from_text("-", text);
    parse(&doc, Lexicon::builtin()).figures
}

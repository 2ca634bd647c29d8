//! Fingerprints of findings that survive lines moving, and the baseline file that records
//! them (`--write-baseline`, `--baseline`).
//!
//! A fingerprint is a hash of the check's code and the text of the figures the finding
//! involves (its own span and its related spans, with runs of white space made one space),
//! with the finding's occurrence index among findings of the file that share that text.
//! Lines added or removed around a finding leave it unchanged; changing one of its figures
//! makes a new one. The hash is FNV-1a (64 bits), which is stable across versions and
//! platforms, so a baseline written by one build is read by the next.

use serde::{Deserialize, Serialize};

use super::FileFindings;
use crate::source::Span;

/// The format version of a baseline file.
pub const BASELINE_VERSION: u32 = 1;

/// 64-bit FNV-1a.
fn fnv1a(bytes: &[u8], mut hash: u64) -> u64 {
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// `text` with white space runs made one space, so that rewrapping a paragraph keeps it.
fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The fingerprints of one input's findings, in the findings' order (16 hex digits each).
pub fn fingerprints(file: &FileFindings) -> Vec<String> {
    let piece = |span: Span| normalized(file.text.get(span.range()).unwrap_or(""));
    let mut seen: rustc_hash::FxHashMap<u64, u32> = rustc_hash::FxHashMap::default();
    file.findings
        .iter()
        .map(|f| {
            let mut hash = fnv1a(f.code.as_bytes(), 0xcbf2_9ce4_8422_2325);
            for span in std::iter::once(f.span).chain(f.related.iter().map(|r| r.span)) {
                // a separator no figure text holds
                hash = fnv1a(b"\x1f", hash);
                hash = fnv1a(piece(span).as_bytes(), hash);
            }
            let occurrence = seen.entry(hash).or_insert(0);
            let fingerprint = fnv1a(&occurrence.to_le_bytes(), hash);
            *occurrence += 1;
            format!("{fingerprint:016x}")
        })
        .collect()
}

/// One recorded finding. Besides the fingerprint, what a person reviewing the file needs.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct BaselineEntry {
    pub path: String,
    pub code: String,
    pub fingerprint: String,
    /// Where the finding was when recorded (for people; matching ignores it).
    #[serde(default)]
    pub line: u32,
    #[serde(default)]
    pub message: String,
}

/// A baseline file: `{"version": 1, "findings": [...]}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<BaselineEntry>,
}

impl Baseline {
    /// Records one input's findings.
    pub fn record(&mut self, file: &FileFindings) {
        self.version = BASELINE_VERSION;
        let records = file.records();
        for ((f, fp), r) in file.findings.iter().zip(fingerprints(file)).zip(records) {
            self.findings.push(BaselineEntry {
                path: file.id.clone(),
                code: f.code.to_string(),
                fingerprint: fp,
                line: r.span.line,
                message: f.message.clone(),
            });
        }
    }

    /// The file as JSON.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_default();
        out.push('\n');
        out
    }

    /// Reads a baseline file's text; `name` is its path for the error.
    pub fn from_json(name: &str, text: &str) -> crate::Result<Baseline> {
        let baseline: Baseline = serde_json::from_str(text).map_err(|e| {
            crate::Error::new(crate::ErrorKind::Config {
                message: format!("baseline {name}: {e}"),
            })
        })?;
        if baseline.version != BASELINE_VERSION {
            return Err(crate::Error::new(crate::ErrorKind::Config {
                message: format!(
                    "baseline {name}: version {} (this figcheck reads version {BASELINE_VERSION})",
                    baseline.version
                ),
            }));
        }
        Ok(baseline)
    }

    /// The set of (path, fingerprint) pairs recorded, each as often as recorded.
    pub fn known(&self) -> Known {
        let mut counts = rustc_hash::FxHashMap::default();
        for e in &self.findings {
            *counts
                .entry((e.path.clone(), e.fingerprint.clone()))
                .or_insert(0u32) += 1;
        }
        Known { counts }
    }
}

/// The recorded findings still to be matched.
#[derive(Debug, Clone, Default)]
pub struct Known {
    counts: rustc_hash::FxHashMap<(String, String), u32>,
}

impl Known {
    /// Drops from `file` the findings the baseline records; each record matches once.
    pub fn filter(&mut self, file: &mut FileFindings) {
        let prints = fingerprints(file);
        let mut keep =
            prints.iter().map(
                |fp| match self.counts.get_mut(&(file.id.clone(), fp.clone())) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        false
                    }
                    _ => true,
                },
            );
        file.findings.retain(|_| keep.next().unwrap_or(true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Document;

    fn file<'a>(doc: &'a Document) -> FileFindings<'a> {
        FileFindings {
            id: doc.id.clone(),
            text: &doc.original,
            findings: crate::check(doc, &crate::config::Config::default()).findings,
        }
    }

    const STORY: &str =
        "Cuts will save £1.1m, merging depots £2.3m and a freeze £1.8m, a total of £6.2m.\n";

    #[test]
    fn fingerprints_survive_lines_moving_and_change_with_a_figure() {
        let a = Document::from_text("s.txt", STORY);
        let moved = Document::from_text("s.txt", &format!("A new first line.\n\n{STORY}"));
        let changed = Document::from_text("s.txt", &STORY.replace("£2.3m", "£2.4m"));
        let (fa, fm, fc) = (file(&a), file(&moved), file(&changed));
        assert!(!fa.findings.is_empty());
        assert_eq!(fingerprints(&fa), fingerprints(&fm));
        assert_ne!(fingerprints(&fa), fingerprints(&fc));
    }

    #[test]
    fn a_baseline_drops_what_it_records_once() {
        let doc = Document::from_text("s.txt", STORY);
        let mut baseline = Baseline::default();
        baseline.record(&file(&doc));
        let read = Baseline::from_json("b", &baseline.to_json()).unwrap();
        assert_eq!(read, baseline);
        let mut known = read.known();
        let mut again = file(&doc);
        known.filter(&mut again);
        assert!(again.findings.is_empty());
        // a second copy of the same file is new
        let mut twice = file(&doc);
        known.filter(&mut twice);
        assert!(!twice.findings.is_empty());
    }
}

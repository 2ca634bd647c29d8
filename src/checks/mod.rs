//! The checks, one file per check kind, grouped by family. Each reads the claims through a
//! `Context` and returns findings; none prints or reads files.
//!
//! Around them: the catalogue of their metadata (`rules/checks.toml`, [`catalogue()`],
//! [`lookup`]), the registry that ties each code to its function and runs the ones a
//! [`Selection`] enables, the context they read and the message helpers that show numbers
//! in their findings. Outside the crate only the catalogue and the selection are seen.

pub(crate) mod arithmetic;
pub(crate) mod catalogue;
pub(crate) mod consistency;
pub(crate) mod context;
pub(crate) mod dates;
pub(crate) mod message;
pub(crate) mod registry;
pub(crate) mod units;

pub use catalogue::{CheckInfo, catalogue, lookup};
pub(crate) use context::Context;
pub use registry::Selection;
pub(crate) use registry::run;

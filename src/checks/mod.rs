//! The checks, one file per check kind, grouped by family. Each reads the claims through a
//! [`Context`] and returns findings; none prints or reads files.
//!
//! Around them: the [`catalogue`] of their metadata (`rules/checks.toml`), the [`registry`]
//! that ties each code to its function and runs the selected ones, the [`context`] they read
//! and the [`message`] helpers that show numbers in their findings.

pub mod arithmetic;
pub mod catalogue;
pub mod consistency;
pub mod context;
pub mod dates;
pub mod message;
pub mod registry;
pub mod units;

pub use catalogue::{CheckInfo, catalogue, lookup};
pub use context::Context;
pub use registry::{Selection, run};

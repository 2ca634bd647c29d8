//! The checks, one file per check kind, grouped by family. Each reads the claims through a
//! [`crate::rule::Context`] and returns findings; none prints or reads files.

pub mod arithmetic;
pub mod consistency;
pub mod dates;
pub mod units;

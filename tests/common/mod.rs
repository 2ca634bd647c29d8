//! Helpers shared by the integration tests (a module, not a test binary of its own).

pub mod lsp;

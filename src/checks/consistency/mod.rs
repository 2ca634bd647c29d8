//! Consistency across sentences: a quantity restated with another value, the headline
//! against the body, stock and flow accounts.
//!
//! The claims stage decides what is the same quantity (same thing counted, same event,
//! same group and scope); these checks only compare intervals. Because the link is a
//! reading of the text, a conflict is a warning, and an info where the two figures come
//! from different named sources.

pub mod balance;
pub mod headline;
pub mod restated;
pub mod subset;
pub mod vague;

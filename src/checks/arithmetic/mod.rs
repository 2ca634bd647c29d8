//! Arithmetic within a statement: parts and totals, shares of counts, percentage changes,
//! multipliers, numerals beside words, values impossible in themselves.
//!
//! Every check is interval arithmetic: a finding only where no values inside the figures'
//! intervals (their rounding and hedges) can agree. The severity is `error` when the figures
//! carry no hedge, `warning` when a hedge is involved.

pub mod impossible;
pub mod multiplier;
pub mod numeral_word;
pub mod parts_total;
pub mod percent_change;
pub mod rate_change;
pub mod share_count;
pub mod shares_total;

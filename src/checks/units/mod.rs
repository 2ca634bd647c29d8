//! Units and money: measures with their conversions side by side, and sums of money with
//! their conversion into another currency.

pub mod conversion;
pub mod currency;

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

use crate::checks::context::Context;
use crate::parse::BlockKind;

/// Whether two figures stand in different rows of a table, items of a list or entries of a
/// live blog: those count different things unless the text says otherwise, so no
/// consistency check compares them. A table row is apart from the prose around it too; an
/// item or an entry may restate the prose (a summary, the headline), so it is compared
/// with it.
pub(crate) fn in_different_blocks(ctx: &Context, a: usize, b: usize) -> bool {
    let block = |k: usize| {
        ctx.parsed
            .sentences
            .get(ctx.figure(k).sentence as usize)
            .and_then(|s| s.block)
    };
    match (block(a), block(b)) {
        (Some(x), Some(y)) => x != y,
        (Some(x), None) | (None, Some(x)) => x.kind == BlockKind::Row,
        (None, None) => false,
    }
}

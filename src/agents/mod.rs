//! Copilot agents in the package (`agents.md`).

pub mod changes;
pub mod notes;

//! Microsoft 365 Copilot agents in an app package (`agents.md`): the agent files a
//! package uses, read once ([`AgentFiles`]), for the store checks that look inside
//! them (`crate::store`), the changes told in words and the notes on what users
//! will notice.

pub mod changes;
pub mod files;
pub mod notes;
pub mod openapi;
pub mod yaml;

pub use files::{AgentContent, AgentFile, AgentFiles};

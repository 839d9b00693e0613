//! Teams Update Check: is a Microsoft Teams app update ready to submit, and
//! will existing users be asked to approve the app again?
//!
//! The library is the whole engine; the window and the command line are thin
//! layers over it. Load two inputs with [`Input::from_path`] or
//! [`Input::from_bytes`], compare them with [`check`] (which also runs the
//! [`store`] checks on the new version), and show the [`Report`] with one of
//! the [`render`] functions.
//!
//! ```
//! use teams_update_check::{check, Input, Verdict};
//! let id = "0b5c3d6e-1234-4abc-9def-00112233aabb";
//! let old = Input::from_bytes("old.json", format!(r#"{{"id":"{id}","version":"1.0.0"}}"#).as_bytes())?;
//! let new = Input::from_bytes("new.json", format!(r#"{{"id":"{id}","version":"1.0.1","bots":[{{"botId":"b"}}]}}"#).as_bytes())?;
//! let report = check(&old, &new);
//! assert!(report.consent_required);
//! // So small a manifest is not one the store accepts: the store checks say why.
//! assert_eq!(report.verdict, Verdict::Blocked);
//! assert!(report.store_errors().any(|finding| finding.check == "manifest-version"));
//! # Ok::<(), teams_update_check::InputError>(())
//! ```

pub(crate) mod addin;
pub(crate) mod address;
pub(crate) mod agents;
pub mod button;
pub mod changes;
pub mod checks;
pub mod describe;
pub mod escape;
pub(crate) mod fields;
pub(crate) mod file_kind;
pub mod files;
pub mod fix;
pub mod guidance;
pub mod ids;
pub mod input;
pub mod json;
pub mod lang;
pub mod limits;
pub(crate) mod manifest;
pub mod message;
pub(crate) mod package_file;
pub(crate) mod package_use;
pub mod places;
pub mod plain;
pub mod presentation;
pub mod pseudo;
pub mod render;
pub mod report;
pub mod rules;
pub mod schemas;
pub mod store;
pub(crate) mod template;

pub use input::{Input, InputError, InputErrorKind, Side, SideError, load_files};
pub use report::{Report, Verdict, check, check_files};

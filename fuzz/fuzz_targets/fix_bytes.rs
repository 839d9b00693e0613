//! Arbitrary bytes as the new version, fixed against a fixed published manifest:
//! the fix never panics, a copy always loads, and fixing the copy again changes
//! nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use teams_update_check::Input;
use teams_update_check::fix::{FixOptions, fix};

/// The published manifest every run fixes against.
const PUBLISHED: &str = r#"{"$schema": "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
 "manifestVersion": "1.17", "id": "0b5c3d6e-1234-4abc-9def-00112233aabb", "version": "1.0.2",
 "icons": {"color": "color.png", "outline": "outline.png"}}"#;

fuzz_target!(|data: &[u8]| {
    let Ok(old) = Input::from_bytes("published.json", PUBLISHED.as_bytes()) else {
        return;
    };
    match fix(&old, "new.zip", data, &FixOptions::default()) {
        Ok(copy) => {
            let loaded = Input::from_bytes("copy.zip", &copy.bytes);
            assert!(loaded.is_ok(), "the copy must load: {:?}", loaded.err());
            for item in &copy.not_fixed {
                assert!(!item.message.is_empty() && !item.who.is_empty());
            }
            if let Ok(again) = fix(&old, "copy.zip", &copy.bytes, &FixOptions::default()) {
                assert!(
                    again.applied.is_empty(),
                    "a second fix changed {:?}",
                    again.applied
                );
            }
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});

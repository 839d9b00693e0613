//! Arbitrary bytes as the published and the new input, through loading, the whole
//! check, every report format and the button HTML.
//!
//! Input layout: 3 bytes (little endian) = length of OLD, then OLD, then NEW.
#![no_main]

use libfuzzer_sys::fuzz_target;
use teams_update_check::button::{ButtonOptions, button_html};
use teams_update_check::{Input, check, render};

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<3>() else {
        return;
    };
    let old_len =
        (u32::from(head[0]) | u32::from(head[1]) << 8 | u32::from(head[2]) << 16) as usize;
    let (old, new) = rest.split_at(old_len.min(rest.len()));
    let old = Input::from_bytes("old.json", old);
    let new = Input::from_bytes("new.json", new);
    match (old, new) {
        (Ok(old), Ok(new)) => {
            let report = check(&old, &new);
            assert_eq!(
                report.consent_required,
                report.consent.iter().any(|r| r.triggered)
            );
            let _ = render::to_text(&report);
            let _ = render::to_markdown(&report);
            let _ = render::to_html(&report);
            let json = render::to_json(&report);
            assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
            let label = String::from_utf8_lossy(rest.get(..rest.len().min(64)).unwrap_or_default())
                .into_owned();
            let _ = button_html(
                &new.manifest.id,
                &ButtonOptions {
                    label,
                    ..Default::default()
                },
            );
            // Store checks: every finding names a place in its file, and errors block.
            for finding in &report.store {
                if finding.file == "manifest.json"
                    && new.manifest.document.pointer(&finding.pointer).is_some()
                {
                    assert!(finding.line.is_some() && finding.column.is_some());
                }
            }
            if report.store_errors().next().is_some() {
                assert_ne!(report.verdict, teams_update_check::Verdict::Ready);
            }
            let same = check(&new, &new);
            assert_eq!(same.verdict, teams_update_check::Verdict::NothingToSubmit);
        }
        (Err(err), _) | (_, Err(err)) => {
            assert!(!err.problem.text().is_empty() && !err.fix.text().is_empty());
            let _ = err.to_string();
        }
    }
});

//! The store rules of 2026 (`store-checks.md` rules 1 and 15–23, the `localization-tags`
//! warning) on real manifests from `../shared/corpus`, each changed as little as needed
//! to make a rule fire, and unchanged (or changed back) so it does not. Skipped, with a
//! printed notice, when the corpus is not there (`CORPUS_DIR` may name it elsewhere).

// Test helpers outside #[test] functions may unwrap too: a failure is a failing test.
#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use teams_update_check::Input;
use teams_update_check::report::{check, store_checks};

/// The corpus (`support::corpus`), or `None` after a loud notice.
fn corpus() -> Option<PathBuf> {
    support::corpus("the store rules on real manifests")
}

/// A corpus manifest as a document.
fn document(corpus: &Path, file: &str) -> Value {
    let bytes = std::fs::read(corpus.join(file)).unwrap();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    serde_json::from_slice(bytes).unwrap()
}

/// A document as an input named `name`.
fn input(name: &str, document: &Value) -> Input {
    let text = serde_json::to_string_pretty(document).unwrap();
    Input::from_bytes(name, text.as_bytes()).unwrap()
}

/// A corpus manifest changed by `edit`, as an input.
fn edited(corpus: &Path, file: &str, edit: impl FnOnce(&mut Value)) -> Input {
    let mut document = document(corpus, file);
    edit(&mut document);
    input(file, &document)
}

/// The pointers of one check's findings on an input as the version to submit.
fn found(input: &Input, id: &str) -> Vec<String> {
    store_checks(input)
        .findings
        .into_iter()
        .filter(|finding| finding.check == id)
        .map(|finding| finding.pointer)
        .collect()
}

/// Sets the manifest format and its official schema link.
fn set_format(document: &mut Value, format: &str) {
    document["manifestVersion"] = json!(format);
    document["$schema"] = json!(format!(
        "https://developer.microsoft.com/json-schemas/teams/v{format}/MicrosoftTeams.schema.json"
    ));
}

#[test]
fn a_preview_manifest_with_agent_connectors_and_skills_is_advised_a_format_that_holds_it() {
    let Some(corpus) = corpus() else { return };
    // microsoft/copilot-camp's Cowork plugin: devPreview, `$schema` naming 1.28,
    // agentConnectors (1.27+) and agentSkills (1.28+).
    let new = input("new.json", &document(&corpus, "pairs/0999/new.json"));
    let report = store_checks(&new);
    let finding = report
        .findings
        .iter()
        .find(|finding| finding.check == "manifest-version")
        .unwrap();
    let message = &finding.message.text();
    assert!(
        message.contains("Move to manifest format 1.29"),
        "{message}"
    );
    assert!(
        message.contains("`agentConnectors` needs 1.27"),
        "{message}"
    );
    assert!(message.contains("`agentSkills` needs 1.28"), "{message}");
    assert!(message.contains("`mcpToolDescription`"), "{message}");
    assert!(!message.contains("1.17"), "{message}");
    // The advice is true: moved to 1.29 as it says, the manifest matches that schema.
    let moved = edited(&corpus, "pairs/0999/new.json", |d| set_format(d, "1.29"));
    assert!(found(&moved, "schema").is_empty());
    assert!(found(&moved, "manifest-version").is_empty());
    // …and 1.28 is not enough.
    let lower = edited(&corpus, "pairs/0999/new.json", |d| set_format(d, "1.28"));
    assert!(!found(&lower, "schema").is_empty());
}

#[test]
fn an_old_format_is_advised_at_least_the_format_its_fields_need() {
    let Some(corpus) = corpus() else { return };
    // A 1.5 bot manifest (single/0006): 1.10 knows all its top-level fields.
    let old = input("m.json", &document(&corpus, "single/0006.json"));
    let message = store_checks(&old)
        .findings
        .into_iter()
        .find(|finding| finding.check == "manifest-version")
        .map(|finding| finding.message.text())
        .unwrap();
    assert!(message.contains("1.10 or later"), "{message}");
    assert!(
        message.contains("Move to manifest format 1.10") || message.contains("at least 1.10"),
        "{message}"
    );
}

#[test]
fn app_name_core_feature() {
    let Some(corpus) = corpus() else { return };
    let file = "single/0085.json";
    assert!(found(&edited(&corpus, file, |_| {}), "app-name-core-feature").is_empty());
    let renamed = edited(&corpus, file, |d| d["name"]["short"] = json!("Help Desk"));
    assert_eq!(found(&renamed, "app-name-core-feature"), ["/name/short"]);
    let ok = edited(&corpus, file, |d| {
        d["name"]["short"] = json!("Contoso Help Desk")
    });
    assert!(found(&ok, "app-name-core-feature").is_empty());
}

#[test]
fn bot_id_guid_in_formats_before_1_11() {
    let Some(corpus) = corpus() else { return };
    // A real 1.5 sample whose bot ID is "<bot id>": not a placeholder (single angle
    // brackets), not a GUID, and the 1.5 schema does not check it.
    let file = "single/0006.json";
    let sample = edited(&corpus, file, |_| {});
    assert_eq!(found(&sample, "bot-id-guid"), ["/bots/0/botId"]);
    let registered = edited(&corpus, file, |d| {
        d["bots"][0]["botId"] = json!("0b5c3d6e-1234-4abc-9def-00112233aabb");
    });
    assert!(found(&registered, "bot-id-guid").is_empty());
    // `<<botId>>` (single/0009) is a placeholder: the `placeholders` check's finding.
    let template = edited(&corpus, "single/0009.json", |_| {});
    assert!(found(&template, "bot-id-guid").is_empty());
    assert!(found(&template, "placeholders").contains(&"/bots/0/botId".to_string()));
}

#[test]
fn bot_commands_slash_and_duplicates() {
    let Some(corpus) = corpus() else { return };
    let file = "single/0013.json"; // 1.7, a bot with command lists
    let original = edited(&corpus, file, |_| {});
    assert!(found(&original, "bot-command-slash").is_empty());
    assert!(found(&original, "bot-command-duplicate").is_empty());
    let slashed = edited(&corpus, file, |d| {
        let title = d["bots"][0]["commandLists"][0]["commands"][0]["title"]
            .as_str()
            .unwrap()
            .to_string();
        d["bots"][0]["commandLists"][0]["commands"][0]["title"] = json!(format!("/{title}"));
    });
    assert_eq!(
        found(&slashed, "bot-command-slash"),
        ["/bots/0/commandLists/0/commands/0/title"]
    );
    let doubled = edited(&corpus, file, |d| {
        let commands = d["bots"][0]["commandLists"][0]["commands"]
            .as_array_mut()
            .unwrap();
        let first = commands[0].clone();
        commands.push(first);
    });
    let last = doubled.manifest.document["bots"][0]["commandLists"][0]["commands"]
        .as_array()
        .unwrap()
        .len()
        - 1;
    assert_eq!(
        found(&doubled, "bot-command-duplicate"),
        [format!("/bots/0/commandLists/0/commands/{last}/title")]
    );
}

#[test]
fn api_based_message_extensions() {
    let Some(corpus) = corpus() else { return };
    // single/0148: an API-based message extension signing in with Microsoft Entra
    // (devPreview; moved to 1.17, the first format with composeExtensionType).
    let file = "single/0148.json";
    let clean = edited(&corpus, file, |d| set_format(d, "1.17"));
    assert!(found(&clean, "api-message-extension").is_empty());
    let with_bot = edited(&corpus, file, |d| {
        set_format(d, "1.17");
        d["composeExtensions"][0]["botId"] = json!("0b5c3d6e-1234-4abc-9def-00112233aabb");
        d["composeExtensions"][0]["authorization"]["microsoftEntraConfiguration"]["supportsSingleSignOn"] =
            json!(false);
    });
    assert_eq!(
        found(&with_bot, "api-message-extension"),
        [
            "/composeExtensions/0/authorization/microsoftEntraConfiguration",
            "/composeExtensions/0/botId"
        ]
    );
}

#[test]
fn activity_types() {
    let Some(corpus) = corpus() else { return };
    let file = "single/0085.json"; // 1.13, one activity type
    assert!(found(&edited(&corpus, file, |_| {}), "activities").is_empty());
    let repeated = edited(&corpus, file, |d| {
        let types = d["activities"]["activityTypes"].as_array_mut().unwrap();
        let first = types[0].clone();
        types.push(first);
        types.push(
            json!({"type": "systemDefault", "description": "Default", "templateText": "{actor}"}),
        );
    });
    assert_eq!(
        found(&repeated, "activities"),
        [
            "/activities/activityTypes/1/type",
            "/activities/activityTypes/2/type"
        ]
    );
}

#[test]
fn dashboard_cards() {
    let Some(corpus) = corpus() else { return };
    // No corpus manifest has dashboard cards: two are added to a 1.17 one (single/0148 moved to 1.17).
    let card = |id: &str, icon: Value| {
        json!({"id": id, "displayName": "Repairs", "description": "Open repairs",
               "pickerGroupId": "0b5c3d6e-1234-4abc-9def-00112233aabb", "icon": icon,
               "contentSource": {"sourceType": "bot", "botConfiguration": {"botId": "0b5c3d6e-1234-4abc-9def-00112233aabb"}}})
    };
    let file = "single/0148.json";
    let good = edited(&corpus, file, |d| {
        set_format(d, "1.17");
        d["dashboardCards"] = json!([
            card(
                "0b5c3d6e-1234-4abc-9def-00112233aab1",
                json!({"officeUIFabricIconName": "Repair"})
            ),
            card(
                "0b5c3d6e-1234-4abc-9def-00112233aab2",
                json!({"iconUrl": "https://contoso.com/r.png"})
            )
        ]);
    });
    assert!(found(&good, "dashboard-cards").is_empty());
    let bad = edited(&corpus, file, |d| {
        set_format(d, "1.17");
        d["dashboardCards"] = json!([
            card(
                "0b5c3d6e-1234-4abc-9def-00112233aab1",
                json!({"officeUIFabricIconName": "Repair", "iconUrl": "https://contoso.com/r.png"})
            ),
            card(
                "0B5C3D6E-1234-4ABC-9DEF-00112233AAB1",
                json!({"iconUrl": "https://contoso.com/r.png"})
            )
        ]);
    });
    assert_eq!(
        found(&bad, "dashboard-cards"),
        ["/dashboardCards/0/icon", "/dashboardCards/1/id"]
    );
}

#[test]
fn bot_id_kept_on_a_real_update_that_changed_it() {
    let Some(corpus) = corpus() else { return };
    // OfficeDev/microsoft-teams-apps-company-communicator: the bot's GUID changed.
    let old = input("old.json", &document(&corpus, "pairs/0462/old.json"));
    let new = input("new.json", &document(&corpus, "pairs/0462/new.json"));
    let kept = |report: &teams_update_check::Report| -> Vec<String> {
        report
            .store
            .iter()
            .filter(|finding| finding.check == "bot-id-kept")
            .map(|finding| finding.pointer.clone())
            .collect()
    };
    let report = check(&old, &new);
    assert_eq!(kept(&report), ["/bots/0/botId"]);
    // The published version alone (no update) has nothing to compare.
    assert!(found(&new, "bot-id-kept").is_empty());
    // The same update with the published bot ID put back.
    let mut restored = document(&corpus, "pairs/0462/new.json");
    restored["bots"][0]["botId"] = old.manifest.document["bots"][0]["botId"].clone();
    assert!(kept(&check(&old, &input("new.json", &restored))).is_empty());
}

#[test]
fn duplicate_action_commands() {
    let Some(corpus) = corpus() else { return };
    let file = "single/0012.json"; // 1.5, a message extension with an action command
    assert!(found(&edited(&corpus, file, |_| {}), "me-command-duplicate").is_empty());
    let mut at = None;
    let doubled = edited(&corpus, file, |d| {
        let extensions = d["composeExtensions"].as_array_mut().unwrap();
        for (index, extension) in extensions.iter_mut().enumerate() {
            let commands = extension["commands"].as_array_mut().unwrap();
            if let Some(action) = commands.iter().find(|c| c["type"] == "action").cloned() {
                let mut copy = action;
                copy["id"] = json!("anotherId");
                commands.push(copy);
                at = Some(format!(
                    "/composeExtensions/{index}/commands/{}/title",
                    commands.len() - 1
                ));
                break;
            }
        }
    });
    assert_eq!(found(&doubled, "me-command-duplicate"), [at.unwrap()]);
}

#[test]
fn localization_tags() {
    let Some(corpus) = corpus() else { return };
    let file = "single/0011.json"; // 1.7, translations
    assert!(found(&edited(&corpus, file, |_| {}), "localization-tags").is_empty());
    let doubled = edited(&corpus, file, |d| {
        let languages = d["localizationInfo"]["additionalLanguages"]
            .as_array_mut()
            .unwrap();
        let mut copy = languages[0].clone();
        let tag = copy["languageTag"].as_str().unwrap().to_ascii_uppercase();
        copy["languageTag"] = json!(tag);
        copy["file"] = json!("other.json");
        languages.push(copy);
    });
    let last = doubled.manifest.document["localizationInfo"]["additionalLanguages"]
        .as_array()
        .unwrap()
        .len()
        - 1;
    assert_eq!(
        found(&doubled, "localization-tags"),
        [format!(
            "/localizationInfo/additionalLanguages/{last}/languageTag"
        )]
    );
}

/// A corpus manifest's text (its byte-order mark kept) with its `$schema` line taken out,
/// after `reshape` (a change of layout only); with the `$schema` line the fixed copy
/// should write back in its place, and the indentation and line end it should use.
fn without_schema_line(
    corpus: &Path,
    file: &str,
    reshape: impl Fn(&str) -> String,
) -> (String, String) {
    let bytes = std::fs::read(corpus.join(file)).unwrap();
    let text = reshape(&String::from_utf8(bytes).unwrap());
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let at = lines
        .iter()
        .position(|line| line.contains("\"$schema\""))
        .unwrap();
    let removed: String = lines
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != at)
        .map(|(_, line)| *line)
        .collect();
    let document: Value = serde_json::from_str(removed.trim_start_matches('\u{feff}')).unwrap();
    let format = document["manifestVersion"].as_str().unwrap();
    let next = lines.get(at + 1).unwrap();
    let indent: String = next
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let mut expected = String::new();
    for (index, line) in lines.iter().enumerate() {
        if index == at {
            expected.push_str(&format!(
                "{indent}\"$schema\": \"https://developer.microsoft.com/json-schemas/teams/v{format}/MicrosoftTeams.schema.json\",{eol}"
            ));
        } else {
            expected.push_str(line);
        }
    }
    (removed, expected)
}

/// The fixed copy of a bare manifest whose published version is the same with a lower version.
fn fixed(new_text: &str) -> teams_update_check::fix::FixedCopy {
    let mut published: Value =
        serde_json::from_str(new_text.trim_start_matches('\u{feff}')).unwrap();
    published["version"] = json!("0.0.1");
    let old = input("old.json", &published);
    teams_update_check::fix::fix(
        &old,
        "new.json",
        new_text.as_bytes(),
        &teams_update_check::fix::FixOptions::default(),
    )
    .unwrap()
}

#[test]
fn a_missing_schema_link_is_inserted_in_the_files_own_layout() {
    let Some(corpus) = corpus() else { return };
    let spaces = |text: &str| text.to_string();
    let tabs = |text: &str| {
        text.lines()
            .map(|line| {
                let depth = line.chars().take_while(|c| *c == ' ').count() / 2;
                format!("{}{}\n", "\t".repeat(depth), line.get(depth * 2..).unwrap())
            })
            .collect()
    };
    let crlf = |text: &str| text.replace("\r\n", "\n").replace('\n', "\r\n");
    for (file, reshape) in [
        ("single/0008.json", &spaces as &dyn Fn(&str) -> String), // 1.11, two spaces
        ("single/0008.json", &tabs),
        ("single/0008.json", &crlf),
        ("single/0073.json", &spaces), // 1.16, with a byte-order mark
    ] {
        let (text, expected) = without_schema_line(&corpus, file, reshape);
        let before = store_checks(&Input::from_bytes("new.json", text.as_bytes()).unwrap());
        let missing = before
            .findings
            .iter()
            .find(|finding| finding.check == "schema-url")
            .unwrap();
        assert!(teams_update_check::fix::may_repair_finding(missing));
        let copy = fixed(&text);
        assert_eq!(
            String::from_utf8(copy.bytes.clone()).unwrap(),
            expected,
            "{file}"
        );
        assert!(
            copy.not_fixed.iter().all(|item| item.check != "schema-url"),
            "{:?}",
            copy.not_fixed
        );
    }
    // A root object on one line.
    let document = document(&corpus, "single/0008.json");
    let mut one_line = document.clone();
    one_line.as_object_mut().unwrap().shift_remove("$schema");
    let text = serde_json::to_string(&one_line).unwrap();
    let copy = fixed(&text);
    let written = String::from_utf8(copy.bytes).unwrap();
    assert!(
        written.starts_with(
            "{\"$schema\": \"https://developer.microsoft.com/json-schemas/teams/v1.11/MicrosoftTeams.schema.json\", \"manifestVersion\""
        ),
        "{written}"
    );
}

#[test]
fn no_schema_link_is_repaired_toward_a_preview_or_unknown_format() {
    let Some(corpus) = corpus() else { return };
    // The devPreview manifest whose link names 1.28: not fixable, and not offered.
    let text = std::fs::read_to_string(corpus.join("pairs/0999/new.json")).unwrap();
    let report = store_checks(&Input::from_bytes("new.json", text.as_bytes()).unwrap());
    let link = report
        .findings
        .iter()
        .find(|finding| finding.check == "schema-url")
        .unwrap();
    assert!(!teams_update_check::fix::may_repair_finding(link));
    assert!(
        !link.message.text().contains("vDevPreview"),
        "{}",
        link.message
    );
    assert_ne!(
        teams_update_check::guidance::fixer_of_finding(link).by,
        teams_update_check::guidance::FixBy::App
    );
    let copy = fixed(&text);
    let written: Value = serde_json::from_slice(&copy.bytes).unwrap();
    assert_eq!(
        written["$schema"],
        json!(
            "https://developer.microsoft.com/json-schemas/teams/v1.28/MicrosoftTeams.schema.json"
        )
    );
    assert!(
        copy.not_fixed
            .iter()
            .any(|item| item.check == "schema-url" && item.message.contains("devPreview"))
    );
    // A real manifest without `$schema` whose manifestVersion is the number 1: no official link.
    let text = std::fs::read_to_string(corpus.join("pairs/0027/new.json")).unwrap();
    let report = store_checks(&Input::from_bytes("new.json", text.as_bytes()).unwrap());
    let missing = report
        .findings
        .iter()
        .find(|finding| finding.check == "schema-url")
        .unwrap();
    assert!(!teams_update_check::fix::may_repair_finding(missing));
}

#[test]
fn a_sharepoint_framework_app_gets_one_piece_of_advice_per_finding() {
    let Some(corpus) = corpus() else { return };
    // A real SharePoint Framework package: tabs on {teamSiteDomain}, validDomains
    // "*.login.microsoftonline.com" and "*.sharepoint.com".
    let bytes = std::fs::read(corpus.join("zips/02_TeamsSPFxApp.zip")).unwrap();
    let package = Input::from_bytes("02_TeamsSPFxApp.zip", &bytes).unwrap();
    let report = store_checks(&package);
    let message = |pointer: &str| {
        report
            .findings
            .iter()
            .find(|f| f.check == "valid-domains" && f.pointer == pointer)
            .map(|f| f.message.text())
            .unwrap()
    };
    let sign_in = message("/validDomains/0");
    assert!(sign_in.contains("sign-in service"), "{sign_in}");
    assert!(
        sign_in.contains("\"login.microsoftonline.com\""),
        "{sign_in}"
    );
    assert!(!sign_in.contains("SharePoint"), "{sign_in}");
    let sharepoint = message("/validDomains/1");
    assert!(sharepoint.contains("SharePoint Framework"), "{sharepoint}");
    assert!(!sharepoint.contains("Name your own"), "{sharepoint}");
    // No advice to add a Teams context token (a path) to the valid domains.
    assert!(
        report.findings.iter().all(|f| !f
            .message
            .text()
            .to_lowercase()
            .contains("add \"{teamsitedomain}")),
        "{:#?}",
        report.findings
    );
    // The same domains in an app whose pages are its own: name your own site.
    let own = edited(&corpus, "single/0073.json", |d| {
        d["validDomains"] = json!(["*.sharepoint.com"]);
    });
    let own_message = store_checks(&own)
        .findings
        .into_iter()
        .find(|f| f.check == "valid-domains")
        .map(|f| f.message.text())
        .unwrap();
    assert!(
        own_message.contains("\"contoso.sharepoint.com\""),
        "{own_message}"
    );
    assert!(
        !own_message.contains("SharePoint Framework"),
        "{own_message}"
    );
}

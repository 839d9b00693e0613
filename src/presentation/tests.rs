use super::*;
use serde_json::json;

use crate::store::test_support::valid_input as input;

#[test]
fn sections_come_in_reading_order_and_problems_only_when_blocked() {
    let old = input("old.json", json!({}));
    let ready = crate::check(&old, &input("new.json", json!({"version": "1.0.1"})));
    let ids: Vec<SectionId> = present(&ready).sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            SectionId::NextSteps,
            SectionId::Checks,
            SectionId::Store,
            SectionId::Consent,
            SectionId::Changes,
            SectionId::Download
        ]
    );
    let blocked = crate::check(
        &old,
        &input(
            "new.json",
            json!({"staticTabs": [{"entityId": "dash", "name": "Dashboard", "contentUrl": "https://tasks.contoso.com/d", "scopes": ["personal"]}]}),
        ),
    );
    let view = present(&blocked);
    assert_eq!(view.headline.text, "Fix 1 problem before submitting");
    let problems = view.section(SectionId::Attention).unwrap();
    let items: Vec<&Item> = problems.items().collect();
    assert_eq!(items.len(), 2, "the problem and the copy for a developer");
    assert!(
        items[0]
            .title_and_text()
            .starts_with("The version number goes up: "),
    );
    assert_eq!(
        items[0].who.as_deref(),
        Some(
            "You can fix this here: Save a fixed copy (or in Developer Portal: open your app, then Basic information › Version)"
        )
    );
    assert_eq!(
        items[0].target.as_deref(),
        Some("check-version-incremented")
    );
    let copy = items[1].copy.as_ref().unwrap();
    assert_eq!(copy.label, "Copy for my developer");
    assert!(
        copy.text.contains("1. The version number goes up"),
        "{}",
        copy.text
    );
    let consent = view.section(SectionId::Consent).unwrap();
    let bullet = &consent.items().next().unwrap().bullets[0];
    assert_eq!(bullet.text, "The personal tab \"Dashboard\" was added");
    assert_eq!(
        bullet.developer.as_deref(),
        Some("Personal tab `dash` was added")
    );
}

#[test]
fn changes_are_grouped_by_area_and_name_tabs_by_their_name() {
    let old = input("old.json", json!({}));
    let new = input(
        "new.json",
        json!({"version": "1.0.1", "staticTabs": [{"entityId": "tasks", "name": "My tasks", "contentUrl": "https://tasks.contoso.com/tab", "scopes": ["personal"]}]}),
    );
    let view = present(&crate::check(&old, &new));
    let changes = view.section(SectionId::Changes).unwrap();
    let titles: Vec<&str> = changes
        .groups
        .iter()
        .filter_map(|g| g.title.as_deref())
        .collect();
    assert_eq!(
        titles,
        ["App ID and version (1)", "What the app can do (1)"]
    );
    let tab = changes.groups[1].items[0].text.clone();
    assert_eq!(
        tab,
        "Changed Personal tab “My tasks” › name: was \"Tasks\", now \"My tasks\""
    );
    let developer = changes.groups[1].items[0].developer.clone().unwrap();
    assert_eq!(developer.pointer.as_deref(), Some("/staticTabs/0/name"));
}

#[test]
fn agent_notes_come_right_after_the_consent_section_and_leave_it_alone() {
    let old = input("old.json", json!({}));
    let new = input(
        "new.json",
        json!({"version": "1.0.1", "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "da.json"}]}}),
    );
    let report = crate::check(&old, &new);
    assert!(!report.consent_required);
    let view = present(&report);
    let ids: Vec<SectionId> = view.sections.iter().map(|s| s.id).collect();
    let at = ids.iter().position(|id| *id == SectionId::Consent).unwrap();
    assert_eq!(ids.get(at + 1), Some(&SectionId::AgentNotes));
    let notes = view.section(SectionId::AgentNotes).unwrap();
    assert_eq!(notes.title, "What your users will notice");
    let item = notes.items().next().unwrap();
    assert_eq!(item.mark, Mark::Info);
    assert!(
        item.text
            .starts_with("Where an organization deploys your app")
    );
    assert!(item.link.as_ref().unwrap().url.contains("MC1041454"));
    let changes = view.section(SectionId::Changes).unwrap();
    let agent = changes.items().last().unwrap();
    assert_eq!(agent.text, "Added a Copilot agent \"a\"");
    assert_eq!(
        agent.developer.as_ref().unwrap().pointer.as_deref(),
        Some("/copilotAgents/declarativeAgents/0")
    );
    // No agent: no section.
    let plain = present(&crate::check(
        &old,
        &input("new.json", json!({"version": "1.0.1"})),
    ));
    assert!(plain.section(SectionId::AgentNotes).is_none());
}

#[test]
fn store_findings_say_where_in_words_and_exactly_for_developers() {
    let old = input("old.json", json!({}));
    let new = input(
        "new.json",
        json!({"version": "1.0.1", "validDomains": ["tasks.contoso.com", "abc.ngrok.io"]}),
    );
    let view = present(&crate::check(&old, &new));
    let store = view.section(SectionId::Store).unwrap();
    let item = store.items().next().unwrap();
    assert_eq!(item.mark, Mark::Fix);
    assert_eq!(
        item.place.as_deref(),
        Some("Valid domain 2, in manifest.json")
    );
    let developer = item.developer.clone().unwrap().text();
    assert!(
        developer.starts_with("manifest.json, line ")
            && developer.ends_with(" · /validDomains/1 · valid-domains"),
        "{developer}"
    );
}

#[test]
fn an_input_error_is_a_report_too() {
    let error = crate::load_files(
        std::path::Path::new("/nonexistent/old.json"),
        std::path::Path::new("/nonexistent/new.json"),
    )
    .unwrap_err();
    let view = present_error(&error);
    assert_eq!(view.verdict, None);
    assert_eq!(
        view.headline.text,
        "The published version could not be loaded"
    );
    assert_eq!(view.sections.len(), 1);
}

#[test]
fn the_english_admin_sentence_is_the_catalogues() {
    assert_eq!(ADMIN_ASKED, admin_asked().text());
    assert_eq!(admin_asked().id, "report-admin-asked");
}

#[test]
fn headlines_are_messages_with_ids() {
    let old = input("old.json", json!({}));
    let ready = crate::check(&old, &input("new.json", json!({"version": "1.0.1"})));
    assert_eq!(verdict_message(&ready).id, "report-verdict-ready");
    assert_eq!(verdict_headline(&ready), "Ready to submit");
    let same = crate::check(&old, &old);
    assert_eq!(consent_message(&same).id, "report-consent-nothing-changed");
}

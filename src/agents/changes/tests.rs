//! Tests of the agent comparison.

use super::words::{capability_name, key_words, thousands};
use super::*;
use crate::changes::{Area, Change, ChangeKind};
use crate::package_use::UseKind;
use serde_json::json;

/// A version with its files' documents and kinds.
struct Version {
    manifest: Value,
    files: BTreeMap<String, (UseKind, Value)>,
}

fn version(manifest: Value, files: &[(&str, UseKind, Value)]) -> Version {
    Version {
        manifest,
        files: files
            .iter()
            .map(|(name, kind, doc)| (name.to_string(), (*kind, doc.clone())))
            .collect(),
    }
}

fn lines(old: &Version, new: &Version) -> Vec<String> {
    compared(old, new)
        .changes
        .iter()
        .map(|c| crate::describe::describe(c).sentence())
        .collect()
}

fn compared(old: &Version, new: &Version) -> Compared {
    let docs_old = |name: &str| old.files.get(name).map(|(_, d)| d);
    let docs_new = |name: &str| new.files.get(name).map(|(_, d)| d);
    let side = |v: &'_ Version| -> BTreeMap<String, UseKind> {
        v.files.iter().map(|(n, (k, _))| (n.clone(), *k)).collect()
    };
    let a = AgentSide {
        manifest: &old.manifest,
        kinds: side(old),
        document: &docs_old,
    };
    let b = AgentSide {
        manifest: &new.manifest,
        kinds: side(new),
        document: &docs_new,
    };
    compare(&a, &b)
}

fn da_manifest(id: &str, file: &str) -> Value {
    json!({"copilotAgents": {"declarativeAgents": [{"id": id, "file": file}]}})
}

#[test]
fn a_renamed_agent_file_is_paired_by_its_entry_id() {
    let old = version(
        da_manifest("tasks", "declarativeAgent.json"),
        &[(
            "declarativeAgent.json",
            UseKind::DeclarativeAgent,
            json!({"version": "v1.0", "name": "Tasks", "instructions": "x".repeat(1204),
                   "capabilities": [{"name": "WebSearch"}, {"name": "GraphicArt"}]}),
        )],
    );
    let new = version(
        da_manifest("tasks", "agents/tasks.json"),
        &[(
            "agents/tasks.json",
            UseKind::DeclarativeAgent,
            json!({"version": "v1.7", "name": "Contoso Tasks", "instructions": "y".repeat(1530),
                   "capabilities": [{"name": "WebSearch"}, {"name": "CodeInterpreter"}]}),
        )],
    );
    assert_eq!(
        lines(&old, &new),
        [
            "Changed the file of agent \"Contoso Tasks\": from declarativeAgent.json to agents/tasks.json",
            "Changed the format version of agent \"Contoso Tasks\": from v1.0 to v1.7",
            "Changed the name of agent \"Contoso Tasks\": from \"Tasks\" to \"Contoso Tasks\"",
            "Changed the instructions of agent \"Contoso Tasks\": from 1,204 to 1,530 characters",
            "Removed a capability from agent \"Contoso Tasks\": image generation",
            "Added a capability to agent \"Contoso Tasks\": code interpreter",
        ]
    );
    let paths: Vec<String> = compared(&old, &new)
        .changes
        .iter()
        .map(|c| c.path.clone())
        .collect();
    assert_eq!(paths[1], "agents/tasks.json#/version");
    assert_eq!(paths[0], "/copilotAgents/declarativeAgents/0/file");
}

#[test]
fn entries_without_ids_pair_by_place_and_added_agents_are_named() {
    let manifest = |file: &str| json!({"copilotAgents": {"declarativeAgents": [{"file": file}]}});
    let doc = json!({"name": "Helper", "description": "Helps."});
    let old = version(
        manifest("a.json"),
        &[("a.json", UseKind::DeclarativeAgent, doc.clone())],
    );
    let new = version(
        manifest("b.json"),
        &[("b.json", UseKind::DeclarativeAgent, doc.clone())],
    );
    assert_eq!(
        lines(&old, &new),
        ["Changed the file of agent \"Helper\": from a.json to b.json"]
    );
    let none = version(json!({}), &[]);
    assert_eq!(
        lines(&none, &new),
        ["Added a Copilot agent \"Helper\": Helps."]
    );
    assert_eq!(lines(&new, &none), ["Removed the Copilot agent \"Helper\""]);
}

#[test]
fn starters_actions_workers_and_texts() {
    let plugin = |name: &str| json!({"name_for_human": name, "functions": []});
    let old = version(
        da_manifest("a", "da.json"),
        &[
            (
                "da.json",
                UseKind::DeclarativeAgent,
                json!({"name": "A", "description": "Old words",
                       "conversation_starters": [{"title": "List", "text": "List my tasks"}, {"text": "Help"}],
                       "actions": [{"id": "p1", "file": "p1.json"}],
                       "worker_agents": [{"id": "w"}],
                       "agent_skills": [{"folder": "skills/triage"}, {"folder": "skills/report"}]}),
            ),
            ("p1.json", UseKind::Plugin, plugin("Tasks API")),
        ],
    );
    let new = version(
        da_manifest("a", "da.json"),
        &[
            (
                "da.json",
                UseKind::DeclarativeAgent,
                json!({"name": "A", "description": "New words", "disclaimer": {"text": "Beta"},
                       "conversation_starters": [{"title": "List", "text": "Show my tasks"}, {"text": "Create a task"}],
                       "actions": [{"id": "p1", "file": "p1.json"}, {"id": "p2", "file": "p2.json"}],
                       "worker_agents": [{"id": "v"}], "sensitivity_label": {"id": "x"},
                       "agent_skills": [{"folder": "skills/report"}, {"folder": "skills/notes"}]}),
            ),
            ("p1.json", UseKind::Plugin, plugin("Tasks API")),
            ("p2.json", UseKind::Plugin, plugin("Projects API")),
        ],
    );
    assert_eq!(
        lines(&old, &new),
        [
            "Changed the description of agent \"A\": from \"Old words\" to \"New words\"",
            "Added a disclaimer to agent \"A\": \"Beta\"",
            "Removed a conversation starter from agent \"A\": \"Help\"",
            "Added a conversation starter to agent \"A\": \"Create a task\"",
            "Changed the conversation starter \"List\" of agent \"A\": from \"List my tasks\" to \"Show my tasks\"",
            "Added an action to agent \"A\": \"Projects API\"",
            "Removed a worker agent from agent \"A\": \"w\"",
            "Added a worker agent to agent \"A\": \"v\"",
            "Removed a skill from agent \"A\": \"skills/triage\"",
            "Added a skill to agent \"A\": \"skills/notes\"",
            "Changed other settings of agent \"A\": sensitivity label",
        ]
    );
}

fn plugin_pair(
    old_plugin: Value,
    new_plugin: Value,
    old_api: Value,
    new_api: Value,
) -> Vec<String> {
    let side = |plugin: Value, api: Value| {
        version(
            da_manifest("a", "da.json"),
            &[
                (
                    "da.json",
                    UseKind::DeclarativeAgent,
                    json!({"name": "A", "actions": [{"id": "p", "file": "plugin.json"}]}),
                ),
                ("plugin.json", UseKind::Plugin, plugin),
                ("api.yaml", UseKind::OpenApi, api),
            ],
        )
    };
    lines(&side(old_plugin, old_api), &side(new_plugin, new_api))
}

#[test]
fn plugins_say_functions_sign_in_servers_and_operations() {
    let runtime =
        |auth: Value| json!([{"type": "OpenApi", "auth": auth, "spec": {"url": "api.yaml"}}]);
    let api = |host: &str, extra: bool| {
        let mut paths = json!({"/tasks": {"get": {"operationId": "listTasks"}}});
        if extra {
            paths["/tasks"]["post"] = json!({"operationId": "createTask"});
        }
        json!({"openapi": "3.0.0", "servers": [{"url": format!("https://{host}/v1")}], "paths": paths})
    };
    let said = plugin_pair(
        json!({"schema_version": "v2.1", "name_for_human": "Tasks API",
               "functions": [{"name": "listTasks"}], "runtimes": runtime(json!({"type": "None"}))}),
        json!({"schema_version": "v2.4", "name_for_human": "Tasks API",
               "functions": [{"name": "listTasks"}, {"name": "createTask", "description_for_human": "Create a task"}],
               "runtimes": runtime(json!({"type": "OAuthPluginVault", "reference_id": "abcdefghijklmnopqrstuvwxyz"}))}),
        api("old.contoso.example", false),
        api("api.contoso.example", true),
    );
    assert_eq!(
        said,
        [
            "Changed the format version of action \"Tasks API\": from v2.1 to v2.4",
            "Added a function to action \"Tasks API\": createTask (Create a task)",
            "Changed sign-in of action \"Tasks API\": from none to OAuth (reference id abcdefghijklmnopqrstuvwxyz)",
            "Changed the server of action \"Tasks API\": from old.contoso.example to api.contoso.example",
            "Added an operation to the API of action \"Tasks API\": POST /tasks (createTask)",
        ]
    );
}

#[test]
fn mcp_servers_added_and_removed_and_unexplained_differences() {
    let mcp = |host: &str| json!({"type": "RemoteMCPServer", "auth": {"type": "None"}, "spec": {"url": format!("https://{host}/mcp")}});
    let said = plugin_pair(
        json!({"name_for_human": "T", "runtimes": [mcp("one.example")]}),
        json!({"name_for_human": "T", "runtimes": [mcp("one.example"), mcp("two.example")]}),
        json!({}),
        json!({}),
    );
    assert_eq!(said, ["Added an MCP server to action \"T\": two.example"]);
    let said = plugin_pair(
        json!({"name_for_human": "T", "runtimes": [{"type": "OpenApi", "spec": {"url": "api.yaml"}}]}),
        json!({"name_for_human": "T", "runtimes": [{"type": "OpenApi", "spec": {"url": "api.yaml"}}]}),
        json!({"openapi": "3.0.0", "info": {"title": "a"}}),
        json!({"openapi": "3.0.0", "info": {"title": "b"}}),
    );
    assert_eq!(said, ["Changed other details of the API of action \"T\""]);
}

#[test]
fn manifest_entries_are_said_with_their_names() {
    let old = version(
        json!({"agentConnectors": [{"id": "c", "displayName": "Tasks MCP",
                "toolSource": {"remoteMcpServer": {"mcpServerUrl": "https://old.example/mcp"}}}],
               "agentSkills": [{"folder": "skills/a"}]}),
        &[],
    );
    let new = version(
        json!({"agentConnectors": [{"id": "c", "displayName": "Tasks MCP",
                "toolSource": {"remoteMcpServer": {"mcpServerUrl": "https://new.example/mcp",
                    "authorization": {"type": "OAuthPluginVault", "referenceId": "ref"}}}},
               {"id": "d", "displayName": "Docs", "toolSource": {"remoteMcpServer": {"mcpServerUrl": "https://docs.example"}}}],
               "agentSkills": [{"folder": "skills/b"}],
               "agenticUserTemplates": [{"id": "helper", "file": "helper.json"}],
               "copilotAgents": {"customEngineAgents": [{"id": "b", "type": "bot"}]}}),
        &[],
    );
    assert_eq!(
        lines(&old, &new),
        [
            "Added a custom engine agent (it answers through the app's bot)",
            "Changed the MCP server of agent connector \"Tasks MCP\": from old.example to new.example",
            "Changed sign-in of agent connector \"Tasks MCP\": from none to OAuth (reference id ref)",
            "Added an agent connector \"Docs\": it calls docs.example",
            "Removed an agent skill: folder skills/a",
            "Added an agent skill: folder skills/b",
            "Added an agentic user template \"helper\"",
        ]
    );
    for change in compared(&old, &new).changes {
        assert_eq!(change.area, Area::Agent);
        assert!(!crate::describe::describe(&change).sentence().contains('›'));
    }
}

#[test]
fn an_agent_moved_out_of_the_preview_field_is_one_agent() {
    let old = version(
        json!({"manifestVersion": "devPreview", "copilotExtensions": {
            "declarativeCopilots": [{"id": "a", "file": "da.json"}],
            "plugins": [{"id": "p", "file": "one.json"}]}}),
        &[],
    );
    let new = version(
        json!({"copilotAgents": {"declarativeAgents": [{"id": "a", "file": "agent.json"}]},
               "copilotExtensions": {"plugins": [{"id": "p", "file": "two.json"}]}}),
        &[],
    );
    assert_eq!(
        lines(&old, &new),
        [
            "Changed how the manifest declares agent \"a\": from its preview form (Copilot extensions) to Copilot agents",
            "Changed the file of agent \"a\": from da.json to agent.json",
            "Changed the file of action \"p\": from one.json to two.json",
        ]
    );
    let odd = version(json!({"agentSkills": {"folder": "x"}}), &[]);
    assert_eq!(
        lines(&old, &odd),
        [
            "Removed the Copilot agent \"a\"",
            "Removed an action from the app's Copilot extension: \"one.json\"",
            "Changed other settings of agent skills",
        ]
    );
}

#[test]
fn raw_lines_give_way_to_the_worded_ones() {
    let manifest = |file: &str| json!({"version": "1", "copilotAgents": {"declarativeAgents": [{"id": "a", "file": file}]}});
    let (old, new) = (manifest("a.json"), manifest("b.json"));
    let mut raw = crate::changes::diff(&old, &new, &BTreeMap::new(), &BTreeMap::new());
    raw.push(Change {
        path: "b.json".to_string(),
        pointer: "b.json".to_string(),
        kind: ChangeKind::Added,
        area: Area::PackageFile,
        old: None,
        new: Some(json!(10)),
        words: None,
    });
    raw.push(Change {
        path: "image.png".to_string(),
        pointer: "image.png".to_string(),
        kind: ChangeKind::Added,
        area: Area::PackageFile,
        old: None,
        new: Some(json!(10)),
        words: None,
    });
    drop_raw(&mut raw, &BTreeSet::from(["b.json".to_string()]));
    let paths: Vec<&str> = raw.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(paths, ["image.png"]);
}

#[test]
fn helpers() {
    assert_eq!(thousands(1204), "1,204");
    assert_eq!(thousands(999), "999");
    assert_eq!(thousands(1234567), "1,234,567");
    assert_eq!(
        capability_name("OneDriveAndSharePoint").text(),
        "SharePoint and OneDrive files"
    );
    assert_eq!(capability_name("NewThing").text(), "NewThing");
    assert_eq!(
        key_words("description_for_model").text(),
        "description for model"
    );
    assert_eq!(key_words("behaviorOverrides").text(), "behavior overrides");
    assert_eq!(
        host("https://API.example:443/x"),
        Some("api.example".to_string())
    );
    assert_eq!(host("${{URL}}/x"), None);
    assert_eq!(host("/api"), None);
}

#[test]
fn instructions_count_their_characters_with_fluent_plurals_and_lines_carry_message_ids() {
    let agent = |instructions: &str| {
        version(
            da_manifest("tasks", "da.json"),
            &[(
                "da.json",
                UseKind::DeclarativeAgent,
                json!({"name": "Tasks", "instructions": instructions}),
            )],
        )
    };
    assert_eq!(
        lines(&agent("xy"), &agent("z")),
        ["Changed the instructions of agent \"Tasks\": from 2 to 1 character"]
    );
    assert_eq!(
        lines(&agent("x"), &agent("y")),
        ["Changed the instructions of agent \"Tasks\": new wording, still 1 character"]
    );
    let found = compared(&agent("x"), &agent(&"y".repeat(1530))).changes;
    let words = found.first().and_then(|change| change.words.as_ref());
    assert_eq!(
        words.map(|words| words.subject.id),
        Some("agent-instructions-of")
    );
    assert_eq!(
        words
            .and_then(|words| words.detail.as_ref())
            .map(|detail| detail.text()),
        Some("from 1 to 1,530 characters".to_string())
    );
}

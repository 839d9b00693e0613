#!/usr/bin/env python3
"""Writes the agent fixtures of tests/agents.rs: one folder per rule of `agents.md` (§1-§3),
each with the new version's package files in `new/` and the findings the spec asks for in
`expected.json`, written here by hand from the spec (not from the program's output). The
published version of every case is `published/`, a clean agent package. Run from this
folder; the output is committed, so this only runs when a case changes."""
import copy, json, os, shutil, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
APP_ID = "7c1e5d2a-3b4f-4e6a-9d8c-1a2b3c4d5e6f"


def png(size, pixel):
    rows = b""
    for y in range(size):
        rows += b"\0" + b"".join(bytes(pixel(x, y)) for x in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


COLOR = png(192, lambda x, y: (0, 120, 212, 255))
OUTLINE = png(32, lambda x, y: (255, 255, 255, 255) if 8 <= x < 24 and 8 <= y < 24 else (0, 0, 0, 0))

MANIFEST = {
    "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.28/MicrosoftTeams.schema.json",
    "manifestVersion": "1.28",
    "version": "1.0.0",
    "id": APP_ID,
    "developer": {
        "name": "Contoso Ltd",
        "websiteUrl": "https://www.contoso.example",
        "privacyUrl": "https://www.contoso.example/privacy",
        "termsOfUseUrl": "https://www.contoso.example/terms",
    },
    "icons": {"color": "color.png", "outline": "outline.png"},
    "name": {"short": "Contoso Tasks", "full": "Contoso Tasks: your team's tasks, explained"},
    "description": {
        "short": "Ask Copilot about your team's tasks.",
        "full": "Contoso Tasks lets Microsoft 365 Copilot list, find and explain your team's tasks.",
    },
    "accentColor": "#0078D4",
    "copilotAgents": {"declarativeAgents": [{"id": "tasksAgent", "file": "agent/declarativeAgent.json"}]},
    "agentConnectors": [{
        "id": "tickets",
        "displayName": "Ticket search",
        "toolSource": {"remoteMcpServer": {
            "mcpServerUrl": "https://mcp.contoso.example/tickets",
            "mcpToolDescription": {"file": "agent/tickets-tools.json"},
        }},
    }],
    "agentSkills": [{"folder": "skills/triage"}],
    "validDomains": [],
}

AGENT = {
    "$schema": "https://developer.microsoft.com/json-schemas/copilot/declarative-agent/v1.6/schema.json",
    "version": "v1.6",
    "name": "Contoso Tasks",
    "description": "Finds and explains your team's tasks.",
    "instructions": "You help people with their team's tasks. Greet {{user.name}} by name. Use the tasks action.",
    "capabilities": [{"name": "WebSearch"}],
    "conversation_starters": [
        {"title": "My tasks", "text": "Show my open tasks"},
        {"title": "Due today", "text": "Which of my tasks are due today?"},
        {"title": "Overdue", "text": "List my overdue tasks"},
    ],
    "actions": [{"id": "tasksApi", "file": "tasks-plugin.json"}],
}

PLUGIN = {
    "$schema": "https://developer.microsoft.com/json-schemas/copilot/plugin/v2.4/schema.json",
    "schema_version": "v2.4",
    "name_for_human": "Contoso Tasks",
    "namespace": "contosotasks",
    "description_for_human": "Lists your team's tasks.",
    "description_for_model": "Use listTasks to list tasks; the owner is {{owner}}.",
    "functions": [{
        "name": "listTasks",
        "description": "Lists the tasks of an owner, such as {{function.parameters.owner}}.",
        "capabilities": {"confirmation": {
            "type": "AdaptiveCard",
            "title": "List tasks",
            "body": "List the tasks of {{function.parameters.owner}}?",
        }},
    }],
    "runtimes": [{
        "type": "OpenApi",
        "auth": {"type": "None"},
        "spec": {"url": "openapi.yaml"},
        "run_for_functions": ["listTasks"],
    }],
}

OPENAPI = """openapi: 3.0.1
info:
  title: Contoso Tasks
  description: Tasks of an owner; write {{owner}} to filter.
  version: 1.0.0
servers:
  - url: https://api.contoso.example/v1
paths:
  /tasks:
    get:
      operationId: listTasks
      summary: List the tasks of {{owner}}
      responses:
        '200':
          description: The tasks
"""

TOOLS = {"tools": [{"name": "searchTickets", "description": "Searches tickets"}]}


def base():
    """The published package: file name → bytes."""
    return {
        "manifest.json": MANIFEST,
        "color.png": COLOR,
        "outline.png": OUTLINE,
        "agent/declarativeAgent.json": AGENT,
        "agent/tasks-plugin.json": PLUGIN,
        "agent/openapi.yaml": OPENAPI,
        "agent/tickets-tools.json": TOOLS,
        "skills/triage/SKILL.md": "# Triage\nSort new tickets by urgency.\n",
    }


def new_version(change):
    files = copy.deepcopy(base())
    files["manifest.json"]["version"] = "1.1.0"
    change(files)
    return files


def write(folder, files):
    shutil.rmtree(folder, ignore_errors=True)
    for name, content in files.items():
        path = os.path.join(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(content, (dict, list)):
            content = json.dumps(content, indent=2, ensure_ascii=False) + "\n"
        if isinstance(content, str):
            content = content.encode("utf-8")
        with open(path, "wb") as out:
            out.write(content)


CASES = {}


def case(name, verdict, findings):
    """A case: what the new version changes, and the (check, severity, file, pointer) it must give."""
    def register(change):
        CASES[name] = (change, verdict, findings)
        return change
    return register


@case("clean-update", "ready", [])
def _(files):
    files["agent/declarativeAgent.json"]["instructions"] += " Answer in the user's language."


@case("package-files", "blocked", [
    ["package-files", "error", "manifest.json", "/agentConnectors/0/toolSource/remoteMcpServer/mcpToolDescription/file"],
    ["package-files", "error", "manifest.json", "/agentSkills/0/folder"],
    ["package-files", "error", "agent/declarativeAgent.json", "/actions/1/file"],
])
def _(files):
    del files["agent/tickets-tools.json"]
    files["skills/triage/skill.md"] = files.pop("skills/triage/SKILL.md")
    files["agent/declarativeAgent.json"]["actions"].append({"id": "reports", "file": "../reports-plugin.json"})


@case("agent-files", "blocked", [
    ["agent-files", "error", "agent/tickets-tools.json", ""],
    ["agent-files", "error", "agent/openapi.yaml", "/openapi"],
])
def _(files):
    files["agent/tickets-tools.json"] = '{"tools": [{"name": "searchTickets",}]}\n'
    files["agent/openapi.yaml"] = files["agent/openapi.yaml"].replace("openapi: 3.0.1", "openapi: '2.0'")


@case("agent-schema", "blocked", [
    ["agent-schema", "error", "agent/tasks-plugin.json", "/runtimes/0"],
])
def _(files):
    del files["agent/tasks-plugin.json"]["runtimes"][0]["auth"]


@case("agent-schema-version", "blocked", [
    ["agent-schema", "error", "agent/declarativeAgent.json", "/version"],
])
def _(files):
    files["agent/declarativeAgent.json"]["version"] = "1.6"


@case("agent-schema-newer", "ready", [
    ["agent-schema", "warning", "agent/tasks-plugin.json", "/schema_version"],
])
def _(files):
    files["agent/tasks-plugin.json"]["schema_version"] = "v2.9"
    del files["agent/tasks-plugin.json"]["$schema"]


@case("agent-schema-url", "ready", [
    ["agent-schema-url", "warning", "agent/declarativeAgent.json", "/$schema"],
])
def _(files):
    files["agent/declarativeAgent.json"]["$schema"] = AGENT["$schema"].replace("v1.6", "v1.4")


@case("placeholders", "blocked", [
    ["placeholders", "error", "agent/declarativeAgent.json", "/instructions"],
    ["placeholders", "error", "agent/tasks-plugin.json", "/description_for_human"],
    ["placeholders", "error", "agent/openapi.yaml", "/servers/0/url"],
])
def _(files):
    files["agent/declarativeAgent.json"]["instructions"] = "$[file('instructions.txt')]"
    files["agent/instructions.txt"] = "You help people with their team's tasks.\n"
    # Copilot fills {{…}} in its own texts at run time; ${{…}} is a build placeholder.
    files["agent/tasks-plugin.json"]["description_for_human"] = "${{APP_DESCRIPTION}}"
    files["agent/openapi.yaml"] = files["agent/openapi.yaml"].replace(
        "  - url: https://api.contoso.example/v1", "  - url: {{ENDPOINT_URL}}")


@case("agent-urls", "blocked", [
    ["agent-urls", "error", "manifest.json", "/agentConnectors/0/toolSource/remoteMcpServer/mcpServerUrl"],
    ["agent-urls", "error", "agent/openapi.yaml", "/servers/0/url"],
    ["agent-urls", "error", "agent/openapi.yaml", "/paths/~1tasks/get/servers/0/url"],
])
def _(files):
    connector = files["manifest.json"]["agentConnectors"][0]["toolSource"]["remoteMcpServer"]
    connector["mcpServerUrl"] = "https://x7k2-7071.euw.devtunnels.ms/tickets"
    files["agent/openapi.yaml"] = files["agent/openapi.yaml"].replace(
        "  - url: https://api.contoso.example/v1", "  - url: http://localhost:7071/api").replace(
        "      operationId: listTasks\n",
        "      operationId: listTasks\n      servers:\n        - url: /api\n")


@case("agent-urls-plugin", "blocked", [
    ["agent-urls", "error", "agent/tasks-plugin.json", "/runtimes/0/spec/url"],
])
def _(files):
    # An address rather than a file of the package: the address must be a real one.
    files["agent/tasks-plugin.json"]["runtimes"][0]["spec"]["url"] = "https://192.168.1.20/openapi.yaml"
    del files["agent/openapi.yaml"]


@case("agent-operations", "blocked", [
    ["agent-operations", "error", "manifest.json", "/composeExtensions/0/commands/1/id"],
    ["agent-operations", "error", "agent/tasks-plugin.json", "/functions/1/name"],
    ["agent-operations", "error", "agent/tasks-plugin.json", "/runtimes/0/run_for_functions/2"],
    # The API-based commands name no results template (store-checks.md rule 19).
    ["api-message-extension", "error", "manifest.json", "/composeExtensions/0/commands/0"],
    ["api-message-extension", "error", "manifest.json", "/composeExtensions/0/commands/1"],
])
def _(files):
    files["manifest.json"]["composeExtensions"] = [{
        "composeExtensionType": "apiBased",
        "apiSpecificationFile": "agent/openapi.yaml",
        "commands": [
            {"id": "listTasks", "type": "query", "title": "Tasks", "context": ["compose"],
             "parameters": [{"name": "owner", "title": "Owner", "description": "Whose tasks"}]},
            {"id": "findTask", "type": "query", "title": "Find", "context": ["compose"],
             "parameters": [{"name": "text", "title": "Text", "description": "Words to find"}]},
        ],
    }]
    plugin = files["agent/tasks-plugin.json"]
    plugin["functions"].append({"name": "createTask", "description": "Creates a task"})
    plugin["runtimes"][0]["run_for_functions"] = ["listTasks", "createTask", "deleteTask"]


@case("placeholder-reference", "blocked", [
    ["placeholders", "error", "agent/tasks-plugin.json", "/runtimes/0/spec/url"],
    ["package-extra-files", "warning", "manifest.json", ""],
])
def _(files):
    # A reference that holds a placeholder is not followed: the OpenAPI document is then unused.
    files["agent/tasks-plugin.json"]["runtimes"][0]["spec"]["url"] = "${{SPEC_FOLDER}}/openapi.yaml"


@case("extra-files", "ready", [
    ["package-extra-files", "warning", "manifest.json", ""],
])
def _(files):
    files["notes/todo.txt"] = "remember the icons\n"


LOCALIZATION_SCHEMA = "https://developer.microsoft.com/json-schemas/teams/v1.28/MicrosoftTeams.Localization.schema.json"


def translation(short, description_short, description_full, keys=None):
    """A localization file of format 1.28 with the texts it requires."""
    found = {
        "$schema": LOCALIZATION_SCHEMA,
        "name.short": short,
        "description.short": description_short,
        "description.full": description_full,
    }
    if keys is not None:
        found["localizationKeys"] = keys
    return found


FRENCH = ("Tâches Contoso", "Demandez à Copilot les tâches de votre équipe.",
          "Contoso Tasks permet à Microsoft 365 Copilot de lister et d'expliquer les tâches de votre équipe.")
ENGLISH = (MANIFEST["name"]["short"], MANIFEST["description"]["short"], MANIFEST["description"]["full"])


@case("agent-skills-v1-9", "ready", [
    ["agent-schema", "warning", "agent/declarativeAgent.json", "/version"],
])
def _(files):
    # DA v1.9: a skill folder beside the agent file; its files are used.
    agent = files["agent/declarativeAgent.json"]
    agent["$schema"] = AGENT["$schema"].replace("v1.6", "v1.9")
    agent["version"] = "v1.9"
    agent["agent_skills"] = [{"folder": "skills/report"}]
    files["agent/skills/report/SKILL.md"] = "# Report\nWrite a weekly report of the tasks.\n"
    files["agent/skills/report/template.md"] = "## This week\n"


@case("agent-skills-missing", "blocked", [
    ["agent-schema", "warning", "agent/declarativeAgent.json", "/version"],
    ["package-files", "error", "agent/declarativeAgent.json", "/agent_skills/0/folder"],
    ["package-files", "error", "agent/declarativeAgent.json", "/agent_skills/1/folder"],
])
def _(files):
    agent = files["agent/declarativeAgent.json"]
    agent["$schema"] = AGENT["$schema"].replace("v1.6", "v1.9")
    agent["version"] = "v1.9"
    # The first folder is not in the package; the second has no SKILL.md.
    agent["agent_skills"] = [{"folder": "skills/report"}, {"folder": "skills/notes"}]
    files["agent/skills/notes/readme.md"] = "Notes\n"


@case("agent-store", "blocked", [
    ["agent-name-match", "error", "agent/declarativeAgent.json", "/name"],
    ["agent-name-match", "error", "agent/tasks-plugin.json", "/name_for_human"],
    ["da-starters-count", "error", "agent/declarativeAgent.json", "/conversation_starters"],
    ["agent-text-hygiene", "error", "agent/declarativeAgent.json", "/description"],
    ["agent-text-hygiene", "error", "agent/declarativeAgent.json", "/conversation_starters/1/text"],
    ["agent-text-hygiene", "error", "agent/tasks-plugin.json", "/description_for_human"],
    ["long-description-copilot", "error", "manifest.json", "/description/full"],
    ["da-graph-connectors-blank", "error", "agent/declarativeAgent.json", "/capabilities/1/connections"],
    ["app-name-words", "warning", "agent/declarativeAgent.json", "/name"],
])
def _(files):
    # A declarative agent that breaks several of the Agent Store's rules.
    files["manifest.json"]["description"]["full"] = "Contoso Tasks lists, finds and explains your team's tasks."
    agent = files["agent/declarativeAgent.json"]
    agent["name"] = "Contoso Tasks Copilot"
    agent["description"] = "Finds your team's tasks. Help: https://www.contoso.example/help"
    agent["conversation_starters"] = [
        {"title": "My tasks", "text": "Show my open tasks"},
        {"title": "Due today", "text": "Due today \u2705"},
    ]
    agent["capabilities"].append({"name": "GraphConnectors", "connections": [{"connection_id": "contosotickets"}]})
    plugin = files["agent/tasks-plugin.json"]
    plugin["name_for_human"] = "Contoso Tasks API"
    plugin["description_for_human"] = "Lists your team's tasks.\u200b"


@case("agent-store-warnings", "ready", [
    ["agent-text-hygiene", "warning", "agent/declarativeAgent.json", "/conversation_starters/2/text"],
    ["agent-text-hygiene", "warning", "agent/tasks-plugin.json", "/description_for_model"],
    ["long-description-copilot", "warning", "manifest.json", "/description/full"],
    ["consequential-actions", "warning", "agent/openapi.yaml", "/paths/~1tasks/post/x-openai-isConsequential"],
    ["da-actions", "warning", "agent/worker.json", ""],
])
def _(files):
    files["manifest.json"]["description"]["full"] = "Contoso Tasks lets Copilot list, find and explain your team's tasks."
    agent = files["agent/declarativeAgent.json"]
    # Instructions are instructions by design: not questioned.
    agent["instructions"] += " If the user says hello, list their tasks."
    # Persian needs its zero-width non-joiner: a warning, not an error.
    agent["conversation_starters"][2]["text"] = "کارهای عقب\u200cافتاده"
    # Worker agents named by file: format v1.7 and later.
    agent["$schema"] = AGENT["$schema"].replace("v1.6", "v1.7")
    agent["version"] = "v1.7"
    agent["worker_agents"] = [{"file": "worker.json"}]
    files["agent/worker.json"] = {
        "version": "v1.6", "name": "Contoso Tasks helper", "description": "Answers from the task guide.",
        "instructions": "Answer from the task guide.",
    }
    files["agent/tasks-plugin.json"]["description_for_model"] = "If the user says 'tasks', call listTasks."
    files["agent/openapi.yaml"] = files["agent/openapi.yaml"].replace(
        "          description: The tasks\n",
        "          description: The tasks\n"
        "    post:\n      operationId: findTasks\n      x-openai-isConsequential: false\n"
        "      responses:\n        '200':\n          description: The tasks found\n")


@case("consequential-actions", "blocked", [
    ["consequential-actions", "error", "agent/openapi.yaml", "/paths/~1tasks~1{id}/delete/x-openai-isConsequential"],
])
def _(files):
    files["agent/openapi.yaml"] += (
        "  /tasks/{id}:\n    delete:\n      operationId: deleteTask\n      x-openai-isConsequential: false\n"
        "      parameters:\n        - name: id\n          in: path\n          required: true\n"
        "          schema:\n            type: string\n"
        "      responses:\n        '204':\n          description: Deleted\n")


@case("agent-localization", "blocked", [
    ["localization-agent-default-file", "error", "manifest.json", "/localizationInfo"],
    ["agent-localization-keys", "error", "fr.json", "/localizationKeys"],
])
def _(files):
    # A translated agent: its name is a key, the French file lacks it, and no file
    # is given for the default language.
    files["manifest.json"]["localizationInfo"] = {
        "defaultLanguageTag": "en",
        "additionalLanguages": [{"languageTag": "fr", "file": "fr.json"}],
    }
    agent = files["agent/declarativeAgent.json"]
    agent["name"] = "[[agentName]]"
    agent["description"] = "[[agentDescription]]"
    files["fr.json"] = translation(
        *FRENCH, {"[[agentDescription]]": "Trouve et explique les tâches de votre équipe."})


@case("agent-localization-complete", "ready", [])
def _(files):
    files["manifest.json"]["localizationInfo"] = {
        "defaultLanguageTag": "en",
        "defaultLanguageFile": "en.json",
        "additionalLanguages": [{"languageTag": "fr", "file": "fr.json"}],
    }
    files["agent/declarativeAgent.json"]["name"] = "[[agentName]]"
    files["en.json"] = translation(*ENGLISH, {"agentName": "Contoso Tasks"})
    files["fr.json"] = translation(*FRENCH, {"[[agentName]]": "Tâches Contoso"})


@case("agent-localization-default-warning", "ready", [
    ["localization-agent-default-file", "warning", "manifest.json", "/localizationInfo"],
])
def _(files):
    files["manifest.json"]["localizationInfo"] = {
        "defaultLanguageTag": "en",
        "additionalLanguages": [{"languageTag": "fr", "file": "fr.json"}],
    }
    files["fr.json"] = translation(*FRENCH)


def main():
    write(os.path.join(HERE, "published"), base())
    for name, (change, verdict, findings) in CASES.items():
        folder = os.path.join(HERE, name)
        write(os.path.join(folder, "new"), new_version(change))
        expected = {"verdict": verdict, "findings": findings}
        with open(os.path.join(folder, "expected.json"), "w") as out:
            json.dump(expected, out, indent=2)
            out.write("\n")


if __name__ == "__main__":
    main()

# Teams Update Check: every sentence a user can read, in English (US spelling, as
# Microsoft's documentation). One message per identifier; `$name` is an argument the
# code gives (src/message.rs). Plurals are Fluent's: { $count -> [one] … *[other] … }.
# Keep each message's text on one line: Fluent keeps the line breaks of a text. A
# selector's variants go on lines of their own, indented, and end with `}` alone.
# Sections follow the code that says them.

## Shared: counts and small words used by several parts

count-icons = { $count ->
    [one] 1 icon
   *[other] { $count } icons
}

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = The app ID stays the same
check-version-format-title = The version number is written correctly
check-version-incremented-title = The version number goes up
check-app-id-changed = The app ID changed from { $old } to { $new }. An update must keep the published app's ID; with a new ID the store treats it as a different app. Put the old ID back.
check-app-id-not-guid = The app ID is the same in both files, but "{ $id }" is not a real app ID (a GUID such as 0b5c3d6e-1234-4abc-9def-00112233aabb). It looks like a placeholder your build tools fill in; check the package you actually submit.
check-app-id-same = The app ID stays { $id }.
check-version-too-long = The new version "{ $version }" is longer than 256 characters.
check-version-not-three-numbers = The new version "{ $version }" is not three whole numbers separated by dots, like 1.4.2 (no letters, no leading zeros, no "-beta"); the store refuses other forms.
check-version-addin-part-too-big = The new version "{ $version }" has a part above 99999, which Office add-ins (the `extensions` section) do not allow.
check-version-well-formed = The new version { $version } is written the way the store expects.
check-version-nothing-changed = Nothing changed, so the version does not need to change.
check-version-goes-up = The version goes up from { $old } to { $new }.
check-version-unchanged = The version is still { $new }, but something changed. The version must go up for any change: raise it above { $old }, for example to { $next }.
check-version-same-number = The version goes from { $old } to { $new }, which is the same number written differently (missing parts count as 0), not a higher one. Raise it above { $old }, for example to { $next }.
check-version-lower = The new version { $new } is lower than the published { $old }. Were the two files given the wrong way round? The published version comes first, the new one second. Otherwise raise the new version above { $old }.
check-version-not-comparable = Could not compare the versions, because { $which ->
    [published] the published version
   *[new] the new version
} "{ $version }" { $reason ->
    [long] has a part longer than 18 digits
   *[signs] is not made only of numbers and dots
}. Make sure the new version is higher than the published one.
check-version-higher-number = a higher number

## Store checks (src/store/)
store-activities-title = Activity feed notification types are unique and not reserved
store-agent-files-title = Every Copilot agent file can be read
store-localization-agent-default-file-title = A translated agent has a file for its default language
store-agent-localization-keys-title = Every translation file has the agent's localization keys
store-agent-name-match-title = The agent and its actions have the app's name
store-agent-operations-title = Every agent function and API command has its operation
store-agent-schema-title = Copilot agent files match Microsoft's official schemas
store-agent-schema-url-title = Copilot agent files link the schema of their own format
store-agent-text-hygiene-title = Agent descriptions and instructions hold no web addresses, emoji or hidden characters
store-agent-urls-title = Copilot agents call real https addresses
store-api-message-extension-title = Message extensions follow the upload rules of their kind
store-app-name-core-feature-title = Short name does not start with a Teams feature
store-bot-id-guid-title = Bot IDs are GUIDs
store-bot-id-kept-title = Bots keep their published IDs
store-cea-bot-id-title = The custom engine agent is one of the app's bots
store-channel-features-title = Says whether the app works in shared and private channels
store-bot-command-slash-title = Bot commands do not start with a slash
store-bot-command-duplicate-title = Each bot command appears once in its list
store-me-command-duplicate-title = Each action command of a message extension appears once
store-consequential-actions-title = Actions that change data ask the user first
store-da-actions-title = The agent has actions
store-da-graph-connectors-blank-title = The agent uses every Copilot connector of an organization
store-da-starters-count-title = The agent has 3 to 6 conversation starters
store-dashboard-cards-title = Dashboard cards have one icon each and unique IDs
store-descriptions-title = Full description says more than the short one, in 500 words or fewer
store-https-urls-title = Web addresses are secure (https)
store-icon-color-title = Color icon is a 192 × 192 PNG
store-icon-color32x32-title = Small color icon is a 32 × 32 PNG
store-icon-outline-title = Outline icon is white on transparent, 32 × 32
store-localization-title = Translation files are valid and match the manifest format
store-localization-tags-title = Each language has one translation file
store-long-description-copilot-title = The long description says the app works in Microsoft 365 Copilot
store-manifest-version-title = Manifest uses a format the store accepts
store-me-sample-prompts-title = Message extension commands have 3 different sample prompts
store-package-extra-files-title = Package holds only the files the manifest uses
store-package-files-title = Every file the manifest names is in the package
store-package-name-deprecated-title = No outdated packageName field
store-package-size-title = Package is 10 MB or smaller
store-placeholders-title = No template placeholders are left
store-required-texts-title = Name, descriptions and developer name are filled in
store-schema-title = Manifest matches Microsoft's official schema
store-schema-url-title = Schema link matches the manifest format
store-static-tab-names-title = Personal tabs are named correctly
store-valid-domains-title = Valid domains are your own production domains
store-valid-domains-coverage-title = Tab pages are on your valid domains
store-version-major-title = Version is 1.0.0 or higher
store-activities-reserved = The activity type "systemDefault" is reserved by Teams for its own notifications; the upload service refuses it. Give this notification type a name of its own, such as "taskAssigned" (your developer's code sends it by that name).
store-activities-duplicate = The activity type "{ $kind }" is declared more than once; the upload service refuses that. Keep one entry for it.
store-agent-files-broken = { $problem }
store-agent-files-too-large = The { $what } "{ $file }" is { $size }; a file of the package can be at most { $limit } for this check, and a file this large is almost certainly not the one intended. Your developer must make it smaller or replace it.
store-agent-files-too-many = The package leads to more than { $limit } agent files to read; "{ $file }" and the files after it were not checked. An app's agents need far fewer files: your developer should check what the agent files name.
store-agent-name-match-differs = The { $what } is called "{ $name }" ({ $kind ->
    [action] the action's name shown to users
   *[agent] the agent's name
}, in "{ $file }"), but the app is called "{ $app }". The Agent Store requires the app, its agent and the agent's actions to have the same name. Your developer must change it to "{ $app }" (or change the app's name to match).
store-localization-agent-default-file-missing = The Copilot agent is translated (its files use localization keys such as [[agentName]]) and the app lists other languages, but there is no translation file for the default language (defaultLanguageFile). A translated agent needs a file for every language it supports, the default language included. Your developer must add one and name it in the manifest.
store-localization-agent-default-file-advice = The app lists other languages but no translation file for its default language (defaultLanguageFile). If the Copilot agent supports more than one language, it needs a file for every language, the default language included.
store-agent-localization-keys-lacking = The translation file "{ $file }" lacks { $count ->
    [one] a localization key
   *[other] localization keys
} the Copilot agent uses ({ $keys }). The upload service refuses an agent text it cannot translate. Your developer must add { $count ->
    [one] it
   *[other] them
} under localizationKeys in this file.
store-agent-operations-command = The message extension command "{ $command }" has no operation with that ID (operationId) in the API description "{ $file }"; it would fail every time a user runs it. Your developer must match the command to an operation.
store-agent-operations-undefined-function = The agent action file "{ $file }" runs a function "{ $function }" that it does not define (it is not one of its functions). Your developer must add the function or correct the name.
store-agent-operations-function = The agent function "{ $function }" has no operation with that ID (operationId) in the API description "{ $file }"; Copilot would fail every time it tries it. Your developer must match the function to an operation.
store-agent-schema-url-mismatch = The schema link of "{ $file }" is for format { $linked }, but the file says it follows { $version }. Your developer should link the schema of { $version }, so editors check the file against the right rules.
store-schema-whole = { $kind ->
    [localization] The localization file
    [declarative-agent] The Copilot agent file
    [plugin] The agent action file
    [agentic-user] The agentic user template
    [response-template] The response template
   *[manifest] The manifest
}
store-schema-at-top = at the top of { $kind ->
    [localization] the localization file
    [declarative-agent] the Copilot agent file
    [plugin] the agent action file
    [agentic-user] the agentic user template
    [response-template] the response template
   *[manifest] the manifest
}
store-schema-in-field = in { $field }
store-schema-manifest-format = manifest format { $format }
store-schema-renamed-field = { $field } has `{ $unknown }` where the { $format } expects `{ $missing }`, which is required. Rename `{ $unknown }` to `{ $missing }`.
store-schema-missing-one-of = { $field } is missing `{ $first }`, which is required (or { $others } in its place). Add it.
store-schema-max-length = { $field } can be at most { $limit } characters; yours has { $count }.
store-schema-min-length = { $field } must have at least { $limit ->
    [one] 1 character
   *[other] { $limit } characters
}; yours has { $count }.
store-schema-max-items = { $field } can have at most { $limit ->
    [one] 1 entry
   *[other] { $limit } entries
}; yours has { $count }.
store-schema-min-items = { $field } must have at least { $limit ->
    [one] 1 entry
   *[other] { $limit } entries
}; yours has { $count }.
store-schema-uri = { $field } must be a full web address with its scheme, such as "https://www.contoso.com/help"; yours is { $value }.
store-schema-constant = { $field } must be { $expected }; yours is { $value }.
store-schema-required = { $field } is missing `{ $name }`, which is required. Add it.
store-schema-type = { $field } must be { $expected }; yours is { $value }.
store-schema-type-name = { $kind ->
    [string] a text (in double quotes)
    [object] an object (`{"{"} … {"}"}`)
    [array] a list (`[ … ]`)
    [boolean] true or false
    [integer] a whole number
    [number] a number
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first } or { $second }
store-schema-unique-items = { $field } lists the same entry more than once; keep each entry once.
store-schema-no-form = { $field } does not match any of the forms the { $format } allows here. Compare it with the reference for this field.
store-schema-several-forms = { $field } matches more than one of the forms the { $format } allows here; it must match exactly one.
store-schema-maximum = { $field } can be at most { $limit }; yours is { $value }.
store-schema-minimum = { $field } must be at least { $limit }; yours is { $value }.
store-schema-max-properties = { $field } can have at most { $limit } fields.
store-schema-min-properties = { $field } must have at least { $limit } fields.
store-schema-other = { $field } does not follow { $format }: { $problem }.
store-schema-pattern-guid = an ID in GUID form, such as "0b5c3d6e-1234-4abc-9def-00112233aabb"
store-schema-pattern-https = a secure web address starting with https://, such as "{ $example }"
store-schema-pattern-color = a color written as # and six hexadecimal digits, such as "#4F6BED"
store-schema-pattern-version = a version of numbers and dots, such as "1.0.0"
store-schema-pattern-other = { $field } is not written the way the manifest format expects (it must match the pattern { $pattern }); yours is "{ $value }".
store-schema-pattern = { $field } must be { $expected }; yours is "{ $value }".
store-schema-enum = { $field } must be one of { $allowed }; yours is { $value }.
store-schema-enum-hint = { $field } must be one of { $allowed }; yours is { $value }. Did you mean `{ $option }`?
store-schema-needs-later-format = `{ $property }` needs manifest format { $later } or later; you use { $format }. Move to format { $later } (update manifestVersion and { $schema_field }), or remove `{ $property }`.
store-schema-unknown-field = `{ $property }` is not a field { $format } knows { $place }. Check its spelling and letter case, or remove it.
store-schema-sentences = { $first } { $second }
store-schema-no-sentence = {""}
store-localization-too-large = The localization file "{ $file }" is larger than 4 MiB; a localization file holds a few translated texts.
store-localization-not-json = The localization file "{ $file }" is not valid JSON: { $problem }. Open it in a text editor and correct it at line { $line }, column { $column }.
store-localization-not-object = The localization file "{ $file }" must be a JSON object (starting with `{"{"}`), but it is { $value }.
store-localization-in-file = In "{ $file }": { $problem }
store-schema-url-add-later = Once the manifest is moved to a published format (see "Manifest uses a format the store accepts"), add the link of that format.
store-schema-url-add = Add "{ $schema_field }": "{ $example }".
store-schema-url-missing = The schema link (`{ $schema_field }`) is missing or is not a text. { $add }
store-schema-url-unusual = The schema link "{ $link }" is unusual: it does not name a Teams manifest format. The usual link is "{ $example }".
store-schema-url-preview = The schema link (`{ $schema_field }`) names format { $named } but manifestVersion is "{ $format }". Do not point the link at the preview format: the store refuses the preview format itself. Move the manifest to a published format (see "Manifest uses a format the store accepts"), with this link naming that same format.
store-schema-url-other-format = The schema link (`{ $schema_field }`) names format { $named } but manifestVersion is { $format }. Make them the same: "{ $example }".
store-schema-url-no-format = missing
store-placeholders-file-directive = "{ $text }" is an Agents Toolkit file directive that the toolkit replaces with the file's text when it builds the package; submit the package the toolkit built, not the source files.
store-placeholders-built-address = The address "{ $text }" was never filled in: this package is built (its manifest has a real app ID), yet this address is still a placeholder, so Copilot cannot reach it. Your developer must put the real https:// address here and build the package again.
store-placeholders-built-value = "{ $text }" was never filled in: this package is built (its manifest has a real app ID), yet this value is still a placeholder. Your developer must put the real value here and build the package again.
store-placeholders-placeholder = "{ $text }" is a placeholder that your build tools fill in; the store needs the real value.
store-agent-schema-undocumented = The Copilot agent file "{ $file }" uses format { $version }, not yet a documented declarative-agent format (Microsoft's pages describe formats up to v1.8); the store may refuse it. It was checked against the v1.9 schema Microsoft has prepared. If the agent needs nothing of v1.9 (skill folders), your developer can use v1.8.
store-agent-schema-format = { $kind ->
    [plugin] API plugin format { $version }
    [agentic-user] the agentic user template format
    [response-template] the response template format
   *[declarative-agent] declarative agent format { $version }
}
store-agent-schema-newer = The { $what } "{ $file }" uses format { $version }, newer than this app knows (up to { $newest }); it was not checked against its schema. An update of this app will check it.
store-agent-schema-no-version = it has none
store-agent-schema-yours-quoted = yours is "{ $value }"
store-agent-schema-yours = yours is { $value }
store-agent-schema-version-missing = The { $what } "{ $file }" must say which format it follows in `{ $field }` (such as "{ $newest }"); { $yours }. Your developer must set it.
store-agent-text-hygiene-address = a web address ({ $address })
store-agent-text-hygiene-emoji = an emoji ({ $emoji })
store-agent-text-hygiene-hidden = a hidden character ({ $code })
store-agent-text-hygiene-instructs = words that instruct Copilot ("{ $phrase }")
store-agent-text-hygiene-in-file = In "{ $file }", the text at “{ $place }”
store-agent-text-hygiene-refused = { $place } holds { $what }. The Agent Store refuses web addresses, emoji and hidden characters in the descriptions and instructions Copilot reads. Remove it.
store-agent-text-hygiene-steers = { $place } holds { $what }. The Agent Store refuses descriptions that try to steer the model; if these words only describe what the app does, keep them.
store-agent-text-hygiene-joiner = { $place } holds { $what }, a joiner or direction mark. Text in scripts such as Persian or Hindi needs them, so this may be right; the Agent Store refuses hidden characters that serve no such purpose.
store-agent-urls-not-full = "{ $address }" is not a full web address; Copilot calls the agent's services from the cloud and has nothing to complete it with. Your developer must write the whole address, such as "https://api.contoso.com{ $path }".
store-agent-urls-not-secure = "{ $address }" is not a secure (https) address; Copilot calls only https addresses. Your developer must use the https address of the service.
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = the IP address { $ip }
store-agent-urls-own-computer = "{ $address }" points at { $host }, which only the developer's own computer or network can reach; Copilot calls it from the cloud for every user. Your developer must use the address where the service is hosted for real.
store-agent-urls-tunnel = "{ $address }" is a tunnel for testing on the developer's own computer; it stops working when the tunnel closes. Your developer must use the address where the service is hosted for real.
store-api-message-extension-api-member = Message extension { $number } is API-based, and an API-based message extension cannot have { $member ->
    [botId] a bot ID (`botId`)
   *[other] `{ $member }`
}; the upload service refuses it. Remove it.
store-api-message-extension-no-api-file = Message extension { $number } is API-based but does not name its API description (`apiSpecificationFile`); the upload service refuses it. Your developer adds the OpenAPI file to the package and names it there.
store-api-message-extension-no-template = Command { $name } of API-based message extension { $number } does not name the template that shows its results (`apiResponseRenderingTemplateFile`); the upload service refuses it. Your developer adds the template to the package and names it there.
store-api-message-extension-no-parameters = Command { $name } of API-based message extension { $number } has no parameters; the upload service refuses an API-based command without at least one. Your developer adds the parameters the API operation takes.
store-api-message-extension-extra-auth = Message extension { $number } signs in with `{ $kind }` but also has `{ $member }`, which belongs to another way of signing in; the upload service refuses it. Remove `{ $member }` or change `authType`.
store-api-message-extension-no-registration = Message extension { $number } signs in with an API key (`apiSecretServiceAuth`) but does not name its registration (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`); the upload service refuses it. Your developer registers the key in Developer Portal and puts its registration ID there.
store-api-message-extension-no-entra = Message extension { $number } signs in with Microsoft Entra (`microsoftEntra`) but has no `microsoftEntraConfiguration`; the upload service refuses it. Your developer adds it with "supportsSingleSignOn": true.
store-api-message-extension-no-sso = Message extension { $number } signs in with Microsoft Entra, which needs single sign-on: `supportsSingleSignOn` must be true; the upload service refuses it otherwise.
store-api-message-extension-bot-api-file = Message extension { $number } is bot-based but names an API description (`apiSpecificationFile`); the upload service refuses that. Remove it, or make the extension API-based ("composeExtensionType": "apiBased", without a bot).
store-api-message-extension-bot-template = Command { $command } of bot-based message extension { $number } names a results template (`apiResponseRenderingTemplateFile`), which only API-based extensions have; the upload service refuses it. Remove it.
store-api-message-extension-method = The operation "{ $operation }" of message extension { $number } uses the HTTP method { $method }; API-based message extensions can only call GET and POST operations, and the upload service refuses others.
store-api-message-extension-array-parameter = The parameter{ $named ->
    [yes] {" "}"{ $label }"
   *[no] {""}
} of operation "{ $operation }" (message extension { $number }) is a list (`array`); API-based message extensions cannot send lists, and the upload service refuses it.
store-api-message-extension-required-parameter = The required parameter{ $named ->
    [yes] {" "}"{ $label }"
   *[no] {""}
} of operation "{ $operation }" (message extension { $number }) is sent { $location }; API-based message extensions can only fill required parameters in the path or the query, and the upload service refuses others.
store-api-message-extension-no-location = without a place (`in`)
store-api-message-extension-location = in the { $location }
store-api-message-extension-no-servers = The API description "{ $file }" of message extension { $number } names no server (`servers`) for its operations, so Teams does not know where to send them; the upload service refuses it. Your developer adds the API's address under `servers`.
store-app-name-words-title = App name avoids words store review refuses
store-agent-store-copilot-agent = Copilot agent
store-agent-store-agent-action = agent action
store-app-name-core-feature-starts = The short name "{ $name }" starts with "{ $feature }", a Teams feature; the store refuses names that start with a Teams feature, because users would take the app for part of Teams. Put your own name first, such as "{ $example }".
store-app-name-words-product = { $what } contains "{ $word }". The store refuses names that reference Microsoft products (Microsoft Teams, Microsoft 365 Copilot) unless the app holds an official partnership with Microsoft. If "{ $word }" here means something else (such as teams of people), you can leave it; if it names Microsoft's product, rename the app.
store-app-name-words-microsoft = { $what } contains "{ $word }". The store refuses names that reference Microsoft unless the app holds an official partnership with Microsoft; without one, rename the app.
store-app-name-words-unfinished = { $what } contains "{ $word }". The store refuses names that say the app is a test or preview build; if this is the version for everyone, take the word out.
store-app-name-words-agent-name = The name of the { $what } in "{ $file }"
store-bot-id-guid-not-guid = The ID of { $list ->
    [bots] bot
   *[composeExtensions] message extension
} { $number } is "{ $id }", which is not an ID in GUID form; the upload service refuses it. Put the ID of the bot's registration there (it looks like "0b5c3d6e-1234-4abc-9def-00112233aabb"; your developer finds it in the Azure portal or the Bot Framework portal).
store-bot-id-kept-changed = Bot { $number } has a new ID ("{ $new }"); the published version's bot is "{ $old }". Keep the published bot's ID: a new ID loses the conversations users had with the bot, and the store refuses it. Your developer puts the published ID back (and keeps that bot registration).
store-cea-bot-id-not-a-bot = The custom engine agent names the bot "{ $id }", which is not one of the app's bots{ $bots ->
    [0] {" "}(the app has none)
   *[other] {""}
}. The Agent Store requires a custom engine agent to be the app's own bot. Your developer must use the bot's ID here.
store-channel-features-missing = Your app works in teams, but does not say it supports shared and private channels. Add "supportsChannelFeatures": "tier1" once it does, or Teams may hide it there.
store-bot-command-slash-starts = The bot command "{ $command }" starts with a slash. Teams adds the slash itself when users type a command; remove it from the title ("{ $without }").
store-bot-command-duplicate-repeated = The bot command "{ $command }" appears more than once in the same command list; the store refuses duplicate commands. Keep one, or give the other a title of its own.
store-me-command-duplicate-repeated = The action command "{ $command }" appears more than once in message extension { $number }; the store refuses duplicate action commands. Keep one, or give the other a title of its own.
store-consequential-actions-changes-data = The operation { $operation } in "{ $file }" changes or deletes data, but is marked as having no consequences (x-openai-isConsequential: false), so Copilot would run it without asking the user. The Agent Store refuses that. Your developer must remove the mark or set it to true.
store-consequential-actions-post = The operation { $operation } in "{ $file }" is marked as having no consequences (x-openai-isConsequential: false), so Copilot runs it without asking the user. That is right for a search; if it creates or sends something, the Agent Store refuses it and your developer must remove the mark.
store-da-actions-none = The Copilot agent in "{ $file }" has no actions (API plugins). The Agent Store asks that an agent's main use be served by actions; an agent that only answers from knowledge sources may still pass review. If yours is such an agent, say so in the notes for certification.
store-da-graph-connectors-blank-listed = The Copilot agent in "{ $file }" names particular Copilot connectors (Graph connectors). An agent in the Agent Store must leave this list empty, so that it uses all the connectors of each organization that installs it. Your developer must remove the connections.
store-da-starters-count-outside = The Copilot agent in "{ $file }" has { $count ->
    [0] none
    [one] one
   *[other] { $count }
} conversation starters (the suggested prompts users see when they open it). The Agent Store requires 3 to 6. Your developer must { $fix ->
    [fewer] keep at most 6
   *[more] add starters until there are at least 3
} in the agent file.
store-dashboard-cards-two-icons = Dashboard card { $number } gives both a picture (`iconUrl`) and a named icon (`officeUIFabricIconName`); the upload service refuses that. Keep one of the two.
store-dashboard-cards-same-id = Dashboard card { $number } has the same ID as an earlier card ("{ $id }"); the upload service refuses that. Give each card an ID of its own.
store-descriptions-short-is-name = The short description is only the app's name ("{ $short }"), so the full description contains it. Store review asks for a short description that says what the app does in a sentence, and a full description that says more.
store-descriptions-full-contains-short = The full description contains the whole short description ("{ $short }"). Store review asks for a full description that says more than the short one, in its own words.
store-descriptions-too-long = The full description has { $count ->
    [one] 1 word
   *[other] { $count } words
}; store review asks for at most 500.
store-https-urls-own-computer = { $field } points to { $advice }. It must also start with https://.
store-https-urls-not-secure = { $field } must be a secure web address starting with https:// such as "{ $example }"; yours is "{ $value }".
store-icon-color-not-png = The { $icon ->
    [color32x32] small color icon
    [outline] outline icon
   *[color] color icon
} "{ $file }" is not a PNG image. Save it as PNG, { $want } × { $want } pixels.
store-icon-color-size = The { $icon ->
    [color32x32] small color icon
    [outline] outline icon
   *[color] color icon
} "{ $file }" is { $width } × { $height } pixels; it must be exactly { $want } × { $want }. Resize it and save it again.
store-icon-outline-damaged = The outline icon "{ $file }" is a damaged PNG image. Save it again as PNG.
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = { $color } at { $opacity }% opacity
store-icon-outline-not-white = The outline icon "{ $file }" must be white on a transparent background, but the pixel at x { $x }, y { $y } (counted from the top left, from 0) is { $color }. Make every pixel white or fully transparent.
store-manifest-version-missing = The manifest has no manifest format (`manifestVersion`). Add the format your manifest follows, such as "manifestVersion": "1.17" (your developer's tools write it), so the store knows which rules the manifest follows.
store-manifest-version-unknown = "{ $format }" is not a manifest format Microsoft has published (they are 1.0 to 1.17, 1.19 to { $newest }, and devPreview). Set `manifestVersion` to the format your manifest follows; until then its fields cannot be checked against the official schema.
store-manifest-version-preview = The manifest uses the developer preview format (devPreview). Preview formats are for testing in your own organization; the store does not accept them. { $advice }
store-manifest-version-too-old = The manifest uses format { $format }; the store needs manifest format 1.10 or later. { $advice }
store-manifest-version-not-text = The manifest format (`manifestVersion`) must be a text in double quotes, such as "1.17"; yours is { $value }.
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = {" "}({ $list })
store-manifest-version-reason-list = { $list }; { $next }
store-manifest-version-needs = { $what } needs { $format }
store-manifest-version-not-below = your manifest does not match { $format }'s schema
store-manifest-version-member-at = `{ $member }` ({ $place })
store-manifest-version-lacking = having no `{ $property }` in { $place }
store-manifest-version-move-to = Move to manifest format { $format }, the earliest published format that holds everything your manifest uses{ $reasons }: set `manifestVersion` to "{ $format }" and `{ $schema_field }` to "{ $link }".
store-manifest-version-move-at-least = Move to a published manifest format: at least { $format }, the earliest whose schema knows every top-level field your manifest uses{ $reasons }. The manifest does not yet match any published format as it is, so your developer must also correct what that format's schema reports.
store-manifest-version-unpublished = Your manifest uses { $count ->
    [one] a field
   *[other] fields
} that no published format has yet ({ $fields }); features still in preview cannot be published. Your developer removes them, then moves the manifest to a published format.
store-localization-tags-twice = The language "{ $language }" is listed twice among the translations; which of its two files Teams shows is then undefined. Keep one entry for each language.
store-long-description-copilot-missing = The long description does not mention Copilot. For an app with a Copilot agent, the Agent Store requires the long description to say that it works in Microsoft 365 Copilot (for example "Contoso in Microsoft 365 Copilot"). Add a sentence saying so.
store-long-description-copilot-wording = The long description mentions Copilot but not "Microsoft 365 Copilot", the wording the Agent Store's example uses ("Contoso in Microsoft 365 Copilot"). Other wordings may pass review; consider using it.
store-me-sample-prompts-too-few = The message extension command{ $named ->
    [yes] {" "}"{ $name }"
   *[no] {""}
} has { $count ->
    [one] 1 sample prompt
   *[other] { $count } sample prompts
} (the examples Copilot shows). The Agent Store requires at least 3. Your developer must add prompts that show what the command does.
store-me-sample-prompts-shared = The sample prompt "{ $prompt }" of the message extension command{ $named ->
    [yes] {" "}"{ $name }"
   *[no] {""}
} is also a sample prompt of another command. The Agent Store requires each command's prompts to be its own. Your developer must write a prompt for this command.
store-package-extra-files-unused = The package holds { $count ->
    [one] 1 file
   *[other] { $count } files
} the manifest does not use: { $files }. The store asks for only the manifest and the files it names; remove the others.
store-package-files-holder = The { $what } "{ $file }"
store-package-files-reference = { $holder } { $problem }
store-package-files-outside = names "{ $path }", which is not a file of the package (a package path is written relative to the file that names it, with forward slashes, and stays inside the package). Your developer must correct it.
store-package-files-no-skill-folder = names the skill folder "{ $path }", which is not in the package. Add the folder, or correct the name.
store-package-files-no-skill-file = names the skill folder "{ $path }", which has no SKILL.md file. Add it (the name is written in capital letters).
store-package-files-other-case = names "{ $path }", but the package holds "{ $entry }": names must match exactly, capital letters included.
store-package-files-missing = names "{ $path }", which is not in the package. Add the file, or correct the name.
store-package-files-leading-slash = "{ $path }" starts with /; name the file relative to the package, such as "color.png".
store-package-files-backslash = "{ $path }" uses a backslash (\); package paths use forward slashes, such as "resources/color.png".
store-package-files-parent = "{ $path }" points outside the package (..); put the file in the package and name it from there.
store-package-files-manifest-other-case = the manifest names "{ $path }", but the package holds "{ $entry }": names must match exactly, capital letters included.
store-package-files-manifest-missing = the manifest names "{ $path }", which is not in the package. Add the file, or correct the name.
store-package-files-in-field = { $field }: { $problem }
store-package-name-deprecated-unused = `packageName` is no longer used from manifest format 1.17 on (yours is { $format }); you can remove it.
store-package-size-too-large = The app package is { $size } MB; Microsoft's upload services refuse packages over 10 MB. Keep only the manifest, the icons and the files it names.
store-required-texts-empty = { $field } is empty. The store shows it to everyone who finds your app: write it in.
store-static-tab-names-reserved = Personal tab { $number } is the reserved "{ $entity }" tab, which Teams names itself: remove its `name`.
store-static-tab-names-unnamed = Personal tab { $number } ("{ $entity }") has no name. Give it the name users see on the tab, such as "Tasks".
store-valid-domains-domain = Valid domain "{ $domain }" { $problem }
store-valid-domains-web-address = is a web address, not a domain: write only the domain, such as "tasks.contoso.com" (no https://, no path).
store-valid-domains-own-computer = is { $advice }.
store-valid-domains-too-wide = is too wide: it would cover every site under it. Name your own domain, such as "*.contoso.com".
store-valid-domains-already-allowed = is a Microsoft domain that Teams already allows; remove it from your list.
store-valid-domains-tunnel = is a tunnel for testing on your own computer; the store refuses it. Replace it with the domain where your app is hosted for real.
store-valid-domains-sign-in = covers Microsoft's sign-in service, a Microsoft domain shared by every app; the store refuses a wildcard of it. If the app needs it for signing in, your developer names the exact address instead, such as "{ $example }", or removes it.
store-valid-domains-sharepoint-framework = covers every organization's SharePoint; the store refuses a wildcard of it. Your app's pages live on each customer's own SharePoint site (its tab addresses start with {"{"}teamSiteDomain{"}"}), as in apps made with the SharePoint Framework, so naming one site cannot work for it: ask your developer to follow Microsoft's guide to publishing SharePoint Framework solutions, which says how such an app reaches each customer: { $guide }
store-valid-domains-sharepoint = covers every organization's SharePoint; the store refuses a wildcard of it. Name your own SharePoint site exactly, such as "contoso.sharepoint.com".
store-valid-domains-shared-hosting = covers a Microsoft or shared-hosting domain where other people's sites live too. Name your own site exactly, such as "contoso-tasks.azurewebsites.net".
store-valid-domains-bad-wildcard = has a wildcard in the wrong place: `*` must be a whole part at the left, such as "*.contoso.com".
store-valid-domains-coverage-own-computer = { $field } points to { $advice }. Once it is replaced, make sure the new address's domain is in your list of valid domains.
store-valid-domains-coverage-not-listed = { $field } is on { $host }, which is not in your list of valid domains. Teams may refuse to load the page: add "{ $host }" to validDomains.
store-version-major-zero = Version { $version } starts with 0, and the store does not accept 0.x.y versions. Start at 1.0.0 (a published app's next version must still be higher than the published one).

store-summary-template = This is a template: { $count ->
    [one] 1 value still holds
   *[other] { $count } values still hold
} placeholders such as `{ $example }`. Check the package your build produces (for example appPackage/build/appPackage.dev.zip) instead.{ $caused ->
    [0] {""}
    [one] {" "}1 other problem at those placeholders comes from them and goes away with real values.
   *[other] {" "}{ $caused } other problems at those placeholders come from them and go away with real values.
}
store-summary-none-found-in-format = No store problems found (checked against the official format { $format } and the store's rules).
store-summary-none-found = No store problems found (checked against the store's rules).
store-summary-refused = The store would refuse this { $package ->
    [package] package
   *[manifest] manifest
}: { $count ->
    [one] 1 problem
   *[other] { $count } problems
}.
store-summary-manifest-alone = Icons and other package files were not checked, because a manifest.json alone was given. Open the .zip app package to check them too.
store-where-line-column = { $file }, line { $line }, column { $column }
store-where-file = { $file }
store-where-with-place = { $file } ({ $place })
store-own-computer-advice = "{ $host }", { $tail }
store-own-computer-tail = your developer's own computer (or private network), which nobody else can reach: replace it with the address where the app is hosted

## Consent rules (src/rules/)
rule-addin-events-changed-title = The Office add-in starts on a new event
rule-addin-events-changed-explanation = An Office add-in that starts by itself on an event it did not react to before needs the admin who deployed it to approve it again; until then, people in that organization cannot use the updated add-in. We read Microsoft's "events supported by the add-in" as the event types that start it; which function handles an event and how Outlook acts on it are told under "What changed" only.
rule-addin-office-apps-changed-title = The Office add-in runs in another Office application
rule-addin-office-apps-changed-explanation = An Office add-in that starts running in another Office application (Outlook, Excel, Word, PowerPoint) needs the admin who deployed it to approve it again; until then, people in that organization cannot use the updated add-in. Microsoft's update guide lists this change.
rule-bot-added-or-removed-title = A bot was added or removed
rule-bot-added-or-removed-explanation = A bot is the part of an app that chats with people; adding or removing one changes what the app can do, so Teams asks every user to approve the app again.
rule-bot-calling-or-video-changed-title = A bot's calling or video support changed
rule-bot-calling-or-video-changed-explanation = Whether a bot can take part in audio or video calls is a permission users agree to; changing it makes Teams ask every user to approve the app again.
rule-bot-id-changed-title = A bot's ID changed
rule-bot-id-changed-explanation = The bot ID tells Teams which registered bot service the app talks to; a new ID means a different bot, so Teams asks every user to approve the app again.
rule-bot-notification-only-changed-title = A bot's "notifications only" setting changed
rule-bot-notification-only-changed-explanation = A notifications-only bot can send messages but not receive them; switching this changes what the bot can do, so Teams asks every user to approve the app again.
rule-bot-supports-files-changed-title = A bot's file sharing setting changed
rule-bot-supports-files-changed-explanation = This setting lets a bot send and receive files in chats; changing it changes what the bot can access, so Teams asks every user to approve the app again.
rule-channel-tab-added-title = A channel or group tab was added
rule-channel-tab-added-explanation = A channel or group tab lets a team or group chat pin a page of your app; adding one makes Teams ask every user to approve the app again.
rule-connector-added-title = A connector was added
rule-connector-added-explanation = A connector posts updates from another service into a Teams channel; a new one makes Teams ask every user to approve the app again.
rule-message-extension-added-or-removed-title = A message extension was added or removed
rule-message-extension-added-or-removed-explanation = A message extension adds search or action commands to the box where people write messages; adding or removing one makes Teams ask every user to approve the app again.
rule-personal-tab-added-title = A personal tab was added
rule-personal-tab-added-explanation = A personal tab is a page of your app in each user's own space in Teams; adding one makes Teams ask every user to approve the app again.
rule-rsc-permissions-changed-title = Team or chat data permissions changed (RSC)
rule-rsc-permissions-changed-explanation = Resource-specific consent (RSC) permissions let your app read or change data of the teams, chats or meetings it is added to; changing them makes Teams ask users to approve the app again.
rule-web-application-info-changed-title = The sign-in settings changed (webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo names the Microsoft Entra app your app signs users in with, and so what data it can reach; changing it makes Teams ask every user to approve the app again.
rule-source-publishing-docs = Microsoft's guide to updating a published app
rule-source-admin-docs = Microsoft's Teams admin documentation
rule-source-office-addin-docs = Microsoft's guide to updating an Office add-in
rule-bot-setting-turned = The bot's { $setting } setting was turned { $now ->
    [on] on
   *[off] off
} (it was { $was ->
    [on] on
   *[off] off
})
rule-bot-setting-turned-developer = Bot `{ $bot }`: { $setting } ({ $field }) turned { $now ->
    [on] on
   *[off] off
} (was { $was ->
    [on] on
   *[off] off
})
rule-bot-setting-audio-calls = audio calls
rule-bot-setting-video = video
rule-bot-setting-notifications-only = notifications only
rule-bot-setting-file-sharing = file sharing
rule-bot-removed = A bot was removed
rule-bot-removed-developer = Bot `{ $bot }` was removed
rule-bot-added = A bot was added
rule-bot-added-developer = Bot `{ $bot }` was added
rule-bot-id-changed-evidence = The bot now has another ID, so Teams sees it as a different bot
rule-bot-id-changed-developer = Bot ID changed from `{ $old }` to `{ $new }`
rule-channel-tab-added-evidence = A tab that teams and group chats can pin was added
rule-channel-tab-added-developer = The new version has { $new ->
    [one] 1 channel/group tab
   *[other] { $new } channel/group tabs
} (configurableTabs); the published one has { $old }
rule-connector-added-evidence = A connector was added
rule-connector-added-developer = Connector `{ $connector }` was added
rule-message-extension-removed = A message extension was removed{ $count ->
    [0] {""}
    [one] {" "}(command { $commands })
   *[other] {" "}(commands { $commands })
}
rule-message-extension-removed-developer = Message extension `{ $extension }` was removed
rule-message-extension-added = A message extension was added{ $count ->
    [0] {""}
    [one] {" "}(command { $commands })
   *[other] {" "}(commands { $commands })
}
rule-message-extension-added-developer = Message extension `{ $extension }` was added
rule-personal-tab-added-named = The personal tab { $name } was added
rule-personal-tab-added-unnamed = A personal tab was added
rule-personal-tab-added-developer = Personal tab `{ $tab }` was added
rule-rsc-permission-removed = The app no longer asks for the permission { $permission }{ $kind ->
    [Application] {" "}(for the app itself)
    [Delegated] {" "}(on behalf of the signed-in user)
   *[other] {""}
}
rule-rsc-permission-removed-developer = Permission `{ $permission }` ({ $kind }) was removed
rule-rsc-permission-added = The app now asks for the permission { $permission }{ $kind ->
    [Application] {" "}(for the app itself)
    [Delegated] {" "}(on behalf of the signed-in user)
   *[other] {""}
}
rule-rsc-permission-added-developer = Permission `{ $permission }` ({ $kind }) was added
rule-sign-in-added = Sign-in settings were added: the app now signs users in with a Microsoft Entra app
rule-sign-in-added-developer = Sign-in settings (webApplicationInfo) were added
rule-sign-in-removed = The sign-in settings were removed
rule-sign-in-removed-developer = Sign-in settings (webApplicationInfo) were removed
rule-sign-in-changed = The sign-in settings changed
rule-sign-in-changed-developer = Sign-in settings (webApplicationInfo) changed
rule-sign-in-setting-changed = The sign-in settings changed: { $setting }
rule-sign-in-setting-changed-developer = Sign-in settings: webApplicationInfo.{ $key } changed from { $old } to { $new }
rule-sign-in-value-none = (none)
rule-sign-in-setting-id = the Microsoft Entra app users sign in with
rule-sign-in-setting-resource = the address of the resource users sign in to
rule-sign-in-setting-application-permissions = the permissions the app has for itself
rule-sign-in-setting-other = a sign-in setting

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = the whole file
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry } “{ $name }”
place-number = { $number }
change-line = { $kind ->
    [added] Added
    [removed] Removed
   *[changed] Changed
} { $subject }
change-line-detail = { $kind ->
    [added] Added
    [removed] Removed
   *[changed] Changed
} { $subject }: { $detail }
change-told = { $subject }
change-told-detail = { $subject }: { $detail }
change-nothing = (nothing)
change-quoted = "{ $text }"
change-was = was { $old }
change-was-now = was { $old }, now { $new }
change-same-entries-reordered = the same entries in a different order
change-file = file { $name }
change-file-new-content = new content, still { $size }
change-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
change-value-empty = empty
change-value-on = on
change-value-off = off
change-empty-list = an empty list
change-entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
change-entries-named = { $entries }: { $names }
change-settings = { $count ->
    [one] { $count } setting ({ $keys })
   *[other] { $count } settings ({ $keys })
}
change-scope-personal = personal chats
change-scope-team = teams
change-scope-group-chat = group chats
change-scope-copilot = Copilot
change-and = { $head } and { $last }
change-permissions = { $count ->
    [one] Permission { $names }
   *[other] Permissions { $names }
}
change-device-permissions = { $count ->
    [one] Device permission { $names }
   *[other] Device permissions { $names }
}
change-valid-domains = Valid domains { $names }
change-permission = Permission { $name }
change-permission-typed = Permission { $name } ({ $kind })
change-device-permission = Device permission { $name }
change-valid-domain = Valid domain { $name }
change-bot = Bot
change-bot-for = Bot for { $scopes }
change-personal-tab = Personal tab
change-personal-tab-named = Personal tab "{ $name }"
change-channel-tab = Channel/group tab
change-channel-tab-at = Channel/group tab set up at { $url }
change-connector = Connector
change-connector-for = Connector for { $scopes }
change-message-extension = Message extension
change-message-extension-commands = { $count ->
    [one] Message extension with { $count } command: { $titles }
   *[other] Message extension with { $count } commands: { $titles }
}
change-sign-in = Sign-in settings
change-sign-in-app = Sign-in settings for Microsoft Entra app { $id }
change-sign-in-app-resource = Sign-in settings for Microsoft Entra app { $id } (resource { $resource })
change-area-identity = App ID and version
change-area-listing = Name, descriptions and icons
change-area-capability = What the app can do
change-area-agent = Copilot agent
change-area-other = Other settings
change-area-package-file = Files in the app package
addin-comma-list = { $first }, { $rest }
addin-event-new-message-compose-created = a new message is created
addin-event-new-appointment-organizer-created = a new meeting invitation is created
addin-event-message-attachments-changed = attachments are added to or removed from a message
addin-event-appointment-attachments-changed = attachments are added to or removed from a meeting invitation
addin-event-message-recipients-changed = the recipients of a message change
addin-event-appointment-attendees-changed = the attendees of a meeting change
addin-event-appointment-time-changed = the date or time of a meeting changes
addin-event-appointment-recurrence-changed = the recurrence of a meeting changes
addin-event-info-bar-dismiss-clicked = someone dismisses a notification of the add-in
addin-event-message-sending = a message is being sent
addin-event-appointment-sending = a meeting invitation is being sent
addin-event-message-compose-opened = a message being written is opened
addin-event-appointment-organizer-opened = a meeting invitation being written is opened
addin-event-message-from-changed = the sender of a message changes
addin-event-appointment-from-changed = the organizer of a meeting changes
addin-event-message-read-with-custom-header = a message with a custom header is read
addin-event-message-read-with-custom-attachment = a message with a custom attachment is read
addin-event-spam-reporting = someone reports a message as junk
addin-event-document-opened = a document is opened
addin-event-other = the event "{ $kind }" happens
addin-added = Office add-in added
addin-added-runs-in = Office add-in added: runs in { $applications }
addin-added-developer = Office add-in (`extensions`) added, for { $scopes }
addin-added-developer-no-application = Office add-in (`extensions`) added, for no application
addin-no-longer-limited-named = The add-in is no longer limited to the applications it named
addin-no-longer-limited = The add-in is no longer limited to { $applications }
addin-no-longer-limited-developer = `{ $path }` removed: the extension can be installed in every Office application
addin-application-removed = The add-in no longer runs in { $application }
addin-application-removed-developer = Application `{ $scope }` removed (was at `{ $path }`)
addin-application-added = The add-in now also runs in { $application }
addin-application-added-developer = Application `{ $scope }` added at `{ $path }`
addin-event-removed = The add-in no longer starts when { $event }
addin-event-removed-developer = Event `{ $kind }` removed (was at `{ $path }`)
addin-event-added = The add-in now starts by itself when { $event }
addin-event-added-developer = Event `{ $kind }` added at `{ $path }`
addin-send-mode-prompt-user = asks the user
addin-send-mode-soft-block = blocks sending unless the add-in is unavailable
addin-send-mode-block = blocks sending
addin-send-mode-other = uses the send mode "{ $mode }"
addin-send-mode-none = does not say
addin-when-message-sending = a message is sent
addin-when-appointment-sending = a meeting invitation is sent
addin-option-absent = absent
addin-send-mode-changed = When { $event }, the add-in now { $now } (was: { $was })
addin-send-mode-changed-developer = Event `{ $kind }`: `options.sendMode` now { $now } (was { $was })
addin-header-none = none
addin-header-changed = When { $event }, the add-in now looks for the header { $now } (was: { $was })
addin-header-changed-developer = Event `{ $kind }`: `options.headerName` now { $now } (was { $was })
addin-context-mail-read = reading mail
addin-context-mail-compose = writing mail
addin-context-meeting-organizer = organizing a meeting
addin-context-meeting-attendee = attending a meeting
addin-context-document = the document
addin-control-button = Button
addin-control-menu = Menu
addin-control-menu-item = Menu item
addin-on-ribbon = the ribbon
addin-on-context-menu = the context menu
addin-entry-point-cell = a cell
addin-entry-point-text = selected text
addin-where-context = { $place } ({ $context })
addin-control-removed = { $what } "{ $label }" removed from { $place }
addin-control-removed-developer = Control `{ $id }` removed (was at `{ $path }`)
addin-control-renamed = { $what } "{ $old }" renamed to "{ $new }" on { $place }
addin-control-renamed-developer = Control `{ $id }`: `label` changed
addin-control-added = { $what } "{ $label }" added to { $place }
addin-control-added-developer = Control `{ $id }` added at `{ $path }`
addin-set-version = { $name } { $version }
addin-no-version = no version
addin-needs-removed = The add-in no longer needs { $set }
addin-needs-removed-developer = Requirement set `{ $set }` removed
addin-needs-changed = The add-in now needs { $set } (was { $was })
addin-needs-changed-developer = Requirement set `{ $set }`: `minVersion` now { $now } (was { $was })
addin-needs-added = The add-in now needs { $set }
addin-needs-added-developer = Requirement set `{ $set }` added
addin-form-factor-mobile = mobile devices
addin-form-factor-desktop = desktop computers
addin-form-factor-removed = The add-in no longer runs on { $factor }
addin-form-factor-removed-developer = Form factor `{ $factor }` removed
addin-form-factor-added = The add-in now also runs on { $factor }
addin-form-factor-added-developer = Form factor `{ $factor }` added
addin-pages-no-longer = The add-in's pages no longer come from { $hosts }
addin-pages-now = The add-in's pages now come from { $hosts }
addin-pages-changed = The add-in's pages now come from { $hosts } (was { $was })
addin-pages-developer = `runtimes[].code` hosts now { $hosts } (was { $was })
addin-shortcut = Keyboard shortcut { $keys }
addin-shortcut-action = Keyboard shortcut { $keys } ("{ $action }")
addin-get-started-message = Get-started message "{ $title }"
addin-custom-function = Custom function "{ $name }"
addin-named-removed = { $thing } removed
addin-named-removed-developer = `{ $path }` removed
addin-named-added = { $thing } added
addin-named-added-developer = `{ $path }` added
addin-removed = Office add-in removed
addin-removed-developer = Office add-in (`extensions`) removed
addin-other-settings = Office add-in: { $count ->
    [one] { $count } other setting
   *[other] { $count } other settings
} changed
addin-other-changes-developer = { $count ->
    [one] { $count } other change
   *[other] { $count } other changes
} under `{ $path }`
addin-extensions-changed-developer = `extensions` changed
addin-extensions-changed-no-addin-developer = `extensions` changed (no Office add-in on either side)
place-label-app-id = App ID
place-label-version = Version
place-label-manifest-format-version = Manifest format version
place-label-manifest-schema-link = Manifest schema link
place-label-app-name = App name
place-label-description = Description
place-label-developer-details = Developer details
place-label-icons = Icons
place-label-accent-color = Accent color
place-label-translations = Translations
place-label-package-name = Package name
place-label-short-name = Short name
place-label-full-name = Full name
place-label-short-description = Short description
place-label-full-description = Full description
place-label-developer-name = Developer name
place-label-color-icon = Color icon
place-label-outline-icon = Outline icon
place-label-bot = Bot
place-label-bots = Bots
place-label-message-extension = Message extension
place-label-message-extensions = Message extensions
place-label-connector = Connector
place-label-connectors = Connectors
place-label-personal-tab = Personal tab
place-label-personal-tabs = Personal tabs
place-label-channel-group-tab = Channel/group tab
place-label-channel-and-group-tabs = Channel and group tabs
place-label-sign-in-settings = Sign-in settings
place-label-team-and-chat-data-permissions = Team and chat data permissions
place-label-permission = Permission
place-label-permissions = Permissions
place-label-device-permission = Device permission
place-label-device-permissions = Device permissions
place-label-valid-domain = Valid domain
place-label-valid-domains = Valid domains
place-label-meeting-extension = Meeting extension
place-label-activity-feed-notifications = Activity feed notifications
place-label-copilot-agents = Copilot agents
place-label-copilot-extensions = Copilot extensions
place-label-agent-connector = Agent connector
place-label-agent-connectors = Agent connectors
place-label-agent-skill = Agent skill
place-label-agent-skills = Agent skills
place-label-agentic-user-template = Agentic user template
place-label-agentic-user-templates = Agentic user templates
place-label-extension = Extension
place-label-outlook-and-office-extensions = Outlook and Office extensions
place-label-dashboard-card = Dashboard card
place-label-dashboard-cards = Dashboard cards
place-label-graph-connector = Graph connector
place-label-supported-channel-types = Supported channel types
place-label-default-install-scope = Default install scope
place-label-default-group-capability = Default group capability
place-label-command = Command
place-label-commands = Commands
place-label-language = Language
place-label-languages = Languages
place-label-activity-type = Activity type
place-label-activity-types = Activity types
place-label-declarative-agent = Declarative agent
place-label-declarative-agents = Declarative agents
place-label-parameter = Parameter
place-label-parameters = Parameters
place-label-command-list = Command list
place-label-command-lists = command lists
place-label-file-sharing = file sharing
place-label-notifications-only = notifications only
place-label-audio-calls = audio calls
place-label-video = video
place-label-page-address = page address
place-label-website-address = website address
place-label-setup-page-address = setup page address
place-label-search-address = search address
place-label-privacy-statement-address = privacy statement address
place-label-terms-of-use-address = terms of use address
place-label-partner-network-id = Partner Network ID
place-label-bot-id = bot ID
place-label-tab-id = tab ID
place-label-connector-id = connector ID
place-label-color-icon-setting = color icon
place-label-outline-icon-setting = outline icon
place-label-resource-address = resource address
place-label-settings-can-be-changed = settings can be changed
place-label-id = ID
place-extension-number = number { $number } in the list
input-manifest-field-problem = field `{ $field }`: { $problem }
input-manifest-not-object = a manifest must be a JSON object (starting with `{"{"}`), but this file is { $value }
input-manifest-not-list = must be a list (`[ ... ]`), but it is { $value }
input-manifest-permission-not-object = each permission must be an object with a `name` and a `type`, but this one is { $value }
input-manifest-not-object-field = must be an object (`{"{"} ... {"}"}`), but it is { $value }
input-manifest-entry-not-object = each entry must be an object (`{"{"} ... {"}"}`), but this one is { $value }
input-manifest-missing = is missing; it is required
input-manifest-not-text = must be text in double quotes, but it is { $value }
input-manifest-not-true-or-false = must be true or false (without quotes), but it is { $value }
input-value-null = null (empty)
input-value-true-or-false = { $value } (true/false)
input-value-number = the number { $number }
input-value-text = the text "{ $text }"
input-value-text-shortened = the text "{ $text }…"
input-value-list = a list (`[ ... ]`)
input-value-object = an object (`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}
agent-value = { $value }
agent-quoted = "{ $text }"
agent-none = none
agent-and = { $head } and { $last }
agent-from-to = from { $old } to { $new }
agent-was = was { $old }
agent-were = were { $old }
agent-characters = { $count ->
    [one] { $formatted } character
   *[other] { $formatted } characters
}
agent-new-wording = new wording, still { $characters }
agent-it-calls = it calls { $host }
agent-folder = folder { $folder }
agent-key-schema = schema link
agent-capability-web-search = web search
agent-capability-graphic-art = image generation
agent-capability-code-interpreter = code interpreter
agent-capability-onedrive-sharepoint = SharePoint and OneDrive files
agent-capability-graph-connectors = Copilot connectors
agent-capability-teams-messages = Teams messages
agent-capability-email = email
agent-capability-email-actions = email actions
agent-capability-people = people
agent-capability-meetings = meetings
agent-capability-meeting-actions = meeting actions
agent-capability-embedded-knowledge = files in the package
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = scenario models
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = API key
agent-sign-in-dynamic-registration = OAuth with dynamic client registration
agent-sign-in-key-vault = a key in Azure Key Vault
agent-sign-in-reference = { $kind } (reference id { $id })
agent-agent = agent { $name }
agent-action = action { $name }
agent-an-action = an action
agent-copilot-extension = the app's Copilot extension
agent-connector = agent connector { $name }
agent-custom-engine = the custom engine agent
agent-agentic-user-template = the agentic user template { $name }
agent-api-of = the API of { $label }
agent-file-agent = the agent in { $file }
agent-file-action = the action in { $file }
agent-file-api = the API description { $file }
agent-file-tools = the MCP tool list { $file }
agent-file-card = the card template { $file }
agent-file-response-template = the response template { $file }
agent-file-agentic-user-template = the agentic user template in { $file }
agent-setting-name = name
agent-setting-description = description
agent-setting-disclaimer = disclaimer
agent-thing-skill = a skill
agent-thing-starter = a conversation starter
agent-thing-tool = a tool
agent-thing-mcp-server = an MCP server
agent-thing-local-runtime = a runtime on the user's device
agent-thing-api = an API
agent-added-to = { $what } to { $label }
agent-removed-from = { $what } from { $label }
agent-setting-of = the { $what } of { $label }
agent-setting-added = a { $what } to { $label }
agent-file-of = the file of { $label }
agent-format-of = the format version of { $label }
agent-other-settings-of = other settings of { $label }
agent-other-details-of = other details of { $label }
agent-copilot-added = a Copilot { $label }
agent-copilot-removed = the Copilot { $label }
agent-declared-how = how the manifest declares { $label }
agent-declared-from-preview = from its preview form (Copilot extensions) to Copilot agents
agent-custom-engine-added = a custom engine agent (it answers through the app's bot)
agent-connector-added = an { $label }
agent-connector-removed = the { $label }
agent-mcp-server-of = the MCP server of { $label }
agent-sign-in-of = sign-in of { $label }
agent-sign-in-of-host = sign-in of { $label } for { $host }
agent-sign-in-of-number = sign-in of { $label } ({ $number })
agent-skill = an agent skill
agent-skill-in-folder = the agent skill in folder { $folder }
agent-agentic-user-template-added = an agentic user template { $name }
agent-instructions-of = the instructions of { $label }
agent-capability-from = a capability from { $label }
agent-capability-to = a capability to { $label }
agent-capability-settings-of = the { $capability } settings of { $label }
agent-starter-of = the conversation starter { $starter } of { $label }
agent-worker-from = a worker agent from { $label }
agent-worker-to = a worker agent to { $label }
agent-action-from = an action from { $label }
agent-action-to = an action to { $label }
agent-function = { $name } ({ $description })
agent-function-from = a function from { $label }
agent-function-to = a function to { $label }
agent-function-of = the function { $name } of { $label }
agent-server-of = the server of { $label }
agent-servers-of = the servers of { $label }
agent-operation = { $operation } ({ $id })
agent-operation-from = an operation from { $label }
agent-operation-to = an operation to { $label }
agent-operations-changed = { $count ->
    [one] the details of an operation of { $label }
   *[other] the details of operations of { $label }
}
agent-tool-descriptions-of = the tool descriptions of { $label }
agent-note-sign-in = Users will be asked to sign in to { $host } the first time the agent uses it.
agent-note-action-service = the service behind the action "{ $name }"
agent-note-new-host = The agent now sends requests to { $host }.
agent-note-converted = Your declarative agent became a custom engine agent: users are asked to review and consent to the new agent, and must pin it again.
agent-note-admin-approval = Where an organization deploys your app through its admin center, an admin approves each update before users get it.
agent-note-source-sign-in = Microsoft's page on sign-in for agent actions
agent-note-source-converted = Microsoft's page on converting an agent
agent-note-source-admin-approval = Microsoft 365 message center, MC1041454
agent-note-source-actions = Microsoft's page on agent actions
agent-kind-agent = Copilot agent file
agent-kind-plugin = agent action file (API plugin)
agent-kind-openapi = API description
agent-kind-mcp-tools = MCP tool description
agent-kind-response-template = response template
agent-kind-card = card template
agent-kind-agentic-user-template = agentic user template
agent-kind-file = file
agent-file-unreadable = The { $what } "{ $name }" cannot be read: { $problem }. Your developer must correct the file.
agent-file-not-object = The { $what } "{ $name }" does not hold what it should (its content must be { $content }). Your developer must correct the file.
agent-file-content-yaml = a set of named values
agent-file-content-json = a JSON object, in {"{"} {"}"}
agent-file-openapi-format = The API description "{ $name }" is in format { $format }; Copilot reads OpenAPI 3 (openapi: 3.0.x or 3.1.x). Your developer must convert it.
agent-file-not-openapi = The API description "{ $name }" is not an OpenAPI 3 document (it does not say openapi: 3.x; a Swagger 2.0 file must be converted). Your developer must convert it.
agent-field-copilot-agents = Copilot agents
agent-field-copilot-extensions = Copilot extensions
agent-field-agent-connectors = agent connectors
agent-field-agent-skills = agent skills
agent-field-agentic-user-templates = agentic user templates

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = published version
input-side-new = new version
input-side-error = the { $side }: { $error }
input-error = { $file }: { $problem }. { $fix }
input-error-at = { $file }, { $place }: { $problem }. { $fix }
input-where-line-column = line { $line }, column { $column }
input-where-field = field `{ $field }`
input-where-package-entry = package entry `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = this tool stopped while reading the file (a bug in this tool, not a problem of the file)
input-internal-fix = Try again; if it happens again, please report it.
input-not-found = the file does not exist (it may have been moved, renamed or deleted)
input-not-found-fix = Choose the file again.
input-permission-denied = you do not have permission to read this file
input-permission-denied-fix = Copy the file somewhere you can read it, or ask whoever manages the computer.
input-unreadable = the file could not be read ({ $error })
input-unreadable-fix = Check that the file is still there and readable, then try again.
input-folder = this is a folder, not a file
input-folder-fix = Choose the manifest.json file inside it, or the app package (.zip).
input-not-regular-file = this is not a regular file (it may be a device, a pipe or a shortcut to one)
input-not-regular-file-fix = Choose the manifest.json file or the app package (.zip) itself.
input-manifest-too-large = the manifest is larger than the { $mebibytes } MiB this tool reads (a real manifest is a few kilobytes)
input-manifest-too-large-fix = Check that you chose the right file.
input-count-translation-files = { $count ->
    [one] 1 translation file
   *[other] { $count } translation files
}
input-count-other-files = { $count ->
    [one] 1 other file
   *[other] { $count } other files
}
input-package-only-manifest = App package with only the manifest
input-package-with = App package with { $parts }
input-list-two = { $first } and { $last }
input-list-more = { $first }, { $rest }
input-bad-json = this is not valid JSON: { $problem }
input-bad-json-fix = Open the file in a text editor, correct it at that spot, save it, and load it again.
input-bad-manifest-fix = Correct that field in the manifest (the Teams Developer Portal can export a valid one), save, and load it again.
input-package-damaged = the app package is damaged or is not a normal zip file ({ $detail })
input-package-damaged-fix = Download or build the package again (in the Teams Developer Portal: Publish › Download app package).
input-package-too-large = the app package is larger than { $mebibytes } MiB
input-package-too-large-fix = A Teams app package holds a manifest and two small icons; check that you chose the right file.
input-package-too-many-entries = the app package holds { $entries } entries; this tool reads at most { $most }
input-package-too-many-entries-fix = A Teams app package holds a manifest and a few icons; check that you chose the right file.
input-packaged-manifest-too-large = manifest.json is larger than the { $mebibytes } MiB this tool reads
input-package-unpacks-too-large = the app package unpacks to more than { $mebibytes } MiB
input-package-unpacks-too-large-fix = A Teams app package holds a manifest and a few small icons; check that you chose the right file.
input-package-entry-damaged = this entry of the app package is damaged and cannot be unpacked ({ $error })
input-package-entry-damaged-fix = Build or download the package again.
input-manifest-in-folder = manifest.json is inside a folder of the package, but Teams needs it at the root of the package
input-manifest-in-folder-fix = Zip the files themselves (manifest.json and the icons), not the folder that holds them.
input-manifest-name-case = the manifest is named `{ $name }`, but Teams needs exactly `manifest.json` (all lowercase)
input-manifest-name-case-fix = Rename the file to manifest.json and zip the package again.
input-no-manifest = the app package has no manifest.json
input-no-manifest-fix = A Teams app package is a zip of manifest.json and its icons; choose a package built for Teams, or the manifest.json itself.
input-kind-empty = this file is empty: there is no manifest in it
input-kind-png = this is a PNG image, not a manifest
input-kind-jpeg = this is a JPEG image, not a manifest
input-kind-gif = this is a GIF image, not a manifest
input-kind-pdf = this is a PDF document, not a manifest
input-kind-word = this is a Word document, not a manifest
input-kind-excel = this is an Excel workbook, not a manifest
input-kind-powerpoint = this is a PowerPoint presentation, not a manifest
input-kind-old-office = this is a Microsoft Office document, not a manifest
input-kind-other-archive = this is a compressed archive of another kind (such as .rar, .7z or .gz); a Teams app package is a .zip file
input-kind-utf16 = this manifest is saved as UTF-16 text, but Teams reads manifests only as UTF-8
input-kind-other-text = this is not a manifest: a Teams manifest is JSON text that starts with "{"{"}", and this file holds other text (such as a program, a web page or notes)
input-kind-empty-fix = Choose manifest.json or the .zip app package. If this is your manifest, it was not saved: open it in your editor and save it again.
input-kind-utf16-fix = Open it in a text editor and save it as UTF-8 (in Notepad: File › Save as, Encoding: UTF-8), then load it again.
input-kind-other-archive-fix = Choose manifest.json or the .zip app package (in the Teams Developer Portal: Publish › Download app package).
input-kind-fix = Choose manifest.json or the .zip app package.
input-json-error-at = line { $line }, column { $column }: { $problem }
input-json-not-utf8 = the file is not UTF-8 text (it may have been saved in another encoding such as UTF-16 or Windows-1252, or it is not a text file)
input-json-too-deep = objects and lists are nested more than { $levels } levels deep
input-json-comment = comments are not allowed in manifest.json; delete the comment (from // to the end of the line, or from /* to */)
input-json-non-breaking-space = an invisible non-breaking space (U+00A0) is here, where JSON allows only normal spaces (it often comes from copying text out of a web page or a document); delete it and type a normal space
input-json-curly-double-quotes = curly quotes “ ” must be straight quotes " (a word processor changes them as you type); type each of them again as "
input-json-curly-single-quotes = curly quotes ‘ ’ must be straight double quotes " (JSON has no single quotes); type each of them again as "
input-json-invisible-character = an invisible character (U+{ $code }) is here, where JSON allows only normal spaces; delete it
input-json-missing-comma-end-of-line = a comma `,` is missing at the end of this line (or a closing bracket or brace before it)
input-json-last-comma = this comma is the last one before a closing bracket or brace; remove it
input-json-trailing-comma = there is a comma just before a closing bracket or brace; remove it
input-json-key-not-string = a name is not in double quotes (JSON needs "name": value), or there is a comma too many
input-json-expected-value = a value was expected here: text in double quotes, a number, true, false, null, a list [ ] or an object {"{"} {"}"} (single quotes and unquoted words are not allowed)
input-json-unclosed-string = a text value is missing its closing double quote
input-json-ends-too-early = the file ends too early: a closing bracket or brace is missing
input-json-missing-comma = a comma is missing before this (or a closing bracket or brace)
input-json-missing-colon = a colon `:` is missing after a name
input-json-trailing-characters = there is extra text after the end of the JSON document
input-json-control-character = a text value contains a raw line break or tab; write it as \n or \t
input-json-invalid-escape = a backslash in a text value starts an escape JSON does not know (write a backslash as \\)
input-json-bad-hex-escape = a \u escape in a text value is incomplete (a character outside the basic range needs two \u escapes in a row)
input-json-unknown-word = a word is not understood here: only true, false and null are written without quotes; put text in double quotes
input-json-invalid-number = a number is written in a way JSON does not accept (no leading zeros, no + sign, digits on both sides of the decimal point)
input-json-other = this is not how JSON is written ({ $detail })
input-yaml-not-utf8 = the file is not UTF-8 text
input-yaml-invalid = this is not valid YAML: { $detail }
input-yaml-too-many-values = the document holds too many values (more than a million, counting repeated parts); an OpenAPI document is far smaller

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = The published version you opened is not the package in the store: { $reason }. So this report cannot say which problems the store accepted before. Open the package the store has instead: in Partner Center, download the app package of the live version (or use the .zip you uploaded last time).
report-not-store-package-app-id = its app ID is "{ $id }", not the app ID of a published app
report-not-store-package-format = it uses the manifest format "{ $format }", which the store does not accept
report-not-store-package-placeholder = it holds placeholders that build tools fill in, such as "{ $placeholder }"
report-no-link-app-id-changed = No download link: the app ID changed, and a link to the new ID would point at an app the store does not have. Put the published app ID back to get the link.
report-no-link-not-an-app-id = No download link: the app ID "{ $id }" is not a real app ID (a GUID such as 0b5c3d6e-1234-4abc-9def-00112233aabb). The link uses the ID of the package you submit.
render-date = { $year }-{ $month }-{ $day }
button-default-label = Get it on Microsoft Teams
button-style-purple = Purple
button-style-outline = Outline
button-style-dark = Dark
button-size-small = Small
button-size-medium = Medium
button-size-large = Large
button-unknown-style = unknown style "{ $style }"; choose purple, outline or dark
button-unknown-size = unknown size "{ $size }"; choose small, medium or large
button-not-an-app-id = "{ $text }" is not an app ID: an app ID looks like 0b5c3d6e-1234-4abc-9def-00112233aabb. Use the ID from the Teams Developer Portal or Partner Center (the store ID).
button-empty-label = the button text is empty: write the text the button should show, for example "{ $example }"

guide-fixer-app-window-portal = You can fix this here: Save a fixed copy (or in Developer Portal: open your app, then { $place })
guide-fixer-app-window = You can fix this here: Save a fixed copy
guide-fixer-app-terminal-portal = You: run teams-update-check fix with the published and the new file to save a fixed copy, or in Developer Portal: open your app, then { $place }
guide-fixer-app-terminal = You: run teams-update-check fix with the published and the new file to save a fixed copy
guide-fixer-portal-place = You, in Developer Portal (open your app, then { $place })
guide-fixer-portal = You, in Developer Portal
guide-fixer-developer = Your developer

guide-already-published = Already in your published version: the store accepted it before, but it checks the whole package again on every update, so it may refuse it now.
guide-step-nothing-to-submit = Make your changes, raise the version number, then check the new package again.
guide-step-fix-window = Fix { $count ->
    [one] the problem listed above
   *[other] the { $count } problems listed above
}. Each says who can fix it; copy them for your developer with "Copy for my developer".
guide-step-fix-document = Fix { $count ->
    [one] the problem listed above
   *[other] the { $count } problems listed above
}. Each says who can fix it; the list "For your developer" is ready to send to your developer.
guide-step-check-again-window = Then open the corrected package here as the new version and check again before you submit it.
guide-step-check-again-document = Then check the corrected package again with Teams Update Check before you submit it.
guide-step-open-offer = In Partner Center, open your app's offer and update it from the app's tile on the Overview tab. Never use "Add a new app": that makes a second app instead of an update.
guide-step-upload = Upload this package. Keep the app ID as it is: the store knows your app by it.
guide-step-tested-again = This update changes what the app can do, so Microsoft tests it again before it goes live. Paste the certification notes below into the notes for certification, so the reviewers know what to test.
guide-step-listing-only = This update changes only the app's listing and version. Microsoft still reviews every update before it goes live; the certification notes below say what changed.
guide-step-users-approve = Once it is published, existing users get the update after they approve the app again; the release note below tells them what to expect.
guide-step-admin-approves = Once it is published, organizations whose admin deployed the add-in get it only after the admin approves this update again: until then, people there cannot use the updated add-in. The release note below tells the admins what to expect.
guide-step-users-not-asked = Once it is published, existing users are not asked to approve the app again.
guide-step-users-automatic = Once it is published, existing users get the update automatically.
guide-agent-admin-approves = Where an organization deploys your app through its admin center, an admin approves each update of the Copilot agent before users get it.
guide-step-organization-only = Published in your organization only (not the store)? Upload the package in the Teams admin center (Manage apps › your app › Upload file) or in Developer Portal instead.
report-verdict-ready = Ready to submit
report-verdict-nothing-to-submit = Nothing changed: there is no update to submit
report-verdict-blocked = Fix { $count ->
    [one] 1 problem
   *[other] { $count } problems
} before submitting
report-users-asked = Existing users will be asked to approve the app again.
report-admin-asked = Organizations whose admin deployed the add-in: the admin has to approve this update again before people there can use the updated add-in.
report-two-sentences = { $first } { $second }
report-consent-nothing-changed = Nothing changed, so there is nothing for existing users to approve.
report-consent-users-not-asked = Existing users are not asked to approve the app again.
report-consent-users-automatic = Existing users get this update automatically (no new approval needed).
report-consent-summary-none = None of the { $total } changes that need approval is in this update: existing users get it without a new prompt.
report-consent-summary = { $count ->
    [one] 1 of the { $total } changes that need approval is in this update.
   *[other] { $count } of the { $total } changes that need approval are in this update.
}
report-consent-others-none = None of the { $count } changes that need approval is in this update
report-consent-others = { $count ->
    [one] The other change that needs approval is not in this update
   *[other] The other { $count } changes that need approval are not in this update
}
report-who-users-and-admin = Who is asked: every existing user, and the admin who deployed the Office add-in
report-who-admin = Who is asked: the admin who deployed the Office add-in to the organization, not each user
report-who-users = Who is asked: every existing user
report-consent-title = Will users or the admin be asked to approve the app again?
report-consent-intro = Some changes make Teams show every existing user a prompt to approve (consent to) the app again. Changes to an Office add-in make the admin who deployed it approve it again instead.
report-consent-others-hint = None of these is in this update. Open one to read what it means.
report-store-title = Will the store accept it?
report-store-warnings-title = { $count ->
    [one] 1 thing
   *[other] { $count } things
} worth checking (they do not block the update)
report-store-template-findings = { $count ->
    [one] Show the finding it causes
   *[other] Show the { $count } findings it causes
}
report-microsofts-rule = Microsoft's rule
guide-notes-the-app = The app
guide-notes-versions = { $app }: update from version { $old } to { $new }.
guide-notes-capabilities = What the app can do
guide-notes-agent = Copilot agent
guide-notes-listing = Name, descriptions, icons and files
guide-notes-heading = { $title }:
guide-notes-users-asked = Existing users will be asked to approve the app again: { $rules }.
guide-notes-admin-asked = The admin who deployed the Office add-in has to approve it again: { $rules }.
guide-release-our-app = our app
guide-release-users-opening = { $app } { $version } is coming to Microsoft Teams. When it arrives, Teams will ask you to approve { $app } again before you can use the new version. This is expected: the update changes what the app can do.
guide-release-users-heading = What changes for you:
guide-release-admin-opening = { $app } { $version } is coming. Its Office add-in changes in a way that needs your admin's approval: the admin who deployed the add-in to your organization has to approve this update again, and until then people there cannot use the updated add-in. This is expected: the update changes where or when the add-in runs.
guide-release-admin-heading = What changes:
guide-release-users-asked = Who is asked: everyone who uses the app in Teams.
guide-release-team-owner = The new tab for teams and group chats is added by a team owner or a member of the chat, in the channel or chat where they want it.
guide-release-for-admins = For IT admins: this update changes the app's sign-in settings or the permissions it asks for. Review them in the Teams admin center: Manage apps › { $app } › Permissions, where you can grant consent for your organization.
guide-release-addin-admins = For IT admins who deployed the Office add-in: approve this update of the add-in again; until you do, people in your organization cannot use the updated add-in.
guide-release-admin-asked = Who is asked: the admin who deployed the add-in to your organization, not each user.
guide-handoff-the-app = the app
guide-handoff-intro = Teams Update Check found { $count ->
    [one] 1 problem
   *[other] { $count } problems
} in { $file } ({ $app } { $version }) that the store would refuse. Please fix { $count ->
    [one] it
   *[other] them
}:
guide-handoff-where = Where: { $place }
guide-handoff-who = Who: { $who }
guide-handoff-rule = Rule: { $rule }
guide-handoff-check = { $title }: { $message }
guide-handoff-manifest-field = manifest.json, "{ $field }"
guide-handoff-file-line = { $file }, line { $line }, column { $column }
guide-handoff-note = Note: { $note }
report-next-steps-title = What to do next
report-certification-notes-lead = A draft for the notes for certification in Partner Center: what changed in this update. Add how to sign in and test it.
report-certification-notes-title = Certification notes
report-certification-notes-copy = Copy certification notes
report-release-note-admin = The admin who deployed the add-in has to approve this update again. Send this note to your customers' IT admins before the update arrives.
report-release-note-both = Existing users will be asked to approve the app again, and the admin who deployed the add-in has to approve it again too. Send this note to your users and their IT admins before the update arrives.
report-release-note-users = Existing users will be asked to approve the app again. Send them this note (and their IT admins) before the update arrives.
report-release-note-title = Tell your users
report-release-note-copy = Copy release note
report-attention-title = Fix these before submitting
report-attention-intro = Each problem says who can fix it. Fix them, then check the corrected package again.
report-handoff-lead = Hand the list to your developer: it says where each problem is (file, line, column) and Microsoft's rule, ready to paste into an email or a ticket.
report-handoff-title = For your developer
report-handoff-copy = Copy for my developer
report-checks-title = Version and app ID
report-checks-intro = Microsoft requires an update to keep the app ID and to raise the version number for any change, even to the name or description.
report-agent-notes-title = What your users will notice
report-agent-notes-intro = About the Copilot agent in this update. For information: these do not change whether users must approve the app again.
report-area-identity-hint = The app ID, its version number and the manifest format version
report-area-listing-hint = What people see in the store: name, descriptions, developer details, icons, colors
report-area-capability-hint = What the app can do in Teams and Office: bots, tabs, message extensions, connectors, sign-in, permissions, the Office add-in
report-area-package-file-hint = Files in the .zip app package besides manifest.json, such as icons and translations
report-area-agent-hint = The Copilot agent: its instructions, capabilities, actions and the servers it calls
report-area-other-hint = Other settings in the manifest
report-changes-nothing = Nothing: the two versions are the same.
report-download-title = Download link for your website
report-download-window = Put a button on your website that opens your app in the Teams store; the window makes its HTML for you.
report-download-terminal = Put a button on your website that opens your app in the Teams store; run teams-update-check button with the new file to print its HTML.
report-download-document = Put a button on your website that opens your app in the Teams store; Teams Update Check makes its HTML for you.
report-nothing-note = The two versions are the same. Make your changes, raise the version number, then check again.
report-error-title = What went wrong
report-error-note = Fix the file (or choose the right one), then check again.
report-row-file = File
report-row-app-name = App name
report-row-app-id = App ID
report-row-version = Version
report-row-manifest-format = Manifest format
report-full-value = Full value of { $subject }
report-changes-title = What changed ({ $count })
report-changes-area = { $area } ({ $count })
report-error-headline = The { $side } could not be loaded
report-error-note-file = { $file } is the { $side }. Nothing was compared yet.
render-unnamed-app = unnamed app
render-published-new = Published: { $published }   New: { $new }
render-label-note = Note:
render-label-sources = Sources:
render-label-where = Where:
render-label-who = Who can fix it:
render-label-why = Why:
render-label-developers = For developers:
render-title = Teams update check: { $headline }
render-column-published = Published
render-column-new = New
render-verdict = Verdict
render-footer = Made by Teams Update Check, which checks a Microsoft Teams app update before it is submitted to the store. It read the files on the computer it ran on and sent nothing anywhere.
render-title-app = { $app } — Teams update check: { $headline }
render-teams-update-check = Teams update check
render-report = Report
render-button-preview = The download button, as it looks on a website:
fix-version-not-raised = The version could not be raised by itself, because the published version "{ $published }" is not made of numbers and dots (or a number is too long).
fix-who-type-version = You: type the new version (higher than the published one) in Developer Portal, or give it with --new-version.
fix-what-version = The version
fix-typed-version-form = The version "{ $version }" is not three whole numbers separated by dots, like 1.4.2. Type it that way (no letters, no leading zeros).
fix-typed-version-not-higher = The version { $version } is not higher than the published { $published }. Type a higher one.
fix-what-unused-files = Files the package does not use
fix-unused-files-before = { $count ->
    [one] 1 file
   *[other] { $count } files
}: { $names }
fix-unused-files-after = left out
fix-what-package-files = The package's files
fix-folder-before = in the folder "{ $folder }"
fix-folder-after = at the root of the package, where Teams looks for them
fix-package-damaged = The package could not be written again, because one of its entries is damaged ({ $error }). Build or download the package again.
fix-folder-damaged = The package's files could not be moved out of their folder, because an entry is damaged ({ $error }). Build or download the package again.
fix-output-is-input = that is one of the files being checked; the fixed copy never replaces them, choose another name
fix-schema-preview = the manifest uses the preview format devPreview, which the store refuses; pointing the link at it would move the package further from what the store accepts. Move the manifest to a published format first (see "Manifest uses a format the store accepts"), with its link
fix-schema-unknown-format = the manifest's format (manifestVersion) is not one Microsoft published, so there is no official link to use
fix-schema-not-text = the link is there but is not a text, so what it was meant to say is unknown
fix-schema-not-fixed = The schema link of "{ $file }" was not fixed: { $reason }.
fix-who-developer = Your developer.
fix-schema-missing = missing
fix-what-schema-link = The schema link ({ $field }) of "{ $file }"
fix-icon-outline = outline icon
fix-icon-color = color icon
fix-icon-small-color = small color icon
fix-who-icon-maker = Whoever designs your icons (or your developer).
fix-icon-not-fixed = The { $icon } "{ $file }" was not fixed: { $reason }
fix-icon-shared = the same file is also the { $other }, which needs another size or color; each icon needs its own file.
fix-icon-not-png = it is not a PNG image; save it as PNG first.
fix-icon-not-square = it is { $width } × { $height } pixels, not square; resizing it to { $want } × { $want } would stretch the picture, and cropping it needs a person's eye.
fix-icon-too-large = it is { $width } × { $height } pixels, too large to open safely (an icon is { $want } × { $want }).
fix-icon-damaged = it is a damaged PNG image that cannot be opened.
fix-icon-no-transparency = it has no transparent pixel, so making it white would give a white square. The outline icon must be the app's shape in white on a transparent background.
fix-icon-not-saved = the resized picture could not be saved as PNG.
fix-icon-size = { $width } × { $height } pixels
fix-icon-whitened = { $want } × { $want } pixels, white on transparent ({ $count ->
    [one] 1 pixel
   *[other] { $count } pixels
} made white, transparency kept)
fix-what-icon = The { $icon } "{ $file }"
report-mark-ok = OK
report-mark-fix = Fix this
report-mark-warn = Check this
report-mark-skip = Not needed
report-mark-info = Note
report-mark-step = Next
report-mark-yes = Yes
report-mark-no = No
report-mark-added = Added
report-mark-removed = Removed
report-mark-changed = Changed
# Between a label and what it labels (a title and its text, a link's name and its address);
# a heading takes it without its trailing space.
punctuation-colon = {": "}
report-tag-pass = PASS
report-tag-fix = FIX
report-tag-warn = WARN
report-tag-skip = SKIP
report-tag-note = NOTE
report-tag-next = NEXT
report-tag-yes = YES
report-tag-no = no
store-consequence-unused-files = { $count ->
    [one] Because of this, the package no longer uses { $files }, which the published version used. Once this is fixed it is used again, so do not remove it.
   *[other] Because of this, the package no longer uses { $files }, which the published version used. Once this is fixed they are used again, so do not remove them.
}
report-files-not-compared = Icons and other package files were not compared, because a manifest.json was given instead of a package. Open both .zip app packages to compare them.
change-value-before = Before
change-value-now = Now
report-finding-place = { $place }, in { $file }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = Basic information › Version
portal-basic-app-names = Basic information › App names
portal-basic-descriptions = Basic information › Descriptions
portal-basic-developer-information = Basic information › Developer information
portal-branding-color-icon = Branding › Color icon
portal-branding-outline-icon = Branding › Outline icon
portal-features-bot = App features › Bot
portal-features-personal-app = App features › Personal app

## Command line (src/cli.rs, src/cli/)
cli-error = error: { $error }
cli-unknown-language = error: --lang: "{ $tag }" is not a language this app speaks. Choose one of: { $tags }.
cli-nothing-fixed = Nothing could be fixed by itself, so no copy was saved.
cli-copy-not-saved = error: the fixed copy could not be saved as { $path } ({ $error }). Choose another place with --output, or check that there is room on the disk and the folder can be written.
cli-copy-saved = Saved a fixed copy: { $path }
cli-fixed-heading = Fixed ({ $count }):
cli-fixed-step = { $what }: was { $before }, now { $after }
cli-not-fixed-heading = Not fixed here ({ $count }):
cli-problem = Problem
cli-not-fixed-item = { $title }: { $message }
cli-who-can-fix = Who can fix it: { $who }
cli-fix-result = { $which ->
    [fixed] The fixed copy
   *[new] The new version
}: { $headline }
cli-output-not-written = error: the output could not be written ({ $error }). Check that there is room on the disk and that the file can be written.
cli-could-not-load-side = error: could not load the { $side } file: { $error }
cli-could-not-load = error: could not load { $file }: { $error }
cli-input-error-at = { $place }: { $problem }. { $fix }
cli-input-error = { $problem }. { $fix }
cli-app-id-error = error: --app-id: { $error }
cli-app-id-in-file = error: the app ID in { $path }: { $error } (Or give the ID with --app-id.)
cli-label-error = error: --label: { $error }
cli-no-window-in-build = This build of teams-update-check has no window (built without the `gui` feature). Use `teams-update-check check OLD NEW`; see `teams-update-check --help`.
cli-no-display = error: no display found, so the window cannot open (this looks like a server, a container or a remote shell without a desktop). The command line works without one: run `teams-update-check check PUBLISHED NEW` (see `teams-update-check --help`).
cli-window-not-opened = error: the window could not be opened: no display found, or the computer's graphics could not start it. The command line works without a window: run `teams-update-check check PUBLISHED NEW` (see `teams-update-check --help`).

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = Version { $version }
app-close = Close
app-cancel = Cancel
app-where = Where: { $place }
app-the-file = the file
app-the-app = the app
app-copied = { $what } copied to the clipboard
app-clipboard-failed = Could not use the clipboard ({ $error }). Select the text below and copy it by hand.
app-no-clipboard = no clipboard

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = Your files stay on this computer: nothing is uploaded. Files are only read, never changed.
app-tagline = Check your Teams app update before you submit it
app-about = About
app-about-hover = Version, license, and what the app does with your files
app-language = Language
app-language-hover = The language of the window and of the reports it exports
app-language-system = Same as this computer ({ $language })
app-export = Export report…
app-export-hover = Save this report as Markdown or HTML ({ $shortcut })
app-export-disabled-hover = Open both versions first
app-try-example = Try an example
app-try-example-hover = Load a built-in example update that needs users' approval
app-paste-path-first = Paste the file's full path first.
app-no-file-dialog = No file dialog could be opened on this computer. Drop the file on the window, or paste its full path in the card.
app-fixed-copy-saved = Saved a fixed copy: { $path }. It is now open as the new version.
app-button-needs-new-version = Open the new version first: the button uses its app ID.
app-what-button-html = Button HTML
app-what-link = Link
app-too-many-dropped = Only the first two dropped files were used.
app-notice-not-opened = Could not open the third-party notice. Open { $path } from your file manager.
app-same-file = Both cards show the same file, so nothing can have changed. Open the new version on the right.
app-checking = Checking…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = Teams Update Check ran into an internal problem while reading this file (this is a bug in the tool, not necessarily a problem with your file)
app-internal-read-fix = Try Reload. If it happens again, please report it to us with the file attached; meanwhile, check the file in the Teams Developer Portal.
app-internal-check = Teams Update Check ran into an internal problem while comparing the two files (a bug in the tool). Try Reload; if it happens again, please report it with the files.
app-internal-write = Teams Update Check ran into an internal problem while writing the file (a bug in the tool). Please try again.
app-open-dialog-title = { $side ->
    [old] Open the published version (in the store now)
   *[new] Open the new version (to submit)
}
app-filter-manifest-or-package = Teams manifest or app package
app-filter-all-files = All files
app-save-report-title = Save the report
app-filter-html = Web page (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = Checks an update of your Microsoft Teams app before you submit it to the store: is it ready, will your users be asked to approve the app again, and what changed.
app-about-privacy-heading = Your files stay on this computer
app-about-privacy = The app only reads the files you open and never changes them. It makes no network connections: nothing is sent anywhere, and the Microsoft schemas it checks against are built in.
app-about-license-heading = License
app-about-license = Teams Update Check is free software under the MIT license.
app-about-show-license = Show the license
app-about-third-party-heading = Third-party software
app-about-third-party = The app is built with open-source components; each one's license is listed in the third-party notice that comes with the app.
app-about-open-notice = Open the third-party notice
app-about-no-notice = This copy of the app was not installed from a package, so the list of open-source components and their licenses ({ $file }) is not beside it. The installed app has it.
app-about-trademark = Not made or endorsed by Microsoft. Microsoft Teams is a trademark of the Microsoft group of companies.

# The download button panel (src/app/button_panel.rs)
app-button-heading = Download button for your website
app-button-intro = Put this button on your product website so visitors can get your app in Teams. The link works once your app is live in the Teams store.
app-button-text = Button text
app-button-look = Look
app-button-look-named = Look: { $style }
app-button-size = Size
app-button-size-named = Size: { $size }
app-button-hint-filled = Teams purple with white text: reads well on light and dark pages.
app-button-hint-outline = Purple text and border on a clear background: for light pages only. On a dark page, choose Purple or Dark.
app-button-hint-dark = Near-black with white text: for light and busy pages (on a black page it does not stand out).
app-button-app-id = App ID
app-button-app-id-hover = The ID of your app in the Teams store. It is taken from the new manifest; type another one (for example the store ID from Partner Center) to use it instead.
app-button-app-id-from-manifest = { $id } (from the new version's manifest)
app-button-app-id-hint = To use another app ID, type or paste it here
app-button-placeholder-id = The new manifest's ID looks like a placeholder; type your real app ID above.
app-button-preview = Preview
app-button-copy-html = Copy HTML
app-button-copy-html-hover = Copy the button's HTML code to paste into your website ({ $shortcut })
app-button-copy-link = Copy link
app-button-open-preview = Open preview in browser
app-button-open-preview-hover = See the real button in your web browser
app-button-show-html = Show the HTML code
app-button-html-label = HTML to paste into your page:
app-preview-not-written = Could not write the preview page ({ $error }). Copy the HTML instead and paste it into a page of your own.
app-preview-no-address = the page has no file address
app-preview-opened = Asked your web browser to open the preview. If no browser window appears, open { $path } in your browser.
app-preview-no-browser = Could not start a web browser ({ $error }). The preview page is saved at { $path }: open it in your browser.
app-preview-page-title = Button preview
app-preview-on-light = On a light page:
app-preview-on-grey = On a grey page:
app-preview-on-dark = On a dark page:

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] Published version
   *[new] New version
}
app-card-hint = { $side ->
    [old] The version in the Teams store now
   *[new] The update you want to submit
}
app-reversed = The new version's number is lower than the published one's. Did you open them the wrong way round?
app-swap = Swap the two
app-swap-hover = Exchange the published and the new version
app-card-empty = Drop a manifest.json or an app package (.zip) here, or
app-card-reading = Reading { $file }…
app-card-icon-alt = { $name }'s color icon
app-card-icon-hover = The app's color icon from the package
app-card-no-name = (the manifest has no app name)
app-card-file = File: { $file }
app-card-manifest-format = Manifest format { $schema }
app-card-not-given = not given
app-card-manifest-format-hover = manifestVersion: the version of Microsoft's manifest format the file is written in
app-card-could-not-load = Could not load { $file }
app-card-what-is-wrong = What is wrong: { $problem }
app-card-what-to-do = What to do: { $fix }
app-card-open = Open…
app-card-open-hover = Choose a manifest.json or .zip app package ({ $shortcut })
app-card-open-named = { $side ->
    [old] Open the published version…
   *[new] Open the new version…
}
app-card-reload = Reload
app-card-reload-hover = Read the file again ({ $shortcut })
app-card-reload-named = { $side ->
    [old] Reload the published version
   *[new] Reload the new version
}
app-card-clear = Clear
app-card-clear-named = { $side ->
    [old] Clear the published version
   *[new] Clear the new version
}
app-card-typed-path = Drop the file on this window, or paste its full path here:
app-card-typed-path-hover = On Linux the dialog needs your desktop's file chooser (the xdg-desktop-portal service) or the zenity program.
app-card-path-example-windows = C:\Users\you\Downloads\app-package.zip
app-card-path-example = /home/you/Downloads/app-package.zip
app-card-path-named = { $side ->
    [old] Path of the published version file
   *[new] Path of the new version file
}
app-card-open-typed = Open
app-drop-overlay = Drop on a card to load the file there
app-drop-question = Which version is this?
app-drop-load-as = Load { $file } as:

# Saving the report (src/app/export.rs)
app-report-saved = Report saved to { $path }
app-report-saved-no-dialog = No save dialog could be opened on this computer, so the report was saved to { $path }
app-export-is-input = Not saved: { $path } is one of the files you are checking. Choose another name.
app-export-failed = Could not save the report to { $path } ({ $error }). Choose a folder you can write to.

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = Fixed copy: { $path }
app-fix-repaired = { $what }: was { $before }, now { $after }
app-fix-left = { $problem } Who can fix it: { $who }
app-fix-save = Save a fixed copy…
app-fix-save-hover = Saves a new package with the safe repairs (version number, schema link, icons, unused files); your files are not changed. The copy then opens as the new version.
app-fix-some-repairable = Some of these problems can be repaired for you.
app-fix-version-label = Version for the copy:
app-fix-version-named = Version for the fixed copy
app-fix-leave-empty = Leave it empty to use { $proposed } (the published version is { $published }).
app-fix-no-dialog = No save dialog could be opened on this computer. Type where to save the fixed copy:
app-fix-path-named = Path of the fixed copy
app-fix-save-copy = Save the copy
app-fix-folder-hover = Saves a new package with the files moved out of their folder to the root, where Teams looks for them; your file is not changed.
app-fix-folder = The new version's files sit in a folder inside the package: a copy can move them to the root.
app-fix-dialog-title = Save a fixed copy of the new version
app-internal-fix = Teams Update Check ran into an internal problem while making the fixed copy (a bug in the tool). Your files are not changed.
app-fix-not-read-again = The new version could not be read again ({ $error }). Open it again.
app-fix-not-made = No fixed copy could be made: { $error }
app-fix-nothing = Nothing could be repaired by itself; the problems left need a person (see the list).
app-fix-not-saved = The fixed copy could not be saved as { $path } ({ $error }). Choose another place.

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = Some text in your files is in { $scripts }, which no font on this computer can draw, so it shows as empty boxes. Install { $fix } and open Teams Update Check again to see it. The check itself is not affected: its results are complete.
app-font-fix-other = a font that has them
app-font-fix-emoji = an emoji font (for example Noto Color Emoji)
app-font-fix-script = a font for { $scripts } (for example from the free Noto family)
app-list-and = { $first } and { $last }
app-hide = Hide
app-script-greek = Greek
app-script-cyrillic = Cyrillic
app-script-armenian = Armenian
app-script-hebrew = Hebrew
app-script-arabic = Arabic
app-script-devanagari = Hindi (Devanagari)
app-script-bengali = Bengali
app-script-gurmukhi = Punjabi (Gurmukhi)
app-script-gujarati = Gujarati
app-script-odia = Odia
app-script-tamil = Tamil
app-script-telugu = Telugu
app-script-kannada = Kannada
app-script-malayalam = Malayalam
app-script-sinhala = Sinhala
app-script-thai = Thai
app-script-lao = Lao
app-script-tibetan = Tibetan
app-script-burmese = Burmese
app-script-georgian = Georgian
app-script-korean = Korean
app-script-ethiopic = Amharic (Ethiopic)
app-script-khmer = Khmer
app-script-emoji = emoji
app-script-japanese = Japanese
app-script-chinese = Chinese
app-script-other = other characters

# The report's own labels (src/app/report_view.rs)
app-sources = Sources:
app-source-link = Source ↗
app-for-developers = For developers: { $lines }
app-show-details = Show details
app-show-details-hover = Scroll to this problem's details below
app-why = Why: { $why }
app-who-can-fix = Who can fix it:
app-select-to-copy = Select the text to copy part of it
app-copy-full-value = Copy full value
app-copy-full-value-hover = Copy the whole value to the clipboard
app-copy-hover = Copies the text to the clipboard, to paste elsewhere
app-show-the-text = Show the text
app-developer-details = Details for developers

# The welcome page (src/app/welcome.rs)
app-welcome-heading = How to use
app-welcome-step-1 = 1. On the left, open the version of your app that is in the Teams store now: its manifest.json or the .zip app package you uploaded.
app-welcome-step-2 = 2. On the right, open the update you want to submit.
app-welcome-step-3 = 3. Read the answer: is the update ready, will your users be asked to approve the app again, and what changed.
app-welcome-step-4 = 4. Copy the download button for your website.
app-welcome-shortcuts = You can also drop files on the window. Shortcuts: { $open_old } opens the published version, { $open_new } the new one, { $export } exports the report, { $copy_html } copies the button HTML, { $reload } reloads.
app-welcome-where-heading = Where do I get the published version?
app-welcome-where-intro = Use the app package that Microsoft has now, not the files you have been editing since. Take it from the place your app was published from:
app-welcome-where-portal = Developer Portal (dev.teams.microsoft.com): open Apps, select your app and choose Download app package. Do this before you make your changes there: after you edit the app, the package it gives you is the new version.
app-welcome-where-partner = Partner Center (partner.microsoft.com), for an app in the Teams store: open your Teams app offer and download the app package uploaded for the live version.
app-welcome-where-admin = Teams admin center (admin.teams.microsoft.com), for an app published only to your organization: your Teams administrator can get its package under Teams apps, Manage apps.
app-welcome-where-records = Your own records: the .zip you uploaded last time (Teams Toolkit, for example, keeps it in appPackage/build/ in the project).
app-welcome-where-new = The new version is the package you are about to upload: from Developer Portal after your changes, or the .zip your developers gave you.

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

## Consent rules (src/rules/)

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)

## Command line (src/cli.rs, src/cli/)

## The window (src/app/)

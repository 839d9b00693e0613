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
rule-addin-evidence = { $line }
rule-bot-removed = A bot was removed
rule-bot-removed-developer = Bot `{ $bot }` was removed
rule-bot-added = A bot was added
rule-bot-added-developer = Bot `{ $bot }` was added
rule-bot-id-changed-evidence = The bot now has another ID, so Teams sees it as a different bot
rule-bot-id-changed-developer = Bot ID changed from `{ $old }` to `{ $new }`
rule-channel-tab-added-evidence = A tab that teams and group chats can pin was added
rule-channel-tab-added-developer = The new version has { $new } channel/group tab(s) (configurableTabs); the published one has { $old }
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
input-bad-manifest = { $problem }
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
input-window-internal = Teams Update Check ran into an internal problem while reading this file (this is a bug in the tool, not necessarily a problem with your file)
input-window-internal-fix = Try Reload. If it happens again, please report it to us with the file attached; meanwhile, check the file in the Teams Developer Portal.

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = The published version you opened is not the package in the store: { $reason }. So this report cannot say which problems the store accepted before. Open the package the store has instead: in Partner Center, download the app package of the live version (or use the .zip you uploaded last time).
report-not-store-package-app-id = its app ID is "{ $id }", not the app ID of a published app
report-not-store-package-format = it uses the manifest format "{ $format }", which the store does not accept
report-not-store-package-placeholder = it holds placeholders that build tools fill in, such as "{ $placeholder }"
report-no-link-app-id-changed = No download link: the app ID changed, and a link to the new ID would point at an app the store does not have. Put the published app ID back to get the link.
report-no-link-not-an-app-id = No download link: the app ID "{ $id }" is not a real app ID (a GUID such as 0b5c3d6e-1234-4abc-9def-00112233aabb). The link uses the ID of the package you submit.
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

## Command line (src/cli.rs, src/cli/)
cli-error = error: { $error }
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

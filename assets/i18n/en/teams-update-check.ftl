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

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = the whole file
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-number = { $number }
change-line = { $verb } { $subject }
change-line-detail = { $verb } { $subject }: { $detail }
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

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)

## Command line (src/cli.rs, src/cli/)

## The window (src/app/)

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

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)

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

## Command line (src/cli.rs, src/cli/)

## The window (src/app/)

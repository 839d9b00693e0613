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

## Command line (src/cli.rs, src/cli/)

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

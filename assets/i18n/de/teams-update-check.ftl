# Teams Update Check: every sentence a user can read, in German (Deutsch).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: agent-capability-dataverse, agent-capability-fabric, agent-sign-in-oauth, app-filter-markdown, app-name, app-script-devanagari, app-script-gujarati, app-script-gurmukhi, app-script-kannada, app-script-khmer, app-script-malayalam, app-script-odia, app-script-tamil, app-script-telugu, app-version, app-what-link, change-bot, change-connector, change-scope-copilot, cli-problem, place-label-bot, place-label-bots, place-label-connector, place-label-connectors, place-label-parameter, place-label-version, report-row-version, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = { $count ->
    [one] 1 Symbol
   *[other] { $count } Symbole
}

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = Die App-ID bleibt gleich
check-version-format-title = Die Versionsnummer ist richtig geschrieben
check-version-incremented-title = Die Versionsnummer steigt
check-app-id-changed = Die App-ID hat sich von { $old } in { $new } geändert. Ein Update muss die ID der veröffentlichten App behalten; mit einer neuen ID behandelt der Store es als eine andere App. Setzen Sie die alte ID wieder ein.
check-app-id-not-guid = Die App-ID ist in beiden Dateien gleich, aber „{ $id }“ ist keine echte App-ID (eine GUID wie 0b5c3d6e-1234-4abc-9def-00112233aabb). Sie sieht nach einem Platzhalter aus, den Ihre Build-Tools ausfüllen; prüfen Sie das Paket, das Sie tatsächlich einreichen.
check-app-id-same = Die App-ID bleibt { $id }.
check-version-too-long = Die neue Version „{ $version }“ ist länger als 256 Zeichen.
check-version-not-three-numbers = Die neue Version „{ $version }“ besteht nicht aus drei ganzen Zahlen, getrennt durch Punkte, wie 1.4.2 (keine Buchstaben, keine führenden Nullen, kein „-beta“); andere Formen lehnt der Store ab.
check-version-addin-part-too-big = Die neue Version „{ $version }“ hat einen Teil über 99999, was Office-Add-Ins (der Abschnitt `extensions`) nicht erlauben.
check-version-well-formed = Die neue Version { $version } ist so geschrieben, wie der Store es erwartet.
check-version-nothing-changed = Es hat sich nichts geändert, daher muss sich auch die Version nicht ändern.
check-version-goes-up = Die Version steigt von { $old } auf { $new }.
check-version-unchanged = Die Version ist immer noch { $new }, aber es hat sich etwas geändert. Bei jeder Änderung muss die Version steigen: Erhöhen Sie sie über { $old }, zum Beispiel auf { $next }.
check-version-same-number = Die Version geht von { $old } auf { $new }; das ist dieselbe Zahl, nur anders geschrieben (fehlende Teile zählen als 0), keine höhere. Erhöhen Sie sie über { $old }, zum Beispiel auf { $next }.
check-version-lower = Die neue Version { $new } ist niedriger als die veröffentlichte Version { $old }. Wurden die beiden Dateien vertauscht? Zuerst kommt die veröffentlichte Version, dann die neue. Andernfalls erhöhen Sie die neue Version über { $old }.
check-version-not-comparable = Die Versionen konnten nicht verglichen werden, weil { $which ->
    [published] die veröffentlichte Version
   *[new] die neue Version
} „{ $version }“ { $reason ->
    [long] einen Teil mit mehr als 18 Ziffern hat
   *[signs] nicht nur aus Zahlen und Punkten besteht
}. Stellen Sie sicher, dass die neue Version höher ist als die veröffentlichte.
check-version-higher-number = eine höhere Zahl

## Store checks (src/store/)
store-activities-title = Typen von Aktivitätsfeed-Benachrichtigungen sind eindeutig und nicht reserviert
store-agent-files-title = Jede Copilot-Agent-Datei kann gelesen werden
store-localization-agent-default-file-title = Ein übersetzter Agent hat eine Datei für seine Standardsprache
store-agent-localization-keys-title = Jede Übersetzungsdatei enthält die Lokalisierungsschlüssel des Agents
store-agent-name-match-title = Der Agent und seine Aktionen tragen den Namen der App
store-agent-operations-title = Jede Agent-Funktion und jeder API-Befehl hat seine Operation
store-agent-schema-title = Copilot-Agent-Dateien entsprechen den offiziellen Schemas von Microsoft
store-agent-schema-url-title = Copilot-Agent-Dateien verlinken das Schema ihres eigenen Formats
store-agent-text-hygiene-title = Beschreibungen und Anweisungen des Agents enthalten keine Webadressen, Emojis oder verborgenen Zeichen
store-agent-urls-title = Copilot-Agents rufen echte https-Adressen auf
store-api-message-extension-title = Nachrichtenerweiterungen folgen den Upload-Regeln ihrer Art
store-app-name-core-feature-title = Der Kurzname beginnt nicht mit einer Teams-Funktion
store-bot-id-guid-title = Bot-IDs sind GUIDs
store-bot-id-kept-title = Bots behalten ihre veröffentlichten IDs
store-cea-bot-id-title = Der Agent mit benutzerdefinierter Engine ist einer der Bots der App
store-channel-features-title = Gibt an, ob die App in freigegebenen und privaten Kanälen funktioniert
store-bot-command-slash-title = Botbefehle beginnen nicht mit einem Schrägstrich
store-bot-command-duplicate-title = Jeder Botbefehl kommt in seiner Liste nur einmal vor
store-me-command-duplicate-title = Jeder Aktionsbefehl einer Nachrichtenerweiterung kommt nur einmal vor
store-consequential-actions-title = Aktionen, die Daten ändern, fragen zuerst den Benutzer
store-da-actions-title = Der Agent hat Aktionen
store-da-graph-connectors-blank-title = Der Agent nutzt alle Copilot-Connectors einer Organisation
store-da-starters-count-title = Der Agent hat 3 bis 6 Konversationsstarter
store-dashboard-cards-title = Dashboardkarten haben je ein Symbol und eindeutige IDs
store-descriptions-title = Die ausführliche Beschreibung sagt mehr als die Kurzbeschreibung, in höchstens 500 Wörtern
store-https-urls-title = Webadressen sind sicher (https)
store-icon-color-title = Das Farbsymbol ist ein PNG mit 192 × 192 Pixeln
store-icon-color32x32-title = Das kleine Farbsymbol ist ein PNG mit 32 × 32 Pixeln
store-icon-outline-title = Das Umrisssymbol ist weiß auf transparentem Hintergrund, 32 × 32 Pixel
store-localization-title = Übersetzungsdateien sind gültig und passen zum Manifestformat
store-localization-tags-title = Jede Sprache hat genau eine Übersetzungsdatei
store-long-description-copilot-title = Die ausführliche Beschreibung sagt, dass die App in Microsoft 365 Copilot funktioniert
store-manifest-version-title = Manifest verwendet ein Format, das der Store akzeptiert
store-me-sample-prompts-title = Befehle von Nachrichtenerweiterungen haben 3 verschiedene Beispielprompts
store-package-extra-files-title = Das Paket enthält nur die Dateien, die das Manifest verwendet
store-package-files-title = Jede Datei, die das Manifest nennt, ist im Paket
store-package-name-deprecated-title = Kein veraltetes Feld packageName
store-package-size-title = Das Paket ist höchstens 10 MB groß
store-placeholders-title = Keine Vorlagenplatzhalter übrig
store-required-texts-title = Name, Beschreibungen und Entwicklername sind ausgefüllt
store-schema-title = Das Manifest entspricht dem offiziellen Schema von Microsoft
store-schema-url-title = Der Schemalink passt zum Manifestformat
store-static-tab-names-title = Persönliche Registerkarten sind richtig benannt
store-valid-domains-title = Gültige Domänen sind Ihre eigenen Produktionsdomänen
store-valid-domains-coverage-title = Registerkartenseiten liegen auf Ihren gültigen Domänen
store-version-major-title = Die Version ist 1.0.0 oder höher
store-activities-reserved = Der Aktivitätstyp „systemDefault“ ist von Teams für eigene Benachrichtigungen reserviert; der Upload-Dienst lehnt ihn ab. Geben Sie diesem Benachrichtigungstyp einen eigenen Namen, z. B. „taskAssigned“ (der Code Ihres Entwicklers sendet ihn unter diesem Namen).
store-activities-duplicate = Der Aktivitätstyp „{ $kind }“ ist mehrfach deklariert; das lehnt der Upload-Dienst ab. Behalten Sie einen Eintrag dafür.
store-agent-files-broken = { $problem }
store-agent-files-too-large = Die { $what } „{ $file }“ ist { $size } groß; eine Datei des Pakets darf für diese Prüfung höchstens { $limit } groß sein, und eine so große Datei ist mit ziemlicher Sicherheit nicht die gemeinte. Ihr Entwickler muss sie verkleinern oder ersetzen.
store-agent-files-too-many = Das Paket verweist auf mehr als { $limit } zu lesende Agent-Dateien; „{ $file }“ und die Dateien danach wurden nicht geprüft. Die Agents einer App brauchen weit weniger Dateien: Ihr Entwickler sollte prüfen, welche Dateien die Agent-Dateien nennen.
store-agent-name-match-differs = Der Name in „{ $file }“ ({ $what }; { $kind ->
    [action] der Name der Aktion, den Benutzer sehen
   *[agent] der Name des Agents
}) lautet „{ $name }“, aber die App heißt „{ $app }“. Der Agent Store verlangt, dass die App, ihr Agent und die Aktionen des Agents denselben Namen tragen. Ihr Entwickler muss ihn in „{ $app }“ ändern (oder den Namen der App entsprechend anpassen).
store-localization-agent-default-file-missing = Der Copilot-Agent ist übersetzt (seine Dateien verwenden Lokalisierungsschlüssel wie [[agentName]]), und die App führt weitere Sprachen auf, aber es gibt keine Übersetzungsdatei für die Standardsprache (defaultLanguageFile). Ein übersetzter Agent braucht eine Datei für jede Sprache, die er unterstützt, auch für die Standardsprache. Ihr Entwickler muss eine hinzufügen und im Manifest angeben.
store-localization-agent-default-file-advice = Die App führt weitere Sprachen auf, aber keine Übersetzungsdatei für ihre Standardsprache (defaultLanguageFile). Wenn der Copilot-Agent mehr als eine Sprache unterstützt, braucht er eine Datei für jede Sprache, auch für die Standardsprache.
store-agent-localization-keys-lacking = In der Übersetzungsdatei „{ $file }“ { $count ->
    [one] fehlt ein Lokalisierungsschlüssel, den
   *[other] fehlen Lokalisierungsschlüssel, die
} der Copilot-Agent verwendet ({ $keys }). Der Upload-Dienst lehnt einen Agent-Text ab, den er nicht übersetzen kann. Ihr Entwickler muss { $count ->
    [one] ihn
   *[other] sie
} in dieser Datei unter localizationKeys hinzufügen.
store-agent-operations-command = Der Befehl „{ $command }“ der Nachrichtenerweiterung hat in der API-Beschreibung „{ $file }“ keine Operation mit dieser ID (operationId); er würde jedes Mal fehlschlagen, wenn ein Benutzer ihn ausführt. Ihr Entwickler muss dem Befehl eine Operation zuordnen.
store-agent-operations-undefined-function = Die Agent-Aktionsdatei „{ $file }“ führt eine Funktion „{ $function }“ aus, die sie nicht definiert (sie ist keine ihrer Funktionen). Ihr Entwickler muss die Funktion hinzufügen oder den Namen korrigieren.
store-agent-operations-function = Die Agent-Funktion „{ $function }“ hat in der API-Beschreibung „{ $file }“ keine Operation mit dieser ID (operationId); Copilot würde bei jedem Versuch scheitern. Ihr Entwickler muss der Funktion eine Operation zuordnen.
store-agent-schema-url-mismatch = Der Schemalink von „{ $file }“ gilt für Format { $linked }, aber laut der Datei folgt sie { $version }. Ihr Entwickler sollte das Schema von { $version } verlinken, damit Editoren die Datei nach den richtigen Regeln prüfen.
store-schema-whole = { $kind ->
    [localization] Die Lokalisierungsdatei
    [declarative-agent] Die Copilot-Agent-Datei
    [plugin] Die Agent-Aktionsdatei
    [agentic-user] Die Vorlage für agentische Benutzer
    [response-template] Die Antwortvorlage
   *[manifest] Das Manifest
}
store-schema-at-top = auf oberster Ebene { $kind ->
    [localization] der Lokalisierungsdatei
    [declarative-agent] der Copilot-Agent-Datei
    [plugin] der Agent-Aktionsdatei
    [agentic-user] der Vorlage für agentische Benutzer
    [response-template] der Antwortvorlage
   *[manifest] des Manifests
}
store-schema-in-field = in { $field }
store-schema-manifest-format = das Manifestformat { $format }
store-schema-renamed-field = { $field } enthält `{ $unknown }`, wo { $format } das erforderliche Feld `{ $missing }` erwartet. Benennen Sie `{ $unknown }` in `{ $missing }` um.
store-schema-missing-one-of = { $field }: Das erforderliche Feld `{ $first }` fehlt (oder ersatzweise { $others }). Fügen Sie es hinzu.
store-schema-max-length = { $field } darf höchstens { $limit } Zeichen haben; Ihr Text hat { $count }.
store-schema-min-length = { $field } muss mindestens { $limit ->
    [one] 1 Zeichen
   *[other] { $limit } Zeichen
} haben; Ihr Text hat { $count }.
store-schema-max-items = { $field } darf höchstens { $limit ->
    [one] 1 Eintrag
   *[other] { $limit } Einträge
} haben; Ihre Liste hat { $count }.
store-schema-min-items = { $field } muss mindestens { $limit ->
    [one] 1 Eintrag
   *[other] { $limit } Einträge
} haben; Ihre Liste hat { $count }.
store-schema-uri = { $field } muss eine vollständige Webadresse mit Protokoll sein, z. B. https://www.contoso.com/help; Ihr Wert ist { $value }.
store-schema-constant = { $field } muss { $expected } sein; Ihr Wert ist { $value }.
store-schema-required = { $field }: Das erforderliche Feld `{ $name }` fehlt. Fügen Sie es hinzu.
store-schema-type = { $field } muss { $expected } sein; Ihr Wert ist { $value }.
store-schema-type-name = { $kind ->
    [string] ein Text (in doppelten Anführungszeichen)
    [object] ein Objekt (`{"{"} … {"}"}`)
    [array] eine Liste (`[ … ]`)
    [boolean] true oder false
    [integer] eine ganze Zahl
    [number] eine Zahl
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first } oder { $second }
store-schema-unique-items = { $field } enthält denselben Eintrag mehrmals; behalten Sie jeden Eintrag nur einmal.
store-schema-no-form = { $field } entspricht keiner der Formen, die { $format } hier erlaubt. Vergleichen Sie es mit der Referenz für dieses Feld.
store-schema-several-forms = { $field } entspricht mehr als einer der Formen, die { $format } hier erlaubt; es muss genau einer entsprechen.
store-schema-maximum = { $field } darf höchstens { $limit } sein; Ihr Wert ist { $value }.

store-schema-minimum = { $field } muss mindestens { $limit } sein; Ihr Wert ist { $value }.
store-schema-max-properties = { $field } darf höchstens { $limit } Felder haben.
store-schema-min-properties = { $field } muss mindestens { $limit } Felder haben.
store-schema-other = { $field } entspricht nicht den Regeln, die { $format } vorgibt: { $problem }.
store-schema-pattern-guid = eine ID im GUID-Format, z. B. „0b5c3d6e-1234-4abc-9def-00112233aabb“
store-schema-pattern-https = eine sichere Webadresse, die mit https:// beginnt, z. B. „{ $example }“
store-schema-pattern-color = eine Farbe, geschrieben als # mit sechs Hexadezimalziffern, z. B. „#4F6BED“
store-schema-pattern-version = eine Version aus Zahlen und Punkten, z. B. „1.0.0“
store-schema-pattern-other = { $field } ist nicht so geschrieben, wie das Manifestformat es erwartet (es muss dem Muster { $pattern } entsprechen); Ihr Wert ist „{ $value }“.
store-schema-pattern = { $field } muss { $expected } sein; Ihr Wert ist „{ $value }“.
store-schema-enum = { $field } muss einer dieser Werte sein: { $allowed }; Ihr Wert ist { $value }.
store-schema-enum-hint = { $field } muss einer dieser Werte sein: { $allowed }; Ihr Wert ist { $value }. Meinten Sie `{ $option }`?
store-schema-needs-later-format = `{ $property }` erfordert Manifestformat { $later } oder höher; Sie verwenden { $format }. Wechseln Sie zu Format { $later } (aktualisieren Sie manifestVersion und { $schema_field }), oder entfernen Sie `{ $property }`.
store-schema-unknown-field = Ein Feld `{ $property }` kennt { $format } { $place } nicht. Prüfen Sie Schreibweise sowie Groß- und Kleinschreibung, oder entfernen Sie es.
store-schema-sentences = { $first } { $second }
store-schema-no-sentence = {""}
store-localization-too-large = Die Lokalisierungsdatei „{ $file }“ ist größer als 4 MiB; eine Lokalisierungsdatei enthält nur einige übersetzte Texte.
store-localization-not-json = Die Lokalisierungsdatei „{ $file }“ ist kein gültiges JSON: { $problem }. Öffnen Sie sie in einem Texteditor, und korrigieren Sie sie in Zeile { $line }, Spalte { $column }.
store-localization-not-object = Die Lokalisierungsdatei „{ $file }“ muss ein JSON-Objekt sein (beginnend mit `{"{"}`), ist aber { $value }.
store-localization-in-file = In „{ $file }“: { $problem }
store-schema-url-add-later = Sobald das Manifest auf ein veröffentlichtes Format umgestellt ist (siehe „Manifest verwendet ein Format, das der Store akzeptiert“), fügen Sie den Link dieses Formats hinzu.
store-schema-url-add = Fügen Sie "{ $schema_field }": "{ $example }" hinzu.
store-schema-url-missing = Der Schemalink (`{ $schema_field }`) fehlt oder ist kein Text. { $add }
store-schema-url-unusual = Der Schemalink „{ $link }“ ist ungewöhnlich: Er nennt kein Teams-Manifestformat. Der übliche Link ist „{ $example }“.
store-schema-url-preview = Der Schemalink (`{ $schema_field }`) nennt Format { $named }, aber manifestVersion ist „{ $format }“. Lassen Sie den Link nicht auf das Vorschauformat zeigen: Der Store lehnt das Vorschauformat selbst ab. Stellen Sie das Manifest auf ein veröffentlichtes Format um (siehe „Manifest verwendet ein Format, das der Store akzeptiert“), und lassen Sie diesen Link genau dieses Format nennen.
store-schema-url-other-format = Der Schemalink (`{ $schema_field }`) nennt Format { $named }, aber manifestVersion ist { $format }. Gleichen Sie beide an: „{ $example }“.
store-schema-url-no-format = nicht angegeben
store-placeholders-file-directive = „{ $text }“ ist eine Dateidirektive des Agents Toolkit, die das Toolkit beim Erstellen des Pakets durch den Inhalt der Datei ersetzt; reichen Sie das Paket ein, das das Toolkit erstellt hat, nicht die Quelldateien.
store-placeholders-built-address = Die Adresse „{ $text }“ wurde nie ausgefüllt: Dieses Paket ist bereits erstellt (sein Manifest hat eine echte App-ID), doch diese Adresse ist noch ein Platzhalter, daher kann Copilot sie nicht erreichen. Ihr Entwickler muss hier die echte https://-Adresse eintragen und das Paket neu erstellen.
store-placeholders-built-value = „{ $text }“ wurde nie ausgefüllt: Dieses Paket ist bereits erstellt (sein Manifest hat eine echte App-ID), doch dieser Wert ist noch ein Platzhalter. Ihr Entwickler muss hier den echten Wert eintragen und das Paket neu erstellen.
store-placeholders-placeholder = „{ $text }“ ist ein Platzhalter, den Ihre Build-Tools ausfüllen; der Store braucht den echten Wert.
store-agent-schema-undocumented = Die Copilot-Agent-Datei „{ $file }“ verwendet Format { $version }, das noch kein dokumentiertes Format für deklarative Agents ist (Microsofts Seiten beschreiben Formate bis v1.8); der Store lehnt sie möglicherweise ab. Sie wurde gegen das v1.9-Schema geprüft, das Microsoft vorbereitet hat. Wenn der Agent nichts aus v1.9 braucht (Skill-Ordner), kann Ihr Entwickler v1.8 verwenden.
store-agent-schema-format = { $kind ->
    [plugin] das API-Plug-In-Format { $version }
    [agentic-user] das Format der Vorlage für agentische Benutzer
    [response-template] das Format der Antwortvorlage
   *[declarative-agent] das Format für deklarative Agents { $version }
}
store-agent-schema-newer = Die { $what } „{ $file }“ verwendet Format { $version }, das neuer ist als die Formate, die diese App kennt (bis { $newest }); sie wurde nicht gegen ihr Schema geprüft. Ein Update dieser App wird sie prüfen.
store-agent-schema-no-version = die Angabe fehlt
store-agent-schema-yours-quoted = Ihr Wert ist „{ $value }“
store-agent-schema-yours = Ihr Wert ist { $value }
store-agent-schema-version-missing = Die { $what } „{ $file }“ muss in `{ $field }` angeben, welchem Format sie folgt (z. B. „{ $newest }“); { $yours }. Ihr Entwickler muss das eintragen.
store-agent-text-hygiene-address = eine Webadresse ({ $address })
store-agent-text-hygiene-emoji = ein Emoji ({ $emoji })
store-agent-text-hygiene-hidden = ein verborgenes Zeichen ({ $code })
store-agent-text-hygiene-instructs = Wörter, die Copilot Anweisungen geben („{ $phrase }“)
store-agent-text-hygiene-in-file = Der Text bei „{ $place }“ in „{ $file }“
store-agent-text-hygiene-refused = { $place } enthält { $what }. Der Agent Store lehnt Webadressen, Emojis und verborgene Zeichen in den Beschreibungen und Anweisungen ab, die Copilot liest. Entfernen Sie es.
store-agent-text-hygiene-steers = { $place } enthält { $what }. Der Agent Store lehnt Beschreibungen ab, die das Modell zu steuern versuchen; wenn diese Wörter nur beschreiben, was die App tut, lassen Sie sie stehen.
store-agent-text-hygiene-joiner = { $place } enthält { $what }, ein Verbindungs- oder Richtungszeichen. Texte in Schriften wie Persisch oder Hindi brauchen solche Zeichen, daher kann das richtig sein; der Agent Store lehnt verborgene Zeichen ab, die keinem solchen Zweck dienen.
store-agent-urls-not-full = „{ $address }“ ist keine vollständige Webadresse; Copilot ruft die Dienste des Agents aus der Cloud auf und hat nichts, womit es die Adresse ergänzen könnte. Ihr Entwickler muss die ganze Adresse angeben, z. B. „https://api.contoso.com{ $path }“.
store-agent-urls-not-secure = „{ $address }“ ist keine sichere Adresse (https); Copilot ruft nur https-Adressen auf. Ihr Entwickler muss die https-Adresse des Dienstes verwenden.
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = die IP-Adresse { $ip }
store-agent-urls-own-computer = „{ $address }“ zeigt auf { $host }; das ist nur vom eigenen Computer oder Netzwerk des Entwicklers aus erreichbar, Copilot ruft die Adresse aber für jeden Benutzer aus der Cloud auf. Ihr Entwickler muss die Adresse verwenden, unter der der Dienst tatsächlich gehostet wird.
store-agent-urls-tunnel = „{ $address }“ ist ein Tunnel zum Testen auf dem eigenen Computer des Entwicklers; er funktioniert nicht mehr, sobald der Tunnel geschlossen wird. Ihr Entwickler muss die Adresse verwenden, unter der der Dienst tatsächlich gehostet wird.
store-api-message-extension-api-member = Nachrichtenerweiterung { $number } ist API-basiert, und eine API-basierte Nachrichtenerweiterung darf { $member ->
    [botId] keine Bot-ID (`botId`)
   *[other] kein `{ $member }`
} haben; der Upload-Dienst lehnt das ab. Entfernen Sie es.
store-api-message-extension-no-api-file = Nachrichtenerweiterung { $number } ist API-basiert, nennt aber ihre API-Beschreibung nicht (`apiSpecificationFile`); der Upload-Dienst lehnt das ab. Ihr Entwickler fügt die OpenAPI-Datei zum Paket hinzu und nennt sie dort.
store-api-message-extension-no-template = Befehl { $name } der API-basierten Nachrichtenerweiterung { $number } nennt nicht die Vorlage, die seine Ergebnisse anzeigt (`apiResponseRenderingTemplateFile`); der Upload-Dienst lehnt das ab. Ihr Entwickler fügt die Vorlage zum Paket hinzu und nennt sie dort.
store-api-message-extension-no-parameters = Befehl { $name } der API-basierten Nachrichtenerweiterung { $number } hat keine Parameter; der Upload-Dienst lehnt einen API-basierten Befehl ohne mindestens einen Parameter ab. Ihr Entwickler fügt die Parameter hinzu, die die API-Operation erwartet.
store-api-message-extension-extra-auth = Nachrichtenerweiterung { $number } meldet sich mit `{ $kind }` an, hat aber auch `{ $member }`, das zu einer anderen Anmeldeart gehört; der Upload-Dienst lehnt das ab. Entfernen Sie `{ $member }`, oder ändern Sie `authType`.
store-api-message-extension-no-registration = Nachrichtenerweiterung { $number } meldet sich mit einem API-Schlüssel an (`apiSecretServiceAuth`), nennt aber dessen Registrierung nicht (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`); der Upload-Dienst lehnt das ab. Ihr Entwickler registriert den Schlüssel im Entwicklerportal und trägt dort die Registrierungs-ID ein.
store-api-message-extension-no-entra = Nachrichtenerweiterung { $number } meldet sich mit Microsoft Entra an (`microsoftEntra`), hat aber keine `microsoftEntraConfiguration`; der Upload-Dienst lehnt das ab. Ihr Entwickler fügt sie mit "supportsSingleSignOn": true hinzu.
store-api-message-extension-no-sso = Nachrichtenerweiterung { $number } meldet sich mit Microsoft Entra an, was einmaliges Anmelden (SSO) erfordert: `supportsSingleSignOn` muss true sein, sonst lehnt der Upload-Dienst sie ab.
store-api-message-extension-bot-api-file = Nachrichtenerweiterung { $number } ist botbasiert, nennt aber eine API-Beschreibung (`apiSpecificationFile`); der Upload-Dienst lehnt das ab. Entfernen Sie sie, oder machen Sie die Erweiterung API-basiert ("composeExtensionType": "apiBased", ohne Bot).
store-api-message-extension-bot-template = Befehl { $command } der botbasierten Nachrichtenerweiterung { $number } nennt eine Ergebnisvorlage (`apiResponseRenderingTemplateFile`), die nur API-basierte Erweiterungen haben; der Upload-Dienst lehnt das ab. Entfernen Sie sie.
store-api-message-extension-method = Die Operation „{ $operation }“ der Nachrichtenerweiterung { $number } verwendet die HTTP-Methode { $method }; API-basierte Nachrichtenerweiterungen können nur GET- und POST-Operationen aufrufen, andere lehnt der Upload-Dienst ab.
store-api-message-extension-array-parameter = Der Parameter{ $named ->
    [yes] {" "}„{ $label }“
   *[no] {""}
} der Operation „{ $operation }“ (Nachrichtenerweiterung { $number }) ist eine Liste (`array`); API-basierte Nachrichtenerweiterungen können keine Listen senden, und der Upload-Dienst lehnt das ab.
store-api-message-extension-required-parameter = Der erforderliche Parameter{ $named ->
    [yes] {" "}„{ $label }“
   *[no] {""}
} der Operation „{ $operation }“ (Nachrichtenerweiterung { $number }) wird { $location } gesendet; API-basierte Nachrichtenerweiterungen können erforderliche Parameter nur im Pfad oder in der Abfrage (query) übergeben, andere lehnt der Upload-Dienst ab.
store-api-message-extension-no-location = ohne Angabe, wo (`in`)
store-api-message-extension-location = als { $location }-Parameter
store-api-message-extension-no-servers = Die API-Beschreibung „{ $file }“ der Nachrichtenerweiterung { $number } nennt keinen Server (`servers`) für ihre Operationen, daher weiß Teams nicht, wohin es sie senden soll; der Upload-Dienst lehnt das ab. Ihr Entwickler fügt die Adresse der API unter `servers` hinzu.
store-app-name-words-title = Der App-Name vermeidet Wörter, die die Store-Prüfung ablehnt
store-agent-store-copilot-agent = Copilot-Agent
store-agent-store-agent-action = Agent-Aktion
store-app-name-core-feature-starts = Der Kurzname „{ $name }“ beginnt mit „{ $feature }“, einer Teams-Funktion; der Store lehnt Namen ab, die mit einer Teams-Funktion beginnen, weil Benutzer die App sonst für einen Teil von Teams halten würden. Stellen Sie Ihren eigenen Namen an den Anfang, z. B. „{ $example }“.
store-app-name-words-product = { $what } enthält „{ $word }“. Der Store lehnt Namen ab, die auf Microsoft-Produkte verweisen (Microsoft Teams, Microsoft 365 Copilot), es sei denn, die App hat eine offizielle Partnerschaft mit Microsoft. Wenn „{ $word }“ hier etwas anderes bedeutet (z. B. Teams im Sinne von Personengruppen), können Sie es stehen lassen; wenn es das Microsoft-Produkt meint, benennen Sie die App um.
store-app-name-words-microsoft = { $what } enthält „{ $word }“. Der Store lehnt Namen ab, die auf Microsoft verweisen, es sei denn, die App hat eine offizielle Partnerschaft mit Microsoft; ohne eine solche benennen Sie die App um.
store-app-name-words-unfinished = { $what } enthält „{ $word }“. Der Store lehnt Namen ab, die die App als Test- oder Vorschauversion ausweisen; wenn dies die Version für alle ist, nehmen Sie das Wort heraus.
store-app-name-words-agent-name = Der Name in „{ $file }“ ({ $what })
store-bot-id-guid-not-guid = Die ID von { $list ->
    [bots] Bot
   *[composeExtensions] Nachrichtenerweiterung
} { $number } ist „{ $id }“, keine ID im GUID-Format; der Upload-Dienst lehnt das ab. Tragen Sie dort die ID der Botregistrierung ein (sie sieht aus wie „0b5c3d6e-1234-4abc-9def-00112233aabb“; Ihr Entwickler findet sie im Azure-Portal oder im Bot Framework-Portal).
store-bot-id-kept-changed = Bot { $number } hat eine neue ID („{ $new }“); der Bot der veröffentlichten Version ist „{ $old }“. Behalten Sie die ID des veröffentlichten Bots: Mit einer neuen ID gehen die Unterhaltungen verloren, die Benutzer mit dem Bot geführt haben, und der Store lehnt sie ab. Ihr Entwickler setzt die veröffentlichte ID wieder ein (und behält diese Botregistrierung).
store-cea-bot-id-not-a-bot = Der Agent mit benutzerdefinierter Engine nennt den Bot „{ $id }“, der keiner der Bots der App ist{ $bots ->
    [0] {" "}(die App hat keine)
   *[other] {""}
}. Der Agent Store verlangt, dass ein Agent mit benutzerdefinierter Engine der eigene Bot der App ist. Ihr Entwickler muss hier die ID des Bots verwenden.
store-channel-features-missing = Ihre App funktioniert in Teamkanälen, gibt aber nicht an, dass sie freigegebene und private Kanäle unterstützt. Fügen Sie "supportsChannelFeatures": "tier1" hinzu, sobald sie das tut, sonst blendet Teams sie dort möglicherweise aus.
store-bot-command-slash-starts = Der Botbefehl „{ $command }“ beginnt mit einem Schrägstrich. Teams fügt den Schrägstrich selbst hinzu, wenn Benutzer einen Befehl eingeben; entfernen Sie ihn aus dem Titel („{ $without }“).
store-bot-command-duplicate-repeated = Der Botbefehl „{ $command }“ kommt in derselben Befehlsliste mehrmals vor; der Store lehnt doppelte Befehle ab. Behalten Sie einen, oder geben Sie dem anderen einen eigenen Titel.
store-me-command-duplicate-repeated = Der Aktionsbefehl „{ $command }“ kommt in Nachrichtenerweiterung { $number } mehrmals vor; der Store lehnt doppelte Aktionsbefehle ab. Behalten Sie einen, oder geben Sie dem anderen einen eigenen Titel.
store-consequential-actions-changes-data = Die Operation { $operation } in „{ $file }“ ändert oder löscht Daten, ist aber als folgenlos markiert (x-openai-isConsequential: false), sodass Copilot sie ausführen würde, ohne den Benutzer zu fragen. Das lehnt der Agent Store ab. Ihr Entwickler muss die Markierung entfernen oder auf true setzen.
store-consequential-actions-post = Die Operation { $operation } in „{ $file }“ ist als folgenlos markiert (x-openai-isConsequential: false), daher führt Copilot sie aus, ohne den Benutzer zu fragen. Für eine Suche ist das richtig; wenn sie etwas erstellt oder sendet, lehnt der Agent Store das ab, und Ihr Entwickler muss die Markierung entfernen.
store-da-actions-none = Der Copilot-Agent in „{ $file }“ hat keine Aktionen (API-Plug-Ins). Der Agent Store verlangt, dass ein Agent seinen Hauptzweck über Aktionen erfüllt; ein Agent, der nur aus Wissensquellen antwortet, kann die Prüfung trotzdem bestehen. Wenn Ihr Agent ein solcher ist, schreiben Sie das in die Hinweise zur Zertifizierung.
store-da-graph-connectors-blank-listed = Der Copilot-Agent in „{ $file }“ nennt bestimmte Copilot-Connectors (Graph-Connectors). Ein Agent im Agent Store muss diese Liste leer lassen, damit er alle Connectors jeder Organisation nutzt, die ihn installiert. Ihr Entwickler muss die Verbindungen entfernen.
store-da-starters-count-outside = Der Copilot-Agent in „{ $file }“ hat { $count ->
    [0] keine
    [one] einen
   *[other] { $count }
} Konversationsstarter (die Promptvorschläge, die Benutzer beim Öffnen sehen). Der Agent Store verlangt 3 bis 6. Ihr Entwickler muss in der Agent-Datei { $fix ->
    [fewer] höchstens 6 behalten
   *[more] Starter hinzufügen, bis es mindestens 3 sind
}.
store-dashboard-cards-two-icons = Dashboardkarte { $number } gibt sowohl ein Bild (`iconUrl`) als auch ein benanntes Symbol (`officeUIFabricIconName`) an; der Upload-Dienst lehnt das ab. Behalten Sie eines der beiden.
store-dashboard-cards-same-id = Dashboardkarte { $number } hat dieselbe ID wie eine frühere Karte („{ $id }“); der Upload-Dienst lehnt das ab. Geben Sie jeder Karte eine eigene ID.
store-descriptions-short-is-name = Die Kurzbeschreibung ist nur der Name der App („{ $short }“), daher ist sie in der ausführlichen Beschreibung enthalten. Die Store-Prüfung verlangt eine Kurzbeschreibung, die in einem Satz sagt, was die App tut, und eine ausführliche Beschreibung, die mehr sagt.
store-descriptions-full-contains-short = Die ausführliche Beschreibung enthält die gesamte Kurzbeschreibung („{ $short }“). Die Store-Prüfung verlangt eine ausführliche Beschreibung, die mit eigenen Worten mehr sagt als die kurze.
store-descriptions-too-long = Die ausführliche Beschreibung hat { $count ->
    [one] 1 Wort
   *[other] { $count } Wörter
}; die Store-Prüfung verlangt höchstens 500.
store-https-urls-own-computer = { $field } zeigt auf { $advice }. Außerdem muss die Adresse mit https:// beginnen.
store-https-urls-not-secure = { $field } muss eine sichere Webadresse sein, die mit https:// beginnt, z. B. „{ $example }“; Ihr Wert ist „{ $value }“.
store-icon-color-not-png = Das { $icon ->
    [color32x32] kleine Farbsymbol
    [outline] Umrisssymbol
   *[color] Farbsymbol
} „{ $file }“ ist kein PNG-Bild. Speichern Sie es als PNG mit { $want } × { $want } Pixeln.
store-icon-color-size = Das { $icon ->
    [color32x32] kleine Farbsymbol
    [outline] Umrisssymbol
   *[color] Farbsymbol
} „{ $file }“ hat { $width } × { $height } Pixel; es muss genau { $want } × { $want } Pixel haben. Ändern Sie die Größe, und speichern Sie es erneut.
store-icon-outline-damaged = Das Umrisssymbol „{ $file }“ ist ein beschädigtes PNG-Bild. Speichern Sie es erneut als PNG.
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = { $color } mit { $opacity } % Deckkraft
store-icon-outline-not-white = Das Umrisssymbol „{ $file }“ muss weiß auf transparentem Hintergrund sein, aber das Pixel bei x { $x }, y { $y } (von oben links gezählt, ab 0) ist { $color }. Machen Sie jedes Pixel weiß oder vollständig transparent.
store-manifest-version-missing = Das Manifest hat kein Manifestformat (`manifestVersion`). Fügen Sie das Format hinzu, dem Ihr Manifest folgt, z. B. "manifestVersion": "1.17" (die Tools Ihres Entwicklers schreiben es), damit der Store weiß, nach welchen Regeln das Manifest geschrieben ist.
store-manifest-version-unknown = „{ $format }“ ist kein Manifestformat, das Microsoft veröffentlicht hat (das sind 1.0 bis 1.17, 1.19 bis { $newest } und devPreview). Setzen Sie `manifestVersion` auf das Format, dem Ihr Manifest folgt; bis dahin können seine Felder nicht gegen das offizielle Schema geprüft werden.
store-manifest-version-preview = Das Manifest verwendet das Format der Entwicklervorschau (devPreview). Vorschauformate sind zum Testen in Ihrer eigenen Organisation gedacht; der Store akzeptiert sie nicht. { $advice }
store-manifest-version-too-old = Das Manifest verwendet Format { $format }; der Store braucht Manifestformat 1.10 oder höher. { $advice }
store-manifest-version-not-text = Das Manifestformat (`manifestVersion`) muss ein Text in doppelten Anführungszeichen sein, z. B. "1.17"; Ihr Wert ist { $value }.
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = {" "}({ $list })
store-manifest-version-reason-list = { $list }; { $next }
store-manifest-version-needs = { $what } erfordert { $format }
store-manifest-version-not-below = Ihr Manifest entspricht nicht dem Schema von { $format }
store-manifest-version-member-at = `{ $member }` ({ $place })
store-manifest-version-lacking = das Fehlen von `{ $property }` in { $place }
store-manifest-version-move-to = Wechseln Sie zu Manifestformat { $format }, dem frühesten veröffentlichten Format, das alles enthält, was Ihr Manifest verwendet{ $reasons }: Setzen Sie `manifestVersion` auf „{ $format }“ und `{ $schema_field }` auf „{ $link }“.
store-manifest-version-move-at-least = Wechseln Sie zu einem veröffentlichten Manifestformat: mindestens { $format }, dem frühesten, dessen Schema jedes Feld der obersten Ebene kennt, das Ihr Manifest verwendet{ $reasons }. Das Manifest entspricht in seiner jetzigen Form noch keinem veröffentlichten Format, daher muss Ihr Entwickler auch korrigieren, was das Schema dieses Formats meldet.
store-manifest-version-unpublished = Ihr Manifest verwendet { $count ->
    [one] ein Feld, das
   *[other] Felder, die
} noch kein veröffentlichtes Format hat ({ $fields }); Funktionen, die noch in der Vorschau sind, können nicht veröffentlicht werden. Ihr Entwickler entfernt sie und stellt das Manifest dann auf ein veröffentlichtes Format um.
store-localization-tags-twice = Die Sprache „{ $language }“ ist unter den Übersetzungen zweimal aufgeführt; welche ihrer beiden Dateien Teams dann anzeigt, ist nicht festgelegt. Behalten Sie für jede Sprache einen Eintrag.
store-long-description-copilot-missing = Die ausführliche Beschreibung erwähnt Copilot nicht. Bei einer App mit Copilot-Agent verlangt der Agent Store, dass die ausführliche Beschreibung sagt, dass die App in Microsoft 365 Copilot funktioniert (z. B. „Contoso in Microsoft 365 Copilot“). Fügen Sie einen Satz hinzu, der das sagt.
store-long-description-copilot-wording = Die ausführliche Beschreibung erwähnt Copilot, aber nicht „Microsoft 365 Copilot“, die Formulierung aus dem Beispiel des Agent Store („Contoso in Microsoft 365 Copilot“). Andere Formulierungen können die Prüfung bestehen; erwägen Sie trotzdem, diese zu verwenden.
store-me-sample-prompts-too-few = Der Befehl{ $named ->
    [yes] {" "}„{ $name }“
   *[no] {""}
} der Nachrichtenerweiterung hat { $count ->
    [one] 1 Beispielprompt
   *[other] { $count } Beispielprompts
} (die Beispiele, die Copilot anzeigt). Der Agent Store verlangt mindestens 3. Ihr Entwickler muss Prompts hinzufügen, die zeigen, was der Befehl tut.
store-me-sample-prompts-shared = Der Beispielprompt „{ $prompt }“ des Befehls{ $named ->
    [yes] {" "}„{ $name }“
   *[no] {""}
} der Nachrichtenerweiterung ist auch ein Beispielprompt eines anderen Befehls. Der Agent Store verlangt, dass jeder Befehl eigene Prompts hat. Ihr Entwickler muss für diesen Befehl einen eigenen Prompt schreiben.
store-package-extra-files-unused = Das Paket enthält { $count ->
    [one] 1 Datei
   *[other] { $count } Dateien
}, die das Manifest nicht verwendet: { $files }. Der Store verlangt nur das Manifest und die Dateien, die es nennt; entfernen Sie die anderen.
store-package-files-holder = Die { $what } „{ $file }“
store-package-files-reference = { $holder } { $problem }
store-package-files-outside = nennt „{ $path }“, doch das ist keine Datei des Pakets (ein Paketpfad wird relativ zu der Datei geschrieben, die ihn nennt, mit normalen Schrägstrichen, und bleibt innerhalb des Pakets). Ihr Entwickler muss ihn korrigieren.
store-package-files-no-skill-folder = nennt den Skill-Ordner „{ $path }“, der nicht im Paket ist. Fügen Sie den Ordner hinzu, oder korrigieren Sie den Namen.
store-package-files-no-skill-file = nennt den Skill-Ordner „{ $path }“, der keine Datei SKILL.md enthält. Fügen Sie sie hinzu (der Name wird in Großbuchstaben geschrieben).
store-package-files-other-case = nennt „{ $path }“, aber das Paket enthält „{ $entry }“: Namen müssen genau übereinstimmen, auch in der Groß- und Kleinschreibung.
store-package-files-missing = nennt „{ $path }“, aber diese Datei ist nicht im Paket. Fügen Sie die Datei hinzu, oder korrigieren Sie den Namen.
store-package-files-leading-slash = „{ $path }“ beginnt mit /; geben Sie die Datei relativ zum Paket an, z. B. „color.png“.
store-package-files-backslash = „{ $path }“ verwendet einen umgekehrten Schrägstrich (\); Paketpfade verwenden normale Schrägstriche, z. B. „resources/color.png“.
store-package-files-parent = „{ $path }“ zeigt aus dem Paket heraus (..); legen Sie die Datei ins Paket, und geben Sie sie von dort aus an.
store-package-files-manifest-other-case = das Manifest nennt „{ $path }“, aber das Paket enthält „{ $entry }“: Namen müssen genau übereinstimmen, auch in der Groß- und Kleinschreibung.
store-package-files-manifest-missing = das Manifest nennt „{ $path }“, aber diese Datei ist nicht im Paket. Fügen Sie die Datei hinzu, oder korrigieren Sie den Namen.
store-package-files-in-field = { $field }: { $problem }
store-package-name-deprecated-unused = `packageName` wird ab Manifestformat 1.17 nicht mehr verwendet (Ihres ist { $format }); Sie können es entfernen.
store-package-size-too-large = Das App-Paket ist { $size } MB groß; die Upload-Dienste von Microsoft lehnen Pakete über 10 MB ab. Behalten Sie nur das Manifest, die Symbole und die Dateien, die es nennt.
store-required-texts-empty = { $field } ist leer. Der Store zeigt dieses Feld allen, die Ihre App finden: Füllen Sie es aus.
store-static-tab-names-reserved = Persönliche Registerkarte { $number } ist die reservierte Registerkarte „{ $entity }“, die Teams selbst benennt: Entfernen Sie ihren `name`.
store-static-tab-names-unnamed = Persönliche Registerkarte { $number } („{ $entity }“) hat keinen Namen. Geben Sie ihr den Namen, den Benutzer auf der Registerkarte sehen, z. B. „Aufgaben“.
store-valid-domains-domain = Gültige Domäne „{ $domain }“ { $problem }
store-valid-domains-web-address = ist eine Webadresse, keine Domäne: Geben Sie nur die Domäne an, z. B. „tasks.contoso.com“ (ohne https://, ohne Pfad).
store-valid-domains-own-computer = ist { $advice }.
store-valid-domains-too-wide = ist zu weit gefasst: Sie würde jede Website darunter abdecken. Geben Sie Ihre eigene Domäne an, z. B. „*.contoso.com“.
store-valid-domains-already-allowed = ist eine Microsoft-Domäne, die Teams bereits zulässt; entfernen Sie sie aus Ihrer Liste.
store-valid-domains-tunnel = ist ein Tunnel zum Testen auf Ihrem eigenen Computer; der Store lehnt das ab. Ersetzen Sie ihn durch die Domäne, unter der Ihre App tatsächlich gehostet wird.
store-valid-domains-sign-in = deckt den Anmeldedienst von Microsoft ab, eine Microsoft-Domäne, die alle Apps gemeinsam nutzen; der Store lehnt eine Wildcard dafür ab. Wenn die App sie für die Anmeldung braucht, gibt Ihr Entwickler stattdessen die genaue Adresse an, z. B. „{ $example }“, oder entfernt sie.
store-valid-domains-sharepoint-framework = deckt das SharePoint jeder Organisation ab; der Store lehnt eine Wildcard dafür ab. Die Seiten Ihrer App liegen auf der eigenen SharePoint-Website jedes Kunden (ihre Registerkartenadressen beginnen mit {"{"}teamSiteDomain{"}"}), wie bei Apps, die mit dem SharePoint Framework erstellt wurden; eine einzelne Website anzugeben, kann dafür also nicht funktionieren: Bitten Sie Ihren Entwickler, Microsofts Anleitung zum Veröffentlichen von SharePoint Framework-Lösungen zu folgen, die erklärt, wie eine solche App zu jedem Kunden gelangt: { $guide }
store-valid-domains-sharepoint = deckt das SharePoint jeder Organisation ab; der Store lehnt eine Wildcard dafür ab. Geben Sie Ihre eigene SharePoint-Website genau an, z. B. „contoso.sharepoint.com“.
store-valid-domains-shared-hosting = deckt eine Microsoft- oder Shared-Hosting-Domäne ab, auf der auch Websites anderer liegen. Geben Sie Ihre eigene Website genau an, z. B. „contoso-tasks.azurewebsites.net“.
store-valid-domains-bad-wildcard = hat eine Wildcard an der falschen Stelle: `*` muss ein ganzer Teil ganz links sein, z. B. „*.contoso.com“.
store-valid-domains-coverage-own-computer = { $field } zeigt auf { $advice }. Sobald sie ersetzt ist, stellen Sie sicher, dass die Domäne der neuen Adresse in Ihrer Liste gültiger Domänen steht.
store-valid-domains-coverage-not-listed = { $field } liegt auf { $host }, und diese Domäne steht nicht in Ihrer Liste gültiger Domänen. Teams lädt die Seite dann möglicherweise nicht: Fügen Sie „{ $host }“ zu validDomains hinzu.
store-version-major-zero = Version { $version } beginnt mit 0, und der Store akzeptiert keine Versionen 0.x.y. Beginnen Sie bei 1.0.0 (die nächste Version einer veröffentlichten App muss trotzdem höher sein als die veröffentlichte).

store-summary-template = Dies ist eine Vorlage: { $count ->
    [one] 1 Wert enthält
   *[other] { $count } Werte enthalten
} noch Platzhalter wie `{ $example }`. Prüfen Sie stattdessen das Paket, das Ihr Build erzeugt (z. B. appPackage/build/appPackage.dev.zip).{ $caused ->
    [0] {""}
    [one] {" "}1 weiteres Problem an diesen Platzhaltern stammt von ihnen und verschwindet mit echten Werten.
   *[other] {" "}{ $caused } weitere Probleme an diesen Platzhaltern stammen von ihnen und verschwinden mit echten Werten.
}
store-summary-none-found-in-format = Keine Store-Probleme gefunden (geprüft gegen das offizielle Format { $format } und die Regeln des Stores).
store-summary-none-found = Keine Store-Probleme gefunden (geprüft gegen die Regeln des Stores).
store-summary-refused = Der Store würde { $package ->
    [package] dieses Paket
   *[manifest] dieses Manifest
} ablehnen: { $count ->
    [one] 1 Problem
   *[other] { $count } Probleme
}.
store-summary-manifest-alone = Symbole und andere Paketdateien wurden nicht geprüft, weil nur eine manifest.json angegeben wurde. Öffnen Sie das .zip-App-Paket, um auch sie zu prüfen.
store-where-line-column = { $file }, Zeile { $line }, Spalte { $column }
store-where-file = { $file }
store-where-with-place = { $file } ({ $place })
store-own-computer-advice = „{ $host }“, { $tail }
store-own-computer-tail = eine Adresse auf dem eigenen Computer (oder im privaten Netzwerk) Ihres Entwicklers, die sonst niemand erreichen kann: Ersetzen Sie sie durch die Adresse, unter der die App gehostet wird

## Consent rules (src/rules/)
rule-addin-events-changed-title = Das Office-Add-In startet bei einem neuen Ereignis
rule-addin-events-changed-explanation = Ein Office-Add-In, das von selbst bei einem Ereignis startet, auf das es vorher nicht reagiert hat, muss vom Administrator, der es bereitgestellt hat, erneut genehmigt werden; bis dahin können die Personen in dieser Organisation das aktualisierte Add-In nicht verwenden. Wir verstehen Microsofts „vom Add-In unterstützte Ereignisse“ als die Ereignistypen, die es starten; welche Funktion ein Ereignis behandelt und wie Outlook darauf reagiert, steht nur unter „Was sich geändert hat“.
rule-addin-office-apps-changed-title = Das Office-Add-In läuft in einer weiteren Office-Anwendung
rule-addin-office-apps-changed-explanation = Ein Office-Add-In, das in einer weiteren Office-Anwendung (Outlook, Excel, Word, PowerPoint) zu laufen beginnt, muss vom Administrator, der es bereitgestellt hat, erneut genehmigt werden; bis dahin können die Personen in dieser Organisation das aktualisierte Add-In nicht verwenden. Microsofts Leitfaden zu Updates führt diese Änderung auf.
rule-bot-added-or-removed-title = Ein Bot wurde hinzugefügt oder entfernt
rule-bot-added-or-removed-explanation = Ein Bot ist der Teil einer App, der mit Personen chattet; wird einer hinzugefügt oder entfernt, ändert sich, was die App kann, daher fordert Teams jeden Benutzer auf, der App erneut zuzustimmen.
rule-bot-calling-or-video-changed-title = Die Anruf- oder Videounterstützung eines Bots hat sich geändert
rule-bot-calling-or-video-changed-explanation = Ob ein Bot an Audio- oder Videoanrufen teilnehmen kann, ist eine Berechtigung, der Benutzer zustimmen; ändert sich das, fordert Teams jeden Benutzer auf, der App erneut zuzustimmen.
rule-bot-id-changed-title = Die ID eines Bots hat sich geändert
rule-bot-id-changed-explanation = Die Bot-ID sagt Teams, mit welchem registrierten Botdienst die App kommuniziert; eine neue ID bedeutet einen anderen Bot, daher fordert Teams jeden Benutzer auf, der App erneut zuzustimmen.
rule-bot-notification-only-changed-title = Die Einstellung „Nur Benachrichtigungen“ eines Bots hat sich geändert
rule-bot-notification-only-changed-explanation = Ein Bot nur für Benachrichtigungen kann Nachrichten senden, aber nicht empfangen; wird das umgestellt, ändert sich, was der Bot kann, daher fordert Teams jeden Benutzer auf, der App erneut zuzustimmen.
rule-bot-supports-files-changed-title = Die Dateifreigabe-Einstellung eines Bots hat sich geändert
rule-bot-supports-files-changed-explanation = Mit dieser Einstellung kann ein Bot in Chats Dateien senden und empfangen; ändert sie sich, ändert sich auch, worauf der Bot zugreifen kann, daher fordert Teams jeden Benutzer auf, der App erneut zuzustimmen.
rule-channel-tab-added-title = Eine Kanal- oder Gruppenregisterkarte wurde hinzugefügt
rule-channel-tab-added-explanation = Mit einer Kanal- oder Gruppenregisterkarte kann ein Team oder Gruppenchat eine Seite Ihrer App anheften; wird eine hinzugefügt, fordert Teams jeden Benutzer auf, der App erneut zuzustimmen.
rule-connector-added-title = Ein Connector wurde hinzugefügt
rule-connector-added-explanation = Ein Connector stellt Updates aus einem anderen Dienst in einen Teams-Kanal; bei einem neuen Connector fordert Teams jeden Benutzer auf, der App erneut zuzustimmen.
rule-message-extension-added-or-removed-title = Eine Nachrichtenerweiterung wurde hinzugefügt oder entfernt
rule-message-extension-added-or-removed-explanation = Eine Nachrichtenerweiterung ergänzt das Feld, in dem Personen Nachrichten schreiben, um Such- oder Aktionsbefehle; wird eine hinzugefügt oder entfernt, fordert Teams jeden Benutzer auf, der App erneut zuzustimmen.
rule-personal-tab-added-title = Eine persönliche Registerkarte wurde hinzugefügt
rule-personal-tab-added-explanation = Eine persönliche Registerkarte ist eine Seite Ihrer App im eigenen Bereich jedes Benutzers in Teams; wird eine hinzugefügt, fordert Teams jeden Benutzer auf, der App erneut zuzustimmen.
rule-rsc-permissions-changed-title = Berechtigungen für Team- oder Chatdaten haben sich geändert (RSC)
rule-rsc-permissions-changed-explanation = Mit Berechtigungen für ressourcenspezifische Zustimmung (RSC) kann Ihre App Daten der Teams, Chats oder Besprechungen lesen oder ändern, denen sie hinzugefügt wurde; ändern sie sich, fordert Teams die Benutzer auf, der App erneut zuzustimmen.
rule-web-application-info-changed-title = Die Anmeldeeinstellungen haben sich geändert (webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo nennt die Microsoft Entra-App, mit der Ihre App Benutzer anmeldet, und damit, auf welche Daten sie zugreifen kann; ändert sich das, fordert Teams jeden Benutzer auf, der App erneut zuzustimmen.
rule-source-publishing-docs = Microsofts Leitfaden zum Aktualisieren einer veröffentlichten App
rule-source-admin-docs = Microsofts Dokumentation zur Teams-Verwaltung
rule-source-office-addin-docs = Microsofts Leitfaden zum Aktualisieren eines Office-Add-Ins
rule-bot-setting-turned = Die Einstellung „{ $setting }“ des Bots wurde { $now ->
    [on] aktiviert
   *[off] deaktiviert
} (vorher { $was ->
    [on] aktiviert
   *[off] deaktiviert
})
rule-bot-setting-turned-developer = Bot `{ $bot }`: { $setting } ({ $field }) { $now ->
    [on] aktiviert
   *[off] deaktiviert
} (vorher { $was ->
    [on] aktiviert
   *[off] deaktiviert
})
rule-bot-setting-audio-calls = Audioanrufe
rule-bot-setting-video = Video
rule-bot-setting-notifications-only = Nur Benachrichtigungen
rule-bot-setting-file-sharing = Dateifreigabe
rule-bot-removed = Ein Bot wurde entfernt
rule-bot-removed-developer = Bot `{ $bot }` wurde entfernt
rule-bot-added = Ein Bot wurde hinzugefügt
rule-bot-added-developer = Bot `{ $bot }` wurde hinzugefügt
rule-bot-id-changed-evidence = Der Bot hat jetzt eine andere ID, daher sieht Teams ihn als einen anderen Bot
rule-bot-id-changed-developer = Bot-ID geändert von `{ $old }` in `{ $new }`
rule-channel-tab-added-evidence = Eine Registerkarte, die Teams und Gruppenchats anheften können, wurde hinzugefügt
rule-channel-tab-added-developer = Die neue Version hat { $new ->
    [one] 1 Kanal-/Gruppenregisterkarte
   *[other] { $new } Kanal-/Gruppenregisterkarten
} (configurableTabs); die veröffentlichte hat { $old }
rule-connector-added-evidence = Ein Connector wurde hinzugefügt
rule-connector-added-developer = Connector `{ $connector }` wurde hinzugefügt
rule-message-extension-removed = Eine Nachrichtenerweiterung wurde entfernt{ $count ->
    [0] {""}
    [one] {" "}(Befehl { $commands })
   *[other] {" "}(Befehle { $commands })
}
rule-message-extension-removed-developer = Nachrichtenerweiterung `{ $extension }` wurde entfernt
rule-message-extension-added = Eine Nachrichtenerweiterung wurde hinzugefügt{ $count ->
    [0] {""}
    [one] {" "}(Befehl { $commands })
   *[other] {" "}(Befehle { $commands })
}
rule-message-extension-added-developer = Nachrichtenerweiterung `{ $extension }` wurde hinzugefügt
rule-personal-tab-added-named = Die persönliche Registerkarte { $name } wurde hinzugefügt
rule-personal-tab-added-unnamed = Eine persönliche Registerkarte wurde hinzugefügt
rule-personal-tab-added-developer = Persönliche Registerkarte `{ $tab }` wurde hinzugefügt
rule-rsc-permission-removed = Die App fordert die Berechtigung { $permission } nicht mehr an{ $kind ->
    [Application] {" "}(für die App selbst)
    [Delegated] {" "}(im Namen des angemeldeten Benutzers)
   *[other] {""}
}
rule-rsc-permission-removed-developer = Berechtigung `{ $permission }` ({ $kind }) wurde entfernt
rule-rsc-permission-added = Die App fordert jetzt die Berechtigung { $permission } an{ $kind ->
    [Application] {" "}(für die App selbst)
    [Delegated] {" "}(im Namen des angemeldeten Benutzers)
   *[other] {""}
}
rule-rsc-permission-added-developer = Berechtigung `{ $permission }` ({ $kind }) wurde hinzugefügt
rule-sign-in-added = Anmeldeeinstellungen wurden hinzugefügt: Die App meldet Benutzer jetzt mit einer Microsoft Entra-App an
rule-sign-in-added-developer = Anmeldeeinstellungen (webApplicationInfo) wurden hinzugefügt
rule-sign-in-removed = Die Anmeldeeinstellungen wurden entfernt
rule-sign-in-removed-developer = Anmeldeeinstellungen (webApplicationInfo) wurden entfernt
rule-sign-in-changed = Die Anmeldeeinstellungen haben sich geändert
rule-sign-in-changed-developer = Anmeldeeinstellungen (webApplicationInfo) haben sich geändert
rule-sign-in-setting-changed = Die Anmeldeeinstellungen haben sich geändert: { $setting }
rule-sign-in-setting-changed-developer = Anmeldeeinstellungen: webApplicationInfo.{ $key } geändert von { $old } in { $new }
rule-sign-in-value-none = (keine)
rule-sign-in-setting-id = die Microsoft Entra-App, mit der sich Benutzer anmelden
rule-sign-in-setting-resource = die Adresse der Ressource, bei der sich Benutzer anmelden
rule-sign-in-setting-application-permissions = die Berechtigungen, die die App für sich selbst hat
rule-sign-in-setting-other = eine Anmeldeeinstellung

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = die gesamte Datei
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry } „{ $name }“
place-number = { $number }
change-line = { $kind ->
    [added] Hinzugefügt
    [removed] Entfernt
   *[changed] Geändert
}: { $subject }
change-line-detail = { $kind ->
    [added] Hinzugefügt
    [removed] Entfernt
   *[changed] Geändert
}: { $subject } – { $detail }
change-told = { $subject }
change-told-detail = { $subject }: { $detail }
change-nothing = (nichts)
change-quoted = „{ $text }“

change-was = war { $old }
change-was-now = war { $old }, jetzt { $new }
change-same-entries-reordered = dieselben Einträge in anderer Reihenfolge
change-file = Datei { $name }
change-file-new-content = neuer Inhalt, weiterhin { $size }
change-bytes = { $count ->
    [one] { $count } Byte
   *[other] { $count } Byte
}
change-value-empty = leer
change-value-on = ein
change-value-off = aus
change-empty-list = eine leere Liste
change-entries = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}
change-entries-named = { $entries }: { $names }
change-settings = { $count ->
    [one] { $count } Einstellung ({ $keys })
   *[other] { $count } Einstellungen ({ $keys })
}
change-scope-personal = persönliche Chats
change-scope-team = Teams
change-scope-group-chat = Gruppenchats
change-scope-copilot = Copilot
change-and = { $head } und { $last }
change-permissions = { $count ->
    [one] Berechtigung { $names }
   *[other] Berechtigungen { $names }
}
change-device-permissions = { $count ->
    [one] Geräteberechtigung { $names }
   *[other] Geräteberechtigungen { $names }
}
change-valid-domains = Gültige Domänen { $names }
change-permission = Berechtigung { $name }
change-permission-typed = Berechtigung { $name } ({ $kind })
change-device-permission = Geräteberechtigung { $name }
change-valid-domain = Gültige Domäne { $name }
change-bot = Bot
change-bot-for = Bot für { $scopes }
change-personal-tab = Persönliche Registerkarte
change-personal-tab-named = Persönliche Registerkarte „{ $name }“
change-channel-tab = Kanal-/Gruppenregisterkarte
change-channel-tab-at = Kanal-/Gruppenregisterkarte, eingerichtet unter { $url }
change-connector = Connector
change-connector-for = Connector für { $scopes }
change-message-extension = Nachrichtenerweiterung
change-message-extension-commands = { $count ->
    [one] Nachrichtenerweiterung mit { $count } Befehl: { $titles }
   *[other] Nachrichtenerweiterung mit { $count } Befehlen: { $titles }
}
change-sign-in = Anmeldeeinstellungen
change-sign-in-app = Anmeldeeinstellungen für die Microsoft Entra-App { $id }
change-sign-in-app-resource = Anmeldeeinstellungen für die Microsoft Entra-App { $id } (Ressource { $resource })
change-area-identity = App-ID und Version
change-area-listing = Name, Beschreibungen und Symbole
change-area-capability = Was die App kann
change-area-agent = Copilot-Agent
change-area-other = Weitere Einstellungen
change-area-package-file = Dateien im App-Paket
addin-comma-list = { $first }, { $rest }
addin-event-new-message-compose-created = eine neue Nachricht erstellt wird
addin-event-new-appointment-organizer-created = eine neue Besprechungseinladung erstellt wird
addin-event-message-attachments-changed = einer Nachricht Anlagen hinzugefügt oder daraus entfernt werden
addin-event-appointment-attachments-changed = einer Besprechungseinladung Anlagen hinzugefügt oder daraus entfernt werden
addin-event-message-recipients-changed = sich die Empfänger einer Nachricht ändern
addin-event-appointment-attendees-changed = sich die Teilnehmer einer Besprechung ändern
addin-event-appointment-time-changed = sich Datum oder Uhrzeit einer Besprechung ändern
addin-event-appointment-recurrence-changed = sich das Serienmuster einer Besprechung ändert
addin-event-info-bar-dismiss-clicked = jemand eine Benachrichtigung des Add-Ins schließt
addin-event-message-sending = eine Nachricht gesendet wird
addin-event-appointment-sending = eine Besprechungseinladung gesendet wird
addin-event-message-compose-opened = ein Nachrichtenentwurf geöffnet wird
addin-event-appointment-organizer-opened = der Entwurf einer Besprechungseinladung geöffnet wird
addin-event-message-from-changed = sich der Absender einer Nachricht ändert
addin-event-appointment-from-changed = sich der Organisator einer Besprechung ändert
addin-event-message-read-with-custom-header = eine Nachricht mit einem benutzerdefinierten Header gelesen wird
addin-event-message-read-with-custom-attachment = eine Nachricht mit einer benutzerdefinierten Anlage gelesen wird
addin-event-spam-reporting = jemand eine Nachricht als Junk meldet
addin-event-document-opened = ein Dokument geöffnet wird
addin-event-other = das Ereignis „{ $kind }“ eintritt
addin-added = Office-Add-In hinzugefügt
addin-added-runs-in = Office-Add-In hinzugefügt: läuft in { $applications }
addin-added-developer = Office-Add-In (`extensions`) hinzugefügt, für { $scopes }
addin-added-developer-no-application = Office-Add-In (`extensions`) hinzugefügt, für keine Anwendung
addin-no-longer-limited-named = Das Add-In ist nicht mehr auf die Anwendungen beschränkt, die es genannt hat
addin-no-longer-limited = Das Add-In ist nicht mehr auf { $applications } beschränkt
addin-no-longer-limited-developer = `{ $path }` entfernt: Die Erweiterung kann in jeder Office-Anwendung installiert werden
addin-application-removed = Das Add-In läuft nicht mehr in { $application }
addin-application-removed-developer = Anwendung `{ $scope }` entfernt (war unter `{ $path }`)
addin-application-added = Das Add-In läuft jetzt auch in { $application }
addin-application-added-developer = Anwendung `{ $scope }` unter `{ $path }` hinzugefügt
addin-event-removed = Das Add-In startet nicht mehr, wenn { $event }
addin-event-removed-developer = Ereignis `{ $kind }` entfernt (war unter `{ $path }`)
addin-event-added = Das Add-In startet jetzt von selbst, wenn { $event }
addin-event-added-developer = Ereignis `{ $kind }` unter `{ $path }` hinzugefügt
addin-send-mode-prompt-user = den Benutzer fragen
addin-send-mode-soft-block = das Senden blockieren, außer wenn das Add-In nicht verfügbar ist
addin-send-mode-block = das Senden blockieren
addin-send-mode-other = den Sendemodus „{ $mode }“ verwenden
addin-send-mode-none = keine Angabe
addin-when-message-sending = eine Nachricht gesendet wird
addin-when-appointment-sending = eine Besprechungseinladung gesendet wird
addin-option-absent = nicht vorhanden
addin-send-mode-changed = Wenn { $event }, verhält sich das Add-In jetzt so: { $now } (vorher: { $was })
addin-send-mode-changed-developer = Ereignis `{ $kind }`: `options.sendMode` jetzt { $now } (vorher { $was })
addin-header-none = keiner
addin-header-changed = Wenn { $event }, sucht das Add-In jetzt nach diesem Header: { $now } (vorher: { $was })
addin-header-changed-developer = Ereignis `{ $kind }`: `options.headerName` jetzt { $now } (vorher { $was })
addin-context-mail-read = Lesen von E-Mails
addin-context-mail-compose = Verfassen von E-Mails
addin-context-meeting-organizer = Organisieren einer Besprechung
addin-context-meeting-attendee = Teilnahme an einer Besprechung
addin-context-document = Dokument
addin-control-button = Schaltfläche
addin-control-menu = Menü
addin-control-menu-item = Menüeintrag
addin-on-ribbon = Menüband
addin-on-context-menu = Kontextmenü
addin-entry-point-cell = Zelle
addin-entry-point-text = markierter Text
addin-where-context = { $place } ({ $context })
addin-control-removed = { $what } „{ $label }“ aus dem { $place } entfernt
addin-control-removed-developer = Steuerelement `{ $id }` entfernt (war unter `{ $path }`)
addin-control-renamed = { $what } „{ $old }“ im { $place } in „{ $new }“ umbenannt
addin-control-renamed-developer = Steuerelement `{ $id }`: `label` geändert
addin-control-added = { $what } „{ $label }“ zum { $place } hinzugefügt
addin-control-added-developer = Steuerelement `{ $id }` unter `{ $path }` hinzugefügt
addin-set-version = { $name } { $version }
addin-no-version = keine Version
addin-needs-removed = Das Add-In benötigt { $set } nicht mehr
addin-needs-removed-developer = Anforderungssatz `{ $set }` entfernt
addin-needs-changed = Das Add-In benötigt jetzt { $set } (vorher { $was })
addin-needs-changed-developer = Anforderungssatz `{ $set }`: `minVersion` jetzt { $now } (vorher { $was })
addin-needs-added = Das Add-In benötigt jetzt { $set }
addin-needs-added-developer = Anforderungssatz `{ $set }` hinzugefügt
addin-form-factor-mobile = Mobilgeräten
addin-form-factor-desktop = Desktopcomputern
addin-form-factor-removed = Das Add-In läuft nicht mehr auf { $factor }
addin-form-factor-removed-developer = Formfaktor `{ $factor }` entfernt
addin-form-factor-added = Das Add-In läuft jetzt auch auf { $factor }
addin-form-factor-added-developer = Formfaktor `{ $factor }` hinzugefügt
addin-pages-no-longer = Die Seiten des Add-Ins kommen nicht mehr von { $hosts }
addin-pages-now = Die Seiten des Add-Ins kommen jetzt von { $hosts }
addin-pages-changed = Die Seiten des Add-Ins kommen jetzt von { $hosts } (vorher { $was })
addin-pages-developer = Hosts von `runtimes[].code` jetzt { $hosts } (vorher { $was })
addin-shortcut = Tastenkombination { $keys }
addin-shortcut-action = Tastenkombination { $keys } („{ $action }“)
addin-get-started-message = Einstiegsnachricht „{ $title }“
addin-custom-function = Benutzerdefinierte Funktion „{ $name }“
addin-named-removed = { $thing } entfernt
addin-named-removed-developer = `{ $path }` entfernt
addin-named-added = { $thing } hinzugefügt
addin-named-added-developer = `{ $path }` hinzugefügt
addin-removed = Office-Add-In entfernt
addin-removed-developer = Office-Add-In (`extensions`) entfernt
addin-other-settings = Office-Add-In: { $count ->
    [one] { $count } weitere Einstellung
   *[other] { $count } weitere Einstellungen
} geändert
addin-other-changes-developer = { $count ->
    [one] { $count } weitere Änderung
   *[other] { $count } weitere Änderungen
} unter `{ $path }`
addin-extensions-changed-developer = `extensions` geändert
addin-extensions-changed-no-addin-developer = `extensions` geändert (auf keiner der beiden Seiten ein Office-Add-In)
place-label-app-id = App-ID
place-label-version = Version
place-label-manifest-format-version = Version des Manifestformats
place-label-manifest-schema-link = Schemalink des Manifests
place-label-app-name = App-Name
place-label-description = Beschreibung
place-label-developer-details = Entwicklerangaben
place-label-icons = Symbole
place-label-accent-color = Akzentfarbe
place-label-translations = Übersetzungen
place-label-package-name = Paketname
place-label-short-name = Kurzname
place-label-full-name = Vollständiger Name
place-label-short-description = Kurzbeschreibung
place-label-full-description = Ausführliche Beschreibung
place-label-developer-name = Entwicklername
place-label-color-icon = Farbsymbol
place-label-outline-icon = Umrisssymbol
place-label-bot = Bot
place-label-bots = Bots
place-label-message-extension = Nachrichtenerweiterung
place-label-message-extensions = Nachrichtenerweiterungen
place-label-connector = Connector
place-label-connectors = Connectors
place-label-personal-tab = Persönliche Registerkarte
place-label-personal-tabs = Persönliche Registerkarten
place-label-channel-group-tab = Kanal-/Gruppenregisterkarte
place-label-channel-and-group-tabs = Kanal- und Gruppenregisterkarten
place-label-sign-in-settings = Anmeldeeinstellungen
place-label-team-and-chat-data-permissions = Berechtigungen für Team- und Chatdaten
place-label-permission = Berechtigung
place-label-permissions = Berechtigungen
place-label-device-permission = Geräteberechtigung
place-label-device-permissions = Geräteberechtigungen
place-label-valid-domain = Gültige Domäne
place-label-valid-domains = Gültige Domänen
place-label-meeting-extension = Besprechungserweiterung
place-label-activity-feed-notifications = Aktivitätsfeed-Benachrichtigungen
place-label-copilot-agents = Copilot-Agents
place-label-copilot-extensions = Copilot-Erweiterungen
place-label-agent-connector = Agent-Connector
place-label-agent-connectors = Agent-Connectors
place-label-agent-skill = Agent-Skill
place-label-agent-skills = Agent-Skills
place-label-agentic-user-template = Vorlage für agentische Benutzer
place-label-agentic-user-templates = Vorlagen für agentische Benutzer
place-label-extension = Erweiterung
place-label-outlook-and-office-extensions = Outlook- und Office-Erweiterungen
place-label-dashboard-card = Dashboardkarte
place-label-dashboard-cards = Dashboardkarten
place-label-graph-connector = Graph-Connector
place-label-supported-channel-types = Unterstützte Kanaltypen
place-label-default-install-scope = Standard-Installationsbereich
place-label-default-group-capability = Standardfunktion für Gruppen
place-label-command = Befehl
place-label-commands = Befehle
place-label-language = Sprache
place-label-languages = Sprachen
place-label-activity-type = Aktivitätstyp
place-label-activity-types = Aktivitätstypen
place-label-declarative-agent = Deklarativer Agent
place-label-declarative-agents = Deklarative Agents
place-label-parameter = Parameter
place-label-parameters = Parameter
place-label-command-list = Befehlsliste
place-label-command-lists = Befehlslisten
place-label-file-sharing = Dateifreigabe
place-label-notifications-only = Nur Benachrichtigungen
place-label-audio-calls = Audioanrufe
place-label-video = Video
place-label-page-address = Seitenadresse
place-label-website-address = Websiteadresse

place-label-setup-page-address = Adresse der Konfigurationsseite
place-label-search-address = Suchadresse
place-label-privacy-statement-address = Adresse der Datenschutzerklärung
place-label-terms-of-use-address = Adresse der Nutzungsbedingungen
place-label-partner-network-id = Partner Network-ID
place-label-bot-id = Bot-ID
place-label-tab-id = Registerkarten-ID
place-label-connector-id = Connector-ID
place-label-color-icon-setting = Farbsymbol
place-label-outline-icon-setting = Umrisssymbol
place-label-resource-address = Ressourcenadresse
place-label-settings-can-be-changed = Einstellungen können geändert werden
place-label-id = ID
place-extension-number = Nummer { $number } in der Liste
input-manifest-field-problem = Feld `{ $field }`: { $problem }
input-manifest-not-object = ein Manifest muss ein JSON-Objekt sein (beginnend mit `{"{"}`), aber diese Datei ist { $value }
input-manifest-not-list = muss eine Liste sein (`[ ... ]`), ist aber { $value }
input-manifest-permission-not-object = jede Berechtigung muss ein Objekt mit `name` und `type` sein, aber diese ist { $value }
input-manifest-not-object-field = muss ein Objekt sein (`{"{"} ... {"}"}`), ist aber { $value }
input-manifest-entry-not-object = jeder Eintrag muss ein Objekt sein (`{"{"} ... {"}"}`), aber dieser ist { $value }
input-manifest-missing = fehlt; dieses Feld ist erforderlich
input-manifest-not-text = muss Text in doppelten Anführungszeichen sein, ist aber { $value }
input-manifest-not-true-or-false = muss true oder false sein (ohne Anführungszeichen), ist aber { $value }
input-value-null = null (leer)
input-value-true-or-false = { $value } (ein Wahrheitswert)
input-value-number = die Zahl { $number }
input-value-text = der Text „{ $text }“
input-value-text-shortened = der Text „{ $text }…“
input-value-list = eine Liste (`[ ... ]`)
input-value-object = ein Objekt (`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}und { $more } weitere
}
agent-value = { $value }
agent-quoted = „{ $text }“
agent-none = keine
agent-and = { $head } und { $last }
agent-from-to = von { $old } zu { $new }
agent-was = war { $old }
agent-were = waren { $old }
agent-characters = { $count ->
    [one] { $formatted } Zeichen
   *[other] { $formatted } Zeichen
}
agent-new-wording = neuer Wortlaut, weiterhin { $characters }
agent-it-calls = ruft { $host } auf
agent-folder = Ordner { $folder }
agent-key-schema = Schemalink
agent-capability-web-search = Websuche
agent-capability-graphic-art = Bildgenerierung
agent-capability-code-interpreter = Codeinterpreter
agent-capability-onedrive-sharepoint = SharePoint- und OneDrive-Dateien
agent-capability-graph-connectors = Copilot-Connectors
agent-capability-teams-messages = Teams-Nachrichten
agent-capability-email = E-Mail
agent-capability-email-actions = E-Mail-Aktionen
agent-capability-people = Personen
agent-capability-meetings = Besprechungen
agent-capability-meeting-actions = Besprechungsaktionen
agent-capability-embedded-knowledge = Dateien im Paket
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = Szenariomodelle
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = API-Schlüssel
agent-sign-in-dynamic-registration = OAuth mit dynamischer Clientregistrierung
agent-sign-in-key-vault = ein Schlüssel in Azure Key Vault
agent-sign-in-reference = { $kind } (Referenz-ID { $id })
agent-agent = Agent { $name }
agent-action = Aktion { $name }
agent-an-action = eine Aktion
agent-copilot-extension = Copilot-Erweiterung der App
agent-connector = Agent-Connector { $name }
agent-custom-engine = Agent mit benutzerdefinierter Engine
agent-agentic-user-template = Vorlage für agentische Benutzer { $name }
agent-api-of = API von { $label }
agent-file-agent = Agent in { $file }
agent-file-action = Aktion in { $file }
agent-file-api = API-Beschreibung { $file }
agent-file-tools = MCP-Toolliste { $file }
agent-file-card = Kartenvorlage { $file }
agent-file-response-template = Antwortvorlage { $file }
agent-file-agentic-user-template = Vorlage für agentische Benutzer in { $file }
agent-setting-name = Name
agent-setting-description = Beschreibung
agent-setting-disclaimer = Haftungsausschluss
agent-thing-skill = ein Skill
agent-thing-starter = ein Konversationsstarter
agent-thing-tool = ein Tool
agent-thing-mcp-server = ein MCP-Server
agent-thing-local-runtime = eine Laufzeit auf dem Gerät des Benutzers
agent-thing-api = eine API
agent-added-to = { $what } zu { $label }
agent-removed-from = { $what } aus { $label }
agent-setting-of = { $what } von { $label }
agent-setting-added = { $what } für { $label }
agent-file-of = Datei von { $label }
agent-format-of = Formatversion von { $label }
agent-other-settings-of = weitere Einstellungen von { $label }
agent-other-details-of = weitere Details von { $label }
agent-copilot-added = ein Copilot-{ $label }
agent-copilot-removed = der Copilot-{ $label }
agent-declared-how = wie das Manifest { $label } deklariert
agent-declared-from-preview = von der Vorschauform (Copilot-Erweiterungen) zu Copilot-Agents
agent-custom-engine-added = ein Agent mit benutzerdefinierter Engine (er antwortet über den Bot der App)
agent-connector-added = ein { $label }
agent-connector-removed = der { $label }
agent-mcp-server-of = MCP-Server von { $label }
agent-sign-in-of = Anmeldung von { $label }
agent-sign-in-of-host = Anmeldung von { $label } für { $host }
agent-sign-in-of-number = Anmeldung von { $label } ({ $number })
agent-skill = ein Agent-Skill
agent-skill-in-folder = Agent-Skill im Ordner { $folder }
agent-agentic-user-template-added = eine Vorlage für agentische Benutzer { $name }
agent-instructions-of = Anweisungen von { $label }
agent-capability-from = eine Fähigkeit aus { $label }
agent-capability-to = eine Fähigkeit zu { $label }
agent-capability-settings-of = Einstellungen für { $capability } von { $label }
agent-starter-of = Konversationsstarter { $starter } von { $label }
agent-worker-from = ein Worker-Agent aus { $label }
agent-worker-to = ein Worker-Agent zu { $label }
agent-action-from = eine Aktion aus { $label }
agent-action-to = eine Aktion zu { $label }
agent-function = { $name } ({ $description })
agent-function-from = eine Funktion aus { $label }
agent-function-to = eine Funktion zu { $label }
agent-function-of = Funktion { $name } von { $label }
agent-server-of = Server von { $label }
agent-servers-of = Server von { $label }
agent-operation = { $operation } ({ $id })
agent-operation-from = eine Operation aus { $label }
agent-operation-to = eine Operation zu { $label }
agent-operations-changed = { $count ->
    [one] Details einer Operation von { $label }
   *[other] Details von Operationen von { $label }
}
agent-tool-descriptions-of = Toolbeschreibungen von { $label }
agent-note-sign-in = Benutzer werden aufgefordert, sich bei { $host } anzumelden, wenn der Agent zum ersten Mal darauf zugreift.
agent-note-action-service = dem Dienst hinter der Aktion „{ $name }“
agent-note-new-host = Der Agent sendet jetzt Anfragen an { $host }.
agent-note-converted = Ihr deklarativer Agent ist jetzt ein Agent mit benutzerdefinierter Engine: Benutzer werden aufgefordert, den neuen Agent zu prüfen und ihm zuzustimmen, und müssen ihn erneut anheften.
agent-note-admin-approval = Wo eine Organisation Ihre App über ihr Admin Center bereitstellt, genehmigt ein Administrator jedes Update, bevor die Benutzer es erhalten.
agent-note-source-sign-in = Microsofts Seite zur Anmeldung für Agent-Aktionen
agent-note-source-converted = Microsofts Seite zum Umwandeln eines Agents
agent-note-source-admin-approval = Microsoft 365-Nachrichtencenter, MC1041454
agent-note-source-actions = Microsofts Seite zu Agent-Aktionen
agent-kind-agent = Copilot-Agent-Datei
agent-kind-plugin = Agent-Aktionsdatei (API-Plug-In)
agent-kind-openapi = API-Beschreibung
agent-kind-mcp-tools = MCP-Toolbeschreibung
agent-kind-response-template = Antwortvorlage
agent-kind-card = Kartenvorlage
agent-kind-agentic-user-template = Vorlage für agentische Benutzer
agent-kind-file = Datei
agent-file-unreadable = Die { $what } „{ $name }“ kann nicht gelesen werden: { $problem }. Ihr Entwickler muss die Datei korrigieren.
agent-file-not-object = Die { $what } „{ $name }“ enthält nicht, was sie enthalten sollte (ihr Inhalt muss { $content } sein). Ihr Entwickler muss die Datei korrigieren.
agent-file-content-yaml = eine Menge benannter Werte
agent-file-content-json = ein JSON-Objekt in {"{"} {"}"}
agent-file-openapi-format = Die API-Beschreibung „{ $name }“ hat das Format { $format }; Copilot liest OpenAPI 3 (openapi: 3.0.x oder 3.1.x). Ihr Entwickler muss sie konvertieren.
agent-file-not-openapi = Die API-Beschreibung „{ $name }“ ist kein OpenAPI 3-Dokument (sie enthält nicht openapi: 3.x; eine Swagger 2.0-Datei muss konvertiert werden). Ihr Entwickler muss sie konvertieren.
agent-field-copilot-agents = Copilot-Agents
agent-field-copilot-extensions = Copilot-Erweiterungen
agent-field-agent-connectors = Agent-Connectors
agent-field-agent-skills = Agent-Skills
agent-field-agentic-user-templates = Vorlagen für agentische Benutzer

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = veröffentlichte Version
input-side-new = neue Version
input-side-error = die { $side }: { $error }
input-error = { $file }: { $problem }. { $fix }
input-error-at = { $file }, { $place }: { $problem }. { $fix }
input-where-line-column = Zeile { $line }, Spalte { $column }
input-where-field = Feld `{ $field }`
input-where-package-entry = Paketeintrag `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = dieses Tool wurde beim Lesen der Datei unterbrochen (ein Fehler in diesem Tool, kein Problem der Datei)
input-internal-fix = Versuchen Sie es erneut; wenn es wieder passiert, melden Sie es bitte.
input-not-found = die Datei existiert nicht (sie wurde möglicherweise verschoben, umbenannt oder gelöscht)
input-not-found-fix = Wählen Sie die Datei erneut aus.
input-permission-denied = Sie haben keine Berechtigung, diese Datei zu lesen
input-permission-denied-fix = Kopieren Sie die Datei an einen Ort, an dem Sie sie lesen können, oder wenden Sie sich an die Person, die den Computer verwaltet.
input-unreadable = die Datei konnte nicht gelesen werden ({ $error })
input-unreadable-fix = Prüfen Sie, ob die Datei noch vorhanden und lesbar ist, und versuchen Sie es dann erneut.
input-folder = dies ist ein Ordner, keine Datei
input-folder-fix = Wählen Sie die Datei manifest.json darin oder das App-Paket (.zip).
input-not-regular-file = dies ist keine normale Datei (vielleicht ein Gerät, eine Pipe oder eine Verknüpfung zu einem solchen)
input-not-regular-file-fix = Wählen Sie die Datei manifest.json oder das App-Paket (.zip) selbst.
input-manifest-too-large = das Manifest ist größer als die { $mebibytes } MiB, die dieses Tool liest (ein echtes Manifest hat wenige Kilobyte)
input-manifest-too-large-fix = Prüfen Sie, ob Sie die richtige Datei ausgewählt haben.
input-count-translation-files = { $count ->
    [one] 1 Übersetzungsdatei
   *[other] { $count } Übersetzungsdateien
}
input-count-other-files = { $count ->
    [one] 1 weitere Datei
   *[other] { $count } weitere Dateien
}
input-package-only-manifest = App-Paket nur mit dem Manifest
input-package-with = App-Paket mit { $parts }
input-list-two = { $first } und { $last }
input-list-more = { $first }, { $rest }
input-bad-json = dies ist kein gültiges JSON: { $problem }
input-bad-json-fix = Öffnen Sie die Datei in einem Texteditor, korrigieren Sie sie an dieser Stelle, speichern Sie sie, und laden Sie sie erneut.
input-bad-manifest-fix = Korrigieren Sie dieses Feld im Manifest (das Teams-Entwicklerportal kann ein gültiges exportieren), speichern Sie, und laden Sie es erneut.
input-package-damaged = das App-Paket ist beschädigt oder keine normale ZIP-Datei ({ $detail })
input-package-damaged-fix = Laden Sie das Paket erneut herunter, oder erstellen Sie es neu (im Teams-Entwicklerportal: Veröffentlichen › App-Paket herunterladen).
input-package-too-large = das App-Paket ist größer als { $mebibytes } MiB
input-package-too-large-fix = Ein Teams-App-Paket enthält ein Manifest und zwei kleine Symbole; prüfen Sie, ob Sie die richtige Datei ausgewählt haben.
input-package-too-many-entries = das App-Paket enthält { $entries } Einträge; dieses Tool liest höchstens { $most }
input-package-too-many-entries-fix = Ein Teams-App-Paket enthält ein Manifest und einige Symbole; prüfen Sie, ob Sie die richtige Datei ausgewählt haben.
input-packaged-manifest-too-large = manifest.json ist größer als die { $mebibytes } MiB, die dieses Tool liest
input-package-unpacks-too-large = das App-Paket ist entpackt größer als { $mebibytes } MiB
input-package-unpacks-too-large-fix = Ein Teams-App-Paket enthält ein Manifest und einige kleine Symbole; prüfen Sie, ob Sie die richtige Datei ausgewählt haben.
input-package-entry-damaged = dieser Eintrag des App-Pakets ist beschädigt und kann nicht entpackt werden ({ $error })
input-package-entry-damaged-fix = Erstellen Sie das Paket neu, oder laden Sie es erneut herunter.
input-manifest-in-folder = manifest.json liegt in einem Ordner des Pakets, aber Teams braucht die Datei im Stammverzeichnis des Pakets
input-manifest-in-folder-fix = Packen Sie die Dateien selbst als ZIP (manifest.json und die Symbole), nicht den Ordner, der sie enthält.
input-manifest-name-case = das Manifest heißt `{ $name }`, aber Teams braucht genau `manifest.json` (alles in Kleinbuchstaben)
input-manifest-name-case-fix = Benennen Sie die Datei in manifest.json um, und packen Sie das Paket erneut als ZIP.
input-no-manifest = das App-Paket enthält keine manifest.json
input-no-manifest-fix = Ein Teams-App-Paket ist ein ZIP aus manifest.json und ihren Symbolen; wählen Sie ein für Teams erstelltes Paket oder die manifest.json selbst.
input-kind-empty = diese Datei ist leer: Sie enthält kein Manifest
input-kind-png = dies ist ein PNG-Bild, kein Manifest
input-kind-jpeg = dies ist ein JPEG-Bild, kein Manifest
input-kind-gif = dies ist ein GIF-Bild, kein Manifest
input-kind-pdf = dies ist ein PDF-Dokument, kein Manifest
input-kind-word = dies ist ein Word-Dokument, kein Manifest
input-kind-excel = dies ist eine Excel-Arbeitsmappe, kein Manifest
input-kind-powerpoint = dies ist eine PowerPoint-Präsentation, kein Manifest
input-kind-old-office = dies ist ein Microsoft Office-Dokument, kein Manifest
input-kind-other-archive = dies ist ein komprimiertes Archiv anderer Art (z. B. .rar, .7z oder .gz); ein Teams-App-Paket ist eine .zip-Datei
input-kind-utf16 = dieses Manifest ist als UTF-16-Text gespeichert, aber Teams liest Manifeste nur als UTF-8
input-kind-other-text = dies ist kein Manifest: Ein Teams-Manifest ist JSON-Text, der mit „{"{"}“ beginnt, und diese Datei enthält anderen Text (z. B. ein Programm, eine Webseite oder Notizen)
input-kind-empty-fix = Wählen Sie manifest.json oder das .zip-App-Paket. Wenn dies Ihr Manifest ist, wurde es nicht gespeichert: Öffnen Sie es in Ihrem Editor, und speichern Sie es erneut.
input-kind-utf16-fix = Öffnen Sie die Datei in einem Texteditor, und speichern Sie sie als UTF-8 (im Windows-Editor: Datei › Speichern unter, Codierung: UTF-8); laden Sie sie dann erneut.
input-kind-other-archive-fix = Wählen Sie manifest.json oder das .zip-App-Paket (im Teams-Entwicklerportal: Veröffentlichen › App-Paket herunterladen).
input-kind-fix = Wählen Sie manifest.json oder das .zip-App-Paket.
input-json-error-at = Zeile { $line }, Spalte { $column }: { $problem }
input-json-not-utf8 = die Datei ist kein UTF-8-Text (sie wurde möglicherweise in einer anderen Codierung wie UTF-16 oder Windows-1252 gespeichert, oder sie ist keine Textdatei)
input-json-too-deep = Objekte und Listen sind mehr als { $levels } Ebenen tief verschachtelt
input-json-comment = Kommentare sind in manifest.json nicht erlaubt; löschen Sie den Kommentar (von // bis zum Zeilenende oder von /* bis */)
input-json-non-breaking-space = hier steht ein unsichtbares geschütztes Leerzeichen (U+00A0), wo JSON nur normale Leerzeichen erlaubt (es stammt oft aus Text, der aus einer Webseite oder einem Dokument kopiert wurde); löschen Sie es, und geben Sie ein normales Leerzeichen ein
input-json-curly-double-quotes = typografische Anführungszeichen “ ” müssen gerade Anführungszeichen " sein (ein Textverarbeitungsprogramm ändert sie beim Tippen); geben Sie jedes davon erneut als " ein
input-json-curly-single-quotes = typografische Anführungszeichen ‘ ’ müssen gerade doppelte Anführungszeichen " sein (JSON kennt keine einfachen Anführungszeichen); geben Sie jedes davon erneut als " ein
input-json-invisible-character = hier steht ein unsichtbares Zeichen (U+{ $code }), wo JSON nur normale Leerzeichen erlaubt; löschen Sie es
input-json-missing-comma-end-of-line = am Ende dieser Zeile fehlt ein Komma `,` (oder davor eine schließende eckige oder geschweifte Klammer)
input-json-last-comma = dieses Komma ist das letzte vor einer schließenden eckigen oder geschweiften Klammer; entfernen Sie es
input-json-trailing-comma = direkt vor einer schließenden eckigen oder geschweiften Klammer steht ein Komma; entfernen Sie es
input-json-key-not-string = ein Name steht nicht in doppelten Anführungszeichen (JSON braucht "name": value), oder es gibt ein Komma zu viel
input-json-expected-value = hier wurde ein Wert erwartet: Text in doppelten Anführungszeichen, eine Zahl, true, false, null, eine Liste [ ] oder ein Objekt {"{"} {"}"} (einfache Anführungszeichen und Wörter ohne Anführungszeichen sind nicht erlaubt)
input-json-unclosed-string = einem Textwert fehlt das schließende doppelte Anführungszeichen
input-json-ends-too-early = die Datei endet zu früh: Eine schließende eckige oder geschweifte Klammer fehlt
input-json-missing-comma = davor fehlt ein Komma (oder eine schließende eckige oder geschweifte Klammer)
input-json-missing-colon = nach einem Namen fehlt ein Doppelpunkt `:`
input-json-trailing-characters = nach dem Ende des JSON-Dokuments steht noch weiterer Text
input-json-control-character = ein Textwert enthält einen echten Zeilenumbruch oder Tabulator; schreiben Sie ihn als \n oder \t
input-json-invalid-escape = ein umgekehrter Schrägstrich in einem Textwert leitet eine Escapesequenz ein, die JSON nicht kennt (schreiben Sie einen umgekehrten Schrägstrich als \\)
input-json-bad-hex-escape = eine \u-Escapesequenz in einem Textwert ist unvollständig (ein Zeichen außerhalb des Grundbereichs braucht zwei \u-Escapesequenzen hintereinander)
input-json-unknown-word = ein Wort wird hier nicht verstanden: Nur true, false und null werden ohne Anführungszeichen geschrieben; setzen Sie Text in doppelte Anführungszeichen
input-json-invalid-number = eine Zahl ist in einer Form geschrieben, die JSON nicht akzeptiert (keine führenden Nullen, kein Pluszeichen, Ziffern auf beiden Seiten des Dezimalpunkts)
input-json-other = so wird JSON nicht geschrieben ({ $detail })
input-yaml-not-utf8 = die Datei ist kein UTF-8-Text
input-yaml-invalid = dies ist kein gültiges YAML: { $detail }
input-yaml-too-many-values = das Dokument enthält zu viele Werte (mehr als eine Million, wiederholte Teile mitgezählt); ein OpenAPI-Dokument ist weit kleiner

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = Die veröffentlichte Version, die Sie geöffnet haben, ist nicht das Paket im Store: { $reason }. Daher kann dieser Bericht nicht sagen, welche Probleme der Store früher akzeptiert hat. Öffnen Sie stattdessen das Paket, das der Store hat: Laden Sie im Partner Center das App-Paket der Live-Version herunter (oder verwenden Sie die .zip-Datei, die Sie zuletzt hochgeladen haben).
report-not-store-package-app-id = ihre App-ID ist „{ $id }“, nicht die App-ID einer veröffentlichten App
report-not-store-package-format = sie verwendet das Manifestformat „{ $format }“, das der Store nicht akzeptiert
report-not-store-package-placeholder = sie enthält Platzhalter, die Build-Tools ausfüllen, z. B. „{ $placeholder }“
report-no-link-app-id-changed = Kein Downloadlink: Die App-ID hat sich geändert, und ein Link zur neuen ID würde auf eine App zeigen, die der Store nicht hat. Setzen Sie die veröffentlichte App-ID wieder ein, um den Link zu erhalten.
report-no-link-not-an-app-id = Kein Downloadlink: Die App-ID „{ $id }“ ist keine echte App-ID (eine GUID wie 0b5c3d6e-1234-4abc-9def-00112233aabb). Der Link verwendet die ID des Pakets, das Sie einreichen.
render-date = { $day }.{ $month }.{ $year }
button-default-label = In Microsoft Teams herunterladen
button-style-purple = Lila
button-style-outline = Kontur
button-style-dark = Dunkel
button-size-small = Klein
button-size-medium = Mittel
button-size-large = Groß
button-unknown-style = unbekannter Stil „{ $style }“; wählen Sie purple, outline oder dark
button-unknown-size = unbekannte Größe „{ $size }“; wählen Sie small, medium oder large
button-not-an-app-id = „{ $text }“ ist keine App-ID: Eine App-ID sieht aus wie 0b5c3d6e-1234-4abc-9def-00112233aabb. Verwenden Sie die ID aus dem Teams-Entwicklerportal oder aus dem Partner Center (die Store-ID).
button-empty-label = der Schaltflächentext ist leer: Schreiben Sie den Text, den die Schaltfläche zeigen soll, z. B. „{ $example }“

guide-fixer-app-window-portal = Sie können das hier beheben: „Korrigierte Kopie speichern“ (oder im Entwicklerportal: Ihre App öffnen, dann { $place })
guide-fixer-app-window = Sie können das hier beheben: „Korrigierte Kopie speichern“
guide-fixer-app-terminal-portal = Sie: Führen Sie teams-update-check fix mit der veröffentlichten und der neuen Datei aus, um eine korrigierte Kopie zu speichern, oder im Entwicklerportal: Ihre App öffnen, dann { $place }
guide-fixer-app-terminal = Sie: Führen Sie teams-update-check fix mit der veröffentlichten und der neuen Datei aus, um eine korrigierte Kopie zu speichern
guide-fixer-portal-place = Sie, im Entwicklerportal (Ihre App öffnen, dann { $place })
guide-fixer-portal = Sie, im Entwicklerportal
guide-fixer-developer = Ihr Entwickler

guide-already-published = Schon in Ihrer veröffentlichten Version: Der Store hat es früher akzeptiert, prüft aber bei jedem Update das gesamte Paket erneut und lehnt es jetzt möglicherweise ab.
guide-step-nothing-to-submit = Nehmen Sie Ihre Änderungen vor, erhöhen Sie die Versionsnummer, und prüfen Sie das neue Paket dann erneut.
guide-step-fix-window = Beheben Sie { $count ->
    [one] das oben aufgeführte Problem
   *[other] die { $count } oben aufgeführten Probleme
}. Bei jedem steht, wer es beheben kann; kopieren Sie sie mit „Für meinen Entwickler kopieren“ für Ihren Entwickler.
guide-step-fix-document = Beheben Sie { $count ->
    [one] das oben aufgeführte Problem
   *[other] die { $count } oben aufgeführten Probleme
}. Bei jedem steht, wer es beheben kann; die Liste „Für Ihren Entwickler“ können Sie direkt an Ihren Entwickler senden.
guide-step-check-again-window = Öffnen Sie dann das korrigierte Paket hier als neue Version, und prüfen Sie es erneut, bevor Sie es einreichen.
guide-step-check-again-document = Prüfen Sie dann das korrigierte Paket erneut mit Teams Update Check, bevor Sie es einreichen.
guide-step-open-offer = Öffnen Sie im Partner Center das Angebot Ihrer App, und aktualisieren Sie es über die Kachel der App auf der Registerkarte „Übersicht“. Verwenden Sie nie „Neue App hinzufügen“: Damit entsteht eine zweite App statt eines Updates.
guide-step-upload = Laden Sie dieses Paket hoch. Lassen Sie die App-ID unverändert: Daran erkennt der Store Ihre App.
guide-step-tested-again = Dieses Update ändert, was die App kann, daher testet Microsoft sie erneut, bevor sie live geht. Fügen Sie den Text unten in das Feld „Hinweise zur Zertifizierung“ ein, damit die Prüfer wissen, was sie testen sollen.
guide-step-listing-only = Dieses Update ändert nur den Store-Eintrag und die Version der App. Microsoft prüft trotzdem jedes Update, bevor es live geht; die Hinweise zur Zertifizierung unten sagen, was sich geändert hat.
guide-step-users-approve = Nach der Veröffentlichung erhalten bestehende Benutzer das Update, nachdem sie der App erneut zugestimmt haben; der Versionshinweis unten sagt ihnen, was sie erwartet.
guide-step-admin-approves = Nach der Veröffentlichung erhalten Organisationen, deren Administrator das Add-In bereitgestellt hat, es erst, nachdem der Administrator dieses Update erneut genehmigt hat: Bis dahin können die Personen dort das aktualisierte Add-In nicht verwenden. Der Versionshinweis unten sagt den Administratoren, was sie erwartet.
guide-step-users-not-asked = Nach der Veröffentlichung werden bestehende Benutzer nicht aufgefordert, der App erneut zuzustimmen.
guide-step-users-automatic = Nach der Veröffentlichung erhalten bestehende Benutzer das Update automatisch.
guide-agent-admin-approves = Wo eine Organisation Ihre App über ihr Admin Center bereitstellt, genehmigt ein Administrator jedes Update des Copilot-Agents, bevor die Benutzer es erhalten.
guide-step-organization-only = Nur in Ihrer Organisation veröffentlicht (nicht im Store)? Laden Sie das Paket stattdessen im Teams Admin Center (Apps verwalten › Ihre App › Datei hochladen) oder im Entwicklerportal hoch.
report-verdict-ready = Bereit zum Einreichen
report-verdict-nothing-to-submit = Nichts geändert: Es gibt kein Update zum Einreichen
report-verdict-blocked = Beheben Sie { $count ->
    [one] 1 Problem
   *[other] { $count } Probleme
} vor dem Einreichen
report-users-asked = Bestehende Benutzer werden aufgefordert, der App erneut zuzustimmen.
report-admin-asked = Organisationen, deren Administrator das Add-In bereitgestellt hat: Der Administrator muss dieses Update erneut genehmigen, bevor die Personen dort das aktualisierte Add-In verwenden können.
report-two-sentences = { $first } { $second }
report-consent-nothing-changed = Es hat sich nichts geändert, daher gibt es für bestehende Benutzer nichts zuzustimmen.
report-consent-users-not-asked = Bestehende Benutzer werden nicht aufgefordert, der App erneut zuzustimmen.
report-consent-users-automatic = Bestehende Benutzer erhalten dieses Update automatisch (keine neue Zustimmung nötig).
report-consent-summary-none = Keine der { $total } zustimmungspflichtigen Änderungen ist in diesem Update: Bestehende Benutzer erhalten es ohne neue Aufforderung.
report-consent-summary = { $count ->
    [one] 1 der { $total } zustimmungspflichtigen Änderungen ist in diesem Update.
   *[other] { $count } der { $total } zustimmungspflichtigen Änderungen sind in diesem Update.
}
report-consent-others-none = Keine der { $count } zustimmungspflichtigen Änderungen ist in diesem Update
report-consent-others = { $count ->
    [one] Die andere zustimmungspflichtige Änderung ist nicht in diesem Update
   *[other] Die anderen { $count } zustimmungspflichtigen Änderungen sind nicht in diesem Update
}

report-who-users-and-admin = Wer gefragt wird: jeder bestehende Benutzer und der Administrator, der das Office-Add-In bereitgestellt hat
report-who-admin = Wer gefragt wird: der Administrator, der das Office-Add-In in der Organisation bereitgestellt hat, nicht jeder einzelne Benutzer
report-who-users = Wer gefragt wird: jeder bestehende Benutzer
report-consent-title = Müssen Benutzer oder der Administrator der App erneut zustimmen?
report-consent-intro = Bei manchen Änderungen zeigt Teams jedem bestehenden Benutzer eine Aufforderung, der App erneut zuzustimmen. Bei Änderungen an einem Office-Add-In muss stattdessen der Administrator, der es bereitgestellt hat, es erneut genehmigen.
report-consent-others-hint = Keine davon ist in diesem Update. Öffnen Sie eine, um zu lesen, was sie bedeutet.
report-store-title = Wird der Store es akzeptieren?
report-store-warnings-title = { $count ->
    [one] 1 Punkt, den Sie prüfen sollten
   *[other] { $count } Punkte, die Sie prüfen sollten
} (kein Hindernis für das Update)
report-store-template-findings = { $count ->
    [one] Den Befund anzeigen, den sie verursacht
   *[other] Die { $count } Befunde anzeigen, die sie verursacht
}
report-microsofts-rule = Regel von Microsoft
guide-notes-the-app = Die App
guide-notes-versions = { $app }: Update von Version { $old } auf { $new }.
guide-notes-capabilities = Was die App kann
guide-notes-agent = Copilot-Agent
guide-notes-listing = Name, Beschreibungen, Symbole und Dateien
guide-notes-heading = { $title }:
guide-notes-users-asked = Bestehende Benutzer werden aufgefordert, der App erneut zuzustimmen: { $rules }.
guide-notes-admin-asked = Der Administrator, der das Office-Add-In bereitgestellt hat, muss es erneut genehmigen: { $rules }.
guide-release-our-app = unsere App
guide-release-users-opening = { $app } { $version } kommt bald in Microsoft Teams. Sobald das Update da ist, bittet Teams Sie, { $app } erneut zuzustimmen, bevor Sie die neue Version verwenden können. Das ist so vorgesehen: Das Update ändert, was die App kann.
guide-release-users-heading = Was sich für Sie ändert:
guide-release-admin-opening = { $app } { $version } kommt bald. Das zugehörige Office-Add-In ändert sich so, dass Ihr Administrator zustimmen muss: Der Administrator, der das Add-In in Ihrer Organisation bereitgestellt hat, muss dieses Update erneut genehmigen, und bis dahin können die Personen dort das aktualisierte Add-In nicht verwenden. Das ist so vorgesehen: Das Update ändert, wo oder wann das Add-In läuft.
guide-release-admin-heading = Was sich ändert:
guide-release-users-asked = Wer gefragt wird: alle, die die App in Teams verwenden.
guide-release-team-owner = Die neue Registerkarte für Teams und Gruppenchats fügt ein Teambesitzer oder ein Mitglied des Chats hinzu, und zwar in dem Kanal oder Chat, in dem sie gewünscht wird.
guide-release-for-admins = Für IT-Administratoren: Dieses Update ändert die Anmeldeeinstellungen der App oder die Berechtigungen, die sie anfordert. Prüfen Sie diese im Teams Admin Center unter Apps verwalten › { $app } › Berechtigungen, wo Sie die Zustimmung für Ihre Organisation erteilen können.
guide-release-addin-admins = Für IT-Administratoren, die das Office-Add-In bereitgestellt haben: Genehmigen Sie dieses Update des Add-Ins erneut; bis Sie das tun, können die Personen in Ihrer Organisation das aktualisierte Add-In nicht verwenden.
guide-release-admin-asked = Wer gefragt wird: der Administrator, der das Add-In in Ihrer Organisation bereitgestellt hat, nicht jeder einzelne Benutzer.
guide-handoff-the-app = die App
guide-handoff-intro = Teams Update Check hat in { $file } ({ $app } { $version }) { $count ->
    [one] 1 Problem gefunden, das
   *[other] { $count } Probleme gefunden, die
} der Store ablehnen würde. Bitte beheben Sie { $count ->
    [one] es
   *[other] sie
}:
guide-handoff-where = Wo: { $place }
guide-handoff-who = Wer: { $who }
guide-handoff-rule = Regel: { $rule }
guide-handoff-check = { $title }: { $message }
guide-handoff-manifest-field = manifest.json, „{ $field }“
guide-handoff-file-line = { $file }, Zeile { $line }, Spalte { $column }
guide-handoff-note = Hinweis: { $note }
report-next-steps-title = Nächste Schritte
report-certification-notes-lead = Ein Entwurf für die Hinweise zur Zertifizierung im Partner Center: was sich in diesem Update geändert hat. Ergänzen Sie, wie man sich anmeldet und die App testet.
report-certification-notes-title = Hinweise zur Zertifizierung
report-certification-notes-copy = Hinweise zur Zertifizierung kopieren
report-release-note-admin = Der Administrator, der das Add-In bereitgestellt hat, muss dieses Update erneut genehmigen. Senden Sie diesen Hinweis an die IT-Administratoren Ihrer Kunden, bevor das Update eintrifft.
report-release-note-both = Bestehende Benutzer werden aufgefordert, der App erneut zuzustimmen, und auch der Administrator, der das Add-In bereitgestellt hat, muss es erneut genehmigen. Senden Sie diesen Hinweis an Ihre Benutzer und deren IT-Administratoren, bevor das Update eintrifft.
report-release-note-users = Bestehende Benutzer werden aufgefordert, der App erneut zuzustimmen. Senden Sie ihnen (und ihren IT-Administratoren) diesen Hinweis, bevor das Update eintrifft.
report-release-note-title = Informieren Sie Ihre Benutzer
report-release-note-copy = Versionshinweis kopieren
report-attention-title = Vor dem Einreichen beheben
report-attention-intro = Bei jedem Problem steht, wer es beheben kann. Beheben Sie die Probleme, und prüfen Sie das korrigierte Paket dann erneut.
report-handoff-lead = Geben Sie die Liste an Ihren Entwickler weiter: Sie sagt, wo jedes Problem liegt (Datei, Zeile, Spalte), und nennt die Regel von Microsoft, bereit zum Einfügen in eine E-Mail oder ein Ticket.
report-handoff-title = Für Ihren Entwickler
report-handoff-copy = Für meinen Entwickler kopieren
report-checks-title = Version und App-ID
report-checks-intro = Microsoft verlangt, dass ein Update die App-ID beibehält und die Versionsnummer bei jeder Änderung erhöht, selbst bei einer Änderung an Name oder Beschreibung.
report-agent-notes-title = Was Ihre Benutzer bemerken werden
report-agent-notes-intro = Zum Copilot-Agent in diesem Update. Zur Information: Diese Punkte ändern nichts daran, ob Benutzer der App erneut zustimmen müssen.
report-area-identity-hint = Die App-ID, ihre Versionsnummer und die Version des Manifestformats
report-area-listing-hint = Was Personen im Store sehen: Name, Beschreibungen, Entwicklerangaben, Symbole, Farben
report-area-capability-hint = Was die App in Teams und Office kann: Bots, Registerkarten, Nachrichtenerweiterungen, Connectors, Anmeldung, Berechtigungen, das Office-Add-In
report-area-package-file-hint = Dateien im .zip-App-Paket neben manifest.json, z. B. Symbole und Übersetzungen
report-area-agent-hint = Der Copilot-Agent: seine Anweisungen, Fähigkeiten, Aktionen und die Server, die er aufruft
report-area-other-hint = Weitere Einstellungen im Manifest
report-changes-nothing = Nichts: Die beiden Versionen sind gleich.
report-download-title = Downloadlink für Ihre Website
report-download-window = Platzieren Sie auf Ihrer Website eine Schaltfläche, die Ihre App im Teams Store öffnet; das Fenster erstellt den HTML-Code dafür.
report-download-terminal = Platzieren Sie auf Ihrer Website eine Schaltfläche, die Ihre App im Teams Store öffnet; führen Sie teams-update-check button mit der neuen Datei aus, um den HTML-Code auszugeben.
report-download-document = Platzieren Sie auf Ihrer Website eine Schaltfläche, die Ihre App im Teams Store öffnet; Teams Update Check erstellt den HTML-Code dafür.
report-nothing-note = Die beiden Versionen sind gleich. Nehmen Sie Ihre Änderungen vor, erhöhen Sie die Versionsnummer, und prüfen Sie dann erneut.
report-error-title = Was schiefgelaufen ist
report-error-note = Korrigieren Sie die Datei (oder wählen Sie die richtige aus), und prüfen Sie dann erneut.
report-row-file = Datei
report-row-app-name = App-Name
report-row-app-id = App-ID
report-row-version = Version
report-row-manifest-format = Manifestformat
report-full-value = Vollständiger Wert von { $subject }
report-changes-title = Was sich geändert hat ({ $count })
report-changes-area = { $area } ({ $count })
report-error-headline = Die { $side } konnte nicht geladen werden
report-error-note-file = { $file } ist die { $side }. Es wurde noch nichts verglichen.
render-unnamed-app = unbenannte App
render-published-new = Veröffentlicht: { $published }   Neu: { $new }
render-label-note = Hinweis:
render-label-sources = Quellen:
render-label-where = Wo:
render-label-who = Wer es beheben kann:
render-label-why = Warum:
render-label-developers = Für Entwickler:
render-title = Teams-Updateprüfung: { $headline }
render-column-published = Veröffentlicht
render-column-new = Neu
render-verdict = Ergebnis
render-footer = Erstellt mit Teams Update Check, das ein Update einer Microsoft Teams-App prüft, bevor es beim Store eingereicht wird. Es hat die Dateien auf dem Computer gelesen, auf dem es lief, und nichts irgendwohin gesendet.
render-title-app = { $app } — Teams-Updateprüfung: { $headline }
render-teams-update-check = Teams-Updateprüfung
render-report = Bericht
render-button-preview = Die Downloadschaltfläche, wie sie auf einer Website aussieht:
fix-version-not-raised = Die Version konnte nicht automatisch erhöht werden, weil die veröffentlichte Version „{ $published }“ nicht aus Zahlen und Punkten besteht (oder eine Zahl zu lang ist).
fix-who-type-version = Sie: Geben Sie die neue Version (höher als die veröffentlichte) im Entwicklerportal ein, oder übergeben Sie sie mit --new-version.
fix-what-version = Die Version
fix-typed-version-form = Die Version „{ $version }“ besteht nicht aus drei ganzen Zahlen, getrennt durch Punkte, wie 1.4.2. Geben Sie sie so ein (keine Buchstaben, keine führenden Nullen).
fix-typed-version-not-higher = Die Version { $version } ist nicht höher als die veröffentlichte Version { $published }. Geben Sie eine höhere ein.
fix-what-unused-files = Dateien, die das Paket nicht verwendet
fix-unused-files-before = { $count ->
    [one] 1 Datei
   *[other] { $count } Dateien
}: { $names }
fix-unused-files-after = weggelassen
fix-what-package-files = Die Dateien des Pakets
fix-folder-before = im Ordner „{ $folder }“
fix-folder-after = im Stammverzeichnis des Pakets, wo Teams sie sucht
fix-package-damaged = Das Paket konnte nicht neu geschrieben werden, weil einer seiner Einträge beschädigt ist ({ $error }). Erstellen Sie das Paket neu, oder laden Sie es erneut herunter.
fix-folder-damaged = Die Dateien des Pakets konnten nicht aus ihrem Ordner verschoben werden, weil ein Eintrag beschädigt ist ({ $error }). Erstellen Sie das Paket neu, oder laden Sie es erneut herunter.
fix-output-is-input = das ist eine der geprüften Dateien; die korrigierte Kopie ersetzt sie nie, wählen Sie einen anderen Namen
fix-schema-preview = das Manifest verwendet das Vorschauformat devPreview, das der Store ablehnt; den Link darauf zeigen zu lassen, würde das Paket noch weiter von dem entfernen, was der Store akzeptiert. Stellen Sie das Manifest zuerst auf ein veröffentlichtes Format um (siehe „Manifest verwendet ein Format, das der Store akzeptiert“), samt dessen Link
fix-schema-unknown-format = das Format des Manifests (manifestVersion) ist keines, das Microsoft veröffentlicht hat, daher gibt es keinen offiziellen Link
fix-schema-not-text = der Link ist vorhanden, aber kein Text, daher ist unbekannt, was er angeben sollte
fix-schema-not-fixed = Der Schemalink von „{ $file }“ wurde nicht korrigiert: { $reason }.
fix-who-developer = Ihr Entwickler.
fix-schema-missing = fehlt
fix-what-schema-link = Der Schemalink ({ $field }) von „{ $file }“
fix-icon-outline = Umrisssymbol
fix-icon-color = Farbsymbol
fix-icon-small-color = kleine Farbsymbol
fix-who-icon-maker = Die Person, die Ihre Symbole gestaltet (oder Ihr Entwickler).
fix-icon-not-fixed = Das { $icon } „{ $file }“ wurde nicht korrigiert: { $reason }
fix-icon-shared = dieselbe Datei ist auch das { $other }, das eine andere Größe oder Farbe braucht; jedes Symbol braucht eine eigene Datei.
fix-icon-not-png = es ist kein PNG-Bild; speichern Sie es zuerst als PNG.
fix-icon-not-square = es hat { $width } × { $height } Pixel und ist nicht quadratisch; eine Größenänderung auf { $want } × { $want } würde das Bild verzerren, und zum Zuschneiden braucht es ein menschliches Auge.
fix-icon-too-large = es hat { $width } × { $height } Pixel und ist zu groß, um es sicher zu öffnen (ein Symbol hat { $want } × { $want }).
fix-icon-damaged = es ist ein beschädigtes PNG-Bild, das sich nicht öffnen lässt.
fix-icon-no-transparency = es hat kein transparentes Pixel, daher ergäbe Weißfärben ein weißes Quadrat. Das Umrisssymbol muss die Form der App in Weiß auf transparentem Hintergrund sein.
fix-icon-not-saved = das Bild mit geänderter Größe konnte nicht als PNG gespeichert werden.
fix-icon-size = { $width } × { $height } Pixel
fix-icon-whitened = { $want } × { $want } Pixel, weiß auf transparent ({ $count ->
    [one] 1 Pixel
   *[other] { $count } Pixel
} weiß gefärbt, Transparenz beibehalten)
fix-what-icon = Das { $icon } „{ $file }“
report-mark-ok = OK
report-mark-fix = Beheben
report-mark-warn = Prüfen
report-mark-skip = Nicht nötig
report-mark-info = Hinweis
report-mark-step = Als Nächstes
report-mark-yes = Ja
report-mark-no = Nein
report-mark-added = Hinzugefügt
report-mark-removed = Entfernt
report-mark-changed = Geändert
punctuation-colon = {": "}
report-tag-pass = OK
report-tag-fix = BEHEBEN
report-tag-warn = PRÜFEN
report-tag-skip = ENTFÄLLT
report-tag-note = HINWEIS
report-tag-next = WEITER
report-tag-yes = JA
report-tag-no = nein
store-consequence-unused-files = { $count ->
    [one] Deshalb verwendet das Paket { $files } nicht mehr, obwohl die veröffentlichte Version sie verwendet hat. Sobald das behoben ist, wird sie wieder verwendet: Entfernen Sie sie also nicht.
   *[other] Deshalb verwendet das Paket { $files } nicht mehr, obwohl die veröffentlichte Version sie verwendet hat. Sobald das behoben ist, werden sie wieder verwendet: Entfernen Sie sie also nicht.
}
report-files-not-compared = Symbole und andere Dateien des Pakets wurden nicht verglichen, weil eine manifest.json statt eines Pakets angegeben wurde. Öffnen Sie beide ZIP-App-Pakete, um sie zu vergleichen.
change-value-before = Vorher
change-value-now = Jetzt
report-finding-place = { $place }, in { $file }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = Grundlegende Informationen › Version
portal-basic-app-names = Grundlegende Informationen › App-Namen
portal-basic-descriptions = Grundlegende Informationen › Beschreibungen

portal-basic-developer-information = Grundlegende Informationen › Entwicklerinformationen
portal-branding-color-icon = Branding › Farbsymbol
portal-branding-outline-icon = Branding › Umrisssymbol
portal-features-bot = App-Features › Bot
portal-features-personal-app = App-Features › Persönliche App

## Command line (src/cli.rs, src/cli/)
cli-error = Fehler: { $error }
cli-unknown-language = Fehler: --lang: „{ $tag }“ ist keine Sprache, die diese App spricht. Wählen Sie eine der folgenden: { $tags }.
cli-nothing-fixed = Nichts konnte automatisch korrigiert werden, daher wurde keine Kopie gespeichert.
cli-copy-not-saved = Fehler: Die korrigierte Kopie konnte nicht als { $path } gespeichert werden ({ $error }). Wählen Sie mit --output einen anderen Ort, oder prüfen Sie, ob auf dem Datenträger Platz ist und der Ordner beschreibbar ist.
cli-copy-saved = Korrigierte Kopie gespeichert: { $path }
cli-fixed-heading = Korrigiert ({ $count }):
cli-fixed-step = { $what }: war { $before }, jetzt { $after }
cli-not-fixed-heading = Hier nicht korrigiert ({ $count }):
cli-problem = Problem
cli-not-fixed-item = { $title }: { $message }
cli-who-can-fix = Wer es beheben kann: { $who }
cli-fix-result = { $which ->
    [fixed] Die korrigierte Kopie
   *[new] Die neue Version
}: { $headline }
cli-output-not-written = Fehler: Die Ausgabe konnte nicht geschrieben werden ({ $error }). Prüfen Sie, ob auf dem Datenträger Platz ist und die Datei beschreibbar ist.
cli-could-not-load-side = Fehler: Die Datei konnte nicht geladen werden ({ $side }): { $error }
cli-could-not-load = Fehler: { $file } konnte nicht geladen werden: { $error }
cli-input-error-at = { $place }: { $problem }. { $fix }
cli-input-error = { $problem }. { $fix }
cli-app-id-error = Fehler: --app-id: { $error }
cli-app-id-in-file = Fehler: die App-ID in { $path }: { $error } (Oder geben Sie die ID mit --app-id an.)
cli-label-error = Fehler: --label: { $error }
cli-no-window-in-build = Dieser Build von teams-update-check hat kein Fenster (ohne das Feature `gui` erstellt). Verwenden Sie `teams-update-check check OLD NEW`; siehe `teams-update-check --help`.
cli-no-display = Fehler: Keine Anzeige gefunden, daher kann das Fenster nicht geöffnet werden (das sieht nach einem Server, einem Container oder einer Remote-Shell ohne Desktop aus). Die Befehlszeile funktioniert auch ohne: Führen Sie `teams-update-check check PUBLISHED NEW` aus (siehe `teams-update-check --help`).
cli-window-not-opened = Fehler: Das Fenster konnte nicht geöffnet werden: Keine Anzeige gefunden, oder die Grafik des Computers konnte es nicht starten. Die Befehlszeile funktioniert auch ohne Fenster: Führen Sie `teams-update-check check PUBLISHED NEW` aus (siehe `teams-update-check --help`).

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = Version { $version }
app-close = Schließen
app-cancel = Abbrechen
app-where = Wo: { $place }
app-the-file = die Datei
app-the-app = die App
app-copied = { $what } in die Zwischenablage kopiert
app-clipboard-failed = Die Zwischenablage konnte nicht verwendet werden ({ $error }). Markieren Sie den Text unten, und kopieren Sie ihn von Hand.
app-no-clipboard = keine Zwischenablage

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = Ihre Dateien bleiben auf diesem Computer: Nichts wird hochgeladen. Dateien werden nur gelesen, nie geändert.
app-tagline = Prüfen Sie Ihr Teams-App-Update, bevor Sie es einreichen
app-about = Info
app-about-hover = Version, Lizenz und was die App mit Ihren Dateien macht
app-language = Sprache
app-language-hover = Die Sprache des Fensters und der Berichte, die es exportiert
app-language-system = Wie dieser Computer ({ $language })
app-export = Bericht exportieren…
app-export-hover = Diesen Bericht als Markdown oder HTML speichern ({ $shortcut })
app-export-disabled-hover = Öffnen Sie zuerst beide Versionen
app-try-example = Beispiel ausprobieren
app-try-example-hover = Ein integriertes Beispielupdate laden, dem die Benutzer zustimmen müssen
app-paste-path-first = Fügen Sie zuerst den vollständigen Pfad der Datei ein.
app-no-file-dialog = Auf diesem Computer konnte kein Dateidialog geöffnet werden. Ziehen Sie die Datei auf das Fenster, oder fügen Sie ihren vollständigen Pfad in die Karte ein.
app-fixed-copy-saved = Korrigierte Kopie gespeichert: { $path }. Sie ist jetzt als neue Version geöffnet.
app-button-needs-new-version = Öffnen Sie zuerst die neue Version: Die Schaltfläche verwendet deren App-ID.
app-what-button-html = Schaltflächen-HTML
app-what-link = Link
app-too-many-dropped = Nur die ersten beiden abgelegten Dateien wurden verwendet.
app-notice-not-opened = Der Drittanbieterhinweis konnte nicht geöffnet werden. Öffnen Sie { $path } in Ihrem Dateimanager.
app-same-file = Beide Karten zeigen dieselbe Datei, daher kann sich nichts geändert haben. Öffnen Sie rechts die neue Version.
app-checking = Wird geprüft…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = Teams Update Check ist beim Lesen dieser Datei auf ein internes Problem gestoßen (ein Fehler im Tool, nicht unbedingt ein Problem mit Ihrer Datei)
app-internal-read-fix = Versuchen Sie „Neu laden“. Wenn es wieder passiert, melden Sie es uns bitte mit der Datei im Anhang; prüfen Sie die Datei in der Zwischenzeit im Teams-Entwicklerportal.
app-internal-check = Teams Update Check ist beim Vergleichen der beiden Dateien auf ein internes Problem gestoßen (ein Fehler im Tool). Versuchen Sie „Neu laden“; wenn es wieder passiert, melden Sie es bitte mit den Dateien.
app-internal-write = Teams Update Check ist beim Schreiben der Datei auf ein internes Problem gestoßen (ein Fehler im Tool). Bitte versuchen Sie es erneut.
app-open-dialog-title = { $side ->
    [old] Veröffentlichte Version öffnen (derzeit im Store)
   *[new] Neue Version öffnen (zum Einreichen)
}
app-filter-manifest-or-package = Teams-Manifest oder App-Paket
app-filter-all-files = Alle Dateien
app-save-report-title = Bericht speichern
app-filter-html = Webseite (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = Prüft ein Update Ihrer Microsoft Teams-App, bevor Sie es beim Store einreichen: ob es bereit ist, ob Ihre Benutzer der App erneut zustimmen müssen und was sich geändert hat.
app-about-privacy-heading = Ihre Dateien bleiben auf diesem Computer
app-about-privacy = Die App liest nur die Dateien, die Sie öffnen, und ändert sie nie. Sie stellt keine Netzwerkverbindungen her: Nichts wird irgendwohin gesendet, und die Microsoft-Schemas, gegen die sie prüft, sind integriert.
app-about-license-heading = Lizenz
app-about-license = Teams Update Check ist freie Software unter der MIT-Lizenz.
app-about-show-license = Lizenz anzeigen
app-about-third-party-heading = Drittanbietersoftware
app-about-third-party = Die App besteht aus Open-Source-Komponenten; die Lizenz jeder Komponente steht im Drittanbieterhinweis, der mit der App geliefert wird.
app-about-open-notice = Drittanbieterhinweis öffnen
app-about-no-notice = Diese Kopie der App wurde nicht aus einem Paket installiert, daher liegt die Liste der Open-Source-Komponenten und ihrer Lizenzen ({ $file }) nicht daneben. Die installierte App enthält sie.
app-about-trademark = Nicht von Microsoft erstellt oder unterstützt. Microsoft Teams ist eine Marke der Microsoft-Unternehmensgruppe.

# The download button panel (src/app/button_panel.rs)
app-button-heading = Downloadschaltfläche für Ihre Website
app-button-intro = Platzieren Sie diese Schaltfläche auf Ihrer Produktwebsite, damit Besucher Ihre App in Teams erhalten. Der Link funktioniert, sobald Ihre App im Teams Store live ist.
app-button-text = Schaltflächentext
app-button-look = Aussehen
app-button-look-named = Aussehen: { $style }
app-button-size = Größe
app-button-size-named = Größe: { $size }
app-button-hint-filled = Teams-Lila mit weißem Text: gut lesbar auf hellen und dunklen Seiten.
app-button-hint-outline = Lila Text und Rahmen auf transparentem Hintergrund: nur für helle Seiten. Wählen Sie auf einer dunklen Seite „Lila“ oder „Dunkel“.
app-button-hint-dark = Fast Schwarz mit weißem Text: für helle und unruhige Seiten (auf einer schwarzen Seite hebt sie sich nicht ab).
app-button-app-id = App-ID
app-button-app-id-hover = Die ID Ihrer App im Teams Store. Sie stammt aus dem neuen Manifest; geben Sie eine andere ein (z. B. die Store-ID aus dem Partner Center), um stattdessen diese zu verwenden.
app-button-app-id-from-manifest = { $id } (aus dem Manifest der neuen Version)
app-button-app-id-hint = Um eine andere App-ID zu verwenden, geben Sie sie hier ein oder fügen Sie sie ein
app-button-placeholder-id = Die ID des neuen Manifests sieht nach einem Platzhalter aus; geben Sie oben Ihre echte App-ID ein.
app-button-preview = Vorschau
app-button-copy-html = HTML kopieren
app-button-copy-html-hover = Den HTML-Code der Schaltfläche kopieren, um ihn in Ihre Website einzufügen ({ $shortcut })
app-button-copy-link = Link kopieren
app-button-open-preview = Vorschau im Browser öffnen
app-button-open-preview-hover = Die echte Schaltfläche in Ihrem Webbrowser ansehen
app-button-show-html = HTML-Code anzeigen
app-button-html-label = HTML zum Einfügen in Ihre Seite:
app-preview-not-written = Die Vorschauseite konnte nicht geschrieben werden ({ $error }). Kopieren Sie stattdessen den HTML-Code, und fügen Sie ihn in eine eigene Seite ein.
app-preview-no-address = die Seite hat keine Dateiadresse
app-preview-opened = Ihr Webbrowser wurde gebeten, die Vorschau zu öffnen. Wenn kein Browserfenster erscheint, öffnen Sie { $path } in Ihrem Browser.
app-preview-no-browser = Es konnte kein Webbrowser gestartet werden ({ $error }). Die Vorschauseite ist unter { $path } gespeichert: Öffnen Sie sie in Ihrem Browser.
app-preview-page-title = Vorschau der Schaltfläche
app-preview-on-light = Auf einer hellen Seite:
app-preview-on-grey = Auf einer grauen Seite:
app-preview-on-dark = Auf einer dunklen Seite:

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] Veröffentlichte Version
   *[new] Neue Version
}
app-card-hint = { $side ->
    [old] Die Version, die jetzt im Teams Store ist
   *[new] Das Update, das Sie einreichen möchten
}
app-reversed = Die Versionsnummer der neuen Version ist niedriger als die der veröffentlichten. Haben Sie die beiden vertauscht?
app-swap = Beide tauschen
app-swap-hover = Veröffentlichte und neue Version vertauschen
app-card-empty = Legen Sie hier eine manifest.json oder ein App-Paket (.zip) ab, oder
app-card-reading = { $file } wird gelesen…
app-card-icon-alt = Farbsymbol von { $name }
app-card-icon-hover = Das Farbsymbol der App aus dem Paket
app-card-no-name = (das Manifest hat keinen App-Namen)
app-card-file = Datei: { $file }
app-card-manifest-format = Manifestformat { $schema }
app-card-not-given = nicht angegeben
app-card-manifest-format-hover = manifestVersion: die Version des Manifestformats von Microsoft, in der die Datei geschrieben ist
app-card-could-not-load = { $file } konnte nicht geladen werden
app-card-what-is-wrong = Was falsch ist: { $problem }
app-card-what-to-do = Was zu tun ist: { $fix }
app-card-open = Öffnen…
app-card-open-hover = Eine manifest.json oder ein .zip-App-Paket auswählen ({ $shortcut })
app-card-open-named = { $side ->
    [old] Veröffentlichte Version öffnen…
   *[new] Neue Version öffnen…
}
app-card-reload = Neu laden
app-card-reload-hover = Die Datei erneut lesen ({ $shortcut })
app-card-reload-named = { $side ->
    [old] Veröffentlichte Version neu laden
   *[new] Neue Version neu laden
}
app-card-clear = Entfernen
app-card-clear-named = { $side ->
    [old] Veröffentlichte Version entfernen
   *[new] Neue Version entfernen
}
app-card-typed-path = Ziehen Sie die Datei auf dieses Fenster, oder fügen Sie hier ihren vollständigen Pfad ein:
app-card-typed-path-hover = Unter Linux braucht der Dialog die Dateiauswahl Ihres Desktops (den Dienst xdg-desktop-portal) oder das Programm zenity.
app-card-path-example-windows = C:\Users\ihrname\Downloads\app-package.zip
app-card-path-example = /home/ihrname/Downloads/app-package.zip
app-card-path-named = { $side ->
    [old] Pfad der Datei der veröffentlichten Version
   *[new] Pfad der Datei der neuen Version
}
app-card-open-typed = Öffnen
app-drop-overlay = Auf einer Karte ablegen, um die Datei dort zu laden
app-drop-question = Welche Version ist das?
app-drop-load-as = { $file } laden als:

# Saving the report (src/app/export.rs)
app-report-saved = Bericht gespeichert unter { $path }
app-report-saved-no-dialog = Auf diesem Computer konnte kein Speicherdialog geöffnet werden, daher wurde der Bericht unter { $path } gespeichert
app-export-is-input = Nicht gespeichert: { $path } ist eine der Dateien, die Sie prüfen. Wählen Sie einen anderen Namen.
app-export-failed = Der Bericht konnte nicht unter { $path } gespeichert werden ({ $error }). Wählen Sie einen Ordner, in den Sie schreiben können.

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = Korrigierte Kopie: { $path }
app-fix-repaired = { $what }: war { $before }, jetzt { $after }
app-fix-left = { $problem } Wer es beheben kann: { $who }
app-fix-save = Korrigierte Kopie speichern…
app-fix-save-hover = Speichert ein neues Paket mit den sicheren Reparaturen (Versionsnummer, Schemalink, Symbole, nicht verwendete Dateien); Ihre Dateien werden nicht geändert. Die Kopie wird anschließend als neue Version geöffnet.
app-fix-some-repairable = Einige dieser Probleme können automatisch behoben werden.

app-fix-version-label = Version für die Kopie:
app-fix-version-named = Version für die korrigierte Kopie
app-fix-leave-empty = Lassen Sie das Feld leer, um { $proposed } zu verwenden (die veröffentlichte Version ist { $published }).
app-fix-no-dialog = Auf diesem Computer konnte kein Speicherdialog geöffnet werden. Geben Sie ein, wo die korrigierte Kopie gespeichert werden soll:
app-fix-path-named = Pfad der korrigierten Kopie
app-fix-save-copy = Kopie speichern
app-fix-folder-hover = Speichert ein neues Paket, in dem die Dateien aus ihrem Ordner ins Stammverzeichnis verschoben sind, wo Teams sie sucht; Ihre Datei wird nicht geändert.
app-fix-folder = Die Dateien der neuen Version liegen in einem Ordner innerhalb des Pakets: Eine Kopie kann sie ins Stammverzeichnis verschieben.
app-fix-dialog-title = Korrigierte Kopie der neuen Version speichern
app-internal-fix = Teams Update Check ist beim Erstellen der korrigierten Kopie auf ein internes Problem gestoßen (ein Fehler im Tool). Ihre Dateien wurden nicht geändert.
app-fix-not-read-again = Die neue Version konnte nicht erneut gelesen werden ({ $error }). Öffnen Sie sie erneut.
app-fix-not-made = Es konnte keine korrigierte Kopie erstellt werden: { $error }
app-fix-nothing = Nichts konnte automatisch repariert werden; die verbleibenden Probleme muss ein Mensch lösen (siehe Liste).
app-fix-not-saved = Die korrigierte Kopie konnte nicht als { $path } gespeichert werden ({ $error }). Wählen Sie einen anderen Ort.

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = Ein Teil des Textes in Ihren Dateien enthält Zeichen für { $scripts }, die keine Schriftart auf diesem Computer darstellen kann, daher erscheinen sie als leere Kästchen. Installieren Sie { $fix }, und öffnen Sie Teams Update Check erneut, um sie zu sehen. Die Prüfung selbst ist davon nicht betroffen: Ihre Ergebnisse sind vollständig.
app-font-fix-other = eine Schriftart, die diese Zeichen enthält
app-font-fix-emoji = eine Emoji-Schriftart (z. B. Noto Color Emoji)
app-font-fix-script = eine Schriftart für { $scripts } (z. B. aus der kostenlosen Noto-Familie)
app-list-and = { $first } und { $last }
app-hide = Ausblenden
app-script-greek = Griechisch
app-script-cyrillic = Kyrillisch
app-script-armenian = Armenisch
app-script-hebrew = Hebräisch
app-script-arabic = Arabisch
app-script-devanagari = Hindi (Devanagari)
app-script-bengali = Bengalisch
app-script-gurmukhi = Punjabi (Gurmukhi)
app-script-gujarati = Gujarati
app-script-odia = Odia
app-script-tamil = Tamil
app-script-telugu = Telugu
app-script-kannada = Kannada
app-script-malayalam = Malayalam
app-script-sinhala = Singhalesisch
app-script-thai = Thailändisch
app-script-lao = Laotisch
app-script-tibetan = Tibetisch
app-script-burmese = Birmanisch
app-script-georgian = Georgisch
app-script-korean = Koreanisch
app-script-ethiopic = Amharisch (Äthiopisch)
app-script-khmer = Khmer
app-script-emoji = Emojis
app-script-japanese = Japanisch
app-script-chinese = Chinesisch
app-script-other = weitere Schriften

# The report's own labels (src/app/report_view.rs)
app-sources = Quellen:
app-source-link = Quelle ↗
app-for-developers = Für Entwickler: { $lines }
app-show-details = Details anzeigen
app-show-details-hover = Zu den Details dieses Problems weiter unten springen
app-why = Warum: { $why }
app-who-can-fix = Wer es beheben kann:
app-select-to-copy = Markieren Sie den Text, um einen Teil davon zu kopieren
app-copy-full-value = Vollständigen Wert kopieren
app-copy-full-value-hover = Den ganzen Wert in die Zwischenablage kopieren
app-copy-hover = Kopiert den Text in die Zwischenablage, um ihn anderswo einzufügen
app-show-the-text = Text anzeigen
app-developer-details = Details für Entwickler

# The welcome page (src/app/welcome.rs)
app-welcome-heading = So gehen Sie vor
app-welcome-step-1 = 1. Öffnen Sie links die Version Ihrer App, die jetzt im Teams Store ist: ihre manifest.json oder das .zip-App-Paket, das Sie hochgeladen haben.
app-welcome-step-2 = 2. Öffnen Sie rechts das Update, das Sie einreichen möchten.
app-welcome-step-3 = 3. Lesen Sie die Antwort: ob das Update bereit ist, ob Ihre Benutzer der App erneut zustimmen müssen und was sich geändert hat.
app-welcome-step-4 = 4. Kopieren Sie die Downloadschaltfläche für Ihre Website.
app-welcome-shortcuts = Sie können Dateien auch auf das Fenster ziehen. Tastenkombinationen: { $open_old } öffnet die veröffentlichte Version, { $open_new } die neue, { $export } exportiert den Bericht, { $copy_html } kopiert den HTML-Code der Schaltfläche, { $reload } lädt neu.
app-welcome-where-heading = Wo bekomme ich die veröffentlichte Version?
app-welcome-where-intro = Verwenden Sie das App-Paket, das Microsoft jetzt hat, nicht die Dateien, die Sie seitdem bearbeitet haben. Holen Sie es dort, wo Ihre App veröffentlicht wurde:
app-welcome-where-portal = Entwicklerportal (dev.teams.microsoft.com): Öffnen Sie „Apps“, wählen Sie Ihre App aus, und wählen Sie „App-Paket herunterladen“. Tun Sie das, bevor Sie dort Änderungen vornehmen: Nachdem Sie die App bearbeitet haben, ist das Paket, das Sie erhalten, die neue Version.
app-welcome-where-partner = Partner Center (partner.microsoft.com), für eine App im Teams Store: Öffnen Sie das Angebot Ihrer Teams-App, und laden Sie das App-Paket herunter, das für die Live-Version hochgeladen wurde.
app-welcome-where-admin = Teams Admin Center (admin.teams.microsoft.com), für eine App, die nur in Ihrer Organisation veröffentlicht ist: Ihr Teams-Administrator kann das Paket unter „Teams-Apps“ › „Apps verwalten“ abrufen.
app-welcome-where-records = Ihre eigenen Unterlagen: die .zip-Datei, die Sie zuletzt hochgeladen haben (das Teams Toolkit legt sie z. B. im Projekt unter appPackage/build/ ab).
app-welcome-where-new = Die neue Version ist das Paket, das Sie gleich hochladen: aus dem Entwicklerportal nach Ihren Änderungen oder die .zip-Datei, die Ihre Entwickler Ihnen gegeben haben.

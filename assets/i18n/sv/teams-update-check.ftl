# Teams Update Check: every sentence a user can read, in Swedish (Svenska).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: agent-capability-dataverse, agent-capability-fabric, agent-sign-in-oauth, app-filter-markdown, app-name, app-version, change-scope-copilot, cli-problem, input-value-true-or-false, place-label-parameter, place-label-version, place-label-video, report-mark-ok, report-row-version, rule-bot-setting-video, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = { $count ->
    [one] 1 ikon
   *[other] { $count } ikoner
}

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = App-ID:t förblir detsamma
check-version-format-title = Versionsnumret är korrekt skrivet
check-version-incremented-title = Versionsnumret ökar
check-app-id-changed = App-ID:t har ändrats från { $old } till { $new }. En uppdatering måste behålla den publicerade appens ID; med ett nytt ID behandlar butiken den som en annan app. Sätt tillbaka det gamla ID:t.
check-app-id-not-guid = App-ID:t är detsamma i båda filerna, men ”{ $id }” är inget riktigt app-ID (ett GUID som 0b5c3d6e-1234-4abc-9def-00112233aabb). Det ser ut som en platshållare som dina byggverktyg fyller i; kontrollera paketet som du faktiskt skickar in.
check-app-id-same = App-ID:t förblir { $id }.
check-version-too-long = Den nya versionen ”{ $version }” är längre än 256 tecken.
check-version-not-three-numbers = Den nya versionen ”{ $version }” består inte av tre heltal åtskilda av punkter, som 1.4.2 (inga bokstäver, inga inledande nollor, inget ”-beta”); butiken avvisar andra former.
check-version-addin-part-too-big = Den nya versionen ”{ $version }” har en del som är större än 99999, vilket Office-tillägg (avsnittet `extensions`) inte tillåter.
check-version-well-formed = Den nya versionen { $version } är skriven så som butiken förväntar sig.
check-version-nothing-changed = Ingenting har ändrats, så versionen behöver inte ändras.
check-version-goes-up = Versionen ökar från { $old } till { $new }.
check-version-unchanged = Versionen är fortfarande { $new }, men något har ändrats. Versionen måste öka vid varje ändring: höj den över { $old }, till exempel till { $next }.
check-version-same-number = Versionen går från { $old } till { $new }, vilket är samma nummer skrivet på ett annat sätt (delar som saknas räknas som 0), inte ett högre. Höj den över { $old }, till exempel till { $next }.
check-version-lower = Den nya versionen { $new } är lägre än den publicerade { $old }. Angavs de två filerna i fel ordning? Den publicerade versionen kommer först, den nya sedan. Annars höjer du den nya versionen över { $old }.
check-version-not-comparable = Det gick inte att jämföra versionerna, eftersom { $which ->
    [published] den publicerade versionen
   *[new] den nya versionen
} ”{ $version }” { $reason ->
    [long] har en del som är längre än 18 siffror
   *[signs] inte bara består av siffror och punkter
}. Se till att den nya versionen är högre än den publicerade.
check-version-higher-number = ett högre nummer

## Store checks (src/store/)
store-activities-title = Aviseringstyperna i aktivitetsflödet är unika och inte reserverade
store-agent-files-title = Alla Copilot-agentfiler kan läsas
store-localization-agent-default-file-title = En översatt agent har en fil för sitt standardspråk
store-agent-localization-keys-title = Varje översättningsfil har agentens lokaliseringsnycklar
store-agent-name-match-title = Agenten och dess åtgärder har appens namn
store-agent-operations-title = Varje agentfunktion och API-kommando har sin operation
store-agent-schema-title = Copilot-agentfilerna följer Microsofts officiella scheman
store-agent-schema-url-title = Copilot-agentfilerna länkar till schemat för sitt eget format
store-agent-text-hygiene-title = Agentens beskrivningar och instruktioner innehåller inga webbadresser, emojier eller dolda tecken
store-agent-urls-title = Copilot-agenter anropar riktiga https-adresser
store-api-message-extension-title = Meddelandetilläggen följer uppladdningsreglerna för sin typ
store-app-name-core-feature-title = Kortnamnet börjar inte med en Teams-funktion
store-bot-id-guid-title = Robot-ID:n är GUID:er
store-bot-id-kept-title = Robotarna behåller sina publicerade ID:n
store-cea-bot-id-title = Agenten med anpassad motor är en av appens robotar
store-channel-features-title = Anger om appen fungerar i delade och privata kanaler
store-bot-command-slash-title = Robotkommandon börjar inte med snedstreck
store-bot-command-duplicate-title = Varje robotkommando förekommer en gång i sin lista
store-me-command-duplicate-title = Varje åtgärdskommando i ett meddelandetillägg förekommer en gång
store-consequential-actions-title = Åtgärder som ändrar data frågar användaren först
store-da-actions-title = Agenten har åtgärder
store-da-graph-connectors-blank-title = Agenten använder alla Copilot-anslutningsappar i en organisation
store-da-starters-count-title = Agenten har 3 till 6 konversationsstartare
store-dashboard-cards-title = Instrumentpanelskorten har en ikon var och unika ID:n
store-descriptions-title = Den fullständiga beskrivningen säger mer än den korta, med högst 500 ord
store-https-urls-title = Webbadresserna är säkra (https)
store-icon-color-title = Färgikonen är en PNG på 192 × 192
store-icon-color32x32-title = Den lilla färgikonen är en PNG på 32 × 32
store-icon-outline-title = Konturikonen är vit på transparent bakgrund, 32 × 32
store-localization-title = Översättningsfilerna är giltiga och passar manifestformatet
store-localization-tags-title = Varje språk har en översättningsfil
store-long-description-copilot-title = Den fullständiga beskrivningen säger att appen fungerar i Microsoft 365 Copilot
store-manifest-version-title = Manifestet använder ett format som butiken godtar
store-me-sample-prompts-title = Meddelandetilläggens kommandon har 3 olika exempelprompter
store-package-extra-files-title = Paketet innehåller bara de filer som manifestet använder
store-package-files-title = Varje fil som manifestet nämner finns i paketet
store-package-name-deprecated-title = Inget föråldrat packageName-fält
store-package-size-title = Paketet är högst 10 MB
store-placeholders-title = Inga mallplatshållare finns kvar
store-required-texts-title = Namn, beskrivningar och utvecklarnamn är ifyllda
store-schema-title = Manifestet följer Microsofts officiella schema
store-schema-url-title = Schemalänken passar manifestformatet
store-static-tab-names-title = De personliga flikarna har korrekta namn
store-valid-domains-title = De giltiga domänerna är dina egna produktionsdomäner
store-valid-domains-coverage-title = Flikarnas sidor finns på dina giltiga domäner
store-version-major-title = Versionen är 1.0.0 eller högre
store-activities-reserved = Aktivitetstypen ”systemDefault” är reserverad av Teams för dess egna aviseringar; uppladdningstjänsten avvisar den. Ge den här aviseringstypen ett eget namn, till exempel ”taskAssigned” (din utvecklares kod skickar den med det namnet).
store-activities-duplicate = Aktivitetstypen ”{ $kind }” deklareras mer än en gång; det avvisar uppladdningstjänsten. Behåll en post för den.
store-agent-files-broken = { $problem }
store-agent-files-too-large = ”{ $file }” ({ $what }) är { $size }; en fil i paketet får vara högst { $limit } för den här kontrollen, och en så stor fil är nästan säkert inte den som avsågs. Din utvecklare måste göra den mindre eller byta ut den.
store-agent-files-too-many = Paketet leder till fler än { $limit } agentfiler att läsa; ”{ $file }” och filerna efter den kontrollerades inte. En apps agenter behöver betydligt färre filer: din utvecklare bör kontrollera vad agentfilerna hänvisar till.
store-agent-name-match-differs = Namnet på { $what } är ”{ $name }” ({ $kind ->
    [action] åtgärdens namn som användarna ser
   *[agent] agentens namn
}, i ”{ $file }”), men appen heter ”{ $app }”. Agent Store kräver att appen, dess agent och agentens åtgärder har samma namn. Din utvecklare måste ändra det till ”{ $app }” (eller ändra appens namn så att det stämmer).
store-localization-agent-default-file-missing = Copilot-agenten är översatt (dess filer använder lokaliseringsnycklar som [[agentName]]) och appen anger andra språk, men det finns ingen översättningsfil för standardspråket (defaultLanguageFile). En översatt agent behöver en fil för varje språk den stöder, även standardspråket. Din utvecklare måste lägga till en och ange den i manifestet.
store-localization-agent-default-file-advice = Appen anger andra språk men ingen översättningsfil för sitt standardspråk (defaultLanguageFile). Om Copilot-agenten stöder mer än ett språk behöver den en fil för varje språk, även standardspråket.
store-agent-localization-keys-lacking = Översättningsfilen ”{ $file }” saknar { $count ->
    [one] en lokaliseringsnyckel
   *[other] lokaliseringsnycklar
} som Copilot-agenten använder ({ $keys }). Uppladdningstjänsten avvisar en agenttext som den inte kan översätta. Din utvecklare måste lägga till { $count ->
    [one] den
   *[other] dem
} under localizationKeys i den här filen.
store-agent-operations-command = Meddelandetilläggets kommando ”{ $command }” har ingen operation med det ID:t (operationId) i API-beskrivningen ”{ $file }”; det skulle misslyckas varje gång en användare kör det. Din utvecklare måste koppla kommandot till en operation.
store-agent-operations-undefined-function = Agentåtgärdsfilen ”{ $file }” kör en funktion, ”{ $function }”, som den inte definierar (den är inte en av filens funktioner). Din utvecklare måste lägga till funktionen eller rätta namnet.
store-agent-operations-function = Agentfunktionen ”{ $function }” har ingen operation med det ID:t (operationId) i API-beskrivningen ”{ $file }”; Copilot skulle misslyckas varje gång den försöker använda den. Din utvecklare måste koppla funktionen till en operation.
store-agent-schema-url-mismatch = Schemalänken i ”{ $file }” gäller format { $linked }, men filen säger att den följer { $version }. Din utvecklare bör länka till schemat för { $version }, så att redigeringsprogram kontrollerar filen mot rätt regler.
store-schema-whole = { $kind ->
    [localization] Lokaliseringsfilen
    [declarative-agent] Copilot-agentfilen
    [plugin] Agentåtgärdsfilen
    [agentic-user] Mallen för agentanvändare
    [response-template] Svarsmallen
   *[manifest] Manifestet
}
store-schema-at-top = på översta nivån i { $kind ->
    [localization] lokaliseringsfilen
    [declarative-agent] Copilot-agentfilen
    [plugin] agentåtgärdsfilen
    [agentic-user] mallen för agentanvändare
    [response-template] svarsmallen
   *[manifest] manifestet
}
store-schema-in-field = i { $field }
store-schema-manifest-format = manifestformat { $format }
store-schema-renamed-field = { $field } har `{ $unknown }` där { $format } förväntar sig `{ $missing }`, som är obligatoriskt. Byt namn på `{ $unknown }` till `{ $missing }`.
store-schema-missing-one-of = { $field } saknar `{ $first }`, som är obligatoriskt (eller { $others } i stället). Lägg till det.
store-schema-max-length = { $field } får vara högst { $limit } tecken; ditt värde har { $count }.
store-schema-min-length = { $field } måste ha minst { $limit ->
    [one] 1 tecken
   *[other] { $limit } tecken
}; ditt värde har { $count }.
store-schema-max-items = { $field } får ha högst { $limit ->
    [one] 1 post
   *[other] { $limit } poster
}; ditt värde har { $count }.
store-schema-min-items = { $field } måste ha minst { $limit ->
    [one] 1 post
   *[other] { $limit } poster
}; ditt värde har { $count }.
store-schema-uri = { $field } måste vara en fullständig webbadress med schema, till exempel https://www.contoso.com/help; ditt värde är { $value }.
store-schema-constant = { $field } måste vara { $expected }; ditt värde är { $value }.
store-schema-required = { $field } saknar `{ $name }`, som är obligatoriskt. Lägg till det.
store-schema-type = { $field } måste vara { $expected }; ditt värde är { $value }.
store-schema-type-name = { $kind ->
    [string] en text (inom dubbla citattecken)
    [object] ett objekt (`{"{"} … {"}"}`)
    [array] en lista (`[ … ]`)
    [boolean] true eller false
    [integer] ett heltal
    [number] ett tal
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first } eller { $second }
store-schema-unique-items = { $field } innehåller samma post mer än en gång; ta med varje post bara en gång.
store-schema-no-form = { $field } passar ingen av de former som { $format } tillåter här. Jämför med referensen för det här fältet.
store-schema-several-forms = { $field } passar mer än en av de former som { $format } tillåter här; det måste passa exakt en.
store-schema-maximum = { $field } får vara högst { $limit }; ditt värde är { $value }.
store-schema-minimum = { $field } måste vara minst { $limit }; ditt värde är { $value }.
store-schema-max-properties = { $field } får ha högst { $limit } fält.
store-schema-min-properties = { $field } måste ha minst { $limit } fält.
store-schema-other = { $field } följer inte { $format }: { $problem }.
store-schema-pattern-guid = ett ID i GUID-form, till exempel ”0b5c3d6e-1234-4abc-9def-00112233aabb”
store-schema-pattern-https = en säker webbadress som börjar med https://, till exempel ”{ $example }”
store-schema-pattern-color = en färg skriven som # och sex hexadecimala siffror, till exempel ”#4F6BED”
store-schema-pattern-version = en version av siffror och punkter, till exempel ”1.0.0”
store-schema-pattern-other = { $field } är inte skrivet så som manifestformatet förväntar sig (det måste matcha mönstret { $pattern }); ditt värde är ”{ $value }”.
store-schema-pattern = { $field } måste vara { $expected }; ditt värde är ”{ $value }”.
store-schema-enum = { $field } måste vara något av { $allowed }; ditt värde är { $value }.
store-schema-enum-hint = { $field } måste vara något av { $allowed }; ditt värde är { $value }. Menade du `{ $option }`?
store-schema-needs-later-format = `{ $property }` kräver manifestformat { $later } eller senare; du använder { $format }. Gå över till format { $later } (uppdatera manifestVersion och { $schema_field }) eller ta bort `{ $property }`.
store-schema-unknown-field = `{ $property }` är inget fält som { $format } känner till { $place }. Kontrollera stavningen och skiftläget eller ta bort det.
store-schema-sentences = { $first } { $second }
store-schema-no-sentence = {""}
store-localization-too-large = Lokaliseringsfilen ”{ $file }” är större än 4 MiB; en lokaliseringsfil innehåller några få översatta texter.
store-localization-not-json = Lokaliseringsfilen ”{ $file }” är inte giltig JSON: { $problem }. Öppna den i en textredigerare och rätta den på rad { $line }, kolumn { $column }.
store-localization-not-object = Lokaliseringsfilen ”{ $file }” måste vara ett JSON-objekt (som börjar med `{"{"}`), men den är { $value }.
store-localization-in-file = I ”{ $file }”: { $problem }
store-schema-url-add-later = När manifestet har flyttats till ett publicerat format (se ”Manifestet använder ett format som butiken godtar”) lägger du till länken för det formatet.
store-schema-url-add = Lägg till "{ $schema_field }": "{ $example }".
store-schema-url-missing = Schemalänken (`{ $schema_field }`) saknas eller är ingen text. { $add }
store-schema-url-unusual = Schemalänken ”{ $link }” är ovanlig: den anger inget Teams-manifestformat. Den vanliga länken är ”{ $example }”.
store-schema-url-preview = Schemalänken (`{ $schema_field }`) anger format { $named }, men manifestVersion är ”{ $format }”. Låt inte länken peka på förhandsversionsformatet: butiken avvisar själva förhandsversionsformatet. Flytta manifestet till ett publicerat format (se ”Manifestet använder ett format som butiken godtar”) och låt länken ange samma format.
store-schema-url-other-format = Schemalänken (`{ $schema_field }`) anger format { $named }, men manifestVersion är { $format }. Gör dem lika: ”{ $example }”.
store-schema-url-no-format = saknas
store-placeholders-file-directive = ”{ $text }” är ett fildirektiv från Agents Toolkit som verktyget ersätter med filens text när det bygger paketet; skicka in paketet som verktyget byggde, inte källfilerna.
store-placeholders-built-address = Adressen ”{ $text }” fylldes aldrig i: paketet är byggt (dess manifest har ett riktigt app-ID), men adressen är fortfarande en platshållare, så Copilot kan inte nå den. Din utvecklare måste ange den riktiga https://-adressen här och bygga paketet igen.
store-placeholders-built-value = ”{ $text }” fylldes aldrig i: paketet är byggt (dess manifest har ett riktigt app-ID), men värdet är fortfarande en platshållare. Din utvecklare måste ange det riktiga värdet här och bygga paketet igen.
store-placeholders-placeholder = ”{ $text }” är en platshållare som dina byggverktyg fyller i; butiken behöver det riktiga värdet.
store-agent-schema-undocumented = Copilot-agentfilen ”{ $file }” använder format { $version }, som ännu inte är ett dokumenterat format för deklarativa agenter (Microsofts sidor beskriver format upp till v1.8); butiken kan avvisa den. Den kontrollerades mot schemat för v1.9 som Microsoft har förberett. Om agenten inte behöver något från v1.9 (färdighetsmappar) kan din utvecklare använda v1.8.
store-agent-schema-format = { $kind ->
    [plugin] API-pluginformat { $version }
    [agentic-user] formatet för mallar för agentanvändare
    [response-template] formatet för svarsmallar
   *[declarative-agent] format { $version } för deklarativa agenter
}
store-agent-schema-newer = ”{ $file }” ({ $what }) använder format { $version }, som är nyare än vad den här appen känner till (upp till { $newest }); den kontrollerades inte mot sitt schema. En uppdatering av den här appen kommer att kontrollera den.
store-agent-schema-no-version = den har inget
store-agent-schema-yours-quoted = ditt värde är ”{ $value }”
store-agent-schema-yours = ditt värde är { $value }
store-agent-schema-version-missing = ”{ $file }” ({ $what }) måste ange vilket format den följer i `{ $field }` (till exempel ”{ $newest }”); { $yours }. Din utvecklare måste ange det.
store-agent-text-hygiene-address = en webbadress ({ $address })
store-agent-text-hygiene-emoji = en emoji ({ $emoji })
store-agent-text-hygiene-hidden = ett dolt tecken ({ $code })
store-agent-text-hygiene-instructs = ord som ger Copilot instruktioner (”{ $phrase }”)
store-agent-text-hygiene-in-file = I ”{ $file }”, texten vid ”{ $place }”
store-agent-text-hygiene-refused = { $place } innehåller { $what }. Agent Store avvisar webbadresser, emojier och dolda tecken i de beskrivningar och instruktioner som Copilot läser. Ta bort det.
store-agent-text-hygiene-steers = { $place } innehåller { $what }. Agent Store avvisar beskrivningar som försöker styra modellen; om orden bara beskriver vad appen gör kan du behålla dem.
store-agent-text-hygiene-joiner = { $place } innehåller { $what }, ett sammanfognings- eller riktningstecken. Text i skriftsystem som persiska eller hindi behöver sådana, så det kan vara rätt; Agent Store avvisar dolda tecken som inte fyller något sådant syfte.
store-agent-urls-not-full = ”{ $address }” är ingen fullständig webbadress; Copilot anropar agentens tjänster från molnet och har inget att komplettera den med. Din utvecklare måste skriva hela adressen, till exempel ”https://api.contoso.com{ $path }”.
store-agent-urls-not-secure = ”{ $address }” är ingen säker adress (https); Copilot anropar bara https-adresser. Din utvecklare måste använda tjänstens https-adress.
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = IP-adressen { $ip }
store-agent-urls-own-computer = ”{ $address }” pekar på { $host }, som bara utvecklarens egen dator eller nätverk kan nå; Copilot anropar den från molnet för varje användare. Din utvecklare måste använda adressen där tjänsten faktiskt finns.
store-agent-urls-tunnel = ”{ $address }” är en tunnel för tester på utvecklarens egen dator; den slutar fungera när tunneln stängs. Din utvecklare måste använda adressen där tjänsten faktiskt finns.
store-api-message-extension-api-member = Meddelandetillägg { $number } är API-baserat, och ett API-baserat meddelandetillägg kan inte ha { $member ->
    [botId] ett robot-ID (`botId`)
   *[other] `{ $member }`
}; uppladdningstjänsten avvisar det. Ta bort det.
store-api-message-extension-no-api-file = Meddelandetillägg { $number } är API-baserat men anger inte sin API-beskrivning (`apiSpecificationFile`); uppladdningstjänsten avvisar det. Din utvecklare lägger till OpenAPI-filen i paketet och anger den där.
store-api-message-extension-no-template = Kommandot { $name } i det API-baserade meddelandetillägget { $number } anger inte mallen som visar dess resultat (`apiResponseRenderingTemplateFile`); uppladdningstjänsten avvisar det. Din utvecklare lägger till mallen i paketet och anger den där.
store-api-message-extension-no-parameters = Kommandot { $name } i det API-baserade meddelandetillägget { $number } har inga parametrar; uppladdningstjänsten avvisar ett API-baserat kommando utan minst en. Din utvecklare lägger till de parametrar som API-operationen tar emot.
store-api-message-extension-extra-auth = Meddelandetillägg { $number } loggar in med `{ $kind }` men har också `{ $member }`, som hör till ett annat inloggningssätt; uppladdningstjänsten avvisar det. Ta bort `{ $member }` eller ändra `authType`.
store-api-message-extension-no-registration = Meddelandetillägg { $number } loggar in med en API-nyckel (`apiSecretServiceAuth`) men anger inte sin registrering (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`); uppladdningstjänsten avvisar det. Din utvecklare registrerar nyckeln i Utvecklarportalen och anger registrerings-ID:t där.
store-api-message-extension-no-entra = Meddelandetillägg { $number } loggar in med Microsoft Entra (`microsoftEntra`) men har ingen `microsoftEntraConfiguration`; uppladdningstjänsten avvisar det. Din utvecklare lägger till den med "supportsSingleSignOn": true.
store-api-message-extension-no-sso = Meddelandetillägg { $number } loggar in med Microsoft Entra, vilket kräver enkel inloggning: `supportsSingleSignOn` måste vara true, annars avvisar uppladdningstjänsten det.
store-api-message-extension-bot-api-file = Meddelandetillägg { $number } är robotbaserat men anger en API-beskrivning (`apiSpecificationFile`); det avvisar uppladdningstjänsten. Ta bort den eller gör tillägget API-baserat ("composeExtensionType": "apiBased", utan robot).
store-api-message-extension-bot-template = Kommandot { $command } i det robotbaserade meddelandetillägget { $number } anger en resultatmall (`apiResponseRenderingTemplateFile`), som bara API-baserade tillägg har; uppladdningstjänsten avvisar det. Ta bort den.
store-api-message-extension-method = Operationen ”{ $operation }” i meddelandetillägg { $number } använder HTTP-metoden { $method }; API-baserade meddelandetillägg kan bara anropa GET- och POST-operationer, och uppladdningstjänsten avvisar andra.
store-api-message-extension-array-parameter = Parametern{ $named ->
    [yes] {" "}”{ $label }”
   *[no] {""}
} i operationen ”{ $operation }” (meddelandetillägg { $number }) är en lista (`array`); API-baserade meddelandetillägg kan inte skicka listor, och uppladdningstjänsten avvisar den.
store-api-message-extension-required-parameter = Den obligatoriska parametern{ $named ->
    [yes] {" "}”{ $label }”
   *[no] {""}
} i operationen ”{ $operation }” (meddelandetillägg { $number }) skickas { $location }; API-baserade meddelandetillägg kan bara fylla i obligatoriska parametrar i sökvägen eller frågesträngen, och uppladdningstjänsten avvisar andra.
store-api-message-extension-no-location = utan angiven plats (`in`)
store-api-message-extension-location = i { $location }
store-api-message-extension-no-servers = API-beskrivningen ”{ $file }” för meddelandetillägg { $number } anger ingen server (`servers`) för sina operationer, så Teams vet inte vart de ska skickas; uppladdningstjänsten avvisar det. Din utvecklare lägger till API:ets adress under `servers`.
store-app-name-words-title = Appnamnet undviker ord som butikens granskning avvisar
store-agent-store-copilot-agent = Copilot-agenten
store-agent-store-agent-action = agentåtgärden
store-app-name-core-feature-starts = Kortnamnet ”{ $name }” börjar med ”{ $feature }”, en Teams-funktion; butiken avvisar namn som börjar med en Teams-funktion, eftersom användarna skulle tro att appen är en del av Teams. Sätt ditt eget namn först, till exempel ”{ $example }”.
store-app-name-words-product = { $what } innehåller ”{ $word }”. Butiken avvisar namn som hänvisar till Microsofts produkter (Microsoft Teams, Microsoft 365 Copilot) om inte appen har ett officiellt partnerskap med Microsoft. Om ”{ $word }” här betyder något annat (till exempel team av människor) kan du behålla det; om det syftar på Microsofts produkt byter du namn på appen.
store-app-name-words-microsoft = { $what } innehåller ”{ $word }”. Butiken avvisar namn som hänvisar till Microsoft om inte appen har ett officiellt partnerskap med Microsoft; utan ett sådant byter du namn på appen.
store-app-name-words-unfinished = { $what } innehåller ”{ $word }”. Butiken avvisar namn som säger att appen är en test- eller förhandsversion; om det här är versionen för alla tar du bort ordet.
store-app-name-words-agent-name = Namnet på { $what } i ”{ $file }”
store-bot-id-guid-not-guid = ID:t för { $list ->
    [bots] robot
   *[composeExtensions] meddelandetillägg
} { $number } är ”{ $id }”, vilket inte är ett ID i GUID-form; uppladdningstjänsten avvisar det. Ange ID:t för robotens registrering där (det ser ut som ”0b5c3d6e-1234-4abc-9def-00112233aabb”; din utvecklare hittar det i Azure-portalen eller Bot Framework-portalen).
store-bot-id-kept-changed = Robot { $number } har ett nytt ID (”{ $new }”); den publicerade versionens robot är ”{ $old }”. Behåll den publicerade robotens ID: med ett nytt ID försvinner användarnas konversationer med roboten, och butiken avvisar det. Din utvecklare sätter tillbaka det publicerade ID:t (och behåller den robotregistreringen).
store-cea-bot-id-not-a-bot = Agenten med anpassad motor anger roboten ”{ $id }”, som inte är en av appens robotar{ $bots ->
    [0] {" "}(appen har inga)
   *[other] {""}
}. Agent Store kräver att en agent med anpassad motor är appens egen robot. Din utvecklare måste använda robotens ID här.
store-channel-features-missing = Din app fungerar i team, men anger inte att den stöder delade och privata kanaler. Lägg till "supportsChannelFeatures": "tier1" när den gör det, annars kan Teams dölja den där.
store-bot-command-slash-starts = Robotkommandot ”{ $command }” börjar med ett snedstreck. Teams lägger själv till snedstrecket när användarna skriver ett kommando; ta bort det från rubriken (”{ $without }”).
store-bot-command-duplicate-repeated = Robotkommandot ”{ $command }” förekommer mer än en gång i samma kommandolista; butiken avvisar dubblerade kommandon. Behåll ett av dem eller ge det andra en egen rubrik.
store-me-command-duplicate-repeated = Åtgärdskommandot ”{ $command }” förekommer mer än en gång i meddelandetillägg { $number }; butiken avvisar dubblerade åtgärdskommandon. Behåll ett av dem eller ge det andra en egen rubrik.
store-consequential-actions-changes-data = Operationen { $operation } i ”{ $file }” ändrar eller tar bort data, men är markerad som utan konsekvenser (x-openai-isConsequential: false), så Copilot skulle köra den utan att fråga användaren. Det avvisar Agent Store. Din utvecklare måste ta bort markeringen eller ange true.
store-consequential-actions-post = Operationen { $operation } i ”{ $file }” är markerad som utan konsekvenser (x-openai-isConsequential: false), så Copilot kör den utan att fråga användaren. Det är rätt för en sökning; om den skapar eller skickar något avvisar Agent Store den, och din utvecklare måste ta bort markeringen.
store-da-actions-none = Copilot-agenten i ”{ $file }” har inga åtgärder (API-pluginer). Agent Store vill att en agents huvudsakliga användning sker genom åtgärder; en agent som bara svarar utifrån kunskapskällor kan ändå klara granskningen. Om din agent är en sådan skriver du det i anteckningarna för certifiering.
store-da-graph-connectors-blank-listed = Copilot-agenten i ”{ $file }” anger vissa Copilot-anslutningsappar (Graph-anslutningsappar). En agent i Agent Store måste lämna den här listan tom, så att den använder alla anslutningsappar i varje organisation som installerar den. Din utvecklare måste ta bort anslutningarna.
store-da-starters-count-outside = Copilot-agenten i ”{ $file }” har { $count ->
    [0] inga
    [one] en
   *[other] { $count }
} konversationsstartare (de föreslagna prompter som användarna ser när de öppnar den). Agent Store kräver 3 till 6. Din utvecklare måste { $fix ->
    [fewer] behålla högst 6
   *[more] lägga till startare tills det finns minst 3
} i agentfilen.
store-dashboard-cards-two-icons = Instrumentpanelskort { $number } anger både en bild (`iconUrl`) och en namngiven ikon (`officeUIFabricIconName`); det avvisar uppladdningstjänsten. Behåll en av dem.
store-dashboard-cards-same-id = Instrumentpanelskort { $number } har samma ID som ett tidigare kort (”{ $id }”); det avvisar uppladdningstjänsten. Ge varje kort ett eget ID.
store-descriptions-short-is-name = Den korta beskrivningen är bara appens namn (”{ $short }”), så den fullständiga beskrivningen innehåller den. Butikens granskning kräver en kort beskrivning som säger vad appen gör i en mening och en fullständig beskrivning som säger mer.
store-descriptions-full-contains-short = Den fullständiga beskrivningen innehåller hela den korta beskrivningen (”{ $short }”). Butikens granskning kräver en fullständig beskrivning som säger mer än den korta, med egna ord.
store-descriptions-too-long = Den fullständiga beskrivningen har { $count ->
    [one] 1 ord
   *[other] { $count } ord
}; butikens granskning tillåter högst 500.
store-https-urls-own-computer = { $field } pekar på { $advice }. Den måste också börja med https://.
store-https-urls-not-secure = { $field } måste vara en säker webbadress som börjar med https://, till exempel ”{ $example }”; ditt värde är ”{ $value }”.
store-icon-color-not-png = { $icon ->
    [color32x32] Den lilla färgikonen
    [outline] Konturikonen
   *[color] Färgikonen
} ”{ $file }” är ingen PNG-bild. Spara den som PNG, { $want } × { $want } pixlar.
store-icon-color-size = { $icon ->
    [color32x32] Den lilla färgikonen
    [outline] Konturikonen
   *[color] Färgikonen
} ”{ $file }” är { $width } × { $height } pixlar; den måste vara exakt { $want } × { $want }. Ändra storleken och spara den igen.
store-icon-outline-damaged = Konturikonen ”{ $file }” är en skadad PNG-bild. Spara den som PNG igen.
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = { $color } med { $opacity } % opacitet
store-icon-outline-not-white = Konturikonen ”{ $file }” måste vara vit på transparent bakgrund, men pixeln vid x { $x }, y { $y } (räknat från övre vänstra hörnet, från 0) är { $color }. Gör varje pixel vit eller helt transparent.
store-manifest-version-missing = Manifestet har inget manifestformat (`manifestVersion`). Lägg till formatet som ditt manifest följer, till exempel "manifestVersion": "1.17" (din utvecklares verktyg skriver det), så att butiken vet vilka regler manifestet följer.
store-manifest-version-unknown = ”{ $format }” är inget manifestformat som Microsoft har publicerat (de är 1.0 till 1.17, 1.19 till { $newest } och devPreview). Ange i `manifestVersion` det format som ditt manifest följer; tills dess kan dess fält inte kontrolleras mot det officiella schemat.
store-manifest-version-preview = Manifestet använder formatet för utvecklarförhandsversionen (devPreview). Förhandsversionsformat är till för tester i din egen organisation; butiken godtar dem inte. { $advice }
store-manifest-version-too-old = Manifestet använder format { $format }; butiken kräver manifestformat 1.10 eller senare. { $advice }
store-manifest-version-not-text = Manifestformatet (`manifestVersion`) måste vara en text inom dubbla citattecken, till exempel "1.17"; ditt värde är { $value }.
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = {" "}({ $list })
store-manifest-version-reason-list = { $list }; { $next }
store-manifest-version-needs = { $what } kräver { $format }
store-manifest-version-not-below = ditt manifest passar inte schemat för { $format }
store-manifest-version-member-at = `{ $member }` ({ $place })
store-manifest-version-lacking = att `{ $property }` saknas i { $place }
store-manifest-version-move-to = Gå över till manifestformat { $format }, det tidigaste publicerade formatet som rymmer allt ditt manifest använder{ $reasons }: ange "{ $format }" i `manifestVersion` och "{ $link }" i `{ $schema_field }`.
store-manifest-version-move-at-least = Gå över till ett publicerat manifestformat: minst { $format }, det tidigaste vars schema känner till alla fält på översta nivån som ditt manifest använder{ $reasons }. Manifestet passar i sin nuvarande form inte något publicerat format, så din utvecklare måste också rätta det som formatets schema rapporterar.
store-manifest-version-unpublished = Ditt manifest använder { $count ->
    [one] ett fält
   *[other] fält
} som inget publicerat format har ännu ({ $fields }); funktioner som fortfarande är i förhandsversion kan inte publiceras. Din utvecklare tar bort dem och flyttar sedan manifestet till ett publicerat format.
store-localization-tags-twice = Språket ”{ $language }” anges två gånger bland översättningarna; då är det odefinierat vilken av dess två filer Teams visar. Behåll en post för varje språk.
store-long-description-copilot-missing = Den fullständiga beskrivningen nämner inte Copilot. För en app med en Copilot-agent kräver Agent Store att den fullständiga beskrivningen säger att appen fungerar i Microsoft 365 Copilot (till exempel ”Contoso i Microsoft 365 Copilot”). Lägg till en mening som säger det.
store-long-description-copilot-wording = Den fullständiga beskrivningen nämner Copilot men inte ”Microsoft 365 Copilot”, den formulering som Agent Stores exempel använder (”Contoso i Microsoft 365 Copilot”). Andra formuleringar kan klara granskningen; överväg att använda den.
store-me-sample-prompts-too-few = Meddelandetilläggets kommando{ $named ->
    [yes] {" "}”{ $name }”
   *[no] {""}
} har { $count ->
    [one] 1 exempelprompt
   *[other] { $count } exempelprompter
} (de exempel som Copilot visar). Agent Store kräver minst 3. Din utvecklare måste lägga till prompter som visar vad kommandot gör.
store-me-sample-prompts-shared = Exempelprompten ”{ $prompt }” för meddelandetilläggets kommando{ $named ->
    [yes] {" "}”{ $name }”
   *[no] {""}
} är också en exempelprompt för ett annat kommando. Agent Store kräver att varje kommandos prompter är dess egna. Din utvecklare måste skriva en prompt för det här kommandot.
store-package-extra-files-unused = Paketet innehåller { $count ->
    [one] 1 fil
   *[other] { $count } filer
} som manifestet inte använder: { $files }. Butiken vill att paketet bara innehåller manifestet och de filer det anger; ta bort de andra.
store-package-files-holder = ”{ $file }” ({ $what })
store-package-files-reference = { $holder } { $problem }
store-package-files-outside = anger ”{ $path }”, som inte är en fil i paketet (en sökväg i paketet skrivs relativt till filen som anger den, med snedstreck framåt, och stannar inom paketet). Din utvecklare måste rätta den.
store-package-files-no-skill-folder = anger färdighetsmappen ”{ $path }”, som inte finns i paketet. Lägg till mappen eller rätta namnet.
store-package-files-no-skill-file = anger färdighetsmappen ”{ $path }”, som saknar filen SKILL.md. Lägg till den (namnet skrivs med versaler).
store-package-files-other-case = anger ”{ $path }”, men paketet innehåller ”{ $entry }”: namnen måste stämma exakt, även versaler och gemener.
store-package-files-missing = anger ”{ $path }”, som inte finns i paketet. Lägg till filen eller rätta namnet.
store-package-files-leading-slash = ”{ $path }” börjar med /; ange filen relativt till paketet, till exempel ”color.png”.
store-package-files-backslash = ”{ $path }” använder ett omvänt snedstreck (\); sökvägar i paketet använder snedstreck framåt, till exempel ”resources/color.png”.
store-package-files-parent = ”{ $path }” pekar utanför paketet (..); lägg filen i paketet och ange den därifrån.
store-package-files-manifest-other-case = manifestet anger ”{ $path }”, men paketet innehåller ”{ $entry }”: namnen måste stämma exakt, även versaler och gemener.
store-package-files-manifest-missing = manifestet anger ”{ $path }”, som inte finns i paketet. Lägg till filen eller rätta namnet.
store-package-files-in-field = { $field }: { $problem }
store-package-name-deprecated-unused = `packageName` används inte längre från och med manifestformat 1.17 (ditt är { $format }); du kan ta bort det.
store-package-size-too-large = Apppaketet är { $size } MB; Microsofts uppladdningstjänster avvisar paket som är större än 10 MB. Behåll bara manifestet, ikonerna och de filer som manifestet anger.
store-required-texts-empty = { $field } saknar text. Butiken visar den för alla som hittar din app: fyll i den.
store-static-tab-names-reserved = Personlig flik { $number } är den reserverade fliken ”{ $entity }”, som Teams själv namnger: ta bort dess `name`.
store-static-tab-names-unnamed = Personlig flik { $number } (”{ $entity }”) har inget namn. Ge den det namn som användarna ser på fliken, till exempel ”Uppgifter”.
store-valid-domains-domain = Den giltiga domänen ”{ $domain }” { $problem }
store-valid-domains-web-address = är en webbadress, inte en domän: skriv bara domänen, till exempel ”tasks.contoso.com” (utan https:// och utan sökväg).
store-valid-domains-own-computer = är { $advice }.
store-valid-domains-too-wide = är för bred: den skulle omfatta varje webbplats under den. Ange din egen domän, till exempel ”*.contoso.com”.
store-valid-domains-already-allowed = är en Microsoft-domän som Teams redan tillåter; ta bort den från din lista.
store-valid-domains-tunnel = är en tunnel för tester på din egen dator; butiken avvisar den. Ersätt den med domänen där din app faktiskt finns.
store-valid-domains-sign-in = omfattar Microsofts inloggningstjänst, en Microsoft-domän som alla appar delar; butiken avvisar ett jokertecken för den. Om appen behöver den för inloggning anger din utvecklare den exakta adressen i stället, till exempel ”{ $example }”, eller tar bort den.
store-valid-domains-sharepoint-framework = omfattar varje organisations SharePoint; butiken avvisar ett jokertecken för den. Din apps sidor finns på varje kunds egen SharePoint-webbplats (flikadresserna börjar med {"{"}teamSiteDomain{"}"}), som i appar som byggts med SharePoint Framework, så det fungerar inte att ange en enda webbplats: be din utvecklare följa Microsofts guide för att publicera SharePoint Framework-lösningar, som beskriver hur en sådan app når varje kund: { $guide }
store-valid-domains-sharepoint = omfattar varje organisations SharePoint; butiken avvisar ett jokertecken för den. Ange din egen SharePoint-webbplats exakt, till exempel ”contoso.sharepoint.com”.
store-valid-domains-shared-hosting = omfattar en Microsoft-domän eller en domän för delat webbhotell där även andras webbplatser finns. Ange din egen webbplats exakt, till exempel ”contoso-tasks.azurewebsites.net”.
store-valid-domains-bad-wildcard = har ett jokertecken på fel ställe: `*` måste vara en hel del längst till vänster, till exempel ”*.contoso.com”.
store-valid-domains-coverage-own-computer = { $field } pekar på { $advice }. När den har ersatts ser du till att den nya adressens domän finns i din lista över giltiga domäner.
store-valid-domains-coverage-not-listed = { $field } finns på { $host }, som inte finns i din lista över giltiga domäner. Teams kan vägra läsa in sidan: lägg till ”{ $host }” i validDomains.
store-version-major-zero = Version { $version } börjar med 0, och butiken godtar inte 0.x.y-versioner. Börja på 1.0.0 (en publicerad apps nästa version måste ändå vara högre än den publicerade).

store-summary-template = Det här är en mall: { $count ->
    [one] 1 värde innehåller fortfarande
   *[other] { $count } värden innehåller fortfarande
} platshållare som `{ $example }`. Kontrollera i stället paketet som ditt bygge skapar (till exempel appPackage/build/appPackage.dev.zip).{ $caused ->
    [0] {""}
    [one] {" "}1 annat problem vid platshållarna beror på dem och försvinner med riktiga värden.
   *[other] {" "}{ $caused } andra problem vid platshållarna beror på dem och försvinner med riktiga värden.
}
store-summary-none-found-in-format = Inga problem för butiken hittades (kontrollerat mot det officiella formatet { $format } och butikens regler).
store-summary-none-found = Inga problem för butiken hittades (kontrollerat mot butikens regler).
store-summary-refused = Butiken skulle avvisa { $package ->
    [package] det här paketet
   *[manifest] det här manifestet
}: { $count ->
    [one] 1 problem
   *[other] { $count } problem
}.
store-summary-manifest-alone = Ikoner och andra filer i paketet kontrollerades inte, eftersom bara en manifest.json angavs. Öppna .zip-apppaketet för att kontrollera dem också.
store-where-line-column = { $file }, rad { $line }, kolumn { $column }
store-where-file = { $file }
store-where-with-place = { $file } ({ $place })
store-own-computer-advice = ”{ $host }”, { $tail }
store-own-computer-tail = din utvecklares egen dator (eller privata nätverk), som ingen annan kan nå: ersätt den med adressen där appen faktiskt finns

## Consent rules (src/rules/)
rule-addin-events-changed-title = Office-tillägget startar vid en ny händelse
rule-addin-events-changed-explanation = Ett Office-tillägg som startar av sig självt vid en händelse som det inte reagerade på tidigare måste godkännas igen av administratören som distribuerade det; tills dess kan personerna i den organisationen inte använda det uppdaterade tillägget. Vi tolkar Microsofts ”händelser som tillägget stöder” som de händelsetyper som startar det; vilken funktion som hanterar en händelse och hur Outlook agerar på den beskrivs bara under ”Vad som ändrats”.
rule-addin-office-apps-changed-title = Office-tillägget körs i ett annat Office-program
rule-addin-office-apps-changed-explanation = Ett Office-tillägg som börjar köras i ett annat Office-program (Outlook, Excel, Word, PowerPoint) måste godkännas igen av administratören som distribuerade det; tills dess kan personerna i den organisationen inte använda det uppdaterade tillägget. Microsofts guide för uppdateringar tar upp den här ändringen.
rule-bot-added-or-removed-title = En robot har lagts till eller tagits bort
rule-bot-added-or-removed-explanation = En robot är den del av en app som chattar med personer; att lägga till eller ta bort en ändrar vad appen kan göra, så Teams ber varje användare att godkänna appen igen.
rule-bot-calling-or-video-changed-title = En robots stöd för samtal eller video har ändrats
rule-bot-calling-or-video-changed-explanation = Om en robot kan delta i ljud- eller videosamtal är en behörighet som användarna godkänner; om den ändras ber Teams varje användare att godkänna appen igen.
rule-bot-id-changed-title = En robots ID har ändrats
rule-bot-id-changed-explanation = Robot-ID:t talar om för Teams vilken registrerad robottjänst appen kommunicerar med; ett nytt ID betyder en annan robot, så Teams ber varje användare att godkänna appen igen.
rule-bot-notification-only-changed-title = En robots inställning ”endast aviseringar” har ändrats
rule-bot-notification-only-changed-explanation = En robot för endast aviseringar kan skicka meddelanden men inte ta emot dem; att ändra detta ändrar vad roboten kan göra, så Teams ber varje användare att godkänna appen igen.
rule-bot-supports-files-changed-title = En robots inställning för fildelning har ändrats
rule-bot-supports-files-changed-explanation = Den här inställningen låter en robot skicka och ta emot filer i chattar; att ändra den ändrar vad roboten har åtkomst till, så Teams ber varje användare att godkänna appen igen.
rule-channel-tab-added-title = En kanal- eller gruppflik har lagts till
rule-channel-tab-added-explanation = Med en kanal- eller gruppflik kan ett team eller en gruppchatt fästa en sida från din app; om en sådan läggs till ber Teams varje användare att godkänna appen igen.
rule-connector-added-title = En anslutningsapp har lagts till
rule-connector-added-explanation = En anslutningsapp publicerar uppdateringar från en annan tjänst i en Teams-kanal; om en ny läggs till ber Teams varje användare att godkänna appen igen.
rule-message-extension-added-or-removed-title = Ett meddelandetillägg har lagts till eller tagits bort
rule-message-extension-added-or-removed-explanation = Ett meddelandetillägg lägger till sök- eller åtgärdskommandon i rutan där personer skriver meddelanden; om ett läggs till eller tas bort ber Teams varje användare att godkänna appen igen.
rule-personal-tab-added-title = En personlig flik har lagts till
rule-personal-tab-added-explanation = En personlig flik är en sida från din app i varje användares eget utrymme i Teams; om en sådan läggs till ber Teams varje användare att godkänna appen igen.
rule-rsc-permissions-changed-title = Behörigheterna för team- eller chattdata har ändrats (RSC)
rule-rsc-permissions-changed-explanation = Med behörigheter för resursspecifikt medgivande (RSC) kan din app läsa eller ändra data i de team, chattar eller möten som den läggs till i; om de ändras ber Teams användarna att godkänna appen igen.
rule-web-application-info-changed-title = Inloggningsinställningarna har ändrats (webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo anger den Microsoft Entra-app som din app loggar in användare med, och därmed vilka data den kan nå; om den ändras ber Teams varje användare att godkänna appen igen.
rule-source-publishing-docs = Microsofts guide för att uppdatera en publicerad app
rule-source-admin-docs = Microsofts dokumentation för Teams-administration
rule-source-office-addin-docs = Microsofts guide för att uppdatera ett Office-tillägg
rule-bot-setting-turned = Robotens inställning för { $setting } har { $now ->
    [on] aktiverats
   *[off] inaktiverats
} (den var { $was ->
    [on] aktiverad
   *[off] inaktiverad
})
rule-bot-setting-turned-developer = Robot `{ $bot }`: { $setting } ({ $field }) nu { $now ->
    [on] på
   *[off] av
} (var { $was ->
    [on] på
   *[off] av
})
rule-bot-setting-audio-calls = ljudsamtal
rule-bot-setting-video = video
rule-bot-setting-notifications-only = endast aviseringar
rule-bot-setting-file-sharing = fildelning
rule-bot-removed = En robot har tagits bort
rule-bot-removed-developer = Robot `{ $bot }` har tagits bort
rule-bot-added = En robot har lagts till
rule-bot-added-developer = Robot `{ $bot }` har lagts till
rule-bot-id-changed-evidence = Roboten har nu ett annat ID, så Teams ser den som en annan robot
rule-bot-id-changed-developer = Robot-ID ändrat från `{ $old }` till `{ $new }`
rule-channel-tab-added-evidence = En flik som team och gruppchattar kan fästa har lagts till
rule-channel-tab-added-developer = Den nya versionen har { $new ->
    [one] 1 kanal-/gruppflik
   *[other] { $new } kanal-/gruppflikar
} (configurableTabs); den publicerade har { $old }
rule-connector-added-evidence = En anslutningsapp har lagts till
rule-connector-added-developer = Anslutningsapp `{ $connector }` har lagts till
rule-message-extension-removed = Ett meddelandetillägg har tagits bort{ $count ->
    [0] {""}
    [one] {" "}(kommando { $commands })
   *[other] {" "}(kommandon { $commands })
}
rule-message-extension-removed-developer = Meddelandetillägg `{ $extension }` har tagits bort
rule-message-extension-added = Ett meddelandetillägg har lagts till{ $count ->
    [0] {""}
    [one] {" "}(kommando { $commands })
   *[other] {" "}(kommandon { $commands })
}
rule-message-extension-added-developer = Meddelandetillägg `{ $extension }` har lagts till
rule-personal-tab-added-named = Den personliga fliken { $name } har lagts till
rule-personal-tab-added-unnamed = En personlig flik har lagts till
rule-personal-tab-added-developer = Personlig flik `{ $tab }` har lagts till
rule-rsc-permission-removed = Appen begär inte längre behörigheten { $permission }{ $kind ->
    [Application] {" "}(för appen själv)
    [Delegated] {" "}(för den inloggade användarens räkning)
   *[other] {""}
}
rule-rsc-permission-removed-developer = Behörighet `{ $permission }` ({ $kind }) har tagits bort
rule-rsc-permission-added = Appen begär nu behörigheten { $permission }{ $kind ->
    [Application] {" "}(för appen själv)
    [Delegated] {" "}(för den inloggade användarens räkning)
   *[other] {""}
}
rule-rsc-permission-added-developer = Behörighet `{ $permission }` ({ $kind }) har lagts till
rule-sign-in-added = Inloggningsinställningar har lagts till: appen loggar nu in användare med en Microsoft Entra-app
rule-sign-in-added-developer = Inloggningsinställningar (webApplicationInfo) har lagts till
rule-sign-in-removed = Inloggningsinställningarna har tagits bort
rule-sign-in-removed-developer = Inloggningsinställningar (webApplicationInfo) har tagits bort
rule-sign-in-changed = Inloggningsinställningarna har ändrats
rule-sign-in-changed-developer = Inloggningsinställningar (webApplicationInfo) har ändrats
rule-sign-in-setting-changed = Inloggningsinställningarna har ändrats: { $setting }
rule-sign-in-setting-changed-developer = Inloggningsinställningar: webApplicationInfo.{ $key } ändrat från { $old } till { $new }
rule-sign-in-value-none = (inget)
rule-sign-in-setting-id = Microsoft Entra-appen som användarna loggar in med
rule-sign-in-setting-resource = adressen till resursen som användarna loggar in på
rule-sign-in-setting-application-permissions = behörigheterna som appen har för sig själv
rule-sign-in-setting-other = en inloggningsinställning

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = hela filen
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry } ”{ $name }”
place-number = { $number }
change-line = { $kind ->
    [added] Lade till
    [removed] Tog bort
   *[changed] Ändrade
} { $subject }
change-line-detail = { $kind ->
    [added] Lade till
    [removed] Tog bort
   *[changed] Ändrade
} { $subject }: { $detail }
change-told = { $subject }
change-told-detail = { $subject }: { $detail }
change-nothing = (ingenting)
change-quoted = ”{ $text }”
change-was = var { $old }
change-was-now = var { $old }, nu { $new }
change-same-entries-reordered = samma poster i en annan ordning
change-file = filen { $name }
change-file-new-content = nytt innehåll, fortfarande { $size }
change-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } byte
}
change-value-empty = tomt
change-value-on = på
change-value-off = av
change-empty-list = en tom lista
change-entries = { $count ->
    [one] { $count } post
   *[other] { $count } poster
}
change-entries-named = { $entries }: { $names }
change-settings = { $count ->
    [one] { $count } inställning ({ $keys })
   *[other] { $count } inställningar ({ $keys })
}
change-scope-personal = personliga chattar
change-scope-team = team
change-scope-group-chat = gruppchattar
change-scope-copilot = Copilot
change-and = { $head } och { $last }
change-permissions = { $count ->
    [one] Behörighet { $names }
   *[other] Behörigheter { $names }
}
change-device-permissions = { $count ->
    [one] Enhetsbehörighet { $names }
   *[other] Enhetsbehörigheter { $names }
}
change-valid-domains = Giltiga domäner { $names }
change-permission = Behörighet { $name }
change-permission-typed = Behörighet { $name } ({ $kind })
change-device-permission = Enhetsbehörighet { $name }
change-valid-domain = Giltig domän { $name }
change-bot = Robot
change-bot-for = Robot för { $scopes }
change-personal-tab = Personlig flik
change-personal-tab-named = Personlig flik ”{ $name }”
change-channel-tab = Kanal-/gruppflik
change-channel-tab-at = Kanal-/gruppflik som konfigureras på { $url }
change-connector = Anslutningsapp
change-connector-for = Anslutningsapp för { $scopes }
change-message-extension = Meddelandetillägg
change-message-extension-commands = { $count ->
    [one] Meddelandetillägg med { $count } kommando: { $titles }
   *[other] Meddelandetillägg med { $count } kommandon: { $titles }
}
change-sign-in = Inloggningsinställningar
change-sign-in-app = Inloggningsinställningar för Microsoft Entra-appen { $id }
change-sign-in-app-resource = Inloggningsinställningar för Microsoft Entra-appen { $id } (resurs { $resource })
change-area-identity = App-ID och version
change-area-listing = Namn, beskrivningar och ikoner
change-area-capability = Vad appen kan göra
change-area-agent = Copilot-agent
change-area-other = Andra inställningar
change-area-package-file = Filer i apppaketet
addin-comma-list = { $first }, { $rest }
addin-event-new-message-compose-created = ett nytt meddelande skapas
addin-event-new-appointment-organizer-created = en ny mötesinbjudan skapas
addin-event-message-attachments-changed = bifogade filer läggs till i eller tas bort från ett meddelande
addin-event-appointment-attachments-changed = bifogade filer läggs till i eller tas bort från en mötesinbjudan
addin-event-message-recipients-changed = mottagarna av ett meddelande ändras
addin-event-appointment-attendees-changed = deltagarna i ett möte ändras
addin-event-appointment-time-changed = datumet eller tiden för ett möte ändras
addin-event-appointment-recurrence-changed = upprepningen av ett möte ändras
addin-event-info-bar-dismiss-clicked = någon stänger en avisering från tillägget
addin-event-message-sending = ett meddelande håller på att skickas
addin-event-appointment-sending = en mötesinbjudan håller på att skickas
addin-event-message-compose-opened = ett meddelande som skrivs öppnas
addin-event-appointment-organizer-opened = en mötesinbjudan som skrivs öppnas
addin-event-message-from-changed = avsändaren av ett meddelande ändras
addin-event-appointment-from-changed = organisatören av ett möte ändras
addin-event-message-read-with-custom-header = ett meddelande med ett anpassat huvud läses
addin-event-message-read-with-custom-attachment = ett meddelande med en anpassad bifogad fil läses
addin-event-spam-reporting = någon rapporterar ett meddelande som skräppost
addin-event-document-opened = ett dokument öppnas
addin-event-other = händelsen ”{ $kind }” inträffar
addin-added = Office-tillägg har lagts till
addin-added-runs-in = Office-tillägg har lagts till: körs i { $applications }
addin-added-developer = Office-tillägg (`extensions`) har lagts till, för { $scopes }
addin-added-developer-no-application = Office-tillägg (`extensions`) har lagts till, för inget program
addin-no-longer-limited-named = Tillägget är inte längre begränsat till de program som det angav
addin-no-longer-limited = Tillägget är inte längre begränsat till { $applications }
addin-no-longer-limited-developer = `{ $path }` har tagits bort: tillägget kan installeras i alla Office-program
addin-application-removed = Tillägget körs inte längre i { $application }
addin-application-removed-developer = Programmet `{ $scope }` har tagits bort (fanns i `{ $path }`)
addin-application-added = Tillägget körs nu även i { $application }
addin-application-added-developer = Programmet `{ $scope }` har lagts till i `{ $path }`
addin-event-removed = Tillägget startar inte längre när { $event }
addin-event-removed-developer = Händelsen `{ $kind }` har tagits bort (fanns i `{ $path }`)
addin-event-added = Tillägget startar nu av sig självt när { $event }
addin-event-added-developer = Händelsen `{ $kind }` har lagts till i `{ $path }`
addin-send-mode-prompt-user = fråga användaren
addin-send-mode-soft-block = blockera sändningen om inte tillägget är otillgängligt
addin-send-mode-block = blockera sändningen
addin-send-mode-other = använda sändningsläget ”{ $mode }”
addin-send-mode-none = inte ange något läge
addin-when-message-sending = ett meddelande skickas
addin-when-appointment-sending = en mötesinbjudan skickas
addin-option-absent = saknas
addin-send-mode-changed = När { $event } ska tillägget nu { $now } (tidigare: { $was })
addin-send-mode-changed-developer = Händelsen `{ $kind }`: `options.sendMode` nu { $now } (var { $was })
addin-header-none = inget
addin-header-changed = När { $event } letar tillägget nu efter huvudet { $now } (tidigare: { $was })
addin-header-changed-developer = Händelsen `{ $kind }`: `options.headerName` nu { $now } (var { $was })
addin-context-mail-read = vid läsning av e-post
addin-context-mail-compose = vid skrivande av e-post
addin-context-meeting-organizer = när man organiserar ett möte
addin-context-meeting-attendee = när man deltar i ett möte
addin-context-document = dokumentet
addin-control-button = Knapp
addin-control-menu = Meny
addin-control-menu-item = Menyalternativ
addin-on-ribbon = menyfliksområdet
addin-on-context-menu = snabbmenyn
addin-entry-point-cell = en cell
addin-entry-point-text = markerad text
addin-where-context = { $place } ({ $context })
addin-control-removed = { $what } ”{ $label }” har tagits bort från { $place }
addin-control-removed-developer = Kontrollen `{ $id }` har tagits bort (fanns i `{ $path }`)
addin-control-renamed = { $what } ”{ $old }” har bytt namn till ”{ $new }” i { $place }
addin-control-renamed-developer = Kontrollen `{ $id }`: `label` har ändrats
addin-control-added = { $what } ”{ $label }” har lagts till i { $place }
addin-control-added-developer = Kontrollen `{ $id }` har lagts till i `{ $path }`
addin-set-version = { $name } { $version }
addin-no-version = ingen version
addin-needs-removed = Tillägget kräver inte längre { $set }
addin-needs-removed-developer = Kravuppsättningen `{ $set }` har tagits bort
addin-needs-changed = Tillägget kräver nu { $set } (tidigare { $was })
addin-needs-changed-developer = Kravuppsättningen `{ $set }`: `minVersion` nu { $now } (var { $was })
addin-needs-added = Tillägget kräver nu { $set }
addin-needs-added-developer = Kravuppsättningen `{ $set }` har lagts till
addin-form-factor-mobile = mobila enheter
addin-form-factor-desktop = stationära datorer
addin-form-factor-removed = Tillägget körs inte längre på { $factor }
addin-form-factor-removed-developer = Formfaktorn `{ $factor }` har tagits bort
addin-form-factor-added = Tillägget körs nu även på { $factor }
addin-form-factor-added-developer = Formfaktorn `{ $factor }` har lagts till
addin-pages-no-longer = Tilläggets sidor kommer inte längre från { $hosts }
addin-pages-now = Tilläggets sidor kommer nu från { $hosts }
addin-pages-changed = Tilläggets sidor kommer nu från { $hosts } (tidigare { $was })
addin-pages-developer = Värdar för `runtimes[].code` nu { $hosts } (var { $was })
addin-shortcut = Kortkommando { $keys }
addin-shortcut-action = Kortkommando { $keys } (”{ $action }”)
addin-get-started-message = Kom igång-meddelande ”{ $title }”
addin-custom-function = Anpassad funktion ”{ $name }”
addin-named-removed = { $thing } har tagits bort
addin-named-removed-developer = `{ $path }` har tagits bort
addin-named-added = { $thing } har lagts till
addin-named-added-developer = `{ $path }` har lagts till
addin-removed = Office-tillägg har tagits bort
addin-removed-developer = Office-tillägg (`extensions`) har tagits bort
addin-other-settings = Office-tillägg: { $count ->
    [one] { $count } annan inställning har
   *[other] { $count } andra inställningar har
} ändrats
addin-other-changes-developer = { $count ->
    [one] { $count } annan ändring
   *[other] { $count } andra ändringar
} under `{ $path }`
addin-extensions-changed-developer = `extensions` har ändrats
addin-extensions-changed-no-addin-developer = `extensions` har ändrats (inget Office-tillägg i någon av versionerna)
place-label-app-id = App-ID
place-label-version = Version
place-label-manifest-format-version = Version av manifestformatet
place-label-manifest-schema-link = Manifestets schemalänk
place-label-app-name = Appnamn
place-label-description = Beskrivning
place-label-developer-details = Utvecklaruppgifter
place-label-icons = Ikoner
place-label-accent-color = Accentfärg
place-label-translations = Översättningar
place-label-package-name = Paketnamn
place-label-short-name = Kortnamn
place-label-full-name = Fullständigt namn
place-label-short-description = Kort beskrivning
place-label-full-description = Fullständig beskrivning
place-label-developer-name = Utvecklarnamn
place-label-color-icon = Färgikon
place-label-outline-icon = Konturikon
place-label-bot = Robot
place-label-bots = Robotar
place-label-message-extension = Meddelandetillägg
place-label-message-extensions = Meddelandetillägg
place-label-connector = Anslutningsapp
place-label-connectors = Anslutningsappar
place-label-personal-tab = Personlig flik
place-label-personal-tabs = Personliga flikar
place-label-channel-group-tab = Kanal-/gruppflik
place-label-channel-and-group-tabs = Kanal- och gruppflikar
place-label-sign-in-settings = Inloggningsinställningar
place-label-team-and-chat-data-permissions = Behörigheter för team- och chattdata
place-label-permission = Behörighet
place-label-permissions = Behörigheter
place-label-device-permission = Enhetsbehörighet
place-label-device-permissions = Enhetsbehörigheter
place-label-valid-domain = Giltig domän
place-label-valid-domains = Giltiga domäner
place-label-meeting-extension = Mötestillägg
place-label-activity-feed-notifications = Aviseringar i aktivitetsflödet
place-label-copilot-agents = Copilot-agenter
place-label-copilot-extensions = Copilot-tillägg
place-label-agent-connector = Agentanslutningsapp
place-label-agent-connectors = Agentanslutningsappar
place-label-agent-skill = Agentfärdighet
place-label-agent-skills = Agentfärdigheter
place-label-agentic-user-template = Mall för agentanvändare
place-label-agentic-user-templates = Mallar för agentanvändare
place-label-extension = Tillägg
place-label-outlook-and-office-extensions = Outlook- och Office-tillägg
place-label-dashboard-card = Instrumentpanelskort
place-label-dashboard-cards = Instrumentpanelskort
place-label-graph-connector = Graph-anslutningsapp
place-label-supported-channel-types = Kanaltyper som stöds
place-label-default-install-scope = Standardomfång för installation
place-label-default-group-capability = Standardfunktion för grupper
place-label-command = Kommando
place-label-commands = Kommandon
place-label-language = Språk
place-label-languages = Språk
place-label-activity-type = Aktivitetstyp
place-label-activity-types = Aktivitetstyper
place-label-declarative-agent = Deklarativ agent
place-label-declarative-agents = Deklarativa agenter
place-label-parameter = Parameter
place-label-parameters = Parametrar
place-label-command-list = Kommandolista
place-label-command-lists = kommandolistor
place-label-file-sharing = fildelning
place-label-notifications-only = endast aviseringar
place-label-audio-calls = ljudsamtal
place-label-video = video
place-label-page-address = sidadress
place-label-website-address = webbplatsadress
place-label-setup-page-address = adress till konfigurationssidan
place-label-search-address = sökadress
place-label-privacy-statement-address = adress till sekretesspolicyn
place-label-terms-of-use-address = adress till användningsvillkoren
place-label-partner-network-id = Partner Network-ID
place-label-bot-id = robot-ID
place-label-tab-id = flik-ID
place-label-connector-id = anslutningsappens ID
place-label-color-icon-setting = färgikon
place-label-outline-icon-setting = konturikon
place-label-resource-address = resursadress
place-label-settings-can-be-changed = inställningarna kan ändras
place-label-id = ID
place-extension-number = nummer { $number } i listan
input-manifest-field-problem = fältet `{ $field }`: { $problem }
input-manifest-not-object = ett manifest måste vara ett JSON-objekt (som börjar med `{"{"}`), men den här filen är { $value }
input-manifest-not-list = måste vara en lista (`[ ... ]`), men det är { $value }
input-manifest-permission-not-object = varje behörighet måste vara ett objekt med `name` och `type`, men den här är { $value }
input-manifest-not-object-field = måste vara ett objekt (`{"{"} ... {"}"}`), men det är { $value }
input-manifest-entry-not-object = varje post måste vara ett objekt (`{"{"} ... {"}"}`), men den här är { $value }
input-manifest-missing = saknas; det är obligatoriskt
input-manifest-not-text = måste vara text inom dubbla citattecken, men det är { $value }
input-manifest-not-true-or-false = måste vara true eller false (utan citattecken), men det är { $value }
input-value-null = null (tomt)
input-value-true-or-false = { $value } (true/false)
input-value-number = talet { $number }
input-value-text = texten ”{ $text }”
input-value-text-shortened = texten ”{ $text }…”
input-value-list = en lista (`[ ... ]`)
input-value-object = ett objekt (`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}och { $more } till
}
agent-value = { $value }
agent-quoted = ”{ $text }”
agent-none = inget
agent-and = { $head } och { $last }
agent-from-to = från { $old } till { $new }
agent-was = var { $old }
agent-were = var { $old }
agent-characters = { $count ->
    [one] { $formatted } tecken
   *[other] { $formatted } tecken
}
agent-new-wording = ny formulering, fortfarande { $characters }
agent-it-calls = den anropar { $host }
agent-folder = mappen { $folder }
agent-key-schema = schemalänk
agent-capability-web-search = webbsökning
agent-capability-graphic-art = bildgenerering
agent-capability-code-interpreter = kodtolk
agent-capability-onedrive-sharepoint = SharePoint- och OneDrive-filer
agent-capability-graph-connectors = Copilot-anslutningsappar
agent-capability-teams-messages = Teams-meddelanden
agent-capability-email = e-post
agent-capability-email-actions = e-poståtgärder
agent-capability-people = personer
agent-capability-meetings = möten
agent-capability-meeting-actions = mötesåtgärder
agent-capability-embedded-knowledge = filer i paketet
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = scenariomodeller
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = API-nyckel
agent-sign-in-dynamic-registration = OAuth med dynamisk klientregistrering
agent-sign-in-key-vault = en nyckel i Azure Key Vault
agent-sign-in-reference = { $kind } (referens-ID { $id })
agent-agent = agenten { $name }
agent-action = åtgärden { $name }
agent-an-action = en åtgärd
agent-copilot-extension = appens Copilot-tillägg
agent-connector = agentanslutningsappen { $name }
agent-custom-engine = agenten med anpassad motor
agent-agentic-user-template = mallen för agentanvändare { $name }
agent-api-of = API:et för { $label }
agent-file-agent = agenten i { $file }
agent-file-action = åtgärden i { $file }
agent-file-api = API-beskrivningen { $file }
agent-file-tools = MCP-verktygslistan { $file }
agent-file-card = kortmallen { $file }
agent-file-response-template = svarsmallen { $file }
agent-file-agentic-user-template = mallen för agentanvändare i { $file }
agent-setting-name = namnet
agent-setting-description = beskrivningen
agent-setting-disclaimer = ansvarsfriskrivningen
agent-thing-skill = en färdighet
agent-thing-starter = en konversationsstartare
agent-thing-tool = ett verktyg
agent-thing-mcp-server = en MCP-server
agent-thing-local-runtime = en körningsmiljö på användarens enhet
agent-thing-api = ett API
agent-added-to = { $what } i { $label }
agent-removed-from = { $what } från { $label }
agent-setting-of = { $what } för { $label }
agent-setting-added = { $what } för { $label }
agent-file-of = filen för { $label }
agent-format-of = formatversionen för { $label }
agent-other-settings-of = andra inställningar för { $label }
agent-other-details-of = andra detaljer för { $label }
agent-copilot-added = Copilot-{ $label }
agent-copilot-removed = Copilot-{ $label }
agent-declared-how = hur manifestet deklarerar { $label }
agent-declared-from-preview = från förhandsversionsformen (Copilot-tillägg) till Copilot-agenter
agent-custom-engine-added = en agent med anpassad motor (den svarar via appens robot)
agent-connector-added = { $label }
agent-connector-removed = { $label }
agent-mcp-server-of = MCP-servern för { $label }
agent-sign-in-of = inloggningen för { $label }
agent-sign-in-of-host = inloggningen för { $label } mot { $host }
agent-sign-in-of-number = inloggningen för { $label } ({ $number })
agent-skill = en agentfärdighet
agent-skill-in-folder = agentfärdigheten i mappen { $folder }
agent-agentic-user-template-added = en mall för agentanvändare, { $name }
agent-instructions-of = instruktionerna för { $label }
agent-capability-from = en förmåga från { $label }
agent-capability-to = en förmåga i { $label }
agent-capability-settings-of = inställningarna för { $capability } i { $label }
agent-starter-of = konversationsstartaren { $starter } i { $label }
agent-worker-from = en arbetsagent från { $label }
agent-worker-to = en arbetsagent i { $label }
agent-action-from = en åtgärd från { $label }
agent-action-to = en åtgärd i { $label }
agent-function = { $name } ({ $description })
agent-function-from = en funktion från { $label }
agent-function-to = en funktion i { $label }
agent-function-of = funktionen { $name } i { $label }
agent-server-of = servern för { $label }
agent-servers-of = servrarna för { $label }
agent-operation = { $operation } ({ $id })
agent-operation-from = en operation från { $label }
agent-operation-to = en operation i { $label }
agent-operations-changed = { $count ->
    [one] detaljerna för en operation i { $label }
   *[other] detaljerna för operationer i { $label }
}
agent-tool-descriptions-of = verktygsbeskrivningarna för { $label }
agent-note-sign-in = Användarna ombeds logga in på { $host } första gången agenten använder den.
agent-note-action-service = tjänsten bakom åtgärden ”{ $name }”
agent-note-new-host = Agenten skickar nu begäranden till { $host }.
agent-note-converted = Din deklarativa agent har blivit en agent med anpassad motor: användarna ombeds granska och godkänna den nya agenten och måste fästa den igen.
agent-note-admin-approval = Där en organisation distribuerar din app via sitt administrationscenter godkänner en administratör varje uppdatering innan användarna får den.
agent-note-source-sign-in = Microsofts sida om inloggning för agentåtgärder
agent-note-source-converted = Microsofts sida om att konvertera en agent
agent-note-source-admin-approval = Meddelandecenter för Microsoft 365, MC1041454
agent-note-source-actions = Microsofts sida om agentåtgärder
agent-kind-agent = Copilot-agentfil
agent-kind-plugin = agentåtgärdsfil (API-plugin)
agent-kind-openapi = API-beskrivning
agent-kind-mcp-tools = MCP-verktygsbeskrivning
agent-kind-response-template = svarsmall
agent-kind-card = kortmall
agent-kind-agentic-user-template = mall för agentanvändare
agent-kind-file = fil
agent-file-unreadable = ”{ $name }” ({ $what }) kan inte läsas: { $problem }. Din utvecklare måste rätta filen.
agent-file-not-object = ”{ $name }” ({ $what }) innehåller inte det den ska (innehållet måste vara { $content }). Din utvecklare måste rätta filen.
agent-file-content-yaml = en uppsättning namngivna värden
agent-file-content-json = ett JSON-objekt, inom {"{"} {"}"}
agent-file-openapi-format = API-beskrivningen ”{ $name }” har formatet { $format }; Copilot läser OpenAPI 3 (openapi: 3.0.x eller 3.1.x). Din utvecklare måste konvertera den.
agent-file-not-openapi = API-beskrivningen ”{ $name }” är inget OpenAPI 3-dokument (den anger inte openapi: 3.x; en Swagger 2.0-fil måste konverteras). Din utvecklare måste konvertera den.
agent-field-copilot-agents = Copilot-agenter
agent-field-copilot-extensions = Copilot-tillägg
agent-field-agent-connectors = agentanslutningsappar
agent-field-agent-skills = agentfärdigheter
agent-field-agentic-user-templates = mallar för agentanvändare

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = den publicerade versionen
input-side-new = den nya versionen
input-side-error = { $side }: { $error }
input-error = { $file }: { $problem }. { $fix }
input-error-at = { $file }, { $place }: { $problem }. { $fix }
input-where-line-column = rad { $line }, kolumn { $column }
input-where-field = fältet `{ $field }`
input-where-package-entry = posten `{ $entry }` i paketet
input-file-in-package = { $file } › { $entry }
input-internal = verktyget stannade när det läste filen (ett fel i verktyget, inte ett problem med filen)
input-internal-fix = Försök igen; om det händer igen, rapportera det.
input-not-found = filen finns inte (den kan ha flyttats, bytt namn eller tagits bort)
input-not-found-fix = Välj filen igen.
input-permission-denied = du har inte behörighet att läsa den här filen
input-permission-denied-fix = Kopiera filen till en plats där du kan läsa den, eller fråga den som hanterar datorn.
input-unreadable = filen kunde inte läsas ({ $error })
input-unreadable-fix = Kontrollera att filen fortfarande finns kvar och går att läsa, och försök sedan igen.
input-folder = det här är en mapp, inte en fil
input-folder-fix = Välj filen manifest.json i mappen eller apppaketet (.zip).
input-not-regular-file = det här är ingen vanlig fil (det kan vara en enhet, en pipe eller en genväg till en sådan)
input-not-regular-file-fix = Välj själva filen manifest.json eller apppaketet (.zip).
input-manifest-too-large = manifestet är större än de { $mebibytes } MiB som verktyget läser (ett riktigt manifest är några kilobyte)
input-manifest-too-large-fix = Kontrollera att du valde rätt fil.
input-count-translation-files = { $count ->
    [one] 1 översättningsfil
   *[other] { $count } översättningsfiler
}
input-count-other-files = { $count ->
    [one] 1 annan fil
   *[other] { $count } andra filer
}
input-package-only-manifest = Apppaket med bara manifestet
input-package-with = Apppaket med { $parts }
input-list-two = { $first } och { $last }
input-list-more = { $first }, { $rest }
input-bad-json = det här är inte giltig JSON: { $problem }
input-bad-json-fix = Öppna filen i en textredigerare, rätta den på det stället, spara den och läs in den igen.
input-bad-manifest-fix = Rätta fältet i manifestet (Utvecklarportalen för Teams kan exportera ett giltigt manifest), spara och läs in det igen.
input-package-damaged = apppaketet är skadat eller är ingen vanlig zip-fil ({ $detail })
input-package-damaged-fix = Ladda ned eller bygg paketet igen (i Utvecklarportalen för Teams: Publicera › Ladda ned apppaket).
input-package-too-large = apppaketet är större än { $mebibytes } MiB
input-package-too-large-fix = Ett apppaket för Teams innehåller ett manifest och två små ikoner; kontrollera att du valde rätt fil.
input-package-too-many-entries = apppaketet innehåller { $entries } poster; verktyget läser högst { $most }
input-package-too-many-entries-fix = Ett apppaket för Teams innehåller ett manifest och några ikoner; kontrollera att du valde rätt fil.
input-packaged-manifest-too-large = manifest.json är större än de { $mebibytes } MiB som verktyget läser
input-package-unpacks-too-large = apppaketet packas upp till mer än { $mebibytes } MiB
input-package-unpacks-too-large-fix = Ett apppaket för Teams innehåller ett manifest och några små ikoner; kontrollera att du valde rätt fil.
input-package-entry-damaged = den här posten i apppaketet är skadad och kan inte packas upp ({ $error })
input-package-entry-damaged-fix = Bygg eller ladda ned paketet igen.
input-manifest-in-folder = manifest.json ligger i en mapp i paketet, men Teams behöver den i paketets rot
input-manifest-in-folder-fix = Zippa själva filerna (manifest.json och ikonerna), inte mappen som innehåller dem.
input-manifest-name-case = manifestet heter `{ $name }`, men Teams kräver exakt `manifest.json` (bara gemener)
input-manifest-name-case-fix = Byt namn på filen till manifest.json och zippa paketet igen.
input-no-manifest = apppaketet har ingen manifest.json
input-no-manifest-fix = Ett apppaket för Teams är en zip-fil med manifest.json och dess ikoner; välj ett paket som byggts för Teams eller själva manifest.json.
input-kind-empty = filen är tom: det finns inget manifest i den
input-kind-png = det här är en PNG-bild, inte ett manifest
input-kind-jpeg = det här är en JPEG-bild, inte ett manifest
input-kind-gif = det här är en GIF-bild, inte ett manifest
input-kind-pdf = det här är ett PDF-dokument, inte ett manifest
input-kind-word = det här är ett Word-dokument, inte ett manifest
input-kind-excel = det här är en Excel-arbetsbok, inte ett manifest
input-kind-powerpoint = det här är en PowerPoint-presentation, inte ett manifest
input-kind-old-office = det här är ett Microsoft Office-dokument, inte ett manifest
input-kind-other-archive = det här är ett komprimerat arkiv av en annan typ (till exempel .rar, .7z eller .gz); ett apppaket för Teams är en .zip-fil
input-kind-utf16 = manifestet är sparat som UTF-16-text, men Teams läser bara manifest i UTF-8
input-kind-other-text = det här är inget manifest: ett Teams-manifest är JSON-text som börjar med ”{"{"}”, och den här filen innehåller annan text (till exempel ett program, en webbsida eller anteckningar)
input-kind-empty-fix = Välj manifest.json eller .zip-apppaketet. Om det här är ditt manifest har det inte sparats: öppna det i redigeraren och spara det igen.
input-kind-utf16-fix = Öppna den i en textredigerare och spara den som UTF-8 (i Anteckningar: Arkiv › Spara som, Kodning: UTF-8) och läs sedan in den igen.
input-kind-other-archive-fix = Välj manifest.json eller .zip-apppaketet (i Utvecklarportalen för Teams: Publicera › Ladda ned apppaket).
input-kind-fix = Välj manifest.json eller .zip-apppaketet.
input-json-error-at = rad { $line }, kolumn { $column }: { $problem }
input-json-not-utf8 = filen är inte UTF-8-text (den kan ha sparats med en annan kodning, till exempel UTF-16 eller Windows-1252, eller så är den ingen textfil)
input-json-too-deep = objekt och listor är kapslade mer än { $levels } nivåer djupt
input-json-comment = kommentarer är inte tillåtna i manifest.json; ta bort kommentaren (från // till radens slut, eller från /* till */)
input-json-non-breaking-space = här finns ett osynligt hårt blanksteg (U+00A0) där JSON bara tillåter vanliga blanksteg (det kommer ofta från text som kopierats från en webbsida eller ett dokument); ta bort det och skriv ett vanligt blanksteg
input-json-curly-double-quotes = typografiska citattecken (“ ” eller ” ”) måste vara raka citattecken " (ordbehandlare ändrar dem medan du skriver); skriv om vart och ett av dem som "
input-json-curly-single-quotes = typografiska apostrofer ‘ ’ måste vara raka dubbla citattecken " (JSON har inga enkla citattecken); skriv om vart och ett av dem som "
input-json-invisible-character = här finns ett osynligt tecken (U+{ $code }) där JSON bara tillåter vanliga blanksteg; ta bort det
input-json-missing-comma-end-of-line = ett kommatecken `,` saknas i slutet av raden (eller en avslutande hakparentes eller klammerparentes före det)
input-json-last-comma = det här kommatecknet är det sista före en avslutande hakparentes eller klammerparentes; ta bort det
input-json-trailing-comma = det finns ett kommatecken precis före en avslutande hakparentes eller klammerparentes; ta bort det
input-json-key-not-string = ett namn står inte inom dubbla citattecken (JSON kräver "namn": värde), eller så finns det ett kommatecken för mycket
input-json-expected-value = här förväntades ett värde: text inom dubbla citattecken, ett tal, true, false, null, en lista [ ] eller ett objekt {"{"} {"}"} (enkla citattecken och ord utan citattecken är inte tillåtna)
input-json-unclosed-string = ett textvärde saknar sitt avslutande dubbla citattecken
input-json-ends-too-early = filen tar slut för tidigt: en avslutande hakparentes eller klammerparentes saknas
input-json-missing-comma = ett kommatecken saknas före detta (eller en avslutande hakparentes eller klammerparentes)
input-json-missing-colon = ett kolon `:` saknas efter ett namn
input-json-trailing-characters = det finns extra text efter JSON-dokumentets slut
input-json-control-character = ett textvärde innehåller en rå radbrytning eller tabb; skriv den som \n eller \t
input-json-invalid-escape = ett omvänt snedstreck i ett textvärde inleder en escape-sekvens som JSON inte känner till (skriv ett omvänt snedstreck som \\)
input-json-bad-hex-escape = en \u-sekvens i ett textvärde är ofullständig (ett tecken utanför det grundläggande intervallet kräver två \u-sekvenser i rad)
input-json-unknown-word = ett ord förstås inte här: bara true, false och null skrivs utan citattecken; sätt text inom dubbla citattecken
input-json-invalid-number = ett tal är skrivet på ett sätt som JSON inte godtar (inga inledande nollor, inget plustecken, siffror på båda sidor om decimalpunkten)
input-json-other = så här skrivs inte JSON ({ $detail })
input-yaml-not-utf8 = filen är inte UTF-8-text
input-yaml-invalid = det här är inte giltig YAML: { $detail }
input-yaml-too-many-values = dokumentet innehåller för många värden (mer än en miljon, upprepade delar medräknade); ett OpenAPI-dokument är betydligt mindre

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = Den publicerade versionen som du öppnade är inte paketet i butiken: { $reason }. Därför kan den här rapporten inte säga vilka problem butiken godtog tidigare. Öppna i stället paketet som butiken har: ladda ned apppaketet för den aktiva versionen i Partnercenter (eller använd den .zip-fil som du laddade upp senast).
report-not-store-package-app-id = dess app-ID är ”{ $id }”, inte app-ID:t för en publicerad app
report-not-store-package-format = den använder manifestformatet ”{ $format }”, som butiken inte godtar
report-not-store-package-placeholder = den innehåller platshållare som byggverktyg fyller i, till exempel ”{ $placeholder }”
report-no-link-app-id-changed = Ingen nedladdningslänk: app-ID:t har ändrats, och en länk till det nya ID:t skulle peka på en app som butiken inte har. Sätt tillbaka den publicerade appens ID för att få länken.
report-no-link-not-an-app-id = Ingen nedladdningslänk: app-ID:t ”{ $id }” är inget riktigt app-ID (ett GUID som 0b5c3d6e-1234-4abc-9def-00112233aabb). Länken använder ID:t för paketet som du skickar in.
render-date = { $year }-{ $month }-{ $day }
button-default-label = Hämta i Microsoft Teams
button-style-purple = Lila
button-style-outline = Kontur
button-style-dark = Mörk
button-size-small = Liten
button-size-medium = Medel
button-size-large = Stor
button-unknown-style = okänd stil ”{ $style }”; välj purple, outline eller dark
button-unknown-size = okänd storlek ”{ $size }”; välj small, medium eller large
button-not-an-app-id = ”{ $text }” är inget app-ID: ett app-ID ser ut som 0b5c3d6e-1234-4abc-9def-00112233aabb. Använd ID:t från Utvecklarportalen för Teams eller Partnercenter (butiks-ID:t).
button-empty-label = knapptexten är tom: skriv texten som knappen ska visa, till exempel ”{ $example }”

guide-fixer-app-window-portal = Du kan åtgärda det här: ”Spara en rättad kopia” (eller i Utvecklarportalen: öppna din app och sedan { $place })
guide-fixer-app-window = Du kan åtgärda det här: ”Spara en rättad kopia”
guide-fixer-app-terminal-portal = Du: kör teams-update-check fix med den publicerade och den nya filen för att spara en rättad kopia, eller i Utvecklarportalen: öppna din app och sedan { $place }
guide-fixer-app-terminal = Du: kör teams-update-check fix med den publicerade och den nya filen för att spara en rättad kopia
guide-fixer-portal-place = Du, i Utvecklarportalen (öppna din app och sedan { $place })
guide-fixer-portal = Du, i Utvecklarportalen
guide-fixer-developer = Din utvecklare

guide-already-published = Finns redan i din publicerade version: butiken godtog det tidigare, men den kontrollerar hela paketet igen vid varje uppdatering, så den kan avvisa det nu.
guide-step-nothing-to-submit = Gör dina ändringar, höj versionsnumret och kontrollera sedan det nya paketet igen.
guide-step-fix-window = Åtgärda { $count ->
    [one] problemet ovan
   *[other] de { $count } problemen ovan
}. Vid varje problem står vem som kan åtgärda det; kopiera dem till din utvecklare med ”Kopiera till min utvecklare”.
guide-step-fix-document = Åtgärda { $count ->
    [one] problemet ovan
   *[other] de { $count } problemen ovan
}. Vid varje problem står vem som kan åtgärda det; listan ”Till din utvecklare” är klar att skicka till din utvecklare.
guide-step-check-again-window = Öppna sedan det rättade paketet här som ny version och kontrollera det igen innan du skickar in det.
guide-step-check-again-document = Kontrollera sedan det rättade paketet igen med Teams Update Check innan du skickar in det.
guide-step-open-offer = Öppna appens erbjudande i Partnercenter och uppdatera det från appens panel på fliken ”Översikt”. Använd aldrig ”Lägg till en ny app”: då skapas en andra app i stället för en uppdatering.
guide-step-upload = Ladda upp det här paketet. Behåll app-ID:t som det är: butiken känner igen din app på det.
guide-step-tested-again = Den här uppdateringen ändrar vad appen kan göra, så Microsoft testar den igen innan den publiceras. Klistra in anteckningarna för certifiering nedan i fältet Anteckningar för certifiering, så att granskarna vet vad de ska testa.
guide-step-listing-only = Den här uppdateringen ändrar bara appens butiksinformation och version. Microsoft granskar ändå varje uppdatering innan den publiceras; anteckningarna för certifiering nedan beskriver vad som har ändrats.
guide-step-users-approve = När den har publicerats får befintliga användare uppdateringen när de har godkänt appen igen; versionsinformationen nedan berättar vad de kan förvänta sig.
guide-step-admin-approves = När den har publicerats får organisationer vars administratör har distribuerat tillägget det först när administratören har godkänt den här uppdateringen igen: tills dess kan personerna där inte använda det uppdaterade tillägget. Versionsinformationen nedan berättar för administratörerna vad de kan förvänta sig.
guide-step-users-not-asked = När den har publicerats ombeds befintliga användare inte att godkänna appen igen.
guide-step-users-automatic = När den har publicerats får befintliga användare uppdateringen automatiskt.
guide-agent-admin-approves = Där en organisation distribuerar din app via sitt administrationscenter godkänner en administratör varje uppdatering av Copilot-agenten innan användarna får den.
guide-step-organization-only = Publicerad bara i din organisation (inte i butiken)? Ladda i stället upp paketet i administrationscentret för Teams (Hantera appar › din app › Ladda upp fil) eller i Utvecklarportalen.
report-verdict-ready = Klar att skicka in
report-verdict-nothing-to-submit = Ingenting har ändrats: det finns ingen uppdatering att skicka in
report-verdict-blocked = Åtgärda { $count ->
    [one] 1 problem
   *[other] { $count } problem
} innan du skickar in
report-users-asked = Befintliga användare kommer att ombes godkänna appen igen.
report-admin-asked = Organisationer vars administratör har distribuerat tillägget: administratören måste godkänna den här uppdateringen igen innan personerna där kan använda det uppdaterade tillägget.
report-two-sentences = { $first } { $second }
report-consent-nothing-changed = Ingenting har ändrats, så det finns inget för befintliga användare att godkänna.
report-consent-users-not-asked = Befintliga användare ombeds inte godkänna appen igen.
report-consent-users-automatic = Befintliga användare får den här uppdateringen automatiskt (inget nytt godkännande behövs).
report-consent-summary-none = Ingen av de { $total } ändringar som kräver godkännande finns i den här uppdateringen: befintliga användare får den utan någon ny fråga om medgivande.
report-consent-summary = { $count ->
    [one] 1 av de { $total } ändringar som kräver godkännande finns i den här uppdateringen.
   *[other] { $count } av de { $total } ändringar som kräver godkännande finns i den här uppdateringen.
}
report-consent-others-none = Ingen av de { $count } ändringar som kräver godkännande finns i den här uppdateringen
report-consent-others = { $count ->
    [one] Den andra ändringen som kräver godkännande finns inte i den här uppdateringen
   *[other] De andra { $count } ändringarna som kräver godkännande finns inte i den här uppdateringen
}
report-who-users-and-admin = Vem som tillfrågas: varje befintlig användare och administratören som distribuerade Office-tillägget
report-who-admin = Vem som tillfrågas: administratören som distribuerade Office-tillägget i organisationen, inte varje användare
report-who-users = Vem som tillfrågas: varje befintlig användare
report-consent-title = Kommer användarna eller administratören att ombes godkänna appen igen?
report-consent-intro = Vissa ändringar gör att Teams ber varje befintlig användare att godkänna appen igen (ge sitt medgivande). Vid ändringar i ett Office-tillägg är det i stället administratören som distribuerade tillägget som måste godkänna det igen.
report-consent-others-hint = Ingen av dessa finns i den här uppdateringen. Öppna en för att läsa vad den innebär.
report-store-title = Kommer butiken att godta den?
report-store-warnings-title = { $count ->
    [one] 1 sak att kontrollera (den hindrar inte uppdateringen)
   *[other] { $count } saker att kontrollera (de hindrar inte uppdateringen)
}
report-store-template-findings = { $count ->
    [one] Visa anmärkningen som den ger upphov till
   *[other] Visa de { $count } anmärkningar som den ger upphov till
}
report-microsofts-rule = Microsofts regel
guide-notes-the-app = Appen
guide-notes-versions = { $app }: uppdatering från version { $old } till { $new }.
guide-notes-capabilities = Vad appen kan göra
guide-notes-agent = Copilot-agent
guide-notes-listing = Namn, beskrivningar, ikoner och filer
guide-notes-heading = { $title }:
guide-notes-users-asked = Befintliga användare kommer att ombes godkänna appen igen: { $rules }.
guide-notes-admin-asked = Administratören som distribuerade Office-tillägget måste godkänna det igen: { $rules }.
guide-release-our-app = vår app
guide-release-users-opening = Snart kommer { $app } { $version } till Microsoft Teams. När den kommer ber Teams dig att godkänna { $app } igen innan du kan använda den nya versionen. Det är väntat: uppdateringen ändrar vad appen kan göra.
guide-release-users-heading = Det här ändras för dig:
guide-release-admin-opening = Snart kommer { $app } { $version }. Dess Office-tillägg ändras på ett sätt som kräver administratörens godkännande: administratören som distribuerade tillägget i din organisation måste godkänna den här uppdateringen igen, och tills dess kan personerna där inte använda det uppdaterade tillägget. Det är väntat: uppdateringen ändrar var eller när tillägget körs.
guide-release-admin-heading = Det här ändras:
guide-release-users-asked = Vem som tillfrågas: alla som använder appen i Teams.
guide-release-team-owner = Den nya fliken för team och gruppchattar läggs till av en teamägare eller en medlem i chatten, i den kanal eller chatt där de vill ha den.
guide-release-for-admins = Till IT-administratörer: den här uppdateringen ändrar appens inloggningsinställningar eller de behörigheter den begär. Granska dem i administrationscentret för Teams: Hantera appar › { $app } › Behörigheter, där du kan ge medgivande för din organisation.
guide-release-addin-admins = Till IT-administratörer som har distribuerat Office-tillägget: godkänn den här uppdateringen av tillägget igen; tills du gör det kan personerna i din organisation inte använda det uppdaterade tillägget.
guide-release-admin-asked = Vem som tillfrågas: administratören som distribuerade tillägget i din organisation, inte varje användare.
guide-handoff-the-app = appen
guide-handoff-intro = Teams Update Check hittade { $count ->
    [one] 1 problem
   *[other] { $count } problem
} i { $file } ({ $app } { $version }) som butiken skulle avvisa. Åtgärda { $count ->
    [one] det
   *[other] dem
}:
guide-handoff-where = Var: { $place }
guide-handoff-who = Vem: { $who }
guide-handoff-rule = Regel: { $rule }
guide-handoff-check = { $title }: { $message }
guide-handoff-manifest-field = manifest.json, ”{ $field }”
guide-handoff-file-line = { $file }, rad { $line }, kolumn { $column }
guide-handoff-note = Anmärkning: { $note }
report-next-steps-title = Vad du gör härnäst
report-certification-notes-lead = Ett utkast till anteckningarna för certifiering i Partnercenter: vad som har ändrats i den här uppdateringen. Lägg till hur man loggar in och testar den.
report-certification-notes-title = Anteckningar för certifiering
report-certification-notes-copy = Kopiera anteckningar för certifiering
report-release-note-admin = Administratören som distribuerade tillägget måste godkänna den här uppdateringen igen. Skicka den här versionsinformationen till dina kunders IT-administratörer innan uppdateringen kommer.
report-release-note-both = Befintliga användare kommer att ombes godkänna appen igen, och administratören som distribuerade tillägget måste också godkänna det igen. Skicka den här versionsinformationen till dina användare och deras IT-administratörer innan uppdateringen kommer.
report-release-note-users = Befintliga användare kommer att ombes godkänna appen igen. Skicka den här versionsinformationen till dem (och till deras IT-administratörer) innan uppdateringen kommer.
report-release-note-title = Informera dina användare
report-release-note-copy = Kopiera versionsinformation
report-attention-title = Åtgärda detta innan du skickar in
report-attention-intro = Vid varje problem står vem som kan åtgärda det. Åtgärda dem och kontrollera sedan det rättade paketet igen.
report-handoff-lead = Ge listan till din utvecklare: den anger var varje problem finns (fil, rad, kolumn) och Microsofts regel, klar att klistra in i ett e-postmeddelande eller ett ärende.
report-handoff-title = Till din utvecklare
report-handoff-copy = Kopiera till min utvecklare
report-checks-title = Version och app-ID
report-checks-intro = Microsoft kräver att en uppdatering behåller app-ID:t och höjer versionsnumret vid varje ändring, även av namnet eller beskrivningen.
report-agent-notes-title = Det här kommer dina användare att märka
report-agent-notes-intro = Om Copilot-agenten i den här uppdateringen. För kännedom: detta påverkar inte om användarna måste godkänna appen igen.
report-area-identity-hint = App-ID:t, dess versionsnummer och manifestformatets version
report-area-listing-hint = Det som visas i butiken: namn, beskrivningar, utvecklaruppgifter, ikoner, färger
report-area-capability-hint = Vad appen kan göra i Teams och Office: robotar, flikar, meddelandetillägg, anslutningsappar, inloggning, behörigheter, Office-tillägget
report-area-package-file-hint = Filer i .zip-apppaketet utöver manifest.json, till exempel ikoner och översättningar
report-area-agent-hint = Copilot-agenten: dess instruktioner, förmågor, åtgärder och de servrar den anropar
report-area-other-hint = Andra inställningar i manifestet
report-changes-nothing = Ingenting: de två versionerna är likadana.
report-download-title = Nedladdningslänk för din webbplats
report-download-window = Lägg en knapp på din webbplats som öppnar din app i Teams Store; fönstret skapar HTML-koden åt dig.
report-download-terminal = Lägg en knapp på din webbplats som öppnar din app i Teams Store; kör teams-update-check button med den nya filen för att skriva ut HTML-koden.
report-download-document = Lägg en knapp på din webbplats som öppnar din app i Teams Store; Teams Update Check skapar HTML-koden åt dig.
report-nothing-note = De två versionerna är likadana. Gör dina ändringar, höj versionsnumret och kontrollera sedan igen.
report-error-title = Vad som gick fel
report-error-note = Rätta filen (eller välj rätt fil) och kontrollera sedan igen.
report-row-file = Fil
report-row-app-name = Appnamn
report-row-app-id = App-ID
report-row-version = Version
report-row-manifest-format = Manifestformat
report-full-value = Hela värdet för { $subject }
report-changes-title = Vad som ändrats ({ $count })
report-changes-area = { $area } ({ $count })
report-error-headline = Det gick inte att läsa in { $side }
report-error-note-file = { $file } är { $side }. Ingenting har jämförts ännu.
render-unnamed-app = namnlös app
render-published-new = Publicerad: { $published }   Ny: { $new }
render-label-note = Anmärkning:
render-label-sources = Källor:
render-label-where = Var:
render-label-who = Vem kan åtgärda det:
render-label-why = Varför:
render-label-developers = För utvecklare:
render-title = Teams-uppdateringskontroll: { $headline }
render-column-published = Publicerad
render-column-new = Ny
render-verdict = Bedömning
render-footer = Skapad av Teams Update Check, som kontrollerar en uppdatering av en Microsoft Teams-app innan den skickas in till butiken. Verktyget läste filerna på datorn där det kördes och skickade ingenting någonstans.
render-title-app = { $app } — Teams-uppdateringskontroll: { $headline }
render-teams-update-check = Teams-uppdateringskontroll
render-report = Rapport
render-button-preview = Nedladdningsknappen så som den ser ut på en webbplats:
fix-version-not-raised = Versionen kunde inte höjas automatiskt, eftersom den publicerade versionen ”{ $published }” inte består av siffror och punkter (eller så är ett tal för långt).
fix-who-type-version = Du: skriv den nya versionen (högre än den publicerade) i Utvecklarportalen, eller ange den med --new-version.
fix-what-version = Versionen
fix-typed-version-form = Versionen ”{ $version }” består inte av tre heltal åtskilda av punkter, som 1.4.2. Skriv den på det sättet (inga bokstäver, inga inledande nollor).
fix-typed-version-not-higher = Versionen { $version } är inte högre än den publicerade { $published }. Skriv en högre version.
fix-what-unused-files = Filer som paketet inte använder
fix-unused-files-before = { $count ->
    [one] 1 fil
   *[other] { $count } filer
}: { $names }
fix-unused-files-after = inte med i kopian
fix-what-package-files = Paketets filer
fix-folder-before = i mappen ”{ $folder }”
fix-folder-after = i paketets rot, där Teams letar efter dem
fix-package-damaged = Paketet kunde inte skrivas om, eftersom en av dess poster är skadad ({ $error }). Bygg eller ladda ned paketet igen.
fix-folder-damaged = Paketets filer kunde inte flyttas ut ur sin mapp, eftersom en post är skadad ({ $error }). Bygg eller ladda ned paketet igen.
fix-output-is-input = det är en av filerna som kontrolleras; den rättade kopian ersätter dem aldrig, välj ett annat namn
fix-schema-preview = manifestet använder förhandsversionsformatet devPreview, som butiken avvisar; att låta länken peka på det skulle flytta paketet ännu längre från det som butiken godtar. Flytta först manifestet till ett publicerat format (se ”Manifestet använder ett format som butiken godtar”), med dess länk
fix-schema-unknown-format = manifestets format (manifestVersion) är inte ett som Microsoft har publicerat, så det finns ingen officiell länk att använda
fix-schema-not-text = länken finns men är ingen text, så det är okänt vad den skulle ange
fix-schema-not-fixed = Schemalänken i ”{ $file }” åtgärdades inte: { $reason }.
fix-who-developer = Din utvecklare.
fix-schema-missing = saknas
fix-what-schema-link = Schemalänken ({ $field }) i ”{ $file }”
fix-icon-outline = konturikonen
fix-icon-color = färgikonen
fix-icon-small-color = den lilla färgikonen
fix-who-icon-maker = Den som designar dina ikoner (eller din utvecklare).
fix-icon-not-fixed = Ikonfilen ”{ $file }” ({ $icon }) åtgärdades inte: { $reason }
fix-icon-shared = samma fil är också { $other }, som behöver en annan storlek eller färg; varje ikon behöver en egen fil.
fix-icon-not-png = den är ingen PNG-bild; spara den först som PNG.
fix-icon-not-square = den är { $width } × { $height } pixlar, inte kvadratisk; att ändra storleken till { $want } × { $want } skulle förvränga bilden, och att beskära den kräver en människas öga.
fix-icon-too-large = den är { $width } × { $height } pixlar, för stor för att öppnas säkert (en ikon är { $want } × { $want }).
fix-icon-damaged = den är en skadad PNG-bild som inte kan öppnas.
fix-icon-no-transparency = den har ingen transparent pixel, så om den gjordes vit skulle resultatet bli en vit kvadrat. Konturikonen måste vara appens form i vitt på transparent bakgrund.
fix-icon-not-saved = den ändrade bilden kunde inte sparas som PNG.
fix-icon-size = { $width } × { $height } pixlar
fix-icon-whitened = { $want } × { $want } pixlar, vit på transparent bakgrund ({ $count ->
    [one] 1 pixel gjord vit
   *[other] { $count } pixlar gjorda vita
}, transparensen behållen)
fix-what-icon = Ikonfilen ”{ $file }” ({ $icon })
report-mark-ok = OK
report-mark-fix = Åtgärda
report-mark-warn = Kontrollera
report-mark-skip = Behövs inte
report-mark-info = Anmärkning
report-mark-step = Nästa
report-mark-yes = Ja
report-mark-no = Nej
report-mark-added = Tillagt
report-mark-removed = Borttaget
report-mark-changed = Ändrat
punctuation-colon = {": "}
report-tag-pass = OK
report-tag-fix = ÅTGÄRDA
report-tag-warn = KONTROLLERA
report-tag-skip = BEHÖVS INTE
report-tag-note = OBS
report-tag-next = NÄSTA
report-tag-yes = JA
report-tag-no = nej
store-consequence-unused-files = { $count ->
    [one] Därför använder paketet inte längre { $files }, som den publicerade versionen använde. När detta är åtgärdat används den igen, så ta inte bort den.
   *[other] Därför använder paketet inte längre { $files }, som den publicerade versionen använde. När detta är åtgärdat används de igen, så ta inte bort dem.
}
report-files-not-compared = Ikoner och andra filer i paketet jämfördes inte, eftersom en manifest.json angavs i stället för ett paket. Öppna båda .zip-apppaketen för att jämföra dem.
change-value-before = Före
change-value-now = Nu
report-finding-place = { $place }, i { $file }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = Grundläggande information › Version
portal-basic-app-names = Grundläggande information › Appnamn
portal-basic-descriptions = Grundläggande information › Beskrivningar
portal-basic-developer-information = Grundläggande information › Utvecklarinformation
portal-branding-color-icon = Varumärke › Färgikon
portal-branding-outline-icon = Varumärke › Konturikon
portal-features-bot = Appfunktioner › Robot
portal-features-personal-app = Appfunktioner › Personlig app

## Command line (src/cli.rs, src/cli/)
cli-error = fel: { $error }
cli-unknown-language = fel: --lang: ”{ $tag }” är inte ett språk som appen kan. Välj ett av: { $tags }.
cli-nothing-fixed = Ingenting kunde åtgärdas automatiskt, så ingen kopia sparades.
cli-copy-not-saved = fel: den rättade kopian kunde inte sparas som { $path } ({ $error }). Välj en annan plats med --output, eller kontrollera att det finns utrymme på disken och att det går att skriva i mappen.
cli-copy-saved = Sparade en rättad kopia: { $path }
cli-fixed-heading = Åtgärdat ({ $count }):
cli-fixed-step = { $what }: var { $before }, nu { $after }
cli-not-fixed-heading = Inte åtgärdat här ({ $count }):
cli-problem = Problem
cli-not-fixed-item = { $title }: { $message }
cli-who-can-fix = Vem kan åtgärda det: { $who }
cli-fix-result = { $which ->
    [fixed] Den rättade kopian
   *[new] Den nya versionen
}: { $headline }
cli-output-not-written = fel: utdata kunde inte skrivas ({ $error }). Kontrollera att det finns utrymme på disken och att det går att skriva till filen.
cli-could-not-load-side = fel: det gick inte att läsa in filen för { $side }: { $error }
cli-could-not-load = fel: det gick inte att läsa in { $file }: { $error }
cli-input-error-at = { $place }: { $problem }. { $fix }
cli-input-error = { $problem }. { $fix }
cli-app-id-error = fel: --app-id: { $error }
cli-app-id-in-file = fel: app-ID:t i { $path }: { $error } (Eller ange ID:t med --app-id.)
cli-label-error = fel: --label: { $error }
cli-no-window-in-build = Den här versionen av teams-update-check har inget fönster (byggd utan funktionen `gui`). Använd `teams-update-check check OLD NEW`; se `teams-update-check --help`.
cli-no-display = fel: ingen skärm hittades, så fönstret kan inte öppnas (det här ser ut att vara en server, en container eller ett fjärrskal utan skrivbord). Kommandoraden fungerar utan skärm: kör `teams-update-check check PUBLISHED NEW` (se `teams-update-check --help`).
cli-window-not-opened = fel: fönstret kunde inte öppnas: ingen skärm hittades, eller så kunde datorns grafik inte starta det. Kommandoraden fungerar utan fönster: kör `teams-update-check check PUBLISHED NEW` (se `teams-update-check --help`).

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = Version { $version }
app-close = Stäng
app-cancel = Avbryt
app-where = Var: { $place }
app-the-file = filen
app-the-app = appen
app-copied = Kopierat till Urklipp: { $what }
app-clipboard-failed = Det gick inte att använda Urklipp ({ $error }). Markera texten nedan och kopiera den manuellt.
app-no-clipboard = inget Urklipp

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = Dina filer stannar på den här datorn: ingenting laddas upp. Filerna läses bara, de ändras aldrig.
app-tagline = Kontrollera uppdateringen av din Teams-app innan du skickar in den
app-about = Om
app-about-hover = Version, licens och vad appen gör med dina filer
app-language = Språk
app-language-hover = Språket i fönstret och i rapporterna som det exporterar
app-language-system = Samma som den här datorn ({ $language })
app-export = Exportera rapport…
app-export-hover = Spara rapporten som Markdown eller HTML ({ $shortcut })
app-export-disabled-hover = Öppna båda versionerna först
app-try-example = Prova ett exempel
app-try-example-hover = Läs in en inbyggd exempeluppdatering som kräver användarnas godkännande
app-paste-path-first = Klistra in filens fullständiga sökväg först.
app-no-file-dialog = Det gick inte att öppna någon fildialogruta på den här datorn. Släpp filen i fönstret eller klistra in dess fullständiga sökväg i kortet.
app-fixed-copy-saved = Sparade en rättad kopia: { $path }. Den är nu öppen som den nya versionen.
app-button-needs-new-version = Öppna den nya versionen först: knappen använder dess app-ID.
app-what-button-html = Knappens HTML
app-what-link = Länken
app-too-many-dropped = Bara de två första filerna som släpptes användes.
app-notice-not-opened = Det gick inte att öppna meddelandet om programvara från tredje part. Öppna { $path } i filhanteraren.
app-same-file = Båda korten visar samma fil, så ingenting kan ha ändrats. Öppna den nya versionen till höger.
app-checking = Kontrollerar…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = Teams Update Check stötte på ett internt problem när filen lästes (det är ett fel i verktyget, inte nödvändigtvis ett problem med din fil)
app-internal-read-fix = Prova ”Läs in igen”. Om det händer igen ber vi dig rapportera det till oss och bifoga filen; kontrollera under tiden filen i Utvecklarportalen för Teams.
app-internal-check = Teams Update Check stötte på ett internt problem när de två filerna jämfördes (ett fel i verktyget). Prova ”Läs in igen”; om det händer igen ber vi dig rapportera det och bifoga filerna.
app-internal-write = Teams Update Check stötte på ett internt problem när filen skrevs (ett fel i verktyget). Försök igen.
app-open-dialog-title = { $side ->
    [old] Öppna den publicerade versionen (som finns i butiken nu)
   *[new] Öppna den nya versionen (som ska skickas in)
}
app-filter-manifest-or-package = Teams-manifest eller apppaket
app-filter-all-files = Alla filer
app-save-report-title = Spara rapporten
app-filter-html = Webbsida (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = Kontrollerar en uppdatering av din Microsoft Teams-app innan du skickar in den till butiken: om den är klar, om dina användare kommer att ombes godkänna appen igen och vad som har ändrats.
app-about-privacy-heading = Dina filer stannar på den här datorn
app-about-privacy = Appen läser bara de filer som du öppnar och ändrar dem aldrig. Den skapar inga nätverksanslutningar: ingenting skickas någonstans, och Microsofts scheman som den kontrollerar mot är inbyggda.
app-about-license-heading = Licens
app-about-license = Teams Update Check är fri programvara under MIT-licensen.
app-about-show-license = Visa licensen
app-about-third-party-heading = Programvara från tredje part
app-about-third-party = Appen är byggd med komponenter med öppen källkod; licensen för var och en anges i meddelandet om programvara från tredje part som följer med appen.
app-about-open-notice = Öppna meddelandet om programvara från tredje part
app-about-no-notice = Den här kopian av appen installerades inte från ett paket, så listan över komponenter med öppen källkod och deras licenser ({ $file }) finns inte bredvid den. Den installerade appen har den.
app-about-trademark = Inte skapad eller godkänd av Microsoft. Microsoft Teams är ett varumärke som tillhör Microsoft-koncernen.

# The download button panel (src/app/button_panel.rs)
app-button-heading = Nedladdningsknapp för din webbplats
app-button-intro = Lägg den här knappen på produktens webbplats så att besökarna kan hämta din app i Teams. Länken fungerar när din app är publicerad i Teams Store.
app-button-text = Knapptext
app-button-look = Utseende
app-button-look-named = Utseende: { $style }
app-button-size = Storlek
app-button-size-named = Storlek: { $size }
app-button-hint-filled = Teams-lila med vit text: syns bra på både ljusa och mörka sidor.
app-button-hint-outline = Lila text och kantlinje på genomskinlig bakgrund: bara för ljusa sidor. På en mörk sida väljer du Lila eller Mörk.
app-button-hint-dark = Nästan svart med vit text: för ljusa och livliga sidor (på en svart sida sticker den inte ut).
app-button-app-id = App-ID
app-button-app-id-hover = Din apps ID i Teams Store. Det hämtas från det nya manifestet; skriv ett annat (till exempel butiks-ID:t från Partnercenter) om du vill använda det i stället.
app-button-app-id-from-manifest = { $id } (från den nya versionens manifest)
app-button-app-id-hint = Skriv eller klistra in ett annat app-ID här om du vill använda det
app-button-placeholder-id = Det nya manifestets ID ser ut som en platshållare; skriv ditt riktiga app-ID ovan.
app-button-preview = Förhandsgranskning
app-button-copy-html = Kopiera HTML
app-button-copy-html-hover = Kopiera knappens HTML-kod och klistra in den på din webbplats ({ $shortcut })
app-button-copy-link = Kopiera länk
app-button-open-preview = Öppna förhandsgranskningen i webbläsaren
app-button-open-preview-hover = Se den riktiga knappen i webbläsaren
app-button-show-html = Visa HTML-koden
app-button-html-label = HTML att klistra in på din sida:
app-preview-not-written = Det gick inte att skriva förhandsgranskningssidan ({ $error }). Kopiera HTML-koden i stället och klistra in den på en egen sida.
app-preview-no-address = sidan har ingen filadress
app-preview-opened = Webbläsaren har ombetts öppna förhandsgranskningen. Om inget webbläsarfönster visas öppnar du { $path } i webbläsaren.
app-preview-no-browser = Det gick inte att starta en webbläsare ({ $error }). Förhandsgranskningssidan har sparats i { $path }: öppna den i webbläsaren.
app-preview-page-title = Förhandsgranskning av knappen
app-preview-on-light = På en ljus sida:
app-preview-on-grey = På en grå sida:
app-preview-on-dark = På en mörk sida:

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] Publicerad version
   *[new] Ny version
}
app-card-hint = { $side ->
    [old] Versionen som finns i Teams Store nu
   *[new] Uppdateringen som du vill skicka in
}
app-reversed = Den nya versionens nummer är lägre än den publicerades. Öppnade du dem i fel ordning?
app-swap = Byt plats på dem
app-swap-hover = Byt plats på den publicerade och den nya versionen
app-card-empty = Släpp en manifest.json eller ett apppaket (.zip) här, eller
app-card-reading = Läser { $file }…
app-card-icon-alt = Färgikonen för { $name }
app-card-icon-hover = Appens färgikon från paketet
app-card-no-name = (manifestet har inget appnamn)
app-card-file = Fil: { $file }
app-card-manifest-format = Manifestformat { $schema }
app-card-not-given = inte angivet
app-card-manifest-format-hover = manifestVersion: den version av Microsofts manifestformat som filen är skriven i
app-card-could-not-load = Det gick inte att läsa in { $file }
app-card-what-is-wrong = Vad som är fel: { $problem }
app-card-what-to-do = Vad du gör: { $fix }
app-card-open = Öppna…
app-card-open-hover = Välj en manifest.json eller ett .zip-apppaket ({ $shortcut })
app-card-open-named = { $side ->
    [old] Öppna den publicerade versionen…
   *[new] Öppna den nya versionen…
}
app-card-reload = Läs in igen
app-card-reload-hover = Läs filen igen ({ $shortcut })
app-card-reload-named = { $side ->
    [old] Läs in den publicerade versionen igen
   *[new] Läs in den nya versionen igen
}
app-card-clear = Rensa
app-card-clear-named = { $side ->
    [old] Rensa den publicerade versionen
   *[new] Rensa den nya versionen
}
app-card-typed-path = Släpp filen i det här fönstret eller klistra in dess fullständiga sökväg här:
app-card-typed-path-hover = I Linux behöver dialogrutan skrivbordets filväljare (tjänsten xdg-desktop-portal) eller programmet zenity.
app-card-path-example-windows = C:\Users\du\Downloads\app-package.zip
app-card-path-example = /home/du/Downloads/app-package.zip
app-card-path-named = { $side ->
    [old] Sökväg till filen med den publicerade versionen
   *[new] Sökväg till filen med den nya versionen
}
app-card-open-typed = Öppna
app-drop-overlay = Släpp på ett kort för att läsa in filen där
app-drop-question = Vilken version är det här?
app-drop-load-as = Läs in { $file } som:

# Saving the report (src/app/export.rs)
app-report-saved = Rapporten har sparats i { $path }
app-report-saved-no-dialog = Det gick inte att öppna någon dialogruta för att spara på den här datorn, så rapporten sparades i { $path }
app-export-is-input = Inte sparad: { $path } är en av filerna som du kontrollerar. Välj ett annat namn.
app-export-failed = Det gick inte att spara rapporten i { $path } ({ $error }). Välj en mapp som du kan skriva till.

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = Rättad kopia: { $path }
app-fix-repaired = { $what }: var { $before }, nu { $after }
app-fix-left = { $problem } Vem kan åtgärda det: { $who }
app-fix-save = Spara en rättad kopia…
app-fix-save-hover = Sparar ett nytt paket med de säkra reparationerna (versionsnummer, schemalänk, ikoner, oanvända filer); dina filer ändras inte. Kopian öppnas sedan som den nya versionen.
app-fix-some-repairable = Några av de här problemen kan repareras åt dig.
app-fix-version-label = Version för kopian:
app-fix-version-named = Version för den rättade kopian
app-fix-leave-empty = Lämna tomt för att använda { $proposed } (den publicerade versionen är { $published }).
app-fix-no-dialog = Det gick inte att öppna någon dialogruta för att spara på den här datorn. Skriv var den rättade kopian ska sparas:
app-fix-path-named = Sökväg till den rättade kopian
app-fix-save-copy = Spara kopian
app-fix-folder-hover = Sparar ett nytt paket där filerna har flyttats ut ur sin mapp till roten, där Teams letar efter dem; din fil ändras inte.
app-fix-folder = Den nya versionens filer ligger i en mapp i paketet: en kopia kan flytta dem till roten.
app-fix-dialog-title = Spara en rättad kopia av den nya versionen
app-internal-fix = Teams Update Check stötte på ett internt problem när den rättade kopian skapades (ett fel i verktyget). Dina filer har inte ändrats.
app-fix-not-read-again = Den nya versionen kunde inte läsas igen ({ $error }). Öppna den igen.
app-fix-not-made = Ingen rättad kopia kunde skapas: { $error }
app-fix-nothing = Ingenting kunde repareras automatiskt; de problem som återstår kräver en människa (se listan).
app-fix-not-saved = Den rättade kopian kunde inte sparas som { $path } ({ $error }). Välj en annan plats.

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = En del text i dina filer innehåller { $scripts }, som inget teckensnitt på den här datorn kan visa, så den visas som tomma rutor. Installera { $fix } och öppna Teams Update Check igen för att se den. Själva kontrollen påverkas inte: resultaten är fullständiga.
app-font-fix-other = ett teckensnitt som har dessa tecken
app-font-fix-emoji = ett emoji-teckensnitt (till exempel Noto Color Emoji)
app-font-fix-script = ett teckensnitt för { $scripts } (till exempel från den kostnadsfria Noto-familjen)
app-list-and = { $first } och { $last }
app-hide = Dölj
app-script-greek = grekiska
app-script-cyrillic = kyrilliska
app-script-armenian = armeniska
app-script-hebrew = hebreiska
app-script-arabic = arabiska
app-script-devanagari = hindi (devanagari)
app-script-bengali = bengali
app-script-gurmukhi = punjabi (gurmukhi)
app-script-gujarati = gujarati
app-script-odia = oriya
app-script-tamil = tamil
app-script-telugu = telugu
app-script-kannada = kannada
app-script-malayalam = malayalam
app-script-sinhala = singalesiska
app-script-thai = thailändska
app-script-lao = laotiska
app-script-tibetan = tibetanska
app-script-burmese = burmesiska
app-script-georgian = georgiska
app-script-korean = koreanska
app-script-ethiopic = amhariska (etiopisk skrift)
app-script-khmer = khmer
app-script-emoji = emojier
app-script-japanese = japanska
app-script-chinese = kinesiska
app-script-other = andra tecken

# The report's own labels (src/app/report_view.rs)
app-sources = Källor:
app-source-link = Källa ↗
app-for-developers = För utvecklare: { $lines }
app-show-details = Visa detaljer
app-show-details-hover = Rulla ned till detaljerna om det här problemet
app-why = Varför: { $why }
app-who-can-fix = Vem kan åtgärda det:
app-select-to-copy = Markera texten för att kopiera en del av den
app-copy-full-value = Kopiera hela värdet
app-copy-full-value-hover = Kopiera hela värdet till Urklipp
app-copy-hover = Kopierar texten till Urklipp, så att du kan klistra in den någon annanstans
app-show-the-text = Visa texten
app-developer-details = Detaljer för utvecklare

# The welcome page (src/app/welcome.rs)
app-welcome-heading = Så här gör du
app-welcome-step-1 = 1. Till vänster öppnar du den version av din app som finns i Teams Store nu: dess manifest.json eller det .zip-apppaket som du laddade upp.
app-welcome-step-2 = 2. Till höger öppnar du uppdateringen som du vill skicka in.
app-welcome-step-3 = 3. Läs svaret: om uppdateringen är klar, om dina användare kommer att ombes godkänna appen igen och vad som har ändrats.
app-welcome-step-4 = 4. Kopiera nedladdningsknappen till din webbplats.
app-welcome-shortcuts = Du kan också släppa filer i fönstret. Kortkommandon: { $open_old } öppnar den publicerade versionen, { $open_new } den nya, { $export } exporterar rapporten, { $copy_html } kopierar knappens HTML, { $reload } läser in igen.
app-welcome-where-heading = Var hittar jag den publicerade versionen?
app-welcome-where-intro = Använd det apppaket som Microsoft har nu, inte de filer som du har redigerat sedan dess. Hämta det från platsen där din app publicerades:
app-welcome-where-portal = Utvecklarportalen (dev.teams.microsoft.com): öppna Appar, välj din app och välj Ladda ned apppaket. Gör det innan du gör dina ändringar där: när du har redigerat appen är paketet du får den nya versionen.
app-welcome-where-partner = Partnercenter (partner.microsoft.com), för en app i Teams Store: öppna ditt erbjudande för Teams-appen och ladda ned det apppaket som laddades upp för den aktiva versionen.
app-welcome-where-admin = Administrationscentret för Teams (admin.teams.microsoft.com), för en app som bara har publicerats i din organisation: din Teams-administratör kan hämta paketet under Teams-appar, Hantera appar.
app-welcome-where-records = Dina egna arkiv: den .zip-fil som du laddade upp förra gången (Teams Toolkit sparar den till exempel i appPackage/build/ i projektet).
app-welcome-where-new = Den nya versionen är paketet som du ska ladda upp: från Utvecklarportalen efter dina ändringar, eller den .zip-fil som dina utvecklare gav dig.

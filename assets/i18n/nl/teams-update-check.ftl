# Teams Update Check: every sentence a user can read, in Dutch (Nederlands).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: addin-control-menu, agent-agent, agent-capability-dataverse, agent-capability-fabric, agent-setting-disclaimer, agent-sign-in-oauth, agent-was, app-filter-markdown, app-name, app-script-devanagari, app-script-emoji, app-script-gujarati, app-script-gurmukhi, app-script-kannada, app-script-khmer, app-script-malayalam, app-script-odia, app-script-tamil, app-script-telugu, change-bot, change-bytes, change-connector, change-scope-copilot, change-scope-team, change-was, fix-icon-size, input-value-true-or-false, place-label-bot, place-label-bots, place-label-connector, place-label-connectors, place-label-parameter, place-label-parameters, place-label-video, portal-basic-app-names, portal-basic-descriptions, portal-basic-developer-information, portal-basic-version, portal-branding-color-icon, portal-branding-outline-icon, portal-features-bot, portal-features-personal-app, rule-bot-setting-video, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = { $count ->
    [one] 1 pictogram
   *[other] { $count } pictogrammen
}

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = De app-id blijft hetzelfde
check-version-format-title = Het versienummer is correct geschreven
check-version-incremented-title = Het versienummer gaat omhoog
check-app-id-changed = De app-id is gewijzigd van { $old } in { $new }. Een update moet de id van de gepubliceerde app behouden; met een nieuwe id ziet de Store het als een andere app. Zet de oude id terug.
check-app-id-not-guid = De app-id is in beide bestanden hetzelfde, maar “{ $id }” is geen echte app-id (een GUID zoals 0b5c3d6e-1234-4abc-9def-00112233aabb). Het lijkt een tijdelijke aanduiding die je buildtools invullen; controleer het pakket dat je echt indient.
check-app-id-same = De app-id blijft { $id }.
check-version-too-long = De nieuwe versie “{ $version }” is langer dan 256 tekens.
check-version-not-three-numbers = De nieuwe versie “{ $version }” bestaat niet uit drie gehele getallen gescheiden door punten, zoals 1.4.2 (geen letters, geen voorloopnullen, geen “-beta”); de Store weigert andere vormen.
check-version-addin-part-too-big = De nieuwe versie “{ $version }” heeft een deel boven 99999, wat Office-invoegtoepassingen (de sectie `extensions`) niet toestaan.
check-version-well-formed = De nieuwe versie { $version } is geschreven zoals de Store verwacht.
check-version-nothing-changed = Er is niets gewijzigd, dus de versie hoeft niet te veranderen.
check-version-goes-up = De versie gaat omhoog van { $old } naar { $new }.
check-version-unchanged = De versie is nog steeds { $new }, maar er is iets gewijzigd. Bij elke wijziging moet de versie omhoog: verhoog hem tot boven { $old }, bijvoorbeeld naar { $next }.
check-version-same-number = De versie gaat van { $old } naar { $new }; dat is hetzelfde getal anders geschreven (ontbrekende delen tellen als 0), geen hoger getal. Verhoog hem tot boven { $old }, bijvoorbeeld naar { $next }.
check-version-lower = De nieuwe versie { $new } is lager dan de gepubliceerde { $old }. Zijn de twee bestanden in de verkeerde volgorde opgegeven? Eerst komt de gepubliceerde versie, dan de nieuwe. Verhoog anders de nieuwe versie tot boven { $old }.
check-version-not-comparable = De versies konden niet worden vergeleken, omdat { $which ->
    [published] de gepubliceerde versie
   *[new] de nieuwe versie
} “{ $version }” { $reason ->
    [long] een deel heeft dat langer is dan 18 cijfers
   *[signs] niet alleen uit cijfers en punten bestaat
}. Zorg dat de nieuwe versie hoger is dan de gepubliceerde.
check-version-higher-number = een hoger getal

## Store checks (src/store/)
store-activities-title = Meldingstypen van de activiteitenfeed zijn uniek en niet gereserveerd
store-agent-files-title = Elk Copilot-agentbestand kan worden gelezen
store-localization-agent-default-file-title = Een vertaalde agent heeft een bestand voor zijn standaardtaal
store-agent-localization-keys-title = Elk vertaalbestand bevat de lokalisatiesleutels van de agent
store-agent-name-match-title = De agent en zijn acties hebben de naam van de app
store-agent-operations-title = Elke agentfunctie en API-opdracht heeft een bijbehorende bewerking
store-agent-schema-title = Copilot-agentbestanden voldoen aan de officiële schema's van Microsoft
store-agent-schema-url-title = Copilot-agentbestanden verwijzen naar het schema van hun eigen indeling
store-agent-text-hygiene-title = Beschrijvingen en instructies van de agent bevatten geen webadressen, emoji of verborgen tekens
store-agent-urls-title = Copilot-agents roepen echte https-adressen aan
store-api-message-extension-title = Berichtextensies volgen de uploadregels voor hun soort
store-app-name-core-feature-title = Korte naam begint niet met een Teams-functie
store-bot-id-guid-title = Bot-id's zijn GUID's
store-bot-id-kept-title = Bots behouden hun gepubliceerde id's
store-cea-bot-id-title = De agent met aangepaste engine is een van de bots van de app
store-channel-features-title = Vermeldt of de app werkt in gedeelde en privékanalen
store-bot-command-slash-title = Botopdrachten beginnen niet met een slash
store-bot-command-duplicate-title = Elke botopdracht komt één keer voor in zijn lijst
store-me-command-duplicate-title = Elke actieopdracht van een berichtextensie komt één keer voor
store-consequential-actions-title = Acties die gegevens wijzigen, vragen het de gebruiker eerst
store-da-actions-title = De agent heeft acties
store-da-graph-connectors-blank-title = De agent gebruikt elke Copilot-connector van een organisatie
store-da-starters-count-title = De agent heeft 3 tot 6 gespreksstarters
store-dashboard-cards-title = Dashboardkaarten hebben elk één pictogram en unieke id's
store-descriptions-title = Volledige beschrijving zegt meer dan de korte, in maximaal 500 woorden
store-https-urls-title = Webadressen zijn beveiligd (https)
store-icon-color-title = Kleurenpictogram is een PNG van 192 × 192
store-icon-color32x32-title = Klein kleurenpictogram is een PNG van 32 × 32
store-icon-outline-title = Omtrekpictogram is wit op transparant, 32 × 32
store-localization-title = Vertaalbestanden zijn geldig en passen bij de manifestindeling
store-localization-tags-title = Elke taal heeft één vertaalbestand
store-long-description-copilot-title = De lange beschrijving vermeldt dat de app werkt in Microsoft 365 Copilot
store-manifest-version-title = Manifest gebruikt een indeling die de Store accepteert
store-me-sample-prompts-title = Opdrachten van berichtextensies hebben 3 verschillende voorbeeldprompts
store-package-extra-files-title = Pakket bevat alleen de bestanden die het manifest gebruikt
store-package-files-title = Elk bestand dat het manifest noemt, staat in het pakket
store-package-name-deprecated-title = Geen verouderd veld packageName
store-package-size-title = Pakket is 10 MB of kleiner
store-placeholders-title = Er zijn geen tijdelijke aanduidingen van sjablonen achtergebleven
store-required-texts-title = Naam, beschrijvingen en naam van de ontwikkelaar zijn ingevuld
store-schema-title = Manifest voldoet aan het officiële schema van Microsoft
store-schema-url-title = Schemakoppeling past bij de manifestindeling
store-static-tab-names-title = Persoonlijke tabbladen hebben een juiste naam
store-valid-domains-title = Geldige domeinen zijn je eigen productiedomeinen
store-valid-domains-coverage-title = Tabbladpagina's staan op je geldige domeinen
store-version-major-title = Versie is 1.0.0 of hoger
store-activities-reserved = Het activiteitstype “systemDefault” is door Teams gereserveerd voor zijn eigen meldingen; de uploadservice weigert het. Geef dit meldingstype een eigen naam, zoals “taskAssigned” (de code van je ontwikkelaar verstuurt het onder die naam).
store-activities-duplicate = Het activiteitstype “{ $kind }” is meer dan één keer gedeclareerd; de uploadservice weigert dat. Houd er één vermelding voor.
store-agent-files-broken = { $problem }
store-agent-files-too-large = Het bestand “{ $file }” ({ $what }) is { $size }; een bestand in het pakket mag voor deze controle maximaal { $limit } zijn, en een bestand van deze grootte is vrijwel zeker niet het bedoelde. Je ontwikkelaar moet het kleiner maken of vervangen.
store-agent-files-too-many = Het pakket verwijst naar meer dan { $limit } agentbestanden om te lezen; “{ $file }” en de bestanden daarna zijn niet gecontroleerd. De agents van een app hebben veel minder bestanden nodig: je ontwikkelaar moet nagaan welke bestanden de agentbestanden noemen.
store-agent-name-match-differs = De { $what } heet “{ $name }” ({ $kind ->
    [action] de naam van de actie die gebruikers zien
   *[agent] de naam van de agent
}, in “{ $file }”), maar de app heet “{ $app }”. De Agent Store vereist dat de app, zijn agent en de acties van de agent dezelfde naam hebben. Je ontwikkelaar moet de naam wijzigen in “{ $app }” (of de naam van de app daaraan aanpassen).
store-localization-agent-default-file-missing = De Copilot-agent is vertaald (zijn bestanden gebruiken lokalisatiesleutels zoals [[agentName]]) en de app noemt andere talen, maar er is geen vertaalbestand voor de standaardtaal (defaultLanguageFile). Een vertaalde agent heeft een bestand nodig voor elke taal die hij ondersteunt, ook de standaardtaal. Je ontwikkelaar moet er een toevoegen en het in het manifest noemen.
store-localization-agent-default-file-advice = De app noemt andere talen, maar geen vertaalbestand voor zijn standaardtaal (defaultLanguageFile). Als de Copilot-agent meer dan één taal ondersteunt, heeft hij een bestand nodig voor elke taal, ook de standaardtaal.
store-agent-localization-keys-lacking = In het vertaalbestand “{ $file }” { $count ->
    [one] ontbreekt een lokalisatiesleutel
   *[other] ontbreken lokalisatiesleutels
} die de Copilot-agent gebruikt ({ $keys }). De uploadservice weigert een agenttekst die hij niet kan vertalen. Je ontwikkelaar moet { $count ->
    [one] deze sleutel
   *[other] deze sleutels
} toevoegen onder localizationKeys in dit bestand.
store-agent-operations-command = De berichtextensie-opdracht “{ $command }” heeft geen bewerking met die id (operationId) in de API-beschrijving “{ $file }”; hij zou elke keer mislukken als een gebruiker hem uitvoert. Je ontwikkelaar moet de opdracht aan een bewerking koppelen.
store-agent-operations-undefined-function = Het agentactiebestand “{ $file }” voert een functie “{ $function }” uit die het niet definieert (het is niet een van zijn functies). Je ontwikkelaar moet de functie toevoegen of de naam corrigeren.
store-agent-operations-function = De agentfunctie “{ $function }” heeft geen bewerking met die id (operationId) in de API-beschrijving “{ $file }”; Copilot zou elke keer mislukken als hij haar probeert. Je ontwikkelaar moet de functie aan een bewerking koppelen.
store-agent-schema-url-mismatch = De schemakoppeling van “{ $file }” is voor indeling { $linked }, maar het bestand zegt dat het { $version } volgt. Je ontwikkelaar moet naar het schema van { $version } verwijzen, zodat editors het bestand aan de juiste regels toetsen.
store-schema-whole = { $kind ->
    [localization] Het lokalisatiebestand
    [declarative-agent] Het Copilot-agentbestand
    [plugin] Het agentactiebestand
    [agentic-user] Het sjabloon voor agentische gebruikers
    [response-template] Het antwoordsjabloon
   *[manifest] Het manifest
}
store-schema-at-top = bovenaan { $kind ->
    [localization] het lokalisatiebestand
    [declarative-agent] het Copilot-agentbestand
    [plugin] het agentactiebestand
    [agentic-user] het sjabloon voor agentische gebruikers
    [response-template] het antwoordsjabloon
   *[manifest] het manifest
}
store-schema-in-field = in { $field }
store-schema-manifest-format = manifestindeling { $format }
store-schema-renamed-field = { $field } heeft `{ $unknown }` waar { $format } het verplichte `{ $missing }` verwacht. Wijzig de naam `{ $unknown }` in `{ $missing }`.
store-schema-missing-one-of = In { $field } ontbreekt `{ $first }`, dat verplicht is (of { $others } in plaats daarvan). Voeg het toe.
store-schema-max-length = { $field } mag maximaal { $limit } tekens bevatten, maar bevat er { $count }.
store-schema-min-length = { $field } moet minstens { $limit ->
    [one] 1 teken
   *[other] { $limit } tekens
} bevatten, maar bevat er { $count }.
store-schema-max-items = { $field } mag maximaal { $limit ->
    [one] 1 vermelding
   *[other] { $limit } vermeldingen
} bevatten, maar bevat er { $count }.
store-schema-min-items = { $field } moet minstens { $limit ->
    [one] 1 vermelding
   *[other] { $limit } vermeldingen
} bevatten, maar bevat er { $count }.
store-schema-uri = { $field } moet een volledig webadres met schema zijn, zoals https://www.contoso.com/help, maar is { $value }.
store-schema-constant = { $field } moet { $expected } zijn, maar is { $value }.
store-schema-required = In { $field } ontbreekt `{ $name }`, dat verplicht is. Voeg het toe.
store-schema-type = { $field } moet { $expected } zijn, maar is { $value }.
store-schema-type-name = { $kind ->
    [string] een tekst (tussen dubbele aanhalingstekens)
    [object] een object (`{"{"} … {"}"}`)
    [array] een lijst (`[ … ]`)
    [boolean] true of false
    [integer] een geheel getal
    [number] een getal
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first } of { $second }
store-schema-unique-items = { $field } bevat dezelfde vermelding meer dan één keer; houd elke vermelding maar één keer.
store-schema-no-form = { $field } komt met geen van de vormen overeen die { $format } hier toestaat. Vergelijk het met de naslaginformatie voor dit veld.
store-schema-several-forms = { $field } komt overeen met meer dan één van de vormen die { $format } hier toestaat; het moet met precies één overeenkomen.
store-schema-maximum = { $field } mag maximaal { $limit } zijn, maar is { $value }.
store-schema-minimum = { $field } moet minstens { $limit } zijn, maar is { $value }.
store-schema-max-properties = { $field } mag maximaal { $limit } velden hebben.
store-schema-min-properties = { $field } moet minstens { $limit } velden hebben.
store-schema-other = { $field } volgt { $format } niet: { $problem }.
store-schema-pattern-guid = een id in GUID-vorm, zoals “0b5c3d6e-1234-4abc-9def-00112233aabb”
store-schema-pattern-https = een beveiligd webadres dat begint met https://, zoals “{ $example }”
store-schema-pattern-color = een kleur geschreven als # met zes hexadecimale cijfers, zoals “#4F6BED”
store-schema-pattern-version = een versie van cijfers en punten, zoals “1.0.0”
store-schema-pattern-other = { $field } is niet geschreven zoals de manifestindeling verwacht (het moet overeenkomen met het patroon { $pattern }); nu staat er “{ $value }”.
store-schema-pattern = { $field } moet { $expected } zijn; nu staat er “{ $value }”.
store-schema-enum = { $field } moet een van { $allowed } zijn, maar is { $value }.
store-schema-enum-hint = { $field } moet een van { $allowed } zijn, maar is { $value }. Bedoelde je `{ $option }`?
store-schema-needs-later-format = `{ $property }` vereist manifestindeling { $later } of later; jij gebruikt { $format }. Stap over op indeling { $later } (werk manifestVersion en { $schema_field } bij), of verwijder `{ $property }`.
store-schema-unknown-field = `{ $property }` is { $place } geen veld dat { $format } kent. Controleer de spelling en het gebruik van hoofdletters, of verwijder het.
store-schema-sentences = { $first } { $second }
store-schema-no-sentence = {""}
store-localization-too-large = Het lokalisatiebestand “{ $file }” is groter dan 4 MiB; een lokalisatiebestand bevat enkele vertaalde teksten.
store-localization-not-json = Het lokalisatiebestand “{ $file }” is geen geldige JSON: { $problem }. Open het in een teksteditor en corrigeer het op regel { $line }, kolom { $column }.
store-localization-not-object = Het lokalisatiebestand “{ $file }” moet een JSON-object zijn (beginnend met `{"{"}`), maar het is { $value }.
store-localization-in-file = In “{ $file }”: { $problem }
store-schema-url-add-later = Voeg de koppeling van die indeling toe zodra het manifest naar een gepubliceerde indeling is overgezet (zie “Manifest gebruikt een indeling die de Store accepteert”).
store-schema-url-add = Voeg "{ $schema_field }": "{ $example }" toe.
store-schema-url-missing = De schemakoppeling (`{ $schema_field }`) ontbreekt of is geen tekst. { $add }
store-schema-url-unusual = De schemakoppeling “{ $link }” is ongebruikelijk: ze noemt geen Teams-manifestindeling. De gebruikelijke koppeling is “{ $example }”.
store-schema-url-preview = De schemakoppeling (`{ $schema_field }`) noemt indeling { $named }, maar manifestVersion is “{ $format }”. Laat de koppeling niet naar de preview-indeling verwijzen: de Store weigert de preview-indeling zelf. Zet het manifest over naar een gepubliceerde indeling (zie “Manifest gebruikt een indeling die de Store accepteert”), met een koppeling die diezelfde indeling noemt.
store-schema-url-other-format = De schemakoppeling (`{ $schema_field }`) noemt indeling { $named }, maar manifestVersion is { $format }. Maak ze gelijk: “{ $example }”.
store-schema-url-no-format = ontbreekt
store-placeholders-file-directive = “{ $text }” is een bestandsinstructie van Agents Toolkit die de toolkit bij het bouwen van het pakket vervangt door de tekst van het bestand; dien het pakket in dat de toolkit heeft gebouwd, niet de bronbestanden.
store-placeholders-built-address = Het adres “{ $text }” is nooit ingevuld: dit pakket is gebouwd (het manifest heeft een echte app-id), maar dit adres is nog een tijdelijke aanduiding, dus Copilot kan het niet bereiken. Je ontwikkelaar moet hier het echte https://-adres invullen en het pakket opnieuw bouwen.
store-placeholders-built-value = “{ $text }” is nooit ingevuld: dit pakket is gebouwd (het manifest heeft een echte app-id), maar deze waarde is nog een tijdelijke aanduiding. Je ontwikkelaar moet hier de echte waarde invullen en het pakket opnieuw bouwen.
store-placeholders-placeholder = “{ $text }” is een tijdelijke aanduiding die je buildtools invullen; de Store heeft de echte waarde nodig.
store-agent-schema-undocumented = Het Copilot-agentbestand “{ $file }” gebruikt indeling { $version }, die nog geen gedocumenteerde indeling voor declaratieve agents is (de pagina's van Microsoft beschrijven indelingen tot en met v1.8); de Store kan het weigeren. Het is gecontroleerd aan de hand van het v1.9-schema dat Microsoft heeft voorbereid. Als de agent niets van v1.9 nodig heeft (vaardigheidsmappen), kan je ontwikkelaar v1.8 gebruiken.
store-agent-schema-format = { $kind ->
    [plugin] API-plug-inindeling { $version }
    [agentic-user] de indeling van het sjabloon voor agentische gebruikers
    [response-template] de indeling van het antwoordsjabloon
   *[declarative-agent] indeling voor declaratieve agents { $version }
}
store-agent-schema-newer = Het bestand “{ $file }” ({ $what }) gebruikt indeling { $version }, nieuwer dan deze app kent (tot en met { $newest }); het is niet aan zijn schema getoetst. Een update van deze app zal het controleren.
store-agent-schema-no-version = het bestand vermeldt er geen
store-agent-schema-yours-quoted = nu staat er “{ $value }”
store-agent-schema-yours = nu staat er { $value }
store-agent-schema-version-missing = Het bestand “{ $file }” ({ $what }) moet in `{ $field }` vermelden welke indeling het volgt (zoals “{ $newest }”); { $yours }. Je ontwikkelaar moet dit instellen.
store-agent-text-hygiene-address = een webadres ({ $address })
store-agent-text-hygiene-emoji = een emoji ({ $emoji })
store-agent-text-hygiene-hidden = een verborgen teken ({ $code })
store-agent-text-hygiene-instructs = woorden die Copilot instructies geven (“{ $phrase }”)
store-agent-text-hygiene-in-file = In “{ $file }”, de tekst bij “{ $place }”
store-agent-text-hygiene-refused = { $place } bevat { $what }. De Agent Store weigert webadressen, emoji en verborgen tekens in de beschrijvingen en instructies die Copilot leest. Verwijder het.
store-agent-text-hygiene-steers = { $place } bevat { $what }. De Agent Store weigert beschrijvingen die het model proberen te sturen; als deze woorden alleen beschrijven wat de app doet, laat ze dan staan.
store-agent-text-hygiene-joiner = { $place } bevat { $what }, een verbindings- of richtingsteken. Tekst in schriften zoals Perzisch of Hindi heeft die nodig, dus dit kan juist zijn; de Agent Store weigert verborgen tekens die zo'n doel niet hebben.
store-agent-urls-not-full = “{ $address }” is geen volledig webadres; Copilot roept de services van de agent aan vanuit de cloud en heeft niets om het mee aan te vullen. Je ontwikkelaar moet het hele adres schrijven, zoals “https://api.contoso.com{ $path }”.
store-agent-urls-not-secure = “{ $address }” is geen beveiligd (https-)adres; Copilot roept alleen https-adressen aan. Je ontwikkelaar moet het https-adres van de service gebruiken.
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = het IP-adres { $ip }
store-agent-urls-own-computer = “{ $address }” verwijst naar { $host }, dat alleen de eigen computer of het eigen netwerk van de ontwikkelaar kan bereiken; Copilot roept het voor elke gebruiker aan vanuit de cloud. Je ontwikkelaar moet het adres gebruiken waar de service echt wordt gehost.
store-agent-urls-tunnel = “{ $address }” is een tunnel om te testen op de eigen computer van de ontwikkelaar; hij werkt niet meer zodra de tunnel sluit. Je ontwikkelaar moet het adres gebruiken waar de service echt wordt gehost.
store-api-message-extension-api-member = Berichtextensie { $number } is API-gebaseerd, en een API-gebaseerde berichtextensie kan geen { $member ->
    [botId] bot-id (`botId`)
   *[other] `{ $member }`
} hebben; de uploadservice weigert dit. Verwijder het.
store-api-message-extension-no-api-file = Berichtextensie { $number } is API-gebaseerd, maar noemt zijn API-beschrijving niet (`apiSpecificationFile`); de uploadservice weigert dit. Je ontwikkelaar voegt het OpenAPI-bestand toe aan het pakket en noemt het daar.
store-api-message-extension-no-template = Opdracht { $name } van API-gebaseerde berichtextensie { $number } noemt niet het sjabloon dat de resultaten weergeeft (`apiResponseRenderingTemplateFile`); de uploadservice weigert dit. Je ontwikkelaar voegt het sjabloon toe aan het pakket en noemt het daar.
store-api-message-extension-no-parameters = Opdracht { $name } van API-gebaseerde berichtextensie { $number } heeft geen parameters; de uploadservice weigert een API-gebaseerde opdracht zonder minstens één. Je ontwikkelaar voegt de parameters toe die de API-bewerking verwacht.
store-api-message-extension-extra-auth = Berichtextensie { $number } meldt zich aan met `{ $kind }`, maar heeft ook `{ $member }`, dat bij een andere manier van aanmelden hoort; de uploadservice weigert dit. Verwijder `{ $member }` of wijzig `authType`.
store-api-message-extension-no-registration = Berichtextensie { $number } meldt zich aan met een API-sleutel (`apiSecretServiceAuth`), maar noemt de registratie ervan niet (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`); de uploadservice weigert dit. Je ontwikkelaar registreert de sleutel in Developer Portal en zet de registratie-id daar.
store-api-message-extension-no-entra = Berichtextensie { $number } meldt zich aan met Microsoft Entra (`microsoftEntra`), maar heeft geen `microsoftEntraConfiguration`; de uploadservice weigert dit. Je ontwikkelaar voegt het toe met "supportsSingleSignOn": true.
store-api-message-extension-no-sso = Berichtextensie { $number } meldt zich aan met Microsoft Entra, wat eenmalige aanmelding vereist: `supportsSingleSignOn` moet true zijn; anders weigert de uploadservice het.
store-api-message-extension-bot-api-file = Berichtextensie { $number } is bot-gebaseerd, maar noemt een API-beschrijving (`apiSpecificationFile`); de uploadservice weigert dat. Verwijder die, of maak de extensie API-gebaseerd ("composeExtensionType": "apiBased", zonder bot).
store-api-message-extension-bot-template = Opdracht { $command } van bot-gebaseerde berichtextensie { $number } noemt een resultatensjabloon (`apiResponseRenderingTemplateFile`), dat alleen API-gebaseerde extensies hebben; de uploadservice weigert dit. Verwijder het.
store-api-message-extension-method = De bewerking “{ $operation }” van berichtextensie { $number } gebruikt de HTTP-methode { $method }; API-gebaseerde berichtextensies kunnen alleen GET- en POST-bewerkingen aanroepen, en de uploadservice weigert andere.
store-api-message-extension-array-parameter = De parameter{ $named ->
    [yes] {" "}“{ $label }”
   *[no] {""}
} van bewerking “{ $operation }” (berichtextensie { $number }) is een lijst (`array`); API-gebaseerde berichtextensies kunnen geen lijsten versturen, en de uploadservice weigert dit.
store-api-message-extension-required-parameter = De verplichte parameter{ $named ->
    [yes] {" "}“{ $label }”
   *[no] {""}
} van bewerking “{ $operation }” (berichtextensie { $number }) wordt { $location } verzonden; API-gebaseerde berichtextensies kunnen verplichte parameters alleen in het pad of de query invullen, en de uploadservice weigert andere.
store-api-message-extension-no-location = zonder plaats (`in`)
store-api-message-extension-location = in de { $location }
store-api-message-extension-no-servers = De API-beschrijving “{ $file }” van berichtextensie { $number } noemt geen server (`servers`) voor zijn bewerkingen, dus Teams weet niet waarheen ze moeten worden verzonden; de uploadservice weigert dit. Je ontwikkelaar voegt het adres van de API toe onder `servers`.
store-app-name-words-title = App-naam vermijdt woorden die de beoordeling door de Store weigert
store-agent-store-copilot-agent = Copilot-agent
store-agent-store-agent-action = agentactie
store-app-name-core-feature-starts = De korte naam “{ $name }” begint met “{ $feature }”, een Teams-functie; de Store weigert namen die met een Teams-functie beginnen, omdat gebruikers de app dan voor een onderdeel van Teams zouden houden. Zet je eigen naam vooraan, zoals “{ $example }”.
store-app-name-words-product = { $what } bevat “{ $word }”. De Store weigert namen die naar Microsoft-producten verwijzen (Microsoft Teams, Microsoft 365 Copilot), tenzij de app een officieel partnerschap met Microsoft heeft. Als “{ $word }” hier iets anders betekent (zoals teams van mensen), kun je het laten staan; als het naar het product van Microsoft verwijst, geef de app dan een andere naam.
store-app-name-words-microsoft = { $what } bevat “{ $word }”. De Store weigert namen die naar Microsoft verwijzen, tenzij de app een officieel partnerschap met Microsoft heeft; geef de app zonder zo'n partnerschap een andere naam.
store-app-name-words-unfinished = { $what } bevat “{ $word }”. De Store weigert namen die zeggen dat de app een test- of previewbuild is; als dit de versie voor iedereen is, haal het woord dan weg.
store-app-name-words-agent-name = De naam van de { $what } in “{ $file }”
store-bot-id-guid-not-guid = De id van { $list ->
    [bots] bot
   *[composeExtensions] berichtextensie
} { $number } is “{ $id }”, wat geen id in GUID-vorm is; de uploadservice weigert dit. Zet daar de id van de registratie van de bot (die ziet eruit als “0b5c3d6e-1234-4abc-9def-00112233aabb”; je ontwikkelaar vindt hem in de Azure-portal of de Bot Framework-portal).
store-bot-id-kept-changed = Bot { $number } heeft een nieuwe id (“{ $new }”); de bot van de gepubliceerde versie is “{ $old }”. Behoud de id van de gepubliceerde bot: met een nieuwe id gaan de gesprekken verloren die gebruikers met de bot hadden, en de Store weigert het. Je ontwikkelaar zet de gepubliceerde id terug (en houdt die botregistratie aan).
store-cea-bot-id-not-a-bot = De agent met aangepaste engine noemt de bot “{ $id }”, die geen van de bots van de app is{ $bots ->
    [0] {" "}(de app heeft er geen)
   *[other] {""}
}. De Agent Store vereist dat een agent met aangepaste engine de eigen bot van de app is. Je ontwikkelaar moet hier de id van de bot gebruiken.
store-channel-features-missing = Je app werkt in teams, maar vermeldt niet dat hij gedeelde en privékanalen ondersteunt. Voeg "supportsChannelFeatures": "tier1" toe zodra dat zo is, anders kan Teams hem daar verbergen.
store-bot-command-slash-starts = De botopdracht “{ $command }” begint met een slash. Teams voegt de slash zelf toe als gebruikers een opdracht typen; verwijder hem uit de titel (“{ $without }”).
store-bot-command-duplicate-repeated = De botopdracht “{ $command }” komt meer dan één keer voor in dezelfde opdrachtenlijst; de Store weigert dubbele opdrachten. Houd er één, of geef de andere een eigen titel.
store-me-command-duplicate-repeated = De actieopdracht “{ $command }” komt meer dan één keer voor in berichtextensie { $number }; de Store weigert dubbele actieopdrachten. Houd er één, of geef de andere een eigen titel.
store-consequential-actions-changes-data = De bewerking { $operation } in “{ $file }” wijzigt of verwijdert gegevens, maar is gemarkeerd als zonder gevolgen (x-openai-isConsequential: false), dus Copilot zou hem uitvoeren zonder het de gebruiker te vragen. De Agent Store weigert dat. Je ontwikkelaar moet de markering verwijderen of op true zetten.
store-consequential-actions-post = De bewerking { $operation } in “{ $file }” is gemarkeerd als zonder gevolgen (x-openai-isConsequential: false), dus Copilot voert hem uit zonder het de gebruiker te vragen. Voor een zoekactie is dat juist; als hij iets aanmaakt of verstuurt, weigert de Agent Store het en moet je ontwikkelaar de markering verwijderen.
store-da-actions-none = De Copilot-agent in “{ $file }” heeft geen acties (API-plug-ins). De Agent Store vraagt dat het hoofddoel van een agent via acties wordt bediend; een agent die alleen antwoordt vanuit kennisbronnen kan de beoordeling nog steeds doorstaan. Is jouw agent zo'n agent, vermeld dat dan in de opmerkingen voor certificering.
store-da-graph-connectors-blank-listed = De Copilot-agent in “{ $file }” noemt specifieke Copilot-connectors (Graph-connectors). Een agent in de Agent Store moet deze lijst leeg laten, zodat hij alle connectors gebruikt van elke organisatie die hem installeert. Je ontwikkelaar moet de verbindingen verwijderen.
store-da-starters-count-outside = De Copilot-agent in “{ $file }” heeft { $count ->
    [0] geen gespreksstarters
    [one] één gespreksstarter
   *[other] { $count } gespreksstarters
} (de voorgestelde prompts die gebruikers zien als ze hem openen). De Agent Store vereist er 3 tot 6. Je ontwikkelaar moet { $fix ->
    [fewer] er maximaal 6 houden
   *[more] gespreksstarters toevoegen tot er minstens 3 zijn
} in het agentbestand.
store-dashboard-cards-two-icons = Dashboardkaart { $number } geeft zowel een afbeelding (`iconUrl`) als een benoemd pictogram (`officeUIFabricIconName`); de uploadservice weigert dat. Houd een van de twee.
store-dashboard-cards-same-id = Dashboardkaart { $number } heeft dezelfde id als een eerdere kaart (“{ $id }”); de uploadservice weigert dat. Geef elke kaart een eigen id.
store-descriptions-short-is-name = De korte beschrijving is alleen de naam van de app (“{ $short }”), dus de volledige beschrijving bevat hem. De beoordeling door de Store vraagt om een korte beschrijving die in één zin zegt wat de app doet, en een volledige beschrijving die meer zegt.
store-descriptions-full-contains-short = De volledige beschrijving bevat de hele korte beschrijving (“{ $short }”). De beoordeling door de Store vraagt om een volledige beschrijving die in eigen woorden meer zegt dan de korte.
store-descriptions-too-long = De volledige beschrijving heeft { $count ->
    [one] 1 woord
   *[other] { $count } woorden
}; de beoordeling door de Store vraagt om maximaal 500.
store-https-urls-own-computer = { $field } verwijst naar { $advice }. Het moet ook beginnen met https://.
store-https-urls-not-secure = { $field } moet een beveiligd webadres zijn dat begint met https://, zoals “{ $example }”; nu staat er “{ $value }”.
store-icon-color-not-png = Het { $icon ->
    [color32x32] kleine kleurenpictogram
    [outline] omtrekpictogram
   *[color] kleurenpictogram
} “{ $file }” is geen PNG-afbeelding. Sla het op als PNG van { $want } × { $want } pixels.
store-icon-color-size = Het { $icon ->
    [color32x32] kleine kleurenpictogram
    [outline] omtrekpictogram
   *[color] kleurenpictogram
} “{ $file }” is { $width } × { $height } pixels; het moet precies { $want } × { $want } zijn. Pas de grootte aan en sla het opnieuw op.
store-icon-outline-damaged = Het omtrekpictogram “{ $file }” is een beschadigde PNG-afbeelding. Sla het opnieuw op als PNG.
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = { $color } met { $opacity }% dekking
store-icon-outline-not-white = Het omtrekpictogram “{ $file }” moet wit zijn op een transparante achtergrond, maar de pixel op x { $x }, y { $y } (geteld vanaf linksboven, vanaf 0) is { $color }. Maak elke pixel wit of volledig transparant.
store-manifest-version-missing = Het manifest heeft geen manifestindeling (`manifestVersion`). Voeg de indeling toe die je manifest volgt, zoals "manifestVersion": "1.17" (de tools van je ontwikkelaar schrijven die), zodat de Store weet welke regels het manifest volgt.
store-manifest-version-unknown = “{ $format }” is geen manifestindeling die Microsoft heeft gepubliceerd (dat zijn 1.0 tot en met 1.17, 1.19 tot en met { $newest }, en devPreview). Zet `manifestVersion` op de indeling die je manifest volgt; tot die tijd kunnen de velden niet aan het officiële schema worden getoetst.
store-manifest-version-preview = Het manifest gebruikt de previewindeling voor ontwikkelaars (devPreview). Previewindelingen zijn bedoeld om te testen in je eigen organisatie; de Store accepteert ze niet. { $advice }
store-manifest-version-too-old = Het manifest gebruikt indeling { $format }; de Store vereist manifestindeling 1.10 of later. { $advice }
store-manifest-version-not-text = De manifestindeling (`manifestVersion`) moet een tekst tussen dubbele aanhalingstekens zijn, zoals "1.17"; nu staat er { $value }.
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = {" "}({ $list })
store-manifest-version-reason-list = { $list }; { $next }
store-manifest-version-needs = { $what } vereist { $format }
store-manifest-version-not-below = je manifest voldoet niet aan het schema van { $format }
store-manifest-version-member-at = `{ $member }` ({ $place })
store-manifest-version-lacking = er staat geen `{ $property }` in { $place }
store-manifest-version-move-to = Stap over op manifestindeling { $format }, de vroegste gepubliceerde indeling die alles bevat wat je manifest gebruikt{ $reasons }: zet `manifestVersion` op "{ $format }" en `{ $schema_field }` op "{ $link }".
store-manifest-version-move-at-least = Stap over op een gepubliceerde manifestindeling: minstens { $format }, de vroegste waarvan het schema elk veld op het hoogste niveau kent dat je manifest gebruikt{ $reasons }. Het manifest voldoet zoals het nu is nog aan geen enkele gepubliceerde indeling, dus je ontwikkelaar moet ook corrigeren wat het schema van die indeling meldt.
store-manifest-version-unpublished = Je manifest gebruikt { $count ->
    [one] een veld
   *[other] velden
} die nog geen enkele gepubliceerde indeling heeft ({ $fields }); functies die nog in preview zijn, kunnen niet worden gepubliceerd. Je ontwikkelaar verwijdert ze en zet het manifest daarna over naar een gepubliceerde indeling.
store-localization-tags-twice = De taal “{ $language }” staat twee keer tussen de vertalingen; welk van de twee bestanden Teams dan toont, is niet bepaald. Houd één vermelding per taal.
store-long-description-copilot-missing = De lange beschrijving noemt Copilot niet. Voor een app met een Copilot-agent vereist de Agent Store dat de lange beschrijving zegt dat de app werkt in Microsoft 365 Copilot (bijvoorbeeld “Contoso in Microsoft 365 Copilot”). Voeg een zin toe die dat zegt.
store-long-description-copilot-wording = De lange beschrijving noemt Copilot, maar niet “Microsoft 365 Copilot”, de formulering uit het voorbeeld van de Agent Store (“Contoso in Microsoft 365 Copilot”). Andere formuleringen kunnen de beoordeling doorstaan; overweeg deze te gebruiken.
store-me-sample-prompts-too-few = De berichtextensie-opdracht{ $named ->
    [yes] {" "}“{ $name }”
   *[no] {""}
} heeft { $count ->
    [one] 1 voorbeeldprompt
   *[other] { $count } voorbeeldprompts
} (de voorbeelden die Copilot toont). De Agent Store vereist er minstens 3. Je ontwikkelaar moet prompts toevoegen die laten zien wat de opdracht doet.
store-me-sample-prompts-shared = De voorbeeldprompt “{ $prompt }” van de berichtextensie-opdracht{ $named ->
    [yes] {" "}“{ $name }”
   *[no] {""}
} is ook een voorbeeldprompt van een andere opdracht. De Agent Store vereist dat elke opdracht eigen prompts heeft. Je ontwikkelaar moet een prompt voor deze opdracht schrijven.
store-package-extra-files-unused = Het pakket bevat { $count ->
    [one] 1 bestand
   *[other] { $count } bestanden
} die het manifest niet gebruikt: { $files }. De Store vraagt om alleen het manifest en de bestanden die het noemt; verwijder de andere.
store-package-files-holder = Het bestand “{ $file }” ({ $what })
store-package-files-reference = { $holder } { $problem }
store-package-files-outside = noemt “{ $path }”, dat geen bestand van het pakket is (een pad in het pakket wordt geschreven ten opzichte van het bestand dat het noemt, met slashes, en blijft binnen het pakket). Je ontwikkelaar moet het corrigeren.
store-package-files-no-skill-folder = noemt de vaardigheidsmap “{ $path }”, die niet in het pakket staat. Voeg de map toe, of corrigeer de naam.
store-package-files-no-skill-file = noemt de vaardigheidsmap “{ $path }”, die geen bestand SKILL.md bevat. Voeg het toe (de naam wordt in hoofdletters geschreven).
store-package-files-other-case = noemt “{ $path }”, maar het pakket bevat “{ $entry }”: namen moeten precies overeenkomen, ook in hoofdletters.
store-package-files-missing = noemt “{ $path }”, dat niet in het pakket staat. Voeg het bestand toe, of corrigeer de naam.
store-package-files-leading-slash = “{ $path }” begint met /; noem het bestand ten opzichte van het pakket, zoals “color.png”.
store-package-files-backslash = “{ $path }” gebruikt een backslash (\); paden in een pakket gebruiken gewone slashes, zoals “resources/color.png”.
store-package-files-parent = “{ $path }” verwijst naar buiten het pakket (..); zet het bestand in het pakket en noem het vanaf daar.
store-package-files-manifest-other-case = het manifest noemt “{ $path }”, maar het pakket bevat “{ $entry }”: namen moeten precies overeenkomen, ook in hoofdletters.
store-package-files-manifest-missing = het manifest noemt “{ $path }”, dat niet in het pakket staat. Voeg het bestand toe, of corrigeer de naam.
store-package-files-in-field = { $field }: { $problem }
store-package-name-deprecated-unused = `packageName` wordt vanaf manifestindeling 1.17 niet meer gebruikt (jouw indeling is { $format }); je kunt het verwijderen.
store-package-size-too-large = Het app-pakket is { $size } MB; de uploadservices van Microsoft weigeren pakketten groter dan 10 MB. Houd alleen het manifest, de pictogrammen en de bestanden die het noemt.
store-required-texts-empty = { $field } is leeg. De Store toont dit aan iedereen die je app vindt: vul het in.
store-static-tab-names-reserved = Persoonlijk tabblad { $number } is het gereserveerde tabblad “{ $entity }”, dat Teams zelf een naam geeft: verwijder de `name` ervan.
store-static-tab-names-unnamed = Persoonlijk tabblad { $number } (“{ $entity }”) heeft geen naam. Geef het de naam die gebruikers op het tabblad zien, zoals “Taken”.
store-valid-domains-domain = Geldig domein “{ $domain }” { $problem }
store-valid-domains-web-address = is een webadres, geen domein: schrijf alleen het domein, zoals “tasks.contoso.com” (geen https://, geen pad).
store-valid-domains-own-computer = is { $advice }.
store-valid-domains-too-wide = is te ruim: het zou elke site eronder omvatten. Noem je eigen domein, zoals “*.contoso.com”.
store-valid-domains-already-allowed = is een Microsoft-domein dat Teams al toestaat; verwijder het uit je lijst.
store-valid-domains-tunnel = is een tunnel om te testen op je eigen computer; de Store weigert het. Vervang het door het domein waar je app echt wordt gehost.
store-valid-domains-sign-in = omvat de aanmeldingsservice van Microsoft, een Microsoft-domein dat door elke app wordt gedeeld; de Store weigert een jokerteken daarvan. Als de app het nodig heeft om aan te melden, noemt je ontwikkelaar in plaats daarvan het exacte adres, zoals “{ $example }”, of verwijdert het.
store-valid-domains-sharepoint-framework = omvat de SharePoint van elke organisatie; de Store weigert een jokerteken daarvan. De pagina's van je app staan op de eigen SharePoint-site van elke klant (de adressen van de tabbladen beginnen met {"{"}teamSiteDomain{"}"}), zoals bij apps die met SharePoint Framework zijn gemaakt, dus één site noemen kan niet werken: vraag je ontwikkelaar de handleiding van Microsoft voor het publiceren van SharePoint Framework-oplossingen te volgen, die uitlegt hoe zo'n app elke klant bereikt: { $guide }
store-valid-domains-sharepoint = omvat de SharePoint van elke organisatie; de Store weigert een jokerteken daarvan. Noem exact je eigen SharePoint-site, zoals “contoso.sharepoint.com”.
store-valid-domains-shared-hosting = omvat een Microsoft-domein of een gedeeld hostingdomein waar ook sites van anderen staan. Noem exact je eigen site, zoals “contoso-tasks.azurewebsites.net”.
store-valid-domains-bad-wildcard = heeft een jokerteken op de verkeerde plaats: `*` moet een heel deel helemaal links zijn, zoals “*.contoso.com”.
store-valid-domains-coverage-own-computer = { $field } verwijst naar { $advice }. Zorg er na de vervanging voor dat het domein van het nieuwe adres in je lijst met geldige domeinen staat.
store-valid-domains-coverage-not-listed = { $field } staat op { $host }, dat niet in je lijst met geldige domeinen staat. Teams kan weigeren de pagina te laden: voeg “{ $host }” toe aan validDomains.
store-version-major-zero = Versie { $version } begint met 0, en de Store accepteert geen 0.x.y-versies. Begin bij 1.0.0 (de volgende versie van een gepubliceerde app moet nog steeds hoger zijn dan de gepubliceerde).

store-summary-template = Dit is een sjabloon: { $count ->
    [one] 1 waarde bevat nog
   *[other] { $count } waarden bevatten nog
} tijdelijke aanduidingen zoals `{ $example }`. Controleer in plaats daarvan het pakket dat je build oplevert (bijvoorbeeld appPackage/build/appPackage.dev.zip).{ $caused ->
    [0] {""}
    [one] {" "}1 ander probleem bij die tijdelijke aanduidingen komt daardoor en verdwijnt met echte waarden.
   *[other] {" "}{ $caused } andere problemen bij die tijdelijke aanduidingen komen daardoor en verdwijnen met echte waarden.
}
store-summary-none-found-in-format = Geen Store-problemen gevonden (gecontroleerd aan de hand van de officiële indeling { $format } en de regels van de Store).
store-summary-none-found = Geen Store-problemen gevonden (gecontroleerd aan de hand van de regels van de Store).
store-summary-refused = De Store zou dit { $package ->
    [package] pakket
   *[manifest] manifest
} weigeren: { $count ->
    [one] 1 probleem
   *[other] { $count } problemen
}.
store-summary-manifest-alone = Pictogrammen en andere pakketbestanden zijn niet gecontroleerd, omdat alleen een manifest.json is opgegeven. Open het .zip-app-pakket om ook die te controleren.
store-where-line-column = { $file }, regel { $line }, kolom { $column }
store-where-file = { $file }
store-where-with-place = { $file } ({ $place })
store-own-computer-advice = “{ $host }”, { $tail }
store-own-computer-tail = de eigen computer (of het privénetwerk) van je ontwikkelaar, die niemand anders kan bereiken: vervang het door het adres waar de app wordt gehost

## Consent rules (src/rules/)
rule-addin-events-changed-title = De Office-invoegtoepassing start bij een nieuwe gebeurtenis
rule-addin-events-changed-explanation = Een Office-invoegtoepassing die vanzelf start bij een gebeurtenis waarop ze eerder niet reageerde, moet opnieuw worden goedgekeurd door de beheerder die haar heeft geïmplementeerd; tot die tijd kunnen mensen in die organisatie de bijgewerkte invoegtoepassing niet gebruiken. Wij lezen de “gebeurtenissen die door de invoegtoepassing worden ondersteund” van Microsoft als de gebeurtenistypen die haar starten; welke functie een gebeurtenis afhandelt en hoe Outlook erop reageert, staat alleen onder “Wat is er gewijzigd”.
rule-addin-office-apps-changed-title = De Office-invoegtoepassing werkt in een andere Office-toepassing
rule-addin-office-apps-changed-explanation = Een Office-invoegtoepassing die in een andere Office-toepassing gaat werken (Outlook, Excel, Word, PowerPoint), moet opnieuw worden goedgekeurd door de beheerder die haar heeft geïmplementeerd; tot die tijd kunnen mensen in die organisatie de bijgewerkte invoegtoepassing niet gebruiken. De updatehandleiding van Microsoft noemt deze wijziging.
rule-bot-added-or-removed-title = Er is een bot toegevoegd of verwijderd
rule-bot-added-or-removed-explanation = Een bot is het deel van een app dat met mensen chat; er een toevoegen of verwijderen verandert wat de app kan, dus Teams vraagt elke gebruiker de app opnieuw goed te keuren.
rule-bot-calling-or-video-changed-title = De ondersteuning voor bellen of video van een bot is gewijzigd
rule-bot-calling-or-video-changed-explanation = Of een bot kan deelnemen aan audio- of videogesprekken, is een machtiging waarmee gebruikers instemmen; als dat verandert, vraagt Teams elke gebruiker de app opnieuw goed te keuren.
rule-bot-id-changed-title = De id van een bot is gewijzigd
rule-bot-id-changed-explanation = De bot-id vertelt Teams met welke geregistreerde botservice de app praat; een nieuwe id betekent een andere bot, dus Teams vraagt elke gebruiker de app opnieuw goed te keuren.
rule-bot-notification-only-changed-title = De instelling “alleen meldingen” van een bot is gewijzigd
rule-bot-notification-only-changed-explanation = Een bot voor alleen meldingen kan berichten versturen, maar niet ontvangen; als je dit omzet, verandert wat de bot kan, dus Teams vraagt elke gebruiker de app opnieuw goed te keuren.
rule-bot-supports-files-changed-title = De instelling voor het delen van bestanden van een bot is gewijzigd
rule-bot-supports-files-changed-explanation = Met deze instelling kan een bot bestanden versturen en ontvangen in chats; als je hem wijzigt, verandert waartoe de bot toegang heeft, dus Teams vraagt elke gebruiker de app opnieuw goed te keuren.
rule-channel-tab-added-title = Er is een kanaal- of groepstabblad toegevoegd
rule-channel-tab-added-explanation = Met een kanaal- of groepstabblad kan een team of groepschat een pagina van je app vastmaken; als je er een toevoegt, vraagt Teams elke gebruiker de app opnieuw goed te keuren.
rule-connector-added-title = Er is een connector toegevoegd
rule-connector-added-explanation = Een connector plaatst updates van een andere service in een Teams-kanaal; bij een nieuwe connector vraagt Teams elke gebruiker de app opnieuw goed te keuren.
rule-message-extension-added-or-removed-title = Er is een berichtextensie toegevoegd of verwijderd
rule-message-extension-added-or-removed-explanation = Een berichtextensie voegt zoek- of actieopdrachten toe aan het vak waarin mensen berichten schrijven; als je er een toevoegt of verwijdert, vraagt Teams elke gebruiker de app opnieuw goed te keuren.
rule-personal-tab-added-title = Er is een persoonlijk tabblad toegevoegd
rule-personal-tab-added-explanation = Een persoonlijk tabblad is een pagina van je app in de eigen ruimte van elke gebruiker in Teams; als je er een toevoegt, vraagt Teams elke gebruiker de app opnieuw goed te keuren.
rule-rsc-permissions-changed-title = Machtigingen voor team- of chatgegevens zijn gewijzigd (RSC)
rule-rsc-permissions-changed-explanation = Met machtigingen voor resourcespecifieke toestemming (RSC) kan je app gegevens lezen of wijzigen van de teams, chats of vergaderingen waaraan hij is toegevoegd; als je ze wijzigt, vraagt Teams gebruikers de app opnieuw goed te keuren.
rule-web-application-info-changed-title = De aanmeldingsinstellingen zijn gewijzigd (webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo noemt de Microsoft Entra-app waarmee je app gebruikers aanmeldt, en dus tot welke gegevens hij toegang heeft; als je dit wijzigt, vraagt Teams elke gebruiker de app opnieuw goed te keuren.
rule-source-publishing-docs = Handleiding van Microsoft voor het bijwerken van een gepubliceerde app
rule-source-admin-docs = Documentatie van Microsoft voor Teams-beheerders
rule-source-office-addin-docs = Handleiding van Microsoft voor het bijwerken van een Office-invoegtoepassing
rule-bot-setting-turned = De instelling “{ $setting }” van de bot is { $now ->
    [on] ingeschakeld
   *[off] uitgeschakeld
} (was { $was ->
    [on] ingeschakeld
   *[off] uitgeschakeld
})
rule-bot-setting-turned-developer = Bot `{ $bot }`: { $setting } ({ $field }) { $now ->
    [on] ingeschakeld
   *[off] uitgeschakeld
} (was { $was ->
    [on] ingeschakeld
   *[off] uitgeschakeld
})
rule-bot-setting-audio-calls = audiogesprekken
rule-bot-setting-video = video
rule-bot-setting-notifications-only = alleen meldingen
rule-bot-setting-file-sharing = bestanden delen
rule-bot-removed = Er is een bot verwijderd
rule-bot-removed-developer = Bot `{ $bot }` is verwijderd
rule-bot-added = Er is een bot toegevoegd
rule-bot-added-developer = Bot `{ $bot }` is toegevoegd
rule-bot-id-changed-evidence = De bot heeft nu een andere id, dus Teams ziet hem als een andere bot
rule-bot-id-changed-developer = Bot-id gewijzigd van `{ $old }` in `{ $new }`
rule-channel-tab-added-evidence = Er is een tabblad toegevoegd dat teams en groepschats kunnen vastmaken
rule-channel-tab-added-developer = De nieuwe versie heeft { $new ->
    [one] 1 kanaal-/groepstabblad
   *[other] { $new } kanaal-/groepstabbladen
} (configurableTabs); de gepubliceerde heeft er { $old }
rule-connector-added-evidence = Er is een connector toegevoegd
rule-connector-added-developer = Connector `{ $connector }` is toegevoegd
rule-message-extension-removed = Er is een berichtextensie verwijderd{ $count ->
    [0] {""}
    [one] {" "}(opdracht { $commands })
   *[other] {" "}(opdrachten { $commands })
}
rule-message-extension-removed-developer = Berichtextensie `{ $extension }` is verwijderd
rule-message-extension-added = Er is een berichtextensie toegevoegd{ $count ->
    [0] {""}
    [one] {" "}(opdracht { $commands })
   *[other] {" "}(opdrachten { $commands })
}
rule-message-extension-added-developer = Berichtextensie `{ $extension }` is toegevoegd
rule-personal-tab-added-named = Het persoonlijke tabblad { $name } is toegevoegd
rule-personal-tab-added-unnamed = Er is een persoonlijk tabblad toegevoegd
rule-personal-tab-added-developer = Persoonlijk tabblad `{ $tab }` is toegevoegd
rule-rsc-permission-removed = De app vraagt niet meer om de machtiging { $permission }{ $kind ->
    [Application] {" "}(voor de app zelf)
    [Delegated] {" "}(namens de aangemelde gebruiker)
   *[other] {""}
}
rule-rsc-permission-removed-developer = Machtiging `{ $permission }` ({ $kind }) is verwijderd
rule-rsc-permission-added = De app vraagt nu om de machtiging { $permission }{ $kind ->
    [Application] {" "}(voor de app zelf)
    [Delegated] {" "}(namens de aangemelde gebruiker)
   *[other] {""}
}
rule-rsc-permission-added-developer = Machtiging `{ $permission }` ({ $kind }) is toegevoegd
rule-sign-in-added = Er zijn aanmeldingsinstellingen toegevoegd: de app meldt gebruikers nu aan met een Microsoft Entra-app
rule-sign-in-added-developer = Aanmeldingsinstellingen (webApplicationInfo) zijn toegevoegd
rule-sign-in-removed = De aanmeldingsinstellingen zijn verwijderd
rule-sign-in-removed-developer = Aanmeldingsinstellingen (webApplicationInfo) zijn verwijderd
rule-sign-in-changed = De aanmeldingsinstellingen zijn gewijzigd
rule-sign-in-changed-developer = Aanmeldingsinstellingen (webApplicationInfo) zijn gewijzigd
rule-sign-in-setting-changed = De aanmeldingsinstellingen zijn gewijzigd: { $setting }
rule-sign-in-setting-changed-developer = Aanmeldingsinstellingen: webApplicationInfo.{ $key } gewijzigd van { $old } in { $new }
rule-sign-in-value-none = (geen)
rule-sign-in-setting-id = de Microsoft Entra-app waarmee gebruikers zich aanmelden
rule-sign-in-setting-resource = het adres van de resource waarbij gebruikers zich aanmelden
rule-sign-in-setting-application-permissions = de machtigingen die de app voor zichzelf heeft
rule-sign-in-setting-other = een aanmeldingsinstelling

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = het hele bestand
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry } “{ $name }”
place-number = { $number }
change-line = { $kind ->
    [added] Toegevoegd
    [removed] Verwijderd
   *[changed] Gewijzigd
}: { $subject }
change-line-detail = { $kind ->
    [added] Toegevoegd
    [removed] Verwijderd
   *[changed] Gewijzigd
}: { $subject } — { $detail }
change-told = { $subject }
change-told-detail = { $subject }: { $detail }
change-nothing = (niets)
change-quoted = “{ $text }”
change-was = was { $old }
change-was-now = was { $old }, nu { $new }
change-same-entries-reordered = dezelfde vermeldingen in een andere volgorde
change-file = bestand { $name }
change-file-new-content = nieuwe inhoud, nog steeds { $size }
change-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
change-value-empty = leeg
change-value-on = aan
change-value-off = uit
change-empty-list = een lege lijst
change-entries = { $count ->
    [one] { $count } vermelding
   *[other] { $count } vermeldingen
}
change-entries-named = { $entries }: { $names }
change-settings = { $count ->
    [one] { $count } instelling ({ $keys })
   *[other] { $count } instellingen ({ $keys })
}
change-scope-personal = persoonlijke chats
change-scope-team = teams
change-scope-group-chat = groepschats
change-scope-copilot = Copilot
change-and = { $head } en { $last }
change-permissions = { $count ->
    [one] Machtiging { $names }
   *[other] Machtigingen { $names }
}
change-device-permissions = { $count ->
    [one] Apparaatmachtiging { $names }
   *[other] Apparaatmachtigingen { $names }
}
change-valid-domains = Geldige domeinen { $names }
change-permission = Machtiging { $name }
change-permission-typed = Machtiging { $name } ({ $kind })
change-device-permission = Apparaatmachtiging { $name }
change-valid-domain = Geldig domein { $name }
change-bot = Bot
change-bot-for = Bot voor { $scopes }
change-personal-tab = Persoonlijk tabblad
change-personal-tab-named = Persoonlijk tabblad “{ $name }”
change-channel-tab = Kanaal-/groepstabblad
change-channel-tab-at = Kanaal-/groepstabblad ingesteld op { $url }
change-connector = Connector
change-connector-for = Connector voor { $scopes }
change-message-extension = Berichtextensie
change-message-extension-commands = { $count ->
    [one] Berichtextensie met { $count } opdracht: { $titles }
   *[other] Berichtextensie met { $count } opdrachten: { $titles }
}
change-sign-in = Aanmeldingsinstellingen
change-sign-in-app = Aanmeldingsinstellingen voor Microsoft Entra-app { $id }
change-sign-in-app-resource = Aanmeldingsinstellingen voor Microsoft Entra-app { $id } (resource { $resource })
change-area-identity = App-id en versie
change-area-listing = Naam, beschrijvingen en pictogrammen
change-area-capability = Wat de app kan
change-area-agent = Copilot-agent
change-area-other = Andere instellingen
change-area-package-file = Bestanden in het app-pakket
addin-comma-list = { $first }, { $rest }
addin-event-new-message-compose-created = een nieuw bericht wordt gemaakt
addin-event-new-appointment-organizer-created = een nieuwe vergaderuitnodiging wordt gemaakt
addin-event-message-attachments-changed = bijlagen aan een bericht worden toegevoegd of eruit worden verwijderd
addin-event-appointment-attachments-changed = bijlagen aan een vergaderuitnodiging worden toegevoegd of eruit worden verwijderd
addin-event-message-recipients-changed = de geadresseerden van een bericht veranderen
addin-event-appointment-attendees-changed = de deelnemers aan een vergadering veranderen
addin-event-appointment-time-changed = de datum of tijd van een vergadering verandert
addin-event-appointment-recurrence-changed = het terugkeerpatroon van een vergadering verandert
addin-event-info-bar-dismiss-clicked = iemand een melding van de invoegtoepassing sluit
addin-event-message-sending = een bericht wordt verzonden
addin-event-appointment-sending = een vergaderuitnodiging wordt verzonden
addin-event-message-compose-opened = een bericht dat wordt opgesteld, wordt geopend
addin-event-appointment-organizer-opened = een vergaderuitnodiging die wordt opgesteld, wordt geopend
addin-event-message-from-changed = de afzender van een bericht verandert
addin-event-appointment-from-changed = de organisator van een vergadering verandert
addin-event-message-read-with-custom-header = een bericht met een aangepaste header wordt gelezen
addin-event-message-read-with-custom-attachment = een bericht met een aangepaste bijlage wordt gelezen
addin-event-spam-reporting = iemand een bericht als ongewenst meldt
addin-event-document-opened = een document wordt geopend
addin-event-other = de gebeurtenis “{ $kind }” plaatsvindt
addin-added = Office-invoegtoepassing toegevoegd
addin-added-runs-in = Office-invoegtoepassing toegevoegd: werkt in { $applications }
addin-added-developer = Office-invoegtoepassing (`extensions`) toegevoegd, voor { $scopes }
addin-added-developer-no-application = Office-invoegtoepassing (`extensions`) toegevoegd, voor geen enkele toepassing
addin-no-longer-limited-named = De invoegtoepassing is niet meer beperkt tot de toepassingen die ze noemde
addin-no-longer-limited = De invoegtoepassing is niet meer beperkt tot { $applications }
addin-no-longer-limited-developer = `{ $path }` verwijderd: de extensie kan in elke Office-toepassing worden geïnstalleerd
addin-application-removed = De invoegtoepassing werkt niet meer in { $application }
addin-application-removed-developer = Toepassing `{ $scope }` verwijderd (stond op `{ $path }`)
addin-application-added = De invoegtoepassing werkt nu ook in { $application }
addin-application-added-developer = Toepassing `{ $scope }` toegevoegd op `{ $path }`
addin-event-removed = De invoegtoepassing start niet meer wanneer { $event }
addin-event-removed-developer = Gebeurtenis `{ $kind }` verwijderd (stond op `{ $path }`)
addin-event-added = De invoegtoepassing start nu vanzelf wanneer { $event }
addin-event-added-developer = Gebeurtenis `{ $kind }` toegevoegd op `{ $path }`
addin-send-mode-prompt-user = vraagt het de gebruiker
addin-send-mode-soft-block = blokkeert het verzenden, tenzij de invoegtoepassing niet beschikbaar is
addin-send-mode-block = blokkeert het verzenden
addin-send-mode-other = gebruikt de verzendmodus “{ $mode }”
addin-send-mode-none = vermeldt niets
addin-when-message-sending = een bericht wordt verzonden
addin-when-appointment-sending = een vergaderuitnodiging wordt verzonden
addin-option-absent = afwezig
addin-send-mode-changed = Nieuw gedrag wanneer { $event }: de invoegtoepassing { $now } (voorheen: { $was })
addin-send-mode-changed-developer = Gebeurtenis `{ $kind }`: `options.sendMode` nu { $now } (was { $was })
addin-header-none = geen
addin-header-changed = Wanneer { $event }, zoekt de invoegtoepassing nu naar de header { $now } (voorheen: { $was })
addin-header-changed-developer = Gebeurtenis `{ $kind }`: `options.headerName` nu { $now } (was { $was })
addin-context-mail-read = e-mail lezen
addin-context-mail-compose = e-mail schrijven
addin-context-meeting-organizer = een vergadering organiseren
addin-context-meeting-attendee = een vergadering bijwonen
addin-context-document = het document
addin-control-button = Knop
addin-control-menu = Menu
addin-control-menu-item = Menu-item
addin-on-ribbon = het lint
addin-on-context-menu = het contextmenu
addin-entry-point-cell = een cel
addin-entry-point-text = geselecteerde tekst
addin-where-context = { $place } ({ $context })
addin-control-removed = { $what } “{ $label }” verwijderd van { $place }
addin-control-removed-developer = Besturingselement `{ $id }` verwijderd (stond op `{ $path }`)
addin-control-renamed = { $what } “{ $old }” hernoemd naar “{ $new }” op { $place }
addin-control-renamed-developer = Besturingselement `{ $id }`: `label` gewijzigd
addin-control-added = { $what } “{ $label }” toegevoegd aan { $place }
addin-control-added-developer = Besturingselement `{ $id }` toegevoegd op `{ $path }`
addin-set-version = { $name } { $version }
addin-no-version = geen versie
addin-needs-removed = De invoegtoepassing heeft { $set } niet meer nodig
addin-needs-removed-developer = Vereistenset `{ $set }` verwijderd
addin-needs-changed = De invoegtoepassing heeft nu { $set } nodig (was { $was })
addin-needs-changed-developer = Vereistenset `{ $set }`: `minVersion` nu { $now } (was { $was })
addin-needs-added = De invoegtoepassing heeft nu { $set } nodig
addin-needs-added-developer = Vereistenset `{ $set }` toegevoegd
addin-form-factor-mobile = mobiele apparaten
addin-form-factor-desktop = desktopcomputers
addin-form-factor-removed = De invoegtoepassing werkt niet meer op { $factor }
addin-form-factor-removed-developer = Formfactor `{ $factor }` verwijderd
addin-form-factor-added = De invoegtoepassing werkt nu ook op { $factor }
addin-form-factor-added-developer = Formfactor `{ $factor }` toegevoegd
addin-pages-no-longer = De pagina's van de invoegtoepassing komen niet meer van { $hosts }
addin-pages-now = De pagina's van de invoegtoepassing komen nu van { $hosts }
addin-pages-changed = De pagina's van de invoegtoepassing komen nu van { $hosts } (was { $was })
addin-pages-developer = Hosts van `runtimes[].code` nu { $hosts } (was { $was })
addin-shortcut = Sneltoets { $keys }
addin-shortcut-action = Sneltoets { $keys } (“{ $action }”)
addin-get-started-message = Aan de slag-bericht “{ $title }”
addin-custom-function = Aangepaste functie “{ $name }”
addin-named-removed = { $thing } verwijderd
addin-named-removed-developer = `{ $path }` verwijderd
addin-named-added = { $thing } toegevoegd
addin-named-added-developer = `{ $path }` toegevoegd
addin-removed = Office-invoegtoepassing verwijderd
addin-removed-developer = Office-invoegtoepassing (`extensions`) verwijderd
addin-other-settings = Office-invoegtoepassing: { $count ->
    [one] { $count } andere instelling
   *[other] { $count } andere instellingen
} gewijzigd
addin-other-changes-developer = { $count ->
    [one] { $count } andere wijziging
   *[other] { $count } andere wijzigingen
} onder `{ $path }`
addin-extensions-changed-developer = `extensions` gewijzigd
addin-extensions-changed-no-addin-developer = `extensions` gewijzigd (geen Office-invoegtoepassing aan beide kanten)
place-label-app-id = App-id
place-label-version = Versie
place-label-manifest-format-version = Versie van de manifestindeling
place-label-manifest-schema-link = Schemakoppeling van het manifest
place-label-app-name = App-naam
place-label-description = Beschrijving
place-label-developer-details = Gegevens van de ontwikkelaar
place-label-icons = Pictogrammen
place-label-accent-color = Accentkleur
place-label-translations = Vertalingen
place-label-package-name = Pakketnaam
place-label-short-name = Korte naam
place-label-full-name = Volledige naam
place-label-short-description = Korte beschrijving
place-label-full-description = Volledige beschrijving
place-label-developer-name = Naam van de ontwikkelaar
place-label-color-icon = Kleurenpictogram
place-label-outline-icon = Omtrekpictogram
place-label-bot = Bot
place-label-bots = Bots
place-label-message-extension = Berichtextensie
place-label-message-extensions = Berichtextensies
place-label-connector = Connector
place-label-connectors = Connectors
place-label-personal-tab = Persoonlijk tabblad
place-label-personal-tabs = Persoonlijke tabbladen
place-label-channel-group-tab = Kanaal-/groepstabblad
place-label-channel-and-group-tabs = Kanaal- en groepstabbladen
place-label-sign-in-settings = Aanmeldingsinstellingen
place-label-team-and-chat-data-permissions = Machtigingen voor team- en chatgegevens
place-label-permission = Machtiging
place-label-permissions = Machtigingen
place-label-device-permission = Apparaatmachtiging
place-label-device-permissions = Apparaatmachtigingen
place-label-valid-domain = Geldig domein
place-label-valid-domains = Geldige domeinen
place-label-meeting-extension = Vergaderextensie
place-label-activity-feed-notifications = Meldingen in de activiteitenfeed
place-label-copilot-agents = Copilot-agents
place-label-copilot-extensions = Copilot-extensies
place-label-agent-connector = Agentconnector
place-label-agent-connectors = Agentconnectors
place-label-agent-skill = Agentvaardigheid
place-label-agent-skills = Agentvaardigheden
place-label-agentic-user-template = Sjabloon voor agentische gebruikers
place-label-agentic-user-templates = Sjablonen voor agentische gebruikers
place-label-extension = Extensie
place-label-outlook-and-office-extensions = Outlook- en Office-extensies
place-label-dashboard-card = Dashboardkaart
place-label-dashboard-cards = Dashboardkaarten
place-label-graph-connector = Graph-connector
place-label-supported-channel-types = Ondersteunde kanaaltypen
place-label-default-install-scope = Standaardinstallatiebereik
place-label-default-group-capability = Standaardmogelijkheid voor groepen
place-label-command = Opdracht
place-label-commands = Opdrachten
place-label-language = Taal
place-label-languages = Talen
place-label-activity-type = Activiteitstype
place-label-activity-types = Activiteitstypen
place-label-declarative-agent = Declaratieve agent
place-label-declarative-agents = Declaratieve agents
place-label-parameter = Parameter
place-label-parameters = Parameters
place-label-command-list = Opdrachtenlijst
place-label-command-lists = opdrachtenlijsten
place-label-file-sharing = bestanden delen
place-label-notifications-only = alleen meldingen
place-label-audio-calls = audiogesprekken
place-label-video = video
place-label-page-address = paginaadres
place-label-website-address = websiteadres
place-label-setup-page-address = adres van de instellingspagina
place-label-search-address = zoekadres
place-label-privacy-statement-address = adres van de privacyverklaring
place-label-terms-of-use-address = adres van de gebruiksvoorwaarden
place-label-partner-network-id = Partner Network-id
place-label-bot-id = bot-id
place-label-tab-id = tabblad-id
place-label-connector-id = connector-id
place-label-color-icon-setting = kleurenpictogram
place-label-outline-icon-setting = omtrekpictogram
place-label-resource-address = resourceadres
place-label-settings-can-be-changed = instellingen kunnen worden gewijzigd
place-label-id = Id
place-extension-number = nummer { $number } in de lijst
input-manifest-field-problem = veld `{ $field }`: { $problem }
input-manifest-not-object = een manifest moet een JSON-object zijn (beginnend met `{"{"}`), maar dit bestand is { $value }
input-manifest-not-list = moet een lijst zijn (`[ ... ]`), maar is { $value }
input-manifest-permission-not-object = elke machtiging moet een object zijn met een `name` en een `type`, maar deze is { $value }
input-manifest-not-object-field = moet een object zijn (`{"{"} ... {"}"}`), maar is { $value }
input-manifest-entry-not-object = elke vermelding moet een object zijn (`{"{"} ... {"}"}`), maar deze is { $value }
input-manifest-missing = ontbreekt; het is verplicht
input-manifest-not-text = moet tekst tussen dubbele aanhalingstekens zijn, maar is { $value }
input-manifest-not-true-or-false = moet true of false zijn (zonder aanhalingstekens), maar is { $value }
input-value-null = null (leeg)
input-value-true-or-false = { $value } (true/false)
input-value-number = het getal { $number }
input-value-text = de tekst “{ $text }”
input-value-text-shortened = de tekst “{ $text }…”
input-value-list = een lijst (`[ ... ]`)
input-value-object = een object (`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}en nog { $more }
}
agent-value = { $value }
agent-quoted = “{ $text }”
agent-none = geen
agent-and = { $head } en { $last }
agent-from-to = van { $old } naar { $new }
agent-was = was { $old }
agent-were = waren { $old }
agent-characters = { $count ->
    [one] { $formatted } teken
   *[other] { $formatted } tekens
}
agent-new-wording = nieuwe formulering, nog steeds { $characters }
agent-it-calls = roept { $host } aan
agent-folder = map { $folder }
agent-key-schema = schemakoppeling
agent-capability-web-search = zoeken op het web
agent-capability-graphic-art = afbeeldingen genereren
agent-capability-code-interpreter = code-interpreter
agent-capability-onedrive-sharepoint = SharePoint- en OneDrive-bestanden
agent-capability-graph-connectors = Copilot-connectors
agent-capability-teams-messages = Teams-berichten
agent-capability-email = e-mail
agent-capability-email-actions = e-mailacties
agent-capability-people = personen
agent-capability-meetings = vergaderingen
agent-capability-meeting-actions = vergaderacties
agent-capability-embedded-knowledge = bestanden in het pakket
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = scenariomodellen
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = API-sleutel
agent-sign-in-dynamic-registration = OAuth met dynamische clientregistratie
agent-sign-in-key-vault = een sleutel in Azure Key Vault
agent-sign-in-reference = { $kind } (referentie-id { $id })
agent-agent = agent { $name }
agent-action = actie { $name }
agent-an-action = een actie
agent-copilot-extension = de Copilot-extensie van de app
agent-connector = agentconnector { $name }
agent-custom-engine = de agent met aangepaste engine
agent-agentic-user-template = het sjabloon voor agentische gebruikers { $name }
agent-api-of = de API van { $label }
agent-file-agent = de agent in { $file }
agent-file-action = de actie in { $file }
agent-file-api = de API-beschrijving { $file }
agent-file-tools = de MCP-toollijst { $file }
agent-file-card = het kaartsjabloon { $file }
agent-file-response-template = het antwoordsjabloon { $file }
agent-file-agentic-user-template = het sjabloon voor agentische gebruikers in { $file }
agent-setting-name = naam
agent-setting-description = beschrijving
agent-setting-disclaimer = disclaimer
agent-thing-skill = een vaardigheid
agent-thing-starter = een gespreksstarter
agent-thing-tool = een tool
agent-thing-mcp-server = een MCP-server
agent-thing-local-runtime = een runtime op het apparaat van de gebruiker
agent-thing-api = een API
agent-added-to = { $what } aan { $label }
agent-removed-from = { $what } uit { $label }
agent-setting-of = de { $what } van { $label }
agent-setting-added = een { $what } aan { $label }
agent-file-of = het bestand van { $label }
agent-format-of = de indelingsversie van { $label }
agent-other-settings-of = andere instellingen van { $label }
agent-other-details-of = andere details van { $label }
agent-copilot-added = een Copilot-{ $label }
agent-copilot-removed = de Copilot-{ $label }
agent-declared-how = hoe het manifest { $label } declareert
agent-declared-from-preview = van de previewvorm (Copilot-extensies) naar Copilot-agents
agent-custom-engine-added = een agent met aangepaste engine (die antwoordt via de bot van de app)
agent-connector-added = een { $label }
agent-connector-removed = de { $label }
agent-mcp-server-of = de MCP-server van { $label }
agent-sign-in-of = de aanmelding van { $label }
agent-sign-in-of-host = de aanmelding van { $label } bij { $host }
agent-sign-in-of-number = de aanmelding van { $label } ({ $number })
agent-skill = een agentvaardigheid
agent-skill-in-folder = de agentvaardigheid in map { $folder }
agent-agentic-user-template-added = een sjabloon voor agentische gebruikers { $name }
agent-instructions-of = de instructies van { $label }
agent-capability-from = een mogelijkheid uit { $label }
agent-capability-to = een mogelijkheid aan { $label }
agent-capability-settings-of = de instellingen voor { $capability } van { $label }
agent-starter-of = de gespreksstarter { $starter } van { $label }
agent-worker-from = een werkagent uit { $label }
agent-worker-to = een werkagent aan { $label }
agent-action-from = een actie uit { $label }
agent-action-to = een actie aan { $label }
agent-function = { $name } ({ $description })
agent-function-from = een functie uit { $label }
agent-function-to = een functie aan { $label }
agent-function-of = de functie { $name } van { $label }
agent-server-of = de server van { $label }
agent-servers-of = de servers van { $label }
agent-operation = { $operation } ({ $id })
agent-operation-from = een bewerking uit { $label }
agent-operation-to = een bewerking aan { $label }
agent-operations-changed = { $count ->
    [one] de details van een bewerking van { $label }
   *[other] de details van bewerkingen van { $label }
}
agent-tool-descriptions-of = de toolbeschrijvingen van { $label }
agent-note-sign-in = Gebruikers wordt gevraagd zich aan te melden bij { $host } de eerste keer dat de agent het gebruikt.
agent-note-action-service = de service achter de actie “{ $name }”
agent-note-new-host = De agent verstuurt nu aanvragen naar { $host }.
agent-note-converted = Je declaratieve agent is een agent met aangepaste engine geworden: gebruikers wordt gevraagd de nieuwe agent te bekijken en er toestemming voor te geven, en ze moeten hem opnieuw vastmaken.
agent-note-admin-approval = Waar een organisatie je app via het beheercentrum implementeert, keurt een beheerder elke update goed voordat gebruikers hem krijgen.
agent-note-source-sign-in = Pagina van Microsoft over aanmelding voor agentacties
agent-note-source-converted = Pagina van Microsoft over het omzetten van een agent
agent-note-source-admin-approval = Microsoft 365-berichtencentrum, MC1041454
agent-note-source-actions = Pagina van Microsoft over agentacties
agent-kind-agent = Copilot-agentbestand
agent-kind-plugin = agentactiebestand (API-plug-in)
agent-kind-openapi = API-beschrijving
agent-kind-mcp-tools = MCP-toolbeschrijving
agent-kind-response-template = antwoordsjabloon
agent-kind-card = kaartsjabloon
agent-kind-agentic-user-template = sjabloon voor agentische gebruikers
agent-kind-file = bestand
agent-file-unreadable = Het bestand “{ $name }” ({ $what }) kan niet worden gelezen: { $problem }. Je ontwikkelaar moet het bestand corrigeren.
agent-file-not-object = Het bestand “{ $name }” ({ $what }) bevat niet wat het zou moeten bevatten (de inhoud moet { $content } zijn). Je ontwikkelaar moet het bestand corrigeren.
agent-file-content-yaml = een set benoemde waarden
agent-file-content-json = een JSON-object, tussen {"{"} {"}"}
agent-file-openapi-format = De API-beschrijving “{ $name }” heeft indeling { $format }; Copilot leest OpenAPI 3 (openapi: 3.0.x of 3.1.x). Je ontwikkelaar moet haar omzetten.
agent-file-not-openapi = De API-beschrijving “{ $name }” is geen OpenAPI 3-document (er staat geen openapi: 3.x in; een Swagger 2.0-bestand moet worden omgezet). Je ontwikkelaar moet haar omzetten.
agent-field-copilot-agents = Copilot-agents
agent-field-copilot-extensions = Copilot-extensies
agent-field-agent-connectors = agentconnectors
agent-field-agent-skills = agentvaardigheden
agent-field-agentic-user-templates = sjablonen voor agentische gebruikers

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = gepubliceerde versie
input-side-new = nieuwe versie
input-side-error = de { $side }: { $error }
input-error = { $file }: { $problem }. { $fix }
input-error-at = { $file }, { $place }: { $problem }. { $fix }
input-where-line-column = regel { $line }, kolom { $column }
input-where-field = veld `{ $field }`
input-where-package-entry = pakketitem `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = deze tool is gestopt tijdens het lezen van het bestand (een fout in deze tool, geen probleem met het bestand)
input-internal-fix = Probeer het opnieuw; meld het ons als het weer gebeurt.
input-not-found = het bestand bestaat niet (het is misschien verplaatst, hernoemd of verwijderd)
input-not-found-fix = Kies het bestand opnieuw.
input-permission-denied = je hebt geen toestemming om dit bestand te lezen
input-permission-denied-fix = Kopieer het bestand naar een plek waar je het kunt lezen, of vraag het aan degene die de computer beheert.
input-unreadable = het bestand kan niet worden gelezen ({ $error })
input-unreadable-fix = Controleer of het bestand er nog is en leesbaar is, en probeer het opnieuw.
input-folder = dit is een map, geen bestand
input-folder-fix = Kies het bestand manifest.json in de map, of het app-pakket (.zip).
input-not-regular-file = dit is geen gewoon bestand (het kan een apparaat, een pipe of een snelkoppeling daarnaar zijn)
input-not-regular-file-fix = Kies het bestand manifest.json of het app-pakket (.zip) zelf.
input-manifest-too-large = het manifest is groter dan de { $mebibytes } MiB die deze tool leest (een echt manifest is een paar kilobytes)
input-manifest-too-large-fix = Controleer of je het juiste bestand hebt gekozen.
input-count-translation-files = { $count ->
    [one] 1 vertaalbestand
   *[other] { $count } vertaalbestanden
}
input-count-other-files = { $count ->
    [one] 1 ander bestand
   *[other] { $count } andere bestanden
}
input-package-only-manifest = App-pakket met alleen het manifest
input-package-with = App-pakket met { $parts }
input-list-two = { $first } en { $last }
input-list-more = { $first }, { $rest }
input-bad-json = dit is geen geldige JSON: { $problem }
input-bad-json-fix = Open het bestand in een teksteditor, corrigeer het op die plek, sla het op en laad het opnieuw.
input-bad-manifest-fix = Corrigeer dat veld in het manifest (Teams Developer Portal kan een geldig manifest exporteren), sla op en laad het opnieuw.
input-package-damaged = het app-pakket is beschadigd of is geen normaal zip-bestand ({ $detail })
input-package-damaged-fix = Download of bouw het pakket opnieuw (in Teams Developer Portal: Publish › Download app package).
input-package-too-large = het app-pakket is groter dan { $mebibytes } MiB
input-package-too-large-fix = Een Teams-app-pakket bevat een manifest en twee kleine pictogrammen; controleer of je het juiste bestand hebt gekozen.
input-package-too-many-entries = het app-pakket bevat { $entries } items; deze tool leest er maximaal { $most }
input-package-too-many-entries-fix = Een Teams-app-pakket bevat een manifest en een paar pictogrammen; controleer of je het juiste bestand hebt gekozen.
input-packaged-manifest-too-large = manifest.json is groter dan de { $mebibytes } MiB die deze tool leest
input-package-unpacks-too-large = het app-pakket wordt uitgepakt tot meer dan { $mebibytes } MiB
input-package-unpacks-too-large-fix = Een Teams-app-pakket bevat een manifest en een paar kleine pictogrammen; controleer of je het juiste bestand hebt gekozen.
input-package-entry-damaged = dit item van het app-pakket is beschadigd en kan niet worden uitgepakt ({ $error })
input-package-entry-damaged-fix = Bouw of download het pakket opnieuw.
input-manifest-in-folder = manifest.json staat in een map van het pakket, maar Teams heeft het nodig in de hoofdmap van het pakket
input-manifest-in-folder-fix = Zip de bestanden zelf (manifest.json en de pictogrammen), niet de map waarin ze staan.
input-manifest-name-case = het manifest heet `{ $name }`, maar Teams heeft precies `manifest.json` nodig (helemaal in kleine letters)
input-manifest-name-case-fix = Wijzig de naam van het bestand in manifest.json en zip het pakket opnieuw.
input-no-manifest = het app-pakket heeft geen manifest.json
input-no-manifest-fix = Een Teams-app-pakket is een zip van manifest.json en de pictogrammen; kies een pakket dat voor Teams is gebouwd, of de manifest.json zelf.
input-kind-empty = dit bestand is leeg: er staat geen manifest in
input-kind-png = dit is een PNG-afbeelding, geen manifest
input-kind-jpeg = dit is een JPEG-afbeelding, geen manifest
input-kind-gif = dit is een GIF-afbeelding, geen manifest
input-kind-pdf = dit is een PDF-document, geen manifest
input-kind-word = dit is een Word-document, geen manifest
input-kind-excel = dit is een Excel-werkmap, geen manifest
input-kind-powerpoint = dit is een PowerPoint-presentatie, geen manifest
input-kind-old-office = dit is een Microsoft Office-document, geen manifest
input-kind-other-archive = dit is een gecomprimeerd archief van een ander soort (zoals .rar, .7z of .gz); een Teams-app-pakket is een .zip-bestand
input-kind-utf16 = dit manifest is opgeslagen als UTF-16-tekst, maar Teams leest manifesten alleen als UTF-8
input-kind-other-text = dit is geen manifest: een Teams-manifest is JSON-tekst die begint met “{"{"}”, en dit bestand bevat andere tekst (zoals een programma, een webpagina of notities)
input-kind-empty-fix = Kies manifest.json of het .zip-app-pakket. Als dit je manifest is, is het niet opgeslagen: open het in je editor en sla het opnieuw op.
input-kind-utf16-fix = Open het in een teksteditor en sla het op als UTF-8 (in Kladblok: Bestand › Opslaan als, Codering: UTF-8), en laad het daarna opnieuw.
input-kind-other-archive-fix = Kies manifest.json of het .zip-app-pakket (in Teams Developer Portal: Publish › Download app package).
input-kind-fix = Kies manifest.json of het .zip-app-pakket.
input-json-error-at = regel { $line }, kolom { $column }: { $problem }
input-json-not-utf8 = het bestand is geen UTF-8-tekst (het is misschien in een andere codering opgeslagen, zoals UTF-16 of Windows-1252, of het is geen tekstbestand)
input-json-too-deep = objecten en lijsten zijn meer dan { $levels } niveaus diep genest
input-json-comment = opmerkingen zijn niet toegestaan in manifest.json; verwijder de opmerking (van // tot het einde van de regel, of van /* tot */)
input-json-non-breaking-space = hier staat een onzichtbare vaste spatie (U+00A0), waar JSON alleen gewone spaties toestaat (die komt vaak mee bij het kopiëren van tekst uit een webpagina of document); verwijder hem en typ een gewone spatie
input-json-curly-double-quotes = gekrulde aanhalingstekens “ ” moeten rechte aanhalingstekens " zijn (een tekstverwerker verandert ze tijdens het typen); typ ze allemaal opnieuw als "
input-json-curly-single-quotes = gekrulde aanhalingstekens ‘ ’ moeten rechte dubbele aanhalingstekens " zijn (JSON kent geen enkele aanhalingstekens); typ ze allemaal opnieuw als "
input-json-invisible-character = hier staat een onzichtbaar teken (U+{ $code }), waar JSON alleen gewone spaties toestaat; verwijder het
input-json-missing-comma-end-of-line = aan het einde van deze regel ontbreekt een komma `,` (of een sluitende vierkante haak of accolade ervoor)
input-json-last-comma = deze komma is de laatste vóór een sluitende vierkante haak of accolade; verwijder hem
input-json-trailing-comma = er staat een komma vlak voor een sluitende vierkante haak of accolade; verwijder hem
input-json-key-not-string = een naam staat niet tussen dubbele aanhalingstekens (JSON vereist "naam": waarde), of er staat een komma te veel
input-json-expected-value = hier werd een waarde verwacht: tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een lijst [ ] of een object {"{"} {"}"} (enkele aanhalingstekens en woorden zonder aanhalingstekens zijn niet toegestaan)
input-json-unclosed-string = een tekstwaarde mist het afsluitende dubbele aanhalingsteken
input-json-ends-too-early = het bestand houdt te vroeg op: er ontbreekt een sluitende vierkante haak of accolade
input-json-missing-comma = hiervoor ontbreekt een komma (of een sluitende vierkante haak of accolade)
input-json-missing-colon = na een naam ontbreekt een dubbele punt `:`
input-json-trailing-characters = er staat nog tekst na het einde van het JSON-document
input-json-control-character = een tekstwaarde bevat een echt regeleinde of een tab; schrijf die als \n of \t
input-json-invalid-escape = een backslash in een tekstwaarde begint een escapereeks die JSON niet kent (schrijf een backslash als \\)
input-json-bad-hex-escape = een \u-escapereeks in een tekstwaarde is onvolledig (een teken buiten het basisbereik heeft twee \u-escapereeksen achter elkaar nodig)
input-json-unknown-word = een woord wordt hier niet begrepen: alleen true, false en null worden zonder aanhalingstekens geschreven; zet tekst tussen dubbele aanhalingstekens
input-json-invalid-number = een getal is geschreven op een manier die JSON niet accepteert (geen voorloopnullen, geen plusteken, cijfers aan beide kanten van de decimale punt)
input-json-other = zo wordt JSON niet geschreven ({ $detail })
input-yaml-not-utf8 = het bestand is geen UTF-8-tekst
input-yaml-invalid = dit is geen geldige YAML: { $detail }
input-yaml-too-many-values = het document bevat te veel waarden (meer dan een miljoen, herhaalde delen meegeteld); een OpenAPI-document is veel kleiner

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = De gepubliceerde versie die je hebt geopend, is niet het pakket in de Store: { $reason }. Daarom kan dit rapport niet zeggen welke problemen de Store eerder heeft geaccepteerd. Open in plaats daarvan het pakket dat de Store heeft: download in het Partnercentrum het app-pakket van de live versie (of gebruik de .zip die je de vorige keer hebt geüpload).
report-not-store-package-app-id = de app-id is “{ $id }”, niet de app-id van een gepubliceerde app
report-not-store-package-format = het gebruikt de manifestindeling “{ $format }”, die de Store niet accepteert
report-not-store-package-placeholder = het bevat tijdelijke aanduidingen die buildtools invullen, zoals “{ $placeholder }”
report-no-link-app-id-changed = Geen downloadkoppeling: de app-id is gewijzigd, en een koppeling naar de nieuwe id zou verwijzen naar een app die de Store niet heeft. Zet de gepubliceerde app-id terug om de koppeling te krijgen.
report-no-link-not-an-app-id = Geen downloadkoppeling: de app-id “{ $id }” is geen echte app-id (een GUID zoals 0b5c3d6e-1234-4abc-9def-00112233aabb). De koppeling gebruikt de id van het pakket dat je indient.
render-date = { $day }-{ $month }-{ $year }
button-default-label = Downloaden in Microsoft Teams
button-style-purple = Paars
button-style-outline = Omtrek
button-style-dark = Donker
button-size-small = Klein
button-size-medium = Middel
button-size-large = Groot
button-unknown-style = onbekende stijl “{ $style }”; kies purple, outline of dark
button-unknown-size = onbekende grootte “{ $size }”; kies small, medium of large
button-not-an-app-id = “{ $text }” is geen app-id: een app-id ziet eruit als 0b5c3d6e-1234-4abc-9def-00112233aabb. Gebruik de id uit Teams Developer Portal of het Partnercentrum (de Store-id).
button-empty-label = de knoptekst is leeg: schrijf de tekst die de knop moet tonen, bijvoorbeeld “{ $example }”

guide-fixer-app-window-portal = Je kunt dit hier oplossen: “Gecorrigeerde kopie opslaan” (of in Developer Portal: open je app en ga naar { $place })
guide-fixer-app-window = Je kunt dit hier oplossen: “Gecorrigeerde kopie opslaan”
guide-fixer-app-terminal-portal = Jij: voer teams-update-check fix uit met het gepubliceerde en het nieuwe bestand om een gecorrigeerde kopie op te slaan, of in Developer Portal: open je app en ga naar { $place }
guide-fixer-app-terminal = Jij: voer teams-update-check fix uit met het gepubliceerde en het nieuwe bestand om een gecorrigeerde kopie op te slaan
guide-fixer-portal-place = Jij, in Developer Portal (open je app en ga naar { $place })
guide-fixer-portal = Jij, in Developer Portal
guide-fixer-developer = Je ontwikkelaar

guide-already-published = Staat al in je gepubliceerde versie: de Store heeft het eerder geaccepteerd, maar controleert bij elke update het hele pakket opnieuw, dus kan het nu weigeren.
guide-step-nothing-to-submit = Breng je wijzigingen aan, verhoog het versienummer en controleer het nieuwe pakket daarna opnieuw.
guide-step-fix-window = Los { $count ->
    [one] het probleem hierboven
   *[other] de { $count } problemen hierboven
} op. Bij elk probleem staat wie het kan oplossen; kopieer ze voor je ontwikkelaar met “Kopiëren voor mijn ontwikkelaar”.
guide-step-fix-document = Los { $count ->
    [one] het probleem hierboven
   *[other] de { $count } problemen hierboven
} op. Bij elk probleem staat wie het kan oplossen; de lijst “Voor je ontwikkelaar” is klaar om naar je ontwikkelaar te sturen.
guide-step-check-again-window = Open daarna het gecorrigeerde pakket hier als de nieuwe versie en controleer het opnieuw voordat je het indient.
guide-step-check-again-document = Controleer daarna het gecorrigeerde pakket opnieuw met Teams Update Check voordat je het indient.
guide-step-open-offer = Open in het Partnercentrum de aanbieding van je app en werk die bij via de tegel van de app op het tabblad “Overzicht”. Gebruik nooit “Nieuwe app toevoegen”: daarmee maak je een tweede app in plaats van een update.
guide-step-upload = Upload dit pakket. Laat de app-id zoals hij is: daaraan herkent de Store je app.
guide-step-tested-again = Deze update verandert wat de app kan, dus Microsoft test hem opnieuw voordat hij live gaat. Plak de opmerkingen voor certificering hieronder in het veld “Opmerkingen voor certificering”, zodat de beoordelaars weten wat ze moeten testen.
guide-step-listing-only = Deze update wijzigt alleen de vermelding en de versie van de app. Microsoft beoordeelt toch elke update voordat hij live gaat; de opmerkingen voor certificering hieronder zeggen wat er is gewijzigd.
guide-step-users-approve = Na publicatie krijgen bestaande gebruikers de update pas nadat ze de app opnieuw hebben goedgekeurd; het releasebericht hieronder vertelt hun wat ze kunnen verwachten.
guide-step-admin-approves = Na publicatie krijgen organisaties waarvan de beheerder de invoegtoepassing heeft geïmplementeerd, de update pas nadat de beheerder deze update opnieuw heeft goedgekeurd: tot die tijd kunnen mensen daar de bijgewerkte invoegtoepassing niet gebruiken. Het releasebericht hieronder vertelt de beheerders wat ze kunnen verwachten.
guide-step-users-not-asked = Na publicatie wordt bestaande gebruikers niet gevraagd de app opnieuw goed te keuren.
guide-step-users-automatic = Na publicatie krijgen bestaande gebruikers de update automatisch.
guide-agent-admin-approves = Waar een organisatie je app via het beheercentrum implementeert, keurt een beheerder elke update van de Copilot-agent goed voordat gebruikers hem krijgen.
guide-step-organization-only = Alleen in je eigen organisatie gepubliceerd (niet in de Store)? Upload het pakket dan in het Teams-beheercentrum (Apps beheren › je app › Bestand uploaden) of in Developer Portal.
report-verdict-ready = Klaar om in te dienen
report-verdict-nothing-to-submit = Er is niets gewijzigd: er is geen update om in te dienen
report-verdict-blocked = Los { $count ->
    [one] 1 probleem
   *[other] { $count } problemen
} op voordat je indient
report-users-asked = Bestaande gebruikers wordt gevraagd de app opnieuw goed te keuren.
report-admin-asked = Organisaties waarvan de beheerder de invoegtoepassing heeft geïmplementeerd: de beheerder moet deze update opnieuw goedkeuren voordat mensen daar de bijgewerkte invoegtoepassing kunnen gebruiken.
report-two-sentences = { $first } { $second }
report-consent-nothing-changed = Er is niets gewijzigd, dus er is niets wat bestaande gebruikers moeten goedkeuren.
report-consent-users-not-asked = Bestaande gebruikers wordt niet gevraagd de app opnieuw goed te keuren.
report-consent-users-automatic = Bestaande gebruikers krijgen deze update automatisch (geen nieuwe goedkeuring nodig).
report-consent-summary-none = Geen van de { $total } wijzigingen die goedkeuring vereisen, zit in deze update: bestaande gebruikers krijgen hem zonder nieuwe toestemmingsvraag.
report-consent-summary = { $count ->
    [one] 1 van de { $total } wijzigingen die goedkeuring vereisen, zit in deze update.
   *[other] { $count } van de { $total } wijzigingen die goedkeuring vereisen, zitten in deze update.
}
report-consent-others-none = Geen van de { $count } wijzigingen die goedkeuring vereisen, zit in deze update
report-consent-others = { $count ->
    [one] De andere wijziging die goedkeuring vereist, zit niet in deze update
   *[other] De andere { $count } wijzigingen die goedkeuring vereisen, zitten niet in deze update
}
report-who-users-and-admin = Wie wordt het gevraagd: elke bestaande gebruiker, en de beheerder die de Office-invoegtoepassing heeft geïmplementeerd
report-who-admin = Wie wordt het gevraagd: de beheerder die de Office-invoegtoepassing in de organisatie heeft geïmplementeerd, niet elke gebruiker afzonderlijk
report-who-users = Wie wordt het gevraagd: elke bestaande gebruiker
report-consent-title = Wordt gebruikers of de beheerder gevraagd de app opnieuw goed te keuren?
report-consent-intro = Door sommige wijzigingen toont Teams elke bestaande gebruiker een vraag om de app opnieuw goed te keuren (er toestemming voor te geven). Bij wijzigingen in een Office-invoegtoepassing moet in plaats daarvan de beheerder die haar heeft geïmplementeerd, haar opnieuw goedkeuren.
report-consent-others-hint = Geen van deze zit in deze update. Open er een om te lezen wat het betekent.
report-store-title = Accepteert de Store het?
report-store-warnings-title = { $count ->
    [one] 1 punt
   *[other] { $count } punten
} om te controleren (ze blokkeren de update niet)
report-store-template-findings = { $count ->
    [one] De bevinding tonen die dit veroorzaakt
   *[other] De { $count } bevindingen tonen die dit veroorzaakt
}
report-microsofts-rule = Regel van Microsoft
guide-notes-the-app = De app
guide-notes-versions = { $app }: update van versie { $old } naar { $new }.
guide-notes-capabilities = Wat de app kan
guide-notes-agent = Copilot-agent
guide-notes-listing = Naam, beschrijvingen, pictogrammen en bestanden
guide-notes-heading = { $title }:
guide-notes-users-asked = Bestaande gebruikers wordt gevraagd de app opnieuw goed te keuren: { $rules }.
guide-notes-admin-asked = De beheerder die de Office-invoegtoepassing heeft geïmplementeerd, moet haar opnieuw goedkeuren: { $rules }.
guide-release-our-app = onze app
guide-release-users-opening = { $app } { $version } komt binnenkort naar Microsoft Teams. Zodra de update er is, vraagt Teams je { $app } opnieuw goed te keuren voordat je de nieuwe versie kunt gebruiken. Dit is zo bedoeld: de update verandert wat de app kan.
guide-release-users-heading = Wat er voor jou verandert:
guide-release-admin-opening = { $app } { $version } komt binnenkort. De Office-invoegtoepassing verandert op een manier die goedkeuring van je beheerder vereist: de beheerder die de invoegtoepassing in je organisatie heeft geïmplementeerd, moet deze update opnieuw goedkeuren, en tot die tijd kunnen mensen daar de bijgewerkte invoegtoepassing niet gebruiken. Dit is zo bedoeld: de update verandert waar of wanneer de invoegtoepassing werkt.
guide-release-admin-heading = Wat er verandert:
guide-release-users-asked = Wie wordt het gevraagd: iedereen die de app in Teams gebruikt.
guide-release-team-owner = Het nieuwe tabblad voor teams en groepschats wordt toegevoegd door een teameigenaar of een lid van de chat, in het kanaal of de chat waar ze het willen hebben.
guide-release-for-admins = Voor IT-beheerders: deze update wijzigt de aanmeldingsinstellingen van de app of de machtigingen waarom hij vraagt. Bekijk ze in het Teams-beheercentrum: Apps beheren › { $app } › Machtigingen, waar je toestemming kunt verlenen namens je organisatie.
guide-release-addin-admins = Voor IT-beheerders die de Office-invoegtoepassing hebben geïmplementeerd: keur deze update van de invoegtoepassing opnieuw goed; tot je dat doet, kunnen mensen in je organisatie de bijgewerkte invoegtoepassing niet gebruiken.
guide-release-admin-asked = Wie wordt het gevraagd: de beheerder die de invoegtoepassing in je organisatie heeft geïmplementeerd, niet elke gebruiker afzonderlijk.
guide-handoff-the-app = de app
guide-handoff-intro = Teams Update Check heeft in { $file } ({ $app } { $version }) { $count ->
    [one] 1 probleem gevonden waarop
   *[other] { $count } problemen gevonden waarop
} de Store het pakket zou weigeren. Los { $count ->
    [one] het
   *[other] ze
} alsjeblieft op:
guide-handoff-where = Waar: { $place }
guide-handoff-who = Wie: { $who }
guide-handoff-rule = Regel: { $rule }
guide-handoff-check = { $title }: { $message }
guide-handoff-manifest-field = manifest.json, “{ $field }”
guide-handoff-file-line = { $file }, regel { $line }, kolom { $column }
guide-handoff-note = Opmerking: { $note }
report-next-steps-title = Wat je nu moet doen
report-certification-notes-lead = Een concept voor de opmerkingen voor certificering in het Partnercentrum: wat er in deze update is gewijzigd. Voeg toe hoe de beoordelaars zich aanmelden en de app testen.
report-certification-notes-title = Opmerkingen voor certificering
report-certification-notes-copy = Opmerkingen voor certificering kopiëren
report-release-note-admin = De beheerder die de invoegtoepassing heeft geïmplementeerd, moet deze update opnieuw goedkeuren. Stuur dit bericht naar de IT-beheerders van je klanten voordat de update er is.
report-release-note-both = Bestaande gebruikers wordt gevraagd de app opnieuw goed te keuren, en de beheerder die de invoegtoepassing heeft geïmplementeerd, moet haar ook opnieuw goedkeuren. Stuur dit bericht naar je gebruikers en hun IT-beheerders voordat de update er is.
report-release-note-users = Bestaande gebruikers wordt gevraagd de app opnieuw goed te keuren. Stuur hun dit bericht (en ook hun IT-beheerders) voordat de update er is.
report-release-note-title = Informeer je gebruikers
report-release-note-copy = Releasebericht kopiëren
report-attention-title = Los deze problemen op voordat je indient
report-attention-intro = Bij elk probleem staat wie het kan oplossen. Los ze op en controleer daarna het gecorrigeerde pakket opnieuw.
report-handoff-lead = Geef de lijst aan je ontwikkelaar: er staat bij waar elk probleem zit (bestand, regel, kolom) en wat de regel van Microsoft is, klaar om in een e-mail of ticket te plakken.
report-handoff-title = Voor je ontwikkelaar
report-handoff-copy = Kopiëren voor mijn ontwikkelaar
report-checks-title = Versie en app-id
report-checks-intro = Microsoft vereist dat een update de app-id behoudt en dat het versienummer bij elke wijziging omhooggaat, ook bij een wijziging van de naam of beschrijving.
report-agent-notes-title = Wat je gebruikers zullen merken
report-agent-notes-intro = Over de Copilot-agent in deze update. Ter informatie: dit verandert niets aan de vraag of gebruikers de app opnieuw moeten goedkeuren.
report-area-identity-hint = De app-id, het versienummer en de versie van de manifestindeling
report-area-listing-hint = Wat mensen in de Store zien: naam, beschrijvingen, gegevens van de ontwikkelaar, pictogrammen, kleuren
report-area-capability-hint = Wat de app kan in Teams en Office: bots, tabbladen, berichtextensies, connectors, aanmelding, machtigingen, de Office-invoegtoepassing
report-area-package-file-hint = Bestanden in het .zip-app-pakket naast manifest.json, zoals pictogrammen en vertalingen
report-area-agent-hint = De Copilot-agent: zijn instructies, mogelijkheden, acties en de servers die hij aanroept
report-area-other-hint = Andere instellingen in het manifest
report-changes-nothing = Niets: de twee versies zijn hetzelfde.
report-download-title = Downloadkoppeling voor je website
report-download-window = Zet een knop op je website die je app opent in de Teams Store; het venster maakt de HTML ervan voor je.
report-download-terminal = Zet een knop op je website die je app opent in de Teams Store; voer teams-update-check button uit met het nieuwe bestand om de HTML ervan af te drukken.
report-download-document = Zet een knop op je website die je app opent in de Teams Store; Teams Update Check maakt de HTML ervan voor je.
report-nothing-note = De twee versies zijn hetzelfde. Breng je wijzigingen aan, verhoog het versienummer en controleer opnieuw.
report-error-title = Wat er misging
report-error-note = Corrigeer het bestand (of kies het juiste) en controleer opnieuw.
report-row-file = Bestand
report-row-app-name = App-naam
report-row-app-id = App-id
report-row-version = Versie
report-row-manifest-format = Manifestindeling
report-full-value = Volledige waarde van { $subject }
report-changes-title = Wat is er gewijzigd ({ $count })
report-changes-area = { $area } ({ $count })
report-error-headline = De { $side } kon niet worden geladen
report-error-note-file = { $file } is de { $side }. Er is nog niets vergeleken.
render-unnamed-app = naamloze app
render-published-new = Gepubliceerd: { $published }   Nieuw: { $new }
render-label-note = Opmerking:
render-label-sources = Bronnen:
render-label-where = Waar:
render-label-who = Wie kan het oplossen:
render-label-why = Waarom:
render-label-developers = Voor ontwikkelaars:
render-title = Teams-updatecontrole: { $headline }
render-column-published = Gepubliceerd
render-column-new = Nieuw
render-verdict = Oordeel
render-footer = Gemaakt door Teams Update Check, dat een update van een Microsoft Teams-app controleert voordat die bij de Store wordt ingediend. Het heeft de bestanden gelezen op de computer waarop het draaide en niets verzonden.
render-title-app = { $app } — Teams-updatecontrole: { $headline }
render-teams-update-check = Teams-updatecontrole
render-report = Rapport
render-button-preview = De downloadknop, zoals hij eruitziet op een website:
fix-version-not-raised = De versie kon niet vanzelf worden verhoogd, omdat de gepubliceerde versie “{ $published }” niet uit cijfers en punten bestaat (of een getal te lang is).
fix-who-type-version = Jij: typ de nieuwe versie (hoger dan de gepubliceerde) in Developer Portal, of geef hem op met --new-version.
fix-what-version = De versie
fix-typed-version-form = De versie “{ $version }” bestaat niet uit drie gehele getallen gescheiden door punten, zoals 1.4.2. Typ hem zo (geen letters, geen voorloopnullen).
fix-typed-version-not-higher = De versie { $version } is niet hoger dan de gepubliceerde { $published }. Typ een hogere.
fix-what-unused-files = Bestanden die het pakket niet gebruikt
fix-unused-files-before = { $count ->
    [one] 1 bestand
   *[other] { $count } bestanden
}: { $names }
fix-unused-files-after = weggelaten
fix-what-package-files = De bestanden van het pakket
fix-folder-before = in de map “{ $folder }”
fix-folder-after = in de hoofdmap van het pakket, waar Teams ze zoekt
fix-package-damaged = Het pakket kon niet opnieuw worden geschreven, omdat een van de items beschadigd is ({ $error }). Bouw of download het pakket opnieuw.
fix-folder-damaged = De bestanden van het pakket konden niet uit hun map worden gehaald, omdat een item beschadigd is ({ $error }). Bouw of download het pakket opnieuw.
fix-output-is-input = dat is een van de bestanden die worden gecontroleerd; de gecorrigeerde kopie vervangt die nooit, kies een andere naam
fix-schema-preview = het manifest gebruikt de previewindeling devPreview, die de Store weigert; de koppeling daarnaar laten verwijzen zou het pakket nog verder verwijderen van wat de Store accepteert. Zet het manifest eerst over naar een gepubliceerde indeling (zie “Manifest gebruikt een indeling die de Store accepteert”), met de bijbehorende koppeling
fix-schema-unknown-format = de indeling van het manifest (manifestVersion) is er geen die Microsoft heeft gepubliceerd, dus er is geen officiële koppeling om te gebruiken
fix-schema-not-text = de koppeling is er wel, maar is geen tekst, dus het is onbekend wat ze moest zeggen
fix-schema-not-fixed = De schemakoppeling van “{ $file }” is niet gecorrigeerd: { $reason }.
fix-who-developer = Je ontwikkelaar.
fix-schema-missing = ontbreekt
fix-what-schema-link = De schemakoppeling ({ $field }) van “{ $file }”
fix-icon-outline = omtrekpictogram
fix-icon-color = kleurenpictogram
fix-icon-small-color = kleine kleurenpictogram
fix-who-icon-maker = Degene die je pictogrammen ontwerpt (of je ontwikkelaar).
fix-icon-not-fixed = Het { $icon } “{ $file }” is niet gecorrigeerd: { $reason }
fix-icon-shared = hetzelfde bestand is ook het { $other }, dat een andere grootte of kleur nodig heeft; elk pictogram heeft een eigen bestand nodig.
fix-icon-not-png = het is geen PNG-afbeelding; sla het eerst op als PNG.
fix-icon-not-square = het is { $width } × { $height } pixels, niet vierkant; het formaat wijzigen naar { $want } × { $want } zou de afbeelding uitrekken, en bijsnijden vraagt om een menselijk oog.
fix-icon-too-large = het is { $width } × { $height } pixels, te groot om veilig te openen (een pictogram is { $want } × { $want }).
fix-icon-damaged = het is een beschadigde PNG-afbeelding die niet kan worden geopend.
fix-icon-no-transparency = het heeft geen enkele transparante pixel, dus wit maken zou een wit vierkant opleveren. Het omtrekpictogram moet de vorm van de app zijn, in wit op een transparante achtergrond.
fix-icon-not-saved = de aangepaste afbeelding kon niet als PNG worden opgeslagen.
fix-icon-size = { $width } × { $height } pixels
fix-icon-whitened = { $want } × { $want } pixels, wit op transparant ({ $count ->
    [one] 1 pixel
   *[other] { $count } pixels
} wit gemaakt, transparantie behouden)
fix-what-icon = Het { $icon } “{ $file }”
report-mark-ok = In orde
report-mark-fix = Oplossen
report-mark-warn = Controleren
report-mark-skip = Niet nodig
report-mark-info = Opmerking
report-mark-step = Volgende
report-mark-yes = Ja
report-mark-no = Nee
report-mark-added = Toegevoegd
report-mark-removed = Verwijderd
report-mark-changed = Gewijzigd
punctuation-colon = {": "}
report-tag-pass = OK
report-tag-fix = HERSTELLEN
report-tag-warn = CONTROLEREN
report-tag-skip = NIET NODIG
report-tag-note = OPMERKING
report-tag-next = VOLGENDE
report-tag-yes = JA
report-tag-no = nee
store-consequence-unused-files = { $count ->
    [one] Daardoor gebruikt het pakket { $files } niet meer, terwijl de gepubliceerde versie het wel gebruikte. Zodra dit is opgelost, wordt het weer gebruikt: verwijder het dus niet.
   *[other] Daardoor gebruikt het pakket { $files } niet meer, terwijl de gepubliceerde versie ze wel gebruikte. Zodra dit is opgelost, worden ze weer gebruikt: verwijder ze dus niet.
}
report-files-not-compared = Pictogrammen en andere bestanden van het pakket zijn niet vergeleken, omdat er een manifest.json is opgegeven in plaats van een pakket. Open beide .zip-app-pakketten om ze te vergelijken.
change-value-before = Eerst
change-value-now = Nu
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
cli-error = fout: { $error }
cli-unknown-language = fout: --lang: “{ $tag }” is geen taal die deze app spreekt. Kies een van: { $tags }.
cli-nothing-fixed = Niets kon vanzelf worden gecorrigeerd, dus er is geen kopie opgeslagen.
cli-copy-not-saved = fout: de gecorrigeerde kopie kan niet worden opgeslagen als { $path } ({ $error }). Kies een andere plek met --output, of controleer of er ruimte op de schijf is en of er in de map kan worden geschreven.
cli-copy-saved = Gecorrigeerde kopie opgeslagen: { $path }
cli-fixed-heading = Gecorrigeerd ({ $count }):
cli-fixed-step = { $what }: was { $before }, nu { $after }
cli-not-fixed-heading = Hier niet gecorrigeerd ({ $count }):
cli-problem = Probleem
cli-not-fixed-item = { $title }: { $message }
cli-who-can-fix = Wie kan het oplossen: { $who }
cli-fix-result = { $which ->
    [fixed] De gecorrigeerde kopie
   *[new] De nieuwe versie
}: { $headline }
cli-output-not-written = fout: de uitvoer kan niet worden geschreven ({ $error }). Controleer of er ruimte op de schijf is en of er naar het bestand kan worden geschreven.
cli-could-not-load-side = fout: het bestand van de { $side } kan niet worden geladen: { $error }
cli-could-not-load = fout: { $file } kan niet worden geladen: { $error }
cli-input-error-at = { $place }: { $problem }. { $fix }
cli-input-error = { $problem }. { $fix }
cli-app-id-error = fout: --app-id: { $error }
cli-app-id-in-file = fout: de app-id in { $path }: { $error } (Of geef de id op met --app-id.)
cli-label-error = fout: --label: { $error }
cli-no-window-in-build = Deze build van teams-update-check heeft geen venster (gebouwd zonder de functie `gui`). Gebruik `teams-update-check check OLD NEW`; zie `teams-update-check --help`.
cli-no-display = fout: geen beeldscherm gevonden, dus het venster kan niet worden geopend (dit lijkt een server, een container of een externe shell zonder bureaublad). De opdrachtregel werkt zonder: voer `teams-update-check check PUBLISHED NEW` uit (zie `teams-update-check --help`).
cli-window-not-opened = fout: het venster kan niet worden geopend: geen beeldscherm gevonden, of de grafische functies van de computer konden het niet starten. De opdrachtregel werkt zonder venster: voer `teams-update-check check PUBLISHED NEW` uit (zie `teams-update-check --help`).

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = Versie { $version }
app-close = Sluiten
app-cancel = Annuleren
app-where = Waar: { $place }
app-the-file = het bestand
app-the-app = de app
app-copied = { $what } gekopieerd naar het klembord
app-clipboard-failed = Het klembord kan niet worden gebruikt ({ $error }). Selecteer de tekst hieronder en kopieer hem met de hand.
app-no-clipboard = geen klembord

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = Je bestanden blijven op deze computer: er wordt niets geüpload. Bestanden worden alleen gelezen, nooit gewijzigd.
app-tagline = Controleer de update van je Teams-app voordat je hem indient
app-about = Info
app-about-hover = Versie, licentie en wat de app met je bestanden doet
app-language = Taal
app-language-hover = De taal van het venster en van de rapporten die het exporteert
app-language-system = Zelfde als deze computer ({ $language })
app-export = Rapport exporteren…
app-export-hover = Dit rapport opslaan als Markdown of HTML ({ $shortcut })
app-export-disabled-hover = Open eerst beide versies
app-try-example = Voorbeeld proberen
app-try-example-hover = Een ingebouwd voorbeeld laden van een update die goedkeuring van gebruikers vereist
app-paste-path-first = Plak eerst het volledige pad van het bestand.
app-no-file-dialog = Er kon op deze computer geen bestandsvenster worden geopend. Sleep het bestand naar het venster, of plak het volledige pad in de kaart.
app-fixed-copy-saved = Gecorrigeerde kopie opgeslagen: { $path }. Die is nu geopend als de nieuwe versie.
app-button-needs-new-version = Open eerst de nieuwe versie: de knop gebruikt de app-id daarvan.
app-what-button-html = HTML van de knop
app-what-link = Koppeling
app-too-many-dropped = Alleen de eerste twee neergezette bestanden zijn gebruikt.
app-notice-not-opened = De kennisgeving van derden kan niet worden geopend. Open { $path } vanuit je bestandsbeheer.
app-same-file = Beide kaarten tonen hetzelfde bestand, dus er kan niets zijn gewijzigd. Open de nieuwe versie rechts.
app-checking = Controleren…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = Teams Update Check heeft een intern probleem gehad bij het lezen van dit bestand (dit is een fout in de tool, niet per se een probleem met je bestand)
app-internal-read-fix = Probeer “Opnieuw laden”. Als het weer gebeurt, meld het ons dan met het bestand als bijlage; controleer het bestand ondertussen in Teams Developer Portal.
app-internal-check = Teams Update Check heeft een intern probleem gehad bij het vergelijken van de twee bestanden (een fout in de tool). Probeer “Opnieuw laden”; als het weer gebeurt, meld het ons dan met de bestanden.
app-internal-write = Teams Update Check heeft een intern probleem gehad bij het schrijven van het bestand (een fout in de tool). Probeer het opnieuw.
app-open-dialog-title = { $side ->
    [old] De gepubliceerde versie openen (nu in de Store)
   *[new] De nieuwe versie openen (om in te dienen)
}
app-filter-manifest-or-package = Teams-manifest of app-pakket
app-filter-all-files = Alle bestanden
app-save-report-title = Rapport opslaan
app-filter-html = Webpagina (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = Controleert een update van je Microsoft Teams-app voordat je hem bij de Store indient: is hij klaar, wordt je gebruikers gevraagd de app opnieuw goed te keuren, en wat is er gewijzigd.
app-about-privacy-heading = Je bestanden blijven op deze computer
app-about-privacy = De app leest alleen de bestanden die je opent en wijzigt ze nooit. Hij maakt geen netwerkverbindingen: er wordt nergens iets naartoe gestuurd, en de schema's van Microsoft waaraan hij toetst, zijn ingebouwd.
app-about-license-heading = Licentie
app-about-license = Teams Update Check is vrije software onder de MIT-licentie.
app-about-show-license = Licentie weergeven
app-about-third-party-heading = Software van derden
app-about-third-party = De app is gebouwd met opensourceonderdelen; de licentie van elk onderdeel staat in de kennisgeving van derden die bij de app wordt geleverd.
app-about-open-notice = Kennisgeving van derden openen
app-about-no-notice = Deze kopie van de app is niet vanuit een pakket geïnstalleerd, dus de lijst met opensourceonderdelen en hun licenties ({ $file }) staat er niet naast. De geïnstalleerde app heeft hem wel.
app-about-trademark = Niet gemaakt of goedgekeurd door Microsoft. Microsoft Teams is een handelsmerk van de Microsoft-groep van bedrijven.

# The download button panel (src/app/button_panel.rs)
app-button-heading = Downloadknop voor je website
app-button-intro = Zet deze knop op de website van je product, zodat bezoekers je app in Teams kunnen krijgen. De koppeling werkt zodra je app live staat in de Teams Store.
app-button-text = Knoptekst
app-button-look = Uiterlijk
app-button-look-named = Uiterlijk: { $style }
app-button-size = Grootte
app-button-size-named = Grootte: { $size }
app-button-hint-filled = Teams-paars met witte tekst: goed leesbaar op lichte en donkere pagina's.
app-button-hint-outline = Paarse tekst en rand op een doorzichtige achtergrond: alleen voor lichte pagina's. Kies op een donkere pagina “Paars” of “Donker”.
app-button-hint-dark = Bijna zwart met witte tekst: voor lichte en drukke pagina's (op een zwarte pagina valt hij niet op).
app-button-app-id = App-id
app-button-app-id-hover = De id van je app in de Teams Store. Hij komt uit het nieuwe manifest; typ een andere (bijvoorbeeld de Store-id uit het Partnercentrum) om die te gebruiken.
app-button-app-id-from-manifest = { $id } (uit het manifest van de nieuwe versie)
app-button-app-id-hint = Typ of plak hier een andere app-id om die te gebruiken
app-button-placeholder-id = De id van het nieuwe manifest lijkt een tijdelijke aanduiding; typ hierboven je echte app-id.
app-button-preview = Voorbeeld
app-button-copy-html = HTML kopiëren
app-button-copy-html-hover = De HTML-code van de knop kopiëren om in je website te plakken ({ $shortcut })
app-button-copy-link = Koppeling kopiëren
app-button-open-preview = Voorbeeld openen in browser
app-button-open-preview-hover = Bekijk de echte knop in je webbrowser
app-button-show-html = HTML-code weergeven
app-button-html-label = HTML om in je pagina te plakken:
app-preview-not-written = De voorbeeldpagina kan niet worden geschreven ({ $error }). Kopieer in plaats daarvan de HTML en plak die in een eigen pagina.
app-preview-no-address = de pagina heeft geen bestandsadres
app-preview-opened = Je webbrowser is gevraagd het voorbeeld te openen. Als er geen browservenster verschijnt, open { $path } dan in je browser.
app-preview-no-browser = Er kan geen webbrowser worden gestart ({ $error }). De voorbeeldpagina is opgeslagen als { $path }: open die in je browser.
app-preview-page-title = Voorbeeld van de knop
app-preview-on-light = Op een lichte pagina:
app-preview-on-grey = Op een grijze pagina:
app-preview-on-dark = Op een donkere pagina:

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] Gepubliceerde versie
   *[new] Nieuwe versie
}
app-card-hint = { $side ->
    [old] De versie die nu in de Teams Store staat
   *[new] De update die je wilt indienen
}
app-reversed = Het versienummer van de nieuwe versie is lager dan dat van de gepubliceerde. Heb je ze in de verkeerde volgorde geopend?
app-swap = Omwisselen
app-swap-hover = De gepubliceerde en de nieuwe versie omwisselen
app-card-empty = Sleep een manifest.json of een app-pakket (.zip) hierheen, of
app-card-reading = { $file } wordt gelezen…
app-card-icon-alt = Kleurenpictogram van { $name }
app-card-icon-hover = Het kleurenpictogram van de app uit het pakket
app-card-no-name = (het manifest heeft geen app-naam)
app-card-file = Bestand: { $file }
app-card-manifest-format = Manifestindeling { $schema }
app-card-not-given = niet opgegeven
app-card-manifest-format-hover = manifestVersion: de versie van de manifestindeling van Microsoft waarin het bestand is geschreven
app-card-could-not-load = { $file } kan niet worden geladen
app-card-what-is-wrong = Wat er mis is: { $problem }
app-card-what-to-do = Wat je kunt doen: { $fix }
app-card-open = Openen…
app-card-open-hover = Kies een manifest.json of een .zip-app-pakket ({ $shortcut })
app-card-open-named = { $side ->
    [old] De gepubliceerde versie openen…
   *[new] De nieuwe versie openen…
}
app-card-reload = Opnieuw laden
app-card-reload-hover = Het bestand opnieuw lezen ({ $shortcut })
app-card-reload-named = { $side ->
    [old] De gepubliceerde versie opnieuw laden
   *[new] De nieuwe versie opnieuw laden
}
app-card-clear = Wissen
app-card-clear-named = { $side ->
    [old] De gepubliceerde versie wissen
   *[new] De nieuwe versie wissen
}
app-card-typed-path = Sleep het bestand naar dit venster, of plak hier het volledige pad:
app-card-typed-path-hover = Op Linux heeft het dialoogvenster de bestandskiezer van je bureaublad nodig (de service xdg-desktop-portal) of het programma zenity.
app-card-path-example-windows = C:\Users\naam\Downloads\app-pakket.zip
app-card-path-example = /home/naam/Downloads/app-pakket.zip
app-card-path-named = { $side ->
    [old] Pad van het bestand van de gepubliceerde versie
   *[new] Pad van het bestand van de nieuwe versie
}
app-card-open-typed = Openen
app-drop-overlay = Zet het bestand op een kaart neer om het daar te laden
app-drop-question = Welke versie is dit?
app-drop-load-as = { $file } laden als:

# Saving the report (src/app/export.rs)
app-report-saved = Rapport opgeslagen als { $path }
app-report-saved-no-dialog = Er kon op deze computer geen venster voor opslaan worden geopend, dus het rapport is opgeslagen als { $path }
app-export-is-input = Niet opgeslagen: { $path } is een van de bestanden die je controleert. Kies een andere naam.
app-export-failed = Het rapport kan niet worden opgeslagen als { $path } ({ $error }). Kies een map waarin je kunt schrijven.

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = Gecorrigeerde kopie: { $path }
app-fix-repaired = { $what }: was { $before }, nu { $after }
app-fix-left = { $problem } Wie kan het oplossen: { $who }
app-fix-save = Gecorrigeerde kopie opslaan…
app-fix-save-hover = Slaat een nieuw pakket op met de veilige correcties (versienummer, schemakoppeling, pictogrammen, ongebruikte bestanden); je bestanden worden niet gewijzigd. De kopie wordt daarna geopend als de nieuwe versie.
app-fix-some-repairable = Een deel van deze problemen kan voor je worden gecorrigeerd.
app-fix-version-label = Versie voor de kopie:
app-fix-version-named = Versie voor de gecorrigeerde kopie
app-fix-leave-empty = Laat dit leeg om { $proposed } te gebruiken (de gepubliceerde versie is { $published }).
app-fix-no-dialog = Er kon op deze computer geen venster voor opslaan worden geopend. Typ waar de gecorrigeerde kopie moet worden opgeslagen:
app-fix-path-named = Pad van de gecorrigeerde kopie
app-fix-save-copy = Kopie opslaan
app-fix-folder-hover = Slaat een nieuw pakket op waarin de bestanden uit hun map naar de hoofdmap zijn verplaatst, waar Teams ze zoekt; je bestand wordt niet gewijzigd.
app-fix-folder = De bestanden van de nieuwe versie staan in een map in het pakket: een kopie kan ze naar de hoofdmap verplaatsen.
app-fix-dialog-title = Gecorrigeerde kopie van de nieuwe versie opslaan
app-internal-fix = Teams Update Check heeft een intern probleem gehad bij het maken van de gecorrigeerde kopie (een fout in de tool). Je bestanden zijn niet gewijzigd.
app-fix-not-read-again = De nieuwe versie kan niet opnieuw worden gelezen ({ $error }). Open hem opnieuw.
app-fix-not-made = Er kon geen gecorrigeerde kopie worden gemaakt: { $error }
app-fix-nothing = Niets kon vanzelf worden gecorrigeerd; voor de overgebleven problemen is een mens nodig (zie de lijst).
app-fix-not-saved = De gecorrigeerde kopie kan niet worden opgeslagen als { $path } ({ $error }). Kies een andere plek.

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = Een deel van de tekst in je bestanden staat in { $scripts }, en geen enkel lettertype op deze computer kan dat weergeven, dus het verschijnt als lege vakjes. Installeer { $fix } en open Teams Update Check opnieuw om het te zien. De controle zelf heeft er geen last van: de resultaten zijn volledig.
app-font-fix-other = een lettertype dat ze bevat
app-font-fix-emoji = een emojilettertype (bijvoorbeeld Noto Color Emoji)
app-font-fix-script = een lettertype voor { $scripts } (bijvoorbeeld uit de gratis Noto-familie)
app-list-and = { $first } en { $last }
app-hide = Verbergen
app-script-greek = Grieks
app-script-cyrillic = Cyrillisch
app-script-armenian = Armeens
app-script-hebrew = Hebreeuws
app-script-arabic = Arabisch
app-script-devanagari = Hindi (Devanagari)
app-script-bengali = Bengaals
app-script-gurmukhi = Punjabi (Gurmukhi)
app-script-gujarati = Gujarati
app-script-odia = Odia
app-script-tamil = Tamil
app-script-telugu = Telugu
app-script-kannada = Kannada
app-script-malayalam = Malayalam
app-script-sinhala = Singalees
app-script-thai = Thais
app-script-lao = Laotiaans
app-script-tibetan = Tibetaans
app-script-burmese = Birmaans
app-script-georgian = Georgisch
app-script-korean = Koreaans
app-script-ethiopic = Amhaars (Ge'ez)
app-script-khmer = Khmer
app-script-emoji = emoji
app-script-japanese = Japans
app-script-chinese = Chinees
app-script-other = andere tekens

# The report's own labels (src/app/report_view.rs)
app-sources = Bronnen:
app-source-link = Bron ↗
app-for-developers = Voor ontwikkelaars: { $lines }
app-show-details = Details weergeven
app-show-details-hover = Naar de details van dit probleem hieronder scrollen
app-why = Waarom: { $why }
app-who-can-fix = Wie kan het oplossen:
app-select-to-copy = Selecteer de tekst om er een deel van te kopiëren
app-copy-full-value = Volledige waarde kopiëren
app-copy-full-value-hover = De hele waarde naar het klembord kopiëren
app-copy-hover = Kopieert de tekst naar het klembord, om hem ergens anders te plakken
app-show-the-text = Tekst weergeven
app-developer-details = Details voor ontwikkelaars

# The welcome page (src/app/welcome.rs)
app-welcome-heading = Zo werkt het
app-welcome-step-1 = 1. Open links de versie van je app die nu in de Teams Store staat: de manifest.json ervan of het .zip-app-pakket dat je hebt geüpload.
app-welcome-step-2 = 2. Open rechts de update die je wilt indienen.
app-welcome-step-3 = 3. Lees het antwoord: is de update klaar, wordt je gebruikers gevraagd de app opnieuw goed te keuren, en wat is er gewijzigd.
app-welcome-step-4 = 4. Kopieer de downloadknop voor je website.
app-welcome-shortcuts = Je kunt bestanden ook naar het venster slepen. Sneltoetsen: { $open_old } opent de gepubliceerde versie, { $open_new } de nieuwe, { $export } exporteert het rapport, { $copy_html } kopieert de HTML van de knop, { $reload } laadt opnieuw.
app-welcome-where-heading = Waar vind ik de gepubliceerde versie?
app-welcome-where-intro = Gebruik het app-pakket dat Microsoft nu heeft, niet de bestanden die je sindsdien hebt bewerkt. Haal het op de plek vandaan waar je app is gepubliceerd:
app-welcome-where-portal = Developer Portal (dev.teams.microsoft.com): open “Apps”, selecteer je app en kies “Download app package”. Doe dit voordat je daar je wijzigingen aanbrengt: nadat je de app hebt bewerkt, is het pakket dat je daar krijgt de nieuwe versie.
app-welcome-where-partner = Partnercentrum (partner.microsoft.com), voor een app in de Teams Store: open de aanbieding van je Teams-app en download het app-pakket dat voor de live versie is geüpload.
app-welcome-where-admin = Teams-beheercentrum (admin.teams.microsoft.com), voor een app die alleen in je organisatie is gepubliceerd: je Teams-beheerder kan het pakket ophalen onder Teams-apps › Apps beheren.
app-welcome-where-records = Je eigen archief: de .zip die je de vorige keer hebt geüpload (Teams Toolkit bewaart die bijvoorbeeld in appPackage/build/ in het project).
app-welcome-where-new = De nieuwe versie is het pakket dat je gaat uploaden: uit Developer Portal na je wijzigingen, of de .zip die je ontwikkelaars je hebben gegeven.

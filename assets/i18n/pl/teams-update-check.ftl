# Teams Update Check: every sentence a user can read, in Polish (Polski).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: agent-capability-dataverse, agent-capability-fabric, agent-folder, agent-sign-in-oauth, app-card-path-example, app-card-path-example-windows, app-filter-markdown, app-name, app-script-emoji, app-what-link, change-bot, change-scope-copilot, cli-problem, place-label-bot, report-mark-ok, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = { $count ->
    [one] 1 ikona
    [few] { $count } ikony
    [many] { $count } ikon
   *[other] { $count } ikon
}

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = Identyfikator aplikacji pozostaje bez zmian
check-version-format-title = Numer wersji ma poprawny zapis
check-version-incremented-title = Numer wersji jest podwyższony
check-app-id-changed = Identyfikator aplikacji zmienił się z { $old } na { $new }. Aktualizacja musi zachować identyfikator opublikowanej aplikacji; z nowym identyfikatorem sklep traktuje ją jako inną aplikację. Przywróć poprzedni identyfikator.
check-app-id-not-guid = Identyfikator aplikacji jest taki sam w obu plikach, ale „{ $id }” nie jest prawdziwym identyfikatorem aplikacji (identyfikatorem GUID, np. 0b5c3d6e-1234-4abc-9def-00112233aabb). Wygląda na symbol zastępczy, który uzupełniają narzędzia do kompilacji; sprawdź pakiet, który faktycznie przesyłasz.
check-app-id-same = Identyfikator aplikacji to nadal { $id }.
check-version-too-long = Nowa wersja „{ $version }” jest dłuższa niż 256 znaków.
check-version-not-three-numbers = Nowa wersja „{ $version }” nie składa się z trzech liczb całkowitych rozdzielonych kropkami, np. 1.4.2 (bez liter, bez zer na początku, bez „-beta”); sklep odrzuca inne zapisy.
check-version-addin-part-too-big = Nowa wersja „{ $version }” ma część większą niż 99999, na co nie pozwalają dodatki pakietu Office (sekcja `extensions`).
check-version-well-formed = Nowa wersja { $version } ma zapis, jakiego oczekuje sklep.
check-version-nothing-changed = Nic się nie zmieniło, więc wersja nie musi się zmieniać.
check-version-goes-up = Wersja wzrasta z { $old } do { $new }.
check-version-unchanged = Wersja to nadal { $new }, ale coś się zmieniło. Przy każdej zmianie wersja musi wzrosnąć: zmień ją na wyższą niż { $old }, na przykład na { $next }.
check-version-same-number = Wersja zmienia się z { $old } na { $new }, ale to ta sama liczba zapisana inaczej (brakujące części liczą się jako 0), a nie wyższa. Zmień ją na wyższą niż { $old }, na przykład na { $next }.
check-version-lower = Nowa wersja { $new } jest niższa niż opublikowana { $old }. Czy pliki podano w odwrotnej kolejności? Najpierw podaje się opublikowaną wersję, potem nową. Jeśli nie, zmień nową wersję na wyższą niż { $old }.
check-version-not-comparable = Nie udało się porównać wersji, ponieważ { $which ->
    [published] opublikowana wersja
   *[new] nowa wersja
} „{ $version }” { $reason ->
    [long] ma część dłuższą niż 18 cyfr
   *[signs] nie składa się wyłącznie z cyfr i kropek
}. Upewnij się, że nowa wersja jest wyższa niż opublikowana.
check-version-higher-number = wyższy numer

## Store checks (src/store/)
store-activities-title = Typy powiadomień kanału aktywności są unikatowe i niezastrzeżone
store-agent-files-title = Każdy plik agenta Copilot daje się odczytać
store-localization-agent-default-file-title = Przetłumaczony agent ma plik dla języka domyślnego
store-agent-localization-keys-title = Każdy plik tłumaczenia zawiera klucze lokalizacji agenta
store-agent-name-match-title = Agent i jego akcje noszą nazwę aplikacji
store-agent-operations-title = Każda funkcja agenta i każde polecenie API ma swoją operację
store-agent-schema-title = Pliki agentów Copilot są zgodne z oficjalnymi schematami Microsoftu
store-agent-schema-url-title = Pliki agentów Copilot wskazują schemat własnego formatu
store-agent-text-hygiene-title = Opisy i instrukcje agenta nie zawierają adresów internetowych, emoji ani ukrytych znaków
store-agent-urls-title = Agenci Copilot wywołują prawdziwe adresy https
store-api-message-extension-title = Rozszerzenia do obsługi wiadomości spełniają zasady przekazywania dla swojego rodzaju
store-app-name-core-feature-title = Krótka nazwa nie zaczyna się od nazwy funkcji Teams
store-bot-id-guid-title = Identyfikatory botów są identyfikatorami GUID
store-bot-id-kept-title = Boty zachowują opublikowane identyfikatory
store-cea-bot-id-title = Agent aparatu niestandardowego jest jednym z botów aplikacji
store-channel-features-title = Aplikacja informuje, czy działa w kanałach udostępnionych i prywatnych
store-bot-command-slash-title = Polecenia bota nie zaczynają się od ukośnika
store-bot-command-duplicate-title = Każde polecenie bota występuje na swojej liście tylko raz
store-me-command-duplicate-title = Każde polecenie akcji rozszerzenia do obsługi wiadomości występuje tylko raz
store-consequential-actions-title = Akcje zmieniające dane najpierw pytają użytkownika
store-da-actions-title = Agent ma akcje
store-da-graph-connectors-blank-title = Agent korzysta ze wszystkich łączników Copilot organizacji
store-da-starters-count-title = Agent ma od 3 do 6 starterów konwersacji
store-dashboard-cards-title = Karty pulpitu nawigacyjnego mają po jednej ikonie i unikatowe identyfikatory
store-descriptions-title = Pełny opis mówi więcej niż krótki i ma najwyżej 500 słów
store-https-urls-title = Adresy internetowe są bezpieczne (https)
store-icon-color-title = Ikona kolorowa to plik PNG 192 × 192
store-icon-color32x32-title = Mała ikona kolorowa to plik PNG 32 × 32
store-icon-outline-title = Ikona konturu jest biała na przezroczystym tle, 32 × 32
store-localization-title = Pliki tłumaczeń są prawidłowe i pasują do formatu manifestu
store-localization-tags-title = Każdy język ma jeden plik tłumaczenia
store-long-description-copilot-title = Pełny opis mówi, że aplikacja działa w Microsoft 365 Copilot
store-manifest-version-title = Manifest używa formatu akceptowanego przez sklep
store-me-sample-prompts-title = Polecenia rozszerzenia do obsługi wiadomości mają po 3 różne przykładowe monity
store-package-extra-files-title = Pakiet zawiera tylko pliki używane przez manifest
store-package-files-title = Każdy plik wskazany w manifeście jest w pakiecie
store-package-name-deprecated-title = Brak przestarzałego pola packageName
store-package-size-title = Pakiet ma najwyżej 10 MB
store-placeholders-title = Nie pozostały żadne symbole zastępcze z szablonu
store-required-texts-title = Nazwa, opisy i nazwa dewelopera są wypełnione
store-schema-title = Manifest jest zgodny z oficjalnym schematem Microsoftu
store-schema-url-title = Link do schematu pasuje do formatu manifestu
store-static-tab-names-title = Karty osobiste mają poprawne nazwy
store-valid-domains-title = Prawidłowe domeny to Twoje własne domeny produkcyjne
store-valid-domains-coverage-title = Strony kart znajdują się w Twoich prawidłowych domenach
store-version-major-title = Wersja to 1.0.0 lub wyższa
store-activities-reserved = Typ aktywności „systemDefault” jest zastrzeżony przez Teams dla własnych powiadomień; usługa przekazywania go odrzuca. Nadaj temu typowi powiadomienia własną nazwę, np. „taskAssigned” (kod Twojego dewelopera wysyła je pod tą nazwą).
store-activities-duplicate = Typ aktywności „{ $kind }” jest zadeklarowany więcej niż raz; usługa przekazywania to odrzuca. Zostaw dla niego jeden wpis.
store-agent-files-broken = { $problem }
store-agent-files-too-large = { $what } „{ $file }” ma { $size }; na potrzeby tej kontroli plik pakietu może mieć najwyżej { $limit }, a tak duży plik niemal na pewno nie jest tym, o który chodziło. Deweloper musi go zmniejszyć lub zastąpić.
store-agent-files-too-many = Pakiet prowadzi do ponad { $limit } plików agentów do odczytania; plik „{ $file }” i następne nie zostały sprawdzone. Agenci aplikacji potrzebują znacznie mniej plików: deweloper powinien sprawdzić, jakie pliki wskazują pliki agentów.
store-agent-name-match-differs = { $kind ->
    [action] Nazwa akcji widoczna dla użytkowników
   *[agent] Nazwa agenta
} w pliku „{ $file }” ({ $what }) to „{ $name }”, a aplikacja nazywa się „{ $app }”. Sklep agentów wymaga, aby aplikacja, jej agent i akcje agenta miały tę samą nazwę. Deweloper musi zmienić ją na „{ $app }” (albo zmienić nazwę aplikacji tak, aby się zgadzała).
store-localization-agent-default-file-missing = Agent Copilot jest przetłumaczony (jego pliki używają kluczy lokalizacji, np. [[agentName]]), a aplikacja wymienia inne języki, ale brakuje pliku tłumaczenia dla języka domyślnego (defaultLanguageFile). Przetłumaczony agent potrzebuje pliku dla każdego obsługiwanego języka, także domyślnego. Deweloper musi dodać taki plik i wskazać go w manifeście.
store-localization-agent-default-file-advice = Aplikacja wymienia inne języki, ale nie ma pliku tłumaczenia dla języka domyślnego (defaultLanguageFile). Jeśli agent Copilot obsługuje więcej niż jeden język, potrzebuje pliku dla każdego z nich, także dla domyślnego.
store-agent-localization-keys-lacking = Plik tłumaczenia „{ $file }” nie zawiera { $count ->
    [one] klucza lokalizacji, którego
    [few] kluczy lokalizacji, których
    [many] kluczy lokalizacji, których
   *[other] kluczy lokalizacji, których
} używa agent Copilot ({ $keys }). Usługa przekazywania odrzuca tekst agenta, którego nie może przetłumaczyć. Deweloper musi dodać { $count ->
    [one] ten klucz
    [few] te klucze
    [many] te klucze
   *[other] te klucze
} w sekcji localizationKeys tego pliku.
store-agent-operations-command = Polecenie rozszerzenia do obsługi wiadomości „{ $command }” nie ma operacji o takim identyfikatorze (operationId) w opisie interfejsu API „{ $file }”; kończyłoby się błędem przy każdym uruchomieniu przez użytkownika. Deweloper musi dopasować polecenie do operacji.
store-agent-operations-undefined-function = Plik akcji agenta „{ $file }” uruchamia funkcję „{ $function }”, której sam nie definiuje (nie ma jej wśród jego funkcji). Deweloper musi dodać tę funkcję lub poprawić nazwę.
store-agent-operations-function = Funkcja agenta „{ $function }” nie ma operacji o takim identyfikatorze (operationId) w opisie interfejsu API „{ $file }”; Copilot kończyłby się błędem przy każdej próbie jej użycia. Deweloper musi dopasować funkcję do operacji.
store-agent-schema-url-mismatch = Link do schematu w pliku „{ $file }” dotyczy formatu { $linked }, ale plik deklaruje zgodność z { $version }. Deweloper powinien wskazać schemat { $version }, aby edytory sprawdzały plik według właściwych reguł.
store-schema-whole = { $kind ->
    [localization] Plik lokalizacji
    [declarative-agent] Plik agenta Copilot
    [plugin] Plik akcji agenta
    [agentic-user] Szablon użytkownika agentowego
    [response-template] Szablon odpowiedzi
   *[manifest] Manifest
}
store-schema-at-top = na najwyższym poziomie { $kind ->
    [localization] pliku lokalizacji
    [declarative-agent] pliku agenta Copilot
    [plugin] pliku akcji agenta
    [agentic-user] szablonu użytkownika agentowego
    [response-template] szablonu odpowiedzi
   *[manifest] manifestu
}
store-schema-in-field = w polu { $field }
store-schema-manifest-format = format manifestu { $format }
store-schema-renamed-field = { $field } zawiera `{ $unknown }` tam, gdzie { $format } oczekuje wymaganego pola `{ $missing }`. Zmień nazwę `{ $unknown }` na `{ $missing }`.
store-schema-missing-one-of = { $field }: brakuje wymaganego pola `{ $first }` (albo zamiast niego { $others }). Dodaj je.
store-schema-max-length = { $field }: maksymalna liczba znaków to { $limit }; obecnie jest ich { $count }.
store-schema-min-length = { $field } musi mieć co najmniej { $limit ->
    [one] 1 znak
    [few] { $limit } znaki
    [many] { $limit } znaków
   *[other] { $limit } znaków
}; obecnie ma { $count }.
store-schema-max-items = { $field } może mieć najwyżej { $limit ->
    [one] 1 wpis
    [few] { $limit } wpisy
    [many] { $limit } wpisów
   *[other] { $limit } wpisów
}; obecnie ma { $count }.
store-schema-min-items = { $field } musi mieć co najmniej { $limit ->
    [one] 1 wpis
    [few] { $limit } wpisy
    [many] { $limit } wpisów
   *[other] { $limit } wpisów
}; obecnie ma { $count }.
store-schema-uri = { $field } musi być pełnym adresem internetowym ze schematem, np. https://www.contoso.com/help; obecna wartość to { $value }.
store-schema-constant = { $field } musi mieć wartość { $expected }; obecna wartość to { $value }.
store-schema-required = { $field }: brakuje wymaganego pola `{ $name }`. Dodaj je.
store-schema-type = { $field } musi być { $expected }; obecna wartość to { $value }.
store-schema-type-name = { $kind ->
    [string] tekstem (w podwójnym cudzysłowie)
    [object] obiektem (`{"{"} … {"}"}`)
    [array] listą (`[ … ]`)
    [boolean] wartością true lub false
    [integer] liczbą całkowitą
    [number] liczbą
    [null] wartością null
   *[other] { $kind }
}
store-schema-type-or = { $first } lub { $second }
store-schema-unique-items = { $field } zawiera ten sam wpis więcej niż raz; zostaw każdy wpis tylko raz.
store-schema-no-form = { $field } nie pasuje do żadnej z postaci, które { $format } dopuszcza w tym miejscu. Porównaj je z dokumentacją tego pola.
store-schema-several-forms = { $field } pasuje do więcej niż jednej z postaci, które { $format } dopuszcza w tym miejscu; musi pasować dokładnie do jednej.
store-schema-maximum = { $field } może wynosić najwyżej { $limit }; obecna wartość to { $value }.
store-schema-minimum = { $field } musi wynosić co najmniej { $limit }; obecna wartość to { $value }.
store-schema-max-properties = { $field }: maksymalna liczba pól to { $limit }.
store-schema-min-properties = { $field }: minimalna liczba pól to { $limit }.
store-schema-other = { $field } nie spełnia wymagań, które stawia { $format }: { $problem }.
store-schema-pattern-guid = identyfikatorem w formacie GUID, np. „0b5c3d6e-1234-4abc-9def-00112233aabb”
store-schema-pattern-https = bezpiecznym adresem internetowym zaczynającym się od https://, np. „{ $example }”
store-schema-pattern-color = kolorem zapisanym jako # i sześć cyfr szesnastkowych, np. „#4F6BED”
store-schema-pattern-version = wersją złożoną z liczb i kropek, np. „1.0.0”
store-schema-pattern-other = { $field } nie ma zapisu, jakiego oczekuje format manifestu (musi pasować do wzorca { $pattern }); obecna wartość to „{ $value }”.
store-schema-pattern = { $field } musi być { $expected }; obecna wartość to „{ $value }”.
store-schema-enum = { $field } musi mieć jedną z wartości: { $allowed }; obecna wartość to { $value }.
store-schema-enum-hint = { $field } musi mieć jedną z wartości: { $allowed }; obecna wartość to { $value }. Czy chodziło o `{ $option }`?
store-schema-needs-later-format = `{ $property }` wymaga formatu manifestu { $later } lub nowszego; używasz formatu { $format }. Przejdź na format { $later } (zaktualizuj manifestVersion i { $schema_field }) albo usuń `{ $property }`.
store-schema-unknown-field = `{ $property }` { $place } nie jest polem, które zna { $format }. Sprawdź pisownię i wielkość liter albo usuń to pole.
store-schema-sentences = { $first } { $second }
store-schema-no-sentence = {""}
store-localization-too-large = Plik lokalizacji „{ $file }” jest większy niż 4 MiB, a plik lokalizacji zawiera tylko kilka przetłumaczonych tekstów.
store-localization-not-json = Plik lokalizacji „{ $file }” nie jest prawidłowym plikiem JSON: { $problem }. Otwórz go w edytorze tekstu i popraw w wierszu { $line }, w kolumnie { $column }.
store-localization-not-object = Plik lokalizacji „{ $file }” musi być obiektem JSON (zaczynającym się od `{"{"}`), a jest to { $value }.
store-localization-in-file = W pliku „{ $file }”: { $problem }
store-schema-url-add-later = Gdy manifest zostanie przeniesiony na opublikowany format (zobacz „Manifest używa formatu akceptowanego przez sklep”), dodaj link do schematu tego formatu.
store-schema-url-add = Dodaj "{ $schema_field }": "{ $example }".
store-schema-url-missing = Brakuje linku do schematu (`{ $schema_field }`) albo nie jest on tekstem. { $add }
store-schema-url-unusual = Link do schematu „{ $link }” jest nietypowy: nie wskazuje formatu manifestu Teams. Zwykle link wygląda tak: „{ $example }”.
store-schema-url-preview = Link do schematu (`{ $schema_field }`) wskazuje format { $named }, ale manifestVersion to „{ $format }”. Nie kieruj linku na format wersji zapoznawczej: sklep odrzuca już sam ten format. Przenieś manifest na opublikowany format (zobacz „Manifest używa formatu akceptowanego przez sklep”), a link niech wskazuje ten sam format.
store-schema-url-other-format = Link do schematu (`{ $schema_field }`) wskazuje format { $named }, a manifestVersion: { $format }. Ustaw w obu miejscach ten sam format: „{ $example }”.
store-schema-url-no-format = brak
store-placeholders-file-directive = „{ $text }” to dyrektywa pliku Agents Toolkit, którą zestaw narzędzi zastępuje treścią pliku podczas budowania pakietu; prześlij pakiet zbudowany przez zestaw narzędzi, a nie pliki źródłowe.
store-placeholders-built-address = Adres „{ $text }” nie został uzupełniony: ten pakiet jest już zbudowany (jego manifest ma prawdziwy identyfikator aplikacji), a ten adres nadal jest symbolem zastępczym, więc Copilot nie może się z nim połączyć. Deweloper musi wpisać tu prawdziwy adres https:// i ponownie zbudować pakiet.
store-placeholders-built-value = Wartość „{ $text }” nie została uzupełniona: ten pakiet jest już zbudowany (jego manifest ma prawdziwy identyfikator aplikacji), a ta wartość nadal jest symbolem zastępczym. Deweloper musi wpisać tu prawdziwą wartość i ponownie zbudować pakiet.
store-placeholders-placeholder = „{ $text }” to symbol zastępczy, który uzupełniają narzędzia do kompilacji; sklep potrzebuje prawdziwej wartości.
store-agent-schema-undocumented = Plik agenta Copilot „{ $file }” używa formatu { $version }, który nie jest jeszcze udokumentowanym formatem agenta deklaratywnego (strony Microsoftu opisują formaty do v1.8); sklep może go odrzucić. Plik sprawdzono według schematu v1.9 przygotowanego przez Microsoft. Jeśli agent nie potrzebuje niczego z v1.9 (folderów umiejętności), deweloper może użyć v1.8.
store-agent-schema-format = { $kind ->
    [plugin] format wtyczki interfejsu API { $version }
    [agentic-user] format szablonu użytkownika agentowego
    [response-template] format szablonu odpowiedzi
   *[declarative-agent] format agenta deklaratywnego { $version }
}
store-agent-schema-newer = { $what } „{ $file }” używa formatu { $version }, nowszego niż formaty znane tej aplikacji (do { $newest }), więc nie został sprawdzony według schematu. Sprawdzi go nowsza wersja tej aplikacji.
store-agent-schema-no-version = obecnie nie ma tej wartości
store-agent-schema-yours-quoted = obecna wartość to „{ $value }”
store-agent-schema-yours = obecna wartość to { $value }
store-agent-schema-version-missing = { $what } „{ $file }” musi określać w polu `{ $field }`, którego formatu używa (np. „{ $newest }”); { $yours }. Deweloper musi to ustawić.
store-agent-text-hygiene-address = adres internetowy ({ $address })
store-agent-text-hygiene-emoji = emoji ({ $emoji })
store-agent-text-hygiene-hidden = ukryty znak ({ $code })
store-agent-text-hygiene-instructs = słowa wydające polecenia Copilot („{ $phrase }”)
store-agent-text-hygiene-in-file = W pliku „{ $file }” tekst w miejscu „{ $place }”
store-agent-text-hygiene-refused = { $place } zawiera { $what }. Sklep agentów odrzuca adresy internetowe, emoji i ukryte znaki w opisach i instrukcjach, które czyta Copilot. Usuń to.
store-agent-text-hygiene-steers = { $place } zawiera { $what }. Sklep agentów odrzuca opisy, które próbują sterować modelem; jeśli te słowa tylko opisują działanie aplikacji, zostaw je.
store-agent-text-hygiene-joiner = { $place } zawiera { $what } – znak łączący lub znak kierunku tekstu. Tekst w takich pismach jak perskie czy dewanagari ich potrzebuje, więc może to być poprawne; Sklep agentów odrzuca ukryte znaki, które nie służą takiemu celowi.
store-agent-urls-not-full = „{ $address }” nie jest pełnym adresem internetowym; Copilot wywołuje usługi agenta z chmury i nie ma go czym uzupełnić. Deweloper musi wpisać cały adres, np. „https://api.contoso.com{ $path }”.
store-agent-urls-not-secure = „{ $address }” nie jest bezpiecznym adresem (https); Copilot wywołuje tylko adresy https. Deweloper musi użyć adresu https tej usługi.
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = adres IP { $ip }
store-agent-urls-own-computer = „{ $address }” wskazuje na { $host }, do którego dostęp ma tylko komputer lub sieć dewelopera, a Copilot wywołuje go z chmury dla każdego użytkownika. Deweloper musi użyć adresu, pod którym usługa jest naprawdę hostowana.
store-agent-urls-tunnel = „{ $address }” to tunel do testowania na komputerze dewelopera; przestaje działać po zamknięciu tunelu. Deweloper musi użyć adresu, pod którym usługa jest naprawdę hostowana.
store-api-message-extension-api-member = Rozszerzenie do obsługi wiadomości { $number } jest oparte na interfejsie API, a takie rozszerzenie nie może mieć { $member ->
    [botId] identyfikatora bota (`botId`)
   *[other] pola `{ $member }`
}; usługa przekazywania je odrzuca. Usuń to pole.
store-api-message-extension-no-api-file = Rozszerzenie do obsługi wiadomości { $number } jest oparte na interfejsie API, ale nie wskazuje swojego opisu interfejsu API (`apiSpecificationFile`); usługa przekazywania je odrzuca. Deweloper dodaje plik OpenAPI do pakietu i wskazuje go w tym polu.
store-api-message-extension-no-template = Polecenie { $name } rozszerzenia do obsługi wiadomości { $number } opartego na interfejsie API nie wskazuje szablonu, który wyświetla jego wyniki (`apiResponseRenderingTemplateFile`); usługa przekazywania je odrzuca. Deweloper dodaje szablon do pakietu i wskazuje go w tym polu.
store-api-message-extension-no-parameters = Polecenie { $name } rozszerzenia do obsługi wiadomości { $number } opartego na interfejsie API nie ma parametrów; usługa przekazywania odrzuca polecenie oparte na interfejsie API, które nie ma choćby jednego parametru. Deweloper dodaje parametry, które przyjmuje operacja interfejsu API.
store-api-message-extension-extra-auth = Rozszerzenie do obsługi wiadomości { $number } loguje się metodą `{ $kind }`, ale ma też `{ $member }`, które należy do innej metody logowania; usługa przekazywania je odrzuca. Usuń `{ $member }` albo zmień `authType`.
store-api-message-extension-no-registration = Rozszerzenie do obsługi wiadomości { $number } loguje się kluczem interfejsu API (`apiSecretServiceAuth`), ale nie wskazuje jego rejestracji (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`); usługa przekazywania je odrzuca. Deweloper rejestruje klucz w Portalu deweloperów i wpisuje tam identyfikator rejestracji.
store-api-message-extension-no-entra = Rozszerzenie do obsługi wiadomości { $number } loguje się przez Microsoft Entra (`microsoftEntra`), ale nie ma `microsoftEntraConfiguration`; usługa przekazywania je odrzuca. Deweloper dodaje tę sekcję z ustawieniem "supportsSingleSignOn": true.
store-api-message-extension-no-sso = Rozszerzenie do obsługi wiadomości { $number } loguje się przez Microsoft Entra, co wymaga logowania jednokrotnego: `supportsSingleSignOn` musi mieć wartość true, w przeciwnym razie usługa przekazywania odrzuca rozszerzenie.
store-api-message-extension-bot-api-file = Rozszerzenie do obsługi wiadomości { $number } jest oparte na bocie, ale wskazuje opis interfejsu API (`apiSpecificationFile`); usługa przekazywania to odrzuca. Usuń go albo zmień rozszerzenie na oparte na interfejsie API ("composeExtensionType": "apiBased", bez bota).
store-api-message-extension-bot-template = Polecenie { $command } rozszerzenia do obsługi wiadomości { $number } opartego na bocie wskazuje szablon wyników (`apiResponseRenderingTemplateFile`), który mają tylko rozszerzenia oparte na interfejsie API; usługa przekazywania je odrzuca. Usuń go.
store-api-message-extension-method = Operacja „{ $operation }” rozszerzenia do obsługi wiadomości { $number } używa metody HTTP { $method }; rozszerzenia oparte na interfejsie API mogą wywoływać tylko operacje GET i POST, a usługa przekazywania odrzuca inne.
store-api-message-extension-array-parameter = Parametr{ $named ->
    [yes] {" "}„{ $label }”
   *[no] {""}
} operacji „{ $operation }” (rozszerzenie do obsługi wiadomości { $number }) jest listą (`array`); rozszerzenia oparte na interfejsie API nie mogą wysyłać list, a usługa przekazywania to odrzuca.
store-api-message-extension-required-parameter = Wymagany parametr{ $named ->
    [yes] {" "}„{ $label }”
   *[no] {""}
} operacji „{ $operation }” (rozszerzenie do obsługi wiadomości { $number }) jest wysyłany { $location }; rozszerzenia oparte na interfejsie API mogą wypełniać wymagane parametry tylko w ścieżce lub w zapytaniu, a usługa przekazywania odrzuca inne.
store-api-message-extension-no-location = bez określenia miejsca (`in`)
store-api-message-extension-location = w części { $location }
store-api-message-extension-no-servers = Opis interfejsu API „{ $file }” rozszerzenia do obsługi wiadomości { $number } nie wskazuje serwera (`servers`) dla swoich operacji, więc Teams nie wie, dokąd je wysyłać; usługa przekazywania go odrzuca. Deweloper dodaje adres interfejsu API w sekcji `servers`.
store-app-name-words-title = Nazwa aplikacji nie zawiera słów odrzucanych podczas weryfikacji w sklepie
store-agent-store-copilot-agent = agent Copilot
store-agent-store-agent-action = akcja agenta
store-app-name-core-feature-starts = Krótka nazwa „{ $name }” zaczyna się od „{ $feature }”, czyli nazwy funkcji Teams; sklep odrzuca nazwy zaczynające się od funkcji Teams, bo użytkownicy braliby aplikację za część Teams. Umieść na początku własną nazwę, np. „{ $example }”.
store-app-name-words-product = { $what } zawiera „{ $word }”. Sklep odrzuca nazwy odwołujące się do produktów Microsoftu (Microsoft Teams, Microsoft 365 Copilot), chyba że aplikacja ma oficjalne partnerstwo z Microsoftem. Jeśli „{ $word }” oznacza tu coś innego (np. zespoły ludzi), możesz to zostawić; jeśli to nazwa produktu Microsoftu, zmień nazwę aplikacji.
store-app-name-words-microsoft = { $what } zawiera „{ $word }”. Sklep odrzuca nazwy odwołujące się do Microsoftu, chyba że aplikacja ma oficjalne partnerstwo z Microsoftem; jeśli go nie ma, zmień nazwę aplikacji.
store-app-name-words-unfinished = { $what } zawiera „{ $word }”. Sklep odrzuca nazwy, które mówią, że aplikacja jest wersją testową lub zapoznawczą; jeśli to wersja dla wszystkich, usuń to słowo.
store-app-name-words-agent-name = Nazwa w pliku „{ $file }” ({ $what })
store-bot-id-guid-not-guid = Identyfikator { $list ->
    [bots] bota
   *[composeExtensions] rozszerzenia do obsługi wiadomości
} { $number } to „{ $id }”, co nie jest identyfikatorem w formacie GUID; usługa przekazywania go odrzuca. Wpisz tam identyfikator rejestracji bota (wygląda jak „0b5c3d6e-1234-4abc-9def-00112233aabb”; deweloper znajdzie go w witrynie Azure Portal lub w portalu Bot Framework).
store-bot-id-kept-changed = Bot { $number } ma nowy identyfikator („{ $new }”), a bot opublikowanej wersji to „{ $old }”. Zachowaj identyfikator opublikowanego bota: nowy identyfikator oznacza utratę rozmów, które użytkownicy prowadzili z botem, a sklep go odrzuca. Deweloper przywraca opublikowany identyfikator (i zachowuje tę rejestrację bota).
store-cea-bot-id-not-a-bot = Agent aparatu niestandardowego wskazuje bota „{ $id }”, który nie jest jednym z botów aplikacji{ $bots ->
    [0] {" "}(aplikacja nie ma żadnego bota)
   *[other] {""}
}. Sklep agentów wymaga, aby agent aparatu niestandardowego był własnym botem aplikacji. Deweloper musi użyć tu identyfikatora bota.
store-channel-features-missing = Twoja aplikacja działa w zespołach, ale nie deklaruje obsługi kanałów udostępnionych i prywatnych. Dodaj "supportsChannelFeatures": "tier1", gdy będzie je obsługiwać, bo w przeciwnym razie Teams może ją tam ukrywać.
store-bot-command-slash-starts = Polecenie bota „{ $command }” zaczyna się od ukośnika. Teams sam dodaje ukośnik, gdy użytkownik wpisuje polecenie; usuń go z tytułu („{ $without }”).
store-bot-command-duplicate-repeated = Polecenie bota „{ $command }” występuje więcej niż raz na tej samej liście poleceń; sklep odrzuca zduplikowane polecenia. Zostaw jedno albo nadaj drugiemu własny tytuł.
store-me-command-duplicate-repeated = Polecenie akcji „{ $command }” występuje więcej niż raz w rozszerzeniu do obsługi wiadomości { $number }; sklep odrzuca zduplikowane polecenia akcji. Zostaw jedno albo nadaj drugiemu własny tytuł.
store-consequential-actions-changes-data = Operacja { $operation } w pliku „{ $file }” zmienia lub usuwa dane, ale jest oznaczona jako pozbawiona skutków (x-openai-isConsequential: false), więc Copilot uruchamiałby ją bez pytania użytkownika. Sklep agentów to odrzuca. Deweloper musi usunąć to oznaczenie lub ustawić je na true.
store-consequential-actions-post = Operacja { $operation } w pliku „{ $file }” jest oznaczona jako pozbawiona skutków (x-openai-isConsequential: false), więc Copilot uruchamia ją bez pytania użytkownika. To właściwe dla wyszukiwania; jeśli jednak operacja coś tworzy lub wysyła, Sklep agentów to odrzuca i deweloper musi usunąć to oznaczenie.
store-da-actions-none = Agent Copilot w pliku „{ $file }” nie ma akcji (wtyczek interfejsu API). Sklep agentów oczekuje, że główne zadanie agenta będą realizować akcje; agent, który odpowiada tylko na podstawie źródeł wiedzy, może jednak przejść weryfikację. Jeśli tak działa Twój agent, napisz o tym w uwagach do certyfikacji.
store-da-graph-connectors-blank-listed = Agent Copilot w pliku „{ $file }” wskazuje konkretne łączniki Copilot (łączniki Graph). Agent w Sklepie agentów musi pozostawić tę listę pustą, aby korzystał ze wszystkich łączników każdej organizacji, która go instaluje. Deweloper musi usunąć te połączenia.
store-da-starters-count-outside = Agent Copilot w pliku „{ $file }” { $count ->
    [0] nie ma żadnych starterów konwersacji
    [one] ma jeden starter konwersacji
    [few] ma { $count } startery konwersacji
    [many] ma { $count } starterów konwersacji
   *[other] ma { $count } starterów konwersacji
} (to sugerowane monity, które użytkownicy widzą po otwarciu agenta). Sklep agentów wymaga od 3 do 6. Deweloper musi w pliku agenta { $fix ->
    [fewer] zostawić najwyżej 6
   *[more] dodać startery, aby było ich co najmniej 3
}.
store-dashboard-cards-two-icons = Karta pulpitu nawigacyjnego { $number } podaje zarówno obraz (`iconUrl`), jak i nazwaną ikonę (`officeUIFabricIconName`); usługa przekazywania to odrzuca. Zostaw jedno z nich.
store-dashboard-cards-same-id = Karta pulpitu nawigacyjnego { $number } ma ten sam identyfikator co wcześniejsza karta („{ $id }”); usługa przekazywania to odrzuca. Nadaj każdej karcie własny identyfikator.
store-descriptions-short-is-name = Krótki opis to tylko nazwa aplikacji („{ $short }”), więc pełny opis go zawiera. Weryfikacja w sklepie wymaga krótkiego opisu, który w jednym zdaniu mówi, co robi aplikacja, i pełnego opisu, który mówi więcej.
store-descriptions-full-contains-short = Pełny opis zawiera cały krótki opis („{ $short }”). Weryfikacja w sklepie wymaga pełnego opisu, który własnymi słowami mówi więcej niż krótki.
store-descriptions-too-long = Pełny opis ma { $count ->
    [one] 1 słowo
    [few] { $count } słowa
    [many] { $count } słów
   *[other] { $count } słów
}; weryfikacja w sklepie dopuszcza najwyżej 500.
store-https-urls-own-computer = { $field } wskazuje na { $advice }. Musi też zaczynać się od https://.
store-https-urls-not-secure = { $field } musi być bezpiecznym adresem internetowym zaczynającym się od https://, np. „{ $example }”; obecna wartość to „{ $value }”.
store-icon-color-not-png = { $icon ->
    [color32x32] Mała ikona kolorowa
    [outline] Ikona konturu
   *[color] Ikona kolorowa
} „{ $file }” nie jest obrazem PNG. Zapisz ją jako PNG o wymiarach { $want } × { $want } px.
store-icon-color-size = { $icon ->
    [color32x32] Mała ikona kolorowa
    [outline] Ikona konturu
   *[color] Ikona kolorowa
} „{ $file }” ma wymiary { $width } × { $height } px, a musi mieć dokładnie { $want } × { $want } px. Zmień jej rozmiar i zapisz ją ponownie.
store-icon-outline-damaged = Ikona konturu „{ $file }” jest uszkodzonym obrazem PNG. Zapisz ją ponownie jako PNG.
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = { $color } o kryciu { $opacity }%
store-icon-outline-not-white = Ikona konturu „{ $file }” musi być biała na przezroczystym tle, ale piksel w punkcie x { $x }, y { $y } (licząc od lewego górnego rogu, od 0) ma kolor { $color }. Ustaw każdy piksel jako biały albo w pełni przezroczysty.
store-manifest-version-missing = Manifest nie określa formatu manifestu (`manifestVersion`). Dodaj format, którego używa manifest, np. "manifestVersion": "1.17" (zapisują go narzędzia dewelopera), aby sklep wiedział, jakich reguł przestrzega manifest.
store-manifest-version-unknown = „{ $format }” nie jest formatem manifestu opublikowanym przez Microsoft (opublikowane są formaty od 1.0 do 1.17, od 1.19 do { $newest } oraz devPreview). Ustaw w `manifestVersion` format, którego używa manifest; do tego czasu jego pól nie da się sprawdzić według oficjalnego schematu.
store-manifest-version-preview = Manifest używa formatu wersji zapoznawczej dla deweloperów (devPreview). Formaty zapoznawcze służą do testów we własnej organizacji; sklep ich nie akceptuje. { $advice }
store-manifest-version-too-old = Manifest używa formatu { $format }, a sklep wymaga formatu manifestu 1.10 lub nowszego. { $advice }
store-manifest-version-not-text = Format manifestu (`manifestVersion`) musi być tekstem w podwójnym cudzysłowie, np. "1.17"; obecna wartość to { $value }.
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = {" "}({ $list })
store-manifest-version-reason-list = { $list }; { $next }
store-manifest-version-needs = { $what } wymaga formatu { $format }
store-manifest-version-not-below = manifest nie jest zgodny ze schematem formatu { $format }
store-manifest-version-member-at = `{ $member }` ({ $place })
store-manifest-version-lacking = brak `{ $property }` ({ $place })
store-manifest-version-move-to = Przejdź na format manifestu { $format }, najwcześniejszy opublikowany format, który obejmuje wszystko, czego używa manifest{ $reasons }: ustaw `manifestVersion` na "{ $format }", a `{ $schema_field }` na "{ $link }".
store-manifest-version-move-at-least = Przejdź na opublikowany format manifestu: co najmniej { $format }, najwcześniejszy, którego schemat zna każde pole najwyższego poziomu używane w manifeście{ $reasons }. W obecnej postaci manifest nie pasuje jeszcze do żadnego opublikowanego formatu, więc deweloper musi też poprawić to, co zgłasza schemat tego formatu.
store-manifest-version-unpublished = Twój manifest używa { $count ->
    [one] pola, którego
    [few] pól, których
    [many] pól, których
   *[other] pól, których
} nie ma jeszcze żaden opublikowany format ({ $fields }); funkcji w wersji zapoznawczej nie można opublikować. Deweloper je usuwa, a potem przenosi manifest na opublikowany format.
store-localization-tags-twice = Język „{ $language }” występuje dwa razy wśród tłumaczeń, więc nie wiadomo, który z dwóch plików pokaże Teams. Zostaw jeden wpis dla każdego języka.
store-long-description-copilot-missing = Pełny opis nie wspomina o Copilot. W przypadku aplikacji z agentem Copilot Sklep agentów wymaga, aby pełny opis mówił, że aplikacja działa w Microsoft 365 Copilot (np. „Contoso w Microsoft 365 Copilot”). Dodaj takie zdanie.
store-long-description-copilot-wording = Pełny opis wspomina o Copilot, ale nie zawiera sformułowania „Microsoft 365 Copilot”, którego używa przykład Sklepu agentów („Contoso w Microsoft 365 Copilot”). Inne sformułowania mogą przejść weryfikację; rozważ użycie tego.
store-me-sample-prompts-too-few = Polecenie rozszerzenia do obsługi wiadomości{ $named ->
    [yes] {" "}„{ $name }”
   *[no] {""}
} ma { $count ->
    [one] 1 przykładowy monit
    [few] { $count } przykładowe monity
    [many] { $count } przykładowych monitów
   *[other] { $count } przykładowych monitów
} (przykłady pokazywane przez Copilot). Sklep agentów wymaga co najmniej 3. Deweloper musi dodać monity, które pokazują, co robi to polecenie.
store-me-sample-prompts-shared = Przykładowy monit „{ $prompt }” polecenia rozszerzenia do obsługi wiadomości{ $named ->
    [yes] {" "}„{ $name }”
   *[no] {""}
} jest też przykładowym monitem innego polecenia. Sklep agentów wymaga, aby każde polecenie miało własne monity. Deweloper musi napisać monit dla tego polecenia.
store-package-extra-files-unused = Pakiet zawiera { $count ->
    [one] 1 plik, którego
    [few] { $count } pliki, których
    [many] { $count } plików, których
   *[other] { $count } plików, których
} manifest nie używa: { $files }. Sklep wymaga tylko manifestu i wskazanych w nim plików; usuń pozostałe.
store-package-files-holder = { $what } „{ $file }”
store-package-files-reference = { $holder } { $problem }
store-package-files-outside = wskazuje „{ $path }”, a to nie jest plik pakietu (ścieżkę w pakiecie zapisuje się względem pliku, który ją wskazuje, z ukośnikami /, i nie może ona wychodzić poza pakiet). Deweloper musi ją poprawić.
store-package-files-no-skill-folder = wskazuje folder umiejętności „{ $path }”, którego nie ma w pakiecie. Dodaj folder albo popraw nazwę.
store-package-files-no-skill-file = wskazuje folder umiejętności „{ $path }”, w którym nie ma pliku SKILL.md. Dodaj go (nazwa jest pisana wielkimi literami).
store-package-files-other-case = wskazuje „{ $path }”, ale pakiet zawiera „{ $entry }”: nazwy muszą się dokładnie zgadzać, łącznie z wielkością liter.
store-package-files-missing = wskazuje „{ $path }”, a takiego pliku nie ma w pakiecie. Dodaj plik albo popraw nazwę.
store-package-files-leading-slash = „{ $path }” zaczyna się od /; podaj plik względem pakietu, np. „color.png”.
store-package-files-backslash = „{ $path }” zawiera ukośnik odwrotny (\); ścieżki w pakiecie używają ukośników /, np. „resources/color.png”.
store-package-files-parent = „{ $path }” wskazuje poza pakiet (..); umieść plik w pakiecie i wskaż go stamtąd.
store-package-files-manifest-other-case = manifest wskazuje „{ $path }”, ale pakiet zawiera „{ $entry }”: nazwy muszą się dokładnie zgadzać, łącznie z wielkością liter.
store-package-files-manifest-missing = manifest wskazuje „{ $path }”, a takiego pliku nie ma w pakiecie. Dodaj plik albo popraw nazwę.
store-package-files-in-field = { $field }: { $problem }
store-package-name-deprecated-unused = Pole `packageName` nie jest używane od formatu manifestu 1.17 (Twój manifest używa formatu { $format }); możesz je usunąć.
store-package-size-too-large = Pakiet aplikacji ma { $size } MB, a usługi przekazywania Microsoftu odrzucają pakiety większe niż 10 MB. Zostaw w nim tylko manifest, ikony i wskazane w manifeście pliki.
store-required-texts-empty = { $field }: pole jest puste. Sklep pokazuje je każdemu, kto znajdzie Twoją aplikację: uzupełnij je.
store-static-tab-names-reserved = Karta osobista { $number } to zastrzeżona karta „{ $entity }”, której nazwę nadaje sam Teams: usuń jej `name`.
store-static-tab-names-unnamed = Karta osobista { $number } („{ $entity }”) nie ma nazwy. Nadaj jej nazwę widoczną dla użytkowników na karcie, np. „Zadania”.
store-valid-domains-domain = Prawidłowa domena „{ $domain }” { $problem }
store-valid-domains-web-address = to adres internetowy, a nie domena: wpisz tylko domenę, np. „tasks.contoso.com” (bez https://, bez ścieżki).
store-valid-domains-own-computer = to { $advice }.
store-valid-domains-too-wide = jest zbyt szeroka: obejmowałaby każdą witrynę w tej domenie. Podaj własną domenę, np. „*.contoso.com”.
store-valid-domains-already-allowed = to domena Microsoftu, którą Teams już dopuszcza; usuń ją z listy.
store-valid-domains-tunnel = to tunel do testowania na własnym komputerze; sklep go odrzuca. Zastąp go domeną, w której aplikacja jest naprawdę hostowana.
store-valid-domains-sign-in = obejmuje usługę logowania Microsoftu, czyli domenę Microsoftu wspólną dla wszystkich aplikacji; sklep odrzuca dla niej symbol wieloznaczny. Jeśli aplikacja potrzebuje jej do logowania, deweloper podaje zamiast tego dokładny adres, np. „{ $example }”, albo ją usuwa.
store-valid-domains-sharepoint-framework = obejmuje SharePoint każdej organizacji; sklep odrzuca dla niej symbol wieloznaczny. Strony Twojej aplikacji znajdują się w witrynie SharePoint każdego klienta (adresy jej kart zaczynają się od {"{"}teamSiteDomain{"}"}), tak jak w aplikacjach tworzonych w SharePoint Framework, więc podanie jednej witryny nie zadziała: poproś dewelopera, aby postąpił zgodnie z przewodnikiem Microsoftu dotyczącym publikowania rozwiązań SharePoint Framework, który wyjaśnia, jak taka aplikacja trafia do każdego klienta: { $guide }
store-valid-domains-sharepoint = obejmuje SharePoint każdej organizacji; sklep odrzuca dla niej symbol wieloznaczny. Podaj dokładnie własną witrynę SharePoint, np. „contoso.sharepoint.com”.
store-valid-domains-shared-hosting = obejmuje domenę Microsoftu lub domenę hostingu współdzielonego, w której są też witryny innych osób. Podaj dokładnie własną witrynę, np. „contoso-tasks.azurewebsites.net”.
store-valid-domains-bad-wildcard = ma symbol wieloznaczny w złym miejscu: `*` musi być całą częścią po lewej stronie, np. „*.contoso.com”.
store-valid-domains-coverage-own-computer = { $field } wskazuje na { $advice }. Po zastąpieniu adresu upewnij się, że domena nowego adresu jest na liście prawidłowych domen.
store-valid-domains-coverage-not-listed = { $field } znajduje się w domenie { $host }, której nie ma na liście prawidłowych domen. Teams może odmówić załadowania strony: dodaj „{ $host }” do validDomains.
store-version-major-zero = Wersja { $version } zaczyna się od 0, a sklep nie akceptuje wersji 0.x.y. Zacznij od 1.0.0 (kolejna wersja opublikowanej aplikacji i tak musi być wyższa niż opublikowana).

store-summary-template = To jest szablon: { $count ->
    [one] 1 wartość nadal zawiera
    [few] { $count } wartości nadal zawierają
    [many] { $count } wartości nadal zawiera
   *[other] { $count } wartości nadal zawiera
} symbole zastępcze, np. `{ $example }`. Sprawdź zamiast niego pakiet, który powstaje przy kompilacji (np. appPackage/build/appPackage.dev.zip).{ $caused ->
    [0] {""}
    [one] {" "}1 inny problem w miejscach tych symboli wynika z nich i zniknie po wpisaniu prawdziwych wartości.
    [few] {" "}{ $caused } inne problemy w miejscach tych symboli wynikają z nich i znikną po wpisaniu prawdziwych wartości.
    [many] {" "}{ $caused } innych problemów w miejscach tych symboli wynika z nich i zniknie po wpisaniu prawdziwych wartości.
   *[other] {" "}{ $caused } innych problemów w miejscach tych symboli wynika z nich i zniknie po wpisaniu prawdziwych wartości.
}
store-summary-none-found-in-format = Nie znaleziono problemów, przez które sklep odrzuciłby aplikację (sprawdzono według oficjalnego formatu { $format } i reguł sklepu).
store-summary-none-found = Nie znaleziono problemów, przez które sklep odrzuciłby aplikację (sprawdzono według reguł sklepu).
store-summary-refused = Sklep odrzuciłby { $package ->
    [package] ten pakiet
   *[manifest] ten manifest
}: { $count ->
    [one] 1 problem
    [few] { $count } problemy
    [many] { $count } problemów
   *[other] { $count } problemów
}.
store-summary-manifest-alone = Nie sprawdzono ikon ani innych plików pakietu, ponieważ podano sam plik manifest.json. Otwórz pakiet aplikacji .zip, aby sprawdzić także je.
store-where-line-column = { $file }, wiersz { $line }, kolumna { $column }
store-where-file = { $file }
store-where-with-place = { $file } ({ $place })
store-own-computer-advice = „{ $host }”, { $tail }
store-own-computer-tail = czyli własny komputer dewelopera (albo adres w jego sieci prywatnej), do którego nikt inny nie ma dostępu: zastąp go adresem, pod którym aplikacja jest hostowana

## Consent rules (src/rules/)
rule-addin-events-changed-title = Dodatek pakietu Office uruchamia się przy nowym zdarzeniu
rule-addin-events-changed-explanation = Dodatek pakietu Office, który sam uruchamia się przy zdarzeniu, na które wcześniej nie reagował, musi zostać ponownie zatwierdzony przez administratora, który go wdrożył; do tego czasu osoby w tej organizacji nie mogą używać zaktualizowanego dodatku. „Zdarzenia obsługiwane przez dodatek” z dokumentacji Microsoftu rozumiemy jako typy zdarzeń, które go uruchamiają; to, która funkcja obsługuje zdarzenie i jak reaguje na nie Outlook, pokazujemy tylko w sekcji „Co się zmieniło”.
rule-addin-office-apps-changed-title = Dodatek pakietu Office działa w innej aplikacji pakietu Office
rule-addin-office-apps-changed-explanation = Dodatek pakietu Office, który zaczyna działać w innej aplikacji pakietu Office (Outlook, Excel, Word, PowerPoint), musi zostać ponownie zatwierdzony przez administratora, który go wdrożył; do tego czasu osoby w tej organizacji nie mogą używać zaktualizowanego dodatku. Ta zmiana jest wymieniona w przewodniku Microsoftu dotyczącym aktualizacji.
rule-bot-added-or-removed-title = Dodano lub usunięto bota
rule-bot-added-or-removed-explanation = Bot to część aplikacji, która rozmawia z ludźmi; dodanie lub usunięcie bota zmienia możliwości aplikacji, więc Teams prosi każdego użytkownika o ponowne zatwierdzenie aplikacji.
rule-bot-calling-or-video-changed-title = Zmieniła się obsługa połączeń lub wideo przez bota
rule-bot-calling-or-video-changed-explanation = To, czy bot może uczestniczyć w połączeniach audio lub wideo, jest uprawnieniem, na które użytkownicy wyrażają zgodę; jego zmiana sprawia, że Teams prosi każdego użytkownika o ponowne zatwierdzenie aplikacji.
rule-bot-id-changed-title = Zmienił się identyfikator bota
rule-bot-id-changed-explanation = Identyfikator bota informuje Teams, z którą zarejestrowaną usługą bota komunikuje się aplikacja; nowy identyfikator oznacza innego bota, więc Teams prosi każdego użytkownika o ponowne zatwierdzenie aplikacji.
rule-bot-notification-only-changed-title = Zmieniło się ustawienie bota „tylko powiadomienia”
rule-bot-notification-only-changed-explanation = Bot tylko do powiadomień może wysyłać wiadomości, ale nie może ich odbierać; przełączenie tego ustawienia zmienia możliwości bota, więc Teams prosi każdego użytkownika o ponowne zatwierdzenie aplikacji.
rule-bot-supports-files-changed-title = Zmieniło się ustawienie udostępniania plików przez bota
rule-bot-supports-files-changed-explanation = To ustawienie pozwala botowi wysyłać i odbierać pliki na czatach; jego zmiana zmienia zakres dostępu bota, więc Teams prosi każdego użytkownika o ponowne zatwierdzenie aplikacji.
rule-channel-tab-added-title = Dodano kartę kanału lub grupy
rule-channel-tab-added-explanation = Karta kanału lub grupy pozwala zespołowi albo czatowi grupowemu przypiąć stronę Twojej aplikacji; jej dodanie sprawia, że Teams prosi każdego użytkownika o ponowne zatwierdzenie aplikacji.
rule-connector-added-title = Dodano łącznik
rule-connector-added-explanation = Łącznik publikuje w kanale Teams aktualizacje z innej usługi; nowy łącznik sprawia, że Teams prosi każdego użytkownika o ponowne zatwierdzenie aplikacji.
rule-message-extension-added-or-removed-title = Dodano lub usunięto rozszerzenie do obsługi wiadomości
rule-message-extension-added-or-removed-explanation = Rozszerzenie do obsługi wiadomości dodaje polecenia wyszukiwania lub akcji do pola, w którym ludzie piszą wiadomości; jego dodanie lub usunięcie sprawia, że Teams prosi każdego użytkownika o ponowne zatwierdzenie aplikacji.
rule-personal-tab-added-title = Dodano kartę osobistą
rule-personal-tab-added-explanation = Karta osobista to strona Twojej aplikacji we własnej przestrzeni każdego użytkownika w Teams; jej dodanie sprawia, że Teams prosi każdego użytkownika o ponowne zatwierdzenie aplikacji.
rule-rsc-permissions-changed-title = Zmieniły się uprawnienia do danych zespołów lub czatów (RSC)
rule-rsc-permissions-changed-explanation = Uprawnienia zgody specyficznej dla zasobu (RSC) pozwalają aplikacji odczytywać lub zmieniać dane zespołów, czatów lub spotkań, do których ją dodano; ich zmiana sprawia, że Teams prosi użytkowników o ponowne zatwierdzenie aplikacji.
rule-web-application-info-changed-title = Zmieniły się ustawienia logowania (webApplicationInfo)
rule-web-application-info-changed-explanation = Pole webApplicationInfo wskazuje aplikację Microsoft Entra, za pomocą której Twoja aplikacja loguje użytkowników, a tym samym określa, do jakich danych ma ona dostęp; zmiana tego pola sprawia, że Teams prosi każdego użytkownika o ponowne zatwierdzenie aplikacji.
rule-source-publishing-docs = Przewodnik Microsoftu dotyczący aktualizowania opublikowanej aplikacji
rule-source-admin-docs = Dokumentacja Microsoftu dla administratorów Teams
rule-source-office-addin-docs = Przewodnik Microsoftu dotyczący aktualizowania dodatku pakietu Office
rule-bot-setting-turned = Ustawienie bota „{ $setting }” zostało { $now ->
    [on] włączone
   *[off] wyłączone
} (wcześniej było { $was ->
    [on] włączone
   *[off] wyłączone
})
rule-bot-setting-turned-developer = Bot `{ $bot }`: { $setting } ({ $field }) – { $now ->
    [on] włączono
   *[off] wyłączono
} (wcześniej { $was ->
    [on] włączone
   *[off] wyłączone
})
rule-bot-setting-audio-calls = połączenia audio
rule-bot-setting-video = wideo
rule-bot-setting-notifications-only = tylko powiadomienia
rule-bot-setting-file-sharing = udostępnianie plików
rule-bot-removed = Usunięto bota
rule-bot-removed-developer = Usunięto bota `{ $bot }`
rule-bot-added = Dodano bota
rule-bot-added-developer = Dodano bota `{ $bot }`
rule-bot-id-changed-evidence = Bot ma teraz inny identyfikator, więc Teams traktuje go jak innego bota
rule-bot-id-changed-developer = Identyfikator bota zmienił się z `{ $old }` na `{ $new }`
rule-channel-tab-added-evidence = Dodano kartę, którą zespoły i czaty grupowe mogą przypiąć
rule-channel-tab-added-developer = Nowa wersja ma { $new ->
    [one] 1 kartę kanału/grupy
    [few] { $new } karty kanału/grupy
    [many] { $new } kart kanału/grupy
   *[other] { $new } kart kanału/grupy
} (configurableTabs), a opublikowana – { $old }
rule-connector-added-evidence = Dodano łącznik
rule-connector-added-developer = Dodano łącznik `{ $connector }`
rule-message-extension-removed = Usunięto rozszerzenie do obsługi wiadomości{ $count ->
    [0] {""}
    [one] {" "}(polecenie { $commands })
    [few] {" "}(polecenia { $commands })
    [many] {" "}(polecenia { $commands })
   *[other] {" "}(polecenia { $commands })
}
rule-message-extension-removed-developer = Usunięto rozszerzenie do obsługi wiadomości `{ $extension }`
rule-message-extension-added = Dodano rozszerzenie do obsługi wiadomości{ $count ->
    [0] {""}
    [one] {" "}(polecenie { $commands })
    [few] {" "}(polecenia { $commands })
    [many] {" "}(polecenia { $commands })
   *[other] {" "}(polecenia { $commands })
}
rule-message-extension-added-developer = Dodano rozszerzenie do obsługi wiadomości `{ $extension }`
rule-personal-tab-added-named = Dodano kartę osobistą { $name }
rule-personal-tab-added-unnamed = Dodano kartę osobistą
rule-personal-tab-added-developer = Dodano kartę osobistą `{ $tab }`
rule-rsc-permission-removed = Aplikacja nie prosi już o uprawnienie { $permission }{ $kind ->
    [Application] {" "}(dla samej aplikacji)
    [Delegated] {" "}(w imieniu zalogowanego użytkownika)
   *[other] {""}
}
rule-rsc-permission-removed-developer = Usunięto uprawnienie `{ $permission }` ({ $kind })
rule-rsc-permission-added = Aplikacja prosi teraz o uprawnienie { $permission }{ $kind ->
    [Application] {" "}(dla samej aplikacji)
    [Delegated] {" "}(w imieniu zalogowanego użytkownika)
   *[other] {""}
}
rule-rsc-permission-added-developer = Dodano uprawnienie `{ $permission }` ({ $kind })
rule-sign-in-added = Dodano ustawienia logowania: aplikacja loguje teraz użytkowników za pomocą aplikacji Microsoft Entra
rule-sign-in-added-developer = Dodano ustawienia logowania (webApplicationInfo)
rule-sign-in-removed = Usunięto ustawienia logowania
rule-sign-in-removed-developer = Usunięto ustawienia logowania (webApplicationInfo)
rule-sign-in-changed = Zmieniły się ustawienia logowania
rule-sign-in-changed-developer = Zmieniono ustawienia logowania (webApplicationInfo)
rule-sign-in-setting-changed = Zmieniły się ustawienia logowania: { $setting }
rule-sign-in-setting-changed-developer = Ustawienia logowania: webApplicationInfo.{ $key } zmieniono z { $old } na { $new }
rule-sign-in-value-none = (brak)
rule-sign-in-setting-id = aplikacja Microsoft Entra, za pomocą której logują się użytkownicy
rule-sign-in-setting-resource = adres zasobu, do którego logują się użytkownicy
rule-sign-in-setting-application-permissions = uprawnienia, które aplikacja ma dla siebie
rule-sign-in-setting-other = ustawienie logowania

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = cały plik
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry } „{ $name }”
place-number = { $number }
change-line = { $kind ->
    [added] Dodano
    [removed] Usunięto
   *[changed] Zmieniono
}: { $subject }
change-line-detail = { $kind ->
    [added] Dodano
    [removed] Usunięto
   *[changed] Zmieniono
}: { $subject } – { $detail }
change-told = { $subject }
change-told-detail = { $subject }: { $detail }
change-nothing = (brak)
change-quoted = „{ $text }”
change-was = było: { $old }
change-was-now = było: { $old }, jest: { $new }
change-same-entries-reordered = te same wpisy w innej kolejności
change-file = plik { $name }
change-file-new-content = nowa zawartość, nadal { $size }
change-bytes = { $count ->
    [one] { $count } bajt
    [few] { $count } bajty
    [many] { $count } bajtów
   *[other] { $count } bajtów
}
change-value-empty = puste
change-value-on = włączone
change-value-off = wyłączone
change-empty-list = pusta lista
change-entries = { $count ->
    [one] { $count } wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisów
}
change-entries-named = { $entries }: { $names }
change-settings = { $count ->
    [one] { $count } ustawienie ({ $keys })
    [few] { $count } ustawienia ({ $keys })
    [many] { $count } ustawień ({ $keys })
   *[other] { $count } ustawień ({ $keys })
}
change-scope-personal = czaty osobiste
change-scope-team = zespoły
change-scope-group-chat = czaty grupowe
change-scope-copilot = Copilot
change-and = { $head } i { $last }
change-permissions = { $count ->
    [one] Uprawnienie { $names }
    [few] Uprawnienia { $names }
    [many] Uprawnienia { $names }
   *[other] Uprawnienia { $names }
}
change-device-permissions = { $count ->
    [one] Uprawnienie urządzenia { $names }
    [few] Uprawnienia urządzenia { $names }
    [many] Uprawnienia urządzenia { $names }
   *[other] Uprawnienia urządzenia { $names }
}
change-valid-domains = Prawidłowe domeny { $names }
change-permission = Uprawnienie { $name }
change-permission-typed = Uprawnienie { $name } ({ $kind })
change-device-permission = Uprawnienie urządzenia { $name }
change-valid-domain = Prawidłowa domena { $name }
change-bot = Bot
change-bot-for = Bot w zakresach: { $scopes }
change-personal-tab = Karta osobista
change-personal-tab-named = Karta osobista „{ $name }”
change-channel-tab = Karta kanału/grupy
change-channel-tab-at = Karta kanału/grupy konfigurowana pod adresem { $url }
change-connector = Łącznik
change-connector-for = Łącznik w zakresach: { $scopes }
change-message-extension = Rozszerzenie do obsługi wiadomości
change-message-extension-commands = { $count ->
    [one] Rozszerzenie do obsługi wiadomości z { $count } poleceniem: { $titles }
    [few] Rozszerzenie do obsługi wiadomości z { $count } poleceniami: { $titles }
    [many] Rozszerzenie do obsługi wiadomości z { $count } poleceniami: { $titles }
   *[other] Rozszerzenie do obsługi wiadomości z { $count } poleceniami: { $titles }
}
change-sign-in = Ustawienia logowania
change-sign-in-app = Ustawienia logowania dla aplikacji Microsoft Entra { $id }
change-sign-in-app-resource = Ustawienia logowania dla aplikacji Microsoft Entra { $id } (zasób { $resource })
change-area-identity = Identyfikator aplikacji i wersja
change-area-listing = Nazwa, opisy i ikony
change-area-capability = Możliwości aplikacji
change-area-agent = Agent Copilot
change-area-other = Inne ustawienia
change-area-package-file = Pliki w pakiecie aplikacji
addin-comma-list = { $first }, { $rest }
addin-event-new-message-compose-created = tworzona jest nowa wiadomość
addin-event-new-appointment-organizer-created = tworzone jest nowe zaproszenie na spotkanie
addin-event-message-attachments-changed = do wiadomości są dodawane lub z niej usuwane załączniki
addin-event-appointment-attachments-changed = do zaproszenia na spotkanie są dodawane lub z niego usuwane załączniki
addin-event-message-recipients-changed = zmieniają się adresaci wiadomości
addin-event-appointment-attendees-changed = zmieniają się uczestnicy spotkania
addin-event-appointment-time-changed = zmienia się data lub godzina spotkania
addin-event-appointment-recurrence-changed = zmienia się cykl spotkania
addin-event-info-bar-dismiss-clicked = ktoś zamyka powiadomienie dodatku
addin-event-message-sending = wiadomość jest wysyłana
addin-event-appointment-sending = zaproszenie na spotkanie jest wysyłane
addin-event-message-compose-opened = otwierana jest wiadomość w trakcie pisania
addin-event-appointment-organizer-opened = otwierane jest zaproszenie na spotkanie w trakcie tworzenia
addin-event-message-from-changed = zmienia się nadawca wiadomości
addin-event-appointment-from-changed = zmienia się organizator spotkania
addin-event-message-read-with-custom-header = czytana jest wiadomość z niestandardowym nagłówkiem
addin-event-message-read-with-custom-attachment = czytana jest wiadomość z niestandardowym załącznikiem
addin-event-spam-reporting = ktoś zgłasza wiadomość jako wiadomość-śmieci
addin-event-document-opened = otwierany jest dokument
addin-event-other = występuje zdarzenie „{ $kind }”
addin-added = Dodano dodatek pakietu Office
addin-added-runs-in = Dodano dodatek pakietu Office, który działa w: { $applications }
addin-added-developer = Dodano dodatek pakietu Office (`extensions`) dla: { $scopes }
addin-added-developer-no-application = Dodano dodatek pakietu Office (`extensions`) bez żadnej aplikacji
addin-no-longer-limited-named = Dodatek nie jest już ograniczony do wskazanych aplikacji
addin-no-longer-limited = Dodatek nie jest już ograniczony do: { $applications }
addin-no-longer-limited-developer = Usunięto `{ $path }`: rozszerzenie można zainstalować w każdej aplikacji pakietu Office
addin-application-removed = Dodatek nie działa już w aplikacji { $application }
addin-application-removed-developer = Usunięto aplikację `{ $scope }` (była w `{ $path }`)
addin-application-added = Dodatek działa teraz także w aplikacji { $application }
addin-application-added-developer = Dodano aplikację `{ $scope }` w `{ $path }`
addin-event-removed = Dodatek nie uruchamia się już, gdy { $event }
addin-event-removed-developer = Usunięto zdarzenie `{ $kind }` (było w `{ $path }`)
addin-event-added = Dodatek uruchamia się teraz sam, gdy { $event }
addin-event-added-developer = Dodano zdarzenie `{ $kind }` w `{ $path }`
addin-send-mode-prompt-user = pyta użytkownika
addin-send-mode-soft-block = blokuje wysyłanie, chyba że dodatek jest niedostępny
addin-send-mode-block = blokuje wysyłanie
addin-send-mode-other = używa trybu wysyłania „{ $mode }”
addin-send-mode-none = nie określa tego
addin-when-message-sending = wiadomość jest wysyłana
addin-when-appointment-sending = zaproszenie na spotkanie jest wysyłane
addin-option-absent = brak
addin-send-mode-changed = Gdy { $event }, dodatek teraz { $now } (wcześniej: { $was })
addin-send-mode-changed-developer = Zdarzenie `{ $kind }`: `options.sendMode` teraz { $now } (wcześniej { $was })
addin-header-none = brak
addin-header-changed = Gdy { $event }, dodatek szuka teraz nagłówka { $now } (wcześniej: { $was })
addin-header-changed-developer = Zdarzenie `{ $kind }`: `options.headerName` teraz { $now } (wcześniej { $was })
addin-context-mail-read = czytanie poczty
addin-context-mail-compose = pisanie poczty
addin-context-meeting-organizer = organizowanie spotkania
addin-context-meeting-attendee = udział w spotkaniu
addin-context-document = dokument
addin-control-button = przycisk
addin-control-menu = menu
addin-control-menu-item = element menu
addin-on-ribbon = wstążka
addin-on-context-menu = menu kontekstowe
addin-entry-point-cell = komórka
addin-entry-point-text = zaznaczony tekst
addin-where-context = { $place } ({ $context })
addin-control-removed = Usunięto: { $what } „{ $label }” – { $place }
addin-control-removed-developer = Usunięto kontrolkę `{ $id }` (była w `{ $path }`)
addin-control-renamed = Zmieniono nazwę: { $what } „{ $old }” na „{ $new }” – { $place }
addin-control-renamed-developer = Kontrolka `{ $id }`: zmieniono `label`
addin-control-added = Dodano: { $what } „{ $label }” – { $place }
addin-control-added-developer = Dodano kontrolkę `{ $id }` w `{ $path }`
addin-set-version = { $name } { $version }
addin-no-version = bez wersji
addin-needs-removed = Dodatek nie wymaga już zestawu { $set }
addin-needs-removed-developer = Usunięto zestaw wymagań `{ $set }`
addin-needs-changed = Dodatek wymaga teraz zestawu { $set } (wcześniej { $was })
addin-needs-changed-developer = Zestaw wymagań `{ $set }`: `minVersion` teraz { $now } (wcześniej { $was })
addin-needs-added = Dodatek wymaga teraz zestawu { $set }
addin-needs-added-developer = Dodano zestaw wymagań `{ $set }`
addin-form-factor-mobile = urządzeniach przenośnych
addin-form-factor-desktop = komputerach stacjonarnych
addin-form-factor-removed = Dodatek nie działa już na { $factor }
addin-form-factor-removed-developer = Usunięto format urządzenia `{ $factor }`
addin-form-factor-added = Dodatek działa teraz także na { $factor }
addin-form-factor-added-developer = Dodano format urządzenia `{ $factor }`
addin-pages-no-longer = Strony dodatku nie pochodzą już z: { $hosts }
addin-pages-now = Strony dodatku pochodzą teraz z: { $hosts }
addin-pages-changed = Strony dodatku pochodzą teraz z: { $hosts } (wcześniej z: { $was })
addin-pages-developer = Hosty `runtimes[].code` teraz: { $hosts } (wcześniej: { $was })
addin-shortcut = skrót klawiaturowy { $keys }
addin-shortcut-action = skrót klawiaturowy { $keys } („{ $action }”)
addin-get-started-message = komunikat wprowadzający „{ $title }”
addin-custom-function = funkcja niestandardowa „{ $name }”
addin-named-removed = Usunięto: { $thing }
addin-named-removed-developer = Usunięto `{ $path }`
addin-named-added = Dodano: { $thing }
addin-named-added-developer = Dodano `{ $path }`
addin-removed = Usunięto dodatek pakietu Office
addin-removed-developer = Usunięto dodatek pakietu Office (`extensions`)
addin-other-settings = Dodatek pakietu Office: zmieniono { $count ->
    [one] { $count } inne ustawienie
    [few] { $count } inne ustawienia
    [many] { $count } innych ustawień
   *[other] { $count } innych ustawień
}
addin-other-changes-developer = { $count ->
    [one] { $count } inna zmiana
    [few] { $count } inne zmiany
    [many] { $count } innych zmian
   *[other] { $count } innych zmian
} w `{ $path }`
addin-extensions-changed-developer = Zmieniono `extensions`
addin-extensions-changed-no-addin-developer = Zmieniono `extensions` (w żadnej z wersji nie ma dodatku pakietu Office)
place-label-app-id = Identyfikator aplikacji
place-label-version = Wersja
place-label-manifest-format-version = Wersja formatu manifestu
place-label-manifest-schema-link = Link do schematu manifestu
place-label-app-name = Nazwa aplikacji
place-label-description = Opis
place-label-developer-details = Informacje o deweloperze
place-label-icons = Ikony
place-label-accent-color = Kolor wiodący
place-label-translations = Tłumaczenia
place-label-package-name = Nazwa pakietu
place-label-short-name = Krótka nazwa
place-label-full-name = Pełna nazwa
place-label-short-description = Krótki opis
place-label-full-description = Pełny opis
place-label-developer-name = Nazwa dewelopera
place-label-color-icon = Ikona kolorowa
place-label-outline-icon = Ikona konturu
place-label-bot = Bot
place-label-bots = Boty
place-label-message-extension = Rozszerzenie do obsługi wiadomości
place-label-message-extensions = Rozszerzenia do obsługi wiadomości
place-label-connector = Łącznik
place-label-connectors = Łączniki
place-label-personal-tab = Karta osobista
place-label-personal-tabs = Karty osobiste
place-label-channel-group-tab = Karta kanału/grupy
place-label-channel-and-group-tabs = Karty kanałów i grup
place-label-sign-in-settings = Ustawienia logowania
place-label-team-and-chat-data-permissions = Uprawnienia do danych zespołów i czatów
place-label-permission = Uprawnienie
place-label-permissions = Uprawnienia
place-label-device-permission = Uprawnienie urządzenia
place-label-device-permissions = Uprawnienia urządzenia
place-label-valid-domain = Prawidłowa domena
place-label-valid-domains = Prawidłowe domeny
place-label-meeting-extension = Rozszerzenie spotkania
place-label-activity-feed-notifications = Powiadomienia kanału aktywności
place-label-copilot-agents = Agenci Copilot
place-label-copilot-extensions = Rozszerzenia Copilot
place-label-agent-connector = Łącznik agenta
place-label-agent-connectors = Łączniki agentów
place-label-agent-skill = Umiejętność agenta
place-label-agent-skills = Umiejętności agentów
place-label-agentic-user-template = Szablon użytkownika agentowego
place-label-agentic-user-templates = Szablony użytkowników agentowych
place-label-extension = Rozszerzenie
place-label-outlook-and-office-extensions = Rozszerzenia programu Outlook i pakietu Office
place-label-dashboard-card = Karta pulpitu nawigacyjnego
place-label-dashboard-cards = Karty pulpitu nawigacyjnego
place-label-graph-connector = Łącznik Graph
place-label-supported-channel-types = Obsługiwane typy kanałów
place-label-default-install-scope = Domyślny zakres instalacji
place-label-default-group-capability = Domyślna funkcja grupowa
place-label-command = Polecenie
place-label-commands = Polecenia
place-label-language = Język
place-label-languages = Języki
place-label-activity-type = Typ aktywności
place-label-activity-types = Typy aktywności
place-label-declarative-agent = Agent deklaratywny
place-label-declarative-agents = Agenci deklaratywni
place-label-parameter = Parametr
place-label-parameters = Parametry
place-label-command-list = Lista poleceń
place-label-command-lists = listy poleceń
place-label-file-sharing = udostępnianie plików
place-label-notifications-only = tylko powiadomienia
place-label-audio-calls = połączenia audio
place-label-video = wideo
place-label-page-address = adres strony
place-label-website-address = adres witryny internetowej
place-label-setup-page-address = adres strony konfiguracji
place-label-search-address = adres wyszukiwania
place-label-privacy-statement-address = adres zasad zachowania poufności informacji
place-label-terms-of-use-address = adres warunków użytkowania
place-label-partner-network-id = Identyfikator w programie partnerskim (Partner Network ID)
place-label-bot-id = identyfikator bota
place-label-tab-id = identyfikator karty
place-label-connector-id = identyfikator łącznika
place-label-color-icon-setting = ikona kolorowa
place-label-outline-icon-setting = ikona konturu
place-label-resource-address = adres zasobu
place-label-settings-can-be-changed = ustawienia można zmieniać
place-label-id = Identyfikator
place-extension-number = pozycja { $number } na liście
input-manifest-field-problem = pole `{ $field }`: { $problem }
input-manifest-not-object = manifest musi być obiektem JSON (zaczynającym się od `{"{"}`), a ten plik to { $value }
input-manifest-not-list = musi być listą (`[ ... ]`), a jest to { $value }
input-manifest-permission-not-object = każde uprawnienie musi być obiektem z polami `name` i `type`, a to uprawnienie to { $value }
input-manifest-not-object-field = musi być obiektem (`{"{"} ... {"}"}`), a jest to { $value }
input-manifest-entry-not-object = każdy wpis musi być obiektem (`{"{"} ... {"}"}`), a ten wpis to { $value }
input-manifest-missing = brakuje tego pola, a jest ono wymagane
input-manifest-not-text = musi być tekstem w podwójnym cudzysłowie, a jest to { $value }
input-manifest-not-true-or-false = musi mieć wartość true lub false (bez cudzysłowu), a jest to { $value }
input-value-null = null (pusta wartość)
input-value-true-or-false = wartość logiczna { $value }
input-value-number = liczba { $number }
input-value-text = tekst „{ $text }”
input-value-text-shortened = tekst „{ $text }…”
input-value-list = lista (`[ ... ]`)
input-value-object = obiekt (`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}i jeszcze { $more }
}
agent-value = { $value }
agent-quoted = „{ $text }”
agent-none = brak
agent-and = { $head } i { $last }
agent-from-to = było: { $old }, jest: { $new }
agent-was = było: { $old }
agent-were = było: { $old }
agent-characters = { $count ->
    [one] { $formatted } znak
    [few] { $formatted } znaki
    [many] { $formatted } znaków
   *[other] { $formatted } znaków
}
agent-new-wording = nowe sformułowanie, nadal { $characters }
agent-it-calls = wywołuje { $host }
agent-folder = folder { $folder }
agent-key-schema = link do schematu
agent-capability-web-search = wyszukiwanie w sieci Web
agent-capability-graphic-art = generowanie obrazów
agent-capability-code-interpreter = interpreter kodu
agent-capability-onedrive-sharepoint = pliki SharePoint i OneDrive
agent-capability-graph-connectors = łączniki Copilot
agent-capability-teams-messages = wiadomości w Teams
agent-capability-email = poczta e-mail
agent-capability-email-actions = akcje poczty e-mail
agent-capability-people = osoby
agent-capability-meetings = spotkania
agent-capability-meeting-actions = akcje spotkań
agent-capability-embedded-knowledge = pliki w pakiecie
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = modele scenariuszy
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = klucz interfejsu API
agent-sign-in-dynamic-registration = OAuth z dynamiczną rejestracją klienta
agent-sign-in-key-vault = klucz w usłudze Azure Key Vault
agent-sign-in-reference = { $kind } (identyfikator odwołania { $id })
agent-agent = agenta { $name }
agent-action = akcji { $name }
agent-an-action = (bez nazwy)
agent-copilot-extension = rozszerzenia Copilot aplikacji
agent-connector = łącznika agenta { $name }
agent-custom-engine = agenta aparatu niestandardowego
agent-agentic-user-template = szablonu użytkownika agentowego { $name }
agent-api-of = interfejsu API { $label }
agent-file-agent = agenta w pliku { $file }
agent-file-action = akcji w pliku { $file }
agent-file-api = opisu interfejsu API { $file }
agent-file-tools = listy narzędzi MCP { $file }
agent-file-card = szablonu karty { $file }
agent-file-response-template = szablonu odpowiedzi { $file }
agent-file-agentic-user-template = szablonu użytkownika agentowego w pliku { $file }
agent-setting-name = nazwa
agent-setting-description = opis
agent-setting-disclaimer = zastrzeżenie
agent-thing-skill = umiejętność
agent-thing-starter = starter konwersacji
agent-thing-tool = narzędzie
agent-thing-mcp-server = serwer MCP
agent-thing-local-runtime = środowisko uruchomieniowe na urządzeniu użytkownika
agent-thing-api = interfejs API
agent-added-to = { $what } do { $label }
agent-removed-from = { $what } z { $label }
agent-setting-of = { $what } { $label }
agent-setting-added = { $what } { $label }
agent-file-of = plik { $label }
agent-format-of = wersja formatu { $label }
agent-other-settings-of = inne ustawienia { $label }
agent-other-details-of = inne szczegóły { $label }
agent-copilot-added = deklaracja { $label } w manifeście
agent-copilot-removed = deklaracja { $label } w manifeście
agent-declared-how = sposób deklaracji { $label } w manifeście
agent-declared-from-preview = z formy zapoznawczej (rozszerzenia Copilot) na agentów Copilot
agent-custom-engine-added = agent aparatu niestandardowego (odpowiada przez bota aplikacji)
agent-connector-added = deklaracja { $label } w manifeście
agent-connector-removed = deklaracja { $label } w manifeście
agent-mcp-server-of = serwer MCP { $label }
agent-sign-in-of = logowanie { $label }
agent-sign-in-of-host = logowanie { $label } do { $host }
agent-sign-in-of-number = logowanie { $label } ({ $number })
agent-skill = umiejętność agenta
agent-skill-in-folder = umiejętność agenta w folderze { $folder }
agent-agentic-user-template-added = szablon użytkownika agentowego { $name }
agent-instructions-of = instrukcje { $label }
agent-capability-from = możliwość z { $label }
agent-capability-to = możliwość do { $label }
agent-capability-settings-of = ustawienia możliwości „{ $capability }” { $label }
agent-starter-of = starter konwersacji { $starter } { $label }
agent-worker-from = agent roboczy z { $label }
agent-worker-to = agent roboczy do { $label }
agent-action-from = akcja z { $label }
agent-action-to = akcja do { $label }
agent-function = { $name } ({ $description })
agent-function-from = funkcja z { $label }
agent-function-to = funkcja do { $label }
agent-function-of = funkcja { $name } { $label }
agent-server-of = serwer { $label }
agent-servers-of = serwery { $label }
agent-operation = { $operation } ({ $id })
agent-operation-from = operacja z { $label }
agent-operation-to = operacja do { $label }
agent-operations-changed = { $count ->
    [one] szczegóły jednej operacji { $label }
    [few] szczegóły operacji { $label }
    [many] szczegóły operacji { $label }
   *[other] szczegóły operacji { $label }
}
agent-tool-descriptions-of = opisy narzędzi { $label }
agent-note-sign-in = Gdy agent po raz pierwszy użyje { $host }, użytkownicy zostaną poproszeni o zalogowanie się.
agent-note-action-service = usługi obsługującej akcję „{ $name }”
agent-note-new-host = Agent wysyła teraz żądania do { $host }.
agent-note-converted = Twój agent deklaratywny stał się agentem aparatu niestandardowego: użytkownicy zostaną poproszeni o zapoznanie się z nowym agentem i wyrażenie na niego zgody, a także muszą ponownie go przypiąć.
agent-note-admin-approval = Jeśli organizacja wdraża Twoją aplikację przez swoje centrum administracyjne, administrator zatwierdza każdą aktualizację, zanim otrzymają ją użytkownicy.
agent-note-source-sign-in = Strona Microsoftu o logowaniu w akcjach agentów
agent-note-source-converted = Strona Microsoftu o konwertowaniu agenta
agent-note-source-admin-approval = Centrum wiadomości Microsoft 365, MC1041454
agent-note-source-actions = Strona Microsoftu o akcjach agentów
agent-kind-agent = Plik agenta Copilot
agent-kind-plugin = Plik akcji agenta (wtyczka interfejsu API)
agent-kind-openapi = Opis interfejsu API
agent-kind-mcp-tools = Opis narzędzi MCP
agent-kind-response-template = Szablon odpowiedzi
agent-kind-card = Szablon karty
agent-kind-agentic-user-template = Szablon użytkownika agentowego
agent-kind-file = Plik
agent-file-unreadable = { $what } „{ $name }” nie daje się odczytać: { $problem }. Deweloper musi poprawić ten plik.
agent-file-not-object = { $what } „{ $name }” nie zawiera tego, co powinien (jego zawartość musi być { $content }). Deweloper musi poprawić ten plik.
agent-file-content-yaml = zbiorem nazwanych wartości
agent-file-content-json = obiektem JSON w {"{"} {"}"}
agent-file-openapi-format = Opis interfejsu API „{ $name }” ma format { $format }, a Copilot odczytuje OpenAPI 3 (openapi: 3.0.x lub 3.1.x). Deweloper musi go przekonwertować.
agent-file-not-openapi = Opis interfejsu API „{ $name }” nie jest dokumentem OpenAPI 3 (nie zawiera openapi: 3.x; plik Swagger 2.0 trzeba przekonwertować). Deweloper musi go przekonwertować.
agent-field-copilot-agents = agentów Copilot
agent-field-copilot-extensions = rozszerzeń Copilot
agent-field-agent-connectors = łączników agentów
agent-field-agent-skills = umiejętności agentów
agent-field-agentic-user-templates = szablonów użytkowników agentowych

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = opublikowana wersja
input-side-new = nowa wersja
input-side-error = { $side }: { $error }
input-error = { $file }: { $problem }. { $fix }
input-error-at = { $file }, { $place }: { $problem }. { $fix }
input-where-line-column = wiersz { $line }, kolumna { $column }
input-where-field = pole `{ $field }`
input-where-package-entry = wpis pakietu `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = to narzędzie zatrzymało się podczas odczytu pliku (to błąd narzędzia, a nie problem z plikiem)
input-internal-fix = Spróbuj ponownie; jeśli to się powtórzy, zgłoś nam problem.
input-not-found = plik nie istnieje (mógł zostać przeniesiony, przemianowany lub usunięty)
input-not-found-fix = Wybierz plik ponownie.
input-permission-denied = nie masz uprawnień do odczytu tego pliku
input-permission-denied-fix = Skopiuj plik w miejsce, w którym możesz go odczytać, albo poproś o pomoc osobę, która zarządza komputerem.
input-unreadable = nie udało się odczytać pliku ({ $error })
input-unreadable-fix = Sprawdź, czy plik nadal istnieje i czy można go odczytać, a następnie spróbuj ponownie.
input-folder = to jest folder, a nie plik
input-folder-fix = Wybierz plik manifest.json znajdujący się w tym folderze albo pakiet aplikacji (.zip).
input-not-regular-file = to nie jest zwykły plik (może to być urządzenie, potok albo skrót do nich)
input-not-regular-file-fix = Wybierz sam plik manifest.json albo pakiet aplikacji (.zip).
input-manifest-too-large = manifest jest większy niż { $mebibytes } MiB, które odczytuje to narzędzie (prawdziwy manifest ma kilka kilobajtów)
input-manifest-too-large-fix = Sprawdź, czy wybrano właściwy plik.
input-count-translation-files = { $count ->
    [one] 1 plik tłumaczenia
    [few] { $count } pliki tłumaczeń
    [many] { $count } plików tłumaczeń
   *[other] { $count } plików tłumaczeń
}
input-count-other-files = { $count ->
    [one] 1 inny plik
    [few] { $count } inne pliki
    [many] { $count } innych plików
   *[other] { $count } innych plików
}
input-package-only-manifest = Pakiet aplikacji: tylko manifest
input-package-with = Pakiet aplikacji: manifest oraz { $parts }
input-list-two = { $first } i { $last }
input-list-more = { $first }, { $rest }
input-bad-json = to nie jest prawidłowy JSON: { $problem }
input-bad-json-fix = Otwórz plik w edytorze tekstu, popraw go w tym miejscu, zapisz i załaduj ponownie.
input-bad-manifest-fix = Popraw to pole w manifeście (prawidłowy manifest można wyeksportować z Portalu deweloperów dla aplikacji Teams), zapisz i załaduj ponownie.
input-package-damaged = pakiet aplikacji jest uszkodzony albo nie jest zwykłym plikiem zip ({ $detail })
input-package-damaged-fix = Pobierz lub zbuduj pakiet ponownie (w Portalu deweloperów dla aplikacji Teams: Opublikuj › Pobierz pakiet aplikacji).
input-package-too-large = pakiet aplikacji jest większy niż { $mebibytes } MiB
input-package-too-large-fix = Pakiet aplikacji Teams zawiera manifest i dwie małe ikony; sprawdź, czy wybrano właściwy plik.
input-package-too-many-entries = liczba wpisów w pakiecie aplikacji to { $entries }, a to narzędzie odczytuje najwyżej { $most }
input-package-too-many-entries-fix = Pakiet aplikacji Teams zawiera manifest i kilka ikon; sprawdź, czy wybrano właściwy plik.
input-packaged-manifest-too-large = plik manifest.json jest większy niż { $mebibytes } MiB, które odczytuje to narzędzie
input-package-unpacks-too-large = pakiet aplikacji po rozpakowaniu zajmuje ponad { $mebibytes } MiB
input-package-unpacks-too-large-fix = Pakiet aplikacji Teams zawiera manifest i kilka małych ikon; sprawdź, czy wybrano właściwy plik.
input-package-entry-damaged = ten wpis pakietu aplikacji jest uszkodzony i nie da się go rozpakować ({ $error })
input-package-entry-damaged-fix = Zbuduj lub pobierz pakiet ponownie.
input-manifest-in-folder = plik manifest.json jest w folderze wewnątrz pakietu, a Teams wymaga go w katalogu głównym pakietu
input-manifest-in-folder-fix = Spakuj do pliku zip same pliki (manifest.json i ikony), a nie folder, w którym się znajdują.
input-manifest-name-case = manifest ma nazwę `{ $name }`, a Teams wymaga dokładnie nazwy `manifest.json` (same małe litery)
input-manifest-name-case-fix = Zmień nazwę pliku na manifest.json i ponownie spakuj pakiet.
input-no-manifest = pakiet aplikacji nie zawiera pliku manifest.json
input-no-manifest-fix = Pakiet aplikacji Teams to plik zip z plikiem manifest.json i ikonami; wybierz pakiet zbudowany dla Teams albo sam plik manifest.json.
input-kind-empty = ten plik jest pusty: nie ma w nim manifestu
input-kind-png = to jest obraz PNG, a nie manifest
input-kind-jpeg = to jest obraz JPEG, a nie manifest
input-kind-gif = to jest obraz GIF, a nie manifest
input-kind-pdf = to jest dokument PDF, a nie manifest
input-kind-word = to jest dokument programu Word, a nie manifest
input-kind-excel = to jest skoroszyt programu Excel, a nie manifest
input-kind-powerpoint = to jest prezentacja programu PowerPoint, a nie manifest
input-kind-old-office = to jest dokument pakietu Microsoft Office, a nie manifest
input-kind-other-archive = to jest archiwum skompresowane innego rodzaju (np. .rar, .7z lub .gz), a pakiet aplikacji Teams to plik .zip
input-kind-utf16 = ten manifest jest zapisany jako tekst UTF-16, a Teams odczytuje manifesty tylko w kodowaniu UTF-8
input-kind-other-text = to nie jest manifest: manifest Teams to tekst JSON zaczynający się od „{"{"}”, a ten plik zawiera inny tekst (np. program, stronę internetową lub notatki)
input-kind-empty-fix = Wybierz plik manifest.json lub pakiet aplikacji .zip. Jeśli to jest Twój manifest, nie został zapisany: otwórz go w edytorze i zapisz ponownie.
input-kind-utf16-fix = Otwórz go w edytorze tekstu i zapisz w kodowaniu UTF-8 (w Notatniku: Plik › Zapisz jako, Kodowanie: UTF-8), a następnie załaduj ponownie.
input-kind-other-archive-fix = Wybierz plik manifest.json lub pakiet aplikacji .zip (w Portalu deweloperów dla aplikacji Teams: Opublikuj › Pobierz pakiet aplikacji).
input-kind-fix = Wybierz plik manifest.json lub pakiet aplikacji .zip.
input-json-error-at = wiersz { $line }, kolumna { $column }: { $problem }
input-json-not-utf8 = plik nie jest tekstem UTF-8 (mógł zostać zapisany w innym kodowaniu, np. UTF-16 lub Windows-1252, albo nie jest plikiem tekstowym)
input-json-too-deep = obiekty i listy są zagnieżdżone głębiej niż na { $levels } poziomach
input-json-comment = komentarze nie są dozwolone w pliku manifest.json; usuń komentarz (od // do końca wiersza albo od /* do */)
input-json-non-breaking-space = jest tu niewidoczna spacja nierozdzielająca (U+00A0), a JSON dopuszcza tylko zwykłe spacje (często pojawia się po skopiowaniu tekstu ze strony internetowej lub dokumentu); usuń ją i wpisz zwykłą spację
input-json-curly-double-quotes = cudzysłowy drukarskie “ ” muszą być prostymi cudzysłowami " (edytor tekstu zamienia je podczas pisania); wpisz każdy z nich ponownie jako "
input-json-curly-single-quotes = apostrofy drukarskie ‘ ’ muszą być prostymi podwójnymi cudzysłowami " (JSON nie ma pojedynczych cudzysłowów); wpisz każdy z nich ponownie jako "
input-json-invisible-character = jest tu niewidoczny znak (U+{ $code }), a JSON dopuszcza w tym miejscu tylko zwykłe spacje; usuń go
input-json-missing-comma-end-of-line = na końcu tego wiersza brakuje przecinka `,` (albo wcześniej brakuje nawiasu zamykającego)
input-json-last-comma = ten przecinek jest ostatni przed nawiasem zamykającym; usuń go
input-json-trailing-comma = tuż przed nawiasem zamykającym jest przecinek; usuń go
input-json-key-not-string = nazwa nie jest w podwójnym cudzysłowie (JSON wymaga zapisu "nazwa": wartość) albo jest o jeden przecinek za dużo
input-json-expected-value = tu powinna być wartość: tekst w podwójnym cudzysłowie, liczba, true, false, null, lista [ ] lub obiekt {"{"} {"}"} (pojedyncze cudzysłowy i słowa bez cudzysłowu są niedozwolone)
input-json-unclosed-string = wartości tekstowej brakuje zamykającego podwójnego cudzysłowu
input-json-ends-too-early = plik kończy się za wcześnie: brakuje nawiasu zamykającego
input-json-missing-comma = przed tym miejscem brakuje przecinka (albo nawiasu zamykającego)
input-json-missing-colon = po nazwie brakuje dwukropka `:`
input-json-trailing-characters = po końcu dokumentu JSON jest dodatkowy tekst
input-json-control-character = wartość tekstowa zawiera bezpośrednio znak końca wiersza lub tabulator; zapisz go jako \n lub \t
input-json-invalid-escape = ukośnik odwrotny w wartości tekstowej rozpoczyna sekwencję ucieczki, której JSON nie zna (ukośnik odwrotny zapisuje się jako \\)
input-json-bad-hex-escape = sekwencja \u w wartości tekstowej jest niepełna (znak spoza podstawowego zakresu wymaga dwóch sekwencji \u z rzędu)
input-json-unknown-word = to słowo jest tu niezrozumiałe: bez cudzysłowu pisze się tylko true, false i null; tekst umieść w podwójnym cudzysłowie
input-json-invalid-number = liczba jest zapisana w sposób, którego JSON nie akceptuje (bez zer na początku, bez znaku +, cyfry po obu stronach kropki dziesiętnej)
input-json-other = to nie jest poprawny zapis JSON ({ $detail })
input-yaml-not-utf8 = plik nie jest tekstem UTF-8
input-yaml-invalid = to nie jest prawidłowy YAML: { $detail }
input-yaml-too-many-values = dokument zawiera zbyt wiele wartości (ponad milion, licząc powtarzane części), a dokument OpenAPI jest znacznie mniejszy

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = Otwarta opublikowana wersja nie jest pakietem ze sklepu: { $reason }. Dlatego ten raport nie może wskazać, które problemy sklep wcześniej zaakceptował. Otwórz zamiast niej pakiet, który ma sklep: w Centrum partnerskim pobierz pakiet aplikacji opublikowanej wersji (albo użyj pliku .zip przekazanego ostatnim razem).
report-not-store-package-app-id = jej identyfikator aplikacji to „{ $id }”, a nie identyfikator opublikowanej aplikacji
report-not-store-package-format = używa formatu manifestu „{ $format }”, którego sklep nie akceptuje
report-not-store-package-placeholder = zawiera symbole zastępcze uzupełniane przez narzędzia do kompilacji, np. „{ $placeholder }”
report-no-link-app-id-changed = Brak linku do pobrania: identyfikator aplikacji się zmienił, a link z nowym identyfikatorem prowadziłby do aplikacji, której sklep nie ma. Przywróć opublikowany identyfikator aplikacji, aby otrzymać link.
report-no-link-not-an-app-id = Brak linku do pobrania: identyfikator aplikacji „{ $id }” nie jest prawdziwym identyfikatorem aplikacji (identyfikatorem GUID, np. 0b5c3d6e-1234-4abc-9def-00112233aabb). Link używa identyfikatora z przesyłanego pakietu.
render-date = { $day }.{ $month }.{ $year }
button-default-label = Pobierz w Microsoft Teams
button-style-purple = Fioletowy
button-style-outline = Kontur
button-style-dark = Ciemny
button-size-small = Mały
button-size-medium = Średni
button-size-large = Duży
button-unknown-style = nieznany styl „{ $style }”; wybierz purple, outline lub dark
button-unknown-size = nieznany rozmiar „{ $size }”; wybierz small, medium lub large
button-not-an-app-id = „{ $text }” nie jest identyfikatorem aplikacji; identyfikator aplikacji wygląda tak: 0b5c3d6e-1234-4abc-9def-00112233aabb. Użyj identyfikatora z Portalu deweloperów dla aplikacji Teams lub z Centrum partnerskiego (identyfikatora w sklepie).
button-empty-label = tekst przycisku jest pusty: wpisz tekst, który ma wyświetlać przycisk, np. „{ $example }”

guide-fixer-app-window-portal = Możesz to poprawić tutaj: „Zapisz poprawioną kopię” (albo w Portalu deweloperów: otwórz aplikację, a następnie { $place })
guide-fixer-app-window = Możesz to poprawić tutaj: „Zapisz poprawioną kopię”
guide-fixer-app-terminal-portal = Ty: uruchom teams-update-check fix z opublikowanym i nowym plikiem, aby zapisać poprawioną kopię, albo w Portalu deweloperów: otwórz aplikację, a następnie { $place }
guide-fixer-app-terminal = Ty: uruchom teams-update-check fix z opublikowanym i nowym plikiem, aby zapisać poprawioną kopię
guide-fixer-portal-place = Ty, w Portalu deweloperów (otwórz aplikację, a następnie { $place })
guide-fixer-portal = Ty, w Portalu deweloperów
guide-fixer-developer = Twój deweloper

guide-already-published = To jest już w opublikowanej wersji: sklep wcześniej to zaakceptował, ale przy każdej aktualizacji sprawdza ponownie cały pakiet, więc teraz może to odrzucić.
guide-step-nothing-to-submit = Wprowadź zmiany, podnieś numer wersji, a następnie ponownie sprawdź nowy pakiet.
guide-step-fix-window = Popraw { $count ->
    [one] problem wymieniony powyżej
    [few] { $count } problemy wymienione powyżej
    [many] { $count } problemów wymienionych powyżej
   *[other] { $count } problemów wymienionych powyżej
}. Przy każdym podano, kto może go poprawić; skopiuj je dla dewelopera przyciskiem „Kopiuj dla dewelopera”.
guide-step-fix-document = Popraw { $count ->
    [one] problem wymieniony powyżej
    [few] { $count } problemy wymienione powyżej
    [many] { $count } problemów wymienionych powyżej
   *[other] { $count } problemów wymienionych powyżej
}. Przy każdym podano, kto może go poprawić; lista „Dla dewelopera” jest gotowa do wysłania deweloperowi.
guide-step-check-again-window = Następnie otwórz tutaj poprawiony pakiet jako nową wersję i sprawdź go ponownie przed przesłaniem.
guide-step-check-again-document = Następnie ponownie sprawdź poprawiony pakiet w Teams Update Check, zanim go prześlesz.
guide-step-open-offer = W Centrum partnerskim otwórz ofertę swojej aplikacji i zaktualizuj ją z poziomu kafelka aplikacji na karcie „Przegląd”. Nigdy nie używaj opcji „Dodaj nową aplikację”: tworzy ona drugą aplikację zamiast aktualizacji.
guide-step-upload = Przekaż ten pakiet. Nie zmieniaj identyfikatora aplikacji: sklep rozpoznaje po nim Twoją aplikację.
guide-step-tested-again = Ta aktualizacja zmienia możliwości aplikacji, więc Microsoft ponownie ją przetestuje, zanim zostanie opublikowana. Wklej poniższy tekst w polu „Uwagi do certyfikacji”, aby recenzenci wiedzieli, co testować.
guide-step-listing-only = Ta aktualizacja zmienia tylko wpis aplikacji w sklepie i jej wersję. Microsoft i tak sprawdza każdą aktualizację przed publikacją; poniższe uwagi do certyfikacji opisują, co się zmieniło.
guide-step-users-approve = Po publikacji obecni użytkownicy otrzymają aktualizację, gdy ponownie zatwierdzą aplikację; poniższa informacja o wydaniu mówi im, czego się spodziewać.
guide-step-admin-approves = Po publikacji organizacje, w których dodatek wdrożył administrator, otrzymają go dopiero wtedy, gdy administrator ponownie zatwierdzi tę aktualizację: do tego czasu osoby w tych organizacjach nie mogą używać zaktualizowanego dodatku. Poniższa informacja o wydaniu mówi administratorom, czego się spodziewać.
guide-step-users-not-asked = Po publikacji obecni użytkownicy nie będą proszeni o ponowne zatwierdzenie aplikacji.
guide-step-users-automatic = Po publikacji obecni użytkownicy otrzymają aktualizację automatycznie.
guide-agent-admin-approves = Jeśli organizacja wdraża Twoją aplikację przez swoje centrum administracyjne, administrator zatwierdza każdą aktualizację agenta Copilot, zanim otrzymają ją użytkownicy.
guide-step-organization-only = Aplikacja jest opublikowana tylko w Twojej organizacji (nie w sklepie)? Przekaż pakiet w centrum administracyjnym usługi Teams (Zarządzaj aplikacjami › Twoja aplikacja › Przekaż plik) albo w Portalu deweloperów.
report-verdict-ready = Gotowe do przesłania
report-verdict-nothing-to-submit = Nic się nie zmieniło: nie ma aktualizacji do przesłania
report-verdict-blocked = Przed przesłaniem popraw { $count ->
    [one] 1 problem
    [few] { $count } problemy
    [many] { $count } problemów
   *[other] { $count } problemów
}
report-users-asked = Obecni użytkownicy zostaną poproszeni o ponowne zatwierdzenie aplikacji.
report-admin-asked = Organizacje, w których dodatek wdrożył administrator: administrator musi ponownie zatwierdzić tę aktualizację, zanim osoby w tych organizacjach będą mogły używać zaktualizowanego dodatku.
report-two-sentences = { $first } { $second }
report-consent-nothing-changed = Nic się nie zmieniło, więc obecni użytkownicy nie mają czego zatwierdzać.
report-consent-users-not-asked = Obecni użytkownicy nie będą proszeni o ponowne zatwierdzenie aplikacji.
report-consent-users-automatic = Obecni użytkownicy otrzymają tę aktualizację automatycznie (bez ponownego zatwierdzania).
report-consent-summary-none = Żadna z { $total } zmian wymagających zatwierdzenia nie występuje w tej aktualizacji: obecni użytkownicy otrzymają ją bez nowego monitu.
report-consent-summary = { $count ->
    [one] 1 z { $total } zmian wymagających zatwierdzenia występuje w tej aktualizacji.
    [few] { $count } z { $total } zmian wymagających zatwierdzenia występują w tej aktualizacji.
    [many] { $count } z { $total } zmian wymagających zatwierdzenia występuje w tej aktualizacji.
   *[other] { $count } z { $total } zmian wymagających zatwierdzenia występuje w tej aktualizacji.
}
report-consent-others-none = Żadna z { $count } zmian wymagających zatwierdzenia nie występuje w tej aktualizacji
report-consent-others = { $count ->
    [one] Pozostała zmiana wymagająca zatwierdzenia nie występuje w tej aktualizacji
    [few] Pozostałe { $count } zmiany wymagające zatwierdzenia nie występują w tej aktualizacji
    [many] Pozostałych { $count } zmian wymagających zatwierdzenia nie występuje w tej aktualizacji
   *[other] Pozostałych { $count } zmian wymagających zatwierdzenia nie występuje w tej aktualizacji
}
report-who-users-and-admin = Kto zostanie poproszony: każdy obecny użytkownik oraz administrator, który wdrożył dodatek pakietu Office
report-who-admin = Kto zostanie poproszony: administrator, który wdrożył dodatek pakietu Office w organizacji, a nie każdy użytkownik
report-who-users = Kto zostanie poproszony: każdy obecny użytkownik
report-consent-title = Czy użytkownicy lub administrator zostaną poproszeni o ponowne zatwierdzenie aplikacji?
report-consent-intro = Niektóre zmiany sprawiają, że Teams wyświetla każdemu obecnemu użytkownikowi monit o ponowne zatwierdzenie aplikacji (wyrażenie zgody). Po zmianach w dodatku pakietu Office zamiast tego ponownie zatwierdza go administrator, który go wdrożył.
report-consent-others-hint = Żadnej z nich nie ma w tej aktualizacji. Otwórz dowolną, aby przeczytać, co oznacza.
report-store-title = Czy sklep zaakceptuje aktualizację?
report-store-warnings-title = { $count ->
    [one] 1 kwestia warta sprawdzenia (nie blokuje aktualizacji)
    [few] { $count } kwestie warte sprawdzenia (nie blokują aktualizacji)
    [many] { $count } kwestii wartych sprawdzenia (nie blokują aktualizacji)
   *[other] { $count } kwestii wartych sprawdzenia (nie blokują aktualizacji)
}
report-store-template-findings = { $count ->
    [one] Pokaż wynikające z tego zgłoszenie
    [few] Pokaż { $count } wynikające z tego zgłoszenia
    [many] Pokaż { $count } wynikających z tego zgłoszeń
   *[other] Pokaż { $count } wynikających z tego zgłoszeń
}
report-microsofts-rule = Reguła Microsoftu
guide-notes-the-app = Aplikacja
guide-notes-versions = { $app }: aktualizacja z wersji { $old } do wersji { $new }.
guide-notes-capabilities = Możliwości aplikacji
guide-notes-agent = Agent Copilot
guide-notes-listing = Nazwa, opisy, ikony i pliki
guide-notes-heading = { $title }:
guide-notes-users-asked = Obecni użytkownicy zostaną poproszeni o ponowne zatwierdzenie aplikacji: { $rules }.
guide-notes-admin-asked = Administrator, który wdrożył dodatek pakietu Office, musi go ponownie zatwierdzić: { $rules }.
guide-release-our-app = nasza aplikacja
guide-release-users-opening = Wkrótce w Microsoft Teams pojawi się { $app } { $version }. Gdy aktualizacja będzie dostępna, Teams poprosi o ponowne zatwierdzenie aplikacji, zanim będzie można korzystać z nowej wersji. To normalne: aktualizacja zmienia możliwości aplikacji.
guide-release-users-heading = Co zmienia się dla Ciebie:
guide-release-admin-opening = Wkrótce pojawi się { $app } { $version }. Dodatek pakietu Office tej aplikacji zmienia się w sposób, który wymaga zgody administratora: administrator, który wdrożył dodatek w Twojej organizacji, musi ponownie zatwierdzić tę aktualizację, a do tego czasu osoby w organizacji nie mogą używać zaktualizowanego dodatku. To normalne: aktualizacja zmienia to, gdzie lub kiedy działa dodatek.
guide-release-admin-heading = Co się zmienia:
guide-release-users-asked = Kto zostanie poproszony: każdy, kto używa aplikacji w Teams.
guide-release-team-owner = Nową kartę dla zespołów i czatów grupowych dodaje właściciel zespołu lub członek czatu w kanale albo czacie, w którym chce ją mieć.
guide-release-for-admins = Dla administratorów IT: ta aktualizacja zmienia ustawienia logowania aplikacji lub uprawnienia, o które prosi. Przejrzyj je w centrum administracyjnym usługi Teams: Zarządzaj aplikacjami › { $app } › Uprawnienia; tam możesz też udzielić zgody w imieniu organizacji.
guide-release-addin-admins = Dla administratorów IT, którzy wdrożyli dodatek pakietu Office: należy ponownie zatwierdzić tę aktualizację dodatku; do tego czasu osoby w organizacji nie mogą używać zaktualizowanego dodatku.
guide-release-admin-asked = Kto zostanie poproszony: administrator, który wdrożył dodatek w Twojej organizacji, a nie każdy użytkownik.
guide-handoff-the-app = aplikacja
guide-handoff-intro = Teams Update Check znalazł w pliku { $file } ({ $app } { $version }) { $count ->
    [one] 1 problem, z powodu którego
    [few] { $count } problemy, z powodu których
    [many] { $count } problemów, z powodu których
   *[other] { $count } problemów, z powodu których
} sklep odrzuciłby pakiet. Proszę o { $count ->
    [one] jego poprawienie
    [few] ich poprawienie
    [many] ich poprawienie
   *[other] ich poprawienie
}:
guide-handoff-where = Gdzie: { $place }
guide-handoff-who = Kto: { $who }
guide-handoff-rule = Reguła: { $rule }
guide-handoff-check = { $title }: { $message }
guide-handoff-manifest-field = manifest.json, „{ $field }”
guide-handoff-file-line = { $file }, wiersz { $line }, kolumna { $column }
guide-handoff-note = Uwaga: { $note }
report-next-steps-title = Co dalej
report-certification-notes-lead = Wersja robocza uwag do certyfikacji w Centrum partnerskim: co się zmieniło w tej aktualizacji. Dopisz, jak się zalogować i jak ją przetestować.
report-certification-notes-title = Uwagi do certyfikacji
report-certification-notes-copy = Kopiuj uwagi do certyfikacji
report-release-note-admin = Administrator, który wdrożył dodatek, musi ponownie zatwierdzić tę aktualizację. Wyślij tę informację administratorom IT swoich klientów, zanim aktualizacja do nich dotrze.
report-release-note-both = Obecni użytkownicy zostaną poproszeni o ponowne zatwierdzenie aplikacji, a administrator, który wdrożył dodatek, również musi go ponownie zatwierdzić. Wyślij tę informację użytkownikom i ich administratorom IT, zanim aktualizacja do nich dotrze.
report-release-note-users = Obecni użytkownicy zostaną poproszeni o ponowne zatwierdzenie aplikacji. Wyślij im tę informację (oraz ich administratorom IT), zanim aktualizacja do nich dotrze.
report-release-note-title = Poinformuj użytkowników
report-release-note-copy = Kopiuj informację o wydaniu
report-attention-title = Popraw przed przesłaniem
report-attention-intro = Przy każdym problemie podano, kto może go poprawić. Popraw je, a następnie ponownie sprawdź poprawiony pakiet.
report-handoff-lead = Przekaż tę listę deweloperowi: wskazuje, gdzie jest każdy problem (plik, wiersz, kolumna), i podaje regułę Microsoftu; można ją od razu wkleić do wiadomości e-mail lub zgłoszenia.
report-handoff-title = Dla dewelopera
report-handoff-copy = Kopiuj dla dewelopera
report-checks-title = Wersja i identyfikator aplikacji
report-checks-intro = Microsoft wymaga, aby aktualizacja zachowywała identyfikator aplikacji i podnosiła numer wersji przy każdej zmianie, nawet nazwy lub opisu.
report-agent-notes-title = Co zauważą Twoi użytkownicy
report-agent-notes-intro = Informacje o agencie Copilot w tej aktualizacji. Tylko do wiadomości: nie wpływają na to, czy użytkownicy muszą ponownie zatwierdzić aplikację.
report-area-identity-hint = Identyfikator aplikacji, jej numer wersji i wersja formatu manifestu
report-area-listing-hint = To, co ludzie widzą w sklepie: nazwa, opisy, informacje o deweloperze, ikony, kolory
report-area-capability-hint = Możliwości aplikacji w Teams i Office: boty, karty, rozszerzenia do obsługi wiadomości, łączniki, logowanie, uprawnienia, dodatek pakietu Office
report-area-package-file-hint = Pliki w pakiecie aplikacji .zip oprócz manifest.json, np. ikony i tłumaczenia
report-area-agent-hint = Agent Copilot: jego instrukcje, możliwości, akcje i serwery, które wywołuje
report-area-other-hint = Inne ustawienia w manifeście
report-changes-nothing = Nic: obie wersje są takie same.
report-download-title = Link do pobrania dla Twojej witryny internetowej
report-download-window = Umieść w swojej witrynie przycisk, który otwiera Twoją aplikację w sklepie Teams; kod HTML przycisku przygotuje dla Ciebie to okno.
report-download-terminal = Umieść w swojej witrynie przycisk, który otwiera Twoją aplikację w sklepie Teams; uruchom teams-update-check button z nowym plikiem, aby wyświetlić jego kod HTML.
report-download-document = Umieść w swojej witrynie przycisk, który otwiera Twoją aplikację w sklepie Teams; kod HTML przycisku przygotuje dla Ciebie Teams Update Check.
report-nothing-note = Obie wersje są takie same. Wprowadź zmiany, podnieś numer wersji i sprawdź ponownie.
report-error-title = Co poszło nie tak
report-error-note = Popraw plik (albo wybierz właściwy) i sprawdź ponownie.
report-row-file = Plik
report-row-app-name = Nazwa aplikacji
report-row-app-id = Identyfikator aplikacji
report-row-version = Wersja
report-row-manifest-format = Format manifestu
report-full-value = Pełna wartość: { $subject }
report-changes-title = Co się zmieniło ({ $count })
report-changes-area = { $area } ({ $count })
report-error-headline = Nie udało się załadować pliku ({ $side })
report-error-note-file = { $file } to { $side }. Niczego jeszcze nie porównano.
render-unnamed-app = aplikacja bez nazwy
render-published-new = Opublikowana: { $published }   Nowa: { $new }
render-label-note = Uwaga:
render-label-sources = Źródła:
render-label-where = Gdzie:
render-label-who = Kto może to poprawić:
render-label-why = Dlaczego:
render-label-developers = Dla deweloperów:
render-title = Sprawdzenie aktualizacji aplikacji Teams: { $headline }
render-column-published = Opublikowana
render-column-new = Nowa
render-verdict = Wynik
render-footer = Raport utworzony przez Teams Update Check – narzędzie, które sprawdza aktualizację aplikacji Microsoft Teams przed jej przesłaniem do sklepu. Narzędzie odczytało pliki na komputerze, na którym zostało uruchomione, i niczego nigdzie nie wysłało.
render-title-app = { $app } — sprawdzenie aktualizacji aplikacji Teams: { $headline }
render-teams-update-check = Sprawdzenie aktualizacji aplikacji Teams
render-report = Raport
render-button-preview = Przycisk pobierania w takiej postaci, w jakiej wygląda w witrynie internetowej:
fix-version-not-raised = Nie udało się automatycznie podnieść wersji, ponieważ opublikowana wersja „{ $published }” nie składa się z liczb i kropek (albo któraś z liczb jest za długa).
fix-who-type-version = Ty: wpisz nową wersję (wyższą niż opublikowana) w Portalu deweloperów albo podaj ją w opcji --new-version.
fix-what-version = Wersja
fix-typed-version-form = Wersja „{ $version }” nie składa się z trzech liczb całkowitych rozdzielonych kropkami, np. 1.4.2. Wpisz ją w tej postaci (bez liter, bez zer na początku).
fix-typed-version-not-higher = Wersja { $version } nie jest wyższa niż opublikowana { $published }. Wpisz wyższą.
fix-what-unused-files = Pliki, których pakiet nie używa
fix-unused-files-before = { $count ->
    [one] 1 plik
    [few] { $count } pliki
    [many] { $count } plików
   *[other] { $count } plików
}: { $names }
fix-unused-files-after = usunięto z kopii
fix-what-package-files = Pliki pakietu
fix-folder-before = w folderze „{ $folder }”
fix-folder-after = w katalogu głównym pakietu, gdzie szuka ich Teams
fix-package-damaged = Nie udało się ponownie zapisać pakietu, ponieważ jeden z jego wpisów jest uszkodzony ({ $error }). Zbuduj lub pobierz pakiet ponownie.
fix-folder-damaged = Nie udało się przenieść plików pakietu z ich folderu, ponieważ jeden z wpisów jest uszkodzony ({ $error }). Zbuduj lub pobierz pakiet ponownie.
fix-output-is-input = to jeden ze sprawdzanych plików, a poprawiona kopia nigdy ich nie zastępuje; wybierz inną nazwę
fix-schema-preview = manifest używa formatu zapoznawczego devPreview, który sklep odrzuca; skierowanie linku na ten format oddaliłoby pakiet od tego, co akceptuje sklep. Najpierw przenieś manifest na opublikowany format (zobacz „Manifest używa formatu akceptowanego przez sklep”) razem z jego linkiem
fix-schema-unknown-format = format manifestu (manifestVersion) nie jest formatem opublikowanym przez Microsoft, więc nie ma oficjalnego linku, którego można by użyć
fix-schema-not-text = link istnieje, ale nie jest tekstem, więc nie wiadomo, co miał wskazywać
fix-schema-not-fixed = Nie poprawiono linku do schematu w pliku „{ $file }”: { $reason }.
fix-who-developer = Twój deweloper.
fix-schema-missing = brak
fix-what-schema-link = Link do schematu ({ $field }) w pliku „{ $file }”
fix-icon-outline = ikona konturu
fix-icon-color = ikona kolorowa
fix-icon-small-color = mała ikona kolorowa
fix-who-icon-maker = Osoba, która projektuje Twoje ikony (albo deweloper).
fix-icon-not-fixed = Plik „{ $file }” ({ $icon }) nie został poprawiony: { $reason }
fix-icon-shared = ten sam plik jest też używany jako { $other }, która wymaga innego rozmiaru lub koloru; każda ikona potrzebuje własnego pliku.
fix-icon-not-png = nie jest obrazem PNG; najpierw zapisz go jako PNG.
fix-icon-not-square = ma wymiary { $width } × { $height } px i nie jest kwadratem; zmiana rozmiaru na { $want } × { $want } px rozciągnęłaby obraz, a jego przycięcie wymaga ludzkiego oka.
fix-icon-too-large = ma wymiary { $width } × { $height } px, czyli jest za duży, by można go było bezpiecznie otworzyć (ikona ma { $want } × { $want } px).
fix-icon-damaged = jest uszkodzonym obrazem PNG, którego nie da się otworzyć.
fix-icon-no-transparency = nie ma żadnego przezroczystego piksela, więc wybielenie go dałoby biały kwadrat. Ikona konturu musi przedstawiać kształt aplikacji na biało na przezroczystym tle.
fix-icon-not-saved = nie udało się zapisać obrazu o zmienionym rozmiarze jako PNG.
fix-icon-size = { $width } × { $height } px
fix-icon-whitened = { $want } × { $want } px, biała na przezroczystym tle ({ $count ->
    [one] 1 piksel zmieniony na biały
    [few] { $count } piksele zmienione na białe
    [many] { $count } pikseli zmienionych na białe
   *[other] { $count } pikseli zmienionych na białe
}, przezroczystość zachowana)
fix-what-icon = Plik „{ $file }” ({ $icon })
report-mark-ok = OK
report-mark-fix = Popraw
report-mark-warn = Sprawdź
report-mark-skip = Niepotrzebne
report-mark-info = Uwaga
report-mark-step = Dalej
report-mark-yes = Tak
report-mark-no = Nie
report-mark-added = Dodano
report-mark-removed = Usunięto
report-mark-changed = Zmieniono
punctuation-colon = {": "}
report-tag-pass = OK
report-tag-fix = POPRAW
report-tag-warn = SPRAWDŹ
report-tag-skip = NIEPOTRZEBNE
report-tag-note = UWAGA
report-tag-next = DALEJ
report-tag-yes = TAK
report-tag-no = nie
store-consequence-unused-files = { $count ->
    [one] Z tego powodu pakiet nie używa już pliku { $files }, którego używała opublikowana wersja. Po usunięciu tego problemu plik znów będzie używany, więc go nie usuwaj.
    [few] Z tego powodu pakiet nie używa już plików { $files }, których używała opublikowana wersja. Po usunięciu tego problemu pliki znów będą używane, więc ich nie usuwaj.
    [many] Z tego powodu pakiet nie używa już plików { $files }, których używała opublikowana wersja. Po usunięciu tego problemu pliki znów będą używane, więc ich nie usuwaj.
   *[other] Z tego powodu pakiet nie używa już plików { $files }, których używała opublikowana wersja. Po usunięciu tego problemu pliki znów będą używane, więc ich nie usuwaj.
}
report-files-not-compared = Ikony i inne pliki pakietu nie zostały porównane, ponieważ zamiast pakietu podano plik manifest.json. Otwórz oba pakiety aplikacji .zip, aby je porównać.
change-value-before = Przedtem
change-value-now = Teraz
report-finding-place = { $place }, w pliku { $file }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = Informacje podstawowe › Wersja
portal-basic-app-names = Informacje podstawowe › Nazwy aplikacji
portal-basic-descriptions = Informacje podstawowe › Opisy
portal-basic-developer-information = Informacje podstawowe › Informacje o deweloperze
portal-branding-color-icon = Znakowanie › Ikona kolorowa
portal-branding-outline-icon = Znakowanie › Ikona konturu
portal-features-bot = Funkcje aplikacji › Bot
portal-features-personal-app = Funkcje aplikacji › Aplikacja osobista

## Command line (src/cli.rs, src/cli/)
cli-error = błąd: { $error }
cli-unknown-language = błąd: --lang: „{ $tag }” nie jest językiem obsługiwanym przez tę aplikację. Wybierz jeden z: { $tags }.
cli-nothing-fixed = Niczego nie dało się poprawić automatycznie, więc nie zapisano kopii.
cli-copy-not-saved = błąd: nie udało się zapisać poprawionej kopii jako { $path } ({ $error }). Wybierz inne miejsce za pomocą opcji --output albo sprawdź, czy na dysku jest wolne miejsce i czy można zapisywać w folderze.
cli-copy-saved = Zapisano poprawioną kopię: { $path }
cli-fixed-heading = Poprawiono ({ $count }):
cli-fixed-step = { $what }: wcześniej { $before }, teraz { $after }
cli-not-fixed-heading = Nie poprawiono tutaj ({ $count }):
cli-problem = Problem
cli-not-fixed-item = { $title }: { $message }
cli-who-can-fix = Kto może to poprawić: { $who }
cli-fix-result = { $which ->
    [fixed] Poprawiona kopia
   *[new] Nowa wersja
}: { $headline }
cli-output-not-written = błąd: nie udało się zapisać danych wyjściowych ({ $error }). Sprawdź, czy na dysku jest wolne miejsce i czy można zapisać plik.
cli-could-not-load-side = błąd: nie udało się załadować pliku ({ $side }): { $error }
cli-could-not-load = błąd: nie udało się załadować pliku { $file }: { $error }
cli-input-error-at = { $place }: { $problem }. { $fix }
cli-input-error = { $problem }. { $fix }
cli-app-id-error = błąd: --app-id: { $error }
cli-app-id-in-file = błąd: identyfikator aplikacji w pliku { $path }: { $error } (możesz też podać identyfikator w opcji --app-id).
cli-label-error = błąd: --label: { $error }
cli-no-window-in-build = Ta kompilacja teams-update-check nie ma okna (zbudowano ją bez funkcji `gui`). Użyj polecenia `teams-update-check check OLD NEW`; zobacz `teams-update-check --help`.
cli-no-display = błąd: nie znaleziono ekranu, więc nie można otworzyć okna (wygląda na to, że to serwer, kontener lub zdalna powłoka bez pulpitu). Wiersz poleceń działa bez ekranu: uruchom `teams-update-check check PUBLISHED NEW` (zobacz `teams-update-check --help`).
cli-window-not-opened = błąd: nie udało się otworzyć okna: nie znaleziono ekranu albo nie udało się uruchomić grafiki komputera. Wiersz poleceń działa bez okna: uruchom `teams-update-check check PUBLISHED NEW` (zobacz `teams-update-check --help`).

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = Wersja { $version }
app-close = Zamknij
app-cancel = Anuluj
app-where = Gdzie: { $place }
app-the-file = plik
app-the-app = aplikacja
app-copied = Skopiowano do schowka: { $what }
app-clipboard-failed = Nie udało się użyć schowka ({ $error }). Zaznacz tekst poniżej i skopiuj go ręcznie.
app-no-clipboard = brak schowka

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = Twoje pliki pozostają na tym komputerze: nic nie jest wysyłane. Pliki są tylko odczytywane, nigdy zmieniane.
app-tagline = Sprawdź aktualizację aplikacji Teams przed jej przesłaniem
app-about = Informacje
app-about-hover = Wersja, licencja i to, co aplikacja robi z Twoimi plikami
app-language = Język
app-language-hover = Język okna i eksportowanych z niego raportów
app-language-system = Taki jak na tym komputerze ({ $language })
app-export = Eksportuj raport…
app-export-hover = Zapisz ten raport jako plik Markdown lub HTML ({ $shortcut })
app-export-disabled-hover = Najpierw otwórz obie wersje
app-try-example = Wypróbuj przykład
app-try-example-hover = Załaduj wbudowany przykład aktualizacji, która wymaga ponownego zatwierdzenia przez użytkowników
app-paste-path-first = Najpierw wklej pełną ścieżkę do pliku.
app-no-file-dialog = Na tym komputerze nie można otworzyć okna wyboru pliku. Upuść plik na okno albo wklej jego pełną ścieżkę w panelu.
app-fixed-copy-saved = Zapisano poprawioną kopię: { $path }. Jest teraz otwarta jako nowa wersja.
app-button-needs-new-version = Najpierw otwórz nową wersję: przycisk używa jej identyfikatora aplikacji.
app-what-button-html = Kod HTML przycisku
app-what-link = Link
app-too-many-dropped = Użyto tylko dwóch pierwszych upuszczonych plików.
app-notice-not-opened = Nie udało się otworzyć informacji o oprogramowaniu innych firm. Otwórz plik { $path } w menedżerze plików.
app-same-file = Oba panele pokazują ten sam plik, więc nic nie mogło się zmienić. Otwórz nową wersję w panelu po prawej stronie.
app-checking = Sprawdzanie…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = W Teams Update Check wystąpił wewnętrzny problem podczas odczytu tego pliku (to błąd narzędzia, a niekoniecznie problem z plikiem)
app-internal-read-fix = Kliknij „Załaduj ponownie”. Jeśli problem się powtórzy, zgłoś go nam i dołącz plik; tymczasem sprawdź plik w Portalu deweloperów dla aplikacji Teams.
app-internal-check = W Teams Update Check wystąpił wewnętrzny problem podczas porównywania dwóch plików (błąd narzędzia). Kliknij „Załaduj ponownie”; jeśli problem się powtórzy, zgłoś go nam i dołącz pliki.
app-internal-write = W Teams Update Check wystąpił wewnętrzny problem podczas zapisywania pliku (błąd narzędzia). Spróbuj ponownie.
app-open-dialog-title = { $side ->
    [old] Otwórz opublikowaną wersję (obecnie w sklepie)
   *[new] Otwórz nową wersję (do przesłania)
}
app-filter-manifest-or-package = Manifest Teams lub pakiet aplikacji
app-filter-all-files = Wszystkie pliki
app-save-report-title = Zapisz raport
app-filter-html = Strona internetowa (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = Sprawdza aktualizację Twojej aplikacji Microsoft Teams przed jej przesłaniem do sklepu: czy jest gotowa, czy użytkownicy zostaną poproszeni o ponowne zatwierdzenie aplikacji i co się zmieniło.
app-about-privacy-heading = Twoje pliki pozostają na tym komputerze
app-about-privacy = Aplikacja tylko odczytuje otwierane pliki i nigdy ich nie zmienia. Nie nawiązuje żadnych połączeń sieciowych: niczego nigdzie nie wysyła, a schematy Microsoftu, według których sprawdza pliki, są w nią wbudowane.
app-about-license-heading = Licencja
app-about-license = Teams Update Check to wolne oprogramowanie na licencji MIT.
app-about-show-license = Pokaż licencję
app-about-third-party-heading = Oprogramowanie innych firm
app-about-third-party = Aplikacja korzysta ze składników open source; licencja każdego z nich jest wymieniona w informacji o oprogramowaniu innych firm dołączonej do aplikacji.
app-about-open-notice = Otwórz informację o oprogramowaniu innych firm
app-about-no-notice = Ta kopia aplikacji nie została zainstalowana z pakietu, więc nie ma obok niej listy składników open source i ich licencji ({ $file }). Zainstalowana aplikacja ją zawiera.
app-about-trademark = Narzędzie nie zostało utworzone ani zatwierdzone przez Microsoft. Microsoft Teams jest znakiem towarowym grupy firm Microsoft.

# The download button panel (src/app/button_panel.rs)
app-button-heading = Przycisk pobierania dla Twojej witryny internetowej
app-button-intro = Umieść ten przycisk w witrynie produktu, aby odwiedzający mogli pobrać Twoją aplikację w Teams. Link zadziała, gdy aplikacja zostanie opublikowana w sklepie Teams.
app-button-text = Tekst przycisku
app-button-look = Wygląd
app-button-look-named = Wygląd: { $style }
app-button-size = Rozmiar
app-button-size-named = Rozmiar: { $size }
app-button-hint-filled = Fiolet Teams z białym tekstem: dobrze widoczny na jasnych i ciemnych stronach.
app-button-hint-outline = Fioletowy tekst i obramowanie na przezroczystym tle: tylko dla jasnych stron. Na ciemnej stronie wybierz wygląd Fioletowy lub Ciemny.
app-button-hint-dark = Prawie czarny z białym tekstem: dla jasnych stron i stron z wieloma elementami (na czarnej stronie się nie wyróżnia).
app-button-app-id = Identyfikator aplikacji
app-button-app-id-hover = Identyfikator Twojej aplikacji w sklepie Teams. Jest pobierany z nowego manifestu; wpisz inny (np. identyfikator w sklepie z Centrum partnerskiego), aby go zastąpić.
app-button-app-id-from-manifest = { $id } (z manifestu nowej wersji)
app-button-app-id-hint = Aby użyć innego identyfikatora aplikacji, wpisz go lub wklej tutaj
app-button-placeholder-id = Identyfikator w nowym manifeście wygląda na symbol zastępczy; wpisz powyżej prawdziwy identyfikator aplikacji.
app-button-preview = Podgląd
app-button-copy-html = Kopiuj HTML
app-button-copy-html-hover = Skopiuj kod HTML przycisku, aby wkleić go w swojej witrynie ({ $shortcut })
app-button-copy-link = Kopiuj link
app-button-open-preview = Otwórz podgląd w przeglądarce
app-button-open-preview-hover = Zobacz prawdziwy przycisk w przeglądarce internetowej
app-button-show-html = Pokaż kod HTML
app-button-html-label = Kod HTML do wklejenia na stronie:
app-preview-not-written = Nie udało się zapisać strony podglądu ({ $error }). Zamiast tego skopiuj kod HTML i wklej go na własnej stronie.
app-preview-no-address = strona nie ma adresu pliku
app-preview-opened = Poproszono przeglądarkę internetową o otwarcie podglądu. Jeśli okno przeglądarki się nie pojawi, otwórz w niej plik { $path }.
app-preview-no-browser = Nie udało się uruchomić przeglądarki internetowej ({ $error }). Strona podglądu jest zapisana jako { $path }: otwórz ją w przeglądarce.
app-preview-page-title = Podgląd przycisku
app-preview-on-light = Na jasnej stronie:
app-preview-on-grey = Na szarej stronie:
app-preview-on-dark = Na ciemnej stronie:

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] Opublikowana wersja
   *[new] Nowa wersja
}
app-card-hint = { $side ->
    [old] Wersja, która jest teraz w sklepie Teams
   *[new] Aktualizacja, którą chcesz przesłać
}
app-reversed = Numer nowej wersji jest niższy niż numer opublikowanej. Czy wersje zostały otwarte w odwrotnej kolejności?
app-swap = Zamień miejscami
app-swap-hover = Zamień miejscami opublikowaną i nową wersję
app-card-empty = Upuść tutaj plik manifest.json lub pakiet aplikacji (.zip) albo
app-card-reading = Odczytywanie: { $file }…
app-card-icon-alt = Ikona kolorowa: { $name }
app-card-icon-hover = Ikona kolorowa aplikacji z pakietu
app-card-no-name = (manifest nie zawiera nazwy aplikacji)
app-card-file = Plik: { $file }
app-card-manifest-format = Format manifestu { $schema }
app-card-not-given = nie podano
app-card-manifest-format-hover = manifestVersion: wersja formatu manifestu Microsoftu, w którym zapisano plik
app-card-could-not-load = Nie udało się załadować pliku { $file }
app-card-what-is-wrong = Co jest nie tak: { $problem }
app-card-what-to-do = Co zrobić: { $fix }
app-card-open = Otwórz…
app-card-open-hover = Wybierz plik manifest.json lub pakiet aplikacji .zip ({ $shortcut })
app-card-open-named = { $side ->
    [old] Otwórz opublikowaną wersję…
   *[new] Otwórz nową wersję…
}
app-card-reload = Załaduj ponownie
app-card-reload-hover = Odczytaj plik ponownie ({ $shortcut })
app-card-reload-named = { $side ->
    [old] Załaduj ponownie opublikowaną wersję
   *[new] Załaduj ponownie nową wersję
}
app-card-clear = Wyczyść
app-card-clear-named = { $side ->
    [old] Wyczyść opublikowaną wersję
   *[new] Wyczyść nową wersję
}
app-card-typed-path = Upuść plik na to okno albo wklej tutaj jego pełną ścieżkę:
app-card-typed-path-hover = W systemie Linux okno dialogowe wymaga selektora plików środowiska pulpitu (usługi xdg-desktop-portal) lub programu zenity.
app-card-path-example-windows = C:\Users\you\Downloads\app-package.zip
app-card-path-example = /home/you/Downloads/app-package.zip
app-card-path-named = { $side ->
    [old] Ścieżka pliku opublikowanej wersji
   *[new] Ścieżka pliku nowej wersji
}
app-card-open-typed = Otwórz
app-drop-overlay = Upuść plik na panel, aby go tam załadować
app-drop-question = Która to wersja?
app-drop-load-as = Załaduj plik { $file } jako:

# Saving the report (src/app/export.rs)
app-report-saved = Zapisano raport: { $path }
app-report-saved-no-dialog = Na tym komputerze nie można otworzyć okna zapisywania, więc raport zapisano jako { $path }
app-export-is-input = Nie zapisano: { $path } to jeden ze sprawdzanych plików. Wybierz inną nazwę.
app-export-failed = Nie udało się zapisać raportu jako { $path } ({ $error }). Wybierz folder, w którym możesz zapisywać.

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = Poprawiona kopia: { $path }
app-fix-repaired = { $what }: wcześniej { $before }, teraz { $after }
app-fix-left = { $problem } Kto może to poprawić: { $who }
app-fix-save = Zapisz poprawioną kopię…
app-fix-save-hover = Zapisuje nowy pakiet z bezpiecznymi poprawkami (numer wersji, link do schematu, ikony, nieużywane pliki); Twoje pliki pozostają bez zmian. Kopia zostanie następnie otwarta jako nowa wersja.
app-fix-some-repairable = Niektóre z tych problemów można poprawić automatycznie.
app-fix-version-label = Wersja kopii:
app-fix-version-named = Wersja poprawionej kopii
app-fix-leave-empty = Pozostaw puste, aby użyć wersji { $proposed } (opublikowana wersja to { $published }).
app-fix-no-dialog = Na tym komputerze nie można otworzyć okna zapisywania. Wpisz, gdzie zapisać poprawioną kopię:
app-fix-path-named = Ścieżka poprawionej kopii
app-fix-save-copy = Zapisz kopię
app-fix-folder-hover = Zapisuje nowy pakiet, w którym pliki są przeniesione z folderu do katalogu głównego, gdzie szuka ich Teams; Twój plik pozostaje bez zmian.
app-fix-folder = Pliki nowej wersji znajdują się w folderze wewnątrz pakietu: kopia może przenieść je do katalogu głównego.
app-fix-dialog-title = Zapisz poprawioną kopię nowej wersji
app-internal-fix = W Teams Update Check wystąpił wewnętrzny problem podczas tworzenia poprawionej kopii (błąd narzędzia). Twoje pliki nie zostały zmienione.
app-fix-not-read-again = Nie udało się ponownie odczytać nowej wersji ({ $error }). Otwórz ją jeszcze raz.
app-fix-not-made = Nie udało się utworzyć poprawionej kopii: { $error }
app-fix-nothing = Niczego nie dało się poprawić automatycznie; pozostałe problemy wymagają pracy człowieka (zobacz listę).
app-fix-not-saved = Nie udało się zapisać poprawionej kopii jako { $path } ({ $error }). Wybierz inne miejsce.

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = Część tekstu w Twoich plikach jest zapisana znakami, których nie potrafi wyświetlić żadna czcionka na tym komputerze ({ $scripts }), dlatego zamiast nich widać puste prostokąty. Zainstaluj { $fix } i ponownie otwórz Teams Update Check, aby zobaczyć ten tekst. Nie ma to wpływu na samo sprawdzenie: jego wyniki są kompletne.
app-font-fix-other = czcionkę, która zawiera te znaki
app-font-fix-emoji = czcionkę emoji (np. Noto Color Emoji)
app-font-fix-script = czcionkę obsługującą te znaki: { $scripts } (np. z bezpłatnej rodziny Noto)
app-list-and = { $first } i { $last }
app-hide = Ukryj
app-script-greek = pismo greckie
app-script-cyrillic = cyrylica
app-script-armenian = pismo ormiańskie
app-script-hebrew = pismo hebrajskie
app-script-arabic = pismo arabskie
app-script-devanagari = dewanagari (hindi)
app-script-bengali = pismo bengalskie
app-script-gurmukhi = gurmukhi (pendżabski)
app-script-gujarati = pismo gudżarati
app-script-odia = pismo orija
app-script-tamil = pismo tamilskie
app-script-telugu = pismo telugu
app-script-kannada = pismo kannada
app-script-malayalam = pismo malajalam
app-script-sinhala = pismo syngaleskie
app-script-thai = pismo tajskie
app-script-lao = pismo laotańskie
app-script-tibetan = pismo tybetańskie
app-script-burmese = pismo birmańskie
app-script-georgian = pismo gruzińskie
app-script-korean = pismo koreańskie
app-script-ethiopic = pismo etiopskie (amharski)
app-script-khmer = pismo khmerskie
app-script-emoji = emoji
app-script-japanese = pismo japońskie
app-script-chinese = pismo chińskie
app-script-other = inne znaki

# The report's own labels (src/app/report_view.rs)
app-sources = Źródła:
app-source-link = Źródło ↗
app-for-developers = Dla deweloperów: { $lines }
app-show-details = Pokaż szczegóły
app-show-details-hover = Przewiń poniżej do szczegółów tego problemu
app-why = Dlaczego: { $why }
app-who-can-fix = Kto może to poprawić:
app-select-to-copy = Zaznacz tekst, aby skopiować jego fragment
app-copy-full-value = Kopiuj pełną wartość
app-copy-full-value-hover = Skopiuj całą wartość do schowka
app-copy-hover = Kopiuje tekst do schowka, aby można go było wkleić w innym miejscu
app-show-the-text = Pokaż tekst
app-developer-details = Szczegóły dla deweloperów

# The welcome page (src/app/welcome.rs)
app-welcome-heading = Jak korzystać
app-welcome-step-1 = 1. Po lewej stronie otwórz wersję aplikacji, która jest teraz w sklepie Teams: jej plik manifest.json lub przekazany pakiet aplikacji .zip.
app-welcome-step-2 = 2. Po prawej stronie otwórz aktualizację, którą chcesz przesłać.
app-welcome-step-3 = 3. Przeczytaj odpowiedź: czy aktualizacja jest gotowa, czy użytkownicy zostaną poproszeni o ponowne zatwierdzenie aplikacji i co się zmieniło.
app-welcome-step-4 = 4. Skopiuj przycisk pobierania dla swojej witryny internetowej.
app-welcome-shortcuts = Pliki możesz też upuszczać na okno. Skróty: { $open_old } otwiera opublikowaną wersję, { $open_new } – nową, { $export } eksportuje raport, { $copy_html } kopiuje kod HTML przycisku, { $reload } ładuje pliki ponownie.
app-welcome-where-heading = Skąd wziąć opublikowaną wersję?
app-welcome-where-intro = Użyj pakietu aplikacji, który ma teraz Microsoft, a nie plików, które od tego czasu edytowano. Pobierz go z miejsca, z którego aplikacja została opublikowana:
app-welcome-where-portal = Portal deweloperów (dev.teams.microsoft.com): otwórz „Aplikacje”, wybierz swoją aplikację i wybierz „Pobierz pakiet aplikacji”. Zrób to, zanim wprowadzisz tam zmiany: po edycji aplikacji pobrany pakiet będzie już nową wersją.
app-welcome-where-partner = Centrum partnerskie (partner.microsoft.com), w przypadku aplikacji w sklepie Teams: otwórz ofertę swojej aplikacji Teams i pobierz pakiet aplikacji przekazany dla opublikowanej wersji.
app-welcome-where-admin = Centrum administracyjne usługi Teams (admin.teams.microsoft.com), w przypadku aplikacji opublikowanej tylko w Twojej organizacji: administrator Teams może pobrać jej pakiet w sekcji „Aplikacje usługi Teams” › „Zarządzaj aplikacjami”.
app-welcome-where-records = Twoje własne archiwum: plik .zip przekazany ostatnim razem (na przykład Teams Toolkit przechowuje go w folderze appPackage/build/ projektu).
app-welcome-where-new = Nowa wersja to pakiet, który zamierzasz przekazać: pobrany z Portalu deweloperów po wprowadzeniu zmian albo plik .zip otrzymany od deweloperów.

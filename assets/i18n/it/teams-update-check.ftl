# Teams Update Check: every sentence a user can read, in Italian (Italiano).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: addin-control-menu, agent-capability-dataverse, agent-capability-fabric, agent-sign-in-oauth, app-card-file, app-filter-markdown, app-name, app-script-emoji, app-what-link, change-bot, change-scope-copilot, place-label-bot, render-report, report-row-file, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = { $count ->
    [one] 1 icona
   *[other] { $count } icone
}

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = L'ID app resta lo stesso
check-version-format-title = Il numero di versione è scritto correttamente
check-version-incremented-title = Il numero di versione aumenta
check-app-id-changed = L'ID app è cambiato da { $old } a { $new }. Un aggiornamento deve mantenere l'ID dell'app pubblicata: con un nuovo ID lo store la considera un'app diversa. Ripristina il vecchio ID.
check-app-id-not-guid = L'ID app è lo stesso nei due file, ma “{ $id }” non è un vero ID app (un GUID come 0b5c3d6e-1234-4abc-9def-00112233aabb). Sembra un segnaposto che i tuoi strumenti di compilazione sostituiscono: controlla il pacchetto che invii davvero.
check-app-id-same = L'ID app resta { $id }.
check-version-too-long = La nuova versione “{ $version }” supera i 256 caratteri.
check-version-not-three-numbers = La nuova versione “{ $version }” non è composta da tre numeri interi separati da punti, come 1.4.2 (niente lettere, niente zeri iniziali, niente “-beta”); lo store rifiuta le altre forme.
check-version-addin-part-too-big = La nuova versione “{ $version }” ha una parte superiore a 99999, cosa che i componenti aggiuntivi di Office (la sezione `extensions`) non consentono.
check-version-well-formed = La nuova versione { $version } è scritta come lo store si aspetta.
check-version-nothing-changed = Non è cambiato nulla, quindi la versione non deve cambiare.
check-version-goes-up = La versione passa da { $old } a { $new }.
check-version-unchanged = La versione è ancora { $new }, ma qualcosa è cambiato. La versione deve aumentare a ogni modifica: portala oltre { $old }, ad esempio a { $next }.
check-version-same-number = La versione passa da { $old } a { $new }: è lo stesso numero scritto in modo diverso (le parti mancanti valgono 0), non un numero più alto. Portala oltre { $old }, ad esempio a { $next }.
check-version-lower = La nuova versione { $new } è più bassa di quella pubblicata, { $old }. Hai invertito i due file? Prima viene la versione pubblicata, poi quella nuova. Altrimenti porta la nuova versione oltre { $old }.
check-version-not-comparable = Impossibile confrontare le versioni, perché { $which ->
    [published] la versione pubblicata
   *[new] la nuova versione
} “{ $version }” { $reason ->
    [long] ha una parte più lunga di 18 cifre
   *[signs] non è composta solo da numeri e punti
}. Assicurati che la nuova versione sia più alta di quella pubblicata.
check-version-higher-number = un numero più alto

## Store checks (src/store/)
store-activities-title = I tipi di notifica del feed attività sono univoci e non riservati
store-agent-files-title = Ogni file dell'agente Copilot è leggibile
store-localization-agent-default-file-title = Un agente tradotto ha un file per la sua lingua predefinita
store-agent-localization-keys-title = Ogni file di traduzione contiene le chiavi di localizzazione dell'agente
store-agent-name-match-title = L'agente e le sue azioni hanno il nome dell'app
store-agent-operations-title = Ogni funzione dell'agente e ogni comando API ha la sua operazione
store-agent-schema-title = I file dell'agente Copilot rispettano gli schemi ufficiali di Microsoft
store-agent-schema-url-title = I file dell'agente Copilot rimandano allo schema del proprio formato
store-agent-text-hygiene-title = Le descrizioni e le istruzioni dell'agente non contengono indirizzi web, emoji o caratteri nascosti
store-agent-urls-title = Gli agenti Copilot chiamano veri indirizzi https
store-api-message-extension-title = Le estensioni per la messaggistica rispettano le regole di caricamento del loro tipo
store-app-name-core-feature-title = Il nome breve non inizia con una funzionalità di Teams
store-bot-id-guid-title = Gli ID dei bot sono GUID
store-bot-id-kept-title = I bot mantengono gli ID pubblicati
store-cea-bot-id-title = L'agente con motore personalizzato è uno dei bot dell'app
store-channel-features-title = L'app dichiara se funziona nei canali condivisi e privati
store-bot-command-slash-title = I comandi del bot non iniziano con una barra
store-bot-command-duplicate-title = Ogni comando del bot compare una sola volta nel suo elenco
store-me-command-duplicate-title = Ogni comando di azione di un'estensione per la messaggistica compare una sola volta
store-consequential-actions-title = Le azioni che modificano dati chiedono prima conferma all'utente
store-da-actions-title = L'agente ha delle azioni
store-da-graph-connectors-blank-title = L'agente usa tutti i connettori Copilot di un'organizzazione
store-da-starters-count-title = L'agente ha da 3 a 6 spunti di conversazione
store-dashboard-cards-title = Le card del dashboard hanno un'icona ciascuna e ID univoci
store-descriptions-title = La descrizione completa dice più di quella breve, in 500 parole al massimo
store-https-urls-title = Gli indirizzi web sono sicuri (https)
store-icon-color-title = L'icona a colori è un PNG 192 × 192
store-icon-color32x32-title = L'icona a colori piccola è un PNG 32 × 32
store-icon-outline-title = L'icona di contorno è bianca su sfondo trasparente, 32 × 32
store-localization-title = I file di traduzione sono validi e corrispondono al formato del manifesto
store-localization-tags-title = Ogni lingua ha un solo file di traduzione
store-long-description-copilot-title = La descrizione completa dice che l'app funziona in Microsoft 365 Copilot
store-manifest-version-title = Il manifesto usa un formato accettato dallo store
store-me-sample-prompts-title = I comandi delle estensioni per la messaggistica hanno 3 prompt di esempio diversi
store-package-extra-files-title = Il pacchetto contiene solo i file usati dal manifesto
store-package-files-title = Ogni file indicato dal manifesto è nel pacchetto
store-package-name-deprecated-title = Nessun campo packageName obsoleto
store-package-size-title = Il pacchetto pesa al massimo 10 MB
store-placeholders-title = Non sono rimasti segnaposto del modello
store-required-texts-title = Nome, descrizioni e nome dello sviluppatore sono compilati
store-schema-title = Il manifesto rispetta lo schema ufficiale di Microsoft
store-schema-url-title = Il link allo schema corrisponde al formato del manifesto
store-static-tab-names-title = Le schede personali hanno nomi corretti
store-valid-domains-title = I domini validi sono i tuoi domini di produzione
store-valid-domains-coverage-title = Le pagine delle schede sono nei tuoi domini validi
store-version-major-title = La versione è 1.0.0 o superiore
store-activities-reserved = Il tipo di attività “systemDefault” è riservato da Teams alle proprie notifiche; il servizio di caricamento lo rifiuta. Dai a questo tipo di notifica un nome tutto suo, come “taskAssigned” (il codice del tuo sviluppatore la invia con quel nome).
store-activities-duplicate = Il tipo di attività “{ $kind }” è dichiarato più di una volta; il servizio di caricamento non lo accetta. Tieni una sola voce per questo tipo.
store-agent-files-broken = { $problem }
store-agent-files-too-large = “{ $file }” ({ $what }) pesa { $size }; per questo controllo un file del pacchetto può pesare al massimo { $limit }, e un file così grande quasi certamente non è quello previsto. Il tuo sviluppatore deve ridurlo o sostituirlo.
store-agent-files-too-many = Il pacchetto rimanda a più di { $limit } file dell'agente da leggere; “{ $file }” e i file successivi non sono stati controllati. Gli agenti di un'app richiedono molti meno file: il tuo sviluppatore dovrebbe controllare quali file indicano i file dell'agente.
store-agent-name-match-differs = In “{ $file }”, { $what } si chiama “{ $name }” ({ $kind ->
    [action] il nome dell'azione mostrato agli utenti
   *[agent] il nome dell'agente
}), ma l'app si chiama “{ $app }”. L'Agent Store richiede che l'app, il suo agente e le azioni dell'agente abbiano lo stesso nome. Il tuo sviluppatore deve cambiarlo in “{ $app }” (oppure cambia il nome dell'app perché corrisponda).
store-localization-agent-default-file-missing = L'agente Copilot è tradotto (i suoi file usano chiavi di localizzazione come [[agentName]]) e l'app elenca altre lingue, ma manca il file di traduzione per la lingua predefinita (defaultLanguageFile). Un agente tradotto ha bisogno di un file per ogni lingua che supporta, compresa quella predefinita. Il tuo sviluppatore deve aggiungerlo e indicarlo nel manifesto.
store-localization-agent-default-file-advice = L'app elenca altre lingue, ma nessun file di traduzione per la lingua predefinita (defaultLanguageFile). Se l'agente Copilot supporta più di una lingua, ha bisogno di un file per ogni lingua, compresa quella predefinita.
store-agent-localization-keys-lacking = Nel file di traduzione “{ $file }” { $count ->
    [one] manca una chiave di localizzazione
   *[other] mancano chiavi di localizzazione
} che l'agente Copilot usa ({ $keys }). Il servizio di caricamento rifiuta un testo dell'agente che non riesce a tradurre. Il tuo sviluppatore deve { $count ->
    [one] aggiungerla
   *[other] aggiungerle
} in localizationKeys in questo file.
store-agent-operations-command = Il comando “{ $command }” dell'estensione per la messaggistica non ha un'operazione con quell'ID (operationId) nella descrizione dell'API “{ $file }”: non funzionerebbe mai quando un utente lo esegue. Il tuo sviluppatore deve associare il comando a un'operazione.
store-agent-operations-undefined-function = Il file delle azioni dell'agente “{ $file }” esegue una funzione “{ $function }” che non definisce (non è tra le sue funzioni). Il tuo sviluppatore deve aggiungere la funzione o correggerne il nome.
store-agent-operations-function = La funzione dell'agente “{ $function }” non ha un'operazione con quell'ID (operationId) nella descrizione dell'API “{ $file }”: Copilot fallirebbe ogni volta che prova a usarla. Il tuo sviluppatore deve associare la funzione a un'operazione.
store-agent-schema-url-mismatch = Il link allo schema di “{ $file }” è per il formato { $linked }, ma il file dichiara di seguire { $version }. Il tuo sviluppatore dovrebbe inserire il link allo schema di { $version }, così gli editor controllano il file con le regole giuste.
store-schema-whole = { $kind ->
    [localization] Il file di localizzazione
    [declarative-agent] Il file dell'agente Copilot
    [plugin] Il file delle azioni dell'agente
    [agentic-user] Il modello di utente agentico
    [response-template] Il modello di risposta
   *[manifest] Il manifesto
}
store-schema-at-top = al primo livello { $kind ->
    [localization] del file di localizzazione
    [declarative-agent] del file dell'agente Copilot
    [plugin] del file delle azioni dell'agente
    [agentic-user] del modello di utente agentico
    [response-template] del modello di risposta
   *[manifest] del manifesto
}
store-schema-in-field = in { $field }
store-schema-manifest-format = il formato del manifesto { $format }
store-schema-renamed-field = { $field } contiene `{ $unknown }` dove { $format } si aspetta `{ $missing }`, che è obbligatorio. Rinomina `{ $unknown }` in `{ $missing }`.
store-schema-missing-one-of = { $field }: manca `{ $first }`, che è obbligatorio (oppure, al suo posto, { $others }). Aggiungilo.
store-schema-max-length = { $field } può avere al massimo { $limit } caratteri; il tuo valore ne ha { $count }.
store-schema-min-length = { $field } deve avere almeno { $limit ->
    [one] 1 carattere
   *[other] { $limit } caratteri
}; il tuo valore ne ha { $count }.
store-schema-max-items = { $field } può avere al massimo { $limit ->
    [one] 1 voce
   *[other] { $limit } voci
}; il tuo elenco ne ha { $count }.
store-schema-min-items = { $field } deve avere almeno { $limit ->
    [one] 1 voce
   *[other] { $limit } voci
}; il tuo elenco ne ha { $count }.
store-schema-uri = { $field } deve essere un indirizzo web completo, con il protocollo, come "https://www.contoso.com/help"; il tuo valore è { $value }.
store-schema-constant = { $field } deve essere { $expected }; il tuo valore è { $value }.
store-schema-required = { $field }: manca `{ $name }`, che è obbligatorio. Aggiungilo.
store-schema-type = { $field } deve essere { $expected }; il tuo valore è { $value }.
store-schema-type-name = { $kind ->
    [string] un testo (tra virgolette doppie)
    [object] un oggetto (`{"{"} … {"}"}`)
    [array] un elenco (`[ … ]`)
    [boolean] true o false
    [integer] un numero intero
    [number] un numero
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first } o { $second }
store-schema-unique-items = { $field } elenca la stessa voce più di una volta; tieni ogni voce una sola volta.
store-schema-no-form = { $field } non corrisponde a nessuna delle forme che { $format } consente qui. Confronta il valore con la documentazione di riferimento di questo campo.
store-schema-several-forms = { $field } corrisponde a più di una delle forme che { $format } consente qui; deve corrispondere esattamente a una.
store-schema-maximum = { $field } può valere al massimo { $limit }; il tuo valore è { $value }.
store-schema-minimum = { $field } deve valere almeno { $limit }; il tuo valore è { $value }.
store-schema-max-properties = { $field } può avere al massimo { $limit } campi.
store-schema-min-properties = { $field } deve avere almeno { $limit } campi.
store-schema-other = { $field } non rispetta { $format }: { $problem }.
store-schema-pattern-guid = un ID in forma di GUID, come “0b5c3d6e-1234-4abc-9def-00112233aabb”
store-schema-pattern-https = un indirizzo web sicuro che inizia con https://, come "{ $example }"
store-schema-pattern-color = un colore scritto come # seguito da sei cifre esadecimali, come “#4F6BED”
store-schema-pattern-version = una versione fatta di numeri e punti, come “1.0.0”
store-schema-pattern-other = { $field } ha un valore scritto in modo diverso da quanto prevede il formato del manifesto (deve corrispondere al modello { $pattern }); il tuo valore è “{ $value }”.
store-schema-pattern = { $field } deve essere { $expected }; il tuo valore è “{ $value }”.
store-schema-enum = { $field } deve essere uno tra { $allowed }; il tuo valore è { $value }.
store-schema-enum-hint = { $field } deve essere uno tra { $allowed }; il tuo valore è { $value }. Intendevi `{ $option }`?
store-schema-needs-later-format = `{ $property }` richiede il formato del manifesto { $later } o successivo; tu usi { $format }. Passa al formato { $later } (aggiorna manifestVersion e { $schema_field }) oppure rimuovi `{ $property }`.
store-schema-unknown-field = `{ $property }` non è un campo che { $format } prevede { $place }. Controllane l'ortografia e le maiuscole, oppure rimuovilo.
store-schema-sentences = { $first } { $second }
store-schema-no-sentence = {""}
store-localization-too-large = Il file di localizzazione “{ $file }” supera i 4 MiB; un file di localizzazione contiene pochi testi tradotti.
store-localization-not-json = Il file di localizzazione “{ $file }” non è un JSON valido: { $problem }. Aprilo in un editor di testo e correggilo alla riga { $line }, colonna { $column }.
store-localization-not-object = Il file di localizzazione “{ $file }” deve essere un oggetto JSON (che inizia con `{"{"}`), ma è { $value }.
store-localization-in-file = In “{ $file }”: { $problem }
store-schema-url-add-later = Quando il manifesto sarà passato a un formato pubblicato (vedi “Il manifesto usa un formato accettato dallo store”), aggiungi il link di quel formato.
store-schema-url-add = Aggiungi "{ $schema_field }": "{ $example }".
store-schema-url-missing = Il link allo schema (`{ $schema_field }`) manca o non è un testo. { $add }
store-schema-url-unusual = Il link allo schema “{ $link }” è insolito: non indica un formato di manifesto di Teams. Il link abituale è "{ $example }".
store-schema-url-preview = Il link allo schema (`{ $schema_field }`) indica il formato { $named }, ma manifestVersion è “{ $format }”. Non far puntare il link al formato di anteprima: lo store rifiuta il formato di anteprima stesso. Passa il manifesto a un formato pubblicato (vedi “Il manifesto usa un formato accettato dallo store”), con questo link che indica lo stesso formato.
store-schema-url-other-format = Il link allo schema (`{ $schema_field }`) indica il formato { $named }, ma manifestVersion è { $format }. Rendili uguali: "{ $example }".
store-schema-url-no-format = assente
store-placeholders-file-directive = “{ $text }” è una direttiva di file di Agents Toolkit, che il toolkit sostituisce con il testo del file quando compila il pacchetto; invia il pacchetto compilato dal toolkit, non i file sorgente.
store-placeholders-built-address = L'indirizzo “{ $text }” non è mai stato compilato: questo pacchetto è compilato (il suo manifesto ha un vero ID app), ma questo indirizzo è ancora un segnaposto, quindi Copilot non può raggiungerlo. Il tuo sviluppatore deve inserire qui il vero indirizzo https:// e compilare di nuovo il pacchetto.
store-placeholders-built-value = “{ $text }” non è mai stato compilato: questo pacchetto è compilato (il suo manifesto ha un vero ID app), ma questo valore è ancora un segnaposto. Il tuo sviluppatore deve inserire qui il valore reale e compilare di nuovo il pacchetto.
store-placeholders-placeholder = “{ $text }” è un segnaposto che i tuoi strumenti di compilazione sostituiscono; lo store ha bisogno del valore reale.
store-agent-schema-undocumented = Il file dell'agente Copilot “{ $file }” usa il formato { $version }, che non è ancora un formato documentato per gli agenti dichiarativi (le pagine di Microsoft descrivono i formati fino a v1.8); lo store potrebbe rifiutarlo. È stato verificato con lo schema v1.9 che Microsoft ha preparato. Se l'agente non usa nulla di v1.9 (le cartelle delle skill), il tuo sviluppatore può usare v1.8.
store-agent-schema-format = { $kind ->
    [plugin] il formato dei plug-in API { $version }
    [agentic-user] il formato dei modelli di utente agentico
    [response-template] il formato dei modelli di risposta
   *[declarative-agent] il formato degli agenti dichiarativi { $version }
}
store-agent-schema-newer = “{ $file }” ({ $what }) usa il formato { $version }, più recente di quelli che questa app conosce (fino a { $newest }); non è stato verificato con il suo schema. Un aggiornamento di questa app lo verificherà.
store-agent-schema-no-version = non ne indica nessuno
store-agent-schema-yours-quoted = il tuo valore è “{ $value }”
store-agent-schema-yours = il tuo valore è { $value }
store-agent-schema-version-missing = “{ $file }” ({ $what }) deve indicare in `{ $field }` quale formato segue (ad esempio “{ $newest }”); { $yours }. Il tuo sviluppatore deve impostarlo.
store-agent-text-hygiene-address = un indirizzo web ({ $address })
store-agent-text-hygiene-emoji = un'emoji ({ $emoji })
store-agent-text-hygiene-hidden = un carattere nascosto ({ $code })
store-agent-text-hygiene-instructs = parole che danno istruzioni a Copilot (“{ $phrase }”)
store-agent-text-hygiene-in-file = In “{ $file }”, il testo in “{ $place }”
store-agent-text-hygiene-refused = { $place } contiene { $what }. L'Agent Store rifiuta indirizzi web, emoji e caratteri nascosti nelle descrizioni e nelle istruzioni che Copilot legge. Rimuovilo.
store-agent-text-hygiene-steers = { $place } contiene { $what }. L'Agent Store rifiuta le descrizioni che cercano di guidare il modello; se queste parole descrivono solo ciò che fa l'app, lasciale.
store-agent-text-hygiene-joiner = { $place } contiene { $what }, un carattere di unione o di direzione. I testi in alfabeti come il persiano o l'hindi ne hanno bisogno, quindi potrebbe essere corretto; l'Agent Store rifiuta i caratteri nascosti che non servono a questo scopo.
store-agent-urls-not-full = “{ $address }” non è un indirizzo web completo; Copilot chiama i servizi dell'agente dal cloud e non ha nulla con cui completarlo. Il tuo sviluppatore deve scrivere l'indirizzo intero, ad esempio "https://api.contoso.com{ $path }".
store-agent-urls-not-secure = “{ $address }” non è un indirizzo sicuro (https); Copilot chiama solo indirizzi https. Il tuo sviluppatore deve usare l'indirizzo https del servizio.
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = l'indirizzo IP { $ip }
store-agent-urls-own-computer = “{ $address }” usa { $host }, che solo il computer o la rete dello sviluppatore possono raggiungere; Copilot lo chiama dal cloud per ogni utente. Il tuo sviluppatore deve usare l'indirizzo dove il servizio è ospitato davvero.
store-agent-urls-tunnel = “{ $address }” è un tunnel per i test sul computer dello sviluppatore; smette di funzionare quando il tunnel viene chiuso. Il tuo sviluppatore deve usare l'indirizzo dove il servizio è ospitato davvero.
store-api-message-extension-api-member = L'estensione per la messaggistica { $number } è basata su API, e un'estensione per la messaggistica basata su API non può avere { $member ->
    [botId] un ID del bot (`botId`)
   *[other] `{ $member }`
}; il servizio di caricamento la rifiuta. Rimuovilo.
store-api-message-extension-no-api-file = L'estensione per la messaggistica { $number } è basata su API, ma non indica la sua descrizione dell'API (`apiSpecificationFile`); il servizio di caricamento la rifiuta. Il tuo sviluppatore aggiunge il file OpenAPI al pacchetto e lo indica lì.
store-api-message-extension-no-template = Il comando { $name } dell'estensione per la messaggistica basata su API { $number } non indica il modello che ne mostra i risultati (`apiResponseRenderingTemplateFile`); il servizio di caricamento lo rifiuta. Il tuo sviluppatore aggiunge il modello al pacchetto e lo indica lì.
store-api-message-extension-no-parameters = Il comando { $name } dell'estensione per la messaggistica basata su API { $number } non ha parametri; il servizio di caricamento rifiuta un comando basato su API che non ne abbia almeno uno. Il tuo sviluppatore aggiunge i parametri richiesti dall'operazione dell'API.
store-api-message-extension-extra-auth = L'estensione per la messaggistica { $number } esegue l'accesso con `{ $kind }`, ma ha anche `{ $member }`, che appartiene a un altro metodo di accesso; il servizio di caricamento la rifiuta. Rimuovi `{ $member }` o cambia `authType`.
store-api-message-extension-no-registration = L'estensione per la messaggistica { $number } esegue l'accesso con una chiave API (`apiSecretServiceAuth`), ma non indica la sua registrazione (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`); il servizio di caricamento la rifiuta. Il tuo sviluppatore registra la chiave in Developer Portal e inserisce lì il suo ID di registrazione.
store-api-message-extension-no-entra = L'estensione per la messaggistica { $number } esegue l'accesso con Microsoft Entra (`microsoftEntra`), ma non ha `microsoftEntraConfiguration`; il servizio di caricamento la rifiuta. Il tuo sviluppatore lo aggiunge con "supportsSingleSignOn": true.
store-api-message-extension-no-sso = L'estensione per la messaggistica { $number } esegue l'accesso con Microsoft Entra, che richiede il Single Sign-On: `supportsSingleSignOn` deve essere true, altrimenti il servizio di caricamento la rifiuta.
store-api-message-extension-bot-api-file = L'estensione per la messaggistica { $number } è basata su bot, ma indica una descrizione dell'API (`apiSpecificationFile`); il servizio di caricamento non lo accetta. Rimuovila, oppure rendi l'estensione basata su API ("composeExtensionType": "apiBased", senza bot).
store-api-message-extension-bot-template = Il comando { $command } dell'estensione per la messaggistica basata su bot { $number } indica un modello per i risultati (`apiResponseRenderingTemplateFile`), che solo le estensioni basate su API hanno; il servizio di caricamento lo rifiuta. Rimuovilo.
store-api-message-extension-method = L'operazione “{ $operation }” dell'estensione per la messaggistica { $number } usa il metodo HTTP { $method }; le estensioni per la messaggistica basate su API possono chiamare solo operazioni GET e POST, e il servizio di caricamento rifiuta le altre.
store-api-message-extension-array-parameter = Il parametro{ $named ->
    [yes] {" "}“{ $label }”
   *[no] {""}
} dell'operazione “{ $operation }” (estensione per la messaggistica { $number }) è un elenco (`array`); le estensioni per la messaggistica basate su API non possono inviare elenchi, e il servizio di caricamento lo rifiuta.
store-api-message-extension-required-parameter = Il parametro obbligatorio{ $named ->
    [yes] {" "}“{ $label }”
   *[no] {""}
} dell'operazione “{ $operation }” (estensione per la messaggistica { $number }) viene inviato { $location }; le estensioni per la messaggistica basate su API possono compilare i parametri obbligatori solo nel percorso (path) o nella query, e il servizio di caricamento rifiuta le altre posizioni.
store-api-message-extension-no-location = senza una posizione (`in`)
store-api-message-extension-location = come { $location }
store-api-message-extension-no-servers = La descrizione dell'API “{ $file }” dell'estensione per la messaggistica { $number } non indica alcun server (`servers`) per le sue operazioni, quindi Teams non sa dove inviarle; il servizio di caricamento la rifiuta. Il tuo sviluppatore aggiunge l'indirizzo dell'API in `servers`.
store-app-name-words-title = Il nome dell'app evita le parole che la revisione dello store rifiuta
store-agent-store-copilot-agent = l'agente Copilot
store-agent-store-agent-action = l'azione dell'agente
store-app-name-core-feature-starts = Il nome breve “{ $name }” inizia con “{ $feature }”, una funzionalità di Teams; lo store rifiuta i nomi che iniziano con una funzionalità di Teams, perché gli utenti scambierebbero l'app per una parte di Teams. Metti prima il tuo nome, ad esempio “{ $example }”.
store-app-name-words-product = { $what } contiene “{ $word }”. Lo store rifiuta i nomi che fanno riferimento a prodotti Microsoft (Microsoft Teams, Microsoft 365 Copilot), a meno che l'app non abbia una partnership ufficiale con Microsoft. Se qui “{ $word }” significa altro (ad esempio squadre di persone), puoi lasciarlo; se indica il prodotto di Microsoft, rinomina l'app.
store-app-name-words-microsoft = { $what } contiene “{ $word }”. Lo store rifiuta i nomi che fanno riferimento a Microsoft, a meno che l'app non abbia una partnership ufficiale con Microsoft; se non ce l'ha, rinomina l'app.
store-app-name-words-unfinished = { $what } contiene “{ $word }”. Lo store rifiuta i nomi che dicono che l'app è una build di test o di anteprima; se questa è la versione per tutti, togli la parola.
store-app-name-words-agent-name = Il nome che { $what } ha in “{ $file }”
store-bot-id-guid-not-guid = L'ID { $list ->
    [bots] del bot
   *[composeExtensions] dell'estensione per la messaggistica
} { $number } è “{ $id }”, che non è un ID in forma di GUID; il servizio di caricamento lo rifiuta. Inserisci l'ID della registrazione del bot (ha un aspetto come “0b5c3d6e-1234-4abc-9def-00112233aabb”; il tuo sviluppatore lo trova nel portale di Azure o nel portale di Bot Framework).
store-bot-id-kept-changed = Il bot { $number } ha un nuovo ID (“{ $new }”); il bot della versione pubblicata è “{ $old }”. Mantieni l'ID del bot pubblicato: con un nuovo ID si perdono le conversazioni che gli utenti hanno avuto con il bot, e lo store lo rifiuta. Il tuo sviluppatore ripristina l'ID pubblicato (e mantiene quella registrazione del bot).
store-cea-bot-id-not-a-bot = L'agente con motore personalizzato indica il bot “{ $id }”, che non è uno dei bot dell'app{ $bots ->
    [0] {" "}(l'app non ne ha)
   *[other] {""}
}. L'Agent Store richiede che un agente con motore personalizzato sia un bot dell'app stessa. Il tuo sviluppatore deve usare qui l'ID del bot.
store-channel-features-missing = La tua app funziona nei team, ma non dichiara di supportare i canali condivisi e privati. Aggiungi "supportsChannelFeatures": "tier1" quando li supporta, altrimenti Teams potrebbe nasconderla lì.
store-bot-command-slash-starts = Il comando del bot “{ $command }” inizia con una barra. Teams aggiunge la barra da solo quando gli utenti digitano un comando; toglila dal titolo (“{ $without }”).
store-bot-command-duplicate-repeated = Il comando del bot “{ $command }” compare più di una volta nello stesso elenco di comandi; lo store rifiuta i comandi duplicati. Tienine uno, oppure dai all'altro un titolo diverso.
store-me-command-duplicate-repeated = Il comando di azione “{ $command }” compare più di una volta nell'estensione per la messaggistica { $number }; lo store rifiuta i comandi di azione duplicati. Tienine uno, oppure dai all'altro un titolo diverso.
store-consequential-actions-changes-data = L'operazione { $operation } in “{ $file }” modifica o elimina dati, ma è contrassegnata come priva di conseguenze (x-openai-isConsequential: false), quindi Copilot la eseguirebbe senza chiedere all'utente. L'Agent Store non lo accetta. Il tuo sviluppatore deve rimuovere il contrassegno o impostarlo su true.
store-consequential-actions-post = L'operazione { $operation } in “{ $file }” è contrassegnata come priva di conseguenze (x-openai-isConsequential: false), quindi Copilot la esegue senza chiedere all'utente. Va bene per una ricerca; se crea o invia qualcosa, l'Agent Store la rifiuta e il tuo sviluppatore deve rimuovere il contrassegno.
store-da-actions-none = L'agente Copilot in “{ $file }” non ha azioni (plug-in API). L'Agent Store chiede che l'uso principale di un agente passi per le azioni; un agente che risponde solo attingendo a fonti di conoscenza può comunque superare la revisione. Se il tuo è un agente di questo tipo, dillo nelle note per la certificazione.
store-da-graph-connectors-blank-listed = L'agente Copilot in “{ $file }” indica connettori Copilot specifici (connettori Graph). Un agente nell'Agent Store deve lasciare vuoto questo elenco, così usa tutti i connettori di ogni organizzazione che lo installa. Il tuo sviluppatore deve rimuovere le connessioni.
store-da-starters-count-outside = L'agente Copilot in “{ $file }” ha { $count ->
    [0] zero spunti di conversazione
    [one] un solo spunto di conversazione
   *[other] { $count } spunti di conversazione
} (i prompt suggeriti che gli utenti vedono quando lo aprono). L'Agent Store ne richiede da 3 a 6. Il tuo sviluppatore deve { $fix ->
    [fewer] tenerne al massimo 6
   *[more] aggiungerne fino ad arrivare ad almeno 3
} nel file dell'agente.
store-dashboard-cards-two-icons = La card del dashboard { $number } ha sia un'immagine (`iconUrl`) sia un'icona con nome (`officeUIFabricIconName`); il servizio di caricamento non lo accetta. Tieni una delle due.
store-dashboard-cards-same-id = La card del dashboard { $number } ha lo stesso ID di una card precedente (“{ $id }”); il servizio di caricamento non lo accetta. Dai a ogni card un ID diverso.
store-descriptions-short-is-name = La descrizione breve è solo il nome dell'app (“{ $short }”), quindi la descrizione completa la contiene. La revisione dello store chiede una descrizione breve che dica in una frase che cosa fa l'app, e una descrizione completa che dica di più.
store-descriptions-full-contains-short = La descrizione completa contiene l'intera descrizione breve (“{ $short }”). La revisione dello store chiede una descrizione completa che dica più di quella breve, con parole proprie.
store-descriptions-too-long = La descrizione completa ha { $count ->
    [one] 1 parola
   *[other] { $count } parole
}; la revisione dello store ne chiede al massimo 500.
store-https-urls-own-computer = { $field } punta a { $advice }. Deve anche iniziare con https://.
store-https-urls-not-secure = { $field } deve essere un indirizzo web sicuro che inizia con https://, come "{ $example }"; il tuo valore è “{ $value }”.
store-icon-color-not-png = { $icon ->
    [color32x32] L'icona a colori piccola
    [outline] L'icona di contorno
   *[color] L'icona a colori
} “{ $file }” non è un'immagine PNG. Salvala come PNG, { $want } × { $want } pixel.
store-icon-color-size = { $icon ->
    [color32x32] L'icona a colori piccola
    [outline] L'icona di contorno
   *[color] L'icona a colori
} “{ $file }” misura { $width } × { $height } pixel; deve essere esattamente { $want } × { $want }. Ridimensionala e salvala di nuovo.
store-icon-outline-damaged = L'icona di contorno “{ $file }” è un'immagine PNG danneggiata. Salvala di nuovo come PNG.
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = { $color } con opacità del { $opacity }%
store-icon-outline-not-white = L'icona di contorno “{ $file }” deve essere bianca su sfondo trasparente, ma il pixel in x { $x }, y { $y } (contando dall'angolo in alto a sinistra, da 0) è { $color }. Rendi ogni pixel bianco o completamente trasparente.
store-manifest-version-missing = Il manifesto non indica il proprio formato (`manifestVersion`). Aggiungi il formato che il tuo manifesto segue, ad esempio "manifestVersion": "1.17" (gli strumenti del tuo sviluppatore lo scrivono), così lo store sa quali regole segue il manifesto.
store-manifest-version-unknown = “{ $format }” non è un formato di manifesto pubblicato da Microsoft (i formati sono da 1.0 a 1.17, da 1.19 a { $newest } e devPreview). Imposta `manifestVersion` sul formato che il tuo manifesto segue; fino ad allora i suoi campi non si possono verificare con lo schema ufficiale.
store-manifest-version-preview = Il manifesto usa il formato di anteprima per sviluppatori (devPreview). I formati di anteprima servono per i test nella tua organizzazione; lo store non li accetta. { $advice }
store-manifest-version-too-old = Il manifesto usa il formato { $format }; lo store richiede il formato del manifesto 1.10 o successivo. { $advice }
store-manifest-version-not-text = Il formato del manifesto (`manifestVersion`) deve essere un testo tra virgolette doppie, come "1.17"; il tuo valore è { $value }.
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = {" "}({ $list })
store-manifest-version-reason-list = { $list }; { $next }
store-manifest-version-needs = { $what } richiede { $format }
store-manifest-version-not-below = il tuo manifesto non corrisponde allo schema di { $format }
store-manifest-version-member-at = `{ $member }` ({ $place })
store-manifest-version-lacking = l'assenza di `{ $property }` in { $place }
store-manifest-version-move-to = Passa al formato del manifesto { $format }, il primo formato pubblicato che comprende tutto ciò che il tuo manifesto usa{ $reasons }: imposta `manifestVersion` su "{ $format }" e `{ $schema_field }` su "{ $link }".
store-manifest-version-move-at-least = Passa a un formato del manifesto pubblicato: almeno { $format }, il primo il cui schema conosce tutti i campi di primo livello che il tuo manifesto usa{ $reasons }. Così com'è, il manifesto non corrisponde ancora a nessun formato pubblicato, quindi il tuo sviluppatore deve anche correggere ciò che lo schema di quel formato segnala.
store-manifest-version-unpublished = Il tuo manifesto usa { $count ->
    [one] un campo
   *[other] campi
} che nessun formato pubblicato ha ancora ({ $fields }); le funzionalità ancora in anteprima non si possono pubblicare. Il tuo sviluppatore li rimuove, poi passa il manifesto a un formato pubblicato.
store-localization-tags-twice = La lingua “{ $language }” compare due volte tra le traduzioni; quale dei due file Teams mostri non è quindi definito. Tieni una sola voce per ogni lingua.
store-long-description-copilot-missing = La descrizione completa non cita Copilot. Per un'app con un agente Copilot, l'Agent Store richiede che la descrizione completa dica che l'app funziona in Microsoft 365 Copilot (ad esempio “Contoso in Microsoft 365 Copilot”). Aggiungi una frase che lo dica.
store-long-description-copilot-wording = La descrizione completa cita Copilot ma non “Microsoft 365 Copilot”, la formula usata nell'esempio dell'Agent Store (“Contoso in Microsoft 365 Copilot”). Altre formulazioni possono superare la revisione; valuta di usarla.
store-me-sample-prompts-too-few = Il comando dell'estensione per la messaggistica{ $named ->
    [yes] {" "}“{ $name }”
   *[no] {""}
} ha { $count ->
    [one] 1 prompt di esempio
   *[other] { $count } prompt di esempio
} (gli esempi che Copilot mostra). L'Agent Store ne richiede almeno 3. Il tuo sviluppatore deve aggiungere prompt che mostrino che cosa fa il comando.
store-me-sample-prompts-shared = Il prompt di esempio “{ $prompt }” del comando dell'estensione per la messaggistica{ $named ->
    [yes] {" "}“{ $name }”
   *[no] {""}
} è anche un prompt di esempio di un altro comando. L'Agent Store richiede che i prompt di ogni comando siano solo suoi. Il tuo sviluppatore deve scrivere un prompt per questo comando.
store-package-extra-files-unused = Il pacchetto contiene { $count ->
    [one] 1 file
   *[other] { $count } file
} che il manifesto non usa: { $files }. Lo store chiede solo il manifesto e i file che indica; rimuovi gli altri.
store-package-files-holder = “{ $file }” ({ $what })
store-package-files-reference = { $holder } { $problem }
store-package-files-outside = indica “{ $path }”, che non è un file del pacchetto (un percorso nel pacchetto si scrive rispetto al file che lo indica, con barre normali, e resta all'interno del pacchetto). Il tuo sviluppatore deve correggerlo.
store-package-files-no-skill-folder = indica la cartella della skill “{ $path }”, che non è nel pacchetto. Aggiungi la cartella o correggi il nome.
store-package-files-no-skill-file = indica la cartella della skill “{ $path }”, che non contiene un file SKILL.md. Aggiungilo (il nome è scritto in maiuscolo).
store-package-files-other-case = indica “{ $path }”, ma il pacchetto contiene “{ $entry }”: i nomi devono corrispondere esattamente, maiuscole comprese.
store-package-files-missing = indica “{ $path }”, che non è nel pacchetto. Aggiungi il file o correggi il nome.
store-package-files-leading-slash = “{ $path }” inizia con /; indica il file rispetto al pacchetto, ad esempio “color.png”.
store-package-files-backslash = “{ $path }” usa una barra rovesciata (\); i percorsi nel pacchetto usano barre normali, ad esempio “resources/color.png”.
store-package-files-parent = “{ $path }” punta fuori dal pacchetto (..); metti il file nel pacchetto e indicalo da lì.
store-package-files-manifest-other-case = il manifesto indica “{ $path }”, ma il pacchetto contiene “{ $entry }”: i nomi devono corrispondere esattamente, maiuscole comprese.
store-package-files-manifest-missing = il manifesto indica “{ $path }”, che non è nel pacchetto. Aggiungi il file o correggi il nome.
store-package-files-in-field = { $field }: { $problem }
store-package-name-deprecated-unused = `packageName` non si usa più dal formato del manifesto 1.17 in poi (il tuo è { $format }); puoi rimuoverlo.
store-package-size-too-large = Il pacchetto dell'app pesa { $size } MB; i servizi di caricamento di Microsoft rifiutano i pacchetti oltre 10 MB. Tieni solo il manifesto, le icone e i file che indica.
store-required-texts-empty = Il campo { $field } è vuoto. Lo store lo mostra a chiunque trovi la tua app: compilalo.
store-static-tab-names-reserved = La scheda personale { $number } è la scheda riservata “{ $entity }”, a cui Teams dà il nome da solo: rimuovi il suo `name`.
store-static-tab-names-unnamed = La scheda personale { $number } (“{ $entity }”) non ha un nome. Dalle il nome che gli utenti vedono sulla scheda, ad esempio “Attività”.
store-valid-domains-domain = Il dominio valido “{ $domain }” { $problem }
store-valid-domains-web-address = è un indirizzo web, non un dominio: scrivi solo il dominio, ad esempio “tasks.contoso.com” (senza https:// e senza percorso).
store-valid-domains-own-computer = è { $advice }.
store-valid-domains-too-wide = è troppo ampio: includerebbe ogni sito sotto di esso. Indica il tuo dominio, ad esempio “*.contoso.com”.
store-valid-domains-already-allowed = è un dominio Microsoft che Teams consente già; rimuovilo dal tuo elenco.
store-valid-domains-tunnel = è un tunnel per i test sul tuo computer; lo store lo rifiuta. Sostituiscilo con il dominio dove la tua app è ospitata davvero.
store-valid-domains-sign-in = include il servizio di accesso di Microsoft, un dominio Microsoft condiviso da tutte le app; lo store ne rifiuta il carattere jolly. Se l'app ne ha bisogno per l'accesso, il tuo sviluppatore indica invece l'indirizzo esatto, ad esempio “{ $example }”, oppure lo rimuove.
store-valid-domains-sharepoint-framework = include lo SharePoint di ogni organizzazione; lo store ne rifiuta il carattere jolly. Le pagine della tua app si trovano nel sito SharePoint di ciascun cliente (gli indirizzi delle sue schede iniziano con {"{"}teamSiteDomain{"}"}), come nelle app create con SharePoint Framework, quindi indicare un solo sito non può funzionare: chiedi al tuo sviluppatore di seguire la guida di Microsoft alla pubblicazione delle soluzioni SharePoint Framework, che spiega come un'app di questo tipo raggiunge ogni cliente: { $guide }
store-valid-domains-sharepoint = include lo SharePoint di ogni organizzazione; lo store ne rifiuta il carattere jolly. Indica esattamente il tuo sito SharePoint, ad esempio “contoso.sharepoint.com”.
store-valid-domains-shared-hosting = include un dominio Microsoft o di hosting condiviso, dove si trovano anche i siti di altre persone. Indica esattamente il tuo sito, ad esempio “contoso-tasks.azurewebsites.net”.
store-valid-domains-bad-wildcard = ha un carattere jolly nella posizione sbagliata: `*` deve essere una parte intera a sinistra, ad esempio “*.contoso.com”.
store-valid-domains-coverage-own-computer = { $field } punta a { $advice }. Dopo averlo sostituito, assicurati che il dominio del nuovo indirizzo sia nel tuo elenco di domini validi.
store-valid-domains-coverage-not-listed = { $field } si trova su { $host }, che non è nel tuo elenco di domini validi. Teams potrebbe rifiutarsi di caricare la pagina: aggiungi “{ $host }” a validDomains.
store-version-major-zero = La versione { $version } inizia con 0, e lo store non accetta versioni 0.x.y. Parti da 1.0.0 (la versione successiva di un'app pubblicata deve comunque essere più alta di quella pubblicata).

store-summary-template = Questo è un modello: { $count ->
    [one] 1 valore contiene ancora
   *[other] { $count } valori contengono ancora
} segnaposto come `{ $example }`. Controlla invece il pacchetto prodotto dalla compilazione (ad esempio appPackage/build/appPackage.dev.zip).{ $caused ->
    [0] {""}
    [one] {" "}1 altro problema in quei segnaposto dipende da loro e scompare con i valori reali.
   *[other] {" "}Altri { $caused } problemi in quei segnaposto dipendono da loro e scompaiono con i valori reali.
}
store-summary-none-found-in-format = Nessun problema per lo store (verificato con il formato ufficiale { $format } e con le regole dello store).
store-summary-none-found = Nessun problema per lo store (verificato con le regole dello store).
store-summary-refused = Lo store rifiuterebbe questo { $package ->
    [package] pacchetto
   *[manifest] manifesto
}: { $count ->
    [one] 1 problema
   *[other] { $count } problemi
}.
store-summary-manifest-alone = Le icone e gli altri file del pacchetto non sono stati controllati, perché è stato fornito solo un manifest.json. Apri il pacchetto dell'app .zip per controllare anche quelli.
store-where-line-column = { $file }, riga { $line }, colonna { $column }
store-where-file = { $file }
store-where-with-place = { $file } ({ $place })
store-own-computer-advice = “{ $host }”, { $tail }
store-own-computer-tail = il computer (o la rete privata) del tuo sviluppatore, che nessun altro può raggiungere: sostituiscilo con l'indirizzo dove l'app è ospitata

## Consent rules (src/rules/)
rule-addin-events-changed-title = Il componente aggiuntivo di Office si avvia con un nuovo evento
rule-addin-events-changed-explanation = Un componente aggiuntivo di Office che si avvia da solo con un evento a cui prima non reagiva deve essere approvato di nuovo dall'amministratore che lo ha distribuito; fino ad allora, le persone di quell'organizzazione non possono usare il componente aggiuntivo aggiornato. Interpretiamo gli “eventi supportati dal componente aggiuntivo” di Microsoft come i tipi di evento che lo avviano; quale funzione gestisce un evento e come reagisce Outlook sono riportati solo in “Che cosa è cambiato”.
rule-addin-office-apps-changed-title = Il componente aggiuntivo di Office funziona in un'altra applicazione di Office
rule-addin-office-apps-changed-explanation = Un componente aggiuntivo di Office che inizia a funzionare in un'altra applicazione di Office (Outlook, Excel, Word, PowerPoint) deve essere approvato di nuovo dall'amministratore che lo ha distribuito; fino ad allora, le persone di quell'organizzazione non possono usare il componente aggiuntivo aggiornato. La guida di Microsoft all'aggiornamento elenca questa modifica.
rule-bot-added-or-removed-title = È stato aggiunto o rimosso un bot
rule-bot-added-or-removed-explanation = Un bot è la parte di un'app che chatta con le persone; aggiungerne o rimuoverne uno cambia ciò che l'app può fare, quindi Teams chiede a tutti gli utenti di approvare di nuovo l'app.
rule-bot-calling-or-video-changed-title = Il supporto di un bot per chiamate o video è cambiato
rule-bot-calling-or-video-changed-explanation = La possibilità per un bot di partecipare a chiamate audio o video è un'autorizzazione che gli utenti accettano; modificarla fa sì che Teams chieda a tutti gli utenti di approvare di nuovo l'app.
rule-bot-id-changed-title = L'ID di un bot è cambiato
rule-bot-id-changed-explanation = L'ID del bot indica a Teams con quale servizio bot registrato comunica l'app; un nuovo ID significa un bot diverso, quindi Teams chiede a tutti gli utenti di approvare di nuovo l'app.
rule-bot-notification-only-changed-title = L'impostazione “solo notifiche” di un bot è cambiata
rule-bot-notification-only-changed-explanation = Un bot di sole notifiche può inviare messaggi ma non riceverli; cambiare questa impostazione cambia ciò che il bot può fare, quindi Teams chiede a tutti gli utenti di approvare di nuovo l'app.
rule-bot-supports-files-changed-title = L'impostazione di condivisione dei file di un bot è cambiata
rule-bot-supports-files-changed-explanation = Questa impostazione consente a un bot di inviare e ricevere file nelle chat; modificarla cambia ciò a cui il bot può accedere, quindi Teams chiede a tutti gli utenti di approvare di nuovo l'app.
rule-channel-tab-added-title = È stata aggiunta una scheda di canale o di gruppo
rule-channel-tab-added-explanation = Una scheda di canale o di gruppo consente a un team o a una chat di gruppo di aggiungere una pagina della tua app; aggiungerne una fa sì che Teams chieda a tutti gli utenti di approvare di nuovo l'app.
rule-connector-added-title = È stato aggiunto un connettore
rule-connector-added-explanation = Un connettore pubblica in un canale di Teams gli aggiornamenti di un altro servizio; un nuovo connettore fa sì che Teams chieda a tutti gli utenti di approvare di nuovo l'app.
rule-message-extension-added-or-removed-title = È stata aggiunta o rimossa un'estensione per la messaggistica
rule-message-extension-added-or-removed-explanation = Un'estensione per la messaggistica aggiunge comandi di ricerca o di azione alla casella in cui le persone scrivono i messaggi; aggiungerne o rimuoverne una fa sì che Teams chieda a tutti gli utenti di approvare di nuovo l'app.
rule-personal-tab-added-title = È stata aggiunta una scheda personale
rule-personal-tab-added-explanation = Una scheda personale è una pagina della tua app nello spazio personale di ogni utente in Teams; aggiungerne una fa sì che Teams chieda a tutti gli utenti di approvare di nuovo l'app.
rule-rsc-permissions-changed-title = Le autorizzazioni sui dati di team o chat sono cambiate (RSC)
rule-rsc-permissions-changed-explanation = Le autorizzazioni del consenso specifico della risorsa (RSC) consentono alla tua app di leggere o modificare i dati dei team, delle chat o delle riunioni a cui viene aggiunta; modificarle fa sì che Teams chieda agli utenti di approvare di nuovo l'app.
rule-web-application-info-changed-title = Le impostazioni di accesso sono cambiate (webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo indica l'app Microsoft Entra con cui la tua app fa accedere gli utenti, e quindi a quali dati può arrivare; modificarlo fa sì che Teams chieda a tutti gli utenti di approvare di nuovo l'app.
rule-source-publishing-docs = Guida di Microsoft all'aggiornamento di un'app pubblicata
rule-source-admin-docs = Documentazione di Microsoft per l'amministrazione di Teams
rule-source-office-addin-docs = Guida di Microsoft all'aggiornamento di un componente aggiuntivo di Office
rule-bot-setting-turned = L'impostazione “{ $setting }” del bot è stata { $now ->
    [on] attivata
   *[off] disattivata
} (prima era { $was ->
    [on] attivata
   *[off] disattivata
})
rule-bot-setting-turned-developer = Bot `{ $bot }`: impostazione { $setting } ({ $field }) { $now ->
    [on] attivata
   *[off] disattivata
} (prima { $was ->
    [on] attivata
   *[off] disattivata
})
rule-bot-setting-audio-calls = chiamate audio
rule-bot-setting-video = chiamate video
rule-bot-setting-notifications-only = solo notifiche
rule-bot-setting-file-sharing = condivisione di file
rule-bot-removed = È stato rimosso un bot
rule-bot-removed-developer = Bot `{ $bot }` rimosso
rule-bot-added = È stato aggiunto un bot
rule-bot-added-developer = Bot `{ $bot }` aggiunto
rule-bot-id-changed-evidence = Il bot ora ha un altro ID, quindi Teams lo considera un bot diverso
rule-bot-id-changed-developer = ID del bot cambiato da `{ $old }` a `{ $new }`
rule-channel-tab-added-evidence = È stata aggiunta una scheda che team e chat di gruppo possono aggiungere
rule-channel-tab-added-developer = La nuova versione ha { $new ->
    [one] 1 scheda di canale/gruppo
   *[other] { $new } schede di canale/gruppo
} (configurableTabs); quella pubblicata ne ha { $old }
rule-connector-added-evidence = È stato aggiunto un connettore
rule-connector-added-developer = Connettore `{ $connector }` aggiunto
rule-message-extension-removed = È stata rimossa un'estensione per la messaggistica{ $count ->
    [0] {""}
    [one] {" "}(comando { $commands })
   *[other] {" "}(comandi { $commands })
}
rule-message-extension-removed-developer = Estensione per la messaggistica `{ $extension }` rimossa
rule-message-extension-added = È stata aggiunta un'estensione per la messaggistica{ $count ->
    [0] {""}
    [one] {" "}(comando { $commands })
   *[other] {" "}(comandi { $commands })
}
rule-message-extension-added-developer = Estensione per la messaggistica `{ $extension }` aggiunta
rule-personal-tab-added-named = È stata aggiunta la scheda personale { $name }
rule-personal-tab-added-unnamed = È stata aggiunta una scheda personale
rule-personal-tab-added-developer = Scheda personale `{ $tab }` aggiunta
rule-rsc-permission-removed = L'app non chiede più l'autorizzazione { $permission }{ $kind ->
    [Application] {" "}(per l'app stessa)
    [Delegated] {" "}(per conto dell'utente che ha eseguito l'accesso)
   *[other] {""}
}
rule-rsc-permission-removed-developer = Autorizzazione `{ $permission }` ({ $kind }) rimossa
rule-rsc-permission-added = L'app ora chiede l'autorizzazione { $permission }{ $kind ->
    [Application] {" "}(per l'app stessa)
    [Delegated] {" "}(per conto dell'utente che ha eseguito l'accesso)
   *[other] {""}
}
rule-rsc-permission-added-developer = Autorizzazione `{ $permission }` ({ $kind }) aggiunta
rule-sign-in-added = Sono state aggiunte impostazioni di accesso: ora l'app fa accedere gli utenti con un'app Microsoft Entra
rule-sign-in-added-developer = Impostazioni di accesso (webApplicationInfo) aggiunte
rule-sign-in-removed = Le impostazioni di accesso sono state rimosse
rule-sign-in-removed-developer = Impostazioni di accesso (webApplicationInfo) rimosse
rule-sign-in-changed = Le impostazioni di accesso sono cambiate
rule-sign-in-changed-developer = Impostazioni di accesso (webApplicationInfo) modificate
rule-sign-in-setting-changed = Le impostazioni di accesso sono cambiate: { $setting }
rule-sign-in-setting-changed-developer = Impostazioni di accesso: webApplicationInfo.{ $key } è cambiato da { $old } a { $new }
rule-sign-in-value-none = (nessuno)
rule-sign-in-setting-id = l'app Microsoft Entra con cui gli utenti accedono
rule-sign-in-setting-resource = l'indirizzo della risorsa a cui gli utenti accedono
rule-sign-in-setting-application-permissions = le autorizzazioni che l'app ha per sé stessa
rule-sign-in-setting-other = un'impostazione di accesso

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = l'intero file
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry } “{ $name }”
place-number = { $number }
change-line = { $kind ->
    [added] Aggiunto:
    [removed] Rimosso:
   *[changed] Modificato:
} { $subject }
change-line-detail = { $kind ->
    [added] Aggiunto:
    [removed] Rimosso:
   *[changed] Modificato:
} { $subject } — { $detail }
change-told = { $subject }
change-told-detail = { $subject }: { $detail }
change-nothing = (niente)
change-quoted = “{ $text }”
change-was = era { $old }
change-was-now = era { $old }, ora { $new }
change-same-entries-reordered = le stesse voci in un ordine diverso
change-file = File { $name }
change-file-new-content = contenuto nuovo, sempre { $size }
change-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } byte
}
change-value-empty = vuoto
change-value-on = attivo
change-value-off = non attivo
change-empty-list = un elenco vuoto
change-entries = { $count ->
    [one] { $count } voce
   *[other] { $count } voci
}
change-entries-named = { $entries }: { $names }
change-settings = { $count ->
    [one] { $count } impostazione ({ $keys })
   *[other] { $count } impostazioni ({ $keys })
}
change-scope-personal = chat personali
change-scope-team = team
change-scope-group-chat = chat di gruppo
change-scope-copilot = Copilot
change-and = { $head } e { $last }
change-permissions = { $count ->
    [one] Autorizzazione { $names }
   *[other] Autorizzazioni { $names }
}
change-device-permissions = { $count ->
    [one] Autorizzazione del dispositivo { $names }
   *[other] Autorizzazioni del dispositivo { $names }
}
change-valid-domains = Domini validi { $names }
change-permission = Autorizzazione { $name }
change-permission-typed = Autorizzazione { $name } ({ $kind })
change-device-permission = Autorizzazione del dispositivo { $name }
change-valid-domain = Dominio valido { $name }
change-bot = Bot
change-bot-for = Bot per { $scopes }
change-personal-tab = Scheda personale
change-personal-tab-named = Scheda personale “{ $name }”
change-channel-tab = Scheda di canale/gruppo
change-channel-tab-at = Scheda di canale/gruppo configurata in { $url }
change-connector = Connettore
change-connector-for = Connettore per { $scopes }
change-message-extension = Estensione per la messaggistica
change-message-extension-commands = { $count ->
    [one] Estensione per la messaggistica con { $count } comando: { $titles }
   *[other] Estensione per la messaggistica con { $count } comandi: { $titles }
}
change-sign-in = Impostazioni di accesso
change-sign-in-app = Impostazioni di accesso per l'app Microsoft Entra { $id }
change-sign-in-app-resource = Impostazioni di accesso per l'app Microsoft Entra { $id } (risorsa { $resource })
change-area-identity = ID app e versione
change-area-listing = Nome, descrizioni e icone
change-area-capability = Che cosa può fare l'app
change-area-agent = Agente Copilot
change-area-other = Altre impostazioni
change-area-package-file = File nel pacchetto dell'app
addin-comma-list = { $first }, { $rest }
addin-event-new-message-compose-created = viene creato un nuovo messaggio
addin-event-new-appointment-organizer-created = viene creato un nuovo invito a una riunione
addin-event-message-attachments-changed = vengono aggiunti o rimossi allegati in un messaggio
addin-event-appointment-attachments-changed = vengono aggiunti o rimossi allegati in un invito a una riunione
addin-event-message-recipients-changed = cambiano i destinatari di un messaggio
addin-event-appointment-attendees-changed = cambiano i partecipanti di una riunione
addin-event-appointment-time-changed = cambiano la data o l'ora di una riunione
addin-event-appointment-recurrence-changed = cambia la ricorrenza di una riunione
addin-event-info-bar-dismiss-clicked = qualcuno chiude una notifica del componente aggiuntivo
addin-event-message-sending = è in corso l'invio di un messaggio
addin-event-appointment-sending = è in corso l'invio di un invito a una riunione
addin-event-message-compose-opened = viene aperto un messaggio in fase di scrittura
addin-event-appointment-organizer-opened = viene aperto un invito a una riunione in fase di scrittura
addin-event-message-from-changed = cambia il mittente di un messaggio
addin-event-appointment-from-changed = cambia l'organizzatore di una riunione
addin-event-message-read-with-custom-header = viene letto un messaggio con un'intestazione personalizzata
addin-event-message-read-with-custom-attachment = viene letto un messaggio con un allegato personalizzato
addin-event-spam-reporting = qualcuno segnala un messaggio come posta indesiderata
addin-event-document-opened = viene aperto un documento
addin-event-other = si verifica l'evento “{ $kind }”
addin-added = Componente aggiuntivo di Office aggiunto
addin-added-runs-in = Componente aggiuntivo di Office aggiunto: funziona in { $applications }
addin-added-developer = Componente aggiuntivo di Office (`extensions`) aggiunto, per { $scopes }
addin-added-developer-no-application = Componente aggiuntivo di Office (`extensions`) aggiunto, per nessuna applicazione
addin-no-longer-limited-named = Il componente aggiuntivo non è più limitato alle applicazioni che indicava
addin-no-longer-limited = Il componente aggiuntivo non è più limitato a { $applications }
addin-no-longer-limited-developer = `{ $path }` rimosso: l'estensione può essere installata in tutte le applicazioni di Office
addin-application-removed = Il componente aggiuntivo non funziona più in { $application }
addin-application-removed-developer = Applicazione `{ $scope }` rimossa (era in `{ $path }`)
addin-application-added = Il componente aggiuntivo ora funziona anche in { $application }
addin-application-added-developer = Applicazione `{ $scope }` aggiunta in `{ $path }`
addin-event-removed = Il componente aggiuntivo non si avvia più quando { $event }
addin-event-removed-developer = Evento `{ $kind }` rimosso (era in `{ $path }`)
addin-event-added = Il componente aggiuntivo ora si avvia da solo quando { $event }
addin-event-added-developer = Evento `{ $kind }` aggiunto in `{ $path }`
addin-send-mode-prompt-user = chiede all'utente
addin-send-mode-soft-block = blocca l'invio, a meno che il componente aggiuntivo non sia disponibile
addin-send-mode-block = blocca l'invio
addin-send-mode-other = usa la modalità di invio “{ $mode }”
addin-send-mode-none = non lo specifica
addin-when-message-sending = viene inviato un messaggio
addin-when-appointment-sending = viene inviato un invito a una riunione
addin-option-absent = assente
addin-send-mode-changed = Quando { $event }, il componente aggiuntivo ora { $now } (prima: { $was })
addin-send-mode-changed-developer = Evento `{ $kind }`: `options.sendMode` ora { $now } (prima { $was })
addin-header-none = nessuna
addin-header-changed = Quando { $event }, l'intestazione cercata dal componente aggiuntivo ora è { $now } (prima: { $was })
addin-header-changed-developer = Evento `{ $kind }`: `options.headerName` ora { $now } (prima { $was })
addin-context-mail-read = lettura della posta
addin-context-mail-compose = scrittura della posta
addin-context-meeting-organizer = organizzazione di una riunione
addin-context-meeting-attendee = partecipazione a una riunione
addin-context-document = documento
addin-control-button = Pulsante
addin-control-menu = Menu
addin-control-menu-item = Elemento di menu
addin-on-ribbon = nella barra multifunzione
addin-on-context-menu = nel menu di scelta rapida
addin-entry-point-cell = cella
addin-entry-point-text = testo selezionato
addin-where-context = { $place } ({ $context })
addin-control-removed = { $what } “{ $label }” { $place }: rimosso
addin-control-removed-developer = Controllo `{ $id }` rimosso (era in `{ $path }`)
addin-control-renamed = { $what } “{ $old }” { $place }: rinominato in “{ $new }”
addin-control-renamed-developer = Controllo `{ $id }`: `label` modificato
addin-control-added = { $what } “{ $label }” { $place }: aggiunto
addin-control-added-developer = Controllo `{ $id }` aggiunto in `{ $path }`
addin-set-version = { $name } { $version }
addin-no-version = nessuna versione
addin-needs-removed = Il componente aggiuntivo non richiede più { $set }
addin-needs-removed-developer = Set di requisiti `{ $set }` rimosso
addin-needs-changed = Il componente aggiuntivo ora richiede { $set } (prima { $was })
addin-needs-changed-developer = Set di requisiti `{ $set }`: `minVersion` ora { $now } (prima { $was })
addin-needs-added = Il componente aggiuntivo ora richiede { $set }
addin-needs-added-developer = Set di requisiti `{ $set }` aggiunto
addin-form-factor-mobile = dispositivi mobili
addin-form-factor-desktop = computer desktop
addin-form-factor-removed = Il componente aggiuntivo non funziona più su { $factor }
addin-form-factor-removed-developer = Fattore di forma `{ $factor }` rimosso
addin-form-factor-added = Il componente aggiuntivo ora funziona anche su { $factor }
addin-form-factor-added-developer = Fattore di forma `{ $factor }` aggiunto
addin-pages-no-longer = Le pagine del componente aggiuntivo non provengono più da { $hosts }
addin-pages-now = Le pagine del componente aggiuntivo ora provengono da { $hosts }
addin-pages-changed = Le pagine del componente aggiuntivo ora provengono da { $hosts } (prima da { $was })
addin-pages-developer = Host di `runtimes[].code` ora { $hosts } (prima { $was })
addin-shortcut = Tasto di scelta rapida { $keys }
addin-shortcut-action = Tasto di scelta rapida { $keys } (“{ $action }”)
addin-get-started-message = Messaggio introduttivo “{ $title }”
addin-custom-function = Funzione personalizzata “{ $name }”
addin-named-removed = Rimosso: { $thing }
addin-named-removed-developer = `{ $path }` rimosso
addin-named-added = Aggiunto: { $thing }
addin-named-added-developer = `{ $path }` aggiunto
addin-removed = Componente aggiuntivo di Office rimosso
addin-removed-developer = Componente aggiuntivo di Office (`extensions`) rimosso
addin-other-settings = Componente aggiuntivo di Office: { $count ->
    [one] { $count } altra impostazione modificata
   *[other] altre { $count } impostazioni modificate
}
addin-other-changes-developer = { $count ->
    [one] { $count } altra modifica
   *[other] { $count } altre modifiche
} in `{ $path }`
addin-extensions-changed-developer = `extensions` modificato
addin-extensions-changed-no-addin-developer = `extensions` modificato (nessun componente aggiuntivo di Office in nessuna delle due versioni)
place-label-app-id = ID app
place-label-version = Versione
place-label-manifest-format-version = Versione del formato del manifesto
place-label-manifest-schema-link = Link allo schema del manifesto
place-label-app-name = Nome dell'app
place-label-description = Descrizione
place-label-developer-details = Dettagli dello sviluppatore
place-label-icons = Icone
place-label-accent-color = Colore principale
place-label-translations = Traduzioni
place-label-package-name = Nome del pacchetto
place-label-short-name = Nome breve
place-label-full-name = Nome completo
place-label-short-description = Descrizione breve
place-label-full-description = Descrizione completa
place-label-developer-name = Nome dello sviluppatore
place-label-color-icon = Icona a colori
place-label-outline-icon = Icona di contorno
place-label-bot = Bot
place-label-bots = Bot
place-label-message-extension = Estensione per la messaggistica
place-label-message-extensions = Estensioni per la messaggistica
place-label-connector = Connettore
place-label-connectors = Connettori
place-label-personal-tab = Scheda personale
place-label-personal-tabs = Schede personali
place-label-channel-group-tab = Scheda di canale/gruppo
place-label-channel-and-group-tabs = Schede di canale e di gruppo
place-label-sign-in-settings = Impostazioni di accesso
place-label-team-and-chat-data-permissions = Autorizzazioni sui dati di team e chat
place-label-permission = Autorizzazione
place-label-permissions = Autorizzazioni
place-label-device-permission = Autorizzazione del dispositivo
place-label-device-permissions = Autorizzazioni del dispositivo
place-label-valid-domain = Dominio valido
place-label-valid-domains = Domini validi
place-label-meeting-extension = Estensione per le riunioni
place-label-activity-feed-notifications = Notifiche del feed attività
place-label-copilot-agents = Agenti Copilot
place-label-copilot-extensions = Estensioni Copilot
place-label-agent-connector = Connettore dell'agente
place-label-agent-connectors = Connettori dell'agente
place-label-agent-skill = Skill dell'agente
place-label-agent-skills = Skill dell'agente
place-label-agentic-user-template = Modello di utente agentico
place-label-agentic-user-templates = Modelli di utente agentico
place-label-extension = Estensione
place-label-outlook-and-office-extensions = Estensioni di Outlook e Office
place-label-dashboard-card = Card del dashboard
place-label-dashboard-cards = Card del dashboard
place-label-graph-connector = Connettore Graph
place-label-supported-channel-types = Tipi di canale supportati
place-label-default-install-scope = Ambito di installazione predefinito
place-label-default-group-capability = Funzionalità di gruppo predefinita
place-label-command = Comando
place-label-commands = Comandi
place-label-language = Lingua
place-label-languages = Lingue
place-label-activity-type = Tipo di attività
place-label-activity-types = Tipi di attività
place-label-declarative-agent = Agente dichiarativo
place-label-declarative-agents = Agenti dichiarativi
place-label-parameter = Parametro
place-label-parameters = Parametri
place-label-command-list = Elenco di comandi
place-label-command-lists = elenchi di comandi
place-label-file-sharing = condivisione di file
place-label-notifications-only = solo notifiche
place-label-audio-calls = chiamate audio
place-label-video = chiamate video
place-label-page-address = indirizzo della pagina
place-label-website-address = indirizzo del sito web
place-label-setup-page-address = indirizzo della pagina di configurazione
place-label-search-address = indirizzo di ricerca
place-label-privacy-statement-address = indirizzo dell'informativa sulla privacy
place-label-terms-of-use-address = indirizzo delle condizioni per l'utilizzo
place-label-partner-network-id = ID di Partner Network
place-label-bot-id = ID del bot
place-label-tab-id = ID della scheda
place-label-connector-id = ID del connettore
place-label-color-icon-setting = icona a colori
place-label-outline-icon-setting = icona di contorno
place-label-resource-address = indirizzo della risorsa
place-label-settings-can-be-changed = impostazioni modificabili
place-label-id = ID
place-extension-number = numero { $number } nell'elenco
input-manifest-field-problem = campo `{ $field }`: { $problem }
input-manifest-not-object = un manifesto deve essere un oggetto JSON (che inizia con `{"{"}`), ma questo file è { $value }
input-manifest-not-list = deve essere un elenco (`[ ... ]`), ma è { $value }
input-manifest-permission-not-object = ogni autorizzazione deve essere un oggetto con `name` e `type`, ma questa è { $value }
input-manifest-not-object-field = deve essere un oggetto (`{"{"} ... {"}"}`), ma è { $value }
input-manifest-entry-not-object = ogni voce deve essere un oggetto (`{"{"} ... {"}"}`), ma questa è { $value }
input-manifest-missing = manca; è obbligatorio
input-manifest-not-text = deve essere un testo tra virgolette doppie, ma è { $value }
input-manifest-not-true-or-false = deve essere true o false (senza virgolette), ma è { $value }
input-value-null = null (vuoto)
input-value-true-or-false = { $value } (true o false)
input-value-number = il numero { $number }
input-value-text = il testo “{ $text }”
input-value-text-shortened = il testo “{ $text }…”
input-value-list = un elenco (`[ ... ]`)
input-value-object = un oggetto (`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}e altri { $more }
}
agent-value = { $value }
agent-quoted = “{ $text }”
agent-none = nessuno
agent-and = { $head } e { $last }
agent-from-to = da { $old } a { $new }
agent-was = era { $old }
agent-were = erano { $old }
agent-characters = { $count ->
    [one] { $formatted } carattere
   *[other] { $formatted } caratteri
}
agent-new-wording = testo nuovo, sempre { $characters }
agent-it-calls = chiama { $host }
agent-folder = cartella { $folder }
agent-key-schema = link allo schema
agent-capability-web-search = ricerca sul web
agent-capability-graphic-art = generazione di immagini
agent-capability-code-interpreter = interprete di codice
agent-capability-onedrive-sharepoint = file di SharePoint e OneDrive
agent-capability-graph-connectors = connettori Copilot
agent-capability-teams-messages = messaggi di Teams
agent-capability-email = posta elettronica
agent-capability-email-actions = azioni sulla posta elettronica
agent-capability-people = persone
agent-capability-meetings = riunioni
agent-capability-meeting-actions = azioni sulle riunioni
agent-capability-embedded-knowledge = file nel pacchetto
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = modelli di scenario
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = chiave API
agent-sign-in-dynamic-registration = OAuth con registrazione dinamica del client
agent-sign-in-key-vault = una chiave in Azure Key Vault
agent-sign-in-reference = { $kind } (ID di riferimento { $id })
agent-agent = agente { $name }
agent-action = azione { $name }
agent-an-action = senza nome
agent-copilot-extension = estensione Copilot dell'app
agent-connector = connettore dell'agente { $name }
agent-custom-engine = agente con motore personalizzato
agent-agentic-user-template = modello di utente agentico { $name }
agent-api-of = { $label } › API
agent-file-agent = agente in { $file }
agent-file-action = azione in { $file }
agent-file-api = descrizione dell'API { $file }
agent-file-tools = elenco degli strumenti MCP { $file }
agent-file-card = modello di card { $file }
agent-file-response-template = modello di risposta { $file }
agent-file-agentic-user-template = modello di utente agentico in { $file }
agent-setting-name = nome
agent-setting-description = descrizione
agent-setting-disclaimer = dichiarazione di non responsabilità
agent-thing-skill = skill
agent-thing-starter = spunto di conversazione
agent-thing-tool = strumento
agent-thing-mcp-server = server MCP
agent-thing-local-runtime = runtime sul dispositivo dell'utente
agent-thing-api = API
agent-added-to = { $label } › { $what }
agent-removed-from = { $label } › { $what }
agent-setting-of = { $label } › { $what }
agent-setting-added = { $label } › { $what }
agent-file-of = { $label } › file
agent-format-of = { $label } › versione del formato
agent-other-settings-of = { $label } › altre impostazioni
agent-other-details-of = { $label } › altri dettagli
agent-copilot-added = { $label } per Copilot
agent-copilot-removed = { $label } per Copilot
agent-declared-how = { $label } › dichiarazione nel manifesto
agent-declared-from-preview = dalla forma di anteprima (estensioni Copilot) agli agenti Copilot
agent-custom-engine-added = agente con motore personalizzato (risponde tramite il bot dell'app)
agent-connector-added = { $label }
agent-connector-removed = { $label }
agent-mcp-server-of = { $label } › server MCP
agent-sign-in-of = { $label } › accesso
agent-sign-in-of-host = { $label } › accesso per { $host }
agent-sign-in-of-number = { $label } › accesso ({ $number })
agent-skill = skill dell'agente
agent-skill-in-folder = skill dell'agente nella cartella { $folder }
agent-agentic-user-template-added = modello di utente agentico { $name }
agent-instructions-of = { $label } › istruzioni
agent-capability-from = { $label } › funzionalità
agent-capability-to = { $label } › funzionalità
agent-capability-settings-of = { $label } › impostazioni per { $capability }
agent-starter-of = { $label } › spunto di conversazione { $starter }
agent-worker-from = { $label } › agente worker
agent-worker-to = { $label } › agente worker
agent-action-from = { $label } › azione
agent-action-to = { $label } › azione
agent-function = { $name } ({ $description })
agent-function-from = { $label } › funzione
agent-function-to = { $label } › funzione
agent-function-of = { $label } › funzione { $name }
agent-server-of = { $label } › server
agent-servers-of = { $label } › server
agent-operation = { $operation } ({ $id })
agent-operation-from = { $label } › operazione
agent-operation-to = { $label } › operazione
agent-operations-changed = { $count ->
    [one] { $label } › dettagli di un'operazione
   *[other] { $label } › dettagli delle operazioni
}
agent-tool-descriptions-of = { $label } › descrizioni degli strumenti
agent-note-sign-in = La prima volta che l'agente userà { $host }, agli utenti verrà chiesto di eseguire l'accesso.
agent-note-action-service = il servizio dietro l'azione “{ $name }”
agent-note-new-host = L'agente ora invia richieste a { $host }.
agent-note-converted = Il tuo agente dichiarativo è diventato un agente con motore personalizzato: agli utenti viene chiesto di esaminare il nuovo agente e dare il consenso, e devono aggiungerlo di nuovo.
agent-note-admin-approval = Se un'organizzazione distribuisce la tua app tramite la sua interfaccia di amministrazione, un amministratore approva ogni aggiornamento prima che arrivi agli utenti.
agent-note-source-sign-in = Pagina di Microsoft sull'accesso per le azioni degli agenti
agent-note-source-converted = Pagina di Microsoft sulla conversione di un agente
agent-note-source-admin-approval = Centro messaggi di Microsoft 365, MC1041454
agent-note-source-actions = Pagina di Microsoft sulle azioni degli agenti
agent-kind-agent = il file dell'agente Copilot
agent-kind-plugin = il file delle azioni dell'agente (plug-in API)
agent-kind-openapi = la descrizione dell'API
agent-kind-mcp-tools = la descrizione degli strumenti MCP
agent-kind-response-template = il modello di risposta
agent-kind-card = il modello di card
agent-kind-agentic-user-template = il modello di utente agentico
agent-kind-file = il file
agent-file-unreadable = Impossibile leggere { $what } “{ $name }”: { $problem }. Il tuo sviluppatore deve correggere il file.
agent-file-not-object = “{ $name }” ({ $what }) non contiene ciò che dovrebbe: il suo contenuto deve essere { $content }. Il tuo sviluppatore deve correggere il file.
agent-file-content-yaml = un insieme di valori con nome
agent-file-content-json = un oggetto JSON, tra {"{"} {"}"}
agent-file-openapi-format = La descrizione dell'API “{ $name }” è nel formato { $format }; Copilot legge OpenAPI 3 (openapi: 3.0.x o 3.1.x). Il tuo sviluppatore deve convertirla.
agent-file-not-openapi = La descrizione dell'API “{ $name }” non è un documento OpenAPI 3 (non indica openapi: 3.x; un file Swagger 2.0 va convertito). Il tuo sviluppatore deve convertirla.
agent-field-copilot-agents = agenti Copilot
agent-field-copilot-extensions = estensioni Copilot
agent-field-agent-connectors = connettori dell'agente
agent-field-agent-skills = skill dell'agente
agent-field-agentic-user-templates = modelli di utente agentico

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = versione pubblicata
input-side-new = nuova versione
input-side-error = la { $side }: { $error }
input-error = { $file }: { $problem }. { $fix }
input-error-at = { $file }, { $place }: { $problem }. { $fix }
input-where-line-column = riga { $line }, colonna { $column }
input-where-field = campo `{ $field }`
input-where-package-entry = voce del pacchetto `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = questo strumento si è interrotto durante la lettura del file (un bug dello strumento, non un problema del file)
input-internal-fix = Riprova; se succede di nuovo, segnalalo.
input-not-found = il file non esiste (potrebbe essere stato spostato, rinominato o eliminato)
input-not-found-fix = Scegli di nuovo il file.
input-permission-denied = non hai l'autorizzazione per leggere questo file
input-permission-denied-fix = Copia il file in una posizione in cui puoi leggerlo, oppure chiedi a chi gestisce il computer.
input-unreadable = impossibile leggere il file ({ $error })
input-unreadable-fix = Controlla che il file sia ancora lì e leggibile, poi riprova.
input-folder = questa è una cartella, non un file
input-folder-fix = Scegli il file manifest.json al suo interno, oppure il pacchetto dell'app (.zip).
input-not-regular-file = questo non è un file normale (potrebbe essere un dispositivo, una pipe o un collegamento a uno di essi)
input-not-regular-file-fix = Scegli direttamente il file manifest.json o il pacchetto dell'app (.zip).
input-manifest-too-large = il manifesto supera i { $mebibytes } MiB che questo strumento legge (un vero manifesto pesa pochi kilobyte)
input-manifest-too-large-fix = Controlla di aver scelto il file giusto.
input-count-translation-files = { $count ->
    [one] 1 file di traduzione
   *[other] { $count } file di traduzione
}
input-count-other-files = { $count ->
    [one] 1 altro file
   *[other] altri { $count } file
}
input-package-only-manifest = Pacchetto dell'app con il solo manifesto
input-package-with = Pacchetto dell'app con { $parts }
input-list-two = { $first } e { $last }
input-list-more = { $first }, { $rest }
input-bad-json = questo non è un JSON valido: { $problem }
input-bad-json-fix = Apri il file in un editor di testo, correggilo in quel punto, salvalo e caricalo di nuovo.
input-bad-manifest-fix = Correggi quel campo nel manifesto (Developer Portal di Teams può esportarne uno valido), salva e caricalo di nuovo.
input-package-damaged = il pacchetto dell'app è danneggiato o non è un normale file zip ({ $detail })
input-package-damaged-fix = Scarica o compila di nuovo il pacchetto (in Developer Portal di Teams: Publish › Download app package, in italiano Pubblica › Scarica pacchetto dell'app).
input-package-too-large = il pacchetto dell'app supera i { $mebibytes } MiB
input-package-too-large-fix = Un pacchetto di un'app di Teams contiene un manifesto e due piccole icone; controlla di aver scelto il file giusto.
input-package-too-many-entries = il pacchetto dell'app contiene { $entries } voci; questo strumento ne legge al massimo { $most }
input-package-too-many-entries-fix = Un pacchetto di un'app di Teams contiene un manifesto e alcune icone; controlla di aver scelto il file giusto.
input-packaged-manifest-too-large = manifest.json supera i { $mebibytes } MiB che questo strumento legge
input-package-unpacks-too-large = il pacchetto dell'app, una volta estratto, supera i { $mebibytes } MiB
input-package-unpacks-too-large-fix = Un pacchetto di un'app di Teams contiene un manifesto e alcune piccole icone; controlla di aver scelto il file giusto.
input-package-entry-damaged = questa voce del pacchetto dell'app è danneggiata e non può essere estratta ({ $error })
input-package-entry-damaged-fix = Compila o scarica di nuovo il pacchetto.
input-manifest-in-folder = manifest.json si trova in una cartella del pacchetto, ma Teams ha bisogno che sia nella radice del pacchetto
input-manifest-in-folder-fix = Comprimi in zip i file stessi (manifest.json e le icone), non la cartella che li contiene.
input-manifest-name-case = il manifesto si chiama `{ $name }`, ma Teams richiede esattamente `manifest.json` (tutto minuscolo)
input-manifest-name-case-fix = Rinomina il file in manifest.json e comprimi di nuovo il pacchetto in zip.
input-no-manifest = il pacchetto dell'app non contiene un manifest.json
input-no-manifest-fix = Un pacchetto di un'app di Teams è uno zip di manifest.json e delle sue icone; scegli un pacchetto creato per Teams, oppure direttamente il manifest.json.
input-kind-empty = questo file è vuoto: non contiene alcun manifesto
input-kind-png = questa è un'immagine PNG, non un manifesto
input-kind-jpeg = questa è un'immagine JPEG, non un manifesto
input-kind-gif = questa è un'immagine GIF, non un manifesto
input-kind-pdf = questo è un documento PDF, non un manifesto
input-kind-word = questo è un documento di Word, non un manifesto
input-kind-excel = questa è una cartella di lavoro di Excel, non un manifesto
input-kind-powerpoint = questa è una presentazione di PowerPoint, non un manifesto
input-kind-old-office = questo è un documento di Microsoft Office, non un manifesto
input-kind-other-archive = questo è un archivio compresso di un altro tipo (come .rar, .7z o .gz); un pacchetto di un'app di Teams è un file .zip
input-kind-utf16 = questo manifesto è salvato come testo UTF-16, ma Teams legge i manifesti solo in UTF-8
input-kind-other-text = questo non è un manifesto: un manifesto di Teams è un testo JSON che inizia con “{"{"}”, mentre questo file contiene un altro testo (ad esempio un programma, una pagina web o delle note)
input-kind-empty-fix = Scegli manifest.json o il pacchetto dell'app .zip. Se questo è il tuo manifesto, non è stato salvato: aprilo nel tuo editor e salvalo di nuovo.
input-kind-utf16-fix = Aprilo in un editor di testo e salvalo come UTF-8 (in Blocco note: File › Salva con nome, Codifica: UTF-8), poi caricalo di nuovo.
input-kind-other-archive-fix = Scegli manifest.json o il pacchetto dell'app .zip (in Developer Portal di Teams: Publish › Download app package, in italiano Pubblica › Scarica pacchetto dell'app).
input-kind-fix = Scegli manifest.json o il pacchetto dell'app .zip.
input-json-error-at = riga { $line }, colonna { $column }: { $problem }
input-json-not-utf8 = il file non è un testo UTF-8 (potrebbe essere stato salvato con un'altra codifica, come UTF-16 o Windows-1252, oppure non è un file di testo)
input-json-too-deep = oggetti ed elenchi sono annidati su più di { $levels } livelli
input-json-comment = i commenti non sono consentiti in manifest.json; elimina il commento (da // alla fine della riga, oppure da /* a */)
input-json-non-breaking-space = qui c'è uno spazio unificatore invisibile (U+00A0), dove JSON consente solo spazi normali (spesso deriva dal testo copiato da una pagina web o da un documento); eliminalo e digita uno spazio normale
input-json-curly-double-quotes = le virgolette curve “ ” devono essere virgolette diritte " (un programma di videoscrittura le cambia mentre scrivi); digitale di nuovo tutte come "
input-json-curly-single-quotes = le virgolette curve ‘ ’ devono essere virgolette doppie diritte " (JSON non ha virgolette singole); digitale di nuovo tutte come "
input-json-invisible-character = qui c'è un carattere invisibile (U+{ $code }), dove JSON consente solo spazi normali; eliminalo
input-json-missing-comma-end-of-line = manca una virgola `,` alla fine di questa riga (oppure una parentesi quadra o graffa di chiusura prima di essa)
input-json-last-comma = questa virgola è l'ultima prima di una parentesi quadra o graffa di chiusura; rimuovila
input-json-trailing-comma = c'è una virgola subito prima di una parentesi quadra o graffa di chiusura; rimuovila
input-json-key-not-string = un nome non è tra virgolette doppie (JSON richiede "nome": valore), oppure c'è una virgola di troppo
input-json-expected-value = qui era previsto un valore: un testo tra virgolette doppie, un numero, true, false, null, un elenco [ ] o un oggetto {"{"} {"}"} (le virgolette singole e le parole senza virgolette non sono consentite)
input-json-unclosed-string = a un valore di testo manca la virgoletta doppia di chiusura
input-json-ends-too-early = il file finisce troppo presto: manca una parentesi quadra o graffa di chiusura
input-json-missing-comma = manca una virgola prima di questo punto (oppure una parentesi quadra o graffa di chiusura)
input-json-missing-colon = mancano i due punti `:` dopo un nome
input-json-trailing-characters = c'è del testo in più dopo la fine del documento JSON
input-json-control-character = un valore di testo contiene un a capo o una tabulazione non codificati; scrivili come \n o \t
input-json-invalid-escape = una barra rovesciata in un valore di testo inizia una sequenza di escape che JSON non conosce (scrivi una barra rovesciata come \\)
input-json-bad-hex-escape = una sequenza di escape \u in un valore di testo è incompleta (un carattere fuori dall'intervallo di base richiede due sequenze \u di seguito)
input-json-unknown-word = qui c'è una parola non riconosciuta: solo true, false e null si scrivono senza virgolette; metti il testo tra virgolette doppie
input-json-invalid-number = un numero è scritto in un modo che JSON non accetta (niente zeri iniziali, niente segno +, cifre su entrambi i lati del punto decimale)
input-json-other = JSON non si scrive così ({ $detail })
input-yaml-not-utf8 = il file non è un testo UTF-8
input-yaml-invalid = questo non è un YAML valido: { $detail }
input-yaml-too-many-values = il documento contiene troppi valori (più di un milione, contando le parti ripetute); un documento OpenAPI è molto più piccolo

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = La versione pubblicata che hai aperto non è il pacchetto presente nello store: { $reason }. Per questo il report non può dire quali problemi lo store aveva già accettato. Apri invece il pacchetto che ha lo store: in Partner Center, scarica il pacchetto dell'app della versione attiva (oppure usa il .zip che hai caricato l'ultima volta).
report-not-store-package-app-id = il suo ID app è “{ $id }”, che non è l'ID app di un'app pubblicata
report-not-store-package-format = usa il formato del manifesto “{ $format }”, che lo store non accetta
report-not-store-package-placeholder = contiene segnaposto che gli strumenti di compilazione sostituiscono, come “{ $placeholder }”
report-no-link-app-id-changed = Nessun link per il download: l'ID app è cambiato, e un link al nuovo ID punterebbe a un'app che lo store non ha. Ripristina l'ID dell'app pubblicata per ottenere il link.
report-no-link-not-an-app-id = Nessun link per il download: l'ID app “{ $id }” non è un vero ID app (un GUID come 0b5c3d6e-1234-4abc-9def-00112233aabb). Il link usa l'ID del pacchetto che invii.
render-date = { $day }/{ $month }/{ $year }
button-default-label = Ottienila su Microsoft Teams
button-style-purple = Viola
button-style-outline = Contorno
button-style-dark = Scuro
button-size-small = Piccolo
button-size-medium = Medio
button-size-large = Grande
button-unknown-style = stile “{ $style }” sconosciuto; scegli purple, outline o dark
button-unknown-size = dimensione “{ $size }” sconosciuta; scegli small, medium o large
button-not-an-app-id = “{ $text }” non è un ID app: un ID app ha un aspetto come 0b5c3d6e-1234-4abc-9def-00112233aabb. Usa l'ID di Developer Portal di Teams o di Partner Center (l'ID dello store).
button-empty-label = il testo del pulsante è vuoto: scrivi il testo che il pulsante deve mostrare, ad esempio “{ $example }”

guide-fixer-app-window-portal = Puoi correggerlo qui: “Salva una copia corretta” (oppure in Developer Portal: apri la tua app, poi { $place })
guide-fixer-app-window = Puoi correggerlo qui: “Salva una copia corretta”
guide-fixer-app-terminal-portal = Tu: esegui teams-update-check fix con il file pubblicato e quello nuovo per salvare una copia corretta, oppure in Developer Portal: apri la tua app, poi { $place }
guide-fixer-app-terminal = Tu: esegui teams-update-check fix con il file pubblicato e quello nuovo per salvare una copia corretta
guide-fixer-portal-place = Tu, in Developer Portal (apri la tua app, poi { $place })
guide-fixer-portal = Tu, in Developer Portal
guide-fixer-developer = Il tuo sviluppatore

guide-already-published = Già presente nella versione pubblicata: lo store l'aveva accettato, ma a ogni aggiornamento ricontrolla l'intero pacchetto, quindi ora potrebbe rifiutarlo.
guide-step-nothing-to-submit = Apporta le modifiche, aumenta il numero di versione, poi controlla di nuovo il nuovo pacchetto.
guide-step-fix-window = Correggi { $count ->
    [one] il problema elencato sopra
   *[other] i { $count } problemi elencati sopra
}. Per ognuno è indicato chi può correggerlo; copiali per il tuo sviluppatore con “Copia per il mio sviluppatore”.
guide-step-fix-document = Correggi { $count ->
    [one] il problema elencato sopra
   *[other] i { $count } problemi elencati sopra
}. Per ognuno è indicato chi può correggerlo; l'elenco “Per il tuo sviluppatore” è pronto da inviare al tuo sviluppatore.
guide-step-check-again-window = Poi apri qui il pacchetto corretto come nuova versione e controllalo di nuovo prima di inviarlo.
guide-step-check-again-document = Poi controlla di nuovo il pacchetto corretto con Teams Update Check prima di inviarlo.
guide-step-open-offer = In Partner Center, apri l'offerta della tua app e aggiornala dal riquadro dell'app nella scheda Panoramica. Non usare mai “Aggiungi una nuova app”: creeresti una seconda app invece di un aggiornamento.
guide-step-upload = Carica questo pacchetto. Lascia l'ID app com'è: lo store riconosce la tua app da questo ID.
guide-step-tested-again = Questo aggiornamento cambia ciò che l'app può fare, quindi Microsoft la testa di nuovo prima della pubblicazione. Incolla le note per la certificazione qui sotto nel campo delle note per la certificazione, così i revisori sanno che cosa testare.
guide-step-listing-only = Questo aggiornamento cambia solo la presentazione dell'app nello store e la versione. Microsoft esamina comunque ogni aggiornamento prima della pubblicazione; le note per la certificazione qui sotto dicono che cosa è cambiato.
guide-step-users-approve = Una volta pubblicato, gli utenti attuali ricevono l'aggiornamento dopo aver approvato di nuovo l'app; la nota di rilascio qui sotto spiega loro che cosa aspettarsi.
guide-step-admin-approves = Una volta pubblicato, le organizzazioni in cui l'amministratore ha distribuito il componente aggiuntivo lo ricevono solo dopo che l'amministratore ha approvato di nuovo questo aggiornamento: fino ad allora, le persone di quelle organizzazioni non possono usare il componente aggiuntivo aggiornato. La nota di rilascio qui sotto spiega agli amministratori che cosa aspettarsi.
guide-step-users-not-asked = Una volta pubblicato, agli utenti attuali non viene chiesto di approvare di nuovo l'app.
guide-step-users-automatic = Una volta pubblicato, gli utenti attuali ricevono l'aggiornamento automaticamente.
guide-agent-admin-approves = Se un'organizzazione distribuisce la tua app tramite la sua interfaccia di amministrazione, un amministratore approva ogni aggiornamento dell'agente Copilot prima che arrivi agli utenti.
guide-step-organization-only = L'app è pubblicata solo nella tua organizzazione (non nello store)? Carica invece il pacchetto nell'interfaccia di amministrazione di Teams (Gestisci app › la tua app › Carica file) o in Developer Portal.
report-verdict-ready = Pronto per l'invio
report-verdict-nothing-to-submit = Non è cambiato nulla: non c'è alcun aggiornamento da inviare
report-verdict-blocked = Correggi { $count ->
    [one] 1 problema
   *[other] { $count } problemi
} prima dell'invio
report-users-asked = Agli utenti attuali verrà chiesto di approvare di nuovo l'app.
report-admin-asked = Organizzazioni in cui l'amministratore ha distribuito il componente aggiuntivo: l'amministratore deve approvare di nuovo questo aggiornamento prima che le persone possano usare il componente aggiuntivo aggiornato.
report-two-sentences = { $first } { $second }
report-consent-nothing-changed = Non è cambiato nulla, quindi gli utenti attuali non devono approvare niente.
report-consent-users-not-asked = Agli utenti attuali non viene chiesto di approvare di nuovo l'app.
report-consent-users-automatic = Gli utenti attuali ricevono questo aggiornamento automaticamente (non serve una nuova approvazione).
report-consent-summary-none = Nessuna delle { $total } modifiche che richiedono approvazione è presente in questo aggiornamento: gli utenti attuali lo ricevono senza una nuova richiesta di consenso.
report-consent-summary = { $count ->
    [one] 1 delle { $total } modifiche che richiedono approvazione è presente in questo aggiornamento.
   *[other] { $count } delle { $total } modifiche che richiedono approvazione sono presenti in questo aggiornamento.
}
report-consent-others-none = Nessuna delle { $count } modifiche che richiedono approvazione è presente in questo aggiornamento
report-consent-others = { $count ->
    [one] L'altra modifica che richiede approvazione non è presente in questo aggiornamento
   *[other] Le altre { $count } modifiche che richiedono approvazione non sono presenti in questo aggiornamento
}
report-who-users-and-admin = Chi deve approvare: tutti gli utenti attuali e l'amministratore che ha distribuito il componente aggiuntivo di Office
report-who-admin = Chi deve approvare: l'amministratore che ha distribuito il componente aggiuntivo di Office nell'organizzazione, non i singoli utenti
report-who-users = Chi deve approvare: tutti gli utenti attuali
report-consent-title = Agli utenti o all'amministratore verrà chiesto di approvare di nuovo l'app?
report-consent-intro = Alcune modifiche fanno sì che Teams mostri a tutti gli utenti attuali una richiesta di approvare di nuovo l'app (dare il consenso). Le modifiche a un componente aggiuntivo di Office, invece, richiedono una nuova approvazione da parte dell'amministratore che lo ha distribuito.
report-consent-others-hint = Nessuna di queste è presente in questo aggiornamento. Aprine una per leggere che cosa significa.
report-store-title = Lo store lo accetterà?
report-store-warnings-title = { $count ->
    [one] 1 cosa da controllare (non blocca l'aggiornamento)
   *[other] { $count } cose da controllare (non bloccano l'aggiornamento)
}
report-store-template-findings = { $count ->
    [one] Mostra la segnalazione che ne deriva
   *[other] Mostra le { $count } segnalazioni che ne derivano
}
report-microsofts-rule = Regola di Microsoft
guide-notes-the-app = L'app
guide-notes-versions = { $app }: aggiornamento dalla versione { $old } alla { $new }.
guide-notes-capabilities = Che cosa può fare l'app
guide-notes-agent = Agente Copilot
guide-notes-listing = Nome, descrizioni, icone e file
guide-notes-heading = { $title }:
guide-notes-users-asked = Agli utenti attuali verrà chiesto di approvare di nuovo l'app: { $rules }.
guide-notes-admin-asked = L'amministratore che ha distribuito il componente aggiuntivo di Office deve approvarlo di nuovo: { $rules }.
guide-release-our-app = la nostra app
guide-release-users-opening = In arrivo su Microsoft Teams: { $app } { $version }. Quando arriverà, Teams ti chiederà di approvare di nuovo { $app } prima di poter usare la nuova versione. È normale: l'aggiornamento cambia ciò che l'app può fare.
guide-release-users-heading = Che cosa cambia per te:
guide-release-admin-opening = In arrivo: { $app } { $version }. Il suo componente aggiuntivo di Office cambia in un modo che richiede l'approvazione del tuo amministratore: l'amministratore che ha distribuito il componente aggiuntivo nella tua organizzazione deve approvare di nuovo questo aggiornamento, e fino ad allora le persone dell'organizzazione non possono usare il componente aggiuntivo aggiornato. È normale: l'aggiornamento cambia dove o quando il componente aggiuntivo viene eseguito.
guide-release-admin-heading = Che cosa cambia:
guide-release-users-asked = Chi deve approvare: tutti quelli che usano l'app in Teams.
guide-release-team-owner = La nuova scheda per team e chat di gruppo viene aggiunta da un proprietario del team o da un membro della chat, nel canale o nella chat in cui la vuole.
guide-release-for-admins = Per gli amministratori IT: questo aggiornamento cambia le impostazioni di accesso dell'app o le autorizzazioni che chiede. Controllale nell'interfaccia di amministrazione di Teams: Gestisci app › { $app } › Autorizzazioni, dove puoi concedere il consenso per la tua organizzazione.
guide-release-addin-admins = Per gli amministratori IT che hanno distribuito il componente aggiuntivo di Office: approva di nuovo questo aggiornamento del componente aggiuntivo; finché non lo fai, le persone della tua organizzazione non possono usare il componente aggiuntivo aggiornato.
guide-release-admin-asked = Chi deve approvare: l'amministratore che ha distribuito il componente aggiuntivo nella tua organizzazione, non i singoli utenti.
guide-handoff-the-app = l'app
guide-handoff-intro = Teams Update Check ha trovato { $count ->
    [one] 1 problema
   *[other] { $count } problemi
} in { $file } ({ $app } { $version }) che lo store rifiuterebbe. { $count ->
    [one] Correggilo
   *[other] Correggili
}, per favore:
guide-handoff-where = Dove: { $place }
guide-handoff-who = Chi: { $who }
guide-handoff-rule = Regola: { $rule }
guide-handoff-check = { $title }: { $message }
guide-handoff-manifest-field = manifest.json, “{ $field }”
guide-handoff-file-line = { $file }, riga { $line }, colonna { $column }
guide-handoff-note = Nota: { $note }
report-next-steps-title = Che cosa fare ora
report-certification-notes-lead = Una bozza per le note per la certificazione in Partner Center: che cosa è cambiato in questo aggiornamento. Aggiungi come accedere e come testarlo.
report-certification-notes-title = Note per la certificazione
report-certification-notes-copy = Copia le note per la certificazione
report-release-note-admin = L'amministratore che ha distribuito il componente aggiuntivo deve approvare di nuovo questo aggiornamento. Invia questa nota agli amministratori IT dei tuoi clienti prima che arrivi l'aggiornamento.
report-release-note-both = Agli utenti attuali verrà chiesto di approvare di nuovo l'app, e anche l'amministratore che ha distribuito il componente aggiuntivo dovrà approvarlo di nuovo. Invia questa nota ai tuoi utenti e ai loro amministratori IT prima che arrivi l'aggiornamento.
report-release-note-users = Agli utenti attuali verrà chiesto di approvare di nuovo l'app. Invia loro questa nota (e anche ai loro amministratori IT) prima che arrivi l'aggiornamento.
report-release-note-title = Avvisa i tuoi utenti
report-release-note-copy = Copia la nota di rilascio
report-attention-title = Correggi questi problemi prima dell'invio
report-attention-intro = Per ogni problema è indicato chi può correggerlo. Correggili, poi controlla di nuovo il pacchetto corretto.
report-handoff-lead = Passa l'elenco al tuo sviluppatore: indica dove si trova ogni problema (file, riga, colonna) e la regola di Microsoft, pronto da incollare in un'e-mail o in un ticket.
report-handoff-title = Per il tuo sviluppatore
report-handoff-copy = Copia per il mio sviluppatore
report-checks-title = Versione e ID app
report-checks-intro = Microsoft richiede che un aggiornamento mantenga l'ID app e aumenti il numero di versione per qualsiasi modifica, anche solo al nome o alla descrizione.
report-agent-notes-title = Che cosa noteranno i tuoi utenti
report-agent-notes-intro = Sull'agente Copilot in questo aggiornamento. A titolo informativo: questi punti non cambiano il fatto che gli utenti debbano o meno approvare di nuovo l'app.
report-area-identity-hint = L'ID app, il suo numero di versione e la versione del formato del manifesto
report-area-listing-hint = Ciò che le persone vedono nello store: nome, descrizioni, dettagli dello sviluppatore, icone, colori
report-area-capability-hint = Ciò che l'app può fare in Teams e in Office: bot, schede, estensioni per la messaggistica, connettori, accesso, autorizzazioni, il componente aggiuntivo di Office
report-area-package-file-hint = I file nel pacchetto dell'app .zip oltre a manifest.json, come icone e traduzioni
report-area-agent-hint = L'agente Copilot: istruzioni, funzionalità, azioni e i server che chiama
report-area-other-hint = Altre impostazioni del manifesto
report-changes-nothing = Niente: le due versioni sono uguali.
report-download-title = Link per il download per il tuo sito web
report-download-window = Metti sul tuo sito web un pulsante che apre la tua app nello store di Teams; la finestra ne genera l'HTML per te.
report-download-terminal = Metti sul tuo sito web un pulsante che apre la tua app nello store di Teams; esegui teams-update-check button con il nuovo file per stamparne l'HTML.
report-download-document = Metti sul tuo sito web un pulsante che apre la tua app nello store di Teams; Teams Update Check ne genera l'HTML per te.
report-nothing-note = Le due versioni sono uguali. Apporta le modifiche, aumenta il numero di versione, poi controlla di nuovo.
report-error-title = Che cosa è andato storto
report-error-note = Correggi il file (o scegli quello giusto), poi controlla di nuovo.
report-row-file = File
report-row-app-name = Nome dell'app
report-row-app-id = ID app
report-row-version = Versione
report-row-manifest-format = Formato del manifesto
report-full-value = Valore completo: { $subject }
report-changes-title = Che cosa è cambiato ({ $count })
report-changes-area = { $area } ({ $count })
report-error-headline = Impossibile caricare la { $side }
report-error-note-file = { $file } è la { $side }. Non è stato ancora confrontato nulla.
render-unnamed-app = app senza nome
render-published-new = Pubblicata: { $published }   Nuova: { $new }
render-label-note = Nota:
render-label-sources = Fonti:
render-label-where = Dove:
render-label-who = Chi può correggerlo:
render-label-why = Perché:
render-label-developers = Per gli sviluppatori:
render-title = Verifica dell'aggiornamento Teams: { $headline }
render-column-published = Pubblicata
render-column-new = Nuova
render-verdict = Esito
render-footer = Creato con Teams Update Check, che controlla un aggiornamento di un'app di Microsoft Teams prima che venga inviato allo store. Ha letto i file sul computer in cui è stato eseguito e non ha inviato nulla da nessuna parte.
render-title-app = { $app } — Verifica dell'aggiornamento Teams: { $headline }
render-teams-update-check = Verifica dell'aggiornamento Teams
render-report = Report
render-button-preview = Il pulsante di download, come appare su un sito web:
fix-version-not-raised = Non è stato possibile aumentare automaticamente la versione, perché la versione pubblicata “{ $published }” non è composta da numeri e punti (oppure un numero è troppo lungo).
fix-who-type-version = Tu: digita la nuova versione (più alta di quella pubblicata) in Developer Portal, oppure indicala con --new-version.
fix-what-version = La versione
fix-typed-version-form = La versione “{ $version }” non è composta da tre numeri interi separati da punti, come 1.4.2. Scrivila in questo modo (niente lettere, niente zeri iniziali).
fix-typed-version-not-higher = La versione { $version } non è più alta di quella pubblicata, { $published }. Scrivine una più alta.
fix-what-unused-files = File che il pacchetto non usa
fix-unused-files-before = { $count ->
    [one] 1 file
   *[other] { $count } file
}: { $names }
fix-unused-files-after = fuori dal pacchetto
fix-what-package-files = I file del pacchetto
fix-folder-before = nella cartella “{ $folder }”
fix-folder-after = nella radice del pacchetto, dove Teams li cerca
fix-package-damaged = Non è stato possibile riscrivere il pacchetto, perché una delle sue voci è danneggiata ({ $error }). Compila o scarica di nuovo il pacchetto.
fix-folder-damaged = Non è stato possibile spostare i file del pacchetto fuori dalla loro cartella, perché una voce è danneggiata ({ $error }). Compila o scarica di nuovo il pacchetto.
fix-output-is-input = è uno dei file che stai controllando; la copia corretta non li sostituisce mai, scegli un altro nome
fix-schema-preview = il manifesto usa il formato di anteprima devPreview, che lo store rifiuta; far puntare il link a quel formato allontanerebbe ancora di più il pacchetto da ciò che lo store accetta. Prima passa il manifesto a un formato pubblicato (vedi “Il manifesto usa un formato accettato dallo store”), con il relativo link
fix-schema-unknown-format = il formato del manifesto (manifestVersion) non è tra quelli pubblicati da Microsoft, quindi non esiste un link ufficiale da usare
fix-schema-not-text = il link c'è, ma non è un testo, quindi non si sa che cosa dovesse indicare
fix-schema-not-fixed = Il link allo schema di “{ $file }” non è stato corretto: { $reason }.
fix-who-developer = Il tuo sviluppatore.
fix-schema-missing = assente
fix-what-schema-link = Il link allo schema ({ $field }) di “{ $file }”
fix-icon-outline = icona di contorno
fix-icon-color = icona a colori
fix-icon-small-color = icona a colori piccola
fix-who-icon-maker = Chi disegna le tue icone (o il tuo sviluppatore).
fix-icon-not-fixed = L'{ $icon } “{ $file }” non è stata corretta: { $reason }
fix-icon-shared = lo stesso file è anche l'{ $other }, che richiede un'altra dimensione o un altro colore; ogni icona ha bisogno di un file proprio.
fix-icon-not-png = non è un'immagine PNG; salvala prima come PNG.
fix-icon-not-square = misura { $width } × { $height } pixel e non è quadrata; ridimensionarla a { $want } × { $want } deformerebbe l'immagine, e ritagliarla richiede l'occhio di una persona.
fix-icon-too-large = misura { $width } × { $height } pixel, troppo grande per essere aperta in sicurezza (un'icona misura { $want } × { $want }).
fix-icon-damaged = è un'immagine PNG danneggiata che non si può aprire.
fix-icon-no-transparency = non ha pixel trasparenti, quindi renderla bianca produrrebbe un quadrato bianco. L'icona di contorno deve essere la forma dell'app in bianco su sfondo trasparente.
fix-icon-not-saved = non è stato possibile salvare come PNG l'immagine ridimensionata.
fix-icon-size = { $width } × { $height } pixel
fix-icon-whitened = { $want } × { $want } pixel, bianca su sfondo trasparente ({ $count ->
    [one] 1 pixel reso bianco
   *[other] { $count } pixel resi bianchi
}, trasparenza mantenuta)
fix-what-icon = L'{ $icon } “{ $file }”
report-mark-ok = OK
report-mark-fix = Da correggere
report-mark-warn = Da controllare
report-mark-skip = Non necessario
report-mark-info = Nota
report-mark-step = Passo
report-mark-yes = Sì
report-mark-no = No
report-mark-added = Aggiunto
report-mark-removed = Rimosso
report-mark-changed = Modificato
punctuation-colon = {": "}
report-tag-pass = OK
report-tag-fix = CORREGGERE
report-tag-warn = VERIFICARE
report-tag-skip = NON NECESSARIO
report-tag-note = NOTA
report-tag-next = POI
report-tag-yes = SÌ
report-tag-no = no
store-consequence-unused-files = { $count ->
    [one] Per questo motivo il pacchetto non usa più { $files }, che la versione pubblicata usava. Una volta corretto il problema verrà usato di nuovo, quindi non rimuoverlo.
   *[other] Per questo motivo il pacchetto non usa più { $files }, che la versione pubblicata usava. Una volta corretto il problema verranno usati di nuovo, quindi non rimuoverli.
}
report-files-not-compared = Le icone e gli altri file del pacchetto non sono stati confrontati, perché è stato indicato un manifest.json invece di un pacchetto. Apri entrambi i pacchetti dell’app .zip per confrontarli.
change-value-before = Prima
change-value-now = Ora
report-finding-place = { $place }, in { $file }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = Basic information › Version (Informazioni di base › Versione)
portal-basic-app-names = Basic information › App names (Informazioni di base › Nomi dell'app)
portal-basic-descriptions = Basic information › Descriptions (Informazioni di base › Descrizioni)
portal-basic-developer-information = Basic information › Developer information (Informazioni di base › Informazioni sullo sviluppatore)
portal-branding-color-icon = Branding › Color icon (Personalizzazione › Icona a colori)
portal-branding-outline-icon = Branding › Outline icon (Personalizzazione › Icona di contorno)
portal-features-bot = App features › Bot (Funzionalità dell'app › Bot)
portal-features-personal-app = App features › Personal app (Funzionalità dell'app › App personale)

## Command line (src/cli.rs, src/cli/)
cli-error = errore: { $error }
cli-unknown-language = errore: --lang: “{ $tag }” non è una lingua disponibile in questa app. Scegline una tra: { $tags }.
cli-nothing-fixed = Non è stato possibile correggere nulla automaticamente, quindi non è stata salvata alcuna copia.
cli-copy-not-saved = errore: impossibile salvare la copia corretta come { $path } ({ $error }). Scegli un'altra posizione con --output, oppure controlla che ci sia spazio sul disco e che la cartella sia scrivibile.
cli-copy-saved = Copia corretta salvata: { $path }
cli-fixed-heading = Corretti ({ $count }):
cli-fixed-step = { $what }: era { $before }, ora { $after }
cli-not-fixed-heading = Non corretti qui ({ $count }):
cli-problem = Problema
cli-not-fixed-item = { $title }: { $message }
cli-who-can-fix = Chi può correggerlo: { $who }
cli-fix-result = { $which ->
    [fixed] La copia corretta
   *[new] La nuova versione
}: { $headline }
cli-output-not-written = errore: impossibile scrivere l'output ({ $error }). Controlla che ci sia spazio sul disco e che il file sia scrivibile.
cli-could-not-load-side = errore: impossibile caricare il file della { $side }: { $error }
cli-could-not-load = errore: impossibile caricare { $file }: { $error }
cli-input-error-at = { $place }: { $problem }. { $fix }
cli-input-error = { $problem }. { $fix }
cli-app-id-error = errore: --app-id: { $error }
cli-app-id-in-file = errore: l'ID app in { $path }: { $error } (oppure indica l'ID con --app-id.)
cli-label-error = errore: --label: { $error }
cli-no-window-in-build = Questa build di teams-update-check non ha una finestra (è stata compilata senza la funzionalità `gui`). Usa `teams-update-check check OLD NEW`; vedi `teams-update-check --help`.
cli-no-display = errore: nessuno schermo trovato, quindi la finestra non può aprirsi (sembra un server, un container o una shell remota senza desktop). La riga di comando funziona anche senza: esegui `teams-update-check check PUBLISHED NEW` (vedi `teams-update-check --help`).
cli-window-not-opened = errore: impossibile aprire la finestra: nessuno schermo trovato, oppure la grafica del computer non è riuscita ad avviarla. La riga di comando funziona senza finestra: esegui `teams-update-check check PUBLISHED NEW` (vedi `teams-update-check --help`).

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = Versione { $version }
app-close = Chiudi
app-cancel = Annulla
app-where = Dove: { $place }
app-the-file = il file
app-the-app = l'app
app-copied = Copiato negli Appunti: { $what }
app-clipboard-failed = Impossibile usare gli Appunti ({ $error }). Seleziona il testo qui sotto e copialo a mano.
app-no-clipboard = Appunti non disponibili

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = I tuoi file restano su questo computer: non viene caricato nulla. I file vengono solo letti, mai modificati.
app-tagline = Controlla l'aggiornamento della tua app di Teams prima di inviarlo
app-about = Informazioni
app-about-hover = Versione, licenza e che cosa fa l'app con i tuoi file
app-language = Lingua
app-language-hover = La lingua della finestra e dei report che esporta
app-language-system = Lingua del computer ({ $language })
app-export = Esporta report…
app-export-hover = Salva questo report come Markdown o HTML ({ $shortcut })
app-export-disabled-hover = Apri prima entrambe le versioni
app-try-example = Prova un esempio
app-try-example-hover = Carica un aggiornamento di esempio incluso nell'app, che richiede l'approvazione degli utenti
app-paste-path-first = Incolla prima il percorso completo del file.
app-no-file-dialog = Su questo computer non è stato possibile aprire una finestra di selezione dei file. Trascina il file sulla finestra oppure incolla il suo percorso completo nel riquadro.
app-fixed-copy-saved = Copia corretta salvata: { $path }. Ora è aperta come nuova versione.
app-button-needs-new-version = Apri prima la nuova versione: il pulsante usa il suo ID app.
app-what-button-html = HTML del pulsante
app-what-link = Link
app-too-many-dropped = Sono stati usati solo i primi due file trascinati.
app-notice-not-opened = Impossibile aprire l'informativa di terze parti. Apri { $path } dal tuo gestore file.
app-same-file = Entrambi i riquadri mostrano lo stesso file, quindi non può essere cambiato nulla. Apri la nuova versione nel riquadro a destra.
app-checking = Controllo in corso…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = Teams Update Check ha riscontrato un problema interno durante la lettura di questo file (è un bug dello strumento, non necessariamente un problema del tuo file)
app-internal-read-fix = Prova “Ricarica”. Se succede di nuovo, segnalacelo allegando il file; nel frattempo, controlla il file in Developer Portal di Teams.
app-internal-check = Teams Update Check ha riscontrato un problema interno durante il confronto dei due file (un bug dello strumento). Prova “Ricarica”; se succede di nuovo, segnalacelo allegando i file.
app-internal-write = Teams Update Check ha riscontrato un problema interno durante la scrittura del file (un bug dello strumento). Riprova.
app-open-dialog-title = { $side ->
    [old] Apri la versione pubblicata (quella ora nello store)
   *[new] Apri la nuova versione (quella da inviare)
}
app-filter-manifest-or-package = Manifesto di Teams o pacchetto dell'app
app-filter-all-files = Tutti i file
app-save-report-title = Salva il report
app-filter-html = Pagina web (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = Controlla un aggiornamento della tua app di Microsoft Teams prima che tu lo invii allo store: se è pronto, se agli utenti verrà chiesto di approvare di nuovo l'app e che cosa è cambiato.
app-about-privacy-heading = I tuoi file restano su questo computer
app-about-privacy = L'app legge solo i file che apri e non li modifica mai. Non effettua connessioni di rete: non viene inviato nulla da nessuna parte, e gli schemi Microsoft con cui esegue i controlli sono inclusi nell'app.
app-about-license-heading = Licenza
app-about-license = Teams Update Check è software libero con licenza MIT.
app-about-show-license = Mostra la licenza
app-about-third-party-heading = Software di terze parti
app-about-third-party = L'app è realizzata con componenti open source; la licenza di ciascuno è elencata nell'informativa di terze parti fornita con l'app.
app-about-open-notice = Apri l'informativa di terze parti
app-about-no-notice = Questa copia dell'app non è stata installata da un pacchetto, quindi l'elenco dei componenti open source e delle loro licenze ({ $file }) non si trova accanto a essa. L'app installata lo include.
app-about-trademark = Non realizzato né approvato da Microsoft. Microsoft Teams è un marchio del gruppo di società Microsoft.

# The download button panel (src/app/button_panel.rs)
app-button-heading = Pulsante di download per il tuo sito web
app-button-intro = Metti questo pulsante sul sito web del tuo prodotto, così i visitatori possono ottenere la tua app in Teams. Il link funziona quando la tua app è disponibile nello store di Teams.
app-button-text = Testo del pulsante
app-button-look = Aspetto
app-button-look-named = Aspetto: { $style }
app-button-size = Dimensioni
app-button-size-named = Dimensioni: { $size }
app-button-hint-filled = Viola Teams con testo bianco: si legge bene su pagine chiare e scure.
app-button-hint-outline = Testo e bordo viola su sfondo trasparente: solo per pagine chiare. Su una pagina scura, scegli Viola o Scuro.
app-button-hint-dark = Quasi nero con testo bianco: per pagine chiare e ricche di elementi (su una pagina nera non risalta).
app-button-app-id = ID app
app-button-app-id-hover = L'ID della tua app nello store di Teams. Viene preso dal nuovo manifesto; digitane un altro (ad esempio l'ID dello store di Partner Center) per usare quello.
app-button-app-id-from-manifest = { $id } (dal manifesto della nuova versione)
app-button-app-id-hint = Per usare un altro ID app, digitalo o incollalo qui
app-button-placeholder-id = L'ID del nuovo manifesto sembra un segnaposto; digita qui sopra il vero ID della tua app.
app-button-preview = Anteprima
app-button-copy-html = Copia HTML
app-button-copy-html-hover = Copia il codice HTML del pulsante da incollare nel tuo sito web ({ $shortcut })
app-button-copy-link = Copia link
app-button-open-preview = Apri l'anteprima nel browser
app-button-open-preview-hover = Guarda il pulsante vero nel tuo browser web
app-button-show-html = Mostra il codice HTML
app-button-html-label = HTML da incollare nella tua pagina:
app-preview-not-written = Impossibile scrivere la pagina di anteprima ({ $error }). Copia invece l'HTML e incollalo in una tua pagina.
app-preview-no-address = la pagina non ha un indirizzo di file
app-preview-opened = È stato chiesto al tuo browser web di aprire l'anteprima. Se non compare nessuna finestra del browser, apri { $path } nel browser.
app-preview-no-browser = Impossibile avviare un browser web ({ $error }). La pagina di anteprima è salvata in { $path }: aprila nel tuo browser.
app-preview-page-title = Anteprima del pulsante
app-preview-on-light = Su una pagina chiara:
app-preview-on-grey = Su una pagina grigia:
app-preview-on-dark = Su una pagina scura:

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] Versione pubblicata
   *[new] Nuova versione
}
app-card-hint = { $side ->
    [old] La versione ora nello store di Teams
   *[new] L'aggiornamento che vuoi inviare
}
app-reversed = Il numero della nuova versione è più basso di quello della versione pubblicata. Hai aperto i file al contrario?
app-swap = Scambia le due
app-swap-hover = Scambia la versione pubblicata con la nuova versione
app-card-empty = Trascina qui un manifest.json o un pacchetto dell'app (.zip), oppure
app-card-reading = Lettura in corso: { $file }…
app-card-icon-alt = Icona a colori ({ $name })
app-card-icon-hover = L'icona a colori dell'app presa dal pacchetto
app-card-no-name = (il manifesto non indica il nome dell'app)
app-card-file = File: { $file }
app-card-manifest-format = Formato del manifesto { $schema }
app-card-not-given = non indicato
app-card-manifest-format-hover = manifestVersion: la versione del formato del manifesto di Microsoft in cui è scritto il file
app-card-could-not-load = Impossibile caricare { $file }
app-card-what-is-wrong = Che cosa non va: { $problem }
app-card-what-to-do = Che cosa fare: { $fix }
app-card-open = Apri…
app-card-open-hover = Scegli un manifest.json o un pacchetto dell'app .zip ({ $shortcut })
app-card-open-named = { $side ->
    [old] Apri la versione pubblicata…
   *[new] Apri la nuova versione…
}
app-card-reload = Ricarica
app-card-reload-hover = Leggi di nuovo il file ({ $shortcut })
app-card-reload-named = { $side ->
    [old] Ricarica la versione pubblicata
   *[new] Ricarica la nuova versione
}
app-card-clear = Rimuovi
app-card-clear-named = { $side ->
    [old] Rimuovi la versione pubblicata
   *[new] Rimuovi la nuova versione
}
app-card-typed-path = Trascina il file su questa finestra, oppure incolla qui il suo percorso completo:
app-card-typed-path-hover = Su Linux la finestra di dialogo richiede il selettore di file del desktop (il servizio xdg-desktop-portal) o il programma zenity.
app-card-path-example-windows = C:\Users\nome\Downloads\app-package.zip
app-card-path-example = /home/nome/Scaricati/app-package.zip
app-card-path-named = { $side ->
    [old] Percorso del file della versione pubblicata
   *[new] Percorso del file della nuova versione
}
app-card-open-typed = Apri
app-drop-overlay = Rilascia il file su un riquadro per caricarlo lì
app-drop-question = Quale versione è questa?
app-drop-load-as = Carica { $file } come:

# Saving the report (src/app/export.rs)
app-report-saved = Report salvato in { $path }
app-report-saved-no-dialog = Su questo computer non è stato possibile aprire una finestra di salvataggio, quindi il report è stato salvato in { $path }
app-export-is-input = Non salvato: { $path } è uno dei file che stai controllando. Scegli un altro nome.
app-export-failed = Impossibile salvare il report in { $path } ({ $error }). Scegli una cartella in cui puoi scrivere.

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = Copia corretta: { $path }
app-fix-repaired = { $what }: era { $before }, ora { $after }
app-fix-left = { $problem } Chi può correggerlo: { $who }
app-fix-save = Salva una copia corretta…
app-fix-save-hover = Salva un nuovo pacchetto con le correzioni sicure (numero di versione, link allo schema, icone, file inutilizzati); i tuoi file non vengono modificati. La copia si apre poi come nuova versione.
app-fix-some-repairable = Alcuni di questi problemi possono essere corretti automaticamente.
app-fix-version-label = Versione per la copia:
app-fix-version-named = Versione per la copia corretta
app-fix-leave-empty = Lascia vuoto per usare { $proposed } (la versione pubblicata è { $published }).
app-fix-no-dialog = Su questo computer non è stato possibile aprire una finestra di salvataggio. Digita dove salvare la copia corretta:
app-fix-path-named = Percorso della copia corretta
app-fix-save-copy = Salva la copia
app-fix-folder-hover = Salva un nuovo pacchetto con i file spostati fuori dalla loro cartella, nella radice, dove Teams li cerca; il tuo file non viene modificato.
app-fix-folder = I file della nuova versione si trovano in una cartella all'interno del pacchetto: una copia può spostarli nella radice.
app-fix-dialog-title = Salva una copia corretta della nuova versione
app-internal-fix = Teams Update Check ha riscontrato un problema interno durante la creazione della copia corretta (un bug dello strumento). I tuoi file non sono stati modificati.
app-fix-not-read-again = Impossibile rileggere la nuova versione ({ $error }). Aprila di nuovo.
app-fix-not-made = Impossibile creare una copia corretta: { $error }
app-fix-nothing = Non è stato possibile correggere nulla automaticamente; i problemi rimasti richiedono l'intervento di una persona (vedi l'elenco).
app-fix-not-saved = Impossibile salvare la copia corretta come { $path } ({ $error }). Scegli un'altra posizione.

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = Parte del testo nei tuoi file è in { $scripts }, che nessun font di questo computer riesce a visualizzare, quindi appare come riquadri vuoti. Installa { $fix } e apri di nuovo Teams Update Check per vederlo. Il controllo in sé non ne risente: i suoi risultati sono completi.
app-font-fix-other = un font che contenga quei caratteri
app-font-fix-emoji = un font per le emoji (ad esempio Noto Color Emoji)
app-font-fix-script = un font che supporti { $scripts } (ad esempio della famiglia gratuita Noto)
app-list-and = { $first } e { $last }
app-hide = Nascondi
app-script-greek = greco
app-script-cyrillic = cirillico
app-script-armenian = armeno
app-script-hebrew = ebraico
app-script-arabic = arabo
app-script-devanagari = hindi (devanagari)
app-script-bengali = bengalese
app-script-gurmukhi = punjabi (gurmukhi)
app-script-gujarati = gujarati
app-script-odia = odia
app-script-tamil = tamil
app-script-telugu = telugu
app-script-kannada = kannada
app-script-malayalam = malayalam
app-script-sinhala = singalese
app-script-thai = thailandese
app-script-lao = lao
app-script-tibetan = tibetano
app-script-burmese = birmano
app-script-georgian = georgiano
app-script-korean = coreano
app-script-ethiopic = amarico (etiopico)
app-script-khmer = khmer
app-script-emoji = emoji
app-script-japanese = giapponese
app-script-chinese = cinese
app-script-other = altri caratteri

# The report's own labels (src/app/report_view.rs)
app-sources = Fonti:
app-source-link = Fonte ↗
app-for-developers = Per gli sviluppatori: { $lines }
app-show-details = Mostra dettagli
app-show-details-hover = Scorri fino ai dettagli di questo problema più in basso
app-why = Perché: { $why }
app-who-can-fix = Chi può correggerlo:
app-select-to-copy = Seleziona il testo per copiarne una parte
app-copy-full-value = Copia il valore completo
app-copy-full-value-hover = Copia l'intero valore negli Appunti
app-copy-hover = Copia il testo negli Appunti, per incollarlo altrove
app-show-the-text = Mostra il testo
app-developer-details = Dettagli per gli sviluppatori

# The welcome page (src/app/welcome.rs)
app-welcome-heading = Come si usa
app-welcome-step-1 = 1. A sinistra, apri la versione della tua app che è ora nello store di Teams: il suo manifest.json o il pacchetto dell'app .zip che hai caricato.
app-welcome-step-2 = 2. A destra, apri l'aggiornamento che vuoi inviare.
app-welcome-step-3 = 3. Leggi la risposta: se l'aggiornamento è pronto, se agli utenti verrà chiesto di approvare di nuovo l'app e che cosa è cambiato.
app-welcome-step-4 = 4. Copia il pulsante di download per il tuo sito web.
app-welcome-shortcuts = Puoi anche trascinare i file sulla finestra. Tasti di scelta rapida: { $open_old } apre la versione pubblicata, { $open_new } quella nuova, { $export } esporta il report, { $copy_html } copia l'HTML del pulsante, { $reload } ricarica.
app-welcome-where-heading = Dove trovo la versione pubblicata?
app-welcome-where-intro = Usa il pacchetto dell'app che Microsoft ha ora, non i file che hai modificato nel frattempo. Prendilo dal luogo da cui la tua app è stata pubblicata:
app-welcome-where-portal = Developer Portal (dev.teams.microsoft.com): apri Apps (App), seleziona la tua app e scegli Download app package (Scarica pacchetto dell'app). Fallo prima di apportare lì le modifiche: dopo che hai modificato l'app, il pacchetto che ti fornisce è la nuova versione.
app-welcome-where-partner = Partner Center (partner.microsoft.com), per un'app nello store di Teams: apri l'offerta della tua app di Teams e scarica il pacchetto dell'app caricato per la versione attiva.
app-welcome-where-admin = Interfaccia di amministrazione di Teams (admin.teams.microsoft.com), per un'app pubblicata solo nella tua organizzazione: l'amministratore di Teams può ottenerne il pacchetto in App di Teams › Gestisci app.
app-welcome-where-records = I tuoi archivi: il .zip che hai caricato l'ultima volta (Teams Toolkit, ad esempio, lo conserva in appPackage/build/ nel progetto).
app-welcome-where-new = La nuova versione è il pacchetto che stai per caricare: da Developer Portal dopo le modifiche, oppure il .zip che ti hanno dato i tuoi sviluppatori.

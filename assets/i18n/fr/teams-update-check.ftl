# Teams Update Check: every sentence a user can read, in French (Français).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: addin-control-menu, agent-capability-dataverse, agent-capability-fabric, agent-setting-description, agent-sign-in-oauth, app-filter-markdown, app-name, app-script-emoji, app-source-link, app-version, change-bot, change-scope-copilot, fix-icon-size, input-value-true-or-false, place-label-bot, place-label-bots, place-label-description, place-label-extension, place-label-version, report-row-version, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = { $count ->
    [one] { $count } icône
   *[other] { $count } icônes
}

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = L'ID de l'application reste le même
check-version-format-title = Le numéro de version est écrit correctement
check-version-incremented-title = Le numéro de version augmente
check-app-id-changed = L'ID de l'application est passé de { $old } à { $new }. Une mise à jour doit garder l'ID de l'application publiée ; avec un nouvel ID, le Store la traite comme une autre application. Remettez l'ancien ID.
check-app-id-not-guid = L'ID de l'application est le même dans les deux fichiers, mais « { $id } » n'est pas un vrai ID d'application (un GUID comme 0b5c3d6e-1234-4abc-9def-00112233aabb). Il ressemble à un espace réservé que vos outils de génération remplissent ; vérifiez le package que vous soumettez réellement.
check-app-id-same = L'ID de l'application reste { $id }.
check-version-too-long = La nouvelle version « { $version } » dépasse 256 caractères.
check-version-not-three-numbers = La nouvelle version « { $version } » n'est pas formée de trois nombres entiers séparés par des points, comme 1.4.2 (ni lettres, ni zéros en tête, ni « -beta ») ; le Store refuse toute autre forme.
check-version-addin-part-too-big = La nouvelle version « { $version } » contient une partie supérieure à 99999, ce que les compléments Office (la section `extensions`) n'autorisent pas.
check-version-well-formed = La nouvelle version { $version } est écrite comme le Store l'attend.
check-version-nothing-changed = Rien n'a changé : la version n'a donc pas besoin de changer.
check-version-goes-up = La version passe de { $old } à { $new }.
check-version-unchanged = La version est toujours { $new }, mais quelque chose a changé. La version doit augmenter à chaque modification : passez-la au-dessus de { $old }, par exemple à { $next }.
check-version-same-number = La version passe de { $old } à { $new } : c'est le même numéro écrit autrement (les parties manquantes comptent pour 0), pas un numéro plus élevé. Passez-la au-dessus de { $old }, par exemple à { $next }.
check-version-lower = La nouvelle version { $new } est inférieure à la version publiée { $old }. Les deux fichiers ont-ils été donnés dans le mauvais ordre ? La version publiée vient en premier, la nouvelle en second. Sinon, passez la nouvelle version au-dessus de { $old }.
check-version-not-comparable = Impossible de comparer les versions, car { $which ->
    [published] la version publiée
   *[new] la nouvelle version
} « { $version } » { $reason ->
    [long] a une partie de plus de 18 chiffres
   *[signs] ne contient pas uniquement des chiffres et des points
}. Assurez-vous que la nouvelle version est supérieure à la version publiée.
check-version-higher-number = un numéro plus élevé

## Store checks (src/store/)
store-activities-title = Les types de notification du flux d'activités sont uniques et non réservés
store-agent-files-title = Chaque fichier d'agent Copilot peut être lu
store-localization-agent-default-file-title = Un agent traduit a un fichier pour sa langue par défaut
store-agent-localization-keys-title = Chaque fichier de traduction contient les clés de localisation de l'agent
store-agent-name-match-title = L'agent et ses actions portent le nom de l'application
store-agent-operations-title = Chaque fonction d'agent et chaque commande d'API a son opération
store-agent-schema-title = Les fichiers d'agent Copilot respectent les schémas officiels de Microsoft
store-agent-schema-url-title = Les fichiers d'agent Copilot renvoient au schéma de leur propre format
store-agent-text-hygiene-title = Les descriptions et instructions de l'agent ne contiennent ni adresse web, ni emoji, ni caractère masqué
store-agent-urls-title = Les agents Copilot appellent de vraies adresses https
store-api-message-extension-title = Les extensions de message respectent les règles de chargement de leur type
store-app-name-core-feature-title = Le nom court ne commence pas par une fonctionnalité de Teams
store-bot-id-guid-title = Les ID de bot sont des GUID
store-bot-id-kept-title = Les bots gardent leur ID publié
store-cea-bot-id-title = L'agent de moteur personnalisé est l'un des bots de l'application
store-channel-features-title = L'application indique si elle fonctionne dans les canaux partagés et privés
store-bot-command-slash-title = Les commandes de bot ne commencent pas par une barre oblique
store-bot-command-duplicate-title = Chaque commande de bot n'apparaît qu'une fois dans sa liste
store-me-command-duplicate-title = Chaque commande d'action d'une extension de message n'apparaît qu'une fois
store-consequential-actions-title = Les actions qui modifient des données demandent d'abord l'accord de l'utilisateur
store-da-actions-title = L'agent a des actions
store-da-graph-connectors-blank-title = L'agent utilise tous les connecteurs Copilot d'une organisation
store-da-starters-count-title = L'agent a de 3 à 6 amorces de conversation
store-dashboard-cards-title = Les cartes de tableau de bord ont une seule icône chacune et des ID uniques
store-descriptions-title = La description longue en dit plus que la description courte, en 500 mots au maximum
store-https-urls-title = Les adresses web sont sécurisées (https)
store-icon-color-title = L'icône couleur est un PNG de 192 × 192
store-icon-color32x32-title = La petite icône couleur est un PNG de 32 × 32
store-icon-outline-title = L'icône de contour est blanche sur fond transparent, en 32 × 32
store-localization-title = Les fichiers de traduction sont valides et correspondent au format du manifeste
store-localization-tags-title = Chaque langue a un seul fichier de traduction
store-long-description-copilot-title = La description longue indique que l'application fonctionne dans Microsoft 365 Copilot
store-manifest-version-title = Le manifeste utilise un format accepté par le Store
store-me-sample-prompts-title = Les commandes d'extension de message ont 3 exemples d'invites différents
store-package-extra-files-title = Le package ne contient que les fichiers utilisés par le manifeste
store-package-files-title = Chaque fichier nommé par le manifeste se trouve dans le package
store-package-name-deprecated-title = Pas de champ packageName obsolète
store-package-size-title = Le package fait 10 Mo ou moins
store-placeholders-title = Il ne reste aucun espace réservé de modèle
store-required-texts-title = Le nom, les descriptions et le nom du développeur sont renseignés
store-schema-title = Le manifeste respecte le schéma officiel de Microsoft
store-schema-url-title = Le lien du schéma correspond au format du manifeste
store-static-tab-names-title = Les onglets personnels sont nommés correctement
store-valid-domains-title = Les domaines valides sont vos propres domaines de production
store-valid-domains-coverage-title = Les pages des onglets se trouvent sur vos domaines valides
store-version-major-title = La version est 1.0.0 ou supérieure
store-activities-reserved = Le type d'activité « systemDefault » est réservé par Teams à ses propres notifications ; le service de chargement le refuse. Donnez à ce type de notification un nom qui lui est propre, comme « taskAssigned » (le code de votre développeur l'envoie sous ce nom).
store-activities-duplicate = Le type d'activité « { $kind } » est déclaré plusieurs fois ; le service de chargement le refuse. Gardez une seule entrée pour ce type.
store-agent-files-broken = { $problem }
store-agent-files-too-large = Le { $what } « { $file } » fait { $size } ; un fichier du package peut faire au plus { $limit } pour cette vérification, et un fichier aussi gros n'est presque certainement pas celui qui était prévu. Votre développeur doit le réduire ou le remplacer.
store-agent-files-too-many = Le package mène à plus de { $limit } fichiers d'agent à lire ; « { $file } » et les fichiers suivants n'ont pas été vérifiés. Les agents d'une application ont besoin de bien moins de fichiers : votre développeur devrait vérifier ce que nomment les fichiers d'agent.
store-agent-name-match-differs = L'{ $what } s'appelle « { $name } » ({ $kind ->
    [action] le nom de l'action affiché aux utilisateurs
   *[agent] le nom de l'agent
}, dans « { $file } »), mais l'application s'appelle « { $app } ». L'Agent Store exige que l'application, son agent et les actions de l'agent portent le même nom. Votre développeur doit le remplacer par « { $app } » (ou modifier le nom de l'application pour qu'il corresponde).
store-localization-agent-default-file-missing = L'agent Copilot est traduit (ses fichiers utilisent des clés de localisation comme [[agentName]]) et l'application liste d'autres langues, mais il n'y a aucun fichier de traduction pour la langue par défaut (defaultLanguageFile). Un agent traduit a besoin d'un fichier pour chaque langue qu'il prend en charge, y compris la langue par défaut. Votre développeur doit en ajouter un et l'indiquer dans le manifeste.
store-localization-agent-default-file-advice = L'application liste d'autres langues, mais aucun fichier de traduction pour sa langue par défaut (defaultLanguageFile). Si l'agent Copilot prend en charge plusieurs langues, il lui faut un fichier pour chaque langue, y compris la langue par défaut.
store-agent-localization-keys-lacking = Il manque au fichier de traduction « { $file } » { $count ->
    [one] une clé de localisation utilisée
   *[other] des clés de localisation utilisées
} par l'agent Copilot ({ $keys }). Le service de chargement refuse un texte d'agent qu'il ne peut pas traduire. Votre développeur doit { $count ->
    [one] l'ajouter
   *[other] les ajouter
} sous localizationKeys dans ce fichier.
store-agent-operations-command = La commande d'extension de message « { $command } » n'a aucune opération portant cet ID (operationId) dans la description d'API « { $file } » ; elle échouerait chaque fois qu'un utilisateur l'exécute. Votre développeur doit faire correspondre la commande à une opération.
store-agent-operations-undefined-function = Le fichier d'action d'agent « { $file } » exécute une fonction « { $function } » qu'il ne définit pas (elle ne fait pas partie de ses fonctions). Votre développeur doit ajouter la fonction ou corriger son nom.
store-agent-operations-function = La fonction d'agent « { $function } » n'a aucune opération portant cet ID (operationId) dans la description d'API « { $file } » ; Copilot échouerait chaque fois qu'il l'essaie. Votre développeur doit faire correspondre la fonction à une opération.
store-agent-schema-url-mismatch = Le lien du schéma de « { $file } » correspond au format { $linked }, mais le fichier indique qu'il suit la version { $version }. Votre développeur devrait indiquer le lien du schéma de la version { $version }, pour que les éditeurs de code vérifient le fichier avec les bonnes règles.
store-schema-whole = { $kind ->
    [localization] Fichier de localisation
    [declarative-agent] Fichier d'agent Copilot
    [plugin] Fichier d'action d'agent
    [agentic-user] Modèle d'utilisateur agentique
    [response-template] Modèle de réponse
   *[manifest] Manifeste
}
store-schema-at-top = à la racine { $kind ->
    [localization] du fichier de localisation
    [declarative-agent] du fichier d'agent Copilot
    [plugin] du fichier d'action d'agent
    [agentic-user] du modèle d'utilisateur agentique
    [response-template] du modèle de réponse
   *[manifest] du manifeste
}
store-schema-in-field = dans { $field }
store-schema-manifest-format = le format de manifeste { $format }
store-schema-renamed-field = { $field } : `{ $unknown }` figure là où { $format } attend `{ $missing }`, qui est obligatoire. Renommez `{ $unknown }` en `{ $missing }`.
store-schema-missing-one-of = { $field } : il manque `{ $first }`, qui est obligatoire (ou { $others } à sa place). Ajoutez-le.
store-schema-max-length = { $field } : { $limit } caractères au maximum ; votre valeur en compte { $count }.
store-schema-min-length = { $field } : au moins { $limit ->
    [one] { $limit } caractère
   *[other] { $limit } caractères
} ; votre valeur en compte { $count }.
store-schema-max-items = { $field } : au plus { $limit ->
    [one] { $limit } entrée
   *[other] { $limit } entrées
} ; votre liste en compte { $count }.
store-schema-min-items = { $field } : au moins { $limit ->
    [one] { $limit } entrée
   *[other] { $limit } entrées
} ; votre liste en compte { $count }.
store-schema-uri = { $field } : il faut une adresse web complète avec son protocole, comme « https://www.contoso.com/help » ; votre valeur est { $value }.
store-schema-constant = { $field } : doit valoir { $expected } ; votre valeur est { $value }.
store-schema-required = { $field } : il manque `{ $name }`, qui est obligatoire. Ajoutez-le.
store-schema-type = { $field } : doit être { $expected } ; votre valeur est { $value }.
store-schema-type-name = { $kind ->
    [string] un texte (entre guillemets droits doubles)
    [object] un objet (`{"{"} … {"}"}`)
    [array] une liste (`[ … ]`)
    [boolean] true ou false
    [integer] un nombre entier
    [number] un nombre
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first } ou { $second }
store-schema-unique-items = { $field } : la même entrée figure plusieurs fois ; gardez chaque entrée une seule fois.
store-schema-no-form = { $field } : ne correspond à aucune des formes que { $format } autorise ici. Comparez-le avec la référence de ce champ.
store-schema-several-forms = { $field } : correspond à plusieurs des formes que { $format } autorise ici ; il doit en respecter exactement une.
store-schema-maximum = { $field } : { $limit } au maximum ; votre valeur est { $value }.
store-schema-minimum = { $field } : { $limit } au minimum ; votre valeur est { $value }.
store-schema-max-properties = { $field } : { $limit } champs au maximum.
store-schema-min-properties = { $field } : { $limit } champs au minimum.
store-schema-other = { $field } : ne respecte pas { $format } ({ $problem }).
store-schema-pattern-guid = un ID au format GUID, comme « 0b5c3d6e-1234-4abc-9def-00112233aabb »
store-schema-pattern-https = une adresse web sécurisée commençant par https://, comme « { $example } »
store-schema-pattern-color = une couleur écrite avec # et six chiffres hexadécimaux, comme « #4F6BED »
store-schema-pattern-version = une version faite de nombres et de points, comme « 1.0.0 »
store-schema-pattern-other = { $field } : n'est pas écrit comme le format de manifeste l'attend (il doit correspondre au motif { $pattern }) ; votre valeur est « { $value } ».
store-schema-pattern = { $field } : doit être { $expected } ; votre valeur est « { $value } ».
store-schema-enum = { $field } : doit être l'une des valeurs { $allowed } ; votre valeur est { $value }.
store-schema-enum-hint = { $field } : doit être l'une des valeurs { $allowed } ; votre valeur est { $value }. Vouliez-vous dire `{ $option }` ?
store-schema-needs-later-format = `{ $property }` nécessite le format de manifeste { $later } ou ultérieur ; vous utilisez le format { $format }. Passez au format { $later } (mettez à jour manifestVersion et { $schema_field }), ou supprimez `{ $property }`.
store-schema-unknown-field = `{ $property }` n'est pas un champ que { $format } connaît { $place }. Vérifiez son orthographe et ses majuscules, ou supprimez-le.
store-schema-sentences = { $first } { $second }
store-schema-no-sentence = {""}
store-localization-too-large = Le fichier de localisation « { $file } » dépasse 4 Mio ; un fichier de localisation ne contient que quelques textes traduits.
store-localization-not-json = Le fichier de localisation « { $file } » n'est pas du JSON valide : { $problem }. Ouvrez-le dans un éditeur de texte et corrigez-le à la ligne { $line }, colonne { $column }.
store-localization-not-object = Le fichier de localisation « { $file } » doit être un objet JSON (commençant par `{"{"}`), mais c'est { $value }.
store-localization-in-file = Dans « { $file } » : { $problem }
store-schema-url-add-later = Une fois le manifeste passé à un format publié (voir « Le manifeste utilise un format accepté par le Store »), ajoutez le lien de ce format.
store-schema-url-add = Ajoutez "{ $schema_field }": "{ $example }".
store-schema-url-missing = Le lien du schéma (`{ $schema_field }`) est absent ou n'est pas un texte. { $add }
store-schema-url-unusual = Le lien du schéma « { $link } » est inhabituel : il ne désigne aucun format de manifeste Teams. Le lien habituel est « { $example } ».
store-schema-url-preview = Le lien du schéma (`{ $schema_field }`) désigne le format { $named }, mais manifestVersion vaut « { $format } ». Ne faites pas pointer le lien vers le format de préversion : le Store refuse le format de préversion lui-même. Passez le manifeste à un format publié (voir « Le manifeste utilise un format accepté par le Store »), avec un lien qui désigne ce même format.
store-schema-url-other-format = Le lien du schéma (`{ $schema_field }`) désigne le format { $named }, mais manifestVersion vaut { $format }. Faites-les concorder : « { $example } ».
store-schema-url-no-format = (aucun)
store-placeholders-file-directive = « { $text } » est une directive de fichier d'Agents Toolkit, que le toolkit remplace par le contenu du fichier quand il génère le package ; soumettez le package généré par le toolkit, pas les fichiers sources.
store-placeholders-built-address = L'adresse « { $text } » n'a jamais été renseignée : ce package est généré (son manifeste a un vrai ID d'application), mais cette adresse est encore un espace réservé, donc Copilot ne peut pas la joindre. Votre développeur doit y mettre la vraie adresse https:// et générer à nouveau le package.
store-placeholders-built-value = « { $text } » n'a jamais été renseigné : ce package est généré (son manifeste a un vrai ID d'application), mais cette valeur est encore un espace réservé. Votre développeur doit y mettre la vraie valeur et générer à nouveau le package.
store-placeholders-placeholder = « { $text } » est un espace réservé que vos outils de génération remplissent ; le Store a besoin de la vraie valeur.
store-agent-schema-undocumented = Le fichier d'agent Copilot « { $file } » utilise le format { $version }, qui n'est pas encore un format d'agent déclaratif documenté (les pages de Microsoft décrivent les formats jusqu'à la v1.8) ; le Store risque de le refuser. Il a été vérifié avec le schéma v1.9 que Microsoft a préparé. Si l'agent n'a besoin de rien de la v1.9 (dossiers de compétences), votre développeur peut utiliser la v1.8.
store-agent-schema-format = { $kind ->
    [plugin] le format de plug-in d'API { $version }
    [agentic-user] le format de modèle d'utilisateur agentique
    [response-template] le format de modèle de réponse
   *[declarative-agent] le format d'agent déclaratif { $version }
}
store-agent-schema-newer = Le { $what } « { $file } » utilise le format { $version }, plus récent que ceux que connaît cette application (jusqu'à { $newest }) ; il n'a pas été vérifié avec son schéma. Une mise à jour de cette application le vérifiera.
store-agent-schema-no-version = il n'en indique aucun
store-agent-schema-yours-quoted = la valeur actuelle est « { $value } »
store-agent-schema-yours = la valeur actuelle est { $value }
store-agent-schema-version-missing = Le { $what } « { $file } » doit indiquer dans `{ $field }` le format qu'il suit (par exemple « { $newest } ») ; { $yours }. Votre développeur doit le renseigner.
store-agent-text-hygiene-address = une adresse web ({ $address })
store-agent-text-hygiene-emoji = un emoji ({ $emoji })
store-agent-text-hygiene-hidden = un caractère masqué ({ $code })
store-agent-text-hygiene-instructs = des mots qui donnent des instructions à Copilot (« { $phrase } »)
store-agent-text-hygiene-in-file = Dans « { $file } », le texte situé à « { $place } »
store-agent-text-hygiene-refused = { $place } contient { $what }. L'Agent Store refuse les adresses web, les emoji et les caractères masqués dans les descriptions et les instructions que lit Copilot. Retirez cet élément.
store-agent-text-hygiene-steers = { $place } contient { $what }. L'Agent Store refuse les descriptions qui tentent d'orienter le modèle ; si ces mots décrivent seulement ce que fait l'application, gardez-les.
store-agent-text-hygiene-joiner = { $place } contient { $what }, un caractère de liaison ou une marque de direction. Les textes écrits dans des écritures comme le persan ou l'hindi en ont besoin, donc c'est peut-être voulu ; l'Agent Store refuse les caractères masqués qui ne servent pas à cela.
store-agent-urls-not-full = « { $address } » n'est pas une adresse web complète ; Copilot appelle les services de l'agent depuis le cloud et n'a rien pour la compléter. Votre développeur doit écrire l'adresse entière, comme « https://api.contoso.com{ $path } ».
store-agent-urls-not-secure = « { $address } » n'est pas une adresse sécurisée (https) ; Copilot n'appelle que des adresses https. Votre développeur doit utiliser l'adresse https du service.
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = l'adresse IP { $ip }
store-agent-urls-own-computer = « { $address } » pointe vers { $host }, que seuls l'ordinateur ou le réseau du développeur peuvent joindre ; Copilot l'appelle depuis le cloud pour chaque utilisateur. Votre développeur doit utiliser l'adresse où le service est réellement hébergé.
store-agent-urls-tunnel = « { $address } » est un tunnel qui sert à tester sur l'ordinateur du développeur ; il cesse de fonctionner quand le tunnel se ferme. Votre développeur doit utiliser l'adresse où le service est réellement hébergé.
store-api-message-extension-api-member = L'extension de message { $number } est basée sur une API, et une extension de message basée sur une API ne peut pas avoir { $member ->
    [botId] d'ID de bot (`botId`)
   *[other] de `{ $member }`
} ; le service de chargement la refuse. Supprimez-le.
store-api-message-extension-no-api-file = L'extension de message { $number } est basée sur une API mais n'indique pas sa description d'API (`apiSpecificationFile`) ; le service de chargement la refuse. Votre développeur ajoute le fichier OpenAPI au package et l'indique à cet endroit.
store-api-message-extension-no-template = La commande { $name } de l'extension de message basée sur une API { $number } n'indique pas le modèle qui affiche ses résultats (`apiResponseRenderingTemplateFile`) ; le service de chargement la refuse. Votre développeur ajoute le modèle au package et l'indique à cet endroit.
store-api-message-extension-no-parameters = La commande { $name } de l'extension de message basée sur une API { $number } n'a aucun paramètre ; le service de chargement refuse une commande basée sur une API qui n'en a pas au moins un. Votre développeur ajoute les paramètres que prend l'opération d'API.
store-api-message-extension-extra-auth = L'extension de message { $number } se connecte avec `{ $kind }` mais a aussi `{ $member }`, qui appartient à un autre mode de connexion ; le service de chargement la refuse. Supprimez `{ $member }` ou modifiez `authType`.
store-api-message-extension-no-registration = L'extension de message { $number } se connecte avec une clé API (`apiSecretServiceAuth`) mais n'indique pas son inscription (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`) ; le service de chargement la refuse. Votre développeur inscrit la clé dans le Portail des développeurs et indique ici son ID d'inscription.
store-api-message-extension-no-entra = L'extension de message { $number } se connecte avec Microsoft Entra (`microsoftEntra`) mais n'a pas de `microsoftEntraConfiguration` ; le service de chargement la refuse. Votre développeur l'ajoute avec "supportsSingleSignOn": true.
store-api-message-extension-no-sso = L'extension de message { $number } se connecte avec Microsoft Entra, ce qui exige l'authentification unique : `supportsSingleSignOn` doit valoir true, sinon le service de chargement la refuse.
store-api-message-extension-bot-api-file = L'extension de message { $number } est basée sur un bot mais indique une description d'API (`apiSpecificationFile`) ; le service de chargement le refuse. Supprimez-la, ou faites de l'extension une extension basée sur une API ("composeExtensionType": "apiBased", sans bot).
store-api-message-extension-bot-template = La commande { $command } de l'extension de message basée sur un bot { $number } indique un modèle de résultats (`apiResponseRenderingTemplateFile`), ce que seules les extensions basées sur une API ont ; le service de chargement la refuse. Supprimez-le.
store-api-message-extension-method = L'opération « { $operation } » de l'extension de message { $number } utilise la méthode HTTP { $method } ; les extensions de message basées sur une API ne peuvent appeler que des opérations GET et POST, et le service de chargement refuse les autres.
store-api-message-extension-array-parameter = Le paramètre{ $named ->
    [yes] {" "}« { $label } »
   *[no] {""}
} de l'opération « { $operation } » (extension de message { $number }) est une liste (`array`) ; les extensions de message basées sur une API ne peuvent pas envoyer de listes, et le service de chargement le refuse.
store-api-message-extension-required-parameter = Le paramètre obligatoire{ $named ->
    [yes] {" "}« { $label } »
   *[no] {""}
} de l'opération « { $operation } » (extension de message { $number }) est envoyé { $location } ; les extensions de message basées sur une API ne peuvent remplir les paramètres obligatoires que dans le chemin ou la chaîne de requête, et le service de chargement refuse les autres.
store-api-message-extension-no-location = sans emplacement (`in`)
store-api-message-extension-location = à l'emplacement { $location }
store-api-message-extension-no-servers = La description d'API « { $file } » de l'extension de message { $number } n'indique aucun serveur (`servers`) pour ses opérations, donc Teams ne sait pas où les envoyer ; le service de chargement la refuse. Votre développeur ajoute l'adresse de l'API sous `servers`.
store-app-name-words-title = Le nom de l'application évite les mots que l'examen du Store refuse
store-agent-store-copilot-agent = agent Copilot
store-agent-store-agent-action = action d'agent
store-app-name-core-feature-starts = Le nom court « { $name } » commence par « { $feature } », une fonctionnalité de Teams ; le Store refuse les noms qui commencent par une fonctionnalité de Teams, car les utilisateurs prendraient l'application pour une partie de Teams. Mettez votre propre nom en premier, comme « { $example } ».
store-app-name-words-product = { $what } : contient « { $word } ». Le Store refuse les noms qui font référence à des produits Microsoft (Microsoft Teams, Microsoft 365 Copilot), sauf si l'application bénéficie d'un partenariat officiel avec Microsoft. Si « { $word } » a ici un autre sens (par exemple des équipes de personnes), vous pouvez le laisser ; s'il désigne le produit de Microsoft, renommez l'application.
store-app-name-words-microsoft = { $what } : contient « { $word } ». Le Store refuse les noms qui font référence à Microsoft, sauf si l'application bénéficie d'un partenariat officiel avec Microsoft ; sans un tel partenariat, renommez l'application.
store-app-name-words-unfinished = { $what } : contient « { $word } ». Le Store refuse les noms qui présentent l'application comme une version de test ou une préversion ; si c'est la version destinée à tous, retirez ce mot.
store-app-name-words-agent-name = Le nom de l'{ $what } dans « { $file } »
store-bot-id-guid-not-guid = L'ID { $list ->
    [bots] du bot
   *[composeExtensions] de l'extension de message
} { $number } est « { $id } », qui n'est pas un ID au format GUID ; le service de chargement le refuse. Indiquez à cet endroit l'ID de l'inscription du bot (il ressemble à « 0b5c3d6e-1234-4abc-9def-00112233aabb » ; votre développeur le trouve dans le portail Azure ou le portail Bot Framework).
store-bot-id-kept-changed = Le bot { $number } a un nouvel ID (« { $new } ») ; le bot de la version publiée est « { $old } ». Gardez l'ID du bot publié : un nouvel ID fait perdre les conversations que les utilisateurs ont eues avec le bot, et le Store le refuse. Votre développeur remet l'ID publié (et conserve cette inscription de bot).
store-cea-bot-id-not-a-bot = L'agent de moteur personnalisé désigne le bot « { $id } », qui n'est pas l'un des bots de l'application{ $bots ->
    [0] {" "}(l'application n'en a aucun)
   *[other] {""}
}. L'Agent Store exige qu'un agent de moteur personnalisé soit le propre bot de l'application. Votre développeur doit indiquer ici l'ID du bot.
store-channel-features-missing = Votre application fonctionne dans les équipes, mais n'indique pas qu'elle prend en charge les canaux partagés et privés. Ajoutez "supportsChannelFeatures": "tier1" dès que c'est le cas, sinon Teams risque de la masquer dans ces canaux.
store-bot-command-slash-starts = La commande de bot « { $command } » commence par une barre oblique. Teams ajoute lui-même la barre oblique quand les utilisateurs tapent une commande ; retirez-la du titre (« { $without } »).
store-bot-command-duplicate-repeated = La commande de bot « { $command } » apparaît plusieurs fois dans la même liste de commandes ; le Store refuse les commandes en double. Gardez-en une seule, ou donnez à l'autre un titre qui lui est propre.
store-me-command-duplicate-repeated = La commande d'action « { $command } » apparaît plusieurs fois dans l'extension de message { $number } ; le Store refuse les commandes d'action en double. Gardez-en une seule, ou donnez à l'autre un titre qui lui est propre.
store-consequential-actions-changes-data = L'opération { $operation } de « { $file } » modifie ou supprime des données, mais elle est marquée comme sans conséquence (x-openai-isConsequential: false) : Copilot l'exécuterait donc sans demander l'accord de l'utilisateur. L'Agent Store le refuse. Votre développeur doit retirer cette marque ou la passer à true.
store-consequential-actions-post = L'opération { $operation } de « { $file } » est marquée comme sans conséquence (x-openai-isConsequential: false) : Copilot l'exécute donc sans demander l'accord de l'utilisateur. C'est correct pour une recherche ; si elle crée ou envoie quelque chose, l'Agent Store la refuse et votre développeur doit retirer cette marque.
store-da-actions-none = L'agent Copilot de « { $file } » n'a aucune action (plug-ins d'API). L'Agent Store demande que l'usage principal d'un agent passe par des actions ; un agent qui répond uniquement à partir de sources de connaissances peut tout de même réussir l'examen. Si c'est le cas du vôtre, indiquez-le dans les notes pour la certification.
store-da-graph-connectors-blank-listed = L'agent Copilot de « { $file } » nomme des connecteurs Copilot précis (connecteurs Graph). Un agent de l'Agent Store doit laisser cette liste vide, afin d'utiliser tous les connecteurs de chaque organisation qui l'installe. Votre développeur doit retirer ces connexions.
store-da-starters-count-outside = Nombre d'amorces de conversation de l'agent Copilot de « { $file } » (les invites suggérées que les utilisateurs voient quand ils l'ouvrent) : { $count ->
    [0] aucune
    [one] une seule
   *[other] { $count }
}. L'Agent Store en exige de 3 à 6. Votre développeur doit { $fix ->
    [fewer] en garder 6 au maximum
   *[more] ajouter des amorces jusqu'à en avoir au moins 3
} dans le fichier de l'agent.
store-dashboard-cards-two-icons = La carte de tableau de bord { $number } indique à la fois une image (`iconUrl`) et une icône nommée (`officeUIFabricIconName`) ; le service de chargement le refuse. Gardez l'une des deux.
store-dashboard-cards-same-id = La carte de tableau de bord { $number } a le même ID qu'une carte précédente (« { $id } ») ; le service de chargement le refuse. Donnez à chaque carte un ID qui lui est propre.
store-descriptions-short-is-name = La description courte se limite au nom de l'application (« { $short } »), donc la description longue la contient. L'examen du Store demande une description courte qui dit en une phrase ce que fait l'application, et une description longue qui en dit plus.
store-descriptions-full-contains-short = La description longue contient toute la description courte (« { $short } »). L'examen du Store demande une description longue qui en dit plus que la courte, avec ses propres mots.
store-descriptions-too-long = La description longue compte { $count ->
    [one] { $count } mot
   *[other] { $count } mots
} ; l'examen du Store en demande 500 au maximum.
store-https-urls-own-computer = { $field } : l'adresse pointe vers { $advice }. Elle doit aussi commencer par https://.
store-https-urls-not-secure = { $field } : il faut une adresse web sécurisée commençant par https://, comme « { $example } » ; votre valeur est « { $value } ».
store-icon-color-not-png = { $icon ->
    [color32x32] La petite icône couleur
    [outline] L'icône de contour
   *[color] L'icône couleur
} « { $file } » n'est pas une image PNG. Enregistrez-la au format PNG, en { $want } × { $want } pixels.
store-icon-color-size = { $icon ->
    [color32x32] La petite icône couleur
    [outline] L'icône de contour
   *[color] L'icône couleur
} « { $file } » fait { $width } × { $height } pixels ; elle doit faire exactement { $want } × { $want }. Redimensionnez-la et enregistrez-la à nouveau.
store-icon-outline-damaged = L'icône de contour « { $file } » est une image PNG endommagée. Enregistrez-la à nouveau au format PNG.
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = { $color } à { $opacity } % d'opacité
store-icon-outline-not-white = L'icône de contour « { $file } » doit être blanche sur fond transparent, mais le pixel en x { $x }, y { $y } (compté depuis le coin supérieur gauche, à partir de 0) est { $color }. Rendez chaque pixel blanc ou entièrement transparent.
store-manifest-version-missing = Le manifeste n'indique aucun format de manifeste (`manifestVersion`). Ajoutez le format que suit votre manifeste, par exemple "manifestVersion": "1.17" (les outils de votre développeur l'écrivent), pour que le Store sache quelles règles le manifeste suit.
store-manifest-version-unknown = « { $format } » n'est pas un format de manifeste publié par Microsoft (ceux-ci vont de 1.0 à 1.17, de 1.19 à { $newest }, plus devPreview). Réglez `manifestVersion` sur le format que suit votre manifeste ; d'ici là, ses champs ne peuvent pas être vérifiés avec le schéma officiel.
store-manifest-version-preview = Le manifeste utilise le format de préversion pour développeurs (devPreview). Les formats de préversion servent aux tests dans votre propre organisation ; le Store ne les accepte pas. { $advice }
store-manifest-version-too-old = Le manifeste utilise le format { $format } ; le Store exige le format de manifeste 1.10 ou ultérieur. { $advice }
store-manifest-version-not-text = Le format de manifeste (`manifestVersion`) doit être un texte entre guillemets droits doubles, comme "1.17" ; votre valeur est { $value }.
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = {" "}({ $list })
store-manifest-version-reason-list = { $list } ; { $next }
store-manifest-version-needs = { $what } nécessite le format { $format }
store-manifest-version-not-below = votre manifeste ne respecte pas le schéma du format { $format }
store-manifest-version-member-at = `{ $member }` ({ $place })
store-manifest-version-lacking = l'absence de `{ $property }` dans { $place }
store-manifest-version-move-to = Passez au format de manifeste { $format }, le premier format publié qui contient tout ce qu'utilise votre manifeste{ $reasons } : réglez `manifestVersion` sur « { $format } » et `{ $schema_field }` sur « { $link } ».
store-manifest-version-move-at-least = Passez à un format de manifeste publié : au moins { $format }, le premier dont le schéma connaît tous les champs de premier niveau qu'utilise votre manifeste{ $reasons }. En l'état, le manifeste ne respecte encore aucun format publié : votre développeur doit donc aussi corriger ce que signale le schéma de ce format.
store-manifest-version-unpublished = Votre manifeste utilise { $count ->
    [one] un champ
   *[other] des champs
} qu'aucun format publié ne contient encore ({ $fields }) ; les fonctionnalités encore en préversion ne peuvent pas être publiées. Votre développeur doit { $count ->
    [one] le retirer
   *[other] les retirer
}, puis passer le manifeste à un format publié.
store-localization-tags-twice = La langue « { $language } » figure deux fois parmi les traductions ; on ne sait alors pas lequel de ses deux fichiers Teams affiche. Gardez une seule entrée par langue.
store-long-description-copilot-missing = La description longue ne mentionne pas Copilot. Pour une application dotée d'un agent Copilot, l'Agent Store exige que la description longue indique qu'elle fonctionne dans Microsoft 365 Copilot (par exemple « Contoso dans Microsoft 365 Copilot »). Ajoutez une phrase qui le dit.
store-long-description-copilot-wording = La description longue mentionne Copilot, mais pas « Microsoft 365 Copilot », la formulation qu'utilise l'exemple de l'Agent Store (« Contoso dans Microsoft 365 Copilot »). D'autres formulations peuvent réussir l'examen ; envisagez d'utiliser celle-ci.
store-me-sample-prompts-too-few = La commande d'extension de message{ $named ->
    [yes] {" "}« { $name } »
   *[no] {""}
} a { $count ->
    [one] { $count } exemple d'invite
   *[other] { $count } exemples d'invites
} (les exemples que Copilot affiche). L'Agent Store en exige au moins 3. Votre développeur doit ajouter des invites qui montrent ce que fait la commande.
store-me-sample-prompts-shared = L'exemple d'invite « { $prompt } » de la commande d'extension de message{ $named ->
    [yes] {" "}« { $name } »
   *[no] {""}
} est aussi un exemple d'invite d'une autre commande. L'Agent Store exige que chaque commande ait ses propres invites. Votre développeur doit écrire une invite pour cette commande.
store-package-extra-files-unused = Le package contient { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
} que le manifeste n'utilise pas : { $files }. Le Store demande uniquement le manifeste et les fichiers qu'il nomme ; retirez les autres.
store-package-files-holder = Le { $what } « { $file } »
store-package-files-reference = { $holder } { $problem }
store-package-files-outside = nomme « { $path } », qui n'est pas un fichier du package (un chemin de package s'écrit par rapport au fichier qui le nomme, avec des barres obliques, et reste dans le package). Votre développeur doit le corriger.
store-package-files-no-skill-folder = nomme le dossier de compétence « { $path } », qui ne se trouve pas dans le package. Ajoutez le dossier ou corrigez le nom.
store-package-files-no-skill-file = nomme le dossier de compétence « { $path } », qui n'a pas de fichier SKILL.md. Ajoutez-le (son nom s'écrit en majuscules).
store-package-files-other-case = nomme « { $path } », mais le package contient « { $entry } » : les noms doivent correspondre exactement, majuscules comprises.
store-package-files-missing = nomme « { $path } », qui ne se trouve pas dans le package. Ajoutez le fichier ou corrigez le nom.
store-package-files-leading-slash = « { $path } » commence par / ; nommez le fichier par rapport au package, comme « color.png ».
store-package-files-backslash = « { $path } » utilise une barre oblique inverse (\) ; les chemins de package utilisent des barres obliques, comme « resources/color.png ».
store-package-files-parent = « { $path } » pointe hors du package (..) ; placez le fichier dans le package et nommez-le à partir de là.
store-package-files-manifest-other-case = le manifeste nomme « { $path } », mais le package contient « { $entry } » : les noms doivent correspondre exactement, majuscules comprises.
store-package-files-manifest-missing = le manifeste nomme « { $path } », qui ne se trouve pas dans le package. Ajoutez le fichier ou corrigez le nom.
store-package-files-in-field = { $field } : { $problem }
store-package-name-deprecated-unused = `packageName` n'est plus utilisé à partir du format de manifeste 1.17 (le vôtre est { $format }) ; vous pouvez le supprimer.
store-package-size-too-large = Le package d'application fait { $size } Mo ; les services de chargement de Microsoft refusent les packages de plus de 10 Mo. Gardez uniquement le manifeste, les icônes et les fichiers qu'il nomme.
store-required-texts-empty = { $field } : ce champ est vide. Le Store l'affiche à tous ceux qui trouvent votre application : remplissez-le.
store-static-tab-names-reserved = L'onglet personnel { $number } est l'onglet réservé « { $entity } », que Teams nomme lui-même : supprimez son `name`.
store-static-tab-names-unnamed = L'onglet personnel { $number } (« { $entity } ») n'a pas de nom. Donnez-lui le nom que les utilisateurs voient sur l'onglet, comme « Tâches ».
store-valid-domains-domain = Le domaine valide « { $domain } » { $problem }
store-valid-domains-web-address = est une adresse web, pas un domaine : écrivez seulement le domaine, comme « tasks.contoso.com » (sans https://, sans chemin).
store-valid-domains-own-computer = est { $advice }.
store-valid-domains-too-wide = est trop large : il couvrirait tous les sites placés sous ce domaine. Indiquez votre propre domaine, comme « *.contoso.com ».
store-valid-domains-already-allowed = est un domaine Microsoft que Teams autorise déjà ; retirez-le de votre liste.
store-valid-domains-tunnel = est un tunnel qui sert à tester sur votre propre ordinateur ; le Store le refuse. Remplacez-le par le domaine où votre application est réellement hébergée.
store-valid-domains-sign-in = couvre le service de connexion de Microsoft, un domaine Microsoft partagé par toutes les applications ; le Store refuse un caractère générique sur ce domaine. Si l'application en a besoin pour la connexion, votre développeur indique plutôt l'adresse exacte, comme « { $example } », ou le retire.
store-valid-domains-sharepoint-framework = couvre le SharePoint de toutes les organisations ; le Store refuse un caractère générique sur ce domaine. Les pages de votre application se trouvent sur le propre site SharePoint de chaque client (les adresses de ses onglets commencent par {"{"}teamSiteDomain{"}"}), comme dans les applications créées avec SharePoint Framework : indiquer un seul site ne peut donc pas fonctionner. Demandez à votre développeur de suivre le guide de Microsoft sur la publication des solutions SharePoint Framework, qui explique comment une telle application atteint chaque client : { $guide }
store-valid-domains-sharepoint = couvre le SharePoint de toutes les organisations ; le Store refuse un caractère générique sur ce domaine. Indiquez exactement votre propre site SharePoint, comme « contoso.sharepoint.com ».
store-valid-domains-shared-hosting = couvre un domaine Microsoft ou d'hébergement partagé où se trouvent aussi les sites d'autres personnes. Indiquez exactement votre propre site, comme « contoso-tasks.azurewebsites.net ».
store-valid-domains-bad-wildcard = contient un caractère générique mal placé : `*` doit former une partie entière, à gauche, comme « *.contoso.com ».
store-valid-domains-coverage-own-computer = { $field } : l'adresse pointe vers { $advice }. Une fois qu'elle est remplacée, vérifiez que le domaine de la nouvelle adresse figure dans votre liste de domaines valides.
store-valid-domains-coverage-not-listed = { $field } : l'adresse se trouve sur { $host }, qui ne figure pas dans votre liste de domaines valides. Teams risque de refuser de charger la page : ajoutez « { $host } » à validDomains.
store-version-major-zero = La version { $version } commence par 0, et le Store n'accepte pas les versions 0.x.y. Commencez à 1.0.0 (la version suivante d'une application publiée doit tout de même être supérieure à la version publiée).

store-summary-template = Ceci est un modèle : { $count ->
    [one] { $count } valeur contient encore
   *[other] { $count } valeurs contiennent encore
} des espaces réservés comme `{ $example }`. Vérifiez plutôt le package que produit votre génération (par exemple appPackage/build/appPackage.dev.zip).{ $caused ->
    [0] {""}
    [one] {" "}{ $caused } autre problème vient de ces espaces réservés et disparaîtra avec de vraies valeurs.
   *[other] {" "}{ $caused } autres problèmes viennent de ces espaces réservés et disparaîtront avec de vraies valeurs.
}
store-summary-none-found-in-format = Aucun problème pour le Store (vérifié avec le format officiel { $format } et les règles du Store).
store-summary-none-found = Aucun problème pour le Store (vérifié avec les règles du Store).
store-summary-refused = Le Store refuserait { $package ->
    [package] ce package
   *[manifest] ce manifeste
} : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}.
store-summary-manifest-alone = Les icônes et les autres fichiers du package n'ont pas été vérifiés, car seul un fichier manifest.json a été fourni. Ouvrez le package d'application .zip pour les vérifier aussi.
store-where-line-column = { $file }, ligne { $line }, colonne { $column }
store-where-file = { $file }
store-where-with-place = { $file } ({ $place })
store-own-computer-advice = « { $host } », { $tail }
store-own-computer-tail = l'ordinateur de votre développeur (ou son réseau privé), que personne d'autre ne peut joindre : remplacez cette valeur par l'adresse où l'application est hébergée

## Consent rules (src/rules/)
rule-addin-events-changed-title = Le complément Office démarre sur un nouvel événement
rule-addin-events-changed-explanation = Un complément Office qui démarre de lui-même sur un événement auquel il ne réagissait pas avant doit être approuvé de nouveau par l'administrateur qui l'a déployé ; d'ici là, les personnes de cette organisation ne peuvent pas utiliser le complément mis à jour. Nous interprétons les « événements pris en charge par le complément » de Microsoft comme les types d'événements qui le démarrent ; la fonction qui gère un événement et la façon dont Outlook y réagit sont seulement indiquées sous « Ce qui a changé ».
rule-addin-office-apps-changed-title = Le complément Office s'exécute dans une autre application Office
rule-addin-office-apps-changed-explanation = Un complément Office qui commence à s'exécuter dans une autre application Office (Outlook, Excel, Word, PowerPoint) doit être approuvé de nouveau par l'administrateur qui l'a déployé ; d'ici là, les personnes de cette organisation ne peuvent pas utiliser le complément mis à jour. Le guide de mise à jour de Microsoft cite ce changement.
rule-bot-added-or-removed-title = Un bot a été ajouté ou supprimé
rule-bot-added-or-removed-explanation = Un bot est la partie d'une application qui discute avec les personnes ; en ajouter ou en supprimer un change ce que l'application peut faire, donc Teams demande à chaque utilisateur d'approuver de nouveau l'application.
rule-bot-calling-or-video-changed-title = La prise en charge des appels ou de la vidéo par un bot a changé
rule-bot-calling-or-video-changed-explanation = La possibilité pour un bot de participer à des appels audio ou vidéo est une autorisation que les utilisateurs acceptent ; la modifier amène Teams à demander à chaque utilisateur d'approuver de nouveau l'application.
rule-bot-id-changed-title = L'ID d'un bot a changé
rule-bot-id-changed-explanation = L'ID du bot indique à Teams avec quel service de bot inscrit l'application communique ; un nouvel ID signifie un autre bot, donc Teams demande à chaque utilisateur d'approuver de nouveau l'application.
rule-bot-notification-only-changed-title = Le paramètre « notifications uniquement » d'un bot a changé
rule-bot-notification-only-changed-explanation = Un bot « notifications uniquement » peut envoyer des messages mais pas en recevoir ; modifier ce paramètre change ce que le bot peut faire, donc Teams demande à chaque utilisateur d'approuver de nouveau l'application.
rule-bot-supports-files-changed-title = Le paramètre de partage de fichiers d'un bot a changé
rule-bot-supports-files-changed-explanation = Ce paramètre permet à un bot d'envoyer et de recevoir des fichiers dans les conversations ; le modifier change ce à quoi le bot peut accéder, donc Teams demande à chaque utilisateur d'approuver de nouveau l'application.
rule-channel-tab-added-title = Un onglet de canal ou de groupe a été ajouté
rule-channel-tab-added-explanation = Un onglet de canal ou de groupe permet à une équipe ou à une conversation de groupe d'épingler une page de votre application ; en ajouter un amène Teams à demander à chaque utilisateur d'approuver de nouveau l'application.
rule-connector-added-title = Un connecteur a été ajouté
rule-connector-added-explanation = Un connecteur publie dans un canal Teams les mises à jour d'un autre service ; un nouveau connecteur amène Teams à demander à chaque utilisateur d'approuver de nouveau l'application.
rule-message-extension-added-or-removed-title = Une extension de message a été ajoutée ou supprimée
rule-message-extension-added-or-removed-explanation = Une extension de message ajoute des commandes de recherche ou d'action à la zone où l'on rédige les messages ; en ajouter ou en supprimer une amène Teams à demander à chaque utilisateur d'approuver de nouveau l'application.
rule-personal-tab-added-title = Un onglet personnel a été ajouté
rule-personal-tab-added-explanation = Un onglet personnel est une page de votre application dans l'espace personnel de chaque utilisateur dans Teams ; en ajouter un amène Teams à demander à chaque utilisateur d'approuver de nouveau l'application.
rule-rsc-permissions-changed-title = Les autorisations sur les données des équipes ou des conversations ont changé (RSC)
rule-rsc-permissions-changed-explanation = Les autorisations de consentement spécifique à la ressource (RSC) permettent à votre application de lire ou de modifier les données des équipes, des conversations ou des réunions auxquelles elle est ajoutée ; les modifier amène Teams à demander aux utilisateurs d'approuver de nouveau l'application.
rule-web-application-info-changed-title = Les paramètres de connexion ont changé (webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo désigne l'application Microsoft Entra avec laquelle votre application connecte les utilisateurs, et donc les données qu'elle peut atteindre ; le modifier amène Teams à demander à chaque utilisateur d'approuver de nouveau l'application.
rule-source-publishing-docs = Guide de Microsoft sur la mise à jour d'une application publiée
rule-source-admin-docs = Documentation de Microsoft sur l'administration de Teams
rule-source-office-addin-docs = Guide de Microsoft sur la mise à jour d'un complément Office
rule-bot-setting-turned = Le paramètre « { $setting } » du bot a été { $now ->
    [on] activé
   *[off] désactivé
} (il était { $was ->
    [on] activé
   *[off] désactivé
})
rule-bot-setting-turned-developer = Bot `{ $bot }` : { $setting } ({ $field }) { $now ->
    [on] activé
   *[off] désactivé
} (était { $was ->
    [on] activé
   *[off] désactivé
})
rule-bot-setting-audio-calls = appels audio
rule-bot-setting-video = vidéo
rule-bot-setting-notifications-only = notifications uniquement
rule-bot-setting-file-sharing = partage de fichiers
rule-bot-removed = Un bot a été supprimé
rule-bot-removed-developer = Bot `{ $bot }` supprimé
rule-bot-added = Un bot a été ajouté
rule-bot-added-developer = Bot `{ $bot }` ajouté
rule-bot-id-changed-evidence = Le bot a maintenant un autre ID : Teams le considère donc comme un bot différent
rule-bot-id-changed-developer = ID du bot passé de `{ $old }` à `{ $new }`
rule-channel-tab-added-evidence = Un onglet que les équipes et les conversations de groupe peuvent épingler a été ajouté
rule-channel-tab-added-developer = La nouvelle version a { $new ->
    [one] { $new } onglet de canal/groupe
   *[other] { $new } onglets de canal/groupe
} (configurableTabs) ; la version publiée en a { $old }
rule-connector-added-evidence = Un connecteur a été ajouté
rule-connector-added-developer = Connecteur `{ $connector }` ajouté
rule-message-extension-removed = Une extension de message a été supprimée{ $count ->
    [0] {""}
    [one] {" "}(commande { $commands })
   *[other] {" "}(commandes { $commands })
}
rule-message-extension-removed-developer = Extension de message `{ $extension }` supprimée
rule-message-extension-added = Une extension de message a été ajoutée{ $count ->
    [0] {""}
    [one] {" "}(commande { $commands })
   *[other] {" "}(commandes { $commands })
}
rule-message-extension-added-developer = Extension de message `{ $extension }` ajoutée
rule-personal-tab-added-named = L'onglet personnel { $name } a été ajouté
rule-personal-tab-added-unnamed = Un onglet personnel a été ajouté
rule-personal-tab-added-developer = Onglet personnel `{ $tab }` ajouté
rule-rsc-permission-removed = L'application ne demande plus l'autorisation { $permission }{ $kind ->
    [Application] {" "}(pour l'application elle-même)
    [Delegated] {" "}(au nom de l'utilisateur connecté)
   *[other] {""}
}
rule-rsc-permission-removed-developer = Autorisation `{ $permission }` ({ $kind }) supprimée
rule-rsc-permission-added = L'application demande désormais l'autorisation { $permission }{ $kind ->
    [Application] {" "}(pour l'application elle-même)
    [Delegated] {" "}(au nom de l'utilisateur connecté)
   *[other] {""}
}
rule-rsc-permission-added-developer = Autorisation `{ $permission }` ({ $kind }) ajoutée
rule-sign-in-added = Des paramètres de connexion ont été ajoutés : l'application connecte désormais les utilisateurs avec une application Microsoft Entra
rule-sign-in-added-developer = Paramètres de connexion (webApplicationInfo) ajoutés
rule-sign-in-removed = Les paramètres de connexion ont été supprimés
rule-sign-in-removed-developer = Paramètres de connexion (webApplicationInfo) supprimés
rule-sign-in-changed = Les paramètres de connexion ont changé
rule-sign-in-changed-developer = Paramètres de connexion (webApplicationInfo) modifiés
rule-sign-in-setting-changed = Les paramètres de connexion ont changé : { $setting }
rule-sign-in-setting-changed-developer = Paramètres de connexion : webApplicationInfo.{ $key } passé de { $old } à { $new }
rule-sign-in-value-none = (aucun)
rule-sign-in-setting-id = l'application Microsoft Entra avec laquelle les utilisateurs se connectent
rule-sign-in-setting-resource = l'adresse de la ressource à laquelle les utilisateurs se connectent
rule-sign-in-setting-application-permissions = les autorisations dont l'application dispose pour elle-même
rule-sign-in-setting-other = un paramètre de connexion

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = le fichier entier
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry } « { $name } »
place-number = { $number }
change-line = { $kind ->
    [added] Ajouté
    [removed] Supprimé
   *[changed] Modifié
} : { $subject }
change-line-detail = { $kind ->
    [added] Ajouté
    [removed] Supprimé
   *[changed] Modifié
} : { $subject } — { $detail }
change-told = { $subject }
change-told-detail = { $subject } : { $detail }
change-nothing = (rien)
change-quoted = « { $text } »
change-was = auparavant { $old }
change-was-now = auparavant { $old }, désormais { $new }
change-same-entries-reordered = les mêmes entrées dans un autre ordre
change-file = fichier { $name }
change-file-new-content = nouveau contenu, toujours { $size }
change-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
change-value-empty = vide
change-value-on = activé
change-value-off = désactivé
change-empty-list = une liste vide
change-entries = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
change-entries-named = { $entries } : { $names }
change-settings = { $count ->
    [one] { $count } paramètre ({ $keys })
   *[other] { $count } paramètres ({ $keys })
}
change-scope-personal = conversations personnelles
change-scope-team = équipes
change-scope-group-chat = conversations de groupe
change-scope-copilot = Copilot
change-and = { $head } et { $last }
change-permissions = { $count ->
    [one] Autorisation { $names }
   *[other] Autorisations { $names }
}
change-device-permissions = { $count ->
    [one] Autorisation d'appareil { $names }
   *[other] Autorisations d'appareil { $names }
}
change-valid-domains = Domaines valides { $names }
change-permission = Autorisation { $name }
change-permission-typed = Autorisation { $name } ({ $kind })
change-device-permission = Autorisation d'appareil { $name }
change-valid-domain = Domaine valide { $name }
change-bot = Bot
change-bot-for = Bot ({ $scopes })
change-personal-tab = Onglet personnel
change-personal-tab-named = Onglet personnel « { $name } »
change-channel-tab = Onglet de canal/groupe
change-channel-tab-at = Onglet de canal/groupe configuré à l'adresse { $url }
change-connector = Connecteur
change-connector-for = Connecteur ({ $scopes })
change-message-extension = Extension de message
change-message-extension-commands = { $count ->
    [one] Extension de message avec { $count } commande : { $titles }
   *[other] Extension de message avec { $count } commandes : { $titles }
}
change-sign-in = Paramètres de connexion
change-sign-in-app = Paramètres de connexion pour l'application Microsoft Entra { $id }
change-sign-in-app-resource = Paramètres de connexion pour l'application Microsoft Entra { $id } (ressource { $resource })
change-area-identity = ID de l'application et version
change-area-listing = Nom, descriptions et icônes
change-area-capability = Ce que l'application peut faire
change-area-agent = Agent Copilot
change-area-other = Autres paramètres
change-area-package-file = Fichiers du package d'application
addin-comma-list = { $first }, { $rest }
addin-event-new-message-compose-created = un nouveau message est créé
addin-event-new-appointment-organizer-created = une nouvelle invitation à une réunion est créée
addin-event-message-attachments-changed = des pièces jointes sont ajoutées à un message ou en sont retirées
addin-event-appointment-attachments-changed = des pièces jointes sont ajoutées à une invitation à une réunion ou en sont retirées
addin-event-message-recipients-changed = les destinataires d'un message changent
addin-event-appointment-attendees-changed = les participants d'une réunion changent
addin-event-appointment-time-changed = la date ou l'heure d'une réunion change
addin-event-appointment-recurrence-changed = la périodicité d'une réunion change
addin-event-info-bar-dismiss-clicked = quelqu'un ferme une notification du complément
addin-event-message-sending = un message est en cours d'envoi
addin-event-appointment-sending = une invitation à une réunion est en cours d'envoi
addin-event-message-compose-opened = un message en cours de rédaction est ouvert
addin-event-appointment-organizer-opened = une invitation à une réunion en cours de rédaction est ouverte
addin-event-message-from-changed = l'expéditeur d'un message change
addin-event-appointment-from-changed = l'organisateur d'une réunion change
addin-event-message-read-with-custom-header = un message avec un en-tête personnalisé est lu
addin-event-message-read-with-custom-attachment = un message avec une pièce jointe personnalisée est lu
addin-event-spam-reporting = quelqu'un signale un message comme courrier indésirable
addin-event-document-opened = un document est ouvert
addin-event-other = l'événement « { $kind } » se produit
addin-added = Complément Office ajouté
addin-added-runs-in = Complément Office ajouté : il s'exécute dans { $applications }
addin-added-developer = Complément Office (`extensions`) ajouté, pour { $scopes }
addin-added-developer-no-application = Complément Office (`extensions`) ajouté, pour aucune application
addin-no-longer-limited-named = Le complément n'est plus limité aux applications qu'il indiquait
addin-no-longer-limited = Le complément n'est plus limité à { $applications }
addin-no-longer-limited-developer = `{ $path }` supprimé : l'extension peut être installée dans toutes les applications Office
addin-application-removed = Le complément ne s'exécute plus dans { $application }
addin-application-removed-developer = Application `{ $scope }` supprimée (se trouvait à `{ $path }`)
addin-application-added = Le complément s'exécute désormais aussi dans { $application }
addin-application-added-developer = Application `{ $scope }` ajoutée à `{ $path }`
addin-event-removed = Le complément ne démarre plus quand { $event }
addin-event-removed-developer = Événement `{ $kind }` supprimé (se trouvait à `{ $path }`)
addin-event-added = Le complément démarre désormais de lui-même quand { $event }
addin-event-added-developer = Événement `{ $kind }` ajouté à `{ $path }`
addin-send-mode-prompt-user = demande à l'utilisateur
addin-send-mode-soft-block = bloque l'envoi, sauf si le complément n'est pas disponible
addin-send-mode-block = bloque l'envoi
addin-send-mode-other = utilise le mode d'envoi « { $mode } »
addin-send-mode-none = n'indique rien
addin-when-message-sending = un message est envoyé
addin-when-appointment-sending = une invitation à une réunion est envoyée
addin-option-absent = non défini
addin-send-mode-changed = Quand { $event }, désormais le complément { $now } (auparavant : { $was })
addin-send-mode-changed-developer = Événement `{ $kind }` : `options.sendMode` vaut désormais { $now } (auparavant { $was })
addin-header-none = aucun
addin-header-changed = Quand { $event }, le complément recherche désormais l'en-tête { $now } (auparavant : { $was })
addin-header-changed-developer = Événement `{ $kind }` : `options.headerName` vaut désormais { $now } (auparavant { $was })
addin-context-mail-read = lecture d'un courrier
addin-context-mail-compose = rédaction d'un courrier
addin-context-meeting-organizer = organisation d'une réunion
addin-context-meeting-attendee = participation à une réunion
addin-context-document = le document
addin-control-button = Bouton
addin-control-menu = Menu
addin-control-menu-item = Élément de menu
addin-on-ribbon = le ruban
addin-on-context-menu = le menu contextuel
addin-entry-point-cell = une cellule
addin-entry-point-text = le texte sélectionné
addin-where-context = { $place } ({ $context })
addin-control-removed = { $what } « { $label } » supprimé : il ne figure plus dans { $place }
addin-control-removed-developer = Contrôle `{ $id }` supprimé (se trouvait à `{ $path }`)
addin-control-renamed = { $what } « { $old } » renommé en « { $new } » dans { $place }
addin-control-renamed-developer = Contrôle `{ $id }` : `label` modifié
addin-control-added = { $what } « { $label } » ajouté dans { $place }
addin-control-added-developer = Contrôle `{ $id }` ajouté à `{ $path }`
addin-set-version = { $name } { $version }
addin-no-version = aucune version
addin-needs-removed = Le complément n'a plus besoin de { $set }
addin-needs-removed-developer = Ensemble de conditions requises `{ $set }` supprimé
addin-needs-changed = Le complément a désormais besoin de { $set } (auparavant { $was })
addin-needs-changed-developer = Ensemble de conditions requises `{ $set }` : `minVersion` vaut désormais { $now } (auparavant { $was })
addin-needs-added = Le complément a désormais besoin de { $set }
addin-needs-added-developer = Ensemble de conditions requises `{ $set }` ajouté
addin-form-factor-mobile = les appareils mobiles
addin-form-factor-desktop = les ordinateurs de bureau
addin-form-factor-removed = Le complément ne s'exécute plus sur { $factor }
addin-form-factor-removed-developer = Facteur de forme `{ $factor }` supprimé
addin-form-factor-added = Le complément s'exécute désormais aussi sur { $factor }
addin-form-factor-added-developer = Facteur de forme `{ $factor }` ajouté
addin-pages-no-longer = Les pages du complément ne proviennent plus de { $hosts }
addin-pages-now = Les pages du complément proviennent désormais de { $hosts }
addin-pages-changed = Les pages du complément proviennent désormais de { $hosts } (auparavant { $was })
addin-pages-developer = Hôtes de `runtimes[].code` désormais { $hosts } (auparavant { $was })
addin-shortcut = Raccourci clavier { $keys }
addin-shortcut-action = Raccourci clavier { $keys } (« { $action } »)
addin-get-started-message = Message de prise en main « { $title } »
addin-custom-function = Fonction personnalisée « { $name } »
addin-named-removed = Supprimé : { $thing }
addin-named-removed-developer = `{ $path }` supprimé
addin-named-added = Ajouté : { $thing }
addin-named-added-developer = `{ $path }` ajouté
addin-removed = Complément Office supprimé
addin-removed-developer = Complément Office (`extensions`) supprimé
addin-other-settings = Complément Office : { $count ->
    [one] { $count } autre paramètre modifié
   *[other] { $count } autres paramètres modifiés
}
addin-other-changes-developer = { $count ->
    [one] { $count } autre modification
   *[other] { $count } autres modifications
} sous `{ $path }`
addin-extensions-changed-developer = `extensions` modifié
addin-extensions-changed-no-addin-developer = `extensions` modifié (aucun complément Office, ni d'un côté ni de l'autre)
place-label-app-id = ID de l'application
place-label-version = Version
place-label-manifest-format-version = Version du format de manifeste
place-label-manifest-schema-link = Lien du schéma du manifeste
place-label-app-name = Nom de l'application
place-label-description = Description
place-label-developer-details = Informations sur le développeur
place-label-icons = Icônes
place-label-accent-color = Couleur d'accentuation
place-label-translations = Traductions
place-label-package-name = Nom du package
place-label-short-name = Nom court
place-label-full-name = Nom complet
place-label-short-description = Description courte
place-label-full-description = Description longue
place-label-developer-name = Nom du développeur
place-label-color-icon = Icône couleur
place-label-outline-icon = Icône de contour
place-label-bot = Bot
place-label-bots = Bots
place-label-message-extension = Extension de message
place-label-message-extensions = Extensions de message
place-label-connector = Connecteur
place-label-connectors = Connecteurs
place-label-personal-tab = Onglet personnel
place-label-personal-tabs = Onglets personnels
place-label-channel-group-tab = Onglet de canal/groupe
place-label-channel-and-group-tabs = Onglets de canal et de groupe
place-label-sign-in-settings = Paramètres de connexion
place-label-team-and-chat-data-permissions = Autorisations sur les données des équipes et des conversations
place-label-permission = Autorisation
place-label-permissions = Autorisations
place-label-device-permission = Autorisation d'appareil
place-label-device-permissions = Autorisations d'appareil
place-label-valid-domain = Domaine valide
place-label-valid-domains = Domaines valides
place-label-meeting-extension = Extension de réunion
place-label-activity-feed-notifications = Notifications du flux d'activités
place-label-copilot-agents = Agents Copilot
place-label-copilot-extensions = Extensions Copilot
place-label-agent-connector = Connecteur d'agent
place-label-agent-connectors = Connecteurs d'agent
place-label-agent-skill = Compétence d'agent
place-label-agent-skills = Compétences d'agent
place-label-agentic-user-template = Modèle d'utilisateur agentique
place-label-agentic-user-templates = Modèles d'utilisateur agentique
place-label-extension = Extension
place-label-outlook-and-office-extensions = Extensions Outlook et Office
place-label-dashboard-card = Carte de tableau de bord
place-label-dashboard-cards = Cartes de tableau de bord
place-label-graph-connector = Connecteur Graph
place-label-supported-channel-types = Types de canaux pris en charge
place-label-default-install-scope = Étendue d'installation par défaut
place-label-default-group-capability = Fonctionnalité de groupe par défaut
place-label-command = Commande
place-label-commands = Commandes
place-label-language = Langue
place-label-languages = Langues
place-label-activity-type = Type d'activité
place-label-activity-types = Types d'activité
place-label-declarative-agent = Agent déclaratif
place-label-declarative-agents = Agents déclaratifs
place-label-parameter = Paramètre
place-label-parameters = Paramètres
place-label-command-list = Liste de commandes
place-label-command-lists = listes de commandes
place-label-file-sharing = partage de fichiers
place-label-notifications-only = notifications uniquement
place-label-audio-calls = appels audio
place-label-video = vidéo
place-label-page-address = adresse de la page
place-label-website-address = adresse du site web
place-label-setup-page-address = adresse de la page de configuration
place-label-search-address = adresse de recherche
place-label-privacy-statement-address = adresse de la déclaration de confidentialité
place-label-terms-of-use-address = adresse des conditions d'utilisation
place-label-partner-network-id = ID Partner Network
place-label-bot-id = ID du bot
place-label-tab-id = ID de l'onglet
place-label-connector-id = ID du connecteur
place-label-color-icon-setting = icône couleur
place-label-outline-icon-setting = icône de contour
place-label-resource-address = adresse de la ressource
place-label-settings-can-be-changed = paramètres modifiables
place-label-id = ID
place-extension-number = numéro { $number } de la liste
input-manifest-field-problem = champ `{ $field }` : { $problem }
input-manifest-not-object = un manifeste doit être un objet JSON (commençant par `{"{"}`), mais ce fichier est { $value }
input-manifest-not-list = doit être une liste (`[ ... ]`), mais c'est { $value }
input-manifest-permission-not-object = chaque autorisation doit être un objet avec un `name` et un `type`, mais celle-ci est { $value }
input-manifest-not-object-field = doit être un objet (`{"{"} ... {"}"}`), mais c'est { $value }
input-manifest-entry-not-object = chaque entrée doit être un objet (`{"{"} ... {"}"}`), mais celle-ci est { $value }
input-manifest-missing = est absent ; il est obligatoire
input-manifest-not-text = doit être un texte entre guillemets droits doubles, mais c'est { $value }
input-manifest-not-true-or-false = doit valoir true ou false (sans guillemets), mais c'est { $value }
input-value-null = null (vide)
input-value-true-or-false = { $value } (true/false)
input-value-number = le nombre { $number }
input-value-text = le texte « { $text } »
input-value-text-shortened = le texte « { $text }… »
input-value-list = une liste (`[ ... ]`)
input-value-object = un objet (`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}et { $more } de plus
}
agent-value = { $value }
agent-quoted = « { $text } »
agent-none = aucun
agent-and = { $head } et { $last }
agent-from-to = auparavant { $old }, désormais { $new }
agent-was = auparavant { $old }
agent-were = auparavant { $old }
agent-characters = { $count ->
    [one] { $formatted } caractère
   *[other] { $formatted } caractères
}
agent-new-wording = nouvelle formulation, toujours { $characters }
agent-it-calls = il appelle { $host }
agent-folder = dossier { $folder }
agent-key-schema = lien du schéma
agent-capability-web-search = recherche web
agent-capability-graphic-art = génération d'images
agent-capability-code-interpreter = interpréteur de code
agent-capability-onedrive-sharepoint = fichiers SharePoint et OneDrive
agent-capability-graph-connectors = connecteurs Copilot
agent-capability-teams-messages = messages Teams
agent-capability-email = courrier
agent-capability-email-actions = actions sur le courrier
agent-capability-people = personnes
agent-capability-meetings = réunions
agent-capability-meeting-actions = actions sur les réunions
agent-capability-embedded-knowledge = fichiers du package
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = modèles de scénario
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = clé API
agent-sign-in-dynamic-registration = OAuth avec inscription dynamique du client
agent-sign-in-key-vault = une clé dans Azure Key Vault
agent-sign-in-reference = { $kind } (ID de référence { $id })
agent-agent = l'agent { $name }
agent-action = l'action { $name }
agent-an-action = (sans nom)
agent-copilot-extension = l'extension Copilot de l'application
agent-connector = { $name } (connecteur d'agent)
agent-custom-engine = l'agent de moteur personnalisé
agent-agentic-user-template = { $name } (modèle d'utilisateur agentique)
agent-api-of = l'API de { $label }
agent-file-agent = l'agent de { $file }
agent-file-action = l'action de { $file }
agent-file-api = la description d'API { $file }
agent-file-tools = la liste d'outils MCP { $file }
agent-file-card = { $file } (modèle de carte)
agent-file-response-template = { $file } (modèle de réponse)
agent-file-agentic-user-template = { $file } (modèle d'utilisateur agentique)
agent-setting-name = nom
agent-setting-description = description
agent-setting-disclaimer = avis de non-responsabilité
agent-thing-skill = une compétence
agent-thing-starter = une amorce de conversation
agent-thing-tool = un outil
agent-thing-mcp-server = un serveur MCP
agent-thing-local-runtime = un environnement d'exécution sur l'appareil de l'utilisateur
agent-thing-api = une API
agent-added-to = { $what } à { $label }
agent-removed-from = { $what } de { $label }
agent-setting-of = { $what } de { $label }
agent-setting-added = { $what } de { $label }
agent-file-of = le fichier de { $label }
agent-format-of = la version du format de { $label }
agent-other-settings-of = { $label } (autres paramètres)
agent-other-details-of = { $label } (autres détails)
agent-copilot-added = { $label } pour Copilot
agent-copilot-removed = { $label } pour Copilot
agent-declared-how = la façon dont le manifeste déclare { $label }
agent-declared-from-preview = de sa forme en préversion (extensions Copilot) aux agents Copilot
agent-custom-engine-added = un agent de moteur personnalisé (il répond via le bot de l'application)
agent-connector-added = { $label }
agent-connector-removed = { $label }
agent-mcp-server-of = le serveur MCP de { $label }
agent-sign-in-of = la connexion de { $label }
agent-sign-in-of-host = la connexion de { $label } pour { $host }
agent-sign-in-of-number = la connexion de { $label } ({ $number })
agent-skill = une compétence d'agent
agent-skill-in-folder = la compétence d'agent du dossier { $folder }
agent-agentic-user-template-added = un modèle d'utilisateur agentique { $name }
agent-instructions-of = les instructions de { $label }
agent-capability-from = une capacité de { $label }
agent-capability-to = une capacité à { $label }
agent-capability-settings-of = les paramètres de la capacité « { $capability } » de { $label }
agent-starter-of = l'amorce de conversation { $starter } de { $label }
agent-worker-from = un agent délégué de { $label }
agent-worker-to = un agent délégué à { $label }
agent-action-from = une action de { $label }
agent-action-to = une action à { $label }
agent-function = { $name } ({ $description })
agent-function-from = une fonction de { $label }
agent-function-to = une fonction à { $label }
agent-function-of = la fonction { $name } de { $label }
agent-server-of = le serveur de { $label }
agent-servers-of = les serveurs de { $label }
agent-operation = { $operation } ({ $id })
agent-operation-from = une opération de { $label }
agent-operation-to = une opération à { $label }
agent-operations-changed = { $count ->
    [one] les détails d'une opération de { $label }
   *[other] les détails d'opérations de { $label }
}
agent-tool-descriptions-of = les descriptions d'outils de { $label }
agent-note-sign-in = La première fois que l'agent utilisera { $host }, les utilisateurs devront s'y connecter.
agent-note-action-service = le service derrière l'action « { $name } »
agent-note-new-host = L'agent envoie désormais des requêtes vers { $host }.
agent-note-converted = Votre agent déclaratif est devenu un agent de moteur personnalisé : les utilisateurs sont invités à examiner le nouvel agent et à y consentir, et doivent l'épingler de nouveau.
agent-note-admin-approval = Lorsqu'une organisation déploie votre application via son centre d'administration, un administrateur approuve chaque mise à jour avant que les utilisateurs la reçoivent.
agent-note-source-sign-in = Page de Microsoft sur la connexion pour les actions d'agent
agent-note-source-converted = Page de Microsoft sur la conversion d'un agent
agent-note-source-admin-approval = Centre de messages Microsoft 365, MC1041454
agent-note-source-actions = Page de Microsoft sur les actions d'agent
agent-kind-agent = fichier d'agent Copilot
agent-kind-plugin = fichier d'action d'agent (plug-in d'API)
agent-kind-openapi = fichier de description d'API
agent-kind-mcp-tools = fichier de description d'outils MCP
agent-kind-response-template = modèle de réponse
agent-kind-card = modèle de carte
agent-kind-agentic-user-template = modèle d'utilisateur agentique
agent-kind-file = fichier
agent-file-unreadable = Le { $what } « { $name } » ne peut pas être lu : { $problem }. Votre développeur doit corriger le fichier.
agent-file-not-object = Le { $what } « { $name } » ne contient pas ce qu'il devrait (son contenu doit être { $content }). Votre développeur doit corriger le fichier.
agent-file-content-yaml = un ensemble de valeurs nommées
agent-file-content-json = un objet JSON, entre {"{"} {"}"}
agent-file-openapi-format = La description d'API « { $name } » est au format { $format } ; Copilot lit OpenAPI 3 (openapi: 3.0.x ou 3.1.x). Votre développeur doit la convertir.
agent-file-not-openapi = La description d'API « { $name } » n'est pas un document OpenAPI 3 (elle n'indique pas openapi: 3.x ; un fichier Swagger 2.0 doit être converti). Votre développeur doit la convertir.
agent-field-copilot-agents = agents Copilot
agent-field-copilot-extensions = extensions Copilot
agent-field-agent-connectors = connecteurs d'agent
agent-field-agent-skills = compétences d'agent
agent-field-agentic-user-templates = modèles d'utilisateur agentique

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = version publiée
input-side-new = nouvelle version
input-side-error = la { $side } : { $error }
input-error = { $file } : { $problem }. { $fix }
input-error-at = { $file }, { $place } : { $problem }. { $fix }
input-where-line-column = ligne { $line }, colonne { $column }
input-where-field = champ `{ $field }`
input-where-package-entry = entrée du package `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = cet outil s'est arrêté pendant la lecture du fichier (c'est un bogue de l'outil, pas un problème du fichier)
input-internal-fix = Réessayez ; si cela se reproduit, merci de nous le signaler.
input-not-found = le fichier n'existe pas (il a peut-être été déplacé, renommé ou supprimé)
input-not-found-fix = Choisissez de nouveau le fichier.
input-permission-denied = vous n'avez pas l'autorisation de lire ce fichier
input-permission-denied-fix = Copiez le fichier à un endroit où vous pouvez le lire, ou adressez-vous à la personne qui gère l'ordinateur.
input-unreadable = le fichier n'a pas pu être lu ({ $error })
input-unreadable-fix = Vérifiez que le fichier est toujours là et lisible, puis réessayez.
input-folder = ceci est un dossier, pas un fichier
input-folder-fix = Choisissez le fichier manifest.json qu'il contient, ou le package d'application (.zip).
input-not-regular-file = ceci n'est pas un fichier ordinaire (il peut s'agir d'un périphérique, d'un canal nommé ou d'un raccourci vers l'un d'eux)
input-not-regular-file-fix = Choisissez le fichier manifest.json ou le package d'application (.zip) lui-même.
input-manifest-too-large = le manifeste dépasse les { $mebibytes } Mio que cet outil peut lire (un vrai manifeste fait quelques kilo-octets)
input-manifest-too-large-fix = Vérifiez que vous avez choisi le bon fichier.
input-count-translation-files = { $count ->
    [one] { $count } fichier de traduction
   *[other] { $count } fichiers de traduction
}
input-count-other-files = { $count ->
    [one] { $count } autre fichier
   *[other] { $count } autres fichiers
}
input-package-only-manifest = Package d'application contenant uniquement le manifeste
input-package-with = Package d'application avec { $parts }
input-list-two = { $first } et { $last }
input-list-more = { $first }, { $rest }
input-bad-json = ce n'est pas du JSON valide : { $problem }
input-bad-json-fix = Ouvrez le fichier dans un éditeur de texte, corrigez-le à cet endroit, enregistrez-le, puis chargez-le de nouveau.
input-bad-manifest-fix = Corrigez ce champ dans le manifeste (le Portail des développeurs Teams peut en exporter un valide), enregistrez, puis chargez-le de nouveau.
input-package-damaged = le package d'application est endommagé ou n'est pas un fichier zip normal ({ $detail })
input-package-damaged-fix = Téléchargez ou générez de nouveau le package (dans le Portail des développeurs Teams : Publier › Télécharger le package d'application).
input-package-too-large = le package d'application dépasse { $mebibytes } Mio
input-package-too-large-fix = Un package d'application Teams contient un manifeste et deux petites icônes ; vérifiez que vous avez choisi le bon fichier.
input-package-too-many-entries = le package d'application contient { $entries } entrées ; cet outil en lit au plus { $most }
input-package-too-many-entries-fix = Un package d'application Teams contient un manifeste et quelques icônes ; vérifiez que vous avez choisi le bon fichier.
input-packaged-manifest-too-large = manifest.json dépasse les { $mebibytes } Mio que cet outil peut lire
input-package-unpacks-too-large = une fois décompressé, le package d'application dépasse { $mebibytes } Mio
input-package-unpacks-too-large-fix = Un package d'application Teams contient un manifeste et quelques petites icônes ; vérifiez que vous avez choisi le bon fichier.
input-package-entry-damaged = cette entrée du package d'application est endommagée et ne peut pas être décompressée ({ $error })
input-package-entry-damaged-fix = Générez ou téléchargez de nouveau le package.
input-manifest-in-folder = manifest.json se trouve dans un dossier du package, mais Teams en a besoin à la racine du package
input-manifest-in-folder-fix = Compressez les fichiers eux-mêmes (manifest.json et les icônes), pas le dossier qui les contient.
input-manifest-name-case = le manifeste s'appelle `{ $name }`, mais Teams exige exactement `manifest.json` (tout en minuscules)
input-manifest-name-case-fix = Renommez le fichier en manifest.json et compressez de nouveau le package.
input-no-manifest = le package d'application ne contient pas de manifest.json
input-no-manifest-fix = Un package d'application Teams est un zip contenant manifest.json et ses icônes ; choisissez un package conçu pour Teams, ou le fichier manifest.json lui-même.
input-kind-empty = ce fichier est vide : il ne contient aucun manifeste
input-kind-png = ceci est une image PNG, pas un manifeste
input-kind-jpeg = ceci est une image JPEG, pas un manifeste
input-kind-gif = ceci est une image GIF, pas un manifeste
input-kind-pdf = ceci est un document PDF, pas un manifeste
input-kind-word = ceci est un document Word, pas un manifeste
input-kind-excel = ceci est un classeur Excel, pas un manifeste
input-kind-powerpoint = ceci est une présentation PowerPoint, pas un manifeste
input-kind-old-office = ceci est un document Microsoft Office, pas un manifeste
input-kind-other-archive = ceci est une archive compressée d'un autre type (comme .rar, .7z ou .gz) ; un package d'application Teams est un fichier .zip
input-kind-utf16 = ce manifeste est enregistré en texte UTF-16, mais Teams ne lit les manifestes qu'en UTF-8
input-kind-other-text = ceci n'est pas un manifeste : un manifeste Teams est un texte JSON qui commence par « {"{"} », et ce fichier contient un autre texte (comme un programme, une page web ou des notes)
input-kind-empty-fix = Choisissez manifest.json ou le package d'application .zip. Si c'est votre manifeste, il n'a pas été enregistré : ouvrez-le dans votre éditeur et enregistrez-le de nouveau.
input-kind-utf16-fix = Ouvrez-le dans un éditeur de texte et enregistrez-le en UTF-8 (dans le Bloc-notes : Fichier › Enregistrer sous, Encodage : UTF-8), puis chargez-le de nouveau.
input-kind-other-archive-fix = Choisissez manifest.json ou le package d'application .zip (dans le Portail des développeurs Teams : Publier › Télécharger le package d'application).
input-kind-fix = Choisissez manifest.json ou le package d'application .zip.
input-json-error-at = ligne { $line }, colonne { $column } : { $problem }
input-json-not-utf8 = le fichier n'est pas du texte UTF-8 (il a peut-être été enregistré dans un autre encodage, comme UTF-16 ou Windows-1252, ou ce n'est pas un fichier texte)
input-json-too-deep = des objets et des listes sont imbriqués sur plus de { $levels } niveaux
input-json-comment = les commentaires ne sont pas autorisés dans manifest.json ; supprimez le commentaire (de // jusqu'à la fin de la ligne, ou de /* à */)
input-json-non-breaking-space = une espace insécable invisible (U+00A0) se trouve ici, alors que JSON n'autorise que des espaces normales (elle vient souvent d'un texte copié depuis une page web ou un document) ; supprimez-la et tapez une espace normale
input-json-curly-double-quotes = les guillemets courbes “ ” doivent être des guillemets droits " (un traitement de texte les transforme pendant la saisie) ; retapez chacun d'eux sous la forme "
input-json-curly-single-quotes = les guillemets courbes ‘ ’ doivent être des guillemets droits doubles " (JSON n'a pas de guillemets simples) ; retapez chacun d'eux sous la forme "
input-json-invisible-character = un caractère invisible (U+{ $code }) se trouve ici, alors que JSON n'autorise que des espaces normales ; supprimez-le
input-json-missing-comma-end-of-line = il manque une virgule `,` à la fin de cette ligne (ou un crochet ou une accolade fermante avant elle)
input-json-last-comma = cette virgule est la dernière avant un crochet ou une accolade fermante ; supprimez-la
input-json-trailing-comma = il y a une virgule juste avant un crochet ou une accolade fermante ; supprimez-la
input-json-key-not-string = un nom n'est pas entre guillemets droits doubles (JSON exige "nom": valeur), ou il y a une virgule en trop
input-json-expected-value = une valeur était attendue ici : un texte entre guillemets droits doubles, un nombre, true, false, null, une liste [ ] ou un objet {"{"} {"}"} (les guillemets simples et les mots sans guillemets ne sont pas autorisés)
input-json-unclosed-string = il manque le guillemet droit fermant d'une valeur de texte
input-json-ends-too-early = le fichier se termine trop tôt : il manque un crochet ou une accolade fermante
input-json-missing-comma = il manque une virgule avant ceci (ou un crochet ou une accolade fermante)
input-json-missing-colon = il manque un deux-points `:` après un nom
input-json-trailing-characters = il y a du texte en trop après la fin du document JSON
input-json-control-character = une valeur de texte contient un saut de ligne ou une tabulation bruts ; écrivez-les \n ou \t
input-json-invalid-escape = une barre oblique inverse dans une valeur de texte commence une séquence d'échappement que JSON ne connaît pas (écrivez une barre oblique inverse sous la forme \\)
input-json-bad-hex-escape = une séquence \u dans une valeur de texte est incomplète (un caractère hors de la plage de base nécessite deux séquences \u à la suite)
input-json-unknown-word = un mot n'est pas compris ici : seuls true, false et null s'écrivent sans guillemets ; mettez le texte entre guillemets droits doubles
input-json-invalid-number = un nombre est écrit d'une façon que JSON n'accepte pas (pas de zéros en tête, pas de signe +, des chiffres des deux côtés du point décimal)
input-json-other = ce n'est pas ainsi que s'écrit le JSON ({ $detail })
input-yaml-not-utf8 = le fichier n'est pas du texte UTF-8
input-yaml-invalid = ce n'est pas du YAML valide : { $detail }
input-yaml-too-many-values = le document contient trop de valeurs (plus d'un million, en comptant les parties répétées) ; un document OpenAPI est bien plus petit

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = La version publiée que vous avez ouverte n'est pas le package du Store : { $reason }. Ce rapport ne peut donc pas dire quels problèmes le Store acceptait auparavant. Ouvrez plutôt le package dont dispose le Store : dans l'Espace partenaires, téléchargez le package d'application de la version en ligne (ou utilisez le .zip que vous avez chargé la dernière fois).
report-not-store-package-app-id = son ID d'application est « { $id } », qui n'est pas l'ID d'une application publiée
report-not-store-package-format = il utilise le format de manifeste « { $format } », que le Store n'accepte pas
report-not-store-package-placeholder = il contient des espaces réservés que les outils de génération remplissent, comme « { $placeholder } »
report-no-link-app-id-changed = Pas de lien de téléchargement : l'ID de l'application a changé, et un lien vers le nouvel ID pointerait vers une application que le Store ne connaît pas. Remettez l'ID de l'application publiée pour obtenir le lien.
report-no-link-not-an-app-id = Pas de lien de téléchargement : l'ID d'application « { $id } » n'est pas un vrai ID d'application (un GUID comme 0b5c3d6e-1234-4abc-9def-00112233aabb). Le lien utilise l'ID du package que vous soumettez.
render-date = { $day }/{ $month }/{ $year }
button-default-label = Obtenir sur Microsoft Teams
button-style-purple = Violet
button-style-outline = Contour
button-style-dark = Sombre
button-size-small = Petit
button-size-medium = Moyen
button-size-large = Grand
button-unknown-style = style inconnu « { $style } » ; choisissez purple (violet), outline (contour) ou dark (sombre)
button-unknown-size = taille inconnue « { $size } » ; choisissez small (petit), medium (moyen) ou large (grand)
button-not-an-app-id = « { $text } » n'est pas un ID d'application : un ID d'application ressemble à 0b5c3d6e-1234-4abc-9def-00112233aabb. Utilisez l'ID indiqué dans le Portail des développeurs Teams ou dans l'Espace partenaires (l'ID du Store).
button-empty-label = le texte du bouton est vide : écrivez le texte que le bouton doit afficher, par exemple « { $example } »

guide-fixer-app-window-portal = Vous pouvez corriger ceci ici : « Enregistrer une copie corrigée » (ou dans le Portail des développeurs : ouvrez votre application, puis { $place })
guide-fixer-app-window = Vous pouvez corriger ceci ici : « Enregistrer une copie corrigée »
guide-fixer-app-terminal-portal = Vous : lancez teams-update-check fix avec le fichier publié et le nouveau fichier pour enregistrer une copie corrigée, ou dans le Portail des développeurs : ouvrez votre application, puis { $place }
guide-fixer-app-terminal = Vous : lancez teams-update-check fix avec le fichier publié et le nouveau fichier pour enregistrer une copie corrigée
guide-fixer-portal-place = Vous, dans le Portail des développeurs (ouvrez votre application, puis { $place })
guide-fixer-portal = Vous, dans le Portail des développeurs
guide-fixer-developer = Votre développeur

guide-already-published = Déjà présent dans votre version publiée : le Store l'a accepté auparavant, mais il vérifie de nouveau tout le package à chaque mise à jour ; il peut donc le refuser maintenant.
guide-step-nothing-to-submit = Faites vos modifications, augmentez le numéro de version, puis vérifiez de nouveau le nouveau package.
guide-step-fix-window = Corrigez { $count ->
    [one] le problème indiqué ci-dessus
   *[other] les { $count } problèmes indiqués ci-dessus
}. Chacun indique qui peut le corriger ; copiez-les pour votre développeur avec « Copier pour mon développeur ».
guide-step-fix-document = Corrigez { $count ->
    [one] le problème indiqué ci-dessus
   *[other] les { $count } problèmes indiqués ci-dessus
}. Chacun indique qui peut le corriger ; la liste « Pour votre développeur » est prête à être envoyée à votre développeur.
guide-step-check-again-window = Ouvrez ensuite ici le package corrigé comme nouvelle version et vérifiez-le de nouveau avant de le soumettre.
guide-step-check-again-document = Vérifiez ensuite de nouveau le package corrigé avec Teams Update Check avant de le soumettre.
guide-step-open-offer = Dans l'Espace partenaires, ouvrez l'offre de votre application et mettez-la à jour depuis la vignette de l'application, dans l'onglet Vue d'ensemble. N'utilisez jamais « Ajouter une nouvelle application » : cela crée une deuxième application au lieu d'une mise à jour.
guide-step-upload = Chargez ce package. Gardez l'ID de l'application tel quel : c'est grâce à lui que le Store reconnaît votre application.
guide-step-tested-again = Cette mise à jour change ce que l'application peut faire : Microsoft la teste donc de nouveau avant sa mise en ligne. Collez les notes de certification ci-dessous dans les notes pour la certification, afin que les examinateurs sachent quoi tester.
guide-step-listing-only = Cette mise à jour ne change que la fiche et la version de l'application. Microsoft examine tout de même chaque mise à jour avant sa mise en ligne ; les notes de certification ci-dessous indiquent ce qui a changé.
guide-step-users-approve = Une fois la mise à jour publiée, les utilisateurs existants la reçoivent après avoir approuvé de nouveau l'application ; la note de version ci-dessous leur indique à quoi s'attendre.
guide-step-admin-approves = Une fois la mise à jour publiée, les organisations dont l'administrateur a déployé le complément ne la reçoivent qu'après que l'administrateur a de nouveau approuvé cette mise à jour : d'ici là, les personnes de ces organisations ne peuvent pas utiliser le complément mis à jour. La note de version ci-dessous indique aux administrateurs à quoi s'attendre.
guide-step-users-not-asked = Une fois la mise à jour publiée, les utilisateurs existants n'ont pas à approuver de nouveau l'application.
guide-step-users-automatic = Une fois la mise à jour publiée, les utilisateurs existants la reçoivent automatiquement.
guide-agent-admin-approves = Lorsqu'une organisation déploie votre application via son centre d'administration, un administrateur approuve chaque mise à jour de l'agent Copilot avant que les utilisateurs la reçoivent.
guide-step-organization-only = Application publiée uniquement dans votre organisation (pas dans le Store) ? Chargez plutôt le package dans le Centre d'administration Teams (Gérer les applications › votre application › Charger un fichier) ou dans le Portail des développeurs.
report-verdict-ready = Prêt pour la soumission
report-verdict-nothing-to-submit = Rien n'a changé : il n'y a aucune mise à jour à soumettre
report-verdict-blocked = Corrigez { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} avant de soumettre
report-users-asked = Les utilisateurs existants devront approuver de nouveau l'application.
report-admin-asked = Organisations dont l'administrateur a déployé le complément : l'administrateur doit approuver de nouveau cette mise à jour avant que les personnes de ces organisations puissent utiliser le complément mis à jour.
report-two-sentences = { $first } { $second }
report-consent-nothing-changed = Rien n'a changé : les utilisateurs existants n'ont donc rien à approuver.
report-consent-users-not-asked = Les utilisateurs existants n'ont pas à approuver de nouveau l'application.
report-consent-users-automatic = Les utilisateurs existants reçoivent cette mise à jour automatiquement (aucune nouvelle approbation n'est nécessaire).
report-consent-summary-none = Aucun des { $total } changements qui nécessitent une approbation ne figure dans cette mise à jour : les utilisateurs existants la reçoivent sans nouvelle demande d'approbation.
report-consent-summary = { $count ->
    [one] { $count } des { $total } changements qui nécessitent une approbation figure dans cette mise à jour.
   *[other] { $count } des { $total } changements qui nécessitent une approbation figurent dans cette mise à jour.
}
report-consent-others-none = Aucun des { $count } changements qui nécessitent une approbation ne figure dans cette mise à jour
report-consent-others = { $count ->
    [one] L'autre changement qui nécessite une approbation ne figure pas dans cette mise à jour
   *[other] Les { $count } autres changements qui nécessitent une approbation ne figurent pas dans cette mise à jour
}
report-who-users-and-admin = Qui doit approuver : chaque utilisateur existant, ainsi que l'administrateur qui a déployé le complément Office
report-who-admin = Qui doit approuver : l'administrateur qui a déployé le complément Office dans l'organisation, pas chaque utilisateur
report-who-users = Qui doit approuver : chaque utilisateur existant
report-consent-title = Les utilisateurs ou l'administrateur devront-ils approuver de nouveau l'application ?
report-consent-intro = Certains changements amènent Teams à demander à chaque utilisateur existant d'approuver de nouveau l'application (d'y consentir). Les changements apportés à un complément Office obligent plutôt l'administrateur qui l'a déployé à l'approuver de nouveau.
report-consent-others-hint = Aucun de ces changements ne figure dans cette mise à jour. Ouvrez-en un pour savoir ce qu'il signifie.
report-store-title = Le Store l'acceptera-t-il ?
report-store-warnings-title = { $count ->
    [one] { $count } point à vérifier (il ne bloque pas la mise à jour)
   *[other] { $count } points à vérifier (ils ne bloquent pas la mise à jour)
}
report-store-template-findings = { $count ->
    [one] Afficher le constat qui en découle
   *[other] Afficher les { $count } constats qui en découlent
}
report-microsofts-rule = Règle de Microsoft
guide-notes-the-app = L'application
guide-notes-versions = { $app } : mise à jour de la version { $old } vers la version { $new }.
guide-notes-capabilities = Ce que l'application peut faire
guide-notes-agent = Agent Copilot
guide-notes-listing = Nom, descriptions, icônes et fichiers
guide-notes-heading = { $title } :
guide-notes-users-asked = Les utilisateurs existants devront approuver de nouveau l'application : { $rules }.
guide-notes-admin-asked = L'administrateur qui a déployé le complément Office devra l'approuver de nouveau : { $rules }.
guide-release-our-app = notre application
guide-release-users-opening = La version { $version } de { $app } arrive dans Microsoft Teams. À son arrivée, Teams vous demandera d'approuver de nouveau { $app } avant que vous puissiez utiliser la nouvelle version. C'est normal : la mise à jour change ce que l'application peut faire.
guide-release-users-heading = Ce qui change pour vous :
guide-release-admin-opening = La version { $version } de { $app } arrive. Son complément Office change d'une façon qui nécessite l'approbation de votre administrateur : l'administrateur qui a déployé le complément dans votre organisation doit approuver de nouveau cette mise à jour, et d'ici là, les personnes de votre organisation ne peuvent pas utiliser le complément mis à jour. C'est normal : la mise à jour change l'endroit ou le moment où le complément s'exécute.
guide-release-admin-heading = Ce qui change :
guide-release-users-asked = Qui doit approuver : toutes les personnes qui utilisent l'application dans Teams.
guide-release-team-owner = Le nouvel onglet pour les équipes et les conversations de groupe est ajouté par un propriétaire d'équipe ou un membre de la conversation, dans le canal ou la conversation où il le souhaite.
guide-release-for-admins = Pour les administrateurs informatiques : cette mise à jour change les paramètres de connexion de l'application ou les autorisations qu'elle demande. Examinez-les dans le Centre d'administration Teams : Gérer les applications › { $app } › Autorisations, où vous pouvez accorder le consentement pour votre organisation.
guide-release-addin-admins = Pour les administrateurs informatiques qui ont déployé le complément Office : approuvez de nouveau cette mise à jour du complément ; tant que vous ne l'avez pas fait, les personnes de votre organisation ne peuvent pas utiliser le complément mis à jour.
guide-release-admin-asked = Qui doit approuver : l'administrateur qui a déployé le complément dans votre organisation, pas chaque utilisateur.
guide-handoff-the-app = l'application
guide-handoff-intro = Teams Update Check a trouvé { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} que le Store refuserait dans { $file } ({ $app } { $version }). Merci de { $count ->
    [one] le corriger
   *[other] les corriger
} :
guide-handoff-where = Où : { $place }
guide-handoff-who = Qui : { $who }
guide-handoff-rule = Règle : { $rule }
guide-handoff-check = { $title } : { $message }
guide-handoff-manifest-field = manifest.json, « { $field } »
guide-handoff-file-line = { $file }, ligne { $line }, colonne { $column }
guide-handoff-note = Remarque : { $note }
report-next-steps-title = Prochaines étapes
report-certification-notes-lead = Un brouillon des notes pour la certification, à coller dans l'Espace partenaires : ce qui a changé dans cette mise à jour. Ajoutez comment se connecter et comment la tester.
report-certification-notes-title = Notes de certification
report-certification-notes-copy = Copier les notes de certification
report-release-note-admin = L'administrateur qui a déployé le complément doit approuver de nouveau cette mise à jour. Envoyez cette note aux administrateurs informatiques de vos clients avant l'arrivée de la mise à jour.
report-release-note-both = Les utilisateurs existants devront approuver de nouveau l'application, et l'administrateur qui a déployé le complément devra lui aussi l'approuver de nouveau. Envoyez cette note à vos utilisateurs et à leurs administrateurs informatiques avant l'arrivée de la mise à jour.
report-release-note-users = Les utilisateurs existants devront approuver de nouveau l'application. Envoyez-leur cette note (ainsi qu'à leurs administrateurs informatiques) avant l'arrivée de la mise à jour.
report-release-note-title = Prévenez vos utilisateurs
report-release-note-copy = Copier la note de version
report-attention-title = À corriger avant de soumettre
report-attention-intro = Chaque problème indique qui peut le corriger. Corrigez-les, puis vérifiez de nouveau le package corrigé.
report-handoff-lead = Transmettez la liste à votre développeur : elle indique où se trouve chaque problème (fichier, ligne, colonne) et la règle de Microsoft concernée, prête à être collée dans un e-mail ou un ticket.
report-handoff-title = Pour votre développeur
report-handoff-copy = Copier pour mon développeur
report-checks-title = Version et ID de l'application
report-checks-intro = Microsoft exige qu'une mise à jour garde l'ID de l'application et augmente le numéro de version à chaque modification, même du nom ou de la description.
report-agent-notes-title = Ce que vos utilisateurs remarqueront
report-agent-notes-intro = À propos de l'agent Copilot dans cette mise à jour. Pour information : ces points ne changent rien au fait que les utilisateurs doivent ou non approuver de nouveau l'application.
report-area-identity-hint = L'ID de l'application, son numéro de version et la version du format de manifeste
report-area-listing-hint = Ce que les gens voient dans le Store : nom, descriptions, informations sur le développeur, icônes, couleurs
report-area-capability-hint = Ce que l'application peut faire dans Teams et Office : bots, onglets, extensions de message, connecteurs, connexion, autorisations, complément Office
report-area-package-file-hint = Les fichiers du package d'application .zip autres que manifest.json, comme les icônes et les traductions
report-area-agent-hint = L'agent Copilot : ses instructions, ses capacités, ses actions et les serveurs qu'il appelle
report-area-other-hint = Autres paramètres du manifeste
report-changes-nothing = Rien : les deux versions sont identiques.
report-download-title = Lien de téléchargement pour votre site web
report-download-window = Placez sur votre site web un bouton qui ouvre votre application dans le Store Teams ; la fenêtre génère son code HTML pour vous.
report-download-terminal = Placez sur votre site web un bouton qui ouvre votre application dans le Store Teams ; lancez teams-update-check button avec le nouveau fichier pour afficher son code HTML.
report-download-document = Placez sur votre site web un bouton qui ouvre votre application dans le Store Teams ; Teams Update Check génère son code HTML pour vous.
report-nothing-note = Les deux versions sont identiques. Faites vos modifications, augmentez le numéro de version, puis vérifiez de nouveau.
report-error-title = Ce qui n'a pas fonctionné
report-error-note = Corrigez le fichier (ou choisissez le bon), puis vérifiez de nouveau.
report-row-file = Fichier
report-row-app-name = Nom de l'application
report-row-app-id = ID de l'application
report-row-version = Version
report-row-manifest-format = Format du manifeste
report-full-value = Valeur complète : { $subject }
report-changes-title = Ce qui a changé ({ $count })
report-changes-area = { $area } ({ $count })
report-error-headline = La { $side } n'a pas pu être chargée
report-error-note-file = { $file } est la { $side }. Rien n'a encore été comparé.
render-unnamed-app = application sans nom
render-published-new = Publiée : { $published }   Nouvelle : { $new }
render-label-note = Remarque :
render-label-sources = Sources :
render-label-where = Où :
render-label-who = Qui peut le corriger :
render-label-why = Pourquoi :
render-label-developers = Pour les développeurs :
render-title = Vérification de la mise à jour Teams : { $headline }
render-column-published = Publiée
render-column-new = Nouvelle
render-verdict = Résultat
render-footer = Généré par Teams Update Check, qui vérifie une mise à jour d'application Microsoft Teams avant sa soumission au Store. Il a lu les fichiers sur l'ordinateur où il s'est exécuté et n'a rien envoyé nulle part.
render-title-app = { $app } — Vérification de la mise à jour Teams : { $headline }
render-teams-update-check = Vérification de la mise à jour Teams
render-report = Rapport
render-button-preview = Le bouton de téléchargement, tel qu'il apparaît sur un site web :
fix-version-not-raised = La version n'a pas pu être augmentée automatiquement, car la version publiée « { $published } » n'est pas faite de nombres et de points (ou un nombre est trop long).
fix-who-type-version = Vous : tapez la nouvelle version (supérieure à la version publiée) dans le Portail des développeurs, ou indiquez-la avec --new-version.
fix-what-version = La version
fix-typed-version-form = La version « { $version } » n'est pas formée de trois nombres entiers séparés par des points, comme 1.4.2. Tapez-la sous cette forme (ni lettres, ni zéros en tête).
fix-typed-version-not-higher = La version { $version } n'est pas supérieure à la version publiée { $published }. Tapez une version plus élevée.
fix-what-unused-files = Fichiers que le package n'utilise pas
fix-unused-files-before = { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
} : { $names }
fix-unused-files-after = exclus
fix-what-package-files = Les fichiers du package
fix-folder-before = dans le dossier « { $folder } »
fix-folder-after = à la racine du package, là où Teams les cherche
fix-package-damaged = Le package n'a pas pu être réécrit, car l'une de ses entrées est endommagée ({ $error }). Générez ou téléchargez de nouveau le package.
fix-folder-damaged = Les fichiers du package n'ont pas pu être sortis de leur dossier, car une entrée est endommagée ({ $error }). Générez ou téléchargez de nouveau le package.
fix-output-is-input = c'est l'un des fichiers en cours de vérification ; la copie corrigée ne les remplace jamais, choisissez un autre nom
fix-schema-preview = le manifeste utilise le format de préversion devPreview, que le Store refuse ; faire pointer le lien vers ce format éloignerait encore le package de ce que le Store accepte. Passez d'abord le manifeste à un format publié (voir « Le manifeste utilise un format accepté par le Store »), avec son lien
fix-schema-unknown-format = le format du manifeste (manifestVersion) n'est pas un format publié par Microsoft : il n'y a donc aucun lien officiel à utiliser
fix-schema-not-text = le lien est présent mais n'est pas un texte : on ne sait donc pas ce qu'il était censé indiquer
fix-schema-not-fixed = Le lien du schéma de « { $file } » n'a pas été corrigé : { $reason }.
fix-who-developer = Votre développeur.
fix-schema-missing = absent
fix-what-schema-link = Le lien du schéma ({ $field }) de « { $file } »
fix-icon-outline = icône de contour
fix-icon-color = icône couleur
fix-icon-small-color = icône couleur 32 × 32
fix-who-icon-maker = La personne qui conçoit vos icônes (ou votre développeur).
fix-icon-not-fixed = L'{ $icon } « { $file } » n'a pas été corrigée : { $reason }
fix-icon-shared = le même fichier sert aussi d'{ $other }, qui nécessite une autre taille ou une autre couleur ; chaque icône a besoin de son propre fichier.
fix-icon-not-png = ce n'est pas une image PNG ; enregistrez-la d'abord au format PNG.
fix-icon-not-square = elle fait { $width } × { $height } pixels et n'est pas carrée ; la redimensionner en { $want } × { $want } déformerait l'image, et la recadrer demande l'œil d'une personne.
fix-icon-too-large = elle fait { $width } × { $height } pixels, trop grande pour être ouverte sans risque (une icône fait { $want } × { $want }).
fix-icon-damaged = c'est une image PNG endommagée qui ne peut pas être ouverte.
fix-icon-no-transparency = elle n'a aucun pixel transparent : la rendre blanche donnerait un carré blanc. L'icône de contour doit représenter la forme de l'application en blanc sur fond transparent.
fix-icon-not-saved = l'image redimensionnée n'a pas pu être enregistrée au format PNG.
fix-icon-size = { $width } × { $height } pixels
fix-icon-whitened = { $want } × { $want } pixels, blanc sur transparent ({ $count ->
    [one] { $count } pixel rendu blanc
   *[other] { $count } pixels rendus blancs
}, transparence conservée)
fix-what-icon = L'{ $icon } « { $file } »
report-mark-ok = OK
report-mark-fix = À corriger
report-mark-warn = À vérifier
report-mark-skip = Pas nécessaire
report-mark-info = Remarque
report-mark-step = Ensuite
report-mark-yes = Oui
report-mark-no = Non
report-mark-added = Ajouté
report-mark-removed = Supprimé
report-mark-changed = Modifié
punctuation-colon = {" : "}
report-tag-pass = OK
report-tag-fix = CORRIGER
report-tag-warn = VÉRIFIER
report-tag-skip = INUTILE
report-tag-note = REMARQUE
report-tag-next = ENSUITE
report-tag-yes = OUI
report-tag-no = non
store-consequence-unused-files = { $count ->
    [one] De ce fait, le package n’utilise plus { $files }, que la version publiée utilisait. Une fois ce problème corrigé, il sera de nouveau utilisé : ne le supprimez donc pas.
   *[other] De ce fait, le package n’utilise plus { $files }, que la version publiée utilisait. Une fois ce problème corrigé, ils seront de nouveau utilisés : ne les supprimez donc pas.
}
report-files-not-compared = Les icônes et les autres fichiers du package n’ont pas été comparés, car un fichier manifest.json a été fourni au lieu d’un package. Ouvrez les deux packages d’application .zip pour les comparer.
change-value-before = Avant
change-value-now = Maintenant
report-finding-place = { $place }, dans { $file }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = Informations de base › Version
portal-basic-app-names = Informations de base › Noms de l'application
portal-basic-descriptions = Informations de base › Descriptions
portal-basic-developer-information = Informations de base › Informations sur le développeur
portal-branding-color-icon = Personnalisation › Icône couleur
portal-branding-outline-icon = Personnalisation › Icône de contour
portal-features-bot = Fonctionnalités de l'application › Bot
portal-features-personal-app = Fonctionnalités de l'application › Application personnelle

## Command line (src/cli.rs, src/cli/)
cli-error = erreur : { $error }
cli-unknown-language = erreur : --lang : « { $tag } » ne fait pas partie des langues de cette application. Choisissez l'une des langues suivantes : { $tags }.
cli-nothing-fixed = Rien n'a pu être corrigé automatiquement : aucune copie n'a donc été enregistrée.
cli-copy-not-saved = erreur : la copie corrigée n'a pas pu être enregistrée sous { $path } ({ $error }). Choisissez un autre emplacement avec --output, ou vérifiez qu'il reste de la place sur le disque et que le dossier est accessible en écriture.
cli-copy-saved = Copie corrigée enregistrée : { $path }
cli-fixed-heading = Corrections effectuées ({ $count }) :
cli-fixed-step = { $what } : auparavant { $before }, désormais { $after }
cli-not-fixed-heading = Problèmes non corrigés ici ({ $count }) :
cli-problem = Problème
cli-not-fixed-item = { $title } : { $message }
cli-who-can-fix = Qui peut le corriger : { $who }
cli-fix-result = { $which ->
    [fixed] La copie corrigée
   *[new] La nouvelle version
} : { $headline }
cli-output-not-written = erreur : la sortie n'a pas pu être écrite ({ $error }). Vérifiez qu'il reste de la place sur le disque et que le fichier est accessible en écriture.
cli-could-not-load-side = erreur : impossible de charger le fichier de la { $side } : { $error }
cli-could-not-load = erreur : impossible de charger { $file } : { $error }
cli-input-error-at = { $place } : { $problem }. { $fix }
cli-input-error = { $problem }. { $fix }
cli-app-id-error = erreur : --app-id : { $error }
cli-app-id-in-file = erreur : l'ID d'application dans { $path } : { $error } (Vous pouvez aussi indiquer l'ID avec --app-id.)
cli-label-error = erreur : --label : { $error }
cli-no-window-in-build = Cette version de teams-update-check n'a pas de fenêtre (compilée sans la fonctionnalité `gui`). Utilisez `teams-update-check check OLD NEW` ; voir `teams-update-check --help`.
cli-no-display = erreur : aucun écran trouvé, la fenêtre ne peut donc pas s'ouvrir (on dirait un serveur, un conteneur ou un shell distant sans bureau). La ligne de commande fonctionne sans écran : lancez `teams-update-check check PUBLISHED NEW` (voir `teams-update-check --help`).
cli-window-not-opened = erreur : la fenêtre n'a pas pu s'ouvrir : aucun écran trouvé, ou le système graphique de l'ordinateur n'a pas pu la démarrer. La ligne de commande fonctionne sans fenêtre : lancez `teams-update-check check PUBLISHED NEW` (voir `teams-update-check --help`).

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = Version { $version }
app-close = Fermer
app-cancel = Annuler
app-where = Où : { $place }
app-the-file = le fichier
app-the-app = l'application
app-copied = Copié dans le Presse-papiers : { $what }
app-clipboard-failed = Impossible d'utiliser le Presse-papiers ({ $error }). Sélectionnez le texte ci-dessous et copiez-le manuellement.
app-no-clipboard = aucun Presse-papiers

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = Vos fichiers restent sur cet ordinateur : rien n'est envoyé. Les fichiers sont seulement lus, jamais modifiés.
app-tagline = Vérifiez la mise à jour de votre application Teams avant de la soumettre
app-about = À propos
app-about-hover = Version, licence et ce que l'application fait de vos fichiers
app-language = Langue
app-language-hover = La langue de la fenêtre et des rapports qu'elle exporte
app-language-system = Comme cet ordinateur ({ $language })
app-export = Exporter le rapport…
app-export-hover = Enregistrer ce rapport au format Markdown ou HTML ({ $shortcut })
app-export-disabled-hover = Ouvrez d'abord les deux versions
app-try-example = Essayer un exemple
app-try-example-hover = Charger un exemple intégré de mise à jour qui nécessite l'approbation des utilisateurs
app-paste-path-first = Collez d'abord le chemin complet du fichier.
app-no-file-dialog = Aucune boîte de dialogue de fichier n'a pu s'ouvrir sur cet ordinateur. Déposez le fichier sur la fenêtre, ou collez son chemin complet dans la carte.
app-fixed-copy-saved = Copie corrigée enregistrée : { $path }. Elle est maintenant ouverte comme nouvelle version.
app-button-needs-new-version = Ouvrez d'abord la nouvelle version : le bouton utilise son ID d'application.
app-what-button-html = HTML du bouton
app-what-link = Lien
app-too-many-dropped = Seuls les deux premiers fichiers déposés ont été utilisés.
app-notice-not-opened = Impossible d'ouvrir l'avis sur les logiciels tiers. Ouvrez { $path } depuis votre gestionnaire de fichiers.
app-same-file = Les deux cartes affichent le même fichier : rien n'a donc pu changer. Ouvrez la nouvelle version à droite.
app-checking = Vérification…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = Teams Update Check a rencontré un problème interne en lisant ce fichier (c'est un bogue de l'outil, pas forcément un problème de votre fichier)
app-internal-read-fix = Essayez « Recharger ». Si cela se reproduit, merci de nous le signaler en joignant le fichier ; en attendant, vérifiez le fichier dans le Portail des développeurs Teams.
app-internal-check = Teams Update Check a rencontré un problème interne en comparant les deux fichiers (un bogue de l'outil). Essayez « Recharger » ; si cela se reproduit, merci de le signaler en joignant les fichiers.
app-internal-write = Teams Update Check a rencontré un problème interne en écrivant le fichier (un bogue de l'outil). Veuillez réessayer.
app-open-dialog-title = { $side ->
    [old] Ouvrir la version publiée (actuellement dans le Store)
   *[new] Ouvrir la nouvelle version (à soumettre)
}
app-filter-manifest-or-package = Manifeste Teams ou package d'application
app-filter-all-files = Tous les fichiers
app-save-report-title = Enregistrer le rapport
app-filter-html = Page web (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = Vérifie une mise à jour de votre application Microsoft Teams avant que vous la soumettiez au Store : est-elle prête, vos utilisateurs devront-ils approuver de nouveau l'application, et qu'est-ce qui a changé.
app-about-privacy-heading = Vos fichiers restent sur cet ordinateur
app-about-privacy = L'application lit uniquement les fichiers que vous ouvrez et ne les modifie jamais. Elle n'établit aucune connexion réseau : rien n'est envoyé nulle part, et les schémas Microsoft qu'elle utilise pour ses vérifications sont intégrés.
app-about-license-heading = Licence
app-about-license = Teams Update Check est un logiciel libre distribué sous licence MIT.
app-about-show-license = Afficher la licence
app-about-third-party-heading = Logiciels tiers
app-about-third-party = L'application est construite avec des composants open source ; la licence de chacun figure dans l'avis sur les logiciels tiers fourni avec l'application.
app-about-open-notice = Ouvrir l'avis sur les logiciels tiers
app-about-no-notice = Cette copie de l'application n'a pas été installée à partir d'un paquet d'installation : la liste des composants open source et de leurs licences ({ $file }) ne se trouve donc pas à côté. L'application installée la contient.
app-about-trademark = Ni conçu ni approuvé par Microsoft. Microsoft Teams est une marque commerciale du groupe de sociétés Microsoft.

# The download button panel (src/app/button_panel.rs)
app-button-heading = Bouton de téléchargement pour votre site web
app-button-intro = Placez ce bouton sur le site web de votre produit pour que les visiteurs puissent obtenir votre application dans Teams. Le lien fonctionne dès que votre application est en ligne dans le Store Teams.
app-button-text = Texte du bouton
app-button-look = Apparence
app-button-look-named = Apparence : { $style }
app-button-size = Taille
app-button-size-named = Taille : { $size }
app-button-hint-filled = Violet Teams avec texte blanc : bien lisible sur les pages claires comme sur les pages sombres.
app-button-hint-outline = Texte et bordure violets sur fond transparent : uniquement pour les pages claires. Sur une page sombre, choisissez Violet ou Sombre.
app-button-hint-dark = Presque noir avec texte blanc : pour les pages claires et chargées (sur une page noire, il ne ressort pas).
app-button-app-id = ID de l'application
app-button-app-id-hover = L'ID de votre application dans le Store Teams. Il est tiré du nouveau manifeste ; tapez-en un autre (par exemple l'ID du Store indiqué dans l'Espace partenaires) pour l'utiliser à la place.
app-button-app-id-from-manifest = { $id } (tiré du manifeste de la nouvelle version)
app-button-app-id-hint = Pour utiliser un autre ID d'application, tapez-le ou collez-le ici
app-button-placeholder-id = L'ID du nouveau manifeste ressemble à un espace réservé ; tapez votre véritable ID d'application ci-dessus.
app-button-preview = Aperçu
app-button-copy-html = Copier le HTML
app-button-copy-html-hover = Copier le code HTML du bouton pour le coller dans votre site web ({ $shortcut })
app-button-copy-link = Copier le lien
app-button-open-preview = Ouvrir l'aperçu dans le navigateur
app-button-open-preview-hover = Voir le vrai bouton dans votre navigateur web
app-button-show-html = Afficher le code HTML
app-button-html-label = HTML à coller dans votre page :
app-preview-not-written = Impossible d'écrire la page d'aperçu ({ $error }). Copiez plutôt le HTML et collez-le dans une page à vous.
app-preview-no-address = la page n'a pas d'adresse de fichier
app-preview-opened = Votre navigateur web a été invité à ouvrir l'aperçu. Si aucune fenêtre de navigateur n'apparaît, ouvrez { $path } dans votre navigateur.
app-preview-no-browser = Impossible de démarrer un navigateur web ({ $error }). La page d'aperçu est enregistrée dans { $path } : ouvrez-la dans votre navigateur.
app-preview-page-title = Aperçu du bouton
app-preview-on-light = Sur une page claire :
app-preview-on-grey = Sur une page grise :
app-preview-on-dark = Sur une page sombre :

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] Version publiée
   *[new] Nouvelle version
}
app-card-hint = { $side ->
    [old] La version actuellement dans le Store Teams
   *[new] La mise à jour que vous voulez soumettre
}
app-reversed = Le numéro de la nouvelle version est inférieur à celui de la version publiée. Les avez-vous ouvertes dans le mauvais ordre ?
app-swap = Intervertir les deux
app-swap-hover = Échanger la version publiée et la nouvelle version
app-card-empty = Déposez ici un fichier manifest.json ou un package d'application (.zip), ou
app-card-reading = Lecture en cours : { $file }…
app-card-icon-alt = Icône couleur de { $name }
app-card-icon-hover = L'icône couleur de l'application, tirée du package
app-card-no-name = (le manifeste n'indique pas de nom d'application)
app-card-file = Fichier : { $file }
app-card-manifest-format = Format de manifeste { $schema }
app-card-not-given = non indiqué
app-card-manifest-format-hover = manifestVersion : la version du format de manifeste de Microsoft dans lequel le fichier est écrit
app-card-could-not-load = Impossible de charger { $file }
app-card-what-is-wrong = Problème : { $problem }
app-card-what-to-do = Que faire : { $fix }
app-card-open = Ouvrir…
app-card-open-hover = Choisir un fichier manifest.json ou un package d'application .zip ({ $shortcut })
app-card-open-named = { $side ->
    [old] Ouvrir la version publiée…
   *[new] Ouvrir la nouvelle version…
}
app-card-reload = Recharger
app-card-reload-hover = Relire le fichier ({ $shortcut })
app-card-reload-named = { $side ->
    [old] Recharger la version publiée
   *[new] Recharger la nouvelle version
}
app-card-clear = Effacer
app-card-clear-named = { $side ->
    [old] Effacer la version publiée
   *[new] Effacer la nouvelle version
}
app-card-typed-path = Déposez le fichier sur cette fenêtre, ou collez son chemin complet ici :
app-card-typed-path-hover = Sous Linux, la boîte de dialogue nécessite le sélecteur de fichiers de votre bureau (le service xdg-desktop-portal) ou le programme zenity.
app-card-path-example-windows = C:\Users\votre-nom\Downloads\app-package.zip
app-card-path-example = /home/votre-nom/Téléchargements/app-package.zip
app-card-path-named = { $side ->
    [old] Chemin du fichier de la version publiée
   *[new] Chemin du fichier de la nouvelle version
}
app-card-open-typed = Ouvrir
app-drop-overlay = Déposez le fichier sur une carte pour l'y charger
app-drop-question = De quelle version s'agit-il ?
app-drop-load-as = Charger { $file } comme :

# Saving the report (src/app/export.rs)
app-report-saved = Rapport enregistré dans { $path }
app-report-saved-no-dialog = Aucune boîte de dialogue d'enregistrement n'a pu s'ouvrir sur cet ordinateur : le rapport a donc été enregistré dans { $path }
app-export-is-input = Non enregistré : { $path } est l'un des fichiers que vous vérifiez. Choisissez un autre nom.
app-export-failed = Impossible d'enregistrer le rapport dans { $path } ({ $error }). Choisissez un dossier dans lequel vous pouvez écrire.

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = Copie corrigée : { $path }
app-fix-repaired = { $what } : auparavant { $before }, désormais { $after }
app-fix-left = { $problem } Qui peut le corriger : { $who }
app-fix-save = Enregistrer une copie corrigée…
app-fix-save-hover = Enregistre un nouveau package avec les corrections sans risque (numéro de version, lien du schéma, icônes, fichiers inutilisés) ; vos fichiers ne sont pas modifiés. La copie s'ouvre ensuite comme nouvelle version.
app-fix-some-repairable = Certains de ces problèmes peuvent être corrigés automatiquement.
app-fix-version-label = Version de la copie :
app-fix-version-named = Version de la copie corrigée
app-fix-leave-empty = Laissez ce champ vide pour utiliser { $proposed } (la version publiée est { $published }).
app-fix-no-dialog = Aucune boîte de dialogue d'enregistrement n'a pu s'ouvrir sur cet ordinateur. Tapez l'emplacement où enregistrer la copie corrigée :
app-fix-path-named = Chemin de la copie corrigée
app-fix-save-copy = Enregistrer la copie
app-fix-folder-hover = Enregistre un nouveau package dont les fichiers sont sortis de leur dossier et placés à la racine, là où Teams les cherche ; votre fichier n'est pas modifié.
app-fix-folder = Les fichiers de la nouvelle version se trouvent dans un dossier à l'intérieur du package : une copie peut les placer à la racine.
app-fix-dialog-title = Enregistrer une copie corrigée de la nouvelle version
app-internal-fix = Teams Update Check a rencontré un problème interne en créant la copie corrigée (un bogue de l'outil). Vos fichiers ne sont pas modifiés.
app-fix-not-read-again = La nouvelle version n'a pas pu être relue ({ $error }). Ouvrez-la de nouveau.
app-fix-not-made = Aucune copie corrigée n'a pu être créée : { $error }
app-fix-nothing = Rien n'a pu être corrigé automatiquement ; les problèmes restants nécessitent l'intervention d'une personne (voir la liste).
app-fix-not-saved = La copie corrigée n'a pas pu être enregistrée sous { $path } ({ $error }). Choisissez un autre emplacement.

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = Une partie du texte de vos fichiers ({ $scripts }) ne peut être affichée par aucune police de cet ordinateur : elle apparaît sous forme de cases vides. Installez { $fix } et rouvrez Teams Update Check pour la voir. La vérification elle-même n'est pas affectée : ses résultats sont complets.
app-font-fix-other = une police qui contient ces caractères
app-font-fix-emoji = une police d'emoji (par exemple Noto Color Emoji)
app-font-fix-script = une police pour ces caractères ({ $scripts }, par exemple de la famille gratuite Noto)
app-list-and = { $first } et { $last }
app-hide = Masquer
app-script-greek = grec
app-script-cyrillic = cyrillique
app-script-armenian = arménien
app-script-hebrew = hébreu
app-script-arabic = arabe
app-script-devanagari = hindi (devanagari)
app-script-bengali = bengali
app-script-gurmukhi = pendjabi (gurmukhi)
app-script-gujarati = gujarati
app-script-odia = odia
app-script-tamil = tamoul
app-script-telugu = télougou
app-script-kannada = kannada
app-script-malayalam = malayalam
app-script-sinhala = cingalais
app-script-thai = thaï
app-script-lao = lao
app-script-tibetan = tibétain
app-script-burmese = birman
app-script-georgian = géorgien
app-script-korean = coréen
app-script-ethiopic = amharique (éthiopien)
app-script-khmer = khmer
app-script-emoji = emoji
app-script-japanese = japonais
app-script-chinese = chinois
app-script-other = autres caractères

# The report's own labels (src/app/report_view.rs)
app-sources = Sources :
app-source-link = Source ↗
app-for-developers = Pour les développeurs : { $lines }
app-show-details = Afficher les détails
app-show-details-hover = Faire défiler jusqu'aux détails de ce problème, plus bas
app-why = Pourquoi : { $why }
app-who-can-fix = Qui peut le corriger :
app-select-to-copy = Sélectionnez le texte pour en copier une partie
app-copy-full-value = Copier la valeur complète
app-copy-full-value-hover = Copier toute la valeur dans le Presse-papiers
app-copy-hover = Copie le texte dans le Presse-papiers, pour le coller ailleurs
app-show-the-text = Afficher le texte
app-developer-details = Détails pour les développeurs

# The welcome page (src/app/welcome.rs)
app-welcome-heading = Mode d'emploi
app-welcome-step-1 = 1. À gauche, ouvrez la version de votre application qui se trouve actuellement dans le Store Teams : son fichier manifest.json ou le package d'application .zip que vous avez chargé.
app-welcome-step-2 = 2. À droite, ouvrez la mise à jour que vous voulez soumettre.
app-welcome-step-3 = 3. Lisez la réponse : la mise à jour est-elle prête, vos utilisateurs devront-ils approuver de nouveau l'application, et qu'est-ce qui a changé.
app-welcome-step-4 = 4. Copiez le bouton de téléchargement pour votre site web.
app-welcome-shortcuts = Vous pouvez aussi déposer des fichiers sur la fenêtre. Raccourcis : { $open_old } ouvre la version publiée, { $open_new } la nouvelle, { $export } exporte le rapport, { $copy_html } copie le HTML du bouton, { $reload } recharge.
app-welcome-where-heading = Où trouver la version publiée ?
app-welcome-where-intro = Utilisez le package d'application dont Microsoft dispose actuellement, pas les fichiers que vous avez modifiés depuis. Récupérez-le à l'endroit d'où votre application a été publiée :
app-welcome-where-portal = Portail des développeurs (dev.teams.microsoft.com) : ouvrez Applications, sélectionnez votre application et choisissez « Télécharger le package d'application ». Faites-le avant d'y apporter vos modifications : une fois l'application modifiée, le package obtenu correspond à la nouvelle version.
app-welcome-where-partner = Espace partenaires (partner.microsoft.com), pour une application du Store Teams : ouvrez l'offre de votre application Teams et téléchargez le package d'application chargé pour la version en ligne.
app-welcome-where-admin = Centre d'administration Teams (admin.teams.microsoft.com), pour une application publiée uniquement dans votre organisation : votre administrateur Teams peut obtenir son package sous Applications Teams › Gérer les applications.
app-welcome-where-records = Vos propres archives : le .zip que vous avez chargé la dernière fois (Teams Toolkit, par exemple, le conserve dans appPackage/build/ dans le projet).
app-welcome-where-new = La nouvelle version est le package que vous êtes sur le point de charger : celui du Portail des développeurs après vos modifications, ou le .zip fourni par vos développeurs.

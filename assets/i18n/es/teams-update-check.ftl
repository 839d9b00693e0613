# Teams Update Check: every sentence a user can read, in Spanish (Español).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: agent-capability-dataverse, agent-capability-fabric, agent-sign-in-oauth, app-filter-markdown, app-name, app-script-emoji, change-bot, change-bytes, change-scope-copilot, cli-app-id-error, cli-error, cli-label-error, place-label-bot, place-label-bots, place-label-video, rule-bot-setting-video, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = { $count ->
    [one] 1 icono
   *[other] { $count } iconos
}

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = El Id. de la aplicación no cambia
check-version-format-title = El número de versión está bien escrito
check-version-incremented-title = El número de versión aumenta
check-app-id-changed = El Id. de la aplicación cambió de { $old } a { $new }. Una actualización debe mantener el Id. de la aplicación publicada; con un Id. nuevo, la tienda la trata como otra aplicación. Vuelve a poner el Id. anterior.
check-app-id-not-guid = El Id. de la aplicación es el mismo en los dos archivos, pero "{ $id }" no es un Id. de aplicación real (un GUID como 0b5c3d6e-1234-4abc-9def-00112233aabb). Parece un marcador de posición que rellenan tus herramientas de compilación; comprueba el paquete que realmente envías.
check-app-id-same = El Id. de la aplicación sigue siendo { $id }.
check-version-too-long = La nueva versión "{ $version }" tiene más de 256 caracteres.
check-version-not-three-numbers = La nueva versión "{ $version }" no son tres números enteros separados por puntos, como 1.4.2 (sin letras, sin ceros a la izquierda, sin "-beta"); la tienda rechaza otras formas.
check-version-addin-part-too-big = La nueva versión "{ $version }" tiene una parte mayor que 99999, algo que los complementos de Office (la sección `extensions`) no permiten.
check-version-well-formed = La nueva versión { $version } está escrita como la tienda espera.
check-version-nothing-changed = No cambió nada, así que la versión no tiene que cambiar.
check-version-goes-up = La versión sube de { $old } a { $new }.
check-version-unchanged = La versión sigue siendo { $new }, pero algo cambió. La versión debe subir con cualquier cambio: súbela por encima de { $old }, por ejemplo a { $next }.
check-version-same-number = La versión pasa de { $old } a { $new }, que es el mismo número escrito de otra forma (las partes que faltan cuentan como 0), no uno mayor. Súbela por encima de { $old }, por ejemplo a { $next }.
check-version-lower = La nueva versión { $new } es menor que la publicada, { $old }. ¿Se indicaron los dos archivos al revés? Primero va la versión publicada y después la nueva. Si no es así, sube la nueva versión por encima de { $old }.
check-version-not-comparable = No se pudieron comparar las versiones, porque { $which ->
    [published] la versión publicada
   *[new] la nueva versión
} "{ $version }" { $reason ->
    [long] tiene una parte de más de 18 dígitos
   *[signs] no está formada solo por números y puntos
}. Asegúrate de que la nueva versión sea mayor que la publicada.
check-version-higher-number = un número mayor

## Store checks (src/store/)
store-activities-title = Los tipos de notificación de la fuente de actividades son únicos y no están reservados
store-agent-files-title = Todos los archivos de agente de Copilot se pueden leer
store-localization-agent-default-file-title = Un agente traducido tiene un archivo para su idioma predeterminado
store-agent-localization-keys-title = Todos los archivos de traducción tienen las claves de localización del agente
store-agent-name-match-title = El agente y sus acciones tienen el nombre de la aplicación
store-agent-operations-title = Cada función del agente y cada comando de API tienen su operación
store-agent-schema-title = Los archivos de agente de Copilot cumplen los esquemas oficiales de Microsoft
store-agent-schema-url-title = Los archivos de agente de Copilot vinculan el esquema de su propio formato
store-agent-text-hygiene-title = Las descripciones e instrucciones del agente no contienen direcciones web, emojis ni caracteres ocultos
store-agent-urls-title = Los agentes de Copilot llaman a direcciones https reales
store-api-message-extension-title = Las extensiones de mensaje cumplen las reglas de carga de su tipo
store-app-name-core-feature-title = El nombre corto no empieza por una característica de Teams
store-bot-id-guid-title = Los Id. de bot son GUID
store-bot-id-kept-title = Los bots mantienen sus Id. publicados
store-cea-bot-id-title = El agente de motor personalizado es uno de los bots de la aplicación
store-channel-features-title = Indica si la aplicación funciona en canales compartidos y privados
store-bot-command-slash-title = Los comandos de bot no empiezan por una barra diagonal
store-bot-command-duplicate-title = Cada comando de bot aparece una sola vez en su lista
store-me-command-duplicate-title = Cada comando de acción de una extensión de mensaje aparece una sola vez
store-consequential-actions-title = Las acciones que cambian datos preguntan primero al usuario
store-da-actions-title = El agente tiene acciones
store-da-graph-connectors-blank-title = El agente usa todos los conectores de Copilot de una organización
store-da-starters-count-title = El agente tiene de 3 a 6 iniciadores de conversación
store-dashboard-cards-title = Las tarjetas de panel tienen un icono cada una e Id. únicos
store-descriptions-title = La descripción completa dice más que la corta, en 500 palabras o menos
store-https-urls-title = Las direcciones web son seguras (https)
store-icon-color-title = El icono de color es un PNG de 192 × 192
store-icon-color32x32-title = El icono de color pequeño es un PNG de 32 × 32
store-icon-outline-title = El icono de contorno es blanco sobre transparente, de 32 × 32
store-localization-title = Los archivos de traducción son válidos y coinciden con el formato del manifiesto
store-localization-tags-title = Cada idioma tiene un solo archivo de traducción
store-long-description-copilot-title = La descripción larga dice que la aplicación funciona en Microsoft 365 Copilot
store-manifest-version-title = El manifiesto usa un formato que la tienda acepta
store-me-sample-prompts-title = Los comandos de extensión de mensaje tienen 3 indicaciones de ejemplo distintas
store-package-extra-files-title = El paquete contiene solo los archivos que usa el manifiesto
store-package-files-title = Todos los archivos que nombra el manifiesto están en el paquete
store-package-name-deprecated-title = No queda el campo obsoleto packageName
store-package-size-title = El paquete ocupa 10 MB o menos
store-placeholders-title = No quedan marcadores de posición de plantilla
store-required-texts-title = El nombre, las descripciones y el nombre del desarrollador están rellenados
store-schema-title = El manifiesto cumple el esquema oficial de Microsoft
store-schema-url-title = El vínculo del esquema coincide con el formato del manifiesto
store-static-tab-names-title = Las pestañas personales tienen nombres correctos
store-valid-domains-title = Los dominios válidos son tus propios dominios de producción
store-valid-domains-coverage-title = Las páginas de las pestañas están en tus dominios válidos
store-version-major-title = La versión es 1.0.0 o superior
store-activities-reserved = El tipo de actividad "systemDefault" está reservado por Teams para sus propias notificaciones; el servicio de carga lo rechaza. Dale a este tipo de notificación un nombre propio, como "taskAssigned" (el código de tu desarrollador lo envía con ese nombre).
store-activities-duplicate = El tipo de actividad "{ $kind }" se declara más de una vez; el servicio de carga lo rechaza. Deja una sola entrada para él.
store-agent-files-broken = { $problem }
store-agent-files-too-large = El { $what } "{ $file }" ocupa { $size }; para esta comprobación, un archivo del paquete puede ocupar como máximo { $limit }, y un archivo tan grande casi seguro que no es el que se quería. Tu desarrollador debe reducirlo o reemplazarlo.
store-agent-files-too-many = El paquete remite a más de { $limit } archivos de agente para leer; no se comprobaron "{ $file }" ni los archivos siguientes. Los agentes de una aplicación necesitan muchos menos archivos: tu desarrollador debería revisar qué archivos nombran los agentes.
store-agent-name-match-differs = { $kind ->
    [action] La
   *[agent] El
} { $what } se llama "{ $name }" ({ $kind ->
    [action] el nombre de la acción que ven los usuarios
   *[agent] el nombre del agente
}, en "{ $file }"), pero la aplicación se llama "{ $app }". La Tienda de agentes exige que la aplicación, su agente y las acciones del agente tengan el mismo nombre. Tu desarrollador debe cambiarlo a "{ $app }" (o cambiar el nombre de la aplicación para que coincida).
store-localization-agent-default-file-missing = El agente de Copilot está traducido (sus archivos usan claves de localización como [[agentName]]) y la aplicación indica otros idiomas, pero no hay archivo de traducción para el idioma predeterminado (defaultLanguageFile). Un agente traducido necesita un archivo para cada idioma que admite, incluido el predeterminado. Tu desarrollador debe agregar uno y nombrarlo en el manifiesto.
store-localization-agent-default-file-advice = La aplicación indica otros idiomas, pero ningún archivo de traducción para su idioma predeterminado (defaultLanguageFile). Si el agente de Copilot admite más de un idioma, necesita un archivo para cada idioma, incluido el predeterminado.
store-agent-localization-keys-lacking = Al archivo de traducción "{ $file }" le { $count ->
    [one] falta una clave de localización
   *[other] faltan claves de localización
} que usa el agente de Copilot ({ $keys }). El servicio de carga rechaza un texto del agente que no puede traducir. Tu desarrollador debe { $count ->
    [one] agregarla
   *[other] agregarlas
} en localizationKeys de este archivo.
store-agent-operations-command = El comando de extensión de mensaje "{ $command }" no tiene ninguna operación con ese Id. (operationId) en la descripción de API "{ $file }"; fallaría cada vez que un usuario lo ejecutara. Tu desarrollador debe hacer que el comando coincida con una operación.
store-agent-operations-undefined-function = El archivo de acción del agente "{ $file }" ejecuta una función "{ $function }" que no define (no es una de sus funciones). Tu desarrollador debe agregar la función o corregir el nombre.
store-agent-operations-function = La función del agente "{ $function }" no tiene ninguna operación con ese Id. (operationId) en la descripción de API "{ $file }"; Copilot fallaría cada vez que la intentara. Tu desarrollador debe hacer que la función coincida con una operación.
store-agent-schema-url-mismatch = El vínculo del esquema de "{ $file }" es para el formato { $linked }, pero el archivo dice que sigue { $version }. Tu desarrollador debería vincular el esquema de { $version }, para que los editores comprueben el archivo con las reglas correctas.
store-schema-whole = { $kind ->
    [localization] El archivo de localización
    [declarative-agent] El archivo de agente de Copilot
    [plugin] El archivo de acción del agente
    [agentic-user] La plantilla de usuario agéntico
    [response-template] La plantilla de respuesta
   *[manifest] El manifiesto
}
store-schema-at-top = en el nivel superior { $kind ->
    [localization] del archivo de localización
    [declarative-agent] del archivo de agente de Copilot
    [plugin] del archivo de acción del agente
    [agentic-user] de la plantilla de usuario agéntico
    [response-template] de la plantilla de respuesta
   *[manifest] del manifiesto
}
store-schema-in-field = en { $field }
store-schema-manifest-format = formato de manifiesto { $format }
store-schema-renamed-field = { $field } tiene `{ $unknown }` donde el { $format } espera `{ $missing }`, que es obligatorio. Cambia el nombre de `{ $unknown }` a `{ $missing }`.
store-schema-missing-one-of = { $field }: falta `{ $first }`, que es obligatorio (o { $others } en su lugar). Agrégalo.
store-schema-max-length = { $field } puede tener como máximo { $limit } caracteres; ahora tiene { $count }.
store-schema-min-length = { $field } debe tener al menos { $limit ->
    [one] 1 carácter
   *[other] { $limit } caracteres
}; ahora tiene { $count }.
store-schema-max-items = { $field } puede tener como máximo { $limit ->
    [one] 1 entrada
   *[other] { $limit } entradas
}; ahora tiene { $count }.
store-schema-min-items = { $field } debe tener al menos { $limit ->
    [one] 1 entrada
   *[other] { $limit } entradas
}; ahora tiene { $count }.
store-schema-uri = { $field } debe ser una dirección web completa con su esquema, como "https://www.contoso.com/help"; el valor actual es { $value }.
store-schema-constant = { $field } debe ser { $expected }; el valor actual es { $value }.
store-schema-required = { $field }: falta `{ $name }`, que es obligatorio. Agrégalo.
store-schema-type = { $field } debe ser { $expected }; el valor actual es { $value }.
store-schema-type-name = { $kind ->
    [string] un texto (entre comillas dobles)
    [object] un objeto (`{"{"} … {"}"}`)
    [array] una lista (`[ … ]`)
    [boolean] true o false
    [integer] un número entero
    [number] un número
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first } o { $second }
store-schema-unique-items = { $field } incluye la misma entrada más de una vez; deja cada entrada una sola vez.
store-schema-no-form = { $field } no coincide con ninguna de las formas que el { $format } permite aquí. Compáralo con la referencia de este campo.
store-schema-several-forms = { $field } coincide con más de una de las formas que el { $format } permite aquí; debe coincidir exactamente con una.
store-schema-maximum = { $field } puede ser como máximo { $limit }; el valor actual es { $value }.

store-schema-minimum = { $field } debe ser como mínimo { $limit }; el valor actual es { $value }.
store-schema-max-properties = { $field } puede tener como máximo { $limit } campos.
store-schema-min-properties = { $field } debe tener al menos { $limit } campos.
store-schema-other = { $field } no sigue el { $format }: { $problem }.
store-schema-pattern-guid = un Id. en forma de GUID, como "0b5c3d6e-1234-4abc-9def-00112233aabb"
store-schema-pattern-https = una dirección web segura que empiece por https://, como "{ $example }"
store-schema-pattern-color = un color escrito como # y seis dígitos hexadecimales, como "#4F6BED"
store-schema-pattern-version = una versión de números y puntos, como "1.0.0"
store-schema-pattern-other = { $field } no está escrito como espera el formato del manifiesto (debe coincidir con el patrón { $pattern }); el valor actual es "{ $value }".
store-schema-pattern = { $field } debe ser { $expected }; el valor actual es "{ $value }".
store-schema-enum = { $field } debe ser uno de estos valores: { $allowed }; el valor actual es { $value }.
store-schema-enum-hint = { $field } debe ser uno de estos valores: { $allowed }; el valor actual es { $value }. ¿Quisiste decir `{ $option }`?
store-schema-needs-later-format = `{ $property }` necesita el formato de manifiesto { $later } o posterior; usas el formato { $format }. Pasa al formato { $later } (actualiza manifestVersion y { $schema_field }) o quita `{ $property }`.
store-schema-unknown-field = `{ $property }` no es un campo que el { $format } conozca { $place }. Revisa cómo está escrito, incluidas mayúsculas y minúsculas, o quítalo.
store-schema-sentences = { $first } { $second }
store-schema-no-sentence = {""}
store-localization-too-large = El archivo de localización "{ $file }" ocupa más de 4 MiB; un archivo de localización contiene unos pocos textos traducidos.
store-localization-not-json = El archivo de localización "{ $file }" no es un JSON válido: { $problem }. Ábrelo en un editor de texto y corrígelo en la línea { $line }, columna { $column }.
store-localization-not-object = El archivo de localización "{ $file }" debe ser un objeto JSON (que empiece por `{"{"}`), pero es { $value }.
store-localization-in-file = En "{ $file }": { $problem }
store-schema-url-add-later = Cuando el manifiesto pase a un formato publicado (consulta "El manifiesto usa un formato que la tienda acepta"), agrega el vínculo de ese formato.
store-schema-url-add = Agrega "{ $schema_field }": "{ $example }".
store-schema-url-missing = El vínculo del esquema (`{ $schema_field }`) falta o no es un texto. { $add }
store-schema-url-unusual = El vínculo del esquema "{ $link }" es poco habitual: no nombra ningún formato de manifiesto de Teams. El vínculo habitual es "{ $example }".
store-schema-url-preview = El vínculo del esquema (`{ $schema_field }`) nombra el formato { $named }, pero manifestVersion es "{ $format }". No hagas que el vínculo apunte al formato de vista previa: la tienda rechaza el propio formato de vista previa. Pasa el manifiesto a un formato publicado (consulta "El manifiesto usa un formato que la tienda acepta"), con un vínculo que nombre ese mismo formato.
store-schema-url-other-format = El vínculo del esquema (`{ $schema_field }`) nombra el formato { $named }, pero manifestVersion es { $format }. Haz que coincidan: "{ $example }".
store-schema-url-no-format = ninguno
store-placeholders-file-directive = "{ $text }" es una directiva de archivo de Agents Toolkit que el kit de herramientas reemplaza por el texto del archivo al compilar el paquete; envía el paquete compilado por el kit de herramientas, no los archivos de origen.
store-placeholders-built-address = La dirección "{ $text }" nunca se rellenó: este paquete está compilado (su manifiesto tiene un Id. de aplicación real), pero esta dirección sigue siendo un marcador de posición, así que Copilot no puede llegar a ella. Tu desarrollador debe poner aquí la dirección https:// real y volver a compilar el paquete.
store-placeholders-built-value = "{ $text }" nunca se rellenó: este paquete está compilado (su manifiesto tiene un Id. de aplicación real), pero este valor sigue siendo un marcador de posición. Tu desarrollador debe poner aquí el valor real y volver a compilar el paquete.
store-placeholders-placeholder = "{ $text }" es un marcador de posición que rellenan tus herramientas de compilación; la tienda necesita el valor real.
store-agent-schema-undocumented = El archivo de agente de Copilot "{ $file }" usa el formato { $version }, que aún no es un formato de agente declarativo documentado (las páginas de Microsoft describen formatos hasta v1.8); la tienda podría rechazarlo. Se comprobó con el esquema v1.9 que Microsoft ha preparado. Si el agente no necesita nada de v1.9 (carpetas de habilidades), tu desarrollador puede usar v1.8.
store-agent-schema-format = { $kind ->
    [plugin] formato de complemento de API { $version }
    [agentic-user] formato de plantilla de usuario agéntico
    [response-template] formato de plantilla de respuesta
   *[declarative-agent] formato de agente declarativo { $version }
}
store-agent-schema-newer = El { $what } "{ $file }" usa el formato { $version }, más reciente que los que conoce esta aplicación (hasta { $newest }); no se comprobó con su esquema. Una actualización de esta aplicación lo comprobará.
store-agent-schema-no-version = no indica ninguno
store-agent-schema-yours-quoted = el valor actual es "{ $value }"
store-agent-schema-yours = el valor actual es { $value }
store-agent-schema-version-missing = El { $what } "{ $file }" debe indicar en `{ $field }` qué formato sigue (como "{ $newest }"); { $yours }. Tu desarrollador debe indicarlo.
store-agent-text-hygiene-address = una dirección web ({ $address })
store-agent-text-hygiene-emoji = un emoji ({ $emoji })
store-agent-text-hygiene-hidden = un carácter oculto ({ $code })
store-agent-text-hygiene-instructs = palabras que dan instrucciones a Copilot ("{ $phrase }")
store-agent-text-hygiene-in-file = En "{ $file }", el texto en "{ $place }"
store-agent-text-hygiene-refused = { $place } contiene { $what }. La Tienda de agentes rechaza direcciones web, emojis y caracteres ocultos en las descripciones e instrucciones que lee Copilot. Quítalo.
store-agent-text-hygiene-steers = { $place } contiene { $what }. La Tienda de agentes rechaza descripciones que intentan dirigir al modelo; si estas palabras solo describen lo que hace la aplicación, mantenlas.
store-agent-text-hygiene-joiner = { $place } contiene { $what }, un carácter de unión o una marca de dirección. Los textos en escrituras como el persa o el hindi los necesitan, así que puede estar bien; la Tienda de agentes rechaza los caracteres ocultos que no tienen esa función.
store-agent-urls-not-full = "{ $address }" no es una dirección web completa; Copilot llama a los servicios del agente desde la nube y no tiene con qué completarla. Tu desarrollador debe escribir la dirección entera, como "https://api.contoso.com{ $path }".
store-agent-urls-not-secure = "{ $address }" no es una dirección segura (https); Copilot solo llama a direcciones https. Tu desarrollador debe usar la dirección https del servicio.
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = la dirección IP { $ip }
store-agent-urls-own-computer = "{ $address }" apunta a { $host }, que solo es accesible desde el propio equipo o la red privada del desarrollador; Copilot llama a esa dirección desde la nube para cada usuario. Tu desarrollador debe usar la dirección donde el servicio está hospedado de verdad.
store-agent-urls-tunnel = "{ $address }" es un túnel para hacer pruebas en el propio equipo del desarrollador; deja de funcionar cuando se cierra el túnel. Tu desarrollador debe usar la dirección donde el servicio está hospedado de verdad.
store-api-message-extension-api-member = La extensión de mensaje { $number } está basada en API, y una extensión de mensaje basada en API no puede tener { $member ->
    [botId] un Id. de bot (`botId`)
   *[other] `{ $member }`
}; el servicio de carga la rechaza. Quítalo.
store-api-message-extension-no-api-file = La extensión de mensaje { $number } está basada en API, pero no nombra su descripción de API (`apiSpecificationFile`); el servicio de carga la rechaza. Tu desarrollador agrega el archivo OpenAPI al paquete y lo nombra ahí.
store-api-message-extension-no-template = El comando { $name } de la extensión de mensaje basada en API { $number } no nombra la plantilla que muestra sus resultados (`apiResponseRenderingTemplateFile`); el servicio de carga lo rechaza. Tu desarrollador agrega la plantilla al paquete y la nombra ahí.
store-api-message-extension-no-parameters = El comando { $name } de la extensión de mensaje basada en API { $number } no tiene parámetros; el servicio de carga rechaza un comando basado en API sin al menos uno. Tu desarrollador agrega los parámetros que recibe la operación de la API.
store-api-message-extension-extra-auth = La extensión de mensaje { $number } inicia sesión con `{ $kind }`, pero también tiene `{ $member }`, que corresponde a otra forma de iniciar sesión; el servicio de carga la rechaza. Quita `{ $member }` o cambia `authType`.
store-api-message-extension-no-registration = La extensión de mensaje { $number } inicia sesión con una clave de API (`apiSecretServiceAuth`), pero no nombra su registro (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`); el servicio de carga la rechaza. Tu desarrollador registra la clave en el Portal para desarrolladores y pone ahí su Id. de registro.
store-api-message-extension-no-entra = La extensión de mensaje { $number } inicia sesión con Microsoft Entra (`microsoftEntra`), pero no tiene `microsoftEntraConfiguration`; el servicio de carga la rechaza. Tu desarrollador la agrega con "supportsSingleSignOn": true.
store-api-message-extension-no-sso = La extensión de mensaje { $number } inicia sesión con Microsoft Entra, que necesita el inicio de sesión único: `supportsSingleSignOn` debe ser true; si no, el servicio de carga la rechaza.
store-api-message-extension-bot-api-file = La extensión de mensaje { $number } está basada en bot, pero nombra una descripción de API (`apiSpecificationFile`); el servicio de carga lo rechaza. Quítala o haz que la extensión esté basada en API ("composeExtensionType": "apiBased", sin bot).
store-api-message-extension-bot-template = El comando { $command } de la extensión de mensaje basada en bot { $number } nombra una plantilla de resultados (`apiResponseRenderingTemplateFile`), algo que solo tienen las extensiones basadas en API; el servicio de carga lo rechaza. Quítala.
store-api-message-extension-method = La operación "{ $operation }" de la extensión de mensaje { $number } usa el método HTTP { $method }; las extensiones de mensaje basadas en API solo pueden llamar a operaciones GET y POST, y el servicio de carga rechaza las demás.
store-api-message-extension-array-parameter = El parámetro{ $named ->
    [yes] {" "}"{ $label }"
   *[no] {""}
} de la operación "{ $operation }" (extensión de mensaje { $number }) es una lista (`array`); las extensiones de mensaje basadas en API no pueden enviar listas, y el servicio de carga lo rechaza.
store-api-message-extension-required-parameter = El parámetro obligatorio{ $named ->
    [yes] {" "}"{ $label }"
   *[no] {""}
} de la operación "{ $operation }" (extensión de mensaje { $number }) se envía { $location }; las extensiones de mensaje basadas en API solo pueden rellenar parámetros obligatorios en la ruta o en la consulta, y el servicio de carga rechaza los demás.
store-api-message-extension-no-location = sin indicar dónde (`in`)
store-api-message-extension-location = en { $location }
store-api-message-extension-no-servers = La descripción de API "{ $file }" de la extensión de mensaje { $number } no nombra ningún servidor (`servers`) para sus operaciones, así que Teams no sabe adónde enviarlas; el servicio de carga la rechaza. Tu desarrollador agrega la dirección de la API en `servers`.
store-app-name-words-title = El nombre de la aplicación evita palabras que la revisión de la tienda rechaza
store-agent-store-copilot-agent = agente de Copilot
store-agent-store-agent-action = acción del agente
store-app-name-core-feature-starts = El nombre corto "{ $name }" empieza por "{ $feature }", una característica de Teams; la tienda rechaza los nombres que empiezan por una característica de Teams, porque los usuarios tomarían la aplicación por una parte de Teams. Pon primero tu propio nombre, como "{ $example }".
store-app-name-words-product = { $what } contiene "{ $word }". La tienda rechaza los nombres que hacen referencia a productos de Microsoft (Microsoft Teams, Microsoft 365 Copilot), salvo que la aplicación tenga una asociación oficial con Microsoft. Si aquí "{ $word }" significa otra cosa (como equipos de personas), puedes dejarlo; si nombra el producto de Microsoft, cambia el nombre de la aplicación.
store-app-name-words-microsoft = { $what } contiene "{ $word }". La tienda rechaza los nombres que hacen referencia a Microsoft, salvo que la aplicación tenga una asociación oficial con Microsoft; si no la tiene, cambia el nombre de la aplicación.
store-app-name-words-unfinished = { $what } contiene "{ $word }". La tienda rechaza los nombres que dicen que la aplicación es una compilación de prueba o de vista previa; si esta es la versión para todos, quita esa palabra.
store-app-name-words-agent-name = El nombre en "{ $file }" ({ $what })
store-bot-id-guid-not-guid = El Id. { $list ->
    [bots] del bot
   *[composeExtensions] de la extensión de mensaje
} { $number } es "{ $id }", que no es un Id. en forma de GUID; el servicio de carga lo rechaza. Pon ahí el Id. del registro del bot (tiene este aspecto: "0b5c3d6e-1234-4abc-9def-00112233aabb"; tu desarrollador lo encuentra en Azure Portal o en el portal de Bot Framework).
store-bot-id-kept-changed = El bot { $number } tiene un Id. nuevo ("{ $new }"); el bot de la versión publicada es "{ $old }". Mantén el Id. del bot publicado: con un Id. nuevo se pierden las conversaciones que los usuarios tenían con el bot, y la tienda lo rechaza. Tu desarrollador vuelve a poner el Id. publicado (y mantiene ese registro del bot).
store-cea-bot-id-not-a-bot = El agente de motor personalizado nombra el bot "{ $id }", que no es uno de los bots de la aplicación{ $bots ->
    [0] {" "}(la aplicación no tiene ninguno)
   *[other] {""}
}. La Tienda de agentes exige que un agente de motor personalizado sea un bot de la propia aplicación. Tu desarrollador debe usar aquí el Id. del bot.
store-channel-features-missing = Tu aplicación funciona en equipos, pero no indica que admita canales compartidos y privados. Agrega "supportsChannelFeatures": "tier1" cuando los admita; si no, Teams podría ocultarla ahí.
store-bot-command-slash-starts = El comando de bot "{ $command }" empieza por una barra diagonal. Teams agrega la barra por sí mismo cuando los usuarios escriben un comando; quítala del título ("{ $without }").
store-bot-command-duplicate-repeated = El comando de bot "{ $command }" aparece más de una vez en la misma lista de comandos; la tienda rechaza los comandos duplicados. Deja uno o dale al otro un título propio.
store-me-command-duplicate-repeated = El comando de acción "{ $command }" aparece más de una vez en la extensión de mensaje { $number }; la tienda rechaza los comandos de acción duplicados. Deja uno o dale al otro un título propio.
store-consequential-actions-changes-data = La operación { $operation } de "{ $file }" cambia o elimina datos, pero está marcada como sin consecuencias (x-openai-isConsequential: false), así que Copilot la ejecutaría sin preguntar al usuario. La Tienda de agentes lo rechaza. Tu desarrollador debe quitar la marca o ponerla en true.
store-consequential-actions-post = La operación { $operation } de "{ $file }" está marcada como sin consecuencias (x-openai-isConsequential: false), así que Copilot la ejecuta sin preguntar al usuario. Eso está bien para una búsqueda; si crea o envía algo, la Tienda de agentes lo rechaza y tu desarrollador debe quitar la marca.
store-da-actions-none = El agente de Copilot de "{ $file }" no tiene acciones (complementos de API). La Tienda de agentes pide que el uso principal de un agente se resuelva con acciones; un agente que solo responde a partir de orígenes de conocimiento aún puede pasar la revisión. Si el tuyo es un agente así, indícalo en las notas para la certificación.
store-da-graph-connectors-blank-listed = El agente de Copilot de "{ $file }" nombra conectores de Copilot concretos (conectores de Graph). Un agente de la Tienda de agentes debe dejar esta lista vacía, para usar todos los conectores de cada organización que lo instale. Tu desarrollador debe quitar las conexiones.
store-da-starters-count-outside = El agente de Copilot de "{ $file }" tiene { $count ->
    [0] ningún iniciador de conversación
    [one] un iniciador de conversación
   *[other] { $count } iniciadores de conversación
} (las indicaciones sugeridas que ven los usuarios al abrirlo). La Tienda de agentes exige de 3 a 6. Tu desarrollador debe { $fix ->
    [fewer] dejar como máximo 6
   *[more] agregar iniciadores hasta tener al menos 3
} en el archivo del agente.
store-dashboard-cards-two-icons = La tarjeta de panel { $number } indica a la vez una imagen (`iconUrl`) y un icono con nombre (`officeUIFabricIconName`); el servicio de carga lo rechaza. Deja solo uno de los dos.
store-dashboard-cards-same-id = La tarjeta de panel { $number } tiene el mismo Id. que una tarjeta anterior ("{ $id }"); el servicio de carga lo rechaza. Dale a cada tarjeta un Id. propio.
store-descriptions-short-is-name = La descripción corta es solo el nombre de la aplicación ("{ $short }"), así que la descripción completa la contiene. La revisión de la tienda pide una descripción corta que diga en una frase qué hace la aplicación y una descripción completa que diga más.
store-descriptions-full-contains-short = La descripción completa contiene la descripción corta entera ("{ $short }"). La revisión de la tienda pide una descripción completa que diga más que la corta, con sus propias palabras.
store-descriptions-too-long = La descripción completa tiene { $count ->
    [one] 1 palabra
   *[other] { $count } palabras
}; la revisión de la tienda pide como máximo 500.
store-https-urls-own-computer = { $field } apunta a { $advice }. Además, debe empezar por https://.
store-https-urls-not-secure = { $field } debe ser una dirección web segura que empiece por https://, como "{ $example }"; el valor actual es "{ $value }".
store-icon-color-not-png = El { $icon ->
    [color32x32] icono de color pequeño
    [outline] icono de contorno
   *[color] icono de color
} "{ $file }" no es una imagen PNG. Guárdalo como PNG, de { $want } × { $want } píxeles.
store-icon-color-size = El { $icon ->
    [color32x32] icono de color pequeño
    [outline] icono de contorno
   *[color] icono de color
} "{ $file }" mide { $width } × { $height } píxeles; debe medir exactamente { $want } × { $want }. Cambia su tamaño y vuelve a guardarlo.
store-icon-outline-damaged = El icono de contorno "{ $file }" es una imagen PNG dañada. Vuelve a guardarlo como PNG.
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = { $color } con una opacidad del { $opacity } %
store-icon-outline-not-white = El icono de contorno "{ $file }" debe ser blanco sobre un fondo transparente, pero el píxel en x { $x }, y { $y } (contando desde la esquina superior izquierda, desde 0) es { $color }. Haz que cada píxel sea blanco o totalmente transparente.
store-manifest-version-missing = El manifiesto no tiene formato de manifiesto (`manifestVersion`). Agrega el formato que sigue tu manifiesto, como "manifestVersion": "1.17" (las herramientas de tu desarrollador lo escriben), para que la tienda sepa qué reglas sigue el manifiesto.
store-manifest-version-unknown = "{ $format }" no es un formato de manifiesto publicado por Microsoft (son del 1.0 al 1.17, del 1.19 al { $newest } y devPreview). Establece `manifestVersion` en el formato que sigue tu manifiesto; hasta entonces, sus campos no se pueden comprobar con el esquema oficial.
store-manifest-version-preview = El manifiesto usa el formato de vista previa para desarrolladores (devPreview). Los formatos de vista previa sirven para hacer pruebas en tu propia organización; la tienda no los acepta. { $advice }
store-manifest-version-too-old = El manifiesto usa el formato { $format }; la tienda necesita el formato de manifiesto 1.10 o posterior. { $advice }
store-manifest-version-not-text = El formato del manifiesto (`manifestVersion`) debe ser un texto entre comillas dobles, como "1.17"; el valor actual es { $value }.
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = {" "}({ $list })
store-manifest-version-reason-list = { $list }; { $next }
store-manifest-version-needs = { $what } necesita el formato { $format }
store-manifest-version-not-below = tu manifiesto no cumple el esquema del formato { $format }
store-manifest-version-member-at = `{ $member }` ({ $place })
store-manifest-version-lacking = falta `{ $property }` en { $place }
store-manifest-version-move-to = Pasa al formato de manifiesto { $format }, el primer formato publicado que admite todo lo que usa tu manifiesto{ $reasons }: establece `manifestVersion` en "{ $format }" y `{ $schema_field }` en "{ $link }".
store-manifest-version-move-at-least = Pasa a un formato de manifiesto publicado: como mínimo el { $format }, el primero cuyo esquema conoce todos los campos de nivel superior que usa tu manifiesto{ $reasons }. Tal como está, el manifiesto aún no cumple ningún formato publicado, así que tu desarrollador también debe corregir lo que indique el esquema de ese formato.
store-manifest-version-unpublished = Tu manifiesto usa { $count ->
    [one] un campo
   *[other] campos
} que todavía no incluye ningún formato publicado ({ $fields }); las características que siguen en vista previa no se pueden publicar. Tu desarrollador { $count ->
    [one] lo quita
   *[other] los quita
} y después pasa el manifiesto a un formato publicado.
store-localization-tags-twice = El idioma "{ $language }" aparece dos veces entre las traducciones; entonces no está definido cuál de sus dos archivos muestra Teams. Deja una sola entrada para cada idioma.
store-long-description-copilot-missing = La descripción larga no menciona Copilot. En una aplicación con un agente de Copilot, la Tienda de agentes exige que la descripción larga diga que funciona en Microsoft 365 Copilot (por ejemplo, "Contoso en Microsoft 365 Copilot"). Agrega una frase que lo diga.
store-long-description-copilot-wording = La descripción larga menciona Copilot, pero no "Microsoft 365 Copilot", la expresión que usa el ejemplo de la Tienda de agentes ("Contoso en Microsoft 365 Copilot"). Otras expresiones pueden pasar la revisión; plantéate usarla.
store-me-sample-prompts-too-few = El comando de extensión de mensaje{ $named ->
    [yes] {" "}"{ $name }"
   *[no] {""}
} tiene { $count ->
    [one] 1 indicación de ejemplo
   *[other] { $count } indicaciones de ejemplo
} (los ejemplos que muestra Copilot). La Tienda de agentes exige al menos 3. Tu desarrollador debe agregar indicaciones que muestren lo que hace el comando.
store-me-sample-prompts-shared = La indicación de ejemplo "{ $prompt }" del comando de extensión de mensaje{ $named ->
    [yes] {" "}"{ $name }"
   *[no] {""}
} también es una indicación de ejemplo de otro comando. La Tienda de agentes exige que las indicaciones de cada comando sean solo suyas. Tu desarrollador debe escribir una indicación para este comando.
store-package-extra-files-unused = El paquete contiene { $count ->
    [one] 1 archivo
   *[other] { $count } archivos
} que el manifiesto no usa: { $files }. La tienda pide solo el manifiesto y los archivos que este nombra; quita los demás.
store-package-files-holder = El { $what } "{ $file }"
store-package-files-reference = { $holder } { $problem }
store-package-files-outside = nombra "{ $path }", que no es un archivo del paquete (una ruta del paquete se escribe en relación con el archivo que la nombra, con barras diagonales, y no sale del paquete). Tu desarrollador debe corregirla.
store-package-files-no-skill-folder = nombra la carpeta de habilidad "{ $path }", que no está en el paquete. Agrega la carpeta o corrige el nombre.
store-package-files-no-skill-file = nombra la carpeta de habilidad "{ $path }", que no tiene ningún archivo SKILL.md. Agrégalo (el nombre se escribe en mayúsculas).
store-package-files-other-case = nombra "{ $path }", pero el paquete contiene "{ $entry }": los nombres deben coincidir exactamente, también en mayúsculas y minúsculas.
store-package-files-missing = nombra "{ $path }", que no está en el paquete. Agrega el archivo o corrige el nombre.
store-package-files-leading-slash = "{ $path }" empieza por /; nombra el archivo en relación con el paquete, como "color.png".
store-package-files-backslash = "{ $path }" usa una barra diagonal inversa (\); las rutas del paquete usan barras diagonales, como "resources/color.png".
store-package-files-parent = "{ $path }" apunta fuera del paquete (..); pon el archivo en el paquete y nómbralo desde ahí.
store-package-files-manifest-other-case = el manifiesto nombra "{ $path }", pero el paquete contiene "{ $entry }": los nombres deben coincidir exactamente, también en mayúsculas y minúsculas.
store-package-files-manifest-missing = el manifiesto nombra "{ $path }", que no está en el paquete. Agrega el archivo o corrige el nombre.
store-package-files-in-field = { $field }: { $problem }
store-package-name-deprecated-unused = `packageName` ya no se usa a partir del formato de manifiesto 1.17 (el tuyo es el { $format }); puedes quitarlo.
store-package-size-too-large = El paquete de aplicación ocupa { $size } MB; los servicios de carga de Microsoft rechazan paquetes de más de 10 MB. Deja solo el manifiesto, los iconos y los archivos que nombra.
store-required-texts-empty = El campo { $field } está vacío. La tienda lo muestra a todos los que encuentran tu aplicación: rellénalo.
store-static-tab-names-reserved = La pestaña personal { $number } es la pestaña reservada "{ $entity }", a la que Teams pone nombre por sí mismo: quita su `name`.
store-static-tab-names-unnamed = La pestaña personal { $number } ("{ $entity }") no tiene nombre. Dale el nombre que ven los usuarios en la pestaña, como "Tareas".
store-valid-domains-domain = El dominio válido "{ $domain }" { $problem }
store-valid-domains-web-address = es una dirección web, no un dominio: escribe solo el dominio, como "tasks.contoso.com" (sin https:// ni ruta).

store-valid-domains-own-computer = es { $advice }.
store-valid-domains-too-wide = es demasiado amplio: abarcaría todos los sitios que tiene debajo. Nombra tu propio dominio, como "*.contoso.com".
store-valid-domains-already-allowed = es un dominio de Microsoft que Teams ya permite; quítalo de tu lista.
store-valid-domains-tunnel = es un túnel para hacer pruebas en tu propio equipo; la tienda lo rechaza. Reemplázalo por el dominio donde tu aplicación está hospedada de verdad.
store-valid-domains-sign-in = abarca el servicio de inicio de sesión de Microsoft, un dominio de Microsoft compartido por todas las aplicaciones; la tienda rechaza un comodín sobre él. Si la aplicación lo necesita para iniciar sesión, tu desarrollador nombra en su lugar la dirección exacta, como "{ $example }", o lo quita.
store-valid-domains-sharepoint-framework = abarca el SharePoint de todas las organizaciones; la tienda rechaza un comodín sobre él. Las páginas de tu aplicación están en el propio sitio de SharePoint de cada cliente (las direcciones de sus pestañas empiezan por {"{"}teamSiteDomain{"}"}), como en las aplicaciones creadas con SharePoint Framework, así que nombrar un solo sitio no puede funcionar: pide a tu desarrollador que siga la guía de Microsoft para publicar soluciones de SharePoint Framework, que explica cómo llega una aplicación así a cada cliente: { $guide }
store-valid-domains-sharepoint = abarca el SharePoint de todas las organizaciones; la tienda rechaza un comodín sobre él. Nombra exactamente tu propio sitio de SharePoint, como "contoso.sharepoint.com".
store-valid-domains-shared-hosting = abarca un dominio de Microsoft o de hospedaje compartido donde también están los sitios de otras personas. Nombra exactamente tu propio sitio, como "contoso-tasks.azurewebsites.net".
store-valid-domains-bad-wildcard = tiene un comodín en el lugar equivocado: `*` debe ser una parte completa a la izquierda, como "*.contoso.com".
store-valid-domains-coverage-own-computer = { $field } apunta a { $advice }. Una vez reemplazada la dirección, asegúrate de que el dominio de la nueva dirección esté en tu lista de dominios válidos.
store-valid-domains-coverage-not-listed = { $field } está en { $host }, que no está en tu lista de dominios válidos. Teams podría negarse a cargar la página: agrega "{ $host }" a validDomains.
store-version-major-zero = La versión { $version } empieza por 0, y la tienda no acepta versiones 0.x.y. Empieza en 1.0.0 (la siguiente versión de una aplicación publicada debe seguir siendo mayor que la publicada).

store-summary-template = Esto es una plantilla: { $count ->
    [one] 1 valor sigue conteniendo
   *[other] { $count } valores siguen conteniendo
} marcadores de posición como `{ $example }`. Comprueba en su lugar el paquete que genera tu compilación (por ejemplo, appPackage/build/appPackage.dev.zip).{ $caused ->
    [0] {""}
    [one] {" "}Otro problema en esos marcadores de posición se debe a ellos y desaparece con valores reales.
   *[other] {" "}Otros { $caused } problemas en esos marcadores de posición se deben a ellos y desaparecen con valores reales.
}
store-summary-none-found-in-format = No se encontraron problemas para la tienda (se comprobó con el formato oficial { $format } y las reglas de la tienda).
store-summary-none-found = No se encontraron problemas para la tienda (se comprobó con las reglas de la tienda).
store-summary-refused = La tienda rechazaría este { $package ->
    [package] paquete
   *[manifest] manifiesto
}: { $count ->
    [one] 1 problema
   *[other] { $count } problemas
}.
store-summary-manifest-alone = No se comprobaron los iconos ni los demás archivos del paquete, porque solo se indicó un manifest.json. Abre el paquete de aplicación .zip para comprobarlos también.
store-where-line-column = { $file }, línea { $line }, columna { $column }
store-where-file = { $file }
store-where-with-place = { $file } ({ $place })
store-own-computer-advice = "{ $host }", { $tail }
store-own-computer-tail = el propio equipo (o la red privada) de tu desarrollador, al que nadie más puede acceder: reemplázalo por la dirección donde está hospedada la aplicación

## Consent rules (src/rules/)
rule-addin-events-changed-title = El complemento de Office se inicia con un evento nuevo
rule-addin-events-changed-explanation = Un complemento de Office que se inicia por sí mismo con un evento al que antes no reaccionaba necesita que el administrador que lo implementó vuelva a aprobarlo; hasta entonces, las personas de esa organización no pueden usar el complemento actualizado. Entendemos los "eventos admitidos por el complemento" de Microsoft como los tipos de evento que lo inician; qué función controla un evento y cómo actúa Outlook ante él se indican solo en "Qué cambió".
rule-addin-office-apps-changed-title = El complemento de Office se ejecuta en otra aplicación de Office
rule-addin-office-apps-changed-explanation = Un complemento de Office que empieza a ejecutarse en otra aplicación de Office (Outlook, Excel, Word, PowerPoint) necesita que el administrador que lo implementó vuelva a aprobarlo; hasta entonces, las personas de esa organización no pueden usar el complemento actualizado. La guía de actualización de Microsoft incluye este cambio.
rule-bot-added-or-removed-title = Se agregó o se quitó un bot
rule-bot-added-or-removed-explanation = Un bot es la parte de una aplicación que chatea con las personas; agregar o quitar uno cambia lo que puede hacer la aplicación, así que Teams pide a todos los usuarios que vuelvan a aprobar la aplicación.
rule-bot-calling-or-video-changed-title = Cambió la compatibilidad de un bot con llamadas o video
rule-bot-calling-or-video-changed-explanation = Que un bot pueda participar en llamadas de audio o de video es un permiso que aceptan los usuarios; cambiarlo hace que Teams pida a todos los usuarios que vuelvan a aprobar la aplicación.
rule-bot-id-changed-title = Cambió el Id. de un bot
rule-bot-id-changed-explanation = El Id. del bot le indica a Teams con qué servicio de bot registrado se comunica la aplicación; un Id. nuevo significa otro bot, así que Teams pide a todos los usuarios que vuelvan a aprobar la aplicación.
rule-bot-notification-only-changed-title = Cambió la opción "solo notificaciones" de un bot
rule-bot-notification-only-changed-explanation = Un bot de solo notificaciones puede enviar mensajes, pero no recibirlos; cambiar esto cambia lo que puede hacer el bot, así que Teams pide a todos los usuarios que vuelvan a aprobar la aplicación.
rule-bot-supports-files-changed-title = Cambió la opción de uso compartido de archivos de un bot
rule-bot-supports-files-changed-explanation = Esta opción permite que un bot envíe y reciba archivos en los chats; cambiarla cambia a qué puede acceder el bot, así que Teams pide a todos los usuarios que vuelvan a aprobar la aplicación.
rule-channel-tab-added-title = Se agregó una pestaña de canal o grupo
rule-channel-tab-added-explanation = Una pestaña de canal o grupo permite que un equipo o un chat de grupo ancle una página de tu aplicación; agregar una hace que Teams pida a todos los usuarios que vuelvan a aprobar la aplicación.
rule-connector-added-title = Se agregó un conector
rule-connector-added-explanation = Un conector publica en un canal de Teams novedades de otro servicio; uno nuevo hace que Teams pida a todos los usuarios que vuelvan a aprobar la aplicación.
rule-message-extension-added-or-removed-title = Se agregó o se quitó una extensión de mensaje
rule-message-extension-added-or-removed-explanation = Una extensión de mensaje agrega comandos de búsqueda o de acción al cuadro donde las personas escriben sus mensajes; agregar o quitar una hace que Teams pida a todos los usuarios que vuelvan a aprobar la aplicación.
rule-personal-tab-added-title = Se agregó una pestaña personal
rule-personal-tab-added-explanation = Una pestaña personal es una página de tu aplicación en el espacio propio de cada usuario en Teams; agregar una hace que Teams pida a todos los usuarios que vuelvan a aprobar la aplicación.
rule-rsc-permissions-changed-title = Cambiaron los permisos sobre datos de equipos o chats (RSC)
rule-rsc-permissions-changed-explanation = Los permisos de consentimiento específico del recurso (RSC) permiten que tu aplicación lea o cambie datos de los equipos, chats o reuniones a los que se agrega; cambiarlos hace que Teams pida a los usuarios que vuelvan a aprobar la aplicación.
rule-web-application-info-changed-title = Cambió la configuración de inicio de sesión (webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo nombra la aplicación de Microsoft Entra con la que tu aplicación inicia la sesión de los usuarios y, por tanto, a qué datos puede llegar; cambiarlo hace que Teams pida a todos los usuarios que vuelvan a aprobar la aplicación.
rule-source-publishing-docs = Guía de Microsoft para actualizar una aplicación publicada
rule-source-admin-docs = Documentación de administración de Teams de Microsoft
rule-source-office-addin-docs = Guía de Microsoft para actualizar un complemento de Office
rule-bot-setting-turned = Se { $now ->
    [on] activó
   *[off] desactivó
} la opción "{ $setting }" del bot (antes estaba { $was ->
    [on] activada
   *[off] desactivada
})
rule-bot-setting-turned-developer = Bot `{ $bot }`: { $setting } ({ $field }) { $now ->
    [on] activado
   *[off] desactivado
} (antes: { $was ->
    [on] activado
   *[off] desactivado
})
rule-bot-setting-audio-calls = llamadas de audio
rule-bot-setting-video = video
rule-bot-setting-notifications-only = solo notificaciones
rule-bot-setting-file-sharing = uso compartido de archivos
rule-bot-removed = Se quitó un bot
rule-bot-removed-developer = Se quitó el bot `{ $bot }`
rule-bot-added = Se agregó un bot
rule-bot-added-developer = Se agregó el bot `{ $bot }`
rule-bot-id-changed-evidence = El bot tiene ahora otro Id., así que Teams lo ve como un bot distinto
rule-bot-id-changed-developer = El Id. del bot cambió de `{ $old }` a `{ $new }`
rule-channel-tab-added-evidence = Se agregó una pestaña que los equipos y los chats de grupo pueden anclar
rule-channel-tab-added-developer = La nueva versión tiene { $new ->
    [one] 1 pestaña de canal o grupo
   *[other] { $new } pestañas de canal o grupo
} (configurableTabs); la publicada tiene { $old }
rule-connector-added-evidence = Se agregó un conector
rule-connector-added-developer = Se agregó el conector `{ $connector }`
rule-message-extension-removed = Se quitó una extensión de mensaje{ $count ->
    [0] {""}
    [one] {" "}(comando { $commands })
   *[other] {" "}(comandos { $commands })
}
rule-message-extension-removed-developer = Se quitó la extensión de mensaje `{ $extension }`
rule-message-extension-added = Se agregó una extensión de mensaje{ $count ->
    [0] {""}
    [one] {" "}(comando { $commands })
   *[other] {" "}(comandos { $commands })
}
rule-message-extension-added-developer = Se agregó la extensión de mensaje `{ $extension }`
rule-personal-tab-added-named = Se agregó la pestaña personal { $name }
rule-personal-tab-added-unnamed = Se agregó una pestaña personal
rule-personal-tab-added-developer = Se agregó la pestaña personal `{ $tab }`
rule-rsc-permission-removed = La aplicación ya no solicita el permiso { $permission }{ $kind ->
    [Application] {" "}(para la propia aplicación)
    [Delegated] {" "}(en nombre del usuario que inició sesión)
   *[other] {""}
}
rule-rsc-permission-removed-developer = Se quitó el permiso `{ $permission }` ({ $kind })
rule-rsc-permission-added = La aplicación ahora solicita el permiso { $permission }{ $kind ->
    [Application] {" "}(para la propia aplicación)
    [Delegated] {" "}(en nombre del usuario que inició sesión)
   *[other] {""}
}
rule-rsc-permission-added-developer = Se agregó el permiso `{ $permission }` ({ $kind })
rule-sign-in-added = Se agregó configuración de inicio de sesión: la aplicación ahora inicia la sesión de los usuarios con una aplicación de Microsoft Entra
rule-sign-in-added-developer = Se agregó configuración de inicio de sesión (webApplicationInfo)
rule-sign-in-removed = Se quitó la configuración de inicio de sesión
rule-sign-in-removed-developer = Se quitó la configuración de inicio de sesión (webApplicationInfo)
rule-sign-in-changed = Cambió la configuración de inicio de sesión
rule-sign-in-changed-developer = Cambió la configuración de inicio de sesión (webApplicationInfo)
rule-sign-in-setting-changed = Cambió la configuración de inicio de sesión: { $setting }
rule-sign-in-setting-changed-developer = Configuración de inicio de sesión: webApplicationInfo.{ $key } cambió de { $old } a { $new }
rule-sign-in-value-none = (ninguno)
rule-sign-in-setting-id = la aplicación de Microsoft Entra con la que inician sesión los usuarios
rule-sign-in-setting-resource = la dirección del recurso en el que inician sesión los usuarios
rule-sign-in-setting-application-permissions = los permisos que tiene la aplicación para sí misma
rule-sign-in-setting-other = una opción de inicio de sesión

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = todo el archivo
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry } "{ $name }"
place-number = { $number }
change-line = { $kind ->
    [added] Agregado:
    [removed] Eliminado:
   *[changed] Cambiado:
} { $subject }
change-line-detail = { $kind ->
    [added] Agregado:
    [removed] Eliminado:
   *[changed] Cambiado:
} { $subject } ({ $detail })
change-told = { $subject }
change-told-detail = { $subject }: { $detail }
change-nothing = (nada)
change-quoted = "{ $text }"

change-was = antes { $old }
change-was-now = antes { $old }, ahora { $new }
change-same-entries-reordered = las mismas entradas en otro orden
change-file = archivo { $name }
change-file-new-content = contenido nuevo, sigue ocupando { $size }
change-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
change-value-empty = vacío
change-value-on = activado
change-value-off = desactivado
change-empty-list = una lista vacía
change-entries = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
change-entries-named = { $entries }: { $names }
change-settings = { $count ->
    [one] { $count } opción ({ $keys })
   *[other] { $count } opciones ({ $keys })
}
change-scope-personal = chats personales
change-scope-team = equipos
change-scope-group-chat = chats de grupo
change-scope-copilot = Copilot
change-and = { $head } y { $last }
change-permissions = { $count ->
    [one] Permiso { $names }
   *[other] Permisos { $names }
}
change-device-permissions = { $count ->
    [one] Permiso de dispositivo { $names }
   *[other] Permisos de dispositivo { $names }
}
change-valid-domains = Dominios válidos { $names }
change-permission = Permiso { $name }
change-permission-typed = Permiso { $name } ({ $kind })
change-device-permission = Permiso de dispositivo { $name }
change-valid-domain = Dominio válido { $name }
change-bot = Bot
change-bot-for = Bot para { $scopes }
change-personal-tab = Pestaña personal
change-personal-tab-named = Pestaña personal "{ $name }"
change-channel-tab = Pestaña de canal o grupo
change-channel-tab-at = Pestaña de canal o grupo configurada en { $url }
change-connector = Conector
change-connector-for = Conector para { $scopes }
change-message-extension = Extensión de mensaje
change-message-extension-commands = { $count ->
    [one] Extensión de mensaje con { $count } comando: { $titles }
   *[other] Extensión de mensaje con { $count } comandos: { $titles }
}
change-sign-in = Configuración de inicio de sesión
change-sign-in-app = Configuración de inicio de sesión para la aplicación de Microsoft Entra { $id }
change-sign-in-app-resource = Configuración de inicio de sesión para la aplicación de Microsoft Entra { $id } (recurso { $resource })
change-area-identity = Id. de la aplicación y versión
change-area-listing = Nombre, descripciones e iconos
change-area-capability = Lo que puede hacer la aplicación
change-area-agent = Agente de Copilot
change-area-other = Otras opciones
change-area-package-file = Archivos del paquete de aplicación
addin-comma-list = { $first }, { $rest }
addin-event-new-message-compose-created = se crea un mensaje nuevo
addin-event-new-appointment-organizer-created = se crea una convocatoria de reunión nueva
addin-event-message-attachments-changed = se agregan o se quitan datos adjuntos de un mensaje
addin-event-appointment-attachments-changed = se agregan o se quitan datos adjuntos de una convocatoria de reunión
addin-event-message-recipients-changed = cambian los destinatarios de un mensaje
addin-event-appointment-attendees-changed = cambian los asistentes de una reunión
addin-event-appointment-time-changed = cambia la fecha o la hora de una reunión
addin-event-appointment-recurrence-changed = cambia la periodicidad de una reunión
addin-event-info-bar-dismiss-clicked = alguien descarta una notificación del complemento
addin-event-message-sending = se está enviando un mensaje
addin-event-appointment-sending = se está enviando una convocatoria de reunión
addin-event-message-compose-opened = se abre un mensaje que se está redactando
addin-event-appointment-organizer-opened = se abre una convocatoria de reunión que se está redactando
addin-event-message-from-changed = cambia el remitente de un mensaje
addin-event-appointment-from-changed = cambia el organizador de una reunión
addin-event-message-read-with-custom-header = se lee un mensaje con un encabezado personalizado
addin-event-message-read-with-custom-attachment = se lee un mensaje con un dato adjunto personalizado
addin-event-spam-reporting = alguien marca un mensaje como correo no deseado
addin-event-document-opened = se abre un documento
addin-event-other = se produce el evento "{ $kind }"
addin-added = Se agregó un complemento de Office
addin-added-runs-in = Se agregó un complemento de Office: se ejecuta en { $applications }
addin-added-developer = Se agregó un complemento de Office (`extensions`), para { $scopes }
addin-added-developer-no-application = Se agregó un complemento de Office (`extensions`), para ninguna aplicación
addin-no-longer-limited-named = El complemento ya no se limita a las aplicaciones que nombraba
addin-no-longer-limited = El complemento ya no se limita a { $applications }
addin-no-longer-limited-developer = Se quitó `{ $path }`: la extensión se puede instalar en todas las aplicaciones de Office
addin-application-removed = El complemento ya no se ejecuta en { $application }
addin-application-removed-developer = Se quitó la aplicación `{ $scope }` (estaba en `{ $path }`)
addin-application-added = El complemento ahora también se ejecuta en { $application }
addin-application-added-developer = Se agregó la aplicación `{ $scope }` en `{ $path }`
addin-event-removed = El complemento ya no se inicia cuando { $event }
addin-event-removed-developer = Se quitó el evento `{ $kind }` (estaba en `{ $path }`)
addin-event-added = El complemento ahora se inicia por sí mismo cuando { $event }
addin-event-added-developer = Se agregó el evento `{ $kind }` en `{ $path }`
addin-send-mode-prompt-user = pregunta al usuario
addin-send-mode-soft-block = bloquea el envío salvo que el complemento no esté disponible
addin-send-mode-block = bloquea el envío
addin-send-mode-other = usa el modo de envío "{ $mode }"
addin-send-mode-none = no lo indica
addin-when-message-sending = se envía un mensaje
addin-when-appointment-sending = se envía una convocatoria de reunión
addin-option-absent = sin definir
addin-send-mode-changed = Cuando { $event }, el complemento ahora { $now } (antes: { $was })
addin-send-mode-changed-developer = Evento `{ $kind }`: `options.sendMode` ahora { $now } (antes { $was })
addin-header-none = ninguno
addin-header-changed = Cuando { $event }, el complemento ahora busca el encabezado { $now } (antes: { $was })
addin-header-changed-developer = Evento `{ $kind }`: `options.headerName` ahora { $now } (antes { $was })
addin-context-mail-read = lectura de correo
addin-context-mail-compose = redacción de correo
addin-context-meeting-organizer = organización de una reunión
addin-context-meeting-attendee = asistencia a una reunión
addin-context-document = el documento
addin-control-button = Botón
addin-control-menu = Menú
addin-control-menu-item = Elemento de menú
addin-on-ribbon = la cinta de opciones
addin-on-context-menu = el menú contextual
addin-entry-point-cell = una celda
addin-entry-point-text = el texto seleccionado
addin-where-context = { $place } ({ $context })
addin-control-removed = { $what } "{ $label }": ya no está en { $place }
addin-control-removed-developer = Se quitó el control `{ $id }` (estaba en `{ $path }`)
addin-control-renamed = { $what } "{ $old }": ahora se llama "{ $new }" en { $place }
addin-control-renamed-developer = Control `{ $id }`: cambió `label`
addin-control-added = { $what } "{ $label }": ahora está en { $place }
addin-control-added-developer = Se agregó el control `{ $id }` en `{ $path }`
addin-set-version = { $name } { $version }
addin-no-version = sin versión
addin-needs-removed = El complemento ya no necesita { $set }
addin-needs-removed-developer = Se quitó el conjunto de requisitos `{ $set }`
addin-needs-changed = El complemento ahora necesita { $set } (antes { $was })
addin-needs-changed-developer = Conjunto de requisitos `{ $set }`: `minVersion` ahora es { $now } (antes { $was })
addin-needs-added = El complemento ahora necesita { $set }
addin-needs-added-developer = Se agregó el conjunto de requisitos `{ $set }`
addin-form-factor-mobile = dispositivos móviles
addin-form-factor-desktop = equipos de escritorio
addin-form-factor-removed = El complemento ya no se ejecuta en { $factor }
addin-form-factor-removed-developer = Se quitó el factor de forma `{ $factor }`
addin-form-factor-added = El complemento ahora también se ejecuta en { $factor }
addin-form-factor-added-developer = Se agregó el factor de forma `{ $factor }`
addin-pages-no-longer = Las páginas del complemento ya no proceden de { $hosts }
addin-pages-now = Las páginas del complemento ahora proceden de { $hosts }
addin-pages-changed = Las páginas del complemento ahora proceden de { $hosts } (antes { $was })
addin-pages-developer = Hosts de `runtimes[].code` ahora: { $hosts } (antes { $was })
addin-shortcut = Método abreviado de teclado { $keys }
addin-shortcut-action = Método abreviado de teclado { $keys } ("{ $action }")
addin-get-started-message = Mensaje de introducción "{ $title }"
addin-custom-function = Función personalizada "{ $name }"
addin-named-removed = Eliminado: { $thing }
addin-named-removed-developer = Se quitó `{ $path }`
addin-named-added = Agregado: { $thing }
addin-named-added-developer = Se agregó `{ $path }`
addin-removed = Se quitó el complemento de Office
addin-removed-developer = Se quitó el complemento de Office (`extensions`)
addin-other-settings = Complemento de Office: { $count ->
    [one] cambió { $count } opción más
   *[other] cambiaron { $count } opciones más
}
addin-other-changes-developer = { $count ->
    [one] { $count } cambio más
   *[other] { $count } cambios más
} en `{ $path }`
addin-extensions-changed-developer = Cambió `extensions`
addin-extensions-changed-no-addin-developer = Cambió `extensions` (sin complemento de Office en ninguna de las dos versiones)
place-label-app-id = Id. de la aplicación
place-label-version = Versión
place-label-manifest-format-version = Versión del formato del manifiesto
place-label-manifest-schema-link = Vínculo del esquema del manifiesto
place-label-app-name = Nombre de la aplicación
place-label-description = Descripción
place-label-developer-details = Datos del desarrollador
place-label-icons = Iconos
place-label-accent-color = Color de énfasis
place-label-translations = Traducciones
place-label-package-name = Nombre del paquete
place-label-short-name = Nombre corto
place-label-full-name = Nombre completo
place-label-short-description = Descripción corta
place-label-full-description = Descripción completa
place-label-developer-name = Nombre del desarrollador
place-label-color-icon = Icono de color
place-label-outline-icon = Icono de contorno
place-label-bot = Bot
place-label-bots = Bots
place-label-message-extension = Extensión de mensaje
place-label-message-extensions = Extensiones de mensaje
place-label-connector = Conector
place-label-connectors = Conectores
place-label-personal-tab = Pestaña personal
place-label-personal-tabs = Pestañas personales
place-label-channel-group-tab = Pestaña de canal o grupo
place-label-channel-and-group-tabs = Pestañas de canal y de grupo
place-label-sign-in-settings = Configuración de inicio de sesión
place-label-team-and-chat-data-permissions = Permisos sobre datos de equipos y chats
place-label-permission = Permiso
place-label-permissions = Permisos
place-label-device-permission = Permiso de dispositivo
place-label-device-permissions = Permisos de dispositivo
place-label-valid-domain = Dominio válido
place-label-valid-domains = Dominios válidos
place-label-meeting-extension = Extensión de reunión
place-label-activity-feed-notifications = Notificaciones de la fuente de actividades
place-label-copilot-agents = Agentes de Copilot
place-label-copilot-extensions = Extensiones de Copilot
place-label-agent-connector = Conector de agente
place-label-agent-connectors = Conectores de agente
place-label-agent-skill = Habilidad del agente
place-label-agent-skills = Habilidades del agente
place-label-agentic-user-template = Plantilla de usuario agéntico
place-label-agentic-user-templates = Plantillas de usuario agéntico
place-label-extension = Extensión
place-label-outlook-and-office-extensions = Extensiones de Outlook y Office
place-label-dashboard-card = Tarjeta de panel
place-label-dashboard-cards = Tarjetas de panel
place-label-graph-connector = Conector de Graph
place-label-supported-channel-types = Tipos de canal admitidos
place-label-default-install-scope = Ámbito de instalación predeterminado
place-label-default-group-capability = Funcionalidad de grupo predeterminada
place-label-command = Comando
place-label-commands = Comandos
place-label-language = Idioma
place-label-languages = Idiomas
place-label-activity-type = Tipo de actividad
place-label-activity-types = Tipos de actividad
place-label-declarative-agent = Agente declarativo
place-label-declarative-agents = Agentes declarativos
place-label-parameter = Parámetro
place-label-parameters = Parámetros
place-label-command-list = Lista de comandos
place-label-command-lists = listas de comandos
place-label-file-sharing = uso compartido de archivos
place-label-notifications-only = solo notificaciones
place-label-audio-calls = llamadas de audio
place-label-video = video
place-label-page-address = dirección de la página
place-label-website-address = dirección del sitio web

place-label-setup-page-address = dirección de la página de configuración
place-label-search-address = dirección de búsqueda
place-label-privacy-statement-address = dirección de la declaración de privacidad
place-label-terms-of-use-address = dirección de los términos de uso
place-label-partner-network-id = Id. de Partner Network
place-label-bot-id = Id. del bot
place-label-tab-id = Id. de la pestaña
place-label-connector-id = Id. del conector
place-label-color-icon-setting = icono de color
place-label-outline-icon-setting = icono de contorno
place-label-resource-address = dirección del recurso
place-label-settings-can-be-changed = la configuración se puede cambiar
place-label-id = Id.
place-extension-number = número { $number } de la lista
input-manifest-field-problem = campo `{ $field }`: { $problem }
input-manifest-not-object = un manifiesto debe ser un objeto JSON (que empiece por `{"{"}`), pero este archivo es { $value }
input-manifest-not-list = debe ser una lista (`[ ... ]`), pero es { $value }
input-manifest-permission-not-object = cada permiso debe ser un objeto con `name` y `type`, pero este es { $value }
input-manifest-not-object-field = debe ser un objeto (`{"{"} ... {"}"}`), pero es { $value }
input-manifest-entry-not-object = cada entrada debe ser un objeto (`{"{"} ... {"}"}`), pero esta es { $value }
input-manifest-missing = falta; es obligatorio
input-manifest-not-text = debe ser texto entre comillas dobles, pero es { $value }
input-manifest-not-true-or-false = debe ser true o false (sin comillas), pero es { $value }
input-value-null = null (vacío)
input-value-true-or-false = { $value } (true o false)
input-value-number = el número { $number }
input-value-text = el texto "{ $text }"
input-value-text-shortened = el texto "{ $text }…"
input-value-list = una lista (`[ ... ]`)
input-value-object = un objeto (`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}y { $more } más
}
agent-value = { $value }
agent-quoted = "{ $text }"
agent-none = ninguno
agent-and = { $head } y { $last }
agent-from-to = de { $old } a { $new }
agent-was = antes { $old }
agent-were = antes { $old }
agent-characters = { $count ->
    [one] { $formatted } carácter
   *[other] { $formatted } caracteres
}
agent-new-wording = texto nuevo, sigue teniendo { $characters }
agent-it-calls = llama a { $host }
agent-folder = carpeta { $folder }
agent-key-schema = vínculo del esquema
agent-capability-web-search = búsqueda web
agent-capability-graphic-art = generación de imágenes
agent-capability-code-interpreter = intérprete de código
agent-capability-onedrive-sharepoint = archivos de SharePoint y OneDrive
agent-capability-graph-connectors = conectores de Copilot
agent-capability-teams-messages = mensajes de Teams
agent-capability-email = correo electrónico
agent-capability-email-actions = acciones de correo electrónico
agent-capability-people = personas
agent-capability-meetings = reuniones
agent-capability-meeting-actions = acciones de reunión
agent-capability-embedded-knowledge = archivos del paquete
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = modelos de escenario
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = clave de API
agent-sign-in-dynamic-registration = OAuth con registro dinámico de clientes
agent-sign-in-key-vault = una clave de Azure Key Vault
agent-sign-in-reference = { $kind } (Id. de referencia { $id })
agent-agent = agente { $name }
agent-action = la acción { $name }
agent-an-action = una acción
agent-copilot-extension = la extensión de Copilot de la aplicación
agent-connector = conector de agente { $name }
agent-custom-engine = agente de motor personalizado
agent-agentic-user-template = la plantilla de usuario agéntico { $name }
agent-api-of = la API de { $label }
agent-file-agent = agente de { $file }
agent-file-action = la acción de { $file }
agent-file-api = la descripción de API { $file }
agent-file-tools = la lista de herramientas MCP { $file }
agent-file-card = la plantilla de tarjeta { $file }
agent-file-response-template = la plantilla de respuesta { $file }
agent-file-agentic-user-template = la plantilla de usuario agéntico de { $file }
agent-setting-name = nombre
agent-setting-description = descripción
agent-setting-disclaimer = aviso de declinación de responsabilidades
agent-thing-skill = una habilidad
agent-thing-starter = un iniciador de conversación
agent-thing-tool = una herramienta
agent-thing-mcp-server = un servidor MCP
agent-thing-local-runtime = un entorno de ejecución en el dispositivo del usuario
agent-thing-api = una API
agent-added-to = { $what } en { $label }
agent-removed-from = { $what } de { $label }
agent-setting-of = { $what } de { $label }
agent-setting-added = { $what } en { $label }
agent-file-of = el archivo de { $label }
agent-format-of = la versión de formato de { $label }
agent-other-settings-of = otra configuración de { $label }
agent-other-details-of = otros detalles de { $label }
agent-copilot-added = un { $label } de Copilot
agent-copilot-removed = el { $label } de Copilot
agent-declared-how = la forma en que el manifiesto declara { $label }
agent-declared-from-preview = de su forma de vista previa (extensiones de Copilot) a agentes de Copilot
agent-custom-engine-added = un agente de motor personalizado (responde a través del bot de la aplicación)
agent-connector-added = un { $label }
agent-connector-removed = el { $label }
agent-mcp-server-of = el servidor MCP de { $label }
agent-sign-in-of = el inicio de sesión de { $label }
agent-sign-in-of-host = el inicio de sesión de { $label } para { $host }
agent-sign-in-of-number = el inicio de sesión de { $label } ({ $number })
agent-skill = una habilidad del agente
agent-skill-in-folder = la habilidad del agente en la carpeta { $folder }
agent-agentic-user-template-added = una plantilla de usuario agéntico { $name }
agent-instructions-of = las instrucciones de { $label }
agent-capability-from = una funcionalidad de { $label }
agent-capability-to = una funcionalidad en { $label }
agent-capability-settings-of = la configuración de { $capability } de { $label }
agent-starter-of = el iniciador de conversación { $starter } de { $label }
agent-worker-from = un agente de trabajo de { $label }
agent-worker-to = un agente de trabajo en { $label }
agent-action-from = una acción de { $label }
agent-action-to = una acción en { $label }
agent-function = { $name } ({ $description })
agent-function-from = una función de { $label }
agent-function-to = una función en { $label }
agent-function-of = la función { $name } de { $label }
agent-server-of = el servidor de { $label }
agent-servers-of = la lista de servidores de { $label }
agent-operation = { $operation } ({ $id })
agent-operation-from = una operación de { $label }
agent-operation-to = una operación en { $label }
agent-operations-changed = { $count ->
    [one] los detalles de una operación de { $label }
   *[other] los detalles de varias operaciones de { $label }
}
agent-tool-descriptions-of = las descripciones de herramientas de { $label }
agent-note-sign-in = Se pedirá a los usuarios que inicien sesión en { $host } la primera vez que el agente lo use.
agent-note-action-service = el servicio que hay detrás de la acción "{ $name }"
agent-note-new-host = El agente ahora envía solicitudes a { $host }.
agent-note-converted = Tu agente declarativo pasó a ser un agente de motor personalizado: se pide a los usuarios que revisen el nuevo agente y den su consentimiento, y tienen que volver a anclarlo.
agent-note-admin-approval = Cuando una organización implementa tu aplicación desde su centro de administración, un administrador aprueba cada actualización antes de que la reciban los usuarios.
agent-note-source-sign-in = Página de Microsoft sobre el inicio de sesión en acciones de agentes
agent-note-source-converted = Página de Microsoft sobre la conversión de un agente
agent-note-source-admin-approval = Centro de mensajes de Microsoft 365, MC1041454
agent-note-source-actions = Página de Microsoft sobre las acciones de agentes
agent-kind-agent = archivo de agente de Copilot
agent-kind-plugin = archivo de acción del agente (complemento de API)
agent-kind-openapi = archivo de descripción de API
agent-kind-mcp-tools = archivo de descripción de herramientas MCP
agent-kind-response-template = archivo de plantilla de respuesta
agent-kind-card = archivo de plantilla de tarjeta
agent-kind-agentic-user-template = archivo de plantilla de usuario agéntico
agent-kind-file = archivo
agent-file-unreadable = No se puede leer el { $what } "{ $name }": { $problem }. Tu desarrollador debe corregir el archivo.
agent-file-not-object = El { $what } "{ $name }" no contiene lo que debería (su contenido debe ser { $content }). Tu desarrollador debe corregir el archivo.
agent-file-content-yaml = un conjunto de valores con nombre
agent-file-content-json = un objeto JSON, entre {"{"} {"}"}
agent-file-openapi-format = La descripción de API "{ $name }" está en el formato { $format }; Copilot lee OpenAPI 3 (openapi: 3.0.x o 3.1.x). Tu desarrollador debe convertirla.
agent-file-not-openapi = La descripción de API "{ $name }" no es un documento OpenAPI 3 (no indica openapi: 3.x; un archivo Swagger 2.0 debe convertirse). Tu desarrollador debe convertirla.
agent-field-copilot-agents = agentes de Copilot
agent-field-copilot-extensions = extensiones de Copilot
agent-field-agent-connectors = conectores de agente
agent-field-agent-skills = habilidades del agente
agent-field-agentic-user-templates = plantillas de usuario agéntico

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = versión publicada
input-side-new = nueva versión
input-side-error = la { $side }: { $error }
input-error = { $file }: { $problem }. { $fix }
input-error-at = { $file }, { $place }: { $problem }. { $fix }
input-where-line-column = línea { $line }, columna { $column }
input-where-field = campo `{ $field }`
input-where-package-entry = entrada del paquete `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = esta herramienta se detuvo al leer el archivo (un error de esta herramienta, no un problema del archivo)
input-internal-fix = Vuelve a intentarlo; si vuelve a ocurrir, notifícalo.
input-not-found = el archivo no existe (puede que se haya movido, cambiado de nombre o eliminado)
input-not-found-fix = Vuelve a elegir el archivo.
input-permission-denied = no tienes permiso para leer este archivo
input-permission-denied-fix = Copia el archivo a un lugar donde puedas leerlo o pregunta a quien administre el equipo.
input-unreadable = no se pudo leer el archivo ({ $error })
input-unreadable-fix = Comprueba que el archivo siga ahí y se pueda leer y vuelve a intentarlo.
input-folder = esto es una carpeta, no un archivo
input-folder-fix = Elige el archivo manifest.json que contiene o el paquete de aplicación (.zip).
input-not-regular-file = esto no es un archivo normal (puede ser un dispositivo, una canalización o un acceso directo a uno de ellos)
input-not-regular-file-fix = Elige el propio archivo manifest.json o el propio paquete de aplicación (.zip).
input-manifest-too-large = el manifiesto ocupa más de los { $mebibytes } MiB que lee esta herramienta (un manifiesto real ocupa unos pocos kilobytes)
input-manifest-too-large-fix = Comprueba que elegiste el archivo correcto.
input-count-translation-files = { $count ->
    [one] 1 archivo de traducción
   *[other] { $count } archivos de traducción
}
input-count-other-files = { $count ->
    [one] 1 archivo más
   *[other] { $count } archivos más
}
input-package-only-manifest = Paquete de aplicación solo con el manifiesto
input-package-with = Paquete de aplicación con { $parts }
input-list-two = { $first } y { $last }
input-list-more = { $first }, { $rest }
input-bad-json = esto no es un JSON válido: { $problem }
input-bad-json-fix = Abre el archivo en un editor de texto, corrígelo en ese punto, guárdalo y vuelve a cargarlo.
input-bad-manifest-fix = Corrige ese campo en el manifiesto (el Portal para desarrolladores de Teams puede exportar uno válido), guarda y vuelve a cargarlo.
input-package-damaged = el paquete de aplicación está dañado o no es un archivo zip normal ({ $detail })
input-package-damaged-fix = Vuelve a descargar o a compilar el paquete (en el Portal para desarrolladores de Teams: Publicar › Descargar paquete de aplicación).
input-package-too-large = el paquete de aplicación ocupa más de { $mebibytes } MiB
input-package-too-large-fix = Un paquete de aplicación de Teams contiene un manifiesto y dos iconos pequeños; comprueba que elegiste el archivo correcto.
input-package-too-many-entries = el paquete de aplicación contiene { $entries } entradas; esta herramienta lee como máximo { $most }
input-package-too-many-entries-fix = Un paquete de aplicación de Teams contiene un manifiesto y unos pocos iconos; comprueba que elegiste el archivo correcto.
input-packaged-manifest-too-large = manifest.json ocupa más de los { $mebibytes } MiB que lee esta herramienta
input-package-unpacks-too-large = el paquete de aplicación ocupa más de { $mebibytes } MiB al descomprimirlo
input-package-unpacks-too-large-fix = Un paquete de aplicación de Teams contiene un manifiesto y unos pocos iconos pequeños; comprueba que elegiste el archivo correcto.
input-package-entry-damaged = esta entrada del paquete de aplicación está dañada y no se puede descomprimir ({ $error })
input-package-entry-damaged-fix = Vuelve a compilar o a descargar el paquete.
input-manifest-in-folder = manifest.json está dentro de una carpeta del paquete, pero Teams lo necesita en la raíz del paquete
input-manifest-in-folder-fix = Comprime los propios archivos (manifest.json y los iconos), no la carpeta que los contiene.
input-manifest-name-case = el manifiesto se llama `{ $name }`, pero Teams necesita exactamente `manifest.json` (todo en minúsculas)
input-manifest-name-case-fix = Cambia el nombre del archivo a manifest.json y vuelve a comprimir el paquete.
input-no-manifest = el paquete de aplicación no tiene manifest.json
input-no-manifest-fix = Un paquete de aplicación de Teams es un zip con manifest.json y sus iconos; elige un paquete creado para Teams o el propio manifest.json.
input-kind-empty = este archivo está vacío: no contiene ningún manifiesto
input-kind-png = esto es una imagen PNG, no un manifiesto
input-kind-jpeg = esto es una imagen JPEG, no un manifiesto
input-kind-gif = esto es una imagen GIF, no un manifiesto
input-kind-pdf = esto es un documento PDF, no un manifiesto
input-kind-word = esto es un documento de Word, no un manifiesto
input-kind-excel = esto es un libro de Excel, no un manifiesto
input-kind-powerpoint = esto es una presentación de PowerPoint, no un manifiesto
input-kind-old-office = esto es un documento de Microsoft Office, no un manifiesto
input-kind-other-archive = esto es un archivo comprimido de otro tipo (como .rar, .7z o .gz); un paquete de aplicación de Teams es un archivo .zip
input-kind-utf16 = este manifiesto está guardado como texto UTF-16, pero Teams solo lee manifiestos en UTF-8
input-kind-other-text = esto no es un manifiesto: un manifiesto de Teams es texto JSON que empieza por "{"{"}", y este archivo contiene otro texto (como un programa, una página web o notas)
input-kind-empty-fix = Elige manifest.json o el paquete de aplicación .zip. Si este es tu manifiesto, no se guardó: ábrelo en tu editor y vuelve a guardarlo.
input-kind-utf16-fix = Ábrelo en un editor de texto y guárdalo como UTF-8 (en el Bloc de notas: Archivo › Guardar como, Codificación: UTF-8) y vuelve a cargarlo.
input-kind-other-archive-fix = Elige manifest.json o el paquete de aplicación .zip (en el Portal para desarrolladores de Teams: Publicar › Descargar paquete de aplicación).
input-kind-fix = Elige manifest.json o el paquete de aplicación .zip.
input-json-error-at = línea { $line }, columna { $column }: { $problem }
input-json-not-utf8 = el archivo no es texto UTF-8 (puede que se haya guardado en otra codificación, como UTF-16 o Windows-1252, o que no sea un archivo de texto)
input-json-too-deep = hay objetos y listas anidados a más de { $levels } niveles de profundidad
input-json-comment = no se permiten comentarios en manifest.json; elimina el comentario (desde // hasta el final de la línea, o desde /* hasta */)
input-json-non-breaking-space = aquí hay un espacio de no separación invisible (U+00A0), donde JSON solo permite espacios normales (suele venir de copiar texto de una página web o de un documento); elimínalo y escribe un espacio normal
input-json-curly-double-quotes = las comillas tipográficas “ ” deben ser comillas rectas " (un procesador de textos las cambia mientras escribes); vuelve a escribir cada una como "
input-json-curly-single-quotes = las comillas tipográficas ‘ ’ deben ser comillas dobles rectas " (JSON no tiene comillas simples); vuelve a escribir cada una como "
input-json-invisible-character = aquí hay un carácter invisible (U+{ $code }), donde JSON solo permite espacios normales; elimínalo
input-json-missing-comma-end-of-line = falta una coma `,` al final de esta línea (o un corchete o una llave de cierre antes de ella)
input-json-last-comma = esta coma es la última antes de un corchete o una llave de cierre; quítala
input-json-trailing-comma = hay una coma justo antes de un corchete o una llave de cierre; quítala
input-json-key-not-string = un nombre no está entre comillas dobles (JSON necesita "nombre": valor), o sobra una coma
input-json-expected-value = aquí se esperaba un valor: texto entre comillas dobles, un número, true, false, null, una lista [ ] o un objeto {"{"} {"}"} (no se permiten comillas simples ni palabras sin comillas)
input-json-unclosed-string = a un valor de texto le falta la comilla doble de cierre
input-json-ends-too-early = el archivo termina demasiado pronto: falta un corchete o una llave de cierre
input-json-missing-comma = falta una coma antes de esto (o un corchete o una llave de cierre)
input-json-missing-colon = faltan los dos puntos `:` después de un nombre
input-json-trailing-characters = hay texto de más después del final del documento JSON
input-json-control-character = un valor de texto contiene un salto de línea o una tabulación sin escapar; escríbelo como \n o \t
input-json-invalid-escape = una barra diagonal inversa en un valor de texto inicia una secuencia de escape que JSON no conoce (escribe una barra diagonal inversa como \\)
input-json-bad-hex-escape = una secuencia de escape \u en un valor de texto está incompleta (un carácter fuera del rango básico necesita dos secuencias \u seguidas)
input-json-unknown-word = aquí hay una palabra que no se entiende: solo true, false y null se escriben sin comillas; pon el texto entre comillas dobles
input-json-invalid-number = un número está escrito de una forma que JSON no acepta (sin ceros a la izquierda, sin signo +, con dígitos a ambos lados del punto decimal)
input-json-other = JSON no se escribe así ({ $detail })
input-yaml-not-utf8 = el archivo no es texto UTF-8
input-yaml-invalid = esto no es un YAML válido: { $detail }
input-yaml-too-many-values = el documento contiene demasiados valores (más de un millón, contando las partes repetidas); un documento OpenAPI es mucho más pequeño

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = La versión publicada que abriste no es el paquete que está en la tienda: { $reason }. Por eso, este informe no puede decir qué problemas aceptó antes la tienda. Abre en su lugar el paquete que tiene la tienda: en el Centro de partners, descarga el paquete de aplicación de la versión activa (o usa el .zip que cargaste la última vez).
report-not-store-package-app-id = su Id. de aplicación es "{ $id }", no el Id. de una aplicación publicada
report-not-store-package-format = usa el formato de manifiesto "{ $format }", que la tienda no acepta
report-not-store-package-placeholder = contiene marcadores de posición que rellenan las herramientas de compilación, como "{ $placeholder }"
report-no-link-app-id-changed = No hay vínculo de descarga: el Id. de la aplicación cambió, y un vínculo al Id. nuevo apuntaría a una aplicación que la tienda no tiene. Vuelve a poner el Id. de la aplicación publicada para obtener el vínculo.
report-no-link-not-an-app-id = No hay vínculo de descarga: el Id. de aplicación "{ $id }" no es un Id. de aplicación real (un GUID como 0b5c3d6e-1234-4abc-9def-00112233aabb). El vínculo usa el Id. del paquete que envías.
render-date = { $day }/{ $month }/{ $year }
button-default-label = Obtenlo en Microsoft Teams
button-style-purple = Morado
button-style-outline = Contorno
button-style-dark = Oscuro
button-size-small = Pequeño
button-size-medium = Mediano
button-size-large = Grande
button-unknown-style = estilo desconocido "{ $style }"; elige purple, outline o dark
button-unknown-size = tamaño desconocido "{ $size }"; elige small, medium o large
button-not-an-app-id = "{ $text }" no es un Id. de aplicación: un Id. de aplicación tiene este aspecto: 0b5c3d6e-1234-4abc-9def-00112233aabb. Usa el Id. del Portal para desarrolladores de Teams o del Centro de partners (el Id. de la tienda).
button-empty-label = el texto del botón está vacío: escribe el texto que debe mostrar el botón, por ejemplo "{ $example }"

guide-fixer-app-window-portal = Puedes corregirlo aquí: Guardar una copia corregida (o en el Portal para desarrolladores: abre tu aplicación y ve a { $place })
guide-fixer-app-window = Puedes corregirlo aquí: Guardar una copia corregida
guide-fixer-app-terminal-portal = Tú: ejecuta teams-update-check fix con el archivo publicado y el nuevo para guardar una copia corregida, o en el Portal para desarrolladores: abre tu aplicación y ve a { $place }
guide-fixer-app-terminal = Tú: ejecuta teams-update-check fix con el archivo publicado y el nuevo para guardar una copia corregida
guide-fixer-portal-place = Tú, en el Portal para desarrolladores (abre tu aplicación y ve a { $place })
guide-fixer-portal = Tú, en el Portal para desarrolladores
guide-fixer-developer = Tu desarrollador

guide-already-published = Ya está en tu versión publicada: la tienda lo aceptó antes, pero vuelve a comprobar el paquete entero en cada actualización, así que ahora podría rechazarlo.
guide-step-nothing-to-submit = Haz tus cambios, sube el número de versión y vuelve a comprobar el nuevo paquete.
guide-step-fix-window = Corrige { $count ->
    [one] el problema indicado arriba
   *[other] los { $count } problemas indicados arriba
}. Cada uno dice quién puede corregirlo; cópialos para tu desarrollador con "Copiar para mi desarrollador".
guide-step-fix-document = Corrige { $count ->
    [one] el problema indicado arriba
   *[other] los { $count } problemas indicados arriba
}. Cada uno dice quién puede corregirlo; la lista "Para tu desarrollador" está lista para enviársela a tu desarrollador.
guide-step-check-again-window = Después, abre aquí el paquete corregido como nueva versión y vuelve a comprobarlo antes de enviarlo.
guide-step-check-again-document = Después, vuelve a comprobar el paquete corregido con Teams Update Check antes de enviarlo.
guide-step-open-offer = En el Centro de partners, abre la oferta de tu aplicación y actualízala desde la tarjeta de la aplicación en la pestaña Información general. No uses nunca "Agregar una nueva aplicación": eso crea una segunda aplicación en lugar de una actualización.
guide-step-upload = Carga este paquete. Deja el Id. de la aplicación tal como está: la tienda reconoce tu aplicación por él.
guide-step-tested-again = Esta actualización cambia lo que puede hacer la aplicación, así que Microsoft vuelve a probarla antes de publicarla. Pega las notas para la certificación de abajo en el campo de notas para la certificación, para que los revisores sepan qué probar.
guide-step-listing-only = Esta actualización solo cambia la ficha y la versión de la aplicación. Aun así, Microsoft revisa cada actualización antes de publicarla; las notas para la certificación de abajo dicen qué cambió.
guide-step-users-approve = Una vez publicada, los usuarios existentes reciben la actualización después de volver a aprobar la aplicación; la nota de la versión de abajo les explica qué esperar.
guide-step-admin-approves = Una vez publicada, las organizaciones cuyo administrador implementó el complemento solo la reciben después de que el administrador vuelva a aprobar esta actualización: hasta entonces, las personas de esa organización no pueden usar el complemento actualizado. La nota de la versión de abajo explica a los administradores qué esperar.
guide-step-users-not-asked = Una vez publicada, no se pide a los usuarios existentes que vuelvan a aprobar la aplicación.
guide-step-users-automatic = Una vez publicada, los usuarios existentes reciben la actualización automáticamente.
guide-agent-admin-approves = Cuando una organización implementa tu aplicación desde su centro de administración, un administrador aprueba cada actualización del agente de Copilot antes de que la reciban los usuarios.
guide-step-organization-only = ¿La aplicación solo está publicada en tu organización (no en la tienda)? Carga el paquete en el Centro de administración de Teams (Administrar aplicaciones › tu aplicación › Cargar archivo) o en el Portal para desarrolladores.
report-verdict-ready = Lista para enviar
report-verdict-nothing-to-submit = No cambió nada: no hay ninguna actualización que enviar
report-verdict-blocked = Corrige { $count ->
    [one] 1 problema
   *[other] { $count } problemas
} antes de enviar
report-users-asked = Se pedirá a los usuarios existentes que vuelvan a aprobar la aplicación.
report-admin-asked = Organizaciones cuyo administrador implementó el complemento: el administrador tiene que volver a aprobar esta actualización antes de que las personas de la organización puedan usar el complemento actualizado.
report-two-sentences = { $first } { $second }
report-consent-nothing-changed = No cambió nada, así que los usuarios existentes no tienen nada que aprobar.
report-consent-users-not-asked = No se pide a los usuarios existentes que vuelvan a aprobar la aplicación.
report-consent-users-automatic = Los usuarios existentes reciben esta actualización automáticamente (no hace falta una nueva aprobación).
report-consent-summary-none = Ninguno de los { $total } cambios que necesitan aprobación está en esta actualización: los usuarios existentes la reciben sin una nueva solicitud.
report-consent-summary = { $count ->
    [one] 1 de los { $total } cambios que necesitan aprobación está en esta actualización.
   *[other] { $count } de los { $total } cambios que necesitan aprobación están en esta actualización.
}
report-consent-others-none = Ninguno de los { $count } cambios que necesitan aprobación está en esta actualización
report-consent-others = { $count ->
    [one] El otro cambio que necesita aprobación no está en esta actualización
   *[other] Los otros { $count } cambios que necesitan aprobación no están en esta actualización
}
report-who-users-and-admin = A quién se le pide: a todos los usuarios existentes y al administrador que implementó el complemento de Office
report-who-admin = A quién se le pide: al administrador que implementó el complemento de Office en la organización, no a cada usuario
report-who-users = A quién se le pide: a todos los usuarios existentes
report-consent-title = ¿Se pedirá a los usuarios o al administrador que vuelvan a aprobar la aplicación?
report-consent-intro = Algunos cambios hacen que Teams muestre a todos los usuarios existentes una solicitud para volver a aprobar la aplicación (dar su consentimiento). En cambio, los cambios en un complemento de Office hacen que tenga que volver a aprobarlo el administrador que lo implementó.
report-consent-others-hint = Ninguno de estos está en esta actualización. Abre uno para leer qué significa.
report-store-title = ¿La aceptará la tienda?
report-store-warnings-title = { $count ->
    [one] 1 aspecto que conviene revisar (no bloquea la actualización)
   *[other] { $count } aspectos que conviene revisar (no bloquean la actualización)
}
report-store-template-findings = { $count ->
    [one] Mostrar el hallazgo que provoca
   *[other] Mostrar los { $count } hallazgos que provoca
}
report-microsofts-rule = Regla de Microsoft
guide-notes-the-app = La aplicación
guide-notes-versions = { $app }: actualización de la versión { $old } a la { $new }.
guide-notes-capabilities = Lo que puede hacer la aplicación
guide-notes-agent = Agente de Copilot
guide-notes-listing = Nombre, descripciones, iconos y archivos
guide-notes-heading = { $title }:
guide-notes-users-asked = Se pedirá a los usuarios existentes que vuelvan a aprobar la aplicación: { $rules }.
guide-notes-admin-asked = El administrador que implementó el complemento de Office tiene que volver a aprobarlo: { $rules }.
guide-release-our-app = nuestra aplicación
guide-release-users-opening = { $app } { $version } llegará pronto a Microsoft Teams. Cuando esté disponible, Teams te pedirá que vuelvas a aprobar { $app } antes de poder usar la nueva versión. Es lo esperado: la actualización cambia lo que puede hacer la aplicación.
guide-release-users-heading = Qué cambia para ti:
guide-release-admin-opening = { $app } { $version } está en camino. Su complemento de Office cambia de una forma que necesita la aprobación de tu administrador: el administrador que implementó el complemento en tu organización tiene que volver a aprobar esta actualización y, hasta entonces, las personas de la organización no pueden usar el complemento actualizado. Es lo esperado: la actualización cambia dónde o cuándo se ejecuta el complemento.
guide-release-admin-heading = Qué cambia:
guide-release-users-asked = A quién se le pide: a todas las personas que usan la aplicación en Teams.
guide-release-team-owner = La nueva pestaña para equipos y chats de grupo la agrega un propietario del equipo o un miembro del chat, en el canal o el chat donde la quiera.
guide-release-for-admins = Para los administradores de TI: esta actualización cambia la configuración de inicio de sesión de la aplicación o los permisos que solicita. Revísalos en el Centro de administración de Teams: Administrar aplicaciones › { $app } › Permisos, donde puedes conceder el consentimiento en nombre de tu organización.
guide-release-addin-admins = Para los administradores de TI que implementaron el complemento de Office: vuelve a aprobar esta actualización del complemento; hasta que lo hagas, las personas de tu organización no pueden usar el complemento actualizado.
guide-release-admin-asked = A quién se le pide: al administrador que implementó el complemento en tu organización, no a cada usuario.
guide-handoff-the-app = la aplicación
guide-handoff-intro = Teams Update Check encontró { $count ->
    [one] 1 problema
   *[other] { $count } problemas
} en { $file } ({ $app } { $version }) que la tienda rechazaría. { $count ->
    [one] Corrígelo
   *[other] Corrígelos
}, por favor:
guide-handoff-where = Dónde: { $place }
guide-handoff-who = Quién: { $who }
guide-handoff-rule = Regla: { $rule }
guide-handoff-check = { $title }: { $message }
guide-handoff-manifest-field = manifest.json, campo "{ $field }"
guide-handoff-file-line = { $file }, línea { $line }, columna { $column }
guide-handoff-note = Nota: { $note }
report-next-steps-title = Qué hacer a continuación
report-certification-notes-lead = Un borrador para las notas para la certificación en el Centro de partners: qué cambió en esta actualización. Agrega cómo iniciar sesión y cómo probarla.
report-certification-notes-title = Notas para la certificación
report-certification-notes-copy = Copiar notas para la certificación
report-release-note-admin = El administrador que implementó el complemento tiene que volver a aprobar esta actualización. Envía esta nota a los administradores de TI de tus clientes antes de que llegue la actualización.
report-release-note-both = Se pedirá a los usuarios existentes que vuelvan a aprobar la aplicación, y el administrador que implementó el complemento también tiene que volver a aprobarlo. Envía esta nota a tus usuarios y a sus administradores de TI antes de que llegue la actualización.
report-release-note-users = Se pedirá a los usuarios existentes que vuelvan a aprobar la aplicación. Envíales esta nota (también a sus administradores de TI) antes de que llegue la actualización.
report-release-note-title = Avisa a tus usuarios
report-release-note-copy = Copiar nota de la versión
report-attention-title = Corrige esto antes de enviar
report-attention-intro = Cada problema dice quién puede corregirlo. Corrígelos y vuelve a comprobar el paquete corregido.
report-handoff-lead = Pásale la lista a tu desarrollador: indica dónde está cada problema (archivo, línea, columna) y la regla de Microsoft, lista para pegarla en un correo o en una incidencia.
report-handoff-title = Para tu desarrollador
report-handoff-copy = Copiar para mi desarrollador
report-checks-title = Versión e Id. de la aplicación
report-checks-intro = Microsoft exige que una actualización mantenga el Id. de la aplicación y suba el número de versión con cualquier cambio, incluso del nombre o de la descripción.
report-agent-notes-title = Lo que notarán tus usuarios
report-agent-notes-intro = Sobre el agente de Copilot de esta actualización. A título informativo: esto no cambia si los usuarios deben volver a aprobar la aplicación.
report-area-identity-hint = El Id. de la aplicación, su número de versión y la versión del formato del manifiesto
report-area-listing-hint = Lo que las personas ven en la tienda: nombre, descripciones, datos del desarrollador, iconos, colores
report-area-capability-hint = Lo que puede hacer la aplicación en Teams y Office: bots, pestañas, extensiones de mensaje, conectores, inicio de sesión, permisos, el complemento de Office
report-area-package-file-hint = Archivos del paquete de aplicación .zip aparte de manifest.json, como iconos y traducciones
report-area-agent-hint = El agente de Copilot: sus instrucciones, funcionalidades, acciones y los servidores a los que llama
report-area-other-hint = Otras opciones del manifiesto
report-changes-nothing = Nada: las dos versiones son iguales.
report-download-title = Vínculo de descarga para tu sitio web
report-download-window = Pon en tu sitio web un botón que abra tu aplicación en la Tienda de Teams; la ventana crea su HTML por ti.
report-download-terminal = Pon en tu sitio web un botón que abra tu aplicación en la Tienda de Teams; ejecuta teams-update-check button con el archivo nuevo para imprimir su HTML.
report-download-document = Pon en tu sitio web un botón que abra tu aplicación en la Tienda de Teams; Teams Update Check crea su HTML por ti.
report-nothing-note = Las dos versiones son iguales. Haz tus cambios, sube el número de versión y vuelve a comprobar.
report-error-title = Qué salió mal
report-error-note = Corrige el archivo (o elige el correcto) y vuelve a comprobar.
report-row-file = Archivo
report-row-app-name = Nombre de la aplicación
report-row-app-id = Id. de la aplicación
report-row-version = Versión
report-row-manifest-format = Formato del manifiesto
report-full-value = Valor completo de { $subject }
report-changes-title = Qué cambió ({ $count })
report-changes-area = { $area } ({ $count })
report-error-headline = No se pudo cargar la { $side }
report-error-note-file = { $file } es la { $side }. Todavía no se comparó nada.
render-unnamed-app = aplicación sin nombre
render-published-new = Publicada: { $published }   Nueva: { $new }
render-label-note = Nota:
render-label-sources = Fuentes:
render-label-where = Dónde:
render-label-who = Quién puede corregirlo:
render-label-why = Por qué:
render-label-developers = Para desarrolladores:
render-title = Comprobación de la actualización de Teams: { $headline }
render-column-published = Publicada
render-column-new = Nueva
render-verdict = Veredicto
render-footer = Creado con Teams Update Check, que comprueba la actualización de una aplicación de Microsoft Teams antes de enviarla a la tienda. Leyó los archivos en el equipo donde se ejecutó y no envió nada a ninguna parte.
render-title-app = { $app } — Comprobación de la actualización de Teams: { $headline }
render-teams-update-check = Comprobación de la actualización de Teams
render-report = Informe
render-button-preview = El botón de descarga, tal como se ve en un sitio web:
fix-version-not-raised = No se pudo subir la versión automáticamente, porque la versión publicada "{ $published }" no está formada por números y puntos (o un número es demasiado largo).
fix-who-type-version = Tú: escribe la nueva versión (mayor que la publicada) en el Portal para desarrolladores o indícala con --new-version.
fix-what-version = La versión
fix-typed-version-form = La versión "{ $version }" no son tres números enteros separados por puntos, como 1.4.2. Escríbela así (sin letras ni ceros a la izquierda).
fix-typed-version-not-higher = La versión { $version } no es mayor que la publicada, { $published }. Escribe una mayor.
fix-what-unused-files = Archivos que el paquete no usa
fix-unused-files-before = { $count ->
    [one] 1 archivo
   *[other] { $count } archivos
}: { $names }
fix-unused-files-after = se dejaron fuera
fix-what-package-files = Los archivos del paquete
fix-folder-before = en la carpeta "{ $folder }"
fix-folder-after = en la raíz del paquete, donde Teams los busca
fix-package-damaged = No se pudo volver a escribir el paquete, porque una de sus entradas está dañada ({ $error }). Vuelve a compilar o a descargar el paquete.
fix-folder-damaged = No se pudieron sacar los archivos del paquete de su carpeta, porque una entrada está dañada ({ $error }). Vuelve a compilar o a descargar el paquete.
fix-output-is-input = es uno de los archivos que se están comprobando; la copia corregida nunca los reemplaza, elige otro nombre
fix-schema-preview = el manifiesto usa el formato de vista previa devPreview, que la tienda rechaza; hacer que el vínculo apunte a él alejaría aún más el paquete de lo que la tienda acepta. Primero pasa el manifiesto a un formato publicado (consulta "El manifiesto usa un formato que la tienda acepta"), con su vínculo
fix-schema-unknown-format = el formato del manifiesto (manifestVersion) no es uno de los que publicó Microsoft, así que no hay ningún vínculo oficial que usar
fix-schema-not-text = el vínculo está, pero no es un texto, así que no se sabe qué pretendía decir
fix-schema-not-fixed = El vínculo del esquema de "{ $file }" no se corrigió: { $reason }.
fix-who-developer = Tu desarrollador.
fix-schema-missing = falta
fix-what-schema-link = El vínculo del esquema ({ $field }) de "{ $file }"
fix-icon-outline = icono de contorno
fix-icon-color = icono de color
fix-icon-small-color = icono de color pequeño
fix-who-icon-maker = Quien diseñe tus iconos (o tu desarrollador).
fix-icon-not-fixed = El { $icon } "{ $file }" no se corrigió: { $reason }
fix-icon-shared = el mismo archivo es también el { $other }, que necesita otro tamaño u otro color; cada icono necesita su propio archivo.
fix-icon-not-png = no es una imagen PNG; primero guárdalo como PNG.
fix-icon-not-square = mide { $width } × { $height } píxeles y no es cuadrado; cambiarlo a { $want } × { $want } deformaría la imagen, y recortarlo necesita el ojo de una persona.
fix-icon-too-large = mide { $width } × { $height } píxeles, demasiado grande para abrirlo de forma segura (un icono mide { $want } × { $want }).
fix-icon-damaged = es una imagen PNG dañada que no se puede abrir.
fix-icon-no-transparency = no tiene ningún píxel transparente, así que volverlo blanco daría un cuadrado blanco. El icono de contorno debe ser la forma de la aplicación en blanco sobre un fondo transparente.
fix-icon-not-saved = la imagen redimensionada no se pudo guardar como PNG.
fix-icon-size = { $width } × { $height } píxeles
fix-icon-whitened = { $want } × { $want } píxeles, blanco sobre transparente ({ $count ->
    [one] 1 píxel pasado a blanco
   *[other] { $count } píxeles pasados a blanco
}, transparencia conservada)
fix-what-icon = El { $icon } "{ $file }"
report-mark-ok = Correcto
report-mark-fix = Corregir
report-mark-warn = Revisar
report-mark-skip = No es necesario
report-mark-info = Nota
report-mark-step = Siguiente
report-mark-yes = Sí
report-mark-no = No
report-mark-added = Agregado
report-mark-removed = Eliminado
report-mark-changed = Cambiado
punctuation-colon = {": "}
report-tag-pass = CORRECTO
report-tag-fix = CORREGIR
report-tag-warn = REVISAR
report-tag-skip = NO NECESARIO
report-tag-note = NOTA
report-tag-next = SIGUIENTE
report-tag-yes = SÍ
report-tag-no = no
store-consequence-unused-files = { $count ->
    [one] Por eso, el paquete ya no usa { $files }, que la versión publicada sí usaba. Cuando lo corrijas, se volverá a usar, así que no lo quites.
   *[other] Por eso, el paquete ya no usa { $files }, que la versión publicada sí usaba. Cuando lo corrijas, se volverán a usar, así que no los quites.
}
report-files-not-compared = Los iconos y demás archivos del paquete no se compararon, porque se indicó un manifest.json en lugar de un paquete. Abre los dos paquetes de aplicación .zip para compararlos.
change-value-before = Antes
change-value-now = Ahora
report-finding-place = { $place }, en { $file }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = Información básica › Versión
portal-basic-app-names = Información básica › Nombres de la aplicación
portal-basic-descriptions = Información básica › Descripciones

portal-basic-developer-information = Información básica › Información del desarrollador
portal-branding-color-icon = Personalización de marca › Icono de color
portal-branding-outline-icon = Personalización de marca › Icono de contorno
portal-features-bot = Características de la aplicación › Bot
portal-features-personal-app = Características de la aplicación › Aplicación personal

## Command line (src/cli.rs, src/cli/)
cli-error = error: { $error }
cli-unknown-language = error: --lang: "{ $tag }" no es un idioma que hable esta aplicación. Elige uno de estos: { $tags }.
cli-nothing-fixed = No se pudo corregir nada automáticamente, así que no se guardó ninguna copia.
cli-copy-not-saved = error: no se pudo guardar la copia corregida como { $path } ({ $error }). Elige otro lugar con --output o comprueba que haya espacio en el disco y que se pueda escribir en la carpeta.
cli-copy-saved = Se guardó una copia corregida: { $path }
cli-fixed-heading = Corregido ({ $count }):
cli-fixed-step = { $what }: antes { $before }, ahora { $after }
cli-not-fixed-heading = Sin corregir aquí ({ $count }):
cli-problem = Problema
cli-not-fixed-item = { $title }: { $message }
cli-who-can-fix = Quién puede corregirlo: { $who }
cli-fix-result = { $which ->
    [fixed] La copia corregida
   *[new] La nueva versión
}: { $headline }
cli-output-not-written = error: no se pudo escribir la salida ({ $error }). Comprueba que haya espacio en el disco y que se pueda escribir el archivo.
cli-could-not-load-side = error: no se pudo cargar el archivo de la { $side }: { $error }
cli-could-not-load = error: no se pudo cargar { $file }: { $error }
cli-input-error-at = { $place }: { $problem }. { $fix }
cli-input-error = { $problem }. { $fix }
cli-app-id-error = error: --app-id: { $error }
cli-app-id-in-file = error: el Id. de la aplicación en { $path }: { $error } (o indica el Id. con --app-id).
cli-label-error = error: --label: { $error }
cli-no-window-in-build = Esta compilación de teams-update-check no tiene ventana (se compiló sin la característica `gui`). Usa `teams-update-check check OLD NEW`; consulta `teams-update-check --help`.
cli-no-display = error: no se encontró ninguna pantalla, así que la ventana no se puede abrir (parece un servidor, un contenedor o un shell remoto sin escritorio). La línea de comandos funciona sin pantalla: ejecuta `teams-update-check check PUBLISHED NEW` (consulta `teams-update-check --help`).
cli-window-not-opened = error: no se pudo abrir la ventana: no se encontró ninguna pantalla, o los gráficos del equipo no pudieron iniciarla. La línea de comandos funciona sin ventana: ejecuta `teams-update-check check PUBLISHED NEW` (consulta `teams-update-check --help`).

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = Versión { $version }
app-close = Cerrar
app-cancel = Cancelar
app-where = Dónde: { $place }
app-the-file = el archivo
app-the-app = la aplicación
app-copied = { $what }: copiado en el Portapapeles
app-clipboard-failed = No se pudo usar el Portapapeles ({ $error }). Selecciona el texto de abajo y cópialo a mano.
app-no-clipboard = no hay Portapapeles

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = Tus archivos se quedan en este equipo: no se carga nada. Los archivos solo se leen, nunca se modifican.
app-tagline = Comprueba la actualización de tu aplicación de Teams antes de enviarla
app-about = Acerca de
app-about-hover = Versión, licencia y qué hace la aplicación con tus archivos
app-language = Idioma
app-language-hover = El idioma de la ventana y de los informes que exporta
app-language-system = Igual que este equipo ({ $language })
app-export = Exportar informe…
app-export-hover = Guarda este informe como Markdown o HTML ({ $shortcut })
app-export-disabled-hover = Abre primero las dos versiones
app-try-example = Probar un ejemplo
app-try-example-hover = Carga una actualización de ejemplo integrada que necesita la aprobación de los usuarios
app-paste-path-first = Primero pega la ruta completa del archivo.
app-no-file-dialog = No se pudo abrir ningún cuadro de diálogo de archivos en este equipo. Arrastra el archivo a la ventana o pega su ruta completa en la tarjeta.
app-fixed-copy-saved = Se guardó una copia corregida: { $path }. Ahora está abierta como nueva versión.
app-button-needs-new-version = Primero abre la nueva versión: el botón usa su Id. de aplicación.
app-what-button-html = HTML del botón
app-what-link = Vínculo
app-too-many-dropped = Solo se usaron los dos primeros archivos que arrastraste.
app-notice-not-opened = No se pudo abrir el aviso de terceros. Abre { $path } desde tu explorador de archivos.
app-same-file = Las dos tarjetas muestran el mismo archivo, así que no puede haber cambiado nada. Abre la nueva versión a la derecha.
app-checking = Comprobando…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = Teams Update Check tuvo un problema interno al leer este archivo (es un error de la herramienta, no necesariamente un problema de tu archivo)
app-internal-read-fix = Prueba "Volver a cargar". Si vuelve a ocurrir, notifícanoslo con el archivo adjunto; mientras tanto, comprueba el archivo en el Portal para desarrolladores de Teams.
app-internal-check = Teams Update Check tuvo un problema interno al comparar los dos archivos (un error de la herramienta). Prueba "Volver a cargar"; si vuelve a ocurrir, notifícalo con los archivos.
app-internal-write = Teams Update Check tuvo un problema interno al escribir el archivo (un error de la herramienta). Vuelve a intentarlo.
app-open-dialog-title = { $side ->
    [old] Abrir la versión publicada (la que está ahora en la tienda)
   *[new] Abrir la nueva versión (la que vas a enviar)
}
app-filter-manifest-or-package = Manifiesto o paquete de aplicación de Teams
app-filter-all-files = Todos los archivos
app-save-report-title = Guardar el informe
app-filter-html = Página web (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = Comprueba una actualización de tu aplicación de Microsoft Teams antes de enviarla a la tienda: si está lista, si se pedirá a tus usuarios que vuelvan a aprobar la aplicación y qué cambió.
app-about-privacy-heading = Tus archivos se quedan en este equipo
app-about-privacy = La aplicación solo lee los archivos que abres y nunca los modifica. No establece conexiones de red: no se envía nada a ninguna parte, y los esquemas de Microsoft con los que comprueba están integrados.
app-about-license-heading = Licencia
app-about-license = Teams Update Check es software libre con la licencia MIT.
app-about-show-license = Mostrar la licencia
app-about-third-party-heading = Software de terceros
app-about-third-party = La aplicación está creada con componentes de código abierto; la licencia de cada uno figura en el aviso de terceros que se incluye con la aplicación.
app-about-open-notice = Abrir el aviso de terceros
app-about-no-notice = Esta copia de la aplicación no se instaló desde un paquete, así que la lista de componentes de código abierto y sus licencias ({ $file }) no está a su lado. La aplicación instalada sí la tiene.
app-about-trademark = No está creada ni respaldada por Microsoft. Microsoft Teams es una marca comercial del grupo de empresas Microsoft.

# The download button panel (src/app/button_panel.rs)
app-button-heading = Botón de descarga para tu sitio web
app-button-intro = Pon este botón en el sitio web de tu producto para que los visitantes puedan obtener tu aplicación en Teams. El vínculo funciona en cuanto tu aplicación está publicada en la Tienda de Teams.
app-button-text = Texto del botón
app-button-look = Aspecto
app-button-look-named = Aspecto: { $style }
app-button-size = Tamaño
app-button-size-named = Tamaño: { $size }
app-button-hint-filled = Morado de Teams con texto blanco: se lee bien en páginas claras y oscuras.
app-button-hint-outline = Texto y borde morados sobre un fondo transparente: solo para páginas claras. En una página oscura, elige Morado u Oscuro.
app-button-hint-dark = Casi negro con texto blanco: para páginas claras y recargadas (en una página negra no destaca).
app-button-app-id = Id. de la aplicación
app-button-app-id-hover = El Id. de tu aplicación en la Tienda de Teams. Se toma del nuevo manifiesto; escribe otro (por ejemplo, el Id. de la tienda del Centro de partners) para usarlo en su lugar.
app-button-app-id-from-manifest = { $id } (del manifiesto de la nueva versión)
app-button-app-id-hint = Para usar otro Id. de aplicación, escríbelo o pégalo aquí
app-button-placeholder-id = El Id. del nuevo manifiesto parece un marcador de posición; escribe arriba el Id. real de tu aplicación.
app-button-preview = Vista previa
app-button-copy-html = Copiar HTML
app-button-copy-html-hover = Copia el código HTML del botón para pegarlo en tu sitio web ({ $shortcut })
app-button-copy-link = Copiar vínculo
app-button-open-preview = Abrir vista previa en el explorador
app-button-open-preview-hover = Mira el botón real en tu explorador web
app-button-show-html = Mostrar el código HTML
app-button-html-label = HTML para pegar en tu página:
app-preview-not-written = No se pudo escribir la página de vista previa ({ $error }). Copia el HTML y pégalo en una página propia.
app-preview-no-address = la página no tiene dirección de archivo
app-preview-opened = Se pidió a tu explorador web que abriera la vista previa. Si no aparece ninguna ventana del explorador, abre { $path } en tu explorador.
app-preview-no-browser = No se pudo iniciar un explorador web ({ $error }). La página de vista previa está guardada en { $path }: ábrela en tu explorador.
app-preview-page-title = Vista previa del botón
app-preview-on-light = En una página clara:
app-preview-on-grey = En una página gris:
app-preview-on-dark = En una página oscura:

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] Versión publicada
   *[new] Nueva versión
}
app-card-hint = { $side ->
    [old] La versión que está ahora en la Tienda de Teams
   *[new] La actualización que quieres enviar
}
app-reversed = El número de la nueva versión es menor que el de la publicada. ¿Las abriste al revés?
app-swap = Intercambiarlas
app-swap-hover = Intercambia la versión publicada y la nueva
app-card-empty = Arrastra aquí un manifest.json o un paquete de aplicación (.zip), o
app-card-reading = Leyendo { $file }…
app-card-icon-alt = Icono de color de { $name }
app-card-icon-hover = El icono de color de la aplicación, del paquete
app-card-no-name = (el manifiesto no tiene nombre de aplicación)
app-card-file = Archivo: { $file }
app-card-manifest-format = Formato del manifiesto { $schema }
app-card-not-given = no indicado
app-card-manifest-format-hover = manifestVersion: la versión del formato de manifiesto de Microsoft en la que está escrito el archivo
app-card-could-not-load = No se pudo cargar { $file }
app-card-what-is-wrong = Qué pasa: { $problem }
app-card-what-to-do = Qué hacer: { $fix }
app-card-open = Abrir…
app-card-open-hover = Elige un manifest.json o un paquete de aplicación .zip ({ $shortcut })
app-card-open-named = { $side ->
    [old] Abrir la versión publicada…
   *[new] Abrir la nueva versión…
}
app-card-reload = Volver a cargar
app-card-reload-hover = Vuelve a leer el archivo ({ $shortcut })
app-card-reload-named = { $side ->
    [old] Volver a cargar la versión publicada
   *[new] Volver a cargar la nueva versión
}
app-card-clear = Borrar
app-card-clear-named = { $side ->
    [old] Borrar la versión publicada
   *[new] Borrar la nueva versión
}
app-card-typed-path = Arrastra el archivo a esta ventana o pega aquí su ruta completa:
app-card-typed-path-hover = En Linux, el cuadro de diálogo necesita el selector de archivos de tu escritorio (el servicio xdg-desktop-portal) o el programa zenity.
app-card-path-example-windows = C:\Users\tu-usuario\Downloads\app-package.zip
app-card-path-example = /home/tu-usuario/Downloads/app-package.zip
app-card-path-named = { $side ->
    [old] Ruta del archivo de la versión publicada
   *[new] Ruta del archivo de la nueva versión
}
app-card-open-typed = Abrir
app-drop-overlay = Suelta el archivo en una tarjeta para cargarlo ahí
app-drop-question = ¿Qué versión es esta?
app-drop-load-as = Cargar { $file } como:

# Saving the report (src/app/export.rs)
app-report-saved = Informe guardado en { $path }
app-report-saved-no-dialog = No se pudo abrir ningún cuadro de diálogo para guardar en este equipo, así que el informe se guardó en { $path }
app-export-is-input = No se guardó: { $path } es uno de los archivos que estás comprobando. Elige otro nombre.
app-export-failed = No se pudo guardar el informe en { $path } ({ $error }). Elige una carpeta en la que puedas escribir.

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = Copia corregida: { $path }
app-fix-repaired = { $what }: antes { $before }, ahora { $after }
app-fix-left = { $problem } Quién puede corregirlo: { $who }
app-fix-save = Guardar una copia corregida…
app-fix-save-hover = Guarda un paquete nuevo con las reparaciones seguras (número de versión, vínculo del esquema, iconos, archivos no usados); tus archivos no se modifican. Después, la copia se abre como nueva versión.
app-fix-some-repairable = Algunos de estos problemas se pueden reparar automáticamente.

app-fix-version-label = Versión para la copia:
app-fix-version-named = Versión para la copia corregida
app-fix-leave-empty = Déjalo vacío para usar { $proposed } (la versión publicada es { $published }).
app-fix-no-dialog = No se pudo abrir ningún cuadro de diálogo para guardar en este equipo. Escribe dónde guardar la copia corregida:
app-fix-path-named = Ruta de la copia corregida
app-fix-save-copy = Guardar la copia
app-fix-folder-hover = Guarda un paquete nuevo con los archivos sacados de su carpeta a la raíz, donde Teams los busca; tu archivo no se modifica.
app-fix-folder = Los archivos de la nueva versión están en una carpeta dentro del paquete: una copia puede moverlos a la raíz.
app-fix-dialog-title = Guardar una copia corregida de la nueva versión
app-internal-fix = Teams Update Check tuvo un problema interno al crear la copia corregida (un error de la herramienta). Tus archivos no se modificaron.
app-fix-not-read-again = No se pudo volver a leer la nueva versión ({ $error }). Vuelve a abrirla.
app-fix-not-made = No se pudo crear ninguna copia corregida: { $error }
app-fix-nothing = No se pudo reparar nada automáticamente; los problemas que quedan necesitan a una persona (consulta la lista).
app-fix-not-saved = No se pudo guardar la copia corregida como { $path } ({ $error }). Elige otro lugar.

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = Parte del texto de tus archivos está en { $scripts }, que ninguna fuente de este equipo puede mostrar, así que aparece como cuadros vacíos. Instala { $fix } y vuelve a abrir Teams Update Check para verlo. La comprobación en sí no se ve afectada: sus resultados están completos.
app-font-fix-other = una fuente que los incluya
app-font-fix-emoji = una fuente de emojis (por ejemplo, Noto Color Emoji)
app-font-fix-script = una fuente para { $scripts } (por ejemplo, de la familia gratuita Noto)
app-list-and = { $first } y { $last }
app-hide = Ocultar
app-script-greek = griego
app-script-cyrillic = cirílico
app-script-armenian = armenio
app-script-hebrew = hebreo
app-script-arabic = árabe
app-script-devanagari = hindi (devanagari)
app-script-bengali = bengalí
app-script-gurmukhi = panyabí (gurmukhi)
app-script-gujarati = guyaratí
app-script-odia = odia
app-script-tamil = tamil
app-script-telugu = telugu
app-script-kannada = canarés
app-script-malayalam = malayalam
app-script-sinhala = cingalés
app-script-thai = tailandés
app-script-lao = lao
app-script-tibetan = tibetano
app-script-burmese = birmano
app-script-georgian = georgiano
app-script-korean = coreano
app-script-ethiopic = amárico (etíope)
app-script-khmer = jemer
app-script-emoji = emoji
app-script-japanese = japonés
app-script-chinese = chino
app-script-other = otros caracteres

# The report's own labels (src/app/report_view.rs)
app-sources = Fuentes:
app-source-link = Fuente ↗
app-for-developers = Para desarrolladores: { $lines }
app-show-details = Mostrar detalles
app-show-details-hover = Desplázate hasta los detalles de este problema, más abajo
app-why = Por qué: { $why }
app-who-can-fix = Quién puede corregirlo:
app-select-to-copy = Selecciona el texto para copiar una parte
app-copy-full-value = Copiar el valor completo
app-copy-full-value-hover = Copia el valor entero en el Portapapeles
app-copy-hover = Copia el texto en el Portapapeles para pegarlo en otro sitio
app-show-the-text = Mostrar el texto
app-developer-details = Detalles para desarrolladores

# The welcome page (src/app/welcome.rs)
app-welcome-heading = Cómo se usa
app-welcome-step-1 = 1. A la izquierda, abre la versión de tu aplicación que está ahora en la Tienda de Teams: su manifest.json o el paquete de aplicación .zip que cargaste.
app-welcome-step-2 = 2. A la derecha, abre la actualización que quieres enviar.
app-welcome-step-3 = 3. Lee la respuesta: si la actualización está lista, si se pedirá a tus usuarios que vuelvan a aprobar la aplicación y qué cambió.
app-welcome-step-4 = 4. Copia el botón de descarga para tu sitio web.
app-welcome-shortcuts = También puedes arrastrar archivos a la ventana. Métodos abreviados: { $open_old } abre la versión publicada, { $open_new } la nueva, { $export } exporta el informe, { $copy_html } copia el HTML del botón y { $reload } vuelve a cargar.
app-welcome-where-heading = ¿Dónde consigo la versión publicada?
app-welcome-where-intro = Usa el paquete de aplicación que tiene Microsoft ahora, no los archivos que has estado editando desde entonces. Tómalo del lugar desde el que se publicó tu aplicación:
app-welcome-where-portal = Portal para desarrolladores (dev.teams.microsoft.com): abre Aplicaciones, selecciona tu aplicación y elige Descargar paquete de aplicación. Hazlo antes de hacer tus cambios ahí: después de editar la aplicación, el paquete que te da es el de la nueva versión.
app-welcome-where-partner = Centro de partners (partner.microsoft.com), para una aplicación de la Tienda de Teams: abre la oferta de tu aplicación de Teams y descarga el paquete de aplicación cargado para la versión activa.
app-welcome-where-admin = Centro de administración de Teams (admin.teams.microsoft.com), para una aplicación publicada solo en tu organización: tu administrador de Teams puede obtener su paquete en Aplicaciones de Teams, Administrar aplicaciones.
app-welcome-where-records = Tus propios registros: el .zip que cargaste la última vez (Teams Toolkit, por ejemplo, lo guarda en appPackage/build/ dentro del proyecto).
app-welcome-where-new = La nueva versión es el paquete que vas a cargar: del Portal para desarrolladores después de tus cambios, o el .zip que te dieron tus desarrolladores.

# Teams Update Check: every sentence a user can read, in Brazilian Portuguese (Português do Brasil).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: addin-control-menu, agent-capability-dataverse, agent-capability-fabric, agent-sign-in-oauth, app-filter-markdown, app-name, change-bot, change-bytes, change-scope-copilot, fix-icon-size, place-label-bot, place-label-bots, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = { $count ->
    [one] { $count } ícone
   *[other] { $count } ícones
}

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = O ID do aplicativo continua o mesmo
check-version-format-title = O número de versão está escrito corretamente
check-version-incremented-title = O número de versão aumenta
check-app-id-changed = O ID do aplicativo mudou de { $old } para { $new }. Uma atualização precisa manter o ID do aplicativo publicado; com um ID novo, a loja o trata como outro aplicativo. Volte a usar o ID antigo.
check-app-id-not-guid = O ID do aplicativo é o mesmo nos dois arquivos, mas “{ $id }” não é um ID de aplicativo real (um GUID como 0b5c3d6e-1234-4abc-9def-00112233aabb). Parece um espaço reservado que suas ferramentas de build preenchem; verifique o pacote que você realmente envia.
check-app-id-same = O ID do aplicativo continua { $id }.
check-version-too-long = A nova versão “{ $version }” tem mais de 256 caracteres.
check-version-not-three-numbers = A nova versão “{ $version }” não é formada por três números inteiros separados por pontos, como 1.4.2 (sem letras, sem zeros à esquerda, sem “-beta”); a loja recusa outras formas.
check-version-addin-part-too-big = A nova versão “{ $version }” tem uma parte acima de 99999, o que os suplementos do Office (a seção `extensions`) não permitem.
check-version-well-formed = A nova versão { $version } está escrita como a loja espera.
check-version-nothing-changed = Nada mudou, então a versão não precisa mudar.
check-version-goes-up = A versão aumenta de { $old } para { $new }.
check-version-unchanged = A versão continua { $new }, mas algo mudou. A versão precisa aumentar a cada mudança: aumente-a para acima de { $old }, por exemplo para { $next }.
check-version-same-number = A versão passa de { $old } para { $new }, que é o mesmo número escrito de outra forma (partes ausentes contam como 0), não um número maior. Aumente-a para acima de { $old }, por exemplo para { $next }.
check-version-lower = A nova versão { $new } é menor que a publicada, { $old }. Os dois arquivos foram informados na ordem errada? A versão publicada vem primeiro, a nova em segundo lugar. Caso contrário, aumente a nova versão para acima de { $old }.
check-version-not-comparable = Não foi possível comparar as versões, porque { $which ->
    [published] a versão publicada
   *[new] a nova versão
} “{ $version }” { $reason ->
    [long] tem uma parte com mais de 18 dígitos
   *[signs] não é formada apenas por números e pontos
}. Confirme que a nova versão é maior que a publicada.
check-version-higher-number = um número maior

## Store checks (src/store/)
store-activities-title = Os tipos de notificação do feed de atividades são únicos e não reservados
store-agent-files-title = Todos os arquivos de agente do Copilot podem ser lidos
store-localization-agent-default-file-title = Um agente traduzido tem um arquivo para o idioma padrão
store-agent-localization-keys-title = Todos os arquivos de tradução têm as chaves de localização do agente
store-agent-name-match-title = O agente e suas ações têm o nome do aplicativo
store-agent-operations-title = Cada função de agente e comando de API tem sua operação
store-agent-schema-title = Os arquivos de agente do Copilot seguem os esquemas oficiais da Microsoft
store-agent-schema-url-title = Os arquivos de agente do Copilot apontam para o esquema do próprio formato
store-agent-text-hygiene-title = As descrições e instruções do agente não têm endereços web, emojis nem caracteres ocultos
store-agent-urls-title = Os agentes do Copilot chamam endereços https reais
store-api-message-extension-title = As extensões de mensagem seguem as regras de carregamento do seu tipo
store-app-name-core-feature-title = O nome curto não começa com um recurso do Teams
store-bot-id-guid-title = Os IDs de bot são GUIDs
store-bot-id-kept-title = Os bots mantêm os IDs publicados
store-cea-bot-id-title = O agente de mecanismo personalizado é um dos bots do aplicativo
store-channel-features-title = Informa se o aplicativo funciona em canais compartilhados e privados
store-bot-command-slash-title = Os comandos de bot não começam com barra
store-bot-command-duplicate-title = Cada comando de bot aparece uma só vez na lista
store-me-command-duplicate-title = Cada comando de ação de uma extensão de mensagem aparece uma só vez
store-consequential-actions-title = Ações que alteram dados pedem confirmação ao usuário antes
store-da-actions-title = O agente tem ações
store-da-graph-connectors-blank-title = O agente usa todos os conectores do Copilot de uma organização
store-da-starters-count-title = O agente tem de 3 a 6 iniciadores de conversa
store-dashboard-cards-title = Os cartões de painel têm um ícone cada e IDs únicos
store-descriptions-title = A descrição completa diz mais que a curta, em até 500 palavras
store-https-urls-title = Os endereços web são seguros (https)
store-icon-color-title = O ícone colorido é um PNG de 192 × 192
store-icon-color32x32-title = O ícone colorido pequeno é um PNG de 32 × 32
store-icon-outline-title = O ícone de contorno é branco em fundo transparente, 32 × 32
store-localization-title = Os arquivos de tradução são válidos e correspondem ao formato do manifesto
store-localization-tags-title = Cada idioma tem um só arquivo de tradução
store-long-description-copilot-title = A descrição completa diz que o aplicativo funciona no Microsoft 365 Copilot
store-manifest-version-title = O manifesto usa um formato que a loja aceita
store-me-sample-prompts-title = Os comandos de extensão de mensagem têm 3 prompts de exemplo diferentes
store-package-extra-files-title = O pacote contém apenas os arquivos que o manifesto usa
store-package-files-title = Todos os arquivos citados no manifesto estão no pacote
store-package-name-deprecated-title = Sem o campo obsoleto packageName
store-package-size-title = O pacote tem 10 MB ou menos
store-placeholders-title = Não restou nenhum espaço reservado de modelo
store-required-texts-title = Nome, descrições e nome do desenvolvedor estão preenchidos
store-schema-title = O manifesto segue o esquema oficial da Microsoft
store-schema-url-title = O link do esquema corresponde ao formato do manifesto
store-static-tab-names-title = As guias pessoais têm nomes corretos
store-valid-domains-title = Os domínios válidos são seus próprios domínios de produção
store-valid-domains-coverage-title = As páginas das guias estão nos seus domínios válidos
store-version-major-title = A versão é 1.0.0 ou superior
store-activities-reserved = O tipo de atividade “systemDefault” é reservado pelo Teams para as próprias notificações; o serviço de carregamento o recusa. Dê a esse tipo de notificação um nome próprio, como “taskAssigned” (o código do seu desenvolvedor o envia com esse nome).
store-activities-duplicate = O tipo de atividade “{ $kind }” está declarado mais de uma vez; o serviço de carregamento recusa isso. Mantenha uma só entrada para ele.
store-agent-files-broken = { $problem }
store-agent-files-too-large = O { $what } “{ $file }” tem { $size }; nesta verificação um arquivo do pacote pode ter no máximo { $limit }, e um arquivo tão grande quase certamente não é o pretendido. Seu desenvolvedor precisa reduzi-lo ou substituí-lo.
store-agent-files-too-many = O pacote leva a mais de { $limit } arquivos de agente para ler; “{ $file }” e os arquivos seguintes não foram verificados. Os agentes de um aplicativo precisam de muito menos arquivos: seu desenvolvedor deve verificar o que os arquivos de agente citam.
store-agent-name-match-differs = Em “{ $file }”, { $what } se chama “{ $name }” ({ $kind ->
    [action] o nome da ação exibido aos usuários
   *[agent] o nome do agente
}), mas o aplicativo se chama “{ $app }”. A Loja de Agentes exige que o aplicativo, o agente e as ações do agente tenham o mesmo nome. Seu desenvolvedor precisa mudá-lo para “{ $app }” (ou mudar o nome do aplicativo para coincidir).
store-localization-agent-default-file-missing = O agente do Copilot está traduzido (seus arquivos usam chaves de localização como [[agentName]]) e o aplicativo lista outros idiomas, mas não há arquivo de tradução para o idioma padrão (defaultLanguageFile). Um agente traduzido precisa de um arquivo para cada idioma compatível, inclusive o idioma padrão. Seu desenvolvedor precisa adicionar esse arquivo e citá-lo no manifesto.
store-localization-agent-default-file-advice = O aplicativo lista outros idiomas, mas nenhum arquivo de tradução para o idioma padrão (defaultLanguageFile). Se o agente do Copilot oferecer suporte a mais de um idioma, ele precisa de um arquivo para cada idioma, inclusive o idioma padrão.
store-agent-localization-keys-lacking = O arquivo de tradução “{ $file }” não tem { $count ->
    [one] uma chave de localização
   *[other] chaves de localização
} que o agente do Copilot usa ({ $keys }). O serviço de carregamento recusa um texto do agente que não consegue traduzir. Seu desenvolvedor precisa { $count ->
    [one] adicioná-la
   *[other] adicioná-las
} em localizationKeys neste arquivo.
store-agent-operations-command = O comando de extensão de mensagem “{ $command }” não tem nenhuma operação com esse ID (operationId) na descrição de API “{ $file }”; ele falharia toda vez que um usuário o executasse. Seu desenvolvedor precisa associar o comando a uma operação.
store-agent-operations-undefined-function = O arquivo de ação de agente “{ $file }” executa uma função “{ $function }” que ele não define (não é uma das suas funções). Seu desenvolvedor precisa adicionar a função ou corrigir o nome.
store-agent-operations-function = A função de agente “{ $function }” não tem nenhuma operação com esse ID (operationId) na descrição de API “{ $file }”; o Copilot falharia toda vez que a tentasse. Seu desenvolvedor precisa associar a função a uma operação.
store-agent-schema-url-mismatch = O link do esquema de “{ $file }” é do formato { $linked }, mas o arquivo diz que segue o { $version }. Seu desenvolvedor deve apontar para o esquema do { $version }, para que os editores verifiquem o arquivo com as regras certas.
store-schema-whole = { $kind ->
    [localization] O arquivo de localização
    [declarative-agent] O arquivo de agente do Copilot
    [plugin] O arquivo de ação de agente
    [agentic-user] O modelo de usuário agêntico
    [response-template] O modelo de resposta
   *[manifest] O manifesto
}
store-schema-at-top = no nível superior { $kind ->
    [localization] do arquivo de localização
    [declarative-agent] do arquivo de agente do Copilot
    [plugin] do arquivo de ação de agente
    [agentic-user] do modelo de usuário agêntico
    [response-template] do modelo de resposta
   *[manifest] do manifesto
}
store-schema-in-field = em { $field }
store-schema-manifest-format = formato de manifesto { $format }
store-schema-renamed-field = { $field } tem `{ $unknown }` onde o { $format } espera `{ $missing }`, que é obrigatório. Renomeie `{ $unknown }` para `{ $missing }`.
store-schema-missing-one-of = { $field } não tem `{ $first }`, que é obrigatório (ou { $others } no lugar dele). Adicione-o.
store-schema-max-length = { $field } pode ter no máximo { $limit } caracteres; o seu tem { $count }.
store-schema-min-length = { $field } precisa ter pelo menos { $limit ->
    [one] { $limit } caractere
   *[other] { $limit } caracteres
}; o seu tem { $count }.
store-schema-max-items = { $field } pode ter no máximo { $limit ->
    [one] { $limit } entrada
   *[other] { $limit } entradas
}; o seu tem { $count }.
store-schema-min-items = { $field } precisa ter pelo menos { $limit ->
    [one] { $limit } entrada
   *[other] { $limit } entradas
}; o seu tem { $count }.
store-schema-uri = { $field } precisa ser um endereço web completo, com o esquema, como https://www.contoso.com/help; o seu é { $value }.
store-schema-constant = { $field } precisa ser { $expected }; o seu é { $value }.
store-schema-required = { $field } não tem `{ $name }`, que é obrigatório. Adicione-o.
store-schema-type = { $field } precisa ser { $expected }; o seu é { $value }.
store-schema-type-name = { $kind ->
    [string] um texto (entre aspas duplas)
    [object] um objeto (`{"{"} … {"}"}`)
    [array] uma lista (`[ … ]`)
    [boolean] true ou false
    [integer] um número inteiro
    [number] um número
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first } ou { $second }
store-schema-unique-items = { $field } lista a mesma entrada mais de uma vez; mantenha cada entrada uma só vez.
store-schema-no-form = { $field } não corresponde a nenhuma das formas que o { $format } permite aqui. Compare-o com a referência deste campo.
store-schema-several-forms = { $field } corresponde a mais de uma das formas que o { $format } permite aqui; ele precisa corresponder a exatamente uma.
store-schema-maximum = { $field } pode ser no máximo { $limit }; o seu é { $value }.
store-schema-minimum = { $field } precisa ser pelo menos { $limit }; o seu é { $value }.
store-schema-max-properties = { $field } pode ter no máximo { $limit } campos.
store-schema-min-properties = { $field } precisa ter pelo menos { $limit } campos.
store-schema-other = { $field } não segue o { $format }: { $problem }.
store-schema-pattern-guid = um ID em forma de GUID, como “0b5c3d6e-1234-4abc-9def-00112233aabb”
store-schema-pattern-https = um endereço web seguro que comece com https://, como “{ $example }”
store-schema-pattern-color = uma cor escrita como # seguido de seis dígitos hexadecimais, como “#4F6BED”
store-schema-pattern-version = uma versão de números e pontos, como “1.0.0”
store-schema-pattern-other = { $field } não está escrito como o formato do manifesto espera (precisa corresponder ao padrão { $pattern }); o seu é “{ $value }”.
store-schema-pattern = { $field } precisa ser { $expected }; o seu é “{ $value }”.
store-schema-enum = { $field } precisa ser um destes: { $allowed }; o seu é { $value }.
store-schema-enum-hint = { $field } precisa ser um destes: { $allowed }; o seu é { $value }. Você quis dizer `{ $option }`?
store-schema-needs-later-format = `{ $property }` exige o formato de manifesto { $later } ou posterior; você usa o { $format }. Mude para o formato { $later } (atualize manifestVersion e { $schema_field }) ou remova `{ $property }`.
store-schema-unknown-field = `{ $property }` não é um campo que o { $format } conheça { $place }. Verifique a grafia e as maiúsculas e minúsculas, ou remova-o.
store-schema-sentences = { $first } { $second }
store-schema-no-sentence = {""}
store-localization-too-large = O arquivo de localização “{ $file }” tem mais de 4 MiB; um arquivo de localização contém apenas alguns textos traduzidos.
store-localization-not-json = O arquivo de localização “{ $file }” não é um JSON válido: { $problem }. Abra-o em um editor de texto e corrija-o na linha { $line }, coluna { $column }.
store-localization-not-object = O arquivo de localização “{ $file }” precisa ser um objeto JSON (começando com `{"{"}`), mas é { $value }.
store-localization-in-file = Em “{ $file }”: { $problem }
store-schema-url-add-later = Depois que o manifesto passar para um formato publicado (veja “O manifesto usa um formato que a loja aceita”), adicione o link desse formato.
store-schema-url-add = Adicione "{ $schema_field }": "{ $example }".
store-schema-url-missing = O link do esquema (`{ $schema_field }`) está ausente ou não é um texto. { $add }
store-schema-url-unusual = O link do esquema “{ $link }” é incomum: ele não indica um formato de manifesto do Teams. O link habitual é “{ $example }”.
store-schema-url-preview = O link do esquema (`{ $schema_field }`) indica o formato { $named }, mas manifestVersion é “{ $format }”. Não aponte o link para o formato de prévia: a loja recusa o próprio formato de prévia. Passe o manifesto para um formato publicado (veja “O manifesto usa um formato que a loja aceita”), com este link indicando esse mesmo formato.
store-schema-url-other-format = O link do esquema (`{ $schema_field }`) indica o formato { $named }, mas manifestVersion é { $format }. Deixe os dois iguais: “{ $example }”.
store-schema-url-no-format = ausente
store-placeholders-file-directive = “{ $text }” é uma diretiva de arquivo do Agents Toolkit, que o toolkit substitui pelo texto do arquivo ao gerar o pacote; envie o pacote gerado pelo toolkit, não os arquivos de origem.
store-placeholders-built-address = O endereço “{ $text }” nunca foi preenchido: este pacote já foi gerado (o manifesto tem um ID de aplicativo real), mas este endereço ainda é um espaço reservado, então o Copilot não consegue acessá-lo. Seu desenvolvedor precisa colocar aqui o endereço https:// real e gerar o pacote novamente.
store-placeholders-built-value = “{ $text }” nunca foi preenchido: este pacote já foi gerado (o manifesto tem um ID de aplicativo real), mas este valor ainda é um espaço reservado. Seu desenvolvedor precisa colocar aqui o valor real e gerar o pacote novamente.
store-placeholders-placeholder = “{ $text }” é um espaço reservado que suas ferramentas de build preenchem; a loja precisa do valor real.
store-agent-schema-undocumented = O arquivo de agente do Copilot “{ $file }” usa o formato { $version }, que ainda não é um formato de agente declarativo documentado (as páginas da Microsoft descrevem formatos até a v1.8); a loja pode recusá-lo. Ele foi verificado com o esquema v1.9 que a Microsoft preparou. Se o agente não precisar de nada da v1.9 (pastas de habilidades), seu desenvolvedor pode usar a v1.8.
store-agent-schema-format = { $kind ->
    [plugin] formato de plug-in de API { $version }
    [agentic-user] formato do modelo de usuário agêntico
    [response-template] formato do modelo de resposta
   *[declarative-agent] formato de agente declarativo { $version }
}
store-agent-schema-newer = O { $what } “{ $file }” usa o formato { $version }, mais novo do que este aplicativo conhece (até { $newest }); ele não foi verificado com o esquema. Uma atualização deste aplicativo vai verificá-lo.
store-agent-schema-no-version = ele não tem nenhum
store-agent-schema-yours-quoted = o seu é “{ $value }”
store-agent-schema-yours = o seu é { $value }
store-agent-schema-version-missing = O { $what } “{ $file }” precisa informar em `{ $field }` qual formato segue (como “{ $newest }”); { $yours }. Seu desenvolvedor precisa defini-lo.
store-agent-text-hygiene-address = um endereço web ({ $address })
store-agent-text-hygiene-emoji = um emoji ({ $emoji })
store-agent-text-hygiene-hidden = um caractere oculto ({ $code })
store-agent-text-hygiene-instructs = palavras que dão ordens ao Copilot (“{ $phrase }”)
store-agent-text-hygiene-in-file = Em “{ $file }”, o texto em “{ $place }”
store-agent-text-hygiene-refused = { $place } contém { $what }. A Loja de Agentes recusa endereços web, emojis e caracteres ocultos nas descrições e instruções que o Copilot lê. Remova-o.
store-agent-text-hygiene-steers = { $place } contém { $what }. A Loja de Agentes recusa descrições que tentam direcionar o modelo; se essas palavras apenas descrevem o que o aplicativo faz, mantenha-as.
store-agent-text-hygiene-joiner = { $place } contém { $what }, um caractere de junção ou de direção. Textos em escritas como o persa ou o híndi precisam deles, então isso pode estar certo; a Loja de Agentes recusa caracteres ocultos que não tenham essa função.
store-agent-urls-not-full = “{ $address }” não é um endereço web completo; o Copilot chama os serviços do agente a partir da nuvem e não tem com o que completá-lo. Seu desenvolvedor precisa escrever o endereço inteiro, como "https://api.contoso.com{ $path }".
store-agent-urls-not-secure = “{ $address }” não é um endereço seguro (https); o Copilot só chama endereços https. Seu desenvolvedor precisa usar o endereço https do serviço.
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = o endereço IP { $ip }
store-agent-urls-own-computer = “{ $address }” aponta para { $host }, que só o computador ou a rede do próprio desenvolvedor consegue acessar; o Copilot o chama a partir da nuvem para todos os usuários. Seu desenvolvedor precisa usar o endereço onde o serviço está hospedado de verdade.
store-agent-urls-tunnel = “{ $address }” é um túnel para testes no computador do próprio desenvolvedor; ele deixa de funcionar quando o túnel é fechado. Seu desenvolvedor precisa usar o endereço onde o serviço está hospedado de verdade.
store-api-message-extension-api-member = A extensão de mensagem { $number } é baseada em API, e uma extensão de mensagem baseada em API não pode ter { $member ->
    [botId] um ID de bot (`botId`)
   *[other] `{ $member }`
}; o serviço de carregamento a recusa. Remova-o.
store-api-message-extension-no-api-file = A extensão de mensagem { $number } é baseada em API, mas não indica sua descrição de API (`apiSpecificationFile`); o serviço de carregamento a recusa. Seu desenvolvedor deve adicionar o arquivo OpenAPI ao pacote e indicá-lo ali.
store-api-message-extension-no-template = O comando { $name } da extensão de mensagem baseada em API { $number } não indica o modelo que mostra seus resultados (`apiResponseRenderingTemplateFile`); o serviço de carregamento a recusa. Seu desenvolvedor deve adicionar o modelo ao pacote e indicá-lo ali.
store-api-message-extension-no-parameters = O comando { $name } da extensão de mensagem baseada em API { $number } não tem parâmetros; o serviço de carregamento recusa um comando baseado em API sem pelo menos um. Seu desenvolvedor deve adicionar os parâmetros que a operação da API recebe.
store-api-message-extension-extra-auth = A extensão de mensagem { $number } faz a entrada com `{ $kind }`, mas também tem `{ $member }`, que pertence a outra forma de entrada; o serviço de carregamento a recusa. Remova `{ $member }` ou altere `authType`.
store-api-message-extension-no-registration = A extensão de mensagem { $number } faz a entrada com uma chave de API (`apiSecretServiceAuth`), mas não indica o registro dela (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`); o serviço de carregamento a recusa. Seu desenvolvedor deve registrar a chave no Portal do Desenvolvedor e colocar ali o ID de registro.
store-api-message-extension-no-entra = A extensão de mensagem { $number } faz a entrada com o Microsoft Entra (`microsoftEntra`), mas não tem `microsoftEntraConfiguration`; o serviço de carregamento a recusa. Seu desenvolvedor deve adicioná-lo com "supportsSingleSignOn": true.
store-api-message-extension-no-sso = A extensão de mensagem { $number } faz a entrada com o Microsoft Entra, que exige logon único: `supportsSingleSignOn` precisa ser true; caso contrário, o serviço de carregamento a recusa.
store-api-message-extension-bot-api-file = A extensão de mensagem { $number } é baseada em bot, mas indica uma descrição de API (`apiSpecificationFile`); o serviço de carregamento recusa isso. Remova-a ou torne a extensão baseada em API ("composeExtensionType": "apiBased", sem bot).
store-api-message-extension-bot-template = O comando { $command } da extensão de mensagem baseada em bot { $number } indica um modelo de resultados (`apiResponseRenderingTemplateFile`), que só as extensões baseadas em API têm; o serviço de carregamento a recusa. Remova-o.
store-api-message-extension-method = A operação “{ $operation }” da extensão de mensagem { $number } usa o método HTTP { $method }; extensões de mensagem baseadas em API só podem chamar operações GET e POST, e o serviço de carregamento recusa as outras.
store-api-message-extension-array-parameter = O parâmetro{ $named ->
    [yes] {" "}“{ $label }”
   *[no] {""}
} da operação “{ $operation }” (extensão de mensagem { $number }) é uma lista (`array`); extensões de mensagem baseadas em API não podem enviar listas, e o serviço de carregamento o recusa.
store-api-message-extension-required-parameter = O parâmetro obrigatório{ $named ->
    [yes] {" "}“{ $label }”
   *[no] {""}
} da operação “{ $operation }” (extensão de mensagem { $number }) é enviado { $location }; extensões de mensagem baseadas em API só podem preencher parâmetros obrigatórios no caminho (path) ou na consulta (query), e o serviço de carregamento recusa os outros.
store-api-message-extension-no-location = sem um local (`in`)
store-api-message-extension-location = no { $location }
store-api-message-extension-no-servers = A descrição de API “{ $file }” da extensão de mensagem { $number } não indica nenhum servidor (`servers`) para suas operações, então o Teams não sabe para onde enviá-las; o serviço de carregamento a recusa. Seu desenvolvedor deve adicionar o endereço da API em `servers`.
store-app-name-words-title = O nome do aplicativo evita palavras que a revisão da loja recusa
store-agent-store-copilot-agent = o agente do Copilot
store-agent-store-agent-action = a ação do agente
store-app-name-core-feature-starts = O nome curto “{ $name }” começa com “{ $feature }”, um recurso do Teams; a loja recusa nomes que começam com um recurso do Teams, porque os usuários achariam que o aplicativo faz parte do Teams. Coloque seu próprio nome primeiro, como “{ $example }”.
store-app-name-words-product = { $what } contém “{ $word }”. A loja recusa nomes que fazem referência a produtos da Microsoft (Microsoft Teams, Microsoft 365 Copilot), a menos que o aplicativo tenha uma parceria oficial com a Microsoft. Se “{ $word }” aqui significa outra coisa (como equipes de pessoas), você pode manter; se indica o produto da Microsoft, renomeie o aplicativo.
store-app-name-words-microsoft = { $what } contém “{ $word }”. A loja recusa nomes que fazem referência à Microsoft, a menos que o aplicativo tenha uma parceria oficial com a Microsoft; sem ela, renomeie o aplicativo.
store-app-name-words-unfinished = { $what } contém “{ $word }”. A loja recusa nomes que dizem que o aplicativo é uma versão de teste ou de prévia; se esta é a versão para todos, tire essa palavra.
store-app-name-words-agent-name = O nome que { $what } tem em “{ $file }”
store-bot-id-guid-not-guid = O ID { $list ->
    [bots] do bot
   *[composeExtensions] da extensão de mensagem
} { $number } é “{ $id }”, que não é um ID em forma de GUID; o serviço de carregamento o recusa. Coloque ali o ID do registro do bot (parecido com “0b5c3d6e-1234-4abc-9def-00112233aabb”; seu desenvolvedor o encontra no portal do Azure ou no portal do Bot Framework).
store-bot-id-kept-changed = O bot { $number } tem um ID novo (“{ $new }”); o bot da versão publicada é “{ $old }”. Mantenha o ID do bot publicado: um ID novo faz perder as conversas que os usuários tiveram com o bot, e a loja o recusa. Seu desenvolvedor deve voltar a usar o ID publicado (e manter esse registro de bot).
store-cea-bot-id-not-a-bot = O agente de mecanismo personalizado indica o bot “{ $id }”, que não é um dos bots do aplicativo{ $bots ->
    [0] {" "}(o aplicativo não tem nenhum)
   *[other] {""}
}. A Loja de Agentes exige que um agente de mecanismo personalizado seja o próprio bot do aplicativo. Seu desenvolvedor precisa usar aqui o ID do bot.
store-channel-features-missing = Seu aplicativo funciona em equipes, mas não informa que oferece suporte a canais compartilhados e privados. Adicione "supportsChannelFeatures": "tier1" quando oferecer, ou o Teams poderá ocultá-lo nesses canais.
store-bot-command-slash-starts = O comando de bot “{ $command }” começa com uma barra. O próprio Teams adiciona a barra quando os usuários digitam um comando; remova-a do título (“{ $without }”).
store-bot-command-duplicate-repeated = O comando de bot “{ $command }” aparece mais de uma vez na mesma lista de comandos; a loja recusa comandos duplicados. Mantenha um ou dê ao outro um título próprio.
store-me-command-duplicate-repeated = O comando de ação “{ $command }” aparece mais de uma vez na extensão de mensagem { $number }; a loja recusa comandos de ação duplicados. Mantenha um ou dê ao outro um título próprio.
store-consequential-actions-changes-data = A operação { $operation } em “{ $file }” altera ou exclui dados, mas está marcada como sem consequências (x-openai-isConsequential: false), então o Copilot a executaria sem perguntar ao usuário. A Loja de Agentes recusa isso. Seu desenvolvedor precisa remover a marcação ou defini-la como true.
store-consequential-actions-post = A operação { $operation } em “{ $file }” está marcada como sem consequências (x-openai-isConsequential: false), então o Copilot a executa sem perguntar ao usuário. Isso está certo para uma pesquisa; se ela cria ou envia algo, a Loja de Agentes a recusa, e seu desenvolvedor precisa remover a marcação.
store-da-actions-none = O agente do Copilot em “{ $file }” não tem ações (plug-ins de API). A Loja de Agentes pede que o uso principal de um agente seja atendido por ações; um agente que só responde a partir de fontes de conhecimento ainda pode passar na revisão. Se o seu for um agente assim, diga isso nas notas para certificação.
store-da-graph-connectors-blank-listed = O agente do Copilot em “{ $file }” indica conectores do Copilot específicos (conectores do Graph). Um agente na Loja de Agentes precisa deixar essa lista vazia, para usar todos os conectores de cada organização que o instalar. Seu desenvolvedor precisa remover as conexões.
store-da-starters-count-outside = O agente do Copilot em “{ $file }” tem { $count ->
    [0] nenhum iniciador de conversa
    [one] apenas um iniciador de conversa
   *[other] { $count } iniciadores de conversa
} (os prompts sugeridos que os usuários veem ao abri-lo). A Loja de Agentes exige de 3 a 6. Seu desenvolvedor precisa { $fix ->
    [fewer] manter no máximo 6
   *[more] adicionar iniciadores até haver pelo menos 3
} no arquivo do agente.
store-dashboard-cards-two-icons = O cartão de painel { $number } informa tanto uma imagem (`iconUrl`) quanto um ícone nomeado (`officeUIFabricIconName`); o serviço de carregamento recusa isso. Mantenha só um dos dois.
store-dashboard-cards-same-id = O cartão de painel { $number } tem o mesmo ID de um cartão anterior (“{ $id }”); o serviço de carregamento recusa isso. Dê a cada cartão um ID próprio.
store-descriptions-short-is-name = A descrição curta é apenas o nome do aplicativo (“{ $short }”), então a descrição completa a contém. A revisão da loja pede uma descrição curta que diga em uma frase o que o aplicativo faz, e uma descrição completa que diga mais.
store-descriptions-full-contains-short = A descrição completa contém a descrição curta inteira (“{ $short }”). A revisão da loja pede uma descrição completa que diga mais que a curta, com palavras próprias.
store-descriptions-too-long = A descrição completa tem { $count ->
    [one] { $count } palavra
   *[other] { $count } palavras
}; a revisão da loja pede no máximo 500.
store-https-urls-own-computer = { $field } aponta para { $advice }. O endereço também precisa começar com https://.
store-https-urls-not-secure = { $field } precisa ser um endereço web seguro que comece com https://, como “{ $example }”; o seu é “{ $value }”.
store-icon-color-not-png = O { $icon ->
    [color32x32] ícone colorido pequeno
    [outline] ícone de contorno
   *[color] ícone colorido
} “{ $file }” não é uma imagem PNG. Salve-o como PNG, com { $want } × { $want } pixels.
store-icon-color-size = O { $icon ->
    [color32x32] ícone colorido pequeno
    [outline] ícone de contorno
   *[color] ícone colorido
} “{ $file }” tem { $width } × { $height } pixels; ele precisa ter exatamente { $want } × { $want }. Redimensione-o e salve-o novamente.
store-icon-outline-damaged = O ícone de contorno “{ $file }” é uma imagem PNG danificada. Salve-o novamente como PNG.
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = { $color } com { $opacity }% de opacidade
store-icon-outline-not-white = O ícone de contorno “{ $file }” precisa ser branco em fundo transparente, mas o pixel em x { $x }, y { $y } (contado a partir do canto superior esquerdo, começando em 0) é { $color }. Deixe todos os pixels brancos ou totalmente transparentes.
store-manifest-version-missing = O manifesto não tem formato de manifesto (`manifestVersion`). Adicione o formato que seu manifesto segue, como "manifestVersion": "1.17" (as ferramentas do seu desenvolvedor o escrevem), para que a loja saiba quais regras o manifesto segue.
store-manifest-version-unknown = “{ $format }” não é um formato de manifesto que a Microsoft publicou (eles vão de 1.0 a 1.17, de 1.19 a { $newest }, e devPreview). Defina `manifestVersion` com o formato que seu manifesto segue; até lá, os campos dele não podem ser verificados com o esquema oficial.
store-manifest-version-preview = O manifesto usa o formato de prévia para desenvolvedores (devPreview). Formatos de prévia servem para testes na sua própria organização; a loja não os aceita. { $advice }
store-manifest-version-too-old = O manifesto usa o formato { $format }; a loja exige o formato de manifesto 1.10 ou posterior. { $advice }
store-manifest-version-not-text = O formato do manifesto (`manifestVersion`) precisa ser um texto entre aspas duplas, como "1.17"; o seu é { $value }.
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = {" "}({ $list })
store-manifest-version-reason-list = { $list }; { $next }
store-manifest-version-needs = { $what } exige { $format }
store-manifest-version-not-below = seu manifesto não corresponde ao esquema de { $format }
store-manifest-version-member-at = `{ $member }` ({ $place })
store-manifest-version-lacking = não ter `{ $property }` em { $place }
store-manifest-version-move-to = Passe para o formato de manifesto { $format }, o formato publicado mais antigo que contém tudo o que seu manifesto usa{ $reasons }: defina `manifestVersion` como “{ $format }” e `{ $schema_field }` como “{ $link }”.
store-manifest-version-move-at-least = Passe para um formato de manifesto publicado: no mínimo o { $format }, o mais antigo cujo esquema conhece todos os campos de nível superior que seu manifesto usa{ $reasons }. Do jeito que está, o manifesto ainda não corresponde a nenhum formato publicado, então seu desenvolvedor também precisa corrigir o que o esquema desse formato aponta.
store-manifest-version-unpublished = Seu manifesto usa { $count ->
    [one] um campo
   *[other] campos
} que nenhum formato publicado tem ainda ({ $fields }); recursos ainda em prévia não podem ser publicados. Seu desenvolvedor deve removê-los e depois passar o manifesto para um formato publicado.
store-localization-tags-twice = O idioma “{ $language }” aparece duas vezes entre as traduções; assim, não é possível saber qual dos dois arquivos o Teams vai mostrar. Mantenha uma entrada para cada idioma.
store-long-description-copilot-missing = A descrição completa não menciona o Copilot. Para um aplicativo com agente do Copilot, a Loja de Agentes exige que a descrição completa diga que ele funciona no Microsoft 365 Copilot (por exemplo, “Contoso no Microsoft 365 Copilot”). Adicione uma frase dizendo isso.
store-long-description-copilot-wording = A descrição completa menciona o Copilot, mas não “Microsoft 365 Copilot”, a forma usada no exemplo da Loja de Agentes (“Contoso no Microsoft 365 Copilot”). Outras formas podem passar na revisão; considere usá-la.
store-me-sample-prompts-too-few = O comando de extensão de mensagem{ $named ->
    [yes] {" "}“{ $name }”
   *[no] {""}
} tem { $count ->
    [one] { $count } prompt de exemplo
   *[other] { $count } prompts de exemplo
} (os exemplos que o Copilot mostra). A Loja de Agentes exige pelo menos 3. Seu desenvolvedor precisa adicionar prompts que mostrem o que o comando faz.
store-me-sample-prompts-shared = O prompt de exemplo “{ $prompt }” do comando de extensão de mensagem{ $named ->
    [yes] {" "}“{ $name }”
   *[no] {""}
} também é prompt de exemplo de outro comando. A Loja de Agentes exige que os prompts de cada comando sejam só dele. Seu desenvolvedor precisa escrever um prompt para este comando.
store-package-extra-files-unused = O pacote contém { $count ->
    [one] { $count } arquivo
   *[other] { $count } arquivos
} que o manifesto não usa: { $files }. A loja pede apenas o manifesto e os arquivos que ele cita; remova os outros.
store-package-files-holder = O { $what } “{ $file }”
store-package-files-reference = { $holder } { $problem }
store-package-files-outside = cita “{ $path }”, que não é um arquivo do pacote (um caminho no pacote é escrito em relação ao arquivo que o cita, com barras normais, e fica dentro do pacote). Seu desenvolvedor precisa corrigi-lo.
store-package-files-no-skill-folder = cita a pasta de habilidade “{ $path }”, que não está no pacote. Adicione a pasta ou corrija o nome.
store-package-files-no-skill-file = cita a pasta de habilidade “{ $path }”, que não tem arquivo SKILL.md. Adicione-o (o nome é escrito em letras maiúsculas).
store-package-files-other-case = cita “{ $path }”, mas o pacote contém “{ $entry }”: os nomes precisam ser idênticos, inclusive nas maiúsculas.
store-package-files-missing = cita “{ $path }”, que não está no pacote. Adicione o arquivo ou corrija o nome.
store-package-files-leading-slash = “{ $path }” começa com /; indique o arquivo em relação ao pacote, como “color.png”.
store-package-files-backslash = “{ $path }” usa barra invertida (\); caminhos no pacote usam barras normais, como “resources/color.png”.
store-package-files-parent = “{ $path }” aponta para fora do pacote (..); coloque o arquivo no pacote e indique-o a partir dali.
store-package-files-manifest-other-case = o manifesto cita “{ $path }”, mas o pacote contém “{ $entry }”: os nomes precisam ser idênticos, inclusive nas maiúsculas.
store-package-files-manifest-missing = o manifesto cita “{ $path }”, que não está no pacote. Adicione o arquivo ou corrija o nome.
store-package-files-in-field = { $field }: { $problem }
store-package-name-deprecated-unused = `packageName` não é mais usado a partir do formato de manifesto 1.17 (o seu é { $format }); você pode removê-lo.
store-package-size-too-large = O pacote do aplicativo tem { $size } MB; os serviços de carregamento da Microsoft recusam pacotes acima de 10 MB. Mantenha apenas o manifesto, os ícones e os arquivos que ele cita.
store-required-texts-empty = O campo { $field } está vazio. A loja o mostra a todos que encontram seu aplicativo: preencha-o.
store-static-tab-names-reserved = A guia pessoal { $number } é a guia reservada “{ $entity }”, que o próprio Teams nomeia: remova o `name` dela.
store-static-tab-names-unnamed = A guia pessoal { $number } (“{ $entity }”) não tem nome. Dê a ela o nome que os usuários veem na guia, como “Tarefas”.
store-valid-domains-domain = O domínio válido “{ $domain }” { $problem }
store-valid-domains-web-address = é um endereço web, não um domínio: escreva só o domínio, como “tasks.contoso.com” (sem https://, sem caminho).
store-valid-domains-own-computer = é { $advice }.
store-valid-domains-too-wide = é amplo demais: abrangeria todos os sites abaixo dele. Indique seu próprio domínio, como “*.contoso.com”.
store-valid-domains-already-allowed = é um domínio da Microsoft que o Teams já permite; remova-o da sua lista.
store-valid-domains-tunnel = é um túnel para testes no seu próprio computador; a loja o recusa. Substitua-o pelo domínio onde seu aplicativo está hospedado de verdade.
store-valid-domains-sign-in = abrange o serviço de entrada da Microsoft, um domínio da Microsoft compartilhado por todos os aplicativos; a loja recusa um curinga dele. Se o aplicativo precisar dele para a entrada, seu desenvolvedor deve indicar o endereço exato, como “{ $example }”, ou removê-lo.
store-valid-domains-sharepoint-framework = abrange o SharePoint de todas as organizações; a loja recusa um curinga dele. As páginas do seu aplicativo ficam no site do SharePoint de cada cliente (os endereços das guias começam com {"{"}teamSiteDomain{"}"}), como nos aplicativos feitos com o SharePoint Framework, então indicar um único site não funciona nesse caso: peça ao seu desenvolvedor que siga o guia da Microsoft para publicar soluções do SharePoint Framework, que explica como esse tipo de aplicativo chega a cada cliente: { $guide }
store-valid-domains-sharepoint = abrange o SharePoint de todas as organizações; a loja recusa um curinga dele. Indique exatamente o seu próprio site do SharePoint, como “contoso.sharepoint.com”.
store-valid-domains-shared-hosting = abrange um domínio da Microsoft ou de hospedagem compartilhada, onde também ficam sites de outras pessoas. Indique exatamente o seu próprio site, como “contoso-tasks.azurewebsites.net”.
store-valid-domains-bad-wildcard = tem um curinga no lugar errado: `*` precisa ser uma parte inteira, à esquerda, como “*.contoso.com”.
store-valid-domains-coverage-own-computer = { $field } aponta para { $advice }. Depois de substituí-lo, confirme que o domínio do novo endereço está na sua lista de domínios válidos.
store-valid-domains-coverage-not-listed = { $field } está em { $host }, que não está na sua lista de domínios válidos. O Teams pode se recusar a carregar a página: adicione “{ $host }” a validDomains.
store-version-major-zero = A versão { $version } começa com 0, e a loja não aceita versões 0.x.y. Comece em 1.0.0 (a próxima versão de um aplicativo publicado ainda precisa ser maior que a publicada).

store-summary-template = Isto é um modelo: { $count ->
    [one] { $count } valor ainda contém
   *[other] { $count } valores ainda contêm
} espaços reservados como `{ $example }`. Verifique, em vez disso, o pacote que seu build gera (por exemplo, appPackage/build/appPackage.dev.zip).{ $caused ->
    [0] {""}
    [one] {" "}Mais { $caused } problema nesses espaços reservados vem deles e desaparece com valores reais.
   *[other] {" "}Outros { $caused } problemas nesses espaços reservados vêm deles e desaparecem com valores reais.
}
store-summary-none-found-in-format = Nenhum problema de loja encontrado (verificado com o formato oficial { $format } e as regras da loja).
store-summary-none-found = Nenhum problema de loja encontrado (verificado com as regras da loja).
store-summary-refused = A loja recusaria este { $package ->
    [package] pacote
   *[manifest] manifesto
}: { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}.
store-summary-manifest-alone = Os ícones e os outros arquivos do pacote não foram verificados, porque foi informado apenas um manifest.json. Abra o pacote do aplicativo (.zip) para verificá-los também.
store-where-line-column = { $file }, linha { $line }, coluna { $column }
store-where-file = { $file }
store-where-with-place = { $file } ({ $place })
store-own-computer-advice = “{ $host }”, { $tail }
store-own-computer-tail = o computador do seu desenvolvedor (ou uma rede privada), que ninguém mais consegue acessar: substitua-o pelo endereço onde o aplicativo está hospedado

## Consent rules (src/rules/)
rule-addin-events-changed-title = O suplemento do Office é iniciado em um novo evento
rule-addin-events-changed-explanation = Um suplemento do Office que é iniciado sozinho em um evento ao qual não reagia antes precisa ser aprovado novamente pelo administrador que o implantou; até lá, as pessoas dessa organização não podem usar o suplemento atualizado. Entendemos os “eventos compatíveis com o suplemento” da Microsoft como os tipos de evento que o iniciam; qual função trata um evento e como o Outlook reage a ele aparecem apenas em “O que mudou”.
rule-addin-office-apps-changed-title = O suplemento do Office é executado em outro aplicativo do Office
rule-addin-office-apps-changed-explanation = Um suplemento do Office que passa a ser executado em outro aplicativo do Office (Outlook, Excel, Word, PowerPoint) precisa ser aprovado novamente pelo administrador que o implantou; até lá, as pessoas dessa organização não podem usar o suplemento atualizado. O guia de atualização da Microsoft lista essa mudança.
rule-bot-added-or-removed-title = Um bot foi adicionado ou removido
rule-bot-added-or-removed-explanation = Um bot é a parte de um aplicativo que conversa com as pessoas; adicionar ou remover um bot muda o que o aplicativo pode fazer, então o Teams pede a todos os usuários que aprovem o aplicativo novamente.
rule-bot-calling-or-video-changed-title = O suporte a chamadas ou vídeo de um bot mudou
rule-bot-calling-or-video-changed-explanation = Poder participar de chamadas de áudio ou vídeo é uma permissão que os usuários concedem ao bot; mudar isso faz o Teams pedir a todos os usuários que aprovem o aplicativo novamente.
rule-bot-id-changed-title = O ID de um bot mudou
rule-bot-id-changed-explanation = O ID do bot diz ao Teams com qual serviço de bot registrado o aplicativo se comunica; um ID novo significa outro bot, então o Teams pede a todos os usuários que aprovem o aplicativo novamente.
rule-bot-notification-only-changed-title = A configuração “somente notificações” de um bot mudou
rule-bot-notification-only-changed-explanation = Um bot somente de notificações pode enviar mensagens, mas não recebê-las; mudar isso muda o que o bot pode fazer, então o Teams pede a todos os usuários que aprovem o aplicativo novamente.
rule-bot-supports-files-changed-title = A configuração de compartilhamento de arquivos de um bot mudou
rule-bot-supports-files-changed-explanation = Essa configuração permite que um bot envie e receba arquivos em chats; mudá-la muda o que o bot pode acessar, então o Teams pede a todos os usuários que aprovem o aplicativo novamente.
rule-channel-tab-added-title = Uma guia de canal ou de grupo foi adicionada
rule-channel-tab-added-explanation = Uma guia de canal ou de grupo permite que uma equipe ou um chat em grupo fixe uma página do seu aplicativo; adicionar uma faz o Teams pedir a todos os usuários que aprovem o aplicativo novamente.
rule-connector-added-title = Um conector foi adicionado
rule-connector-added-explanation = Um conector publica atualizações de outro serviço em um canal do Teams; um conector novo faz o Teams pedir a todos os usuários que aprovem o aplicativo novamente.
rule-message-extension-added-or-removed-title = Uma extensão de mensagem foi adicionada ou removida
rule-message-extension-added-or-removed-explanation = Uma extensão de mensagem adiciona comandos de pesquisa ou de ação à caixa onde as pessoas escrevem mensagens; adicionar ou remover uma faz o Teams pedir a todos os usuários que aprovem o aplicativo novamente.
rule-personal-tab-added-title = Uma guia pessoal foi adicionada
rule-personal-tab-added-explanation = Uma guia pessoal é uma página do seu aplicativo no espaço próprio de cada usuário no Teams; adicionar uma faz o Teams pedir a todos os usuários que aprovem o aplicativo novamente.
rule-rsc-permissions-changed-title = As permissões de dados de equipes ou chats mudaram (RSC)
rule-rsc-permissions-changed-explanation = As permissões de consentimento específico do recurso (RSC) permitem que seu aplicativo leia ou altere dados das equipes, chats ou reuniões aos quais é adicionado; mudá-las faz o Teams pedir aos usuários que aprovem o aplicativo novamente.
rule-web-application-info-changed-title = As configurações de entrada mudaram (webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo indica o aplicativo do Microsoft Entra com o qual seu aplicativo faz os usuários entrarem e, portanto, quais dados ele pode acessar; mudá-lo faz o Teams pedir a todos os usuários que aprovem o aplicativo novamente.
rule-source-publishing-docs = Guia da Microsoft para atualizar um aplicativo publicado
rule-source-admin-docs = Documentação de administração do Teams da Microsoft
rule-source-office-addin-docs = Guia da Microsoft para atualizar um suplemento do Office
rule-bot-setting-turned = A configuração “{ $setting }” do bot foi { $now ->
    [on] ativada
   *[off] desativada
} (antes estava { $was ->
    [on] ativada
   *[off] desativada
})
rule-bot-setting-turned-developer = Bot `{ $bot }`: { $setting } ({ $field }) { $now ->
    [on] ativado
   *[off] desativado
} (antes { $was ->
    [on] ativado
   *[off] desativado
})
rule-bot-setting-audio-calls = chamadas de áudio
rule-bot-setting-video = vídeo
rule-bot-setting-notifications-only = somente notificações
rule-bot-setting-file-sharing = compartilhamento de arquivos
rule-bot-removed = Um bot foi removido
rule-bot-removed-developer = O bot `{ $bot }` foi removido
rule-bot-added = Um bot foi adicionado
rule-bot-added-developer = O bot `{ $bot }` foi adicionado
rule-bot-id-changed-evidence = O bot agora tem outro ID, então o Teams o vê como outro bot
rule-bot-id-changed-developer = ID do bot alterado de `{ $old }` para `{ $new }`
rule-channel-tab-added-evidence = Foi adicionada uma guia que equipes e chats em grupo podem fixar
rule-channel-tab-added-developer = A nova versão tem { $new ->
    [one] { $new } guia de canal/grupo
   *[other] { $new } guias de canal/grupo
} (configurableTabs); a publicada tem { $old }
rule-connector-added-evidence = Um conector foi adicionado
rule-connector-added-developer = O conector `{ $connector }` foi adicionado
rule-message-extension-removed = Uma extensão de mensagem foi removida{ $count ->
    [0] {""}
    [one] {" "}(comando { $commands })
   *[other] {" "}(comandos { $commands })
}
rule-message-extension-removed-developer = A extensão de mensagem `{ $extension }` foi removida
rule-message-extension-added = Uma extensão de mensagem foi adicionada{ $count ->
    [0] {""}
    [one] {" "}(comando { $commands })
   *[other] {" "}(comandos { $commands })
}
rule-message-extension-added-developer = A extensão de mensagem `{ $extension }` foi adicionada
rule-personal-tab-added-named = A guia pessoal { $name } foi adicionada
rule-personal-tab-added-unnamed = Uma guia pessoal foi adicionada
rule-personal-tab-added-developer = A guia pessoal `{ $tab }` foi adicionada
rule-rsc-permission-removed = O aplicativo não solicita mais a permissão { $permission }{ $kind ->
    [Application] {" "}(para o próprio aplicativo)
    [Delegated] {" "}(em nome do usuário conectado)
   *[other] {""}
}
rule-rsc-permission-removed-developer = A permissão `{ $permission }` ({ $kind }) foi removida
rule-rsc-permission-added = O aplicativo agora solicita a permissão { $permission }{ $kind ->
    [Application] {" "}(para o próprio aplicativo)
    [Delegated] {" "}(em nome do usuário conectado)
   *[other] {""}
}
rule-rsc-permission-added-developer = A permissão `{ $permission }` ({ $kind }) foi adicionada
rule-sign-in-added = Configurações de entrada adicionadas: o aplicativo agora faz os usuários entrarem com um aplicativo do Microsoft Entra
rule-sign-in-added-developer = Configurações de entrada (webApplicationInfo) adicionadas
rule-sign-in-removed = As configurações de entrada foram removidas
rule-sign-in-removed-developer = Configurações de entrada (webApplicationInfo) removidas
rule-sign-in-changed = As configurações de entrada mudaram
rule-sign-in-changed-developer = Configurações de entrada (webApplicationInfo) alteradas
rule-sign-in-setting-changed = As configurações de entrada mudaram: { $setting }
rule-sign-in-setting-changed-developer = Configurações de entrada: webApplicationInfo.{ $key } alterado de { $old } para { $new }
rule-sign-in-value-none = (nenhum)
rule-sign-in-setting-id = o aplicativo do Microsoft Entra com o qual os usuários entram
rule-sign-in-setting-resource = o endereço do recurso no qual os usuários entram
rule-sign-in-setting-application-permissions = as permissões que o aplicativo tem para si mesmo
rule-sign-in-setting-other = uma configuração de entrada

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = o arquivo inteiro
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry } “{ $name }”
place-number = { $number }
change-line = { $kind ->
    [added] Adicionado
    [removed] Removido
   *[changed] Alterado
}: { $subject }
change-line-detail = { $kind ->
    [added] Adicionado
    [removed] Removido
   *[changed] Alterado
}: { $subject } — { $detail }
change-told = { $subject }
change-told-detail = { $subject }: { $detail }
change-nothing = (nada)
change-quoted = “{ $text }”
change-was = era { $old }
change-was-now = era { $old }, agora { $new }
change-same-entries-reordered = as mesmas entradas em outra ordem
change-file = arquivo { $name }
change-file-new-content = novo conteúdo, ainda com { $size }
change-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
change-value-empty = vazio
change-value-on = ativado
change-value-off = desativado
change-empty-list = uma lista vazia
change-entries = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
change-entries-named = { $entries }: { $names }
change-settings = { $count ->
    [one] { $count } configuração ({ $keys })
   *[other] { $count } configurações ({ $keys })
}
change-scope-personal = chats pessoais
change-scope-team = equipes
change-scope-group-chat = chats em grupo
change-scope-copilot = Copilot
change-and = { $head } e { $last }
change-permissions = { $count ->
    [one] Permissão { $names }
   *[other] Permissões { $names }
}
change-device-permissions = { $count ->
    [one] Permissão de dispositivo { $names }
   *[other] Permissões de dispositivo { $names }
}
change-valid-domains = Domínios válidos { $names }
change-permission = Permissão { $name }
change-permission-typed = Permissão { $name } ({ $kind })
change-device-permission = Permissão de dispositivo { $name }
change-valid-domain = Domínio válido { $name }
change-bot = Bot
change-bot-for = Bot para { $scopes }
change-personal-tab = Guia pessoal
change-personal-tab-named = Guia pessoal “{ $name }”
change-channel-tab = Guia de canal/grupo
change-channel-tab-at = Guia de canal/grupo configurada em { $url }
change-connector = Conector
change-connector-for = Conector para { $scopes }
change-message-extension = Extensão de mensagem
change-message-extension-commands = { $count ->
    [one] Extensão de mensagem com { $count } comando: { $titles }
   *[other] Extensão de mensagem com { $count } comandos: { $titles }
}
change-sign-in = Configurações de entrada
change-sign-in-app = Configurações de entrada do aplicativo do Microsoft Entra { $id }
change-sign-in-app-resource = Configurações de entrada do aplicativo do Microsoft Entra { $id } (recurso { $resource })
change-area-identity = ID e versão do aplicativo
change-area-listing = Nome, descrições e ícones
change-area-capability = O que o aplicativo pode fazer
change-area-agent = Agente do Copilot
change-area-other = Outras configurações
change-area-package-file = Arquivos no pacote do aplicativo
addin-comma-list = { $first }, { $rest }
addin-event-new-message-compose-created = uma nova mensagem é criada
addin-event-new-appointment-organizer-created = um novo convite de reunião é criado
addin-event-message-attachments-changed = anexos são adicionados a uma mensagem ou removidos dela
addin-event-appointment-attachments-changed = anexos são adicionados a um convite de reunião ou removidos dele
addin-event-message-recipients-changed = os destinatários de uma mensagem mudam
addin-event-appointment-attendees-changed = os participantes de uma reunião mudam
addin-event-appointment-time-changed = a data ou o horário de uma reunião muda
addin-event-appointment-recurrence-changed = a recorrência de uma reunião muda
addin-event-info-bar-dismiss-clicked = alguém descarta uma notificação do suplemento
addin-event-message-sending = uma mensagem está sendo enviada
addin-event-appointment-sending = um convite de reunião está sendo enviado
addin-event-message-compose-opened = uma mensagem em redação é aberta
addin-event-appointment-organizer-opened = um convite de reunião em redação é aberto
addin-event-message-from-changed = o remetente de uma mensagem muda
addin-event-appointment-from-changed = o organizador de uma reunião muda
addin-event-message-read-with-custom-header = uma mensagem com um cabeçalho personalizado é lida
addin-event-message-read-with-custom-attachment = uma mensagem com um anexo personalizado é lida
addin-event-spam-reporting = alguém denuncia uma mensagem como lixo eletrônico
addin-event-document-opened = um documento é aberto
addin-event-other = o evento “{ $kind }” acontece
addin-added = Suplemento do Office adicionado
addin-added-runs-in = Suplemento do Office adicionado: executado em { $applications }
addin-added-developer = Suplemento do Office (`extensions`) adicionado, para { $scopes }
addin-added-developer-no-application = Suplemento do Office (`extensions`) adicionado, para nenhum aplicativo
addin-no-longer-limited-named = O suplemento não está mais limitado aos aplicativos que indicava
addin-no-longer-limited = O suplemento não está mais limitado a { $applications }
addin-no-longer-limited-developer = `{ $path }` removido: a extensão pode ser instalada em todos os aplicativos do Office
addin-application-removed = O suplemento não é mais executado em { $application }
addin-application-removed-developer = Aplicativo `{ $scope }` removido (estava em `{ $path }`)
addin-application-added = O suplemento agora também é executado em { $application }
addin-application-added-developer = Aplicativo `{ $scope }` adicionado em `{ $path }`
addin-event-removed = O suplemento não é mais iniciado quando { $event }
addin-event-removed-developer = Evento `{ $kind }` removido (estava em `{ $path }`)
addin-event-added = O suplemento agora é iniciado sozinho quando { $event }
addin-event-added-developer = Evento `{ $kind }` adicionado em `{ $path }`
addin-send-mode-prompt-user = pergunta ao usuário
addin-send-mode-soft-block = bloqueia o envio, a menos que o suplemento esteja indisponível
addin-send-mode-block = bloqueia o envio
addin-send-mode-other = usa o modo de envio “{ $mode }”
addin-send-mode-none = não informa
addin-when-message-sending = uma mensagem é enviada
addin-when-appointment-sending = um convite de reunião é enviado
addin-option-absent = ausente
addin-send-mode-changed = Quando { $event }, o suplemento agora { $now } (antes: { $was })
addin-send-mode-changed-developer = Evento `{ $kind }`: `options.sendMode` agora { $now } (antes { $was })
addin-header-none = nenhum
addin-header-changed = Quando { $event }, o suplemento agora procura o cabeçalho { $now } (antes: { $was })
addin-header-changed-developer = Evento `{ $kind }`: `options.headerName` agora { $now } (antes { $was })
addin-context-mail-read = leitura de emails
addin-context-mail-compose = redação de emails
addin-context-meeting-organizer = organização de reunião
addin-context-meeting-attendee = participação em reunião
addin-context-document = documento
addin-control-button = Botão
addin-control-menu = Menu
addin-control-menu-item = Item de menu
addin-on-ribbon = faixa de opções
addin-on-context-menu = menu de contexto
addin-entry-point-cell = uma célula
addin-entry-point-text = texto selecionado
addin-where-context = { $place }, { $context }
addin-control-removed = { $what } “{ $label }” removido ({ $place })
addin-control-removed-developer = Controle `{ $id }` removido (estava em `{ $path }`)
addin-control-renamed = { $what } “{ $old }” renomeado para “{ $new }” ({ $place })
addin-control-renamed-developer = Controle `{ $id }`: `label` alterado
addin-control-added = { $what } “{ $label }” adicionado ({ $place })
addin-control-added-developer = Controle `{ $id }` adicionado em `{ $path }`
addin-set-version = { $name } { $version }
addin-no-version = sem versão
addin-needs-removed = O suplemento não precisa mais de { $set }
addin-needs-removed-developer = Conjunto de requisitos `{ $set }` removido
addin-needs-changed = O suplemento agora precisa de { $set } (antes { $was })
addin-needs-changed-developer = Conjunto de requisitos `{ $set }`: `minVersion` agora { $now } (antes { $was })
addin-needs-added = O suplemento agora precisa de { $set }
addin-needs-added-developer = Conjunto de requisitos `{ $set }` adicionado
addin-form-factor-mobile = dispositivos móveis
addin-form-factor-desktop = computadores desktop
addin-form-factor-removed = O suplemento não é mais executado em { $factor }
addin-form-factor-removed-developer = Fator forma `{ $factor }` removido
addin-form-factor-added = O suplemento agora também é executado em { $factor }
addin-form-factor-added-developer = Fator forma `{ $factor }` adicionado
addin-pages-no-longer = As páginas do suplemento não vêm mais de { $hosts }
addin-pages-now = As páginas do suplemento agora vêm de { $hosts }
addin-pages-changed = As páginas do suplemento agora vêm de { $hosts } (antes { $was })
addin-pages-developer = Hosts de `runtimes[].code` agora { $hosts } (antes { $was })
addin-shortcut = Atalho de teclado { $keys }
addin-shortcut-action = Atalho de teclado { $keys } (“{ $action }”)
addin-get-started-message = Mensagem de introdução “{ $title }”
addin-custom-function = Função personalizada “{ $name }”
addin-named-removed = Removido: { $thing }
addin-named-removed-developer = `{ $path }` removido
addin-named-added = Adicionado: { $thing }
addin-named-added-developer = `{ $path }` adicionado
addin-removed = Suplemento do Office removido
addin-removed-developer = Suplemento do Office (`extensions`) removido
addin-other-settings = Suplemento do Office: { $count ->
    [one] { $count } outra configuração alterada
   *[other] { $count } outras configurações alteradas
}
addin-other-changes-developer = { $count ->
    [one] { $count } outra alteração
   *[other] { $count } outras alterações
} em `{ $path }`
addin-extensions-changed-developer = `extensions` alterado
addin-extensions-changed-no-addin-developer = `extensions` alterado (nenhuma das versões tem suplemento do Office)
place-label-app-id = ID do aplicativo
place-label-version = Versão
place-label-manifest-format-version = Versão do formato do manifesto
place-label-manifest-schema-link = Link do esquema do manifesto
place-label-app-name = Nome do aplicativo
place-label-description = Descrição
place-label-developer-details = Detalhes do desenvolvedor
place-label-icons = Ícones
place-label-accent-color = Cor de destaque
place-label-translations = Traduções
place-label-package-name = Nome do pacote
place-label-short-name = Nome curto
place-label-full-name = Nome completo
place-label-short-description = Descrição curta
place-label-full-description = Descrição completa
place-label-developer-name = Nome do desenvolvedor
place-label-color-icon = Ícone colorido
place-label-outline-icon = Ícone de contorno
place-label-bot = Bot
place-label-bots = Bots
place-label-message-extension = Extensão de mensagem
place-label-message-extensions = Extensões de mensagem
place-label-connector = Conector
place-label-connectors = Conectores
place-label-personal-tab = Guia pessoal
place-label-personal-tabs = Guias pessoais
place-label-channel-group-tab = Guia de canal/grupo
place-label-channel-and-group-tabs = Guias de canal e de grupo
place-label-sign-in-settings = Configurações de entrada
place-label-team-and-chat-data-permissions = Permissões de dados de equipes e chats
place-label-permission = Permissão
place-label-permissions = Permissões
place-label-device-permission = Permissão de dispositivo
place-label-device-permissions = Permissões de dispositivo
place-label-valid-domain = Domínio válido
place-label-valid-domains = Domínios válidos
place-label-meeting-extension = Extensão de reunião
place-label-activity-feed-notifications = Notificações do feed de atividades
place-label-copilot-agents = Agentes do Copilot
place-label-copilot-extensions = Extensões do Copilot
place-label-agent-connector = Conector de agente
place-label-agent-connectors = Conectores de agente
place-label-agent-skill = Habilidade do agente
place-label-agent-skills = Habilidades do agente
place-label-agentic-user-template = Modelo de usuário agêntico
place-label-agentic-user-templates = Modelos de usuário agêntico
place-label-extension = Extensão
place-label-outlook-and-office-extensions = Extensões do Outlook e do Office
place-label-dashboard-card = Cartão de painel
place-label-dashboard-cards = Cartões de painel
place-label-graph-connector = Conector do Graph
place-label-supported-channel-types = Tipos de canal compatíveis
place-label-default-install-scope = Escopo de instalação padrão
place-label-default-group-capability = Recurso de grupo padrão
place-label-command = Comando
place-label-commands = Comandos
place-label-language = Idioma
place-label-languages = Idiomas
place-label-activity-type = Tipo de atividade
place-label-activity-types = Tipos de atividade
place-label-declarative-agent = Agente declarativo
place-label-declarative-agents = Agentes declarativos
place-label-parameter = Parâmetro
place-label-parameters = Parâmetros
place-label-command-list = Lista de comandos
place-label-command-lists = listas de comandos
place-label-file-sharing = compartilhamento de arquivos
place-label-notifications-only = somente notificações
place-label-audio-calls = chamadas de áudio
place-label-video = vídeo
place-label-page-address = endereço da página
place-label-website-address = endereço do site
place-label-setup-page-address = endereço da página de configuração
place-label-search-address = endereço de pesquisa
place-label-privacy-statement-address = endereço da política de privacidade
place-label-terms-of-use-address = endereço dos termos de uso
place-label-partner-network-id = ID do Partner Network
place-label-bot-id = ID do bot
place-label-tab-id = ID da guia
place-label-connector-id = ID do conector
place-label-color-icon-setting = ícone colorido
place-label-outline-icon-setting = ícone de contorno
place-label-resource-address = endereço do recurso
place-label-settings-can-be-changed = configurações podem ser alteradas
place-label-id = ID
place-extension-number = número { $number } na lista
input-manifest-field-problem = campo `{ $field }`: { $problem }
input-manifest-not-object = um manifesto precisa ser um objeto JSON (começando com `{"{"}`), mas este arquivo é { $value }
input-manifest-not-list = precisa ser uma lista (`[ ... ]`), mas é { $value }
input-manifest-permission-not-object = cada permissão precisa ser um objeto com `name` e `type`, mas esta é { $value }
input-manifest-not-object-field = precisa ser um objeto (`{"{"} ... {"}"}`), mas é { $value }
input-manifest-entry-not-object = cada entrada precisa ser um objeto (`{"{"} ... {"}"}`), mas esta é { $value }
input-manifest-missing = está ausente; é obrigatório
input-manifest-not-text = precisa ser um texto entre aspas duplas, mas é { $value }
input-manifest-not-true-or-false = precisa ser true ou false (sem aspas), mas é { $value }
input-value-null = null (vazio)
input-value-true-or-false = { $value } (true ou false)
input-value-number = o número { $number }
input-value-text = o texto “{ $text }”
input-value-text-shortened = o texto “{ $text }…”
input-value-list = uma lista (`[ ... ]`)
input-value-object = um objeto (`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}e mais { $more }
}
agent-value = { $value }
agent-quoted = “{ $text }”
agent-none = nenhum
agent-and = { $head } e { $last }
agent-from-to = de { $old } para { $new }
agent-was = era { $old }
agent-were = eram { $old }
agent-characters = { $count ->
    [one] { $formatted } caractere
   *[other] { $formatted } caracteres
}
agent-new-wording = novo texto, ainda com { $characters }
agent-it-calls = ele chama { $host }
agent-folder = pasta { $folder }
agent-key-schema = link do esquema
agent-capability-web-search = pesquisa na web
agent-capability-graphic-art = geração de imagens
agent-capability-code-interpreter = interpretador de código
agent-capability-onedrive-sharepoint = arquivos do SharePoint e do OneDrive
agent-capability-graph-connectors = conectores do Copilot
agent-capability-teams-messages = mensagens do Teams
agent-capability-email = emails
agent-capability-email-actions = ações de email
agent-capability-people = pessoas
agent-capability-meetings = reuniões
agent-capability-meeting-actions = ações de reunião
agent-capability-embedded-knowledge = arquivos no pacote
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = modelos de cenário
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = chave de API
agent-sign-in-dynamic-registration = OAuth com registro dinâmico de cliente
agent-sign-in-key-vault = uma chave no Azure Key Vault
agent-sign-in-reference = { $kind } (ID de referência { $id })
agent-agent = agente { $name }
agent-action = ação { $name }
agent-an-action = uma ação
agent-copilot-extension = extensão do Copilot do aplicativo
agent-connector = conector de agente { $name }
agent-custom-engine = agente de mecanismo personalizado
agent-agentic-user-template = modelo de usuário agêntico { $name }
agent-api-of = API de { $label }
agent-file-agent = agente em { $file }
agent-file-action = ação em { $file }
agent-file-api = descrição de API { $file }
agent-file-tools = lista de ferramentas MCP { $file }
agent-file-card = modelo de cartão { $file }
agent-file-response-template = modelo de resposta { $file }
agent-file-agentic-user-template = modelo de usuário agêntico em { $file }
agent-setting-name = nome
agent-setting-description = descrição
agent-setting-disclaimer = aviso de isenção de responsabilidade
agent-thing-skill = uma habilidade
agent-thing-starter = um iniciador de conversa
agent-thing-tool = uma ferramenta
agent-thing-mcp-server = um servidor MCP
agent-thing-local-runtime = um runtime no dispositivo do usuário
agent-thing-api = uma API
agent-added-to = { $what } ({ $label })
agent-removed-from = { $what } ({ $label })
agent-setting-of = { $what } ({ $label })
agent-setting-added = { $what } ({ $label })
agent-file-of = o arquivo ({ $label })
agent-format-of = a versão do formato ({ $label })
agent-other-settings-of = outras configurações ({ $label })
agent-other-details-of = outros detalhes ({ $label })
agent-copilot-added = { $label } do Copilot
agent-copilot-removed = { $label } do Copilot
agent-declared-how = a declaração no manifesto ({ $label })
agent-declared-from-preview = da forma de prévia (extensões do Copilot) para agentes do Copilot
agent-custom-engine-added = um agente de mecanismo personalizado (ele responde por meio do bot do aplicativo)
agent-connector-added = um { $label }
agent-connector-removed = o { $label }
agent-mcp-server-of = o servidor MCP ({ $label })
agent-sign-in-of = a entrada ({ $label })
agent-sign-in-of-host = a entrada ({ $label }) em { $host }
agent-sign-in-of-number = a entrada ({ $label }, { $number })
agent-skill = uma habilidade do agente
agent-skill-in-folder = a habilidade do agente na pasta { $folder }
agent-agentic-user-template-added = um modelo de usuário agêntico { $name }
agent-instructions-of = as instruções ({ $label })
agent-capability-from = um recurso ({ $label })
agent-capability-to = um recurso ({ $label })
agent-capability-settings-of = as configurações de { $capability } ({ $label })
agent-starter-of = o iniciador de conversa { $starter } ({ $label })
agent-worker-from = um agente de trabalho ({ $label })
agent-worker-to = um agente de trabalho ({ $label })
agent-action-from = uma ação ({ $label })
agent-action-to = uma ação ({ $label })
agent-function = { $name } ({ $description })
agent-function-from = uma função ({ $label })
agent-function-to = uma função ({ $label })
agent-function-of = a função { $name } ({ $label })
agent-server-of = o servidor ({ $label })
agent-servers-of = os servidores ({ $label })
agent-operation = { $operation } ({ $id })
agent-operation-from = uma operação ({ $label })
agent-operation-to = uma operação ({ $label })
agent-operations-changed = { $count ->
    [one] os detalhes de uma operação ({ $label })
   *[other] os detalhes de operações ({ $label })
}
agent-tool-descriptions-of = as descrições das ferramentas ({ $label })
agent-note-sign-in = Os usuários precisarão entrar em { $host } na primeira vez que o agente o usar.
agent-note-action-service = o serviço por trás da ação “{ $name }”
agent-note-new-host = O agente agora envia solicitações para { $host }.
agent-note-converted = Seu agente declarativo se tornou um agente de mecanismo personalizado: os usuários precisam revisar o novo agente e dar consentimento a ele, e fixá-lo novamente.
agent-note-admin-approval = Quando uma organização implanta seu aplicativo pelo centro de administração, um administrador aprova cada atualização antes que os usuários a recebam.
agent-note-source-sign-in = Página da Microsoft sobre a entrada em ações de agente
agent-note-source-converted = Página da Microsoft sobre a conversão de um agente
agent-note-source-admin-approval = Central de mensagens do Microsoft 365, MC1041454
agent-note-source-actions = Página da Microsoft sobre ações de agente
agent-kind-agent = arquivo de agente do Copilot
agent-kind-plugin = arquivo de ação de agente (plug-in de API)
agent-kind-openapi = arquivo de descrição de API
agent-kind-mcp-tools = arquivo de descrição de ferramentas MCP
agent-kind-response-template = arquivo de modelo de resposta
agent-kind-card = arquivo de modelo de cartão
agent-kind-agentic-user-template = arquivo de modelo de usuário agêntico
agent-kind-file = arquivo
agent-file-unreadable = O { $what } “{ $name }” não pode ser lido: { $problem }. Seu desenvolvedor precisa corrigir o arquivo.
agent-file-not-object = O { $what } “{ $name }” não contém o que deveria (o conteúdo precisa ser { $content }). Seu desenvolvedor precisa corrigir o arquivo.
agent-file-content-yaml = um conjunto de valores nomeados
agent-file-content-json = um objeto JSON, entre {"{"} {"}"}
agent-file-openapi-format = A descrição de API “{ $name }” está no formato { $format }; o Copilot lê OpenAPI 3 (openapi: 3.0.x ou 3.1.x). Seu desenvolvedor precisa convertê-la.
agent-file-not-openapi = A descrição de API “{ $name }” não é um documento OpenAPI 3 (ela não diz openapi: 3.x; um arquivo Swagger 2.0 precisa ser convertido). Seu desenvolvedor precisa convertê-la.
agent-field-copilot-agents = agentes do Copilot
agent-field-copilot-extensions = extensões do Copilot
agent-field-agent-connectors = conectores de agente
agent-field-agent-skills = habilidades do agente
agent-field-agentic-user-templates = modelos de usuário agêntico

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = versão publicada
input-side-new = nova versão
input-side-error = a { $side }: { $error }
input-error = { $file }: { $problem }. { $fix }
input-error-at = { $file }, { $place }: { $problem }. { $fix }
input-where-line-column = linha { $line }, coluna { $column }
input-where-field = campo `{ $field }`
input-where-package-entry = entrada do pacote `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = esta ferramenta parou ao ler o arquivo (um bug desta ferramenta, não um problema do arquivo)
input-internal-fix = Tente novamente; se acontecer de novo, informe o problema.
input-not-found = o arquivo não existe (pode ter sido movido, renomeado ou excluído)
input-not-found-fix = Escolha o arquivo novamente.
input-permission-denied = você não tem permissão para ler este arquivo
input-permission-denied-fix = Copie o arquivo para um local onde você possa lê-lo, ou peça ajuda a quem administra o computador.
input-unreadable = não foi possível ler o arquivo ({ $error })
input-unreadable-fix = Verifique se o arquivo ainda está lá e pode ser lido, e tente novamente.
input-folder = isto é uma pasta, não um arquivo
input-folder-fix = Escolha o arquivo manifest.json dentro dela ou o pacote do aplicativo (.zip).
input-not-regular-file = isto não é um arquivo comum (pode ser um dispositivo, um pipe ou um atalho para um deles)
input-not-regular-file-fix = Escolha o próprio arquivo manifest.json ou o pacote do aplicativo (.zip).
input-manifest-too-large = o manifesto é maior que os { $mebibytes } MiB que esta ferramenta lê (um manifesto real tem poucos kilobytes)
input-manifest-too-large-fix = Verifique se você escolheu o arquivo certo.
input-count-translation-files = { $count ->
    [one] { $count } arquivo de tradução
   *[other] { $count } arquivos de tradução
}
input-count-other-files = { $count ->
    [one] { $count } outro arquivo
   *[other] { $count } outros arquivos
}
input-package-only-manifest = Pacote do aplicativo só com o manifesto
input-package-with = Pacote do aplicativo com { $parts }
input-list-two = { $first } e { $last }
input-list-more = { $first }, { $rest }
input-bad-json = isto não é um JSON válido: { $problem }
input-bad-json-fix = Abra o arquivo em um editor de texto, corrija-o nesse ponto, salve e carregue-o novamente.
input-bad-manifest-fix = Corrija esse campo no manifesto (o Portal do Desenvolvedor do Teams pode exportar um manifesto válido), salve e carregue-o novamente.
input-package-damaged = o pacote do aplicativo está danificado ou não é um arquivo zip normal ({ $detail })
input-package-damaged-fix = Baixe ou gere o pacote novamente (no Portal do Desenvolvedor do Teams: Publicar › Baixar pacote do aplicativo).
input-package-too-large = o pacote do aplicativo é maior que { $mebibytes } MiB
input-package-too-large-fix = Um pacote de aplicativo do Teams contém um manifesto e dois ícones pequenos; verifique se você escolheu o arquivo certo.
input-package-too-many-entries = o pacote do aplicativo contém { $entries } entradas; esta ferramenta lê no máximo { $most }
input-package-too-many-entries-fix = Um pacote de aplicativo do Teams contém um manifesto e alguns ícones; verifique se você escolheu o arquivo certo.
input-packaged-manifest-too-large = o manifest.json é maior que os { $mebibytes } MiB que esta ferramenta lê
input-package-unpacks-too-large = o pacote do aplicativo, descompactado, passa de { $mebibytes } MiB
input-package-unpacks-too-large-fix = Um pacote de aplicativo do Teams contém um manifesto e alguns ícones pequenos; verifique se você escolheu o arquivo certo.
input-package-entry-damaged = esta entrada do pacote do aplicativo está danificada e não pode ser descompactada ({ $error })
input-package-entry-damaged-fix = Gere ou baixe o pacote novamente.
input-manifest-in-folder = o manifest.json está dentro de uma pasta do pacote, mas o Teams precisa dele na raiz do pacote
input-manifest-in-folder-fix = Compacte os próprios arquivos (manifest.json e os ícones), não a pasta que os contém.
input-manifest-name-case = o manifesto se chama `{ $name }`, mas o Teams precisa exatamente de `manifest.json` (tudo em minúsculas)
input-manifest-name-case-fix = Renomeie o arquivo para manifest.json e compacte o pacote novamente.
input-no-manifest = o pacote do aplicativo não tem manifest.json
input-no-manifest-fix = Um pacote de aplicativo do Teams é um zip com o manifest.json e os ícones; escolha um pacote gerado para o Teams ou o próprio manifest.json.
input-kind-empty = este arquivo está vazio: não há nenhum manifesto nele
input-kind-png = isto é uma imagem PNG, não um manifesto
input-kind-jpeg = isto é uma imagem JPEG, não um manifesto
input-kind-gif = isto é uma imagem GIF, não um manifesto
input-kind-pdf = isto é um documento PDF, não um manifesto
input-kind-word = isto é um documento do Word, não um manifesto
input-kind-excel = isto é uma pasta de trabalho do Excel, não um manifesto
input-kind-powerpoint = isto é uma apresentação do PowerPoint, não um manifesto
input-kind-old-office = isto é um documento do Microsoft Office, não um manifesto
input-kind-other-archive = isto é um arquivo compactado de outro tipo (como .rar, .7z ou .gz); um pacote de aplicativo do Teams é um arquivo .zip
input-kind-utf16 = este manifesto está salvo como texto UTF-16, mas o Teams só lê manifestos em UTF-8
input-kind-other-text = isto não é um manifesto: um manifesto do Teams é um texto JSON que começa com “{"{"}”, e este arquivo contém outro texto (como um programa, uma página web ou anotações)
input-kind-empty-fix = Escolha o manifest.json ou o pacote do aplicativo (.zip). Se este for seu manifesto, ele não foi salvo: abra-o no seu editor e salve-o novamente.
input-kind-utf16-fix = Abra-o em um editor de texto, salve-o como UTF-8 (no Bloco de Notas: Arquivo › Salvar como, Codificação: UTF-8) e carregue-o novamente.
input-kind-other-archive-fix = Escolha o manifest.json ou o pacote do aplicativo (.zip) (no Portal do Desenvolvedor do Teams: Publicar › Baixar pacote do aplicativo).
input-kind-fix = Escolha o manifest.json ou o pacote do aplicativo (.zip).
input-json-error-at = linha { $line }, coluna { $column }: { $problem }
input-json-not-utf8 = o arquivo não é um texto UTF-8 (pode ter sido salvo em outra codificação, como UTF-16 ou Windows-1252, ou não é um arquivo de texto)
input-json-too-deep = objetos e listas estão aninhados em mais de { $levels } níveis
input-json-comment = comentários não são permitidos no manifest.json; apague o comentário (de // até o fim da linha, ou de /* até */)
input-json-non-breaking-space = há aqui um espaço não separável invisível (U+00A0), onde o JSON só permite espaços normais (ele costuma vir de texto copiado de uma página web ou de um documento); apague-o e digite um espaço normal
input-json-curly-double-quotes = as aspas curvas “ ” precisam ser aspas retas " (um processador de texto as troca enquanto você digita); digite cada uma delas novamente como "
input-json-curly-single-quotes = as aspas curvas ‘ ’ precisam ser aspas duplas retas " (o JSON não tem aspas simples); digite cada uma delas novamente como "
input-json-invisible-character = há aqui um caractere invisível (U+{ $code }), onde o JSON só permite espaços normais; apague-o
input-json-missing-comma-end-of-line = falta uma vírgula `,` no fim desta linha (ou um colchete ou uma chave de fechamento antes dela)
input-json-last-comma = esta vírgula é a última antes de um colchete ou uma chave de fechamento; remova-a
input-json-trailing-comma = há uma vírgula logo antes de um colchete ou uma chave de fechamento; remova-a
input-json-key-not-string = um nome não está entre aspas duplas (o JSON exige "nome": valor), ou há uma vírgula sobrando
input-json-expected-value = era esperado um valor aqui: um texto entre aspas duplas, um número, true, false, null, uma lista [ ] ou um objeto {"{"} {"}"} (aspas simples e palavras sem aspas não são permitidas)
input-json-unclosed-string = falta a aspa dupla de fechamento em um valor de texto
input-json-ends-too-early = o arquivo termina cedo demais: falta um colchete ou uma chave de fechamento
input-json-missing-comma = falta uma vírgula antes disto (ou um colchete ou uma chave de fechamento)
input-json-missing-colon = faltam os dois-pontos `:` depois de um nome
input-json-trailing-characters = há texto a mais depois do fim do documento JSON
input-json-control-character = um valor de texto contém uma quebra de linha ou uma tabulação direta; escreva-a como \n ou \t
input-json-invalid-escape = uma barra invertida em um valor de texto inicia uma sequência de escape que o JSON não conhece (escreva uma barra invertida como \\)
input-json-bad-hex-escape = um escape \u em um valor de texto está incompleto (um caractere fora do intervalo básico precisa de dois escapes \u seguidos)
input-json-unknown-word = uma palavra não é reconhecida aqui: só true, false e null são escritos sem aspas; coloque o texto entre aspas duplas
input-json-invalid-number = um número está escrito de um jeito que o JSON não aceita (sem zeros à esquerda, sem sinal +, com dígitos dos dois lados do ponto decimal)
input-json-other = não é assim que se escreve JSON ({ $detail })
input-yaml-not-utf8 = o arquivo não é um texto UTF-8
input-yaml-invalid = isto não é um YAML válido: { $detail }
input-yaml-too-many-values = o documento contém valores demais (mais de um milhão, contando as partes repetidas); um documento OpenAPI é muito menor

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = A versão publicada que você abriu não é o pacote que está na loja: { $reason }. Por isso, este relatório não consegue dizer quais problemas a loja já aceitou antes. Abra o pacote que está na loja: no Partner Center, baixe o pacote do aplicativo da versão ativa (ou use o .zip que você carregou da última vez).
report-not-store-package-app-id = o ID de aplicativo dela é “{ $id }”, e não o ID de um aplicativo publicado
report-not-store-package-format = ela usa o formato de manifesto “{ $format }”, que a loja não aceita
report-not-store-package-placeholder = ela contém espaços reservados que ferramentas de build preenchem, como “{ $placeholder }”
report-no-link-app-id-changed = Sem link de download: o ID do aplicativo mudou, e um link para o novo ID apontaria para um aplicativo que a loja não tem. Volte a usar o ID do aplicativo publicado para obter o link.
report-no-link-not-an-app-id = Sem link de download: o ID do aplicativo “{ $id }” não é um ID de aplicativo real (um GUID como 0b5c3d6e-1234-4abc-9def-00112233aabb). O link usa o ID do pacote que você envia.
render-date = { $day }/{ $month }/{ $year }
button-default-label = Obtenha no Microsoft Teams
button-style-purple = Roxo
button-style-outline = Contorno
button-style-dark = Escuro
button-size-small = Pequeno
button-size-medium = Médio
button-size-large = Grande
button-unknown-style = estilo desconhecido “{ $style }”; escolha purple, outline ou dark
button-unknown-size = tamanho desconhecido “{ $size }”; escolha small, medium ou large
button-not-an-app-id = “{ $text }” não é um ID de aplicativo: um ID de aplicativo tem a forma 0b5c3d6e-1234-4abc-9def-00112233aabb. Use o ID do Portal do Desenvolvedor do Teams ou do Partner Center (o ID da loja).
button-empty-label = o texto do botão está vazio: escreva o texto que o botão deve mostrar, por exemplo “{ $example }”

guide-fixer-app-window-portal = Você pode corrigir isso aqui: “Salvar uma cópia corrigida” (ou no Portal do Desenvolvedor: abra seu aplicativo e depois { $place })
guide-fixer-app-window = Você pode corrigir isso aqui: “Salvar uma cópia corrigida”
guide-fixer-app-terminal-portal = Você: execute teams-update-check fix com o arquivo publicado e o novo para salvar uma cópia corrigida, ou no Portal do Desenvolvedor: abra seu aplicativo e depois { $place }
guide-fixer-app-terminal = Você: execute teams-update-check fix com o arquivo publicado e o novo para salvar uma cópia corrigida
guide-fixer-portal-place = Você, no Portal do Desenvolvedor (abra seu aplicativo e depois { $place })
guide-fixer-portal = Você, no Portal do Desenvolvedor
guide-fixer-developer = Seu desenvolvedor

guide-already-published = Já está na sua versão publicada: a loja aceitou isso antes, mas ela verifica o pacote inteiro novamente a cada atualização, então pode recusá-lo agora.
guide-step-nothing-to-submit = Faça suas alterações, aumente o número de versão e verifique o novo pacote novamente.
guide-step-fix-window = Corrija { $count ->
    [one] o problema listado acima
   *[other] os { $count } problemas listados acima
}. Cada um diz quem pode corrigi-lo; copie-os para seu desenvolvedor com “Copiar para meu desenvolvedor”.
guide-step-fix-document = Corrija { $count ->
    [one] o problema listado acima
   *[other] os { $count } problemas listados acima
}. Cada um diz quem pode corrigi-lo; a lista “Para seu desenvolvedor” está pronta para ser enviada ao seu desenvolvedor.
guide-step-check-again-window = Depois, abra aqui o pacote corrigido como nova versão e verifique novamente antes de enviá-lo.
guide-step-check-again-document = Depois, verifique o pacote corrigido novamente com o Teams Update Check antes de enviá-lo.
guide-step-open-offer = No Partner Center, abra a oferta do seu aplicativo e atualize-a a partir do bloco do aplicativo na guia Visão geral. Nunca use “Adicionar um novo aplicativo”: isso cria um segundo aplicativo em vez de uma atualização.
guide-step-upload = Carregue este pacote. Mantenha o ID do aplicativo como está: a loja reconhece seu aplicativo por ele.
guide-step-tested-again = Esta atualização muda o que o aplicativo pode fazer, então a Microsoft o testa novamente antes de ele entrar no ar. Cole as notas de certificação abaixo no campo de notas para certificação, para que os revisores saibam o que testar.
guide-step-listing-only = Esta atualização muda apenas a listagem e a versão do aplicativo. A Microsoft ainda revisa toda atualização antes de ela entrar no ar; as notas de certificação abaixo dizem o que mudou.
guide-step-users-approve = Depois da publicação, os usuários atuais recebem a atualização depois de aprovarem o aplicativo novamente; a nota de versão abaixo explica a eles o que esperar.
guide-step-admin-approves = Depois da publicação, as organizações cujo administrador implantou o suplemento só o recebem depois que o administrador aprovar esta atualização novamente: até lá, as pessoas dessas organizações não podem usar o suplemento atualizado. A nota de versão abaixo explica aos administradores o que esperar.
guide-step-users-not-asked = Depois da publicação, os usuários atuais não precisarão aprovar o aplicativo novamente.
guide-step-users-automatic = Depois da publicação, os usuários atuais recebem a atualização automaticamente.
guide-agent-admin-approves = Quando uma organização implanta seu aplicativo pelo centro de administração, um administrador aprova cada atualização do agente do Copilot antes que os usuários a recebam.
guide-step-organization-only = Publicado apenas na sua organização (não na loja)? Nesse caso, carregue o pacote no Centro de administração do Teams (Gerenciar aplicativos › seu aplicativo › Carregar arquivo) ou no Portal do Desenvolvedor.
report-verdict-ready = Pronto para enviar
report-verdict-nothing-to-submit = Nada mudou: não há atualização para enviar
report-verdict-blocked = Corrija { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
} antes de enviar
report-users-asked = Os usuários atuais precisarão aprovar o aplicativo novamente.
report-admin-asked = Organizações cujo administrador implantou o suplemento: o administrador precisa aprovar esta atualização novamente antes que as pessoas dessas organizações possam usar o suplemento atualizado.
report-two-sentences = { $first } { $second }
report-consent-nothing-changed = Nada mudou, então não há nada para os usuários atuais aprovarem.
report-consent-users-not-asked = Os usuários atuais não precisarão aprovar o aplicativo novamente.
report-consent-users-automatic = Os usuários atuais recebem esta atualização automaticamente (sem nova aprovação).
report-consent-summary-none = Nenhuma das { $total } mudanças que exigem aprovação está nesta atualização: os usuários atuais a recebem sem nova solicitação de aprovação.
report-consent-summary = { $count ->
    [one] { $count } das { $total } mudanças que exigem aprovação está nesta atualização.
   *[other] { $count } das { $total } mudanças que exigem aprovação estão nesta atualização.
}
report-consent-others-none = Nenhuma das { $count } mudanças que exigem aprovação está nesta atualização
report-consent-others = { $count ->
    [one] A outra mudança que exige aprovação não está nesta atualização
   *[other] As outras { $count } mudanças que exigem aprovação não estão nesta atualização
}
report-who-users-and-admin = Quem precisa aprovar: todos os usuários atuais e o administrador que implantou o suplemento do Office
report-who-admin = Quem precisa aprovar: o administrador que implantou o suplemento do Office na organização, não cada usuário
report-who-users = Quem precisa aprovar: todos os usuários atuais
report-consent-title = Os usuários ou o administrador precisarão aprovar o aplicativo novamente?
report-consent-intro = Algumas mudanças fazem o Teams mostrar a todos os usuários atuais uma solicitação para aprovar o aplicativo novamente (dar consentimento a ele). Já as mudanças em um suplemento do Office fazem o administrador que o implantou aprová-lo novamente.
report-consent-others-hint = Nenhuma destas está nesta atualização. Abra uma delas para ler o que significa.
report-store-title = A loja vai aceitá-la?
report-store-warnings-title = { $count ->
    [one] { $count } ponto que vale a pena verificar (não bloqueia a atualização)
   *[other] { $count } pontos que vale a pena verificar (não bloqueiam a atualização)
}
report-store-template-findings = { $count ->
    [one] Mostrar o item que ele gera
   *[other] Mostrar os { $count } itens que ele gera
}
report-microsofts-rule = Regra da Microsoft
guide-notes-the-app = O aplicativo
guide-notes-versions = { $app }: atualização da versão { $old } para a { $new }.
guide-notes-capabilities = O que o aplicativo pode fazer
guide-notes-agent = Agente do Copilot
guide-notes-listing = Nome, descrições, ícones e arquivos
guide-notes-heading = { $title }:
guide-notes-users-asked = Os usuários atuais precisarão aprovar o aplicativo novamente: { $rules }.
guide-notes-admin-asked = O administrador que implantou o suplemento do Office precisa aprová-lo novamente: { $rules }.
guide-release-our-app = nosso aplicativo
guide-release-users-opening = { $app } { $version } está chegando ao Microsoft Teams. Quando chegar, o Teams vai pedir que você aprove { $app } novamente antes de usar a nova versão. Isso é esperado: a atualização muda o que o aplicativo pode fazer.
guide-release-users-heading = O que muda para você:
guide-release-admin-opening = { $app } { $version } está chegando. O suplemento do Office dele muda de um jeito que exige a aprovação do seu administrador: o administrador que implantou o suplemento na sua organização precisa aprovar esta atualização novamente, e até lá as pessoas da organização não podem usar o suplemento atualizado. Isso é esperado: a atualização muda onde ou quando o suplemento é executado.
guide-release-admin-heading = O que muda:
guide-release-users-asked = Quem precisa aprovar: todos que usam o aplicativo no Teams.
guide-release-team-owner = A nova guia para equipes e chats em grupo é adicionada por um proprietário da equipe ou por um membro do chat, no canal ou chat onde ele quiser.
guide-release-for-admins = Para administradores de TI: esta atualização muda as configurações de entrada do aplicativo ou as permissões que ele solicita. Revise-as no Centro de administração do Teams: Gerenciar aplicativos › { $app } › Permissões, onde você pode conceder consentimento em nome da sua organização.
guide-release-addin-admins = Para administradores de TI que implantaram o suplemento do Office: aprove novamente esta atualização do suplemento; até você fazer isso, as pessoas da sua organização não podem usar o suplemento atualizado.
guide-release-admin-asked = Quem precisa aprovar: o administrador que implantou o suplemento na sua organização, não cada usuário.
guide-handoff-the-app = o aplicativo
guide-handoff-intro = O Teams Update Check encontrou { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
} em { $file } ({ $app } { $version }) que a loja recusaria. Por favor, { $count ->
    [one] corrija-o
   *[other] corrija-os
}:
guide-handoff-where = Onde: { $place }
guide-handoff-who = Quem: { $who }
guide-handoff-rule = Regra: { $rule }
guide-handoff-check = { $title }: { $message }
guide-handoff-manifest-field = manifest.json, “{ $field }”
guide-handoff-file-line = { $file }, linha { $line }, coluna { $column }
guide-handoff-note = Observação: { $note }
report-next-steps-title = O que fazer agora
report-certification-notes-lead = Um rascunho para as notas para certificação no Partner Center: o que mudou nesta atualização. Acrescente como entrar no aplicativo e como testá-lo.
report-certification-notes-title = Notas de certificação
report-certification-notes-copy = Copiar notas de certificação
report-release-note-admin = O administrador que implantou o suplemento precisa aprovar esta atualização novamente. Envie esta nota aos administradores de TI dos seus clientes antes que a atualização chegue.
report-release-note-both = Os usuários atuais precisarão aprovar o aplicativo novamente, e o administrador que implantou o suplemento também precisa aprová-lo novamente. Envie esta nota aos seus usuários e aos administradores de TI deles antes que a atualização chegue.
report-release-note-users = Os usuários atuais precisarão aprovar o aplicativo novamente. Envie esta nota a eles (e aos administradores de TI deles) antes que a atualização chegue.
report-release-note-title = Avise seus usuários
report-release-note-copy = Copiar nota de versão
report-attention-title = Corrija isto antes de enviar
report-attention-intro = Cada problema diz quem pode corrigi-lo. Corrija-os e depois verifique o pacote corrigido novamente.
report-handoff-lead = Entregue a lista ao seu desenvolvedor: ela diz onde está cada problema (arquivo, linha, coluna) e qual é a regra da Microsoft, pronta para colar em um email ou em um chamado.
report-handoff-title = Para seu desenvolvedor
report-handoff-copy = Copiar para meu desenvolvedor
report-checks-title = Versão e ID do aplicativo
report-checks-intro = A Microsoft exige que uma atualização mantenha o ID do aplicativo e aumente o número de versão a cada mudança, mesmo no nome ou na descrição.
report-agent-notes-title = O que seus usuários vão notar
report-agent-notes-intro = Sobre o agente do Copilot nesta atualização. Apenas para informação: isto não muda se os usuários precisam aprovar o aplicativo novamente.
report-area-identity-hint = O ID do aplicativo, o número de versão e a versão do formato do manifesto
report-area-listing-hint = O que as pessoas veem na loja: nome, descrições, detalhes do desenvolvedor, ícones, cores
report-area-capability-hint = O que o aplicativo pode fazer no Teams e no Office: bots, guias, extensões de mensagem, conectores, entrada, permissões, o suplemento do Office
report-area-package-file-hint = Arquivos no pacote .zip do aplicativo além do manifest.json, como ícones e traduções
report-area-agent-hint = O agente do Copilot: instruções, recursos, ações e os servidores que ele chama
report-area-other-hint = Outras configurações do manifesto
report-changes-nothing = Nada: as duas versões são iguais.
report-download-title = Link de download para seu site
report-download-window = Coloque no seu site um botão que abre seu aplicativo na loja do Teams; a janela gera o HTML dele para você.
report-download-terminal = Coloque no seu site um botão que abre seu aplicativo na loja do Teams; execute teams-update-check button com o novo arquivo para imprimir o HTML dele.
report-download-document = Coloque no seu site um botão que abre seu aplicativo na loja do Teams; o Teams Update Check gera o HTML dele para você.
report-nothing-note = As duas versões são iguais. Faça suas alterações, aumente o número de versão e verifique novamente.
report-error-title = O que deu errado
report-error-note = Corrija o arquivo (ou escolha o arquivo certo) e verifique novamente.
report-row-file = Arquivo
report-row-app-name = Nome do aplicativo
report-row-app-id = ID do aplicativo
report-row-version = Versão
report-row-manifest-format = Formato do manifesto
report-full-value = Valor completo: { $subject }
report-changes-title = O que mudou ({ $count })
report-changes-area = { $area } ({ $count })
report-error-headline = Não foi possível carregar a { $side }
report-error-note-file = { $file } é a { $side }. Nada foi comparado ainda.
render-unnamed-app = aplicativo sem nome
render-published-new = Publicada: { $published }   Nova: { $new }
render-label-note = Observação:
render-label-sources = Fontes:
render-label-where = Onde:
render-label-who = Quem pode corrigir:
render-label-why = Por quê:
render-label-developers = Para desenvolvedores:
render-title = Verificação de atualização do Teams: { $headline }
render-column-published = Publicada
render-column-new = Nova
render-verdict = Resultado
render-footer = Gerado pelo Teams Update Check, que verifica uma atualização de aplicativo do Microsoft Teams antes de ela ser enviada à loja. Ele leu os arquivos no computador em que foi executado e não enviou nada a lugar nenhum.
render-title-app = { $app } — Verificação de atualização do Teams: { $headline }
render-teams-update-check = Verificação de atualização do Teams
render-report = Relatório
render-button-preview = O botão de download, como aparece em um site:
fix-version-not-raised = Não foi possível aumentar a versão automaticamente, porque a versão publicada “{ $published }” não é formada por números e pontos (ou um número é longo demais).
fix-who-type-version = Você: digite a nova versão (maior que a publicada) no Portal do Desenvolvedor, ou informe-a com --new-version.
fix-what-version = A versão
fix-typed-version-form = A versão “{ $version }” não é formada por três números inteiros separados por pontos, como 1.4.2. Digite-a dessa forma (sem letras, sem zeros à esquerda).
fix-typed-version-not-higher = A versão { $version } não é maior que a publicada, { $published }. Digite uma versão maior.
fix-what-unused-files = Arquivos que o pacote não usa
fix-unused-files-before = { $count ->
    [one] { $count } arquivo
   *[other] { $count } arquivos
}: { $names }
fix-unused-files-after = deixados de fora
fix-what-package-files = Os arquivos do pacote
fix-folder-before = na pasta “{ $folder }”
fix-folder-after = na raiz do pacote, onde o Teams os procura
fix-package-damaged = Não foi possível gravar o pacote novamente, porque uma das entradas dele está danificada ({ $error }). Gere ou baixe o pacote novamente.
fix-folder-damaged = Não foi possível tirar os arquivos do pacote da pasta em que estão, porque uma entrada está danificada ({ $error }). Gere ou baixe o pacote novamente.
fix-output-is-input = esse é um dos arquivos que estão sendo verificados; a cópia corrigida nunca os substitui, escolha outro nome
fix-schema-preview = o manifesto usa o formato de prévia devPreview, que a loja recusa; apontar o link para ele afastaria o pacote ainda mais do que a loja aceita. Primeiro passe o manifesto para um formato publicado (veja “O manifesto usa um formato que a loja aceita”), com o link desse formato
fix-schema-unknown-format = o formato do manifesto (manifestVersion) não é um formato que a Microsoft publicou, então não há link oficial para usar
fix-schema-not-text = o link existe, mas não é um texto, então não se sabe o que ele deveria dizer
fix-schema-not-fixed = O link do esquema de “{ $file }” não foi corrigido: { $reason }.
fix-who-developer = Seu desenvolvedor.
fix-schema-missing = ausente
fix-what-schema-link = O link do esquema ({ $field }) de “{ $file }”
fix-icon-outline = ícone de contorno
fix-icon-color = ícone colorido
fix-icon-small-color = ícone colorido pequeno
fix-who-icon-maker = Quem cria seus ícones (ou seu desenvolvedor).
fix-icon-not-fixed = O { $icon } “{ $file }” não foi corrigido: { $reason }
fix-icon-shared = o mesmo arquivo também é o { $other }, que precisa de outro tamanho ou de outra cor; cada ícone precisa de um arquivo próprio.
fix-icon-not-png = não é uma imagem PNG; salve-o como PNG primeiro.
fix-icon-not-square = ele tem { $width } × { $height } pixels e não é quadrado; redimensioná-lo para { $want } × { $want } distorceria a imagem, e recortá-lo exige o olhar de uma pessoa.
fix-icon-too-large = ele tem { $width } × { $height } pixels, grande demais para abrir com segurança (um ícone tem { $want } × { $want }).
fix-icon-damaged = é uma imagem PNG danificada que não pode ser aberta.
fix-icon-no-transparency = ele não tem nenhum pixel transparente, então deixá-lo branco resultaria em um quadrado branco. O ícone de contorno precisa ser a forma do aplicativo em branco sobre fundo transparente.
fix-icon-not-saved = não foi possível salvar a imagem redimensionada como PNG.
fix-icon-size = { $width } × { $height } pixels
fix-icon-whitened = { $want } × { $want } pixels, branco sobre fundo transparente ({ $count ->
    [one] { $count } pixel tornado branco
   *[other] { $count } pixels tornados brancos
}, transparência mantida)
fix-what-icon = O { $icon } “{ $file }”
report-mark-ok = OK
report-mark-fix = Corrigir
report-mark-warn = Verificar
report-mark-skip = Não necessário
report-mark-info = Observação
report-mark-step = Próximo passo
report-mark-yes = Sim
report-mark-no = Não
report-mark-added = Adicionado
report-mark-removed = Removido
report-mark-changed = Alterado
punctuation-colon = {": "}
report-tag-pass = OK
report-tag-fix = CORRIGIR
report-tag-warn = VERIFICAR
report-tag-skip = DESNECESSÁRIO
report-tag-note = OBSERVAÇÃO
report-tag-next = PRÓXIMO
report-tag-yes = SIM
report-tag-no = não
store-consequence-unused-files = { $count ->
    [one] Por isso, o pacote não usa mais { $files }, que a versão publicada usava. Depois que isso for corrigido, ele voltará a ser usado; portanto, não o remova.
   *[other] Por isso, o pacote não usa mais { $files }, que a versão publicada usava. Depois que isso for corrigido, eles voltarão a ser usados; portanto, não os remova.
}
report-files-not-compared = Os ícones e os outros arquivos do pacote não foram comparados, porque foi informado um manifest.json em vez de um pacote. Abra os dois pacotes do aplicativo .zip para compará-los.
change-value-before = Antes
change-value-now = Agora
report-finding-place = { $place }, em { $file }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = Informações básicas › Versão
portal-basic-app-names = Informações básicas › Nomes do aplicativo
portal-basic-descriptions = Informações básicas › Descrições
portal-basic-developer-information = Informações básicas › Informações do desenvolvedor
portal-branding-color-icon = Identidade visual › Ícone colorido
portal-branding-outline-icon = Identidade visual › Ícone de contorno
portal-features-bot = Recursos do aplicativo › Bot
portal-features-personal-app = Recursos do aplicativo › Aplicativo pessoal

## Command line (src/cli.rs, src/cli/)
cli-error = erro: { $error }
cli-unknown-language = erro: --lang: “{ $tag }” não é um idioma que este aplicativo fala. Escolha um destes: { $tags }.
cli-nothing-fixed = Nada pôde ser corrigido automaticamente, então nenhuma cópia foi salva.
cli-copy-not-saved = erro: não foi possível salvar a cópia corrigida como { $path } ({ $error }). Escolha outro local com --output, ou verifique se há espaço no disco e se é possível gravar na pasta.
cli-copy-saved = Cópia corrigida salva: { $path }
cli-fixed-heading = Corrigido ({ $count }):
cli-fixed-step = { $what }: era { $before }, agora { $after }
cli-not-fixed-heading = Não corrigido aqui ({ $count }):
cli-problem = Problema
cli-not-fixed-item = { $title }: { $message }
cli-who-can-fix = Quem pode corrigir: { $who }
cli-fix-result = { $which ->
    [fixed] A cópia corrigida
   *[new] A nova versão
}: { $headline }
cli-output-not-written = erro: não foi possível gravar a saída ({ $error }). Verifique se há espaço no disco e se é possível gravar no arquivo.
cli-could-not-load-side = erro: não foi possível carregar o arquivo da { $side }: { $error }
cli-could-not-load = erro: não foi possível carregar { $file }: { $error }
cli-input-error-at = { $place }: { $problem }. { $fix }
cli-input-error = { $problem }. { $fix }
cli-app-id-error = erro: --app-id: { $error }
cli-app-id-in-file = erro: o ID do aplicativo em { $path }: { $error } (Ou informe o ID com --app-id.)
cli-label-error = erro: --label: { $error }
cli-no-window-in-build = Esta build do teams-update-check não tem janela (foi compilada sem o recurso `gui`). Use `teams-update-check check OLD NEW`; consulte `teams-update-check --help`.
cli-no-display = erro: nenhuma tela encontrada, então a janela não pode ser aberta (parece um servidor, um contêiner ou um shell remoto sem área de trabalho). A linha de comando funciona sem tela: execute `teams-update-check check PUBLISHED NEW` (consulte `teams-update-check --help`).
cli-window-not-opened = erro: não foi possível abrir a janela: nenhuma tela encontrada, ou os gráficos do computador não conseguiram iniciá-la. A linha de comando funciona sem janela: execute `teams-update-check check PUBLISHED NEW` (consulte `teams-update-check --help`).

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = Versão { $version }
app-close = Fechar
app-cancel = Cancelar
app-where = Onde: { $place }
app-the-file = o arquivo
app-the-app = o aplicativo
app-copied = Copiado para a área de transferência: { $what }
app-clipboard-failed = Não foi possível usar a área de transferência ({ $error }). Selecione o texto abaixo e copie-o manualmente.
app-no-clipboard = sem área de transferência

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = Seus arquivos ficam neste computador: nada é carregado na internet. Os arquivos são apenas lidos, nunca alterados.
app-tagline = Verifique a atualização do seu aplicativo do Teams antes de enviá-la
app-about = Sobre
app-about-hover = Versão, licença e o que o aplicativo faz com seus arquivos
app-language = Idioma
app-language-hover = O idioma da janela e dos relatórios que ela exporta
app-language-system = Igual ao deste computador ({ $language })
app-export = Exportar relatório…
app-export-hover = Salvar este relatório como Markdown ou HTML ({ $shortcut })
app-export-disabled-hover = Abra as duas versões primeiro
app-try-example = Experimentar um exemplo
app-try-example-hover = Carregar um exemplo de atualização, incluído no aplicativo, que exige a aprovação dos usuários
app-paste-path-first = Cole primeiro o caminho completo do arquivo.
app-no-file-dialog = Não foi possível abrir uma caixa de diálogo de arquivos neste computador. Solte o arquivo na janela ou cole o caminho completo dele no cartão.
app-fixed-copy-saved = Cópia corrigida salva: { $path }. Ela agora está aberta como a nova versão.
app-button-needs-new-version = Abra a nova versão primeiro: o botão usa o ID de aplicativo dela.
app-what-button-html = HTML do botão
app-what-link = link
app-too-many-dropped = Só os dois primeiros arquivos soltos foram usados.
app-notice-not-opened = Não foi possível abrir o aviso de terceiros. Abra { $path } no seu gerenciador de arquivos.
app-same-file = Os dois cartões mostram o mesmo arquivo, então nada pode ter mudado. Abra a nova versão à direita.
app-checking = Verificando…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = O Teams Update Check encontrou um problema interno ao ler este arquivo (é um bug da ferramenta, não necessariamente um problema do seu arquivo)
app-internal-read-fix = Tente “Recarregar”. Se acontecer de novo, informe o problema para nós com o arquivo anexado; enquanto isso, verifique o arquivo no Portal do Desenvolvedor do Teams.
app-internal-check = O Teams Update Check encontrou um problema interno ao comparar os dois arquivos (um bug da ferramenta). Tente “Recarregar”; se acontecer de novo, informe o problema enviando os arquivos.
app-internal-write = O Teams Update Check encontrou um problema interno ao gravar o arquivo (um bug da ferramenta). Tente novamente.
app-open-dialog-title = { $side ->
    [old] Abrir a versão publicada (que está na loja agora)
   *[new] Abrir a nova versão (a que será enviada)
}
app-filter-manifest-or-package = Manifesto do Teams ou pacote do aplicativo
app-filter-all-files = Todos os arquivos
app-save-report-title = Salvar o relatório
app-filter-html = Página web (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = Verifica uma atualização do seu aplicativo do Microsoft Teams antes de você enviá-la à loja: se ela está pronta, se seus usuários precisarão aprovar o aplicativo novamente e o que mudou.
app-about-privacy-heading = Seus arquivos ficam neste computador
app-about-privacy = O aplicativo apenas lê os arquivos que você abre e nunca os altera. Ele não faz conexões de rede: nada é enviado a lugar nenhum, e os esquemas da Microsoft usados na verificação já vêm incluídos.
app-about-license-heading = Licença
app-about-license = O Teams Update Check é software livre sob a licença MIT.
app-about-show-license = Mostrar a licença
app-about-third-party-heading = Software de terceiros
app-about-third-party = O aplicativo é feito com componentes de código aberto; a licença de cada um está listada no aviso de terceiros que acompanha o aplicativo.
app-about-open-notice = Abrir o aviso de terceiros
app-about-no-notice = Esta cópia do aplicativo não foi instalada a partir de um pacote, então a lista de componentes de código aberto e suas licenças ({ $file }) não está junto dela. O aplicativo instalado inclui essa lista.
app-about-trademark = Não foi criado nem é endossado pela Microsoft. Microsoft Teams é uma marca comercial do grupo de empresas Microsoft.

# The download button panel (src/app/button_panel.rs)
app-button-heading = Botão de download para seu site
app-button-intro = Coloque este botão no site do seu produto para que os visitantes possam obter seu aplicativo no Teams. O link funciona quando seu aplicativo estiver disponível na loja do Teams.
app-button-text = Texto do botão
app-button-look = Aparência
app-button-look-named = Aparência: { $style }
app-button-size = Tamanho
app-button-size-named = Tamanho: { $size }
app-button-hint-filled = Roxo do Teams com texto branco: fica legível em páginas claras e escuras.
app-button-hint-outline = Texto e borda roxos sobre fundo transparente: só para páginas claras. Em uma página escura, escolha Roxo ou Escuro.
app-button-hint-dark = Quase preto com texto branco: para páginas claras e carregadas (em uma página preta, ele não se destaca).
app-button-app-id = ID do aplicativo
app-button-app-id-hover = O ID do seu aplicativo na loja do Teams. Ele vem do novo manifesto; digite outro (por exemplo, o ID da loja no Partner Center) para usá-lo no lugar.
app-button-app-id-from-manifest = { $id } (do manifesto da nova versão)
app-button-app-id-hint = Para usar outro ID de aplicativo, digite-o ou cole-o aqui
app-button-placeholder-id = O ID do novo manifesto parece um espaço reservado; digite acima o ID real do seu aplicativo.
app-button-preview = Visualização
app-button-copy-html = Copiar HTML
app-button-copy-html-hover = Copiar o código HTML do botão para colar no seu site ({ $shortcut })
app-button-copy-link = Copiar link
app-button-open-preview = Abrir visualização no navegador
app-button-open-preview-hover = Ver o botão real no seu navegador
app-button-show-html = Mostrar o código HTML
app-button-html-label = HTML para colar na sua página:
app-preview-not-written = Não foi possível gravar a página de visualização ({ $error }). Copie o HTML e cole-o em uma página sua.
app-preview-no-address = a página não tem endereço de arquivo
app-preview-opened = Pedimos ao seu navegador que abra a visualização. Se nenhuma janela do navegador aparecer, abra { $path } no navegador.
app-preview-no-browser = Não foi possível iniciar um navegador ({ $error }). A página de visualização foi salva em { $path }: abra-a no seu navegador.
app-preview-page-title = Visualização do botão
app-preview-on-light = Em uma página clara:
app-preview-on-grey = Em uma página cinza:
app-preview-on-dark = Em uma página escura:

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] Versão publicada
   *[new] Nova versão
}
app-card-hint = { $side ->
    [old] A versão que está na loja do Teams agora
   *[new] A atualização que você quer enviar
}
app-reversed = O número da nova versão é menor que o da publicada. Você abriu as duas na ordem errada?
app-swap = Trocar as duas
app-swap-hover = Inverter a versão publicada e a nova versão
app-card-empty = Solte aqui um manifest.json ou um pacote do aplicativo (.zip), ou
app-card-reading = Lendo { $file }…
app-card-icon-alt = Ícone colorido de { $name }
app-card-icon-hover = O ícone colorido do aplicativo, tirado do pacote
app-card-no-name = (o manifesto não tem nome de aplicativo)
app-card-file = Arquivo: { $file }
app-card-manifest-format = Formato do manifesto { $schema }
app-card-not-given = não informado
app-card-manifest-format-hover = manifestVersion: a versão do formato de manifesto da Microsoft em que o arquivo está escrito
app-card-could-not-load = Não foi possível carregar { $file }
app-card-what-is-wrong = O que está errado: { $problem }
app-card-what-to-do = O que fazer: { $fix }
app-card-open = Abrir…
app-card-open-hover = Escolher um manifest.json ou um pacote do aplicativo .zip ({ $shortcut })
app-card-open-named = { $side ->
    [old] Abrir a versão publicada…
   *[new] Abrir a nova versão…
}
app-card-reload = Recarregar
app-card-reload-hover = Ler o arquivo novamente ({ $shortcut })
app-card-reload-named = { $side ->
    [old] Recarregar a versão publicada
   *[new] Recarregar a nova versão
}
app-card-clear = Limpar
app-card-clear-named = { $side ->
    [old] Limpar a versão publicada
   *[new] Limpar a nova versão
}
app-card-typed-path = Solte o arquivo nesta janela ou cole aqui o caminho completo dele:
app-card-typed-path-hover = No Linux, a caixa de diálogo precisa do seletor de arquivos da sua área de trabalho (o serviço xdg-desktop-portal) ou do programa zenity.
app-card-path-example-windows = C:\Users\seunome\Downloads\pacote-do-aplicativo.zip
app-card-path-example = /home/seunome/Downloads/pacote-do-aplicativo.zip
app-card-path-named = { $side ->
    [old] Caminho do arquivo da versão publicada
   *[new] Caminho do arquivo da nova versão
}
app-card-open-typed = Abrir
app-drop-overlay = Solte em um cartão para carregar o arquivo nele
app-drop-question = Qual versão é esta?
app-drop-load-as = Carregar { $file } como:

# Saving the report (src/app/export.rs)
app-report-saved = Relatório salvo em { $path }
app-report-saved-no-dialog = Não foi possível abrir uma caixa de diálogo para salvar neste computador, então o relatório foi salvo em { $path }
app-export-is-input = Não salvo: { $path } é um dos arquivos que você está verificando. Escolha outro nome.
app-export-failed = Não foi possível salvar o relatório em { $path } ({ $error }). Escolha uma pasta na qual você possa gravar.

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = Cópia corrigida: { $path }
app-fix-repaired = { $what }: era { $before }, agora { $after }
app-fix-left = { $problem } Quem pode corrigir: { $who }
app-fix-save = Salvar uma cópia corrigida…
app-fix-save-hover = Salva um novo pacote com os reparos seguros (número de versão, link do esquema, ícones, arquivos não usados); seus arquivos não são alterados. Depois, a cópia é aberta como a nova versão.
app-fix-some-repairable = Alguns destes problemas podem ser reparados para você.
app-fix-version-label = Versão da cópia:
app-fix-version-named = Versão da cópia corrigida
app-fix-leave-empty = Deixe em branco para usar { $proposed } (a versão publicada é { $published }).
app-fix-no-dialog = Não foi possível abrir uma caixa de diálogo para salvar neste computador. Digite onde salvar a cópia corrigida:
app-fix-path-named = Caminho da cópia corrigida
app-fix-save-copy = Salvar a cópia
app-fix-folder-hover = Salva um novo pacote com os arquivos tirados da pasta e colocados na raiz, onde o Teams os procura; seu arquivo não é alterado.
app-fix-folder = Os arquivos da nova versão estão em uma pasta dentro do pacote: uma cópia pode movê-los para a raiz.
app-fix-dialog-title = Salvar uma cópia corrigida da nova versão
app-internal-fix = O Teams Update Check encontrou um problema interno ao criar a cópia corrigida (um bug da ferramenta). Seus arquivos não foram alterados.
app-fix-not-read-again = Não foi possível ler a nova versão novamente ({ $error }). Abra-a de novo.
app-fix-not-made = Não foi possível criar uma cópia corrigida: { $error }
app-fix-nothing = Nada pôde ser reparado automaticamente; os problemas restantes precisam de uma pessoa (veja a lista).
app-fix-not-saved = Não foi possível salvar a cópia corrigida como { $path } ({ $error }). Escolha outro local.

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = Parte do texto dos seus arquivos está em { $scripts }, que nenhuma fonte deste computador consegue exibir, por isso aparece como quadrados vazios. Instale { $fix } e abra o Teams Update Check novamente para vê-lo. A verificação em si não é afetada: os resultados estão completos.
app-font-fix-other = uma fonte que tenha esses caracteres
app-font-fix-emoji = uma fonte de emojis (por exemplo, Noto Color Emoji)
app-font-fix-script = uma fonte para { $scripts } (por exemplo, da família gratuita Noto)
app-list-and = { $first } e { $last }
app-hide = Ocultar
app-script-greek = grego
app-script-cyrillic = cirílico
app-script-armenian = armênio
app-script-hebrew = hebraico
app-script-arabic = árabe
app-script-devanagari = híndi (devanágari)
app-script-bengali = bengali
app-script-gurmukhi = punjabi (gurmukhi)
app-script-gujarati = guzerate
app-script-odia = oriá
app-script-tamil = tâmil
app-script-telugu = télugo
app-script-kannada = canarês
app-script-malayalam = malaiala
app-script-sinhala = cingalês
app-script-thai = tailandês
app-script-lao = laosiano
app-script-tibetan = tibetano
app-script-burmese = birmanês
app-script-georgian = georgiano
app-script-korean = coreano
app-script-ethiopic = amárico (etíope)
app-script-khmer = khmer (cambojano)
app-script-emoji = emojis
app-script-japanese = japonês
app-script-chinese = chinês
app-script-other = outros caracteres

# The report's own labels (src/app/report_view.rs)
app-sources = Fontes:
app-source-link = Fonte ↗
app-for-developers = Para desenvolvedores: { $lines }
app-show-details = Mostrar detalhes
app-show-details-hover = Rolar até os detalhes deste problema, mais abaixo
app-why = Por quê: { $why }
app-who-can-fix = Quem pode corrigir:
app-select-to-copy = Selecione o texto para copiar parte dele
app-copy-full-value = Copiar valor completo
app-copy-full-value-hover = Copiar o valor inteiro para a área de transferência
app-copy-hover = Copia o texto para a área de transferência, para colar em outro lugar
app-show-the-text = Mostrar o texto
app-developer-details = Detalhes para desenvolvedores

# The welcome page (src/app/welcome.rs)
app-welcome-heading = Como usar
app-welcome-step-1 = 1. À esquerda, abra a versão do seu aplicativo que está na loja do Teams agora: o manifest.json dela ou o pacote do aplicativo .zip que você carregou.
app-welcome-step-2 = 2. À direita, abra a atualização que você quer enviar.
app-welcome-step-3 = 3. Leia a resposta: se a atualização está pronta, se seus usuários precisarão aprovar o aplicativo novamente e o que mudou.
app-welcome-step-4 = 4. Copie o botão de download para seu site.
app-welcome-shortcuts = Você também pode soltar arquivos na janela. Atalhos: { $open_old } abre a versão publicada, { $open_new } abre a nova, { $export } exporta o relatório, { $copy_html } copia o HTML do botão, { $reload } recarrega.
app-welcome-where-heading = Onde consigo a versão publicada?
app-welcome-where-intro = Use o pacote do aplicativo que a Microsoft tem agora, não os arquivos que você editou desde então. Pegue-o no lugar de onde seu aplicativo foi publicado:
app-welcome-where-portal = Portal do Desenvolvedor (dev.teams.microsoft.com): abra Aplicativos, selecione seu aplicativo e escolha Baixar pacote do aplicativo. Faça isso antes de fazer suas alterações lá: depois que você edita o aplicativo, o pacote que ele fornece já é a nova versão.
app-welcome-where-partner = Partner Center (partner.microsoft.com), para um aplicativo na loja do Teams: abra a oferta do seu aplicativo do Teams e baixe o pacote do aplicativo carregado para a versão ativa.
app-welcome-where-admin = Centro de administração do Teams (admin.teams.microsoft.com), para um aplicativo publicado apenas na sua organização: seu administrador do Teams pode obter o pacote em Aplicativos do Teams, Gerenciar aplicativos.
app-welcome-where-records = Seus próprios registros: o .zip que você carregou da última vez (o Teams Toolkit, por exemplo, o guarda em appPackage/build/ no projeto).
app-welcome-where-new = A nova versão é o pacote que você está prestes a carregar: o do Portal do Desenvolvedor depois das suas alterações, ou o .zip que seus desenvolvedores entregaram a você.

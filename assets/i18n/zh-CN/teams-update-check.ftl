# Teams Update Check: every sentence a user can read, in Simplified Chinese (简体中文).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: agent-capability-dataverse, agent-capability-fabric, agent-sign-in-oauth, app-card-path-example, app-card-path-example-windows, app-filter-markdown, app-name, change-scope-copilot, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = { $count } 个图标

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = 应用 ID 保持不变
check-version-format-title = 版本号的写法正确
check-version-incremented-title = 版本号已提高
check-app-id-changed = 应用 ID 已从 { $old } 更改为 { $new }。更新必须保留已发布应用的 ID；如果 ID 变了，应用商店会把它视为另一个应用。请改回原来的 ID。
check-app-id-not-guid = 两个文件中的应用 ID 相同，但“{ $id }”不是真正的应用 ID（应为 GUID，例如 0b5c3d6e-1234-4abc-9def-00112233aabb）。它看起来像是由生成工具填入的占位符；请检查你实际提交的包。
check-app-id-same = 应用 ID 保持为 { $id }。
check-version-too-long = 新版本“{ $version }”超过了 256 个字符。
check-version-not-three-numbers = 新版本“{ $version }”不是用点分隔的三个整数（如 1.4.2），不能包含字母、前导零或“-beta”；应用商店不接受其他形式。
check-version-addin-part-too-big = 新版本“{ $version }”中有一段大于 99999，而 Office 加载项（`extensions` 部分）不允许这样。
check-version-well-formed = 新版本 { $version } 的写法符合应用商店的要求。
check-version-nothing-changed = 没有任何更改，因此无需更改版本。
check-version-goes-up = 版本从 { $old } 提高到 { $new }。
check-version-unchanged = 版本仍为 { $new }，但内容有更改。任何更改都必须提高版本：请将其提高到 { $old } 以上，例如 { $next }。
check-version-same-number = 版本从 { $old } 变为 { $new }，但这只是同一个版本号的不同写法（缺少的部分按 0 计算），并没有更高。请将其提高到 { $old } 以上，例如 { $next }。
check-version-lower = 新版本 { $new } 低于已发布版本 { $old }。两个文件是否放反了？应先放已发布版本，再放新版本。否则，请将新版本提高到 { $old } 以上。
check-version-not-comparable = 无法比较版本，因为{ $which ->
    [published] 已发布版本
   *[new] 新版本
}“{ $version }”{ $reason ->
    [long] 中有一段超过 18 位数字
   *[signs] 不是只由数字和点组成
}。请确保新版本高于已发布版本。
check-version-higher-number = 更高的版本号

## Store checks (src/store/)
store-activities-title = 活动源通知类型唯一且未被保留
store-agent-files-title = 每个 Copilot 代理文件都可以读取
store-localization-agent-default-file-title = 已翻译的代理具有默认语言的文件
store-agent-localization-keys-title = 每个翻译文件都包含代理的本地化键
store-agent-name-match-title = 代理及其操作使用应用的名称
store-agent-operations-title = 每个代理函数和 API 命令都有对应的 API 操作
store-agent-schema-title = Copilot 代理文件符合 Microsoft 的官方架构
store-agent-schema-url-title = Copilot 代理文件链接到其自身格式的架构
store-agent-text-hygiene-title = 代理说明和指令中不含网址、表情符号或隐藏字符
store-agent-urls-title = Copilot 代理调用真实的 https 地址
store-api-message-extension-title = 消息扩展遵循其类型的上传规则
store-app-name-core-feature-title = 短名称不以 Teams 功能开头
store-bot-id-guid-title = 机器人 ID 是 GUID
store-bot-id-kept-title = 机器人保留其已发布的 ID
store-cea-bot-id-title = 自定义引擎代理是应用的机器人之一
store-channel-features-title = 说明应用是否可在共享频道和专用频道中使用
store-bot-command-slash-title = 机器人命令不以斜杠开头
store-bot-command-duplicate-title = 每个机器人命令在其列表中只出现一次
store-me-command-duplicate-title = 消息扩展的每个操作命令只出现一次
store-consequential-actions-title = 更改数据的操作会先询问用户
store-da-actions-title = 代理具有操作
store-da-graph-connectors-blank-title = 代理使用组织的所有 Copilot 连接器
store-da-starters-count-title = 代理有 3 到 6 个对话启动器
store-dashboard-cards-title = 仪表板卡片各有一个图标和唯一 ID
store-descriptions-title = 完整说明比简短说明更详细，且不超过 500 个单词
store-https-urls-title = 网址是安全的 (https)
store-icon-color-title = 彩色图标是 192 × 192 的 PNG
store-icon-color32x32-title = 小彩色图标是 32 × 32 的 PNG
store-icon-outline-title = 轮廓图标为透明背景上的白色图案，32 × 32
store-localization-title = 翻译文件有效且与清单格式一致
store-localization-tags-title = 每种语言只有一个翻译文件
store-long-description-copilot-title = 完整说明指出应用可在 Microsoft 365 Copilot 中使用
store-manifest-version-title = 清单使用应用商店接受的格式
store-me-sample-prompts-title = 消息扩展命令有 3 个不同的示例提示
store-package-extra-files-title = 包中只包含清单使用的文件
store-package-files-title = 清单指定的每个文件都在包中
store-package-name-deprecated-title = 没有过时的 packageName 字段
store-package-size-title = 包不超过 10 MB
store-placeholders-title = 没有遗留的模板占位符
store-required-texts-title = 已填写名称、说明和开发人员名称
store-schema-title = 清单符合 Microsoft 的官方架构
store-schema-url-title = 架构链接与清单格式一致
store-static-tab-names-title = 个人选项卡的命名正确
store-valid-domains-title = 有效域是你自己的生产域
store-valid-domains-coverage-title = 选项卡页面位于你的有效域中
store-version-major-title = 版本为 1.0.0 或更高
store-activities-reserved = 活动类型“systemDefault”由 Teams 保留用于其自身的通知；上传服务会拒绝它。请为此通知类型另起一个名称，例如“taskAssigned”（你的开发人员的代码会用这个名称发送通知）。
store-activities-duplicate = 活动类型“{ $kind }”被声明了多次；上传服务会拒绝这种情况。请只保留一个条目。
store-agent-files-broken = { $problem }
store-agent-files-too-large = { $what }“{ $file }”的大小为 { $size }；在此检查中，包中的单个文件最大为 { $limit }，这么大的文件几乎肯定不是想要的文件。你的开发人员必须缩小或替换它。
store-agent-files-too-many = 包中引用的代理文件超过 { $limit } 个；“{ $file }”及其后的文件未经检查。应用的代理所需的文件要少得多：你的开发人员应检查代理文件引用了哪些文件。
store-agent-name-match-differs = { $what }名为“{ $name }”（{ $kind ->
    [action] 向用户显示的操作名称
   *[agent] 代理名称
}，位于“{ $file }”中），但应用名为“{ $app }”。Agent Store 要求应用、其代理以及代理的操作使用相同的名称。你的开发人员必须将其改为“{ $app }”（或更改应用名称使之一致）。
store-localization-agent-default-file-missing = Copilot 代理已翻译（其文件使用 [[agentName]] 之类的本地化键），且应用列出了其他语言，但没有默认语言的翻译文件 (defaultLanguageFile)。已翻译的代理需要为其支持的每种语言（包括默认语言）提供一个文件。你的开发人员必须添加该文件并在清单中指定它。
store-localization-agent-default-file-advice = 应用列出了其他语言，但没有默认语言的翻译文件 (defaultLanguageFile)。如果 Copilot 代理支持多种语言，则需要为每种语言（包括默认语言）提供一个文件。
store-agent-localization-keys-lacking = 翻译文件“{ $file }”缺少 Copilot 代理使用的 { $count } 个本地化键（{ $keys }）。上传服务会拒绝无法翻译的代理文本。你的开发人员必须在此文件的 localizationKeys 下添加这些键。
store-agent-operations-command = 消息扩展命令“{ $command }”在 API 描述“{ $file }”中没有具有该 ID (operationId) 的 API 操作；用户每次运行它都会失败。你的开发人员必须为该命令匹配一个 API 操作。
store-agent-operations-undefined-function = 代理操作文件“{ $file }”运行了一个它未定义的函数“{ $function }”（不在它的函数中）。你的开发人员必须添加该函数或更正名称。
store-agent-operations-function = 代理函数“{ $function }”在 API 描述“{ $file }”中没有具有该 ID (operationId) 的 API 操作；Copilot 每次尝试调用它都会失败。你的开发人员必须为该函数匹配一个 API 操作。
store-agent-schema-url-mismatch = “{ $file }”的架构链接对应格式 { $linked }，但该文件声明它遵循 { $version }。你的开发人员应链接 { $version } 的架构，以便编辑器按正确的规则检查该文件。
store-schema-whole = { $kind ->
    [localization] 本地化文件
    [declarative-agent] Copilot 代理文件
    [plugin] 代理操作文件
    [agentic-user] 代理用户模板
    [response-template] 响应模板
   *[manifest] 清单
}
store-schema-at-top = { $kind ->
    [localization] 本地化文件
    [declarative-agent] Copilot 代理文件
    [plugin] 代理操作文件
    [agentic-user] 代理用户模板
    [response-template] 响应模板
   *[manifest] 清单
}顶层
store-schema-in-field = { $field } 中
store-schema-manifest-format = 清单格式 { $format }
store-schema-renamed-field = { $field } 中有 `{ $unknown }`，而 { $format } 要求的是必填字段 `{ $missing }`。请将 `{ $unknown }` 重命名为 `{ $missing }`。
store-schema-missing-one-of = { $field } 缺少必填字段 `{ $first }`（或用 { $others } 代替）。请添加它。
store-schema-max-length = { $field } 最多 { $limit } 个字符；你的有 { $count } 个。
store-schema-min-length = { $field } 至少需要 { $limit } 个字符；你的有 { $count } 个。
store-schema-max-items = { $field } 最多 { $limit } 个条目；你的有 { $count } 个。
store-schema-min-items = { $field } 至少需要 { $limit } 个条目；你的有 { $count } 个。
store-schema-uri = { $field } 必须是包含协议的完整网址，例如 "https://www.contoso.com/help"；你的值是 { $value }。
store-schema-constant = { $field } 必须是 { $expected }；你的值是 { $value }。
store-schema-required = { $field } 缺少必填字段 `{ $name }`。请添加它。
store-schema-type = { $field } 必须是{ $expected }；你的值是 { $value }。
store-schema-type-name = { $kind ->
    [string] 文本（用双引号括起）
    [object] 对象（`{"{"} … {"}"}`）
    [array] 列表（`[ … ]`）
    [boolean] true 或 false
    [integer] 整数
    [number] 数字
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first }或{ $second }
store-schema-unique-items = { $field } 多次列出了同一个条目；每个条目只保留一次。
store-schema-no-form = { $field } 不符合 { $format } 在此处允许的任何一种形式。请对照此字段的参考文档进行检查。
store-schema-several-forms = { $field } 符合 { $format } 在此处允许的多种形式；它必须恰好符合一种。
store-schema-maximum = { $field } 最大为 { $limit }；你的值是 { $value }。
store-schema-minimum = { $field } 最小为 { $limit }；你的值是 { $value }。
store-schema-max-properties = { $field } 最多只能有 { $limit } 个字段。
store-schema-min-properties = { $field } 至少需要 { $limit } 个字段。
store-schema-other = { $field } 不符合 { $format }：{ $problem }。
store-schema-pattern-guid = GUID 形式的 ID，例如“0b5c3d6e-1234-4abc-9def-00112233aabb”
store-schema-pattern-https = 以 https:// 开头的安全网址，例如“{ $example }”
store-schema-pattern-color = 以 # 加六位十六进制数字表示的颜色，例如“#4F6BED”
store-schema-pattern-version = 由数字和点组成的版本，例如“1.0.0”
store-schema-pattern-other = { $field } 的写法不符合清单格式的要求（必须匹配模式 { $pattern }）；你的值是“{ $value }”。
store-schema-pattern = { $field } 必须是{ $expected }；你的值是“{ $value }”。
store-schema-enum = { $field } 必须是 { $allowed } 之一；你的值是 { $value }。
store-schema-enum-hint = { $field } 必须是 { $allowed } 之一；你的值是 { $value }。你是否想用 `{ $option }`？
store-schema-needs-later-format = `{ $property }` 需要清单格式 { $later } 或更高版本；你使用的是 { $format }。请改用格式 { $later }（更新 manifestVersion 和 { $schema_field }），或删除 `{ $property }`。
store-schema-unknown-field = { $format } 不认识{ $place }的字段 `{ $property }`。请检查其拼写和大小写，或将其删除。
store-schema-sentences = { $first }{ $second }
store-schema-no-sentence = {""}
store-localization-too-large = 本地化文件“{ $file }”大于 4 MiB；本地化文件只包含少量翻译文本。
store-localization-not-json = 本地化文件“{ $file }”不是有效的 JSON：{ $problem }。请在文本编辑器中打开它，并更正第 { $line } 行第 { $column } 列。
store-localization-not-object = 本地化文件“{ $file }”必须是 JSON 对象（以 `{"{"}` 开头），但它是 { $value }。
store-localization-in-file = 在“{ $file }”中：{ $problem }
store-schema-url-add-later = 将清单改为已发布的格式后（请参阅“清单使用应用商店接受的格式”），再添加该格式的链接。
store-schema-url-add = 请添加 "{ $schema_field }": "{ $example }"。
store-schema-url-missing = 架构链接 (`{ $schema_field }`) 缺失或不是文本。{ $add }
store-schema-url-unusual = 架构链接“{ $link }”不常见：它没有指明任何 Teams 清单格式。通常的链接是“{ $example }”。
store-schema-url-preview = 架构链接 (`{ $schema_field }`) 指向格式 { $named }，但 manifestVersion 是“{ $format }”。不要将链接指向预览格式：应用商店本身就拒绝预览格式。请将清单改为已发布的格式（请参阅“清单使用应用商店接受的格式”），并让此链接指向同一格式。
store-schema-url-other-format = 架构链接 (`{ $schema_field }`) 指向格式 { $named }，但 manifestVersion 是 { $format }。请使两者一致：“{ $example }”。
store-schema-url-no-format = 缺失
store-placeholders-file-directive = “{ $text }”是 Agents Toolkit 的文件指令，工具包在生成包时会将其替换为文件的文本；请提交工具包生成的包，而不是源文件。
store-placeholders-built-address = 地址“{ $text }”从未被填写：此包已经生成（其清单有真实的应用 ID），但此地址仍是占位符，因此 Copilot 无法访问它。你的开发人员必须在此处填入真实的 https:// 地址，然后重新生成包。
store-placeholders-built-value = “{ $text }”从未被填写：此包已经生成（其清单有真实的应用 ID），但此值仍是占位符。你的开发人员必须在此处填入真实的值，然后重新生成包。
store-placeholders-placeholder = “{ $text }”是由生成工具填入的占位符；应用商店需要真实的值。
store-agent-schema-undocumented = Copilot 代理文件“{ $file }”使用格式 { $version }，这还不是有文档说明的声明性代理格式（Microsoft 的文档只描述到 v1.8）；应用商店可能会拒绝它。已按 Microsoft 准备的 v1.9 架构对其进行检查。如果代理不需要 v1.9 的任何内容（技能文件夹），你的开发人员可以改用 v1.8。
store-agent-schema-format = { $kind ->
    [plugin] API 插件格式 { $version }
    [agentic-user] 代理用户模板格式
    [response-template] 响应模板格式
   *[declarative-agent] 声明性代理格式 { $version }
}
store-agent-schema-newer = { $what }“{ $file }”使用格式 { $version }，比本应用所知的格式（最高 { $newest }）更新；未按其架构进行检查。本应用更新后会检查它。
store-agent-schema-no-version = 文件中没有声明
store-agent-schema-yours-quoted = 你的值是“{ $value }”
store-agent-schema-yours = 你的值是 { $value }
store-agent-schema-version-missing = { $what }“{ $file }”必须在 `{ $field }` 中声明它遵循的格式（例如“{ $newest }”）；{ $yours }。你的开发人员必须设置它。
store-agent-text-hygiene-address = 网址（{ $address }）
store-agent-text-hygiene-emoji = 表情符号（{ $emoji }）
store-agent-text-hygiene-hidden = 隐藏字符（{ $code }）
store-agent-text-hygiene-instructs = 指示 Copilot 的措辞（“{ $phrase }”）
store-agent-text-hygiene-in-file = 在“{ $file }”中，位于“{ $place }”的文本
store-agent-text-hygiene-refused = { $place }包含{ $what }。Agent Store 不接受 Copilot 读取的说明和指令中出现网址、表情符号和隐藏字符。请将其删除。
store-agent-text-hygiene-steers = { $place }包含{ $what }。Agent Store 不接受试图操控模型的说明；如果这些措辞只是描述应用的用途，可以保留。
store-agent-text-hygiene-joiner = { $place }包含{ $what }，这是一个连接符或方向标记。波斯语或印地语等文字需要这类字符，因此这可能是正确的；Agent Store 不接受没有此类用途的隐藏字符。
store-agent-urls-not-full = “{ $address }”不是完整的网址；Copilot 从云端调用代理的服务，无法补全它。你的开发人员必须写出完整地址，例如“https://api.contoso.com{ $path }”。
store-agent-urls-not-secure = “{ $address }”不是安全 (https) 地址；Copilot 只调用 https 地址。你的开发人员必须使用该服务的 https 地址。
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = IP 地址 { $ip }
store-agent-urls-own-computer = “{ $address }”指向 { $host }，只有开发人员自己的计算机或网络才能访问；而 Copilot 会为每位用户从云端调用它。你的开发人员必须使用该服务真正托管的地址。
store-agent-urls-tunnel = “{ $address }”是用于在开发人员自己的计算机上测试的隧道；隧道关闭后就无法使用。你的开发人员必须使用该服务真正托管的地址。
store-api-message-extension-api-member = 消息扩展 { $number } 基于 API，而基于 API 的消息扩展不能有{ $member ->
    [botId] 机器人 ID (`botId`)
   *[other] `{ $member }`
}；上传服务会拒绝它。请将其删除。
store-api-message-extension-no-api-file = 消息扩展 { $number } 基于 API，但没有指定其 API 描述 (`apiSpecificationFile`)；上传服务会拒绝它。你的开发人员需要将 OpenAPI 文件添加到包中并在此处指定它。
store-api-message-extension-no-template = 基于 API 的消息扩展 { $number } 的命令 { $name } 没有指定显示其结果的模板 (`apiResponseRenderingTemplateFile`)；上传服务会拒绝它。你的开发人员需要将模板添加到包中并在此处指定它。
store-api-message-extension-no-parameters = 基于 API 的消息扩展 { $number } 的命令 { $name } 没有参数；上传服务会拒绝没有任何参数的基于 API 的命令。你的开发人员需要添加该 API 操作接受的参数。
store-api-message-extension-extra-auth = 消息扩展 { $number } 使用 `{ $kind }` 登录，但还有属于另一种登录方式的 `{ $member }`；上传服务会拒绝它。请删除 `{ $member }` 或更改 `authType`。
store-api-message-extension-no-registration = 消息扩展 { $number } 使用 API 密钥 (`apiSecretServiceAuth`) 登录，但没有指定其注册 (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`)；上传服务会拒绝它。你的开发人员需要在开发人员门户中注册该密钥，并在此处填入其注册 ID。
store-api-message-extension-no-entra = 消息扩展 { $number } 使用 Microsoft Entra (`microsoftEntra`) 登录，但没有 `microsoftEntraConfiguration`；上传服务会拒绝它。你的开发人员需要添加它，并设置 "supportsSingleSignOn": true。
store-api-message-extension-no-sso = 消息扩展 { $number } 使用 Microsoft Entra 登录，这需要单一登录：`supportsSingleSignOn` 必须为 true，否则上传服务会拒绝它。
store-api-message-extension-bot-api-file = 消息扩展 { $number } 基于机器人，但指定了 API 描述 (`apiSpecificationFile`)；上传服务会拒绝这种情况。请将其删除，或将该扩展改为基于 API（"composeExtensionType": "apiBased"，且不使用机器人）。
store-api-message-extension-bot-template = 基于机器人的消息扩展 { $number } 的命令 { $command } 指定了结果模板 (`apiResponseRenderingTemplateFile`)，而只有基于 API 的扩展才有结果模板；上传服务会拒绝它。请将其删除。
store-api-message-extension-method = 消息扩展 { $number } 的 API 操作“{ $operation }”使用 HTTP 方法 { $method }；基于 API 的消息扩展只能调用 GET 和 POST 操作，上传服务会拒绝其他方法。
store-api-message-extension-array-parameter = API 操作“{ $operation }”（消息扩展 { $number }）的参数{ $named ->
    [yes] “{ $label }”
   *[no] {""}
}是一个列表 (`array`)；基于 API 的消息扩展无法发送列表，上传服务会拒绝它。
store-api-message-extension-required-parameter = API 操作“{ $operation }”（消息扩展 { $number }）的必需参数{ $named ->
    [yes] “{ $label }”
   *[no] {""}
}{ $location }发送；基于 API 的消息扩展只能在路径或查询中填写必需参数，上传服务会拒绝其他位置。
store-api-message-extension-no-location = 未指定位置 (`in`) 就
store-api-message-extension-location = 在 { $location } 中
store-api-message-extension-no-servers = 消息扩展 { $number } 的 API 描述“{ $file }”没有为其 API 操作指定服务器 (`servers`)，因此 Teams 不知道将请求发送到哪里；上传服务会拒绝它。你的开发人员需要在 `servers` 下添加 API 的地址。
store-app-name-words-title = 应用名称不含应用商店审核会拒绝的词语
store-agent-store-copilot-agent = Copilot 代理
store-agent-store-agent-action = 代理操作
store-app-name-core-feature-starts = 短名称“{ $name }”以 Teams 功能“{ $feature }”开头；应用商店会拒绝以 Teams 功能开头的名称，因为用户会误以为该应用是 Teams 的一部分。请把你自己的名称放在前面，例如“{ $example }”。
store-app-name-words-product = { $what }包含“{ $word }”。除非应用与 Microsoft 有正式合作关系，否则应用商店会拒绝提及 Microsoft 产品（Microsoft Teams、Microsoft 365 Copilot）的名称。如果这里的“{ $word }”是别的意思（例如由人组成的团队），可以保留；如果它指的是 Microsoft 的产品，请重命名应用。
store-app-name-words-microsoft = { $what }包含“{ $word }”。除非应用与 Microsoft 有正式合作关系，否则应用商店会拒绝提及 Microsoft 的名称；如果没有这种合作关系，请重命名应用。
store-app-name-words-unfinished = { $what }包含“{ $word }”。应用商店会拒绝表明应用是测试版或预览版的名称；如果这是面向所有人的版本，请去掉这个词。
store-app-name-words-agent-name = “{ $file }”中{ $what }的名称
store-bot-id-guid-not-guid = { $list ->
    [bots] 机器人
   *[composeExtensions] 消息扩展
} { $number } 的 ID 是“{ $id }”，这不是 GUID 形式的 ID；上传服务会拒绝它。请在此处填入机器人注册的 ID（形如“0b5c3d6e-1234-4abc-9def-00112233aabb”；你的开发人员可以在 Azure 门户或 Bot Framework 门户中找到它）。
store-bot-id-kept-changed = 机器人 { $number } 有一个新 ID（“{ $new }”）；已发布版本的机器人是“{ $old }”。请保留已发布机器人的 ID：新 ID 会丢失用户与机器人之间的对话，而且应用商店会拒绝它。你的开发人员需要改回已发布的 ID（并保留该机器人注册）。
store-cea-bot-id-not-a-bot = 自定义引擎代理指定了机器人“{ $id }”，但它不是该应用的机器人之一{ $bots ->
    [0] （该应用没有机器人）
   *[other] {""}
}。Agent Store 要求自定义引擎代理必须是应用自己的机器人。你的开发人员必须在此处使用该机器人的 ID。
store-channel-features-missing = 你的应用可在团队中使用，但没有声明支持共享频道和专用频道。支持后请添加 "supportsChannelFeatures": "tier1"，否则 Teams 可能会在这些频道中隐藏它。
store-bot-command-slash-starts = 机器人命令“{ $command }”以斜杠开头。用户键入命令时 Teams 会自动添加斜杠；请从标题中删除它（“{ $without }”）。
store-bot-command-duplicate-repeated = 机器人命令“{ $command }”在同一个命令列表中出现了多次；应用商店会拒绝重复的命令。请只保留一个，或为另一个另起标题。
store-me-command-duplicate-repeated = 操作命令“{ $command }”在消息扩展 { $number } 中出现了多次；应用商店会拒绝重复的操作命令。请只保留一个，或为另一个另起标题。
store-consequential-actions-changes-data = “{ $file }”中的 API 操作 { $operation } 会更改或删除数据，却被标记为没有后果 (x-openai-isConsequential: false)，因此 Copilot 会在不询问用户的情况下运行它。Agent Store 会拒绝这种情况。你的开发人员必须删除该标记或将其设为 true。
store-consequential-actions-post = “{ $file }”中的 API 操作 { $operation } 被标记为没有后果 (x-openai-isConsequential: false)，因此 Copilot 会在不询问用户的情况下运行它。对于搜索来说这是正确的；但如果它会创建或发送内容，Agent Store 会拒绝它，你的开发人员必须删除该标记。
store-da-actions-none = “{ $file }”中的 Copilot 代理没有操作（API 插件）。Agent Store 要求代理的主要用途由操作来实现；仅根据知识源回答问题的代理仍可能通过审核。如果你的代理属于这种情况，请在认证说明中注明。
store-da-graph-connectors-blank-listed = “{ $file }”中的 Copilot 代理指定了特定的 Copilot 连接器（Graph 连接器）。Agent Store 中的代理必须将此列表留空，以便使用安装它的每个组织的所有连接器。你的开发人员必须删除这些连接。
store-da-starters-count-outside = “{ $file }”中的 Copilot 代理{ $count ->
    [0] 没有
   *[other] 有 { $count } 个
}对话启动器（用户打开代理时看到的建议提示）。Agent Store 要求 3 到 6 个。你的开发人员必须在代理文件中{ $fix ->
    [fewer] 最多保留 6 个
   *[more] 添加对话启动器，直到至少有 3 个
}。
store-dashboard-cards-two-icons = 仪表板卡片 { $number } 同时提供了图片 (`iconUrl`) 和命名图标 (`officeUIFabricIconName`)；上传服务会拒绝这种情况。请只保留其中一个。
store-dashboard-cards-same-id = 仪表板卡片 { $number } 的 ID 与之前的某张卡片相同（“{ $id }”）；上传服务会拒绝这种情况。请为每张卡片指定各自的 ID。
store-descriptions-short-is-name = 简短说明只是应用名称（“{ $short }”），因此完整说明包含了它。应用商店审核要求简短说明用一句话说明应用的用途，而完整说明要提供更多内容。
store-descriptions-full-contains-short = 完整说明包含了整个简短说明（“{ $short }”）。应用商店审核要求完整说明用自己的话提供比简短说明更多的内容。
store-descriptions-too-long = 完整说明有 { $count } 个单词；应用商店审核要求不超过 500 个。
store-https-urls-own-computer = { $field } 指向{ $advice }。它还必须以 https:// 开头。
store-https-urls-not-secure = { $field } 必须是以 https:// 开头的安全网址，例如“{ $example }”；你的值是“{ $value }”。
store-icon-color-not-png = { $icon ->
    [color32x32] 小彩色图标
    [outline] 轮廓图标
   *[color] 彩色图标
}“{ $file }”不是 PNG 图像。请将其另存为 { $want } × { $want } 像素的 PNG。
store-icon-color-size = { $icon ->
    [color32x32] 小彩色图标
    [outline] 轮廓图标
   *[color] 彩色图标
}“{ $file }”为 { $width } × { $height } 像素；它必须正好是 { $want } × { $want }。请调整其大小并重新保存。
store-icon-outline-damaged = 轮廓图标“{ $file }”是损坏的 PNG 图像。请重新将其保存为 PNG。
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = { $color }（不透明度 { $opacity }%）
store-icon-outline-not-white = 轮廓图标“{ $file }”必须是透明背景上的白色图案，但位于 x { $x }、y { $y }（从左上角开始，从 0 计数）的像素是 { $color }。请让每个像素都是白色或完全透明。
store-manifest-version-missing = 清单没有清单格式 (`manifestVersion`)。请添加清单所遵循的格式，例如 "manifestVersion": "1.17"（你的开发人员的工具会写入它），以便应用商店知道清单遵循哪些规则。
store-manifest-version-unknown = “{ $format }”不是 Microsoft 已发布的清单格式（已发布的格式为 1.0 到 1.17、1.19 到 { $newest }，以及 devPreview）。请将 `manifestVersion` 设为清单所遵循的格式；在此之前，无法按官方架构检查其字段。
store-manifest-version-preview = 清单使用开发人员预览格式 (devPreview)。预览格式用于在你自己的组织中测试；应用商店不接受它们。{ $advice }
store-manifest-version-too-old = 清单使用格式 { $format }；应用商店要求清单格式 1.10 或更高版本。{ $advice }
store-manifest-version-not-text = 清单格式 (`manifestVersion`) 必须是用双引号括起的文本，例如 "1.17"；你的值是 { $value }。
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = （{ $list }）
store-manifest-version-reason-list = { $list }；{ $next }
store-manifest-version-needs = { $what } 需要 { $format }
store-manifest-version-not-below = 你的清单不符合 { $format } 的架构
store-manifest-version-member-at = `{ $member }`（{ $place }）
store-manifest-version-lacking = { $place } 中没有 `{ $property }`
store-manifest-version-move-to = 请改用清单格式 { $format }，这是能容纳你的清单所用全部内容的最早已发布格式{ $reasons }：将 `manifestVersion` 设为“{ $format }”，并将 `{ $schema_field }` 设为“{ $link }”。
store-manifest-version-move-at-least = 请改用已发布的清单格式：至少为 { $format }，这是其架构能识别你的清单所用全部顶层字段的最早格式{ $reasons }。按目前的内容，清单还不符合任何已发布的格式，因此你的开发人员还必须更正该格式的架构报告的问题。
store-manifest-version-unpublished = 你的清单使用了 { $count } 个尚未出现在任何已发布格式中的字段（{ $fields }）；仍处于预览阶段的功能无法发布。你的开发人员需要删除它们，然后将清单改为已发布的格式。
store-localization-tags-twice = 语言“{ $language }”在翻译中列出了两次；这样 Teams 会显示其两个文件中的哪一个是不确定的。每种语言只保留一个条目。
store-long-description-copilot-missing = 完整说明没有提到 Copilot。对于带有 Copilot 代理的应用，Agent Store 要求完整说明指出它可在 Microsoft 365 Copilot 中使用（例如“Contoso in Microsoft 365 Copilot”）。请添加一句这样的说明。
store-long-description-copilot-wording = 完整说明提到了 Copilot，但没有使用 Agent Store 示例中的措辞“Microsoft 365 Copilot”（“Contoso in Microsoft 365 Copilot”）。其他措辞也可能通过审核；建议使用该措辞。
store-me-sample-prompts-too-few = 消息扩展命令{ $named ->
    [yes] “{ $name }”
   *[no] {""}
}有 { $count } 个示例提示（Copilot 显示的示例）。Agent Store 要求至少 3 个。你的开发人员必须添加能展示该命令用途的提示。
store-me-sample-prompts-shared = 消息扩展命令{ $named ->
    [yes] “{ $name }”
   *[no] {""}
}的示例提示“{ $prompt }”也是另一个命令的示例提示。Agent Store 要求每个命令的提示都是它自己的。你的开发人员必须为此命令编写一个提示。
store-package-extra-files-unused = 包中有 { $count } 个清单未使用的文件：{ $files }。应用商店要求包中只包含清单及其引用的文件；请删除其他文件。
store-package-files-holder = { $what }“{ $file }”
store-package-files-reference = { $holder }{ $problem }
store-package-files-outside = 引用了“{ $path }”，但它不是包中的文件（包路径相对于引用它的文件书写，使用正斜杠，并且不能超出包的范围）。你的开发人员必须更正它。
store-package-files-no-skill-folder = 引用了技能文件夹“{ $path }”，但包中没有该文件夹。请添加该文件夹，或更正名称。
store-package-files-no-skill-file = 引用了技能文件夹“{ $path }”，但其中没有 SKILL.md 文件。请添加该文件（文件名为大写字母）。
store-package-files-other-case = 引用了“{ $path }”，但包中的文件是“{ $entry }”：名称必须完全一致，包括大小写。
store-package-files-missing = 引用了“{ $path }”，但包中没有该文件。请添加该文件，或更正名称。
store-package-files-leading-slash = “{ $path }”以 / 开头；请使用相对于包的名称，例如“color.png”。
store-package-files-backslash = “{ $path }”使用了反斜杠 (\)；包路径使用正斜杠，例如“resources/color.png”。
store-package-files-parent = “{ $path }”指向包外部 (..)；请将该文件放入包中，并从包内引用它。
store-package-files-manifest-other-case = 清单引用了“{ $path }”，但包中的文件是“{ $entry }”：名称必须完全一致，包括大小写。
store-package-files-manifest-missing = 清单引用了“{ $path }”，但包中没有该文件。请添加该文件，或更正名称。
store-package-files-in-field = { $field }：{ $problem }
store-package-name-deprecated-unused = 从清单格式 1.17 开始不再使用 `packageName`（你的格式是 { $format }）；可以将其删除。
store-package-size-too-large = 应用包大小为 { $size } MB；Microsoft 的上传服务会拒绝超过 10 MB 的包。请只保留清单、图标以及清单引用的文件。
store-required-texts-empty = { $field } 为空。应用商店会向所有找到你的应用的人显示它：请填写。
store-static-tab-names-reserved = 个人选项卡 { $number } 是保留的“{ $entity }”选项卡，由 Teams 自行命名：请删除其 `name`。
store-static-tab-names-unnamed = 个人选项卡 { $number }（“{ $entity }”）没有名称。请为它指定用户在选项卡上看到的名称，例如“任务”。
store-valid-domains-domain = 有效域“{ $domain }”{ $problem }
store-valid-domains-web-address = 是网址而不是域：只写域，例如“tasks.contoso.com”（不要 https://，也不要路径）。
store-valid-domains-own-computer = 是{ $advice }。
store-valid-domains-too-wide = 范围太宽：它会涵盖其下的所有网站。请指定你自己的域，例如“*.contoso.com”。
store-valid-domains-already-allowed = 是 Teams 已经允许的 Microsoft 域；请将其从列表中删除。
store-valid-domains-tunnel = 是用于在你自己的计算机上测试的隧道；应用商店会拒绝它。请将其替换为应用真正托管的域。
store-valid-domains-sign-in = 涵盖 Microsoft 的登录服务，这是所有应用共用的 Microsoft 域；应用商店会拒绝对它使用通配符。如果应用需要它来登录，你的开发人员应改为指定确切的地址，例如“{ $example }”，或将其删除。
store-valid-domains-sharepoint-framework = 涵盖所有组织的 SharePoint；应用商店会拒绝对它使用通配符。你的应用的页面位于每个客户自己的 SharePoint 网站上（其选项卡地址以 {"{"}teamSiteDomain{"}"} 开头），就像使用 SharePoint Framework 构建的应用一样，因此只指定一个网站是行不通的：请让你的开发人员按照 Microsoft 发布 SharePoint Framework 解决方案的指南操作，该指南说明了此类应用如何到达每个客户：{ $guide }
store-valid-domains-sharepoint = 涵盖所有组织的 SharePoint；应用商店会拒绝对它使用通配符。请准确指定你自己的 SharePoint 网站，例如“contoso.sharepoint.com”。
store-valid-domains-shared-hosting = 涵盖 Microsoft 域或共享托管域，其中也有其他人的网站。请准确指定你自己的网站，例如“contoso-tasks.azurewebsites.net”。
store-valid-domains-bad-wildcard = 通配符的位置不对：`*` 必须是最左侧的完整一段，例如“*.contoso.com”。
store-valid-domains-coverage-own-computer = { $field } 指向{ $advice }。替换后，请确保新地址的域在你的有效域列表中。
store-valid-domains-coverage-not-listed = { $field } 位于 { $host }，而它不在你的有效域列表中。Teams 可能会拒绝加载该页面：请将“{ $host }”添加到 validDomains。
store-version-major-zero = 版本 { $version } 以 0 开头，而应用商店不接受 0.x.y 版本。请从 1.0.0 开始（已发布应用的下一个版本仍必须高于已发布版本）。

store-summary-template = 这是一个模板：仍有 { $count } 个值包含占位符，例如 `{ $example }`。请改为检查生成后的包（例如 appPackage/build/appPackage.dev.zip）。{ $caused ->
    [0] {""}
   *[other] 这些占位符处的其他 { $caused } 个问题是由它们引起的，换成真实的值后就会消失。
}
store-summary-none-found-in-format = 未发现应用商店问题（已按官方格式 { $format } 和应用商店的规则检查）。
store-summary-none-found = 未发现应用商店问题（已按应用商店的规则检查）。
store-summary-refused = 应用商店会拒绝此{ $package ->
    [package] 包
   *[manifest] 清单
}：{ $count } 个问题。
store-summary-manifest-alone = 由于只提供了 manifest.json，未检查图标和包中的其他文件。请打开 .zip 应用包，以便一并检查它们。
store-where-line-column = { $file }，第 { $line } 行，第 { $column } 列
store-where-file = { $file }
store-where-with-place = { $file }（{ $place }）
store-own-computer-advice = “{ $host }”，{ $tail }
store-own-computer-tail = 这是你的开发人员自己的计算机（或专用网络），其他人无法访问：请将其替换为应用托管的地址

## Consent rules (src/rules/)
rule-addin-events-changed-title = Office 加载项在新事件上启动
rule-addin-events-changed-explanation = 如果 Office 加载项会在一个它以前不响应的事件上自动启动，则部署它的管理员需要重新批准它；在此之前，该组织中的人员无法使用更新后的加载项。我们将 Microsoft 所说的“加载项支持的事件”理解为启动加载项的事件类型；由哪个函数处理事件以及 Outlook 如何响应，只在“更改内容”中说明。
rule-addin-office-apps-changed-title = Office 加载项在另一个 Office 应用程序中运行
rule-addin-office-apps-changed-explanation = 如果 Office 加载项开始在另一个 Office 应用程序（Outlook、Excel、Word、PowerPoint）中运行，则部署它的管理员需要重新批准它；在此之前，该组织中的人员无法使用更新后的加载项。Microsoft 的更新指南列出了这一更改。
rule-bot-added-or-removed-title = 添加或删除了机器人
rule-bot-added-or-removed-explanation = 机器人是应用中与人聊天的部分；添加或删除机器人会改变应用的功能，因此 Teams 会要求每位用户重新批准应用。
rule-bot-calling-or-video-changed-title = 机器人的通话或视频支持发生了更改
rule-bot-calling-or-video-changed-explanation = 机器人能否参与音频或视频通话是用户同意的一项权限；更改它会使 Teams 要求每位用户重新批准应用。
rule-bot-id-changed-title = 机器人的 ID 发生了更改
rule-bot-id-changed-explanation = 机器人 ID 告诉 Teams 应用与哪个已注册的机器人服务通信；新 ID 意味着另一个机器人，因此 Teams 会要求每位用户重新批准应用。
rule-bot-notification-only-changed-title = 机器人的“仅通知”设置发生了更改
rule-bot-notification-only-changed-explanation = 仅通知机器人可以发送消息，但不能接收消息；切换此设置会改变机器人的功能，因此 Teams 会要求每位用户重新批准应用。
rule-bot-supports-files-changed-title = 机器人的文件共享设置发生了更改
rule-bot-supports-files-changed-explanation = 此设置允许机器人在聊天中发送和接收文件；更改它会改变机器人可以访问的内容，因此 Teams 会要求每位用户重新批准应用。
rule-channel-tab-added-title = 添加了频道或群组选项卡
rule-channel-tab-added-explanation = 频道或群组选项卡允许团队或群聊固定你的应用的一个页面；添加此类选项卡会使 Teams 要求每位用户重新批准应用。
rule-connector-added-title = 添加了连接器
rule-connector-added-explanation = 连接器会将来自其他服务的更新发布到 Teams 频道中；新增连接器会使 Teams 要求每位用户重新批准应用。
rule-message-extension-added-or-removed-title = 添加或删除了消息扩展
rule-message-extension-added-or-removed-explanation = 消息扩展会在用户撰写消息的框中添加搜索或操作命令；添加或删除消息扩展会使 Teams 要求每位用户重新批准应用。
rule-personal-tab-added-title = 添加了个人选项卡
rule-personal-tab-added-explanation = 个人选项卡是你的应用在每位用户自己的 Teams 空间中的一个页面；添加个人选项卡会使 Teams 要求每位用户重新批准应用。
rule-rsc-permissions-changed-title = 团队或聊天数据权限发生了更改 (RSC)
rule-rsc-permissions-changed-explanation = 特定于资源的同意 (RSC) 权限允许你的应用读取或更改其所添加到的团队、聊天或会议的数据；更改这些权限会使 Teams 要求用户重新批准应用。
rule-web-application-info-changed-title = 登录设置发生了更改 (webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo 指定你的应用用来让用户登录的 Microsoft Entra 应用，从而决定它可以访问哪些数据；更改它会使 Teams 要求每位用户重新批准应用。
rule-source-publishing-docs = Microsoft 关于更新已发布应用的指南
rule-source-admin-docs = Microsoft 的 Teams 管理文档
rule-source-office-addin-docs = Microsoft 关于更新 Office 加载项的指南
rule-bot-setting-turned = 机器人的“{ $setting }”设置已{ $now ->
    [on] 开启
   *[off] 关闭
}（之前为{ $was ->
    [on] 开启
   *[off] 关闭
}）
rule-bot-setting-turned-developer = 机器人 `{ $bot }`：{ $setting } ({ $field }) 已{ $now ->
    [on] 开启
   *[off] 关闭
}（之前为{ $was ->
    [on] 开启
   *[off] 关闭
}）
rule-bot-setting-audio-calls = 音频通话
rule-bot-setting-video = 视频
rule-bot-setting-notifications-only = 仅通知
rule-bot-setting-file-sharing = 文件共享
rule-bot-removed = 删除了一个机器人
rule-bot-removed-developer = 已删除机器人 `{ $bot }`
rule-bot-added = 添加了一个机器人
rule-bot-added-developer = 已添加机器人 `{ $bot }`
rule-bot-id-changed-evidence = 机器人现在有另一个 ID，因此 Teams 会将其视为另一个机器人
rule-bot-id-changed-developer = 机器人 ID 已从 `{ $old }` 更改为 `{ $new }`
rule-channel-tab-added-evidence = 添加了一个团队和群聊可以固定的选项卡
rule-channel-tab-added-developer = 新版本有 { $new } 个频道/群组选项卡 (configurableTabs)；已发布版本有 { $old } 个
rule-connector-added-evidence = 添加了一个连接器
rule-connector-added-developer = 已添加连接器 `{ $connector }`
rule-message-extension-removed = 删除了一个消息扩展{ $count ->
    [0] {""}
   *[other] （命令 { $commands }）
}
rule-message-extension-removed-developer = 已删除消息扩展 `{ $extension }`
rule-message-extension-added = 添加了一个消息扩展{ $count ->
    [0] {""}
   *[other] （命令 { $commands }）
}
rule-message-extension-added-developer = 已添加消息扩展 `{ $extension }`
rule-personal-tab-added-named = 添加了个人选项卡 { $name }
rule-personal-tab-added-unnamed = 添加了一个个人选项卡
rule-personal-tab-added-developer = 已添加个人选项卡 `{ $tab }`
rule-rsc-permission-removed = 应用不再请求权限 { $permission }{ $kind ->
    [Application] （用于应用本身）
    [Delegated] （代表已登录的用户）
   *[other] {""}
}
rule-rsc-permission-removed-developer = 已删除权限 `{ $permission }` ({ $kind })
rule-rsc-permission-added = 应用现在请求权限 { $permission }{ $kind ->
    [Application] （用于应用本身）
    [Delegated] （代表已登录的用户）
   *[other] {""}
}
rule-rsc-permission-added-developer = 已添加权限 `{ $permission }` ({ $kind })
rule-sign-in-added = 添加了登录设置：应用现在通过 Microsoft Entra 应用让用户登录
rule-sign-in-added-developer = 已添加登录设置 (webApplicationInfo)
rule-sign-in-removed = 删除了登录设置
rule-sign-in-removed-developer = 已删除登录设置 (webApplicationInfo)
rule-sign-in-changed = 登录设置发生了更改
rule-sign-in-changed-developer = 登录设置 (webApplicationInfo) 已更改
rule-sign-in-setting-changed = 登录设置发生了更改：{ $setting }
rule-sign-in-setting-changed-developer = 登录设置：webApplicationInfo.{ $key } 已从 { $old } 更改为 { $new }
rule-sign-in-value-none = （无）
rule-sign-in-setting-id = 用户登录所用的 Microsoft Entra 应用
rule-sign-in-setting-resource = 用户登录到的资源的地址
rule-sign-in-setting-application-permissions = 应用本身拥有的权限
rule-sign-in-setting-other = 一项登录设置

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = 整个文件
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry }“{ $name }”
place-number = { $number }
change-line = { $kind ->
    [added] 已添加
    [removed] 已删除
   *[changed] 已更改
} { $subject }
change-line-detail = { $kind ->
    [added] 已添加
    [removed] 已删除
   *[changed] 已更改
} { $subject }：{ $detail }
change-told = { $subject }
change-told-detail = { $subject }：{ $detail }
change-nothing = （无）
change-quoted = “{ $text }”
change-was = 之前为 { $old }
change-was-now = 之前为 { $old }，现在为 { $new }
change-same-entries-reordered = 条目相同，但顺序不同
change-file = 文件 { $name }
change-file-new-content = 内容已更新，大小仍为 { $size }
change-bytes = { $count } 字节
change-value-empty = 空
change-value-on = 开启
change-value-off = 关闭
change-empty-list = 空列表
change-entries = { $count } 个条目
change-entries-named = { $entries }：{ $names }
change-settings = { $count } 项设置（{ $keys }）
change-scope-personal = 个人聊天
change-scope-team = 团队
change-scope-group-chat = 群聊
change-scope-copilot = Copilot
change-and = { $head }和{ $last }
change-permissions = { $count } 项权限：{ $names }
change-device-permissions = { $count } 项设备权限：{ $names }
change-valid-domains = 有效域 { $names }
change-permission = 权限 { $name }
change-permission-typed = 权限 { $name }（{ $kind }）
change-device-permission = 设备权限 { $name }
change-valid-domain = 有效域 { $name }
change-bot = 机器人
change-bot-for = 适用于{ $scopes }的机器人
change-personal-tab = 个人选项卡
change-personal-tab-named = 个人选项卡“{ $name }”
change-channel-tab = 频道/群组选项卡
change-channel-tab-at = 在 { $url } 设置的频道/群组选项卡
change-connector = 连接器
change-connector-for = 适用于{ $scopes }的连接器
change-message-extension = 消息扩展
change-message-extension-commands = 包含 { $count } 个命令的消息扩展：{ $titles }
change-sign-in = 登录设置
change-sign-in-app = Microsoft Entra 应用 { $id } 的登录设置
change-sign-in-app-resource = Microsoft Entra 应用 { $id } 的登录设置（资源 { $resource }）
change-area-identity = 应用 ID 和版本
change-area-listing = 名称、说明和图标
change-area-capability = 应用的功能
change-area-agent = Copilot 代理
change-area-other = 其他设置
change-area-package-file = 应用包中的文件
addin-comma-list = { $first }、{ $rest }
addin-event-new-message-compose-created = 创建新邮件
addin-event-new-appointment-organizer-created = 创建新的会议邀请
addin-event-message-attachments-changed = 在邮件中添加或删除附件
addin-event-appointment-attachments-changed = 在会议邀请中添加或删除附件
addin-event-message-recipients-changed = 邮件的收件人发生更改
addin-event-appointment-attendees-changed = 会议的与会者发生更改
addin-event-appointment-time-changed = 会议的日期或时间发生更改
addin-event-appointment-recurrence-changed = 会议的定期模式发生更改
addin-event-info-bar-dismiss-clicked = 有人关闭加载项的通知
addin-event-message-sending = 正在发送邮件
addin-event-appointment-sending = 正在发送会议邀请
addin-event-message-compose-opened = 打开正在撰写的邮件
addin-event-appointment-organizer-opened = 打开正在撰写的会议邀请
addin-event-message-from-changed = 邮件的发件人发生更改
addin-event-appointment-from-changed = 会议的组织者发生更改
addin-event-message-read-with-custom-header = 阅读带有自定义标头的邮件
addin-event-message-read-with-custom-attachment = 阅读带有自定义附件的邮件
addin-event-spam-reporting = 有人将邮件报告为垃圾邮件
addin-event-document-opened = 打开文档
addin-event-other = 发生事件“{ $kind }”
addin-added = 已添加 Office 加载项
addin-added-runs-in = 已添加 Office 加载项：在 { $applications } 中运行
addin-added-developer = 已添加 Office 加载项 (`extensions`)，适用于 { $scopes }
addin-added-developer-no-application = 已添加 Office 加载项 (`extensions`)，未指定任何应用程序
addin-no-longer-limited-named = 加载项不再局限于其指定的应用程序
addin-no-longer-limited = 加载项不再局限于 { $applications }
addin-no-longer-limited-developer = 已删除 `{ $path }`：该扩展可以安装在所有 Office 应用程序中
addin-application-removed = 加载项不再在 { $application } 中运行
addin-application-removed-developer = 已删除应用程序 `{ $scope }`（之前位于 `{ $path }`）
addin-application-added = 加载项现在也在 { $application } 中运行
addin-application-added-developer = 已在 `{ $path }` 添加应用程序 `{ $scope }`
addin-event-removed = 当{ $event }时，加载项不再启动
addin-event-removed-developer = 已删除事件 `{ $kind }`（之前位于 `{ $path }`）
addin-event-added = 当{ $event }时，加载项现在会自动启动
addin-event-added-developer = 已在 `{ $path }` 添加事件 `{ $kind }`
addin-send-mode-prompt-user = 询问用户
addin-send-mode-soft-block = 阻止发送，除非加载项不可用
addin-send-mode-block = 阻止发送
addin-send-mode-other = 使用发送模式“{ $mode }”
addin-send-mode-none = 未指定
addin-when-message-sending = 发送邮件
addin-when-appointment-sending = 发送会议邀请
addin-option-absent = 不存在
addin-send-mode-changed = 当{ $event }时，加载项现在{ $now }（之前：{ $was }）
addin-send-mode-changed-developer = 事件 `{ $kind }`：`options.sendMode` 现在为 { $now }（之前为 { $was }）
addin-header-none = 无
addin-header-changed = 当{ $event }时，加载项现在查找标头 { $now }（之前：{ $was }）
addin-header-changed-developer = 事件 `{ $kind }`：`options.headerName` 现在为 { $now }（之前为 { $was }）
addin-context-mail-read = 阅读邮件
addin-context-mail-compose = 撰写邮件
addin-context-meeting-organizer = 组织会议
addin-context-meeting-attendee = 参加会议
addin-context-document = 文档
addin-control-button = 按钮
addin-control-menu = 菜单
addin-control-menu-item = 菜单项
addin-on-ribbon = 功能区
addin-on-context-menu = 上下文菜单
addin-entry-point-cell = 单元格
addin-entry-point-text = 所选文本
addin-where-context = { $place }（{ $context }）
addin-control-removed = { $what }“{ $label }”已从{ $place }中删除
addin-control-removed-developer = 已删除控件 `{ $id }`（之前位于 `{ $path }`）
addin-control-renamed = { $place }上的{ $what }“{ $old }”已重命名为“{ $new }”
addin-control-renamed-developer = 控件 `{ $id }`：`label` 已更改
addin-control-added = { $what }“{ $label }”已添加到{ $place }
addin-control-added-developer = 已在 `{ $path }` 添加控件 `{ $id }`
addin-set-version = { $name } { $version }
addin-no-version = 无版本
addin-needs-removed = 加载项不再需要 { $set }
addin-needs-removed-developer = 已删除要求集 `{ $set }`
addin-needs-changed = 加载项现在需要 { $set }（之前为 { $was }）
addin-needs-changed-developer = 要求集 `{ $set }`：`minVersion` 现在为 { $now }（之前为 { $was }）
addin-needs-added = 加载项现在需要 { $set }
addin-needs-added-developer = 已添加要求集 `{ $set }`
addin-form-factor-mobile = 移动设备
addin-form-factor-desktop = 台式计算机
addin-form-factor-removed = 加载项不再在{ $factor }上运行
addin-form-factor-removed-developer = 已删除外形规格 `{ $factor }`
addin-form-factor-added = 加载项现在也在{ $factor }上运行
addin-form-factor-added-developer = 已添加外形规格 `{ $factor }`
addin-pages-no-longer = 加载项的页面不再来自 { $hosts }
addin-pages-now = 加载项的页面现在来自 { $hosts }
addin-pages-changed = 加载项的页面现在来自 { $hosts }（之前来自 { $was }）
addin-pages-developer = `runtimes[].code` 的主机现在为 { $hosts }（之前为 { $was }）
addin-shortcut = 键盘快捷方式 { $keys }
addin-shortcut-action = 键盘快捷方式 { $keys }（“{ $action }”）
addin-get-started-message = 入门消息“{ $title }”
addin-custom-function = 自定义函数“{ $name }”
addin-named-removed = 已删除{ $thing }
addin-named-removed-developer = 已删除 `{ $path }`
addin-named-added = 已添加{ $thing }
addin-named-added-developer = 已添加 `{ $path }`
addin-removed = 已删除 Office 加载项
addin-removed-developer = 已删除 Office 加载项 (`extensions`)
addin-other-settings = Office 加载项：{ $count } 项其他设置已更改
addin-other-changes-developer = `{ $path }` 下的 { $count } 项其他更改
addin-extensions-changed-developer = `extensions` 已更改
addin-extensions-changed-no-addin-developer = `extensions` 已更改（两个版本中都没有 Office 加载项）
place-label-app-id = 应用 ID
place-label-version = 版本
place-label-manifest-format-version = 清单格式版本
place-label-manifest-schema-link = 清单架构链接
place-label-app-name = 应用名称
place-label-description = 说明
place-label-developer-details = 开发人员详细信息
place-label-icons = 图标
place-label-accent-color = 强调色
place-label-translations = 翻译
place-label-package-name = 包名称
place-label-short-name = 短名称
place-label-full-name = 全名
place-label-short-description = 简短说明
place-label-full-description = 完整说明
place-label-developer-name = 开发人员名称
place-label-color-icon = 彩色图标
place-label-outline-icon = 轮廓图标
place-label-bot = 机器人
place-label-bots = 机器人
place-label-message-extension = 消息扩展
place-label-message-extensions = 消息扩展
place-label-connector = 连接器
place-label-connectors = 连接器
place-label-personal-tab = 个人选项卡
place-label-personal-tabs = 个人选项卡
place-label-channel-group-tab = 频道/群组选项卡
place-label-channel-and-group-tabs = 频道和群组选项卡
place-label-sign-in-settings = 登录设置
place-label-team-and-chat-data-permissions = 团队和聊天数据权限
place-label-permission = 权限
place-label-permissions = 权限
place-label-device-permission = 设备权限
place-label-device-permissions = 设备权限
place-label-valid-domain = 有效域
place-label-valid-domains = 有效域
place-label-meeting-extension = 会议扩展
place-label-activity-feed-notifications = 活动源通知
place-label-copilot-agents = Copilot 代理
place-label-copilot-extensions = Copilot 扩展
place-label-agent-connector = 代理连接器
place-label-agent-connectors = 代理连接器
place-label-agent-skill = 代理技能
place-label-agent-skills = 代理技能
place-label-agentic-user-template = 代理用户模板
place-label-agentic-user-templates = 代理用户模板
place-label-extension = 扩展
place-label-outlook-and-office-extensions = Outlook 和 Office 扩展
place-label-dashboard-card = 仪表板卡片
place-label-dashboard-cards = 仪表板卡片
place-label-graph-connector = Graph 连接器
place-label-supported-channel-types = 支持的频道类型
place-label-default-install-scope = 默认安装范围
place-label-default-group-capability = 默认群组功能
place-label-command = 命令
place-label-commands = 命令
place-label-language = 语言
place-label-languages = 语言
place-label-activity-type = 活动类型
place-label-activity-types = 活动类型
place-label-declarative-agent = 声明性代理
place-label-declarative-agents = 声明性代理
place-label-parameter = 参数
place-label-parameters = 参数
place-label-command-list = 命令列表
place-label-command-lists = 命令列表
place-label-file-sharing = 文件共享
place-label-notifications-only = 仅通知
place-label-audio-calls = 音频通话
place-label-video = 视频
place-label-page-address = 页面地址
place-label-website-address = 网站地址
place-label-setup-page-address = 设置页面地址
place-label-search-address = 搜索地址
place-label-privacy-statement-address = 隐私声明地址
place-label-terms-of-use-address = 使用条款地址
place-label-partner-network-id = 合作伙伴网络 ID
place-label-bot-id = 机器人 ID
place-label-tab-id = 选项卡 ID
place-label-connector-id = 连接器 ID
place-label-color-icon-setting = 彩色图标
place-label-outline-icon-setting = 轮廓图标
place-label-resource-address = 资源地址
place-label-settings-can-be-changed = 可以更改设置
place-label-id = ID
place-extension-number = 列表中的第 { $number } 个
input-manifest-field-problem = 字段 `{ $field }`：{ $problem }
input-manifest-not-object = 清单必须是 JSON 对象（以 `{"{"}` 开头），但此文件是{ $value }
input-manifest-not-list = 必须是列表 (`[ ... ]`)，但它是{ $value }
input-manifest-permission-not-object = 每个权限都必须是包含 `name` 和 `type` 的对象，但这个是{ $value }
input-manifest-not-object-field = 必须是对象 (`{"{"} ... {"}"}`)，但它是{ $value }
input-manifest-entry-not-object = 每个条目都必须是对象 (`{"{"} ... {"}"}`)，但这个是{ $value }
input-manifest-missing = 缺失；这是必填项
input-manifest-not-text = 必须是用双引号括起的文本，但它是{ $value }
input-manifest-not-true-or-false = 必须是 true 或 false（不带引号），但它是{ $value }
input-value-null = null（空）
input-value-true-or-false = { $value }（true/false）
input-value-number = 数字 { $number }
input-value-text = 文本“{ $text }”
input-value-text-shortened = 文本“{ $text }…”
input-value-list = 列表 (`[ ... ]`)
input-value-object = 对象 (`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] 等另外 { $more } 项
}
agent-value = { $value }
agent-quoted = “{ $text }”
agent-none = 无
agent-and = { $head }和{ $last }
agent-from-to = 从 { $old } 改为 { $new }
agent-was = 之前为 { $old }
agent-were = 之前为 { $old }
agent-characters = { $count ->
   *[other] { $formatted } 个字符
}
agent-new-wording = 措辞已更新，仍为 { $characters }
agent-it-calls = 它调用 { $host }
agent-folder = 文件夹 { $folder }
agent-key-schema = 架构链接
agent-capability-web-search = Web 搜索
agent-capability-graphic-art = 图像生成
agent-capability-code-interpreter = 代码解释器
agent-capability-onedrive-sharepoint = SharePoint 和 OneDrive 文件
agent-capability-graph-connectors = Copilot 连接器
agent-capability-teams-messages = Teams 消息
agent-capability-email = 电子邮件
agent-capability-email-actions = 电子邮件操作
agent-capability-people = 人员
agent-capability-meetings = 会议
agent-capability-meeting-actions = 会议操作
agent-capability-embedded-knowledge = 包中的文件
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = 场景模型
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = API 密钥
agent-sign-in-dynamic-registration = 使用动态客户端注册的 OAuth
agent-sign-in-key-vault = Azure Key Vault 中的密钥
agent-sign-in-reference = { $kind }（引用 ID { $id }）
agent-agent = 代理 { $name }
agent-action = 操作 { $name }
agent-an-action = 一个操作
agent-copilot-extension = 应用的 Copilot 扩展
agent-connector = 代理连接器 { $name }
agent-custom-engine = 自定义引擎代理
agent-agentic-user-template = 代理用户模板 { $name }
agent-api-of = { $label } 的 API
agent-file-agent = { $file } 中的代理
agent-file-action = { $file } 中的操作
agent-file-api = API 描述 { $file }
agent-file-tools = MCP 工具列表 { $file }
agent-file-card = 卡片模板 { $file }
agent-file-response-template = 响应模板 { $file }
agent-file-agentic-user-template = { $file } 中的代理用户模板
agent-setting-name = 名称
agent-setting-description = 说明
agent-setting-disclaimer = 免责声明
agent-thing-skill = 技能
agent-thing-starter = 对话启动器
agent-thing-tool = 工具
agent-thing-mcp-server = MCP 服务器
agent-thing-local-runtime = 用户设备上的运行时
agent-thing-api = API
agent-added-to = { $label } 中的{ $what }
agent-removed-from = { $label } 中的{ $what }
agent-setting-of = { $label } 的{ $what }
agent-setting-added = { $label } 的{ $what }
agent-file-of = { $label } 的文件
agent-format-of = { $label } 的格式版本
agent-other-settings-of = { $label } 的其他设置
agent-other-details-of = { $label } 的其他详细信息
agent-copilot-added = 一个 Copilot { $label }
agent-copilot-removed = Copilot { $label }
agent-declared-how = 清单声明{ $label }的方式
agent-declared-from-preview = 从预览形式（Copilot 扩展）改为 Copilot 代理
agent-custom-engine-added = 一个自定义引擎代理（它通过应用的机器人回答）
agent-connector-added = 一个{ $label }
agent-connector-removed = { $label }
agent-mcp-server-of = { $label } 的 MCP 服务器
agent-sign-in-of = { $label } 的登录
agent-sign-in-of-host = { $label } 对 { $host } 的登录
agent-sign-in-of-number = { $label } 的登录（{ $number }）
agent-skill = 一个代理技能
agent-skill-in-folder = 文件夹 { $folder } 中的代理技能
agent-agentic-user-template-added = 代理用户模板 { $name }
agent-instructions-of = { $label } 的指令
agent-capability-from = { $label } 的一项功能
agent-capability-to = { $label } 的一项功能
agent-capability-settings-of = { $label } 的{ $capability }设置
agent-starter-of = { $label } 的对话启动器 { $starter }
agent-worker-from = { $label } 的一个工作代理
agent-worker-to = { $label } 的一个工作代理
agent-action-from = { $label } 的一个操作
agent-action-to = { $label } 的一个操作
agent-function = { $name }（{ $description }）
agent-function-from = { $label } 的一个函数
agent-function-to = { $label } 的一个函数
agent-function-of = { $label } 的函数 { $name }
agent-server-of = { $label } 的服务器
agent-servers-of = { $label } 的各个服务器
agent-operation = { $operation }（{ $id }）
agent-operation-from = { $label } 的一个 API 操作
agent-operation-to = { $label } 的一个 API 操作
agent-operations-changed = { $count ->
   *[other] { $label } 的 API 操作的详细信息
}
agent-tool-descriptions-of = { $label } 的工具说明
agent-note-sign-in = 代理首次使用 { $host } 时，用户需要登录到该服务。
agent-note-action-service = 操作“{ $name }”背后的服务
agent-note-new-host = 代理现在会向 { $host } 发送请求。
agent-note-converted = 你的声明性代理已变为自定义引擎代理：系统会要求用户查看并同意新代理，并且用户必须重新固定它。
agent-note-admin-approval = 如果组织通过其管理中心部署你的应用，管理员会先批准每次更新，用户才能获得更新。
agent-note-source-sign-in = Microsoft 关于代理操作登录的页面
agent-note-source-converted = Microsoft 关于转换代理的页面
agent-note-source-admin-approval = Microsoft 365 消息中心，MC1041454
agent-note-source-actions = Microsoft 关于代理操作的页面
agent-kind-agent = Copilot 代理文件
agent-kind-plugin = 代理操作文件（API 插件）
agent-kind-openapi = API 描述
agent-kind-mcp-tools = MCP 工具说明
agent-kind-response-template = 响应模板
agent-kind-card = 卡片模板
agent-kind-agentic-user-template = 代理用户模板
agent-kind-file = 文件
agent-file-unreadable = { $what }“{ $name }”无法读取：{ $problem }。你的开发人员必须更正该文件。
agent-file-not-object = { $what }“{ $name }”的内容不符合要求（其内容必须是{ $content }）。你的开发人员必须更正该文件。
agent-file-content-yaml = 一组命名值
agent-file-content-json = 用 {"{"} {"}"} 括起的 JSON 对象
agent-file-openapi-format = API 描述“{ $name }”的格式为 { $format }；Copilot 读取的是 OpenAPI 3（openapi: 3.0.x 或 3.1.x）。你的开发人员必须转换它。
agent-file-not-openapi = API 描述“{ $name }”不是 OpenAPI 3 文档（它没有声明 openapi: 3.x；Swagger 2.0 文件必须先转换）。你的开发人员必须转换它。
agent-field-copilot-agents = Copilot 代理
agent-field-copilot-extensions = Copilot 扩展
agent-field-agent-connectors = 代理连接器
agent-field-agent-skills = 代理技能
agent-field-agentic-user-templates = 代理用户模板

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = 已发布版本
input-side-new = 新版本
input-side-error = { $side }：{ $error }
input-error = { $file }：{ $problem }。{ $fix }
input-error-at = { $file }，{ $place }：{ $problem }。{ $fix }
input-where-line-column = 第 { $line } 行，第 { $column } 列
input-where-field = 字段 `{ $field }`
input-where-package-entry = 包条目 `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = 此工具在读取文件时停止了（这是此工具的错误，而不是文件的问题）
input-internal-fix = 请重试；如果问题再次出现，请报告给我们。
input-not-found = 文件不存在（它可能已被移动、重命名或删除）
input-not-found-fix = 请重新选择文件。
input-permission-denied = 你没有读取此文件的权限
input-permission-denied-fix = 请将文件复制到你可以读取的位置，或询问这台计算机的管理人员。
input-unreadable = 无法读取文件（{ $error }）
input-unreadable-fix = 请检查文件是否仍然存在且可读，然后重试。
input-folder = 这是一个文件夹，而不是文件
input-folder-fix = 请选择其中的 manifest.json 文件，或选择应用包 (.zip)。
input-not-regular-file = 这不是普通文件（它可能是设备、管道或指向它们的快捷方式）
input-not-regular-file-fix = 请选择 manifest.json 文件或应用包 (.zip) 本身。
input-manifest-too-large = 清单大于此工具可读取的 { $mebibytes } MiB（真正的清单只有几 KB）
input-manifest-too-large-fix = 请检查你是否选择了正确的文件。
input-count-translation-files = { $count } 个翻译文件
input-count-other-files = { $count } 个其他文件
input-package-only-manifest = 只包含清单的应用包
input-package-with = 包含{ $parts }的应用包
input-list-two = { $first }和{ $last }
input-list-more = { $first }、{ $rest }
input-bad-json = 这不是有效的 JSON：{ $problem }
input-bad-json-fix = 请在文本编辑器中打开文件，更正该处，保存后重新加载。
input-bad-manifest-fix = 请更正清单中的该字段（Teams 开发人员门户可以导出有效的清单），保存后重新加载。
input-package-damaged = 应用包已损坏，或不是普通的 zip 文件（{ $detail }）
input-package-damaged-fix = 请重新下载或生成包（在 Teams 开发人员门户中：发布 › 下载应用包）。
input-package-too-large = 应用包大于 { $mebibytes } MiB
input-package-too-large-fix = Teams 应用包只包含一个清单和两个小图标；请检查你是否选择了正确的文件。
input-package-too-many-entries = 应用包包含 { $entries } 个条目；此工具最多读取 { $most } 个
input-package-too-many-entries-fix = Teams 应用包只包含一个清单和几个图标；请检查你是否选择了正确的文件。
input-packaged-manifest-too-large = manifest.json 大于此工具可读取的 { $mebibytes } MiB
input-package-unpacks-too-large = 应用包解压后超过 { $mebibytes } MiB
input-package-unpacks-too-large-fix = Teams 应用包只包含一个清单和几个小图标；请检查你是否选择了正确的文件。
input-package-entry-damaged = 应用包中的此条目已损坏，无法解压（{ $error }）
input-package-entry-damaged-fix = 请重新生成或下载包。
input-manifest-in-folder = manifest.json 位于包中的某个文件夹内，但 Teams 要求它位于包的根目录
input-manifest-in-folder-fix = 请压缩文件本身（manifest.json 和图标），而不是包含它们的文件夹。
input-manifest-name-case = 清单名为 `{ $name }`，但 Teams 要求的名称正好是 `manifest.json`（全部小写）
input-manifest-name-case-fix = 请将文件重命名为 manifest.json，然后重新压缩包。
input-no-manifest = 应用包中没有 manifest.json
input-no-manifest-fix = Teams 应用包是由 manifest.json 及其图标组成的 zip 文件；请选择为 Teams 生成的包，或选择 manifest.json 本身。
input-kind-empty = 此文件为空：其中没有清单
input-kind-png = 这是 PNG 图像，不是清单
input-kind-jpeg = 这是 JPEG 图像，不是清单
input-kind-gif = 这是 GIF 图像，不是清单
input-kind-pdf = 这是 PDF 文档，不是清单
input-kind-word = 这是 Word 文档，不是清单
input-kind-excel = 这是 Excel 工作簿，不是清单
input-kind-powerpoint = 这是 PowerPoint 演示文稿，不是清单
input-kind-old-office = 这是 Microsoft Office 文档，不是清单
input-kind-other-archive = 这是其他类型的压缩文件（例如 .rar、.7z 或 .gz）；Teams 应用包是 .zip 文件
input-kind-utf16 = 此清单保存为 UTF-16 文本，但 Teams 只能读取 UTF-8 格式的清单
input-kind-other-text = 这不是清单：Teams 清单是以“{"{"}”开头的 JSON 文本，而此文件包含其他文本（例如程序、网页或笔记）
input-kind-empty-fix = 请选择 manifest.json 或 .zip 应用包。如果这就是你的清单，说明它没有保存成功：请在编辑器中打开并重新保存。
input-kind-utf16-fix = 请在文本编辑器中打开它并另存为 UTF-8（在记事本中：文件 › 另存为，编码：UTF-8），然后重新加载。
input-kind-other-archive-fix = 请选择 manifest.json 或 .zip 应用包（在 Teams 开发人员门户中：发布 › 下载应用包）。
input-kind-fix = 请选择 manifest.json 或 .zip 应用包。
input-json-error-at = 第 { $line } 行，第 { $column } 列：{ $problem }
input-json-not-utf8 = 文件不是 UTF-8 文本（它可能以 UTF-16 或 Windows-1252 等其他编码保存，或者不是文本文件）
input-json-too-deep = 对象和列表的嵌套超过了 { $levels } 层
input-json-comment = manifest.json 中不允许有注释；请删除注释（从 // 到行尾，或从 /* 到 */）
input-json-non-breaking-space = 此处有一个不可见的不间断空格 (U+00A0)，而 JSON 在这里只允许普通空格（它通常来自从网页或文档中复制的文本）；请将其删除并键入普通空格
input-json-curly-double-quotes = 弯引号 “ ” 必须改为直引号 "（文字处理程序会在你键入时自动替换它们）；请将它们逐个重新键入为 "
input-json-curly-single-quotes = 弯引号 ‘ ’ 必须改为直双引号 "（JSON 没有单引号）；请将它们逐个重新键入为 "
input-json-invisible-character = 此处有一个不可见字符 (U+{ $code })，而 JSON 在这里只允许普通空格；请将其删除
input-json-missing-comma-end-of-line = 此行末尾缺少逗号 `,`（或在此之前缺少右方括号或右大括号）
input-json-last-comma = 这是右方括号或右大括号之前的最后一个逗号；请将其删除
input-json-trailing-comma = 右方括号或右大括号之前紧跟着一个逗号；请将其删除
input-json-key-not-string = 某个名称没有用双引号括起（JSON 要求写成 "name": value），或者多了一个逗号
input-json-expected-value = 此处应为一个值：用双引号括起的文本、数字、true、false、null、列表 [ ] 或对象 {"{"} {"}"}（不允许单引号和不带引号的词）
input-json-unclosed-string = 文本值缺少结尾的双引号
input-json-ends-too-early = 文件过早结束：缺少右方括号或右大括号
input-json-missing-comma = 此处之前缺少逗号（或右方括号或右大括号）
input-json-missing-colon = 名称后缺少冒号 `:`
input-json-trailing-characters = JSON 文档结束后还有多余的文本
input-json-control-character = 文本值中包含原始换行符或制表符；请写成 \n 或 \t
input-json-invalid-escape = 文本值中的反斜杠开始了一个 JSON 无法识别的转义序列（反斜杠本身应写成 \\）
input-json-bad-hex-escape = 文本值中的 \u 转义不完整（基本范围之外的字符需要连续两个 \u 转义）
input-json-unknown-word = 此处有一个无法识别的词：只有 true、false 和 null 可以不带引号；文本请用双引号括起
input-json-invalid-number = 数字的写法不被 JSON 接受（不能有前导零或 + 号，小数点两侧都必须有数字）
input-json-other = JSON 的写法不正确（{ $detail }）
input-yaml-not-utf8 = 文件不是 UTF-8 文本
input-yaml-invalid = 这不是有效的 YAML：{ $detail }
input-yaml-too-many-values = 文档包含的值太多（超过一百万个，包括重复的部分）；OpenAPI 文档要小得多

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = 你打开的已发布版本不是应用商店中的包：{ $reason }。因此，此报告无法说明应用商店之前接受了哪些问题。请改为打开应用商店中的包：在合作伙伴中心下载当前上线版本的应用包（或使用你上次上传的 .zip）。
report-not-store-package-app-id = 其应用 ID 是“{ $id }”，而不是已发布应用的应用 ID
report-not-store-package-format = 它使用清单格式“{ $format }”，而应用商店不接受该格式
report-not-store-package-placeholder = 它包含由生成工具填入的占位符，例如“{ $placeholder }”
report-no-link-app-id-changed = 没有下载链接：应用 ID 已更改，指向新 ID 的链接会指向应用商店中不存在的应用。请改回已发布的应用 ID 以获取链接。
report-no-link-not-an-app-id = 没有下载链接：应用 ID“{ $id }”不是真正的应用 ID（应为 GUID，例如 0b5c3d6e-1234-4abc-9def-00112233aabb）。链接使用你提交的包的 ID。
render-date = { $year }/{ $month }/{ $day }
button-default-label = 在 Microsoft Teams 中获取
button-style-purple = 紫色
button-style-outline = 轮廓
button-style-dark = 深色
button-size-small = 小
button-size-medium = 中
button-size-large = 大
button-unknown-style = 未知样式“{ $style }”；请选择 purple、outline 或 dark
button-unknown-size = 未知大小“{ $size }”；请选择 small、medium 或 large
button-not-an-app-id = “{ $text }”不是应用 ID：应用 ID 形如 0b5c3d6e-1234-4abc-9def-00112233aabb。请使用 Teams 开发人员门户或合作伙伴中心中的 ID（应用商店 ID）。
button-empty-label = 按钮文本为空：请输入按钮要显示的文本，例如“{ $example }”

guide-fixer-app-window-portal = 你可以在此处修复：使用“保存修复后的副本”（或在开发人员门户中：打开你的应用，然后转到 { $place }）
guide-fixer-app-window = 你可以在此处修复：使用“保存修复后的副本”
guide-fixer-app-terminal-portal = 你：运行 teams-update-check fix 并指定已发布文件和新文件，以保存修复后的副本；或在开发人员门户中：打开你的应用，然后转到 { $place }
guide-fixer-app-terminal = 你：运行 teams-update-check fix 并指定已发布文件和新文件，以保存修复后的副本
guide-fixer-portal-place = 你，在开发人员门户中（打开你的应用，然后转到 { $place }）
guide-fixer-portal = 你，在开发人员门户中
guide-fixer-developer = 你的开发人员

guide-already-published = 已存在于你的已发布版本中：应用商店之前接受了它，但每次更新时都会重新检查整个包，因此现在可能会拒绝它。
guide-step-nothing-to-submit = 请进行更改并提高版本号，然后重新检查新包。
guide-step-fix-window = 请修复上面列出的 { $count } 个问题。每个问题都说明了谁可以修复；可以使用“复制给开发人员”把它们复制给你的开发人员。
guide-step-fix-document = 请修复上面列出的 { $count } 个问题。每个问题都说明了谁可以修复；“给你的开发人员”列表可以直接发送给你的开发人员。
guide-step-check-again-window = 然后在此处将更正后的包作为新版本打开，并在提交之前重新检查。
guide-step-check-again-document = 然后在提交之前，使用 Teams Update Check 重新检查更正后的包。
guide-step-open-offer = 在合作伙伴中心打开你的应用的产品/服务，然后从“概述”选项卡上的应用磁贴进行更新。切勿使用“添加新应用”：那样会创建第二个应用，而不是更新。
guide-step-upload = 上传此包。保持应用 ID 不变：应用商店通过它识别你的应用。
guide-step-tested-again = 此更新改变了应用的功能，因此 Microsoft 会在上线前重新测试它。请将下面的认证说明粘贴到合作伙伴中心的“认证说明”中，让审核人员知道要测试什么。
guide-step-listing-only = 此更新只更改了应用的商店信息和版本。Microsoft 仍会在上线前审核每次更新；下面的认证说明列出了更改内容。
guide-step-users-approve = 发布后，现有用户需要重新批准应用才能获得更新；下面的发布说明会告诉他们会发生什么。
guide-step-admin-approves = 发布后，由管理员部署了该加载项的组织，只有在管理员重新批准此更新后才能获得它：在此之前，这些组织中的人员无法使用更新后的加载项。下面的发布说明会告诉管理员会发生什么。
guide-step-users-not-asked = 发布后，不会要求现有用户重新批准应用。
guide-step-users-automatic = 发布后，现有用户会自动获得更新。
guide-agent-admin-approves = 如果组织通过其管理中心部署你的应用，管理员会先批准 Copilot 代理的每次更新，用户才能获得更新。
guide-step-organization-only = 只在你的组织中发布（不在应用商店中）？请改为在 Teams 管理中心（管理应用 › 你的应用 › 上传文件）或开发人员门户中上传包。
report-verdict-ready = 可以提交
report-verdict-nothing-to-submit = 没有任何更改：没有可提交的更新
report-verdict-blocked = 提交前请修复 { $count } 个问题
report-users-asked = 系统会要求现有用户重新批准应用。
report-admin-asked = 由管理员部署了该加载项的组织：管理员必须重新批准此更新，这些组织中的人员才能使用更新后的加载项。
report-two-sentences = { $first }{ $second }
report-consent-nothing-changed = 没有任何更改，因此现有用户无需批准任何内容。
report-consent-users-not-asked = 不会要求现有用户重新批准应用。
report-consent-users-automatic = 现有用户会自动获得此更新（无需重新批准）。
report-consent-summary-none = 需要批准的 { $total } 项更改都不在此更新中：现有用户无需再次看到同意提示即可获得更新。
report-consent-summary = 需要批准的 { $total } 项更改中，有 { $count } 项在此更新中。
report-consent-others-none = 需要批准的 { $count } 项更改都不在此更新中
report-consent-others = 需要批准的其他 { $count } 项更改不在此更新中
report-who-users-and-admin = 需要批准的人：每位现有用户，以及部署了 Office 加载项的管理员
report-who-admin = 需要批准的人：将 Office 加载项部署到组织的管理员，而不是每位用户
report-who-users = 需要批准的人：每位现有用户
report-consent-title = 是否会要求用户或管理员重新批准应用？
report-consent-intro = 某些更改会使 Teams 向每位现有用户显示提示，要求他们重新批准（同意）应用。而对 Office 加载项的更改，则会要求部署它的管理员重新批准。
report-consent-others-hint = 这些更改都不在此更新中。打开其中一项可了解其含义。
report-store-title = 应用商店会接受吗？
report-store-warnings-title = { $count } 项值得检查的内容（不会阻止更新）
report-store-template-findings = 显示由它引起的 { $count } 项发现
report-microsofts-rule = Microsoft 的规则
guide-notes-the-app = 应用
guide-notes-versions = { $app }：从版本 { $old } 更新到 { $new }。
guide-notes-capabilities = 应用的功能
guide-notes-agent = Copilot 代理
guide-notes-listing = 名称、说明、图标和文件
guide-notes-heading = { $title }：
guide-notes-users-asked = 系统会要求现有用户重新批准应用：{ $rules }。
guide-notes-admin-asked = 部署了 Office 加载项的管理员必须重新批准它：{ $rules }。
guide-release-our-app = 我们的应用
guide-release-users-opening = { $app } { $version } 即将在 Microsoft Teams 中推出。更新到达后，Teams 会要求你重新批准 { $app }，然后才能使用新版本。这是正常的：此更新改变了应用的功能。
guide-release-users-heading = 对你的影响：
guide-release-admin-opening = { $app } { $version } 即将推出。其 Office 加载项的更改需要管理员批准：将该加载项部署到你的组织的管理员必须重新批准此更新，在此之前，组织中的人员无法使用更新后的加载项。这是正常的：此更新改变了加载项的运行位置或运行时机。
guide-release-admin-heading = 更改内容：
guide-release-users-asked = 需要批准的人：在 Teams 中使用该应用的每个人。
guide-release-team-owner = 用于团队和群聊的新选项卡由团队所有者或聊天成员在需要它的频道或聊天中添加。
guide-release-for-admins = IT 管理员请注意：此更新更改了应用的登录设置或其请求的权限。请在 Teams 管理中心查看：管理应用 › { $app } › 权限，你可以在那里为你的组织授予同意。
guide-release-addin-admins = 部署了 Office 加载项的 IT 管理员请注意：请重新批准此加载项更新；在你批准之前，组织中的人员无法使用更新后的加载项。
guide-release-admin-asked = 需要批准的人：将加载项部署到你的组织的管理员，而不是每位用户。
guide-handoff-the-app = 该应用
guide-handoff-intro = Teams Update Check 在 { $file }（{ $app } { $version }）中发现了 { $count } 个应用商店会拒绝的问题。请修复：
guide-handoff-where = 位置：{ $place }
guide-handoff-who = 负责人：{ $who }
guide-handoff-rule = 规则：{ $rule }
guide-handoff-check = { $title }：{ $message }
guide-handoff-manifest-field = manifest.json，“{ $field }”
guide-handoff-file-line = { $file }，第 { $line } 行，第 { $column } 列
guide-handoff-note = 注意：{ $note }
report-next-steps-title = 后续步骤
report-certification-notes-lead = 合作伙伴中心认证说明的草稿：此更新中的更改内容。请补充如何登录和测试。
report-certification-notes-title = 认证说明
report-certification-notes-copy = 复制认证说明
report-release-note-admin = 部署了加载项的管理员必须重新批准此更新。请在更新到达之前，将此说明发送给你的客户的 IT 管理员。
report-release-note-both = 系统会要求现有用户重新批准应用，部署了加载项的管理员也必须重新批准。请在更新到达之前，将此说明发送给你的用户及其 IT 管理员。
report-release-note-users = 系统会要求现有用户重新批准应用。请在更新到达之前，将此说明发送给他们（以及他们的 IT 管理员）。
report-release-note-title = 通知你的用户
report-release-note-copy = 复制发布说明
report-attention-title = 提交前请修复以下问题
report-attention-intro = 每个问题都说明了谁可以修复。修复后，请重新检查更正后的包。
report-handoff-lead = 把此列表交给你的开发人员：其中列出了每个问题的位置（文件、行、列）和 Microsoft 的规则，可以直接粘贴到电子邮件或工单中。
report-handoff-title = 给你的开发人员
report-handoff-copy = 复制给开发人员
report-checks-title = 版本和应用 ID
report-checks-intro = Microsoft 要求更新保留应用 ID，并且任何更改（即使只是名称或说明）都要提高版本号。
report-agent-notes-title = 用户会注意到的变化
report-agent-notes-intro = 关于此更新中的 Copilot 代理。仅供参考：这些不影响用户是否必须重新批准应用。
report-area-identity-hint = 应用 ID、版本号和清单格式版本
report-area-listing-hint = 用户在应用商店中看到的内容：名称、说明、开发人员详细信息、图标、颜色
report-area-capability-hint = 应用在 Teams 和 Office 中的功能：机器人、选项卡、消息扩展、连接器、登录、权限、Office 加载项
report-area-package-file-hint = .zip 应用包中除 manifest.json 之外的文件，例如图标和翻译
report-area-agent-hint = Copilot 代理：其指令、功能、操作以及它调用的服务器
report-area-other-hint = 清单中的其他设置
report-changes-nothing = 无：两个版本相同。
report-download-title = 用于你的网站的下载链接
report-download-window = 在你的网站上放置一个按钮，用于在 Teams 应用商店中打开你的应用；窗口会为你生成它的 HTML。
report-download-terminal = 在你的网站上放置一个按钮，用于在 Teams 应用商店中打开你的应用；运行 teams-update-check button 并指定新文件，即可输出它的 HTML。
report-download-document = 在你的网站上放置一个按钮，用于在 Teams 应用商店中打开你的应用；Teams Update Check 会为你生成它的 HTML。
report-nothing-note = 两个版本相同。请进行更改并提高版本号，然后重新检查。
report-error-title = 出了什么问题
report-error-note = 请修复文件（或选择正确的文件），然后重新检查。
report-row-file = 文件
report-row-app-name = 应用名称
report-row-app-id = 应用 ID
report-row-version = 版本
report-row-manifest-format = 清单格式
report-full-value = { $subject } 的完整值
report-changes-title = 更改内容（{ $count }）
report-changes-area = { $area }（{ $count }）
report-error-headline = 无法加载{ $side }
report-error-note-file = { $file } 是{ $side }。尚未进行任何比较。
render-unnamed-app = 未命名应用
render-published-new = 已发布：{ $published }   新：{ $new }
render-label-note = 注意：
render-label-sources = 来源：
render-label-where = 位置：
render-label-who = 谁可以修复：
render-label-why = 原因：
render-label-developers = 给开发人员：
render-title = Teams 更新检查：{ $headline }
render-column-published = 已发布
render-column-new = 新
render-verdict = 结论
render-footer = 由 Teams Update Check 生成，该工具会在 Microsoft Teams 应用更新提交到应用商店之前对其进行检查。它只读取运行它的计算机上的文件，没有向任何地方发送任何内容。
render-title-app = { $app } — Teams 更新检查：{ $headline }
render-teams-update-check = Teams 更新检查
render-report = 报告
render-button-preview = 下载按钮在网站上的样子：
fix-version-not-raised = 无法自动提高版本，因为已发布版本“{ $published }”不是由数字和点组成的（或者某个数字太长）。
fix-who-type-version = 你：在开发人员门户中键入新版本（高于已发布版本），或使用 --new-version 指定。
fix-what-version = 版本
fix-typed-version-form = 版本“{ $version }”不是用点分隔的三个整数（如 1.4.2）。请按这种格式键入（不能包含字母或前导零）。
fix-typed-version-not-higher = 版本 { $version } 不高于已发布版本 { $published }。请键入更高的版本。
fix-what-unused-files = 包未使用的文件
fix-unused-files-before = { $count } 个文件：{ $names }
fix-unused-files-after = 已移除
fix-what-package-files = 包中的文件
fix-folder-before = 位于文件夹“{ $folder }”中
fix-folder-after = 位于包的根目录，Teams 会在这里查找它们
fix-package-damaged = 无法重新写入包，因为其中一个条目已损坏（{ $error }）。请重新生成或下载包。
fix-folder-damaged = 无法将包中的文件移出其文件夹，因为某个条目已损坏（{ $error }）。请重新生成或下载包。
fix-output-is-input = 这是正在检查的文件之一；修复后的副本绝不会替换它们，请选择其他名称
fix-schema-preview = 清单使用应用商店会拒绝的预览格式 devPreview；将链接指向它会使包离应用商店接受的标准更远。请先将清单改为已发布的格式（请参阅“清单使用应用商店接受的格式”），并使用该格式的链接
fix-schema-unknown-format = 清单的格式 (manifestVersion) 不是 Microsoft 发布的格式，因此没有可用的官方链接
fix-schema-not-text = 链接存在但不是文本，因此无法得知它原本要表达什么
fix-schema-not-fixed = “{ $file }”的架构链接未修复：{ $reason }。
fix-who-developer = 你的开发人员。
fix-schema-missing = 缺失
fix-what-schema-link = “{ $file }”的架构链接（{ $field }）
fix-icon-outline = 轮廓图标
fix-icon-color = 彩色图标
fix-icon-small-color = 小彩色图标
fix-who-icon-maker = 负责设计图标的人（或你的开发人员）。
fix-icon-not-fixed = { $icon }“{ $file }”未修复：{ $reason }
fix-icon-shared = 同一文件也是{ $other }，而后者需要不同的大小或颜色；每个图标都需要自己的文件。
fix-icon-not-png = 它不是 PNG 图像；请先将其另存为 PNG。
fix-icon-not-square = 它是 { $width } × { $height } 像素，不是正方形；将其调整为 { $want } × { $want } 会拉伸图片，而裁剪需要人工判断。
fix-icon-too-large = 它是 { $width } × { $height } 像素，太大，无法安全打开（图标应为 { $want } × { $want }）。
fix-icon-damaged = 它是损坏的 PNG 图像，无法打开。
fix-icon-no-transparency = 它没有透明像素，因此将其变为白色会得到一个白色方块。轮廓图标必须是透明背景上的白色应用图形。
fix-icon-not-saved = 无法将调整大小后的图片保存为 PNG。
fix-icon-size = { $width } × { $height } 像素
fix-icon-whitened = { $want } × { $want } 像素，透明背景上的白色图案（已将 { $count } 个像素变为白色，并保留透明度）
fix-what-icon = { $icon }“{ $file }”
report-mark-ok = 通过
report-mark-fix = 需修复
report-mark-warn = 请检查
report-mark-skip = 不需要
report-mark-info = 注意
report-mark-step = 下一步
report-mark-yes = 是
report-mark-no = 否
report-mark-added = 已添加
report-mark-removed = 已删除
report-mark-changed = 已更改
punctuation-colon = {"："}
report-tag-pass = 通过
report-tag-fix = 需修复
report-tag-warn = 请检查
report-tag-skip = 不需要
report-tag-note = 注意
report-tag-next = 下一步
report-tag-yes = 是
report-tag-no = 否
store-consequence-unused-files = 因此，包不再使用已发布版本使用过的 { $count } 个文件（{ $files }）。修复此问题后它们会再次被使用，所以请不要删除。
report-files-not-compared = 未比较图标和包中的其他文件，因为提供的是 manifest.json 而不是包。请打开两个 .zip 应用包进行比较。
change-value-before = 之前
change-value-now = 现在
report-finding-place = { $place }，位于 { $file }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = 基本信息 › 版本
portal-basic-app-names = 基本信息 › 应用名称
portal-basic-descriptions = 基本信息 › 说明
portal-basic-developer-information = 基本信息 › 开发人员信息
portal-branding-color-icon = 品牌 › 彩色图标
portal-branding-outline-icon = 品牌 › 轮廓图标
portal-features-bot = 应用功能 › 机器人
portal-features-personal-app = 应用功能 › 个人应用

## Command line (src/cli.rs, src/cli/)
cli-error = 错误：{ $error }
cli-unknown-language = 错误：--lang：“{ $tag }”不是此应用支持的语言。请从以下语言中选择一种：{ $tags }。
cli-nothing-fixed = 没有可以自动修复的内容，因此未保存副本。
cli-copy-not-saved = 错误：无法将修复后的副本保存为 { $path }（{ $error }）。请使用 --output 选择其他位置，或检查磁盘是否有空间以及该文件夹是否可写。
cli-copy-saved = 已保存修复后的副本：{ $path }
cli-fixed-heading = 已修复（{ $count }）：
cli-fixed-step = { $what }：之前为 { $before }，现在为 { $after }
cli-not-fixed-heading = 此处未修复（{ $count }）：
cli-problem = 问题
cli-not-fixed-item = { $title }：{ $message }
cli-who-can-fix = 谁可以修复：{ $who }
cli-fix-result = { $which ->
    [fixed] 修复后的副本
   *[new] 新版本
}：{ $headline }
cli-output-not-written = 错误：无法写入输出（{ $error }）。请检查磁盘是否有空间以及该文件是否可写。
cli-could-not-load-side = 错误：无法加载{ $side }文件：{ $error }
cli-could-not-load = 错误：无法加载 { $file }：{ $error }
cli-input-error-at = { $place }：{ $problem }。{ $fix }
cli-input-error = { $problem }。{ $fix }
cli-app-id-error = 错误：--app-id：{ $error }
cli-app-id-in-file = 错误：{ $path } 中的应用 ID：{ $error }（也可以使用 --app-id 指定 ID。）
cli-label-error = 错误：--label：{ $error }
cli-no-window-in-build = 此版本的 teams-update-check 没有窗口（构建时未启用 `gui` 功能）。请使用 `teams-update-check check OLD NEW`；请参阅 `teams-update-check --help`。
cli-no-display = 错误：找不到显示器，因此无法打开窗口（这看起来是没有桌面的服务器、容器或远程 shell）。命令行无需显示器即可使用：运行 `teams-update-check check PUBLISHED NEW`（请参阅 `teams-update-check --help`）。
cli-window-not-opened = 错误：无法打开窗口：找不到显示器，或者计算机的图形系统无法启动它。命令行无需窗口即可使用：运行 `teams-update-check check PUBLISHED NEW`（请参阅 `teams-update-check --help`）。

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = 版本 { $version }
app-close = 关闭
app-cancel = 取消
app-where = 位置：{ $place }
app-the-file = 该文件
app-the-app = 该应用
app-copied = { $what }已复制到剪贴板
app-clipboard-failed = 无法使用剪贴板（{ $error }）。请选择下面的文本并手动复制。
app-no-clipboard = 没有剪贴板

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = 你的文件保留在这台计算机上：不会上传任何内容。文件只会被读取，绝不会被更改。
app-tagline = 在提交之前检查你的 Teams 应用更新
app-about = 关于
app-about-hover = 版本、许可证以及此应用如何处理你的文件
app-language = 语言
app-language-hover = 窗口及其导出的报告所用的语言
app-language-system = 与此计算机相同（{ $language }）
app-export = 导出报告…
app-export-hover = 将此报告另存为 Markdown 或 HTML（{ $shortcut }）
app-export-disabled-hover = 请先打开两个版本
app-try-example = 试用示例
app-try-example-hover = 加载一个需要用户批准的内置更新示例
app-paste-path-first = 请先粘贴文件的完整路径。
app-no-file-dialog = 无法在这台计算机上打开文件对话框。请将文件拖放到窗口上，或在卡片中粘贴其完整路径。
app-fixed-copy-saved = 已保存修复后的副本：{ $path }。它现在已作为新版本打开。
app-button-needs-new-version = 请先打开新版本：按钮使用它的应用 ID。
app-what-button-html = 按钮 HTML
app-what-link = 链接
app-too-many-dropped = 只使用了拖放的前两个文件。
app-notice-not-opened = 无法打开第三方声明。请在文件管理器中打开 { $path }。
app-same-file = 两张卡片显示的是同一个文件，因此不可能有任何更改。请在右侧打开新版本。
app-checking = 正在检查…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = Teams Update Check 在读取此文件时遇到了内部问题（这是此工具的错误，不一定是你的文件有问题）
app-internal-read-fix = 请尝试“重新加载”。如果问题再次出现，请将其连同文件一起报告给我们；同时，请在 Teams 开发人员门户中检查该文件。
app-internal-check = Teams Update Check 在比较两个文件时遇到了内部问题（这是此工具的错误）。请尝试“重新加载”；如果问题再次出现，请将其连同文件一起报告给我们。
app-internal-write = Teams Update Check 在写入文件时遇到了内部问题（这是此工具的错误）。请重试。
app-open-dialog-title = { $side ->
    [old] 打开已发布版本（当前在应用商店中）
   *[new] 打开新版本（要提交的版本）
}
app-filter-manifest-or-package = Teams 清单或应用包
app-filter-all-files = 所有文件
app-save-report-title = 保存报告
app-filter-html = 网页 (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = 在你将 Microsoft Teams 应用的更新提交到应用商店之前对其进行检查：它是否已准备就绪、是否会要求用户重新批准应用，以及有哪些更改。
app-about-privacy-heading = 你的文件保留在这台计算机上
app-about-privacy = 此应用只读取你打开的文件，绝不会更改它们。它不建立任何网络连接：不会向任何地方发送任何内容，用于检查的 Microsoft 架构也已内置。
app-about-license-heading = 许可证
app-about-license = Teams Update Check 是采用 MIT 许可证的自由软件。
app-about-show-license = 显示许可证
app-about-third-party-heading = 第三方软件
app-about-third-party = 此应用使用开源组件构建；每个组件的许可证都列在随应用提供的第三方声明中。
app-about-open-notice = 打开第三方声明
app-about-no-notice = 此应用副本不是通过安装包安装的，因此它旁边没有开源组件及其许可证的列表 ({ $file })。安装后的应用中有此列表。
app-about-trademark = 并非由 Microsoft 制作或认可。Microsoft Teams 是 Microsoft 集团公司的商标。

# The download button panel (src/app/button_panel.rs)
app-button-heading = 用于你的网站的下载按钮
app-button-intro = 将此按钮放在你的产品网站上，访问者即可在 Teams 中获取你的应用。你的应用在 Teams 应用商店上线后，链接即可使用。
app-button-text = 按钮文本
app-button-look = 外观
app-button-look-named = 外观：{ $style }
app-button-size = 大小
app-button-size-named = 大小：{ $size }
app-button-hint-filled = Teams 紫色配白色文字：在浅色和深色页面上都清晰易读。
app-button-hint-outline = 透明背景上的紫色文字和边框：仅适用于浅色页面。在深色页面上，请选择“紫色”或“深色”。
app-button-hint-dark = 近黑色配白色文字：适用于浅色和内容繁杂的页面（在黑色页面上不够醒目）。
app-button-app-id = 应用 ID
app-button-app-id-hover = 你的应用在 Teams 应用商店中的 ID。它取自新清单；键入另一个 ID（例如合作伙伴中心中的应用商店 ID）即可改用该 ID。
app-button-app-id-from-manifest = { $id }（来自新版本的清单）
app-button-app-id-hint = 要使用其他应用 ID，请在此处键入或粘贴
app-button-placeholder-id = 新清单的 ID 看起来像占位符；请在上方键入你真正的应用 ID。
app-button-preview = 预览
app-button-copy-html = 复制 HTML
app-button-copy-html-hover = 复制按钮的 HTML 代码，以便粘贴到你的网站中（{ $shortcut }）
app-button-copy-link = 复制链接
app-button-open-preview = 在浏览器中打开预览
app-button-open-preview-hover = 在 Web 浏览器中查看真实的按钮
app-button-show-html = 显示 HTML 代码
app-button-html-label = 要粘贴到页面中的 HTML：
app-preview-not-written = 无法写入预览页面（{ $error }）。请改为复制 HTML，并将其粘贴到你自己的页面中。
app-preview-no-address = 该页面没有文件地址
app-preview-opened = 已请求 Web 浏览器打开预览。如果没有出现浏览器窗口，请在浏览器中打开 { $path }。
app-preview-no-browser = 无法启动 Web 浏览器（{ $error }）。预览页面已保存在 { $path }：请在浏览器中打开它。
app-preview-page-title = 按钮预览
app-preview-on-light = 在浅色页面上：
app-preview-on-grey = 在灰色页面上：
app-preview-on-dark = 在深色页面上：

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] 已发布版本
   *[new] 新版本
}
app-card-hint = { $side ->
    [old] 当前在 Teams 应用商店中的版本
   *[new] 你要提交的更新
}
app-reversed = 新版本的版本号低于已发布版本。你是否把它们打开反了？
app-swap = 互换两者
app-swap-hover = 交换已发布版本和新版本
app-card-empty = 将 manifest.json 或应用包 (.zip) 拖放到此处，或
app-card-reading = 正在读取 { $file }…
app-card-icon-alt = { $name } 的彩色图标
app-card-icon-hover = 包中的应用彩色图标
app-card-no-name = （清单中没有应用名称）
app-card-file = 文件：{ $file }
app-card-manifest-format = 清单格式 { $schema }
app-card-not-given = 未指定
app-card-manifest-format-hover = manifestVersion：文件所用的 Microsoft 清单格式的版本
app-card-could-not-load = 无法加载 { $file }
app-card-what-is-wrong = 问题：{ $problem }
app-card-what-to-do = 解决方法：{ $fix }
app-card-open = 打开…
app-card-open-hover = 选择 manifest.json 或 .zip 应用包（{ $shortcut }）
app-card-open-named = { $side ->
    [old] 打开已发布版本…
   *[new] 打开新版本…
}
app-card-reload = 重新加载
app-card-reload-hover = 重新读取文件（{ $shortcut }）
app-card-reload-named = { $side ->
    [old] 重新加载已发布版本
   *[new] 重新加载新版本
}
app-card-clear = 清除
app-card-clear-named = { $side ->
    [old] 清除已发布版本
   *[new] 清除新版本
}
app-card-typed-path = 将文件拖放到此窗口上，或在此处粘贴其完整路径：
app-card-typed-path-hover = 在 Linux 上，该对话框需要桌面的文件选择器（xdg-desktop-portal 服务）或 zenity 程序。
app-card-path-example-windows = C:\Users\you\Downloads\app-package.zip
app-card-path-example = /home/you/Downloads/app-package.zip
app-card-path-named = { $side ->
    [old] 已发布版本文件的路径
   *[new] 新版本文件的路径
}
app-card-open-typed = 打开
app-drop-overlay = 拖放到某张卡片上，即可在该卡片中加载文件
app-drop-question = 这是哪个版本？
app-drop-load-as = 将 { $file } 加载为：

# Saving the report (src/app/export.rs)
app-report-saved = 报告已保存到 { $path }
app-report-saved-no-dialog = 无法在这台计算机上打开保存对话框，因此报告已保存到 { $path }
app-export-is-input = 未保存：{ $path } 是你正在检查的文件之一。请选择其他名称。
app-export-failed = 无法将报告保存到 { $path }（{ $error }）。请选择你可以写入的文件夹。

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = 修复后的副本：{ $path }
app-fix-repaired = { $what }：之前为 { $before }，现在为 { $after }
app-fix-left = { $problem }谁可以修复：{ $who }
app-fix-save = 保存修复后的副本…
app-fix-save-hover = 保存一个包含安全修复（版本号、架构链接、图标、未使用的文件）的新包；你的文件不会被更改。然后该副本会作为新版本打开。
app-fix-some-repairable = 其中一些问题可以为你自动修复。
app-fix-version-label = 副本的版本：
app-fix-version-named = 修复后的副本的版本
app-fix-leave-empty = 留空则使用 { $proposed }（已发布版本为 { $published }）。
app-fix-no-dialog = 无法在这台计算机上打开保存对话框。请键入修复后的副本的保存位置：
app-fix-path-named = 修复后的副本的路径
app-fix-save-copy = 保存副本
app-fix-folder-hover = 保存一个新包，其中的文件已从文件夹移到根目录（Teams 会在这里查找它们）；你的文件不会被更改。
app-fix-folder = 新版本的文件位于包内的一个文件夹中：副本可以将它们移到根目录。
app-fix-dialog-title = 保存新版本的修复后的副本
app-internal-fix = Teams Update Check 在制作修复后的副本时遇到了内部问题（这是此工具的错误）。你的文件未被更改。
app-fix-not-read-again = 无法重新读取新版本（{ $error }）。请重新打开它。
app-fix-not-made = 无法制作修复后的副本：{ $error }
app-fix-nothing = 没有可以自动修复的内容；剩下的问题需要人工处理（请参阅列表）。
app-fix-not-saved = 无法将修复后的副本保存为 { $path }（{ $error }）。请选择其他位置。

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = 你的文件中有些文本使用了{ $scripts }，这台计算机上没有任何字体可以显示它们，因此它们显示为空白方框。请安装{ $fix }，然后重新打开 Teams Update Check 即可看到这些文本。检查本身不受影响：其结果是完整的。
app-font-fix-other = 包含这些字符的字体
app-font-fix-emoji = 表情符号字体（例如 Noto Color Emoji）
app-font-fix-script = 适用于{ $scripts }的字体（例如免费的 Noto 系列字体）
app-list-and = { $first }和{ $last }
app-hide = 隐藏
app-script-greek = 希腊文
app-script-cyrillic = 西里尔文
app-script-armenian = 亚美尼亚文
app-script-hebrew = 希伯来文
app-script-arabic = 阿拉伯文
app-script-devanagari = 印地文（天城文）
app-script-bengali = 孟加拉文
app-script-gurmukhi = 旁遮普文（古木基文）
app-script-gujarati = 古吉拉特文
app-script-odia = 奥里亚文
app-script-tamil = 泰米尔文
app-script-telugu = 泰卢固文
app-script-kannada = 卡纳达文
app-script-malayalam = 马拉雅拉姆文
app-script-sinhala = 僧伽罗文
app-script-thai = 泰文
app-script-lao = 老挝文
app-script-tibetan = 藏文
app-script-burmese = 缅甸文
app-script-georgian = 格鲁吉亚文
app-script-korean = 韩文
app-script-ethiopic = 阿姆哈拉文（埃塞俄比亚文）
app-script-khmer = 高棉文
app-script-emoji = 表情符号
app-script-japanese = 日文
app-script-chinese = 中文
app-script-other = 其他字符

# The report's own labels (src/app/report_view.rs)
app-sources = 来源：
app-source-link = 来源 ↗
app-for-developers = 给开发人员：{ $lines }
app-show-details = 显示详细信息
app-show-details-hover = 滚动到下方此问题的详细信息
app-why = 原因：{ $why }
app-who-can-fix = 谁可以修复：
app-select-to-copy = 选择文本以复制其中一部分
app-copy-full-value = 复制完整值
app-copy-full-value-hover = 将整个值复制到剪贴板
app-copy-hover = 将文本复制到剪贴板，以便粘贴到其他位置
app-show-the-text = 显示文本
app-developer-details = 面向开发人员的详细信息

# The welcome page (src/app/welcome.rs)
app-welcome-heading = 使用方法
app-welcome-step-1 = 1. 在左侧打开你的应用当前在 Teams 应用商店中的版本：它的 manifest.json 或你上传的 .zip 应用包。
app-welcome-step-2 = 2. 在右侧打开你要提交的更新。
app-welcome-step-3 = 3. 阅读结果：更新是否已准备就绪、是否会要求用户重新批准应用，以及有哪些更改。
app-welcome-step-4 = 4. 复制用于你的网站的下载按钮。
app-welcome-shortcuts = 你也可以将文件拖放到窗口上。快捷键：{ $open_old } 打开已发布版本，{ $open_new } 打开新版本，{ $export } 导出报告，{ $copy_html } 复制按钮 HTML，{ $reload } 重新加载。
app-welcome-where-heading = 从哪里获取已发布版本？
app-welcome-where-intro = 请使用 Microsoft 当前持有的应用包，而不是你之后一直在编辑的文件。请从发布应用的位置获取它：
app-welcome-where-portal = 开发人员门户 (dev.teams.microsoft.com)：打开“应用”，选择你的应用，然后选择“下载应用包”。请在那里进行更改之前执行此操作：编辑应用后，它提供的包就是新版本了。
app-welcome-where-partner = 合作伙伴中心 (partner.microsoft.com)，适用于 Teams 应用商店中的应用：打开你的 Teams 应用产品/服务，下载为当前上线版本上传的应用包。
app-welcome-where-admin = Teams 管理中心 (admin.teams.microsoft.com)，适用于仅发布到你的组织的应用：你的 Teams 管理员可以在“Teams 应用 › 管理应用”下获取它的包。
app-welcome-where-records = 你自己的记录：你上次上传的 .zip（例如，Teams Toolkit 会将其保存在项目的 appPackage/build/ 中）。
app-welcome-where-new = 新版本就是你即将上传的包：来自完成更改后的开发人员门户，或你的开发人员交给你的 .zip。

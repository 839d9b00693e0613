# Teams Update Check: every sentence a user can read, in Traditional Chinese (繁體中文).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: agent-capability-dataverse, agent-capability-fabric, agent-sign-in-oauth, app-card-path-example, app-card-path-example-windows, app-filter-markdown, app-name, change-bot, change-scope-copilot, place-label-bot, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = { $count } 個圖示

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = 應用程式識別碼維持不變
check-version-format-title = 版本號碼的寫法正確
check-version-incremented-title = 版本號碼有提高
check-app-id-changed = 應用程式識別碼從 { $old } 變成了 { $new }。更新必須保留已發佈應用程式的識別碼；識別碼一旦改變，市集就會把它視為另一個應用程式。請改回原本的識別碼。
check-app-id-not-guid = 兩個檔案中的應用程式識別碼相同，但「{ $id }」不是真正的應用程式識別碼（應為 GUID，例如 0b5c3d6e-1234-4abc-9def-00112233aabb）。它看起來像是建置工具會填入的預留位置；請檢查您實際提交的套件。
check-app-id-same = 應用程式識別碼維持為 { $id }。
check-version-too-long = 新版本「{ $version }」超過 256 個字元。
check-version-not-three-numbers = 新版本「{ $version }」不是以點分隔的三個整數，例如 1.4.2（不可有字母、開頭不可有多餘的 0，也不可加上「-beta」）；市集會拒絕其他寫法。
check-version-addin-part-too-big = 新版本「{ $version }」有一段數字大於 99999，而 Office 增益集（`extensions` 區段）不允許這種版本。
check-version-well-formed = 新版本 { $version } 的寫法符合市集的要求。
check-version-nothing-changed = 沒有任何變更，因此版本不需要變更。
check-version-goes-up = 版本從 { $old } 提高到 { $new }。
check-version-unchanged = 版本仍是 { $new }，但內容有變更。任何變更都必須提高版本：請將版本提高到 { $old } 以上，例如 { $next }。
check-version-same-number = 版本從 { $old } 變成 { $new }，但這只是同一個數字的不同寫法（缺少的部分視為 0），並不是更高的版本。請將版本提高到 { $old } 以上，例如 { $next }。
check-version-lower = 新版本 { $new } 低於已發佈的 { $old }。是不是把兩個檔案的順序弄反了？應該先提供已發佈版本，再提供新版本。如果順序沒錯，請將新版本提高到 { $old } 以上。
check-version-not-comparable = 無法比較版本，因為{ $which ->
    [published] 已發佈版本
   *[new] 新版本
}「{ $version }」{ $reason ->
    [long] 有一段超過 18 位數
   *[signs] 不是只由數字和點組成
}。請確認新版本高於已發佈版本。
check-version-higher-number = 更高的數字

## Store checks (src/store/)
store-activities-title = 活動摘要通知類型不重複，也沒有使用保留名稱
store-agent-files-title = 每個 Copilot 代理程式檔案都能讀取
store-localization-agent-default-file-title = 已翻譯的代理程式有預設語言的檔案
store-agent-localization-keys-title = 每個翻譯檔案都有代理程式的當地語系化索引鍵
store-agent-name-match-title = 代理程式及其動作使用應用程式的名稱
store-agent-operations-title = 每個代理程式函式和 API 命令都有對應的作業
store-agent-schema-title = Copilot 代理程式檔案符合 Microsoft 的官方結構描述
store-agent-schema-url-title = Copilot 代理程式檔案連結到自身格式的結構描述
store-agent-text-hygiene-title = 代理程式的描述和指示中沒有網址、表情符號或隱藏字元
store-agent-urls-title = Copilot 代理程式呼叫真正的 https 網址
store-api-message-extension-title = 訊息延伸模組遵守其類型的上傳規則
store-app-name-core-feature-title = 簡短名稱的開頭不是 Teams 功能
store-bot-id-guid-title = Bot 識別碼是 GUID
store-bot-id-kept-title = Bot 保留已發佈的識別碼
store-cea-bot-id-title = 自訂引擎代理程式是應用程式的其中一個 Bot
store-channel-features-title = 註明應用程式是否可在共用頻道和私人頻道中運作
store-bot-command-slash-title = Bot 命令的開頭不是斜線
store-bot-command-duplicate-title = 每個 Bot 命令在清單中只出現一次
store-me-command-duplicate-title = 訊息延伸模組的每個動作命令只出現一次
store-consequential-actions-title = 會變更資料的動作會先詢問使用者
store-da-actions-title = 代理程式有動作
store-da-graph-connectors-blank-title = 代理程式使用組織的所有 Copilot 連接器
store-da-starters-count-title = 代理程式有 3 到 6 個交談入門
store-dashboard-cards-title = 每張儀表板卡片只有一個圖示，且識別碼不重複
store-descriptions-title = 完整描述比簡短描述說得更多，且不超過 500 個字
store-https-urls-title = 網址是安全的 (https)
store-icon-color-title = 彩色圖示是 192 × 192 的 PNG
store-icon-color32x32-title = 小型彩色圖示是 32 × 32 的 PNG
store-icon-outline-title = 外框圖示是透明背景上的白色圖案，大小 32 × 32
store-localization-title = 翻譯檔案有效，且符合資訊清單格式
store-localization-tags-title = 每種語言只有一個翻譯檔案
store-long-description-copilot-title = 完整描述說明應用程式可在 Microsoft 365 Copilot 中運作
store-manifest-version-title = 資訊清單使用市集接受的格式
store-me-sample-prompts-title = 訊息延伸模組命令有 3 個不同的範例提示
store-package-extra-files-title = 套件只包含資訊清單用到的檔案
store-package-files-title = 資訊清單提到的每個檔案都在套件中
store-package-name-deprecated-title = 沒有已淘汰的 packageName 欄位
store-package-size-title = 套件不超過 10 MB
store-placeholders-title = 沒有遺留任何範本預留位置
store-required-texts-title = 名稱、描述和開發人員名稱都已填寫
store-schema-title = 資訊清單符合 Microsoft 的官方結構描述
store-schema-url-title = 結構描述連結與資訊清單格式相符
store-static-tab-names-title = 個人索引標籤的名稱正確
store-valid-domains-title = 有效網域是您自己的正式環境網域
store-valid-domains-coverage-title = 索引標籤頁面位於您的有效網域中
store-version-major-title = 版本為 1.0.0 或更高
store-activities-reserved = 活動類型「systemDefault」是 Teams 保留給自己的通知使用的；上傳服務會拒絕它。請為這個通知類型取一個專屬的名稱，例如「taskAssigned」（您開發人員的程式碼會用這個名稱傳送通知）。
store-activities-duplicate = 活動類型「{ $kind }」宣告了不只一次；上傳服務會拒絕這種情況。請只保留一個項目。
store-agent-files-broken = { $problem }
store-agent-files-too-large = { $what }「{ $file }」的大小為 { $size }；在這項檢查中，套件內的檔案最多只能有 { $limit }，這麼大的檔案幾乎可以確定不是原本要放的檔案。您的開發人員必須縮小它，或換成正確的檔案。
store-agent-files-too-many = 這個套件要讀取的代理程式檔案超過 { $limit } 個；「{ $file }」及其後的檔案都沒有檢查。應用程式的代理程式需要的檔案遠比這少：請您的開發人員檢查代理程式檔案指定了哪些檔案。
store-agent-name-match-differs = { $what }的名稱是「{ $name }」（{ $kind ->
    [action] 向使用者顯示的動作名稱
   *[agent] 代理程式的名稱
}，位於「{ $file }」），但應用程式的名稱是「{ $app }」。Agent Store 要求應用程式、其代理程式和代理程式的動作使用相同的名稱。您的開發人員必須將它改為「{ $app }」（或修改應用程式的名稱，讓兩者一致）。
store-localization-agent-default-file-missing = Copilot 代理程式已經翻譯（其檔案使用 [[agentName]] 這類當地語系化索引鍵），應用程式也列出了其他語言，但沒有預設語言的翻譯檔案 (defaultLanguageFile)。已翻譯的代理程式需要為每種支援的語言提供檔案，包括預設語言。您的開發人員必須新增這個檔案，並在資訊清單中指定它。
store-localization-agent-default-file-advice = 應用程式列出了其他語言，但沒有預設語言的翻譯檔案 (defaultLanguageFile)。如果 Copilot 代理程式支援多種語言，就需要為每種語言提供檔案，包括預設語言。
store-agent-localization-keys-lacking = 翻譯檔案「{ $file }」缺少 Copilot 代理程式使用的 { $count } 個當地語系化索引鍵（{ $keys }）。上傳服務會拒絕無法翻譯的代理程式文字。您的開發人員必須在這個檔案的 localizationKeys 下新增這些索引鍵。
store-agent-operations-command = 訊息延伸模組命令「{ $command }」在 API 描述「{ $file }」中找不到具有該識別碼 (operationId) 的作業；使用者每次執行它都會失敗。您的開發人員必須讓這個命令對應到一個作業。
store-agent-operations-undefined-function = 代理程式動作檔案「{ $file }」會執行函式「{ $function }」，但檔案本身沒有定義這個函式（它不在檔案的函式清單中）。您的開發人員必須新增這個函式，或更正名稱。
store-agent-operations-function = 代理程式函式「{ $function }」在 API 描述「{ $file }」中找不到具有該識別碼 (operationId) 的作業；Copilot 每次嘗試使用它都會失敗。您的開發人員必須讓這個函式對應到一個作業。
store-agent-schema-url-mismatch = 「{ $file }」的結構描述連結指向格式 { $linked }，但檔案表示它遵循 { $version }。您的開發人員應連結 { $version } 的結構描述，讓編輯器依照正確的規則檢查檔案。
store-schema-whole = { $kind ->
    [localization] 當地語系化檔案
    [declarative-agent] Copilot 代理程式檔案
    [plugin] 代理程式動作檔案
    [agentic-user] 代理式使用者範本
    [response-template] 回應範本
   *[manifest] 資訊清單
}
store-schema-at-top = { $kind ->
    [localization] 當地語系化檔案
    [declarative-agent] Copilot 代理程式檔案
    [plugin] 代理程式動作檔案
    [agentic-user] 代理式使用者範本
    [response-template] 回應範本
   *[manifest] 資訊清單
}最上層
store-schema-in-field = { $field } 中
store-schema-manifest-format = 資訊清單格式 { $format }
store-schema-renamed-field = { $field } 中有 `{ $unknown }`，但 { $format } 預期的是必要欄位 `{ $missing }`。請將 `{ $unknown }` 重新命名為 `{ $missing }`。
store-schema-missing-one-of = { $field } 缺少必要的 `{ $first }`（或以 { $others } 代替）。請加入它。
store-schema-max-length = { $field } 最多只能有 { $limit } 個字元；您的有 { $count } 個。
store-schema-min-length = { $field } 至少必須有 { $limit } 個字元；您的有 { $count } 個。
store-schema-max-items = { $field } 最多只能有 { $limit } 個項目；您的有 { $count } 個。
store-schema-min-items = { $field } 至少必須有 { $limit } 個項目；您的有 { $count } 個。
store-schema-uri = { $field } 必須是包含通訊協定的完整網址，例如 "https://www.contoso.com/help"；您的是 { $value }。
store-schema-constant = { $field } 必須是 { $expected }；您的是 { $value }。
store-schema-required = { $field } 缺少必要的 `{ $name }`。請加入它。
store-schema-type = { $field } 必須是 { $expected }；您的是 { $value }。
store-schema-type-name = { $kind ->
    [string] 文字（放在雙引號中）
    [object] 物件（`{"{"} … {"}"}`）
    [array] 清單（`[ … ]`）
    [boolean] true 或 false
    [integer] 整數
    [number] 數字
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first } 或 { $second }
store-schema-unique-items = { $field } 中有重複的項目；每個項目只要保留一個。
store-schema-no-form = { $field } 不符合 { $format } 在此處允許的任何一種形式。請對照這個欄位的參考文件。
store-schema-several-forms = { $field } 符合 { $format } 在此處允許的多種形式；它必須只符合其中一種。
store-schema-maximum = { $field } 最大只能是 { $limit }；您的是 { $value }。
store-schema-minimum = { $field } 至少必須是 { $limit }；您的是 { $value }。
store-schema-max-properties = { $field } 最多只能有 { $limit } 個欄位。
store-schema-min-properties = { $field } 至少必須有 { $limit } 個欄位。
store-schema-other = { $field } 不符合 { $format }：{ $problem }。
store-schema-pattern-guid = 形式為 GUID 的識別碼，例如「0b5c3d6e-1234-4abc-9def-00112233aabb」
store-schema-pattern-https = 以 https:// 開頭的安全網址，例如「{ $example }」
store-schema-pattern-color = 以 # 加上六位十六進位數字表示的色彩，例如「#4F6BED」
store-schema-pattern-version = 由數字和點組成的版本，例如「1.0.0」
store-schema-pattern-other = { $field } 的寫法不符合資訊清單格式的要求（必須符合模式 { $pattern }）；您的是「{ $value }」。
store-schema-pattern = { $field } 必須是{ $expected }；您的是「{ $value }」。
store-schema-enum = { $field } 必須是 { $allowed } 其中之一；您的是 { $value }。
store-schema-enum-hint = { $field } 必須是 { $allowed } 其中之一；您的是 { $value }。您是不是要用 `{ $option }`？
store-schema-needs-later-format = `{ $property }` 需要資訊清單格式 { $later } 或更新的格式；您使用的是 { $format }。請改用格式 { $later }（更新 manifestVersion 和 { $schema_field }），或移除 `{ $property }`。
store-schema-unknown-field = { $place }的 `{ $property }` 不是 { $format } 認得的欄位。請檢查拼字和大小寫，或將它移除。
store-schema-sentences = { $first }{ $second }
store-schema-no-sentence = {""}
store-localization-too-large = 當地語系化檔案「{ $file }」大於 4 MiB；當地語系化檔案通常只有少量翻譯文字。
store-localization-not-json = 當地語系化檔案「{ $file }」不是有效的 JSON：{ $problem }。請用文字編輯器開啟它，並更正第 { $line } 行第 { $column } 欄的內容。
store-localization-not-object = 當地語系化檔案「{ $file }」必須是 JSON 物件（以 `{"{"}` 開頭），但它是 { $value }。
store-localization-in-file = 在「{ $file }」中：{ $problem }
store-schema-url-add-later = 將資訊清單改為已發佈的格式後（請參閱「資訊清單使用市集接受的格式」），再加入該格式的連結。
store-schema-url-add = 請加入 "{ $schema_field }": "{ $example }"。
store-schema-url-missing = 缺少結構描述連結 (`{ $schema_field }`)，或它不是文字。{ $add }
store-schema-url-unusual = 結構描述連結「{ $link }」不太尋常：它沒有指向任何 Teams 資訊清單格式。一般的連結是「{ $example }」。
store-schema-url-preview = 結構描述連結 (`{ $schema_field }`) 指向格式 { $named }，但 manifestVersion 是「{ $format }」。請勿將連結指向預覽格式：市集本身就會拒絕預覽格式。請將資訊清單改為已發佈的格式（請參閱「資訊清單使用市集接受的格式」），並讓這個連結指向同一個格式。
store-schema-url-other-format = 結構描述連結 (`{ $schema_field }`) 指向格式 { $named }，但 manifestVersion 是 { $format }。請讓兩者一致：「{ $example }」。
store-schema-url-no-format = 未指定
store-placeholders-file-directive = 「{ $text }」是 Agents Toolkit 的檔案指示詞，工具組建置套件時會以該檔案的內容取代它；請提交工具組建置好的套件，而不是原始檔案。
store-placeholders-built-address = 網址「{ $text }」從未填入：這個套件已經建置完成（其資訊清單有真正的應用程式識別碼），但這個網址仍是預留位置，因此 Copilot 無法連線到它。您的開發人員必須在這裡填入真正的 https:// 網址，並重新建置套件。
store-placeholders-built-value = 「{ $text }」從未填入：這個套件已經建置完成（其資訊清單有真正的應用程式識別碼），但這個值仍是預留位置。您的開發人員必須在這裡填入真正的值，並重新建置套件。
store-placeholders-placeholder = 「{ $text }」是建置工具會填入的預留位置；市集需要真正的值。
store-agent-schema-undocumented = Copilot 代理程式檔案「{ $file }」使用格式 { $version }，這個宣告式代理程式格式還沒有正式文件（Microsoft 的文件只說明到 v1.8）；市集可能會拒絕它。這個檔案已依照 Microsoft 準備好的 v1.9 結構描述檢查。如果代理程式不需要 v1.9 的任何功能（技能資料夾），您的開發人員可以改用 v1.8。
store-agent-schema-format = { $kind ->
    [plugin] API 外掛程式格式 { $version }
    [agentic-user] 代理式使用者範本格式
    [response-template] 回應範本格式
   *[declarative-agent] 宣告式代理程式格式 { $version }
}
store-agent-schema-newer = { $what }「{ $file }」使用格式 { $version }，比這個應用程式所知的格式還新（最新只到 { $newest }）；因此沒有依照其結構描述檢查。這個應用程式更新後就會檢查它。
store-agent-schema-no-version = 目前沒有指定
store-agent-schema-yours-quoted = 您的是「{ $value }」
store-agent-schema-yours = 您的是 { $value }
store-agent-schema-version-missing = { $what }「{ $file }」必須在 `{ $field }` 中說明它遵循哪個格式（例如「{ $newest }」）；{ $yours }。您的開發人員必須設定它。
store-agent-text-hygiene-address = 網址（{ $address }）
store-agent-text-hygiene-emoji = 表情符號（{ $emoji }）
store-agent-text-hygiene-hidden = 隱藏字元（{ $code }）
store-agent-text-hygiene-instructs = 對 Copilot 下指令的字詞（「{ $phrase }」）
store-agent-text-hygiene-in-file = 「{ $file }」中位於「{ $place }」的文字
store-agent-text-hygiene-refused = { $place }包含{ $what }。Agent Store 不接受 Copilot 讀取的描述和指示中含有網址、表情符號或隱藏字元。請將它移除。
store-agent-text-hygiene-steers = { $place }包含{ $what }。Agent Store 會拒絕試圖操控模型的描述；如果這些字詞只是在說明應用程式的功能，請保留它們。
store-agent-text-hygiene-joiner = { $place }包含{ $what }，這是連接字元或方向標記。波斯文或印地文等文字需要這類字元，所以這裡可能沒有問題；但 Agent Store 會拒絕沒有這類用途的隱藏字元。
store-agent-urls-not-full = 「{ $address }」不是完整的網址；Copilot 是從雲端呼叫代理程式的服務，無從補齊這個網址。您的開發人員必須寫出完整網址，例如「https://api.contoso.com{ $path }」。
store-agent-urls-not-secure = 「{ $address }」不是安全 (https) 網址；Copilot 只會呼叫 https 網址。您的開發人員必須使用該服務的 https 網址。
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = IP 位址 { $ip }
store-agent-urls-own-computer = 「{ $address }」指向 { $host }，只有開發人員自己的電腦或網路才能連線；但 Copilot 會從雲端為每位使用者呼叫它。您的開發人員必須使用服務實際託管的網址。
store-agent-urls-tunnel = 「{ $address }」是在開發人員自己的電腦上測試用的通道；通道關閉後就無法運作。您的開發人員必須使用服務實際託管的網址。
store-api-message-extension-api-member = 訊息延伸模組 { $number } 以 API 為基礎，而以 API 為基礎的訊息延伸模組不能有{ $member ->
    [botId] Bot 識別碼 (`botId`)
   *[other] `{ $member }`
}；上傳服務會拒絕它。請將它移除。
store-api-message-extension-no-api-file = 訊息延伸模組 { $number } 以 API 為基礎，但沒有指定它的 API 描述 (`apiSpecificationFile`)；上傳服務會拒絕它。請您的開發人員將 OpenAPI 檔案加入套件，並在這裡指定它。
store-api-message-extension-no-template = 以 API 為基礎的訊息延伸模組 { $number } 中，命令 { $name } 沒有指定顯示結果的範本 (`apiResponseRenderingTemplateFile`)；上傳服務會拒絕它。請您的開發人員將範本加入套件，並在這裡指定它。
store-api-message-extension-no-parameters = 以 API 為基礎的訊息延伸模組 { $number } 中，命令 { $name } 沒有任何參數；上傳服務會拒絕連一個參數都沒有的 API 命令。請您的開發人員加入 API 作業所接受的參數。
store-api-message-extension-extra-auth = 訊息延伸模組 { $number } 使用 `{ $kind }` 登入，但也有屬於另一種登入方式的 `{ $member }`；上傳服務會拒絕它。請移除 `{ $member }`，或變更 `authType`。
store-api-message-extension-no-registration = 訊息延伸模組 { $number } 使用 API 金鑰 (`apiSecretServiceAuth`) 登入，但沒有指定它的註冊 (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`)；上傳服務會拒絕它。請您的開發人員在開發人員入口網站中註冊金鑰，並在這裡填入註冊識別碼。
store-api-message-extension-no-entra = 訊息延伸模組 { $number } 使用 Microsoft Entra (`microsoftEntra`) 登入，但沒有 `microsoftEntraConfiguration`；上傳服務會拒絕它。請您的開發人員加入這項設定，並設為 "supportsSingleSignOn": true。
store-api-message-extension-no-sso = 訊息延伸模組 { $number } 使用 Microsoft Entra 登入，這需要單一登入：`supportsSingleSignOn` 必須為 true，否則上傳服務會拒絕它。
store-api-message-extension-bot-api-file = 訊息延伸模組 { $number } 以 Bot 為基礎，卻指定了 API 描述 (`apiSpecificationFile`)；上傳服務會拒絕這種情況。請將它移除，或將延伸模組改為以 API 為基礎（"composeExtensionType": "apiBased"，且不使用 Bot）。
store-api-message-extension-bot-template = 以 Bot 為基礎的訊息延伸模組 { $number } 中，命令 { $command } 指定了結果範本 (`apiResponseRenderingTemplateFile`)，但只有以 API 為基礎的延伸模組才有這種範本；上傳服務會拒絕它。請將它移除。
store-api-message-extension-method = 訊息延伸模組 { $number } 的作業「{ $operation }」使用 HTTP 方法 { $method }；以 API 為基礎的訊息延伸模組只能呼叫 GET 和 POST 作業，上傳服務會拒絕其他方法。
store-api-message-extension-array-parameter = 作業「{ $operation }」（訊息延伸模組 { $number }）的參數{ $named ->
    [yes] 「{ $label }」
   *[no] {""}
}是清單 (`array`)；以 API 為基礎的訊息延伸模組無法傳送清單，上傳服務會拒絕它。
store-api-message-extension-required-parameter = 作業「{ $operation }」（訊息延伸模組 { $number }）的必要參數{ $named ->
    [yes] 「{ $label }」
   *[no] {""}
}會{ $location }傳送；以 API 為基礎的訊息延伸模組只能在路徑 (path) 或查詢 (query) 中填入必要參數，上傳服務會拒絕其他位置。
store-api-message-extension-no-location = 在未指定位置 (`in`) 的情況下
store-api-message-extension-location = 在 { $location } 中
store-api-message-extension-no-servers = 訊息延伸模組 { $number } 的 API 描述「{ $file }」沒有為其作業指定伺服器 (`servers`)，因此 Teams 不知道要把要求送到哪裡；上傳服務會拒絕它。請您的開發人員在 `servers` 下加入 API 的網址。
store-app-name-words-title = 應用程式名稱沒有市集審查會拒絕的字詞
store-agent-store-copilot-agent = Copilot 代理程式
store-agent-store-agent-action = 代理程式動作
store-app-name-core-feature-starts = 簡短名稱「{ $name }」的開頭是 Teams 功能「{ $feature }」；市集會拒絕以 Teams 功能開頭的名稱，因為使用者會誤以為應用程式是 Teams 的一部分。請把您自己的名稱放在前面，例如「{ $example }」。
store-app-name-words-product = { $what }包含「{ $word }」。除非應用程式與 Microsoft 有正式的合作關係，否則市集會拒絕提及 Microsoft 產品（Microsoft Teams、Microsoft 365 Copilot）的名稱。如果這裡的「{ $word }」是別的意思（例如一群人組成的團隊），可以保留；如果指的是 Microsoft 的產品，請重新命名應用程式。
store-app-name-words-microsoft = { $what }包含「{ $word }」。除非應用程式與 Microsoft 有正式的合作關係，否則市集會拒絕提及 Microsoft 的名稱；如果沒有這種合作關係，請重新命名應用程式。
store-app-name-words-unfinished = { $what }包含「{ $word }」。市集會拒絕表示應用程式是測試版或預覽版的名稱；如果這是提供給所有人的版本，請移除這個字詞。
store-app-name-words-agent-name = { $what }（「{ $file }」中）的名稱
store-bot-id-guid-not-guid = { $list ->
    [bots] Bot
   *[composeExtensions] 訊息延伸模組
} { $number } 的識別碼是「{ $id }」，這不是 GUID 形式的識別碼；上傳服務會拒絕它。請在這裡填入 Bot 註冊的識別碼（格式類似「0b5c3d6e-1234-4abc-9def-00112233aabb」；您的開發人員可以在 Azure 入口網站或 Bot Framework 入口網站中找到）。
store-bot-id-kept-changed = Bot { $number } 有新的識別碼（「{ $new }」）；已發佈版本的 Bot 是「{ $old }」。請保留已發佈 Bot 的識別碼：新的識別碼會讓使用者與 Bot 之間的交談全部遺失，市集也會拒絕它。請您的開發人員改回已發佈的識別碼（並保留該 Bot 註冊）。
store-cea-bot-id-not-a-bot = 自訂引擎代理程式指定的 Bot 是「{ $id }」，但它不是這個應用程式的 Bot{ $bots ->
    [0] （應用程式沒有任何 Bot）
   *[other] {""}
}。Agent Store 要求自訂引擎代理程式必須是應用程式自己的 Bot。您的開發人員必須在這裡使用該 Bot 的識別碼。
store-channel-features-missing = 您的應用程式可在團隊中運作，但沒有註明是否支援共用頻道和私人頻道。確定支援之後，請加入 "supportsChannelFeatures": "tier1"，否則 Teams 可能會在這些頻道中隱藏它。
store-bot-command-slash-starts = Bot 命令「{ $command }」以斜線開頭。使用者輸入命令時，Teams 會自動加上斜線；請從標題中移除斜線（「{ $without }」）。
store-bot-command-duplicate-repeated = Bot 命令「{ $command }」在同一個命令清單中出現了不只一次；市集會拒絕重複的命令。請只保留一個，或為另一個取不同的標題。
store-me-command-duplicate-repeated = 動作命令「{ $command }」在訊息延伸模組 { $number } 中出現了不只一次；市集會拒絕重複的動作命令。請只保留一個，或為另一個取不同的標題。
store-consequential-actions-changes-data = 「{ $file }」中的作業 { $operation } 會變更或刪除資料，卻標示為不會造成後果 (x-openai-isConsequential: false)，因此 Copilot 會在未詢問使用者的情況下執行它。Agent Store 會拒絕這種情況。您的開發人員必須移除這個標示，或將它設為 true。
store-consequential-actions-post = 「{ $file }」中的作業 { $operation } 標示為不會造成後果 (x-openai-isConsequential: false)，因此 Copilot 會在未詢問使用者的情況下執行它。如果它只是搜尋，這樣沒有問題；如果它會建立或傳送內容，Agent Store 就會拒絕，您的開發人員必須移除這個標示。
store-da-actions-none = 「{ $file }」中的 Copilot 代理程式沒有任何動作（API 外掛程式）。Agent Store 要求代理程式的主要用途透過動作來提供；只根據知識來源回答的代理程式仍有可能通過審查。如果您的代理程式屬於這一類，請在認證附註中說明。
store-da-graph-connectors-blank-listed = 「{ $file }」中的 Copilot 代理程式指定了特定的 Copilot 連接器（Graph 連接器）。Agent Store 中的代理程式必須讓這份清單保持空白，這樣它才會使用每個安裝它的組織的所有連接器。您的開發人員必須移除這些連線。
store-da-starters-count-outside = 「{ $file }」中的 Copilot 代理程式有 { $count } 個交談入門（使用者開啟代理程式時看到的建議提示）。Agent Store 要求 3 到 6 個。您的開發人員必須在代理程式檔案中{ $fix ->
    [fewer] 只保留最多 6 個
   *[more] 加入交談入門，直到至少有 3 個
}。
store-dashboard-cards-two-icons = 儀表板卡片 { $number } 同時提供了圖片 (`iconUrl`) 和具名圖示 (`officeUIFabricIconName`)；上傳服務會拒絕這種情況。請只保留其中一個。
store-dashboard-cards-same-id = 儀表板卡片 { $number } 的識別碼與前面的某張卡片相同（「{ $id }」）；上傳服務會拒絕這種情況。請為每張卡片指定專屬的識別碼。
store-descriptions-short-is-name = 簡短描述只有應用程式的名稱（「{ $short }」），因此完整描述一定會包含它。市集審查要求簡短描述用一句話說明應用程式的用途，完整描述則提供更多說明。
store-descriptions-full-contains-short = 完整描述包含了整段簡短描述（「{ $short }」）。市集審查要求完整描述用自己的文字，說得比簡短描述更多。
store-descriptions-too-long = 完整描述有 { $count } 個字；市集審查要求最多 500 個字。
store-https-urls-own-computer = { $field } 指向 { $advice }。它也必須以 https:// 開頭。
store-https-urls-not-secure = { $field } 必須是以 https:// 開頭的安全網址，例如「{ $example }」；您的是「{ $value }」。
store-icon-color-not-png = { $icon ->
    [color32x32] 小型彩色圖示
    [outline] 外框圖示
   *[color] 彩色圖示
}「{ $file }」不是 PNG 圖片。請將它另存為 { $want } × { $want } 像素的 PNG。
store-icon-color-size = { $icon ->
    [color32x32] 小型彩色圖示
    [outline] 外框圖示
   *[color] 彩色圖示
}「{ $file }」是 { $width } × { $height } 像素；它必須剛好是 { $want } × { $want }。請調整大小後重新儲存。
store-icon-outline-damaged = 外框圖示「{ $file }」是損毀的 PNG 圖片。請重新將它儲存為 PNG。
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = 不透明度 { $opacity }% 的 { $color }
store-icon-outline-not-white = 外框圖示「{ $file }」必須是透明背景上的白色圖案，但位於 x { $x }、y { $y }（從左上角起算，從 0 開始）的像素是 { $color }。請讓每個像素都是白色或完全透明。
store-manifest-version-missing = 資訊清單沒有指定資訊清單格式 (`manifestVersion`)。請加入您的資訊清單所遵循的格式，例如 "manifestVersion": "1.17"（您開發人員的工具會寫入這一行），讓市集知道資訊清單遵循哪些規則。
store-manifest-version-unknown = 「{ $format }」不是 Microsoft 已發佈的資訊清單格式（已發佈的格式為 1.0 到 1.17、1.19 到 { $newest }，以及 devPreview）。請將 `manifestVersion` 設為您的資訊清單所遵循的格式；在那之前，無法依照官方結構描述檢查它的欄位。
store-manifest-version-preview = 資訊清單使用開發人員預覽格式 (devPreview)。預覽格式只供您在自己的組織內測試；市集不接受預覽格式。{ $advice }
store-manifest-version-too-old = 資訊清單使用格式 { $format }；市集需要資訊清單格式 1.10 或更新的格式。{ $advice }
store-manifest-version-not-text = 資訊清單格式 (`manifestVersion`) 必須是放在雙引號中的文字，例如 "1.17"；您的是 { $value }。
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = （{ $list }）
store-manifest-version-reason-list = { $list }；{ $next }
store-manifest-version-needs = { $what } 需要 { $format }
store-manifest-version-not-below = 您的資訊清單不符合 { $format } 的結構描述
store-manifest-version-member-at = `{ $member }`（{ $place }）
store-manifest-version-lacking = { $place } 中沒有 `{ $property }`
store-manifest-version-move-to = 請改用資訊清單格式 { $format }，這是能容納您資訊清單所用全部內容的最早已發佈格式{ $reasons }：將 `manifestVersion` 設為 "{ $format }"，並將 `{ $schema_field }` 設為 "{ $link }"。
store-manifest-version-move-at-least = 請改用已發佈的資訊清單格式：至少要 { $format }，這是結構描述認得您資訊清單所用全部最上層欄位的最早格式{ $reasons }。以目前的內容來說，資訊清單還不符合任何已發佈的格式，因此您的開發人員也必須更正該格式的結構描述所回報的問題。
store-manifest-version-unpublished = 您的資訊清單使用了 { $count } 個任何已發佈格式都還沒有的欄位（{ $fields }）；仍在預覽階段的功能無法發佈。請您的開發人員移除這些欄位，再將資訊清單改為已發佈的格式。
store-localization-tags-twice = 語言「{ $language }」在翻譯中列出了兩次；這樣 Teams 會顯示兩個檔案中的哪一個就無法確定。每種語言請只保留一個項目。
store-long-description-copilot-missing = 完整描述沒有提到 Copilot。若應用程式有 Copilot 代理程式，Agent Store 要求完整描述說明應用程式可在 Microsoft 365 Copilot 中運作（例如「Contoso in Microsoft 365 Copilot」）。請加入一句這樣的說明。
store-long-description-copilot-wording = 完整描述提到了 Copilot，但沒有使用 Agent Store 範例中的措辭「Microsoft 365 Copilot」（「Contoso in Microsoft 365 Copilot」）。其他措辭也可能通過審查；建議您考慮使用這個措辭。
store-me-sample-prompts-too-few = 訊息延伸模組命令{ $named ->
    [yes] 「{ $name }」
   *[no] {""}
}有 { $count } 個範例提示（Copilot 顯示的範例）。Agent Store 要求至少 3 個。您的開發人員必須加入能展示這個命令用途的提示。
store-me-sample-prompts-shared = 訊息延伸模組命令{ $named ->
    [yes] 「{ $name }」
   *[no] {""}
}的範例提示「{ $prompt }」同時也是另一個命令的範例提示。Agent Store 要求每個命令都有自己的提示。您的開發人員必須為這個命令撰寫專屬的提示。
store-package-extra-files-unused = 套件中有 { $count } 個資訊清單沒有用到的檔案：{ $files }。市集要求套件只包含資訊清單及其指定的檔案；請移除其他檔案。
store-package-files-holder = { $what }「{ $file }」
store-package-files-reference = { $holder }{ $problem }
store-package-files-outside = 指定了「{ $path }」，但這不是套件中的檔案（套件路徑要相對於指定它的檔案來撰寫、使用正斜線，且不能超出套件範圍）。您的開發人員必須更正它。
store-package-files-no-skill-folder = 指定了技能資料夾「{ $path }」，但套件中沒有這個資料夾。請加入該資料夾，或更正名稱。
store-package-files-no-skill-file = 指定了技能資料夾「{ $path }」，但其中沒有 SKILL.md 檔案。請加入這個檔案（檔名要用大寫字母）。
store-package-files-other-case = 指定了「{ $path }」，但套件中的是「{ $entry }」：名稱必須完全相符，包括大小寫。
store-package-files-missing = 指定了「{ $path }」，但套件中沒有這個檔案。請加入該檔案，或更正名稱。
store-package-files-leading-slash = 「{ $path }」以 / 開頭；請使用相對於套件的路徑來指定檔案，例如「color.png」。
store-package-files-backslash = 「{ $path }」使用了反斜線 (\)；套件路徑要使用正斜線，例如「resources/color.png」。
store-package-files-parent = 「{ $path }」指向套件外部 (..)；請將檔案放進套件中，並從套件內指定它。
store-package-files-manifest-other-case = 資訊清單指定了「{ $path }」，但套件中的是「{ $entry }」：名稱必須完全相符，包括大小寫。
store-package-files-manifest-missing = 資訊清單指定了「{ $path }」，但套件中沒有這個檔案。請加入該檔案，或更正名稱。
store-package-files-in-field = { $field }：{ $problem }
store-package-name-deprecated-unused = 從資訊清單格式 1.17 起已不再使用 `packageName`（您的是 { $format }）；您可以將它移除。
store-package-size-too-large = 應用程式套件大小為 { $size } MB；Microsoft 的上傳服務會拒絕超過 10 MB 的套件。請只保留資訊清單、圖示，以及資訊清單指定的檔案。
store-required-texts-empty = { $field } 是空白的。市集會向每位找到您應用程式的人顯示這項內容：請填寫它。
store-static-tab-names-reserved = 個人索引標籤 { $number } 是保留的「{ $entity }」索引標籤，Teams 會自行為它命名：請移除它的 `name`。
store-static-tab-names-unnamed = 個人索引標籤 { $number }（「{ $entity }」）沒有名稱。請為它取一個使用者會在索引標籤上看到的名稱，例如「工作」。
store-valid-domains-domain = 有效網域「{ $domain }」{ $problem }
store-valid-domains-web-address = 是網址，不是網域：請只寫網域，例如「tasks.contoso.com」（不要加 https://，也不要加路徑）。
store-valid-domains-own-computer = 是{ $advice }。
store-valid-domains-too-wide = 範圍太廣：它會涵蓋其下的所有網站。請指定您自己的網域，例如「*.contoso.com」。
store-valid-domains-already-allowed = 是 Teams 已經允許的 Microsoft 網域；請從您的清單中移除它。
store-valid-domains-tunnel = 是在您自己的電腦上測試用的通道；市集會拒絕它。請改用應用程式實際託管的網域。
store-valid-domains-sign-in = 涵蓋了 Microsoft 的登入服務，這是所有應用程式共用的 Microsoft 網域；市集會拒絕它的萬用字元。如果應用程式需要它來登入，請您的開發人員改為指定確切的網址，例如「{ $example }」，或將它移除。
store-valid-domains-sharepoint-framework = 涵蓋了所有組織的 SharePoint；市集會拒絕它的萬用字元。您應用程式的頁面位於每個客戶自己的 SharePoint 網站上（其索引標籤網址以 {"{"}teamSiteDomain{"}"} 開頭），就像使用 SharePoint Framework 建立的應用程式一樣，因此只指定一個網站是行不通的：請您的開發人員依照 Microsoft 的 SharePoint Framework 解決方案發佈指南處理，該指南說明這類應用程式如何送達每個客戶：{ $guide }
store-valid-domains-sharepoint = 涵蓋了所有組織的 SharePoint；市集會拒絕它的萬用字元。請確切指定您自己的 SharePoint 網站，例如「contoso.sharepoint.com」。
store-valid-domains-shared-hosting = 涵蓋了 Microsoft 或共用主機服務的網域，其他人的網站也在其中。請確切指定您自己的網站，例如「contoso-tasks.azurewebsites.net」。
store-valid-domains-bad-wildcard = 萬用字元的位置不對：`*` 必須是最左邊完整的一段，例如「*.contoso.com」。
store-valid-domains-coverage-own-computer = { $field } 指向 { $advice }。替換之後，請確認新網址的網域在您的有效網域清單中。
store-valid-domains-coverage-not-listed = { $field } 位於 { $host }，但它不在您的有效網域清單中。Teams 可能會拒絕載入該頁面：請將「{ $host }」加入 validDomains。
store-version-major-zero = 版本 { $version } 以 0 開頭，而市集不接受 0.x.y 版本。請從 1.0.0 開始（已發佈應用程式的下一個版本仍必須高於已發佈版本）。

store-summary-template = 這是範本：有 { $count } 個值仍是 `{ $example }` 這類預留位置。請改為檢查您的建置所產生的套件（例如 appPackage/build/appPackage.dev.zip）。{ $caused ->
    [0] {""}
   *[other] 這些預留位置處另有 { $caused } 個問題是由它們造成的，換成真正的值後就會消失。
}
store-summary-none-found-in-format = 沒有發現市集問題（已依照官方格式 { $format } 和市集規則檢查）。
store-summary-none-found = 沒有發現市集問題（已依照市集規則檢查）。
store-summary-refused = 市集會拒絕這個{ $package ->
    [package] 套件
   *[manifest] 資訊清單
}：共有 { $count } 個問題。
store-summary-manifest-alone = 由於只提供了 manifest.json，因此沒有檢查圖示和其他套件檔案。請開啟 .zip 應用程式套件，一併檢查這些檔案。
store-where-line-column = { $file }，第 { $line } 行，第 { $column } 欄
store-where-file = { $file }
store-where-with-place = { $file }（{ $place }）
store-own-computer-advice = 「{ $host }」，{ $tail }
store-own-computer-tail = 這是您開發人員自己的電腦（或私人網路），其他人都無法連線：請換成應用程式實際託管的網址

## Consent rules (src/rules/)
rule-addin-events-changed-title = Office 增益集會在新的事件發生時啟動
rule-addin-events-changed-explanation = Office 增益集如果會在先前沒有回應的事件發生時自動啟動，就需要部署它的系統管理員再次核准；在那之前，該組織的人員無法使用更新後的增益集。我們將 Microsoft 所說的「增益集支援的事件」理解為會啟動增益集的事件類型；由哪個函式處理事件，以及 Outlook 如何回應，只會在「變更內容」中說明。
rule-addin-office-apps-changed-title = Office 增益集會在另一個 Office 應用程式中執行
rule-addin-office-apps-changed-explanation = Office 增益集如果開始在另一個 Office 應用程式（Outlook、Excel、Word、PowerPoint）中執行，就需要部署它的系統管理員再次核准；在那之前，該組織的人員無法使用更新後的增益集。Microsoft 的更新指南有列出這項變更。
rule-bot-added-or-removed-title = 新增或移除了 Bot
rule-bot-added-or-removed-explanation = Bot 是應用程式中與人交談的部分；新增或移除 Bot 會改變應用程式能做的事，因此 Teams 會要求每位使用者再次核准應用程式。
rule-bot-calling-or-video-changed-title = Bot 的通話或視訊支援有變更
rule-bot-calling-or-video-changed-explanation = Bot 能否參與音訊或視訊通話，是使用者同意的一項權限；變更這項設定會讓 Teams 要求每位使用者再次核准應用程式。
rule-bot-id-changed-title = Bot 的識別碼有變更
rule-bot-id-changed-explanation = Bot 識別碼告訴 Teams 應用程式要與哪個已註冊的 Bot 服務通訊；新的識別碼代表不同的 Bot，因此 Teams 會要求每位使用者再次核准應用程式。
rule-bot-notification-only-changed-title = Bot 的「僅限通知」設定有變更
rule-bot-notification-only-changed-explanation = 僅限通知的 Bot 可以傳送訊息，但無法接收訊息；切換這項設定會改變 Bot 能做的事，因此 Teams 會要求每位使用者再次核准應用程式。
rule-bot-supports-files-changed-title = Bot 的檔案共用設定有變更
rule-bot-supports-files-changed-explanation = 這項設定讓 Bot 可以在聊天中傳送和接收檔案；變更它會改變 Bot 可以存取的內容，因此 Teams 會要求每位使用者再次核准應用程式。
rule-channel-tab-added-title = 新增了頻道或群組索引標籤
rule-channel-tab-added-explanation = 頻道或群組索引標籤可讓團隊或群組聊天釘選您應用程式的頁面；新增這種索引標籤會讓 Teams 要求每位使用者再次核准應用程式。
rule-connector-added-title = 新增了連接器
rule-connector-added-explanation = 連接器會將其他服務的更新張貼到 Teams 頻道中；新增連接器會讓 Teams 要求每位使用者再次核准應用程式。
rule-message-extension-added-or-removed-title = 新增或移除了訊息延伸模組
rule-message-extension-added-or-removed-explanation = 訊息延伸模組會在使用者撰寫訊息的方塊中加入搜尋或動作命令；新增或移除訊息延伸模組會讓 Teams 要求每位使用者再次核准應用程式。
rule-personal-tab-added-title = 新增了個人索引標籤
rule-personal-tab-added-explanation = 個人索引標籤是您的應用程式在每位使用者 Teams 個人空間中的頁面；新增個人索引標籤會讓 Teams 要求每位使用者再次核准應用程式。
rule-rsc-permissions-changed-title = 團隊或聊天資料權限有變更 (RSC)
rule-rsc-permissions-changed-explanation = 資源特定同意 (RSC) 權限可讓您的應用程式讀取或變更它所加入之團隊、聊天或會議的資料；變更這些權限會讓 Teams 要求使用者再次核准應用程式。
rule-web-application-info-changed-title = 登入設定有變更 (webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo 指定您的應用程式用來讓使用者登入的 Microsoft Entra 應用程式，也因此決定了它能存取哪些資料；變更它會讓 Teams 要求每位使用者再次核准應用程式。
rule-source-publishing-docs = Microsoft 的已發佈應用程式更新指南
rule-source-admin-docs = Microsoft 的 Teams 系統管理文件
rule-source-office-addin-docs = Microsoft 的 Office 增益集更新指南
rule-bot-setting-turned = Bot 的「{ $setting }」設定已{ $now ->
    [on] 開啟
   *[off] 關閉
}（原本為{ $was ->
    [on] 開啟
   *[off] 關閉
}）
rule-bot-setting-turned-developer = Bot `{ $bot }`：{ $setting } ({ $field }) 已{ $now ->
    [on] 開啟
   *[off] 關閉
}（原本為{ $was ->
    [on] 開啟
   *[off] 關閉
}）
rule-bot-setting-audio-calls = 音訊通話
rule-bot-setting-video = 視訊
rule-bot-setting-notifications-only = 僅限通知
rule-bot-setting-file-sharing = 檔案共用
rule-bot-removed = 移除了一個 Bot
rule-bot-removed-developer = 已移除 Bot `{ $bot }`
rule-bot-added = 新增了一個 Bot
rule-bot-added-developer = 已新增 Bot `{ $bot }`
rule-bot-id-changed-evidence = Bot 現在使用另一個識別碼，因此 Teams 會將它視為不同的 Bot
rule-bot-id-changed-developer = Bot 識別碼從 `{ $old }` 變更為 `{ $new }`
rule-channel-tab-added-evidence = 新增了團隊和群組聊天可以釘選的索引標籤
rule-channel-tab-added-developer = 新版本有 { $new } 個頻道/群組索引標籤 (configurableTabs)；已發佈版本有 { $old } 個
rule-connector-added-evidence = 新增了一個連接器
rule-connector-added-developer = 已新增連接器 `{ $connector }`
rule-message-extension-removed = 移除了一個訊息延伸模組{ $count ->
    [0] {""}
   *[other] （命令：{ $commands }）
}
rule-message-extension-removed-developer = 已移除訊息延伸模組 `{ $extension }`
rule-message-extension-added = 新增了一個訊息延伸模組{ $count ->
    [0] {""}
   *[other] （命令：{ $commands }）
}
rule-message-extension-added-developer = 已新增訊息延伸模組 `{ $extension }`
rule-personal-tab-added-named = 新增了個人索引標籤 { $name }
rule-personal-tab-added-unnamed = 新增了一個個人索引標籤
rule-personal-tab-added-developer = 已新增個人索引標籤 `{ $tab }`
rule-rsc-permission-removed = 應用程式不再要求 { $permission } 權限{ $kind ->
    [Application] （應用程式本身使用）
    [Delegated] （代表已登入的使用者）
   *[other] {""}
}
rule-rsc-permission-removed-developer = 已移除權限 `{ $permission }` ({ $kind })
rule-rsc-permission-added = 應用程式現在要求 { $permission } 權限{ $kind ->
    [Application] （應用程式本身使用）
    [Delegated] （代表已登入的使用者）
   *[other] {""}
}
rule-rsc-permission-added-developer = 已新增權限 `{ $permission }` ({ $kind })
rule-sign-in-added = 新增了登入設定：應用程式現在會透過 Microsoft Entra 應用程式讓使用者登入
rule-sign-in-added-developer = 已新增登入設定 (webApplicationInfo)
rule-sign-in-removed = 登入設定已移除
rule-sign-in-removed-developer = 已移除登入設定 (webApplicationInfo)
rule-sign-in-changed = 登入設定有變更
rule-sign-in-changed-developer = 登入設定 (webApplicationInfo) 有變更
rule-sign-in-setting-changed = 登入設定有變更：{ $setting }
rule-sign-in-setting-changed-developer = 登入設定：webApplicationInfo.{ $key } 從 { $old } 變更為 { $new }
rule-sign-in-value-none = （無）
rule-sign-in-setting-id = 使用者登入時使用的 Microsoft Entra 應用程式
rule-sign-in-setting-resource = 使用者登入之資源的網址
rule-sign-in-setting-application-permissions = 應用程式本身擁有的權限
rule-sign-in-setting-other = 某項登入設定

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = 整個檔案
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry }「{ $name }」
place-number = { $number }
change-line = { $kind ->
    [added] 已新增
    [removed] 已移除
   *[changed] 已變更
}{ $subject }
change-line-detail = { $kind ->
    [added] 已新增
    [removed] 已移除
   *[changed] 已變更
}{ $subject }：{ $detail }
change-told = { $subject }
change-told-detail = { $subject }：{ $detail }
change-nothing = （無）
change-quoted = 「{ $text }」
change-was = 原為 { $old }
change-was-now = 原為 { $old }，現為 { $new }
change-same-entries-reordered = 項目相同，但順序不同
change-file = 檔案 { $name }
change-file-new-content = 內容已更新，大小仍為 { $size }
change-bytes = { $count } 位元組
change-value-empty = 空白
change-value-on = 開啟
change-value-off = 關閉
change-empty-list = 空白清單
change-entries = { $count } 個項目
change-entries-named = { $entries }：{ $names }
change-settings = { $count } 項設定（{ $keys }）
change-scope-personal = 個人聊天
change-scope-team = 團隊
change-scope-group-chat = 群組聊天
change-scope-copilot = Copilot
change-and = { $head } 和 { $last }
change-permissions = { $count ->
   *[other] 權限 { $names }
}
change-device-permissions = { $count ->
   *[other] 裝置權限 { $names }
}
change-valid-domains = 有效網域 { $names }
change-permission = 權限 { $name }
change-permission-typed = 權限 { $name }（{ $kind }）
change-device-permission = 裝置權限 { $name }
change-valid-domain = 有效網域 { $name }
change-bot = Bot
change-bot-for = 適用於{ $scopes }的 Bot
change-personal-tab = 個人索引標籤
change-personal-tab-named = 個人索引標籤「{ $name }」
change-channel-tab = 頻道/群組索引標籤
change-channel-tab-at = 在 { $url } 設定的頻道/群組索引標籤
change-connector = 連接器
change-connector-for = 適用於{ $scopes }的連接器
change-message-extension = 訊息延伸模組
change-message-extension-commands = 有 { $count } 個命令的訊息延伸模組：{ $titles }
change-sign-in = 登入設定
change-sign-in-app = Microsoft Entra 應用程式 { $id } 的登入設定
change-sign-in-app-resource = Microsoft Entra 應用程式 { $id } 的登入設定（資源 { $resource }）
change-area-identity = 應用程式識別碼和版本
change-area-listing = 名稱、描述和圖示
change-area-capability = 應用程式能做的事
change-area-agent = Copilot 代理程式
change-area-other = 其他設定
change-area-package-file = 應用程式套件中的檔案
addin-comma-list = { $first }、{ $rest }
addin-event-new-message-compose-created = 建立新郵件
addin-event-new-appointment-organizer-created = 建立新的會議邀請
addin-event-message-attachments-changed = 在郵件中新增或移除附件
addin-event-appointment-attachments-changed = 在會議邀請中新增或移除附件
addin-event-message-recipients-changed = 郵件的收件者變更
addin-event-appointment-attendees-changed = 會議的出席者變更
addin-event-appointment-time-changed = 會議的日期或時間變更
addin-event-appointment-recurrence-changed = 會議的週期變更
addin-event-info-bar-dismiss-clicked = 有人關閉增益集的通知
addin-event-message-sending = 正在傳送郵件
addin-event-appointment-sending = 正在傳送會議邀請
addin-event-message-compose-opened = 開啟撰寫中的郵件
addin-event-appointment-organizer-opened = 開啟撰寫中的會議邀請
addin-event-message-from-changed = 郵件的寄件者變更
addin-event-appointment-from-changed = 會議的召集人變更
addin-event-message-read-with-custom-header = 讀取含有自訂標頭的郵件
addin-event-message-read-with-custom-attachment = 讀取含有自訂附件的郵件
addin-event-spam-reporting = 有人將郵件回報為垃圾郵件
addin-event-document-opened = 開啟文件
addin-event-other = 發生「{ $kind }」事件
addin-added = 新增了 Office 增益集
addin-added-runs-in = 新增了 Office 增益集：在 { $applications } 中執行
addin-added-developer = 已新增 Office 增益集 (`extensions`)，適用於 { $scopes }
addin-added-developer-no-application = 已新增 Office 增益集 (`extensions`)，但未指定任何應用程式
addin-no-longer-limited-named = 增益集不再僅限於它所指定的應用程式
addin-no-longer-limited = 增益集不再僅限於 { $applications }
addin-no-longer-limited-developer = 已移除 `{ $path }`：延伸模組可以安裝在任何 Office 應用程式中
addin-application-removed = 增益集不再於 { $application } 中執行
addin-application-removed-developer = 已移除應用程式 `{ $scope }`（原本位於 `{ $path }`）
addin-application-added = 增益集現在也會在 { $application } 中執行
addin-application-added-developer = 已在 `{ $path }` 新增應用程式 `{ $scope }`
addin-event-removed = 增益集不再於{ $event }時啟動
addin-event-removed-developer = 已移除事件 `{ $kind }`（原本位於 `{ $path }`）
addin-event-added = 增益集現在會在{ $event }時自動啟動
addin-event-added-developer = 已在 `{ $path }` 新增事件 `{ $kind }`
addin-send-mode-prompt-user = 會詢問使用者
addin-send-mode-soft-block = 會阻止傳送，除非增益集無法使用
addin-send-mode-block = 會阻止傳送
addin-send-mode-other = 使用傳送模式「{ $mode }」
addin-send-mode-none = 未指定
addin-when-message-sending = 傳送郵件
addin-when-appointment-sending = 傳送會議邀請
addin-option-absent = 未設定
addin-send-mode-changed = { $event }時，增益集現在{ $now }（原本：{ $was }）
addin-send-mode-changed-developer = 事件 `{ $kind }`：`options.sendMode` 現為 { $now }（原為 { $was }）
addin-header-none = 無
addin-header-changed = { $event }時，增益集現在會尋找標頭 { $now }（原本：{ $was }）
addin-header-changed-developer = 事件 `{ $kind }`：`options.headerName` 現為 { $now }（原為 { $was }）
addin-context-mail-read = 閱讀郵件
addin-context-mail-compose = 撰寫郵件
addin-context-meeting-organizer = 召集會議
addin-context-meeting-attendee = 出席會議
addin-context-document = 文件
addin-control-button = 按鈕
addin-control-menu = 功能表
addin-control-menu-item = 功能表項目
addin-on-ribbon = 功能區
addin-on-context-menu = 操作功能表
addin-entry-point-cell = 儲存格
addin-entry-point-text = 選取的文字
addin-where-context = { $place }（{ $context }）
addin-control-removed = 已從{ $place }移除{ $what }「{ $label }」
addin-control-removed-developer = 已移除控制項 `{ $id }`（原本位於 `{ $path }`）
addin-control-renamed = { $place }上的{ $what }「{ $old }」已重新命名為「{ $new }」
addin-control-renamed-developer = 控制項 `{ $id }`：`label` 有變更
addin-control-added = 已將{ $what }「{ $label }」新增到{ $place }
addin-control-added-developer = 已在 `{ $path }` 新增控制項 `{ $id }`
addin-set-version = { $name } { $version }
addin-no-version = 無版本
addin-needs-removed = 增益集不再需要 { $set }
addin-needs-removed-developer = 已移除需求集合 `{ $set }`
addin-needs-changed = 增益集現在需要 { $set }（原為 { $was }）
addin-needs-changed-developer = 需求集合 `{ $set }`：`minVersion` 現為 { $now }（原為 { $was }）
addin-needs-added = 增益集現在需要 { $set }
addin-needs-added-developer = 已新增需求集合 `{ $set }`
addin-form-factor-mobile = 行動裝置
addin-form-factor-desktop = 桌上型電腦
addin-form-factor-removed = 增益集不再於{ $factor }上執行
addin-form-factor-removed-developer = 已移除板型規格 `{ $factor }`
addin-form-factor-added = 增益集現在也會在{ $factor }上執行
addin-form-factor-added-developer = 已新增板型規格 `{ $factor }`
addin-pages-no-longer = 增益集的頁面不再來自 { $hosts }
addin-pages-now = 增益集的頁面現在來自 { $hosts }
addin-pages-changed = 增益集的頁面現在來自 { $hosts }（原為 { $was }）
addin-pages-developer = `runtimes[].code` 主機現為 { $hosts }（原為 { $was }）
addin-shortcut = 鍵盤快速鍵 { $keys }
addin-shortcut-action = 鍵盤快速鍵 { $keys }（「{ $action }」）
addin-get-started-message = 入門訊息「{ $title }」
addin-custom-function = 自訂函數「{ $name }」
addin-named-removed = 已移除{ $thing }
addin-named-removed-developer = 已移除 `{ $path }`
addin-named-added = 已新增{ $thing }
addin-named-added-developer = 已新增 `{ $path }`
addin-removed = 已移除 Office 增益集
addin-removed-developer = 已移除 Office 增益集 (`extensions`)
addin-other-settings = Office 增益集：有 { $count } 項其他設定變更
addin-other-changes-developer = `{ $path }` 下有 { $count } 項其他變更
addin-extensions-changed-developer = `extensions` 有變更
addin-extensions-changed-no-addin-developer = `extensions` 有變更（兩個版本都沒有 Office 增益集）
place-label-app-id = 應用程式識別碼
place-label-version = 版本
place-label-manifest-format-version = 資訊清單格式版本
place-label-manifest-schema-link = 資訊清單結構描述連結
place-label-app-name = 應用程式名稱
place-label-description = 描述
place-label-developer-details = 開發人員詳細資料
place-label-icons = 圖示
place-label-accent-color = 輔色
place-label-translations = 翻譯
place-label-package-name = 套件名稱
place-label-short-name = 簡短名稱
place-label-full-name = 完整名稱
place-label-short-description = 簡短描述
place-label-full-description = 完整描述
place-label-developer-name = 開發人員名稱
place-label-color-icon = 彩色圖示
place-label-outline-icon = 外框圖示
place-label-bot = Bot
place-label-bots = Bot
place-label-message-extension = 訊息延伸模組
place-label-message-extensions = 訊息延伸模組
place-label-connector = 連接器
place-label-connectors = 連接器
place-label-personal-tab = 個人索引標籤
place-label-personal-tabs = 個人索引標籤
place-label-channel-group-tab = 頻道/群組索引標籤
place-label-channel-and-group-tabs = 頻道和群組索引標籤
place-label-sign-in-settings = 登入設定
place-label-team-and-chat-data-permissions = 團隊和聊天資料權限
place-label-permission = 權限
place-label-permissions = 權限
place-label-device-permission = 裝置權限
place-label-device-permissions = 裝置權限
place-label-valid-domain = 有效網域
place-label-valid-domains = 有效網域
place-label-meeting-extension = 會議延伸模組
place-label-activity-feed-notifications = 活動摘要通知
place-label-copilot-agents = Copilot 代理程式
place-label-copilot-extensions = Copilot 延伸模組
place-label-agent-connector = 代理程式連接器
place-label-agent-connectors = 代理程式連接器
place-label-agent-skill = 代理程式技能
place-label-agent-skills = 代理程式技能
place-label-agentic-user-template = 代理式使用者範本
place-label-agentic-user-templates = 代理式使用者範本
place-label-extension = 延伸模組
place-label-outlook-and-office-extensions = Outlook 和 Office 延伸模組
place-label-dashboard-card = 儀表板卡片
place-label-dashboard-cards = 儀表板卡片
place-label-graph-connector = Graph 連接器
place-label-supported-channel-types = 支援的頻道類型
place-label-default-install-scope = 預設安裝範圍
place-label-default-group-capability = 預設群組功能
place-label-command = 命令
place-label-commands = 命令
place-label-language = 語言
place-label-languages = 語言
place-label-activity-type = 活動類型
place-label-activity-types = 活動類型
place-label-declarative-agent = 宣告式代理程式
place-label-declarative-agents = 宣告式代理程式
place-label-parameter = 參數
place-label-parameters = 參數
place-label-command-list = 命令清單
place-label-command-lists = 命令清單
place-label-file-sharing = 檔案共用
place-label-notifications-only = 僅限通知
place-label-audio-calls = 音訊通話
place-label-video = 視訊
place-label-page-address = 頁面網址
place-label-website-address = 網站網址
place-label-setup-page-address = 設定頁面網址
place-label-search-address = 搜尋網址
place-label-privacy-statement-address = 隱私權聲明網址
place-label-terms-of-use-address = 使用規定網址
place-label-partner-network-id = 合作夥伴網路識別碼
place-label-bot-id = Bot 識別碼
place-label-tab-id = 索引標籤識別碼
place-label-connector-id = 連接器識別碼
place-label-color-icon-setting = 彩色圖示
place-label-outline-icon-setting = 外框圖示
place-label-resource-address = 資源網址
place-label-settings-can-be-changed = 可以變更設定
place-label-id = 識別碼
place-extension-number = 清單中的第 { $number } 個
input-manifest-field-problem = 欄位 `{ $field }`：{ $problem }
input-manifest-not-object = 資訊清單必須是 JSON 物件（以 `{"{"}` 開頭），但這個檔案是 { $value }
input-manifest-not-list = 必須是清單（`[ ... ]`），但它是 { $value }
input-manifest-permission-not-object = 每個權限都必須是含有 `name` 和 `type` 的物件，但這一個是 { $value }
input-manifest-not-object-field = 必須是物件（`{"{"} ... {"}"}`），但它是 { $value }
input-manifest-entry-not-object = 每個項目都必須是物件（`{"{"} ... {"}"}`），但這一個是 { $value }
input-manifest-missing = 缺少這個欄位；它是必要欄位
input-manifest-not-text = 必須是放在雙引號中的文字，但它是 { $value }
input-manifest-not-true-or-false = 必須是 true 或 false（不加引號），但它是 { $value }
input-value-null = null（空值）
input-value-true-or-false = { $value }（true/false）
input-value-number = 數字 { $number }
input-value-text = 文字「{ $text }」
input-value-text-shortened = 文字「{ $text }…」
input-value-list = 清單（`[ ... ]`）
input-value-object = 物件（`{"{"} ... {"}"}`）
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}及其他 { $more } 項
}
agent-value = { $value }
agent-quoted = 「{ $text }」
agent-none = 無
agent-and = { $head } 和 { $last }
agent-from-to = 從 { $old } 變為 { $new }
agent-was = 原為 { $old }
agent-were = 原為 { $old }
agent-characters = { $count ->
   *[other] { $formatted } 個字元
}
agent-new-wording = 措辭已更新，仍為 { $characters }
agent-it-calls = 它會呼叫 { $host }
agent-folder = 資料夾 { $folder }
agent-key-schema = 結構描述連結
agent-capability-web-search = 網頁搜尋
agent-capability-graphic-art = 影像產生
agent-capability-code-interpreter = 程式碼解譯器
agent-capability-onedrive-sharepoint = SharePoint 和 OneDrive 檔案
agent-capability-graph-connectors = Copilot 連接器
agent-capability-teams-messages = Teams 訊息
agent-capability-email = 電子郵件
agent-capability-email-actions = 電子郵件動作
agent-capability-people = 人員
agent-capability-meetings = 會議
agent-capability-meeting-actions = 會議動作
agent-capability-embedded-knowledge = 套件中的檔案
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = 情境模型
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = API 金鑰
agent-sign-in-dynamic-registration = 使用動態用戶端註冊的 OAuth
agent-sign-in-key-vault = Azure Key Vault 中的金鑰
agent-sign-in-reference = { $kind }（參考識別碼 { $id }）
agent-agent = 代理程式 { $name }
agent-action = 動作 { $name }
agent-an-action = 某個動作
agent-copilot-extension = 應用程式的 Copilot 延伸模組
agent-connector = 代理程式連接器 { $name }
agent-custom-engine = 自訂引擎代理程式
agent-agentic-user-template = 代理式使用者範本 { $name }
agent-api-of = { $label }的 API
agent-file-agent = { $file } 中的代理程式
agent-file-action = { $file } 中的動作
agent-file-api = API 描述 { $file }
agent-file-tools = MCP 工具清單 { $file }
agent-file-card = 卡片範本 { $file }
agent-file-response-template = 回應範本 { $file }
agent-file-agentic-user-template = { $file } 中的代理式使用者範本
agent-setting-name = 名稱
agent-setting-description = 描述
agent-setting-disclaimer = 免責聲明
agent-thing-skill = 一項技能
agent-thing-starter = 一個交談入門
agent-thing-tool = 一個工具
agent-thing-mcp-server = 一個 MCP 伺服器
agent-thing-local-runtime = 使用者裝置上的執行階段
agent-thing-api = 一個 API
agent-added-to = { $what }至{ $label }
agent-removed-from = { $label }中的{ $what }
agent-setting-of = { $label }的{ $what }
agent-setting-added = { $what }至{ $label }
agent-file-of = { $label }的檔案
agent-format-of = { $label }的格式版本
agent-other-settings-of = { $label }的其他設定
agent-other-details-of = { $label }的其他詳細資料
agent-copilot-added = Copilot { $label }
agent-copilot-removed = Copilot { $label }
agent-declared-how = 資訊清單宣告{ $label }的方式
agent-declared-from-preview = 從預覽形式（Copilot 延伸模組）改為 Copilot 代理程式
agent-custom-engine-added = 自訂引擎代理程式（透過應用程式的 Bot 回答）
agent-connector-added = { $label }
agent-connector-removed = { $label }
agent-mcp-server-of = { $label }的 MCP 伺服器
agent-sign-in-of = { $label }的登入方式
agent-sign-in-of-host = { $label }對 { $host } 的登入方式
agent-sign-in-of-number = { $label }的登入方式（{ $number }）
agent-skill = 一項代理程式技能
agent-skill-in-folder = 資料夾 { $folder } 中的代理程式技能
agent-agentic-user-template-added = 代理式使用者範本 { $name }
agent-instructions-of = { $label }的指示
agent-capability-from = { $label }中的一項功能
agent-capability-to = 一項功能至{ $label }
agent-capability-settings-of = { $label }的「{ $capability }」設定
agent-starter-of = { $label }的交談入門 { $starter }
agent-worker-from = { $label }中的一個工作者代理程式
agent-worker-to = 一個工作者代理程式至{ $label }
agent-action-from = { $label }中的一個動作
agent-action-to = 一個動作至{ $label }
agent-function = { $name }（{ $description }）
agent-function-from = { $label }中的一個函式
agent-function-to = 一個函式至{ $label }
agent-function-of = { $label }的函式 { $name }
agent-server-of = { $label }的伺服器
agent-servers-of = { $label }的所有伺服器
agent-operation = { $operation }（{ $id }）
agent-operation-from = { $label }中的一個作業
agent-operation-to = 一個作業至{ $label }
agent-operations-changed = { $count ->
   *[other] { $label }中 { $count } 個作業的詳細資料
}
agent-tool-descriptions-of = { $label }的工具描述
agent-note-sign-in = 代理程式第一次使用 { $host } 時，會要求使用者登入。
agent-note-action-service = 動作「{ $name }」背後的服務
agent-note-new-host = 代理程式現在會將要求傳送到 { $host }。
agent-note-converted = 您的宣告式代理程式已變成自訂引擎代理程式：使用者會被要求檢閱並同意新的代理程式，而且必須重新釘選它。
agent-note-admin-approval = 如果組織是透過其系統管理中心部署您的應用程式，系統管理員會先核准每次更新，使用者才會取得更新。
agent-note-source-sign-in = Microsoft 關於代理程式動作登入的說明頁面
agent-note-source-converted = Microsoft 關於轉換代理程式的說明頁面
agent-note-source-admin-approval = Microsoft 365 訊息中心，MC1041454
agent-note-source-actions = Microsoft 關於代理程式動作的說明頁面
agent-kind-agent = Copilot 代理程式檔案
agent-kind-plugin = 代理程式動作檔案（API 外掛程式）
agent-kind-openapi = API 描述
agent-kind-mcp-tools = MCP 工具描述
agent-kind-response-template = 回應範本
agent-kind-card = 卡片範本
agent-kind-agentic-user-template = 代理式使用者範本
agent-kind-file = 檔案
agent-file-unreadable = 無法讀取{ $what }「{ $name }」：{ $problem }。您的開發人員必須更正這個檔案。
agent-file-not-object = { $what }「{ $name }」的內容不符合應有的格式（內容必須是{ $content }）。您的開發人員必須更正這個檔案。
agent-file-content-yaml = 一組具名的值
agent-file-content-json = 放在 {"{"} {"}"} 中的 JSON 物件
agent-file-openapi-format = API 描述「{ $name }」使用格式 { $format }；Copilot 讀取的是 OpenAPI 3（openapi: 3.0.x 或 3.1.x）。您的開發人員必須轉換它。
agent-file-not-openapi = API 描述「{ $name }」不是 OpenAPI 3 文件（它沒有標示 openapi: 3.x；Swagger 2.0 檔案必須先轉換）。您的開發人員必須轉換它。
agent-field-copilot-agents = Copilot 代理程式
agent-field-copilot-extensions = Copilot 延伸模組
agent-field-agent-connectors = 代理程式連接器
agent-field-agent-skills = 代理程式技能
agent-field-agentic-user-templates = 代理式使用者範本

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = 已發佈版本
input-side-new = 新版本
input-side-error = { $side }：{ $error }
input-error = { $file }：{ $problem }。{ $fix }
input-error-at = { $file }，{ $place }：{ $problem }。{ $fix }
input-where-line-column = 第 { $line } 行，第 { $column } 欄
input-where-field = 欄位 `{ $field }`
input-where-package-entry = 套件項目 `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = 這個工具在讀取檔案時停止了（這是工具本身的錯誤，不是檔案的問題）
input-internal-fix = 請再試一次；如果再次發生，請回報給我們。
input-not-found = 檔案不存在（可能已被移動、重新命名或刪除）
input-not-found-fix = 請重新選擇檔案。
input-permission-denied = 您沒有讀取這個檔案的權限
input-permission-denied-fix = 請將檔案複製到您可以讀取的位置，或詢問這部電腦的管理人員。
input-unreadable = 無法讀取檔案（{ $error }）
input-unreadable-fix = 請確認檔案仍然存在且可以讀取，然後再試一次。
input-folder = 這是資料夾，不是檔案
input-folder-fix = 請選擇其中的 manifest.json 檔案，或應用程式套件 (.zip)。
input-not-regular-file = 這不是一般檔案（可能是裝置、管道，或指向這類項目的捷徑）
input-not-regular-file-fix = 請選擇 manifest.json 檔案或應用程式套件 (.zip) 本身。
input-manifest-too-large = 資訊清單大於這個工具可讀取的 { $mebibytes } MiB（真正的資訊清單只有幾 KB）
input-manifest-too-large-fix = 請確認您選擇的是正確的檔案。
input-count-translation-files = { $count } 個翻譯檔案
input-count-other-files = { $count } 個其他檔案
input-package-only-manifest = 只有資訊清單的應用程式套件
input-package-with = 應用程式套件，含 { $parts }
input-list-two = { $first }和 { $last }
input-list-more = { $first }、{ $rest }
input-bad-json = 這不是有效的 JSON：{ $problem }
input-bad-json-fix = 請用文字編輯器開啟檔案，更正該處的內容並儲存，然後重新載入。
input-bad-manifest-fix = 請更正資訊清單中的該欄位（Teams 開發人員入口網站可以匯出有效的資訊清單），儲存後重新載入。
input-package-damaged = 應用程式套件已損毀，或不是一般的 zip 檔案（{ $detail }）
input-package-damaged-fix = 請重新下載或建置套件（在 Teams 開發人員入口網站中：發佈 › 下載應用程式套件）。
input-package-too-large = 應用程式套件大於 { $mebibytes } MiB
input-package-too-large-fix = Teams 應用程式套件只包含一個資訊清單和兩個小圖示；請確認您選擇的是正確的檔案。
input-package-too-many-entries = 應用程式套件包含 { $entries } 個項目；這個工具最多只讀取 { $most } 個
input-package-too-many-entries-fix = Teams 應用程式套件只包含一個資訊清單和幾個圖示；請確認您選擇的是正確的檔案。
input-packaged-manifest-too-large = manifest.json 大於這個工具可讀取的 { $mebibytes } MiB
input-package-unpacks-too-large = 應用程式套件解壓縮後超過 { $mebibytes } MiB
input-package-unpacks-too-large-fix = Teams 應用程式套件只包含一個資訊清單和幾個小圖示；請確認您選擇的是正確的檔案。
input-package-entry-damaged = 應用程式套件中的這個項目已損毀，無法解壓縮（{ $error }）
input-package-entry-damaged-fix = 請重新建置或下載套件。
input-manifest-in-folder = manifest.json 位於套件內的資料夾中，但 Teams 需要它位於套件的根目錄
input-manifest-in-folder-fix = 請直接壓縮檔案本身（manifest.json 和圖示），而不是壓縮包含它們的資料夾。
input-manifest-name-case = 資訊清單的名稱是 `{ $name }`，但 Teams 需要的名稱必須剛好是 `manifest.json`（全部小寫）
input-manifest-name-case-fix = 請將檔案重新命名為 manifest.json，然後重新壓縮套件。
input-no-manifest = 應用程式套件中沒有 manifest.json
input-no-manifest-fix = Teams 應用程式套件是由 manifest.json 及其圖示壓縮成的 zip 檔；請選擇為 Teams 建置的套件，或直接選擇 manifest.json。
input-kind-empty = 這個檔案是空的：其中沒有資訊清單
input-kind-png = 這是 PNG 圖片，不是資訊清單
input-kind-jpeg = 這是 JPEG 圖片，不是資訊清單
input-kind-gif = 這是 GIF 圖片，不是資訊清單
input-kind-pdf = 這是 PDF 文件，不是資訊清單
input-kind-word = 這是 Word 文件，不是資訊清單
input-kind-excel = 這是 Excel 活頁簿，不是資訊清單
input-kind-powerpoint = 這是 PowerPoint 簡報，不是資訊清單
input-kind-old-office = 這是 Microsoft Office 文件，不是資訊清單
input-kind-other-archive = 這是其他類型的壓縮檔（例如 .rar、.7z 或 .gz）；Teams 應用程式套件是 .zip 檔案
input-kind-utf16 = 這個資訊清單儲存為 UTF-16 文字，但 Teams 只能讀取 UTF-8 的資訊清單
input-kind-other-text = 這不是資訊清單：Teams 資訊清單是以「{"{"}」開頭的 JSON 文字，而這個檔案包含的是其他文字（例如程式、網頁或筆記）
input-kind-empty-fix = 請選擇 manifest.json 或 .zip 應用程式套件。如果這就是您的資訊清單，表示它沒有儲存成功：請在編輯器中開啟它並重新儲存。
input-kind-utf16-fix = 請用文字編輯器開啟它，並儲存為 UTF-8（在記事本中：檔案 › 另存新檔，編碼：UTF-8），然後重新載入。
input-kind-other-archive-fix = 請選擇 manifest.json 或 .zip 應用程式套件（在 Teams 開發人員入口網站中：發佈 › 下載應用程式套件）。
input-kind-fix = 請選擇 manifest.json 或 .zip 應用程式套件。
input-json-error-at = 第 { $line } 行，第 { $column } 欄：{ $problem }
input-json-not-utf8 = 檔案不是 UTF-8 文字（可能是以 UTF-16 或 Windows-1252 等其他編碼儲存，或者它根本不是文字檔）
input-json-too-deep = 物件和清單的巢狀結構超過 { $levels } 層
input-json-comment = manifest.json 中不允許有註解；請刪除註解（從 // 到該行結尾，或從 /* 到 */）
input-json-non-breaking-space = 這裡有一個看不見的不分行空格 (U+00A0)，但 JSON 在這裡只允許一般空格（這通常是從網頁或文件複製文字時帶進來的）；請刪除它，再輸入一般空格
input-json-curly-double-quotes = 彎引號 “ ” 必須改為直引號 "（文書處理軟體會在您輸入時自動轉換引號）；請將它們逐一重新輸入為 "
input-json-curly-single-quotes = 彎引號 ‘ ’ 必須改為直雙引號 "（JSON 沒有單引號）；請將它們逐一重新輸入為 "
input-json-invisible-character = 這裡有一個看不見的字元 (U+{ $code })，但 JSON 在這裡只允許一般空格；請刪除它
input-json-missing-comma-end-of-line = 這一行的結尾缺少逗號 `,`（或在它之前缺少右方括號或右大括號）
input-json-last-comma = 這個逗號是右方括號或右大括號前的最後一個逗號；請將它移除
input-json-trailing-comma = 右方括號或右大括號的前面有一個逗號；請將它移除
input-json-key-not-string = 有名稱沒有放在雙引號中（JSON 需要 "name": value 的寫法），或是多了一個逗號
input-json-expected-value = 這裡應該要有一個值：放在雙引號中的文字、數字、true、false、null、清單 [ ] 或物件 {"{"} {"}"}（不允許單引號或沒有引號的字詞）
input-json-unclosed-string = 文字值缺少結尾的雙引號
input-json-ends-too-early = 檔案提早結束：缺少右方括號或右大括號
input-json-missing-comma = 這裡的前面缺少逗號（或缺少右方括號、右大括號）
input-json-missing-colon = 名稱後面缺少冒號 `:`
input-json-trailing-characters = JSON 文件結束後還有多餘的文字
input-json-control-character = 文字值中含有直接輸入的換行或定位字元；請改寫為 \n 或 \t
input-json-invalid-escape = 文字值中的反斜線開始了一個 JSON 不認得的逸出序列（反斜線本身請寫成 \\）
input-json-bad-hex-escape = 文字值中的 \u 逸出序列不完整（基本範圍以外的字元需要連續兩個 \u 逸出序列）
input-json-unknown-word = 這裡有無法理解的字詞：只有 true、false 和 null 可以不加引號；文字請放在雙引號中
input-json-invalid-number = 數字的寫法不被 JSON 接受（開頭不可有多餘的 0、不可有 + 號，小數點兩側都必須有數字）
input-json-other = 這不是 JSON 的正確寫法（{ $detail }）
input-yaml-not-utf8 = 檔案不是 UTF-8 文字
input-yaml-invalid = 這不是有效的 YAML：{ $detail }
input-yaml-too-many-values = 文件包含的值太多（超過一百萬個，重複的部分也計算在內）；OpenAPI 文件遠比這小

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = 您開啟的已發佈版本不是市集中的套件：{ $reason }。因此這份報告無法判斷市集先前接受過哪些問題。請改為開啟市集中的套件：在合作夥伴中心下載上線版本的應用程式套件（或使用您上次上傳的 .zip）。
report-not-store-package-app-id = 它的應用程式識別碼是「{ $id }」，不是已發佈應用程式的識別碼
report-not-store-package-format = 它使用市集不接受的資訊清單格式「{ $format }」
report-not-store-package-placeholder = 它包含建置工具會填入的預留位置，例如「{ $placeholder }」
report-no-link-app-id-changed = 沒有下載連結：應用程式識別碼已變更，而使用新識別碼的連結會指向市集中不存在的應用程式。請改回已發佈的應用程式識別碼，就能取得連結。
report-no-link-not-an-app-id = 沒有下載連結：應用程式識別碼「{ $id }」不是真正的應用程式識別碼（應為 GUID，例如 0b5c3d6e-1234-4abc-9def-00112233aabb）。連結會使用您提交之套件的識別碼。
render-date = { $year }/{ $month }/{ $day }
button-default-label = 在 Microsoft Teams 中取得
button-style-purple = 紫色
button-style-outline = 外框
button-style-dark = 深色
button-size-small = 小
button-size-medium = 中
button-size-large = 大
button-unknown-style = 未知的樣式「{ $style }」；請選擇 purple（紫色）、outline（外框）或 dark（深色）
button-unknown-size = 未知的大小「{ $size }」；請選擇 small（小）、medium（中）或 large（大）
button-not-an-app-id = 「{ $text }」不是應用程式識別碼：應用程式識別碼的格式類似 0b5c3d6e-1234-4abc-9def-00112233aabb。請使用 Teams 開發人員入口網站或合作夥伴中心中的識別碼（市集識別碼）。
button-empty-label = 按鈕文字是空的：請輸入按鈕要顯示的文字，例如「{ $example }」

guide-fixer-app-window-portal = 您可以在這裡修正：使用「儲存修正後的複本」（或在開發人員入口網站中：開啟您的應用程式，然後前往 { $place }）
guide-fixer-app-window = 您可以在這裡修正：使用「儲存修正後的複本」
guide-fixer-app-terminal-portal = 您：執行 teams-update-check fix 並提供已發佈檔案和新檔案，以儲存修正後的複本；或在開發人員入口網站中：開啟您的應用程式，然後前往 { $place }
guide-fixer-app-terminal = 您：執行 teams-update-check fix 並提供已發佈檔案和新檔案，以儲存修正後的複本
guide-fixer-portal-place = 您，在開發人員入口網站中（開啟您的應用程式，然後前往 { $place }）
guide-fixer-portal = 您，在開發人員入口網站中
guide-fixer-developer = 您的開發人員

guide-already-published = 已發佈版本中就已經有這個問題：市集先前接受了它，但每次更新時都會重新檢查整個套件，所以這次可能會拒絕。
guide-step-nothing-to-submit = 請進行變更並提高版本號碼，然後再次檢查新套件。
guide-step-fix-window = 請修正上面列出的 { $count } 個問題。每個問題都註明了誰可以修正；您可以使用「複製給我的開發人員」將問題複製給開發人員。
guide-step-fix-document = 請修正上面列出的 { $count } 個問題。每個問題都註明了誰可以修正；「給您的開發人員」清單已經準備好，可以直接傳送給您的開發人員。
guide-step-check-again-window = 接著，請在這裡將更正後的套件開啟為新版本，並在提交前再次檢查。
guide-step-check-again-document = 接著，請在提交前使用 Teams Update Check 再次檢查更正後的套件。
guide-step-open-offer = 請在合作夥伴中心開啟您應用程式的供應項目，並從「概觀」索引標籤上的應用程式圖格進行更新。切勿使用「新增應用程式」：那會建立第二個應用程式，而不是更新現有的應用程式。
guide-step-upload = 上傳這個套件。請保持應用程式識別碼不變：市集是透過它來識別您的應用程式。
guide-step-tested-again = 這次更新會改變應用程式能做的事，因此 Microsoft 會在上線前重新測試。請將下方的認證附註貼到「認證附註」欄位中，讓審查人員知道要測試什麼。
guide-step-listing-only = 這次更新只變更了應用程式的市集資訊和版本。Microsoft 仍會在每次更新上線前進行審查；下方的認證附註說明了變更內容。
guide-step-users-approve = 發佈後，現有使用者必須再次核准應用程式才能取得更新；下方的版本資訊會告訴他們可能會遇到什麼情況。
guide-step-admin-approves = 發佈後，由系統管理員部署增益集的組織，必須等系統管理員再次核准這次更新後才能取得更新：在那之前，這些組織的人員無法使用更新後的增益集。下方的版本資訊會告訴系統管理員可能會遇到什麼情況。
guide-step-users-not-asked = 發佈後，不會要求現有使用者再次核准應用程式。
guide-step-users-automatic = 發佈後，現有使用者會自動取得更新。
guide-agent-admin-approves = 如果組織是透過其系統管理中心部署您的應用程式，系統管理員會先核准 Copilot 代理程式的每次更新，使用者才會取得更新。
guide-step-organization-only = 只在您的組織內發佈（不是在市集）？請改為在 Teams 系統管理中心（管理應用程式 › 您的應用程式 › 上傳檔案）或開發人員入口網站中上傳套件。
report-verdict-ready = 可以提交
report-verdict-nothing-to-submit = 沒有任何變更：沒有可提交的更新
report-verdict-blocked = 提交前請先修正 { $count } 個問題
report-users-asked = 現有使用者會被要求再次核准應用程式。
report-admin-asked = 由系統管理員部署增益集的組織：系統管理員必須再次核准這次更新，組織內的人員才能使用更新後的增益集。
report-two-sentences = { $first }{ $second }
report-consent-nothing-changed = 沒有任何變更，因此現有使用者不需要核准任何內容。
report-consent-users-not-asked = 不會要求現有使用者再次核准應用程式。
report-consent-users-automatic = 現有使用者會自動取得這次更新（不需要重新核准）。
report-consent-summary-none = 在 { $total } 種需要核准的變更中，這次更新一種都沒有：現有使用者不會看到新的提示，就能取得更新。
report-consent-summary = { $count ->
   *[other] 在 { $total } 種需要核准的變更中，這次更新包含 { $count } 種。
}
report-consent-others-none = 在 { $count } 種需要核准的變更中，這次更新一種都沒有
report-consent-others = { $count ->
   *[other] 其他 { $count } 種需要核准的變更不在這次更新中
}
report-who-users-and-admin = 需要核准的對象：每位現有使用者，以及部署 Office 增益集的系統管理員
report-who-admin = 需要核准的對象：將 Office 增益集部署到組織的系統管理員，而不是每位使用者
report-who-users = 需要核准的對象：每位現有使用者
report-consent-title = 是否會要求使用者或系統管理員再次核准應用程式？
report-consent-intro = 某些變更會讓 Teams 向每位現有使用者顯示提示，要求他們再次核准（同意）應用程式。Office 增益集的變更則改由部署它的系統管理員再次核准。
report-consent-others-hint = 這些變更都不在這次更新中。開啟任何一項即可了解它的意思。
report-store-title = 市集會接受嗎？
report-store-warnings-title = 有 { $count } 件事值得檢查（不會阻擋這次更新）
report-store-template-findings = 顯示它造成的 { $count } 項檢查結果
report-microsofts-rule = Microsoft 的規則
guide-notes-the-app = 應用程式
guide-notes-versions = { $app }：從版本 { $old } 更新為 { $new }。
guide-notes-capabilities = 應用程式能做的事
guide-notes-agent = Copilot 代理程式
guide-notes-listing = 名稱、描述、圖示和檔案
guide-notes-heading = { $title }：
guide-notes-users-asked = 現有使用者會被要求再次核准應用程式：{ $rules }。
guide-notes-admin-asked = 部署 Office 增益集的系統管理員必須再次核准它：{ $rules }。
guide-release-our-app = 我們的應用程式
guide-release-users-opening = { $app } { $version } 即將在 Microsoft Teams 推出。更新送達時，Teams 會要求您再次核准 { $app }，之後才能使用新版本。這是正常的：這次更新改變了應用程式能做的事。
guide-release-users-heading = 對您的影響：
guide-release-admin-opening = { $app } { $version } 即將推出。它的 Office 增益集有需要系統管理員核准的變更：將增益集部署到您組織的系統管理員必須再次核准這次更新，在那之前，組織內的人員無法使用更新後的增益集。這是正常的：這次更新改變了增益集執行的位置或時機。
guide-release-admin-heading = 變更內容：
guide-release-users-asked = 需要核准的對象：在 Teams 中使用這個應用程式的每個人。
guide-release-team-owner = 適用於團隊和群組聊天的新索引標籤，需由團隊擁有者或聊天成員在想要的頻道或聊天中自行新增。
guide-release-for-admins = 給 IT 系統管理員：這次更新變更了應用程式的登入設定或它要求的權限。請在 Teams 系統管理中心檢閱：管理應用程式 › { $app } › 權限，您可以在該處代表您的組織授與同意。
guide-release-addin-admins = 給部署 Office 增益集的 IT 系統管理員：請再次核准增益集的這次更新；在您核准之前，組織內的人員無法使用更新後的增益集。
guide-release-admin-asked = 需要核准的對象：將增益集部署到您組織的系統管理員，而不是每位使用者。
guide-handoff-the-app = 應用程式
guide-handoff-intro = Teams Update Check 在 { $file }（{ $app } { $version }）中發現 { $count } 個市集會拒絕的問題。請進行修正：
guide-handoff-where = 位置：{ $place }
guide-handoff-who = 負責人：{ $who }
guide-handoff-rule = 規則：{ $rule }
guide-handoff-check = { $title }：{ $message }
guide-handoff-manifest-field = manifest.json，「{ $field }」
guide-handoff-file-line = { $file }，第 { $line } 行，第 { $column } 欄
guide-handoff-note = 注意：{ $note }
report-next-steps-title = 後續步驟
report-certification-notes-lead = 合作夥伴中心「認證附註」的草稿：說明這次更新變更了什麼。請再補充如何登入及測試。
report-certification-notes-title = 認證附註
report-certification-notes-copy = 複製認證附註
report-release-note-admin = 部署增益集的系統管理員必須再次核准這次更新。請在更新送達前，將這份版本資訊傳送給您客戶的 IT 系統管理員。
report-release-note-both = 現有使用者會被要求再次核准應用程式，部署增益集的系統管理員也必須再次核准。請在更新送達前，將這份版本資訊傳送給您的使用者及他們的 IT 系統管理員。
report-release-note-users = 現有使用者會被要求再次核准應用程式。請在更新送達前，將這份版本資訊傳送給他們（以及他們的 IT 系統管理員）。
report-release-note-title = 通知您的使用者
report-release-note-copy = 複製版本資訊
report-attention-title = 提交前請先修正這些問題
report-attention-intro = 每個問題都註明了誰可以修正。請修正這些問題，然後再次檢查更正後的套件。
report-handoff-lead = 將這份清單交給您的開發人員：其中列出每個問題的位置（檔案、行、欄）以及 Microsoft 的規則，可以直接貼到電子郵件或工單中。
report-handoff-title = 給您的開發人員
report-handoff-copy = 複製給我的開發人員
report-checks-title = 版本和應用程式識別碼
report-checks-intro = Microsoft 要求更新必須保留應用程式識別碼，而且任何變更（即使只是名稱或描述）都必須提高版本號碼。
report-agent-notes-title = 您的使用者會注意到的事
report-agent-notes-intro = 關於這次更新中的 Copilot 代理程式。僅供參考：這些不會影響使用者是否必須再次核准應用程式。
report-area-identity-hint = 應用程式識別碼、版本號碼和資訊清單格式版本
report-area-listing-hint = 使用者在市集中看到的內容：名稱、描述、開發人員詳細資料、圖示、色彩
report-area-capability-hint = 應用程式在 Teams 和 Office 中能做的事：Bot、索引標籤、訊息延伸模組、連接器、登入、權限、Office 增益集
report-area-package-file-hint = .zip 應用程式套件中 manifest.json 以外的檔案，例如圖示和翻譯
report-area-agent-hint = Copilot 代理程式：它的指示、功能、動作，以及它呼叫的伺服器
report-area-other-hint = 資訊清單中的其他設定
report-changes-nothing = 沒有：兩個版本完全相同。
report-download-title = 您網站的下載連結
report-download-window = 在您的網站上放置一個按鈕，讓訪客在 Teams 市集中開啟您的應用程式；這個視窗會為您產生按鈕的 HTML。
report-download-terminal = 在您的網站上放置一個按鈕，讓訪客在 Teams 市集中開啟您的應用程式；請使用新檔案執行 teams-update-check button，即可輸出按鈕的 HTML。
report-download-document = 在您的網站上放置一個按鈕，讓訪客在 Teams 市集中開啟您的應用程式；Teams Update Check 會為您產生按鈕的 HTML。
report-nothing-note = 兩個版本完全相同。請進行變更並提高版本號碼，然後再次檢查。
report-error-title = 發生了什麼問題
report-error-note = 請修正檔案（或選擇正確的檔案），然後再次檢查。
report-row-file = 檔案
report-row-app-name = 應用程式名稱
report-row-app-id = 應用程式識別碼
report-row-version = 版本
report-row-manifest-format = 資訊清單格式
report-full-value = { $subject } 的完整值
report-changes-title = 變更內容（{ $count }）
report-changes-area = { $area }（{ $count }）
report-error-headline = 無法載入{ $side }
report-error-note-file = { $file } 是{ $side }。目前尚未進行任何比較。
render-unnamed-app = 未命名的應用程式
render-published-new = 已發佈：{ $published }   新版本：{ $new }
render-label-note = 注意：
render-label-sources = 來源：
render-label-where = 位置：
render-label-who = 誰可以修正：
render-label-why = 原因：
render-label-developers = 給開發人員：
render-title = Teams 更新檢查：{ $headline }
render-column-published = 已發佈
render-column-new = 新版本
render-verdict = 結論
render-footer = 由 Teams Update Check 產生；這個工具會在 Microsoft Teams 應用程式的更新提交到市集之前進行檢查。它只讀取執行所在電腦上的檔案，沒有將任何資料傳送到任何地方。
render-title-app = { $app } — Teams 更新檢查：{ $headline }
render-teams-update-check = Teams 更新檢查
render-report = 報告
render-button-preview = 下載按鈕在網站上的樣子：
fix-version-not-raised = 無法自動提高版本，因為已發佈版本「{ $published }」不是只由數字和點組成（或其中有數字太長）。
fix-who-type-version = 您：在開發人員入口網站中輸入新版本（必須高於已發佈版本），或使用 --new-version 指定。
fix-what-version = 版本
fix-typed-version-form = 版本「{ $version }」不是以點分隔的三個整數，例如 1.4.2。請依照這種格式輸入（不可有字母，開頭不可有多餘的 0）。
fix-typed-version-not-higher = 版本 { $version } 沒有高於已發佈的 { $published }。請輸入更高的版本。
fix-what-unused-files = 套件沒有使用的檔案
fix-unused-files-before = { $count } 個檔案：{ $names }
fix-unused-files-after = 已排除
fix-what-package-files = 套件的檔案
fix-folder-before = 位於資料夾「{ $folder }」中
fix-folder-after = 位於套件的根目錄，也就是 Teams 尋找檔案的位置
fix-package-damaged = 無法重新寫入套件，因為其中一個項目已損毀（{ $error }）。請重新建置或下載套件。
fix-folder-damaged = 無法將套件的檔案移出資料夾，因為其中一個項目已損毀（{ $error }）。請重新建置或下載套件。
fix-output-is-input = 這是正在檢查的檔案之一；修正後的複本絕不會取代這些檔案，請選擇其他名稱
fix-schema-preview = 資訊清單使用預覽格式 devPreview，而市集會拒絕這種格式；將連結指向它，只會讓套件離市集接受的標準更遠。請先將資訊清單改為已發佈的格式（請參閱「資訊清單使用市集接受的格式」），並使用該格式的連結
fix-schema-unknown-format = 資訊清單的格式 (manifestVersion) 不是 Microsoft 已發佈的格式，因此沒有可用的官方連結
fix-schema-not-text = 連結存在，但不是文字，因此無法得知它原本要表達的內容
fix-schema-not-fixed = 「{ $file }」的結構描述連結沒有修正：{ $reason }。
fix-who-developer = 您的開發人員。
fix-schema-missing = 缺少
fix-what-schema-link = 「{ $file }」的結構描述連結 ({ $field })
fix-icon-outline = 外框圖示
fix-icon-color = 彩色圖示
fix-icon-small-color = 小型彩色圖示
fix-who-icon-maker = 負責設計圖示的人（或您的開發人員）。
fix-icon-not-fixed = { $icon }「{ $file }」沒有修正：{ $reason }
fix-icon-shared = 同一個檔案也是{ $other }，而後者需要不同的大小或色彩；每個圖示都需要自己的檔案。
fix-icon-not-png = 它不是 PNG 圖片；請先將它儲存為 PNG。
fix-icon-not-square = 它是 { $width } × { $height } 像素，不是正方形；將它調整為 { $want } × { $want } 會讓圖片變形，而裁切則需要由人來判斷。
fix-icon-too-large = 它是 { $width } × { $height } 像素，太大而無法安全開啟（圖示應為 { $want } × { $want }）。
fix-icon-damaged = 它是損毀的 PNG 圖片，無法開啟。
fix-icon-no-transparency = 它沒有任何透明像素，因此將它改為白色只會得到一個白色方塊。外框圖示必須是透明背景上的白色應用程式形狀。
fix-icon-not-saved = 調整大小後的圖片無法儲存為 PNG。
fix-icon-size = { $width } × { $height } 像素
fix-icon-whitened = { $want } × { $want } 像素，透明背景上的白色圖案（已將 { $count } 個像素改為白色，並保留透明度）
fix-what-icon = { $icon }「{ $file }」
report-mark-ok = 通過
report-mark-fix = 需修正
report-mark-warn = 請檢查
report-mark-skip = 不需要
report-mark-info = 注意
report-mark-step = 下一步
report-mark-yes = 是
report-mark-no = 否
report-mark-added = 已新增
report-mark-removed = 已移除
report-mark-changed = 已變更
punctuation-colon = {"："}
report-tag-pass = 通過
report-tag-fix = 需修正
report-tag-warn = 請檢查
report-tag-skip = 不需要
report-tag-note = 注意
report-tag-next = 下一步
report-tag-yes = 是
report-tag-no = 否
store-consequence-unused-files = 因此，套件不再使用已發佈版本使用過的 { $count } 個檔案（{ $files }）。修正此問題後它們會再次被使用，所以請不要刪除。
report-files-not-compared = 未比較圖示和套件中的其他檔案，因為提供的是 manifest.json 而不是套件。請開啟兩個 .zip 應用程式套件進行比較。
change-value-before = 之前
change-value-now = 現在
report-finding-place = { $place }，位於 { $file }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = 基本資訊 › 版本
portal-basic-app-names = 基本資訊 › 應用程式名稱
portal-basic-descriptions = 基本資訊 › 描述
portal-basic-developer-information = 基本資訊 › 開發人員資訊
portal-branding-color-icon = 品牌 › 彩色圖示
portal-branding-outline-icon = 品牌 › 外框圖示
portal-features-bot = 應用程式功能 › Bot
portal-features-personal-app = 應用程式功能 › 個人應用程式

## Command line (src/cli.rs, src/cli/)
cli-error = 錯誤：{ $error }
cli-unknown-language = 錯誤：--lang：「{ $tag }」不是這個應用程式支援的語言。請從下列語言中選擇一種：{ $tags }。
cli-nothing-fixed = 沒有任何問題可以自動修正，因此沒有儲存複本。
cli-copy-not-saved = 錯誤：無法將修正後的複本儲存為 { $path }（{ $error }）。請使用 --output 選擇其他位置，或確認磁碟有足夠的空間，且資料夾可以寫入。
cli-copy-saved = 已儲存修正後的複本：{ $path }
cli-fixed-heading = 已修正（{ $count }）：
cli-fixed-step = { $what }：原為 { $before }，現為 { $after }
cli-not-fixed-heading = 無法在這裡修正（{ $count }）：
cli-problem = 問題
cli-not-fixed-item = { $title }：{ $message }
cli-who-can-fix = 誰可以修正：{ $who }
cli-fix-result = { $which ->
    [fixed] 修正後的複本
   *[new] 新版本
}：{ $headline }
cli-output-not-written = 錯誤：無法寫入輸出（{ $error }）。請確認磁碟有足夠的空間，且檔案可以寫入。
cli-could-not-load-side = 錯誤：無法載入{ $side }檔案：{ $error }
cli-could-not-load = 錯誤：無法載入 { $file }：{ $error }
cli-input-error-at = { $place }：{ $problem }。{ $fix }
cli-input-error = { $problem }。{ $fix }
cli-app-id-error = 錯誤：--app-id：{ $error }
cli-app-id-in-file = 錯誤：{ $path } 中的應用程式識別碼：{ $error }（或使用 --app-id 提供識別碼。）
cli-label-error = 錯誤：--label：{ $error }
cli-no-window-in-build = 這個 teams-update-check 組建沒有視窗（建置時未包含 `gui` 功能）。請使用 `teams-update-check check OLD NEW`；請參閱 `teams-update-check --help`。
cli-no-display = 錯誤：找不到顯示器，因此無法開啟視窗（這看起來像是沒有桌面環境的伺服器、容器或遠端殼層）。命令列不需要顯示器也能運作：請執行 `teams-update-check check PUBLISHED NEW`（請參閱 `teams-update-check --help`）。
cli-window-not-opened = 錯誤：無法開啟視窗：找不到顯示器，或電腦的圖形系統無法啟動視窗。命令列不需要視窗也能運作：請執行 `teams-update-check check PUBLISHED NEW`（請參閱 `teams-update-check --help`）。

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = 版本 { $version }
app-close = 關閉
app-cancel = 取消
app-where = 位置：{ $place }
app-the-file = 檔案
app-the-app = 應用程式
app-copied = 已將{ $what }複製到剪貼簿
app-clipboard-failed = 無法使用剪貼簿（{ $error }）。請選取下方的文字，然後手動複製。
app-no-clipboard = 沒有剪貼簿

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = 您的檔案會留在這部電腦上：不會上傳任何內容。檔案只會被讀取，絕不會被變更。
app-tagline = 在提交前檢查您的 Teams 應用程式更新
app-about = 關於
app-about-hover = 版本、授權，以及這個應用程式如何處理您的檔案
app-language = 語言
app-language-hover = 視窗及其匯出之報告所使用的語言
app-language-system = 與這部電腦相同（{ $language }）
app-export = 匯出報告…
app-export-hover = 將這份報告儲存為 Markdown 或 HTML（{ $shortcut }）
app-export-disabled-hover = 請先開啟兩個版本
app-try-example = 試用範例
app-try-example-hover = 載入內建的範例更新（這個更新需要使用者核准）
app-paste-path-first = 請先貼上檔案的完整路徑。
app-no-file-dialog = 這部電腦無法開啟檔案對話方塊。請將檔案拖放到視窗上，或將完整路徑貼到卡片中。
app-fixed-copy-saved = 已儲存修正後的複本：{ $path }。它現在已開啟為新版本。
app-button-needs-new-version = 請先開啟新版本：按鈕會使用它的應用程式識別碼。
app-what-button-html = 按鈕 HTML
app-what-link = 連結
app-too-many-dropped = 只使用了拖放的前兩個檔案。
app-notice-not-opened = 無法開啟協力廠商聲明。請從檔案管理員開啟 { $path }。
app-same-file = 兩張卡片顯示的是同一個檔案，因此不可能有任何變更。請在右側開啟新版本。
app-checking = 正在檢查…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = Teams Update Check 在讀取這個檔案時發生內部問題（這是工具本身的錯誤，不一定是您的檔案有問題）
app-internal-read-fix = 請嘗試「重新載入」。如果再次發生，請回報給我們並附上這個檔案；在此同時，您可以在 Teams 開發人員入口網站中檢查這個檔案。
app-internal-check = Teams Update Check 在比較兩個檔案時發生內部問題（這是工具本身的錯誤）。請嘗試「重新載入」；如果再次發生，請附上檔案回報給我們。
app-internal-write = Teams Update Check 在寫入檔案時發生內部問題（這是工具本身的錯誤）。請再試一次。
app-open-dialog-title = { $side ->
    [old] 開啟已發佈版本（目前在市集中的版本）
   *[new] 開啟新版本（要提交的版本）
}
app-filter-manifest-or-package = Teams 資訊清單或應用程式套件
app-filter-all-files = 所有檔案
app-save-report-title = 儲存報告
app-filter-html = 網頁 (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = 在您將 Microsoft Teams 應用程式的更新提交到市集之前進行檢查：更新是否準備就緒、是否會要求使用者再次核准應用程式，以及變更了哪些內容。
app-about-privacy-heading = 您的檔案會留在這部電腦上
app-about-privacy = 這個應用程式只會讀取您開啟的檔案，絕不會變更它們。它不會建立任何網路連線：不會將任何資料傳送到任何地方，用來檢查的 Microsoft 結構描述也都內建在應用程式中。
app-about-license-heading = 授權
app-about-license = Teams Update Check 是採用 MIT 授權的自由軟體。
app-about-show-license = 顯示授權
app-about-third-party-heading = 協力廠商軟體
app-about-third-party = 這個應用程式使用開放原始碼元件建置；每個元件的授權都列在應用程式隨附的協力廠商聲明中。
app-about-open-notice = 開啟協力廠商聲明
app-about-no-notice = 這份應用程式不是從安裝套件安裝的，因此旁邊沒有開放原始碼元件及其授權的清單（{ $file }）。已安裝的應用程式會附有這份清單。
app-about-trademark = 本應用程式並非由 Microsoft 製作或背書。Microsoft Teams 是 Microsoft 集團旗下公司的商標。

# The download button panel (src/app/button_panel.rs)
app-button-heading = 您網站的下載按鈕
app-button-intro = 將這個按鈕放在您的產品網站上，讓訪客可以在 Teams 中取得您的應用程式。您的應用程式在 Teams 市集上線後，連結就能運作。
app-button-text = 按鈕文字
app-button-look = 外觀
app-button-look-named = 外觀：{ $style }
app-button-size = 大小
app-button-size-named = 大小：{ $size }
app-button-hint-filled = Teams 紫色搭配白色文字：在淺色和深色頁面上都清楚易讀。
app-button-hint-outline = 透明背景上的紫色文字和框線：只適用於淺色頁面。在深色頁面上，請選擇「紫色」或「深色」。
app-button-hint-dark = 近黑色搭配白色文字：適用於淺色和內容繁雜的頁面（在黑色頁面上不會顯眼）。
app-button-app-id = 應用程式識別碼
app-button-app-id-hover = 您的應用程式在 Teams 市集中的識別碼。它取自新的資訊清單；輸入其他識別碼（例如合作夥伴中心的市集識別碼）即可改用該識別碼。
app-button-app-id-from-manifest = { $id }（取自新版本的資訊清單）
app-button-app-id-hint = 若要使用其他應用程式識別碼，請在這裡輸入或貼上
app-button-placeholder-id = 新資訊清單的識別碼看起來像是預留位置；請在上方輸入您真正的應用程式識別碼。
app-button-preview = 預覽
app-button-copy-html = 複製 HTML
app-button-copy-html-hover = 複製按鈕的 HTML 程式碼，以貼到您的網站中（{ $shortcut }）
app-button-copy-link = 複製連結
app-button-open-preview = 在瀏覽器中開啟預覽
app-button-open-preview-hover = 在網頁瀏覽器中查看實際的按鈕
app-button-show-html = 顯示 HTML 程式碼
app-button-html-label = 要貼到您頁面中的 HTML：
app-preview-not-written = 無法寫入預覽頁面（{ $error }）。請改為複製 HTML，並貼到您自己的頁面中。
app-preview-no-address = 頁面沒有檔案位址
app-preview-opened = 已要求您的網頁瀏覽器開啟預覽。如果沒有出現瀏覽器視窗，請在瀏覽器中開啟 { $path }。
app-preview-no-browser = 無法啟動網頁瀏覽器（{ $error }）。預覽頁面已儲存在 { $path }：請在瀏覽器中開啟它。
app-preview-page-title = 按鈕預覽
app-preview-on-light = 在淺色頁面上：
app-preview-on-grey = 在灰色頁面上：
app-preview-on-dark = 在深色頁面上：

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] 已發佈版本
   *[new] 新版本
}
app-card-hint = { $side ->
    [old] 目前在 Teams 市集中的版本
   *[new] 您要提交的更新
}
app-reversed = 新版本的版本號碼比已發佈版本低。是不是把兩者開啟反了？
app-swap = 對調兩者
app-swap-hover = 交換已發佈版本和新版本
app-card-empty = 將 manifest.json 或應用程式套件 (.zip) 拖放到這裡，或
app-card-reading = 正在讀取 { $file }…
app-card-icon-alt = { $name } 的彩色圖示
app-card-icon-hover = 套件中的應用程式彩色圖示
app-card-no-name = （資訊清單中沒有應用程式名稱）
app-card-file = 檔案：{ $file }
app-card-manifest-format = 資訊清單格式 { $schema }
app-card-not-given = 未提供
app-card-manifest-format-hover = manifestVersion：撰寫這個檔案所用的 Microsoft 資訊清單格式版本
app-card-could-not-load = 無法載入 { $file }
app-card-what-is-wrong = 問題：{ $problem }
app-card-what-to-do = 處理方式：{ $fix }
app-card-open = 開啟…
app-card-open-hover = 選擇 manifest.json 或 .zip 應用程式套件（{ $shortcut }）
app-card-open-named = { $side ->
    [old] 開啟已發佈版本…
   *[new] 開啟新版本…
}
app-card-reload = 重新載入
app-card-reload-hover = 重新讀取檔案（{ $shortcut }）
app-card-reload-named = { $side ->
    [old] 重新載入已發佈版本
   *[new] 重新載入新版本
}
app-card-clear = 清除
app-card-clear-named = { $side ->
    [old] 清除已發佈版本
   *[new] 清除新版本
}
app-card-typed-path = 將檔案拖放到這個視窗上，或在這裡貼上完整路徑：
app-card-typed-path-hover = 在 Linux 上，對話方塊需要桌面環境的檔案選擇器（xdg-desktop-portal 服務）或 zenity 程式。
app-card-path-example-windows = C:\Users\you\Downloads\app-package.zip
app-card-path-example = /home/you/Downloads/app-package.zip
app-card-path-named = { $side ->
    [old] 已發佈版本檔案的路徑
   *[new] 新版本檔案的路徑
}
app-card-open-typed = 開啟
app-drop-overlay = 拖放到卡片上，即可在該處載入檔案
app-drop-question = 這是哪個版本？
app-drop-load-as = 將 { $file } 載入為：

# Saving the report (src/app/export.rs)
app-report-saved = 報告已儲存到 { $path }
app-report-saved-no-dialog = 這部電腦無法開啟儲存對話方塊，因此報告已儲存到 { $path }
app-export-is-input = 未儲存：{ $path } 是您正在檢查的檔案之一。請選擇其他名稱。
app-export-failed = 無法將報告儲存到 { $path }（{ $error }）。請選擇您可以寫入的資料夾。

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = 修正後的複本：{ $path }
app-fix-repaired = { $what }：原為 { $before }，現為 { $after }
app-fix-left = { $problem } 誰可以修正：{ $who }
app-fix-save = 儲存修正後的複本…
app-fix-save-hover = 儲存一個包含安全修復（版本號碼、結構描述連結、圖示、未使用的檔案）的新套件；您的檔案不會被變更。之後複本會開啟為新版本。
app-fix-some-repairable = 其中有些問題可以為您自動修復。
app-fix-version-label = 複本的版本：
app-fix-version-named = 修正後複本的版本
app-fix-leave-empty = 保留空白即可使用 { $proposed }（已發佈版本是 { $published }）。
app-fix-no-dialog = 這部電腦無法開啟儲存對話方塊。請輸入修正後複本的儲存位置：
app-fix-path-named = 修正後複本的路徑
app-fix-save-copy = 儲存複本
app-fix-folder-hover = 儲存一個新套件，並將檔案從資料夾移到根目錄，也就是 Teams 尋找檔案的位置；您的檔案不會被變更。
app-fix-folder = 新版本的檔案位於套件內的資料夾中：複本可以將它們移到根目錄。
app-fix-dialog-title = 儲存新版本的修正後複本
app-internal-fix = Teams Update Check 在製作修正後的複本時發生內部問題（這是工具本身的錯誤）。您的檔案沒有被變更。
app-fix-not-read-again = 無法重新讀取新版本（{ $error }）。請再開啟一次。
app-fix-not-made = 無法製作修正後的複本：{ $error }
app-fix-nothing = 沒有任何問題可以自動修復；剩下的問題需要由人處理（請參閱清單）。
app-fix-not-saved = 無法將修正後的複本儲存為 { $path }（{ $error }）。請選擇其他位置。

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = 您檔案中的部分文字使用{ $scripts }，但這部電腦上沒有任何字型可以顯示，因此會顯示為空白方框。請安裝{ $fix }，然後重新開啟 Teams Update Check 即可看到這些文字。檢查本身不受影響：檢查結果是完整的。
app-font-fix-other = 包含這些字元的字型
app-font-fix-emoji = 表情符號字型（例如 Noto Color Emoji）
app-font-fix-script = { $scripts }字型（例如免費的 Noto 字型系列）
app-list-and = { $first }和{ $last }
app-hide = 隱藏
app-script-greek = 希臘文
app-script-cyrillic = 斯拉夫文
app-script-armenian = 亞美尼亞文
app-script-hebrew = 希伯來文
app-script-arabic = 阿拉伯文
app-script-devanagari = 印地文（天城文）
app-script-bengali = 孟加拉文
app-script-gurmukhi = 旁遮普文（古木基文）
app-script-gujarati = 古吉拉特文
app-script-odia = 奧里雅文
app-script-tamil = 坦米爾文
app-script-telugu = 泰盧固文
app-script-kannada = 康納達文
app-script-malayalam = 馬拉雅拉姆文
app-script-sinhala = 僧伽羅文
app-script-thai = 泰文
app-script-lao = 寮文
app-script-tibetan = 藏文
app-script-burmese = 緬甸文
app-script-georgian = 喬治亞文
app-script-korean = 韓文
app-script-ethiopic = 阿姆哈拉文（衣索比亞文）
app-script-khmer = 高棉文
app-script-emoji = 表情符號
app-script-japanese = 日文
app-script-chinese = 中文
app-script-other = 其他字元

# The report's own labels (src/app/report_view.rs)
app-sources = 來源：
app-source-link = 來源 ↗
app-for-developers = 給開發人員：{ $lines }
app-show-details = 顯示詳細資料
app-show-details-hover = 捲動到下方這個問題的詳細資料
app-why = 原因：{ $why }
app-who-can-fix = 誰可以修正：
app-select-to-copy = 選取文字即可複製其中一部分
app-copy-full-value = 複製完整值
app-copy-full-value-hover = 將完整的值複製到剪貼簿
app-copy-hover = 將文字複製到剪貼簿，以便貼到其他地方
app-show-the-text = 顯示文字
app-developer-details = 開發人員詳細資料

# The welcome page (src/app/welcome.rs)
app-welcome-heading = 使用方式
app-welcome-step-1 = 1. 在左側開啟您的應用程式目前在 Teams 市集中的版本：它的 manifest.json，或您上傳的 .zip 應用程式套件。
app-welcome-step-2 = 2. 在右側開啟您要提交的更新。
app-welcome-step-3 = 3. 閱讀結果：更新是否準備就緒、是否會要求使用者再次核准應用程式，以及變更了哪些內容。
app-welcome-step-4 = 4. 複製網站用的下載按鈕。
app-welcome-shortcuts = 您也可以將檔案拖放到視窗上。快速鍵：{ $open_old } 開啟已發佈版本，{ $open_new } 開啟新版本，{ $export } 匯出報告，{ $copy_html } 複製按鈕 HTML，{ $reload } 重新載入。
app-welcome-where-heading = 要從哪裡取得已發佈版本？
app-welcome-where-intro = 請使用 Microsoft 目前所擁有的應用程式套件，而不是您之後一直在編輯的檔案。請從您發佈應用程式的地方取得：
app-welcome-where-portal = 開發人員入口網站 (dev.teams.microsoft.com)：開啟「應用程式」，選取您的應用程式，然後選擇「下載應用程式套件」。請在您於該處進行變更之前完成這個步驟：編輯應用程式之後，下載的套件就會是新版本。
app-welcome-where-partner = 合作夥伴中心 (partner.microsoft.com)，適用於 Teams 市集中的應用程式：開啟您的 Teams 應用程式供應項目，並下載上線版本所上傳的應用程式套件。
app-welcome-where-admin = Teams 系統管理中心 (admin.teams.microsoft.com)，適用於只發佈到您組織的應用程式：您的 Teams 系統管理員可以在「Teams 應用程式」›「管理應用程式」下取得它的套件。
app-welcome-where-records = 您自己的紀錄：您上次上傳的 .zip（例如 Teams Toolkit 會將它保存在專案的 appPackage/build/ 中）。
app-welcome-where-new = 新版本就是您即將上傳的套件：在開發人員入口網站中完成變更後取得的套件，或您的開發人員交給您的 .zip。

# Teams Update Check: every sentence a user can read, in Korean (한국어).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: agent-capability-dataverse, agent-capability-fabric, agent-sign-in-oauth, app-card-path-example, app-card-path-example-windows, app-filter-markdown, app-name, change-scope-copilot, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = 아이콘 { $count }개

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = 앱 ID가 그대로 유지됨
check-version-format-title = 버전 번호가 올바르게 작성됨
check-version-incremented-title = 버전 번호가 올라감
check-app-id-changed = 앱 ID가 { $old }에서 { $new }(으)로 바뀌었습니다. 업데이트는 게시된 앱의 ID를 그대로 유지해야 합니다. ID가 바뀌면 스토어는 다른 앱으로 취급합니다. 이전 ID로 되돌리세요.
check-app-id-not-guid = 두 파일의 앱 ID는 같지만 “{ $id }”은(는) 실제 앱 ID(0b5c3d6e-1234-4abc-9def-00112233aabb 같은 GUID)가 아닙니다. 빌드 도구가 채우는 자리 표시자로 보입니다. 실제로 제출하는 패키지를 확인하세요.
check-app-id-same = 앱 ID가 { $id } 그대로 유지됩니다.
check-version-too-long = 새 버전 “{ $version }”이(가) 256자를 넘습니다.
check-version-not-three-numbers = 새 버전 “{ $version }”은(는) 1.4.2처럼 점으로 구분된 세 개의 정수가 아닙니다(문자, 앞자리 0, “-beta” 등은 사용할 수 없음). 스토어는 다른 형식을 거부합니다.
check-version-addin-part-too-big = 새 버전 “{ $version }”에 99999보다 큰 부분이 있습니다. Office 추가 기능(`extensions` 섹션)에서는 이를 허용하지 않습니다.
check-version-well-formed = 새 버전 { $version }은(는) 스토어가 요구하는 형식으로 작성되었습니다.
check-version-nothing-changed = 변경된 내용이 없으므로 버전을 바꿀 필요가 없습니다.
check-version-goes-up = 버전이 { $old }에서 { $new }(으)로 올라갑니다.
check-version-unchanged = 버전은 그대로({ $new })인데 변경된 내용이 있습니다. 무엇이든 바뀌면 버전을 올려야 합니다. { $old }보다 높게, 예를 들어 { $next }(으)로 올리세요.
check-version-same-number = 버전이 { $old }에서 { $new }(으)로 바뀌지만, 이는 같은 번호를 다르게 쓴 것일 뿐(빠진 부분은 0으로 간주) 더 높은 번호가 아닙니다. { $old }보다 높게, 예를 들어 { $next }(으)로 올리세요.
check-version-lower = 새 버전 { $new }이(가) 게시된 버전 { $old }보다 낮습니다. 두 파일을 반대로 지정하지 않았나요? 게시된 버전이 먼저, 새 버전이 두 번째입니다. 그렇지 않다면 새 버전을 { $old }보다 높게 올리세요.
check-version-not-comparable = { $which ->
    [published] 게시된 버전
   *[new] 새 버전
} “{ $version }”{ $reason ->
    [long] 에 18자리보다 긴 부분이 있어서
   *[signs] 이(가) 숫자와 점으로만 이루어져 있지 않아서
} 버전을 비교할 수 없습니다. 새 버전이 게시된 버전보다 높은지 확인하세요.
check-version-higher-number = 더 높은 번호

## Store checks (src/store/)
store-activities-title = 활동 피드 알림 유형이 고유하며 예약된 이름이 아님
store-agent-files-title = 모든 Copilot 에이전트 파일을 읽을 수 있음
store-localization-agent-default-file-title = 번역된 에이전트에 기본 언어 파일이 있음
store-agent-localization-keys-title = 모든 번역 파일에 에이전트의 지역화 키가 있음
store-agent-name-match-title = 에이전트와 작업의 이름이 앱 이름과 같음
store-agent-operations-title = 모든 에이전트 함수와 API 명령에 해당 API 작업이 있음
store-agent-schema-title = Copilot 에이전트 파일이 Microsoft 공식 스키마와 일치함
store-agent-schema-url-title = Copilot 에이전트 파일이 자기 형식의 스키마에 연결됨
store-agent-text-hygiene-title = 에이전트 설명과 지침에 웹 주소, 이모지, 숨겨진 문자가 없음
store-agent-urls-title = Copilot 에이전트가 실제 https 주소를 호출함
store-api-message-extension-title = 메시지 확장이 유형별 업로드 규칙을 따름
store-app-name-core-feature-title = 짧은 이름이 Teams 기능 이름으로 시작하지 않음
store-bot-id-guid-title = 봇 ID가 GUID임
store-bot-id-kept-title = 봇이 게시된 ID를 유지함
store-cea-bot-id-title = 사용자 지정 엔진 에이전트가 앱의 봇 중 하나임
store-channel-features-title = 공유 채널과 비공개 채널에서 작동하는지 명시함
store-bot-command-slash-title = 봇 명령이 슬래시로 시작하지 않음
store-bot-command-duplicate-title = 각 봇 명령이 목록에 한 번만 나옴
store-me-command-duplicate-title = 메시지 확장의 각 작업 명령이 한 번만 나옴
store-consequential-actions-title = 데이터를 변경하는 작업은 먼저 사용자에게 확인함
store-da-actions-title = 에이전트에 작업이 있음
store-da-graph-connectors-blank-title = 에이전트가 조직의 모든 Copilot 커넥터를 사용함
store-da-starters-count-title = 에이전트에 대화 시작 문구가 3~6개 있음
store-dashboard-cards-title = 대시보드 카드마다 아이콘이 하나이고 ID가 고유함
store-descriptions-title = 자세한 설명이 간단한 설명보다 많은 내용을 500단어 이내로 담음
store-https-urls-title = 웹 주소가 안전함(https)
store-icon-color-title = 색 아이콘이 192 × 192 PNG임
store-icon-color32x32-title = 작은 색 아이콘이 32 × 32 PNG임
store-icon-outline-title = 윤곽선 아이콘이 투명 배경에 흰색이며 32 × 32임
store-localization-title = 번역 파일이 올바르고 매니페스트 형식과 일치함
store-localization-tags-title = 언어마다 번역 파일이 하나씩 있음
store-long-description-copilot-title = 자세한 설명에 Microsoft 365 Copilot에서 작동한다고 명시함
store-manifest-version-title = 매니페스트가 스토어에서 허용하는 형식을 사용함
store-me-sample-prompts-title = 메시지 확장 명령마다 서로 다른 샘플 프롬프트가 3개 있음
store-package-extra-files-title = 패키지에 매니페스트가 사용하는 파일만 있음
store-package-files-title = 매니페스트가 지정한 모든 파일이 패키지에 있음
store-package-name-deprecated-title = 더 이상 사용되지 않는 packageName 필드가 없음
store-package-size-title = 패키지 크기가 10MB 이하임
store-placeholders-title = 템플릿 자리 표시자가 남아 있지 않음
store-required-texts-title = 이름, 설명, 개발자 이름이 입력됨
store-schema-title = 매니페스트가 Microsoft 공식 스키마와 일치함
store-schema-url-title = 스키마 링크가 매니페스트 형식과 일치함
store-static-tab-names-title = 개인 탭 이름이 올바름
store-valid-domains-title = 유효한 도메인이 자체 프로덕션 도메인임
store-valid-domains-coverage-title = 탭 페이지가 유효한 도메인에 있음
store-version-major-title = 버전이 1.0.0 이상임
store-activities-reserved = 활동 유형 “systemDefault”는 Teams가 자체 알림용으로 예약한 이름이라 업로드 서비스에서 거부합니다. 이 알림 유형에 “taskAssigned”처럼 고유한 이름을 지정하세요(개발자의 코드가 이 이름으로 알림을 보냅니다).
store-activities-duplicate = 활동 유형 “{ $kind }”이(가) 두 번 이상 선언되어 있어 업로드 서비스에서 거부합니다. 항목을 하나만 남기세요.
store-agent-files-broken = { $problem }
store-agent-files-too-large = { $what } “{ $file }”의 크기는 { $size }입니다. 이 점검에서 패키지 파일 하나의 크기는 최대 { $limit }이며, 이렇게 큰 파일은 의도한 파일이 아닐 가능성이 매우 높습니다. 개발자가 파일 크기를 줄이거나 다른 파일로 바꿔야 합니다.
store-agent-files-too-many = 패키지에서 읽어야 할 에이전트 파일이 { $limit }개를 넘어서 “{ $file }” 및 그 뒤의 파일은 점검하지 않았습니다. 앱의 에이전트에 필요한 파일은 훨씬 적으므로 개발자가 에이전트 파일에서 지정한 파일을 확인해야 합니다.
store-agent-name-match-differs = { $what }의 이름은 “{ $name }”({ $kind ->
    [action] 사용자에게 표시되는 작업 이름
   *[agent] 에이전트 이름
}, “{ $file }”에 있음)이지만 앱 이름은 “{ $app }”입니다. 에이전트 스토어에서는 앱, 앱의 에이전트, 에이전트의 작업이 모두 같은 이름이어야 합니다. 개발자가 이름을 “{ $app }”(으)로 바꿔야 합니다(또는 앱 이름을 이에 맞게 바꾸세요).
store-localization-agent-default-file-missing = Copilot 에이전트가 번역되어 있고(파일에 [[agentName]] 같은 지역화 키를 사용) 앱에 다른 언어도 나열되어 있지만, 기본 언어의 번역 파일(defaultLanguageFile)이 없습니다. 번역된 에이전트에는 기본 언어를 포함해 지원하는 모든 언어의 파일이 필요합니다. 개발자가 파일을 추가하고 매니페스트에 지정해야 합니다.
store-localization-agent-default-file-advice = 앱에 다른 언어가 나열되어 있지만 기본 언어의 번역 파일(defaultLanguageFile)이 없습니다. Copilot 에이전트가 두 개 이상의 언어를 지원한다면 기본 언어를 포함해 모든 언어의 파일이 필요합니다.
store-agent-localization-keys-lacking = 번역 파일 “{ $file }”에 Copilot 에이전트가 사용하는 지역화 키 { $count }개({ $keys })가 없습니다. 업로드 서비스는 번역할 수 없는 에이전트 텍스트를 거부합니다. 개발자가 이 파일의 localizationKeys 아래에 해당 키를 추가해야 합니다.
store-agent-operations-command = 메시지 확장 명령 “{ $command }”에 해당하는 ID(operationId)의 API 작업이 API 설명 “{ $file }”에 없습니다. 이대로면 사용자가 명령을 실행할 때마다 실패합니다. 개발자가 명령을 API 작업과 맞춰야 합니다.
store-agent-operations-undefined-function = 에이전트 작업 파일 “{ $file }”이(가) 정의하지 않은 함수 “{ $function }”을(를) 실행합니다(파일의 함수 목록에 없음). 개발자가 함수를 추가하거나 이름을 고쳐야 합니다.
store-agent-operations-function = 에이전트 함수 “{ $function }”에 해당하는 ID(operationId)의 API 작업이 API 설명 “{ $file }”에 없습니다. 이대로면 Copilot이 이 함수를 시도할 때마다 실패합니다. 개발자가 함수를 API 작업과 맞춰야 합니다.
store-agent-schema-url-mismatch = “{ $file }”의 스키마 링크는 { $linked } 형식용이지만 파일에는 { $version } 형식을 따른다고 되어 있습니다. 편집기가 올바른 규칙으로 파일을 점검할 수 있도록 개발자가 { $version } 스키마를 연결해야 합니다.
store-schema-whole = { $kind ->
    [localization] 지역화 파일
    [declarative-agent] Copilot 에이전트 파일
    [plugin] 에이전트 작업 파일
    [agentic-user] 에이전트 사용자 템플릿
    [response-template] 응답 템플릿
   *[manifest] 매니페스트
}
store-schema-at-top = { $kind ->
    [localization] 지역화 파일
    [declarative-agent] Copilot 에이전트 파일
    [plugin] 에이전트 작업 파일
    [agentic-user] 에이전트 사용자 템플릿
    [response-template] 응답 템플릿
   *[manifest] 매니페스트
}의 최상위 수준
store-schema-in-field = { $field } 안
store-schema-manifest-format = 매니페스트 형식 { $format }
store-schema-renamed-field = { $field }에 `{ $unknown }`이(가) 있지만 { $format }에서는 이 자리에 필수 필드 `{ $missing }`이(가) 있어야 합니다. `{ $unknown }`의 이름을 `{ $missing }`(으)로 바꾸세요.
store-schema-missing-one-of = { $field }에 필수 필드 `{ $first }`(또는 이를 대신할 { $others })이(가) 없습니다. 추가하세요.
store-schema-max-length = { $field }은(는) 최대 { $limit }자까지 쓸 수 있는데 현재 { $count }자입니다.
store-schema-min-length = { $field }은(는) 최소 { $limit }자 이상이어야 하는데 현재 { $count }자입니다.
store-schema-max-items = { $field }에는 항목을 최대 { $limit }개까지 넣을 수 있는데 현재 { $count }개입니다.
store-schema-min-items = { $field }에는 항목이 최소 { $limit }개 있어야 하는데 현재 { $count }개입니다.
store-schema-uri = { $field }은(는) 스킴을 포함한 전체 웹 주소여야 합니다(예: https://www.contoso.com/help). 현재 값은 { $value }입니다.
store-schema-constant = { $field }의 값은 { $expected }(이)어야 하는데 현재 값은 { $value }입니다.
store-schema-required = { $field }에 필수 필드 `{ $name }`이(가) 없습니다. 추가하세요.
store-schema-type = { $field }은(는) { $expected }(이)어야 하는데 현재 값은 { $value }입니다.
store-schema-type-name = { $kind ->
    [string] 텍스트(큰따옴표로 묶음)
    [object] 개체(`{"{"} … {"}"}`)
    [array] 목록(`[ … ]`)
    [boolean] true 또는 false
    [integer] 정수
    [number] 숫자
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first } 또는 { $second }
store-schema-unique-items = { $field }에 같은 항목이 두 번 이상 있습니다. 각 항목은 한 번만 넣으세요.
store-schema-no-form = { $field }이(가) { $format }에서 이 위치에 허용하는 형태 중 어느 것과도 일치하지 않습니다. 이 필드의 참조 문서와 비교해 보세요.
store-schema-several-forms = { $field }이(가) { $format }에서 이 위치에 허용하는 형태 중 두 개 이상과 일치합니다. 정확히 하나와만 일치해야 합니다.
store-schema-maximum = { $field }은(는) 최대 { $limit }까지 가능한데 현재 값은 { $value }입니다.

store-schema-minimum = { $field }은(는) 최소 { $limit } 이상이어야 하는데 현재 값은 { $value }입니다.
store-schema-max-properties = { $field }에는 필드를 최대 { $limit }개까지 넣을 수 있습니다.
store-schema-min-properties = { $field }에는 필드가 최소 { $limit }개 있어야 합니다.
store-schema-other = { $field }이(가) { $format }을(를) 따르지 않습니다: { $problem }.
store-schema-pattern-guid = “0b5c3d6e-1234-4abc-9def-00112233aabb” 같은 GUID 형식의 ID
store-schema-pattern-https = “{ $example }”처럼 https://로 시작하는 보안 웹 주소
store-schema-pattern-color = “#4F6BED”처럼 # 뒤에 16진수 여섯 자리를 쓴 색
store-schema-pattern-version = “1.0.0”처럼 숫자와 점으로 된 버전
store-schema-pattern-other = { $field }이(가) 매니페스트 형식에서 요구하는 방식으로 작성되지 않았습니다(패턴 { $pattern }과(와) 일치해야 함). 현재 값은 “{ $value }”입니다.
store-schema-pattern = { $field }은(는) { $expected }(이)어야 하는데 현재 값은 “{ $value }”입니다.
store-schema-enum = { $field }은(는) { $allowed } 중 하나여야 하는데 현재 값은 { $value }입니다.
store-schema-enum-hint = { $field }은(는) { $allowed } 중 하나여야 하는데 현재 값은 { $value }입니다. `{ $option }`을(를) 입력하려고 하셨나요?
store-schema-needs-later-format = `{ $property }`에는 매니페스트 형식 { $later } 이상이 필요한데 현재 { $format }을(를) 사용하고 있습니다. 형식 { $later }(으)로 옮기거나(manifestVersion과 { $schema_field } 업데이트) `{ $property }`을(를) 제거하세요.
store-schema-unknown-field = `{ $property }`은(는) { $format }에서 { $place }에 허용하는 필드가 아닙니다. 철자와 대소문자를 확인하거나 제거하세요.
store-schema-sentences = { $first } { $second }
store-schema-no-sentence = {""}
store-localization-too-large = 지역화 파일 “{ $file }”이(가) 4MiB보다 큽니다. 지역화 파일에는 번역된 텍스트가 몇 개만 들어갑니다.
store-localization-not-json = 지역화 파일 “{ $file }”이(가) 올바른 JSON이 아닙니다: { $problem }. 텍스트 편집기에서 파일을 열고 { $line }줄 { $column }열을 고치세요.
store-localization-not-object = 지역화 파일 “{ $file }”은(는) `{"{"}`(으)로 시작하는 JSON 개체여야 하는데 { $value }입니다.
store-localization-in-file = “{ $file }”: { $problem }
store-schema-url-add-later = 매니페스트를 게시된 형식으로 옮긴 뒤(“매니페스트가 스토어에서 허용하는 형식을 사용함” 참조) 그 형식의 링크를 추가하세요.
store-schema-url-add = "{ $schema_field }": "{ $example }"을(를) 추가하세요.
store-schema-url-missing = 스키마 링크(`{ $schema_field }`)가 없거나 텍스트가 아닙니다. { $add }
store-schema-url-unusual = 스키마 링크 “{ $link }”은(는) 일반적인 링크가 아닙니다. Teams 매니페스트 형식을 가리키지 않습니다. 일반적인 링크는 “{ $example }”입니다.
store-schema-url-preview = 스키마 링크(`{ $schema_field }`)는 형식 { $named }을(를) 가리키지만 manifestVersion은 “{ $format }”입니다. 링크가 미리 보기 형식을 가리키게 하지 마세요. 스토어는 미리 보기 형식 자체를 거부합니다. 매니페스트를 게시된 형식으로 옮기고(“매니페스트가 스토어에서 허용하는 형식을 사용함” 참조) 이 링크도 같은 형식을 가리키게 하세요.
store-schema-url-other-format = 스키마 링크(`{ $schema_field }`)는 형식 { $named }을(를) 가리키지만 manifestVersion은 { $format }입니다. 둘을 같게 맞추세요: “{ $example }”.
store-schema-url-no-format = 없음
store-placeholders-file-directive = “{ $text }”은(는) Agents Toolkit 파일 지시문으로, 툴킷이 패키지를 빌드할 때 파일의 텍스트로 바꿉니다. 원본 파일이 아니라 툴킷이 빌드한 패키지를 제출하세요.
store-placeholders-built-address = 주소 “{ $text }”이(가) 채워지지 않았습니다. 이 패키지는 빌드된 것인데(매니페스트에 실제 앱 ID가 있음) 이 주소는 아직 자리 표시자라서 Copilot이 접근할 수 없습니다. 개발자가 여기에 실제 https:// 주소를 넣고 패키지를 다시 빌드해야 합니다.
store-placeholders-built-value = “{ $text }”이(가) 채워지지 않았습니다. 이 패키지는 빌드된 것인데(매니페스트에 실제 앱 ID가 있음) 이 값은 아직 자리 표시자입니다. 개발자가 여기에 실제 값을 넣고 패키지를 다시 빌드해야 합니다.
store-placeholders-placeholder = “{ $text }”은(는) 빌드 도구가 채우는 자리 표시자입니다. 스토어에는 실제 값이 필요합니다.
store-agent-schema-undocumented = Copilot 에이전트 파일 “{ $file }”은(는) 형식 { $version }을(를) 사용하는데, 이는 아직 문서화되지 않은 선언적 에이전트 형식입니다(Microsoft 문서는 v1.8까지의 형식을 설명함). 스토어에서 거부할 수 있습니다. 이 파일은 Microsoft가 준비한 v1.9 스키마로 점검했습니다. 에이전트에 v1.9 기능(스킬 폴더)이 필요 없다면 개발자가 v1.8을 사용할 수 있습니다.
store-agent-schema-format = { $kind ->
    [plugin] API 플러그 인 형식 { $version }
    [agentic-user] 에이전트 사용자 템플릿 형식
    [response-template] 응답 템플릿 형식
   *[declarative-agent] 선언적 에이전트 형식 { $version }
}
store-agent-schema-newer = { $what } “{ $file }”은(는) 이 앱이 아는 형식(최대 { $newest })보다 새로운 형식 { $version }을(를) 사용하므로 스키마로 점검하지 않았습니다. 이 앱의 업데이트에서 점검할 예정입니다.
store-agent-schema-no-version = 현재 값 없음
store-agent-schema-yours-quoted = 현재 값: “{ $value }”
store-agent-schema-yours = 현재 값: { $value }
store-agent-schema-version-missing = { $what } “{ $file }”은(는) 따르는 형식을 `{ $field }`에 명시해야 합니다(예: “{ $newest }”). { $yours }. 개발자가 설정해야 합니다.
store-agent-text-hygiene-address = 웹 주소({ $address })
store-agent-text-hygiene-emoji = 이모지({ $emoji })
store-agent-text-hygiene-hidden = 숨겨진 문자({ $code })
store-agent-text-hygiene-instructs = Copilot에 지시하는 문구(“{ $phrase }”)
store-agent-text-hygiene-in-file = “{ $file }”에서 “{ $place }” 위치의 텍스트
store-agent-text-hygiene-refused = { $place }에 { $what }이(가) 있습니다. 에이전트 스토어는 Copilot이 읽는 설명과 지침에 웹 주소, 이모지, 숨겨진 문자가 있으면 거부합니다. 제거하세요.
store-agent-text-hygiene-steers = { $place }에 { $what }이(가) 있습니다. 에이전트 스토어는 모델을 조종하려는 설명을 거부합니다. 이 문구가 앱이 하는 일을 설명할 뿐이라면 그대로 두세요.
store-agent-text-hygiene-joiner = { $place }에 연결 문자 또는 방향 표시인 { $what }이(가) 있습니다. 페르시아어나 힌디어 같은 문자 체계의 텍스트에는 이런 문자가 필요하므로 올바른 것일 수 있습니다. 에이전트 스토어는 그런 목적이 없는 숨겨진 문자를 거부합니다.
store-agent-urls-not-full = “{ $address }”은(는) 전체 웹 주소가 아닙니다. Copilot은 클라우드에서 에이전트의 서비스를 호출하므로 주소를 완성할 방법이 없습니다. 개발자가 전체 주소를 써야 합니다(예: https://api.contoso.com{ $path }).
store-agent-urls-not-secure = “{ $address }”은(는) 보안(https) 주소가 아닙니다. Copilot은 https 주소만 호출합니다. 개발자가 서비스의 https 주소를 사용해야 합니다.
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = IP 주소 { $ip }
store-agent-urls-own-computer = “{ $address }”이(가) 가리키는 { $host }은(는) 개발자 자신의 컴퓨터나 네트워크에서만 접근할 수 있습니다. Copilot은 모든 사용자를 위해 클라우드에서 이 주소를 호출합니다. 개발자가 서비스가 실제로 호스팅되는 주소를 사용해야 합니다.
store-agent-urls-tunnel = “{ $address }”은(는) 개발자 자신의 컴퓨터에서 테스트하기 위한 터널이라서 터널을 닫으면 작동하지 않습니다. 개발자가 서비스가 실제로 호스팅되는 주소를 사용해야 합니다.
store-api-message-extension-api-member = 메시지 확장 { $number }은(는) API 기반인데, API 기반 메시지 확장에는 { $member ->
    [botId] 봇 ID(`botId`)
   *[other] `{ $member }`
}이(가) 있을 수 없어 업로드 서비스에서 거부합니다. 제거하세요.
store-api-message-extension-no-api-file = 메시지 확장 { $number }은(는) API 기반이지만 API 설명(`apiSpecificationFile`)을 지정하지 않아 업로드 서비스에서 거부합니다. 개발자가 OpenAPI 파일을 패키지에 추가하고 여기에 지정해야 합니다.
store-api-message-extension-no-template = API 기반 메시지 확장 { $number }의 명령 { $name }이(가) 결과를 표시할 템플릿(`apiResponseRenderingTemplateFile`)을 지정하지 않아 업로드 서비스에서 거부합니다. 개발자가 템플릿을 패키지에 추가하고 여기에 지정해야 합니다.
store-api-message-extension-no-parameters = API 기반 메시지 확장 { $number }의 명령 { $name }에 매개 변수가 없습니다. 업로드 서비스는 매개 변수가 하나도 없는 API 기반 명령을 거부합니다. 개발자가 API 작업이 받는 매개 변수를 추가해야 합니다.
store-api-message-extension-extra-auth = 메시지 확장 { $number }은(는) `{ $kind }`(으)로 로그인하는데 다른 로그인 방식에 속하는 `{ $member }`도 있어 업로드 서비스에서 거부합니다. `{ $member }`을(를) 제거하거나 `authType`을 바꾸세요.
store-api-message-extension-no-registration = 메시지 확장 { $number }은(는) API 키(`apiSecretServiceAuth`)로 로그인하지만 등록(`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`)을 지정하지 않아 업로드 서비스에서 거부합니다. 개발자가 개발자 포털에서 키를 등록하고 그 등록 ID를 여기에 넣어야 합니다.
store-api-message-extension-no-entra = 메시지 확장 { $number }은(는) Microsoft Entra(`microsoftEntra`)로 로그인하지만 `microsoftEntraConfiguration`이 없어 업로드 서비스에서 거부합니다. 개발자가 "supportsSingleSignOn": true와 함께 추가해야 합니다.
store-api-message-extension-no-sso = 메시지 확장 { $number }은(는) Microsoft Entra로 로그인하므로 SSO(Single Sign-On)가 필요합니다. `supportsSingleSignOn`이 true여야 하며, 그렇지 않으면 업로드 서비스에서 거부합니다.
store-api-message-extension-bot-api-file = 메시지 확장 { $number }은(는) 봇 기반인데 API 설명(`apiSpecificationFile`)을 지정하고 있어 업로드 서비스에서 거부합니다. 이를 제거하거나, 확장을 API 기반으로 만드세요(봇 없이 "composeExtensionType": "apiBased").
store-api-message-extension-bot-template = 봇 기반 메시지 확장 { $number }의 명령 { $command }이(가) API 기반 확장에만 있는 결과 템플릿(`apiResponseRenderingTemplateFile`)을 지정하고 있어 업로드 서비스에서 거부합니다. 제거하세요.
store-api-message-extension-method = 메시지 확장 { $number }의 API 작업 “{ $operation }”은(는) HTTP 메서드 { $method }을(를) 사용합니다. API 기반 메시지 확장은 GET 및 POST API 작업만 호출할 수 있으며, 업로드 서비스는 다른 메서드를 거부합니다.
store-api-message-extension-array-parameter = API 작업 “{ $operation }”(메시지 확장 { $number })의 매개 변수{ $named ->
    [yes] {" "}“{ $label }”
   *[no] {""}
}은(는) 목록(`array`)입니다. API 기반 메시지 확장은 목록을 보낼 수 없으므로 업로드 서비스에서 거부합니다.
store-api-message-extension-required-parameter = API 작업 “{ $operation }”(메시지 확장 { $number })의 필수 매개 변수{ $named ->
    [yes] {" "}“{ $label }”
   *[no] {""}
}은(는) { $location } 전송됩니다. API 기반 메시지 확장은 필수 매개 변수를 경로나 쿼리에만 넣을 수 있으며, 업로드 서비스는 다른 위치를 거부합니다.
store-api-message-extension-no-location = 위치(`in`) 없이
store-api-message-extension-location = { $location }에 담겨
store-api-message-extension-no-servers = 메시지 확장 { $number }의 API 설명 “{ $file }”에 API 작업을 보낼 서버(`servers`)가 지정되어 있지 않아 Teams가 요청을 어디로 보낼지 알 수 없으므로 업로드 서비스에서 거부합니다. 개발자가 `servers` 아래에 API 주소를 추가해야 합니다.
store-app-name-words-title = 앱 이름에 스토어 검토에서 거부하는 단어가 없음
store-agent-store-copilot-agent = Copilot 에이전트
store-agent-store-agent-action = 에이전트 작업
store-app-name-core-feature-starts = 짧은 이름 “{ $name }”이(가) Teams 기능인 “{ $feature }”(으)로 시작합니다. 사용자가 앱을 Teams의 일부로 오해할 수 있어 스토어는 Teams 기능 이름으로 시작하는 이름을 거부합니다. “{ $example }”처럼 고유한 이름을 앞에 두세요.
store-app-name-words-product = { $what }에 “{ $word }”이(가) 들어 있습니다. 스토어는 앱이 Microsoft와 공식 파트너십을 맺지 않은 한 Microsoft 제품(Microsoft Teams, Microsoft 365 Copilot)을 언급하는 이름을 거부합니다. 여기서 “{ $word }”이(가) 다른 의미(예: 사람들로 이루어진 팀)라면 그대로 두어도 되지만, Microsoft 제품을 가리킨다면 앱 이름을 바꾸세요.
store-app-name-words-microsoft = { $what }에 “{ $word }”이(가) 들어 있습니다. 스토어는 앱이 Microsoft와 공식 파트너십을 맺지 않은 한 Microsoft를 언급하는 이름을 거부합니다. 파트너십이 없다면 앱 이름을 바꾸세요.
store-app-name-words-unfinished = { $what }에 “{ $word }”이(가) 들어 있습니다. 스토어는 앱이 테스트 또는 미리 보기 빌드임을 나타내는 이름을 거부합니다. 모든 사용자를 위한 버전이라면 이 단어를 빼세요.
store-app-name-words-agent-name = “{ $file }”에 있는 { $what }의 이름
store-bot-id-guid-not-guid = { $list ->
    [bots] 봇
   *[composeExtensions] 메시지 확장
} { $number }의 ID “{ $id }”은(는) GUID 형식의 ID가 아니어서 업로드 서비스에서 거부합니다. 여기에 봇 등록의 ID를 넣으세요(“0b5c3d6e-1234-4abc-9def-00112233aabb” 형태이며, 개발자가 Azure Portal이나 Bot Framework 포털에서 찾을 수 있습니다).
store-bot-id-kept-changed = 봇 { $number }에 새 ID(“{ $new }”)가 있습니다. 게시된 버전의 봇은 “{ $old }”입니다. 게시된 봇의 ID를 유지하세요. ID가 바뀌면 사용자와 봇이 나눈 대화가 사라지고 스토어에서도 거부합니다. 개발자가 게시된 ID로 되돌려야 합니다(그 봇 등록도 유지).
store-cea-bot-id-not-a-bot = 사용자 지정 엔진 에이전트가 지정한 봇 “{ $id }”은(는) 앱의 봇이 아닙니다{ $bots ->
    [0] (앱에 봇이 없음)
   *[other] {""}
}. 에이전트 스토어에서는 사용자 지정 엔진 에이전트가 앱 자체의 봇이어야 합니다. 개발자가 여기에 그 봇의 ID를 사용해야 합니다.
store-channel-features-missing = 앱이 팀에서 작동하지만 공유 채널과 비공개 채널을 지원한다고 명시하지 않았습니다. 지원하게 되면 "supportsChannelFeatures": "tier1"을 추가하세요. 그렇지 않으면 Teams가 해당 채널에서 앱을 숨길 수 있습니다.
store-bot-command-slash-starts = 봇 명령 “{ $command }”이(가) 슬래시로 시작합니다. 사용자가 명령을 입력할 때 Teams가 직접 슬래시를 붙이므로 제목에서 슬래시를 빼세요(“{ $without }”).
store-bot-command-duplicate-repeated = 봇 명령 “{ $command }”이(가) 같은 명령 목록에 두 번 이상 나옵니다. 스토어는 중복된 명령을 거부합니다. 하나만 남기거나 다른 명령에 고유한 제목을 지정하세요.
store-me-command-duplicate-repeated = 작업 명령 “{ $command }”이(가) 메시지 확장 { $number }에 두 번 이상 나옵니다. 스토어는 중복된 작업 명령을 거부합니다. 하나만 남기거나 다른 명령에 고유한 제목을 지정하세요.
store-consequential-actions-changes-data = “{ $file }”의 API 작업 { $operation }은(는) 데이터를 변경하거나 삭제하는데도 영향이 없는 것으로 표시되어 있어(x-openai-isConsequential: false) Copilot이 사용자에게 묻지 않고 실행합니다. 에이전트 스토어는 이를 거부합니다. 개발자가 이 표시를 제거하거나 true로 설정해야 합니다.
store-consequential-actions-post = “{ $file }”의 API 작업 { $operation }은(는) 영향이 없는 것으로 표시되어 있어(x-openai-isConsequential: false) Copilot이 사용자에게 묻지 않고 실행합니다. 검색이라면 괜찮지만, 무언가를 만들거나 보낸다면 에이전트 스토어에서 거부하므로 개발자가 이 표시를 제거해야 합니다.
store-da-actions-none = “{ $file }”의 Copilot 에이전트에 작업(API 플러그 인)이 없습니다. 에이전트 스토어는 에이전트의 주요 용도를 작업으로 제공하도록 요구하지만, 지식 원본만으로 답하는 에이전트도 검토를 통과할 수 있습니다. 그런 에이전트라면 인증 참고 사항에 그렇게 적으세요.
store-da-graph-connectors-blank-listed = “{ $file }”의 Copilot 에이전트가 특정 Copilot 커넥터(Graph 커넥터)를 지정하고 있습니다. 에이전트 스토어의 에이전트는 설치하는 각 조직의 모든 커넥터를 사용하도록 이 목록을 비워 두어야 합니다. 개발자가 연결을 제거해야 합니다.
store-da-starters-count-outside = “{ $file }”의 Copilot 에이전트에 대화 시작 문구(사용자가 에이전트를 열 때 보는 추천 프롬프트)가 { $count ->
    [0] 없습니다
   *[other] { $count }개 있습니다
}. 에이전트 스토어에서는 3~6개가 필요합니다. 개발자가 에이전트 파일에서 { $fix ->
    [fewer] 6개 이하로 줄여야
   *[more] 3개 이상이 되도록 추가해야
} 합니다.
store-dashboard-cards-two-icons = 대시보드 카드 { $number }에 그림(`iconUrl`)과 이름 있는 아이콘(`officeUIFabricIconName`)이 모두 지정되어 있어 업로드 서비스에서 거부합니다. 둘 중 하나만 남기세요.
store-dashboard-cards-same-id = 대시보드 카드 { $number }의 ID가 앞의 카드와 같습니다(“{ $id }”). 업로드 서비스는 이를 거부합니다. 카드마다 고유한 ID를 지정하세요.
store-descriptions-short-is-name = 간단한 설명이 앱 이름(“{ $short }”)뿐이라서 자세한 설명에 그대로 포함됩니다. 스토어 검토에서는 앱이 하는 일을 한 문장으로 말하는 간단한 설명과, 그보다 더 많은 내용을 담은 자세한 설명을 요구합니다.
store-descriptions-full-contains-short = 자세한 설명에 간단한 설명(“{ $short }”) 전체가 들어 있습니다. 스토어 검토에서는 자세한 설명이 간단한 설명보다 많은 내용을 자체 문장으로 담기를 요구합니다.
store-descriptions-too-long = 자세한 설명이 { $count }단어입니다. 스토어 검토에서는 최대 500단어를 요구합니다.
store-https-urls-own-computer = { $field }이(가) 가리키는 곳은 { $advice }. 또한 주소는 https://로 시작해야 합니다.
store-https-urls-not-secure = { $field }은(는) https://로 시작하는 보안 웹 주소여야 합니다(예: “{ $example }”). 현재 값은 “{ $value }”입니다.
store-icon-color-not-png = { $icon ->
    [color32x32] 작은 색 아이콘
    [outline] 윤곽선 아이콘
   *[color] 색 아이콘
} “{ $file }”이(가) PNG 이미지가 아닙니다. { $want } × { $want }픽셀 PNG로 저장하세요.
store-icon-color-size = { $icon ->
    [color32x32] 작은 색 아이콘
    [outline] 윤곽선 아이콘
   *[color] 색 아이콘
} “{ $file }”의 크기가 { $width } × { $height }픽셀입니다. 정확히 { $want } × { $want }픽셀이어야 합니다. 크기를 조정해 다시 저장하세요.
store-icon-outline-damaged = 윤곽선 아이콘 “{ $file }”이(가) 손상된 PNG 이미지입니다. PNG로 다시 저장하세요.
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = { $color }(불투명도 { $opacity }%)
store-icon-outline-not-white = 윤곽선 아이콘 “{ $file }”은(는) 투명한 배경에 흰색이어야 하는데, x { $x }, y { $y } 위치(왼쪽 위에서 0부터 셈)의 픽셀이 { $color }입니다. 모든 픽셀을 흰색이나 완전히 투명하게 만드세요.
store-manifest-version-missing = 매니페스트에 매니페스트 형식(`manifestVersion`)이 없습니다. 스토어가 매니페스트가 따르는 규칙을 알 수 있도록 "manifestVersion": "1.17"처럼 매니페스트가 따르는 형식을 추가하세요(개발자의 도구가 작성합니다).
store-manifest-version-unknown = “{ $format }”은(는) Microsoft가 게시한 매니페스트 형식이 아닙니다(게시된 형식은 1.0~1.17, 1.19~{ $newest }, devPreview). `manifestVersion`을 매니페스트가 따르는 형식으로 설정하세요. 그 전에는 필드를 공식 스키마로 점검할 수 없습니다.
store-manifest-version-preview = 매니페스트가 개발자 미리 보기 형식(devPreview)을 사용합니다. 미리 보기 형식은 자체 조직에서 테스트하기 위한 것으로, 스토어에서는 허용하지 않습니다. { $advice }
store-manifest-version-too-old = 매니페스트가 형식 { $format }을(를) 사용합니다. 스토어에는 매니페스트 형식 1.10 이상이 필요합니다. { $advice }
store-manifest-version-not-text = 매니페스트 형식(`manifestVersion`)은 "1.17"처럼 큰따옴표로 묶은 텍스트여야 하는데 현재 값은 { $value }입니다.
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = ({ $list })
store-manifest-version-reason-list = { $list }; { $next }
store-manifest-version-needs = { $what }에 { $format } 필요
store-manifest-version-not-below = 매니페스트가 { $format } 스키마와 일치하지 않음
store-manifest-version-member-at = `{ $member }`({ $place })
store-manifest-version-lacking = { $place }에 `{ $property }` 없음
store-manifest-version-move-to = 매니페스트 형식 { $format }(으)로 옮기세요. 매니페스트가 사용하는 모든 것을 지원하는 가장 이른 게시 형식입니다{ $reasons }. `manifestVersion`을 “{ $format }”(으)로, `{ $schema_field }`을(를) “{ $link }”(으)로 설정하세요.
store-manifest-version-move-at-least = 게시된 매니페스트 형식으로 옮기세요. 최소 { $format } 이상이어야 하며, 이는 매니페스트가 사용하는 모든 최상위 필드를 스키마가 인식하는 가장 이른 형식입니다{ $reasons }. 현재 매니페스트는 아직 어떤 게시 형식과도 일치하지 않으므로 개발자가 그 형식의 스키마가 보고하는 문제도 고쳐야 합니다.
store-manifest-version-unpublished = 매니페스트가 아직 어떤 게시 형식에도 없는 필드 { $count }개({ $fields })를 사용합니다. 아직 미리 보기 중인 기능은 게시할 수 없습니다. 개발자가 해당 필드를 제거한 다음 매니페스트를 게시된 형식으로 옮겨야 합니다.
store-localization-tags-twice = 언어 “{ $language }”이(가) 번역 목록에 두 번 나옵니다. 이러면 Teams가 두 파일 중 어느 것을 표시할지 정해지지 않습니다. 언어마다 항목을 하나만 남기세요.
store-long-description-copilot-missing = 자세한 설명에 Copilot이 언급되지 않았습니다. Copilot 에이전트가 있는 앱의 경우 에이전트 스토어에서는 자세한 설명에 Microsoft 365 Copilot에서 작동한다는 내용(예: “Contoso in Microsoft 365 Copilot”)이 있어야 합니다. 이를 알리는 문장을 추가하세요.
store-long-description-copilot-wording = 자세한 설명에 Copilot은 언급되지만, 에이전트 스토어의 예시(“Contoso in Microsoft 365 Copilot”)에서 쓰는 표현인 “Microsoft 365 Copilot”은 없습니다. 다른 표현도 검토를 통과할 수 있지만 이 표현을 사용하는 것을 고려해 보세요.
store-me-sample-prompts-too-few = 메시지 확장 명령{ $named ->
    [yes] {" "}“{ $name }”
   *[no] {""}
}의 샘플 프롬프트(Copilot이 표시하는 예시)가 { $count }개입니다. 에이전트 스토어에서는 최소 3개가 필요합니다. 개발자가 명령이 하는 일을 보여 주는 프롬프트를 추가해야 합니다.
store-me-sample-prompts-shared = 메시지 확장 명령{ $named ->
    [yes] {" "}“{ $name }”
   *[no] {""}
}의 샘플 프롬프트 “{ $prompt }”이(가) 다른 명령의 샘플 프롬프트이기도 합니다. 에이전트 스토어에서는 명령마다 고유한 프롬프트가 있어야 합니다. 개발자가 이 명령만의 프롬프트를 작성해야 합니다.
store-package-extra-files-unused = 패키지에 매니페스트가 사용하지 않는 파일 { $count }개가 있습니다: { $files }. 스토어는 매니페스트와 매니페스트가 지정하는 파일만 요구하므로 나머지는 제거하세요.
store-package-files-holder = { $what } “{ $file }”에
store-package-files-reference = { $holder } { $problem }
store-package-files-outside = “{ $path }”이(가) 지정되어 있지만 패키지의 파일이 아닙니다(패키지 경로는 그 경로를 지정하는 파일을 기준으로 한 상대 경로이며, 슬래시(/)를 사용하고 패키지 안에 있어야 함). 개발자가 고쳐야 합니다.
store-package-files-no-skill-folder = 스킬 폴더 “{ $path }”이(가) 지정되어 있지만 패키지에 없습니다. 폴더를 추가하거나 이름을 고치세요.
store-package-files-no-skill-file = 스킬 폴더 “{ $path }”이(가) 지정되어 있지만 그 안에 SKILL.md 파일이 없습니다. 파일을 추가하세요(이름은 대문자로 씀).
store-package-files-other-case = “{ $path }”이(가) 지정되어 있지만 패키지에는 “{ $entry }”이(가) 있습니다. 이름은 대소문자까지 정확히 일치해야 합니다.
store-package-files-missing = “{ $path }”이(가) 지정되어 있지만 패키지에 없습니다. 파일을 추가하거나 이름을 고치세요.
store-package-files-leading-slash = “{ $path }”이(가) /로 시작합니다. 파일은 패키지 기준 상대 경로로 지정하세요(예: “color.png”).
store-package-files-backslash = “{ $path }”에 백슬래시(\)가 있습니다. 패키지 경로에는 슬래시(/)를 사용합니다(예: “resources/color.png”).
store-package-files-parent = “{ $path }”이(가) 패키지 밖을 가리킵니다(..). 파일을 패키지에 넣고 패키지 기준으로 지정하세요.
store-package-files-manifest-other-case = 매니페스트에 “{ $path }”이(가) 지정되어 있지만 패키지에는 “{ $entry }”이(가) 있습니다. 이름은 대소문자까지 정확히 일치해야 합니다.
store-package-files-manifest-missing = 매니페스트에 “{ $path }”이(가) 지정되어 있지만 패키지에 없습니다. 파일을 추가하거나 이름을 고치세요.
store-package-files-in-field = { $field }: { $problem }
store-package-name-deprecated-unused = `packageName`은(는) 매니페스트 형식 1.17부터 더 이상 사용되지 않습니다(현재 { $format }). 제거해도 됩니다.
store-package-size-too-large = 앱 패키지 크기가 { $size }MB입니다. Microsoft 업로드 서비스는 10MB를 넘는 패키지를 거부합니다. 매니페스트, 아이콘, 매니페스트가 지정하는 파일만 남기세요.
store-required-texts-empty = { $field }이(가) 비어 있습니다. 스토어는 앱을 찾는 모든 사람에게 이 내용을 보여 주므로 입력하세요.
store-static-tab-names-reserved = 개인 탭 { $number }은(는) Teams가 직접 이름을 붙이는 예약된 “{ $entity }” 탭입니다. `name`을 제거하세요.
store-static-tab-names-unnamed = 개인 탭 { $number }(“{ $entity }”)에 이름이 없습니다. 사용자가 탭에서 볼 이름을 지정하세요(예: “작업”).
store-valid-domains-domain = 유효한 도메인 “{ $domain }”: { $problem }
store-valid-domains-web-address = 도메인이 아니라 웹 주소입니다. 도메인만 쓰세요(예: “tasks.contoso.com”, https:// 및 경로 제외).
store-valid-domains-own-computer = { $advice }.
store-valid-domains-too-wide = 범위가 너무 넓어서 그 아래의 모든 사이트가 포함됩니다. 자체 도메인을 지정하세요(예: “*.contoso.com”).
store-valid-domains-already-allowed = Teams에서 이미 허용하는 Microsoft 도메인입니다. 목록에서 제거하세요.
store-valid-domains-tunnel = 자신의 컴퓨터에서 테스트하기 위한 터널이라서 스토어에서 거부합니다. 앱이 실제로 호스팅되는 도메인으로 바꾸세요.
store-valid-domains-sign-in = 모든 앱이 함께 쓰는 Microsoft 도메인인 Microsoft 로그인 서비스를 포함합니다. 스토어는 이 도메인의 와일드카드를 거부합니다. 앱이 로그인에 이 도메인을 필요로 한다면 개발자가 대신 정확한 주소(예: “{ $example }”)를 지정하거나 이 항목을 제거해야 합니다.
store-valid-domains-sharepoint-framework = 모든 조직의 SharePoint를 포함하므로 스토어에서 이 와일드카드를 거부합니다. 이 앱의 페이지는 SharePoint Framework로 만든 앱처럼 각 고객의 자체 SharePoint 사이트에 있으므로(탭 주소가 {"{"}teamSiteDomain{"}"}(으)로 시작함) 사이트 하나를 지정하는 방법은 통하지 않습니다. 개발자에게 SharePoint Framework 솔루션 게시에 관한 Microsoft 가이드를 따르도록 요청하세요. 이런 앱이 각 고객에게 전달되는 방법이 이 가이드에 나와 있습니다: { $guide }
store-valid-domains-sharepoint = 모든 조직의 SharePoint를 포함하므로 스토어에서 이 와일드카드를 거부합니다. 자체 SharePoint 사이트를 정확히 지정하세요(예: “contoso.sharepoint.com”).
store-valid-domains-shared-hosting = 다른 사람들의 사이트도 있는 Microsoft 또는 공유 호스팅 도메인을 포함합니다. 자체 사이트를 정확히 지정하세요(예: “contoso-tasks.azurewebsites.net”).
store-valid-domains-bad-wildcard = 와일드카드 위치가 잘못되었습니다. `*`은(는) “*.contoso.com”처럼 맨 왼쪽의 한 부분 전체여야 합니다.
store-valid-domains-coverage-own-computer = { $field }이(가) 가리키는 곳은 { $advice }. 주소를 바꾼 뒤에는 새 주소의 도메인이 유효한 도메인 목록에 있는지 확인하세요.
store-valid-domains-coverage-not-listed = { $field }은(는) 유효한 도메인 목록에 없는 { $host }에 있습니다. Teams에서 페이지를 로드하지 못할 수 있습니다. validDomains에 “{ $host }”을(를) 추가하세요.
store-version-major-zero = 버전 { $version }이(가) 0으로 시작하는데, 스토어는 0.x.y 버전을 허용하지 않습니다. 1.0.0부터 시작하세요(게시된 앱의 다음 버전은 여전히 게시된 버전보다 높아야 합니다).

store-summary-template = 템플릿입니다. 값 { $count }개에 아직 `{ $example }` 같은 자리 표시자가 있습니다. 대신 빌드로 만들어진 패키지(예: appPackage/build/appPackage.dev.zip)를 점검하세요.{ $caused ->
    [0] {""}
   *[other] {" "}이 자리 표시자 위치의 다른 문제 { $caused }개는 자리 표시자 때문에 생긴 것으로, 실제 값을 넣으면 사라집니다.
}
store-summary-none-found-in-format = 스토어 문제가 없습니다(공식 형식 { $format }과(와) 스토어 규칙으로 점검함).
store-summary-none-found = 스토어 문제가 없습니다(스토어 규칙으로 점검함).
store-summary-refused = 스토어에서 이 { $package ->
    [package] 패키지
   *[manifest] 매니페스트
}를 거부합니다: 문제 { $count }개.
store-summary-manifest-alone = manifest.json만 지정되어 아이콘과 기타 패키지 파일은 점검하지 않았습니다. 이 파일들도 점검하려면 .zip 앱 패키지를 여세요.
store-where-line-column = { $file }, { $line }줄 { $column }열
store-where-file = { $file }
store-where-with-place = { $file }({ $place })
store-own-computer-advice = “{ $host }”, 즉 { $tail }
store-own-computer-tail = 개발자 자신의 컴퓨터(또는 사설 네트워크)이며 다른 사람은 접근할 수 없습니다. 앱이 실제로 호스팅되는 주소로 바꾸세요

## Consent rules (src/rules/)
rule-addin-events-changed-title = Office 추가 기능이 새 이벤트에서 시작됨
rule-addin-events-changed-explanation = 이전에 반응하지 않던 이벤트에서 자동으로 시작되는 Office 추가 기능은 이를 배포한 관리자가 다시 승인해야 합니다. 승인 전까지 해당 조직의 사람들은 업데이트된 추가 기능을 사용할 수 없습니다. Microsoft 문서의 “추가 기능에서 지원하는 이벤트”는 추가 기능을 시작하는 이벤트 유형으로 해석했습니다. 어떤 함수가 이벤트를 처리하는지, Outlook이 이벤트에 어떻게 반응하는지는 “변경된 내용”에서만 알려 드립니다.
rule-addin-office-apps-changed-title = Office 추가 기능이 다른 Office 애플리케이션에서 실행됨
rule-addin-office-apps-changed-explanation = 다른 Office 애플리케이션(Outlook, Excel, Word, PowerPoint)에서 새로 실행되는 Office 추가 기능은 이를 배포한 관리자가 다시 승인해야 합니다. 승인 전까지 해당 조직의 사람들은 업데이트된 추가 기능을 사용할 수 없습니다. Microsoft 업데이트 가이드에 이 변경 사항이 나와 있습니다.
rule-bot-added-or-removed-title = 봇이 추가되거나 제거됨
rule-bot-added-or-removed-explanation = 봇은 앱에서 사람들과 채팅하는 부분입니다. 봇을 추가하거나 제거하면 앱이 할 수 있는 일이 바뀌므로 Teams가 모든 사용자에게 앱을 다시 승인하도록 요청합니다.
rule-bot-calling-or-video-changed-title = 봇의 통화 또는 비디오 지원이 변경됨
rule-bot-calling-or-video-changed-explanation = 봇이 음성 또는 영상 통화에 참여할 수 있는지는 사용자가 동의하는 권한입니다. 이를 변경하면 Teams가 모든 사용자에게 앱을 다시 승인하도록 요청합니다.
rule-bot-id-changed-title = 봇 ID가 변경됨
rule-bot-id-changed-explanation = 봇 ID는 앱이 통신하는 등록된 봇 서비스가 무엇인지 Teams에 알려 줍니다. ID가 바뀌면 다른 봇이 되므로 Teams가 모든 사용자에게 앱을 다시 승인하도록 요청합니다.
rule-bot-notification-only-changed-title = 봇의 “알림 전용” 설정이 변경됨
rule-bot-notification-only-changed-explanation = 알림 전용 봇은 메시지를 보낼 수는 있지만 받을 수는 없습니다. 이 설정을 바꾸면 봇이 할 수 있는 일이 바뀌므로 Teams가 모든 사용자에게 앱을 다시 승인하도록 요청합니다.
rule-bot-supports-files-changed-title = 봇의 파일 공유 설정이 변경됨
rule-bot-supports-files-changed-explanation = 이 설정은 봇이 채팅에서 파일을 보내고 받을 수 있게 합니다. 이를 변경하면 봇이 접근할 수 있는 대상이 바뀌므로 Teams가 모든 사용자에게 앱을 다시 승인하도록 요청합니다.
rule-channel-tab-added-title = 채널 또는 그룹 탭이 추가됨
rule-channel-tab-added-explanation = 채널 또는 그룹 탭을 사용하면 팀이나 그룹 채팅에서 앱의 페이지를 고정할 수 있습니다. 이런 탭을 추가하면 Teams가 모든 사용자에게 앱을 다시 승인하도록 요청합니다.
rule-connector-added-title = 커넥터가 추가됨
rule-connector-added-explanation = 커넥터는 다른 서비스의 업데이트를 Teams 채널에 게시합니다. 새 커넥터가 추가되면 Teams가 모든 사용자에게 앱을 다시 승인하도록 요청합니다.
rule-message-extension-added-or-removed-title = 메시지 확장이 추가되거나 제거됨
rule-message-extension-added-or-removed-explanation = 메시지 확장은 사람들이 메시지를 작성하는 상자에 검색 또는 작업 명령을 추가합니다. 메시지 확장을 추가하거나 제거하면 Teams가 모든 사용자에게 앱을 다시 승인하도록 요청합니다.
rule-personal-tab-added-title = 개인 탭이 추가됨
rule-personal-tab-added-explanation = 개인 탭은 Teams에서 각 사용자의 개인 공간에 있는 앱 페이지입니다. 개인 탭을 추가하면 Teams가 모든 사용자에게 앱을 다시 승인하도록 요청합니다.
rule-rsc-permissions-changed-title = 팀 또는 채팅 데이터 권한이 변경됨(RSC)
rule-rsc-permissions-changed-explanation = RSC(리소스별 동의) 권한을 사용하면 앱이 추가된 팀, 채팅 또는 모임의 데이터를 앱이 읽거나 변경할 수 있습니다. 이 권한을 변경하면 Teams가 사용자에게 앱을 다시 승인하도록 요청합니다.
rule-web-application-info-changed-title = 로그인 설정이 변경됨(webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo는 앱이 사용자를 로그인시키는 Microsoft Entra 앱을 지정하며, 이에 따라 앱이 접근할 수 있는 데이터도 정해집니다. 이를 변경하면 Teams가 모든 사용자에게 앱을 다시 승인하도록 요청합니다.
rule-source-publishing-docs = 게시된 앱 업데이트에 관한 Microsoft 가이드
rule-source-admin-docs = Microsoft Teams 관리 문서
rule-source-office-addin-docs = Office 추가 기능 업데이트에 관한 Microsoft 가이드
rule-bot-setting-turned = 봇의 { $setting } 설정: { $now ->
    [on] 켜짐
   *[off] 꺼짐
}(이전: { $was ->
    [on] 켜짐
   *[off] 꺼짐
})
rule-bot-setting-turned-developer = 봇 `{ $bot }`: { $setting }({ $field }) { $now ->
    [on] 켜짐
   *[off] 꺼짐
}(이전: { $was ->
    [on] 켜짐
   *[off] 꺼짐
})
rule-bot-setting-audio-calls = 음성 통화
rule-bot-setting-video = 비디오
rule-bot-setting-notifications-only = 알림 전용
rule-bot-setting-file-sharing = 파일 공유
rule-bot-removed = 봇이 제거됨
rule-bot-removed-developer = 봇 `{ $bot }` 제거됨
rule-bot-added = 봇이 추가됨
rule-bot-added-developer = 봇 `{ $bot }` 추가됨
rule-bot-id-changed-evidence = 봇의 ID가 바뀌어 Teams가 다른 봇으로 인식함
rule-bot-id-changed-developer = 봇 ID가 `{ $old }`에서 `{ $new }`(으)로 변경됨
rule-channel-tab-added-evidence = 팀과 그룹 채팅에서 고정할 수 있는 탭이 추가됨
rule-channel-tab-added-developer = 새 버전의 채널/그룹 탭(configurableTabs): { $new }개, 게시된 버전: { $old }개
rule-connector-added-evidence = 커넥터가 추가됨
rule-connector-added-developer = 커넥터 `{ $connector }` 추가됨
rule-message-extension-removed = 메시지 확장이 제거됨{ $count ->
    [0] {""}
   *[other] (명령: { $commands })
}
rule-message-extension-removed-developer = 메시지 확장 `{ $extension }` 제거됨
rule-message-extension-added = 메시지 확장이 추가됨{ $count ->
    [0] {""}
   *[other] (명령: { $commands })
}
rule-message-extension-added-developer = 메시지 확장 `{ $extension }` 추가됨
rule-personal-tab-added-named = 개인 탭 { $name }이(가) 추가됨
rule-personal-tab-added-unnamed = 개인 탭이 추가됨
rule-personal-tab-added-developer = 개인 탭 `{ $tab }` 추가됨
rule-rsc-permission-removed = 앱이 더 이상 { $permission } 권한{ $kind ->
    [Application] (앱 자체용)
    [Delegated] (로그인한 사용자 대신)
   *[other] {""}
}을 요청하지 않음
rule-rsc-permission-removed-developer = 권한 `{ $permission }`({ $kind }) 제거됨
rule-rsc-permission-added = 앱이 이제 { $permission } 권한{ $kind ->
    [Application] (앱 자체용)
    [Delegated] (로그인한 사용자 대신)
   *[other] {""}
}을 요청함
rule-rsc-permission-added-developer = 권한 `{ $permission }`({ $kind }) 추가됨
rule-sign-in-added = 로그인 설정이 추가됨: 이제 앱이 Microsoft Entra 앱으로 사용자를 로그인시킴
rule-sign-in-added-developer = 로그인 설정(webApplicationInfo) 추가됨
rule-sign-in-removed = 로그인 설정이 제거됨
rule-sign-in-removed-developer = 로그인 설정(webApplicationInfo) 제거됨
rule-sign-in-changed = 로그인 설정이 변경됨
rule-sign-in-changed-developer = 로그인 설정(webApplicationInfo) 변경됨
rule-sign-in-setting-changed = 로그인 설정이 변경됨: { $setting }
rule-sign-in-setting-changed-developer = 로그인 설정: webApplicationInfo.{ $key }이(가) { $old }에서 { $new }(으)로 변경됨
rule-sign-in-value-none = (없음)
rule-sign-in-setting-id = 사용자가 로그인하는 Microsoft Entra 앱
rule-sign-in-setting-resource = 사용자가 로그인하는 리소스의 주소
rule-sign-in-setting-application-permissions = 앱 자체에 부여된 권한
rule-sign-in-setting-other = 로그인 설정

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = 파일 전체
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry } “{ $name }”
place-number = { $number }
change-line = { $subject } { $kind ->
    [added] 추가됨
    [removed] 제거됨
   *[changed] 변경됨
}
change-line-detail = { $subject } { $kind ->
    [added] 추가됨
    [removed] 제거됨
   *[changed] 변경됨
}: { $detail }
change-told = { $subject }
change-told-detail = { $subject }: { $detail }
change-nothing = (없음)
change-quoted = “{ $text }”

change-was = 이전: { $old }
change-was-now = 이전: { $old }, 현재: { $new }
change-same-entries-reordered = 같은 항목, 순서만 바뀜
change-file = 파일 { $name }
change-file-new-content = 내용이 바뀜, 크기는 그대로 { $size }
change-bytes = { $count }바이트
change-value-empty = 비어 있음
change-value-on = 켜짐
change-value-off = 꺼짐
change-empty-list = 빈 목록
change-entries = 항목 { $count }개
change-entries-named = { $entries }: { $names }
change-settings = 설정 { $count }개({ $keys })
change-scope-personal = 개인 채팅
change-scope-team = 팀
change-scope-group-chat = 그룹 채팅
change-scope-copilot = Copilot
change-and = { $head } 및 { $last }
change-permissions = { $count ->
   *[other] 권한 { $names }
}
change-device-permissions = { $count ->
   *[other] 디바이스 권한 { $names }
}
change-valid-domains = 유효한 도메인 { $names }
change-permission = 권한 { $name }
change-permission-typed = 권한 { $name }({ $kind })
change-device-permission = 디바이스 권한 { $name }
change-valid-domain = 유효한 도메인 { $name }
change-bot = 봇
change-bot-for = { $scopes }용 봇
change-personal-tab = 개인 탭
change-personal-tab-named = 개인 탭 “{ $name }”
change-channel-tab = 채널/그룹 탭
change-channel-tab-at = { $url }에서 설정하는 채널/그룹 탭
change-connector = 커넥터
change-connector-for = { $scopes }용 커넥터
change-message-extension = 메시지 확장
change-message-extension-commands = 명령이 { $count }개인 메시지 확장: { $titles }
change-sign-in = 로그인 설정
change-sign-in-app = Microsoft Entra 앱 { $id }의 로그인 설정
change-sign-in-app-resource = Microsoft Entra 앱 { $id }의 로그인 설정(리소스 { $resource })
change-area-identity = 앱 ID 및 버전
change-area-listing = 이름, 설명, 아이콘
change-area-capability = 앱이 할 수 있는 일
change-area-agent = Copilot 에이전트
change-area-other = 기타 설정
change-area-package-file = 앱 패키지의 파일
addin-comma-list = { $first }, { $rest }
addin-event-new-message-compose-created = 새 메시지 작성
addin-event-new-appointment-organizer-created = 새 모임 초대 작성
addin-event-message-attachments-changed = 메시지에 첨부 파일 추가 또는 제거
addin-event-appointment-attachments-changed = 모임 초대에 첨부 파일 추가 또는 제거
addin-event-message-recipients-changed = 메시지의 받는 사람 변경
addin-event-appointment-attendees-changed = 모임 참석자 변경
addin-event-appointment-time-changed = 모임 날짜 또는 시간 변경
addin-event-appointment-recurrence-changed = 모임 되풀이 설정 변경
addin-event-info-bar-dismiss-clicked = 추가 기능의 알림 닫기
addin-event-message-sending = 메시지 보내기
addin-event-appointment-sending = 모임 초대 보내기
addin-event-message-compose-opened = 작성 중인 메시지 열기
addin-event-appointment-organizer-opened = 작성 중인 모임 초대 열기
addin-event-message-from-changed = 메시지의 보낸 사람 변경
addin-event-appointment-from-changed = 모임 이끌이 변경
addin-event-message-read-with-custom-header = 사용자 지정 헤더가 있는 메시지 읽기
addin-event-message-read-with-custom-attachment = 사용자 지정 첨부 파일이 있는 메시지 읽기
addin-event-spam-reporting = 메시지를 정크 메일로 신고
addin-event-document-opened = 문서 열기
addin-event-other = 이벤트 “{ $kind }” 발생
addin-added = Office 추가 기능 추가됨
addin-added-runs-in = Office 추가 기능 추가됨: { $applications }에서 실행
addin-added-developer = Office 추가 기능(`extensions`) 추가됨, 대상: { $scopes }
addin-added-developer-no-application = Office 추가 기능(`extensions`) 추가됨, 대상 애플리케이션 없음
addin-no-longer-limited-named = 추가 기능이 더 이상 지정된 애플리케이션으로 제한되지 않음
addin-no-longer-limited = 추가 기능이 더 이상 { $applications }에서만 실행되도록 제한되지 않음
addin-no-longer-limited-developer = `{ $path }` 제거됨: 이제 모든 Office 애플리케이션에 확장을 설치할 수 있음
addin-application-removed = 추가 기능이 더 이상 { $application }에서 실행되지 않음
addin-application-removed-developer = 애플리케이션 `{ $scope }` 제거됨(이전 위치: `{ $path }`)
addin-application-added = 추가 기능이 이제 { $application }에서도 실행됨
addin-application-added-developer = 애플리케이션 `{ $scope }` 추가됨(위치: `{ $path }`)
addin-event-removed = 이제 { $event } 시 추가 기능이 시작되지 않음
addin-event-removed-developer = 이벤트 `{ $kind }` 제거됨(이전 위치: `{ $path }`)
addin-event-added = 이제 { $event } 시 추가 기능이 자동으로 시작됨
addin-event-added-developer = 이벤트 `{ $kind }` 추가됨(위치: `{ $path }`)
addin-send-mode-prompt-user = 사용자에게 확인
addin-send-mode-soft-block = 추가 기능을 사용할 수 없는 경우를 제외하고 보내기 차단
addin-send-mode-block = 보내기 차단
addin-send-mode-other = 보내기 모드 “{ $mode }” 사용
addin-send-mode-none = 지정하지 않음
addin-when-message-sending = 메시지 보내기
addin-when-appointment-sending = 모임 초대 보내기
addin-option-absent = 없음
addin-send-mode-changed = { $event } 시 추가 기능 동작: 이제 { $now }(이전: { $was })
addin-send-mode-changed-developer = 이벤트 `{ $kind }`: `options.sendMode` 현재 { $now }(이전: { $was })
addin-header-none = 없음
addin-header-changed = { $event } 시 추가 기능이 찾는 헤더: 이제 { $now }(이전: { $was })
addin-header-changed-developer = 이벤트 `{ $kind }`: `options.headerName` 현재 { $now }(이전: { $was })
addin-context-mail-read = 메일 읽기
addin-context-mail-compose = 메일 작성
addin-context-meeting-organizer = 모임 주최
addin-context-meeting-attendee = 모임 참석
addin-context-document = 문서
addin-control-button = 단추
addin-control-menu = 메뉴
addin-control-menu-item = 메뉴 항목
addin-on-ribbon = 리본
addin-on-context-menu = 상황에 맞는 메뉴
addin-entry-point-cell = 셀
addin-entry-point-text = 선택한 텍스트
addin-where-context = { $place }({ $context })
addin-control-removed = { $place }에서 { $what } “{ $label }” 제거됨
addin-control-removed-developer = 컨트롤 `{ $id }` 제거됨(이전 위치: `{ $path }`)
addin-control-renamed = { $place }의 { $what } “{ $old }” 이름이 “{ $new }”(으)로 바뀜
addin-control-renamed-developer = 컨트롤 `{ $id }`: `label` 변경됨
addin-control-added = { $place }에 { $what } “{ $label }” 추가됨
addin-control-added-developer = 컨트롤 `{ $id }` 추가됨(위치: `{ $path }`)
addin-set-version = { $name } { $version }
addin-no-version = 버전 없음
addin-needs-removed = 추가 기능에 더 이상 { $set }이(가) 필요하지 않음
addin-needs-removed-developer = 요구 사항 집합 `{ $set }` 제거됨
addin-needs-changed = 추가 기능에 이제 { $set }이(가) 필요함(이전: { $was })
addin-needs-changed-developer = 요구 사항 집합 `{ $set }`: `minVersion` 현재 { $now }(이전: { $was })
addin-needs-added = 추가 기능에 이제 { $set }이(가) 필요함
addin-needs-added-developer = 요구 사항 집합 `{ $set }` 추가됨
addin-form-factor-mobile = 모바일 디바이스
addin-form-factor-desktop = 데스크톱 컴퓨터
addin-form-factor-removed = 추가 기능이 더 이상 { $factor }에서 실행되지 않음
addin-form-factor-removed-developer = 폼 팩터 `{ $factor }` 제거됨
addin-form-factor-added = 추가 기능이 이제 { $factor }에서도 실행됨
addin-form-factor-added-developer = 폼 팩터 `{ $factor }` 추가됨
addin-pages-no-longer = 추가 기능의 페이지를 더 이상 { $hosts }에서 가져오지 않음
addin-pages-now = 추가 기능의 페이지를 이제 { $hosts }에서 가져옴
addin-pages-changed = 추가 기능의 페이지를 이제 { $hosts }에서 가져옴(이전: { $was })
addin-pages-developer = `runtimes[].code` 호스트 현재 { $hosts }(이전: { $was })
addin-shortcut = 바로 가기 키 { $keys }
addin-shortcut-action = 바로 가기 키 { $keys }(“{ $action }”)
addin-get-started-message = 시작 메시지 “{ $title }”
addin-custom-function = 사용자 지정 함수 “{ $name }”
addin-named-removed = { $thing } 제거됨
addin-named-removed-developer = `{ $path }` 제거됨
addin-named-added = { $thing } 추가됨
addin-named-added-developer = `{ $path }` 추가됨
addin-removed = Office 추가 기능 제거됨
addin-removed-developer = Office 추가 기능(`extensions`) 제거됨
addin-other-settings = Office 추가 기능: 기타 설정 { $count }개 변경됨
addin-other-changes-developer = `{ $path }` 아래의 기타 변경 { $count }개
addin-extensions-changed-developer = `extensions` 변경됨
addin-extensions-changed-no-addin-developer = `extensions` 변경됨(양쪽 모두 Office 추가 기능 없음)
place-label-app-id = 앱 ID
place-label-version = 버전
place-label-manifest-format-version = 매니페스트 형식 버전
place-label-manifest-schema-link = 매니페스트 스키마 링크
place-label-app-name = 앱 이름
place-label-description = 설명
place-label-developer-details = 개발자 정보
place-label-icons = 아이콘
place-label-accent-color = 강조 색
place-label-translations = 번역
place-label-package-name = 패키지 이름
place-label-short-name = 짧은 이름
place-label-full-name = 전체 이름
place-label-short-description = 간단한 설명
place-label-full-description = 자세한 설명
place-label-developer-name = 개발자 이름
place-label-color-icon = 색 아이콘
place-label-outline-icon = 윤곽선 아이콘
place-label-bot = 봇
place-label-bots = 봇
place-label-message-extension = 메시지 확장
place-label-message-extensions = 메시지 확장
place-label-connector = 커넥터
place-label-connectors = 커넥터
place-label-personal-tab = 개인 탭
place-label-personal-tabs = 개인 탭
place-label-channel-group-tab = 채널/그룹 탭
place-label-channel-and-group-tabs = 채널 및 그룹 탭
place-label-sign-in-settings = 로그인 설정
place-label-team-and-chat-data-permissions = 팀 및 채팅 데이터 권한
place-label-permission = 권한
place-label-permissions = 권한
place-label-device-permission = 디바이스 권한
place-label-device-permissions = 디바이스 권한
place-label-valid-domain = 유효한 도메인
place-label-valid-domains = 유효한 도메인
place-label-meeting-extension = 모임 확장
place-label-activity-feed-notifications = 활동 피드 알림
place-label-copilot-agents = Copilot 에이전트
place-label-copilot-extensions = Copilot 확장
place-label-agent-connector = 에이전트 커넥터
place-label-agent-connectors = 에이전트 커넥터
place-label-agent-skill = 에이전트 스킬
place-label-agent-skills = 에이전트 스킬
place-label-agentic-user-template = 에이전트 사용자 템플릿
place-label-agentic-user-templates = 에이전트 사용자 템플릿
place-label-extension = 확장
place-label-outlook-and-office-extensions = Outlook 및 Office 확장
place-label-dashboard-card = 대시보드 카드
place-label-dashboard-cards = 대시보드 카드
place-label-graph-connector = Graph 커넥터
place-label-supported-channel-types = 지원되는 채널 유형
place-label-default-install-scope = 기본 설치 범위
place-label-default-group-capability = 기본 그룹 기능
place-label-command = 명령
place-label-commands = 명령
place-label-language = 언어
place-label-languages = 언어
place-label-activity-type = 활동 유형
place-label-activity-types = 활동 유형
place-label-declarative-agent = 선언적 에이전트
place-label-declarative-agents = 선언적 에이전트
place-label-parameter = 매개 변수
place-label-parameters = 매개 변수
place-label-command-list = 명령 목록
place-label-command-lists = 명령 목록
place-label-file-sharing = 파일 공유
place-label-notifications-only = 알림 전용
place-label-audio-calls = 음성 통화
place-label-video = 비디오
place-label-page-address = 페이지 주소
place-label-website-address = 웹사이트 주소

place-label-setup-page-address = 설정 페이지 주소
place-label-search-address = 검색 주소
place-label-privacy-statement-address = 개인정보처리방침 주소
place-label-terms-of-use-address = 사용 약관 주소
place-label-partner-network-id = 파트너 네트워크 ID
place-label-bot-id = 봇 ID
place-label-tab-id = 탭 ID
place-label-connector-id = 커넥터 ID
place-label-color-icon-setting = 색 아이콘
place-label-outline-icon-setting = 윤곽선 아이콘
place-label-resource-address = 리소스 주소
place-label-settings-can-be-changed = 설정 변경 가능
place-label-id = ID
place-extension-number = 목록의 { $number }번째 항목
input-manifest-field-problem = 필드 `{ $field }`: { $problem }
input-manifest-not-object = 매니페스트는 `{"{"}`(으)로 시작하는 JSON 개체여야 하는데 이 파일은 { $value }입니다
input-manifest-not-list = 목록(`[ ... ]`)이어야 하는데 { $value }입니다
input-manifest-permission-not-object = 각 권한은 `name`과 `type`이 있는 개체여야 하는데 이 항목은 { $value }입니다
input-manifest-not-object-field = 개체(`{"{"} ... {"}"}`)여야 하는데 { $value }입니다
input-manifest-entry-not-object = 각 항목은 개체(`{"{"} ... {"}"}`)여야 하는데 이 항목은 { $value }입니다
input-manifest-missing = 필수 항목인데 없습니다
input-manifest-not-text = 큰따옴표로 묶은 텍스트여야 하는데 { $value }입니다
input-manifest-not-true-or-false = true 또는 false(따옴표 없이)여야 하는데 { $value }입니다
input-value-null = null(비어 있음)
input-value-true-or-false = { $value }(true/false)
input-value-number = 숫자 { $number }
input-value-text = 텍스트 “{ $text }”
input-value-text-shortened = 텍스트 “{ $text }…”
input-value-list = 목록(`[ ... ]`)
input-value-object = 개체(`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}외 { $more }개
}
agent-value = { $value }
agent-quoted = “{ $text }”
agent-none = 없음
agent-and = { $head } 및 { $last }
agent-from-to = { $old }에서 { $new }(으)로
agent-was = 이전: { $old }
agent-were = 이전: { $old }
agent-characters = { $count ->
   *[other] { $formatted }자
}
agent-new-wording = 문구가 바뀜, 길이는 그대로 { $characters }
agent-it-calls = 호출 대상: { $host }
agent-folder = 폴더 { $folder }
agent-key-schema = 스키마 링크
agent-capability-web-search = 웹 검색
agent-capability-graphic-art = 이미지 생성
agent-capability-code-interpreter = 코드 인터프리터
agent-capability-onedrive-sharepoint = SharePoint 및 OneDrive 파일
agent-capability-graph-connectors = Copilot 커넥터
agent-capability-teams-messages = Teams 메시지
agent-capability-email = 메일
agent-capability-email-actions = 메일 작업
agent-capability-people = 사람
agent-capability-meetings = 모임
agent-capability-meeting-actions = 모임 작업
agent-capability-embedded-knowledge = 패키지의 파일
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = 시나리오 모델
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = API 키
agent-sign-in-dynamic-registration = 동적 클라이언트 등록을 사용하는 OAuth
agent-sign-in-key-vault = Azure Key Vault의 키
agent-sign-in-reference = { $kind }(참조 ID { $id })
agent-agent = 에이전트 { $name }
agent-action = 작업 { $name }
agent-an-action = 작업
agent-copilot-extension = 앱의 Copilot 확장
agent-connector = 에이전트 커넥터 { $name }
agent-custom-engine = 사용자 지정 엔진 에이전트
agent-agentic-user-template = 에이전트 사용자 템플릿 { $name }
agent-api-of = { $label }의 API
agent-file-agent = { $file }의 에이전트
agent-file-action = { $file }의 작업
agent-file-api = API 설명 { $file }
agent-file-tools = MCP 도구 목록 { $file }
agent-file-card = 카드 템플릿 { $file }
agent-file-response-template = 응답 템플릿 { $file }
agent-file-agentic-user-template = { $file }의 에이전트 사용자 템플릿
agent-setting-name = 이름
agent-setting-description = 설명
agent-setting-disclaimer = 고지 사항
agent-thing-skill = 스킬
agent-thing-starter = 대화 시작 문구
agent-thing-tool = 도구
agent-thing-mcp-server = MCP 서버
agent-thing-local-runtime = 사용자 디바이스의 런타임
agent-thing-api = API
agent-added-to = { $label }에 { $what }
agent-removed-from = { $label }에서 { $what }
agent-setting-of = { $label }의 { $what }
agent-setting-added = { $label }에 { $what }
agent-file-of = { $label }의 파일
agent-format-of = { $label }의 형식 버전
agent-other-settings-of = { $label }의 기타 설정
agent-other-details-of = { $label }의 기타 세부 정보
agent-copilot-added = Copilot { $label }
agent-copilot-removed = Copilot { $label }
agent-declared-how = 매니페스트에서 { $label }을(를) 선언하는 방식
agent-declared-from-preview = 미리 보기 형식(Copilot 확장)에서 Copilot 에이전트로
agent-custom-engine-added = 사용자 지정 엔진 에이전트(앱의 봇을 통해 답변함)
agent-connector-added = { $label }
agent-connector-removed = { $label }
agent-mcp-server-of = { $label }의 MCP 서버
agent-sign-in-of = { $label }의 로그인
agent-sign-in-of-host = { $host }에 대한 { $label }의 로그인
agent-sign-in-of-number = { $label }의 로그인({ $number })
agent-skill = 에이전트 스킬
agent-skill-in-folder = 폴더 { $folder }의 에이전트 스킬
agent-agentic-user-template-added = 에이전트 사용자 템플릿 { $name }
agent-instructions-of = { $label }의 지침
agent-capability-from = { $label }에서 기능
agent-capability-to = { $label }에 기능
agent-capability-settings-of = { $label }의 { $capability } 설정
agent-starter-of = { $label }의 대화 시작 문구 { $starter }
agent-worker-from = { $label }에서 작업자 에이전트
agent-worker-to = { $label }에 작업자 에이전트
agent-action-from = { $label }에서 작업
agent-action-to = { $label }에 작업
agent-function = { $name }({ $description })
agent-function-from = { $label }에서 함수
agent-function-to = { $label }에 함수
agent-function-of = { $label }의 함수 { $name }
agent-server-of = { $label }의 서버
agent-servers-of = { $label }의 서버
agent-operation = { $operation }({ $id })
agent-operation-from = { $label }에서 API 작업
agent-operation-to = { $label }에 API 작업
agent-operations-changed = { $count ->
   *[other] { $label }의 API 작업 세부 정보
}
agent-tool-descriptions-of = { $label }의 도구 설명
agent-note-sign-in = 사용자는 에이전트가 { $host }을(를) 처음 사용할 때 로그인하라는 요청을 받습니다.
agent-note-action-service = 작업 “{ $name }”을(를) 처리하는 서비스
agent-note-new-host = 이제 에이전트가 { $host }에 요청을 보냅니다.
agent-note-converted = 선언적 에이전트가 사용자 지정 엔진 에이전트로 바뀌었습니다. 사용자는 새 에이전트를 검토하고 동의하라는 요청을 받으며, 에이전트를 다시 고정해야 합니다.
agent-note-admin-approval = 조직이 관리 센터를 통해 앱을 배포하는 경우, 사용자가 업데이트를 받기 전에 관리자가 각 업데이트를 승인합니다.
agent-note-source-sign-in = 에이전트 작업의 로그인에 관한 Microsoft 문서
agent-note-source-converted = 에이전트 변환에 관한 Microsoft 문서
agent-note-source-admin-approval = Microsoft 365 메시지 센터, MC1041454
agent-note-source-actions = 에이전트 작업에 관한 Microsoft 문서
agent-kind-agent = Copilot 에이전트 파일
agent-kind-plugin = 에이전트 작업 파일(API 플러그 인)
agent-kind-openapi = API 설명
agent-kind-mcp-tools = MCP 도구 설명
agent-kind-response-template = 응답 템플릿
agent-kind-card = 카드 템플릿
agent-kind-agentic-user-template = 에이전트 사용자 템플릿
agent-kind-file = 파일
agent-file-unreadable = { $what } “{ $name }”을(를) 읽을 수 없습니다: { $problem }. 개발자가 파일을 고쳐야 합니다.
agent-file-not-object = { $what } “{ $name }”에 있어야 할 내용이 없습니다(내용은 { $content }(이)어야 함). 개발자가 파일을 고쳐야 합니다.
agent-file-content-yaml = 이름이 지정된 값의 집합
agent-file-content-json = {"{"} {"}"} 안의 JSON 개체
agent-file-openapi-format = API 설명 “{ $name }”의 형식은 { $format }입니다. Copilot은 OpenAPI 3(openapi: 3.0.x 또는 3.1.x)을 읽습니다. 개발자가 변환해야 합니다.
agent-file-not-openapi = API 설명 “{ $name }”은(는) OpenAPI 3 문서가 아닙니다(openapi: 3.x가 명시되어 있지 않음. Swagger 2.0 파일은 변환해야 함). 개발자가 변환해야 합니다.
agent-field-copilot-agents = Copilot 에이전트
agent-field-copilot-extensions = Copilot 확장
agent-field-agent-connectors = 에이전트 커넥터
agent-field-agent-skills = 에이전트 스킬
agent-field-agentic-user-templates = 에이전트 사용자 템플릿

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = 게시된 버전
input-side-new = 새 버전
input-side-error = { $side }: { $error }
input-error = { $file }: { $problem }. { $fix }
input-error-at = { $file }, { $place }: { $problem }. { $fix }
input-where-line-column = { $line }줄 { $column }열
input-where-field = 필드 `{ $field }`
input-where-package-entry = 패키지 항목 `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = 파일을 읽는 동안 이 도구가 멈췄습니다(파일의 문제가 아니라 이 도구의 버그임)
input-internal-fix = 다시 시도하세요. 같은 문제가 다시 발생하면 신고해 주세요.
input-not-found = 파일이 없습니다(이동되었거나 이름이 바뀌었거나 삭제되었을 수 있음)
input-not-found-fix = 파일을 다시 선택하세요.
input-permission-denied = 이 파일을 읽을 권한이 없습니다
input-permission-denied-fix = 읽을 수 있는 위치로 파일을 복사하거나 컴퓨터 관리자에게 문의하세요.
input-unreadable = 파일을 읽을 수 없습니다({ $error })
input-unreadable-fix = 파일이 아직 있고 읽을 수 있는지 확인한 다음 다시 시도하세요.
input-folder = 파일이 아니라 폴더입니다
input-folder-fix = 폴더 안의 manifest.json 파일이나 앱 패키지(.zip)를 선택하세요.
input-not-regular-file = 일반 파일이 아닙니다(장치, 파이프 또는 그에 대한 바로 가기일 수 있음)
input-not-regular-file-fix = manifest.json 파일이나 앱 패키지(.zip) 자체를 선택하세요.
input-manifest-too-large = 매니페스트가 이 도구가 읽는 크기({ $mebibytes }MiB)보다 큽니다(실제 매니페스트는 몇 KB 정도임)
input-manifest-too-large-fix = 올바른 파일을 선택했는지 확인하세요.
input-count-translation-files = 번역 파일 { $count }개
input-count-other-files = 기타 파일 { $count }개
input-package-only-manifest = 매니페스트만 있는 앱 패키지
input-package-with = { $parts }가 포함된 앱 패키지
input-list-two = { $first } 및 { $last }
input-list-more = { $first }, { $rest }
input-bad-json = 올바른 JSON이 아닙니다: { $problem }
input-bad-json-fix = 텍스트 편집기에서 파일을 열어 해당 위치를 고치고 저장한 다음 다시 불러오세요.
input-bad-manifest-fix = 매니페스트에서 해당 필드를 고치고(Teams 개발자 포털에서 올바른 매니페스트를 내보낼 수 있음) 저장한 다음 다시 불러오세요.
input-package-damaged = 앱 패키지가 손상되었거나 일반 zip 파일이 아닙니다({ $detail })
input-package-damaged-fix = 패키지를 다시 다운로드하거나 빌드하세요(Teams 개발자 포털: 게시(Publish) › 앱 패키지 다운로드(Download app package)).
input-package-too-large = 앱 패키지가 { $mebibytes }MiB보다 큽니다
input-package-too-large-fix = Teams 앱 패키지에는 매니페스트와 작은 아이콘 두 개가 들어 있습니다. 올바른 파일을 선택했는지 확인하세요.
input-package-too-many-entries = 앱 패키지에 항목이 { $entries }개 있습니다. 이 도구는 최대 { $most }개까지 읽습니다
input-package-too-many-entries-fix = Teams 앱 패키지에는 매니페스트와 아이콘 몇 개가 들어 있습니다. 올바른 파일을 선택했는지 확인하세요.
input-packaged-manifest-too-large = manifest.json이 이 도구가 읽는 크기({ $mebibytes }MiB)보다 큽니다
input-package-unpacks-too-large = 앱 패키지의 압축을 풀면 { $mebibytes }MiB를 넘습니다
input-package-unpacks-too-large-fix = Teams 앱 패키지에는 매니페스트와 작은 아이콘 몇 개가 들어 있습니다. 올바른 파일을 선택했는지 확인하세요.
input-package-entry-damaged = 앱 패키지의 이 항목이 손상되어 압축을 풀 수 없습니다({ $error })
input-package-entry-damaged-fix = 패키지를 다시 빌드하거나 다운로드하세요.
input-manifest-in-folder = manifest.json이 패키지 안의 폴더에 들어 있지만, Teams에서는 패키지의 루트에 있어야 합니다
input-manifest-in-folder-fix = 파일을 담은 폴더가 아니라 파일 자체(manifest.json과 아이콘)를 압축하세요.
input-manifest-name-case = 매니페스트 이름이 `{ $name }`인데, Teams에서는 정확히 `manifest.json`(모두 소문자)이어야 합니다
input-manifest-name-case-fix = 파일 이름을 manifest.json으로 바꾸고 패키지를 다시 압축하세요.
input-no-manifest = 앱 패키지에 manifest.json이 없습니다
input-no-manifest-fix = Teams 앱 패키지는 manifest.json과 아이콘을 압축한 zip 파일입니다. Teams용으로 빌드된 패키지나 manifest.json 자체를 선택하세요.
input-kind-empty = 이 파일은 비어 있어서 매니페스트가 없습니다
input-kind-png = 매니페스트가 아니라 PNG 이미지입니다
input-kind-jpeg = 매니페스트가 아니라 JPEG 이미지입니다
input-kind-gif = 매니페스트가 아니라 GIF 이미지입니다
input-kind-pdf = 매니페스트가 아니라 PDF 문서입니다
input-kind-word = 매니페스트가 아니라 Word 문서입니다
input-kind-excel = 매니페스트가 아니라 Excel 통합 문서입니다
input-kind-powerpoint = 매니페스트가 아니라 PowerPoint 프레젠테이션입니다
input-kind-old-office = 매니페스트가 아니라 Microsoft Office 문서입니다
input-kind-other-archive = 다른 종류의 압축 파일(.rar, .7z, .gz 등)입니다. Teams 앱 패키지는 .zip 파일입니다
input-kind-utf16 = 이 매니페스트는 UTF-16 텍스트로 저장되어 있지만, Teams는 UTF-8 매니페스트만 읽습니다
input-kind-other-text = 매니페스트가 아닙니다. Teams 매니페스트는 "{"{"}"(으)로 시작하는 JSON 텍스트인데, 이 파일에는 다른 텍스트(프로그램, 웹 페이지, 메모 등)가 들어 있습니다
input-kind-empty-fix = manifest.json이나 .zip 앱 패키지를 선택하세요. 이 파일이 매니페스트라면 저장되지 않은 것입니다. 편집기에서 열어 다시 저장하세요.
input-kind-utf16-fix = 텍스트 편집기에서 열어 UTF-8로 저장한 다음(메모장: 파일 › 다른 이름으로 저장, 인코딩: UTF-8) 다시 불러오세요.
input-kind-other-archive-fix = manifest.json이나 .zip 앱 패키지를 선택하세요(Teams 개발자 포털: 게시(Publish) › 앱 패키지 다운로드(Download app package)).
input-kind-fix = manifest.json이나 .zip 앱 패키지를 선택하세요.
input-json-error-at = { $line }줄 { $column }열: { $problem }
input-json-not-utf8 = 파일이 UTF-8 텍스트가 아닙니다(UTF-16이나 Windows-1252 같은 다른 인코딩으로 저장되었거나 텍스트 파일이 아닐 수 있음)
input-json-too-deep = 개체와 목록이 { $levels }단계보다 깊게 중첩되어 있습니다
input-json-comment = manifest.json에는 주석을 쓸 수 없습니다. 주석을 삭제하세요(//부터 줄 끝까지, 또는 /*부터 */까지)
input-json-non-breaking-space = 여기에 보이지 않는 줄 바꿈 없는 공백(U+00A0)이 있는데, JSON에서는 일반 공백만 허용됩니다(웹 페이지나 문서에서 텍스트를 복사할 때 자주 생김). 삭제하고 일반 공백을 입력하세요
input-json-curly-double-quotes = 둥근 따옴표 “ ”는 곧은 따옴표 "여야 합니다(워드 프로세서가 입력 중에 바꿈). 각 따옴표를 "로 다시 입력하세요
input-json-curly-single-quotes = 둥근 따옴표 ‘ ’는 곧은 큰따옴표 "여야 합니다(JSON에는 작은따옴표가 없음). 각 따옴표를 "로 다시 입력하세요
input-json-invisible-character = 여기에 보이지 않는 문자(U+{ $code })가 있는데, JSON에서는 일반 공백만 허용됩니다. 삭제하세요
input-json-missing-comma-end-of-line = 이 줄 끝에 쉼표 `,`가 없습니다(또는 그 앞에 닫는 대괄호나 중괄호가 없음)
input-json-last-comma = 이 쉼표는 닫는 대괄호나 중괄호 바로 앞의 마지막 쉼표입니다. 제거하세요
input-json-trailing-comma = 닫는 대괄호나 중괄호 바로 앞에 쉼표가 있습니다. 제거하세요
input-json-key-not-string = 이름이 큰따옴표로 묶여 있지 않거나(JSON에서는 "name": value 형식이어야 함) 쉼표가 하나 더 있습니다
input-json-expected-value = 여기에 값이 와야 합니다. 큰따옴표로 묶은 텍스트, 숫자, true, false, null, 목록 [ ], 개체 {"{"} {"}"} 중 하나여야 합니다(작은따옴표와 따옴표 없는 단어는 사용할 수 없음)
input-json-unclosed-string = 텍스트 값에 닫는 큰따옴표가 없습니다
input-json-ends-too-early = 파일이 너무 일찍 끝납니다. 닫는 대괄호나 중괄호가 없습니다
input-json-missing-comma = 이 앞에 쉼표(또는 닫는 대괄호나 중괄호)가 없습니다
input-json-missing-colon = 이름 뒤에 콜론 `:`이 없습니다
input-json-trailing-characters = JSON 문서가 끝난 뒤에 추가 텍스트가 있습니다
input-json-control-character = 텍스트 값에 줄 바꿈이나 탭이 그대로 들어 있습니다. \n 또는 \t로 쓰세요
input-json-invalid-escape = 텍스트 값의 백슬래시가 JSON에서 인식하지 않는 이스케이프를 시작합니다(백슬래시는 \\로 쓰세요)
input-json-bad-hex-escape = 텍스트 값의 \u 이스케이프가 불완전합니다(기본 범위 밖의 문자에는 \u 이스케이프 두 개가 연달아 필요함)
input-json-unknown-word = 여기서 인식할 수 없는 단어가 있습니다. 따옴표 없이 쓰는 단어는 true, false, null뿐이며, 텍스트는 큰따옴표로 묶어야 합니다
input-json-invalid-number = 숫자가 JSON에서 허용하지 않는 방식으로 쓰여 있습니다(앞자리 0과 + 기호는 사용할 수 없고, 소수점 양쪽에 숫자가 있어야 함)
input-json-other = JSON 작성 방식에 맞지 않습니다({ $detail })
input-yaml-not-utf8 = 파일이 UTF-8 텍스트가 아닙니다
input-yaml-invalid = 올바른 YAML이 아닙니다: { $detail }
input-yaml-too-many-values = 문서에 값이 너무 많습니다(반복되는 부분을 포함해 백만 개 초과). OpenAPI 문서는 이보다 훨씬 작습니다

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = 게시된 버전으로 연 파일은 스토어에 있는 패키지가 아닙니다: { $reason }. 따라서 이 보고서에서는 스토어가 이전에 어떤 문제를 허용했는지 알 수 없습니다. 대신 스토어에 있는 패키지를 여세요. 파트너 센터에서 라이브 버전의 앱 패키지를 다운로드하면 됩니다(또는 지난번에 업로드한 .zip을 사용하세요).
report-not-store-package-app-id = 앱 ID “{ $id }”은(는) 게시된 앱의 ID가 아닙니다
report-not-store-package-format = 스토어에서 허용하지 않는 매니페스트 형식 “{ $format }”을(를) 사용합니다
report-not-store-package-placeholder = 빌드 도구가 채우는 자리 표시자(예: “{ $placeholder }”)가 있습니다
report-no-link-app-id-changed = 다운로드 링크 없음: 앱 ID가 바뀌었으므로 새 ID로 된 링크는 스토어에 없는 앱을 가리킵니다. 링크를 받으려면 게시된 앱 ID로 되돌리세요.
report-no-link-not-an-app-id = 다운로드 링크 없음: 앱 ID “{ $id }”은(는) 실제 앱 ID(0b5c3d6e-1234-4abc-9def-00112233aabb 같은 GUID)가 아닙니다. 링크에는 제출하는 패키지의 ID가 사용됩니다.
render-date = { $year }. { $month }. { $day }.
button-default-label = Microsoft Teams에서 받기
button-style-purple = 보라색
button-style-outline = 윤곽선
button-style-dark = 어두운 색
button-size-small = 작게
button-size-medium = 보통
button-size-large = 크게
button-unknown-style = 알 수 없는 스타일 “{ $style }”입니다. purple, outline, dark 중에서 선택하세요
button-unknown-size = 알 수 없는 크기 “{ $size }”입니다. small, medium, large 중에서 선택하세요
button-not-an-app-id = “{ $text }”은(는) 앱 ID가 아닙니다. 앱 ID는 0b5c3d6e-1234-4abc-9def-00112233aabb 형태입니다. Teams 개발자 포털이나 파트너 센터의 ID(스토어 ID)를 사용하세요.
button-empty-label = 단추 텍스트가 비어 있습니다. 단추에 표시할 텍스트를 쓰세요(예: “{ $example }”)

guide-fixer-app-window-portal = 여기서 수정할 수 있습니다: 수정된 사본 저장(또는 개발자 포털에서 앱을 열고 { $place })
guide-fixer-app-window = 여기서 수정할 수 있습니다: 수정된 사본 저장
guide-fixer-app-terminal-portal = 본인: 게시된 파일과 새 파일로 teams-update-check fix를 실행해 수정된 사본을 저장하거나, 개발자 포털에서 앱을 열고 { $place }
guide-fixer-app-terminal = 본인: 게시된 파일과 새 파일로 teams-update-check fix를 실행해 수정된 사본 저장
guide-fixer-portal-place = 본인, 개발자 포털에서(앱을 열고 { $place })
guide-fixer-portal = 본인, 개발자 포털에서
guide-fixer-developer = 개발자

guide-already-published = 게시된 버전에 이미 있음: 이전에는 스토어에서 허용했지만, 스토어는 업데이트할 때마다 패키지 전체를 다시 점검하므로 이번에는 거부할 수 있습니다.
guide-step-nothing-to-submit = 변경 작업을 하고 버전 번호를 올린 다음 새 패키지를 다시 확인하세요.
guide-step-fix-window = 위에 나열된 문제 { $count }개를 수정하세요. 문제마다 누가 수정할 수 있는지 나와 있습니다. “개발자에게 보낼 내용 복사”로 개발자에게 전달할 내용을 복사하세요.
guide-step-fix-document = 위에 나열된 문제 { $count }개를 수정하세요. 문제마다 누가 수정할 수 있는지 나와 있습니다. “개발자에게 보낼 내용” 목록은 그대로 개발자에게 보내면 됩니다.
guide-step-check-again-window = 그런 다음 수정된 패키지를 여기서 새 버전으로 열고, 제출하기 전에 다시 확인하세요.
guide-step-check-again-document = 그런 다음 제출하기 전에 Teams Update Check로 수정된 패키지를 다시 확인하세요.
guide-step-open-offer = 파트너 센터에서 앱의 제품(오퍼)을 열고 개요 탭의 앱 타일에서 업데이트하세요. “새 앱 추가”는 절대 사용하지 마세요. 업데이트가 아니라 두 번째 앱이 만들어집니다.
guide-step-upload = 이 패키지를 업로드하세요. 앱 ID는 그대로 두세요. 스토어는 이 ID로 앱을 식별합니다.
guide-step-tested-again = 이 업데이트는 앱이 할 수 있는 일을 바꾸므로 Microsoft가 게시 전에 다시 테스트합니다. 검토자가 무엇을 테스트할지 알 수 있도록 아래 인증 참고 사항을 파트너 센터의 인증 참고 사항 필드에 붙여 넣으세요.
guide-step-listing-only = 이 업데이트는 앱의 스토어 등록 정보와 버전만 바꿉니다. 그래도 Microsoft는 모든 업데이트를 게시 전에 검토합니다. 아래 인증 참고 사항에 변경된 내용이 나와 있습니다.
guide-step-users-approve = 게시된 후 기존 사용자는 앱을 다시 승인해야 업데이트를 받습니다. 아래 릴리스 정보로 사용자에게 무엇이 달라지는지 미리 알릴 수 있습니다.
guide-step-admin-approves = 게시된 후, 관리자가 추가 기능을 배포한 조직은 관리자가 이 업데이트를 다시 승인해야 업데이트를 받습니다. 그 전까지 해당 조직의 사람들은 업데이트된 추가 기능을 사용할 수 없습니다. 아래 릴리스 정보로 관리자에게 무엇이 달라지는지 미리 알릴 수 있습니다.
guide-step-users-not-asked = 게시된 후 기존 사용자에게는 앱을 다시 승인하라는 요청이 표시되지 않습니다.
guide-step-users-automatic = 게시된 후 기존 사용자는 업데이트를 자동으로 받습니다.
guide-agent-admin-approves = 조직이 관리 센터를 통해 앱을 배포하는 경우, 사용자가 Copilot 에이전트 업데이트를 받기 전에 관리자가 각 업데이트를 승인합니다.
guide-step-organization-only = 스토어가 아니라 조직에만 게시했나요? 그렇다면 Teams 관리 센터(앱 관리 › 해당 앱 › 파일 업로드)나 개발자 포털에서 패키지를 업로드하세요.
report-verdict-ready = 제출 준비 완료
report-verdict-nothing-to-submit = 변경된 내용 없음: 제출할 업데이트가 없습니다
report-verdict-blocked = 제출 전에 문제 { $count }개를 수정하세요
report-users-asked = 기존 사용자에게 앱을 다시 승인하라는 요청이 표시됩니다.
report-admin-asked = 관리자가 추가 기능을 배포한 조직: 해당 조직의 사람들이 업데이트된 추가 기능을 사용하려면 관리자가 이 업데이트를 다시 승인해야 합니다.
report-two-sentences = { $first } { $second }
report-consent-nothing-changed = 변경된 내용이 없으므로 기존 사용자가 승인할 것도 없습니다.
report-consent-users-not-asked = 기존 사용자에게는 앱을 다시 승인하라는 요청이 표시되지 않습니다.
report-consent-users-automatic = 기존 사용자는 이 업데이트를 자동으로 받습니다(새로 승인할 필요 없음).
report-consent-summary-none = 승인이 필요한 변경 사항 { $total }가지 중 이 업데이트에 포함된 것은 없습니다. 기존 사용자는 새 요청 없이 업데이트를 받습니다.
report-consent-summary = 승인이 필요한 변경 사항 { $total }가지 중 { $count }가지가 이 업데이트에 포함되어 있습니다.
report-consent-others-none = 승인이 필요한 변경 사항 { $count }가지 중 이 업데이트에 포함된 것은 없음
report-consent-others = 승인이 필요한 나머지 변경 사항 { $count }가지는 이 업데이트에 포함되어 있지 않음
report-who-users-and-admin = 승인 요청 대상: 모든 기존 사용자 및 Office 추가 기능을 배포한 관리자
report-who-admin = 승인 요청 대상: 개별 사용자가 아니라 조직에 Office 추가 기능을 배포한 관리자
report-who-users = 승인 요청 대상: 모든 기존 사용자
report-consent-title = 사용자나 관리자가 앱을 다시 승인해야 하나요?
report-consent-intro = 일부 변경 사항이 있으면 Teams가 모든 기존 사용자에게 앱을 다시 승인(동의)하라는 요청을 표시합니다. Office 추가 기능이 변경되면 대신 추가 기능을 배포한 관리자가 다시 승인해야 합니다.
report-consent-others-hint = 이 중 어느 것도 이 업데이트에 포함되어 있지 않습니다. 항목을 열면 의미를 확인할 수 있습니다.
report-store-title = 스토어에서 허용될까요?
report-store-warnings-title = 확인해 볼 만한 사항 { $count }개(업데이트를 막지는 않음)
report-store-template-findings = 이로 인한 발견 사항 { $count }개 보기
report-microsofts-rule = Microsoft 규칙
guide-notes-the-app = 앱
guide-notes-versions = { $app }: 버전 { $old }에서 { $new }(으)로 업데이트.
guide-notes-capabilities = 앱이 할 수 있는 일
guide-notes-agent = Copilot 에이전트
guide-notes-listing = 이름, 설명, 아이콘, 파일
guide-notes-heading = { $title }:
guide-notes-users-asked = 기존 사용자에게 앱을 다시 승인하라는 요청이 표시됩니다: { $rules }.
guide-notes-admin-asked = Office 추가 기능을 배포한 관리자가 다시 승인해야 합니다: { $rules }.
guide-release-our-app = 저희 앱
guide-release-users-opening = { $app } { $version }이(가) 곧 Microsoft Teams에 제공됩니다. 업데이트가 도착하면 새 버전을 사용하기 전에 Teams에서 { $app }을(를) 다시 승인하라는 요청이 표시됩니다. 이번 업데이트로 앱이 할 수 있는 일이 바뀌기 때문이며, 예상된 동작입니다.
guide-release-users-heading = 달라지는 점:
guide-release-admin-opening = { $app } { $version }이(가) 곧 제공됩니다. 이 버전의 Office 추가 기능은 관리자의 승인이 필요한 방식으로 바뀝니다. 조직에 추가 기능을 배포한 관리자가 이 업데이트를 다시 승인해야 하며, 그 전까지 조직의 사람들은 업데이트된 추가 기능을 사용할 수 없습니다. 이번 업데이트로 추가 기능이 실행되는 위치나 시점이 바뀌기 때문이며, 예상된 동작입니다.
guide-release-admin-heading = 달라지는 점:
guide-release-users-asked = 승인 요청 대상: Teams에서 앱을 사용하는 모든 사람.
guide-release-team-owner = 팀과 그룹 채팅용 새 탭은 팀 소유자나 채팅 참가자가 원하는 채널이나 채팅에 추가합니다.
guide-release-for-admins = IT 관리자 참고: 이 업데이트는 앱의 로그인 설정이나 앱이 요청하는 권한을 변경합니다. Teams 관리 센터의 앱 관리 › { $app } › 권한에서 검토할 수 있으며, 여기서 조직을 대신해 동의를 부여할 수 있습니다.
guide-release-addin-admins = Office 추가 기능을 배포한 IT 관리자 참고: 이 추가 기능 업데이트를 다시 승인하세요. 승인하기 전까지 조직의 사람들은 업데이트된 추가 기능을 사용할 수 없습니다.
guide-release-admin-asked = 승인 요청 대상: 개별 사용자가 아니라 조직에 추가 기능을 배포한 관리자.
guide-handoff-the-app = 앱
guide-handoff-intro = Teams Update Check에서 { $file }({ $app } { $version })을(를) 확인한 결과 스토어가 거부할 문제가 { $count }개 발견되었습니다. 수정 부탁드립니다:
guide-handoff-where = 위치: { $place }
guide-handoff-who = 담당: { $who }
guide-handoff-rule = 규칙: { $rule }
guide-handoff-check = { $title }: { $message }
guide-handoff-manifest-field = manifest.json, “{ $field }”
guide-handoff-file-line = { $file }, { $line }줄 { $column }열
guide-handoff-note = 참고: { $note }
report-next-steps-title = 다음에 할 일
report-certification-notes-lead = 파트너 센터의 인증 참고 사항에 넣을 초안으로, 이 업데이트에서 변경된 내용입니다. 로그인 및 테스트 방법을 추가하세요.
report-certification-notes-title = 인증 참고 사항
report-certification-notes-copy = 인증 참고 사항 복사
report-release-note-admin = 추가 기능을 배포한 관리자가 이 업데이트를 다시 승인해야 합니다. 업데이트가 도착하기 전에 고객사의 IT 관리자에게 이 안내를 보내세요.
report-release-note-both = 기존 사용자에게 앱을 다시 승인하라는 요청이 표시되고, 추가 기능을 배포한 관리자도 다시 승인해야 합니다. 업데이트가 도착하기 전에 사용자와 IT 관리자에게 이 안내를 보내세요.
report-release-note-users = 기존 사용자에게 앱을 다시 승인하라는 요청이 표시됩니다. 업데이트가 도착하기 전에 사용자(와 IT 관리자)에게 이 안내를 보내세요.
report-release-note-title = 사용자에게 알리기
report-release-note-copy = 릴리스 정보 복사
report-attention-title = 제출 전에 수정할 문제
report-attention-intro = 문제마다 누가 수정할 수 있는지 나와 있습니다. 문제를 수정한 다음 수정된 패키지를 다시 확인하세요.
report-handoff-lead = 이 목록을 개발자에게 전달하세요. 각 문제의 위치(파일, 줄, 열)와 Microsoft 규칙이 나와 있어 이메일이나 티켓에 바로 붙여 넣을 수 있습니다.
report-handoff-title = 개발자에게 보낼 내용
report-handoff-copy = 개발자에게 보낼 내용 복사
report-checks-title = 버전 및 앱 ID
report-checks-intro = Microsoft는 업데이트할 때 앱 ID를 유지하고, 이름이나 설명만 바꾸더라도 변경이 있으면 버전 번호를 올리도록 요구합니다.
report-agent-notes-title = 사용자가 알아차릴 변화
report-agent-notes-intro = 이 업데이트의 Copilot 에이전트에 관한 정보입니다. 참고용이며, 사용자가 앱을 다시 승인해야 하는지에는 영향을 주지 않습니다.
report-area-identity-hint = 앱 ID, 버전 번호, 매니페스트 형식 버전
report-area-listing-hint = 스토어에서 사람들이 보는 정보: 이름, 설명, 개발자 정보, 아이콘, 색
report-area-capability-hint = Teams와 Office에서 앱이 할 수 있는 일: 봇, 탭, 메시지 확장, 커넥터, 로그인, 권한, Office 추가 기능
report-area-package-file-hint = .zip 앱 패키지에서 manifest.json 외의 파일(예: 아이콘, 번역)
report-area-agent-hint = Copilot 에이전트: 지침, 기능, 작업, 에이전트가 호출하는 서버
report-area-other-hint = 매니페스트의 기타 설정
report-changes-nothing = 없음: 두 버전이 같습니다.
report-download-title = 웹사이트용 다운로드 링크
report-download-window = Teams 스토어에서 앱을 여는 단추를 웹사이트에 넣으세요. 단추의 HTML은 이 창에서 만들어 드립니다.
report-download-terminal = Teams 스토어에서 앱을 여는 단추를 웹사이트에 넣으세요. 새 파일로 teams-update-check button을 실행하면 단추의 HTML이 출력됩니다.
report-download-document = Teams 스토어에서 앱을 여는 단추를 웹사이트에 넣으세요. 단추의 HTML은 Teams Update Check에서 만들어 드립니다.
report-nothing-note = 두 버전이 같습니다. 변경 작업을 하고 버전 번호를 올린 다음 다시 확인하세요.
report-error-title = 발생한 문제
report-error-note = 파일을 고치거나 올바른 파일을 선택한 다음 다시 확인하세요.
report-row-file = 파일
report-row-app-name = 앱 이름
report-row-app-id = 앱 ID
report-row-version = 버전
report-row-manifest-format = 매니페스트 형식
report-full-value = { $subject }의 전체 값
report-changes-title = 변경된 내용({ $count })
report-changes-area = { $area }({ $count })
report-error-headline = { $side }을 불러올 수 없습니다
report-error-note-file = { $file }은(는) { $side }입니다. 아직 아무것도 비교하지 않았습니다.
render-unnamed-app = 이름 없는 앱
render-published-new = 게시됨: { $published }   새 버전: { $new }
render-label-note = 참고:
render-label-sources = 출처:
render-label-where = 위치:
render-label-who = 수정할 수 있는 사람:
render-label-why = 이유:
render-label-developers = 개발자용:
render-title = Teams 업데이트 확인: { $headline }
render-column-published = 게시됨
render-column-new = 새 버전
render-verdict = 판정
render-footer = Microsoft Teams 앱 업데이트를 스토어에 제출하기 전에 확인하는 도구인 Teams Update Check로 작성했습니다. 실행된 컴퓨터에서 파일을 읽기만 했으며 아무 데도 보내지 않았습니다.
render-title-app = { $app } — Teams 업데이트 확인: { $headline }
render-teams-update-check = Teams 업데이트 확인
render-report = 보고서
render-button-preview = 웹사이트에 표시되는 다운로드 단추:
fix-version-not-raised = 게시된 버전 “{ $published }”이(가) 숫자와 점으로 이루어져 있지 않아서(또는 숫자가 너무 길어서) 버전을 자동으로 올릴 수 없습니다.
fix-who-type-version = 본인: 개발자 포털에서 새 버전(게시된 버전보다 높게)을 입력하거나 --new-version으로 지정하세요.
fix-what-version = 버전
fix-typed-version-form = 버전 “{ $version }”은(는) 1.4.2처럼 점으로 구분된 세 개의 정수가 아닙니다. 이 형식으로 입력하세요(문자, 앞자리 0 없이).
fix-typed-version-not-higher = 버전 { $version }이(가) 게시된 버전 { $published }보다 높지 않습니다. 더 높은 버전을 입력하세요.
fix-what-unused-files = 패키지에서 사용하지 않는 파일
fix-unused-files-before = 파일 { $count }개: { $names }
fix-unused-files-after = 제외됨
fix-what-package-files = 패키지의 파일
fix-folder-before = “{ $folder }” 폴더 안
fix-folder-after = Teams가 찾는 위치인 패키지 루트
fix-package-damaged = 패키지의 항목 하나가 손상되어 패키지를 다시 쓸 수 없습니다({ $error }). 패키지를 다시 빌드하거나 다운로드하세요.
fix-folder-damaged = 항목 하나가 손상되어 패키지의 파일을 폴더 밖으로 옮길 수 없습니다({ $error }). 패키지를 다시 빌드하거나 다운로드하세요.
fix-output-is-input = 점검 중인 파일 중 하나입니다. 수정된 사본은 이 파일들을 덮어쓰지 않으니 다른 이름을 선택하세요
fix-schema-preview = 매니페스트가 스토어에서 거부하는 미리 보기 형식 devPreview를 사용합니다. 링크가 이 형식을 가리키게 하면 패키지가 스토어에서 허용하는 상태에서 더 멀어집니다. 먼저 매니페스트를 게시된 형식으로 옮기고(“매니페스트가 스토어에서 허용하는 형식을 사용함” 참조) 그 형식의 링크를 사용하세요
fix-schema-unknown-format = 매니페스트 형식(manifestVersion)이 Microsoft가 게시한 형식이 아니어서 사용할 공식 링크가 없습니다
fix-schema-not-text = 링크가 있지만 텍스트가 아니어서 원래 의도한 값을 알 수 없습니다
fix-schema-not-fixed = “{ $file }”의 스키마 링크를 수정하지 않았습니다: { $reason }.
fix-who-developer = 개발자.
fix-schema-missing = 없음
fix-what-schema-link = “{ $file }”의 스키마 링크({ $field })
fix-icon-outline = 윤곽선 아이콘
fix-icon-color = 색 아이콘
fix-icon-small-color = 작은 색 아이콘
fix-who-icon-maker = 아이콘 디자이너(또는 개발자).
fix-icon-not-fixed = { $icon } “{ $file }”을(를) 수정하지 않았습니다: { $reason }
fix-icon-shared = 같은 파일이 { $other }으로도 쓰이는데, 그 아이콘은 크기나 색이 달라야 합니다. 아이콘마다 별도의 파일이 필요합니다.
fix-icon-not-png = PNG 이미지가 아닙니다. 먼저 PNG로 저장하세요.
fix-icon-not-square = 크기가 { $width } × { $height }픽셀로 정사각형이 아닙니다. { $want } × { $want }(으)로 크기를 조정하면 그림이 늘어나고, 잘라 내는 작업은 사람이 직접 보고 해야 합니다.
fix-icon-too-large = 크기가 { $width } × { $height }픽셀로 너무 커서 안전하게 열 수 없습니다(아이콘은 { $want } × { $want }픽셀).
fix-icon-damaged = 손상된 PNG 이미지라서 열 수 없습니다.
fix-icon-no-transparency = 투명한 픽셀이 없어서 흰색으로 만들면 흰 사각형이 됩니다. 윤곽선 아이콘은 투명한 배경에 앱 모양을 흰색으로 그린 것이어야 합니다.
fix-icon-not-saved = 크기를 조정한 그림을 PNG로 저장할 수 없습니다.
fix-icon-size = { $width } × { $height }픽셀
fix-icon-whitened = { $want } × { $want }픽셀, 투명 배경에 흰색(픽셀 { $count }개를 흰색으로 바꾸고 투명도 유지)
fix-what-icon = { $icon } “{ $file }”
report-mark-ok = 통과
report-mark-fix = 수정 필요
report-mark-warn = 확인 필요
report-mark-skip = 해당 없음
report-mark-info = 참고
report-mark-step = 다음
report-mark-yes = 예
report-mark-no = 아니요
report-mark-added = 추가됨
report-mark-removed = 제거됨
report-mark-changed = 변경됨
punctuation-colon = {": "}
report-tag-pass = 통과
report-tag-fix = 수정 필요
report-tag-warn = 확인 필요
report-tag-skip = 필요 없음
report-tag-note = 참고
report-tag-next = 다음
report-tag-yes = 예
report-tag-no = 아니요
store-consequence-unused-files = 이 때문에 게시된 버전에서 사용하던 파일 { $count }개({ $files })를 패키지에서 더 이상 사용하지 않습니다. 이 문제를 해결하면 다시 사용되므로 삭제하지 마세요.
report-files-not-compared = 패키지 대신 manifest.json이 지정되어 아이콘과 패키지의 다른 파일은 비교하지 않았습니다. 비교하려면 두 .zip 앱 패키지를 모두 여세요.
change-value-before = 이전
change-value-now = 현재
report-finding-place = { $file }의 { $place }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = 기본 정보(Basic information) › 버전(Version)
portal-basic-app-names = 기본 정보(Basic information) › 앱 이름(App names)
portal-basic-descriptions = 기본 정보(Basic information) › 설명(Descriptions)

portal-basic-developer-information = 기본 정보(Basic information) › 개발자 정보(Developer information)
portal-branding-color-icon = 브랜딩(Branding) › 색 아이콘(Color icon)
portal-branding-outline-icon = 브랜딩(Branding) › 윤곽선 아이콘(Outline icon)
portal-features-bot = 앱 기능(App features) › 봇(Bot)
portal-features-personal-app = 앱 기능(App features) › 개인 앱(Personal app)

## Command line (src/cli.rs, src/cli/)
cli-error = 오류: { $error }
cli-unknown-language = 오류: --lang: “{ $tag }”은(는) 이 앱에서 지원하지 않는 언어입니다. 다음 중 하나를 선택하세요: { $tags }.
cli-nothing-fixed = 자동으로 수정할 수 있는 항목이 없어 사본을 저장하지 않았습니다.
cli-copy-not-saved = 오류: 수정된 사본을 { $path }에 저장할 수 없습니다({ $error }). --output으로 다른 위치를 선택하거나, 디스크 공간이 충분하고 폴더에 쓸 수 있는지 확인하세요.
cli-copy-saved = 수정된 사본을 저장했습니다: { $path }
cli-fixed-heading = 수정됨({ $count }):
cli-fixed-step = { $what }: 이전 { $before }, 현재 { $after }
cli-not-fixed-heading = 여기서 수정하지 못함({ $count }):
cli-problem = 문제
cli-not-fixed-item = { $title }: { $message }
cli-who-can-fix = 수정할 수 있는 사람: { $who }
cli-fix-result = { $which ->
    [fixed] 수정된 사본
   *[new] 새 버전
}: { $headline }
cli-output-not-written = 오류: 출력을 쓸 수 없습니다({ $error }). 디스크 공간이 충분하고 파일에 쓸 수 있는지 확인하세요.
cli-could-not-load-side = 오류: { $side } 파일을 불러올 수 없습니다: { $error }
cli-could-not-load = 오류: { $file }을(를) 불러올 수 없습니다: { $error }
cli-input-error-at = { $place }: { $problem }. { $fix }
cli-input-error = { $problem }. { $fix }
cli-app-id-error = 오류: --app-id: { $error }
cli-app-id-in-file = 오류: { $path }의 앱 ID: { $error } (또는 --app-id로 ID를 지정하세요.)
cli-label-error = 오류: --label: { $error }
cli-no-window-in-build = 이 teams-update-check 빌드에는 창이 없습니다(`gui` 기능 없이 빌드됨). `teams-update-check check OLD NEW`를 사용하세요. 자세한 내용은 `teams-update-check --help`를 참조하세요.
cli-no-display = 오류: 디스플레이를 찾을 수 없어 창을 열 수 없습니다(데스크톱이 없는 서버, 컨테이너 또는 원격 셸로 보입니다). 명령줄은 디스플레이 없이도 작동합니다. `teams-update-check check PUBLISHED NEW`를 실행하세요(`teams-update-check --help` 참조).
cli-window-not-opened = 오류: 창을 열 수 없습니다. 디스플레이를 찾을 수 없거나 컴퓨터의 그래픽 기능으로 창을 시작할 수 없습니다. 명령줄은 창 없이도 작동합니다. `teams-update-check check PUBLISHED NEW`를 실행하세요(`teams-update-check --help` 참조).

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = 버전 { $version }
app-close = 닫기
app-cancel = 취소
app-where = 위치: { $place }
app-the-file = 파일
app-the-app = 앱
app-copied = { $what }을(를) 클립보드에 복사했습니다
app-clipboard-failed = 클립보드를 사용할 수 없습니다({ $error }). 아래 텍스트를 선택해 직접 복사하세요.
app-no-clipboard = 클립보드 없음

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = 파일은 이 컴퓨터에만 있으며 아무것도 업로드되지 않습니다. 파일은 읽기만 하고 변경하지 않습니다.
app-tagline = 제출하기 전에 Teams 앱 업데이트를 확인하세요
app-about = 정보
app-about-hover = 버전, 라이선스, 이 앱이 파일을 다루는 방식
app-language = 언어
app-language-hover = 창과 내보내는 보고서의 언어
app-language-system = 이 컴퓨터와 같음({ $language })
app-export = 보고서 내보내기…
app-export-hover = 이 보고서를 Markdown이나 HTML로 저장합니다({ $shortcut })
app-export-disabled-hover = 먼저 두 버전을 모두 여세요
app-try-example = 예제로 해 보기
app-try-example-hover = 사용자 승인이 필요한 기본 제공 예제 업데이트를 불러옵니다
app-paste-path-first = 먼저 파일의 전체 경로를 붙여 넣으세요.
app-no-file-dialog = 이 컴퓨터에서 파일 대화 상자를 열 수 없습니다. 파일을 창에 끌어다 놓거나 카드에 전체 경로를 붙여 넣으세요.
app-fixed-copy-saved = 수정된 사본을 저장했습니다: { $path }. 이제 이 사본이 새 버전으로 열려 있습니다.
app-button-needs-new-version = 먼저 새 버전을 여세요. 이 단추는 새 버전의 앱 ID를 사용합니다.
app-what-button-html = 단추 HTML
app-what-link = 링크
app-too-many-dropped = 끌어다 놓은 파일 중 처음 두 개만 사용했습니다.
app-notice-not-opened = 타사 고지를 열 수 없습니다. 파일 관리자에서 { $path }을(를) 여세요.
app-same-file = 두 카드에 같은 파일이 있으므로 변경된 내용이 있을 수 없습니다. 오른쪽에서 새 버전을 여세요.
app-checking = 확인 중…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = 이 파일을 읽는 동안 Teams Update Check에 내부 문제가 발생했습니다(도구의 버그이며, 파일에 문제가 있다는 뜻은 아님)
app-internal-read-fix = “다시 불러오기”를 시도하세요. 같은 문제가 다시 발생하면 파일을 첨부해 신고해 주세요. 그동안 Teams 개발자 포털에서 파일을 확인하세요.
app-internal-check = 두 파일을 비교하는 동안 Teams Update Check에 내부 문제가 발생했습니다(도구의 버그). “다시 불러오기”를 시도하세요. 같은 문제가 다시 발생하면 파일을 첨부해 신고해 주세요.
app-internal-write = 파일을 쓰는 동안 Teams Update Check에 내부 문제가 발생했습니다(도구의 버그). 다시 시도해 주세요.
app-open-dialog-title = { $side ->
    [old] 게시된 버전 열기(현재 스토어에 있는 버전)
   *[new] 새 버전 열기(제출할 버전)
}
app-filter-manifest-or-package = Teams 매니페스트 또는 앱 패키지
app-filter-all-files = 모든 파일
app-save-report-title = 보고서 저장
app-filter-html = 웹 페이지(HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = Microsoft Teams 앱 업데이트를 스토어에 제출하기 전에 확인합니다. 업데이트가 준비되었는지, 사용자에게 앱을 다시 승인하라는 요청이 표시되는지, 무엇이 바뀌었는지 알려 줍니다.
app-about-privacy-heading = 파일은 이 컴퓨터에만 있습니다
app-about-privacy = 이 앱은 사용자가 연 파일을 읽기만 하고 절대 변경하지 않습니다. 네트워크에 연결하지 않으므로 아무것도 전송되지 않으며, 점검에 사용하는 Microsoft 스키마는 앱에 기본으로 들어 있습니다.
app-about-license-heading = 라이선스
app-about-license = Teams Update Check는 MIT 라이선스에 따른 자유 소프트웨어입니다.
app-about-show-license = 라이선스 보기
app-about-third-party-heading = 타사 소프트웨어
app-about-third-party = 이 앱은 오픈 소스 구성 요소로 만들어졌습니다. 각 구성 요소의 라이선스는 앱과 함께 제공되는 타사 고지에 나와 있습니다.
app-about-open-notice = 타사 고지 열기
app-about-no-notice = 이 앱 사본은 패키지에서 설치되지 않아 오픈 소스 구성 요소와 그 라이선스 목록({ $file })이 함께 있지 않습니다. 설치된 앱에는 이 목록이 있습니다.
app-about-trademark = Microsoft가 만들거나 보증한 앱이 아닙니다. Microsoft Teams는 Microsoft 그룹 회사의 상표입니다.

# The download button panel (src/app/button_panel.rs)
app-button-heading = 웹사이트용 다운로드 단추
app-button-intro = 이 단추를 제품 웹사이트에 넣으면 방문자가 Teams에서 앱을 받을 수 있습니다. 링크는 앱이 Teams 스토어에 게시된 후에 작동합니다.
app-button-text = 단추 텍스트
app-button-look = 모양
app-button-look-named = 모양: { $style }
app-button-size = 크기
app-button-size-named = 크기: { $size }
app-button-hint-filled = 흰색 텍스트의 Teams 보라색: 밝은 페이지와 어두운 페이지 모두에서 잘 보입니다.
app-button-hint-outline = 투명 배경에 보라색 텍스트와 테두리: 밝은 페이지 전용입니다. 어두운 페이지에서는 “보라색”이나 “어두운 색”을 선택하세요.
app-button-hint-dark = 흰색 텍스트의 검정에 가까운 색: 밝은 페이지와 복잡한 페이지에 적합합니다(검은색 페이지에서는 눈에 띄지 않음).
app-button-app-id = 앱 ID
app-button-app-id-hover = Teams 스토어에서 앱의 ID입니다. 새 매니페스트에서 가져오며, 다른 ID(예: 파트너 센터의 스토어 ID)를 입력하면 그 ID를 대신 사용합니다.
app-button-app-id-from-manifest = { $id }(새 버전의 매니페스트에서 가져옴)
app-button-app-id-hint = 다른 앱 ID를 사용하려면 여기에 입력하거나 붙여 넣으세요
app-button-placeholder-id = 새 매니페스트의 ID가 자리 표시자로 보입니다. 위에 실제 앱 ID를 입력하세요.
app-button-preview = 미리 보기
app-button-copy-html = HTML 복사
app-button-copy-html-hover = 웹사이트에 붙여 넣을 단추의 HTML 코드를 복사합니다({ $shortcut })
app-button-copy-link = 링크 복사
app-button-open-preview = 브라우저에서 미리 보기 열기
app-button-open-preview-hover = 웹 브라우저에서 실제 단추를 확인합니다
app-button-show-html = HTML 코드 보기
app-button-html-label = 페이지에 붙여 넣을 HTML:
app-preview-not-written = 미리 보기 페이지를 쓸 수 없습니다({ $error }). 대신 HTML을 복사해 직접 만든 페이지에 붙여 넣으세요.
app-preview-no-address = 페이지에 파일 주소가 없습니다
app-preview-opened = 웹 브라우저에 미리 보기를 열도록 요청했습니다. 브라우저 창이 나타나지 않으면 브라우저에서 { $path }을(를) 여세요.
app-preview-no-browser = 웹 브라우저를 시작할 수 없습니다({ $error }). 미리 보기 페이지가 { $path }에 저장되어 있으니 브라우저에서 여세요.
app-preview-page-title = 단추 미리 보기
app-preview-on-light = 밝은 페이지:
app-preview-on-grey = 회색 페이지:
app-preview-on-dark = 어두운 페이지:

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] 게시된 버전
   *[new] 새 버전
}
app-card-hint = { $side ->
    [old] 현재 Teams 스토어에 있는 버전
   *[new] 제출하려는 업데이트
}
app-reversed = 새 버전의 번호가 게시된 버전보다 낮습니다. 두 파일을 반대로 열지 않았나요?
app-swap = 서로 바꾸기
app-swap-hover = 게시된 버전과 새 버전을 서로 바꿉니다
app-card-empty = 여기에 manifest.json이나 앱 패키지(.zip)를 끌어다 놓거나
app-card-reading = { $file } 읽는 중…
app-card-icon-alt = { $name }의 색 아이콘
app-card-icon-hover = 패키지에 있는 앱의 색 아이콘
app-card-no-name = (매니페스트에 앱 이름이 없음)
app-card-file = 파일: { $file }
app-card-manifest-format = 매니페스트 형식 { $schema }
app-card-not-given = 지정되지 않음
app-card-manifest-format-hover = manifestVersion: 파일이 따르는 Microsoft 매니페스트 형식의 버전
app-card-could-not-load = { $file }을(를) 불러올 수 없습니다
app-card-what-is-wrong = 문제: { $problem }
app-card-what-to-do = 해결 방법: { $fix }
app-card-open = 열기…
app-card-open-hover = manifest.json이나 .zip 앱 패키지를 선택합니다({ $shortcut })
app-card-open-named = { $side ->
    [old] 게시된 버전 열기…
   *[new] 새 버전 열기…
}
app-card-reload = 다시 불러오기
app-card-reload-hover = 파일을 다시 읽습니다({ $shortcut })
app-card-reload-named = { $side ->
    [old] 게시된 버전 다시 불러오기
   *[new] 새 버전 다시 불러오기
}
app-card-clear = 지우기
app-card-clear-named = { $side ->
    [old] 게시된 버전 지우기
   *[new] 새 버전 지우기
}
app-card-typed-path = 이 창에 파일을 끌어다 놓거나 여기에 전체 경로를 붙여 넣으세요:
app-card-typed-path-hover = Linux에서 이 대화 상자를 사용하려면 데스크톱의 파일 선택기(xdg-desktop-portal 서비스)나 zenity 프로그램이 필요합니다.
app-card-path-example-windows = C:\Users\you\Downloads\app-package.zip
app-card-path-example = /home/you/Downloads/app-package.zip
app-card-path-named = { $side ->
    [old] 게시된 버전 파일의 경로
   *[new] 새 버전 파일의 경로
}
app-card-open-typed = 열기
app-drop-overlay = 카드에 끌어다 놓으면 그 카드에 파일을 불러옵니다
app-drop-question = 어느 버전인가요?
app-drop-load-as = { $file }을(를) 다음으로 불러오기:

# Saving the report (src/app/export.rs)
app-report-saved = 보고서를 저장했습니다: { $path }
app-report-saved-no-dialog = 이 컴퓨터에서 저장 대화 상자를 열 수 없어 보고서를 { $path }에 저장했습니다
app-export-is-input = 저장하지 않음: { $path }은(는) 확인 중인 파일 중 하나입니다. 다른 이름을 선택하세요.
app-export-failed = 보고서를 { $path }에 저장할 수 없습니다({ $error }). 쓰기 가능한 폴더를 선택하세요.

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = 수정된 사본: { $path }
app-fix-repaired = { $what }: 이전 { $before }, 현재 { $after }
app-fix-left = { $problem } 수정할 수 있는 사람: { $who }
app-fix-save = 수정된 사본 저장…
app-fix-save-hover = 안전한 수정 사항(버전 번호, 스키마 링크, 아이콘, 사용하지 않는 파일)을 적용한 새 패키지를 저장합니다. 원래 파일은 변경되지 않습니다. 저장한 사본은 새 버전으로 열립니다.
app-fix-some-repairable = 이 문제 중 일부는 자동으로 수정할 수 있습니다.
app-fix-version-label = 사본의 버전:
app-fix-version-named = 수정된 사본의 버전
app-fix-leave-empty = 비워 두면 { $proposed }을(를) 사용합니다(게시된 버전은 { $published }).
app-fix-no-dialog = 이 컴퓨터에서 저장 대화 상자를 열 수 없습니다. 수정된 사본을 저장할 위치를 입력하세요:
app-fix-path-named = 수정된 사본의 경로
app-fix-save-copy = 사본 저장
app-fix-folder-hover = 파일을 폴더에서 꺼내 Teams가 찾는 위치인 루트로 옮긴 새 패키지를 저장합니다. 원래 파일은 변경되지 않습니다.
app-fix-folder = 새 버전의 파일이 패키지 안의 폴더에 들어 있습니다. 사본을 만들어 파일을 루트로 옮길 수 있습니다.
app-fix-dialog-title = 새 버전의 수정된 사본 저장
app-internal-fix = 수정된 사본을 만드는 동안 Teams Update Check에 내부 문제가 발생했습니다(도구의 버그). 원래 파일은 변경되지 않았습니다.
app-fix-not-read-again = 새 버전을 다시 읽을 수 없습니다({ $error }). 다시 여세요.
app-fix-not-made = 수정된 사본을 만들 수 없습니다: { $error }
app-fix-nothing = 자동으로 수정할 수 있는 항목이 없습니다. 남은 문제는 사람이 직접 해결해야 합니다(목록 참조).
app-fix-not-saved = 수정된 사본을 { $path }에 저장할 수 없습니다({ $error }). 다른 위치를 선택하세요.

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = 파일의 일부 텍스트가 { $scripts }(으)로 되어 있는데, 이 컴퓨터에는 이를 표시할 수 있는 글꼴이 없어 빈 상자로 보입니다. 텍스트를 보려면 { $fix }을(를) 설치하고 Teams Update Check를 다시 여세요. 점검 자체에는 영향이 없으며 결과는 완전합니다.
app-font-fix-other = 해당 문자가 있는 글꼴
app-font-fix-emoji = 이모지 글꼴(예: Noto Color Emoji)
app-font-fix-script = { $scripts }용 글꼴(예: 무료 Noto 글꼴 제품군)
app-list-and = { $first } 및 { $last }
app-hide = 숨기기
app-script-greek = 그리스 문자
app-script-cyrillic = 키릴 문자
app-script-armenian = 아르메니아 문자
app-script-hebrew = 히브리 문자
app-script-arabic = 아랍 문자
app-script-devanagari = 힌디어(데바나가리 문자)
app-script-bengali = 벵골 문자
app-script-gurmukhi = 펀자브어(구르무키 문자)
app-script-gujarati = 구자라트 문자
app-script-odia = 오디아 문자
app-script-tamil = 타밀 문자
app-script-telugu = 텔루구 문자
app-script-kannada = 칸나다 문자
app-script-malayalam = 말라얄람 문자
app-script-sinhala = 싱할라 문자
app-script-thai = 태국 문자
app-script-lao = 라오 문자
app-script-tibetan = 티베트 문자
app-script-burmese = 미얀마 문자
app-script-georgian = 조지아 문자
app-script-korean = 한글
app-script-ethiopic = 암하라어(에티오피아 문자)
app-script-khmer = 크메르 문자
app-script-emoji = 이모지
app-script-japanese = 일본어
app-script-chinese = 중국어
app-script-other = 기타 문자

# The report's own labels (src/app/report_view.rs)
app-sources = 출처:
app-source-link = 출처 ↗
app-for-developers = 개발자용: { $lines }
app-show-details = 세부 정보 보기
app-show-details-hover = 아래에 있는 이 문제의 세부 정보로 이동합니다
app-why = 이유: { $why }
app-who-can-fix = 수정할 수 있는 사람:
app-select-to-copy = 일부만 복사하려면 텍스트를 선택하세요
app-copy-full-value = 전체 값 복사
app-copy-full-value-hover = 전체 값을 클립보드에 복사합니다
app-copy-hover = 다른 곳에 붙여 넣을 수 있도록 텍스트를 클립보드에 복사합니다
app-show-the-text = 텍스트 보기
app-developer-details = 개발자용 세부 정보

# The welcome page (src/app/welcome.rs)
app-welcome-heading = 사용 방법
app-welcome-step-1 = 1. 왼쪽에서 현재 Teams 스토어에 있는 앱 버전을 여세요. 해당 버전의 manifest.json이나 업로드했던 .zip 앱 패키지입니다.
app-welcome-step-2 = 2. 오른쪽에서 제출하려는 업데이트를 여세요.
app-welcome-step-3 = 3. 결과를 확인하세요. 업데이트가 준비되었는지, 사용자에게 앱을 다시 승인하라는 요청이 표시되는지, 무엇이 바뀌었는지 알 수 있습니다.
app-welcome-step-4 = 4. 웹사이트용 다운로드 단추를 복사하세요.
app-welcome-shortcuts = 파일을 창에 끌어다 놓을 수도 있습니다. 바로 가기 키: { $open_old } 게시된 버전 열기, { $open_new } 새 버전 열기, { $export } 보고서 내보내기, { $copy_html } 단추 HTML 복사, { $reload } 다시 불러오기.
app-welcome-where-heading = 게시된 버전은 어디에서 구하나요?
app-welcome-where-intro = 게시 후에 편집해 온 파일이 아니라 현재 Microsoft에 있는 앱 패키지를 사용하세요. 앱을 게시한 곳에서 가져오면 됩니다:
app-welcome-where-portal = 개발자 포털(dev.teams.microsoft.com): 앱(Apps)을 열고 앱을 선택한 다음 앱 패키지 다운로드(Download app package)를 선택하세요. 개발자 포털에서 변경하기 전에 이 작업을 하세요. 앱을 편집한 후에 받는 패키지는 새 버전입니다.
app-welcome-where-partner = 파트너 센터(partner.microsoft.com), Teams 스토어에 있는 앱의 경우: Teams 앱 제품(오퍼)을 열고 라이브 버전용으로 업로드된 앱 패키지를 다운로드하세요.
app-welcome-where-admin = Teams 관리 센터(admin.teams.microsoft.com), 조직에만 게시된 앱의 경우: Teams 관리자가 Teams 앱 › 앱 관리에서 패키지를 가져올 수 있습니다.
app-welcome-where-records = 직접 보관한 파일: 지난번에 업로드한 .zip 파일(예를 들어 Teams Toolkit은 프로젝트의 appPackage/build/에 보관합니다).
app-welcome-where-new = 새 버전은 곧 업로드할 패키지입니다. 변경 후 개발자 포털에서 받은 패키지나 개발자가 준 .zip 파일입니다.

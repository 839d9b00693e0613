# Teams Update Check: every sentence a user can read, in Japanese (日本語).
# The translation of ../en/teams-update-check.ftl: the same identifiers and arguments, one
# message per line as there. The terms it uses are in GLOSSARY.md beside this file.
# identical-to-english: agent-capability-dataverse, agent-capability-fabric, agent-sign-in-oauth, app-card-path-example, app-card-path-example-windows, app-filter-markdown, app-name, change-scope-copilot, report-mark-ok, store-agent-urls-localhost

## Shared: counts and small words used by several parts

count-icons = { $count } 個のアイコン

## Version and app ID checks (src/checks.rs)

check-app-id-unchanged-title = アプリ ID が変わっていない
check-version-format-title = バージョン番号が正しい形式で書かれている
check-version-incremented-title = バージョン番号が上がっている
check-app-id-changed = アプリ ID が { $old } から { $new } に変わりました。更新では、公開中のアプリの ID をそのまま使う必要があります。ID が変わると、ストアは別のアプリとして扱います。元の ID に戻してください。
check-app-id-not-guid = アプリ ID は両方のファイルで同じですが、「{ $id }」は実際のアプリ ID (0b5c3d6e-1234-4abc-9def-00112233aabb のような GUID) ではありません。ビルド ツールが値を入れるプレースホルダーのようです。実際に提出するパッケージを確認してください。
check-app-id-same = アプリ ID は { $id } のままです。
check-version-too-long = 新しいバージョン「{ $version }」が 256 文字を超えています。
check-version-not-three-numbers = 新しいバージョン「{ $version }」は、1.4.2 のようにドットで区切った 3 つの整数になっていません (英字、先頭の 0、「-beta」などは使えません)。ストアはほかの形式を受け付けません。
check-version-addin-part-too-big = 新しいバージョン「{ $version }」には 99999 を超える部分があります。Office アドイン (`extensions` セクション) ではこれは許可されません。
check-version-well-formed = 新しいバージョン { $version } は、ストアが求める形式で書かれています。
check-version-nothing-changed = 何も変更されていないため、バージョンを変える必要はありません。
check-version-goes-up = バージョンが { $old } から { $new } に上がります。
check-version-unchanged = バージョンは { $new } のままですが、変更があります。どんな変更でもバージョンを上げる必要があります。{ $old } より大きい値 (たとえば { $next }) にしてください。
check-version-same-number = バージョンは { $old } から { $new } になりますが、これは同じ番号を別の書き方にしただけで (省略した部分は 0 と見なされます)、大きい番号ではありません。{ $old } より大きい値 (たとえば { $next }) にしてください。
check-version-lower = 新しいバージョン { $new } が、公開中の { $old } より小さくなっています。2 つのファイルを逆に指定していませんか? 先に公開中のバージョン、次に新しいバージョンを指定します。逆でない場合は、新しいバージョンを { $old } より大きくしてください。
check-version-not-comparable = バージョンを比較できませんでした。{ $which ->
    [published] 公開中のバージョン
   *[new] 新しいバージョン
}「{ $version }」が{ $reason ->
    [long] 18 桁を超える部分を含んでいる
   *[signs] 数字とドットだけでできていない
}ためです。新しいバージョンが公開中のバージョンより大きいことを確認してください。
check-version-higher-number = より大きい番号

## Store checks (src/store/)
store-activities-title = アクティビティ フィード通知の種類が重複せず、予約済みでもない
store-agent-files-title = すべての Copilot エージェント ファイルを読み取れる
store-localization-agent-default-file-title = 翻訳されたエージェントに既定の言語のファイルがある
store-agent-localization-keys-title = すべての翻訳ファイルにエージェントのローカリゼーション キーがある
store-agent-name-match-title = エージェントとそのアクションの名前がアプリ名と同じ
store-agent-operations-title = エージェントのすべての関数と API コマンドに対応する操作がある
store-agent-schema-title = Copilot エージェント ファイルが Microsoft の公式スキーマに合っている
store-agent-schema-url-title = Copilot エージェント ファイルが自身の形式のスキーマにリンクしている
store-agent-text-hygiene-title = エージェントの説明と指示に Web アドレス、絵文字、隠し文字がない
store-agent-urls-title = Copilot エージェントが実在する https アドレスを呼び出す
store-api-message-extension-title = メッセージ拡張機能が種類ごとのアップロード規則に従っている
store-app-name-core-feature-title = 短い名前が Teams の機能名で始まっていない
store-bot-id-guid-title = ボット ID が GUID になっている
store-bot-id-kept-title = ボットが公開中の ID を保っている
store-cea-bot-id-title = カスタム エンジン エージェントがアプリのボットの 1 つである
store-channel-features-title = 共有チャネルとプライベート チャネルで動作するかどうかを示している
store-bot-command-slash-title = ボット コマンドがスラッシュで始まっていない
store-bot-command-duplicate-title = 各ボット コマンドがリスト内に 1 回だけある
store-me-command-duplicate-title = メッセージ拡張機能の各アクション コマンドが 1 回だけある
store-consequential-actions-title = データを変更するアクションは先にユーザーに確認する
store-da-actions-title = エージェントにアクションがある
store-da-graph-connectors-blank-title = エージェントが組織のすべての Copilot コネクタを使う
store-da-starters-count-title = エージェントに会話スターターが 3 ～ 6 個ある
store-dashboard-cards-title = ダッシュボード カードのアイコンがそれぞれ 1 つで、ID が重複していない
store-descriptions-title = 詳細な説明が簡単な説明より詳しく、500 語以内である
store-https-urls-title = Web アドレスが安全 (https) である
store-icon-color-title = カラー アイコンが 192 × 192 の PNG である
store-icon-color32x32-title = 小さいカラー アイコンが 32 × 32 の PNG である
store-icon-outline-title = アウトライン アイコンが透明な背景に白で、32 × 32 である
store-localization-title = 翻訳ファイルが有効で、マニフェスト形式に合っている
store-localization-tags-title = 各言語の翻訳ファイルが 1 つだけある
store-long-description-copilot-title = 詳細な説明に、アプリが Microsoft 365 Copilot で動作すると書かれている
store-manifest-version-title = マニフェストがストアで受け付けられる形式を使っている
store-me-sample-prompts-title = メッセージ拡張機能のコマンドに異なるサンプル プロンプトが 3 つある
store-package-extra-files-title = パッケージにはマニフェストが使うファイルだけが含まれている
store-package-files-title = マニフェストが指定するすべてのファイルがパッケージにある
store-package-name-deprecated-title = 古い packageName フィールドがない
store-package-size-title = パッケージが 10 MB 以下である
store-placeholders-title = テンプレートのプレースホルダーが残っていない
store-required-texts-title = 名前、説明、開発者名が入力されている
store-schema-title = マニフェストが Microsoft の公式スキーマに合っている
store-schema-url-title = スキーマのリンクがマニフェスト形式と一致している
store-static-tab-names-title = 個人用タブの名前が正しく付けられている
store-valid-domains-title = 有効なドメインが自社の本番ドメインである
store-valid-domains-coverage-title = タブのページが有効なドメイン上にある
store-version-major-title = バージョンが 1.0.0 以上である
store-activities-reserved = アクティビティの種類「systemDefault」は、Teams が自身の通知用に予約しています。アップロード サービスはこれを拒否します。この通知の種類には「taskAssigned」のような独自の名前を付けてください (開発担当者のコードは、その名前で通知を送ります)。
store-activities-duplicate = アクティビティの種類「{ $kind }」が複数回宣言されています。アップロード サービスはこれを拒否します。エントリを 1 つだけ残してください。
store-agent-files-broken = { $problem }
store-agent-files-too-large = { $what }「{ $file }」のサイズは { $size } です。このチェックで扱えるパッケージ内のファイルは最大 { $limit } で、これほど大きいファイルは、ほぼ確実に意図したものではありません。開発担当者がファイルを小さくするか、差し替える必要があります。
store-agent-files-too-many = パッケージから読み取るエージェント ファイルが { $limit } 個を超えています。「{ $file }」以降のファイルはチェックされていません。アプリのエージェントに必要なファイルはずっと少ないはずです。エージェント ファイルが何を指定しているか、開発担当者が確認してください。
store-agent-name-match-differs = { $what }の名前は「{ $name }」({ $kind ->
    [action] ユーザーに表示されるアクション名
   *[agent] エージェント名
}、「{ $file }」内) ですが、アプリの名前は「{ $app }」です。エージェント ストアでは、アプリ、そのエージェント、エージェントのアクションが同じ名前である必要があります。開発担当者が「{ $app }」に変更する必要があります (または、アプリの名前をそちらに合わせてください)。
store-localization-agent-default-file-missing = Copilot エージェントは翻訳されていて (そのファイルは [[agentName]] などのローカリゼーション キーを使っています)、アプリはほかの言語も挙げていますが、既定の言語の翻訳ファイル (defaultLanguageFile) がありません。翻訳されたエージェントには、既定の言語を含め、サポートするすべての言語のファイルが必要です。開発担当者がファイルを追加し、マニフェストで指定する必要があります。
store-localization-agent-default-file-advice = アプリはほかの言語を挙げていますが、既定の言語の翻訳ファイル (defaultLanguageFile) がありません。Copilot エージェントが複数の言語をサポートする場合は、既定の言語を含め、すべての言語のファイルが必要です。
store-agent-localization-keys-lacking = 翻訳ファイル「{ $file }」には、Copilot エージェントが使うローカリゼーション キーのうち { $count } 個 ({ $keys }) がありません。アップロード サービスは、翻訳できないエージェントのテキストを拒否します。開発担当者が、このファイルの localizationKeys の下に追加する必要があります。
store-agent-operations-command = メッセージ拡張機能のコマンド「{ $command }」には、API 記述「{ $file }」内に同じ ID (operationId) の操作がありません。このままでは、ユーザーが実行するたびに失敗します。開発担当者がコマンドを操作に対応させる必要があります。
store-agent-operations-undefined-function = エージェント アクション ファイル「{ $file }」は、定義していない関数「{ $function }」を実行します (そのファイルの関数に含まれていません)。開発担当者が関数を追加するか、名前を修正する必要があります。
store-agent-operations-function = エージェントの関数「{ $function }」には、API 記述「{ $file }」内に同じ ID (operationId) の操作がありません。このままでは、Copilot が試すたびに失敗します。開発担当者が関数を操作に対応させる必要があります。
store-agent-schema-url-mismatch = 「{ $file }」のスキーマのリンクは形式 { $linked } 用ですが、ファイルには { $version } に従うと書かれています。エディターが正しい規則でファイルをチェックできるよう、開発担当者は { $version } のスキーマにリンクしてください。
store-schema-whole = { $kind ->
    [localization] ローカリゼーション ファイル
    [declarative-agent] Copilot エージェント ファイル
    [plugin] エージェント アクション ファイル
    [agentic-user] エージェント ユーザー テンプレート
    [response-template] 応答テンプレート
   *[manifest] マニフェスト
}
store-schema-at-top = { $kind ->
    [localization] ローカリゼーション ファイル
    [declarative-agent] Copilot エージェント ファイル
    [plugin] エージェント アクション ファイル
    [agentic-user] エージェント ユーザー テンプレート
    [response-template] 応答テンプレート
   *[manifest] マニフェスト
}の最上位
store-schema-in-field = { $field } 内
store-schema-manifest-format = マニフェスト形式 { $format }
store-schema-renamed-field = { $field } に `{ $unknown }` がありますが、{ $format } では必須の `{ $missing }` が必要です。`{ $unknown }` の名前を `{ $missing }` に変更してください。
store-schema-missing-one-of = { $field } に必須の `{ $first }` がありません (代わりに { $others } でもかまいません)。追加してください。
store-schema-max-length = { $field } は最大 { $limit } 文字ですが、現在は { $count } 文字です。
store-schema-min-length = { $field } は { $limit } 文字以上にする必要がありますが、現在は { $count } 文字です。
store-schema-max-items = { $field } のエントリは最大 { $limit } 個ですが、現在は { $count } 個です。
store-schema-min-items = { $field } には { $limit } 個以上のエントリが必要ですが、現在は { $count } 個です。
store-schema-uri = { $field } は、スキームを含む完全な Web アドレス (例: https://www.contoso.com/help) にする必要があります。現在の値は { $value } です。
store-schema-constant = { $field } は { $expected } である必要があります。現在の値は { $value } です。
store-schema-required = { $field } に必須の `{ $name }` がありません。追加してください。
store-schema-type = { $field } は { $expected } である必要があります。現在の値は { $value } です。
store-schema-type-name = { $kind ->
    [string] テキスト (二重引用符で囲む)
    [object] オブジェクト (`{"{"} … {"}"}`)
    [array] リスト (`[ … ]`)
    [boolean] true または false
    [integer] 整数
    [number] 数値
    [null] null
   *[other] { $kind }
}
store-schema-type-or = { $first } または { $second }
store-schema-unique-items = { $field } に同じエントリが複数回含まれています。各エントリは 1 回だけにしてください。
store-schema-no-form = { $field } が、{ $format } でここに許可されているどの形式にも一致しません。このフィールドのリファレンスと比べてください。
store-schema-several-forms = { $field } が、{ $format } でここに許可されている形式の複数に一致します。一致する形式は 1 つだけである必要があります。
store-schema-maximum = { $field } は最大 { $limit } ですが、現在の値は { $value } です。

store-schema-minimum = { $field } は { $limit } 以上である必要がありますが、現在の値は { $value } です。
store-schema-max-properties = { $field } のフィールドは最大 { $limit } 個です。
store-schema-min-properties = { $field } には { $limit } 個以上のフィールドが必要です。
store-schema-other = { $field } が { $format } に従っていません: { $problem }。
store-schema-pattern-guid = GUID 形式の ID (例: 「0b5c3d6e-1234-4abc-9def-00112233aabb」)
store-schema-pattern-https = https:// で始まる安全な Web アドレス (例: 「{ $example }」)
store-schema-pattern-color = # と 6 桁の 16 進数で書いた色 (例: 「#4F6BED」)
store-schema-pattern-version = 数字とドットでできたバージョン (例: 「1.0.0」)
store-schema-pattern-other = { $field } が、マニフェスト形式が求める書き方になっていません (パターン { $pattern } に一致する必要があります)。現在の値は「{ $value }」です。
store-schema-pattern = { $field } は { $expected } である必要があります。現在の値は「{ $value }」です。
store-schema-enum = { $field } は { $allowed } のいずれかである必要があります。現在の値は { $value } です。
store-schema-enum-hint = { $field } は { $allowed } のいずれかである必要があります。現在の値は { $value } です。`{ $option }` のことですか?
store-schema-needs-later-format = `{ $property }` には、マニフェスト形式 { $later } 以降が必要です。現在の形式は { $format } です。形式 { $later } に移行する (manifestVersion と { $schema_field } を更新する) か、`{ $property }` を削除してください。
store-schema-unknown-field = `{ $property }` は、{ $place }で { $format } が認識するフィールドではありません。スペルと大文字・小文字を確認するか、削除してください。
store-schema-sentences = { $first }{ $second }
store-schema-no-sentence = {""}
store-localization-too-large = ローカリゼーション ファイル「{ $file }」が 4 MiB を超えています。ローカリゼーション ファイルに入るのは、翻訳されたいくつかのテキストだけです。
store-localization-not-json = ローカリゼーション ファイル「{ $file }」は有効な JSON ではありません: { $problem }。テキスト エディターで開き、{ $line } 行 { $column } 列目を修正してください。
store-localization-not-object = ローカリゼーション ファイル「{ $file }」は JSON オブジェクト (`{"{"}` で始まる) である必要がありますが、{ $value } になっています。
store-localization-in-file = 「{ $file }」内: { $problem }
store-schema-url-add-later = マニフェストを公開済みの形式に移行したら (「マニフェストがストアで受け付けられる形式を使っている」を参照)、その形式のリンクを追加してください。
store-schema-url-add = "{ $schema_field }": "{ $example }" を追加してください。
store-schema-url-missing = スキーマのリンク (`{ $schema_field }`) がないか、テキストではありません。{ $add }
store-schema-url-unusual = スキーマのリンク「{ $link }」は一般的なものではなく、Teams マニフェストの形式を示していません。通常のリンクは「{ $example }」です。
store-schema-url-preview = スキーマのリンク (`{ $schema_field }`) は形式 { $named } を示していますが、manifestVersion は「{ $format }」です。リンクをプレビュー形式に向けないでください。ストアはプレビュー形式そのものを受け付けません。マニフェストを公開済みの形式に移行し (「マニフェストがストアで受け付けられる形式を使っている」を参照)、このリンクも同じ形式を示すようにしてください。
store-schema-url-other-format = スキーマのリンク (`{ $schema_field }`) は形式 { $named } を示していますが、manifestVersion は { $format } です。両者を同じにしてください: 「{ $example }」
store-schema-url-no-format = なし
store-placeholders-file-directive = 「{ $text }」は Agents Toolkit のファイル ディレクティブで、ツールキットがパッケージをビルドするときにファイルの内容に置き換えます。ソース ファイルではなく、ツールキットがビルドしたパッケージを提出してください。
store-placeholders-built-address = アドレス「{ $text }」が入力されないままです。このパッケージはビルド済み (マニフェストに実際のアプリ ID がある) なのに、このアドレスはプレースホルダーのままなので、Copilot はアクセスできません。開発担当者が実際の https:// アドレスをここに入れて、パッケージをビルドし直す必要があります。
store-placeholders-built-value = 「{ $text }」が入力されないままです。このパッケージはビルド済み (マニフェストに実際のアプリ ID がある) なのに、この値はプレースホルダーのままです。開発担当者が実際の値をここに入れて、パッケージをビルドし直す必要があります。
store-placeholders-placeholder = 「{ $text }」は、ビルド ツールが値を入れるプレースホルダーです。ストアには実際の値が必要です。
store-agent-schema-undocumented = Copilot エージェント ファイル「{ $file }」は形式 { $version } を使っていますが、これはまだ文書化された宣言型エージェントの形式ではありません (Microsoft のページで説明されているのは v1.8 までです)。ストアで却下される可能性があります。Microsoft が準備している v1.9 のスキーマでチェックしました。エージェントが v1.9 の機能 (スキル フォルダー) を必要としない場合、開発担当者は v1.8 を使うことができます。
store-agent-schema-format = { $kind ->
    [plugin] API プラグイン形式 { $version }
    [agentic-user] エージェント ユーザー テンプレートの形式
    [response-template] 応答テンプレートの形式
   *[declarative-agent] 宣言型エージェント形式 { $version }
}
store-agent-schema-newer = { $what }「{ $file }」は、このアプリが知っている形式 ({ $newest } まで) より新しい形式 { $version } を使っているため、スキーマではチェックしていません。このアプリの更新版でチェックできるようになります。
store-agent-schema-no-version = 指定がありません
store-agent-schema-yours-quoted = 現在の値は「{ $value }」です
store-agent-schema-yours = 現在の値は { $value } です
store-agent-schema-version-missing = { $what }「{ $file }」では、従う形式を `{ $field }` で指定する必要があります (例: 「{ $newest }」)。{ $yours }。開発担当者が設定する必要があります。
store-agent-text-hygiene-address = Web アドレス ({ $address })
store-agent-text-hygiene-emoji = 絵文字 ({ $emoji })
store-agent-text-hygiene-hidden = 隠し文字 ({ $code })
store-agent-text-hygiene-instructs = Copilot に指示する言葉 (「{ $phrase }」)
store-agent-text-hygiene-in-file = 「{ $file }」の「{ $place }」にあるテキスト
store-agent-text-hygiene-refused = { $place } に { $what } が含まれています。エージェント ストアは、Copilot が読む説明と指示に Web アドレス、絵文字、隠し文字が含まれていると受け付けません。削除してください。
store-agent-text-hygiene-steers = { $place } に { $what } が含まれています。エージェント ストアは、モデルを誘導しようとする説明を受け付けません。これらの言葉がアプリの機能を説明しているだけなら、そのままでかまいません。
store-agent-text-hygiene-joiner = { $place } に { $what } が含まれています。これは結合文字または方向マークです。ペルシア語やヒンディー語などの文字で書かれたテキストにはこれが必要なので、正しい可能性があります。エージェント ストアは、そのような目的のない隠し文字を受け付けません。
store-agent-urls-not-full = 「{ $address }」は完全な Web アドレスではありません。Copilot はクラウドからエージェントのサービスを呼び出すため、アドレスを補う手段がありません。開発担当者が完全なアドレス (例: https://api.contoso.com{ $path }) を書く必要があります。
store-agent-urls-not-secure = 「{ $address }」は安全な (https) アドレスではありません。Copilot は https アドレスしか呼び出しません。開発担当者がサービスの https アドレスを使う必要があります。
store-agent-urls-localhost = localhost
store-agent-urls-ip-address = IP アドレス { $ip }
store-agent-urls-own-computer = 「{ $address }」は { $host } を指しています。ここには開発者自身のコンピューターやネットワークからしかアクセスできませんが、Copilot はすべてのユーザーのためにクラウドから呼び出します。開発担当者が、サービスを実際にホストしているアドレスを使う必要があります。
store-agent-urls-tunnel = 「{ $address }」は開発者自身のコンピューターでテストするためのトンネルで、トンネルを閉じると使えなくなります。開発担当者が、サービスを実際にホストしているアドレスを使う必要があります。
store-api-message-extension-api-member = メッセージ拡張機能 { $number } は API ベースですが、API ベースのメッセージ拡張機能には{ $member ->
    [botId] ボット ID (`botId`)
   *[other] `{ $member }`
}を含めることができません。アップロード サービスはこれを拒否します。削除してください。
store-api-message-extension-no-api-file = メッセージ拡張機能 { $number } は API ベースですが、API 記述 (`apiSpecificationFile`) を指定していません。アップロード サービスはこれを拒否します。開発担当者が OpenAPI ファイルをパッケージに追加し、ここで指定します。
store-api-message-extension-no-template = API ベースのメッセージ拡張機能 { $number } のコマンド { $name } は、結果を表示するテンプレート (`apiResponseRenderingTemplateFile`) を指定していません。アップロード サービスはこれを拒否します。開発担当者がテンプレートをパッケージに追加し、ここで指定します。
store-api-message-extension-no-parameters = API ベースのメッセージ拡張機能 { $number } のコマンド { $name } にはパラメーターがありません。アップロード サービスは、パラメーターが 1 つもない API ベースのコマンドを拒否します。開発担当者が、API 操作が受け取るパラメーターを追加します。
store-api-message-extension-extra-auth = メッセージ拡張機能 { $number } は `{ $kind }` でサインインしますが、別のサインイン方法に属する `{ $member }` も含んでいます。アップロード サービスはこれを拒否します。`{ $member }` を削除するか、`authType` を変更してください。
store-api-message-extension-no-registration = メッセージ拡張機能 { $number } は API キー (`apiSecretServiceAuth`) でサインインしますが、その登録 (`apiSecretServiceAuthConfiguration.apiSecretRegistrationId`) を指定していません。アップロード サービスはこれを拒否します。開発担当者が開発者ポータルでキーを登録し、その登録 ID をここに入れます。
store-api-message-extension-no-entra = メッセージ拡張機能 { $number } は Microsoft Entra (`microsoftEntra`) でサインインしますが、`microsoftEntraConfiguration` がありません。アップロード サービスはこれを拒否します。開発担当者が "supportsSingleSignOn": true を指定して追加します。
store-api-message-extension-no-sso = メッセージ拡張機能 { $number } は Microsoft Entra でサインインするため、シングル サインオンが必要です。`supportsSingleSignOn` を true にする必要があり、そうでない場合はアップロード サービスに拒否されます。
store-api-message-extension-bot-api-file = メッセージ拡張機能 { $number } はボット ベースですが、API 記述 (`apiSpecificationFile`) を指定しています。アップロード サービスはこれを拒否します。削除するか、拡張機能を API ベースにしてください ("composeExtensionType": "apiBased"、ボットなし)。
store-api-message-extension-bot-template = ボット ベースのメッセージ拡張機能 { $number } のコマンド { $command } は、API ベースの拡張機能にしかない結果テンプレート (`apiResponseRenderingTemplateFile`) を指定しています。アップロード サービスはこれを拒否します。削除してください。
store-api-message-extension-method = メッセージ拡張機能 { $number } の操作「{ $operation }」は HTTP メソッド { $method } を使っています。API ベースのメッセージ拡張機能が呼び出せるのは GET と POST の操作だけで、アップロード サービスはそれ以外を拒否します。
store-api-message-extension-array-parameter = 操作「{ $operation }」(メッセージ拡張機能 { $number }) のパラメーター{ $named ->
    [yes] 「{ $label }」
   *[no] {""}
}はリスト (`array`) です。API ベースのメッセージ拡張機能はリストを送信できず、アップロード サービスはこれを拒否します。
store-api-message-extension-required-parameter = 操作「{ $operation }」(メッセージ拡張機能 { $number }) の必須パラメーター{ $named ->
    [yes] 「{ $label }」
   *[no] {""}
}は{ $location }送信されます。API ベースのメッセージ拡張機能が必須パラメーターを入れられるのはパスかクエリだけで、アップロード サービスはそれ以外を拒否します。
store-api-message-extension-no-location = 場所 (`in`) を指定せずに
store-api-message-extension-location = { $location } に入れて
store-api-message-extension-no-servers = メッセージ拡張機能 { $number } の API 記述「{ $file }」は、操作のサーバー (`servers`) を指定していないため、Teams は送信先がわかりません。アップロード サービスはこれを拒否します。開発担当者が API のアドレスを `servers` の下に追加します。
store-app-name-words-title = アプリ名にストアの審査で却下される言葉が含まれていない
store-agent-store-copilot-agent = Copilot エージェント
store-agent-store-agent-action = エージェント アクション
store-app-name-core-feature-starts = 短い名前「{ $name }」は、Teams の機能である「{ $feature }」で始まっています。ユーザーがアプリを Teams の一部と誤解するため、ストアは Teams の機能名で始まる名前を受け付けません。「{ $example }」のように、独自の名前を先にしてください。
store-app-name-words-product = { $what } に「{ $word }」が含まれています。ストアは、アプリが Microsoft と公式なパートナー関係にない限り、Microsoft の製品 (Microsoft Teams、Microsoft 365 Copilot) に言及する名前を受け付けません。ここでの「{ $word }」が別の意味 (人のチームなど) であれば、そのままでかまいません。Microsoft の製品を指している場合は、アプリの名前を変更してください。
store-app-name-words-microsoft = { $what } に「{ $word }」が含まれています。ストアは、アプリが Microsoft と公式なパートナー関係にない限り、Microsoft に言及する名前を受け付けません。パートナー関係がない場合は、アプリの名前を変更してください。
store-app-name-words-unfinished = { $what } に「{ $word }」が含まれています。ストアは、アプリがテスト版やプレビュー版であることを示す名前を受け付けません。これがすべての人向けのバージョンであれば、この言葉を削除してください。
store-app-name-words-agent-name = 「{ $file }」内の{ $what }の名前
store-bot-id-guid-not-guid = { $list ->
    [bots] ボット
   *[composeExtensions] メッセージ拡張機能
} { $number } の ID は「{ $id }」で、GUID 形式の ID ではありません。アップロード サービスはこれを拒否します。ボットの登録の ID を入れてください (「0b5c3d6e-1234-4abc-9def-00112233aabb」のような形式で、開発担当者が Azure portal または Bot Framework ポータルで確認できます)。
store-bot-id-kept-changed = ボット { $number } に新しい ID (「{ $new }」) が付いています。公開中のバージョンのボットは「{ $old }」です。公開中のボットの ID を保ってください。ID が変わると、ユーザーがボットとしてきた会話が失われ、ストアでも却下されます。開発担当者が公開中の ID に戻します (そのボットの登録も残します)。
store-cea-bot-id-not-a-bot = カスタム エンジン エージェントはボット「{ $id }」を指定していますが、これはアプリのボットではありません{ $bots ->
    [0] {" "}(アプリにはボットがありません)
   *[other] {""}
}。エージェント ストアでは、カスタム エンジン エージェントがアプリ自身のボットである必要があります。開発担当者がここでボットの ID を使う必要があります。
store-channel-features-missing = アプリはチームで動作しますが、共有チャネルとプライベート チャネルをサポートするかどうかを示していません。サポートしたら "supportsChannelFeatures": "tier1" を追加してください。追加しないと、Teams がそこでアプリを表示しない場合があります。
store-bot-command-slash-starts = ボット コマンド「{ $command }」がスラッシュで始まっています。ユーザーがコマンドを入力するときは Teams がスラッシュを自動で付けるので、タイトルから削除してください (「{ $without }」)。
store-bot-command-duplicate-repeated = ボット コマンド「{ $command }」が同じコマンド リストに複数回あります。ストアは重複したコマンドを受け付けません。1 つだけ残すか、もう一方に独自のタイトルを付けてください。
store-me-command-duplicate-repeated = アクション コマンド「{ $command }」がメッセージ拡張機能 { $number } に複数回あります。ストアは重複したアクション コマンドを受け付けません。1 つだけ残すか、もう一方に独自のタイトルを付けてください。
store-consequential-actions-changes-data = 「{ $file }」の操作 { $operation } はデータを変更または削除しますが、影響のない操作としてマークされている (x-openai-isConsequential: false) ため、Copilot はユーザーに確認せずに実行してしまいます。エージェント ストアはこれを受け付けません。開発担当者がこのマークを削除するか、true に設定する必要があります。
store-consequential-actions-post = 「{ $file }」の操作 { $operation } は影響のない操作としてマークされている (x-openai-isConsequential: false) ため、Copilot はユーザーに確認せずに実行します。検索であればそれで正しいのですが、何かを作成したり送信したりする場合はエージェント ストアで却下されるため、開発担当者がこのマークを削除する必要があります。
store-da-actions-none = 「{ $file }」の Copilot エージェントにはアクション (API プラグイン) がありません。エージェント ストアは、エージェントの主な用途をアクションで実現することを求めています。ナレッジ ソースから回答するだけのエージェントでも審査に通る場合があります。そのようなエージェントであれば、認定用のメモにその旨を書いてください。
store-da-graph-connectors-blank-listed = 「{ $file }」の Copilot エージェントは、特定の Copilot コネクタ (Graph コネクタ) を指定しています。エージェント ストアのエージェントではこのリストを空にし、インストールする各組織のすべてのコネクタを使うようにする必要があります。開発担当者が接続を削除する必要があります。
store-da-starters-count-outside = 「{ $file }」の Copilot エージェントには、会話スターター (ユーザーがエージェントを開いたときに表示される提案プロンプト) が{ $count ->
    [0] ありません
   *[other] { $count } 個あります
}。エージェント ストアでは 3 ～ 6 個必要です。開発担当者がエージェント ファイルで{ $fix ->
    [fewer] 6 個以下に減らす
   *[more] 3 個以上になるまで追加する
}必要があります。
store-dashboard-cards-two-icons = ダッシュボード カード { $number } には、画像 (`iconUrl`) と名前付きアイコン (`officeUIFabricIconName`) の両方が指定されています。アップロード サービスはこれを拒否します。どちらか一方だけを残してください。
store-dashboard-cards-same-id = ダッシュボード カード { $number } の ID が、前のカードと同じ (「{ $id }」) です。アップロード サービスはこれを拒否します。各カードに独自の ID を付けてください。
store-descriptions-short-is-name = 簡単な説明がアプリの名前だけ (「{ $short }」) なので、詳細な説明にそれが含まれてしまいます。ストアの審査では、アプリでできることを 1 文で伝える簡単な説明と、さらに詳しく説明する詳細な説明が求められます。
store-descriptions-full-contains-short = 詳細な説明に、簡単な説明 (「{ $short }」) がそのまま含まれています。ストアの審査では、簡単な説明より詳しい内容を独自の言葉で書いた詳細な説明が求められます。
store-descriptions-too-long = 詳細な説明は { $count } 語あります。ストアの審査では 500 語以内が求められます。
store-https-urls-own-computer = { $field } が指しているのは { $advice }。また、https:// で始まる必要があります。
store-https-urls-not-secure = { $field } は、https:// で始まる安全な Web アドレス (例: 「{ $example }」) である必要があります。現在の値は「{ $value }」です。
store-icon-color-not-png = { $icon ->
    [color32x32] 小さいカラー アイコン
    [outline] アウトライン アイコン
   *[color] カラー アイコン
}「{ $file }」は PNG 画像ではありません。{ $want } × { $want } ピクセルの PNG として保存してください。
store-icon-color-size = { $icon ->
    [color32x32] 小さいカラー アイコン
    [outline] アウトライン アイコン
   *[color] カラー アイコン
}「{ $file }」は { $width } × { $height } ピクセルです。ちょうど { $want } × { $want } である必要があります。サイズを変更して保存し直してください。
store-icon-outline-damaged = アウトライン アイコン「{ $file }」は破損した PNG 画像です。PNG として保存し直してください。
store-icon-outline-opaque-color = { $color }
store-icon-outline-translucent-color = 不透明度 { $opacity }% の { $color }
store-icon-outline-not-white = アウトライン アイコン「{ $file }」は透明な背景に白である必要がありますが、x { $x }、y { $y } のピクセル (左上を 0 として数えます) が { $color } です。すべてのピクセルを白か完全な透明にしてください。
store-manifest-version-missing = マニフェストにマニフェスト形式 (`manifestVersion`) がありません。ストアがマニフェストの従う規則を判断できるよう、"manifestVersion": "1.17" のように、マニフェストが従う形式を追加してください (開発担当者のツールが書き込みます)。
store-manifest-version-unknown = 「{ $format }」は、Microsoft が公開しているマニフェスト形式ではありません (公開されているのは 1.0 ～ 1.17、1.19 ～ { $newest }、devPreview です)。`manifestVersion` をマニフェストが従う形式に設定してください。設定するまで、フィールドを公式スキーマでチェックできません。
store-manifest-version-preview = マニフェストは開発者プレビュー形式 (devPreview) を使っています。プレビュー形式は自分の組織内でのテスト用で、ストアは受け付けません。{ $advice }
store-manifest-version-too-old = マニフェストは形式 { $format } を使っていますが、ストアにはマニフェスト形式 1.10 以降が必要です。{ $advice }
store-manifest-version-not-text = マニフェスト形式 (`manifestVersion`) は、"1.17" のように二重引用符で囲んだテキストである必要があります。現在の値は { $value } です。
store-manifest-version-no-reasons = {""}
store-manifest-version-reasons = {" "}({ $list })
store-manifest-version-reason-list = { $list }、{ $next }
store-manifest-version-needs = { $what } には { $format } が必要
store-manifest-version-not-below = マニフェストが { $format } のスキーマに合わない
store-manifest-version-member-at = `{ $member }` ({ $place })
store-manifest-version-lacking = { $place } に `{ $property }` がない
store-manifest-version-move-to = マニフェスト形式 { $format } に移行してください。これは、マニフェストが使うすべての要素を含む、最も古い公開済みの形式です{ $reasons }。`manifestVersion` を「{ $format }」に、`{ $schema_field }` を「{ $link }」に設定します。
store-manifest-version-move-at-least = 公開済みのマニフェスト形式に移行してください。少なくとも { $format } が必要です。これは、マニフェストが使う最上位のフィールドすべてをスキーマが認識する、最も古い形式です{ $reasons }。現在のマニフェストはまだどの公開済みの形式にも合っていないため、開発担当者は、その形式のスキーマが報告する問題も修正する必要があります。
store-manifest-version-unpublished = マニフェストは、まだどの公開済みの形式にもないフィールドを { $count } 個使っています ({ $fields })。プレビュー中の機能は公開できません。開発担当者がそれらを削除してから、マニフェストを公開済みの形式に移行します。
store-localization-tags-twice = 言語「{ $language }」が翻訳の一覧に 2 回あります。この場合、Teams が 2 つのファイルのどちらを表示するかは決まっていません。各言語のエントリは 1 つだけにしてください。
store-long-description-copilot-missing = 詳細な説明に Copilot への言及がありません。Copilot エージェントを持つアプリの場合、エージェント ストアでは、Microsoft 365 Copilot で動作することを詳細な説明に書く必要があります (例: 「Contoso in Microsoft 365 Copilot」)。その旨の文を追加してください。
store-long-description-copilot-wording = 詳細な説明は Copilot に言及していますが、エージェント ストアの例で使われている「Microsoft 365 Copilot」という表現 (「Contoso in Microsoft 365 Copilot」) ではありません。ほかの表現でも審査に通る場合がありますが、この表現を使うことを検討してください。
store-me-sample-prompts-too-few = メッセージ拡張機能のコマンド{ $named ->
    [yes] 「{ $name }」
   *[no] {""}
}のサンプル プロンプト (Copilot が表示する例) は { $count } 個です。エージェント ストアでは 3 個以上必要です。開発担当者が、コマンドでできることを示すプロンプトを追加する必要があります。
store-me-sample-prompts-shared = メッセージ拡張機能のコマンド{ $named ->
    [yes] 「{ $name }」
   *[no] {""}
}のサンプル プロンプト「{ $prompt }」は、別のコマンドのサンプル プロンプトでもあります。エージェント ストアでは、各コマンドのプロンプトがそのコマンド独自のものである必要があります。開発担当者がこのコマンド用のプロンプトを書く必要があります。
store-package-extra-files-unused = パッケージには、マニフェストが使わないファイルが { $count } 個含まれています: { $files }。ストアが求めるのは、マニフェストと、マニフェストが指定するファイルだけです。ほかのファイルは削除してください。
store-package-files-holder = { $what }「{ $file }」
store-package-files-reference = { $holder }{ $problem }
store-package-files-outside = は「{ $path }」を指定していますが、これはパッケージ内のファイルではありません (パッケージ内のパスは、それを指定するファイルからの相対パスでスラッシュ (/) を使って書き、パッケージの外には出ません)。開発担当者が修正する必要があります。
store-package-files-no-skill-folder = はスキル フォルダー「{ $path }」を指定していますが、パッケージにありません。フォルダーを追加するか、名前を修正してください。
store-package-files-no-skill-file = はスキル フォルダー「{ $path }」を指定していますが、そこに SKILL.md ファイルがありません。追加してください (名前は大文字で書きます)。
store-package-files-other-case = は「{ $path }」を指定していますが、パッケージにあるのは「{ $entry }」です。名前は大文字・小文字も含めて完全に一致する必要があります。
store-package-files-missing = は「{ $path }」を指定していますが、パッケージにありません。ファイルを追加するか、名前を修正してください。
store-package-files-leading-slash = 「{ $path }」が / で始まっています。ファイルは「color.png」のように、パッケージからの相対パスで指定してください。
store-package-files-backslash = 「{ $path }」はバックスラッシュ (\) を使っています。パッケージ内のパスには「resources/color.png」のようにスラッシュを使います。
store-package-files-parent = 「{ $path }」はパッケージの外 (..) を指しています。ファイルをパッケージに入れ、そこからのパスで指定してください。
store-package-files-manifest-other-case = マニフェストは「{ $path }」を指定していますが、パッケージにあるのは「{ $entry }」です。名前は大文字・小文字も含めて完全に一致する必要があります。
store-package-files-manifest-missing = マニフェストは「{ $path }」を指定していますが、パッケージにありません。ファイルを追加するか、名前を修正してください。
store-package-files-in-field = { $field }: { $problem }
store-package-name-deprecated-unused = `packageName` はマニフェスト形式 1.17 以降では使われません (現在の形式は { $format } です)。削除してかまいません。
store-package-size-too-large = アプリ パッケージのサイズは { $size } MB です。Microsoft のアップロード サービスは 10 MB を超えるパッケージを拒否します。マニフェスト、アイコン、マニフェストが指定するファイルだけを残してください。
store-required-texts-empty = { $field } が空です。ストアでは、アプリを見つけたすべての人にこれが表示されます。入力してください。
store-static-tab-names-reserved = 個人用タブ { $number } は予約済みの「{ $entity }」タブで、Teams が自動で名前を付けます。`name` を削除してください。
store-static-tab-names-unnamed = 個人用タブ { $number } (「{ $entity }」) には名前がありません。「タスク」のように、ユーザーがタブで目にする名前を付けてください。
store-valid-domains-domain = 有効なドメイン「{ $domain }」{ $problem }
store-valid-domains-web-address = は Web アドレスで、ドメインではありません。「tasks.contoso.com」のように、ドメインだけを書いてください (https:// やパスは不要です)。
store-valid-domains-own-computer = は { $advice }。
store-valid-domains-too-wide = は範囲が広すぎて、その下のすべてのサイトが含まれてしまいます。「*.contoso.com」のように、自社のドメインを指定してください。
store-valid-domains-already-allowed = は、Teams がすでに許可している Microsoft のドメインです。一覧から削除してください。
store-valid-domains-tunnel = は自分のコンピューターでテストするためのトンネルで、ストアは受け付けません。アプリを実際にホストしているドメインに置き換えてください。
store-valid-domains-sign-in = は Microsoft のサインイン サービスを含んでいます。これはすべてのアプリが共有する Microsoft のドメインで、ストアはこのワイルドカードを受け付けません。アプリがサインインにこれを必要とする場合は、開発担当者が代わりに「{ $example }」のような正確なアドレスを指定するか、削除します。
store-valid-domains-sharepoint-framework = は、すべての組織の SharePoint を含んでいます。ストアはこのワイルドカードを受け付けません。SharePoint Framework で作られたアプリと同様に、このアプリのページは各顧客自身の SharePoint サイトにあります (タブのアドレスは {"{"}teamSiteDomain{"}"} で始まります)。そのため、1 つのサイトを指定する方法は使えません。SharePoint Framework ソリューションの公開に関する Microsoft のガイドに従うよう、開発担当者に依頼してください。このガイドには、そのようなアプリを各顧客に届ける方法が説明されています: { $guide }
store-valid-domains-sharepoint = は、すべての組織の SharePoint を含んでいます。ストアはこのワイルドカードを受け付けません。「contoso.sharepoint.com」のように、自社の SharePoint サイトを正確に指定してください。
store-valid-domains-shared-hosting = は、ほかの人のサイトも置かれている Microsoft または共有ホスティングのドメインを含んでいます。「contoso-tasks.azurewebsites.net」のように、自社のサイトを正確に指定してください。
store-valid-domains-bad-wildcard = はワイルドカードの位置が正しくありません。`*` は「*.contoso.com」のように、左端の部分全体である必要があります。
store-valid-domains-coverage-own-computer = { $field } が指しているのは { $advice }。置き換えたら、新しいアドレスのドメインが有効なドメインの一覧にあることを確認してください。
store-valid-domains-coverage-not-listed = { $field } は { $host } 上にありますが、これは有効なドメインの一覧にありません。Teams がページの読み込みを拒否する可能性があります。validDomains に「{ $host }」を追加してください。
store-version-major-zero = バージョン { $version } は 0 で始まっていますが、ストアは 0.x.y のバージョンを受け付けません。1.0.0 から始めてください (公開済みのアプリの次のバージョンは、それでも公開中のバージョンより大きくする必要があります)。

store-summary-template = これはテンプレートです。{ $count } 個の値に、`{ $example }` のようなプレースホルダーが残っています。代わりに、ビルドで生成されるパッケージ (たとえば appPackage/build/appPackage.dev.zip) をチェックしてください。{ $caused ->
    [0] {""}
   *[other] それらのプレースホルダーで見つかったほかの { $caused } 件の問題はプレースホルダーが原因で、実際の値にすれば解消します。
}
store-summary-none-found-in-format = ストアに関する問題は見つかりませんでした (公式の形式 { $format } とストアの規則でチェックしました)。
store-summary-none-found = ストアに関する問題は見つかりませんでした (ストアの規則でチェックしました)。
store-summary-refused = この{ $package ->
    [package] パッケージ
   *[manifest] マニフェスト
}はストアで却下されます: 問題が { $count } 件あります。
store-summary-manifest-alone = manifest.json だけが指定されたため、アイコンやパッケージ内のほかのファイルはチェックしていません。これらもチェックするには、.zip のアプリ パッケージを開いてください。
store-where-line-column = { $file }、{ $line } 行 { $column } 列
store-where-file = { $file }
store-where-with-place = { $file } ({ $place })
store-own-computer-advice = 「{ $host }」、つまり{ $tail }
store-own-computer-tail = 開発担当者自身のコンピューター (またはプライベート ネットワーク) です。ほかの人はアクセスできないため、アプリをホストしているアドレスに置き換えてください

## Consent rules (src/rules/)
rule-addin-events-changed-title = Office アドインが新しいイベントで起動する
rule-addin-events-changed-explanation = 以前は反応しなかったイベントで自動的に起動するようになった Office アドインは、展開した管理者による再承認が必要です。再承認されるまで、その組織のユーザーは更新されたアドインを使えません。Microsoft の「アドインでサポートされるイベント」は、アドインを起動するイベントの種類と解釈しています。どの関数がイベントを処理するか、Outlook がどう動作するかは、「変更点」にのみ記載しています。
rule-addin-office-apps-changed-title = Office アドインが別の Office アプリケーションで動作する
rule-addin-office-apps-changed-explanation = 別の Office アプリケーション (Outlook、Excel、Word、PowerPoint) で動作するようになった Office アドインは、展開した管理者による再承認が必要です。再承認されるまで、その組織のユーザーは更新されたアドインを使えません。この変更は Microsoft の更新ガイドに記載されています。
rule-bot-added-or-removed-title = ボットが追加または削除された
rule-bot-added-or-removed-explanation = ボットは、ユーザーとチャットするアプリの部分です。ボットを追加または削除するとアプリでできることが変わるため、Teams はすべてのユーザーにアプリの再承認を求めます。
rule-bot-calling-or-video-changed-title = ボットの通話またはビデオのサポートが変わった
rule-bot-calling-or-video-changed-explanation = ボットが音声通話やビデオ通話に参加できるかどうかは、ユーザーが同意するアクセス許可です。これを変更すると、Teams はすべてのユーザーにアプリの再承認を求めます。
rule-bot-id-changed-title = ボットの ID が変わった
rule-bot-id-changed-explanation = ボット ID は、アプリが通信する登録済みのボット サービスを Teams に伝えます。ID が変わると別のボットになるため、Teams はすべてのユーザーにアプリの再承認を求めます。
rule-bot-notification-only-changed-title = ボットの「通知のみ」の設定が変わった
rule-bot-notification-only-changed-explanation = 通知専用のボットはメッセージを送信できますが、受信はできません。これを切り替えるとボットでできることが変わるため、Teams はすべてのユーザーにアプリの再承認を求めます。
rule-bot-supports-files-changed-title = ボットのファイル共有の設定が変わった
rule-bot-supports-files-changed-explanation = この設定により、ボットはチャットでファイルを送受信できます。これを変更するとボットがアクセスできる範囲が変わるため、Teams はすべてのユーザーにアプリの再承認を求めます。
rule-channel-tab-added-title = チャネルまたはグループのタブが追加された
rule-channel-tab-added-explanation = チャネル/グループ タブを使うと、チームやグループ チャットにアプリのページをピン留めできます。これを追加すると、Teams はすべてのユーザーにアプリの再承認を求めます。
rule-connector-added-title = コネクタが追加された
rule-connector-added-explanation = コネクタは、別のサービスからの更新情報を Teams のチャネルに投稿します。コネクタを追加すると、Teams はすべてのユーザーにアプリの再承認を求めます。
rule-message-extension-added-or-removed-title = メッセージ拡張機能が追加または削除された
rule-message-extension-added-or-removed-explanation = メッセージ拡張機能は、メッセージを入力するボックスに検索コマンドやアクション コマンドを追加します。これを追加または削除すると、Teams はすべてのユーザーにアプリの再承認を求めます。
rule-personal-tab-added-title = 個人用タブが追加された
rule-personal-tab-added-explanation = 個人用タブは、Teams 内の各ユーザー自身のスペースに表示されるアプリのページです。これを追加すると、Teams はすべてのユーザーにアプリの再承認を求めます。
rule-rsc-permissions-changed-title = チームやチャットのデータへのアクセス許可が変わった (RSC)
rule-rsc-permissions-changed-explanation = リソース固有の同意 (RSC) のアクセス許可により、アプリは追加先のチーム、チャット、会議のデータを読み取ったり変更したりできます。これを変更すると、Teams はユーザーにアプリの再承認を求めます。
rule-web-application-info-changed-title = サインインの設定が変わった (webApplicationInfo)
rule-web-application-info-changed-explanation = webApplicationInfo は、アプリがユーザーをサインインさせるときに使う Microsoft Entra アプリを指定し、それによってアプリがアクセスできるデータが決まります。これを変更すると、Teams はすべてのユーザーにアプリの再承認を求めます。
rule-source-publishing-docs = 公開済みアプリの更新に関する Microsoft のガイド
rule-source-admin-docs = Microsoft の Teams 管理ドキュメント
rule-source-office-addin-docs = Office アドインの更新に関する Microsoft のガイド
rule-bot-setting-turned = ボットの「{ $setting }」の設定が{ $now ->
    [on] オン
   *[off] オフ
}になりました (以前は{ $was ->
    [on] オン
   *[off] オフ
})
rule-bot-setting-turned-developer = ボット `{ $bot }`: { $setting } ({ $field }) が{ $now ->
    [on] オン
   *[off] オフ
}になりました (以前は{ $was ->
    [on] オン
   *[off] オフ
})
rule-bot-setting-audio-calls = 音声通話
rule-bot-setting-video = ビデオ
rule-bot-setting-notifications-only = 通知のみ
rule-bot-setting-file-sharing = ファイル共有
rule-bot-removed = ボットが削除されました
rule-bot-removed-developer = ボット `{ $bot }` が削除されました
rule-bot-added = ボットが追加されました
rule-bot-added-developer = ボット `{ $bot }` が追加されました
rule-bot-id-changed-evidence = ボットの ID が変わったため、Teams は別のボットと見なします
rule-bot-id-changed-developer = ボット ID が `{ $old }` から `{ $new }` に変わりました
rule-channel-tab-added-evidence = チームとグループ チャットにピン留めできるタブが追加されました
rule-channel-tab-added-developer = 新しいバージョンにはチャネル/グループ タブ (configurableTabs) が { $new } 個あります。公開中のバージョンには { $old } 個あります
rule-connector-added-evidence = コネクタが追加されました
rule-connector-added-developer = コネクタ `{ $connector }` が追加されました
rule-message-extension-removed = メッセージ拡張機能が削除されました{ $count ->
    [0] {""}
   *[other] {" "}(コマンド: { $commands })
}
rule-message-extension-removed-developer = メッセージ拡張機能 `{ $extension }` が削除されました
rule-message-extension-added = メッセージ拡張機能が追加されました{ $count ->
    [0] {""}
   *[other] {" "}(コマンド: { $commands })
}
rule-message-extension-added-developer = メッセージ拡張機能 `{ $extension }` が追加されました
rule-personal-tab-added-named = 個人用タブ{ $name }が追加されました
rule-personal-tab-added-unnamed = 個人用タブが追加されました
rule-personal-tab-added-developer = 個人用タブ `{ $tab }` が追加されました
rule-rsc-permission-removed = アプリはアクセス許可 { $permission }{ $kind ->
    [Application] {" "}(アプリ自体として)
    [Delegated] {" "}(サインインしたユーザーの代理として)
   *[other] {""}
} を要求しなくなりました
rule-rsc-permission-removed-developer = アクセス許可 `{ $permission }` ({ $kind }) が削除されました
rule-rsc-permission-added = アプリがアクセス許可 { $permission }{ $kind ->
    [Application] {" "}(アプリ自体として)
    [Delegated] {" "}(サインインしたユーザーの代理として)
   *[other] {""}
} を要求するようになりました
rule-rsc-permission-added-developer = アクセス許可 `{ $permission }` ({ $kind }) が追加されました
rule-sign-in-added = サインインの設定が追加されました。アプリは Microsoft Entra アプリでユーザーをサインインさせるようになります
rule-sign-in-added-developer = サインインの設定 (webApplicationInfo) が追加されました
rule-sign-in-removed = サインインの設定が削除されました
rule-sign-in-removed-developer = サインインの設定 (webApplicationInfo) が削除されました
rule-sign-in-changed = サインインの設定が変わりました
rule-sign-in-changed-developer = サインインの設定 (webApplicationInfo) が変わりました
rule-sign-in-setting-changed = サインインの設定が変わりました: { $setting }
rule-sign-in-setting-changed-developer = サインインの設定: webApplicationInfo.{ $key } が { $old } から { $new } に変わりました
rule-sign-in-value-none = (なし)
rule-sign-in-setting-id = ユーザーのサインインに使う Microsoft Entra アプリ
rule-sign-in-setting-resource = ユーザーのサインイン先のリソースのアドレス
rule-sign-in-setting-application-permissions = アプリ自体が持つアクセス許可
rule-sign-in-setting-other = サインインの設定

## Changes in words, places and agent notes (src/changes.rs, src/describe.rs, src/fields.rs, src/places.rs, src/agents/, src/addin.rs)

place-whole-file = ファイル全体
place-name = { $name }
place-step = { $place } › { $next }
place-entry = { $entry } { $number }
place-entry-named = { $entry }「{ $name }」
place-number = { $number }
change-line = { $kind ->
    [added] 追加
    [removed] 削除
   *[changed] 変更
}: { $subject }
change-line-detail = { $kind ->
    [added] 追加
    [removed] 削除
   *[changed] 変更
}: { $subject } ({ $detail })
change-told = { $subject }
change-told-detail = { $subject } ({ $detail })
change-nothing = (なし)
change-quoted = 「{ $text }」

change-was = 以前は { $old }
change-was-now = 以前は { $old }、現在は { $new }
change-same-entries-reordered = 同じエントリで、順序が異なる
change-file = ファイル { $name }
change-file-new-content = 内容が新しくなった (サイズは { $size } のまま)
change-bytes = { $count } バイト
change-value-empty = 空
change-value-on = オン
change-value-off = オフ
change-empty-list = 空のリスト
change-entries = { $count } 個のエントリ
change-entries-named = { $entries }: { $names }
change-settings = { $count } 個の設定 ({ $keys })
change-scope-personal = 個人用チャット
change-scope-team = チーム
change-scope-group-chat = グループ チャット
change-scope-copilot = Copilot
change-and = { $head } と { $last }
change-permissions = { $count ->
   *[other] アクセス許可 { $names }
}
change-device-permissions = { $count ->
   *[other] デバイスのアクセス許可 { $names }
}
change-valid-domains = 有効なドメイン { $names }
change-permission = アクセス許可 { $name }
change-permission-typed = アクセス許可 { $name } ({ $kind })
change-device-permission = デバイスのアクセス許可 { $name }
change-valid-domain = 有効なドメイン { $name }
change-bot = ボット
change-bot-for = { $scopes } 用のボット
change-personal-tab = 個人用タブ
change-personal-tab-named = 個人用タブ「{ $name }」
change-channel-tab = チャネル/グループ タブ
change-channel-tab-at = { $url } で設定するチャネル/グループ タブ
change-connector = コネクタ
change-connector-for = { $scopes } 用のコネクタ
change-message-extension = メッセージ拡張機能
change-message-extension-commands = コマンドが { $count } 個あるメッセージ拡張機能: { $titles }
change-sign-in = サインインの設定
change-sign-in-app = Microsoft Entra アプリ { $id } のサインインの設定
change-sign-in-app-resource = Microsoft Entra アプリ { $id } のサインインの設定 (リソース { $resource })
change-area-identity = アプリ ID とバージョン
change-area-listing = 名前、説明、アイコン
change-area-capability = アプリでできること
change-area-agent = Copilot エージェント
change-area-other = その他の設定
change-area-package-file = アプリ パッケージ内のファイル
addin-comma-list = { $first }、{ $rest }
addin-event-new-message-compose-created = 新しいメッセージが作成される
addin-event-new-appointment-organizer-created = 新しい会議出席依頼が作成される
addin-event-message-attachments-changed = メッセージに添付ファイルが追加または削除される
addin-event-appointment-attachments-changed = 会議出席依頼に添付ファイルが追加または削除される
addin-event-message-recipients-changed = メッセージの受信者が変わる
addin-event-appointment-attendees-changed = 会議の出席者が変わる
addin-event-appointment-time-changed = 会議の日時が変わる
addin-event-appointment-recurrence-changed = 会議の定期的なパターンが変わる
addin-event-info-bar-dismiss-clicked = ユーザーがアドインの通知を閉じる
addin-event-message-sending = メッセージが送信されようとする
addin-event-appointment-sending = 会議出席依頼が送信されようとする
addin-event-message-compose-opened = 作成中のメッセージが開かれる
addin-event-appointment-organizer-opened = 作成中の会議出席依頼が開かれる
addin-event-message-from-changed = メッセージの差出人が変わる
addin-event-appointment-from-changed = 会議の開催者が変わる
addin-event-message-read-with-custom-header = カスタム ヘッダーのあるメッセージが閲覧される
addin-event-message-read-with-custom-attachment = カスタム添付ファイルのあるメッセージが閲覧される
addin-event-spam-reporting = ユーザーがメッセージを迷惑メールとして報告する
addin-event-document-opened = ドキュメントが開かれる
addin-event-other = イベント「{ $kind }」が発生する
addin-added = Office アドインが追加されました
addin-added-runs-in = Office アドインが追加されました: { $applications } で動作します
addin-added-developer = Office アドイン (`extensions`) が追加されました ({ $scopes } 用)
addin-added-developer-no-application = Office アドイン (`extensions`) が追加されました (対象のアプリケーションなし)
addin-no-longer-limited-named = アドインは、指定していたアプリケーションに限定されなくなりました
addin-no-longer-limited = アドインは { $applications } に限定されなくなりました
addin-no-longer-limited-developer = `{ $path }` が削除されました: 拡張機能はすべての Office アプリケーションにインストールできます
addin-application-removed = アドインは { $application } で動作しなくなりました
addin-application-removed-developer = アプリケーション `{ $scope }` が削除されました (以前の場所: `{ $path }`)
addin-application-added = アドインが { $application } でも動作するようになりました
addin-application-added-developer = アプリケーション `{ $scope }` が `{ $path }` に追加されました
addin-event-removed = アドインは、{ $event }ときに起動しなくなりました
addin-event-removed-developer = イベント `{ $kind }` が削除されました (以前の場所: `{ $path }`)
addin-event-added = アドインは、{ $event }ときに自動で起動するようになりました
addin-event-added-developer = イベント `{ $kind }` が `{ $path }` に追加されました
addin-send-mode-prompt-user = ユーザーに確認する
addin-send-mode-soft-block = アドインが使用できない場合を除き、送信をブロックする
addin-send-mode-block = 送信をブロックする
addin-send-mode-other = 送信モード「{ $mode }」を使う
addin-send-mode-none = 指定しない
addin-when-message-sending = メッセージが送信される
addin-when-appointment-sending = 会議出席依頼が送信される
addin-option-absent = 指定なし
addin-send-mode-changed = { $event }とき、アドインは{ $now }ようになりました (以前: { $was })
addin-send-mode-changed-developer = イベント `{ $kind }`: `options.sendMode` が { $now } になりました (以前は { $was })
addin-header-none = なし
addin-header-changed = { $event }とき、アドインはヘッダー { $now } を探すようになりました (以前: { $was })
addin-header-changed-developer = イベント `{ $kind }`: `options.headerName` が { $now } になりました (以前は { $was })
addin-context-mail-read = メールの閲覧時
addin-context-mail-compose = メールの作成時
addin-context-meeting-organizer = 会議の開催時
addin-context-meeting-attendee = 会議への出席時
addin-context-document = ドキュメント
addin-control-button = ボタン
addin-control-menu = メニュー
addin-control-menu-item = メニュー項目
addin-on-ribbon = リボン
addin-on-context-menu = コンテキスト メニュー
addin-entry-point-cell = セル
addin-entry-point-text = 選択したテキスト
addin-where-context = { $place } ({ $context })
addin-control-removed = { $what }「{ $label }」が{ $place }から削除されました
addin-control-removed-developer = コントロール `{ $id }` が削除されました (以前の場所: `{ $path }`)
addin-control-renamed = { $place }の{ $what }「{ $old }」の名前が「{ $new }」に変わりました
addin-control-renamed-developer = コントロール `{ $id }`: `label` が変わりました
addin-control-added = { $what }「{ $label }」が{ $place }に追加されました
addin-control-added-developer = コントロール `{ $id }` が `{ $path }` に追加されました
addin-set-version = { $name } { $version }
addin-no-version = バージョンなし
addin-needs-removed = アドインは { $set } を必要としなくなりました
addin-needs-removed-developer = 要件セット `{ $set }` が削除されました
addin-needs-changed = アドインは { $set } を必要とするようになりました (以前は { $was })
addin-needs-changed-developer = 要件セット `{ $set }`: `minVersion` が { $now } になりました (以前は { $was })
addin-needs-added = アドインは { $set } を必要とするようになりました
addin-needs-added-developer = 要件セット `{ $set }` が追加されました
addin-form-factor-mobile = モバイル デバイス
addin-form-factor-desktop = デスクトップ コンピューター
addin-form-factor-removed = アドインは { $factor } で動作しなくなりました
addin-form-factor-removed-developer = フォーム ファクター `{ $factor }` が削除されました
addin-form-factor-added = アドインが { $factor } でも動作するようになりました
addin-form-factor-added-developer = フォーム ファクター `{ $factor }` が追加されました
addin-pages-no-longer = アドインのページは { $hosts } から読み込まれなくなりました
addin-pages-now = アドインのページは { $hosts } から読み込まれるようになりました
addin-pages-changed = アドインのページは { $hosts } から読み込まれるようになりました (以前は { $was })
addin-pages-developer = `runtimes[].code` のホストが { $hosts } になりました (以前は { $was })
addin-shortcut = キーボード ショートカット { $keys }
addin-shortcut-action = キーボード ショートカット { $keys } (「{ $action }」)
addin-get-started-message = 開始メッセージ「{ $title }」
addin-custom-function = カスタム関数「{ $name }」
addin-named-removed = { $thing } が削除されました
addin-named-removed-developer = `{ $path }` が削除されました
addin-named-added = { $thing } が追加されました
addin-named-added-developer = `{ $path }` が追加されました
addin-removed = Office アドインが削除されました
addin-removed-developer = Office アドイン (`extensions`) が削除されました
addin-other-settings = Office アドイン: ほかの設定が { $count } 個変わりました
addin-other-changes-developer = `{ $path }` の下のほかの変更 { $count } 件
addin-extensions-changed-developer = `extensions` が変わりました
addin-extensions-changed-no-addin-developer = `extensions` が変わりました (どちらにも Office アドインはありません)
place-label-app-id = アプリ ID
place-label-version = バージョン
place-label-manifest-format-version = マニフェスト形式のバージョン
place-label-manifest-schema-link = マニフェストのスキーマのリンク
place-label-app-name = アプリ名
place-label-description = 説明
place-label-developer-details = 開発者の詳細
place-label-icons = アイコン
place-label-accent-color = アクセント カラー
place-label-translations = 翻訳
place-label-package-name = パッケージ名
place-label-short-name = 短い名前
place-label-full-name = 完全な名前
place-label-short-description = 簡単な説明
place-label-full-description = 詳細な説明
place-label-developer-name = 開発者名
place-label-color-icon = カラー アイコン
place-label-outline-icon = アウトライン アイコン
place-label-bot = ボット
place-label-bots = ボット
place-label-message-extension = メッセージ拡張機能
place-label-message-extensions = メッセージ拡張機能
place-label-connector = コネクタ
place-label-connectors = コネクタ
place-label-personal-tab = 個人用タブ
place-label-personal-tabs = 個人用タブ
place-label-channel-group-tab = チャネル/グループ タブ
place-label-channel-and-group-tabs = チャネル タブとグループ タブ
place-label-sign-in-settings = サインインの設定
place-label-team-and-chat-data-permissions = チームとチャットのデータへのアクセス許可
place-label-permission = アクセス許可
place-label-permissions = アクセス許可
place-label-device-permission = デバイスのアクセス許可
place-label-device-permissions = デバイスのアクセス許可
place-label-valid-domain = 有効なドメイン
place-label-valid-domains = 有効なドメイン
place-label-meeting-extension = 会議拡張機能
place-label-activity-feed-notifications = アクティビティ フィード通知
place-label-copilot-agents = Copilot エージェント
place-label-copilot-extensions = Copilot 拡張機能
place-label-agent-connector = エージェント コネクタ
place-label-agent-connectors = エージェント コネクタ
place-label-agent-skill = エージェント スキル
place-label-agent-skills = エージェント スキル
place-label-agentic-user-template = エージェント ユーザー テンプレート
place-label-agentic-user-templates = エージェント ユーザー テンプレート
place-label-extension = 拡張機能
place-label-outlook-and-office-extensions = Outlook と Office の拡張機能
place-label-dashboard-card = ダッシュボード カード
place-label-dashboard-cards = ダッシュボード カード
place-label-graph-connector = Graph コネクタ
place-label-supported-channel-types = サポートされるチャネルの種類
place-label-default-install-scope = 既定のインストール スコープ
place-label-default-group-capability = 既定のグループ機能
place-label-command = コマンド
place-label-commands = コマンド
place-label-language = 言語
place-label-languages = 言語
place-label-activity-type = アクティビティの種類
place-label-activity-types = アクティビティの種類
place-label-declarative-agent = 宣言型エージェント
place-label-declarative-agents = 宣言型エージェント
place-label-parameter = パラメーター
place-label-parameters = パラメーター
place-label-command-list = コマンド リスト
place-label-command-lists = コマンド リスト
place-label-file-sharing = ファイル共有
place-label-notifications-only = 通知のみ
place-label-audio-calls = 音声通話
place-label-video = ビデオ
place-label-page-address = ページのアドレス
place-label-website-address = Web サイトのアドレス

place-label-setup-page-address = 設定ページのアドレス
place-label-search-address = 検索のアドレス
place-label-privacy-statement-address = プライバシーに関する声明のアドレス
place-label-terms-of-use-address = 使用条件のアドレス
place-label-partner-network-id = パートナー ネットワーク ID
place-label-bot-id = ボット ID
place-label-tab-id = タブ ID
place-label-connector-id = コネクタ ID
place-label-color-icon-setting = カラー アイコン
place-label-outline-icon-setting = アウトライン アイコン
place-label-resource-address = リソースのアドレス
place-label-settings-can-be-changed = 設定を変更できるかどうか
place-label-id = ID
place-extension-number = 一覧の { $number } 番目
input-manifest-field-problem = フィールド `{ $field }`: { $problem }
input-manifest-not-object = マニフェストは JSON オブジェクト (`{"{"}` で始まる) である必要がありますが、このファイルは { $value } です
input-manifest-not-list = リスト (`[ ... ]`) である必要がありますが、{ $value } になっています
input-manifest-permission-not-object = 各アクセス許可は `name` と `type` を持つオブジェクトである必要がありますが、これは { $value } です
input-manifest-not-object-field = オブジェクト (`{"{"} ... {"}"}`) である必要がありますが、{ $value } になっています
input-manifest-entry-not-object = 各エントリはオブジェクト (`{"{"} ... {"}"}`) である必要がありますが、これは { $value } です
input-manifest-missing = 見つかりません。このフィールドは必須です
input-manifest-not-text = 二重引用符で囲んだテキストである必要がありますが、{ $value } になっています
input-manifest-not-true-or-false = true または false (引用符なし) である必要がありますが、{ $value } になっています
input-value-null = null (空)
input-value-true-or-false = { $value } (true または false)
input-value-number = 数値 { $number }
input-value-text = テキスト「{ $text }」
input-value-text-shortened = テキスト「{ $text }…」
input-value-list = リスト (`[ ... ]`)
input-value-object = オブジェクト (`{"{"} ... {"}"}`)
change-quoted-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}ほか { $more } 件
}
agent-value = { $value }
agent-quoted = 「{ $text }」
agent-none = なし
agent-and = { $head } と { $last }
agent-from-to = { $old } から { $new } に
agent-was = 以前は { $old }
agent-were = 以前は { $old }
agent-characters = { $count ->
   *[other] { $formatted } 文字
}
agent-new-wording = 新しい文言 (長さは { $characters } のまま)
agent-it-calls = 呼び出し先: { $host }
agent-folder = フォルダー { $folder }
agent-key-schema = スキーマのリンク
agent-capability-web-search = Web 検索
agent-capability-graphic-art = 画像生成
agent-capability-code-interpreter = コード インタープリター
agent-capability-onedrive-sharepoint = SharePoint と OneDrive のファイル
agent-capability-graph-connectors = Copilot コネクタ
agent-capability-teams-messages = Teams のメッセージ
agent-capability-email = メール
agent-capability-email-actions = メールの操作
agent-capability-people = ユーザー情報
agent-capability-meetings = 会議
agent-capability-meeting-actions = 会議の操作
agent-capability-embedded-knowledge = パッケージ内のファイル
agent-capability-dataverse = Dataverse
agent-capability-scenario-models = シナリオ モデル
agent-capability-fabric = Fabric
agent-sign-in-oauth = OAuth
agent-sign-in-api-key = API キー
agent-sign-in-dynamic-registration = 動的クライアント登録を使う OAuth
agent-sign-in-key-vault = Azure Key Vault のキー
agent-sign-in-reference = { $kind } (参照 ID { $id })
agent-agent = エージェント { $name }
agent-action = アクション { $name }
agent-an-action = アクション
agent-copilot-extension = アプリの Copilot 拡張機能
agent-connector = エージェント コネクタ { $name }
agent-custom-engine = カスタム エンジン エージェント
agent-agentic-user-template = エージェント ユーザー テンプレート { $name }
agent-api-of = { $label } の API
agent-file-agent = { $file } のエージェント
agent-file-action = { $file } のアクション
agent-file-api = API 記述 { $file }
agent-file-tools = MCP ツール リスト { $file }
agent-file-card = カード テンプレート { $file }
agent-file-response-template = 応答テンプレート { $file }
agent-file-agentic-user-template = { $file } のエージェント ユーザー テンプレート
agent-setting-name = 名前
agent-setting-description = 説明
agent-setting-disclaimer = 免責事項
agent-thing-skill = スキル
agent-thing-starter = 会話スターター
agent-thing-tool = ツール
agent-thing-mcp-server = MCP サーバー
agent-thing-local-runtime = ユーザーのデバイス上のランタイム
agent-thing-api = API
agent-added-to = { $what } ({ $label } へ)
agent-removed-from = { $what } ({ $label } から)
agent-setting-of = { $label } の{ $what }
agent-setting-added = { $what } ({ $label } へ)
agent-file-of = { $label } のファイル
agent-format-of = { $label } の形式バージョン
agent-other-settings-of = { $label } のその他の設定
agent-other-details-of = { $label } のその他の詳細
agent-copilot-added = Copilot { $label }
agent-copilot-removed = Copilot { $label }
agent-declared-how = マニフェストでの { $label } の宣言方法
agent-declared-from-preview = プレビュー形式 (Copilot 拡張機能) から Copilot エージェントへ
agent-custom-engine-added = カスタム エンジン エージェント (アプリのボットを通じて応答します)
agent-connector-added = { $label }
agent-connector-removed = { $label }
agent-mcp-server-of = { $label } の MCP サーバー
agent-sign-in-of = { $label } のサインイン
agent-sign-in-of-host = { $host } に対する { $label } のサインイン
agent-sign-in-of-number = { $label } のサインイン ({ $number })
agent-skill = エージェント スキル
agent-skill-in-folder = フォルダー { $folder } のエージェント スキル
agent-agentic-user-template-added = エージェント ユーザー テンプレート { $name }
agent-instructions-of = { $label } の指示
agent-capability-from = 機能 ({ $label } から)
agent-capability-to = 機能 ({ $label } へ)
agent-capability-settings-of = { $label } の「{ $capability }」の設定
agent-starter-of = { $label } の会話スターター { $starter }
agent-worker-from = ワーカー エージェント ({ $label } から)
agent-worker-to = ワーカー エージェント ({ $label } へ)
agent-action-from = アクション ({ $label } から)
agent-action-to = アクション ({ $label } へ)
agent-function = { $name } ({ $description })
agent-function-from = 関数 ({ $label } から)
agent-function-to = 関数 ({ $label } へ)
agent-function-of = { $label } の関数 { $name }
agent-server-of = { $label } のサーバー
agent-servers-of = { $label } のサーバー
agent-operation = { $operation } ({ $id })
agent-operation-from = 操作 ({ $label } から)
agent-operation-to = 操作 ({ $label } へ)
agent-operations-changed = { $count ->
   *[other] { $label } の操作の詳細
}
agent-tool-descriptions-of = { $label } のツールの説明
agent-note-sign-in = エージェントが { $host } を初めて使うときに、ユーザーはサインインを求められます。
agent-note-action-service = アクション「{ $name }」の背後にあるサービス
agent-note-new-host = エージェントが { $host } にリクエストを送信するようになりました。
agent-note-converted = 宣言型エージェントがカスタム エンジン エージェントになりました。ユーザーは新しいエージェントを確認して同意するよう求められ、もう一度ピン留めする必要があります。
agent-note-admin-approval = 組織が管理センターを通じてアプリを展開している場合は、ユーザーに更新が届く前に、管理者が各更新を承認します。
agent-note-source-sign-in = エージェント アクションのサインインに関する Microsoft のページ
agent-note-source-converted = エージェントの変換に関する Microsoft のページ
agent-note-source-admin-approval = Microsoft 365 メッセージ センター、MC1041454
agent-note-source-actions = エージェント アクションに関する Microsoft のページ
agent-kind-agent = Copilot エージェント ファイル
agent-kind-plugin = エージェント アクション ファイル (API プラグイン)
agent-kind-openapi = API 記述
agent-kind-mcp-tools = MCP ツールの説明
agent-kind-response-template = 応答テンプレート
agent-kind-card = カード テンプレート
agent-kind-agentic-user-template = エージェント ユーザー テンプレート
agent-kind-file = ファイル
agent-file-unreadable = { $what }「{ $name }」を読み取れません: { $problem }。開発担当者がファイルを修正する必要があります。
agent-file-not-object = { $what }「{ $name }」に必要な内容が入っていません (内容は { $content } である必要があります)。開発担当者がファイルを修正する必要があります。
agent-file-content-yaml = 名前付きの値のセット
agent-file-content-json = {"{"} {"}"} で囲んだ JSON オブジェクト
agent-file-openapi-format = API 記述「{ $name }」の形式は { $format } ですが、Copilot が読み取れるのは OpenAPI 3 (openapi: 3.0.x または 3.1.x) です。開発担当者が変換する必要があります。
agent-file-not-openapi = API 記述「{ $name }」は OpenAPI 3 のドキュメントではありません (openapi: 3.x と記述されていません。Swagger 2.0 のファイルは変換が必要です)。開発担当者が変換する必要があります。
agent-field-copilot-agents = Copilot エージェント
agent-field-copilot-extensions = Copilot 拡張機能
agent-field-agent-connectors = エージェント コネクタ
agent-field-agent-skills = エージェント スキル
agent-field-agentic-user-templates = エージェント ユーザー テンプレート

## Loading: input errors (src/input.rs, src/json/, src/file_kind.rs, src/limits.rs)
input-side-old = 公開中のバージョン
input-side-new = 新しいバージョン
input-side-error = { $side }: { $error }
input-error = { $file }: { $problem }。{ $fix }
input-error-at = { $file }、{ $place }: { $problem }。{ $fix }
input-where-line-column = { $line } 行 { $column } 列
input-where-field = フィールド `{ $field }`
input-where-package-entry = パッケージのエントリ `{ $entry }`
input-file-in-package = { $file } › { $entry }
input-internal = ファイルの読み取り中にこのツールが停止しました (ファイルの問題ではなく、このツールのバグです)
input-internal-fix = もう一度お試しください。再び発生する場合は、ご報告ください。
input-not-found = ファイルが存在しません (移動、名前の変更、または削除された可能性があります)
input-not-found-fix = ファイルをもう一度選んでください。
input-permission-denied = このファイルを読み取るアクセス許可がありません
input-permission-denied-fix = 読み取れる場所にファイルをコピーするか、コンピューターの管理者に問い合わせてください。
input-unreadable = ファイルを読み取れませんでした ({ $error })
input-unreadable-fix = ファイルがまだ存在し、読み取れる状態であることを確認してから、もう一度お試しください。
input-folder = これはファイルではなくフォルダーです
input-folder-fix = その中の manifest.json ファイルか、アプリ パッケージ (.zip) を選んでください。
input-not-regular-file = これは通常のファイルではありません (デバイス、パイプ、またはそれらへのショートカットの可能性があります)
input-not-regular-file-fix = manifest.json ファイルかアプリ パッケージ (.zip) そのものを選んでください。
input-manifest-too-large = マニフェストが、このツールで読み取れる { $mebibytes } MiB を超えています (実際のマニフェストは数 KB です)
input-manifest-too-large-fix = 正しいファイルを選んだか確認してください。
input-count-translation-files = 翻訳ファイル { $count } 個
input-count-other-files = ほかのファイル { $count } 個
input-package-only-manifest = マニフェストだけのアプリ パッケージ
input-package-with = { $parts } を含むアプリ パッケージ
input-list-two = { $first } と { $last }
input-list-more = { $first }、{ $rest }
input-bad-json = 有効な JSON ではありません: { $problem }
input-bad-json-fix = ファイルをテキスト エディターで開いてその箇所を修正し、保存してから、もう一度読み込んでください。
input-bad-manifest-fix = マニフェストのそのフィールドを修正し (Teams 開発者ポータルから有効なマニフェストをエクスポートできます)、保存してから、もう一度読み込んでください。
input-package-damaged = アプリ パッケージが破損しているか、通常の zip ファイルではありません ({ $detail })
input-package-damaged-fix = パッケージをもう一度ダウンロードするか、ビルドし直してください (Teams 開発者ポータルでは: 公開 › アプリ パッケージのダウンロード)。
input-package-too-large = アプリ パッケージが { $mebibytes } MiB を超えています
input-package-too-large-fix = Teams のアプリ パッケージに含まれるのは、マニフェストと 2 つの小さなアイコンです。正しいファイルを選んだか確認してください。
input-package-too-many-entries = アプリ パッケージに { $entries } 個のエントリがあります。このツールで読み取れるのは最大 { $most } 個です
input-package-too-many-entries-fix = Teams のアプリ パッケージに含まれるのは、マニフェストといくつかのアイコンです。正しいファイルを選んだか確認してください。
input-packaged-manifest-too-large = manifest.json が、このツールで読み取れる { $mebibytes } MiB を超えています
input-package-unpacks-too-large = アプリ パッケージを展開すると { $mebibytes } MiB を超えます
input-package-unpacks-too-large-fix = Teams のアプリ パッケージに含まれるのは、マニフェストといくつかの小さなアイコンです。正しいファイルを選んだか確認してください。
input-package-entry-damaged = アプリ パッケージのこのエントリは破損していて、展開できません ({ $error })
input-package-entry-damaged-fix = パッケージをビルドし直すか、もう一度ダウンロードしてください。
input-manifest-in-folder = manifest.json がパッケージ内のフォルダーの中にありますが、Teams ではパッケージのルートに置く必要があります
input-manifest-in-folder-fix = ファイルを含むフォルダーではなく、ファイルそのもの (manifest.json とアイコン) を zip 圧縮してください。
input-manifest-name-case = マニフェストの名前が `{ $name }` になっていますが、Teams では正確に `manifest.json` (すべて小文字) である必要があります
input-manifest-name-case-fix = ファイル名を manifest.json に変更し、パッケージをもう一度 zip 圧縮してください。
input-no-manifest = アプリ パッケージに manifest.json がありません
input-no-manifest-fix = Teams のアプリ パッケージは、manifest.json とそのアイコンを zip 圧縮したものです。Teams 用にビルドされたパッケージか、manifest.json そのものを選んでください。
input-kind-empty = このファイルは空で、マニフェストが入っていません
input-kind-png = これは PNG 画像で、マニフェストではありません
input-kind-jpeg = これは JPEG 画像で、マニフェストではありません
input-kind-gif = これは GIF 画像で、マニフェストではありません
input-kind-pdf = これは PDF ドキュメントで、マニフェストではありません
input-kind-word = これは Word 文書で、マニフェストではありません
input-kind-excel = これは Excel ブックで、マニフェストではありません
input-kind-powerpoint = これは PowerPoint プレゼンテーションで、マニフェストではありません
input-kind-old-office = これは Microsoft Office ドキュメントで、マニフェストではありません
input-kind-other-archive = これは別の種類の圧縮アーカイブ (.rar、.7z、.gz など) です。Teams のアプリ パッケージは .zip ファイルです
input-kind-utf16 = このマニフェストは UTF-16 テキストとして保存されていますが、Teams は UTF-8 のマニフェストしか読み取れません
input-kind-other-text = これはマニフェストではありません。Teams のマニフェストは「{"{"}」で始まる JSON テキストですが、このファイルには別のテキスト (プログラム、Web ページ、メモなど) が入っています
input-kind-empty-fix = manifest.json か .zip のアプリ パッケージを選んでください。これがマニフェストであれば、保存されていません。エディターで開いて、もう一度保存してください。
input-kind-utf16-fix = テキスト エディターで開いて UTF-8 で保存し (メモ帳では: ファイル › 名前を付けて保存、エンコード: UTF-8)、もう一度読み込んでください。
input-kind-other-archive-fix = manifest.json か .zip のアプリ パッケージを選んでください (Teams 開発者ポータルでは: 公開 › アプリ パッケージのダウンロード)。
input-kind-fix = manifest.json か .zip のアプリ パッケージを選んでください。
input-json-error-at = { $line } 行 { $column } 列: { $problem }
input-json-not-utf8 = ファイルが UTF-8 テキストではありません (UTF-16 や Windows-1252 など別のエンコードで保存されたか、テキスト ファイルではない可能性があります)
input-json-too-deep = オブジェクトとリストが { $levels } 階層を超えて入れ子になっています
input-json-comment = manifest.json ではコメントを使えません。コメント (// から行末まで、または /* から */ まで) を削除してください
input-json-non-breaking-space = ここに目に見えないノーブレーク スペース (U+00A0) があります。JSON では通常のスペースしか使えません (Web ページや文書からテキストをコピーしたときによく入り込みます)。削除して、通常のスペースを入力してください
input-json-curly-double-quotes = 曲がった引用符 “ ” は、まっすぐな引用符 " にする必要があります (ワープロが入力中に変換します)。それぞれ " で入力し直してください
input-json-curly-single-quotes = 曲がった引用符 ‘ ’ は、まっすぐな二重引用符 " にする必要があります (JSON には一重引用符がありません)。それぞれ " で入力し直してください
input-json-invisible-character = ここに目に見えない文字 (U+{ $code }) があります。JSON では通常のスペースしか使えません。削除してください
input-json-missing-comma-end-of-line = この行の末尾にコンマ `,` がありません (または、その前に閉じかっこがありません)
input-json-last-comma = このコンマは閉じかっこの直前にある最後のコンマです。削除してください
input-json-trailing-comma = 閉じかっこの直前にコンマがあります。削除してください
input-json-key-not-string = 名前が二重引用符で囲まれていない (JSON では "name": value の形式が必要です) か、コンマが多すぎます
input-json-expected-value = ここには値が必要です: 二重引用符で囲んだテキスト、数値、true、false、null、リスト [ ]、オブジェクト {"{"} {"}"} のいずれかです (一重引用符や引用符のない単語は使えません)
input-json-unclosed-string = テキストの値に閉じる二重引用符がありません
input-json-ends-too-early = ファイルが途中で終わっています: 閉じかっこがありません
input-json-missing-comma = この前にコンマ (または閉じかっこ) がありません
input-json-missing-colon = 名前の後にコロン `:` がありません
input-json-trailing-characters = JSON ドキュメントの終わりの後に余分なテキストがあります
input-json-control-character = テキストの値に改行やタブがそのまま含まれています。\n または \t と書いてください
input-json-invalid-escape = テキストの値の中のバックスラッシュが、JSON にないエスケープを始めています (バックスラッシュ自体は \\ と書きます)
input-json-bad-hex-escape = テキストの値の \u エスケープが不完全です (基本範囲外の文字には、\u エスケープを 2 つ続けて書く必要があります)
input-json-unknown-word = ここにある単語を解釈できません。引用符なしで書けるのは true、false、null だけです。テキストは二重引用符で囲んでください
input-json-invalid-number = 数値の書き方が JSON で認められていません (先頭の 0 や + 記号は使えず、小数点の両側に数字が必要です)
input-json-other = JSON の書き方になっていません ({ $detail })
input-yaml-not-utf8 = ファイルが UTF-8 テキストではありません
input-yaml-invalid = 有効な YAML ではありません: { $detail }
input-yaml-too-many-values = ドキュメントに含まれる値が多すぎます (繰り返し部分を含めて 100 万個を超えています)。OpenAPI ドキュメントはこれよりずっと小さいものです

## Report, guidance, fixes and outputs (src/report.rs, src/guidance.rs, src/fix.rs, src/presentation.rs, src/render/, src/button.rs)
report-not-store-package = 開いた公開中のバージョンは、ストアにあるパッケージではありません: { $reason }。そのため、このレポートでは、ストアが以前どの問題を受け付けていたかを判断できません。代わりに、ストアにあるパッケージを開いてください。パートナー センターで公開中のバージョンのアプリ パッケージをダウンロードします (または、前回アップロードした .zip を使います)。
report-not-store-package-app-id = アプリ ID が「{ $id }」で、公開済みのアプリのアプリ ID ではありません
report-not-store-package-format = ストアが受け付けないマニフェスト形式「{ $format }」を使っています
report-not-store-package-placeholder = 「{ $placeholder }」のような、ビルド ツールが値を入れるプレースホルダーが含まれています
report-no-link-app-id-changed = ダウンロード リンクはありません: アプリ ID が変わったため、新しい ID へのリンクはストアにないアプリを指してしまいます。リンクを取得するには、公開中のアプリ ID に戻してください。
report-no-link-not-an-app-id = ダウンロード リンクはありません: アプリ ID「{ $id }」は実際のアプリ ID (0b5c3d6e-1234-4abc-9def-00112233aabb のような GUID) ではありません。リンクには、提出するパッケージの ID が使われます。
render-date = { $year }/{ $month }/{ $day }
button-default-label = Microsoft Teams で入手
button-style-purple = 紫
button-style-outline = アウトライン
button-style-dark = ダーク
button-size-small = 小
button-size-medium = 中
button-size-large = 大
button-unknown-style = 不明なスタイル「{ $style }」です。purple、outline、dark のいずれかを選んでください
button-unknown-size = 不明なサイズ「{ $size }」です。small、medium、large のいずれかを選んでください
button-not-an-app-id = 「{ $text }」はアプリ ID ではありません。アプリ ID は 0b5c3d6e-1234-4abc-9def-00112233aabb のような形式です。Teams 開発者ポータルまたはパートナー センターの ID (ストア ID) を使ってください。
button-empty-label = ボタンのテキストが空です。ボタンに表示するテキストを入力してください (例: 「{ $example }」)

guide-fixer-app-window-portal = ここで修正できます: 「修正済みのコピーを保存」(または、開発者ポータルでアプリを開いて { $place } に移動)
guide-fixer-app-window = ここで修正できます: 「修正済みのコピーを保存」
guide-fixer-app-terminal-portal = ご自身: 公開中のファイルと新しいファイルを指定して teams-update-check fix を実行し、修正済みのコピーを保存します。または、開発者ポータルでアプリを開いて { $place } に移動します
guide-fixer-app-terminal = ご自身: 公開中のファイルと新しいファイルを指定して teams-update-check fix を実行し、修正済みのコピーを保存します
guide-fixer-portal-place = ご自身 (開発者ポータルでアプリを開いて { $place } に移動)
guide-fixer-portal = ご自身 (開発者ポータルで)
guide-fixer-developer = 開発担当者

guide-already-published = 公開中のバージョンにもすでにある問題です: ストアは以前これを受け付けましたが、更新のたびにパッケージ全体をチェックし直すため、今回は却下する可能性があります。
guide-step-nothing-to-submit = 変更を加えてバージョン番号を上げてから、新しいパッケージをもう一度チェックしてください。
guide-step-fix-window = 上に挙げた { $count } 件の問題を修正してください。それぞれに修正できる人が書かれています。「開発担当者向けにコピー」で、開発担当者に渡す内容をコピーできます。
guide-step-fix-document = 上に挙げた { $count } 件の問題を修正してください。それぞれに修正できる人が書かれています。「開発担当者向け」の一覧は、そのまま開発担当者に送ることができます。
guide-step-check-again-window = その後、修正したパッケージを新しいバージョンとしてここで開き、提出する前にもう一度チェックしてください。
guide-step-check-again-document = その後、提出する前に、修正したパッケージを Teams Update Check でもう一度チェックしてください。
guide-step-open-offer = パートナー センターでアプリのオファーを開き、「概要」タブにあるアプリのタイルから更新します。「新しいアプリを追加」は使わないでください。更新ではなく、2 つ目のアプリが作成されてしまいます。
guide-step-upload = このパッケージをアップロードします。アプリ ID は変更しないでください。ストアはこの ID でアプリを識別します。
guide-step-tested-again = この更新ではアプリでできることが変わるため、公開前に Microsoft がもう一度テストします。レビュー担当者がテスト内容を把握できるよう、下の認定用メモを「認定用のメモ」に貼り付けてください。
guide-step-listing-only = この更新で変わるのは、アプリの掲載情報とバージョンだけです。それでも Microsoft は、公開前にすべての更新を審査します。下の認定用メモに変更点が書かれています。
guide-step-users-approve = 公開されると、既存のユーザーはアプリを再承認した後に更新を受け取ります。下のリリース ノートで、ユーザーに何が起きるかを伝えられます。
guide-step-admin-approves = 公開されると、管理者がアドインを展開した組織では、管理者がこの更新を再承認した後にだけ更新が届きます。それまで、その組織のユーザーは更新されたアドインを使えません。下のリリース ノートで、管理者に何が起きるかを伝えられます。
guide-step-users-not-asked = 公開後、既存のユーザーにアプリの再承認は求められません。
guide-step-users-automatic = 公開後、既存のユーザーには更新が自動的に届きます。
guide-agent-admin-approves = 組織が管理センターを通じてアプリを展開している場合は、ユーザーに届く前に、管理者が Copilot エージェントの各更新を承認します。
guide-step-organization-only = ストアではなく、自分の組織内だけで公開していますか? その場合は、Teams 管理センター (アプリを管理 › 対象のアプリ › ファイルのアップロード) か開発者ポータルでパッケージをアップロードしてください。
report-verdict-ready = 提出できます
report-verdict-nothing-to-submit = 変更はありません: 提出する更新はありません
report-verdict-blocked = 提出する前に { $count } 件の問題を修正してください
report-users-asked = 既存のユーザーに、アプリの再承認が求められます。
report-admin-asked = 管理者がアドインを展開した組織では、その組織のユーザーが更新されたアドインを使えるようになる前に、管理者がこの更新を再承認する必要があります。
report-two-sentences = { $first }{ $second }
report-consent-nothing-changed = 何も変更されていないため、既存のユーザーが承認するものはありません。
report-consent-users-not-asked = 既存のユーザーに、アプリの再承認は求められません。
report-consent-users-automatic = 既存のユーザーには、この更新が自動的に届きます (新たな承認は不要です)。
report-consent-summary-none = 承認が必要な { $total } 種類の変更は、この更新に 1 つも含まれていません。既存のユーザーは、新たな確認なしで更新を受け取ります。
report-consent-summary = 承認が必要な { $total } 種類の変更のうち、{ $count } 種類がこの更新に含まれています。
report-consent-others-none = 承認が必要な { $count } 種類の変更は、この更新に 1 つも含まれていません
report-consent-others = 承認が必要なほかの { $count } 種類の変更は、この更新に含まれていません

report-who-users-and-admin = 承認を求められる人: すべての既存のユーザーと、Office アドインを展開した管理者
report-who-admin = 承認を求められる人: 組織に Office アドインを展開した管理者 (個々のユーザーではありません)
report-who-users = 承認を求められる人: すべての既存のユーザー
report-consent-title = ユーザーまたは管理者に、アプリの再承認が求められますか?
report-consent-intro = 一部の変更では、Teams がすべての既存のユーザーに、アプリをもう一度承認する (アプリに同意する) よう求めるプロンプトを表示します。Office アドインの変更では、代わりにアドインを展開した管理者が再承認する必要があります。
report-consent-others-hint = この更新には、これらのどれも含まれていません。項目を開くと、その意味を確認できます。
report-store-title = ストアで受け付けられますか?
report-store-warnings-title = 確認しておくとよい点: { $count } 件 (更新の妨げにはなりません)
report-store-template-findings = これが原因の指摘事項を表示 ({ $count } 件)
report-microsofts-rule = Microsoft の規則
guide-notes-the-app = アプリ
guide-notes-versions = { $app }: バージョン { $old } から { $new } への更新です。
guide-notes-capabilities = アプリでできること
guide-notes-agent = Copilot エージェント
guide-notes-listing = 名前、説明、アイコン、ファイル
guide-notes-heading = { $title }:
guide-notes-users-asked = 既存のユーザーに、アプリの再承認が求められます: { $rules }。
guide-notes-admin-asked = Office アドインを展開した管理者は、アドインを再承認する必要があります: { $rules }。
guide-release-our-app = 当社のアプリ
guide-release-users-opening = { $app } { $version } が Microsoft Teams に登場します。更新が届くと、新しいバージョンを使う前に、Teams から { $app } をもう一度承認するよう求められます。これは想定どおりの動作で、この更新によってアプリでできることが変わるためです。
guide-release-users-heading = 皆様にとっての変更点:
guide-release-admin-opening = { $app } { $version } がまもなく公開されます。この更新では、Office アドインが管理者の承認を必要とする形で変更されます。組織にアドインを展開した管理者がこの更新を再承認する必要があり、それまで組織のユーザーは更新されたアドインを使えません。これは想定どおりの動作で、この更新によってアドインが動作する場所やタイミングが変わるためです。
guide-release-admin-heading = 変更点:
guide-release-users-asked = 承認を求められる人: Teams でこのアプリを使うすべてのユーザー
guide-release-team-owner = チームやグループ チャット用の新しいタブは、チームの所有者またはチャットのメンバーが、タブを置きたいチャネルやチャットで追加します。
guide-release-for-admins = IT 管理者の方へ: この更新では、アプリのサインインの設定、または要求するアクセス許可が変わります。Teams 管理センターの「アプリを管理 › { $app } › アクセス許可」で確認してください。ここで組織に代わって同意を与えることができます。
guide-release-addin-admins = Office アドインを展開した IT 管理者の方へ: アドインのこの更新をもう一度承認してください。承認されるまで、組織のユーザーは更新されたアドインを使えません。
guide-release-admin-asked = 承認を求められる人: 組織にアドインを展開した管理者 (個々のユーザーではありません)
guide-handoff-the-app = アプリ
guide-handoff-intro = Teams Update Check で、{ $file } ({ $app } { $version }) にストアで却下される問題が { $count } 件見つかりました。修正をお願いします:
guide-handoff-where = 場所: { $place }
guide-handoff-who = 担当: { $who }
guide-handoff-rule = 規則: { $rule }
guide-handoff-check = { $title }: { $message }
guide-handoff-manifest-field = manifest.json の「{ $field }」
guide-handoff-file-line = { $file }、{ $line } 行 { $column } 列
guide-handoff-note = 注: { $note }
report-next-steps-title = 次に行うこと
report-certification-notes-lead = パートナー センターの「認定用のメモ」の下書きです。この更新での変更点をまとめています。サインインとテストの方法を追記してください。
report-certification-notes-title = 認定用メモ
report-certification-notes-copy = 認定用メモをコピー
report-release-note-admin = アドインを展開した管理者は、この更新を再承認する必要があります。更新が届く前に、このお知らせを顧客の IT 管理者に送ってください。
report-release-note-both = 既存のユーザーにアプリの再承認が求められ、アドインを展開した管理者も再承認する必要があります。更新が届く前に、このお知らせをユーザーとその IT 管理者に送ってください。
report-release-note-users = 既存のユーザーに、アプリの再承認が求められます。更新が届く前に、このお知らせをユーザー (とその IT 管理者) に送ってください。
report-release-note-title = ユーザーへのお知らせ
report-release-note-copy = リリース ノートをコピー
report-attention-title = 提出する前に修正してください
report-attention-intro = 各問題には、修正できる人が書かれています。修正してから、修正したパッケージをもう一度チェックしてください。
report-handoff-lead = この一覧を開発担当者に渡してください。各問題の場所 (ファイル、行、列) と Microsoft の規則が書かれていて、メールやチケットにそのまま貼り付けられます。
report-handoff-title = 開発担当者向け
report-handoff-copy = 開発担当者向けにコピー
report-checks-title = バージョンとアプリ ID
report-checks-intro = Microsoft は、更新でアプリ ID を変えないこと、そして名前や説明の変更も含め、どんな変更でもバージョン番号を上げることを求めています。
report-agent-notes-title = ユーザーが気付く点
report-agent-notes-intro = この更新に含まれる Copilot エージェントについての参考情報です。これらは、ユーザーにアプリの再承認が必要かどうかには影響しません。
report-area-identity-hint = アプリ ID、バージョン番号、マニフェスト形式のバージョン
report-area-listing-hint = ストアでユーザーに表示される情報: 名前、説明、開発者の詳細、アイコン、色
report-area-capability-hint = Teams と Office でアプリができること: ボット、タブ、メッセージ拡張機能、コネクタ、サインイン、アクセス許可、Office アドイン
report-area-package-file-hint = .zip のアプリ パッケージ内の、manifest.json 以外のファイル (アイコンや翻訳など)
report-area-agent-hint = Copilot エージェント: その指示、機能、アクション、呼び出すサーバー
report-area-other-hint = マニフェストのその他の設定
report-changes-nothing = なし: 2 つのバージョンは同じです。
report-download-title = Web サイト用のダウンロード リンク
report-download-window = Teams ストアでアプリを開くボタンを Web サイトに置きましょう。ボタンの HTML はこのウィンドウで作成できます。
report-download-terminal = Teams ストアでアプリを開くボタンを Web サイトに置きましょう。新しいファイルを指定して teams-update-check button を実行すると、その HTML が出力されます。
report-download-document = Teams ストアでアプリを開くボタンを Web サイトに置きましょう。ボタンの HTML は Teams Update Check で作成できます。
report-nothing-note = 2 つのバージョンは同じです。変更を加えてバージョン番号を上げてから、もう一度チェックしてください。
report-error-title = 問題の内容
report-error-note = ファイルを修正してから (または正しいファイルを選んでから)、もう一度チェックしてください。
report-row-file = ファイル
report-row-app-name = アプリ名
report-row-app-id = アプリ ID
report-row-version = バージョン
report-row-manifest-format = マニフェスト形式
report-full-value = { $subject } の値全体
report-changes-title = 変更点 ({ $count })
report-changes-area = { $area } ({ $count })
report-error-headline = { $side }を読み込めませんでした
report-error-note-file = { $file } は{ $side }です。まだ何も比較していません。
render-unnamed-app = 名前のないアプリ
render-published-new = 公開中: { $published }   新規: { $new }
render-label-note = 注:
render-label-sources = 出典:
render-label-where = 場所:
render-label-who = 修正できる人:
render-label-why = 理由:
render-label-developers = 開発者向け:
render-title = Teams 更新チェック: { $headline }
render-column-published = 公開中
render-column-new = 新規
render-verdict = 判定
render-footer = このレポートは、Microsoft Teams アプリの更新をストアに提出する前にチェックするツール、Teams Update Check で作成されました。実行したコンピューター上のファイルを読み取っただけで、どこにも何も送信していません。
render-title-app = { $app } — Teams 更新チェック: { $headline }
render-teams-update-check = Teams 更新チェック
render-report = レポート
render-button-preview = Web サイトでのダウンロード ボタンの表示:
fix-version-not-raised = 公開中のバージョン「{ $published }」が数字とドットだけでできていない (または数字が長すぎる) ため、バージョンを自動で上げられませんでした。
fix-who-type-version = ご自身: 開発者ポータルで新しいバージョン (公開中のバージョンより大きいもの) を入力するか、--new-version で指定します。
fix-what-version = バージョン
fix-typed-version-form = バージョン「{ $version }」は、1.4.2 のようにドットで区切った 3 つの整数になっていません。その形式で入力してください (英字や先頭の 0 は使えません)。
fix-typed-version-not-higher = バージョン { $version } は、公開中の { $published } より大きくありません。より大きい値を入力してください。
fix-what-unused-files = パッケージで使われていないファイル
fix-unused-files-before = { $count } 個のファイル: { $names }
fix-unused-files-after = 除外
fix-what-package-files = パッケージのファイル
fix-folder-before = フォルダー「{ $folder }」内
fix-folder-after = Teams が探す、パッケージのルート
fix-package-damaged = エントリの 1 つが破損しているため、パッケージを書き直せませんでした ({ $error })。パッケージをビルドし直すか、もう一度ダウンロードしてください。
fix-folder-damaged = エントリが破損しているため、パッケージのファイルをフォルダーから移動できませんでした ({ $error })。パッケージをビルドし直すか、もう一度ダウンロードしてください。
fix-output-is-input = これはチェック中のファイルの 1 つです。修正済みのコピーがこれらのファイルを置き換えることはありません。別の名前を選んでください
fix-schema-preview = マニフェストはストアが受け付けないプレビュー形式 devPreview を使っています。リンクをこの形式に向けると、パッケージはストアが受け付ける状態からさらに遠ざかります。先にマニフェストを公開済みの形式に移行し (「マニフェストがストアで受け付けられる形式を使っている」を参照)、その形式のリンクを設定してください
fix-schema-unknown-format = マニフェストの形式 (manifestVersion) は Microsoft が公開したものではないため、使える公式のリンクがありません
fix-schema-not-text = リンクはありますがテキストではないため、何を示すつもりだったのかがわかりません
fix-schema-not-fixed = 「{ $file }」のスキーマのリンクは修正されませんでした: { $reason }。
fix-who-developer = 開発担当者
fix-schema-missing = なし
fix-what-schema-link = 「{ $file }」のスキーマのリンク ({ $field })
fix-icon-outline = アウトライン アイコン
fix-icon-color = カラー アイコン
fix-icon-small-color = 小さいカラー アイコン
fix-who-icon-maker = アイコンのデザイン担当者 (または開発担当者)
fix-icon-not-fixed = { $icon }「{ $file }」は修正されませんでした: { $reason }
fix-icon-shared = 同じファイルが{ $other }としても使われていますが、そちらには別のサイズや色が必要です。アイコンごとに別のファイルが必要です。
fix-icon-not-png = PNG 画像ではありません。先に PNG として保存してください。
fix-icon-not-square = { $width } × { $height } ピクセルで、正方形ではありません。{ $want } × { $want } にサイズ変更すると画像がゆがみます。トリミングには人の目による判断が必要です。
fix-icon-too-large = { $width } × { $height } ピクセルで、安全に開くには大きすぎます (アイコンは { $want } × { $want } です)。
fix-icon-damaged = 破損した PNG 画像のため、開けません。
fix-icon-no-transparency = 透明なピクセルがないため、白にすると白い四角になってしまいます。アウトライン アイコンは、透明な背景にアプリの形を白で描いたものである必要があります。
fix-icon-not-saved = サイズを変更した画像を PNG として保存できませんでした。
fix-icon-size = { $width } × { $height } ピクセル
fix-icon-whitened = { $want } × { $want } ピクセル、透明な背景に白 ({ $count } ピクセルを白に変更、透明部分はそのまま)
fix-what-icon = { $icon }「{ $file }」
report-mark-ok = OK
report-mark-fix = 要修正
report-mark-warn = 要確認
report-mark-skip = 不要
report-mark-info = 注
report-mark-step = 次の手順
report-mark-yes = はい
report-mark-no = いいえ
report-mark-added = 追加
report-mark-removed = 削除
report-mark-changed = 変更
punctuation-colon = {"："}
report-tag-pass = 合格
report-tag-fix = 要修正
report-tag-warn = 要確認
report-tag-skip = 不要
report-tag-note = 注意
report-tag-next = 次へ
report-tag-yes = はい
report-tag-no = いいえ
store-consequence-unused-files = このため、公開済みのバージョンで使われていた { $count } 個のファイル ({ $files }) がパッケージで使われなくなっています。この問題を修正すると再び使われるので、削除しないでください。
report-files-not-compared = パッケージではなく manifest.json が指定されたため、アイコンとパッケージ内のその他のファイルは比較されていません。比較するには、両方の .zip アプリ パッケージを開いてください。
change-value-before = 変更前
change-value-now = 変更後
report-finding-place = { $file } の { $place }

# Developer Portal: its pages and fields, as Developer Portal names them
portal-basic-version = 基本情報 › バージョン
portal-basic-app-names = 基本情報 › アプリ名
portal-basic-descriptions = 基本情報 › 説明

portal-basic-developer-information = 基本情報 › 開発者情報
portal-branding-color-icon = ブランド化 › カラー アイコン
portal-branding-outline-icon = ブランド化 › アウトライン アイコン
portal-features-bot = アプリの機能 › ボット
portal-features-personal-app = アプリの機能 › 個人用アプリ

## Command line (src/cli.rs, src/cli/)
cli-error = エラー: { $error }
cli-unknown-language = エラー: --lang: 「{ $tag }」は、このアプリが対応している言語ではありません。次のいずれかを選んでください: { $tags }。
cli-nothing-fixed = 自動で修正できるものがなかったため、コピーは保存されませんでした。
cli-copy-not-saved = エラー: 修正済みのコピーを { $path } として保存できませんでした ({ $error })。--output で別の場所を選ぶか、ディスクに空き容量があり、フォルダーに書き込めることを確認してください。
cli-copy-saved = 修正済みのコピーを保存しました: { $path }
cli-fixed-heading = 修正済み ({ $count }):
cli-fixed-step = { $what }: 以前は { $before }、現在は { $after }
cli-not-fixed-heading = ここでは修正されていない項目 ({ $count }):
cli-problem = 問題
cli-not-fixed-item = { $title }: { $message }
cli-who-can-fix = 修正できる人: { $who }
cli-fix-result = { $which ->
    [fixed] 修正済みのコピー
   *[new] 新しいバージョン
}: { $headline }
cli-output-not-written = エラー: 出力を書き込めませんでした ({ $error })。ディスクに空き容量があり、ファイルに書き込めることを確認してください。
cli-could-not-load-side = エラー: { $side }のファイルを読み込めませんでした: { $error }
cli-could-not-load = エラー: { $file } を読み込めませんでした: { $error }
cli-input-error-at = { $place }: { $problem }。{ $fix }
cli-input-error = { $problem }。{ $fix }
cli-app-id-error = エラー: --app-id: { $error }
cli-app-id-in-file = エラー: { $path } のアプリ ID: { $error } (または、--app-id で ID を指定してください。)
cli-label-error = エラー: --label: { $error }
cli-no-window-in-build = この teams-update-check のビルドにはウィンドウがありません (`gui` 機能なしでビルドされています)。`teams-update-check check OLD NEW` を使ってください。詳しくは `teams-update-check --help` を参照してください。
cli-no-display = エラー: ディスプレイが見つからないため、ウィンドウを開けません (サーバー、コンテナー、またはデスクトップのないリモート シェルのようです)。コマンド ラインはディスプレイなしで動作します: `teams-update-check check PUBLISHED NEW` を実行してください (`teams-update-check --help` を参照)。
cli-window-not-opened = エラー: ウィンドウを開けませんでした。ディスプレイが見つからないか、コンピューターのグラフィックスでウィンドウを起動できませんでした。コマンド ラインはウィンドウなしで動作します: `teams-update-check check PUBLISHED NEW` を実行してください (`teams-update-check --help` を参照)。

## The window (src/app/)

# Shared by several views
app-name = Teams Update Check
app-version = バージョン { $version }
app-close = 閉じる
app-cancel = キャンセル
app-where = 場所: { $place }
app-the-file = ファイル
app-the-app = アプリ
app-copied = { $what } をクリップボードにコピーしました
app-clipboard-failed = クリップボードを使えませんでした ({ $error })。下のテキストを選択して、手動でコピーしてください。
app-no-clipboard = クリップボードがありません

# The window's frame: status bar, top bar, toasts (src/app/mod.rs, top_bar.rs)
app-status-privacy = ファイルはこのコンピューターから出ません: 何もアップロードされません。ファイルは読み取るだけで、変更されることはありません。
app-tagline = 提出する前に Teams アプリの更新をチェック
app-about = バージョン情報
app-about-hover = バージョン、ライセンス、このアプリでのファイルの扱い
app-language = 言語
app-language-hover = ウィンドウと、エクスポートするレポートの言語
app-language-system = このコンピューターと同じ ({ $language })
app-export = レポートをエクスポート…
app-export-hover = このレポートを Markdown または HTML として保存します ({ $shortcut })
app-export-disabled-hover = 先に両方のバージョンを開いてください
app-try-example = 例を試す
app-try-example-hover = ユーザーの承認が必要になる更新の例 (組み込み) を読み込みます
app-paste-path-first = 先にファイルの完全なパスを貼り付けてください。
app-no-file-dialog = このコンピューターではファイル ダイアログを開けませんでした。ファイルをウィンドウにドロップするか、カードにファイルの完全なパスを貼り付けてください。
app-fixed-copy-saved = 修正済みのコピーを保存しました: { $path }。新しいバージョンとして開いています。
app-button-needs-new-version = 先に新しいバージョンを開いてください: ボタンにはそのアプリ ID が使われます。
app-what-button-html = ボタンの HTML
app-what-link = リンク
app-too-many-dropped = ドロップされたファイルのうち、最初の 2 つだけを使いました。
app-notice-not-opened = サードパーティ通知を開けませんでした。ファイル マネージャーから { $path } を開いてください。
app-same-file = 両方のカードに同じファイルが表示されているため、変更があるはずはありません。右側で新しいバージョンを開いてください。
app-checking = チェック中…

# Work in the background and its dialogs (src/app/background.rs)
app-internal-read-problem = このファイルの読み取り中に、Teams Update Check で内部の問題が発生しました (ツールのバグで、ファイルに問題があるとは限りません)
app-internal-read-fix = 「再読み込み」をお試しください。再び発生する場合は、ファイルを添付してご報告ください。それまでの間は、Teams 開発者ポータルでファイルを確認してください。
app-internal-check = 2 つのファイルの比較中に、Teams Update Check で内部の問題 (ツールのバグ) が発生しました。「再読み込み」をお試しください。再び発生する場合は、ファイルを添付してご報告ください。
app-internal-write = ファイルの書き込み中に、Teams Update Check で内部の問題 (ツールのバグ) が発生しました。もう一度お試しください。
app-open-dialog-title = { $side ->
    [old] 公開中のバージョンを開く (現在ストアにあるもの)
   *[new] 新しいバージョンを開く (提出するもの)
}
app-filter-manifest-or-package = Teams マニフェストまたはアプリ パッケージ
app-filter-all-files = すべてのファイル
app-save-report-title = レポートを保存
app-filter-html = Web ページ (HTML)
app-filter-markdown = Markdown

# The About view (src/app/about_view.rs)
app-about-summary = Microsoft Teams アプリの更新をストアに提出する前にチェックします: 提出できる状態か、ユーザーにアプリの再承認が求められるか、何が変わったか。
app-about-privacy-heading = ファイルはこのコンピューターから出ません
app-about-privacy = このアプリは、開いたファイルを読み取るだけで、変更することはありません。ネットワークにも接続しません: どこにも何も送信せず、チェックに使う Microsoft のスキーマも組み込まれています。
app-about-license-heading = ライセンス
app-about-license = Teams Update Check は MIT ライセンスのフリー ソフトウェアです。
app-about-show-license = ライセンスを表示
app-about-third-party-heading = サードパーティ ソフトウェア
app-about-third-party = このアプリはオープンソースのコンポーネントで構築されています。各コンポーネントのライセンスは、アプリに付属するサードパーティ通知に記載されています。
app-about-open-notice = サードパーティ通知を開く
app-about-no-notice = このアプリはパッケージからインストールされていないため、オープンソース コンポーネントとそのライセンスの一覧 ({ $file }) が同じ場所にありません。インストールしたアプリには含まれています。
app-about-trademark = Microsoft が作成または推奨したものではありません。Microsoft Teams は Microsoft グループ企業の商標です。

# The download button panel (src/app/button_panel.rs)
app-button-heading = Web サイト用のダウンロード ボタン
app-button-intro = このボタンを製品の Web サイトに置くと、訪問者が Teams でアプリを入手できます。リンクは、アプリが Teams ストアで公開されると機能します。
app-button-text = ボタンのテキスト
app-button-look = 外観
app-button-look-named = 外観: { $style }
app-button-size = サイズ
app-button-size-named = サイズ: { $size }
app-button-hint-filled = Teams の紫に白いテキスト: 明るいページでも暗いページでも読みやすい外観です。
app-button-hint-outline = 透明な背景に紫のテキストと枠線: 明るいページ専用です。暗いページでは「紫」か「ダーク」を選んでください。
app-button-hint-dark = 黒に近い色に白いテキスト: 明るいページや要素の多いページ向けです (黒いページでは目立ちません)。
app-button-app-id = アプリ ID
app-button-app-id-hover = Teams ストアでのアプリの ID です。新しいマニフェストから取得しています。別の ID (パートナー センターのストア ID など) を使うには、その ID を入力してください。
app-button-app-id-from-manifest = { $id } (新しいバージョンのマニフェストから)
app-button-app-id-hint = 別のアプリ ID を使うには、ここに入力するか貼り付けてください
app-button-placeholder-id = 新しいマニフェストの ID はプレースホルダーのようです。上に実際のアプリ ID を入力してください。
app-button-preview = プレビュー
app-button-copy-html = HTML をコピー
app-button-copy-html-hover = Web サイトに貼り付けるボタンの HTML コードをコピーします ({ $shortcut })
app-button-copy-link = リンクをコピー
app-button-open-preview = ブラウザーでプレビューを開く
app-button-open-preview-hover = 実際のボタンを Web ブラウザーで確認します
app-button-show-html = HTML コードを表示
app-button-html-label = ページに貼り付ける HTML:
app-preview-not-written = プレビュー ページを書き込めませんでした ({ $error })。代わりに HTML をコピーして、自分のページに貼り付けてください。
app-preview-no-address = ページにファイルのアドレスがありません
app-preview-opened = Web ブラウザーにプレビューを開くよう要求しました。ブラウザーのウィンドウが表示されない場合は、ブラウザーで { $path } を開いてください。
app-preview-no-browser = Web ブラウザーを起動できませんでした ({ $error })。プレビュー ページは { $path } に保存されています。ブラウザーで開いてください。
app-preview-page-title = ボタンのプレビュー
app-preview-on-light = 明るいページ上:
app-preview-on-grey = グレーのページ上:
app-preview-on-dark = 暗いページ上:

# The two cards and dropping files (src/app/cards.rs, drop_question.rs)
app-card-title = { $side ->
    [old] 公開中のバージョン
   *[new] 新しいバージョン
}
app-card-hint = { $side ->
    [old] 現在 Teams ストアにあるバージョン
   *[new] 提出したい更新
}
app-reversed = 新しいバージョンの番号が、公開中のバージョンより小さくなっています。2 つを逆に開いていませんか?
app-swap = 2 つを入れ替える
app-swap-hover = 公開中のバージョンと新しいバージョンを入れ替えます
app-card-empty = manifest.json またはアプリ パッケージ (.zip) をここにドロップするか、
app-card-reading = { $file } を読み取り中…
app-card-icon-alt = { $name } のカラー アイコン
app-card-icon-hover = パッケージに含まれるアプリのカラー アイコン
app-card-no-name = (マニフェストにアプリ名がありません)
app-card-file = ファイル: { $file }
app-card-manifest-format = マニフェスト形式 { $schema }
app-card-not-given = 指定なし
app-card-manifest-format-hover = manifestVersion: ファイルが従っている Microsoft のマニフェスト形式のバージョン
app-card-could-not-load = { $file } を読み込めませんでした
app-card-what-is-wrong = 問題: { $problem }
app-card-what-to-do = 対処方法: { $fix }
app-card-open = 開く…
app-card-open-hover = manifest.json または .zip のアプリ パッケージを選びます ({ $shortcut })
app-card-open-named = { $side ->
    [old] 公開中のバージョンを開く…
   *[new] 新しいバージョンを開く…
}
app-card-reload = 再読み込み
app-card-reload-hover = ファイルをもう一度読み取ります ({ $shortcut })
app-card-reload-named = { $side ->
    [old] 公開中のバージョンを再読み込み
   *[new] 新しいバージョンを再読み込み
}
app-card-clear = クリア
app-card-clear-named = { $side ->
    [old] 公開中のバージョンをクリア
   *[new] 新しいバージョンをクリア
}
app-card-typed-path = ファイルをこのウィンドウにドロップするか、完全なパスをここに貼り付けてください:
app-card-typed-path-hover = Linux では、このダイアログを使うには、デスクトップのファイル選択機能 (xdg-desktop-portal サービス) または zenity プログラムが必要です。
app-card-path-example-windows = C:\Users\you\Downloads\app-package.zip
app-card-path-example = /home/you/Downloads/app-package.zip
app-card-path-named = { $side ->
    [old] 公開中のバージョンのファイルのパス
   *[new] 新しいバージョンのファイルのパス
}
app-card-open-typed = 開く
app-drop-overlay = カードにドロップすると、そこにファイルを読み込みます
app-drop-question = これはどちらのバージョンですか?
app-drop-load-as = { $file } を次として読み込む:

# Saving the report (src/app/export.rs)
app-report-saved = レポートを { $path } に保存しました
app-report-saved-no-dialog = このコンピューターでは保存ダイアログを開けなかったため、レポートを { $path } に保存しました
app-export-is-input = 保存されていません: { $path } はチェック中のファイルの 1 つです。別の名前を選んでください。
app-export-failed = レポートを { $path } に保存できませんでした ({ $error })。書き込みできるフォルダーを選んでください。

# A fixed copy (src/app/fix_view.rs)
app-fix-copy-heading = 修正済みのコピー: { $path }
app-fix-repaired = { $what }: 以前は { $before }、現在は { $after }
app-fix-left = { $problem } 修正できる人: { $who }
app-fix-save = 修正済みのコピーを保存…
app-fix-save-hover = 安全な修正 (バージョン番号、スキーマのリンク、アイコン、使われていないファイル) を加えた新しいパッケージを保存します。元のファイルは変更されません。保存したコピーは新しいバージョンとして開かれます。
app-fix-some-repairable = これらの問題の一部は、自動で修正できます。
app-fix-version-label = コピーのバージョン:
app-fix-version-named = 修正済みのコピーのバージョン
app-fix-leave-empty = 空欄のままにすると { $proposed } が使われます (公開中のバージョンは { $published } です)。
app-fix-no-dialog = このコンピューターでは保存ダイアログを開けませんでした。修正済みのコピーの保存先を入力してください:
app-fix-path-named = 修正済みのコピーのパス
app-fix-save-copy = コピーを保存
app-fix-folder-hover = ファイルをフォルダーから出して、Teams が探すルートに移動した新しいパッケージを保存します。元のファイルは変更されません。
app-fix-folder = 新しいバージョンのファイルが、パッケージ内のフォルダーに入っています: コピーを作成して、ファイルをルートに移動できます。
app-fix-dialog-title = 新しいバージョンの修正済みのコピーを保存
app-internal-fix = 修正済みのコピーの作成中に、Teams Update Check で内部の問題 (ツールのバグ) が発生しました。元のファイルは変更されていません。
app-fix-not-read-again = 新しいバージョンをもう一度読み取れませんでした ({ $error })。もう一度開いてください。
app-fix-not-made = 修正済みのコピーを作成できませんでした: { $error }
app-fix-nothing = 自動で修正できるものはありませんでした。残りの問題は人の手で修正する必要があります (一覧を参照)。
app-fix-not-saved = 修正済みのコピーを { $path } として保存できませんでした ({ $error })。別の場所を選んでください。

# Characters no font draws (src/app/font_notice.rs)
app-font-notice = ファイル内の一部のテキストは{ $scripts }で書かれていますが、このコンピューターにはそれを表示できるフォントがないため、空の四角で表示されます。表示するには、{ $fix }をインストールしてから Teams Update Check を開き直してください。チェック自体には影響はなく、結果はすべて揃っています。
app-font-fix-other = それらの文字を含むフォント
app-font-fix-emoji = 絵文字フォント (例: Noto Color Emoji)
app-font-fix-script = { $scripts }のフォント (例: 無料の Noto ファミリー)
app-list-and = { $first } と { $last }
app-hide = 非表示
app-script-greek = ギリシャ文字
app-script-cyrillic = キリル文字
app-script-armenian = アルメニア文字
app-script-hebrew = ヘブライ文字
app-script-arabic = アラビア文字
app-script-devanagari = ヒンディー語 (デーバナーガリー文字)
app-script-bengali = ベンガル文字
app-script-gurmukhi = パンジャブ語 (グルムキー文字)
app-script-gujarati = グジャラート文字
app-script-odia = オディア文字
app-script-tamil = タミル文字
app-script-telugu = テルグ文字
app-script-kannada = カンナダ文字
app-script-malayalam = マラヤーラム文字
app-script-sinhala = シンハラ文字
app-script-thai = タイ文字
app-script-lao = ラオ文字
app-script-tibetan = チベット文字
app-script-burmese = ミャンマー文字
app-script-georgian = ジョージア文字
app-script-korean = 韓国語 (ハングル)
app-script-ethiopic = アムハラ語 (エチオピア文字)
app-script-khmer = クメール文字
app-script-emoji = 絵文字
app-script-japanese = 日本語
app-script-chinese = 中国語
app-script-other = その他の文字

# The report's own labels (src/app/report_view.rs)
app-sources = 出典:
app-source-link = 出典 ↗
app-for-developers = 開発者向け: { $lines }
app-show-details = 詳細を表示
app-show-details-hover = 下にあるこの問題の詳細までスクロールします
app-why = 理由: { $why }
app-who-can-fix = 修正できる人:
app-select-to-copy = 一部をコピーするには、テキストを選択してください
app-copy-full-value = 値全体をコピー
app-copy-full-value-hover = 値全体をクリップボードにコピーします
app-copy-hover = テキストをクリップボードにコピーして、ほかの場所に貼り付けられるようにします
app-show-the-text = テキストを表示
app-developer-details = 開発者向けの詳細

# The welcome page (src/app/welcome.rs)
app-welcome-heading = 使い方
app-welcome-step-1 = 1. 左側で、現在 Teams ストアにあるアプリのバージョンを開きます。その manifest.json か、アップロードした .zip のアプリ パッケージです。
app-welcome-step-2 = 2. 右側で、提出したい更新を開きます。
app-welcome-step-3 = 3. 結果を確認します: 更新を提出できる状態か、ユーザーにアプリの再承認が求められるか、何が変わったか。
app-welcome-step-4 = 4. Web サイト用のダウンロード ボタンをコピーします。
app-welcome-shortcuts = ファイルをウィンドウにドロップすることもできます。ショートカット: { $open_old } で公開中のバージョン、{ $open_new } で新しいバージョンを開き、{ $export } でレポートをエクスポート、{ $copy_html } でボタンの HTML をコピー、{ $reload } で再読み込みします。
app-welcome-where-heading = 公開中のバージョンはどこで入手できますか?
app-welcome-where-intro = 公開後に編集してきたファイルではなく、現在 Microsoft にあるアプリ パッケージを使ってください。アプリを公開した場所から入手します:
app-welcome-where-portal = 開発者ポータル (dev.teams.microsoft.com): 「アプリ」を開き、対象のアプリを選んで「アプリ パッケージのダウンロード」を選びます。これは、開発者ポータルで変更を加える前に行ってください。アプリを編集した後に取得できるパッケージは、新しいバージョンになります。
app-welcome-where-partner = パートナー センター (partner.microsoft.com) - Teams ストアにあるアプリの場合: Teams アプリのオファーを開き、公開中のバージョン用にアップロードされたアプリ パッケージをダウンロードします。
app-welcome-where-admin = Teams 管理センター (admin.teams.microsoft.com) - 自分の組織だけに公開したアプリの場合: Teams 管理者が「Teams アプリ」の「アプリを管理」でパッケージを入手できます。
app-welcome-where-records = 自分の記録: 前回アップロードした .zip です (たとえば Teams Toolkit では、プロジェクトの appPackage/build/ に保存されます)。
app-welcome-where-new = 新しいバージョンは、これからアップロードするパッケージです。変更後に開発者ポータルから取得したもの、または開発担当者から受け取った .zip です。

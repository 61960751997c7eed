# cli
# Справка командной строки (см. src/cli/help.rs).
cli-help-usage-heading = Использование:
cli-help-usage-options = [ПАРАМЕТРЫ]
cli-help-heading-commands = Команды
cli-help-heading-arguments = Аргументы
cli-help-heading-options = Параметры
cli-help-value-command = КОМАНДА
cli-help-possible-values = Возможные значения:
cli-help-default = [по умолчанию: { $value }]
cli-help-values = [возможные значения: { $values }]

# Ошибки в командной строке.
cli-error-prefix = ошибка:
cli-error-more = Подробнее: --help.
cli-error-unknown-argument = неизвестный аргумент «{ $arg }»
cli-error-unknown-command = неизвестная команда «{ $command }»
cli-error-missing-value = для «{ $arg }» нужно значение, но оно не указано
cli-error-invalid-value = недопустимое значение «{ $value }» для «{ $arg }» (возможные значения: { $valid })
cli-error-bad-value = недопустимое значение «{ $value }» для «{ $arg }»: { $why }
cli-error-missing-argument = не указаны обязательные аргументы: { $arg }
cli-error-missing-command = нужно указать команду
cli-error-conflict = аргумент «{ $arg }» нельзя указывать вместе с «{ $other }»
cli-error-values = неверное число значений для «{ $arg }»
cli-error-other = командная строка не распознана
cli-error-tip = подсказка: есть похожий вариант — «{ $tip }»

# dmu changes
cli-changes-skipped = пропущено (запустите `dmu check`): { $why }

# dmu check
cli-check-no-accounts = В { $folder } пока нет клиентов, проверять нечего.
cli-check-folder-empty = в этой папке нет файлов клиентов (*.json) для проверки
cli-check-folder-unreadable = не удалось прочитать папку: { $why }
cli-check-newer = примечание: { $path }: файл в порядке, но записан более новой версией dmu (версия формата { $schema }, эта dmu знает { $known }), поэтому он откроется только для чтения, пока вы не обновите dmu
cli-check-note = примечание: { $text }
cli-check-no-match = нет клиента, подходящего под `{ $name }`: в { $folder } пока нет клиентов
cli-check-all-valid = { $read_only ->
    [0] { $n ->
        [one] Проверен { $n } файл: ошибок нет.
        [few] Проверено { $n } файла: ошибок нет.
        [many] Проверено { $n } файлов: ошибок нет.
       *[other] Проверено { $n } файла: ошибок нет.
    }
    [1] { $n ->
        [one] Проверен { $n } файл: ошибок нет (один откроется только для чтения, см. примечание выше).
        [few] Проверено { $n } файла: ошибок нет (один откроется только для чтения, см. примечание выше).
        [many] Проверено { $n } файлов: ошибок нет (один откроется только для чтения, см. примечание выше).
       *[other] Проверено { $n } файла: ошибок нет (один откроется только для чтения, см. примечание выше).
    }
   *[other] { $n ->
        [one] Проверен { $n } файл: ошибок нет (только для чтения откроются: { $read_only }, см. примечания выше).
        [few] Проверено { $n } файла: ошибок нет (только для чтения откроются: { $read_only }, см. примечания выше).
        [many] Проверено { $n } файлов: ошибок нет (только для чтения откроются: { $read_only }, см. примечания выше).
       *[other] Проверено { $n } файла: ошибок нет (только для чтения откроются: { $read_only }, см. примечания выше).
    }
}
cli-check-failed = { $n ->
    [one] Проверен { $n } файл
    [few] Проверено { $n } файла
    [many] Проверено { $n } файлов
   *[other] Проверено { $n } файла
}: { $problems ->
    [one] { $problems } проблема
    [few] { $problems } проблемы
    [many] { $problems } проблем
   *[other] { $problems } проблемы
}; с ошибками: { $failed }{ $unknown ->
    [0] .
    [one] ; { $unknown } имя не указывает ровно на одного клиента.
    [few] ; { $unknown } имени не указывают ровно на одного клиента.
    [many] ; { $unknown } имён не указывают ровно на одного клиента.
   *[other] ; { $unknown } имени не указывают ровно на одного клиента.
}
# dmu check --strict
cli-strict-pull-model = переопределение pull_model непригодно: { $why }
cli-strict-red-flag = тревожный сигнал { $code }: { $text }

# dmu trash
cli-trash-restored = Клиент «{ $account }» восстановлен в папку клиентов как { $file }.
cli-trash-restored-renamed = Клиент «{ $account }» восстановлен как { $file }: имя { $old } занято, а восстановление никогда не пишет поверх файла.
cli-trash-does-not-load = { $slug }.json (не загружается)
cli-trash-empty = Корзина пуста.
cli-trash-column-account = КЛИЕНТ
cli-trash-column-trashed = УДАЛЁН
cli-trash-column-file = ФАЙЛ В КОРЗИНЕ

# dmu export -o
cli-export-inside-data = { $file } находится в папке данных { $folder }, где dmu хранит ваших клиентов; сохраните выгрузку в другое место, например в папку документов
cli-export-is-folder = { $file } — это папка; укажите файл в ней, например { $file }/export.txt
cli-export-replaced = Файл { $file } заменён.
cli-export-wrote = Записан файл { $file }.
cli-export-exists = { $file } уже существует; добавьте --force, чтобы заменить его, или выберите другой файл
cli-export-cannot-write = не удалось записать { $file }: { $why }

# dmu merge-driver ($which — base, ours или theirs)
cli-merge-merged = { $n ->
    [one] dmu: { $name } объединён, записан { $n } конфликт: откройте файл в dmu и решите его
    [few] dmu: { $name } объединён, записано { $n } конфликта: откройте файл в dmu и решите их
    [many] dmu: { $name } объединён, записано { $n } конфликтов: откройте файл в dmu и решите их
   *[other] dmu: { $name } объединён, записано { $n } конфликта: откройте файл в dmu и решите их
}
cli-merge-failed = dmu: не удалось объединить { $name }: { $why }. Ваша версия оставлена как была, а git пометит файл как конфликтный.
cli-merge-cannot-write = не удалось записать { $file }: { $why }
cli-merge-cannot-read = { $which ->
    [base] не удалось прочитать общую исходную версию ({ $file }): { $why }
    [ours] не удалось прочитать вашу версию ({ $file }): { $why }
   *[theirs] не удалось прочитать другую версию ({ $file }): { $why }
}
cli-merge-not-a-file = { $which ->
    [base] общая исходная версия ({ $file }) — не файл
    [ours] ваша версия ({ $file }) — не файл
   *[theirs] другая версия ({ $file }) — не файл
}
cli-merge-too-big = { $which ->
    [base] общая исходная версия весит { $size } МБ, а файл клиента — не больше { $most } МБ
    [ours] ваша версия весит { $size } МБ, а файл клиента — не больше { $most } МБ
   *[theirs] другая версия весит { $size } МБ, а файл клиента — не больше { $most } МБ
}

# dmu diff-text
cli-diff-text-cannot-read = не удалось прочитать { $file }

# dmu open, list, new, report, export
cli-demo-installed = Клиентов пока нет, поэтому dmu установила демонстрационного клиента, чтобы было на чём попробовать: { $file }
cli-list-empty = В { $folder } пока нет клиентов: `dmu new НАЗВАНИЕ` создаёт клиента, а `dmu` без команды открывает приложение с демонстрационным клиентом.
cli-new-same-name = { $n ->
    [one] Примечание: такое же название есть ещё у { $n } клиента; в командной строке называйте их по файлу или id.
    [few] Примечание: такое же название есть ещё у { $n } клиентов; в командной строке называйте их по файлу или id.
    [many] Примечание: такое же название есть ещё у { $n } клиентов; в командной строке называйте их по файлу или id.
   *[other] Примечание: такое же название есть ещё у { $n } клиента; в командной строке называйте их по файлу или id.
}
cli-new-created = Клиент «{ $name }» создан.
cli-report-pull-model = pull_model клиента: { $why }
cli-export-excel-needs-csv = --excel работает только с --format csv (это вариант CSV для европейских электронных таблиц)

# dmu config --init
cli-config-cannot-create = не удалось создать { $folder }: { $why }
cli-config-cannot-write = не удалось записать { $file }: { $why }

# Справка по каждой команде и аргументу (src/cli/help.rs).
cli-help-about = Составьте карту группы принятия решений по ключевым клиентам и протащите через неё решение о покупке.
cli-help-after = Клавиши, цвета, ваша валюта и имя задаются в файле настроек: `dmu config` показывает, где он и что действует, `dmu config --init` записывает пример.
cli-help-arg-data-dir = Папка с вашими клиентами [по умолчанию: $DMU_DATA_DIR, иначе системная папка данных]
cli-help-arg-config = Файл настроек: клавиши, цвета, валюта [по умолчанию: $DMU_CONFIG, иначе settings.toml в системной папке настроек]
cli-help-arg-lang = Язык экранов и отчётов: en или ru [по умолчанию: $DMU_LANG, иначе язык из настроек, иначе язык системы]
cli-help-arg-help = Показать справку
cli-help-arg-help-more = Показать справку (подробнее: --help)
cli-help-arg-help-more-long = Показать справку (кратко: -h)
cli-help-arg-version = Показать версию
cli-help-help-about = Показать эту справку или справку по указанным командам
cli-help-help-arg-subcommand = Показать справку по командам
cli-help-open-about = Открыть одного клиента на экране
cli-help-open-arg-account = id, имя файла или начало названия клиента
cli-help-list-about = Список клиентов: название, категория, люди, выручка и имя файла
cli-help-list-arg-json = Вывести JSON для скриптов вместо таблицы
cli-help-new-about = Создать нового пустого клиента
cli-help-new-arg-name = Название клиента (кавычки не обязательны: `dmu new Acme Tools` работает)
cli-help-show-about = Показать клиента: его людей, их роли и позиции и связи между ними
cli-help-show-arg-account = id, имя файла или начало названия клиента
cli-help-show-arg-json = Вывести вместо этого канонический JSON файла клиента (управляющие символы — как экранированные \u)
cli-help-check-about = Проверить файлы клиентов; каждая проблема выводится как `путь:строка:столбец: сообщение`
cli-help-check-long-about =
    Проверить файлы клиентов; каждая проблема выводится как `путь:строка:столбец: сообщение`

    Код выхода 0, если все файлы в порядке, иначе 1. Если клиенты не названы, проверяются все.
    Только читает: не создаёт папку данных и не устанавливает демонстрационного клиента.
cli-help-check-arg-targets = Клиенты (id, имя файла, название), пути к файлам или папки (каждый *.json в них)
cli-help-check-arg-strict = Считать ошибкой и тревожные сигналы в группе принятия решений
cli-help-check-arg-today = Вместе с --strict: оценивать даты контактов относительно этого дня, а не сегодняшнего (ГГГГ-ММ-ДД)
cli-help-report-about = Анализ продвижения: пути к ЛПР, тревожные сигналы и с кем работать дальше
cli-help-report-arg-account = id, имя файла или начало названия клиента
cli-help-report-arg-format = Формат вывода
cli-help-report-arg-format-value-text = Простой текст для терминала
cli-help-report-arg-format-value-md = Markdown для вставки в план по клиенту
cli-help-report-arg-format-value-json = Стабильная структура JSON, описанная в docs/pull-model.md
cli-help-report-arg-today = Оценивать даты контактов относительно этого дня, а не сегодняшнего (ГГГГ-ММ-ДД)
cli-help-portfolio-about = Портфель: концентрация выручки, риски по всем клиентам, по строке на клиента
cli-help-portfolio-arg-format = Формат вывода
cli-help-portfolio-arg-today = Оценивать даты относительно этого дня, а не сегодняшнего (ГГГГ-ММ-ДД)
cli-help-agenda-about = Открытые задачи по всем клиентам: сначала просроченные, затем по сроку
cli-help-agenda-arg-owner = Только задачи этого сотрудника команды (id или начало имени)
cli-help-agenda-arg-format = Формат вывода
cli-help-agenda-arg-today = Оценивать даты относительно этого дня, а не сегодняшнего (ГГГГ-ММ-ДД)
cli-help-changes-about = Что недавно изменилось у клиентов — по их истории, и какие конфликты осталось решить
cli-help-changes-after =
    Примеры:
    {"  "}dmu changes                          все клиенты, последние 7 дней
    {"  "}dmu changes northwind --since 2w     один клиент, последние две недели
    {"  "}dmu changes --since 2026-11-25       с начала дня (UTC)
    {"  "}dmu changes --since last-sync        с последней синхронизации этого компьютера
    {"  "}dmu changes --format md              Markdown для вставки в отчёт
    {"  "}dmu changes --format json            для скриптов

    В истории записано каждое изменение позиции человека, её основания, влияния, ролей,
    статуса, предпочтений и покрытия, а также каждый добавленный или удалённый человек и связь.
cli-help-changes-arg-account = Только этот клиент (id, имя файла или начало названия) [по умолчанию: все клиенты]
cli-help-changes-arg-since = С какого момента: дата (2026-11-25), дни или недели назад (7d, 2w) или last-sync [по умолчанию: 7d]
cli-help-changes-arg-format = Формат вывода
cli-help-changes-arg-format-value-text = Простые предложения для терминала
cli-help-changes-arg-format-value-md = Markdown: заголовок на клиента и на человека, маркированные списки
cli-help-changes-arg-format-value-json = {"{"}"since", "accounts": [{"{"}"id", "name", "file", "changes": [...], "conflicts": [...]{"}"}]{"}"}
cli-help-trash-about = Клиенты, удалённые в корзину: показать их или вернуть одного
cli-help-trash-list-about = Клиенты в корзине, сначала новые: название, когда удалён (UTC), файл
cli-help-trash-restore-about = Вернуть клиента из корзины в папку клиентов
cli-help-trash-restore-long-about =
    Вернуть клиента из корзины в папку клиентов

    Никогда не пишет поверх файла: если старое имя файла занято, берётся первое свободное
    (NAME-2.json, NAME-3.json, ...). Выводит файл клиента.
cli-help-trash-restore-arg-name = Начало названия клиента, его старое имя файла или его файл в корзине
cli-help-import-about = Загрузить контакты из выгрузки CRM (CSV), vCard или файла Excel; с --dry-run сначала показывает изменения
cli-help-import-long-about =
    Загрузить контакты из выгрузки CRM (CSV), vCard или файла Excel; с --dry-run сначала показывает изменения

    Распознаёт выгрузки Salesforce, HubSpot, Pipedrive, Zoho, Bitrix24 и amoCRM, а также
    любой файл, названия столбцов которого говорят, что в них. Новые люди добавляются; у людей,
    которые уже есть у клиента, обновляются должность, отдел, электронная почта, телефон и руководитель,
    а все оценки (позиция, влияние, роли, покрытие, заметки) сохраняются.
cli-help-import-arg-file = Выгрузка: CSV (любая CRM; разделитель `,` `;` или табуляция; UTF-8 или Windows-1251), vCard (.vcf) или Excel (.xlsx)
cli-help-import-arg-account = Клиент, в которого загружать (id, имя файла или начало названия)
cli-help-import-arg-new = Создать клиента, если ни один не подходит, а строки других компаний разложить по их собственным клиентам (найденным по названию или созданным)
cli-help-import-arg-profile = Читать столбцы так, как говорит этот сохранённый профиль или известная выгрузка (salesforce, hubspot, pipedrive, zoho, bitrix24, amocrm, dmu)
cli-help-import-arg-sheet = Лист книги [по умолчанию: первый]
cli-help-import-arg-company = Компания, чьи строки относятся к клиенту, если в файле их несколько [по умолчанию: название клиента]
cli-help-import-arg-dry-run = Показать, что изменится, ничего не меняя
cli-help-import-arg-rows = Также показать, что происходит с каждой строкой
cli-help-import-arg-format = Формат вывода
cli-help-sync-about = Делиться клиентами с командой через git: сохранить изменения, принять изменения коллег, отправить свои
cli-help-sync-arg-init = Настроить совместную работу: сделать папку данных репозиторием git (или использовать тот, в котором она лежит), зарегистрировать помощника слияния dmu, сохранить изменения, а с REMOTE — подключиться к общему репозиторию. Повторный запуск безвреден.
cli-help-sync-arg-remote = Вместе с --init: общий репозиторий (URL или путь к голому репозиторию на общем диске)
cli-help-sync-arg-resolve = Заново объединить по правилам dmu файлы клиентов, которые git не смог объединить или оставил с маркерами конфликта
cli-help-export-about = Записать клиента в другом формате
cli-help-export-arg-account = id, имя файла или начало названия клиента
cli-help-export-arg-format = Формат вывода
cli-help-export-arg-format-value-json = Канонический файл клиента
cli-help-export-arg-format-value-dot = Graphviz (отрисовка: `dot -Tsvg`)
cli-help-export-arg-format-value-mermaid = Блок-схема Mermaid (для редакторов Markdown, которые рисуют диаграммы)
cli-help-export-arg-format-value-md = Сводка в Markdown для вставки в план по клиенту
cli-help-export-arg-format-value-csv = Строка на человека, для электронных таблиц и загрузки в CRM (RFC 4180; см. --excel)
cli-help-export-arg-output = Записать в этот файл, а не на экран (никогда не внутри папки данных)
cli-help-export-arg-force = Вместе с -o: заменить файл, если он есть
cli-help-export-arg-excel = Вместе с --format csv: для таблиц с русскими и другими европейскими настройками (метка порядка байтов и `;` между ячейками)
cli-help-diff-text-about = Вывести файл клиента по одному факту в строке, для textconv в git (тогда `git diff` читается как список изменений)
cli-help-diff-text-after =
    Чтобы git показывал файлы клиентов так, один раз на репозиторий (папку данных):
    {"  "}echo '*.json diff=dmu' >> .gitattributes
    {"  "}git config diff.dmu.textconv "dmu diff-text"
    После этого `git diff` и `git log -p` показывают изменённые факты («+Ольга Кузнецова: позиция нейтрал»)
    и новые записи истории в виде предложений. Файл, который не является корректным клиентом, показывается как есть.
cli-help-diff-text-arg-file = Файл клиента (git передаёт каждую версию как временный файл)
cli-help-config-about = Показать файл настроек и каждую действующую настройку с тем, откуда она взялась
cli-help-config-long-about =
    Показать файл настроек и каждую действующую настройку с тем, откуда она взялась

    Проблемы с файлом выводятся как `путь:строка:столбец: error: сообщение`; код выхода 1,
    если в файле есть ошибка (пока её не исправят, настройка остаётся по умолчанию).
cli-help-config-arg-path = Вывести только путь к файлу настроек
cli-help-config-arg-init = Записать пример файла настроек с комментариями (никогда не заменяет существующий)
cli-help-config-arg-keys = Перечислить все действия, которые можно назначить в `[keys]`, с действующими клавишами
cli-help-completions-about = Вывести скрипт автодополнения для оболочки (куда его положить — см. README)
cli-help-completions-arg-shell = Оболочка
cli-help-man-about = Вывести страницу руководства (roff); её читает `dmu man | man -l -`
cli-help-merge-driver-about = Объединить две изменённые копии файла клиента (драйвер слияния для git)
cli-help-merge-driver-long-about =
    Объединить две изменённые копии файла клиента (драйвер слияния для git)

    Объединяет OURS и THEIRS — две версии одного клиента, изменённые порознь после BASE, — запись
    за записью и записывает результат поверх OURS.
cli-help-merge-driver-after-long =
    Git запускает эту команду сам, когда ему это указано, в папке с клиентами:

    {"  "}git config merge.dmu.name "dmu account merge"
    {"  "}git config merge.dmu.driver "dmu merge-driver %O %A %B %P"
    {"  "}echo "accounts/*.json merge=dmu" >> .gitattributes

    Изменения разных людей или разных полей одного человека сохраняются оба. Там, где
    две версии по-разному изменили одно и то же, сохраняется значение вашей версии, а другое
    записывается в конфликты файла, чтобы решить их в dmu; ничего не теряется.
    Код выхода 0, если объединённый файл записан (даже с записанными конфликтами), и 1, если
    объединить не удалось (версия с маркерами конфликта или не файл клиента): тогда
    OURS остаётся как был, а git помечает файл как конфликтный.
cli-help-merge-driver-arg-base = Версия, с которой начали обе (%O у git); пустая или отсутствует, если файл добавили обе стороны
cli-help-merge-driver-arg-ours = Ваша версия (%A у git); сюда записывается объединённый клиент
cli-help-merge-driver-arg-theirs = Другая версия (%B у git)
cli-help-merge-driver-arg-pathname = Имя файла в репозитории (%P у git), для сообщений

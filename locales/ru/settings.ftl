# settings
# Начало строки с проблемой (путь:строка:столбец: ошибка: сообщение).
settings-severity-warning = предупреждение
settings-severity-error = ошибка

# Что оказалось в значении вместо ожидаемого.
settings-type-string = строка
settings-type-number = число
settings-type-boolean = true или false
settings-type-date = дата
settings-type-list = список
settings-type-table = таблица

# Что принимает настройка.
settings-expect-currency = трёхбуквенный код валюты в кавычках, например "EUR"
settings-expect-user = ваше имя в кавычках — так, как оно записано в списках команды аккаунтов
settings-expect-table = таблица: строка `[keys]` или `[theme]`, а под ней строки `имя = "значение"`
settings-expect-keys = клавиша в кавычках, например "x", "Ctrl-r" или "F1", или список клавиш: ["x", "F2"]
settings-expect-colour = цвет в кавычках, например "red" или "#1e90ff"
settings-expect-one-of = одно из значений { $codes }

# Ошибки в значениях.
settings-wrong-type = { $key }: ожидается { $expected }, а указано другое ({ $found }); пока это не исправлено, dmu использует значение по умолчанию
settings-not-toml = это не корректный TOML ({ $detail }); пока файл не исправлен, dmu использует значения по умолчанию для всех настроек (формат описан в docs/settings.md)
settings-currency-bad = currency — это трёхбуквенный код ISO 4217, например "EUR", "USD" или "RUB", а не "{ $value }"; пока это не исправлено, основной валютой портфеля считается та, в которой ведётся большинство аккаунтов
settings-user-empty = user пуст: впишите своё имя так, как оно записано в списках команды аккаунтов, или удалите строку
settings-user-control = в user есть управляющие символы (табуляция или перенос строки): запишите имя в одну строку
settings-choice-bad = { $key }: ожидается { $expected }, а не "{ $value }"; пока это не исправлено, dmu использует значение по умолчанию
settings-unknown-setting = в dmu нет настройки `{ $key }`, строка пропущена; есть такие настройки: { $settings }
settings-unknown-setting-hint = в dmu нет настройки `{ $key }`, строка пропущена; может быть, имелась в виду `{ $suggestion }`? Есть такие настройки: { $settings }
# Перечень настроек в сообщении выше: «currency, user» и «[theme]».
settings-list = { $first } и { $last }
settings-unknown-style = в теме нет стиля `{ $name }`, строка пропущена; есть такие стили: { $styles }
settings-unknown-style-hint = в теме нет стиля `{ $name }`, строка пропущена; может быть, имелся в виду `{ $suggestion }`? Есть такие стили: { $styles }

# Клавиши и цвета.
settings-key-list-empty = { $dotted } не задаёт ни одной клавиши; укажите хотя бы одну, например "x", или удалите строку, чтобы оставить клавиши по умолчанию
settings-key-empty = пустая клавиша; укажите, например, "x", "Ctrl-r" или "F1"
settings-key-unknown = "{ $text }" — такой клавиши dmu не знает; укажите один символ ("x", "X", "?") или название: Space, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1–F24, при желании с Ctrl-, Alt- или Shift- впереди
settings-key-unknown-hint = "{ $text }" — такой клавиши dmu не знает; может быть, имелась в виду "{ $suggestion }"? Укажите один символ ("x", "X", "?") или название: Space, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1–F24, при желании с Ctrl-, Alt- или Shift- впереди
settings-key-shift-symbol = "{ $text }": Shift сочетается только с буквами и клавишами с названиями; впишите сам символ ("!", а не "Shift-1")
settings-key-ctrl-symbol = "{ $text }": терминалы передают Ctrl только с буквами, Space и клавишами с названиями ("Ctrl-r", "Ctrl-Space", "Ctrl-Up"); выберите одну из таких
settings-colour-bad-hex = "{ $text }" — не цвет: нужны шесть шестнадцатеричных цифр в виде #rrggbb ("#1e90ff")
settings-colour-unknown = "{ $text }" — такого цвета dmu не знает; укажите #rrggbb или один из цветов: { $names }
settings-colour-unknown-hint = "{ $text }" — такого цвета dmu не знает; может быть, имелся в виду "{ $suggestion }"? Укажите #rrggbb или один из цветов: { $names }

# Сам файл.
settings-file-missing-flag = файла настроек, указанного в --config, нет; dmu использует значения по умолчанию. Проверьте путь или создайте файл командой `dmu config --init`
settings-file-missing-env = файла настроек, указанного в DMU_CONFIG, нет; dmu использует значения по умолчанию. Проверьте путь или создайте файл командой `dmu config --init`
settings-file-missing-default = файла настроек в обычном месте нет; dmu использует значения по умолчанию. Проверьте путь или создайте файл командой `dmu config --init`
settings-file-unreadable = файл настроек не удаётся прочитать: { $why }; dmu использует значения по умолчанию
settings-file-is-folder = это папка, а не файл настроек; dmu использует значения по умолчанию. Укажите файл в --config или DMU_CONFIG
settings-file-too-big = файл настроек больше 1 МиБ, поэтому он не читается; dmu использует значения по умолчанию
settings-file-not-utf8 = файл настроек — не текст в UTF-8 (первый неверный байт в строке { $line }); сохраните его в UTF-8. До тех пор dmu использует значения по умолчанию
settings-user-layout = файл устроен так, что dmu не может безопасно добавить в него строку; впишите user = { $value } вручную

# Переназначение клавиш.
settings-unknown-action = keys.{ $name }: в dmu нет действия `{ $name }`, строка пропущена; `dmu config --keys` перечисляет все действия и их клавиши
settings-unknown-action-hint = keys.{ $name }: в dmu нет действия `{ $name }`, строка пропущена; может быть, имелось в виду `{ $suggestion }`? `dmu config --keys` перечисляет все действия и их клавиши
settings-action-twice = keys.{ $written }: клавиши для { $name } уже заданы строкой выше, эта строка пропущена
settings-key-clash = keys.{ $action }: { $key } уже означает «{ $other }» ({ $owner }, раздел «{ $group }» в справке), поэтому за { $action } остаётся { $kept }; выберите другую клавишу или дайте другую клавишу и { $owner }
settings-key-clash-fixed = keys.{ $action }: { $key } уже означает «{ $other }» (раздел «{ $group }» в справке), поэтому за { $action } остаётся { $kept }; выберите другую клавишу — эту переназначить нельзя
settings-key-ctrl-c = keys.{ $action }: Ctrl-c всегда завершает dmu и ничего другого делать не может; выберите другую клавишу
settings-kept-none = клавиши по умолчанию

# Уведомление TUI при запуске.
settings-notice-warnings = Настройки: { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
    [many] { $warnings } предупреждений
   *[other] { $warnings } предупреждения
} (см. `dmu config`) · { $first }
settings-notice-errors = Настройки: { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
}, там действуют значения по умолчанию (см. `dmu config`) · { $first }
settings-notice-both = Настройки: { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
    [many] { $warnings } предупреждений
   *[other] { $warnings } предупреждения
}, там действуют значения по умолчанию (см. `dmu config`) · { $first }
settings-help-line-1 = Клавиши и цвета можно изменить в файле настроек;
settings-help-line-2 = `dmu config` показывает, где он и что сейчас действует.
settings-help-changed = Там изменены клавиши: { $keys }
settings-help-heading = Настройки
settings-after-tui = dmu: в файле настроек есть ошибки (там, где они есть, dmu использовал значения по умолчанию):

# dmu config.
settings-origin-flag = из --config
settings-origin-env = из DMU_CONFIG
settings-origin-default = обычное место
settings-config-file-exists = Файл настроек: { $path } ({ $origin }; есть)
settings-config-file-missing = Файл настроек: { $path } ({ $origin }; пока нет: `dmu config --init` запишет пример)
settings-config-no-folder = Файл настроек: нет (в этой системе нет папки настроек; укажите файл через --config PATH или DMU_CONFIG)
settings-config-data = Папка данных: { $path } ({ $origin })
settings-from-default = по умолчанию
settings-from-file = файл настроек, строка { $line }
settings-from-env = переменная окружения { $var }
settings-from-flag = флаг { $flag }
settings-currency-unset = (не задана: валюта большинства аккаунтов)
settings-user-unset = (не задан)
settings-colours-on = вкл.
settings-colours-off = выкл.
settings-keys-none = (ничего не изменено; `dmu config --keys` перечисляет все действия и их клавиши)
settings-keys-footer = `dmu config --keys` перечисляет все действия и их клавиши; `?` в dmu показывает действующие клавиши
settings-keys-heading = Действия и их клавиши (изменить их можно в разделе [keys] файла настроек, см. docs/settings.md)
settings-override-refused = не действует, см. предупреждение
settings-init-exists = { $path } уже есть; dmu никогда его не перезаписывает. Отредактируйте его или переместите и запустите команду снова
settings-init-done = Пример файла настроек записан в { $path }; все строки закомментированы, так что ничего не изменится, пока вы не уберёте # перед настройкой
settings-init-nowhere = в этой системе нет папки настроек; укажите, какой файл записать, через --config PATH
settings-config-failed = { $errors ->
    [one] в файле настроек { $errors } ошибка; пока она не исправлена, dmu использует для этих настроек значения по умолчанию
    [few] в файле настроек { $errors } ошибки; пока они не исправлены, dmu использует для этих настроек значения по умолчанию
    [many] в файле настроек { $errors } ошибок; пока они не исправлены, dmu использует для этих настроек значения по умолчанию
   *[other] в файле настроек { $errors } ошибки; пока они не исправлены, dmu использует для этих настроек значения по умолчанию
}

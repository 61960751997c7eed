# import
# Импорт контактов: фразы предпросмотра и итога, общие для командной строки
# (`dmu import`) и приложения, и причины, по которым импорт не идёт.

## Что за файл

import-rows = { $n ->
    [one] { $n } строка
    [few] { $n } строки
    [many] { $n } строк
   *[other] { $n } строки
}
import-rows-grouped = { $n ->
    [one] { $count } строка
    [few] { $count } строки
    [many] { $count } строк
   *[other] { $count } строки
}
import-format-excel = книга Excel
import-delimiter-commas = через запятую
import-delimiter-semicolons = через точку с запятой
import-delimiter-tabs = через табуляцию
import-delimiter-bars = через вертикальную черту
import-delimiter-other = другой разделитель
import-source-column-names = названия столбцов
import-source-export = выгрузка из { $product }
import-source-report = отчёт { $product }
import-source-data-loader = выгрузка { $product } Data Loader
import-source-profile = профиль «{ $name }»

## Итог в командной строке

import-file-line = { $file }: { $parts }
import-summary-people = { $added ->
    [one] { $added } человек добавлен
    [few] { $added } человека добавлены
    [many] { $added } человек добавлены
   *[other] { $added } человека добавлены
}, { $updated ->
    [one] { $updated } обновлён
    [few] { $updated } обновлены
    [many] { $updated } обновлены
   *[other] { $updated } обновлены
}, { $unchanged } без изменений{ $skipped ->
    [0] {""}
    [one] , { $skipped } пропущен
    [few] , { $skipped } пропущены
    [many] , { $skipped } пропущены
   *[other] , { $skipped } пропущены
}
import-summary-people-dry = { $added ->
    [one] { $added } человек будет добавлен
    [few] { $added } человека будут добавлены
    [many] { $added } человек будут добавлены
   *[other] { $added } человека будут добавлены
}, { $updated ->
    [one] { $updated } будет обновлён
    [few] { $updated } будут обновлены
    [many] { $updated } будут обновлены
   *[other] { $updated } будут обновлены
}, { $unchanged } без изменений{ $skipped ->
    [0] {""}
    [one] , { $skipped } будет пропущен
    [few] , { $skipped } будут пропущены
    [many] , { $skipped } будут пропущены
   *[other] , { $skipped } будут пропущены
}
import-summary-updated = обновлено: { $fields }
import-summary-updated-dry = будет обновлено: { $fields }
import-summary-skipped = { $n ->
    [one] пропущена { $n } строка
    [few] пропущены { $n } строки
    [many] пропущено { $n } строк
   *[other] пропущено { $n } строки
}{ $reason ->
    [no-name] {" "}без имени
    [duplicate] , повторяющих более раннюю строку
   *[ambiguous] , где имя подходит нескольким людям
}
import-summary-skipped-dry = { $n ->
    [one] будет пропущена { $n } строка
    [few] будут пропущены { $n } строки
    [many] будет пропущено { $n } строк
   *[other] будет пропущено { $n } строки
}{ $reason ->
    [no-name] {" "}без имени
    [duplicate] , повторяющих более раннюю строку
   *[ambiguous] , где имя подходит нескольким людям
}
import-summary-links = { $n ->
    [one] добавлена { $n } связь подчинения
    [few] добавлены { $n } связи подчинения
    [many] добавлено { $n } связей подчинения
   *[other] добавлено { $n } связи подчинения
}{ $replaced ->
    [0] {""}
   *[other] {" "}(из них взамен прежних: { $replaced })
}{ $skipped ->
    [0] {""}
   *[other] , пропущено: { $skipped }
}
import-summary-links-dry = { $n ->
    [one] будет добавлена { $n } связь подчинения
    [few] будут добавлены { $n } связи подчинения
    [many] будет добавлено { $n } связей подчинения
   *[other] будет добавлено { $n } связи подчинения
}{ $replaced ->
    [0] {""}
   *[other] {" "}(из них взамен прежних: { $replaced })
}{ $skipped ->
    [0] {""}
   *[other] , будет пропущено: { $skipped }
}
import-summary-other-companies = { $rows ->
    [one] пропущена { $rows } строка
    [few] пропущены { $rows } строки
    [many] пропущено { $rows } строк
   *[other] пропущено { $rows } строки
} { $companies ->
    [one] { $companies } другой компании
    [few] { $companies } других компаний
    [many] { $companies } других компаний
   *[other] { $companies } других компаний
}: { $list }
import-summary-other-companies-dry = { $rows ->
    [one] будет пропущена { $rows } строка
    [few] будут пропущены { $rows } строки
    [many] будет пропущено { $rows } строк
   *[other] будет пропущено { $rows } строки
} { $companies ->
    [one] { $companies } другой компании
    [few] { $companies } других компаний
    [many] { $companies } других компаний
   *[other] { $companies } других компаний
}: { $list }
import-at-line = строка { $line }: { $text }

## Что происходит со строкой (--rows и JSON в командной строке)

import-row-added = добавлен
import-row-updated = обновлено: { $fields } ({ $by })
import-row-unchanged = без изменений ({ $by })
import-row-skipped = пропущена: { $why }
import-matched-id = найден по id в CRM
import-matched-email = найден по email
import-matched-name = найден по имени
import-skip-no-name = нет имени
import-skip-other-company = другая компания ({ $company })
import-skip-duplicate = тот же человек, что в строке { $line }
import-skip-ambiguous = { $n ->
    [one] имя подходит { $n } человеку
    [few] имя подходит { $n } людям
    [many] имя подходит { $n } людям
   *[other] имя подходит { $n } людям
} из аккаунта; добавьте в файл email или id из CRM либо исправьте вручную
import-fact-cli = { $key ->
    [external_ids] id в CRM
    [title] должность
    [department] отдел
    [email] email
    [phone] телефон
    [mobile] мобильный
    [name] имя
   *[other] { $key }
}
import-fact = { $key ->
    [external_ids] id в других системах
    [title] должность
    [department] отдел
    [email] email
    [phone] телефон
    [mobile] мобильный
    [name] имя
   *[other] { $key }
}

## Связи подчинения словами

import-link-add = { $from }: руководитель — { $to }, добавлено
import-link-replace = { $from }: руководитель — { $to } (был { $was })
import-link-same = { $from }: руководитель — { $to }, уже указано
import-link-cycle = { $from }: руководитель — { $to }, пропущено: получился бы замкнутый круг руководителей
import-link-unknown = { $from }: руководителя «{ $manager }» нет ни в файле, ни в аккаунте; пропущено

## Командная строка вокруг итога

import-cli-no-company = { $file }: { $n ->
    [one] пропущена { $n } строка
    [few] пропущены { $n } строки
    [many] пропущено { $n } строк
   *[other] пропущено { $n } строки
} без компании; импортируйте их с --account АККАУНТ
import-cli-add-new = (добавьте --new, чтобы создать аккаунт «{ $name }»)
import-cli-read-only = { $account }: { $why }; ничего не импортировано (закройте аккаунт в другом окне или импортируйте там клавишей I)
import-cli-not-imported = { $account }: { $why }; ничего не импортировано
import-cli-above-header = строка { $line } пропущена, она выше заголовка: { $text }
import-cli-below-rows = строка { $line } пропущена, она ниже данных: { $text }
import-cli-into = В аккаунт { $account }:
import-cli-into-new = В аккаунт { $account } (новый):
import-cli-into-created = В аккаунт { $account } (создан):
import-cli-row = строка { $line }: { $name }: { $outcome }
import-cli-no-own-company = Ни одна строка не относится к компании этого аккаунта: если в файле она названа иначе, добавьте --company НАЗВАНИЕ (одно из названий выше); --new импортирует каждую компанию в отдельный аккаунт.
import-cli-dry-run = Пробный запуск: ничего не изменилось. Чтобы импортировать, выполните ту же команду без --dry-run.
import-cli-imported = Импортировано одной правкой на аккаунт; в истории отмечено «{ $note }». Её показывает `dmu changes`.

## Общее для командной строки и приложения

import-note = импортировано из { $file }
import-nothing-to-change = Менять нечего: файл совпадает с аккаунтом

## Приложение: путь к файлу

import-path-title = Импорт контактов в { $account }: файл (CSV, vCard или Excel)
import-no-path = введите путь к файлу для импорта (Tab дополняет его)
import-cannot-list = не удаётся прочитать папку { $folder }: { $why }
import-no-files = в { $folder } нет файлов для выбора
import-nothing-fits = в { $folder } нет ничего, что начинается с «{ $start }»
import-more-choices = … и ещё { $count }: введите ещё несколько букв

## Приложение: чтение и расчёт

import-progress-title = Импорт { $file } в { $account }
import-reading = Чтение { $file }…
import-reading-percent = Чтение { $file }… { $percent }%
import-matching = Сопоставление: { $done } из { $total ->
    [one] { $count } строки
    [few] { $count } строк
    [many] { $count } строк
   *[other] { $count } строк
}
import-working-out = Расчёт изменений…
import-stop-hint = ничего не изменится, пока вы не посмотрите предпросмотр и не нажмёте Enter
import-stopped = Импорт остановлен: ничего не изменилось
import-replan-stopped = Пересчёт остановлен: предпросмотр и сопоставление столбцов остались прежними
import-thread-gone = импорт неожиданно прервался; ничего не изменилось
import-cannot-start = Не удалось начать чтение файла: { $why }

## Приложение: предпросмотр

import-preview-title = Импорт { $file } в { $account }: что изменится
import-label-file = Файл
import-label-format = Формат
import-label-columns = Столбцы
import-label-to-add = Добавить
import-label-to-update = Обновить
import-label-unchanged = Без изменений
import-label-skipped = Пропустить
import-label-other-companies = Другие компании
import-label-reporting = Подчинение
import-label-not-linked = Не связаны
import-format-line = { $format } · { $encoding }
import-format-line-delimited = { $format } · { $encoding } · разделитель { $delimiter }
import-delimiter-comma-named = , (запятая)
import-delimiter-semicolon-named = ; (точка с запятой)
import-delimiter-tab-named = табуляция
import-delimiter-bar-named = | (вертикальная черта)
import-header-at = заголовок в строке { $line } ({ $n ->
    [one] пропущена { $n } строка над ним
    [few] пропущены { $n } строки над ним
    [many] пропущено { $n } строк над ним
   *[other] пропущено { $n } строки над ним
})
import-columns-line = распознано: { $source } · { $rows }
import-columns-line-edited = распознано: { $source }, изменено здесь · { $rows }
import-with-names = { $count }: { $names }
import-with-names-more = { $count }: { $names } и ещё { $more }
import-facts-counted = { $count }: { $facts }
import-fact-counted = { $fact } { $count }
import-skip-group = { $reason }: { $count } ({ $rows })
import-skip-group-more = { $reason }: { $count } ({ $rows } и ещё { $more })
import-skip-kind-no-name = нет имени
import-skip-kind-duplicate = тот же человек, что в строке выше
import-skip-kind-ambiguous = имя подходит нескольким людям
import-skip-kind-other-company = другая компания
import-skipped-row = { $name }, строка { $line }
import-skipped-row-unnamed = строка { $line }
import-company-counted = { $company } { $count }
import-left-out = { $n ->
    [one] пропущена { $count } строка:
    [few] пропущены { $count } строки:
    [many] пропущено { $count } строк:
   *[other] пропущено { $count } строки:
} { $companies }
import-lines-add = добавить: { $add }
import-lines-replace = заменить: { $replace }
import-lines-add-replace = добавить: { $add }, заменить: { $replace }
import-line-replace = { $from } → { $to }, вместо { $was } (строка { $line })
import-line-cycle = { $from } → { $to }: получился бы замкнутый круг руководителей (строка { $line })
import-line-unknown = { $from }: руководителя «{ $manager }» нет ни в аккаунте, ни в файле (строка { $line })
import-line-made = { $from } → { $to } (строка { $line })
import-and-more = … и ещё { $count }
import-apply-hint = Ничего не изменится, пока вы не нажмёте { $apply }; после этого одно нажатие { $undo } отменит весь импорт.
import-closed = Предпросмотр закрыт: ничего не импортировано
import-changes-nothing = Импорт ничего не изменит: файл совпадает с аккаунтом.
import-preview-read-only = Сюда ничего нельзя импортировать ({ $why }); предпросмотр показывает, что изменилось бы.
import-no-names = Ни один столбец не распознан как имена людей: нажмите { $key } и укажите, в каком столбце они (полное имя или имя и фамилия).
import-more-below = ↓ ниже ещё
import-more-above = ↑ выше ещё
import-row-of = строка { $n } из { $total }
import-head-line = Строка
import-head-name = Имя
import-head-outcome = Что произойдёт

## Приложение: что происходит со строкой

import-outcome-add = добавить
import-outcome-update = обновить: { $facts } (найден по { $by })
import-outcome-same = без изменений (найден по { $by })
import-found-by-email = email
import-found-by-name = имени
import-found-by-id = id
import-outcome-no-name = пропустить: нет имени
import-outcome-other-company = не импортировать: другая компания, { $company }
import-outcome-duplicate = пропустить: тот же человек, что в строке { $line }
import-outcome-ambiguous = пропустить: { $n ->
    [one] имя подходит { $n } человеку
    [few] имя подходит { $n } людям
    [many] имя подходит { $n } людям
   *[other] имя подходит { $n } людям
} из аккаунта

## Приложение: сопоставление столбцов

import-mapping-title = Что содержит каждый столбец { $file }
import-head-column = Столбец
import-head-sample = Пример
import-head-holds = Содержит
import-not-used = не используется
import-earlier-wins = (это уже есть в столбце левее: читается он)
import-picker-title = Что содержит столбец «{ $header }»
import-choose-names = Ни один столбец не распознан как имена людей: выберите столбец с именами (← →), затем { $key }
import-names-needed = Пока ни один столбец не даёт имён: укажите столбец с полным именем, именем или фамилией
import-field-external-id = id в CRM
import-field-external-ids = id в других системах
import-field-person-id = id человека в dmu
import-field-full-name = полное имя
import-field-first-name = имя
import-field-middle-name = отчество
import-field-last-name = фамилия
import-field-title = должность
import-field-department = отдел
import-field-email = email
import-field-phone = телефон
import-field-mobile = мобильный телефон
import-field-company = компания
import-field-manager-id = id руководителя
import-field-manager-name = имя руководителя
import-field-buying-role = роль в закупке
import-field-roles = роли
import-field-stance = позиция
import-field-influence = влияние

## Приложение: профили

import-profile-title = Сохранить это сопоставление как профиль: название
import-profile-saved = Сопоставление сохранено как профиль «{ $name }» в { $path }
import-profile-not-saved = Не удалось сохранить профиль «{ $name }»: { $why }
import-no-settings-place = у dmu нет папки настроек в этой системе, поэтому профили негде хранить
import-no-profiles = Сохранённых профилей пока нет: { $key } сохраняет это сопоставление как профиль
import-profiles-unreadable = Не удалось прочитать сохранённые профили: { $why }
import-profile-chosen = Прочитано по профилю «{ $name }»
import-by-column-names = Снова прочитано по названиям столбцов
import-profile-finds-no-names = Профиль «{ $name }» не находит имён среди столбцов этого файла; сопоставление осталось прежним

## Приложение: применение

import-imported = импорт { $file }: { $parts }
import-imported-added = добавлено: { $count }
import-imported-updated = обновлено: { $count }
import-imported-lines = { $n ->
    [one] { $count } связь подчинения
    [few] { $count } связи подчинения
    [many] { $count } связей подчинения
   *[other] { $count } связи подчинения
}
import-read-only = Нельзя импортировать в этот аккаунт: { $why }; ничего не изменилось
import-planned-again = Аккаунт изменился после того, как был сделан предпросмотр: расчёт сделан заново; проверьте и импортируйте
import-no-account = Пока нет аккаунта для импорта: нажмите a, чтобы создать его

## Приложение: клавиши в справке и подсказках

import-keys-group = Импорт контактов
import-keys-mapping-group = Импорт: что содержит каждый столбец
import-key-import = импорт контактов (CSV, vCard, Excel)
import-key-read = прочитать файл
import-key-complete = дополнить путь
import-key-cancel = отменить импорт
import-key-stop = остановить чтение: ничего не изменится
import-key-quit-stops = выйти (импорт остановится)
import-key-apply = импортировать (u отменяет)
import-key-rows = строки или итог
import-key-map = сопоставить столбцы
import-key-save-profile = сохранить как профиль
import-key-next-profile = следующий профиль
import-key-close = закрыть предпросмотр, ничего не импортировать
import-key-next-field = следующее поле
import-key-previous-field = предыдущее поле
import-key-pick = выбрать из списка
import-key-done = готово: пересчитать
import-key-quit-nothing = выйти (ничего не импортировано)

## Почему импорт не может продолжиться

import-error-io = не удалось прочитать { $path }: { $why }
import-error-empty = файл пуст: выгрузите контакты ещё раз, хотя бы с одной строкой
import-error-binary = это не выгрузка контактов, которую dmu может прочитать (в ней двоичные данные); сохраните её как CSV, vCard (.vcf) или Excel (.xlsx)
import-error-too-large = файл занимает { $size } МБ — больше { $limit } МБ, которые dmu читает при импорте; выгрузите только контакты этого аккаунта или разделите файл
import-error-ragged = в строке { $line } — { $found ->
    [one] { $found } ячейка
    [few] { $found } ячейки
    [many] { $found } ячеек
   *[other] { $found } ячейки
}, а в заголовке — { $expected }; файл, возможно, обрезан или в этом месте лишний разделитель: исправьте эту строку или выгрузите файл заново
import-error-malformed = строка { $line }: { $why }
import-error-no-names = ни в одном столбце нет имён людей (столбцы: { $columns }); укажите нужный: в приложении клавишей m (сопоставление столбцов), в командной строке — через --profile и сохранённый профиль
import-error-no-rows = в файле есть заголовок, но нет контактов
import-error-workbook = не удалось прочитать книгу Excel: { $why }
import-error-no-sheet = в книге нет листа «{ $wanted }»; её листы: { $sheets }
import-error-account-too-large = после этого импорта аккаунт занял бы около { $size } МБ — больше { $limit } МБ, которые вмещает файл аккаунта; импортируйте только людей этого аккаунта (верно ли выбран столбец компании? в командной строке его задаёт --company)
import-error-cancelled = импорт отменён; ничего не изменилось

## Почему файл не прочитан (после имени файла)

import-why-folder = это папка; укажите файл в ней
import-why-xlsx-password = книга защищена паролем; откройте её в редакторе таблиц, снимите пароль и сохраните заново
import-why-xls = это файл Excel 97–2003 (.xls); откройте его в редакторе таблиц и сохраните как .xlsx или CSV
import-why-no-worksheet = в книге нет листа с ячейками (её листы: { $sheets }); сохраните контакты на обычном листе
import-why-chart-sheet = лист «{ $sheet }» — диаграмма или лист макросов, а не лист с ячейками; листы книги: { $sheets }
import-why-empty-sheet = лист «{ $sheet }» пуст; выберите лист с контактами (листы книги: { $sheets })
import-why-password = книга защищена паролем: откройте её в Excel, снимите пароль и сохраните заново
import-why-ods = это таблица OpenDocument (.ods): откройте её и сохраните как Excel (.xlsx) или CSV
import-why-xlsb = это двоичная книга Excel (.xlsb): откройте её в Excel и сохраните как .xlsx или CSV
import-why-cut-off = файл повреждён или обрезан (это не целый .xlsx): скачайте или выгрузите его заново либо откройте в Excel и сохраните ещё раз ({ $detail })
import-why-zip = это zip-архив, но не книга Excel: выгрузите контакты как .xlsx или CSV ({ $detail })
import-why-damaged = содержимое книги повреждено, ячейки не читаются: откройте её в Excel и сохраните заново как .xlsx или как CSV ({ $detail })
import-why-vcard-unclosed = у vCard, который начинается здесь, нет END:VCARD до следующего BEGIN:VCARD в строке { $line }; файл повреждён: выгрузите контакты заново
import-why-vcard-cut-off = у vCard, который начинается здесь, нет END:VCARD; похоже, файл обрезан: выгрузите контакты заново
import-why-no-vcard = в файле нет ни одной vCard (нет BEGIN:VCARD … END:VCARD): выгрузите контакты заново как vCard (.vcf) или CSV
import-no-saved-profiles = нет
import-no-profile = профиля импорта «{ $wanted }» нет; сохранённые профили: { $saved }; известные выгрузки: { $known }

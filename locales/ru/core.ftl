# core
# Почему правка не выполнена (src/model/ops).
core-rule-self-link = нельзя связать человека с самим собой
core-rule-duplicate-link = { $kind ->
    [reports_to] связь «{ $from } → { $to }» (подчинение) уже есть
   *[other] связь «{ $from } → { $to }» (влияние) уже есть
}
core-rule-cycle = подчинение «{ $from } → { $to }» замкнуло бы круг: { $from } уже выше по цепочке подчинения — напрямую или через других
core-rule-missing = нет ни человека, ни сотрудника команды с id `{ $id }`
core-rule-owns-follow-ups = { $n ->
    [one] за { $name } числится { $n } открытая или просроченная задача; сначала передайте её другому
    [few] за { $name } числятся { $n } открытые или просроченные задачи; сначала передайте их другому
    [many] за { $name } числится { $n } открытых или просроченных задач; сначала передайте их другому
   *[other] за { $name } числится { $n } открытой или просроченной задачи; сначала передайте их другому
}
core-rule-no-record = { $what ->
    [demand] запроса `{ $id }` больше нет
    [deal] сделки `{ $id }` больше нет
    [plan] инициативы `{ $id }` в плане больше нет
   *[other] задачи `{ $id }` больше нет
}
# Что удаление человека затронет — вопрос перед удалением.
core-delete-person-consequences = { $links ->
    [0] { $followups ->
        [0] У него нет связей, и ни одна задача его не упоминает.
        [1] Задача, где он упомянут, останется — ни за кем не закреплённой.
        [one] { $followups } задача, где он упомянут, останется — ни за кем не закреплённой.
        [few] { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
        [many] { $followups } задач, где он упомянут, останутся — ни за кем не закреплёнными.
       *[other] { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
    }
    [1] Его связь будет удалена вместе с ним{ $followups ->
        [0] .
        [1] ; задача, где он упомянут, останется — ни за кем не закреплённой.
        [one] ; { $followups } задача, где он упомянут, останется — ни за кем не закреплённой.
        [few] ; { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
        [many] ; { $followups } задач, где он упомянут, останутся — ни за кем не закреплёнными.
       *[other] ; { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
    }
    [one] Его { $links } связь будет удалена вместе с ним{ $followups ->
        [0] .
        [1] ; задача, где он упомянут, останется — ни за кем не закреплённой.
        [one] ; { $followups } задача, где он упомянут, останется — ни за кем не закреплённой.
        [few] ; { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
        [many] ; { $followups } задач, где он упомянут, останутся — ни за кем не закреплёнными.
       *[other] ; { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
    }
    [few] Его { $links } связи будут удалены вместе с ним{ $followups ->
        [0] .
        [1] ; задача, где он упомянут, останется — ни за кем не закреплённой.
        [one] ; { $followups } задача, где он упомянут, останется — ни за кем не закреплённой.
        [few] ; { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
        [many] ; { $followups } задач, где он упомянут, останутся — ни за кем не закреплёнными.
       *[other] ; { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
    }
    [many] Его { $links } связей будут удалены вместе с ним{ $followups ->
        [0] .
        [1] ; задача, где он упомянут, останется — ни за кем не закреплённой.
        [one] ; { $followups } задача, где он упомянут, останется — ни за кем не закреплённой.
        [few] ; { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
        [many] ; { $followups } задач, где он упомянут, останутся — ни за кем не закреплёнными.
       *[other] ; { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
    }
   *[other] Его { $links } связи будут удалены вместе с ним{ $followups ->
        [0] .
        [1] ; задача, где он упомянут, останется — ни за кем не закреплённой.
        [one] ; { $followups } задача, где он упомянут, останется — ни за кем не закреплённой.
        [few] ; { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
        [many] ; { $followups } задач, где он упомянут, останутся — ни за кем не закреплёнными.
       *[other] ; { $followups } задачи, где он упомянут, останутся — ни за кем не закреплёнными.
    }
}

# Правила файла клиента (src/model/validate.rs): их показывают `dmu check` и загрузка.
core-check-schema = schema должна быть не меньше { $schema }, а указано 0
core-check-account-id-empty = у клиента пустой id
core-check-account-name-empty = у клиента пустое название
core-check-member-id-empty = у сотрудника команды пустой id
core-check-member-id-twice = id сотрудника `{ $id }` встречается дважды: он есть и у { $other }; дайте одному из них другой id
core-check-member-no-name = у сотрудника команды `{ $id }` нет имени
core-check-person-id-empty = у человека пустой id
core-check-person-id-twice = id человека `{ $id }` встречается дважды: он есть и у { $other }; дайте одному из них другой id
core-check-person-no-name = у человека `{ $id }` нет имени
core-check-role-twice = роль `{ $role }` указана дважды у { $who }
core-check-influence = влияние { $who } равно { $value }, а должно быть от 1 до 5
core-check-favours-blank = { $who } предпочитает конкурента без названия; впишите название или уберите `favours`
core-check-external-no-system = у внешнего id { $who } не указана система; впишите, из какой он системы
core-check-external-blank = id { $who } в { $system } пуст; впишите его или уберите из `external_ids`
core-check-coverage-stranger = в покрытии { $who } указан `{ $member }`, а его нет в команде
core-check-coverage-twice = { $member } покрывает { $who } дважды
core-check-link-end = { $end ->
    [from] начало связи `{ $id }`: нет человека с таким id
   *[other] конец связи `{ $id }`: нет человека с таким id
}
core-check-link-self = { $who } связан сам с собой
core-check-link-twice = { $kind ->
    [reports_to] связь «{ $from } → { $to }» (подчинение) указана дважды
   *[other] связь «{ $from } → { $to }» (влияние) указана дважды
}
core-check-cycle = связи reports_to замыкаются в круг: { $chain } — каждый в этой цепочке подчиняется следующему; уберите одну из этих связей
core-check-follow-up-id = id задачи `{ $id }` пуст или встречается дважды
core-check-follow-up-empty = в задаче `{ $id }` нет текста
core-check-follow-up-owner = задача `{ $id }` закреплена за `{ $owner }`, а его нет в команде
core-check-follow-up-person = в задаче `{ $id }` указан `{ $person }`: нет человека с таким id
core-check-demand-id = id запроса `{ $id }` пуст или встречается дважды
core-check-deal-id = id сделки `{ $id }` пуст или встречается дважды
core-check-deal-no-name = у сделки `{ $id }` нет названия
core-check-deal-person = сделка `{ $id }` даёт роли `{ $person }`: человека с таким id нет
core-check-deal-role-twice = сделка `{ $id }` дважды даёт `{ $person }` роль { $role }
core-check-plan-id = id инициативы плана `{ $id }` пуст или встречается дважды
core-check-plan-empty = инициатива плана `{ $id }` ничего не говорит
core-check-plan-owner = инициатива плана `{ $id }` закреплена за `{ $owner }`, которого нет в команде
core-check-plan-person = инициатива плана `{ $id }` ведётся с `{ $person }`: человека с таким id нет
core-check-margin = маржа { $margin }: укажите процент от -100 до 100

# Даты в файлах и в командной строке (src/model/date.rs).
core-date-error-calendar = { $text }: { $why }
core-date-error-shape = `{ $text }` — не дата: пишите ГГГГ-ММ-ДД, например 2026-03-31
core-date-no-year-0 = года 0 не бывает: годы идут от 0001 до 9999
core-date-no-month = месяца { $month } не бывает: месяцы идут от 01 до 12
core-date-no-day-0 = дня 0 не бывает: дни начинаются с 01
core-date-month-days = { $days ->
    [one] в { $month } { $year } года { $days } день
    [few] в { $month } { $year } года { $days } дня
    [many] в { $month } { $year } года { $days } дней
   *[other] в { $month } { $year } года { $days } дня
}
core-date-problem-no-such-day = такого дня в календаре нет
core-date-problem-shape = пишите дату как ГГГГ-ММ-ДД
# Месяц в предложном падеже, как его ставит core-date-month-days («в феврале»).
core-month = { $month ->
    [1] январе
    [2] феврале
    [3] марте
    [4] апреле
    [5] мае
    [6] июне
    [7] июле
    [8] августе
    [9] сентябре
    [10] октябре
    [11] ноябре
   *[12] декабре
}

# Слова истории изменений (src/change/words.rs): `dmu changes`, `dmu diff-text`, история на экране.
core-change-none = (нет)
core-change-yes = да
core-change-no = нет
core-change-field = { $name ->
    [stance] позиция
    [stance_basis] основание позиции
    [stance_on] позиция подтверждена
    [influence] влияние
    [roles] роли
    [status] статус
    [status_on] статус с
    [favours] предпочитает
    [coverage] покрытие
    [last_contact] последний контакт
    [external_ids] внешние id
    [annual_revenue] годовая выручка
    [owner] ответственный
    [person] с кем
    [due] срок
    [done] выполнено
   *[granted] удовлетворён
}
core-change-kind = { $list ->
    [people] человек
    [team] сотрудник команды
    [links] связь
    [actions] задача
    [demands] запрос
    [history] запись истории
    [conflicts] конфликт
    [deals] сделка
   *[plan] пункт плана
}
core-change-moved = { $field } { $from } → { $to }
core-change-moved-from-none = { $field } → { $to }
core-change-moved-at = { $place }: { $from } → { $to }
core-change-about = { $subject }: { $what }
core-change-by = { $sentence } ({ $who })
core-change-noted = { $sentence } — «{ $note }»
core-change-covers-now = теперь его покрывает { $member } ({ $strength })
core-change-no-longer-covered = больше не покрывается: { $member }
core-change-coverage-moved = покрытие: { $member } { $from } → { $to }
core-change-coverage-same = покрытие переписано, но осталось прежним
core-change-changed = изменено
core-change-field-of = { $field } — { $subject }
core-change-added = добавлено: { $what }
core-change-removed = удалено: { $what }
core-change-record-changed = изменено: { $what }
core-change-named = { $name } ({ $kind })
core-change-link = { $kind ->
    [reports_to] { $from } → { $to } (подчинение)
    [influences] { $from } → { $to } (влияние)
   *[other] { $from } → { $to } ({ $kind })
}
core-change-link-strength = { $kind ->
    [reports_to] { $from } → { $to } (подчинение, { $strength })
    [influences] { $from } → { $to } (влияние, { $strength })
   *[other] { $from } → { $to } ({ $kind }, { $strength })
}
core-change-the-link = связь «{ $link }»
core-change-the-follow-up = задача «{ $text }»
core-change-the-demand = запрос «{ $text }»
core-change-the-deal = сделка «{ $name }»
core-change-the-initiative = инициатива «{ $text }»
core-change-person-roles = { $person }: { $roles }
core-change-follow-up-details = { $owner }, срок { $due }
core-change-history-added = история: { $sentence }
core-change-history-removed = убрано из истории: { $sentence }
core-change-conflict-added = конфликт к решению: { $what }
core-change-conflict-decided = решён конфликт в { $path }
core-change-conflict = { $place }: оставлено { $kept } ({ $kept_side }), другое значение — { $other } ({ $other_side })
core-change-side = { $side ->
    [ours] наше
   *[theirs] их
}
core-change-conflicts-to-decide = { $n ->
    [one] { $n } конфликт к решению: { $places }
    [few] { $n } конфликта к решению: { $places }
    [many] { $n } конфликтов к решению: { $places }
   *[other] { $n } конфликта к решению: { $places }
}
core-change-nothing-since = С { $since } ничего не изменилось.
core-change-changes-since = Изменения с { $since } (время UTC)
core-change-not-a-start = `{ $given }` — не начало отсчёта; укажите дату (2026-11-25), число дней или недель назад (7d, 2w) или last-sync
core-change-not-a-day = { $problem }; укажите дату (2026-11-25), число дней или недель назад (7d, 2w) или last-sync
core-change-no-sync-yet = этот компьютер ещё не синхронизировался, поэтому отсчитывать от последней синхронизации нельзя; `dmu sync` её запишет, или укажите в --since дату (2026-11-25) либо число дней или недель назад (7d, 2w)
core-change-the-last-sync = последней синхронизации, { $at }

# Строки `dmu diff-text`.
core-facts-header = Клиент: { $name } ({ $tier })
core-facts-account-field = { $field }: { $value }
core-facts-of = { $subject }: { $field } { $value }
core-facts-covered-by = { $subject }: покрывает { $member } ({ $strength })
core-facts-team-member = { $name } ({ $function })
core-facts-follow-up = «{ $text }»: { $owner }, срок { $due }
core-facts-follow-up-with = , с кем: { $who }
core-facts-follow-up-done = , выполнено { $date }
core-facts-demand = { $granted ->
    [yes] { $date } «{ $text }»: { $kind }, удовлетворён
   *[no] { $date } «{ $text }»: { $kind }, не удовлетворён
}
core-facts-section = { $which ->
    [team] Команда
    [people] Люди
    [links] Связи
    [follow-ups] Задачи
    [demands] Запросы
    [history] История
   *[conflicts] Конфликты
}

# Объединение двух копий клиента (src/merge); $version — base, ours или theirs.
core-merge-version = { $version ->
    [base] общая исходная версия
    [ours] ваша версия
   *[theirs] другая версия
}
core-merge-unreadable = { $version ->
    [base] общая исходная версия
    [ours] ваша версия
   *[theirs] другая версия
}: { $message }
core-merge-unreadable-line = { $version ->
    [base] общая исходная версия
    [ours] ваша версия
   *[theirs] другая версия
}, строка { $line }: { $message }
core-merge-unreadable-at = { $version ->
    [base] общая исходная версия
    [ours] ваша версия
   *[theirs] другая версия
}, строка { $line }, столбец { $column }: { $message }
core-merge-newer = { $version ->
    [base] общая исходная версия записана
    [ours] ваша версия записана
   *[theirs] другая версия записана
} более новой dmu (версия формата { $schema }, эта знает { $known }); обновите dmu, чтобы объединить её
core-merge-internal = объединённый клиент не был бы корректным файлом ({ $why }); это ошибка в dmu, пожалуйста, сообщите о ней
core-merge-markers = в ней остались маркеры конфликта git (<<<<<<< … >>>>>>>) от незавершённого слияния; сначала разрешите их в этой версии (оставьте одну сторону каждого блока и удалите строки с маркерами)
core-resolve-no-conflict = конфликта `{ $id }` больше нет

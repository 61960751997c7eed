# tui-messages
# Status messages of the TUI's views and forms, and the words of the history.

## The history: notes, the person panel, the Changes view
tui-messages-note-label = Заметка для истории
tui-messages-note-explained = сохраняется в истории, а не в карточке человека
tui-messages-what-if-note-title = Применить сценарий «что если»: заметка для истории (необязательно)
tui-messages-what-if-note-apply = применить (можно отменить)
tui-messages-what-if-note-back = назад к сценарию
tui-messages-moved-heading = История, новые сверху
tui-messages-stance = Отношение
tui-messages-influence = Влияние
tui-messages-last-change = { $day }, { $by }
tui-messages-and-earlier = { $n ->
    [one] и ещё { $n } запись раньше (все показывает вид «Изменения», 7)
    [few] и ещё { $n } записи раньше (все показывает вид «Изменения», 7)
    [many] и ещё { $n } записей раньше (все показывает вид «Изменения», 7)
   *[other] и ещё { $n } записи раньше (все показывает вид «Изменения», 7)
}
tui-messages-changes-title = { $n ->
    [one] { $since } · { $n } запись
    [few] { $since } · { $n } записи
    [many] { $since } · { $n } записей
   *[other] { $since } · { $n } записи
}
tui-messages-days-back = { $n ->
    [one] { $day }, { $n } день назад
    [few] { $day }, { $n } дня назад
    [many] { $day }, { $n } дней назад
   *[other] { $day }, { $n } дня назад
}
tui-messages-the-beginning = самого начала
tui-messages-never-synced = Этот компьютер ещё не синхронизировался, последней синхронизации нет: показано всё
tui-messages-how-history-is-made = История пишется по мере правок: каждое изменение отношения человека, того, откуда мы это знаем, влияния, ролей, статуса, услуг или покрытия, а также каждый добавленный или удалённый человек и связь сохраняются вместе с автором, временем и заметкой к правке (последнее поле формы человека; сценарий «что если» просит её при применении).
tui-messages-conflicts-heading = { $n ->
    [one] { $n } конфликт, который слияние не смогло решить (их решают на экране конфликтов; до тех пор действует оставленный вариант):
    [few] { $n } конфликта, которые слияние не смогло решить (их решают на экране конфликтов; до тех пор действует оставленный вариант):
    [many] { $n } конфликтов, которые слияние не смогло решить (их решают на экране конфликтов; до тех пор действует оставленный вариант):
   *[other] { $n } конфликта, которые слияние не смогло решить (их решают на экране конфликтов; до тех пор действует оставленный вариант):
}
tui-messages-more-conflicts = … и ещё { $n }
tui-messages-since-hint = { $key }: показать { $next }
tui-messages-since-7 = за 7 дней
tui-messages-since-30 = за 30 дней
tui-messages-since-sync = с последней синхронизации
tui-messages-since-all = за всё время
tui-messages-since-now = { $n ->
    [one] Изменения с { $since }: { $n } запись
    [few] Изменения с { $since }: { $n } записи
    [many] Изменения с { $since }: { $n } записей
   *[other] Изменения с { $since }: { $n } записи
}
tui-messages-since-note = { $n ->
    [one] { $note } ({ $n } запись)
    [few] { $note } ({ $n } записи)
    [many] { $note } ({ $n } записей)
   *[other] { $note } ({ $n } записи)
}
tui-messages-not-about-a-person = Эта запись не об одном человеке
tui-messages-no-longer-here = { $name } больше нет в аккаунте
tui-messages-nothing-selected = Ни одна запись не выбрана

## Who the rep is
tui-messages-who-title = Кто вы? Ваше имя, как в команде аккаунта (для истории)
tui-messages-on-the-team = В команде: { $names }
tui-messages-no-team = У этого аккаунта ещё нет команды: введите своё имя так, как оно будет записано
tui-messages-who-empty = введите своё имя или нажмите Esc, чтобы пропустить в этом сеансе
tui-messages-you-are = С этого момента история записывает вас как { $name } (сохранено как user в { $file })
tui-messages-you-are-unsaved = В этом сеансе история записывает вас как { $name }, но файл настроек записать не удалось ({ $why }); dmu спросит снова при следующем запуске
tui-messages-no-settings-file = в этой системе нет папки настроек; укажите файл настроек через --config или DMU_CONFIG
tui-messages-who-skipped = Пропущено: записи истории этого сеанса ни на кого не указывают; dmu спросит снова при следующем запуске (или задайте DMU_USER)

## Editing an account, its people, follow-ups and demands
tui-messages-read-only = Этот аккаунт нельзя изменить: { $why }
tui-messages-already-editable = Этот аккаунт уже открыт для правки
tui-messages-reread-error = Не удалось заново прочитать аккаунт: { $why }
tui-messages-reopened = Открыт для правки: заново прочитан с диска, со всеми изменениями из другого окна
tui-messages-still-read-only = Прочитан заново, но всё ещё { $why }
tui-messages-sorted-by = Сортировка: { $key }
tui-messages-sorted-by-reversed = Сортировка: { $key }, в обратном порядке
tui-messages-delete-person-question = Удалить { $name }?
tui-messages-delete-person-detail = { $what } Отмена (u) вернёт всё обратно.
tui-messages-nobody-selected = Никто не выбран
tui-messages-undid = Отменено: { $label }
tui-messages-redid = Повторено: { $label }
tui-messages-nothing-to-undo = Отменять нечего
tui-messages-nothing-to-redo = Повторять нечего
tui-messages-quoted = «{ $text }»
tui-messages-done-label = выполнено: { $text }
tui-messages-with-last-contact = { $done }; последний контакт с { $who } теперь { $day }
tui-messages-delete-followup-question = Удалить договорённость { $text }?
tui-messages-delete-demand-question = Удалить требование { $text }?
tui-messages-undo-brings-it-back = Отмена (u) всё вернёт.
tui-messages-open-again-label = снова открыто: { $text }
tui-messages-no-followup-selected = Договорённость не выбрана: нажмите a, чтобы добавить
tui-messages-no-demand-selected = Требование не выбрано: нажмите a, чтобы добавить
tui-messages-delete-followup-label = удаление договорённости { $text }
tui-messages-delete-demand-label = удаление требования { $text }
tui-messages-granted-label = удовлетворено: { $text }
tui-messages-not-granted-label = не удовлетворено: { $text }
tui-messages-followup-needs-owner = У договорённости должен быть ответственный из нашей команды, а в команде этого аккаунта пока никого нет
tui-messages-edit-details-label = правка данных { $name }
tui-messages-add-followup-label = новая договорённость { $text }
tui-messages-edit-followup-label = правка договорённости { $text }
tui-messages-add-demand-label = новое требование { $text }
tui-messages-edit-demand-label = правка требования { $text }

## The agenda across accounts
tui-messages-agenda-of = Показаны договорённости: { $who }
tui-messages-agenda-of-everyone = Показаны договорённости всех
tui-messages-agenda-none-selected = Договорённость не выбрана
tui-messages-account-file-gone = { $slug }.json больше нет в папке данных
tui-messages-account-file-missing = { $slug }.json пропал
tui-messages-agenda-done = Выполнено: { $text } (u отменяет)
tui-messages-agenda-nothing-to-undo = В повестке нечего отменять
tui-messages-agenda-undid = Отменено «выполнено»: { $text }
tui-messages-agenda-read-only = { $account }: { $why }; ничего не изменено (закройте его там или отметьте выполнение там)
tui-messages-agenda-followup-gone = Этой договорённости больше нет в { $account } (изменена в другом месте?); ничего не изменено
tui-messages-agenda-label = «{ $text }» ({ $account })
tui-messages-agenda-save-error = Не удалось сохранить { $account }: { $why }; ничего не изменено

## The Pull view's what-if
tui-messages-pull-select-first = Сначала выберите человека: ↑↓ в столбце этапа
tui-messages-pull-no-step = Для { $name } шаг не предложен: + или - меняют отношение, c — покрытие
tui-messages-pull-at-top = { $name } уже сторонник
tui-messages-pull-at-bottom = { $name } уже противник
tui-messages-pull-no-team = В нашей команде пока никого нет, поэтому покрыть этого человека некому
tui-messages-pull-member = теперь c меняет покрытие со стороны { $name }
tui-messages-pull-left = Сценарий «что если» закрыт; ничего не изменено
tui-messages-pull-nothing-tried = Ничего не пробовали, поэтому ничего не изменено
tui-messages-pull-applied-label = применён сценарий «что если»: { $changes } (оценка «протаскивания» { $delta })
tui-messages-pull-opened-step = «Что если» для { $name }: { $key } делает предложенный шаг (+{ $gain }); ничего не сохраняется
tui-messages-pull-opened = «Что если» для { $name }: + или - меняют отношение, c — покрытие; ничего не сохраняется
tui-messages-pull-took-step = Предложенный шаг для { $name } сделан ({ $step }): оценка «протаскивания» { $delta }

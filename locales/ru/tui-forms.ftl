# tui-forms
# Формы, диалоги и редакторы интерфейса: карточка человека, формы задачи, требования
# и клиента, редакторы команды, охвата и связей, диалоги поверх них.

## Вопрос перед тем, как отбросить изменённую форму.
tui-forms-discard-title = Несохранённые изменения
tui-forms-discard-new-person = Не сохранять нового человека?
tui-forms-discard-person = Отменить изменения в карточке «{ $name }»?
tui-forms-discard-new-member = Не сохранять нового участника команды?
tui-forms-discard-member = Отменить изменения в карточке «{ $name }»?
tui-forms-discard-new-follow-up = Не сохранять новую задачу?
tui-forms-discard-follow-up = Отменить изменения в задаче?
tui-forms-discard-new-demand = Не сохранять новое требование?
tui-forms-discard-demand = Отменить изменения в требовании?
tui-forms-discard-account-details = Отменить изменения в данных клиента?

## Имя, которое уже есть у другого; поиск в поле или списке.
tui-forms-namesake-detail = { $name } ({ $detail })
tui-forms-namesake-person = такое же имя ещё у одного человека: { $names }
tui-forms-namesakes-people = { $n ->
    [one] такое же имя ещё у { $n } человека: { $names }
    [few] такое же имя ещё у { $n } человек: { $names }
    [many] такое же имя ещё у { $n } человек: { $names }
   *[other] такое же имя ещё у { $n } человека: { $names }
}
tui-forms-namesake-member = такое же имя ещё у одного участника команды: { $names }
tui-forms-namesakes-members = { $n ->
    [one] такое же имя ещё у { $n } участника команды: { $names }
    [few] такое же имя ещё у { $n } участников команды: { $names }
    [many] такое же имя ещё у { $n } участников команды: { $names }
   *[other] такое же имя ещё у { $n } участника команды: { $names }
}
tui-forms-no-match = никто не подходит; Backspace — расширить поиск
# Какое из совпадений показывает поиск в поле.
tui-forms-match-count = { $at } из { $of }
# Сколько строк списка подходит под набранное.
tui-forms-picker-count = { $shown } из { $all }

## Даты, как их набирают: подсказка говорит всё, что форма понимает.
tui-forms-date-shape = { date-problem-shape }

## Карточка человека.
tui-forms-add-person = Новый человек
tui-forms-edit-person = Правка: { $name }
tui-forms-person-name = Имя
tui-forms-person-title = Должность
tui-forms-person-department = Отдел
tui-forms-person-roles = Роли
tui-forms-person-stance = Позиция
tui-forms-person-basis = Откуда знаем
tui-forms-person-stance-on = Подтверждена
tui-forms-person-favours = Предпочитает
tui-forms-person-influence = Влияние
tui-forms-person-status = Статус
tui-forms-person-active-since = В статусе с
tui-forms-person-new-since = Новый с
tui-forms-person-leaving-on = Дата ухода
tui-forms-person-left-on = Ушёл(ла)
tui-forms-person-last-contact = Последний контакт
tui-forms-person-email = Эл. почта
tui-forms-person-phone = Телефон
tui-forms-person-notes = Заметки
tui-forms-history-note = Заметка в историю
tui-forms-history-note-explained = сохраняется в истории, а не в карточке человека
tui-forms-name-required = нужно указать имя
tui-forms-influence-range = влияние — число от 1 до 5
tui-forms-stance-dated-today = сегодня: изменённая позиция — это свежая оценка

## Формы задачи, требования и клиента.
tui-forms-add-follow-up = Новая задача
tui-forms-edit-follow-up = Правка задачи
tui-forms-follow-up-text = Текст
tui-forms-follow-up-owner = Ответственный
tui-forms-follow-up-person = С кем
tui-forms-follow-up-due = Срок
tui-forms-follow-up-done = Выполнена
tui-forms-nobody-in-particular = (ни с кем конкретно)
tui-forms-add-demand = Новое требование
tui-forms-edit-demand = Правка требования
tui-forms-demand-date = Дата
tui-forms-demand-text = Текст
tui-forms-demand-kind = Вид
tui-forms-demand-granted = Удовлетворено
tui-forms-no = Нет
tui-forms-yes = Да
tui-forms-account-details = Данные клиента
tui-forms-account-name = Название
tui-forms-account-industry = Отрасль
tui-forms-account-tier = Категория
tui-forms-account-currency = Валюта
tui-forms-account-revenue = Выручка за год
tui-forms-account-potential = Потенциал
tui-forms-account-margin = Маржа, %
tui-forms-account-notes = Заметки
tui-forms-text-required = напишите, о чём речь
tui-forms-percent-problem = напишите процент от -100 до 100 (18 или -4,5)
tui-forms-amount-problem = напишите сумму от 0, например 1 250 000 или 1250000,50
tui-forms-currency-problem = укажите трёхбуквенный код, например RUB, или оставьте поле пустым

## Редактор охвата.
tui-forms-coverage-title = Охват: { $name }
tui-forms-coverage-unchanged = Охват не изменился
# Так правку называют список отмены и строка состояния.
tui-forms-coverage-set = изменить охват: { $name }
tui-forms-coverage-none = нет
tui-forms-coverage-weak = слабый
tui-forms-coverage-medium = средний
tui-forms-coverage-strong = сильный

## Редактор связей.
tui-forms-links-title = Связи: { $name }
tui-forms-links-from = Исходящие: { $me } →
tui-forms-links-to = Входящие: → { $me }
tui-forms-links-no-links = связей нет
tui-forms-link-influences = влияние: { $from } → { $to }
tui-forms-link-reports-to = подчинение: { $from } → { $to }
tui-forms-link-kind-influences = влияет на
tui-forms-link-kind-reports-to = подчиняется
tui-forms-link-weak = слабое
tui-forms-link-medium = среднее
tui-forms-link-strong = сильное
tui-forms-links-pick-influences = { $me } влияет на…
tui-forms-links-pick-reports-to = { $me } подчиняется…
tui-forms-links-no-strength = У подчинения нет силы
tui-forms-links-none-yet = Связей пока нет: нажмите i или r, чтобы добавить
tui-forms-links-delete-question = Удалить связь ({ $link })?
# Так правки называют список отмены и строка состояния.
tui-forms-links-set-strength = { $link }: { $strength }
tui-forms-links-add = добавить связь ({ $link })
tui-forms-links-delete = удалить связь ({ $link })

## Наша команда.
tui-forms-team-title = Наша команда ({ $n })
tui-forms-team-add-title = Наша команда: новый участник
tui-forms-team-edit-title = Наша команда: правка — { $name }
tui-forms-team-name = Имя
tui-forms-team-function = Функция
tui-forms-team-covers = { $n ->
    [one] охватывает { $n } человека
    [few] охватывает { $n } человек
    [many] охватывает { $n } человек
   *[other] охватывает { $n } человека
}
tui-forms-team-none-yet = В нашей команде пока никого: нажмите a, чтобы добавить
tui-forms-team-empty-for-coverage = Наша команда пуста: сначала добавьте участников клавишей T
tui-forms-nobody-selected = Никто не выбран
tui-forms-team-delete-question = Удалить «{ $name }» из нашей команды?
tui-forms-team-delete-covering = { $n ->
    [one] «{ $name }» охватывает { $n } человека; удалить вместе с этим охватом?
    [few] «{ $name }» охватывает { $n } человек; удалить вместе с этим охватом?
    [many] «{ $name }» охватывает { $n } человек; удалить вместе с этим охватом?
   *[other] «{ $name }» охватывает { $n } человека; удалить вместе с этим охватом?
}
# Так правки называют список отмены и строка состояния.
tui-forms-team-added = добавить: { $name }
tui-forms-team-edited = изменить: { $name }
tui-forms-team-deleted = удалить: { $name }

## Выход или закрытие клиента с правками, которые не удалось сохранить; предложение
## восстановить правки; файл изменился на диске.
tui-forms-leaving-failed = Сохранить их не удалось: { $why }.
tui-forms-leaving-quit-title = Выйти с несохранёнными правками?
tui-forms-leaving-title = Закрыть клиента с несохранёнными правками?
tui-forms-leaving-kept-recovery = dmu записал их в { $path } и проверил запись. При следующем запуске их предложат восстановить.
tui-forms-leaving-kept-file = dmu записал весь клиент с вашими правками в { $path } и проверил запись. При следующем запуске это не предложат: сохраните этот файл.
tui-forms-leaving-nowhere-title = Ваши несохранённые правки нигде не сохранены
# Где dmu пытался сохранить правки, словами хранилища (с заглавной буквы).
tui-forms-leaving-places = { $places }.
tui-forms-leaving-quitting-loses = Если выйти сейчас, они пропадут.
tui-forms-leaving-leaving-loses = Если закрыть клиента сейчас, они пропадут.
tui-forms-leaving-write-elsewhere = записать клиента в файл, который вы укажете (на другой диск, флешку)
tui-forms-leaving-quit-and-lose = выйти и потерять правки
tui-forms-leaving-leave-and-lose = закрыть клиента и потерять правки
tui-forms-leaving-stay = остаться: правки останутся в памяти; освободите место и попробуйте снова
tui-forms-conflict-title = Файл изменился на диске
tui-forms-conflict-explained = Кто-то (другая программа, git, текстовый редактор, ещё один dmu) изменил файл этого клиента после того, как вы начали правки. dmu его не перезаписал. Ваши несохранённые правки есть только в памяти; выберите, что с ними сделать:
tui-forms-recovery-title = Найдены несохранённые правки
tui-forms-recovery-kept-in = В прошлый раз dmu остановился, не успев сохранить часть правок. Они сохранены в { $first }.
tui-forms-recovery-kept-in-more = { $more ->
    [one] В прошлый раз dmu остановился, не успев сохранить часть правок. Они сохранены в { $first } (и ещё { $more } файл после этого).
    [few] В прошлый раз dmu остановился, не успев сохранить часть правок. Они сохранены в { $first } (и ещё { $more } файла после этого).
    [many] В прошлый раз dmu остановился, не успев сохранить часть правок. Они сохранены в { $first } (и ещё { $more } файлов после этого).
   *[other] В прошлый раз dmu остановился, не успев сохранить часть правок. Они сохранены в { $first } (и ещё { $more } файла после этого).
}
tui-forms-recovery-explained = «Восстановить» сохраняет их в клиента, если его файл такой же, каким его застали правки; если файл с тех пор изменился, ничего не перезаписывается, и вы выбираете: перечитать его или сохранить правки копией.

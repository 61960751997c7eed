# export
# Графы (DOT, Mermaid): заголовок, строки узлов и легенда.
export-title = { $name }: группа принятия решений
export-influence = влияние { $influence }/5
export-legend = Условные обозначения
export-legend-reports-to = сплошная серая, полая стрелка: подчиняется
export-legend-influences = пунктирная синяя: влияет (толще — сильнее)

# Сводка по клиенту в Markdown.
export-md-industry = Отрасль
export-md-tier = Уровень
export-md-revenue = Годовая выручка
export-md-potential = Потенциал
export-md-dmu = Группа принятия решений
# Раздел на каждую роль; $role — слово роли в файле.
export-md-role-heading = { $role ->
    [user] Пользователи
    [influencer] Влияющие
    [decider] ЛПР
    [payer] Плательщики
    [buyer] Закупщики
    [gatekeeper] Привратники
   *[initiator] Инициаторы
}
export-md-no-role = Роль не указана
export-md-nobody-yet = Пока никого нет.
export-md-people-columns = | Имя | Должность | Отдел | Роли | Позиция | Влияние | Кто работает | Статус | На стороне | Контакты |
export-md-status-since = { $status } с { $date }
export-md-status-on = { $status }: { $date }
export-md-team = Наша команда и охват
export-md-no-team = Участники команды пока не указаны.
export-md-team-columns = | Сотрудник | Функция | С кем работает |
export-md-uncovered = Никто из нашей команды не работает с: { $names }.
export-md-links = Связи
export-md-reports-to = Подчинение
export-md-influences = Влияние
export-md-none-yet = Пока не указаны.
export-md-follow-ups = Открытые задачи
export-md-follow-up-columns = | Срок | Задача | Ответственный | С кем |
export-md-demands = Требования сверх договора
export-md-demand-columns = | Дата | Вид | Требование | Выполнено |
export-md-yes = да
export-md-no = нет

# `dmu list` и `dmu show`: клиенты текстовыми таблицами.
export-list-name = НАЗВАНИЕ
export-list-tier = УРОВЕНЬ
export-list-people = ЛЮДИ
export-list-revenue = ВЫРУЧКА
export-list-file = ФАЙЛ
export-list-unreadable = (не читается)
export-list-empty = (клиентов нет)
export-show-tier = уровень: { $tier }
export-show-revenue = выручка { $amount }
export-show-potential = потенциал { $amount }
export-show-id-file = id { $id } · файл { $file }
export-show-team = Наша команда ({ $n })
export-show-people = Люди ({ $n })
export-show-col-name = ИМЯ
export-show-col-title = ДОЛЖНОСТЬ
export-show-col-roles = РОЛИ
export-show-col-stance = ПОЗИЦИЯ
export-show-col-influence = ВЛИЯНИЕ
export-show-col-covered-by = КТО РАБОТАЕТ
export-show-nobody = никто
export-show-links = Связи ({ $n })
export-show-follow-ups = Задачи ({ $n })
export-show-due = срок { $date }
export-show-done = выполнено { $date }
export-show-with = , с человеком { $name }
export-show-demands = Требования ({ $n })
export-show-deals = Сделки ({ $n })
export-show-closes = закрытие { $date }
export-show-quiet = без контактов до { $date }
export-show-competitors = конкуренты: { $names }
export-show-plan = План по клиенту ({ $n })
export-show-with-person = с { $name }
export-show-margin = маржа { $margin }%
export-show-granted = выполнено
export-show-not-granted = не выполнено

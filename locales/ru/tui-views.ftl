# tui-views
# Заголовок, строка состояния и строка подсказок (render.rs).
tui-views-too-small = терминал слишком мал
tui-views-too-small-need = нужно { $size }
tui-views-account-header = { $name } · { $tier } · { $n ->
    [one] { $n } человек
    [few] { $n } человека
    [many] { $n } человек
   *[other] { $n } человека
}
tui-views-header-portfolio = dmu · портфель
tui-views-header-agenda = dmu · повестка
tui-views-header-team = dmu · наша команда
tui-views-header-trash = dmu · корзина
tui-views-status-reopen = только чтение: другое окно освободило файл; { $key } — открыть для правки
tui-views-status-unsaved = НЕ СОХРАНЕНО: { $error }
tui-views-status-saved = Сохранено
tui-views-hint-toggle-roles = роли

# Названия видов на вкладках.
tui-views-view-people = Люди
tui-views-view-org-chart = Оргструктура
tui-views-view-influence = Влияние
tui-views-view-coverage = Охват
tui-views-view-pull = Протаскивание
tui-views-view-follow-ups = Задачи
tui-views-view-changes = Изменения

# Слова, общие для многих видов.
tui-views-never = никогда

# Портфель (portfolio.rs, accounts.rs).
tui-views-portfolio-title = Портфель · { $n ->
    [one] { $n } аккаунт
    [few] { $n } аккаунта
    [many] { $n } аккаунтов
   *[other] { $n } аккаунта
} · выручка { $revenue } · топ-1 { $top1 }% · топ-3 { $top3 }% · ИХХ { $hhi }
tui-views-portfolio-no-flags = Тревожных сигналов по портфелю нет.
tui-views-portfolio-more-flags = ▼ ещё { $n }: их видно в терминале повыше или в `dmu portfolio`
tui-views-portfolio-list-title = Аккаунты в { $root } · по порядку: { $sort }
tui-views-portfolio-list-title-reversed = Аккаунты в { $root } · по порядку: { $sort }, в обратную сторону
tui-views-portfolio-empty = Аккаунтов пока нет: нажмите a, чтобы создать.
tui-views-portfolio-bad-file = Этот файл не читается; dmu не будет его менять.
tui-views-col-account = Аккаунт
tui-views-col-tier = Уровень
tui-views-col-revenue = Выручка
tui-views-col-share = Доля
tui-views-col-potential = Потенциал
tui-views-col-score = Балл
tui-views-col-flags = Сигн.
tui-views-col-contact = Контакт
tui-views-col-open = Зад.
tui-views-col-overdue = Проср.
tui-views-sort-file = имя файла
tui-views-sort-name = название
tui-views-sort-tier = уровень, сначала ключевые
tui-views-sort-revenue = выручка, сначала крупные
tui-views-sort-potential = потенциал, сначала крупный
tui-views-sort-score = балл протаскивания, сначала низкий
tui-views-sort-flags = тревожные сигналы, сначала больше
tui-views-sort-last-contact = последний контакт, сначала давний
tui-views-sort-open = открытые задачи, сначала больше
tui-views-sort-overdue = просроченные задачи, сначала больше

# Повестка (agenda.rs).
tui-views-agenda-title = Повестка: { $n ->
    [one] { $n } открытая задача
    [few] { $n } открытые задачи
    [many] { $n } открытых задач
   *[other] { $n } открытой задачи
}, просрочено: { $overdue } · ответственный: { $owner }
tui-views-agenda-everyone = все
tui-views-agenda-empty = Открытых задач нет. Добавьте задачу клавишей f на человеке или a в виде «Задачи» аккаунта.
tui-views-agenda-late = проср. { $n } дн.
tui-views-agenda-today = сегодня
tui-views-agenda-ahead = через { $n } дн.
tui-views-col-due = Срок
tui-views-col-when = Когда
tui-views-col-owner = Отв.
tui-views-col-person = Человек
tui-views-col-text = Текст

# Наша команда (team.rs).
tui-views-team-title = Наша команда в { $accounts ->
    [one] { $accounts } аккаунте
    [few] { $accounts } аккаунтах
    [many] { $accounts } аккаунтах
   *[other] { $accounts } аккаунта
}: { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
}
tui-views-team-empty = Ни в одном аккаунте пока нет участников команды.
tui-views-col-name = Имя
tui-views-col-function = Функция
tui-views-col-covers = Охват
tui-views-col-team-accounts = Аккаунты (охвачено людей)

# Корзина (trash.rs).
tui-views-trash-when = { $date } { $time } UTC

# Слова модели, как их показывают виды, по ключам из файла.
tui-views-strength = { $strength ->
    [weak] слабо
    [medium] средне
   *[strong] сильно
}
tui-views-basis = { $basis ->
    [observed] видели сами
    [reported] со слов
   *[assumed] предположение
}

# Таблица людей (people.rs, people_table.rs, people_cells.rs).
tui-views-people-title = Люди ({ $n })
tui-views-people-title-found = Люди ({ $found } из { $n })
tui-views-people-empty = Людей пока нет: нажмите a, чтобы добавить первого.
tui-views-people-no-match = Никто не подходит под «{ $query }». Esc сбрасывает поиск.
tui-views-col-title = Должность
tui-views-col-department = Подразделение
tui-views-col-department-short = Подр.
tui-views-col-roles = Роли
tui-views-col-stance = Позиция
tui-views-col-influence-short = Вл.
tui-views-col-covered-by = Кто ведёт
tui-views-col-covered-by-short = Наши
tui-views-col-last-contact = Посл. контакт
tui-views-col-last-contact-short = Контакт
tui-views-people-sort-file = как в файле
tui-views-people-sort-name = имя
tui-views-people-sort-title = должность
tui-views-people-sort-department = подразделение
tui-views-people-sort-roles = роли
tui-views-people-sort-stance = позиция, сначала чемпионы
tui-views-people-sort-influence = влияние, сначала сильное
tui-views-people-sort-coverage = охват, сначала плотный
tui-views-people-sort-last-contact = последний контакт, сначала давний

# Карточка человека (person_detail.rs, person_history.rs).
tui-views-detail-title = Карточка
tui-views-detail-nobody-selected = Никто не выбран
tui-views-detail-today = сегодня
tui-views-detail-yesterday = вчера
tui-views-detail-days-ago = { $n ->
    [one] { $n } день назад
    [few] { $n } дня назад
    [many] { $n } дней назад
   *[other] { $n } дня назад
}
tui-views-detail-in-days = через { $n ->
    [one] { $n } день
    [few] { $n } дня
    [many] { $n } дней
   *[other] { $n } дня
}
tui-views-detail-days-short = { $n } дн.
tui-views-detail-in-days-short = через { $n } дн.
tui-views-detail-active-since = В должности с { $date }
tui-views-detail-new-since = Новый с { $date }
tui-views-detail-leaving-on = Уходит { $date }
tui-views-detail-left-on = Ушёл { $date }
tui-views-detail-nobody-covers = никто из нашей команды
tui-views-detail-no-title = должность и подразделение не указаны
tui-views-detail-no-roles = нет
tui-views-field-roles = Роли
tui-views-field-stance = Позиция
tui-views-field-status = Статус
tui-views-field-favours = Предпочитает
tui-views-field-influence = Влияние
tui-views-field-last-contact = Посл. контакт
tui-views-field-email = Эл. почта
tui-views-field-phone = Телефон
tui-views-field-covered-by = Кто ведёт
tui-views-field-reports-to = Подчиняется
tui-views-field-direct-reports = Подчинённые
tui-views-field-influences = Влияет на
tui-views-field-influenced-by = Под влиянием
tui-views-history-note = — «{ $note }»

# Оргструктура (org_chart.rs).
tui-views-view-too-small = Терминал слишком мал: нужно { $size }
tui-views-org-title = Оргструктура · { $n ->
    [one] { $n } человек
    [few] { $n } человека
    [many] { $n } человек
   *[other] { $n } человека
}
tui-views-org-empty = Людей пока нет: добавьте людей и связи подчинения, чтобы увидеть схему.
tui-views-org-unmanaged = Руководитель не указан
tui-views-org-unmanaged-info = { $n ->
    [one] { $n } человек без руководителя и без подчинённых.
    [few] { $n } человека без руководителя и без подчинённых.
    [many] { $n } человек без руководителя и без подчинённых.
   *[other] { $n } человека без руководителя и без подчинённых.
} Добавьте связь подчинения, чтобы поставить их на место.
tui-views-org-more-managers = {"["}+{ $n } рук.]
tui-views-org-influence = влияние { $n }
tui-views-org-nobody-recorded = никто не указан
tui-views-more-lines = … { $n ->
    [one] ещё { $n } строка
    [few] ещё { $n } строки
    [many] ещё { $n } строк
   *[other] ещё { $n } строки
}

# Карта влияния (influence.rs, influence/legend.rs).
tui-views-influence-too-small = Терминал слишком мал для карты влияния: нужно хотя бы { $size }.
tui-views-influence-empty = В этом аккаунте пока нет людей: добавьте их в виде «Люди».
tui-views-legend-strong = сильно
tui-views-legend-medium = средне
tui-views-legend-medium-short = сред
tui-views-legend-weak = слабо
tui-views-stance-word = { $stance ->
    [champion] чемпион
    [supporter] сторонник
    [neutral] нейтрал
    [skeptic] скептик
    [opponent] противник
   *[unknown] неизвестно
}
tui-views-stance-short = { $stance ->
    [champion] чемп
    [supporter] стор
    [neutral] нейтр
    [skeptic] скепт
    [opponent] прот
   *[unknown] неизв
}

# Охват (coverage.rs).
tui-views-coverage-people = { $n ->
    [one] { $n } человек
    [few] { $n } человека
    [many] { $n } человек
   *[other] { $n } человека
}
tui-views-coverage-covered = охвачено: { $n }
tui-views-coverage-uncovered = без охвата: { $n }
tui-views-coverage-gaps = технических пробелов: { $n }
tui-views-coverage-team-page = команда { $first }–{ $last } из { $team }, ←/→ — листать
tui-views-coverage-no-people = Людей пока нет.
tui-views-coverage-no-team = Команды пока нет: добавьте наших сотрудников, чтобы отмечать, кто кого знает.
tui-views-coverage-row-uncovered = без охвата
tui-views-coverage-row-gap = техн. пробел: только { $functions }
# Функции нашей команды, коротко, как их подписывает матрица.
tui-views-function-short = { $function ->
    [sales] продажи
    [technical] техн.
    [service] сервис
    [management] рук.
   *[other] другое
}

# Карточки вида «Протаскивание» (pull_cards.rs).
tui-views-card-undated = без даты
tui-views-card-new = новый
tui-views-card-new-since = новый с { $date }
tui-views-card-leaving = уходит
tui-views-card-leaves = уходит { $date }
tui-views-card-left = ушёл
tui-views-card-left-on = ушёл { $date }
tui-views-card-years = { $n } г.
tui-views-card-nobody = никого
tui-views-card-more = ещё { $n }
tui-views-card-influence = вл. { $n }
tui-views-card-not-covered = без охвата

# Панели и строки вида «Протаскивание» (pull_panels.rs, pull_render.rs).
tui-views-step-via = { $label }: { $via } → { $who }
tui-views-step-member = { $label }: { $member } → { $who }
tui-views-step-for = { $label } для { $who }
tui-views-step-stance = { $label } { $who }: { $from } → { $to }
tui-views-step-cover = { $label } { $who }: { $member } { $how }
tui-views-step-who = { $label } { $who }
tui-views-pull-flags = Тревожные сигналы ({ $n })
tui-views-pull-flags-was = Тревожные сигналы ({ $n }, было { $was })
tui-views-pull-no-flags = Нет: ничто не мешает.
tui-views-pull-next-best = Лучшие шаги ({ $n })
tui-views-pull-stuck = Ни один отдельный шаг не поднимает балл.
tui-views-pull-push-route = Проталкивание
tui-views-pull-via-purchasing = через закупки:
tui-views-pull-no-push = никого: мы протаскиваем, а не проталкиваем
tui-views-model-title = Модель протаскивания: веса и пороги
tui-views-model-hint = ↑↓ листать · m закрывает
tui-views-model-ignored = Настройка pull_model аккаунта не применена: { $error }
tui-views-pull-score = Балл протаскивания { $score }
tui-views-pull-model-ignored = pull_model не применена: { $error }
tui-views-pull-decider-path = Путь к ЛПР
tui-views-pull-payer-path = Путь к плательщику
tui-views-pull-no-decider-path = Пока ни один путь протаскивания не доходит до ЛПР.
tui-views-pull-no-payer-path = Пока ни один путь протаскивания не доходит до плательщика.
tui-views-pull-more-paths = … { $n ->
    [one] ещё { $n } путь
    [few] ещё { $n } пути
    [many] ещё { $n } путей
   *[other] ещё { $n } пути
}: все пути — в `dmu report`
tui-views-pull-sure = уверенность { $percent }%
tui-views-pull-weakest = слабое звено { $from } → { $to }
tui-views-pull-others-no-push = Закупщики, привратники и инициаторы. Никто из тех, кого мы ведём, не сидит только в закупках: мы протаскиваем, а не проталкиваем.
tui-views-pull-others-push = Закупщики, привратники и инициаторы. Путь проталкивания: до { $names } мы доходим только через закупки.

# «Что если» (pull_render.rs, pull_whatif.rs).
tui-views-whatif-banner = ЧТО ЕСЛИ — не сохраняется: Esc — выйти, Enter — применить
tui-views-whatif-trying = Пробуем: { $changes }
tui-views-whatif-step = { $key }: { $step } (+{ $gain }) · + - позиция · c охват · t участник команды
tui-views-whatif-try = Пробуйте на выбранной карточке: + повысить или - понизить позицию, c охват, t участник команды
tui-views-whatif-as-of = на { $date }
tui-views-whatif-no-coverage = нет
tui-views-whatif-covered-by = ведёт { $member }: { $from } → { $to }
tui-views-whatif-no-longer-favours = больше не предпочитает { $rival }
tui-views-whatif-favours = предпочитает { $rival }
tui-views-whatif-met = встреча { $date }
tui-views-whatif-changed = изменён

# Задачи и требования (followups.rs).
tui-views-followups-title = Задачи: открыто { $open }, просрочено { $overdue }, выполнено { $done }
tui-views-followups-empty = Задач пока нет: нажмите a, чтобы добавить (или f на человеке в виде «Люди»).
tui-views-col-done = Выполнено
tui-views-demands-title = Требования сверх договора: { $n }, удовлетворено { $granted }
tui-views-demands-empty = Требований нет: перейдите сюда по Tab и нажмите a, чтобы добавить.
tui-views-col-date = Дата
tui-views-col-kind = Вид
tui-views-col-granted = Удовл.
tui-views-yes = да
tui-views-no = нет

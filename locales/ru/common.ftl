# common
# Общие слова: даты и числа в формах.
date-problem-shape = дату пишите как ДД.ММ.ГГГГ или ГГГГ-ММ-ДД (или сегодня, +7д, -1н)
date-problem-no-such-day = такого дня в календаре нет
date-problem-out-of-range = это слишком далеко от сегодняшнего дня

# Счётчики, общие для всего приложения.
count-accounts = { $n ->
    [one] { $n } аккаунт
    [few] { $n } аккаунта
    [many] { $n } аккаунтов
   *[other] { $n } аккаунта
}
count-people = { $n ->
    [one] { $n } человек
    [few] { $n } человека
    [many] { $n } человек
   *[other] { $n } человека
}

# Названия значений словарей формата файла (model/kinds.rs): kind-<словарь>-<слово в файле>.
kind-role-user = Пользователь
kind-role-influencer = Влияющий
kind-role-decider = ЛПР
kind-role-payer = Плательщик
kind-role-buyer = Закупщик
kind-role-gatekeeper = Привратник
kind-role-initiator = Инициатор
kind-stance-champion = Чемпион
kind-stance-supporter = Сторонник
kind-stance-neutral = Нейтрален
kind-stance-skeptic = Скептик
kind-stance-opponent = Противник
kind-stance-unknown = Неизвестно
kind-strength-weak = Слабая
kind-strength-medium = Средняя
kind-strength-strong = Сильная
kind-tier-key = Ключевой
kind-tier-growth = Растущий
kind-tier-maintain = Поддерживаемый
kind-tier-prospect = Потенциальный
kind-function-sales = Продажи
kind-function-technical = Техника
kind-function-service = Сервис
kind-function-management = Руководство
kind-function-other = Другое
kind-link-reports_to = подчиняется
kind-link-influences = влияет на
kind-demand-service = Дополнительный сервис
kind-demand-price = Ценовая уступка
kind-demand-terms = Особые условия
kind-demand-other = Другое
kind-basis-observed = Видели сами
kind-basis-reported = Со слов других
kind-basis-assumed = Предположение
kind-status-active = Работает
kind-status-new = Новый
kind-status-leaving = Уходит
kind-status-left = Ушёл

# Однобуквенный значок роли в таблицах; у каждой роли свой.
role-badge = { $role ->
    [user] П
    [influencer] В
    [decider] Л
    [payer] Ф
    [buyer] З
    [gatekeeper] Г
   *[initiator] И
}

# Этапы сделок, порядок закупки, виды и состояния инициатив плана.
kind-deal-stage-lead = Интерес
kind-deal-stage-qualified = Квалифицирована
kind-deal-stage-proposal = Предложение
kind-deal-stage-negotiation = Переговоры
kind-deal-stage-won = Выиграна
kind-deal-stage-lost = Проиграна
kind-process-open = Открытая
kind-process-tender = Тендер
kind-plan-kind-cost_reduction = Снижение затрат
kind-plan-kind-delivery_planning = Планирование поставок
kind-plan-kind-demand_forecast = Прогноз спроса
kind-plan-kind-joint_development = Совместная разработка
kind-plan-kind-joint_promotion = Совместное продвижение
kind-plan-kind-other = Другое
kind-plan-status-idea = Идея
kind-plan-status-agreed = Согласована
kind-plan-status-running = Идёт
kind-plan-status-done = Сделана
kind-plan-status-dropped = Отменена

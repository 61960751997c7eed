# strategy
# Правила сделок в анализе, воронка, суммы плана и маржа в портфеле, одностраничный план по клиенту.

## Правила сделок в анализе

strategy-quiet-no-steps = Никаких шагов с людьми клиента: по тендеру { $deal } действует период тишины до { $until }{ $n ->
    [0] .
    [one] , поэтому { $n } шаг отложен до этого дня.
    [few] , поэтому { $n } шага отложены до этого дня.
    [many] , поэтому { $n } шагов отложены до этого дня.
   *[other] , поэтому { $n } шага отложены до этого дня.
}
strategy-flag-quiet-breach = Тендер { $deal } запрещает контакты до { $until }: { $items }.
strategy-quiet-follow-up = задача с человеком { $name } назначена на { $due } ({ $text })
strategy-quiet-contact = с человеком { $name } был контакт { $date }
strategy-flag-close-low = { $n ->
    [one] Сделка закрывается
    [few] Сделки закрываются
    [many] Сделки закрываются
   *[other] Сделки закрываются
} при оценке протаскивания ниже { $min }: { $items }.
strategy-close-in = { $deal } — { $date } (через { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}, оценка { $score })
strategy-close-passed = { $deal } — дата закрытия { $date } уже прошла (оценка { $score })
strategy-setting-close-days = за сколько дней до даты закрытия открытая сделка считается закрывающейся
strategy-setting-close-score-min = наименьшая оценка протаскивания, при которой закрывающаяся сделка обходится без тревожного сигнала

## Отчёт по сделке

strategy-report-deal = Сделка: { $name } ({ $facts })
strategy-report-closes = закрытие { $date }
strategy-cli-no-deal = У клиента нет сделки «{ $query }». { $n ->
    [0] Сделок у него пока нет.
    [one] Его сделки: { $deals }.
    [few] Его сделки: { $deals }.
    [many] Его сделки: { $deals }.
   *[other] Его сделки: { $deals }.
}
strategy-cli-deal-ambiguous = «{ $query }» подходит к нескольким сделкам: { $deals }. Укажите идентификатор сделки.
cli-help-report-arg-deal = Смотреть через одну сделку: роли людей в ней и её правила (идентификатор или название)

## Портфель

strategy-portfolio-margin-squeeze = Ключевой клиент { $name } приносит маржу { $margin } — заметно ниже средней по портфелю ({ $mean }), а его требования растут: { $why }

## План по клиенту (экспорт в Markdown)

strategy-md-margin = Маржа
strategy-md-deals = Сделки
strategy-md-deal-columns = | Сделка | Стадия | Порядок закупки | Сумма | Закрытие | Оценка протаскивания |
strategy-md-quiet-until = { $process }, без контактов до { $until }
strategy-md-plan = План работы с клиентом
strategy-md-plan-columns = | Инициатива | Вид | Ответственный | С кем | Статус | Срок | Сумма в год |
strategy-md-plan-sums = Запланировано (идеи и согласованные): { $planned } · выполняется: { $running } · сделано: { $done }
strategy-md-risks = Риски
strategy-md-margin-rising = Наша маржа здесь { $margin }, а клиент требует всё больше: { $why }
cli-help-export-arg-today = Оценки и риски плана по клиенту считать на этот день, а не на сегодня (ГГГГ-ММ-ДД)
strategy-portfolio-col-margin = МАРЖА
strategy-portfolio-mean-margin = Маржа по портфелю, взвешенная по выручке: { $margin }
strategy-portfolio-at-risk = Выручка под угрозой, если ключевые клиенты с тревожными признаками откажутся от статуса: { $risk } из { $key } выручки ключевых клиентов
strategy-portfolio-pipeline = Воронка (открытые сделки по стадиям):
strategy-count-deals = { $n ->
    [one] { $n } сделка
    [few] { $n } сделки
    [many] { $n } сделок
   *[other] { $n } сделки
}
strategy-portfolio-mean-score = средняя оценка { $score }
strategy-portfolio-plan = Планы по клиентам (сумма в год):
strategy-portfolio-plan-line = запланировано { $planned }, выполняется { $running }
strategy-portfolio-plan-total = Итого

## Экран портфеля

strategy-tui-title = Сделки и планы
strategy-tui-col-margin = Маржа
strategy-tui-margin = Маржа { $margin }
strategy-tui-at-risk = Под угрозой { $risk } из { $key }
strategy-tui-pipeline = Воронка: { $n ->
    [one] { $n } сделка
    [few] { $n } сделки
    [many] { $n } сделок
   *[other] { $n } сделки
} на { $value }
strategy-tui-plan = Планы: { $planned } в плане, { $running } в работе
strategy-tui-pipeline-head = Открытые сделки по стадиям
strategy-tui-stage = { $stage }: { $n } · { $value } · оценка { $score }
strategy-tui-plan-head = Планы по клиентам по видам (в год)
strategy-tui-kind = { $kind }: { $planned } в плане, { $running } в работе
strategy-tui-col-pipeline = Открытые сделки
strategy-sort-margin = маржа, сначала низкая
strategy-sort-pipeline = сумма открытых сделок, сначала большая

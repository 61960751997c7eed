# deals
# Вид «Сделки», его форма и линза сделки (src/tui/views/deals*).

## The view and its keys
deals-view = Сделки
deals-keys-view = Сделки
deals-keys-group = Сделки
deals-keys-lens = линза сделки
deals-keys-clear-lens = снять линзу

## The table and the selected deal
deals-title = { $n ->
    [0] Сделки
    [one] Сделки ({ $n }, открытых: { $open })
    [few] Сделки ({ $n }, открытых: { $open })
    [many] Сделки ({ $n }, открытых: { $open })
   *[other] Сделки ({ $n }, открытых: { $open })
}
deals-title-lens = { $title } · линза: { $deal }
deals-empty = Сделок пока нет. Нажмите { $key }, чтобы добавить: у каждой сделки своя группа принятия решений из людей клиента.
deals-col-deal = Сделка
deals-col-stage = Этап
deals-col-value = Сумма
deals-col-close = Решение
deals-col-competitors = Конкуренты
deals-col-process = Процедура
deals-col-pull = Балл
deals-process-until = { $process } до { $date }
deals-no-role = без роли
deals-detail-none = Сделка не выбрана
deals-detail-hint = Space на сделке — смотреть на все виды через неё: её роли, балл, следующие шаги.
deals-detail-pull = Балл протаскивания { $score }/100 · { $flags ->
    [one] { $flags } тревожный сигнал
    [few] { $flags } тревожных сигнала
    [many] { $flags } тревожных сигналов
   *[other] { $flags } тревожного сигнала
}
deals-detail-no-own-roles = Роли — как у клиента в целом. Измените человека при включённой линзе, чтобы дать ему роли в этой сделке.
deals-detail-own-roles = Свои роли в сделке: { $roles }
deals-detail-next = Дальше: { $step }
deals-detail-no-next = Дальше: ни один отдельный шаг не поднимает балл.
deals-detail-lens-on = В линзе: все виды показывают роли и балл этой сделки. { $key } ещё раз — весь клиент.
deals-detail-lens-off = { $key } — смотреть на все виды через эту сделку (её роли, её балл).

## The deal form
deals-form-add = Новая сделка
deals-form-edit = Сделка «{ $name }»
deals-form-name = Название
deals-form-stage = Этап
deals-form-value = Сумма
deals-form-close = Срок решения
deals-form-competitors = Конкуренты
deals-form-process = Процедура
deals-form-quiet = Без контактов до
deals-discard-new = Не сохранять новую сделку?
deals-discard = Отменить изменения в сделке «{ $name }»?

## Edits and the lens, in the status bar
deals-delete-question = Удалить сделку { $name }?
deals-delete-detail = Люди сохранят свои роли у клиента. Отмена (u) всё вернёт.
deals-none-selected = Сделка не выбрана; { $key } — добавить.
deals-add-label = новая сделка { $name }
deals-edit-label = правка сделки { $name }
deals-delete-label = удаление сделки { $name }
deals-lens-on = Смотрим через сделку { $deal }: все виды показывают её роли и балл ({ $key } — весь клиент)
deals-lens-off = Снова весь клиент: все виды показывают роли у клиента
deals-lens-none = Линза сделки не включена
deals-header-lens = { $title } · Сделка: { $deal }

## The person form through a deal
deals-person-add = Новый человек · роли в сделке { $deal }
deals-person-edit = { $name } · роли в сделке { $deal }
deals-person-roles = Роли в сделке

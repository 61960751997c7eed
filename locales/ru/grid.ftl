# grid
# Матрица влияния и интереса.
grid-view-title = Матрица
grid-keys-view = матрица влияния и интереса
grid-keys-group = Матрица влияния и интереса
grid-keys-left = квадрант слева
grid-keys-right = квадрант справа
grid-keys-edit = изменить человека
grid-keys-since = сдвиги с…
grid-quadrant-manage-closely = Работать плотно
grid-quadrant-keep-satisfied = Держать довольными
grid-quadrant-keep-informed = Держать в курсе
grid-quadrant-monitor = Наблюдать
grid-quadrant-title = { $quadrant } · { $n }
grid-quadrant-nobody = никого
grid-more = ещё { $n }
grid-from = { $arrow } было: { $quadrant }
grid-axes = { $days ->
    [one] ↑ влияние: { $min }+ · → интерес: позиция не нейтральна, контакт за { $days } день
    [few] ↑ влияние: { $min }+ · → интерес: позиция не нейтральна, контакт за { $days } дня
    [many] ↑ влияние: { $min }+ · → интерес: позиция не нейтральна, контакт за { $days } дней
   *[other] ↑ влияние: { $min }+ · → интерес: позиция не нейтральна, контакт за { $days } дня
}
grid-moved-title = { $n ->
    [one] Сдвинулись с { $since } · { $n } человек
    [few] Сдвинулись с { $since } · { $n } человека
    [many] Сдвинулись с { $since } · { $n } человек
   *[other] Сдвинулись с { $since } · { $n } человека
}
grid-moved-line = { $arrow } { $name }: { $from } → { $to }
grid-moved-summary = { $n ->
    [one] Сдвинулись с { $since }: { $names }
    [few] Сдвинулись с { $since } ({ $n }): { $names }
    [many] Сдвинулись с { $since } ({ $n }): { $names }
   *[other] Сдвинулись с { $since } ({ $n }): { $names }
}
grid-moved-none = С { $since } никто не сдвинулся
grid-since-now = { $n ->
    [one] Сдвиги с { $since }: { $n } человек
    [few] Сдвиги с { $since }: { $n } человека
    [many] Сдвиги с { $since }: { $n } человек
   *[other] Сдвиги с { $since }: { $n } человека
}
grid-since-note = { $n ->
    [one] { $note } (сдвинулся { $n } человек)
    [few] { $note } (сдвинулись { $n } человека)
    [many] { $note } (сдвинулись { $n } человек)
   *[other] { $note } (сдвинулись { $n } человека)
}
grid-empty = Пока некого разместить. Матрица раскладывает людей клиента по влиянию и интересу (позиция не нейтральна и контакт недавний): добавьте людей клавишей a и укажите их влияние и позицию.
grid-detail-influence = влияние { $n }
grid-detail-seen = контакт { $day }
grid-detail-never-seen = контакта не было

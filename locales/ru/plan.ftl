# plan
# Вид «План» и его форма.
plan-view-title = План
plan-keys-view = план по клиенту
plan-keys-group = План по клиенту
plan-keys-add = добавить
plan-keys-edit = изменить
plan-keys-delete = удалить (u отменяет)
plan-keys-advance = следующий статус
plan-title = { $n ->
    [one] План по клиенту: { $n } инициатива
    [few] План по клиенту: { $n } инициативы
    [many] План по клиенту: { $n } инициатив
   *[other] План по клиенту: { $n } инициативы
}
plan-empty = План по ключевому клиенту — это совместная работа с клиентом помимо продаж: совместное планирование поставок, прогноз его спроса, снижение его затрат, совместная разработка и продвижение. Нажмите { $key }, чтобы добавить инициативу: с кем у клиента, кто у нас, к какому сроку и какой эффект в год.
plan-totals = Запланировано { $planned } ({ $planned_n }) · идёт { $running } ({ $running_n }) · сделано { $done } ({ $done_n })
plan-col-text = Инициатива
plan-col-kind = Вид
plan-col-owner = Отв.
plan-col-with = С кем
plan-col-status = Статус
plan-col-due = Срок
plan-col-value = Эффект
plan-form-add = Новая инициатива
plan-form-edit = Изменить инициативу
plan-form-text = Инициатива
plan-form-kind = Вид
plan-form-owner = Ответственный
plan-form-with = С кем
plan-form-status = Статус
plan-form-due = Срок
plan-form-value = Эффект в год
plan-form-nobody = (пока никто)
plan-form-discard-new = Отказаться от новой инициативы?
plan-form-discard = Отказаться от изменений инициативы?
plan-add-label = новая инициатива { $text }
plan-edit-label = правка инициативы { $text }
plan-delete-label = удаление инициативы { $text }
plan-delete-question = Удалить инициативу { $text }?
plan-status-label = инициатива { $text }: { $status }
plan-none-selected = Инициатива не выбрана
plan-status-final = Инициатива { $text }: { $status } — статус меняется в форме ({ $key })

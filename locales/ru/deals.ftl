# deals
# Вид «Сделки», его форма и линза сделки (src/tui/views/deals*).

# store
# Ошибки операционной системы — словами, понятными менеджеру (текст самой системы — в скобках).
store-io-storage-full = диск заполнен; освободите место и попробуйте снова
store-io-quota = ваша дисковая квота исчерпана; освободите место и попробуйте снова
store-io-permission = нет доступа: dmu не разрешено читать или писать там
store-io-read-only = диск доступен только для чтения
store-io-not-found = его не существует
store-io-exists = он уже существует
store-io-is-folder = это папка, а не файл
store-io-not-folder = часть пути — файл, а не папка
store-io-bad-name = система не допускает такое имя
store-io-with-system = { $plain } ({ $system })

# Папка данных и поиск аккаунтов.
store-no-data-dir = непонятно, где хранить ваши аккаунты (домашняя папка не найдена); укажите --data-dir PATH или задайте DMU_DATA_DIR
store-not-a-folder = { $path } — не папка; переместите это или выберите другое место через --data-dir
store-io-failed = не удалось { $what } { $path }: { $why }
store-unknown = ни один аккаунт не подходит под `{ $query }`{ $candidates }
store-ambiguous = под `{ $query }` подходит несколько аккаунтов; уточните{ $candidates }
# Что делал dmu, когда операция с файлом не удалась (после «не удалось»).
store-do-install-demo = установить демо-аккаунт в
store-do-read-folder = прочитать папку
store-do-create-account = создать файл аккаунта
store-do-create-folder = создать папку
store-do-trash = переместить в корзину
store-do-untrash = восстановить из корзины
store-do-remove-trashed = удалить после копирования в корзину
store-do-write = записать
store-needs-name = у аккаунта должно быть название
store-too-many-named = слишком много аккаунтов с названием вроде `{ $name }`; выберите другое название
store-no-accounts-yet = в { $folder } пока нет аккаунтов: `dmu new NAME` создаёт аккаунт, а `dmu` без аргументов открывает приложение с демо-аккаунтом
store-same-id-hint = { $n ->
    [one] { $n } файл содержит
    [few] { $n } файла содержат
    [many] { $n } файлов содержат
   *[other] { $n } файла содержат
} один и тот же id `{ $id }`: укажите один из них по имени файла ({ $some } или { $last }); `dmu check` подскажет, как исправить другой
store-candidate = { $name }  (slug `{ $slug }`, id `{ $id }`)
store-candidate-unreadable = `{ $slug }`  (не читается: { $why })
store-candidates-more = ... и ещё { $n } (`dmu list` покажет все)
store-exposed-many = { $n ->
    [one] { $n } файл или папку в вашей папке данных
    [few] { $n } файла и папки в вашей папке данных
    [many] { $n } файлов и папок в вашей папке данных
   *[other] { $n } файла и папки в вашей папке данных
}
store-exposed = Другие пользователи этого компьютера могут читать { $what }; чтобы ваши аккаунты были доступны только вам, выполните: chmod -R go-rwx { $root }

# Сохранение.
store-read-only-newer = только чтение: файл записан более новой версией dmu (схема { $schema }); обновите dmu, чтобы его редактировать
store-read-only-locked = только чтение: этот аккаунт редактируется в другом окне dmu
store-read-only = только чтение: { $why }
store-cannot-lock = аккаунт не удаётся заблокировать от второго окна ({ $why })
store-folder-not-writable = в папку нельзя записывать ({ $why })
store-foreign-owner = файл принадлежит другому пользователю (id { $uid }), и сохранение сделало бы его вашим; чтобы его редактировать, выполните: sudo chown $USER { $path }
store-changed-on-disk = файл на диске изменился с момента открытия; перечитайте его или сохраните свою версию как копию
store-not-saved = не сохранено: { $why }
store-too-big-to-save = аккаунт занял бы { $size } МБ — больше, чем { $max } МБ, допустимых для файла аккаунта; отмените последнее изменение
store-too-many-copies = копий этого аккаунта уже слишком много
# Название аккаунта, сохранённого копией рядом с изменившимся на диске.
store-copy-name = { $name } (копия)

# Чтение файла.
store-not-valid = файл некорректен
store-more-problems = { $first } (и ещё { $more }; `dmu check` перечислит все)
store-newer-note = { $message } (файл записан более новой версией dmu, версия формата { $schema }; эта версия знает { $known })
store-file-too-big = файл занимает { $size } МБ, а файл аккаунта — не больше { $max } МБ; это точно нужный файл?
store-cannot-read = файл не читается: { $why }
store-is-folder = это папка, а не файл аккаунта
store-not-regular = это не обычный файл (а устройство, канал или сокет), поэтому dmu его не читает; файл аккаунта — обычный файл .json
store-empty = файл пуст
store-cut-in-character = файл оборван посреди символа (он кончается слишком рано)
store-not-utf8 = файл — не текст в UTF-8 (здесь байт { $byte }); сохраните его в UTF-8
store-blank = файл пуст (только пробелы)
store-nul = в файле есть байт NUL; он повреждён или это не текстовый файл
store-merge-markers = этот файл в середине слияния git (метки конфликта в строке { $line }): выполните `dmu sync --resolve`, чтобы слить его заново по людям, или разрешите конфликт вручную (оставьте одну сторону каждого блока <<<<<<< … >>>>>>> и удалите строки с метками), или выполните `git merge --abort`; затем откройте файл снова
store-cut-off-backup = { $what }; `{ $name }` рядом с ним хранит версию до последнего сохранения: убедитесь, что она целая, и скопируйте её поверх этого файла
store-cut-off-no-backup = { $what }; резервной копии (`{ $name }`) рядом с ним нет: восстановите файл из своей копии или допишите его недостающий конец в текстовом редакторе
store-ends-early = файл кончается слишком рано — вероятно, он оборван
store-too-deep = значения вложены слишком глубоко; это не файл аккаунта
store-not-json = это некорректный JSON: { $what }
store-newer-unreadable = эта версия dmu не может его прочитать: { $message }; обновите dmu, чтобы его открыть
store-same-id-beside = { $name } рядом с ним
store-same-id = id `{ $id }` — это также id файла { $other }, то есть два файла содержат один и тот же аккаунт: если один из них копия, переместите его в корзину (удалите в dmu); если это разные аккаунты, дайте этому новый id

# Корзина.
store-not-account-file = { $path } — не файл аккаунта в { $folder }
store-trash-folder = { $path } — папка, а не файл аккаунта; переместите её вручную
store-does-not-exist = { $path } не существует
store-open-elsewhere = этот аккаунт открыт в окне dmu; закройте его там, прежде чем удалять
store-not-in-trash = { $path } — не аккаунт из корзины ({ $trash })
store-too-many-to-restore = слишком много аккаунтов с названием вроде `{ $slug }`; сначала переименуйте некоторые
store-trashed-unreadable = (не загружается)
store-trashed-line = { $name } · в корзине с { $when } · { $file }

# Несохранённые правки в файле восстановления.
store-recovery-not-folder = { $path } — не папка
store-recovery-cannot-create = не удалось создать папку: { $why }
store-recovery-unsafe = папка — ссылка, чужая или открыта другим пользователям; dmu не кладёт туда ваши правки
store-recovery-read-back = прочитанное обратно отличается от записанного; возможно, диск неисправен
store-recovery-too-many = файлов восстановления для этого аккаунта уже слишком много
store-recovery-nowhere = файл восстановления некуда сохранить: { $tried }
store-recovery-not-ours = { $path } — не файл восстановления dmu
store-recovery-trash-full = в корзине уже слишком много файлов восстановления
store-recovery-cannot-restore = нельзя восстановить в { $path }: { $why }; файл восстановления сохранён
store-recovery-restore-failed = не удалось восстановить в { $path }: { $why }; файл восстановления сохранён
store-recovery-no-name = нет свободного имени файла для восстановления
store-elsewhere-no-home = нет домашней папки, которую означает `~`; введите полный путь
store-elsewhere-folder = { $path } — это папка; добавьте имя файла, например demo-edits.json
store-elsewhere-inside = { $path } — внутри папки аккаунтов, где он будет принят за вторую копию аккаунта; выберите место вне { $accounts }
store-elsewhere-exists = { $path } уже существует; dmu никогда не перезаписывает здесь файлы, так что введите новое имя
store-elsewhere-failed = не удалось записать { $path }: { $why }

# Значение не того вида в файле аккаунта — словами формата файла.
store-serde-missing-field = нет обязательного поля { $field }
store-serde-duplicate-field = поле { $field } записано в одном объекте дважды; оставьте одно
store-serde-either = { $init } или { $last }
store-serde-the-word = слово { $word }
store-serde-one-of-words = одно из слов { $words }
store-serde-word-wanted = здесь ожидается { $word } в кавычках, а указано другое: { $found }
store-serde-empty-word = пустое слово ("")
store-serde-not-allowed = { $word } здесь не допускается
store-serde-not-allowed-use = { $word } здесь не допускается; используйте { $words }
store-serde-not-allowed-one-of = { $word } здесь не допускается; используйте одно из: { $words }
store-serde-too-large = это число слишком велико: здесь ожидается { $range }
store-serde-too-small = это число слишком мало: здесь ожидается { $range }
store-serde-write-whole = здесь ожидается { $want }: напишите { $whole }, а не { $raw }
store-serde-wrong = здесь ожидается { $want }, а указано другое: { $found }
store-found-number = число { $n }
store-found-number-cut = число { $n }…
store-found-text = текст { $text }
store-found-object = объект {"{"}…{"}"}
store-found-list = список […]
store-want-whole-range = целое число от { $min } до { $max }
store-want-whole-positive = целое число, 0 или больше
store-want-whole = целое число
store-want-number = число
store-want-text = текст в кавычках
store-want-bool = true или false
store-want-list = список […]
store-want-object = объект {"{"}…{"}"}
store-want-object-of = объект {"{"}…{"}"} ({ $what })
store-want-word = одно из слов, допустимых в формате, в кавычках
store-record-account = аккаунт
store-record-member = участник нашей команды
store-record-person = человек
store-record-coverage = запись об охвате
store-record-link = связь
store-record-follow-up = следующий шаг
store-record-demand = потребность
store-probe-word = здесь ожидается текст в кавычках (одно из слов, допустимых в формате)
store-probe-too-large = это число слишком велико, его нельзя прочитать (предел — около 1.8e308); впишите настоящее значение
store-probe-too-small = это число слишком мало, его нельзя прочитать (предел — около -1.8e308); впишите настоящее значение
store-lenient-object = здесь ожидается объект {"{"}…{"}"}
store-lenient-list = здесь ожидается список […]

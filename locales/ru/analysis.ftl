# analysis
# Списки в предложениях: «А, Б и В»; больше шести имён — «ещё N человек».
analysis-list-and = { $rest } и { $last }
analysis-list-others = { $n ->
    [one] ещё { $n } человек
    [few] ещё { $n } человека
    [many] ещё { $n } человек
   *[other] ещё { $n } человека
}
# Человек и его позиция: «Дана (сторонник)».
analysis-with-stance = { $name } ({ $stance })

# Этапы решения (заголовки столбцов, разделы отчёта).
analysis-stage-user = Пользователи
analysis-stage-influencer = Влияющие
analysis-stage-decider = ЛПР
analysis-stage-payer = Плательщики
analysis-stage-other = Остальные

# Краткие названия следующих шагов.
analysis-step-label-neutralise = нейтрализовать
analysis-step-label-test_champion = проверить чемпиона
analysis-step-label-multi_thread = расширить контакты
analysis-step-label-introduce = познакомить
analysis-step-label-technical_peer = технический специалист
analysis-step-label-verify = проверить
analysis-step-label-meet = встретиться
analysis-step-label-raise_stance = переубедить
analysis-step-label-cover = взять в работу

# Тревожные сигналы. $n — сколько людей называет предложение (для числа глагола).
analysis-flag-no-user = Никто не отмечен как пользователь: предложению не с кого начать путь.
analysis-flag-no-decider = Никто не отмечен как ЛПР: выясните, кто принимает решение.
analysis-flag-no-payer = Никто не отмечен как плательщик: выясните, кто утверждает бюджет и платит.
analysis-flag-no-champion = Чемпиона нет: никто внутри клиента не продвигает наше предложение за нас.
analysis-flag-decider-uncovered = { $n ->
    [one] Никто из нашей команды не работает с ЛПР: { $names }.
    [few] Никто из нашей команды не работает с этими ЛПР: { $names }.
    [many] Никто из нашей команды не работает с этими ЛПР: { $names }.
   *[other] Никто из нашей команды не работает с этими ЛПР: { $names }.
}
analysis-flag-payer-uncovered = { $n ->
    [one] Никто из нашей команды не работает с плательщиком: { $names }.
    [few] Никто из нашей команды не работает с плательщиками: { $names }.
    [many] Никто из нашей команды не работает с плательщиками: { $names }.
   *[other] Никто из нашей команды не работает с плательщиками: { $names }.
}
analysis-flag-single-threaded = Наша команда знает только одного человека — { $name }: если он уйдёт или станет противником, мы потеряем клиента.
analysis-flag-nobody-covered = Наша команда ни с кем не работает у этого клиента.
analysis-flag-blocker = { $n ->
    [one] Может заблокировать решение: { $whys }.
    [few] Могут заблокировать решение: { $whys }.
    [many] Могут заблокировать решение: { $whys }.
   *[other] Могут заблокировать решение: { $whys }.
}
analysis-blocker-opponent = противник
analysis-blocker-skeptic = скептик с влиянием { $influence }
analysis-blocker-holds = { $name } ({ $stance }, { $role ->
    [decider] ЛПР
   *[payer] плательщик
})
analysis-blocker-sways = { $name } ({ $stance }, влияет на { $role ->
    [decider] ЛПР
   *[payer] плательщика
} { $target })
analysis-flag-veto-holds = Пока { $names } не { $n ->
    [one] нейтрализован
    [few] нейтрализованы
    [many] нейтрализованы
   *[other] нейтрализованы
}, оценка не поднимется выше { $ceiling }.
analysis-flag-push-only = Мы знаем только людей из закупок ({ $names }): проталкиваем предложение через закупки, вместо того чтобы «протащить» его от пользователей.
analysis-flag-stale = Нет контакта дольше { $days ->
    [one] { $days } дня
    [few] { $days } дней
    [many] { $days } дней
   *[other] { $days } дня
}: { $items }.
analysis-stale-last = { $name } (последний — { $date })
analysis-stale-never = { $name } (ни разу)
analysis-flag-unknown-stance = { $n ->
    [one] Мы не знаем позицию этого человека, а без него решение не принять: { $names }.
    [few] Мы не знаем позицию этих людей, а без них решение не принять: { $names }.
    [many] Мы не знаем позицию этих людей, а без них решение не принять: { $names }.
   *[other] Мы не знаем позицию этих людей, а без них решение не принять: { $names }.
}
analysis-flag-path-broken = Ни одна цепочка влияния не доходит до плательщиков ({ $names }): предложению не пройти от наших пользователей к тем, кто платит.
analysis-flag-no-technical-peer = С этими людьми общаются только нетехнические коллеги: { $items }. Отправьте к ним технического специалиста.
analysis-in-department = { $name } ({ $department })
analysis-with-influence = { $name } (влияние { $influence })
analysis-flag-hidden-power = Влияют на решение, но никто из нашей команды с ними не знаком: { $items }.
analysis-flag-champion-leaving = { $items }: выстройте отношения с другими людьми клиента, пока предложение не потеряло голос.
analysis-leaving-left-on = { $name } (не работает с { $date })
analysis-leaving-has-left = { $name } (уже не работает)
analysis-leaving-leaves-on = { $name } (уходит { $date })
analysis-leaving-is-leaving = { $name } (уходит)
analysis-flag-new-player = { $n ->
    [one] { $items }: никто ещё не видел, какую позицию этот человек занимает в новой роли.
    [few] { $items }: никто ещё не видел, какую позицию они занимают в новых ролях.
    [many] { $items }: никто ещё не видел, какую позицию они занимают в новых ролях.
   *[other] { $items }: никто ещё не видел, какую позицию они занимают в новых ролях.
}
analysis-new-since = { $name } (в новой роли с { $date })
analysis-new = { $name } (в новой роли)
analysis-flag-weak-champion = { $n ->
    [one] { $items }: не вытянет решение — это коуч, а не чемпион.
    [few] { $items }: не вытянут решение — это коучи, а не чемпионы.
    [many] { $items }: не вытянут решение — это коучи, а не чемпионы.
   *[other] { $items }: не вытянут решение — это коучи, а не чемпионы.
}
analysis-weak-no-link = { $name } (нет связи с ЛПР или плательщиком)
analysis-flag-unverified = Поддержка не подтверждена: { $items }. Убедитесь в ней лично.
analysis-unverified-item = { $name } ({ $stance }, { $why })
analysis-why-before-new-role = оценка до новой роли
analysis-why-assumed = предположение
analysis-why-days-old = { $days ->
    [one] оценке { $days } день
    [few] оценке { $days } дня
    [many] оценке { $days } дней
   *[other] оценке { $days } дня
}
analysis-why-undated = без даты
analysis-flag-competitor-coach = { $whys }: у конкурента есть союзник среди тех, кто принимает решение.
analysis-coach-favours = { $name } на стороне { $rival }
analysis-coach-favours-sways = { $name } на стороне { $rival } и влияет на { $target }

# Следующие шаги: что сделать и с кем; $role — одно из analysis-role-* или пусто.
# Имена не склоняются, поэтому стоят после слов «контакт», «сотрудник», «человек».
analysis-role-decider-payer = {" "}(ЛПР и плательщик)
analysis-role-decider = {" "}(ЛПР)
analysis-role-payer = {" "}(плательщик)
analysis-role-influence = {" "}(влияние { $influence })
analysis-step-meet = Встретьтесь: { $who }{ $role } — никто из нашей команды ещё не выходил на связь
analysis-step-introduce = Попросите контакт { $via } познакомить сотрудника { $member } с человеком { $who }{ $role }: они связаны
analysis-step-test-champion = Проверьте чемпиона { $via }: попросите устроить нам встречу с человеком { $who }{ $role }; чемпион, который не может этого, — лишь коуч
analysis-step-multi-thread = { $via } уходит: попросите до этого познакомить нас с человеком { $who }{ $role }
analysis-step-multi-thread-on = { $via } уходит { $date }: попросите до этого познакомить нас с человеком { $who }{ $role }
analysis-step-verify = Проверьте лично, правда ли { $who } — { $stance }: это { $basis }, { $age }
analysis-step-technical-peer = Отправьте сотрудника { $member } к человеку { $who }{ $role }, которого знают только нетехнические коллеги, чтобы лично подтвердить его мнение
analysis-step-neutralise = Нейтрализуйте сопротивление: { $who }{ $role } — { $grounds }; отвечайте на возражения, пока этот человек не перестанет работать против нас
analysis-grounds-favours = на стороне { $rival }
analysis-grounds-stance = { $stance ->
    [opponent] противник
    [unknown] позиция неизвестна
    [influencer] влияющий
    [champion] чемпион
    [supporter] сторонник
    [neutral] нейтрален
   *[skeptic] скептик
}
analysis-step-raise-stance = Переубедите: { $who } ({ $from } → { $to })
analysis-step-cover = Поручите сотруднику { $member } работу с пользователем { $who }: его пока никто из нашей команды не знает
analysis-through-chain = ; это усиливает цепочку { $chain } ({ $side ->
    [decider] ЛПР
   *[payer] плательщик
} { $target })
analysis-through-closer = ; так предложение ближе к { $side ->
    [decider] ЛПР
   *[payer] плательщику
} — { $who }
analysis-through-screen = ; как привратник этот человек отсеивает предложения на пути к ЛПР
analysis-lifts-veto = ; это снимает последнее вето, которое держит оценку ниже { $ceiling }

# История решения по этапам.
analysis-story-no-influencers = Влияющие не отмечены: неизвестно, кто донесёт предложение от пользователей до ЛПР.
analysis-story-influencers-off-path = Ни одна цепочка влияния не проходит через влияющих ({ $listed }): предложение идёт в обход них или не идёт вовсе.
analysis-story-influencers-carry = { $n ->
    [one] Несёт предложение к ЛПР и плательщикам: { $listed }.
    [few] Несут предложение к ЛПР и плательщикам: { $listed }.
    [many] Несут предложение к ЛПР и плательщикам: { $listed }.
   *[other] Несут предложение к ЛПР и плательщикам: { $listed }.
}
analysis-story-deciders-pay = { $n ->
    [one] { $listed } решает и сам платит, поэтому о выборе рассказано у плательщиков.
    [few] { $listed } решают и сами платят, поэтому о выборе рассказано у плательщиков.
    [many] { $listed } решают и сами платят, поэтому о выборе рассказано у плательщиков.
   *[other] { $listed } решают и сами платят, поэтому о выборе рассказано у плательщиков.
}
analysis-story-no-deciders = ЛПР не отмечены: неизвестно, кто делает выбор.
analysis-story-no-payers = Плательщики не отмечены: неизвестно, кто утверждает деньги.
analysis-story-starts-with-one = предложение начинает путь с пользователя, у которого есть и более поздняя роль: { $listed }
analysis-story-starts-with-many = предложение начинает путь с пользователей, у которых есть и более поздние роли: { $listed }
analysis-story-users-all-later = У каждого пользователя есть и более поздняя роль, поэтому предложение начинает путь в следующем столбце.
analysis-story-users-all-later-start = У каждого пользователя есть и более поздняя роль: { $start }.
analysis-story-no-users = Пользователи не отмечены: предложению неоткуда начать путь.
analysis-story-users-uncovered = Наша команда не работает ни с одним пользователем ({ $listed }), поэтому { $start }.
analysis-story-cannot-start = с них предложение начать не может
analysis-story-start-further-up = самые сильные цепочки начинаются выше
analysis-story-we-know-but = Мы знаем: { $listed }, но { $start }.
analysis-story-we-know-no-chain = Мы знаем: { $listed }, но от них ни одна цепочка не ведёт к ЛПР или плательщику.
analysis-story-we-know-no-chain-start = Мы знаем: { $listed }, но от них не ведёт ни одна цепочка; { $start }.
analysis-story-users-start = Предложение начинает путь с пользователей, с которыми работает наша команда: { $listed }.
analysis-story-pull-stops = Протаскивание останавливается до { $role ->
    [decider] ЛПР
   *[payer] плательщиков
}: ни одна цепочка влияния не доходит до них ({ $listed }).
analysis-story-reaches = Предложение доходит до человека { $target } ({ $role ->
    [decider] ЛПР
   *[payer] плательщик
}) по цепочке { $chain } с силой { $strength }
analysis-story-weakest-hop = ; самое слабое звено — { $from } -> { $to }
analysis-story-also-reach = {" "}Цепочки доходят и до: { $names }.
analysis-story-not-reached = {" "}Ни одна цепочка влияния не доходит до: { $listed }.

# Когда ни один шаг не поднимает оценку.
analysis-stuck-no-decider = Ни один шаг не поднимает оценку: никто не отмечен как ЛПР. Выясните, кто делает выбор, и присвойте ему эту роль.
analysis-stuck-no-payer = Ни один шаг не поднимает оценку: никто не отмечен как плательщик. Выясните, кто утверждает деньги, и присвойте ему эту роль.
analysis-stuck-no-team = Ни один шаг не поднимает оценку: у клиента нет нашей команды. Добавьте, кто с нашей стороны кого знает (вид «Команда»), чтобы шагам было кого отправить.
analysis-stuck-vetoes = Ни один шаг не поднимает оценку: каждый из них может наложить вето ({ $names }), поэтому оценка остаётся под потолком, пока все они не нейтрализованы.
analysis-stuck-no-user = Ни один шаг не поднимает оценку: никто не отмечен как пользователь, и предложению неоткуда начать путь. Отметьте, кто пользуется тем, что мы продаём.
analysis-stuck-users-uncovered = Ни один шаг не поднимает оценку: никто из нашей команды не работает с пользователями ({ $names }), и предложению неоткуда начать путь.
analysis-stuck-no-chain = Ни один шаг не поднимает оценку: от пользователей, с которыми мы работаем ({ $starts }), ни одна цепочка связей не ведёт к: { $unreached }. Отметьте, кто на кого влияет или кому подчиняется, или недостающую связь.
analysis-stuck-saturated = Ни один шаг не добавляет целого балла: цепочки так сильны, как их может сделать один шаг; работайте с несколькими людьми сразу или отметьте недостающие связи.

# Отчёт (`dmu report`): текст и Markdown.
analysis-report-title = { $name } ({ $id }): оценка протаскивания { $score }/100
analysis-report-title-md = # { $name }: оценка протаскивания { $score }/100
analysis-report-paths = Цепочки влияния
analysis-report-no-paths = нет: ни одна цепочка не ведёт от пользователя, с которым мы работаем, к ЛПР или плательщику
analysis-report-no-paths-md = Нет: ни одна цепочка не ведёт от пользователя, с которым мы работаем, к ЛПР или плательщику.
analysis-report-path = к { $role ->
    [decider] ЛПР
   *[payer] плательщику
} { $target }: { $chain } (сила { $strength }, самое слабое звено { $weak }, уверенность { $sure }%)
analysis-report-path-md = к { $role ->
    [decider] ЛПР
   *[payer] плательщику
} **{ $target }**: { $chain } (сила { $strength }, самое слабое звено { $weak }, уверенность { $sure }%)
analysis-report-flags = Тревожные сигналы
analysis-report-none = нет
analysis-report-none-md = Нет.
analysis-report-next = Лучшие следующие контакты
analysis-report-stuck = нет. { $why }
analysis-report-stuck-md = Нет. { $why }
analysis-report-push = Путь проталкивания (только закупки): { $names }
analysis-report-push-md = Путь проталкивания
analysis-report-push-md-line = Только закупки: { $names }
analysis-report-stages = По этапам

# Тревожные сигналы портфеля.
analysis-portfolio-concentration = Выручка сосредоточена: крупнейший клиент приносит { $top1 }, три крупнейших — { $top3 }, индекс концентрации — { $hhi } (сигнал подаётся выше { $top3max } у трёх крупнейших или при индексе выше { $hhimax }).
analysis-portfolio-never-contacted = там ещё ни с кем не связывались
analysis-portfolio-last-contact = { $days ->
    [one] последний контакт был { $days } день назад
    [few] последний контакт был { $days } дня назад
    [many] последний контакт был { $days } дней назад
   *[other] последний контакт был { $days } дня назад
}
analysis-portfolio-neglected = { $name } — клиент уровня «{ $tier }» с потенциалом в верхней четверти портфеля, но { $quiet }.
analysis-portfolio-rising = { $name }: { $message }
analysis-portfolio-low-score = оценка протаскивания { $score } (ниже { $min })
analysis-portfolio-blocked = противник или скептик блокирует решение
analysis-portfolio-payer-unknown = никто из нашей команды не знает плательщика
analysis-portfolio-key-at-risk = Ключевой клиент { $name } под угрозой: { $why }.
analysis-portfolio-mixed-main-settings = портфель считается в { $main } — основной валюте ваших настроек
analysis-portfolio-mixed-main-most = портфель считается в { $main }: { $users ->
    [one] её использует { $users }
    [few] её используют { $users }
    [many] её используют { $users }
   *[other] её используют { $users }
} из { $of } клиентов с указанной валютой (чтобы считать в другой, задайте основную валюту в настройках)
analysis-portfolio-mixed = { $n ->
    [one] { $who } не входит в доли, концентрацию и рейтинг потенциала: выручка указана в другой валюте, а суммы в двух валютах складывать нельзя; { $why }.
    [few] { $who } не входят в доли, концентрацию и рейтинг потенциала: выручка указана в другой валюте, а суммы в двух валютах складывать нельзя; { $why }.
    [many] { $who } не входят в доли, концентрацию и рейтинг потенциала: выручка указана в другой валюте, а суммы в двух валютах складывать нельзя; { $why }.
   *[other] { $who } не входят в доли, концентрацию и рейтинг потенциала: выручка указана в другой валюте, а суммы в двух валютах складывать нельзя; { $why }.
}
analysis-portfolio-duplicate = В файлах { $that }.json и { $this }.json один и тот же клиент ({ $name }, id `{ $id }`), поэтому портфель учитывает только { $that }.json (первый по имени файла). Если { $this }.json — копия, переместите его в корзину; если это другой клиент, дайте ему новый id.
analysis-portfolio-demands-up = { $recent ->
    [one] { $recent } требование
    [few] { $recent } требования
    [many] { $recent } требований
   *[other] { $recent } требования
} сверх договора за последние { $window } дн., а за { $window } дн. до этого — { $before }.
analysis-portfolio-demands-granted = мы выполнили { $granted } из { $total } требований сверх договора за последние { $days } дн.

# `dmu portfolio`, `dmu agenda` и команда — текстом.
analysis-portfolio-head = Портфель на { $date }: { $accounts }, выручка { $revenue }; крупнейший клиент { $top1 }%, три крупнейших { $top3 }%, ИХХ { $hhi }
analysis-portfolio-no-flags = Тревожных сигналов по портфелю нет.
analysis-portfolio-unmapped = Люди ещё не внесены, поэтому оценки по людям нет: { $names }.
analysis-portfolio-col-account = КЛИЕНТ
analysis-portfolio-col-tier = УРОВЕНЬ
analysis-portfolio-col-revenue = ВЫРУЧКА
analysis-portfolio-col-share = ДОЛЯ
analysis-portfolio-col-potential = ПОТЕНЦИАЛ
analysis-portfolio-col-score = ОЦЕНКА
analysis-portfolio-col-flags = ФЛАГИ
analysis-portfolio-col-contact = КОНТАКТ
analysis-portfolio-col-open = ОТКР.
analysis-portfolio-col-overdue = ПРОСРОЧ.
analysis-portfolio-never = никогда
analysis-agenda-empty = Открытых задач нет.
analysis-agenda-overdue = { $date } ПРОСРОЧЕНО { $days } дн.
analysis-agenda-with = {" "}(с человеком { $name })
analysis-team-line = { $name } работает с: { $people }; { $open ->
    [one] { $open } открытая задача
    [few] { $open } открытые задачи
    [many] { $open } открытых задач
   *[other] { $open } открытой задачи
} ({ $overdue } просрочено); { $accounts }

# `dmu portfolio` и `dmu agenda` в командной строке.
analysis-cli-skipped = пропущен (запустите `dmu check`): { $why }
analysis-cli-nobody-yet = (пока никого)
analysis-cli-no-such-owner = в команде нет никого по имени `{ $owner }`; команда: { $team }

# Что делает каждый вес и порог модели протаскивания (`ключ = значение: смысл`).
analysis-setting-link-strong = вес сильной связи `influences`
analysis-setting-link-medium = вес средней связи `influences`
analysis-setting-link-weak = вес слабой связи `influences`
analysis-setting-reports-to = вес связи `reports_to`, если связь `influences` не весит больше
analysis-setting-stance-champion = какую часть аргументов передаёт дальше чемпион
analysis-setting-stance-supporter = какую часть аргументов передаёт дальше сторонник
analysis-setting-stance-neutral = какую часть аргументов передаёт дальше нейтральный человек
analysis-setting-stance-unknown = какую часть аргументов передаёт дальше человек с неизвестной позицией
analysis-setting-stance-skeptic = какую часть аргументов передаёт дальше скептик
analysis-setting-stance-opponent = какую часть аргументов передаёт дальше противник (0 — блокирует)
analysis-setting-start-strong = стартовый множитель пользователя, с которым мы работаем плотно
analysis-setting-start-medium = стартовый множитель пользователя, с которым мы работаем средне
analysis-setting-start-weak = стартовый множитель пользователя, с которым мы работаем слабо
analysis-setting-stale-days = через сколько дней без контакта ЛПР, плательщик или чемпион считается забытым
analysis-setting-blocker-skeptic-influence = наименьшее влияние, при котором скептик может заблокировать решение
analysis-setting-blocker-link-strength = самая слабая связь `influences` с ЛПР или плательщиком, через которую противник может заблокировать решение
analysis-setting-cover-strength = сила охвата, которую предлагает шаг «взять в работу»
analysis-setting-next-best-limit = сколько лучших следующих контактов показывать
analysis-setting-technical-words = начала слов, по которым отдел считается техническим
analysis-setting-technical-functions = функции нашей команды, которые считаются техническими специалистами
analysis-setting-basis-observed = какая часть оценки, которую мы видели сами, идёт в расчёт
analysis-setting-basis-reported = какая часть оценки со слов других идёт в расчёт
analysis-setting-basis-assumed = какая часть предположения идёт в расчёт
analysis-setting-half-life-days = через сколько дней оценка весит вдвое меньше (она угасает к «неизвестно»)
analysis-setting-veto-ceiling = наибольшая оценка, пока у кого-то есть вето
analysis-setting-access-none = какая часть аргументов доходит до ЛПР или плательщика, с которым никто не работает
analysis-setting-access-weak = … до ЛПР или плательщика, с которым работают слабо
analysis-setting-access-medium = … с которым работают средне
analysis-setting-access-strong = … с которым работают плотно
analysis-setting-side-power = степень среднего по ЛПР и по плательщикам (1 — простое среднее; меньше — слабейшие весят больше)
analysis-setting-hidden-power-influence = наименьшее влияние, при котором человек без охвата считается скрытой силой

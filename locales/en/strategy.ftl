# strategy
# Deal rules in the analysis, the pipeline, the plan sums and margins in the portfolio, the one-page account plan.

## The deal rules in the analysis

strategy-quiet-no-steps = No steps with the customer's people: the tender { $deal } is in its quiet period until { $until }{ $n ->
    [0] .
    [one] , so { $n } step is held back until then.
   *[other] , so { $n } steps are held back until then.
}
strategy-flag-quiet-breach = The tender { $deal } forbids contact until { $until }: { $items }.
strategy-quiet-follow-up = a follow-up with { $name } is due { $due } ({ $text })
strategy-quiet-contact = { $name } was contacted on { $date }
strategy-flag-close-low = { $n ->
    [one] A deal closes
   *[other] Deals close
} with a pull score below { $min }: { $items }.
strategy-close-in = { $deal } on { $date } (in { $days ->
    [one] { $days } day
   *[other] { $days } days
}, score { $score })
strategy-close-passed = { $deal }, whose close date { $date } has passed (score { $score })
strategy-setting-close-days = days before an open deal's close date from which it counts as closing
strategy-setting-close-score-min = lowest pull score a closing deal may have without a red flag

## The report through a deal

strategy-report-deal = Deal: { $name } ({ $facts })
strategy-report-closes = closes { $date }
strategy-cli-no-deal = The account has no deal "{ $query }". { $n ->
    [0] It has no deals yet.
   *[other] Its deals: { $deals }.
}
strategy-cli-deal-ambiguous = "{ $query }" names more than one deal: { $deals }. Give the deal's id.
cli-help-report-arg-deal = Look through one deal: its people's roles in it, and its rules (id or name)

## The portfolio

strategy-portfolio-margin-squeeze = Key account { $name } earns us a margin of { $margin }, well below the portfolio's { $mean }, while it asks for ever more: { $why }

## The account plan (Markdown export)

strategy-md-margin = Margin
strategy-md-deals = Deals
strategy-md-deal-columns = | Deal | Stage | Process | Value | Close | Pull score |
strategy-md-quiet-until = { $process }, no contact until { $until }
strategy-md-plan = Account plan
strategy-md-plan-columns = | Initiative | Kind | Owner | With | Status | Due | Value a year |
strategy-md-plan-sums = Planned (ideas and agreed): { $planned } · running: { $running } · done: { $done }
strategy-md-risks = Risks
strategy-md-margin-rising = Our margin here is { $margin } while the customer asks for ever more: { $why }
cli-help-export-arg-today = Judge the account plan's scores and risks against this day instead of today (YYYY-MM-DD)
strategy-portfolio-col-margin = MARGIN
strategy-portfolio-mean-margin = Margin across the portfolio, weighted by revenue: { $margin }
strategy-portfolio-at-risk = Revenue at risk if key accounts showing the signs drop their status: { $risk } of { $key } from key accounts
strategy-portfolio-pipeline = Pipeline (open deals by stage):
strategy-count-deals = { $n ->
    [one] { $n } deal
   *[other] { $n } deals
}
strategy-portfolio-mean-score = mean score { $score }
strategy-portfolio-plan = Account plans (value a year):
strategy-portfolio-plan-line = planned { $planned }, running { $running }
strategy-portfolio-plan-total = Total

## The portfolio screen

strategy-tui-title = Deals and plans
strategy-tui-col-margin = Margin
strategy-tui-margin = Margin { $margin }
strategy-tui-at-risk = At risk { $risk } of { $key }
strategy-tui-pipeline = Pipeline { $n ->
    [one] { $n } deal
   *[other] { $n } deals
} { $value }
strategy-tui-plan = Plans { $planned } planned, { $running } running
strategy-tui-pipeline-head = Open deals by stage
strategy-tui-stage = { $stage }: { $n } · { $value } · score { $score }
strategy-tui-plan-head = Account plans by kind (a year)
strategy-tui-kind = { $kind }: { $planned } planned, { $running } running
strategy-tui-col-pipeline = Open deals
strategy-sort-margin = margin, lowest first
strategy-sort-pipeline = open deals' value, largest first

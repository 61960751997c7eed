# plan
# The account plan view and its form.
plan-view-title = Plan
plan-keys-view = account plan
plan-keys-group = Account plan
plan-keys-add = add
plan-keys-edit = edit
plan-keys-delete = delete (u undoes)
plan-keys-advance = next status
plan-title = { $n ->
    [one] Account plan: { $n } initiative
   *[other] Account plan: { $n } initiatives
}
plan-empty = The account plan is the work we do with the customer beyond selling: planning deliveries together, forecasting their demand, cutting their costs, developing and promoting products jointly. Press { $key } to add an initiative, with whom on their side, who on ours, by when and what it is worth a year.
plan-totals = Planned { $planned } ({ $planned_n }) · running { $running } ({ $running_n }) · done { $done } ({ $done_n })
plan-col-text = Initiative
plan-col-kind = Kind
plan-col-owner = Owner
plan-col-with = With
plan-col-status = Status
plan-col-due = Due
plan-col-value = Value
plan-form-add = Add initiative
plan-form-edit = Edit initiative
plan-form-text = Initiative
plan-form-kind = Kind
plan-form-owner = Owner
plan-form-with = With
plan-form-status = Status
plan-form-due = Due
plan-form-value = Value a year
plan-form-nobody = (nobody yet)
plan-form-discard-new = Drop this new initiative?
plan-form-discard = Drop your changes to this initiative?
plan-add-label = add initiative { $text }
plan-edit-label = edit initiative { $text }
plan-delete-label = delete initiative { $text }
plan-delete-question = Delete initiative { $text }?
plan-status-label = initiative { $text }: { $status }
plan-none-selected = No initiative is selected
plan-status-final = Initiative { $text } is { $status }: change its status in the form ({ $key })

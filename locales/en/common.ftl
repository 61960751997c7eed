# common
# Shared words: dates and numbers in forms.
date-problem-shape = write the date as YYYY-MM-DD or DD.MM.YYYY (or today, +7d, -1w)
date-problem-no-such-day = there is no such day in the calendar
date-problem-out-of-range = that is too far from today

# Counts used across the app.
count-accounts = { $n ->
    [one] { $n } account
   *[other] { $n } accounts
}
count-people = { $n ->
    [one] { $n } person
   *[other] { $n } people
}

# The labels of the file format's vocabularies (model/kinds.rs): kind-<vocabulary>-<file word>.
kind-role-user = User
kind-role-influencer = Influencer
kind-role-decider = Decider
kind-role-payer = Payer
kind-role-buyer = Buyer
kind-role-gatekeeper = Gatekeeper
kind-role-initiator = Initiator
kind-stance-champion = Champion
kind-stance-supporter = Supporter
kind-stance-neutral = Neutral
kind-stance-skeptic = Skeptic
kind-stance-opponent = Opponent
kind-stance-unknown = Unknown
kind-strength-weak = Weak
kind-strength-medium = Medium
kind-strength-strong = Strong
kind-tier-key = Key
kind-tier-growth = Growth
kind-tier-maintain = Maintain
kind-tier-prospect = Prospect
kind-function-sales = Sales
kind-function-technical = Technical
kind-function-service = Service
kind-function-management = Management
kind-function-other = Other
kind-link-reports_to = reports to
kind-link-influences = influences
kind-demand-service = Extra service
kind-demand-price = Price concession
kind-demand-terms = Special terms
kind-demand-other = Other
kind-basis-observed = Observed
kind-basis-reported = Reported
kind-basis-assumed = Assumed
kind-status-active = Active
kind-status-new = New
kind-status-leaving = Leaving
kind-status-left = Left

# A role's one-letter badge in tables; unique per role.
role-badge = { $role ->
    [user] U
    [influencer] I
    [decider] D
    [payer] P
    [buyer] B
    [gatekeeper] G
   *[initiator] N
}

# Deal stages, processes, and the account plan's kinds and statuses.
kind-deal-stage-lead = Lead
kind-deal-stage-qualified = Qualified
kind-deal-stage-proposal = Proposal
kind-deal-stage-negotiation = Negotiation
kind-deal-stage-won = Won
kind-deal-stage-lost = Lost
kind-process-open = Open
kind-process-tender = Tender
kind-plan-kind-cost_reduction = Cost reduction
kind-plan-kind-delivery_planning = Delivery planning
kind-plan-kind-demand_forecast = Demand forecast
kind-plan-kind-joint_development = Joint development
kind-plan-kind-joint_promotion = Joint promotion
kind-plan-kind-other = Other
kind-plan-status-idea = Idea
kind-plan-status-agreed = Agreed
kind-plan-status-running = Running
kind-plan-status-done = Done
kind-plan-status-dropped = Dropped

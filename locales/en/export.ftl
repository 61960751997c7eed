# export
# Graphs (DOT, Mermaid): the title, the node lines and the legend.
export-title = { $name }: decision-making unit
export-influence = influence { $influence }/5
export-legend = Legend
export-legend-reports-to = solid grey, hollow arrow: reports to
export-legend-influences = dashed blue: influences (thicker = stronger)

# The Markdown summary of an account.
export-md-industry = Industry
export-md-tier = Tier
export-md-revenue = Annual revenue
export-md-potential = Potential
export-md-dmu = Decision-making unit
# One section per role; $role is the role's file word.
export-md-role-heading = { $role ->
    [user] Users
    [influencer] Influencers
    [decider] Deciders
    [payer] Payers
    [buyer] Buyers
    [gatekeeper] Gatekeepers
   *[initiator] Initiators
}
export-md-no-role = No role recorded
export-md-nobody-yet = Nobody recorded yet.
export-md-people-columns = | Name | Title | Department | Roles | Stance | Influence | Covered by | Status | Favours | Contact |
export-md-status-since = { $status } since { $date }
export-md-status-on = { $status } on { $date }
export-md-team = Our team and coverage
export-md-no-team = No team members recorded yet.
export-md-team-columns = | Member | Function | Covers |
export-md-uncovered = Nobody on our team covers: { $names }.
export-md-links = Links
export-md-reports-to = Reports to
export-md-influences = Influences
export-md-none-yet = None recorded yet.
export-md-follow-ups = Open follow-ups
export-md-follow-up-columns = | Due | Follow-up | Owner | With |
export-md-demands = Demands beyond the contract
export-md-demand-columns = | Date | Kind | Demand | Granted |
export-md-yes = yes
export-md-no = no

# `dmu list` and `dmu show`: accounts as text tables.
export-list-name = NAME
export-list-tier = TIER
export-list-people = PEOPLE
export-list-revenue = REVENUE
export-list-file = FILE
export-list-unreadable = (cannot be read)
export-list-empty = (no accounts)
export-show-tier = tier { $tier }
export-show-revenue = revenue { $amount }
export-show-potential = potential { $amount }
export-show-id-file = id { $id } · file { $file }
export-show-team = Our team ({ $n })
export-show-people = People ({ $n })
export-show-col-name = NAME
export-show-col-title = TITLE
export-show-col-roles = ROLES
export-show-col-stance = STANCE
export-show-col-influence = INFLUENCE
export-show-col-covered-by = COVERED BY
export-show-nobody = nobody
export-show-links = Links ({ $n })
export-show-follow-ups = Follow-ups ({ $n })
export-show-due = due { $date }
export-show-done = done { $date }
export-show-with = , with { $name }
export-show-demands = Demands ({ $n })
export-show-deals = Deals ({ $n })
export-show-closes = closes { $date }
export-show-quiet = no contact until { $date }
export-show-competitors = against { $names }
export-show-plan = Account plan ({ $n })
export-show-with-person = with { $name }
export-show-margin = margin { $margin }%
export-show-granted = granted
export-show-not-granted = not granted

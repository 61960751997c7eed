# analysis
# Lists in sentences: "A, B and C"; past six names, "N others".
analysis-list-and = { $rest } and { $last }
analysis-list-others = { $n ->
    [one] { $n } other
   *[other] { $n } others
}
# A person with how they stand: "Dana (supporter)".
analysis-with-stance = { $name } ({ $stance })

# The stages of the decision (column headings, report sections).
analysis-stage-user = Users
analysis-stage-influencer = Influencers
analysis-stage-decider = Deciders
analysis-stage-payer = Payers
analysis-stage-other = Others

# Short labels of the next steps.
analysis-step-label-neutralise = neutralise
analysis-step-label-test_champion = test champion
analysis-step-label-multi_thread = multi-thread
analysis-step-label-introduce = introduce
analysis-step-label-technical_peer = technical peer
analysis-step-label-verify = verify
analysis-step-label-meet = meet
analysis-step-label-raise_stance = win over
analysis-step-label-cover = cover

# Red flags. $n is how many people a sentence names (for the verb's number).
analysis-flag-no-user = Nobody is recorded as a user, so the case has nobody to start from.
analysis-flag-no-decider = Nobody is recorded as a decider: find out who makes the choice.
analysis-flag-no-payer = Nobody is recorded as a payer: find out who approves and pays.
analysis-flag-no-champion = Nobody is a champion: nobody inside the account sells the case for us.
analysis-flag-decider-uncovered = { $n ->
   *[other] Nobody on our team covers the decider { $names }.
}
analysis-flag-payer-uncovered = { $n ->
   *[other] Nobody on our team covers the payer { $names }.
}
analysis-flag-single-threaded = Our team knows only { $name }: if they leave or turn against us, we lose the account.
analysis-flag-nobody-covered = Our team covers nobody in this account.
analysis-flag-blocker = { $n ->
   *[other] { $whys } can block the decision.
}
analysis-blocker-opponent = opponent
analysis-blocker-skeptic = skeptic of influence { $influence }
analysis-blocker-holds = { $name } ({ $stance }, { $role ->
    [decider] a decider
   *[payer] a payer
})
analysis-blocker-sways = { $name } ({ $stance }, sways the { $role ->
    [decider] decider
   *[payer] payer
} { $target })
analysis-flag-veto-holds = Until { $names } { $n ->
    [one] is
   *[other] are
} neutralised, the score cannot pass { $ceiling }.
analysis-flag-push-only = We only know { $names } in purchasing: we push the offer through purchasing instead of pulling it from the users.
analysis-flag-stale = Not contacted within { $days ->
    [one] { $days } day
   *[other] { $days } days
}: { $items }.
analysis-stale-last = { $name } (last { $date })
analysis-stale-never = { $name } (never)
analysis-flag-unknown-stance = We do not know where { $names } { $n ->
    [one] stands
   *[other] stand
}, though the decision needs them.
analysis-flag-path-broken = No pull path reaches { $names }: the case cannot travel from our users to the people who pay.
analysis-flag-no-technical-peer = Only non-technical colleagues talk to { $items }: send them a technical peer.
analysis-in-department = { $name } ({ $department })
analysis-with-influence = { $name } (influence { $influence })
analysis-flag-hidden-power = { $items } weighs in the decision, but nobody on our team knows them.
analysis-flag-champion-leaving = { $items }: thread the account through others before the case loses its voice.
analysis-leaving-left-on = { $name } (left on { $date })
analysis-leaving-has-left = { $name } (has left)
analysis-leaving-leaves-on = { $name } (leaves on { $date })
analysis-leaving-is-leaving = { $name } (is leaving)
analysis-flag-new-player = { $n ->
   *[other] { $items }: nobody has seen where they stand in the new role.
}
analysis-new-since = { $name } (new since { $date })
analysis-new = { $name } (new)
analysis-flag-weak-champion = { $n ->
   *[other] { $items } cannot carry the decision: a coach, not a champion.
}
analysis-weak-no-link = { $name } (no link to a decider or payer)
analysis-flag-unverified = The support of { $items } is not verified: see it first-hand.
analysis-unverified-item = { $name } ({ $stance }, { $why })
analysis-why-before-new-role = from before their new role
analysis-why-assumed = assumed
analysis-why-days-old = { $days ->
    [one] { $days } day old
   *[other] { $days } days old
}
analysis-why-undated = undated
analysis-flag-competitor-coach = { $whys }: the competitor has a friend at the decision.
analysis-coach-favours = { $name } favours { $rival }
analysis-coach-favours-sways = { $name } favours { $rival } and sways { $target }

# Next steps: what to do, with whom; $role is one of analysis-role-*, or empty.
analysis-role-decider-payer = {" "}(decider and payer)
analysis-role-decider = {" "}(decider)
analysis-role-payer = {" "}(payer)
analysis-role-influence = {" "}(influence { $influence })
analysis-step-meet = Meet { $who }{ $role }: nobody on our team has been in touch yet
analysis-step-introduce = Ask { $via } to introduce { $member } to { $who }{ $role }, whom they are linked to
analysis-step-test-champion = Test { $via }: ask them to get us a meeting with { $who }{ $role }; a champion who cannot is only a coach
analysis-step-multi-thread = { $via } is leaving: have them introduce us to { $who }{ $role } before then
analysis-step-multi-thread-on = { $via } is leaving on { $date }: have them introduce us to { $who }{ $role } before then
analysis-step-verify = Verify { $who }'s { $stance } first-hand: it is { $basis }, { $age }
analysis-step-technical-peer = Send { $member } to { $who }{ $role }, whom only non-technical colleagues know, to confirm their view first-hand
analysis-step-neutralise = Neutralise { $who }{ $role }, { $grounds }: answer their objections until they no longer work against us
analysis-grounds-favours = who favours { $rival }
analysis-grounds-stance = { $stance ->
    [opponent] an opponent
    [unknown] an unknown
    [influencer] an influencer
    [champion] a champion
    [supporter] a supporter
    [neutral] a neutral
   *[skeptic] a skeptic
}
analysis-step-raise-stance = Win over { $who } ({ $from } to { $to })
analysis-step-cover = Have { $member } cover { $who }, a user nobody on our team knows
analysis-through-chain = ; it strengthens the chain { $chain } ({ $side ->
    [decider] decider
   *[payer] payer
} { $target })
analysis-through-closer = ; it brings the case closer to { $who } as { $side ->
    [decider] decider
   *[payer] payer
}
analysis-through-screen = ; as a gatekeeper they screen the case on its way to the deciders
analysis-lifts-veto = ; it lifts the last veto, which holds the score under { $ceiling }

# The story of the decision, stage by stage.
analysis-story-no-influencers = No influencers are recorded: nobody is known to carry the case from the users to the deciders.
analysis-story-influencers-off-path = No pull path runs through the influencers ({ $listed }): the case travels around them or not at all.
analysis-story-influencers-carry = { $listed } { $n ->
    [one] carries
   *[other] carry
} the case towards the deciders and payers.
analysis-story-deciders-pay = { $listed } { $n ->
    [one] decides and also pays
   *[other] decide and also pay
}, so the choice is told with the payers.
analysis-story-no-deciders = No deciders are recorded, so nobody is known to make the choice.
analysis-story-no-payers = No payers are recorded, so nobody is known to approve the money.
analysis-story-starts-with-one = the case starts with { $listed }, a user who also holds a later role
analysis-story-starts-with-many = the case starts with { $listed }, users who also hold later roles
analysis-story-users-all-later = Every user also holds a later role, so the case starts in a later column.
analysis-story-users-all-later-start = Every user also holds a later role: { $start }.
analysis-story-no-users = No users are recorded, so the case has nowhere to start.
analysis-story-users-uncovered = Our team covers none of the users ({ $listed }), so { $start }.
analysis-story-cannot-start = the case cannot start with them
analysis-story-start-further-up = the strongest chains start further up
analysis-story-we-know-but = We know { $listed }, but { $start }.
analysis-story-we-know-no-chain = We know { $listed }, but no chain leads from them to a decider or payer.
analysis-story-we-know-no-chain-start = We know { $listed }, but no chain leads from them; { $start }.
analysis-story-users-start = The case starts with { $listed }, users our team covers.
analysis-story-pull-stops = The pull stops before the { $role ->
    [decider] deciders
   *[payer] payers
}: no pull path reaches { $listed }.
analysis-story-reaches = The case reaches { $target } ({ $role ->
    [decider] decider
   *[payer] payer
}) through { $chain } at strength { $strength }
analysis-story-weakest-hop = ; the weakest hop is { $from } -> { $to }
analysis-story-also-reach = {" "}Paths also reach { $names }.
analysis-story-not-reached = {" "}No pull path reaches { $listed }.

# When no single step raises the score.
analysis-stuck-no-decider = No single step raises the score: nobody is recorded as a decider. Find out who makes the choice and give them the role.
analysis-stuck-no-payer = No single step raises the score: nobody is recorded as a payer. Find out who approves the money and give them the role.
analysis-stuck-no-team = No single step raises the score: the account has no team. Add who on our side knows whom (the Team view), so that steps can send someone.
analysis-stuck-vetoes = No single step raises the score: { $names } can each veto it, so it stays under the ceiling until all of them are neutralised.
analysis-stuck-no-user = No single step raises the score: nobody is recorded as a user, so the case has nowhere to start. Record who uses what we sell.
analysis-stuck-users-uncovered = No single step raises the score: nobody on our team covers a user ({ $names }), so the case has nowhere to start.
analysis-stuck-no-chain = No single step raises the score: no chain of links leads from the users we cover ({ $starts }) to { $unreached }. Record who influences or reports to whom, or the link that is missing.
analysis-stuck-saturated = No single step adds a whole point: the chains are as strong as single steps can make them; work on several people at once or record the links that are missing.

# The report (`dmu report`): text and Markdown.
analysis-report-title = { $name } ({ $id }): pull score { $score }/100
analysis-report-title-md = # { $name }: pull score { $score }/100
analysis-report-paths = Pull paths
analysis-report-no-paths = none: no chain leads from a user we cover to a decider or payer
analysis-report-no-paths-md = None: no chain leads from a user we cover to a decider or payer.
analysis-report-path = to { $role ->
    [decider] decider
   *[payer] payer
} { $target }: { $chain } (strength { $strength }, weakest hop { $weak }, sure { $sure }%)
analysis-report-path-md = to { $role ->
    [decider] decider
   *[payer] payer
} **{ $target }**: { $chain } (strength { $strength }, weakest hop { $weak }, sure { $sure }%)
analysis-report-flags = Red flags
analysis-report-none = none
analysis-report-none-md = None.
analysis-report-next = Next best contacts
analysis-report-stuck = none. { $why }
analysis-report-stuck-md = None. { $why }
analysis-report-push = Push route (purchasing only): { $names }
analysis-report-push-md = Push route
analysis-report-push-md-line = Purchasing only: { $names }
analysis-report-stages = Stage by stage

# The portfolio's red flags.
analysis-portfolio-concentration = Revenue is concentrated: the largest account brings { $top1 }, the top three { $top3 }, and the concentration index is { $hhi } (flagged above { $top3max } in the top three or an index above { $hhimax }).
analysis-portfolio-never-contacted = nobody there has ever been contacted
analysis-portfolio-last-contact = { $days ->
    [one] the last contact was { $days } days ago
   *[other] the last contact was { $days } days ago
}
analysis-portfolio-neglected = { $name } is a { $tier } account with potential in the top quarter of the portfolio, but { $quiet }.
analysis-portfolio-rising = { $name }: { $message }
analysis-portfolio-low-score = its pull score is { $score } (below { $min })
analysis-portfolio-blocked = an opponent or skeptic blocks the decision
analysis-portfolio-payer-unknown = nobody on our team knows a payer
analysis-portfolio-key-at-risk = Key account { $name } is at risk: { $why }.
analysis-portfolio-mixed-main-settings = the portfolio counts in { $main }, the main currency of your settings
analysis-portfolio-mixed-main-most = the portfolio counts in { $main }, which { $users } of the { $of } accounts that name a currency { $users ->
    [one] uses
   *[other] use
} (set a main currency in the settings to count in another)
analysis-portfolio-mixed = { $n ->
    [one] { $who } is left out of the shares, the concentration and the potential ranking: its revenue is in another currency, and sums in two currencies cannot be added; { $why }.
   *[other] { $who } are left out of the shares, the concentration and the potential ranking: their revenue is in another currency, and sums in two currencies cannot be added; { $why }.
}
analysis-portfolio-duplicate = { $that }.json and { $this }.json hold the same account ({ $name }, id `{ $id }`), so the portfolio counts only { $that }.json (the first by file name). If { $this }.json is a copy, move it to the trash; if it is another account, give it a new id.
analysis-portfolio-demands-up = { $recent ->
    [one] { $recent } demand
   *[other] { $recent } demands
} beyond the contract in the last { $window } days, up from { $before } in the { $window } days before.
analysis-portfolio-demands-granted = we granted { $granted } of the { $total } demands beyond the contract in the last { $days } days.

# `dmu portfolio`, `dmu agenda` and the team, as text.
analysis-portfolio-head = Portfolio on { $date }: { $accounts }, revenue { $revenue }; top account { $top1 }%, top three { $top3 }%, HHI { $hhi }
analysis-portfolio-no-flags = No portfolio red flags.
analysis-portfolio-unmapped = No people mapped yet, so not judged by their people: { $names }.
analysis-portfolio-col-account = ACCOUNT
analysis-portfolio-col-tier = TIER
analysis-portfolio-col-revenue = REVENUE
analysis-portfolio-col-share = SHARE
analysis-portfolio-col-potential = POTENTIAL
analysis-portfolio-col-score = SCORE
analysis-portfolio-col-flags = FLAGS
analysis-portfolio-col-contact = CONTACT
analysis-portfolio-col-open = OPEN
analysis-portfolio-col-overdue = OVERDUE
analysis-portfolio-never = never
analysis-agenda-empty = No open follow-ups.
analysis-agenda-overdue = { $date } OVERDUE { $days }d
analysis-agenda-with = {" "}(with { $name })
analysis-team-line = { $name } covers { $people }; { $open ->
    [one] { $open } open follow-up
   *[other] { $open } open follow-ups
} ({ $overdue } overdue); { $accounts }

# `dmu portfolio` and `dmu agenda` on the command line.
analysis-cli-skipped = skipped (run `dmu check`): { $why }
analysis-cli-nobody-yet = (nobody yet)
analysis-cli-no-such-owner = nobody on the team is called `{ $owner }`; the team: { $team }

# What each weight and threshold of the pull model does (`key = value: meaning`).
analysis-setting-link-strong = carry weight of a strong `influences` link
analysis-setting-link-medium = carry weight of a medium `influences` link
analysis-setting-link-weak = carry weight of a weak `influences` link
analysis-setting-reports-to = carry weight of a `reports_to` link, unless an `influences` link carries more
analysis-setting-stance-champion = how much of the case a champion passes on
analysis-setting-stance-supporter = how much of the case a supporter passes on
analysis-setting-stance-neutral = how much of the case a neutral person passes on
analysis-setting-stance-unknown = how much of the case a person of unknown stance passes on
analysis-setting-stance-skeptic = how much of the case a skeptic passes on
analysis-setting-stance-opponent = how much of the case an opponent passes on (0 blocks)
analysis-setting-start-strong = start factor of a user we cover strongly
analysis-setting-start-medium = start factor of a user we cover at medium strength
analysis-setting-start-weak = start factor of a user we cover weakly
analysis-setting-stale-days = days without contact after which a decider, payer or champion is stale
analysis-setting-blocker-skeptic-influence = lowest influence at which a skeptic can block
analysis-setting-blocker-link-strength = weakest `influences` link to a decider or payer that lets an opponent block
analysis-setting-cover-strength = coverage strength proposed by the "cover" next step
analysis-setting-next-best-limit = how many next best contacts are listed
analysis-setting-technical-words = word starts that mark a technical department
analysis-setting-technical-functions = functions of our team that count as technical peers
analysis-setting-basis-observed = how much of an observed judgement counts
analysis-setting-basis-reported = how much of a reported judgement counts
analysis-setting-basis-assumed = how much of an assumed judgement counts
analysis-setting-half-life-days = days after which a judgement counts half (it fades toward unknown)
analysis-setting-veto-ceiling = highest score while someone holds a veto
analysis-setting-access-none = how much of the case reaches a decider or payer nobody covers
analysis-setting-access-weak = ... a decider or payer covered weakly
analysis-setting-access-medium = ... covered at medium strength
analysis-setting-access-strong = ... covered strongly
analysis-setting-side-power = power of the mean over deciders and over payers (1 plain mean; lower: the weakest count more)
analysis-setting-hidden-power-influence = lowest influence at which an uncovered person is hidden power

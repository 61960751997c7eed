# grid
# The power-interest grid.
grid-view-title = Grid
grid-keys-view = power-interest grid
grid-keys-group = Power-interest grid
grid-keys-left = quadrant to the left
grid-keys-right = quadrant to the right
grid-keys-edit = edit the person
grid-keys-since = moves since…
grid-quadrant-manage-closely = Manage closely
grid-quadrant-keep-satisfied = Keep satisfied
grid-quadrant-keep-informed = Keep informed
grid-quadrant-monitor = Monitor
grid-quadrant-title = { $quadrant } · { $n }
grid-quadrant-nobody = nobody
grid-more = +{ $n } more
grid-from = { $arrow } from { $quadrant }
grid-axes = { $days ->
    [one] ↑ power: influence { $min }+ · → interest: a stance not neutral, seen in { $days } day
   *[other] ↑ power: influence { $min }+ · → interest: a stance not neutral, seen in { $days } days
}
grid-moved-title = { $n ->
    [one] Moved since { $since } · { $n } person
   *[other] Moved since { $since } · { $n } people
}
grid-moved-line = { $arrow } { $name }: { $from } → { $to }
grid-moved-summary = { $n ->
    [one] Moved since { $since }: { $names }
   *[other] Moved since { $since } ({ $n }): { $names }
}
grid-moved-none = Nobody moved since { $since }
grid-since-now = { $n ->
    [one] Moves since { $since }: { $n } person moved
   *[other] Moves since { $since }: { $n } people moved
}
grid-since-note = { $n ->
    [one] { $note } ({ $n } person moved)
   *[other] { $note } ({ $n } people moved)
}
grid-empty = Nobody to place yet. The grid places the customer's people by power (their influence) and interest (a stance that cares and a recent contact): add people with a and give them an influence and a stance.
grid-detail-influence = influence { $n }
grid-detail-seen = seen { $day }
grid-detail-never-seen = never seen

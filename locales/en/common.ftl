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

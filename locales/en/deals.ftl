# deals
# The Deals view, its form and the deal lens (src/tui/views/deals*).

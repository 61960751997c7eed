# tui-views

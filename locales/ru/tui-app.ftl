# tui-app

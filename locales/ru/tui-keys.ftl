# tui-keys

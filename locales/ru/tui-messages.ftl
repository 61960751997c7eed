# tui-messages

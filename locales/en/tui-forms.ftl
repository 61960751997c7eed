# tui-forms

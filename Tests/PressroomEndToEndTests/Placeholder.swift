// End-to-end tests (the real binary, under tmux and as a CLI) live here.

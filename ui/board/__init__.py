"""The project board: one key-account project's 1+2+1 roles, calls, five factors and steps
(:class:`ui.board.window.ProjectBoardWindow`, opened through :func:`ui.board.opener.open_board`)."""

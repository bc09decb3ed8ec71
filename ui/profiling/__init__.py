"""The whole-brain profiling windows: the buyer form, the rep's own questionnaire, the
profile card with its kite chart, the political style, the proposal check and the badge.

Everything goes through :mod:`services.profiling`; forms preview on the GUI thread (the
service's form helpers need no database) and save through undoable commands
(:mod:`ui.profiling.commands`) on the op runner's writer thread.
"""

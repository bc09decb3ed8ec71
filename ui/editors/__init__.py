"""Editor windows and dialogs: the account editor, its contacts and activities.

Forms are built from the field specs of ``domain.records`` (:mod:`ui.editors.record_form`,
one widget per field kind in :mod:`ui.editors.field_widgets`); every save goes through an
undoable command of :mod:`ui.commands`.
"""

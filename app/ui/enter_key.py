"""What Enter presses in a dialog with several sections.

Qt gives a dialog one default button for all of it, and makes the first "auto-default" button it
finds the default when none is set: in the users dialog that was "Set duress password", so a
supervisor who filled "Add a user" and pressed Enter set a duress password instead. The rule
here: Enter presses the action of the section the keyboard is in, and nothing when that section
has none. A destructive or security action (the duress password, the emergency wipe, disabling
a user) is never a default or auto-default button: it takes a click, or Space on the focused
button (``never_on_enter``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from shiboken6 import isValid


def never_on_enter(*buttons: QPushButton) -> None:
    """Enter never presses these, not even when they have the focus."""
    for button in buttons:
        button.setAutoDefault(False)
        button.setDefault(False)


class SectionDefault(QObject):
    """Keeps ``dialog``'s default button in line with where the keyboard is.

    ``action_for(widget)`` names the button Enter presses while ``widget`` has the focus (None:
    Enter presses nothing). A focused auto-default button is left to Qt: Enter presses it."""

    def __init__(
        self, dialog: QDialog, action_for: Callable[[QWidget], QPushButton | None]
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.action_for = action_for
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.follow(dialog.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self) or not isValid(self.dialog):
            return
        if new is not None and isValid(new) and new.window() is self.dialog:
            self.follow(new)

    def follow(self, focused: QWidget | None) -> None:
        if isinstance(focused, QPushButton) and focused.autoDefault():
            return  # Qt makes a focused auto-default button the default: Enter presses it
        wanted = self.action_for(focused) if focused is not None else None
        for button in self.dialog.findChildren(QPushButton):
            if button.window() is self.dialog:
                button.setDefault(button is wanted)

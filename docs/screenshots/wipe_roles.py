"""Screenshot of the emergency wipe offered at the lock screen, refusing an interpreter's
password (issue 20: the wipe is for supervisors and social workers), in a language given.

Driven as a person does it: the lock screen's "Emergency wipe…" clicked, the interpreter's name
chosen, his password typed, Continue clicked::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/wipe_roles.py km wipe-refused-km.png

Without a display it falls back to Qt's offscreen platform and renders the dialog
(``QWidget.grab``).
"""

from __future__ import annotations

import sys

from stage import (
    CHEAP,
    PASSWORD,
    application,
    close,
    open_window,
    settle,
    snap,
    throwaway,
    wait_for,
)

# isort: split
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.wipe_dialog import WipeDialog
from app.workspace.folder import Workspace
from app.workspace.roles import Role


def main(language: str, name: str) -> None:
    app = application(language)
    with throwaway() as tmp:
        path = tmp / "ws"
        session, _ = Workspace.create(path, "Sophea", PASSWORD, cost=CHEAP)
        session.add_user("Dara", Role.INTERPRETER, PASSWORD, cost=CHEAP)
        session.lock()
        desk = open_window(app, path, language)
        login = desk.login
        assert login is not None
        QTest.mouseClick(login.wipe_button, Qt.MouseButton.LeftButton)
        settle(app, 0.5)
        dialog = desk.dialog
        assert isinstance(dialog, WipeDialog)
        dialog.activateWindow()
        settle(app, 0.5)
        QTest.mouseClick(dialog.user, Qt.MouseButton.LeftButton)
        settle(app, 0.3)
        QTest.keyClick(QApplication.focusWidget() or dialog.user, Qt.Key.Key_Escape)
        QTest.keyClick(dialog.user, Qt.Key.Key_Home)
        while dialog.user.currentText() != "Dara":
            QTest.keyClick(dialog.user, Qt.Key.Key_Down)
        QTest.mouseClick(dialog.password, Qt.MouseButton.LeftButton)
        QTest.keyClicks(dialog.password, PASSWORD)
        QTest.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
        wait_for(app, lambda: bool(dialog.error.text()), "the refusal")
        settle(app, 1)
        snap(app, dialog, name)
        dialog.reject()
        settle(app, 0.3)
        close(app, desk)


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "wipe-refused.png",
    )

"""first-run.png (the workspace being created, its step shown) and interpreter-mode.png (English
and Khmer side by side), on a real (virtual) X screen as take.py makes the others::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/first_run_and_interpreter.py [OUT_DIR] [LANG ...]

With LANG codes (e.g. ``my th``) it also writes first-run-LANG.png and interpreter-mode-LANG.png
(English beside that language), to look at other scripts; OUT_DIR defaults to this folder.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import stage
from stage import CHEAP, PASSWORD, InlineTasks, application, open_window, settle, snap, throwaway

# isort: split
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.ui.form_view import InterviewWidget
from app.ui.i18n import install_language
from app.workspace.folder import Workspace
from app.workspace.store import Store


def first_run(app: QApplication, tmp: Path, code: str = "en", name: str = "first-run.png") -> None:
    """The form filled in by key presses, Create pressed, the picture taken while the encrypted
    database is being made (held there until the picture is taken)."""
    go_on = threading.Event()
    migrate = Store.migrate

    def held(store: Store, *args: object, **kwargs: object) -> object:
        go_on.wait(30)
        return migrate(store, *args, **kwargs)  # type: ignore[arg-type]

    Store.migrate = held  # type: ignore[assignment,method-assign]
    install_language(code)
    desktop = open_window(app, tmp / f"fieldcase-{code}", code)
    settle(app)
    first = desktop.first_run
    assert first is not None
    for field, text in (
        (first.user_name, "Sophea"),
        (first.password, PASSWORD),
        (first.password_again, PASSWORD),
    ):
        QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(10, field.height() // 2))
        QTest.keyClicks(field, text)
    QTest.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
    while first.step != "database":
        settle(app, 0.05)
    snap(app, desktop.window, name)
    go_on.set()
    Store.migrate = migrate  # type: ignore[method-assign]
    while first.pages.currentIndex() != 1:
        settle(app, 0.05)
    desktop.window.hide()
    desktop.shutdown()


def interpreter_mode(app: QApplication, tmp: Path, other: str, name: str) -> None:
    path = tmp / Path(name).stem
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
    book = case_book(session)
    install_language("en")
    interview = Interview.start(
        session, book, FormLibrary().get("intake"), language="en", interpreter="Lin"
    )
    widget = InterviewWidget(interview, InlineTasks(), language="en", interviewee_language=other)
    widget.resize(1000, 700)
    widget.show()
    widget.answer("social_worker", "Sophea")
    widget.interpreter_mode.setChecked(True)
    widget.go_to(1)
    settle(app, 1)
    snap(app, widget, name)
    widget.hide()
    session.lock()


HERE = Path(__file__).resolve().parent


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    others = sys.argv[2:]
    app = application()
    stage.OUT = out  # snap() writes there
    with throwaway() as tmp:
        first_run(app, tmp)
        interpreter_mode(app, tmp, "km", "interpreter-mode.png")
        for code in others:
            first_run(app, tmp, code, f"first-run-{code}.png")
            interpreter_mode(app, tmp, code, f"interpreter-mode-{code}.png")


if __name__ == "__main__":
    main()

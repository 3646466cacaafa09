"""Screenshots of an interpreter's keyless login (issue 20; docs/security.md, "What an interpreter
holds"): interpreter-desk[-LANG].png, the interviews sealed to her, and
interpreter-desk-interview[-LANG].png, one of them opened (no Finish; saved back sealed).

Driven as a person does it: her name typed (the login screen asks for it), Tab, her password,
Return; Return again on the first interview::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/interpreter_desk.py [LANG ...]

Without a display it falls back to Qt's offscreen platform and renders the window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from stage import (
    CHEAP,
    PASSWORD,
    application,
    close,
    log_in,
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

from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.ui.form_view import InterviewWidget
from app.ui.i18n import install_language
from app.workspace.folder import Workspace
from app.workspace.roles import Role


def drafts_for_chi(path: Path) -> None:
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP, login_asks_name=True)
    session.add_user("Sophea", Role.SOCIAL_WORKER, PASSWORD, cost=CHEAP)
    session.add_user("Chi", Role.INTERPRETER, PASSWORD, cost=CHEAP)
    session.lock()
    sophea = Workspace.at(path).login("Sophea", PASSWORD)
    book = case_book(sophea)
    intake = FormLibrary().on(book.store).get("intake")
    for name in ("Sreymom", "Bopha"):
        interview = Interview.start(sophea, book, intake, interpreter="Chi")
        interview.set_answer("con_Consent", "TRUE")
        interview.set_answer("prs_First_Name", name)
        interview.persist({**interview.snapshot(), "summary": {"person": name, "page": ""}})
    sophea.lock()


def shoot(app: QApplication, tmp: Path, language: str) -> None:
    path = tmp / f"ws-{language}"
    drafts_for_chi(path)
    install_language(language)
    desk = open_window(app, path, language)
    window = desk.window
    log_in(desk, "Chi")

    def listed() -> bool:
        screen = desk.interpreter.screen
        return screen is not None and screen.list.count() == 2

    wait_for(app, listed, "the interviews sealed to her")
    settle(app, 1)
    suffix = "" if language == "en" else f"-{language}"
    snap(app, window, f"interpreter-desk{suffix}.png")
    screen = desk.interpreter.screen
    assert screen is not None
    screen.list.setFocus()
    QTest.keyClick(screen.list, Qt.Key.Key_Return)
    wait_for(
        app, lambda: isinstance(window.stack.currentWidget(), InterviewWidget), "the interview"
    )
    interview = window.stack.currentWidget()
    assert isinstance(interview, InterviewWidget)
    QTest.mouseClick(interview.interpreter_mode, Qt.MouseButton.LeftButton)
    QTest.mouseClick(interview.next_button, Qt.MouseButton.LeftButton)
    settle(app, 1)
    snap(app, window, f"interpreter-desk-interview{suffix}.png")
    QTest.mouseClick(interview.close_button, Qt.MouseButton.LeftButton)
    settle(app, 0.5)
    close(app, desk)


def main(languages: list[str]) -> None:
    app = application()
    with throwaway() as tmp:
        for language in languages:
            shoot(app, tmp, language)


if __name__ == "__main__":
    main(sys.argv[1:] or ["en", "km"])

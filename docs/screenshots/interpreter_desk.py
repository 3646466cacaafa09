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

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.interviews.form_library import FormLibrary  # noqa: E402
from app.interviews.interview import Interview  # noqa: E402
from app.team.case_book import case_book  # noqa: E402
from app.ui.fonts import register_bundled_fonts  # noqa: E402
from app.ui.form_view import InterviewWidget  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.main import DesktopApp  # noqa: E402
from app.ui.text_size import style_sheet  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402
from app.workspace.roles import Role  # noqa: E402
from docs.screenshots.role_refused import settle, snap  # noqa: E402

PASSWORD = "screenshot password"


def drafts_for_chi(path: Path) -> None:
    cheap = KdfCost(1, 8192, 1)
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=cheap, login_asks_name=True)
    session.add_user("Sophea", Role.SOCIAL_WORKER, PASSWORD, cost=cheap)
    session.add_user("Chi", Role.INTERPRETER, PASSWORD, cost=cheap)
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
    desk = DesktopApp(path, language)
    desk.start()
    window = desk.window
    window.resize(1000, 700)
    window.show()
    window.activateWindow()
    settle(app, 0.5)
    login = desk.login
    assert login is not None
    QTest.mouseClick(login.user_name, Qt.MouseButton.LeftButton)
    QTest.keyClicks(login.user_name, "Chi")
    QTest.keyClick(login.user_name, Qt.Key.Key_Tab)
    QTest.keyClicks(login.password, PASSWORD)
    QTest.keyClick(login.password, Qt.Key.Key_Return)
    while desk.interpreter.screen is None or desk.interpreter.screen.list.count() < 2:
        settle(app, 0.1)
    settle(app, 1)
    suffix = "" if language == "en" else f"-{language}"
    snap(app, window, f"interpreter-desk{suffix}.png")
    screen = desk.interpreter.screen
    screen.list.setFocus()
    QTest.keyClick(screen.list, Qt.Key.Key_Return)
    while not isinstance(window.stack.currentWidget(), InterviewWidget):
        settle(app, 0.1)
    interview = window.stack.currentWidget()
    assert isinstance(interview, InterviewWidget)
    QTest.mouseClick(interview.interpreter_mode, Qt.MouseButton.LeftButton)
    QTest.mouseClick(interview.next_button, Qt.MouseButton.LeftButton)
    settle(app, 1)
    snap(app, window, f"interpreter-desk-interview{suffix}.png")
    QTest.mouseClick(interview.close_button, Qt.MouseButton.LeftButton)
    settle(app, 0.5)
    while desk.tasks.pending:
        settle(app, 0.1)
    desk.shutdown()


def main(languages: list[str]) -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        for language in languages:
            shoot(app, Path(tmp), language)
    print("written to", Path(__file__).resolve().parent, "on", app.platformName())


if __name__ == "__main__":
    main(sys.argv[1:] or ["en", "km"])

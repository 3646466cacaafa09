"""Screenshot of the same-person warning at intake (issue 17), in a language given.

A throw-away workspace holds two earlier cases (Sokha Chea, written in Latin letters, and a
Sokha Heng in Khmer) and an intake begun for a Cambodian girl born in 2010. The intake is resumed
on the name page and her first name is typed in Khmer, key by key; the warning appears under the
questions once typing pauses (the first picture). Then the first candidate is linked and the
review page shows what Finish will do (the second picture, ``-review`` before ``.png``)::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/same_person.py en same-person.png
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/same_person.py km same-person-km.png

Without a display it falls back to Qt's offscreen platform (``QWidget.grab``).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent, QPixmap  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

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

PASSWORD = "screenshot password"
OUT = Path(__file__).resolve().parent


def settle(app: QApplication, seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def workspace(path: Path) -> str:
    """Two earlier cases and an intake begun (consent, citizenship, date of birth); its id."""
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=KdfCost(1, 8192, 1))
    book = case_book(session)
    book.open_case(
        {
            "prs_First_Name": "Sokha",
            "prs_Second_Name": "Chea",
            "prs_Gender": "Feminine",
            "prs_Citizenship": "KH",
            "prs_Birthdate": "2010-03-01",
        },
        "intake",
    )
    book.open_case(
        {
            "prs_First_Name": "សុខា",
            "prs_Second_Name": "ហេង",
            "prs_Gender": "Feminine",
            "prs_Citizenship": "KH",
            "age": "17",
        },
        "intake",
    )
    interview = Interview.start(session, book, FormLibrary().on(book.store).get("intake"))
    for key, value in (
        ("social_worker", "Sophea"),
        ("con_Consent", "TRUE"),
        ("prs_Gender", "Feminine"),
        ("prs_Citizenship", "KH"),
        ("prs_Birthdate", "2010-07-15"),
    ):
        interview.set_answer(key, value)
    data = interview.snapshot()
    data["summary"] = {"person": "", "page": "prs_First_Name"}
    draft_id = interview.persist(data)
    session.lock()
    return draft_id


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def grab(app: QApplication, window: QWidget) -> QPixmap:
    """The window as the screen shows it (offscreen: as it paints itself)."""
    if app.platformName() != "xcb":
        return window.grab()
    origin = window.mapToGlobal(QPoint(0, 0))
    return window.screen().grabWindow(0, origin.x(), origin.y(), window.width(), window.height())


def main(language: str, name: str) -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts()
    install_language(language)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        draft_id = workspace(path)
        desk = DesktopApp(path, language)
        desk.start()
        window = desk.window
        window.resize(1100, 760)
        window.show()
        window.activateWindow()
        settle(app, 0.5)
        login = desk.login
        assert login is not None
        QTest.keyClicks(login.password, PASSWORD)
        QTest.keyClick(login.password, Qt.Key.Key_Return)
        while desk.case_tasks is None:
            settle(app, 0.1)
        settle(app, 1)
        desk.interviews.resume(draft_id, "prs_First_Name")
        while not isinstance(window.stack.currentWidget(), InterviewWidget):
            settle(app, 0.1)
        screen = window.stack.currentWidget()
        assert isinstance(screen, InterviewWidget)
        line = screen.boxes["prs_First_Name"].editor.line  # type: ignore[union-attr]
        QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(10, line.height() // 2))
        settle(app, 0.3)
        type_text(line, "សុខា")
        panel = screen.same_person.panel
        end = time.monotonic() + 20
        while not panel.isVisible() and time.monotonic() < end:
            settle(app, 0.1)
        assert panel.isVisible(), "the same-person panel did not appear"
        settle(app, 1)
        listed = panel.list
        first = listed.topLevelItem(0)
        assert first is not None
        QTest.mouseClick(
            listed.viewport(),
            Qt.MouseButton.LeftButton,
            pos=listed.visualItemRect(first).center(),
        )
        settle(app, 0.5)
        shot = grab(app, window)
        shot.save(str(OUT / name))
        print("written", OUT / name, "on", app.platformName())
        QTest.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
        settle(app, 0.5)
        pages = screen.page_list
        last = pages.item(pages.count() - 1)
        QTest.mouseClick(
            pages.viewport(), Qt.MouseButton.LeftButton, pos=pages.visualItemRect(last).center()
        )
        settle(app, 1)
        assert screen.finish_page.link_box.isVisible(), "the review page shows no link"
        review = name.replace(".png", "-review.png")
        grab(app, window).save(str(OUT / review))
        print("written", OUT / review, "on", app.platformName())
        while desk.tasks.pending:
            settle(app, 0.1)
        desk.shutdown()


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "same-person.png",
    )

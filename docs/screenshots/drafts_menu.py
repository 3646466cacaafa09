"""Screenshot of Cases › Continue a draft open (issue 17, defect 1), in a language given.

The menus are opened as a person opens them (a click on the menu bar title, the mouse moved
onto the submenu's entry), in a throw-away workspace holding two drafts::

    xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/drafts_menu.py en drafts-menu.png

Without a display it falls back to Qt's offscreen platform and paints the window and its open
menus into one image (``QWidget.grab`` of each, at their places on the screen).
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

from PySide6.QtCore import QPoint, QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QWidget  # noqa: E402

from app.interviews.form_library import FormLibrary  # noqa: E402
from app.interviews.interview import Interview  # noqa: E402
from app.team.case_book import case_book  # noqa: E402
from app.ui.draft_saver import person_named  # noqa: E402
from app.ui.fonts import register_bundled_fonts  # noqa: E402
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


def workspace_with_drafts(path: Path) -> None:
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=KdfCost(1, 8192, 1))
    book = case_book(session)
    library = FormLibrary().on(book.store)
    for first, latin in (("សុខា", "Sokha"), ("มาลัย", "Malai"), ("", "")):
        interview = Interview.start(session, book, library.get("intake"), save=False)
        interview.form.set_answer("social_worker", "Sophea")
        if first:
            interview.form.set_answer("prs_First_Name", first)
            interview.form.set_answer("first_name_latin", latin)
        data = interview.snapshot()  # as the app stores it: with the name for the list
        data["summary"] = {"person": person_named(interview), "page": "prs_First_Name"}
        interview.persist(data)
    session.lock()


def hover(app: QApplication, menu: QMenu, target: QPoint) -> None:
    for x in range(4, target.x() + 1, 12):
        QTest.mouseMove(menu, QPoint(x, target.y()))
        app.processEvents()
    QTest.mouseMove(menu, target)


def picture(app: QApplication, window: QWidget, menus: list[QMenu]) -> QImage:
    """The window with its open menus over it, as the screen shows them."""
    origin = window.mapToGlobal(QPoint(0, 0))
    area = QRect(origin, window.size())
    for menu in menus:
        area = area.united(menu.geometry())
    if app.platformName() == "xcb":
        shot = window.screen().grabWindow(0, area.x(), area.y(), area.width(), area.height())
        return shot.toImage()
    image = QImage(area.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawPixmap(origin - area.topLeft(), window.grab())
    for menu in menus:
        painter.drawPixmap(menu.geometry().topLeft() - area.topLeft(), menu.grab())
    painter.end()
    return image


def main(language: str, name: str) -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts()
    install_language(language)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        workspace_with_drafts(path)
        desk = DesktopApp(path, language)
        desk.start()
        window = desk.window
        window.resize(1000, 700)
        window.show()
        window.activateWindow()
        settle(app, 0.5)
        login = desk.login
        assert login is not None
        QTest.keyClicks(login.password, PASSWORD)
        QTest.keyClick(login.password, Qt.Key.Key_Return)
        while desk.case_tasks is None:
            settle(app, 0.1)
        settle(app, 2)
        bar, cases, drafts = window.menuBar(), window.cases_menu, desk.interviews.drafts_menu
        QTest.mouseClick(
            bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(cases.menuAction()).center()
        )
        settle(app, 0.5)
        hover(app, cases, cases.actionGeometry(drafts.menuAction()).center())
        settle(app, 1.5)
        first = drafts.actions()[0]
        QTest.mouseMove(drafts, drafts.actionGeometry(first).center())
        settle(app, 1)
        assert drafts.isVisible(), "the drafts menu did not open"
        picture(app, window, [cases, drafts]).save(str(OUT / name))
        print("written", OUT / name, "on", app.platformName())
        for menu in (drafts, cases):
            menu.close()
        settle(app, 0.5)
        while desk.tasks.pending:
            settle(app, 0.1)
        desk.shutdown()


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "drafts-menu.png",
    )

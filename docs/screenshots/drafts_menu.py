"""Screenshot of Cases › Continue a draft open (issue 17, defect 1), in a language given.

The menus are opened as a person opens them (a click on the menu bar title, the mouse moved
onto the submenu's entry), in a throw-away workspace holding two drafts::

    xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/drafts_menu.py en drafts-menu.png

Without a display it falls back to Qt's offscreen platform and paints the window and its open
menus into one image (``QWidget.grab`` of each, at their places on the screen).
"""

from __future__ import annotations

import sys
from pathlib import Path

from stage import (
    CHEAP,
    OUT,
    PASSWORD,
    application,
    close,
    log_in_home,
    open_window,
    settle,
    throwaway,
)

# isort: split
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.ui.draft_saver import person_named
from app.workspace.folder import Workspace


def workspace_with_drafts(path: Path) -> None:
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
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
    app = application(language)
    with throwaway() as tmp:
        path = tmp / "ws"
        workspace_with_drafts(path)
        desk = open_window(app, path, language)
        window = desk.window
        log_in_home(app, desk)
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
        close(app, desk)


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "drafts-menu.png",
    )

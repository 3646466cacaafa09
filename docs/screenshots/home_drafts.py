"""Screenshot of the home screen with drafts waiting (issue 17, defect 9), in a language given:
the case list, and beside it the interviews begun and not finished, each named by the person
(or "no name yet"), its form and when it was last saved, in local time::

    xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/home_drafts.py km home-drafts-km.png

The throw-away workspace holds the drafts of drafts_menu.py and a few demo cases; the password
is typed into the login window and Return pressed, the first draft chosen with a click. Without
a display it falls back to Qt's offscreen platform (``QWidget.grab``).
"""

from __future__ import annotations

import sys

from drafts_menu import workspace_with_drafts
from stage import (
    PASSWORD,
    application,
    close,
    log_in_home,
    open_window,
    settle,
    snap,
    throwaway,
)

# isort: split
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.workspace.folder import Workspace


def main(language: str, name: str) -> None:
    app = application(language)
    with throwaway() as tmp:
        path = tmp / "ws"
        workspace_with_drafts(path)
        session = Workspace.at(path).login("Ana", PASSWORD)
        add_demo_cases(case_book(session), 12, seed=4)
        session.lock()
        desk = open_window(app, path, language)
        window = desk.window
        log_in_home(app, desk)
        drafts = window.home.drafts_panel.list
        assert drafts.count() == 3, "the drafts are not on the home screen"
        first = drafts.visualItemRect(drafts.item(0)).center()
        QTest.mouseClick(drafts.viewport(), Qt.MouseButton.LeftButton, pos=first)
        settle(app, 1)
        snap(app, window, name, frame=True)
        close(app, desk)


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "home-drafts.png",
    )

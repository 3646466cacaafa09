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

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.interviews.demo import add_demo_cases  # noqa: E402
from app.team.case_book import case_book  # noqa: E402
from app.ui.fonts import register_bundled_fonts  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.main import DesktopApp  # noqa: E402
from app.ui.text_size import style_sheet  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from docs.screenshots.drafts_menu import (  # noqa: E402
    OUT,
    PASSWORD,
    settle,
    workspace_with_drafts,
)


def picture(app: QApplication, window: QWidget, name: str) -> None:
    if app.platformName() == "xcb":
        origin = window.mapToGlobal(QPoint(0, 0))
        frame = window.frameGeometry()
        shot = window.screen().grabWindow(
            0, frame.x(), frame.y(), frame.width(), origin.y() - frame.y() + window.height()
        )
    else:
        shot = window.grab()
    shot.save(str(OUT / name))
    print("written", OUT / name, "on", app.platformName())


def main(language: str, name: str) -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts()
    install_language(language)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        workspace_with_drafts(path)
        session = Workspace.at(path).login("Ana", PASSWORD)
        add_demo_cases(case_book(session), 12, seed=4)
        session.lock()
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
        drafts = window.home.drafts_panel.list
        assert drafts.count() == 3, "the drafts are not on the home screen"
        first = drafts.visualItemRect(drafts.item(0)).center()
        QTest.mouseClick(drafts.viewport(), Qt.MouseButton.LeftButton, pos=first)
        settle(app, 1)
        picture(app, window, name)
        while desk.tasks.pending:
            settle(app, 0.1)
        desk.shutdown()


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "home-drafts.png",
    )

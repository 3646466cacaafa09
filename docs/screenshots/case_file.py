"""Screenshots of a case in a language given, with labels (issue 17, defect 2), and of its intake
opened read-only from the timeline (defect 8)::

    xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/case_file.py km case-km.png submission-read-only.png

The case is the one the user-path tests use (tests/ui/casefile.py: a real intake and follow-up,
and a conflict on the gender), in a throw-away workspace. The case is opened by a double-click
on its row, the intake by a double-click on its timeline row, as a person does.
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

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.ui.fonts import register_bundled_fonts  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.main import DesktopApp  # noqa: E402
from app.ui.text_size import style_sheet  # noqa: E402
from app.workspace import keyslots  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402

OUT = Path(__file__).resolve().parent


def settle(app: QApplication, seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def double_click(widget: QWidget, pos: QPoint) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def picture(app: QApplication, window: QWidget) -> QImage:
    if app.platformName() == "xcb":
        origin = window.mapToGlobal(QPoint(0, 0))
        frame = window.frameGeometry()
        shot = window.screen().grabWindow(
            0, frame.x(), frame.y(), frame.width(), origin.y() - frame.y() + window.height()
        )
        return shot.toImage()
    return window.grab().toImage()


def main(language: str, case_name: str, submission_name: str) -> None:
    import tests.conftest as test_settings
    from tests.ui import casefile

    test_settings.CHEAP = KdfCost(1, 8192, 1)  # a throw-away workspace: a cheap password cost
    keyslots.DEFAULT_COST = test_settings.CHEAP
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts()
    install_language(language)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        casefile.make_case_file(path)
        desk = DesktopApp(path, language)
        desk.start()
        window = desk.window
        window.resize(1000, 700)
        window.show()
        window.activateWindow()
        settle(app, 0.5)
        login = desk.login
        assert login is not None
        login.user.setCurrentText("ana")
        QTest.keyClicks(login.password, casefile.PASSWORD)
        QTest.keyClick(login.password, Qt.Key.Key_Return)
        while desk.case_tasks is None:
            settle(app, 0.1)
        settle(app, 2)
        table = window.home.table
        double_click(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
        settle(app, 3)
        view = window.case_view
        picture(app, window).save(str(OUT / case_name))
        print("written", OUT / case_name, "on", app.platformName())
        timeline = view.timeline
        (intake,) = casefile.timeline_rows(timeline, "create")
        double_click(timeline.viewport(), timeline.visualItemRect(intake).center())
        settle(app, 3)
        dialog = view.dialog
        assert dialog is not None and dialog.isVisible(), "the interview did not open"
        picture(app, dialog).save(str(OUT / submission_name))
        print("written", OUT / submission_name)
        dialog.reject()
        settle(app, 0.5)
        while desk.tasks.pending:
            settle(app, 0.1)
        desk.shutdown()


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "km",
        sys.argv[2] if len(sys.argv) > 2 else "case-km.png",
        sys.argv[3] if len(sys.argv) > 3 else "submission-read-only.png",
    )

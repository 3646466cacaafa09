"""Screenshots of a case in a language given, with labels (issue 17, defect 2), and of its intake
opened read-only from the timeline (defect 8)::

    xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/case_file.py km case-km.png submission-read-only.png

The case is the one the user-path tests use (tests/ui/casefile.py: a real intake and follow-up,
and a conflict on the gender), in a throw-away workspace. The case is opened by a double-click
on its row, the intake by a double-click on its timeline row, as a person does.
"""

from __future__ import annotations

import sys

from stage import (
    application,
    cheap_test_workspaces,
    close,
    log_in_home,
    open_window,
    settle,
    snap,
    throwaway,
)

# isort: split
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def double_click(widget: QWidget, pos: QPoint) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def main(language: str, case_name: str, submission_name: str) -> None:
    from tests.ui import casefile

    cheap_test_workspaces()
    app = application(language)
    with throwaway() as tmp:
        path = tmp / "ws"
        casefile.make_case_file(path)
        desk = open_window(app, path, language)
        window = desk.window
        log_in_home(app, desk, "ana", casefile.PASSWORD)
        table = window.home.table
        double_click(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
        settle(app, 3)
        view = window.case_view
        snap(app, window, case_name, frame=True)
        timeline = view.timeline
        (intake,) = casefile.timeline_rows(timeline, "create")
        double_click(timeline.viewport(), timeline.visualItemRect(intake).center())
        settle(app, 3)
        dialog = view.dialog
        assert dialog is not None and dialog.isVisible(), "the interview did not open"
        snap(app, dialog, submission_name, frame=True)
        dialog.reject()
        settle(app, 0.5)
        close(app, desk)


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "km",
        sys.argv[2] if len(sys.argv) > 2 else "case-km.png",
        sys.argv[3] if len(sys.argv) > 3 else "submission-read-only.png",
    )

"""Screenshots of one case's name on the case list and in the case opened from it, which read
the same (the person's script in the order of their citizenship, the Latin letters after it)::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/case_names.py km

writes case-name-list-km.png and case-name-view-km.png. The case is the one the user-path tests
use (tests/ui/casefile.py: Sok Sreypov, a Cambodian citizen), in a throw-away workspace, opened
by a double-click on its row as a person does.
"""

from __future__ import annotations

import sys

from case_file import double_click
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


def main(language: str) -> None:
    from tests.ui import casefile

    cheap_test_workspaces()
    app = application(language)
    with throwaway() as tmp:
        path = tmp / "ws"
        casefile.make_case_file(path)
        desk = open_window(app, path, language)
        window = desk.window
        log_in_home(app, desk, "ana", casefile.PASSWORD)
        for name, shown in (("list", window.home.table), ("view", window.case_view)):
            if name == "view":
                table = window.home.table
                cell = table.visualRect(table.model().index(0, 0)).center()
                double_click(table.viewport(), cell)
                settle(app, 3)
            assert shown.isVisible()
            snap(app, window, f"case-name-{name}-{language}.png", frame=True)
        close(app, desk)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "km")

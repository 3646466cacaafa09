"""Screenshots of the case list searching a name many people share: the count says "N or more"
(the list does not count every match while a worker types; the exact number comes once the
last page is scrolled to)::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/many_matches.py km

writes many-matches-km.png. A throw-away workspace of 230 people named Somchai (the same as
tests/ui/test_many_matches.py), with the count's limit lowered to 150 as that test does (1,000
at full size); the search typed into the search box as a person types it.
"""

from __future__ import annotations

import sys

from stage import (
    application,
    cheap_test_workspaces,
    close,
    log_in,
    open_window,
    settle,
    snap,
    throwaway,
    wait_for,
)

# isort: split
from PySide6.QtTest import QTest

from app.cases import case_list


def main(language: str) -> None:
    from tests.ui import test_home
    from tests.ui.test_many_matches import many_somchai

    cheap_test_workspaces()
    case_list.COUNT_LIMIT, case_list.DENSE = 150, 50
    app = application(language)
    with throwaway() as tmp:
        path = tmp / "ws"
        test_home.make_workspace(path, write=many_somchai)
        desk = open_window(app, path, language)
        window = desk.window
        log_in(desk, "bo", test_home.PASSWORD)
        wait_for(app, lambda: desk.case_tasks is not None, "the case list")
        settle(app, 1)
        window.home.search.setFocus()
        QTest.keyClicks(window.home.search, "somch")
        settle(app, 2)
        snap(app, window, f"many-matches-{language}.png", frame=True)
        print(window.home.count.text())
        close(app, desk)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "km")

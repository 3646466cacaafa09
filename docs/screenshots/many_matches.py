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

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
sys.path.insert(0, str(OUT))

from case_file import picture, settle  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.cases import case_list  # noqa: E402
from app.ui.fonts import register_bundled_fonts  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.main import DesktopApp  # noqa: E402
from app.ui.text_size import style_sheet  # noqa: E402
from app.workspace import keyslots  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402


def main(language: str) -> None:
    import tests.conftest as test_settings
    from tests.ui import test_home
    from tests.ui.test_many_matches import many_somchai

    test_settings.CHEAP = KdfCost(1, 8192, 1)  # a throw-away workspace: a cheap password cost
    keyslots.DEFAULT_COST = test_settings.CHEAP
    case_list.COUNT_LIMIT, case_list.DENSE = 150, 50
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts()
    install_language(language)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        test_home.make_workspace(path, write=many_somchai)
        desk = DesktopApp(path, language)
        desk.start()
        window = desk.window
        window.resize(1000, 700)
        window.show()
        window.activateWindow()
        settle(app, 0.5)
        login = desk.login
        assert login is not None
        login.user.setCurrentText("bo")
        QTest.keyClicks(login.password, test_home.PASSWORD)
        QTest.keyClick(login.password, Qt.Key.Key_Return)
        while desk.case_tasks is None:
            settle(app, 0.1)
        settle(app, 1)
        window.home.search.setFocus()
        QTest.keyClicks(window.home.search, "somch")
        settle(app, 2)
        out = OUT / f"many-matches-{language}.png"
        picture(app, window).save(str(out))
        print("written", out, "on", app.platformName(), "-", window.home.count.text())
        while desk.tasks.pending:
            settle(app, 0.1)
        desk.shutdown()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "km")

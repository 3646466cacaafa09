"""Issue 17, found walking it by hand: the case list showed a name as "ស្រីពៅ Sreypov សុខ Sok"
(the name fields in the alphabetical order of their field names) while the case view showed
"សុខ ស្រីពៅ". A person reads one name for one person: the list row and the case opened from it
say the same, in the person's script in the order of their citizenship (a Khmer name: family
name first), the Latin letters after it.

The case is the case file of tests/ui/casefile.py (Sok Sreypov, a Cambodian citizen), opened by
a double-click on its row.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.ui.case_table import Column
from app.ui.main import DesktopApp
from tests.ui.by_hand import WAIT, bring_forward
from tests.ui.casefile import FAMILY, FAMILY_LATIN, GIVEN, GIVEN_LATIN, PASSWORD, make_case_file
from tests.ui.desktop import log_in, start_desktop
from tests.ui.test_case_in_language import open_the_case


def test_the_case_list_and_the_case_show_one_name(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    make_case_file(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    bring_forward(qtbot, desktop.window)
    log_in(qtbot, desktop, "ana", PASSWORD)
    table = desktop.window.home.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=WAIT)
    listed = table.model().index(0, Column.NAME).data()  # the text in the row's Name cell

    assert listed == f"{FAMILY} {GIVEN} ({FAMILY_LATIN} {GIVEN_LATIN})"
    view = open_the_case(qtbot, desktop)
    assert view.title.text() == listed

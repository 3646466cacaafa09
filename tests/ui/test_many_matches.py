"""A search with very many matches at scale: the case list says "N or more" (it does not count
them all while a worker types) and the exact number once the last page is scrolled to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.cases import case_list
from app.cases.book import CaseBook
from app.cases.events import CaseEvent
from app.cases.hlc import HybridClock
from app.workspace.ids import new_id
from tests.ui.test_home import WAIT, log_in, make_workspace

SOMCHAI = 230  # more than a page (100 rows) of one name


def many_somchai(book: CaseBook) -> None:
    clock = HybridClock("otherlaptop")
    book.ingest(
        CaseEvent(
            new_id(),
            new_id(),
            "create",
            {"form_id": "intake", "properties": {"prs_First_Name": f"Somchai {i:03}"}},
            "bo",
            clock.device,
            clock.now(),
            (),
        )
        for i in range(SOMCHAI)
    )


def test_many_matches_say_or_more_until_the_last_page(
    qtbot: QtBot, workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(case_list, "COUNT_LIMIT", 150)  # 1,000 at full size
    monkeypatch.setattr(case_list, "DENSE", 50)
    make_workspace(workspace_path, write=many_somchai)
    desktop = log_in(qtbot, workspace_path, "bo")
    home = desktop.window.home
    qtbot.waitUntil(lambda: home.count.text() == f"Cases: {SOMCHAI}", timeout=WAIT)

    home.search.setFocus()
    qtbot.keyClicks(home.search, "somch")
    qtbot.waitUntil(lambda: home.count.text() == "Cases: 150 or more", timeout=WAIT)
    assert home.table.model().rowCount() == 100

    home.table.setFocus()
    for _ in range(12):  # End, as a worker scrolls down; each time the next page comes
        qtbot.keyClick(home.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)
        if home.count.text() == f"Cases: {SOMCHAI}":
            break
    qtbot.waitUntil(lambda: home.count.text() == f"Cases: {SOMCHAI}", timeout=WAIT)
    shown = [
        home.table.model().index(row, 0).data() for row in range(home.table.model().rowCount())
    ]
    assert shown == [f"Somchai {i:03}" for i in range(SOMCHAI)]  # each once, in name order
    desktop.shutdown()

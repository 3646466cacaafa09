"""Issue 17, defect 11: one date reads the same on every screen, in the interface language.

The case list, the case view's summary and timeline, and the drafts on home write a date as day,
month name and four-digit year in the language chosen on the login screen; Thai in the Buddhist
Era. (English showed 11/7/2026, Khmer 7/11/2026 and the status bar 12/6/26.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.ui.case_table import Column
from app.ui.i18n import install_language
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.ui.by_hand import WAIT, bring_forward, choose
from tests.ui.casefile import PASSWORD, make_case_file, timeline_rows
from tests.ui.desktop import log_in, start_desktop
from tests.ui.test_case_in_language import open_the_case

VISIT = {  # the follow-up of tests/ui/casefile.py, on 20 November 2026
    "en": ("English", "20 November 2026"),
    "th": ("ไทย", "20 พฤศจิกายน 2569"),
    "km": ("ខ្មែរ", "20 វិច្ឆិកា 2026"),
    "zh": ("中文", "2026年11月20日"),
}
STYLE = {  # any date in that style: day, month name, four-digit year (Buddhist Era in Thai)
    "en": r"\d{1,2} [A-Z][a-z]+ 20\d\d",
    "th": r"\d{1,2} \S+ 25\d\d",
    "km": r"\d{1,2} \S+ 20\d\d",
    "zh": r"20\d\d年\d{1,2}月\d{1,2}日",
}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    install_language("en")
    QLocale.setDefault(QLocale("en"))


@pytest.mark.parametrize("language", list(VISIT))
def test_a_date_reads_the_same_everywhere(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp], language: str
) -> None:
    make_case_file(workspace_path)
    session = Workspace.at(workspace_path).login("ana", PASSWORD)
    book = case_book(session)
    draft = Interview.start(session, book, FormLibrary().on(book.store).get("intake"))
    draft.set_answer("social_worker", "Ana")  # an intake begun today and left
    session.lock()
    name, visit = VISIT[language]

    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    bring_forward(qtbot, desktop.window)
    assert desktop.login is not None
    choose(qtbot, desktop.login.language, name)
    log_in(qtbot, desktop, "ana", PASSWORD)
    home = desktop.window.home
    drafts = home.drafts_panel.list
    qtbot.waitUntil(lambda: drafts.count() == 1, timeout=WAIT)
    saved = drafts.item(0).text().splitlines()[-1]  # the day and time it was saved
    assert re.fullmatch(STYLE[language] + r", \d\d:\d\d", saved), saved
    qtbot.waitUntil(lambda: home.model.rowCount() == 1, timeout=WAIT)
    due = home.table.model().index(0, Column.NEXT_FOLLOW_UP).data()
    assert re.fullmatch(STYLE[language], due), due

    view = open_the_case(qtbot, desktop)
    (visit_row,) = timeline_rows(view.timeline, "follow_up")
    assert visit_row.text(0) == visit
    summary = [
        view.summary.itemAt(row, view.summary.ItemRole.FieldRole).widget().text()
        for row in range(view.summary.rowCount())
    ]
    assert due in summary  # the next follow-up: as the list writes it

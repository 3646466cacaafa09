"""Screenshot of a team's own follow-up form opened by "New follow-up" (issue 18), in a language.

The team published "Home visit", a follow-up form of its own (another id, other question names)
that declares the follow-up action, its visit date and its visitor (``bind::fieldcase:...``, see
docs/form-authoring.md). The case is opened by a double-click, "New follow-up" clicked, then Next:
the visit's page shows the logged-in user and today's date already filled in::

    xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/own_follow_up.py km own-follow-up-km.png

Without a display it falls back to Qt's offscreen platform (``QWidget.grab``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from stage import (
    CHEAP,
    PASSWORD,
    application,
    close,
    log_in_home,
    open_window,
    settle,
    snap,
    throwaway,
    wait_for,
)

# isort: split
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.team.case_book import case_book
from app.team.form_versions import publish_form
from app.ui.form_view import InterviewWidget
from app.workspace.folder import Workspace

EN, KM = "label::English (en)", "label::Khmer (km)"
HOME_VISIT = f"""
| settings |                                |           |                 |                 |            |
|          | form_id                        | version   | form_title      | default_language | namespaces |
|          | home_visit                     | 1         | Home visit      | English (en)    | fieldcase="urn:fieldcase:xforms" |
| survey   |                                |           |                 |                 |            |          |           |                             |                           |
|          | type                           | name      | {EN}            | {KM}            | appearance | save_to  | read_only | bind::fieldcase:case_action | bind::fieldcase:case_role |
|          | select_one_from_file cases.csv | person    | The person      | បុគ្គល          |            |          | yes       | follow_up                   |                           |
|          | begin_group                    | visit     | The home visit  | ការចុះសួរសុខទុក្ខដល់ផ្ទះ | field-list |  |           |                             |                           |
|          | date                           | seen_on   | Day of the visit | ថ្ងៃចុះសួរសុខទុក្ខ |          | seen_on  |           |                             | visit_date                |
|          | text                           | visitor   | Who visited     | អ្នកចុះសួរសុខទុក្ខ |           |          |           |                             | worker                    |
|          | text                           | home      | Who the person lives with | បុគ្គលរស់នៅជាមួយអ្នកណា | |  home   |           |                             |                           |
|          | end_group                      |           |                 |                 |            |          |           |                             |                           |
| entities |                                |           |                 |                 |            |          |           |                             |                           |
|          | list_name                      | entity_id |                 |                 |            |          |           |                             |                           |
|          | cases                          | ${{person}} |               |                 |            |          |           |                             |                           |
"""


def workspace(path: Path, folder: Path) -> None:
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
    book = case_book(session)
    book.open_case(
        {"prs_First_Name": "សុខា", "prs_Second_Name": "ជា", "prs_Citizenship": "KH"},
        form_id="intake",
    )
    form = folder / "home_visit.md"
    form.write_text(HOME_VISIT, encoding="utf-8")
    publish_form(book, form)
    session.lock()


def main(language: str, name: str) -> None:
    app = application(language)
    with throwaway() as tmp:
        path = tmp / "ws"
        workspace(path, tmp)
        desk = open_window(app, path, language)
        window = desk.window
        log_in_home(app, desk)
        table = window.home.table
        wait_for(app, lambda: table.model().rowCount() == 1, "the case list")
        row = table.visualRect(table.model().index(0, 0)).center()
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)  # as a person
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)  # double-clicks
        view = window.case_view
        wait_for(app, lambda: window.stack.currentWidget() is view, "the case")
        wait_for(app, view.follow_up_button.isVisible, "New follow-up")
        QTest.mouseClick(view.follow_up_button, Qt.MouseButton.LeftButton)
        wait_for(
            app,
            lambda: isinstance(window.stack.currentWidget(), InterviewWidget),
            "the interview: " + window.statusBar().currentMessage(),
        )
        screen = window.stack.currentWidget()
        assert isinstance(screen, InterviewWidget)
        settle(app, 1)
        QTest.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
        settle(app, 1.5)
        snap(app, window, name)
        close(app, desk)


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "own-follow-up-en.png",
    )

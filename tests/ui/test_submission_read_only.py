"""Issue 17, defect 8: a finished interview opens read-only from the case's timeline.

Double-click on the intake's row (or Enter on the follow-up's) opens the submission: every
question by its label with its answer's label, in the interface language, who filled it, when,
and the interpreter; "Show in" switches to the person's language. Reading it is audited.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from app.ui.i18n import install_language
from app.ui.main import DesktopApp
from app.ui.submission_view import SubmissionDialog
from app.workspace.folder import Workspace
from tests.ui.by_hand import WAIT, bring_forward, choose, click, double_click, press
from tests.ui.casefile import PASSWORD, CaseFile, make_case_file, timeline_rows
from tests.ui.desktop import log_in, shut_down, start_desktop
from tests.ui.test_case_in_language import form_words, open_the_case


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    install_language("en")
    QLocale.setDefault(QLocale("en"))


def rows(tree: QTreeWidget) -> dict[str, str]:
    """Question -> answer, for every question shown (headings left out)."""
    found: dict[str, str] = {}

    def visit(item: QTreeWidgetItem) -> None:
        if item.childCount() == 0:
            found[item.text(0)] = item.text(1)
        for i in range(item.childCount()):
            visit(item.child(i))

    for i in range(tree.topLevelItemCount()):
        visit(tree.topLevelItem(i))
    return found


def dialog_shown(qtbot: QtBot, desktop: DesktopApp, before: object = None) -> SubmissionDialog:
    """The submission dialog the case view opened (a new one, not ``before``)."""
    view = desktop.window.case_view
    qtbot.waitUntil(
        lambda: isinstance(view.dialog, SubmissionDialog) and view.dialog is not before,
        timeout=WAIT,
    )
    dialog = view.dialog
    assert isinstance(dialog, SubmissionDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def close(qtbot: QtBot, dialog: SubmissionDialog) -> None:
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))
    assert not dialog.isVisible()


def views_of(path: Path, case: CaseFile) -> list[str]:
    session = Workspace.at(path).login("ana", PASSWORD)
    try:
        return [
            str(r[0])
            for r in session.store.query(
                "SELECT object FROM audit WHERE action = 'view' AND object LIKE 'submission:%'"
            )
        ]
    finally:
        session.lock()


def test_a_timeline_row_opens_its_interview_read_only(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    case = make_case_file(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    view = open_the_case(qtbot, desktop)
    timeline = view.timeline

    (intake_row,) = timeline_rows(timeline, "create")
    assert intake_row.text(1) == "Intake"
    double_click(qtbot, timeline.viewport(), timeline.visualItemRect(intake_row).center())
    dialog = dialog_shown(qtbot, desktop)
    assert "ana" in dialog.filled_by.text() and "2026" in dialog.filled_by.text()
    assert "chi" in dialog.interpreter.text()
    gender, transgender = form_words("intake", "prs_Gender", "TransgenderFeminine", "en")
    answers = rows(dialog.answers)
    assert answers[gender] == transgender  # the question's label, the answer's label
    date_label, _ = form_words("intake", "interview_date", "", "en")
    assert answers[date_label] == "2 November 2026"
    assert not any("TransgenderFeminine" in a or "prs_Gender" in q for q, a in answers.items())
    assert dialog.answers.editTriggers() == QTreeWidget.EditTrigger.NoEditTriggers

    choose(qtbot, dialog.language, "ខ្មែរ (the person's language)")
    gender_km, transgender_km = form_words("intake", "prs_Gender", "TransgenderFeminine", "km")
    assert rows(dialog.answers)[gender_km] == transgender_km
    close(qtbot, dialog)
    bring_forward(qtbot, desktop.window)

    (visit_row,) = timeline_rows(timeline, "follow_up")
    assert visit_row.text(1) == "Follow-up visit"
    click(qtbot, timeline.viewport(), timeline.visualItemRect(visit_row).center())
    press(qtbot, Qt.Key.Key_Return)
    dialog = dialog_shown(qtbot, desktop, before=dialog)
    living, with_family = form_words("follow_up", "living_situation", "with_family", "en")
    assert rows(dialog.answers)[living] == with_family
    close(qtbot, dialog)

    shut_down(qtbot, desktop)
    viewed = views_of(workspace_path, case)
    assert f"submission:{case.intake_submission}" in viewed
    assert f"submission:{case.follow_up_submission}" in viewed

"""Issue 17, defect 2: the case view in Khmer and Chinese reads in words, not codes.

A case made by a real intake and follow-up (tests/ui/casefile.py) is opened from the list after
the language was chosen on the login screen. Every value shown is its choice's label in that
language, every field its question's label, the person by their full name; the conflicts panel
and the dialog that resolves the conflict too. The expected words come from the shipped forms'
``label::`` columns, read here without the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.export.tables import Column, Labeller
from app.interviews.form_library import FormLibrary
from app.ui.case_view import CaseView
from app.ui.i18n import install_language
from app.ui.main import DesktopApp
from tests.ui.by_hand import (
    WAIT,
    action_named,
    bring_forward,
    choose,
    click,
    click_action,
    double_click,
    open_menu_by_click,
)
from tests.ui.casefile import (
    CODES,
    FAMILY,
    FAMILY_LATIN,
    GIVEN,
    GIVEN_LATIN,
    PASSWORD,
    make_case_file,
    timeline_rows,
)
from tests.ui.desktop import log_in, start_desktop


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """The interface language is the application's: put English back for the next test."""
    yield
    install_language("en")
    QLocale.setDefault(QLocale("en"))


def form_words(form_id: str, name: str, value: str, language: str) -> tuple[str, str]:
    """The question's label and the value's label, as the form defines them."""
    definition = FormLibrary().get(form_id)
    field = definition.field(name)
    assert field is not None
    column = Column(field.name, field.gpath, field.qtype)
    words = Labeller(definition, language)
    return words.header(column), words.value(column, value)


def open_the_case(qtbot: QtBot, desktop: DesktopApp, rows: int = 4) -> CaseView:
    """A double-click on the only row of the case list; returns once the timeline shows
    ``rows`` events (the case file's: intake, visit, two edits of the gender)."""
    home = desktop.window.home
    qtbot.waitUntil(lambda: home.model.rowCount() == 1, timeout=WAIT)
    table = home.table
    double_click(qtbot, table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    view = desktop.window.case_view
    qtbot.waitUntil(lambda: desktop.window.stack.currentWidget() is view, timeout=WAIT)
    qtbot.waitUntil(lambda: view.snapshot is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: view.timeline.topLevelItemCount() == rows, timeout=WAIT)
    summary = view.summary_box  # its rows show once Qt handles the layout's posted events
    qtbot.waitUntil(lambda: summary.findChildren(QLabel)[0].isVisible(), timeout=WAIT)
    return view


def shown_texts(widget: QWidget) -> list[str]:
    """Every text on screen in ``widget``: labels, buttons, tree rows."""
    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in widget.findChildren(QPushButton) if w.isVisible()]
    texts += [w.text() for w in widget.findChildren(QRadioButton) if w.isVisible()]
    if isinstance(widget, CaseView):
        tree = widget.timeline
        for row in range(tree.topLevelItemCount()):
            texts += [tree.topLevelItem(row).text(c) for c in range(tree.columnCount())]
    return texts


@pytest.mark.parametrize(("language", "name"), [("km", "ខ្មែរ"), ("zh", "中文")])
def test_the_case_view_shows_labels_in_the_language_chosen(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp], language: str, name: str
) -> None:
    make_case_file(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    bring_forward(qtbot, desktop.window)
    assert desktop.login is not None
    choose(qtbot, desktop.login.language, name)
    log_in(qtbot, desktop, "ana", PASSWORD)
    view = open_the_case(qtbot, desktop)

    texts = shown_texts(view)
    for code in CODES:
        assert not any(code in text for text in texts), f"{code!r} shown in {texts}"
    whole = f"{FAMILY} {GIVEN}"  # a Cambodian name: family name first
    shown = f"{whole} ({FAMILY_LATIN} {GIVEN_LATIN})"  # the case's name on every screen
    assert view.title.text() == shown
    assert whole in texts
    gender, transgender = form_words("intake", "prs_Gender", "TransgenderFeminine", language)
    _, woman = form_words("intake", "prs_Gender", "Feminine", language)
    _, forced_labour = form_words("intake", "vic_TypeOfExploitation", "ForcedLabour", language)
    assert forced_labour in texts
    conflict = next(t for t in texts if t.startswith(gender + ":"))  # the conflicts panel
    assert transgender in conflict and woman in conflict
    living, _ = form_words("follow_up", "living_situation", "with_family", language)
    (visit,) = timeline_rows(view.timeline, "follow_up")
    assert living in visit.text(3)

    resolve = next(b for b in view.resolve_buttons if b.isVisible())
    click(qtbot, resolve)
    qtbot.waitUntil(lambda: isinstance(view.dialog, QDialog) and view.dialog.isVisible())
    dialog = view.dialog
    assert dialog is not None
    said = shown_texts(dialog)
    assert any(gender in t and whole in t for t in said), said
    assert any(t.startswith(transgender) for t in said) and any(t.startswith(woman) for t in said)
    assert not any(code in t for t in said for code in CODES), said
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    click(qtbot, cancel)
    assert not dialog.isVisible()

    # the supervisor's queue of conflicts (Cases › Conflicts to resolve) says the same
    bring_forward(qtbot, desktop.window)
    window = desktop.window
    open_menu_by_click(qtbot, window, window.cases_menu)
    entry = window.conflicts_action.text().replace("&", "")
    click_action(qtbot, window.cases_menu, action_named(window.cases_menu, entry))
    queue = window.session_screens()[2]
    qtbot.waitUntil(lambda: queue.tree.topLevelItemCount() == 1, timeout=WAIT)
    row = [queue.tree.topLevelItem(0).text(c) for c in range(3)]
    assert row[0] == shown and row[1] == gender
    assert transgender in row[2] and woman in row[2]

"""Issue 17 (the keyboard): on every screen and dialog, in each of the seven languages, no two
things shown share an Alt key (the underlined letter). When two do, Qt presses neither: the
keyboard only moves between them, so the key a person reads on "Add user" or "Save to folder"
does not do what it says (found by walking the user paths: Alt+A was also "Password again",
Alt+T also "Team").

The app is started in English and the language chosen on the login screen, as a person does;
each dialog is opened from its menu or button and closed with Escape (the walk of
test_nothing_clipped.py). Counted: enabled buttons and check boxes, labels whose buddy is shown,
and the window's menu bar titles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from app.cases.book import CaseBook
from app.ui.form_view import InterviewWidget
from app.ui.i18n import LANGUAGES
from app.ui.main import DesktopApp
from tests.ui.by_hand import WAIT, choose, click, double_click, press, type_text
from tests.ui.casefile import PASSWORD, make_case_file, timeline_rows
from tests.ui.desktop import log_in
from tests.ui.test_case_in_language import open_the_case
from tests.ui.test_nothing_clipped import (
    as_the_app_starts,  # noqa: F401  (a fixture: the app's fonts and style sheet)
    dialog_opened,
    dismissed,
    from_menu,
    settle,
    started,
)

CTRL = Qt.KeyboardModifier.ControlModifier
# A letter or digit after a single "&" (Qt's mnemonic); "&&" is a shown ampersand.
MNEMONIC = re.compile(r"(?<!&)&([^\W_])")


def alt_key(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(where: str, window: QWidget) -> list[str]:
    """The Alt keys that two or more things shown in ``window`` answer to."""
    settle()
    owners: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        text = ""
        if isinstance(widget, QAbstractButton) and widget.isEnabled():
            text = widget.text()
        elif isinstance(widget, QLabel):
            buddy = widget.buddy()
            if buddy is not None and buddy.isVisible() and buddy.isEnabled():
                text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        if text and (key := alt_key(text)):
            owners[key].append(text)
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.isVisible() and (key := alt_key(action.text())):
                owners[key].append(f"menu {action.text()}")
    return [
        f"{where}: Alt+{key.upper()} is {' and '.join(repr(t) for t in texts)}"
        for key, texts in sorted(owners.items())
        if len(texts) > 1
    ]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_no_two_things_on_a_screen_share_an_alt_key(
    qtbot: QtBot, tmp_path: Path, desktops: list[DesktopApp], language: str
) -> None:
    found: list[str] = []
    path = tmp_path / "workspace"
    make_case_file(path)
    desktop = started(qtbot, path, "en", desktops)
    assert desktop.login is not None
    choose(qtbot, desktop.login.language, LANGUAGES[language])
    window = desktop.window
    found += clashes("login", window)
    log_in(qtbot, desktop, "ana", PASSWORD)
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 1, timeout=WAIT)
    found += clashes("home", window)

    for menu, action in (
        (window.workspace_menu, window.users_action),
        (window.workspace_menu, window.settings_action),
        (window.cases_menu, window.export_action),
    ):
        entry = action.text().replace("&", "")
        from_menu(qtbot, desktop, menu, entry)
        opened = dialog_opened(qtbot, desktop)
        found += clashes(entry, opened)
        dismissed(qtbot, opened, desktop)

    screens = window.supervisor
    for action in (screens.overview_action, screens.verification_action):
        from_menu(qtbot, desktop, window.cases_menu, action.text().replace("&", ""))
        qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.home, timeout=WAIT)
        found += clashes(action.text().replace("&", ""), window)
        click(qtbot, window.stack.currentWidget().back_button)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT)

    view = open_the_case(qtbot, desktop)
    found += clashes("case", window)
    dialog: QDialog | None = None
    for button in (view.refer_button, view.close_button, view.withdraw_button):
        click(qtbot, button)
        dialog = dialog_opened(qtbot, view, dialog)
        found += clashes(button.text(), dialog)
        dismissed(qtbot, dialog, desktop)
    timeline = view.timeline
    (intake,) = timeline_rows(timeline, "create")
    double_click(qtbot, timeline.viewport(), timeline.visualItemRect(intake).center())
    dialog = dialog_opened(qtbot, view, dialog)
    found += clashes("interview read-only", dialog)
    dismissed(qtbot, dialog, desktop)

    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), InterviewWidget))
    found += clashes("intake", window)
    screen = window.stack.currentWidget()
    assert isinstance(screen, InterviewWidget)
    click(qtbot, screen.boxes["social_worker"].focus_widgets()[0])
    type_text("Sophea")
    click(qtbot, screen.close_button)  # Save and close: home lists the draft; one chosen
    drafts = window.home.drafts_panel.list
    qtbot.waitUntil(lambda: drafts.count() == 1, timeout=WAIT)
    click(qtbot, drafts.viewport(), drafts.visualItemRect(drafts.item(0)).center())
    qtbot.waitUntil(window.home.drafts_panel.continue_button.isEnabled, timeout=WAIT)
    found += clashes("home, a draft chosen", window)
    assert found == [], "\n".join(found)


def referred_case(path: Path, sender: Path) -> None:
    """The workspace of team phnom_penh (supervisor ana, social worker bo: tests/ui/test_home.py)
    with one case team bangkok referred to it, waiting for its decision."""
    import json

    from app.team import directory as team_directory
    from app.team.case_book import case_book
    from app.team.keyring import Keyring
    from app.team.membership import found_team
    from app.team.outbox import Inbox
    from app.workspace.folder import Workspace
    from sync.directory import sign_entry
    from sync.envelope import Envelope
    from tests.conftest import CHEAP
    from tests.conftest import PASSWORD as SENDER_PASSWORD
    from tests.ui.test_home import make_workspace

    session, _ = Workspace.create(sender, "nok", SENDER_PASSWORD, cost=CHEAP)
    bangkok = case_book(session)
    found_team(bangkok, "bangkok")

    def receive(phnom_penh: CaseBook) -> None:
        found_team(phnom_penh, "phnom_penh")
        for book, other in ((bangkok, phnom_penh), (phnom_penh, bangkok)):
            entry = team_directory.own_entry(other)
            team_directory.learn_entry(book, sign_entry(entry, Keyring(other.store).signing_key()))
        fingerprint = team_directory.own_entry(phnom_penh).fingerprint
        team_directory.confirm_team(bangkok, "phnom_penh", fingerprint)
        case_id = bangkok.open_case({"prs_First_Name": "Sokha Chea"}, "intake")
        consent = {"given": True, "recipient": "phnom_penh", "purpose": "reintegration"}
        bangkok.refer(case_id, "phnom_penh", consent)
        wire = bangkok.store.scalar("SELECT wire FROM outbox WHERE kind = 'referral'")
        report = Inbox(phnom_penh).receive([Envelope.from_wire(json.loads(str(wire)))])
        assert report.applied == 1, report

    make_workspace(path, write=receive)
    session.lock()


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_a_case_referred_to_the_team_shares_no_alt_key(
    qtbot: QtBot, tmp_path: Path, desktops: list[DesktopApp], language: str
) -> None:
    """A case another team referred shows Accept and Decline beside the case view's buttons
    (in Vietnamese "Từ chố&i" once took Print case file's Alt+I)."""
    from tests.ui.test_home import PASSWORD as TEAM_PASSWORD

    path = tmp_path / "workspace"
    referred_case(path, tmp_path / "bangkok")
    desktop = started(qtbot, path, "en", desktops)
    assert desktop.login is not None
    choose(qtbot, desktop.login.language, LANGUAGES[language])
    log_in(qtbot, desktop, "bo", TEAM_PASSWORD)
    table = desktop.window.home.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=WAIT)
    double_click(qtbot, table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    view = desktop.window.case_view
    box = view.referral_box
    qtbot.waitUntil(lambda: box.accept_button.isVisible(), timeout=WAIT)
    assert box.decline_button.isVisible() and view.print_button.isVisible()
    found = clashes("referred case", desktop.window)
    assert found == [], "\n".join(found)

"""A case another team referred: the case view shows who sent it, and Accept sends the answer."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.cases.book import CaseBook
from app.team import directory as team_directory
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.outbox import Inbox
from app.workspace.folder import Workspace
from sync.directory import SignedEntry, sign_entry
from sync.envelope import Envelope
from tests.conftest import CHEAP, PASSWORD
from tests.ui.test_case_view import open_from_list, timeline
from tests.ui.test_home import WAIT, log_in, make_workspace


def _entry(book: CaseBook) -> SignedEntry:
    return sign_entry(team_directory.own_entry(book), Keyring(book.store).signing_key())


def test_a_received_referral_is_accepted_from_the_case_view(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path
) -> None:
    session, _ = Workspace.create(tmp_path / "bangkok", "nok", PASSWORD, cost=CHEAP)
    bangkok = case_book(session)
    found_team(bangkok, "bangkok")

    def receive(phnom_penh: CaseBook) -> None:
        found_team(phnom_penh, "phnom_penh")
        team_directory.learn_entry(bangkok, _entry(phnom_penh))
        team_directory.learn_entry(phnom_penh, _entry(bangkok))
        fingerprint = team_directory.own_entry(phnom_penh).fingerprint
        team_directory.confirm_team(bangkok, "phnom_penh", fingerprint)
        case_id = bangkok.open_case({"prs_First_Name": "Sokha Chea"}, "intake")
        consent = {"given": True, "recipient": "phnom_penh", "purpose": "reintegration"}
        bangkok.refer(case_id, "phnom_penh", consent)
        wire = bangkok.store.scalar("SELECT wire FROM outbox WHERE kind = 'referral'")
        report = Inbox(phnom_penh).receive([Envelope.from_wire(json.loads(str(wire)))])
        assert report.applied == 1, report

    make_workspace(workspace_path, write=receive)
    desktop = log_in(qtbot, workspace_path, "bo")
    view = desktop.window.case_view
    open_from_list(qtbot, desktop, "Sokha Chea")
    box = view.referral_box
    qtbot.waitUntil(lambda: box.info is not None, timeout=WAIT)
    assert box.isVisible() and "nok" in box.sender.text() and "bangkok" in box.sender.text()
    assert box.accept_button.isVisible() and box.decline_button.isVisible()
    assert view.status.text() == "Referred"

    qtbot.mouseClick(box.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status.text() == "Open", timeout=WAIT)
    qtbot.waitUntil(lambda: not box.accept_button.isVisible(), timeout=WAIT)
    assert timeline(desktop)[0][1] == "Referral accepted by phnom_penh"
    assert box.state.text().startswith("This team accepted the case.")
    desktop.shutdown()
    bangkok.session.lock()

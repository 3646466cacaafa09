"""The supervisors' overview and verification report, driven through the real widgets (offscreen)
over a real workspace with the cheap KDF."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.cases.book import CaseBook
from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.team.membership import admit, found_team, join, make_request
from app.team.outbox import Inbox, outbox_of
from app.team.synchronise import SyncReport
from app.team.transfer import transfer_out
from app.ui.dashboard import DashboardWidget
from app.ui.main import DesktopApp
from app.ui.verification_view import VerificationWidget
from app.workspace.folder import Workspace
from tests.conftest import CHEAP
from tests.ui.desktop import WAIT, log_in, shut_down, start_desktop

SUPERVISOR_PW = "supervisor password 1"
WORKER_PW = "social worker password"
DEMO_CASES = 12


def _open_dashboard(qtbot: QtBot, desktop: DesktopApp) -> DashboardWidget:
    supervisor = desktop.window.supervisor
    assert supervisor.overview_action.isVisible()
    supervisor.overview_action.trigger()
    dashboard = supervisor.dashboard
    assert desktop.window.stack.currentWidget() is dashboard
    qtbot.waitUntil(lambda: dashboard.overview is not None, timeout=WAIT)
    return dashboard


def _audit_rows(path: Path) -> list[tuple[str, dict[str, object]]]:
    session = Workspace.at(path).login("Ana", SUPERVISOR_PW)
    try:
        rows = session.store.query("SELECT object, detail FROM audit WHERE action = 'export'")
        return [(r[0], json.loads(r[1])) for r in rows]
    finally:
        session.lock()


def test_the_overview_shows_demo_cases_and_saves_png_and_pdf_with_an_audit_event(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", SUPERVISOR_PW, cost=CHEAP)
    add_demo_cases(case_book(session), DEMO_CASES, seed=3)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    dashboard = _open_dashboard(qtbot, desktop)
    overview = dashboard.overview
    assert overview is not None and overview.cases == DEMO_CASES
    assert f"Cases on this laptop: {DEMO_CASES}" in dashboard.summary.text()
    # Categories in words from the intake form, not codes; chart titles through tr().
    exploitation = dashboard.exploitation.data
    assert exploitation.title == "Types of exploitation (all cases)"
    assert sum(v[0] for v in exploitation.values) >= DEMO_CASES
    assert not {"ForcedLabour", "SexualExploitation", "ForcedMarriage"} & set(
        exploitation.categories
    )
    countries = {s.label for s in dashboard.identified.data.segments}
    assert countries and countries <= {
        "Cambodia", "China", "Lao PDR", "Myanmar", "Thailand", "Viet Nam", "Not recorded"
    }  # fmt: skip
    assert len(dashboard.identified.data.categories) == 12  # a year of months
    assert dashboard.follow_ups.data.segments[0].label == "Done"
    assert dashboard.identified.accessibleDescription().startswith("People identified")

    for file_format, button, magic in (
        ("png", dashboard.image_button, b"\x89PNG"),
        ("pdf", dashboard.pdf_button, b"%PDF"),
    ):
        target = tmp_path / "report" / f"overview.{file_format}"
        target.parent.mkdir(exist_ok=True)
        dashboard.choose_path = lambda _fmt, target=target: str(target)  # the file chooser
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda target=target: dashboard.saved_path == str(target), timeout=WAIT)
        assert dashboard.error.text() == ""
        data = target.read_bytes()
        assert data.startswith(magic) and len(data) > 2_000
        assert str(target) in dashboard.status.text()
    shut_down(qtbot, desktop)

    exports = [(obj, detail) for obj, detail in _audit_rows(workspace_path)]
    assert [(Path(obj).name, d["what"], d["format"]) for obj, d in exports] == [
        ("overview.png", "overview", "png"),
        ("overview.pdf", "overview", "pdf"),
    ]
    assert all(d["cases"] == DEMO_CASES for _, d in exports)


def test_the_overview_speaks_the_interface_language(qtbot: QtBot, workspace_path: Path) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", SUPERVISOR_PW, cost=CHEAP)
    book = case_book(session)
    book.open_case(
        {"prs_Citizenship": "KH", "vic_TypeOfExploitation": "ForcedLabour"}, "intake", team="t"
    )
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    dashboard = _open_dashboard(qtbot, desktop)
    assert dashboard.exploitation.data.categories == ["Forced labour"]
    desktop.set_language("km")
    qtbot.waitUntil(lambda: dashboard.language == "km", timeout=WAIT)
    assert dashboard.exploitation.data.categories == ["ពលកម្មដោយបង្ខំ"]
    assert [s.label for s in dashboard.identified.data.segments] == ["កម្ពុជា"]
    desktop.set_language("en")
    shut_down(qtbot, desktop)


def test_a_social_worker_sees_neither_the_overview_nor_the_verification_report(
    qtbot: QtBot, workspace_path: Path
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", SUPERVISOR_PW, cost=CHEAP)
    session.add_user("Sopheap", "social_worker", WORKER_PW, cost=CHEAP)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Sopheap", WORKER_PW)
    supervisor = desktop.window.supervisor
    assert not supervisor.overview_action.isVisible()
    assert not supervisor.verification_action.isVisible()
    supervisor.show_overview()
    supervisor.show_verification()
    assert desktop.window.stack.currentWidget() is desktop.window.home
    assert supervisor._dashboard is None and supervisor._verification is None
    shut_down(qtbot, desktop)


def _team(workspace_path: Path, tmp_path: Path) -> tuple[CaseBook, CaseBook]:
    session, _ = Workspace.create(workspace_path, "Ana", SUPERVISOR_PW, cost=CHEAP)
    supervisor = case_book(session)
    field_session, _ = Workspace.create(tmp_path / "field", "Bora", WORKER_PW, cost=CHEAP)
    field = case_book(field_session)
    found_team(supervisor, "bangkok-shelter")
    welcome, _ = admit(supervisor, make_request(field)[0])
    join(field, welcome)
    return supervisor, field


def _open_verification(qtbot: QtBot, desktop: DesktopApp) -> VerificationWidget:
    supervisor = desktop.window.supervisor
    assert supervisor.verification_action.isVisible()
    supervisor.verification_action.trigger()
    view = supervisor.verification
    assert desktop.window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: view.loaded, timeout=WAIT)
    return view


def test_the_verification_report_lists_a_refused_envelope_with_its_reason(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path
) -> None:
    supervisor, field = _team(workspace_path, tmp_path)
    field.open_case({"prs_First_Name": "Dara"}, "intake")
    [envelope] = outbox_of(field).pending()
    body = bytearray(envelope.body)
    body[-3] ^= 1
    Inbox(supervisor).receive([dataclasses.replace(envelope, body=bytes(body))])
    supervisor.session.lock()
    field.session.lock()

    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    view = _open_verification(qtbot, desktop)
    assert view.table.rowCount() == 1
    cells = [view.table.item(0, c).text() for c in range(view.table.columnCount())]
    assert cells[1] == "Received, not applied"
    assert cells[2] == envelope.id and cells[3] == field.device and cells[4] == "Case change"
    assert "signature does not match" in cells[5]
    assert "signature does not verify" in view.table.item(0, 5).toolTip()  # the technical words
    assert "No sync or import in this session yet" in view.batch_text.text()
    assert "Refused items kept aside: 1" == view.list_title.text()

    # A sync round's report reaches the screen through the sync panel.
    report = SyncReport(pulled=2, pull_duplicates=1, pushed=4)
    desktop.window.sync_panel.synced.emit(report)
    assert "Last sync: received 3, applied 2, already here (duplicates) 1, refused 0." in (
        view.batch_text.text()
    )
    assert "Sent: 4" in view.batch_text.text()
    shut_down(qtbot, desktop)


def test_a_usb_import_from_a_removed_laptop_shows_counts_and_the_refusal(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path
) -> None:
    supervisor, field = _team(workspace_path, tmp_path)
    for name in ("Dara", "Sokha"):
        field.open_case({"prs_First_Name": name}, "intake")
    usb = tmp_path / "usb.fieldcase-transfer"
    transfer_out(field, usb)
    with supervisor.store.atomic():
        Inbox(supervisor).revoke_device(field.device)
    supervisor.session.lock()
    field.session.lock()

    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    view = _open_verification(qtbot, desktop)
    assert view.table.rowCount() == 0 and view.empty.text() == "Nothing was refused."
    view.choose_file = lambda: str(usb)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.batch is not None and view.table.rowCount() == 2, timeout=WAIT)
    assert view.error.text() == ""
    assert (
        "Last USB import: received 2, applied 0, already here (duplicates) 0, refused 2."
        in view.batch_text.text()
    )
    reasons = {view.table.item(r, 5).text() for r in range(2)}
    assert reasons == {"Sent by a laptop that was removed from the team."}
    shut_down(qtbot, desktop)

"""A supervisor approves the team's laptops on her own laptop (app/team/device_approvals.py).

The dialog lists the laptops the server lists that no supervisor approved on this laptop yet,
each by when it enrolled and the start of its id (the whole id in its tool tip). The supervisor
chooses one, asks its user to read the fingerprint their laptop shows, and types it: only when it
is the fingerprint of the keys the server holds for that laptop (computed here, and again by
``approve_device``) do "Approve" and "Approve as supervisor" do anything; a mismatch is refused
and said. The expected fingerprint is never shown here, so it cannot be copied instead of
compared (the command line likewise requires ``--fingerprint``). This laptop seals the team key
to an approved laptop at its next sync, and to no other. Below, the laptops approved here so far.

After each reading of the list, ``waiting_changed`` says how many laptops the server approved
still wait for approval here, so the status bar's "Laptops waiting for your approval" follows.

Fetching the list and approving both talk to the server: they run in the task runner's network
pool on their own connection (``CaseTasks.write_apart``), never on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.ui.dates import moment_text
from app.ui.sync_status import sync_problem

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.ui.case_tasks import CaseTasks


FINGERPRINT_DIGITS = 32  # eight groups of four hex digits (sync.protocol.device_fingerprint)
SHORT_ID = 8


def fingerprint_digits(text: str) -> str:
    """The hex digits typed, upper case, spaces and dashes ignored."""
    return "".join(ch for ch in text.upper() if ch not in " -\t")


class DeviceApprovalDialog(QDialog):
    waiting_changed = Signal(int)  # laptops the server approved still waiting here, after a load

    def __init__(self, tasks: CaseTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.waiting_rows: list[dict[str, str]] = []
        self.last_approved: str | None = None  # approved in this dialog, to say so
        self.loading = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.waiting = QTableWidget(0, 2)
        self.waiting.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waiting.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waiting.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waiting.horizontalHeader().setStretchLastSection(True)
        self.waiting.itemSelectionChanged.connect(self._selection_changed)
        self.fingerprint_label = QLabel()
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("0000 0000 0000 0000 0000 0000 0000 0000")
        self.fingerprint_label.setBuddy(self.fingerprint)
        self.fingerprint.textChanged.connect(self._selection_changed)
        self.approved_label = QLabel()
        self.approved = QTableWidget(0, 3)
        self.approved.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.approved.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.load)
        self.approve_button = QPushButton()
        self.approve_button.setAutoDefault(False)
        self.approve_button.clicked.connect(lambda: self._approve(supervisor=False))
        self.supervisor_button = QPushButton()
        self.supervisor_button.setAutoDefault(False)
        self.supervisor_button.clicked.connect(lambda: self._approve(supervisor=True))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.supervisor_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.waiting, 2)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(self.approved_label)
        layout.addWidget(self.approved, 1)
        layout.addLayout(buttons)
        self.resize(760, 480)
        self.retranslate()
        self._selection_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Approve the team's laptops"))
        self.intro.setText(
            self.tr(
                "These laptops are enrolled with the server but were not approved on this laptop. "
                "Choose one, ask its user to read the fingerprint their own laptop shows, and "
                "type it below. It is approved only if every group is the same as the keys the "
                "server holds for it: this laptop then gives it the team key at its next sync. A "
                "laptop you do not know, or whose fingerprint differs, must not be approved."
            )
        )
        self.waiting.setHorizontalHeaderLabels([self.tr("Laptop"), self.tr("On the server")])
        self.fingerprint_label.setText(self.tr("&Fingerprint the chosen laptop shows:"))
        self.approved_label.setText(self.tr("Approved on this laptop:"))
        self.approved.setHorizontalHeaderLabels(
            [self.tr("Laptop"), self.tr("Role"), self.tr("Approved by")]
        )
        self.refresh_button.setText(self.tr("&Refresh"))
        self.approve_button.setText(self.tr("&Approve"))
        self.supervisor_button.setText(self.tr("Approve as &supervisor"))
        self.close_button.setText(self.tr("Close"))

    # -- the list ------------------------------------------------------------------------------

    def load(self) -> None:
        if self.loading:
            return
        self.loading = True
        self.error.clear()
        self._selection_changed()

        def work(book: CaseBook) -> dict[str, Any]:
            from app.team.synchronise import Synchroniser

            return Synchroniser(book).devices_here()

        self.tasks.write_apart(work, self._loaded, self._failed)

    def _loaded(self, listing: dict[str, Any]) -> None:
        if not isValid(self):
            return
        self.loading = False
        self.waiting_rows = list(listing["waiting_for_your_approval"])
        self.waiting.setRowCount(len(self.waiting_rows))
        for row, item in enumerate(self.waiting_rows):
            status = (
                self.tr("approved")
                if item.get("server_status") == "approved"
                else self.tr("waiting")
            )
            name = QTableWidgetItem(self.laptop_name(item))
            name.setToolTip(item["device"])
            self.waiting.setItem(row, 0, name)
            self.waiting.setItem(row, 1, QTableWidgetItem(status))
        self.waiting.resizeColumnsToContents()
        approved = listing["approved_here"]
        self.approved.setRowCount(len(approved))
        for row, entry in enumerate(approved):
            role = self.tr("supervisor") if entry["role"] == "supervisor" else self.tr("member")
            for column, text in enumerate((entry["device"], role, entry["approved_by"])):
                self.approved.setItem(row, column, QTableWidgetItem(text))
        self.approved.resizeColumnsToContents()
        if self.last_approved is not None:
            self.message.setText(
                self.tr(
                    "%1 is approved: it receives the team key at this laptop's next sync."
                ).replace("%1", self.last_approved)
            )
        elif not self.waiting_rows:
            self.message.setText(self.tr("No laptop waits for your approval."))
        else:
            self.message.clear()
        self._selection_changed()
        server_approved = [r for r in self.waiting_rows if r.get("server_status") == "approved"]
        self.waiting_changed.emit(len(server_approved))

    def laptop_name(self, item: dict[str, str]) -> str:
        """A laptop as a person tells it apart: when it enrolled and the start of its id."""
        short = item["device"][:SHORT_ID]
        if item.get("registered"):
            return (
                self.tr("Enrolled %1 · %2")
                .replace("%1", moment_text(item["registered"]))
                .replace("%2", short)
            )
        return self.tr("Laptop %1").replace("%1", short)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.loading = False
        self.error.setText(sync_problem(exc))
        self._selection_changed()

    def _selected(self) -> dict[str, str] | None:
        rows = {index.row() for index in self.waiting.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.waiting_rows[row] if row < len(self.waiting_rows) else None

    def _selection_changed(self) -> None:
        typed = fingerprint_digits(self.fingerprint.text())
        enabled = (
            not self.loading and self._selected() is not None and len(typed) == FINGERPRINT_DIGITS
        )
        self.approve_button.setEnabled(enabled)
        self.supervisor_button.setEnabled(enabled)

    # -- approving -----------------------------------------------------------------------------

    def _approve(self, *, supervisor: bool) -> None:
        chosen = self._selected()
        if chosen is None or self.loading:
            return
        device, typed = chosen["device"], fingerprint_digits(self.fingerprint.text())
        if typed != fingerprint_digits(chosen["fingerprint"]):
            self.message.clear()
            self.error.setText(
                self.tr(
                    "The fingerprint typed is not the one of the keys the server holds for this "
                    "laptop. It was not approved. Ask its user to read it again; if it still "
                    "differs, do not approve it and tell your coordinator."
                )
            )
            return
        fingerprint = " ".join(typed[i : i + 4] for i in range(0, FINGERPRINT_DIGITS, 4))
        self.loading = True
        self.error.clear()
        self._selection_changed()

        def work(book: CaseBook) -> str:
            from app.team.synchronise import Synchroniser

            Synchroniser(book).approve_device(device, fingerprint, supervisor=supervisor)
            return device

        self.tasks.write_apart(work, self._approved, self._failed)

    def _approved(self, device: str) -> None:
        if not isValid(self):
            return
        self.loading = False
        self.fingerprint.clear()
        chosen = next((r for r in self.waiting_rows if r["device"] == device), None)
        self.last_approved = self.laptop_name(chosen) if chosen else device[:SHORT_ID]
        self.load()

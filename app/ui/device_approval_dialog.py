"""A supervisor approves the team's laptops on her own laptop (app/device_approvals.py).

The dialog lists the laptops the server lists that no supervisor approved on this laptop yet,
each with the fingerprint of the keys the server holds for it (computed here). The supervisor asks
the laptop's user to read the fingerprint their laptop shows, compares every group, and only then
chooses "Approve" or "Approve as supervisor". This laptop seals the team key to an approved laptop
at its next sync, and to no other. Below, the laptops approved here so far.

Fetching the list and approving both talk to the server: they run in the task runner's network
pool on their own connection (``CaseTasks.write_apart``), never on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.ui.sync_status import sync_problem

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.ui.case_tasks import CaseTasks


class DeviceApprovalDialog(QDialog):
    def __init__(self, tasks: CaseTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.waiting_rows: list[dict[str, str]] = []
        self.last_approved: str | None = None  # approved in this dialog, to say so
        self.loading = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.waiting = QTableWidget(0, 3)
        self.waiting.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waiting.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waiting.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waiting.horizontalHeader().setStretchLastSection(True)
        self.waiting.itemSelectionChanged.connect(self._selection_changed)
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
                "Ask each laptop's user to read the fingerprint their own laptop shows, and "
                "compare every group with the one below. Approve only if they are the same: "
                "this laptop then gives the approved laptop the team key at its next sync. A "
                "laptop you do not know, or whose fingerprint differs, must not be approved."
            )
        )
        self.waiting.setHorizontalHeaderLabels(
            [self.tr("Laptop"), self.tr("Fingerprint"), self.tr("On the server")]
        )
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
            from app.synchronise import Synchroniser

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
            for column, text in enumerate((item["device"], item["fingerprint"], status)):
                self.waiting.setItem(row, column, QTableWidgetItem(text))
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
        enabled = not self.loading and self._selected() is not None
        self.approve_button.setEnabled(enabled)
        self.supervisor_button.setEnabled(enabled)

    # -- approving -----------------------------------------------------------------------------

    def _approve(self, *, supervisor: bool) -> None:
        chosen = self._selected()
        if chosen is None or self.loading:
            return
        device, fingerprint = chosen["device"], chosen["fingerprint"]
        self.loading = True
        self.error.clear()
        self._selection_changed()

        def work(book: CaseBook) -> str:
            from app.synchronise import Synchroniser

            Synchroniser(book).approve_device(device, fingerprint, supervisor=supervisor)
            return device

        self.tasks.write_apart(work, self._approved, self._failed)

    def _approved(self, device: str) -> None:
        if not isValid(self):
            return
        self.loading = False
        self.last_approved = device
        self.load()

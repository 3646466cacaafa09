"""The verification report: what the last sync or USB import brought, and everything refused.

Supervisors only (``Permission.CHECK``). The top says, for the last batch of this session, how
many envelopes were received, applied and already known (duplicates), and which were refused; the
table lists every refused envelope still held on this laptop (``app.team.verification``), newest first,
with its reason in plain, translated words (the technical text is the row's tooltip). Nothing of
an envelope's content is shown: it was never opened.

A transfer file from a USB stick can be imported from here; the report then shows that import.
The list and the import run on the database thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.ui.dates import moment_text
from app.ui.error_text import describe_error
from app.workspace.roles import Permission
from sync import envelope

if TYPE_CHECKING:
    from app.team.synchronise import SyncReport
    from app.team.verification import BatchSummary, RefusedItem
    from app.ui.case_table import CaseTasks

translate = QCoreApplication.translate
COLUMNS = 6  # when, direction, envelope, device, kind, reason


def refusal_text(code: str) -> str:
    """Why an envelope was refused, in words a supervisor can act on."""
    texts = {
        "unknown_device": translate(
            "Verification",
            "Sent by a laptop this one does not know. Approve the device on the server, or "
            "confirm its fingerprint, then import or sync again.",
        ),
        "revoked_device": translate(
            "Verification", "Sent by a laptop that was removed from the team."
        ),
        "bad_signature": translate(
            "Verification",
            "The signature does not match the laptop it claims to come from: it may have been "
            "changed on the way.",
        ),
        "not_for_us": translate(
            "Verification", "Sealed for other keys: this laptop cannot open it."
        ),
        "altered": translate(
            "Verification", "Its encrypted content was damaged or changed on the way."
        ),
        "replay": translate(
            "Verification",
            "A copy of another item, or an item claiming to be from another laptop (replayed).",
        ),
        "wrong_sender": translate(
            "Verification", "The server refused it: it was not sent by the laptop or team named."
        ),
        "not_supervisor": translate(
            "Verification", "Only a supervisor's laptop may erase a case: this erasure was ignored."
        ),
        "unknown_kind": translate(
            "Verification",
            "A kind of item this version of fieldcase does not handle yet. Update fieldcase.",
        ),
        "malformed": translate("Verification", "Not a readable fieldcase item (damaged file)."),
        "unknown_team": translate(
            "Verification",
            "A referral from a team this laptop does not know yet. It is tried again at the "
            "next sync, once the team is in the directory.",
        ),
        "not_our_referral": translate(
            "Verification",
            "An answer to a referral this team did not make (or that has not reached this "
            "laptop yet): ignored for now.",
        ),
        "directory_key_changed": translate(
            "Verification",
            "Another team's entry is signed by a different key than before: not used. Compare "
            "that team's fingerprint with its supervisor.",
        ),
    }
    return texts.get(code, translate("Verification", "Refused for another reason (see details)."))


def direction_text(direction: str) -> str:
    if direction == "sent":
        return translate("Verification", "Sent by this laptop, refused by the server")
    return translate("Verification", "Received, not applied")


def kind_text(kind: str) -> str:
    texts = {
        envelope.CASE_EVENT: translate("Verification", "Case change"),
        envelope.SUBMISSION: translate("Verification", "Form"),
        envelope.ERASURE: translate("Verification", "Erasure"),
        envelope.FORM: translate("Verification", "Form version"),
        envelope.REFERRAL: translate("Verification", "Referral"),
    }
    return texts.get(kind, kind or "?")


def when_text(iso: str) -> str:
    return moment_text(iso)


class VerificationWidget(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks: CaseTasks | None = None
        self.batch: BatchSummary | None = None
        self.items: list[RefusedItem] = []
        self.loaded = False
        self.busy = False
        self.choose_file = self._choose_file  # tests replace the file chooser

        self.title = QLabel()
        self.title.setObjectName("title")
        self.batch_text = QLabel()
        self.batch_text.setWordWrap(True)
        self.batch_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list_title = QLabel()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        # Reasons wrap: rows take the height of their reason at the width it finally gets.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.load)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_transfer)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.batch_text)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.list_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.retranslate()

    # -- data -------------------------------------------------------------------------------------

    def attach(self, tasks: CaseTasks | None) -> None:
        """A supervisor logged in, or (None, at lock) forget the list and the last batch."""
        self.tasks = tasks if tasks is not None and tasks.can(Permission.CHECK) else None
        self.batch = None
        self.items = []
        self.loaded = False
        self.busy = False
        self.error.clear()
        self.retranslate()

    def cases_changed(self, _case_id: str = "") -> None:
        if self.isVisible():
            self.load()

    def show_sync_report(self, report: SyncReport) -> None:
        """A sync round finished (from the sync panel): show its counts, and the list again."""
        from app.team.verification import from_sync

        if self.tasks is None:
            return
        self.batch = from_sync(report)
        self.retranslate()
        self.load()

    def load(self) -> None:
        from app.team.verification import refused_items

        tasks = self.tasks
        if tasks is None:
            return
        tasks.read(refused_items, self._loaded, self._failed)

    def _loaded(self, items: list[RefusedItem]) -> None:
        if not isValid(self):
            return
        self.items, self.loaded = items, True
        self.error.clear()
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        if isValid(self):
            self.busy = False
            self.import_button.setEnabled(self.tasks is not None)
            self.error.setText(describe_error(exc))

    def _choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a transfer file"), "", self.tr("Transfer files (*)")
        )
        return path

    def import_transfer(self) -> None:
        """Import a USB transfer file (idempotent), then show what it brought."""
        from app.team.transfer import transfer_in
        from app.team.verification import from_transfer

        tasks = self.tasks
        if tasks is None or self.busy:
            return
        path = self.choose_file()
        if not path:
            return
        self.busy = True
        self.import_button.setEnabled(False)
        self.error.clear()

        def imported(summary: BatchSummary) -> None:
            if isValid(self):
                self.busy = False
                self.import_button.setEnabled(True)
                self.batch = summary
                self.retranslate()
                self.load()

        tasks.write(
            "", lambda book: from_transfer(transfer_in(book, Path(path))), imported, self._failed
        )

    # -- words ------------------------------------------------------------------------------------

    def _fill(self) -> None:
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = [
                when_text(item.when),
                direction_text(item.direction),
                item.envelope_id,
                item.device,
                kind_text(item.kind),
                refusal_text(item.refusal.value),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.reason)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def batch_lines(self) -> list[str]:
        batch = self.batch
        if batch is None:
            return [
                self.tr(
                    "No sync or import in this session yet. Items refused earlier are listed below."
                )
            ]
        number = QLocale().toString
        source = self.tr("Last sync") if batch.source == "sync" else self.tr("Last USB import")
        lines = [
            self.tr("%1: received %2, applied %3, already here (duplicates) %4, refused %5.")
            .replace("%1", source)
            .replace("%2", number(batch.received))
            .replace("%3", number(batch.applied))
            .replace("%4", number(batch.duplicates))
            .replace("%5", number(len(batch.refused)))
        ]
        if batch.source == "sync":
            lines.append(
                self.tr("Sent: %1, already on the server %2, refused by the server %3.")
                .replace("%1", number(batch.sent))
                .replace("%2", number(batch.sent_duplicates))
                .replace("%3", number(len(batch.sent_refused)))
            )
        if batch.waiting_for_approval:
            lines.append(self.tr("This laptop is waiting for a supervisor's approval."))
        if batch.erased:
            lines.append(
                self.tr("Cases erased by a supervisor: %1").replace("%1", number(batch.erased))
            )
        return lines

    def retranslate(self) -> None:
        self.title.setText(self.tr("Verification report"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Direction"),
                self.tr("Item"),
                self.tr("Device"),
                self.tr("Kind"),
                self.tr("Why it was refused"),
            ]
        )
        self.batch_text.setText("\n".join(self.batch_lines()))
        self.list_title.setText(
            self.tr("Refused items kept aside: %n", "", len(self.items))
            if self.loaded
            else self.tr("Refused items kept aside")
        )
        self.empty.setText(
            self.tr("Nothing was refused.") if self.loaded and not self.items else ""
        )
        self.empty.setVisible(self.loaded and not self.items)
        self.refresh_button.setText(self.tr("&Refresh"))
        self.import_button.setText(self.tr("&Import a transfer file…"))
        self.back_button.setText(self.tr("&Back to the case list"))
        self.refresh_button.setEnabled(self.tasks is not None)
        self.import_button.setEnabled(self.tasks is not None and not self.busy)
        self._fill()

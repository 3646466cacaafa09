"""Enrolling this laptop with a sync server, from the desktop app.

A supervisor gives the laptop's user an invitation: one line (``fieldcase-enrol:v1?...``, printed,
read out or scanned from its QR code) carrying the server's address, a one-time code and the
server certificate's fingerprint. Pasting it fills the three fields (they can also be typed). The
laptop registers its keys (``Synchroniser.enrol``, on its own connection off the database thread)
and shows its **fingerprint**, which the user reads to the supervisor, who compares it on the
server before approving (``fieldcase server approve``). From then on the laptop syncs by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.ui.sync_status import sync_problem

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.ui.case_table import CaseTasks


class EnrolDialog(QDialog):
    def __init__(self, tasks: CaseTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.result_data: dict[str, Any] | None = None
        self.supervisor: str | None = None  # from a pasted invitation made on her laptop
        self.pages = QStackedWidget(self)

        form_page = QWidget()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.invitation = QLineEdit()
        self.invitation.setPlaceholderText("fieldcase-enrol:v1?server=…&code=…&tls=…")
        self.invitation.textChanged.connect(self._read_invitation)
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://10.0.0.5:8765")
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.tls = QLineEdit()
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self.labels, (self.invitation, self.server, self.code, self.tls), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.enrol_button = QPushButton()
        self.enrol_button.setDefault(True)
        self.enrol_button.clicked.connect(self._enrol)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.enrol_button)
        column = QVBoxLayout(form_page)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addStretch(1)
        column.addLayout(buttons)

        done_page = QWidget()
        self.read_out = QLabel()
        self.read_out.setWordWrap(True)
        self.fingerprint = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 1.0) * 1.5)
        mono.setWeight(QFont.Weight.DemiBold)
        self.fingerprint.setFont(mono)
        self.fingerprint.setWordWrap(True)
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        done = QVBoxLayout(done_page)
        done.addWidget(self.read_out)
        done.addWidget(self.fingerprint)
        done.addWidget(self.next_steps)
        done.addStretch(1)
        done.addWidget(self.close_button)

        self.pages.addWidget(form_page)
        self.pages.addWidget(done_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(640, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol this laptop with a sync server"))
        self.intro.setText(
            self.tr(
                "Paste the invitation your supervisor gave you, or type the server's address, "
                "the one-time code and the certificate fingerprint."
            )
        )
        texts = [
            self.tr("&Invitation"),
            self.tr("&Server address"),
            self.tr("One-time &code"),
            self.tr("Certificate &fingerprint"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.enrol_button.setText(self.tr("&Enrol"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.read_out.setText(
            self.tr(
                "Read this fingerprint to your supervisor. They compare it with the one their "
                "own laptop shows before approving this laptop:"
            )
        )
        self.next_steps.setText(
            self.tr(
                "Once approved, this laptop joins its team and syncs by itself whenever the "
                "server can be reached."
            )
        )
        self.close_button.setText(self.tr("Close"))

    def _read_invitation(self, text: str) -> None:
        from app.errors import BadInput
        from app.team.invitation import Invitation

        if not text.strip():
            self.error.clear()
            return
        try:
            invitation = Invitation.from_text(text)
        except BadInput:
            self.error.setText(self.tr("This is not a fieldcase invitation."))
            return
        self.error.clear()
        self.server.setText(invitation.server)
        self.code.setText(invitation.code)
        self.tls.setText(invitation.tls_fingerprint or "")
        self.supervisor = invitation.supervisor  # only her laptop's welcome is joined

    def _enrol(self) -> None:
        from app.team.synchronise import Synchroniser

        server, code = self.server.text().strip(), self.code.text().strip()
        tls = self.tls.text().strip() or None
        if not server or not code:
            self.error.setText(self.tr("The server's address and the code are both needed."))
            return
        self.error.clear()
        self.enrol_button.setEnabled(False)

        supervisor = self.supervisor

        def work(book: CaseBook) -> dict[str, Any]:
            return Synchroniser(book).enrol(server, code, tls, supervisor)

        self.tasks.write_apart(work, self._enrolled, self._failed)

    def _enrolled(self, result: dict[str, Any]) -> None:
        if not isValid(self):
            return
        self.result_data = result
        self.fingerprint.setText(str(result.get("fingerprint", "")))
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.enrol_button.setEnabled(True)
        from sync.errors import SyncError, SyncErrorKind

        if isinstance(exc, SyncError) and exc.kind == SyncErrorKind.AUTH:
            self.error.setText(
                self.tr(
                    "The server did not accept this code: it may be mistyped, already used or "
                    "expired. Ask your supervisor for a new invitation."
                )
            )
            return
        self.error.setText(sync_problem(exc))

"""Protecting the person from the case view: withdraw consent, and (supervisors) erase a case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class WithdrawConsentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent withdrawn"))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Everything: no more use of the person's information"), "all")
        self.scope.addItem(self.tr("Use for statistics and research"), "research")
        self.scope.addItem(self.tr("Sharing with other organisations"), "sharing")
        self.when = QDateEdit(QDate.currentDate())
        self.when.setCalendarPopup(True)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("What did the person withdraw?"), self.scope)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, date, str]:
        chosen = self.when.date()
        return (
            str(self.scope.currentData()),
            date(chosen.year(), chosen.month(), chosen.day()),
            self.note.text(),
        )


class EraseCaseDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase this case"))
        intro = QLabel(
            self.tr(
                "Everything recorded about %1 will be erased from this laptop now, and from every "
                "laptop of the team when they next sync. Only a note that a case was erased remains. "
                "This cannot be undone. Copies already exported are not reached."
            ).replace("%1", name)
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone"))
        form = QFormLayout()
        form.addRow(self.tr("Why is it erased?"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.erase_button.setEnabled(False)
        # as wide as the warning's lines want: a window is first sized without asking how tall
        # wrapped lines get at a narrower width, and a long name (Burmese) lost its last line
        self.buttons.setMinimumWidth(max(440, intro.sizeHint().width()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        self.understood.toggled.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.understood)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        self.erase_button.setEnabled(
            bool(self.reason.text().strip()) and self.understood.isChecked()
        )

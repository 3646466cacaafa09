"""The case view's dialogs: close (HTCDS status and reason), reopen, refer with consent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def closure_statuses() -> dict[str, str]:
    """HTCDS case statuses that close a case (cas_Status), in the interface language."""
    return {
        "Closed": translate("CaseView", "Closed"),
        "ClosedReferred": translate("CaseView", "Closed, referred"),
    }


def closure_reasons() -> dict[str, str]:
    """The closure form's reasons (closure_reason), in the interface language."""
    return {
        "goals_met": translate("CaseView", "Reintegration goals reached"),
        "person_request": translate("CaseView", "The person asked to close the case"),
        "transferred": translate("CaseView", "Transferred to another organisation"),
        "moved_away": translate("CaseView", "The person moved out of the team's area"),
        "lost_contact": translate("CaseView", "Contact lost"),
        "deceased": translate("CaseView", "The person has died"),
        "not_trafficked": translate("CaseView", "Assessed as not a victim of trafficking"),
        "other": translate("CaseView", "Another reason"),
    }


def referral_purposes() -> dict[str, str]:
    return {
        "reintegration": translate("CaseView", "Reintegration support"),
        "legal_assistance": translate("CaseView", "Legal assistance"),
        "health_care": translate("CaseView", "Health care"),
        "shelter": translate("CaseView", "Shelter"),
        "family_tracing": translate("CaseView", "Family tracing"),
    }


def reason_text(reason: str) -> str:
    """A stored closure reason ("code" or "code: the worker's words") in the interface language."""
    code, _, details = reason.partition(": ")
    words = closure_reasons().get(code)
    if words is None:
        return reason
    return f"{words}: {details}" if details else words


MIN_DIALOG_WIDTH = 440  # the buttons' row: with the dialog's margins, about 460 px


def _ok_cancel(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("CaseView", "Cancel"))
    # at least 460 px wide, and wider when a line needs it: a dialog's own minimum width would
    # override its layout's and squeeze a long check box's sentence (issue 17, defect 7)
    buttons.setMinimumWidth(MIN_DIALOG_WIDTH)
    return buttons, ok


class CloseCaseDialog(QDialog):
    """Close with an HTCDS case status (cas_Status) and a reason (the closure form's list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the case"))
        self.status = QComboBox()
        for code, text in closure_statuses().items():
            self.status.addItem(text, code)
        self.reason = QComboBox()
        for code, text in closure_reasons().items():
            self.reason.addItem(text, code)
        self.details = QLineEdit()
        self.buttons, self.ok_button = _ok_cancel(self, self.tr("Close the case"))
        form = QFormLayout()
        form.addRow(self.tr("Case status"), self.status)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Details"), self.details)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._check)
        self.reason.currentIndexChanged.connect(self._check)
        self.details.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        referred = self.status.currentData() == "ClosedReferred"
        if referred:  # HTCDS: "Closed, referred" means transferred to another organisation
            self.reason.setCurrentIndex(self.reason.findData("transferred"))
        self.reason.setEnabled(not referred)
        needs_details = self.reason.currentData() == "other"
        self.ok_button.setEnabled(not needs_details or bool(self.details.text().strip()))

    def values(self) -> tuple[str, str]:
        reason = str(self.reason.currentData())
        details = self.details.text().strip()
        return str(self.status.currentData()), f"{reason}: {details}" if details else reason


class ReopenDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen the case"))
        self.why = QLineEdit()
        self.buttons, self.ok_button = _ok_cancel(self, self.tr("Reopen"))
        form = QFormLayout()
        form.addRow(self.tr("Why is the case reopened?"), self.why)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.why.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(False)

    def reason(self) -> str:
        return self.why.text().strip()


@dataclass(frozen=True)
class TeamChoice:
    """A team of this laptop's verified directory (app/team/directory.py)."""

    team: str
    fingerprint: str
    confirmed: bool  # a person compared its fingerprint (here, or a supervisor of this team)


def directory_teams(book: Any) -> list[TeamChoice]:
    """Database thread: the other teams this laptop's directory holds (none without a server)."""
    from app.team import directory as team_directory
    from app.team.outbox import team_name

    own = team_name(book.store)
    return [
        TeamChoice(t.entry.team, t.entry.fingerprint, t.confirmed is not None)
        for t in team_directory.teams(book)
        if t.entry.team != own
    ]


class ReferDialog(QDialog):
    """A referral needs the person's consent for this recipient and this purpose; without it the
    dialog does not let the user go on (and the core refuses anyway).

    The teams offered are those of the directory this laptop verified. A team whose fingerprint no
    one compared yet shows it, and the user confirms having compared it with that team's
    supervisor (``confirm_team`` runs before the referral); a case never goes to a key nobody
    checked. A laptop without a directory (no server yet) may type a team's name: the referral is
    recorded and sent once that team is known and confirmed."""

    def __init__(self, teams: list[TeamChoice] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refer the case"))
        self.teams = {t.team: t for t in teams or []}
        self.team = QComboBox()
        self.team.setEditable(not self.teams)
        self.team.addItems(sorted(self.teams))
        self.team.setCurrentIndex(-1)
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compared = QCheckBox(
            self.tr("I compared this fingerprint with that team's supervisor: it is the same.")
        )
        self.purpose = QComboBox()
        for code, text in referral_purposes().items():
            self.purpose.addItem(text, code)
        self.note = QLineEdit()
        self.consent = QCheckBox(
            self.tr("The person agreed that their case goes to this team, for this purpose.")
        )
        for box in (self.compared, self.consent):  # never narrower than their sentence
            box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.hint = QLabel(self.tr("Without the person's consent the case cannot be referred."))
        self.hint.setWordWrap(True)
        self.buttons, self.ok_button = _ok_cancel(self, self.tr("Refer"))
        form = QFormLayout()
        form.addRow(self.tr("To the team"), self.team)
        form.addRow(self.fingerprint)
        form.addRow(self.compared)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.consent)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.team.currentTextChanged.connect(lambda _: self._check())
        self.consent.toggled.connect(lambda _: self._check())
        self.compared.toggled.connect(lambda _: self._check())
        self._check()

    def _unconfirmed(self) -> TeamChoice | None:
        choice = self.teams.get(self.team.currentText().strip())
        return choice if choice is not None and not choice.confirmed else None

    def _check(self) -> None:
        given = self.consent.isChecked()
        unconfirmed = self._unconfirmed()
        if unconfirmed is not None:
            self.fingerprint.setText(
                self.tr("No one has compared this team's fingerprint yet: %1").replace(
                    "%1", unconfirmed.fingerprint
                )
            )
        self.fingerprint.setVisible(unconfirmed is not None)
        self.compared.setVisible(unconfirmed is not None)
        compared = unconfirmed is None or self.compared.isChecked()
        self.hint.setVisible(not given)
        self.ok_button.setEnabled(given and compared and bool(self.team.currentText().strip()))

    def to_confirm(self) -> TeamChoice | None:
        """The team whose fingerprint the user just said they compared, if any."""
        unconfirmed = self._unconfirmed()
        return unconfirmed if unconfirmed is not None and self.compared.isChecked() else None

    def values(self) -> tuple[str, dict[str, Any], str]:
        team = self.team.currentText().strip()
        consent = {
            "given": self.consent.isChecked(),
            "recipient": team,
            "purpose": str(self.purpose.currentData()),
        }
        return team, consent, self.note.text().strip()

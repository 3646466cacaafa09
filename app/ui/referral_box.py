"""The case view's referral box: a case another team referred to this one, and its decision.

Shows who referred it (the person, their team and laptop, whether that team's fingerprint was
confirmed here) and, for users who may edit cases while the referral waits, Accept and Decline.
A decision is a case event sealed back to the referring team (``app.team.referrals.decide``), run on
the database thread through ``CaseTasks``; the case view refreshes from ``cases_changed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.error_text import describe_error
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.team.referrals import ReceivedReferral
    from app.ui.case_table import CaseTasks


@dataclass(frozen=True)
class ReferralInfo:
    referral: ReceivedReferral
    waiting: bool
    confirmed: bool


def _info(book: CaseBook, case_id: str) -> ReferralInfo | None:
    """Runs on the database thread."""
    from app.team import directory as team_directory
    from app.team import referrals

    found = next((r for r in referrals.received(book) if r.case_id == case_id), None)
    if found is None:
        return None
    waiting = any(r.case_id == case_id for r in referrals.received(book, waiting_only=True))
    team = team_directory.known_team(book, found.from_team)
    return ReferralInfo(found, waiting, team is not None and team.confirmed is not None)


class ReferralBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks: CaseTasks | None = None
        self.case_id = ""
        self.info: ReferralInfo | None = None
        self.sender = QLabel(self)
        self.sender.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.accept_button = QPushButton(self)
        self.accept_button.clicked.connect(lambda: self.decide("accept"))
        self.decline_button = QPushButton(self)
        self.decline_button.clicked.connect(lambda: self.decide("decline"))
        self.message = QLabel(self)
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.sender)
        column.addWidget(self.state)
        column.addLayout(buttons)
        column.addWidget(self.message)
        self.retranslate()
        self.show_info(None)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Referred to this team"))
        self.accept_button.setText(self.tr("&Accept the case"))
        self.decline_button.setText(self.tr("&Decline"))
        self.show_info(self.info)

    def load(self, tasks: CaseTasks | None, case_id: str) -> None:
        self.tasks, self.case_id = tasks, case_id
        if tasks is None or not case_id:
            self.show_info(None)
            return
        tasks.read(
            lambda book: _info(book, case_id),
            lambda info: self.show_info(info) if case_id == self.case_id else None,
            self._failed,
        )

    def show_info(self, info: ReferralInfo | None) -> None:
        self.info = info
        self.message.clear()
        self.setVisible(info is not None)
        if info is None:
            return
        r = info.referral
        self.sender.setText(
            self.tr("Sent by %1 of team %2 (laptop %3)")
            .replace("%1", r.author)
            .replace("%2", r.from_team)
            .replace("%3", r.device[:12])
        )
        if info.waiting:
            state = self.tr("Waiting for this team's decision.")
        elif r.decided == "accept":
            state = self.tr("This team accepted the case.")
        else:
            state = self.tr("This team declined the case.")
        if not info.confirmed:
            state += " " + self.tr(
                "Team %1's fingerprint has not been compared on this laptop."
            ).replace("%1", r.from_team)
        self.state.setText(state)
        may_edit = self.tasks is not None and self.tasks.can(Permission.EDIT_CASES)
        self.accept_button.setVisible(may_edit and info.waiting)
        self.decline_button.setVisible(may_edit and info.waiting)

    def decide(self, action: str) -> None:
        from app.team import referrals

        tasks, case_id = self.tasks, self.case_id
        if tasks is None or not case_id:
            return
        tasks.write(
            case_id,
            lambda book: referrals.decide(book, case_id, action),
            lambda _event: None,
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe_error(exc))

"""An earlier case opened read only from the same-person warning at intake: the person and the
timeline, each interview readable (the caller opens it), and a button that asks to link the intake
to this case. Nothing here changes the case. Words in the ``SamePerson`` context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cases.names import display_name, latin_name
from app.ui.case_text import (
    event_date,
    event_details,
    event_title,
    field_text,
    label_text,
    story_order,
)
from app.ui.case_words import CaseWords
from app.ui.same_person_text import short_id

if TYPE_CHECKING:
    from app.cases.state import CaseState

translate = QCoreApplication.translate

SUBMISSION_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseGlance(QDialog):
    """An earlier case, read only: the person and the timeline (a row with an interview opens
    it, read only too). Nothing here changes the case; "Link" asks the interview to link."""

    link_requested = Signal(str)

    def __init__(
        self,
        state: CaseState,
        words: CaseWords,
        open_submission: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_id = state.case_id
        self.open_submission = open_submission
        fields = state.fields
        name = display_name(fields) or translate("SamePerson", "no name")
        self.setWindowTitle(translate("SamePerson", "Earlier case (read only)"))
        title = QLabel(f"{name} · {short_id(state.case_id)}", self)
        title.setObjectName("title")
        summary = QFormLayout()
        latin = latin_name(fields)
        if latin and latin != name:
            summary.addRow(translate("SamePerson", "Name in Latin letters"), QLabel(latin))
        for key in ("prs_Gender", "prs_Birthdate", "age", "prs_Citizenship", "_team", "_status"):
            if fields.get(key) not in (None, ""):
                value = QLabel(field_text(key, fields[key], words))
                value.setWordWrap(True)
                summary.addRow(label_text(key, words), value)
        self.timeline = QTreeWidget(self)
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAccessibleName(translate("SamePerson", "Timeline"))
        self.timeline.setHeaderLabels(
            [
                translate("SamePerson", "Date"),
                translate("SamePerson", "What happened"),
                translate("SamePerson", "By"),
                translate("SamePerson", "Details"),
            ]
        )
        self.timeline.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setStretchLastSection(True)
        for event in story_order(list(state.timeline)):
            details = event_details(event, words)
            item = QTreeWidgetItem([event_date(event), event_title(event), event.author, details])
            item.setToolTip(3, details)
            submission = event.payload.get("submission_id")
            if isinstance(submission, str) and submission:
                item.setData(0, SUBMISSION_ROLE, submission)
                item.setToolTip(
                    1, translate("SamePerson", "Double-click or press Enter to read the interview")
                )
            self.timeline.addTopLevelItem(item)
        self.timeline.itemActivated.connect(self._activated)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.link_button = buttons.addButton(
            translate("SamePerson", "Link this intake to this case"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.link_button.setAutoDefault(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.link_button.clicked.connect(self._link)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addLayout(summary)
        column.addWidget(self.timeline, 1)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.resize(760, 480)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        submission = item.data(0, SUBMISSION_ROLE)
        if submission:
            self.open_submission(str(submission), self)

    def _link(self) -> None:
        self.link_requested.emit(self.case_id)
        self.accept()

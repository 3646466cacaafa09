"""One case: who the person is, their story so far, and what the user's role lets them do next.

Every action goes through ``CaseBook`` on the database thread (close with an HTCDS status and a
reason, reopen, refer with the person's consent, resolve a conflict); the list and every other
screen refresh from the ``cases_changed`` notification that follows. The follow-up form itself is
not drawn here: "New follow-up" only asks for it (``new_follow_up_requested``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cases.names import display_name, full_name, latin_name
from app.ui.case_attachments import CaseAttachments
from app.ui.case_dialogs import (
    CloseCaseDialog,
    ReferDialog,
    ReopenDialog,
    TeamChoice,
    directory_teams,
)
from app.ui.case_table import CaseTasks, date_text, field_label, status_text
from app.ui.case_text import (
    event_date,
    event_details,
    event_title,
    field_text,
    label_text,
    story_order,
)
from app.ui.case_words import CaseWords, case_words
from app.ui.conflicts import ResolveDialog, resolve
from app.ui.error_text import describe_error
from app.ui.i18n import current_language
from app.ui.referral_box import ReferralBox
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.cases.schedule import Schedule
    from app.cases.state import CaseState


# The fields shown in a case's summary, in this order, when the case has them (the name first,
# whole: given and family name together).
FULL_NAME = "_full_name"
LATIN_NAME = "_latin_name"
SUMMARY_FIELDS = (
    FULL_NAME,
    LATIN_NAME,
    "prs_Gender",
    "age",
    "vic_age",
    "prs_Birthdate",
    "prs_Citizenship",
    "return_date",
    "vic_TypeOfExploitation",
    "vic_LocationOfRecruitment",
    "_team",
    "_closure_status",
    "_closure_reason",
    "_referred_to",
)
CONFLICT_COLOUR = QColor("#fff3cd")
SUBMISSION_ROLE = Qt.ItemDataRole.UserRole + 1  # a timeline row's submission id, if it has one


@dataclass(frozen=True)
class CaseSnapshot:
    """What the case view shows, read on the database thread."""

    state: CaseState
    schedule: Schedule
    name: str
    words: CaseWords


def _snapshot(book: CaseBook, case_id: str, language: str) -> CaseSnapshot:
    """Runs on the database thread (opening a case is audited as a view); ``language`` is the
    interface language the words are wanted in."""
    from app.cases.schedule import schedule_for
    from app.interviews.form_library import FormLibrary

    state = book.state(case_id)
    words = case_words(FormLibrary().on(book.store), language)
    name = display_name(state.fields)
    return CaseSnapshot(state, schedule_for(state, book.rules), name, words)


class CaseView(QWidget):
    back_requested = Signal()
    new_follow_up_requested = Signal(str)  # case id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks: CaseTasks | None = None
        self.case_id = ""
        self.snapshot: CaseSnapshot | None = None
        self.dialog: QDialog | None = None
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.status = QLabel()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.summary_box = QGroupBox()
        self.summary = QFormLayout(self.summary_box)
        self.conflicts_box = QGroupBox()
        self.conflicts_layout = QVBoxLayout(self.conflicts_box)
        self.timeline_box = QGroupBox()
        self.timeline = QTreeWidget()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setColumnCount(4)
        self.timeline.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the details (labels of the fields a visit recorded) take the room left, cut with …
        self.timeline.header().setStretchLastSection(True)
        self.timeline.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timeline.itemActivated.connect(lambda item, _column: self.open_submission(item))
        QVBoxLayout(self.timeline_box).addWidget(self.timeline)
        self.follow_up_button = QPushButton()
        self.follow_up_button.clicked.connect(
            lambda: self.new_follow_up_requested.emit(self.case_id)
        )
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.ask_close)
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.refer_button = QPushButton()
        self.refer_button.clicked.connect(self.ask_refer)
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self.ask_erase)
        self.print_button = QPushButton()  # a PDF of the case, for partners without the app
        self.print_button.clicked.connect(self.ask_print)
        print_key = QShortcut(QKeySequence("Ctrl+P"), self)
        print_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_key.activated.connect(self.ask_print)
        self.resolve_buttons: list[QPushButton] = []
        self.attachments_box = CaseAttachments(self)
        self.referral_box = ReferralBox(self)  # a case another team referred to this one

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        actions = QHBoxLayout()
        for button in (
            self.follow_up_button,
            self.refer_button,
            self.close_button,
            self.reopen_button,
            self.withdraw_button,
            self.erase_button,
        ):
            actions.addWidget(button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.referral_box)
        side.addWidget(self.summary_box)
        side.addWidget(self.conflicts_box)
        side.addWidget(self.attachments_box)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(side, 2)
        body.addWidget(self.timeline_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        layout.addLayout(body, 1)
        self.retranslate()
        self._show(None)

    # -- which case -----------------------------------------------------------------------------

    def attach(self, tasks: CaseTasks | None) -> None:
        self.tasks = tasks
        self.close_dialog()
        self.case_id = ""
        self._show(None)

    def show_case(self, case_id: str) -> None:
        if case_id != self.case_id:
            self._show(None)
        self.case_id = case_id
        self.load()

    def load(self) -> None:
        tasks, case_id = self.tasks, self.case_id
        if tasks is None or not case_id:
            return
        language = current_language()
        tasks.read(
            lambda book: _snapshot(book, case_id, language),
            lambda snapshot: (
                self._show(snapshot) if snapshot.state.case_id == self.case_id else None
            ),
            self._failed,
        )

    def cases_changed(self, case_id: str = "") -> None:
        if self.case_id and case_id in ("", self.case_id) and self.isVisible():
            self.load()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(describe_error(exc))

    # -- drawing --------------------------------------------------------------------------------

    def _show(self, snapshot: CaseSnapshot | None) -> None:
        self.snapshot = snapshot
        self.error.clear()
        while self.summary.rowCount():
            self.summary.removeRow(0)
        for button in self.resolve_buttons:
            button.deleteLater()
        self.resolve_buttons = []
        while self.conflicts_layout.count():
            item = self.conflicts_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.timeline.clear()
        if snapshot is None:
            self.title.clear()
            self.status.clear()
            self.conflicts_box.hide()
            for button in (
                self.follow_up_button,
                self.close_button,
                self.reopen_button,
                self.refer_button,
                self.print_button,
            ):
                button.hide()
            self.attachments_box.show_list([])
            self.referral_box.show_info(None)
            return
        state = snapshot.state
        self.attachments_box.load(self.tasks, state.case_id)
        self.referral_box.load(self.tasks, state.case_id)
        self.title.setText(snapshot.name or self.tr("(no name recorded)"))
        self.status.setText(status_text(state.status))
        words = snapshot.words
        names = {FULL_NAME: full_name(state.fields), LATIN_NAME: latin_name(state.fields)}
        for name in SUMMARY_FIELDS:
            value = names[name] if name in names else state.fields.get(name)
            if value in (None, ""):
                continue
            if name in names:
                label = field_label("prs_First_Name" if name == FULL_NAME else "prs_Name_Latin")
                text = str(value)
            else:
                label, text = label_text(name, words), field_text(name, value, words)
            shown = QLabel(text)
            shown.setWordWrap(True)
            self.summary.addRow(label, shown)
        if snapshot.schedule.next_due:
            self.summary.addRow(
                self.tr("Next follow-up"), QLabel(date_text(snapshot.schedule.next_due))
            )
        self._show_conflicts(state, words)
        in_conflict = {c.event_id: f for f, cs in state.conflicts.items() for c in cs}
        for event in story_order(list(state.timeline)):
            details = event_details(event, words)
            if event.id in in_conflict:
                details = self.tr("In conflict: %1").replace(
                    "%1", label_text(in_conflict[event.id], words)
                )
            item = QTreeWidgetItem([event_date(event), event_title(event), event.author, details])
            item.setData(0, Qt.ItemDataRole.UserRole, event.type)
            submission = event.payload.get("submission_id")
            if isinstance(submission, str) and submission:
                item.setData(0, SUBMISSION_ROLE, submission)
                item.setToolTip(1, self.tr("Double-click or press Enter to read the interview"))
            item.setToolTip(3, details)
            if event.id in in_conflict:
                for column in range(4):
                    item.setBackground(column, QBrush(CONFLICT_COLOUR))
            self.timeline.addTopLevelItem(item)
        self._show_actions(state)

    def _show_conflicts(self, state: CaseState, words: CaseWords) -> None:
        self.conflicts_box.setVisible(bool(state.conflicts))
        may_resolve = self.tasks is not None and self.tasks.can(Permission.RESOLVE_CONFLICTS)
        for field, candidates in sorted(state.conflicts.items()):
            row = QHBoxLayout()
            text = QLabel(
                f"{label_text(field, words)}: "
                + " / ".join(field_text(field, c.value, words) for c in candidates)
            )
            text.setWordWrap(True)
            line = QWidget()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(text, 1)
            if may_resolve:
                button = QPushButton(self.tr("Resolve…"))
                button.setProperty("field", field)
                button.clicked.connect(lambda _=False, f=field: self.ask_resolve(f))
                row.addWidget(button)
                self.resolve_buttons.append(button)
            line.setLayout(row)
            self.conflicts_layout.addWidget(line)
        if state.conflicts and not may_resolve:
            note = QLabel(self.tr("A supervisor will choose the right value."))
            note.setWordWrap(True)
            self.conflicts_layout.addWidget(note)

    def _show_actions(self, state: CaseState) -> None:
        may_edit = self.tasks is not None and self.tasks.can(Permission.EDIT_CASES)
        is_open = state.status == "open"
        self.follow_up_button.setVisible(may_edit and is_open)
        self.refer_button.setVisible(may_edit and is_open)
        self.close_button.setVisible(may_edit and state.status != "closed")
        self.reopen_button.setVisible(may_edit and state.status == "closed")
        self.withdraw_button.setVisible(may_edit)
        self.erase_button.setVisible(
            self.tasks is not None and self.tasks.can(Permission.ERASE_CASES)
        )
        self.print_button.setVisible(self._may_print())

    def _may_print(self) -> bool:
        from app.ui.case_file_pdf import PRINT_PERMISSION

        return self.tasks is not None and self.tasks.can(PRINT_PERMISSION)

    # -- actions --------------------------------------------------------------------------------

    def _write(self, work: Any) -> None:
        tasks, case_id = self.tasks, self.case_id
        if tasks is None or not case_id:
            return
        tasks.write(case_id, lambda book: work(book, case_id), lambda _event: None, self._failed)

    def _open_dialog(self, dialog: QDialog, on_accept: Any) -> None:
        self.close_dialog()
        dialog.accepted.connect(on_accept)
        self.dialog = dialog
        dialog.open()

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def ask_close(self) -> None:
        dialog = CloseCaseDialog(self)
        self._open_dialog(
            dialog,
            lambda: self._write(lambda book, cid: book.close(cid, *dialog.values())),
        )

    def ask_reopen(self) -> None:
        dialog = ReopenDialog(self)
        self._open_dialog(
            dialog, lambda: self._write(lambda book, cid: book.reopen(cid, dialog.reason()))
        )

    def ask_refer(self) -> None:
        """The teams of the verified directory first (database thread), then the dialog."""
        tasks = self.tasks
        if tasks is not None:
            tasks.read(directory_teams, self._show_refer, self._failed)

    def _show_refer(self, teams: list[TeamChoice]) -> None:
        dialog = ReferDialog(teams, self)

        def refer(book: CaseBook, case_id: str) -> Any:
            compared = dialog.to_confirm()
            if compared is not None:  # the user compared it just now, in the dialog
                from app.team.directory import confirm_team

                confirm_team(book, compared.team, compared.fingerprint)
            return book.refer(case_id, *dialog.values())

        self._open_dialog(dialog, lambda: self._write(refer))

    def ask_withdraw(self) -> None:
        from app.ui.protection import WithdrawConsentDialog

        dialog = WithdrawConsentDialog(self)
        self._open_dialog(
            dialog,
            lambda: self._write(lambda book, cid: book.withdraw_consent(cid, *dialog.values())),
        )

    def ask_erase(self) -> None:
        from app.ui.protection import EraseCaseDialog

        tasks, case_id = self.tasks, self.case_id
        if tasks is None or not case_id:
            return
        dialog = EraseCaseDialog(self.snapshot.name if self.snapshot else case_id, self)

        def erased(_: object) -> None:
            if self.case_id == case_id:
                self.case_id = ""  # nothing of it is left to show
                self.back_requested.emit()

        def erase() -> None:
            reason = dialog.reason.text()
            tasks.write(case_id, lambda book: book.erase(case_id, reason), erased, self._failed)

        self._open_dialog(dialog, erase)

    def ask_print(self) -> None:
        """Print case file… (Ctrl+P): the dialog that writes the case file as a PDF."""
        from app.ui.case_file_dialog import CaseFileDialog
        from app.ui.case_file_pdf import likely_languages

        snapshot, tasks = self.snapshot, self.tasks
        if snapshot is None or tasks is None or not self._may_print():
            return
        first, second = likely_languages(current_language(), snapshot.state)
        self.close_dialog()
        self.dialog = CaseFileDialog(tasks, snapshot.state.case_id, first, second, self)
        self.dialog.open()

    def open_submission(self, item: QTreeWidgetItem) -> None:
        """The interview behind a timeline row, read-only (reading it is audited)."""
        from app.ui.submission_text import read_submission
        from app.ui.submission_view import SubmissionDialog

        submission_id, tasks = item.data(0, SUBMISSION_ROLE), self.tasks
        if not submission_id or tasks is None:
            return
        case_id = self.case_id

        def show(record: Any) -> None:
            if self.case_id == case_id:
                self.close_dialog()
                self.dialog = SubmissionDialog(record, current_language(), self)
                self.dialog.open()

        tasks.read(lambda book: read_submission(book, str(submission_id)), show, self._failed)

    def ask_resolve(self, field: str) -> None:
        snapshot, tasks = self.snapshot, self.tasks
        if snapshot is None or tasks is None or field not in snapshot.state.conflicts:
            return
        dialog = ResolveDialog(
            snapshot.name, field, snapshot.state.conflicts[field], self, snapshot.words
        )
        self._open_dialog(
            dialog, lambda: resolve(tasks, self.case_id, field, dialog.value(), self._failed)
        )

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("&Back to the list"))
        self.summary_box.setTitle(self.tr("The person"))
        self.conflicts_box.setTitle(self.tr("Conflicting values"))
        self.timeline_box.setTitle(self.tr("Timeline"))
        self.timeline.setHeaderLabels(
            [self.tr("Date"), self.tr("What happened"), self.tr("By"), self.tr("Details")]
        )
        self.follow_up_button.setText(self.tr("New &follow-up"))
        self.refer_button.setText(self.tr("&Refer…"))
        self.close_button.setText(self.tr("C&lose case…"))
        self.reopen_button.setText(self.tr("Re&open case…"))
        self.withdraw_button.setText(self.tr("Co&nsent withdrawn…"))
        self.erase_button.setText(self.tr("&Erase case…"))
        self.print_button.setText(self.tr("&Print case file…"))
        self.print_button.setToolTip(self.tr("Ctrl+P: a PDF of this case, to give to a partner"))
        self.attachments_box.retranslate()
        self.referral_box.retranslate()
        if self.snapshot is not None:
            self._show(self.snapshot)
            if self.snapshot.words.language != current_language():
                self.load()  # the forms' words in the new language

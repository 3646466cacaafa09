"""The same-person warning at intake: earlier cases that may be about the person being registered.

While an intake is typed, ``SamePersonWatch`` reads the answers that identify a person (names in
any script, date of birth or age, gender, citizenship) 400 ms after the last change, asks
``app.cases.matching.possible_same_person`` on the database thread, and shows what it found in a
quiet panel under the questions (it never takes the keyboard and never moves the question being
answered: the page only gets shorter from below). Each candidate says why it was offered.

The worker can open a candidate read-only (``CaseGlance``, app/ui/case_glance.py: the person and
the timeline, each interview readable; the view is audited) and link the intake to it: finishing then adds the
intake's answers to that case instead of opening a new one (``Interview.link_to_case``), the
review page says so, and the link can be undone until Finish. Linking and undoing are audited
(``app.cases.matching.note_link``); the link is kept in the draft. How a candidate reads (its
short id, the reasons, the linked sentence) is app/ui/same_person_text.py.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.interviews.assisted import AssistedInterview
from app.ui.case_glance import CaseGlance
from app.ui.case_table import country_name
from app.ui.case_text import field_text
from app.ui.case_words import CaseWords
from app.ui.dates import date_text
from app.ui.error_text import describe_error
from app.ui.same_person_text import (
    born_text,
    linked_text,
    person_name,
    reason_words,
    short_id,
)

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.cases.matching import Candidate
    from app.cases.state import CaseState
    from app.ui.form_view import InterviewWidget

translate = QCoreApplication.translate

WAIT_MS = 400  # after the last answer: one match per pause in typing, not one per key
SHOWN = 5  # candidates at most
CASE_ROLE = Qt.ItemDataRole.UserRole


def case_words_for(book: CaseBook, language: str) -> CaseWords:
    """Database thread: the forms' words for case fields (gender and the like)."""
    from app.interviews.form_library import FormLibrary
    from app.ui.case_words import case_words

    return case_words(FormLibrary().on(book.store), language)


class SamePersonPanel(QFrame):
    """The panel itself: the candidates, or the case the intake is linked to."""

    open_requested = Signal(str)  # case id
    link_requested = Signal(str)  # case id
    unlink_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("samePerson")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(translate("SamePerson", "Possibly the same person as:"), self)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.note = QLabel(
            translate(
                "SamePerson",
                "An earlier case may be about this person. Open it to compare; if it is the "
                "same person, link this intake to it and no second case is opened. Nothing "
                "is merged unless you link.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(translate("SamePerson", "Possibly the same person as:"))
        self.list.setHeaderLabels(
            [
                translate("SamePerson", "Name"),
                translate("SamePerson", "Born"),
                translate("SamePerson", "Citizenship"),
                translate("SamePerson", "Case"),
                translate("SamePerson", "Last recorded"),
                translate("SamePerson", "Why"),
            ]
        )
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda item, _c: self.open_requested.emit(self._id(item)))
        self.open_button = QPushButton(translate("SamePerson", "Open the case (read only)…"), self)
        self.link_button = QPushButton(
            translate("SamePerson", "Link this intake to this case"), self
        )
        self.hide_button = QPushButton(translate("SamePerson", "Hide"), self)
        self.show_button = QPushButton(translate("SamePerson", "Show"), self)
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(self.expand)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.selected()))
        self.link_button.clicked.connect(lambda: self.link_requested.emit(self.selected()))
        self.hide_button.clicked.connect(self.dismiss)
        for button in (self.open_button, self.link_button, self.hide_button):
            button.setAutoDefault(False)  # Enter in a question never links or opens
        self.linked = QLabel(self)
        self.linked.setWordWrap(True)
        self.unlink_button = QPushButton(translate("SamePerson", "Undo the link"), self)
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.clicked.connect(self.unlink_requested)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.link_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.hide_button)
        linked_row = QHBoxLayout()
        linked_row.addWidget(self.linked, 1)
        linked_row.addWidget(self.unlink_button)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.note)
        column.addWidget(self.list)
        column.addLayout(buttons)
        column.addLayout(linked_row)
        self.candidates: list[Candidate] = []
        self.link: Candidate | None = None
        self._dismissed: tuple[str, ...] = ()
        self.setVisible(False)

    def _id(self, item: QTreeWidgetItem | None) -> str:
        return str(item.data(0, CASE_ROLE)) if item is not None else ""

    def selected(self) -> str:
        return self._id(self.list.currentItem()) if self.list.selectedItems() else ""

    def _selection_changed(self) -> None:
        chosen = bool(self.selected())
        self.open_button.setEnabled(chosen)
        self.link_button.setEnabled(chosen)

    def dismiss(self) -> None:
        """Folded to one line (the worker looked and saw no match) until other cases are found;
        "Show" unfolds it."""
        self._dismissed = tuple(c.case_id for c in self.candidates)
        self._show_state()

    def expand(self) -> None:
        self._dismissed = ()
        self._show_state()
        self.list.setFocus()

    def show_candidates(self, candidates: list[Candidate], words: CaseWords | None) -> None:
        self.candidates = candidates
        self.list.clear()
        for c in candidates:
            why = ", ".join(reason_words(r) for r in c.reasons)
            last = date_text(c.last_recorded) if c.last_recorded else "—"
            item = QTreeWidgetItem(
                [
                    person_name(c),
                    born_text(c),
                    country_name(c.citizenship) or "—",
                    short_id(c.case_id),
                    last,
                    why,
                ]
            )
            if c.gender:
                item.setToolTip(0, field_text("prs_Gender", c.gender, words))
            item.setToolTip(5, why)
            item.setData(0, CASE_ROLE, c.case_id)
            self.list.addTopLevelItem(item)
        rows = max(1, min(len(candidates), 3))
        height = self.list.sizeHintForRow(0) if candidates else 24
        self.list.setFixedHeight(self.list.header().sizeHint().height() + rows * height + 6)
        self._selection_changed()
        self._show_state()

    def show_link(self, link: Candidate | None) -> None:
        self.link = link
        if link is not None:
            self.linked.setText(linked_text(link))
        self._show_state()

    def _show_state(self) -> None:
        linked = self.link is not None
        folded = not linked and tuple(c.case_id for c in self.candidates) == self._dismissed
        for widget in (self.note, self.list, self.open_button, self.link_button, self.hide_button):
            widget.setVisible(not linked and not folded)
        self.show_button.setVisible(folded)
        self.linked.setVisible(linked)
        self.unlink_button.setVisible(linked)
        if linked:
            heading = translate("SamePerson", "The same person as an earlier case")
        elif folded:
            heading = translate(
                "SamePerson", "Possibly the same person as an earlier case (found: %1)"
            ).replace("%1", str(len(self.candidates)))
        else:
            heading = translate("SamePerson", "Possibly the same person as:")
        self.heading.setText(heading)
        self.setVisible(linked or bool(self.candidates))


class SamePersonWatch(QObject):
    """Watches an interview that opens a case (the intake) and keeps its panel up to date; for
    any other form it does nothing. ``link_text()`` is what the review page says of the link."""

    def __init__(self, widget: InterviewWidget) -> None:
        super().__init__(widget)
        from forms.entities import case_declaration

        self.widget = widget
        self.interview = widget.interview
        declaration = case_declaration(self.interview.definition)
        self.declaration = declaration
        # (an interpreter's interview reads no cases: app/interviews/assisted.py)
        self.active = (
            declaration is not None
            and declaration.mode == "create"
            and not isinstance(self.interview, AssistedInterview)
        )
        self.panel = SamePersonPanel(widget)
        self.link: Candidate | None = None
        self.words: CaseWords | None = None
        self.glance: CaseGlance | None = None
        self._asked = ""
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(WAIT_MS)
        self.timer.timeout.connect(self.look)
        if not self.active:
            return
        _place_under_questions(widget, self.panel)
        self.panel.open_requested.connect(self.open_case)
        self.panel.link_requested.connect(self.link_to)
        self.panel.unlink_requested.connect(self.unlink)
        widget.finish_page.unlink_requested.connect(self.unlink)
        widget.saver.state_changed.connect(self._answers_changed)
        if self.interview.linked_case:  # a linked draft resumed: say to which case
            case_id = self.interview.linked_case
            self._run(lambda book: _describe(book, case_id), self._described)
        self.timer.start()  # a resumed draft may already name the person

    # -- finding ------------------------------------------------------------------------------

    def _answers_changed(self, kind: str, _detail: str) -> None:
        if kind == "saving":
            self.timer.start()  # restarted by each answer: looks once typing pauses

    def _properties(self) -> dict[str, Any]:
        from app.cases.matching import matched_properties
        from forms.entities import case_properties

        assert self.declaration is not None
        return matched_properties(
            case_properties(self.interview.form, self.declaration, keep_blank=False)
        )

    def look(self) -> None:
        """GUI thread: the answers now; the database thread finds the candidates."""
        if not self.active or self.widget._finishing:
            return
        props = self._properties()
        asked = json.dumps(props, sort_keys=True, ensure_ascii=False)
        if asked == self._asked:
            return
        self._asked = asked
        self._generation += 1
        generation, language, cached = self._generation, self.widget.ui_language or "en", self.words

        def work(book: CaseBook) -> tuple[list[Candidate], CaseWords]:
            from app.cases.matching import possible_same_person

            found = possible_same_person(book, props, SHOWN)
            return found, cached or case_words_for(book, language)

        self._run(work, lambda result: self._found(generation, result), quiet=True)

    def _found(self, generation: int, result: tuple[list[Candidate], CaseWords]) -> None:
        if generation != self._generation:
            return  # answers changed meanwhile: a newer look is on its way
        found, self.words = result
        self.panel.show_candidates(found, self.words)

    # -- opening and linking ------------------------------------------------------------------

    def open_case(self, case_id: str) -> None:
        if not case_id:
            return
        language = self.widget.ui_language or "en"

        def work(book: CaseBook) -> tuple[CaseState, CaseWords]:
            return book.state(case_id), case_words_for(book, language)  # an audited view

        self._run(work, self._show_case)

    def _show_case(self, opened: tuple[CaseState, CaseWords]) -> None:
        if self.glance is not None and isValid(self.glance):
            self.glance.close()
        state, words = opened
        self.glance = CaseGlance(state, words, self._open_submission, self.widget)
        self.glance.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.glance.link_requested.connect(self.link_to)
        self.glance.show()

    def _open_submission(self, submission_id: str, parent: CaseGlance) -> None:
        from app.ui.submission_text import read_submission
        from app.ui.submission_view import SubmissionDialog

        language = self.widget.ui_language or "en"

        def show(record: Any) -> None:
            if isValid(parent):
                dialog = SubmissionDialog(record, language, parent)
                dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dialog.open()

        self._run(lambda book: read_submission(book, submission_id), show, parent.error)

    def link_to(self, case_id: str) -> None:
        """The worker is sure: this intake is about the person of ``case_id``."""
        if not case_id or self.widget._finishing:
            return
        self.interview.link_to_case(case_id)
        self.widget.saver.changed()  # the link is part of the draft
        self.link = next((c for c in self.panel.candidates if c.case_id == case_id), None)
        self.panel.show_link(self.link)
        self._audit(case_id, True)
        if self.link is None:  # linked from a case opened some other way: read how it reads
            self._run(lambda book: _describe(book, case_id), self._described)
        self._review_again()

    def unlink(self) -> None:
        case_id = self.interview.linked_case
        if not case_id or self.widget._finishing:
            return
        self.interview.link_to_case(None)
        self.widget.saver.changed()
        self.link = None
        self.panel.show_link(None)
        self._audit(case_id, False)
        self._review_again()

    def _described(self, link: Candidate | None) -> None:
        if self.interview.linked_case and (
            link is None or link.case_id == self.interview.linked_case
        ):
            self.link = link
            if link is not None:
                self.panel.show_link(link)
            self._review_again()

    def link_text(self) -> str:
        """For the review page: what finishing does with the link ("" when not linked)."""
        from forms.entities import creates_case

        if not self.active or not self.interview.linked_case or self.declaration is None:
            return ""
        if not creates_case(self.interview.form, self.declaration):
            return ""  # (no consent to register: no case is touched, linked or not)
        if self.link is None:
            return translate("SamePerson", "Will be added to the earlier case %1.").replace(
                "%1", short_id(self.interview.linked_case)
            )
        return linked_text(self.link)

    # -- plumbing -----------------------------------------------------------------------------

    def _audit(self, case_id: str, linked: bool) -> None:
        from app.cases.matching import note_link

        self._run(lambda book: note_link(book, case_id, linked), lambda _: None)

    def _review_again(self) -> None:
        if self.widget.on_finish_page:
            self.widget.refresh()

    def _run(
        self, work: Any, done: Any, error_label: QLabel | None = None, quiet: bool = False
    ) -> None:
        """``work(book)`` on the database thread; ``done`` here unless the screen is gone. A
        failure shows in ``error_label``, else on the review page (``quiet``: not at all -- a
        look that failed, for a role that may not read cases, is no news to the worker)."""
        book = self.interview.book

        def delivered(result: Any) -> None:
            if isValid(self) and isValid(self.panel):
                done(result)

        def failed(exc: BaseException) -> None:
            if quiet:
                return
            label = error_label if error_label is not None else self.widget.finish_page.error
            if isValid(self) and isValid(label):
                label.setText(describe_error(exc))

        self.widget.tasks.run_database(lambda: work(book), delivered, failed)


def _describe(book: CaseBook, case_id: str) -> Candidate | None:
    from app.cases.matching import describe_case

    return describe_case(book, case_id)


def _place_under_questions(widget: QWidget, panel: QWidget) -> None:
    """Under the pages and questions, above the buttons: when the panel appears the questions'
    area gets shorter from below and nothing on the page moves under the mouse."""
    layout = widget.layout()
    assert isinstance(layout, QVBoxLayout)
    at = next(
        (i for i in range(layout.count()) if isinstance(layout.itemAt(i).widget(), QSplitter)),
        layout.count() - 2,
    )
    layout.insertWidget(at + 1, panel)

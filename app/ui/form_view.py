"""The interview screen: one form filled in, page by page, saved as it is typed.

``InterviewWidget`` is built on an ``Interview`` that the caller started or resumed on the database
thread and hands over. From then on the GUI thread owns ``interview.form`` (answers, relevance,
labels: pure and fast); the database is only ever reached through ``TaskRunner.run_database``:

- every answer goes to the form at once, then ``DraftSaver`` (app/ui/draft_saver.py) takes ``interview.snapshot()`` here
  and stores it with ``interview.persist`` on the database thread -- at most every 300 ms while
  someone types, at once on a page change, on ``flush()`` and when the widget is hidden, and
  always once more after the last change (the last answer is never lost);
- Finish runs ``interview.finish()`` there and emits ``finished(Finished)``.

Pages are ``forms.display.pages`` (as ODK Collect pages a form; app/ui/interview_pages.py), recomputed after every answer,
so questions and pages appear and vanish as relevance changes; the last page lists what is still
missing or wrong, and a click goes to it. Repeats get Add/Remove buttons on their pages (and a
page of their own while they have no instance). Interpreter mode shows every label, hint and
choice in the interviewer's language and, larger, in the interviewee's.

Keyboard: a page opens with the keyboard in its first question that takes an answer (on Next
when none does: a follow-up's read-only first page); Tab walks the whole page; Enter goes to the
next question (and the next page after the last one) or presses the focused button; Ctrl+Enter
goes to the next page; Alt+Left / Alt+Right turn pages. Turning pages and Enter are
``PageNavigation`` (app/ui/interview_navigation.py), a mixin of the widget.
"""

from __future__ import annotations

import itertools
from contextlib import suppress

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.interviews.assisted import AssistedInterview
from app.interviews.form_library import form_title
from app.interviews.interview import Interview
from app.ui.attachment_widget import AttachmentEditor
from app.ui.draft_saver import DraftSaver, person_named
from app.ui.i18n import LANGUAGES
from app.ui.interview_finish import InterviewFinishing
from app.ui.interview_navigation import PageNavigation
from app.ui.interview_pages import FinishPage, Screen, screens
from app.ui.interview_repeats import RepeatControls
from app.ui.question_box import QuestionBox, question_options, question_text
from app.ui.same_person import SamePersonWatch
from app.ui.tasks import TaskRunner
from forms import AnswerError, display


class InterviewWidget(PageNavigation, RepeatControls, InterviewFinishing, QWidget):
    """The interview screen for one ``Interview`` (started or resumed by the caller on the
    database thread, then handed over: from here on only this widget touches its form).

    ``language``: the interface language (a code such as ``km``), used for the interviewer's
    labels and every message; ``person``: the name of the person it is about when known before
    (a follow-up), else it is taken from the answers; ``start_at``: a question key, whose page
    is shown first (a draft resumed where it was left); ``interviewee_language``: the second language of interpreter mode
    (default: the form's first other language). The interpreter's name is the one the caller
    gave ``Interview.start(interpreter=...)``; it is shown in the header and saved with the draft.

    Signals: ``finished(Finished)`` once the submission (and case) is stored;
    ``close_requested()`` when the person chose "Save and close" (the draft is being flushed:
    call ``flush()`` and wait for ``saver.pending`` to be false if the process is about to end).

    "Declined to answer" is always one click away: every select whose choices include
    ``declined`` has a button for it next to the question (and one for ``dont_know`` when the
    form offers "Don't know"), whatever the length of the list -- see ``QuestionBox``.
    """

    finished = Signal(object)  # app.interviews.interview.Finished
    close_requested = Signal()  # "Save and close": the draft is flushed, the caller closes

    def __init__(
        self,
        interview: Interview | AssistedInterview,
        tasks: TaskRunner,
        *,
        language: str | None = None,
        interviewee_language: str | None = None,
        person: str = "",
        start_at: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.interview = interview
        self.tasks = tasks
        form = interview.form
        self.ui_language = language
        self.language = form.set_language(language) if language else form.language
        self.person = person  # who it is about, when known beforehand (a follow-up's case)
        self.saver = DraftSaver(interview, tasks, self, summary=self.draft_summary)
        self.saver.state_changed.connect(self._show_save_state)
        self.screens: list[Screen] = []
        self.index = 0
        self._anchor: tuple[str, ...] = ()
        self.boxes: dict[str, QuestionBox] = {}
        self._seen: set[str] = set()  # keys of pages already left: "required" shows there
        self._input_problems: set[str] = set()  # typed text the engine could not take
        self._typing: set[str] = set()
        self._finishing = False
        self.confirm = self._confirm  # tests replace the question box
        self._build(interviewee_language)
        # an interpreter's interview (app/interviews/assisted.py): the social worker finishes it
        self.finish_button.setVisible(not isinstance(interview, AssistedInterview))
        self.same_person = SamePersonWatch(self)  # an intake: earlier cases of the same person?
        self.refresh()
        if start_at:  # a draft resumes on the page it was left on
            page = next((i for i, s in enumerate(self.screens) if start_at in s.keys), 0)
            if page:
                self.go_to(page)
        if interview.draft_id is not None:  # resumed: its draft is stored; a new one has none
            self._show_save_state("saved", "")  # until something is answered (no draft yet)

    def draft_summary(self) -> dict[str, str]:
        """Stored with each save, for the drafts list: the person's name as typed so far (or
        known from the case) and a question of the page on screen (the page to resume on)."""
        page = "" if self.on_finish_page or not self.screens else self.screens[self.index].keys[0]
        return {"person": self.person or person_named(self.interview), "page": page}

    # -- building ---------------------------------------------------------------------------

    def _build(self, interviewee_language: str | None) -> None:
        definition = self.interview.definition
        title = form_title(definition.form_id, definition.title, self.ui_language)
        self.title = QLabel(title, self)
        self.title.setObjectName("title")
        version = self.tr("Form version %1").replace("%1", definition.version)
        self.version_label = QLabel(version, self)
        self.version_label.setStyleSheet("color: palette(placeholder-text);")  # small and calm
        self.interpreter_label = QLabel(self)
        if self.interview.interpreter:
            self.interpreter_label.setText(
                self.tr("Interpreter: %1").replace("%1", self.interview.interpreter)
            )
        self.interpreter_label.setVisible(bool(self.interview.interpreter))
        self.save_status = QLabel(self)
        self.interpreter_mode = QCheckBox(self.tr("Interpreter mode: show two languages"), self)
        self.interviewee_language = QComboBox(self)
        self.interviewee_language.setAccessibleName(self.tr("Language of the person interviewed"))
        for lang in definition.languages:  # "Lao (lo)" is offered as ລາວ, as the app does
            code = lang.rsplit("(", 1)[-1].rstrip(")")
            self.interviewee_language.addItem(LANGUAGES.get(code, lang), lang)
        wanted = definition.resolve_language(interviewee_language) if interviewee_language else None
        other = next((lang for lang in definition.languages if lang != self.language), None)
        self.interviewee_language.setCurrentIndex(
            max(self.interviewee_language.findData(wanted or other), 0)
        )
        self.interviewee_language.setEnabled(False)
        self.interpreter_mode.toggled.connect(self._interpreter_toggled)
        self.interviewee_language.currentIndexChanged.connect(lambda _: self.refresh())
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.version_label)
        header.addWidget(self.interpreter_label)
        modes = QHBoxLayout()
        modes.addWidget(self.interpreter_mode)
        modes.addWidget(self.interviewee_language)
        modes.addStretch(1)
        self.interpreter_choice = self._build_interpreter_choice()
        modes.addWidget(self.interpreter_choice)

        self.page_list = QListWidget(self)
        self.page_list.setAccessibleName(self.tr("Pages"))
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.page_list.itemClicked.connect(lambda item: self.go_to(self.page_list.row(item)))
        self.page_title = QLabel(self)
        self.page_title.setWordWrap(True)
        self.page_title.setObjectName("pageTitle")
        self.page_body = QWidget(self)
        self.questions = QVBoxLayout()
        body_layout = QVBoxLayout(self.page_body)
        body_layout.addWidget(self.page_title)
        body_layout.addLayout(self.questions)
        body_layout.addWidget(self._build_repeat_bar())
        body_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.page_body)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.scroll)
        self.finish_page = FinishPage(self)
        self.stack.addWidget(self.finish_page)
        self.finish_page.chosen.connect(self.go_to_key)
        self.finish_page.finish_button.clicked.connect(self.finish)
        self.problems = self.finish_page.problems
        self.finish_button = self.finish_page.finish_button
        splitter = QSplitter(self)
        splitter.addWidget(self.page_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 3)

        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.close_button = QPushButton(self.tr("Save and close"), self)
        self.position = QLabel(self)
        native = QKeySequence.SequenceFormat.NativeText
        self.back_button.setToolTip(QKeySequence("Alt+Left").toString(native))
        self.next_button.setToolTip(
            " / ".join(QKeySequence(k).toString(native) for k in ("Alt+Right", "Ctrl+Return"))
        )
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.close_button.clicked.connect(self._close_clicked)
        footer = QHBoxLayout()
        footer.addWidget(self.close_button)
        footer.addWidget(self.save_status)
        footer.addStretch(1)
        footer.addWidget(self.position)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)

        column = QVBoxLayout(self)
        column.addLayout(header)
        column.addLayout(modes)
        column.addWidget(splitter, 1)
        column.addLayout(footer)
        for keys, slot in (("Alt+Left", self.back), ("Alt+Right", self.forward)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _build_interpreter_choice(self) -> QComboBox:
        """Who interprets: an interpreter named here gets the draft sealed to them, for their own
        login (app/workspace/shared_drafts.py). Offered to whoever runs the interview; an
        interpreter's own interview (``AssistedInterview``) has none."""
        choice = QComboBox(self)
        choice.setAccessibleName(self.tr("Interpreter named in this interview"))
        choice.addItem(self.tr("No interpreter named"), "")
        current = self.interview.interpreter or ""
        if current:
            choice.addItem(current, current)
            choice.setCurrentIndex(1)
        interview = self.interview
        if isinstance(interview, AssistedInterview):
            choice.hide()
            return choice
        session = interview.session

        def listed(names: list[str]) -> None:
            for name in names:
                if choice.findData(name) < 0:
                    choice.addItem(name, name)
            choice.setVisible(choice.count() > 1)

        choice.hide()
        self.tasks.run_database(session.interpreters, listed, lambda _: None)
        choice.activated.connect(lambda _: self._interpreter_chosen(str(choice.currentData())))
        return choice

    def _interpreter_chosen(self, name: str) -> None:
        interview = self.interview
        if isinstance(interview, AssistedInterview) or name == (interview.interpreter or ""):
            return
        interview.interpreter = name or None
        self.interpreter_label.setText(self.tr("Interpreter: %1").replace("%1", name))
        self.interpreter_label.setVisible(bool(name))
        draft_id = interview.draft_id
        if not name and draft_id is not None:  # a save never clears it: say so at once
            session = interview.session
            self.tasks.run_database(
                lambda: session.name_interpreter(draft_id, None), lambda _: None, lambda _: None
            )
        self.saver.changed()  # the next save names them (and seals the draft to them)

    # -- answering --------------------------------------------------------------------------

    def answer(self, key: str, value: object) -> None:
        """Set (``None``: clear) an answer as the person did; the draft saves soon after."""
        if self._finishing:
            return
        form = self.interview.form
        try:
            if value is None:
                form.clear_answer(key)
            else:
                form.set_answer(key, value)
            self._input_problems.discard(key)
        except AnswerError:
            self._input_problems.add(key)
            with suppress(AnswerError):
                form.clear_answer(key)  # what is on screen is not an answer: say so, keep none
        self.saver.changed()
        self.refresh()

    def _box_answered(self, key: str, value: object) -> None:
        box = self.boxes.get(key)
        if box is not None and box.editor is not None and box.editor.typed:
            self._typing.add(key)
        self.answer(key, value)

    def _box_settled(self, key: str) -> None:
        self._typing.discard(key)
        self.refresh()

    def flush(self) -> None:
        """Save what is not saved yet (the caller closes the screen after this)."""
        self.saver.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        self.saver.flush()
        super().hideEvent(event)

    def _close_clicked(self) -> None:
        self.saver.flush()
        self.close_requested.emit()

    # -- pages (turning them: app/ui/interview_navigation.py) ------------------------------

    @property
    def on_finish_page(self) -> bool:
        return self.index >= len(self.screens)

    # -- showing ----------------------------------------------------------------------------

    def _interviewee(self) -> str | None:
        if not self.interpreter_mode.isChecked():
            return None
        lang = self.interviewee_language.currentData()
        return lang if lang and lang != self.language else None

    def _interpreter_toggled(self, on: bool) -> None:
        self.interviewee_language.setEnabled(on)
        self.refresh()

    def refresh(self) -> None:
        """Bring the screen in line with the form: pages, questions, values, messages."""
        form = self.interview.form
        self.screens = screens(form)
        if self._anchor:
            anchor = set(self._anchor)
            found = [i for i, s in enumerate(self.screens) if anchor & set(s.keys)]
            self.index = found[0] if found else min(self.index, len(self.screens))
        else:
            self.index = min(self.index, len(self.screens))
        self._anchor = () if self.on_finish_page else self.screens[self.index].keys
        self._show_page_list()
        if self.on_finish_page:
            self.stack.setCurrentIndex(1)
            self._sync_boxes(())
            self._show_problems()
        else:
            self.stack.setCurrentIndex(0)
            screen = self.screens[self.index]
            self.page_title.setText(screen.title)
            self._sync_boxes(screen.keys)
            self.repeat_bar.setVisible(bool(screen.instance or screen.empty_repeat))
            self.repeat_empty.setVisible(bool(screen.empty_repeat))
            self.remove_button.setVisible(bool(screen.instance))
            self._fit_page()
            QTimer.singleShot(
                0, self, self._fit_page
            )  # again once the labels' layouts have settled
        self.position.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.screens) + 1))
        )
        busy = self._finishing
        self.back_button.setEnabled(self.index > 0 and not busy)
        self.next_button.setEnabled(not self.on_finish_page and not busy)

    def _fit_page(self) -> None:
        """Word-wrapped labels make the page's height depend on its width, which QScrollArea
        does not follow by itself: the page would be squeezed and the questions cut."""
        layout = self.page_body.layout()
        layout.activate()
        width = self.scroll.viewport().width()
        needed = layout.heightForWidth(width) if layout.hasHeightForWidth() else 0
        self.page_body.setMinimumHeight(max(needed, layout.minimumSize().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_page()

    def _show_page_list(self) -> None:
        titles = [self._screen_title(s) for s in self.screens] + [self.tr("Review and finish")]
        current = [self.page_list.item(i).text() for i in range(self.page_list.count())]
        if titles != current:
            self.page_list.clear()
            self.page_list.addItems(titles)
        self.page_list.setCurrentRow(self.index)

    def _screen_title(self, screen: Screen) -> str:
        title = screen.title or self.tr("Questions")
        if screen.instance:
            number = screen.instance.rsplit("[", 1)[-1].rstrip("]")
            return f"{title} ({number})"
        return title

    def _sync_boxes(self, keys: tuple[str, ...]) -> None:
        if tuple(self.boxes) != keys:
            for key, box in list(self.boxes.items()):
                self.questions.removeWidget(box)
                if key not in keys:
                    box.hide()
                    box.deleteLater()
            kept = self.boxes
            self.boxes = {key: kept.get(key) or self._make_box(key) for key in keys}
            for box in self.boxes.values():
                self.questions.addWidget(box)
                box.show()
        for key, box in self.boxes.items():
            self._update_box(key, box)
        self._chain_tabs()  # after the update: choices and quick answers may have come

    def _make_box(self, key: str) -> QuestionBox:
        state = self.interview.form.state(key)
        qtype = "note" if state.kind == "note" else state.qtype
        count = len(display.choices(self.interview.form, key)) if "select" in qtype else 0
        box = QuestionBox(key, qtype, count, self.page_body)
        if isinstance(box.editor, AttachmentEditor):
            if isinstance(self.interview, AssistedInterview):  # files live in the database,
                box.editor.setEnabled(False)  # which an interpreter's login does not open
            else:
                box.editor.bind(self.interview, self.tasks, key)  # it keeps files there
        box.answered.connect(self._box_answered)
        box.settled.connect(self._box_settled)
        return box

    def _update_box(self, key: str, box: QuestionBox) -> None:
        form = self.interview.form
        other = self._interviewee()
        box.set_text(question_text(form, key, self.language, other))
        state = form.state(key)
        if box.qtype in ("select_one", "select_multiple", "rank"):
            box.set_options(question_options(form, key, self.language, other))
        typing = key in self._typing
        if key in self._input_problems:
            message = "" if typing else box.input_problem_text()
        elif state.problem == "required" and key not in self._seen:
            message = ""  # not nagged while the page is first filled in
        else:
            message = box.problem_text(state, False)
        box.show_state(state, message, typing or key in self._input_problems)

    def _chain_tabs(self) -> None:
        chain: list[QWidget] = [self.interpreter_mode, self.interviewee_language, self.page_list]
        for box in self.boxes.values():
            chain.extend(box.focus_widgets())
        chain += [self.add_button, self.remove_button, self.close_button]
        chain += [self.back_button, self.next_button, self.problems, self.finish_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_save_state(self, kind: str, detail: str) -> None:
        words = {
            "saving": self.tr("Saving…"),
            "saved": self.tr("Draft saved"),
            "failed": self.tr("Not saved: %1").replace("%1", detail),
        }
        self.save_status.setText(words.get(kind, ""))
        self.save_status.setObjectName("error" if kind == "failed" else "")
        self.save_status.style().polish(self.save_status)  # the error colour follows the name

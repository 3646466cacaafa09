"""Finishing an interview: the list of what is missing, then the draft turned into a submission
(and a case) on the database thread. A mixin of ``InterviewWidget``; its strings keep the
``InterviewWidget`` translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from app.ui.error_text import describe_error
from app.ui.interview_pages import answers_so_far
from app.ui.submission_text import Line, SubmissionRecord, submission_lines
from forms import FieldState, display

if TYPE_CHECKING:
    from app.ui.form_view import InterviewWidget


class InterviewFinishing:
    def _show_problems(self: InterviewWidget) -> None:
        form = self.interview.form
        page_of = {key: s for s in self.screens for key in s.keys}
        problems = []
        for state in form.validate():
            screen = page_of.get(state.key)
            where = self._screen_title(screen) if screen else ""
            label = display.label(form, state.key, self.language) or state.name
            problems.append((state.key, f"{where} — {label}: {self._problem_words(state)}"))
        self.finish_page.show_problems(problems, self._finishing)
        self.finish_page.show_link(self.same_person.link_text())  # "Will be added to the case…"
        self.finish_page.show_answers(self._answer_lines())

    def _answer_lines(self: InterviewWidget) -> list[Line]:
        """The draft's answers as the finished submission will read, in the interface
        language (the form's default where it has no text in it)."""
        form = self.interview.form
        record = SubmissionRecord(
            submission_id="",
            definition=form.definition,
            data=answers_so_far(form),
            author="",
            interpreter=None,
            finished_at=None,
            person_language=None,
        )
        return submission_lines(record, self.ui_language or "en")

    def _problem_words(self: InterviewWidget, state: FieldState) -> str:
        if state.own_message and state.message:
            return state.message
        if state.problem == "required":
            return QCoreApplication.translate("InterviewWidget", "not answered yet")
        return QCoreApplication.translate("InterviewWidget", "the answer needs a correction")

    def finish(self: InterviewWidget) -> None:
        """Turn the draft into a submission (and a case) on the database thread."""
        if self._finishing or not self.on_finish_page or self.interview.form.validate():
            return
        self._finishing = True
        self.saver.stop()  # finish() reads the form itself; no save may follow it
        self.stack.setEnabled(False)
        self.finish_page.error.setText("")
        self.save_status.setText(QCoreApplication.translate("InterviewWidget", "Finishing…"))
        self.refresh()
        self.tasks.run_database(self.interview.finish, self._finished, self._finish_failed)

    def _finished(self: InterviewWidget, result: Any) -> None:
        if not isValid(self):  # closed while finishing: the submission is stored all the same
            return
        self.save_status.setText(
            QCoreApplication.translate("InterviewWidget", "Finished and saved")
        )
        self.close_button.setEnabled(False)
        self.finished.emit(result)

    def _finish_failed(self: InterviewWidget, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._finishing = False
        self.stack.setEnabled(True)
        self.finish_page.error.setText(describe_error(exc))
        self.saver.restart()
        self.refresh()

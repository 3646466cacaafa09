"""Saving an interview's draft as it is typed, without the GUI thread touching the database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from app.interviews.assisted import AssistedInterview
from app.interviews.interview import Interview
from app.ui.error_text import describe_error
from app.ui.tasks import TaskRunner

SAVE_EVERY_MS = 300


class DraftSaver(QObject):
    """Coalesces saves: ``interview.snapshot()`` on the GUI thread, ``interview.persist`` on the
    database thread, at most one save per ``SAVE_EVERY_MS`` while answers keep coming, one at a
    time, and always one more after the last change. ``flush()`` saves now (page turn, close);
    ``pending`` is true until everything answered is stored. ``stop()`` before finishing: no
    save may follow ``Interview.finish`` (it would make a new draft)."""

    state_changed = Signal(str, str)  # "saving" | "saved" | "failed", words for the person

    def __init__(
        self,
        interview: Interview | AssistedInterview,
        tasks: TaskRunner,
        parent: QObject | None = None,
        summary: Callable[[], dict[str, str]] | None = None,
    ):
        super().__init__(parent)
        self.interview = interview
        self.summary = summary  # stored with each save as the draft's "summary" (for listing)
        self.tasks = tasks
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_EVERY_MS)
        self.timer.timeout.connect(self.flush)
        self.dirty = False
        self.in_flight = False
        self.stopped = False
        self._flush_after = False

    @property
    def pending(self) -> bool:
        return self.dirty or self.in_flight

    def changed(self) -> None:
        if self.stopped:
            return
        self.dirty = True
        self.state_changed.emit("saving", "")
        if not self.in_flight and not self.timer.isActive():
            self.timer.start()  # not restarted by each key: at most one save per interval

    def flush(self) -> None:
        self.timer.stop()
        if self.stopped or not self.dirty:
            return
        if self.in_flight:
            self._flush_after = True
            return
        data = self.interview.snapshot()
        if self.summary is not None:
            data["summary"] = self.summary()
        self.dirty, self.in_flight = False, True
        try:
            self.tasks.run_database(lambda: self.interview.persist(data), self._done, self._failed)
        except RuntimeError as exc:  # the runner is shut down (the app is quitting): say so
            self.dirty = True
            self._failed(exc)

    def _done(self, _: Any) -> None:
        if not isValid(self):  # the screen was closed meanwhile: the draft is stored anyway
            return
        self.in_flight = False
        if self.dirty and not self.stopped:
            if self._flush_after:
                self._flush_after = False
                self.flush()
            else:
                self.timer.start()
        else:
            self.state_changed.emit("saved", "")

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.in_flight = False
        self.dirty = True  # kept: the next change or page turn tries again
        self.state_changed.emit("failed", describe_error(exc))

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()

    def restart(self) -> None:
        self.stopped = False
        self.changed()


def person_named(interview: Interview | AssistedInterview) -> str:
    """The name of the person the interview is about, as far as it has been typed: the answers
    the form saves to the case's name properties (and citizenship: it orders the name), joined
    as the case list joins them ("" when none is typed, or the form saves no name)."""
    from app.cases.names import CITIZENSHIP, display_name, is_name_field
    from forms import AnswerError
    from forms.entities import case_declaration

    declaration = case_declaration(interview.definition)
    if declaration is None:
        return ""
    form = interview.form
    fields = {}
    for name, prop in declaration.properties.items():
        if is_name_field(prop) or prop == CITIZENSHIP:
            try:
                fields[prop] = form.answer(name)
            except (KeyError, AnswerError):  # not a field of this version: no name from it
                continue
    return display_name(fields)

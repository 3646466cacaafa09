"""Turning the interview's pages and walking its questions by keyboard: Back and Next, a page or
question chosen from the list or the review page, where the keyboard starts on a page, and Enter /
Ctrl+Enter (next question, next page). A page holding text a question cannot take does not turn.
A mixin of ``InterviewWidget``: it works on the widget's pages, boxes and draft saver.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

if TYPE_CHECKING:
    from app.ui.form_view import InterviewWidget
    from app.ui.question_box import QuestionBox


class PageNavigation:
    def go_to(self: InterviewWidget, index: int, focus_key: str | None = None) -> None:
        """Turn to page ``index`` (the review page after the last), unless this page holds text
        a question cannot take: then the page stays, the text stays as typed, its message shows
        and the keyboard goes to it (leaving would drop what was typed without a word)."""
        if not self.on_finish_page and index != self.index and self._stop_on_typed_problem():
            return
        if not self.on_finish_page:
            self._seen.update(self.screens[self.index].keys)
            self._typing.difference_update(self.screens[self.index].keys)
        self.index = max(0, min(index, len(self.screens)))
        self._anchor = () if self.on_finish_page else self.screens[self.index].keys
        if self.interview.draft_id is not None or self.saver.pending:
            self.saver.changed()  # the page is part of the draft: it resumes here
        self.saver.flush()
        self.refresh()
        if self.on_finish_page:
            (self.problems if self.problems.count() else self.finish_button).setFocus()
            return
        self.scroll.verticalScrollBar().setValue(0)
        box = self.boxes.get(focus_key or "")
        wanted = box.focus_widgets() if box is not None else []
        (wanted[0] if wanted else self._page_start()).setFocus()
        if focus_key:
            QTimer.singleShot(0, self, lambda: self._scroll_to(focus_key))

    def _stop_on_typed_problem(self: InterviewWidget) -> bool:
        stuck = [key for key in self.screens[self.index].keys if key in self._input_problems]
        if not stuck:
            return False
        self._typing.difference_update(stuck)  # the message shows now, not after a retype
        self.refresh()
        box = self.boxes.get(stuck[0])
        if box is not None and box.focus_widgets():
            box.focus_widgets()[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(box)
        return True

    def focus_first_question(self: InterviewWidget) -> None:
        """The keyboard in the page's first question, once the screen is shown (a stacked widget
        gives focus to its first child, the interpreter switch, when it changes page); on a page
        with nothing to answer (a follow-up opens on the person's details), on Next."""
        if not self.on_finish_page:
            self._page_start().setFocus()

    def _page_start(self: InterviewWidget) -> QWidget:
        """Where the keyboard starts on a question page: its first answerable question, or Next
        when every question of the page is read-only (Enter or Space then turns the page)."""
        answerable = self._answerable()
        return answerable[0][1] if answerable else self.next_button

    def _answerable(self: InterviewWidget) -> list[tuple[QuestionBox, QWidget]]:
        """The page's questions that take an answer, each with where the keyboard enters it (a
        read-only question, such as a follow-up's case, is shown disabled: not one of them)."""
        found = []
        for box in self.boxes.values():
            enabled = [w for w in box.focus_widgets() if w.isEnabled()]
            if enabled:
                found.append((box, enabled[0]))
        return found

    def _scroll_to(self: InterviewWidget, key: str) -> None:
        box = self.boxes.get(key)
        if box is not None:
            self.scroll.ensureWidgetVisible(box)

    def forward(self: InterviewWidget) -> None:
        if not self.on_finish_page:
            self.go_to(self.index + 1)

    def back(self: InterviewWidget) -> None:
        if self.index > 0:
            self.go_to(self.index - 1)

    def go_to_key(self: InterviewWidget, key: str) -> None:
        for i, screen in enumerate(self.screens):
            if key in screen.keys:
                self._seen.add(key)
                self.go_to(i, focus_key=key)
                return

    def keyPressEvent(self: InterviewWidget, event: QKeyEvent) -> None:
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.forward()
            return
        focus = self.focusWidget()
        if isinstance(focus, QPushButton):  # Back, Save and close, "Declined to answer"...
            focus.click()
            return
        if self.on_finish_page:
            return
        answerable = self._answerable()
        current = next((i for i, (b, _) in enumerate(answerable) if b.has_focus_inside()), -1)
        if 0 <= current < len(answerable) - 1:
            answerable[current + 1][1].setFocus()
        else:
            self.forward()

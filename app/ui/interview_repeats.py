"""Repeat groups on the interview screen: Add another, Remove this one (after a confirmation), and
the stand-in page of a repeat with no instance yet. A mixin of ``InterviewWidget``: it works on
the widget's pages, form and draft saver.

Strings keep the ``InterviewWidget`` translation context they always had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

if TYPE_CHECKING:
    from app.ui.form_view import InterviewWidget


class RepeatControls:
    def _build_repeat_bar(self: InterviewWidget) -> QWidget:
        self.repeat_bar = QWidget(self)
        self.repeat_empty = QLabel(
            QCoreApplication.translate("InterviewWidget", "Nothing has been added here yet."),
            self.repeat_bar,
        )
        self.add_button = QPushButton(
            QCoreApplication.translate("InterviewWidget", "Add another"), self.repeat_bar
        )
        self.remove_button = QPushButton(
            QCoreApplication.translate("InterviewWidget", "Remove this one"), self.repeat_bar
        )
        self.add_button.clicked.connect(self.add_repeat)
        self.remove_button.clicked.connect(self.remove_repeat)
        row = QHBoxLayout(self.repeat_bar)
        row.addWidget(self.repeat_empty)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        return self.repeat_bar

    def add_repeat(self: InterviewWidget) -> None:
        screen = self.screens[self.index] if not self.on_finish_page else None
        if screen is None:
            return
        if screen.empty_repeat:
            name, parent = screen.empty_repeat, None
        else:
            parent_key, _, last = screen.instance.rpartition("/")
            name, parent = last.split("[")[0], parent_key or None
        key = self.interview.form.add_repeat(name, parent)
        self.saver.changed()
        self.refresh()
        target = next((i for i, s in enumerate(self.screens) if s.instance == key), self.index)
        self.go_to(target)

    def remove_repeat(self: InterviewWidget) -> None:
        screen = self.screens[self.index] if not self.on_finish_page else None
        if screen is None or not screen.instance:
            return
        if not self.confirm(
            QCoreApplication.translate(
                "InterviewWidget", "Remove these answers? This cannot be undone."
            )
        ):
            return
        self.interview.form.remove_repeat(screen.instance)
        # The instances after it are numbered anew: text typed that the engine could not take
        # belonged to boxes that are gone (their keys now name other instances).
        siblings = screen.instance.rpartition("[")[0] + "["
        self._input_problems = {k for k in self._input_problems if not k.startswith(siblings)}
        self._typing = {k for k in self._typing if not k.startswith(siblings)}
        self._anchor = ()
        self.saver.changed()
        self.refresh()
        self.go_to(min(self.index, len(self.screens)))

    def _confirm(self: InterviewWidget, text: str) -> bool:
        answer = QMessageBox.question(
            self, QCoreApplication.translate("InterviewWidget", "Remove"), text
        )
        return answer == QMessageBox.StandardButton.Yes

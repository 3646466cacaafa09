"""Interviews begun and not finished, as the home screen and the Cases menu list them.

A draft is named by the person it is about (or "no name yet"), its form and when it was last
saved, in local time with the month in words (one reading in every language). ``DraftEntry`` is
built from ``Session.drafts()`` rows; the ``summary`` the interview screen stores with each
draft (``app/ui/draft_saver.py``) gives the name and the page left on.

``DraftsPanel`` (on the home screen) emits ``resume_requested(draft id, page key)`` on Enter or a
double-click, and ``discard_requested(draft id)`` only after the person confirmed "Discard" in a
question box (the discard cannot be undone). It never touches the database itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.dates import moment_text

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class DraftEntry:
    draft_id: str
    person: str  # the name, or "no name yet"
    form: str  # "Intake (version v)"
    when: str  # last saved, local time: "6 Dec 2026, 14:05"
    page: str  # the key of a question on the page left on ("" : the first page)

    @property
    def text(self) -> str:
        """One line, as the menu shows it: "person · form (version v) · 6 Dec 2026, 14:05"."""
        return (
            QCoreApplication.translate("Drafts", "%1 · %2 · %3")
            .replace("%1", self.person)
            .replace("%2", self.form)
            .replace("%3", self.when)
        )


def local_time(stamp: str) -> str:
    """An ISO UTC time stamp as local time, the month in words: "6 December 2026, 14:05"."""
    return moment_text(stamp)


def draft_entries(drafts: list[dict[str, Any]], form_text: Any) -> list[DraftEntry]:
    """``form_text(form_id, version)``: the form's title and version as the menus show it."""
    entries = []
    for draft in drafts:
        summary = draft.get("summary") or {}
        person = str(summary.get("person") or "") or QCoreApplication.translate(
            "Drafts", "no name yet"
        )
        entries.append(
            DraftEntry(
                str(draft["id"]),
                person,
                form_text(str(draft["form_id"]), str(draft["form_version"])),
                local_time(str(draft["updated_at"])),
                str(summary.get("page") or ""),
            )
        )
    return entries


class DraftsPanel(QGroupBox):
    resume_requested = Signal(str, str)  # draft id, page key
    discard_requested = Signal(str)  # draft id, confirmed by the person

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[DraftEntry] = []
        self.list = QListWidget()
        # Each entry is three short lines, each cut with "…" when the panel is narrow (the whole
        # in its tool tip): Qt sizes wrapped rows before it wraps them, and rows overlapped.
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._resume)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.continue_button = QPushButton()
        self.continue_button.clicked.connect(lambda: self._resume(self.list.currentItem()))
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self._ask_discard)
        self.confirm: QMessageBox | None = None  # the open "Discard this draft?" question
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslate()
        self.show_entries([])

    def retranslate(self) -> None:
        self.setTitle(
            QCoreApplication.translate("Drafts", "Drafts (%1)").replace(
                "%1", str(len(self.entries))
            )
        )
        self.empty.setText(QCoreApplication.translate("Drafts", "No interview is waiting."))
        # Alt+C is the menu bar's Cases
        self.continue_button.setText(QCoreApplication.translate("Drafts", "C&ontinue"))
        self.discard_button.setText(QCoreApplication.translate("Drafts", "Discard…"))

    def show_entries(self, entries: list[DraftEntry]) -> None:
        """The drafts as they are now; the selection stays on the same draft if it is there."""
        chosen = self._chosen_id()
        self.entries = list(entries)
        self.list.clear()
        for entry in entries:  # the name first, on a line of its own (a narrow panel)
            item = QListWidgetItem(f"{entry.person}\n{entry.form}\n{entry.when}")
            item.setToolTip(entry.text)
            item.setData(ID_ROLE, entry.draft_id)
            self.list.addItem(item)
            if entry.draft_id == chosen:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.retranslate()
        self._enable()

    def _chosen_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def _enable(self) -> None:
        chosen = bool(self._chosen_id())
        self.continue_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    def _resume(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        draft_id = str(item.data(ID_ROLE))
        entry = next((e for e in self.entries if e.draft_id == draft_id), None)
        if entry is not None:
            self.resume_requested.emit(entry.draft_id, entry.page)

    def _ask_discard(self) -> None:
        draft_id = self._chosen_id()
        entry = next((e for e in self.entries if e.draft_id == draft_id), None)
        if entry is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Drafts", "Discard this draft?"))
        box.setText(
            QCoreApplication.translate(
                "Drafts", "The answers of this interview will be deleted for good:\n%1"
            ).replace("%1", entry.text)
        )
        discard = box.addButton(
            QCoreApplication.translate("Drafts", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            QCoreApplication.translate("Drafts", "Keep"), QMessageBox.ButtonRole.RejectRole
        )
        discard.setAutoDefault(False)  # Enter keeps the draft: deleting takes a deliberate act
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            self.confirm = None
            if box.clickedButton() is discard:
                self.discard_requested.emit(draft_id)
            box.deleteLater()

        box.finished.connect(lambda _: answered())
        self.confirm = box
        box.open()

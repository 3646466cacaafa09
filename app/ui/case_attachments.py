"""The case view's attachments: the photos and scans of every submission behind a case.

Listed by question, file name, size and date; "Open" shows an image on screen (decoded from
memory: nothing is written to disk), "Save as…" writes a copy where the person chooses -- an
explicit export of identifying data, recorded in the audit log (``app.interviews.attachments.save_copy``).
Every read runs on the database thread through ``CaseTasks``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
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

from app.interviews import attachments
from app.ui.attachment_widget import ImageViewer, size_text
from app.ui.dates import moment_text
from app.ui.error_text import describe_error

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.ui.case_table import CaseTasks


class CaseAttachments(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks: CaseTasks | None = None
        self.case_id = ""
        self.found: list[attachments.Attachment] = []
        self.viewer: ImageViewer | None = None
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.ask_save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.list)
        column.addLayout(buttons)
        column.addWidget(self.message)
        self.retranslate()
        self.show_list([])

    def retranslate(self) -> None:
        self.setTitle(self.tr("Attachments"))
        self.list.setHeaderLabels(
            [self.tr("Question"), self.tr("File"), self.tr("Size"), self.tr("Kept on")]
        )
        self.open_button.setText(self.tr("Open"))
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.setToolTip(
            self.tr("Writes an unencrypted copy outside the workspace; the audit log records it.")
        )

    def load(self, tasks: CaseTasks | None, case_id: str) -> None:
        self.tasks, self.case_id = tasks, case_id
        if tasks is None or not case_id:
            self.show_list([])
            return
        tasks.read(
            lambda book: attachments.for_case(book.session, case_id),
            lambda found: self.show_list(found) if case_id == self.case_id else None,
            self._failed,
        )

    def show_list(self, found: list[attachments.Attachment]) -> None:
        self.found = list(found)
        self.list.clear()
        for attachment in self.found:
            item = QTreeWidgetItem(
                [
                    attachment.question,
                    attachment.original_name,
                    size_text(attachment.size),
                    moment_text(attachment.created_at),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, attachment.id)
            self.list.addTopLevelItem(item)
        self.setVisible(bool(self.found))
        self._selected()

    def selected(self) -> attachments.Attachment | None:
        items = self.list.selectedItems()
        if not items:
            return None
        wanted = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((a for a in self.found if a.id == wanted), None)

    def _selected(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(chosen is not None and chosen.is_image)
        self.save_button.setEnabled(chosen is not None)

    def open_selected(self) -> None:
        chosen, tasks = self.selected(), self.tasks
        if chosen is None or tasks is None or not chosen.is_image:
            return

        def opened(result: Any) -> None:
            self.viewer = ImageViewer(chosen.original_name, result[1], self)
            self.viewer.open()

        tasks.read(lambda book: attachments.view(book.session, chosen.id), opened, self._failed)

    def ask_save(self) -> None:
        chosen = self.selected()
        if chosen is None or self.tasks is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), chosen.original_name)
        if path:
            self.save(chosen, path)

    def save(self, chosen: attachments.Attachment, path: str) -> None:
        from pathlib import Path

        tasks = self.tasks
        if tasks is None:
            return

        def work(book: CaseBook) -> None:
            attachments.save_copy(book.session, chosen.id, Path(path))

        def saved(_: object) -> None:
            self._say(self.tr("A copy was saved to %1.").replace("%1", path))

        tasks.read(work, saved, self._failed)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed(self, exc: BaseException) -> None:
        self._say(describe_error(exc))

"""A finished interview, opened read-only from a case's timeline (double-click or Enter on its row).

It shows who filled the form, when, and the interpreter, then every question with its label and
its answer's label, under the form's group headings. It opens in the interface language; "Show
in" switches to any of the form's languages (the person's is marked), for the interviewer and the
person to read it together. Nothing can be changed here. Reading the submission is audited as a
view, on the database thread (``read_submission``), before the dialog opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.dates import date_text, moment_text
from app.ui.i18n import LANGUAGES
from app.ui.submission_text import SubmissionRecord, language_codes, submission_lines

NO_ANSWER = "—"


class SubmissionDialog(QDialog):
    """One submission, read-only. ``language``: the interface language it opens in."""

    def __init__(
        self, record: SubmissionRecord, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.setMinimumSize(560, 420)
        self.resize(760, 600)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.filled_by = QLabel()
        self.filled_by.setWordWrap(True)
        self.interpreter = QLabel()
        self.interpreter.setWordWrap(True)
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_label.setBuddy(self.language)
        self.answers = QTreeWidget()
        self.answers.setColumnCount(2)
        self.answers.setWordWrap(True)
        self.answers.setUniformRowHeights(False)
        self.answers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.answers.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)

        codes = language_codes(record.definition)
        self._codes = codes
        chosen = language if language in codes else codes[0] if codes else language
        self.language.currentIndexChanged.connect(lambda _: self._fill())
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.filled_by)
        layout.addWidget(self.interpreter)
        layout.addLayout(row)
        layout.addWidget(self.answers, 1)
        layout.addWidget(self.buttons)
        self.retranslate(chosen)

    def shown_language(self) -> str:
        code = self.language.currentData()
        return str(code) if code else ""

    def retranslate(self, chosen: str | None = None) -> None:
        from app.interviews.form_library import form_title

        record = self.record
        keep = chosen or self.shown_language()
        definition = record.definition
        title = form_title(definition.form_id, definition.title, keep)
        self.setWindowTitle(self.tr("Interview: %1 (read-only)").replace("%1", title))
        self.title.setText(title)
        when = moment_text(record.finished_at) if record.finished_at else ""
        by = self.tr("Filled in by %1").replace("%1", record.author)
        self.filled_by.setText(f"{by} · {when}" if when else by)
        self.interpreter.setText(
            self.tr("Interpreter: %1").replace("%1", record.interpreter)
            if record.interpreter
            else self.tr("No interpreter")
        )
        self.language_label.setText(self.tr("&Show in"))
        self.answers.setHeaderLabels([self.tr("Question"), self.tr("Answer")])
        self.close_button.setText(self.tr("Close"))
        blocked = self.language.blockSignals(True)
        self.language.clear()
        for code in self._codes:
            name = LANGUAGES.get(code, code)
            if code == record.person_language:
                name = self.tr("%1 (the person's language)").replace("%1", name)
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(keep)))
        self.language.blockSignals(blocked)
        self._fill()

    def _fill(self) -> None:
        """The questions and answers in the language shown, under their groups' headings."""
        self.answers.clear()
        parents: list[QTreeWidgetItem] = []
        bold = QFont(self.answers.font())
        bold.setBold(True)
        for line in submission_lines(self.record, self.shown_language()):
            del parents[line.depth :]
            if line.answer is None:
                item = QTreeWidgetItem([line.text, ""])
                item.setFont(0, bold)
                item.setFirstColumnSpanned(True)
            else:
                answer = line.answer
                if line.qtype == "date":
                    answer = date_text(answer)
                elif line.qtype == "datetime":
                    answer = moment_text(answer)
                item = QTreeWidgetItem([line.text, answer or NO_ANSWER])
                item.setToolTip(0, line.text)
                item.setToolTip(1, answer)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if parents:
                parents[-1].addChild(item)
            else:
                self.answers.addTopLevelItem(item)
            if line.answer is None:
                parents.append(item)
        self.answers.expandAll()
        self.answers.setColumnWidth(0, max(240, self.answers.viewport().width() // 2))

"""Print a case file: choose the language (and one beside it) and where to save, be told that the
file leaves the encryption, then write it.

The case and its interviews are read on the database thread (``gather``), the PDF is laid out on
the GUI thread (``render``, with the app's fonts), and the file is written whole or not at all and
audited on the database thread (``save``). A full disk or a folder that cannot be written is said
in words, and no file is left behind. The warning's default button is "Cancel": Enter never
confirms it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import StorageFull
from app.ui.case_file_pdf import CaseFileData, CaseFilePdf, gather, render, save
from app.ui.error_text import describe_error
from app.ui.i18n import LANGUAGES
from app.ui.leaving_encryption import ask_before_leaving

if TYPE_CHECKING:
    from app.ui.case_tasks import CaseTasks


def default_path(case_id: str) -> str:
    """The Documents folder (else home), a name that says which case and no one's name."""
    home = Path.home()
    folder = home / "Documents" if (home / "Documents").is_dir() else home
    return str(folder / f"case-file-{case_id[:8]}.pdf")


class CaseFileDialog(QDialog):
    """``first``/``second``: the languages offered first (the worker's; the person's or None)."""

    def __init__(
        self,
        tasks: CaseTasks,
        case_id: str,
        first: str,
        second: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.case_id = case_id
        self.running = False
        self.saved_path: Path | None = None
        self.confirmation: QMessageBox | None = None
        self.language = QComboBox()
        self.beside = QComboBox()
        self.beside.addItem("", None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
            self.beside.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(first)))
        self.beside.setCurrentIndex(max(0, self.beside.findData(second)) if second else 0)
        self.path = QLineEdit(default_path(case_id))
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.start)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, row, buddy in zip(
            self.labels,
            (self.language, self.beside, path_row),
            (self.language, self.beside, self.path),
            strict=True,
        ):
            label.setBuddy(buddy)
            form.addRow(label, row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(620, 320)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print case file"))
        self.intro.setText(
            self.tr(
                "A PDF of this case for a partner without the app: the person's details, "
                "consents, timeline and every interview, in one language or two side by side."
            )
        )
        for label, text in zip(
            self.labels,
            (self.tr("&Language"), self.tr("&Beside it"), self.tr("&Save as")),
            strict=True,
        ):
            label.setText(text)
        self.beside.setItemText(0, self.tr("No second language"))
        self.browse_button.setText(self.tr("C&hoose…"))
        self.print_button.setText(self.tr("&Write PDF"))
        self.close_button.setText(self.tr("Close") if self.saved_path else self.tr("Cancel"))

    def languages(self) -> list[str]:
        chosen = [str(self.language.currentData())]
        beside = self.beside.currentData()
        if beside and beside not in chosen:
            chosen.append(str(beside))
        return chosen

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the case file as"), self.path.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.path.setText(path)

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # -- writing --------------------------------------------------------------------------------

    def start(self) -> None:
        if self.running or self.confirmation is not None:
            return
        target = self.target()
        if target is None:
            self.error.setText(self.tr("Choose where to save the case file first."))
            return
        self.confirmation = ask_before_leaving(
            self,
            self.tr("Print an identified case file"),
            self.tr(
                "This file will leave the encryption: anyone who gets it, or a copy or a "
                "print of it, can read this person's name and story."
            ),
            self.tr(
                "Save it only on an encrypted drive, give it only to people allowed to see it, "
                "and delete it (and shred the paper) when it is no longer needed. Printing is "
                "recorded in the audit log."
            ),
            self.tr("Write the unencrypted PDF"),
            self.tr("Cancel"),
            lambda: self._write(target),
            self._answered,
        )

    def _answered(self) -> None:
        self.confirmation = None

    def _write(self, target: Path) -> None:
        tasks, case_id, languages = self.tasks, self.case_id, self.languages()
        self.running = True
        self.saved_path = None
        self.error.clear()
        self.status.setText(self.tr("Writing the case file…"))
        self.print_button.setEnabled(False)

        def gathered(data: CaseFileData) -> None:
            if not isValid(self):
                return
            try:
                pdf = render(data, languages, datetime.now(UTC))
            except Exception as exc:  # said in words, like every failure here
                self._failed(exc)
                return
            tasks.read(
                lambda book: save(book, target, pdf, case_id, languages),
                lambda _path: self._done(target, pdf),
                self._failed,
            )

        tasks.read(lambda book: gather(book, case_id, languages), gathered, self._failed)

    def _done(self, target: Path, pdf: CaseFilePdf) -> None:
        if not isValid(self):
            return
        self.running = False
        self.saved_path = target
        self.print_button.setEnabled(True)
        self.status.setText(
            self.tr("The case file was saved as %1 (%n page(s)).", "", pdf.pages).replace(
                "%1", str(target)
            )
        )
        self.close_button.setText(self.tr("Close"))

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.running = False
        self.print_button.setEnabled(True)
        self.status.clear()
        if isinstance(exc, StorageFull):
            self.error.setText(
                self.tr(
                    "The disk is full: the case file was not written, and no part of it was left."
                )
            )
        elif isinstance(exc, OSError):
            folder = self.target()
            self.error.setText(
                self.tr(
                    "The case file cannot be written in the folder %1. Choose another folder: "
                    "nothing was written."
                ).replace("%1", str(folder.parent) if folder else "")
            )
        else:
            self.error.setText(describe_error(exc))

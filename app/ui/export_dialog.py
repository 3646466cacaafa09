"""Export, for supervisors: choose what leaves the laptop, run ``run_export``, show its report.

The export runs on the database thread. Two plain values cross between the threads: the rows
written so far (set by the ``progress`` callable, shown by a timer on the GUI thread) and the
cancel flag (set by the Cancel button, read by the ``cancelled`` callable). Neither callable
touches a widget. A cancelled export leaves no file behind (``run_export`` removes what it wrote).

An identified export (not de-identified) leaves the encryption: before it is written a
confirmation says so, and its default button is "Cancel" (Enter never confirms it). The summary
shown after an export reads the same counts ``export-report.json`` holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.ui.case_table import status_text
from app.ui.dates import date_pattern
from app.ui.error_text import describe_error
from app.ui.i18n import LANGUAGES
from app.ui.leaving_encryption import ask_before_leaving

if TYPE_CHECKING:
    from app.export.choices import ExportChoices
    from app.export.service import ExportReport
    from app.ui.tasks import TaskRunner
    from app.workspace.session import Session

PROGRESS_MS = 200
FORMATS = ("csv", "xlsx", "json", "htcds")
STATUSES = ("open", "referred", "closed")


@dataclass
class ExportRun:
    """What the two threads share during one export: plain values, no widgets. The database
    thread sets ``rows`` and reads ``cancelled``; the GUI thread does the opposite."""

    cancelled: bool = False
    rows: int = 0


class ExportDialog(QDialog):
    def __init__(self, runner: TaskRunner, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = session
        self.running = False
        self.run = ExportRun()
        self.report: ExportReport | None = None
        self.confirmation: QMessageBox | None = None  # open while an identified export waits

        self.format = QComboBox()
        for code in FORMATS:
            self.format.addItem("", code)
        self.deidentified = QCheckBox()
        self.k = QSpinBox()
        self.k.setRange(2, 1000)
        self.k.setValue(11)
        self.k.setEnabled(False)
        self.deidentified.toggled.connect(self.k.setEnabled)
        self.language = QComboBox()
        self.language.addItem("", None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.dates = QCheckBox()
        today = QDate.currentDate()
        self.since = QDateEdit(today.addYears(-1))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            self.dates.toggled.connect(edit.setEnabled)
        self.status = QComboBox()
        self.status.addItem("", None)
        for status in STATUSES:
            self.status.addItem(status_text(status), status)
        # Teams and forms: "all", then what this workspace holds (asked on the database thread).
        self.team = QComboBox()
        self.team.addItem("", None)
        self.form_filter = QComboBox()
        self.form_filter.addItem("", None)
        self.folder = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the number of rows is not known beforehand
        self.progress.hide()
        self.progress_text = QLabel()
        self.report_text = QLabel()
        self.report_text.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.timer = QTimer(self)
        self.timer.setInterval(PROGRESS_MS)
        self.timer.timeout.connect(self._show_progress)

        dates_row = QHBoxLayout()
        dates_row.addWidget(self.dates)
        self.since_label = QLabel()
        dates_row.addWidget(self.since_label)
        dates_row.addWidget(self.since)
        self.until_label = QLabel()
        dates_row.addWidget(self.until_label)
        dates_row.addWidget(self.until)
        dates_row.addStretch(1)
        de_row = QHBoxLayout()
        de_row.addWidget(self.deidentified)
        self.k_label = QLabel()
        self.k_label.setBuddy(self.k)
        de_row.addWidget(self.k_label)
        de_row.addWidget(self.k)
        de_row.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(8)]
        rows = (
            self.format,
            de_row,
            self.language,
            dates_row,
            self.status,
            self.team,
            self.form_filter,
            folder_row,
        )
        buddies = (
            self.format,
            self.deidentified,
            self.language,
            self.dates,
            self.status,
            self.team,
            self.form_filter,
        )
        for label, row, buddy in zip(self.labels, rows, (*buddies, self.folder), strict=True):
            label.setBuddy(buddy)
            self.form.addRow(label, row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.report_text, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(620, 480)
        self.retranslate()
        self._load_choices()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        # the app's one date style (day, month name, year), as every other screen writes dates
        # (Thai shows the year as the calendar gives it: an edited date has no Buddhist Era)
        for edit in (self.since, self.until):
            edit.setDisplayFormat(date_pattern(QLocale()))
        names = {
            "csv": self.tr("CSV (opens in Excel)"),
            "xlsx": self.tr("Excel workbook (XLSX)"),
            "json": self.tr("JSON"),
            "htcds": self.tr("HTCDS (common standard, CSV)"),
        }
        for i, code in enumerate(FORMATS):
            self.format.setItemText(i, names[code])
        self.deidentified.setText(self.tr("De-identified, for research"))
        self.k_label.setText(self.tr("&k:"))
        self.language.setItemText(0, self.tr("None (codes)"))
        self.dates.setText(self.tr("Only these dates:"))
        self.since_label.setText(self.tr("First day"))
        self.until_label.setText(self.tr("Last day"))
        self.status.setItemText(0, self.tr("All cases"))
        self.team.setItemText(0, self.tr("All teams"))
        self.form_filter.setItemText(0, self.tr("All forms"))
        for i, status in enumerate(STATUSES, start=1):
            self.status.setItemText(i, status_text(status))
        self.browse_button.setText(self.tr("&Choose…"))
        texts = [
            self.tr("&Format"),
            self.tr("Privacy"),
            self.tr("&Labels in"),
            self.tr("Dates"),
            self.tr("Case &status"),
            self.tr("&Team"),
            self.tr("F&orm"),
            self.tr("Save to fol&der"),  # Alt+T is "&Team"
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.export_button.setText(self.tr("&Export"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))

    def _load_choices(self) -> None:
        from app.export.choices import export_choices

        def loaded(choices: ExportChoices) -> None:
            if not isValid(self):
                return
            for team in choices.teams:
                self.team.addItem(team, team)
            for form_id, title in choices.forms:
                self.form_filter.addItem(f"{title} ({form_id})", form_id)

        session = self.session
        self.runner.run_database(lambda: export_choices(session), loaded, lambda _: None)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the export to"))
        if folder:
            self.folder.setText(folder)

    # -- running --------------------------------------------------------------------------------

    def start(self) -> None:
        if self.running or self.confirmation is not None:
            return
        folder = self.folder.text().strip()
        if not folder:
            self.error.setText(self.tr("Choose a folder for the export first."))
            return
        if self.deidentified.isChecked():
            self._export(folder)
            return
        self.confirmation = ask_before_leaving(
            self,
            self.tr("Export identified data"),
            self.tr(
                "These files will leave the encryption: anyone who gets the folder or a copy "
                "of it can read the names and stories of the people in it."
            ),
            self.tr(
                "Save them only on an encrypted drive, share them only with people allowed to "
                "see them, and delete them when they are no longer needed. The export is "
                "recorded in the audit log."
            ),
            self.tr("Write unencrypted files"),
            self.tr("Cancel"),
            lambda: self._export(folder),
            self._answered,
        )

    def _answered(self) -> None:
        self.confirmation = None

    def _export(self, folder: str) -> None:
        from app.export.service import ExportFilters, run_export

        since = until = None
        if self.dates.isChecked():
            since = self.since.date().toPython()
            until = self.until.date().toPython()
        status = self.status.currentData()
        team, form = self.team.currentData(), self.form_filter.currentData()
        filters = ExportFilters(
            since,
            until,
            teams=(team,) if team else (),
            forms=(form,) if form else (),
            statuses=(status,) if status else (),
        )
        session = self.session
        file_format = str(self.format.currentData())
        out = Path(folder)
        deidentified = self.deidentified.isChecked()
        k = self.k.value()
        language = self.language.currentData()
        self.running = True
        self.run = run = ExportRun()
        self.report = None
        self.error.clear()
        self.report_text.clear()
        self.progress_text.setText(self.tr("Exporting…"))
        self.progress.show()
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.timer.start()

        def progress(rows: int) -> None:  # database thread: no widgets here
            run.rows = rows

        def cancelled() -> bool:  # database thread: no widgets here
            return run.cancelled

        self.runner.run_database(
            lambda: run_export(
                session,
                format=file_format,
                out=out,
                deidentified=deidentified,
                k=k,
                language=language,
                filters=filters,
                progress=progress,
                cancelled=cancelled,
            ),
            self._done,
            self._failed,
        )

    def cancel(self) -> None:
        self.run.cancelled = True
        self.cancel_button.setEnabled(False)
        self.progress_text.setText(self.tr("Stopping the export…"))

    def _show_progress(self) -> None:
        if self.run.rows:
            self.progress_text.setText(
                self.tr("Exporting… rows written: %1").replace(
                    "%1", QLocale().toString(self.run.rows)
                )
            )

    def _finished(self) -> None:
        self.running = False
        self.timer.stop()
        self.progress.hide()
        self.cancel_button.hide()
        self.export_button.setEnabled(True)

    def _done(self, report: ExportReport) -> None:
        if not isValid(self):  # the dialog was closed at a lock meanwhile
            return
        self._finished()
        self.report = report
        self.progress_text.setText(self.tr("The export is finished."))
        rows = sum(report.rows.values())
        details = report.deidentification or {}
        suppressed = int(str(details.get("suppressed", 0) or 0))
        no_research_consent = int(str(details.get("left_out_for_consent", 0) or 0))
        lines = [
            self.tr("Files: %1").replace("%1", ", ".join(report.files)),
            self.tr("Rows written: %1").replace("%1", QLocale().toString(rows)),
            self.tr("Cases left out because consent was withdrawn: %1").replace(
                "%1", QLocale().toString(report.left_out_for_withdrawn_consent)
            ),
        ]
        if report.deidentified:
            lines.append(
                self.tr("People left out because they did not agree to research use: %1").replace(
                    "%1", QLocale().toString(no_research_consent)
                )
            )
            lines.append(
                self.tr("Rows suppressed to protect identities: %1").replace(
                    "%1", QLocale().toString(suppressed)
                )
            )
        if report.skipped_forms:
            lines.append(
                self.tr("Forms not in this laptop's library, left out: %1").replace(
                    "%1", ", ".join(report.skipped_forms)
                )
            )
        lines.append(self.tr("A report of this export was saved as export-report.json."))
        self.report_text.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        from app.export.service import Cancelled

        if not isValid(self):
            return
        self._finished()
        if isinstance(exc, Cancelled):
            self.progress_text.setText(
                self.tr("The export was cancelled. No file was left behind.")
            )
        else:
            self.progress_text.clear()
            self.error.setText(describe_error(exc))

    def reject(self) -> None:
        if self.running:  # closing the window stops the export too
            self.cancel()
        super().reject()

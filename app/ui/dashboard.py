"""The supervisors' overview: charts of the cases on this laptop, and saving them for a report.

The counting is ``app.cases.overview.build_overview``, run on the database thread; this screen
only turns the result into words (interface language: the months in its own names, categories
with the intake form's choice labels in that language) and into charts (``app/ui/charts.py``).
It reloads when shown after cases changed, when asked (Refresh), and when the interface language
changes (the category words come from the forms, in the language asked for). While it is open,
a change to the cases (a sync round, a USB import) reloads it ``REFRESH_AFTER_MS`` after the last
change of a burst: one count for a round that brought hundreds of cases, never a queue of counts
ahead of a draft's save on the database thread. The count reads the counts kept as events are
applied (app/cases/tallies.py, a few hundred rows), not the cases.

Saving as an image or a PDF is an export: the picture is painted here (widgets live on the GUI
thread), and its bytes go to the database thread, where ``save_overview`` writes the file and
records the audit event together. Only users who may export see this screen.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.ui.case_table import country_name, date_text
from app.ui.charts import GREY, PALETTE, Chart, ChartData, RankedBarChart, Segment, StackedBarChart
from app.ui.charts import number as number_text
from app.ui.error_text import describe_error
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.cases.overview import Overview
    from app.ui.case_table import CaseTasks

translate = QCoreApplication.translate
DONE_COLOUR, DUE_COLOUR, OVERDUE_COLOUR = PALETTE[2], PALETTE[1], PALETTE[5]
FORMATS = ("png", "pdf")
REFRESH_AFTER_MS = 500  # after the last change to the cases, while the overview is open


def interface_language() -> str:
    """The interface language's code (``km``), as the app set the default locale."""
    return QLocale().name().split("_")[0]


def month_label(key: str, first: bool) -> str:
    """``2026-03`` as the short month name, with the year under January and the first bar."""
    from app.cases.overview import EARLIER

    if key == EARLIER:
        return translate("Dashboard", "Earlier")
    year, month = int(key[:4]), int(key[5:7])
    name = QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)
    if QLocale().language() == QLocale.Language.Thai:
        year += 543  # the Buddhist Era, as Thai offices write years
    return f"{name}\n{year}" if first or month == 1 else name


class DashboardWidget(QWidget):
    back_requested = Signal()
    verification_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks: CaseTasks | None = None
        self.overview: Overview | None = None
        self.language = ""  # the language of the loaded category words
        self.generation = 0
        self.stale = True
        self.saving = False
        self.saved_path = ""
        self.choose_path = self._choose_path  # tests replace the file chooser
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_AFTER_MS)
        self.refresh_timer.timeout.connect(self._reload_if_shown)

        self.title = QLabel()
        self.title.setObjectName("title")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.load)
        self.image_button = QPushButton()
        self.image_button.clicked.connect(lambda: self.save_as("png"))
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.save_as("pdf"))
        self.verification_button = QPushButton()
        self.verification_button.clicked.connect(self.verification_requested)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)

        self.identified = StackedBarChart()
        self.exploitation = RankedBarChart()
        self.returns = StackedBarChart()
        self.follow_ups = StackedBarChart()
        self.conflicts = RankedBarChart()
        self.charts: list[Chart] = [
            self.identified,
            self.exploitation,
            self.returns,
            self.follow_ups,
            self.conflicts,
        ]
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // 2, i % 2)
        grid.setRowStretch(len(self.charts) // 2 + 1, 1)  # charts keep their height
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)

        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.image_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.verification_button)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.retranslate()
        self._enable()

    # -- data -------------------------------------------------------------------------------------

    def attach(self, tasks: CaseTasks | None) -> None:
        """A user who may export logged in (their cases), or (None, at lock) forget everything."""
        self.tasks = tasks if tasks is not None and tasks.can(Permission.EXPORT) else None
        self.generation += 1
        self.refresh_timer.stop()
        self.overview = None
        self.stale = True
        self.saving = False
        self.error.clear()
        self.status.clear()
        self._show()

    def cases_changed(self, _case_id: str = "") -> None:
        self.stale = True
        if self.isVisible():
            self.refresh_timer.start()  # (again): counted once the changes stop coming

    def _reload_if_shown(self) -> None:
        if self.stale and self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale or self.language != interface_language():
            self.load()

    def load(self) -> None:
        from app.cases.overview import build_overview
        from app.interviews.choice_words import words_from
        from app.interviews.form_library import FormLibrary

        tasks = self.tasks
        if tasks is None:
            return
        self.refresh_timer.stop()  # this count includes the changes it waited for
        self.generation += 1
        generation, language = self.generation, interface_language()
        self.stale = False
        self.status.setText(self.tr("Counting the cases…"))
        self._enable()

        def done(overview: Overview) -> None:
            if generation == self.generation and isValid(self):
                self.overview, self.language = overview, language
                self.status.clear()
                self.error.clear()
                self._show()

        def failed(exc: BaseException) -> None:
            if generation == self.generation and isValid(self):
                self.status.clear()
                self.error.setText(describe_error(exc))
                self._enable()

        def count(book: CaseBook) -> Overview:
            words = words_from(FormLibrary().on(book.store))  # the intake form's choice labels
            return build_overview(book, language, words=words)

        tasks.read(count, done, failed)

    # -- words and charts -------------------------------------------------------------------------

    def _enable(self) -> None:
        ready = self.tasks is not None and self.overview is not None and not self.saving
        self.image_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)
        self.refresh_button.setEnabled(self.tasks is not None)

    def _category(self, kind: str, code: str) -> str:
        from app.cases.overview import NOT_RECORDED

        if code == NOT_RECORDED:
            return self.tr("Not recorded")
        assert self.overview is not None
        words = self.overview.labels.get(kind, {}).get(code)
        return words or (country_name(code) if kind == "citizenship" else code)

    def summary_lines(self) -> list[str]:
        overview = self.overview
        if overview is None:
            return []
        statuses = overview.statuses
        return [
            self.tr("Cases on this laptop: %1 (open %2, referred %3, closed %4)")
            .replace("%1", number_text(overview.cases))
            .replace("%2", number_text(statuses.get("open", 0)))
            .replace("%3", number_text(statuses.get("referred", 0)))
            .replace("%4", number_text(statuses.get("closed", 0))),
            self.tr("Follow-ups due soon: %1 · overdue: %2 · cases with open conflicts: %3")
            .replace("%1", number_text(overview.due_now))
            .replace("%2", number_text(overview.overdue_now))
            .replace("%3", number_text(overview.cases_with_conflicts)),
            self.tr("Counted on %1.").replace("%1", date_text(overview.today)),
        ]

    def _show(self) -> None:
        overview = self.overview
        self.summary.setText("\n".join(self.summary_lines()))
        self._enable()
        if overview is None:
            for chart in self.charts:
                chart.set_data(ChartData(empty_text=self.tr("Nothing counted yet.")))
            return
        from app.cases.overview import DONE, DUE, NOT_RECORDED, OVERDUE, Stacked

        nothing = self.tr("Nothing to show for this period.")
        countries = [
            Segment(
                self._category("citizenship", c),
                GREY if c == NOT_RECORDED else PALETTE[i % len(PALETTE)],
            )
            for i, c in enumerate(overview.citizenships)
        ]

        def monthly(title: str, series: Stacked, segments: list[Segment]) -> ChartData:
            return ChartData(
                title,
                nothing,
                [month_label(m, i == 0) for i, m in enumerate(series.months)],
                segments,
                [list(row) for row in series.counts],
            )

        self.identified.set_data(
            monthly(
                self.tr("People identified, by month and citizenship"),
                overview.identified,
                countries,
            )
        )
        self.returns.set_data(
            monthly(self.tr("Returns, by month and citizenship"), overview.returns, countries)
        )
        visits = {
            DONE: Segment(self.tr("Done"), DONE_COLOUR),
            DUE: Segment(self.tr("Due soon"), DUE_COLOUR),
            OVERDUE: Segment(self.tr("Overdue"), OVERDUE_COLOUR),
        }
        self.follow_ups.set_data(
            monthly(
                self.tr("Follow-up visits: done, due soon and overdue, by month"),
                overview.follow_ups,
                [visits[k] for k in overview.follow_ups.keys],
            )
        )
        self.exploitation.set_data(
            ChartData(
                self.tr("Types of exploitation (all cases)"),
                nothing,
                [self._category("exploitation", k) for k, _ in overview.exploitation],
                [Segment("", PALETTE[0])],
                [[n] for _, n in overview.exploitation],
            )
        )
        self.conflicts.set_data(
            ChartData(
                self.tr("Cases with open conflicts, by team"),
                self.tr("No open conflicts."),
                [team or self.tr("No team") for team, _ in overview.conflicts_by_team],
                [Segment("", PALETTE[5])],
                [[n] for _, n in overview.conflicts_by_team],
            )
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Overview"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.image_button.setText(self.tr("Save as &image…"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        # Alt+V is the menu bar's View
        self.verification_button.setText(self.tr("V&erification report"))
        self.back_button.setText(self.tr("&Back to the case list"))
        if self.isVisible() and self.tasks is not None and self.language != interface_language():
            self.load()  # the category words come from the forms, in the new language
        self._show()

    # -- saving -----------------------------------------------------------------------------------

    def _choose_path(self, file_format: str) -> str:
        name = f"fieldcase-overview-{date.today().isoformat()}.{file_format}"
        kinds = {"png": self.tr("PNG image (*.png)"), "pdf": self.tr("PDF document (*.pdf)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the overview as"), name, kinds[file_format]
        )
        return path

    def save_as(self, file_format: str) -> None:
        """Ask where, then save: an explicit act, audited with what was exported."""
        if self.overview is None or self.tasks is None or self.saving:
            return
        path = self.choose_path(file_format)
        if path:
            self.save(path, file_format)

    def save(self, path: str, file_format: str) -> None:
        from app.cases.overview import save_overview
        from app.ui.dashboard_report import render_pdf, render_png

        overview, tasks = self.overview, self.tasks
        if overview is None or tasks is None or file_format not in FORMATS:
            return
        if not path.lower().endswith(f".{file_format}"):
            path += f".{file_format}"
        header = [self.tr("fieldcase: overview"), *self.summary_lines()]
        render = render_png if file_format == "png" else render_pdf
        data = render(self.charts, header)
        self.saving = True
        self.error.clear()
        self.status.setText(self.tr("Saving…"))
        self._enable()

        def saved(_: object) -> None:
            if isValid(self):
                self.saving = False
                self.saved_path = path
                self.status.setText(self.tr("Saved to %1").replace("%1", path))
                self._enable()

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.saving = False
                self.status.clear()
                self.error.setText(describe_error(exc))
                self._enable()

        tasks.read(
            lambda book: save_overview(book, path, data, file_format, overview), saved, failed
        )

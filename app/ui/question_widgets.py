"""One widget per question type (the box that frames a question is in app/ui/question_box.py).

An *editor* (``AnswerEditor``) shows a stored answer and reports what the person did as a value
for the form engine (``edited``); it never talks to the engine or the database itself. Typed
answers (numbers, dates, times) are passed on as typed: the engine folds Khmer, Lao, Thai and
Burmese digits and the app's normaliser reads Buddhist-Era dates (15/3/2569).

"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.ui.dates import date_text

LONG_LIST = 12  # a select_one with more choices than this is a combo box
QUICK_ANSWERS = ("declined", "dont_know")


@dataclass(frozen=True)
class Option:
    value: str
    label: str  # in the interviewer's language
    second: str = ""  # in the interviewee's language (interpreter mode), else ""


@dataclass(frozen=True)
class QuestionText:
    label: str
    hint: str
    second_label: str = ""
    second_hint: str = ""


def larger(font: QFont, factor: float = 1.3) -> QFont:
    big = QFont(font)
    big.setPointSizeF(max(font.pointSizeF(), 1.0) * factor)
    return big


def option_html(option: Option, big_pt: float) -> str:
    text = html.escape(option.label)
    if option.second and option.second != option.label:
        second = html.escape(option.second)
        return f'{text} — <span style="font-size:{big_pt:.1f}pt">{second}</span>'
    return text


def option_plain(option: Option) -> str:
    if option.second and option.second != option.label:
        return f"{option.label} — {option.second}"
    return option.label


class ClickLabel(QLabel):
    """A wrapped label that passes a click to the button it describes."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        event.accept()


class AnswerEditor(QWidget):
    """Shows a stored answer; ``edited`` carries the person's answer (None clears it) and
    ``settled`` says the person has left the field (a good moment to judge typed input)."""

    edited = Signal(object)
    settled = Signal()
    typed = False  # True for editors whose text must not be rewritten while it is typed

    def show_value(self, value: str) -> None:
        raise NotImplementedError

    def set_options(self, options: list[Option]) -> None:
        """Selects only: the choices offered now (choice filters may change them)."""

    def focus_widgets(self) -> list[QWidget]:
        return [self]

    def has_focus_inside(self) -> bool:
        return any(w.hasFocus() for w in self.focus_widgets())


class LineEditor(AnswerEditor):
    """text, integer, decimal, time, datetime and anything without a better widget."""

    def __init__(self, qtype: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        examples = {
            "integer": self.tr("A whole number, e.g. 25"),
            "decimal": self.tr("A number, e.g. 2.5"),
            "time": self.tr("e.g. 14:30"),
            "datetime": self.tr("e.g. 2026-03-15 14:30"),
        }
        self.typed = True
        self.line = typed_line(self, examples.get(qtype, ""))
        self.line.textEdited.connect(lambda text: self.edited.emit(text if text.strip() else None))
        self.line.editingFinished.connect(self.settled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)

    def show_value(self, value: str) -> None:
        if value != self.line.text():
            self.line.setText(value)

    def focus_widgets(self) -> list[QWidget]:
        return [self.line]


def typed_line(parent: QWidget, placeholder: str) -> QLineEdit:
    line = QLineEdit(parent)
    line.setPlaceholderText(placeholder)
    return line


class DateEditor(AnswerEditor):
    """Free typing (any of the region's date forms) plus a calendar; shows how it was read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = True
        self.line = typed_line(self, self.tr("e.g. 15/3/2026 or 2026-03-15"))
        self.line.textEdited.connect(lambda text: self.edited.emit(text if text.strip() else None))
        self.line.editingFinished.connect(self.settled)
        # a push button with a menu keeps room for the menu's arrow beside its text (a tool
        # button drew the arrow over the end of the word)
        self.calendar_button = QPushButton(self.tr("Calendar"), self)
        self.calendar_button.setAutoDefault(False)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.calendar_button.setMenu(menu)
        self.calendar.clicked.connect(self.pick)
        self.understood = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.understood)

    def pick(self, day: QDate) -> None:
        self.calendar_button.menu().close()
        text = day.toString(Qt.DateFormat.ISODate)
        self.line.setText(text)
        self.edited.emit(text)
        self.settled.emit()

    def show_value(self, value: str) -> None:
        if value != self.line.text():
            self.line.setText(value)
        day = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
        if day.isValid():
            self.calendar.setSelectedDate(day)
            self.understood.setText(date_text(day.toPython()))
        else:
            self.understood.setText("")

    def focus_widgets(self) -> list[QWidget]:
        return [self.line, self.calendar_button]


class ChoiceEditor(AnswerEditor):
    """select_one as radio buttons, select_multiple as check boxes; labels wrap (long Khmer and
    Burmese choices) and show both languages in interpreter mode."""

    def __init__(self, multiple: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.multiple = multiple
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.buttons: dict[str, QCheckBox | QRadioButton] = {}
        self._options: list[Option] = []
        self._value = ""
        self.group.buttonClicked.connect(self._clicked)

    def set_options(self, options: list[Option]) -> None:
        if options == self._options:
            return
        self._options = list(options)
        for button in self.group.buttons():
            self.group.removeButton(button)
        while (item := self.column.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = {}
        big_pt = larger(self.font()).pointSizeF()
        for option in options:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            button: QCheckBox | QRadioButton = (
                QCheckBox(row) if self.multiple else QRadioButton(row)
            )
            button.setAccessibleName(option_plain(option))
            button.setProperty("value", option.value)
            text = ClickLabel(option_html(option, big_pt), row)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.clicked.connect(button.click)
            # No buddy: a label with one reads "&" in its text as its Alt key, and the HTML of a
            # choice holds "&" ("H'Mông" is "H&#x27;Mông", "Food & water" "&amp;"): each would
            # take a stray Alt key and lose its "&". The button carries the words for screen
            # readers (its accessible name); a click on the words clicks it.
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            self.group.addButton(button)
            self.buttons[option.value] = button
            self.column.addWidget(row)
            row.show()  # added to a shown editor: Qt would only show it later
        self._check(self._value)

    def _clicked(self, button: QCheckBox | QRadioButton) -> None:
        if self.multiple:
            chosen = [o.value for o in self._options if self.buttons[o.value].isChecked()]
            self.edited.emit(" ".join(chosen) or None)
        else:
            self.edited.emit(button.property("value"))
        self.settled.emit()

    def _check(self, value: str) -> None:
        chosen = set(value.split())
        self.group.setExclusive(False)  # an exclusive group cannot show "no answer"
        for option_value, button in self.buttons.items():
            button.setChecked(option_value in chosen)
        self.group.setExclusive(not self.multiple)

    def show_value(self, value: str) -> None:
        self._value = value
        self._check(value)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.buttons.values())


class ComboEditor(AnswerEditor):
    """A select_one with a long list (countries): a combo box with a blank first entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addStretch(1)
        self._options: list[Option] = []
        self._value = ""
        self.combo.activated.connect(self._chosen)

    def set_options(self, options: list[Option]) -> None:
        if options == self._options:
            return
        self._options = list(options)
        self.combo.clear()
        self.combo.addItem("—", "")
        for option in options:
            self.combo.addItem(option_plain(option), option.value)
        self.show_value(self._value)

    def _chosen(self, index: int) -> None:
        value = self.combo.itemData(index)
        self.edited.emit(value or None)
        self.settled.emit()

    def show_value(self, value: str) -> None:
        self._value = value
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo]


class AcknowledgeEditor(AnswerEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self.tr("OK"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box)
        self.box.clicked.connect(lambda checked: self.edited.emit(bool(checked)))

    def show_value(self, value: str) -> None:
        self.box.setChecked(value == "OK")

    def focus_widgets(self) -> list[QWidget]:
        return [self.box]


class GeopointEditor(AnswerEditor):
    """Latitude and longitude typed in (no map, no GPS yet); stored as ODK stores a geopoint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = True
        self.latitude = QLineEdit(self)
        self.latitude.setPlaceholderText(self.tr("Latitude, e.g. 13.7563"))
        self.longitude = QLineEdit(self)
        self.longitude.setPlaceholderText(self.tr("Longitude, e.g. 100.5018"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.latitude)
        row.addWidget(self.longitude)
        for line in (self.latitude, self.longitude):
            line.textEdited.connect(self._typed)
            line.editingFinished.connect(self.settled)

    def _typed(self) -> None:
        lat, lon = self.latitude.text().strip(), self.longitude.text().strip()
        if lat and lon:
            self.edited.emit(f"{lat} {lon}")
        elif not lat and not lon:
            self.edited.emit(None)

    def show_value(self, value: str) -> None:
        parts = value.split()
        self.latitude.setText(parts[0] if parts else "")
        self.longitude.setText(parts[1] if len(parts) > 1 else "")

    def focus_widgets(self) -> list[QWidget]:
        return [self.latitude, self.longitude]


def editor_for(qtype: str, option_count: int, parent: QWidget) -> AnswerEditor | None:
    """The widget for a question type (None for a note: its label is all there is)."""
    if qtype == "note":
        return None
    if qtype == "select_one" and option_count == 0:
        return LineEditor(qtype, parent)  # choices from a file not shipped: any value (ODK)
    if qtype == "select_one":
        return ComboEditor(parent) if option_count > LONG_LIST else ChoiceEditor(False, parent)
    if qtype in ("select_multiple", "rank"):
        return ChoiceEditor(True, parent)
    if qtype == "date":
        return DateEditor(parent)
    if qtype == "acknowledge":
        return AcknowledgeEditor(parent)
    if qtype == "geopoint":
        return GeopointEditor(parent)
    if qtype in ("image", "file"):
        from app.ui.attachment_widget import AttachmentEditor  # it builds on AnswerEditor

        return AttachmentEditor(qtype == "image", parent)
    return LineEditor(qtype, parent)

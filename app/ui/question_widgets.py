"""One widget per question type, and the box that frames one question on an interview page.

An *editor* (``AnswerEditor``) shows a stored answer and reports what the person did as a value
for the form engine (``edited``); it never talks to the engine or the database itself. Typed
answers (numbers, dates, times) are passed on as typed: the engine folds Khmer, Lao, Thai and
Burmese digits and the app's normaliser reads Buddhist-Era dates (15/3/2569).

``QuestionBox`` adds the question's label and hint (in two languages in interpreter mode, the
interviewee's larger), the quick answers and the message under the question.

The quick-answer rule: on every select whose choices include ``declined``, a "Declined to answer"
button sits next to the question, and one for ``dont_know`` when it is offered: a person who
does not want to answer must never be made to wait while the interviewer hunts through a list.
The buttons use the form's own (translated) label for that choice and replace the answer with it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from forms import FieldState

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
        return f'{text}<br><span style="font-size:{big_pt:.1f}pt">{second}</span>'
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
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
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
            self.understood.setText(QLocale().toString(day, QLocale.FormatType.LongFormat))
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
            text.setBuddy(button)
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


class FileEditor(AnswerEditor):
    """image/file: only the chosen file's name is recorded for now; the file itself is not
    stored until attachments arrive (the widget says so)."""

    def __init__(self, image: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.choose_button = QPushButton(self.tr("Choose a file…"), self)
        self.clear_button = QPushButton(self.tr("Remove"), self)
        self.name = QLabel(self)
        self.note = QLabel(
            self.tr(
                "Only the file's name is recorded for now. The file itself is not kept yet: "
                "attachments come in a later version."
            ),
            self,
        )
        self.note.setWordWrap(True)
        grid = QVBoxLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.name, 1)
        row.addWidget(self.clear_button)
        grid.addLayout(row)
        grid.addWidget(self.note)
        self.choose_button.clicked.connect(self._ask)
        self.clear_button.clicked.connect(lambda: self.edited.emit(None))

    def _ask(self) -> None:
        pattern = self.tr("Images (*.png *.jpg *.jpeg)") if self.image else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", pattern)
        if path:
            self.choose(path)

    def choose(self, path: str) -> None:
        self.edited.emit(Path(path).name)
        self.settled.emit()

    def show_value(self, value: str) -> None:
        self.name.setText(value)
        self.clear_button.setEnabled(bool(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.choose_button, self.clear_button]


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
        return FileEditor(qtype == "image", parent)
    return LineEditor(qtype, parent)


class QuestionBox(QFrame):
    """One question: label(s), hint(s), quick answers, the editor and the message under it."""

    answered = Signal(str, object)  # key, value for the engine (None clears)
    settled = Signal(str)  # key: the person left the field

    def __init__(self, key: str, qtype: str, option_count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.qtype = qtype
        self.label = self._text_label()
        self.label.setObjectName("questionLabel")
        self.second_label = self._text_label()
        self.second_label.setFont(larger(self.font()))
        self.hint = self._text_label()
        self.second_hint = self._text_label()
        self.second_hint.setFont(larger(self.font(), 1.15))
        for hint in (self.hint, self.second_hint):
            hint.setStyleSheet("color: palette(placeholder-text);")
        self.quick: dict[str, QPushButton] = {}
        self.quick_row = QHBoxLayout()
        self.quick_row.addStretch(1)
        self.editor = editor_for(qtype, option_count, self)
        self.clear_button = QPushButton(self.tr("Clear answer"), self)
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(lambda: self.answered.emit(self.key, None))
        self.quick_row.addWidget(self.clear_button)
        clearable = isinstance(self.editor, ChoiceEditor) and not self.editor.multiple
        self.clearable = clearable  # a radio button cannot be unchecked by itself
        self.message = self._text_label()
        self.message.setObjectName("error")
        self.message.setStyleSheet("color: #b00020;")
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 6, 4, 6)
        for widget in (self.label, self.second_label, self.hint, self.second_hint):
            column.addWidget(widget)
        column.addLayout(self.quick_row)
        if self.editor is not None:
            column.addWidget(self.editor)
            self.editor.edited.connect(lambda value: self.answered.emit(self.key, value))
            self.editor.settled.connect(lambda: self.settled.emit(self.key))
        column.addWidget(self.message)
        self.message.hide()

    def _text_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Stacked Burmese, Khmer and Thai marks reach above the Latin ascent: the label's line
        # height comes from the full font metrics of the app font, never a fixed pixel height.
        label.setMinimumHeight(label.fontMetrics().height())
        return label

    def set_text(self, text: QuestionText) -> None:
        for widget, value in (
            (self.label, text.label),
            (self.second_label, text.second_label if text.second_label != text.label else ""),
            (self.hint, text.hint),
            (self.second_hint, text.second_hint if text.second_hint != text.hint else ""),
        ):
            widget.setText(value)
            widget.setVisible(bool(value))

    def set_options(self, options: list[Option]) -> None:
        if self.editor is not None:
            self.editor.set_options(options)
        self._set_quick({o.value: o for o in options if o.value in QUICK_ANSWERS})

    def _set_quick(self, offered: dict[str, Option]) -> None:
        for value in list(self.quick):
            if value not in offered:
                self.quick.pop(value).deleteLater()
        for value in QUICK_ANSWERS:
            if value not in offered:
                continue
            button = self.quick.get(value)
            if button is None:
                button = self.quick[value] = QPushButton(self)
                button.setCheckable(True)
                button.setObjectName(f"quick_{value}")
                button.clicked.connect(lambda _=False, v=value: self.answered.emit(self.key, v))
                self.quick_row.addWidget(button)
                button.show()
            button.setText(option_plain(offered[value]))

    def show_state(self, state: FieldState, message: str, typing: bool = False) -> None:
        """Show the engine's state; ``typing``: the person is typing here (or typed something
        the engine could not take), so the text on screen stays as typed."""
        if self.editor is not None:
            if not typing:
                self.editor.show_value(state.value)
            self.editor.setEnabled(not state.readonly)
        for value, button in self.quick.items():
            button.setChecked(state.value == value)
            button.setEnabled(not state.readonly)
        self.clear_button.setVisible(self.clearable and bool(state.value) and not state.readonly)
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def focus_widgets(self) -> list[QWidget]:
        found = self.editor.focus_widgets() if self.editor is not None else []
        clear = [self.clear_button] if self.clear_button.isVisibleTo(self) else []
        return found + list(self.quick.values()) + clear

    def has_focus_inside(self) -> bool:
        return any(w.hasFocus() for w in self.focus_widgets())

    def problem_text(self, state: FieldState, input_problem: bool) -> str:
        """The message under the question, in the interface language: the form's own message
        when it has one, else ours (the engine's English default is never shown)."""
        if input_problem:
            return self.input_problem_text()
        if state.valid or not state.relevant:
            return ""
        if state.own_message and state.message:
            return state.message
        if state.problem == "required":
            return self.tr("Please answer this question.")
        if state.error and "constraint" in state.error:
            return self.tr("The form could not check this answer (%1).").replace("%1", state.error)
        return self.tr("This answer is not allowed here. Please check it.")

    def input_problem_text(self) -> str:
        texts = {
            "integer": self.tr("Type a whole number, for example 25."),
            "decimal": self.tr("Type a number, for example 2.5."),
            "date": self.tr("Type a date, for example 15/3/2026, 15/3/2569 or 2026-03-15."),
            "time": self.tr("Type a time, for example 14:30."),
            "datetime": self.tr("Type a date and a time, for example 2026-03-15 14:30."),
            "geopoint": self.tr("Latitude is between -90 and 90, longitude between -180 and 180."),
        }
        return texts.get(self.qtype, self.tr("This answer cannot be used here."))

"""The box that frames one question on an interview page.

``QuestionBox`` adds the question's label and hint, the quick answers and the message under the
question to the editor (app/ui/question_widgets.py) that takes the answer.

Interpreter mode puts the two languages side by side, so the interpreter reads across instead of
down: the interviewer's label and hint on the left, the interviewee's (larger) on the right, a thin
rule between them, each column wrapping within its half. The answer widgets run below, across the
whole width; a choice reads "label — label" in both languages.

The quick-answer rule: on every select whose choices include ``declined``, a "Declined to answer"
button sits next to the question, and one for ``dont_know`` when it is offered: a person who
does not want to answer must never be made to wait while the interviewer hunts through a list.
The buttons use the form's own (translated) label for that choice and replace the answer with it.
They are the one way to give these answers: the list itself does not offer them again (issue 17:
"Don't know" showed twice, as a button and as an option). From the keyboard, while in the
question: Ctrl+Shift+D declines, Ctrl+Shift+K answers "Don't know" (the tool tips say so).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.text.segment import breakable
from app.ui.question_widgets import (
    QUICK_ANSWERS,
    ChoiceEditor,
    Option,
    QuestionText,
    editor_for,
    option_plain,
)
from app.ui.zawgyi_prompt import ZawgyiPrompt
from forms import FieldState, FormSession, display

HINT_STYLE = "color: palette(placeholder-text);"
QUICK_KEYS = {"declined": "Ctrl+Shift+D", "dont_know": "Ctrl+Shift+K"}  # within the question


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
        self.hint = self._text_label()
        self.second_hint = self._text_label()
        self.hint.setStyleSheet(HINT_STYLE)
        self._size_second_language()
        self.quick: dict[str, QPushButton] = {}
        self.quick_keys: dict[str, QShortcut] = {}
        self.quick_row = QHBoxLayout()
        self.quick_row.addStretch(1)
        self.editor = editor_for(qtype, option_count, self)
        clearable = isinstance(self.editor, ChoiceEditor) and not self.editor.multiple
        self.clearable = clearable  # a radio button cannot be unchecked by itself
        self.clear_button = self._clear_button()
        self.required_mark = QLabel(self)
        self.required_mark.setObjectName("required")
        self.required_mark.setStyleSheet("color: #b00020;")
        kept = self.required_mark.sizePolicy()  # its room is kept: the columns of every
        kept.setRetainSizeWhenHidden(True)  # question line up, required or not
        self.required_mark.setSizePolicy(kept)
        self.required_mark.setText(self.tr("Required"))
        self.required_mark.hide()
        self.message = self._text_label()
        self.message.setObjectName("error")
        self.message.setStyleSheet("color: #b00020;")
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 6, 4, 6)
        column.addLayout(self._texts())
        column.addLayout(self.quick_row)
        if self.editor is not None:
            editor_row = QHBoxLayout()
            editor_row.addWidget(self.editor, 1)
            editor_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
            column.addLayout(editor_row)
            self.editor.edited.connect(lambda value: self.answered.emit(self.key, value))
            self.editor.settled.connect(lambda: self.settled.emit(self.key))
        column.addWidget(self.message)
        self.message.hide()
        self.zawgyi = ZawgyiPrompt(self)
        self.zawgyi.convert.connect(self._converted)
        column.addWidget(self.zawgyi)

    def _texts(self) -> QGridLayout:
        """Label over hint, in one column, or two side by side in interpreter mode (the rule
        and the right-hand column show only then); "Required" at the far right."""
        self.rule = QFrame(self)
        self.rule.setFrameShape(QFrame.Shape.VLine)
        self.rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.rule.hide()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.label, 0, 0, top)
        grid.addWidget(self.hint, 1, 0, top)
        grid.addWidget(self.rule, 0, 1, 2, 1)
        grid.addWidget(self.second_label, 0, 2, top)
        grid.addWidget(self.second_hint, 1, 2, top)
        grid.addWidget(self.required_mark, 0, 3, top)
        grid.setColumnStretch(0, 1)
        self.texts = grid
        return grid

    def _clear_button(self) -> QPushButton:
        """ "Clear answer", beside the options of a radio list. Its place is kept while it is
        hidden, so choosing an option moves nothing on the page (the next click lands where it
        was aimed). It is out of the Tab chain: Tab goes on to the next question, and Space
        there can never erase this answer. Clearing is deliberate: a click, or Ctrl+Backspace
        while the keyboard is in this question."""
        button = QPushButton(self.tr("Clear answer"), self)
        button.setObjectName("clear")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(self._clear)
        button.hide()
        if self.clearable:
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
            keys = QKeySequence("Ctrl+Backspace")
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._clear)
            native = keys.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(native)
        return button

    def _clear(self) -> None:
        if self.clear_button.isVisibleTo(self):  # only an answer that may be cleared
            self.answered.emit(self.key, None)

    def _converted(self, text: str) -> None:
        """The Zawgyi answer replaced by its Unicode form: shown at once, not kept as typed."""
        self.answered.emit(self.key, text)
        self.settled.emit(self.key)

    def _size_second_language(self) -> None:
        """The interviewee's language, larger than the app font (which the View menu scales).

        Set through style sheets, not ``setFont``: with the app's style sheet in force, a
        re-polish after a font change would put back a font set directly."""
        size = max(self.font().pointSizeF(), 1.0)
        self.second_label.setStyleSheet(f"font-size: {size * 1.3:.2f}pt;")
        self.second_hint.setStyleSheet(f"{HINT_STYLE} font-size: {size * 1.15:.2f}pt;")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._size_second_language()
        super().changeEvent(event)

    def _text_label(self) -> QLabel:
        label = ColumnLabel(self)
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
        two = bool(self.second_label.text() or self.second_hint.text())
        self.rule.setVisible(two)
        self.texts.setColumnStretch(2, 1 if two else 0)  # halves of the width, or all of it

    def set_options(self, options: list[Option]) -> None:
        quick = {o.value: o for o in options if o.value in QUICK_ANSWERS}
        if self.editor is not None:  # the quick answers are buttons, not the list's options too
            self.editor.set_options([o for o in options if o.value not in quick])
        self._set_quick(quick)

    def _set_quick(self, offered: dict[str, Option]) -> None:
        for value in list(self.quick):
            if value not in offered:
                self.quick.pop(value).deleteLater()
                self.quick_keys.pop(value).deleteLater()
        for value in QUICK_ANSWERS:
            if value not in offered:
                continue
            button = self.quick.get(value)
            if button is None:
                button = self.quick[value] = QPushButton(self)
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # see focus_widgets
                button.setObjectName(f"quick_{value}")
                button.clicked.connect(lambda _=False, v=value: self.answered.emit(self.key, v))
                keys = QKeySequence(QUICK_KEYS[value])
                shortcut = self.quick_keys[value] = QShortcut(keys, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(button.click)
                button.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
                self.quick_row.addWidget(button)
                button.show()
            button.setText(option_plain(offered[value]).replace("&", "&&"))  # no Alt key

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
        self.required_mark.setText(self.tr("Required"))
        self.required_mark.setVisible(state.required and state.relevant and not state.readonly)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        if not typing:  # once the person left the field: Burmese typed in Zawgyi?
            self.zawgyi.check(self.qtype, state.value)

    def focus_widgets(self) -> list[QWidget]:
        """What Tab stops at in this question: the editor's own widgets. The quick answers and
        "Clear answer" are not in the chain (both change an answer already given, and the
        quick answers are choices of the list itself, reached by the arrow keys)."""
        return self.editor.focus_widgets() if self.editor is not None else []

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


class ColumnLabel(QLabel):
    """A wrapped label that asks for no more width than its longest unbreakable run: two of
    them side by side share the width by the layout's stretch, halves, instead of by the
    length of their texts; a column whose text cannot wrap as narrow as half takes what it
    needs, never cut, and the other the rest.

    The text is shown with invisible breaks between the words of Lao, Khmer, Burmese and Thai
    (``breakable``), which Qt's line breaking cannot find by itself: a Lao sentence wraps like
    an English one instead of holding its column as wide as the whole sentence. ``text()`` is
    the text as the form wrote it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._written = ""

    def setText(self, text: str) -> None:
        self._written = text
        super().setText(breakable(text))

    def text(self) -> str:
        return self._written

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.minimumSizeHint().width(), hint.height())


def question_text(form: FormSession, key: str, language: str, other: str | None) -> QuestionText:
    """Label and hint in the interviewer's language and, in interpreter mode, the interviewee's."""
    return QuestionText(
        display.label(form, key, language),
        display.hint(form, key, language),
        display.label(form, key, other) if other else "",
        display.hint(form, key, other) if other else "",
    )


def question_options(form: FormSession, key: str, language: str, other: str | None) -> list[Option]:
    first = display.choices(form, key, language)
    if other is None:
        return [Option(c.value, c.label) for c in first]
    second = {c.value: c.label for c in display.choices(form, key, other)}
    return [Option(c.value, c.label, second.get(c.value, "")) for c in first]

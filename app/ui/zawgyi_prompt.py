"""Burmese typed in Zawgyi: the question asks before converting it to Unicode.

Many phones and keyboards in Myanmar still type the legacy Zawgyi encoding; stored in it, a name
reads as nonsense on every other screen and is not found by search in its Unicode form. When a
text answer holding Burmese is likely Zawgyi (``app.text.zawgyi.check_zawgyi``: a statistical
detector, so never a silent rewrite), the question shows what the answer reads as in Unicode and
asks: **Use Unicode** replaces the answer; **It is not Zawgyi** keeps it as typed (the detector
was wrong: the text is Unicode already) and the prompt does not come back for that text. Either
way what is kept is Unicode.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TEXT_TYPES = frozenset({"text", "string"})


class ZawgyiPrompt(QFrame):
    """Shown under a text question whose answer looks like Zawgyi."""

    convert = Signal(str)  # the answer in Unicode

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zawgyiPrompt")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setMinimumHeight(self.preview.fontMetrics().height())
        self.use_button = QPushButton(self)
        self.use_button.clicked.connect(self._use)
        self.keep_button = QPushButton(self)
        self.keep_button.clicked.connect(self._keep)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.addWidget(self.explanation)
        column.addWidget(self.preview)
        column.addLayout(buttons)
        self._checked: str | None = None  # the last answer looked at
        self._unicode = ""
        self._kept: set[str] = set()  # answers the person said are not Zawgyi
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "This looks like Burmese typed in the Zawgyi encoding, which other screens and "
                "search cannot read. In Unicode it reads:"
            )
        )
        self.use_button.setText(self.tr("Use Unicode"))
        self.keep_button.setText(self.tr("It is not Zawgyi"))

    def check(self, qtype: str, value: str) -> None:
        """Look at the answer as stored (after the person left the field)."""
        if qtype not in TEXT_TYPES or value in self._kept:
            self.hide()
            return
        if value == self._checked:
            return
        self._checked = value
        from app.text.zawgyi import check_zawgyi, has_myanmar  # loaded at the first Burmese

        if not value or not has_myanmar(value):
            self.hide()
            return
        found = check_zawgyi(value)
        if not found.likely_zawgyi:
            self.hide()
            return
        self._unicode = found.unicode_text
        self.preview.setText(found.unicode_text)
        self.show()

    def _use(self) -> None:
        self.hide()
        self.convert.emit(self._unicode)

    def _keep(self) -> None:
        if self._checked is not None:
            self._kept.add(self._checked)
        self.hide()

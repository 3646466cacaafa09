"""A label that keeps to one line however long its sentence: painted cut short with "…" where the
width it is given ends, the whole sentence in its tooltip.

For the status bar, whose height must stay one line in every script (Burmese and Khmer sentences
are long, and their fonts tall: a wrapped sentence made the bar three lines high): the sync
panel's sentence, and the news that the team's server has a newer version. ``text()`` stays the
whole sentence, so screen readers, tests and copying see all of it; only the painting is cut
(``shown_text``).

Cheap to make before the login window: PySide's ``Qt`` namespace (built when first named) is
named only once the label has text or is painted (tests/ui/test_cold_start.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        from PySide6.QtCore import Qt

        self.setTextFormat(Qt.TextFormat.PlainText)
        super().setText(text)
        self.setToolTip(text)

    def clear(self) -> None:
        super().clear()
        self.setToolTip("")

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The text as painted: the whole sentence, or its start and "…"."""
        from PySide6.QtCore import Qt

        width = self.contentsRect().width() - 2 * self.margin()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        from PySide6.QtCore import Qt

        painter = QPainter(self)
        rect = self.contentsRect().adjusted(
            self.margin(), self.margin(), -self.margin(), -self.margin()
        )
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )

"""Small charts drawn with QPainter: stacked vertical bars and ranked horizontal bars.

No chart library: these are the two shapes the supervisors' overview needs. Each chart paints
itself through ``paint(painter, rect)``, which the widget's ``paintEvent`` calls for the screen
and the dashboard's export calls for a PNG or a PDF page, so what is saved is what is shown (and
a PDF keeps its text as text). Sizes come from the font's metrics, not from constants, because
Khmer, Lao, Burmese and Thai lines are taller than Latin ones.

A chart also says its figures in words (``accessibleDescription``, and a tooltip per bar), so
the numbers are there for a screen reader and for anyone who would rather read them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# Okabe & Ito's colour-blind-safe palette; grey is kept for "not recorded".
PALETTE = (
    QColor("#0072B2"),
    QColor("#E69F00"),
    QColor("#009E73"),
    QColor("#CC79A7"),
    QColor("#56B4E9"),
    QColor("#D55E00"),
    QColor("#F0E442"),
    QColor("#000000"),
)
GREY = QColor("#999999")
TEXT = QColor("#202020")
GRID = QColor("#dddddd")


def number(value: int) -> str:
    """A count in the interface language's own way of writing numbers."""
    return QLocale().toString(value)


def nice_step(maximum: int, ticks: int = 4) -> int:
    """A round step (1, 2, 5 times a power of ten) giving about ``ticks`` gridlines."""
    if maximum <= ticks:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)


@dataclass
class Segment:
    label: str
    colour: QColor


@dataclass
class ChartData:
    title: str = ""
    empty_text: str = ""
    categories: list[str] = field(default_factory=list)  # bar labels ("\n" splits two lines)
    segments: list[Segment] = field(default_factory=list)
    values: list[list[int]] = field(default_factory=list)  # values[category][segment]

    def totals(self) -> list[int]:
        return [sum(row) for row in self.values]

    def describe(self) -> str:
        lines = [self.title]
        for name, row in zip(self.categories, self.values, strict=True):
            parts = [f"{s.label} {number(n)}" for s, n in zip(self.segments, row, strict=True) if n]
            if parts:
                lines.append(f"{name.replace(chr(10), ' ')}: {', '.join(parts)}")
        return "\n".join(lines)


class Chart(QWidget):
    """The common part: a title, an optional legend, and words when there is nothing to draw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ChartData()
        self._bars: list[tuple[QRectF, str]] = []  # where each bar was drawn, and its words
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.setAccessibleName(data.title)
        self.setAccessibleDescription(data.describe())
        self.updateGeometry()
        self.update()

    def is_empty(self) -> bool:
        return not any(any(row) for row in self.data.values)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self.paint(painter, QRectF(self.rect()).adjusted(8, 8, -8, -8))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            words = next((w for r, w in self._bars if r.contains(QPointF(event.pos()))), "")
            if words:
                QToolTip.showText(event.globalPos(), words, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the whole chart into ``rect`` (the screen, an image or a PDF page)."""
        painter.save()
        painter.setFont(self.font())
        metrics = QFontMetricsF(painter.font())
        self._bars = []
        title_font = QFont(painter.font())
        title_font.setBold(True)
        title_font.setPointSizeF(painter.font().pointSizeF() * 1.15)
        painter.setFont(title_font)
        painter.setPen(TEXT)
        title_height = QFontMetricsF(title_font).height() * 1.3
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetricsF(title_font).elidedText(
                self.data.title, Qt.TextElideMode.ElideRight, rect.width()
            ),
        )
        painter.setFont(self.font())
        body = rect.adjusted(0, title_height, 0, 0)
        if self.is_empty():
            painter.setPen(GREY)
            painter.drawText(body, Qt.AlignmentFlag.AlignCenter, self.data.empty_text)
        else:
            self.paint_body(painter, body, metrics)
        painter.restore()

    def paint_legend(self, painter: QPainter, rect: QRectF, metrics: QFontMetricsF) -> float:
        """The segments' colours and words, wrapped over as many lines as needed; returns the
        height used."""
        if len(self.data.segments) < 2:
            return 0.0
        line = metrics.height() * 1.2
        box = metrics.height() * 0.7
        x, y = rect.left(), rect.top()
        for segment in self.data.segments:
            width = box + 6 + metrics.horizontalAdvance(segment.label) + 16
            if x + width > rect.right() and x > rect.left():
                x, y = rect.left(), y + line
            painter.fillRect(QRectF(x, y + (line - box) / 2, box, box), segment.colour)
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(x + box + 6, y, width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                segment.label,
            )
            x += width
        return y + line - rect.top() + 4

    def paint_body(self, painter: QPainter, rect: QRectF, metrics: QFontMetricsF) -> None:
        raise NotImplementedError


class StackedBarChart(Chart):
    """Vertical bars, one per category (a month), each stacked by segment."""

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(520, int(line * 16))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(320, int(line * 12))

    def paint_body(self, painter: QPainter, rect: QRectF, metrics: QFontMetricsF) -> None:
        legend = self.paint_legend(painter, rect, metrics)
        line = metrics.height()
        top = rect.top() + legend + line * 0.6  # room for the totals above the tallest bar
        lines = max((c.count("\n") + 1 for c in self.data.categories), default=1)
        bottom = rect.bottom() - line * lines - 4
        totals = self.data.totals()
        step = nice_step(max(totals))
        ceiling = step * math.ceil(max(totals) / step)
        axis_width = metrics.horizontalAdvance(number(ceiling)) + 8
        left = rect.left() + axis_width
        height = max(bottom - top, 1.0)
        painter.setPen(QPen(GRID, 1))
        for value in range(0, ceiling + 1, step):
            y = bottom - height * value / ceiling
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(left, y), QPointF(rect.right(), y))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(rect.left(), y - line / 2, axis_width - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number(value),
            )
        count = len(self.data.categories)
        slot = (rect.right() - left) / max(count, 1)
        bar = slot * 0.7
        for i, (name, row) in enumerate(zip(self.data.categories, self.data.values, strict=True)):
            x = left + slot * i + (slot - bar) / 2
            y = bottom
            for segment, value in zip(self.data.segments, row, strict=True):
                if value:
                    h = height * value / ceiling
                    painter.fillRect(QRectF(x, y - h, bar, h), segment.colour)
                    y -= h
            words = self._bar_words(name, row)
            self._bars.append((QRectF(left + slot * i, top, slot, bottom - top), words))
            painter.setPen(TEXT)
            if totals[i]:
                painter.drawText(
                    QRectF(x - slot / 2, y - line, bar + slot, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    number(totals[i]),
                )
            painter.drawText(
                QRectF(left + slot * i, bottom + 4, slot, line * lines),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                name,
            )

    def _bar_words(self, name: str, row: list[int]) -> str:
        parts = [
            f"{s.label}: {number(n)}" for s, n in zip(self.data.segments, row, strict=True) if n
        ]
        return "\n".join([name.replace("\n", " "), *parts])


class RankedBarChart(Chart):
    """Horizontal bars, one per category, longest first: words on the left, count at the end."""

    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.6

    def sizeHint(self) -> QSize:
        rows = max(len(self.data.categories), 3)
        return QSize(520, int(self._row_height() * (rows + 2)))

    def minimumSizeHint(self) -> QSize:
        rows = max(len(self.data.categories), 3)
        return QSize(320, int(self._row_height() * (rows + 2)))

    def paint_body(self, painter: QPainter, rect: QRectF, metrics: QFontMetricsF) -> None:
        totals = self.data.totals()
        row_height = min(self._row_height(), rect.height() / max(len(totals), 1))
        label_width = min(
            max(metrics.horizontalAdvance(c) for c in self.data.categories) + 8,
            rect.width() * 0.45,
        )
        number_width = metrics.horizontalAdvance(number(max(totals))) + 8
        left = rect.left() + label_width
        span = max(rect.right() - left - number_width, 1.0)
        biggest = max(max(totals), 1)
        colour = self.data.segments[0].colour if self.data.segments else PALETTE[0]
        for i, (name, total) in enumerate(zip(self.data.categories, totals, strict=True)):
            y = rect.top() + row_height * i
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(rect.left(), y, label_width - 8, row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            width = span * total / biggest
            painter.fillRect(QRectF(left, y + row_height * 0.2, width, row_height * 0.6), colour)
            painter.drawText(
                QRectF(left + width + 4, y, number_width, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                number(total),
            )
            words = f"{name}: {number(total)}"
            self._bars.append((QRectF(rect.left(), y, rect.width(), row_height), words))

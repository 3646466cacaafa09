"""The overview as a file for a report: a PNG image, or a PDF whose text stays text.

Both paint the dashboard's own charts (``Chart.paint``) two to a row under a header of plain
lines (title, totals, the day counted). The bytes are made in memory; the dashboard hands them to
the database thread, which writes the file and audits the export together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from app.ui.charts import TEXT, Chart

COLUMNS = 2
GAP = 16.0
IMAGE_WIDTH = 1400
CHART_HEIGHT = 440.0
PDF_DPI = 96  # painter units are then the screen's pixels, and point sizes keep their look


def _in_memory(write: Callable[[QIODevice], None]) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    write(buffer)
    buffer.close()
    return bytes(array.data())


def _header_height(font: QFont, header: Sequence[str]) -> float:
    line = QFontMetricsF(font).height() * 1.35
    return line * (len(header) + 1) + GAP


def _paint_header(painter: QPainter, rect: QRectF, font: QFont, header: Sequence[str]) -> None:
    line = QFontMetricsF(font).height() * 1.35
    painter.save()
    painter.setPen(TEXT)
    for i, text in enumerate(header):
        chosen = QFont(font)
        if i == 0:
            chosen.setBold(True)
            chosen.setPointSizeF(font.pointSizeF() * 1.6)
        painter.setFont(chosen)
        top = rect.top() + (0 if i == 0 else line * (i + 0.6))
        height = line * (1.6 if i == 0 else 1)
        painter.drawText(
            QRectF(rect.left(), top, rect.width(), height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
    painter.restore()


def _paint_charts(
    painter: QPainter,
    charts: Sequence[Chart],
    left: float,
    top: float,
    width: float,
    height: float,
    page_bottom: float | None = None,
    new_page: Callable[[], float] | None = None,
) -> float:
    """Charts two to a row from ``top``; at ``page_bottom`` asks ``new_page`` for the next top.
    Returns the bottom of the last row."""
    cell = (width - GAP * (COLUMNS - 1)) / COLUMNS
    y = top
    for start in range(0, len(charts), COLUMNS):
        if page_bottom is not None and new_page is not None and y + height > page_bottom:
            y = new_page()
        for column, chart in enumerate(charts[start : start + COLUMNS]):
            rect = QRectF(left + column * (cell + GAP), y, cell, height)
            painter.fillRect(rect, Qt.GlobalColor.white)
            chart.paint(painter, rect.adjusted(8, 8, -8, -8))
        y += height + GAP
    return y


def render_png(charts: Sequence[Chart], header: Sequence[str]) -> bytes:
    font = charts[0].font() if charts else QFont()
    rows = (len(charts) + COLUMNS - 1) // COLUMNS
    top = GAP + _header_height(font, header)
    height = int(top + rows * (CHART_HEIGHT + GAP) + GAP)
    image = QImage(IMAGE_WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    _paint_header(painter, QRectF(GAP, GAP, IMAGE_WIDTH - 2 * GAP, top), font, header)
    _paint_charts(painter, charts, GAP, top, IMAGE_WIDTH - 2 * GAP, CHART_HEIGHT)
    painter.end()
    return _in_memory(lambda device: _save_image(image, device))


def _save_image(image: QImage, device: QIODevice) -> None:
    if not image.save(device, "PNG"):
        raise OSError("the image could not be encoded as PNG")


def render_pdf(charts: Sequence[Chart], header: Sequence[str]) -> bytes:
    font = charts[0].font() if charts else QFont()

    def write(device: QIODevice) -> None:
        writer = QPdfWriter(device)
        writer.setCreator("fieldcase")
        writer.setTitle(header[0] if header else "fieldcase")
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        page = QRectF(writer.pageLayout().paintRectPixels(PDF_DPI))
        page.moveTo(0, 0)  # the painter's origin is the paint rectangle's corner
        painter = QPainter(writer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        top = _header_height(font, header)
        _paint_header(painter, QRectF(0, 0, page.width(), top), font, header)
        rows_per_page = 2
        height = (page.height() - top - GAP * rows_per_page) / rows_per_page

        def new_page() -> float:
            writer.newPage()
            return 0.0

        _paint_charts(painter, charts, 0, top, page.width(), height, page.bottom(), new_page)
        painter.end()

    return _in_memory(write)

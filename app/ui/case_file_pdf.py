"""A printable case file: one person's case as a PDF, for partners who do not have the app.

What it holds: the person's details (full name, field labels and choice labels, never codes), the
consents given at intake and any withdrawn since, the timeline, and every finished interview with
its questions' and answers' labels, in one language or two side by side (the worker's and the
person's). Each page has a header: "Confidential", the case id, the day printed and "page N of M".

Three steps, on the threads they belong to:

- ``gather`` runs on the database thread: the case, the forms' words in each language and every
  interview behind the timeline (each read is audited as a view, as on screen).
- ``render`` runs on the GUI thread: Qt lays the text out with the app's fonts (app/ui/fonts.py)
  and its PDF writer embeds them, so Khmer, Lao, Thai, Burmese and Chinese are shaped as on screen.
  The PDF is made in memory; nothing of it touches the disk here.
- ``save`` runs on the database thread: the bytes are written to a temporary file beside the
  target and renamed over it (``write_atomically``: a full disk or a folder that cannot be written
  leaves no half file), then the print is recorded in the audit log. A file that could not be
  audited is removed: nothing leaves the workspace unaudited.

What the pages say is app/ui/case_file_text.py; the printed words of the app itself (headings,
"Page 1 of 3", event titles, dates) are in the language of each column, not the interface
language (app/ui/speaking.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTransform,
)

from app.ui.case_file_text import CaseFileData, case_file_html, columns, confidential_words
from app.ui.case_table import date_text
from app.ui.speaking import speaking
from app.ui.submission_text import SubmissionRecord
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.cases.state import CaseState

translate = QCoreApplication.translate

# Who may print: whoever may open a case (supervisors and social workers; never an interpreter,
# who works only inside an interview a social worker opened).
PRINT_PERMISSION = Permission.VIEW_CASES
PDF_DPI = 300
FONT_POINTS = 9.5
HEADER_POINTS = 8.0
MARGINS_MM = QMarginsF(16, 14, 16, 14)
CONFIDENTIAL_COLOUR = QColor("#9b1c1c")
# The person's citizenship -> the language a case file is most likely read in beside the worker's.
CITIZENSHIP_LANGUAGE = {"KH": "km", "LA": "lo", "TH": "th", "MM": "my", "VN": "vi", "CN": "zh"}


@dataclass(frozen=True)
class CaseFilePdf:
    data: bytes
    pages: int


def gather(book: CaseBook, case_id: str, languages: list[str]) -> CaseFileData:
    """Database thread: the case and its interviews (every read audited as a view), and the
    forms' words in each language asked for."""
    from app.interviews.form_library import FormLibrary
    from app.ui.case_words import case_words
    from app.ui.submission_text import read_submission

    book.session.require(PRINT_PERMISSION)
    state = book.state(case_id)
    library = FormLibrary().on(book.store)
    words = {language: case_words(library, language) for language in languages}
    interviews: dict[str, SubmissionRecord] = {}
    for event in state.timeline:
        submission = event.payload.get("submission_id")
        if isinstance(submission, str) and submission and submission not in interviews:
            interviews[submission] = read_submission(book, submission)
    return CaseFileData(case_id, state, words, interviews, book.session.user)


def save(book: CaseBook, path: Path, pdf: CaseFilePdf, case_id: str, languages: list[str]) -> Path:
    """Database thread: write the PDF whole or not at all, then audit that it left the
    encryption (which case, in which languages, where; never what it says)."""
    from app.workspace import audit
    from app.workspace.audit import Action
    from app.workspace.durable import write_atomically

    book.session.require(PRINT_PERMISSION)
    write_atomically(path, pdf.data)
    detail = json.dumps({"file": str(path), "languages": languages, "pages": pdf.pages})
    try:
        audit.record(book.store, book.session.user, Action.PRINT, f"case:{case_id}", detail)
    except BaseException:
        path.unlink(missing_ok=True)  # nothing leaves the workspace unaudited
        raise
    return path


# -- the PDF -------------------------------------------------------------------------------------


def render(data: CaseFileData, languages: list[str], printed_at: datetime) -> CaseFilePdf:
    """GUI thread: the case file as PDF bytes, A4, a header on every page."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("fieldcase")
    writer.setTitle(f"{translate('CaseFilePdf', 'Case file')} {data.case_id}")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    paint = QRectF(writer.pageLayout().paintRectPixels(PDF_DPI))
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(FONT_POINTS)
    header_font = QFont(font)
    header_font.setPointSizeF(HEADER_POINTS)
    # Room for the header's two lines in the tallest script (Burmese, Khmer: about twice Latin).
    header_height = QFontMetricsF(header_font, writer).lineSpacing() * 4.2
    body = QSizeF(paint.width(), paint.height() - header_height)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(case_file_html(data, languages, printed_at))
    document.setPageSize(body)
    pages = document.pageCount()

    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            _paint_header(
                painter,
                data.case_id,
                languages,
                printed_at,
                page + 1,
                pages,
                header_font,
                paint,
                header_height,
            )
            painter.save()
            # (a transform, not painter.translate: that name is kept for interface strings)
            shift = QTransform.fromTranslate(0, header_height - page * body.height())
            painter.setTransform(shift, True)
            document.drawContents(
                painter, QRectF(0, page * body.height(), body.width(), body.height())
            )
            painter.restore()
    finally:
        painter.end()
    buffer.close()
    return CaseFilePdf(bytes(array.data()), pages)


def _paint_header(
    painter: QPainter,
    case_id: str,
    languages: list[str],
    printed_at: datetime,
    page: int,
    pages: int,
    font: QFont,
    paint: QRectF,
    height: float,
) -> None:
    """Two lines: "Confidential" (in each language) and the page number; the case and the day
    it was printed; a rule under them."""
    width = paint.width()
    with speaking(languages[0]):
        page_text = (
            translate("CaseFilePdf", "Page %1 of %2")
            .replace("%1", str(page))
            .replace("%2", str(pages))
        )
        case_text = translate("CaseFilePdf", "Case %1").replace("%1", case_id)
        printed = translate("CaseFilePdf", "Printed %1").replace("%1", date_text(printed_at.date()))
    confidential = " · ".join(dict.fromkeys(columns(languages, lambda _l: confidential_words())))
    painter.save()
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(CONFIDENTIAL_COLOUR)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    # Heights as laid out (bounding boxes take each script's own font: Burmese marks are tall).
    first = painter.boundingRect(QRectF(0, 0, width * 0.78, 0), left, confidential)
    painter.drawText(first, left, confidential)
    painter.setFont(font)
    painter.setPen(QColor("#202020"))
    number = painter.boundingRect(QRectF(width * 0.6, 0, width * 0.4, 0), right, page_text)
    painter.drawText(number, right, page_text)
    second_text = f"{case_text} · {printed}"
    top = max(first.bottom(), number.bottom())
    second = painter.boundingRect(QRectF(0, top, width, 0), left, second_text)
    painter.drawText(second, left, second_text)
    painter.setPen(QColor("#909090"))
    y = min(second.bottom() + second.height() * 0.2, height - 1)
    painter.drawLine(QPointF(0, y), QPointF(width, y))
    painter.restore()


def likely_languages(interface: str, state: CaseState | None) -> tuple[str, str | None]:
    """The worker's language first; beside it the person's, from their citizenship, when it
    differs (the dialog lets the user choose otherwise)."""
    citizenship = state.fields.get("prs_Citizenship") if state is not None else None
    person = CITIZENSHIP_LANGUAGE.get(str(citizenship)) if citizenship else None
    return interface, (person if person and person != interface else None)

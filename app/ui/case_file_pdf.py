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

The printed words of the app itself (headings, "Page 1 of 3", event titles, dates) are in the
language of each column, not the interface language: ``speaking`` puts that language's translator
and locale in force for the moment a column is written (GUI thread only).
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QLocale,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTranslator,
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

from app.ui.case_table import date_text, field_label
from app.ui.case_text import event_date, event_details, event_title, field_text, label_text
from app.ui.case_words import CaseWords, full_name, latin_name
from app.ui.dates import moment_text
from app.ui.i18n import QM_DIR
from app.ui.submission_text import SubmissionRecord, submission_lines
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.cases.events import CaseEvent
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
# The person's details, in this order, when the case has them (the name first, whole).
DETAILS = (
    "prs_Gender",
    "age",
    "vic_age",
    "prs_Birthdate",
    "prs_Citizenship",
    "return_date",
    "vic_TypeOfExploitation",
    "vic_LocationOfRecruitment",
    "_team",
    "_status",
    "_closure_status",
    "_closure_reason",
    "_referred_to",
)
# The consents an intake asks for (its ``consent`` group), by question name.
CONSENTS = ("con_Consent", "consent_share", "consent_research")
# The person's citizenship -> the language a case file is most likely read in beside the worker's.
CITIZENSHIP_LANGUAGE = {"KH": "km", "LA": "lo", "TH": "th", "MM": "my", "VN": "vi", "CN": "zh"}


@dataclass(frozen=True)
class CaseFileData:
    """What a case file prints, read on the database thread; plain data, no widgets."""

    case_id: str
    state: CaseState
    words: dict[str, CaseWords]  # by language
    interviews: dict[str, SubmissionRecord] = field(default_factory=dict)  # by submission id
    printed_by: str = ""


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


# -- the words of one language ---------------------------------------------------------------


class _OnlyLanguage(QTranslator):
    """The app's words in one language, whatever the interface language: a text this language
    lacks reads as its English source, never in the interface's language."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.inner: QTranslator | None = None
        if language != "en":
            inner = QTranslator(self)
            if inner.load(str(QM_DIR / f"fieldcase_{language}.qm")):
                self.inner = inner

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if self.inner is None:
            return source
        look_up = self.inner.translate  # a translator's own look-up, not an interface string
        return look_up(context, source, disambiguation, n) or source

    def isEmpty(self) -> bool:
        return False


class _QuietLanguageChange(QObject):
    """Keeps a passing translator from telling every window that the language changed (Qt would
    reset the standard buttons of open dialogs to its own words)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.LanguageChange and watched is self.parent()


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """GUI thread: for the duration of the block, the app's words (``translate``) and dates
    (``date_text``) are in ``language``; the interface keeps its own language on screen."""
    app = QCoreApplication.instance()
    if app is None:
        yield
        return
    translator = _OnlyLanguage(language)
    quiet = _QuietLanguageChange(app)
    app.installEventFilter(quiet)
    before = QLocale()
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)
        app.removeEventFilter(quiet)
        quiet.deleteLater()


# -- the document --------------------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(str(text))


def confidential_words() -> str:
    return translate("CaseFilePdf", "Confidential: do not copy or pass on")


def _columns(languages: list[str], make: Any) -> list[Any]:
    """One value per language, each made while that language is in force."""
    out = []
    for language in languages:
        with speaking(language):
            out.append(make(language))
    return out


def _pair_row(pairs: list[tuple[str, str]]) -> str:
    """One row: a label and its value per language (two cells with one language, one cell per
    language, the label above its value, with two)."""
    if len(pairs) == 1:
        label, value = pairs[0]
        return f'<tr><td class="label" width="38%">{_e(label)}</td><td>{_e(value)}</td></tr>'
    cells = "".join(
        f'<td width="{100 // len(pairs)}%"><span class="label">{_e(label)}</span><br/>'
        f"{_e(value)}</td>"
        for label, value in pairs
    )
    return f"<tr>{cells}</tr>"


def _heading_row(texts: list[str], depth: int, width: int) -> str:
    indent = "&nbsp;" * 4 * depth
    if len(texts) == 1:
        return f'<tr><td colspan="{width}" class="group">{indent}{_e(texts[0])}</td></tr>'
    return "<tr>" + "".join(f'<td class="group">{indent}{_e(t)}</td>' for t in texts) + "</tr>"


def _table(rows: list[str]) -> str:
    """Rows striped rather than ruled: thin cell borders come out broken in some PDF readers."""
    striped = [
        row.replace("<tr>", '<tr bgcolor="#f2f2f2">', 1) if i % 2 else row
        for i, row in enumerate(rows)
    ]
    return (
        '<table width="100%" cellspacing="0" cellpadding="5" border="0">'
        + "".join(striped)
        + "</table>"
    )


def _section(titles: list[str]) -> str:
    return f"<h2>{_e('  ·  '.join(dict.fromkeys(titles)))}</h2>"


def _person(data: CaseFileData, languages: list[str]) -> str:
    fields = data.state.fields
    rows = []
    for name, value in (
        ("prs_First_Name", full_name(fields)),
        ("prs_Name_Latin", latin_name(fields)),
    ):
        if value:
            rows.append(
                _pair_row(_columns(languages, lambda _l, n=name, v=value: (field_label(n), v)))
            )
    for name in DETAILS:
        value = fields.get(name)
        if value in (None, ""):
            continue
        rows.append(
            _pair_row(
                _columns(
                    languages,
                    lambda lang, n=name, v=value: (
                        label_text(n, data.words[lang]),
                        field_text(n, v, data.words[lang]),
                    ),
                )
            )
        )
    for name, candidates in sorted(data.state.conflicts.items()):
        rows.append(
            _pair_row(
                _columns(
                    languages,
                    lambda lang, n=name, cs=candidates: (
                        translate("CaseView", "In conflict: %1").replace(
                            "%1", label_text(n, data.words[lang])
                        ),
                        " / ".join(field_text(n, c.value, data.words[lang]) for c in cs),
                    ),
                )
            )
        )
    return _section(_columns(languages, lambda _l: translate("CaseView", "The person"))) + _table(
        rows
    )


def _intake(data: CaseFileData) -> SubmissionRecord | None:
    for event in data.state.timeline:
        if event.type == "create":
            found = data.interviews.get(str(event.payload.get("submission_id", "")))
            if found is not None:
                return found
    return None


def _consents(data: CaseFileData, languages: list[str]) -> str:
    from app.export.tables import Column
    from app.ui.case_words import labeller

    rows = []
    intake = _intake(data)
    answers = _answers(intake.data) if intake is not None else {}
    for name in CONSENTS:
        value = answers.get(name)
        fld = intake.definition.field(name) if intake is not None else None
        if intake is None or fld is None or not isinstance(value, str) or not value:
            continue
        column = Column(fld.name, fld.gpath, fld.qtype)
        definition = intake.definition
        rows.append(
            _pair_row(
                _columns(
                    languages,
                    lambda lang, c=column, v=value, d=definition: (
                        labeller(d, lang).header(c),
                        labeller(d, lang).value(c, v),
                    ),
                )
            )
        )
    for event in _chronological(data.state.timeline):
        if event.type == "consent_withdrawn":
            rows.append(_pair_row(_columns(languages, lambda _l, e=event: _withdrawal(e))))
    if not rows:
        rows.append(
            _pair_row(
                _columns(
                    languages, lambda _l: ("", translate("CaseFilePdf", "No consent recorded"))
                )
            )
        )
    return _section(_columns(languages, lambda _l: translate("CaseFilePdf", "Consents"))) + _table(
        rows
    )


def _withdrawal(event: CaseEvent) -> tuple[str, str]:
    """A consent withdrawn: when, and what (the words of the dialog that recorded it)."""
    scopes = {
        "all": translate(
            "WithdrawConsentDialog", "Everything: no more use of the person's information"
        ),
        "research": translate("WithdrawConsentDialog", "Use for statistics and research"),
        "sharing": translate("WithdrawConsentDialog", "Sharing with other organisations"),
    }
    scope = str(event.payload.get("scope", ""))
    what = [scopes.get(scope, scope), str(event.payload.get("note", "") or "")]
    when = date_text(str(event.payload.get("date", "")))
    return f"{event_title(event)} · {when}", " · ".join(x for x in what if x)


def _answers(data: dict[str, Any]) -> dict[str, Any]:
    """Every answer of a submission by question name, groups flattened (repeats left out)."""
    found: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            found.update(_answers(value))
        elif not isinstance(value, list):
            found.setdefault(key, value)
    return found


def _chronological(events: Any) -> list[CaseEvent]:
    from app.ui.case_text import story_order

    return list(reversed(story_order(list(events))))


def _timeline(data: CaseFileData, languages: list[str]) -> str:
    rows = []
    for event in _chronological(data.state.timeline):
        rows.append(
            _pair_row(
                _columns(
                    languages,
                    lambda lang, e=event: (
                        f"{event_date(e)} · {e.author}",
                        " · ".join(
                            x for x in (event_title(e), event_details(e, data.words[lang])) if x
                        ),
                    ),
                )
            )
        )
    return _section(_columns(languages, lambda _l: translate("CaseView", "Timeline"))) + _table(
        rows
    )


def _interview(record: SubmissionRecord, languages: list[str]) -> str:
    from app.interviews.form_library import form_title

    definition = record.definition

    def title(lang: str) -> str:
        name = form_title(definition.form_id, definition.title, lang)
        when = moment_text(record.finished_at) if record.finished_at else ""
        return f"{name} · {when}" if when else name

    def who(lang: str) -> str:
        by = translate("SubmissionDialog", "Filled in by %1").replace("%1", record.author)
        if record.interpreter:
            return f"{by} · " + translate("SubmissionDialog", "Interpreter: %1").replace(
                "%1", record.interpreter
            )
        return f"{by} · " + translate("SubmissionDialog", "No interpreter")

    lines = {lang: submission_lines(record, lang) for lang in languages}
    count = min(len(found) for found in lines.values())
    rows = [_pair_row(_columns(languages, lambda lang: ("", who(lang))))]
    for i in range(count):
        first = lines[languages[0]][i]
        if first.answer is None:
            rows.append(_heading_row([lines[lang][i].text for lang in languages], first.depth, 2))
            continue
        rows.append(
            _pair_row(
                _columns(
                    languages,
                    lambda lang, i=i: (lines[lang][i].text, _answer_text(lines[lang][i])),
                )
            )
        )
    return _section(_columns(languages, title)) + _table(rows)


def _answer_text(line: Any) -> str:
    answer = line.answer or ""
    if line.qtype == "date":
        answer = date_text(answer)
    elif line.qtype == "datetime":
        answer = moment_text(answer)
    return answer or "—"


STYLE = """
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; margin-top: 14pt; margin-bottom: 4pt; }
td { vertical-align: top; }
.label { color: #505050; }
.group { font-weight: bold; background-color: #eeeeee; }
.note { color: #606060; }
"""


def case_file_html(data: CaseFileData, languages: list[str], printed_at: datetime) -> str:
    """The whole case file as the HTML Qt's text engine lays out (GUI thread)."""
    fields = data.state.fields
    name = full_name(fields) or latin_name(fields) or data.case_id
    titles = _columns(languages, lambda _l: translate("CaseFilePdf", "Case file"))
    note = _columns(
        languages,
        lambda _l: (
            translate(
                "CaseFilePdf",
                "Printed by %1 on %2 from fieldcase. This paper is outside the app's encryption: "
                "keep it locked away, give it only to people allowed to see it, and destroy it when "
                "it is no longer needed.",
            )
            .replace("%1", data.printed_by)
            .replace("%2", moment_text(printed_at))
        ),
    )
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        f"<h1>{_e(name)}</h1>",
        f'<p class="note">{_e(" · ".join(dict.fromkeys(titles)))} · {_e(data.case_id)}</p>',
        "".join(f'<p class="note">{_e(n)}</p>' for n in note),
        _person(data, languages),
        _consents(data, languages),
        _timeline(data, languages),
    ]
    for event in _chronological(data.state.timeline):
        record = data.interviews.get(str(event.payload.get("submission_id", "")))
        if record is not None:
            parts.append(_interview(record, languages))
    parts.append("</body></html>")
    return "".join(parts)


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
    confidential = " · ".join(dict.fromkeys(_columns(languages, lambda _l: confidential_words())))
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

"""The words of a printed case file, as the HTML Qt's text engine lays out (GUI thread).

Sections: the person (full name, then each detail by its question's label and its choice's label,
and any conflicting values), the consents (as the intake recorded them, and each withdrawn
since), the timeline, and every interview, oldest first, each question's label and its answer's
label. With two languages each row holds both, side by side; the app's own words (headings, event
titles, dates) are in each column's language (``speaking``), the forms' words from the forms.
Values are escaped: a name typed with ``<`` prints as typed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.cases.names import display_name, full_name, latin_name
from app.ui.case_table import date_text, field_label
from app.ui.case_text import event_date, event_details, event_title, field_text, label_text
from app.ui.case_words import CaseWords
from app.ui.dates import moment_text
from app.ui.speaking import speaking
from app.ui.submission_text import SubmissionRecord, submission_lines

if TYPE_CHECKING:
    from app.cases.events import CaseEvent
    from app.cases.state import CaseState

translate = QCoreApplication.translate

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


@dataclass(frozen=True)
class CaseFileData:
    """What a case file prints, read on the database thread; plain data, no widgets."""

    case_id: str
    state: CaseState
    words: dict[str, CaseWords]  # by language
    interviews: dict[str, SubmissionRecord] = field(default_factory=dict)  # by submission id
    printed_by: str = ""


def _e(text: object) -> str:
    """Text as typed: escaped, its line breaks kept (a visit's notes run over several lines)."""
    return html.escape(str(text)).replace("\n", "<br/>")


def confidential_words() -> str:
    return translate("CaseFilePdf", "Confidential: do not copy or pass on")


def columns(languages: list[str], make: Any) -> list[Any]:
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
                _pair_row(columns(languages, lambda _l, n=name, v=value: (field_label(n), v)))
            )
    for name in DETAILS:
        value = fields.get(name)
        if value in (None, ""):
            continue
        rows.append(
            _pair_row(
                columns(
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
                columns(
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
    return _section(columns(languages, lambda _l: translate("CaseView", "The person"))) + _table(
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
                columns(
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
            rows.append(_pair_row(columns(languages, lambda _l, e=event: _withdrawal(e))))
    if not rows:
        rows.append(
            _pair_row(
                columns(languages, lambda _l: ("", translate("CaseFilePdf", "No consent recorded")))
            )
        )
    return _section(columns(languages, lambda _l: translate("CaseFilePdf", "Consents"))) + _table(
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
                columns(
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
    return _section(columns(languages, lambda _l: translate("CaseView", "Timeline"))) + _table(rows)


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
    rows = [_pair_row(columns(languages, lambda lang: ("", who(lang))))]
    for i in range(count):
        first = lines[languages[0]][i]
        if first.answer is None:
            rows.append(_heading_row([lines[lang][i].text for lang in languages], first.depth, 2))
            continue
        rows.append(
            _pair_row(
                columns(
                    languages,
                    lambda lang, i=i: (lines[lang][i].text, _answer_text(lines[lang][i])),
                )
            )
        )
    return _section(columns(languages, title)) + _table(rows)


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
    name = display_name(fields) or data.case_id
    titles = columns(languages, lambda _l: translate("CaseFilePdf", "Case file"))
    note = columns(
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

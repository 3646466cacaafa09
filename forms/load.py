"""Loading a form file: XLSForm (.xlsx .xls .csv .md) through pyxform, or XForm XML directly.

The one entry point is ``load_form(path)``; ``load_xlsform`` and ``load_xform`` take content.
Every error is a ``FormLoadError`` that names the XLSForm sheet and row (or the XForm element).
pyxform's own messages usually carry ``[row : N]``; where one does not (``Unknown question type
'foo'``), we find the row by the name or type the message quotes. Expressions pyxform passes
through unchecked are parsed here and reported at the row of the question they belong to.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from forms.definition import FIELDCASE_NS, FormDefinition, Locate, read_xform, xform_locate
from forms.errors import FormLoadError, Location

XLSFORM_SUFFIXES = {
    ".xlsx": ".xlsx",
    ".xlsm": ".xlsx",
    ".xls": ".xls",
    ".csv": ".csv",
    ".md": ".md",
}
XFORM_SUFFIXES = {".xml"}

# Bind attribute -> XLSForm column, for locating an expression's cell.
_COLUMNS = {
    "calculate": "calculation",
    "readonly": "read_only",
    "repeat_count": "repeat_count",
    "default": "default",
    "choice_filter": "choice_filter",
    "fieldcase:case_action": "bind::fieldcase:case_action",
    "fieldcase:case_role": "bind::fieldcase:case_role",
}
_PYXFORM_ROW = re.compile(r"\[row\s*:\s*(\d+)\]\s*")
_SHEET = re.compile(r"(?:on|in) the '(\w+)' sheet", re.IGNORECASE)
_QUOTED = re.compile(r"'([^']+)'")
_BRACKETED = re.compile(r"\[([^\]]+)\]")
_REFERENCE = re.compile(r"\$\{([^}\s]+)\}")


def load_form(path: str | Path) -> FormDefinition:
    """Read a form file of any supported kind into a FormDefinition."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormLoadError("FORM001", detail=f"{path}: {exc.strerror or exc}") from exc
    if suffix in XFORM_SUFFIXES:
        return load_xform(data.decode("utf-8-sig"))
    file_type = XLSFORM_SUFFIXES.get(suffix)
    if file_type is None:
        raise FormLoadError("FORM002", suffix=suffix or path.name)
    return load_xlsform(data, file_type=file_type, form_id=path.stem)


def load_xform(xml: str) -> FormDefinition:
    """Read XForm XML (e.g. what ODK Central serves)."""
    return read_xform(xml, xform_locate)


def load_markdown(md: str) -> FormDefinition:
    """An XLSForm written as markdown tables (what tests and documentation use)."""
    return load_xlsform(md.encode("utf-8"), file_type=".md")


def load_xlsform(content: bytes, file_type: str, form_id: str | None = None) -> FormDefinition:
    """Convert an XLSForm with pyxform and read the result; errors name sheet and row.

    ``form_id`` is the id used when the settings sheet gives none (pyxform uses the file name).
    """
    from pyxform.errors import PyXFormError
    from pyxform.xls2json_backends import get_xlsform
    from pyxform.xls2xform import convert

    try:
        workbook = get_xlsform(xlsform=BytesIO(content), file_type=file_type)
    except (PyXFormError, ValueError, KeyError, IndexError, TypeError) as exc:
        detail = _clean(str(exc))
        if "not recognized as a supported type" in detail:
            detail = "no XLSForm in it (expected a 'survey' sheet or table)"
        raise FormLoadError("FORM001", detail=detail) from None
    survey: Sequence[dict[str, str]] = list(workbook.survey or [])
    choices: Sequence[dict[str, str]] = list(workbook.choices or [])
    _check_default_language_columns(workbook.settings, survey)
    _check_settings_columns(workbook.settings)
    _check_namespace_columns(workbook.settings, workbook.survey_header)
    warnings: list[str] = []
    if form_id:
        workbook.fallback_form_name = form_id
    try:
        result = convert(xlsform=_as_dict(workbook), warnings=warnings)
    except PyXFormError as exc:
        raise _locate_pyxform(str(exc), survey, choices) from None
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        raise _locate_pyxform(f"{type(exc).__name__}: {exc}", survey, choices) from None
    try:
        definition = read_xform(result.xform, xlsform_locate(survey))
    except FormLoadError as exc:
        if exc.code == "FORM004":  # pyxform wrote XML that cannot be read back: say which cell
            raise _unreadable_name(survey) or exc from None
        raise
    definition.warnings = list(warnings) + definition.warnings
    return definition


def _check_settings_columns(settings: Sequence[dict[str, str]] | None) -> None:
    """A translated settings column (``form_title::Khmer (km)``) makes pyxform fail with a bare
    ``AttributeError``; XLSForm has no translated settings, so say that, at the column."""
    for column in (settings or [{}])[0]:
        if "::" in str(column):
            raise FormLoadError(
                "FORM003",
                Location(sheet="settings", row=1, column=str(column)),
                detail="settings cannot be translated in XLSForm: keep one "
                f"'{str(column).split('::', 1)[0].strip()}' column (in the default language)",
            )


def _check_namespace_columns(
    settings: Sequence[dict[str, str]] | None, header: Sequence[dict[str, object]] | None
) -> None:
    """A ``bind::PREFIX:name`` column needs PREFIX declared on the settings sheet's
    ``namespaces`` (pyxform would write an XForm no XML reader opens); fieldcase's own
    declarations (``bind::fieldcase:case_action``...) need its namespace's URI."""
    from pyxform.constants import NSMAP

    declared = {k.split(":", 1)[1]: v for k, v in NSMAP.items() if ":" in k}
    declared["entities"] = "http://www.opendatakit.org/xforms/entities"
    text = str((settings or [{}])[0].get("namespaces") or "")
    for item in text.split():
        prefix, _, uri = item.partition("=")
        if prefix and uri:
            declared[prefix] = uri.strip("'\"")
    for column in (header or [{}])[0]:
        name = str(column).strip()
        if not name.startswith("bind::") or ":" not in name[len("bind::") :]:
            continue
        prefix = name[len("bind::") :].split(":", 1)[0]
        wanted = FIELDCASE_NS if prefix == "fieldcase" else None
        why = ""
        if prefix not in declared:
            why = (
                "which the settings sheet does not declare: add a 'namespaces' column with "
                f'{prefix}="{wanted or "URI"}"'
            )
        elif wanted and declared[prefix] != wanted:
            why = (
                f"which the settings sheet binds to '{declared[prefix]}': fieldcase reads its "
                f'declarations as {prefix}="{wanted}"'
            )
        if why:
            raise FormLoadError(
                "FORM019",
                Location(sheet="survey", row=1, column=name),
                column=name,
                prefix=prefix,
                why=why,
            )


def _check_default_language_columns(
    settings: Sequence[dict[str, str]] | None,
    survey: Sequence[dict[str, str]],
) -> None:
    """Refuse a question's text given twice in the default language, before pyxform trips on it.

    A column without a language (``label``) holds the text of the settings' ``default_language``.
    When a survey row also fills ``label::<that language>`` and another translation, pyxform
    fails with a bare ``TypeError``; the form author needs to hear which cell to empty instead.
    """
    default = str((settings or [{}])[0].get("default_language") or "").strip()
    if not default:
        return
    for i, row in enumerate(survey):
        filled = {str(k).strip() for k, v in row.items() if str(v or "").strip()}
        for column in sorted(filled):
            if "::" in column or f"{column}::{default}" not in filled:
                continue
            if sum(1 for c in filled if c.startswith(f"{column}::")) > 1:
                raise FormLoadError(
                    "FORM003",
                    Location(sheet="survey", row=i + 2, column=column),
                    detail=f"the '{column}' column has no language, so it holds the text in the "
                    f"default language '{default}', which '{column}::{default}' gives too: "
                    "keep one of the two",
                )


def _unreadable_name(survey: Sequence[dict[str, str]]) -> FormLoadError | None:
    """The first survey name pyxform accepts but an XML reader refuses as an element name.

    pyxform checks names against XML 1.0's fifth edition; Python's XML parser (expat) keeps the
    older rules, which leave out scripts added to Unicode later, Khmer among them.
    """
    for i, row in enumerate(survey):
        name = str(row.get("name") or "").strip()
        if not name:
            continue
        try:
            ET.fromstring(f"<{name}/>")
        except ET.ParseError:
            return FormLoadError(
                "FORM003",
                Location(sheet="survey", row=i + 2, column="name"),
                detail=f"the name '{name}' cannot be an element of the XForm: write names with "
                "Latin letters, digits, '_' and '-' (the label can be in any language)",
            )
    return None


def _as_dict(workbook: object) -> dict[str, object]:
    """pyxform's DefinitionData as the dict ``convert`` also accepts (read the file only once)."""
    from dataclasses import fields

    return {f.name: getattr(workbook, f.name) for f in fields(workbook)}  # type: ignore[arg-type]


def xlsform_locate(survey: Sequence[dict[str, str]]) -> Locate:
    """Map an instance path and attribute to the survey row that defines it.

    Rows are matched by their path inside groups and repeats (names may repeat in different
    groups), then by name alone.
    """
    rows: dict[str, int] = {}
    by_path: dict[str, int] = {}
    stack: list[str] = []
    for i, row in enumerate(survey):
        kind = str(row.get("type", "")).strip().lower()
        name = str(row.get("name", "")).strip()
        if kind.startswith("end") and ("group" in kind or "repeat" in kind):
            if stack:
                stack.pop()
            continue
        if name:
            rows.setdefault(name, i + 2)  # row 1 is the header
            by_path.setdefault("/".join([*stack, name]), i + 2)
        if kind.startswith("begin") and ("group" in kind or "repeat" in kind):
            stack.append(name)

    def locate(gpath: str, attribute: str) -> Location:
        name = gpath.rstrip("/").rsplit("/", 1)[-1]
        column = _COLUMNS.get(attribute, attribute) or None
        inner = "/".join(gpath.strip("/").split("/")[1:])  # without the root element
        row = by_path.get(inner) or rows.get(name)
        if row is None:
            return Location(sheet="survey", element=f"'{name}'", column=column)
        return Location(sheet="survey", row=row, column=column)

    return locate


def _locate_pyxform(
    message: str, survey: Sequence[dict[str, str]], choices: Sequence[dict[str, str]]
) -> FormLoadError:
    message = _clean(message)
    sheet_match = _SHEET.search(message)
    sheet = sheet_match.group(1) if sheet_match else None
    row_match = _PYXFORM_ROW.search(message)
    detail = _PYXFORM_ROW.sub("", message).strip()
    if row_match:
        return FormLoadError(
            "FORM003", Location(sheet=sheet or "survey", row=int(row_match.group(1))), detail=detail
        )
    if "'itemset' and 'list_name'" in detail:  # pyxform's words for a select with no list
        for i, row in enumerate(survey):
            words = str(row.get("type", "")).split()
            if len(words) == 1 and words[0].startswith(("select_", "rank")):
                return FormLoadError(
                    "FORM003",
                    Location(sheet="survey", row=i + 2, column="type"),
                    detail=f"'{words[0]}' needs the name of a list from the choices sheet "
                    f"after it ('{words[0]} LIST_NAME')",
                )
    found = _find_row(detail, survey, choices)
    if found is not None:
        return FormLoadError("FORM003", Location(sheet=found[0], row=found[1]), detail=detail)
    return FormLoadError("FORM003", Location(sheet=sheet) if sheet else None, detail=detail)


def _find_row(
    message: str, survey: Sequence[dict[str, str]], choices: Sequence[dict[str, str]]
) -> tuple[str, int] | None:
    """The row a message is about, found by a quoted name, type or list name it mentions."""
    if "choices" in message and "sheet" in message:
        lists = {str(row.get("list_name", "")).strip() for row in choices}
        for i, row in enumerate(survey):
            words = str(row.get("type", "")).split()
            if (
                len(words) > 1
                and words[0].startswith(("select_", "rank"))
                and words[1] not in lists
            ):
                return "survey", i + 2
    for name in reversed(_REFERENCE.findall(message)):  # "... for question ${score}": that row
        for i, row in enumerate(survey):
            if str(row.get("name", "")).strip() == name:
                return "survey", i + 2
    quoted = _QUOTED.findall(message) + _BRACKETED.findall(message)  # "See [x y] in [yn]"
    for word in quoted:
        for i, row in enumerate(survey):
            kind = str(row.get("type", "")).strip()
            if (
                str(row.get("name", "")).strip() == word
                or kind == word
                or (kind.split()[1:2] == [word] or kind.split()[:1] == [word])
            ):
                return "survey", i + 2
        for i, row in enumerate(choices):
            if word in (str(row.get("list_name", "")), str(row.get("name", ""))):
                return "choices", i + 2
    return None


def _clean(message: str) -> str:
    return " ".join(message.split())

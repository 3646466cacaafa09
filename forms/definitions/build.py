"""Build the shipped XLSForms (.xlsx) from their diff-friendly TOML sources.

The sources in ``forms/definitions/src/`` are what we review and merge: one TOML file per form plus
``common.toml`` (choice lists and messages shared by several forms). Every translatable text is a
table with one line per language, so a translation fix is a one-line diff. The .xlsx files next to
this module are generated, committed, and are what form authors open in Excel and what the app
loads. A test fails when a committed .xlsx no longer matches its source.

Run ``python -m forms.definitions.build`` to rebuild, ``--check`` to only verify (exit 1 when a
workbook is stale or a form does not convert cleanly with pyxform).

Source format (see docs/shipped-forms.md for the full description)::

    [settings]
    form_id = "intake"
    version = "2026112801"
    form_title.en = "Intake"        # one line per language; the workbook gets English and
    form_title.km = "..."           # titles.json all of them (XLSForm cannot translate a title)

    [[survey]]
    type = "select_one yes_no"
    name = "interpreter_present"
    required = "yes"
    label.en = "Is an interpreter present?"
    label.km = "..."            # one line per language: en km lo th my vi zh
    required_message = "@required"   # "@name" refers to [messages.name] in common.toml

    [choices.yes_no.yes]
    en = "Yes"
    km = "..."

``case_action`` and ``case_role`` are written as the columns ``bind::fieldcase:case_action`` and
``bind::fieldcase:case_role`` (what an update form does to its case; a form using them declares
``namespaces = 'fieldcase="urn:fieldcase:xforms"'`` in its [settings]).

Choice lists used by a form's select questions are taken from the form's own ``[choices]`` first,
then from ``common.toml``; only the lists a form uses are written into its workbook.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tomllib
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font
from openpyxl.workbook.workbook import Workbook

HERE = Path(__file__).resolve().parent
SOURCE_DIR = HERE / "src"
FORMS = ("intake", "follow_up", "referral", "closure")

# Language code -> XLSForm language name. The order is the column order in the workbook.
LANGUAGES: dict[str, str] = {
    "en": "English (en)",
    "km": "Khmer (km)",
    "lo": "Lao (lo)",
    "th": "Thai (th)",
    "my": "Burmese (my)",
    "vi": "Vietnamese (vi)",
    "zh": "Chinese (zh)",
}
DEFAULT_LANGUAGE = LANGUAGES["en"]

TRANSLATABLE = ("label", "hint", "constraint_message", "required_message")
# Plain (untranslated) survey columns, in workbook order; only the ones a form uses are written.
PLAIN_BEFORE = ("type", "name")
PLAIN_AFTER = (
    "required",
    "relevant",
    "constraint",
    "calculation",
    "default",
    "appearance",
    "parameters",
    "choice_filter",
    "read_only",
    "save_to",
    "case_action",
    "case_role",
)
# Source keys written under another column name: what the form does to a case, in fieldcase's
# namespace (forms/entities.py; the form's [settings] declare ``namespaces``).
COLUMN_NAMES = {
    "case_action": "bind::fieldcase:case_action",
    "case_role": "bind::fieldcase:case_role",
}
SURVEY_KEYS = frozenset(PLAIN_BEFORE + PLAIN_AFTER + TRANSLATABLE)
SETTINGS_COLUMNS = (
    "form_title",
    "form_id",
    "version",
    "default_language",
    "style",
    "namespaces",
)
ENTITIES_COLUMNS = ("list_name", "label", "entity_id", "create_if", "update_if")


class SourceError(Exception):
    """A form source is malformed; the message names the file and row."""


@dataclass(frozen=True)
class Sheet:
    """One worksheet as plain rows (header first); what we write and what tests compare."""

    name: str
    rows: list[list[str]]


def load_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _translations(value: Any, where: str, messages: Mapping[str, Any]) -> dict[str, str]:
    if isinstance(value, str) and value.startswith("@"):
        key = value[1:]
        if key not in messages:
            raise SourceError(f"{where}: unknown message reference {value!r}")
        value = messages[key]
    if not isinstance(value, Mapping):
        raise SourceError(f"{where}: expected a table of languages, got {value!r}")
    unknown = set(value) - set(LANGUAGES)
    if unknown:
        raise SourceError(f"{where}: unknown language code(s) {sorted(unknown)}")
    return {code: str(value.get(code, "")) for code in LANGUAGES}


def _select_list(type_: str) -> str | None:
    parts = type_.split()
    if len(parts) >= 2 and parts[0] in ("select_one", "select_multiple", "rank"):
        return parts[1]
    return None


def _expand(
    options: Mapping[str, Any], own: Mapping[str, Any], common: Mapping[str, Any]
) -> list[tuple[str, Any]]:
    """Options of a list; ``_include``/``_append`` = ["other_list"] splice another list's options
    at the start/end (TOML puts a table's plain keys before its sub-tables, hence two keys)."""
    out: list[tuple[str, Any]] = []
    tail: list[tuple[str, Any]] = []
    for name, labels in options.items():
        if name in ("_include", "_append"):
            spliced: list[tuple[str, Any]] = []
            for other in labels:
                included = own.get(other, common.get(other))
                if included is None:
                    raise SourceError(f"{name}: choice list {other!r} is not defined")
                spliced += _expand(included, own, common)
            if name == "_include":
                out += spliced
            else:
                tail += spliced
        else:
            out.append((name, labels))
    return out + tail


def build_sheets(form: str, source_dir: Path = SOURCE_DIR) -> list[Sheet]:
    """Turn one form's TOML source into survey/choices/settings rows."""
    common = load_toml(source_dir / "common.toml")
    src_path = source_dir / f"{form}.toml"
    src = load_toml(src_path)
    messages: dict[str, Any] = {**common.get("messages", {}), **src.get("messages", {})}

    rows: list[dict[str, Any]] = src.get("survey", [])
    if not rows:
        raise SourceError(f"{src_path.name}: no [[survey]] rows")
    used_plain: set[str] = set()
    used_trans: set[str] = set()
    survey_rows: list[dict[str, Any]] = []
    for i, row in enumerate(rows, start=1):
        where = f"{src_path.name} survey row {i} ({row.get('name', row.get('type'))})"
        unknown = set(row) - SURVEY_KEYS
        if unknown:
            raise SourceError(f"{where}: unknown column(s) {sorted(unknown)}")
        out: dict[str, Any] = {}
        for key, value in row.items():
            if key in TRANSLATABLE:
                out[key] = _translations(value, f"{where} {key}", messages)
                used_trans.add(key)
            else:
                out[key] = str(value)
                used_plain.add(key)
        survey_rows.append(out)

    trans_cols = [k for k in TRANSLATABLE if k in used_trans]
    plain_after = [k for k in PLAIN_AFTER if k in used_plain]
    header = list(PLAIN_BEFORE)
    for key in trans_cols[:2]:  # label and hint read best next to the name
        header += [f"{key}::{LANGUAGES[c]}" for c in LANGUAGES]
    header += plain_after
    for key in trans_cols[2:]:
        header += [f"{key}::{LANGUAGES[c]}" for c in LANGUAGES]
    survey = [[COLUMN_NAMES.get(col, col) for col in header]]
    for out in survey_rows:
        line: list[str] = []
        for col in header:
            if "::" in col:
                key, lang_name = col.split("::", 1)
                code = next(c for c, n in LANGUAGES.items() if n == lang_name)
                line.append(out.get(key, {}).get(code, "") if key in out else "")
            else:
                line.append(out.get(col, ""))
        survey.append(line)

    # Choice lists: the form's own first, then common ones, only those referenced.
    own_choices: dict[str, Any] = src.get("choices", {})
    common_choices: dict[str, Any] = common.get("choices", {})
    wanted: list[str] = []
    for out in survey_rows:
        name = _select_list(out.get("type", ""))
        if name and name not in wanted:
            wanted.append(name)
    choices = [["list_name", "name"] + [f"label::{n}" for n in LANGUAGES.values()]]
    for list_name in wanted:
        options = own_choices.get(list_name, common_choices.get(list_name))
        if options is None:
            raise SourceError(f"{src_path.name}: choice list {list_name!r} is not defined")
        for name, labels in _expand(options, own_choices, common_choices):
            where = f"{src_path.name} choices {list_name}.{name}"
            tr = _translations(labels, where, messages)
            choices.append([list_name, name] + [tr[c] for c in LANGUAGES])

    settings_src = dict(src.get("settings", {}))
    for required in ("form_id", "version", "form_title"):
        if required not in settings_src:
            raise SourceError(f"{src_path.name}: [settings] needs {required}")
    settings_src.setdefault("default_language", DEFAULT_LANGUAGE)
    title = settings_src["form_title"]
    if isinstance(title, dict):  # translated: the workbook holds English (see form_titles)
        settings_src["form_title"] = _translations(title, f"{src_path.name} form_title", {})["en"]
    cols = [c for c in SETTINGS_COLUMNS if c in settings_src]
    settings = [cols, [str(settings_src[c]) for c in cols]]
    sheets = [Sheet("survey", survey), Sheet("choices", choices), Sheet("settings", settings)]
    entities_src = dict(src.get("entities", {}))
    if entities_src:  # what the form saves to a case (ODK entities; see docs/form-authoring.md)
        cols = [c for c in ENTITIES_COLUMNS if c in entities_src]
        unknown = set(entities_src) - set(ENTITIES_COLUMNS)
        if unknown:
            raise SourceError(f"{src_path.name}: unknown [entities] key(s) {sorted(unknown)}")
        sheets.append(Sheet("entities", [cols, [str(entities_src[c]) for c in cols]]))
    return sheets


def to_workbook(sheets: Iterable[Sheet]) -> Workbook:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        for row in sheet.rows:
            ws.append([cell if cell != "" else None for cell in row])
        for cell in ws[1]:
            cell.font = bold
        ws.freeze_panes = "C2" if sheet.name in ("survey", "choices") else "A2"
        for idx, _ in enumerate(sheet.rows[0], start=1):
            letter = openpyxl.utils.get_column_letter(idx)
            ws.column_dimensions[letter].width = 28
    # Fixed document properties: part of what keeps rebuilds byte-stable (see workbook_bytes).
    stamp = datetime(2026, 1, 1)
    wb.properties.creator = "fieldcase forms/definitions/build.py"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.lastModifiedBy = "fieldcase"
    return wb


def workbook_bytes(sheets: Iterable[Sheet]) -> bytes:
    """The .xlsx bytes, byte-for-byte reproducible: zip entries get a fixed timestamp, so
    rebuilding an unchanged source leaves git with nothing to commit."""
    raw = io.BytesIO()
    to_workbook(sheets).save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" on save
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-01-01T00:00:00Z\g<2>",
                    content,
                )
            dst.writestr(fixed, content)
    return out.getvalue()


def read_workbook(path: Path | io.BytesIO) -> list[Sheet]:
    """Read a workbook back as plain string rows (the form of ``build_sheets``)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    out = []
    for ws in wb.worksheets:
        rows = [
            ["" if c is None else str(c) for c in row] for row in ws.iter_rows(values_only=True)
        ]
        width = max((len(r) for r in rows), default=0)
        out.append(Sheet(ws.title, [r + [""] * (width - len(r)) for r in rows]))
    wb.close()
    return out


TITLES = HERE / "titles.json"


def form_titles(forms: tuple[str, ...] = FORMS, source_dir: Path = SOURCE_DIR) -> bytes:
    """``titles.json``: each shipped form's title in every language, by form id. XLSForm has no
    translated form title (pyxform refuses ``form_title::...``), so the app reads these."""
    titles: dict[str, dict[str, str]] = {}
    for form in forms:
        settings = tomllib.loads((source_dir / f"{form}.toml").read_text("utf-8"))["settings"]
        title = settings["form_title"]
        where = f"{form}.toml form_title"
        texts = _translations(title, where, {}) if isinstance(title, dict) else {"en": title}
        titles[str(settings["form_id"])] = {code: texts[code] for code in texts if texts[code]}
    return (json.dumps(titles, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def xlsx_path(form: str) -> Path:
    return HERE / f"{form}.xlsx"


def convert_form(path: Path) -> tuple[str, list[str]]:
    """Convert with pyxform; returns the XForm and pyxform's warnings."""
    from pyxform.xls2xform import convert

    warnings: list[str] = []
    result = convert(xlsform=str(path), warnings=warnings)
    return result.xform, list(dict.fromkeys(warnings + list(result.warnings)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m forms.definitions.build",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "forms", nargs="*", default=list(FORMS), help="forms to build (default all)"
    )
    parser.add_argument("--check", action="store_true", help="verify only, write nothing")
    args = parser.parse_args(argv)
    status = 0
    for form in args.forms:
        action = "checked"
        try:
            sheets = build_sheets(form)
        except (SourceError, tomllib.TOMLDecodeError) as exc:
            print(f"{form}: {exc}", file=sys.stderr)
            status = 1
            continue
        target = xlsx_path(form)
        if args.check:
            if not target.exists() or read_workbook(target) != sheets:
                print(f"{form}: {target.name} is out of date; run the build", file=sys.stderr)
                status = 1
        else:
            data = workbook_bytes(sheets)
            action = "unchanged"
            if not target.exists() or target.read_bytes() != data:
                target.write_bytes(data)
                action = "wrote"
        if target.exists():
            try:
                _, warnings = convert_form(target)
            except Exception as exc:  # pyxform raises PyXFormError and others
                print(f"{form}: pyxform: {exc}", file=sys.stderr)
                status = 1
                continue
            for w in warnings:
                print(f"{form}: pyxform warning: {w}", file=sys.stderr)
                status = 1
        print(f"{form}: {action} {target.name}")
    if set(args.forms) == set(FORMS):
        titles = form_titles()
        if args.check:
            if not TITLES.exists() or TITLES.read_bytes() != titles:
                print(f"{TITLES.name} is out of date; run the build", file=sys.stderr)
                status = 1
        elif not TITLES.exists() or TITLES.read_bytes() != titles:
            TITLES.write_bytes(titles)
            print(f"wrote {TITLES.name}")
    return status


if __name__ == "__main__":
    sys.exit(main())

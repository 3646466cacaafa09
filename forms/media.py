"""Files a form reads besides itself: CSV and XML data attached as external secondary instances.

An XLSForm names such files with ``select_one_from_file cases.csv`` (a choice list) or
``pulldata('cases', 'name', 'case_id', ${case_id})`` (a lookup); pyxform turns both into
``<instance id="cases" src="jr://file-csv/cases.csv"/>``. The form does not carry the file: the
app (or ``forms run``, from the form's folder) supplies the bytes by file name when a session
starts, and they are read here the way ODK Collect reads them:

- **CSV**: UTF-8 (a byte-order mark is dropped), the first row names the columns; each further row
  becomes ``/root/item`` with one child per column (``instance('cases')/root/item[name=...]/label``).
- **XML**: the document as it is.

A file that cannot be read is a ``FormLoadError`` naming the file and the line, never a crash. A
file the form names but nobody supplied leaves an empty instance: its choice list is empty and
``pulldata`` gives blank, as in Collect without the media file.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

from forms.definition import FormDefinition
from forms.errors import FormLoadError, Location
from forms.instance import Node, document

_NAME = re.compile(r"^[A-Za-z_][\w.-]*$")
MAX_MEDIA_BYTES = 64 * 1024 * 1024


def external_files(definition: FormDefinition) -> dict[str, str]:
    """Instance id -> the file name the form expects (``cases`` -> ``cases.csv``)."""
    return dict(definition.external)


def read_instance(file_name: str, data: bytes, instance_id: str) -> Node:
    """The document node of one external instance read from ``data``."""
    if file_name.lower().endswith(".csv"):
        return _read_csv(file_name, data, instance_id)
    if file_name.lower().endswith(".xml"):
        try:
            return document(ET.fromstring(data), instance_id)
        except ET.ParseError as exc:
            raise _bad(file_name, str(exc)) from None
    raise _bad(file_name, "only .csv and .xml files can be read")


def _bad(file_name: str, detail: str, row: int | None = None) -> FormLoadError:
    return FormLoadError(
        "FORM010", Location(row=row) if row else None, file=file_name, detail=detail
    )


def _read_csv(file_name: str, data: bytes, instance_id: str) -> Node:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _bad(file_name, f"not UTF-8 text (byte {exc.start}); save it as CSV UTF-8") from None
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(rows)
    except StopIteration:
        raise _bad(file_name, "the file is empty") from None
    except csv.Error as exc:
        raise _bad(file_name, str(exc), 1) from None
    # A column whose name is not an XML name (``label::Khmer (km)``, ``notes (internal)``) cannot
    # be read by any expression; Collect keeps it unreachable, so it is left out here.
    columns = [h.strip() for h in header]
    usable = [i for i, name in enumerate(columns) if _NAME.match(name)]
    if not usable:
        raise _bad(file_name, "no column has a usable name (a word starting with a letter)", 1)
    doc = Node("#document")
    doc.gpath = f"instance({instance_id})"
    root = doc.append(Node("root"))
    root.gpath = f"{doc.gpath}/root"
    try:
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            item = root.append(Node("item"))
            item.gpath = f"{root.gpath}/item"
            for i in usable:
                name = columns[i]
                cell = row[i] if i < len(row) else ""
                item.append(Node(name, value=cell)).gpath = f"{item.gpath}/{name}"
    except csv.Error as exc:
        raise _bad(file_name, str(exc), rows.line_num) from None
    return doc


def instances_with_media(
    definition: FormDefinition, media: Mapping[str, bytes] | None
) -> dict[str, Node]:
    """The form's secondary instances, its external ones filled from ``media`` (file name ->
    bytes) where supplied."""
    instances = dict(definition.secondary)
    for instance_id, file_name in definition.external.items():
        data = (media or {}).get(file_name)
        if data is not None:
            instances[instance_id] = read_instance(file_name, data, instance_id)
    return instances


def media_beside(form_path: Path, definition: FormDefinition, *folders: Path) -> dict[str, bytes]:
    """The files ``definition`` names, looked for in ``folders`` first, then in ``FORM-media/``
    beside the form (the folder name ODK tools use), then beside the form itself."""
    places = [*folders, form_path.parent / f"{form_path.stem}-media", form_path.parent]
    found: dict[str, bytes] = {}
    for file_name in definition.external.values():
        for place in places:
            candidate = place / file_name
            if candidate.is_file():
                if candidate.stat().st_size > MAX_MEDIA_BYTES:
                    raise _bad(file_name, f"larger than {MAX_MEDIA_BYTES // (1024 * 1024)} MB")
                found[file_name] = candidate.read_bytes()
                break
    return found

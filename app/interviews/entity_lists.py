"""The case list a form reads, as ODK entity lists are read: ``cases.csv``.

The shipped update forms (follow_up, referral, closure) pick their case with
``select_one_from_file cases.csv``, and any form may look a case property up with
``pulldata('cases', 'prs_Citizenship', 'name', ${case_id})``. ODK Collect fills that file from the
server's entity list; fieldcase builds it, in memory only, from the case the interview is about:

- one row, never the whole case book: a form sees only the case it was opened from;
- columns ``name`` (the case id, the choice value), ``label`` (the person's name as the case list
  shows it) and every case property whose name can be read from an expression, with its current
  value (a list becomes space-separated, as a select_multiple answer is stored).

Nothing of it touches the disk: it is handed to the form session as bytes.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from app.cases.book import display_name
from app.cases.state import CaseState
from forms import FormDefinition

CASES_FILE = "cases.csv"
_READABLE = re.compile(r"^[A-Za-z_][\w.-]*$")


def reads_cases(definition: FormDefinition) -> bool:
    return CASES_FILE in definition.external.values()


def case_media(definition: FormDefinition, state: CaseState | None) -> dict[str, bytes]:
    """The data files ``definition`` reads that this laptop supplies (file name -> bytes), for an
    interview about the case ``state`` (None: about no case yet)."""
    if not reads_cases(definition):
        return {}
    if state is None:
        return {CASES_FILE: b"name,label\r\n"}
    case_id = state.case_id
    properties = {
        name: _cell(value)
        for name, value in sorted(state.fields.items())
        if _READABLE.match(name) and name not in ("name", "label") and _cell(value) is not None
    }
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "label", *properties])
    writer.writerow([case_id, display_name(state.fields) or case_id, *properties.values()])
    return {CASES_FILE: out.getvalue().encode("utf-8")}


def _cell(value: Any) -> str | None:
    if value is None or isinstance(value, (dict,)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return str(value)

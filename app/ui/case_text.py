"""How a case field and its value read on screen, in the interface language.

The app's own fields (status, closure, team...) and a few case fields have short words of the
app's own (``field_label`` and friends, translated with Qt); every other field reads as the label of
the question that writes it and every select value as its choice's label, from the forms
(``CaseWords``). Dates read as ``date_text`` writes them. A field no form knows shows its name, and
a code no form knows shows as it is: never nothing.
"""

from __future__ import annotations

from typing import Any

from app.ui.case_dialogs import closure_statuses, reason_text
from app.ui.case_table import country_name, date_text, field_label, status_text
from app.ui.case_words import CaseWords

STATUS = "_status"  # app.cases.events.STATUS, without loading the case code before login
DATE_FIELDS = {"prs_Birthdate", "return_date"}


def value_text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    return str(value)


def label_text(name: str, words: CaseWords | None = None) -> str:
    """A case field's words: the app's own short label where it has one, else the label of the
    question that writes it, in the interface language; its name only when no form asks it."""
    own = field_label(name)
    if own != name:
        return own
    return (words.label(name) if words is not None else None) or name


def field_text(name: str, value: Any, words: CaseWords | None = None) -> str:
    if name in DATE_FIELDS or (words is not None and words.qtype(name) == "date"):
        return date_text(value if isinstance(value, str) else None) or value_text(value)
    if name == "prs_Citizenship":
        return country_name(str(value))
    if name == STATUS:
        return status_text(str(value))
    if name == "_closure_status":
        return closure_statuses().get(str(value), str(value))
    if name == "_closure_reason":
        return reason_text(str(value))
    if words is not None and isinstance(value, str):
        return value_text(words.value(name, value))
    return value_text(value)

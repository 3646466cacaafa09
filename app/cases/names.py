"""A person's name as every screen shows it, from the case properties the forms save.

HTCDS keeps a name in parts: the given name (``prs_First_Name``) and the family name
(``prs_Second_Name``) in the person's own script, and the same two in Latin letters
(``prs_First_Name_Latin``, ``prs_Second_Name_Latin``; older cases keep the Latin name whole in
``prs_Name_Latin``). The parts are joined in the order of the person's citizenship (family name
first for Chinese, Vietnamese and Khmer names), and the name a case is shown by is the one in the
person's script with the Latin letters after it in parentheses: "សុខ ស្រីពៅ (Sok Sreypov)".
The case list, the case view, the same-person panel, the drafts and the printed case file all
show ``display_name``; the case list's stored column is derived from it (``CaseBook`` refolds the
rows when this rule changes: ``NAME_RULE``).

Any other case property with "name" in it (other names, a team's own form) is searched like the
name (``is_name_field``) but shown only when the case has none of the fields above.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

GIVEN = "prs_First_Name"
FAMILY = "prs_Second_Name"
GIVEN_LATIN = "prs_First_Name_Latin"
FAMILY_LATIN = "prs_Second_Name_Latin"
WHOLE_LATIN = "prs_Name_Latin"  # older cases: the Latin name in one field
CITIZENSHIP = "prs_Citizenship"
# Citizenships whose names are written family name first (given name last).
FAMILY_NAME_FIRST = frozenset({"CN", "VN", "KH"})
# Which rule the case list's stored names follow; changed with the rule, so that a workspace
# made before shows its cases by the new one (CaseBook refolds them once).
NAME_RULE = "2"


@lru_cache(maxsize=1024)  # a few dozen field names, asked of every case refolded
def is_name_field(name: str) -> bool:
    """A case property that holds (part of) a name: searched by name, matched across scripts."""
    return "name" in name.lower() and not name.startswith("_")


def _text(fields: dict[str, Any], name: str) -> str:
    value = fields.get(name)
    return " ".join(value.split()) if isinstance(value, str) else ""


def full_name(fields: dict[str, Any]) -> str:
    """The person's name as written in their own script: given and family name in the order of
    their citizenship."""
    return _join(fields, _text(fields, GIVEN), _text(fields, FAMILY))


def latin_name(fields: dict[str, Any]) -> str:
    """The name in Latin letters, in the same order (older cases keep it in one field)."""
    given = _text(fields, GIVEN_LATIN) or _text(fields, WHOLE_LATIN)
    return _join(fields, given, _text(fields, FAMILY_LATIN))


def _join(fields: dict[str, Any], given: str, family: str) -> str:
    if family and family in given.split():
        return given  # written whole in the first box
    family_first = fields.get(CITIZENSHIP) in FAMILY_NAME_FIRST
    parts = (family, given) if family_first else (given, family)
    return " ".join(p for p in parts if p)


def display_name(fields: dict[str, Any]) -> str:
    """The name a case is shown by: in the person's script, the Latin letters after it in
    parentheses when it has both; "" when no name is known."""
    own, latin = full_name(fields), latin_name(fields)
    if own and latin and latin != own:
        return f"{own} ({latin})"
    if own or latin:
        return own or latin
    parts = [
        " ".join(v.split())
        for k, v in sorted(fields.items())
        if is_name_field(k) and isinstance(v, str) and v.strip()
    ]
    return " ".join(dict.fromkeys(parts))

"""Turning what a person (or an answers file) gives into the string the XForm instance holds.

Values arrive as Python values (``17``, ``"១៧"``, ``["a", "b"]``, ``True``) or text typed in any of
the Mekong scripts. After normalisation (``forms.normalise``) each type has one stored form, the
one ODK submits: integers without a sign ``+`` or leading zeros, decimals as XPath numbers, dates
``YYYY-MM-DD``, times ``HH:MM:SS.mmm``, dateTimes ISO with milliseconds, select_multiple values
space-separated, geopoints ``lat lon alt accuracy``. Anything else is an ``AnswerError`` saying
which question and why.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping

from forms.definition import Field, FormDefinition
from forms.errors import AnswerError
from forms.instance import Node
from forms.normalise import TextNormaliser, normalise_answer
from forms.values import number_to_string, parse_date, parse_datetime

_INT = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")


def as_text(value: object) -> str:
    """A JSON-ish value as text: numbers without ``.0``, lists space-joined, ``None`` blank."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_to_string(value)
    if isinstance(value, (list, tuple)):
        return " ".join(as_text(v) for v in value)
    return str(value)


def allowed_values(
    definition: FormDefinition, fld: Field, instances: Mapping[str, Node] | None = None
) -> list[str] | None:
    """Every value a select may hold (ignoring choice filters); None when not knowable (choices
    from a repeat or an external file)."""
    control = fld.control
    if control is None or fld.qtype not in ("select_one", "select_multiple", "rank"):
        return None
    if control.choices is not None:
        return [c.value for c in control.choices]
    itemset = control.itemset
    if itemset is None or itemset.instance_id is None:
        return None
    doc = (instances if instances is not None else definition.secondary).get(itemset.instance_id)
    if doc is None or not re.fullmatch(r"[\w.-]+", itemset.value_ref):
        return None
    values = [c.value for n in doc.iter() for c in n.children if c.name == itemset.value_ref]
    return values or None


def coerce(
    value: object,
    field: Field,
    allowed: list[str] | None = None,
    hook: TextNormaliser | None = None,
) -> str:
    """The stored form of ``value`` for ``field``, or ``AnswerError`` (ANS003/ANS004)."""
    qtype = field.qtype
    if qtype == "acknowledge" and isinstance(value, bool):
        return "OK" if value else ""
    text = normalise_answer(as_text(value), qtype, hook)
    if text.strip() == "":
        return ""
    stored = _typed(text, qtype)
    if stored is None:
        raise AnswerError("ANS003", value=text, type=qtype.replace("_", " "), name=field.name)
    if allowed is not None and qtype in ("select_one", "select_multiple", "rank"):
        missing = [v for v in stored.split() if v not in allowed]
        if missing:
            shown = ", ".join(allowed[:12]) + (", ..." if len(allowed) > 12 else "")
            raise AnswerError("ANS004", value=missing[0], name=field.name, choices=shown)
    return stored


def _typed(text: str, qtype: str) -> str | None:
    stripped = text.strip()
    if qtype == "integer":
        return str(int(stripped)) if _INT.match(stripped) else None
    if qtype in ("decimal", "range"):
        if not _DECIMAL.match(stripped):
            return None
        number = float(stripped)
        if math.isinf(number):
            return None
        return (
            str(int(number))
            if qtype == "range" and number == int(number)
            else (number_to_string(number))
        )
    if qtype == "date":
        day = parse_date(stripped)
        if day is None:
            moment = parse_datetime(stripped)
            return moment.date().isoformat() if moment is not None else None
        return day.isoformat()
    if qtype == "time":
        return _time(stripped)
    if qtype == "datetime":
        moment = parse_datetime(stripped)
        if moment is None:
            day = parse_date(stripped)
            return None if day is None else f"{day.isoformat()}T00:00:00.000"
        text_out = moment.isoformat(timespec="milliseconds")
        return text_out[:-6] + "Z" if text_out.endswith("+00:00") and "Z" in stripped else text_out
    if qtype == "select_one":
        return stripped if " " not in stripped else None
    if qtype in ("select_multiple", "rank"):
        seen: list[str] = []
        for part in stripped.split():
            if part not in seen:
                seen.append(part)
        return " ".join(seen)
    if qtype == "geopoint":
        return _geopoint(stripped)
    if qtype == "acknowledge":
        return "OK" if stripped.lower() in ("ok", "true", "1", "yes") else None
    return text


def _time(text: str) -> str | None:
    m = _TIME.match(text)
    if m is None:
        return None
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    frac = (m.group(4) or ".000")[1:4].ljust(3, "0")
    zone = m.group(5) or ""
    if zone and zone != "Z" and ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    try:
        dt.time(hour, minute, second)
    except ValueError:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}.{frac}{zone}"


def _geopoint(text: str) -> str | None:
    parts = text.replace(",", " ").split()
    if not 2 <= len(parts) <= 4 or not all(_DECIMAL.match(p) for p in parts):
        return None
    numbers = [float(p) for p in parts]
    if not (-90 <= numbers[0] <= 90 and -180 <= numbers[1] <= 180):
        return None
    while len(numbers) < 4:
        numbers.append(0.0)
    return " ".join(number_to_string(n) for n in numbers)

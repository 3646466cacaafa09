"""XPath 1.0 values and their conversions (REC-xpath section 4 and 3.4), with ODK's date rule.

A value is a string, a float, a bool or a node-set (a list of nodes in document order, no
duplicates). Conversions follow XPath 1.0 exactly -- ``number('')`` is NaN, ``number(' 12 ')`` is
12, ``number('1e3')`` is NaN, ``string(1.0)`` is ``'1'``, ``string(0 div 0)`` is ``'NaN'`` -- with
one extension the ODK XForms spec makes: a date (``2024-05-01``) or dateTime string converts to a
number of days since 1970-01-01, so ``${visit} + 7`` and ``${a} < ${b}`` work on dates.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal

from forms.instance import Attr, Node

NodeLike = Node | Attr
Value = str | float | bool | list[NodeLike]

_XPATH_NUMBER = re.compile(r"^\s*-?(\d+(\.\d*)?|\.\d+)\s*$")
_DATE = re.compile(r"^\s*(-?\d{4,})-(\d{2})-(\d{2})\s*$")
_DATETIME = re.compile(
    r"^\s*(\d{4,})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$"
)
EPOCH = dt.date(1970, 1, 1)


def is_nodeset(value: Value) -> bool:
    return isinstance(value, list)


def node_string(node: NodeLike) -> str:
    return node.string_value()


def to_string(value: Value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return number_to_string(value)
    return node_string(value[0]) if value else ""


def number_to_string(x: float) -> str:
    """XPath 1.0 string(number): no exponent, no trailing ``.0``, ``NaN``, ``Infinity``."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == int(x) and abs(x) < 1e16:
        return str(int(x))
    text = format(Decimal(repr(x)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def parse_date(text: str) -> dt.date | None:
    m = _DATE.match(text)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_datetime(text: str) -> dt.datetime | None:
    """An ISO dateTime; naive when it has no zone (then read as local time by callers)."""
    m = _DATETIME.match(text)
    if m is None:
        return None
    try:
        frac = m.group(7) or ""
        micro = int((frac[1:] + "000000")[:6]) if frac else 0
        zone = m.group(8)
        tz: dt.tzinfo | None = None
        if zone == "Z":
            tz = dt.UTC
        elif zone:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            tz = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        return dt.datetime(
            int(m.group(1)),
            int(m.group(2)),
            int(m.group(3)),
            int(m.group(4)),
            int(m.group(5)),
            int(m.group(6) or 0),
            micro,
            tz,
        )
    except ValueError:
        return None


def datetime_to_days(moment: dt.datetime) -> float:
    if moment.tzinfo is None:
        moment = moment.astimezone()  # local time, as ODK reads a zoneless dateTime
    seconds = (moment - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)).total_seconds()
    return seconds / 86400.0


def string_to_number(text: str) -> float:
    if _XPATH_NUMBER.match(text):
        return float(text)
    day = parse_date(text)
    if day is not None:
        return float((day - EPOCH).days)
    moment = parse_datetime(text)
    if moment is not None:
        return datetime_to_days(moment)
    return math.nan


def to_number(value: Value) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    if isinstance(value, str):
        return string_to_number(value)
    return string_to_number(to_string(value))


def to_boolean(value: Value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not (value == 0 or math.isnan(value))
    if isinstance(value, str):
        return len(value) > 0
    return len(value) > 0


def bind_truth(value: Value) -> bool:
    """The truth of a bind's condition (relevant, required, readonly, constraint) as ODK Collect
    decides it: a node-set of exactly one node counts by its value, so ``relevant = ${x}`` is
    false while ``x`` is blank. (JavaRosa unpacks a single node before converting; plain XPath
    1.0, used everywhere else here, would call any existing node true.)"""
    if isinstance(value, list) and len(value) == 1:
        return to_boolean(to_string(value))
    return to_boolean(value)


def _compare_atoms(op: str, a: Value, b: Value) -> bool:
    """Compare two non-node-set values (XPath 1.0 3.4)."""
    if op in ("=", "!="):
        if isinstance(a, bool) or isinstance(b, bool):
            eq = to_boolean(a) == to_boolean(b)
        elif isinstance(a, float) or isinstance(b, float):
            eq = to_number(a) == to_number(b)
        else:
            eq = to_string(a) == to_string(b)
        return eq if op == "=" else not eq
    x, y = to_number(a), to_number(b)
    if op == "<":
        return x < y
    if op == "<=":
        return x <= y
    if op == ">":
        return x > y
    return x >= y


def compare(op: str, a: Value, b: Value) -> bool:
    """``a op b`` with XPath 1.0's existential node-set semantics."""
    a_set, b_set = isinstance(a, list), isinstance(b, list)
    if not a_set and not b_set:
        return _compare_atoms(op, a, b)
    if a_set and b_set:
        assert isinstance(a, list) and isinstance(b, list)
        if op in ("=", "!="):
            right = [node_string(n) for n in b]
            return any(_compare_atoms(op, node_string(m), r) for m in a for r in right)
        right_n = [string_to_number(node_string(n)) for n in b]
        return any(
            _compare_atoms(op, string_to_number(node_string(m)), r) for m in a for r in right_n
        )
    if a_set:
        assert isinstance(a, list) and not isinstance(b, list)
        return _compare_set(op, a, b, set_on_left=True)
    assert isinstance(b, list) and not isinstance(a, list)
    return _compare_set(op, b, a, set_on_left=False)


def _compare_set(op: str, nodes: list[NodeLike], other: Value, set_on_left: bool) -> bool:
    if isinstance(other, bool):
        mine: Value = to_boolean(nodes)
        return _compare_atoms(op, mine, other) if set_on_left else _compare_atoms(op, other, mine)
    for n in nodes:
        s = node_string(n)
        atom: Value = string_to_number(s) if isinstance(other, float) else s
        if op not in ("=", "!=") and isinstance(atom, str):
            atom = string_to_number(atom)
        result = _compare_atoms(op, atom, other) if set_on_left else _compare_atoms(op, other, atom)
        if result:
            return True
    return False


def days_to_date(days: float) -> dt.date | None:
    if math.isnan(days) or math.isinf(days) or abs(days) > 3_000_000:
        return None
    return EPOCH + dt.timedelta(days=math.floor(days))


def to_date(value: Value) -> dt.date | None:
    """A date from a date string, a dateTime string (its date) or a number of days."""
    if isinstance(value, (float, bool)):
        return days_to_date(to_number(value))
    text = to_string(value).strip()
    day = parse_date(text)
    if day is not None:
        return day
    moment = parse_datetime(text)
    if moment is not None:
        return moment.date()
    if _XPATH_NUMBER.match(text):
        return days_to_date(float(text))
    return None


def to_datetime(value: Value) -> dt.datetime | None:
    if isinstance(value, (float, bool)):
        days = to_number(value)
        if math.isnan(days) or math.isinf(days):
            return None
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=days)
    text = to_string(value).strip()
    moment = parse_datetime(text)
    if moment is not None:
        return moment
    day = parse_date(text)
    if day is not None:
        return dt.datetime(day.year, day.month, day.day)
    if _XPATH_NUMBER.match(text):
        return to_datetime(float(text))
    return None

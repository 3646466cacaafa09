"""Dates and times: today(), now(), date(), format-date() ... as the ODK XForms spec has them.

Dates travel as ISO strings (``2024-05-01``); arithmetic on them works through ``forms.values``'
date-aware number conversion (days since 1970-01-01).
"""

from __future__ import annotations

import datetime as dt
import math
import re

from forms.errors import EvaluationError
from forms.evaluate import Context
from forms.functions import fn
from forms.values import (
    Value,
    datetime_to_days,
    parse_datetime,
    to_date,
    to_datetime,
    to_string,
)

# ----------------------------------------------------------------------------------------- dates


def format_date_string(day: dt.date) -> str:
    return day.isoformat()


def format_datetime_string(moment: dt.datetime) -> str:
    """ODK's dateTime form: ``2024-05-01T09:30:00.000+07:00``."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    text = moment.isoformat(timespec="milliseconds")
    return text.replace("+00:00", "Z") if text.endswith("+00:00") else text


@fn("today", nargs=(0, 0))
def _today(ctx: Context, args: list[Value]) -> Value:
    return format_date_string(ctx.env.now().date())


@fn("now", nargs=(0, 0))
def _now(ctx: Context, args: list[Value]) -> Value:
    return format_datetime_string(ctx.env.now())


@fn("date", nargs=(1, 1))
def _date(ctx: Context, args: list[Value]) -> Value:
    if isinstance(args[0], (str, list)) and to_string(args[0]).strip() == "":
        return ""
    day = to_date(args[0])
    if day is None:
        raise EvaluationError(f"date(): '{to_string(args[0])}' is not a date")
    return format_date_string(day)


@fn("date-time", nargs=(1, 1))
def _date_time(ctx: Context, args: list[Value]) -> Value:
    moment = to_datetime(args[0])
    if moment is None:
        if to_string(args[0]).strip() == "":
            return ""
        raise EvaluationError(f"date-time(): '{to_string(args[0])}' is not a date and time")
    return format_datetime_string(moment)


@fn("decimal-date-time", nargs=(1, 1))
def _decimal_date_time(ctx: Context, args: list[Value]) -> Value:
    moment = to_datetime(args[0])
    return math.nan if moment is None else datetime_to_days(moment)


@fn("decimal-time", nargs=(1, 1))
def _decimal_time(ctx: Context, args: list[Value]) -> Value:
    text = to_string(args[0]).strip()
    m = re.match(r"^(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$", text)
    if m is None:
        return math.nan
    moment = parse_datetime(f"1970-01-01T{text}")
    if moment is None:
        return math.nan
    if moment.tzinfo is not None:
        moment = moment.astimezone(ctx.env.now().tzinfo or dt.UTC)
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6
    return seconds / 86400.0


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


def format_moment(moment: dt.datetime, pattern: str) -> str:
    """ODK format-date(): %Y %y %m %n %b %d %e %H %h %M %S %3 %a."""
    codes = {
        "Y": f"{moment.year:04d}",
        "y": f"{moment.year % 100:02d}",
        "m": f"{moment.month:02d}",
        "n": str(moment.month),
        "b": _MONTHS[moment.month - 1],
        "d": f"{moment.day:02d}",
        "e": str(moment.day),
        "H": f"{moment.hour:02d}",
        "h": str(moment.hour),
        "M": f"{moment.minute:02d}",
        "S": f"{moment.second:02d}",
        "3": f"{moment.microsecond // 1000:03d}",
        "a": _DAYS[moment.weekday()],
    }
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "%" and i + 1 < len(pattern):
            out.append(codes.get(pattern[i + 1], pattern[i + 1]))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


@fn("format-date", "format-date-time", nargs=(2, 2))
def _format_date(ctx: Context, args: list[Value]) -> Value:
    moment = to_datetime(args[0])
    if moment is None:
        return ""
    return format_moment(moment, to_string(args[1]))

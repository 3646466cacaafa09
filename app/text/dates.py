"""Dates typed the way people in the region write them, stored as ISO dates.

Thailand counts years in the Buddhist Era (BE), 543 years ahead of the Common Era: 2569 BE is
2026 CE. A Thai social worker, or a Thai document, gives a date of birth as ``15/3/2569`` or
``15 มี.ค. 2569``; the app must read it as 2026-03-15 and may show it back in BE.

The year rule (documented in docs/text-and-fonts.md):

1. An explicit era marker decides: ``พ.ศ.``/``BE``/``B.E.`` for Buddhist Era, ``ค.ศ.``/``CE``/``AD``
   for Common Era.
2. Otherwise a four-digit year of 2400 or more is BE (2400 BE = 1857 CE; no date in a case file is
   in CE 2400 or later), and a year from 1800 to 2399 is CE. Between 2100 and 2399 no real date
   exists in either reading a case would hold today, so such years are refused rather than guessed.
3. A two-digit year is refused (write the year in full), except after a Thai month name or with
   ``พ.ศ.``, where Thai usage makes it the last two digits of a BE year in the 2500s
   (``15 มี.ค. 69`` is 2569 BE, 2026 CE).

Numbers may be in any digits (Thai, Lao, Khmer, Myanmar, full-width). Day comes before month when
a date starts with the day (the region's order, never US month/day); a date that starts with a
four-digit year is year-month-day; Chinese ``2026年3月15日`` is read too.

The Thai year started on 1 April until 2483 BE (1940); dates between 1 January and 31 March of
those years are one BE year off in old documents. The rule above applies the modern reckoning.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Literal

from app.errors import BadInput
from app.text import _icu
from app.text.digits import fold_digits, to_native_digits

BE_OFFSET = 543
BE_FROM = 2400  # a four-digit year at or above this is Buddhist Era
CE_FROM = 1800
CE_UNTIL = 2100  # CE years up to, not including, this one are accepted

Era = Literal["ce", "be"]


class DateNotUnderstood(BadInput):
    """The text is not a date the app can read; the message says why, for the person typing."""


_THAI_MONTHS: dict[str, int] = {}
for _number, (_full, _short) in enumerate(
    [
        ("มกราคม", "ม.ค."),
        ("กุมภาพันธ์", "ก.พ."),
        ("มีนาคม", "มี.ค."),
        ("เมษายน", "เม.ย."),
        ("พฤษภาคม", "พ.ค."),
        ("มิถุนายน", "มิ.ย."),
        ("กรกฎาคม", "ก.ค."),
        ("สิงหาคม", "ส.ค."),
        ("กันยายน", "ก.ย."),
        ("ตุลาคม", "ต.ค."),
        ("พฤศจิกายน", "พ.ย."),
        ("ธันวาคม", "ธ.ค."),
    ],
    start=1,
):
    _THAI_MONTHS[_full] = _number
    _THAI_MONTHS[_short] = _number
    _THAI_MONTHS[_short.replace(".", "")] = _number

_ENGLISH_MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    start=1,
):
    _ENGLISH_MONTHS[_name] = _number
    _ENGLISH_MONTHS[_name[:3]] = _number
_ENGLISH_MONTHS["sept"] = 9

_BE_MARKERS = re.compile(r"(พ\s*\.\s*ศ\s*\.?|\bb\.?\s*e\b\.?)", re.IGNORECASE)
_CE_MARKERS = re.compile(r"(ค\s*\.\s*ศ\s*\.?|\bc\.?\s*e\b\.?|\ba\.?\s*d\b\.?)", re.IGNORECASE)

_SEP = r"\s*[-/.]\s*"
_YMD = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})")
_DMY = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{2,4}})")
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
_MONTH_NAMES = sorted([*_THAI_MONTHS, *_ENGLISH_MONTHS], key=len, reverse=True)
_NAMED = re.compile(
    r"(\d{1,2})\s*(" + "|".join(re.escape(m) for m in _MONTH_NAMES) + r")\.?,?\s*(\d{2,4})",
    re.IGNORECASE,
)


def be_to_ce(year: int) -> int:
    return year - BE_OFFSET


def ce_to_be(year: int) -> int:
    return year + BE_OFFSET


def _year(raw: str, era: Era | None, thai_short_ok: bool) -> int:
    value = int(raw)
    if len(raw) <= 2:
        if thai_short_ok or era == "be":
            return be_to_ce(2500 + value)
        raise DateNotUnderstood(f"write the year in full: {raw!r} could be more than one year")
    if len(raw) == 3:
        raise DateNotUnderstood(f"{raw!r} is not a year")
    if era == "be" or (era is None and value >= BE_FROM):
        value = be_to_ce(value)
    if not CE_FROM <= value < CE_UNTIL:
        raise DateNotUnderstood(f"the year {raw} is not one a case can hold")
    return value


def parse_date(text: str) -> date:
    """Read a date typed in any of the region's usual ways; raise DateNotUnderstood otherwise.

    >>> parse_date("15/3/2569"), parse_date("๑๕ มี.ค. ๖๙"), parse_date("2026年3月15日")
    (datetime.date(2026, 3, 15), datetime.date(2026, 3, 15), datetime.date(2026, 3, 15))
    """
    cleaned = unicodedata.normalize("NFKC", fold_digits(text)).strip()
    if not cleaned:
        raise DateNotUnderstood("no date given")
    era: Era | None = None
    if _BE_MARKERS.search(cleaned):
        era = "be"
        cleaned = _BE_MARKERS.sub(" ", cleaned)
    elif _CE_MARKERS.search(cleaned):
        era = "ce"
        cleaned = _CE_MARKERS.sub(" ", cleaned)
    cleaned = cleaned.strip()

    thai_month = False
    if m := _CHINESE.fullmatch(cleaned) or _YMD.fullmatch(cleaned):
        y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    elif m := _DMY.fullmatch(cleaned):
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
    elif m := _NAMED.fullmatch(cleaned):
        name = m.group(2).lower().rstrip(".")
        month = _ENGLISH_MONTHS.get(name) or _THAI_MONTHS.get(m.group(2)) or _THAI_MONTHS.get(name)
        if month is None:
            raise DateNotUnderstood(f"{m.group(2)!r} is not a month")
        thai_month = m.group(2) not in _ENGLISH_MONTHS and name not in _ENGLISH_MONTHS
        d, mo, y = int(m.group(1)), month, m.group(3)
    else:
        raise DateNotUnderstood(f"{text!r} is not a date (write day/month/year)")
    year = _year(y, era, thai_short_ok=thai_month)
    try:
        return date(year, mo, d)
    except ValueError:
        raise DateNotUnderstood(f"{text!r} is not a real date") from None


def default_era(locale: str) -> Era:
    """The era a user of ``locale`` is likely to prefer when nothing is set: BE for Thai."""
    return "be" if locale.split("-")[0].split("_")[0] == "th" else "ce"


def format_date(
    value: date,
    *,
    era: Era = "ce",
    style: Literal["numeric", "long"] = "numeric",
    locale: str = "en",
    native_digits: bool = False,
) -> str:
    """Show a stored date: ``15/03/2569`` (numeric, day first) or the locale's long form
    (``15 มีนาคม 2569``), in the chosen era, optionally in the locale's own digits.

    Storage never uses this: dates are stored as ``value.isoformat()``.
    """
    language = locale.replace("_", "-").split("-")[0]
    if style == "long":
        # Explicit calendar: ICU's Thai locale counts in BE by default.
        icu_locale = language + ("@calendar=buddhist" if era == "be" else "@calendar=gregorian")
        text = _icu.long_date(icu_locale, value.year, value.month, value.day)
        if not native_digits:
            return fold_digits(text)
    else:
        year = ce_to_be(value.year) if era == "be" else value.year
        text = f"{value.day:02d}/{value.month:02d}/{year:04d}"
    return to_native_digits(text, language) if native_digits else text

"""The one way the interface writes a date: day, month name and four-digit year, in the interface
language, in that language's own order, never a weekday. Thai gives the Buddhist Era year (543
ahead), as Thai offices write it. ``2 November 2026``, ``2 វិច្ឆិកា 2026``, ``2 พฤศจิกายน 2569``,
``2026年11月2日``: a date that reads the same to everyone of a team, wherever they come from
(``11/7/2026`` is 7 November to some and 11 July to others).

``date_text`` is for days (a visit, a birth date, the next follow-up); ``moment_text`` is for
moments stored in UTC (a draft saved, a form finished, the last sync): the same date, in this
laptop's time zone, and the 24-hour time. Both read the default ``QLocale``, which the app sets
to the interface language. Every screen writes its dates with these two.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

WEEKDAY_FIRST = re.compile(r"^dddd[^dMy]*")  # "dddd, " and Thai "ddddที่ "
WEEKDAY_LAST = re.compile(r"[\s,]*dddd$")  # Burmese "... d dddd", Chinese "...日dddd"
# English's own long form is "MMMM d, yyyy" and Burmese's "yyyy MMMM d": the team writes the day
# first, then the month's name, then the year (Chinese keeps 2026年11月2日: unambiguous).
OWN_PATTERNS = {
    QLocale.Language.English: "d MMMM yyyy",
    QLocale.Language.Burmese: "d MMMM yyyy",
}


def date_pattern(locale: QLocale) -> str:
    """The locale's long date form without the weekday, with a four-digit year."""
    own = OWN_PATTERNS.get(locale.language())
    if own is not None:
        return own
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = WEEKDAY_LAST.sub("", WEEKDAY_FIRST.sub("", pattern)).strip(" ,")
    return re.sub(r"y+", "yyyy", pattern)


def date_text(value: date | datetime | str | None) -> str:
    """A day as the interface writes it; "" for None, and a text that is no ISO date as it is."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    locale = QLocale()
    pattern = date_pattern(locale)
    if locale.language() == QLocale.Language.Thai:
        year = locale.toString(value.year + 543).replace(locale.groupSeparator(), "")
        pattern = pattern.replace("yyyy", f"'{year}'")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def moment_text(value: datetime | str | None) -> str:
    """A moment (aware, or ISO text; naive means UTC) as this laptop's date and 24-hour time."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone()
    time = QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
    return f"{date_text(local.date())}, {time}"

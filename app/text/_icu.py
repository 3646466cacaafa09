"""ICU objects, built once per thread.

PyICU wraps ICU4C. Transliterators, collators and break iterators are costly to build (a rule set
is compiled, a dictionary loaded) and are not safe to share between threads while in use, so each
thread keeps its own, built on first use. ``icu`` ships no type information: this module is the one
place that touches it untyped, and hands out plain ``str`` and ``bytes``.
"""

from __future__ import annotations

import threading
from typing import Any

import icu  # type: ignore[import-untyped]

_local = threading.local()

ICU_VERSION: str = str(icu.ICU_VERSION)


def _cache(name: str) -> dict[str, Any]:
    cache: dict[str, Any] | None = getattr(_local, name, None)
    if cache is None:
        cache = {}
        setattr(_local, name, cache)
    return cache


def transliterate(transform_id: str, text: str) -> str:
    """Run an ICU transform by id (e.g. ``"Zawgyi-my"``, ``"Any-Latin; Latin-ASCII"``)."""
    cache = _cache("transliterators")
    trans = cache.get(transform_id)
    if trans is None:
        trans = icu.Transliterator.createInstance(transform_id)
        cache[transform_id] = trans
    return str(trans.transliterate(text))


def sort_key(locale: str, text: str) -> bytes:
    """The ICU collation key of ``text`` for ``locale`` (a BCP 47 tag or ICU locale id)."""
    cache = _cache("collators")
    collator = cache.get(locale)
    if collator is None:
        collator = icu.Collator.createInstance(icu.Locale(locale.replace("-", "_")))
        cache[locale] = collator
    return bytes(collator.getSortKey(text))


# ICU rule status of a word break: below 100 the segment is not a word (space, punctuation).
_WORD_NONE_LIMIT = 100


def word_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets (Python string indexes) of the words of ``text``.

    ICU's word break iterator segments Thai, Lao, Khmer and Burmese with dictionaries and Chinese
    by its own dictionary; the locale makes no difference to which dictionary is used.
    """
    cache = _cache("breakers")
    breaker = cache.get("word")
    if breaker is None:
        breaker = icu.BreakIterator.createWordInstance(icu.Locale.getRoot())
        cache["word"] = breaker
    # ICU counts UTF-16 code units; map them back to Python indexes.
    units: list[int] = []
    for index, ch in enumerate(text):
        units.append(index)
        if ord(ch) > 0xFFFF:
            units.append(index)
    units.append(len(text))
    breaker.setText(text)
    spans: list[tuple[int, int]] = []
    start = breaker.first()
    for end in breaker:
        if breaker.getRuleStatus() >= _WORD_NONE_LIMIT:
            spans.append((units[start], units[end]))
        start = end
    return spans


def long_date(locale: str, year: int, month: int, day: int) -> str:
    """A date written out the locale's way (``DateFormat.LONG``), e.g. with the Buddhist calendar
    when ``locale`` carries ``@calendar=buddhist``."""
    cache = _cache("date_formats")
    fmt = cache.get(locale)
    if fmt is None:
        fmt = icu.DateFormat.createDateInstance(icu.DateFormat.LONG, icu.Locale(locale))
        fmt.setTimeZone(icu.TimeZone.getGMT())
        cache[locale] = fmt
    gmt = icu.GregorianCalendar(icu.TimeZone.getGMT())
    gmt.clear()
    gmt.set(year, month - 1, day)
    return str(fmt.format(gmt.getTime()))

"""Text of the Mekong region: Burmese in Zawgyi, native digits, Buddhist Era dates, names found
however they are typed, sorted the way each language sorts, and words of unspaced scripts.

Qt-free. Built on ICU (PyICU) and Google's myanmartools; see docs/text-and-fonts.md.

Modules: ``zawgyi`` (detect and convert), ``digits`` (fold native digits), ``dates`` (BE years),
``search`` (index terms, queries, :class:`NameIndex`), ``collation`` (sort keys), ``segment``
(word segmentation), ``romanize`` (Latin spellings for search).
"""

from __future__ import annotations

from app.text.collation import sort_key, sorted_names
from app.text.dates import DateNotUnderstood, default_era, format_date, parse_date
from app.text.digits import fold_digits, parse_int, to_native_digits
from app.text.romanize import romanize
from app.text.search import (
    NameIndex,
    Query,
    match_rank,
    matches,
    parse_query,
    search_keys,
)
from app.text.segment import words
from app.text.zawgyi import ZawgyiCheck, check_zawgyi, zawgyi_probability, zawgyi_to_unicode

__all__ = [
    "DateNotUnderstood",
    "NameIndex",
    "Query",
    "ZawgyiCheck",
    "check_zawgyi",
    "default_era",
    "fold_digits",
    "format_date",
    "match_rank",
    "matches",
    "parse_date",
    "parse_int",
    "parse_query",
    "romanize",
    "search_keys",
    "sort_key",
    "sorted_names",
    "to_native_digits",
    "words",
    "zawgyi_probability",
    "zawgyi_to_unicode",
]

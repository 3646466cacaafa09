"""Names in the order a reader of each language expects.

Code-point order is wrong for every script of the region: Thai and Lao vowels written before their
consonant (``เ``, ``ແ``) would sort before all consonants, Khmer subscript consonants would sort by
the invisible ``្``, Vietnamese ``Đ`` would follow ``Z``, Chinese would sort by Unicode block rather
than by pinyin. ICU's collator for the reader's locale knows each language's rules.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.text import _icu


def sort_key(text: str, locale: str) -> bytes:
    """The key to sort ``text`` by for a reader of ``locale`` (``"th"``, ``"km"``, ``"zh"``,
    ``"vi"``, ``"en"``...). Keys compare as bytes; store them to sort in the database."""
    return _icu.sort_key(locale, text)


def sorted_names(names: Iterable[str], locale: str) -> list[str]:
    """``names`` in ``locale``'s order."""
    return sorted(names, key=lambda name: _icu.sort_key(locale, name))

"""The name-order entries: rows of ``case_order`` (migration 0024; before it, of ``case_terms``
beside the search terms) that keep each case's first letters in name order, so a common query's page is read by walking one prefix's entries
instead of every match. ``CaseBook._refresh`` writes them (``order_entries``), the case list's
search walks them (``app.cases.case_list``); this module is their format, shared by both. The
entries of a case are a function of its search terms and sort key alone: the book finds those it
stored from the terms and key it stored (``case_order`` has no index by case).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.text.search import LOOSE, WHOLE

# A name-order entry (a row of case_order, with the case's id): ORDER, the first
# ORDER_PREFIX letters of a term (a loose key's marker and letters), NUL, the case's sort key
# (each byte b as the character b + 1, which keeps the order). Walking one prefix's entries
# yields its cases in name order: a common query's page is read without its other matches.
# One letter (migration 0026; two before it): a query form of two letters or more walks its
# first letter's entries, each checked against the terms; a case writes about 6 entries, not 14.
ORDER = "\u0003"
ORDER_PREFIX = 1


_SHIFTED = [chr(b + 1) for b in range(256)]
_SHIFT = bytes(range(1, 256)) + b"\x00"  # byte b as b + 1 (255 has no byte: done by _SHIFTED)


def order_text(key: bytes) -> str:
    if 255 not in key:  # (nearly every key: one C call instead of a character a byte)
        return key.translate(_SHIFT).decode("latin-1")
    return "".join(map(_SHIFTED.__getitem__, key))


def order_bytes(text: str) -> bytes:
    return bytes(ord(c) - 1 for c in text)


def order_entries(terms: Iterable[str], sort_key: bytes) -> set[str]:
    """The name-order entries of a case with these search terms and this sort key."""
    tail = "\x00" + order_text(sort_key)
    heads: set[str] = set()  # the prefixes first: many terms of a name share them
    add = heads.add
    for term in terms:  # each prefix of 1 to ORDER_PREFIX letters (after a loose key's marker)
        if term[:1] == LOOSE:
            size = len(term)
            if size > 1:
                for length in _LENGTHS[1]:  # (past the term's end, the term itself again)
                    add(term[:length])
                if size == 2:  # a one-letter loose key, which a query must equal
                    add(term + WHOLE)
        elif term:
            for length in _LENGTHS[0]:
                add(term[:length])
    return {ORDER + prefix + tail for prefix in heads}


_LENGTHS = (range(1, ORDER_PREFIX + 1), range(2, ORDER_PREFIX + 2))
"""The prefixes' lengths of a term, and of a loose key (after its marker)."""


def order_prefix(form: str) -> tuple[str, bool]:
    """The name-order prefix that holds every term a query form finds, and whether the form
    must still be checked against the terms (it is longer, or must equal a term)."""
    whole = form.endswith(WHOLE)
    text = form.removesuffix(WHOLE)
    head = 1 if text.startswith(LOOSE) else 0
    if whole and len(text) == head + 1:
        return form, False  # the entries of exactly this one-letter key
    prefix = text[: head + ORDER_PREFIX]
    return prefix, whole or len(text) > len(prefix)

"""Digits typed in the region's own numerals, read as numbers.

People type numbers in Khmer (០–៩), Lao (໐–໙), Thai (๐–๙), Myanmar (၀–၉, and Shan ႐–႙),
full-width (０–９, from Chinese input methods) or ASCII digits, and mix them. Numbers are stored
and compared in ASCII; these functions are for search, dates and any free text holding numbers.
(The form engine folds the digits of its answers itself.)

Folding uses each character's Unicode decimal value, so every decimal digit of every script is
covered, not only the region's. One Burmese habit is handled on purpose: the letter wa ``ဝ``
(U+101D) looks exactly like the digit zero ``၀`` (U+1040) and is often typed for it; inside a run
of Myanmar digits :func:`fold_digits` reads it as 0, and elsewhere it stays a letter.
"""

from __future__ import annotations

import re
import unicodedata

# Zero of each script the app can write numbers in (digits follow zero in every one of them).
NATIVE_ZERO = {
    "km": "\u17e0",  # ០
    "lo": "\u0ed0",  # ໐
    "th": "\u0e50",  # ๐
    "my": "\u1040",  # ၀
    "zh": "\uff10",  # ０ (full-width; Chinese writes ASCII digits, full-width in CJK text)
}

_MYANMAR_WA = "\u101d"
_MYANMAR_DIGITS = "\u1040-\u1049"
_MYANMAR_NUMBER_RUN = re.compile(rf"[{_MYANMAR_DIGITS}{_MYANMAR_WA}]+")


def _wa_as_zero(run: re.Match[str]) -> str:
    text = run.group(0)
    if text.strip(_MYANMAR_WA):  # holds a real digit: every wa in it is a zero
        return text.replace(_MYANMAR_WA, "\u1040")
    return text


def fold_digits(text: str) -> str:
    """``text`` with every decimal digit of any script replaced by its ASCII digit.

    ``fold_digits("១៥/៣/២៥៦៩") == "15/3/2569"``; letters and other characters are kept.
    """
    if text.isascii():
        return text
    if _MYANMAR_WA in text:
        text = _MYANMAR_NUMBER_RUN.sub(_wa_as_zero, text)
    out: list[str] = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        value = unicodedata.decimal(ch, -1)
        out.append(str(value) if value >= 0 else ch)
    return "".join(out)


_INTEGER = re.compile(r"[+-]?[0-9]+")


def parse_int(text: str) -> int | None:
    """The integer ``text`` holds, in any digits, or None. Surrounding spaces and grouping
    separators (``,`` and the thin and normal spaces between thousands) are allowed."""
    folded = fold_digits(text).strip().replace(",", "").replace("\u202f", "").replace("\u00a0", "")
    if not _INTEGER.fullmatch(folded):
        return None
    return int(folded)


def to_native_digits(text: str, script: str) -> str:
    """``text`` with its ASCII digits written in ``script``'s numerals (``km``, ``lo``, ``th``,
    ``my``, ``zh`` for full-width); any other script returns ``text`` unchanged."""
    zero = NATIVE_ZERO.get(script)
    if zero is None:
        return text
    base = ord(zero)
    return "".join(chr(base + ord(ch) - 48) if "0" <= ch <= "9" else ch for ch in text)

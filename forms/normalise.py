"""Input normalisation: every answer passes through here before any logic sees it.

Text is put in Unicode NFC (Khmer, Thai, Lao, Burmese and Vietnamese can be typed as different code
point sequences that look the same; logic and search must see one). Numbers, dates and times also
accept the digits people type in the Mekong region -- Khmer, Lao, Thai, Myanmar (and Shan), and
full-width -- and are stored with ASCII digits, as ODK stores them.

The app adds script-specific steps (Burmese Zawgyi -> Unicode, Thai Buddhist-Era years) through the
``TextNormaliser`` hook passed to ``FormSession``; the engine stays free of those rules.
"""

from __future__ import annotations

import unicodedata
from typing import Protocol

from forms.instance import xml_text

# Zero of each digit block; the next nine code points are 1..9.
_DIGIT_ZEROS = {
    "\u17e0": "Khmer",
    "\u0ed0": "Lao",
    "\u0e50": "Thai",
    "\u1040": "Myanmar",
    "\u1090": "Myanmar Shan",
    "\uff10": "full-width",
    "\u0660": "Arabic-Indic",
    "\u06f0": "Extended Arabic-Indic",
    "\u0966": "Devanagari",
}
_DIGITS = {ord(chr(ord(zero) + i)): str(i) for zero in _DIGIT_ZEROS for i in range(10)}
# Full-width punctuation that appears in typed numbers and dates.
_DIGITS.update({ord("\uff0e"): ".", ord("\uff0d"): "-", ord("\uff1a"): ":", ord("\uff0b"): "+"})
_DIGITS.update({ord("\u2212"): "-", ord("\uff0f"): "/"})


class TextNormaliser(Protocol):
    """Hook the app supplies: ``(text, question type) -> text``.

    Called on every answer after NFC and before type checks; ``qtype`` is the XLSForm-like type
    (``text``, ``integer``, ``date``, ``select_one`` ...) so a date normaliser can convert a
    Buddhist-Era year only where a date is expected. Must be pure and quick: it runs per keystroke.
    """

    def __call__(self, text: str, qtype: str) -> str: ...


def ascii_digits(text: str) -> str:
    """Native and full-width digits (and full-width ``.-:+/``) to ASCII."""
    return text.translate(_DIGITS)


NUMERIC_TYPES = frozenset({"integer", "decimal", "date", "time", "datetime", "geopoint", "range"})


def normalise_answer(text: str, qtype: str, hook: TextNormaliser | None = None) -> str:
    """NFC without the characters XML cannot hold, line ends as ``\n`` (XML reads a ``\r`` back
    as ``\n``: kept as typed, an answer would change on its way through the draft), then the
    app's hook, then ASCII digits for numbers, dates, times and locations."""
    text = xml_text(text).replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if hook is not None:
        text = unicodedata.normalize("NFC", hook(text, qtype))
    if qtype in NUMERIC_TYPES:
        text = ascii_digits(text).strip()
    return text

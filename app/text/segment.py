"""Words of a text, in scripts written without spaces between words.

Thai, Lao, Khmer and Burmese run words together (spaces separate phrases, not words) and Chinese
has no spaces at all, so "the words of a name" cannot come from ``str.split``. ICU's word break
iterator segments them with its dictionaries; Latin, Vietnamese and other spaced scripts are split
at spaces and punctuation by the same iterator. Search uses these words as index terms.
"""

from __future__ import annotations

import itertools
import unicodedata

from app.text import _icu


def words(text: str) -> list[str]:
    """The words of ``text`` in order, without spaces and punctuation.

    ``words("ខ្ញុំឈ្មោះសុខា") == ["ខ្ញុំ", "ឈ្មោះ", "សុខា"]``. Text is put in NFC first, since
    dictionaries hold composed forms (Vietnamese typed with combining accents still segments).
    """
    text = unicodedata.normalize("NFC", text)
    return [text[start:end] for start, end in _icu.word_spans(text)]


def script_of(ch: str) -> str:
    """A coarse script name for one character, enough to pick a romanisation: ``khmer``, ``lao``,
    ``thai``, ``myanmar``, ``han``, ``latin`` or ``other``."""
    code = ord(ch)
    if 0x1780 <= code <= 0x17FF or 0x19E0 <= code <= 0x19FF:
        return "khmer"
    if 0x0E80 <= code <= 0x0EFF:
        return "lao"
    if 0x0E00 <= code <= 0x0E7F:
        return "thai"
    if 0x1000 <= code <= 0x109F or 0xA9E0 <= code <= 0xA9FF or 0xAA60 <= code <= 0xAA7F:
        return "myanmar"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2FA1F:
        return "han"
    if ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"):
        return "latin"
    return "other"


ZWSP = "\u200b"
_UNSPACED = ("thai", "lao", "khmer", "myanmar")


def breakable(text: str) -> str:
    """``text`` with a zero-width space between words that run together in Thai, Lao, Khmer or
    Burmese, for display: a line may then wrap between any two words, where Qt's own line
    breaking (which knows Thai words only) would wrap at spaces alone and a Lao or Khmer
    sentence would not wrap at all. Other text, and text that already has the breaks, comes
    back unchanged; the text is not normalised."""
    if not any(script_of(ch) in _UNSPACED for ch in text):
        return text
    cuts = []
    spans = _icu.word_spans(text)
    for (_, end), (start, _) in itertools.pairwise(spans):
        if (
            end == start
            and script_of(text[end - 1]) in _UNSPACED
            and script_of(text[start]) in _UNSPACED
        ):
            cuts.append(end)
    if not cuts:
        return text
    pieces = []
    last = 0
    for cut in cuts:
        pieces.append(text[last:cut])
        last = cut
    pieces.append(text[last:])
    return ZWSP.join(pieces)

"""Burmese typed in the legacy Zawgyi encoding: detect it, convert it to Unicode.

Zawgyi is a font hack from before Myanmar had working Unicode fonts: it reuses Myanmar code points
for other shapes (U+103B, Unicode's medial ya, is Zawgyi's medial ra, typed before the consonant;
U+1039, Unicode's virama, is Zawgyi's asat; ``ေ`` is typed before its consonant) and adds
presentation forms in U+1060–U+1097. Many phones and keyboards in Myanmar still produce it, so a
name may arrive in Zawgyi. Zawgyi text is valid Unicode code points and cannot be recognised by a
rule; it takes a statistical model.

- Detection: Google's ``myanmartools`` ZawgyiDetector (a Markov model trained on both encodings)
  gives the probability that a string is Zawgyi.
- Conversion: ICU's ``Zawgyi-my`` transform.

The app stores Burmese only in Unicode. It never converts silently: :func:`check_zawgyi` returns
the probability and the converted text, and the UI asks the person before replacing what they typed
(a sentence that is valid in both encodings, such as ``သူမ``, gets a middling probability and is
left as typed). Search is the exception: a query is matched in both readings (see ``search.py``),
because matching more cannot corrupt anything.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from functools import lru_cache

from myanmartools import ZawgyiDetector  # type: ignore[import-untyped]

from app.text import _icu

# At or above this probability the UI proposes converting. myanmartools' authors suggest 0.95 for
# content with a person in the loop; short ambiguous strings stay well below it.
LIKELY_ZAWGYI = 0.95

_MYANMAR_BLOCK = range(0x1000, 0x10A0)


@lru_cache(maxsize=1)
def _detector() -> ZawgyiDetector:
    with warnings.catch_warnings():
        # myanmartools 1.2.1 loads its model with importlib.resources.open_binary, deprecated
        # in Python 3.11 (and kept in 3.13); harmless.
        warnings.simplefilter("ignore", DeprecationWarning)
        return ZawgyiDetector()


def has_myanmar(text: str) -> bool:
    """True if ``text`` holds any character of the Myanmar block (either encoding)."""
    return any(ord(ch) in _MYANMAR_BLOCK for ch in text)


def zawgyi_probability(text: str) -> float:
    """The probability (0.0–1.0) that ``text`` is Zawgyi rather than Unicode Burmese.

    0.0 for text with no Myanmar character at all.
    """
    if not has_myanmar(text):
        return 0.0
    probability = float(_detector().get_zawgyi_probability(text))
    if math.isnan(probability) or probability < 0.0:
        return 0.0
    return min(probability, 1.0)


def zawgyi_to_unicode(text: str) -> str:
    """Convert Zawgyi-encoded ``text`` to Unicode Burmese (ICU ``Zawgyi-my``).

    Characters outside the Myanmar block pass through unchanged. Apply only to text believed to be
    Zawgyi: converting Unicode Burmese reorders and replaces its characters.
    """
    if not has_myanmar(text):
        return text
    return _icu.transliterate("Zawgyi-my", text)


@dataclass(frozen=True)
class ZawgyiCheck:
    """What :func:`check_zawgyi` found: the probability and the text converted to Unicode."""

    text: str
    probability: float
    unicode_text: str

    @property
    def likely_zawgyi(self) -> bool:
        """True when the UI should propose the conversion (probability >= LIKELY_ZAWGYI and the
        conversion changes something)."""
        return self.probability >= LIKELY_ZAWGYI and self.unicode_text != self.text


def check_zawgyi(text: str) -> ZawgyiCheck:
    """Detect Zawgyi in ``text`` and offer its Unicode conversion; never changes ``text`` itself."""
    probability = zawgyi_probability(text)
    converted = zawgyi_to_unicode(text) if probability > 0.0 else text
    return ZawgyiCheck(text=text, probability=probability, unicode_text=converted)

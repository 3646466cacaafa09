"""Latin spellings of names in the region's scripts, for search.

A person registered as ``សុខា`` may be looked up by a worker who types ``Sokha``. The romanised form
of each name word is an index term (see ``search.py``); it need not be a correct transcription,
only close enough to the spellings people actually use that the loose key of ``search.py`` matches.

- Thai, Burmese, Chinese, Vietnamese and other Latin-based text: ICU transforms (``Thai-Latin``,
  ``Myanmar-Latin``, ``Han-Latin/Names``, then ``Latin-ASCII``).
- Khmer and Lao: ICU has no transform for them, so this module carries its own tables, after the
  UNGEGN system for Khmer and the BGN/PCGN system for Lao, simplified: consonants are transcribed
  carefully (they carry the loose key), vowels approximately, inherent vowels are not written, and
  tone marks and signs without sound are dropped. Lao vowels written before their consonant
  (``ເ ແ ໂ ໃ ໄ``) are moved after it first.
- Thai ``อ`` is written "o" after a consonant and dropped as a silent vowel carrier, instead of
  ICU's ISO 11940 "x", which no one types in a name (Thai-Latin writes no other "x").
- Burmese: ICU's ``hc`` and ``j`` (စ ဇ) become the usual ``s`` and ``z``. ICU writes both သ and
  ဆ as "s", but names write သ as "th" (Thida, Thein): :func:`romanizations` adds a spelling with
  သ read as "t", which the loose key of ``search.py`` treats as "th".
"""

from __future__ import annotations

import unicodedata

from app.text import _icu
from app.text.segment import script_of

_KHMER = {
    # consonants
    "ក": "k",
    "ខ": "kh",
    "គ": "k",
    "ឃ": "kh",
    "ង": "ng",
    "ច": "ch",
    "ឆ": "chh",
    "ជ": "ch",
    "ឈ": "chh",
    "ញ": "nh",
    "ដ": "d",
    "ឋ": "th",
    "ឌ": "d",
    "ឍ": "th",
    "ណ": "n",
    "ត": "t",
    "ថ": "th",
    "ទ": "t",
    "ធ": "th",
    "ន": "n",
    "ប": "b",
    "ផ": "ph",
    "ព": "p",
    "ភ": "ph",
    "ម": "m",
    "យ": "y",
    "រ": "r",
    "ល": "l",
    "វ": "v",
    "ឝ": "sh",
    "ឞ": "ss",
    "ស": "s",
    "ហ": "h",
    "ឡ": "l",
    "អ": "",
    # independent vowels
    "ឣ": "a",
    "ឤ": "a",
    "ឥ": "e",
    "ឦ": "ei",
    "ឧ": "o",
    "ឨ": "ou",
    "ឩ": "ou",
    "ឪ": "au",
    "ឫ": "rue",
    "ឬ": "rue",
    "ឭ": "lue",
    "ឮ": "lue",
    "ឯ": "ae",
    "ឰ": "ai",
    "ឱ": "ao",
    "ឲ": "ao",
    "ឳ": "au",
    # dependent vowels
    "ា": "a",
    "ិ": "e",
    "ី": "ei",
    "ឹ": "oe",
    "ឺ": "eu",
    "ុ": "o",
    "ូ": "ou",
    "ួ": "uo",
    "ើ": "aeu",
    "ឿ": "oea",
    "ៀ": "ie",
    "េ": "e",
    "ែ": "ae",
    "ៃ": "ai",
    "ោ": "ao",
    "ៅ": "au",
    # signs
    "ំ": "m",
    "ះ": "h",
    "ៈ": "",
    "់": "",
    "៉": "",
    "៊": "",
    "៌": "",
    "៍": "",
    "៎": "",
    "៏": "",
    "័": "",
    "៑": "",
    "្": "",
    "៓": "",
    "៝": "",
}

_LAO = {
    # consonants
    "ກ": "k",
    "ຂ": "kh",
    "ຄ": "kh",
    "ງ": "ng",
    "ຈ": "ch",
    "ສ": "s",
    "ຊ": "x",
    "ຍ": "gn",
    "ດ": "d",
    "ຕ": "t",
    "ຖ": "th",
    "ທ": "th",
    "ນ": "n",
    "ບ": "b",
    "ປ": "p",
    "ຜ": "ph",
    "ຝ": "f",
    "ພ": "ph",
    "ຟ": "f",
    "ມ": "m",
    "ຢ": "y",
    "ຣ": "r",
    "ລ": "l",
    "ວ": "v",
    "ຫ": "h",
    "ອ": "",
    "ຮ": "h",
    "ໜ": "n",
    "ໝ": "m",
    "ໞ": "kh",
    "ໟ": "ny",
    # vowels
    "ະ": "a",
    "ັ": "a",
    "າ": "a",
    "ຳ": "am",
    "ິ": "i",
    "ີ": "i",
    "ຶ": "u",
    "ື": "u",
    "ຸ": "ou",
    "ູ": "ou",
    "ົ": "o",
    "ຽ": "ia",
    "ເ": "e",
    "ແ": "ae",
    "ໂ": "o",
    "ໃ": "ai",
    "ໄ": "ai",
    "ໍ": "o",
    "ໆ": "",
    "ຼ": "l",
    # tone marks and other signs
    "່": "",
    "້": "",
    "໊": "",
    "໋": "",
    "໌": "",
    "ໍ່": "o",
}

_LAO_PREPOSED = set("ເແໂໃໄ")
_LAO_CONSONANTS = {ch for ch in _LAO if "ກ" <= ch <= "ຮ" or ch in "ໜໝໞໟ"}


def _khmer(word: str) -> str:
    return "".join(_KHMER.get(ch, ch) for ch in word)


def _lao(word: str) -> str:
    chars = list(word)
    out: list[str] = []
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch in _LAO_PREPOSED and i + 1 < len(chars) and chars[i + 1] in _LAO_CONSONANTS:
            # ເ + consonant (+ ຫ-cluster or subscript lo) is read consonant first.
            j = i + 2
            if chars[i + 1] == "ຫ" and j < len(chars) and chars[j] in _LAO_CONSONANTS:
                j += 1
            while j < len(chars) and chars[j] == "ຼ":
                j += 1
            out.extend(_LAO.get(c, c) for c in chars[i + 1 : j])
            out.append(_LAO[ch])
            i = j
            continue
        if ch == "ຫ" and i + 1 < len(chars) and chars[i + 1] in "ງຍນມລວຣຼ":
            i += 1  # ຫ before a sonorant only marks the tone
            continue
        if ch == "ຍ" and out:
            out.append("y")  # final ຍ is y; initial is gn
        elif ch == "ອ" and out:
            out.append("o")  # ອ after a consonant is the vowel o; initially it is silent
        else:
            out.append(_LAO.get(ch, ch))
        i += 1
    return "".join(out)


def _thai_o(latin: str) -> str:
    """ICU's Thai-Latin writes ``อ`` as "x" (ISO 11940), which no one types in a name. At the start
    of a word ``อ`` only carries a vowel and is silent; after a consonant (or after a carrier ``อ``)
    it is the vowel o."""
    out: list[str] = []
    prev = ""
    for ch in latin:
        if ch == "x":
            out.append("o" if prev == "x" or (prev.isalpha() and prev not in "aeiou") else "")
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


def _myanmar_common(latin: str) -> str:
    """ICU's Myanmar-Latin writes စ as "hc" and ဇ ဈ as "j" "jh"; names are written with "s" and
    "z" (Su, Zaw). Map the output to that usage."""
    return latin.replace("hc", "s").replace("jh", "z").replace("j", "z")


_ICU_FOR_SCRIPT = {
    "thai": "Thai-Latin; Latin-ASCII",
    "myanmar": "Myanmar-Latin; Latin-ASCII",
    "han": "Han-Latin/Names; Latin-ASCII",
}


def romanize(word: str) -> str:
    """A lower-case ASCII spelling of one word (``"សុខា"`` -> ``"sokha"``,
    ``"ສົມໃຈ"`` -> ``"somchai"``, ``"李明"`` -> ``"li ming"``, ``"Nguyễn"`` -> ``"nguyen"``).

    Returns "" when nothing of the word has a Latin spelling.
    """
    word = unicodedata.normalize("NFC", word)
    scripts = {script_of(ch) for ch in word if ch.isalpha() or unicodedata.category(ch)[0] == "M"}
    if "khmer" in scripts:
        word = _khmer(word)
    if "lao" in scripts:
        word = _lao(word)
    transform = "; ".join(_ICU_FOR_SCRIPT[s] for s in sorted(scripts) if s in _ICU_FOR_SCRIPT)
    text = _icu.transliterate(transform or "Any-Latin; Latin-ASCII", word)
    if "thai" in scripts:
        text = _thai_o(text)
    if "myanmar" in scripts:
        text = _myanmar_common(text)
    if transform:
        text = _icu.transliterate("Any-Latin; Latin-ASCII", text)
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == " ")).strip()


def romanizations(word: str) -> set[str]:
    """Every spelling :mod:`search` indexes for ``word``: :func:`romanize`, plus, for Burmese with
    ``သ``, the spelling with it as "t" (see the module docstring). Empty spellings are left out."""
    spellings = {romanize(word)}
    if "သ" in word:
        spellings.add(romanize(word.replace("သ", "ဋ")))  # ဋ: same syllable shape, "t" in ICU
    return {s for s in spellings if s}

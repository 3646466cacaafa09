"""Build the bundled Chinese font: Noto Sans CJK SC cut down to GB 2312 plus punctuation.

    python subset_cjk.py LEVELS NotoSansCJK-Regular.ttc OUT.otf

LEVELS is 1 (GB 2312 level 1, 3,755 hanzi) or 2 (levels 1 and 2, 6,763 hanzi; what is bundled).
Needs fonttools (a build tool here, not a runtime dependency). See ../README.md.
"""

from __future__ import annotations

import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

SC_INDEX = 2  # Noto Sans CJK SC in NotoSansCJK-Regular.ttc (JP, KR, SC, TC, HK, Mono...)


def gb2312_chars(rows: range) -> list[str]:
    """The characters of GB 2312 rows (1-9 symbols, 16-55 level 1, 56-87 level 2)."""
    out: list[str] = []
    for row in rows:
        for cell in range(1, 95):
            try:
                out.append(bytes([0xA0 + row, 0xA0 + cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


def characters(levels: int) -> list[str]:
    hanzi = gb2312_chars(range(16, 56) if levels == 1 else range(16, 88))
    symbols = gb2312_chars(range(1, 10))
    extra = (
        [chr(c) for c in range(0x20, 0x7F)]  # ASCII
        + [chr(c) for c in range(0x3000, 0x3040)]  # CJK symbols and punctuation
        + [chr(c) for c in range(0xFF01, 0xFF5F)]  # full-width forms
        + [chr(c) for c in range(0xFFE0, 0xFFE7)]
        + list("\u00b7\u2014\u2018\u2019\u201c\u201d\u2026\u2027\u00a0\u3007")
    )
    return sorted(set(hanzi + symbols + extra))


def main(argv: list[str]) -> None:
    levels, source, target = int(argv[0]), argv[1], argv[2]
    chars = characters(levels)
    font = TTCollection(source).fonts[SC_INDEX]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = True
    options.drop_tables += ["vmtx", "vhea", "VORG"]  # the app writes horizontally
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)
    font.save(target)
    print(f"{len(chars)} characters -> {target}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""The fonts fieldcase brings for the Mekong scripts, and how Qt is told to use them.

Field laptops often have no font for Khmer, Lao, Burmese or Chinese (a fresh Linux install, an old
Windows without the language packs), and a missing font shows boxes where a person's name should be.
The app therefore ships Noto Sans Khmer, Lao, Thai and Myanmar, a GB2312 subset of Noto Sans CJK SC
and Noto Sans (Latin and Vietnamese), all under the SIL Open Font License (see ``fonts/README.md``).

:func:`register_bundled_fonts` runs once at start-up, after the ``QApplication`` exists and before
any window is built. For each script it looks for a good system font first (a system font is
complete and matches the platform's look); only when there is none does it add the bundled file with
``QFontDatabase.addApplicationFont``. It then sets the application font's family list so that one
label mixing scripts renders every character: Qt takes each character from the first family in the
list that has a glyph for it. The order is: the UI family (Latin, Vietnamese), the Khmer, Lao, Thai
and Burmese fonts, and the Chinese font last (it has Latin letters of its own).

Two traps it avoids on purpose:

- "Has the writing system" is not enough: DejaVu Sans claims Lao but carries no Lao shaping, so Lao
  tone marks collide. Only families known to render a script well count as a system font for it,
  and when the UI family itself claims a script badly (DejaVu Sans, the usual Linux default), the
  bundled Noto Sans leads the list and the old UI family moves behind the script fonts.
- Burmese: a Zawgyi font (Zawgyi-One, and others) claims the Myanmar block but draws the legacy
  encoding, turning correct Unicode into nonsense. Zawgyi fonts are never chosen: only known
  Unicode families count as a system font for Burmese, and Zawgyi families are dropped from the
  application font's list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication, QTextLayout

FONT_DIR = Path(__file__).resolve().parent / "fonts"

WS = QFontDatabase.WritingSystem


@dataclass(frozen=True)
class ScriptFont:
    """One script the app must render, its bundled font and the system fonts as good as it."""

    script: str  # BCP 47 language tag of the sample the tests render ("km", "lo", ...)
    writing_system: QFontDatabase.WritingSystem
    bundled_family: str
    files: tuple[str, ...]
    good_system_families: tuple[str, ...]


SCRIPT_FONTS: tuple[ScriptFont, ...] = (
    ScriptFont(
        "km",
        WS.Khmer,
        "Noto Sans Khmer",
        ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"),
        (
            "Noto Sans Khmer",
            "Noto Sans Khmer UI",
            "Khmer OS System",
            "Khmer OS",
            "Khmer UI",
            "Khmer Sangam MN",
            "Hanuman",
            "Battambang",
        ),
    ),
    ScriptFont(
        "lo",
        WS.Lao,
        "Noto Sans Lao",
        ("NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf"),
        (
            "Noto Sans Lao",
            "Noto Sans Lao UI",
            "Phetsarath OT",
            "Lao UI",
            "Leelawadee UI",
            "Lao Sangam MN",
            "Saysettha OT",
        ),
    ),
    ScriptFont(
        "th",
        WS.Thai,
        "Noto Sans Thai",
        ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
        (
            "Noto Sans Thai",
            "Noto Sans Thai UI",
            "Leelawadee UI",
            "Leelawadee",
            "Tahoma",
            "Thonburi",
            "Sarabun",
            "TH Sarabun New",
            "Loma",
            "Garuda",
            "Waree",
        ),
    ),
    ScriptFont(
        "my",
        WS.Myanmar,
        "Noto Sans Myanmar",
        ("NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf"),
        (
            "Noto Sans Myanmar",
            "Noto Sans Myanmar UI",
            "Myanmar Text",
            "Padauk",
            "Pyidaungsu",
            "Myanmar Sangam MN",
            "Myanmar3",
        ),
    ),
    ScriptFont(
        "zh",
        WS.SimplifiedChinese,
        "Noto Sans CJK SC",
        ("NotoSansCJKsc-Regular-GB2312.otf",),
        (
            "Noto Sans CJK SC",
            "Noto Sans SC",
            "Source Han Sans SC",
            "Source Han Sans CN",
            "Microsoft YaHei",
            "Microsoft YaHei UI",
            "PingFang SC",
            "Hiragino Sans GB",
            "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei",
            "Droid Sans Fallback",
            "SimHei",
            "SimSun",
        ),
    ),
    ScriptFont(
        "vi",
        WS.Vietnamese,
        "Noto Sans",
        ("NotoSans-Regular.ttf",),
        (),  # any family claiming Vietnamese is fine: Latin with stacked diacritics is not shaped
    ),  # keep "vi" last: it is also the Latin fallback (see register_bundled_fonts)
)

# Families that claim the Myanmar block but draw Zawgyi; never used for Unicode Burmese.
ZAWGYI_FAMILIES = frozenset(
    {
        "Zawgyi-One",
        "Zawgyi One",
        "ZawgyiOne",
        "Zawgyi-Two",
        "Zawgyi3",
        "Ayar",
        "Ayar Juno",
        "Win Innwa",
        "Myanmar Sans Pro",
    }
)


@dataclass(frozen=True)
class FontSetup:
    """What :func:`register_bundled_fonts` decided: the family used for each script, which of
    those came from the bundle, and the application font's family list."""

    family_for_script: dict[str, str]
    bundled: tuple[str, ...]
    families: tuple[str, ...]


_setup: FontSetup | None = None


def _system_family(entry: ScriptFont, available: set[str]) -> str | None:
    if entry.good_system_families:
        for family in entry.good_system_families:
            if family in available:
                return family
        return None
    for family in QFontDatabase.families(entry.writing_system):
        if family not in ZAWGYI_FAMILIES and not QFontDatabase.isPrivateFamily(family):
            return family
    return None


def _add_bundled(entry: ScriptFont) -> str:
    family = ""
    for name in entry.files:
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        if font_id < 0:
            raise RuntimeError(f"bundled font could not be loaded: {FONT_DIR / name}")
        family = family or QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def _resolved(families: list[str]) -> list[str]:
    """Real family names: fontconfig aliases such as "Sans Serif" do not work in a family list."""
    out: list[str] = []
    for family in families:
        real = QFontInfo(QFont(family)).family()
        out.append(real if real and real not in ZAWGYI_FAMILIES else family)
    return out


def _claims_badly(entry: ScriptFont, base: list[str]) -> bool:
    """True if a UI family claims ``entry``'s script although it is not known to shape it."""
    if not entry.good_system_families:
        return False
    claimed = set(QFontDatabase.families(entry.writing_system))
    return any(f in claimed and f not in entry.good_system_families for f in base)


def register_bundled_fonts(*, prefer_bundled: bool = False) -> FontSetup:
    """Make every Mekong script render, adding bundled fonts where the system has no good one.

    Call once after the QApplication is created and before widgets are built; calling again
    returns the first result. ``prefer_bundled`` uses the bundled fonts even where the system has
    its own (for screenshots and tests that must look the same on every machine).
    """
    global _setup
    if _setup is not None:
        return _setup
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_bundled_fonts() needs a QGuiApplication")

    available = set(QFontDatabase.families())
    family_for_script: dict[str, str] = {}
    bundled: list[str] = []
    for entry in SCRIPT_FONTS:
        family = None if prefer_bundled else _system_family(entry, available)
        if family is None:
            family = _add_bundled(entry)
            bundled.append(entry.script)
        family_for_script[entry.script] = family

    app_font = QGuiApplication.font()
    base = _resolved(
        [f for f in app_font.families() if f not in ZAWGYI_FAMILIES] or [app_font.family()]
    )
    scripts = [family_for_script[e.script] for e in SCRIPT_FONTS if e.script not in ("vi", "zh")]
    if any(_claims_badly(entry, base) for entry in SCRIPT_FONTS):
        # The UI family would win over a script font it cannot shape. Lead with Noto Sans, which
        # has no glyph for any of these scripts, and keep the old UI family as a late fallback.
        if "vi" not in bundled:
            family_for_script["vi"] = _add_bundled(SCRIPT_FONTS[-1])
            bundled.append("vi")
        order = [family_for_script["vi"], *scripts, *base]
    else:
        order = [*base, *scripts]
        if "vi" in bundled:
            order.append(family_for_script["vi"])
    # The Chinese font has its own Latin letters and digits: last, so it never wins over the
    # UI font for them.
    order.append(family_for_script["zh"])
    families: list[str] = []
    for family in order:
        if family not in families:
            families.append(family)
    app_font.setFamilies(families)
    QGuiApplication.setFont(app_font)

    # Widgets and style sheets that name a generic family still find the scripts.
    for generic in ("Sans Serif", "sans-serif", "Helvetica", "Arial", "Segoe UI", "DejaVu Sans"):
        QFont.insertSubstitutions(generic, [f for f in families if f != generic])

    _setup = FontSetup(family_for_script, tuple(bundled), tuple(families))
    return _setup


def font_setup() -> FontSetup | None:
    """The result of :func:`register_bundled_fonts`, or None before it ran."""
    return _setup


def missing_characters(text: str, font: QFont | None = None) -> list[str]:
    """The characters of ``text`` that would show as a box when laid out in ``font`` (default: the
    application font), judged on the fonts Qt actually picks for each run of glyphs.

    Used by the font tests and by diagnostics; spaces and format characters are not judged.
    """
    layout = QTextLayout(text, font if font is not None else QGuiApplication.font())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag.RetrieveAll
    runs = layout.glyphRuns(0, len(text), flags)
    # Qt's "box" engine (no font for the script) yields a raw font that claims to be valid but has
    # no size; asking it for its family crashes PySide6 6.11. Judge it by its size first.
    fonts = [(run.rawFont(), list(run.glyphIndexes())) for run in runs]
    real = [(raw, glyphs) for raw, glyphs in fonts if raw.isValid() and raw.pixelSize() > 0]
    usable = [raw for raw, glyphs in real if raw.familyName() and 0 not in glyphs]
    has_box = len(real) < len(fonts) or any(
        not raw.familyName() or 0 in glyphs for raw, glyphs in real
    )
    missing = [
        ch
        for ch in dict.fromkeys(text)
        if not ch.isspace()
        and ch.isprintable()
        and not any(raw.supportsCharacter(ord(ch)) for raw in usable)
    ]
    if has_box and not missing:
        missing = [ch for ch in dict.fromkeys(text) if not ch.isspace()]
    return missing

"""Interface languages: the translator for the chosen one, and how each language names itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

QM_DIR = Path(__file__).resolve().parent / "i18n"

# Each language is offered under its own name, so a person finds theirs whatever is on screen.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "km": "ខ្មែរ",
    "lo": "ລາວ",
    "th": "ไทย",
    "my": "မြန်မာ",
    "vi": "Tiếng Việt",
    "zh": "中文",
}

_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The code of the interface language installed last (``en`` before any; ``pseudo`` too)."""
    return _current[0]


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


class PseudoTranslator(QTranslator):
    """``--lang pseudo``: every string a third longer and in brackets, with tall marks, so clipped
    or overflowing layouts show before real Khmer or Burmese text does (Vorta's trick)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        padding = "~" * max(2, len(source) // 3)
        return f"[ẤÇ{source}{padding}]"

    def isEmpty(self) -> bool:
        return False


def install_language(code: str) -> bool:
    """Switch the interface to ``code``; English needs no translator. Returns whether it loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = "en"  # until the translator loads
    if code == "en":
        return True
    if code == "pseudo":
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        _current[0] = code
        return True
    translator = QTranslator(app)
    if not translator.load(str(QM_DIR / f"fieldcase_{code}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    _current[0] = code
    return True

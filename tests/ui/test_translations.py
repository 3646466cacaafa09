"""Every interface string is translated into the six Mekong languages, and the .ts files are current."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.ui.i18n import LANGUAGES, QM_DIR, install_language
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "i18n"
CODES = [code for code in LANGUAGES if code != "en"]


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


@pytest.mark.parametrize("code", CODES)
def test_every_message_is_translated(code: str) -> None:
    messages = _messages(TS_DIR / f"fieldcase_{code}.ts")
    assert messages
    untranslated = []
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not any(
            t.strip() for t in texts
        ):
            untranslated.append(f"{context}: {source}")
    assert untranslated == []


def _strings_in_code(tmp_path: Path) -> set[tuple[str, str]]:
    """(context, source) of every string lupdate finds in the interface's code, as `make ts` would."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True
    )
    return set(_messages(fresh))


def test_ts_files_hold_every_string_of_the_interface(tmp_path: Path) -> None:
    in_code = _strings_in_code(tmp_path)
    for code in CODES:
        missing = in_code - set(_messages(TS_DIR / f"fieldcase_{code}.ts"))
        assert missing == set(), f"run `make ts` and translate: {sorted(missing)[:5]}"


def test_ts_files_hold_no_string_the_code_no_longer_shows(tmp_path: Path) -> None:
    """A translated string that lupdate no longer finds was either removed from the code or is now
    asked for in a way lupdate cannot see (through a wrapper function): the next `make ts` would
    drop its translations, and the screen would show English."""
    in_code = _strings_in_code(tmp_path)
    for code in CODES:
        lost = set(_messages(TS_DIR / f"fieldcase_{code}.ts")) - in_code
        assert lost == set(), f"no longer seen by lupdate (a wrapper?): {sorted(lost)[:5]}"


def _untranslatable_calls(source: str) -> list[int]:
    """Lines where ``tr``/``translate`` is not given literal strings, which lupdate cannot read."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name not in ("tr", "translate"):
            continue
        literal = node.args[: 2 if name == "translate" else 1]
        if len(literal) < (2 if name == "translate" else 1) or not all(
            isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in literal
        ):
            lines.append(node.lineno)
    return lines


def test_every_translated_string_is_a_literal_lupdate_can_read() -> None:
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted((ROOT / "app" / "ui").rglob("*.py"))
        if (lines := _untranslatable_calls(path.read_text("utf-8")))
    }
    assert found == {}


def test_the_literal_check_catches_a_wrapper() -> None:
    wrapper = "def say(text):\n    return QCoreApplication.translate('Ctx', text)\n"
    assert _untranslatable_calls(wrapper) == [2]
    assert _untranslatable_calls("self.tr(message)\nself.tr('Fine')\n") == [1]


@pytest.mark.parametrize("code", CODES)
def test_the_built_translation_changes_the_window(qtbot: QtBot, code: str) -> None:
    assert (QM_DIR / f"fieldcase_{code}.qm").exists(), "make builds app/ui/i18n/*.qm"
    window = MainWindow()
    qtbot.addWidget(window)
    english = window.lock_action.text()
    try:
        assert install_language(code)
        window.retranslate()
        assert window.lock_action.text() != english
    finally:
        install_language("en")
    assert QCoreApplication.translate("MainWindow", "&Lock") == "&Lock"


def test_pseudo_translation_stretches_every_string(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert install_language("pseudo")
        window.retranslate()
        text = window.lock_action.text()
        assert text.startswith("[") and "Lock" in text and len(text) > len("&Lock") + 3
    finally:
        install_language("en")
        window.retranslate()
    assert window.lock_action.text() == "&Lock"

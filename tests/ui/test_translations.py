"""Every interface string is translated into the six Mekong languages, and the .ts files are current."""

from __future__ import annotations

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


def test_ts_files_hold_every_string_of_the_interface(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True
    )
    in_code = set(_messages(fresh))
    for code in CODES:
        missing = in_code - set(_messages(TS_DIR / f"fieldcase_{code}.ts"))
        assert missing == set(), f"run `make ts` and translate: {sorted(missing)[:5]}"


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

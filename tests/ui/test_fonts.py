"""The bundled fonts make every Mekong script render, on a machine that has none of them.

The check is made on the fonts Qt actually picks: the sample is laid out with the application font
and every glyph run's raw font must have a real glyph for its characters (no .notdef, no box).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QLabel

from app.ui import fonts

SAMPLES = {
    "km": "សួស្តី ខ្ញុំឈ្មោះសុខា។ ខ្ញុំមកពីខេត្តបាត់ដំបង",
    "lo": "ສະບາຍດີ ຂ້ອຍຊື່ສົມໃຈ ມາຈາກແຂວງສະຫວັນນະເຂດ",
    "th": "สวัสดีครับ ผมชื่อสมชาย มาจากจังหวัดเชียงราย",
    "my": "မင်္ဂလာပါ ကျွန်မနာမည် အေးအေးမွန် ဖြစ်ပါတယ်။",
    "zh": "你好，我叫李明，来自云南省西双版纳。",
    "vi": "Xin chào, tôi tên là Nguyễn Thị Hương, quê ở Đồng Tháp.",
}

ROOT = Path(__file__).resolve().parents[2]

_UNREGISTERED = """
import json, sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from app.ui.fonts import missing_characters
samples = json.loads(sys.argv[1])
print(json.dumps({k: missing_characters(v) for k, v in samples.items()}))
"""


def _unregistered_missing() -> dict[str, list[str]]:
    """Render the samples in a fresh process that never registered the bundled fonts."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", _UNREGISTERED, json.dumps(SAMPLES)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result: dict[str, list[str]] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture
def registered(qapp: QGuiApplication) -> fonts.FontSetup:
    return fonts.register_bundled_fonts()


def test_without_registration_this_machine_shows_boxes(qapp: QGuiApplication) -> None:
    """Proves the test below means something: scripts with no system font render as boxes."""
    lacking = [
        entry.script
        for entry in fonts.SCRIPT_FONTS
        if entry.script in ("km", "th", "my", "zh")
        and not QFontDatabase.families(entry.writing_system)
    ]
    if not lacking:
        pytest.skip("this machine has system fonts for Khmer, Thai, Burmese and Chinese")
    missing = _unregistered_missing()
    for script in lacking:
        assert missing[script], f"{script} rendered without the bundled fonts"


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_every_script_renders_after_registration(registered: fonts.FontSetup, script: str) -> None:
    assert fonts.missing_characters(SAMPLES[script]) == []


def test_a_label_mixing_all_scripts_renders(qtbot, registered: fonts.FontSetup) -> None:  # type: ignore[no-untyped-def]
    text = " / ".join(SAMPLES.values())
    label = QLabel(text)
    qtbot.addWidget(label)
    assert fonts.missing_characters(text, label.font()) == []


def test_scripts_use_a_font_known_to_shape_them(registered: fonts.FontSetup) -> None:
    """DejaVu Sans claims Lao without shaping it; a Zawgyi font claims Burmese. Neither is used."""
    for entry in fonts.SCRIPT_FONTS:
        family = registered.family_for_script[entry.script]
        assert family not in fonts.ZAWGYI_FAMILIES
        if entry.good_system_families:
            assert family in entry.good_system_families or family == entry.bundled_family
    assert registered.families.index(registered.family_for_script["lo"]) < (
        registered.families.index("DejaVu Sans")
        if "DejaVu Sans" in registered.families
        else len(registered.families)
    )


def test_registration_is_idempotent(registered: fonts.FontSetup) -> None:
    assert fonts.register_bundled_fonts() is registered
    assert fonts.font_setup() is registered


def test_bundled_files_are_present_licensed_and_small() -> None:
    names = {name for entry in fonts.SCRIPT_FONTS for name in entry.files}
    for name in names:
        assert (fonts.FONT_DIR / name).is_file(), name
    assert "SIL OPEN FONT LICENSE Version 1.1" in (fonts.FONT_DIR / "OFL.txt").read_text()
    readme = (fonts.FONT_DIR / "README.md").read_text()
    for name in names:
        assert name in readme, f"{name} is not described in fonts/README.md"
    total = sum(p.stat().st_size for p in fonts.FONT_DIR.iterdir() if p.is_file())
    assert total < 15 * 1024 * 1024

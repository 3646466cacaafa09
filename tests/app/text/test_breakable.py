"""Invisible breaks between the words of scripts written without spaces, for display only."""

from __future__ import annotations

import pytest

from app.text.segment import ZWSP, breakable


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ຂ້ອຍມາທີ່ນີ້ເພື່ອຊ່ວຍເຫຼືອ", ["ຂ້ອຍ", "ມາ", "ທີ່", "ນີ້", "ເພື່ອ", "ຊ່ວຍເຫຼືອ"]),  # Lao
        ("ខ្ញុំឈ្មោះសុខា", ["ខ្ញុំ", "ឈ្មោះ", "សុខា"]),  # Khmer
        ("ภาษาไทยง่าย", ["ภาษา", "ไทย", "ง่าย"]),  # Thai
    ],
)
def test_words_that_run_together_get_a_break_between_them(text: str, words: list[str]) -> None:
    shown = breakable(text)
    assert shown.split(ZWSP) == words
    assert shown.replace(ZWSP, "") == text  # nothing else changes


@pytest.mark.parametrize(
    "text", ["", "Hello, world", "Tiếng Việt có dấu cách", "我叫索卡", "Sophea ສະບາຍດີ"[:7]]
)
def test_other_text_comes_back_as_it_was(text: str) -> None:
    assert breakable(text) == text


def test_spaces_and_mixed_scripts_add_no_break_beside_a_space_or_latin() -> None:
    shown = breakable("ຂ້ອຍຊື່ Sophea ມາທີ່ນີ້")
    assert f"{ZWSP} " not in shown and f" {ZWSP}" not in shown
    assert "Sophea" in shown and shown.replace(ZWSP, "") == "ຂ້ອຍຊື່ Sophea ມາທີ່ນີ້"

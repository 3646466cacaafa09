from __future__ import annotations

import pytest

from app.text import words
from app.text.segment import script_of


@pytest.mark.parametrize(
    "text,expected",
    [
        ("สมชายใจดี", ["สมชาย", "ใจดี"]),  # Thai, no space
        ("ຂ້ອຍຊື່ສົມໃຈ", ["ຂ້ອຍ", "ຊື່", "ສົມໃຈ"]),  # Lao: "my name is Somchai"
        ("ខ្ញុំឈ្មោះសុខា", ["ខ្ញុំ", "ឈ្មោះ", "សុខា"]),  # Khmer: "my name is Sokha"
        ("ကျွန်မနာမည်အေးအေးမွန်", ["ကျွန်မ", "နာမည်", "အေးအေး", "မွန်"]),  # Burmese
        ("我叫李明", ["我", "叫", "李", "明"]),  # Chinese
        ("Xin chào, tôi là Hương.", ["Xin", "chào", "tôi", "là", "Hương"]),  # spaced, punctuation
        ("Nguye\u0302\u0303n", ["Nguyễn"]),  # combining accents are composed first
        ("", []),
        (" , . ", []),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_words_after_astral_characters_keep_their_offsets() -> None:
    assert words("𠀀 สมชาย") == ["𠀀", "สมชาย"]


@pytest.mark.parametrize(
    "ch,script",
    [
        ("ក", "khmer"),
        ("ລ", "lao"),
        ("ก", "thai"),
        ("မ", "myanmar"),
        ("李", "han"),
        ("ễ", "latin"),
        ("a", "latin"),
        ("1", "other"),
    ],
)
def test_script_of(ch: str, script: str) -> None:
    assert script_of(ch) == script

from __future__ import annotations

import pytest

from app.text import romanize
from app.text.romanize import romanizations


@pytest.mark.parametrize(
    "word,latin",
    [
        # Khmer, own table (UNGEGN, simplified)
        ("សុខា", "sokha"),
        ("តារា", "tara"),
        ("ចាន់ធូ", "chanthou"),
        ("សុភា", "sopha"),
        # Lao, own table (BGN/PCGN, simplified), preposed vowels moved after their consonant
        ("ສົມໃຈ", "somchai"),
        ("ພອນສະຫວັນ", "phonsavan"),
        ("ແສງ", "saeng"),
        ("ໄຊສົມບູນ", "xaisomboun"),
        # Thai through ICU, with อ as o / silent
        ("มาลี", "mali"),
        ("ทอง", "thong"),
        ("เอก", "ek"),
        # Burmese through ICU, with the usual s and z
        ("ကျော်", "kyaw"),
        ("ဇော်", "zaw"),
        ("စု", "su"),
        ("မောင်", "maung"),
        # Chinese names (surname readings)
        ("李明", "li ming"),
        ("单雪", "shan xue"),
        # Latin
        ("Nguyễn", "nguyen"),
        ("Đặng", "dang"),
        ("O'Brien", "obrien"),
    ],
)
def test_romanize(word: str, latin: str) -> None:
    assert romanize(word) == latin


def test_burmese_tha_also_reads_as_t() -> None:
    assert romanizations("သီတာ") == {"setar", "tetar"}


def test_nothing_to_romanize() -> None:
    assert romanize("!!!") == ""
    assert romanizations("။") == set()

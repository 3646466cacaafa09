from __future__ import annotations

import pytest

from app.text import sort_key, sorted_names


@pytest.mark.parametrize(
    "locale,names,expected",
    [
        # Thai: vowels written before the consonant sort under the consonant (all ก before ข).
        ("th", ["ขา", "ไก่", "อร", "กา", "เก"], ["กา", "เก", "ไก่", "ขา", "อร"]),
        # Lao: the same for ແ and ໄ.
        ("lo", ["ໄຊ", "ແສງ", "ສົມ", "ກອງ"], ["ກອງ", "ສົມ", "ແສງ", "ໄຊ"]),
        # Khmer: consonant order ក ច ស, subscripts (្) do not lead.
        ("km", ["ស្រី", "សុខា", "ចាន់", "កញ្ញា"], ["កញ្ញា", "ចាន់", "សុខា", "ស្រី"]),
        # Burmese: က ခ မ အ.
        ("my", ["အေး", "မောင်", "ခင်", "ကျော်"], ["ကျော်", "ခင်", "မောင်", "အေး"]),
        # Chinese: by pinyin (chen, li, wang, zhang), not by code point.
        ("zh", ["张", "李", "王", "陈"], ["陈", "李", "王", "张"]),
        # Vietnamese: Đ right after D, accents after the plain letter; code points put Đ after Z.
        ("vi", ["Em", "Đặng", "Ánh", "Dương", "Anh"], ["Anh", "Ánh", "Dương", "Đặng", "Em"]),
        ("en", ["bob", "Alice", "ángel", "Zed"], ["Alice", "ángel", "bob", "Zed"]),
    ],
)
def test_names_sort_the_language_s_way(locale: str, names: list[str], expected: list[str]) -> None:
    assert sorted_names(names, locale) == expected
    assert sorted(names, key=lambda n: sort_key(n, locale)) == expected


def test_code_point_order_would_be_wrong() -> None:
    assert sorted(["Em", "Đặng"]) == ["Em", "Đặng"]
    assert sorted_names(["Em", "Đặng"], "vi") == ["Đặng", "Em"]


def test_sort_keys_are_bytes_and_locales_accept_bcp47_tags() -> None:
    assert isinstance(sort_key("สมชาย", "th"), bytes)
    assert sort_key("李", "zh-Hans") == sort_key("李", "zh_Hans")

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.text import fold_digits, parse_int, to_native_digits


@pytest.mark.parametrize(
    "typed,ascii_",
    [
        ("០១២៣៤៥៦៧៨៩", "0123456789"),  # Khmer
        ("໐໑໒໓໔໕໖໗໘໙", "0123456789"),  # Lao
        ("๐๑๒๓๔๕๖๗๘๙", "0123456789"),  # Thai
        ("၀၁၂၃၄၅၆၇၈၉", "0123456789"),  # Myanmar
        ("႐႑႒႓႔႕႖႗႘႙", "0123456789"),  # Shan (Myanmar Extended)
        ("０１２３４５６７８９", "0123456789"),  # full-width
        ("១៥/៣/២៥៦៩", "15/3/2569"),
        ("อายุ ๑๗ ปี", "อายุ 17 ปี"),  # letters are kept
        ("ອາຍຸ ໑໗ ປີ", "ອາຍຸ 17 ປີ"),
        ("អាយុ ១៧ ឆ្នាំ", "អាយុ 17 ឆ្នាំ"),
        ("၁၇ နှစ်", "17 နှစ်"),
        ("电话：１３８００１３８０００", "电话：13800138000"),
        ("room 12", "room 12"),
    ],
)
def test_fold_digits(typed: str, ascii_: str) -> None:
    assert fold_digits(typed) == ascii_


def test_burmese_letter_wa_is_zero_only_among_digits() -> None:
    # ဝ (letter wa) is typed for ၀ (digit zero), which it looks exactly like.
    assert fold_digits("၁ဝဝ") == "100"
    assert fold_digits("ဝ၅") == "05"
    assert fold_digits("ဝင်း") == "ဝင်း"  # the name Win keeps its letter
    assert fold_digits("ဝ") == "ဝ"


@pytest.mark.parametrize(
    "typed,value",
    [
        ("๑๗", 17),
        ("၁,၀၀၀", 1000),
        (" ១៨ ", 18),
        ("-３", -3),
        ("໒໕໖໙", 2569),
        ("1 7", None),
        ("abc", None),
        ("", None),
        ("၁ဝ", 10),
    ],
)
def test_parse_int(typed: str, value: int | None) -> None:
    assert parse_int(typed) == value


@pytest.mark.parametrize(
    "script,expected",
    [
        ("th", "๑๕/๐๓/๒๕๖๙"),
        ("km", "១៥/០៣/២៥៦៩"),
        ("lo", "໑໕/໐໓/໒໕໖໙"),
        ("my", "၁၅/၀၃/၂၅၆၉"),
        ("zh", "１５/０３/２５６９"),
        ("vi", "15/03/2569"),
        ("en", "15/03/2569"),
    ],
)
def test_to_native_digits(script: str, expected: str) -> None:
    assert to_native_digits("15/03/2569", script) == expected


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["th", "km", "lo", "my", "zh"]))
def test_native_digits_fold_back(n: int, script: str) -> None:
    assert fold_digits(to_native_digits(str(n), script)) == str(n)
    assert parse_int(to_native_digits(str(n), script)) == n

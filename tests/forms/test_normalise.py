"""Input normalisation: NFC and the digits of the Mekong scripts."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.normalise import ascii_digits, normalise_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("០១២៣៤៥៦៧៨៩", "0123456789"),  # Khmer
        ("໐໑໒໓໔໕໖໗໘໙", "0123456789"),  # Lao
        ("๐๑๒๓๔๕๖๗๘๙", "0123456789"),  # Thai
        ("၀၁၂၃၄၅၆၇၈၉", "0123456789"),  # Myanmar
        ("႐႑႒႓႔႕႖႗႘႙", "0123456789"),  # Myanmar Shan
        ("０１２３４５６７８９", "0123456789"),  # full-width
        ("２０２４－０５－０１", "2024-05-01"),
        ("１２：３０", "12:30"),
    ],
)
def test_native_digits(text: str, expected: str) -> None:
    assert ascii_digits(text) == expected


def test_text_is_nfc_and_keeps_native_digits() -> None:
    decomposed = unicodedata.normalize("NFD", "Việt Nam ១២")
    assert normalise_answer(decomposed, "text") == unicodedata.normalize("NFC", "Việt Nam ១២")


@given(st.text())
def test_normalised_text_is_nfc(text: str) -> None:
    out = normalise_answer(text, "text")
    assert unicodedata.is_normalized("NFC", out)


@given(st.integers(-(10**9), 10**9), st.sampled_from(["០", "໐", "๐", "၀", "０"]))
def test_any_integer_in_any_digits(n: int, zero: str) -> None:
    native = "".join(chr(ord(zero) + int(d)) if d.isdigit() else d for d in str(n))
    assert normalise_answer(native, "integer") == str(n)

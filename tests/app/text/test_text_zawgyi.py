"""Zawgyi detection and conversion, on Burmese written in Zawgyi by hand from the encoding.

Each pair is (Zawgyi, Unicode). The Zawgyi side uses the features that tell the encodings apart:
medial ra typed before the consonant as U+103B (``ျ``), U+1039 as asat, ``ေ`` typed before its
consonant, U+103C as medial wa, kinzi as U+1064 after the consonant, the short medial ya U+107D
and the short na U+108F.
"""

from __future__ import annotations

import pytest

from app.text import check_zawgyi, zawgyi_probability, zawgyi_to_unicode
from app.text.zawgyi import LIKELY_ZAWGYI, has_myanmar

PAIRS = [
    ("ျမန္မာ", "မြန်မာ"),  # Myanmar
    ("ျမန္မာႏိုင္ငံ", "မြန်မာနိုင်ငံ"),  # Myanmar (the country): short na U+108F
    ("ကၽြန္ေတာ္", "ကျွန်တော်"),  # I (male speaker): U+107D medial ya, U+103C medial wa
    ("ေက်ာင္း", "ကျောင်း"),  # school: ေ first, U+103A as medial ya
    ("ေအးေအးမြန္", "အေးအေးမွန်"),  # the name Aye Aye Mon
    ("ရန္ကုန္", "ရန်ကုန်"),  # Yangon
    ("ျပည္ေထာင္စု", "ပြည်ထောင်စု"),  # Union
    ("ေမာင္ေမာင္", "မောင်မောင်"),  # the name Maung Maung
    (
        "ကၽြန္မနာမည္ ေအးေအးမြန္ ျဖစ္ပါတယ္။",
        "ကျွန်မနာမည် အေးအေးမွန် ဖြစ်ပါတယ်။",
    ),  # My name is Aye Aye Mon.
]


@pytest.mark.parametrize("zawgyi,unicode", PAIRS)
def test_zawgyi_is_detected_and_converted(zawgyi: str, unicode: str) -> None:
    assert zawgyi_probability(zawgyi) >= LIKELY_ZAWGYI
    assert zawgyi_to_unicode(zawgyi) == unicode
    check = check_zawgyi(zawgyi)
    assert check.likely_zawgyi
    assert check.unicode_text == unicode
    assert check.text == zawgyi  # the typed text is never replaced behind the user's back


@pytest.mark.parametrize("unicode", [u for _, u in PAIRS])
def test_unicode_burmese_is_not_taken_for_zawgyi(unicode: str) -> None:
    assert zawgyi_probability(unicode) < 0.05
    assert not check_zawgyi(unicode).likely_zawgyi


def test_kinzi_converts_and_is_detected_in_context() -> None:
    # Kinzi (U+1064 in Zawgyi) alone is weak evidence; in a sentence it is clear.
    assert zawgyi_to_unicode("မဂၤလာပါ") == "မင်္ဂလာပါ"
    check = check_zawgyi("မဂၤလာပါ ကၽြန္ေတာ္")
    assert check.likely_zawgyi
    assert check.unicode_text == "မင်္ဂလာပါ ကျွန်တော်"


def test_text_valid_in_both_encodings_is_left_alone() -> None:
    check = check_zawgyi("သူမ")  # "she": the same code points in either encoding
    assert 0.05 < check.probability < LIKELY_ZAWGYI
    assert not check.likely_zawgyi
    assert check.unicode_text == "သူမ"


@pytest.mark.parametrize("text", ["", "Hello", "สมชาย", "សុខា", "李明", "123"])
def test_text_without_burmese_has_probability_zero(text: str) -> None:
    assert not has_myanmar(text)
    assert zawgyi_probability(text) == 0.0
    assert zawgyi_to_unicode(text) == text
    assert not check_zawgyi(text).likely_zawgyi


def test_only_the_burmese_of_mixed_text_is_converted() -> None:
    check = check_zawgyi("Name: ျမန္မာ (Yangon)")
    assert check.likely_zawgyi
    assert check.unicode_text == "Name: မြန်မာ (Yangon)"

from __future__ import annotations

import pytest

from app.errors import BadInput
from app.recovery import ALPHABET, SECRET_BITS, new_recovery_code, normalise_recovery_code


def test_code_has_at_least_128_random_bits_in_eight_groups() -> None:
    code = new_recovery_code()
    groups = code.split("-")
    assert SECRET_BITS >= 128
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert set(code.replace("-", "")) <= set(ALPHABET)
    assert len({new_recovery_code() for _ in range(50)}) == 50


def test_typed_back_loosely_it_is_the_same_code() -> None:
    code = new_recovery_code()
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_recovery_code(typed) == code


@pytest.mark.parametrize("group", range(8))
def test_a_mistyped_character_names_its_group(group: int) -> None:
    code = new_recovery_code()
    chars = list(code)
    pos = group * 6 + 2  # a data character inside the group
    chars[pos] = ALPHABET[(ALPHABET.index(chars[pos]) + 7) % 32]
    with pytest.raises(BadInput, match=f"group {group + 1} "):
        normalise_recovery_code("".join(chars))


def test_swapped_groups_are_caught() -> None:
    code = new_recovery_code()
    groups = code.split("-")
    if groups[1] == groups[2]:
        pytest.skip("identical groups")
    groups[1], groups[2] = groups[2], groups[1]
    with pytest.raises(BadInput, match="group 2 "):
        normalise_recovery_code("-".join(groups))


def test_swapped_neighbour_characters_are_caught() -> None:
    caught = 0
    tried = 0
    for _ in range(200):
        code = new_recovery_code()
        chars = list(code)
        if chars[0] == chars[1]:
            continue
        tried += 1
        chars[0], chars[1] = chars[1], chars[0]
        try:
            normalise_recovery_code("".join(chars))
        except BadInput:
            caught += 1
    assert caught == tried


@pytest.mark.parametrize("text", ["", "ABCDE-FGHJK", "U" * 40])
def test_wrong_length_or_letters_are_refused(text: str) -> None:
    with pytest.raises(BadInput):
        normalise_recovery_code(text)

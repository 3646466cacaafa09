from __future__ import annotations

import pytest

from app.errors import BadInput
from app.workspace.recovery import (
    ALPHABET,
    SECRET_BITS,
    _check_char,
    new_recovery_code,
    normalise_recovery_code,
)


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


@pytest.mark.parametrize(
    "left", range(4)
)  # swap characters left and left+1 (4: the check character)
def test_every_swap_of_two_different_neighbours_is_caught(left: int) -> None:
    rest = new_recovery_code().split("-")[1:]
    for a in range(32):
        for b in range(32):
            if a == b:
                continue
            values = [0, 0, 0, 0]
            values[min(left, 3)] = a
            if left < 3:
                values[left + 1] = b
            group = [ALPHABET[v] for v in values] + [ALPHABET[_check_char(1, values)]]
            assert normalise_recovery_code("-".join(["".join(group), *rest]))
            swapped = group[:]
            swapped[left], swapped[left + 1] = swapped[left + 1], swapped[left]
            if swapped == group:
                continue
            with pytest.raises(BadInput, match="group 1 "):
                normalise_recovery_code("-".join(["".join(swapped), *rest]))


@pytest.mark.parametrize("text", ["", "ABCDE-FGHJK", "U" * 40])
def test_wrong_length_or_letters_are_refused(text: str) -> None:
    with pytest.raises(BadInput):
        normalise_recovery_code(text)

"""Recovery codes: 160 random bits a person can copy by hand and type back without silent mistakes.

Format: eight groups of five Crockford base-32 characters, ``XXXXC-XXXXC-...``. In each group the
first four characters carry 20 bits and the fifth is a check character: a weighted sum in GF(32)
over the group's position and its four characters. A mistyped character, two swapped neighbours and a group typed in
the wrong place are caught and named ("group 3 does not check out"). Decoding is forgiving where
hand-writing is ambiguous: case is ignored, ``I``/``L`` read as ``1``, ``O`` as ``0``, spaces and
dashes are ignored.
"""

from __future__ import annotations

from app.errors import BadInput

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32: no I, L, O, U
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_VALUE.update({"I": 1, "L": 1, "O": 0})
GROUPS = 8
DATA_CHARS = 4
SECRET_BITS = GROUPS * DATA_CHARS * 5  # 160


def _gf32_mul(a: int, b: int) -> int:
    """Multiplication in GF(2^5) with the primitive polynomial x^5 + x^2 + 1."""
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= 0b100101
    return product


def _check_char(position: int, values: list[int]) -> int:
    """sum(alpha^i * c_i) in GF(32) over the group's position (i = 0) and its characters (i = 1..4).

    Every weight is a distinct power of a primitive element, so a changed character changes the sum,
    and swapping two neighbours a, b changes it by alpha^i (1 + alpha)(a + b), never zero for a != b;
    the position term catches a whole group typed in another place.
    """
    total = position % 32
    weight = 1
    for value in values:
        weight = _gf32_mul(weight, 2)
        total ^= _gf32_mul(weight, value)
    return total


def new_recovery_code() -> str:
    import secrets  # here, with the code it makes: not needed to start the app

    groups = []
    for position in range(1, GROUPS + 1):
        values = [secrets.randbelow(32) for _ in range(DATA_CHARS)]
        chars = "".join(ALPHABET[v] for v in values) + ALPHABET[_check_char(position, values)]
        groups.append(chars)
    return "-".join(groups)


def normalise_recovery_code(text: str) -> str:
    """The canonical form of a typed code, or ``BadInput`` naming the first group that is wrong."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    if len(cleaned) != GROUPS * (DATA_CHARS + 1):
        raise BadInput(
            f"a recovery code has {GROUPS} groups of {DATA_CHARS + 1} characters; "
            f"this one has {len(cleaned)} characters"
        )
    groups = []
    for index in range(GROUPS):
        chunk = cleaned[index * 5 : index * 5 + 5]
        try:
            values = [_VALUE[ch] for ch in chunk]
        except KeyError as exc:
            raise BadInput(
                f"group {index + 1} of the recovery code has a character that is not used in codes"
            ) from exc
        if _check_char(index + 1, values[:DATA_CHARS]) != values[DATA_CHARS]:
            raise BadInput(
                f"group {index + 1} of the recovery code does not check out: please look at it again"
            )
        groups.append("".join(ALPHABET[v] for v in values))
    return "-".join(groups)

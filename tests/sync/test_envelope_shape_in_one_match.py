"""``Envelope.check_shape`` matches the five routing fields in one regular expression when all
are well formed, and builds a parsed envelope without the dataclass's ``__init__`` (both for the
pull's speed): what it accepts, refuses and says must be what the five separate patterns say, and
the envelope it builds must be the one ``Envelope(...)`` builds."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.envelope import _CREATED, _NAME, ENVELOPE_ID, KIND, Envelope
from sync.errors import SyncError, SyncErrorKind

GOOD = {
    "id": str(uuid.UUID(int=7)),
    "team": "team-poipet",
    "device": "laptop.3:a_b",
    "kind": "case_event",
    "created": "2026-12-06T23:10:00.123Z",
}
PATTERNS = {"id": ENVELOPE_ID, "team": _NAME, "device": _NAME, "created": _CREATED, "kind": KIND}


def _expected_problems(fields: dict[str, str], signature: bytes, body: bytes) -> list[str]:
    order = ("id", "team", "device", "created", "kind")
    problems = [name for name in order if not PATTERNS[name].fullmatch(fields[name])]
    if len(signature) != 64:
        problems.append("signature")
    if not 0 < len(body) <= 64 * 1024 * 1024:
        problems.append("body size")
    return problems


def _problems(envelope: Envelope) -> list[str]:
    try:
        envelope.check_shape()
    except SyncError as exc:
        assert exc.kind is SyncErrorKind.MALFORMED
        return str(exc).split(": bad ", 1)[1].split(", ")
    return []


# Characters around the patterns' edges: newlines (the joint of the one match), other digits.
FIELD_TEXT = st.text(alphabet="0123456789abcdefAZ-_.:T Z\n\t٣", max_size=40)


@settings(max_examples=400, deadline=None)
@given(
    changes=st.dictionaries(st.sampled_from(list(GOOD)), FIELD_TEXT, max_size=3),
    signature=st.sampled_from([bytes(64), bytes(63)]),
    body=st.sampled_from([b"x", b""]),
)
def test_the_one_match_says_what_five_say(
    changes: dict[str, str], signature: bytes, body: bytes
) -> None:
    fields = {**GOOD, **changes}
    envelope = Envelope(body=body, signature=signature, **fields)
    assert _problems(envelope) == _expected_problems(fields, signature, body)


@pytest.mark.parametrize("field", list(GOOD))
def test_a_newline_inside_or_after_any_field_is_refused_naming_it(field: str) -> None:
    for value in (GOOD[field] + "\n", "\n" + GOOD[field], GOOD[field][:3] + "\n" + GOOD[field][3:]):
        envelope = Envelope(body=b"x", signature=bytes(64), **{**GOOD, field: value})
        assert _problems(envelope) == [field]


def test_a_parsed_envelope_is_the_one_the_dataclass_builds() -> None:
    head = {"v": 1, **GOOD, "recipient_team": "other-team"}
    parsed = Envelope.from_parts(head, b"body", bytes(64))
    built = Envelope(body=b"body", signature=bytes(64), recipient_team="other-team", **GOOD)
    assert parsed == built and hash(parsed) == hash(built)
    assert dataclasses.asdict(parsed) == dataclasses.asdict(built)
    assert parsed.body_sha256 == built.body_sha256
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.team = "another"  # type: ignore[misc]


def test_the_body_hash_is_computed_once_and_kept() -> None:
    import hashlib

    envelope = Envelope(body=b"body", signature=bytes(64), **GOOD)
    assert "body_sha256" not in vars(envelope)
    assert envelope.body_sha256 == hashlib.sha256(b"body").hexdigest()
    assert vars(envelope)["body_sha256"] == envelope.body_sha256
    assert Envelope.body_sha256.__doc__  # the class's attribute stays documented
    assert "body_sha256" not in {field.name for field in dataclasses.fields(Envelope)}

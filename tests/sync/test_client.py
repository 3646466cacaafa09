"""The sync client's error kinds, retries and batches, against a plain function as the server."""

from __future__ import annotations

import random

import httpx
import pytest

from sync.client import SyncClient, batches, with_retries
from sync.envelope import Envelope
from sync.errors import SyncError, SyncErrorKind
from sync.protocol import PROTOCOL_HEADER


def _client(handler: object) -> SyncClient:
    return SyncClient("http://server.invalid", "tok", transport=httpx.MockTransport(handler))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "status,body,kind",
    [
        (401, {"error": "auth", "message": "unknown device"}, SyncErrorKind.AUTH),
        (403, {"error": "revoked", "message": "laptop lost"}, SyncErrorKind.REVOKED),
        (
            426,
            {"error": "protocol", "message": "update fieldcase on this laptop"},
            SyncErrorKind.PROTOCOL,
        ),
        (503, {"error": "server", "message": "busy"}, SyncErrorKind.SERVER),
    ],
)
def test_server_answers_become_error_kinds(
    status: int, body: dict[str, str], kind: SyncErrorKind
) -> None:
    client = _client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(SyncError) as raised:
        client.me()
    assert raised.value.kind is kind
    if status < 500:
        assert body["message"] in str(raised.value)


def test_every_request_says_its_protocol_and_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": "approved"})

    _client(handler).me()
    assert (
        seen[0].headers[PROTOCOL_HEADER] == "1" and seen[0].headers["Authorization"] == "Bearer tok"
    )


def test_a_dropped_connection_is_a_network_error_and_is_retried() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls < 3:
            raise httpx.ConnectError("dropped")
        return httpx.Response(200, json={"status": "approved"})

    waits: list[float] = []
    client = _client(handler)
    assert with_retries(client.me, sleep=waits.append, rng=random.Random(1))["status"] == "approved"
    assert calls == 3 and len(waits) == 2 and waits[0] <= 0.5 and waits[1] <= 1.0


def test_refusals_are_not_retried() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(401, json={"error": "auth", "message": "no"})

    with pytest.raises(SyncError):
        with_retries(_client(handler).me, sleep=lambda s: None)
    assert calls == 1


def test_retries_give_up_after_the_last_attempt() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow")

    with pytest.raises(SyncError) as raised:
        with_retries(_client(handler).me, attempts=3, sleep=lambda s: None)
    assert raised.value.kind is SyncErrorKind.NETWORK


def _envelope(size: int) -> Envelope:
    return Envelope(
        "01a22222-0000-7000-8000-000000000000",
        "t",
        "d",
        "case_event",
        "2026-11-28T10:00:00.000Z",
        b"x" * size,
        b"\0" * 64,
    )


def test_batches_stay_under_the_size_bound() -> None:
    envelopes = [_envelope(100_000) for _ in range(50)]
    split = batches(envelopes, max_bytes=1_000_000)
    assert sum(len(b) for b in split) == 50
    assert all(sum(len(e.body) * 4 // 3 for e in b) <= 1_000_000 for b in split)
    assert len(batches([_envelope(10) for _ in range(2500)])) == 3  # at most 1000 per batch

"""The sync client's error kinds, retries and batches, against a plain function as the server."""

from __future__ import annotations

import gzip
import json
import random
import uuid

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync import age, batch
from sync.client import SyncClient, batches, with_retries
from sync.envelope import Envelope, seal
from sync.errors import SyncError, SyncErrorKind
from sync.protocol import OLDEST_PROTOCOL, PROTOCOL_HEADER, PROTOCOL_VERSION


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
        seen[0].headers[PROTOCOL_HEADER] == str(PROTOCOL_VERSION)
        and seen[0].headers["Authorization"] == "Bearer tok"
    )


def _signed(count: int) -> list[Envelope]:
    key = Ed25519PrivateKey.generate()
    _, recipient = age.generate_identity()
    return [
        seal(b"x" * 50, recipients=[recipient], signer=key, envelope_id=str(uuid.uuid4()),
             team="t", device="d", kind="case_event")
        for _ in range(count)
    ]  # fmt: skip


def _push_server(speaks: int, seen: list[httpx.Request]) -> object:
    """A server that speaks only protocol ``speaks`` and accepts every envelope pushed."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.headers[PROTOCOL_HEADER] != str(speaks):
            return httpx.Response(
                426, json={"error": "protocol", "message": "update", "server_protocol": speaks}
            )
        raw = gzip.decompress(request.content)
        if request.headers["Content-Type"] == batch.CONTENT_TYPE:
            ids = [record.envelope().id for record in batch.decode(raw)]
        else:
            ids = [Envelope.from_wire(w).id for w in json.loads(raw)["envelopes"]]
        results = [
            {"id": i, "status": "accepted", "seq": n, "reason": None} for n, i in enumerate(ids)
        ]
        return httpx.Response(200, json={"results": results})

    return handler


def test_a_protocol_2_client_pushes_framed_batches_to_a_protocol_2_server() -> None:
    seen: list[httpx.Request] = []
    envelopes = _signed(3)
    results = _client(_push_server(2, seen)).push(envelopes)
    assert [r["id"] for r in results] == [e.id for e in envelopes]
    assert len(seen) == 1 and seen[0].headers["Content-Type"] == batch.CONTENT_TYPE
    assert [r.envelope() for r in batch.decode(gzip.decompress(seen[0].content))] == envelopes


def test_a_client_steps_down_to_a_protocol_1_server_and_stays_there() -> None:
    """A laptop updated before its server: the 426 names protocol 1, which the laptop speaks."""
    seen: list[httpx.Request] = []
    client = _client(_push_server(1, seen))
    envelopes = _signed(2)
    assert [r["status"] for r in client.push(envelopes)] == ["accepted"] * 2
    assert [r.headers[PROTOCOL_HEADER] for r in seen] == [str(PROTOCOL_VERSION), "1"]
    assert seen[1].headers["Content-Type"] == "application/json"
    client.push(_signed(1))
    assert [r.headers[PROTOCOL_HEADER] for r in seen[2:]] == ["1"]


def test_a_client_does_not_step_down_to_a_protocol_it_does_not_speak() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(SyncError) as raised:
        _client(_push_server(OLDEST_PROTOCOL - 1, seen)).push(_signed(1))
    assert raised.value.kind is SyncErrorKind.PROTOCOL and len(seen) == 1


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

"""Push (idempotent, per-envelope results, quarantine) and pull (cursor, paging, routing)."""

from __future__ import annotations

import base64
import gzip
import json
import os

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from sync.protocol import MAX_BATCH_BYTES
from sync.server import models
from sync.server.database import Database
from tests.sync.server.kit import Laptop, enrol, push


def stored(db: Database) -> int:
    with db.session() as session:
        return session.execute(select(func.count()).select_from(models.Envelope)).scalar_one()


def quarantine(db: Database) -> list[models.Quarantine]:
    with db.session() as session:
        return list(session.execute(select(models.Quarantine)).scalars())


@pytest.fixture
def laptop(client: TestClient, db: Database) -> Laptop:
    return enrol(client, db, Laptop("laptop-1"), "mekong-1")


def test_the_same_batch_twice_is_stored_once(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    batch = [laptop.envelope().to_wire() for _ in range(5)]
    first = push(client, laptop, batch).json()["results"]
    assert [r["status"] for r in first] == ["accepted"] * 5
    assert [r["id"] for r in first] == [w["id"] for w in batch]
    again = push(client, laptop, batch).json()["results"]
    assert [r["status"] for r in again] == ["duplicate"] * 5
    assert [r["seq"] for r in again] == [r["seq"] for r in first]
    assert stored(db) == 5


def test_one_id_twice_in_a_batch_is_stored_once(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    wire = laptop.envelope().to_wire()
    results = push(client, laptop, [wire, wire]).json()["results"]
    assert [r["status"] for r in results] == ["accepted", "duplicate"]
    assert stored(db) == 1


def test_a_tampered_envelope_is_quarantined_and_the_rest_accepted(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    batch = [laptop.envelope().to_wire() for _ in range(3)]
    body = bytearray(base64.b64decode(batch[1]["body"]))
    body[-1] ^= 1
    batch[1]["body"] = base64.b64encode(bytes(body)).decode()
    results = push(client, laptop, batch).json()["results"]
    assert [r["status"] for r in results] == ["accepted", "refused", "accepted"]
    assert "signature" in results[1]["reason"] and results[1]["seq"] is None
    assert stored(db) == 2
    [held] = quarantine(db)
    assert held.envelope_id == batch[1]["id"] and "signature" in held.reason
    assert json.loads(held.wire)["body"] == batch[1]["body"]
    pulled = client.get("/v1/pull", headers=laptop.auth).json()["envelopes"]
    assert batch[1]["id"] not in {p["envelope"]["id"] for p in pulled}


def test_same_id_other_content_is_refused(client: TestClient, db: Database, laptop: Laptop) -> None:
    original = laptop.envelope(b"first")
    push(client, laptop, [original.to_wire()])
    other = laptop.envelope(b"second")
    forged = laptop.envelope(b"second").__class__(
        **{**other.__dict__, "id": original.id, "signature": b"\0" * 64}
    )
    resigned = forged.__class__(
        **{**forged.__dict__, "signature": laptop.key.sign(forged.signing_bytes())}
    )
    [result] = push(client, laptop, [resigned.to_wire()]).json()["results"]
    assert result["status"] == "refused" and "other content" in result["reason"]
    pulled = client.get("/v1/pull", headers=laptop.auth).json()["envelopes"]
    assert [base64.b64decode(p["envelope"]["body"]) for p in pulled] == [b"first"]


def test_an_envelope_claiming_another_device_is_refused(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    other = enrol(client, db, Laptop("laptop-2"), "mekong-1")
    theirs = other.envelope().to_wire()
    # laptop-1 replays laptop-2's envelope, validly signed by laptop-2, as its own push.
    [result] = push(client, laptop, [theirs]).json()["results"]
    assert result["status"] == "refused"
    assert "claims device laptop-2" in result["reason"]
    assert "authenticated as device laptop-1" in result["reason"]
    # ... and signing it with its own key while claiming laptop-2 fails the same way.
    [forged] = push(client, laptop, [laptop.envelope(device="laptop-2").to_wire()]).json()[
        "results"
    ]
    assert forged["status"] == "refused"
    assert stored(db) == 0


def test_an_envelope_for_another_team_is_refused(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    [result] = push(client, laptop, [laptop.envelope(team="delta-2").to_wire()]).json()["results"]
    assert result["status"] == "refused" and "team" in result["reason"]


def test_malformed_items_are_refused_one_by_one(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    good = laptop.envelope().to_wire()
    results = push(client, laptop, ["nonsense", {"v": 1, "id": "x"}, good]).json()["results"]
    assert [r["status"] for r in results] == ["refused", "refused", "accepted"]
    assert results[0]["id"] is None and results[1]["id"] == "x"
    assert len(quarantine(db)) == 2


def test_hostile_strings_are_refused_without_failing_the_batch(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    long_created = laptop.envelope()
    long_created = long_created.__class__(**{**long_created.__dict__, "created": "9" * 10_000})
    nul_id = {**laptop.envelope().to_wire(), "id": "\x00" * 10}
    good = laptop.envelope().to_wire()
    response = push(client, laptop, [long_created.to_wire(), nul_id, good])
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["refused", "refused", "accepted"]
    assert results[1]["id"] == "\\x00" * 10
    assert len(quarantine(db)) == 2


@pytest.mark.parametrize(
    "body,status",
    [(b"not json", 400), (b"[]", 400), (b'{"envelopes": 3}', 400)],
)
def test_a_batch_that_is_not_a_batch_is_400(
    client: TestClient, laptop: Laptop, body: bytes, status: int
) -> None:
    response = client.post("/v1/push", content=body, headers=laptop.auth)
    assert response.status_code == status and response.json()["error"] == "malformed"


def test_gzip_bodies_are_accepted(client: TestClient, db: Database, laptop: Laptop) -> None:
    batch = {"envelopes": [laptop.envelope().to_wire() for _ in range(3)]}
    response = client.post(
        "/v1/push",
        content=gzip.compress(json.dumps(batch).encode()),
        headers={**laptop.auth, "Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    assert response.status_code == 200
    assert [r["status"] for r in response.json()["results"]] == ["accepted"] * 3
    broken = client.post(
        "/v1/push", content=b"\x1f\x8b garbage", headers={**laptop.auth, "Content-Encoding": "gzip"}
    )
    assert broken.status_code == 400


def test_batches_are_bounded_before_and_after_inflating(client: TestClient, laptop: Laptop) -> None:
    big = client.post("/v1/push", content=b" " * (MAX_BATCH_BYTES + 1), headers=laptop.auth)
    assert big.status_code == 413 and big.json()["error"] == "too_large"
    bomb = gzip.compress(b'{"envelopes": [' + b" " * (MAX_BATCH_BYTES * 2) + b"]}")
    assert len(bomb) < MAX_BATCH_BYTES
    inflated = client.post(
        "/v1/push", content=bomb, headers={**laptop.auth, "Content-Encoding": "gzip"}
    )
    assert inflated.status_code == 413


def test_pull_pages_through_the_team_in_order(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    mate = enrol(client, db, Laptop("laptop-2"), "mekong-1")
    stranger = enrol(client, db, Laptop("laptop-3"), "delta-2")
    pushed: list[str] = []
    for round_ in range(3):
        for who in (laptop, mate):
            batch = [
                who.envelope(f"{who.device}/{round_}/{i}".encode()).to_wire() for i in range(4)
            ]
            push(client, who, batch)
            pushed += [w["id"] for w in batch]
        push(client, stranger, [stranger.envelope().to_wire()])

    seen: list[str] = []
    seqs: list[int] = []
    since, pages = 0, 0
    while True:
        page = client.get("/v1/pull", params={"since": since, "limit": 5}, headers=mate.auth).json()
        pages += 1
        seen += [p["envelope"]["id"] for p in page["envelopes"]]
        seqs += [p["seq"] for p in page["envelopes"]]
        assert len(page["envelopes"]) <= 5
        since = page["next"]
        if not page["more"]:
            break
    assert seen == pushed  # every team envelope, in push order, none of the other team's
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert pages == 5
    empty = client.get("/v1/pull", params={"since": since}, headers=mate.auth).json()
    assert empty == {"envelopes": [], "next": since, "more": False}


def test_pulled_envelopes_are_exactly_what_was_pushed(client: TestClient, laptop: Laptop) -> None:
    wire = laptop.envelope(b"\x00\xff" * 100).to_wire()
    push(client, laptop, [wire])
    [pulled] = client.get("/v1/pull", headers=laptop.auth).json()["envelopes"]
    assert pulled["envelope"] == wire
    from sync.envelope import Envelope

    Envelope.from_wire(pulled["envelope"]).verify(laptop.public_key)


def test_a_pulled_page_comes_compressed_to_a_client_that_accepts_gzip(
    client: TestClient, laptop: Laptop
) -> None:
    """Pull pages carry base64 ciphertext: gzip gives back about a quarter of the bytes on a slow
    line. The page is the same either way."""
    wires = [laptop.envelope(os.urandom(2048)).to_wire() for _ in range(10)]  # as ciphertext is
    push(client, laptop, wires)
    zipped = client.get("/v1/pull", headers={**laptop.auth, "Accept-Encoding": "gzip"})
    plain = client.get("/v1/pull", headers={**laptop.auth, "Accept-Encoding": "identity"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in plain.headers
    assert zipped.json() == plain.json()
    assert [p["envelope"] for p in plain.json()["envelopes"]] == wires
    assert int(zipped.headers["content-length"]) < 0.8 * int(plain.headers["content-length"])


def test_a_referral_reaches_its_recipient_team(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    partner = enrol(client, db, Laptop("ngo-laptop"), "ngo-shelter")
    referral = {**laptop.envelope(kind="referral").to_wire(), "recipient_team": "ngo-shelter"}
    note = {**laptop.envelope().to_wire(), "recipient_team": "ngo-shelter"}
    results = push(client, laptop, [referral, note]).json()["results"]
    assert [r["status"] for r in results] == ["accepted", "refused"]
    assert "referral" in results[1]["reason"]
    [got] = client.get("/v1/pull", headers=partner.auth).json()["envelopes"]
    assert got["envelope"]["id"] == referral["id"] and got["recipient_team"] == "ngo-shelter"
    assert "recipient_team" not in got["envelope"]


def test_pull_parameters_are_checked(client: TestClient, laptop: Laptop) -> None:
    for params in ({"since": -1}, {"limit": 0}, {"limit": 100000}, {"since": "x"}):
        response = client.get("/v1/pull", params=params, headers=laptop.auth)
        assert response.status_code == 400, params
        assert response.json()["error"] == "malformed"


@pytest.mark.parametrize("since", [10**23, 2**63, -1])
def test_a_cursor_out_of_range_is_refused_not_a_server_error(
    client: TestClient, laptop: Laptop, since: int
) -> None:
    answer = client.get(f"/v1/pull?since={since}", headers=laptop.auth)
    assert answer.status_code == 400 and answer.json()["error"] == "malformed"


def test_the_largest_cursor_is_an_empty_page(client: TestClient, laptop: Laptop) -> None:
    push(client, laptop, [laptop.envelope().to_wire()])
    answer = client.get(f"/v1/pull?since={2**63 - 1}", headers=laptop.auth)
    assert answer.status_code == 200 and answer.json()["envelopes"] == []


def test_deeply_nested_json_is_refused_and_the_server_goes_on(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    depth = 100_000
    body = '{"envelopes": [' + "[" * depth + "]" * depth + "]}"
    answer = client.post(
        "/v1/push", content=body, headers={**laptop.auth, "Content-Type": "application/json"}
    )
    assert answer.status_code == 400 and "nested" in answer.json()["message"]
    wire = laptop.envelope().to_wire()
    assert push(client, laptop, [wire]).json()["results"][0]["status"] == "accepted"
    assert stored(db) == 1

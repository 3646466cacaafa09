"""A device's own envelopes are left out of its pulls when it asks (``include_own=false``), with
the cursor exact: no other device's envelope skipped, none served twice, own ones stepped over
once; ``GET /v1/devices/me`` names the newest seq of its own (sync/README.md)."""

from __future__ import annotations

import threading
from typing import Any

from fastapi.testclient import TestClient

from sync.server.database import Database
from tests.sync.server.kit import Laptop, enrol, push


def pages(client: TestClient, who: Laptop, since: int = 0, **params: Any) -> tuple[list[str], int]:
    """Every id a pull from ``since`` serves, page by page; and the last cursor."""
    seen: list[str] = []
    while True:
        page = client.get("/v1/pull", params={"since": since, **params}, headers=who.auth).json()
        seen += [p["envelope"]["id"] for p in page["envelopes"]]
        assert page["next"] >= since
        since = page["next"]
        if not page["more"]:
            return seen, since


def test_a_laptop_that_pushed_pulls_none_of_its_own_and_its_mate_gets_all(
    client: TestClient, db: Database
) -> None:
    laptop = enrol(client, db, Laptop("laptop-1"), "mekong-1")
    mate = enrol(client, db, Laptop("laptop-2"), "mekong-1")
    stranger = enrol(client, db, Laptop("laptop-3"), "delta-2")
    mine, theirs = [], []
    for round_ in range(4):  # interleaved, so own envelopes sit between the others in seq order
        batch = [laptop.envelope(f"1/{round_}/{i}".encode()).to_wire() for i in range(3)]
        push(client, laptop, batch)
        mine += [w["id"] for w in batch]
        other = [mate.envelope(f"2/{round_}/{i}".encode()).to_wire() for i in range(2)]
        push(client, mate, other)
        theirs += [w["id"] for w in other]
        push(client, stranger, [stranger.envelope().to_wire()])

    seen, cursor = pages(client, laptop, limit=2, include_own="false")
    assert seen == theirs  # in seq order, each once, none of its own, none of another team
    got, _ = pages(client, mate, limit=3, include_own="false")
    assert got == mine
    everything, _ = pages(client, laptop, limit=5)  # the default: as before, own ones too
    assert sorted(everything) == sorted(mine + theirs)

    # The cursor stepped over the trailing own (and other team's) envelopes: nothing to rescan.
    assert cursor == 24  # the newest seq, a stranger's
    push(client, laptop, [laptop.envelope(b"late own").to_wire()])
    late = mate.envelope(b"late mate").to_wire()
    push(client, mate, [late])
    assert pages(client, laptop, cursor, include_own="false")[0] == [late["id"]]


def test_devices_me_names_the_newest_seq_of_its_own(client: TestClient, db: Database) -> None:
    laptop = enrol(client, db, Laptop("laptop-1"), "mekong-1")
    mate = enrol(client, db, Laptop("laptop-2"), "mekong-1")
    assert client.get("/v1/devices/me", headers=laptop.auth).json()["newest_seq"] == 0
    results = push(client, laptop, [laptop.envelope().to_wire() for _ in range(3)]).json()
    push(client, mate, [mate.envelope().to_wire()])
    me = client.get("/v1/devices/me", headers=laptop.auth).json()
    assert me["newest_seq"] == results["results"][-1]["seq"] == 3
    # The roster does not carry it (it is about the asking device only).
    roster = client.get("/v1/devices", headers=laptop.auth).json()
    assert all(row.get("newest_seq") is None for row in roster)


def test_a_restored_copy_gets_back_its_own_envelopes_after_its_old_cursor(
    client: TestClient, db: Database
) -> None:
    """What a laptop put back from a backup does: its old cursor, its own envelopes included."""
    laptop = enrol(client, db, Laptop("laptop-1"), "mekong-1")
    mate = enrol(client, db, Laptop("laptop-2"), "mekong-1")
    push(client, laptop, [laptop.envelope(b"before backup").to_wire()])
    _, backup_cursor = pages(client, laptop, include_own="false")
    after = [laptop.envelope(f"after {i}".encode()).to_wire() for i in range(3)]
    push(client, laptop, after)  # made after the backup: the copy never saw these
    other = mate.envelope(b"mate").to_wire()
    push(client, mate, [other])
    seen, _ = pages(client, laptop, backup_cursor, include_own="true", limit=2)
    assert seen == [w["id"] for w in after] + [other["id"]]


def test_no_envelope_is_skipped_while_others_push_during_the_pull(
    client: TestClient, db: Database
) -> None:
    """The cursor steps over own envelopes to the newest committed seq; pushes committing while
    pages are read must still all arrive, each once."""
    laptop = enrol(client, db, Laptop("laptop-1"), "mekong-1")
    mate = enrol(client, db, Laptop("laptop-2"), "mekong-1")
    pushed: list[str] = []
    stop = threading.Event()

    def mate_pushes() -> None:
        for i in range(30):
            wire = mate.envelope(f"m{i}".encode()).to_wire()
            push(client, mate, [wire])
            pushed.append(wire["id"])
        stop.set()

    def own_pushes() -> None:
        while not stop.is_set():
            push(client, laptop, [laptop.envelope().to_wire()])

    threads = [threading.Thread(target=mate_pushes), threading.Thread(target=own_pushes)]
    for thread in threads:
        thread.start()
    seen: list[str] = []
    cursor = 0
    while not stop.is_set():
        got, cursor = pages(client, laptop, cursor, include_own="false", limit=3)
        seen += got
    for thread in threads:
        thread.join()
    got, _ = pages(client, laptop, cursor, include_own="false", limit=3)
    seen += got
    assert seen == pushed

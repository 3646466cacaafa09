"""Several server processes on one database: sequence numbers come from the database, pushes
commit in sequence order, and a reader following the cursor while others push misses nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.api import create_app
from sync.server.database import Database
from tests.sync.server.kit import Laptop, enrol, push


@pytest.fixture
def second_client(db_url: str) -> Iterator[TestClient]:
    """Another app on the same database: stands for a second server process."""
    with TestClient(create_app(db_url), headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}) as other:
        yield other


def test_concurrent_pushes_through_two_servers_are_all_pulled_once(
    client: TestClient, second_client: TestClient, db: Database
) -> None:
    writers = [enrol(client, db, Laptop(f"writer-{i}"), "mekong-1") for i in range(4)]
    reader = enrol(client, db, Laptop("reader"), "mekong-1")
    acknowledged: set[str] = set()
    lock = threading.Lock()
    done = threading.Event()
    errors: list[BaseException] = []

    def write(laptop: Laptop, server: TestClient) -> None:
        try:
            for _ in range(8):
                batch = [laptop.envelope().to_wire() for _ in range(5)]
                response = push(server, laptop, batch)
                assert response.status_code == 200, response.text
                results = response.json()["results"]
                assert {r["status"] for r in results} == {"accepted"}
                with lock:
                    acknowledged.update(r["id"] for r in results)
        except BaseException as exc:
            errors.append(exc)

    seen: list[str] = []
    seqs: list[int] = []

    def follow() -> None:
        since = 0
        while True:
            finished = done.is_set()  # read BEFORE pulling: the last pull sees everything
            page = second_client.get(
                "/v1/pull", params={"since": since, "limit": 7}, headers=reader.auth
            ).json()
            seen.extend(p["envelope"]["id"] for p in page["envelopes"])
            seqs.extend(p["seq"] for p in page["envelopes"])
            since = page["next"]
            if finished and not page["more"]:
                return

    threads = [
        threading.Thread(target=write, args=(w, client if i % 2 else second_client))
        for i, w in enumerate(writers)
    ]
    follower = threading.Thread(target=follow)
    follower.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    follower.join()
    assert not errors, errors
    assert len(acknowledged) == 4 * 8 * 5
    assert len(seen) == len(set(seen))  # nothing twice
    assert set(seen) == acknowledged  # nothing skipped by the cursor
    assert seqs == sorted(seqs)


def test_servers_starting_together_on_postgresql_migrate_once() -> None:
    """Four processes migrate one fresh database at once (Alembic is not thread-safe, so real
    processes): the advisory lock makes them take turns, and all four start."""
    import os
    import subprocess
    import sys

    from tests.sync.server.kit import PG_ENV, PG_SKIP, PgSchema

    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(PG_SKIP)
    script = "import sys; from sync.server.database import open_database as o; o(sys.argv[1])"
    with PgSchema(base) as url:
        starts = [
            subprocess.Popen([sys.executable, "-c", script, url], stderr=subprocess.PIPE)
            for _ in range(4)
        ]
        for start in starts:
            _, err = start.communicate(timeout=120)
            assert start.returncode == 0, err.decode()

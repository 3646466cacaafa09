"""Load: many laptops syncing at once against real server processes sharing one database.

Each simulated laptop is an async httpx client with its own Ed25519 device key, enrolled through
``POST /v1/devices`` with a one-time code and approved with its fingerprint, in a team of ten.
Its envelopes are real: case events sealed with age to the team's key and the supervisors' export
key and signed by the device (``sync.envelope.seal``), pushed gzip-compressed as ``SyncClient``
pushes them. Every few seconds (at random) a laptop pushes a batch of 1-8 new envelopes, then
pulls its team's envelopes from its cursor until ``more`` is false. The laptops are spread over
several ``fieldcase server`` processes, as behind a load balancer.

Measured: requests, errors (a transport failure, a non-200 answer, an envelope refused) and the
latency of pushes and pulls (p50, p99). Proved: no error; the server holds exactly the
envelopes acknowledged, once each; every laptop has pulled every envelope of its team.

Sizes (``make reliability``: 200 laptops, 300 s, PostgreSQL, 3 server processes)::

    FIELDCASE_LOAD_LAPTOPS   20     FIELDCASE_LOAD_SECONDS   20
    FIELDCASE_LOAD_SERVERS   2      FIELDCASE_LOAD_INTERVAL  2   (mean seconds between syncs)

PostgreSQL when ``FIELDCASE_TEST_PG_URL`` is set, else SQLite (one file, the same processes).
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import random
import statistics
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import func, select

from sync import age
from sync.envelope import Envelope, seal
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server import approvals, enrolment, models
from sync.server.database import open_database
from tests.integration.test_server_process import ServerProcess
from tests.reliability import record
from tests.sync.server.kit import PG_ENV, PgSchema

LAPTOPS = int(os.environ.get("FIELDCASE_LOAD_LAPTOPS", "20"))
SECONDS = float(os.environ.get("FIELDCASE_LOAD_SECONDS", "20"))
SERVERS = int(os.environ.get("FIELDCASE_LOAD_SERVERS", "2"))
INTERVAL = float(os.environ.get("FIELDCASE_LOAD_INTERVAL", "2"))
TEAM_SIZE = 10
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    base = os.environ.get(PG_ENV)
    if not base:
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    with PgSchema(base) as url:
        yield url


@dataclass
class Laptop:
    name: str
    team: str
    recipients: list[str]
    server: str
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    recipient: str = field(default_factory=lambda: age.generate_identity()[1])
    token: str = ""
    ready: list[Envelope] = field(default_factory=list)  # sealed, not yet pushed
    acknowledged: set[str] = field(default_factory=set)
    pulled: set[str] = field(default_factory=set)
    cursor: int = 0

    def registration(self, code: str) -> dict[str, str]:
        import base64

        public = self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return {
            "enrolment_code": code,
            "device": self.name,
            "signing_key": base64.b64encode(public).decode(),
            "age_recipient": self.recipient,
        }

    def seal_event(self, n: int) -> Envelope:
        event = {
            "event": "update",
            "case": str(uuid.uuid4()),
            "device": self.name,
            "n": n,
            "fields": {"prs_First_Name": "សុខ ដារ៉ា", "notes": "follow-up visit " * 12},
        }
        return seal(
            json.dumps(event, ensure_ascii=False).encode("utf-8"),
            recipients=self.recipients,
            signer=self.key,
            envelope_id=str(uuid.uuid4()),
            team=self.team,
            device=self.name,
            kind="case_event",
        )


@dataclass
class Tally:
    push_ms: list[float] = field(default_factory=list)
    pull_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def _push(client: httpx.AsyncClient, laptop: Laptop, tally: Tally) -> None:
    batch = laptop.ready[:8]
    if not batch:
        return
    raw = json.dumps({"envelopes": [e.to_wire() for e in batch]}).encode("utf-8")
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    started = time.perf_counter()
    response = await client.post("/v1/push", content=gzip.compress(raw, 6), headers=headers)
    tally.push_ms.append((time.perf_counter() - started) * 1000)
    if response.status_code != 200:
        tally.errors.append(f"push {response.status_code}: {response.text[:200]}")
        return
    results = response.json()["results"]
    for envelope, result in zip(batch, results, strict=True):
        if result["status"] not in ("accepted", "duplicate"):
            tally.errors.append(f"push refused {envelope.id}: {result['reason']}")
            return
        laptop.acknowledged.add(envelope.id)
    del laptop.ready[: len(batch)]


async def _pull(client: httpx.AsyncClient, laptop: Laptop, tally: Tally) -> None:
    while True:
        started = time.perf_counter()
        response = await client.get("/v1/pull", params={"since": laptop.cursor, "limit": 200})
        tally.pull_ms.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            tally.errors.append(f"pull {response.status_code}: {response.text[:200]}")
            return
        page = response.json()
        laptop.pulled.update(item["envelope"]["id"] for item in page["envelopes"])
        laptop.cursor = page["next"]
        if not page["more"]:
            return


async def _laptop(laptop: Laptop, deadline: float, tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    n = 0
    headers = {**HEADERS, "Authorization": f"Bearer {laptop.token}"}
    async with httpx.AsyncClient(base_url=laptop.server, headers=headers, timeout=120) as client:
        await asyncio.sleep(rng.uniform(0, INTERVAL))  # laptops do not start in step
        while time.monotonic() < deadline:
            for _ in range(rng.randint(1, 8)):  # new work since the last sync
                laptop.ready.append(laptop.seal_event(n))
                n += 1
            try:
                await _push(client, laptop, tally)
                await _pull(client, laptop, tally)
            except httpx.HTTPError as exc:  # counted; the next sync retries, as SyncClient does
                tally.errors.append(f"{type(exc).__name__}: {exc!r}")
            await asyncio.sleep(rng.uniform(0, 2 * INTERVAL))
        while laptop.ready and len(tally.errors) < 20:  # the last push of the day
            await _push(client, laptop, tally)


async def _catch_up(laptop: Laptop, tally: Tally) -> None:
    """After every laptop's last push: one more pull, which must bring the whole team's work."""
    headers = {**HEADERS, "Authorization": f"Bearer {laptop.token}"}
    async with httpx.AsyncClient(base_url=laptop.server, headers=headers, timeout=120) as client:
        await _pull(client, laptop, tally)


async def _run(laptops: list[Laptop], tally: Tally) -> float:
    deadline = time.monotonic() + SECONDS
    started = time.monotonic()
    await asyncio.gather(*(_laptop(lp, deadline, tally, i) for i, lp in enumerate(laptops)))
    elapsed = time.monotonic() - started
    await asyncio.gather(*(_catch_up(lp, tally) for lp in laptops))
    return elapsed


def _enrol(db_url: str, laptops: list[Laptop]) -> None:
    db = open_database(db_url)
    try:
        for laptop in laptops:
            code = enrolment.issue_enrolment_code(db, laptop.team)
            response = httpx.post(
                f"{laptop.server}/v1/devices",
                json=laptop.registration(code),
                headers=HEADERS,
                timeout=60,
            )
            assert response.status_code == 201, response.text
            body = response.json()
            laptop.token = body["token"]
            approvals.approve(db, laptop.name, fingerprint=body["fingerprint"])
    finally:
        db.dispose()


def test_laptops_syncing_at_once_lose_nothing_and_get_answers_quickly(
    db_url: str, tmp_path: Path
) -> None:
    kind = "postgresql" if db_url.startswith("postgresql") else "sqlite"
    servers = [ServerProcess(db_url, tmp_path / f"server{i}.log") for i in range(SERVERS)]
    for server in servers:
        server.start()
    try:
        export = age.generate_identity()[1]
        team_keys = {
            f"team{t}": age.generate_identity()[1] for t in range(-(-LAPTOPS // TEAM_SIZE))
        }
        laptops = [
            Laptop(
                name=f"laptop-{i:03d}",
                team=f"team{i // TEAM_SIZE}",
                recipients=[team_keys[f"team{i // TEAM_SIZE}"], export],
                server=servers[i % len(servers)].url,
            )
            for i in range(LAPTOPS)
        ]
        _enrol(db_url, laptops)
        tally = Tally()
        elapsed = asyncio.run(_run(laptops, tally))
    finally:
        for server in servers:
            server.stop()

    assert not tally.errors, tally.errors[:10]
    acknowledged = {i for lp in laptops for i in lp.acknowledged}
    db = open_database(db_url)
    try:
        with db.session() as session:
            stored, distinct = session.execute(
                select(func.count(), func.count(func.distinct(models.Envelope.id)))
            ).one()
    finally:
        db.dispose()
    assert stored == distinct == len(acknowledged)  # each acknowledged envelope, exactly once
    for laptop in laptops:
        team = {i for lp in laptops if lp.team == laptop.team for i in lp.acknowledged}
        assert laptop.pulled == team, f"{laptop.name} misses {len(team - laptop.pulled)}"

    requests = len(tally.push_ms) + len(tally.pull_ms)
    every = tally.push_ms + tally.pull_ms
    figures = (
        f"push p50 {statistics.median(tally.push_ms):.0f} ms p99 "
        f"{_percentile(tally.push_ms, 0.99):.0f} ms; pull p50 "
        f"{statistics.median(tally.pull_ms):.0f} ms p99 {_percentile(tally.pull_ms, 0.99):.0f} ms; "
        f"all p50 {statistics.median(every):.0f} ms p99 {_percentile(every, 0.99):.0f} ms"
    )
    print(
        f"\nload: {LAPTOPS} laptops, {elapsed:.0f} s, {SERVERS} server processes on {kind}: "
        f"{requests} requests ({requests / elapsed:.1f}/s), {len(acknowledged)} envelopes, "
        f"0 errors; {figures}"
    )
    record(
        f"load: {LAPTOPS} laptops syncing {SECONDS:.0f} s, {SERVERS} servers on {kind}",
        f"{requests} requests, {len(acknowledged)} envelopes stored once and pulled by every "
        f"team mate, 0 errors; {figures}",
        "pass",
    )

"""Sync benchmark: batched, compressed pushes against an OpenRosa-style baseline, same server.

A real ``fieldcase server`` process on loopback (SQLite, and PostgreSQL when
``FIELDCASE_TEST_PG_URL`` is set). The same N real envelopes (sealed case events of realistic
intakes: age-encrypted, signed) are pushed twice by enrolled laptops:

- fieldcase: ``SyncClient.push`` in batches (gzip, up to 1,000 envelopes per request);
- baseline: one HTTP request per submission, uncompressed, as OpenRosa clients send forms.

Printed: submissions per second and bytes on the wire (request bodies) for both, and the ratios
(targets: throughput ≥ 20×, bytes ≤ 0.5×). The last line is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.cases.book import CaseBook  # noqa: E402
from app.cases.demo import _person  # noqa: E402
from app.keyring import Keyring  # noqa: E402
from app.keyslots import KdfCost  # noqa: E402
from app.synchronise import Synchroniser  # noqa: E402
from app.team import found_team  # noqa: E402
from app.workspace import Workspace  # noqa: E402
from sync.client import SyncClient, batches  # noqa: E402
from sync.envelope import Envelope  # noqa: E402
from tests.integration.test_server_process import ServerProcess  # noqa: E402

FIELDCASE = [sys.executable, "-m", "app.cli"]


def cli(*args: str) -> str:
    return subprocess.run(
        [*FIELDCASE, *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def laptop(folder: Path, name: str, server: ServerProcess) -> tuple[CaseBook, str]:
    session, _ = Workspace.create(folder / name, name, "bench password", cost=KdfCost(1, 8192, 1))
    book = CaseBook(session)
    found_team(book, "bench")
    code = cli("server", "enrol-code", "--db", server.db_url, "--team", "bench").strip()
    Synchroniser(book).enrol(server.url, code)
    cli("server", "approve", "--db", server.db_url, "--device", book.device,
        "--fingerprint", Keyring(book.store).fingerprint())  # fmt: skip
    token = book.store.scalar("SELECT secret FROM keys WHERE name = 'server_token'")
    return book, str(token)


def envelopes(book: CaseBook, count: int) -> list[Envelope]:
    import random
    from datetime import date

    rnd = random.Random(3)
    with book.store.atomic():
        for _ in range(count):
            book.open_case(_person(rnd, date(2026, 11, 28)), "intake")
    return book.outbox.pending(limit=count)


class Wire:
    """Counts request body bytes as they go out."""

    def __init__(self) -> None:
        self.bytes = 0

    def __call__(self, request: httpx.Request) -> None:
        self.bytes += len(request.content)


def measure(server: ServerProcess, folder: Path, count: int, tag: str) -> dict[str, float]:
    fast, fast_token = laptop(folder, f"{tag}-batched", server)
    slow, slow_token = laptop(folder, f"{tag}-single", server)
    batch_wire, single_wire = Wire(), Wire()
    fast_envelopes, slow_envelopes = envelopes(fast, count), envelopes(slow, count)

    client = SyncClient(server.url, fast_token)
    client.http.event_hooks["request"] = [batch_wire]
    start = time.perf_counter()
    for batch in batches(fast_envelopes):
        assert all(r["status"] == "accepted" for r in client.push(batch))
    batched_s = time.perf_counter() - start
    client.close()

    headers = {
        "Fieldcase-Protocol": "1",
        "Authorization": f"Bearer {slow_token}",
        "Content-Type": "application/json",
    }
    start = time.perf_counter()
    with httpx.Client(
        base_url=server.url, headers=headers, event_hooks={"request": [single_wire]}
    ) as http:
        for envelope in slow_envelopes:  # one request per submission, as OpenRosa does
            body = json.dumps({"envelopes": [envelope.to_wire()]}).encode()
            assert http.post("/v1/push", content=body).json()["results"][0]["status"] == "accepted"
    single_s = time.perf_counter() - start
    for book in (fast, slow):
        book.session.lock()
    return {
        "batched_per_s": count / batched_s,
        "single_per_s": count / single_s,
        "batched_bytes": batch_wire.bytes,
        "single_bytes": single_wire.bytes,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 submissions")
    args = parser.parse_args()
    count = 500 if args.quick else 3000
    summary: dict[str, Any] = {"bench": "sync", "n": count}
    databases = [("sqlite", None)]
    if os.environ.get("FIELDCASE_TEST_PG_URL"):
        databases.append(("postgresql", os.environ["FIELDCASE_TEST_PG_URL"]))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, url in databases:
            if url is None:
                url = f"sqlite:///{folder / 'server.db'}"
            else:
                from tests.sync.server.kit import PgSchema

                schema = PgSchema(url)
                url = schema.__enter__()
            server = ServerProcess(url, folder / f"{name}.log")
            server.start()
            try:
                figures = measure(server, folder, count, name)
            finally:
                server.stop()
            throughput = figures["batched_per_s"] / figures["single_per_s"]
            wire = figures["batched_bytes"] / figures["single_bytes"]
            print(
                f"{name:>10}: batched {figures['batched_per_s']:8.0f}/s, one per request {figures['single_per_s']:6.0f}/s"
                f" -> {throughput:.1f}x; bytes {figures['batched_bytes']:,} vs {figures['single_bytes']:,} -> {wire:.2f}x"
            )
            summary[f"{name}_ratio"] = round(throughput, 2)
            summary[f"{name}_bytes_ratio"] = round(wire, 3)
            summary.update({f"{name}_{k}": round(v, 1) for k, v in figures.items()})
    summary["ratio"] = summary["sqlite_ratio"]
    print(json.dumps(summary))


if __name__ == "__main__":
    main()

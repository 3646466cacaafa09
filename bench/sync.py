"""Sync benchmark: batched, compressed pushes against an OpenRosa-style baseline, same server.

A real ``fieldcase server`` process on loopback (SQLite, and PostgreSQL when
``FIELDCASE_TEST_PG_URL`` is set). The same N real envelopes (sealed case events of realistic
intakes: age-encrypted, signed) are pushed twice by enrolled laptops:

- fieldcase: ``SyncClient.push`` in batches (protocol 2: the framed batch of ``sync.batch``,
  bodies as raw bytes, gzip; up to 1,000 envelopes per request);
- baseline: one HTTP request per submission, uncompressed JSON with the body in base64
  (protocol 1, which the server still serves), as OpenRosa clients send forms.

Printed: submissions per second, and bytes two ways, for both: the request bodies, and everything
on the wire in both directions (request and status lines, headers, bodies, the answers too),
counted at the socket. Targets: throughput ≥ 20×, bytes ≤ 0.5×. The last line is one JSON
object with the figures (``*_bytes_ratio``: request bodies; ``*_wire_ratio``: both directions).
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

import httpcore
import httpx

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.cases.book import CaseBook  # noqa: E402
from app.interviews.demo import _person  # noqa: E402
from app.team.case_book import case_book  # noqa: E402
from app.team.keyring import Keyring  # noqa: E402
from app.team.membership import found_team  # noqa: E402
from app.team.outbox import outbox_of  # noqa: E402
from app.team.synchronise import Synchroniser  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402
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
    book = case_book(session)
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
    return outbox_of(book).pending(limit=count)


class Wire:
    """Counts request body bytes as they go out."""

    def __init__(self) -> None:
        self.bytes = 0

    def __call__(self, request: httpx.Request) -> None:
        self.bytes += len(request.content)


class _CountedStream:
    def __init__(self, stream: Any, counter: CountingTransport) -> None:
        self.stream, self.counter = stream, counter

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self.stream.read(max_bytes, timeout)
        self.counter.received += len(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.counter.sent += len(buffer)
        self.stream.write(buffer, timeout)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class _CountedBackend(httpcore.SyncBackend):
    def __init__(self, counter: CountingTransport) -> None:
        self.counter = counter

    def connect_tcp(self, *args: Any, **kwargs: Any) -> Any:
        return _CountedStream(super().connect_tcp(*args, **kwargs), self.counter)


class CountingTransport(httpx.HTTPTransport):
    """An ordinary httpx transport that counts the bytes its sockets send and receive."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = self.received = 0
        self._pool = httpcore.ConnectionPool(network_backend=_CountedBackend(self))


def measure(server: ServerProcess, folder: Path, count: int, tag: str) -> dict[str, float]:
    fast, fast_token = laptop(folder, f"{tag}-batched", server)
    slow, slow_token = laptop(folder, f"{tag}-single", server)
    batch_wire, single_wire = Wire(), Wire()
    fast_envelopes, slow_envelopes = envelopes(fast, count), envelopes(slow, count)

    batch_socket, single_socket = CountingTransport(), CountingTransport()
    client = SyncClient(server.url, fast_token, transport=batch_socket)
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
        base_url=server.url,
        headers=headers,
        event_hooks={"request": [single_wire]},
        transport=single_socket,
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
        "batched_wire": batch_socket.sent + batch_socket.received,
        "single_wire": single_socket.sent + single_socket.received,
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
            bodies = figures["batched_bytes"] / figures["single_bytes"]
            wire = figures["batched_wire"] / figures["single_wire"]
            print(
                f"{name:>10}: batched {figures['batched_per_s']:8.0f}/s, one per request {figures['single_per_s']:6.0f}/s"
                f" -> {throughput:.1f}x (target >= 20x)\n"
                f"{'':>10}  request bodies {figures['batched_bytes']:,} vs {figures['single_bytes']:,} -> {bodies:.2f}x;"
                f" on the wire, both ways {figures['batched_wire']:,} vs {figures['single_wire']:,} -> {wire:.2f}x"
                " (target <= 0.5x)"
            )
            summary[f"{name}_ratio"] = round(throughput, 2)
            summary[f"{name}_bytes_ratio"] = round(bodies, 3)
            summary[f"{name}_wire_ratio"] = round(wire, 3)
            summary.update({f"{name}_{k}": round(v, 1) for k, v in figures.items()})
    summary["ratio"] = summary["sqlite_ratio"]
    print(json.dumps(summary))


if __name__ == "__main__":
    main()

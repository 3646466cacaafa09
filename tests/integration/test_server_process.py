"""The real ``fieldcase server`` process over real HTTP and HTTPS: enrolment through the admin
commands, push and pull with httpx, a pinned self-signed certificate, and a kill -9 in the middle
of pushing that loses nothing the server acknowledged."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.errors import SyncError
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.tls import fingerprint_file, pinned_context_for
from tests.sync.server.kit import PG_ENV, PG_SKIP, Laptop, PgSchema

FIELDCASE = [sys.executable, "-m", "app.cli"]
ROOT = Path(__file__).resolve().parents[2]
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def fieldcase(*args: str) -> str:
    done = subprocess.run(
        [*FIELDCASE, *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ServerProcess:
    def __init__(self, db_url: str, log: Path, *tls: str) -> None:
        self.db_url, self.log, self.tls = db_url, log, list(tls)
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self, verify: Any = False) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [*FIELDCASE, "server", "--db", self.db_url, "--host", "127.0.0.1",
                 "--port", str(self.port), *self.tls],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            try:
                if httpx.get(f"{self.url}/v1/health", verify=verify, timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise AssertionError(f"the server did not start:\n{self.log.read_text()}")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()  # SIGKILL: no shutdown handler runs
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(PG_SKIP)
    with PgSchema(base) as url:
        yield url


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(db_url, tmp_path / "server.log")
    process.start()
    yield process
    process.stop()


def enrol(client: httpx.Client, db_url: str, laptop: Laptop, team: str) -> Laptop:
    """The whole ceremony through the real commands: code, registration, fingerprint, approval."""
    code = fieldcase("server", "enrol-code", "--db", db_url, "--team", team).strip()
    response = client.post("/v1/devices", json=laptop.registration(code))
    assert response.status_code == 201, response.text
    body = response.json()
    laptop.team, laptop.token, laptop.fingerprint = body["team"], body["token"], body["fingerprint"]
    listing = fieldcase("server", "devices", "--db", db_url)
    assert f"{laptop.device}\t{team}\tpending\tmember\t{laptop.fingerprint}" in listing
    fieldcase(
        "server", "approve", "--db", db_url, "--device", laptop.device,
        "--fingerprint", laptop.fingerprint,
    )  # fmt: skip
    return laptop


def pull_all(client: httpx.Client, laptop: Laptop) -> list[dict[str, Any]]:
    since, everything = 0, []
    while True:
        page = client.get("/v1/pull", params={"since": since}, headers=laptop.auth).json()
        everything += page["envelopes"]
        since = page["next"]
        if not page["more"]:
            return everything


def test_push_and_pull_over_http(server: ServerProcess) -> None:
    with httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as client:
        one = enrol(client, server.db_url, Laptop("laptop-1"), "mekong-1")
        two = enrol(client, server.db_url, Laptop("laptop-2"), "mekong-1")
        batch = [one.envelope().to_wire() for _ in range(10)]
        results = client.post("/v1/push", json={"envelopes": batch}, headers=one.auth).json()
        assert [r["status"] for r in results["results"]] == ["accepted"] * 10
        pulled = pull_all(client, two)
        assert [p["envelope"] for p in pulled] == batch

        fieldcase("server", "revoke", "--db", server.db_url, "--device", "laptop-1",
                  "--reason", "lost")  # fmt: skip
        refused = client.post("/v1/push", json={"envelopes": batch}, headers=one.auth)
        assert refused.status_code == 403 and "lost" in refused.json()["message"]


def test_https_with_a_pinned_self_signed_certificate(tmp_path: Path) -> None:
    fingerprint = fieldcase("server", "tls-cert", "--out", str(tmp_path / "tls")).strip()
    cert, key = tmp_path / "tls" / "server.crt", tmp_path / "tls" / "server.key"
    assert fingerprint == fingerprint_file(cert)
    server = ServerProcess(
        f"sqlite:///{tmp_path / 'server.db'}", tmp_path / "server.log",
        "--tls-cert", str(cert), "--tls-key", str(key),
    )  # fmt: skip
    server.start(verify=False)
    try:
        context = pinned_context_for("127.0.0.1", server.port, fingerprint)
        with httpx.Client(base_url=server.url, headers=HEADERS, verify=context) as client:
            laptop = enrol(client, server.db_url, Laptop("laptop-1"), "mekong-1")
            wire = laptop.envelope().to_wire()
            pushed = client.post("/v1/push", json={"envelopes": [wire]}, headers=laptop.auth)
            assert pushed.json()["results"][0]["status"] == "accepted"
            assert [p["envelope"] for p in pull_all(client, laptop)] == [wire]

        wrong = "00" * 32
        with pytest.raises(SyncError, match="not the pinned"):
            pinned_context_for("127.0.0.1", server.port, wrong)
        # The system's CAs do not vouch for it: an unpinned client refuses it.
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{server.url}/v1/health")
        # Another self-signed certificate is not accepted by the pinned context.
        other = fieldcase("server", "tls-cert", "--out", str(tmp_path / "other")).strip()
        assert other != fingerprint
        impostor = ServerProcess(
            f"sqlite:///{tmp_path / 'impostor.db'}", tmp_path / "impostor.log",
            "--tls-cert", str(tmp_path / "other" / "server.crt"),
            "--tls-key", str(tmp_path / "other" / "server.key"),
        )  # fmt: skip
        impostor.start(verify=False)
        try:
            with pytest.raises(httpx.ConnectError):
                httpx.get(f"{impostor.url}/v1/health", verify=context)
        finally:
            impostor.stop()
    finally:
        server.stop()


def test_kill_9_mid_push_loses_nothing_acknowledged(server: ServerProcess) -> None:
    with httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as client:
        laptop = enrol(client, server.db_url, Laptop("laptop-1"), "mekong-1")
    acknowledged: list[str] = []
    in_flight: list[list[str]] = []
    stopped = threading.Event()

    def keep_pushing() -> None:
        with httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as pusher:
            while not stopped.is_set():
                batch = [laptop.envelope(os.urandom(16 * 1024)).to_wire() for _ in range(60)]
                in_flight.append([w["id"] for w in batch])
                try:
                    response = pusher.post(
                        "/v1/push", json={"envelopes": batch}, headers=laptop.auth
                    )
                except httpx.HTTPError:
                    return  # the server died under this batch: not acknowledged
                assert {r["status"] for r in response.json()["results"]} == {"accepted"}
                acknowledged.extend(r["id"] for r in response.json()["results"])
                in_flight.pop()

    pusher = threading.Thread(target=keep_pushing)
    pusher.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 240 and time.monotonic() < deadline:
        time.sleep(0.01)
    server.kill()
    stopped.set()
    pusher.join(timeout=60)
    assert len(acknowledged) >= 240
    assert len(in_flight) <= 1  # almost always 1: the kill lands while a batch is sent

    server.start()
    with httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as client:
        stored = [p["envelope"]["id"] for p in pull_all(client, laptop)]
    assert set(acknowledged) <= set(stored)  # nothing acknowledged was lost
    assert len(stored) == len(set(stored))
    for batch in in_flight:  # the batch the kill interrupted: all of it or none of it
        assert set(batch) <= set(stored) or not set(batch) & set(stored)

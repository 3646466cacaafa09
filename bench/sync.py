"""Sync benchmark: what a person waits for, against one request per envelope, same server.

A real ``fieldcase server`` process on loopback (SQLite, and PostgreSQL when
``FIELDCASE_TEST_PG_URL`` is set); laptops of one team (a supervisor's, four members' and
``--rounds`` new ones), enrolled and approved before any data exists, all but the new ones
joined. Sealed case events of realistic intakes
(age-encrypted, signed) are then:

- **pushed** by two laptops, N each: fieldcase (``SyncClient.push`` in batches: protocol 2's
  framed batch, raw bodies, gzip, up to 1,000 a request; records sealed packed, sync/payload.py)
  against the baseline (one HTTP request per submission, uncompressed JSON with the body in
  base64: protocol 1, as OpenRosa clients send forms, sealed as the versions before packing
  did). The N are pushed in four slices, the sides alternated (A B B A), so load from other
  processes falls on both; each slice's ratio, submissions per second, request bodies, and every
  byte on the wire both ways (counted at the socket) are printed. Targets: >= 20x over the run
  (the sum of the slices' times; the worst slice is printed beside it), request bodies <= 0.5x.
- **pulled** by two new laptops, the first M envelopes each, in the same alternated halves:
  fieldcase's pages (``app.team.pull.PAGE``, 1,000 a request, framed as a round asks for them
  where the code measured knows framed pages) against one envelope per request in JSON, both
  through the same verify/open/apply path (``app.team.pull.receive_page``, one transaction per
  request).
- the headline: **a new laptop's first sync round** (join, then pull all 2N envelopes), as a
  laptop does it: a process of its own (``--laptop-round``) opens the new laptop's workspace,
  runs the round and reports its own CPU time (``time.process_time``) and wall time. Several
  new laptops were enrolled with the team (``--rounds``, 3), one such process each, one after
  the other; each is printed, with the median and the **worst**, which the headline takes.
  Target: 20,000 envelopes in <= 10 s of CPU.

The last line is one JSON object with the figures and their ``headline`` (bench/README.md): the
first round's CPU per envelope, the push's cost per envelope against one request per envelope,
and request bytes per envelope against the same; each at the database where it was worst.
"""

from __future__ import annotations

import argparse
import gc
import inspect
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

ROOT = Path(os.environ.get("FIELDCASE_CODE") or Path(__file__).resolve().parents[1])
"""The code measured: this checkout, or another one's (``FIELDCASE_CODE``, e.g. a worktree of
an earlier commit, to compare a change with the code before it in the same run)."""
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.cases.book import CaseBook  # noqa: E402
from app.interviews.demo_people import person  # noqa: E402
from app.team.case_book import case_book  # noqa: E402
from app.team.keyring import Keyring  # noqa: E402
from app.team.membership import found_team  # noqa: E402
from app.team.outbox import Inbox, outbox_of  # noqa: E402
from app.team.pull import PAGE, receive_page  # noqa: E402
from app.team.synchronise import Synchroniser, SyncReport  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402
from sync import age_keys  # noqa: E402
from sync.client import SyncClient, batches  # noqa: E402
from sync.envelope import Envelope  # noqa: E402
from tests.integration.test_server_process import ServerProcess  # noqa: E402

FIELDCASE = [sys.executable, "-m", "app.cli"]


def cli(*args: str) -> str:
    return subprocess.run(
        [*FIELDCASE, *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def laptop(folder: Path, name: str) -> CaseBook:
    session, _ = Workspace.create(folder / name, name, "bench password", cost=KdfCost(1, 8192, 1))
    return case_book(session)


def enrol(server: ServerProcess, book: CaseBook, supervisor: CaseBook | None) -> str:
    """Enrol ``book`` and approve it on the server and on the supervisor's laptop; its token."""
    code = cli("server", "enrol-code", "--db", server.db_url, "--team", "bench").strip()
    Synchroniser(book).enrol(server.url, code)
    fingerprint = Keyring(book.store).fingerprint()
    extra = ["--supervisor"] if supervisor is None else []
    cli("server", "approve", "--db", server.db_url, "--device", book.device,
        "--fingerprint", fingerprint, *extra)  # fmt: skip
    if supervisor is not None:
        Synchroniser(supervisor).approve_device(book.device, fingerprint)
    return str(book.store.scalar("SELECT secret FROM keys WHERE name = 'server_token'"))


def envelopes(book: CaseBook, count: int, seed: int) -> list[Envelope]:
    import random
    from datetime import date

    rnd = random.Random(seed)
    with book.store.atomic():
        for _ in range(count):
            book.open_case(person(rnd, date(2026, 11, 28)), "intake")
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


class Team:
    """A supervisor's laptop and members enrolled, approved and joined while the server is empty
    (the last ``fresh`` members, ``new1``, ``new2``..., only enrolled: their first rounds are
    the headline)."""

    def __init__(self, server: ServerProcess, folder: Path, fresh: int) -> None:
        self.server, self.folder = server, folder
        self.supervisor = laptop(folder, "supervisor")
        found_team(self.supervisor, "bench")
        enrol(server, self.supervisor, None)
        joined = ("batched", "single", "paged", "one-each")
        self.fresh = [f"new{i + 1}" for i in range(fresh)]
        self.books = {name: laptop(folder, name) for name in (*joined, *self.fresh)}
        self.tokens = {name: enrol(server, b, self.supervisor) for name, b in self.books.items()}
        Synchroniser(self.supervisor).sync()  # seals every member's welcome
        for name in joined:
            assert Synchroniser(self.books[name]).sync().joined_team == "bench"
        for name in self.fresh:  # closed here: each is opened by a process of its own
            self.books[name].session.lock()

    def close(self) -> None:
        for book in (self.supervisor, *self.books.values()):
            book.session.lock()


def settle() -> None:
    """Before a timed part: what this process made so far (the laptops, thousands of envelopes
    and cases) is moved out of the garbage collector's sight (``gc.freeze``). A laptop's process
    does not hold what the bench made to measure it, and a collection walking it would be the
    bench's cost, not the app's (it made a new laptop's first round a third slower)."""
    gc.collect()
    gc.freeze()


def abba(slices: int) -> list[bool]:
    """Which side goes first in each slice: A B B A A B..., so a trend in load evens out."""
    return [i % 4 in (0, 3) for i in range(slices)]


def measure_push(team: Team, count: int) -> dict[str, float]:
    batch_wire, single_wire = Wire(), Wire()
    fast = envelopes(team.books["batched"], count, seed=3)
    outbox_of(team.books["single"]).packs_payloads = False  # the version before packing
    slow = envelopes(team.books["single"], count, seed=4)
    # What the baseline's request bodies would be had it sealed packed too (not pushed: counted).
    packed_single = sum(len(json.dumps({"envelopes": [e.to_wire()]}).encode()) for e in fast)
    batch_socket, single_socket = CountingTransport(), CountingTransport()
    client = SyncClient(team.server.url, team.tokens["batched"], transport=batch_socket)
    client.http.event_hooks["request"] = [batch_wire]
    settle()
    headers = {
        "Fieldcase-Protocol": "1",
        "Authorization": f"Bearer {team.tokens['single']}",
        "Content-Type": "application/json",
    }
    http = httpx.Client(
        base_url=team.server.url,
        headers=headers,
        event_hooks={"request": [single_wire]},
        transport=single_socket,
    )

    def batched(part: list[Envelope]) -> float:
        start = time.perf_counter()
        for batch in batches(part):
            assert all(r["status"] == "accepted" for r in client.push(batch))
        return time.perf_counter() - start

    def single(part: list[Envelope]) -> float:
        start = time.perf_counter()
        for envelope in part:  # one request per submission, as OpenRosa does
            body = json.dumps({"envelopes": [envelope.to_wire()]}).encode()
            assert http.post("/v1/push", content=body).json()["results"][0]["status"] == "accepted"
        return time.perf_counter() - start

    slices = 4
    step = -(-count // slices)
    batched_s = single_s = 0.0
    ratios: list[float] = []
    for index, fast_first in enumerate(abba(slices)):
        part = slice(index * step, (index + 1) * step)
        if fast_first:
            b = batched(fast[part])
            o = single(slow[part])
        else:
            o = single(slow[part])
            b = batched(fast[part])
        batched_s, single_s = batched_s + b, single_s + o
        ratios.append(o / b)
        print(
            f"  push slice {index + 1}: batched {b:.2f} s, one per request {o:.2f} s -> {o / b:.1f}x"
        )
    client.close()
    http.close()
    return {
        "batched_per_s": count / batched_s,
        "single_per_s": count / single_s,
        "slice_ratio_min": min(ratios),
        "slice_ratio_max": max(ratios),
        "batched_bytes": batch_wire.bytes,
        "single_bytes": single_wire.bytes,
        "single_bytes_packed": packed_single,
        "batched_wire": batch_socket.sent + batch_socket.received,
        "single_wire": single_socket.sent + single_socket.received,
    }


class Puller:
    """A joined laptop pulling from its cursor with a given page size, through the round's own
    page step (``receive_page`` in one transaction with the cursor), ``limit`` envelopes at most."""

    def __init__(self, team: Team, name: str, page: int) -> None:
        self.book, self.page = team.books[name], page
        self.client = SyncClient(team.server.url, team.tokens[name])
        self.inbox = Inbox(self.book)
        self.cursor, self.pulled = 0, 0
        self.wall = self.cpu = 0.0
        knows_framed = "framed" in inspect.signature(SyncClient.pull).parameters
        self.ask: dict[str, bool] = {"framed": True} if page > 1 and knows_framed else {}

    def pull(self, count: int) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        report = SyncReport()
        goal = self.pulled + count
        with age_keys.parsed_once():
            while self.pulled < goal:
                limit = min(self.page, goal - self.pulled)
                page = self.client.pull(self.cursor, limit, include_own=False, **self.ask)
                with self.book.store.atomic():
                    receive_page(self.book.store, self.inbox, page["envelopes"], report)
                self.cursor = int(page["next"])
                self.pulled += len(page["envelopes"])
                if not page["more"]:
                    break
        assert report.pull_refused == [], report.pull_refused[:3]
        self.wall += time.perf_counter() - wall
        self.cpu += time.process_time() - cpu


def measure_pull(team: Team, count: int) -> dict[str, float]:
    paged, one_each = Puller(team, "paged", PAGE), Puller(team, "one-each", 1)
    settle()
    for fast_first in abba(2):
        for side in (paged, one_each) if fast_first else (one_each, paged):
            side.pull(count // 2)
    assert paged.pulled == one_each.pulled == count // 2 * 2
    for side in (paged, one_each):
        side.client.close()
    return {
        "paged_per_s": paged.pulled / paged.wall,
        "one_each_per_s": one_each.pulled / one_each.wall,
        "paged_cpu_ms": paged.cpu / paged.pulled * 1000,
        "one_each_cpu_ms": one_each.cpu / one_each.pulled * 1000,
    }


def first_round(team: Team) -> dict[str, Any]:
    """The new laptops' first sync rounds, one after the other, each in a process of its own
    (``laptop_round``): join, then pull everything the team pushed. The worst is the figure."""
    runs: list[dict[str, Any]] = []
    for name in team.fresh:
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--laptop-round",
             str(team.folder / name)],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        run = json.loads(out.strip().splitlines()[-1])
        runs.append(run)
        print(
            f"  first round ({name}, own process): {run['pulled']:,} envelopes,"
            f" {run['cpu_s']:.2f} s CPU, {run['wall_s']:.1f} s wall"
            f" (the process in all, login included: {run['process_cpu_s']:.2f} s CPU);"
            f" load {os.getloadavg()[0]:.1f}"
        )
    cpu = sorted(run["cpu_s"] for run in runs)
    worst = max(runs, key=lambda run: float(run["cpu_s"]))
    return {
        "first_round_envelopes": worst["pulled"],
        "first_round_s": worst["wall_s"],
        "first_round_cpu_s": worst["cpu_s"],
        "first_round_cpu_median_s": cpu[len(cpu) // 2],
        "first_round_cpu_best_s": cpu[0],
        "first_round_runs": len(runs),
    }


def laptop_round(folder: Path) -> None:
    """In a process of its own, as the laptop's app runs it: open the workspace at ``folder``
    (its user is the folder's name), run one sync round, print one JSON line with this
    process's CPU time for the round (``time.process_time``), its wall time, and the whole
    process's CPU (``resource.getrusage``: start, imports and login included)."""
    import resource

    book = case_book(Workspace.at(folder).login(folder.name, "bench password"))
    wall, cpu = time.perf_counter(), time.process_time()
    report = Synchroniser(book).sync()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    assert report.joined_team == "bench" and report.pull_refused == [], report.pull_refused[:3]
    book.session.lock()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(
        json.dumps(
            {
                "pulled": report.pulled,
                "cpu_s": round(cpu, 3),
                "wall_s": round(wall, 3),
                "process_cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n", type=int, default=10_000, help="submissions each pushing laptop makes"
    )
    parser.add_argument("--pull-n", type=int, default=2_000, help="envelopes each puller pulls")
    parser.add_argument("--quick", action="store_true", help="--n 500 --pull-n 400")
    parser.add_argument(
        "--rounds", type=int, default=3, help="new laptops' first rounds (the worst is the figure)"
    )
    parser.add_argument("--laptop-round", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.laptop_round is not None:
        laptop_round(args.laptop_round)
        return
    count, pulled = (500, 400) if args.quick else (args.n, args.pull_n)
    summary: dict[str, Any] = {"bench": "sync", "n": count, "pull_n": pulled}
    databases: list[tuple[str, str | None]] = [("sqlite", None)]
    if os.environ.get("FIELDCASE_TEST_PG_URL"):
        databases.append(("postgresql", os.environ["FIELDCASE_TEST_PG_URL"]))
    with tempfile.TemporaryDirectory() as tmp:
        for name, url in databases:
            folder = Path(tmp) / name
            folder.mkdir()
            schema = None
            if url is None:
                url = f"sqlite:///{folder / 'server.db'}"
            else:
                from tests.sync.server.kit import PgSchema

                schema = PgSchema(url)
                url = schema.__enter__()
            server = ServerProcess(url, folder / "server.log")
            server.start()
            try:
                team = Team(server, folder, args.rounds)
                figures = measure_push(team, count)
                figures |= measure_pull(team, pulled)
                figures |= first_round(team)
                team.close()
            finally:
                server.stop()
                if schema is not None:
                    schema.__exit__(None, None, None)
            report(name, figures, summary)
    summary["ratio"] = summary["sqlite_ratio"]
    per_database = [headlines(summary, name) for name, _ in databases]
    summary["headline"] = [  # each figure at the database where it was worst
        max(rows, key=lambda row: row["value"] if row["ratio"] is None else row["ratio"])
        for rows in zip(*per_database, strict=True)
    ]
    print(json.dumps(summary))


def headlines(summary: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The user-facing worst cases of the run on one database: costs, lower is better
    (bench/README.md); each row names the database."""
    envelopes = summary[f"{name}_first_round_envelopes"]
    cpu_ms = summary[f"{name}_first_round_cpu_s"] / max(envelopes, 1) * 1000
    n = summary["n"]
    batched_ms = 1000 / summary[f"{name}_batched_per_s"]
    single_ms = 1000 / summary[f"{name}_single_per_s"]
    worst, best = summary[f"{name}_slice_ratio_min"], summary[f"{name}_slice_ratio_max"]
    batched_b = summary[f"{name}_batched_bytes"] / n
    single_b = summary[f"{name}_single_bytes"] / n
    return [
        {
            "name": f"a new laptop's first sync round, CPU ({name})",
            "value": round(cpu_ms, 3),
            "baseline": None,
            "ratio": None,
            "unit": "ms CPU/envelope",
            "n": envelopes,
            "spread": [
                round(summary[f"{name}_first_round_cpu_best_s"] / max(envelopes, 1) * 1000, 3),
                round(cpu_ms, 3),
            ],
            "goal": "<= 10 s CPU for 20,000 envelopes (0.5 ms each), the worst of the rounds",
            "ok": cpu_ms <= 0.5,
        },
        {
            "name": f"push, batched vs one request per envelope, sum of slices ({name})",
            "value": round(batched_ms, 3),
            "baseline": round(single_ms, 3),
            "ratio": round(batched_ms / single_ms, 4),
            "unit": "ms/envelope",
            "n": n,
            "spread": [round(1 / best, 4), round(1 / worst, 4)],
            "goal": ">= 20x (ratio <= 0.05)",
            "ok": single_ms / batched_ms >= 20,
        },
        {
            "name": f"push request bodies ({name})",
            "value": round(batched_b),
            "baseline": round(single_b),
            "ratio": round(batched_b / single_b, 3),
            "unit": "bytes/envelope",
            "n": n,
            "goal": "<= 0.5x",
            "ok": batched_b / single_b <= 0.5,
        },
    ]


def report(name: str, f: dict[str, float], summary: dict[str, Any]) -> None:
    push = f["batched_per_s"] / f["single_per_s"]
    bodies = f["batched_bytes"] / f["single_bytes"]
    bodies_packed = f["batched_bytes"] / f["single_bytes_packed"]
    wire = f["batched_wire"] / f["single_wire"]
    pull = f["paged_per_s"] / f["one_each_per_s"]
    envelopes = int(f["first_round_envelopes"])
    print(
        f"{name}:\n"
        f"  a new laptop's first round, worst of {int(f['first_round_runs'])} in a process of"
        f" its own: {envelopes:,} envelopes in {f['first_round_s']:.1f} s,"
        f" {f['first_round_cpu_s']:.2f} s CPU"
        f" ({f['first_round_cpu_s'] / max(envelopes, 1) * 1000:.3f} ms each; median"
        f" {f['first_round_cpu_median_s']:.2f} s, best {f['first_round_cpu_best_s']:.2f} s;"
        " target <= 10 s for 20,000)\n"
        f"  pull: pages {f['paged_per_s']:,.0f}/s vs one per request {f['one_each_per_s']:,.0f}/s"
        f" -> {pull:.1f}x; CPU {f['paged_cpu_ms']:.2f} vs {f['one_each_cpu_ms']:.2f} ms an envelope\n"
        f"  push: batched {f['batched_per_s']:,.0f}/s vs one per request {f['single_per_s']:,.0f}/s"
        f" -> {push:.1f}x (slices {f['slice_ratio_min']:.1f}-{f['slice_ratio_max']:.1f}x; target >= 20x)\n"
        f"  push bytes: request bodies {f['batched_bytes']:,} vs {f['single_bytes']:,} -> {bodies:.2f}x"
        " (target <= 0.5x);"
        f" on the wire, both ways {f['batched_wire']:,} vs {f['single_wire']:,} -> {wire:.2f}x;"
        f" against one per request sealing packed too: {bodies_packed:.2f}x"
    )
    summary[f"{name}_ratio"] = round(push, 2)
    summary[f"{name}_pull_ratio"] = round(pull, 2)
    summary[f"{name}_bytes_ratio"] = round(bodies, 3)
    summary[f"{name}_bytes_ratio_both_packed"] = round(bodies_packed, 3)
    summary[f"{name}_wire_ratio"] = round(wire, 3)
    summary.update({f"{name}_{k}": round(v, 2) for k, v in f.items()})


if __name__ == "__main__":
    main()

"""A man in the middle flips bits in the pull pages: nothing forged is applied, nothing genuine lost.

Real parts: a ``fieldcase server`` process over HTTP on loopback, real SQLCipher workspaces, a team
founded and approved as in the field. The man in the middle is an httpx transport between one laptop
and that server: it passes every request on and, while ``on``, flips one bit in the body of every
envelope of every pull page coming back. The one stand-in is the clock that paces the refetching
(``app.team.pull_refetch`` reads ``time.time``), moved forward instead of waiting for an hour.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from app.cases.book import CaseBook
from app.errors import BadInput
from app.team import pull_refetch
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from sync import batch
from sync.errors import SyncError
from tests.conftest import PASSWORD
from tests.integration.test_server_process import ServerProcess
from tests.integration.test_team_sync import _enrol, _laptop

CASES = 13


class FlipPullPages(httpx.BaseTransport):
    """Flips a bit in every pulled body, in framed pages (what a laptop asks for) and in JSON
    ones (``json_only``: the Accept header dropped on the way, as by a server before framed
    pages)."""

    def __init__(self, *, json_only: bool = False) -> None:
        self.inner = httpx.HTTPTransport()
        self.on = True
        self.flipped = 0
        self.json_only = json_only
        self.framed_pages = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.json_only and request.url.path == "/v1/pull":
            del request.headers["Accept"]
        response = self.inner.handle_request(request)
        if request.url.path != "/v1/pull" or response.status_code != 200:
            return response
        framed = response.headers.get("content-type") == batch.PULL_CONTENT_TYPE
        self.framed_pages += framed
        if not self.on:
            return response
        if framed:
            items, after, more = batch.decode_page(response.read())
            flipped = [(item.seq, item.head, _flip(item.body), item.signature) for item in items]
            self.flipped += len(flipped)
            content = batch.encode_page(flipped, after, more)
        else:
            page = json.loads(response.read())
            for item in page["envelopes"]:
                body = base64.b64decode(item["envelope"]["body"])
                item["envelope"]["body"] = base64.b64encode(_flip(body)).decode()
                self.flipped += 1
            content = json.dumps(page).encode()
        skip = ("content-encoding", "content-length", "transfer-encoding")
        headers = [(k, v) for k, v in response.headers.items() if k.lower() not in skip]
        return httpx.Response(200, headers=headers, content=content)

    def close(self) -> None:
        self.inner.close()


def _flip(body: bytes) -> bytes:
    flipped = bytearray(body)
    flipped[len(flipped) // 2] ^= 0x10
    return bytes(flipped)


@pytest.fixture
def team(server: ServerProcess, tmp_path: Path) -> tuple[CaseBook, CaseBook]:
    """A supervisor's laptop with CASES cases pushed, and a social worker's laptop that joined."""
    supervisor, worker = _laptop(tmp_path, "sup"), _laptop(tmp_path, "worker")
    found_team(supervisor, "shelter")
    _enrol(server, supervisor, "shelter", supervisor=True)
    _enrol(server, worker, "shelter", approver=supervisor)
    Synchroniser(supervisor).sync()
    assert Synchroniser(worker).sync().joined_team == "shelter"
    for n in range(CASES):
        supervisor.open_case({"prs_First_Name": f"សុខា {n}", "age": "16"}, "intake")
    assert Synchroniser(supervisor).sync().pushed == CASES
    return supervisor, worker


def cases(book: CaseBook) -> int:
    return int(book.store.scalar("SELECT COUNT(*) FROM cases"))


@pytest.mark.parametrize("json_only", [False, True], ids=["framed", "json"])
def test_a_tampered_page_is_fetched_again_and_nothing_is_lost(
    team: tuple[CaseBook, CaseBook], monkeypatch: pytest.MonkeyPatch, json_only: bool
) -> None:
    supervisor, worker = team
    mitm = FlipPullPages(json_only=json_only)
    tampered = Synchroniser(worker, transport=mitm).sync()
    assert (mitm.framed_pages > 0) is not json_only  # the laptop asks for framed pages
    assert mitm.flipped >= CASES and tampered.pulled == 0  # every forged body refused
    assert cases(worker) == 0
    assert tampered.refused_waiting == CASES  # kept, and said

    # still tampered at the next round: refused again, and the wait before the next try grows
    again = Synchroniser(worker, transport=mitm).sync()
    assert again.pulled == 0 and again.refused_waiting == CASES
    rows = pull_refetch.listed(worker.store)
    assert {row.attempts for row in rows} == {2}
    assert Synchroniser(worker).sync().refetched == 0  # not due yet: no request spent on them

    clock = pull_refetch.time.time() + pull_refetch.FIRST_WAIT + 1
    monkeypatch.setattr(pull_refetch.time, "time", lambda: clock)
    mitm.on = False
    healed = Synchroniser(worker, transport=mitm).sync()
    assert healed.refetched == CASES and healed.refused_waiting == 0
    assert cases(worker) == CASES
    ids = sorted(r[0] for r in supervisor.store.query("SELECT case_id FROM cases"))
    assert sorted(r[0] for r in worker.store.query("SELECT case_id FROM cases")) == ids
    for case_id in ids:  # the genuine records, whole
        assert worker.state(case_id).to_json() == supervisor.state(case_id).to_json()
    assert pull_refetch.listed(worker.store) == []


def test_a_supervisor_dismisses_an_item_and_it_is_not_fetched_again(
    team: tuple[CaseBook, CaseBook],
) -> None:
    _supervisor, worker = team  # this laptop's user founded its workspace: a supervisor here
    Synchroniser(worker, transport=FlipPullPages()).sync()
    first = pull_refetch.listed(worker.store)[0]
    pull_refetch.dismiss(worker.session, first.seq)
    assert pull_refetch.waiting(worker.store) == CASES - 1
    audited = worker.store.query(
        "SELECT object, detail FROM audit WHERE object LIKE 'refused-item:%'"
    )
    assert [row[0] for row in audited] == [f"refused-item:{first.seq}"]
    assert first.envelope_id is not None and first.envelope_id in audited[0][1]

    healed = Synchroniser(worker).sync()
    assert healed.refetched == CASES - 1 and cases(worker) == CASES - 1
    kept = pull_refetch.listed(worker.store)
    assert [(row.seq, row.dismissed_by) for row in kept] == [(first.seq, "worker")]
    with pytest.raises(BadInput):
        pull_refetch.dismiss(worker.session, first.seq)  # once is enough


def test_the_command_line_lists_what_is_fetched_again_and_dismisses(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    _supervisor, worker = team
    Synchroniser(worker, transport=FlipPullPages()).sync()
    seqs = [row.seq for row in pull_refetch.listed(worker.store)]
    worker.session.lock()
    login = ["--workspace", str(tmp_path / "worker"), "--user", "worker", "--password-stdin"]

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app.cli", "sync", "quarantine", *login, *extra],
            input=PASSWORD + "\n", capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    listed = json.loads(run("--json").stdout)
    again = [item for item in listed if item["direction"] == "fetch_again"]
    assert sorted(item["seq"] for item in again) == seqs
    assert all(item["attempts"] == 1 and item["dismissed_by"] is None for item in again)
    assert f"{CASES} refused item(s) from the server are fetched again" in run().stdout
    done = run("--dismiss", str(seqs[0]))
    assert done.returncode == 0, done.stderr
    assert run("--dismiss", str(seqs[0])).returncode == 2  # nothing waits there any more
    assert "dismissed by worker" in run().stdout


class CutFramedPages(httpx.BaseTransport):
    """Cuts the last bytes off every framed pull page, or appends some (``extra``)."""

    def __init__(self, *, extra: bool = False) -> None:
        self.inner = httpx.HTTPTransport()
        self.extra = extra
        self.cut = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if response.headers.get("content-type") != batch.PULL_CONTENT_TYPE:
            return response
        page = response.read()
        self.cut += 1
        content = page + b"\0" if self.extra else page[:-7]
        skip = ("content-length", "transfer-encoding")
        headers = [(k, v) for k, v in response.headers.items() if k.lower() not in skip]
        return httpx.Response(200, headers=headers, content=content)

    def close(self) -> None:
        self.inner.close()


@pytest.mark.parametrize("extra", [False, True], ids=["cut-short", "overlong"])
def test_a_broken_framed_page_is_refused_whole_and_nothing_is_lost(
    team: tuple[CaseBook, CaseBook], extra: bool
) -> None:
    _supervisor, worker = team
    cursor = worker.store.scalar("SELECT value FROM settings WHERE key = 'server_cursor'")
    mitm = CutFramedPages(extra=extra)
    with pytest.raises(SyncError, match="framed pull page is malformed"):
        Synchroniser(worker, transport=mitm).sync()
    assert mitm.cut > 0 and cases(worker) == 0  # nothing of the page applied
    assert worker.store.scalar("SELECT value FROM settings WHERE key = 'server_cursor'") == cursor
    assert pull_refetch.listed(worker.store) == []  # not an item's fault: the page is asked again

    healed = Synchroniser(worker).sync()
    assert healed.pulled == CASES and cases(worker) == CASES

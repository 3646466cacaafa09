"""A 10 MB attachment through a line that goes dead every few hundred kilobytes: it reaches the
server exactly once and intact, having resent at most one chunk per drop (bytes counted on the
wire by the proxy and by the client), and another laptop of the team fetches it back intact in
resumable ranges through the same bad line. The server calls the submission complete only once
the attachment is stored."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import textwrap
from pathlib import Path

from app.cases.book import CaseBook
from app.interviews import attachments
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.outbox import outbox_of
from app.team.synchronise import Synchroniser
from app.workspace.folder import Workspace
from forms.load import load_markdown
from sync.chunks import DEFAULT_CHUNK
from sync.client import SyncClient
from sync.errors import SyncError
from tests.conftest import CHEAP, PASSWORD
from tests.integration.fault_proxy import FaultProxy
from tests.integration.test_server_process import ServerProcess, fieldcase
from tests.integration.test_team_sync import approve_here

SIZE = 10 * 1024 * 1024
EVIDENCE = load_markdown(
    textwrap.dedent(
        """
        | survey   |          |         |                |
        |          | type     | name    | label          |
        |          | file     | consent | Signed consent |
        | settings |          |         |                |
        |          | form_id  | version |                |
        |          | evidence | 1       |                |
        """
    )
)


def _laptop(tmp_path: Path, name: str, server: ServerProcess, supervisor: bool) -> CaseBook:
    session, _ = Workspace.create(tmp_path / name, name, PASSWORD, cost=CHEAP)
    book = case_book(session)
    if supervisor:
        found_team(book, "mekong")
    code = fieldcase("server", "enrol-code", "--db", server.db_url, "--team", "mekong").strip()
    Synchroniser(book).enrol(server.url, code)
    extra = ["--supervisor"] if supervisor else []
    fieldcase("server", "approve", "--db", server.db_url, "--device", book.device,
              "--fingerprint", Keyring(book.store).fingerprint(), *extra)  # fmt: skip
    return book


def _sync_until_done(book: CaseBook, url: str, rounds: int = 60) -> tuple[Synchroniser, int]:
    """Rounds through the bad line until nothing is left to move; the one Synchroniser's byte
    counters cover every round."""
    synchroniser = Synchroniser(book)
    for used in range(1, rounds + 1):
        try:
            report = synchroniser.sync(url)
        except SyncError as exc:
            assert exc.retryable, str(exc)
            continue
        assert not report.push_refused and not report.pull_refused, report
        if report.waiting == 0 and report.attachments_waiting == 0:
            return synchroniser, used
    raise AssertionError("the laptop never finished syncing")


def test_a_10_mb_attachment_arrives_once_and_intact_through_dozens_of_drops(
    server: ServerProcess, tmp_path: Path
) -> None:
    supervisor = _laptop(tmp_path, "sup", server, supervisor=True)
    worker = _laptop(tmp_path, "worker", server, supervisor=False)
    approve_here(supervisor, worker)
    Synchroniser(supervisor).sync()  # straight to the server: welcomes the worker
    Synchroniser(worker).sync()
    assert outbox_of(worker).ready()

    data = os.urandom(SIZE)
    interview = Interview.start(worker.session, worker, EVIDENCE)
    assert interview.draft_id is not None
    kept = attachments.add(
        worker.session, data, original_name="consent-scan.pdf", question="consent",
        draft_id=interview.draft_id,
    )  # fmt: skip
    interview.set_answer("consent", kept.file_name)
    done = interview.finish()
    # The submission alone reaches the server (pushed straight, its attachment declared):
    # the server does not call it complete while the attachment is missing.
    token = worker.store.scalar("SELECT secret FROM keys WHERE name = 'server_token'")
    client = SyncClient(server.url, token)
    client.link_attachments(done.submission_id, [kept.id])
    results = client.push(outbox_of(worker).pending())
    assert {r["status"] for r in results} == {"accepted"}
    status = client.submission_status(done.submission_id)
    assert status["stored"] is True and status["complete"] is False

    # Every connection dies after 64-600 KiB, in either direction, mid-request or mid-answer.
    proxy = FaultProxy(server.port, break_share=0.0, seed=7, lifetime=(64 * 1024, 600 * 1024))
    proxy.start()
    try:
        url = f"http://127.0.0.1:{proxy.port}"
        before = proxy.counts.upstream
        uploader, _ = _sync_until_done(worker, url)
        upstream = proxy.counts.upstream - before
        upload_drops = proxy.counts.exhausted
        stats = uploader.upload_stats
        sealed = int(
            worker.store.scalar(
                "SELECT size FROM attachment_outbox WHERE envelope_id = ?", (kept.id,)
            )
        )
        assert upload_drops >= 24, proxy.counts  # dozens of dropped connections
        # At most one chunk resent per drop: counted by the client (body bytes put into requests)
        # and on the wire (every byte the proxy passed upstream, headers and all).
        resent = stats.body_bytes - sealed
        assert 0 <= resent <= upload_drops * DEFAULT_CHUNK, (resent, upload_drops, stats)
        assert stats.resumes <= upload_drops
        requests = stats.chunks + 2 * stats.resumes + 40  # chunk PUTs, status asks, the rest
        assert upstream <= sealed + upload_drops * DEFAULT_CHUNK + requests * 1024, upstream

        drops_before = proxy.counts.exhausted
        fetcher, _ = _sync_until_done(supervisor, url)
        assert proxy.counts.exhausted - drops_before >= 10  # the download met drops too
        fetched = attachments.for_submissions(supervisor.store, [done.submission_id])
        assert [a.id for a in fetched] == [kept.id]
        got = attachments.read(supervisor.store, kept.id)
        assert hashlib.sha256(got).digest() == hashlib.sha256(data).digest()
        assert fetched[0].original_name == "consent-scan.pdf" and fetched[0].question == "consent"
        assert (
            fetcher.download_stats.body_bytes
            <= sealed + (proxy.counts.exhausted - drops_before) * attachments.CHUNK
        )
    finally:
        proxy.stop()
    assert client.submission_status(done.submission_id)["complete"] is True
    client.close()
    server.stop()
    with sqlite3.connect(tmp_path / "server.db") as db:
        rows = db.execute(
            "SELECT count(*), min(size) FROM envelopes WHERE id = ? AND kind = 'attachment'",
            (kept.id,),
        ).fetchone()
        leftover = db.execute("SELECT count(*) FROM upload_chunks").fetchone()[0]
    assert rows == (1, sealed) and leftover == 0  # exactly once, no half upload left behind
    from tests.reliability import record

    record(
        "10 MB attachment through a line dropping every 64-600 KiB: once, intact, <= 1 chunk "
        "resent per drop",
        f"{upload_drops} drops on upload, {resent} bytes resent (chunk {DEFAULT_CHUNK})",
        "pass",
    )
    for book in (supervisor, worker):
        book.session.lock()


def test_an_attachment_altered_on_the_server_is_refused_by_the_laptop(
    server: ServerProcess, tmp_path: Path
) -> None:
    supervisor = _laptop(tmp_path, "sup", server, supervisor=True)
    worker = _laptop(tmp_path, "worker", server, supervisor=False)
    approve_here(supervisor, worker)
    Synchroniser(supervisor).sync()
    Synchroniser(worker).sync()
    interview = Interview.start(worker.session, worker, EVIDENCE)
    assert interview.draft_id is not None
    kept = attachments.add(
        worker.session, os.urandom(300_000), original_name="scan.pdf", question="consent",
        draft_id=interview.draft_id,
    )  # fmt: skip
    interview.set_answer("consent", kept.file_name)
    interview.finish()
    assert Synchroniser(worker).sync().attachments_sent == 1
    # A curious or hostile server administrator alters the stored body (and its recorded hash).
    with sqlite3.connect(tmp_path / "server.db") as db:
        (body,) = db.execute("SELECT body FROM envelopes WHERE id = ?", (kept.id,)).fetchone()
        altered = body[:-100] + bytes(b ^ 1 for b in body[-100:])
        db.execute(
            "UPDATE envelopes SET body = ?, body_sha256 = ? WHERE id = ?",
            (altered, hashlib.sha256(altered).hexdigest(), kept.id),
        )
    report = Synchroniser(supervisor).sync()
    assert [r["id"] for r in report.pull_refused] == [kept.id]
    assert "signature" in report.pull_refused[0]["reason"]
    assert attachments.get(supervisor.store, kept.id) is None
    assert supervisor.store.scalar("SELECT count(*) FROM attachment_chunks") == 0
    for book in (supervisor, worker):
        book.session.lock()

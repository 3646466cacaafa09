"""A referred case's photo and signed consent reach the other team through a real server process.

Bangkok's field laptop registers a case with a passport photo and a signed consent scan and refers
it to Phnom Penh. Phnom Penh's field laptop fetches both through a line that drops every few
hundred kilobytes and ends with the very same bytes; its supervisor's laptop meets one body
altered on the server and one altered on the way, refuses both and keeps nothing of them. A third
team gets nothing and cannot fetch them by id. Syncing again seals and sends nothing twice.
Bangkok then erases the case: its copies go, Phnom Penh's stay. The server holds none of the
files' content. On SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from app.cases.book import CaseBook
from app.interviews import attachments
from app.team import directory as team_directory
from app.team.synchronise import Synchroniser
from sync.chunks import DEFAULT_CHUNK
from sync.client import SyncClient
from sync.errors import SyncError
from sync.server.database import normalise_url
from tests.app.interviews.test_attachments import MARKER
from tests.app.team.test_referral_attachments import case_with_attachments
from tests.integration.fault_proxy import FaultProxy
from tests.integration.test_attachment_sync import _sync_until_done
from tests.integration.test_referral_sync import CONSENT, _server_bytes, _sync, _team
from tests.integration.test_server_process import (  # noqa: F401 (fixtures)
    ServerProcess,
    db_url,
    server,
)

PHOTO = MARKER + os.urandom(1_500_000)  # the marker must never reach the server in clear
SCAN = os.urandom(2_500_000)


class FlipInTransit(httpx.BaseTransport):
    """Flips one byte of the first range of one attachment body on its way to the laptop."""

    def __init__(self, envelope_id: str) -> None:
        self.inner = httpx.HTTPTransport()
        self.path = f"/v1/attachments/{envelope_id}/body"
        self.flipped = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path != self.path or self.flipped:
            return response
        body = bytearray(response.read())
        body[len(body) // 2] ^= 1
        self.flipped += 1
        skip = ("content-encoding", "content-length", "transfer-encoding")
        headers = [(k, v) for k, v in response.headers.items() if k.lower() not in skip]
        return httpx.Response(response.status_code, headers=headers, content=bytes(body))

    def close(self) -> None:
        self.inner.close()


def _token(book: CaseBook) -> str:
    return str(book.store.scalar("SELECT secret FROM keys WHERE name = 'server_token'"))


def _alter_on_server(db_url: str, envelope_id: str) -> None:  # noqa: F811
    """A hostile administrator flips a byte of a stored body and records the new hash."""
    engine = create_engine(normalise_url(db_url))
    with engine.begin() as connection:
        body = bytearray(
            connection.execute(
                text("SELECT body FROM envelopes WHERE id = :id"), {"id": envelope_id}
            ).scalar_one()
        )
        body[len(body) // 3] ^= 1
        connection.execute(
            text("UPDATE envelopes SET body = :body, body_sha256 = :sha WHERE id = :id"),
            {"body": bytes(body), "sha": hashlib.sha256(body).hexdigest(), "id": envelope_id},
        )
    engine.dispose()


def _server_count(db_url: str, where: str, **params: str) -> int:  # noqa: F811
    engine = create_engine(normalise_url(db_url))
    with engine.connect() as connection:
        found = connection.execute(text(f"SELECT count(*) FROM envelopes WHERE {where}"), params)
        count = int(found.scalar_one())
    engine.dispose()
    return count


def test_a_referred_cases_attachments_reach_the_other_team_whole_and_nobody_else(
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    bk_sup, bk_field = _team(server, tmp_path, "bangkok")
    pp_sup, pp_field = _team(server, tmp_path, "phnom_penh")
    vt_sup, _ = _team(server, tmp_path, "vientiane")
    _sync(bk_sup, bk_field)
    shown = team_directory.known_team(pp_sup, "phnom_penh")
    assert shown is not None
    team_directory.confirm_team(bk_sup, "phnom_penh", shown.entry.fingerprint)
    _sync(bk_sup, bk_field)  # vouched for: the field laptop may refer there

    case_id, kept = case_with_attachments(bk_field, PHOTO, SCAN)
    passport, consent = kept
    bk_field.refer(case_id, "phnom_penh", CONSENT, note="returned 2026-10-01")
    sent = Synchroniser(bk_field).sync()
    assert (sent.push_refused, sent.pull_refused) == ([], [])
    assert sent.attachments_sent == 4 and sent.attachments_waiting == 0  # the team's two, and
    carried = {  # the two re-sealed for Phnom Penh
        str(r[0]): str(r[1])
        for r in bk_field.store.query("SELECT attachment_id, envelope_id FROM referral_attachments")
    }
    assert set(carried) == {passport.id, consent.id}
    sealed = int(bk_field.store.scalar("SELECT sum(size) FROM referral_attachments"))
    bookkeeping = [tuple(r) for r in bk_field.store.query("SELECT * FROM referral_attachments")]

    # Phnom Penh's field laptop, through a line that goes dead every 64-600 KiB.
    proxy = FaultProxy(server.port, break_share=0.0, seed=11, lifetime=(64 * 1024, 600 * 1024))
    proxy.start()
    try:
        fetcher, _ = _sync_until_done(pp_field, f"http://127.0.0.1:{proxy.port}")
    finally:
        proxy.stop()
    assert pp_field.state(case_id).status == "referred"
    got = {a.id: a for a in attachments.for_case(pp_field.session, case_id)}
    assert set(got) == {passport.id, consent.id}
    assert attachments.read(pp_field.store, passport.id) == PHOTO
    assert attachments.read(pp_field.store, consent.id) == SCAN
    assert got[passport.id].original_name == "passport.jpg" and got[passport.id].is_image
    assert got[consent.id].original_name == "signed-consent.pdf"
    assert proxy.counts.exhausted >= 3 and fetcher.download_stats.resumes >= 1
    # Each drop cost at most the range in flight.
    assert fetcher.download_stats.body_bytes <= sealed + proxy.counts.exhausted * DEFAULT_CHUNK

    # Phnom Penh's supervisor: the photo altered on the server, the scan altered on the way.
    _alter_on_server(server.db_url, carried[passport.id])
    flip = FlipInTransit(carried[consent.id])
    refused = Synchroniser(pp_sup, transport=flip).sync()
    reasons = {r["id"]: r["reason"] for r in refused.pull_refused}
    assert set(reasons) == {carried[passport.id], carried[consent.id]}, refused
    assert "signature does not verify" in reasons[carried[passport.id]]
    assert "the body was altered" in reasons[carried[consent.id]]
    assert pp_sup.state(case_id).status == "referred"  # the case came; the two files did not
    assert attachments.for_case(pp_sup.session, case_id) == []
    assert pp_sup.store.scalar("SELECT count(*) FROM attachment_chunks") == 0
    assert refused.attachments_waiting == 0

    # A third team: nothing in its pulls, nothing by id.
    third = Synchroniser(vt_sup).sync()
    assert (third.pull_refused, third.attachments_received) == ([], 0)
    assert vt_sup.list_cases().total == 0
    for laptop, ids in ((vt_sup, [*carried.values(), passport.id]), (pp_field, [passport.id])):
        client = SyncClient(server.url, _token(laptop))
        for envelope_id in ids:
            assert client.attachment(envelope_id) is None
            with pytest.raises(SyncError, match="not stored"):
                client.attachment_range(envelope_id, 0, 100)
        client.close()

    # Syncing again seals nothing twice and sends nothing twice.
    again = Synchroniser(bk_field).sync()
    assert (again.attachments_sent, again.attachments_waiting) == (0, 0)
    assert [tuple(r) for r in bk_field.store.query("SELECT * FROM referral_attachments")] == (
        bookkeeping
    )
    where = "kind = 'attachment' AND recipient_team = :team"
    assert _server_count(server.db_url, where, team="phnom_penh") == 2

    # Bangkok erases the case: its copies go everywhere in Bangkok; Phnom Penh keeps its own.
    _sync(bk_sup)
    bk_sup.erase(case_id, "the person asked for it")
    _sync(bk_sup, bk_field)  # both acknowledge: the server drops Bangkok's envelopes of it
    assert bk_field.store.scalar("SELECT count(*) FROM referral_attachments") == 0
    assert bk_field.store.scalar("SELECT count(*) FROM outbox WHERE kind = 'referral'") == 0
    assert _server_count(server.db_url, "id = :id", id=passport.id) == 0  # dropped
    assert _server_count(server.db_url, where, team="phnom_penh") == 2  # Phnom Penh's copy
    assert attachments.read(pp_field.store, passport.id) == PHOTO

    server.stop()
    raw = _server_bytes(server, tmp_path)
    assert raw and MARKER[:40] not in raw
    server.start()
    from tests.reliability import record

    record(
        f"referred case's attachments to the other team ({server.db_url.split(':')[0]}): "
        "intact through drops, altered ones refused, a third team gets nothing",
        f"{proxy.counts.exhausted} drops, {fetcher.download_stats.resumes} resumes; "
        "2 of 2 alterations refused",
        "pass",
    )
    for book in (bk_sup, bk_field, pp_sup, pp_field, vt_sup):
        book.session.lock()

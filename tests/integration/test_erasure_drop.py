"""An erased case leaves the server: a supervisor erases a case; each laptop of the team applies the
erasure at its next sync and acknowledges it; only after the last acknowledgement does the server
drop the case's envelopes, and then its database holds none of their ciphertext and none of the
case's text (on SQLite the file itself is scanned; on PostgreSQL every stored value)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.cases.book import CaseBook
from app.cases.erasure import envelope_ids
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from sync.server import models
from sync.server.database import open_database
from tests.app.workspace.test_plaintext import MARKERS, encodings
from tests.integration.test_key_rotation import TEAM, _enrol, _laptop
from tests.integration.test_server_process import (  # noqa: F401 (fixtures)
    ServerProcess,
    db_url,
    server,
)
from tests.sync.server.test_server_erasures import _every_stored_byte


def _bodies(url: str, ids: list[str]) -> dict[str, bytes]:
    db = open_database(url)
    try:
        with db.session() as session:
            rows = session.execute(
                select(models.Envelope.id, models.Envelope.body).where(models.Envelope.id.in_(ids))
            )
            return {r[0]: bytes(r[1]) for r in rows}
    finally:
        db.dispose()


def _held(url: str) -> bytes:
    db = open_database(url)
    try:
        return _every_stored_byte(db)
    finally:
        db.dispose()


def test_the_server_drops_an_erased_case_after_the_last_laptop_applied_it(
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    supervisor, first, second = (_laptop(tmp_path, n) for n in ("sup", "first", "second"))
    found_team(supervisor, TEAM)
    _enrol(server, supervisor, supervisor=True)
    for laptop in (first, second):
        _enrol(server, laptop, approver=supervisor)
    Synchroniser(supervisor).sync()
    laptops: tuple[CaseBook, ...] = (first, second)
    for laptop in laptops:
        Synchroniser(laptop).sync()

    erased = first.open_case(
        {"prs_First_Name": MARKERS["khmer"], "notes": " ".join(MARKERS.values())}, "intake"
    )
    first.update(erased, {"age": "17"})
    kept = first.open_case({"prs_First_Name": "Kept Case"}, "intake")
    for laptop in (first, second, supervisor):
        Synchroniser(laptop).sync()
    ids = envelope_ids(first, erased)
    ciphertexts = _bodies(server.db_url, ids)
    assert len(ciphertexts) == 2  # its two events (submissions and attachments: tests/sync/server)

    supervisor.erase(erased, "the person withdrew consent")
    report = Synchroniser(supervisor).sync()
    assert report.erasures_acknowledged == 1 and report.erasures_dropped == 0
    assert _bodies(server.db_url, ids) == ciphertexts  # nothing dropped before the last ack
    report = Synchroniser(first).sync()
    assert report.erasures_acknowledged == 1 and report.erasures_dropped == 0
    assert _bodies(server.db_url, ids) == ciphertexts
    report = Synchroniser(second).sync()
    assert report.erasures_acknowledged == 1 and report.erasures_dropped == 1
    assert second.is_erased(erased)

    assert _bodies(server.db_url, ids) == {}
    assert _bodies(server.db_url, envelope_ids(first, kept))  # the other case stays
    held = _held(server.db_url)
    for body in ciphertexts.values():
        assert body[-32:] not in held
    for marker in MARKERS.values():
        for needle in encodings(marker).values():
            assert needle not in held
    for laptop in (first, second, supervisor):  # a later round sends nothing more
        assert Synchroniser(laptop).sync().erasures_acknowledged == 0

    server.stop()
    if server.db_url.startswith("sqlite"):
        raw = b"".join(p.read_bytes() for p in tmp_path.glob("server.db*"))
        assert raw.startswith(b"SQLite format 3")
        for body in ciphertexts.values():
            assert body[-32:] not in raw
    for book in (supervisor, first, second):
        book.session.lock()


def test_the_supervisor_sees_who_holds_an_erasure_up_and_revoking_a_lost_laptop_releases_it(
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    from tests.integration.test_server_process import fieldcase

    supervisor, first, lost = (_laptop(tmp_path, n) for n in ("sup", "first", "lost"))
    found_team(supervisor, TEAM)
    _enrol(server, supervisor, supervisor=True)
    for laptop in (first, lost):
        _enrol(server, laptop, approver=supervisor)
    Synchroniser(supervisor).sync()
    for laptop in (first, lost):
        Synchroniser(laptop).sync()  # both hold the team key now
    erased = first.open_case({"prs_First_Name": "Dara"}, "intake")
    Synchroniser(first).sync()
    Synchroniser(supervisor).sync()
    ids = envelope_ids(first, erased)

    supervisor.erase(erased, "the person withdrew consent")
    Synchroniser(supervisor).sync()
    Synchroniser(first).sync()  # the lost laptop never syncs again
    report = Synchroniser(supervisor).sync()
    [waiting] = report.erasures_waiting
    assert waiting["waiting_for"] == [lost.device] and waiting["since"]
    assert report.to_json()["erasures_waiting"] == report.erasures_waiting
    assert _bodies(server.db_url, ids)  # still held, encrypted, for the lost laptop

    fieldcase("server", "revoke", "--db", server.db_url, "--device", lost.device,
              "--reason", "lost")  # fmt: skip
    assert _bodies(server.db_url, ids) == {}  # the revocation released it
    assert Synchroniser(supervisor).sync().erasures_waiting == []
    assert Synchroniser(supervisor).sync().erasures_waiting == []  # no longer watched
    for book in (supervisor, first, lost):
        book.session.lock()

"""Uploads abandoned half way are removed (by command and by the server itself), stored envelopes
never; the laptop that comes back starts its upload again from byte 0. SQLite and PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from app.cli.main import main
from sync.envelope import Envelope
from sync.server import models, upload_cleanup
from sync.server.database import Database
from tests.sync.server.kit import Laptop, enrol
from tests.sync.server.test_server_uploads import CHUNK, head, put, stored_bodies, upload_all


@pytest.fixture
def laptop(client: TestClient, db: Database) -> Laptop:
    return enrol(client, db, Laptop("laptop-1"), "mekong-1")


@pytest.fixture(autouse=True)
def fresh_sweep(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(upload_cleanup.ENVIRONMENT, raising=False)
    upload_cleanup._last_sweep.clear()
    yield
    upload_cleanup._last_sweep.clear()


def _start(client: TestClient, laptop: Laptop, chunks: int = 2) -> Envelope:
    envelope = laptop.envelope(os.urandom(4 * CHUNK), kind="attachment")
    opened = client.post("/v1/uploads", json=head(envelope), headers=laptop.auth)
    assert opened.status_code == 200, opened.text
    for n in range(chunks):
        assert put(client, laptop, envelope, n * CHUNK).status_code == 200
    return envelope


def _age(db: Database, envelope: Envelope, days: float) -> None:
    with db.session() as session:
        session.execute(
            update(models.Upload)
            .where(models.Upload.id == envelope.id)
            .values(updated=upload_cleanup.cutoff(days))
        )


def _rows(db: Database, envelope: Envelope) -> tuple[int, int]:
    with db.session() as session:
        uploads = session.execute(
            select(func.count()).select_from(models.Upload).where(models.Upload.id == envelope.id)
        ).scalar_one()
        chunks = session.execute(
            select(func.count())
            .select_from(models.UploadChunk)
            .where(models.UploadChunk.upload_id == envelope.id)
        ).scalar_one()
    return int(uploads), int(chunks)


def test_only_uploads_idle_past_the_age_are_removed(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    abandoned, recent = _start(client, laptop), _start(client, laptop)
    stored = laptop.envelope(os.urandom(CHUNK + 5), kind="attachment")
    assert upload_all(client, laptop, stored).json()["status"] == "stored"
    _age(db, abandoned, 15)
    _age(db, recent, 13)

    report = upload_cleanup.remove_abandoned(db, 14)
    assert (report.uploads, report.bytes) == (1, 2 * CHUNK)
    assert _rows(db, abandoned) == (0, 0)
    assert _rows(db, recent) == (1, 2)
    assert stored_bodies(db, stored.id) == [stored.body]
    assert upload_cleanup.remove_abandoned(db, 14).uploads == 0

    # The laptop comes back weeks later: its upload starts again from byte 0 and is stored once.
    status = client.get(f"/v1/uploads/{abandoned.id}", headers=laptop.auth)
    assert status.status_code == 404
    finished = upload_all(client, laptop, abandoned)
    assert finished.json()["status"] == "stored"
    assert stored_bodies(db, abandoned.id) == [abandoned.body]
    with pytest.raises(ValueError):
        upload_cleanup.remove_abandoned(db, -1)


def test_the_server_sweeps_by_itself_when_an_upload_opens(
    client: TestClient, db: Database, laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(upload_cleanup.ENVIRONMENT, "7")
    old = _start(client, laptop)
    _age(db, old, 8)
    upload_cleanup._last_sweep.clear()  # opening ``old`` swept an empty table a moment ago
    app_db = client.app.state.db  # type: ignore[attr-defined]
    _start(client, laptop, chunks=0)
    assert _rows(db, old) == (0, 0)
    # At most once an hour per server: another abandoned upload waits for the next sweep.
    later = _start(client, laptop)
    _age(db, later, 8)
    _start(client, laptop, chunks=0)
    assert _rows(db, later) == (1, 2)
    assert upload_cleanup.sweep_if_due(app_db, clock=10**9) is not None
    assert _rows(db, later) == (0, 0)


def test_the_sweep_is_configured_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert upload_cleanup.configured_days() == upload_cleanup.DEFAULT_DAYS
    monkeypatch.setenv(upload_cleanup.ENVIRONMENT, "0")
    assert upload_cleanup.configured_days() == 0
    assert upload_cleanup.sweep_if_due(None) is None  # type: ignore[arg-type]  # off: no database
    monkeypatch.setenv(upload_cleanup.ENVIRONMENT, "3.5")
    assert upload_cleanup.configured_days() == 3.5


def test_cleanup_uploads_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
    client: TestClient,
    db: Database,
    db_url: str,
    laptop: Laptop,
) -> None:
    abandoned, recent = _start(client, laptop), _start(client, laptop, chunks=1)
    _age(db, abandoned, 40)
    assert main(["server", "cleanup-uploads", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "deleted 1 abandoned upload(s), 0.1 MB; 1 upload(s) still open" in out
    assert _rows(db, abandoned) == (0, 0) and _rows(db, recent) == (1, 1)
    assert main(["server", "cleanup-uploads", "--db", db_url, "--older-than", "0"]) == 0
    assert "deleted 1 abandoned upload(s)" in capsys.readouterr().out
    assert main(["server", "cleanup-uploads", "--db", db_url, "--older-than", "-2"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fieldcase: ") and err.count("\n") == 1

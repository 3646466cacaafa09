"""``fieldcase server backup`` and ``restore`` without a running server: an older backup is
upgraded, one of an unknown revision is refused, a missing ``pg_dump`` is named with its package,
and the generation changes at each restore."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from sync.server import backup
from sync.server.database import MIGRATIONS, make_engine, open_database

ROOT = Path(__file__).resolve().parents[3]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "server", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip


def test_a_backup_of_an_older_schema_is_upgraded_and_gets_a_new_generation(
    tmp_path: Path,
) -> None:
    old = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(old)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
        connection.commit()
    engine.dispose()
    made = _run("backup", "--db", old, "--out", str(tmp_path / "old.fcbackup"))
    assert made.returncode == 0, made.stderr
    assert "schema 0006" in made.stdout

    new = f"sqlite:///{tmp_path / 'new.db'}"
    done = _run("restore", "--db", new, "--from", str(tmp_path / "old.fcbackup"))
    assert done.returncode == 0, done.stderr
    engine = make_engine(new)
    assert "server_meta" in inspect(engine).get_table_names()
    engine.dispose()
    db = open_database(new)
    first = backup.generation(db)["generation"]
    assert first
    db.dispose()
    again = _run("restore", "--db", new, "--from", str(tmp_path / "old.fcbackup"))
    assert again.returncode == 0, again.stderr
    db = open_database(new)
    assert backup.generation(db)["generation"] not in (None, first)
    db.dispose()


def test_a_backup_of_an_unknown_revision_or_damaged_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    open_database(url).dispose()
    out = tmp_path / "b.fcbackup"
    assert _run("backup", "--db", url, "--out", str(out)).returncode == 0
    magic, header, payload = out.read_bytes().split(b"\n", 2)
    fields = json.loads(header)

    future = tmp_path / "future.fcbackup"
    future.write_bytes(
        b"\n".join([magic, json.dumps({**fields, "revision": "0999"}).encode(), payload])
    )
    done = _run("restore", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--from", str(future))
    assert done.returncode == 2
    assert done.stderr.startswith("fieldcase: the backup is of schema revision 0999")

    damaged = tmp_path / "damaged.fcbackup"
    damaged.write_bytes(b"\n".join([magic, header, payload[:-10] + b"0123456789"]))
    done = _run("restore", "--db", f"sqlite:///{tmp_path / 'y.db'}", "--from", str(damaged))
    assert (done.returncode, done.stderr) == (
        2,
        "fieldcase: the backup is damaged (its SHA-256 differs)\n",
    )
    assert (
        not (tmp_path / "y.db").exists()
        or "envelopes"
        not in inspect(make_engine(f"sqlite:///{tmp_path / 'y.db'}")).get_table_names()
    )


def test_without_pg_dump_the_error_names_the_package(tmp_path: Path) -> None:
    done = _run(
        "backup", "--db", "postgresql://nobody@localhost/none", "--out", str(tmp_path / "b"),
        env={"PATH": str(tmp_path)},
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == (
        "fieldcase: pg_dump is not installed: install the package postgresql-client (Debian, "
        "Ubuntu) of the server's PostgreSQL version\n"
    )
    assert not list(tmp_path.iterdir())  # nothing half written

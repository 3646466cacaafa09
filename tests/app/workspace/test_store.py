from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from app.workspace.store import Migration, Store

KEY = bytes(32)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "s.db", KEY)
    s.execute("CREATE TABLE t (x INTEGER)")
    yield s
    s.close()


def test_nested_atomic_rolls_back_only_the_inner_savepoint(store: Store) -> None:
    with store.atomic():
        store.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError):
            with store.atomic():
                store.execute("INSERT INTO t VALUES (2)")
                raise RuntimeError("inner fails")
        store.execute("INSERT INTO t VALUES (3)")
    assert [r[0] for r in store.query("SELECT x FROM t ORDER BY x")] == [1, 3]


def test_outer_failure_rolls_back_everything(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.atomic():
            store.execute("INSERT INTO t VALUES (1)")
            with store.atomic():
                store.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError
    assert store.scalar("SELECT count(*) FROM t") == 0


def test_migrations_are_recorded_and_run_once(store: Store) -> None:
    calls: list[str] = []

    def add_y(s: Store) -> None:
        calls.append("y")
        s.execute("ALTER TABLE t ADD COLUMN y TEXT")

    migrations = [Migration("0001_y", add_y)]
    assert store.migrate(migrations) == ["0001_y"]
    assert store.migrate(migrations) == []
    assert calls == ["y"]


def test_a_failing_migration_leaves_nothing_half_done(store: Store) -> None:
    def broken(s: Store) -> None:
        s.execute("CREATE TABLE half (x)")
        s.execute("THIS IS NOT SQL")

    with pytest.raises(sqlcipher3.OperationalError):
        store.migrate([Migration("0001_broken", broken)])
    assert store.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half'") == 0
    assert store.scalar("SELECT count(*) FROM _migrations") == 0


def test_the_database_is_encrypted_and_in_wal_mode(tmp_path: Path) -> None:
    s = Store.open(tmp_path / "e.db", KEY)
    assert s.scalar("PRAGMA journal_mode") == "wal"
    assert s.scalar("PRAGMA cipher_version")
    s.close()
    assert not (tmp_path / "e.db").read_bytes().startswith(b"SQLite format 3")

"""The page HMAC a workspace database is written with (HMAC-SHA512, or HMAC-SHA256 where this
laptop computes it faster): each is read back, neither weakens what a raw copy of the file gives
an attacker, and a page changed by one bit is refused under either (docs/security.md)."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from app.errors import WorkspaceDamaged
from app.workspace.salvage_pages import PAGE_SIZE, Pages
from app.workspace.store import HMAC_SHA256, HMAC_SHA512, PAGE_HMACS, Store, page_hmac

MARKER = "សុខ ដារ៉ា ស្នាក់នៅផ្ទះសុវត្ថិភាព"  # Khmer: the text an attacker looks for
ROWS = 300


def _written(path: Path, key: bytes, page_hmac_name: str) -> None:
    store = Store.open(path, key, new_page_hmac=page_hmac_name)
    store.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    with store.atomic():
        store.executemany(
            "INSERT INTO notes (body) VALUES (?)", [(f"{MARKER} {i}",) for i in range(ROWS)]
        )
    store.checkpoint()  # every page in the file itself, as a copied laptop disk holds it
    store.close()


def _flip(path: Path, pgno: int, offset: int) -> None:
    with path.open("r+b") as f:
        f.seek((pgno - 1) * PAGE_SIZE + offset)
        byte = f.read(1)[0]
        f.seek((pgno - 1) * PAGE_SIZE + offset)
        f.write(bytes([byte ^ 0x01]))


def test_this_laptop_chooses_one_of_the_two_page_hmacs() -> None:
    assert page_hmac() in PAGE_HMACS


@pytest.mark.parametrize("written_with", PAGE_HMACS)
@pytest.mark.parametrize("tried_first", PAGE_HMACS)
def test_a_database_opens_with_the_page_hmac_it_was_written_with(
    tmp_path: Path, written_with: str, tried_first: str
) -> None:
    key = secrets.token_bytes(32)
    _written(tmp_path / "w.db", key, written_with)
    store = Store.open(tmp_path / "w.db", key, new_page_hmac=tried_first)
    assert store.scalar("PRAGMA cipher_hmac_algorithm") == written_with
    assert store.scalar("SELECT count(*) FROM notes") == ROWS
    assert store.integrity_check() == []
    store.close()


@pytest.mark.parametrize("written_with", PAGE_HMACS)
def test_a_raw_copy_of_the_file_shows_nothing_and_opens_with_no_other_key(
    tmp_path: Path, written_with: str
) -> None:
    key = secrets.token_bytes(32)
    _written(tmp_path / "w.db", key, written_with)
    raw = (tmp_path / "w.db").read_bytes()
    for needle in (MARKER.encode(), MARKER.encode("utf-16-le"), b"SQLite format 3", b"notes"):
        assert needle not in raw
    with pytest.raises(WorkspaceDamaged):
        Store.open(tmp_path / "w.db", secrets.token_bytes(32))


@pytest.mark.parametrize("written_with", PAGE_HMACS)
@pytest.mark.parametrize(
    "offset",
    [100, PAGE_SIZE - 80, PAGE_SIZE - 49, PAGE_SIZE - 1],
    ids=["data", "tail-80", "tail-49", "last"],
)
def test_a_page_changed_by_one_bit_is_refused(
    tmp_path: Path, written_with: str, offset: int
) -> None:
    """One bit flipped anywhere in a page (its encrypted data, its IV, its HMAC or the reserve
    bytes SHA-256 leaves unused): the page fails its check, reading it fails as a damaged
    workspace, and the page check names it; nothing of the page is decrypted."""
    key = secrets.token_bytes(32)
    path = tmp_path / "w.db"
    _written(path, key, written_with)
    victim = 3
    _flip(path, victim, offset)
    store = Store.open(path, key)
    with pytest.raises(WorkspaceDamaged):
        store.query("SELECT body FROM notes")
    problems = [str(r[0]) for r in store.query("PRAGMA cipher_integrity_check")]
    assert any(f"page {victim}" in problem for problem in problems), problems
    store.close()
    pages = Pages(path, key)
    assert pages.hmac == written_with.removeprefix("HMAC_").lower()
    assert pages.page(victim) is None and pages.page(2) is not None
    pages.close()


@pytest.mark.parametrize("written_with", PAGE_HMACS)
def test_a_page_moved_to_another_place_is_refused(tmp_path: Path, written_with: str) -> None:
    """The HMAC covers the page's number: a genuine page copied over another is refused."""
    key = secrets.token_bytes(32)
    path = tmp_path / "w.db"
    _written(path, key, written_with)
    data = bytearray(path.read_bytes())
    data[2 * PAGE_SIZE : 3 * PAGE_SIZE] = data[3 * PAGE_SIZE : 4 * PAGE_SIZE]  # page 4 over 3
    path.write_bytes(bytes(data))
    store = Store.open(path, key)
    with pytest.raises(WorkspaceDamaged):
        store.query("SELECT body FROM notes")
    store.close()


def test_a_page_hmac_that_is_not_offered_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        Store.open(tmp_path / "w.db", bytes(32), new_page_hmac="HMAC_SHA1")
    assert {HMAC_SHA512, HMAC_SHA256} == set(PAGE_HMACS)


@pytest.mark.parametrize("written_with", PAGE_HMACS)
def test_after_a_power_cut_the_log_is_read_with_the_page_hmac_it_was_written_with(
    tmp_path: Path, written_with: str
) -> None:
    """The files as a power cut leaves them (every commit in the write-ahead log, none copied to
    the database file yet), opened with the other HMAC tried first: every commit is there."""
    key = secrets.token_bytes(32)
    store = Store.open(tmp_path / "w.db", key, new_page_hmac=written_with)
    store.execute("PRAGMA wal_autocheckpoint = 0")
    store.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    for i in range(ROWS):
        store.execute("INSERT INTO notes (body) VALUES (?)", (f"{MARKER} {i}",))
    cut = tmp_path / "cut"
    cut.mkdir()
    for name in ("w.db", "w.db-wal"):
        (cut / name).write_bytes((tmp_path / name).read_bytes())
    store.close()
    assert (cut / "w.db-wal").stat().st_size > (cut / "w.db").stat().st_size
    other = next(h for h in PAGE_HMACS if h != written_with)
    reopened = Store.open(cut / "w.db", key, new_page_hmac=other)
    assert reopened.scalar("PRAGMA cipher_hmac_algorithm") == written_with
    assert reopened.scalar("SELECT count(*) FROM notes") == ROWS
    assert reopened.integrity_check() == []
    reopened.close()

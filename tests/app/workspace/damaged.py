"""A workspace with cases and attachments, and bits flipped in chosen pages of its database, for
the salvage tests (tests/app/workspace/test_salvage.py, tests/app/cli/test_salvage.py)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from pathlib import Path

from app.interviews import attachments
from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.keyslots import unwrap_key
from app.workspace.salvage import read_schema
from app.workspace.salvage_pages import (
    PAGE_SIZE,
    PAGE_TABLE_INTERIOR,
    PAGE_TABLE_LEAF,
    BTrees,
    Pages,
    decode_record,
)
from app.workspace.session import Session
from tests.conftest import CHEAP, PASSWORD


@dataclass
class Made:
    folder: Path
    recovery_code: str
    events: dict[str, list[tuple[str, str, str]]]  # case id -> (event id, hlc, payload), sorted
    attachments: dict[str, str]  # attachment id -> sha256 of its bytes


def make_workspace(folder: Path, cases: int = 30) -> Made:
    """Supervisor 'ana' (PASSWORD), ``cases`` demo cases, a social worker 'sok' and a draft
    with two attachments (one of several 256 KiB chunks, one small)."""
    session, code = Workspace.create(folder, "ana", PASSWORD, cost=CHEAP)
    try:
        add_demo_cases(case_book(session), cases, seed=7)
        session.add_user("sok", "social_worker", PASSWORD, cost=CHEAP)
        draft = session.save_draft("intake", "1", {"answers": {}})
        rnd = random.Random(3)
        kept = {}
        for name, size in (("scan.pdf", 600_000), ("photo.jpg", 9_000)):
            data = rnd.randbytes(size)
            a = attachments.add(session, data, original_name=name, question="photo", draft_id=draft)
            kept[a.id] = hashlib.sha256(data).hexdigest()
        events = events_by_case(session)
    finally:
        session.lock()
    return Made(folder, code, events, kept)


def events_by_case(session: Session) -> dict[str, list[tuple[str, str, str]]]:
    found: dict[str, list[tuple[str, str, str]]] = {}
    for row in session.store.query(
        "SELECT case_id, id, hlc, payload FROM case_events ORDER BY case_id, id"
    ):
        found.setdefault(row[0], []).append((row[1], row[2], row[3]))
    return found


def key_of(folder: Path) -> bytes:
    workspace = Workspace.at(folder)
    slot = workspace.keyslots().find("user", "ana")
    assert slot is not None
    plain = unwrap_key(workspace.workspace_id, slot, PASSWORD)
    assert plain is not None
    return bytes(plain[:32])


def trees_of(folder: Path) -> BTrees:
    return BTrees(Pages(folder / "workspace.db", key_of(folder)))


def middle_leaf(folder: Path, table: str) -> tuple[int, list[str]]:
    """A leaf page in the middle of ``table``'s B-tree, and the first column (the id) of each row
    it holds, as text."""
    trees = trees_of(folder)
    tree = trees.walk(read_schema(trees)[table].root)
    leaves = [p for p in tree.pages if (trees.pages.page(p) or b"\0")[0] == PAGE_TABLE_LEAF]
    assert len(leaves) >= 3, f"{table} is too small to have a page in the middle"
    leaf = leaves[len(leaves) // 2]
    trees.visited.clear()
    cells = trees.walk(leaf).cells
    ids = []
    for cell in cells:
        assert cell.payload is not None
        first = decode_record(cell.payload)[0]
        ids.append(str(cell.rowid if first is None else first))  # INTEGER PRIMARY KEY: the rowid
    return leaf, ids


def an_overflow_page(folder: Path, table: str) -> int:
    """A page holding the middle part of a long value of ``table`` (an attachment's chunk)."""
    trees = trees_of(folder)
    root = read_schema(trees)[table].root
    before = set(trees.visited)
    tree = trees.walk(root)
    overflow = sorted(trees.visited - before - set(tree.pages))
    assert overflow, f"{table} has no overflow page"
    return overflow[len(overflow) // 2]


def flip_bit(folder: Path, pgno: int, offset: int = 200, bit: int = 2) -> None:
    """One bit of page ``pgno`` of the database file, as a failing disk would flip it."""
    db = folder / "workspace.db"
    with db.open("r+b") as f:
        f.seek((pgno - 1) * PAGE_SIZE + offset)
        byte = f.read(1)[0]
        f.seek((pgno - 1) * PAGE_SIZE + offset)
        f.write(bytes([byte ^ (1 << bit)]))


def file_digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "auth-state.json"
    }


def interior_root(folder: Path, table: str) -> int:
    """The root page of ``table``'s B-tree, which points at its leaves and holds no row."""
    trees = trees_of(folder)
    root = read_schema(trees)[table].root
    page = trees.pages.page(root)
    assert page is not None and page[0] == PAGE_TABLE_INTERIOR, f"{table} fits one page"
    return root

"""Proof: one bit flipped anywhere loses only what lay on or below that page, and salvage never
invents a row.

Each trial copies one workspace (demo cases, a draft with two attachments, two users), flips one
random bit in one random page other than page 1 (whose salt keys every page's HMAC: its loss is
fatal, and said so), and salvages it. In every table salvage copies, every row of the salvaged
database must be a row of the original, exactly (nothing made up from a page that failed), and
every original row none of whose pages (the B-tree from the root to its leaf, and the overflow
pages of its value) is the damaged one must be there. Rows whose only damaged page lies above
their leaf may come back (their table's index names them) or be reported lost; they are counted.
When the page held the schema or the salvaging supervisor's row, salvage must refuse with
``WorkspaceDamaged`` and write nothing.

``FIELDCASE_SALVAGE_TRIALS`` and ``FIELDCASE_SALVAGE_SEED`` change the number of trials and the
seed (the seed is printed in the reliability table).
"""

from __future__ import annotations

import os
import random
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from app.errors import WorkspaceDamaged
from app.workspace.salvage import read_schema, salvage
from app.workspace.salvage_pages import PAGE_SIZE, BTrees, Pages
from app.workspace.salvage_report import NOT_COPIED
from app.workspace.store import Store
from tests.app.workspace.damaged import flip_bit, key_of, make_workspace
from tests.conftest import PASSWORD
from tests.reliability import record

TRIALS = int(os.environ.get("FIELDCASE_SALVAGE_TRIALS", "12"))
SEED = int(os.environ.get("FIELDCASE_SALVAGE_SEED", str(random.randrange(1_000_000))))


def _rows(db: Path, key: bytes, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    store = Store.open(db, key)
    try:
        names = ", ".join(f'"{c}"' for c in columns)
        return [tuple(r) for r in store.query(f'SELECT rowid, {names} FROM "{table}"')]
    finally:
        store.close()


def test_a_random_flipped_bit_loses_only_its_page_and_invents_nothing(tmp_path: Path) -> None:
    made = make_workspace(tmp_path / "original", cases=25)
    key = key_of(made.folder)
    trees = BTrees(Pages(made.folder / "workspace.db", key))
    schema = read_schema(trees)
    fatal = set(trees.visited)  # the schema's pages: without them nothing can be placed
    tables = {
        name: t for name, t in schema.items() if name not in NOT_COPIED and not t.without_rowid
    }
    pages_of: dict[tuple[str, int], tuple[tuple[int, ...], int]] = {}
    for name, table in tables.items():
        for cell in trees.walk(table.root).cells:
            assert cell.rowid is not None
            pages_of[(name, cell.rowid)] = (cell.pages, cell.leaf)
            if name == "users":  # without the salvaging supervisor's row, salvage refuses
                fatal.update(cell.pages)
    original = {
        name: _rows(made.folder / "workspace.db", key, name, t.columns)
        for name, t in tables.items()
    }
    count = (made.folder / "workspace.db").stat().st_size // PAGE_SIZE
    rnd = random.Random(SEED)
    kept_rows = lost_below = placed = invented = missing = refused = 0
    for trial in range(TRIALS):
        folder = tmp_path / f"t{trial}"
        shutil.copytree(made.folder, folder)
        page = rnd.randrange(2, count + 1)
        flip_bit(folder, page, offset=rnd.randrange(PAGE_SIZE), bit=rnd.randrange(8))

        try:
            report = salvage(folder, tmp_path / f"s{trial}", "ana", PASSWORD)
        except WorkspaceDamaged:
            assert page in fatal, (SEED, trial, page)
            refused += 1
            assert not (tmp_path / f"s{trial}").exists()
            shutil.rmtree(folder)
            continue

        assert report.damaged_pages == [page], (SEED, trial)
        for name, table in tables.items():
            salvaged = Counter(
                row[1:]
                for row in _rows(tmp_path / f"s{trial}" / "workspace.db", key, name, table.columns)
            )
            if name == "audit":  # the salvage's own row (its number may be a lost row's)
                salvaged = Counter(r for r in salvaged.elements() if r[3] != "salvage")
            before = Counter(row[1:] for row in original[name])
            invented += sum((salvaged - before).values())
            for row in original[name]:
                pages, leaf = pages_of[(name, row[0])]
                if page not in pages:
                    kept_rows += 1
                    missing += row[1:] not in salvaged
                elif page in pages[: pages.index(leaf)]:
                    lost_below += 1  # the damaged page lies above its leaf
                    placed += row[1:] in salvaged
        assert (invented, missing) == (0, 0), (SEED, trial, page)
        shutil.rmtree(folder)
        shutil.rmtree(tmp_path / f"s{trial}")

    record(
        "one random flipped bit: rows lost off the damaged page, rows invented",
        f"0, 0 over {TRIALS} trials (seed {SEED}; {kept_rows} rows that had to be kept;"
        f" {placed} of {lost_below} rows below a damaged interior page placed by their index;"
        f" {refused} refused, saying why: the schema or the salvager's row was on that page)",
        "pass",
    )

"""Emergency wipe and the duress password: nothing left that any password or code opens."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.errors import BadInput, NotAWorkspace, WrongCredentials
from app.team.case_book import case_book
from app.workspace import keyslot_area
from app.workspace.folder import Workspace
from app.workspace.keyslots import KeyslotFile
from app.workspace.session import Session
from app.workspace.wipe import emergency_wipe, unsynced_count
from tests.conftest import CHEAP, PASSWORD

MARKER = "សុខា ស្រីពៅ wipe-marker"


def _leftovers(folder: Path) -> bytes:
    if not folder.exists():
        return b""
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_a_wipe_leaves_nothing_to_open(new_workspace: tuple[Session, str], tmp_path: Path) -> None:
    session, code = new_workspace
    folder = session.workspace.path
    book = case_book(session)
    book.open_case({"prs_First_Name": MARKER}, "intake")
    session.save_draft("intake", "1", {"prs_First_Name": MARKER})
    copy = tmp_path / "keyslots-before"
    copy.write_bytes((folder / "keyslots").read_bytes())
    assert unsynced_count(session) == 2  # the draft, and the case's event (never sealed: no team)
    report = emergency_wipe(session)
    assert report.unsynced == 2 and report.files >= 3
    assert not folder.exists()
    assert MARKER.encode() not in _leftovers(folder)
    with pytest.raises(NotAWorkspace):
        Workspace.at(folder).login("ana", PASSWORD)
    with pytest.raises(NotAWorkspace):
        Workspace.at(folder).recover(code, "ana", "a new password")


def test_the_duress_password_wipes_and_opens_an_empty_workspace(session: Session) -> None:
    folder = session.workspace.path
    case_book(session).open_case({"prs_First_Name": MARKER}, "intake")
    with pytest.raises(BadInput, match="must differ"):
        session.set_duress_password(PASSWORD, cost=CHEAP)
    session.set_duress_password("under pressure 1", cost=CHEAP)
    assert Workspace.at(folder).user_names() == ["ana"]  # the duress slot is not a user
    session.lock()
    opened = Workspace.at(folder).login("ana", "under pressure 1")
    assert opened.user == "ana" and case_book(opened).count() == 0
    opened.lock()
    assert MARKER.encode() not in _leftovers(folder)
    with pytest.raises(WrongCredentials):  # the real password belonged to the wiped workspace
        Workspace.at(folder).login("ana", PASSWORD)


def test_a_removed_duress_password_is_only_a_wrong_password(session: Session) -> None:
    folder = session.workspace.path
    case_book(session).open_case({"prs_First_Name": MARKER}, "intake")
    assert not session.has_duress_password()
    session.set_duress_password("under pressure 1", cost=CHEAP)
    assert session.has_duress_password()
    session.remove_duress_password()
    assert not session.has_duress_password()
    session.lock()
    with pytest.raises(WrongCredentials):
        Workspace.at(folder).login("ana", "under pressure 1")
    again = Workspace.at(folder).login("ana", PASSWORD)
    assert case_book(again).count() == 1  # nothing was wiped
    again.lock()


def test_the_wipe_overwrites_the_keyslot_file_where_it_lies(session: Session) -> None:
    """The file's own blocks are overwritten before it is unlinked: a descriptor opened before the
    wipe still reaches the inode afterwards, and reads only random bytes (no slot, no header)."""
    folder = session.workspace.path
    slots = KeyslotFile.read(folder / "keyslots").slots
    held = os.open(folder / "keyslots", os.O_RDONLY)
    try:
        size = os.fstat(held).st_size
        emergency_wipe(session)
        assert os.fstat(held).st_nlink == 0  # unlinked, but the same inode
        left = os.pread(held, size + 1, 0)
    finally:
        os.close(held)
    assert len(left) == size
    assert not left.startswith(keyslot_area.MAGIC) and keyslot_area.CELL_MAGIC not in left
    for slot in slots:
        assert slot.wrapped not in left and slot.salt not in left

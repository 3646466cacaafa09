"""The case book the application opens carries what it records: each event sealed into the
outbox in the transaction that stores it. The case domain alone (a bare ``CaseBook``) keeps
everything on the laptop."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cases.book import CaseBook, StaysHere
from app.team.case_book import TeamCarrier, case_book
from app.team.membership import found_team
from app.team.outbox import outbox_of
from app.workspace.folder import Workspace
from tests.conftest import CHEAP, PASSWORD


def test_an_event_is_sealed_in_the_transaction_that_records_it(tmp_path: Path) -> None:
    session, _ = Workspace.create(tmp_path / "w", "ana", PASSWORD, cost=CHEAP)
    book = case_book(session)
    assert isinstance(book.carrier, TeamCarrier)
    found_team(book, "bangkok-shelter")
    case_id = book.open_case({"given_name": "Dara"}, "intake")
    [event] = book.events(case_id)
    sealed = [e for e in outbox_of(book).pending() if e.id == event.id]
    assert [e.kind for e in sealed] == ["case_event"] and sealed[0].team == "bangkok-shelter"
    assert event.payload["team"] == "bangkok-shelter"  # the carrier names the team

    with pytest.raises(RuntimeError), session.store.atomic():  # a write that fails part-way
        book.update(case_id, {"age": "17"})
        raise RuntimeError("power cut")
    assert len(book.events(case_id)) == 1
    assert {e.id for e in outbox_of(book).pending()} >= {event.id}
    assert len([e for e in outbox_of(book).pending() if e.kind == "case_event"]) == 1


def test_a_bare_case_book_keeps_everything_here(tmp_path: Path) -> None:
    session, _ = Workspace.create(tmp_path / "w", "ana", PASSWORD, cost=CHEAP)
    found_team(case_book(session), "bangkok-shelter")
    bare = CaseBook(session)
    assert isinstance(bare.carrier, StaysHere)
    case_id = bare.open_case({"given_name": "Dara"}, "intake")
    assert bare.state(case_id).fields["given_name"] == "Dara"
    assert outbox_of(bare).pending() == []
    bare.erase(case_id, "registered twice by mistake")
    assert bare.is_erased(case_id) and bare.events(case_id) == []

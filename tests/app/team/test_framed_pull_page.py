"""A framed pull page's items (``sync.batch.Pulled``: bodies and signatures raw) go through the
same verify/open/apply path as the JSON page's: each verified and opened, a refused one kept to be
fetched again under its seq, a good one fetched again forgotten."""

from __future__ import annotations

import pytest

from app.cases.book import CaseBook
from app.team import pull_refetch
from app.team.outbox import Inbox, outbox_of
from app.team.pull import receive_page
from app.team.synchronise import SyncReport
from sync.batch import Pulled
from sync.envelope import Envelope


def _framed(seq: int, envelope: Envelope, body: bytes | None = None) -> Pulled:
    head = {"received": "2026-11-28T09:00:00Z", "recipient_team": None, "envelope": envelope.head()}
    return Pulled(seq, head, envelope.body if body is None else body, envelope.signature)


def _cases(book: CaseBook) -> int:
    return int(book.store.scalar("SELECT COUNT(*) FROM cases"))


@pytest.fixture
def sent(team: tuple[CaseBook, CaseBook]) -> list[Envelope]:
    _supervisor, field = team
    with field.store.atomic():
        for n in range(5):
            field.open_case({"prs_First_Name": f"Sokha {n}"}, "intake")
    return outbox_of(field).pending(limit=1000)


def test_framed_items_are_applied_as_json_ones_are(
    team: tuple[CaseBook, CaseBook], sent: list[Envelope]
) -> None:
    supervisor, _field = team
    report = SyncReport()
    with supervisor.store.atomic():
        receive_page(supervisor.store, Inbox(supervisor), [_framed(n + 1, e) for n, e in enumerate(sent)], report)  # fmt: skip
    assert report.pulled == len(sent) and report.pull_refused == []
    assert _cases(supervisor) == 5
    again = SyncReport()  # the same page as JSON: every envelope already here
    json_items = [{"seq": n + 1, "envelope": e.to_wire()} for n, e in enumerate(sent)]
    with supervisor.store.atomic():
        receive_page(supervisor.store, Inbox(supervisor), json_items, again)
    assert again.pulled == 0 and again.pull_duplicates == len(sent)


def test_a_refused_framed_item_is_kept_under_its_seq_and_fetched_again(
    team: tuple[CaseBook, CaseBook], sent: list[Envelope]
) -> None:
    supervisor, _field = team
    items = [_framed(n + 1, e) for n, e in enumerate(sent)]
    forged = bytearray(sent[1].body)
    forged[len(forged) // 2] ^= 0x10
    items[1] = _framed(2, sent[1], bytes(forged))  # the signature no longer holds
    items[2] = Pulled(3, None, sent[2].body, sent[2].signature)  # a head that is no JSON
    report = SyncReport()
    with supervisor.store.atomic():
        receive_page(supervisor.store, Inbox(supervisor), items, report)
    assert report.pulled == len(sent) - 2 and len(report.pull_refused) == 2
    kept = {row.seq: row.envelope_id for row in pull_refetch.listed(supervisor.store)}
    assert kept == {2: sent[1].id, 3: None}

    healed = SyncReport()
    for seq in (2, 3):  # fetched again alone, genuine this time
        with supervisor.store.atomic():
            receive_page(supervisor.store, Inbox(supervisor), [_framed(seq, sent[seq - 1])], healed, refetch=True)  # fmt: skip
    assert healed.refetched == 2 and pull_refetch.listed(supervisor.store) == []
    assert _cases(supervisor) == 5

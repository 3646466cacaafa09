"""The demo stores a batch of people's events together (one ``CaseBook.ingest``), yet each event
is what the case book's own writes would have made: this laptop's, the user's, parented on the
case's event before, audited once and sealed for the team's outbox."""

from __future__ import annotations

from collections import Counter

from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.team.membership import found_team
from app.workspace import audit
from app.workspace.session import Session


def test_batched_demo_events_are_chained_audited_and_sealed_like_the_books_own(
    session: Session,
) -> None:
    book = case_book(session)
    found_team(book, "bangkok-shelter")  # the laptop seals what it writes from now on
    sealed_before = book.store.scalar("SELECT count(*) FROM outbox")
    summary = add_demo_cases(book, 60, seed=11, batch=25)  # batches of 25, 25 and 10
    events = [
        event
        for (case_id,) in book.store.query("SELECT case_id FROM cases")
        for event in book.events(case_id)
    ]
    assert len(events) == summary.events and summary.cases == 60
    by_case: dict[str, list[str]] = {}
    for event in sorted(events, key=lambda e: e.hlc.encode()):
        by_case.setdefault(event.case_id, []).append(event.id)
    for event in events:
        if event.device == book.device:  # the colleague's concurrent edits come from elsewhere
            assert event.author == session.user
            chain = by_case[event.case_id]
            position = chain.index(event.id)
            if event.type == "create":
                assert event.parents == ()
            elif event.type != "update":  # an update may follow a concurrent edit's heads
                assert event.parents == (chain[position - 1],), event.type
    assert len({e.hlc.encode() for e in events}) == len(events)  # every stamp its own
    # Every event made here is audited once, as a creation or an edit of its case.
    audited = Counter(
        (row[0], row[1])
        for row in book.store.query("SELECT object, detail FROM audit WHERE object LIKE 'case:%'")
    )
    own = [e for e in events if e.device == book.device]
    assert audited == Counter((f"case:{e.case_id}", e.type) for e in own)
    assert audit.verify(book.store).ok
    # ... and sealed for the team: each event and each intake's submission in the outbox.
    sealed = {r[0] for r in book.store.query("SELECT envelope_id FROM outbox")}
    assert {e.id for e in own} <= sealed
    submissions = {r[0] for r in book.store.query("SELECT id FROM submissions")}
    assert len(submissions) == 60 and submissions <= sealed
    assert book.store.scalar("SELECT count(*) FROM outbox") > sealed_before

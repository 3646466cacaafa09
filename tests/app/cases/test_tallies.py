"""The dashboard's kept counts equal the full recount, whatever happened to the cases.

Random sequences of what happens to a workspace's cases (intakes, edits, visits, closing and
reopening, referrals, links between cases, conflicts and their resolution, erasure, new schedule
rules, a rebuild) on this laptop and on another one whose events arrive through ``CaseBook.ingest``
out of order, in shuffled batches, some twice, some before their case's creation. After every step
the overview read from the counts (``tallies.summarise_counts``) must be exactly
``summarise(load_facts(...))`` recomputed from the cases, on several days around today.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.cases import tallies
from app.cases.book import CaseBook
from app.cases.events import CaseEvent
from app.cases.overview import build_overview, load_facts, summarise
from app.cases.schedule import ScheduleRules
from app.cases.state import fold
from app.workspace.folder import Workspace
from app.workspace.session import Session
from tests.conftest import CHEAP

TODAY = date.today()
COUNTRIES = ("KH", "LA", "MM", "TH", None)
KINDS = ("ForcedLabour", "SexualExploitation", "ForcedMarriage", "Servitude")


@pytest.fixture
def remote(tmp_path: Path) -> Iterator[Session]:
    session, _ = Workspace.create(tmp_path / "remote", "bora", "another password", cost=CHEAP)
    yield session
    session.lock()


def _day(rnd: random.Random) -> str:
    return (TODAY + timedelta(days=rnd.randint(-500, 60))).isoformat()


def _properties(rnd: random.Random) -> dict[str, Any]:
    properties: dict[str, Any] = {"prs_First_Name": rnd.choice(("Dara", "Sokha", "Malee"))}
    if rnd.random() < 0.8:
        properties["prs_Citizenship"] = rnd.choice(COUNTRIES)
    if rnd.random() < 0.7:
        kinds = rnd.sample(KINDS, rnd.randint(0, 2))
        properties["vic_TypeOfExploitation"] = " ".join(kinds + kinds[:1])  # a repeat, too
    for name in ("intake_date", "interview_date", "return_date", "next_follow_up_date"):
        if rnd.random() < 0.4:
            properties[name] = _day(rnd) if rnd.random() < 0.9 else "not a date"
    return properties


def _assert_counts_agree(book: CaseBook, rnd: random.Random) -> None:
    facts = load_facts(book)
    for today in (TODAY, TODAY + timedelta(days=rnd.randint(-400, 400))):
        months = rnd.choice((1, 3, 12))
        window = book.rules.due_window_days
        expected = summarise(facts, today, window, months)
        assert tallies.summarise_counts(book.store, today, window, months) == expected
    assert tallies.disagreements(book.store)["ok"]
    assert tallies.disagreements(book.store, full=False)["ok"]


class Laptops:
    """This laptop (``here``) and another (``there``), each with its own workspace."""

    def __init__(self, here: CaseBook, there: CaseBook, rnd: random.Random) -> None:
        self.here, self.there, self.rnd = here, there, rnd
        self.in_flight: list[CaseEvent] = []  # the other laptop's events not yet here
        self.sent: list[CaseEvent] = []  # ... and those already sent once

    def cases(self, book: CaseBook) -> list[str]:
        return [r[0] for r in book.store.query("SELECT case_id FROM cases ORDER BY case_id")]

    def on_there(self, work: Any) -> None:
        before = {r[0] for r in self.there.store.query("SELECT id FROM case_events")}
        work(self.there)
        self.in_flight += [
            e
            for case_id in self.cases(self.there)
            for e in self.there.events(case_id)
            if e.id not in before
        ]

    def deliver(self) -> None:
        """Some of the other laptop's events arrive, shuffled, with some sent before."""
        rnd = self.rnd
        rnd.shuffle(self.in_flight)
        count = rnd.randint(0, len(self.in_flight))
        batch, self.in_flight = self.in_flight[:count], self.in_flight[count:]
        batch += rnd.sample(self.sent, min(len(self.sent), rnd.randint(0, 3)))
        self.sent += batch
        for part in (batch[: len(batch) // 2], batch[len(batch) // 2 :]):
            self.here.ingest(part)

    def share_back(self) -> None:
        """The other laptop receives this laptop's cases, so both can edit one case at once."""
        self.there.ingest(
            [e for case_id in self.cases(self.here) for e in self.here.events(case_id)]
        )

    def step(self, kind: str = "") -> str:
        rnd, here = self.rnd, self.here
        mine = self.cases(here)
        case_id = rnd.choice(mine) if mine else ""
        kind = kind or rnd.choice(
            ["open"] * 4
            + ["update", "follow_up", "follow_up", "there_open", "there_edit", "there_edit"] * 2
            + ["there_edit", "there_early", "deliver"] * 2
            + ["close", "reopen", "refer", "link", "erase", "conflict", "share_back"]
            + ["resolve", "rules", "rebuild"]
        )
        if not case_id and kind not in ("open", "there_open", "there_early", "deliver"):
            kind = "open"
        if kind == "open":
            here.open_case(_properties(rnd), "intake", team=rnd.choice(("bkk", "vte", None)))
        elif kind == "update":
            here.update(case_id, _properties(rnd))
        elif kind == "follow_up":
            when = TODAY + timedelta(days=rnd.randint(-400, 30))
            here.follow_up(case_id, when, {"next_follow_up_date": _day(rnd)})
        elif kind == "close":
            here.close(case_id, "closed", "done")
        elif kind == "reopen":
            here.reopen(case_id, "again")
        elif kind == "refer":
            here.refer(case_id, "vte", {"given": True}, send=False)
        elif kind == "link" and len(mine) > 1:
            here.link_same_person(case_id, rnd.choice([c for c in mine if c != case_id]))
        elif kind == "erase":
            here.erase(case_id, "asked by the person")
        elif kind == "there_open":
            self.on_there(lambda b: b.open_case(_properties(rnd), "intake", team="bkk"))
        elif kind == "there_early":  # a visit arrives before the intake that opened its case
            self.on_there(lambda b: b.follow_up(b.open_case(_properties(rnd), "intake"), TODAY, {}))
            early = [e for e in self.in_flight if e.type == "follow_up"]
            here.ingest(early)
            self.sent += early
            self.in_flight = [e for e in self.in_flight if e not in early]
        elif kind == "there_edit":
            theirs = self.cases(self.there)
            if theirs:
                other = rnd.choice(theirs)
                if rnd.random() < 0.5:
                    self.on_there(lambda b: b.update(other, _properties(rnd)))
                else:
                    when = TODAY + timedelta(days=rnd.randint(-200, 10))
                    self.on_there(lambda b: b.follow_up(other, when, {}))
        elif kind == "conflict":  # the same field changed on both laptops, neither seeing the other
            self.share_back()
            country = rnd.choice(COUNTRIES[:-1])
            self.on_there(lambda b: b.update(case_id, {"prs_Citizenship": country}))
            here.update(case_id, {"prs_Citizenship": rnd.choice(COUNTRIES[:-1])})
        elif kind == "share_back":
            self.share_back()
        elif kind == "resolve":
            conflicted = here.store.query("SELECT case_id FROM cases WHERE conflicts > 0")
            if conflicted:
                here.resolve_conflict(conflicted[0][0], "prs_Citizenship", "KH")
        elif kind == "rules":
            here.set_rules(
                ScheduleRules(
                    offsets_months=tuple(sorted(rnd.sample((1, 2, 3, 6, 12), 3))),
                    due_window_days=rnd.choice((7, 14, 30)),
                )
            )
        elif kind == "rebuild":
            here.rebuild()
        if kind != "deliver" and rnd.random() < 0.15:
            self.deliver()
        elif kind == "deliver":
            self.deliver()
        return kind


@pytest.mark.parametrize("seed", range(8))
def test_kept_counts_equal_the_full_recount_after_every_step(
    session: Session, remote: Session, seed: int
) -> None:
    rnd = random.Random(seed)
    laptops = Laptops(CaseBook(session), CaseBook(remote), rnd)
    done = []
    for kind in [""] * 45 + ["conflict", "there_early", "erase"]:  # each kind at least once
        done.append(laptops.step(kind))
        _assert_counts_agree(laptops.here, rnd)
    laptops.in_flight += laptops.sent  # everything arrives in the end, some of it again
    laptops.deliver()
    laptops.here.ingest(laptops.in_flight)
    _assert_counts_agree(laptops.here, rnd)
    assert laptops.here.count() > 0 and len(set(done)) > 10


def test_a_workspace_with_cases_before_the_counts_is_counted_when_its_case_book_opens(
    session: Session,
) -> None:
    """Counted where the book is made (the desktop app's database thread, before any screen can
    save a draft through it), not at the first overview (tests/app/cases/test_upgraded_book.py
    does the same with a workspace made by the version before the counts)."""
    book = CaseBook(session)
    rnd = random.Random(1)
    for _ in range(20):
        case_id = book.open_case(_properties(rnd), "intake", team="bkk")
        book.follow_up(case_id, TODAY - timedelta(days=rnd.randint(0, 90)), {})
    with session.store.atomic():  # as migration 0021 leaves a workspace that had cases
        session.store.execute("DELETE FROM case_tallies")
        session.store.execute("DELETE FROM case_facts")
    tallies._FILLED.discard(session.store)  # (what this connection remembers: no code empties)
    assert not tallies.is_filled(session.store)  # nothing kept until counted once
    book = CaseBook(session)  # the next opening
    assert tallies.is_filled(session.store)
    assert tallies.summarise_counts(session.store, TODAY) == summarise(load_facts(book), TODAY)
    first = build_overview(book, today=TODAY)
    assert first.cases == 20
    assert first == summarise(load_facts(book), TODAY, book.rules.due_window_days)
    book.close(case_id, "closed", "done")  # from now on kept as events are applied
    assert build_overview(book, today=TODAY).statuses == {"open": 19, "closed": 1}
    _assert_counts_agree(book, rnd)


def test_check_names_a_count_that_disagrees_with_the_recount(session: Session) -> None:
    book = CaseBook(session)
    book.open_case({"prs_Citizenship": "KH"}, "intake")
    assert tallies.disagreements(session.store)["ok"]
    with session.store.atomic():
        session.store.execute(
            "UPDATE case_tallies SET count = 5 WHERE dimension = 'people' AND key = 'KH'"
        )
    report = tallies.disagreements(session.store)
    assert not report["ok"] and report["first"] == [["people", "", "KH", 5, 1]]


def test_many_cases_counted_together_count_as_each_alone(session: Session) -> None:
    book = CaseBook(session)
    rnd = random.Random(7)
    ids = [book.open_case(_properties(rnd), "intake", team="bkk") for _ in range(30)]
    for case_id in ids[:10]:
        book.follow_up(case_id, TODAY - timedelta(days=rnd.randint(0, 90)), {})
    with session.store.atomic():  # nothing counted yet, as if every case had just arrived
        session.store.execute("DELETE FROM case_facts")
        session.store.execute("DELETE FROM case_tallies WHERE dimension != 'filled'")
        states = [fold(case_id, book.events(case_id)) for case_id in ids]
        tallies.note_all(session.store, [*states, fold("not-here", [])], book.rules)
    _assert_counts_agree(book, rnd)

"""The fold: any order, any duplicates, every replica the same; conflicts exactly when concurrent."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.cases.events import CaseEvent
from app.cases.hlc import HybridClock, Timestamp
from app.cases.state import fold

CASE = "case-1"
FIELDS = ["prs_name", "vic_age", "cas_status_note"]
YEAR_MS = 365 * 24 * 3600 * 1000


@dataclass
class Replica:
    """One laptop: its clock, the events it knows, and its own counter for ids."""

    device: str
    wall: list[int]
    known: dict[str, CaseEvent] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.clock = HybridClock(self.device, physical_ms=lambda: self.wall[0])

    def heads(self) -> tuple[str, ...]:
        referenced = {p for e in self.known.values() for p in e.parents}
        return tuple(sorted(i for i in self.known if i not in referenced))

    def write(self, kind: str, payload: dict[str, Any]) -> CaseEvent:
        stamp = self.clock.now()
        event = CaseEvent(
            id=f"{self.device}.{len(self.known)}.{stamp.counter}.{stamp.wall_ms}",
            case_id=CASE,
            type=kind,
            payload=payload,
            author=self.device,
            device=self.device,
            hlc=stamp,
            parents=self.heads(),
        )
        self.known[event.id] = event
        return event

    def receive(self, events: list[CaseEvent]) -> None:
        for event in events:
            self.clock.observe(event.hlc)
            self.known.setdefault(event.id, event)


def _ancestors(events: dict[str, CaseEvent], event_id: str) -> set[str]:
    """Reachability by breadth-first search: an oracle independent of the fold's own closure."""
    found: set[str] = set()
    frontier = [p for p in events[event_id].parents if p in events]
    while frontier:
        current = frontier.pop()
        if current not in found:
            found.add(current)
            frontier.extend(p for p in events[current].parents if p in events)
    return found


actions = st.lists(
    st.one_of(
        st.tuples(st.just("write"), st.integers(0, 2), st.sampled_from(FIELDS), st.integers(0, 3)),
        st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2), st.just(0)),
        st.tuples(st.just("tick"), st.integers(0, 2), st.integers(-5, 50), st.just(0)),
    ),
    max_size=40,
)


def _simulate(steps: list[tuple[str, int, Any, int]]) -> list[Replica]:
    replicas = [Replica(f"dev{i}", [1_000_000 + i * 7]) for i in range(3)]
    creator = replicas[0]
    create = creator.write("create", {"properties": {"prs_name": "Dara"}, "team": "bkk"})
    for replica in replicas[1:]:
        replica.receive([create])
    for kind, who, what, value in steps:
        replica = replicas[who]
        if kind == "write":
            replica.write("update", {"properties": {what: value}})
        elif kind == "sync":
            replicas[what].receive(list(replica.known.values()))
        else:
            replica.wall[0] += what * 1000
    return replicas


@settings(max_examples=200, deadline=None)
@given(actions, st.randoms(use_true_random=False))
def test_any_order_and_duplicates_fold_to_the_same_state(
    steps: list[Any], rnd: random.Random
) -> None:
    replicas = _simulate(steps)
    everything = {e.id: e for r in replicas for e in r.known.values()}
    reference = fold(CASE, everything.values()).to_json()
    for _ in range(3):
        delivery = list(everything.values()) + rnd.sample(
            list(everything.values()), k=min(5, len(everything))
        )
        rnd.shuffle(delivery)
        assert fold(CASE, delivery).to_json() == reference
    assert set(reference["events"]) == set(everything)  # nothing lost


@settings(max_examples=200, deadline=None)
@given(actions)
def test_conflicts_appear_exactly_when_writes_are_concurrent(steps: list[Any]) -> None:
    replicas = _simulate(steps)
    everything = {e.id: e for r in replicas for e in r.known.values()}
    state = fold(CASE, everything.values())
    for name in FIELDS:
        writes = [e for e in everything.values() if name in e.writes()]
        superseded = {
            w.id
            for w in writes
            for other in writes
            if other is not w and w.id in _ancestors(everything, other.id)
        }
        heads = [w for w in writes if w.id not in superseded]
        values = {w.writes()[name] for w in heads}
        assert (name in state.conflicts) == (len(values) > 1)
        if len(heads) == 1:
            assert state.fields[name] == heads[0].writes()[name]


def _event(
    eid: str, parents: tuple[str, ...], props: dict[str, Any], wall: int, kind: str = "update"
) -> CaseEvent:
    return CaseEvent(
        eid, CASE, kind, {"properties": props}, "ana", "dev", Timestamp(wall, 0, "dev"), parents
    )


def test_an_edit_made_after_seeing_another_wins_whatever_the_clocks_say() -> None:
    create = _event("e0", (), {"vic_age": 15}, 1_000, "create")
    future = _event("e1", ("e0",), {"vic_age": 16}, 30 * YEAR_MS)  # a laptop years ahead
    later = _event("e2", ("e1",), {"vic_age": 17}, 2_000)  # made after seeing e1, honest clock
    state = fold(CASE, [later, future, create])
    assert state.fields["vic_age"] == 17 and state.conflicts == {}


def test_a_resolution_ends_a_conflict() -> None:
    create = _event("e0", (), {"prs_name": "Dara"}, 1_000, "create")
    left = _event("e1", ("e0",), {"prs_name": "Dara Sok"}, 2_000)
    right = _event("e2", ("e0",), {"prs_name": "Sok Dara"}, 2_500)
    state = fold(CASE, [create, left, right])
    assert [c.value for c in state.conflicts["prs_name"]] == ["Dara Sok", "Sok Dara"]
    assert state.fields["prs_name"] == "Sok Dara"  # higher clock shown meanwhile
    resolved = CaseEvent(
        "e3",
        CASE,
        "conflict_resolved",
        {"field": "prs_name", "value": "Dara Sok"},
        "sup",
        "dev",
        Timestamp(1_500, 0, "dev"),
        ("e1", "e2"),
    )
    state = fold(CASE, [create, left, right, resolved])
    assert state.conflicts == {} and state.fields["prs_name"] == "Dara Sok"


def test_close_and_reopen_are_fields_too() -> None:
    create = _event("e0", (), {}, 1_000, "create")
    close = CaseEvent(
        "e1",
        CASE,
        "close",
        {"status": "closed_reintegrated", "reason": "done"},
        "a",
        "d",
        Timestamp(2_000, 0, "d"),
        ("e0",),
    )
    assert fold(CASE, [create, close]).status == "closed"
    reopen = CaseEvent(
        "e2", CASE, "reopen", {"reason": "new risk"}, "a", "d", Timestamp(3_000, 0, "d"), ("e1",)
    )
    assert fold(CASE, [create, close, reopen]).status == "open"


def test_forged_cyclic_parents_do_not_hang_or_drop_events() -> None:
    a = _event("a", ("b",), {"x": 1}, 1_000)
    b = _event("b", ("a",), {"x": 2}, 2_000)
    state = fold(CASE, [a, b])
    assert {e.id for e in state.timeline} == {"a", "b"}

"""Folding a case's events into its state: the same events give the same state on every laptop.

1. Events are deduplicated by id and put in a causal order: parents before children, and among
   events that do not depend on each other, by (HLC, id). Parents not (yet) received are ignored.
2. Each event's ancestors are the transitive closure of its parents.
3. For each field, the writes that no other write of that field descends from are its *heads*.
   One head: that is the value (an edit made after seeing another supersedes it, whatever the
   clocks say). Several heads: the writes were concurrent; all values are kept as a conflict, and
   the one with the highest HLC is shown until someone resolves it. A resolution (or any edit of
   the field) made after seeing all of them is their common descendant, hence the single head.

Nothing depends on the order in which events arrive or on this laptop's clock.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.cases.events import FOLLOW_UP, STATUS, TEAM, CaseEvent


@dataclass(frozen=True)
class Candidate:
    event_id: str
    value: Any
    author: str
    hlc: str


@dataclass
class CaseState:
    case_id: str
    fields: dict[str, Any] = field(default_factory=dict)
    conflicts: dict[str, list[Candidate]] = field(default_factory=dict)
    timeline: list[CaseEvent] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        return str(self.fields.get(STATUS) or "open")

    @property
    def team(self) -> str | None:
        value = self.fields.get(TEAM)
        return None if value is None else str(value)

    @property
    def exists(self) -> bool:
        return any(e.type == "create" for e in self.timeline)

    def follow_ups(self) -> list[CaseEvent]:
        return [e for e in self.timeline if e.type == FOLLOW_UP]

    def to_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "fields": self.fields,
            "conflicts": {
                name: [c.__dict__ for c in candidates]
                for name, candidates in self.conflicts.items()
            },
            "events": [e.id for e in self.timeline],
            "heads": self.heads,
            "links": self.links,
        }


def causal_order(events: Iterable[CaseEvent]) -> list[CaseEvent]:
    """Deduplicated events, each after its parents, ties broken by (HLC, id)."""
    unique: dict[str, CaseEvent] = {}
    for event in events:
        kept = unique.get(event.id)
        # Two different events claiming one id: keep one by a rule every laptop applies alike.
        if kept is None or event.canonical() < kept.canonical():
            unique[event.id] = event
    if len(unique) == 1:  # a new case's one event (most of a first pull)
        return list(unique.values())
    waiting: dict[str, int] = {}
    children: dict[str, list[str]] = {}
    for event in unique.values():
        known = {p for p in event.parents if p in unique and p != event.id}
        waiting[event.id] = len(known)
        for parent in known:
            children.setdefault(parent, []).append(event.id)
    ready = [(unique[i].hlc, i) for i, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    ordered: list[CaseEvent] = []
    while ready or len(ordered) < len(unique):
        if not ready:  # a cycle (forged parents): release the earliest stuck event
            stuck = min((unique[i].hlc, i) for i, n in waiting.items() if n > 0)
            waiting[stuck[1]] = 0
            ready.append(stuck)
        _, event_id = heapq.heappop(ready)
        if waiting.get(event_id, 0) < 0:
            continue
        waiting[event_id] = -1
        ordered.append(unique[event_id])
        for child in children.get(event_id, ()):
            if waiting[child] > 0:
                waiting[child] -= 1
                if waiting[child] == 0:
                    heapq.heappush(ready, (unique[child].hlc, child))
    return ordered


def fold(case_id: str, events: Iterable[CaseEvent]) -> CaseState:
    ordered = [e for e in causal_order(events) if e.case_id == case_id]
    if len(ordered) == 1:  # a case of one event (most of a first pull): the same, made directly
        return _fold_one(case_id, ordered)
    ids = {e.id for e in ordered}
    ancestors: dict[str, frozenset[str]] = {}
    for event in ordered:
        seen: set[str] = set()
        for parent in event.parents:
            if parent in ancestors:
                seen.add(parent)
                seen |= ancestors[parent]
        ancestors[event.id] = frozenset(seen)

    writes: dict[str, list[tuple[CaseEvent, Any]]] = {}
    links: list[str] = []
    for event in ordered:
        for name, value in event.writes().items():
            writes.setdefault(name, []).append((event, value))
        if event.type == "link_same_person":
            other = str(event.payload.get("other_case_id", ""))
            if other and other not in links:
                links.append(other)

    state = CaseState(case_id, timeline=ordered, links=sorted(links))
    for name, candidates in writes.items():
        if len(candidates) == 1:  # most fields are written once: their one write is the head
            state.fields[name] = candidates[0][1]
            continue
        heads = [
            (event, value)
            for event, value in candidates
            if not any(
                event.id in ancestors[other.id] for other, _ in candidates if other is not event
            )
        ]
        heads.sort(key=lambda ev: (ev[0].hlc, ev[0].id))
        state.fields[name] = heads[-1][1]
        distinct_values = {repr(v) for _, v in heads}
        if len(heads) > 1 and len(distinct_values) > 1:
            state.conflicts[name] = [Candidate(e.id, v, e.author, e.hlc.encode()) for e, v in heads]
    referenced = {p for e in ordered for p in e.parents if p in ids}
    state.heads = sorted(e.id for e in ordered if e.id not in referenced)
    return state


def _fold_one(case_id: str, ordered: list[CaseEvent]) -> CaseState:
    """``fold`` of a case whose one event is ``ordered[0]``: each field written once."""
    event = ordered[0]
    links: list[str] = []
    if event.type == "link_same_person":
        other = str(event.payload.get("other_case_id", ""))
        if other:
            links.append(other)
    state = CaseState(case_id, fields=event.writes(), timeline=ordered, links=links)
    state.heads = [] if event.id in event.parents else [event.id]
    return state

"""The rows derived from a case's events, refolded in the transaction that changed them.

``case_events`` is the truth. Everything else of a case is derived from it and rebuildable from
it alone (``rewrite_all``, ``CaseBook.rebuild``):

- ``cases``: one row per case (status, team, citizenship, display name, collation sort key, next
  follow-up date, conflict count, the folded state);
- ``case_terms``: the cross-script search keys of its name fields (app/text/search.py);
- ``case_order``: its name-order entries (app/cases/name_order.py), a function of its terms and
  sort key, so the entries a case has are known from the terms and key stored for it;
- the dashboard's counts (app/cases/tallies.py), given the schedule computed for the row.

``refresh`` is the one way they change: a write, a batch ``ingest`` from sync or a USB file, an
erasure, new schedule rules, a rebuild. Many cases cost a few statements, not a few per case. A
case whose ``create`` has not arrived has no derived row and counts nothing; its events wait.
The event log's own rows are read and written here too (``event_row``, ``event_of``).
"""

from __future__ import annotations

import json
import json.encoder
from collections import defaultdict
from collections.abc import Callable, Mapping
from itertools import repeat
from typing import Any

from app.cases import match_facts
from app.cases.events import CaseEvent
from app.cases.hlc import Timestamp
from app.cases.name_order import order_entries
from app.cases.names import display_name, is_name_field
from app.cases.schedule import Schedule, ScheduleRules, schedule_for
from app.cases.state import CaseState, fold
from app.text.collation import sort_key
from app.text.search import search_keys
from app.workspace import audit
from app.workspace.store import Store

# Case properties with a meaning for lists and schedules (HTCDS names where HTCDS has them).
CITIZENSHIP = "prs_Citizenship"
SORT_LOCALE = "root"


def refresh(
    store: Store,
    rules: ScheduleRules,
    case_ids: list[str],
    stored: Mapping[str, CaseEvent] | None = None,
) -> dict[str, CaseState]:
    """Refold these cases into their ``cases`` rows, search terms and name-order entries (and
    the dashboard's counts), in the caller's transaction. Many cases cost a few statements:
    their events read by one query, their rows, terms and entries written by one
    ``executemany`` each; a case's terms and entries are rewritten only when they changed
    (most events, a follow-up, leave the names alone). The entries a case has are those of
    its stored terms and sort key (``name_order.order_entries``), so they are known without
    an index of ``case_order`` by case. ``stored``: events the caller has just stored, by id,
    as they read back from their rows (``events_of``)."""
    from app.cases import tallies  # (imports the overview, which imports this module)

    events = events_of(store, case_ids, stored)
    kept = _kept_of(store, case_ids)
    states: dict[str, CaseState] = {}
    schedules: dict[str, Schedule] = {}
    gone: list[tuple[str]] = []
    rows: list[tuple[Any, ...]] = []
    stale: list[tuple[str]] = []
    # New terms and entries by key, each key's cases in the order they come (``_in_key_order``).
    terms_new: defaultdict[str, list[str]] = defaultdict(list)
    entries_new: defaultdict[str, list[str]] = defaultdict(list)
    entries_gone: list[tuple[str, str]] = []
    match_rows: list[tuple[Any, ...]] = []  # same-person matching's facts (match_facts.py)
    no_kept: tuple[set[str], None] = (set(), None)
    for case_id in case_ids:
        state = fold(case_id, events.get(case_id, ()))
        states[case_id] = state
        old, old_order = kept.get(case_id, no_kept)
        old_entries = set() if old_order is None else order_entries(old, old_order)
        if not state.exists:  # events of a case whose creation has not arrived yet
            gone.append((case_id,))
            entries_gone.extend((entry, case_id) for entry in old_entries)
            continue
        fields = state.fields
        name = display_name(fields)
        order = sort_key(name, SORT_LOCALE)
        schedule = schedules[case_id] = schedule_for(state, rules)
        next_due = schedule.next_due
        rows.append(
            (
                case_id,
                state.status,
                state.team,
                _text_or_none(fields.get(CITIZENSHIP)),
                name,
                order,
                None if next_due is None else next_due.isoformat(),
                len(state.conflicts),
                state.timeline[-1].hlc.encode(),
                _STATE_JSON(state.to_json()),
            )
        )
        match_rows.append(match_facts.match_row(case_id, fields))
        terms: set[str] = set()
        for field_name, value in fields.items():
            if is_name_field(field_name) and isinstance(value, str):
                terms |= search_keys(value)
        if old != terms:
            if old:
                stale.append((case_id,))
            for term in terms:
                terms_new[term].append(case_id)
        if old_order != order or old != terms:
            entries = order_entries(terms, order)
            if old_entries:
                entries_gone.extend((entry, case_id) for entry in old_entries - entries)
                entries -= old_entries
            for entry in entries:
                entries_new[entry].append(case_id)
    tallies.note_all(store, states.values(), rules, schedules)  # the dashboard's
    store.executemany("DELETE FROM case_terms WHERE case_id = ?", gone + stale)
    store.executemany("DELETE FROM case_order WHERE entry = ? AND case_id = ?", entries_gone)
    store.executemany("DELETE FROM cases WHERE case_id = ?", gone)
    store.executemany(match_facts.DELETE, gone)
    store.executemany(_UPSERT_CASE, rows)
    store.executemany(match_facts.INSERT, match_rows)
    # In key order: each insert lands beside the one before it in the B-tree (fewer pages sought
    # and dirtied than in case order, where each case's terms are spread over the whole index).
    store.executemany(
        "INSERT OR IGNORE INTO case_terms (term, case_id) VALUES (?, ?)",
        _in_key_order(terms_new),
    )
    store.executemany(
        "INSERT OR IGNORE INTO case_order (entry, case_id) VALUES (?, ?)",
        _in_key_order(entries_new),
    )
    return states


def _in_key_order(by_key: dict[str, list[str]]) -> list[tuple[str, str]]:
    """The (key, case id) rows of ``by_key`` sorted, as ``sorted`` would give them: the keys
    sorted, a few hundred distinct terms for thousands of rows, then each key's cases (which
    came in the order of the cases, nearly always sorted already: a linear check then). Sorting
    the rows themselves, tuples, cost a refold of 20,000 cases about 0.2 s."""
    rows: list[tuple[str, str]] = []
    for key in sorted(by_key):
        cases = by_key[key]
        cases.sort()
        rows.extend(zip(repeat(key, len(cases)), cases, strict=True))
    return rows


def _kept_of(store: Store, case_ids: list[str]) -> dict[str, tuple[set[str], bytes | None]]:
    """The stored search terms and sort key of these cases, by case (asked in chunks)."""
    out: dict[str, tuple[set[str], bytes | None]] = {}
    for start in range(0, len(case_ids), _CHUNK):
        chunk = case_ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for case_id, key in store.query(
            f"SELECT case_id, sort_key FROM cases WHERE case_id IN ({marks})", chunk
        ):
            out[case_id] = (set(), bytes(key))
        query = f"SELECT case_id, term FROM case_terms WHERE case_id IN ({marks})"
        for case_id, term in store.query(query, chunk):
            out.setdefault(case_id, (set(), None))[0].add(term)
    return out


def rewrite_all(store: Store, rules: ScheduleRules) -> int:
    """Every case's row, terms and name-order entries written again from its events (in the
    caller's transaction)."""
    store.execute("DELETE FROM cases")
    store.execute("DELETE FROM case_terms")
    store.execute("DELETE FROM case_order")
    store.execute("DELETE FROM case_match")
    return refresh_all(store, rules)


def refresh_all(store: Store, rules: ScheduleRules) -> int:
    """Refold every case that has events (in chunks, in the caller's transaction)."""
    ids = [r[0] for r in store.query("SELECT DISTINCT case_id FROM case_events")]
    for start in range(0, len(ids), _CHUNK):
        refresh(store, rules, ids[start : start + _CHUNK])
    return len(ids)


def events_of(
    store: Store, case_ids: list[str], stored: Mapping[str, CaseEvent] | None = None
) -> dict[str, list[CaseEvent]]:
    """The events of many cases, by case (asked in chunks). ``stored``: events of these cases
    the caller has in memory exactly as their rows read back (a sync batch just stored, decoded
    from JSON): only their ids are read, and only the other events are read whole and decoded
    (the fold's result does not depend on the order of a case's events)."""
    out: dict[str, list[CaseEvent]] = {}
    if not stored:
        for start in range(0, len(case_ids), _CHUNK):
            chunk = case_ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for r in store.query(f"{SELECT_EVENTS} WHERE case_id IN ({marks})", chunk):
                out.setdefault(r["case_id"], []).append(event_of(r))
        return out
    others: list[str] = []
    for start in range(0, len(case_ids), _CHUNK):
        chunk = case_ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT id, case_id FROM case_events WHERE case_id IN ({marks})"
        for event_id, case_id in store.query(query, chunk):
            event = stored.get(event_id)
            if event is None:
                others.append(event_id)
            else:
                out.setdefault(case_id, []).append(event)
    for start in range(0, len(others), _CHUNK):
        chunk = others[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for r in store.query(f"{SELECT_EVENTS} WHERE id IN ({marks})", chunk):
            out.setdefault(r["case_id"], []).append(event_of(r))
    return out


def among(store: Store, select: str, column: str, values: set[str]) -> set[str]:
    """Which of ``values`` the query ``select`` finds in ``column`` (asked in chunks)."""
    found: set[str] = set()
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        found.update(r[0] for r in store.query(f"{select} WHERE {column} IN ({marks})", chunk))
    return found


_CHUNK = 500  # ids in one ``IN (...)``: well under SQLite's limit on bound parameters


def json_encoder(
    separators: tuple[str, str], default: Callable[[Any], Any] | None = None
) -> Callable[[Any], str]:
    """``json.JSONEncoder(ensure_ascii=False, separators=separators, default=default).encode``
    (the same text, the same errors), its C encoder made once: ``encode`` makes one a call,
    about 2 µs, three times a case in a pulled batch (the state, the payload, the counts'
    facts). No check for circular containers: what it encodes came from JSON."""
    python = json.JSONEncoder(ensure_ascii=False, separators=separators, default=default)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # (a Python without json's C speedups)
        return python.encode
    item, key = separators
    encode = make(
        None, python.default, json.encoder.encode_basestring, None, key, item, False, False, True
    )

    def encoded(value: Any) -> str:
        return "".join(encode(value, 0))

    return encoded


# ``json.dumps`` with these arguments, its encoder made once (dumps makes one a call).
_STATE_JSON = json_encoder((", ", ": "), default=str)
_PAYLOAD_JSON = json_encoder((",", ":"))

INSERT_EVENT = (
    "INSERT OR IGNORE INTO case_events (id, case_id, type, hlc, author, device, parents,"
    " payload, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
SELECT_EVENTS = "SELECT id, case_id, type, hlc, author, device, parents, payload FROM case_events"
_UPSERT_CASE = (
    "INSERT INTO cases (case_id, status, team, citizenship, display_name, sort_key, next_due,"
    " conflicts, updated_hlc, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (case_id) DO UPDATE SET status = excluded.status, team = excluded.team,"
    " citizenship = excluded.citizenship, display_name = excluded.display_name,"
    " sort_key = excluded.sort_key, next_due = excluded.next_due,"
    " conflicts = excluded.conflicts, updated_hlc = excluded.updated_hlc,"
    " state = excluded.state"
)


def event_row(event: CaseEvent, received_at: str | None = None) -> tuple[Any, ...]:
    """The ``case_events`` row of an event received at ``received_at`` (default: now; a batch
    received together gives its one time to every event of it)."""
    return (
        event.id,
        event.case_id,
        event.type,
        event.hlc.encode(),
        event.author,
        event.device,
        json.dumps(list(event.parents)) if event.parents else "[]",
        _PAYLOAD_JSON(event.payload),
        received_at or audit.now_iso(),
    )


def event_of(r: Any) -> CaseEvent:
    return CaseEvent(
        id=r["id"],
        case_id=r["case_id"],
        type=r["type"],
        payload=json.loads(r["payload"]),
        author=r["author"],
        device=r["device"],
        hlc=Timestamp.decode(r["hlc"]),
        parents=tuple(json.loads(r["parents"])),
    )


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None

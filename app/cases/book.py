"""CaseBook: the cases of a workspace, for one logged-in user.

Writes append an event (stamped by this device's clock, parented on the case's current heads) and
refold that one case into the ``cases`` table in the same transaction. Events from other laptops
arrive through ``ingest`` (idempotent by event id). ``rebuild`` recomputes every derived row from
the events alone. Role checks and audit rows happen here, as for every record of the workspace.

The book does not know how its records leave this laptop nor what the rooms above it keep of a
case: it is given a ``Carrier`` (the team layer's outbox, ``app.team.case_book.case_book``) and
calls it inside the transaction that stores each record. A book given none (``StaysHere``) keeps
everything on this laptop: the case domain alone, for its own tests.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from app.cases.events import FOLLOW_UP, REFERRAL, CaseEvent
from app.cases.hlc import HybridClock, Timestamp
from app.cases.names import NAME_RULE
from app.cases.names import display_name as display_name  # the case list's name
from app.cases.names import is_name_field as is_name_field  # (both: callers of the book)
from app.cases.schedule import ScheduleRules, schedule_for
from app.cases.state import CaseState, fold
from app.errors import BadInput
from app.text.collation import sort_key
from app.text.search import (
    EXACT_MATCH,
    LOOSE,
    LOOSE_MATCH,
    WHOLE,
    Query,
    QueryTerm,
    parse_query,
    search_keys,
    term_range,
)
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.ids import new_id
from app.workspace.roles import Permission
from app.workspace.session import Session

# Case properties with a meaning for lists and schedules (HTCDS names where HTCDS has them).
CITIZENSHIP = "prs_Citizenship"
SORT_LOCALE = "root"
# A search counts its matches up to this many ("1,000+"): a first letter matches a quarter of the
# cases, and counting them all would cost more than finding the page shown.
COUNT_LIMIT = 1000
# A query term whose index range holds fewer entries than this is "rare": its matches are read
# and sorted; when every term is commoner, the name index is walked instead (see _search_page).
DENSE = 600
# A common query is counted only when its leading term has fewer index entries than this;
# otherwise its page says "at least" (Page.total_exact false).
COUNT_BUDGET = 20_000
# Name-order entries kept in case_terms beside the search terms: ORDER, the first
# ORDER_PREFIX letters of a term (a loose key's marker and letters), NUL, the case's sort key
# (each byte b as the character b + 1, which keeps the order). Walking one prefix's entries
# yields its cases in name order: a common query's page is read without its other matches.
ORDER = "\u0003"
ORDER_PREFIX = 2
_COLUMNS = "case_id, display_name, status, team, citizenship, next_due, conflicts"


class Carrier(Protocol):
    """What lies above the book: how its records leave this laptop, and what the other rooms keep
    of a case. Every call is made inside the transaction that stores the record (or erases it), so
    nothing is stored without its sealed copy, and nothing of an erased case is left behind."""

    def team(self) -> str | None:
        """The team this laptop belongs to (``None``: none yet)."""
        ...

    def ready(self) -> bool:
        """Whether records can be sealed now (a team and its key are here)."""
        ...

    def put_event(self, event: CaseEvent) -> object:
        """Seal an event made here."""
        ...

    def put_submission(self, submission_id: str, record: dict[str, Any]) -> object:
        """Seal a finished submission."""
        ...

    def put_erasure(
        self, case_id: str, erased_at: str, erased_by: str, known_ids: list[str]
    ) -> object:
        """Seal a supervisor's erasure, so every laptop of the team erases the case too."""
        ...

    def send_referral(self, book: CaseBook, event: CaseEvent) -> None:
        """Seal a referral event's case to the team it names."""
        ...

    def carried(self, submission_ids: list[str]) -> list[str]:
        """Ids of the envelopes that carry what these submissions hold besides themselves (their
        attachments), so an erasure names them too and none is fetched later."""
        ...

    def erase_case(
        self,
        case_id: str,
        erased_at: str,
        known_ids: list[str],
        envelope_ids: list[str],
        submission_ids: list[str],
        draft_ids: list[str],
    ) -> None:
        """Remove what the other rooms keep of an erased case (its envelopes waiting or received,
        attachments, referrals in transit); ``known_ids``, the envelopes an erasure received
        names, must never be applied later."""
        ...


class StaysHere:
    """A carrier that carries nothing: a book on its own keeps every record on this laptop, and
    nothing but the case's own rows, drafts and submissions is erased with a case."""

    def team(self) -> str | None:
        return None

    def ready(self) -> bool:
        return False

    def put_event(self, event: CaseEvent) -> object:
        return None

    def put_submission(self, submission_id: str, record: dict[str, Any]) -> object:
        return None

    def put_erasure(
        self, case_id: str, erased_at: str, erased_by: str, known_ids: list[str]
    ) -> object:
        return None

    def send_referral(self, book: CaseBook, event: CaseEvent) -> None:
        return None

    def carried(self, submission_ids: list[str]) -> list[str]:
        return []

    def erase_case(
        self,
        case_id: str,
        erased_at: str,
        known_ids: list[str],
        envelope_ids: list[str],
        submission_ids: list[str],
        draft_ids: list[str],
    ) -> None:
        return None


@dataclass(frozen=True)
class CaseRow:
    case_id: str
    display_name: str
    status: str
    team: str | None
    citizenship: str | None
    next_due: str | None
    conflicts: int


@dataclass(frozen=True)
class Cursor:
    """Where a page of the case list ended: the sort key of its last row (opaque to callers)."""

    key: tuple[Any, ...]


@dataclass(frozen=True)
class Page:
    rows: list[CaseRow]
    total: int
    after: Cursor | None = None  # where the next page starts; None: this was the last page
    total_exact: bool = True  # false: at least ``total`` (a search with very many matches)


class CaseBook:
    def __init__(
        self,
        session: Session,
        rules: ScheduleRules | None = None,
        today: Callable[[], date] = date.today,
        carrier: Carrier | None = None,
    ) -> None:
        self.session = session
        self.store = session.store
        self.today = today
        stored_rules = self.store.scalar("SELECT value FROM settings WHERE key = 'schedule_rules'")
        self.rules = rules or (
            ScheduleRules.from_json(stored_rules) if stored_rules else ScheduleRules()
        )
        self.device = self._setting("device_id") or self._new_device_id()
        last = self._setting("hlc")
        self.clock = HybridClock(self.device, Timestamp.decode(last) if last else None)
        self.carrier: Carrier = carrier or StaysHere()
        self._follow_name_rule()

    def _follow_name_rule(self) -> None:
        """Refold every case once when the rule the list's names follow has changed since its
        rows were made (``names.NAME_RULE``): a workspace from an older version then lists its
        cases by the same names the case view shows, sorted by them."""
        if self._setting("name_rule") == NAME_RULE:
            return
        with self.store.atomic():
            if self._setting("name_rule") != NAME_RULE:  # not done by another connection
                self._refresh_all()
                self._put_setting("name_rule", NAME_RULE)

    # -- settings -----------------------------------------------------------------------------

    def _setting(self, key: str) -> str | None:
        value = self.store.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return None if value is None else str(value)

    def _put_setting(self, key: str, value: str) -> None:
        self.store.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _catch_up_clock(self) -> None:
        """Adopt the clock state another connection of this workspace stored (a sync round runs on
        its own connection, app/ui/sync_status.py): call inside the write transaction, so no
        event is stamped below one this laptop already gave or saw."""
        last = self._setting("hlc")
        if last:
            stored = Timestamp.decode(last)
            if (stored.wall_ms, stored.counter) > (self.clock.wall_ms, self.clock.counter):
                self.clock.wall_ms, self.clock.counter = stored.wall_ms, stored.counter

    def _new_device_id(self) -> str:
        device = uuid.uuid4().hex
        with self.store.atomic():
            self._put_setting("device_id", device)
        return device

    def set_rules(self, rules: ScheduleRules) -> None:
        self.session.require(Permission.MANAGE_USERS)
        with self.store.atomic():
            self._put_setting("schedule_rules", rules.to_json())
            audit.record(self.store, self.session.user, Action.EDIT, "settings", "schedule_rules")
            self.rules = rules
            self._refresh_all()

    # -- writing ------------------------------------------------------------------------------

    def open_case(
        self,
        properties: dict[str, Any],
        form_id: str,
        submission_id: str | None = None,
        team: str | None = None,
    ) -> str:
        """A new case from an intake; returns its id."""
        case_id = new_id()
        payload: dict[str, Any] = {"form_id": form_id, "properties": properties}
        if submission_id:
            payload["submission_id"] = submission_id
        team = team or self.carrier.team()
        if team:
            payload["team"] = team
        self._append(case_id, "create", payload, new_case=True)
        return case_id

    def update(
        self, case_id: str, properties: dict[str, Any], submission_id: str | None = None
    ) -> CaseEvent:
        """``submission_id``: the interview the values come from (an intake linked to this case)."""
        payload: dict[str, Any] = {"properties": properties}
        if submission_id:
            payload["submission_id"] = submission_id
        return self._append(case_id, "update", payload)

    def follow_up(
        self, case_id: str, when: date, properties: dict[str, Any], submission_id: str | None = None
    ) -> CaseEvent:
        payload: dict[str, Any] = {"date": when.isoformat(), "properties": properties}
        if submission_id:
            payload["submission_id"] = submission_id
        return self._append(case_id, FOLLOW_UP, payload)

    def refer(
        self,
        case_id: str,
        to_team: str,
        consent: dict[str, Any],
        note: str = "",
        *,
        send: bool = True,
    ) -> CaseEvent:
        """Record a referral; on a laptop in a team (and unless ``send`` is false: synthetic demo
        data) the case is sealed to ``to_team`` in the same transaction (app/team/referrals.py)."""
        if not consent.get("given"):
            raise BadInput("a referral needs the person's consent for this recipient and purpose")
        fields = fold(case_id, self.events(case_id)).fields
        if fields.get("consent_share") == "no" or fields.get("_consent_withdrawn") == "all":
            raise BadInput(
                "the person withdrew their consent to sharing: this case cannot be referred"
            )
        with self.store.atomic():
            event = self._append(
                case_id, REFERRAL, {"to_team": to_team, "consent": consent, "note": note}
            )
            if send and self.carrier.ready():  # the case goes to the other team, sealed to it
                self.carrier.send_referral(self, event)
        return event

    def withdraw_consent(self, case_id: str, scope: str, when: date, note: str = "") -> CaseEvent:
        """The person withdrew consent: to ``all`` processing, to ``research`` use, or to
        ``sharing`` with other organisations. Exports and referrals honour it from then on."""
        from app.cases.events import CONSENT_SCOPES

        if scope not in CONSENT_SCOPES:
            raise BadInput(f"consent can be withdrawn for: {', '.join(CONSENT_SCOPES)}")
        payload = {"scope": scope, "date": when.isoformat(), "note": note}
        return self._append(case_id, "consent_withdrawn", payload)

    def accept_referral(self, case_id: str, team: str) -> CaseEvent:
        return self._append(case_id, "referral_accepted", {"team": team})

    def decide_referral(self, case_id: str, kind: str, payload: dict[str, Any]) -> CaseEvent:
        """``referral_accepted`` or ``referral_declined`` (app/team/referrals.py seals it back)."""
        if kind not in ("referral_accepted", "referral_declined"):
            raise BadInput("a referral is accepted or declined")
        return self._append(case_id, kind, payload)

    def close(self, case_id: str, status: str, reason: str) -> CaseEvent:
        return self._append(case_id, "close", {"status": status, "reason": reason})

    def reopen(self, case_id: str, reason: str) -> CaseEvent:
        return self._append(case_id, "reopen", {"reason": reason})

    def link_same_person(self, case_id: str, other_case_id: str) -> CaseEvent:
        if other_case_id == case_id or self._row(other_case_id) is None:
            raise BadInput("link a case to another existing case")
        return self._append(case_id, "link_same_person", {"other_case_id": other_case_id})

    def resolve_conflict(self, case_id: str, field: str, value: Any) -> CaseEvent:
        self.session.require(Permission.RESOLVE_CONFLICTS)
        return self._append(case_id, "conflict_resolved", {"field": field, "value": value})

    def _append(
        self, case_id: str, kind: str, payload: dict[str, Any], new_case: bool = False
    ) -> CaseEvent:
        self.session.require(Permission.EDIT_CASES)
        with self.store.atomic():
            if not new_case and self._row(case_id) is None:
                raise BadInput(f"there is no case {case_id}")
            heads = self.heads(case_id)
            self._catch_up_clock()
            event = CaseEvent(
                id=new_id(),
                case_id=case_id,
                type=kind,
                payload=payload,
                author=self.session.user,
                device=self.device,
                hlc=self.clock.now(),
                parents=tuple(heads),
            )
            self._insert(event)
            self.carrier.put_event(event)
            self._put_setting("hlc", self.clock.state.encode())
            self._refresh(case_id)
            action = Action.CREATE if new_case else Action.EDIT
            audit.record(self.store, self.session.user, action, f"case:{case_id}", kind)
        return event

    def _insert(self, event: CaseEvent) -> bool:
        changed = self.store.execute(
            "INSERT OR IGNORE INTO case_events (id, case_id, type, hlc, author, device, parents,"
            " payload, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.id,
                event.case_id,
                event.type,
                event.hlc.encode(),
                event.author,
                event.device,
                json.dumps(list(event.parents)),
                json.dumps(event.payload, ensure_ascii=False, separators=(",", ":")),
                audit.now_iso(),
            ),
        )
        return changed == 1

    # -- erasure (app/cases/erasure.py) -------------------------------------------------------

    def erase(self, case_id: str, reason: str) -> None:
        """Erase a case everywhere (see ``app.cases.erasure.erase``)."""
        from app.cases import erasure

        erasure.erase(self, case_id, reason)

    def apply_erasure(
        self, case_id: str, erased_at: str, erased_by: str, known_ids: Iterable[str] = ()
    ) -> None:
        from app.cases import erasure

        erasure.apply_erasure(self, case_id, erased_at, erased_by, known_ids)

    def is_erased(self, case_id: str) -> bool:
        return (
            self.store.query_one("SELECT 1 FROM tombstones WHERE case_id = ?", (case_id,))
            is not None
        )

    def ingest(self, events: Iterable[CaseEvent]) -> int:
        """Events from other laptops (sync, USB file). Idempotent; returns how many were new."""
        self.session.require(Permission.EDIT_CASES)
        touched: set[str] = set()
        with self.store.atomic():
            self._catch_up_clock()
            for event in events:
                if self.is_erased(event.case_id):
                    continue  # an erased case never comes back (an old USB file, a late laptop)
                if self._insert(event):
                    touched.add(event.case_id)
                    self.clock.observe(event.hlc)
            self._put_setting("hlc", self.clock.state.encode())
            for case_id in sorted(touched):
                self._refresh(case_id)
        return len(touched)

    # -- derived rows -------------------------------------------------------------------------

    def events(self, case_id: str) -> list[CaseEvent]:
        rows = self.store.query(
            "SELECT id, case_id, type, hlc, author, device, parents, payload FROM case_events"
            " WHERE case_id = ?",
            (case_id,),
        )
        return [
            CaseEvent(
                id=r["id"],
                case_id=r["case_id"],
                type=r["type"],
                payload=json.loads(r["payload"]),
                author=r["author"],
                device=r["device"],
                hlc=Timestamp.decode(r["hlc"]),
                parents=tuple(json.loads(r["parents"])),
            )
            for r in rows
        ]

    def heads(self, case_id: str) -> list[str]:
        """The case's newest events (none follows them): what a new event names as its parents."""
        return fold(case_id, self.events(case_id)).heads

    def _refresh(self, case_id: str) -> CaseState:
        state = fold(case_id, self.events(case_id))
        if not state.exists:  # events of a case whose creation has not arrived yet
            self.store.execute("DELETE FROM case_terms WHERE case_id = ?", (case_id,))
            self.store.execute("DELETE FROM cases WHERE case_id = ?", (case_id,))
            return state
        name = display_name(state.fields)
        order = sort_key(name, SORT_LOCALE)
        schedule = schedule_for(state, self.rules)
        self.store.execute(
            "INSERT INTO cases (case_id, status, team, citizenship, display_name, sort_key, next_due,"
            " conflicts, updated_hlc, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (case_id) DO UPDATE SET status = excluded.status, team = excluded.team,"
            " citizenship = excluded.citizenship, display_name = excluded.display_name,"
            " sort_key = excluded.sort_key, next_due = excluded.next_due,"
            " conflicts = excluded.conflicts, updated_hlc = excluded.updated_hlc,"
            " state = excluded.state",
            (
                case_id,
                state.status,
                state.team,
                _text_or_none(state.fields.get(CITIZENSHIP)),
                name,
                order,
                schedule.next_due.isoformat() if schedule.next_due else None,
                len(state.conflicts),
                state.timeline[-1].hlc.encode(),
                json.dumps(state.to_json(), ensure_ascii=False, default=str),
            ),
        )
        terms: set[str] = set()
        for field_name, value in state.fields.items():
            if is_name_field(field_name) and isinstance(value, str):
                terms |= search_keys(value)
        terms |= _order_entries(terms, order)
        kept = {
            r[0]
            for r in self.store.query("SELECT term FROM case_terms WHERE case_id = ?", (case_id,))
        }
        if kept != terms:  # most events (a follow-up) leave the names and their terms alone
            self.store.execute("DELETE FROM case_terms WHERE case_id = ?", (case_id,))
            self.store.executemany(
                "INSERT OR IGNORE INTO case_terms (term, case_id) VALUES (?, ?)",
                [(term, case_id) for term in sorted(terms)],
            )
        return state

    def _refresh_all(self) -> int:
        ids = [r[0] for r in self.store.query("SELECT DISTINCT case_id FROM case_events")]
        for case_id in ids:
            self._refresh(case_id)
        return len(ids)

    def rebuild(self) -> int:
        """Recompute the case table and search terms from the events alone; returns the count."""
        self.session.require(Permission.VIEW_CASES)
        with self.store.atomic():
            self.store.execute("DELETE FROM cases")
            self.store.execute("DELETE FROM case_terms")
            return self._refresh_all()

    def _row(self, case_id: str) -> Any:
        return self.store.query_one("SELECT * FROM cases WHERE case_id = ?", (case_id,))

    # -- reading ------------------------------------------------------------------------------

    def state(self, case_id: str) -> CaseState:
        """One case, as a person opens it (audited)."""
        self.session.require(Permission.VIEW_CASES)
        if self._row(case_id) is None:
            raise BadInput(f"there is no case {case_id}")
        audit.record(self.store, self.session.user, Action.VIEW, f"case:{case_id}")
        return fold(case_id, self.events(case_id))

    def list_cases(
        self,
        *,
        query: str = "",
        status: str | None = None,
        team: str | None = None,
        citizenship: str | None = None,
        due: str | None = None,
        after: Cursor | None = None,
        limit: int = 50,
    ) -> Page:
        """A page of the case list, by name order (due lists: soonest first; search results: best
        matches first, then by name).

        Pages are read by keyset, never by offset: ``after`` is the ``Page.after`` of the page
        before (None: the first page), so any page costs what the first does, and a case added
        or changed between two pages is neither shown twice nor makes another skipped.
        ``Page.total`` is exact for the list; for a search it is exact up to :data:`COUNT_LIMIT`
        and otherwise that limit with ``total_exact`` false (shown as "1,000+"): counting every
        match of a first letter would cost more than finding the page.

        ``due``: ``"due"`` (due within the rules' window, not yet overdue), ``"overdue"``, or
        ``"any"`` (both)."""
        self.session.require(Permission.VIEW_CASES)
        where, params = ["1 = 1"], []
        if status:
            where.append("status = ?")
            params.append(status)
        if team:
            where.append("team = ?")
            params.append(team)
        if citizenship:
            where.append("citizenship = ?")
            params.append(citizenship)
        today = self.today()
        soon = today + timedelta(days=self.rules.due_window_days)
        if due == "overdue":
            where.append("next_due < ?")
            params.append(today.isoformat())
        elif due == "due":
            where.append("next_due >= ? AND next_due <= ?")
            params += [today.isoformat(), soon.isoformat()]
        elif due == "any":
            where.append("next_due <= ?")
            params.append(soon.isoformat())
        if query.strip():
            parsed = parse_query(query)
            if parsed.terms:
                return self._search_page(parsed, " AND ".join(where), params, after, limit)
        filters = " AND ".join(where)
        total = int(self.store.scalar(f"SELECT count(*) FROM cases WHERE {filters}", params))
        # The due lists come soonest first (and through the index on the due date: sorting
        # 100k rows by name to find the few due would scan them all).
        keys = ("next_due", "sort_key", "case_id") if due else ("sort_key", "case_id")
        keyset, key_params = "", []
        if after is not None:
            keyset = f" AND ({', '.join(keys)}) > ({', '.join('?' * len(keys))})"
            key_params = list(after.key[-len(keys) :])
        rows = self.store.query(
            f"SELECT {_COLUMNS}, next_due, sort_key FROM cases WHERE {filters}{keyset}"
            f" ORDER BY {', '.join(keys)} LIMIT ?",
            [*params, *key_params, limit + 1],
        )
        return _page(rows[:limit], len(rows) > limit, total, True, lambda r: (r[7], r[8], r[0]))

    def _search_page(
        self, parsed: Query, filters: str, params: list[Any], after: Cursor | None, limit: int
    ) -> Page:
        """One page of search results, ranked (exact matches, then loose), then by name, found
        without reading every match: each query term's index range is counted up to
        :data:`DENSE`; when some term is rare its matches are read and sorted by SQLite, and when
        every term is common (a first letter) the name index is walked in order and each case
        checked against the terms until the page is full."""
        exact_sql, exact_params, match_sql, match_params = [], [], [], []
        rarest: tuple[int, list[tuple[str, str]]] | None = None
        for term in parsed.terms:
            exact = [term_range(f) for f in sorted(term.exact)]
            either = exact + [term_range(f) for f in sorted(term.loose)]
            if term.loose:  # a term without loose forms matches exactly or not at all
                sql, values = _has_term(exact)
                exact_sql.append(sql)
                exact_params += values
            sql, values = _has_term(either)
            match_sql.append(sql)
            match_params += values
            entries = self._entries_in(either, DENSE)
            if rarest is None or entries < rarest[0]:
                rarest = (entries, either)
        assert rarest is not None
        exact_all = " AND ".join(exact_sql) or "1"
        rank = f"(CASE WHEN {exact_all} THEN {EXACT_MATCH} ELSE {LOOSE_MATCH} END)"
        matching = f"{filters} AND {' AND '.join(match_sql)}"
        if rarest[0] < DENSE:  # few matches: read them all through the term index, sort them
            union = " UNION ".join(
                "SELECT case_id FROM case_terms WHERE term >= ? AND term < ?" for _ in rarest[1]
            )
            found = (
                f"SELECT {_COLUMNS}, {rank} AS rank, sort_key FROM cases"
                f" WHERE case_id IN ({union}) AND {matching}"
            )
            found_params = [*exact_params, *(v for r in rarest[1] for v in r), *params]
            found_params += match_params
            total = int(self.store.scalar(f"SELECT count(*) FROM ({found})", found_params))
            keyset, key_params = "", []
            if after is not None:
                keyset = " WHERE rank < ? OR (rank = ? AND (sort_key, case_id) > (?, ?))"
                key_params = [after.key[0], *after.key]
            rows = self.store.query(
                f"SELECT * FROM ({found}){keyset} ORDER BY rank DESC, sort_key, case_id LIMIT ?",
                [*found_params, *key_params, limit + 1],
            )
            return _page(rows[:limit], len(rows) > limit, total, True, _search_key)
        if self._has_order_entries():
            return self._search_by_order(parsed, filters, params, after, limit)
        # Many matches in a workspace without name-order entries (until ``rebuild``): walk the
        # name index, exact matches first, then the loose ones.
        rows = []
        for wanted in (EXACT_MATCH, LOOSE_MATCH):
            if after is not None and wanted > after.key[0]:
                continue  # (rank, name) order: this rank's pages came before
            if wanted == LOOSE_MATCH and not exact_sql:
                break  # every match is exact
            phase = exact_all if wanted == EXACT_MATCH else f"NOT ({exact_all})"
            keyset, key_params = "", []
            if after is not None and after.key[0] == wanted:
                keyset = " AND (sort_key, case_id) > (?, ?)"
                key_params = list(after.key[1:])
            rows += [
                (*r[:7], wanted, r[7])
                for r in self.store.query(
                    f"SELECT {_COLUMNS}, sort_key FROM cases INDEXED BY cases_by_name"
                    f" WHERE {matching} AND {phase}{keyset} ORDER BY sort_key, case_id LIMIT ?",
                    [*params, *match_params, *exact_params, *key_params, limit + 1 - len(rows)],
                )
            ]
            if len(rows) > limit:
                break
        total = self._count_walk(matching, [*params, *match_params])
        return _page(rows[:limit], len(rows) > limit, total, total < COUNT_LIMIT, _search_key)

    def _search_by_order(
        self, parsed: Query, filters: str, params: list[Any], after: Cursor | None, limit: int
    ) -> Page:
        """A common query's page: the name-order entries (:data:`ORDER`) of one term's first
        letters are walked in name order, exact matches first, then the loose ones, each entry
        checked against the query's terms by index seeks, until the page is full."""
        # The term with the fewest index entries leads (counted up to COUNT_BUDGET).
        counted = [
            (self._entries_in([term_range(f) for f in sorted(t.exact | t.loose)], COUNT_BUDGET), t)
            for t in parsed.terms
        ]
        driver_entries, driver = min(counted, key=lambda c: c[0])
        joined = "" if filters == "1 = 1" else " JOIN cases ON cases.case_id = d.case_id"
        d_match, d_match_params, d_exact, d_exact_params = [], [], [], []
        for term in parsed.terms:
            exact = [term_range(f) for f in sorted(term.exact)]
            either = exact + [term_range(f) for f in sorted(term.loose)]
            if term.loose:
                sql, values = _has_term(exact, "d.case_id")
                d_exact.append(sql)
                d_exact_params += values
            sql, values = _has_term(either, "d.case_id")
            d_match.append(sql)
            d_match_params += values
        d_exact_all = " AND ".join(d_exact) or "1"
        found: list[tuple[int, bytes, str]] = []
        for wanted in (EXACT_MATCH, LOOSE_MATCH):
            if after is not None and wanted > after.key[0]:
                continue  # (rank, name) order: this rank's pages came before
            if wanted == LOOSE_MATCH and not d_exact:
                break  # every match is exact
            phase, phase_params = (
                (d_exact_all, d_exact_params)
                if wanted == EXACT_MATCH
                else (f"NOT ({d_exact_all})", d_exact_params)
            )
            forms = driver.exact if wanted == EXACT_MATCH else driver.exact | driver.loose
            start = after.key[1:] if after is not None and after.key[0] == wanted else None
            need = limit + 1 - len(found)
            merged: dict[str, bytes] = {}
            for form in sorted(forms):
                prefix, verify = _order_prefix(form)
                low, high = ORDER + prefix + "\x00", ORDER + prefix + "\x01"
                keyset, key_params = "d.term >= ?", [low]
                if start is not None:
                    keyset = "(d.term, d.case_id) > (?, ?)"
                    key_params = [low + _order_text(start[0]), start[1]]
                check, check_params = "", list[str]()
                if verify and self._entries_in([term_range(form)], DENSE) < DENSE:
                    # A rare form under a common prefix: its cases read and sorted, not walked.
                    owned = f"{' AND '.join(d_match)} AND {phase}".replace(
                        "= d.case_id", "= cases.case_id"
                    )
                    keyset, key_params = "", []
                    if start is not None:
                        keyset, key_params = " AND (sort_key, case_id) > (?, ?)", list(start)
                    for order_key, case_id in self.store.query(
                        "SELECT sort_key, case_id FROM cases WHERE case_id IN (SELECT case_id"
                        f" FROM case_terms WHERE term >= ? AND term < ?) AND {owned}"
                        f" AND {filters}{keyset} ORDER BY sort_key, case_id LIMIT ?",
                        [
                            *term_range(form),
                            *d_match_params,
                            *phase_params,
                            *params,
                            *key_params,
                            need,
                        ],
                    ):
                        merged.setdefault(case_id, bytes(order_key))
                    continue
                if verify:
                    check, check_params = _has_term([term_range(form)], "d.case_id")
                    check = f" AND {check}"
                for term_text, case_id in self.store.query(
                    f"SELECT d.term, d.case_id FROM case_terms d{joined}"
                    f" WHERE {keyset} AND d.term < ?{check} AND {' AND '.join(d_match)}"
                    f" AND {phase} AND {filters} ORDER BY d.term, d.case_id LIMIT ?",
                    [
                        *key_params,
                        high,
                        *check_params,
                        *d_match_params,
                        *phase_params,
                        *params,
                        need,
                    ],
                ):
                    merged.setdefault(case_id, _order_bytes(term_text[len(low) :]))
            best = sorted((key, case_id) for case_id, key in merged.items())[:need]
            found += [(wanted, key, case_id) for key, case_id in best]
            if len(found) > limit:
                break
        rows_by_id = {
            r[0]: r
            for r in self.store.query(
                f"SELECT {_COLUMNS} FROM cases WHERE case_id IN ({','.join('?' * len(found))})",
                [case_id for *_, case_id in found],
            )
        }
        rows = [(*rows_by_id[c], rank, key) for rank, key, c in found if c in rows_by_id]
        more = len(rows) > limit
        if after is None and not more:  # the whole result is on this page
            return _page(rows, more, len(rows), True, _search_key)
        if driver_entries < COUNT_BUDGET:
            total = self._count_order(driver, joined, d_match, d_match_params, filters, params)
            return _page(rows[:limit], more, total, total < COUNT_LIMIT, _search_key)
        # Too many to count while a worker types: "at least this page" (the list learns the
        # exact number when its last page arrives).
        return _page(rows[:limit], more, len(rows[:limit]), False, _search_key)

    def _count_order(
        self,
        driver: QueryTerm,
        joined: str,
        match: list[str],
        match_params: list[Any],
        filters: str,
        params: list[Any],
    ) -> int:
        """The matches of a common query, counted up to :data:`COUNT_LIMIT` through the leading
        term's own index ranges (fewer than :data:`COUNT_BUDGET` entries)."""
        branches, values = [], []
        for form in sorted(driver.exact | driver.loose):
            branches.append(
                f"SELECT d.case_id FROM case_terms d{joined} WHERE d.term >= ? AND d.term < ?"
                f" AND {' AND '.join(match)} AND {filters}"
            )
            values += [*term_range(form), *match_params, *params]
        return int(
            self.store.scalar(
                "SELECT count(*) FROM (SELECT DISTINCT case_id FROM"
                f" ({' UNION ALL '.join(branches)}) LIMIT ?)",
                [*values, COUNT_LIMIT],
            )
        )

    def _has_order_entries(self) -> bool:
        """Whether the name-order entries are there (a workspace from before them has none
        until ``rebuild``: its searches walk the name index instead)."""
        return (
            self.store.query_one(
                "SELECT 1 FROM case_terms WHERE term >= ? AND term < ? LIMIT 1",
                (ORDER, chr(ord(ORDER) + 1)),
            )
            is not None
            or self.store.query_one("SELECT 1 FROM cases LIMIT 1") is None
        )

    def _entries_in(self, ranges: list[tuple[str, str]], cap: int) -> int:
        """How many index entries the term ranges hold, counted up to ``cap``."""
        count = 0
        for low, high in ranges:
            count += int(
                self.store.scalar(
                    "SELECT count(*) FROM (SELECT 1 FROM case_terms WHERE term >= ? AND term < ?"
                    " LIMIT ?)",
                    (low, high, cap - count),
                )
            )
            if count >= cap:
                break
        return count

    def _count_walk(self, matching: str, params: list[Any]) -> int:
        return int(
            self.store.scalar(
                f"SELECT count(*) FROM (SELECT 1 FROM cases WHERE {matching} LIMIT ?)",
                [*params, COUNT_LIMIT],
            )
        )

    def _search(self, text: str) -> dict[str, int]:
        """Every case id whose names match every query term, with its match rank (as
        ``app.text.search.match_rank``), found by prefix ranges over the term index (used by
        same-person matching, app/cases/matching.py; the case list reads only its page)."""
        parsed = parse_query(text)
        ranks: dict[str, int] | None = None
        for term in parsed.terms:
            exact = self._with_prefixes(term.exact)
            loose = self._with_prefixes(term.loose) - exact
            found = {case_id: EXACT_MATCH for case_id in exact}
            found.update({case_id: LOOSE_MATCH for case_id in loose})
            if ranks is None:
                ranks = found
            else:
                ranks = {c: min(r, found[c]) for c, r in ranks.items() if c in found}
            if not ranks:
                return {}
        return ranks or {}

    def _with_prefixes(self, prefixes: Iterable[str]) -> set[str]:
        ids: set[str] = set()
        for prefix in prefixes:
            ids.update(
                r[0]
                for r in self.store.query(
                    "SELECT case_id FROM case_terms WHERE term >= ? AND term < ?",
                    term_range(prefix),
                )
            )
        return ids

    def conflicts(self, offset: int = 0, limit: int = 50) -> list[tuple[str, str, CaseState]]:
        """The conflicts queue: (case id, display name, state) of cases with unresolved conflicts."""
        self.session.require(Permission.RESOLVE_CONFLICTS)
        rows = self.store.query(
            "SELECT case_id, display_name FROM cases WHERE conflicts > 0 ORDER BY case_id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [(r[0], r[1], fold(r[0], self.events(r[0]))) for r in rows]

    def count(self) -> int:
        self.session.require(Permission.VIEW_CASES)
        return int(self.store.scalar("SELECT count(*) FROM cases"))


def _has_term(ranges: list[tuple[str, str]], owner: str = "cases.case_id") -> tuple[str, list[str]]:
    """SQL true when the case (``owner``) has an index term in one of ``ranges``."""
    if not ranges:
        return "0", []
    # One seek per range in the index by case (case_id, term): a few pages per case checked.
    seek = f"EXISTS (SELECT 1 FROM case_terms t WHERE t.case_id = {owner} AND t.term >= ?"
    return "(" + " OR ".join(f"{seek} AND t.term < ?)" for _ in ranges) + ")", [
        v for r in ranges for v in r
    ]


def _order_text(key: bytes) -> str:
    return "".join(chr(b + 1) for b in key)


def _order_bytes(text: str) -> bytes:
    return bytes(ord(c) - 1 for c in text)


def _order_entries(terms: Iterable[str], sort_key: bytes) -> set[str]:
    """The name-order entries of a case with these search terms and this sort key."""
    tail = "\x00" + _order_text(sort_key)
    out: set[str] = set()
    for term in terms:
        head = 1 if term.startswith(LOOSE) else 0
        for length in range(1, ORDER_PREFIX + 1):
            if len(term) >= head + length:
                out.add(ORDER + term[: head + length] + tail)
        if head and len(term) == 2:  # a one-letter loose key, which a query must equal
            out.add(ORDER + term + WHOLE + tail)
    return out


def _order_prefix(form: str) -> tuple[str, bool]:
    """The name-order prefix that holds every term a query form finds, and whether the form
    must still be checked against the terms (it is longer, or must equal a term)."""
    whole = form.endswith(WHOLE)
    text = form.removesuffix(WHOLE)
    head = 1 if text.startswith(LOOSE) else 0
    if whole and len(text) == head + 1:
        return form, False  # the entries of exactly this one-letter key
    prefix = text[: head + ORDER_PREFIX]
    return prefix, whole or len(text) > len(prefix)


def _search_key(row: Any) -> tuple[Any, ...]:
    return (row[7], row[8], row[0])


def _page(
    rows: list[Any],
    more: bool,
    total: int,
    exact: bool,
    key: Callable[[Any], tuple[Any, ...]],
) -> Page:
    after = Cursor(key(rows[-1])) if more and rows else None
    return Page([CaseRow(*r[:7]) for r in rows], total, after, exact)


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None

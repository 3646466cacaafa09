"""CaseBook: the cases of a workspace, for one logged-in user.

Writes append an event (stamped by this device's clock, parented on the case's current heads) and
refold that one case into its derived rows in the same transaction. Events from other laptops
arrive through ``ingest`` (idempotent by event id). ``rebuild`` recomputes every derived row from
the events alone. Role checks and audit rows happen here, as for every record of the workspace;
how the derived rows (case row, search terms, name-order entries, dashboard counts) are refolded
and written is app/cases/derived.py.

The book does not know how its records leave this laptop nor what the rooms above it keep of a
case: it is given a ``Carrier`` (the team layer's outbox, ``app.team.case_book.case_book``) and
calls it inside the transaction that stores each record. A book given none (``StaysHere``) keeps
everything on this laptop: the case domain alone, for its own tests (both: app/cases/carrier.py).

The case list and its search (pages, counts) are in app/cases/case_list.py, the name-order
entries the refold writes for it in app/cases/name_order.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from app.cases import case_list, derived
from app.cases.carrier import Carrier as Carrier  # the book's port (callers import it here)
from app.cases.carrier import StaysHere as StaysHere
from app.cases.case_list import CaseRow as CaseRow  # the case list's page (callers of the book)
from app.cases.case_list import Cursor as Cursor
from app.cases.case_list import Page as Page
from app.cases.derived import CITIZENSHIP as CITIZENSHIP  # (callers of the book)
from app.cases.events import FOLLOW_UP, REFERRAL, CaseEvent
from app.cases.hlc import HybridClock, Timestamp
from app.cases.names import NAME_RULE
from app.cases.names import display_name as display_name  # the case list's name
from app.cases.names import is_name_field as is_name_field  # (both: callers of the book)
from app.cases.schedule import ScheduleRules
from app.cases.state import CaseState, fold
from app.errors import BadInput
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.ids import new_id
from app.workspace.roles import Permission
from app.workspace.session import Session


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
        self._count_once()

    def _follow_name_rule(self) -> None:
        """Refold every case once when the rule the list's names follow has changed since its
        rows were made (``names.NAME_RULE``): a workspace from an older version then lists its
        cases by the same names the case view shows, sorted by them."""
        if self._setting("name_rule") == NAME_RULE:
            return
        with self.store.atomic():
            if self._setting("name_rule") != NAME_RULE:  # not done by another connection
                self._rewrite_all()
                self._put_setting("name_rule", NAME_RULE)

    def _count_once(self) -> None:
        """Count every case once for the dashboard when the counts were never kept (a workspace
        made before migration 0021, which could not count them: the workspace layer may not
        import the case domain). Done here, where the book is made (the desktop app makes it on
        the database thread before any screen is given it), not at the first overview: no
        draft's save waits behind that count. Once counted, one cached query."""
        from app.cases import tallies  # (imports the overview, which imports this module)

        tallies.fill(self.store)

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
        return self.store.execute(derived.INSERT_EVENT, derived.event_row(event)) == 1

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

    def ingest(self, events: Iterable[CaseEvent], decoded: bool = False) -> int:
        """Events from other laptops (sync, USB file). Idempotent; returns how many cases they
        touched. A batch costs a few statements, not a few per event: which of its cases are
        erased and which of its events are here already are asked once, the new events stored by
        one ``executemany``, and the touched cases refolded together (``_refresh_cases``).
        ``decoded``: the events are as ``CaseEvent.from_json`` makes them from JSON, so each
        reads back from its row as it is: the refold takes those just stored from memory."""
        self.session.require(Permission.EDIT_CASES)
        batch = list(events)
        touched: set[str] = set()
        with self.store.atomic():
            self._catch_up_clock()
            erased = derived.among(
                self.store, "SELECT case_id FROM tombstones", "case_id", {e.case_id for e in batch}
            )
            stored = derived.among(
                self.store, "SELECT id FROM case_events", "id", {e.id for e in batch}
            )
            fresh: list[CaseEvent] = []
            for event in batch:
                if event.case_id in erased or event.id in stored:
                    continue  # an erased case never comes back (an old USB file, a late laptop)
                stored.add(event.id)
                fresh.append(event)
                touched.add(event.case_id)
                self.clock.observe(event.hlc)
            now = audit.now_iso()  # when the batch came (to the millisecond, as each row had)
            self.store.executemany(derived.INSERT_EVENT, [derived.event_row(e, now) for e in fresh])
            self._put_setting("hlc", self.clock.state.encode())
            just_stored = {e.id: e for e in fresh} if decoded else None
            derived.refresh(self.store, self.rules, sorted(touched), just_stored)
        return len(touched)

    # -- the event log and the rows derived from it (app/cases/derived.py) -------------------------------------------------------------------------

    def events(self, case_id: str) -> list[CaseEvent]:
        rows = self.store.query(f"{derived.SELECT_EVENTS} WHERE case_id = ?", (case_id,))
        return [derived.event_of(r) for r in rows]

    def heads(self, case_id: str) -> list[str]:
        """The case's newest events (none follows them): what a new event names as its parents."""
        return fold(case_id, self.events(case_id)).heads

    def _refresh(self, case_id: str) -> CaseState:
        return self._refresh_cases([case_id])[case_id]

    def _refresh_cases(self, case_ids: list[str]) -> dict[str, CaseState]:
        """Refold these cases into every derived row (``app.cases.derived.refresh``), in the
        caller's transaction."""
        return derived.refresh(self.store, self.rules, case_ids)

    def _refresh_all(self) -> int:
        return derived.refresh_all(self.store, self.rules)

    def _rewrite_all(self) -> int:
        return derived.rewrite_all(self.store, self.rules)

    def rebuild(self) -> int:
        """Recompute the case table and search terms from the events alone; returns the count."""
        self.session.require(Permission.VIEW_CASES)
        with self.store.atomic():
            return self._rewrite_all()

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
        """A page of the case list (see ``app.cases.case_list.list_cases``)."""
        return case_list.list_cases(
            self,
            query=query,
            status=status,
            team=team,
            citizenship=citizenship,
            due=due,
            after=after,
            limit=limit,
        )

    def conflicts(self, offset: int = 0, limit: int = 50) -> list[tuple[str, str, CaseState]]:
        """The conflicts queue: (case id, display name, state) of cases with unresolved conflicts."""
        self.session.require(Permission.RESOLVE_CONFLICTS)
        rows = self.store.query(
            "SELECT case_id, display_name FROM cases WHERE conflicts > 0 ORDER BY case_id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [(r[0], r[1], fold(r[0], self.events(r[0]))) for r in rows]

    def count(self) -> int:
        return case_list.count(self)

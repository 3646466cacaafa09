"""Case events: the only way a case changes. Immutable once written; identified by a UUIDv7.

An event says what happened (``type`` and ``payload``), who and where (``author``, ``device``),
when by the device's hybrid logical clock (``hlc``), and what its author had seen of the case
(``parents``: the ids of the case's latest events, its heads, at the time).

Which case fields an event writes is a function of its type and payload (``writes``); the fold in
``app/cases/state.py`` relies on nothing else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.cases.hlc import Timestamp

# The event types, as the wire and the store spell them (never renamed: other laptops read them).
CREATE = "create"
UPDATE = "update"
FOLLOW_UP = "follow_up"
REFERRAL = "referral"
REFERRAL_ACCEPTED = "referral_accepted"
REFERRAL_DECLINED = "referral_declined"
CLOSE = "close"
REOPEN = "reopen"
LINK_SAME_PERSON = "link_same_person"
CONFLICT_RESOLVED = "conflict_resolved"
CONSENT_WITHDRAWN = "consent_withdrawn"
EVENT_TYPES = (
    CREATE,
    UPDATE,
    FOLLOW_UP,
    REFERRAL,
    REFERRAL_ACCEPTED,
    REFERRAL_DECLINED,
    CLOSE,
    REOPEN,
    LINK_SAME_PERSON,
    CONFLICT_RESOLVED,
    CONSENT_WITHDRAWN,
)
CONSENT_SCOPES = ("all", "research", "sharing")

# Fields the system itself keeps on a case (form properties never start with an underscore).
STATUS = "_status"
TEAM = "_team"


@dataclass(frozen=True)
class CaseEvent:
    id: str
    case_id: str
    type: str
    payload: dict[str, Any]
    author: str
    device: str
    hlc: Timestamp
    parents: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown case event type {self.type!r}")

    def writes(self) -> dict[str, Any]:
        """The case fields this event sets, and their values."""
        p = self.payload
        if self.type in (CREATE, UPDATE, FOLLOW_UP):
            values = dict(p.get("properties", {}))
            if self.type == "create":
                values.setdefault(STATUS, "open")
                if "team" in p:
                    values.setdefault(TEAM, p["team"])
            return {k: v for k, v in values.items() if isinstance(k, str)}
        if self.type == "close":
            return {
                STATUS: "closed",
                "_closure_status": p.get("status"),
                "_closure_reason": p.get("reason"),
            }
        if self.type == "reopen":
            return {STATUS: "open"}
        if self.type == REFERRAL:
            return {STATUS: "referred", "_referred_to": p.get("to_team")}
        if self.type == "referral_accepted":
            return {STATUS: "open", TEAM: p.get("team"), "_referral_accepted_by": p.get("team")}
        if self.type == "referral_declined":  # the case stays with the team that referred it
            return {STATUS: "open", "_referred_to": None, "_referral_declined_by": p.get("team")}
        if self.type == "consent_withdrawn":
            scope = p.get("scope")
            withdrawn: dict[str, Any] = {}
            if scope in ("all", "research"):
                withdrawn["consent_research"] = "no"
            if scope in ("all", "sharing"):
                withdrawn["consent_share"] = "no"
            if scope == "all":
                withdrawn["_consent_withdrawn"] = "all"
            return withdrawn
        if self.type == "conflict_resolved":
            return {str(p["field"]): p.get("value")}
        return {}

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case_id": self.case_id,
            "type": self.type,
            "payload": self.payload,
            "author": self.author,
            "device": self.device,
            "hlc": self.hlc.encode(),
            "parents": list(self.parents),
        }

    def canonical(self) -> bytes:
        """The bytes that identify this event's content (for signatures and comparisons)."""
        return json.dumps(
            self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        ).encode()

    @staticmethod
    def from_json(data: dict[str, Any]) -> CaseEvent:
        return CaseEvent(
            id=str(data["id"]),
            case_id=str(data["case_id"]),
            type=str(data["type"]),
            payload=dict(data["payload"]),
            author=str(data["author"]),
            device=str(data["device"]),
            hlc=Timestamp.decode(str(data["hlc"])),
            parents=tuple(str(p) for p in data.get("parents", ())),
        )

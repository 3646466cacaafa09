"""The team directory on a laptop: which key each team's referrals are sealed to, verified.

A referral is sealed to the receiving team's age recipient, learned from the server's directory
(``sync.directory``). The server is not trusted with it: an entry is kept only if

- it is this laptop's own team's, signed by this device or a supervisor device of the team this
  laptop knows (through its welcome or the roster it approved), or
- it is another team's, signed by the key this laptop pinned for that team the first time it saw
  it (trust on first use). A different key is refused and the old entry kept; the new entry is
  set aside (its supervisor's laptop may have been replaced) and replaces the pinned one only when
  a person compares its fingerprint with that team's supervisor and confirms it
  (``confirm_team``, ``fieldcase referral trust``).

Pinning alone does not stop a server that lies from the start, so a laptop refers to a team only
once a person *confirmed* it: compared the team's fingerprint (read to them by that team's
supervisor, over the phone or at a case conference) on this laptop, or a supervisor of this
laptop's own team did so and vouched for it in the team's own signed entry.

A supervisor's laptop publishes its team's entry whenever it changed (team key rotated, a device
approved or revoked, a team vouched for): ``publish_team_recipient``, called by every sync round.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from app.errors import BadInput, WrongCredentials
from app.team.keyring import Keyring
from app.team.outbox import team_name
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.roles import Permission
from sync.directory import (
    SignedEntry,
    TeamEntry,
    read_entry,
    read_wire,
    same_fingerprint,
    sign_entry,
)
from sync.errors import SyncError, SyncErrorKind

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from sync.client import SyncClient

PUBLISHED = "directory_published"  # settings: digest of the entry last published from here


@dataclass(frozen=True)
class KnownTeam:
    entry: TeamEntry
    confirmed: str | None  # how a person confirmed it, None if only pinned
    # the fingerprint of an entry under a new key, set aside until a person confirms it
    new_key_waiting: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "team": self.entry.team,
            "fingerprint": self.entry.fingerprint,
            "key_id": self.entry.key_id,
            "supervisor_device": self.entry.supervisor_device,
            "devices": sorted(self.entry.devices),
            "confirmed": self.confirmed,
            "new_key_waiting": self.new_key_waiting,
        }


# -- this team's entry ---------------------------------------------------------------------------


def own_entry(book: CaseBook) -> TeamEntry:
    """This team's entry as this supervisor's laptop would sign it now."""
    store = book.store
    team = team_name(store)
    keyring = Keyring(store)
    key = keyring.current_team_key()
    if team is None or key is None:
        raise BadInput("this laptop belongs to no team yet")
    # Only devices a supervisor approved on this laptop, with the signing key as approved (never
    # the server's roster: its administrator could enrol a laptop of their own), and not revoked
    # since. Other teams accept referrals only from the devices listed here.
    devices = {book.device: keyring.signing_public()}
    for row in store.query(
        "SELECT a.device, a.signing_key FROM device_approvals a WHERE NOT EXISTS"
        " (SELECT 1 FROM devices d WHERE d.device = a.device AND d.status = 'revoked')"
    ):
        devices[str(row[0])] = base64.b64decode(row[1])
    vouched = {
        str(r[0]): str(r[1])
        for r in store.query(
            "SELECT team, fingerprint FROM team_directory WHERE confirmed LIKE 'compared%'"
            " AND team != ?",
            (team,),
        )
    }
    return TeamEntry(
        team=team,
        recipient=key.recipient,
        export_recipient=keyring.export_recipient(),
        supervisor_device=book.device,
        signing_key=keyring.signing_public(),
        devices=devices,
        vouched=vouched,
        published=audit.now_iso(),
    )


def publish_team_recipient(book: CaseBook, client: SyncClient, *, force: bool = False) -> bool:
    """Publish this team's entry (recipient, key id, devices, vouched teams) if it changed since
    the last time; returns whether it was sent. Supervisors' laptops only. Call it after rotating
    the team key (the next sync round does it anyway)."""
    book.session.require(Permission.MANAGE_DEVICES)
    entry = own_entry(book)
    digest = hashlib.sha256(replace(entry, published="").canonical()).hexdigest()
    store = book.store
    if (
        not force
        and store.scalar("SELECT value FROM settings WHERE key = ?", (PUBLISHED,)) == digest
    ):
        return False
    signed = sign_entry(entry, Keyring(store).signing_key())
    client.put_team_entry(signed.to_wire())
    with store.atomic():
        store.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (PUBLISHED, digest),
        )
        _keep(book, signed, confirmed="this team's own entry")
        audit.record(store, book.session.user, Action.EDIT, "team", "published the team's entry")
    return True


# -- learning other teams ------------------------------------------------------------------------


def learn(book: CaseBook, items: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Keep every entry of the server's directory that verifies (see the module's docstring);
    returns the refused ones as ``{"id": "team:T", "reason": ...}``."""
    refused: list[dict[str, str]] = []
    with book.store.atomic():
        for item in items:
            try:
                signed = read_wire(item)
                learn_entry(book, signed)
            except SyncError as exc:
                refused.append({"id": f"team:{item.get('team', '?')}", "reason": str(exc)})
    return refused


def learn_entry(book: CaseBook, signed: SignedEntry) -> None:
    """Keep one verified entry, or raise ``SyncError`` saying why it is refused."""
    entry = signed.entry
    store = book.store
    own = team_name(store)
    if entry.team == own:
        if not _vouches_for_own_team(book, entry):
            raise SyncError(
                SyncErrorKind.SIGNATURE,
                f"the directory entry of team {entry.team} (this team) is signed by device "
                f"{entry.supervisor_device}, which is not a known supervisor device of this team",
            )
        _keep(book, signed, confirmed="this team's own entry")
        return
    row = store.query_one("SELECT signing_key FROM team_directory WHERE team = ?", (entry.team,))
    if row is not None and base64.b64decode(row[0]) == entry.signing_key:
        # the pinned key signs again: a replacement seen meanwhile (someone the server let
        # publish for that team, until its supervisor published again) is no longer offered
        store.execute("DELETE FROM team_directory_replacements WHERE team = ?", (entry.team,))
    if row is not None and base64.b64decode(row[0]) != entry.signing_key:
        _set_aside(book, signed)
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"the directory entry of team {entry.team} is signed by another key than the one "
            f"pinned for it: not used. If that team's supervisor has a new laptop, compare the new "
            f"fingerprint ({entry.fingerprint}) with them and confirm it (referral trust)",
        )
    _keep(book, signed, confirmed=None)


def _set_aside(book: CaseBook, signed: SignedEntry) -> None:
    """A team's entry under a new key, kept unused until a person confirms its fingerprint."""
    with book.store.atomic():
        book.store.execute(
            "INSERT INTO team_directory_replacements (team, entry, signature, seen_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (team) DO UPDATE SET entry = excluded.entry,"
            " signature = excluded.signature, seen_at = excluded.seen_at",
            (
                signed.entry.team,
                signed.raw.decode("utf-8"),
                base64.b64encode(signed.signature).decode("ascii"),
                audit.now_iso(),
            ),
        )


def _replacement(book: CaseBook, team: str) -> SignedEntry | None:
    row = book.store.query_one(
        "SELECT entry, signature FROM team_directory_replacements WHERE team = ?", (team,)
    )
    if row is None:
        return None
    return read_entry(str(row[0]).encode("utf-8"), base64.b64decode(row[1]))


def _vouches_for_own_team(book: CaseBook, entry: TeamEntry) -> bool:
    if entry.supervisor_device == book.device:
        return entry.signing_key == Keyring(book.store).signing_public()
    from app.team.supervisor_trust import trusted

    return trusted(book.store).get(entry.supervisor_device) == entry.signing_key


def _keep(book: CaseBook, signed: SignedEntry, confirmed: str | None) -> None:
    entry = signed.entry
    now = audit.now_iso()
    book.store.execute(
        "INSERT INTO team_directory (team, entry, signature, signing_key, fingerprint, pinned_at,"
        " confirmed, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team) DO UPDATE SET"
        " entry = excluded.entry, signature = excluded.signature,"
        " confirmed = coalesce(team_directory.confirmed, excluded.confirmed),"
        " updated_at = excluded.updated_at",
        (
            entry.team,
            signed.raw.decode("utf-8"),
            base64.b64encode(signed.signature).decode("ascii"),
            base64.b64encode(entry.signing_key).decode("ascii"),
            entry.fingerprint,
            now,
            confirmed,
            now,
        ),
    )


# -- reading and confirming ----------------------------------------------------------------------


def known_team(book: CaseBook, team: str) -> KnownTeam | None:
    """A team as this laptop verified it (its signature is checked again on every read)."""
    row = book.store.query_one(
        "SELECT entry, signature, confirmed FROM team_directory WHERE team = ?", (team,)
    )
    if row is None:
        return None
    entry = read_entry(str(row[0]).encode("utf-8"), base64.b64decode(row[1])).entry
    confirmed = None if row[2] is None else str(row[2])
    if confirmed is None:
        vouched = _own_vouches(book).get(team)
        if vouched is not None and same_fingerprint(vouched, entry.fingerprint):
            confirmed = "vouched for by a supervisor of this team"
    replacement = _replacement(book, team)
    offered = None
    if replacement is not None and _vouched_by(entry, replacement.entry):
        offered = replacement.entry.fingerprint
    return KnownTeam(entry, confirmed, offered)


def _vouched_by(pinned: TeamEntry, replacement: TeamEntry) -> bool:
    """Whether the pinned entry lists the replacement's signer with its key: a laptop the team's
    supervisor approved (a second supervisor's, say). Only such a new key is offered for
    confirmation; one signed by any other device (someone the server alone let publish for that
    team) is kept aside unoffered, and can still be pinned by a person who compared its
    fingerprint with that team's supervisor (``confirm_team``)."""
    return pinned.devices.get(replacement.supervisor_device) == replacement.signing_key


def _own_vouches(book: CaseBook) -> dict[str, str]:
    own = team_name(book.store)
    found = None if own is None else known_team_entry(book, own)
    return {} if found is None else dict(found.vouched)


def known_team_entry(book: CaseBook, team: str) -> TeamEntry | None:
    row = book.store.query_one(
        "SELECT entry, signature FROM team_directory WHERE team = ?", (team,)
    )
    if row is None:
        return None
    return read_entry(str(row[0]).encode("utf-8"), base64.b64decode(row[1])).entry


def teams(book: CaseBook) -> list[KnownTeam]:
    book.session.require(Permission.VIEW_CASES)
    names = [str(r[0]) for r in book.store.query("SELECT team FROM team_directory ORDER BY team")]
    return [t for t in (known_team(book, name) for name in names) if t is not None]


def confirm_team(book: CaseBook, team: str, fingerprint: str) -> KnownTeam:
    """A person compared ``team``'s fingerprint with its supervisor: referrals may go there. On a
    supervisor's laptop the team is vouched for in this team's next published entry, so the
    team's other laptops need not compare it again."""
    book.session.require(Permission.EDIT_CASES)
    found = known_team(book, team)
    if found is None:
        raise BadInput(f"team {team} is not in this laptop's team directory yet: sync first")
    replacement = _replacement(book, team)
    renewed = (
        replacement is not None
        and not same_fingerprint(fingerprint, found.entry.fingerprint)
        and same_fingerprint(fingerprint, replacement.entry.fingerprint)
    )
    if not renewed and not same_fingerprint(fingerprint, found.entry.fingerprint):
        raise WrongCredentials(
            f"the fingerprint does not match team {team}'s entry: do not refer cases to it"
        )
    from app.team.referrals import seal_waiting

    how = "compared on this laptop by " + book.session.user
    with book.store.atomic():
        if renewed and replacement is not None:  # the team's new key, pinned from now on
            book.store.execute("DELETE FROM team_directory WHERE team = ?", (team,))
            _keep(book, replacement, confirmed=how)
            audit.record(book.store, book.session.user, Action.EDIT, f"team:{team}", "new key")
            found = KnownTeam(replacement.entry, how)
        book.store.execute("DELETE FROM team_directory_replacements WHERE team = ?", (team,))
        book.store.execute("UPDATE team_directory SET confirmed = ? WHERE team = ?", (how, team))
        audit.record(book.store, book.session.user, Action.EDIT, f"team:{team}", "confirmed")
        seal_waiting(book)  # referrals to this team made before it was confirmed
    return KnownTeam(found.entry, how)


def refresh(book: CaseBook, client: SyncClient, *, supervisor: bool) -> list[dict[str, str]]:
    """The sync round's directory step: publish ours if it changed, learn everyone's, then seal
    the referrals that waited for their team (app/team/referrals.py). Returns what was refused."""
    from app.team.referrals import retry_refused, seal_waiting

    forged: list[dict[str, str]] = []
    items = client.teams()
    if supervisor and book.session.can(Permission.MANAGE_DEVICES):
        # Published again whenever the server's copy is not one a trusted supervisor of this
        # team signed: someone the server alone calls a supervisor replaced it, or it is gone.
        own = team_name(book.store)
        served = next((item for item in items if item.get("team") == own), None)
        foreign = served is not None and not _from_this_team(book, served)
        if publish_team_recipient(book, client, force=served is None or foreign):
            items = client.teams()
        if foreign and served is not None:  # said to the supervisor (sync report, quarantine)
            claimed = str(served.get("supervisor_device") or _claimed_signer(served))
            forged.append(
                {
                    "id": f"team:{own}",
                    "reason": f"the server held an entry of this team signed by device "
                    f"{claimed}, which is not a known supervisor device of this team: this "
                    "laptop's entry was published again",
                }
            )
    refused = forged + learn(book, items)
    seal_waiting(book)
    retry_refused(book)  # referrals that came before their sender was in the directory
    return refused


def _claimed_signer(item: dict[str, Any]) -> str:
    try:
        return read_wire(item).entry.supervisor_device
    except SyncError:
        return "unknown (the entry does not verify)"


def _from_this_team(book: CaseBook, item: dict[str, Any] | None) -> bool:
    if item is None:
        return False
    try:
        return _vouches_for_own_team(book, read_wire(item).entry)
    except SyncError:
        return False


def dumps(found: list[KnownTeam]) -> str:
    return json.dumps([t.to_json() for t in found], ensure_ascii=False, indent=2)

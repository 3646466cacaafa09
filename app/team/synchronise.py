"""Sync, laptop side: enrol with a server, then push the outbox and pull the team's envelopes.

One round (``Synchroniser.sync``), in this order:

1. ask the server who we are: a device still waiting for approval stops here (and says so); a
   revoked one gets ``SyncError(REVOKED)``; a server restored from a backup since the last round
   (a new generation) is asked which of our sent envelopes it holds, and the others are pushed
   again (``app.team.restored_server``);
2. learn the team's devices (their signing keys, to check envelopes) from the server's roster;
   revoked devices are revoked here too. The roster's roles are not taken: a device is a
   supervisor's here only if a trusted supervisor vouched for it (``app.team.supervisor_trust``);
3. a laptop without the team key fetches its welcome (the team key sealed to this laptop by a
   supervisor's laptop) and joins; a supervisor's laptop seals and uploads a welcome for every
   device of the team that the server approved AND a supervisor approved on this laptop with the
   same keys (``app.team.device_approvals``) and that has none yet; the others are reported as
   ``waiting_for_your_approval`` with their fingerprints, and get nothing; its approvals go to
   the team as a signed statement when they changed (``app.team.supervisor_trust.publish``);
   then the team directory (``app.team.directory.refresh``): a supervisor's laptop publishes its
   team's signed entry if it changed, every laptop learns the entries that verify and seals the
   referrals that waited for their team;
4. push the outbox in batches; an envelope is marked sent only on ``accepted`` or ``duplicate``,
   a ``refused`` one is kept, not retried, and reported; network and server errors are retried
   with back-off, and what is left waits for the next round;
5. pull from the stored cursor, page by page, without this laptop's own envelopes (unless the
   server holds some this workspace never saw: ``app.team.pull``); each page's envelopes are
   verified, opened and applied in the same transaction that stores the new cursor, so a round
   cut short resumes exactly where it stopped.

See sync/README.md for the protocol.
"""

from __future__ import annotations

import base64
import json
import ssl
import time
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import httpx

from app.cases.book import CaseBook
from app.errors import BadInput
from app.team import (
    attachment_sync,
    device_approvals,
    erasure_acks,
    key_rotation,
    pull,
    pull_refetch,
    referral_attachments,
    release_news,
    restored_devices,
    restored_server,
    supervisor_trust,
)
from app.team.keyring import Keyring
from app.team.membership import EXPECTED_SUPERVISOR, join, seal_welcome
from app.team.outbox import Inbox, outbox_of, team_name
from app.team.pull import fetch_again
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.roles import Permission
from sync import age_keys
from sync.chunks import TransferStats
from sync.client import SyncClient, batches, with_retries
from sync.errors import SyncError, SyncErrorKind

TOKEN_KEY = "server_token"


@dataclass
class SyncReport:
    waiting_for_approval: bool = False
    joined_team: str | None = None
    welcomed: list[str] = field(default_factory=list)
    # a supervisor's laptop: devices the server approved that no supervisor approved here (or
    # whose keys changed since): {"device", "fingerprint"}; they get no team key
    waiting_for_your_approval: list[dict[str, str]] = field(default_factory=list)
    pushed: int = 0
    pushed_again: int = 0  # marked sent, but the server was restored from an older backup
    push_duplicates: int = 0
    push_refused: list[dict[str, str]] = field(default_factory=list)
    pulled: int = 0
    pull_duplicates: int = 0
    pull_refused: list[dict[str, str]] = field(default_factory=list)
    refetched: int = 0  # refused items fetched again and now applied (or already here)
    refused_waiting: int = 0  # refused items still to be fetched again (app/team/pull_refetch.py)
    waiting: int = 0
    attachments_sent: int = 0
    attachments_received: int = 0
    attachments_waiting: int = 0  # to upload from here, or named but not uploaded elsewhere yet
    team_keys_received: list[str] = field(default_factory=list)  # key ids (after a rotation)
    team_key_sent_to: list[str] = field(default_factory=list)  # devices (supervisors' laptops)
    erasures_acknowledged: int = 0
    erasures_dropped: int = 0  # on the server, by our acknowledgement (the last one awaited)
    # a supervisor's laptop: erasures whose envelopes the server still keeps, the laptops that
    # have not applied them and since when ({"erasure", "waiting_for", "since"})
    erasures_waiting: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Synchroniser:
    def __init__(self, book: CaseBook, transport: httpx.BaseTransport | None = None) -> None:
        self.book = book
        self.store = book.store
        self.keyring = Keyring(book.store)
        self.transport = transport
        self.upload_stats = TransferStats()  # attachment bytes put on the wire, for tests and logs
        self.download_stats = TransferStats()

    # -- settings -------------------------------------------------------------------------------

    def _setting(self, key: str) -> str | None:
        value = self.store.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return None if value is None else str(value)

    def _put(self, key: str, value: str) -> None:
        self.store.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _token(self) -> str | None:
        row = self.store.query_one("SELECT secret FROM keys WHERE name = ?", (TOKEN_KEY,))
        return None if row is None else str(row[0])

    def _verify(self, url: str, fingerprint: str | None) -> ssl.SSLContext | bool:
        parts = urlsplit(url)
        if parts.scheme == "http":
            return False
        if parts.scheme != "https":
            raise BadInput(f"{url} is not an http:// or https:// address")
        if not fingerprint:
            raise BadInput(
                "an https server needs its certificate fingerprint (from fieldcase server tls-cert)"
            )
        from sync.server.tls import pinned_context_for

        return pinned_context_for(parts.hostname or "", parts.port or 443, fingerprint)

    def _client(self, url: str | None = None) -> SyncClient:
        url = url or self._setting("server_url")
        if not url:
            raise BadInput("no sync server set: enrol this laptop first")
        verify = self._verify(url, self._setting("server_tls_fingerprint"))
        return SyncClient(url, self._token(), verify=verify, transport=self.transport)

    def reachable(self, timeout: float = 5.0) -> bool:
        """Whether the server answers now: one quick request, no retries (the automatic sync
        asks this before a round, so an offline laptop stays quiet)."""
        url = self._setting("server_url")
        if not url:
            return False
        verify = self._verify(url, self._setting("server_tls_fingerprint"))
        client = SyncClient(url, None, verify=verify, transport=self.transport, timeout=timeout)
        try:
            client.health()
        except SyncError as exc:
            if exc.kind == SyncErrorKind.NETWORK:
                return False
            raise
        finally:
            client.close()
        return True

    # -- enrolment ------------------------------------------------------------------------------

    def enrol(
        self,
        server_url: str,
        code: str,
        tls_fingerprint: str | None = None,
        supervisor_fingerprint: str | None = None,
    ) -> dict[str, Any]:
        """Register this laptop with the server; returns what to read to the supervisor. With
        ``supervisor_fingerprint`` (from an invitation made on her laptop) only a welcome signed
        by that device is accepted (``app.team.membership.join``)."""
        self.book.session.require(Permission.EDIT_CASES)
        verify = self._verify(server_url, tls_fingerprint)
        client = SyncClient(server_url, verify=verify, transport=self.transport)
        try:
            answer = client.register(
                code.strip(),
                self.book.device,
                base64.b64encode(self.keyring.signing_public()).decode(),
                self.keyring.device_identity()[1],
            )
        finally:
            client.close()
        if answer.get("fingerprint") != self.keyring.fingerprint():
            raise SyncError(
                SyncErrorKind.AUTH,
                "the server registered other keys than this laptop's: do not use this server",
            )
        with self.store.atomic():
            self._put("server_url", server_url)
            if tls_fingerprint:
                self._put("server_tls_fingerprint", tls_fingerprint)
            if supervisor_fingerprint:
                self._put(EXPECTED_SUPERVISOR, "".join(supervisor_fingerprint.split()).upper())
            self.store.execute(
                "INSERT INTO keys (name, secret, public, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET secret = excluded.secret, public = excluded.public",
                (TOKEN_KEY, answer["token"], self.book.device, audit.now_iso()),
            )
            audit.record(
                self.store,
                self.book.session.user,
                Action.EDIT,
                "sync",
                f"enrolled with {server_url}",
            )
        return {
            "device": self.book.device,
            "team": answer.get("team"),
            "fingerprint": answer["fingerprint"],
            "status": answer.get("status"),
        }

    def enrolment_code(self, hours: int = 72) -> str:
        """A one-time code for a new laptop, from the server (this laptop's user: a supervisor),
        for an invitation made here (``fieldcase team invite``)."""
        self.book.session.require(Permission.MANAGE_DEVICES)
        client = self._client()
        try:
            return with_retries(partial(client.enrolment_code, hours))
        finally:
            client.close()

    # -- one round ------------------------------------------------------------------------------

    def sync(self, server_url: str | None = None) -> SyncReport:
        # The round opens thousands of envelopes with the same few keys: parse each key once.
        with age_keys.parsed_once():
            return self._round(server_url)

    def _round(self, server_url: str | None) -> SyncReport:
        self.book.session.require(Permission.EDIT_CASES)
        report = SyncReport()
        client = self._client(server_url)
        try:
            me = restored_devices.me(self.book, client, self._token())  # registers again
            if me["status"] == "pending":
                report.waiting_for_approval = True
                return report
            if me["status"] == "revoked":
                raise SyncError(
                    SyncErrorKind.REVOKED,
                    f"this laptop was revoked: {me.get('revoke_reason') or 'ask your supervisor'}",
                )
            report.pushed_again = restored_server.notice(self.store, client, me)
            with self.store.atomic():
                pull.own_on_server(self.store, me.get("newest_seq"))
            roster = restored_devices.mend(self.book, client, me, with_retries(client.devices))
            self._learn_roster(roster)
            if self.keyring.current_team_key() is None:
                welcome = with_retries(client.team_key)
                if welcome:
                    try:
                        report.joined_team, _, _ = join(self.book, welcome)
                    except SyncError as exc:  # not from the supervisor who invited this laptop
                        report.pull_refused.append({"id": "welcome", "reason": str(exc)})
            trusted: list[dict[str, Any]] = []
            if self._supervises(me):
                trusted = device_approvals.trusted(self.book, roster)
                report.welcomed = self._welcome(client, trusted)
                report.waiting_for_your_approval = device_approvals.waiting(self.book, roster)
                with self.store.atomic():
                    supervisor_trust.publish(self.book)
            if self.keyring.current_team_key() is not None:
                self._rotated_keys(client, trusted, me, report)
            if team_name(self.store) is not None and self.keyring.current_team_key() is not None:
                from app.team.directory import refresh  # the team directory, for referrals

                supervisor = me.get("role") == "supervisor"
                report.pull_refused += refresh(self.book, client, supervisor=supervisor)
            if outbox_of(self.book).ready():
                self._push(client, report)
                self._attachments(client, report, upload=True)
            if self.keyring.current_team_key() is not None:
                self._pull(client, report)
                self._attachments(client, report, upload=False)
                watch = self.book.session.can(Permission.ERASE_CASES)  # a supervisor's laptop
                acks = erasure_acks.send(self.store, client, watch=watch)
                report.erasures_acknowledged, report.erasures_dropped = (
                    acks.acknowledged,
                    acks.dropped,
                )
                report.erasures_waiting = acks.still_waiting
                report.pull_refused += acks.refused
            release_news.notice(self.store, client)  # kept unverified; shown once verified
        finally:
            client.close()
        report.waiting = outbox_of(self.book).counts()["waiting"]
        with self.store.atomic():
            self._put("last_sync", audit.now_iso())
            audit.record(
                self.store,
                self.book.session.user,
                Action.EDIT,
                "sync",
                json.dumps(
                    {
                        "pushed": report.pushed,
                        "pulled": report.pulled,
                        "refused": len(report.push_refused) + len(report.pull_refused),
                    }
                ),
            )
        return report

    def _supervises(self, me: dict[str, Any]) -> bool:
        """A supervisor's laptop: the server lets it upload team keys, and the user logged in
        here may manage devices."""
        return (
            me.get("role") == "supervisor"
            and self.book.session.can(Permission.MANAGE_DEVICES)
            and team_name(self.store) is not None
            and self.keyring.current_team_key() is not None
        )

    def _rotated_keys(
        self,
        client: SyncClient,
        trusted: list[dict[str, Any]],
        me: dict[str, Any],
        report: SyncReport,
    ) -> None:
        """Team key rotation (app/team/key_rotation.py): install new keys sealed to this laptop; a
        supervisor's laptop seals its newest key to every device of ``trusted`` (approved on the
        server and here with the same keys) that lacks it."""
        report.team_keys_received, refused = key_rotation.receive(self.book, client)
        report.pull_refused += refused
        if self._supervises(me):
            key_rotation.mark_welcomed(self.book, report.welcomed)
            report.team_key_sent_to = key_rotation.distribute(self.book, client, trusted)
            key_rotation.directory_hook(self.book, client)

    def _learn_roster(self, roster: list[dict[str, Any]]) -> None:
        """Devices and revocations from the server's roster; never roles: a device is recorded as
        a supervisor's only if this laptop trusts it as one (``app.team.supervisor_trust``)."""
        inbox = Inbox(self.book)
        supervisors = inbox.trusted_supervisors()
        with self.store.atomic():
            for device in roster:
                if device["device"] == self.book.device:
                    continue
                if device["status"] == "approved":
                    inbox.know_device(
                        device["device"],
                        base64.b64decode(device["signing_key"]),
                        device["age_recipient"],
                        "server roster",
                        role="supervisor" if device["device"] in supervisors else "member",
                    )
                elif device["status"] == "revoked":
                    inbox.revoke_device(device["device"])

    def _welcome(self, client: SyncClient, trusted: list[dict[str, Any]]) -> list[str]:
        """Seal the team key to each device of ``trusted`` (approved on the server and here,
        ``app.team.device_approvals.trusted``) that has not been welcomed yet."""
        inbox = Inbox(self.book)
        done = []
        for device in trusted:
            name = str(device["device"])
            if self._setting(f"welcomed:{name}"):
                continue
            welcome = seal_welcome(self.book, name, str(device["age_recipient"]))
            with_retries(partial(client.put_team_key, name, welcome))
            with self.store.atomic():
                inbox.know_device(
                    name,
                    base64.b64decode(device["signing_key"]),
                    str(device["age_recipient"]),
                    "approved here",
                )
                self._put(f"welcomed:{name}", audit.now_iso())
                audit.record(
                    self.store, self.book.session.user, Action.EDIT, f"device:{name}", "welcomed"
                )
            done.append(name)
        return done

    # -- approving devices here (app/team/device_approvals.py) ---------------------------------------

    def roster(self) -> list[dict[str, Any]]:
        """The team's devices as the server lists them (keys, status, role)."""
        client = self._client()
        try:
            return with_retries(client.devices)
        finally:
            client.close()

    def approve_device(
        self, device: str, fingerprint: str, *, supervisor: bool = False
    ) -> device_approvals.Approval:
        """Approve a device the server lists, on this supervisor's laptop, after comparing the
        fingerprint its laptop shows; it gets the team key at this laptop's next sync."""
        self.book.session.require(Permission.MANAGE_DEVICES)
        return device_approvals.approve(
            self.book, self.roster(), device, fingerprint, supervisor=supervisor
        )

    def devices_here(self) -> dict[str, Any]:
        """What waits for a supervisor's approval here, and what was approved here."""
        self.book.session.require(Permission.MANAGE_DEVICES)
        roster = self.roster()
        return {
            "waiting_for_your_approval": device_approvals.waiting(
                self.book, roster, pending_too=True
            ),
            "approved_here": [a.to_json() for a in device_approvals.approvals(self.store)],
        }

    def _push(self, client: SyncClient, report: SyncReport) -> None:
        outbox = outbox_of(self.book)
        for batch in batches(outbox.pending(limit=100_000)):
            results = with_retries(partial(client.push, batch))
            sent = [r["id"] for r in results if r["status"] in ("accepted", "duplicate")]
            with self.store.atomic():
                outbox.mark_sent(sent)
                pull.own_pushed(self.store, results)
            report.pushed += sum(1 for r in results if r["status"] == "accepted")
            report.push_duplicates += sum(1 for r in results if r["status"] == "duplicate")
            for r in results:
                if r["status"] == "refused":
                    outbox.mark_refused(str(r["id"]), str(r.get("reason")))
                    report.push_refused.append({"id": str(r["id"]), "reason": str(r.get("reason"))})

    def _attachments(self, client: SyncClient, report: SyncReport, *, upload: bool) -> None:
        """Attachments travel in resumable chunks, each its own envelope (app/team/attachment_sync.py)."""
        done = attachment_sync.AttachmentReport()
        if upload:  # the team's own, then those re-sealed for referrals (the same chunks)
            attachment_sync.upload_pending(self.book, client, done, stats=self.upload_stats)
            referral_attachments.upload_pending(self.book, client, done, stats=self.upload_stats)
            report.push_refused += done.refused
        else:
            stats = self.download_stats
            attachment_sync.download_pending(self.book, client, done, stats=stats)
            referral_attachments.download_pending(self.book, client, done, stats=stats)
            report.pull_refused += done.refused
        report.attachments_sent += done.sent
        report.attachments_received += done.received
        report.attachments_waiting = (
            done.waiting
            + attachment_sync.waiting_uploads(self.book)
            + referral_attachments.waiting_uploads(self.book)
        )

    def _pull(self, client: SyncClient, report: SyncReport) -> None:
        inbox = Inbox(self.book)
        started = time.time()  # what is refused in this round is fetched again from the next
        cursor = int(self._setting("server_cursor") or 0)
        pull.pull_pages(
            self.store, client, inbox, report, cursor, lambda c: self._put("server_cursor", str(c))
        )
        fetch_again(self.store, client, inbox, report, started)
        report.refused_waiting = pull_refetch.waiting(self.store)

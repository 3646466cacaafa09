"""Migrations of this laptop's exchange with its team and other teams: keys, devices, outbox and
inbox, the team directory and referrals, referred attachments, device approvals and trusted
supervisors, refused pull items fetched again.

Never edit a shipped migration: app/workspace/schema.py applies each once, by name, in order.
"""

from __future__ import annotations

from app.workspace.store import Store


def sync(store: Store) -> None:
    # Key material lives only here, inside the encrypted database.
    store.execute(
        """CREATE TABLE keys (
            name TEXT PRIMARY KEY,
            secret TEXT,
            public TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    # Devices of the team whose envelopes this laptop accepts (their signing keys).
    store.execute(
        """CREATE TABLE devices (
            device TEXT PRIMARY KEY,
            signing_key TEXT NOT NULL,
            age_recipient TEXT NOT NULL,
            status TEXT NOT NULL,
            learned_from TEXT NOT NULL,
            learned_at TEXT NOT NULL
        )"""
    )
    # Sealed envelopes of local events, waiting for an acknowledgement (or a USB transfer).
    store.execute(
        """CREATE TABLE outbox (
            envelope_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            wire TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        )"""
    )
    store.execute("CREATE INDEX outbox_pending ON outbox (envelope_id) WHERE sent_at IS NULL")
    # Envelopes seen (applied or refused): receiving the same one again is a no-op.
    store.execute(
        """CREATE TABLE inbox (
            envelope_id TEXT PRIMARY KEY,
            device TEXT NOT NULL,
            status TEXT NOT NULL,
            reason TEXT,
            received_at TEXT NOT NULL,
            wire TEXT
        )"""
    )


def outbox_refused(store: Store) -> None:
    store.execute("ALTER TABLE outbox ADD COLUMN refused TEXT")


def referrals(store: Store) -> None:
    # The team directory as this laptop verified it (app/team/directory.py): each team's signed
    # entry, the key pinned for it on first sight, and whether a person compared its fingerprint.
    store.execute(
        """CREATE TABLE team_directory (
            team TEXT PRIMARY KEY,
            entry TEXT NOT NULL,
            signature TEXT NOT NULL,
            signing_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            pinned_at TEXT NOT NULL,
            confirmed TEXT,
            updated_at TEXT NOT NULL
        )"""
    )
    # Referrals sent from and received on this laptop, and the decisions on them
    # (app/team/referrals.py); the events themselves are in case_events like any other.
    store.execute(
        """CREATE TABLE referrals (
            envelope_id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
            action TEXT NOT NULL CHECK (action IN ('refer', 'accept', 'decline')),
            from_team TEXT NOT NULL,
            to_team TEXT NOT NULL,
            device TEXT NOT NULL,
            event_id TEXT NOT NULL,
            at TEXT NOT NULL
        )"""
    )
    store.execute("CREATE INDEX referrals_by_case ON referrals (case_id)")


def referral_attachments(store: Store) -> None:
    # A referred case's attachments, each re-sealed for the receiving team as its own envelope
    # (app/team/referral_attachments.py). Sent: one row per attachment and team, so it is sealed and
    # uploaded once however often the case is referred there; ``wire`` is NULL until the file is
    # on this laptop and sealed (its body waits in ``attachment_chunks`` as "sealed:<id>").
    store.execute(
        """CREATE TABLE referral_attachments (
            envelope_id TEXT PRIMARY KEY,
            attachment_id TEXT NOT NULL,
            submission_id TEXT NOT NULL,
            case_id TEXT NOT NULL,
            to_team TEXT NOT NULL,
            referral_id TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            wire TEXT,
            size INTEGER,
            body_sha256 TEXT,
            created_at TEXT NOT NULL,
            sealed_at TEXT,
            sent_at TEXT,
            refused TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            UNIQUE (attachment_id, to_team)
        )"""
    )
    store.execute("CREATE INDEX referral_attachments_by_case ON referral_attachments (case_id)")
    # Received: the attachments a referral received here names, and the envelope of the sending
    # team that carries each (NULL: an older fieldcase sent the referral without them). A
    # download in progress keeps its ranges as "partial:<envelope id>".
    store.execute(
        """CREATE TABLE referral_downloads (
            attachment_id TEXT NOT NULL,
            from_team TEXT NOT NULL,
            envelope_id TEXT UNIQUE,
            submission_id TEXT NOT NULL,
            case_id TEXT NOT NULL,
            referral_id TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER,
            received INTEGER NOT NULL DEFAULT 0,
            received_at TEXT,
            refused TEXT,
            PRIMARY KEY (attachment_id, from_team)
        )"""
    )
    store.execute("CREATE INDEX referral_downloads_by_case ON referral_downloads (case_id)")


def device_approvals(store: Store) -> None:
    # Devices a supervisor approved on THIS laptop (app/team/device_approvals.py), with the keys they
    # had then: a supervisor's laptop seals the team key only to these, never to a device the
    # server alone approved. Devices it welcomed before this table existed are kept, with the
    # keys it knew for them, as members (they hold the team key already; a role the server gave
    # is not carried over: a supervisor approves a second supervisor's laptop again).
    store.execute(
        """CREATE TABLE device_approvals (
            device TEXT PRIMARY KEY,
            signing_key TEXT NOT NULL,
            age_recipient TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('member', 'supervisor')),
            approved_by TEXT NOT NULL,
            approved_at TEXT NOT NULL
        )"""
    )
    store.execute(
        "INSERT INTO device_approvals"
        " (device, signing_key, age_recipient, role, approved_by, approved_at)"
        " SELECT d.device, d.signing_key, d.age_recipient,"
        " 'member', '(welcomed before 0016)', s.value"
        " FROM settings s JOIN devices d ON d.device = substr(s.key, 10)"
        " WHERE s.key LIKE 'welcomed:%' AND d.status = 'approved'"
    )


def trusted_supervisors(store: Store) -> None:
    # Which devices this laptop takes as a supervisor's (app/team/supervisor_trust.py): never the
    # server's roster. Anchors: the device whose signed welcome this laptop joined with; the rest
    # comes from signed statements of approvals by supervisors' devices already trusted. Carried
    # over: the welcoming device where still recorded as such (a laptop that joined by file and
    # never synced since). A laptop where it is not, and that approved no device itself, keeps
    # the supervisors the roster gave it only *provisionally*: they are trusted for nothing but
    # to sign the first statement it receives; that signer becomes its anchor, the others go.
    store.execute(
        """CREATE TABLE trusted_supervisors (
            device TEXT PRIMARY KEY,
            signing_key TEXT NOT NULL,
            age_recipient TEXT NOT NULL,
            source TEXT NOT NULL,
            provisional INTEGER NOT NULL DEFAULT 0,
            recorded_at TEXT NOT NULL
        )"""
    )
    store.execute(
        """CREATE TABLE supervisor_statements (
            signer TEXT PRIMARY KEY,
            signing_key TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            approvals TEXT NOT NULL,
            envelope_id TEXT NOT NULL
        )"""
    )
    store.execute(
        "INSERT INTO trusted_supervisors (device, signing_key, age_recipient, source, recorded_at)"
        " SELECT device, signing_key, age_recipient, 'welcome (before 0017)', learned_at"
        " FROM devices WHERE learned_from = 'welcome' AND role = 'supervisor'"
        " AND status = 'approved'"
    )
    store.execute(
        "INSERT INTO trusted_supervisors"
        " (device, signing_key, age_recipient, source, provisional, recorded_at)"
        " SELECT device, signing_key, age_recipient, 'server roster before 0017', 1, learned_at"
        " FROM devices WHERE role = 'supervisor' AND status = 'approved'"
        " AND NOT EXISTS (SELECT 1 FROM trusted_supervisors)"
        " AND NOT EXISTS (SELECT 1 FROM device_approvals)"
    )


def team_directory_replacements(store: Store) -> None:
    # Another team's entry signed by a new key (its supervisor's laptop was replaced): kept aside,
    # unused, until a person compares its fingerprint and confirms it (app/team/directory.py).
    store.execute(
        """CREATE TABLE team_directory_replacements (
            team TEXT PRIMARY KEY,
            entry TEXT NOT NULL,
            signature TEXT NOT NULL,
            seen_at TEXT NOT NULL
        )"""
    )


def pull_refetch(store: Store) -> None:
    # Items of the server's pull pages that were refused here (a bit flipped on the way, a device
    # not vouched for yet...), by their place in the server's sequence: fetched again with a
    # growing wait until a good copy arrives or a supervisor dismisses them (app/team/pull_refetch.py).
    store.execute(
        """CREATE TABLE pull_refetch (
            seq INTEGER PRIMARY KEY,
            envelope_id TEXT,
            device TEXT,
            reason TEXT NOT NULL,
            first_refused TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_try REAL NOT NULL,
            dismissed_by TEXT,
            dismissed_at TEXT
        )"""
    )


def welcomed_before_roles(store: Store) -> None:
    # A laptop that joined its team before 0006 recorded no role for the device whose signed
    # welcome it joined with (0006 gave every device the default 'member'), so 0017 found no
    # supervisor to anchor its trust to, and after the update it refused all new work of the
    # supervisor who had admitted it (found by tests/upgrades/: a workspace made by that version).
    # A welcome was only ever signed by a supervisor's device ("team admit" is a supervisor's
    # command in every version), so that device is the anchor, as 0017 made it for later laptops.
    store.execute(
        "INSERT INTO trusted_supervisors (device, signing_key, age_recipient, source, recorded_at)"
        " SELECT device, signing_key, age_recipient, 'welcome (before 0006)', learned_at"
        " FROM devices WHERE learned_from = 'welcome' AND role = 'member' AND status = 'approved'"
        " AND device NOT IN (SELECT device FROM trusted_supervisors)"
    )
    store.execute(
        "UPDATE devices SET role = 'supervisor'"
        " WHERE learned_from = 'welcome' AND role = 'member' AND status = 'approved'"
    )
    store.execute(
        "DELETE FROM trusted_supervisors WHERE provisional = 1"
        " AND EXISTS (SELECT 1 FROM trusted_supervisors WHERE source = 'welcome (before 0006)')"
    )

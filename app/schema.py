"""The workspace database's migrations, in order. Add new ones at the end; never edit a shipped one."""

from __future__ import annotations

from app.store import Migration, Store


def _initial(store: Store) -> None:
    store.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    store.execute(
        """CREATE TABLE users (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('supervisor', 'social_worker', 'interpreter')),
            disabled INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            created_by TEXT
        )"""
    )
    store.execute(
        """CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            object TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )"""
    )


def _records(store: Store) -> None:
    # One row per draft (not one per answer): a keystroke saved rewrites one row.
    store.execute(
        """CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            form_id TEXT NOT NULL,
            form_version TEXT NOT NULL,
            owner TEXT NOT NULL,
            interpreter TEXT,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    store.execute(
        """CREATE TABLE submissions (
            id TEXT PRIMARY KEY,
            form_id TEXT NOT NULL,
            form_version TEXT NOT NULL,
            author TEXT NOT NULL,
            interpreter TEXT,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    store.execute("CREATE INDEX submissions_by_form ON submissions (form_id, created_at)")


def _cases(store: Store) -> None:
    # The event log is the truth; ``cases`` and ``case_terms`` are derived from it, kept up to date
    # as events arrive and rebuildable at any time (CaseBook.rebuild).
    store.execute(
        """CREATE TABLE case_events (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            type TEXT NOT NULL,
            hlc TEXT NOT NULL,
            author TEXT NOT NULL,
            device TEXT NOT NULL,
            parents TEXT NOT NULL,
            payload TEXT NOT NULL,
            received_at TEXT NOT NULL
        )"""
    )
    store.execute("CREATE INDEX case_events_by_case ON case_events (case_id)")
    store.execute(
        """CREATE TABLE cases (
            case_id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            team TEXT,
            citizenship TEXT,
            display_name TEXT NOT NULL,
            sort_key BLOB NOT NULL,
            next_due TEXT,
            conflicts INTEGER NOT NULL,
            updated_hlc TEXT NOT NULL,
            state TEXT NOT NULL
        )"""
    )
    store.execute("CREATE INDEX cases_by_name ON cases (sort_key, case_id)")
    store.execute("CREATE INDEX cases_by_due ON cases (next_due) WHERE next_due IS NOT NULL")
    store.execute("CREATE INDEX cases_with_conflicts ON cases (case_id) WHERE conflicts > 0")
    store.execute(
        "CREATE TABLE case_terms (term TEXT NOT NULL, case_id TEXT NOT NULL,"
        " PRIMARY KEY (term, case_id)) WITHOUT ROWID"
    )
    store.execute("CREATE INDEX case_terms_by_case ON case_terms (case_id)")


def _sync(store: Store) -> None:
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


def _outbox_refused(store: Store) -> None:
    store.execute("ALTER TABLE outbox ADD COLUMN refused TEXT")


def _erasure(store: Store) -> None:
    # What is left of an erased case: that it existed and was erased, when and by whom. Nothing
    # of the person. Events for it arriving later (an old USB file, a laptop long offline) are
    # dropped on sight.
    store.execute(
        """CREATE TABLE tombstones (
            case_id TEXT PRIMARY KEY,
            erased_at TEXT NOT NULL,
            erased_by TEXT NOT NULL
        )"""
    )
    store.execute("ALTER TABLE devices ADD COLUMN role TEXT NOT NULL DEFAULT 'member'")


def _forms(store: Store) -> None:
    # Form versions published by a supervisor (here, or arrived signed from a supervisor's
    # device). A (form id, version) is written once and never changed: app/form_versions.py.
    store.execute(
        """CREATE TABLE forms (
            form_id TEXT NOT NULL,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            xform TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_data BLOB NOT NULL,
            published_by TEXT NOT NULL,
            published_at TEXT NOT NULL,
            device TEXT NOT NULL,
            envelope_id TEXT NOT NULL,
            installed_at TEXT NOT NULL,
            PRIMARY KEY (form_id, version)
        )"""
    )
    # Withdrawn versions (shipped or published): no new interviews on them; drafts and
    # submissions made on them stay valid.
    store.execute(
        """CREATE TABLE form_withdrawals (
            form_id TEXT NOT NULL,
            version TEXT NOT NULL,
            withdrawn_by TEXT NOT NULL,
            withdrawn_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            device TEXT NOT NULL,
            envelope_id TEXT NOT NULL,
            PRIMARY KEY (form_id, version)
        ) WITHOUT ROWID"""
    )


def _attachments(store: Store) -> None:
    # Photos and scans answering image/file questions (app/attachments.py). Their bytes live in
    # ``attachment_chunks`` (256 KiB rows, never a loose file); the same table holds a sealed
    # attachment envelope waiting for upload ("sealed:<id>") and a download in progress
    # ("partial:<id>"), so both resume after a dropped connection or a restart.
    store.execute(
        """CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            file_name TEXT NOT NULL UNIQUE,
            original_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            question TEXT NOT NULL,
            draft_id TEXT,
            submission_id TEXT,
            device TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    store.execute("CREATE INDEX attachments_by_draft ON attachments (draft_id)")
    store.execute("CREATE INDEX attachments_by_submission ON attachments (submission_id)")
    store.execute(
        """CREATE TABLE attachment_chunks (
            blob TEXT NOT NULL,
            n INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (blob, n)
        )"""
    )
    # Sealed attachment envelopes of this laptop, waiting for (or done with) a chunked upload.
    store.execute(
        """CREATE TABLE attachment_outbox (
            envelope_id TEXT PRIMARY KEY,
            submission_id TEXT NOT NULL,
            wire TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            refused TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        )"""
    )
    # Attachments other laptops made, named by a submission this laptop received, to fetch.
    store.execute(
        """CREATE TABLE attachment_downloads (
            envelope_id TEXT PRIMARY KEY,
            submission_id TEXT NOT NULL,
            wire TEXT,
            size INTEGER,
            received INTEGER NOT NULL DEFAULT 0,
            refused TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        )"""
    )


def _kept_forms(store: Store) -> None:
    # The shipped versions this workspace started interviews on, kept so that its drafts and
    # submissions still open after an app update ships newer versions (app/form_library.py).
    store.execute(
        """CREATE TABLE kept_forms (
            form_id TEXT NOT NULL,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            xform TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            kept_at TEXT NOT NULL,
            PRIMARY KEY (form_id, version)
        )"""
    )


def _referrals(store: Store) -> None:
    # The team directory as this laptop verified it (app/team_directory.py): each team's signed
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
    # (app/referrals.py); the events themselves are in case_events like any other.
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


def _export_rows(store: Store) -> None:
    # Each submission flattened once for exports (app/export/rows.py): a cache of what the
    # submission says, inside the encrypted database, made by the first export that needs it.
    # Erasing a submission erases its row; a changed submission loses it.
    store.execute(
        """CREATE TABLE export_rows (
            submission_id TEXT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
            form_id TEXT NOT NULL,
            form_version TEXT NOT NULL,
            shape TEXT NOT NULL,
            key TEXT NOT NULL,
            author TEXT NOT NULL,
            submitted TEXT NOT NULL,
            cells TEXT NOT NULL,
            children TEXT
        )"""
    )
    store.execute(
        "CREATE INDEX export_rows_by_form"
        " ON export_rows (form_id, form_version, shape, submission_id)"
    )
    store.execute(
        "CREATE TRIGGER export_rows_follow_submissions AFTER UPDATE ON submissions"
        " BEGIN DELETE FROM export_rows WHERE submission_id = OLD.id; END"
    )


def _export_cells(store: Store) -> None:
    # Each export row also kept as the CSV a codes export writes (app/export/lines.py): its cells
    # made formula-safe and quoted once, so an export joins text instead of encoding every cell.
    for column in ("csv_head", "csv_tail", "csv_children"):
        store.execute(f"ALTER TABLE export_rows ADD COLUMN {column} TEXT")


def _referral_attachments(store: Store) -> None:
    # A referred case's attachments, each re-sealed for the receiving team as its own envelope
    # (app/referral_attachments.py). Sent: one row per attachment and team, so it is sealed and
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


def _device_approvals(store: Store) -> None:
    # Devices a supervisor approved on THIS laptop (app/device_approvals.py), with the keys they
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


def _trusted_supervisors(store: Store) -> None:
    # Which devices this laptop takes as a supervisor's (app/supervisor_trust.py): never the
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


def _team_directory_replacements(store: Store) -> None:
    # Another team's entry signed by a new key (its supervisor's laptop was replaced): kept aside,
    # unused, until a person compares its fingerprint and confirms it (app/team_directory.py).
    store.execute(
        """CREATE TABLE team_directory_replacements (
            team TEXT PRIMARY KEY,
            entry TEXT NOT NULL,
            signature TEXT NOT NULL,
            seen_at TEXT NOT NULL
        )"""
    )


def _pull_refetch(store: Store) -> None:
    # Items of the server's pull pages that were refused here (a bit flipped on the way, a device
    # not vouched for yet...), by their place in the server's sequence: fetched again with a
    # growing wait until a good copy arrives or a supervisor dismisses them (app/pull_refetch.py).
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


MIGRATIONS = [
    Migration("0001_initial", _initial),
    Migration("0002_records", _records),
    Migration("0003_cases", _cases),
    Migration("0004_sync", _sync),
    Migration("0005_outbox_refused", _outbox_refused),
    Migration("0006_erasure", _erasure),
    Migration("0007_forms", _forms),
    Migration("0008_attachments", _attachments),
    Migration("0009_referrals", _referrals),
    Migration("0011_export_rows", _export_rows),
    Migration("0013_kept_forms", _kept_forms),
    Migration("0014_export_cells", _export_cells),
    Migration("0015_referral_attachments", _referral_attachments),
    Migration("0016_device_approvals", _device_approvals),
    Migration("0017_trusted_supervisors", _trusted_supervisors),
    Migration("0018_team_directory_replacements", _team_directory_replacements),
    Migration("0019_pull_refetch", _pull_refetch),
]

"""The workspace database's migrations, in order. Add new ones at the end; never edit a shipped one.

A migration is recorded by its name in ``_migrations`` and applied once (``Store.migrate``). The
functions live by area in app/workspace/migrations/; a migration that touched two areas is filed
under the one it was written for (0006 also gives ``devices`` a role; 0008 also creates the
attachment outbox and downloads of sync).
"""

from __future__ import annotations

from app.workspace.migrations import cases, core, export, interviews, matching, team
from app.workspace.store import Migration

MIGRATIONS = [
    Migration("0001_initial", core.initial),
    Migration("0002_records", interviews.records),
    Migration("0003_cases", cases.cases),
    Migration("0004_sync", team.sync),
    Migration("0005_outbox_refused", team.outbox_refused),
    Migration("0006_erasure", cases.erasure),
    Migration("0007_forms", interviews.forms),
    Migration("0008_attachments", interviews.attachments),
    Migration("0009_referrals", team.referrals),
    Migration("0011_export_rows", export.export_rows),
    Migration("0013_kept_forms", interviews.kept_forms),
    Migration("0014_export_cells", export.export_cells),
    Migration("0015_referral_attachments", team.referral_attachments),
    Migration("0016_device_approvals", team.device_approvals),
    Migration("0017_trusted_supervisors", team.trusted_supervisors),
    Migration("0018_team_directory_replacements", team.team_directory_replacements),
    Migration("0019_pull_refetch", team.pull_refetch),
    Migration("0020_signed_roles", core.signed_roles),
    Migration("0021_case_tallies", cases.case_tallies),
    Migration("0022_audit_checkpoints", core.audit_checkpoints),
    Migration("0023_welcomed_before_roles", team.welcomed_before_roles),
    Migration("0024_case_order", cases.case_order),
    Migration("0025_case_match", matching.case_match),
    Migration("0026_case_order_one_letter", cases.case_order_one_letter),
]

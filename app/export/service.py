"""An export, end to end: choose, flatten, write, report, audit.

What leaves the laptop is chosen by the filters (dates, teams, forms, case status) and the format;
with ``deidentify`` only the k-anonymous research table does. Every export writes
``export-report.json`` beside its files (what was exported, counts, filters, what was left out
and why) and one audit row naming the same. Files are complete or absent: each is written under a
temporary name and renamed at the end, and a cancelled export removes what it wrote.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app import audit
from app.audit import Action
from app.durable import write_atomically
from app.errors import BadInput
from app.export.attachments import submission_ids_in, write_attachments
from app.export.deidentify import deidentify
from app.export.htcds import htcds_table
from app.export.tables import SubmissionRow, Table, build_tables
from app.export.writers import write_csv, write_json, write_xlsx
from app.form_library import FormLibrary
from app.roles import Permission
from app.session import Session

FORMATS = ("csv", "xlsx", "json", "htcds")


class Cancelled(Exception):
    """The person cancelled the export; nothing it wrote is left behind."""


@dataclass(frozen=True)
class ExportFilters:
    since: date | None = None
    until: date | None = None
    teams: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()


@dataclass
class ExportReport:
    format: str
    deidentified: bool
    files: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    submissions: int = 0
    cases: int = 0
    filters: dict[str, Any] = field(default_factory=dict)
    deidentification: dict[str, object] | None = None
    skipped_forms: list[str] = field(default_factory=list)
    left_out_for_withdrawn_consent: int = 0
    attachments: int = 0  # files written beside the tables, in attachments/

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _case_rows(session: Session, filters: ExportFilters) -> dict[str, dict[str, Any]]:
    where, params = ["1 = 1"], []
    if filters.teams:
        where.append(f"team IN ({','.join('?' * len(filters.teams))})")
        params += list(filters.teams)
    if filters.statuses:
        where.append(f"status IN ({','.join('?' * len(filters.statuses))})")
        params += list(filters.statuses)
    rows = session.store.query(
        f"SELECT case_id, state FROM cases WHERE {' AND '.join(where)}", params
    )
    return {r[0]: json.loads(r[1]) for r in rows}


def _withdrawn(state: dict[str, Any]) -> bool:
    return bool(state["fields"].get("_consent_withdrawn") == "all")


def _submission_cases(session: Session) -> dict[str, str]:
    rows = session.store.query(
        "SELECT json_extract(payload, '$.submission_id'), case_id FROM case_events"
        " WHERE json_extract(payload, '$.submission_id') IS NOT NULL"
    )
    return {r[0]: r[1] for r in rows}


def run_export(
    session: Session,
    *,
    format: str,
    out: Path,
    deidentified: bool = False,
    k: int = 11,
    language: str | None = None,
    filters: ExportFilters = ExportFilters(),
    library: FormLibrary | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ExportReport:
    session.require(Permission.EXPORT)
    if format not in FORMATS:
        raise BadInput(f"unknown export format {format!r}: choose one of {', '.join(FORMATS)}")
    if deidentified and k < 2:
        raise BadInput("k is at least 2")
    out.mkdir(parents=True, exist_ok=True)
    library = library or FormLibrary().on(session.store)  # shipped and published versions
    report = ExportReport(
        format, deidentified, filters={k: v for k, v in asdict(filters).items() if v}
    )
    cases = _case_rows(session, filters)
    withdrawn = {case_id for case_id, state in cases.items() if _withdrawn(state)}
    report.left_out_for_withdrawn_consent = len(withdrawn)
    for case_id in withdrawn:
        del cases[case_id]
    case_filter = bool(filters.teams or filters.statuses)
    by_submission = _submission_cases(session)

    def check() -> None:
        if cancelled():
            raise Cancelled

    def step(count: int) -> None:
        check()
        if progress:
            progress(count)

    written: list[Path] = []
    try:
        if deidentified:
            people = []
            for case_id, state in cases.items():
                follow_ups = sum(
                    1
                    for e in session.store.query(
                        "SELECT 1 FROM case_events WHERE case_id = ? AND type = 'follow_up'",
                        (case_id,),
                    )
                )
                people.append((state["fields"], follow_ups))
            table, de_report = deidentify(people, k)
            report.deidentification = de_report.to_json()
            report.cases = de_report.rows
            tables = [table]
        elif format == "htcds":
            intake_by_case: dict[str, dict[str, Any]] = {}
            for row in session.store.query(
                "SELECT id, data FROM submissions WHERE form_id = 'intake'"
            ):
                intake_case = by_submission.get(row[0])
                if intake_case:
                    intake_by_case[intake_case] = json.loads(row[1]).get("data", {})
            tables = [
                htcds_table(
                    (cid, st["fields"], intake_by_case.get(cid)) for cid, st in cases.items()
                )
            ]
            report.cases = len(cases)
        else:
            tables = _submission_tables(
                session,
                library,
                filters,
                cases,
                case_filter,
                by_submission,
                withdrawn,
                language,
                report,
                check,
            )
            tables.append(_cases_table(cases))
            report.cases = len(cases)
        check()
        if format == "xlsx":
            written.append(write_xlsx(tables, out / "fieldcase-export.xlsx", step))
        elif format == "json":
            written.append(write_json(tables, out / "fieldcase-export.json"))
        else:
            written += write_csv(tables, out, step)
        if not deidentified and format != "htcds":
            ids = submission_ids_in(tables)
            report.attachments = write_attachments(session, ids, out, check, written)
        report.files = [str(p.relative_to(out)) for p in written]
        report.rows = {t.name: len(t.rows) for t in tables}
        write_atomically(
            out / "export-report.json",
            json.dumps(report.to_json(), ensure_ascii=False, indent=2).encode(),
        )
    except Cancelled:
        for path in written:
            path.unlink(missing_ok=True)
        for part in out.glob(".*.part"):
            part.unlink(missing_ok=True)
        raise
    detail = json.dumps(
        {
            "format": format,
            "deidentified": deidentified,
            "rows": report.rows,
            "filters": report.filters,
            "attachments": report.attachments,
        }
    )
    audit.record(session.store, session.user, Action.EXPORT, str(out), detail[:2000])
    return report


def _submission_tables(
    session: Session,
    library: FormLibrary,
    filters: ExportFilters,
    cases: dict[str, dict[str, Any]],
    case_filter: bool,
    by_submission: dict[str, str],
    withdrawn: set[str],
    language: str | None,
    report: ExportReport,
    check: Callable[[], None],
) -> list[Table]:
    where, params = ["1 = 1"], []
    if filters.forms:
        where.append(f"form_id IN ({','.join('?' * len(filters.forms))})")
        params += list(filters.forms)
    if filters.since:
        where.append("created_at >= ?")
        params.append(filters.since.isoformat())
    if filters.until:
        where.append("created_at < date(?, '+1 day')")
        params.append(filters.until.isoformat())
    # SQLite's JSON functions pick out the answers and the instance id: the XML copy the record
    # also holds is never parsed here.
    rows = session.store.query(
        "SELECT id, form_id, form_version, author, json_extract(data, '$.data'),"
        " created_at, json_extract(data, '$.instance_id')"
        f" FROM submissions WHERE {' AND '.join(where)}"
        " ORDER BY form_id, form_version, id",
        params,
    )
    grouped: dict[tuple[str, str], list[SubmissionRow]] = {}
    for r in rows:
        case_id = by_submission.get(r[0])
        if (case_filter and case_id not in cases) or case_id in withdrawn:
            continue
        data = json.loads(r[4]) if r[4] else {}
        grouped.setdefault((r[1], r[2]), []).append(
            SubmissionRow(r[0], r[2], r[3], r[5], case_id, str(r[6] or ""), data)
        )
    tables: list[Table] = []
    for (form_id, version), subs in sorted(grouped.items()):
        check()
        try:
            definition = library.get(form_id, version)
        except BadInput:
            report.skipped_forms.append(f"{form_id} {version}")
            continue
        built = build_tables(definition, subs, language)
        if len([v for (f, v) in grouped if f == form_id]) > 1:
            for table in built:
                table.name = f"{table.name}-v{version}"
        tables += built
        report.submissions += len(subs)
    return tables


def _cases_table(cases: dict[str, dict[str, Any]]) -> Table:
    names = sorted(
        {k for state in cases.values() for k in state["fields"] if not k.startswith("_")}
    )
    columns = ["CASE_ID", "STATUS", "TEAM", "CONFLICTS", *names]
    rows = []
    for case_id, state in sorted(cases.items()):
        fields = state["fields"]
        rows.append(
            [
                case_id,
                str(fields.get("_status", "")),
                str(fields.get("_team") or ""),
                str(len(state["conflicts"])),
            ]
            + ["" if fields.get(n) is None else str(fields.get(n)) for n in names]
        )
    return Table("cases", columns, columns, rows)

"""An export, end to end: choose, flatten, write, report, audit.

What leaves the laptop is chosen by the filters (dates, teams, forms, case status) and the format;
with ``deidentify`` only the k-anonymous research table does. Every export writes
``export-report.json`` beside its files (what was exported, counts, filters, what was left out
and why) and one audit row naming the same. Files are complete or absent: each is written under a
temporary name and renamed at the end, and a cancelled export removes what it wrote. Files are
0600 and the folders the export makes 0700 (app/workspace/durable.py): identified data outside
the encryption is the exporting user's alone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.errors import BadInput, ReadOnlyFolder
from app.export.attachments import write_attachments
from app.export.deidentify import deidentify, label_deidentified
from app.export.htcds import htcds_table
from app.export.intake_forms import intake_forms, labelling_intake
from app.export.lines import CaseCells, main_line
from app.export.rows import ExportRows, FormVersion
from app.export.tables import Assembler, Table
from app.export.writers import CHUNK, write_csv, write_json, write_xlsx
from app.interviews.form_library import FormLibrary
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.durable import is_read_only, private_folder, write_atomically
from app.workspace.roles import Permission
from app.workspace.session import Session

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


def _case_filter(filters: ExportFilters) -> tuple[str, list[str]]:
    """The SQL condition on ``cases`` of the team and status filters, and its parameters."""
    where, params = ["1 = 1"], []
    if filters.teams:
        where.append(f"team IN ({','.join('?' * len(filters.teams))})")
        params += list(filters.teams)
    if filters.statuses:
        where.append(f"status IN ({','.join('?' * len(filters.statuses))})")
        params += list(filters.statuses)
    return " AND ".join(where), params


def _case_rows(session: Session, filters: ExportFilters) -> dict[str, dict[str, Any]]:
    """Every chosen case's state, for the tables made in memory (de-identified, HTCDS)."""
    where, params = _case_filter(filters)
    rows = session.store.query(f"SELECT case_id, state FROM cases WHERE {where}", params)
    return {r[0]: json.loads(r[1]) for r in rows}


# A case whose person withdrew consent to every use: never exported.
_WITHDRAWN = "json_extract(state, '$.fields._consent_withdrawn') IS 'all'"


@dataclass
class _Chosen:
    """The cases an export of submissions keeps, as ids (never their states): ``cases`` is None
    when no team or status filter is set (every case is chosen)."""

    where: str
    params: list[str]
    cases: set[str] | None
    withdrawn: set[str]
    count: int

    def keeps(self, case_id: str | None) -> bool:
        if self.cases is not None and case_id not in self.cases:
            return False
        return case_id not in self.withdrawn


def _chosen(session: Session, filters: ExportFilters) -> _Chosen:
    where, params = _case_filter(filters)
    store = session.store
    withdrawn = {
        str(r[0])
        for r in store.query(f"SELECT case_id FROM cases WHERE {where} AND {_WITHDRAWN}", params)
    }
    cases = None
    if filters.teams or filters.statuses:
        cases = {str(r[0]) for r in store.query(f"SELECT case_id FROM cases WHERE {where}", params)}
        count = len(cases) - len(withdrawn)
    else:
        count = int(store.scalar("SELECT count(*) FROM cases")) - len(withdrawn)
    return _Chosen(where, params, cases, withdrawn, count)


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
    try:
        private_folder(out)  # folders made for the export are 0700, its files 0600
    except OSError as exc:
        if is_read_only(exc):
            raise _read_only(out) from exc
        raise
    library = library or FormLibrary().on(session.store)  # shipped and published versions
    report = ExportReport(
        format,
        deidentified,
        filters={  # dates as ISO text: the report and the audit row are JSON
            k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(filters).items() if v
        },
    )
    chosen = _chosen(session, filters)
    report.left_out_for_withdrawn_consent = len(chosen.withdrawn)
    by_submission = _submission_cases(session)

    def check() -> None:
        if cancelled():
            raise Cancelled

    def step(count: int) -> None:
        check()
        if progress:
            progress(count)

    written: list[Path] = []
    exported_ids: set[str] = set()
    try:
        if deidentified:
            cases = _without(_case_rows(session, filters), chosen.withdrawn)
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
            intake = labelling_intake(session, library) if language else None
            if intake is not None and language:
                label_deidentified(table, intake, language)
            report.deidentification = de_report.to_json()
            report.cases = de_report.rows
            tables = [table]
        elif format == "htcds":
            cases = _without(_case_rows(session, filters), chosen.withdrawn)
            intake_by_case: dict[str, dict[str, Any]] = {}
            intakes = intake_forms(session, library)  # the forms that open cases
            for row in session.store.query(
                f"SELECT id, data FROM submissions WHERE form_id IN ({','.join('?' * len(intakes))})",
                intakes,
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
            tables, exported_ids = _submission_tables(
                session,
                library,
                filters,
                chosen,
                by_submission,
                language,
                format == "csv" and not language,
                report,
                check,
            )
            tables.append(_cases_table(session, chosen, check))
            report.cases = chosen.count
        check()
        if format == "xlsx":
            written.append(write_xlsx(tables, out / "fieldcase-export.xlsx", step))
        elif format == "json":
            written.append(write_json(tables, out / "fieldcase-export.json"))
        else:
            written += write_csv(tables, out, step)
        if not deidentified and format != "htcds":
            ids = sorted(exported_ids)
            report.attachments = write_attachments(session, ids, out, check, written)
        report.files = [str(p.relative_to(out)) for p in written]
        report.rows = {t.name: t.count() for t in tables}
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
    except OSError as exc:
        if is_read_only(exc):
            raise _read_only(out) from exc
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


def _read_only(out: Path) -> ReadOnlyFolder:
    """A read-only disk or a folder this user may not write: one line naming the folder."""
    return ReadOnlyFolder(
        f"the export folder is read-only: {out} (a disk mounted read-only, or no permission"
        " to write there); nothing was exported",
        str(out),
    )


def _date_filters(filters: ExportFilters, column: str) -> tuple[list[str], list[str]]:
    where, params = [], []
    if filters.since:
        where.append(f"{column} >= ?")
        params.append(filters.since.isoformat())
    if filters.until:
        where.append(f"{column} < date(?, '+1 day')")
        params.append(filters.until.isoformat())
    return where, params


def _submission_tables(
    session: Session,
    library: FormLibrary,
    filters: ExportFilters,
    chosen: _Chosen,
    by_submission: dict[str, str],
    language: str | None,
    as_lines: bool,
    report: ExportReport,
    check: Callable[[], None],
) -> tuple[list[Table], set[str]]:
    """One table per form version (and per repeat), streamed from the export rows
    (``app.export.rows``): each submission is flattened once, when first exported, and kept, so
    an export reads cells, not records, a batch at a time, as the writer asks for them.
    ``as_lines`` (a CSV export of codes): the tables stream the rows' CSV lines. Also returns
    the ids of the submissions exported (read in a first pass over the ids alone)."""
    store = ExportRows(session.store, library)
    sent: set[str] = set()
    versions = sorted(store.versions())
    if filters.forms:
        versions = [v for v in versions if v[0] in filters.forms]

    def kept(submission_id: str) -> bool:
        return chosen.keeps(by_submission.get(submission_id))

    built: dict[tuple[str, str], list[Table]] = {}
    exported: list[tuple[str, str]] = []  # form versions with a submission in this export
    for form_id, version in versions:
        check()
        form = store.version(form_id, version)
        where, params = _date_filters(filters, "created_at")
        ids = [sid for sid in store.ids(form, where, params) if kept(sid)]
        if form.definition is None or form.flattener is None:
            if ids:
                exported.append((form_id, version))
                report.skipped_forms.append(f"{form_id} {version}")
            continue
        if ids:
            sent.update(ids)
            exported.append((form_id, version))
            assembler = Assembler(form.definition, form.flattener.shape, language, as_lines)
            where, params = _date_filters(filters, "submitted")
            built[(form_id, version)] = _streamed(
                store, form, ids, where, params, assembler, kept, by_submission, as_lines, check
            )
            report.submissions += len(ids)
    tables: list[Table] = []
    for form_id, version in sorted(built):
        if sum(1 for f, _ in exported if f == form_id) > 1:
            for table in built[(form_id, version)]:
                table.name = f"{table.name}-v{version}"
        tables += built[(form_id, version)]
    return tables, sent


def _streamed(
    store: ExportRows,
    form: FormVersion,
    ids: list[str],
    where: list[str],
    params: list[str],
    assembler: Assembler,
    kept: Callable[[str], bool],
    by_submission: dict[str, str],
    as_lines: bool,
    check: Callable[[], None],
) -> list[Table]:
    """The tables of one form version (its main table, then one per repeat), each reading its
    rows when written: the main table the rows of ``ids`` (made and kept on the way where
    missing), a repeat's table the kept repeats' rows of the submissions that have some
    (``where`` may test ``submitted``)."""
    loads = json.loads
    version = form.version

    def main_lines() -> Iterator[list[str]]:
        case_cell = CaseCells()
        for batch in store.lines(form, ids):
            check()
            yield [
                main_line(head, case_cell(by_submission.get(sid) or ""), tail)
                for sid, head, tail, _ in batch
            ]

    def main_rows() -> Iterator[list[list[str]]]:
        chunk: list[list[str]] = []
        for batch in store.cells(form, ids):
            for sid, key, author, submitted, cells, _ in batch:
                meta = [key, sid, version, author, submitted, by_submission.get(sid) or ""]
                meta.extend(assembler.main_cells(cells))
                chunk.append(meta)
                if len(chunk) == CHUNK:
                    check()
                    yield chunk
                    chunk = []
        yield chunk

    def child(repeat: str) -> Callable[[], Iterator[list[Any]]]:
        def rows() -> Iterator[list[Any]]:
            for batch in store.read_children(form, where, params, as_lines):
                check()
                out: list[Any] = []
                for sid, children in batch:
                    if kept(sid):
                        found = loads(children).get(repeat)
                        if found:
                            out += (
                                found
                                if as_lines
                                else map(lambda row: assembler.child_row(repeat, row), found)
                            )
                yield out

        return rows

    tables = assembler.tables()
    tables[0].source = main_lines if as_lines else main_rows
    for table, repeat in zip(tables[1:], assembler.repeats(), strict=True):
        table.source = child(repeat)
    for table in tables:
        table.streams_lines = as_lines
        table.lines = None
    return tables


def _cases_table(session: Session, chosen: _Chosen, check: Callable[[], None]) -> Table:
    """The chosen cases, one row each in case id order, read a batch at a time: its columns are
    every field any of them holds (found by SQL first, so no case is held to find them)."""
    store = session.store
    names = sorted(
        {
            str(r[0])
            for r in store.query(
                f"SELECT DISTINCT f.key FROM cases, json_each(cases.state, '$.fields') AS f"
                f" WHERE {chosen.where} AND NOT {_WITHDRAWN}",
                chosen.params,
            )
            if not str(r[0]).startswith("_")
        }
    )
    columns = ["CASE_ID", "STATUS", "TEAM", "CONFLICTS", *names]

    def rows() -> Iterator[list[list[str]]]:
        after = ""
        sql = (
            f"SELECT case_id, state FROM cases WHERE {chosen.where} AND NOT {_WITHDRAWN}"
            f" AND case_id > ? ORDER BY case_id LIMIT {CHUNK}"
        )
        loads = json.loads
        while batch := store.query(sql, [*chosen.params, after]):
            check()
            after = batch[-1][0]
            chunk = []
            for case_id, text in batch:
                state = loads(text)
                fields = state["fields"]
                chunk.append(
                    [
                        case_id,
                        str(fields.get("_status", "")),
                        str(fields.get("_team") or ""),
                        str(len(state["conflicts"])),
                    ]
                    + ["" if fields.get(n) is None else str(fields.get(n)) for n in names]
                )
            yield chunk

    return Table("cases", columns, columns, source=rows)


def _without(cases: dict[str, dict[str, Any]], withdrawn: set[str]) -> dict[str, dict[str, Any]]:
    return {case_id: state for case_id, state in cases.items() if case_id not in withdrawn}

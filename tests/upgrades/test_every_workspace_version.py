"""A laptop updated from any earlier version keeps everything it held, and its team still works.

tests/upgrades/workspaces/ holds, for every earlier version of the workspace schema, two laptops
of one team made by that version's own code (tests/upgrades/make_workspaces.py: users of each
role, a team founded and joined, synthetic cases, a draft, an export, work moved both ways by USB
file). ``made.json`` says what the old code itself saw in them. Here today's code opens a copy of
each, as a person would after installing the update, and everything must still be there: every user
logs in with the password they had and the role they had, ``fieldcase check`` says ok, every case,
submission, draft, envelope waiting to leave and envelope received is there with the same content;
then the two updated laptops exchange new work by USB file with today's command line.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main as fieldcase_main
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.interpreter_session import InterpreterSession
from app.workspace.roles import Role
from app.workspace.schema import MIGRATIONS
from app.workspace.session import Session

HERE = Path(__file__).resolve().parent
WORKSPACES = HERE / "workspaces"
MADE = sorted(path for path in WORKSPACES.iterdir() if (path / "made.json").is_file())


def made_of(folder: Path) -> dict[str, Any]:
    made: dict[str, Any] = json.loads((folder / "made.json").read_text(encoding="utf-8"))
    return made


@pytest.fixture(params=MADE, ids=[path.name for path in MADE])
def version(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """A copy of one earlier version's two laptops (the committed files stay as they were)."""
    copy = tmp_path / request.param.name
    shutil.copytree(request.param, copy)
    return copy, made_of(request.param)


def test_every_user_finds_everything_they_left(version: tuple[Path, dict[str, Any]]) -> None:
    folder, made = version
    passwords = made["passwords"]
    for laptop, held in made["laptops"].items():
        seen = held["seen"]
        where = f"{folder.name}/{laptop}"
        # Every user, with the password they had: the role they had.
        for user in seen["users"]:
            opened = Workspace.at(folder / laptop).sign_in(user["name"], passwords[user["name"]])
            if (
                user["role"] == Role.INTERPRETER.value
            ):  # today an interpreter holds no workspace key
                assert isinstance(opened, InterpreterSession), f"{where}: {user['name']}"
            else:
                assert isinstance(opened, Session), f"{where}: {user['name']}"
                assert opened.role is Role(user["role"]), f"{where}: {user['name']}'s role"
            opened.lock()
        owner = held["user"]
        session = Workspace.at(folder / laptop).login(owner, passwords[owner])
        try:
            applied = {row["name"] for row in session.store.query("SELECT name FROM _migrations")}
            assert applied == {m.name for m in MIGRATIONS}, f"{where}: not every migration ran"
            report = session.check()
            assert report["ok"] is True, f"{where}: fieldcase check after the update: {report}"

            book = case_book(session)
            listed = {row.case_id: row for row in book.list_cases(limit=1000).rows}
            assert set(listed) == {case["case_id"] for case in seen["cases"] or []}, where
            for case in seen["cases"] or []:
                row = listed[case["case_id"]]
                assert row.status == case["status"], f"{where}: status of {case['case_id']}"
                # The name it had is still the one it is found by (today's rule may add the
                # name in another script beside it).
                word = case["display_name"].split()[0]
                found = {r.case_id for r in book.list_cases(query=word, limit=1000).rows}
                assert case["case_id"] in found, f"{where}: {case['display_name']!r} not found"
            events = {row["id"] for row in session.store.query("SELECT id FROM case_events")}
            assert {e["id"] for e in seen["case_events"] or []} <= events, where

            for submission in seen["submissions"] or []:
                kept = session.submission(submission["id"])  # the whole record, answers and XML
                assert kept == json.loads(submission["data"]), f"{where}: {submission['id']}"

            for name, table, key in (
                ("outbox", "outbox", "envelope_id"),
                ("inbox", "inbox", "envelope_id"),
                ("attachments", "attachments", "id"),
                ("devices", "devices", "device"),
            ):
                if seen[name] is None:
                    continue
                now = {row[0] for row in session.store.query(f"SELECT {key} FROM {table}")}
                assert {item[key] for item in seen[name]} <= now, f"{where}: {name}"
            waiting = {e["envelope_id"] for e in seen["outbox"] or [] if not e["sent_at"]}
            still = {
                row[0]
                for row in session.store.query(
                    "SELECT envelope_id FROM outbox WHERE sent_at IS NULL"
                )
            }
            assert waiting <= still, f"{where}: work waiting to leave was marked sent"
        finally:
            session.lock()

        # The draft is resumed by the one who started it, as she left it.
        for draft in seen["drafts"] or []:
            owner_session = Workspace.at(folder / laptop).login(
                draft["owner"], passwords[draft["owner"]]
            )
            try:
                resumed = owner_session.load_draft(draft["id"])
                assert resumed == json.loads(draft["data"]), f"{where}: the draft"
            finally:
                owner_session.lock()


def fieldcase(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], password: str, *args: str
) -> str:
    """Today's command line, in this process, the password on standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    status = fieldcase_main(list(args))
    out, err = capsys.readouterr()
    assert status == 0, f"fieldcase {' '.join(args[:2])}: {err} {out}"
    return out


def test_the_updated_laptops_still_work_as_a_team(
    version: tuple[Path, dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    folder, made = version
    if "transfer both ways" not in made["steps"]:
        pytest.skip(f"{folder.name}: this version had no teams and USB transfer yet")
    pw = made["passwords"]
    a = ["--workspace", str(folder / "laptop-a"), "--user", "ana", "--password-stdin"]
    b = ["--workspace", str(folder / "laptop-b"), "--user", "bopha", "--password-stdin"]
    # New work on B after the update reaches A; A's goes to B.
    fieldcase(monkeypatch, capsys, pw["bopha"], "demo", *b, "--cases", "2", "--seed", "99")
    fieldcase(monkeypatch, capsys, pw["bopha"], "transfer", "out", *b, "--out", str(tmp_path / "b"))
    report = json.loads(
        fieldcase(
            monkeypatch, capsys, pw["ana"], "transfer", "in", *a, "--file", str(tmp_path / "b")
        )
    )
    assert report.get("refused", 0) in (0, []), report
    fieldcase(monkeypatch, capsys, pw["ana"], "demo", *a, "--cases", "1", "--seed", "98")
    fieldcase(monkeypatch, capsys, pw["ana"], "transfer", "out", *a, "--out", str(tmp_path / "a"))
    fieldcase(monkeypatch, capsys, pw["bopha"], "transfer", "in", *b, "--file", str(tmp_path / "a"))

    counts = {}
    for laptop, user in (("laptop-a", "ana"), ("laptop-b", "bopha")):
        session = Workspace.at(folder / laptop).login(user, pw[user])
        try:
            counts[laptop] = {row.case_id for row in case_book(session).list_cases(limit=1000).rows}
        finally:
            session.lock()
    before = {
        laptop: {c["case_id"] for c in made["laptops"][laptop]["seen"]["cases"] or []}
        for laptop in counts
    }
    assert counts["laptop-a"] == counts["laptop-b"], "the two laptops do not hold the same cases"
    assert len(counts["laptop-a"]) == len(before["laptop-a"] | before["laptop-b"]) + 3


def versions_in_history() -> list[tuple[str, tuple[str, ...]]] | None:
    """Each different migration list on main's history with the last commit that had it; None
    where this checkout has no history (an archive, a shallow clone)."""
    root = HERE.parents[1]
    try:
        commits = subprocess.run(
            ["git", "rev-list", "--reverse", "--first-parent", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    if not commits or (root / ".git" / "shallow").exists():
        return None
    from tests.upgrades.make_workspaces import history

    return [(commit, tuple(names)) for commit, names in history()]


def test_every_earlier_version_has_its_workspaces() -> None:
    """A migration added to app/workspace/schema.py makes today's version an earlier one: its
    laptops must be made (run tests/upgrades/make_workspaces.py, which adds the missing ones)."""
    versions = versions_in_history()
    if versions is None:
        pytest.skip("this checkout has no git history to list the earlier versions from")
    today = tuple(m.name for m in MIGRATIONS)
    represented = {tuple(made_of(path)["migrations"]) for path in MADE}
    missing = [
        f"{len(names)} migrations, last {names[-1]} (commit {commit[:7]})"
        for commit, names in versions
        if names != today and names not in represented
    ]
    assert not missing, (
        "no workspace made by these earlier versions; run"
        " `.venv/bin/python tests/upgrades/make_workspaces.py`: " + "; ".join(missing)
    )
    for path in MADE:
        names = made_of(path)["migrations"]
        assert set(names) <= set(today), f"{path.name}: a migration that is no longer shipped"
        assert re.fullmatch(r"v\d\d-[0-9a-f]{7}", path.name)

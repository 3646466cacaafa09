"""Make the workspaces of tests/upgrades/workspaces/ with the code of each earlier schema version.

Each earlier version of the workspace schema (each different list of migrations in
app/workspace/schema.py, formerly app/schema.py, on main's history) is represented by the last
commit that had it. This script takes that commit's code out of git (``git archive``), runs its own
command line (or, where that commit's command line did not start, its Python API) with this
checkout's virtual environment, and makes two laptops of one team the way people did then:

- laptop A: supervisor ana makes the workspace, adds a social worker (sokha) and an interpreter
  (vit), founds a team, adds synthetic cases (``demo``), saves a draft, exports once (which fills
  the export caches of the versions that had them);
- laptop B: supervisor bopha makes hers, asks to join, A admits it, B joins; A's sealed work
  goes to B by USB transfer file; B adds cases and sends them to A the same way.

What each laptop holds afterwards (case ids and names, submission ids, draft ids and answers,
users and roles, outbox and inbox counts) is read with the same old code and written to
``made.json`` beside the folders, so tests/upgrades/test_every_workspace_version.py can check
today's code against what the old code itself saw.

Run: ``.venv/bin/python tests/upgrades/make_workspaces.py`` (adds the versions missing; the
folders already there were made by their own version's code and are never made again). Needs git
history (a clone, not an archive).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "workspaces"
SCHEMA_FILES = ("app/workspace/schema.py", "app/schema.py", "app/store.py")
PASSWORDS = {
    "ana": "ana's long passphrase 1",
    "sokha": "sokha's long passphrase 2",
    "vit": "vit's long passphrase 3",
    "bopha": "bopha's long passphrase 4",
}

# Which data each laptop holds, read by the old code itself (run inside the old checkout).
READ_BACK = r"""
import json, sys
try:
    from app.workspace.folder import Workspace
except ImportError:
    from app.workspace import Workspace
folder, user, password = sys.argv[1:4]
session = Workspace.at(folder).login(user, password) if hasattr(Workspace, "at") else Workspace(folder).login(user, password)
store = session.store
def rows(sql):
    try:
        return [dict(r) for r in store.query(sql)]
    except Exception as error:  # the table is not in this version
        return None
out = {
    "migrations": [r["name"] for r in rows("SELECT name FROM _migrations ORDER BY rowid")],
    "users": rows("SELECT name, role, disabled FROM users ORDER BY name"),
    "cases": rows("SELECT case_id, display_name, status FROM cases ORDER BY case_id"),
    "case_events": rows("SELECT id FROM case_events ORDER BY id"),
    "submissions": rows("SELECT id, form_id, form_version, data FROM submissions ORDER BY id"),
    "drafts": rows("SELECT id, form_id, owner, data FROM drafts ORDER BY id"),
    "outbox": rows("SELECT envelope_id, kind, sent_at FROM outbox ORDER BY envelope_id"),
    "inbox": rows("SELECT envelope_id, status FROM inbox ORDER BY envelope_id"),
    "devices": rows("SELECT device, status FROM devices ORDER BY device"),
    "attachments": rows("SELECT id, sha256 FROM attachments ORDER BY id"),
    "audit_rows": store.scalar("SELECT count(*) FROM audit"),
    "settings": {r["key"]: r["value"] for r in rows("SELECT key, value FROM settings") if r["key"] in ("team", "team_id", "device_id", "workspace_id")},
}
print(json.dumps(out))
"""

# A draft saved through the old session (the interview screen's own call).
SAVE_DRAFT = r"""
import json, sys
try:
    from app.workspace.folder import Workspace
except ImportError:
    from app.workspace import Workspace
folder, user, password = sys.argv[1:4]
session = Workspace.at(folder).login(user, password) if hasattr(Workspace, "at") else Workspace(folder).login(user, password)
data = {"prs_FirstName": "Sreypov", "prs_LastName": "Sok", "note": "ថ្ងៃនេះ ថ្ងៃទី ១"}
try:
    row = session.store.query_one(
        "SELECT form_id, form_version FROM submissions WHERE form_id = 'intake' LIMIT 1")
except Exception:
    row = None
form_id, version = (row["form_id"], row["form_version"]) if row else ("intake", "1")
draft_id = session.save_draft(form_id, version, data, interpreter="vit")
print(json.dumps({"draft": draft_id}))
"""


def history() -> list[tuple[str, list[str]]]:
    """(commit, migration names) for the last commit of each schema version, oldest first."""
    commits = subprocess.run(
        ["git", "rev-list", "--reverse", "--first-parent", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    versions: dict[tuple[str, ...], str] = {}
    order: list[tuple[str, ...]] = []
    for commit in commits:
        for path in SCHEMA_FILES:
            shown = subprocess.run(
                ["git", "show", f"{commit}:{path}"], cwd=ROOT, capture_output=True, text=True
            )
            names = re.findall(r'Migration\(\s*"([0-9a-z_]+)"', shown.stdout)
            if names:
                key = tuple(names)
                if key not in versions:
                    order.append(key)
                versions[key] = commit
                break
    return [(versions[key], list(key)) for key in order]


class OldCode:
    def __init__(self, commit: str, into: Path) -> None:
        self.commit = commit
        self.path = into
        archive = subprocess.run(
            ["git", "archive", "--format=tar", commit], cwd=ROOT, capture_output=True, check=True
        ).stdout
        into.mkdir(parents=True)
        with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
            tar.extractall(into, filter="data")
        entry = "app.start.main" if (into / "app/start/main.py").is_file() else "app.cli"
        self.entry = f"import sys; from {entry} import main; sys.exit(main(sys.argv[1:]))"
        self.env = {**os.environ, "PYTHONPATH": str(into), "QT_QPA_PLATFORM": "offscreen"}

    def cli(self, *args: str, stdin: str = "") -> str:
        done = subprocess.run(
            [sys.executable, "-c", self.entry, *args],
            cwd=self.path,
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(
                f"{self.commit[:7]} {' '.join(args[:2])}: {done.stderr.strip()[-400:]}"
            )
        return done.stdout

    def works(self) -> bool:
        try:
            self.cli("--help")
            return True
        except RuntimeError:
            return False

    def python(self, script: str, *args: str) -> Any:
        done = subprocess.run(
            [sys.executable, "-c", script, *args],
            cwd=self.path,
            env=self.env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{self.commit[:7]} python: {done.stderr.strip()[-600:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def make(commit: str, names: list[str], into: Path, work: Path) -> dict[str, Any]:
    old = OldCode(commit, work / "code")
    a, b = into / "laptop-a", into / "laptop-b"
    steps: list[str] = []

    def as_user(folder: Path, user: str, *args: str, more: str = "") -> str:
        return old.cli(
            *args,
            "--workspace",
            str(folder),
            "--user",
            user,
            "--password-stdin",
            stdin=PASSWORDS[user] + "\n" + more,
        )

    if not old.works():
        # That commit's command line imported a module of a commit made beside it; its
        # workspace code is whole, so the workspace is made through its Python API.
        old.python(
            "import sys\ntry:\n from app.workspace.folder import Workspace\nexcept ImportError:\n"
            " from app.workspace import Workspace\n"
            "session = Workspace.create(sys.argv[1], 'ana', sys.argv[2])[0]\n"
            "for name, role, pw in (('sokha','social_worker',sys.argv[3]),('vit','interpreter',sys.argv[4])):\n"
            " session.add_user(name, role, pw)\nprint('{}')\n",
            str(a),
            PASSWORDS["ana"],
            PASSWORDS["sokha"],
            PASSWORDS["vit"],
        )
        steps += ["init (python)", "users (python)"]
    else:
        old.cli(
            "init",
            "--workspace",
            str(a),
            "--user",
            "ana",
            "--password-stdin",
            stdin=PASSWORDS["ana"] + "\n",
        )
        steps.append("init")
        for name, role in (("sokha", "social_worker"), ("vit", "interpreter")):
            as_user(
                a, "ana", "user", "add", "--name", name, "--role", role, more=PASSWORDS[name] + "\n"
            )
        steps.append("users")
        help_text = old.cli("--help")
        if " team " in help_text or "\n    team" in help_text:
            as_user(a, "ana", "team", "create", "--name", "mekong-shelter")
            steps.append("team")
        if "\n    demo" in help_text:
            as_user(a, "ana", "demo", "--cases", "3", "--seed", "7")
            steps.append("demo")
        if "team" in steps:
            old.cli(
                "init",
                "--workspace",
                str(b),
                "--user",
                "bopha",
                "--password-stdin",
                stdin=PASSWORDS["bopha"] + "\n",
            )
            request = work / "request.json"
            shown = as_user(b, "bopha", "team", "request", "--out", str(request))
            fingerprint = re.search(r"[0-9A-Z]{4}(?:[- ][0-9A-Z]{4}){3,}", shown)
            if fingerprint is None:  # the request file names it
                fingerprint = re.search(r'"fingerprint":\s*"([^"]+)"', request.read_text())
                value = fingerprint.group(1) if fingerprint else ""
            else:
                value = fingerprint.group(0)
            welcome = work / "welcome.json"
            as_user(
                a,
                "ana",
                "team",
                "admit",
                "--request",
                str(request),
                "--fingerprint",
                value,
                "--out",
                str(welcome),
            )
            as_user(b, "bopha", "team", "join", "--welcome", str(welcome))
            steps.append("second laptop joined")
            if "\n    transfer" in help_text:
                moved = work / "a-to-b.fieldcase"
                as_user(a, "ana", "transfer", "out", "--out", str(moved))
                as_user(b, "bopha", "transfer", "in", "--file", str(moved))
                as_user(b, "bopha", "demo", "--cases", "2", "--seed", "11")
                back = work / "b-to-a.fieldcase"
                as_user(b, "bopha", "transfer", "out", "--out", str(back))
                as_user(a, "ana", "transfer", "in", "--file", str(back))
                steps.append("transfer both ways")
        if "\n    export" in help_text and "demo" in steps:
            as_user(a, "ana", "export", "--format", "csv", "--out", str(work / "export"))
            steps.append("export")
    try:
        old.python(SAVE_DRAFT, str(a), "sokha", PASSWORDS["sokha"])
        steps.append("draft")
    except RuntimeError as error:
        steps.append(f"no draft: {str(error).splitlines()[-1][:120]}")
    made: dict[str, Any] = {"commit": commit, "migrations": names, "steps": steps, "laptops": {}}
    for folder, user in ((a, "ana"), (b, "bopha")):
        if folder.exists():
            made["laptops"][folder.name] = {
                "user": user,
                "seen": old.python(READ_BACK, str(folder), user, PASSWORDS[user]),
            }
    made["passwords"] = PASSWORDS
    return made


def main() -> None:
    versions = history()[:-1]  # today's own version is made by today's tests
    OUT.mkdir(exist_ok=True)
    have = {
        tuple(json.loads(made.read_text(encoding="utf-8"))["migrations"])
        for made in OUT.glob("*/made.json")
    }
    for commit, names in versions:
        if tuple(names) in have:
            continue  # made once, by that version's code; never made again
        into = OUT / f"v{len(names):02d}-{commit[:7]}"
        if into.exists():
            shutil.rmtree(into)  # a making cut short
        with tempfile.TemporaryDirectory() as work:
            made = make(commit, names, into, Path(work))
        (into / "made.json").write_text(json.dumps(made, indent=1, ensure_ascii=False) + "\n")
        print(f"{into.name}: {len(names)} migrations; {', '.join(made['steps'])}")


if __name__ == "__main__":
    main()

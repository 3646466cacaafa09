"""``fieldcase doctor``: can this laptop run fieldcase, and if not, what to install.

    doctor [--workspace DIR] [--user NAME --password-stdin] [--json]

Prints a readable summary and, as its last line, one JSON object (only the JSON with ``--json``).
Exit 0 when the desktop app can run here, 1 otherwise; the camera is reported but optional.

What it looks at: Python; the system libraries Qt's modules and platform plugin need (the desktop
app refuses to start, saying the same, when one is missing); the camera's (libpulse0); the fonts and
translations the app brings; the workspace folder (made or not, writable, free space); and, with a
user's password (the address is stored encrypted), the sync server's address, its TLS pin and
whether it answers now. Nothing is changed; a login it makes is audited like any other.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import app
from app.system import default_workspace
from app.system.libraries import LibraryCheck, camera_check, desktop_check

PYTHON_NEEDED = (3, 11)
LOW_DISK_MB = 500  # a workspace with photos grows; below this a laptop is close to full
UI = Path(app.__file__).resolve().parent / "ui"
TRANSLATIONS = ("km", "lo", "th", "my", "vi", "zh")
FONT_SCRIPTS = {
    "Khmer": "NotoSansKhmer-Regular.ttf",
    "Lao": "NotoSansLao-Regular.ttf",
    "Thai": "NotoSansThai-Regular.ttf",
    "Burmese": "NotoSansMyanmar-Regular.ttf",
    "Chinese": "NotoSansCJKsc-Regular-GB2312.otf",
    "Latin and Vietnamese": "NotoSans-Regular.ttf",
}


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "doctor",
        help="check that this machine can run fieldcase, and say what to install if not",
        description="Exit 0 when the desktop app can run here, 1 otherwise. With --user and "
        "--password-stdin (your password on standard input) it also reads the sync server's "
        "address and TLS pin, which are stored encrypted, and asks whether the server answers.",
    )
    parser.add_argument("--workspace", help="workspace folder (default: the desktop app's)")
    parser.add_argument("--user", help="your user name, to read the sync server's settings")
    parser.add_argument(
        "--password-stdin", action="store_true", help="read your password from standard input"
    )
    parser.add_argument("--json", action="store_true", help="print only the JSON object")
    parser.set_defaults(handler=_doctor)


def _doctor(args: argparse.Namespace) -> int:
    from app.errors import BadInput

    if bool(args.user) != bool(args.password_stdin):
        raise BadInput("give --user and --password-stdin together (to read the server settings)")
    folder = Path(args.workspace) if args.workspace else default_workspace()
    checks: dict[str, dict[str, Any]] = {
        "python": python_check(),
        "qt": _libraries(desktop_check(), required=True),
        "camera": _libraries(camera_check(), required=False),
        "fonts": fonts_check(),
        "translations": translations_check(),
        "workspace": workspace_check(folder),
        "server": server_check(args, folder),
    }
    ok = all(check["ok"] for check in checks.values() if check["required"])
    result = {"ok": ok, **checks}
    if not args.json:
        for name, check in checks.items():
            print(f"{_mark(check):5} {name:13} {check['summary']}")
        print(
            "fieldcase can run here." if ok else "fieldcase cannot run here yet (see FAIL above)."
        )
    print(json.dumps(result, ensure_ascii=False))
    return 0 if ok else 1


def _mark(check: dict[str, Any]) -> str:
    if check["ok"] is None:
        return "--"
    if check["ok"]:
        return "ok"
    return "FAIL" if check["required"] else "warn"


def python_check() -> dict[str, Any]:
    version = ".".join(str(part) for part in sys.version_info[:3])
    ok = sys.version_info[:2] >= PYTHON_NEEDED
    needed = ".".join(str(part) for part in PYTHON_NEEDED)
    return {
        "ok": ok,
        "required": True,
        "version": version,
        "executable": sys.executable,
        "summary": f"Python {version}" + ("" if ok else f" (fieldcase needs {needed} or newer)"),
    }


def _libraries(check: LibraryCheck, *, required: bool) -> dict[str, Any]:
    try:
        qt_version: str | None = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        qt_version = None
    what = "the desktop app" if required else "the camera"
    if not check.applies:
        summary = "no system libraries to check on this system"
    elif check.ok:
        summary = f"Qt {qt_version}, platform {check.platform}: every system library found"
        if not required:
            summary = "Qt Multimedia: every system library found"
    else:
        summary = check.one_line(what)
        if not required:
            summary += " (photos can still be chosen from files)"
    return {"required": required, "qt_version": qt_version, **check.to_json(), "summary": summary}


def fonts_check() -> dict[str, Any]:
    missing = [
        script for script, name in FONT_SCRIPTS.items() if not (UI / "fonts" / name).is_file()
    ]
    return {
        "ok": not missing,
        "required": True,
        "folder": str(UI / "fonts"),
        "missing": missing,
        "summary": "bundled fonts for Khmer, Lao, Thai, Burmese, Chinese, Latin and Vietnamese"
        if not missing
        else f"bundled fonts missing for {', '.join(missing)} (reinstall fieldcase)",
    }


def translations_check() -> dict[str, Any]:
    folder = UI / "i18n"
    missing = [code for code in TRANSLATIONS if not (folder / f"fieldcase_{code}.qm").is_file()]
    return {
        "ok": not missing,
        "required": True,
        "folder": str(folder),
        "missing": missing,
        "summary": "interface in " + ", ".join(("en", *TRANSLATIONS))
        if not missing
        else f"translations not built for {', '.join(missing)} (run make translations)",
    }


def workspace_check(folder: Path) -> dict[str, Any]:
    from app.errors import FieldcaseError
    from app.workspace.folder import Workspace

    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    free_mb = shutil.disk_usage(existing).free // 1_000_000
    writable = os.access(existing, os.W_OK | os.X_OK)
    facts: dict[str, Any] = {
        "required": True,
        "path": str(folder),
        "exists": folder.exists(),
        "writable": writable,
        "free_mb": free_mb,
        "users": None,
    }
    if not folder.exists():
        ok, summary = writable, f"{folder} not created yet; the first start creates it"
        if not writable:
            summary = f"{folder} cannot be created: {existing} is not writable"
    else:
        try:
            facts["users"] = len(Workspace.at(folder).user_names())
            ok, summary = writable, f"{folder}: a workspace with {facts['users']} user(s)"
        except FieldcaseError as exc:
            empty = folder.is_dir() and not any(folder.iterdir())
            ok = empty and writable
            summary = f"{folder}: empty, ready for a new workspace" if empty else str(exc)
            if not empty and not (folder / "workspace.json").exists() and folder.is_dir():
                summary = f"{folder} holds other files and no workspace: choose an empty folder"
        if not writable:
            ok, summary = False, f"{folder} is not writable"
    if ok and free_mb < LOW_DISK_MB:
        summary += f"; only {free_mb} MB free on its disk"
    return {"ok": ok, **facts, "summary": summary}


def server_check(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    facts: dict[str, Any] = {"required": False, "url": None, "tls_pin": None, "answers": None}
    if not args.user:
        return {
            **facts,
            "ok": None,
            "summary": "give --user and --password-stdin to read it (stored encrypted)",
        }
    from app.cli.workspace import logged_in
    from app.team.case_book import case_book
    from app.team.synchronise import Synchroniser
    from sync.errors import SyncError

    args.workspace = str(folder)
    with logged_in(args) as (session, _):
        synchroniser = Synchroniser(case_book(session))
        url = session.store.scalar("SELECT value FROM settings WHERE key = 'server_url'")
        pin = session.store.scalar(
            "SELECT value FROM settings WHERE key = 'server_tls_fingerprint'"
        )
        facts.update(url=url, tls_pin=pin)
        if url is None:
            return {**facts, "ok": None, "summary": "this laptop is not enrolled with a server"}
        try:
            facts["answers"] = synchroniser.reachable(timeout=5.0)
            problem = None
        except SyncError as exc:
            facts["answers"], problem = False, str(exc)
    pinned = f", TLS pin {pin}" if pin else " (plain http: only for a server on this machine)"
    if facts["answers"]:
        summary = f"{url}{pinned}: answers"
    else:
        summary = f"{url}{pinned}: " + (problem or "no answer now (work is kept until it does)")
    return {**facts, "ok": bool(facts["answers"]), "problem": problem, "summary": summary}

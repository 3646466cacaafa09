"""`make bundle-test`: the built bundle runs on a laptop that has no Python, step by step.

    python packaging/bundle_test.py [dist/fieldcase]

Each step runs the bundle's own ``fieldcase`` program in a clean environment: nothing but HOME (a
new temporary folder), PATH=/usr/bin:/bin (on Windows, SystemRoot and the system folders) and
QT_QPA_PLATFORM=offscreen; no virtual environment, no PYTHONPATH, the working directory outside
the repository. So nothing can come from this checkout's .venv: what the bundle lacks fails here.

The steps: the size unpacked (at most 250 MB of 1,000,000 bytes), ``--version``, ``init``, ``demo --cases 5``,
``forms check`` on the forms inside the bundle, ``check``, ``export --format xlsx``, ``doctor`` (Qt's system libraries,
the bundled fonts and translations), the sync server started from the bundle (its Alembic
migrations run, ``/v1/health`` answers, then ``server backup``), and the desktop app started
offscreen to its login window and quit (``FIELDCASE_QUIT_WHEN_SHOWN=1``), and the update: the
bundle installed as a laptop has it (``versions/V/``), a second, newer release made from it (its
package version bumped, signed by a throwaway key made with the bundle's own ``release keygen``
and trusted through ``FIELDCASE_SMOKE_TEST_RELEASE_KEY``, app/system/releases/trust.py), installed
by the bundle's own ``update --from``, started (``--version`` says the new version), rolled back
(``update --rollback``), and a tampered copy refused with the install left as it was. Each step is printed
with its time; a failure prints the program's output, the other steps still run, and the
test exits 1. With FIELDCASE_BUNDLE_TEST_PG_URL set (an empty PostgreSQL database), the server is
also run on PostgreSQL (psycopg's pure-Python implementation, the system's libpq).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

MAX_BYTES = 250_000_000  # unpacked: 250 MB of 1,000,000 bytes (238.4 MiB)
PASSWORD = "bundle-test-Passw0rd"
STEP_SECONDS = 300
# An empty PostgreSQL database the server from the bundle may migrate (.ci/run makes one)
PG_URL = "FIELDCASE_BUNDLE_TEST_PG_URL"


class StepFailed(Exception):
    pass


def bundle_size(folder: Path) -> int:
    """Bytes of the files a person unpacks (a link counts once, as the link)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def clean_environment(home: Path) -> dict[str, str]:
    environment = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    if sys.platform == "win32":
        root = os.environ.get("SystemRoot", r"C:\Windows")
        environment.update(
            SystemRoot=root,
            PATH=f"{root}\\System32;{root}",
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            TEMP=str(home),
            TMP=str(home),
        )
    else:
        environment["PATH"] = "/usr/bin:/bin"
    return environment


class Bundle:
    def __init__(self, folder: Path, home: Path) -> None:
        program = folder / ("fieldcase.exe" if sys.platform == "win32" else "fieldcase")
        if not program.is_file():
            raise StepFailed(f"{program} is missing: run `make bundle` first")
        self.folder = folder
        self.program = program
        self.home = home
        self.environment = clean_environment(home)

    def run(
        self,
        arguments: Sequence[str],
        *,
        password: bool = False,
        extra: dict[str, str] | None = None,
        timeout: float = STEP_SECONDS,
    ) -> str:
        done = subprocess.run(
            [str(self.program), *arguments],
            input=PASSWORD + "\n" if password else "",
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**self.environment, **(extra or {})},
            cwd=self.home,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0:
            raise StepFailed(
                f"exit {done.returncode}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
            )
        return done.stdout


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve_and_back_up(bundle: Bundle, database: str, kind: str) -> str:
    """The sync server from the bundle: migrations run at start, /v1/health answers and names
    the database ``kind``; then a backup of it (SQLite's online backup, or pg_dump)."""
    port = free_port()
    server = subprocess.Popen(
        [str(bundle.program), "server", "--db", database, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=bundle.environment,
        cwd=bundle.home,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=5) as r:
                    health = r.read().decode()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    server.kill()
                    output = server.communicate()[0]
                    raise StepFailed(f"the server did not answer\n{output}") from None
                time.sleep(0.5)
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    if f'"database":"{kind}"' not in health.replace(" ", ""):
        raise StepFailed(f"the server does not say it runs on {kind}: {health}")
    backup = bundle.home / f"server-{kind}.backup"
    bundle.run(["server", "--db", database, "backup", "--out", str(backup)])
    return f"/v1/health {health.strip()}; backup {backup.stat().st_size} bytes"


def update_itself(bundle: Bundle, home: Path) -> str:
    """The bundle updates itself: installed as ``ROOT/versions/V`` (signed, as a release is), a
    newer copy V+1 made, signed and installed by the bundle's own ``update --from``; the new
    version starts, ``update --rollback`` goes back, and a tampered copy of V+1 is refused."""
    import shutil

    said: list[str] = []
    started = time.monotonic()
    keys = home / "release-keys"
    keys.mkdir()
    secret, public = keys / "test.key", keys / "test.pub"
    bundle.run(["release", "keygen", "--secret", str(secret), "--public", str(public),
                "--unencrypted"])  # fmt: skip
    trust = {"FIELDCASE_SMOKE_TEST_RELEASE_KEY": public.read_text("ascii")}
    version = _first(bundle.run(["--version"])).split()[-1]
    newer = _newer(version)

    root = home / "install"
    running = root / "versions" / version
    shutil.copytree(bundle.folder, running, symlinks=True)
    (root / "current").write_text(version + "\n", "ascii")
    old = Bundle(running, home)
    old.run(["release", "sign", str(running), "--key", str(secret), "--version", version])

    release = home / "usb" / f"fieldcase-{newer}"
    shutil.copytree(bundle.folder, release, symlinks=True)
    metadata = next(release.rglob("fieldcase-*.dist-info/METADATA"))
    text = metadata.read_text("utf-8")
    metadata.write_text(text.replace(f"\nVersion: {version}\n", f"\nVersion: {newer}\n"), "utf-8")
    old.run(["release", "sign", str(release), "--key", str(secret), "--version", newer])
    said.append(f"made {newer} ({time.monotonic() - started:.0f} s)")

    out = old.run(["update", "--from", str(release)], extra=trust)
    if f"fieldcase {newer} for" not in out or _current(root) != newer:
        raise StepFailed(f"{newer} was not installed:\n{out}")
    launcher = root / ("start-fieldcase.cmd" if sys.platform == "win32" else "start-fieldcase")
    started_as = _first(Bundle(root / "versions" / newer, home).run(["--version"]))
    through_launcher = _first(_launch(launcher, bundle, ["--version"]))
    if started_as != f"fieldcase {newer}" or through_launcher != started_as:
        raise StepFailed(f"the new version says {started_as!r} / {through_launcher!r}")
    said.append(f"installed, starts as {started_as!r}")

    Bundle(root / "versions" / newer, home).run(["update", "--rollback", version])
    back = _first(_launch(launcher, bundle, ["--version"]))
    if _current(root) != version or back != f"fieldcase {version}":
        raise StepFailed(f"after --rollback {version}: current {_current(root)}, {back!r}")
    said.append(f"rolled back to {back!r}")

    program = release / bundle.program.name
    data = bytearray(program.read_bytes())
    data[len(data) // 2] ^= 0x01
    program.write_bytes(bytes(data))
    refusal = subprocess.run(
        [str(running / bundle.program.name), "update", "--from", str(release)],
        capture_output=True, text=True, encoding="utf-8", cwd=home, timeout=STEP_SECONDS,
        env={**bundle.environment, **trust}, check=False,
    )  # fmt: skip
    if refusal.returncode != 1 or f"{program.name} was changed" not in refusal.stderr:
        raise StepFailed(f"the tampered copy was not refused:\n{refusal.stderr}")
    if _current(root) != version:
        raise StepFailed("the tampered copy changed what starts")
    said.append("a tampered copy refused: " + _first(refusal.stderr.splitlines()[-1]))
    return "; ".join(said)


def _newer(version: str) -> str:
    parts = [int(part) for part in version.split(".")]
    parts[-1] += 1
    return ".".join(map(str, parts))


def _current(root: Path) -> str:
    return (root / "current").read_text("ascii").strip()


def _launch(launcher: Path, bundle: Bundle, arguments: Sequence[str]) -> str:
    command = ["cmd", "/c", str(launcher)] if sys.platform == "win32" else [str(launcher)]
    done = subprocess.run(
        [*command, *arguments], capture_output=True, text=True, encoding="utf-8",
        env=bundle.environment, cwd=bundle.home, timeout=STEP_SECONDS, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise StepFailed(f"{launcher} exit {done.returncode}: {done.stderr}")
    return done.stdout


def main(argv: Sequence[str]) -> int:
    folder = Path(argv[0] if argv else "dist/fieldcase").resolve()
    passed = failures = 0
    with tempfile.TemporaryDirectory(prefix="fieldcase-bundle-test-") as scratch:
        home = Path(scratch)
        workspace = home / "workspace"
        who = ["--workspace", str(workspace), "--user", "ana", "--password-stdin"]

        def size() -> str:
            size = bundle_size(folder)
            line = (
                f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB) unpacked,"
                f" at most {MAX_BYTES / 1e6:.0f} MB ({MAX_BYTES / 2**20:.1f} MiB)"
            )
            if size > MAX_BYTES:
                raise StepFailed(line)
            return line

        def forms_check() -> str:
            shipped = sorted(folder.rglob("forms/definitions/*.xlsx"))
            if not shipped:
                raise StepFailed("no shipped forms (forms/definitions/*.xlsx) in the bundle")
            out = bundle.run(["forms", "check", *map(str, shipped)])
            return f"{len(shipped)} forms: {' '.join(p.stem for p in shipped)}; " + _first(out)

        def export() -> str:
            out = home / "export"
            bundle.run(["export", *who, "--format", "xlsx", "--out", str(out)], password=True)
            written = sorted(path.name for path in out.rglob("*") if path.is_file())
            if not any(name.endswith(".xlsx") for name in written):
                raise StepFailed(f"no .xlsx written: {written}")
            return ", ".join(written)

        def doctor() -> str:
            out = bundle.run(["doctor", "--workspace", str(workspace), "--json"])
            facts = json.loads(out.strip().splitlines()[-1])
            return "; ".join(
                f"{name} {'ok' if facts[name]['ok'] else 'FAIL'}"
                for name in ("python", "qt", "camera", "fonts", "translations", "workspace")
            )

        def desktop() -> str:
            out = bundle.run(
                ["--workspace", str(workspace)],
                extra={"FIELDCASE_QUIT_WHEN_SHOWN": "1"},
                timeout=120,
            )
            if "shows the login screen" not in out:
                raise StepFailed(f"the login window was not shown:\n{out}")
            return _first(out)

        try:
            bundle = Bundle(folder, home)
        except StepFailed as exc:
            print(f"bundle-test: {exc}", file=sys.stderr)
            return 1
        steps = [
            ("size", size),
            ("--version", lambda: _first(bundle.run(["--version"]))),
            ("init", lambda: _first(bundle.run(["init", *who], password=True), 1)),
            (
                "demo --cases 5",
                lambda: _first(bundle.run(["demo", *who, "--cases", "5"], password=True)),
            ),
            ("forms check", forms_check),
            ("check", lambda: _compact(bundle.run(["check", *who], password=True))),
            ("export xlsx", export),
            ("doctor", doctor),
            ("server", lambda: serve_and_back_up(bundle, str(home / "server.db"), "sqlite")),
            ("desktop app", desktop),
            ("update", lambda: update_itself(bundle, home)),
        ]
        postgresql = os.environ.get(PG_URL)
        if postgresql:  # psycopg's pure-Python implementation with the system's libpq
            steps.append(
                ("server (PG)", lambda: serve_and_back_up(bundle, postgresql, "postgresql"))
            )
        else:
            print(f"bundle-test: {PG_URL} not set: the server on PostgreSQL is not tried")
        print(f"bundle-test: {bundle.program} with only {sorted(bundle.environment)} set")
        for name, step in steps:
            started = time.monotonic()
            try:
                said = step()
            except (StepFailed, subprocess.TimeoutExpired, OSError, ValueError) as exc:
                failures += 1
                print(f"bundle-test: {name:15} FAILED: {exc}", flush=True)
                continue
            took = time.monotonic() - started
            passed += 1
            print(f"bundle-test: {name:15} ok  {took:5.1f} s  {said}", flush=True)
    # the plain closing line CI reads: "N passed, N failed"
    print(f"bundle-test: {passed} passed, {failures} failed")
    return 1 if failures else 0


def _compact(output: str) -> str:
    """A JSON report in one line, shortened."""
    return _first(json.dumps(json.loads(output), ensure_ascii=False))


def _first(output: str, lines: int = 1) -> str:
    """The output's first line(s), shortened: what each step says, in one line."""
    text = " / ".join(line.strip() for line in output.strip().splitlines()[:lines])
    return text if len(text) <= 160 else text[:157] + "..."


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

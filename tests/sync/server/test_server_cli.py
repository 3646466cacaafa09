"""The admin commands of ``fieldcase server``: output, one-line errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.cli.main import main
from sync.server.tls import fingerprint_file
from tests.sync.server.kit import Laptop


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_enrol_approve_revoke_from_the_command_line(
    capsys: pytest.CaptureFixture[str], client: TestClient, db_url: str
) -> None:
    code, out, _ = run(capsys, "server", "enrol-code", "--db", db_url, "--team", "mekong-1")
    assert code == 0 and len(out.strip()) == 19  # XXXX-XXXX-XXXX-XXXX
    laptop = Laptop("laptop-1")
    registered = client.post("/v1/devices", json=laptop.registration(out.strip())).json()
    laptop.token = registered["token"]

    code, out, _ = run(capsys, "server", "--db", db_url, "devices", "--json")
    [listed] = json.loads(out)["devices"]
    assert listed["status"] == "pending" and listed["fingerprint"] == registered["fingerprint"]

    code, _, err = run(
        capsys, "server", "approve", "--db", db_url, "--device", "laptop-1",
        "--fingerprint", "1234 " * 8,
    )  # fmt: skip
    assert code == 1 and err.startswith("fieldcase: fingerprint mismatch")
    assert err.count("\n") == 1

    code, out, _ = run(
        capsys, "server", "approve", "--db", db_url, "--device", "laptop-1",
        "--fingerprint", registered["fingerprint"],
    )  # fmt: skip
    assert code == 0 and "approved laptop-1" in out
    assert client.get("/v1/devices/me", headers=laptop.auth).json()["status"] == "approved"

    code, _, _ = run(capsys, "server", "revoke", "--db", db_url, "--device", "laptop-1")
    assert code == 0
    assert client.get("/v1/devices/me", headers=laptop.auth).status_code == 403


def test_unknown_device_and_bad_team_are_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    code, _, err = run(capsys, "server", "approve", "--db", db, "--device", "ghost")
    assert code == 2 and "no device 'ghost'" in err
    code, _, err = run(capsys, "server", "enrol-code", "--db", db, "--team", "no spaces")
    assert code == 2 and err.startswith("fieldcase: team must be")


def test_serve_needs_both_tls_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "server", "--db", str(tmp_path / "s.db"), "--tls-cert", "x.crt")
    assert code == 2 and "--tls-key" in err


def test_tls_cert_prints_the_fingerprint_of_what_it_wrote(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "server", "tls-cert", "--out", str(tmp_path), "--host", "10.0.0.5")
    assert code == 0
    assert out.strip() == fingerprint_file(tmp_path / "server.crt")
    assert (tmp_path / "server.key").stat().st_mode & 0o077 == 0


def test_a_database_url_of_another_kind_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "server", "devices", "--db", "mysql://x/y")
    assert code == 2 and "unsupported database URL" in err


def test_the_command_line_default_database_is_the_servers() -> None:
    from app.cli import server as cli_server
    from sync.server import database

    assert cli_server.DEFAULT_DB == database.DEFAULT_DB


def test_quarantine_lists_and_purges(
    capsys: pytest.CaptureFixture[str], client: TestClient, db_url: str
) -> None:
    from sync.server import devices
    from sync.server.database import open_database
    from tests.sync.server.kit import enrol, push

    database = open_database(db_url)
    laptop = enrol(client, database, Laptop("laptop-1"), "mekong-1")
    push(client, laptop, [laptop.envelope(team="delta-2").to_wire()])
    code, out, _ = run(capsys, "server", "quarantine", "--db", db_url)
    assert code == 0 and "laptop-1" in out and "team delta-2" in out
    run(capsys, "server", "quarantine", "--db", db_url, "--purge-older-than", "1")
    assert "laptop-1" in run(capsys, "server", "quarantine", "--db", db_url)[1]
    code, _, err = run(capsys, "server", "quarantine", "--db", db_url, "--purge-older-than", "-1")
    assert code == 0 and "deleted 1" in err
    assert run(capsys, "server", "quarantine", "--db", db_url)[1] == ""
    assert devices.list_devices(database)[0].device == "laptop-1"
    database.dispose()

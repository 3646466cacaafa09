"""The minisign formats, checked against the real ``minisign`` tool (Debian's package ``minisign``;
these tests skip, saying so, where it is not installed): it verifies our signatures and reads our
encrypted secret keys, and we verify its signatures and read its keys."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.system.releases.minisign import (
    MinisignError,
    PublicKey,
    SecretKey,
    key_id_text,
    verify,
)

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="the minisign tool is not installed (apt-get install minisign)"
)
# cheap scrypt limits for tests: libsodium picks N = 2^14, r = 8, p = 1 from these
CHEAP = {"opslimit": 1 << 20, "memlimit": 1 << 24}


def run(*args: str, cwd: Path, stdin: str = "") -> str:
    assert MINISIGN is not None
    done = subprocess.run(
        [MINISIGN, *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr + done.stdout
    return done.stdout


@needs_minisign
def test_minisign_verifies_our_signature(tmp_path: Path) -> None:
    key = SecretKey.generate()
    data = "ព្រះរាជាណាចក្រកម្ពុជា\n".encode() * 1000
    (tmp_path / "file").write_bytes(data)
    (tmp_path / "file.minisig").write_text(key.sign(data, "fieldcase 0.2.0 linux-x86_64"))
    (tmp_path / "key.pub").write_text(key.public_key().text())
    out = run("-V", "-p", "key.pub", "-m", "file", cwd=tmp_path)
    assert "Trusted comment: fieldcase 0.2.0 linux-x86_64" in out


@needs_minisign
def test_minisign_signs_with_our_encrypted_secret_key(tmp_path: Path) -> None:
    key = SecretKey.generate()
    (tmp_path / "key").write_text(key.text("a long pass phrase", **CHEAP))
    (tmp_path / "file").write_bytes(b"release manifest\n")
    run("-S", "-s", "key", "-m", "file", "-t", "signed by minisign", cwd=tmp_path,
        stdin="a long pass phrase\n")  # fmt: skip
    checked = verify(
        b"release manifest\n", (tmp_path / "file.minisig").read_text(), [key.public_key()]
    )
    assert checked.trusted_comment == "signed by minisign"


@needs_minisign
def test_we_read_minisign_keys_and_verify_its_signatures(tmp_path: Path) -> None:
    run("-G", "-W", "-p", "key.pub", "-s", "key.sec", cwd=tmp_path)
    (tmp_path / "file").write_bytes(b"\x00\xff" * 5000)
    run("-S", "-s", "key.sec", "-m", "file", "-t", "from minisign", cwd=tmp_path)
    public = PublicKey.parse((tmp_path / "key.pub").read_text())
    secret = SecretKey.parse((tmp_path / "key.sec").read_text(), None)
    assert secret.public_key() == public
    first_line = (tmp_path / "key.pub").read_text().splitlines()[0]
    assert first_line == f"untrusted comment: minisign public key {public.key_id_hex}"
    signature = (tmp_path / "file.minisig").read_text()
    assert verify(b"\x00\xff" * 5000, signature, [public]).trusted_comment == "from minisign"
    with pytest.raises(MinisignError, match="does not match the signed file"):
        verify(b"\x00\xff" * 4999, signature, [public])


@needs_minisign
def test_a_legacy_signature_is_refused(tmp_path: Path) -> None:
    run("-G", "-W", "-p", "key.pub", "-s", "key.sec", cwd=tmp_path)
    (tmp_path / "file").write_bytes(b"data")
    run("-S", "-l", "-s", "key.sec", "-m", "file", cwd=tmp_path)
    public = PublicKey.parse((tmp_path / "key.pub").read_text())
    with pytest.raises(MinisignError, match="legacy"):
        verify(b"data", (tmp_path / "file.minisig").read_text(), [public])


def test_our_encrypted_key_needs_its_passphrase() -> None:
    key = SecretKey.generate()
    text = key.text("a long pass phrase", **CHEAP)
    assert SecretKey.encrypted(text)
    assert SecretKey.parse(text, "a long pass phrase") == key
    with pytest.raises(MinisignError, match="wrong passphrase"):
        SecretKey.parse(text, "a long pass phrasE")
    with pytest.raises(MinisignError, match="a passphrase is needed"):
        SecretKey.parse(text, None)
    assert SecretKey.parse(key.text(None), None) == key


def test_the_shipped_release_key_reads() -> None:
    from app.system.releases.trust import shipped_keys

    keys = shipped_keys()
    assert keys and all(len(key.key) == 32 for key in keys)


def test_a_key_id_with_leading_zeros_is_printed_as_minisign_prints_it() -> None:
    """minisign writes the id with printf's %PRIX64: no leading zeros. A key whose id starts with
    zero bits must be named the same way, or its comment names a key minisign does not show."""
    key = PublicKey(key_id=bytes([0xE7, 0x94, 0x33, 0x2C, 0x21, 0x83, 0x91, 0x0E]), key=bytes(32))
    assert key.key_id_hex == "E9183212C3394E7"
    assert key.text().startswith("untrusted comment: minisign public key E9183212C3394E7\n")
    assert PublicKey.parse(key.text()) == key
    assert key_id_text(key.key_id) == key.key_id_hex  # as a refusal names the signer

"""Someone hands a laptop a USB stick with a "release" on it: only a genuine, newer, complete
release signed by a trusted key is installed; anything else is refused with one line saying why,
and the install that runs today is left exactly as it was (every file compared, byte for byte).

The trusted key is a throwaway one made here and passed as the functions' argument: the command
line and the app pass the keys shipped in the program (app/system/releases/trust.py) and nothing
else, which the last tests check.
"""

from __future__ import annotations

import os
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from app.cli.main import main
from app.system.releases.install import current, install
from app.system.releases.manifest import MANIFEST, SIGNATURE, ReleaseRefused, sign_release
from app.system.releases.minisign import SecretKey
from app.system.releases.trust import shipped_keys
from tests.adversary.release_kit import PLATFORM, bundle, installed, snapshot

KEY = SecretKey.generate()
TRUSTED = [KEY.public_key()]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return installed(tmp_path / "install", "0.1.0", KEY)


def refused(source: Path, root: Path, expected: str) -> None:
    """``source`` is refused saying ``expected``, and nothing under ``root`` changed."""
    before = snapshot(root)
    with pytest.raises(ReleaseRefused) as refusal:
        install(source, root=root, running="0.1.0", trusted=TRUSTED, platform=PLATFORM)
    message = str(refusal.value)
    assert expected in message
    assert "\n" not in message
    assert snapshot(root) == before
    assert current(root) == "0.1.0"


def test_a_genuine_newer_release_is_installed_beside_the_running_one(
    root: Path, tmp_path: Path
) -> None:
    release = bundle(tmp_path / "usb" / "fieldcase-0.2.0", "0.2.0", KEY)
    done = install(release, root=root, running="0.1.0", trusted=TRUSTED, platform=PLATFORM)
    assert done.release.version == "0.2.0" and done.release.signer == KEY.key_id_hex
    assert current(root) == "0.2.0"
    assert snapshot(root / "versions" / "0.2.0") == snapshot(release)
    assert os.access(root / "versions" / "0.2.0" / "fieldcase", os.X_OK)
    assert (root / "versions" / "0.1.0" / "fieldcase").is_file()  # kept, for a rollback
    assert not [p for p in (root / "versions").iterdir() if p.name.startswith(".")]


def test_an_unsigned_release_is_refused(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    (release / SIGNATURE).unlink()
    refused(release, root, "the release is not signed")


def test_a_folder_without_a_manifest_is_refused(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    (release / MANIFEST).unlink()
    (release / SIGNATURE).unlink()
    refused(release, root, "holds no release manifest")


def test_a_flipped_byte_in_one_file_is_refused(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    library = release / "_internal" / "lib" / "libpython3.11.so"
    data = bytearray(library.read_bytes())
    data[12345] ^= 0x01
    library.write_bytes(bytes(data))
    refused(release, root, "_internal/lib/libpython3.11.so was changed")


def test_an_extra_file_is_refused(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    (release / "_internal" / "sitecustomize.py").write_text("import os\n")
    refused(release, root, "_internal/sitecustomize.py is not in the signed manifest")


def test_a_missing_file_is_refused(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    (release / "_internal" / "base_library.zip").unlink()
    refused(release, root, "_internal/base_library.zip is missing from the release")


def test_a_link_leaving_the_release_is_refused(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    (release / "_internal" / "base_library.zip").unlink()
    (release / "_internal" / "base_library.zip").symlink_to("/etc/passwd")
    refused(release, root, "_internal/base_library.zip links outside the release")


def test_a_link_pointed_elsewhere_or_replaced_by_a_file_is_refused(
    root: Path, tmp_path: Path
) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    link = release / "_internal" / "libpython3.11.so"
    link.unlink()
    link.symlink_to("base_library.zip")
    refused(release, root, "_internal/libpython3.11.so is not the link to lib/libpython3.11.so")
    link.unlink()
    link.write_bytes((release / "_internal" / "lib" / "libpython3.11.so").read_bytes())
    refused(release, root, "_internal/libpython3.11.so is not the link to lib/libpython3.11.so")


def test_an_installed_release_keeps_its_links(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    install(release, root=root, running="0.1.0", trusted=TRUSTED, platform=PLATFORM)
    link = root / "versions" / "0.2.0" / "_internal" / "libpython3.11.so"
    assert link.is_symlink() and os.readlink(link) == "lib/libpython3.11.so"


def test_a_rollback_makes_the_earlier_version_current(root: Path, tmp_path: Path) -> None:
    from app.system.releases.install import roll_back

    install(bundle(tmp_path / "usb", "0.2.0", KEY), root=root, running="0.1.0", trusted=TRUSTED,
            platform=PLATFORM)  # fmt: skip
    roll_back(root, "0.1.0")
    assert current(root) == "0.1.0"
    with pytest.raises(ReleaseRefused, match=r"version 0\.0\.1 is not installed here"):
        roll_back(root, "0.0.1")


def test_a_manifest_signed_by_another_key_is_refused(root: Path, tmp_path: Path) -> None:
    other = SecretKey.generate()
    release = bundle(tmp_path / "usb", "0.2.0", other)
    refused(release, root, f"signed by key {other.key_id_hex}, which is not a trusted release key")


def test_a_manifest_edited_after_signing_is_refused(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    manifest = release / MANIFEST
    manifest.write_text(manifest.read_text().replace('"0.2.0"', '"0.3.0"'))
    refused(release, root, "the signature does not match the signed file")


def test_the_trusted_comment_cannot_be_changed(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    signature = release / SIGNATURE
    signature.write_text(signature.read_text().replace("fieldcase 0.2.0", "fieldcase 9.0.0"))
    refused(release, root, "the signature's trusted comment was changed")


def test_a_valid_older_release_is_refused_as_a_downgrade(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.0.9", KEY)
    refused(release, root, "version 0.0.9 is older than the running 0.1.0 (a downgrade)")


def test_the_running_version_again_is_refused(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.1.0", KEY)
    refused(release, root, "version 0.1.0 is the one running already")


def test_a_release_for_another_platform_is_refused(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY, platform="windows-x86_64")
    refused(release, root, "the release is for windows-x86_64, this computer is linux-x86_64")


def test_a_truncated_file_is_refused(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    library = release / "_internal" / "lib" / "libpython3.11.so"
    library.write_bytes(library.read_bytes()[:40_000])
    refused(release, root, "is 40000 bytes, the manifest says 70000 (truncated or changed)")


def test_a_genuine_release_in_a_zip_or_tar_archive_is_installed(root: Path, tmp_path: Path) -> None:
    release = bundle(tmp_path / "build" / "fieldcase-0.2.0", "0.2.0", KEY, links=False)
    archive = Path(shutil.make_archive(str(tmp_path / "fieldcase-0.2.0"), "zip", release.parent))
    install(archive, root=root, running="0.1.0", trusted=TRUSTED, platform=PLATFORM)
    assert current(root) == "0.2.0"
    later = bundle(tmp_path / "build2" / "fieldcase-0.3.0", "0.3.0", KEY)
    tarball = Path(shutil.make_archive(str(tmp_path / "fieldcase-0.3.0"), "gztar", later.parent))
    install(tarball, root=root, running="0.2.0", trusted=TRUSTED, platform=PLATFORM)
    assert current(root) == "0.3.0"
    assert snapshot(root / "versions" / "0.3.0") == snapshot(later)


def test_an_archive_reaching_outside_itself_is_refused(root: Path, tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as opened:
        opened.writestr("../../current", "6.6.6\n")
    refused(archive, root, "points outside it")
    tarball = tmp_path / "evil.tar"
    link = tarfile.TarInfo("fieldcase")
    link.type, link.linkname = tarfile.SYMTYPE, "/bin/sh"
    with tarfile.open(tarball, "w") as opened:
        opened.addfile(link)
    refused(tarball, root, "fieldcase in the archive points outside it")


def test_a_copy_cut_short_never_becomes_current(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills (or the power goes) while the copy is written: the version that ran before
    still starts, and the next install clears what was left half way."""
    release = bundle(tmp_path / "usb", "0.2.0", KEY)
    real_copy = shutil.copyfile
    copied: list[str] = []

    def failing_copy(source: Path, target: Path) -> Path:
        copied.append(str(source))
        if len(copied) == 4:
            Path(target).write_bytes(Path(source).read_bytes()[:10])
            raise OSError(28, "No space left on device")
        return Path(real_copy(source, target))

    monkeypatch.setattr(shutil, "copyfile", failing_copy)
    before = snapshot(root)
    with pytest.raises(OSError):
        install(release, root=root, running="0.1.0", trusted=TRUSTED, platform=PLATFORM)
    assert current(root) == "0.1.0" and snapshot(root) == before
    assert not (root / "versions" / "0.2.0").exists()
    monkeypatch.setattr(shutil, "copyfile", real_copy)
    install(release, root=root, running="0.1.0", trusted=TRUSTED, platform=PLATFORM)
    assert current(root) == "0.2.0"


def test_the_command_line_trusts_only_the_shipped_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A release signed by a key made on a USB stick's author's laptop: `fieldcase release verify`
    and `fieldcase update` refuse it; no option, file or variable makes them trust that key."""
    release = bundle(tmp_path / "usb", "99.0.0", KEY)
    pub = tmp_path / "usb" / "fieldcase-release.pub"
    pub.write_text(KEY.public_key().text())
    os.environ["FIELDCASE_RELEASE_KEY"] = str(pub)
    try:
        assert main(["release", "verify", str(release)]) == 1
        assert main(["update", "--from", str(release)]) == 1
    finally:
        del os.environ["FIELDCASE_RELEASE_KEY"]
    err = capsys.readouterr().err
    assert err.count(f"refused: signed by key {KEY.key_id_hex}") == 2, err
    assert KEY.public_key() not in shipped_keys()


def test_update_from_a_developer_checkout_verifies_and_installs_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.system.releases import trust

    monkeypatch.setattr(trust, "shipped_keys", lambda: TRUSTED)
    release = bundle(tmp_path / "usb", "99.0.0", KEY, platform=_here())
    assert main(["update", "--from", str(release)]) == 1
    out, err = capsys.readouterr()
    assert (
        f"fieldcase 99.0.0 for {_here()}: verified, signed by release key {KEY.key_id_hex}" in out
    )
    assert "cannot" not in out and "developer checkout" in err


def test_signing_twice_replaces_the_manifest(tmp_path: Path) -> None:
    release = bundle(tmp_path / "r", "0.2.0", KEY)
    sign_release(release, KEY, "0.2.1", PLATFORM)  # the old manifest is not listed in the new
    root = installed(tmp_path / "install", "0.1.0", KEY)
    install(release, root=root, running="0.1.0", trusted=TRUSTED, platform=PLATFORM)
    assert current(root) == "0.2.1"


def _here() -> str:
    from app.system.releases.manifest import this_platform

    return this_platform()


def test_an_install_keeps_the_newest_two_versions_and_never_the_running_one(
    root: Path, tmp_path: Path
) -> None:
    from app.system.releases.install import installed_versions, previous_version

    for number, version in enumerate(("0.2.0", "0.3.0", "0.4.0")):  # 0.1.0 runs throughout
        release = bundle(tmp_path / f"usb{number}", version, KEY)
        install(release, root=root, running="0.1.0", trusted=TRUSTED, platform=PLATFORM)
    assert installed_versions(root) == ["0.1.0", "0.3.0", "0.4.0"]  # 0.2.0 removed
    assert previous_version(root) == "0.3.0"
    install(bundle(tmp_path / "usb9", "0.5.0", KEY), root=root, running="0.4.0",
            trusted=TRUSTED, platform=PLATFORM)  # fmt: skip
    assert installed_versions(root) == ["0.4.0", "0.5.0"]
    assert not [p for p in (root / "versions").iterdir() if p.name.startswith(".")]


def test_the_smoke_test_key_is_trusted_only_from_the_environment_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """packaging/bundle_test.py makes the built bundle install a copy of itself signed by a
    throwaway key: the variable that names it is read from the process's environment only, and
    every use says so on standard error."""
    from app.system.releases.trust import TEST_KEY_VARIABLE

    release = bundle(tmp_path / "usb", "99.0.0", KEY)
    monkeypatch.setenv(TEST_KEY_VARIABLE, KEY.public_key().text())
    assert main(["release", "verify", str(release)]) == 0
    out, err = capsys.readouterr()
    assert f"verified, signed by release key {KEY.key_id_hex}" in out
    assert f"also trusting the test release key {KEY.key_id_hex}" in err
    monkeypatch.setenv(TEST_KEY_VARIABLE, "not a key")
    assert main(["release", "verify", str(release)]) == 1
    assert f"{TEST_KEY_VARIABLE} is not a public key" in capsys.readouterr().err

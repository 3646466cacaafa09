"""Qt's system libraries, found before Qt starts: the ELF reader, the loader's answer, packages.

The real peers: ``readelf -d`` (binutils) for the needed libraries of each Qt file, and ``ldd``
(the dynamic loader itself) for which of them this machine lacks. Where a test needs a library to
be missing whatever this machine has, it patches one needed name inside a copy of Qt's real xcb
plugin (same length, so the file stays a valid ELF the loader would read the same way).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.system.elf import NotElf, needed_libraries
from app.system.libraries import (
    LibraryCheck,
    Missing,
    camera_check,
    chosen_platforms,
    debian_package,
    desktop_check,
    missing_libraries,
    qt_folder,
)

QT = qt_folder()
pytestmark = pytest.mark.skipif(QT is None, reason="PySide6 is not installed as a wheel here")
ABSENT = "libxcb-icccX.so.4"  # what the patched plugin asks for: no system has it
ABSENT_GUI = "libEGX.so.1"  # what the patched QtGui asks for


def fake_qt(tmp_path: Path, broken: str = "plugin") -> Path:
    """A Qt folder of the real files but one patched copy: with ``broken="plugin"`` the xcb
    plugin needs ``ABSENT``; with ``broken="gui"`` QtGui's library needs ``ABSENT_GUI``."""
    assert QT is not None
    qt = tmp_path / "PySide6" / "Qt"
    (qt / "plugins" / "platforms").mkdir(parents=True)
    (qt / "lib").mkdir()
    for folder in ("lib", "plugins/platforms"):
        for real in (QT / folder).iterdir():
            (qt / folder / real.name).symlink_to(real, target_is_directory=real.is_dir())
    name, old, new = {
        "plugin": ("plugins/platforms/libqxcb.so", "libxcb-icccm.so.4", ABSENT),
        "gui": ("lib/libQt6Gui.so.6", "libEGL.so.1", ABSENT_GUI),
    }[broken]
    data = (QT / name).read_bytes()
    assert data.count(old.encode() + b"\0") == 1 and len(old) == len(new)
    (qt / name).unlink()
    (qt / name).write_bytes(data.replace(old.encode() + b"\0", new.encode() + b"\0"))
    (tmp_path / "PySide6" / "__init__.py").write_text("", "utf-8")
    return qt


@pytest.mark.skipif(shutil.which("readelf") is None, reason="readelf not installed (binutils)")
@pytest.mark.parametrize(
    "name", ["lib/libQt6Core.so.6", "lib/libQt6Gui.so.6", "plugins/platforms/libqxcb.so"]
)
def test_needed_libraries_agree_with_readelf(name: str) -> None:
    assert QT is not None
    path = QT / name
    shown = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    expected = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", shown)
    assert expected and needed_libraries(path) == expected


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd not installed (libc-bin)")
def test_the_missing_libraries_are_those_the_loader_cannot_find() -> None:
    """Our answer for the xcb plugin equals the dynamic loader's own ``not found`` list."""
    assert QT is not None
    plugin = QT / "plugins" / "platforms" / "libqxcb.so"
    shown = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    loader = set(re.findall(r"^\s*(\S+) => not found", shown, re.MULTILINE))
    ours = {m.library for m in missing_libraries([plugin], QT / "lib")}
    assert ours == loader


def test_a_truncated_or_foreign_file_is_not_elf(tmp_path: Path) -> None:
    assert QT is not None
    real = (QT / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    for name, data in [
        ("text", b"hello"),
        ("empty", b""),
        ("cut", real[:4096]),
        ("head", real[:20]),
    ]:
        (tmp_path / name).write_bytes(data)
        with pytest.raises(NotElf):
            needed_libraries(tmp_path / name)
    with pytest.raises(NotElf):
        needed_libraries(tmp_path / "absent")


def test_a_patched_plugin_is_reported_with_the_package_to_install(tmp_path: Path) -> None:
    check = desktop_check({}, qt=fake_qt(tmp_path))
    assert not check.ok and check.platform == "xcb"
    assert Missing(ABSENT, "libxcb-icccx4", "libqxcb.so") in check.missing
    assert check.install_command is not None and "libxcb-icccx4" in check.install_command
    line = check.one_line("the desktop app")
    assert ABSENT in line and "sudo apt-get install" in line


def test_the_quick_check_at_start_leaves_qt_modules_to_their_import(tmp_path: Path) -> None:
    qt = fake_qt(tmp_path, broken="gui")
    assert desktop_check({}, qt=qt, plugin_only=True).ok
    full = desktop_check({}, qt=qt)
    assert ABSENT_GUI in {m.library for m in full.missing} and "libegx1" in full.packages


def test_offscreen_does_not_need_the_xcb_libraries(tmp_path: Path) -> None:
    qt = fake_qt(tmp_path)
    assert desktop_check({"QT_QPA_PLATFORM": "offscreen"}, qt=qt).ok
    # a Wayland session falls back to X11 only when Wayland cannot start
    wayland = desktop_check({"XDG_SESSION_TYPE": "wayland"}, qt=qt, lookup=lambda name: None)
    assert wayland.ok and wayland.platform == "wayland"


def test_the_platform_qt_will_try() -> None:
    assert chosen_platforms({}) == ["xcb"]
    assert chosen_platforms({"WAYLAND_DISPLAY": "wayland-0"}) == ["wayland", "xcb"]
    assert chosen_platforms({"QT_QPA_PLATFORM": "offscreen"}) == ["offscreen"]
    assert chosen_platforms({"QT_QPA_PLATFORM": "wayland;xcb:foo"}) == ["wayland", "xcb"]


def test_a_platform_without_its_plugin_is_said_plainly(tmp_path: Path) -> None:
    check = desktop_check({"QT_QPA_PLATFORM": "nosuch"}, qt=fake_qt(tmp_path))
    assert not check.ok and "no 'nosuch' platform plugin" in check.one_line("the desktop app")


def test_a_library_missing_behind_another_is_the_one_named(tmp_path: Path) -> None:
    """libxcb-icccm present but libxcb itself absent: the package to install is libxcb1."""
    assert QT is not None

    def lookup(name: str) -> str | None:
        return "libxcb.so.1" if name.startswith("libxcb") else None

    check = desktop_check({}, qt=QT, lookup=lookup)
    assert [m.library for m in check.missing] == ["libxcb.so.1"]
    assert check.install_command == "sudo apt-get install libxcb1"


def test_everything_present_is_ok() -> None:
    assert desktop_check({}, qt=QT, lookup=lambda name: None).ok
    assert camera_check(qt=QT, lookup=lambda name: None).ok
    camera = camera_check(qt=QT, lookup=lambda name: name if name == "libpulse.so.0" else None)
    assert camera.packages == ["libpulse0"]


@pytest.mark.parametrize(
    "library,package",
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libX11.so.6", "libx11-6"),
        ("libEGL.so.1", "libegl1"),
        ("libGL.so.1", "libgl1"),
        ("libfontconfig.so.1", "libfontconfig1"),
        ("libpulse.so.0", "libpulse0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libz.so.1", "zlib1g"),
        ("libwayland-client.so.0", "libwayland-client0"),
        ("libgssapi_krb5.so.2", "libgssapi-krb5-2"),
        ("ld-linux-x86-64.so.2", "libc6"),
        ("libbz2.so.1.0", "libbz2-1.0"),
        ("weird", None),
    ],
)
def test_debian_package_names(library: str, package: str | None) -> None:
    assert debian_package(library) == package


def test_a_check_without_problems_says_nothing_to_install() -> None:
    check = LibraryCheck(applies=True, platform="xcb")
    assert check.ok and check.install_command is None and check.to_json()["missing"] == []


def test_the_system_check_imports_neither_qt_nor_the_rest_of_the_app() -> None:
    """It runs before Qt starts, and must keep working when Qt cannot load."""
    import ast

    folder = Path(__file__).resolve().parents[3] / "app" / "system"
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                assert not name.startswith("PySide6"), path
                assert not name.startswith("app.") or name.startswith("app.system"), path

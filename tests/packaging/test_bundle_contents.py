"""What the desktop bundle leaves out of PyInstaller's collection (packaging/bundle_contents.py),
on the file names of Linux, Windows and macOS: only this machine's build is run here, so the
other systems' names are checked as names."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bundle_contents", ROOT / "packaging" / "bundle_contents.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_contents", module)
    spec.loader.exec_module(module)
    return module


contents = _load()


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_de.qm",  # Linux, macOS
        "PySide6/translations/qtbase_de.qm",  # Windows
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/plugins/imageformats/qpdf.dll",
        "PySide6/Qt/plugins/imageformats/libqpdf.dylib",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/plugins/tls/qschannelbackend.dll",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt6VirtualKeyboard.dll",
        "PySide6/Qt/lib/QtVirtualKeyboard.framework/Versions/A/QtVirtualKeyboard",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt6Pdf.dll",
        "pyxform/validators/odk_validate/bin/ODK_Validate.jar",
        "PySide6/Qt/plugins/imageformats/libqtga.so",
        "PySide6/plugins/imageformats/qicns.dll",
        "PySide6/Qt/plugins/wayland-graphics-integration-client/libvulkan-server.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so",
        "PySide6/Qt/lib/libQt6WlShellIntegration.so.6",
        # the desktop session's own client libraries, taken from the laptop (Linux)
        "libdbus-1.so.3",
        "libpulse.so.0",
        "libgssapi_krb5.so.2",
    ],
)
def test_left_out(dest: str) -> None:
    assert not contents.shipped((dest, "/src/" + dest, "DATA"))


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        # the camera's FFmpeg plugin needs QtQuick and QtQml
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt6Qml.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",  # scanned documents
        "PySide6/Qt/plugins/imageformats/libqwebp.so",  # phones' photos
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "libxkbcommon.so.0",
        "libsqlite3.so.0",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "app/ui/fonts/NotoSansKhmer-Regular.ttf",
        "app/ui/i18n/fieldcase_km.qm",
        "forms/definitions/intake.xlsx",
        "sync/server/migrations/versions/0001_initial.py",
        "pyxform/iana_subtags.txt",
    ],
)
def test_kept(dest: str) -> None:
    assert contents.shipped((dest, "/src/" + dest, "DATA"))


def test_a_library_only_a_left_out_plugin_needed_is_dropped() -> None:
    needs = {
        "/src/qxcb.so": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
        "/src/_icu_.so": ["libicuuc.so.77"],
        "/src/libicuuc.so.77": ["libicudata.so.77"],
        "/src/libpango.so": ["libcairo.so.2"],  # needed only by GTK's theme, left out
    }
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/qxcb.so", "BINARY"),
        ("icu/_icu_.so", "/src/_icu_.so", "EXTENSION"),
        ("_cffi_backend.so", "/src/_cffi_backend.so", "EXTENSION"),  # top level, an extension
        ("libpython3.11.so.1.0", "/src/libpython", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libicuuc.so.77", "/src/libicuuc.so.77", "BINARY"),
        ("libicudata.so.77", "/src/libicudata.so.77", "BINARY"),
        ("libpango.so", "/src/libpango.so", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
    ]
    kept = contents.reachable(binaries, lambda path: needs.get(str(path), []))
    assert [dest for dest, _, _ in kept] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "icu/_icu_.so",
        "_cffi_backend.so",
        "libpython3.11.so.1.0",
        "libxcb-cursor.so.0",
        "libicuuc.so.77",
        "libicudata.so.77",
    ]

"""What of PyInstaller's collection goes into the bundle (packaging/fieldcase.spec uses it).

Plain Python with no PyInstaller import, so that tests check it on every system's file names:
``shipped`` decides per collected file (the TOC entry ``(destination, source, kind)``), and
``reachable`` drops, on Linux, the system libraries only left-out files needed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: destination in the bundle, source, kind

# What PyInstaller's Qt hooks collect for any QtGui or QtMultimedia program that this app does
# not use: plugin folders, single plugins (by name, without "lib" and the suffix) and the Qt
# libraries only those plugins need (the virtual keyboard brings QtQuick and QtQml, the PDF
# image format QtPdf, the embedded-Linux platforms EGLFS).
UNUSED_PLUGIN_FOLDERS = {
    "egldeviceintegrations",  # full-screen embedded Linux
    "generic",  # evdev and TUIO input without a window system
    "networkinformation",
    "tls",  # the app's HTTP is httpx, not Qt's network
    "qmltooling",
    "designer",
    "sqldrivers",
    "webview",
    "sceneparsers",
}
UNUSED_PLUGINS = {
    "qtvirtualkeyboardplugin",
    "qpdf",
    "qeglfs",
    "qlinuxfb",
    "qvnc",
    "qvkkhrdisplay",
    "qminimalegl",
    "qgtk3",  # GTK's dialogs: Qt's own are used where GTK is missing anyway
    # image formats nobody attaches (the attachment chooser offers jpg, png, bmp, gif, webp, tiff)
    "qicns",
    "qtga",
    "qwbmp",
    # Wayland: the server-buffer integrations are for Qt's own compositors, and of the shells a
    # desktop speaks xdg-shell (wl-shell is obsolete; ivi, fullscreen and qt-shell are embedded)
    "dmabuf-server",
    "drm-egl-server",
    "shm-emulation-server",
    "vulkan-server",
    "wl-shell-plugin",
    "ivi-shell",
    "fullscreen-shell-v1",
    "qt-shell",
}
UNUSED_QT_LIBRARIES = (  # QtQuick and QtQml stay: Qt Multimedia's FFmpeg plugin needs them
    "VirtualKeyboard",
    "Pdf",
    "EglFSDeviceIntegration",
    "EglFsKmsSupport",
    "WlShellIntegration",  # only the wl-shell plugin, left out above
)
# Linux: client libraries of the desktop session's own services, which every Linux desktop has
# and which are the system's to match its services: the session bus (libdbus-1, which QtDBus
# needs; it brings libsystemd and libgcrypt), the sound server (libpulse, which QtMultimedia
# needs; it brings libsndfile and five audio codecs the camera never uses) and Kerberos
# (libgssapi_krb5, which QtNetwork needs for HTTP "Negotiate"; the app's HTTP is httpx). Taken
# from the laptop like the C library, OpenGL and libxcb (PyInstaller's own list); ``reachable``
# then drops what only they needed (some 8 MB).
SYSTEM_LIBRARIES = {"libdbus-1.so.3", "libpulse.so.0", "libgssapi_krb5.so.2"}


def shipped(entry: Entry) -> bool:
    """Whether a collected file goes into the bundle. Qt's own translations stay out: the app
    translates every word it shows itself, and Qt has none for Khmer, Lao or Burmese."""
    parts = Path(entry[0]).parts
    name = parts[-1]
    if len(parts) == 1 and name in SYSTEM_LIBRARIES:
        return False
    if parts[0].startswith("PySide6") and "translations" in parts:
        return False
    if "plugins" in parts:
        stem = name.split(".")[0]
        stem = stem[3:] if stem.startswith("lib") else stem
        if UNUSED_PLUGIN_FOLDERS & set(parts) or stem in UNUSED_PLUGINS:
            return False
    for library in UNUSED_QT_LIBRARIES:
        lowered = name.lower()
        # libQt6Quick.so.6 (Linux), Qt6Quick.dll (Windows), QtQuick.framework (macOS)
        if (
            any(
                lowered.startswith(prefix.lower())
                for prefix in (f"libQt6{library}", f"Qt6{library}", f"Qt{library}.framework")
            )
            or f"Qt{library}.framework" in parts
        ):
            return False
    if parts[0] == "pyxform" and "validators" in parts and "bin" in parts:
        return False  # ODK Validate (a Java program): fieldcase checks forms itself
    return True


def reachable(binaries: list[Entry], needed: Callable[[Path], list[str]]) -> list[Entry]:
    """Linux: drop the system libraries collected only for the files left out above (GTK's
    theme plugin brings cairo, pango, atk...). A library PyInstaller put at the bundle's top
    level as a dependency stays when anything else kept (an extension module, libpython, a Qt
    library or plugin, or another library kept) names it in its DT_NEEDED entries, which
    ``needed`` reads (``[]`` for a file that is not a shared library)."""

    def library(entry: Entry) -> bool:  # one PyInstaller put there as a dependency
        dest, _, kind = entry
        return "/" not in dest and kind == "BINARY" and "libpython" not in dest

    top = {Path(entry[0]).name: entry for entry in binaries if library(entry)}
    todo = [Path(entry[1]) for entry in binaries if not library(entry)]
    kept: set[str] = set()
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in needed(path):
            if name in top and name not in kept:
                kept.add(name)
                todo.append(Path(top[name][1]))
    return [entry for entry in binaries if not library(entry) or Path(entry[0]).name in kept]

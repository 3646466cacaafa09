"""Which system libraries Qt will ask for, and which of them this machine lacks (Linux).

Qt's wheel brings Qt itself but not the system's X11, Wayland, OpenGL or audio libraries. When one
is missing, importing a Qt module fails with an ``ImportError``, or, worse, building the
``QApplication`` aborts the whole process (the xcb platform plugin is loaded only then, and Qt's
message names ``xcb-cursor0`` whatever is missing). This module finds out first, from the files
themselves: each Qt file's needed libraries (``DT_NEEDED``) are followed through Qt's own folder,
and every library from outside it is looked up the way the dynamic loader will look it up.

Contract:
- :func:`desktop_check` says whether the desktop app can start under the platform Qt will choose
  (``QT_QPA_PLATFORM``, else Wayland then X11 in a Wayland session, else X11), and if not, which
  libraries are missing and the Debian/Ubuntu packages that bring them.
- :func:`camera_check` does the same for Qt Multimedia (the camera; libpulse0 on Linux).
- Neither imports Qt. Off Linux, or where Qt is not installed as a wheel, both report ``ok`` with
  ``applies`` false: the frozen app and other systems bring or find their libraries otherwise.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.system.elf import NotElf, needed_libraries

# The Qt files behind the modules the app imports (QtCore, QtGui, QtWidgets) and the camera's.
DESKTOP_LIBRARIES = ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6")
CAMERA_LIBRARIES = ("libQt6Multimedia.so.6",)
# Qt's libraries that importing QtCore, QtGui and QtWidgets loads (with what they need).
MODULE_LIBRARIES = (*DESKTOP_LIBRARIES, "libQt6DBus.so.6")
CAMERA_PLUGINS = ("multimedia",)

# Debian/Ubuntu packages whose names do not follow the soname (libfoo.so.N -> libfooN).
PACKAGES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libresolv.so.2": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libbz2.so.1": "libbz2-1.0",
    "libbz2.so.1.0": "libbz2-1.0",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlienc.so.1": "libbrotli1",
    "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
}

_CANNOT_OPEN = re.compile(r"^(?P<name>[^:\s]+): cannot open shared object file")

Lookup = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Missing:
    """One library the system lacks: its name, the package that brings it, who asked for it."""

    library: str
    package: str | None
    needed_by: str

    def to_json(self) -> dict[str, str | None]:
        return {"library": self.library, "package": self.package, "needed_by": self.needed_by}


@dataclass
class LibraryCheck:
    """The libraries one capability (the desktop, the camera) needs that this machine lacks."""

    applies: bool
    platform: str | None = None
    missing: list[Missing] = field(default_factory=list)
    problem: str | None = None  # a missing Qt file or plugin: not something apt-get brings

    @property
    def ok(self) -> bool:
        return not self.missing and self.problem is None

    @property
    def packages(self) -> list[str]:
        return sorted({m.package for m in self.missing if m.package})

    @property
    def install_command(self) -> str | None:
        return f"sudo apt-get install {' '.join(self.packages)}" if self.packages else None

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "applies": self.applies,
            "platform": self.platform,
            "missing": [m.to_json() for m in self.missing],
            "problem": self.problem,
            "install": self.install_command,
        }

    def one_line(self, what: str) -> str:
        """The sentence a person needs: what is missing and the command that installs it."""
        if self.problem:
            return f"{what}: {self.problem}"
        names = ", ".join(sorted({m.library for m in self.missing}))
        unknown = sorted({m.library for m in self.missing if m.package is None})
        line = f"{what} needs system libraries this machine lacks ({names})"
        if self.install_command:
            line += f"; install them with: {self.install_command}"
        if unknown:
            line += f" (no package known for {', '.join(unknown)})"
        return line


def debian_package(library: str) -> str | None:
    """The Debian/Ubuntu package that brings ``library`` (``libxcb-icccm.so.4`` ->
    ``libxcb-icccm4``, ``libxkbcommon-x11.so.0`` -> ``libxkbcommon-x11-0``)."""
    if library in PACKAGES:
        return PACKAGES[library]
    stem, dot_so, version = library.partition(".so.")
    if not dot_so or not stem or not version.split(".")[0].isdigit():
        return None
    stem, version = stem.lower().replace("_", "-"), version.split(".")[0]
    return f"{stem}-{version}" if stem[-1].isdigit() else f"{stem}{version}"


def cannot_open(message: str) -> str | None:
    """The library named by a dynamic loader's "cannot open shared object file" message."""
    found = _CANNOT_OPEN.match(message)
    return found.group("name") if found else None


def system_lookup(library: str) -> str | None:
    """``None`` when the dynamic loader finds ``library`` and everything it needs; otherwise the
    name of the library it could not open (``library`` itself, or one ``library`` needs)."""
    try:
        ctypes.CDLL(library)
    except OSError as exc:
        return cannot_open(str(exc)) or library
    return None


def qt_folder() -> Path | None:
    """The wheel's ``PySide6/Qt`` folder, found without importing PySide6."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    return folder if (folder / "lib").is_dir() else None


def chosen_platforms(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order."""
    explicit = environ.get("QT_QPA_PLATFORM", "")
    if explicit:
        return [name.split(":")[0] for name in explicit.split(";") if name.split(":")[0]]
    if environ.get("XDG_SESSION_TYPE") == "wayland" or environ.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def missing_libraries(
    files: Iterable[Path],
    qt_lib: Path,
    lookup: Lookup = system_lookup,
    skip: frozenset[str] = frozenset(),
) -> list[Missing]:
    """Every library outside ``qt_lib`` that ``files`` (followed through Qt's own libraries, but
    for those named in ``skip``) need and the system cannot provide."""
    missing: dict[str, Missing] = {}
    seen: set[Path] = set()
    todo = [path for path in files]
    looked_up: dict[str, str | None] = {}
    while todo:
        path = todo.pop(0)
        if path in seen:
            continue
        seen.add(path)
        try:
            needed = needed_libraries(path)
        except NotElf:
            continue
        for library in needed:
            own = qt_lib / library
            if library in skip:
                continue
            if own.exists():
                todo.append(own)
                continue
            if library not in looked_up:
                looked_up[library] = lookup(library)
            lacking = looked_up[library]
            if lacking is not None and lacking not in missing:
                missing[lacking] = Missing(lacking, debian_package(lacking), path.name)
    return list(missing.values())


def desktop_check(
    environ: Mapping[str, str] | None = None,
    qt: Path | None = None,
    lookup: Lookup = system_lookup,
    *,
    plugin_only: bool = False,
) -> LibraryCheck:
    """``plugin_only``: only what the platform plugin adds to Qt's modules (two files read, not
    fifteen), for the desktop app's start. What the modules themselves lack shows up there as an
    ``ImportError`` when they are imported, and the full check then says it."""
    environ = os.environ if environ is None else environ
    qt = qt or qt_folder()
    if not sys.platform.startswith("linux") or qt is None:
        return LibraryCheck(applies=False)
    modules = [qt / "lib" / name for name in DESKTOP_LIBRARIES]
    core = [] if plugin_only else missing_libraries(modules, qt / "lib", lookup)
    skip = frozenset(MODULE_LIBRARIES) if plugin_only else frozenset()
    first: LibraryCheck | None = None
    for platform in chosen_platforms(environ):
        plugin = qt / "plugins" / "platforms" / f"libq{platform}.so"
        if not plugin.exists():
            check = LibraryCheck(
                True, platform, list(core), f"Qt has no '{platform}' platform plugin"
            )
        else:
            more = missing_libraries([plugin], qt / "lib", lookup, skip)
            names = {m.library for m in core}
            check = LibraryCheck(True, platform, core + [m for m in more if m.library not in names])
        if check.ok:
            return check
        first = first or check
    assert first is not None
    return first


def camera_check(qt: Path | None = None, lookup: Lookup = system_lookup) -> LibraryCheck:
    qt = qt or qt_folder()
    if not sys.platform.startswith("linux") or qt is None:
        return LibraryCheck(applies=False)
    files = [qt / "lib" / name for name in CAMERA_LIBRARIES]
    if not files[0].exists():
        return LibraryCheck(True, problem="Qt Multimedia is not installed (PySide6-Addons)")
    for folder in CAMERA_PLUGINS:
        files += sorted((qt / "plugins" / folder).glob("*.so"))
    return LibraryCheck(True, missing=missing_libraries(files, qt / "lib", lookup))

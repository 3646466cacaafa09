"""The layering rules of docs/architecture.md, checked on the source.

The application is a set of rooms (packages), and imports between rooms go one way: down
``MAY_IMPORT``, a graph with no circle in it. A module's imports are all of them: at the top, inside
a function (imported late for the cold start) and under ``TYPE_CHECKING`` (a type named across
rooms is a dependency too). ``from app.workspace import audit`` counts as importing the module
``app.workspace.audit``.

``app/errors.py``, the exception root, is the one module at ``app/`` top level: every room,
``app.text`` included, raises its errors, so it sits below them all.

What cannot hold yet, because the modules that break it move in a later slice of issue 18, is
listed in ``ALLOWED_FOR_NOW`` (an import between rooms against the rules) and ``KNOWN_CIRCLES`` (an
import circle between modules of different rooms), each with its reason. Each entry also shows as
an expected failure in every run's summary, and is strict: when the import is gone, the run fails
until the entry is removed.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

BELOW_CASES = {"app.errors", "app.text", "forms", "app.workspace"}
MAY_IMPORT: dict[str, set[str]] = {
    "forms": set(),
    "sync": set(),
    "app.errors": set(),
    "app.system": {"app.errors"},
    "app.text": {"app.errors"},
    "app.workspace": {"app.errors", "app.text", "forms"},
    "app.cases": BELOW_CASES,
    "app.interviews": BELOW_CASES | {"app.cases"},
    "app.export": BELOW_CASES | {"app.cases", "app.interviews"},
    "app.team": BELOW_CASES | {"app.cases", "app.interviews", "app.export", "sync"},
    "app.cli": BELOW_CASES
    | {"app.cases", "app.interviews", "app.export", "app.team", "app.system", "sync"},
    "app.ui": BELOW_CASES
    | {"app.cases", "app.interviews", "app.export", "app.team", "app.system", "sync"},
    # the installed ``fieldcase``: the desktop app or a command, the one room that knows both
    "app.start": {"app.cli", "app.ui", "app.system"},
}

NEXT_SLICE = "issue 18, next slice"
ALLOWED_FOR_NOW: dict[tuple[str, str], str] = {
    # the case book knows how events leave the laptop
    ("app.cases.book", "app.team.outbox"): (
        f"the case book seals its events into the outbox; they should leave through a port the "
        f"book is given ({NEXT_SLICE})"
    ),
    ("app.cases.book", "app.team.referrals"): (
        f"recording a referral seals it to the other team from inside the book ({NEXT_SLICE})"
    ),
    ("app.cases.erasure", "app.team.referral_attachments"): (
        f"erasing a case reaches into the referral attachments in transit ({NEXT_SLICE})"
    ),
    ("app.cases.erasure", "app.interviews.attachments"): (
        f"erasing a case deletes its attachments itself; the interviews room should register "
        f"what it erases ({NEXT_SLICE})"
    ),
    ("app.cases.overview", "app.interviews.form_library"): (
        f"the overview reads form titles from the form library ({NEXT_SLICE})"
    ),
    ("app.cases.demo", "app.interviews.interview"): (
        f"demo cases are made by filling the shipped forms: the demo is not part of the case "
        f"domain and should move above it ({NEXT_SLICE})"
    ),
    ("app.cases.demo", "app.interviews.form_library"): (
        f"demo cases are made by filling the shipped forms ({NEXT_SLICE})"
    ),
}

KNOWN_CIRCLES: dict[str, tuple[frozenset[str], str]] = {
    "cases and the team layer": (
        frozenset(
            {
                "app.cases.book",
                "app.cases.erasure",
                "app.team.outbox",
                "app.team.referrals",
                "app.team.referral_attachments",
                "app.team.attachment_sync",
                "app.team.supervisor_trust",
                "app.team.directory",
                "app.team.form_versions",
            }
        ),
        f"the case book imports the outbox, which imports the case book back ({NEXT_SLICE})",
    ),
}


# -- reading the source ---------------------------------------------------------------------------


@functools.cache
def _modules() -> dict[str, Path]:
    found = {}
    for top in ("app", "forms", "sync"):
        for path in (ROOT / top).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _imports(path: Path) -> set[str]:
    """Top-level names a file imports (``PySide6``, ``app``...)."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _known(name: str) -> str | None:
    """The module a dotted name is, or is in (``app.workspace.audit.Action`` -> its module)."""
    modules = _modules()
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _module_imports(module: str) -> set[str]:
    path = _modules()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(filter(None, (_known(alias.name) for alias in node.names)))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([base] if base else [])])
            for alias in node.names:
                target = _known(f"{base}.{alias.name}") if base else None
                found.update(filter(None, [target]))
    found.discard(module)
    found.discard("app")  # the empty package itself
    return found


@functools.cache
def _graph() -> dict[str, frozenset[str]]:
    return {module: frozenset(_module_imports(module)) for module in _modules()}


def room(module: str) -> str:
    """The package a module belongs to (``app.errors`` is its own room)."""
    parts = module.split(".")
    if parts[0] in ("forms", "sync") or len(parts) == 1:
        return parts[0]
    if (ROOT / "app" / parts[1]).is_dir():
        return f"app.{parts[1]}"
    return module  # a module lying flat at app/ top level: a room of its own, with no rules


def _crossings() -> Iterator[tuple[str, str]]:
    for module, imported in sorted(_graph().items()):
        for target in sorted(imported):
            if module != "app" and room(module) != room(target):
                yield module, target


def _circles() -> list[frozenset[str]]:
    """Strongly connected sets of modules (Tarjan), those of more than one module."""
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            members = set()
            while True:
                top = stack.pop()
                on_stack.discard(top)
                members.add(top)
                if top == node:
                    break
            if len(members) > 1:
                found.append(frozenset(members))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _circles_between_rooms() -> list[frozenset[str]]:
    return [c for c in _circles() if len({room(m) for m in c}) > 1]


# -- the rules ------------------------------------------------------------------------------------


def test_only_app_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("app", "forms", "sync")
        for path in sorted((ROOT / package).rglob("*.py"))
        if "PySide6" in _imports(path) and not path.is_relative_to(ROOT / "app" / "ui")
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "package,forbidden", [("forms", {"app", "sync"}), ("sync", {"app", "forms"})]
)
def test_lower_layers_do_not_import_upper_ones(package: str, forbidden: set[str]) -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / package).rglob("*.py"))
        if _imports(path) & forbidden
    ]
    assert offenders == []


def test_app_top_level_holds_only_the_exception_root() -> None:
    """The folder list of app/ reads as the architecture: rooms, and ``errors`` below them all."""
    flat = sorted(p.name for p in (ROOT / "app").glob("*.py"))
    assert flat == ["__init__.py", "errors.py"]


def test_every_room_has_rules() -> None:
    rooms = {room(module) for module in _modules()} - {"app"}
    assert rooms <= set(MAY_IMPORT), f"no layering rule for {sorted(rooms - set(MAY_IMPORT))}"


def test_the_rules_themselves_allow_no_circle() -> None:
    """``MAY_IMPORT`` read as a graph of rooms has no circle, so imports that keep to it cannot
    make one between rooms."""
    done: set[str] = set()

    def down(node: str, path: tuple[str, ...]) -> None:
        assert node not in path, f"the rules allow a circle: {' -> '.join((*path, node))}"
        if node in done:
            return
        for lower in sorted(MAY_IMPORT[node]):
            down(lower, (*path, node))
        done.add(node)

    for node in sorted(MAY_IMPORT):
        down(node, ())


def test_rooms_import_only_the_rooms_below_them() -> None:
    offenders = [
        f"{module} ({room(module)}) imports {target} ({room(target)})"
        for module, target in _crossings()
        if room(target) not in MAY_IMPORT.get(room(module), set())
        and (module, target) not in ALLOWED_FOR_NOW
    ]
    assert offenders == []


def test_workspace_imports_nothing_of_app_but_text_and_errors() -> None:
    """Said once more plainly, for the room everything else stands on."""
    offenders = [
        f"{module} imports {target}"
        for module, target in _crossings()
        if room(module) == "app.workspace"
        and room(target) not in {"app.text", "app.errors", "forms"}
    ]
    assert offenders == []


def test_interviews_import_neither_the_interface_nor_the_command_line() -> None:
    offenders = [
        f"{module} imports {target}"
        for module, target in _crossings()
        if room(module) == "app.interviews" and room(target) in {"app.ui", "app.cli"}
    ]
    assert offenders == []


def test_no_new_import_circle_between_rooms() -> None:
    """An import circle between modules of different rooms is a failure unless it lies within one
    of the ``KNOWN_CIRCLES``."""
    new = [
        sorted(circle)
        for circle in _circles_between_rooms()
        if not any(circle <= known for known, _ in KNOWN_CIRCLES.values())
    ]
    assert new == []


@pytest.mark.parametrize(
    "module,target",
    [
        pytest.param(module, target, marks=pytest.mark.xfail(strict=True, reason=reason))
        for (module, target), reason in ALLOWED_FOR_NOW.items()
    ],
    ids=[f"{module}->{target}" for module, target in ALLOWED_FOR_NOW],
)
def test_allowed_for_now_import_is_gone(module: str, target: str) -> None:
    """Expected to fail while the import exists: it lists, in every run's summary, what is
    allowed for now and why; once the import is gone (or keeps to the rules) it passes, and
    strictness turns that into a failure until the entry is removed from ``ALLOWED_FOR_NOW``."""
    still_breaks_a_rule = (module, target) in set(_crossings()) and room(target) not in MAY_IMPORT[
        room(module)
    ]
    assert not still_breaks_a_rule


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=reason))
        for name, (_, reason) in KNOWN_CIRCLES.items()
    ],
)
def test_known_circle_is_gone(name: str) -> None:
    """Expected to fail while the circle exists (see ``test_allowed_for_now_import_is_gone``)."""
    known, _ = KNOWN_CIRCLES[name]
    assert not any(len(circle & known) > 1 for circle in _circles_between_rooms())


def test_layering_check_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\n", "utf-8")
    assert "PySide6" in _imports(sample)


def test_layering_check_sees_every_kind_of_import() -> None:
    """A function-level import, a ``TYPE_CHECKING`` import and ``from package import module``
    all count."""
    imported = _graph()["app.workspace.session"]
    assert "app.workspace.folder" in imported  # under TYPE_CHECKING
    assert "app.workspace.audit" in imported  # from app.workspace import audit
    assert "app.workspace.schema" in _graph()["app.workspace.folder"]  # inside a method

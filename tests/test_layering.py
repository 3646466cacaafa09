"""The layering rules of docs/architecture.md, checked on the source.

The application is a set of rooms (packages), and imports between rooms go one way: down
``MAY_IMPORT``, a graph with no circle in it. A module's imports are all of them: at the top, inside
a function (imported late for the cold start) and under ``TYPE_CHECKING`` (a type named across
rooms is a dependency too). ``from app.workspace import audit`` counts as importing the module
``app.workspace.audit``.

``app/errors.py``, the exception root, is the one module at ``app/`` top level: every room,
``app.text`` included, raises its errors, so it sits below them all.

There is no exception list: an import against the rules, or an import circle between modules of
different rooms, fails the run.
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


def test_the_application_opens_case_books_that_carry_their_records() -> None:
    """A ``CaseBook`` made without its carrier keeps every record on this laptop: the desktop app
    and the command line open theirs through ``app.team.case_book.case_book`` only."""
    made_bare = []
    for module, path in sorted(_modules().items()):
        if room(module) not in {"app.ui", "app.cli", "app.start", "app.export", "app.interviews"}:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                called = node.func
                name = (
                    called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
                )
                if name == "CaseBook":
                    made_bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert made_bare == []


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


def test_no_import_circle_between_rooms() -> None:
    """Modules of different rooms never import each other in a circle (within a room they may:
    the outbox and the referrals it hands a referral to)."""
    assert [sorted(circle) for circle in _circles_between_rooms()] == []


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

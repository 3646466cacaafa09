"""The dependency graph of a form's logic, built once per form from its binds.

Each bind expression (calculate, relevant, required, constraint, readonly) and each repeat count is
a ``Logic`` item that reads some generic paths. When an answer changes, only the items that read it
-- and, through calculations, whatever reads *their* targets -- run again, in an order where a
calculation always runs before anything that reads it. That is what keeps one answer cheap on a
large form. A calculation that (through others) reads itself is a cycle: a load error naming the
fields involved, as ODK Collect refuses such a form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from forms.body import Output
from forms.definition import FormDefinition
from forms.errors import FormLoadError
from forms.xpath import (
    Binary,
    Call,
    Expr,
    Filter,
    Literal,
    Negate,
    Number,
    Path,
    parse,
    references,
)

KINDS = ("calculate", "relevant", "required", "constraint", "readonly")


@dataclass(slots=True)
class Logic:
    target: str  # generic path of the node the result is for
    kind: str  # calculate relevant required constraint readonly count
    source: str
    expr: Expr
    reads: frozenset[str]
    unknown: bool  # reads something we cannot name statically: run on every change
    rank: int = 0
    # Evaluated for a node in a repeat instance, reads that repeat only in that instance (every
    # path through it is contextualised: no predicate on the form's nodes, no indexed-repeat()).
    # An answer in one instance then reruns it for that instance only (see FormSession).
    local: bool = False


def _reads(read: str, changed: str) -> bool:
    """Does reading ``read`` see a change of the value at ``changed``?

    Exact paths only: reading a group (``position(..)``, ``count(../x)``) is reading structure,
    which changes only when repeat instances come and go (see ``_overlaps``). Reading a group's
    string-value (all its text run together) is not something forms do.
    """
    return read == changed


def _overlaps(read: str, changed: str) -> bool:
    """... or a change of the *structure* under ``changed`` (repeat instances added/removed)."""
    return read == changed or read.startswith(changed + "/") or changed.startswith(read + "/")


@dataclass(slots=True)
class LogicGraph:
    items: list[Logic]
    by_target: dict[str, list[Logic]] = field(default_factory=dict)
    readers: dict[int, list[Logic]] = field(default_factory=dict)  # id(item) -> its readers
    _cache: dict[tuple[str, bool], list[Logic]] = field(default_factory=dict)

    @classmethod
    def build(cls, definition: FormDefinition) -> LogicGraph:
        items: list[Logic] = []
        for bind in definition.binds.values():
            for kind in KINDS:
                source = getattr(bind, kind)
                if source is None:
                    continue
                tree = parse(source)
                reads, unknown = references(tree, bind.gpath)
                if "itext" in source:
                    unknown = _itext_reads(definition, tree, bind.gpath, reads) or unknown
                items.append(
                    Logic(
                        bind.gpath,
                        kind,
                        source,
                        tree,
                        frozenset(reads),
                        unknown,
                        local=not unknown and pinned(tree),
                    )
                )
        for gpath, count in definition.repeats.items():
            if count:
                tree = parse(count)
                reads, unknown = references(tree, gpath)
                items.append(Logic(gpath, "count", count, tree, frozenset(reads), unknown))
        graph = cls(items)
        graph._rank(definition)
        for item in graph.items:
            graph.by_target.setdefault(item.target, []).append(item)
        return graph

    def _readers(self) -> dict[int, list[Logic]]:
        """For each item, the items that read what it changes.

        A calculation changes its target's value; a relevance changes what its target and
        everything under it read as (a non-relevant node reads as blank). Repeat counts change
        structure and are handled after each pass; constraints, required and read-only change
        nothing another expression reads.
        """
        by_read: dict[str, list[Logic]] = {}
        for item in self.items:
            for r in item.reads:
                by_read.setdefault(r, []).append(item)
        readers: dict[int, list[Logic]] = {}
        for item in self.items:
            if item.kind == "calculate":
                found = list(by_read.get(item.target, ()))
            elif item.kind == "relevant":
                prefix = item.target + "/"
                found = [
                    b
                    for path, bs in by_read.items()
                    if path == item.target or path.startswith(prefix)
                    for b in bs
                    if b is not item
                ]
            else:
                found = []
            readers[id(item)] = found
        return readers

    def _rank(self, definition: FormDefinition) -> None:
        self.readers = self._readers()
        self._check_cycles(definition, self.readers)
        ordered = [i for i in self.items if i.kind != "count"]
        readers = {k: [b for b in v if b.kind != "count"] for k, v in self.readers.items()}
        indegree = {id(i): 0 for i in ordered}
        for item in ordered:
            for b in readers[id(item)]:
                indegree[id(b)] += 1
        ready = [i for i in ordered if indegree[id(i)] == 0]
        order: list[Logic] = []
        while ready:
            item = ready.pop(0)
            order.append(item)
            for b in readers[id(item)]:
                indegree[id(b)] -= 1
                if indegree[id(b)] == 0:
                    ready.append(b)
        if len(order) < len(ordered):
            # A loop through a relevance (a group shown by a calculation over its own questions):
            # ODK evaluates such forms in one pass too; run the rest calculations first.
            placed = {id(i) for i in order}
            rest = [i for i in ordered if id(i) not in placed]
            order += sorted(rest, key=lambda i: i.kind != "calculate")
        for rank, item in enumerate(order):
            item.rank = rank
        for item in self.items:
            if item.kind == "count":
                item.rank = len(order)
        self.items.sort(key=lambda i: i.rank)

    def _check_cycles(self, definition: FormDefinition, readers: dict[int, list[Logic]]) -> None:
        """A calculation that reads itself, directly or through other calculations: load error.

        JavaRosa's rule, looked up in its TriggerableDag and its tests: a calculation that reads
        its own node (``. + 1``, ``coalesce(/data/geo, ...)`` on /data/geo) is a cycle, and ODK
        Collect refuses the form ("Cycle detected in form's relevant and calculation logic");
        only constraints may read their own node. We refuse it too, saying what to write instead.
        """
        calcs = [i for i in self.items if i.kind == "calculate"]
        for c in calcs:
            if c.target in c.reads:
                raise FormLoadError(
                    "FORM011",
                    definition.locate(c.target, "calculation"),
                    name=c.target.rsplit("/", 1)[-1],
                )
        indegree = {id(c): 0 for c in calcs}
        for c in calcs:
            for b in readers[id(c)]:
                if b.kind == "calculate":
                    indegree[id(b)] += 1
        ready = [c for c in calcs if indegree[id(c)] == 0]
        done = 0
        while ready:
            c = ready.pop()
            done += 1
            for b in readers[id(c)]:
                if b.kind == "calculate":
                    indegree[id(b)] -= 1
                    if indegree[id(b)] == 0:
                        ready.append(b)
        if done < len(calcs):
            stuck = [c for c in calcs if indegree[id(c)] > 0]
            names = " -> ".join(sorted({c.target.rsplit("/", 1)[-1] for c in stuck}))
            raise FormLoadError(
                "FORM006", definition.locate(stuck[0].target, "calculation"), cycle=names
            )

    def direct(self, changed: str, structural: bool = False) -> list[Logic]:
        """The logic that reads ``changed`` itself (or, for a change of repeat structure, anything
        at, above or under it); what *that* changes is followed by the session, change by
        change, through ``readers``."""
        key = (changed, structural)
        cached = self._cache.get(key)
        if cached is None:
            test = _overlaps if structural else _reads
            cached = [i for i in self.items if i.unknown or any(test(r, changed) for r in i.reads)]
            self._cache[key] = cached
        return cached

    def under(self, gpaths: Iterable[str]) -> list[Logic]:
        """All logic whose target is one of ``gpaths`` or below them (new repeat instances)."""
        roots = tuple(gpaths)
        return [
            i
            for i in self.items
            if any(i.target == g or i.target.startswith(g + "/") for g in roots)
        ]


def pinned(tree: Expr) -> bool:
    """Does every path of ``tree`` through the form stay in the repeat instances of the node it
    is evaluated for? Predicates on the form's nodes and indexed-repeat() choose other instances;
    lookups in a secondary instance (static) do not, if their predicates are pinned too."""
    if isinstance(tree, (Literal, Number)):
        return True
    if isinstance(tree, Negate):
        return pinned(tree.operand)
    if isinstance(tree, Binary):
        return pinned(tree.left) and pinned(tree.right)
    if isinstance(tree, Call):
        return tree.name != "indexed-repeat" and all(pinned(a) for a in tree.args)
    if isinstance(tree, Filter):
        return _is_instance(tree.primary) and all(pinned(p) for p in tree.predicates)
    predicates = [p for step in tree.steps for p in step.predicates]
    start = tree.start
    if start is None or (isinstance(start, Call) and start.name == "current" and not start.args):
        return not predicates
    if _is_instance(start):
        return pinned(start) and all(pinned(p) for p in predicates)
    return False


def _is_instance(tree: Expr) -> bool:
    if isinstance(tree, Filter):
        return _is_instance(tree.primary)
    return isinstance(tree, Call) and tree.name == "instance"


def _itext_reads(definition: FormDefinition, tree: Expr, gpath: str, reads: set[str]) -> bool:
    """``jr:itext('id')`` reads what the text's outputs read (``Age of ${q}``), in every
    language; adds those to ``reads``. True when an id is computed (cannot be known)."""
    calls = [c for c in _calls(tree) if c.name in ("jr:itext", "itext")]
    if any(not (len(c.args) == 1 and isinstance(c.args[0], Literal)) for c in calls):
        return True
    ids = {c.args[0].value for c in calls if isinstance(c.args[0], Literal)}
    for texts in definition.itext.values():
        for text_id in ids & texts.keys():
            for parts in texts[text_id].values():
                for part in parts:
                    if isinstance(part, Output):
                        found, unknown = references(parse(part.expr), gpath)
                        reads.update(found)
                        if unknown:
                            return True
    return False


def _calls(tree: Expr) -> list[Call]:
    found: list[Call] = []
    stack: list[Expr] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Call):
            found.append(node)
            stack.extend(node.args)
        elif isinstance(node, Binary):
            stack += [node.left, node.right]
        elif isinstance(node, Negate):
            stack.append(node.operand)
        elif isinstance(node, Filter):
            stack += [node.primary, *node.predicates]
        elif isinstance(node, Path):
            stack += [p for step in node.steps for p in step.predicates]
            if node.start is not None:
                stack.append(node.start)
    return found


def graph_for(definition: FormDefinition) -> LogicGraph:
    """The definition's logic graph (built at load time; built here for hand-made definitions)."""
    if definition.logic is None:
        definition.logic = LogicGraph.build(definition)
    return definition.logic

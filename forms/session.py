"""FormSession: one filling-in of a form -- answers, logic, repeats, validation.

Contract:
- ``set_answer``/``clear_answer`` normalise the value (NFC, native digits, the app's hook), store it
  as ODK stores it, and re-run only the logic that reads it, then -- in dependency order -- only
  what reads a calculation whose value moved or a relevance that flipped (``forms.graph``).
- Relevance is inherited: a question inside a non-relevant group is non-relevant. Its answer is
  kept (switching the group back restores it, as in ODK Collect) but left out of the submission,
  and while hidden it reads as blank in expressions (JavaRosa's rule).
- A bind whose expression fails at run time is recorded in ``field_errors`` for that field and the
  session carries on: a calculation becomes blank, a relevance stays true, a constraint fails.
- A field is *valid* when it is non-relevant, or relevant and neither required-and-blank nor
  failing its constraint. The session is *complete* when every field is valid.

Fields are addressed by *keys*: the XLSForm name, prefixed by enclosing repeats with 1-based
instance numbers (``family[2]/name``) -- or, for a name the form uses twice, the path below the
root (``g1/a``, ``family[2]/g/a``; see ``forms.keys``); an absolute path
(``/data/family[2]/name``) also works.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from collections.abc import Callable, Mapping

from forms import events
from forms.answers import allowed_values, coerce
from forms.definition import Field, FormDefinition, Text
from forms.errors import AnswerError, FormError
from forms.evaluate import Environment, evaluate
from forms.graph import Logic, graph_for
from forms.instance import Node
from forms.keys import key_of, resolve_key
from forms.media import instances_with_media
from forms.normalise import TextNormaliser
from forms.repeats import stamp_instance
from forms.states import FieldState as FieldState  # re-exported: forms/__init__.py
from forms.states import NodeState, field_state
from forms.values import Value, bind_truth, number_to_string, to_date, to_number, to_string


class FormSession:
    """Answers and logic for one submission of ``definition``."""

    def __init__(
        self,
        definition: FormDefinition,
        *,
        language: str | None = None,
        normaliser: TextNormaliser | None = None,
        now: Callable[[], dt.datetime] | None = None,
        properties: dict[str, str] | None = None,
        seed: int | None = None,
        instance: Node | None = None,
        media: Mapping[str, bytes] | None = None,
        location: Callable[[], str | None] | None = None,
    ) -> None:
        """Start a new submission, or resume one when ``instance`` (from a draft) is given.

        ``properties`` feed the metadata preloads: ``deviceid``, ``username``, ``email``,
        ``phonenumber``. ``now`` fixes the clock (``forms run --today``); ``seed`` makes
        ``random()``/``uuid()`` reproducible. ``media`` holds the data files the form names
        (``cases.csv`` for ``select_one_from_file``/``pulldata``; see ``forms.media``);
        ``location`` gives the device's position (``"lat lon alt accuracy"``) or None.
        """
        self.definition = definition
        self.graph = graph_for(definition)
        self.language = definition.resolve_language(language)
        self.normaliser = normaliser
        self.properties = dict(properties or {})
        self.location = location or (lambda: None)
        self._clock = now or (lambda: dt.datetime.now().astimezone())
        self.primary = instance if instance is not None else definition.primary.copy()
        self.env = Environment(
            main=self.primary,
            instances=instances_with_media(definition, media),
            now=self._clock,
            choice_label=self._choice_label,
            itext=self._itext,
            rng=random.Random(seed),
        )
        self.states: dict[int, NodeState] = {}
        self._count_errors: dict[str, str] = {}  # repeat gpath -> repeat_count failure
        self._by_gpath: dict[str, list[Node]] = {}
        self._fields = {f.gpath: f for f in definition.fields}
        self._reindex()
        if instance is None:
            events.first_load(self)
        self.recompute()

    def set_language(self, code: str | None) -> str | None:
        """Switch the language of messages and labels (``km`` or ``Khmer (km)``); returns the
        form language chosen (the default one when the form lacks ``code``)."""
        chosen = self.definition.resolve_language(code)
        if chosen != self.language:
            self.language = chosen
            self._propagate([i for i in self.graph.items if "itext" in i.source])  # jr:itext()
        return self.language

    # ------------------------------------------------------------------------------ addressing

    @property
    def data(self) -> Node:
        return self.primary.children[0]

    def node(self, key: str) -> Node:
        """The node a key names (``family[2]/name``, ``/data/family[2]/name``); AnswerError."""
        if key.startswith("/"):
            found = evaluate(key, self.data, self.env)
            if isinstance(found, list) and found and isinstance(found[0], Node):
                return found[0]
            raise AnswerError("ANS001", name=key)
        keyed = self._keyed.get(key)
        if keyed is None:
            keyed = self._keyed[key] = resolve_key(self.definition, self.data, key)
        return keyed

    def key(self, node: Node) -> str:
        """The key of a node: its name prefixed by its enclosing repeat instances."""
        return key_of(self.definition, node)

    def nodes(self, gpath: str) -> list[Node]:
        """Every node at a generic path, in document order."""
        return self._by_gpath.get(gpath, [])

    def _reindex(self) -> None:
        self._keyed: dict[str, Node] = {}  # key -> node, until repeat instances come or go
        index: dict[str, list[Node]] = {}
        for n in self.data.iter():
            index.setdefault(n.gpath, []).append(n)
        self._by_gpath = index
        live = {id(n) for n in self.data.iter()}
        self.states = {k: v for k, v in self.states.items() if k in live}

    @property
    def field_errors(self) -> dict[str, str]:
        """Key -> what failed, for every field whose logic failed at run time (see the module
        docstring); a repeat whose repeat_count failed is listed under the repeat's name."""
        found: dict[str, str] = {}
        for node in self.data.iter():
            state = self.states.get(id(node))
            if state is not None and state.errors:
                found[self.key(node)] = "; ".join(f"{k}: {v}" for k, v in state.errors.items())
        for gpath, problem in self._count_errors.items():
            found[gpath.rsplit("/", 1)[-1]] = problem
        return found

    def _forget(self, node: Node) -> None:
        """Drop the state of a removed subtree (so a new node never inherits it by id)."""
        self._keyed.clear()
        for n in node.iter():
            self.states.pop(id(n), None)

    def state_of(self, node: Node) -> NodeState:
        state = self.states.get(id(node))
        if state is None:
            state = self.states[id(node)] = NodeState()
        return state

    # --------------------------------------------------------------------------------- answers

    def set_answer(self, key: str, value: object, *, prefill: bool = False) -> None:
        """Store an answer (normalised and type-checked) and update what depends on it.

        ``prefill`` is for the app filling a read-only question it owns before the interview
        starts (the case a follow-up is about); a person can never change a read-only answer."""
        node = self.node(key)
        fld = self._fields.get(node.gpath)
        if fld is None:
            raise AnswerError("ANS002", name=key, what="a group or repeat")
        if fld.kind in ("calculate", "note", "metadata"):
            raise AnswerError("ANS002", name=key, what=f"a {fld.kind}")
        if self.readonly(node) and not prefill:
            raise AnswerError("ANS002", name=key, what="read-only")
        stored = coerce(
            value, fld, allowed_values(self.definition, fld, self.env.instances), self.normaliser
        )
        self.store(node, stored)

    def clear_answer(self, key: str) -> None:
        self.set_answer(key, None)

    def answer(self, key: str) -> str:
        return self.node(key).value

    def store(self, node: Node, value: str) -> None:
        """Put a stored-form value on a node and run what depends on it (no checks)."""
        if node.value == value:
            return
        node.value = value
        self._propagate(self.graph.direct(node.gpath), origin=node)
        events.value_changed(self, node)

    # --------------------------------------------------------------------------------- repeats

    def add_repeat(self, repeat: str, parent: str | None = None) -> str:
        """Add an instance of repeat ``repeat`` (its name); returns the new instance's key.

        ``parent`` is the key of the enclosing repeat instance for nested repeats
        (``family[2]``); without it the first is used.
        """
        gpath = self.definition.gpath_of(repeat) or repeat
        if gpath not in self.definition.repeats:
            raise AnswerError("ANS001", name=repeat)
        if self.definition.repeats[gpath]:
            raise AnswerError("ANS006", name=repeat)
        holder = self._repeat_parent(gpath, parent)
        new = self._new_instance(holder, gpath)
        self._structure_changed({gpath})
        return self.key(new)

    def remove_repeat(self, key: str) -> None:
        """Remove the repeat instance ``key`` (``family[2]``); later instances move up."""
        node = self.node(key)
        if node.gpath not in self.definition.repeats:
            raise AnswerError("ANS002", name=key, what="not a repeat instance")
        if self.definition.repeats[node.gpath]:
            raise AnswerError("ANS006", name=node.name)
        assert node.parent is not None
        node.parent.children.remove(node)
        self._forget(node)
        self._structure_changed({node.gpath})

    def repeat_count(self, repeat: str, parent: str | None = None) -> int:
        gpath = self.definition.gpath_of(repeat) or repeat
        holder = self._repeat_parent(gpath, parent)
        return sum(1 for c in holder.children if c.gpath == gpath)

    def _repeat_parent(self, gpath: str, parent: str | None) -> Node:
        parent_gpath = gpath.rsplit("/", 1)[0]
        if parent is not None:
            holder = self.node(parent)
            while holder.gpath != parent_gpath and holder.parent is not None:
                holder = holder.parent  # a key inside the enclosing instance also works
            if holder.gpath == parent_gpath:
                return holder
        candidates = self._by_gpath.get(parent_gpath)
        if not candidates:
            raise AnswerError("ANS005", name=parent_gpath.rsplit("/", 1)[-1], index=1)
        return candidates[0]

    def _new_instance(self, holder: Node, gpath: str) -> Node:
        new = stamp_instance(self.definition, holder, gpath)
        self._keyed.clear()
        self._inherit(new)
        self._by_gpath.setdefault(gpath, [])
        for n in new.iter():
            self._by_gpath.setdefault(n.gpath, []).append(n)
        events.new_repeat(self, new)
        return new

    def _structure_changed(self, gpaths: set[str]) -> None:
        """Repeat instances came or went: run the logic of the repeats' nodes (new instances
        need all of theirs) and whatever reads the repeats' structure."""
        self._reindex()
        items = {id(i): i for i in self.graph.under(gpaths)}
        for gpath in gpaths:
            items.update({id(i): i for i in self.graph.direct(gpath, structural=True)})
        self._propagate(list(items.values()))

    def _sync_counts(self, items: list[Logic]) -> bool:
        """Make repeats with jr:count have as many instances as their count says."""
        changed = False
        for item in items:
            parent_gpath = item.target.rsplit("/", 1)[0]
            for holder in list(self._by_gpath.get(parent_gpath, [])):
                probe = Node(item.target.rsplit("/", 1)[-1], holder)
                wanted = self._count(item, probe)
                have = [c for c in holder.children if c.gpath == item.target]
                for extra in have[wanted:]:
                    holder.children.remove(extra)
                    self._forget(extra)
                    changed = True
                for _ in range(wanted - len(have)):
                    self._new_instance(holder, item.target)
                    changed = True
        if changed:
            self._reindex()
        return changed

    def _count(self, item: Logic, probe: Node) -> int:
        try:
            n = to_number(evaluate(item.expr, probe, self.env))
        except FormError as exc:
            self._count_errors[item.target] = f"repeat_count: {exc.detail}"
            return 0
        self._count_errors.pop(item.target, None)
        return 0 if n != n or n < 0 else min(int(n), 10_000)

    # ---------------------------------------------------------------------------------- logic

    def recompute(self) -> None:
        """Run all logic (used at start, on resume, and by the benchmark as the baseline)."""
        self._run(self.graph.items)

    def _run(self, items: list[Logic]) -> None:
        """Run every item, in order (a full recompute)."""
        counts: list[Logic] = []
        for item in items:
            if item.kind == "count":
                counts.append(item)
                continue
            for node in self._by_gpath.get(item.target, ()):
                self._apply(item, node)
        if counts and self._sync_counts(counts):
            self._structure_changed({i.target for i in counts})

    def _propagate(self, start: list[Logic], origin: Node | None = None) -> None:
        """Run ``start``, then -- in dependency order -- only the logic reading something that
        actually changed: a calculation whose value moved, a relevance that flipped.

        ``origin`` is the node whose value changed. Logic inside a repeat instance holding it
        that reads its repeat only in its own instance (``Logic.local``) runs for that instance
        only: an answer in ``member[4]`` cannot change what ``member[7]`` computes from itself.
        """
        heap = [(item.rank, n, item) for n, item in enumerate(start)]
        heapq.heapify(heap)
        scopes = {id(item): self._scope(item, origin) for item in start}
        runs: dict[int, int] = {}
        counts: list[Logic] = []
        tick = len(heap)
        while heap:
            _, _, item = heapq.heappop(heap)
            scope = scopes.pop(id(item))
            if item.kind == "count":
                counts.append(item)
                continue
            runs[id(item)] = runs.get(id(item), 0) + 1
            changed = False
            nodes = self._by_gpath.get(item.target, ()) if scope is None else _under(scope, item)
            for node in nodes:
                changed = self._apply(item, node) or changed
            if not changed:
                continue
            for reader in self.graph.readers.get(id(item), ()):
                within = scope if scope is not None and _inside(reader, scope) else None
                if id(reader) in scopes:  # queued already: widen to what both need
                    if scopes[id(reader)] is not within:
                        scopes[id(reader)] = None
                elif runs.get(id(reader), 0) < 3:  # 3: loop guard
                    scopes[id(reader)] = within
                    tick += 1
                    heapq.heappush(heap, (reader.rank, tick, reader))
        if counts and self._sync_counts(counts):
            self._structure_changed({i.target for i in counts})

    def _scope(self, item: Logic, origin: Node | None) -> Node | None:
        """The innermost repeat instance holding ``origin`` that ``item`` need not look beyond,
        or None: run it for every node of its target."""
        n = origin.parent if origin is not None and item.local else None
        while n is not None and n.parent is not None:
            if n.gpath in self.definition.repeats and _inside(item, n):
                return n
            n = n.parent
        return None

    def _apply(self, item: Logic, node: Node) -> bool:
        """Evaluate one item for one node; True when what others read changed."""
        state = self.state_of(node)
        try:
            result = evaluate(item.expr, node, self.env)
        except (FormError, RecursionError, ValueError, OverflowError, ZeroDivisionError) as exc:
            message = exc.detail if isinstance(exc, FormError) else str(exc)
            state.errors[item.kind] = message
            fallback: dict[str, Value] = {"calculate": "", "relevant": True, "constraint": False}
            result = fallback.get(item.kind, False)
        else:
            state.errors.pop(item.kind, None)
        kind = item.kind
        if kind == "calculate":
            value = self.as_stored(node, result)
            if value != node.value:
                node.value = value
                return True
        elif kind == "relevant":
            own = bind_truth(result)
            if own != state.relevant:
                state.relevant = own
                self._inherit(node)
                return True
        elif kind == "required":
            state.required = bind_truth(result)
        elif kind == "readonly":
            state.readonly = bind_truth(result)
        elif kind == "constraint":
            state.constraint_ok = bind_truth(result)
        return False

    def eval_for(self, source: str, node: Node, where: str) -> Value:
        """Evaluate ``source`` for ``node``; a failure is recorded for the node under ``where``."""
        try:
            return evaluate(source, node, self.env)
        except FormError as exc:
            self.state_of(node).errors[where] = exc.detail
            return ""

    def as_stored(self, node: Node, result: Value) -> str:
        """A calculation's result in the form its bind type stores (int truncates, dates ISO).

        NaN (arithmetic on a blank answer) is stored blank, as ODK Collect does.
        """
        if isinstance(result, float) and result != result:
            return ""
        fld = self._fields.get(node.gpath)
        qtype = fld.qtype if fld is not None else "text"
        btype = fld.bind.type if fld is not None else "string"
        if isinstance(result, list):
            result = to_string(result)
        if btype == "int" and not isinstance(result, str):
            x = to_number(result)
            return number_to_string(float(int(x))) if x == x and abs(x) != float("inf") else ""
        if qtype == "date" and isinstance(result, float):
            day = to_date(result)
            return day.isoformat() if day is not None else ""
        return to_string(result)

    def stamp_end(self) -> None:
        """Set ``end`` metadata to now (called when the form is finished)."""
        events.finishing(self)

    def _choice_label(self, gpath: str, value: str) -> str:
        from forms.display import choice_label

        return choice_label(self, gpath, value)

    def _itext(self, text_id: str, node: Node) -> str:
        from forms.display import render

        return render(self, Text(itext_id=text_id), node)

    # ------------------------------------------------------------------------------ validation

    def relevant(self, node: Node) -> bool:
        """Inherited relevance: the node's own and every enclosing group's."""
        return node.relevant

    def _inherit(self, node: Node) -> None:
        """Recompute inherited relevance for ``node`` and everything under it."""
        parent = node.parent
        above = parent.relevant if parent is not None and parent.parent is not None else True
        state = self.states.get(id(node))
        node.relevant = above and (state is None or state.relevant)
        for child in node.children:
            self._inherit(child)

    def readonly(self, node: Node) -> bool:
        """Read-only is inherited from enclosing groups, as relevance is."""
        n: Node | None = node
        while n is not None and n.parent is not None:
            state = self.states.get(id(n))
            if state is not None and state.readonly:
                return True
            n = n.parent
        return False

    def field(self, gpath: str) -> Field | None:
        """The field (question, calculate or note) at ``gpath``; None for a group or repeat."""
        return self._fields.get(gpath)

    def field_state(self, node: Node) -> FieldState:
        return field_state(self, node)

    def field_states(self) -> list[FieldState]:
        """Every field of every repeat instance, in document order."""
        return [self.field_state(n) for n in self.data.iter() if n.gpath in self._fields]

    def state(self, key: str) -> FieldState:
        return self.field_state(self.node(key))

    def validate(self) -> list[FieldState]:
        """The fields that stop the form from being finished (relevant and invalid)."""
        return [s for s in self.field_states() if not s.valid]

    @property
    def complete(self) -> bool:
        return not self.validate()


def _inside(item: Logic, instance: Node) -> bool:
    """Is ``item`` local and its target ``instance`` or under it?"""
    target = item.target
    return item.local and (target == instance.gpath or target.startswith(instance.gpath + "/"))


def _under(instance: Node, item: Logic) -> list[Node]:
    """The nodes of ``item``'s target inside ``instance`` (a repeat instance), in order."""
    nodes = [instance]
    for step in (
        item.target[len(instance.gpath) + 1 :].split("/") if item.target != instance.gpath else ()
    ):
        nodes = [c for n in nodes for c in n.children if c.name == step]
    return nodes

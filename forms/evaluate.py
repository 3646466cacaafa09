"""Evaluating parsed XPath over instance nodes, the way ODK (JavaRosa) does.

XPath 1.0 semantics throughout, plus JavaRosa's *contextualisation* of references in repeats: when
an expression is evaluated for a node inside repeat instance ``family[2]``, a path through
``/data/family`` (absolute or relative, without a predicate on that step) means that instance, not
all of them. So ``/data/family/age`` read from ``family[2]/note`` is ``family[2]/age`` -- exactly
what ODK Collect computes. ``indexed-repeat()`` chooses another instance explicitly.

``Environment`` carries what an expression may read besides the instance: the secondary instances,
the clock (fixed by ``--today``), the choice labels (``jr:choice-name``), the form's translated
texts (``jr:itext``), a random source.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import random as random_module
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from forms.errors import EvaluationError
from forms.instance import Attr, Node
from forms.values import (
    NodeLike,
    Value,
    bind_truth,
    compare,
    to_boolean,
    to_number,
    to_string,
)
from forms.xpath import Binary, Call, Expr, Literal, Negate, Number, Path, Step, parse


@dataclass(slots=True)
class Environment:
    """What expressions may read besides the node they are evaluated for."""

    main: Node  # the primary instance's document node
    instances: dict[str, Node] = field(default_factory=dict)  # id -> document node
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now().astimezone()
    choice_label: Callable[[str, str], str] = lambda gpath, value: ""
    itext: Callable[[str, Node], str] = lambda text_id, node: ""  # jr:itext(), current language
    rng: random_module.Random = field(default_factory=random_module.Random)


@dataclass(slots=True)
class Context:
    node: NodeLike
    position: int
    size: int
    env: Environment
    current: Node  # current(): the node the whole expression is evaluated for
    anchors: dict[str, Node]  # generic path -> the repeat instance references resolve to


Function = Callable[[Context, list[Value]], Value]
LazyFunction = Callable[[Context, Sequence[Expr]], Value]

FUNCTIONS: dict[str, Function] = {}
LAZY_FUNCTIONS: dict[str, LazyFunction] = {}


def anchors_for(node: Node) -> dict[str, Node]:
    """The repeat instances (and other ancestors) a reference from ``node`` is pinned to."""
    found: dict[str, Node] = {}
    n: Node | None = node
    while n is not None and n.parent is not None:
        found[n.gpath] = n
        n = n.parent
    return found


def evaluate(tree: Expr | str, node: Node, env: Environment) -> Value:
    """Evaluate ``tree`` with ``node`` as context and current() node.

    Raises only ``EvaluationError`` (and ``ExpressionError`` for unparsable text): arithmetic that
    overflows a date or an index, or nesting too deep, is reported, never a crash.
    """
    if isinstance(tree, str):
        tree = parse(tree)
    ctx = Context(node, 1, 1, env, node, anchors_for(node))
    try:
        return eval_expr(tree, ctx)
    except (OverflowError, ValueError, ZeroDivisionError) as exc:
        raise EvaluationError(f"a number out of range: {exc}") from None
    except RecursionError:
        raise EvaluationError("expression nested too deeply") from None


def eval_expr(tree: Expr, ctx: Context) -> Value:
    if isinstance(tree, Path):
        return eval_path(tree, ctx)
    if isinstance(tree, Literal):
        return tree.value
    if isinstance(tree, Number):
        return tree.value
    if isinstance(tree, Binary):
        return eval_binary(tree, ctx)
    if isinstance(tree, Call):
        return eval_call(tree, ctx)
    if isinstance(tree, Negate):
        return -to_number(eval_expr(tree.operand, ctx))
    # Filter: a primary expression with predicates
    base = eval_expr(tree.primary, ctx)
    if not isinstance(base, list):
        raise EvaluationError("a predicate [...] can only follow a node-set")
    return apply_predicates(base, tree.predicates, ctx, reverse=False)


def eval_binary(tree: Binary, ctx: Context) -> Value:
    op = tree.op
    if op == "or":
        return bind_truth(eval_expr(tree.left, ctx)) or bind_truth(eval_expr(tree.right, ctx))
    if op == "and":
        return bind_truth(eval_expr(tree.left, ctx)) and bind_truth(eval_expr(tree.right, ctx))
    left = eval_expr(tree.left, ctx)
    right = eval_expr(tree.right, ctx)
    if op in ("=", "!=", "<", "<=", ">", ">="):
        return compare(op, left, right)
    if op == "|":
        if not isinstance(left, list) or not isinstance(right, list):
            raise EvaluationError("'|' joins node-sets only")
        return sort_nodes(unique(left + right))
    x, y = to_number(left), to_number(right)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "div":
        return divide(x, y)
    # mod: the remainder of truncating division, sign of the dividend (XPath 1.0 3.5)
    if y == 0 or math.isnan(x) or math.isnan(y) or math.isinf(x):
        return math.nan
    if math.isinf(y):
        return x
    return math.fmod(x, y)


def divide(x: float, y: float) -> float:
    if y == 0:
        if x == 0 or math.isnan(x):
            return math.nan
        negative = (x < 0) != (math.copysign(1.0, y) < 0)
        return -math.inf if negative else math.inf
    return x / y


def eval_call(tree: Call, ctx: Context) -> Value:
    name = tree.name
    lazy = LAZY_FUNCTIONS.get(name)
    if lazy is not None:
        return lazy(ctx, tree.args)
    fn = FUNCTIONS.get(name)
    if fn is None:
        raise EvaluationError(f"function '{name}()' is not available in fieldcase")
    return fn(ctx, [eval_expr(a, ctx) for a in tree.args])


# ----------------------------------------------------------------------------------------- paths


def eval_path(tree: Path, ctx: Context) -> list[NodeLike]:
    nodes: list[NodeLike]
    if tree.start is not None:
        start = eval_expr(tree.start, ctx)
        if not isinstance(start, list):
            raise EvaluationError("a path can only start from a node-set")
        nodes = start
    elif tree.absolute:
        nodes = [ctx.env.main]
    else:
        nodes = [ctx.node]
    for step in tree.steps:
        nodes = eval_step(step, nodes, ctx)
        if not nodes:
            return nodes
    return nodes


def eval_step(step: Step, nodes: list[NodeLike], ctx: Context) -> list[NodeLike]:
    axis = step.axis
    out: list[NodeLike] = []
    if axis == "child" and not step.predicates and len(nodes) == 1:
        only = nodes[0]
        if isinstance(only, Node):
            name = _plain_name(step.test)
            if name is not None:  # the common case, per answer: compare names, nothing else
                out = [c for c in only.children if c.name == name]
            else:
                out = [c for c in only.children if matches(c, step.test)]
            return contextualise(out, ctx)
    seen: set[int] = set()
    reverse = axis in ("parent", "ancestor", "ancestor-or-self", "preceding", "preceding-sibling")
    for n in nodes:
        selected = [c for c in axis_nodes(axis, n) if matches(c, step.test)]
        if step.predicates:
            selected = apply_predicates(selected, step.predicates, ctx, reverse)
        elif reverse and len(selected) > 1:
            selected.reverse()  # back to document order
        for c in selected:
            key = id(c) if isinstance(c, Node) else hash(c)
            if key not in seen:
                seen.add(key)
                out.append(c)
    if len(nodes) > 1 and axis not in ("child", "attribute", "self"):
        out = sort_nodes(out)
    if axis == "child" and not step.predicates:
        out = contextualise(out, ctx)
    return out


def contextualise(nodes: list[NodeLike], ctx: Context) -> list[NodeLike]:
    """JavaRosa: a reference through the repeat instance being evaluated means that instance."""
    if len(nodes) > 1:
        first = nodes[0]
        if isinstance(first, Node):
            anchor = ctx.anchors.get(first.gpath)
            if anchor is not None and any(n is anchor for n in nodes):
                return [anchor]
    return nodes


def axis_nodes(axis: str, n: NodeLike) -> list[NodeLike]:
    if isinstance(n, Attr):
        if axis in ("self", "descendant-or-self"):
            return [n]
        if axis in ("parent", "ancestor"):
            return [n.parent, *n.parent.ancestors()] if axis == "ancestor" else [n.parent]
        if axis == "ancestor-or-self":
            return [n, n.parent, *n.parent.ancestors()]
        return []
    if axis == "child":
        return list(n.children)
    if axis == "self":
        return [n]
    if axis == "parent":
        return [n.parent] if n.parent is not None else []
    if axis == "attribute":
        return [Attr(k, v, n) for k, v in n.attrs.items() if k != "template"]
    if axis == "descendant":
        return [d for c in n.children for d in c.iter()]
    if axis == "descendant-or-self":
        return list(n.iter())
    if axis == "ancestor":
        return list(n.ancestors())
    if axis == "ancestor-or-self":
        return [n, *n.ancestors()]
    if axis in ("following-sibling", "preceding-sibling"):
        if n.parent is None:
            return []
        siblings = n.parent.children
        i = next(i for i, c in enumerate(siblings) if c is n)
        if axis == "following-sibling":
            return list(siblings[i + 1 :])
        return list(reversed(siblings[:i]))
    if axis in ("following", "preceding"):
        everything = list(n.root().iter())
        i = next(i for i, c in enumerate(everything) if c is n)
        if axis == "following":
            inside = {id(d) for d in n.iter()}
            return [d for d in everything[i + 1 :] if id(d) not in inside]
        ancestors = {id(a) for a in n.ancestors()}
        return [d for d in reversed(everything[:i]) if id(d) not in ancestors]
    return []  # namespace axis: no namespace nodes in form instances


@functools.cache
def _plain_name(test: str) -> str | None:
    """The local name a node test asks for, or None for ``*``, ``node()``, ``text()``,
    ``prefix:*`` (what ``matches`` decides)."""
    if test in ("node()", "text()", "*") or test.endswith(":*"):
        return None
    return test.rsplit(":", 1)[-1]


def matches(n: NodeLike, test: str) -> bool:
    if test == "node()":
        return True
    if test == "text()":
        return False  # text is held as the value of its element, not as separate nodes
    if test == "*":
        return not (isinstance(n, Node) and n.name == "#document")
    if test.endswith(":*"):
        return True
    name = test.rsplit(":", 1)[-1]
    return n.name == name


def apply_predicates(
    nodes: list[NodeLike], predicates: Sequence[Expr], ctx: Context, reverse: bool
) -> list[NodeLike]:
    """Filter by each predicate in turn; proximity positions run backwards on reverse axes."""
    for pred in predicates:
        size = len(nodes)
        kept: list[NodeLike] = []
        for i, n in enumerate(nodes):
            inner = Context(n, i + 1, size, ctx.env, ctx.current, ctx.anchors)
            result = eval_expr(pred, inner)
            if isinstance(result, float) and not isinstance(result, bool):
                if result == i + 1:
                    kept.append(n)
            elif to_boolean(result):
                kept.append(n)
        nodes = kept
    if reverse:
        return list(reversed(nodes))
    return nodes


def unique(nodes: list[NodeLike]) -> list[NodeLike]:
    seen: set[int] = set()
    out: list[NodeLike] = []
    for n in nodes:
        key = id(n) if isinstance(n, Node) else hash(n)
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out


def _order_key(n: NodeLike) -> tuple[object, ...]:
    if isinstance(n, Attr):
        return (*_order_key(n.parent), -1, n.name)
    key: list[object] = []
    node = n
    while node.parent is not None:
        key.append(next(i for i, c in enumerate(node.parent.children) if c is node))
        node = node.parent
    key.append(id(node))  # different documents: any fixed order
    return tuple(reversed(key))


def sort_nodes(nodes: list[NodeLike]) -> list[NodeLike]:
    if len(nodes) < 2:
        return nodes
    return sorted(nodes, key=_order_key)


def string_arg(ctx: Context, args: list[Value], i: int = 0) -> str:
    """The i-th argument as a string, or the context node's string-value when absent."""
    if i < len(args):
        return to_string(args[i])
    return to_string([ctx.node])

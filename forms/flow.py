"""Functions that choose what to evaluate: if(), coalesce(), once(), indexed-repeat() -- and
randomize(), which chooses an order.

The first four receive their arguments unevaluated, so an untaken branch never runs and
indexed-repeat() can re-pin a path to another repeat instance.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from forms.errors import EvaluationError
from forms.evaluate import LAZY_FUNCTIONS, Context, anchors_for, eval_expr
from forms.functions import fn, nodeset
from forms.instance import Node
from forms.values import (
    Value,
    bind_truth,
    to_number,
    to_string,
)
from forms.xpath import Expr

# ------------------------------------------------------------------------------- lazy functions


def _if(ctx: Context, args: Sequence[Expr]) -> Value:
    if len(args) != 3:
        raise EvaluationError(f"if() takes 3 arguments, got {len(args)}")
    branch = args[1] if bind_truth(eval_expr(args[0], ctx)) else args[2]
    return eval_expr(branch, ctx)


def _coalesce(ctx: Context, args: Sequence[Expr]) -> Value:
    if len(args) < 2:
        raise EvaluationError(f"coalesce() takes 2 or more arguments, got {len(args)}")
    for a in args:
        text = to_string(eval_expr(a, ctx))
        if text != "":
            return text
    return ""


def _once(ctx: Context, args: Sequence[Expr]) -> Value:
    """once(expr): keep the node's value once it has one (evaluate only while it is blank)."""
    if len(args) != 1:
        raise EvaluationError(f"once() takes 1 argument, got {len(args)}")
    if ctx.current.value != "":
        return ctx.current.value
    return eval_expr(args[0], ctx)


def _indexed_repeat(ctx: Context, args: Sequence[Expr]) -> Value:
    """indexed-repeat(path, repeat1, index1[, repeat2, index2 ...]): ``path`` read in the given
    (1-based) instances of the given repeats, outermost first."""
    if len(args) < 3 or len(args) % 2 == 0:
        raise EvaluationError("indexed-repeat() takes a path, then pairs of repeat and index")
    anchors = dict(ctx.anchors)
    for repeat_expr, index_expr in zip(args[1::2], args[2::2], strict=True):
        index = to_number(eval_expr(index_expr, ctx))
        loose = Context(ctx.node, ctx.position, ctx.size, ctx.env, ctx.current, anchors)
        repeat_nodes = eval_expr(repeat_expr, _unpinned(loose, repeat_expr))
        if not isinstance(repeat_nodes, list):
            raise EvaluationError("indexed-repeat(): the repeat argument must be a path")
        if math.isnan(index) or not 1 <= int(index) <= len(repeat_nodes):
            return []
        chosen = repeat_nodes[int(index) - 1]
        if not isinstance(chosen, Node):
            return []
        anchors = {k: v for k, v in anchors.items() if not k.startswith(chosen.gpath)}
        anchors.update(anchors_for(chosen))
    pinned = Context(ctx.node, ctx.position, ctx.size, ctx.env, ctx.current, anchors)
    return eval_expr(args[0], pinned)


def _unpinned(ctx: Context, repeat_expr: Expr) -> Context:
    """``ctx`` without the pin on the repeat ``repeat_expr`` names, so all its instances show."""
    probe = Context(ctx.node, ctx.position, ctx.size, ctx.env, ctx.current, {})
    nodes = eval_expr(repeat_expr, probe)
    gpaths = {n.gpath for n in nodes if isinstance(n, Node)} if isinstance(nodes, list) else set()
    kept = {k: v for k, v in ctx.anchors.items() if not any(k.startswith(g) for g in gpaths)}
    return Context(ctx.node, ctx.position, ctx.size, ctx.env, ctx.current, kept)


@fn("randomize", nargs=(1, 2))
def _randomize(ctx: Context, args: list[Value]) -> Value:
    """randomize(nodes[, seed]): the nodes shuffled; the same seed gives the same order (not the
    same order as ODK Collect's generator, which the spec does not pin to Python's)."""
    nodes = list(nodeset(args[0], "randomize"))
    if len(args) > 1:
        seed = to_number(args[1])
        if seed != seed:
            raise EvaluationError("randomize(): the seed is not a number")
        random.Random(int(seed)).shuffle(nodes)
    else:
        ctx.env.rng.shuffle(nodes)
    return nodes


LAZY_FUNCTIONS.update(
    {"if": _if, "coalesce": _coalesce, "once": _once, "indexed-repeat": _indexed_repeat}
)

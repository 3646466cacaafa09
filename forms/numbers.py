"""Booleans, numbers and maths: XPath 1.0 plus ODK's int(), round(x, n), pow() and friends."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from forms.evaluate import Context
from forms.functions import fn, xpath_round
from forms.values import (
    Value,
    bind_truth,
    node_string,
    to_boolean,
    to_number,
    to_string,
)

# -------------------------------------------------------------------------------------- booleans


@fn("boolean", nargs=(1, 1))
def _boolean(ctx: Context, args: list[Value]) -> Value:
    return bind_truth(args[0])


@fn("not", nargs=(1, 1))
def _not(ctx: Context, args: list[Value]) -> Value:
    return not bind_truth(args[0])


@fn("true", nargs=(0, 0))
def _true(ctx: Context, args: list[Value]) -> Value:
    return True


@fn("false", nargs=(0, 0))
def _false(ctx: Context, args: list[Value]) -> Value:
    return False


@fn("lang", nargs=(1, 1))
def _lang(ctx: Context, args: list[Value]) -> Value:
    return False


@fn("boolean-from-string", nargs=(1, 1))
def _boolean_from_string(ctx: Context, args: list[Value]) -> Value:
    return to_string(args[0]).strip().lower() in ("true", "1")


@fn("checklist", nargs=(2, None))
def _checklist(ctx: Context, args: list[Value]) -> Value:
    low, high = to_number(args[0]), to_number(args[1])
    count = sum(1 for v in _flat(args[2:]) if to_boolean(v))
    return (low < 0 or count >= low) and (high < 0 or count <= high)


@fn("weighted-checklist", nargs=(2, None))
def _weighted_checklist(ctx: Context, args: list[Value]) -> Value:
    low, high = to_number(args[0]), to_number(args[1])
    rest = _flat(args[2:])
    total = sum(to_number(w) for v, w in zip(rest[::2], rest[1::2], strict=False) if to_boolean(v))
    return (low < 0 or total >= low) and (high < 0 or total <= high)


def _flat(args: list[Value]) -> list[Value]:
    out: list[Value] = []
    for a in args:
        out.extend([node_string(n) for n in a] if isinstance(a, list) else [a])
    return out


# --------------------------------------------------------------------------------------- numbers


@fn("number", nargs=(0, 1))
def _number(ctx: Context, args: list[Value]) -> Value:
    return to_number(args[0]) if args else to_number([ctx.node])


@fn("floor", nargs=(1, 1))
def _floor(ctx: Context, args: list[Value]) -> Value:
    x = to_number(args[0])
    return x if math.isnan(x) or math.isinf(x) else float(math.floor(x))


@fn("ceiling", nargs=(1, 1))
def _ceiling(ctx: Context, args: list[Value]) -> Value:
    x = to_number(args[0])
    return x if math.isnan(x) or math.isinf(x) else float(math.ceil(x))


@fn("round", nargs=(1, 2))
def _round(ctx: Context, args: list[Value]) -> Value:
    x = to_number(args[0])
    if len(args) == 1:
        return xpath_round(x)
    places = to_number(args[1])
    if math.isnan(x) or math.isinf(x) or math.isnan(places):
        return x if not math.isnan(places) else math.nan
    try:
        exponent = Decimal(1).scaleb(-int(places))
        return float(Decimal(repr(x)).quantize(exponent, rounding=ROUND_HALF_UP))
    except InvalidOperation:
        return x


@fn("int", nargs=(1, 1))
def _int(ctx: Context, args: list[Value]) -> Value:
    x = to_number(args[0])
    return x if math.isnan(x) or math.isinf(x) else float(math.trunc(x))


@fn("abs", nargs=(1, 1))
def _abs(ctx: Context, args: list[Value]) -> Value:
    return abs(to_number(args[0]))


@fn("pow", nargs=(2, 2))
def _pow(ctx: Context, args: list[Value]) -> Value:
    try:
        return math.pow(to_number(args[0]), to_number(args[1]))
    except (OverflowError, ValueError):
        return math.nan


def _math(name: str, f: Callable[..., float]) -> None:
    def call(ctx: Context, args: list[Value]) -> Value:
        try:
            return float(f(*(to_number(a) for a in args)))
        except (ValueError, OverflowError):
            return math.nan

    arity = 2 if name == "atan2" else 1
    fn(name, nargs=(arity, arity))(call)


def _exp10(x: float) -> float:
    return math.pow(10, x)


_MATHS: dict[str, Callable[..., float]] = {
    "exp": math.exp,
    "exp10": _exp10,
    "log": math.log,
    "log10": math.log10,
    "sin": math.sin,
    "cos": math.cos,
    "tan": math.tan,
    "asin": math.asin,
    "acos": math.acos,
    "atan": math.atan,
    "atan2": math.atan2,
    "sqrt": math.sqrt,
}
for _name_, _f_ in _MATHS.items():
    _math(_name_, _f_)


@fn("pi", nargs=(0, 0))
def _pi(ctx: Context, args: list[Value]) -> Value:
    return math.pi


@fn("random", nargs=(0, 0))
def _random(ctx: Context, args: list[Value]) -> Value:
    return ctx.env.rng.random()

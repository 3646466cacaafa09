"""The function library: XPath 1.0's core functions and the ODK XForms additions.

Reference: XPath 1.0 section 4 and the ODK XForms spec's "XPath functions" table. Where ODK and
XPath 1.0 differ ODK wins, because forms are written for ODK Collect: ``concat()`` and ``join()``
take every node of a node-set argument, ``position(node)`` takes an argument, ``round(x, n)``
rounds half away from zero, ``substr()`` is 0-based with an exclusive end.

Importing this module registers the functions with the evaluator.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
import string as string_module
import uuid as uuid_module
from collections.abc import Callable

from forms.errors import EvaluationError
from forms.evaluate import (
    FUNCTIONS,
    Context,
    Function,
    eval_expr,
    string_arg,
)
from forms.instance import Node
from forms.values import (
    NodeLike,
    Value,
    node_string,
    to_number,
    to_string,
)
from forms.xpath import parse


def fn(
    name: str, *aliases: str, nargs: tuple[int, int | None] = (0, None)
) -> Callable[[Function], Function]:
    """Register ``f(ctx, args)`` under ``name``; ``nargs`` is (min, max) arguments."""
    low, high = nargs

    def register(f: Function) -> Function:
        def checked(ctx: Context, args: list[Value]) -> Value:
            if len(args) < low or (high is not None and len(args) > high):
                want = (
                    f"{low}" if low == high else f"{low} to {high if high is not None else 'any'}"
                )
                raise EvaluationError(f"{name}() takes {want} argument(s), got {len(args)}")
            return f(ctx, args)

        for n in (name, *aliases):
            FUNCTIONS[n] = checked
        return f

    return register


def nodeset(value: Value, name: str) -> list[NodeLike]:
    if not isinstance(value, list):
        raise EvaluationError(f"{name}() needs a node-set (a path), not '{to_string(value)}'")
    return value


def values_of(args: list[Value]) -> list[str]:
    """Each argument's string, with every node of a node-set argument (ODK's concat/join)."""
    out: list[str] = []
    for a in args:
        if isinstance(a, list):
            out.extend(node_string(n) for n in a)
        else:
            out.append(to_string(a))
    return out


# ----------------------------------------------------------------------------- node-set functions


@fn("last", nargs=(0, 0))
def _last(ctx: Context, args: list[Value]) -> Value:
    return float(ctx.size)


@fn("position", nargs=(0, 1))
def _position(ctx: Context, args: list[Value]) -> Value:
    if not args:
        return float(ctx.position)
    nodes = nodeset(args[0], "position")
    if len(nodes) != 1 or not isinstance(nodes[0], Node):
        raise EvaluationError("position(node) needs exactly one node")
    return float(nodes[0].index())


@fn("count", nargs=(1, 1))
def _count(ctx: Context, args: list[Value]) -> Value:
    return float(len(nodeset(args[0], "count")))


@fn("count-non-empty", nargs=(1, 1))
def _count_non_empty(ctx: Context, args: list[Value]) -> Value:
    return float(sum(1 for n in nodeset(args[0], "count-non-empty") if node_string(n) != ""))


@fn("local-name", "name", nargs=(0, 1))
def _name(ctx: Context, args: list[Value]) -> Value:
    nodes = nodeset(args[0], "name") if args else [ctx.node]
    return nodes[0].name if nodes and nodes[0].name != "#document" else ""


@fn("namespace-uri", nargs=(0, 1))
def _namespace_uri(ctx: Context, args: list[Value]) -> Value:
    return ""


@fn("current", nargs=(0, 0))
def _current(ctx: Context, args: list[Value]) -> Value:
    return [ctx.current]


@fn("instance", nargs=(1, 1))
def _instance(ctx: Context, args: list[Value]) -> Value:
    name = to_string(args[0])
    doc = ctx.env.instances.get(name)
    if doc is None:
        raise EvaluationError(f"no instance with id '{name}'")
    return [doc]


@fn("sum", nargs=(1, 1))
def _sum(ctx: Context, args: list[Value]) -> Value:
    return math.fsum(to_number(node_string(n)) for n in nodeset(args[0], "sum"))


def _extreme(args: list[Value], pick: str) -> float:
    numbers: list[float] = []
    for a in args:
        if isinstance(a, list):
            numbers.extend(to_number(node_string(n)) for n in a)
        else:
            numbers.append(to_number(a))
    if not numbers or any(math.isnan(x) for x in numbers):
        return math.nan
    return max(numbers) if pick == "max" else min(numbers)


@fn("min", nargs=(1, None))
def _min(ctx: Context, args: list[Value]) -> Value:
    return _extreme(args, "min")


@fn("max", nargs=(1, None))
def _max(ctx: Context, args: list[Value]) -> Value:
    return _extreme(args, "max")


# --------------------------------------------------------------------------------------- strings


@fn("string", nargs=(0, 1))
def _string(ctx: Context, args: list[Value]) -> Value:
    return string_arg(ctx, args)


@fn("concat")
def _concat(ctx: Context, args: list[Value]) -> Value:
    return "".join(values_of(args))


@fn("join", nargs=(1, None))
def _join(ctx: Context, args: list[Value]) -> Value:
    return to_string(args[0]).join(values_of(args[1:]))


@fn("starts-with", nargs=(2, 2))
def _starts_with(ctx: Context, args: list[Value]) -> Value:
    return to_string(args[0]).startswith(to_string(args[1]))


@fn("ends-with", nargs=(2, 2))
def _ends_with(ctx: Context, args: list[Value]) -> Value:
    return to_string(args[0]).endswith(to_string(args[1]))


@fn("contains", nargs=(2, 2))
def _contains(ctx: Context, args: list[Value]) -> Value:
    return to_string(args[1]) in to_string(args[0])


@fn("substring-before", nargs=(2, 2))
def _substring_before(ctx: Context, args: list[Value]) -> Value:
    s, t = to_string(args[0]), to_string(args[1])
    i = s.find(t)
    return s[:i] if i >= 0 else ""


@fn("substring-after", nargs=(2, 2))
def _substring_after(ctx: Context, args: list[Value]) -> Value:
    s, t = to_string(args[0]), to_string(args[1])
    i = s.find(t)
    return s[i + len(t) :] if i >= 0 else ""


def xpath_round(x: float) -> float:
    """XPath 1.0 round(): nearest integer, halves toward positive infinity."""
    if math.isnan(x) or math.isinf(x):
        return x
    r = float(math.floor(x + 0.5))
    return -0.0 if r == 0 and x < 0 else r


@fn("substring", nargs=(2, 3))
def _substring(ctx: Context, args: list[Value]) -> Value:
    """XPath 1.0 substring(): 1-based, characters at p with start <= p < start + length."""
    s = to_string(args[0])
    start = xpath_round(to_number(args[1]))
    end = start + xpath_round(to_number(args[2])) if len(args) > 2 else math.inf
    if math.isnan(start) or math.isnan(end):
        return ""
    return "".join(ch for p, ch in enumerate(s, start=1) if start <= p < end)


@fn("substr", nargs=(2, 3))
def _substr(ctx: Context, args: list[Value]) -> Value:
    """ODK substr(): 0-based start, exclusive end (like Java's String.substring)."""
    s = to_string(args[0])
    start = int(to_number(args[1])) if not math.isnan(to_number(args[1])) else 0
    end = len(s)
    if len(args) > 2:
        e = to_number(args[2])
        end = int(e) if not math.isnan(e) else len(s)
    start, end = max(0, min(start, len(s))), max(0, min(end, len(s)))
    return s[start:end] if start < end else ""


@fn("string-length", nargs=(0, 1))
def _string_length(ctx: Context, args: list[Value]) -> Value:
    return float(len(string_arg(ctx, args)))


@fn("normalize-space", nargs=(0, 1))
def _normalize_space(ctx: Context, args: list[Value]) -> Value:
    return " ".join(p for p in re.split(r"[ \t\r\n]+", string_arg(ctx, args)) if p)


@fn("translate", nargs=(3, 3))
def _translate(ctx: Context, args: list[Value]) -> Value:
    s, src, dst = (to_string(a) for a in args)
    table: dict[str, str | None] = {}
    for i, ch in enumerate(src):
        if ch not in table:
            table[ch] = dst[i] if i < len(dst) else None
    out: list[str] = []
    for ch in s:
        if ch not in table:
            out.append(ch)
        else:
            mapped = table[ch]
            if mapped is not None:
                out.append(mapped)
    return "".join(out)


@fn("regex", nargs=(2, 2))
def _regex(ctx: Context, args: list[Value]) -> Value:
    pattern = to_string(args[1])
    try:
        return re.search(pattern, to_string(args[0])) is not None
    except re.error as exc:
        raise EvaluationError(f"bad regular expression '{pattern}': {exc}") from exc


@fn("selected", nargs=(2, 2))
def _selected(ctx: Context, args: list[Value]) -> Value:
    return to_string(args[1]).strip() in to_string(args[0]).split()


@fn("selected-at", nargs=(2, 2))
def _selected_at(ctx: Context, args: list[Value]) -> Value:
    parts = to_string(args[0]).split()
    i = to_number(args[1])
    if math.isnan(i) or not 0 <= int(i) < len(parts):
        return ""
    return parts[int(i)]


@fn("count-selected", nargs=(1, 1))
def _count_selected(ctx: Context, args: list[Value]) -> Value:
    return float(len(to_string(args[0]).split()))


@fn("jr:choice-name", "choice-name", nargs=(2, 2))
def _choice_name(ctx: Context, args: list[Value]) -> Value:
    value = to_string(args[0])
    ref = to_string(args[1]).strip()
    nodes = eval_expr(parse(ref), ctx) if ref else []
    if not isinstance(nodes, list) or not nodes or not isinstance(nodes[0], Node):
        raise EvaluationError(f"jr:choice-name(): '{ref}' is not a question of the form")
    return ctx.env.choice_label(nodes[0].gpath, value)


@fn("jr:itext", "itext", nargs=(1, 1))
def _itext(ctx: Context, args: list[Value]) -> Value:
    """The form's text with that id in the session's language (JavaRosa), outputs filled in."""
    return ctx.env.itext(to_string(args[0]), ctx.current)


@fn("uuid", nargs=(0, 1))
def _uuid(ctx: Context, args: list[Value]) -> Value:
    if not args:
        return str(uuid_module.UUID(int=ctx.env.rng.getrandbits(128), version=4))
    n = int(to_number(args[0]))
    alphabet = string_module.ascii_letters + string_module.digits
    return "".join(ctx.env.rng.choice(alphabet) for _ in range(max(0, n)))


@fn("digest", nargs=(2, 3))
def _digest(ctx: Context, args: list[Value]) -> Value:
    algorithms = {"MD5": "md5", "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384"}
    algorithms["SHA-512"] = "sha512"
    algo = algorithms.get(to_string(args[1]).upper())
    if algo is None:
        raise EvaluationError(f"digest(): unknown algorithm '{to_string(args[1])}'")
    raw = hashlib.new(algo, to_string(args[0]).encode()).digest()
    encoding = to_string(args[2]).lower() if len(args) > 2 else "base64"
    return raw.hex() if encoding == "hex" else base64.b64encode(raw).decode()


@fn("base64-decode", nargs=(1, 1))
def _base64_decode(ctx: Context, args: list[Value]) -> Value:
    """ODK: the UTF-8 text a base64 string encodes; blank when it is not base64 of UTF-8."""
    try:
        return base64.b64decode(to_string(args[0]), validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""


@fn("pulldata", nargs=(4, 4))
def _pulldata(ctx: Context, args: list[Value]) -> Value:
    """pulldata(file, column, key column, key): ``column`` of the first row of the form's data
    file ``file`` (see forms.media) whose ``key column`` equals ``key``; blank when none does."""
    instance_id, column, key_column, key = (to_string(a) for a in args)
    doc = ctx.env.instances.get(instance_id)
    if doc is None:
        raise EvaluationError(f"pulldata(): the form has no data file '{instance_id}'")
    for root in doc.children:
        for item in root.children:
            found = item.child(key_column)
            if found is not None and found.value == key:
                wanted = item.child(column)
                return wanted.value if wanted is not None else ""
    return ""


# The rest of the library registers itself on import (each module imports ``fn`` from here).
from forms import dates as _dates  # noqa: E402
from forms import flow as _flow  # noqa: E402
from forms import geo as _geo  # noqa: E402
from forms import numbers as _numbers  # noqa: E402

__all__ = ["_dates", "_flow", "_geo", "_numbers", "fn"]

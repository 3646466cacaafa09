"""XPath 1.0 parsing: text -> a small AST, plus the references an expression reads.

Why our own parser rather than elementpath's: ODK logic needs things elementpath's XPath 1.0 parser
does not give cheaply -- the ODK function library under prefixes (``jr:choice-name``), JavaRosa's
repeat contextualisation of paths, and the list of paths an expression depends on, from which the
session builds its dependency graph. The grammar is XPath 1.0's (REC-xpath-19991116, section 3),
including its lexical disambiguation rules (3.7); the evaluator is checked against elementpath in
the tests.

Every syntax error is an ``ExpressionError`` naming the expression and the position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from forms.errors import ExpressionError

# --------------------------------------------------------------------------------------------- AST


@dataclass(frozen=True, slots=True)
class Literal:
    value: str


@dataclass(frozen=True, slots=True)
class Number:
    value: float


@dataclass(frozen=True, slots=True)
class Call:
    name: str  # as written, prefix included (``jr:choice-name``)
    args: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Binary:
    op: str  # or and = != < <= > >= + - * div mod |
    left: Expr
    right: Expr


@dataclass(frozen=True, slots=True)
class Negate:
    operand: Expr


@dataclass(frozen=True, slots=True)
class Step:
    axis: str  # child, attribute, self, parent, descendant-or-self, ...
    test: str  # a name, prefix:name, '*', 'node()', 'text()'
    predicates: tuple[Expr, ...] = ()


@dataclass(frozen=True, slots=True)
class Path:
    """A location path. ``start`` is a filter expression the path starts from (``instance('x')``,
    ``current()``), ``absolute`` a leading ``/``; without either the path is relative."""

    steps: tuple[Step, ...]
    absolute: bool = False
    start: Expr | None = None


@dataclass(frozen=True, slots=True)
class Filter:
    primary: Expr
    predicates: tuple[Expr, ...]


Expr = Literal | Number | Call | Binary | Negate | Path | Filter

AXES = {
    "ancestor",
    "ancestor-or-self",
    "attribute",
    "child",
    "descendant",
    "descendant-or-self",
    "following",
    "following-sibling",
    "namespace",
    "parent",
    "preceding",
    "preceding-sibling",
    "self",
}
NODE_TYPES = {"node", "text", "comment", "processing-instruction"}
OPERATOR_NAMES = {"and", "or", "mod", "div"}

# ------------------------------------------------------------------------------------------ lexer

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>"[^"]*"|'[^']*')
  | (?P<op>//|::|\.\.|!=|<=|>=|[()\[\]@,|+\-*=<>/.$])
  | (?P<name>(?:[^\W\d]|_)[\w.\-]*(?::(?:(?:[^\W\d]|_)[\w.\-]*|\*))?)
    """,
    re.VERBOSE | re.UNICODE,
)


@dataclass(slots=True)
class Token:
    kind: str  # number string op name opname star func axis nodetype eof
    text: str
    pos: int


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise ExpressionError(text, pos, f"unexpected character '{text[pos]}'")
        kind = m.lastgroup or ""
        value = m.group()
        if kind != "space":
            tokens.append(Token(kind, value, pos))
        pos = m.end()
    tokens.append(Token("eof", "", len(text)))
    # XPath 1.0 section 3.7: '*' and operator names depend on the preceding token.
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else None
        operand_before = prev is not None and not (
            prev.kind in ("opname", "op") and prev.text not in (")", "]", ".", "..")
        )
        if prev is not None and prev.kind == "op" and prev.text in ("@", "::", "(", "[", ","):
            operand_before = False
        if tok.kind == "op" and tok.text == "*":
            tok.kind = "op" if operand_before else "star"
        elif tok.kind == "name":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if operand_before and tok.text in OPERATOR_NAMES:
                tok.kind = "opname"
            elif nxt is not None and nxt.kind == "op" and nxt.text == "::":
                tok.kind = "axis"
            elif nxt is not None and nxt.kind == "op" and nxt.text == "(":
                tok.kind = "nodetype" if tok.text in NODE_TYPES else "func"
    return tokens


# ----------------------------------------------------------------------------------------- parser


@dataclass(slots=True)
class _Parser:
    text: str
    tokens: list[Token]
    i: int = 0
    _depth: int = field(default=0)

    def peek(self) -> Token:
        return self.tokens[self.i]

    def next(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def error(self, message: str, tok: Token | None = None) -> ExpressionError:
        tok = tok or self.peek()
        return ExpressionError(self.text, tok.pos, message)

    def accept(self, kind: str, *texts: str) -> Token | None:
        tok = self.peek()
        if tok.kind == kind and (not texts or tok.text in texts):
            self.i += 1
            return tok
        return None

    def expect(self, kind: str, text: str) -> Token:
        tok = self.accept(kind, text)
        if tok is None:
            found = self.peek().text or "end of expression"
            raise self.error(f"expected '{text}' but found '{found}'")
        return tok

    # Expr ::= OrExpr, with the usual precedence ladder.
    def expr(self) -> Expr:
        self._depth += 1
        if self._depth > 200:
            raise self.error("expression nested too deeply")
        try:
            return self.binary(0)
        finally:
            self._depth -= 1

    _LEVELS: tuple[tuple[str, ...], ...] = (
        ("or",),
        ("and",),
        ("=", "!="),
        ("<", "<=", ">", ">="),
        ("+", "-"),
        ("*", "div", "mod"),
    )

    def binary(self, level: int) -> Expr:
        if level == len(self._LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        ops = self._LEVELS[level]
        while True:
            tok = self.peek()
            if tok.kind in ("op", "opname") and tok.text in ops:
                self.i += 1
                right = self.binary(level + 1)
                left = Binary(tok.text, left, right)
            else:
                return left

    def unary(self) -> Expr:
        if self.accept("op", "-"):
            return Negate(self.unary())
        return self.union()

    def union(self) -> Expr:
        left = self.path_expr()
        while self.accept("op", "|"):
            left = Binary("|", left, self.path_expr())
        return left

    def path_expr(self) -> Expr:
        tok = self.peek()
        if tok.kind in ("number", "string", "func") or (tok.kind == "op" and tok.text in "($"):
            primary = self.primary()
            predicates = self.predicates()
            start: Expr = Filter(primary, predicates) if predicates else primary
            if self.peek().kind == "op" and self.peek().text in ("/", "//"):
                return Path(self.relative_steps(leading=True), start=start)
            return start
        if self.accept("op", "/"):
            if self._starts_step():
                return Path(self.relative_steps(), absolute=True)
            return Path((), absolute=True)
        if self.accept("op", "//"):
            steps = (Step("descendant-or-self", "node()"), *self.relative_steps())
            return Path(steps, absolute=True)
        if self._starts_step():
            return Path(self.relative_steps())
        found = tok.text or "end of expression"
        raise self.error(f"unexpected '{found}'")

    def _starts_step(self) -> bool:
        tok = self.peek()
        return tok.kind in ("name", "star", "axis", "nodetype") or (
            tok.kind == "op" and tok.text in (".", "..", "@")
        )

    def relative_steps(self, leading: bool = False) -> tuple[Step, ...]:
        steps: list[Step] = []
        if not leading:
            steps.append(self.step())
        while True:
            if self.accept("op", "/"):
                steps.append(self.step())
            elif self.accept("op", "//"):
                steps.append(Step("descendant-or-self", "node()"))
                steps.append(self.step())
            else:
                return tuple(steps)

    def step(self) -> Step:
        if self.accept("op", "."):
            return Step("self", "node()")
        if self.accept("op", ".."):
            return Step("parent", "node()")
        axis = "child"
        if self.accept("op", "@"):
            axis = "attribute"
        else:
            tok = self.accept("axis")
            if tok is not None:
                if tok.text not in AXES:
                    raise self.error(f"unknown axis '{tok.text}'", tok)
                axis = tok.text
                self.expect("op", "::")
        tok = self.next()
        if tok.kind == "star":
            test = "*"
        elif tok.kind == "name" or (tok.kind == "opname"):
            test = tok.text
        elif tok.kind == "nodetype":
            self.expect("op", "(")
            if tok.text == "processing-instruction":
                self.accept("string")
            self.expect("op", ")")
            test = f"{tok.text}()"
        else:
            found = tok.text or "end of expression"
            raise self.error(f"expected a name but found '{found}'", tok)
        return Step(axis, test, self.predicates())

    def predicates(self) -> tuple[Expr, ...]:
        preds: list[Expr] = []
        while self.accept("op", "["):
            preds.append(self.expr())
            self.expect("op", "]")
        return tuple(preds)

    def primary(self) -> Expr:
        tok = self.next()
        if tok.kind == "number":
            return Number(float(tok.text))
        if tok.kind == "string":
            return Literal(tok.text[1:-1])
        if tok.kind == "op" and tok.text == "(":
            inner = self.expr()
            self.expect("op", ")")
            return inner
        if tok.kind == "op" and tok.text == "$":
            raise ExpressionError(
                self.text,
                tok.pos,
                "variables ($name) are not supported in forms; use ${name} in XLSForm",
            )
        if tok.kind == "func":
            self.expect("op", "(")
            args: list[Expr] = []
            if not self.accept("op", ")"):
                args.append(self.expr())
                while self.accept("op", ","):
                    args.append(self.expr())
                self.expect("op", ")")
            return Call(tok.text, tuple(args))
        raise self.error(f"unexpected '{tok.text}'", tok)


_CACHE: dict[str, Expr] = {}


def parse(text: str) -> Expr:
    """Parse an XPath 1.0 expression; raises ``ExpressionError`` with the position on bad input."""
    cached = _CACHE.get(text)
    if cached is not None:
        return cached
    if not text.strip():
        raise ExpressionError(text, 0, "empty expression")
    parser = _Parser(text, tokenize(text))
    tree = parser.expr()
    if parser.peek().kind != "eof":
        raise parser.error(f"unexpected '{parser.peek().text}'")
    if len(_CACHE) > 20_000:  # forms have a few thousand expressions; keep memory bounded
        _CACHE.clear()
    _CACHE[text] = tree
    return tree


# ------------------------------------------------------------------------------- dependency paths


def references(tree: Expr, context_gpath: str) -> tuple[set[str], bool]:
    """Generic paths the expression reads, resolved against ``context_gpath``.

    Returns ``(paths, unknown)``; ``unknown`` is true when some path cannot be resolved statically
    (``//``, reverse axes, a path starting from a node-set variable); the session then treats the
    expression as depending on everything. Paths into secondary instances (``instance('x')/...``)
    are static data and not returned -- but what their predicates read of the form is:
    ``current()`` always means ``context_gpath``, however deep in predicates it sits
    (``instance('ab')/root/item[name = current()/../choice]`` reads ``../choice``).
    """
    found: set[str] = set()
    unknown = [False]
    _walk(tree, context_gpath, found, unknown, context_gpath)
    return found, unknown[0]


def _walk(tree: Expr, ctx: str | None, found: set[str], unknown: list[bool], here: str) -> None:
    """``ctx``: what relative paths here resolve against, None inside a secondary instance
    (static data); ``here``: what ``current()`` means -- the node the expression is for."""
    if isinstance(tree, (Literal, Number)):
        return
    if isinstance(tree, Negate):
        _walk(tree.operand, ctx, found, unknown, here)
    elif isinstance(tree, Binary):
        _walk(tree.left, ctx, found, unknown, here)
        _walk(tree.right, ctx, found, unknown, here)
    elif isinstance(tree, Call):
        if tree.name == "current":
            found.add(here)
        for a in tree.args:
            if tree.name in _NAME_FUNCTIONS and _names_only(a):
                continue  # a node's name never changes: name(current()) reads no value
            _walk(a, ctx, found, unknown, here)
    elif isinstance(tree, Filter):
        _walk(tree.primary, ctx, found, unknown, here)
        for p in tree.predicates:
            _walk(p, ctx, found, unknown, here)
    elif isinstance(tree, Path):
        _walk_path(tree, ctx, found, unknown, here)


_NAME_FUNCTIONS = frozenset({"name", "local-name", "namespace-uri"})


def _names_only(arg: Expr) -> bool:
    """``current()`` or a plain path, given to a function that reads only its name."""
    if isinstance(arg, Call):
        return arg.name == "current" and not arg.args
    return isinstance(arg, Path) and arg.start is None and not any(s.predicates for s in arg.steps)


def _walk_path(
    tree: Path, ctx: str | None, found: set[str], unknown: list[bool], here: str
) -> None:
    base: str | None
    if tree.start is not None:
        start = tree.start.primary if isinstance(tree.start, Filter) else tree.start
        if isinstance(tree.start, Filter):
            for p in tree.start.predicates:
                _walk(p, ctx, found, unknown, here)
        if isinstance(start, Call) and start.name == "instance":
            base = None  # secondary instance: static, but predicates may read the form
        elif isinstance(start, Call) and start.name == "current":
            base = here
        else:
            _walk(start, ctx, found, unknown, here)
            unknown[0] = True
            return
    else:
        base = "" if tree.absolute else ctx
    static = base is None and tree.start is not None
    for step in tree.steps:
        if base is not None:
            if step.axis == "child" and step.test not in ("*", "node()", "text()"):
                base = f"{base}/{step.test.rsplit(':', 1)[-1]}"
            elif step.axis == "self" or (step.axis == "child" and step.test == "text()"):
                pass
            elif step.axis == "parent":
                base = base.rsplit("/", 1)[0] if base.count("/") > 1 else base
            elif step.axis == "attribute":
                pass
            else:
                unknown[0] = True
                base = None
        for p in step.predicates:
            _walk(p, base if base is not None or static else ctx, found, unknown, here)
    if base:
        found.add(base)

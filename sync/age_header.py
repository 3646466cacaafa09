"""The age v1 header: its text form, written and parsed strictly.

::

    age-encryption.org/v1
    -> X25519 <ephemeral share, base64>
    <wrapped file key, base64, 64 columns a line, last line shorter (possibly empty)>
    --- <HMAC-SHA256 of everything up to and including "---", base64>

Base64 here is standard base64 without padding, and only its canonical form is accepted (unused
trailing bits zero), so one header has one encoding and the MAC covers exactly what was parsed.
Every deviation raises ``SyncError(MALFORMED)``. The header is bounded (``MAX_LINE``,
``MAX_HEADER``) so a hostile file cannot make us buffer without end.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sync.errors import SyncError, SyncErrorKind

VERSION_LINE = b"age-encryption.org/v1\n"
STANZA_PREFIX = b"-> "
MAC_PREFIX = b"---"
COLUMNS = 64
BYTES_PER_LINE = COLUMNS // 4 * 3
MAC_SIZE = 32
MAX_LINE = 4096
MAX_HEADER = 1 << 20


def malformed(message: str) -> SyncError:
    return SyncError(SyncErrorKind.MALFORMED, f"not a valid age file: {message}")


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its type (``X25519``), further arguments and binary body."""

    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class Header:
    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes
    """The header bytes the MAC covers: from the version line through ``---``."""


def b64_encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


# The last character of canonical unpadded base64, by length mod 4: its unused low bits are zero
# (4 of them after two characters of a group, 2 after three).
_CANONICAL_LAST = {2: frozenset(b"AQgw"), 3: frozenset(b"AEIMQUYcgkosw048")}


def b64_decode(text: bytes, what: str) -> bytes:
    """Decode canonical unpadded base64, or raise MALFORMED naming ``what``. (One strict C
    decode and a look at the last character: every pulled envelope's header has six of these.)"""
    tail = len(text) % 4
    if tail == 1 or text.endswith(b"="):
        raise malformed(f"{what} is not unpadded base64")
    try:
        raw = binascii.a2b_base64(text + b"=" * (-len(text) % 4), strict_mode=True)
    except binascii.Error:
        raise malformed(f"{what} is not unpadded base64") from None
    if tail and text[-1] not in _CANONICAL_LAST[tail]:
        raise malformed(f"{what} is not canonical base64")
    return raw


_ARGUMENT = re.compile(rb"[\x21-\x7e]+")
"""A stanza argument: one or more printable ASCII characters, no space (one regex, not a Python
loop per byte: every pulled envelope's header is parsed)."""


_ARGUMENTS = re.compile(rb"[\x21-\x7e]+(?: [\x21-\x7e]+)*")
"""A stanza line's arguments, space-separated: the same as splitting on spaces and testing each
with ``_ARGUMENT`` (an empty argument, from a leading, trailing or double space, fails both)."""


def _is_argument(arg: bytes | str) -> bool:
    codes = arg.encode("utf-8") if isinstance(arg, str) else arg
    return _ARGUMENT.fullmatch(codes) is not None


def encode_header(stanzas: Sequence[Stanza]) -> bytes:
    """The header up to and including ``---``: the bytes the MAC covers."""
    out = bytearray(VERSION_LINE)
    for stanza in stanzas:
        args = [stanza.type, *stanza.args]
        if not all(_is_argument(a) for a in args):
            raise ValueError(f"invalid stanza arguments {args!r}")
        out += STANZA_PREFIX + " ".join(args).encode("ascii") + b"\n"
        body = stanza.body
        for start in range(0, len(body), BYTES_PER_LINE):
            out += b64_encode(body[start : start + BYTES_PER_LINE]) + b"\n"
        if len(body) % BYTES_PER_LINE == 0:
            out += b"\n"  # a full last line is followed by an empty one
    return bytes(out + MAC_PREFIX)


def finish_header(mac_input: bytes, mac: bytes) -> bytes:
    return mac_input + b" " + b64_encode(mac) + b"\n"


def reader_of(readline: Callable[[int], bytes]) -> Callable[[], bytes]:
    """Adapt a ``readline(limit)`` to one returning a whole bounded line (ending in ``\\n``)."""

    def next_line() -> bytes:
        line = readline(MAX_LINE + 1)
        if line.endswith(b"\n"):
            return line
        if len(line) > MAX_LINE:
            raise malformed("header line too long")
        raise malformed("the header is truncated")

    return next_line


class LinesIn:
    """``reader_of`` over bytes already in memory: the same lines and the same refusals, without
    a stream (a pull opens thousands of small files held as bytes). ``at`` is where the next
    line starts: after ``parse_header``, the first byte of the payload."""

    __slots__ = ("at", "data")

    def __init__(self, data: bytes, at: int = 0) -> None:
        self.data, self.at = data, at

    def __call__(self) -> bytes:
        start = self.at
        end = self.data.find(b"\n", start, start + MAX_LINE + 1)
        if end < 0:
            self.at = min(len(self.data), start + MAX_LINE + 1)
            if self.at - start > MAX_LINE:
                raise malformed("header line too long")
            raise malformed("the header is truncated")
        self.at = end + 1
        return self.data[start : end + 1]


_B64 = rb"[A-Za-z0-9+/]"
_STANZA = re.compile(
    rb"-> ([\x21-\x7e]+(?: [\x21-\x7e]+)*)\n((?:" + _B64 + rb"{64}\n)*)(" + _B64 + rb"{0,63})\n"
)
_WHOLE = re.compile(
    rb"age-encryption\.org/v1\n((?:-> [\x21-\x7e]+(?: [\x21-\x7e]+)*\n(?:"
    + _B64
    + rb"{64}\n)*"
    + _B64
    + rb"{0,63}\n)+)--- ("
    + _B64
    + rb"{43})\n"
)
"""A whole well-formed header, matched in one go: what ``parse_header`` accepts, as far as the
lines' shape goes (the base64's canonical last character is checked after)."""


def parse_header_in(data: bytes) -> tuple[Header, int] | None:
    """The header at the start of ``data`` and where its payload starts, read with two regular
    expressions instead of a line at a time (every pulled envelope's header is read); None when
    the header is not a plain well-formed one, for ``parse_header`` to read (and refuse) as a
    stream would. What is returned is what ``parse_header`` returns for the same bytes: a header
    under ``MAX_LINE`` bytes in all (so no line or header limit is near), stanza arguments of
    printable ASCII, bodies of full 64-column lines and a shorter last one, canonical base64."""
    whole = _WHOLE.match(data)
    if whole is None or whole.end() > MAX_LINE:
        return None
    stanzas: list[Stanza] = []
    try:
        for arguments, full, last in _STANZA.findall(whole.group(1)):
            body = b64_decode(full.replace(b"\n", b"") + last if full else last, "a stanza body")
            decoded = arguments.decode("ascii").split(" ")
            stanza = _new_object(Stanza)
            vars(stanza).update(type=decoded[0], args=tuple(decoded[1:]), body=body)
            stanzas.append(stanza)
        mac = b64_decode(whole.group(2), "the header MAC")
    except SyncError:  # base64 not canonical: refused by the line reader, in its words
        return None
    header = _new_object(Header)
    vars(header).update(stanzas=tuple(stanzas), mac=mac, mac_input=data[: whole.start(2) - 1])
    return header, whole.end()


_new_object = object.__new__
"""``Stanza``/``Header`` built field by field into their ``__dict__`` (the same objects as
their frozen dataclasses' ``__init__`` makes, without one ``object.__setattr__`` a field): every
pulled envelope's header makes three."""


def parse_header(next_line: Callable[[], bytes], first_line: bytes) -> Header:
    """Parse the header whose version line ``first_line`` was already read; the stream is left
    at the first byte of the payload."""
    if first_line != VERSION_LINE:
        raise malformed("missing the age-encryption.org/v1 version line")
    consumed = bytearray(first_line)

    def take() -> bytes:
        line = next_line()
        consumed.extend(line)
        if len(consumed) > MAX_HEADER:
            raise malformed("header too large")
        return line

    stanzas: list[Stanza] = []
    while True:
        line = take()
        if line.startswith(MAC_PREFIX):
            if not line.startswith(MAC_PREFIX + b" "):
                raise malformed("the MAC line must start with '--- '")
            mac = b64_decode(line[4:-1], "the header MAC")
            if len(mac) != MAC_SIZE:
                raise malformed("the header MAC has the wrong length")
            if not stanzas:
                raise malformed("no recipient stanzas")
            mac_input = bytes(consumed[: len(consumed) - len(line) + len(MAC_PREFIX)])
            return Header(tuple(stanzas), mac, mac_input)
        if not line.startswith(STANZA_PREFIX):
            raise malformed("expected a '-> ' stanza or the '---' MAC line")
        arguments = line[len(STANZA_PREFIX) : -1]
        if _ARGUMENTS.fullmatch(arguments) is None:
            raise malformed("a stanza argument is empty or not printable ASCII")
        args = arguments.split(b" ")
        body = bytearray()
        while True:
            body_line = take()[:-1]
            if len(body_line) > COLUMNS:
                raise malformed("a stanza body line is longer than 64 columns")
            body += b64_decode(body_line, "a stanza body")
            if len(body_line) < COLUMNS:
                break
        decoded = [a.decode("ascii") for a in args]
        stanzas.append(Stanza(decoded[0], tuple(decoded[1:]), bytes(body)))

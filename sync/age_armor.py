"""Reading age's optional ASCII armor (a strict PEM subset); we never write it.

::

    -----BEGIN AGE ENCRYPTED FILE-----
    <standard padded base64 of the binary file, 64 columns a line, last line 1-64 columns>
    -----END AGE ENCRYPTED FILE-----

Whitespace before and after the armor is ignored and lines may end in CRLF; anything else (PEM
headers, whitespace inside or at the end of a line, short or long lines, padding anywhere but at
the end, non-canonical base64, text after the end line) raises ``SyncError(MALFORMED)``.
"""

from __future__ import annotations

import base64
import binascii
import re

from sync.errors import SyncError, SyncErrorKind

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
_WHITESPACE = b" \t\r\n"
_BASE64_LINE = re.compile(rb"\A[A-Za-z0-9+/]+={0,2}\Z")


def _bad(message: str) -> SyncError:
    return SyncError(SyncErrorKind.MALFORMED, f"not a valid armored age file: {message}")


def looks_armored(first_line: bytes) -> bool:
    stripped = first_line.strip(_WHITESPACE)
    return not stripped or stripped.startswith(b"-----BEGIN")


def dearmor(text: bytes) -> bytes:
    """The binary age file inside ``text``."""
    lines = [
        line[:-1] if line.endswith(b"\r") else line for line in text.strip(_WHITESPACE).split(b"\n")
    ]
    if lines[0] != BEGIN:
        raise _bad("missing the BEGIN AGE ENCRYPTED FILE line")
    if len(lines) < 3 or lines[-1] != END:
        raise _bad("missing the END AGE ENCRYPTED FILE line, or text after it")
    body = lines[1:-1]
    for i, line in enumerate(body):
        last = i == len(body) - 1
        if not _BASE64_LINE.match(line):
            raise _bad(f"line {i + 2} is not base64")
        if len(line) > COLUMNS or (not last and len(line) != COLUMNS):
            raise _bad(f"line {i + 2} is not {COLUMNS} columns")
        if not last and line.endswith(b"="):
            raise _bad("padding before the last line")
    encoded = b"".join(body)
    try:
        raw = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise _bad("bad base64 (padding missing?)") from None
    if base64.b64encode(raw) != encoded:
        raise _bad("base64 is not canonical")
    return raw

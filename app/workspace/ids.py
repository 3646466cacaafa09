"""Time-ordered identifiers (UUIDv7 layout, RFC 9562).

Records are keyed by ids that grow with time, so a new row lands at the end of its indexes: each save
dirties few pages, which matters twice over under SQLCipher's per-page encryption and HMAC.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id() -> str:
    """A UUIDv7 string; monotonic within this process even when the clock stalls or steps back."""
    global _last_ms, _counter
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms <= _last_ms:
            _counter += 1
            if _counter >= 1 << 12:  # 12-bit sequence exhausted: borrow the next millisecond
                _last_ms += 1
                _counter = 0
            now_ms = _last_ms
        else:
            _last_ms = now_ms
            _counter = 0
        seq = _counter
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (now_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= seq << 64
    value |= 0b10 << 62
    value |= rand
    return str(uuid.UUID(int=value))

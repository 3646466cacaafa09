"""One large envelope body moved in chunks that resume where a dropped connection left off.

Upload (``upload``): open the upload (the server answers with the offset it has committed: 0 for
a new one, further for one begun before), then send ``chunk_size`` bytes at a time at that
offset. When a request fails for a retryable reason (no connection, a connection cut half way, a
timeout, a 5xx), wait with back-off, ask the server where the upload stands and go on from there:
a chunk cut off was not stored and is sent again, a chunk stored whose answer was lost is not.
So each failure costs at most the one chunk in flight. With every byte stored, ``finish`` makes
the server verify size, SHA-256 and signature and store the envelope once.

Download (``download``): ranged reads from the offset already kept, each handed to ``write``
(which keeps it durably) before the next is asked for; a failure resumes at the kept offset.

Both give up after ``attempts`` failures in a row without progress (the error is raised: the
next sync round resumes). ``TransferStats`` counts what was put on the wire, for tests and logs.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sync.client import SyncClient, with_retries
from sync.errors import SyncError, SyncErrorKind

DEFAULT_CHUNK = 256 * 1024


@dataclass
class TransferStats:
    chunks: int = 0  # chunk requests made (failed ones included)
    body_bytes: int = 0  # body bytes put into those requests
    resumes: int = 0  # times the transfer asked where it stood after a failure


class _Patience:
    """Back-off between failures; gives up after ``attempts`` failures without progress."""

    def __init__(self, attempts: int, sleep: Callable[[float], None], base: float) -> None:
        self.attempts, self.sleep, self.base = attempts, sleep, base
        self.failures = 0
        self.rng = random.Random()

    def progressed(self) -> None:
        self.failures = 0

    def failed(self, exc: SyncError) -> None:
        if not exc.retryable:
            raise exc
        self.failures += 1
        if self.failures >= self.attempts:
            raise exc
        self.sleep(self.rng.uniform(0, min(30.0, self.base * 2**self.failures)))


def upload(
    client: SyncClient,
    head: dict[str, Any],
    read: Callable[[int, int], bytes],
    *,
    size: int,
    sha256: str,
    submission: str | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    stats: TransferStats | None = None,
    attempts: int = 8,
    base: float = 0.2,
    sleep: Callable[[float], None] = time.sleep,
) -> dict[str, Any]:
    """Upload the body ``read(offset, length)`` gives of the envelope ``head`` (its wire form
    without ``body``); returns the server's final status (``"stored"``, with its ``seq``)."""
    stats = stats if stats is not None else TransferStats()
    upload_id = str(head["id"])
    patience = _Patience(attempts, sleep, base)

    def retried(call: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        return with_retries(call, attempts=attempts, base=base, sleep=sleep)

    status = retried(lambda: client.open_upload(head, size, sha256, submission))
    restarted = False
    while status["status"] != "stored":
        offset = int(status["offset"])
        try:
            if offset < size:
                chunk = read(offset, min(chunk_size, size - offset))
                stats.chunks += 1
                stats.body_bytes += len(chunk)
                status = client.put_chunk(upload_id, offset, chunk)
            else:
                status = client.finish_upload(upload_id)
        except SyncError as exc:
            if exc.kind is SyncErrorKind.MALFORMED and "starts again" in str(exc) and not restarted:
                restarted = True  # the server found the bytes altered: send them all once more
            else:
                patience.failed(exc)
            stats.resumes += 1
            status = retried(lambda: client.upload_status(upload_id))
            continue
        if int(status["offset"]) > offset or status["status"] == "stored":
            patience.progressed()
    return status


def download(
    client: SyncClient,
    envelope_id: str,
    *,
    start: int,
    size: int,
    write: Callable[[int, bytes], None],
    chunk_size: int = DEFAULT_CHUNK,
    stats: TransferStats | None = None,
    attempts: int = 8,
    base: float = 0.2,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Fetch bytes ``start``..``size`` of an attachment's body, handing each range to ``write``
    (offset, bytes) before asking for the next."""
    stats = stats if stats is not None else TransferStats()
    patience = _Patience(attempts, sleep, base)
    offset = start
    while offset < size:
        length = min(chunk_size, size - offset)
        stats.chunks += 1
        try:
            data = client.attachment_range(envelope_id, offset, length)
        except SyncError as exc:
            patience.failed(exc)
            stats.resumes += 1
            continue
        if not data or len(data) > length:
            raise SyncError(SyncErrorKind.SERVER, "the server answered a range of another length")
        stats.body_bytes += len(data)
        write(offset, data)
        offset += len(data)
        patience.progressed()

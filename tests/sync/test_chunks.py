"""The resumable chunk loop against an in-memory server that loses requests and answers: every
failure costs at most the chunk in flight, and a chunk stored whose answer was lost is not sent
again."""

from __future__ import annotations

import hashlib
import os
import random
import re

import httpx
import pytest

from sync.chunks import TransferStats, download, upload
from sync.client import SyncClient
from sync.errors import SyncError

CHUNK = 1000


class LossyServer:
    """Holds one upload; drops a share of requests before or after acting on them."""

    def __init__(self, size: int, loss: float, seed: int) -> None:
        self.body = bytearray()
        self.size = size
        self.stored = False
        self.finished = 0
        self.rnd = random.Random(seed)
        self.loss = loss
        self.drops = 0
        self.data = b""

    def status(self) -> dict[str, object]:
        offset = self.size if self.stored else len(self.body)
        return {"id": "u", "status": "stored" if self.stored else "open", "offset": offset,
                "size": self.size, "seq": 1 if self.stored else None}  # fmt: skip

    def __call__(self, request: httpx.Request) -> httpx.Response:
        before = self.rnd.random() < self.loss / 2
        after = not before and self.rnd.random() < self.loss / 2
        if before:
            self.drops += 1
            raise httpx.ReadError("dropped before the server saw it")
        path, method = request.url.path, request.method
        if method == "PUT" and path.startswith("/v1/uploads/"):
            offset = int(request.url.params["offset"])
            if offset == len(self.body):
                self.body += request.content
            elif offset + len(request.content) > len(self.body):
                return httpx.Response(409, json={"error": "conflict", "message": "elsewhere"})
        elif path.endswith("/finish"):
            self.stored = True
            self.finished += 1
        elif path.startswith("/v1/attachments/"):
            start, end = map(int, re.findall(r"\d+", request.headers["range"]))
            part = self.data[start : end + 1]
            answer = httpx.Response(
                206, content=part,
                headers={"Content-Range": f"bytes {start}-{start + len(part) - 1}/{len(self.data)}"},
            )  # fmt: skip
            if after:
                self.drops += 1
                raise httpx.ReadError("the answer was lost")
            return answer
        if after:
            self.drops += 1
            raise httpx.ReadError("the answer was lost")
        return httpx.Response(200, json=self.status())


def _client(server: LossyServer) -> SyncClient:
    return SyncClient("http://server.invalid", "tok", transport=httpx.MockTransport(server))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_upload_through_lost_requests_and_answers_resends_at_most_one_chunk_per_loss(
    seed: int,
) -> None:
    body = os.urandom(50 * CHUNK + 17)
    server = LossyServer(len(body), loss=0.4, seed=seed)
    stats = TransferStats()
    head = {"v": 1, "id": "u", "kind": "attachment"}
    result = upload(
        _client(server), head, lambda start, length: body[start : start + length],
        size=len(body), sha256=hashlib.sha256(body).hexdigest(), chunk_size=CHUNK,
        stats=stats, attempts=50, sleep=lambda _: None,
    )  # fmt: skip
    assert result["status"] == "stored" and bytes(server.body) == body
    assert server.drops >= 10
    assert stats.body_bytes - len(body) <= server.drops * CHUNK
    assert stats.resumes <= server.drops


def test_a_download_resumes_at_the_kept_offset() -> None:
    server = LossyServer(0, loss=0.5, seed=5)
    server.data = os.urandom(30 * CHUNK + 3)
    kept = bytearray()
    stats = TransferStats()

    def write(offset: int, data: bytes) -> None:
        assert offset == len(kept)  # never a gap, never twice
        kept.extend(data)

    download(
        _client(server), "a", start=0, size=len(server.data), write=write, chunk_size=CHUNK,
        stats=stats, attempts=50, sleep=lambda _: None,
    )  # fmt: skip
    assert bytes(kept) == server.data and server.drops >= 5
    assert stats.body_bytes == len(server.data)


def test_it_gives_up_after_attempts_without_progress() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            raise httpx.ConnectError("no route")
        return httpx.Response(200, json={"id": "u", "status": "open", "offset": 0, "size": 5})

    client = SyncClient("http://server.invalid", "tok", transport=httpx.MockTransport(handler))
    with pytest.raises(SyncError) as caught:
        upload(client, {"id": "u"}, lambda s, n: b"x" * n, size=5, sha256="0" * 64,
               attempts=3, sleep=lambda _: None)  # fmt: skip
    assert caught.value.retryable

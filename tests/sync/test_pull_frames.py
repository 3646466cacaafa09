"""The framed pull page (sync/batch.py, ``encode_page``/``decode_page``): what goes in comes out,
broken framing refuses the page as a whole, a bad head refuses only its own item (its seq kept),
and the client takes a framed page or, from a server that does not know it, a JSON one."""

from __future__ import annotations

import json
import struct
from typing import Any

import httpx
import pytest

from sync import batch
from sync.client import SyncClient
from sync.envelope import Envelope
from sync.errors import SyncError, SyncErrorKind
from sync.protocol import MAX_PAGE
from tests.sync.test_batch import _envelopes


def _items(envelopes: list[Envelope], first: int = 7) -> list[tuple[int, Any, bytes, bytes]]:
    return [
        (
            first + n,
            {"received": f"2026-12-06T10:00:0{n}Z", "recipient_team": None, "envelope": e.head()},
            e.body,
            e.signature,
        )
        for n, e in enumerate(envelopes)
    ]


def test_a_page_comes_out_as_it_went_in() -> None:
    envelopes = _envelopes(4)
    items, after, more = batch.decode_page(batch.encode_page(_items(envelopes), 11, True))
    assert (after, more) == (11, True)
    assert [item.seq for item in items] == [7, 8, 9, 10]
    assert [item.envelope() for item in items] == envelopes
    assert items[2].head["received"] == "2026-12-06T10:00:02Z"
    assert batch.decode_page(batch.encode_page([], 42, False)) == ([], 42, False)


def test_a_framed_page_is_smaller_than_the_json_one() -> None:
    envelopes = _envelopes(20)
    framed = len(batch.encode_page(_items(envelopes), 30, False))
    page = [{"seq": n, "received": "x", "recipient_team": None, "envelope": e.to_wire()}
            for n, e in enumerate(envelopes)]  # fmt: skip
    as_json = len(json.dumps({"envelopes": page, "next": 30, "more": False}).encode())
    assert framed < as_json * 0.85


def test_every_truncation_is_refused_as_malformed() -> None:
    data = batch.encode_page(_items(_envelopes(2)), 9, False)
    for cut in range(len(data)):
        with pytest.raises(SyncError, match="framed pull page is malformed") as raised:
            batch.decode_page(data[:cut])
        assert raised.value.kind is SyncErrorKind.MALFORMED


def _header(after: int, more: int, count: int) -> bytes:
    return batch.PULL_MAGIC + struct.pack(">QBH", after, more, count)


@pytest.mark.parametrize(
    ("mangle", "why"),
    [
        (lambda data: data + b"\0", "bytes follow its last record"),
        (lambda data: b"x" + data, "header"),
        (lambda data: batch.MAGIC + data[len(batch.PULL_MAGIC) :], "header"),  # a push batch
        (lambda data: _header(9, 2, 2) + data[len(_header(0, 0, 0)) :], "more flag"),
        (lambda data: _header(2**63, 0, 2) + data[len(_header(0, 0, 0)) :], "cursor"),
        (lambda data: _header(9, 0, 3) + data[len(_header(0, 0, 0)) :], "cut short"),
        (lambda data: _header(9, 0, MAX_PAGE + 1) + data[len(_header(0, 0, 0)) :], "at most"),
        (lambda data: data + b"\0" * batch.MAX_PULL_FRAME_BYTES, "longer than a page"),
    ],
)
def test_broken_framing_refuses_the_whole_page(mangle: Any, why: str) -> None:
    data = batch.encode_page(_items(_envelopes(2)), 9, False)
    with pytest.raises(SyncError, match=why) as raised:
        batch.decode_page(mangle(data))
    assert raised.value.kind is SyncErrorKind.MALFORMED


def test_a_bad_head_refuses_only_its_item_and_keeps_its_seq() -> None:
    envelopes = _envelopes(3)
    items = _items(envelopes)
    items[1] = (items[1][0], {"received": "x", "envelope": {"id": "no version"}}, *items[1][2:])
    data = batch.encode_page(items, 9, False)
    cut = data.index(b'"id":"no version"')
    data = data[:cut] + b"\xff" + data[cut + 1 :]  # and not even UTF-8 JSON
    pulled, _, _ = batch.decode_page(data)
    assert [item.seq for item in pulled] == [7, 8, 9]
    assert pulled[0].envelope() == envelopes[0] and pulled[2].envelope() == envelopes[2]
    with pytest.raises(SyncError) as raised:
        pulled[1].envelope()
    assert raised.value.kind is SyncErrorKind.MALFORMED and pulled[1].claimed() == {}


def _client(answer: httpx.Response, seen: list[httpx.Request]) -> SyncClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer

    return SyncClient("http://server.invalid", "tok", transport=httpx.MockTransport(handler))


def test_the_client_asks_for_a_framed_page_and_reads_it() -> None:
    envelopes, seen = _envelopes(3), []  # type: list[Envelope], list[httpx.Request]
    page = batch.encode_page(_items(envelopes), 9, True)
    answer = httpx.Response(200, content=page, headers={"Content-Type": batch.PULL_CONTENT_TYPE})
    got = _client(answer, seen).pull(6, 1000, include_own=False, framed=True)
    assert batch.PULL_CONTENT_TYPE in seen[0].headers["Accept"]
    assert (got["next"], got["more"]) == (9, True)
    assert [item.envelope() for item in got["envelopes"]] == envelopes


def test_the_client_takes_json_from_a_server_that_does_not_know_framed_pages() -> None:
    envelopes, seen = _envelopes(2), []  # type: list[Envelope], list[httpx.Request]
    page = {"envelopes": [{"seq": 3 + n, "received": "x", "recipient_team": None,
                           "envelope": e.to_wire()} for n, e in enumerate(envelopes)],
            "next": 4, "more": False}  # fmt: skip
    got = _client(httpx.Response(200, json=page), seen).pull(2, 1000, framed=True)
    assert got == page
    plain = _client(httpx.Response(200, json=page), seen).pull(2, 1000)  # not asked: JSON
    assert plain == page and "vnd.fieldcase.pull" not in seen[1].headers.get("Accept", "")


def test_the_client_refuses_a_broken_framed_page() -> None:
    page = batch.encode_page(_items(_envelopes(2)), 9, False)[:-1]
    answer = httpx.Response(200, content=page, headers={"Content-Type": batch.PULL_CONTENT_TYPE})
    with pytest.raises(SyncError, match="cut short") as raised:
        _client(answer, []).pull(0, 1000, framed=True)
    assert raised.value.kind is SyncErrorKind.MALFORMED and not raised.value.retryable

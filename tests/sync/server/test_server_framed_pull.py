"""The framed pull page (sync/batch.py) served to a client that asks for it: the same items,
``next`` and ``more`` as the JSON page, bodies raw and not gzip-compressed; a client that does
not ask (one from before it) gets JSON as before."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from sync import batch
from sync.client import SyncClient
from sync.envelope import Envelope
from sync.server.database import Database
from tests.sync.server.kit import Laptop, enrol, push

FRAMED = {"Accept": f"{batch.PULL_CONTENT_TYPE}, application/json;q=0.5"}


@pytest.fixture
def laptop(client: TestClient, db: Database) -> Laptop:
    return enrol(client, db, Laptop("laptop-1"), "mekong-1")


def _as_json(item: batch.Pulled) -> dict[str, Any]:
    """A framed item in the JSON page's shape, to compare the two pages."""
    envelope = item.envelope()
    return {**item.head, "seq": item.seq, "envelope": envelope.to_wire()}


def test_a_framed_page_holds_what_the_json_page_holds(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    other = enrol(client, db, Laptop("laptop-2"), "mekong-1")
    referral = {**laptop.envelope(kind="referral").to_wire(), "recipient_team": "ngo-shelter"}
    items = [laptop.envelope().to_wire() for _ in range(5)] + [referral]
    assert push(client, laptop, items).status_code == 200
    for since, limit in ((0, 1000), (0, 2), (2, 2), (4, 2), (6, 3)):
        params = {"since": since, "limit": limit}
        as_json = client.get("/v1/pull", params=params, headers=other.auth)
        framed = client.get(
            "/v1/pull", params=params, headers={**other.auth, **FRAMED, "Accept-Encoding": "gzip"}
        )
        assert framed.status_code == 200 and as_json.status_code == 200
        assert framed.headers["content-type"] == batch.PULL_CONTENT_TYPE
        assert "content-encoding" not in framed.headers  # raw ciphertext: not compressed
        assert "Accept" in framed.headers["vary"] and "Accept" in as_json.headers["vary"]
        pulled, after, more = batch.decode_page(framed.content)
        page = as_json.json()
        assert [_as_json(item) for item in pulled] == page["envelopes"]
        assert (after, more) == (page["next"], page["more"])
    [last] = batch.decode_page(
        client.get("/v1/pull", params={"since": 5}, headers={**other.auth, **FRAMED}).content
    )[0]
    assert last.head["recipient_team"] == "ngo-shelter"
    assert "recipient_team" not in last.head["envelope"]  # as the JSON page's envelope


@pytest.mark.parametrize(
    "accept", [None, "application/json", "*/*", f"{batch.PULL_CONTENT_TYPE};q=0"]
)
def test_a_client_that_does_not_ask_for_framed_pages_gets_json(
    client: TestClient, laptop: Laptop, accept: str | None
) -> None:
    assert push(client, laptop, [laptop.envelope().to_wire()]).status_code == 200
    headers = {**laptop.auth, **({"Accept": accept} if accept else {})}
    response = client.get("/v1/pull", headers=headers)
    assert response.headers["content-type"] == "application/json"
    assert len(response.json()["envelopes"]) == 1


def test_the_laptops_client_pulls_framed_pages_from_the_server(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    other = enrol(client, db, Laptop("laptop-2"), "mekong-1")
    envelopes = [laptop.envelope() for _ in range(3)]
    assert push(client, laptop, [e.to_wire() for e in envelopes]).status_code == 200

    def forward(request: httpx.Request) -> httpx.Response:
        answer = client.request(
            request.method, request.url.raw_path.decode(), headers=dict(request.headers)
        )
        skip = ("content-encoding", "content-length")
        headers = [(k, v) for k, v in answer.headers.items() if k.lower() not in skip]
        return httpx.Response(answer.status_code, headers=headers, content=answer.content)

    sync = SyncClient("http://testserver", other.token, transport=httpx.MockTransport(forward))
    page = sync.pull(0, 2, framed=True)
    assert [item.envelope() for item in page["envelopes"]] == envelopes[:2] and page["more"]
    rest = sync.pull(page["next"], 2, framed=True)
    assert [item.envelope() for item in rest["envelopes"]] == envelopes[2:] and not rest["more"]
    assert [Envelope.from_wire(i["envelope"]) for i in sync.pull(0)["envelopes"]] == envelopes
